"""`make bench` measures each pack's PDF: render time and file size, in docs/benchmarks.md."""

import pytest

from bench.packs import pack_pdf_section, render_timings


def test_the_section_gives_each_packs_render_time_and_size_and_the_cold_start():
    result = {
        "rounds": 3,
        "first_render_seconds": 1.84,
        "packs": [
            {"title": "Fine motor play at home", "seconds": [0.31, 0.29, 0.40], "bytes": 22_648, "pages": 1},
            {"title": "Handwriting in key stage 2", "seconds": [0.37, 0.35, 0.52], "bytes": 25_600, "pages": 2},
        ],
    }
    text = "\n".join(pack_pdf_section(result))
    assert "| Fine motor play at home | 0.31 | 0.40 | 22 KB | 1 |" in text
    assert "| Handwriting in key stage 2 | 0.37 | 0.52 | 25 KB | 2 |" in text
    assert "Median over all 2 packs: **0.34 s** per render; files 22 to 25 KB." in text
    assert "The first render in a fresh process took 1.84 s" in text


def test_a_run_that_could_not_render_says_so():
    text = "\n".join(pack_pdf_section({"not_run": "bench.packs exited 1: no Pango"}))
    assert "## Pack PDFs" in text and "Not measured: bench.packs exited 1: no Pango." in text


@pytest.mark.django_db
def test_every_live_pack_is_rendered_and_measured():
    from home.tests.factories import make_home_page
    from resources.tests.factories import make_pack, make_schools_tree

    _, index, _ = make_schools_tree(make_home_page())
    make_pack(index, "Handwriting in key stage 2", body=[{"type": "rich_text", "value": "<h2>Basics</h2>"}])
    result = render_timings(rounds=2)
    [pack] = result["packs"]
    assert pack["title"] == "Handwriting in key stage 2" and len(pack["seconds"]) == 2
    assert pack["bytes"] > 10_000 and pack["pages"] == 1
    assert result["first_render_seconds"] > 0


def test_pages_are_left_blank_where_pypdf_is_not_installed():
    pack = {"title": "Fine motor play at home", "seconds": [0.3], "bytes": 22_648, "pages": None}
    text = "\n".join(pack_pdf_section({"rounds": 1, "first_render_seconds": 1.0, "packs": [pack]}))
    assert "| Fine motor play at home | 0.30 | 0.30 | 22 KB | – |" in text
