"""Forms for published pages, and the building blocks every journey's forms share."""

from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from home.models.taxonomy import AgeBand, LifeArea
from portal.form_fields import NHSFormMixin

SEARCH_QUERY_MAX_LENGTH = 200


class SearchForm(NHSFormMixin, forms.Form):
    page_heading_field = "q"
    form_method = "get"
    submit_label = _("Search")
    mark_optional = False

    q = forms.CharField(
        label=_("Search this site"),
        max_length=SEARCH_QUERY_MAX_LENGTH,
        required=False,
        error_messages={"max_length": _("Search must be %(limit_value)s characters or fewer")},
        widget=forms.TextInput(attrs={"type": "search", "autocomplete": "off"}),
    )


class TranslatedNameChoiceField(forms.ModelChoiceField):
    """An area of daily life or an age band by its name in the family's language: the demo's names are in
    home/locale/; a name staff write or change shows as written until it is added there."""

    def label_from_instance(self, obj):
        return gettext(obj.name)


class AdviceFilterForm(NHSFormMixin, forms.Form):
    form_method = "get"
    submit_label = _("Apply filters")
    mark_optional = False

    area = TranslatedNameChoiceField(
        queryset=LifeArea.objects.all(),
        required=False,
        to_field_name="slug",
        label=_("Area of daily life"),
        empty_label=_("All areas"),
    )
    age_band = TranslatedNameChoiceField(
        queryset=AgeBand.objects.all(),
        required=False,
        to_field_name="slug",
        label=_("Age"),
        empty_label=_("All ages"),
    )


class StoryFilterForm(NHSFormMixin, forms.Form):
    form_method = "get"
    submit_label = _("Show stories")
    mark_optional = False

    area = TranslatedNameChoiceField(
        queryset=LifeArea.objects.filter(stories__isnull=False).distinct(),
        required=False,
        to_field_name="slug",
        label=_("Area of daily life"),
        empty_label=_("All areas"),
    )
