"""A minimal, valid, single-page PDF of text lines, for tests that need an uploaded document (a worksheet).

Pack PDFs themselves are rendered from their pages (resources/pdf.py). The output depends only on
the input (no dates or random ids).
"""

import textwrap

PAGE_WIDTH, PAGE_HEIGHT = 595, 842  # A4 in points
MARGIN = 56
WRAP_AT = 88
LEADING = 15
MAX_LINES = (PAGE_HEIGHT - 2 * MARGIN) // LEADING - 2  # less the title's extra height


def _escape(text):
    text = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    # The standard fonts use WinAnsi encoding: keep to Latin-1 and swap typographic quotes.
    text = text.translate(str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-"}))
    return text.encode("latin-1", "replace").decode("latin-1")


def _content_stream(title, paragraphs):
    ops = [
        "BT",
        f"/F2 18 Tf {MARGIN} {PAGE_HEIGHT - MARGIN} Td 22 TL",
        f"({_escape(title)}) Tj",
        "T*",
        f"/F1 11 Tf {LEADING} TL",
    ]
    for paragraph in paragraphs:
        bold = paragraph.startswith("## ")
        text = paragraph[3:] if bold else paragraph
        if bold:
            ops.append("/F2 12 Tf")
        for line in textwrap.wrap(text, WRAP_AT) or [""]:
            ops.append(f"T* ({_escape(line)}) Tj")
        if bold:
            ops.append("/F1 11 Tf")
        ops.append("T*")
    lines = sum(op.startswith("T*") for op in ops)
    if lines > MAX_LINES:
        raise ValueError(f"{title!r} needs {lines} lines; one page holds {MAX_LINES}. Shorten it.")
    ops.append("ET")
    return "\n".join(ops).encode("latin-1")


def make_pdf(title, paragraphs):
    """PDF bytes: `title` as a heading, then each paragraph wrapped ("## " starts a bold heading)."""
    stream = _content_stream(title, paragraphs)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        (
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PAGE_WIDTH} {PAGE_HEIGHT}] "
            "/Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>"
        ).encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        f"<< /Title ({_escape(title)}) /Producer (Children's Therapy Service portal) >>".encode("latin-1"),
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref_at = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info {len(objects)} 0 R >>\nstartxref\n{xref_at}\n%%EOF\n".encode()
    return bytes(out)
