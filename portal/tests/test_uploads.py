"""Staff uploads: only the allowed file types and sizes, and documents always download."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.documents.forms import get_document_form
from wagtail.images import get_image_model
from wagtail.images.forms import get_image_form

pytestmark = pytest.mark.django_db


def png_bytes(size=(4, 4)):
    out = io.BytesIO()
    PILImage.new("RGB", size, "white").save(out, "PNG")
    return out.getvalue()


def image_form(name, data):
    form_class = get_image_form(get_image_model())
    return form_class(data={"title": "Test"}, files={"file": SimpleUploadedFile(name, data)})


def document_form(name, data):
    form_class = get_document_form(get_document_model())
    return form_class(data={"title": "Test"}, files={"file": SimpleUploadedFile(name, data)})


def test_images_accept_photos_but_not_svg():
    assert image_form("photo.png", png_bytes()).is_valid()
    svg = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    form = image_form("drawing.svg", svg)
    assert not form.is_valid()
    assert "file" in form.errors


@override_settings(WAGTAILIMAGES_MAX_UPLOAD_SIZE=1000)
def test_images_over_the_size_limit_are_refused():
    form = image_form("big.png", png_bytes((400, 400)) + b"\0" * 2000)
    assert not form.is_valid()
    assert "too big" in str(form.errors["file"]).lower()


@pytest.mark.parametrize("name", ["page.html", "script.js", "tool.exe", "drawing.svg"])
def test_documents_refuse_types_that_could_run_code(name):
    form = document_form(name, b"<html><script>alert(1)</script></html>")
    assert not form.is_valid() and "file" in form.errors


def test_documents_accept_the_office_formats_and_pdf():
    assert document_form("pack.pdf", b"%PDF-1.4\n%%EOF\n").is_valid()


@override_settings(WAGTAILDOCS_MAX_UPLOAD_SIZE=100)
def test_documents_over_the_size_limit_are_refused():
    form = document_form("pack.pdf", b"%PDF-1.4\n" + b"0" * 500)
    assert not form.is_valid()
    assert "too big" in str(form.errors["file"]).lower()


def test_documents_are_served_as_downloads(client, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage", "OPTIONS": {"location": tmp_path}},
    }
    document = get_document_model().objects.create(
        title="Pack", file=SimpleUploadedFile("pack.pdf", b"%PDF-1.4\n%%EOF\n")
    )
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"
