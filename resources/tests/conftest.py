import pytest


@pytest.fixture
def file_storage(settings, tmp_path):
    """Documents on disk for tests that download them.

    The test settings keep files in memory, but InMemoryStorage still reports a filesystem path, so
    Wagtail's document serving tries to send a file that is not there.
    """
    settings.MEDIA_ROOT = tmp_path
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage", "OPTIONS": {"location": tmp_path}},
    }
    return tmp_path
