"""The soak's bookkeeping (pure): which requests fall in a fault's window, and each family's own address."""

import pytest

from bench.soak import SETTLE_SECONDS, Stats, source_address


def test_requests_are_counted_inside_or_outside_each_faults_window():
    stats = Stats()
    stats.faults.append(("PostgreSQL restart", 100.0, 103.0))  # down 3 s, then the settling time
    stats.record("step", 50.0, 0.010, None)
    stats.record("step", 101.0, 0.500, "HTTP 500")
    stats.record("submit", 102.0, 0.040, None)
    stats.record("step", 103.0 + SETTLE_SECONDS - 0.5, 0.020, None)  # still settling
    stats.record("step", 103.0 + SETTLE_SECONDS + 1, 0.030, None)

    outside = stats.summary()
    assert outside["requests"] == 2 and outside["errors"] == 0
    during = stats.summary(inside="PostgreSQL restart")
    assert during["requests"] == 3 and during["errors"] == 1
    assert during["error_rate"] == pytest.approx(1 / 3)
    assert during["kinds"] == {"HTTP 500": 1}
    assert during["submit_p95_ms"] == pytest.approx(40)
    # Failed requests' times are not latencies of answered ones.
    assert during["p95_ms"] < 100


def test_every_family_gets_its_own_loopback_address():
    addresses = [source_address(number) for number in range(20_000)]
    assert len(set(addresses)) == len(addresses)
    for address in addresses:
        octets = [int(part) for part in address.split(".")]
        assert octets[0] == 127 and all(0 <= octet <= 255 for octet in octets) and octets[3] != 0
