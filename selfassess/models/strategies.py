"""The strategies record: what a family tried from the advice, how often and for how long.

An online version of the paper "strategies record" some services ask families to keep for 12 weeks
before referring. A note belongs to a progress record (the return code every check of that child
shares), not to one check, so it outlives a check deleted by retention; it is deleted on the same
rule as the checks (selfassess/retention.py). No names: the advice's title, the area, and answers.
"""

from django.db import models
from django.utils import timezone

from selfassess.models.assessment import CODE_LENGTH


class StrategyNote(models.Model):
    class HowOften(models.TextChoices):
        EVERY_DAY = "every-day", "Every day"
        MOST_DAYS = "most-days", "Most days"
        ONCE_OR_TWICE_A_WEEK = "weekly", "Once or twice a week"
        LESS_OFTEN = "less-often", "Less than once a week"

    class Helped(models.TextChoices):
        YES = "yes", "Yes, it has helped"
        A_LITTLE = "a-little", "It has helped a little"
        NOT_YET = "not-yet", "No, not yet"

    code = models.CharField(max_length=CODE_LENGTH, db_index=True, editable=False)
    area = models.SlugField(max_length=100, help_text="The slug of the area of daily life it was for.")
    advice = models.ForeignKey(
        "home.AdviceTopicPage", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # The advice's title when the note was written, or what the family tried in their own words:
    # the note still reads after the advice page is renamed or deleted.
    what = models.CharField(max_length=200)
    how_often = models.CharField(max_length=20, choices=HowOften.choices)
    weeks = models.PositiveSmallIntegerField()
    helped = models.CharField(max_length=20, choices=Helped.choices)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"Strategy note {self.pk}"

    @property
    def weeks_in_words(self):
        return "1 week" if self.weeks == 1 else f"{self.weeks} weeks"
