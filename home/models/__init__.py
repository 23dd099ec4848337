from .access import AccessRoutesPage, AccessRoutesPhoneTime, WaitingTimesPage
from .feedback import PageFeedback
from .link_checks import ExternalLinkCheck
from .pages import AdviceIndexPage, AdviceTopicPage, HomePage, InformationPage
from .search import SearchSynonym
from .settings import ServiceSettings
from .stories import StoryIndexPage, StoryPage
from .taxonomy import AgeBand, LifeArea
from .teams import (
    Pathway,
    ReferrerKind,
    Team,
    TeamOpeningTime,
    TeamPostcodeDistrict,
    WaitingTime,
    WaitingTimeSource,
    Weekday,
)

__all__ = [
    "AccessRoutesPage",
    "AccessRoutesPhoneTime",
    "AdviceIndexPage",
    "AdviceTopicPage",
    "AgeBand",
    "ExternalLinkCheck",
    "HomePage",
    "InformationPage",
    "LifeArea",
    "PageFeedback",
    "SearchSynonym",
    "ServiceSettings",
    "StoryIndexPage",
    "StoryPage",
    "Pathway",
    "ReferrerKind",
    "Team",
    "TeamOpeningTime",
    "TeamPostcodeDistrict",
    "WaitingTime",
    "WaitingTimeSource",
    "WaitingTimesPage",
    "Weekday",
]
