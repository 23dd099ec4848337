from referrals.models.attachment import Attachment, AttachmentKind
from referrals.models.outbox import OutboxMessage, OutboxStatus
from referrals.models.referral import (
    DeclineReason,
    EventKind,
    Outcome,
    Priority,
    Referral,
    ReferralEvent,
    ReferralStatus,
    TeamMembership,
    UpdatePreference,
)

__all__ = [
    "Attachment",
    "AttachmentKind",
    "DeclineReason",
    "EventKind",
    "Outcome",
    "OutboxMessage",
    "OutboxStatus",
    "Priority",
    "Referral",
    "ReferralEvent",
    "ReferralStatus",
    "TeamMembership",
    "UpdatePreference",
]
