"""Email each page owner a list of their pages that are overdue or soon due for review. Run weekly (cron)."""

from collections import defaultdict

from django.conf import settings
from django.core.mail import send_mail
from django.core.management.base import BaseCommand

from home.reports import DUE_SOON_DAYS, pages_due_for_review


class Command(BaseCommand):
    help = f"Email owners their pages that are overdue for review or due within {DUE_SOON_DAYS} days."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="List who would be emailed, without sending.")

    def handle(self, *args, dry_run=False, **options):
        by_owner = defaultdict(list)
        unowned = []
        for item in pages_due_for_review():
            owner = item.page.owner
            if item.due is None:
                continue  # no date: the report lists these for editors to fix
            if owner is None or not owner.email:
                unowned.append(item)
            else:
                by_owner[owner].append(item)

        for owner, items in by_owner.items():
            lines = [
                f"- {item.title}: {item.status.lower()}, review due {item.due:%-d %B %Y}\n"
                f"  {settings.WAGTAILADMIN_BASE_URL}/admin/pages/{item.pk}/edit/"
                for item in items
            ]
            body = (
                "These pages you own need a content review. Check that each is still right, then update "
                "'Last reviewed' in the page's settings and submit it for approval.\n\n" + "\n".join(lines) + "\n"
            )
            if not dry_run:
                send_mail(
                    subject=f"{len(items)} page{'s' if len(items) != 1 else ''} due for review",
                    message=body,
                    from_email=None,
                    recipient_list=[owner.email],
                )
            self.stdout.write(f"{'Would email' if dry_run else 'Emailed'} {owner.email}: {len(items)} page(s)")
        for item in unowned:
            self.stdout.write(self.style.WARNING(f"No owner to email for: {item.title} ({item.status.lower()})"))
