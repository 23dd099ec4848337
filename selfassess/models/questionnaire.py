"""The questionnaire staff edit: a snippet with drafts, revisions, locking and an approval workflow.

Every published version is a Wagtail revision. A family's answers are pinned to the revision
they started on and an `Assessment` keeps that revision, so it is always scored by the words and
numbers the family saw.
"""

from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.fields import StreamField
from wagtail.models import DraftStateMixin, LockableMixin, RevisionMixin, WorkflowMixin
from wagtail.search import index
from wagtail.snippets.blocks import SnippetChooserBlock

from selfassess.blocks import DomainBlock, OptionBlock, RedFlagBlock, ScenarioBlock
from selfassess.definitions import failing_scenarios, version_for_revision


class ScenarioCheckFailed(Exception):
    """Publishing was refused because a safety scenario does not get its expected outcome."""

    def __init__(self, failures, questionnaire_pk=None):
        self.failures = failures
        self.questionnaire_pk = questionnaire_pk
        super().__init__("Safety scenarios failed: " + "; ".join(f"{name}: {why}" for name, why in failures))


class QuestionnaireQuerySet(models.QuerySet):
    def current(self):
        """The questionnaire families are given: the oldest one that is live."""
        return self.filter(live=True, live_revision__isnull=False).order_by("pk").first()


class Questionnaire(WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, index.Indexed, models.Model):
    title = models.CharField(max_length=150)
    introduction = models.TextField(blank=True, help_text="Shown on the start page.")
    age_bands = StreamField(
        [("age_band", SnippetChooserBlock("home.AgeBand"))],
        help_text="The age bands families choose from, youngest first.",
    )
    red_flags = StreamField([("red_flag", RedFlagBlock())], blank=True)
    red_flags_heading = models.CharField(max_length=150, default="Before we start, we need to check your child is safe")
    scale = StreamField(
        [("option", OptionBlock())],
        help_text="The answers to every area question, from 'manages' to 'needs full help'.",
    )
    impact_question = models.CharField(max_length=250)
    impact_options = StreamField([("option", OptionBlock())])
    impact_weight = models.PositiveSmallIntegerField(
        default=2, help_text="The impact answer's score is multiplied by this."
    )
    tried_advice_question = models.CharField(max_length=250)
    domains = StreamField([("domain", DomainBlock())], verbose_name="areas of daily life")
    scenarios = StreamField(
        [("scenario", ScenarioBlock())],
        blank=True,
        verbose_name="safety scenarios",
        help_text="Every scenario must get its expected outcome before this version can be published.",
    )

    objects = QuestionnaireQuerySet.as_manager()

    search_fields = [index.SearchField("title"), index.AutocompleteField("title")]
    edit_handler = TabbedInterface(
        [
            ObjectList(
                [FieldPanel("title"), FieldPanel("introduction"), FieldPanel("age_bands")], heading="Questionnaire"
            ),
            ObjectList([FieldPanel("red_flags_heading"), FieldPanel("red_flags")], heading="Red flags"),
            ObjectList(
                [
                    FieldPanel("scale"),
                    MultiFieldPanel(
                        [FieldPanel("impact_question"), FieldPanel("impact_options"), FieldPanel("impact_weight")],
                        heading="Impact",
                    ),
                    FieldPanel("tried_advice_question"),
                    FieldPanel("domains"),
                ],
                heading="Areas and scores",
            ),
            ObjectList([FieldPanel("scenarios")], heading="Safety scenarios"),
        ]
    )

    class Meta:
        verbose_name = "questionnaire"

    def __str__(self):
        return self.title

    def publish(self, revision, *args, **kwargs):
        # The last line of defence: the admin refuses earlier with a friendlier message, but
        # workflows, scheduled publishing and scripts all end here.
        failures = failing_scenarios(revision.as_object())
        if failures:
            raise ScenarioCheckFailed(failures, questionnaire_pk=self.pk)
        return super().publish(revision, *args, **kwargs)


def current_version():
    """The version families are given now: the live revision of the current questionnaire (None
    before one is live)."""
    questionnaire = Questionnaire.objects.current()
    if questionnaire is None:
        return None
    return version_for_revision(questionnaire.live_revision_id)
