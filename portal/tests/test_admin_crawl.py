"""Every admin screen opens for every demo role (issue 16).

Each demo login signs in with its second factor and opens what its admin menu shows, the links on
those screens (listings, add and edit forms, reports, history), and every registered model
listing, add form and a few edit forms, and each page type's edit form. Nothing may fail with a
server error. What the menu or a screen offers must open; what the role may not do may be refused
(403, or a redirect), but only where the menu and the screens do not offer it. A new admin screen
is crawled without changing this file; a new demo login must be added to ROLES.
"""

import datetime
import re
from html.parser import HTMLParser
from unittest import mock
from urllib.parse import urldefrag, urljoin, urlsplit

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.template.base import Template
from django.test import RequestFactory, override_settings
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape

from portal.tests.support import sign_in_with_second_factor
from resources.models import TrainingEvent
from selfassess.models import Questionnaire
from selfassess.tests.admin_posts import admin_form_data

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_site")]


def user(username):
    return get_user_model().objects.get(username=username)


@override_settings(REQUIRE_STAFF_2FA=True)
def test_publishing_the_questionnaire_ends_on_its_listing(client):
    """Was a 500: the listing asked for a `latest_revision_created_at` field the model does not have."""
    sign_in_with_second_factor(client, user("admin"))
    questionnaire = Questionnaire.objects.current()
    data = admin_form_data(questionnaire)
    data["action-publish"] = "action-publish"

    response = client.post(reverse("wagtailsnippets_selfassess_questionnaire:edit", args=[questionnaire.pk]), data)

    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailsnippets_selfassess_questionnaire:list")
    listing = client.get(response["Location"])
    assert listing.status_code == 200
    assert escape(questionnaire.title) in listing.content.decode()


@override_settings(REQUIRE_STAFF_2FA=True)
def test_an_editor_submitting_the_questionnaire_for_approval_ends_on_its_listing(client):
    sign_in_with_second_factor(client, user("editor"))
    questionnaire = Questionnaire.objects.current()
    data = admin_form_data(questionnaire)
    data["title"] = "Check your child's needs (reworded)"
    data["action-submit"] = "action-submit"

    response = client.post(
        reverse("wagtailsnippets_selfassess_questionnaire:edit", args=[questionnaire.pk]), data, follow=True
    )

    assert response.status_code == 200
    assert response.redirect_chain[-1][0] == reverse("wagtailsnippets_selfassess_questionnaire:list")
    assert escape("Check your child's needs (reworded)") in response.content.decode()


@override_settings(REQUIRE_STAFF_2FA=True)
def test_saving_a_new_training_session_ends_on_the_sessions_listing(client):
    """Was a 500: the listing's attendees column was a bare function, which Wagtail cannot look up."""
    sign_in_with_second_factor(client, user("schools-editor"))
    starts = timezone.localtime() + datetime.timedelta(days=30)
    data = {
        "kind": "school-staff",
        "title": "Fine motor skills in reception",
        "description": "Simple activities for busy classrooms.",
        "audience": "Reception teachers",
        "starts_at": starts.strftime("%Y-%m-%d 09:00"),
        "ends_at": starts.strftime("%Y-%m-%d 11:00"),
        "is_online": "on",
        "venue": "",
        "capacity": "20",
        "booking_deadline": (starts - datetime.timedelta(days=2)).strftime("%Y-%m-%d 17:00"),
    }

    response = client.post(reverse("training_events:add"), data, follow=True)

    assert response.status_code == 200
    assert response.redirect_chain[-1][0] == reverse("training_events:index")
    text = response.content.decode()
    assert "Fine motor skills in reception" in text
    assert "0 booked, 0 waiting" in text
    assert TrainingEvent.objects.filter(title="Fine motor skills in reception").exists()


# Every demo login (home's content team and translation reviewer, referrals' triage teams, the
# schools and reports roles).
ROLES = [
    "admin",
    "editor",
    "approver",
    "service-manager",
    "translator",
    "triage-north",
    "triage-south",
    "schools-editor",
]
# Signing out or changing one's own second factor would end the crawl's session; bulk actions are
# links for scripts, which add the chosen ids.
NOT_CRAWLED = ("/admin/logout/", "/admin/two-factor/", "/admin/password_reset/", "/admin/login/", "/admin/bulk/")
SAME_KIND_CAP = 2  # links that differ only in an id: open this many of each kind
MAX_DEPTH = 2  # menu item → listing → edit form
EDITS_PER_MODEL = 2


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs = []

    def handle_starttag(self, tag, attrs):
        href = dict(attrs).get("href")
        if tag == "a" and href:
            self.hrefs.append(href)


def admin_links(response):
    parser = Links()
    parser.feed(response.content.decode(errors="replace"))
    found = []
    for href in parser.hrefs:
        url = urldefrag(urljoin(response.wsgi_request.path, href))[0]
        path = urlsplit(url).path
        if urlsplit(url).netloc not in ("", "testserver") or not path.startswith("/admin/"):
            continue
        found.append(path)  # filters, sorting and paging open the same view: the path is enough
    return found


def kind_of(path):
    return re.sub(r"[0-9a-f]{8}-[0-9a-f-]{27}|\d+", "N", path)


def menu_items(menu, request):
    """(label, url) of each menu entry the role is shown, submenus opened."""
    for item in menu.menu_items_for_request(request):
        submenu = getattr(item, "menu", None)
        if submenu is not None:
            yield from menu_items(submenu, request)
        elif item.url.startswith("/admin/"):
            yield str(item.label), item.url


def admin_menu_for(client, staff):
    from wagtail.admin.menu import admin_menu

    # Viewsets add their menu items as the admin's URLs load; the menu is built once, on first use.
    reverse("wagtailadmin_home")
    request = RequestFactory().get("/admin/")
    request.user = staff
    request.session = client.session
    return dict(menu_items(admin_menu, request))


class Crawl:
    def __init__(self, client, user, same_kind_cap=SAME_KIND_CAP, max_depth=MAX_DEPTH, wanted=None):
        self.client = client
        self.user = user
        self.same_kind_cap = same_kind_cap
        self.max_depth = max_depth
        self.wanted = wanted
        self.seen = set()
        self.kinds = {}
        self.problems = []
        self.opened = 0
        self.screens = []  # (kind, path) of each HTML screen that opened, in the order found

    def fetch(self, url):
        try:
            return self.client.get(url)
        except Exception as error:  # the test client re-raises a view's exception: that is the 500
            self.problems.append(f"{url}: server error {error!r}")
            return None

    def offered(self, url, came_from, depth):
        """A screen the menu or another screen offers this role: it must open."""
        path = urlsplit(url).path
        if path in self.seen or path.startswith(NOT_CRAWLED):
            return
        kind = kind_of(path)
        if depth > 0 and self.kinds.get(kind, 0) >= self.same_kind_cap:
            return
        self.seen.add(path)
        self.kinds[kind] = self.kinds.get(kind, 0) + 1
        if depth > 0 and self.wanted is not None and not self.wanted(path):
            return
        response = self.fetch(url)
        self.opened += 1
        if response is None:
            return
        if response.status_code in (301, 302):
            target = response["Location"]
            if "/login/" in target or "/two-factor/" in target:
                self.problems.append(f"{url} (from {came_from}): sent to sign in ({target})")
            else:
                self.offered(target, came_from, depth)
            return
        if response.status_code != 200:
            self.problems.append(f"{url} (from {came_from}): {response.status_code}")
            return
        self.opened_screen(path, response)
        if depth < self.max_depth and response["Content-Type"].startswith("text/html"):
            for link in admin_links(response):
                self.offered(link, url, depth + 1)

    def may_refuse(self, url, allowed):
        """A screen reached by URL: it opens if the role has permission, and never fails."""
        path = urlsplit(url).path
        response = self.fetch(url)
        self.opened += 1
        if response is None:
            return
        if allowed and response.status_code != 200:
            self.problems.append(f"{url}: {response.status_code}, though the role has permission")
        elif response.status_code >= 500:
            self.problems.append(f"{url}: {response.status_code}")
        elif response.status_code == 200 and path not in self.seen:
            self.seen.add(path)
            self.opened_screen(path, response)

    def opened_screen(self, path, response):
        if response["Content-Type"].startswith("text/html"):
            self.screens.append((kind_of(path), path))


def viewset_urls(user):
    """(url, allowed) for each registered model viewset's listing, add form and first few edit forms."""
    from wagtail.admin.viewsets import viewsets
    from wagtail.admin.viewsets.model import ModelViewSet

    for viewset in viewsets.viewsets:
        if not isinstance(viewset, ModelViewSet):
            continue
        policy = viewset.permission_policy
        for name in ("index", "list"):
            try:
                yield (
                    reverse(viewset.get_url_name(name)),
                    policy.user_has_any_permission(user, {"add", "change", "delete", "view"}),
                )
                break
            except Exception:  # noqa: S112 (snippets call their listing "list")
                continue
        yield reverse(viewset.get_url_name("add")), policy.user_has_permission(user, "add")
        for instance in viewset.model._default_manager.order_by("pk")[:EDITS_PER_MODEL]:
            # Scoped listings (a team's members) may hide an object: reaching it by URL may be a 404.
            yield reverse(viewset.get_url_name("edit"), args=[instance.pk]), None


def page_urls(user):
    """(url, allowed) for the first page of each type's edit form, and each type's add form under a parent."""
    from wagtail.models import Page, get_page_models

    parents = list(Page.objects.order_by("path").specific())  # once, not once per page type
    for model in get_page_models():
        if model is Page:
            continue
        # An English page: a Polish or Urdu one opens wagtail-localize's translation editor, a third-party
        # screen whose findings are listed in docs/accessibility.md with Wagtail's own.
        page = model.objects.filter(locale__language_code=settings.LANGUAGE_CODE).order_by("path").first()
        if page is not None:
            yield reverse("wagtailadmin_pages:edit", args=[page.pk]), page.permissions_for_user(user).can_edit()
        for parent in parents:
            if model.can_create_at(parent):
                url = reverse("wagtailadmin_pages:add", args=[model._meta.app_label, model._meta.model_name, parent.pk])
                yield url, parent.permissions_for_user(user).can_add_subpage()
                break


def render_without_a_record(template, context):
    """Template._render as it is outside tests. The test runner's version also sends a signal on which the
    test client copies every template's context (for `response.context`): the crawl reads only the status
    and the links, and the signal and the copies were about 15% of its time (CPU)."""
    return template.nodelist.render(context)


def crawl_as(client, staff, same_kind_cap=SAME_KIND_CAP, max_depth=MAX_DEPTH, by_url=True, wanted=None):
    """Open what the role's menu and screens offer, then (by_url) each model's and page type's screens.

    The browser test (test_admin_crawl_browser.py) reuses it, one of each kind and one link deep, to
    find the screens a role uses to check with axe; `wanted(path)` says which screens a link leads to
    are worth opening (the menu's are all opened, for their links)."""
    crawl = Crawl(client, staff, same_kind_cap, max_depth, wanted)
    with mock.patch.object(Template, "_render", render_without_a_record):
        # The menu first: a screen the dashboard also links to is then crawled from the menu's depth.
        for url in admin_menu_for(client, staff).values():
            crawl.offered(url, "the menu", 0)
        crawl.offered("/admin/", "sign-in", 0)
        for url, allowed in [*viewset_urls(staff), *page_urls(staff)] if by_url else []:
            if urlsplit(url).path not in crawl.seen:
                crawl.may_refuse(url, allowed)
    return crawl


@override_settings(REQUIRE_STAFF_2FA=True)
@pytest.mark.parametrize("username", ROLES)
def test_every_admin_screen_opens_for_each_role(client, username):
    staff = user(username)
    sign_in_with_second_factor(client, staff)

    crawl = crawl_as(client, staff)

    assert crawl.problems == [], f"{username}: " + "\n".join(crawl.problems)
    assert crawl.opened > 10


def test_every_demo_login_is_crawled():
    """A role added to the demo without being added to ROLES would go unchecked."""
    demo_logins = set(get_user_model().objects.filter(is_staff=True).values_list("username", flat=True))
    assert demo_logins == set(ROLES)


@override_settings(REQUIRE_STAFF_2FA=True)
def test_a_schools_editor_manages_packs_training_and_bookings_and_nothing_clinical(client):
    from home.models import AdviceTopicPage
    from resources.models import ResourcePackPage

    staff = user("schools-editor")
    sign_in_with_second_factor(client, staff)
    menu = admin_menu_for(client, staff)

    assert {"Training sessions", "Bookings and waiting lists", "Pages", "Documents"} <= set(menu)
    assert not {"Referrals", "Self-assessment insight", "Questionnaires"} & set(menu)
    pack = ResourcePackPage.objects.first()
    assert client.get(reverse("wagtailadmin_pages:edit", args=[pack.pk])).status_code == 200
    assert client.get(reverse("training_bookings:index")).status_code == 200
    advice = AdviceTopicPage.objects.first()
    assert client.get(reverse("wagtailadmin_pages:edit", args=[advice.pk])).status_code != 200
    assert client.get(reverse("referrals_triage:queue")).status_code != 200


@override_settings(REQUIRE_STAFF_2FA=True)
@pytest.mark.parametrize("username", ["editor", "approver"])
def test_the_content_team_manages_training_not_only_a_superuser(client, username):
    staff = user(username)
    sign_in_with_second_factor(client, staff)

    assert {"Training sessions", "Bookings and waiting lists"} <= set(admin_menu_for(client, staff))
    assert client.get(reverse("training_events:add")).status_code == 200
    event = TrainingEvent.objects.first()
    assert client.get(reverse("training_events:edit", args=[event.pk])).status_code == 200


@override_settings(REQUIRE_STAFF_2FA=True)
def test_a_service_manager_reads_reports_and_waits_but_no_referral(client):
    from referrals.models import Referral

    staff = user("service-manager")
    sign_in_with_second_factor(client, staff)
    menu = admin_menu_for(client, staff)

    assert {"Self-assessment insight", "Pack downloads", "Waiting times"} <= set(menu)
    assert "Referrals" not in menu
    for url in (reverse("selfassess_insight"), reverse("resources_pack_downloads"), reverse("waiting_times:index")):
        assert client.get(url).status_code == 200, url
    # Read only: no new figures, no edits to teams or pages.
    assert client.get(reverse("waiting_times:add")).status_code in (302, 403)
    referral = Referral.objects.first()
    for url in (
        reverse("referrals_triage:queue"),
        reverse("referrals_triage:detail", args=[referral.pk]),
        reverse("referrals_triage:export"),
    ):
        response = client.get(url)
        # Refused, or sent back to the dashboard with "you do not have permission".
        assert response.status_code in (403, 404) or response["Location"] == "/admin/", url
        assert referral.reference not in response.content.decode()


@override_settings(REQUIRE_STAFF_2FA=True)
def test_clinical_content_goes_to_clinical_approval_and_the_rest_to_a_content_check(client):
    from wagtail.models import Locale

    from home.models import AdviceTopicPage, WaitingTimesPage
    from resources.models import ResourcePackPage

    english = Locale.get_default()  # Polish and Urdu translations go to a translation review first
    questionnaire = Questionnaire.objects.current()
    pack = ResourcePackPage.objects.filter(locale=english).first()
    assert questionnaire.get_workflow().name == "Clinical approval"
    assert AdviceTopicPage.objects.filter(locale=english).first().get_workflow().name == "Clinical approval"
    assert pack.get_workflow().name == "Content check"
    assert WaitingTimesPage.objects.get(locale=english).get_workflow().name == "Content check"

    # What staff see on the button.
    sign_in_with_second_factor(client, user("editor"))
    edit = client.get(reverse("wagtailsnippets_selfassess_questionnaire:edit", args=[questionnaire.pk]))
    assert "Submit to Clinical approval" in edit.content.decode()
    sign_in_with_second_factor(client, user("schools-editor"))
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[pack.pk])).content.decode()
    assert "Submit to Content check" in edit
    assert 'name="action-publish"' not in edit
