"""Builders for referrals, and a helper that walks the journey with Django's test client."""

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


def parent_answers(area_pk, **overrides):
    """The posts a parent makes, step by step: {step slug: data}."""
    answers = {
        "who": {"referrer_kind": "parent"},
        "child": {
            "first_name": "Pip",
            "last_name": "Example",
            "date_of_birth_0": "15",
            "date_of_birth_1": "3",
            "date_of_birth_2": "2018",
            "nhs_number": VALID_NHS_NUMBER,
        },
        "postcode": {"postcode": "sg1 2ab"},
        "school": {"school": "Example Primary"},
        "needs": {"life_areas": [str(area_pk)], "help_wanted": "Getting dressed takes an hour.", "tried_already": ""},
        # Asked of schools only (their files); for anyone else posting it just moves on.
        "evidence": {},
        "services": {"other_services": ""},
        "communication": {"needs_interpreter": "no", "language": "", "accessible_formats": ""},
        "consent": {"parent_consent": "on", "sharing_consent": "on"},
        "contact": {"name": "Sam Example", "email": "sam@example.org", "phone": "", "update_preference": "email"},
    }
    for slug, data in overrides.items():
        answers[slug] = {**answers[slug], **data}
    return answers


def school_answers(area_pk, **overrides):
    """A SENCo's posts: the parent's agreement and contact on the consent step, their own on contact."""
    answers = parent_answers(
        area_pk,
        who={"referrer_kind": "school"},
        consent={"parent_name": "Robin Example", "parent_phone": "", "parent_email": "robin@example.org"},
        contact={"name": "Sandy Senco", "role": "SENCo", "organisation": "", "email": "senco@example.sch.uk"},
    )
    for slug, data in overrides.items():
        answers[slug] = {**answers[slug], **data}
    return answers


def walk_to_check(client, answers, assessment=None):
    if assessment:
        client.get(f"/refer/?assessment={assessment}")  # the self-assessment's link: the code goes in the session
    client.post("/refer/start/")
    response = None
    for slug, data in answers.items():
        response = client.post(f"/refer/{slug}/", data)
        assert response.status_code == 302, (slug, response.content.decode()[:3000])
    return response
