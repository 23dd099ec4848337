"""Where files that must never have a public address are kept (a story's signed consent form).

They live with the other uploads, so the nightly copy of MEDIA_ROOT (or the bucket) backs them up,
but under `private/`, which no address serves: the deployment's web server answers 404 for /media/
except image renditions, and `url()` refuses here, so no template can link to one by mistake. A view
that checks permission sends the file. With MEDIA_STORAGE=s3 the bucket is private already (no
public ACL; signed links only when asked for, and nothing asks).
"""

import os

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.utils.module_loading import import_string

PRIVATE_FOLDER = "private"


class NoAddress:
    def url(self, name):
        raise ValueError("This file is private: send it from a view that checks permission.")


def private_storage():
    """The default storage's kind (folder, bucket, or memory in tests), under private/ and without addresses."""
    config = settings.STORAGES["default"]
    backend = import_string(config["BACKEND"])
    options = dict(config.get("OPTIONS", {}))
    if issubclass(backend, FileSystemStorage):
        options["location"] = os.path.join(options.get("location") or settings.MEDIA_ROOT, PRIVATE_FOLDER)
        options["base_url"] = None
    else:
        options["location"] = PRIVATE_FOLDER  # a key prefix in the bucket; a folder in memory
    return type(f"Private{backend.__name__}", (NoAddress, backend), {})(**options)
