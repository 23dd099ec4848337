from django.db import models


class ExternalLinkCheck(models.Model):
    """The last check of one address on another website that a live page links to (home/link_checks.py).

    Written by `manage.py check_external_links` (daily, from cron); read by Reports → Broken links."""

    url = models.CharField(max_length=2000, unique=True)
    checked_at = models.DateTimeField()
    status_code = models.PositiveSmallIntegerField(null=True, blank=True)
    problem = models.CharField(max_length=200, blank=True, help_text="Empty when the link works.")

    class Meta:
        verbose_name = "check of a link to another website"

    def __str__(self):
        return self.url
