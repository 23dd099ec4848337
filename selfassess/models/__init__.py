from selfassess.models.assessment import Assessment
from selfassess.models.offers import SupportOffer
from selfassess.models.questionnaire import Questionnaire, ScenarioCheckFailed, current_version
from selfassess.models.strategies import StrategyNote
from selfassess.models.translations import TranslatedText

__all__ = [
    "Assessment",
    "Questionnaire",
    "ScenarioCheckFailed",
    "StrategyNote",
    "SupportOffer",
    "TranslatedText",
    "current_version",
]
