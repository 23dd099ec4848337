from django.contrib import messages
from django.urls import path, reverse
from wagtail import hooks
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from home.approval import changes_requested
from home.models import WaitingTime
from home.reports import (
    BrokenLinksReportView,
    FeedbackReportView,
    PageEditorsMenuItem,
    PageFeedbackDetailView,
    PageFeedbackNumbersReport,
    ReviewDueReportView,
    report_urls,
)
from home.service_reports import ServiceReportMenuItem
from home.viewsets import (
    SearchSynonymViewSet,
    taxonomy_viewset_group,
    teams_viewset_group,
    waiting_time_permission_policy,
)

register_snippet(taxonomy_viewset_group)
register_snippet(SearchSynonymViewSet)
register_permission_policy(WaitingTime, waiting_time_permission_policy)


@hooks.register("register_admin_viewset")
def register_teams_admin():
    return teams_viewset_group


@hooks.register("register_admin_urls")
def register_content_report_urls():
    return [
        *report_urls("reports/review-due/", ReviewDueReportView, "content_review_report"),
        *report_urls("reports/page-feedback/", FeedbackReportView, "page_feedback_report"),
        path("reports/page-feedback/<int:page_id>/", PageFeedbackDetailView.as_view(), name="page_feedback_detail"),
        path(
            "reports/page-feedback-numbers/", PageFeedbackNumbersReport.as_view(), name="page_feedback_numbers_report"
        ),
        *report_urls("reports/broken-links/", BrokenLinksReportView, "broken_links_report"),
    ]


@hooks.register("register_reports_menu_item")
def register_review_due_menu_item():
    return PageEditorsMenuItem("Pages due for review", reverse("content_review_report"), icon_name="date", order=50)


@hooks.register("register_reports_menu_item")
def register_broken_links_menu_item():
    return PageEditorsMenuItem("Broken links", reverse("broken_links_report"), icon_name="link", order=55)


@hooks.register("register_reports_menu_item")
def register_page_feedback_menu_item():
    return PageEditorsMenuItem("Page feedback", reverse("page_feedback_report"), icon_name="comment", order=60)


@hooks.register("register_reports_menu_item")
def register_page_feedback_numbers_menu_item():
    return ServiceReportMenuItem(
        PageFeedbackNumbersReport.page_title, reverse("page_feedback_numbers_report"), icon_name="comment", order=1004
    )


@hooks.register("before_edit_page")
def show_changes_requested_on_page(request, page):
    _show_changes_requested(request, page)


@hooks.register("before_edit_snippet")
def show_changes_requested_on_snippet(request, instance):
    _show_changes_requested(request, instance)


def _show_changes_requested(request, obj):
    """The reviewer's comment at the top of the edit screen the author opens, not only under Status."""
    if request.method != "GET" or not hasattr(obj, "current_workflow_state"):
        return
    requested = changes_requested(obj)
    if requested is not None:
        who, when, comment = requested
        messages.warning(request, f"Changes requested by {who} on {when:%-d %B %Y at %H:%M}: \u201c{comment}\u201d")
