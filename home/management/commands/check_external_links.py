"""Check the links in live pages to other websites, for Reports → Broken links. Run daily (cron)."""

from django.core.management.base import BaseCommand, CommandError

from home.link_checks import DEFAULT_AT_ONCE, DEFAULT_TIMEOUT_SECONDS, NoInternet, check_external_links


class Command(BaseCommand):
    help = "Ask each website that live pages link to whether the page is there, and keep the answers for the report."

    def add_arguments(self, parser):
        parser.add_argument(
            "--timeout", type=float, default=DEFAULT_TIMEOUT_SECONDS, help="seconds to wait for each website"
        )
        parser.add_argument(
            "--at-once", type=int, default=DEFAULT_AT_ONCE, help="how many websites to ask at the same time"
        )

    def handle(self, *args, timeout, at_once, **options):
        try:
            results = check_external_links(timeout=timeout, at_once=at_once)
        except NoInternet as offline:
            raise CommandError(f"{offline} Nothing was recorded.") from offline
        broken = [result for result in results if result.problem]
        for result in broken:
            self.stdout.write(f"{result.problem}: {result.url}")
        self.stdout.write(f"Checked {len(results)} links to other websites: {len(broken)} broken.")
