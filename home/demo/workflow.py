"""The "Clinical approval" workflow: a clinician (Moderators) signs off advice and information before it goes live."""

from django.contrib.auth.models import Group
from wagtail.models import GroupApprovalTask, GroupPagePermission, Workflow, WorkflowPage, WorkflowTask

WORKFLOW_NAME = "Clinical approval"
TASK_NAME = "Clinical sign-off"


def ensure_clinical_approval(log, pages):
    """Assign the workflow to `pages` (their children inherit it) and keep editors from publishing."""
    moderators = Group.objects.filter(name="Moderators").first()
    if moderators is None:  # only when a test flushed the groups Wagtail's migrations create
        return None
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME)
        log.created.append(f"workflow task: {TASK_NAME}")
    if set(task.groups.all()) != {moderators}:
        task.groups.set([moderators])
        log.updated.append(f"workflow task: {TASK_NAME} approved by Moderators")

    workflow = Workflow.objects.filter(name=WORKFLOW_NAME).first()
    if workflow is None:
        workflow = Workflow.objects.create(name=WORKFLOW_NAME, active=True)
        log.created.append(f"workflow: {WORKFLOW_NAME}")
    if not WorkflowTask.objects.filter(workflow=workflow, task=task).exists():
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
        log.updated.append(f"workflow: {WORKFLOW_NAME} has {TASK_NAME}")

    for page in pages:
        assigned = WorkflowPage.objects.filter(page=page).first()
        if assigned is None:
            WorkflowPage.objects.create(page=page, workflow=workflow)
            log.updated.append(f"workflow: {WORKFLOW_NAME} on {page.title}")
        elif assigned.workflow_id != workflow.pk:
            assigned.workflow = workflow
            assigned.save()
            log.updated.append(f"workflow: {WORKFLOW_NAME} on {page.title}")

    # Editors draft and submit; only the approval step publishes.
    removed, _ = GroupPagePermission.objects.filter(group__name="Editors", permission__codename="publish_page").delete()
    if removed:
        log.updated.append("group: Editors can no longer publish pages directly")
    return workflow
