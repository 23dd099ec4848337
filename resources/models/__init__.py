from resources.models.documents import PortalDocument
from resources.models.downloads import PackDownloadDay
from resources.models.pages import ResourcePackIndexPage, ResourcePackPage, SchoolsHubPage, TrainingIndexPage
from resources.models.pdf import PackPdf
from resources.models.taxonomy import Audience, KeyStage, PackTopic
from resources.models.training import BookingStatus, SessionKind, TrainingBooking, TrainingEvent
from resources.models.workshops import FamilyWorkshopsPage

__all__ = [
    "Audience",
    "BookingStatus",
    "FamilyWorkshopsPage",
    "KeyStage",
    "PackDownloadDay",
    "PackPdf",
    "PackTopic",
    "PortalDocument",
    "ResourcePackIndexPage",
    "ResourcePackPage",
    "SchoolsHubPage",
    "SessionKind",
    "TrainingBooking",
    "TrainingEvent",
    "TrainingIndexPage",
]
