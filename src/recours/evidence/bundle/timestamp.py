"""RFC 3161 timestamps: request one from a TSA over HTTP, and verify a stored token."""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import TYPE_CHECKING

import httpx
from cryptography import x509
from rfc3161_client import (
    HashAlgorithm,
    TimestampRequestBuilder,
    VerificationError,
    VerifierBuilder,
    decode_timestamp_response,
)

from recours.errors import BundleError
from recours.i18n import T

if TYPE_CHECKING:
    from recours.outbound import AddressPolicy


def request_timestamp(url: str, data: bytes, timeout: float = 30.0,
                      policy: AddressPolicy | None = None) -> bytes:
    """The DER TimeStampResp for SHA-256(data), with the TSA certificate included.
    ``policy``: the outbound address policy the connection must obey (checked at connect
    time and on every redirect); none when the operator's own command asks."""
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
        raise BundleError(T(f"horodatage refusé ou illisible : {exc}",
                            f"timestamp refused or unreadable: {exc}"), where=url,
                          fix=T("vérifiez l'adresse de l'autorité d'horodatage (RECOURS_TSA_URL)",
                                "check the timestamp authority address (RECOURS_TSA_URL)")) from exc
    if decoded.status != 0:
        raise BundleError(T(f"l'autorité d'horodatage a refusé (statut {decoded.status})",
                            f"the timestamp authority refused (status {decoded.status})"), where=url)
    token = decoded.tst_info
    if token.message_imprint.message != hashlib.sha256(data).digest():
        raise BundleError(T("l'horodatage ne porte pas sur le manifeste",
                            "the timestamp is not over the manifest"), where=url)
    return resp.content


def gen_time(tsr: bytes) -> datetime:
    return decode_timestamp_response(tsr).tst_info.gen_time


def tsa_certificates(tsr: bytes) -> list[x509.Certificate]:
    signed = decode_timestamp_response(tsr).signed_data
    return [x509.load_der_x509_certificate(c) for c in signed.certificates]


def verify_timestamp(tsr: bytes, data: bytes, roots: list[x509.Certificate]) -> tuple[bool, str]:
    """(valid, explanation): imprint equals SHA-256(data); if ``roots``, the TSA signature and
    certificate chain are checked against them."""
    try:
        decoded = decode_timestamp_response(tsr)
    except ValueError as exc:
        return False, f"unreadable token: {exc}"
    if decoded.tst_info.message_imprint.message != hashlib.sha256(data).digest():
        return False, "the timestamp is not over this manifest"
    if not roots:
        return True, "imprint matches; TSA chain not checked (no trusted root given)"
    builder = VerifierBuilder()
    for root in roots:
        builder = builder.add_root_certificate(root)
    certs = tsa_certificates(tsr)
    for cert in certs:
        if cert not in roots:
            builder = builder.add_intermediate_certificate(cert)
    try:
        builder.build().verify_message(decoded, data)
    except VerificationError as exc:
        return False, f"TSA signature or chain invalid: {exc}"
    return True, "imprint, TSA signature and chain verified"
