"""A school's photo of a writing sample can carry where it was taken (EXIF GPS, often a child's home or
classroom). The portal keeps the picture, never the place: location data is removed when the file is
added, and the picture itself (its pixels, size, colours and which way up it is) is kept as sent."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image, ImageChops, PngImagePlugin

from referrals import attachments
from referrals.models import Attachment
from referrals.tests.journeys import school_answers, walk_to_check

pytestmark = pytest.mark.django_db

GPS_IFD = 0x8825
ORIENTATION = 0x0112
CAMERA_MAKE = 0x010F
# 51° 54' N, 0° 12' W: somewhere in Stevenage.
GPS = {1: "N", 2: (51.0, 54.0, 0.0), 3: "W", 4: (0.0, 12.0, 0.0)}


def photo():
    """A small picture with a pattern, so a changed pixel would show."""
    image = Image.new("RGB", (64, 48), "white")
    for x in range(64):
        for y in range(48):
            image.putpixel((x, y), ((x * 4) % 256, (y * 5) % 256, ((x + y) * 3) % 256))
    return image


def exif_with_location():
    exif = Image.Exif()
    exif[CAMERA_MAKE] = "PhoneCo"
    exif[ORIENTATION] = 6  # taken sideways: the picture is shown turned a quarter
    exif.get_ifd(GPS_IFD).update(GPS)
    return exif


def jpeg_with_location():
    out = io.BytesIO()
    photo().save(out, "JPEG", quality=90, exif=exif_with_location().tobytes())
    return out.getvalue()


def png_with_location():
    info = PngImagePlugin.PngInfo()
    info.add_text("XML:com.adobe.xmp", "<x:xmpmeta><exif:GPSLatitude>51,54N</exif:GPSLatitude></x:xmpmeta>")
    out = io.BytesIO()
    photo().save(out, "PNG", exif=exif_with_location().tobytes(), pnginfo=info)
    return out.getvalue()


def opened(data):
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def test_the_test_photo_really_carries_a_location():
    assert opened(jpeg_with_location()).getexif().get_ifd(GPS_IFD)
    assert opened(png_with_location()).getexif().get_ifd(GPS_IFD)


def test_a_jpeg_is_kept_without_its_location_and_otherwise_as_sent():
    sent = jpeg_with_location()
    kept = attachments.without_location(sent, "jpeg")
    image = opened(kept)
    exif = image.getexif()
    assert not exif.get_ifd(GPS_IFD)
    assert CAMERA_MAKE not in exif
    assert b"PhoneCo" not in kept
    # Still the right way up, the same size, and the same compressed picture, byte for byte.
    assert exif.get(ORIENTATION) == 6
    assert image.size == (64, 48)
    assert ImageChops.difference(image.convert("RGB"), opened(sent).convert("RGB")).getbbox() is None
    assert sent.endswith(kept[-1000:])


def test_a_png_is_kept_without_its_location_and_with_the_same_pixels():
    sent = png_with_location()
    kept = attachments.without_location(sent, "png")
    image = opened(kept)
    assert not image.getexif().get_ifd(GPS_IFD)
    assert b"GPSLatitude" not in kept and b"PhoneCo" not in kept
    assert image.getexif().get(ORIENTATION) == 6
    assert ImageChops.difference(image.convert("RGB"), opened(sent).convert("RGB")).getbbox() is None


def test_a_picture_with_nothing_to_remove_is_unchanged_in_what_it_shows():
    out = io.BytesIO()
    photo().save(out, "JPEG")
    kept = attachments.without_location(out.getvalue(), "jpeg")
    assert ImageChops.difference(opened(kept), opened(out.getvalue())).getbbox() is None


def test_a_photo_a_senco_adds_is_stored_without_where_it_was_taken(client, teams, area):
    answers = school_answers(area.pk)
    walk_to_check(client, {slug: answers[slug] for slug in ("who", "child", "postcode", "school", "needs")})
    sent = jpeg_with_location()
    response = client.post(
        "/refer/evidence/", {"file": SimpleUploadedFile("writing.jpg", sent, "image/jpeg"), "action": "add"}
    )
    assert response.status_code == 302
    stored = Attachment.objects.with_data().get(name="writing.jpg")
    assert not opened(stored.data).getexif().get_ifd(GPS_IFD)
    assert opened(stored.data).size == (64, 48)
    assert stored.size == len(stored.data)
