"""The child's date of birth in the family's language: the NHS date input (portal.form_fields), with its
box labels and every message looked up in the page's language. The English words are the same as
portal.form_fields says them for "Date of birth"."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from portal.form_fields import DayMonthYearField, DayMonthYearWidget

PART_LABELS = (_("Day"), _("Month"), _("Year"))
MISSING = {
    ("day",): _("Date of birth must include a day"),
    ("month",): _("Date of birth must include a month"),
    ("year",): _("Date of birth must include a year"),
    ("day", "month"): _("Date of birth must include a day and a month"),
    ("day", "year"): _("Date of birth must include a day and a year"),
    ("month", "year"): _("Date of birth must include a month and a year"),
}
MESSAGES = {
    "invalid": _("Date of birth must be a real date"),
    "too_early": _("Date of birth must be after %(year)s"),
    "future": _("Date of birth must be today or in the past"),
}


class DateOfBirthWidget(DayMonthYearWidget):
    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        for subwidget, label in zip(context["widget"]["subwidgets"], PART_LABELS, strict=True):
            subwidget["part_label"] = label
        return context


class DateOfBirthField(DayMonthYearField):
    widget = DateOfBirthWidget

    def __init__(self, **kwargs):
        kwargs.setdefault("error_messages", {})
        kwargs["error_messages"].setdefault("required", _("Enter date of birth"))
        kwargs["error_messages"].setdefault("incomplete", _("Enter date of birth"))
        super().__init__(subject="Date of birth", must_be_past=True, **kwargs)

    def compress(self, data_list):
        try:
            return super().compress(data_list)
        except ValidationError as error:
            raise ValidationError(self.message_for(error, data_list), code=error.code) from None

    def message_for(self, error, data_list):
        if error.code == "required":
            return self.error_messages["required"]
        if error.code == "incomplete":
            parts = [str(part or "").strip() for part in data_list]
            missing = tuple(name for name, part in zip(("day", "month", "year"), parts, strict=True) if not part)
            return MISSING.get(missing, self.error_messages["incomplete"])
        if error.code == "too_early":
            return MESSAGES["too_early"] % {"year": self.earliest_year}
        return MESSAGES.get(error.code, error.messages[0])
