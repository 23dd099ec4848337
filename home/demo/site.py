"""The demo site's structure: home page, settings, and the pages every visitor needs."""

from wagtail.models import Page, Site

from home.demo import pages as content
from home.demo.stories import load_stories
from home.demo.taxonomy import load_taxonomy
from home.demo.teams import load_teams
from home.demo.workflow import ensure_workflows
from home.models import AdviceIndexPage, AdviceTopicPage, HomePage, InformationPage, ServiceSettings
from portal.demo import ensure_page, ensure_record


def ensure_home_page(log):
    """Replace Wagtail's placeholder welcome page with our home page, once."""
    root = Page.get_first_root_node()
    home = HomePage.objects.first()
    if home is None:
        placeholder = Page.objects.filter(depth=2, slug="home", content_type__model="page").first()
        if placeholder is not None and not placeholder.get_children().exists():
            placeholder.delete()
        home = HomePage(title="Home", slug="home", **content.HOME)
        root.add_child(instance=home)
        home.save_revision().publish()
        log.created.append("page: Home")
    else:
        home = ensure_page(log, root, HomePage, home.slug, **content.HOME)
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site.objects.create(
            hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="Children's Therapy Service"
        )
        log.created.append("site")
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.save()
        log.updated.append("site root")
    return home, site


def load_site(log):
    areas, bands = load_taxonomy(log, ensure_record)
    home, site = ensure_home_page(log)

    info_pages = {}
    for spec in content.INFORMATION_PAGES:
        spec = dict(spec)
        slug = spec.pop("slug")
        info_pages[slug] = ensure_page(log, home, InformationPage, slug, **spec)
    load_teams(log, home)

    advice_index = ensure_page(log, home, AdviceIndexPage, "advice", **content.ADVICE_INDEX)
    for spec in content.ADVICE_TOPICS:
        spec = dict(spec)
        slug = spec.pop("slug")
        topic_areas = [areas[key] for key in spec.pop("areas")]
        topic_bands = [bands[key] for key in spec.pop("age_bands")]
        ensure_page(
            log,
            advice_index,
            AdviceTopicPage,
            slug,
            m2m={"life_areas": topic_areas, "age_bands": topic_bands},
            **spec,
        )

    stories = load_stories(log, home, areas)
    ensure_workflows(log, [advice_index, *info_pages.values()])

    ensure_record(
        log,
        ServiceSettings,
        {"site": site},
        contact_page=info_pages.get("contact-us"),
        accessibility_page=info_pages.get("accessibility-statement"),
        privacy_page=info_pages.get("privacy-notice"),
        complaints_page=info_pages.get("complaints-and-feedback"),
        who_does_what_page=info_pages.get("who-does-what"),
        stories_page=stories,
        **content.SERVICE_SETTINGS,
    )
    return home
