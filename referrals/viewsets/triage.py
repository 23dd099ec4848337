"""Triage in the Wagtail admin: a queue per team with bulk actions, the referral in full, decisions, CSV export,
and the waiting times computed from referrals.

Every view finds referrals through `permissions.referrals_for(user)`, so a referral of another
team is a 404 on every screen (and not a choice in a bulk action), whatever the URL says.
"""

import csv

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse, QueryDict
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.timezone import localdate
from django.views import View
from django.views.generic import TemplateView
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSet

from home.models import Pathway
from home.waiting_times import current_waits
from portal.spreadsheets import safe_row
from referrals import permissions, queue, stats, triage
from referrals.admin_forms import ACTION_FORMS, BulkActionForm, QueueFilterForm, action_form, person_name
from referrals.models import EventKind, ReferralEvent
from referrals.queue import CLOSED_STATUSES, filtered_referrals

PER_PAGE = 50


class TriageAccessMixin:
    def dispatch(self, request, *args, **kwargs):
        if not permissions.can_use_referrals(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_referral(self, pk):
        referrals = permissions.referrals_for(self.request.user).select_related("team", "assigned_to")
        return get_object_or_404(referrals, pk=pk)


REFERRER_SHORT = {"parent": "Parent or carer", "school": "School or nursery", "professional": "Professional"}


def queue_row(referral, today):
    """What the queue shows of one referral: no names, nothing a passer-by could identify a child by."""
    return {
        "referral": referral,
        "days_waiting": None if referral.status in CLOSED_STATUSES else (today - localdate(referral.received_at)).days,
        "age": referral.age_on(today),
        "route": REFERRER_SHORT.get(referral.referrer_kind, referral.get_referrer_kind_display()),
        "via_assessment": bool(referral.assessment_summary),
        "areas": [area.name for area in referral.life_areas.all()],
        "assigned_to": person_name(referral.assigned_to) if referral.assigned_to else "",
        "read": referral.read_by_me,
    }


class QueueView(TriageAccessMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "referrals/admin/queue.html"
    page_title = "Referrals"
    header_icon = "clipboard-list"
    breadcrumbs_items = []  # the page title is then a visible heading

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        form = QueueFilterForm(self.request.GET or None, teams=permissions.teams_for(user))
        teams = list(permissions.teams_for(user))
        referrals = queue.with_read_state(filtered_referrals(user, form), user)
        referrals = referrals.select_related("assigned_to").prefetch_related("life_areas")
        page = Paginator(referrals, PER_PAGE).get_page(self.request.GET.get("p"))
        today = timezone.localdate()
        query = self.request.GET.copy()
        query.pop("p", None)
        ordering = form.cleaned_data.get("ordering", "") if form.is_bound and form.is_valid() else ""
        headings = queue.sort_headings(query, ordering)
        context.update(
            {
                "headings": headings,
                "sorted_by": next((heading for heading in headings.values() if heading["sort"]), None),
                "filter_form": form,
                "page_obj": page,
                "rows": [queue_row(referral, today) for referral in page],
                "query_string": query.urlencode(),
                "can_export": permissions.can_export(user),
                "teams": teams,
                # One team: its name is above the table, so a column of it would only push others off screen.
                "show_team": len(teams) > 1,
                "saved_views": queue.saved_views(query),
                "can_assign": user.has_perm(permissions.TRIAGE_PERMISSION),
                "therapists": [(person.pk, person_name(person)) for person in queue.therapists_for(user)],
            }
        )
        return context


def plural(count, word):
    return f"{count} {word}{'' if count == 1 else 's'}"


class BulkActionView(TriageAccessMixin, View):
    """Mark read, or assign to a therapist, the referrals ticked in the queue; then back to the same queue."""

    http_method_names = ["post"]

    def post(self, request):
        user = request.user
        form = BulkActionForm(
            request.POST, referrals=permissions.referrals_for(user), therapists=queue.therapists_for(user)
        )
        back = f"{reverse('referrals_triage:queue')}?{QueryDict(request.POST.get('query', '')).urlencode()}"
        back = back.rstrip("?")
        if not form.is_valid():
            errors = " ".join(error for errors in form.errors.values() for error in errors)
            messages.error(request, f"Nothing changed. {errors}")
            return redirect(back)
        referrals = list(form.cleaned_data["referrals"])
        if form.cleaned_data["action"] == BulkActionForm.READ:
            marked = triage.mark_read(referrals, user)
            messages.success(request, f"Marked {plural(marked, 'referral')} as read.")
            return redirect(back)
        if not user.has_perm(permissions.TRIAGE_PERMISSION):
            raise PermissionDenied
        therapist = form.cleaned_data["therapist"]
        assigned, skipped = triage.assign(referrals, therapist, user)
        message = f"Assigned {plural(len(assigned), 'referral')} to {person_name(therapist)}."
        if skipped:
            message += f" {plural(len(skipped), 'referral')} not assigned: {person_name(therapist)} is not in its team."
        messages.success(request, message)
        return redirect(back)


class DetailView(TriageAccessMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "referrals/admin/detail.html"
    header_icon = "clipboard-list"
    breadcrumbs_items = []  # the reference is then the visible heading

    def get(self, request, pk):
        self.referral = self.get_referral(pk)
        triage.record_view(self.referral, request.user)
        return super().get(request, pk=pk)

    def get_page_title(self):
        return f"Referral {self.referral.reference}"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        referral = self.referral
        can_act = permissions.can_triage(self.request.user, referral)
        actions = triage.allowed_actions(referral) if can_act else []
        context.update(
            {
                "referral": referral,
                "age": referral.age_on(),
                "life_areas": referral.life_areas.all(),
                "events": referral.events.select_related("actor", "from_team", "to_team"),
                "messages_sent": referral.messages.all(),
                "actions": [
                    {"name": name, "label": ACTION_FORMS[name][1], "form": action_form(name, referral)}
                    for name in actions
                ],
            }
        )
        return context


class ActionView(TriageAccessMixin, View):
    http_method_names = ["post"]

    def post(self, request, pk, action):
        if action not in ACTION_FORMS:
            raise Http404
        referral = self.get_referral(pk)
        if not permissions.can_triage(request.user, referral):
            raise PermissionDenied
        form = action_form(action, referral, request.POST)
        if not form.is_valid():
            errors = "; ".join(
                f"{form.fields[name].label or name}: {' '.join(errs)}" for name, errs in form.errors.items()
            )
            messages.error(request, f"Not saved. {errors}")
            return redirect("referrals_triage:detail", pk=referral.pk)
        try:
            triage.apply(referral, action, request.user, form.cleaned_data)
        except triage.NotAllowedNow:
            messages.error(request, "Not saved: the referral's status has changed. Check it and try again.")
            return redirect("referrals_triage:detail", pk=referral.pk)
        messages.success(request, f"{ACTION_FORMS[action][1]}: saved for {referral.reference}.")
        if not permissions.can_view_referral(request.user, referral):
            return redirect("referrals_triage:queue")
        return redirect("referrals_triage:detail", pk=referral.pk)


EXPORT_COLUMNS = [
    ("Reference", lambda r: r.reference),
    ("Team", lambda r: r.team.name),
    ("Received", lambda r: timezone.localtime(r.received_at).strftime("%Y-%m-%d %H:%M")),
    ("Status", lambda r: r.get_status_display()),
    ("Priority", lambda r: r.get_priority_display()),
    ("Referrer", lambda r: r.get_referrer_kind_display()),
    ("Child's name", lambda r: r.child_name),
    ("Date of birth", lambda r: r.child_date_of_birth.isoformat() if r.child_date_of_birth else ""),
    ("NHS number", lambda r: r.display_nhs_number),
    ("Postcode", lambda r: r.postcode),
    ("First appointment", lambda r: r.first_appointment_date.isoformat() if r.first_appointment_date else ""),
]


class ExportView(TriageAccessMixin, View):
    http_method_names = ["get"]

    def get(self, request):
        if not permissions.can_export(request.user):
            raise PermissionDenied
        form = QueueFilterForm(request.GET or None, teams=permissions.teams_for(request.user))
        referrals = list(filtered_referrals(request.user, form))
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="referrals-{timezone.localdate():%Y-%m-%d}.csv"'
        writer = csv.writer(response)
        writer.writerow([heading for heading, _ in EXPORT_COLUMNS])
        for referral in referrals:
            writer.writerow(safe_row(value(referral) for _, value in EXPORT_COLUMNS))
        ReferralEvent.objects.bulk_create(
            ReferralEvent(referral=referral, kind=EventKind.EXPORTED, actor=request.user) for referral in referrals
        )
        return response


class WaitingTimesView(TriageAccessMixin, WagtailAdminTemplateMixin, TemplateView):
    """The user's teams' waits computed from referrals now, beside what families are told."""

    template_name = "referrals/admin/waiting_times.html"
    page_title = "Waiting times from referrals"
    header_icon = "time"
    breadcrumbs_items = []

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        teams = list(permissions.teams_for(user).order_by("name"))
        computed = {
            (item.team_id, item.pathway): stats.suppress_small_numbers(item)
            for item in stats.compute(team_ids=[team.pk for team in teams])
        }
        published = current_waits(teams)
        context.update(
            {
                "teams": [
                    {
                        "team": team,
                        "pathways": [
                            {
                                "label": pathway.label,
                                "computed": computed.get((team.pk, pathway.value)),
                                "published": published.get((team.pk, pathway.value)),
                            }
                            for pathway in Pathway
                        ],
                    }
                    for team in teams
                ],
                "small_number": stats.SMALL_NUMBER,
                "can_publish": user.has_perm(permissions.TRIAGE_PERMISSION) and bool(teams),
                "today": timezone.localdate(),
            }
        )
        return context


class PublishWaitingTimesView(TriageAccessMixin, View):
    """Publish the computed figures of the user's own teams; small numbers never leave."""

    http_method_names = ["post"]

    def post(self, request):
        if not request.user.has_perm(permissions.TRIAGE_PERMISSION):
            raise PermissionDenied
        team_ids = list(permissions.teams_for(request.user).values_list("pk", flat=True))
        figures = [stats.suppress_small_numbers(item) for item in stats.compute(team_ids=team_ids)]
        published, unchanged, _ = stats.publish(figures, entered_by=request.user)
        if published:
            messages.success(request, f"Published {len(published)} figure{'s' if len(published) != 1 else ''}.")
        elif unchanged:
            messages.info(request, "Nothing new to publish: families already see these figures.")
        else:
            messages.info(request, "Nothing to publish: too few children have been seen recently.")
        return redirect("referrals_triage:waiting_times")


class TriageMenuItem(MenuItem):
    def is_shown(self, request):
        return permissions.can_use_referrals(request.user)


class TriageViewSet(ViewSet):
    name = "referrals_triage"
    url_prefix = "referrals"
    icon = "clipboard-list"
    menu_label = "Referrals"
    add_to_admin_menu = True
    menu_order = 150

    @property
    def menu_item_class(self):
        return TriageMenuItem

    def get_urlpatterns(self):
        return [
            path("", QueueView.as_view(), name="queue"),
            path("export/", ExportView.as_view(), name="export"),
            path("bulk/", BulkActionView.as_view(), name="bulk"),
            path("waiting-times/", WaitingTimesView.as_view(), name="waiting_times"),
            path("waiting-times/publish/", PublishWaitingTimesView.as_view(), name="publish_waiting_times"),
            path("<int:pk>/", DetailView.as_view(), name="detail"),
            path("<int:pk>/<slug:action>/", ActionView.as_view(), name="action"),
        ]

    @property
    def menu_url(self):
        return reverse("referrals_triage:queue")


triage_viewset = TriageViewSet()
