"""The service's information pages, one module a topic; `pages` builds them in this order."""

from home.demo.information_pages.contact import COMPLAINTS_AND_FEEDBACK, CONTACT_US
from home.demo.information_pages.legal import ACCESSIBILITY_STATEMENT, PRIVACY_NOTICE
from home.demo.information_pages.therapies import (
    ABOUT_OCCUPATIONAL_THERAPY,
    ABOUT_SPEECH_AND_LANGUAGE_THERAPY,
    WHO_DOES_WHAT,
)

INFORMATION_PAGES = [
    ABOUT_OCCUPATIONAL_THERAPY,
    ABOUT_SPEECH_AND_LANGUAGE_THERAPY,
    WHO_DOES_WHAT,
    ACCESSIBILITY_STATEMENT,
    PRIVACY_NOTICE,
    CONTACT_US,
    COMPLAINTS_AND_FEEDBACK,
]
