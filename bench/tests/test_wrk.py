"""`make bench` measures issue 21's goals with wrk, as peers are compared (bench/wrk.py)."""

import http.server
import sys
import threading
from urllib.parse import urlsplit

import pytest

from bench import wrk
from bench.cluster_figures import goals_section
from bench.loadgen import Target

WRK_OUTPUT = """Running 10s test @ http://127.0.0.1:8000/
  1 threads and 4 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     2.10ms    1.00ms  20.00ms   90.00%
  20000 requests in 10.00s, 1.00MB read
Requests/sec:   2000.00
WRK requests 20000
WRK duration_us 10000000
WRK errors 3
WRK p50_us 1800
WRK p95_us 4200
WRK p99_us 9100
"""


def summary(rps):
    return {"rps": rps, "requests": 1, "errors": 0, "p50": 1.0, "p95": 2.0, "p99": 3.0}


def test_wrks_figures_are_read_as_requests_a_second_and_milliseconds():
    figures = wrk.parse(WRK_OUTPUT)
    assert figures["rps"] == pytest.approx(2000.0)
    assert (figures["p50"], figures["p95"], figures["p99"]) == (1.8, 4.2, 9.1)
    assert figures["errors"] == 3 and figures["requests"] == 20000


def test_output_without_figures_is_an_error_not_zero():
    with pytest.raises(ValueError, match="no figures"):
        wrk.parse("unable to connect to 127.0.0.1:1 Connection refused\n")


def test_with_wrk_the_goals_are_judged_on_its_shares_and_ours_are_given_beside_them():
    rows = [
        (Target("Static CSS (ceiling)", "/"), summary(800), 1.0),
        (Target("Home page (cached)", "/"), summary(560), 0.72),
        (Target("Advice topic (cache cold)", "/"), summary(40), 0.05),
    ]
    measured = {"rows": [("Static CSS (ceiling)", summary(3000), 1.0), ("Home page (cached)", summary(900), 0.30)]}
    measured["rows"].append(("Advice topic (cache cold)", summary(60), 0.02))
    text = "\n".join(goals_section(rows, measured))
    assert "Home page (cached) ≥ 70% of static (wrk, Redis, pinned): 30%, **missed by 40 percentage points**" in text
    assert "(our load generator: 72%)" in text
    assert "Advice topic (cache cold) ≥ 10% of static (wrk, Redis, pinned): 2%, **missed by 8" in text


def test_without_wrk_the_report_says_the_shares_read_high():
    rows = [(Target("Home page (cached)", "/"), summary(560), 0.72)]
    text = "\n".join(goals_section(rows, {"not_run": "`wrk` is not installed"}))
    assert "Not measured with wrk" in text and "read high" in text
    assert "Not measured: `wrk` is not installed" in "\n".join(wrk.section({"not_run": "`wrk` is not installed"}))


class QuietServer(http.server.ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        """wrk ends its second by closing its connections, some in the middle of an answer: that is not a fault of
        the server under test, and the standard library's traceback for each broken pipe only hid real output."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


@pytest.mark.skipif(not wrk.available(), reason="wrk is not installed (Debian's wrk package): make bench cannot use it")
def test_wrk_loads_a_server_and_a_cold_target_asks_for_a_new_address_every_time():
    seen = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (the standard library's name)
            seen.append(self.path)
            self.send_response(200 if urlsplit(self.path).path == "/page/" else 404)
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"ok")

        def log_message(self, *args):
            pass

    server = QuietServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        cold = wrk.run(server.server_port, "/page/", cold=True, seconds=1)
        cold_paths = list(seen)
        seen.clear()
        missing = wrk.run(server.server_port, "/nowhere/", seconds=1)
    finally:
        server.shutdown()
    assert cold["requests"] > 10 and cold["errors"] == 0 and cold["rps"] > 0
    assert len(set(cold_paths)) == len(cold_paths) and all(path.startswith("/page/?ref=wrk-") for path in cold_paths)
    assert missing["errors"] == missing["requests"] > 0
