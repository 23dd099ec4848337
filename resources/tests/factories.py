"""Builders for schools pages, packs with real files, and training sessions."""

import datetime

import factory
from django.core.files.base import ContentFile
from django.utils import timezone

from home.tests.factories import add_page
from resources.models import (
    Audience,
    KeyStage,
    PackTopic,
    PortalDocument,
    ResourcePackIndexPage,
    ResourcePackPage,
    SchoolsHubPage,
    TrainingEvent,
    TrainingIndexPage,
)
from resources.tests.pdf import make_pdf


class AudienceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Audience
        django_get_or_create = ("slug",)

    name = factory.LazyAttribute(lambda tag: tag.slug.replace("-", " ").capitalize())
    slug = factory.Sequence(lambda n: f"audience-{n}")


class KeyStageFactory(AudienceFactory):
    class Meta:
        model = KeyStage
        django_get_or_create = ("slug",)


class PackTopicFactory(AudienceFactory):
    class Meta:
        model = PackTopic
        django_get_or_create = ("slug",)


def make_document(title="A pack", filename="a-pack.pdf", data=None):
    data = data if data is not None else make_pdf(title, ["Some advice."])
    document = PortalDocument(title=title)
    document.file.save(filename, ContentFile(data), save=False)
    document._set_document_file_metadata()
    document.save()
    return document


def make_schools_tree(home):
    hub = add_page(home, SchoolsHubPage, "Schools", slug="schools", summary="For schools.")
    packs = add_page(hub, ResourcePackIndexPage, "Resource packs", slug="resources")
    training = add_page(hub, TrainingIndexPage, "Training", slug="training")
    return hub, packs, training


def make_pack(index, title, audiences=(), key_stages=(), topics=(), document=None, **fields):
    pack = ResourcePackPage(title=title, summary=fields.pop("summary", f"About {title}."), document=document, **fields)
    pack.audiences.set(audiences)
    pack.key_stages.set(key_stages)
    pack.topics.set(topics)
    index.add_child(instance=pack)
    pack.save_revision().publish()
    return pack


class TrainingEventFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = TrainingEvent

    title = factory.Sequence(lambda n: f"Training session {n}")
    description = "What you will learn."
    audience = "Teachers"
    starts_at = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=14))
    ends_at = factory.LazyAttribute(lambda event: event.starts_at + datetime.timedelta(hours=2))
    booking_deadline = factory.LazyAttribute(lambda event: event.starts_at - datetime.timedelta(days=2))
    is_online = True
    venue = "Online"
    capacity = 2


def translated_workshops_page(code):
    """The demo's family workshops page published in `code` (a copy made for translation, as an editor's
    "Translate" makes it); returns the English page."""
    from wagtail.models import Locale

    from resources.models import FamilyWorkshopsPage

    english = FamilyWorkshopsPage.objects.get(locale=Locale.get_default())
    copy = FamilyWorkshopsPage.objects.filter(locale__language_code=code, translation_key=english.translation_key)
    page = copy.first() or english.copy_for_translation(Locale.objects.get(language_code=code))
    if page.alias_of_id:
        page.alias_of = None
        page.save()
    page.save_revision().publish()
    return english
