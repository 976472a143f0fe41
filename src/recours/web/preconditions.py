"""Optimistic concurrency over HTTP: a dossier's ``ETag`` is its version; a write names the
version it was based on with ``If-Match`` (RFC 9110 §13.1.1).

``If-Match`` is *required* on ``PUT /api/v1/dossiers/{id}`` (428 Precondition Required when
absent): a replacement is always based on a copy the client read, and a lost update is what
it must prevent. It is *honoured when given* on the other writes of a dossier (``DELETE``,
``POST …/analysis``), which the server computes from the current version. ``*`` matches any
existing version; weak tags (``W/"…"``) never match, as the RFC's strong comparison says.
"""

from __future__ import annotations

import re

from fastapi import Request

from recours.errors import InputError
from recours.i18n import T

_TAG = re.compile(r'\s*(W/)?"([^"]*)"\s*(?:,|$)')


def if_match(request: Request, *, required: bool) -> frozenset[int] | None:
    """The versions ``If-Match`` accepts; ``None`` for any (``*`` or, when not required,
    no header); an empty set when no listed tag can match (any write is then refused)."""
    header = request.headers.get("if-match")
    if header is None:
        if required:
            raise InputError(
                T("en-tête If-Match requis : il indique la version du dossier que vous "
                  "modifiez", "If-Match header required: it names the version of the case "
                  "file you are changing"), where=f"{request.method} {request.url.path}",
                fix=T("relisez le dossier (GET), puis renvoyez son ETag dans If-Match",
                      "read the case file (GET), then send its ETag back in If-Match"),
                details={"status": 428})
        return None
    if header.strip() == "*":
        return None
    versions = set()
    for weak, tag in _TAG.findall(header):
        if not weak and re.fullmatch(r"v\d{1,12}", tag):
            versions.add(int(tag[1:]))
    return frozenset(versions)
