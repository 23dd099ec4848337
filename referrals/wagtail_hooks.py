from wagtail import hooks

from referrals.viewsets import triage_viewset


@hooks.register("register_admin_viewset")
def register_triage_viewset():
    return triage_viewset
