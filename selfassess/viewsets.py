from wagtail.admin.ui.tables import LiveStatusTagColumn, UpdatedAtColumn
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from selfassess.models import Questionnaire, SupportOffer


class QuestionnaireViewSet(SnippetViewSet):
    model = Questionnaire
    icon = "tasks"
    # Revisions are not fields: Wagtail's columns read the status and the latest revision's date.
    list_display = ["title", LiveStatusTagColumn(), UpdatedAtColumn()]


class SupportOfferViewSet(SnippetViewSet):
    model = SupportOffer
    icon = "group"
    # Offers go through Clinical approval like the questionnaire: the listing says which are live.
    list_display = ["title", "kind", LiveStatusTagColumn(), UpdatedAtColumn()]
    list_filter = ["kind"]


class SelfAssessmentViewSetGroup(SnippetViewSetGroup):
    menu_label = "Self-assessment"
    menu_icon = "tasks"
    menu_order = 250
    items = (QuestionnaireViewSet, SupportOfferViewSet)


self_assessment_viewset_group = SelfAssessmentViewSetGroup()
