"""The web application: pages (Jinja2 + HTMX) and a JSON API over the same services."""

from __future__ import annotations

import os
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from recours import __version__
from recours.errors import (
    AuthError,
    ConflictError,
    DossierError,
    InputError,
    NotFound,
    RecoursError,
)
from recours.i18n import parse_lang
from recours.keyfiles import check_secrets, relocate_legacy_key
from recours.settings import Settings
from recours.store import Store
from recours.web import api_docs, filters, services
from recours.web.fragments import FragmentCache
from recours.web.jobs import JobRunner, fail_interrupted
from recours.web.middleware import SessionMiddleware
from recours.web.response_cache import ResponseCache
from recours.web.security import LANG_COOKIE, LoginLimiter, SessionSigner

HERE = Path(__file__).parent
SECURE_ENV = "RECOURS_WEB_SECURE_COOKIES"  # set by ``recours serve --workers N --secure-cookies``
MAX_FILES_PER_REQUEST = 4  # a request body holds at most this many uploads of the limit


def create_app(settings: Settings, store: Store | None = None, *,
               secure_cookies: bool = False) -> FastAPI:
    """Build the application on ``settings`` (the store is opened and migrated if not given)."""
    app = FastAPI(title="Recours", version=__version__,
                  description="API JSON de Recours (dossiers, analyses, preuves, documents).",
                  docs_url=None, redoc_url=None, openapi_url=api_docs.OPENAPI_URL,
                  max_body_size=(MAX_FILES_PER_REQUEST * settings.max_upload_mb + 1) * 2**20)
    app.state.settings = settings
    secret = settings.resolved_secret_key()
    relocate_legacy_key(settings.data_dir, settings.signing_key)
    check_secrets(settings.data_dir, settings.signing_key)
    app.state.store = store or Store.open(settings)
    app.state.signer = SessionSigner(secret, secure=secure_cookies)
    app.state.limiter = LoginLimiter(app.state.store)
    app.state.jobs = JobRunner(app.state.store)
    fail_interrupted(app.state.store)
    app.state.store.collect_leftovers()  # a killed server's orphan blobs and run folders
    services.warm_up()  # the article texts, once, before requests race to load them
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    templates.env.auto_reload = False
    filters.install(templates.env)
    app.state.templates = templates
    app.state.fragments = FragmentCache()  # rendered parts of immutable rows (fragments.py)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    _middleware(app)
    _errors(app)
    _routes(app)
    return app


def _routes(app: FastAPI) -> None:
    from recours.web import api
    from recours.web.pages import (
        account,
        admin,
        auth,
        contract,
        documents,
        dossiers,
        evidence,
        interview,
        law,
    )

    for module in (auth, dossiers, interview, contract, evidence, law, documents, account, admin):
        app.include_router(module.router)
    app.include_router(api.router)
    app.include_router(api_docs.router)


def _middleware(app: FastAPI) -> None:
    # the last added is the outermost: the session is loaded before the cache looks at it
    app.add_middleware(ResponseCache, store=app.state.store,
                       max_bytes=app.state.settings.response_cache_mb * 2**20)
    app.add_middleware(SessionMiddleware, signer=app.state.signer)


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or "application/json" in request.headers.get(
        "accept", "")


def _status(error: RecoursError, request: Request) -> int:
    if "status" in error.details:
        return int(error.details["status"])
    if isinstance(error, ConflictError):  # the API's writes are conditional on If-Match
        return 412 if request.url.path.startswith("/api/") else 409
    if isinstance(error, NotFound):
        return 404
    if isinstance(error, AuthError):
        return 401
    if isinstance(error, InputError):
        return 422
    return 500 if not isinstance(error, RecoursError) else 400


def _errors(app: FastAPI) -> None:
    @app.exception_handler(RecoursError)
    async def recours_error(request: Request, error: RecoursError) -> Response:
        status = _status(error, request)
        lang = parse_lang(request.query_params.get("lang") or request.cookies.get(LANG_COOKIE)
                          or request.app.state.settings.lang)
        if _wants_json(request):
            body = error.to_dict(lang)
            body["details"] = {k: v for k, v in body["details"].items() if k != "status"}
            if isinstance(error, DossierError):
                body["problems"] = [p.to_dict(lang) for p in error.problems]
            return JSONResponse(body, status_code=status)
        if status == 401 and request.method == "GET":
            return RedirectResponse(f"/login?next={request.url.path}", status_code=303)
        templates: Jinja2Templates = request.app.state.templates
        tr = (lambda fr, en: en if lang == "en" else fr)  # noqa: E731
        return templates.TemplateResponse(
            request, "error.html",
            {"request": request, "error": error, "message": error.render(lang), "status": status,
             "lang": lang, "tr": tr, "user": None, "csrf": request.state.session.csrf},
            status_code=status)


def app_from_env() -> FastAPI:
    """Factory for ASGI servers: ``uvicorn --factory recours.web.app:app_from_env``. A server
    process: its temporary files (uploads spooled to disk) go to the data folder."""
    from recours.store.cleanup import use_private_tempdir

    settings = Settings.from_env()
    use_private_tempdir(settings.data_dir)
    return create_app(settings, secure_cookies=bool(os.environ.get(SECURE_ENV)))
