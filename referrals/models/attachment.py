"""Files a school sends with its referral: assess-plan-do-review notes, a writing sample.

The bytes live in the database, beside the referral they belong to, never in a storage with a
public address: they are read only through the triage view, which lets in the referral's own team
and nobody else. A file is added during the journey (keyed by the journey's idempotency key, before
any referral exists), joined to its referral in the transaction that saves it, deleted with the
referral's personal details at the end of retention, and deleted within a day when its journey is
never sent (`referrals.retention.purge_abandoned_attachments`).
"""

from django.db import models
from django.utils import timezone


class AttachmentKind(models.TextChoices):
    """What a file is, found from its first bytes (referrals/attachments.py), never from its name."""

    PDF = "pdf", "PDF"
    DOCX = "docx", "Word document"
    JPEG = "jpeg", "JPG image"
    PNG = "png", "PNG image"


class AttachmentManager(models.Manager):
    """Lists and counts never load the files themselves; `with_data()` does, for a download."""

    def get_queryset(self):
        return super().get_queryset().defer("data")

    def with_data(self):
        return super().get_queryset()


class Attachment(models.Model):
    journey_key = models.UUIDField(db_index=True)
    referral = models.ForeignKey(
        "referrals.Referral", null=True, blank=True, on_delete=models.CASCADE, related_name="attachments"
    )
    # The file's name as the school gave it (it can name the child: personal, purged with the referral).
    name = models.CharField(max_length=150)
    kind = models.CharField(max_length=10, choices=AttachmentKind.choices)
    size = models.PositiveIntegerField()
    data = models.BinaryField()
    uploaded_at = models.DateTimeField(default=timezone.now)

    objects = AttachmentManager()

    class Meta:
        ordering = ["uploaded_at", "pk"]

    def __str__(self):
        return f"{self.get_kind_display()} ({self.size:,} bytes)"
