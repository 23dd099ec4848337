"""The "Is this page useful?" question: a yes or no, then an optional comment, with no personal data kept.

The form on each page posts here and comes back to the page (post, redirect, get), so it works
without JavaScript. Pages carry no CSRF token, which would make every page differ per visitor and
stop them being cached; instead this view refuses posts another site started (the Origin and
Sec-Fetch-Site headers every current browser sends). Nobody is signed in here, so a forged post
could only add an anonymous answer, which the rate limit already bounds.
"""

import re
from urllib.parse import urlsplit

from django import forms
from django.core import signing
from django.http import HttpResponseForbidden, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from wagtail.models import Page

from home.models.feedback import COMMENT_MAX_LENGTH, PageFeedback
from portal.ratelimit import rate_limited

MAX_ID = 2**31 - 1  # beyond the database's integer column, a lookup would fail rather than find nothing
REF_SALT = "home.feedback"
REF_MAX_AGE = 60 * 60  # an hour to add a comment to an answer

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# Eight or more digits, allowing spaces, dots, dashes and brackets between them: phone numbers,
# NHS numbers. Dates and times ("3 June 2025", "10:30") have fewer digits in a row.
_LONG_NUMBER = re.compile(r"\+?\(?\d(?:[\s().-]{0,2}\d){7,}")
_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b", re.IGNORECASE)


def scrub(text):
    """Remove contact details people type in anyway, then keep to the stated length."""
    text = (text or "")[: COMMENT_MAX_LENGTH * 4].strip()
    text = _EMAIL.sub("[email removed]", text)
    text = _LONG_NUMBER.sub("[number removed]", text)
    text = _POSTCODE.sub("[postcode removed]", text)
    return text[:COMMENT_MAX_LENGTH]


def sign_ref(feedback):
    return signing.dumps(feedback.pk, salt=REF_SALT)


def feedback_for_ref(ref):
    try:
        pk = signing.loads(ref, salt=REF_SALT, max_age=REF_MAX_AGE)
    except (signing.BadSignature, TypeError):
        return None
    return PageFeedback.objects.filter(pk=pk).first()


def started_on_another_site(request):
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if fetch_site is not None:
        return fetch_site not in {"same-origin", "none"}
    origin = request.headers.get("Origin")
    if origin is None:
        return False  # not a browser, or one too old to say; a browser posting across sites sends Origin
    return urlsplit(origin).netloc != request.get_host()


class AnswerForm(forms.Form):
    page = forms.IntegerField(min_value=1, max_value=MAX_ID)
    useful = forms.ChoiceField(choices=[("yes", "Yes"), ("no", "No")])


class CommentForm(forms.Form):
    ref = forms.CharField(max_length=200)
    # No max_length: a longer comment is cut to the stated limit rather than thrown away.
    comment = forms.CharField(required=False, widget=forms.Textarea)


def _back_to(page, request, **params):
    query = "&".join(f"{key}={value}" for key, value in params.items())
    return HttpResponseRedirect(f"{page.get_url(request=request)}?{query}#feedback")


@csrf_exempt
@never_cache
@require_POST
@rate_limited("feedback")
def submit_feedback(request):
    if started_on_another_site(request):
        return HttpResponseForbidden("Feedback must be sent from this website.")

    if "ref" in request.POST:
        form = CommentForm(request.POST)
        feedback = feedback_for_ref(form.data.get("ref")) if form.is_valid() else None
        if feedback is None:
            # Expired or tampered with: the answer is kept, the comment cannot be tied to it.
            page = get_object_or_404(Page.objects.live(), pk=_int_or_none(request.POST.get("page")))
            return _back_to(page, request, feedback="expired")
        comment = scrub(form.cleaned_data["comment"])
        if comment and not feedback.comment:
            feedback.comment = comment
            feedback.save(update_fields=["comment"])
        return _back_to(feedback.page, request, feedback="thanks")

    form = AnswerForm(request.POST)
    if not form.is_valid():
        page = get_object_or_404(Page.objects.live(), pk=_int_or_none(request.POST.get("page")))
        return _back_to(page, request, feedback="unanswered")
    page = get_object_or_404(Page.objects.live(), pk=form.cleaned_data["page"])
    feedback = PageFeedback.objects.create(page=page, useful=form.cleaned_data["useful"] == "yes")
    return _back_to(page, request, feedback="more", ref=sign_ref(feedback))


def _int_or_none(value):
    try:
        number = int(value)
    except (TypeError, ValueError):
        return None
    return number if 1 <= number <= MAX_ID else None
