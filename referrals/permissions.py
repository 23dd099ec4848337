"""Who may see which referrals: the one rule, used by every admin queryset and object lookup.

Staff see a referral only if they belong to its team (`TeamMembership`) and their groups give
them the "view referral" permission. Superusers see every team's. Content editors have neither,
so they see none. A referral outside someone's teams is "not found" to them, not "forbidden":
we do not confirm that it exists.
"""

from home.models import Team
from referrals.models import Referral, TeamMembership

VIEW_PERMISSION = "referrals.view_referral"
TRIAGE_PERMISSION = "referrals.change_referral"
EXPORT_PERMISSION = "referrals.export_referral"


def can_use_referrals(user):
    return bool(user and user.is_active and user.has_perm(VIEW_PERMISSION))


def teams_for(user):
    """The teams whose referrals `user` may see."""
    if not can_use_referrals(user):
        return Team.objects.none()
    if user.is_superuser:
        return Team.objects.all()
    return Team.objects.filter(memberships__user=user).distinct()


def referrals_for(user):
    return Referral.objects.filter(team__in=teams_for(user))


def can_view_referral(user, referral):
    return teams_for(user).filter(pk=referral.team_id).exists()


def can_triage(user, referral):
    return user.has_perm(TRIAGE_PERMISSION) and can_view_referral(user, referral)


def can_export(user):
    return user.has_perm(EXPORT_PERMISSION) and teams_for(user).exists()


MEMBERSHIP_PERMISSIONS = [f"referrals.{action}_teammembership" for action in ("add", "change", "delete")]


def can_manage_memberships(user):
    return bool(user and user.is_active and any(user.has_perm(name) for name in MEMBERSHIP_PERMISSIONS))


def membership_teams_for(user):
    """The teams whose members `user` may add or remove.

    Superusers manage every team. A manager with the membership permissions manages only the teams
    they belong to themselves, so nobody can give themselves another team's referrals.
    """
    if not can_manage_memberships(user):
        return Team.objects.none()
    if user.is_superuser:
        return Team.objects.all()
    return Team.objects.filter(memberships__user=user).distinct()


def memberships_for(user):
    return TeamMembership.objects.filter(team__in=membership_teams_for(user))
