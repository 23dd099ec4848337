"""The school's files, one at a time; what a file must be is decided in referrals/attachments.py."""

from django import forms

from referrals import attachments
from referrals.forms.base import StepForm


class EvidenceForm(StepForm):
    """One file at a time (works without JavaScript); referrals/views/evidence.py keeps each one added."""

    file = forms.FileField(
        label="Add a file",
        required=False,
        max_length=None,  # a long name is shortened when kept, never an error
        error_messages={
            "invalid": "The selected file could not be read: choose it again",
            "missing": "The selected file could not be read: choose it again",
            "empty": "The selected file is empty",
        },
        widget=forms.FileInput,
    )

    def customise(self):
        self.fields["file"].help_text = (
            f"A PDF, Word document (.docx), JPG or PNG, each smaller than {attachments.megabytes(attachments.max_bytes())}. "
            f"You can add up to {attachments.max_files()} files."
        )

    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        if not uploaded:
            return None
        if self.context.get("attachment_count", 0) >= attachments.max_files():
            raise forms.ValidationError(attachments.too_many_message(), code="too_many")
        return attachments.read_upload(uploaded)
