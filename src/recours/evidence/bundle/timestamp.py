"""RFC 3161 timestamps: request one from a TSA over HTTP, and verify a stored token.

The token's CMS signature is always checked. Its chain is checked up to the roots the
verifier trusts (``--tsa-cert``); a root merely shipped inside the bundle is offered, never
trusted, unless the caller says so explicitly.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from rfc3161_client import (
    HashAlgorithm,
    TimestampRequestBuilder,
    TimeStampResponse,
    VerificationError,
    VerifierBuilder,
    decode_timestamp_response,
)

from recours.errors import BundleError
from recours.evidence.bundle.cms import token_signer
from recours.i18n import T

if TYPE_CHECKING:
    from recours.outbound import AddressPolicy

class StampStatus(StrEnum):
    ABSENT = "absent"                  # none requested, none present
    STRIPPED = "stripped"              # the signed manifest says one was made; it is missing
    VALID = "valid"                    # imprint, signature and chain to a trusted root
    UNTRUSTED_ROOT = "untrusted_root"  # signature valid, but no trusted root vouches for the TSA
    INVALID = "invalid"                # unreadable, other imprint, bad signature or chain


@dataclass
class StampCheck:
    status: StampStatus
    detail: T
    root: str | None = None            # the root trusted (VALID) or offered (UNTRUSTED_ROOT)
    time: datetime | None = None

    @property
    def ok(self) -> bool:
        return self.status is StampStatus.VALID


def describe(cert: x509.Certificate) -> str:
    """Subject and SHA-256 fingerprint of a certificate, as the report names it."""
    return f"{cert.subject.rfc4514_string()} (SHA-256 {cert.fingerprint(hashes.SHA256()).hex()})"


def _refused(url: str, message: T) -> BundleError:
    return BundleError(message, where=url, fix=T(
        "vérifiez l'adresse de l'autorité d'horodatage (RECOURS_TSA_URL) et son certificat "
        "racine (--tsa-cert)", "check the timestamp authority address (RECOURS_TSA_URL) and its "
        "root certificate (--tsa-cert)"))


def request_timestamp(url: str, data: bytes, timeout: float = 30.0,
                      roots: list[x509.Certificate] | None = None,
                      policy: AddressPolicy | None = None) -> bytes:
    """The DER TimeStampResp for SHA-256(data), with the TSA certificate included. Its status,
    imprint and signature are checked; with ``roots``, also its chain up to one of them.
    ``policy``: the outbound address policy the connection must obey (checked at connect
    time and on every redirect); none when the operator's own command asks."""
    import httpx  # only to request a stamp: verifying one needs no HTTP client

    req = (TimestampRequestBuilder().data(data).hash_algorithm(HashAlgorithm.SHA256)
           .cert_request(cert_request=True).build())
    headers = {"Content-Type": "application/timestamp-query"}
    try:
        if policy is None:
            resp = httpx.post(url, content=req.as_bytes(), timeout=timeout, headers=headers)
        else:
            with policy.client(timeout=timeout) as client:
                resp = client.post(url, content=req.as_bytes(), headers=headers)
        resp.raise_for_status()
        decoded = decode_timestamp_response(resp.content)
    except (httpx.HTTPError, ValueError) as exc:
        raise _refused(url, T(f"horodatage refusé ou illisible : {exc}",
                              f"timestamp refused or unreadable: {exc}")) from exc
    if decoded.status != 0:
        raise _refused(url, T(f"l'autorité d'horodatage a refusé (statut {decoded.status})",
                              f"the timestamp authority refused (status {decoded.status})"))
    check = verify_timestamp(resp.content, data, roots or [])
    if check.status is StampStatus.INVALID or (roots and not check.ok):
        raise _refused(url, T("jeton d'horodatage rejeté : ", "timestamp token rejected: ")
                       + check.detail)
    return resp.content


def gen_time(tsr: bytes) -> datetime:
    return decode_timestamp_response(tsr).tst_info.gen_time


def tsa_certificates(tsr: bytes) -> list[x509.Certificate]:
    signed = decode_timestamp_response(tsr).signed_data
    return [x509.load_der_x509_certificate(c) for c in sorted(signed.certificates)]


def _chain_root(decoded: TimeStampResponse, data: bytes, roots: list[x509.Certificate],
                extra: list[x509.Certificate]) -> x509.Certificate | None:
    """The first of ``roots`` to which the token's signer chains, or None."""
    for root in roots:
        builder = VerifierBuilder().add_root_certificate(root)
        for cert in extra:
            if cert != root:
                builder = builder.add_intermediate_certificate(cert)
        try:
            builder.build().verify_message(decoded, data)
        except VerificationError:
            continue
        return root
    return None


def verify_timestamp(tsr: bytes, data: bytes, roots: list[x509.Certificate],
                     offered: list[x509.Certificate] | None = None,
                     trust_offered: bool = False) -> StampCheck:
    """Check a token over ``data``: imprint, CMS signature, then chain to ``roots`` (trusted).
    ``offered`` are certificates shipped with the token (the bundle's chain file): used to
    build the chain, trusted as roots only if ``trust_offered``."""
    try:
        decoded = decode_timestamp_response(tsr)
        carried = tsa_certificates(tsr)
    except ValueError as exc:
        return StampCheck(StampStatus.INVALID, T(f"jeton illisible ({exc})",
                                                 f"unreadable token ({exc})"))
    if decoded.tst_info.message_imprint.message != hashlib.sha256(data).digest():
        return StampCheck(StampStatus.INVALID, T("l'horodatage ne porte pas sur ce manifeste",
                                                 "the timestamp is not over this manifest"))
    pool = [*carried, *[c for c in offered or [] if c not in carried]]
    if token_signer(tsr, pool) is None:
        return StampCheck(StampStatus.INVALID, T(
            "signature de l'autorité d'horodatage invalide (jeton altéré)",
            "timestamp authority signature invalid (token altered)"))
    time = decoded.tst_info.gen_time
    if roots:
        root = _chain_root(decoded, data, roots, pool)
        if root is None:
            return StampCheck(StampStatus.INVALID, T(
                "l'autorité d'horodatage ne se rattache à aucune racine de confiance fournie",
                "the timestamp authority does not chain to any trusted root given"),
                root=", ".join(describe(r) for r in roots))
        return StampCheck(StampStatus.VALID, T(
            "empreinte, signature et chaîne vérifiées ; racine de confiance : ",
            "imprint, signature and chain verified; trusted root: ") + _plain(describe(root)),
            root=describe(root), time=time)
    self_signed = [c for c in pool if c.issuer == c.subject]
    if trust_offered and (root := _chain_root(decoded, data, self_signed, pool)) is not None:
        return StampCheck(StampStatus.VALID, T(
            "empreinte, signature et chaîne vérifiées ; racine fournie par l'archive, approuvée "
            "sur demande : ", "imprint, signature and chain verified; root shipped in the "
            "bundle, trusted on request: ") + _plain(describe(root)), root=describe(root),
            time=time)
    offered_root = ", ".join(describe(c) for c in self_signed) or None
    return StampCheck(StampStatus.UNTRUSTED_ROOT, T(
        "signature valide, mais aucune racine de confiance : l'identité de l'autorité "
        "d'horodatage n'est pas prouvée", "signature valid, but no trusted root: the timestamp "
        "authority's identity is not proven") + _plain(
            f" ({offered_root})" if offered_root else ""), root=offered_root, time=time)


def _plain(text: str) -> T:
    return T(text, text)
