"""Walk the self-assessment with Django's test client, on the demo questionnaire, as a family's browser would."""

from selfassess.models import current_version

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
