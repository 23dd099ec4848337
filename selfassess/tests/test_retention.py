"""Completed self-assessments are deleted SELFASSESS_RETENTION_DAYS after they were made."""

import datetime

import pytest
from django.test import override_settings
from django.utils import timezone

from selfassess import retention
from selfassess.models import Assessment
from selfassess.tests.journeys import MILD, complete

pytestmark = pytest.mark.django_db


def assessment_made(client, days_ago):
    complete(client, ["getting-dressed"], MILD)
    assessment = Assessment.objects.order_by("-pk").first()
    assessment.created_at = timezone.now() - datetime.timedelta(days=days_ago)
    assessment.save()
    return assessment


def test_retention_is_a_setting_read_once():
    from django.conf import settings

    assert settings.SELFASSESS_RETENTION_DAYS == 365


@override_settings(SELFASSESS_RETENTION_DAYS=100)
def test_old_assessments_are_deleted_and_recent_ones_kept(client, questionnaire):
    old = assessment_made(client, 101)
    recent = assessment_made(client, 99)
    recent.previous = old
    recent.save()

    assert retention.purge_due(dry_run=True).codes == {old.code}
    assert Assessment.objects.count() == 2

    purged = retention.purge_due()
    assert purged.count == 1 and purged.codes == {old.code} and purged.ids == {old.pk}
    assert list(Assessment.objects.all()) == [recent]
    recent.refresh_from_db()
    assert recent.previous is None  # the comparison goes, the newer result stays
    assert retention.purge_due().count == 0


@override_settings(SELFASSESS_RETENTION_DAYS=100)
def test_a_purged_code_finds_nothing(client, questionnaire):
    old = assessment_made(client, 101)
    retention.purge_due()
    response = client.post("/self-assessment/progress/", {"code": old.code})
    assert "We could not find results with that code" in response.content.decode()
    # The result page of a purged assessment asks the family to start again, it does not fail.
    assert "You need to start again" in client.get("/self-assessment/result/").content.decode()
