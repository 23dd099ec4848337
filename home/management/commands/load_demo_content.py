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
    # username, is_superuser, Wagtail groups
    ("admin", True, []),
    ("editor", False, ["Editors"]),
    ("approver", False, ["Moderators"]),
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
            for loader_path in settings.DEMO_CONTENT_LOADERS:
                import_string(loader_path)(log)
            ensure_users(log, password)
        for line in log.created:
            self.stdout.write(f"  created {line}")
        for line in log.updated:
            self.stdout.write(f"  updated {line}")
        self.stdout.write(self.style.SUCCESS(log.summary()))
        self.stdout.write("")
        self.stdout.write("Demo logins for the admin at /admin/ :")
        for username, _, _ in DEMO_USERS:
            self.stdout.write(f"  {username:<9} password: {password}")


def ensure_users(log, password):
    User = get_user_model()
    for username, is_superuser, group_names in DEMO_USERS:
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
