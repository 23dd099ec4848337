"""Builders for page trees in tests. StreamField values are written out explicitly."""

import datetime

import factory
from wagtail.models import Page, Site

from home.models import AdviceIndexPage, AdviceTopicPage, AgeBand, HomePage, InformationPage, LifeArea


class LifeAreaFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = LifeArea
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Area {n}")
    slug = factory.Sequence(lambda n: f"area-{n}")


class AgeBandFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AgeBand
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Band {n}")
    slug = factory.Sequence(lambda n: f"band-{n}")
    min_age = 5
    max_age = 11


def make_home_page(**fields):
    """A HomePage as the default site's root, replacing Wagtail's placeholder page."""
    root = Page.get_first_root_node()
    Page.objects.filter(depth=2).delete()
    home = HomePage(title="Home", slug="home", hero_heading=fields.pop("hero_heading", "Test home"), **fields)
    root.add_child(instance=home)
    home.save_revision().publish()
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    return home


def add_page(parent, model, title, **fields):
    page = model(title=title, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def make_information_page(parent, title="About us", **fields):
    fields.setdefault("summary", "A short summary.")
    fields.setdefault("last_reviewed", datetime.date(2026, 1, 31))
    fields.setdefault(
        "body",
        [
            {"type": "rich_text", "value": "<p>Body text for families.</p>"},
            {"type": "inset_text", "value": {"body": "<p>Inset words.</p>"}},
        ],
    )
    return add_page(parent, InformationPage, title, **fields)


def make_advice_tree(parent, topics=1, areas=None, bands=None):
    index = add_page(parent, AdviceIndexPage, "Advice", intro="Ideas to try at home.")
    created = []
    for number in range(topics):
        topic = AdviceTopicPage(title=f"Topic {number}", summary=f"Summary {number}")
        if areas:
            topic.life_areas.set(areas)
        if bands:
            topic.age_bands.set(bands)
        index.add_child(instance=topic)
        topic.save_revision().publish()
        created.append(topic)
    return index, created
