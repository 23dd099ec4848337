"""Two approval workflows, each named for what it checks; Moderators approve both.

"Clinical approval": a clinician signs off what families read as clinical advice (advice and
information pages here; selfassess puts its questionnaire on it) before it goes live.
"Content check": everything else (the waiting-times page, stories, school pages), through the
workflow Wagtail puts on the root page, which it calls "Moderators approval". Staff saw both names
for the same people and could not tell what either checked, so that one is renamed.
Polish and Urdu pages first go through a "Translation review" by the Translation reviewers, then the
same check as their English page (home/translations_review.py): set up here, before the demo's
translated pages are made, so each takes its workflow as it is created.
"""

from django.contrib.auth.models import Group
from wagtail.models import GroupApprovalTask, GroupPagePermission, Page, Workflow, WorkflowPage, WorkflowTask

from home.translations_review import ensure_translation_workflows

WORKFLOW_NAME = CLINICAL_APPROVAL = "Clinical approval"
TASK_NAME = "Clinical sign-off"
CONTENT_CHECK = "Content check"
# What Wagtail's migrations call the root page's workflow and its one task.
WAGTAIL_DEFAULT_NAME = "Moderators approval"


def ensure_workflows(log, clinical_pages):
    """Clinical approval on `clinical_pages` (their children inherit it), a content check on the rest,
    and editors kept from publishing."""
    moderators = Group.objects.filter(name="Moderators").first()
    if moderators is None:  # only when a test flushed the groups Wagtail's migrations create
        return None
    rename_wagtail_default(log)
    content_check = ensure_workflow(log, CONTENT_CHECK, CONTENT_CHECK, moderators)
    ensure_on_pages(log, content_check, [Page.get_first_root_node()])
    clinical = ensure_workflow(log, CLINICAL_APPROVAL, TASK_NAME, moderators)
    ensure_on_pages(log, clinical, clinical_pages)
    ensure_translation_workflows(log)

    # Editors draft and submit; only the approval step publishes.
    removed, _ = GroupPagePermission.objects.filter(group__name="Editors", permission__codename="publish_page").delete()
    if removed:
        log.updated.append("group: Editors can no longer publish pages directly")
    return clinical


def clinical_approval():
    return Workflow.objects.filter(name=CLINICAL_APPROVAL).first()


def rename_wagtail_default(log):
    """Renamed in place, so pages already waiting for a moderator stay in their workflow."""
    for model in (Workflow, GroupApprovalTask):
        default = model.objects.filter(name=WAGTAIL_DEFAULT_NAME).first()
        if default is not None and not model.objects.filter(name=CONTENT_CHECK).exists():
            default.name = CONTENT_CHECK
            default.save(update_fields=["name"])
            log.updated.append(f"workflow: {WAGTAIL_DEFAULT_NAME} is now {CONTENT_CHECK}")


def ensure_workflow(log, name, task_name, approvers):
    """An active workflow of one group-approval step, `task_name`, approved by `approvers`."""
    task = GroupApprovalTask.objects.filter(name=task_name).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=task_name)
        log.created.append(f"workflow task: {task_name}")
    if set(task.groups.all()) != {approvers}:
        task.groups.set([approvers])
        log.updated.append(f"workflow task: {task_name} approved by {approvers.name}")

    workflow = Workflow.objects.filter(name=name).first()
    if workflow is None:
        workflow = Workflow.objects.create(name=name, active=True)
        log.created.append(f"workflow: {name}")
    elif not workflow.active:
        workflow.active = True
        workflow.save(update_fields=["active"])
        log.updated.append(f"workflow: {name} enabled")
    if list(WorkflowTask.objects.filter(workflow=workflow).values_list("task_id", flat=True)) != [task.pk]:
        WorkflowTask.objects.filter(workflow=workflow).delete()
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
        log.updated.append(f"workflow: {name} has {task_name}")
    return workflow


def ensure_on_pages(log, workflow, pages):
    for page in pages:
        assigned = WorkflowPage.objects.filter(page=page).first()
        if assigned is None:
            WorkflowPage.objects.create(page=page, workflow=workflow)
            log.updated.append(f"workflow: {workflow.name} on {page.title}")
        elif assigned.workflow_id != workflow.pk:
            assigned.workflow = workflow
            assigned.save()
            log.updated.append(f"workflow: {workflow.name} on {page.title}")
