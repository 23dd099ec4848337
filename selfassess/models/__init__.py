from selfassess.models.assessment import Assessment
from selfassess.models.offers import SupportOffer
from selfassess.models.questionnaire import Questionnaire, ScenarioCheckFailed

__all__ = ["Assessment", "Questionnaire", "ScenarioCheckFailed", "SupportOffer"]
