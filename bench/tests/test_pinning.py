"""Where make bench puts the server and the load: a load generator on the server's CPU squeezes every ratio."""

from bench.pinning import plan


def test_with_two_cpus_the_server_and_the_load_get_one_each_and_the_report_says_so():
    pinning = plan(available={0, 1}, taskset="/usr/bin/taskset")
    assert pinning.server_command(["gunicorn", "portal.wsgi"])[-4:] == ["-c", "0", "gunicorn", "portal.wsgi"]
    assert pinning.load_cpus == (1,)
    assert "pinned to CPU 0" in pinning.description() and "load generator to CPU 1" in pinning.description()


def test_with_more_cpus_each_side_gets_half():
    pinning = plan(available={0, 1, 2, 3}, taskset="/usr/bin/taskset")
    assert (pinning.server_cpus, pinning.load_cpus) == ((0, 1), (2, 3))


def test_one_cpu_or_no_taskset_runs_unpinned_and_the_report_says_why():
    for pinning, reason in (
        (plan(available={0}, taskset="/usr/bin/taskset"), "only 1 CPU"),
        (plan({0, 1}, ""), "taskset"),
    ):
        assert not pinning.pinned
        assert pinning.server_command(["gunicorn"]) == ["gunicorn"]
        assert "shares its CPUs" in pinning.description() and reason in pinning.description()
