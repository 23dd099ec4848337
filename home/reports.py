"""Admin reports for keeping content trustworthy: pages due for review, broken links, and what families say about
pages (for page editors, with comments; and for service managers, as counts over a date range)."""

import datetime
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Max, Q
from django.db.models.functions import TruncMonth
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page, get_page_models
from wagtail.permissions import policy_registry

from home.models.feedback import PageFeedback
from home.models.pages import ReviewDatesMixin
from home.service_reports import (
    Row,
    Section,
    ServiceReportView,
    month_label,
    months_between,
    plain_count_cell,
    share_cell,
)
from portal.spreadsheets import FormulaSafeExportMixin

DUE_SOON_DAYS = 30
# Who may open the page editors' reports and see them in the Reports menu: anyone who may add, change or
# publish a page (editors, clinicians, translators), not service managers.
PAGE_EDITOR_PERMISSIONS = ["add", "change", "publish"]


# --- What every page editors' report shares (also home/translations_review.py) ---------------------------------


@dataclass
class PageRow:
    """One row of a report about a page: the report's table names and links it by its pk and title."""

    page: Page

    @property
    def pk(self):
        return self.page.pk

    @property
    def title(self):
        return self.page.title


def page_edit_url(page):
    """The admin's edit screen for a page, or for a report row's page (anything with the page's pk)."""
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def staff_name(user, nobody):
    """A member of staff as a report names them: full name, else username; `nobody` where there is no one."""
    if user is None:
        return nobody
    return user.get_full_name() or user.get_username()


class PageReportView(FormulaSafeExportMixin, ReportView):
    """A report for page editors (PAGE_EDITOR_PERMISSIONS). Its download is named `<export_name>-<today>` and
    headed as the columns are on screen (Wagtail would head a list's columns with the code's field names)."""

    any_permission_required = PAGE_EDITOR_PERMISSIONS
    export_name = None

    @cached_property
    def permission_policy(self):
        return policy_registry.get_by_type(Page)

    def get_filename(self):
        if self.export_name is None:
            return super().get_filename()
        return f"{self.export_name}-{timezone.localdate():%Y-%m-%d}"

    def get_heading(self, queryset, field):
        if field not in self.export_headings:
            labels = {column.accessor: column.label for column in self.columns if isinstance(column.accessor, str)}
            if field in labels:
                return str(labels[field])
        return super().get_heading(queryset, field)


def report_urls(route, view, name):
    """A report's address and its results-only address (the table its filters reload), named `name` and
    `name`_results as the view's index_url_name and index_results_url_name say."""
    return [
        path(route, view.as_view(), name=name),
        path(f"{route}results/", view.as_view(results_only=True), name=f"{name}_results"),
    ]


class PageEditorsMenuItem(MenuItem):
    """A Reports menu item shown to those who may open a PageReportView."""

    def is_shown(self, request):
        return policy_registry.get_by_type(Page).user_has_any_permission(request.user, PAGE_EDITOR_PERMISSIONS)


# --- Pages due for review -------------------------------------------------------------------------------------


@dataclass
class ReviewItem(PageRow):
    status: str
    due: datetime.date | None

    @property
    def owner_name(self):
        return staff_name(self.page.owner, "No owner")


def review_page_models():
    return [model for model in get_page_models() if issubclass(model, ReviewDatesMixin)]


def pages_due_for_review(today=None, within_days=DUE_SOON_DAYS):
    """Live pages overdue for review, due within `within_days`, or with no review date: most urgent first."""
    today = today or timezone.localdate()
    due_by = today + datetime.timedelta(days=within_days)
    items = []
    for model in review_page_models():
        pages = (
            model.objects.live()
            .filter(content_type=ContentType.objects.get_for_model(model))
            .filter(Q(next_review_due__lte=due_by) | Q(next_review_due__isnull=True))
            .select_related("owner")
        )
        for page in pages:
            if page.next_review_due is None:
                status = "No review date"
            elif page.next_review_due < today:
                status = "Overdue"
            else:
                status = "Due soon"
            items.append(ReviewItem(page=page, status=status, due=page.next_review_due))
    # Overdue first (oldest first), then due soon, then pages with no date at all.
    items.sort(key=lambda item: (item.due is None, item.due or today, item.title))
    return items


class ReviewDueReportView(PageReportView):
    page_title = "Pages due for review"
    header_icon = "date"
    index_url_name = "content_review_report"
    index_results_url_name = "content_review_report_results"
    columns = [
        TitleColumn("title", label="Page", get_url=page_edit_url),
        Column("status", label="Status"),
        Column("due", label="Next review due"),
        Column("last_reviewed", label="Last reviewed", accessor="page.last_reviewed"),
        Column("owner", label="Owner", accessor="owner_name"),
    ]
    list_export = ["title", "status", "due", "page.last_reviewed", "owner_name"]
    export_name = "pages-due-for-review"

    def get_queryset(self):
        return pages_due_for_review()


def feedback_by_page():
    """Pages with any feedback, with counts of each answer and of comments: least useful first."""
    return (
        Page.objects.filter(feedback__isnull=False)
        .annotate(
            useful_count=Count("feedback", filter=Q(feedback__useful=True)),
            not_useful_count=Count("feedback", filter=Q(feedback__useful=False)),
            comment_count=Count("feedback", filter=~Q(feedback__comment="")),
            latest_feedback=Max("feedback__created_at"),
        )
        .order_by("-not_useful_count", "title")
    )


# --- Is this page useful? -------------------------------------------------------------------------------------


class FeedbackReportView(PageReportView):
    page_title = "Is this page useful?"
    header_icon = "comment"
    index_url_name = "page_feedback_report"
    index_results_url_name = "page_feedback_report_results"
    columns = [
        TitleColumn("title", label="Page", get_url=lambda page: reverse("page_feedback_detail", args=[page.pk])),
        Column("useful_count", label="Yes"),
        Column("not_useful_count", label="No"),
        Column("comment_count", label="Comments"),
        Column("latest_feedback", label="Latest"),
    ]
    list_export = ["title", "useful_count", "not_useful_count", "comment_count", "latest_feedback"]

    def get_queryset(self):
        return feedback_by_page()


class PageFeedbackDetailView(PageReportView):
    """Every answer and comment for one page, newest first. Comments are shown as text, never as HTML."""

    header_icon = "comment"
    index_results_url_name = None
    columns = [
        Column("created_at", label="Date"),
        Column("useful", label="Useful?", accessor=lambda item: "Yes" if item.useful else "No"),
        Column("comment", label="Comment"),
    ]

    @cached_property
    def page(self):
        return get_object_or_404(Page, pk=self.kwargs["page_id"])

    def get_page_title(self):
        return f"Feedback: {self.page.title}"

    def get_index_url(self):
        return reverse("page_feedback_detail", args=[self.page.pk])

    def get_queryset(self):
        return PageFeedback.objects.filter(page=self.page).order_by("-created_at")


# --- Broken links ---------------------------------------------------------------------------------------------


class BrokenLinksReportView(PageReportView):
    """Links in live pages that lead nowhere (home/links.py), then the web addresses not checked."""

    page_title = "Broken links"
    header_icon = "link"
    index_url_name = "broken_links_report"
    index_results_url_name = "broken_links_report_results"
    columns = [
        TitleColumn("title", label="Page", get_url=page_edit_url),
        Column("link", label="Link to"),
        Column("problem", label="Problem"),
    ]
    list_export = ["title", "link", "problem"]
    export_name = "broken-links"

    def get_queryset(self):
        from home.links import link_report

        return link_report()


# The service managers' view of the same answers: counts over a date range, never a comment.
FEEDBACK_HEADINGS = ("Answers", "Said no", "Share saying yes")
FEEDBACK_PAGES_SHOWN = 20


def month_of(value):
    """TruncMonth of a date-time is the start of the month in the site's time zone: its date."""
    return timezone.localtime(value).date() if isinstance(value, datetime.datetime) else value


def feedback_cells(total, said_no):
    return (plain_count_cell(total), plain_count_cell(said_no), share_cell(total - said_no, total))


def page_feedback_sections(start, end):
    """Answers to "Is this page useful?" in the range by month, and by page (most "no" first). 2 queries."""
    given = PageFeedback.objects.filter(created_at__date__gte=start, created_at__date__lte=end)
    monthly = {
        month_of(row["month"]): (row["total"], row["said_no"])
        for row in given.annotate(month=TruncMonth("created_at"))
        .values("month")
        .annotate(total=Count("pk"), said_no=Count("pk", filter=Q(useful=False)))
    }
    by_page = (
        given.values("page_id", "page__title")
        .annotate(total=Count("pk"), said_no=Count("pk", filter=Q(useful=False)))
        .order_by("-said_no", "-total", "page__title")[:FEEDBACK_PAGES_SHOWN]
    )
    return [
        Section(
            "Answers each month",
            "Month",
            FEEDBACK_HEADINGS,
            [
                Row(month_label(month), feedback_cells(*monthly.get(month, (0, 0))))
                for month in months_between(start, end)
            ],
            chart_column=2,
            percent=True,
        ),
        Section(
            "Pages by answers",
            "Page",
            FEEDBACK_HEADINGS,
            [Row(row["page__title"], feedback_cells(row["total"], row["said_no"])) for row in by_page],
            note=f"The {FEEDBACK_PAGES_SHOWN} pages with the most answers of no, then the most answers. "
            "Comments are for page editors (Reports, Page feedback), not counted here.",
            chart_column=1,
        ),
    ]


class PageFeedbackNumbersReport(ServiceReportView):
    page_title = "Page feedback numbers"
    slug = "page-feedback-numbers"
    introduction = 'How many answered "Is this page useful?" each month and on which pages, and the share saying yes.'

    def sections(self, start, end):
        return page_feedback_sections(start, end)
