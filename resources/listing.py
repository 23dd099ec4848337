"""The pack listing: filters from the query string, search within packs, and pagination."""

from django.core.paginator import Paginator
from django.db.models import prefetch_related_objects

from home.search import safe_search_text
from resources.forms import PackFilterForm

PACKS_PER_PAGE = 10
FILTER_NAMES = ("audience", "key_stage", "topic")


def split_known_values(query, choices):
    """The query string with unknown filter values dropped, and how many were dropped."""
    cleaned = query.copy()
    ignored = 0
    for name in FILTER_NAMES:
        known = {slug for slug, _ in choices[name]}
        values = [value for value in query.getlist(name) if value]
        kept = [value for value in values if value in known]
        ignored += len(values) - len(kept)
        cleaned.setlist(name, kept)
    return cleaned, ignored


def filter_packs(packs, audience=(), key_stage=(), topic=()):
    """Packs matching any chosen value within a filter, and every filter that has a choice."""
    for relation, slugs in (("audiences", audience), ("key_stages", key_stage), ("topics", topic)):
        if slugs:
            matching = packs.model.objects.filter(**{f"{relation}__slug__in": slugs}).values("pk")
            packs = packs.filter(pk__in=matching)
    return packs


def search_packs(index_page, packs, query):
    """`packs` that match the search, best match first.

    Wagtail's search cannot filter on many-to-many fields, so the search runs over all the
    listing's packs and the filters are applied to its results.
    """
    text = safe_search_text(query)
    if not text:
        return list(packs)
    ranked = [hit.pk for hit in index_page.live_packs().search(text)]
    allowed = set(packs.filter(pk__in=ranked).values_list("pk", flat=True))
    by_pk = packs.model.objects.in_bulk([pk for pk in ranked if pk in allowed])
    return [by_pk[pk] for pk in ranked if pk in by_pk]


def pack_listing_context(index_page, request):
    """`index_page` is a ResourcePackIndexPage: the listing asks it for its packs rather than
    importing the page types (which use this module)."""
    choices = PackFilterForm.tag_choices()
    data, ignored = split_known_values(request.GET, choices)
    form = PackFilterForm(data, choices=choices)
    query, selected = "", {name: [] for name in FILTER_NAMES}
    if form.is_valid():
        query = form.cleaned_data["q"].strip()
        selected = {name: form.cleaned_data[name] for name in FILTER_NAMES}

    packs = filter_packs(index_page.live_packs().order_by("title"), **selected)
    if query:
        packs = search_packs(index_page, packs, query)

    paginator = Paginator(packs, PACKS_PER_PAGE)
    page_of_packs = paginator.get_page(request.GET.get("page"))
    prefetch_related_objects(list(page_of_packs), "audiences", "key_stages", "topics")
    for pack in page_of_packs:
        pack.tag_summary = tag_summary(pack)

    shareable = data.copy()
    shareable.pop("page", None)
    return {
        "form": form,
        "packs": page_of_packs,
        "result_count": paginator.count,
        "query": query,
        "is_filtered": bool(query or any(selected.values())),
        "ignored_filter_count": ignored,
        "querystring": shareable.urlencode(),
    }


def tag_summary(pack):
    parts = [", ".join(str(tag) for tag in getattr(pack, name).all()) for name in ("audiences", "key_stages", "topics")]
    return " · ".join(part for part in parts if part)
