"""Sessions people book a place on (training for school staff, workshops for families), and the bookings and
waiting list for each. Both kinds share one booking engine (resources/booking.py); only who books, what
they are asked and where they book differ."""

import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, Q
from django.utils import dateformat, timezone, translation
from django.utils.translation import gettext
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.search import index


def clock_time(moment):
    """GOV.UK style times in English: "9am", "3:30pm", "midday"; the 24-hour clock in Polish and Urdu ("15:30")."""
    local = timezone.localtime(moment)
    if not (translation.get_language() or "en").startswith("en"):
        return f"{local:%H:%M}"
    if local.hour == 12 and local.minute == 0:
        return "midday"
    hour = local.hour % 12 or 12
    minutes = f":{local.minute:02d}" if local.minute else ""
    return f"{hour}{minutes}{'am' if local.hour < 12 else 'pm'}"


def long_date(moment):
    """ "Wednesday 9 December 2026"; "E" is the month as it reads after a day ("9 grudnia" in Polish)."""
    return dateformat.format(timezone.localtime(moment), "l j E Y")


def booking_language_choices():
    return [
        (code, "English" if code == settings.LANGUAGE_CODE else translation.get_language_info(code)["name"])
        for code, _ in settings.LANGUAGES
    ]


def new_cancel_token():
    return secrets.token_urlsafe(32)


class BookingStatus(models.TextChoices):
    BOOKED = "booked", "Booked"
    WAITING = "waiting", "Waiting list"


class SessionKind(models.TextChoices):
    SCHOOL_STAFF = "school-staff", "Training for school staff"
    FAMILIES = "families", "Workshop for families"


class TrainingEventQuerySet(models.QuerySet):
    def for_school_staff(self):
        return self.filter(kind=SessionKind.SCHOOL_STAFF)

    def for_families(self):
        return self.filter(kind=SessionKind.FAMILIES)

    def upcoming(self, now):
        return self.filter(starts_at__gt=now).order_by("starts_at", "pk")

    def with_counts(self):
        return self.annotate(
            booked_count=Count("bookings", filter=Q(bookings__status=BookingStatus.BOOKED)),
            waiting_count=Count("bookings", filter=Q(bookings__status=BookingStatus.WAITING)),
        )


class TrainingEvent(index.Indexed, models.Model):
    kind = models.CharField(
        max_length=20,
        choices=SessionKind.choices,
        default=SessionKind.SCHOOL_STAFF,
        verbose_name="type of session",
        help_text="School staff book training on the schools pages; families book workshops on the workshops page.",
    )
    title = models.CharField(max_length=200)
    description = models.TextField(help_text="What people will learn, in two or three sentences.")
    audience = models.CharField(max_length=200, help_text="Who it is for, like “Teachers and teaching assistants”.")
    starts_at = models.DateTimeField()
    ends_at = models.DateTimeField()
    is_online = models.BooleanField(default=False, verbose_name="online")
    venue = models.CharField(
        max_length=255, blank=True, help_text="The address, or for online sessions how the joining link is sent."
    )
    capacity = models.PositiveSmallIntegerField(help_text="Places available. Extra people join the waiting list.")
    booking_deadline = models.DateTimeField(help_text="No bookings after this. Must be before the start.")

    objects = TrainingEventQuerySet.as_manager()

    panels = [
        FieldPanel("kind"),
        FieldPanel("title"),
        FieldPanel("description"),
        FieldPanel("audience"),
        FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
        MultiFieldPanel([FieldPanel("is_online"), FieldPanel("venue")], heading="Where"),
        FieldRowPanel([FieldPanel("capacity"), FieldPanel("booking_deadline")]),
    ]
    search_fields = [index.SearchField("title"), index.AutocompleteField("title"), index.FilterField("starts_at")]

    class Meta:
        ordering = ["starts_at", "pk"]
        verbose_name = "training session"
        constraints = [
            models.CheckConstraint(condition=Q(ends_at__gt=models.F("starts_at")), name="training_ends_after_start"),
            models.CheckConstraint(
                condition=Q(booking_deadline__lte=models.F("starts_at")), name="training_deadline_before_start"
            ),
        ]

    def __str__(self):
        return f"{self.title} ({timezone.localtime(self.starts_at):%d %b %Y})"

    def clean(self):
        errors = {}
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            errors["ends_at"] = "The end must be after the start."
        if self.starts_at and self.booking_deadline and self.booking_deadline > self.starts_at:
            errors["booking_deadline"] = "The booking deadline must be before the session starts."
        if not self.is_online and not self.venue.strip():
            errors["venue"] = "Enter the venue, or tick “online”."
        if errors:
            raise ValidationError(errors)

    @property
    def for_families(self):
        return self.kind == SessionKind.FAMILIES

    @property
    def when(self):
        """ "Tuesday 9 December 2025, 3:30pm to 5pm"."""
        return gettext("%(date)s, %(start)s to %(end)s") % {
            "date": long_date(self.starts_at),
            "start": clock_time(self.starts_at),
            "end": clock_time(self.ends_at),
        }

    @property
    def deadline_text(self):
        return gettext("%(time)s on %(date)s") % {
            "time": clock_time(self.booking_deadline),
            "date": long_date(self.booking_deadline),
        }

    @property
    def where(self):
        if self.is_online:
            return gettext("Online. %(venue)s") % {"venue": self.venue} if self.venue else gettext("Online")
        return self.venue

    def has_started(self, now):
        return now >= self.starts_at

    def is_bookable(self, now):
        return now < self.booking_deadline and now < self.starts_at

    def booked_places(self):
        return self.bookings.filter(status=BookingStatus.BOOKED).count()

    @property
    def places_left(self):
        booked = getattr(self, "booked_count", None)
        if booked is None:
            booked = self.booked_places()
        return max(0, self.capacity - booked)

    def waiting_list_size(self):
        return self.bookings.filter(status=BookingStatus.WAITING).count()


class TrainingBooking(models.Model):
    """A place, or a place on the waiting list. Deleted when cancelled and after the retention time."""

    event = models.ForeignKey(TrainingEvent, on_delete=models.CASCADE, related_name="bookings")
    name = models.CharField(max_length=100)
    # Asked of school staff only: a parent booking a workshop gives a name and an email address.
    role = models.CharField(max_length=100, blank=True)
    school = models.CharField(max_length=150, blank=True, verbose_name="school or setting")
    # Stored lower-case so one person cannot book twice by changing the case of their address.
    email = models.EmailField(max_length=254)
    status = models.CharField(max_length=10, choices=BookingStatus.choices, default=BookingStatus.BOOKED)
    token = models.CharField(max_length=64, unique=True, default=new_cancel_token, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    promoted_at = models.DateTimeField(null=True, blank=True, editable=False)
    # Set as the reminder is sent (resources/reminders.py), so each person is reminded once.
    reminded_at = models.DateTimeField(null=True, blank=True, editable=False)
    # The language the family booked in (the workshops page's): their emails, the reminder and "you have a
    # place" are written in it. School staff book in English.
    language = models.CharField(
        "language used", max_length=10, choices=booking_language_choices, default=settings.LANGUAGE_CODE
    )

    class Meta:
        ordering = ["event", "status", "created_at", "pk"]
        verbose_name = "training booking"
        constraints = [models.UniqueConstraint(fields=["event", "email"], name="one_booking_per_email_per_event")]

    def __str__(self):
        return f"{self.name} – {self.event.title}"

    def save(self, *args, **kwargs):
        self.email = self.email.strip().lower()
        super().save(*args, **kwargs)

    def waiting_position(self):
        if self.status != BookingStatus.WAITING:
            return None
        earlier = self.event.bookings.filter(status=BookingStatus.WAITING).filter(
            Q(created_at__lt=self.created_at) | Q(created_at=self.created_at, pk__lt=self.pk)
        )
        return earlier.count() + 1
