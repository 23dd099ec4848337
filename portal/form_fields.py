"""Form building blocks in NHS.UK patterns, used by every journey's forms.

`NHSFormMixin` marks which field is the page's question (its label or legend becomes the
`<h1>`) and gives the error summary what it needs. `DayMonthYearField` is the NHS date input:
three boxes, with messages that say which part is wrong.
"""

import datetime

from crispy_forms.helper import FormHelper
from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.functional import cached_property


class NHSFormMixin:
    """Adds what the `nhsuk` crispy template pack reads from a form.

    page_heading_field: the one field whose label or legend is the page heading, on
    one-question pages. Every other label renders at normal size.
    """

    page_heading_field = None
    form_method = "post"
    submit_label = "Continue"
    # Filters and search are optional by nature; saying so on every box is noise.
    mark_optional = True

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            field.is_page_heading = name == self.page_heading_field
            field.show_optional = self.mark_optional and not field.required

    @cached_property
    def helper(self):
        helper = FormHelper()
        helper.form_id = "main-form"
        helper.form_method = self.form_method
        return helper

    def error_summary(self):
        """(message, anchor) pairs in field order, each anchor the input focus should go to."""
        items = [(message, "#main-form") for message in self.non_field_errors()]
        for name in self.fields:
            bound = self[name]
            for message in bound.errors:
                items.append((message, "#" + error_anchor_id(bound)))
        return items


def error_anchor_id(bound_field):
    """The id of the first input of a field: a radio group's first radio, a date's day box."""
    widget = bound_field.field.widget
    auto_id = bound_field.auto_id
    if isinstance(widget, (forms.RadioSelect, forms.CheckboxSelectMultiple)):
        return f"{auto_id}_0"
    if isinstance(widget, forms.MultiWidget):
        return f"{auto_id}_0"
    return auto_id


class DayMonthYearWidget(forms.MultiWidget):
    template_name = "nhsuk/widgets/day_month_year.html"

    def __init__(self, attrs=None):
        numeric = {"inputmode": "numeric", "class": "nhsuk-input nhsuk-date-input__input"}
        widgets = [
            forms.TextInput(attrs={**numeric, "class": numeric["class"] + " nhsuk-input--width-2"}),
            forms.TextInput(attrs={**numeric, "class": numeric["class"] + " nhsuk-input--width-2"}),
            forms.TextInput(attrs={**numeric, "class": numeric["class"] + " nhsuk-input--width-4"}),
        ]
        super().__init__(widgets, attrs)

    def decompress(self, value):
        if isinstance(value, datetime.date):
            return [value.day, value.month, value.year]
        return [None, None, None]

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        for subwidget, label in zip(context["widget"]["subwidgets"], ["Day", "Month", "Year"], strict=True):
            subwidget["part_label"] = label
        return context


class DayMonthYearField(forms.MultiValueField):
    """A date typed as day, month and year, with GOV.UK-style messages.

    `subject` names the date in messages ("Date of birth must include a month").
    """

    widget = DayMonthYearWidget

    def __init__(self, *, subject="Date", must_be_past=False, earliest_year=1900, **kwargs):
        self.subject = subject
        self.must_be_past = must_be_past
        self.earliest_year = earliest_year
        fields = [forms.CharField(required=False)] * 3
        kwargs.setdefault("error_messages", {})
        kwargs["error_messages"].setdefault("required", f"Enter {subject.lower()}")
        kwargs["error_messages"].setdefault("incomplete", f"Enter {subject.lower()}")
        super().__init__(fields=fields, require_all_fields=False, **kwargs)

    def compress(self, data_list):
        if not data_list or not any(part not in (None, "") for part in data_list):
            if self.required:
                raise ValidationError(self.error_messages["required"], code="required")
            return None
        day, month, year = (str(part or "").strip() for part in data_list)
        missing = [name for name, part in (("day", day), ("month", month), ("year", year)) if not part]
        if missing:
            raise ValidationError(f"{self.subject} must include a {' and a '.join(missing)}", code="incomplete")
        if not (day.isdigit() and month.isdigit() and year.isdigit()) or len(year) != 4:
            raise ValidationError(f"{self.subject} must be a real date", code="invalid")
        try:
            value = datetime.date(int(year), int(month), int(day))
        except (ValueError, OverflowError):  # a day or month too big for the date type is not a real date either
            raise ValidationError(f"{self.subject} must be a real date", code="invalid") from None
        if value.year < self.earliest_year:
            raise ValidationError(f"{self.subject} must be after {self.earliest_year}", code="too_early")
        if self.must_be_past and value > timezone.localdate():
            raise ValidationError(f"{self.subject} must be today or in the past", code="future")
        return value


class ModelChoicesField(forms.ModelMultipleChoiceField):
    """Checkboxes for model rows, where an id too big for the database is "not in the list", not a server error.

    Django checks each posted id by building a query, then runs an `__in` query with all of them;
    an integer wider than the database's raises OverflowError there instead of a validation error.
    """

    def _check_values(self, value):
        for item in value if isinstance(value, (list, tuple)) else ():
            try:
                number = int(str(item).strip())
            except ValueError:
                continue  # not a number: Django's own check refuses it
            if not -(2**63) <= number < 2**63:
                raise ValidationError(
                    self.error_messages["invalid_choice"], code="invalid_choice", params={"value": item}
                )
        return super()._check_values(value)
