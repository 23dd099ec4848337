from django import forms


class CodeForm(forms.Form):
    code = forms.CharField(
        label="Code",
        max_length=16,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "text", "autofocus": True}),
        error_messages={"required": "Enter the code"},
    )

    def clean_code(self):
        # Apps show the code in two groups of three; people copy the space as well.
        return "".join(self.cleaned_data["code"].split()).replace("-", "").lower()
