"""``recours demo``: a local database with both example dossiers run through the whole
pipeline (contract analysis, evidence, legal analysis, documents) and a demo account.

Each step is independent: a step that fails is reported (with its reason) and the demo
goes on, so that the application can still be explored.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import select

from recours.dossier import load_dossier
from recours.errors import RecoursError
from recours.examples import example_dossiers
from recours.i18n import Lang, T
from recours.settings import Settings
from recours.store import (
    DossierRow,
    Organisation,
    Scope,
    Store,
    User,
    create_organisation,
    create_user,
)
from recours.store.accounts import set_password
from recours.store.repo import create_dossier, delete_dossier
from recours.web import actions
from recours.web.jobs import JobRunner

DEMO_EMAIL = "demo@recours.test"
DEMO_ORG = "Cabinet de démonstration"
DOCUMENTS = (("mise-en-demeure", "docx"), ("mise-en-demeure", "pdf"), ("note", "docx"),
             ("rapport", "pdf"))


@dataclass
class Step:
    name: str
    ok: bool
    detail: str


@dataclass
class DemoDossier:
    reference: str
    public_id: str
    steps: list[Step] = field(default_factory=list)


@dataclass
class DemoReport:
    data_dir: Path
    documents_dir: Path
    email: str
    password: str
    dossiers: list[DemoDossier] = field(default_factory=list)


def demo_account(store: Store) -> tuple[Scope, str]:
    """The demo user (created, or its password renewed) and a fresh password."""
    password = secrets.token_urlsafe(12)
    with store.write() as session:
        org = session.scalars(select(Organisation).where(Organisation.name == DEMO_ORG)).first()
        org = org or create_organisation(session, DEMO_ORG)
        user = session.scalars(select(User).where(User.email == DEMO_EMAIL,
                                                  User.org_id == org.id)).first()
        if user is None:
            user = create_user(session, org, DEMO_EMAIL, password, name="Démo", role="admin")
        else:
            set_password(session, user, password)
            user.session_epoch += 1
        return Scope.of(user), password


def _step(report: DemoDossier, name: str, lang: Lang, work: Callable[[], str]) -> None:
    try:
        report.steps.append(Step(name, True, work()))
    except RecoursError as error:
        report.steps.append(Step(name, False, error.render(lang)))


def _load(store: Store, scope: Scope, path: Path) -> DemoDossier:
    dossier = load_dossier(path)
    with store.write() as session:
        old = session.scalars(select(DossierRow).where(
            DossierRow.org_id == scope.org_id, DossierRow.reference == dossier.reference)).first()
        if old is not None:
            delete_dossier(session, scope, old)
        row = create_dossier(session, scope, dossier)
    return DemoDossier(dossier.reference, row.public_id)


def _contract(store: Store, scope: Scope, item: DemoDossier, path: Path) -> str:
    dossier = load_dossier(path)
    docs = sorted(dossier.contract.documents, key=lambda d: not d.path.endswith(".pdf"))
    if not docs:
        return "—"
    file = path.parent / docs[0].path
    analysis = actions.analyse_contract(store, scope, item.public_id, file.name,
                                        file.read_bytes())
    marks = sum(1 for h in analysis.data.get("highlights", []) if h.get("start") is not None)
    return f"{file.name}: {marks} clause(s)"


def _evidence(store: Store, scope: Scope, item: DemoDossier, path: Path) -> str:
    dossier = load_dossier(path)
    data = {d.id: (Path(d.path).name, (path.parent / d.path).read_bytes())
            for d in dossier.datasets if (path.parent / d.path).is_file()}
    run, model = actions.create_run(store, scope, item.public_id, data, None)
    runner = JobRunner(store)
    runner.start(run.id, actions.run_work(store, model, data, None),
                 actions.run_finish(store, scope, run.dossier_id, run.public_id))
    runner.wait(run.id)
    with store.read() as session:
        done = session.get(type(run), run.id)
        assert done is not None
    if done.status != "done":
        raise RecoursError(T(done.message or "échec", done.message or "failed"))
    verdicts = [r["verdict"] for r in (done.result or {}).get("results", [])]
    return f"{len(verdicts)} résultat(s), {verdicts.count('breach_established')} manquement(s)"


def run_demo(settings: Settings, documents_dir: Path, on: date, lang: Lang = "fr",
             progress: Callable[[str], None] | None = None) -> DemoReport:
    store = Store.open(settings)
    try:
        scope, password = demo_account(store)
        report = DemoReport(settings.data_dir, documents_dir, DEMO_EMAIL, password)
        for path in example_dossiers():
            if progress:
                progress(path.parent.name)
            item = _load(store, scope, path)
            report.dossiers.append(item)
            _pipeline(store, scope, item, path, documents_dir / item.reference, on, lang)
        return report
    finally:
        store.close()


def _pipeline(store: Store, scope: Scope, item: DemoDossier, path: Path, out: Path, on: date,
              lang: Lang) -> None:
    _step(item, "contract", lang, lambda: _contract(store, scope, item, path))
    _step(item, "evidence", lang, lambda: _evidence(store, scope, item, path))
    _step(item, "law", lang, lambda: _law(store, scope, item, on))
    for kind, fmt in DOCUMENTS:
        _step(item, f"{kind}.{fmt}", lang, _document_step(store, scope, item, out, kind, fmt,
                                                          on, lang))


def _document_step(store: Store, scope: Scope, item: DemoDossier, out: Path, kind: str,
                   fmt: str, on: date, lang: Lang) -> Callable[[], str]:
    return lambda: _document(store, scope, item, out, kind, fmt, on, lang)


def _law(store: Store, scope: Scope, item: DemoDossier, on: date) -> str:
    analysis = actions.legal_analysis(store, scope, item.public_id, on)
    fr = analysis.data["fr"]
    return f"{len(fr['findings'])} conclusion(s), {len(fr['deadlines'])} échéance(s)"


def _document(store: Store, scope: Scope, item: DemoDossier, out: Path, kind: str, fmt: str,
              on: date, lang: Lang) -> str:
    row, data = actions.generate_document(store, scope, item.public_id, kind, fmt, on, lang)
    out.mkdir(parents=True, exist_ok=True)
    target = out / row.filename
    target.write_bytes(data)
    return str(target)
