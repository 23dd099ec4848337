from django.db import models


class PackPdf(models.Model):
    """A pack's PDF, rendered from its published page (resources/pdf.py). Not part of the page's
    revisions: a draft or a pack in approval never touches it, only a publish does."""

    pack = models.OneToOneField(
        "resources.ResourcePackPage", on_delete=models.CASCADE, primary_key=True, related_name="pdf"
    )
    file = models.FileField(upload_to="pack-pdfs/")
    file_size = models.PositiveIntegerField(default=0)
    # The published revision it was rendered from; the download renders again if the pack moved on.
    revision = models.ForeignKey(
        "wagtailcore.Revision", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # A hash of the print HTML: the demo loader renders again only when the words, dates or settings changed.
    source_hash = models.CharField(max_length=64, blank=True)
    rendered_at = models.DateTimeField()
    render_seconds = models.FloatField(default=0)

    class Meta:
        verbose_name = "pack PDF"

    def __str__(self):
        return f"PDF of pack {self.pack_id}"

    @property
    def type_and_size(self):
        """How GOV.UK describes a download: "PDF, 240 KB"."""
        if not self.file_size:
            return "PDF"
        if self.file_size < 1024 * 1024:
            return f"PDF, {max(1, round(self.file_size / 1024))} KB"
        return f"PDF, {self.file_size / (1024 * 1024):.1f} MB"
