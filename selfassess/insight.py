"""Staff insight: how many families completed the self-assessment and where it sent them. Counts only."""

from collections import Counter

from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.db.models.functions import TruncWeek
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from home.models import AgeBand, LifeArea
from selfassess.engine import OUTCOME_LABELS, Outcome
from selfassess.models import Assessment

WEEKS_SHOWN = 12


def can_view_insight(user):
    return user.is_active and (user.is_superuser or user.has_perm("selfassess.view_assessment"))


def insight_counts(assessments):
    per_week = list(
        assessments.annotate(week=TruncWeek("created_at"))
        .values("week")
        .annotate(count=Count("pk"))
        .order_by("-week")[:WEEKS_SHOWN]
    )
    outcome_counts = dict(assessments.values_list("overall_outcome").annotate(count=Count("pk")))
    outcome_mix = [(OUTCOME_LABELS[o], outcome_counts.get(o.code, 0)) for o in Outcome if o != Outcome.IMMEDIATE]
    area_names = dict(LifeArea.objects.values_list("slug", "name"))
    area_counter = Counter(slug for areas in assessments.values_list("areas", flat=True) for slug in areas or [])
    areas = [(area_names.get(slug, slug), count) for slug, count in area_counter.most_common()]
    band_counts = dict(assessments.values_list("age_band").annotate(count=Count("pk")))
    by_age_band = [(band.name, band_counts.get(band.pk, 0)) for band in AgeBand.objects.all()]
    return {
        "total": assessments.count(),
        "per_week": per_week,
        "outcome_mix": outcome_mix,
        "areas": areas,
        "by_age_band": by_age_band,
    }


class InsightReportView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "selfassess/admin/insight.html"
    page_title = "Self-assessment insight"
    header_icon = "tasks"

    def dispatch(self, request, *args, **kwargs):
        if not can_view_insight(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(insight_counts(Assessment.objects.all()))
        return context
