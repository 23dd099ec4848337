"""The demo packs' old hand-made PDFs: the demo loader once uploaded each pack's PDF as a document. Those
documents go, and their addresses (in old emails, bookmarks, search results) lead to the pack's PDF
made from its page."""

import io

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse
from pypdf import PdfReader
from wagtail.models import Collection

from portal.demo import ChangeLog
from resources import demo
from resources.models import PortalDocument, ResourcePackPage
from resources.tests.pdf import make_pdf

pytestmark = pytest.mark.django_db


def upload_like_the_old_demo_loader(pack):
    """What the demo loader did before packs' PDFs were rendered from their pages (before efb9719)."""
    document = PortalDocument(title=pack.title, collection=Collection.get_first_root_node())
    data = make_pdf(pack.title, ["A hand-made copy of the pack, kept in step by hand."])
    document.file.save(f"{pack.slug}.pdf", ContentFile(data), save=False)
    document._set_document_file_metadata()
    document.save()
    ResourcePackPage.objects.filter(pk=pack.pk).update(document=document)
    return document


def test_the_old_hand_made_pdf_address_leads_to_the_pdf_made_from_the_page(demo_site, client):
    pack = ResourcePackPage.objects.get(slug="handwriting-key-stage-2")
    old = upload_like_the_old_demo_loader(pack)
    worksheet = PortalDocument.objects.create(
        title="Handwriting practice sheet", file=ContentFile(b"%PDF-1.4 worksheet", name="practice-sheet.pdf")
    )
    old_address = old.url

    log = ChangeLog()
    demo.load(log)

    assert not PortalDocument.objects.filter(pk=old.pk).exists()
    assert PortalDocument.objects.filter(pk=worksheet.pk).exists()  # an editor's own upload stays
    assert ResourcePackPage.objects.get(pk=pack.pk).document is None
    response = client.get(old_address)
    assert response.status_code == 301
    assert response["Location"] == reverse("resources:download", args=[pack.pk])
    pdf = client.get(response["Location"])
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(b"".join(pdf.streaming_content))).pages)
    assert "Check the basics first" in text and "Page 1 of" in text  # rendered from the page, not hand-made
    assert "kept in step by hand" not in text

    again = ChangeLog()
    demo.load(again)
    assert not again.changed, again.created + again.updated
    assert client.get(old_address).status_code == 301
