"""What changes only when content does, worked out once per content generation in each process.

A page the page cache cannot help (a family's `?ref=`, a visitor with a session, the first visit after
a publish) used to ask the database the same questions on every render: which page this address is
(one query per path segment with languages on), whether it has view restrictions, its translations,
the site, the service settings, the menu and the breadcrumb. None of them changes until something is
published or saved, and every such change bumps the page cache's generation number
(portal/page_cache.py: a page published or unpublished, any record saved in
PAGE_CACHE_INVALIDATING_APPS). So the answers are kept in this process, keyed on that generation: the
first render after a change works them out, every later one reuses them, and a change shows at once.

- The generation is read once per request (the page cache middleware has usually read it already).
- A process's answers are all dropped when the generation changes, when they are older than
  PAGE_CACHE_SECONDS (the page cache's own bound on a change the cache did not hear of, e.g. one made
  while Redis was down), and when the shared cache cannot be read.
- Nothing is kept when the page cache is off (PAGE_CACHE_ENABLED, off in most tests) or the shared cache
  is down: every answer is then worked out each time, as before.
- Keys are built from pages, sites and languages only, never from anything a visitor can vary freely,
  so a process keeps at most a few entries per page.
- Model instances are kept pickled and unpickled for each request (`remember_objects`), so no request
  sees another's changes to them; plain values (strings, numbers, tuples) are shared as they are.
"""

import logging
import pickle
import threading
import time

from portal import page_cache

logger = logging.getLogger(__name__)
MISSING = object()
# A safety bound per process: keys name pages, sites and languages, so a site has far fewer.
MAX_ENTRIES = 20_000
_lock = threading.Lock()
_state = {"generation": None, "since": 0.0, "values": {}}


def enabled():
    return page_cache.enabled()


def forget():
    """Drop every answer this process kept (also done whenever the generation changes)."""
    with _lock:
        _state.update(generation=None, since=0.0, values={})


def generation(request=None):
    """The content generation for this request, read from the shared cache once per request."""
    if request is not None and hasattr(request, "content_generation"):
        return request.content_generation
    value = page_cache.generation()
    if request is not None:
        request.content_generation = value
    return value


def _values(current):
    now = time.monotonic()
    with _lock:
        if _state["generation"] != current or now - _state["since"] > page_cache.cache_seconds():
            _state.update(generation=current, since=now, values={})
        return _state["values"]


def recall(request, key):
    """The kept answer for `key`, or MISSING (also when nothing may be kept now)."""
    if not enabled():
        return MISSING
    current = generation(request)
    if current is None:
        forget()  # the shared cache is down: a change made now would not be heard of
        return MISSING
    return _values(current).get(key, MISSING)


def keep(request, key, value):
    """Keep `value` for `key` in this generation (MISSING: keep nothing)."""
    if value is MISSING or not enabled():
        return value
    current = generation(request)
    if current is not None:
        values = _values(current)
        if len(values) < MAX_ENTRIES:
            values[key] = value
    return value


def remember(request, key, compute):
    """compute()'s answer, worked out once per generation; it must be an immutable plain value."""
    found = recall(request, key)
    if found is not MISSING:
        return found
    return keep(request, key, compute())


def remember_objects(request, key, compute):
    """Like `remember`, for model instances: each caller gets its own copy."""
    found = recall(request, key)
    if found is not MISSING:
        return pickle.loads(found)  # noqa: S301 (pickled by this process, from its own database rows)
    value = compute()
    keep(request, key, pickled(value))
    return value


def pickled(value):
    """`value` pickled to keep, or MISSING (nothing kept) if it cannot be: then it is worked out each time."""
    try:
        return pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    except (pickle.PicklingError, TypeError, AttributeError):
        logger.warning("Could not keep %s per content generation", type(value).__name__, exc_info=True)
        return MISSING
