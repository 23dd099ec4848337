"""The NHS.UK form pack and shared form fields, as a person using the form would meet them."""

import datetime
import re

import pytest
from django import forms
from django.template import Context, Template
from django.test import RequestFactory
from django.utils import timezone

from portal.form_fields import DayMonthYearField, NHSFormMixin

pytestmark = pytest.mark.django_db


class ExampleForm(NHSFormMixin, forms.Form):
    page_heading_field = "worry"

    worry = forms.ChoiceField(
        label="What worries you most?",
        choices=[("dressing", "Getting dressed"), ("eating", "Eating")],
        widget=forms.RadioSelect,
        error_messages={"required": "Select what worries you most"},
    )
    name = forms.CharField(label="Your name", help_text="As you would like us to call you.")
    notes = forms.CharField(label="Anything else", required=False, widget=forms.Textarea)
    birthday = DayMonthYearField(subject="Date of birth", must_be_past=True)


def render(form):
    template = Template("{% load crispy_forms_tags %}{{ form|as_crispy_errors }}{% crispy form %}")
    request = RequestFactory().get("/")
    return template.render(Context({"form": form, "request": request}))


def test_error_summary_links_each_message_to_its_field():
    form = ExampleForm(data={"name": "", "birthday_0": "31", "birthday_1": "2", "birthday_2": "2020"})
    assert not form.is_valid()
    html = render(form)
    assert 'class="nhsuk-error-summary"' in html
    assert "There is a problem" in html
    assert '<a href="#id_worry_0">Select what worries you most</a>' in html
    assert '<a href="#id_name">This field is required.</a>' in html
    assert '<a href="#id_birthday_0">Date of birth must be a real date</a>' in html
    # The same words appear inline, after a hidden "Error:" for screen readers.
    assert html.count("Select what worries you most") == 2
    assert re.search(r'id="id_name-error">\s*<span class="nhsuk-u-visually-hidden">Error:</span>', html)
    assert 'aria-describedby="id_name-hint id_name-error"' in html


def test_one_question_page_puts_the_question_in_the_legend_as_h1():
    html = render(ExampleForm())
    assert re.search(r'<legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--l">\s*<h1', html)
    assert "What worries you most?" in html
    assert 'type="radio"' in html and 'class="nhsuk-radios__input"' in html


def test_optional_fields_say_so_and_required_fields_have_no_asterisk():
    html = render(ExampleForm())
    assert "Anything else (optional)" in html
    assert "*" not in re.sub(r"<[^>]+>", "", html)


def test_valid_answers_are_kept_when_the_form_is_shown_again():
    form = ExampleForm(data={"worry": "eating", "name": "Sam", "birthday_0": "", "birthday_1": "", "birthday_2": ""})
    form.is_valid()
    html = render(form)
    assert 'value="eating" checked' in html
    assert 'value="Sam"' in html


@pytest.mark.parametrize(
    ("parts", "message"),
    [
        (("", "", ""), "Enter date of birth"),
        (("12", "", "2020"), "Date of birth must include a month"),
        (("", "", "2020"), "Date of birth must include a day and a month"),
        (("30", "2", "2020"), "Date of birth must be a real date"),
        (("1", "1", "20"), "Date of birth must be a real date"),
        (("a", "1", "2020"), "Date of birth must be a real date"),
        (("99999999999999999999", "1", "2020"), "Date of birth must be a real date"),
        (("²", "1", "2020"), "Date of birth must be a real date"),
        (("1", "1", "1850"), "Date of birth must be after 1900"),
    ],
)
def test_date_field_says_which_part_is_wrong(parts, message):
    field = DayMonthYearField(subject="Date of birth", must_be_past=True)
    with pytest.raises(forms.ValidationError) as error:
        field.clean(list(parts))
    assert error.value.messages == [message]


def test_date_field_refuses_the_future_and_accepts_spaces():
    field = DayMonthYearField(subject="Date of birth", must_be_past=True)
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    with pytest.raises(forms.ValidationError, match="today or in the past"):
        field.clean([str(tomorrow.day), str(tomorrow.month), str(tomorrow.year)])
    assert field.clean([" 7 ", "03", "2019"]) == datetime.date(2019, 3, 7)


def test_date_input_renders_three_labelled_boxes():
    html = render(ExampleForm())
    for part in ("Day", "Month", "Year"):
        assert f">{part}</label>" in html
    assert 'id="id_birthday_0"' in html and 'inputmode="numeric"' in html
