"""StreamField blocks for the questionnaire: its answer options, red flags, areas and safety scenarios."""

from django import forms
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from home.models.taxonomy import Discipline
from selfassess.engine import OUTCOME_LABELS, TIERS, Outcome, TriedAdvice, gettext_noop

OUTCOME_CHOICES = [(outcome.code, OUTCOME_LABELS[outcome]) for outcome in Outcome]
TIER_CHOICES = [(outcome.code, OUTCOME_LABELS[outcome]) for outcome in TIERS]
TRIED_ADVICE_CHOICES = [
    (TriedAdvice.HELPED, gettext_noop("Yes, and it helped")),
    (TriedAdvice.NOT_ENOUGH, gettext_noop("Yes, but it has not helped enough")),
    (TriedAdvice.NOT_YET, gettext_noop("No, not yet")),
]


class SlugChoicesMixin:
    """For choices read from the database (age bands, areas of daily life), whose values are slugs: a stored
    slug is already the choice's value, so it is kept as it is. Wagtail would otherwise ask the database for
    the whole list again for every value it reads (about 200 queries on the questionnaire's edit screen).
    Saving still checks the value against the choices."""

    def normalize_choice(self, value):
        if isinstance(value, str):
            return value  # what Wagtail returns for a string value when every choice's value is a string
        return super().normalize_choice(value)


class SlugChoiceBlock(SlugChoicesMixin, blocks.ChoiceBlock):
    pass


class SlugMultipleChoiceBlock(SlugChoicesMixin, blocks.MultipleChoiceBlock):
    pass


def age_band_choices():
    from home.models import AgeBand

    return [(band.slug, band.name) for band in AgeBand.objects.all()]


def life_area_choices():
    from home.models import LifeArea

    return [(area.slug, area.name) for area in LifeArea.objects.all()]


class OptionBlock(blocks.StructBlock):
    label = blocks.CharBlock(max_length=120)
    score = blocks.IntegerBlock(min_value=0, max_value=20)

    class Meta:
        icon = "radio-full"
        label_format = "{label} ({score})"


class RedFlagBlock(blocks.StructBlock):
    code = blocks.RegexBlock(
        regex=r"^[a-z0-9-]{2,40}$",
        error_messages={"invalid": "Use 2 to 40 lower-case letters, numbers and dashes"},
        help_text="A short name that never changes, used by the safety scenarios, such as 'lost-skills'.",
    )
    question = blocks.CharBlock(max_length=250, help_text="Asked as a yes or no question.")
    hint = blocks.CharBlock(max_length=250, required=False)
    reason = blocks.CharBlock(
        max_length=250, help_text="Finishes the sentence 'We suggest this because you told us …'."
    )
    outcome = blocks.ChoiceBlock(choices=OUTCOME_CHOICES, default=Outcome.SPECIALIST_URGENT.code)
    discipline = blocks.ChoiceBlock(
        choices=Discipline.choices,
        required=False,
        help_text="Who a referral for this goes to, named on the result and the referral. Leave empty if nobody.",
    )
    what_to_do = blocks.TextBlock(help_text="What the family should do now, in one or two short sentences.")

    class Meta:
        icon = "warning"
        label_format = "{question}"


class QuestionBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=200, help_text="For example: 'Putting on and taking off clothes'.")
    age_bands = SlugMultipleChoiceBlock(
        choices=age_band_choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Leave all unticked to ask this question for every age band.",
    )

    class Meta:
        icon = "help"
        label_format = "{text}"


class DomainBlock(blocks.StructBlock):
    life_area = SnippetChooserBlock("home.LifeArea", help_text="Advice topics tagged with this area are offered.")
    hint = blocks.CharBlock(max_length=250, required=False, help_text="Shown under the area's heading.")
    questions = blocks.ListBlock(QuestionBlock(), min_num=1)
    targeted_threshold = blocks.IntegerBlock(min_value=0, help_text="Scores from here up get targeted help.")
    specialist_threshold = blocks.IntegerBlock(min_value=0, help_text="Scores from here up get a referral.")

    class Meta:
        icon = "list-ul"
        label_format = "{life_area}"


class ScenarioAreaBlock(blocks.StructBlock):
    life_area = SlugChoiceBlock(choices=life_area_choices)
    scores = blocks.RegexBlock(
        regex=r"^\s*\d+(\s*,\s*\d+)*\s*$",
        error_messages={"invalid": "Write the scores for each question in order, separated by commas"},
        help_text="The score of each question's answer, in order, such as '2, 3, 1, 0'.",
    )
    impact = blocks.IntegerBlock(min_value=0)
    tried_advice = blocks.ChoiceBlock(choices=TRIED_ADVICE_CHOICES, default=TriedAdvice.NOT_YET)
    expected_tier = blocks.ChoiceBlock(choices=TIER_CHOICES)

    class Meta:
        icon = "list-ol"
        # Each area's panel is a landmark named by this label: the area's name alone repeats in every scenario
        # (axe's landmark-unique), and the scores and the tier are what an editor looks for when one fails.
        label_format = "{life_area}: scores {scores}, expected {expected_tier}"


class ScenarioBlock(blocks.StructBlock):
    name = blocks.CharBlock(max_length=150)
    age_band = SlugChoiceBlock(choices=age_band_choices)
    red_flags = blocks.CharBlock(
        max_length=250, required=False, help_text="Codes of the red flags answered 'yes', separated by commas."
    )
    areas = blocks.ListBlock(ScenarioAreaBlock(), min_num=0)
    expected_outcome = blocks.ChoiceBlock(choices=OUTCOME_CHOICES, help_text="The overall outcome the family must get.")

    class Meta:
        icon = "tick-inverse"
        label_format = "{name}"
