"""The home app's demo content: the site, its pages, teams and stories, and the content team's logins."""

from home.demo.feedback import ensure_page_feedback
from home.demo.search import SEARCH_SYNONYM_PERMISSIONS, ensure_search_synonyms
from home.demo.site import load_site
from home.demo.translated_pages import load_translated_pages
from home.translations_review import TRANSLATION_REVIEWERS
from portal.demo import demo_password, ensure_group, ensure_user

SERVICE_MANAGERS = "Service managers"
# Reports and the published figures, to read. Nothing in referrals: that is children's personal data.
# Other apps add their reports' permissions (selfassess: the self-assessment insight).
SERVICE_MANAGER_PERMISSIONS = [
    "wagtailadmin.access_admin",
    "home.view_team",
    "home.view_waitingtime",
    "home.view_service_reports",
]

# Wagtail's search promotions (Settings, then Promoted search results): the content team chooses the
# page families see first for a search.
SEARCH_PROMOTION_PERMISSIONS = [
    f"wagtailsearchpromotions.{action}_searchpromotion" for action in ("add", "change", "delete")
]

DEMO_USERS = [
    # username, is_superuser, Wagtail groups, what they are for
    ("admin", True, [], "superuser: everything"),
    ("editor", False, ["Editors"], "edits content, submits it for clinical approval"),
    ("approver", False, ["Moderators"], "approves or rejects content changes"),
    ("service-manager", False, [SERVICE_MANAGERS], "reads the reports and waiting times; no referrals"),
    ("translator", False, [TRANSLATION_REVIEWERS], "reviews Polish and Urdu pages before they go live"),
]


def ensure_users(log, password):
    ensure_group(log, SERVICE_MANAGERS, SERVICE_MANAGER_PERMISSIONS)
    ensure_group(log, TRANSLATION_REVIEWERS, ["wagtailadmin.access_admin"])
    for content_team in ("Editors", "Moderators"):
        ensure_group(log, content_team, SEARCH_PROMOTION_PERMISSIONS + SEARCH_SYNONYM_PERMISSIONS)
    for username, is_superuser, groups, description in DEMO_USERS:
        ensure_user(log, username, description, password, groups, is_superuser=is_superuser)


def load(log):
    # Users first: demo pages belong to the editor (portal.demo.ensure_page).
    ensure_users(log, demo_password())
    ensure_search_synonyms(log)
    site = load_site(log)
    ensure_page_feedback(log)  # about the pages just made
    load_translated_pages(log)  # Polish and Urdu pages, after their English ones
    return site
