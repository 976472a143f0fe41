"""The guided interview, one page per step, its draft kept server-side; and the same step
forms editing a dossier after its creation (a new version, the optimistic lock, the audit)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response
from starlette.datastructures import FormData, UploadFile

from recours.dossier import Dossier, validate_data
from recours.errors import ConflictError, DossierError, InputError, NotFound
from recours.i18n import T
from recours.store import DossierRow, drafts, repo
from recours.web import steps
from recours.web.context import Ctx
from recours.web.form_edit import data_to_form, merge
from recours.web.forms import CHECKBOXES, FORM_PATH, row_numbers, validate_data_of, validate_form
from recours.web.interview_view import choices
from recours.web.pages.common import CSRF, CTX, redirect, render
from recours.web.steps import STEPS, Step

router = APIRouter(include_in_schema=False)
MAX_VALUE = 20_000  # characters of one field


def _step(key: str) -> Step:
    found = steps.BY_KEY.get(key)
    if found is None:
        raise NotFound(T("étape inconnue", "unknown step"), where=key)
    return found


Files = dict[str, tuple[str, bytes]]


async def _posted(request: Request) -> tuple[dict[str, str], Files, str]:
    """The fields posted (several values of one field joined by commas), the files (name,
    content; each upload read and closed here), the button pressed."""
    form: FormData = await request.form()
    fields: dict[str, str] = {}
    files: Files = {}
    for key in form:
        values = form.getlist(key)
        texts = [v for v in values if isinstance(v, str)]
        for upload in values:
            if isinstance(upload, UploadFile):
                if upload.filename and key not in files:
                    files[key] = (upload.filename, await upload.read())
                await upload.close()
        if texts or not values:
            fields[key] = ", ".join(t[:MAX_VALUE] for t in texts if t) if len(texts) > 1 \
                else (texts[0][:MAX_VALUE] if texts else "")
    return fields, files, fields.pop("go", "next")


def _page(ctx: Ctx, step: Step, values: dict[str, str], problems: dict[str, list[str]],
          status_code: int = 200, **extra: Any) -> HTMLResponse:
    return render(ctx, "interview.html", status_code=status_code, step=step, steps=STEPS,
                  index=steps.position(step), values=values, problems=problems,
                  general=steps.general(problems), **choices(values, ctx.lang), **extra)


def _keep_uploads(ctx: Ctx, files: Files, fields: dict[str, str],
                  keep: Any) -> dict[str, list[str]]:
    """Keep each pièce's uploaded file (``keep(filename, data)`` → stored SHA-256 and name)
    and point its row at it; the problems of refused files, by field."""
    problems: dict[str, list[str]] = {}
    for key, (filename, data) in files.items():
        if not key.startswith("exhibit_upload_"):
            continue
        row = key.rsplit("_", 1)[-1]
        try:
            sha, name = keep(filename, data)
        except InputError as error:
            problems[key] = [error.render(ctx.lang)]
            continue
        fields[f"exhibit_sha256_{row}"] = sha
        fields[f"exhibit_file_{row}"] = f"pieces/{name}"
        if not fields.get(f"exhibit_title_{row}"):
            fields[f"exhibit_title_{row}"] = name
    return problems


# The new case file, step by step ---------------------------------------------------------

LAST_STEP = "_step"  # the draft's note of the step last saved (no step owns it)


@router.get("/interview", response_class=HTMLResponse)
def interview_start(ctx: Ctx = CTX) -> Response:
    """The interview where the user left it (its first step when none is under way)."""
    with ctx.store.read() as session:
        last = drafts.load(session, ctx.scope).get(LAST_STEP, "")
    return redirect(f"/interview/{steps.BY_KEY.get(last, STEPS[0]).key}")


@router.post("/interview/restart", dependencies=CSRF)
def interview_restart(ctx: Ctx = CTX) -> Response:
    with ctx.store.write() as session:
        drafts.clear(session, ctx.scope)
    return redirect(f"/interview/{STEPS[0].key}")


@router.get("/interview/{key}", response_class=HTMLResponse)
def interview_step(key: str, ctx: Ctx = CTX) -> HTMLResponse:
    step = _step(key)
    with ctx.store.read() as session:
        values = drafts.load(session, ctx.scope)
    return _page(ctx, step, values, {}, mode="new")


@router.post("/interview/{key}", dependencies=CSRF, response_class=HTMLResponse)
async def interview_save(key: str, request: Request, ctx: Ctx = CTX) -> Response:
    """Keep the step's fields in the draft, whatever they hold; then go back, forward (once
    the step is valid) or create the dossier (once all steps are)."""
    step = _step(key)
    fields, files, go = await _posted(request)
    max_bytes = ctx.store.settings.max_upload_mb * 1024 * 1024
    with ctx.store.write() as session:
        draft = drafts.load(session, ctx.scope)
        upload_problems = _keep_uploads(ctx, files, fields, lambda name, data: (
            (c := drafts.add_file(session, ctx.scope, name, data, max_bytes)).sha256,
            c.filename))
        draft = {k: v for k, v in draft.items() if not step.owns(k)}
        draft.update({k: v for k, v in fields.items() if step.owns(k)})
        draft[LAST_STEP] = step.key
        drafts.save(session, ctx.scope, draft)
    if go.startswith("step:"):
        return redirect(f"/interview/{_step(go[5:]).key}")
    if go == "back":
        return redirect(f"/interview/{steps.following(step, -1).key}")
    _, problems = validate_form(draft, ctx.lang)
    problems = {**problems, **upload_problems}
    if go == "create":
        return _create(ctx, draft, problems)
    mine = steps.of_step(problems, step)
    if mine:
        return _page(ctx, step, draft, mine, status_code=422, mode="new")
    return redirect(f"/interview/{steps.following(step, 1).key}")


def _create(ctx: Ctx, draft: dict[str, str], problems: dict[str, list[str]]) -> Response:
    dossier, _ = validate_form(draft, ctx.lang)
    if dossier is not None and not problems:
        try:
            with ctx.store.write() as session:
                row = repo.create_dossier(session, ctx.scope, dossier)
                kept = drafts.files(session, ctx.scope)
                for x in dossier.exhibits:
                    if x.sha256 in kept:
                        name, data = kept[x.sha256]
                        ctx.store.add_file(session, ctx.scope, row, "other", name, data)
                drafts.clear(session, ctx.scope)
            return redirect(f"/dossiers/{row.public_id}")
        except InputError as error:
            problems = {"reference": [ctx.say(error.message)]}
    step = steps.first_with_problems(problems)
    shown = (steps.of_step(problems, step) if step is not None
             else {k: v for k, v in problems.items() if steps.step_of(k) is None})
    step = step or STEPS[-1]
    return _page(ctx, step, draft, shown, status_code=422, mode="new", incomplete=True,
                 pending=steps.elsewhere(problems, step))


# Editing a dossier through the same forms ---------------------------------------------

def _current(ctx: Ctx, public_id: str) -> tuple[DossierRow, dict[str, Any]]:
    with ctx.store.read() as session:
        row = repo.get_owned(session, ctx.scope, DossierRow, public_id)
        return row, dict(row.data)


@router.get("/dossiers/{public_id}/edit/{key}", response_class=HTMLResponse)
def edit_form(public_id: str, key: str, ctx: Ctx = CTX) -> HTMLResponse:
    step = _step(key)
    row, data = _current(ctx, public_id)
    ctx.scope.require_write()  # a reader is told at once, not after typing
    return _page(ctx, step, data_to_form(data), {}, mode="edit", row=row,
                 version=row.version)


def _version(value: str) -> int:
    return int(value) if value.isdigit() and len(value) < 13 else 0


def _unposted(current: dict[str, Any], step: Step) -> dict[str, str]:
    """The dossier as form fields, less the step's checkboxes (an unticked box is not posted:
    it must not come back from the dossier)."""
    return {k: v for k, v in data_to_form(current).items()
            if not (step.owns(k) and k.startswith(CHECKBOXES))}


def _build(current: dict[str, Any], fields: dict[str, str], step: Step,
           lang: str) -> tuple[Dossier | None, dict[str, list[str]]]:
    """The dossier with ``step``'s sections taken from the posted ``fields``."""
    form = _unposted(current, step)  # what the step does not post (party ids) stays
    form.update({k: v for k, v in fields.items() if step.owns(k)})
    from recours.web.forms import form_to_data

    new = form_to_data(form)
    sizes = {s: len(current.get(s) or []) for s in ("timeline", "datasets", "commitments",
                                                    "losses", "exhibits", "proof")}
    origins: dict[str, list[int | None]] = {
        s: [i if i < sizes[s] else None for i in rows] for s, rows in row_numbers(form).items()}
    data = merge(current, new, step.sections, origins)
    _, problems = validate_data_of(data, form, lang)  # type: ignore[arg-type]
    if problems:
        return None, problems
    try:
        return validate_data(data, FORM_PATH), {}
    except DossierError as error:  # pragma: no cover - validate_data_of saw the same data
        return None, {"": [error.render(lang)]}  # type: ignore[arg-type]


@router.post("/dossiers/{public_id}/edit/{key}", dependencies=CSRF, response_class=HTMLResponse)
async def edit_save(public_id: str, key: str, request: Request, ctx: Ctx = CTX) -> Response:
    """Save the step's sections as a new version if the dossier is still at the version the
    form was loaded at; on a problem or a concurrent change, the user's input comes back."""
    step = _step(key)
    fields, files, _ = await _posted(request)
    version = _version(fields.pop("version", ""))
    row, _ = _current(ctx, public_id)
    ctx.scope.require_write()

    def keep(name: str, data: bytes) -> tuple[str, str]:
        with ctx.store.write() as session:
            target = repo.get_owned(session, ctx.scope, DossierRow, public_id)
            kept = ctx.store.add_file(session, ctx.scope, target, "other", name, data)
            return kept.sha256, kept.filename

    problems = _keep_uploads(ctx, files, fields, keep)
    values = {**_unposted(row.data, step), **{k: v for k, v in fields.items() if step.owns(k)}}
    try:
        with ctx.store.write() as session:
            row = repo.get_owned(session, ctx.scope, DossierRow, public_id, lock=True)
            repo.check_version(row, version)
            dossier, found = _build(dict(row.data), fields, step, ctx.lang)
            problems = {**found, **problems}
            if dossier is not None and not problems:
                repo.update_dossier(session, ctx.scope, row, dossier,
                                    action=f"dossier.edit.{step.key}", expected_version=version)
                return redirect(f"/dossiers/{public_id}")
    except ConflictError as error:
        current, _ = _current(ctx, public_id)
        return _page(ctx, step, values, {}, status_code=409, mode="edit", row=current,
                     version=current.version, conflict=ctx.say(error.message))
    return _page(ctx, step, values, steps.of_step(problems, step) or problems,
                 status_code=422, mode="edit", row=row, version=version,
                 pending=steps.elsewhere(problems, step))
