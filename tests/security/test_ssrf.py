"""Finding 2 — server-side request forgery: IPv6 forms of IPv4 addresses, redirects and DNS
rebinding. Real HTTP servers on loopback addresses; every refusal is proven by the server
never seeing the request."""

from __future__ import annotations

import ipaddress
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest

from recours.errors import InputError, RunnerError
from recours.evidence.runners.http import run_endpoint
from recours.outbound import AddressPolicy, embedded_ipv4, is_public, refusal_of
from recours.web.endpoints import check_endpoint
from tests.evidence.test_runners import _rows, _test_set
from tests.local_http import QuietHandler

# Every IPv6 spelling of an internal IPv4 address the review found or the policy names.
INTERNAL_FORMS = [
    "http://[::127.0.0.1]/",              # IPv4-compatible, dotted
    "http://[::7f00:1]/",                 # IPv4-compatible, hex
    "http://[::a9fe:a9fe]/latest",        # IPv4-compatible cloud metadata 169.254.169.254
    "http://[64:ff9b::7f00:1]/",          # NAT64 well-known prefix
    "http://[64:ff9b::127.0.0.1]/",
    "http://[64:ff9b::a00:1]/",           # NAT64 of 10.0.0.1
    "http://[64:ff9b:1::808:808]/",       # NAT64 local-use prefix: refused whole
    "http://[::ffff:0:7f00:1]/",          # SIIT translated
    "http://[::ffff:0:127.0.0.1]/",
    "http://[::ffff:127.0.0.1]/",         # IPv4-mapped
    "http://[::ffff:7f00:1]/",
    "http://[::ffff:c0a8:101]/",          # mapped 192.168.1.1
    "http://[2002:7f00:1::]/",            # 6to4 of 127.0.0.1
    "http://[2002:a9fe:a9fe::1]/",        # 6to4 of 169.254.169.254
    "http://[2001:0:7f00:1::]/",          # Teredo, server 127.0.0.1
    "http://[2001:0:808:808:0:f:80ff:fefe]/",  # Teredo, client (obfuscated) 127.0.1.1
    "http://[fec0::1]/",                  # deprecated site-local
    "http://[ff02::1]/",                  # multicast
    "http://224.0.0.1/",
]


@pytest.mark.parametrize("url", INTERNAL_FORMS)
def test_every_ipv6_form_of_an_internal_address_is_refused(url: str) -> None:
    with pytest.raises(InputError) as refused:
        check_endpoint(url)
    assert "adresse interne refusée" in refused.value.render("fr")


def test_the_embedded_address_is_named() -> None:
    with pytest.raises(InputError) as refused:
        check_endpoint("http://[64:ff9b::7f00:1]/")
    assert "64:ff9b::7f00:1 (127.0.0.1)" in refused.value.render("fr")


@pytest.mark.parametrize("address, inner", [
    ("::ffff:7f00:1", "127.0.0.1"), ("::7f00:1", "127.0.0.1"), ("::ffff:0:7f00:1", "127.0.0.1"),
    ("64:ff9b::a00:1", "10.0.0.1"), ("2002:a00:1::", "10.0.0.1"),
])
def test_embedded_addresses_are_extracted(address: str, inner: str) -> None:
    found = embedded_ipv4(ipaddress.ip_address(address))
    assert ipaddress.IPv4Address(inner) in found


@pytest.mark.parametrize("address", ["8.8.8.8", "64:ff9b::808:808", "2002:808:808::1",
                                     "2a00:1450:4007:80e::200e"])
def test_public_addresses_and_their_ipv6_forms_stay_allowed(address: str) -> None:
    assert is_public(ipaddress.ip_address(address))


def test_an_allowed_network_covers_the_ipv6_forms_of_its_addresses() -> None:
    assert check_endpoint("http://[::ffff:127.0.0.1]:8000/", ("127.0.0.1",))
    with pytest.raises(InputError):
        check_endpoint("http://[::ffff:127.0.0.2]:8000/", ("127.0.0.1",))


# Real servers -------------------------------------------------------------------------------
class _Server:
    def __init__(self, host: str, redirect_to: str | None = None) -> None:
        self.hits = 0
        outer = self

        class Handler(QuietHandler):
            def do_GET(self) -> None:
                outer.hits += 1
                if outer.redirect_to and self.path == "/go":
                    self.send_response(307)
                    self.send_header("Location", outer.redirect_to)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                self.send(200, b'{"score": 0.5}')

            def do_POST(self) -> None:
                self.rfile.read(int(self.headers.get("Content-Length") or 0))
                self.do_GET()

        self.redirect_to = redirect_to
        self.httpd = ThreadingHTTPServer((host, 0), Handler)
        self.url = f"http://{host}:{self.httpd.server_address[1]}"


@contextmanager
def serving(host: str = "127.0.0.1", redirect_to: str | None = None) -> Iterator[_Server]:
    server = _Server(host, redirect_to)
    thread = threading.Thread(target=server.httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.httpd.shutdown()
        server.httpd.server_close()
        thread.join()


def _refused_at_connect(policy: AddressPolicy, url: str) -> InputError:
    with policy.client(timeout=5) as client, pytest.raises(httpx.ConnectError) as caught:
        client.get(url)
    refusal = refusal_of(caught.value)
    assert refusal is not None, caught.value
    return refusal


def test_loopback_is_refused_at_connect_time_without_the_submission_check() -> None:
    with serving() as server:
        refusal = _refused_at_connect(AddressPolicy(), server.url + "/")
        assert server.hits == 0
    assert "127.0.0.1" in refusal.render("fr")


def test_the_allow_list_still_allows_its_hosts_at_connect_time() -> None:
    with serving() as server:
        port = server.url.rsplit(":", 1)[1]
        for allow, url in [(("127.0.0.1",), server.url), (("127.0.0.0/8",), server.url),
                           (("localhost",), f"http://localhost:{port}")]:
            with AddressPolicy(allow).client(timeout=5) as client:
                assert client.get(url + "/").json() == {"score": 0.5}
        assert server.hits == 3


@pytest.mark.parametrize("form", ["http://127.0.0.2:{port}/", "http://[::ffff:127.0.0.2]:{port}/",
                                  "http://[::127.0.0.2]:{port}/"])
def test_a_redirect_to_a_private_address_is_refused(form: str) -> None:
    with serving("127.0.0.2") as inner:
        target = form.format(port=inner.url.rsplit(":", 1)[1])
        with serving("127.0.0.1", redirect_to=target) as outer:
            policy = AddressPolicy(("127.0.0.1",))      # the first hop is allowed
            assert policy.check_url(outer.url + "/go")
            refusal = _refused_at_connect(policy, outer.url + "/go")
            assert outer.hits == 1 and inner.hits == 0
    assert "127.0.0.2" in refusal.render("fr")


def test_a_redirect_to_an_allowed_address_is_followed() -> None:
    with serving("127.0.0.1") as inner, \
            serving("127.0.0.1", redirect_to=inner.url + "/score") as outer:
        with AddressPolicy(("127.0.0.1",)).client(timeout=5) as client:
            assert client.get(outer.url + "/go").json() == {"score": 0.5}
        assert outer.hits == 1 and inner.hits == 1


def test_a_name_re_resolving_to_loopback_is_refused_at_connect_time() -> None:
    """DNS rebinding: the name designates a public address when submitted, then loopback.
    The name table stands in for a DNS server whose answer changes; the connection is real."""
    answers = ["93.184.215.14"]

    def resolver(host: str, port: int) -> list[str]:
        assert host == "modele.fournisseur.test"
        return [answers.pop(0) if answers else "127.0.0.1"]

    with serving() as server:
        port = server.url.rsplit(":", 1)[1]
        url = f"http://modele.fournisseur.test:{port}/score"
        policy = AddressPolicy((), resolver=resolver)
        assert policy.check_url(url) == url             # public at submission
        refusal = _refused_at_connect(policy, url)
        assert server.hits == 0
    assert "modele.fournisseur.test désigne 127.0.0.1" in refusal.render("fr")


def test_an_endpoint_run_under_the_policy_sends_nothing_to_a_refused_address(
        tmp_path: Path) -> None:
    spec = _test_set(tmp_path, n=5)
    with serving("127.0.0.2") as inner, \
            serving("127.0.0.1", redirect_to=f"{inner.url}/score") as outer:
        with pytest.raises(RunnerError) as failed:
            run_endpoint(outer.url + "/go", _rows(spec), spec.datasets[0],
                         tmp_path / "journal.jsonl", retries=2,
                         policy=AddressPolicy(("127.0.0.1",)))
        assert inner.hits == 0
        assert outer.hits == 5                   # one per case: a refusal is not retried
    assert "not a public address" in failed.value.render("fr")
