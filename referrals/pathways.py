"""Which published waiting-time pathway a referral belongs to.

The one rule, used by the statistics, the confirmation page and email, and "Where is my referral?":

| referral | pathway |
|---|---|
| priority urgent (whatever the tier) | urgent referrals |
| accepted for targeted help (groups, workshops) | targeted groups and workshops |
| anything else: waiting for triage, accepted for specialist help, booked, closed | routine assessment |

A referral that has moved on (booked, closed) keeps the tier it was accepted to: `accepted_tier`
is the status of its last "accepted" event, so the statistics still count it in the right place.
"""

from home.models import Pathway
from referrals.models import Priority, ReferralStatus


def pathway_for(priority, status, accepted_tier=""):
    if priority == Priority.URGENT:
        return Pathway.URGENT
    if ReferralStatus.ACCEPTED_TARGETED in (status, accepted_tier):
        return Pathway.TARGETED_GROUP
    return Pathway.ROUTINE_ASSESSMENT


def pathway_for_referral(referral):
    """For one referral on a page or in an email; its current status stands in for the accepted tier."""
    return pathway_for(referral.priority, referral.status)
