from django.conf import settings
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import HttpResponse
from django.shortcuts import render
from django.utils import translation
from django.views.decorators.cache import cache_control

from home.forms import SearchForm
from home.search import RESULT_TYPES, TYPE_LABELS, corrected_query, promotions, run_search
from portal.ratelimit import rate_limited
from portal.templatetags.language_tags import html_lang

RESULTS_PER_PAGE = 10


@rate_limited("search", methods=("GET",))
def search(request):
    form = SearchForm(request.GET or None)
    query = searched_for = ""
    results = []
    if form.is_valid():
        query = searched_for = form.cleaned_data["q"].strip()
        if query:
            results = run_search(query)
            if not results:
                suggestion = corrected_query(query)
                if suggestion:
                    results = run_search(suggestion)
                    if results:
                        searched_for = suggestion

    counts = {key: 0 for key, _ in RESULT_TYPES}
    for result in results:
        counts[result.result_type] += 1
    chosen_type = request.GET.get("type", "")
    if chosen_type not in TYPE_LABELS or not counts[chosen_type]:
        chosen_type = ""
    shown = [result for result in results if result.result_type == chosen_type] if chosen_type else results

    paginator = Paginator(shown, RESULTS_PER_PAGE)
    try:
        page_of_results = paginator.page(request.GET.get("page", 1))
    except (PageNotAnInteger, EmptyPage):
        page_of_results = paginator.page(1)

    return render(
        request,
        "search/search.html",
        {
            "form": form,
            "query": query,
            "searched_for": searched_for,
            "results": page_of_results,
            "result_count": len(results),
            "type_filters": [
                {"key": key, "label": label, "count": counts[key], "current": key == chosen_type}
                for key, label in RESULT_TYPES
                if counts[key]
            ],
            "chosen_type": chosen_type,
            "type_labels": TYPE_LABELS,
            "promotions": promotions(query) if query and not chosen_type else [],
            # Results are pages in the address's language, even while the search page's own words are English.
            "results_lang": html_lang(translation.get_language()),
            "results_bidi": translation.get_language_bidi(),
        },
    )


ROBOTS_TXT = """User-agent: *
Disallow: /admin/
Disallow: /refer/
Disallow: /self-assessment/
Disallow: /feedback/
Disallow: /search/
"""


def in_other_languages(rules):
    """The journeys are at /pl/refer/ and /ur/refer/ too (docs/languages.md); the admin only at /admin/."""
    paths = [line.split(":", 1)[1].strip() for line in rules.splitlines() if line.startswith("Disallow:")]
    return "".join(
        f"Disallow: {prefix}{path}\n" for prefix in settings.LANGUAGE_PREFIXES for path in paths if path != "/admin/"
    )


@cache_control(max_age=86400, public=True)
def robots_txt(request):
    # Journeys and admin are for people, not crawlers; the sitemap lists the pages that are.
    sitemap_url = request.build_absolute_uri("/sitemap.xml")
    rules = ROBOTS_TXT + in_other_languages(ROBOTS_TXT)
    return HttpResponse(f"{rules}\nSitemap: {sitemap_url}\n", content_type="text/plain; charset=utf-8")


def page_not_found(request, exception=None):
    return render(request, "404.html", {"form": SearchForm()}, status=404)


def server_error(request):
    # Deliberately minimal: no database, no settings lookups, no details of the failure.
    return render(request, "500.html", status=500)
