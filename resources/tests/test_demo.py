import datetime
import io
import re

import pytest
from django.core.management import call_command
from django.utils import timezone

from resources.models import PackPdf, ResourcePackPage, TrainingEvent
from resources.tests.pdf import make_pdf

pytestmark = pytest.mark.django_db


def test_demo_schools_content_is_complete_and_loads_twice_without_changes(demo_site, client):
    packs = ResourcePackPage.objects.live()
    assert packs.count() >= 8
    assert all(pack.current_pdf and pack.current_pdf.file_size > 10_000 for pack in packs)
    assert not any(pack.document for pack in packs)  # no hand-made PDFs: each is rendered from its page
    assert {a.slug for pack in packs for a in pack.audiences.all()} >= {
        "early-years",
        "primary",
        "secondary",
        "parents",
    }
    assert {t.slug for pack in packs for t in pack.topics.all()} >= {
        "handwriting",
        "fine-motor",
        "sensory",
        "self-care",
        "pe-movement",
        "equipment",
    }

    events = TrainingEvent.objects.for_school_staff()
    assert events.count() == 4
    assert [event.places_left == 0 and event.waiting_list_size() > 0 for event in events].count(True) == 1
    workshops = TrainingEvent.objects.for_families()
    assert workshops.count() == 5
    assert [event.places_left == 0 and event.waiting_list_size() > 0 for event in workshops].count(True) == 1
    # In the coming weeks, with a few days left to book each one.
    now = timezone.now()
    assert all(
        now < event.booking_deadline < event.starts_at < now + datetime.timedelta(weeks=6) for event in workshops
    )

    out = io.StringIO()
    call_command("load_demo_content", stdout=out)
    assert "No changes" in out.getvalue()
    assert PackPdf.objects.count() == packs.count()


def test_a_senco_reaches_the_ks2_handwriting_pack_in_two_clicks(demo_site, client):
    hub = client.get("/schools/").content.decode()
    assert 'href="/schools/resources/?key_stage=ks2"' in hub
    listing = client.get("/schools/resources/?key_stage=ks2").content.decode()
    assert 'href="/schools/resources/handwriting-key-stage-2/"' in listing
    pack = client.get("/schools/resources/handwriting-key-stage-2/").content.decode()
    assert "Handwriting in key stage 2" in pack and re.search(r"\(PDF, \d+ KB\)", pack)


def hrefs(html):
    return set(re.findall(r'href="([^"]+)"', html))


def test_a_parent_reaches_a_workshop_booking_form_from_the_home_page_in_three_clicks(demo_site, client):
    assert "/how-to-get-help/" in hrefs(client.get("/").content.decode())
    assert "/workshops-for-families/" in hrefs(client.get("/how-to-get-help/").content.decode())
    workshops = client.get("/workshops-for-families/").content.decode()
    book_links = sorted(href for href in hrefs(workshops) if re.fullmatch(r"/workshops-for-families/\d+/book/", href))
    assert len(book_links) == 5
    form = client.get(book_links[0]).content.decode()
    assert "Your full name" in form and "Book a place" in form


def test_generated_pdfs_are_deterministic_and_well_formed():
    first = make_pdf("Scissors (KS1)", ["## Steps", "- Snip a fringe", "Héllo “quotes”"])
    assert first == make_pdf("Scissors (KS1)", ["## Steps", "- Snip a fringe", "Héllo “quotes”"])
    assert first.startswith(b"%PDF-1.4") and first.rstrip().endswith(b"%%EOF")
    startxref = int(first.rsplit(b"startxref\n", 1)[1].split(b"\n", 1)[0])
    assert first[startxref:].startswith(b"xref")
    assert b"(Scissors \\(KS1\\)) Tj" in first
    with pytest.raises(ValueError):
        make_pdf("Too long", ["line"] * 60)
