"""The three ways schools look for packs: who the pack is for, key stage and topic.

Small editable lists rather than fixed choices, so the service can add a topic without a release.
"""

from django.db import models
from wagtail.admin.panels import FieldPanel


class PackTag(models.Model):
    name = models.CharField(max_length=100, unique=True)
    slug = models.SlugField(max_length=100, unique=True, help_text="Used in shareable filter links.")
    sort_order = models.PositiveSmallIntegerField(default=0)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]

    class Meta:
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


class Audience(PackTag):
    class Meta(PackTag.Meta):
        verbose_name = "pack audience"


class KeyStage(PackTag):
    class Meta(PackTag.Meta):
        verbose_name = "key stage"


class PackTopic(PackTag):
    class Meta(PackTag.Meta):
        verbose_name = "pack topic"
