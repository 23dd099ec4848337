"""The referral journey walked with Django's test client: each step's posts, as a parent and as a SENCo would
fill them in, and a walker that posts them in order up to the check-your-answers page. Builders of records are in
factories.py beside it."""

from referrals.tests.factories import VALID_NHS_NUMBER


def parent_answers(area_pk, **overrides):
    """The posts a parent makes, step by step: {step slug: data}."""
    answers = {
        "who": {"referrer_kind": "parent"},
        "child": {
            "first_name": "Pip",
            "last_name": "Example",
            "date_of_birth_0": "15",
            "date_of_birth_1": "3",
            "date_of_birth_2": "2018",
            "nhs_number": VALID_NHS_NUMBER,
        },
        "postcode": {"postcode": "sg1 2ab"},
        "school": {"school": "Example Primary"},
        "needs": {"life_areas": [str(area_pk)], "help_wanted": "Getting dressed takes an hour.", "tried_already": ""},
        # Asked of schools only (their files); for anyone else posting it just moves on.
        "evidence": {},
        "services": {"other_services": ""},
        "communication": {"needs_interpreter": "no", "language": "", "accessible_formats": ""},
        "consent": {"parent_consent": "on", "sharing_consent": "on"},
        "contact": {"name": "Sam Example", "email": "sam@example.org", "phone": "", "update_preference": "email"},
    }
    for slug, data in overrides.items():
        answers[slug] = {**answers[slug], **data}
    return answers


def school_answers(area_pk, **overrides):
    """A SENCo's posts: the parent's agreement and contact on the consent step, their own on contact."""
    answers = parent_answers(
        area_pk,
        who={"referrer_kind": "school"},
        consent={"parent_name": "Robin Example", "parent_phone": "", "parent_email": "robin@example.org"},
        contact={"name": "Sandy Senco", "role": "SENCo", "organisation": "", "email": "senco@example.sch.uk"},
    )
    for slug, data in overrides.items():
        answers[slug] = {**answers[slug], **data}
    return answers


def walk_to_check(client, answers, assessment=None):
    if assessment:
        client.get(f"/refer/?assessment={assessment}")  # the self-assessment's link: the code goes in the session
    client.post("/refer/start/")
    response = None
    for slug, data in answers.items():
        response = client.post(f"/refer/{slug}/", data)
        assert response.status_code == 302, (slug, response.content.decode()[:3000])
    return response
