"""A pack's edit screen says which PDF schools get: when it was made, from which published version, whether
saved changes are in it yet, with a link to download it that is not counted as a school's download."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.urls import reverse
from django.utils import timezone
from pypdf import PdfReader

from home.tests.factories import make_home_page
from portal.tests.support import sign_in_with_second_factor
from resources.models import PackDownloadDay, PackPdf, ResourcePackPage
from resources.tests.factories import make_pack, make_schools_tree

pytestmark = pytest.mark.django_db

BODY = [{"type": "rich_text", "value": "<h2>Check the basics first</h2><ul><li>Feet flat on the floor.</li></ul>"}]


@pytest.fixture
def index(file_storage):
    _, index, _ = make_schools_tree(make_home_page())
    return index


@pytest.fixture
def lead(client):
    user = get_user_model().objects.create_superuser("lead", "lead@example.org", "a-long-password-1")
    user.first_name, user.last_name = "Sam", "Lead"
    user.save()
    sign_in_with_second_factor(client, user)
    return user


def edit_screen(client, pack):
    response = client.get(reverse("wagtailadmin_pages:edit", args=[pack.pk]))
    assert response.status_code == 200
    return " ".join(response.content.decode().split())


def test_the_edit_screen_says_when_the_pdf_was_made_and_from_which_version(client, index, lead):
    pack = make_pack(index, "Handwriting in key stage 2", body=BODY)
    revision = ResourcePackPage.objects.get(pk=pack.pk).live_revision
    revision.user = lead
    revision.save()
    pdf = PackPdf.objects.get(pack=pack)
    made = timezone.localtime(pdf.rendered_at)
    saved = timezone.localtime(revision.created_at)

    screen = edit_screen(client, pack)
    assert "PDF for schools" in screen
    assert (
        f"Schools download the PDF made on {made:%-d %B %Y} at {made:%H:%M}. It shows the published version of "
        f"this page, saved on {saved:%-d %B %Y} at {saved:%H:%M} by Sam Lead." in screen
    )
    assert "not in the PDF" not in screen
    link = reverse("resources_pack_pdf", args=[pack.pk])
    assert f'href="{link}"' in screen and f"({pdf.type_and_size})" in screen
    preview = reverse("wagtailadmin_pages:revisions_view", args=[pack.pk, revision.pk])
    assert f'<a href="{preview}">Preview the version of this page the PDF shows</a>' in screen
    assert "Check the basics first" in client.get(preview).content.decode()

    response = client.get(link)
    data = b"".join(response.streaming_content)
    assert response["Content-Type"] == "application/pdf"
    assert "Check the basics first" in PdfReader(io.BytesIO(data)).pages[0].extract_text()
    assert not PackDownloadDay.objects.exists()  # an editor checking the PDF is not a school downloading it


def test_a_saved_draft_is_named_as_not_in_the_pdf_until_it_is_published(client, index, lead):
    pack = make_pack(index, "Handwriting in key stage 2", body=BODY)
    draft = ResourcePackPage.objects.get(pk=pack.pk)
    draft.title = "Handwriting in key stage 2, revised"
    draft.save_revision(user=lead)
    assert "Changes saved since then are not in the PDF. They will be when this page is published" in (
        edit_screen(client, pack)
    )

    draft.get_latest_revision().publish()
    screen = edit_screen(client, pack)
    assert "not in the PDF" not in screen
    assert PackPdf.objects.get(pack=pack).revision_id == ResourcePackPage.objects.get(pk=pack.pk).live_revision_id


def test_a_pack_never_published_has_no_pdf_yet_and_no_link(client, index, lead):
    pack = ResourcePackPage(title="New pack", summary="Not yet published.", body=BODY, live=False)
    index.add_child(instance=pack)
    pack.save_revision(user=lead)
    screen = edit_screen(client, pack)
    assert "No PDF yet. It is made from this page when the page is published" in screen
    assert reverse("resources_pack_pdf", args=[pack.pk]) not in screen
    assert client.get(reverse("resources_pack_pdf", args=[pack.pk])).status_code == 404


def test_only_someone_who_may_edit_the_pack_downloads_it_from_the_admin(client, index):
    pack = make_pack(index, "Handwriting in key stage 2", body=BODY)
    link = reverse("resources_pack_pdf", args=[pack.pk])
    assert client.get(link).status_code == 302  # to the sign-in
    reader = get_user_model().objects.create_user("reader", "reader@example.org", "a-long-password-1")
    reader.user_permissions.add(Permission.objects.get(codename="access_admin"))
    sign_in_with_second_factor(client, reader)
    assert client.get(link).status_code == 404
