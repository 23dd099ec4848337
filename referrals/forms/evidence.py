"""The school's files, one at a time; what a file must be is decided in referrals/attachments.py."""

from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from referrals import attachments
from referrals.forms.base import StepForm


class EvidenceForm(StepForm):
    """One file at a time (works without JavaScript); referrals/views/evidence.py keeps each one added."""

    file = forms.FileField(
        label=_("Add a file"),
        required=False,
        max_length=None,  # a long name is shortened when kept, never an error
        error_messages={
            "invalid": _("The selected file could not be read: choose it again"),
            "missing": _("The selected file could not be read: choose it again"),
            "empty": _("The selected file is empty"),
        },
        widget=forms.FileInput,
    )

    def customise(self):
        self.fields["file"].help_text = gettext(
            "A PDF, Word document (.docx), JPG or PNG, each smaller than %(size)s. You can add up to %(count)s files."
        ) % {"size": attachments.megabytes(attachments.max_bytes()), "count": attachments.max_files()}

    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        if not uploaded:
            return None
        if self.context.get("attachment_count", 0) >= attachments.max_files():
            raise forms.ValidationError(attachments.too_many_message(), code="too_many")
        return attachments.read_upload(uploaded)
