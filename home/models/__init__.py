from .pages import AdviceIndexPage, AdviceTopicPage, HomePage, InformationPage
from .settings import ServiceSettings
from .taxonomy import AgeBand, LifeArea

__all__ = [
    "AdviceIndexPage",
    "AdviceTopicPage",
    "AgeBand",
    "HomePage",
    "InformationPage",
    "LifeArea",
    "ServiceSettings",
]
