from django.urls import path, reverse
from wagtail import hooks

from home.service_reports import ServiceReportMenuItem
from referrals.dashboard import panels_for
from referrals.reports import FirstSeenReport, ReferralNumbersReport, SelfAssessmentReport
from referrals.views import attachment_download
from referrals.viewsets import team_membership_viewset, triage_viewset


@hooks.register("register_admin_viewset")
def register_triage_viewset():
    return triage_viewset


@hooks.register("register_admin_viewset")
def register_team_membership_viewset():
    return team_membership_viewset


@hooks.register("construct_homepage_panels")
def add_triage_summary_panel(request, panels):
    panels.extend(panels_for(request.user))


@hooks.register("register_admin_urls")
def register_attachment_download():
    return attachment_download.urlpatterns


@hooks.register("register_admin_urls")
def register_service_report_urls():
    return [
        path("reports/referral-numbers/", ReferralNumbersReport.as_view(), name="referrals_report_numbers"),
        path("reports/seen-within-18-weeks/", FirstSeenReport.as_view(), name="referrals_report_seen"),
        path("reports/self-assessments/", SelfAssessmentReport.as_view(), name="referrals_report_assessments"),
    ]


@hooks.register("register_reports_menu_item")
def register_referral_numbers_menu_item():
    return ServiceReportMenuItem("Referral numbers", reverse("referrals_report_numbers"), icon_name="table", order=1000)


@hooks.register("register_reports_menu_item")
def register_seen_within_18_weeks_menu_item():
    return ServiceReportMenuItem(
        FirstSeenReport.page_title, reverse("referrals_report_seen"), icon_name="table", order=1001
    )


@hooks.register("register_reports_menu_item")
def register_self_assessments_menu_item():
    return ServiceReportMenuItem(
        SelfAssessmentReport.page_title, reverse("referrals_report_assessments"), icon_name="table", order=1002
    )
