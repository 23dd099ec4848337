"""Demo content for the self-assessment: the default questionnaire, support offers and advice topics.

Idempotent like every demo loader: a second run changes nothing. The questionnaire is published
through Wagtail revisions, so its safety scenarios are checked on the way, as in the admin.
"""

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from wagtail.models import WorkflowContentType

from home.demo.workflow import clinical_approval
from home.models import AdviceIndexPage, AdviceTopicPage, AgeBand, LifeArea
from portal.demo import _differs, ensure_page, ensure_record
from selfassess.demo import questionnaire as content
from selfassess.demo import translations
from selfassess.demo.offers import OFFERS
from selfassess.demo.progress import ensure_progress_record
from selfassess.demo.topics import REVIEWED, TOPICS
from selfassess.models import Assessment, Questionnaire, SupportOffer

TITLE = "Check your child's needs"
GROUP_PERMISSIONS = {
    "Editors": [("questionnaire", ["add", "change", "lock"]), ("supportoffer", ["add", "change", "lock"])],
    "Moderators": [
        ("questionnaire", ["add", "change", "publish", "lock", "unlock"]),
        ("supportoffer", ["add", "change", "delete", "publish", "lock", "unlock"]),
        ("assessment", ["view"]),
    ],
    # The self-assessment insight report: counts only.
    "Service managers": [("assessment", ["view"])],
}


def questionnaire_values(areas, bands):
    def options(pairs):
        return [{"type": "option", "value": {"label": label, "score": score}} for label, score in pairs]

    return {
        "introduction": "Find out what could help your child with everyday skills, and whether to ask us for a referral.",
        "age_bands": [{"type": "age_band", "value": bands[slug].pk} for slug in content.ALL_BANDS],
        "red_flags_heading": "Before we start, we need to check your child is safe",
        "red_flags": [{"type": "red_flag", "value": flag} for flag in content.RED_FLAGS],
        "scale": options(content.SCALE),
        "impact_question": "How much does this stop your child joining in at home, nursery or school, or with friends?",
        "impact_options": options(content.IMPACT_OPTIONS),
        "impact_weight": 2,
        "tried_advice_question": "Have you used our advice for this area for at least 12 weeks?",
        "domains": [
            {
                "type": "domain",
                "value": {
                    "life_area": areas[slug].pk,
                    "hint": hint,
                    "questions": questions,
                    "targeted_threshold": content.TARGETED_THRESHOLD,
                    "specialist_threshold": content.SPECIALIST_THRESHOLD,
                },
            }
            for slug, hint, questions in content.DOMAINS
        ],
        "scenarios": [{"type": "scenario", "value": scenario} for scenario in content.SCENARIOS],
    }


def ensure_questionnaire(log, areas, bands):
    values = questionnaire_values(areas, bands)
    questionnaire = Questionnaire.objects.filter(title=TITLE).first()
    if questionnaire is None:
        questionnaire = Questionnaire(title=TITLE, live=False, **values)
        questionnaire.save()
        questionnaire.save_revision().publish()
        log.created.append(f"questionnaire: {TITLE}")
        return questionnaire
    changed = [name for name, wanted in values.items() if _differs(questionnaire, name, wanted)]
    if changed or not questionnaire.live:
        for name in changed:
            setattr(questionnaire, name, values[name])
        questionnaire.save_revision().publish()
        log.updated.append(f"questionnaire: {TITLE}")
    return questionnaire


def ensure_offers(log, areas, bands):
    """Each offer live through a published revision, as an approval leaves it; unchanged ones are left alone."""
    for spec in OFFERS:
        spec = dict(spec)
        title = spec.pop("title")
        offer_areas = {areas[slug] for slug in spec.pop("areas")}
        offer_bands = {bands[slug] for slug in spec.pop("age_bands")}
        offer = SupportOffer.objects.filter(title=title).first()
        if offer is None:
            offer = SupportOffer(title=title, live=False, **spec)
            offer.save()
            log.created.append(f"support offer: {title}")
        else:
            changed = [name for name, wanted in spec.items() if _differs(offer, name, wanted)]
            tags_changed = set(offer.life_areas.all()) != offer_areas or set(offer.age_bands.all()) != offer_bands
            if not changed and not tags_changed and offer.live and offer.live_revision_id:
                continue
            for name in changed:
                setattr(offer, name, spec[name])
            log.updated.append(f"support offer: {title}")
        # Parental tags are written by save(), and kept in the revision with the rest of the offer.
        offer.life_areas.set(offer_areas)
        offer.age_bands.set(offer_bands)
        offer.save()
        offer.save_revision().publish()


def ensure_topics(log, areas, bands):
    advice_index = AdviceIndexPage.objects.filter(slug="advice").first()
    if advice_index is None:
        return
    for spec in TOPICS:
        spec = dict(spec)
        ensure_page(
            log,
            advice_index,
            AdviceTopicPage,
            spec.pop("slug"),
            m2m={
                "life_areas": [areas[slug] for slug in spec.pop("areas")],
                "age_bands": [bands[slug] for slug in spec.pop("age_bands")],
            },
            **spec,
            **REVIEWED,
        )


def ensure_workflow_and_permissions(log):
    # Changes to the questionnaire and the support offers are clinical: a clinician approves them,
    # as for advice pages.
    workflow = clinical_approval()
    if workflow is not None:
        for model in (Questionnaire, SupportOffer):
            content_type = ContentType.objects.get_for_model(model)
            ensure_record(log, WorkflowContentType, {"content_type": content_type}, workflow=workflow)
    models = {"questionnaire": Questionnaire, "supportoffer": SupportOffer, "assessment": Assessment}
    for group_name, grants in GROUP_PERMISSIONS.items():
        group = Group.objects.filter(name=group_name).first()
        if group is None:
            continue
        for model_name, actions in grants:
            model_type = ContentType.objects.get_for_model(models[model_name])
            for action in actions:
                permission = Permission.objects.filter(
                    content_type=model_type, codename=f"{action}_{model_name}"
                ).first()
                # Missing only when a test flushed the tables that migrations fill.
                if permission is not None and not group.permissions.filter(pk=permission.pk).exists():
                    group.permissions.add(permission)
                    log.updated.append(f"group: {group_name} can {action} {model_name}")


def load(log):
    areas = {area.slug: area for area in LifeArea.objects.all()}
    bands = {band.slug: band for band in AgeBand.objects.all()}
    ensure_topics(log, areas, bands)
    ensure_offers(log, areas, bands)
    ensure_questionnaire(log, areas, bands)
    ensure_workflow_and_permissions(log)
    translations.load(log)
    ensure_progress_record(log, bands)
