from wagtail.documents.models import AbstractDocument, Document


class PortalDocument(AbstractDocument):
    """The site's document model, custom from the first migration so packs can add metadata later
    without swapping models under existing data."""

    admin_form_fields = Document.admin_form_fields
