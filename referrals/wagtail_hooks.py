from wagtail import hooks

from referrals.dashboard import panels_for
from referrals.views import attachment_download
from referrals.viewsets import team_membership_viewset, triage_viewset


@hooks.register("register_admin_viewset")
def register_triage_viewset():
    return triage_viewset


@hooks.register("register_admin_viewset")
def register_team_membership_viewset():
    return team_membership_viewset


@hooks.register("construct_homepage_panels")
def add_triage_summary_panel(request, panels):
    panels.extend(panels_for(request.user))


@hooks.register("register_admin_urls")
def register_attachment_download():
    return attachment_download.urlpatterns
