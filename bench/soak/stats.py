"""Each request's time and outcome, and the error rate and p95 outside and during each fault."""

from collections import Counter

from bench.loadgen import percentile

SETTLE_SECONDS = 10  # a fault's window runs on this long after the service answers again


class Stats:
    def __init__(self):
        self.samples = []  # (kind, started, seconds, problem or None)
        self.completed = 0
        self.faults = []  # (name, started, recovered)
        self.problems = Counter()  # (path, problem): how many

    def record(self, kind, started, seconds, problem):
        self.samples.append((kind, started, seconds, problem))

    def windows(self):
        return [(name, start, end + SETTLE_SECONDS) for name, start, end in self.faults]

    def summary(self, inside=None):
        """Counts, error rate and p95 of requests that started inside (or, with None, outside) every window."""
        windows = self.windows()

        def wanted(sample):
            # A request belongs to a window it overlaps: one sent just before a restart fails in it.
            began, finished = sample[1], sample[1] + sample[2]
            hits = [name for name, start, end in windows if began <= end and finished >= start]
            return (not hits) if inside is None else (inside in hits)

        chosen = [sample for sample in self.samples if wanted(sample)]
        errors = [sample for sample in chosen if sample[3]]
        good = [sample[2] for sample in chosen if not sample[3]]
        submits = [sample[2] for sample in chosen if sample[0] == "submit" and not sample[3]]
        return {
            "requests": len(chosen),
            "errors": len(errors),
            "error_rate": len(errors) / len(chosen) if chosen else 0.0,
            "p95_ms": (percentile(good, 0.95) or 0) * 1000,
            "submit_p95_ms": (percentile(submits, 0.95) or 0) * 1000,
            "kinds": dict(Counter(sample[3] for sample in errors)),
        }
