"""Who manages the schools offer: a Schools editors group and its demo login, and training for the content team."""

from django.contrib.auth.models import Permission
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission

from portal.demo import demo_password, ensure_group, ensure_record, ensure_user

SCHOOLS_EDITORS = "Schools editors"
# Sessions in full; bookings are looked at, exported and cancelled (cancelling needs "delete"),
# never typed in or changed: places are given only by the booking rules.
TRAINING_PERMISSIONS = [
    *(f"resources.{action}_trainingevent" for action in ("add", "change", "delete", "view")),
    "resources.view_trainingbooking",
    "resources.delete_trainingbooking",
]
PACK_TAG_PERMISSIONS = [
    f"resources.{action}_{model}" for model in ("audience", "keystage", "packtopic") for action in ("add", "change")
]
SCHOOLS_EDITOR_PERMISSIONS = ["wagtailadmin.access_admin", *TRAINING_PERMISSIONS, *PACK_TAG_PERMISSIONS]
# Drafts of the schools pages and packs, sent for a content check before they go live.
SCHOOLS_PAGE_PERMISSIONS = ["add_page", "change_page"]
# Pack PDFs and pictures, as the content team has them.
MEDIA_PERMISSIONS = [
    ("wagtaildocs", ["add_document", "change_document", "choose_document"]),
    ("wagtailimages", ["add_image", "change_image", "choose_image"]),
]


def ensure_schools_roles(log, schools_hub):
    for content_team in ("Editors", "Moderators"):
        ensure_group(log, content_team, TRAINING_PERMISSIONS)
    group = ensure_group(log, SCHOOLS_EDITORS, SCHOOLS_EDITOR_PERMISSIONS)
    for codename in SCHOOLS_PAGE_PERMISSIONS:
        permission = Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)
        ensure_record(log, GroupPagePermission, {"group": group, "page": schools_hub, "permission": permission})
    root = Collection.get_first_root_node()
    for app_label, codenames in MEDIA_PERMISSIONS:
        for codename in codenames:
            permission = Permission.objects.get(content_type__app_label=app_label, codename=codename)
            ensure_record(
                log, GroupCollectionPermission, {"group": group, "collection": root, "permission": permission}
            )
    ensure_user(log, "schools-editor", "edits school packs and training, manages bookings", demo_password(), [group])
    return group
