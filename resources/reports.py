"""Admin report: downloads per pack per month, from the daily counts."""

from django.db.models import Sum
from django.db.models.functions import TruncMonth
from django.utils import timezone
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView

from portal.spreadsheets import FormulaSafeExportMixin
from resources.models import PackDownloadDay


def monthly_downloads():
    """One row per pack per month, newest month first: {"month", "pack", "downloads"}."""
    return (
        PackDownloadDay.objects.annotate(month=TruncMonth("date"))
        .values("month", "pack_id", "pack__title")
        .annotate(downloads=Sum("count"))
        .order_by("-month", "pack__title")
    )


class MonthColumn(Column):
    def get_value(self, instance):
        return instance["month"].strftime("%B %Y")


class PackDownloadsReportView(FormulaSafeExportMixin, ReportView):
    page_title = "Pack downloads"
    header_icon = "download"
    index_url_name = "resources_pack_downloads"
    index_results_url_name = "resources_pack_downloads_results"
    columns = [
        MonthColumn("month", label="Month"),
        Column("pack__title", label="Pack"),
        Column("downloads", label="Downloads"),
    ]
    list_export = ["month", "pack__title", "downloads"]
    export_headings = {"month": "Month", "pack__title": "Pack", "downloads": "Downloads"}
    # Counts only: any editor may see them.
    permission_policy = None

    def get_queryset(self):
        return monthly_downloads()

    def get_filename(self):
        return f"pack-downloads-{timezone.localdate():%Y-%m-%d}"

    def to_row_dict(self, item):
        return {
            "month": item["month"].strftime("%Y-%m"),
            "pack__title": item["pack__title"],
            "downloads": item["downloads"],
        }
