"""Take down stories whose consent has run out, and tell each page's owner. Run daily (cron)."""

from django.conf import settings
from django.core.mail import send_mail
from django.core.management.base import BaseCommand
from django.utils import timezone

from home.models import StoryPage


class Command(BaseCommand):
    help = "Unpublish stories whose consent has expired and email their owners."

    def handle(self, *args, **options):
        today = timezone.localdate()
        expired = StoryPage.objects.live().filter(consent_expires__lt=today).select_related("owner")
        count = 0
        for story in expired:
            story.unpublish(log_action="wagtail.unpublish")
            count += 1
            self.stdout.write(f"Unpublished: {story.title} (consent ran out {story.consent_expires:%-d %B %Y})")
            owner = story.owner
            if owner is None or not owner.email:
                self.stdout.write(self.style.WARNING(f"  {story.title} has no owner with an email address to tell"))
                continue
            send_mail(
                subject=f"Story taken down: {story.title}",
                message=(
                    f'The story "{story.title}" has been unpublished because consent to share it ran out on '
                    f"{story.consent_expires:%-d %B %Y}.\n\n"
                    "If the family agrees to share it for longer, record the new consent dates and publish it "
                    "again. If not, you can delete it.\n\n"
                    f"Edit the page: {settings.WAGTAILADMIN_BASE_URL}/admin/pages/{story.pk}/edit/\n"
                ),
                from_email=None,
                recipient_list=[owner.email],
            )
        self.stdout.write(self.style.SUCCESS(f"{count} stor{'y' if count == 1 else 'ies'} unpublished."))
