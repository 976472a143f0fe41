"""The signature of an RFC 3161 token checked against the certificates it carries.

A full check (signature and chain up to a trusted root) is done with ``rfc3161_client``; that
library needs a root. This module answers the narrower question it cannot: *is the token's CMS
signature valid for one of its own certificates?* — so a corrupted signature is named as such
even when no root is trusted. A small DER reader walks ``TimeStampResp → SignedData →
SignerInfo`` (RFC 5652 §5.4: the signature covers the DER of the signed attributes, whose
``messageDigest`` must be the hash of the encapsulated TSTInfo).
"""

from __future__ import annotations

import hashlib

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, padding, rsa

DIGESTS = {"2.16.840.1.101.3.4.2.1": "sha256", "2.16.840.1.101.3.4.2.2": "sha384",
           "2.16.840.1.101.3.4.2.3": "sha512", "1.3.14.3.2.26": "sha1"}
MESSAGE_DIGEST = "1.2.840.113549.1.9.4"


class MalformedToken(ValueError):
    pass


def _tlv(data: bytes, pos: int) -> tuple[int, int, int]:
    """(tag, start of content, end of content) of the element at ``pos``."""
    if pos + 2 > len(data):
        raise MalformedToken("truncated DER")
    tag, length = data[pos], data[pos + 1]
    pos += 2
    if length & 0x80:
        count = length & 0x7F
        if count == 0 or count > 4 or pos + count > len(data):
            raise MalformedToken("bad DER length")
        length = int.from_bytes(data[pos:pos + count], "big")
        pos += count
    if pos + length > len(data):
        raise MalformedToken("truncated DER")
    return tag, pos, pos + length


def _children(data: bytes, start: int, end: int) -> list[tuple[int, int, int, int]]:
    """(tag, element start, content start, end) of every element between start and end."""
    out = []
    while start < end:
        tag, cstart, cend = _tlv(data, start)
        out.append((tag, start, cstart, cend))
        start = cend
    return out


def _oid(raw: bytes) -> str:
    first, value, parts = raw[0], 0, []
    for byte in raw[1:]:
        value = (value << 7) | (byte & 0x7F)
        if not byte & 0x80:
            parts.append(str(value))
            value = 0
    return ".".join([str(min(first // 40, 2)), str(first - 40 * min(first // 40, 2)), *parts])


def _signer_parts(tsr: bytes) -> tuple[bytes, bytes, str, bytes]:
    """(signed bytes, signature, digest name, encapsulated content) of the first SignerInfo."""
    _, s, e = _tlv(tsr, 0)
    token = _children(tsr, s, e)[1]                       # status, timeStampToken
    content = _children(tsr, token[2], token[3])[1]       # contentType, [0] content
    _, sd_s, sd_e = _tlv(tsr, content[2])
    sd = _children(tsr, sd_s, sd_e)
    encap = _children(tsr, sd[2][2], sd[2][3])            # eContentType, [0] eContent
    octets = _children(tsr, encap[1][2], encap[1][3])[0]
    econtent = tsr[octets[2]:octets[3]]
    signer = _children(tsr, sd[-1][2], sd[-1][3])[0]
    fields = _children(tsr, signer[2], signer[3])
    digest_oid = _children(tsr, fields[2][2], fields[2][3])[0]
    digest = DIGESTS.get(_oid(tsr[digest_oid[2]:digest_oid[3]]))
    if digest is None:
        raise MalformedToken("unsupported digest algorithm")
    signature = next(f for f in fields[3:] if f[0] == 0x04)
    attrs = next((f for f in fields[3:] if f[0] == 0xA0), None)
    if attrs is None:
        return econtent, tsr[signature[2]:signature[3]], digest, econtent
    expected = hashlib.new(digest, econtent).digest()
    for _, _, a_s, a_e in _children(tsr, attrs[2], attrs[3]):
        oid, values = _children(tsr, a_s, a_e)
        if _oid(tsr[oid[2]:oid[3]]) == MESSAGE_DIGEST:
            value = _children(tsr, values[2], values[3])[0]
            if tsr[value[2]:value[3]] != expected:
                raise MalformedToken("messageDigest does not match the TSTInfo")
            break
    else:
        raise MalformedToken("no messageDigest attribute")
    signed = b"\x31" + tsr[attrs[1] + 1:attrs[3]]           # [0] IMPLICIT → SET OF
    return signed, tsr[signature[2]:signature[3]], digest, econtent


def _verifies(cert: x509.Certificate, signed: bytes, signature: bytes, digest: str) -> bool:
    key = cert.public_key()
    algo: hashes.HashAlgorithm = {"sha256": hashes.SHA256(), "sha384": hashes.SHA384(),
                                  "sha512": hashes.SHA512(), "sha1": hashes.SHA1()}[digest]
    try:
        if isinstance(key, ec.EllipticCurvePublicKey):
            key.verify(signature, signed, ec.ECDSA(algo))
        elif isinstance(key, rsa.RSAPublicKey):
            key.verify(signature, signed, padding.PKCS1v15(), algo)
        elif isinstance(key, ed25519.Ed25519PublicKey):
            key.verify(signature, signed)
        else:
            return False
    except InvalidSignature:
        return False
    return True


def token_signer(tsr: bytes, certificates: list[x509.Certificate]) -> x509.Certificate | None:
    """The certificate among ``certificates`` whose key made the token's signature, or None
    (signature corrupted, or made by a key the token does not carry)."""
    try:
        signed, signature, digest, _ = _signer_parts(tsr)
    except (MalformedToken, IndexError, StopIteration, ValueError):
        return None
    return next((c for c in certificates if _verifies(c, signed, signature, digest)), None)
