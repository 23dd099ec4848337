"""The hand-made pack PDFs the demo loader uploaded as documents before packs' PDFs were rendered from
their pages (resources/pdf.py). Each is deleted, and its address redirects to its pack's download, so
a link to it in an old email or bookmark still gives the pack, in its current, approved version."""

from django.urls import reverse
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import ReferenceIndex

from portal.demo import ensure_record
from resources.models import PortalDocument, ResourcePackPage


def retire_hand_made_pdfs(log, packs):
    for pack in packs:
        for document in hand_made_pdfs_of(pack):
            ensure_record(
                log,
                Redirect,
                {"old_path": Redirect.normalise_path(document.url), "site": None},
                redirect_link=reverse("resources:download", args=[pack.pk]),
                is_permanent=True,
            )
            document.delete()  # Wagtail deletes the file once the deletion is committed
            log.updated.append(f"document: {document.title} (hand-made PDF, now made from the page)")


def hand_made_pdfs_of(pack):
    """The old loader's upload: titled as the pack, a PDF named after its slug, and no longer used
    anywhere (an editor's own worksheet, or a document a page still links to, is left alone)."""
    candidates = PortalDocument.objects.filter(title=pack.title, file__startswith=f"documents/{pack.slug}")
    for document in candidates:
        if document.file_extension != "pdf":
            continue
        if ResourcePackPage.objects.filter(document=document).exists():
            continue
        if ReferenceIndex.get_references_to(document).exists():
            continue
        yield document
