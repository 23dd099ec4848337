"""Demo content for schools: the hub, packs (their PDFs rendered from the pages) and their downloads, and training
sessions with bookings; and for families, the workshops page and workshops with bookings."""

from django.utils import timezone
from wagtail.models import Page

from home.models import HomePage
from portal.demo import ensure_page, ensure_record
from resources.demo import hub, training, workshops
from resources.demo.downloads import ensure_downloads
from resources.demo.packs import PACKS
from resources.demo.retired_pdfs import retire_hand_made_pdfs
from resources.demo.roles import ensure_schools_roles
from resources.models import (
    Audience,
    FamilyWorkshopsPage,
    KeyStage,
    PackTopic,
    ResourcePackIndexPage,
    ResourcePackPage,
    SchoolsHubPage,
    SessionKind,
    TrainingBooking,
    TrainingEvent,
    TrainingIndexPage,
)
from resources.pdf import ensure_pack_pdf


def load(log):
    home = HomePage.objects.first()
    tags = {
        "audiences": ensure_tags(log, Audience, hub.AUDIENCES),
        "key_stages": ensure_tags(log, KeyStage, hub.KEY_STAGES),
        "topics": ensure_tags(log, PackTopic, hub.TOPICS),
    }
    schools = ensure_page(log, home, SchoolsHubPage, "schools", **hub.HUB)
    pack_index = ensure_page(log, schools, ResourcePackIndexPage, "resources", **hub.PACK_INDEX)
    ensure_page(log, schools, TrainingIndexPage, "training", **hub.TRAINING_INDEX)
    packs = [ensure_pack(log, pack_index, spec, tags) for spec in PACKS]
    retire_hand_made_pdfs(log, packs)
    ensure_downloads(log, packs, timezone.localdate())
    load_training(log, timezone.localdate())
    ensure_schools_roles(log, schools)
    ensure_workshops_page(log, home)
    load_workshops(log, timezone.localdate())


def ensure_workshops_page(log, home):
    """The families' workshops page. A database made before workshops could be booked online has an
    information page at this address: it is replaced (the new page says everything it said)."""
    spec = workshops.PAGE
    old = Page.objects.child_of(home).filter(slug=spec["slug"]).first()
    if old is not None and not isinstance(old.specific, FamilyWorkshopsPage):
        old.delete()
        log.updated.append(f"page: {spec['title']} (booked online now)")
    return ensure_page(log, home, FamilyWorkshopsPage, **spec)


def load_workshops(log, today):
    monday = workshops.this_monday(today)
    for spec in workshops.SESSIONS:
        event = ensure_record(
            log,
            TrainingEvent,
            {"title": spec["title"], "kind": SessionKind.FAMILIES},
            **workshops.session_fields(spec, monday),
        )
        for name, email, status in spec.get("bookings", []):
            ensure_record(log, TrainingBooking, {"event": event, "email": email}, name=name, status=status)


def ensure_tags(log, model, pairs):
    return {
        slug: ensure_record(log, model, {"slug": slug}, name=name, sort_order=order)
        for order, (slug, name) in enumerate(pairs)
    }


def pack_body(spec):
    blocks = []
    for heading, points in spec["sections"]:
        items = "".join(f"<li>{point}</li>" for point in points)
        blocks.append({"type": "rich_text", "value": f"<h2>{heading}</h2><ul>{items}</ul>"})
    return blocks


def ensure_pack(log, pack_index, spec, tags):
    """The pack page; publishing it renders its PDF (resources/pdf.py). The PDF is rendered again only
    when what it prints changed (for a database made before PDFs were rendered from pages)."""
    m2m = {name: [tags[name][slug] for slug in spec[name]] for name in ("audiences", "key_stages", "topics")}
    pack = ensure_page(
        log,
        pack_index,
        ResourcePackPage,
        spec["slug"],
        m2m=m2m,
        title=spec["title"],
        summary=spec["summary"],
        body=pack_body(spec),
        document=None,
        **hub.REVIEWED,
    )
    _, rendered = ensure_pack_pdf(ResourcePackPage.objects.get(pk=pack.pk))
    if rendered:
        log.updated.append(f"pack PDF: {spec['title']}")
    return pack


def load_training(log, today):
    anchor = training.first_of_next_month(today)
    for spec in training.EVENTS:
        event = ensure_record(
            log,
            TrainingEvent,
            {"title": spec["title"], "kind": SessionKind.SCHOOL_STAFF},
            description=spec["description"],
            audience=spec["audience"],
            is_online=spec["is_online"],
            venue=spec["venue"],
            capacity=spec["capacity"],
            **training.event_times(spec, anchor),
        )
        for name, role, school, email, status in spec.get("bookings", []):
            ensure_record(
                log,
                TrainingBooking,
                {"event": event, "email": email},
                name=name,
                role=role,
                school=school,
                status=status,
            )
