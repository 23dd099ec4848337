"""A story's consent record (issue 16): the signed form is uploaded on the story's edit screen, kept
privately (never at a public address), and opened only by staff who may edit the story."""

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from home.models import StoryPage
from home.tests.test_story_consent import edit, story, story_form_data
from portal.tests.support import sign_in_with_second_factor

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_site")]

SIGNED_FORM = b"%PDF-1.4\n% signed consent form for the story\n%%EOF\n"


def user(username):
    return get_user_model().objects.get(username=username)


def signed_in(username):
    return sign_in_with_second_factor(Client(), user(username))


def upload(client, page, name="consent-form.pdf", data=SIGNED_FORM):
    form = story_form_data(page)
    form["consent_record"] = SimpleUploadedFile(name, data, content_type="application/pdf")
    return edit(client, page, form)


def record_url(page):
    return reverse("story_consent_record", args=[page.pk])


def test_an_editor_uploads_the_signed_form_and_opens_it_from_the_story_s_edit_screen():
    editor = signed_in("editor")
    page = story()

    response = upload(editor, page)

    assert response.status_code == 302, response.content.decode()[-3000:]
    screen = editor.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert record_url(page) in screen
    assert "/media/" not in screen  # no address outside the permission check
    download = editor.get(record_url(page))
    assert download.status_code == 200
    assert b"".join(download.streaming_content) == SIGNED_FORM
    assert download["Content-Disposition"].startswith("attachment")
    assert "no-store" in download["Cache-Control"]


def test_the_record_is_kept_where_no_address_serves_it():
    editor = signed_in("editor")
    page = story()
    upload(editor, page)

    record = StoryPage.objects.get(pk=page.pk).get_latest_revision_as_object().consent_record
    with pytest.raises(ValueError, match="private"):
        print(record.url)


@pytest.mark.parametrize("username", ["triage-north", "service-manager", "schools-editor"])
def test_staff_who_cannot_edit_stories_cannot_open_the_record(username):
    page = story()
    upload(signed_in("editor"), page)

    response = signed_in(username).get(record_url(page))

    assert response.status_code in (403, 404) or response["Location"] == reverse("wagtailadmin_home")
    assert SIGNED_FORM not in b"".join(getattr(response, "streaming_content", [response.content]))


def test_the_public_cannot_open_the_record():
    page = story()
    upload(signed_in("editor"), page)

    response = Client().get(record_url(page))

    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_a_file_that_is_not_a_pdf_or_picture_is_refused_whatever_its_name():
    editor = signed_in("editor")
    page = story()

    response = upload(editor, page, name="consent-form.pdf", data=b"<html><script>alert(1)</script></html>")

    assert response.status_code == 200
    assert "The consent record must be a PDF, JPG or PNG" in response.content.decode()
    assert not StoryPage.objects.get(pk=page.pk).get_latest_revision_as_object().consent_record


def test_deleting_a_story_deletes_every_consent_form_it_kept(django_capture_on_commit_callbacks):
    """A signed form names a family: it goes with the story, drafts' forms included."""
    editor = signed_in("editor")
    page = story()
    upload(editor, page)
    first = StoryPage.objects.get(pk=page.pk).get_latest_revision_as_object().consent_record.name
    upload(editor, StoryPage.objects.get(pk=page.pk), name="renewed-consent.pdf")
    latest = StoryPage.objects.get(pk=page.pk).get_latest_revision_as_object().consent_record
    storage = latest.storage
    assert first != latest.name and storage.exists(first) and storage.exists(latest.name)

    with django_capture_on_commit_callbacks(execute=True):
        StoryPage.objects.get(pk=page.pk).delete()

    assert not storage.exists(first)
    assert not storage.exists(latest.name)


def test_a_copied_story_does_not_carry_the_family_s_consent_form():
    """Consent is for one story; and deleting the copy would otherwise delete the original's form."""
    page = story()
    upload(signed_in("editor"), page)
    original = StoryPage.objects.get(pk=page.pk)
    original.get_latest_revision().publish()

    copy = StoryPage.objects.get(pk=page.pk).copy(update_attrs={"slug": "copied-story", "title": "Copied story"})

    assert StoryPage.objects.get(pk=page.pk).consent_record
    assert not copy.consent_record
    assert not copy.get_latest_revision_as_object().consent_record
