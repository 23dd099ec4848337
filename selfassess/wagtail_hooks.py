from django.contrib import messages
from django.shortcuts import redirect
from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet

from selfassess.definitions import failing_scenarios
from selfassess.insight import InsightReportView, can_view_insight
from selfassess.middleware import describe
from selfassess.models import Questionnaire
from selfassess.viewsets import self_assessment_viewset_group

register_snippet(self_assessment_viewset_group)


@hooks.register("before_publish")
def refuse_to_publish_failing_questionnaire(request, instance):
    if not isinstance(instance, Questionnaire):
        return None
    failures = failing_scenarios(instance)
    if not failures:
        return None
    messages.error(request, f"Not published: {describe(failures)}. Your changes are saved as a draft.")
    return redirect(reverse("wagtailsnippets_selfassess_questionnaire:edit", args=[instance.pk]))


@hooks.register("register_admin_urls")
def register_insight_url():
    return [path("reports/self-assessment/", InsightReportView.as_view(), name="selfassess_insight")]


class InsightMenuItem(MenuItem):
    def is_shown(self, request):
        return can_view_insight(request.user)


@hooks.register("register_reports_menu_item")
def register_insight_menu_item():
    return InsightMenuItem("Self-assessment insight", reverse("selfassess_insight"), icon_name="tasks", order=900)
