"""The `cluster` marker: tests that start several app servers behind nginx on PostgreSQL and Redis
(bench/cluster.py). They take a minute or two to set up, so they run only when asked:
`make cluster-test`, or CLUSTER_TESTS=1. REQUIRE_CLUSTER=1 (for CI) makes a missing PostgreSQL, Redis
or nginx a failure instead of a skip."""

import os

import pytest


def pytest_configure(config):
    config.addinivalue_line(
        "markers",
        "cluster: starts app servers behind nginx on PostgreSQL and Redis (opt-in: CLUSTER_TESTS=1, make cluster-test)",
    )


def cluster_tests_wanted():
    return os.environ.get("CLUSTER_TESTS", "") in {"1", "true", "yes"} or cluster_required()


def cluster_required():
    return os.environ.get("REQUIRE_CLUSTER", "") in {"1", "true", "yes"}


def pytest_collection_modifyitems(config, items):
    if cluster_tests_wanted():
        return
    skip = pytest.mark.skip(reason="cluster tests are opt-in: make cluster-test (or CLUSTER_TESTS=1)")
    for item in items:
        if item.get_closest_marker("cluster"):
            item.add_marker(skip)
