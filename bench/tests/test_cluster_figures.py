"""The cluster's rows in docs/benchmarks.md: each a ratio to the static file through the same nginx."""

from bench.cluster_figures import cluster_section


def summary(rps):
    return {"rps": rps, "p50": 2.0, "p95": 3.0, "p99": None, "errors": 0}


def test_each_row_is_a_share_of_the_static_file_through_the_same_nginx():
    rows = [("Static CSS (ceiling)", summary(2000), "nginx"), ("Home page (cached)", summary(500), "Redis")]
    text = "\n".join(cluster_section({"rows": rows, "setup_seconds": 90, "servers": 3, "workers": 2}, 4))
    assert "| Home page (cached) | 500 | 2.0 | 3.0 | — | 25% | 0 | Redis |" in text
    assert "3 app servers × 2" in text


def test_a_cluster_that_did_not_run_says_why():
    text = "\n".join(cluster_section({"not_run": "PostgreSQL or Redis is not answering"}, 4))
    assert "Not measured: PostgreSQL or Redis is not answering." in text
    assert "Not measured: skipped with `--no-cluster`." in "\n".join(cluster_section(None, 4))


def test_the_report_says_how_far_each_goal_is_and_when_the_ceiling_was_held_back():
    from bench.cluster_figures import goals_section
    from bench.loadgen import Target

    rows = [(Target(name, "/"), summary(0), ratio) for name, ratio in (("Static CSS (ceiling)", 1.0),)]
    rows += [(Target(name, "/"), summary(0), ratio) for name, ratio in (("Static CSS, big", 1.73),)]
    rows += [
        (Target("Home page (cached)", "/"), summary(0), 0.72),
        (Target("Advice topic (cache cold)", "/"), summary(0), 0.05),
    ]
    text = "\n".join(goals_section(rows))
    assert "Home page (cached) ≥ 70% of static (Redis, pinned): 72%, **met**" in text
    assert "Advice topic (cache cold) ≥ 10% of static (Redis, pinned): 5%, **missed by 5 percentage points**" in text
    assert "173% as fast as the ceiling" in text and "docs/performance.md" in text
