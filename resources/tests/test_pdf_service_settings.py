"""The PDF names the service and its contact details even for a pack outside any site (a copy of the page
tree being checked before a site points at it): the default site's, or the built-in service name."""

import io

import pytest
from pypdf import PdfReader
from wagtail.models import Site

from home.tests.factories import make_home_page
from resources.pdf import render_pack_pdf
from resources.tests.factories import make_pack, make_schools_tree

pytestmark = pytest.mark.django_db


def test_a_pack_outside_any_site_is_rendered_with_the_default_service_details(file_storage):
    _, index, _ = make_schools_tree(make_home_page())
    pack = make_pack(index, "Handwriting in key stage 2", body=[{"type": "rich_text", "value": "<h2>Basics</h2>"}])
    Site.objects.all().delete()
    pdf = render_pack_pdf(pack)
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf.file.read())).pages)
    assert "Children's Therapy Service" in text and "Basics" in text
