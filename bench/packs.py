"""Pack PDFs in `make bench`: how long each demo pack's PDF takes to render from its page, and how big it is.

Publishing a pack renders its PDF inside the publish request (resources/pdf.py), so these times are
what an editor waits on top of the publish itself. The renders run in a child process on the bench's
throwaway database with its production settings (`python -m bench.packs`), as the site would run
them; the runner itself only reads the JSON that process prints.
"""

import json
import statistics
import subprocess
import sys
import time

ROUNDS = 3
MARKER = "PACK-PDF-TIMINGS "


def measure_pack_pdfs(base, env, rounds=ROUNDS):
    """{"packs": [...], "first_render_seconds": ...} or {"not_run": why}."""
    command = [sys.executable, "-m", "bench.packs", str(rounds)]
    done = subprocess.run(command, cwd=base, env=env, capture_output=True, text=True, timeout=900)  # noqa: S603 (our own argv)
    for line in reversed(done.stdout.splitlines()):
        if line.startswith(MARKER):
            return json.loads(line[len(MARKER) :])
    return {"not_run": f"bench.packs exited {done.returncode}: {done.stderr.strip()[-500:]}"}


def render_timings(rounds):
    """Render every live pack `rounds` times, not stored: the print template and WeasyPrint, as a publish does.
    The very first render in a process also loads Pango and the fonts, so it is reported on its own."""
    from django.conf import settings

    from resources.models import ResourcePackPage
    from resources.pdf import print_html, render_pdf

    base_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + "/"
    live = list(ResourcePackPage.objects.live().order_by("title"))
    first_render = timed(lambda: render_pdf(print_html(live[0]), base_url))[0] if live else None
    packs = []
    for pack in live:
        runs = [timed(lambda pack=pack: render_pdf(print_html(pack), base_url)) for _ in range(rounds)]
        data = runs[-1][1]
        packs.append(
            {"title": pack.title, "seconds": [s for s, _ in runs], "bytes": len(data), "pages": page_count(data)}
        )
    return {"packs": packs, "first_render_seconds": first_render, "rounds": rounds}


def timed(render):
    started = time.perf_counter()
    data = render()
    return time.perf_counter() - started, data


def page_count(data):
    """Pages in the PDF, or None where pypdf (a development requirement) is not installed."""
    import io

    try:
        from pypdf import PdfReader
    except ImportError:
        return None
    return len(PdfReader(io.BytesIO(data)).pages)


def pack_pdf_section(result):
    """The docs/benchmarks.md section, as lines."""
    lines = ["## Pack PDFs", ""]
    if not result or "not_run" in result:
        return lines + [f"Not measured: {(result or {}).get('not_run', 'no result')}.", ""]
    packs = result["packs"]
    medians = [statistics.median(pack["seconds"]) for pack in packs]
    lines += [
        "Each demo pack's PDF rendered from its published page by `resources/pdf.py` (the print template, then",
        f"WeasyPrint to tagged PDF/UA-1), {result['rounds']} times each in one process with production settings, on",
        "the machine above; nothing else was being measured at the time. Publishing a pack renders its PDF in the",
        "publish request, so the render time is what an editor waits for on top of the publish.",
        "",
        "| Pack | median s | slowest s | size | pages |",
        "|---|---:|---:|---:|---:|",
    ]
    for pack, median in zip(packs, medians, strict=True):
        lines.append(
            f"| {pack['title']} | {median:.2f} | {max(pack['seconds']):.2f} | "
            f"{pack['bytes'] / 1024:.0f} KB | {pack['pages'] or '–'} |"
        )
    sizes = [pack["bytes"] for pack in packs]
    lines += [
        "",
        f"Median over all {len(packs)} packs: **{statistics.median(medians):.2f} s** per render; files "
        f"{min(sizes) / 1024:.0f} to {max(sizes) / 1024:.0f} KB. The first render in a fresh process took "
        f"{result['first_render_seconds']:.2f} s, as it also loads Pango and the fonts: the first publish after "
        "a server starts waits that long.",
        "",
    ]
    return lines


if __name__ == "__main__":
    import django

    django.setup()
    print(MARKER + json.dumps(render_timings(int(sys.argv[1]) if len(sys.argv) > 1 else ROUNDS)))
