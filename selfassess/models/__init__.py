from selfassess.models.assessment import Assessment
from selfassess.models.offers import SupportOffer
from selfassess.models.questionnaire import Questionnaire, ScenarioCheckFailed, current_version

__all__ = ["Assessment", "Questionnaire", "ScenarioCheckFailed", "SupportOffer", "current_version"]
