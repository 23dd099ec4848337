"""Who may download a document: nothing goes public before the page that links to it.

Wagtail serves any document in a public collection to anyone who has its address, so a leaflet
attached to a page still in clinical approval could be read (or found by a search engine) before a
clinician approved it. On top of the collection's own privacy, which Wagtail checks:

- a document a live page links to is public, unless the page itself is only for people signed in;
- a document nothing links to is public: a leaflet uploaded to send to families by email or to
  print, whose collection says who may read it (staff put private ones in a private collection);
- a document only drafts link to (a page never published, or a change to a live page waiting for
  approval, or a page taken down) is not served to the public (404) until a page linking to it is live;
- staff signed in with their second factor can always download it, to review it.

Wagtail's reference index records what each page links to. A live page's record holds its live
content and a page never published holds its latest draft, so a change to a live page still waiting
for approval is read from its latest revision.
"""

from django.contrib.contenttypes.models import ContentType
from django.http import Http404
from wagtail.models import Page, ReferenceIndex


def can_download(document, user):
    if user.is_authenticated and user.has_perm("wagtailadmin.access_admin"):
        return True  # a password-only session is already signed out here (StaffTwoFactorMiddleware)
    sources = linked_from(document)
    if any(is_live(source) for source in sources):
        return True
    return not sources and not linked_from_changes_awaiting_publication(document)


def linked_from(document):
    """The objects (pages, snippets) whose saved content links to the document."""
    by_type = {}
    for content_type_id, object_id in (
        ReferenceIndex.get_references_to(document).values_list("base_content_type_id", "object_id").distinct()
    ):
        by_type.setdefault(content_type_id, set()).add(object_id)
    sources = []
    for content_type_id, object_ids in by_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is not None:
            sources.extend(model._default_manager.filter(pk__in=object_ids))
    return sources


def is_live(source):
    """Live for anyone: a page live and not behind a view restriction (its own or an ancestor's);
    snippets with drafts have `live`; anything else is published as soon as it is saved."""
    if isinstance(source, Page):
        return source.live and not source.get_view_restrictions().exists()
    return getattr(source, "live", True)


def linked_from_changes_awaiting_publication(document):
    """Whether a live page's unpublished latest revision links to the document (its record does not yet)."""
    wanted = (ReferenceIndex._get_base_content_type(document).pk, str(document.pk))
    for page in Page.objects.filter(live=True, has_unpublished_changes=True).select_related("latest_revision"):
        if page.latest_revision is None:
            continue
        draft = page.latest_revision.as_object()
        for content_type_id, object_id, *_ in ReferenceIndex._extract_references_from_object(draft):
            if (content_type_id, str(object_id)) == wanted:
                return True
    return False


def refuse_unpublished_documents(document, request):
    """Wagtail's before_serve_document hook: a 404, as for a document that does not exist."""
    if not can_download(document, request.user):
        raise Http404("This document is not published yet.")
