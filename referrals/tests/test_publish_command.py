"""`publish_waiting_times`, the scheduled way to publish computed waits: it keeps history, refuses bad dates,
and, like the staff screen, never shows or publishes a figure about fewer than 5 children."""

import datetime
import io

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from home.models import Pathway, WaitingTime, WaitingTimeSource
from home.waiting_times import current_wait
from referrals.models import ReferralStatus
from referrals.tests.factories import ReferralFactory

pytestmark = pytest.mark.django_db

ROUTINE = Pathway.ROUTINE_ASSESSMENT


def run(*args):
    out = io.StringIO()
    call_command("publish_waiting_times", *args, stdout=out)
    return out.getvalue()


def received(weeks_ago, census=None):
    census = census or timezone.localdate()
    moment = timezone.now() - datetime.timedelta(weeks=weeks_ago, days=(timezone.localdate() - census).days)
    return moment.replace(hour=12)


def seen(team, weeks_waited, census=None, seen_weeks_ago=1):
    census = census or timezone.localdate()
    return ReferralFactory(
        team=team,
        status=ReferralStatus.APPOINTMENT_BOOKED,
        received_at=received(weeks_waited + seen_weeks_ago, census),
        first_appointment_date=census - datetime.timedelta(weeks=seen_weeks_ago),
    )


def waiting(team, weeks_ago):
    return ReferralFactory(team=team, status=ReferralStatus.ACCEPTED_SPECIALIST, received_at=received(weeks_ago))


def test_fewer_than_five_children_are_too_few_to_show_or_publish(teams):
    north = teams["north"]
    for weeks_waited in (6, 8, 10, 12):
        seen(north, weeks_waited)
    waiting(north, 3)

    output = run()
    assert "North Team, Routine assessment: median too few to show (fewer than 5 seen)" in output
    assert "fewer than 5 waiting, share too few to show" in output
    assert "9 weeks" not in output and "4 seen" not in output and "1 waiting" not in output
    assert not WaitingTime.objects.filter(source=WaitingTimeSource.COMPUTED).exists()
    assert "Published 0 figures" in output


def test_five_seen_publish_a_median_but_a_share_of_fewer_than_five_waiting_stays_hidden(teams):
    north = teams["north"]
    for weeks_waited in (6, 8, 10, 12, 14):
        seen(north, weeks_waited)
    waiting(north, 3)

    output = run()
    assert "North Team, Routine assessment: median 10 weeks (5 seen), fewer than 5 waiting" in output
    figure = WaitingTime.objects.get(source=WaitingTimeSource.COMPUTED)
    assert (figure.weeks, figure.share_within_18_weeks) == (10, None)


def test_publish_waiting_times_adds_computed_figures_and_keeps_history(teams):
    north = teams["north"]
    today = timezone.localdate()
    staff_figure = WaitingTime.objects.create(
        team=north, pathway=ROUTINE, weeks=30, as_of=today - datetime.timedelta(days=1)
    )
    for weeks_waited in (6, 7, 8, 9, 10):
        seen(north, weeks_waited)
    for weeks_ago in (1, 2, 3, 4, 5):
        waiting(north, weeks_ago)

    assert "Dry run" in run("--dry-run")
    assert not WaitingTime.objects.filter(source=WaitingTimeSource.COMPUTED).exists()

    output = run()
    assert "North Team, Routine assessment: median 8 weeks (5 seen), 5 waiting, 100% under 18 weeks" in output
    wait = current_wait(north, ROUTINE)
    assert (wait.weeks, wait.share_within_18_weeks, wait.as_of, wait.source) == (
        8,
        100,
        today,
        WaitingTimeSource.COMPUTED,
    )
    assert WaitingTime.objects.filter(pk=staff_figure.pk, weeks=30).exists()

    # Running again with nothing new adds nothing; a change adds a new row and keeps the old one.
    assert "Published 0 figures" in run()
    for _ in range(5):
        waiting(north, 30)
    assert "Published 1 figures" in run()
    computed = WaitingTime.objects.filter(team=north, source=WaitingTimeSource.COMPUTED).order_by("pk")
    assert [(w.weeks, w.share_within_18_weeks) for w in computed] == [(8, 100), (8, 50)]
    assert current_wait(north, ROUTINE).share_within_18_weeks == 50


def test_publish_waiting_times_refuses_future_or_bad_dates(teams):
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    with pytest.raises(CommandError):
        run(f"--as-of={tomorrow:%Y-%m-%d}")
    with pytest.raises(CommandError):
        run("--as-of=31/02/2025")


def test_publish_for_a_past_census_date(teams):
    north = teams["north"]
    census = timezone.localdate() - datetime.timedelta(weeks=10)
    for _ in range(5):
        seen(north, 5, census=census, seen_weeks_ago=0)
    run(f"--as-of={census:%Y-%m-%d}")
    figure = WaitingTime.objects.get(source=WaitingTimeSource.COMPUTED)
    assert (figure.as_of, figure.weeks, figure.share_within_18_weeks) == (census, 5, None)
