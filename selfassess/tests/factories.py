"""Helpers to walk the journey with Django's test client, on the demo questionnaire."""

import datetime

from django.utils import timezone

from home.models import AgeBand
from selfassess.engine import Answers, DomainAnswers, route
from selfassess.models import Assessment, current_version

MILD = {"q0": "1", "q1": "0", "q2": "1", "q3": "0", "impact": "1", "tried_advice": "not-yet"}
SEVERE = {"q0": "3", "q1": "3", "q2": "2", "q3": "2", "impact": "3", "tried_advice": "not-yet"}


def no_red_flags(version=None):
    version = version or current_version()
    return {f"flag_{flag.code}": "no" for flag in version.definition.red_flags}


def area_post(client, area, answers):
    """An area page's answers with the identity its page carries (journey and questions), as a browser posts them."""
    from selfassess import journey
    from selfassess.definitions import version_for_revision

    state = client.session[journey.SESSION_KEY]
    return {**answers, **journey.identity(state, version_for_revision(state["revision"]), "area", area)}


def walk_to_check(client, areas, answers, age_band="5-to-11", red_flags=None):
    """Answer every step up to check your answers; return the last response."""
    client.post("/self-assessment/start/")
    client.post("/self-assessment/age/", {"age_band": age_band})
    client.post("/self-assessment/safety-questions/", red_flags or no_red_flags())
    response = client.post("/self-assessment/areas/", {"areas": list(areas)})
    for area in areas:
        given = answers[area] if isinstance(answers, dict) and area in answers else answers
        response = client.post(f"/self-assessment/areas/{area}/", area_post(client, area, given))
    return response


def complete(client, areas, answers, **kwargs):
    walk_to_check(client, areas, answers, **kwargs)
    return client.post("/self-assessment/check-your-answers/", follow=True)


def block_form_data(block, raw, prefix, data):
    """What the admin's StreamField widget would post for `raw` (stored block data)."""
    from wagtail import blocks

    if isinstance(block, blocks.StreamBlock):
        data[f"{prefix}-count"] = str(len(raw))
        for i, item in enumerate(raw):
            data.update(
                {f"{prefix}-{i}-type": item["type"], f"{prefix}-{i}-deleted": "", f"{prefix}-{i}-order": str(i)}
            )
            data[f"{prefix}-{i}-id"] = item.get("id") or ""
            block_form_data(block.child_blocks[item["type"]], item["value"], f"{prefix}-{i}-value", data)
    elif isinstance(block, blocks.ListBlock):
        items = raw or []
        data[f"{prefix}-count"] = str(len(items))
        for i, item in enumerate(items):
            value = item["value"] if isinstance(item, dict) and item.get("type") == "item" else item
            data.update({f"{prefix}-{i}-deleted": "", f"{prefix}-{i}-order": str(i), f"{prefix}-{i}-id": ""})
            block_form_data(block.child_block, value, f"{prefix}-{i}-value", data)
    elif isinstance(block, blocks.StructBlock):
        for name, child in block.child_blocks.items():
            block_form_data(child, (raw or {}).get(name), f"{prefix}-{name}", data)
    elif isinstance(block, blocks.MultipleChoiceBlock):
        data[prefix] = list(raw or [])
    elif isinstance(block, blocks.BooleanBlock):
        if raw:
            data[prefix] = "on"
    else:
        data[prefix] = "" if raw is None else str(raw)
    return data


def admin_form_data(questionnaire):
    """The questionnaire's edit form as the admin would post it, ready to change and send."""
    from wagtail.fields import StreamField

    data = {}
    for field in questionnaire._meta.concrete_fields:
        if isinstance(field, StreamField):
            raw = [dict(item) for item in getattr(questionnaire, field.name).raw_data]
            block_form_data(field.stream_block, raw, field.name, data)
    for name in (
        "title",
        "introduction",
        "red_flags_heading",
        "impact_question",
        "impact_weight",
        "tried_advice_question",
    ):
        data[name] = str(getattr(questionnaire, name))
    return data


def load_questionnaire_only():
    """The demo taxonomy, offers and questionnaire without the rest of the site: much faster than demo_site."""
    from home.demo.taxonomy import load_taxonomy
    from portal.demo import ChangeLog, ensure_record
    from selfassess.demo import ensure_offers, ensure_questionnaire

    log = ChangeLog()
    areas, bands = load_taxonomy(log, ensure_record)
    ensure_offers(log, areas, bands)
    return ensure_questionnaire(log, areas, bands)


# Getting dressed answers, scored by the demo questionnaire (targeted from 7, a referral from 12).
DRESSED_AT_10 = ([3, 2, 2, 1], 1, "not-yet")  # score 8 + 2 = 10: targeted now (specialist from 12)
DRESSED_AT_13 = ([3, 3, 2, 1], 2, "not-yet")  # score 13: specialist now


def stored_answers(version, age_band, areas):
    """What journey.complete stores: answers only. `areas`: {slug: (scores, impact, tried_advice)}."""
    return {
        "age_band": age_band,
        "red_flags": {flag.code: False for flag in version.definition.red_flags},
        "domains": {
            slug: {"scores": list(scores), "impact": impact_score, "tried_advice": tried}
            for slug, (scores, impact_score, tried) in areas.items()
        },
    }


def make_assessments(answer_sets, days_ago=1):
    """Store assessments on the live version, as the journey does (overall outcome and all)."""
    version = current_version()
    bands = {band.slug: band for band in AgeBand.objects.all()}
    made = timezone.now() - datetime.timedelta(days=days_ago)
    records = []
    for answers in answer_sets:
        result = route(
            version.definition,
            Answers(
                age_band=answers["age_band"],
                red_flags=answers["red_flags"],
                domains={
                    code: DomainAnswers(tuple(a["scores"]), a["impact"], a["tried_advice"])
                    for code, a in answers["domains"].items()
                },
            ),
        )
        records.append(
            Assessment(
                questionnaire=version.questionnaire,
                revision_id=version.revision_id,
                age_band=bands[answers["age_band"]],
                areas=list(answers["domains"]),
                answers=answers,
                overall_outcome=result.overall.code,
                created_at=made,
            )
        )
    return Assessment.objects.bulk_create(records)
