from .access import AccessRoutesPage, AccessRoutesPhoneTime, WaitingTimesPage
from .pages import AdviceIndexPage, AdviceTopicPage, HomePage, InformationPage
from .settings import ServiceSettings
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
    "HomePage",
    "InformationPage",
    "LifeArea",
    "ServiceSettings",
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
