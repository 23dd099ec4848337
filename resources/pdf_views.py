"""The pack's PDF for the people who edit it: the link in the "PDF for schools" panel (resources/panels.py)."""

from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404
from django.utils.http import http_date

from resources.models import ResourcePackPage
from resources.pdf import current_pack_pdf


def download_pack_pdf_for_editor(request, pack_id):
    """The PDF schools download, for someone who may edit the pack. Not counted as a school's download."""
    pack = get_object_or_404(ResourcePackPage.objects.live(), pk=pack_id)
    if not pack.permissions_for_user(request.user).can_edit():
        raise Http404("No such pack.")
    pdf = current_pack_pdf(pack)
    response = FileResponse(
        pdf.file.open("rb"), as_attachment=True, filename=f"{pack.slug}.pdf", content_type="application/pdf"
    )
    response["Last-Modified"] = http_date(pdf.rendered_at.timestamp())
    # As the public download: a file opened in the browser from our address runs nothing.
    response["Content-Security-Policy"] = "default-src 'none'"
    return response
