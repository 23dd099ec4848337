"""Turn a refused questionnaire publish, wherever in the admin it happens, into a message instead of an error page.

The admin's own "Publish" button is refused earlier (wagtail_hooks), but approving a version in
the workflow publishes it from inside Wagtail, where no hook can stop it politely. The publish
raises ScenarioCheckFailed inside the approval's transaction, so the approval is rolled back too:
the task stays waiting, and the clinician can reject it with a comment for the author.
"""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse

from selfassess.models import ScenarioCheckFailed


def describe(failures):
    names = "; ".join(f"'{name}' ({why})" for name, why in failures)
    count = len(failures)
    return f"{count} safety check{'s' if count != 1 else ''} failed: {names}"


class ScenarioCheckFailedMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, ScenarioCheckFailed) or exception.questionnaire_pk is None:
            return None
        if not request.user.is_authenticated or not request.path_info.startswith("/admin/"):
            return None
        messages.error(
            request,
            f"Not approved and not published: {describe(exception.failures)}. "
            "Families still see the version that is live now. Reject this version with a comment so it can be fixed.",
        )
        return redirect(reverse("wagtailsnippets_selfassess_questionnaire:edit", args=[exception.questionnaire_pk]))
