"""Staff open a school's file from the referral screen: the referral's own team only.

`permissions.referrals_for(user)` decides, as on every triage screen, so a file of another team's
referral is "not found" (404), whatever the URL says. The file always downloads (never shown in the
browser, where a PDF or image could run on our address), with the type its content was found to
have and `nosniff`; the address carries only numbers, never the file's name.
"""

import logging

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import path
from django.utils.encoding import iri_to_uri

from referrals import attachments, permissions
from referrals.models import Attachment

logger = logging.getLogger(__name__)


def download(request, pk, attachment_pk):
    if not permissions.can_use_referrals(request.user):
        raise PermissionDenied
    found = Attachment.objects.with_data().filter(referral__in=permissions.referrals_for(request.user))
    attachment = get_object_or_404(found, pk=attachment_pk, referral_id=pk)
    response = HttpResponse(bytes(attachment.data), content_type=attachments.CONTENT_TYPES[attachment.kind])
    ascii_name = attachment.name.encode("ascii", "replace").decode().replace('"', "'").replace("?", "_")
    response["Content-Disposition"] = (
        f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{iri_to_uri(attachment.name)}"
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "sandbox; default-src 'none'"
    logger.info("Referral %s: file %s downloaded by user %s", pk, attachment.pk, request.user.pk)
    return response


urlpatterns = [
    path("referrals/<int:pk>/files/<int:attachment_pk>/", download, name="referral_attachment"),
]
