from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.shortcuts import render
from wagtail.models import Page

from home.forms import SearchForm

RESULTS_PER_PAGE = 10


def search(request):
    form = SearchForm(request.GET or None)
    query = ""
    results = Page.objects.none()
    if form.is_valid():
        query = form.cleaned_data["q"].strip()
        if query:
            results = Page.objects.live().public().exclude(depth__lte=1).specific().search(query)

    paginator = Paginator(results, RESULTS_PER_PAGE)
    try:
        page_of_results = paginator.page(request.GET.get("page", 1))
    except (PageNotAnInteger, EmptyPage):
        page_of_results = paginator.page(1)

    return render(
        request,
        "search/search.html",
        {"form": form, "query": query, "results": page_of_results, "result_count": paginator.count},
    )


def page_not_found(request, exception=None):
    return render(request, "404.html", {"form": SearchForm()}, status=404)


def server_error(request):
    # Deliberately minimal: no database, no settings lookups, no details of the failure.
    return render(request, "500.html", status=500)
