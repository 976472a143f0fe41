"""The interactive API documentation (``/api/docs``), served entirely by this server.

Swagger UI is vendored under ``static/swagger-ui/`` (the upstream ``swagger-ui-dist`` files,
unchanged, with their Apache-2.0 licence and a ``VERSION`` file giving the version and the
SHA-256 of each file): nothing is fetched from a CDN at run time. The page's start-up code is
the static file ``static/api-docs.js``, so the Content-Security-Policy needs no
``'unsafe-inline'``, and its icon is ``static/favicon.svg``.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from recours.web.context import request_lang

SWAGGER_DIR = Path(__file__).parent / "static" / "swagger-ui"
SWAGGER_VERSION = (SWAGGER_DIR / "VERSION").read_text("utf-8").split()[1]  # e.g. "5.36.0"
OPENAPI_URL = "/api/openapi.json"
DOCS_URL = "/api/docs"

router = APIRouter(include_in_schema=False)


@router.get(DOCS_URL, response_class=HTMLResponse)
def api_docs(request: Request) -> HTMLResponse:
    lang = request_lang(request, None)
    templates = request.app.state.templates
    response: HTMLResponse = templates.TemplateResponse(
        request, "api_docs.html",
        {"request": request, "lang": lang, "version": SWAGGER_VERSION,
         "openapi_url": OPENAPI_URL, "tr": (lambda fr, en: en if lang == "en" else fr)})
    return response
