"""Builders for stories in tests."""

import datetime

from home.models import StoryIndexPage, StoryPage
from home.tests.factories import add_page

CONSENT = {
    "consent_given_by": "Parent of the child",
    "consent_date": datetime.date(2026, 1, 1),
    "consent_expires": datetime.date(2099, 1, 1),
}


def make_story_index(home):
    return add_page(home, StoryIndexPage, "Stories from families", slug="stories", intro="What helped.")


def make_story(index, title="A story", areas=(), **fields):
    values = {
        "quote": "It helped us.",
        "body": [{"type": "rich_text", "value": "<p>We tried it and it helped.</p>"}],
        **CONSENT,
        **fields,
    }
    story = StoryPage(title=title, **values)
    story.life_areas.set(list(areas))
    index.add_child(instance=story)
    story.save_revision().publish()
    return story
