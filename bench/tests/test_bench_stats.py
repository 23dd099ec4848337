"""The benchmark's statistics: wrong percentiles would make every figure in docs/benchmarks.md wrong."""

import pytest

from bench.loadgen import percentile, summarise


def test_percentiles_interpolate_between_sorted_samples():
    samples = [5, 1, 4, 2, 3]  # unsorted on purpose
    assert percentile(samples, 0.5) == 3
    assert percentile(samples, 0) == 1 and percentile(samples, 1) == 5
    assert percentile(list(range(1, 101)), 0.95) == pytest.approx(95.05)
    assert percentile([10, 20], 0.5) == 15


def test_no_samples_give_no_percentile_and_bad_fractions_are_refused():
    assert percentile([], 0.5) is None
    with pytest.raises(ValueError):
        percentile([1], 95)


def test_summary_reports_requests_per_second_and_milliseconds():
    summary = summarise([0.010] * 98 + [0.100, 0.200], errors=1, elapsed=2.0)
    assert summary["requests"] == 100 and summary["errors"] == 1
    assert summary["rps"] == 50
    assert summary["p50"] == pytest.approx(10)
    assert summary["p99"] == pytest.approx(101, abs=1)
