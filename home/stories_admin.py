"""The stories' own admin views: approving from the dashboard says why consent stops it, and the
signed consent form opens only for staff who may edit the story.

home/approval.py refuses to approve a story whose consent has run out or runs out within 30 days.
From the edit screen the form says so beside the consent date; from the dashboard (Approve, or
Approve with comment in its dialog) Wagtail turned the refusal into "Sorry, you do not have
permission to access this area.", which tells an approver who has permission nothing. Here the
refusal becomes a message naming the story and the reason, on the screen the approver came from.

The consent record is kept privately (portal/private_files.py): `consent_record` sends the file of
the story's latest version (a draft may carry a new form) as a download, never cached, to staff who
can edit the story; to anyone else it does not exist (404).

Registered from HomeConfig.ready() (home/apps.py).
"""

import os

from django.db import transaction
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.views.decorators.cache import never_cache
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.views.pages.workflow import WorkflowActionView
from wagtail.admin.viewsets.pages import PageViewSet

from home.models.stories import ConsentRefused, StoryPage


class StoryWorkflowActionView(WorkflowActionView):
    def post(self, request, *args, **kwargs):
        try:
            with transaction.atomic():
                return super().post(request, *args, **kwargs)
        except ConsentRefused as refused:
            messages.error(
                request,
                f"“{self.object.get_admin_display_title()}” was not approved. {refused}",
                buttons=[messages.button(reverse("wagtailadmin_pages:edit", args=[self.object.pk]), "Edit the story")],
            )
        if request.headers.get("x-requested-with") == "XMLHttpRequest":
            # The dialog closes and the page it was opened from reloads, showing the message.
            return self.render_modal_json(request, {"step": "success", "redirect": self.redirect_url})
        return redirect(self.redirect_url)


class StoryPageViewSet(PageViewSet):
    model = StoryPage
    workflow_action_view_class = StoryWorkflowActionView


@hooks.register("register_admin_viewset")
def register_story_page_viewset():
    return StoryPageViewSet("story_pages")


CONTENT_TYPES = {".pdf": "application/pdf", ".jpg": "image/jpeg", ".png": "image/png"}


@never_cache
def consent_record(request, page_id):
    page = get_object_or_404(StoryPage, pk=page_id)
    if not page.permissions_for_user(request.user).can_edit():
        raise Http404
    record = page.get_latest_revision_as_object().consent_record
    if not record:
        raise Http404
    extension = os.path.splitext(record.name)[1].lower()
    response = FileResponse(
        record.open("rb"),
        as_attachment=True,
        filename=f"consent-record-story-{page.pk}{extension}",
        content_type=CONTENT_TYPES.get(extension, "application/octet-stream"),
    )
    response["Content-Security-Policy"] = "default-src 'none'"
    response["X-Content-Type-Options"] = "nosniff"
    return response


@hooks.register("register_admin_urls")
def register_consent_record_url():
    return [path("stories/<int:page_id>/consent-record/", consent_record, name="story_consent_record")]
