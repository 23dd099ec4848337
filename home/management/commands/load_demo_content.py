"""Build the demo site. Safe to run again: a second run changes nothing and says so."""

import os
import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils.module_loading import import_string

from home.demo.loader import ChangeLog

DEMO_USERS = [
    # username, is_superuser, Wagtail groups, what they are for
    ("admin", True, [], "superuser: everything"),
    ("editor", False, ["Editors"], "edits content, submits it for clinical approval"),
    ("approver", False, ["Moderators"], "approves or rejects content changes"),
]


def demo_password():
    """DEMO_PASSWORD if set; otherwise one generated on the first run and kept in var/, so the
    logins printed by every later run still work."""
    password = os.environ.get("DEMO_PASSWORD", "")
    if password:
        return password
    stored = Path(settings.VAR_DIR) / "demo-password.txt"
    if stored.exists() and stored.read_text().strip():
        return stored.read_text().strip()
    stored.parent.mkdir(parents=True, exist_ok=True)
    password = secrets.token_urlsafe(12)
    stored.write_text(password + "\n")
    stored.chmod(0o600)
    return password


class Command(BaseCommand):
    help = "Load the demo content and demo users (idempotent)."

    def handle(self, *args, **options):
        log = ChangeLog()
        password = demo_password()
        with transaction.atomic():
            ensure_users(log, password)
            for loader_path in settings.DEMO_CONTENT_LOADERS:
                import_string(loader_path)(log)
        verbose = options["verbosity"] >= 2
        for action, lines in (("created", log.created), ("updated", log.updated)):
            if verbose:
                for line in lines:
                    self.stdout.write(f"  {action} {line}")
            else:
                for kind, count in sorted(log.counts_by_kind(lines).items()):
                    self.stdout.write(f"  {action} {count} × {kind}")
        self.stdout.write(self.style.SUCCESS(log.summary()))
        self.stdout.write("")
        self.stdout.write("Demo logins for the admin at /admin/ (all share one password):")
        self.stdout.write(f"  password: {password}")
        for username, description in log.logins:
            self.stdout.write(f"  {username:<13} {description}")


def ensure_users(log, password):
    User = get_user_model()
    for username, is_superuser, group_names, description in DEMO_USERS:
        log.logins.append((username, description))
        user = User.objects.filter(username=username).first()
        if user is None:
            user = User(username=username, email=f"{username}@example.org", is_staff=True, is_superuser=is_superuser)
            user.set_password(password)
            user.save()
            log.created.append(f"user: {username}")
        elif not user.check_password(password):
            user.set_password(password)
            user.save(update_fields=["password"])
            log.updated.append(f"user: {username} (password)")
        for name in group_names:
            group = Group.objects.get(name=name)
            if not user.groups.filter(pk=group.pk).exists():
                user.groups.add(group)
                log.updated.append(f"user: {username} joined {name}")
