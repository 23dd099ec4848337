"""gunicorn's settings for the portal, used by `make serve` and the deployment guide:

    gunicorn -c portal/gunicorn.conf.py portal.wsgi --bind 127.0.0.1:8000

Workers: gunicorn reads WEB_CONCURRENCY (default 3 here). Tested through a real gunicorn and a
TLS proxy in portal/tests/test_real_server.py.
"""

import os

from gunicorn.http import wsgi

workers = int(os.environ.get("WEB_CONCURRENCY", "3"))
timeout = 30

# gunicorn takes SCRIPT_NAME and PATH_INFO from request *headers* sent by any peer in
# forwarded_allow_ips (by default every process on this machine, the proxy included, and the
# proxy passes on what the client sent). A `SCRIPT_NAME: /x` header then moved the admin to
# `/x/admin/`, past rules written for `/admin/`. The portal is served from the root: no header
# may set either. Headers with underscores are dropped rather than mapped.
forwarder_headers = ""
header_map = "drop"

# Only the proxy in front of gunicorn may say the request came over HTTPS.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")

# gunicorn names itself in a Server header on every response; there is no setting to turn it off,
# so the header is left out where gunicorn writes it. Nothing else changes.
_default_headers = wsgi.Response.default_headers


def _headers_without_server(self):
    return [line for line in _default_headers(self) if not line.startswith("Server:")]


wsgi.Response.default_headers = _headers_without_server
