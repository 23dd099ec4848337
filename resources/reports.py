"""Admin reports: downloads per pack per month, from the daily counts; and the service managers' packs and training."""

from django.db.models import Count, Q, Sum
from django.db.models.functions import TruncMonth
from django.utils import timezone
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView

from home.service_reports import (
    Row,
    Section,
    ServiceReportView,
    count_cell,
    month_label,
    months_between,
    plain_count_cell,
)
from portal.spreadsheets import FormulaSafeExportMixin
from resources.models import BookingStatus, PackDownloadDay, SessionKind, TrainingBooking


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


def packs_and_training_sections(start, end):
    """Pack downloads by month and by pack, and places booked in the range by session: training for school staff
    and family workshops apart. 3 queries."""
    downloads = PackDownloadDay.objects.filter(date__gte=start, date__lte=end)
    monthly = {
        row["month"]: row["n"]
        for row in downloads.annotate(month=TruncMonth("date")).values("month").annotate(n=Sum("count"))
    }
    per_pack = downloads.values("pack__title").annotate(n=Sum("count")).order_by("-n", "pack__title")
    families = SessionKind.FAMILIES
    bookings = (
        TrainingBooking.objects.filter(created_at__date__gte=start, created_at__date__lte=end)
        .values("event__kind", "event__title", "event__starts_at")
        .annotate(
            booked=Count("pk", filter=Q(status=BookingStatus.BOOKED)),
            waiting=Count("pk", filter=Q(status=BookingStatus.WAITING)),
        )
        .order_by("event__starts_at", "event__title")
    )
    return [
        Section(
            "Pack downloads each month",
            "Month",
            ("Downloads",),
            [
                Row(month_label(month), (plain_count_cell(monthly.get(month, 0) or 0),))
                for month in months_between(start, end)
            ],
        ),
        Section(
            "Pack downloads by pack",
            "Pack",
            ("Downloads",),
            [Row(row["pack__title"], (plain_count_cell(row["n"] or 0),)) for row in per_pack],
        ),
        bookings_section("Training bookings by session", [row for row in bookings if row["event__kind"] != families]),
        bookings_section(
            "Family workshop bookings by session", [row for row in bookings if row["event__kind"] == families]
        ),
    ]


def bookings_section(title, bookings):
    return Section(
        title,
        "Session",
        ("Places booked", "On the waiting list"),
        [
            Row(
                f"{row['event__title']} ({timezone.localtime(row['event__starts_at']):%d %b %Y})",
                (count_cell(row["booked"]), count_cell(row["waiting"])),
            )
            for row in bookings
        ],
        note="Bookings made in these dates and still held: a cancelled place, and every booking some time "
        "after its session, is deleted, so older months count fewer.",
    )


class PacksAndTrainingReport(ServiceReportView):
    page_title = "Packs and training"
    slug = "packs-and-training"
    introduction = "School pack downloads, and places booked on training sessions and family workshops."

    def sections(self, start, end):
        return packs_and_training_sections(start, end)
