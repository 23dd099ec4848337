"""The school's files: one page that adds a file at a time, lists those added, and removes them.

It works without JavaScript: "Add file" keeps the file and shows the page again with it listed,
"Continue" keeps any file chosen and goes on, and each listed file has its own small "Remove"
form. Files are kept in the database under the journey's key (referrals/models/attachment.py) and
joined to the referral when it is sent. Every refusal is a message in the error summary: a wrong
type, too big, empty, too many, or a file that could not be saved.
"""

import logging
import re

from django.db import DatabaseError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from portal.ratelimit import hit, too_many_requests
from referrals import attachments, journey
from referrals.models import Attachment

logger = logging.getLogger(__name__)
UPLOAD_LIMIT_GROUP = "referral-upload"
NOT_SAVED = _("The selected file could not be saved: try again")
CHOOSE_A_FILE = _("Select a file to add")
ATTACHMENT_ID = re.compile(r"[0-9]{1,12}")


def page_url():
    return reverse("referrals:step", args=["evidence"])


def remove(key, posted):
    """Delete one of this journey's own files; anything else posted is ignored."""
    # Only ASCII digits: str.isdigit() also passes "²", which int() refuses (found by fuzzing).
    if isinstance(posted, str) and ATTACHMENT_ID.fullmatch(posted):
        attachments.for_journey(key).filter(pk=int(posted)).delete()


def step(request, state, current, back_url, step_url):
    key = state["key"]
    files = list(attachments.for_journey(key))
    context = {**journey.context_for(state), "attachment_count": len(files)}
    form = current.form_class(context=context)
    if request.method == "POST":
        if "remove" in request.POST:
            remove(key, request.POST.get("remove"))
            journey.save(request.session, state)
            return redirect(page_url())
        if request.FILES and hit(request, UPLOAD_LIMIT_GROUP):
            return too_many_requests(request, UPLOAD_LIMIT_GROUP)
        form = current.form_class(request.POST, request.FILES, context=context)
        adding = request.POST.get("action") == "add"
        if form.is_valid():
            upload = form.cleaned_data.get("file")
            if upload is None and adding:
                form.add_error("file", CHOOSE_A_FILE)
            elif upload is not None and not keep(key, upload):
                form.add_error("file", NOT_SAVED)
            elif adding:
                journey.save(request.session, state)
                return redirect(page_url())
            else:
                journey.record(state, current, {})
                journey.save(request.session, state)
                return redirect(step_url(journey.next_step(state)))
    return render(
        request,
        "referrals/evidence.html",
        {
            "form": form,
            "step": current,
            "title": current.title,
            "back_url": back_url,
            "files": files,
            "room_for_more": len(files) < attachments.max_files(),
            "max_files": attachments.max_files(),
            "accept": attachments.ACCEPT,
        },
    )


def keep(key, upload):
    kind, name, data = upload
    try:
        Attachment.objects.create(journey_key=key, kind=kind, name=name, size=len(data), data=data)
    except DatabaseError:
        logger.exception("A school's file could not be saved")  # no name: it can name the child
        return False
    return True
