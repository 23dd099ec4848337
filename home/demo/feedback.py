"""Demo answers to "Is this page useful?" over the 12 months before the 1st of this month, so the page feedback
reports have something in them: most pages mostly useful, the waiting-times page less so (families want a
shorter wait, not a better page). Deterministic and idempotent: each answer is found again by its page and time.
"""

import datetime

from django.conf import settings
from django.utils import timezone
from wagtail.models import Page

from home.models import AdviceTopicPage, PageFeedback

DAYS = 365
ANSWERS_PER_PAGE = 24
# Which answers of each 10, in turn, say "no": the waiting-times page gets more.
NO_EVERY_TEN = {"waiting-times": {0, 3, 5, 8}}
NO_EVERY_TEN_OTHERWISE = {4}
COMMENTS = [
    (False, "It would help to know how long the wait is for my area."),
    (True, "The pictures of each step helped my son get dressed on his own."),
    (False, "I could not find the activities for older children."),
    (True, "Clear and easy to follow, thank you."),
]
# Pages this app's demo makes (other apps' pages, such as the schools hub, are made after it).
FEEDBACK_PAGE_SLUGS = ["waiting-times", "advice", "how-to-get-help", "about-occupational-therapy", "contact-us"]
ADVICE_TOPICS_ANSWERED = 4


def answer_time(anchor, page_number, index):
    """Spread over the year, a different hour for each page, so every answer has its own time."""
    days_ago = 1 + (index * DAYS // ANSWERS_PER_PAGE + page_number * 5) % DAYS
    moment = datetime.datetime.combine(anchor - datetime.timedelta(days=days_ago), datetime.time(8 + page_number, 15))
    return timezone.make_aware(moment).astimezone(datetime.UTC)


def demo_pages():
    """The live pages answered about, each with a number of its own: the named ones, then the first advice topics."""
    # English pages: their Polish and Urdu translations have the same slugs (home/demo/translated_pages).
    english = Page.objects.live().filter(locale__language_code=settings.LANGUAGE_CODE)
    named = {page.slug: page for page in english.filter(slug__in=FEEDBACK_PAGE_SLUGS, depth=3)}
    topics = (
        AdviceTopicPage.objects.live()
        .filter(locale__language_code=settings.LANGUAGE_CODE)
        .order_by("path")[:ADVICE_TOPICS_ANSWERED]
    )
    numbered = [(number, named[slug]) for number, slug in enumerate(FEEDBACK_PAGE_SLUGS) if slug in named]
    return numbered + [(len(FEEDBACK_PAGE_SLUGS) + number, topic) for number, topic in enumerate(topics)]


def ensure_page_feedback(log):
    anchor = timezone.localdate().replace(day=1)
    wanted = {}
    for page_number, page in demo_pages():
        says_no = NO_EVERY_TEN.get(page.slug, NO_EVERY_TEN_OTHERWISE)
        for index in range(ANSWERS_PER_PAGE):
            # Shifted by page, so the answers of no fall in different months for different pages.
            useful = (index + 3 * page_number) % 10 not in says_no
            comment = ""
            if index % 6 == 0:
                comment = next((text for kind, text in COMMENTS[index // 6 :] if kind == useful), "")
            wanted[(page.pk, answer_time(anchor, page_number, index))] = (useful, comment)
    if not wanted:
        return
    have = {
        (item.page_id, item.created_at): item
        for item in PageFeedback.objects.filter(
            page_id__in={page_id for page_id, _ in wanted}, created_at__in={at for _, at in wanted}
        )
    }
    changed = [item for key, item in have.items() if (item.useful, item.comment) != wanted[key]]
    for item in changed:
        item.useful, item.comment = wanted[(item.page_id, item.created_at)]
    PageFeedback.objects.bulk_update(changed, ["useful", "comment"])
    log.updated.extend(f"page feedback: {item}" for item in changed)
    missing = [(key, value) for key, value in wanted.items() if key not in have]
    if not missing:
        return
    # created_at is set to now on saving, so the new answers are dated after they are made.
    made = PageFeedback.objects.bulk_create(
        PageFeedback(page_id=page_id, useful=useful, comment=comment) for (page_id, _), (useful, comment) in missing
    )
    for item, ((_, at), _) in zip(made, missing, strict=True):
        item.created_at = at
    PageFeedback.objects.bulk_update(made, ["created_at"])
    log.created.extend(f"page feedback: {item}" for item in made)
