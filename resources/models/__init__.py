from resources.models.documents import PortalDocument
from resources.models.downloads import PackDownloadDay
from resources.models.pages import ResourcePackIndexPage, ResourcePackPage, SchoolsHubPage, TrainingIndexPage
from resources.models.pdf import PackPdf
from resources.models.taxonomy import Audience, KeyStage, PackTopic
from resources.models.training import BookingStatus, TrainingBooking, TrainingEvent

__all__ = [
    "Audience",
    "BookingStatus",
    "KeyStage",
    "PackDownloadDay",
    "PackPdf",
    "PackTopic",
    "PortalDocument",
    "ResourcePackIndexPage",
    "ResourcePackPage",
    "SchoolsHubPage",
    "TrainingBooking",
    "TrainingEvent",
    "TrainingIndexPage",
]
