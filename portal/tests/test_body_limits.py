"""No public form takes a body bigger than a form could need (security round two, finding 8)."""

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


def test_a_thirty_megabyte_upload_to_the_feedback_form_is_refused_unread(client):
    # The feedback form is CSRF-exempt, so this is what anyone on the internet can send.
    big = b"x" * (30 * 1024 * 1024)
    response = Client(enforce_csrf_checks=True).generic(
        "POST", "/feedback/", big, content_type="multipart/form-data; boundary=zzz"
    )
    assert response.status_code == 413


@pytest.mark.parametrize("path", ["/refer/start/", "/self-assessment/start/", "/search/", "/schools/training/"])
def test_public_bodies_over_the_limit_are_refused(client, path, settings):
    response = client.generic("POST", path, b"a=" + b"b" * (settings.PUBLIC_MAX_BODY_BYTES + 1))
    assert response.status_code == 413


def test_a_public_body_of_unknown_length_is_refused(client):
    response = client.generic("POST", "/feedback/", b"a=b", HTTP_TRANSFER_ENCODING="chunked")
    assert response.status_code == 413


def test_ordinary_forms_and_admin_uploads_fit(client, settings):
    assert client.post("/refer/start/").status_code != 413
    body = b"a=" + b"b" * (settings.PUBLIC_MAX_BODY_BYTES + 1)
    # The admin takes documents up to 20 MB (it still needs a signed-in user, so: a redirect).
    assert client.generic("POST", "/admin/documents/multiple/add/", body).status_code != 413
