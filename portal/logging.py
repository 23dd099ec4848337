"""Keep personal details out of logs and error reports.

`PersonalDataFilter` sits on every logging handler (settings.LOGGING). It renders each message
with its arguments, then replaces email addresses, UK phone numbers, NHS numbers and postcodes
with placeholders, in the message and in any traceback. Names cannot be found by pattern, so
code must not log them; referrals/tests/test_privacy_canary.py checks the referral journey.
"""

import logging
import re

from django.utils.log import AdminEmailHandler
from django.views.debug import SafeExceptionReporterFilter

EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
# +44 or 0, then 9 or 10 more digits, allowing spaces, dashes, dots and brackets as people type them.
UK_PHONE = re.compile(r"(?<![\w+])(?:\+44\s?(?:\(0\)\s?)?|\(?0)\d(?:[\s().-]?\d){8,9}(?!\d)")
# Ten digits as 3-3-4 with optional spaces or dashes: NHS numbers (and other ten-digit numbers, on purpose).
NHS_NUMBER = re.compile(r"(?<!\d)\d{3}[\s-]?\d{3}[\s-]?\d{4}(?!\d)")
POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b", re.IGNORECASE)

REPLACEMENTS = [
    (EMAIL, "[email]"),
    (UK_PHONE, "[phone]"),
    (NHS_NUMBER, "[nhs-number]"),
    (POSTCODE, "[postcode]"),
]


def scrub(text):
    for pattern, placeholder in REPLACEMENTS:
        text = pattern.sub(placeholder, text)
    return text


class PersonalDataFilter(logging.Filter):
    def filter(self, record):
        try:
            message = record.getMessage()
        except Exception:  # a broken format string: log what we have rather than lose the record
            message = f"{record.msg} {record.args!r}"
        record.msg = scrub(message)
        record.args = ()
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = scrub(record.exc_text)
        if record.stack_info:
            record.stack_info = scrub(record.stack_info)
        return True


class PersonalDataExceptionReporterFilter(SafeExceptionReporterFilter):
    """Error emails and pages show which fields were posted and which variables existed, not their values."""

    def get_post_parameters(self, request):
        if request is None:
            return {}
        return dict.fromkeys(request.POST, self.cleansed_substitute)

    def get_traceback_frame_variables(self, request, tb_frame):
        return [(name, self.cleansed_substitute) for name in tb_frame.f_locals]


class PersonalDataAdminEmailHandler(AdminEmailHandler):
    """Error emails to ADMINS, scrubbed: their report quotes exception messages, which may hold details."""

    def send_mail(self, subject, message, *args, **kwargs):
        if kwargs.get("html_message"):
            kwargs["html_message"] = scrub(kwargs["html_message"])
        super().send_mail(scrub(subject), scrub(message), *args, **kwargs)
