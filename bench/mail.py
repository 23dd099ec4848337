"""A stand-in email provider for `make cluster` and `make soak`: Django's EMAIL_BACKEND pointed here.

Every message it accepts is written as one JSON line (recipient, subject, a digest of the body, the
process and the time) to the file named by CLUSTER_MAIL_LOG, so a run can count how many times each
message reached "the family". With CLUSTER_MAIL_FAIL_EVERY=10, every tenth call in each process
fails before anything is delivered, as a provider's timeout would; CLUSTER_MAIL_DELAY_MS makes each
call take that long, as a slow provider would. Lines are appended with O_APPEND in one write, so
several processes can share the file.

Only the app servers' outbox workers load it (it is named in their environment), never production.
"""

import hashlib
import json
import os
import smtplib
import time

from django.core.mail.backends.base import BaseEmailBackend


class ProviderFailure(smtplib.SMTPServerDisconnected):
    """The stand-in provider's planned failure: a transport error, retried by referrals/sending.py."""


class RecordingEmailBackend(BaseEmailBackend):
    calls = 0  # per process, across backend instances

    def send_messages(self, email_messages):
        path = os.environ.get("CLUSTER_MAIL_LOG")
        fail_every = int(os.environ.get("CLUSTER_MAIL_FAIL_EVERY", "0") or 0)
        delay = float(os.environ.get("CLUSTER_MAIL_DELAY_MS", "0") or 0) / 1000
        delivered = 0
        for message in email_messages:
            type(self).calls += 1
            if delay:
                time.sleep(delay)
            if fail_every and type(self).calls % fail_every == 0:
                raise ProviderFailure(f"stand-in provider: call {type(self).calls} fails (1 in {fail_every})")
            line = {
                "to": list(message.to),
                "subject": message.subject,
                "body": hashlib.sha256(message.body.encode()).hexdigest()[:16],
                "pid": os.getpid(),
                "at": time.time(),
            }
            if path:
                descriptor = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
                try:
                    os.write(descriptor, (json.dumps(line) + "\n").encode())
                finally:
                    os.close(descriptor)
            delivered += 1
        return delivered


def read_log(path):
    """Every delivery recorded in `path`, oldest first."""
    if not os.path.exists(path):
        return []
    with open(path) as log:
        return [json.loads(line) for line in log if line.strip()]
