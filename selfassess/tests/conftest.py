import pytest

from selfassess.definitions import version_for_revision
from selfassess.tests.factories import load_questionnaire_only


@pytest.fixture(autouse=True)
def fresh_versions():
    # Revision ids repeat between tests as each test's database is rolled back.
    version_for_revision.cache_clear()
    yield
    version_for_revision.cache_clear()


@pytest.fixture
def questionnaire(db):
    return load_questionnaire_only()
