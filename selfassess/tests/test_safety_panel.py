"""Issue 17, item 3: the questionnaire's edit screen runs the safety checks on the draft as saved and lists
what passes and what fails in staff words, for editors and approvers, before anyone submits or approves."""

import datetime
import html
import re

import pytest
from django.contrib.auth import get_user_model
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone
from wagtail.models import WorkflowState

from portal.tests.support import sign_in_with_second_factor
from selfassess.models import Assessment, Questionnaire, current_version
from selfassess.tests.admin_posts import admin_form_data
from selfassess.tests.factories import DRESSED_AT_10, make_assessments, stored_answers

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_site")]


def edit_url(questionnaire):
    return reverse("wagtailsnippets_selfassess_questionnaire:edit", args=[questionnaire.pk])


def signed_in(client, username):
    return sign_in_with_second_factor(client, get_user_model().objects.get(username=username))


def panel_text(response):
    """The safety-check panel's text, tags stripped and spaces collapsed."""
    match = re.search(r'<section[^>]*id="selfassess-safety-checks".*?</section>', response.content.decode(), re.S)
    assert match, "no safety-check panel on the edit screen"
    return html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", match.group(0))))


def save_draft(client, questionnaire, **changes):
    """Post the edit form as the admin would, with some fields changed, and save it as a draft."""
    data = admin_form_data(questionnaire)
    data.update(changes)
    return client.post(edit_url(questionnaire), data, follow=True)


UNREACHABLE = {"domains-0-value-specialist_threshold": "30"}  # Getting dressed: the highest score is 18


@override_settings(REQUIRE_STAFF_2FA=True)
@pytest.mark.parametrize("username", ["editor", "approver"])
def test_the_live_version_shows_every_check_passing(client, username):
    signed_in(client, username)
    text = panel_text(client.get(edit_url(Questionnaire.objects.current())))
    assert "All safety checks pass" in text
    # What passed is listed too, in staff words: scenario names, area names.
    assert "Mild dressing, under 5" in text
    assert "Getting dressed" in text
    assert "Fails" not in text


@override_settings(REQUIRE_STAFF_2FA=True)
def test_an_editor_sees_a_saved_draft_fail_before_submitting_in_staff_words(client):
    signed_in(client, "editor")
    questionnaire = Questionnaire.objects.current()
    live_revision = questionnaire.live_revision_id

    response = save_draft(client, questionnaire, **UNREACHABLE)
    assert response.status_code == 200
    questionnaire.refresh_from_db()
    assert questionnaire.live_revision_id == live_revision  # only a draft was saved
    assert questionnaire.latest_revision_id != live_revision

    text = panel_text(client.get(edit_url(questionnaire)))
    assert "cannot be published" in text
    assert "Getting dressed" in text
    assert "the specialist threshold is 30 but the highest possible score is 18" in text
    # Staff words only: no internal codes for areas or tiers.
    assert "getting-dressed" not in text and "specialist'" not in text


@override_settings(REQUIRE_STAFF_2FA=True)
def test_the_panel_checks_the_draft_as_saved_not_the_live_version(client):
    signed_in(client, "editor")
    questionnaire = Questionnaire.objects.current()
    data = admin_form_data(questionnaire)
    scenario = data["scenarios-0-value-name"]
    data["scenarios-0-value-expected_outcome"] = "immediate"
    client.post(edit_url(questionnaire), data)

    text = panel_text(client.get(edit_url(questionnaire)))
    assert scenario in text
    assert "expected 'Get help now' overall" in text
    # The live version still passes: it is the draft that is checked.
    from selfassess.definitions import failing_scenarios

    assert failing_scenarios(Questionnaire.objects.current()) == []


@override_settings(REQUIRE_STAFF_2FA=True)
def test_an_editor_submitting_a_failing_version_is_told(client):
    signed_in(client, "editor")
    questionnaire = Questionnaire.objects.current()

    response = save_draft(client, questionnaire, **UNREACHABLE, **{"action-submit": "action-submit"})

    text = response.content.decode()
    assert WorkflowState.objects.filter(object_id=str(questionnaire.pk), status="in_progress").exists()
    assert "safety check" in text and "Getting dressed" in text
    assert "cannot be published until" in text


@override_settings(REQUIRE_STAFF_2FA=True)
def test_an_approver_sees_the_failing_checks_in_the_approval_step(client):
    signed_in(client, "editor")
    questionnaire = Questionnaire.objects.current()
    save_draft(client, questionnaire, **UNREACHABLE, **{"action-submit": "action-submit"})
    state = WorkflowState.objects.get(object_id=str(questionnaire.pk), status="in_progress")

    client.logout()
    signed_in(client, "approver")
    # The edit screen the approver reviews on...
    text = panel_text(client.get(edit_url(questionnaire)))
    assert "cannot be published" in text and "Getting dressed" in text
    # ... and the dialog that asks for their comment when they approve, from the edit screen or the dashboard.
    for view in ("collect_workflow_action_data", "workflow_action"):
        modal = client.get(
            reverse(
                f"wagtailsnippets_selfassess_questionnaire:{view}",
                args=[questionnaire.pk, "approve", state.current_task_state.pk],
            )
        )
        assert modal.status_code == 200
        dialog = html.unescape(modal.json()["html"])
        assert "Getting dressed" in dialog and "the highest possible score is 18" in dialog, view
        assert 'name="comment"' in dialog


# --- The impact preview on the edit screen, in the approval step and on its own page (item 4) -------------


def impact_url(questionnaire):
    return reverse("wagtailsnippets_selfassess_questionnaire:impact", args=[questionnaire.pk])


def recent_families():
    """Six families in the last 90 days: three whose dressing score is 10 (targeted now), as the journey stores them."""
    # The demo's own assessments move out of the 90 days, so the counts are these families only.
    Assessment.objects.update(created_at=timezone.now() - datetime.timedelta(days=120))
    version = current_version()
    make_assessments(
        [stored_answers(version, "5-to-11", {"getting-dressed": DRESSED_AT_10})] * 3
        + [stored_answers(version, "under-5", {"play-and-leisure": ([1, 0, 0, 0], 0, "not-yet")})] * 3
    )


LOWER_DRESSING_REFERRAL = {"domains-0-value-specialist_threshold": "10"}
EXAMPLE = "5 to 11 (primary school), Getting dressed: 'Advice and a group or workshop' → 'Ask for a referral'"


def impact_text(fragment):
    match = re.search(r'aria-labelledby="selfassess-impact[^"]*".*?</section>', fragment, re.S)
    assert match, "no impact preview"
    return html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", match.group(0))))


@override_settings(REQUIRE_STAFF_2FA=True)
def test_the_approver_sees_the_impact_of_the_draft_in_the_approval_step_and_on_the_edit_screen(client):
    recent_families()
    signed_in(client, "editor")
    questionnaire = Questionnaire.objects.current()
    save_draft(client, questionnaire, **LOWER_DRESSING_REFERRAL, **{"action-submit": "action-submit"})
    # The editor saw it too, before submitting.
    text = impact_text(client.get(edit_url(questionnaire)).content.decode())
    assert "3 of 6 would get a different result" in text
    state = WorkflowState.objects.get(object_id=str(questionnaire.pk), status="in_progress")

    client.logout()
    signed_in(client, "approver")
    dialog = client.get(
        reverse(
            "wagtailsnippets_selfassess_questionnaire:workflow_action",
            args=[questionnaire.pk, "approve", state.current_task_state.pk],
        )
    ).json()["html"]
    text = impact_text(dialog)
    assert "The answers of 6 self-assessments from the last 90 days were scored again" in text
    assert "Getting dressed 3 3 0 0" in text  # scored, more help, less help, no change
    assert "Play and leisure 3 0 0 3" in text
    assert EXAMPLE in text
    assert impact_text(client.get(edit_url(questionnaire)).content.decode()).count(EXAMPLE) == 1


@override_settings(REQUIRE_STAFF_2FA=True)
@pytest.mark.parametrize("username", ["editor", "approver"])
def test_the_impact_preview_page_opens_for_the_content_team(client, username):
    recent_families()
    questionnaire = Questionnaire.objects.current()
    signed_in(client, "editor")
    save_draft(client, questionnaire, **LOWER_DRESSING_REFERRAL)
    client.logout()
    signed_in(client, username)
    response = client.get(impact_url(questionnaire))
    assert response.status_code == 200
    text = impact_text(response.content.decode())
    assert "3 of 6 would get a different result" in text and EXAMPLE in text
    # Nothing that could identify a family: no return codes, no dates of the assessments.
    page = response.content.decode()
    for assessment in Assessment.objects.all():
        assert assessment.code not in page and assessment.display_code not in page


@override_settings(REQUIRE_STAFF_2FA=True)
def test_the_impact_preview_is_refused_to_staff_who_cannot_edit_the_questionnaire(client):
    signed_in(client, "service-manager")
    response = client.get(impact_url(Questionnaire.objects.current()))
    # Wagtail turns a refusal into a message on the dashboard.
    assert response.status_code == 302 and response["Location"] == "/admin/"


@override_settings(REQUIRE_STAFF_2FA=True)
def test_the_screen_says_when_only_the_most_recent_are_scored(client, monkeypatch):
    from selfassess import impact

    recent_families()
    monkeypatch.setattr(impact, "MOST_ASSESSMENTS", 4)
    questionnaire = Questionnaire.objects.current()
    signed_in(client, "editor")
    save_draft(client, questionnaire, **LOWER_DRESSING_REFERRAL)
    text = impact_text(client.get(impact_url(questionnaire)).content.decode())
    assert "There were 6: to keep this quick, only the 4 most recent were scored." in text


@override_settings(REQUIRE_STAFF_2FA=True)
def test_the_live_version_has_no_draft_to_compare(client):
    signed_in(client, "approver")
    response = client.get(impact_url(Questionnaire.objects.current()))
    assert "there is no draft to compare" in response.content.decode()
    assert 'id="selfassess-impact"' not in client.get(edit_url(Questionnaire.objects.current())).content.decode()


@override_settings(REQUIRE_STAFF_2FA=True)
def test_an_editor_cannot_publish_the_questionnaire_only_submit_it(client):
    """Only the clinical approval step publishes: an editor's publish is not carried out, even of a passing draft."""
    signed_in(client, "editor")
    questionnaire = Questionnaire.objects.current()
    live_revision = questionnaire.live_revision_id
    edit = client.get(edit_url(questionnaire)).content.decode()
    assert 'name="action-publish"' not in edit
    assert "Submit to Clinical approval" in edit

    save_draft(client, questionnaire, title="Check your child's needs (editor)", **{"action-publish": "action-publish"})

    questionnaire.refresh_from_db()
    assert questionnaire.live_revision_id == live_revision
    assert Questionnaire.objects.current().title != "Check your child's needs (editor)"


# --- What the edit screen costs (issue 15): the same panel for less work -------------------------------------


def queries_on(client, url, tables):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return [query["sql"] for query in queries if any(f'"{table}"' in query["sql"] for table in tables)]


@override_settings(REQUIRE_STAFF_2FA=True)
def test_the_edit_screen_reads_the_age_bands_and_areas_a_few_times_not_once_per_scenario(client):
    """Each scenario names an age band and its areas from lists kept in the database: Wagtail asked for the whole
    list again for every one it read (about 200 queries a load)."""
    signed_in(client, "editor")
    url = edit_url(Questionnaire.objects.current())
    client.get(url)
    assert len(queries_on(client, url, ["home_ageband", "home_lifearea"])) <= 10


@override_settings(REQUIRE_STAFF_2FA=True)
def test_a_scenario_naming_an_age_band_or_area_the_service_does_not_have_is_still_refused(client):
    signed_in(client, "editor")
    questionnaire = Questionnaire.objects.current()
    latest = questionnaire.latest_revision_id
    for field in ("scenarios-0-value-age_band", "scenarios-4-value-areas-0-value-life_area"):
        response = save_draft(client, questionnaire, **{field: "over-90"})
        assert "Select a valid choice. over-90 is not one of the available choices." in response.content.decode()
        questionnaire.refresh_from_db()
        assert questionnaire.latest_revision_id == latest, f"{field}: saved anyway"


def test_the_panel_runs_each_scenario_once(monkeypatch):
    from portal.tests.support import count_calls
    from selfassess import definitions

    questionnaire = Questionnaire.objects.current()
    calls = count_calls(monkeypatch, definitions.run_scenario)
    report = definitions.safety_report(questionnaire.get_latest_revision_as_object())
    assert report.ok
    assert len(calls) == len(questionnaire.scenarios)


@override_settings(REQUIRE_STAFF_2FA=True)
def test_an_autosave_sends_the_checks_of_the_new_draft_and_leaves_the_impact_for_the_next_open(client, monkeypatch):
    """The impact preview is not among the partials an autosave sends back, so it is not worked out for them."""
    from portal.tests.support import count_calls
    from selfassess import impact

    recent_families()
    signed_in(client, "editor")
    questionnaire = Questionnaire.objects.current()
    previews = count_calls(monkeypatch, impact.impact_preview)
    data = admin_form_data(questionnaire)
    data.update(UNREACHABLE)
    response = client.post(edit_url(questionnaire), data, HTTP_ACCEPT="application/json")

    assert response.status_code == 200 and response.json()["success"]
    checks = html.unescape(response.json()["html"])
    assert 'data-w-teleport-target-value="#selfassess-safety-checks"' in checks
    assert "the specialist threshold is 30 but the highest possible score is 18" in checks
    assert previews == []

    page = client.get(edit_url(questionnaire)).content.decode()
    assert "the specialist threshold is 30" in panel_text(client.get(edit_url(questionnaire)))
    assert "would get a different result" in impact_text(page)
    assert len(previews) == 1  # worked out once, then kept
