"""Which addresses the web application may send test cases to.

The web application calls only **public** addresses by default, and ``RECOURS_ENDPOINT_ALLOW``
lists the host names or networks (CIDR) a firm allows besides, e.g. the vendor's test server
on the internal network, or ``127.0.0.1`` for a model served on the same machine. The policy
itself (IPv6 forms of IPv4 addresses, redirects, connect-time check) is
:mod:`recours.outbound`. The CLI (``recours evidence run --endpoint``) runs with the user's
own rights and is not restricted.
"""

from __future__ import annotations

from recours.outbound import MAX_URL, AddressPolicy

__all__ = ["MAX_URL", "AddressPolicy", "check_endpoint"]


def check_endpoint(url: str, allow: tuple[str, ...] = ()) -> str:
    """The address, stripped, if the web application may call it; :class:`InputError`
    naming the reason otherwise (the name is resolved here, at submission, and again at
    connect time)."""
    return AddressPolicy(allow).check_url(url)
