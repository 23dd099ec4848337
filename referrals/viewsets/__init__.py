"""Triage and team membership screens in the Wagtail admin."""

from referrals.viewsets.memberships import team_membership_viewset
from referrals.viewsets.triage import triage_viewset

__all__ = ["team_membership_viewset", "triage_viewset"]
