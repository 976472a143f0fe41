"""Which addresses the web application may send test cases to.

A server that sends requests to an address a user typed is a door into every network the
server can reach (server-side request forgery: a cloud metadata service, an internal
database console, the firm's intranet). So the web application calls only **public**
addresses by default — every address the host name resolves to must be globally routable —
and ``RECOURS_ENDPOINT_ALLOW`` lists the host names or networks (CIDR) a firm allows besides,
e.g. the vendor's test server on the internal network, or ``127.0.0.1`` for a model served
on the same machine. The CLI (``recours evidence run --endpoint``) runs with the user's own
rights and is not restricted.
"""

from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urlsplit

from recours.errors import InputError
from recours.i18n import T

IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network
MAX_URL = 2000


def _refuse(fr: str, en: str, url: str) -> InputError:
    return InputError(T(fr, en), where=url[:200],
                      fix=T("donnez l'adresse http(s) du système à tester, par ex. "
                            "https://api.fournisseur.fr/v1/score ; une adresse interne doit "
                            "être autorisée par l'administrateur (RECOURS_ENDPOINT_ALLOW)",
                            "give the http(s) address of the system under test, e.g. "
                            "https://api.vendor.com/v1/score; an internal address must be "
                            "allowed by the administrator (RECOURS_ENDPOINT_ALLOW)"))


def _networks(allow: tuple[str, ...]) -> tuple[set[str], list[IPNetwork]]:
    names: set[str] = set()
    networks: list[IPNetwork] = []
    for entry in allow:
        try:
            networks.append(ipaddress.ip_network(entry, strict=False))
        except ValueError:
            names.add(entry.lower())
    return names, networks


def check_endpoint(url: str, allow: tuple[str, ...] = ()) -> str:
    """The address, stripped, if the web application may call it; :class:`InputError`
    naming the reason otherwise (the name is resolved here, at submission)."""
    url = url.strip()
    if len(url) > MAX_URL:
        raise _refuse("adresse trop longue", "address too long", url)
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise _refuse(f"adresse de point d'accès invalide : « {url} » (http ou https attendu)",
                      f"invalid endpoint address: '{url}' (http or https expected)", url)
    if parts.username or parts.password:
        raise _refuse("l'adresse ne doit pas contenir d'identifiants (user:mot-de-passe@)",
                      "the address must not hold credentials (user:password@)", url)
    host = parts.hostname.lower()
    names, networks = _networks(allow)
    if host in names:
        return url
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
        found = socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)
    except (OSError, ValueError):
        raise _refuse(f"hôte introuvable : {host}", f"unknown host: {host}", url) from None
    for *_, sockaddr in found:
        address = ipaddress.ip_address(str(sockaddr[0]).split("%")[0])
        if any(address in network for network in networks):
            continue
        if not address.is_global:
            named_fr = f"{host} désigne {address}" if host != str(address) else str(address)
            named_en = f"{host} is {address}" if host != str(address) else str(address)
            raise _refuse(f"adresse interne refusée : {named_fr}, qui n'est pas une adresse "
                          "publique", f"internal address refused: {named_en}, which is not a "
                          "public address", url)
    return url
