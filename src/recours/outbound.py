"""One address policy for every outbound request the server makes.

A server that sends requests to an address a user typed is a door into every network the
server can reach (server-side request forgery: a cloud metadata service, an internal
database console, the firm's intranet). The policy allows **public** addresses only, plus the
host names and networks listed by the administrator (``RECOURS_ENDPOINT_ALLOW``).

An address is judged on what it really designates: every IPv6 form that embeds an IPv4
address (IPv4-mapped ``::ffff:0:0/96``, IPv4-compatible ``::/96``, SIIT-translated
``::ffff:0:0:0/96``, NAT64 ``64:ff9b::/96``, 6to4 ``2002::/16``, Teredo ``2001::/32``) is
checked on the IPv4 address it carries as well as on itself; the local-use NAT64 prefix
``64:ff9b:1::/48``, whose embedding depends on the operator, is refused whole.

The check is made three times: when the address is submitted (:meth:`AddressPolicy.check_url`),
on every request of a redirect chain, and **at connect time** on the address actually
connected to (:class:`GuardedTransport`): the host name is resolved once, every address it
resolves to is checked, and the socket is opened to a checked address, never by name — so a
name that re-resolves to an internal address after the first check (DNS rebinding) is refused.
"""

from __future__ import annotations

import ipaddress
import socket
import ssl
from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import urlsplit

import anyio
import anyio.to_thread
import httpcore
import httpx

from recours.errors import InputError
from recours.i18n import T

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network
Resolver = Callable[[str, int], list[str]]
MAX_URL = 2000
MAX_REDIRECTS = 5
_LIMITS = httpx.Limits()

_V6 = ipaddress.IPv6Network
_MAPPED = _V6("::ffff:0:0/96")            # RFC 4291 IPv4-mapped
_COMPATIBLE = _V6("::/96")                # RFC 4291 IPv4-compatible (deprecated)
_TRANSLATED = _V6("::ffff:0:0:0/96")      # RFC 2765 SIIT "IPv4-translated" (::ffff:0:a.b.c.d)
_NAT64 = _V6("64:ff9b::/96")              # RFC 6052 well-known prefix
_NAT64_LOCAL = _V6("64:ff9b:1::/48")      # RFC 8215 local-use: embedding chosen by operator
_SIX_TO_FOUR = _V6("2002::/16")           # RFC 3056
_TEREDO = _V6("2001::/32")                # RFC 4380
# Not global although Python's ``is_global`` may say so on this interpreter.
_NEVER_PUBLIC: tuple[IPNetwork, ...] = (
    _NAT64_LOCAL, _V6("fec0::/10"), _V6("ff00::/8"), _V6("100::/64"),
    ipaddress.IPv4Network("224.0.0.0/4"), ipaddress.IPv4Network("240.0.0.0/4"),
)


def embedded_ipv4(address: IPAddress) -> list[ipaddress.IPv4Address]:
    """The IPv4 addresses an IPv6 address carries (none for an IPv4 address)."""
    if isinstance(address, ipaddress.IPv4Address):
        return []
    low32 = ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    if address in _MAPPED or address in _TRANSLATED or address in _NAT64:
        return [low32]
    if address in _COMPATIBLE:
        return [low32]                     # :: and ::1 give 0.0.0.0 and 0.0.0.1: not public
    if address in _SIX_TO_FOUR:
        assert address.sixtofour is not None
        return [address.sixtofour]
    if address in _TEREDO:
        assert address.teredo is not None
        server, client = address.teredo
        return [server, client]
    return []


def is_public(address: IPAddress) -> bool:
    """Globally routable, and so is every IPv4 address it embeds."""
    if not address.is_global or any(address in net for net in _NEVER_PUBLIC
                                    if net.version == address.version):
        return False
    return all(is_public(inner) for inner in embedded_ipv4(address))


def parse_address(text: str) -> IPAddress:
    """An address as a resolver or URL gives it (brackets and IPv6 zone removed)."""
    return ipaddress.ip_address(text.strip("[]").split("%")[0])


def _resolve(host: str, port: int) -> list[str]:
    found = socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)
    return list(dict.fromkeys(str(sockaddr[0]) for *_, sockaddr in found))


def _fix() -> T:
    return T("donnez l'adresse http(s) du système à tester, par ex. "
             "https://api.fournisseur.fr/v1/score ; une adresse interne doit "
             "être autorisée par l'administrateur (RECOURS_ENDPOINT_ALLOW)",
             "give the http(s) address of the system under test, e.g. "
             "https://api.vendor.com/v1/score; an internal address must be "
             "allowed by the administrator (RECOURS_ENDPOINT_ALLOW)")


def _refuse(fr: str, en: str, url: str) -> InputError:
    return InputError(T(fr, en), where=url[:200], fix=_fix())


class AddressRefused(httpcore.ConnectError):
    """A connection the policy refused (httpx reports it as ``httpx.ConnectError``)."""

    def __init__(self, refusal: InputError) -> None:
        self.refusal = refusal
        super().__init__(refusal.message.render("en"))


class AddressPolicy:
    """Public addresses, plus the host names and networks in ``allow``.

    ``resolver`` maps (host, port) to the addresses the host name designates (the system's
    resolver by default)."""

    def __init__(self, allow: Iterable[str] = (), resolver: Resolver | None = None) -> None:
        self.names: set[str] = set()
        self.networks: list[IPNetwork] = []
        for entry in allow:
            try:
                self.networks.append(ipaddress.ip_network(entry, strict=False))
            except ValueError:
                self.names.add(entry.lower())
        self.resolver = resolver or _resolve

    def allows(self, address: IPAddress) -> bool:
        candidates = [address, *embedded_ipv4(address)]
        if any(c in net for c in candidates for net in self.networks if net.version == c.version):
            return True
        return is_public(address)

    def addresses(self, host: str, port: int, url: str = "") -> list[str]:
        """The addresses to connect to for ``host`` — each one checked; :class:`InputError`
        naming the first refused one. A host name listed in ``allow`` is not checked."""
        host = host.strip("[]").lower()
        try:
            found = self.resolver(host, port)
        except (OSError, ValueError, UnicodeError):
            raise _refuse(f"hôte introuvable : {host}", f"unknown host: {host}",
                          url or host) from None
        if not found:
            raise _refuse(f"hôte introuvable : {host}", f"unknown host: {host}", url or host)
        if host in self.names:
            return found
        for text in found:
            address = parse_address(text)
            if not self.allows(address):
                shown = str(address)
                inner = embedded_ipv4(address)
                if inner:
                    shown += f" ({', '.join(map(str, inner))})"
                named_fr = f"{host} désigne {shown}" if host != str(address) else shown
                named_en = f"{host} is {shown}" if host != str(address) else shown
                raise _refuse(f"adresse interne refusée : {named_fr}, qui n'est pas une "
                              "adresse publique", f"internal address refused: {named_en}, "
                              "which is not a public address", url or host)
        return found

    def check_url(self, url: str) -> str:
        """The address, stripped, if it may be called; :class:`InputError` naming the reason
        otherwise (the host name is resolved here; it is resolved and checked again at
        connect time)."""
        url = url.strip()
        if len(url) > MAX_URL:
            raise _refuse("adresse trop longue", "address too long", url)
        parts = urlsplit(url)
        try:
            hostname, port = parts.hostname, parts.port
        except ValueError:
            hostname, port = None, None
        if parts.scheme not in ("http", "https") or not hostname:
            raise _refuse(f"adresse de point d'accès invalide : « {url} » (http ou https attendu)",
                          f"invalid endpoint address: '{url}' (http or https expected)", url)
        if parts.username or parts.password:
            raise _refuse("l'adresse ne doit pas contenir d'identifiants (user:mot-de-passe@)",
                          "the address must not hold credentials (user:password@)", url)
        self.addresses(hostname, port or (443 if parts.scheme == "https" else 80), url)
        return url

    # Connections -------------------------------------------------------------------------
    def transport(self, **options: Any) -> httpx.HTTPTransport:
        return GuardedTransport(self, **options)

    def async_transport(self, **options: Any) -> httpx.AsyncHTTPTransport:
        return AsyncGuardedTransport(self, **options)

    def client(self, **options: Any) -> httpx.Client:
        """A client whose every connection, redirects included, obeys the policy."""
        limits = options.pop("limits", _LIMITS)
        return httpx.Client(transport=self.transport(limits=limits), trust_env=False,
                            follow_redirects=True, max_redirects=MAX_REDIRECTS, **options)

    def async_client(self, **options: Any) -> httpx.AsyncClient:
        limits = options.pop("limits", _LIMITS)
        return httpx.AsyncClient(transport=self.async_transport(limits=limits), trust_env=False,
                                 follow_redirects=True, max_redirects=MAX_REDIRECTS, **options)

    def _checked(self, host: str, port: int) -> list[str]:
        try:
            return self.addresses(host, port)
        except InputError as refused:
            raise AddressRefused(refused) from None


class _GuardedBackend(httpcore.NetworkBackend):
    def __init__(self, policy: AddressPolicy) -> None:
        self.policy = policy
        self.inner = httpcore.SyncBackend()

    def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                    local_address: str | None = None,
                    socket_options: Iterable[Any] | None = None) -> httpcore.NetworkStream:
        last: Exception | None = None
        for address in self.policy._checked(host, port):
            try:
                return self.inner.connect_tcp(address, port, timeout, local_address,
                                              socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                last = exc
        assert last is not None
        raise last

    def connect_unix_socket(self, path: str, timeout: float | None = None,
                            socket_options: Iterable[Any] | None = None
                            ) -> httpcore.NetworkStream:
        raise httpcore.ConnectError("unix sockets are not allowed by the address policy")

    def sleep(self, seconds: float) -> None:
        self.inner.sleep(seconds)


class _AsyncGuardedBackend(httpcore.AsyncNetworkBackend):
    def __init__(self, policy: AddressPolicy) -> None:
        self.policy = policy
        self.inner = httpcore.AnyIOBackend()

    async def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                          local_address: str | None = None,
                          socket_options: Iterable[Any] | None = None
                          ) -> httpcore.AsyncNetworkStream:
        addresses = await anyio.to_thread.run_sync(self.policy._checked, host, port)
        last: Exception | None = None
        for address in addresses:
            try:
                return await self.inner.connect_tcp(address, port, timeout, local_address,
                                                    socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                last = exc
        assert last is not None
        raise last

    async def connect_unix_socket(self, path: str, timeout: float | None = None,
                                  socket_options: Iterable[Any] | None = None
                                  ) -> httpcore.AsyncNetworkStream:
        raise httpcore.ConnectError("unix sockets are not allowed by the address policy")

    async def sleep(self, seconds: float) -> None:
        await self.inner.sleep(seconds)


def _pool_options(limits: httpx.Limits, verify: ssl.SSLContext | bool) -> dict[str, Any]:
    context = verify if isinstance(verify, ssl.SSLContext) else httpx.create_ssl_context(
        verify=verify, trust_env=False)
    return {"ssl_context": context, "max_connections": limits.max_connections,
            "max_keepalive_connections": limits.max_keepalive_connections,
            "keepalive_expiry": limits.keepalive_expiry}


class GuardedTransport(httpx.HTTPTransport):
    """An httpx transport that connects only to addresses the policy allows (resolved and
    checked at connect time, connected to by address)."""

    def __init__(self, policy: AddressPolicy, *, limits: httpx.Limits = _LIMITS,
                 verify: ssl.SSLContext | bool = True) -> None:
        super().__init__(verify=verify, trust_env=False, limits=limits)
        self._pool = httpcore.ConnectionPool(network_backend=_GuardedBackend(policy),
                                             **_pool_options(limits, verify))


class AsyncGuardedTransport(httpx.AsyncHTTPTransport):
    """The asynchronous :class:`GuardedTransport`."""

    def __init__(self, policy: AddressPolicy, *, limits: httpx.Limits = _LIMITS,
                 verify: ssl.SSLContext | bool = True) -> None:
        super().__init__(verify=verify, trust_env=False, limits=limits)
        self._pool = httpcore.AsyncConnectionPool(
            network_backend=_AsyncGuardedBackend(policy), **_pool_options(limits, verify))


def refusal_of(error: BaseException) -> InputError | None:
    """The policy's refusal behind an httpx error, if that is what it is."""
    seen: BaseException | None = error
    while seen is not None:
        if isinstance(seen, AddressRefused):
            return seen.refusal
        seen = seen.__cause__ or seen.__context__
    return None
