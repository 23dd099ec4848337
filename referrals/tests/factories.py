"""Builders for referrals and the staff who triage them. The journey walker is in journeys.py beside it."""

import datetime
import uuid

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission

from home.models import LifeArea, ReferrerKind
from home.tests.team_factories import TeamFactory
from referrals.models import Referral, TeamMembership
from referrals.references import new_reference

VALID_NHS_NUMBER = "943 476 5919"


class ReferralFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Referral

    reference = factory.LazyFunction(new_reference)
    idempotency_key = factory.LazyFunction(uuid.uuid4)
    team = factory.SubFactory(TeamFactory)
    referrer_kind = ReferrerKind.PARENT
    referrer_name = "Test Parent"
    contact_email = "parent@example.org"
    child_first_name = "Pip"
    child_last_name = "Example"
    child_date_of_birth = datetime.date(2018, 3, 15)
    postcode = "SG1 1AA"
    help_wanted = "Dressing and handwriting."
    parent_consent = True
    sharing_consent = True


def make_area(name, slug, order=0):
    return LifeArea.objects.create(name=name, slug=slug, sort_order=order)


def triage_user(username, *teams, export=True):
    user = get_user_model().objects.create_user(username=username, password="x" * 12, is_staff=True)
    group, _ = Group.objects.get_or_create(name="Triage")
    codenames = ["view_referral", "change_referral"] + (["export_referral"] if export else [])
    group.permissions.add(*Permission.objects.filter(content_type__app_label="referrals", codename__in=codenames))
    group.permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    user.groups.add(group)
    for team in teams:
        TeamMembership.objects.create(user=user, team=team)
    return user
