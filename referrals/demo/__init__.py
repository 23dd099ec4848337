"""Demo triage users, synthetic referrals and self-assessments: idempotent, deterministic, obviously fictional.

- `referrals`: referrals over the 18 months before the 1st of this month, further along the older they are;
- `assessments`: self-assessments over the 11 months before it, some checked again, some leading to a referral.

Both are anchored on the 1st of this month, so a second run on the same day (or in the same month) changes nothing.
"""

from django.contrib.auth.models import Group, Permission

from home.models import Team
from portal.demo import demo_password, ensure_record, ensure_user
from referrals.demo.referrals import ensure_referrals
from referrals.models import TeamMembership

TRIAGE_GROUP = "Triage"
TRIAGE_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("referrals", "view_referral"),
    ("referrals", "change_referral"),
    ("referrals", "export_referral"),
]
TRIAGE_USERS = {
    "triage-north": ["stevenage-north-herts"],
    "triage-south": ["st-albans-watford-welwyn"],
}


def ensure_triage_group(log):
    group = ensure_record(log, Group, {"name": TRIAGE_GROUP})
    for app_label, codename in TRIAGE_PERMISSIONS:
        permission = Permission.objects.get(content_type__app_label=app_label, codename=codename)
        if not group.permissions.filter(pk=permission.pk).exists():
            group.permissions.add(permission)
            log.updated.append(f"group: {TRIAGE_GROUP} can {codename}")
    return group


def ensure_triage_users(log, group):
    password = demo_password()
    for username, team_slugs in TRIAGE_USERS.items():
        user = ensure_user(log, username, "triage staff for " + ", ".join(team_slugs), password, [group])
        for team in Team.objects.filter(slug__in=team_slugs):
            ensure_record(log, TeamMembership, {"user": user, "team": team})


def load(log):
    group = ensure_triage_group(log)
    ensure_triage_users(log, group)
    ensure_referrals(log)
