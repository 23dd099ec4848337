from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from home.service_reports import ServiceReportMenuItem
from resources.models import TrainingBooking
from resources.pdf_views import download_pack_pdf_for_editor
from resources.reports import PackDownloadsReportView, PacksAndTrainingReport
from resources.viewsets import BookingPermissionPolicy, pack_tag_viewset_group, training_viewset_group

register_permission_policy(TrainingBooking, BookingPermissionPolicy(TrainingBooking), exact_class=True)
register_snippet(pack_tag_viewset_group)


@hooks.register("register_admin_viewset")
def register_training_viewsets():
    return training_viewset_group


@hooks.register("register_admin_urls")
def register_report_urls():
    return [
        path("reports/pack-downloads/", PackDownloadsReportView.as_view(), name="resources_pack_downloads"),
        path(
            "reports/pack-downloads/results/",
            PackDownloadsReportView.as_view(results_only=True),
            name="resources_pack_downloads_results",
        ),
        path("reports/packs-and-training/", PacksAndTrainingReport.as_view(), name="resources_packs_and_training"),
        # The "PDF for schools" panel's link on a pack's edit screen.
        path("packs/<int:pack_id>/pdf/", download_pack_pdf_for_editor, name="resources_pack_pdf"),
    ]


@hooks.register("register_reports_menu_item")
def register_pack_downloads_menu_item():
    return MenuItem("Pack downloads", reverse("resources_pack_downloads"), icon_name="download", order=900)


@hooks.register("register_reports_menu_item")
def register_packs_and_training_menu_item():
    return ServiceReportMenuItem(
        PacksAndTrainingReport.page_title, reverse("resources_packs_and_training"), icon_name="table", order=1003
    )
