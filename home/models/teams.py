"""Local teams, the postcode districts they cover, and the waits they publish.

A postcode district belongs to at most one team: the database refuses a second claim, and the
admin says which team already has it. Waiting times are history: every update is a new row.
"""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable

from home.models.taxonomy import Discipline
from home.postcodes import InvalidPostcode, normalise_district


class ReferrerKind(models.TextChoices):
    PARENT = "parent", "Parents and carers"
    SCHOOL = "school", "Schools and nurseries (with a parent's consent)"
    PROFESSIONAL = "professional", "GPs and health professionals"


class Weekday(models.IntegerChoices):
    MONDAY = 0, "Monday"
    TUESDAY = 1, "Tuesday"
    WEDNESDAY = 2, "Wednesday"
    THURSDAY = 3, "Thursday"
    FRIDAY = 4, "Friday"
    SATURDAY = 5, "Saturday"
    SUNDAY = 6, "Sunday"


class Team(ClusterableModel):
    name = models.CharField(max_length=120, unique=True)
    slug = models.SlugField(max_length=120, unique=True)
    area_description = models.CharField(
        max_length=200, blank=True, help_text="The towns it covers, in words. For example: Stevenage and Hitchin."
    )
    address = models.TextField(help_text="One line per part of the address.")
    phone = models.CharField(max_length=30)
    email = models.EmailField(blank=True)
    opening_hours_note = models.CharField(
        max_length=200, blank=True, help_text="Shown under the opening times. For example: Closed on bank holidays."
    )
    offers_occupational_therapy = models.BooleanField(default=True)
    offers_speech_and_language_therapy = models.BooleanField(default=False)
    accepts_parent_referrals = models.BooleanField("parents and carers can refer", default=True)
    accepts_school_referrals = models.BooleanField("schools and nurseries can refer", default=True)
    accepts_professional_referrals = models.BooleanField("GPs and health professionals can refer", default=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("area_description"),
        InlinePanel("postcode_districts", heading="Postcode districts", label="District"),
        MultiFieldPanel(
            [FieldPanel("address"), FieldPanel("phone"), FieldPanel("email")],
            heading="Contact details",
        ),
        InlinePanel("opening_times", heading="Opening times", label="Opening time"),
        FieldPanel("opening_hours_note"),
        MultiFieldPanel(
            [FieldPanel("offers_occupational_therapy"), FieldPanel("offers_speech_and_language_therapy")],
            heading="What the team provides",
        ),
        MultiFieldPanel(
            [
                FieldPanel("accepts_parent_referrals"),
                FieldPanel("accepts_school_referrals"),
                FieldPanel("accepts_professional_referrals"),
            ],
            heading="Who can refer",
        ),
    ]

    class Meta:
        ordering = ["name"]
        # The service managers' reports (counts by team, month, route and outcome; never a child).
        permissions = [("view_service_reports", "Can view the service reports (counts only)")]

    def __str__(self):
        return self.name

    @property
    def address_lines(self):
        return [line.strip() for line in self.address.splitlines() if line.strip()]

    @property
    def disciplines(self):
        offered = []
        if self.offers_occupational_therapy:
            offered.append(Discipline.OCCUPATIONAL_THERAPY)
        if self.offers_speech_and_language_therapy:
            offered.append(Discipline.SPEECH_AND_LANGUAGE_THERAPY)
        return offered

    @property
    def referrer_kinds(self):
        """Who may refer to this team, in the order families read them."""
        accepted = {
            ReferrerKind.PARENT: self.accepts_parent_referrals,
            ReferrerKind.SCHOOL: self.accepts_school_referrals,
            ReferrerKind.PROFESSIONAL: self.accepts_professional_referrals,
        }
        return [kind for kind, accepts in accepted.items() if accepts]

    def accepts_referrals_from(self, kind):
        return ReferrerKind(kind) in self.referrer_kinds

    @property
    def district_codes(self):
        return [district.district for district in self.postcode_districts.all()]

    def is_open_at(self, moment=None):
        """Whether the team's phone line is open at `moment` (an aware datetime; now if not given)."""
        return is_open_at(self.opening_times.all(), moment)

    def opening_hours_lines(self):
        return opening_hours_lines(self.opening_times.all())


def is_open_at(openings, moment=None):
    """Whether any of `openings` (OpeningTime rows) covers `moment` in local time; now if not given."""
    local = timezone.localtime(moment)
    weekday, time_of_day = local.weekday(), local.time()
    return any(opening.weekday == weekday and opening.opens <= time_of_day < opening.closes for opening in openings)


def opening_hours_lines(openings):
    """Opening times in words, with runs of days that share hours joined: "Monday to Friday: 9am to 5pm"."""
    by_day = {}
    for opening in sorted(openings, key=lambda o: (o.weekday, o.opens)):
        by_day.setdefault(opening.weekday, []).append(f"{_clock(opening.opens)} to {_clock(opening.closes)}")
    lines, run = [], []
    for weekday in sorted(by_day):
        if run and run[-1] == weekday - 1 and by_day[run[-1]] == by_day[weekday]:
            run.append(weekday)
            continue
        if run:
            lines.append(_run_line(run, by_day[run[0]]))
        run = [weekday]
    if run:
        lines.append(_run_line(run, by_day[run[0]]))
    return lines


def _clock(value):
    """9am, 5:30pm, 12pm: how NHS.UK writes times."""
    hour = value.hour % 12 or 12
    suffix = "am" if value.hour < 12 else "pm"
    return f"{hour}{suffix}" if value.minute == 0 else f"{hour}:{value.minute:02d}{suffix}"


def _run_line(days, hours):
    first, last = Weekday(days[0]).label, Weekday(days[-1]).label
    span = first if len(days) == 1 else (f"{first} and {last}" if len(days) == 2 else f"{first} to {last}")
    return f"{span}: {' and '.join(hours)}"


class PostcodeDistrictField(models.CharField):
    """Stored upper case without spaces, so "sg1 " and "SG1" are the same district to the unique constraint."""

    def formfield(self, **kwargs):
        # Room for "SG1 2AB" typed by mistake, so staff get the message below rather than a character count.
        return super().formfield(**{**kwargs, "max_length": 10})

    def to_python(self, value):
        value = super().to_python(value)
        if not value:
            return value
        try:
            return normalise_district(value)
        except InvalidPostcode:
            raise ValidationError(
                "Enter a postcode district, like SG1 or AL10: the first part of a postcode", code="invalid"
            ) from None


class TeamPostcodeDistrict(Orderable):
    team = ParentalKey(Team, on_delete=models.CASCADE, related_name="postcode_districts")
    district = PostcodeDistrictField(max_length=4, help_text="The first part of a postcode, like SG1.")

    panels = [FieldPanel("district")]

    class Meta(Orderable.Meta):
        constraints = [models.UniqueConstraint(fields=["district"], name="postcode_district_in_one_team_only")]
        verbose_name = "postcode district"

    def __str__(self):
        return self.district

    def unique_error_message(self, model_class, unique_check):
        if tuple(unique_check) != ("district",):
            return super().unique_error_message(model_class, unique_check)
        holder = (
            TeamPostcodeDistrict.objects.filter(district=self.district)
            .exclude(pk=self.pk)
            .select_related("team")
            .first()
        )
        team_name = holder.team.name if holder else "another team"
        return ValidationError(
            f"{self.district} is already covered by {team_name}. A postcode district can belong to one team only",
            code="unique",
        )


class OpeningTime(Orderable):
    """One day's opening hours. A day with two sessions has two rows; a day with none is closed."""

    weekday = models.PositiveSmallIntegerField(choices=Weekday.choices)
    opens = models.TimeField(default=datetime.time(9))
    closes = models.TimeField(default=datetime.time(17))

    panels = [FieldPanel("weekday"), FieldPanel("opens"), FieldPanel("closes")]

    class Meta(Orderable.Meta):
        abstract = True

    def __str__(self):
        return f"{self.get_weekday_display()} {_clock(self.opens)} to {_clock(self.closes)}"

    def clean(self):
        if self.opens and self.closes and self.closes <= self.opens:
            raise ValidationError({"closes": "Closing time must be after opening time"})


class TeamOpeningTime(OpeningTime):
    team = ParentalKey(Team, on_delete=models.CASCADE, related_name="opening_times")

    class Meta(OpeningTime.Meta):
        constraints = [
            models.CheckConstraint(condition=models.Q(closes__gt=models.F("opens")), name="team_opening_closes_after"),
        ]


class Pathway(models.TextChoices):
    URGENT = "urgent", "Urgent referrals"
    ROUTINE_ASSESSMENT = "routine", "Routine assessment"
    TARGETED_GROUP = "group", "Targeted groups and workshops"


class WaitingTimeSource(models.TextChoices):
    STAFF = "staff", "Entered by staff"
    COMPUTED = "computed", "Computed from referrals"


class WaitingTime(models.Model):
    """One published figure for a team and pathway. Never changed once saved: a new figure is a new row."""

    team = models.ForeignKey(Team, on_delete=models.CASCADE, related_name="waiting_times")
    pathway = models.CharField(max_length=10, choices=Pathway.choices)
    weeks = models.PositiveSmallIntegerField(help_text="The typical wait, in whole weeks.")
    share_within_18_weeks = models.PositiveSmallIntegerField(
        "children waiting under 18 weeks (%)",
        null=True,
        blank=True,
        help_text="Leave blank if you do not know.",
    )
    as_of = models.DateField("figure as of", help_text="The day the figure was true.")
    source = models.CharField(max_length=10, choices=WaitingTimeSource.choices, default=WaitingTimeSource.STAFF)
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["team__name", "pathway", "-as_of", "-created_at"]
        indexes = [models.Index(fields=["team", "pathway", "-as_of"], name="waiting_time_latest")]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(share_within_18_weeks__isnull=True) | models.Q(share_within_18_weeks__lte=100),
                name="waiting_time_share_is_a_percentage",
            ),
        ]

    def __str__(self):
        return f"{self.team}: {self.get_pathway_display()}, {self.weeks} weeks as of {self.as_of:%-d %B %Y}"

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise ValueError("Waiting times are history: save a new WaitingTime instead of changing one.")
        super().save(*args, **kwargs)

    def clean(self):
        if self.as_of and self.as_of > timezone.localdate():
            raise ValidationError({"as_of": "The date must be today or in the past"})
