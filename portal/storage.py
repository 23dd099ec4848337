"""Static files storage: whitenoise's compressed, hashed files, without following source maps.

Some packages' CSS and JS end with a sourceMappingURL comment but do not ship the map, which
makes collectstatic fail. We ship no source maps, so those comments are left alone, not resolved.
"""

from whitenoise.storage import CompressedManifestStaticFilesStorage


def _without_source_maps(patterns):
    kept = []
    for extension, extension_patterns in patterns:
        remaining = tuple(
            pattern
            for pattern in extension_patterns
            if "sourceMappingURL" not in (pattern[0] if isinstance(pattern, tuple) else pattern)
        )
        if remaining:
            kept.append((extension, remaining))
    return tuple(kept)


class StaticFilesStorage(CompressedManifestStaticFilesStorage):
    patterns = _without_source_maps(CompressedManifestStaticFilesStorage.patterns)
    # Rewrite `import ... from "./x.js"` in our ES modules to the hashed names, so they cache forever.
    support_js_module_import_aggregation = True
