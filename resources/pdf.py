"""A pack's PDF, made from its published page.

When a pack is published (from the admin, after clinical approval, by the scheduled publisher or
by the demo loader) its live content is rendered with `resources/pack_print.html` by WeasyPrint
into a tagged PDF/UA-1 file (language, title, headings, lists and live links), stored as the pack's
`PackPdf` and served from the pack's download link. Drafts and revisions in approval are never
rendered: only the page's live content is, so the served PDF is always the approved version.
"""

import base64
import hashlib
import io
import logging
import time

import qrcode
import qrcode.image.svg
from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver
from django.template.loader import render_to_string
from django.utils import timezone, translation
from wagtail.models import Site
from wagtail.signals import page_published

from home.models import ServiceSettings
from resources.models import PackPdf, ResourcePackPage

logger = logging.getLogger(__name__)

PDF_VARIANT = "pdf/ua-1"


def online_address(pack):
    """The public web address of the pack, for the PDF's link and QR code."""
    parts = pack.get_url_parts()
    path = parts[2] if parts else "/"
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def qr_code_svg(address):
    """An SVG QR code for the address, as a data URI (no file, nothing fetched)."""
    image = qrcode.make(address, image_factory=qrcode.image.svg.SvgPathImage, box_size=10, border=2)
    out = io.BytesIO()
    image.save(out)
    return "data:image/svg+xml;base64," + base64.b64encode(out.getvalue()).decode("ascii")


def service_settings_for(pack):
    """The pack's site's contact details; for a pack outside any site, the default site's, or the built-in
    service name when there is no site at all."""
    site = pack.get_site() or Site.objects.filter(is_default_site=True).first()
    return ServiceSettings.for_site(site) if site is not None else ServiceSettings()


def print_context(pack):
    address = online_address(pack)
    return {
        "page": pack,
        "service": service_settings_for(pack),
        "online_address": address,
        "qr_code": qr_code_svg(address),
        "base_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/") + "/",
    }


def pack_language(pack):
    locale = getattr(pack, "locale", None)
    return locale.language_code if locale is not None else settings.LANGUAGE_CODE


def print_html(pack):
    # In the pack's own language, not whatever the thread's last request was read in (Django keeps the last
    # activated language per thread: a publish or the demo loader after a request at /ur/ printed Urdu dates).
    with translation.override(pack_language(pack)):
        return render_to_string("resources/pack_print.html", print_context(pack))


def refuse_fetching(url, *args, **kwargs):
    """The print template is self-contained: styles inline, the QR code a data URI. Nothing else
    (an address typed by an editor, say) is fetched while rendering."""
    if url.startswith("data:"):
        from weasyprint.urls import default_url_fetcher

        return default_url_fetcher(url, *args, **kwargs)
    raise ValueError(f"Not fetched while rendering a pack: {url[:80]}")


def render_pdf(html, base_url):
    from weasyprint import HTML  # imported here: loading Pango takes a moment, and only publishing needs it

    return HTML(string=html, base_url=base_url, url_fetcher=refuse_fetching).write_pdf(pdf_variant=PDF_VARIANT)


def render_pack_pdf(pack, revision=None, html=None):
    """Render the pack's live content to PDF and store it as its PackPdf."""
    html = html if html is not None else print_html(pack)
    started = time.perf_counter()
    data = render_pdf(html, settings.WAGTAILADMIN_BASE_URL.rstrip("/") + "/")
    seconds = time.perf_counter() - started
    pdf = PackPdf.objects.filter(pack=pack).first() or PackPdf(pack=pack)
    old_name = pdf.file.name if pdf.file else ""
    pdf.file.save(f"{pack.slug}.pdf", ContentFile(data), save=False)
    if old_name and old_name != pdf.file.name:
        storage = pdf.file.storage
        transaction.on_commit(lambda: storage.delete(old_name))  # kept if the publish is rolled back
    pdf.file_size = len(data)
    pdf.revision = revision or pack.live_revision
    pdf.source_hash = hashlib.sha256(html.encode()).hexdigest()
    pdf.rendered_at = timezone.now()
    pdf.render_seconds = seconds
    pdf.save()
    logger.info("Rendered the PDF of pack %s in %.2f s (%d bytes)", pack.pk, seconds, len(data))
    return pdf


def current_pack_pdf(pack):
    """The PDF to serve for a live pack: the stored one if it was rendered from the live revision,
    otherwise rendered now (a pack published before PDFs were made, or whose render failed)."""
    pdf = PackPdf.objects.filter(pack=pack).first()
    if pdf is not None and pdf.file and pdf.revision_id == pack.live_revision_id:
        return pdf
    return render_pack_pdf(pack)


def ensure_pack_pdf(pack):
    """Render only if the print HTML changed (words, dates, service details or the template).
    Returns (pdf, rendered)."""
    html = print_html(pack)
    pdf = PackPdf.objects.filter(pack=pack).first()
    if (
        pdf is not None
        and pdf.file
        and pdf.source_hash == hashlib.sha256(html.encode()).hexdigest()
        and pdf.revision_id == pack.live_revision_id
    ):
        return pdf, False
    return render_pack_pdf(pack, html=html), True


@receiver(page_published)
def render_published_pack(sender, instance, revision=None, **kwargs):
    if not issubclass(sender, ResourcePackPage):
        return
    # The live content as stored, not the object in hand (its relations may not be saved yet).
    pack = ResourcePackPage.objects.get(pk=instance.pk)
    try:
        render_pack_pdf(pack, revision=revision)
    except Exception:
        # Publishing still succeeds; the download renders again on first use (its revision is stale).
        logger.exception("Could not render the PDF of pack %s", pack.pk)


@receiver(post_delete, sender=PackPdf)
def delete_pack_pdf_file(sender, instance, **kwargs):
    """A deleted pack (or its PDF row) leaves no file behind; only once the deletion is committed."""
    if instance.file:
        storage, name = instance.file.storage, instance.file.name
        transaction.on_commit(lambda: storage.delete(name))
