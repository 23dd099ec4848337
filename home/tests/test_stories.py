import datetime

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.exceptions import ValidationError
from django.core.management import call_command
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed

from home.models import StoryPage
from home.tests.factories import LifeAreaFactory, make_home_page
from home.tests.story_factories import CONSENT, make_story, make_story_index

pytestmark = pytest.mark.django_db


@pytest.fixture
def index():
    return make_story_index(make_home_page())


def test_listing_shows_stories_and_filters_by_area_of_daily_life(client, index):
    dressing = LifeAreaFactory(name="Getting dressed", slug="getting-dressed")
    play = LifeAreaFactory(name="Play", slug="play")
    make_story(index, "Buttons at last", areas=[dressing], quote="He does his own buttons now.")
    make_story(index, "Playing with others", areas=[play])

    html = client.get("/stories/").content.decode()
    assert "Buttons at last" in html and "Playing with others" in html
    assert "He does his own buttons now." in html

    html = client.get("/stories/", {"area": "getting-dressed"}).content.decode()
    assert "Buttons at last" in html
    assert "Playing with others" not in html


def test_unknown_filter_value_shows_an_error_not_a_crash(client, index):
    response = client.get("/stories/", {"area": "<script>"})
    assert response.status_code == 200
    assert "There is a problem" in response.content.decode()


def test_story_page_shows_quote_and_review_dates(client, index, monkeypatch):
    monkeypatch.setattr("home.models.pages.timezone.localdate", lambda: datetime.date(2026, 6, 1))
    story = make_story(index, "Buttons at last", last_reviewed=datetime.date(2026, 2, 1))
    html = client.get(story.url).content.decode()
    assert "It helped us." in html
    assert "Page last reviewed: 1 February 2026" in html
    assert "Next review due: 1 February 2027" in html


def test_video_without_transcript_cannot_be_published():
    story = StoryPage(
        title="Video story", slug="video", quote="Q", video_url="https://www.youtube.com/watch?v=abc123", **CONSENT
    )
    with pytest.raises(ValidationError) as error:
        story.full_clean()
    assert "transcript" in error.value.message_dict


def test_video_with_transcript_is_accepted():
    story = StoryPage(
        title="Video story",
        slug="video",
        quote="Q",
        video_url="https://www.youtube.com/watch?v=abc123",
        transcript="Mum: we practised every day.",
        **CONSENT,
    )
    story.clean()  # full_clean would also ask for the tree position, which only add_child sets


@pytest.mark.parametrize("url", ["https://example.com/video.mp4", "https://www.youtube.com/not-a-video"])
def test_video_address_no_provider_knows_is_refused_with_a_message(url):
    story = StoryPage(title="V", slug="v", quote="Q", video_url=url, transcript="Words", **CONSENT)
    with pytest.raises(ValidationError) as error:
        story.full_clean()
    assert error.value.message_dict["video_url"]


def test_consent_cannot_end_before_it_starts():
    values = {**CONSENT, "consent_expires": CONSENT["consent_date"] - datetime.timedelta(days=1)}
    with pytest.raises(ValidationError) as error:
        StoryPage(title="S", slug="s", quote="Q", **values).full_clean()
    assert "consent_expires" in error.value.message_dict


def test_expired_consent_story_is_unpublished_and_its_owner_emailed(client, index):
    owner = get_user_model().objects.create_user("owner", email="owner@example.nhs.uk", password="x" * 12)
    current = make_story(index, "Still agreed")
    expired = make_story(index, "Consent ran out")
    # Consent lapses after publishing; the model refuses an end date before the start date.
    StoryPage.objects.filter(pk=expired.pk).update(
        consent_date=datetime.date(2020, 1, 1), consent_expires=datetime.date(2021, 1, 1), owner=owner
    )
    # Even before the command runs, families no longer see it.
    assert client.get(expired.url).status_code == 404
    assert "Consent ran out" not in client.get("/stories/").content.decode()

    call_command("unpublish_expired_stories", stdout=open("/dev/null", "w"))  # noqa: SIM115

    expired.refresh_from_db()
    current.refresh_from_db()
    assert not expired.live
    assert current.live
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["owner@example.nhs.uk"]
    assert "Consent ran out" in mail.outbox[0].subject
    assert "1 January 2021" in mail.outbox[0].body


def test_story_video_is_embedded_without_inline_styles_the_csp_would_block(client, index):
    url = "https://www.youtube.com/watch?v=abc123"
    # A stored embed, as Wagtail keeps after the first fetch: no request leaves the test.
    Embed.objects.create(
        hash=get_embed_hash(url),
        url=url,
        type="video",
        html='<iframe width="200" height="113" src="https://www.youtube-nocookie.com/embed/abc123" title="Buttons"></iframe>',
        width=200,
        height=113,
    )
    story = make_story(index, "Buttons on video", video_url=url, transcript="Mum: Let's try the big buttons first.")

    response = client.get(story.url)

    html = response.content.decode()
    assert 'src="https://www.youtube-nocookie.com/embed/abc123"' in html
    assert 'class="portal-video"' in html
    assert " style=" not in html
    assert "Read the video transcript" in html
