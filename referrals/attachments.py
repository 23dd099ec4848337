"""What a school's file is, decided from its content; and the rules a file must meet to be kept.

A file's name and the type the browser claims are whatever the sender says, so neither decides
anything: the first bytes do (a PDF starts "%PDF-", a PNG with its 8-byte signature, a JPEG with
FF D8 FF, a Word .docx is a zip holding word/document.xml), and images must open as images. The
name is kept only to show people, with its extension replaced by the one the content has.

Photos often carry where they were taken (EXIF GPS, sometimes XMP or IPTC): a writing sample
photographed at home would tell anyone who opens it where the child lives. Pictures are kept
without that metadata (`without_location`), cut out of the file rather than re-encoded, so the
picture staff see is exactly the one the school sent.
"""

import io
import os
import struct
import unicodedata
import zipfile
import zlib

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from referrals.models import Attachment, AttachmentKind

CONTENT_TYPES = {
    AttachmentKind.PDF: "application/pdf",
    AttachmentKind.DOCX: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    AttachmentKind.JPEG: "image/jpeg",
    AttachmentKind.PNG: "image/png",
}
EXTENSIONS = {
    AttachmentKind.PDF: ".pdf",
    AttachmentKind.DOCX: ".docx",
    AttachmentKind.JPEG: ".jpg",
    AttachmentKind.PNG: ".png",
}
# What the file input offers; a hint to the browser's picker only, never trusted.
ACCEPT = ",".join([*EXTENSIONS.values(), ".jpeg", *CONTENT_TYPES.values()])
NAME_LIMIT = 100

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
JPEG_SIGNATURE = b"\xff\xd8\xff"
ZIP_SIGNATURE = b"PK\x03\x04"
# Word 97-2003 (.doc), Excel .xls and other old Office files share this container.
OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
PDF_SIGNATURE = b"%PDF-"

WRONG_TYPE = _("The selected file must be a PDF, Word document (.docx), JPG or PNG")
OLD_WORD = _(
    "The selected file is an older Word or Office file: save it as a Word document (.docx) or PDF and try again"
)
BROKEN_IMAGE = _("The selected file could not be opened as an image: check it opens, then try again")


def max_bytes():
    return settings.REFERRAL_ATTACHMENT_MAX_BYTES


def max_files():
    return settings.REFERRAL_ATTACHMENT_MAX_FILES


def megabytes(size):
    return f"{size / (1024 * 1024):g} MB"


def too_large_message():
    return gettext("The selected file must be smaller than %(size)s") % {"size": megabytes(max_bytes())}


def too_many_message():
    return gettext("You can add up to %(count)s files. Remove a file to add another") % {"count": max_files()}


def is_docx(data):
    """A .docx is a zip whose parts name a Word document. Only the zip's directory is read, nothing is unpacked."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except Exception:  # a damaged or hostile zip is simply not a Word document
        return False
    return "[Content_Types].xml" in names and "word/document.xml" in names


def image_opens(data):
    from PIL import Image

    try:
        with Image.open(io.BytesIO(data)) as image:
            image.verify()
    except Exception:  # truncated, corrupt, or a decompression bomb
        return False
    return True


def detect(data):
    """The AttachmentKind of `data`, or raise ValidationError saying what is wrong."""
    if data.startswith(PNG_SIGNATURE) or data.startswith(JPEG_SIGNATURE):
        if not image_opens(data):
            raise ValidationError(BROKEN_IMAGE, code="broken")
        return AttachmentKind.PNG if data.startswith(PNG_SIGNATURE) else AttachmentKind.JPEG
    if data.startswith(PDF_SIGNATURE):
        return AttachmentKind.PDF
    if data.startswith(ZIP_SIGNATURE) and is_docx(data):
        return AttachmentKind.DOCX
    if data.startswith(OLE_SIGNATURE):
        raise ValidationError(OLD_WORD, code="old_office")
    raise ValidationError(WRONG_TYPE, code="wrong_type")


def display_name(uploaded_name, kind):
    """The name to show staff: the sender's, without folders or control characters, ending as its content does."""
    base = os.path.basename(str(uploaded_name or "").replace("\\", "/"))
    stem = os.path.splitext(base)[0]
    stem = "".join(ch for ch in unicodedata.normalize("NFC", stem) if unicodedata.category(ch)[0] != "C")
    stem = " ".join(stem.split()).strip(". ")[: NAME_LIMIT - 5] or "file"
    return stem + EXTENSIONS[kind]


def read_upload(uploaded):
    """(kind, name, bytes) for an uploaded file, or raise ValidationError with the message to show."""
    size = uploaded.size or 0
    if size == 0:
        raise ValidationError(_("The selected file is empty"), code="empty")
    if size > max_bytes():
        raise ValidationError(too_large_message(), code="too_large")
    uploaded.seek(0)
    data = uploaded.read(max_bytes() + 1)
    if len(data) > max_bytes():  # the size the upload claimed was wrong
        raise ValidationError(too_large_message(), code="too_large")
    kind = detect(data)
    return kind, display_name(uploaded.name, kind), without_location(data, kind)


ORIENTATION_TAG = 0x0112
# JPEG segments kept as they are: the picture itself, the colour profile (APP2 "ICC_PROFILE") and
# the colour transform (APP14 "Adobe"). APP1 (EXIF, XMP), APP13 (IPTC), comments and other
# application segments are metadata and are dropped.
JPEG_APP0, JPEG_APP2, JPEG_APP14, JPEG_SOS = 0xE0, 0xE2, 0xEE, 0xDA
JPEG_STANDALONE = {0x01, *range(0xD0, 0xD8)}
# PNG chunks that hold metadata: EXIF, and text (XMP is kept in iTXt).
PNG_METADATA_CHUNKS = {b"eXIf", b"tEXt", b"zTXt", b"iTXt"}


def orientation_only_exif(data):
    """EXIF holding only which way up the picture is (b"Exif\\0\\0..."), or b"" if it is upright already:
    without it a photo of a page taken sideways would be shown sideways."""
    from PIL import Image

    try:
        with Image.open(io.BytesIO(data)) as image:
            orientation = image.getexif().get(ORIENTATION_TAG)
    except Exception:  # EXIF too damaged to read: nothing of it is kept, the picture still is
        return b""
    if not isinstance(orientation, int) or orientation in (0, 1) or orientation > 8:
        return b""
    exif = Image.Exif()
    exif[ORIENTATION_TAG] = orientation
    return exif.tobytes()


def without_location(data, kind):
    """`data` without location or other metadata if it is a picture; anything else as it is."""
    if kind == AttachmentKind.JPEG:
        return jpeg_without_metadata(data)
    if kind == AttachmentKind.PNG:
        return png_without_metadata(data)
    return data


def jpeg_without_metadata(data):
    """Copy the JPEG segment by segment, leaving out metadata; the compressed picture is copied untouched."""
    orientation = orientation_only_exif(data)
    kept = [JPEG_SIGNATURE[:2]]
    position = 2
    while True:
        # A segment is FF (any FF fill bytes), a marker byte, then for most markers a 2-byte length.
        if position >= len(data) or data[position] != 0xFF:
            raise ValidationError(BROKEN_IMAGE, code="broken")
        while position < len(data) and data[position] == 0xFF:
            position += 1
        if position >= len(data):
            raise ValidationError(BROKEN_IMAGE, code="broken")
        marker = data[position]
        position += 1
        if marker == JPEG_SOS:
            # The scan and everything after it is the picture.
            kept.append(bytes([0xFF, marker]) + data[position:])
            break
        if marker in JPEG_STANDALONE:
            kept.append(bytes([0xFF, marker]))
            continue
        if position + 2 > len(data):
            raise ValidationError(BROKEN_IMAGE, code="broken")
        (length,) = struct.unpack(">H", data[position : position + 2])
        end = position + length
        if length < 2 or end > len(data):
            raise ValidationError(BROKEN_IMAGE, code="broken")
        segment = bytes([0xFF, marker]) + data[position:end]
        position = end
        is_icc_profile = marker == JPEG_APP2 and segment[4:16] == b"ICC_PROFILE\0"
        if 0xE0 <= marker <= 0xEF and marker not in (JPEG_APP0, JPEG_APP14) and not is_icc_profile:
            continue
        if marker == 0xFE:  # a comment
            continue
        kept.append(segment)
    if orientation:
        # EXIF goes straight after the JFIF header if there is one, otherwise straight after the start.
        after = 2 if len(kept) > 1 and kept[1][1] == JPEG_APP0 else 1
        kept.insert(after, b"\xff\xe1" + struct.pack(">H", len(orientation) + 2) + orientation)
    return b"".join(kept)


def png_chunk(kind, body):
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)


def png_without_metadata(data):
    """Copy the PNG chunk by chunk, leaving out EXIF and text chunks; the picture's chunks are copied untouched."""
    orientation = orientation_only_exif(data)
    kept = [PNG_SIGNATURE]
    position = len(PNG_SIGNATURE)
    while position < len(data):
        if position + 8 > len(data):
            raise ValidationError(BROKEN_IMAGE, code="broken")
        (length,) = struct.unpack(">I", data[position : position + 4])
        kind = data[position + 4 : position + 8]
        end = position + 12 + length
        if end > len(data):
            raise ValidationError(BROKEN_IMAGE, code="broken")
        chunk = data[position:end]
        position = end
        if kind in PNG_METADATA_CHUNKS:
            continue
        kept.append(chunk)
        if kind == b"IHDR" and orientation:
            # eXIf must come before the picture data; straight after the header is always allowed.
            kept.append(png_chunk(b"eXIf", orientation[len(b"Exif\0\0") :]))
        if kind == b"IEND":
            break
    return b"".join(kept)


def for_journey(key):
    """The files added in this journey and not yet sent, oldest first (without their bytes)."""
    return Attachment.objects.filter(journey_key=key, referral__isnull=True)
