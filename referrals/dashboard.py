"""The admin dashboard's panel for triage staff: new, long waits and urgent referrals, for their own teams."""

from wagtail.admin.ui.components import Component

from referrals import permissions
from referrals.queue import summary_for


class TriageSummaryPanel(Component):
    name = "triage_summary"
    order = 50
    template_name = "referrals/admin/summary_panel.html"

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context=None):
        return {"summary": summary_for(self.user), "teams": permissions.teams_for(self.user)}


def panels_for(user):
    """The panel for staff who can see referrals and belong to a team (or are superusers)."""
    if not permissions.can_use_referrals(user) or not permissions.teams_for(user).exists():
        return []
    return [TriageSummaryPanel(user)]
