"""Pages render with nothing fetched from outside the site."""

import re
from pathlib import Path

from django.conf import settings

from home.management.commands.vendor_nhsuk_frontend import vendored_paths


def test_vendored_nhsuk_frontend_is_current_and_self_contained():
    for path, build in vendored_paths().items():
        assert path.read_text() == build(), f"{path.name} is out of date: run manage.py vendor_nhsuk_frontend"
        assert not re.search(r"url\(\s*['\"]?https?:", path.read_text()), f"{path.name} loads something external"


def test_templates_reference_no_external_assets():
    for template in Path(settings.BASE_DIR, "templates").rglob("*.html"):
        text = template.read_text()
        assert not re.search(r'<(script|link)[^>]+(src|href)="https?://', text), template
