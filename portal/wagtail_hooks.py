"""What every admin page gets: the idle sign-out warning, focus that is never hidden and a name for
every field; and who may download a document (portal/documents.py)."""

from django.conf import settings
from django.templatetags.static import static
from django.urls import reverse
from django.utils.html import format_html
from wagtail import hooks

from portal.documents import refuse_unpublished_documents


@hooks.register("insert_global_admin_js")
def idle_sign_out_warning():
    return format_html(
        '<script src="{}" data-idle-seconds="{}" data-warn-seconds="{}" data-keep-alive-url="{}" defer></script>',
        static("js/staff-idle-warning.js"),
        settings.STAFF_SESSION_IDLE_SECONDS,
        min(settings.STAFF_SESSION_WARNING_SECONDS, settings.STAFF_SESSION_IDLE_SECONDS),
        reverse("staff_auth:stay-signed-in"),
    )


@hooks.register("insert_global_admin_js")
def field_names():
    """Wagtail leaves rich text editors and fields in list items unnamed: static/js/staff-field-names.js names them."""
    return format_html('<script src="{}" defer></script>', static("js/staff-field-names.js"))


@hooks.register("insert_global_admin_css")
def admin_styles():
    return format_html('<link rel="stylesheet" href="{}">', static("css/admin.css"))


# Documents of pages not yet live stay private (portal/documents.py).
hooks.register("before_serve_document", refuse_unpublished_documents)
