"""One form per step of the referral journey, in NHS.UK patterns, and the family's status lookup.

Limits are stated in each field's hint, so nobody learns about them only from an error.
Text is kept exactly as typed and always rendered escaped.
"""

from referrals.forms.base import NO, REFERRER_CHOICES, YES, YES_NO, StepForm
from referrals.forms.child import ChildForm, PostcodeForm, ReferrerForm, SchoolForm
from referrals.forms.consent import ConsentForm, ContactForm
from referrals.forms.evidence import EvidenceForm
from referrals.forms.needs import CommunicationForm, NeedsForm, ServicesForm
from referrals.forms.status import StatusForm

__all__ = [
    "NO",
    "REFERRER_CHOICES",
    "YES",
    "YES_NO",
    "ChildForm",
    "CommunicationForm",
    "ConsentForm",
    "ContactForm",
    "EvidenceForm",
    "NeedsForm",
    "PostcodeForm",
    "ReferrerForm",
    "SchoolForm",
    "ServicesForm",
    "StatusForm",
    "StepForm",
]
