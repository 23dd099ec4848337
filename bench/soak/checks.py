"""The final checks, from the database and the stand-in provider's log after the outbox is drained."""

import json
from collections import Counter

from bench.mail import read_log


def check(cluster, run_id, results):
    """The database and the provider's log after the drain: the run's invariants, and their counts."""
    with cluster.postgres(cluster.database) as connection:
        rows = connection.execute(
            "SELECT r.school, r.reference,"
            " (SELECT count(*) FROM referrals_referralevent e WHERE e.referral_id = r.id AND e.kind = 'submitted'),"
            " (SELECT count(*) FROM referrals_referral_life_areas a WHERE a.referral_id = r.id),"
            " (SELECT count(*) FROM referrals_outboxmessage m WHERE m.referral_id = r.id)"
            " FROM referrals_referral r WHERE r.school LIKE %s",
            [f"Soak {run_id} %"],
        ).fetchall()
        messages = connection.execute(
            "SELECT m.to, m.subject, m.status, m.attempts, m.last_error FROM referrals_outboxmessage m"
            " JOIN referrals_referral r ON r.id = m.referral_id WHERE r.school LIKE %s",
            [f"Soak {run_id} %"],
        ).fetchall()
    per_marker = Counter(row[0] for row in rows)
    completed = [result for result in results if result["completed"]]
    gave_up = [result for result in results if not result["completed"]]
    references = {row[0]: row[1] for row in rows}
    deliveries = Counter((line["to"][0], line["subject"]) for line in read_log(cluster.mail_log))
    statuses = Counter(status for _, _, status, _, _ in messages)
    duplicated = [(to, subject, deliveries[to, subject], attempts) for to, subject, _, attempts, _ in messages]
    duplicated = [entry for entry in duplicated if entry[2] > 1]
    figures = {
        "journeys": len(results),
        "completed": len(completed),
        "gave_up": len(gave_up),
        "referrals": len(rows),
        "completed_without_referral": sum(1 for result in completed if per_marker[result["marker"]] == 0),
        "completed_with_several": sum(1 for result in completed if per_marker[result["marker"]] > 1),
        "gave_up_with_referral": sum(1 for result in gave_up if per_marker[result["marker"]] > 0),
        "wrong_reference_shown": sum(
            1
            for result in completed
            if result.get("reference") and references.get(result["marker"]) != result["reference"]
        ),
        "half_written": sum(1 for _, _, events, areas, outbox in rows if (events, areas, outbox) != (1, 1, 2)),
        "messages": len(messages),
        "sent": statuses.get("sent", 0),
        "failed_for_staff": statuses.get("failed", 0),
        "still_waiting": statuses.get("pending", 0),
        "sent_but_never_delivered": sum(
            1 for to, subject, status, _, _ in messages if status == "sent" and deliveries[to, subject] == 0
        ),
        "delivered_twice_or_more": len(duplicated),
        "beyond_at_least_once_bound": sum(1 for _, _, copies, attempts in duplicated if copies > attempts),
    }
    problems = [
        name
        for name in (
            "completed_without_referral",
            "completed_with_several",
            "wrong_reference_shown",
            "half_written",
            "still_waiting",
            "sent_but_never_delivered",
            "beyond_at_least_once_bound",
        )
        if figures[name]
    ]
    if figures["referrals"] != figures["completed"] + figures["gave_up_with_referral"]:
        problems.append("referrals not accounted for by journeys")
    return figures, problems


def outbox_totals(cluster):
    totals = Counter()
    for number in range(1, 3):
        log = cluster.workdir / f"outbox-{number}.log"
        for line in log.read_text(errors="replace").splitlines() if log.exists() else []:
            if line.startswith("{"):
                totals.update(json.loads(line))
    return dict(totals)
