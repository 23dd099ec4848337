from referrals.models.outbox import OutboxMessage, OutboxStatus
from referrals.models.referral import (
    EventKind,
    Priority,
    Referral,
    ReferralEvent,
    ReferralStatus,
    TeamMembership,
    UpdatePreference,
)

__all__ = [
    "EventKind",
    "OutboxMessage",
    "OutboxStatus",
    "Priority",
    "Referral",
    "ReferralEvent",
    "ReferralStatus",
    "TeamMembership",
    "UpdatePreference",
]
