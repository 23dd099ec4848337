"""Translations are drafts until a named translator approves them; clinical content in Polish or Urdu still needs
clinical approval; the Translation review report shows each translated page's English page and where it stands
(issue 22, item 6; home/translations_review.py)."""

import datetime
import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale, Page, TaskState, WorkflowState
from wagtail_localize.models import TranslationSource

from home.demo.workflow import ensure_workflows
from home.models import AdviceIndexPage
from home.tests.factories import make_advice_tree, make_home_page, make_information_page
from home.translations_review import (
    AWAITING,
    NOT_TRANSLATED,
    TRANSLATION_AND_CLINICAL,
    TRANSLATION_REVIEW,
    TRANSLATION_REVIEWERS,
    translated_pages,
)
from portal.demo import ChangeLog

pytestmark = pytest.mark.django_db


def locale(code):
    return Locale.objects.get_or_create(language_code=code)[0]


def staff(username, *groups, first_name="", last_name=""):
    user = get_user_model().objects.create_user(
        username,
        f"{username}@example.org",
        "a-long-password-1",
        is_staff=True,
        first_name=first_name,
        last_name=last_name,
    )
    for name in groups:
        user.groups.add(Group.objects.get(name=name))
    return user


def translate(page, code):
    """wagtail-localize's way, as "Translate" in the admin does it: the English page's source, then its page in
    `code` (its parents copied first)."""
    source, _ = TranslationSource.get_or_create_from_instance(page)
    source.create_or_update_translation(locale(code), publish=True, copy_parent_pages=True, fallback=True)
    return page.get_translation(locale(code))


@pytest.fixture
def site():
    """An English home page, advice (clinical approval) and a waiting-times page (content check), with the
    demo's workflows and its staff: an editor, a clinician (Moderators), a translator and a service manager."""
    home = make_home_page()
    index, (topic,) = make_advice_tree(home, topics=1)
    waits = make_information_page(home, title="Waiting times")
    locale("en-gb")
    group = Group.objects.get_or_create(name=TRANSLATION_REVIEWERS)[0]
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    ensure_workflows(ChangeLog(), [AdviceIndexPage.objects.get()])
    manager = Group.objects.create(name="Managers")
    manager.permissions.add(Permission.objects.get(codename="access_admin"))
    return {
        "home": home,
        "topic": topic,
        "waits": waits,
        "editor": staff("editor", "Editors"),
        "clinician": staff("approver", "Moderators"),
        "translator": staff("translator", TRANSLATION_REVIEWERS, first_name="Tess", last_name="Tłumacz"),
        "manager": staff("service-manager", "Managers"),
    }


def task_names(page):
    return [task.name for task in page.get_workflow().tasks]


def test_a_polish_advice_page_needs_translation_review_and_clinical_approval(site):
    topic = translate(site["topic"], "pl")
    assert topic.get_workflow().name == TRANSLATION_AND_CLINICAL
    assert task_names(topic) == ["Translation review", "Clinical sign-off"]


def test_other_translated_pages_need_translation_review_then_the_content_check(site):
    waits = translate(site["waits"], "ur")
    home = Page.objects.get(depth=2, locale__language_code="ur")
    assert waits.get_workflow().name == TRANSLATION_REVIEW == home.get_workflow().name
    assert task_names(waits) == ["Translation review", "Content check"]
    # English keeps its own.
    assert site["topic"].get_workflow().name == "Clinical approval"
    assert site["waits"].get_workflow().name == "Content check"


def test_a_translator_approves_the_words_then_a_clinician_must_still_approve_before_it_is_live(site):
    topic = translate(site["topic"], "pl").specific
    topic.title = "Ubieranie się"
    revision = topic.save_revision(user=site["editor"])
    state = topic.get_workflow().start(topic, site["editor"])
    review = state.current_task_state
    assert review.task.name == "Translation review"
    # Only a translation reviewer may approve the translation: not the editor, not the clinician.
    assert "approve" in [name for name, *_ in review.task.get_actions(topic, site["translator"])]
    assert review.task.get_actions(topic, site["clinician"]) == []
    assert review.task.get_actions(topic, site["editor"]) == []
    review.approve(user=site["translator"])
    state.refresh_from_db()
    topic.refresh_from_db()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.current_task_state.task.name == "Clinical sign-off"
    assert topic.live_revision_id != revision.pk  # still the earlier words until a clinician approves
    assert state.current_task_state.task.get_actions(topic, site["translator"]) == []
    state.current_task_state.approve(user=site["clinician"])
    topic.refresh_from_db()
    assert topic.live_revision_id == revision.pk and topic.title == "Ubieranie się"


def report(client, user):
    client.force_login(user)
    return client.get(reverse("translations_report"))


def row_for(html, title):
    """The report's table row whose page is `title`."""
    rows = re.findall(r"<tr.*?</tr>", html, re.S)
    return next(row for row in rows if re.search(rf">\s*{re.escape(title)}\s*<", row))


def test_every_translated_page_awaits_a_qualified_translator_until_reviewed(client, site):
    translate(site["topic"], "pl")
    translate(site["waits"], "ur")
    rows = {(row.title, row.language): row for row in translated_pages()}
    assert set(rows) == {
        ("Home", "Polish"),
        ("Advice", "Polish"),
        ("Topic 0", "Polish"),
        ("Home", "Urdu"),
        ("Waiting times", "Urdu"),
    }
    # The pages translated await review; the parents wagtail-localize copied along the way are the English words.
    assert rows[("Topic 0", "Polish")].status == rows[("Waiting times", "Urdu")].status == AWAITING
    assert rows[("Advice", "Polish")].status == rows[("Home", "Urdu")].status == NOT_TRANSLATED
    response = report(client, site["editor"])
    html = response.content.decode()
    assert response.status_code == 200
    assert re.search(r"<h1[^>]*>\s*Translation review", html), html[:2000]
    topic = row_for(html, "Topic 0")
    assert "Polish" in topic and AWAITING in topic
    assert reverse("wagtailadmin_pages:edit", args=[site["topic"].pk]) in topic  # its English page


def test_the_translators_name_and_date_show_as_reviewed_by(client, site):
    waits = translate(site["waits"], "pl").specific
    waits.save_revision(user=site["editor"])
    state = waits.get_workflow().start(waits, site["editor"])
    state.current_task_state.approve(user=site["translator"])
    today = f"{timezone.localdate():%-d %B %Y}"
    row = next(row for row in translated_pages() if row.page.pk == waits.pk)
    assert row.status == f"Reviewed by Tess Tłumacz on {today}"
    assert row_for(report(client, site["translator"]).content.decode(), "Waiting times").count("Reviewed by Tess")
    # A later change to the translation needs reviewing again.
    waits.refresh_from_db()
    waits.save_revision(user=site["editor"])
    row = next(row for row in translated_pages() if row.page.pk == waits.pk)
    assert row.status == AWAITING and row.reviewed_by == f"Tess Tłumacz on {today}"


def test_a_translation_is_out_of_date_when_the_english_page_changes_after_it_was_made(site):
    waits = translate(site["waits"], "pl")
    later = timezone.now() + datetime.timedelta(days=3)
    english = site["waits"]
    english.summary = "New English words"
    revision = english.save_revision()
    revision.publish()
    Page.objects.filter(pk=english.pk).update(last_published_at=later)
    row = next(row for row in translated_pages() if row.page.pk == waits.pk)
    assert row.status == f"Out of date: English changed on {timezone.localtime(later):%-d %B %Y}"
    # Syncing the translation from the English page brings it up to date again.
    source = TranslationSource.objects.get(object_id=english.translation_key, locale=english.locale)
    source.update_from_db()
    source.create_or_update_translation(locale("pl"), publish=True, fallback=True)
    from wagtail_localize.models import TranslationLog

    TranslationLog.objects.filter(source=source).update(created_at=later + datetime.timedelta(hours=1))
    row = next(row for row in translated_pages() if row.page.pk == waits.pk)
    assert row.status == AWAITING


def test_staff_who_cannot_edit_pages_cannot_see_the_report(client, site):
    translate(site["waits"], "pl")
    response = report(client, site["manager"])
    assert response.status_code in (302, 403)
    assert "Waiting times" not in response.content.decode()
    menu = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("translations_report") not in menu


def test_the_report_is_in_the_reports_menu_for_editors_and_the_translator(client, site):
    translate(site["waits"], "pl")
    for user in (site["editor"], site["translator"]):
        client.force_login(user)
        assert reverse("translations_report") in client.get(reverse("wagtailadmin_home")).content.decode()


def test_the_translator_can_edit_translations_but_not_publish_them(site):
    waits = translate(site["waits"], "pl")
    permissions = waits.permissions_for_user(site["translator"])
    assert permissions.can_edit() and not permissions.can_publish()
    assert not site["waits"].permissions_for_user(site["translator"]).can_edit()


def test_loading_the_workflows_again_changes_nothing(site):
    translate(site["topic"], "pl")
    log = ChangeLog()
    ensure_workflows(log, [AdviceIndexPage.objects.get(locale__language_code="en-gb")])
    assert not log.changed, log.created + log.updated
    assert TaskState.objects.count() == 0


@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
def test_the_report_downloads_with_todays_date_and_who_reviewed_each_page(client, site, export_format):
    from portal.tests.support import exported_rows, value_of

    waits = translate(site["waits"], "pl").specific
    waits.save_revision(user=site["editor"])
    waits.get_workflow().start(waits, site["editor"]).current_task_state.approve(user=site["translator"])
    client.force_login(site["editor"])
    response = client.get(reverse("translations_report"), {"export": export_format})
    assert response.status_code == 200
    today = f"{timezone.localdate():%Y-%m-%d}"
    assert f'filename="translations-{today}.{export_format}"' in response["Content-Disposition"]
    rows = [[value_of(cell) for cell in row] for row in exported_rows(response, export_format)]
    # The headings the editor reads on screen, not the code's field names ("title", "language").
    assert rows[0] == ["Page", "Language", "English page", "Status", "Reviewed by"]
    reviewed_by = f"Tess Tłumacz on {timezone.localdate():%-d %B %Y}"
    assert ["Waiting times", "Polish", "Waiting times", f"Reviewed by {reviewed_by}", reviewed_by] in rows
