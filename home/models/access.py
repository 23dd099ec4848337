"""How families reach the service: the access routes page with its team finder, and the waiting-times page."""

from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField

from home.models.pages import ContentPage
from home.models.teams import OpeningTime, is_open_at, opening_hours_lines

FINDER_TEMPLATES = {
    "found": "pages/team_finder_result.html",
    "not_in_area": "pages/team_finder_not_in_area.html",
}


class AccessRoutesPage(ContentPage):
    """Ways to get help, in plain words, and "find your local team" by postcode.

    The finder is a GET form on this page, so a result has its own address (?postcode=SG1+2AB)
    that can be bookmarked or shared, and works without JavaScript.
    """

    finder_heading = models.CharField(max_length=120, default="Find your local team")
    finder_intro = models.CharField(
        max_length=255,
        blank=True,
        default="Enter your postcode to see your local team, how to contact them, and how long the wait is.",
    )
    not_in_area_advice = RichTextField(
        features=["bold", "link", "ul", "ol"],
        blank=True,
        help_text="Shown when a postcode is outside every team's area: how to find the right service.",
    )

    content_panels = ContentPage.content_panels + [
        MultiFieldPanel(
            [FieldPanel("finder_heading"), FieldPanel("finder_intro"), FieldPanel("not_in_area_advice")],
            heading="Find your local team",
        ),
        InlinePanel(
            "phone_opening_times",
            heading="When the phone line is open",
            label="Opening time",
            help_text="The page says whether the line is open now. The number is in the service settings.",
        ),
    ]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1
    template = "pages/access_routes_page.html"
    # The team finder (PostcodeForm). A page sees no other query parameters: see portal/page_cache.py.
    query_parameters = ("postcode",)

    def phone_line_is_open(self, now=None):
        return is_open_at(self.phone_opening_times.all(), now)

    def phone_opening_hours_lines(self):
        return opening_hours_lines(self.phone_opening_times.all())

    def team_finder(self, request):
        """The finder's outcome for this request, worked out once: both the template choice and the context need it."""
        from home.finder import find_team

        if not hasattr(request, "_team_finder"):
            request._team_finder = find_team(request.GET)
        return request._team_finder

    def get_template(self, request, *args, **kwargs):
        return FINDER_TEMPLATES.get(self.team_finder(request).status, self.template)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        finder = self.team_finder(request)
        context["finder"] = finder
        context["form"] = finder.form
        context["phone_line_is_open"] = self.phone_line_is_open()
        if finder.status == "found":
            context["waiting_times_page"] = WaitingTimesPage.objects.live().public().first()
        return context


class AccessRoutesPhoneTime(OpeningTime):
    """When the single point of access phone line is answered."""

    page = ParentalKey(AccessRoutesPage, on_delete=models.CASCADE, related_name="phone_opening_times")

    class Meta(OpeningTime.Meta):
        constraints = [
            models.CheckConstraint(condition=models.Q(closes__gt=models.F("opens")), name="phone_opening_closes_after"),
        ]


class WaitingTimesPage(ContentPage):
    """Every team's current waits, how fresh they are, a year's trend against 18 weeks, and how to wait well."""

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1
    template = "pages/waiting_times_page.html"

    def get_context(self, request, *args, **kwargs):
        from home.waiting_times import stale_after_days, waiting_times_overview

        context = super().get_context(request, *args, **kwargs)
        context["overview"] = waiting_times_overview()
        context["stale_after_days"] = stale_after_days()
        return context
