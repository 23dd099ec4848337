"""Who sent this request: the one place the portal decides a client's address.

Rate limits and sign-in lockouts count per client, so getting this wrong either lets one person
dodge every limit (trusting an address they wrote themselves) or lets one person use up everyone's
allowance (counting the whole internet as the proxy in front of us).

Each proxy in front of the site appends the address it received the request from to
`X-Forwarded-For` (nginx `$proxy_add_x_forwarded_for`, AWS ALB, CloudFront all do), and the last
proxy is the peer Django sees as `REMOTE_ADDR`. Whatever a client writes in the header itself
lands on the left. So with `TRUSTED_PROXY_COUNT` proxies that we run, the client is the address
that many places from the right of [X-Forwarded-For..., REMOTE_ADDR]: never further left, where
the client's own words are.
"""

from django.conf import settings


def forwarded_chain(request):
    """Every address the request passed through, client end first, the peer we saw last."""
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
    return [*hops, request.META.get("REMOTE_ADDR", "")]


def client_address(request):
    """The address of the client, trusting exactly settings.TRUSTED_PROXY_COUNT proxies."""
    trusted = settings.TRUSTED_PROXY_COUNT
    if trusted <= 0:
        return request.META.get("REMOTE_ADDR", "")
    chain = forwarded_chain(request)
    # A chain shorter than expected reached us without passing through every proxy we trust (or
    # through one that does not append): its leftmost entry is the furthest we can see.
    return chain[max(0, len(chain) - 1 - trusted)]
