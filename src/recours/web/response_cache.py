"""A validated response cache for the two hottest reads: the dossier page and the analysis API.

A response is kept only after the normal path — authentication, organisation scope,
rendering — answered it with 200 OK, under a key that holds everything the answer depends on:
who asks (the user, the session epoch and its CSRF token, or the API token's digest), the
language inputs (``?lang=``, the language cookie, the user's language), the day, and a *stamp*
of the dossier read in ONE query: its version and last update, the user's name, role and
organisation name, and the number and highest id of its files, documents, analyses and
evidence runs. The next identical request runs that single query; when the caller is still
valid and the stamp is unchanged, the kept bytes are sent without routing, dependency
resolution, ORM loading or template rendering.

Anything that could change the answer changes the key: a new dossier version, an upload, a
generated document, a new analysis, a new run, a renamed user or organisation, a changed
role, "log out everywhere" (the epoch), a revoked token (no row). A dossier with an
unfinished evidence run is never cached (its page shows the progress). An API token whose
last use is older than a minute goes through the normal path, which records the use. Only
GET requests without a query string other than ``lang`` are considered. The cache is per
process, bounded in bytes, least recently used first out; ``RECOURS_RESPONSE_CACHE_MB=0``
turns it off (docs/web.md, decision record 0005).
"""

from __future__ import annotations

import re
from collections import OrderedDict
from datetime import date
from typing import Any
from urllib.parse import parse_qsl

from anyio import to_thread
from sqlalchemy import Row, Select, bindparam, false, func, select
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from recours.store import Store
from recours.store.accounts import token_digest
from recours.store.models import (
    AnalysisRow,
    ApiToken,
    DocumentRow,
    DossierRow,
    FileRow,
    Organisation,
    RunRow,
    User,
    utcnow,
)
from recours.web.security import LANG_COOKIE, SessionData

ROUTES = (("page", re.compile(r"^/dossiers/([A-Za-z0-9_-]{1,64})$")),
          ("api", re.compile(r"^/api/v1/dossiers/([A-Za-z0-9_-]{1,64})/analysis$")))
TOKEN_FRESH_SECONDS = 60  # as recours.store.accounts.user_for_token: older uses are recorded
MAX_ENTRY_SHARE = 8  # one response takes at most 1/8 of the cache


def _child_stamp(model: Any) -> list[Any]:
    """Count and highest id of a dossier's children (rows are only ever added, or deleted
    with the dossier)."""
    where = model.dossier_id == DossierRow.id
    return [select(func.count(model.id)).where(where).correlate(DossierRow).scalar_subquery(),
            select(func.max(model.id)).where(where).correlate(DossierRow).scalar_subquery()]


def _stamp_columns() -> list[Any]:
    unfinished = (select(func.count(RunRow.id))
                  .where(RunRow.dossier_id == DossierRow.id,
                         RunRow.status.in_(("pending", "running")))
                  .correlate(DossierRow).scalar_subquery())
    return [User.id, User.name, User.role, User.lang, Organisation.name, DossierRow.id,
            DossierRow.version, DossierRow.updated_at, unfinished,
            *_child_stamp(FileRow), *_child_stamp(DocumentRow), *_child_stamp(AnalysisRow),
            *_child_stamp(RunRow)]


def _joined(query: Select[Any]) -> Select[Any]:
    return (query.join(Organisation, Organisation.id == User.org_id)
            .join(DossierRow, DossierRow.org_id == User.org_id))


# built once; SQLAlchemy caches their compiled form
_SESSION_QUERY = _joined(select(*_stamp_columns()).select_from(User)).where(
    User.id == bindparam("user_id"), User.session_epoch == bindparam("epoch"),
    DossierRow.public_id == bindparam("public_id"))
_TOKEN_QUERY = _joined(select(*_stamp_columns(), ApiToken.last_used_at)
                       .select_from(ApiToken).join(User, User.id == ApiToken.user_id)).where(
    ApiToken.token_hash == bindparam("digest"), ApiToken.revoked == false(),
    DossierRow.public_id == bindparam("public_id"))


class ResponseCache:
    """ASGI middleware (inside the session middleware, which loads ``scope["state"]``)."""

    def __init__(self, app: ASGIApp, store: Store, max_bytes: int) -> None:
        self.app = app
        self.store = store
        self.max_bytes = max_bytes
        self.entries: OrderedDict[tuple[Any, ...], tuple[int, list[tuple[bytes, bytes]], bytes]]
        self.entries = OrderedDict()
        self.size = 0
        self.inline = store.engine.dialect.name == "sqlite"  # local file: no network wait
        self.hits = self.misses = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        key = await self._key(scope) if self.max_bytes else None
        if key is None:
            await self.app(scope, receive, send)
            return
        found = self.entries.get(key)
        if found is not None:
            self.entries.move_to_end(key)
            self.hits += 1
            status, headers, body = found
            await send({"type": "http.response.start", "status": status, "headers": headers})
            await send({"type": "http.response.body", "body": body})
            return
        self.misses += 1
        await self.app(scope, receive, self._recorder(scope, send, key))

    def _recorder(self, scope: Scope, send: Send, key: tuple[Any, ...]) -> Send:
        start: dict[str, Any] = {}
        chunks: list[bytes] = []

        async def record(message: Message) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
                if not message.get("more_body"):
                    self._keep(scope, key, start, b"".join(chunks))
            await send(message)

        return record

    def _keep(self, scope: Scope, key: tuple[Any, ...], start: dict[str, Any],
              body: bytes) -> None:
        session: SessionData | None = scope.get("state", {}).get("session")
        headers = list(start.get("headers", []))
        if (start.get("status") != 200 or (session is not None and session.changed)
                or any(name.lower() == b"set-cookie" for name, _ in headers)
                or len(body) > self.max_bytes // MAX_ENTRY_SHARE):
            return
        previous = self.entries.pop(key, None)  # two misses of the same key at once
        if previous is not None:
            self.size -= len(previous[2])
        self.entries[key] = (200, headers, body)
        self.size += len(body)
        while self.size > self.max_bytes and self.entries:
            _, (_, _, old) = self.entries.popitem(last=False)
            self.size -= len(old)

    async def _key(self, scope: Scope) -> tuple[Any, ...] | None:
        if scope["type"] != "http" or scope["method"] != "GET":
            return None
        route = _route(scope["path"])
        if route is None:
            return None
        query = dict(parse_qsl(scope["query_string"].decode("latin-1"), keep_blank_values=True))
        if set(query) - {"lang"}:
            return None
        headers = _headers(scope)
        caller = _caller(scope, headers)
        if caller is None:
            return None
        if self.inline:
            stamp = self._stamp(route[1], caller)
        else:
            stamp = await to_thread.run_sync(self._stamp, route[1], caller)
        if stamp is None:
            return None
        return (route, caller, query.get("lang"), _cookie(headers, LANG_COOKIE),
                date.today(), stamp)

    def _stamp(self, public_id: str, caller: tuple[Any, ...]) -> tuple[Any, ...] | None:
        with self.store.engine.connect() as connection:
            if caller[0] == "token":
                row: Row[Any] | None = connection.execute(
                    _TOKEN_QUERY, {"digest": caller[1], "public_id": public_id}).first()
                if row is None:
                    return None
                last_used = row[-1]
                if last_used is None or (utcnow() - last_used).total_seconds() \
                        > TOKEN_FRESH_SECONDS:
                    return None  # the normal path records the use
                values: tuple[Any, ...] = tuple(row[:-1])
            else:
                row = connection.execute(
                    _SESSION_QUERY, {"user_id": caller[1], "epoch": caller[2],
                                     "public_id": public_id}).first()
                if row is None:
                    return None
                values = tuple(row)
        if values[8]:  # an unfinished evidence run: the page shows its progress
            return None
        return values


def _route(path: str) -> tuple[str, str] | None:
    for name, pattern in ROUTES:
        found = pattern.match(path)
        if found:
            return name, found[1]
    return None


def _headers(scope: Scope) -> dict[bytes, bytes]:
    return {name.lower(): value for name, value in scope.get("headers", [])}


def _cookie(headers: dict[bytes, bytes], name: str) -> str | None:
    raw = headers.get(b"cookie", b"").decode("latin-1")
    for part in raw.split(";"):
        key, _, value = part.strip().partition("=")
        if key == name:
            return value
    return None


def _caller(scope: Scope, headers: dict[bytes, bytes]) -> tuple[Any, ...] | None:
    """("token", digest) for a bearer token, ("session", user, epoch, csrf) for a logged-in
    session, None otherwise (the normal path answers: login page, 401)."""
    authorization = headers.get(b"authorization", b"").decode("latin-1")
    if authorization.lower().startswith("bearer "):
        clear = authorization[7:].strip()
        return ("token", token_digest(clear))
    session: SessionData | None = scope.get("state", {}).get("session")
    if session is None or session.user_id is None:
        return None
    return ("session", session.user_id, session.epoch, session.csrf)
