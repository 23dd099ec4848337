from wagtail import hooks
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from home.models import WaitingTime
from home.viewsets import taxonomy_viewset_group, teams_viewset_group, waiting_time_permission_policy

register_snippet(taxonomy_viewset_group)
register_permission_policy(WaitingTime, waiting_time_permission_policy)


@hooks.register("register_admin_viewset")
def register_teams_admin():
    return teams_viewset_group
