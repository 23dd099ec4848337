"""Home page transfer size: the page and every same-origin file it makes a browser fetch, in bytes on the wire.

The parsing and the accounting are pure (unit-tested); `measure_page_weight` does the fetching.
What is counted for each response: the status line and headers as gunicorn sent them, plus the
body as sent (compressed when the server compressed it). Not counted: request headers, TCP/TLS
framing, and files on other sites. Over HTTPS with HTTP/2 the headers are compressed too, so the
header figure here is a little high.
"""

import gzip
import re
import zlib
from dataclasses import dataclass
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

from bench.loadgen import HOST, Connection, Request

HOME_PAGE_BUDGET_BYTES = 100 * 1024
BROWSER_ACCEPT_ENCODING = "br, gzip"
TEXT_KINDS = {"html", "css", "js", "manifest", "script", "style"}

# <link rel=...> values that make a browser download the file while loading the page.
FETCHED_LINK_RELS = {"stylesheet", "icon", "shortcut", "apple-touch-icon", "manifest", "preload", "modulepreload"}
CSS_URL = re.compile(r"""url\(\s*(['"]?)([^'")]+)\1\s*\)|@import\s+(['"])([^'"]+)\3""")
# Static ES module imports: `import x from "./a.js"`, `import "./a.js"`, `export { x } from "./a.js"`.
JS_IMPORT = re.compile(r"""(?:\bimport|\bexport)\s*(?:[\w*${}\s,]+\s*from\s*)?(['"])([^'"]+\.m?js)\1""")


# --- Finding what a page references (pure) ------------------------------------------------


class _AssetParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.found = []  # (url, kind), in document order
        self.has_icon = False

    def handle_starttag(self, tag, attrs):
        attributes = {name: value or "" for name, value in attrs}
        if tag == "link":
            rels = set(attributes.get("rel", "").lower().split())
            if rels & FETCHED_LINK_RELS and attributes.get("href"):
                kind = "icon" if rels & {"icon", "shortcut", "apple-touch-icon"} else "css"
                if "manifest" in rels:
                    kind = "manifest"
                elif rels & {"preload", "modulepreload"}:
                    kind = attributes.get("as") or "script"
                self.has_icon = self.has_icon or kind == "icon"
                self.found.append((attributes["href"], kind))
        elif tag == "script" and attributes.get("src"):
            self.found.append((attributes["src"], "js"))
        elif tag in ("img", "source", "input", "video"):
            for name in ("src", "poster"):
                if attributes.get(name):
                    self.found.append((attributes[name], "image"))
            for candidate in attributes.get("srcset", "").split(","):
                url = candidate.strip().split(" ")[0]
                if url:
                    self.found.append((url, "image"))


def html_assets(html, page_url):
    """Same-origin files a browser fetches for this HTML: [(path, kind)], without repeats.

    With no <link rel="icon">, browsers ask for /favicon.ico, so that is included.
    """
    parser = _AssetParser()
    parser.feed(html)
    found = list(parser.found)
    if not parser.has_icon:
        found.append(("/favicon.ico", "icon"))
    return _same_origin_paths(found, page_url)


def css_assets(css, css_url):
    """Files a stylesheet references with url() or @import (fonts, images, other CSS), same origin only.

    A browser fetches a url() image or font only when a rule using it applies, so this is the most
    the stylesheet can add, not always what it does add.
    """
    found = []
    for match in CSS_URL.finditer(css):
        if match.group(2):
            found.append((match.group(2).strip(), _kind_from_extension(match.group(2))))
        else:
            found.append((match.group(4), "css"))
    return _same_origin_paths(found, css_url)


def js_imports(js, js_url):
    """Modules a JavaScript module imports statically: the browser fetches them before running it."""
    return _same_origin_paths([(match.group(2), "js") for match in JS_IMPORT.finditer(js)], js_url)


def _same_origin_paths(found, base_url):
    base = urlsplit(base_url)
    paths, seen = [], set()
    for url, kind in found:
        if url.startswith(("data:", "#", "about:", "blob:")):
            continue
        absolute = urlsplit(urljoin(base_url, url))
        if (absolute.scheme, absolute.netloc) != (base.scheme, base.netloc):
            continue
        path = absolute.path + (f"?{absolute.query}" if absolute.query else "")
        if path not in seen:
            seen.add(path)
            paths.append((path, kind))
    return paths


def _kind_from_extension(url):
    extension = urlsplit(url).path.rsplit(".", 1)[-1].lower()
    if extension in ("woff", "woff2", "ttf", "otf", "eot"):
        return "font"
    if extension == "css":
        return "css"
    return "image"


# --- Adding it up (pure) ------------------------------------------------------------------


@dataclass
class Transfer:
    path: str
    kind: str
    status: int
    head_bytes: int
    body_bytes: int
    encoding: str = ""  # Content-Encoding as served: "br", "gzip" or "" (not compressed)
    decoded_bytes: int = 0
    # For a text file sent uncompressed: its size gzipped here, i.e. what a compressing proxy would send.
    gzip_estimate: int | None = None

    @property
    def wire_bytes(self):
        return self.head_bytes + self.body_bytes

    @property
    def wire_bytes_if_compressed(self):
        return self.head_bytes + (self.body_bytes if self.gzip_estimate is None else self.gzip_estimate)


def account(transfers, budget=HOME_PAGE_BUDGET_BYTES):
    """Totals for the page weight table: bytes on the wire, split into headers and bodies, vs the budget."""
    wire = sum(item.wire_bytes for item in transfers)
    return {
        "files": len(transfers),
        "wire_bytes": wire,
        "head_bytes": sum(item.head_bytes for item in transfers),
        "body_bytes": sum(item.body_bytes for item in transfers),
        "decoded_bytes": sum(item.decoded_bytes for item in transfers),
        "wire_bytes_if_compressed": sum(item.wire_bytes_if_compressed for item in transfers),
        "uncompressed_files": [item.path for item in transfers if not item.encoding and item.body_bytes > 1024],
        "budget_bytes": budget,
        "within_budget": wire <= budget,
        "failed": [item.path for item in transfers if item.status != 200],
    }


def decoded_body(body, encoding):
    """The body as the browser sees it after undoing Content-Encoding; None if we cannot undo it."""
    if encoding == "gzip":
        return gzip.decompress(body)
    if encoding == "deflate":
        return zlib.decompress(body)
    if encoding == "br":
        try:
            import brotli  # noqa: PLC0415 (optional: only needed when the server sends brotli)
        except ImportError:
            return None
        return brotli.decompress(body)
    return body


# --- Fetching -----------------------------------------------------------------------------


async def measure_page_weight(port, path="/"):
    """Fetch `path` and everything it pulls in, as a browser would; returns [Transfer] in fetch order."""
    page_url = f"http://{HOST}:{port}{path}"
    connection = Connection(port)
    transfers = []
    try:
        queue = [(path, "html")]
        seen = {path}
        while queue:
            asset_path, kind = queue.pop(0)
            response = await connection.send(Request(asset_path, accept_encoding=BROWSER_ACCEPT_ENCODING))
            encoding = (response.header("content-encoding") or "").lower()
            body = decoded_body(response.body, encoding) if response.status == 200 else None
            compressible = not encoding and kind in TEXT_KINDS and response.body
            transfers.append(
                Transfer(
                    asset_path,
                    kind,
                    response.status,
                    response.head_bytes,
                    len(response.body),
                    encoding,
                    len(body) if body is not None else 0,
                    len(gzip.compress(response.body, 6)) if compressible else None,
                )
            )
            if body is None:
                continue
            url = urljoin(page_url, asset_path)
            text = body.decode("utf-8", "replace")
            found = []
            if kind == "html":
                found = html_assets(text, url)
            elif kind == "css":
                found = css_assets(text, url)
            elif kind == "js":
                found = js_imports(text, url)
            for found_path, found_kind in found:
                if found_path not in seen:
                    seen.add(found_path)
                    queue.append((found_path, found_kind))
    finally:
        await connection.close()
    return transfers
