from django import template

from portal.form_fields import error_anchor_id

register = template.Library()


@register.filter
def error_anchor(bound_field):
    return error_anchor_id(bound_field)


@register.filter
def widget_kind(bound_field):
    """Which NHS.UK pattern renders a field: text, textarea, select, radios, checkboxes, checkbox, date."""
    from django import forms

    widget = bound_field.field.widget
    # CheckboxSelectMultiple subclasses RadioSelect, so it must be checked first.
    if isinstance(widget, forms.CheckboxSelectMultiple):
        return "checkboxes"
    if isinstance(widget, forms.RadioSelect):
        return "radios"
    if isinstance(widget, forms.CheckboxInput):
        return "checkbox"
    if isinstance(widget, forms.MultiWidget):
        return "date"
    if isinstance(widget, forms.Textarea):
        return "textarea"
    if isinstance(widget, forms.Select):
        return "select"
    return "text"


@register.filter
def is_choice_selected(bound_field, value):
    """Whether a radio or checkbox option is chosen, comparing as text like the browser does."""
    current = bound_field.value()
    if current is None:
        return False
    if isinstance(current, (list, tuple)):
        return str(value) in {str(item) for item in current}
    return str(current) == str(value)
