from django.db import IntegrityError, models, transaction
from django.db.models import F
from django.utils import timezone


class PackDownloadDay(models.Model):
    """How many times a pack's file was downloaded on one day. Nothing about who downloaded it."""

    pack = models.ForeignKey("resources.ResourcePackPage", on_delete=models.CASCADE, related_name="download_days")
    date = models.DateField()
    count = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["pack", "date"], name="one_download_row_per_pack_per_day")]
        ordering = ["-date"]

    def __str__(self):
        return f"{self.pack_id} on {self.date}: {self.count}"

    @classmethod
    def record(cls, pack, date=None):
        """Count one download. Safe when many people download at once: the row is created at
        most once and the count is incremented in the database, never read-modify-written."""
        date = date or timezone.localdate()
        if not cls.objects.filter(pack=pack, date=date).exists():
            try:
                with transaction.atomic():
                    cls.objects.create(pack=pack, date=date, count=0)
            except IntegrityError:
                pass  # someone else created today's row first
        cls.objects.filter(pack=pack, date=date).update(count=F("count") + 1)
