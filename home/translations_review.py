"""Translated pages are drafts until a named translator approves them (issue 22, docs/languages.md).

- A "Translation review" task, approved by the "Translation reviewers" group, comes first in the workflow of
  every Polish and Urdu page. A translated page whose English page needs clinical approval goes on to the
  same "Clinical sign-off" task as English ("Translation review and clinical approval"); any other
  translated page goes on to the "Content check", as English pages do ("Translation review").
- A new translation gets its workflow when it is created (wagtail-localize's "Translate" or
  `copy_for_translation`), from its English page's own workflow, so a Polish advice page can never skip
  clinical approval; `ensure_translation_workflows` sets the same on translations that already exist.
- The approver's name and date are Wagtail's own record of the approved task (TaskState.finished_by and
  finished_at): the "Translation review" report shows them as "Reviewed by".
- The report (Reports, then Translation review; wagtail-localize's own "Translations" report lists its
  translation jobs) lists every translated page with its language, its English page and
  where it stands: awaiting review, reviewed, or out of date because the English page was published after the
  translation was last made from it.
"""

from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db.models.signals import post_save
from django.dispatch import receiver
from django.urls import reverse
from django.utils import timezone
from wagtail import hooks
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.models import (
    GroupApprovalTask,
    GroupPagePermission,
    Locale,
    Page,
    Task,
    TaskState,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from home.reports import PageEditorsMenuItem, PageReportView, PageRow, page_edit_url, report_urls, staff_name

TRANSLATION_REVIEWERS = "Translation reviewers"
TRANSLATION_REVIEW_TASK = "Translation review"
# Workflows for translated pages: the translation review, then what the English page goes through.
TRANSLATION_REVIEW = "Translation review"
TRANSLATION_AND_CLINICAL = "Translation review and clinical approval"
CLINICAL_APPROVAL = "Clinical approval"  # home/demo/workflow.py
CLINICAL_TASK = "Clinical sign-off"
CONTENT_CHECK = "Content check"

AWAITING = "Awaiting review by a qualified translator"
# wagtail-localize copies a parent page not yet translated into the language's tree, with the English words.
NOT_TRANSLATED = "Not translated: shows the English page's words"
# What a translator may do in the Polish and Urdu trees: edit and add pages, never publish (the review does).
TRANSLATOR_PAGE_PERMISSIONS = ("add_page", "change_page")


def default_locale():
    return Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first()


def translation_workflow_for(english_workflow):
    """The workflow a translation takes, given its English page's own workflow (None: inherit from above)."""
    if english_workflow is None:
        return None
    clinical = english_workflow.name == CLINICAL_APPROVAL
    return Workflow.objects.filter(name=TRANSLATION_AND_CLINICAL if clinical else TRANSLATION_REVIEW).first()


def assign_translation_workflow(page):
    """Give a translated page the translation counterpart of its English page's own workflow. A translated
    home page (a site's root in English) takes "Translation review", so nothing below it inherits the
    English root's content check alone. Returns the workflow set, or None."""
    english_locale = default_locale()
    if english_locale is None or page.locale_id == english_locale.pk or page.depth < 2:
        return None
    english = page.get_translation_or_none(english_locale)
    if english is None:
        return None
    own = WorkflowPage.objects.filter(page=english).select_related("workflow").first()
    if own is not None:
        workflow = translation_workflow_for(own.workflow)
    elif english.depth == 2:
        workflow = Workflow.objects.filter(name=TRANSLATION_REVIEW).first()
    else:
        return None
    if workflow is None:
        return None
    WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow})
    if page.depth == 2:
        let_translators_edit(page)
    return workflow


def let_translators_edit(tree_root):
    reviewers = Group.objects.filter(name=TRANSLATION_REVIEWERS).first()
    if reviewers is None:
        return
    for codename in TRANSLATOR_PAGE_PERMISSIONS:
        permission = Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)
        GroupPagePermission.objects.get_or_create(group=reviewers, page=tree_root, permission=permission)


@receiver(post_save)
def translation_created(sender, instance, created, raw=False, **kwargs):
    """A new Polish or Urdu page (wagtail-localize's "Translate", or copy_for_translation) takes its workflow."""
    if created and not raw and isinstance(instance, Page) and instance.translation_key:
        assign_translation_workflow(instance)


def ensure_workflow(log, name, task_names):
    workflow = Workflow.objects.filter(name=name).first()
    if workflow is None:
        workflow = Workflow.objects.create(name=name, active=True)
        log.created.append(f"workflow: {name}")
    tasks = [Task.objects.get(name=task_name) for task_name in task_names]
    if list(
        WorkflowTask.objects.filter(workflow=workflow).order_by("sort_order").values_list("task_id", flat=True)
    ) != [task.pk for task in tasks]:
        WorkflowTask.objects.filter(workflow=workflow).delete()
        for order, task in enumerate(tasks):
            WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=order)
        log.updated.append(f"workflow: {name} has {', then '.join(task_names)}")
    return workflow


def ensure_translation_workflows(log):
    """The translators' group and task, the two workflows for translated pages, and each existing translation
    on its workflow. Needs the English workflows (home/demo/workflow.py) first."""
    if Task.objects.filter(name__in=[CLINICAL_TASK, CONTENT_CHECK]).count() != 2:
        return
    reviewers = Group.objects.filter(name=TRANSLATION_REVIEWERS).first()
    if reviewers is None:
        reviewers = Group.objects.create(name=TRANSLATION_REVIEWERS)
        log.created.append(f"group: {TRANSLATION_REVIEWERS}")
    access = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    reviewers.permissions.add(access)
    task = GroupApprovalTask.objects.filter(name=TRANSLATION_REVIEW_TASK).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TRANSLATION_REVIEW_TASK)
        log.created.append(f"workflow task: {TRANSLATION_REVIEW_TASK}")
    if set(task.groups.all()) != {reviewers}:
        task.groups.set([reviewers])
        log.updated.append(f"workflow task: {TRANSLATION_REVIEW_TASK} approved by {TRANSLATION_REVIEWERS}")
    ensure_workflow(log, TRANSLATION_REVIEW, [TRANSLATION_REVIEW_TASK, CONTENT_CHECK])
    ensure_workflow(log, TRANSLATION_AND_CLINICAL, [TRANSLATION_REVIEW_TASK, CLINICAL_TASK])
    english_locale = default_locale()
    if english_locale is None:
        return
    for page in Page.objects.filter(depth__gte=2).exclude(locale=english_locale).order_by("path"):
        before = WorkflowPage.objects.filter(page=page).values_list("workflow__name", flat=True).first()
        workflow = assign_translation_workflow(page)
        if workflow is not None and workflow.name != before:
            log.updated.append(f"workflow: {workflow.name} on {page.title} ({page.locale.language_code})")


# --- The report ---------------------------------------------------------------------------------------------


@dataclass
class TranslatedPage(PageRow):
    language: str
    english: Page | None
    status: str
    reviewed_by: str

    @property
    def english_title(self):
        return self.english.title if self.english is not None else "No English page"


def on_date(moment):
    return f"{timezone.localtime(moment):%-d %B %Y}"


def last_made_from_english(page, english):
    """When this translation was last made or changed: the later of wagtail-localize's log of creating or
    updating it from the English page (a "Sync") and its own latest revision. None for a page that has
    neither: a copy of the English page (wagtail-localize copies a parent page not yet translated), which
    is not a translation at all."""
    from wagtail_localize.models import TranslationLog

    times = [
        TranslationLog.objects.filter(
            source__object_id=english.translation_key, source__locale_id=english.locale_id, locale_id=page.locale_id
        )
        .order_by("-created_at")
        .values_list("created_at", flat=True)
        .first(),
        page.revisions.order_by("-created_at").values_list("created_at", flat=True).first(),
    ]
    times = [moment for moment in times if moment is not None]
    return max(times) if times else None


def reviews_by_page(pages):
    """{page pk: the latest approved translation review (a TaskState)} for these pages, in one query."""
    states = (
        TaskState.objects.filter(
            task__name=TRANSLATION_REVIEW_TASK,
            status=TaskState.STATUS_APPROVED,
            workflow_state__base_content_type=ContentType.objects.get_for_model(Page),
            workflow_state__object_id__in=[str(page.pk) for page in pages],
        )
        .select_related("finished_by", "workflow_state")
        .order_by("finished_at")
    )
    return {int(state.workflow_state.object_id): state for state in states}


def translated_pages():
    """Every page in a language other than English, with its English page and where its translation stands."""
    english_locale = default_locale()
    if english_locale is None:
        return []
    pages = list(
        Page.objects.filter(depth__gte=2).exclude(locale=english_locale).select_related("locale").order_by("path")
    )
    english = {
        page.translation_key: page
        for page in Page.objects.filter(
            locale=english_locale, translation_key__in=[page.translation_key for page in pages]
        )
    }
    reviews = reviews_by_page(pages)
    names = dict(settings.LANGUAGES)
    english_names = {"pl": "Polish", "ur": "Urdu"}
    rows = []
    for page in pages:
        source = english.get(page.translation_key)
        review = reviews.get(page.pk)
        reviewed = review is not None and review.revision_id == page.latest_revision_id
        reviewed_by = ""
        if review is not None:
            reviewed_by = (
                f"{staff_name(review.finished_by, 'a former member of staff')} on {on_date(review.finished_at)}"
            )
        made = last_made_from_english(page, source) if source is not None else None
        if page.alias_of_id is not None or (source is not None and made is None):
            status = NOT_TRANSLATED
        elif source is not None and source.last_published_at and source.last_published_at > made:
            status = f"Out of date: English changed on {on_date(source.last_published_at)}"
        elif reviewed:
            status = f"Reviewed by {reviewed_by}"
        else:
            status = AWAITING
        code = page.locale.language_code
        language = english_names.get(code) or names.get(code, code)
        rows.append(TranslatedPage(page, language, source, status, reviewed_by))
    return rows


class TranslationsReportView(PageReportView):
    # wagtail-localize has its own "Translations" report (its translation jobs): this one is named for what it checks.
    page_title = "Translation review"
    header_icon = "globe"
    index_url_name = "translations_report"
    index_results_url_name = "translations_report_results"
    columns = [
        TitleColumn("title", label="Page", get_url=page_edit_url),
        Column("language", label="Language"),
        TitleColumn(
            "english_title",
            label="English page",
            get_url=lambda item: page_edit_url(item.english) if item.english else None,
        ),
        Column("status", label="Status"),
    ]
    list_export = ["title", "language", "english_title", "status", "reviewed_by"]
    export_headings = {"reviewed_by": "Reviewed by"}  # not a column on screen: it is in the status
    export_name = "translations"

    def get_queryset(self):
        return translated_pages()


@hooks.register("register_admin_urls")
def register_translations_report_urls():
    return report_urls("reports/translations/", TranslationsReportView, "translations_report")


@hooks.register("register_reports_menu_item")
def register_translations_menu_item():
    return PageEditorsMenuItem("Translation review", reverse("translations_report"), icon_name="globe", order=58)
