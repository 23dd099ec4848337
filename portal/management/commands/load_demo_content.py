"""Build the demo site from every app's `demo` package (portal/demo.py). Safe to run again: a
second run changes nothing and says so."""

from django.core.management.base import BaseCommand
from django.db import transaction
from django.urls import get_resolver

from portal.demo import ChangeLog, demo_loaders, demo_password


class Command(BaseCommand):
    help = "Load the demo content and demo users (idempotent)."

    def handle(self, *args, **options):
        # Wagtail records where each object is used (the admin's "Usage") only for models whose admin viewsets are
        # registered, which happens when the URLconf is first read. manage.py's system checks read it; a caller
        # that skips them (call_command in the tests) would get a demo with no waiting time in any team's usage.
        get_resolver().url_patterns  # noqa: B018 (read for its side effect)
        log = ChangeLog()
        password = demo_password()
        with transaction.atomic():
            for load in demo_loaders():
                load(log)
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
