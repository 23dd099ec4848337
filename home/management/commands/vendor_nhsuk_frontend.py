"""Copy NHS.UK frontend's CSS and JS from wagtail-nhsuk-frontend into static/, made self-contained.

The packaged CSS loads the Frutiger web font from an NHS server. Families on pay-as-you-go
data, and our Content Security Policy, are better served by the system font, so the
@font-face rules are removed. Source map comments are removed because the maps are not shipped.
Run after upgrading wagtail-nhsuk-frontend; a test checks the copies are current.
"""

import re
from pathlib import Path

import wagtailnhsukfrontend
from django.conf import settings
from django.core.management.base import BaseCommand

PACKAGE_STATIC = Path(wagtailnhsukfrontend.__file__).parent / "static" / "wagtailnhsukfrontend"
FONT_FACE = re.compile(r"@font-face\{[^}]*\}")
SOURCE_MAP = re.compile(r"/[/*]# sourceMappingURL=\S+(\s*\*/)?")


def packaged_file(kind):
    """The single packaged CSS or JS file (its name carries the NHS.UK frontend version)."""
    (path,) = sorted((PACKAGE_STATIC / kind).glob(f"nhsuk-frontend-*.min.{kind}"))
    return path


def self_contained_css():
    return SOURCE_MAP.sub("", FONT_FACE.sub("", packaged_file("css").read_text())).rstrip() + "\n"


def self_contained_js():
    return SOURCE_MAP.sub("", packaged_file("js").read_text()).rstrip() + "\n"


def vendored_paths():
    static_dir = Path(settings.BASE_DIR) / "static"
    return {
        static_dir / "css" / "nhsuk-frontend.min.css": self_contained_css,
        static_dir / "js" / "nhsuk-frontend.min.js": self_contained_js,
    }


class Command(BaseCommand):
    help = "Copy NHS.UK frontend CSS and JS into static/, without external fonts or source maps."

    def handle(self, *args, **options):
        for path, build in vendored_paths().items():
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(build())
            self.stdout.write(f"Wrote {path.relative_to(settings.BASE_DIR)}")
