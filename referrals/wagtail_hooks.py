from wagtail import hooks

from referrals.viewsets import team_membership_viewset, triage_viewset


@hooks.register("register_admin_viewset")
def register_triage_viewset():
    return triage_viewset


@hooks.register("register_admin_viewset")
def register_team_membership_viewset():
    return team_membership_viewset
