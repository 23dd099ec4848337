from django.contrib import messages
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.views.generic import TemplateView
from wagtail.admin.ui.tables import LiveStatusTagColumn, UpdatedAtColumn
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.snippets.views.snippets import (
    CollectWorkflowActionDataView,
    EditView,
    SnippetViewSet,
    SnippetViewSetGroup,
    WorkflowActionView,
)

from selfassess.definitions import safety_report
from selfassess.impact import cached_impact_preview
from selfassess.models import Questionnaire, SupportOffer, TranslatedText

SAFETY_PANEL = "selfassess/admin/_safety_panel.html"


def failures_in_words(failures):
    count = len(failures)
    if count == 1:
        return "1 safety check fails: this version cannot be published until it is put right"
    return f"{count} safety checks fail: this version cannot be published until they are put right"


def safety_context(questionnaire_pk, with_impact=True):
    """What the safety panel shows: every check run on the latest saved revision (the version an approval
    would publish), and, for a draft, what it would change for recent families."""
    saved = Questionnaire.objects.select_related("latest_revision__user").get(pk=questionnaire_pk)
    revision = saved.latest_revision
    draft = revision.as_object() if revision is not None else saved
    report = safety_report(draft)
    is_live = revision is not None and revision.pk == saved.live_revision_id
    return {
        "safety": report,
        "safety_summary": failures_in_words(report.failures) if report.failures else "",
        # The live version compared with itself changes nothing: only a draft is worth the work.
        "impact": cached_impact_preview(saved) if with_impact and not is_live else None,
        "saved_revision": revision,
        "is_live": is_live,
        "impact_url": reverse("wagtailsnippets_selfassess_questionnaire:impact", args=[saved.pk]),
    }


class QuestionnaireEditView(EditView):
    """The edit screen with the safety panel above the tabs: the checks on the draft as saved, and its impact.

    After each autosave the checks are sent again with the other partials, so they follow the draft; the impact
    preview is not among the partials, so it is not worked out for them (it is, once, when the screen is next
    opened)."""

    template_name = "selfassess/admin/questionnaire_edit.html"
    partials_template_name = "selfassess/admin/questionnaire_edit_partials.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(safety_context(self.object.pk, with_impact=not context["is_partial"]))
        return context

    def run_after_hook(self):
        """Whoever saves or submits a version that fails a check is told there and then, not at approval."""
        response = super().run_after_hook()
        if not self.expects_json_response:
            failures = safety_report(
                Questionnaire.objects.get(pk=self.object.pk).get_latest_revision_as_object()
            ).failures
            if failures:
                messages.warning(self.request, f"{failures_in_words(failures)}: " + "; ".join(map(": ".join, failures)))
        return response


class SafetyInTheDialog:
    """The dialog where an approver approves or asks for changes shows the checks and the impact first. Wagtail
    opens it from two views: on the edit screen (collecting the comment, then saving and approving) and from
    the dashboard (approving straight away)."""

    def get_template_names(self):
        return ["selfassess/admin/questionnaire_workflow_action.html"]

    def get_context_data(self, **kwargs):
        return super().get_context_data(**safety_context(self.object.pk), **kwargs)


class QuestionnaireWorkflowActionView(SafetyInTheDialog, WorkflowActionView):
    pass


class QuestionnaireCollectWorkflowActionDataView(SafetyInTheDialog, CollectWorkflowActionDataView):
    pass


class ImpactPreviewView(PermissionCheckedMixin, WagtailAdminTemplateMixin, TemplateView):
    """The full impact preview of the latest saved revision, for anyone who may edit or approve it."""

    model = Questionnaire
    permission_required = "change"
    template_name = "selfassess/admin/impact_preview.html"
    header_icon = "tasks"
    page_title = "Impact preview"

    def setup(self, request, *args, pk, **kwargs):
        super().setup(request, *args, **kwargs)
        self.questionnaire = get_object_or_404(Questionnaire, pk=pk)

    def get_page_subtitle(self):
        return str(self.questionnaire)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("wagtailsnippets_selfassess_questionnaire:list"), "label": "Questionnaires"},
            {
                "url": reverse("wagtailsnippets_selfassess_questionnaire:edit", args=[self.questionnaire.pk]),
                "label": str(self.questionnaire),
            },
            {"url": "", "label": self.page_title},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(safety_context(self.questionnaire.pk))
        context["questionnaire"] = self.questionnaire
        context["edit_url"] = reverse("wagtailsnippets_selfassess_questionnaire:edit", args=[self.questionnaire.pk])
        return context


class QuestionnaireViewSet(SnippetViewSet):
    model = Questionnaire
    icon = "tasks"
    # Revisions are not fields: Wagtail's columns read the status and the latest revision's date.
    list_display = ["title", LiveStatusTagColumn(), UpdatedAtColumn()]
    edit_view_class = QuestionnaireEditView
    edit_template_name = QuestionnaireEditView.template_name  # the viewset passes its own to the view
    workflow_action_view_class = QuestionnaireWorkflowActionView
    collect_workflow_action_data_view_class = QuestionnaireCollectWorkflowActionDataView

    @property
    def impact_view(self):
        return ImpactPreviewView.as_view()

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [path("impact/<int:pk>/", self.impact_view, name="impact")]


class SupportOfferViewSet(SnippetViewSet):
    model = SupportOffer
    icon = "group"
    # Offers go through Clinical approval like the questionnaire: the listing says which are live.
    list_display = ["title", "kind", LiveStatusTagColumn(), UpdatedAtColumn()]
    list_filter = ["kind"]


class TranslatedTextViewSet(SnippetViewSet):
    model = TranslatedText
    icon = "globe"
    menu_label = "Translations"
    # Demo translations are drafts by an engineer: the listing shows which a qualified translator has checked.
    list_display = ["english", "translation", "language", "reviewed_by"]
    list_filter = ["language"]


class SelfAssessmentViewSetGroup(SnippetViewSetGroup):
    menu_label = "Self-assessment"
    menu_icon = "tasks"
    menu_order = 250
    items = (QuestionnaireViewSet, SupportOfferViewSet, TranslatedTextViewSet)


self_assessment_viewset_group = SelfAssessmentViewSetGroup()
