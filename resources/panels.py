"""The "PDF for schools" panel on a pack's edit screen: when the PDF schools download was made, from which
published version, whether saved changes are in it yet, and a link to download it (resources/pdf.py)."""

from django.apps import apps
from django.template.loader import render_to_string
from django.urls import reverse
from wagtail.admin.panels import HelpPanel


def pack_pdf_status(pack):
    """What the panel says, for the pack as stored (the edit screen may hold changes not saved yet)."""
    # The page model lists this panel, so the panel finds the models through the registry, not an import.
    pack_pdfs = apps.get_model("resources", "PackPdf").objects

    stored = type(pack).objects.filter(pk=pack.pk).values("live", "live_revision_id", "latest_revision_id")
    stored = stored.first() if pack.pk else None
    live = bool(stored and stored["live"])
    pdf = pack_pdfs.select_related("revision__user").filter(pack_id=pack.pk).first() if live else None
    return {
        "pdf": pdf,
        "live": live,
        # Made from an older published version (its render failed): the next download makes it again.
        "out_of_date": bool(pdf and pdf.revision_id != stored["live_revision_id"]),
        "draft_not_in_pdf": live and stored["latest_revision_id"] != stored["live_revision_id"],
        "needs_approval": bool(pack.pk and pack.get_workflow()),
        "download_url": reverse("resources_pack_pdf", args=[pack.pk]) if live else "",
        # Wagtail's preview of that revision: the words the PDF was made from.
        "revision_url": (
            reverse("wagtailadmin_pages:revisions_view", args=[pack.pk, pdf.revision_id])
            if pdf and pdf.revision_id
            else ""
        ),
    }


class PackPdfPanel(HelpPanel):
    def __init__(self, **kwargs):
        kwargs.setdefault("heading", "PDF for schools")
        super().__init__(**kwargs)

    class BoundPanel(HelpPanel.BoundPanel):
        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            self.content = render_to_string("resources/admin/pack_pdf_panel.html", pack_pdf_status(self.instance))
