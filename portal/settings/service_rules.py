"""The service's own rules, apart from the framework's settings: how long things are kept, the
limits on families' forms and the promises the pages make. Each can be set per deployment where it
reads the environment; docs/deployment.md lists them."""

import os

# A published wait older than this many days is shown with a warning that it may be out of date.
WAITING_TIME_STALE_AFTER_DAYS = 35

# Return-code lookups on /self-assessment/progress/ allowed per client address in each window.
SELFASSESS_CODE_LOOKUP_LIMIT = 10
SELFASSESS_CODE_LOOKUP_WINDOW_SECONDS = 60 * 60

# Training bookings hold names and work emails: `delete_old_training_bookings` removes them this
# many days after the session ends.
TRAINING_BOOKING_RETENTION_DAYS = 30

# Referrals (see docs/referrals.md): the promise on the confirmation page, email retries, and how
# long a closed referral's personal details are kept before `purge_referrals` removes them.
REFERRAL_TRIAGE_WORKING_DAYS = int(os.environ.get("REFERRAL_TRIAGE_WORKING_DAYS", "10"))
# Working days skip weekends and this UK nation's bank holidays: ENG, WLS, SCT or NIR.
BANK_HOLIDAY_REGION = os.environ.get("BANK_HOLIDAY_REGION", "ENG")
REFERRAL_MAX_AGE_YEARS = 18
REFERRAL_EMAIL_MAX_ATTEMPTS = 5
REFERRAL_RETENTION_DAYS = int(os.environ.get("REFERRAL_RETENTION_DAYS", str(2 * 365)))
# Files a school sends with its referral (referrals/attachments.py): PDF, Word (.docx), JPG or PNG,
# checked by content, each up to this size, this many per referral, kept in the database.
REFERRAL_ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024
REFERRAL_ATTACHMENT_MAX_FILES = 5
