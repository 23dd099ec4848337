"""Documents of pages not yet live stay private (issue 16, docs/permissions.md).

A document in a public collection downloads for anyone once a live page links to it, or when no
page links to it at all (a leaflet uploaded to send by email). A document only a draft, or a live
page's change still waiting for approval, links to is not served to the public (404) until that
page is published. Staff signed in with their second factor can always download it.
"""

import pytest
from django.core.files.base import ContentFile
from django.test import override_settings
from django.utils import timezone
from wagtail.models import Collection

from home.models import InformationPage
from home.tests.factories import make_home_page, make_information_page
from portal.tests.support import sign_in_with_second_factor
from resources.models import PortalDocument

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def documents_on_disk(settings, tmp_path):
    """The test settings keep files in memory, which Wagtail's document serving cannot send."""
    settings.MEDIA_ROOT = tmp_path
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage", "OPTIONS": {"location": tmp_path}},
    }


def make_document(title="Sensory diet plan"):
    document = PortalDocument(title=title, collection=Collection.get_first_root_node())
    document.file.save("sensory-diet-plan.txt", ContentFile(b"Ideas for calm mornings."), save=False)
    document._set_document_file_metadata()
    document.save()
    return document


def body_linking(document):
    return [{"type": "rich_text", "value": f'<p>Download <a linktype="document" id="{document.pk}">the plan</a>.</p>'}]


def draft_page(parent, document, title="Calm mornings"):
    page = InformationPage(
        title=title, summary="A summary.", last_reviewed=timezone.localdate(), body=body_linking(document), live=False
    )
    parent.add_child(instance=page)
    page.save_revision()
    return page


@pytest.fixture
def home():
    return make_home_page()


def test_a_document_only_a_draft_links_to_is_not_public_until_the_page_is_published(client, home):
    document = make_document()
    page = draft_page(home, document)

    assert client.get(document.url).status_code == 404

    page.get_latest_revision().publish()

    response = client.get(document.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"Ideas for calm mornings."


def test_a_document_added_to_a_live_page_waits_for_that_change_to_be_published(client, home):
    document = make_document()
    page = make_information_page(home, "Calm mornings")
    page.body = body_linking(document)
    revision = page.save_revision()  # a live page's change waiting for approval

    assert client.get(document.url).status_code == 404

    revision.publish()
    assert client.get(document.url).status_code == 200


def test_a_document_no_page_links_to_downloads_for_anyone(client, home):
    """A leaflet uploaded to send to families by email: its collection alone decides."""
    document = make_document()

    assert client.get(document.url).status_code == 200


def test_a_document_a_live_page_links_to_stays_public_while_a_draft_also_links_to_it(client, home):
    document = make_document()
    make_information_page(home, "Calm mornings", body=body_linking(document))
    draft_page(home, document, title="Calm evenings")

    assert client.get(document.url).status_code == 200


def test_unpublishing_the_only_page_that_links_to_a_document_takes_it_down(client, home):
    document = make_document()
    page = make_information_page(home, "Calm mornings", body=body_linking(document))
    page.unpublish()

    assert client.get(document.url).status_code == 404


@override_settings(REQUIRE_STAFF_2FA=True)
def test_staff_with_their_second_factor_download_a_draft_s_document_and_a_password_alone_does_not(client, home):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Permission

    document = make_document()
    draft_page(home, document)
    staff = get_user_model().objects.create_user("editor-one", password="a-long-password-for-tests", is_staff=True)
    staff.user_permissions.add(Permission.objects.get(codename="access_admin"))

    client.force_login(staff)
    assert client.get(document.url).status_code == 404

    sign_in_with_second_factor(client, staff)
    assert client.get(document.url).status_code == 200


def test_a_page_only_signed_in_people_may_see_does_not_make_its_document_public(client, home):
    from wagtail.models import PageViewRestriction

    document = make_document()
    page = make_information_page(home, "Staff notes", body=body_linking(document))
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)

    assert client.get(document.url).status_code == 404
