"""What happens when a workflow approves a page, whichever screen the approval came from.

Wagtail approves in `WorkflowState.finish()`: it marks the workflow approved, then publishes the
latest revision. Just before that publish (the state's save), this module:

- refuses to approve a story whose consent has run out or runs out within 30 days: the approval and
  its transaction are undone and the task stays waiting (the edit screen refuses earlier, with the
  reason beside the consent date: see `StoryPageForm`);
- sets "Last reviewed" to today in the revision about to go live, and the next review 12 months on,
  unless this change set a date of its own (the approver can change it while approving, or after).
"""

from django.db.models.signals import pre_save
from django.dispatch import receiver
from django.utils import timezone
from wagtail.models import WorkflowState

from home.models.pages import REVIEW_INTERVAL_MONTHS, ReviewDatesMixin, add_months
from home.models.stories import ConsentRefused, StoryPage, consent_problem


@receiver(pre_save, sender=WorkflowState)
def before_approval_publishes(sender, instance, raw=False, **kwargs):
    if raw or instance.pk is None or instance.status != WorkflowState.STATUS_APPROVED:
        return
    before = WorkflowState.objects.filter(pk=instance.pk).values_list("status", flat=True).first()
    if before != WorkflowState.STATUS_IN_PROGRESS:
        return
    content = instance.content_object
    page = getattr(content, "specific", content)
    if not isinstance(page, ReviewDatesMixin):
        return
    revision = page.get_latest_revision()
    if revision is None:
        return
    draft = revision.as_object()
    if isinstance(page, StoryPage):
        problem = consent_problem(draft.consent_expires)
        if problem:
            raise ConsentRefused(problem)
    reviewed_on_approval(page, draft, revision)


def reviewed_on_approval(page, draft, revision):
    """Write today's review into `revision` (the version approval publishes) unless this change set one."""
    if draft.last_reviewed != page.last_reviewed:
        return  # set by hand in this change: the approver's (or author's) date stands
    today = timezone.localdate()
    revision.content["last_reviewed"] = today.isoformat()
    automatic = page.last_reviewed and page.next_review_due == add_months(page.last_reviewed, REVIEW_INTERVAL_MONTHS)
    if draft.next_review_due == page.next_review_due and (
        not draft.next_review_due or automatic or draft.next_review_due <= today
    ):
        revision.content["next_review_due"] = add_months(today, REVIEW_INTERVAL_MONTHS).isoformat()
    revision.save(update_fields=["content"])


def changes_requested(obj):
    """(who, when, comment) of the reviewer who asked for changes the author has not yet sent back, or None."""
    state = obj.current_workflow_state
    if state is None or state.status != WorkflowState.STATUS_NEEDS_CHANGES:
        return None
    task_state = state.current_task_state
    if task_state is None or not task_state.comment:
        return None
    who = task_state.finished_by.get_username() if task_state.finished_by else "a reviewer"
    return who, timezone.localtime(task_state.finished_at), task_state.comment
