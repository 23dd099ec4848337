"""Form widgets for the admin."""

from django.forms import ClearableFileInput
from django.urls import reverse


class PrivateFileInput(ClearableFileInput):
    """A file input whose current file links to a view that checks permission, never to the file's own
    address (a private file has none). `url_name` takes the object's primary key."""

    template_name = "home/widgets/private_file_input.html"

    def __init__(self, url_name, attrs=None):
        super().__init__(attrs)
        self.url_name = url_name

    def is_initial(self, value):
        # Django asks the file for its address, which a private file refuses to give.
        return bool(value and getattr(value, "name", None))

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        instance = getattr(value, "instance", None)
        if context["widget"]["is_initial"] and instance is not None and instance.pk:
            context["widget"]["open_url"] = reverse(self.url_name, args=[instance.pk])
        return context
