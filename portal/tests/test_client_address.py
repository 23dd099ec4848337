"""The client's address behind TRUSTED_PROXY_COUNT proxies that append to X-Forwarded-For."""

import ipaddress

from django.test import RequestFactory, override_settings
from hypothesis import given
from hypothesis import strategies as st

from portal.client_address import client_address

addresses = st.ip_addresses(v=4).map(str)


def request_with(remote, forwarded=None):
    extra = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **extra)


@override_settings(TRUSTED_PROXY_COUNT=0)
def test_with_no_trusted_proxy_the_header_is_ignored():
    assert client_address(request_with("192.0.2.10", "203.0.113.5")) == "192.0.2.10"


@override_settings(TRUSTED_PROXY_COUNT=1)
def test_behind_one_proxy_the_rightmost_forwarded_address_is_the_client():
    # nginx appends the address it saw to whatever the client sent.
    assert client_address(request_with("127.0.0.1", "6.6.6.6, 198.51.100.7")) == "198.51.100.7"
    assert client_address(request_with("127.0.0.1", "198.51.100.7")) == "198.51.100.7"


@override_settings(TRUSTED_PROXY_COUNT=2)
def test_behind_a_cdn_and_a_load_balancer_two_hops_are_skipped():
    assert client_address(request_with("10.0.0.2", "6.6.6.6, 198.51.100.7, 130.176.0.9")) == "198.51.100.7"


@override_settings(TRUSTED_PROXY_COUNT=1)
def test_a_request_that_skipped_the_proxy_is_counted_by_its_own_address():
    assert client_address(request_with("192.0.2.99")) == "192.0.2.99"


@given(
    written_by_client=st.lists(st.one_of(addresses, st.text(max_size=20)), max_size=6),
    client=addresses,
    proxies=st.lists(addresses, min_size=1, max_size=3),
)
def test_nothing_the_client_writes_in_the_header_changes_who_it_is(written_by_client, client, proxies):
    """Each trusted proxy appends the address it received from; the last one is REMOTE_ADDR."""
    chain = [*written_by_client, client, *proxies[:-1]]
    header = ", ".join(chain)
    with override_settings(TRUSTED_PROXY_COUNT=len(proxies)):
        found = client_address(request_with(proxies[-1], header))
    assert found == client
    ipaddress.ip_address(found)
