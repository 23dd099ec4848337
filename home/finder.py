"""Find your local team by postcode: the form, the lookup, and what the result page shows."""

from dataclasses import dataclass, field

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from home.models.teams import Team
from home.postcodes import MAX_INPUT_LENGTH, InvalidPostcode, parse_postcode
from home.waiting_times import current_waits, pathway_waits
from portal.form_fields import NHSFormMixin

POSTCODE_REQUIRED = _("Enter your postcode")
POSTCODE_INVALID = _("Enter a full UK postcode, like SG1 2AB")


class PostcodeForm(NHSFormMixin, forms.Form):
    form_method = "get"
    submit_label = _("Find your team")
    mark_optional = False

    # No max_length on the field: a very long entry gets the same plain message as any other
    # that is not a postcode, rather than a message about counting characters.
    postcode = forms.CharField(
        label=_("Your postcode"),
        help_text=_("For example, SG1 2AB"),
        error_messages={"required": POSTCODE_REQUIRED},
        widget=forms.TextInput(
            attrs={"autocomplete": "postal-code", "spellcheck": "false", "width_class": "nhsuk-input--width-10"}
        ),
    )

    def clean_postcode(self):
        text = self.cleaned_data["postcode"]
        if len(text) > MAX_INPUT_LENGTH:
            raise forms.ValidationError(POSTCODE_INVALID, code="invalid")
        try:
            return parse_postcode(text)
        except InvalidPostcode:
            raise forms.ValidationError(POSTCODE_INVALID, code="invalid") from None


def team_for_postcode(postcode):
    """The team covering the postcode's district, with what its result page shows prefetched, or None."""
    return (
        Team.objects.filter(postcode_districts__district=postcode.district)
        .prefetch_related("opening_times", "postcode_districts")
        .first()
    )


@dataclass
class FinderResult:
    """status: "start" (nothing asked yet), "error", "found" or "not_in_area"."""

    status: str
    form: PostcodeForm
    postcode: object = None
    team: Team | None = None
    waits: list = field(default_factory=list)
    is_open: bool = False


def find_team(query, now=None, today=None):
    """Everything the finder shows for the query string `query`. `now` and `today` default to the real clock."""
    if "postcode" not in query:
        return FinderResult("start", PostcodeForm())
    form = PostcodeForm(query)
    if not form.is_valid():
        return FinderResult("error", form)
    postcode = form.cleaned_data["postcode"]
    team = team_for_postcode(postcode)
    if team is None:
        return FinderResult("not_in_area", PostcodeForm(initial={"postcode": str(postcode)}), postcode)
    now = now or timezone.now()
    waits = pathway_waits(team, current_waits([team], today or timezone.localdate(now)))
    # A fresh, unbound form so the "search again" box shows the tidied postcode.
    return FinderResult(
        "found",
        PostcodeForm(initial={"postcode": str(postcode)}),
        postcode,
        team,
        waits,
        team.is_open_at(now),
    )
