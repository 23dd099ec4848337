"""Schools send evidence once (issue 18, item 9): files checked by content, kept privately, seen by the receiving team only."""

import datetime
import io
import logging
import os
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import Client
from django.utils import timezone
from hypothesis import given
from hypothesis import strategies as st
from PIL import Image

from portal.tests.fuzzing import assert_handled, fuzz_settings
from referrals import retention
from referrals.models import Attachment, Referral, ReferralStatus
from referrals.tests.factories import ReferralFactory, triage_user
from referrals.tests.journeys import school_answers, walk_to_check

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
PAGE = "/refer/evidence/"


def png_bytes():
    out = io.BytesIO()
    Image.new("RGB", (4, 4), "white").save(out, "PNG")
    return out.getvalue()


def jpeg_bytes():
    out = io.BytesIO()
    Image.new("RGB", (4, 4), "white").save(out, "JPEG")
    return out.getvalue()


def docx_bytes(word=True):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml" if word else "xl/workbook.xml", "<document/>")
    return out.getvalue()


def upload(name, data, content_type="application/octet-stream"):
    return SimpleUploadedFile(name, data, content_type=content_type)


def to_evidence(client, area, **overrides):
    answers = school_answers(area.pk, **overrides)
    walk_to_check(client, {slug: answers[slug] for slug in ("who", "child", "postcode", "school", "needs")})
    return answers


def finish(client, answers):
    for slug in ("services", "communication", "consent", "contact"):
        response = client.post(f"/refer/{slug}/", answers[slug])
        assert response.status_code == 302, response.content.decode()[:2000]
    return client.post("/refer/check-your-answers/")


def add(client, name, data, action="add", **kwargs):
    return client.post(PAGE, {"file": upload(name, data, **kwargs), "action": action})


def test_a_senco_refers_with_an_attached_review_note(client, teams, area):
    answers = to_evidence(client, area)
    page = client.get(PAGE).content.decode()
    assert "assess, plan, do and review notes" in page
    assert 'enctype="multipart/form-data"' in page
    response = add(client, "APDR review.pdf", PDF)
    assert response.status_code == 302 and response.headers["Location"] == PAGE
    page = client.get(PAGE).content.decode()
    assert "APDR review.pdf" in page and "Remove<span" in page
    response = add(client, "writing sample.png", png_bytes(), action="continue")
    assert response.headers["Location"] == "/refer/services/"
    finish(client, answers)
    referral = Referral.objects.get()
    assert [(a.name, a.kind) for a in referral.attachments.all()] == [
        ("APDR review.pdf", "pdf"),
        ("writing sample.png", "png"),
    ]
    assert Attachment.objects.with_data().get(name="APDR review.pdf").data == PDF


def test_check_answers_lists_the_files_with_a_change_link(client, teams, area):
    answers = to_evidence(client, area)
    add(client, "APDR review.pdf", PDF, action="continue")
    for slug in ("services", "communication", "consent", "contact"):
        client.post(f"/refer/{slug}/", answers[slug])
    check = client.get("/refer/check-your-answers/").content.decode()
    assert "Files from school" in check
    assert "APDR review.pdf (PDF, 1 KB)" in check or "APDR review.pdf (PDF," in check
    assert 'href="/refer/evidence/">Change<span class="nhsuk-u-visually-hidden"> files from school' in check


def test_the_school_is_asked_for_once(client, teams, area):
    """The referrer's workplace is the child's school unless they say otherwise."""
    answers = to_evidence(client, area)
    client.post(PAGE, {"action": "continue"})
    for slug in ("services", "communication", "consent"):
        client.post(f"/refer/{slug}/", answers[slug])
    contact = client.get("/refer/contact/").content.decode()
    assert "Where you work (optional)" in contact
    assert "Leave this empty if you work at Example Primary, the child&#x27;s school." in contact
    client.post("/refer/contact/", answers["contact"])  # organisation left empty
    check = client.get("/refer/check-your-answers/").content.decode()
    assert check.count("Example Primary") == 2  # the school, and where you work
    client.post("/refer/check-your-answers/")
    assert Referral.objects.get().referrer_organisation == "Example Primary"


def test_a_school_referrer_working_elsewhere_says_so(client, teams, area):
    answers = to_evidence(client, area, contact={"organisation": "Inclusion Support Service"})
    client.post(PAGE, {"action": "continue"})
    finish(client, answers)
    assert Referral.objects.get().referrer_organisation == "Inclusion Support Service"


def test_a_school_must_name_the_school(client, teams, area):
    answers = school_answers(area.pk)
    walk_to_check(client, {slug: answers[slug] for slug in ("who", "child", "postcode")})
    response = client.post("/refer/school/", {"school": ""})
    assert "Enter the name of the child&#x27;s school or nursery" in response.content.decode()


@pytest.mark.parametrize(
    ("name", "data", "kind", "shown_as"),
    [
        ("notes.pdf", PDF, "pdf", "notes.pdf"),
        # The content decides, not the name: a PNG called .pdf is kept as a PNG.
        ("photo.pdf", png_bytes(), "png", "photo.png"),
        ("IMG_0001.JPEG", jpeg_bytes(), "jpeg", "IMG_0001.jpg"),
        ("plan.docx", docx_bytes(), "docx", "plan.docx"),
        ("no extension", PDF, "pdf", "no extension.pdf"),
        ("../../etc/passwd.pdf", PDF, "pdf", "passwd.pdf"),
        ("C:\\Users\\senco\\review\x00\x1b.pdf", PDF, "pdf", "review.pdf"),
        ("x" * 300 + ".pdf", PDF, "pdf", "x" * 95 + ".pdf"),
    ],
)
def test_files_are_known_by_their_content(client, teams, area, name, data, kind, shown_as):
    to_evidence(client, area)
    assert add(client, name, data).status_code == 302
    kept = Attachment.objects.get()
    assert (kept.kind, kept.name, kept.size) == (kind, shown_as, len(data))


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("notes.pdf", b"<html><script>alert(1)</script></html>", "must be a PDF, Word document (.docx), JPG or PNG"),
        ("virus.pdf", b"MZ\x90\x00" + b"\x00" * 100, "must be a PDF, Word document (.docx), JPG or PNG"),
        ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "save it as a Word document (.docx) or PDF"),
        ("book.docx", docx_bytes(word=False), "must be a PDF, Word document (.docx), JPG or PNG"),
        ("broken.zip.docx", b"PK\x03\x04garbage", "must be a PDF, Word document (.docx), JPG or PNG"),
        ("half.png", png_bytes()[:20], "could not be opened as an image"),
        (
            "drawing.svg",
            b"<svg xmlns='http://www.w3.org/2000/svg'/>",
            "must be a PDF, Word document (.docx), JPG or PNG",
        ),
        ("empty.pdf", b"", "The selected file is empty"),
    ],
)
def test_a_wrong_file_gets_a_clear_message_in_the_error_summary(client, teams, area, name, data, message):
    to_evidence(client, area)
    response = add(client, name, data, content_type="application/pdf")
    content = response.content.decode()
    assert response.status_code == 200
    assert content.count(message) == 2  # in the error summary and beside the field
    assert "There is a problem" in content and "<title>Error: " in content
    assert 'href="#id_file"' in content
    assert not Attachment.objects.exists()


def test_a_file_too_big_gets_a_clear_message(client, teams, area, settings):
    settings.REFERRAL_ATTACHMENT_MAX_BYTES = 1024
    to_evidence(client, area)
    response = add(client, "scan.pdf", PDF + b" " * 2000)
    assert "The selected file must be smaller than 0.0009765625 MB" not in response.content.decode()
    assert "The selected file must be smaller than" in response.content.decode()
    assert not Attachment.objects.exists()


def test_ten_megabytes_and_a_bit_is_refused_on_the_page(client, teams, area):
    to_evidence(client, area)
    response = add(client, "scan.pdf", PDF + b" " * (10 * 1024 * 1024))
    assert response.status_code == 200
    assert "The selected file must be smaller than 10 MB" in response.content.decode()


def test_a_body_far_too_big_gets_a_page_not_a_bare_error(client, teams, area, settings):
    settings.PUBLIC_UPLOAD_MAX_BODY_BYTES = 4096
    to_evidence(client, area)
    response = add(client, "scan.pdf", PDF + b" " * 8000)
    assert response.status_code == 413
    content = response.content.decode()
    assert "<h1>The file is too big</h1>" in content
    assert 'href="/refer/evidence/"' in content
    # Other public forms keep the small limit.
    assert client.generic("POST", "/refer/needs/", b"a=" + b"b" * 300_000).status_code == 413


def test_at_most_so_many_files(client, teams, area, settings):
    settings.REFERRAL_ATTACHMENT_MAX_FILES = 2
    to_evidence(client, area)
    add(client, "one.pdf", PDF)
    add(client, "two.pdf", PDF)
    page = client.get(PAGE).content.decode()
    assert "the most one referral can take" in page and 'type="file"' not in page
    response = add(client, "three.pdf", PDF)
    assert "You can add up to 2 files. Remove a file to add another" in response.content.decode()
    assert Attachment.objects.count() == 2


def test_add_file_without_a_file_says_so_and_continue_without_one_goes_on(client, teams, area):
    to_evidence(client, area)
    response = client.post(PAGE, {"action": "add"})
    assert "Select a file to add" in response.content.decode()
    response = client.post(PAGE, {"action": "continue"})
    assert response.headers["Location"] == "/refer/services/"


def test_remove_deletes_only_this_journeys_own_file(client, teams, area):
    to_evidence(client, area)
    add(client, "mine.pdf", PDF)
    other = Attachment.objects.create(
        journey_key="00000000-0000-4000-8000-000000000000", name="x.pdf", kind="pdf", size=1, data=b"x"
    )
    mine = Attachment.objects.get(name="mine.pdf")
    for hostile in ["", "abc", "-1", "9" * 40, "²", "٣", str(other.pk)]:
        assert client.post(PAGE, {"remove": hostile}).status_code == 302
    assert Attachment.objects.filter(pk=other.pk).exists()
    assert client.post(PAGE, {"remove": str(mine.pk)}).status_code == 302
    assert not Attachment.objects.filter(pk=mine.pk).exists()


def test_parents_and_professionals_are_not_asked_for_files(client, teams, area):
    answers = school_answers(area.pk, who={"referrer_kind": "parent"})
    walk_to_check(client, {slug: answers[slug] for slug in ("who", "child", "postcode", "school", "needs")})
    assert client.get(PAGE).headers["Location"] == "/refer/services/"
    assert client.get("/refer/services/").content.decode().count('href="/refer/needs/"') == 1  # Back skips it


def test_files_of_a_journey_that_stops_being_a_schools_are_not_sent(client, teams, area):
    answers = to_evidence(client, area)
    add(client, "notes.pdf", PDF, action="continue")
    finish(client, answers)  # sent: files joined
    assert Attachment.objects.get().referral is not None

    other = Client()
    answers = to_evidence(other, area)
    add(other, "notes.pdf", PDF, action="continue")
    for slug in ("services", "communication", "consent", "contact"):
        other.post(f"/refer/{slug}/", answers[slug])
    other.post("/refer/who/", {"referrer_kind": "professional"})
    other.post("/refer/contact/", {**answers["contact"], "organisation": "Clinic"})
    assert "Files from school" not in other.get("/refer/check-your-answers/").content.decode()
    other.post("/refer/check-your-answers/")
    assert Attachment.objects.count() == 1  # the professional's referral took none


def sent_with_file(client, teams, area):
    answers = to_evidence(client, area)
    add(client, "Pip review.pdf", PDF, action="continue")
    finish(client, answers)
    referral = Referral.objects.get()
    return referral, referral.attachments.get()


def test_the_receiving_team_can_open_the_file_another_team_cannot(client, teams, area, caplog):
    referral, file = sent_with_file(client, teams, area)
    url = f"/admin/referrals/{referral.pk}/files/{file.pk}/"
    assert "Pip" not in url and "review" not in url

    north, south = Client(), Client()
    north.force_login(triage_user("north-triage", teams["north"]))
    south.force_login(triage_user("south-triage", teams["south"]))

    screen = north.get(f"/admin/referrals/{referral.pk}/").content.decode()
    assert f'href="{url}"' in screen and "Pip review.pdf" in screen
    with caplog.at_level(logging.INFO):
        response = north.get(url)
    assert response.status_code == 200
    assert b"".join(response) == PDF
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith('attachment; filename="Pip review.pdf"')
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "no-store" in response["Cache-Control"]
    assert "Pip" not in caplog.text

    assert south.get(url).status_code == 404
    assert south.get(f"/admin/referrals/{referral.pk}/files/{file.pk + 1}/").status_code == 404
    # The file's number with another referral's number is not found either.
    other = ReferralFactory(team=teams["south"])
    assert north.get(f"/admin/referrals/{other.pk}/files/{file.pk}/").status_code == 404
    assert Client().get(url).status_code in (302, 403)  # signed out: to the sign-in page


def test_files_are_not_under_a_public_media_address(client, teams, area):
    from django.db.models import FileField

    referral, file = sent_with_file(client, teams, area)
    # Kept in the database row, not in a storage that has a public address.
    assert not any(isinstance(field, FileField) for field in Attachment._meta.get_fields())
    for path in (f"/media/{file.name}", f"/media/referrals/{file.pk}/", f"/refer/evidence/{file.pk}/"):
        assert client.get(path).status_code == 404


def test_files_are_purged_with_the_referral(client, teams, area):
    referral, file = sent_with_file(client, teams, area)
    referral.status = ReferralStatus.CLOSED
    referral.closed_at = timezone.now() - datetime.timedelta(days=800)
    referral.save()
    retention.purge_due()
    assert not Attachment.objects.exists()


def test_files_of_journeys_never_sent_are_deleted_the_next_day(teams):
    old = Attachment.objects.create(
        journey_key="00000000-0000-4000-8000-000000000001", name="a.pdf", kind="pdf", size=1, data=b"x"
    )
    Attachment.objects.filter(pk=old.pk).update(uploaded_at=timezone.now() - datetime.timedelta(days=2))
    recent = Attachment.objects.create(
        journey_key="00000000-0000-4000-8000-000000000002", name="b.pdf", kind="pdf", size=1, data=b"x"
    )
    sent = Attachment.objects.create(
        journey_key="00000000-0000-4000-8000-000000000003",
        name="c.pdf",
        kind="pdf",
        size=1,
        data=b"x",
        referral=ReferralFactory(),
    )
    Attachment.objects.filter(pk=sent.pk).update(uploaded_at=timezone.now() - datetime.timedelta(days=2))
    out = io.StringIO()
    call_command("purge_referrals", stdout=out)
    assert "Deleted 1 files from referrals never sent." in out.getvalue()
    assert set(Attachment.objects.values_list("pk", flat=True)) == {recent.pk, sent.pk}


SIGNATURES = [
    b"",
    b"%PDF-",
    b"\x89PNG\r\n\x1a\n",
    b"\xff\xd8\xff",
    b"PK\x03\x04",
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
    b"MZ",
]


@pytest.fixture
def school_at_evidence(client, teams, area):
    to_evidence(client, area)
    return client.session["referral_journey"]


@pytest.mark.fuzz
@fuzz_settings
@given(data=st.data())
def test_hostile_files_get_an_answer_never_a_server_error(client, school_at_evidence, settings, data):
    """Any bytes behind a real file signature, under any name and claimed type: a page, a message or a redirect."""
    from portal.tests.fuzzing import hostile_text, sampled, set_session

    settings.REFERRAL_ATTACHMENT_MAX_BYTES = 4096  # so "too big" is reached quickly
    set_session(client, referral_journey=school_at_evidence)
    content = data.draw(sampled(SIGNATURES), label="signature") + data.draw(st.binary(max_size=6000), label="rest")
    if data.draw(st.booleans(), label="a real docx or image"):
        content = data.draw(sampled([docx_bytes(), docx_bytes(word=False), png_bytes(), jpeg_bytes()]), label="real")
    name = data.draw(hostile_text(max_size=60, huge=False), label="name").encode("utf-8", "replace").decode() or "x"
    if os.path.basename(name) in {"", ".", ".."}:
        # Django will not build such an upload at all (SuspiciousFileOperation in the test client), and
        # its multipart parser drops one that arrives: keep the hostile folders, end with a name.
        name += "x"
    posted = {
        "file": SimpleUploadedFile(
            name, content, content_type=data.draw(sampled(["application/pdf", "text/html", ""]))
        ),
        "action": data.draw(sampled(["add", "continue", "", "remove"]), label="action"),
    }
    if data.draw(st.booleans(), label="also remove"):
        posted["remove"] = (
            data.draw(hostile_text(max_size=20, huge=False), label="remove").encode("utf-8", "replace").decode()
        )
    response = client.post(PAGE, posted)
    assert_handled(response)
    assert response.status_code in (200, 302)
    for kept in Attachment.objects.with_data():
        assert bytes(kept.data)[:4] in (b"%PDF", b"\x89PNG", b"PK\x03\x04") or bytes(kept.data)[:3] == b"\xff\xd8\xff"
