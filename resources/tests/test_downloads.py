import datetime
import re

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from home.tests.factories import make_home_page
from resources.models import PackDownloadDay
from resources.reports import monthly_downloads
from resources.tests.factories import make_document, make_pack, make_schools_tree
from resources.tests.pdf import make_pdf

pytestmark = pytest.mark.django_db


@pytest.fixture
def pack(file_storage):
    home = make_home_page()
    _, index, _ = make_schools_tree(home)
    # Padding after %%EOF is allowed in PDFs; it gives the file a size worth showing in KB.
    data = make_pdf("Handwriting", ["Advice."]) + b"%" + b"0" * 240_000 + b"\n"
    document = make_document("Handwriting worksheet", "handwriting.pdf", data)
    return make_pack(index, "Handwriting in key stage 2", document=document)


def read(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


def test_pack_page_shows_the_download_and_the_extra_document_with_type_and_size(client, pack):
    html = client.get(pack.url).content.decode()
    assert f'href="{reverse("resources:download", args=[pack.pk])}"' in html
    assert re.search(r"Handwriting in key stage 2</a>\s*<span[^>]*>\(PDF, \d+ KB\)", html)
    assert "Handwriting worksheet</a>" in html and "(PDF, 235 KB)" in html


def test_download_serves_the_pdf_with_its_headers_and_counts_it(client, pack):
    url = reverse("resources:download", args=[pack.pk])
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert 'filename="handwriting-in-key-stage-2.pdf"' in response["Content-Disposition"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert read(response).startswith(b"%PDF-1.7")  # rendered from the page, not the uploaded worksheet

    client.get(url)
    row = PackDownloadDay.objects.get(pack=pack)
    assert row.count == 2


def test_downloads_are_counted_per_day_without_personal_data(pack):
    PackDownloadDay.record(pack, datetime.date(2026, 3, 1))
    PackDownloadDay.record(pack, datetime.date(2026, 3, 1))
    PackDownloadDay.record(pack, datetime.date(2026, 3, 2))
    assert list(PackDownloadDay.objects.order_by("date").values_list("date", "count")) == [
        (datetime.date(2026, 3, 1), 2),
        (datetime.date(2026, 3, 2), 1),
    ]
    field_names = {field.name for field in PackDownloadDay._meta.get_fields()}
    assert field_names == {"id", "pack", "date", "count"}


def test_a_pack_without_a_file_or_an_unpublished_pack_has_no_download(client, pack):
    url = reverse("resources:download", args=[pack.pk])
    pack.unpublish()
    assert client.get(url).status_code == 404
    assert client.post(url).status_code == 405
    assert not PackDownloadDay.objects.exists()


def test_a_pack_number_too_big_for_the_database_is_not_found(client, pack):
    # Found by fuzzing: the lookup raised OverflowError on SQLite, a server error.
    for pack_id in (2**31, 2**63, 10**30):
        response = client.get(f"/schools/packs/{pack_id}/download/")
        assert response.status_code == 404
    assert not PackDownloadDay.objects.exists()


def test_monthly_report_adds_up_days(client, pack):
    for day in (1, 15, 28):
        PackDownloadDay.objects.create(pack=pack, date=datetime.date(2026, 2, day), count=day)
    PackDownloadDay.objects.create(pack=pack, date=datetime.date(2026, 3, 1), count=5)
    rows = [(row["month"].strftime("%Y-%m"), row["downloads"]) for row in monthly_downloads()]
    assert rows == [("2026-03", 5), ("2026-02", 44)]

    admin = get_user_model().objects.create_superuser("boss", "boss@example.org", "a-long-password-1")
    client.force_login(admin)
    html = client.get(reverse("resources_pack_downloads")).content.decode()
    assert "February 2026" in html and "44" in html and "Handwriting in key stage 2" in html
    csv = client.get(reverse("resources_pack_downloads") + "?export=csv")
    assert csv.status_code == 200
    body = read(csv).decode()
    assert "2026-02,Handwriting in key stage 2,44" in body
