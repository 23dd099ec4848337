from wagtail.documents.models import AbstractDocument, Document


class PortalDocument(AbstractDocument):
    """The site's document model, custom from the first migration so packs can add metadata later
    without swapping models under existing data."""

    admin_form_fields = Document.admin_form_fields

    @property
    def type_and_size(self):
        """How GOV.UK describes a download: "PDF, 240 KB"."""
        kind = self.file_extension.upper() or "File"
        size = self.file_size
        if not size:
            return kind
        if size < 1024 * 1024:
            return f"{kind}, {max(1, round(size / 1024))} KB"
        return f"{kind}, {size / (1024 * 1024):.1f} MB"
