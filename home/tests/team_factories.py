"""Builders for teams, their districts and waiting times."""

import datetime

import factory

from home.models import Pathway, Team, TeamOpeningTime, TeamPostcodeDistrict, WaitingTime


class TeamFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Team
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Team {n}")
    slug = factory.Sequence(lambda n: f"team-{n}")
    address = "Clinic\n1 High Street\nStevenage\nSG1 1AA"
    phone = "01632 960 000"
    email = "team@example.nhs.uk"

    @factory.post_generation
    def districts(self, create, extracted, **kwargs):
        for district in extracted or []:
            TeamPostcodeDistrict.objects.create(team=self, district=district)

    @factory.post_generation
    def weekday_hours(self, create, extracted, **kwargs):
        """weekday_hours=(opens, closes): the same hours Monday to Friday."""
        if extracted:
            opens, closes = extracted
            for day in range(5):
                TeamOpeningTime.objects.create(team=self, weekday=day, opens=opens, closes=closes)


def add_wait(team, weeks, as_of, pathway=Pathway.ROUTINE_ASSESSMENT, **fields):
    return WaitingTime.objects.create(team=team, pathway=pathway, weeks=weeks, as_of=as_of, **fields)


NINE_TO_FIVE = (datetime.time(9), datetime.time(17))
