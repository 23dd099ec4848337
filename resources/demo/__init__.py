"""Demo content for schools: the hub, packs with real PDFs, and training sessions with bookings."""

import hashlib

from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.models import Collection

from home.models import HomePage
from portal.demo import ensure_page, ensure_record
from resources.demo import hub, training
from resources.demo.packs import PACKS
from resources.demo.pdf import make_pdf
from resources.demo.roles import ensure_schools_roles
from resources.models import (
    Audience,
    KeyStage,
    PackTopic,
    PortalDocument,
    ResourcePackIndexPage,
    ResourcePackPage,
    SchoolsHubPage,
    TrainingBooking,
    TrainingEvent,
    TrainingIndexPage,
)


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
    for spec in PACKS:
        ensure_pack(log, pack_index, spec, tags)
    load_training(log, timezone.localdate())
    ensure_schools_roles(log, schools)


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


def pack_pdf(spec):
    paragraphs = [spec["summary"]]
    for heading, points in spec["sections"]:
        paragraphs.append("## " + heading)
        paragraphs.extend(f"- {point}" for point in points)
    paragraphs.append("Children's Therapy Service. This pack is also on our website, where it is kept up to date.")
    return make_pdf(spec["title"], paragraphs)


def ensure_document(log, title, filename, data):
    """One document per title; its file is replaced only when the PDF's bytes change."""
    file_hash = hashlib.sha1(data, usedforsecurity=False).hexdigest()
    document = PortalDocument.objects.filter(title=title).first()
    if document is not None and document.file_hash == file_hash:
        return document
    if document is None:
        document = PortalDocument(title=title, collection=Collection.get_first_root_node())
        log.created.append(f"document: {title}")
    else:
        log.updated.append(f"document: {title}")
    document.file.save(filename, ContentFile(data), save=False)
    document._set_document_file_metadata()
    document.save()
    return document


def ensure_pack(log, pack_index, spec, tags):
    document = ensure_document(log, spec["title"], f"{spec['slug']}.pdf", pack_pdf(spec))
    m2m = {name: [tags[name][slug] for slug in spec[name]] for name in ("audiences", "key_stages", "topics")}
    return ensure_page(
        log,
        pack_index,
        ResourcePackPage,
        spec["slug"],
        m2m=m2m,
        title=spec["title"],
        summary=spec["summary"],
        body=pack_body(spec),
        document=document,
        **hub.REVIEWED,
    )


def load_training(log, today):
    anchor = training.first_of_next_month(today)
    for spec in training.EVENTS:
        event = ensure_record(
            log,
            TrainingEvent,
            {"title": spec["title"]},
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
