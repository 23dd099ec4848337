"""Demo pack downloads: a few a week for each pack over the last 12 months, so the managers' report has
something to show. Deterministic and idempotent: days before the 1st of this month, counts from a formula."""

import datetime

from resources.models import PackDownloadDay

WEEKS = 52


def demo_download_days(packs, anchor):
    """{(pack id, day): count}: one day a week per pack, busier at the start of each school term."""
    wanted = {}
    for number, pack in enumerate(packs):
        for week in range(WEEKS):
            day = anchor - datetime.timedelta(days=7 * week + number % 7 + 1)
            term_start = day.month in (1, 4, 9)
            wanted[(pack.pk, day)] = 1 + (number * 5 + week * 3) % 9 + (6 if term_start else 0)
    return wanted


def ensure_downloads(log, packs, today):
    """Three queries, however many days: read what is there, create what is missing, correct what differs."""
    wanted = demo_download_days(packs, today.replace(day=1))
    existing = {
        (row.pack_id, row.date): row
        for row in PackDownloadDay.objects.filter(pack__in=packs, date__in={day for _, day in wanted})
    }
    missing = [
        PackDownloadDay(pack_id=pack_id, date=day, count=count)
        for (pack_id, day), count in wanted.items()
        if (pack_id, day) not in existing
    ]
    PackDownloadDay.objects.bulk_create(missing)
    log.created.extend(f"pack download day: {row.pack_id} on {row.date}" for row in missing)
    changed = [row for key, row in existing.items() if row.count != wanted[key]]
    for row in changed:
        row.count = wanted[(row.pack_id, row.date)]
    PackDownloadDay.objects.bulk_update(changed, ["count"])
    log.updated.extend(f"pack download day: {row.pack_id} on {row.date}" for row in changed)
