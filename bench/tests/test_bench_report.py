"""What `make bench` writes about page weight and Lighthouse: a developer acts on these lines, so a
wrong total, a lost failing audit or a "met" that was missed would send them the wrong way."""

import json

from bench.lighthouse import node_major, summarise_report
from bench.report import budget_verdict, category_verdict, lighthouse_section, page_weight_section
from bench.transfer import Transfer, account, css_assets, html_assets, js_imports

PAGE_URL = "http://127.0.0.1:8000/"

HOME_HTML = """<!DOCTYPE html><html><head>
<link rel="stylesheet" href="/static/css/site.abc.css">
<link rel="stylesheet" href="/static/css/print.abc.css" media="print">
<link rel="preconnect" href="https://fonts.example.org">
<link rel="stylesheet" href="https://cdn.example.org/other.css">
<script src="/static/js/app.abc.js" type="module"></script>
</head><body>
<img src="/media/hero.jpg" srcset="/media/hero-400.jpg 400w, /media/hero-800.jpg 800w" alt="">
<img src="data:image/gif;base64,R0lGOD" alt="">
<a href="/advice/">Advice</a>
<script src="/static/js/app.abc.js" type="module"></script>
</body></html>"""

# A trimmed Lighthouse report: only the keys the summary reads, with one audit of each kind that matters.
LIGHTHOUSE_JSON = json.dumps(
    {
        "lighthouseVersion": "12.8.2",
        "environment": {"hostUserAgent": "Chromium/156"},
        "categories": {
            "performance": {
                "score": 0.91,
                "auditRefs": [
                    {"id": "largest-contentful-paint", "weight": 25},
                    {"id": "cumulative-layout-shift", "weight": 25},
                    {"id": "render-blocking-resources", "weight": 0},
                    {"id": "total-byte-weight", "weight": 0},
                ],
            },
            "accessibility": {
                "score": 0.96,
                "auditRefs": [
                    {"id": "color-contrast", "weight": 7},
                    {"id": "image-alt", "weight": 10},
                    {"id": "accesskeys", "weight": 0},
                ],
            },
            "best-practices": {"score": 1, "auditRefs": [{"id": "errors-in-console", "weight": 1}]},
            "seo": {"score": 0.63, "auditRefs": [{"id": "is-crawlable", "weight": 4.04}]},
        },
        "audits": {
            "largest-contentful-paint": {
                "title": "Largest Contentful Paint",
                "score": 0.95,
                "scoreDisplayMode": "numeric",
                "displayValue": "2.4 s",
            },
            "cumulative-layout-shift": {"title": "Cumulative Layout Shift", "score": 1, "scoreDisplayMode": "numeric"},
            "render-blocking-resources": {
                "title": "Eliminate render-blocking resources",
                "score": 0.5,
                "scoreDisplayMode": "metricSavings",
                "displayValue": "Est savings of 160 ms",
            },
            "total-byte-weight": {
                "title": "Avoids enormous network payloads",
                "score": 1,
                "scoreDisplayMode": "numeric",
                "numericValue": 53453,
            },
            "color-contrast": {"title": "Contrast is too low", "score": 0, "scoreDisplayMode": "binary"},
            "image-alt": {"title": "Image elements have [alt] attributes", "score": None, "scoreDisplayMode": "error"},
            "accesskeys": {"title": "No accesskeys", "score": None, "scoreDisplayMode": "notApplicable"},
            "errors-in-console": {"title": "No browser errors", "score": 1, "scoreDisplayMode": "binary"},
            "is-crawlable": {"title": "Page is blocked from indexing", "score": 0, "scoreDisplayMode": "binary"},
        },
    }
)


# --- Transfer size ---------------------------------------------------------------------------


def test_page_assets_are_what_a_browser_downloads_from_this_site_once_each():
    assets = html_assets(HOME_HTML, PAGE_URL)
    assert assets == [
        ("/static/css/site.abc.css", "css"),
        ("/static/css/print.abc.css", "css"),  # print CSS is still downloaded, at low priority
        ("/static/js/app.abc.js", "js"),  # listed twice in the page, fetched once
        ("/media/hero.jpg", "image"),
        ("/media/hero-400.jpg", "image"),
        ("/media/hero-800.jpg", "image"),
        ("/favicon.ico", "icon"),  # no <link rel="icon">: browsers ask for this
    ]


def test_a_declared_icon_replaces_the_favicon_fallback():
    html = '<link rel="icon" href="/static/img/favicon.1.svg" type="image/svg+xml">'
    assert html_assets(html, PAGE_URL) == [("/static/img/favicon.1.svg", "icon")]


def test_css_urls_resolve_against_the_stylesheet_and_skip_inline_and_other_sites():
    css = """@font-face { src: url("../fonts/a.woff2") format("woff2"), url(https://fonts.example.org/b.woff2); }
    .logo { background: url('../img/logo.png'); } .x { background: url(data:image/png;base64,AAAA); }
    @import "extra.css";"""
    assert css_assets(css, "http://127.0.0.1:8000/static/css/site.css") == [
        ("/static/fonts/a.woff2", "font"),
        ("/static/img/logo.png", "image"),
        ("/static/css/extra.css", "css"),
    ]


def test_static_module_imports_are_followed_but_not_dynamic_ones():
    js = 'import { initAll } from "./nhsuk.min.js";\nimport "./polyfill.js";\nconst later = import("./lazy.js");'
    assert js_imports(js, "http://127.0.0.1:8000/static/js/app.js") == [
        ("/static/js/nhsuk.min.js", "js"),
        ("/static/js/polyfill.js", "js"),
    ]


def transfers():
    return [
        Transfer("/", "html", 200, 900, 9000, "", 9000, gzip_estimate=3000),
        Transfer("/static/css/site.css", "css", 200, 1000, 23000, "gzip", 200000),
        Transfer("/favicon.ico", "icon", 404, 300, 100, "", 100),
    ]


def test_accounting_adds_headers_and_bodies_as_sent_and_flags_uncompressed_and_missing_files():
    totals = account(transfers(), budget=100 * 1024)
    assert totals["wire_bytes"] == 900 + 9000 + 1000 + 23000 + 300 + 100
    assert totals["head_bytes"] == 2200 and totals["body_bytes"] == 32100
    assert totals["within_budget"]
    assert totals["uncompressed_files"] == ["/"]  # the tiny 404 body is not worth flagging
    assert totals["failed"] == ["/favicon.ico"]
    assert totals["wire_bytes_if_compressed"] == totals["wire_bytes"] - 9000 + 3000
    assert not account(transfers(), budget=30 * 1024)["within_budget"]


def test_page_weight_section_states_the_total_the_budget_and_each_file():
    items = transfers()
    text = "\n".join(
        page_weight_section(
            {"transfers": items, "totals": account(items, budget=30 * 1024), "compression_note": "gzip only."}
        )
    )
    assert "**Total: 33.5 KB over 3 files**" in text
    assert "Budget ≤ 30.0 KB compressed: **missed by 3.5 KB**" in text
    assert "| `/static/css/site.css` | css | 200 | gzip | 1000 B | 22.5 KB | 195.3 KB |" in text
    assert "Sent uncompressed by gunicorn: `/`." in text
    assert "Not found or failed: `/favicon.ico`." in text


# --- Lighthouse ------------------------------------------------------------------------------


def test_lighthouse_report_becomes_scores_out_of_100_failing_audits_and_byte_weight():
    summary = summarise_report(json.loads(LIGHTHOUSE_JSON))
    assert summary["scores"] == {"performance": 91, "accessibility": 96, "best-practices": 100, "seo": 63}
    assert summary["total_byte_weight"] == 53453
    assert summary["version"] == "12.8.2" and summary["error"] is None
    assert summary["failing"]["performance"] == [
        ("largest-contentful-paint", "Largest Contentful Paint", "2.4 s"),  # a weighted metric below 1
        ("render-blocking-resources", "Eliminate render-blocking resources", "Est savings of 160 ms"),
    ]
    # A failed check and an errored one are listed; not-applicable ones are not.
    assert summary["failing"]["accessibility"] == [
        ("color-contrast", "Contrast is too low", ""),
        ("image-alt", "Image elements have [alt] attributes", "audit errored"),
    ]
    assert summary["failing"]["best-practices"] == []


def test_a_report_lighthouse_could_not_score_keeps_its_error():
    summary = summarise_report({"runtimeError": {"code": "NO_FCP", "message": "The page did not paint"}})
    assert summary["error"] == "The page did not paint"
    assert summary["scores"]["performance"] is None


def test_verdicts_say_met_or_by_how_much_in_the_right_direction():
    assert budget_verdict(96, 95, at_least=True, unit=" points") == "met"
    assert budget_verdict(95, 95, at_least=True, unit=" points") == "met"
    assert budget_verdict(91, 95, at_least=True, unit=" points") == "missed by 4 points"
    assert budget_verdict(180.4, 150, at_least=False, unit=" ms") == "missed by 30 ms"
    assert budget_verdict(120, 150, at_least=False, unit=" ms") == "met"
    assert budget_verdict(100.04, 100, at_least=False, unit=" KB", digits=1) == "missed by 0.1 KB"
    assert budget_verdict(None, 100, at_least=False) == "not measured"


def test_seo_missed_only_because_robots_txt_blocks_the_page_is_marked_deliberate():
    blocked = [("is-crawlable", "Page is blocked from indexing", "")]
    verdict, why = category_verdict("seo", 63, blocked, "/self-assessment/age/")
    assert verdict == "missed by 32 points" and "robots.txt" in why
    also_missing_description = blocked + [("meta-description", "Document does not have a meta description", "")]
    assert category_verdict("seo", 55, also_missing_description, "/self-assessment/age/")[1] == ""
    # A public page blocked from search engines is a fault, whatever the audit says.
    assert category_verdict("seo", 63, blocked, "/advice/getting-dressed/") == ("missed by 32 points", "")


def test_lighthouse_section_names_each_miss_with_its_gap_and_failing_audits():
    summary = summarise_report(json.loads(LIGHTHOUSE_JSON))
    text = "\n".join(lighthouse_section({"pages": [("Home", "/", summary)]}))
    assert "| Home (`/`) | 91 ✗ | 96 ✗ | 100 ✓ | 63 ✗ |" in text
    assert "- Home, Performance 91: **missed by 4 points**." in text
    assert "- Home, Accessibility 96: **missed by 4 points**." in text
    assert "  - `color-contrast`: Contrast is too low" in text
    assert "- Home, SEO 63: **missed by 32 points**." in text  # the home page must be indexable
    assert "  - `is-crawlable`: Page is blocked from indexing" in text
    assert "Lighthouse's total byte weight for the home page: 52.2 KB" in text


def test_lighthouse_not_run_is_said_with_its_reason():
    text = "\n".join(lighthouse_section({"not_run": "Node is not installed: no `node` and `npm` on PATH"}))
    assert "Lighthouse: not run (Node is not installed: no `node` and `npm` on PATH)." in text


def test_node_versions_are_read_from_node_dash_dash_version():
    assert node_major("v20.20.2\n") == 20
    assert node_major("") is None


def test_a_journey_step_blocked_by_robots_txt_is_listed_as_deliberate_not_as_a_miss():
    report = json.loads(LIGHTHOUSE_JSON)
    for category in report["categories"].values():
        category["score"] = 1
    report["categories"]["seo"]["score"] = 0.63
    text = "\n".join(lighthouse_section({"pages": [("Step", "/self-assessment/age/", summarise_report(report))]}))
    assert "Every budget met, apart from the deliberate misses below." in text
    assert "- Step, SEO 63: missed by 32 points, because robots.txt" in text
    assert "Budgets missed" not in text
