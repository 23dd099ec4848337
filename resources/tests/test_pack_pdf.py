"""A pack's PDF is made from its published page: accessible, branded and dated, always the approved version."""

import datetime
import io
import re
from html.parser import HTMLParser

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone, translation
from pypdf import PdfReader
from wagtail.models import GroupApprovalTask, Site, Workflow, WorkflowPage, WorkflowTask

from home.models import ServiceSettings
from home.tests.factories import make_home_page
from resources.models import PackDownloadDay, PackPdf, ResourcePackPage
from resources.pdf import print_html
from resources.tests.factories import make_pack, make_schools_tree

pytestmark = pytest.mark.django_db

BODY = [
    {
        "type": "rich_text",
        "value": (
            "<h2>Check the basics first</h2><ul><li>Feet flat on the floor.</li>"
            "<li>Paper tilted slightly, to the left for right-handers.</li></ul>"
            '<h3>Grips</h3><ol><li>A comfortable grip is fine.</li></ol><p>See <a href="https://www.nhs.uk/">NHS</a>.</p>'
        ),
    },
    {"type": "inset_text", "value": {"body": "<p>Review after one term.</p>"}},
    {
        "type": "details",
        "value": {"summary": "When to ask for more help", "body": "<ul><li>If writing hurts.</li></ul>"},
    },
]


@pytest.fixture
def index(file_storage):
    home = make_home_page()
    settings_row = ServiceSettings.for_site(Site.objects.get())
    settings_row.phone = "01234 567890"
    settings_row.email = "therapy@example.nhs.uk"
    settings_row.opening_hours = "Monday to Friday, 9am to 5pm"
    settings_row.save()
    _, index, _ = make_schools_tree(home)
    return index


@pytest.fixture
def pack(index):
    today = timezone.localdate()
    pack = make_pack(
        index,
        "Handwriting in key stage 2",
        summary="Quick checks and class strategies.",
        body=BODY,
        last_reviewed=today - datetime.timedelta(days=30),
        next_review_due=today + datetime.timedelta(days=300),
    )
    return ResourcePackPage.objects.get(pk=pack.pk)


def download(client, pack):
    response = client.get(reverse("resources:download", args=[pack.pk]))
    assert response.status_code == 200, response.status_code
    return b"".join(response.streaming_content)


def pdf_text(data):
    reader = PdfReader(io.BytesIO(data))
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


def structure_roles(reader):
    """Every structure element's role (/H1, /L, /LI, /Link, /Figure...) and each figure's alt text."""
    roles, alts = [], []

    def walk(node):
        node = node.get_object()
        if isinstance(node, list):
            for kid in node:
                walk(kid)
            return
        if not hasattr(node, "get"):
            return
        if "/S" in node:
            roles.append(str(node["/S"]))
            if "/Alt" in node:
                alts.append(str(node["/Alt"]))
        if "/K" in node:
            walk(node["/K"])

    walk(reader.trailer["/Root"]["/StructTreeRoot"])
    return roles, alts


class HeadingsAndItems(HTMLParser):
    """The text of each h1-h6 and li on the page, from the title and the pack's body."""

    def __init__(self):
        super().__init__()
        self.texts, self.open, self.in_body = [], [], 0

    def handle_starttag(self, tag, attrs):
        classes = dict(attrs).get("class") or ""
        if "portal-pack-body" in classes:
            self.in_body = 1
        elif self.in_body and tag == "div":
            self.in_body += 1
        if tag in {"h1", "h2", "h3", "h4", "li"} and (self.in_body or tag == "h1"):
            self.open.append([tag, ""])

    def handle_endtag(self, tag):
        if self.open and self.open[-1][0] == tag:
            self.texts.append(" ".join(self.open.pop()[1].split()))
        if self.in_body and tag == "div":
            self.in_body -= 1

    def handle_data(self, data):
        for item in self.open:
            item[1] += data


def test_publishing_a_pack_renders_its_pdf_and_the_download_serves_it(client, pack):
    pdf = PackPdf.objects.get(pack=pack)
    assert pdf.revision_id == pack.live_revision_id and pdf.file_size > 5000

    response = client.get(reverse("resources:download", args=[pack.pk]))
    assert response["Content-Type"] == "application/pdf"
    assert 'filename="handwriting-in-key-stage-2.pdf"' in response["Content-Disposition"]
    assert response["Content-Security-Policy"] == "default-src 'none'"  # as Wagtail serves documents
    data = b"".join(response.streaming_content)
    assert data.startswith(b"%PDF-1.7")
    assert "Check the basics first" in pdf_text(data)
    assert PackDownloadDay.objects.get(pack=pack).count == 1

    html = client.get(pack.url).content.decode()
    assert re.search(r"\(PDF, \d+ KB\)", html)


def test_the_pdf_is_tagged_titled_in_british_english_and_has_every_heading_and_list_item(client, pack):
    data = download(client, pack)
    reader = PdfReader(io.BytesIO(data))
    root = reader.trailer["/Root"]
    assert root["/Lang"] == "en-GB"
    assert root["/MarkInfo"]["/Marked"] is True or root["/MarkInfo"]["/Marked"] == True  # noqa: E712
    assert "/StructTreeRoot" in root
    assert root["/ViewerPreferences"]["/DisplayDocTitle"]
    assert reader.metadata.title == "Handwriting in key stage 2"
    assert b"pdfuaid:part" in root["/Metadata"].get_object().get_data()  # declares PDF/UA-1

    roles, alts = structure_roles(reader)
    assert {"/H1", "/H2", "/H3", "/L", "/LI", "/Link", "/Figure"} <= set(roles)
    assert alts and all("QR code" in alt for alt in alts)

    parser = HeadingsAndItems()
    parser.feed(client.get(pack.url).content.decode())
    expected = [text for text in parser.texts if text]
    assert (
        "Handwriting in key stage 2" in expected and "Paper tilted slightly, to the left for right-handers." in expected
    )
    assert "If writing hurts." in expected and "When to ask for more help" in pdf_text(data)
    text = pdf_text(data)
    missing = [item for item in expected if item not in text]
    assert not missing


def test_links_in_the_pdf_are_live(client, pack):
    reader = PdfReader(io.BytesIO(download(client, pack)))
    uris = {
        annotation.get_object()["/A"]["/URI"]
        for page in reader.pages
        for annotation in page.get("/Annots", [])
        if "/A" in annotation.get_object()
    }
    assert "https://www.nhs.uk/" in uris
    assert "http://testserver/schools/resources/handwriting-in-key-stage-2/" in uris
    assert "tel:01234567890" in uris


def test_the_pdf_is_branded_dated_a4_with_page_numbers_in_arial_or_liberation_sans(client, pack):
    data = download(client, pack)
    reader = PdfReader(io.BytesIO(data))
    text = pdf_text(data)
    today = timezone.localdate()
    last = (today - datetime.timedelta(days=30)).strftime("%-d %B %Y")
    nxt = (today + datetime.timedelta(days=300)).strftime("%-d %B %Y")
    for expected in (
        "Children's Therapy Service",
        f"Last reviewed: {last}",
        f"Next review due: {nxt}",
        "01234 567890",
        "therapy@example.nhs.uk",
        "Monday to Friday, 9am to 5pm",
        "http://testserver/schools/resources/handwriting-in-key-stage-2/",
        f"Page 1 of {len(reader.pages)}",
    ):
        assert expected in text, expected
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    fonts = {
        str(font.get_object()["/BaseFont"]) for page in reader.pages for font in page["/Resources"]["/Font"].values()
    }
    assert fonts and all(re.search(r"Arial|Liberation-?Sans", font) for font in fonts), fonts


def test_a_draft_or_a_pack_in_approval_never_replaces_the_served_pdf_and_a_publish_does(client, pack):
    first = download(client, pack)
    revision_id = PackPdf.objects.get(pack=pack).revision_id

    draft = ResourcePackPage.objects.get(pk=pack.pk)
    draft.title = "Handwriting in key stage 2 (draft)"
    draft.body = [{"type": "rich_text", "value": "<h2>Words not yet approved</h2>"}]
    draft.save_revision()
    assert "Words not yet approved" not in pdf_text(download(client, pack))

    moderators = get_user_model().objects.create_superuser("lead", "lead@example.org", "a-long-password-1")
    workflow = Workflow.objects.create(name="Clinical approval")
    task = GroupApprovalTask.objects.create(name="Clinical lead")
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.create(workflow=workflow, page=pack.get_parent())
    workflow.start(draft, moderators)
    assert ResourcePackPage.objects.get(pk=pack.pk).workflow_in_progress
    served = download(client, pack)
    assert "Words not yet approved" not in pdf_text(served)
    assert pdf_text(served) == pdf_text(first)
    assert PackPdf.objects.get(pack=pack).revision_id == revision_id

    draft.get_latest_revision().publish()
    after = pdf_text(download(client, pack))
    assert "Words not yet approved" in after and "Check the basics first" not in after
    assert PackDownloadDay.objects.get(pack=pack).count == 4


def test_a_pack_never_published_or_awaiting_its_first_approval_has_no_pdf(client, index):
    pack = ResourcePackPage(title="New pack", summary="Not yet approved.", body=BODY, live=False)
    index.add_child(instance=pack)
    pack.save_revision()
    url = reverse("resources:download", args=[pack.pk])
    assert client.get(url).status_code == 404

    lead = get_user_model().objects.create_superuser("lead", "lead@example.org", "a-long-password-1")
    workflow = Workflow.objects.create(name="Clinical approval")
    WorkflowTask.objects.create(
        workflow=workflow, task=GroupApprovalTask.objects.create(name="Clinical lead"), sort_order=0
    )
    workflow.start(pack, lead)
    assert client.get(url).status_code == 404
    assert not PackPdf.objects.filter(pack=pack).exists()
    assert not PackDownloadDay.objects.exists()


def test_a_live_pack_without_a_current_pdf_renders_it_on_download(client, pack):
    PackPdf.objects.filter(pack=pack).delete()
    assert "Check the basics first" in pdf_text(download(client, pack))
    assert PackPdf.objects.get(pack=pack).revision_id == pack.live_revision_id


def test_a_failed_render_does_not_stop_publishing(client, pack, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("Pango is missing")

    monkeypatch.setattr("resources.pdf.render_pdf", broken)
    page = ResourcePackPage.objects.get(pk=pack.pk)
    page.title = "Handwriting, revised"
    page.save_revision().publish()
    assert ResourcePackPage.objects.get(pk=pack.pk).title == "Handwriting, revised"
    monkeypatch.undo()
    # The stored PDF is of the old revision, so the download renders the published one.
    assert "Handwriting, revised" in pdf_text(download(client, pack))


def test_deleting_a_pack_deletes_its_pdf_file(pack, django_capture_on_commit_callbacks):
    pdf = PackPdf.objects.get(pack=pack)
    storage, name = pdf.file.storage, pdf.file.name
    assert storage.exists(name)
    with django_capture_on_commit_callbacks(execute=True):
        ResourcePackPage.objects.get(pk=pack.pk).delete()
    assert not PackPdf.objects.exists()
    assert not storage.exists(name)


def test_the_pdf_is_in_the_packs_language_whatever_the_last_request_was_in(pack):
    """Django keeps the last request's language in the thread: a pack published (or its PDF re-rendered by the
    demo loader) after a family's request at /ur/ must still print in the pack's own language, English."""
    english = print_html(pack)
    with translation.override("ur"):
        after_an_urdu_request = print_html(pack)
    assert after_an_urdu_request == english
    assert 'lang="en-GB"' in english
