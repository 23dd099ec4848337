from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField
from wagtail.models import Site

from portal import content_cache


@register_setting(icon="site")
class ServiceSettings(BaseSiteSetting):
    """Contact points and urgent-help wording shown on every page."""

    # The footer links to these pages on every page: fetched with the settings, not a query each.
    select_related = [
        "contact_page",
        "accessibility_page",
        "privacy_page",
        "complaints_page",
        "who_does_what_page",
        "stories_page",
    ]

    @classmethod
    def for_request(cls, request):
        """Wagtail's, kept per content generation (portal/content_cache.py): every page reads the settings,
        and saving them bumps the generation, so a change shows on the next render."""
        name = cls.get_cache_attr_name()
        if hasattr(request, name):
            return getattr(request, name)
        site = Site.find_for_request(request)
        if site is None:
            return super().for_request(request)
        key = ("settings", cls._meta.label_lower, site.pk)
        found = content_cache.remember_objects(request, key, lambda: cls.for_site(site))
        found._request = request
        setattr(request, name, found)
        return found

    service_name = models.CharField(max_length=100, default="Children's Therapy Service")
    meta_description = models.CharField(
        max_length=160,
        default="Advice, self-assessment and referrals for children's occupational therapy.",
        help_text="Shown by search engines when a page has no description of its own.",
    )
    phone = models.CharField(max_length=30, blank=True)
    email = models.EmailField(blank=True)
    opening_hours = models.CharField(max_length=200, blank=True, help_text="For example: Monday to Friday, 9am to 5pm")
    urgent_help = RichTextField(
        features=["bold", "link", "ul"],
        blank=True,
        help_text="What to do if a child's health gets worse while waiting. Shown at the foot of every page.",
    )

    contact_page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    accessibility_page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    complaints_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Complaints and feedback: PALS, how to complain, the Ombudsman and compliments.",
    )
    who_does_what_page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    stories_page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    panels = [
        FieldPanel("service_name"),
        FieldPanel("meta_description"),
        MultiFieldPanel([FieldPanel("phone"), FieldPanel("email"), FieldPanel("opening_hours")], heading="Contact"),
        FieldPanel("urgent_help"),
        MultiFieldPanel(
            [
                FieldPanel("contact_page"),
                FieldPanel("complaints_page"),
                FieldPanel("who_does_what_page"),
                FieldPanel("stories_page"),
                FieldPanel("accessibility_page"),
                FieldPanel("privacy_page"),
            ],
            heading="Footer links",
        ),
    ]

    class Meta:
        verbose_name = "service settings"
