"""The soak's report: what was run, the checks' figures, and a row per window."""

from bench.soak.stats import SETTLE_SECONDS


def render(options, figures, problems, stats, elapsed, outbox, setup_seconds):
    outside = stats.summary()
    lines = [
        f"# Soak: {figures['journeys']} referral journeys, {options.clients} concurrent families",
        "",
        f"- {len(options_servers(options))} app servers × {options.workers} gunicorn workers behind nginx (TLS), "
        f"PostgreSQL, Redis; the email provider fails 1 call in {options.fail_every}; "
        f"{'PostgreSQL restarted once, Redis killed and restarted once' if not options.no_faults else 'no faults'}.",
        f"- Set-up {setup_seconds:.0f} s; load {elapsed:.0f} s: {figures['completed'] / elapsed:.1f} completed journeys/s, "
        f"{len(stats.samples) / elapsed:.0f} requests/s ({len(stats.samples)} requests, each journey 13).",
        f"- Journeys completed {figures['completed']}, gave up {figures['gave_up']}; referrals saved {figures['referrals']}.",
        f"- Completed without a referral {figures['completed_without_referral']}, with more than one "
        f"{figures['completed_with_several']}, confirmation showing another reference {figures['wrong_reference_shown']}; "
        f"half-written {figures['half_written']}.",
        f"- Outbox: {figures['messages']} messages, {figures['sent']} sent, {figures['failed_for_staff']} failed for staff, "
        f"{figures['still_waiting']} still waiting; sent but never delivered {figures['sent_but_never_delivered']}; "
        f"delivered more than once {figures['delivered_twice_or_more']} (beyond the at-least-once bound: "
        f"{figures['beyond_at_least_once_bound']}).",
        "- Outbox workers during the load (two, beside the first two servers): "
        + ", ".join(f"{key} {value}" for key, value in sorted(outbox.items()))
        + "; then the drain brought every retry forward.",
        "",
        "| window | requests | errors | error rate | p95 ms (answered) | submit p95 ms | errors by kind |",
        "|---|---:|---:|---:|---:|---:|---|",
    ]

    def row(name, summary):
        kinds = ", ".join(f"{kind} {count}" for kind, count in sorted(summary["kinds"].items())) or "—"
        return (
            f"| {name} | {summary['requests']} | {summary['errors']} | {summary['error_rate']:.2%} | "
            f"{summary['p95_ms']:.0f} | {summary['submit_p95_ms']:.0f} | {kinds} |"
        )

    lines.append(row("outside the faults", outside))
    for name, start, end in stats.windows():
        summary = stats.summary(inside=name)
        lines.append(row(f"{name} ({end - SETTLE_SECONDS - start:.1f} s down, + {SETTLE_SECONDS} s)", summary))
    if stats.problems:
        lines += ["", "Failed requests (each sent again until it worked), by path:", ""]
        lines += [f"- `{path}`: {problem} × {count}" for (path, problem), count in sorted(stats.problems.items())]
    lines += ["", "All checks passed." if not problems else "FAILED: " + ", ".join(problems)]
    return "\n".join(lines)


def options_servers(options):
    return range(options.servers)
