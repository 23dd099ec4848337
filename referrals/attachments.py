"""What a school's file is, decided from its content; and the rules a file must meet to be kept.

A file's name and the type the browser claims are whatever the sender says, so neither decides
anything: the first bytes do (a PDF starts "%PDF-", a PNG with its 8-byte signature, a JPEG with
FF D8 FF, a Word .docx is a zip holding word/document.xml), and images must open as images. The
name is kept only to show people, with its extension replaced by the one the content has.
"""

import io
import os
import unicodedata
import zipfile

from django.conf import settings
from django.core.exceptions import ValidationError

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

WRONG_TYPE = "The selected file must be a PDF, Word document (.docx), JPG or PNG"
OLD_WORD = "The selected file is an older Word or Office file: save it as a Word document (.docx) or PDF and try again"
BROKEN_IMAGE = "The selected file could not be opened as an image: check it opens, then try again"


def max_bytes():
    return settings.REFERRAL_ATTACHMENT_MAX_BYTES


def max_files():
    return settings.REFERRAL_ATTACHMENT_MAX_FILES


def megabytes(size):
    return f"{size / (1024 * 1024):g} MB"


def too_large_message():
    return f"The selected file must be smaller than {megabytes(max_bytes())}"


def too_many_message():
    return f"You can add up to {max_files()} files. Remove a file to add another"


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
        raise ValidationError("The selected file is empty", code="empty")
    if size > max_bytes():
        raise ValidationError(too_large_message(), code="too_large")
    uploaded.seek(0)
    data = uploaded.read(max_bytes() + 1)
    if len(data) > max_bytes():  # the size the upload claimed was wrong
        raise ValidationError(too_large_message(), code="too_large")
    kind = detect(data)
    return kind, display_name(uploaded.name, kind), data


def for_journey(key):
    """The files added in this journey and not yet sent, oldest first (without their bytes)."""
    return Attachment.objects.filter(journey_key=key, referral__isnull=True)
