import pytest

from home.tests.team_factories import TeamFactory
from referrals.tests.factories import make_area


@pytest.fixture
def teams(db):
    return {
        "north": TeamFactory(name="North Team", slug="north", districts=["SG1", "SG2"], email="north@example.nhs.uk"),
        "south": TeamFactory(name="South Team", slug="south", districts=["AL1"], email="south@example.nhs.uk"),
        "east": TeamFactory(name="East Team", slug="east", districts=["SG14"], accepts_school_referrals=False),
    }


@pytest.fixture
def area(db):
    return make_area("Getting dressed", "getting-dressed")
