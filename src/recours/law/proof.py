"""Proof of the facts a finding rests on: alleged, documented, established or contested.

:func:`proof_index` reads the dossier once (exhibits, explicit proof statements, evidence
runs) and gives each fact key its :class:`ProofState`. :class:`ProofReport` is attached to
every finding: the proof status of each triggering fact, the pièces proving it, the level of
the finding (``proven`` / ``alleged`` / ``contested``) and the proof still needed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from recours.dossier import (
    NON_CONFORMITY,
    Dossier,
    ExhibitKind,
    ProofBasis,
    ProofStatus,
    Verdict,
    fact_key,
)
from recours.dossier.proof import KIND_PROOF
from recours.i18n import Lang, T

#: Facts the law reads as allegations to prove (contract terms prove themselves).
PROVABLE = ("facts.", "timeline.", "losses", "evidence_runs", NON_CONFORMITY)
#: Keys under which a pièce may prove the non-conformity itself.
NON_CONFORMITY_KEYS = (NON_CONFORMITY, "facts.defect_description")
_RANK = {ProofStatus.ALLEGED: 0, ProofStatus.DOCUMENTED: 1, ProofStatus.ESTABLISHED: 2}
_STATUS_FR = {ProofStatus.ALLEGED: "allégué", ProofStatus.DOCUMENTED: "documenté",
              ProofStatus.ESTABLISHED: "établi", ProofStatus.CONTESTED: "contesté"}
_BASIS_FR = {ProofBasis.EXPERT: "expertise judiciaire", ProofBasis.CONSTAT: "constat de "
             "commissaire de justice", ProofBasis.ADMISSION: "aveu de l'autre partie",
             ProofBasis.STATISTICAL_BREACH: "manquement établi par mesure statistique",
             ProofBasis.DOCUMENT: "pièces"}


@dataclass(frozen=True, slots=True)
class ProofState:
    status: ProofStatus
    basis: ProofBasis | None = None
    exhibits: tuple[str, ...] = ()

    @property
    def proven(self) -> bool:
        return self.status in (ProofStatus.DOCUMENTED, ProofStatus.ESTABLISHED)


ALLEGED = ProofState(ProofStatus.ALLEGED)


def _merge(old: ProofState | None, new: ProofState) -> ProofState:
    if old is None:
        return new
    exhibits = tuple(dict.fromkeys((*old.exhibits, *new.exhibits)))
    best = new if _RANK.get(new.status, 0) > _RANK.get(old.status, 0) else old
    return ProofState(best.status, best.basis, exhibits)


def _exhibit_state(dossier: Dossier, kind: ExhibitKind, run_id: str | None,
                   exhibit_id: str) -> ProofState:
    if kind is ExhibitKind.EVIDENCE_BUNDLE and run_id is not None:
        run = next((r for r in dossier.evidence_runs if r.id == run_id), None)
        if run is not None and any(r.verdict is Verdict.BREACH for r in run.results):
            return ProofState(ProofStatus.ESTABLISHED, ProofBasis.STATISTICAL_BREACH, (exhibit_id,))
    status, basis = KIND_PROOF.get(kind, (ProofStatus.DOCUMENTED, ProofBasis.DOCUMENT))
    return ProofState(status, basis, (exhibit_id,))


#: Pièces a party writes itself: on their own they prove only that it complained (no one can
#: make proof for oneself) — the fact stays alleged, the pièces listed, until a pièce from
#: another author (the adversary's admission, a third party, an expert, a constat) supports it.
SELF_MADE = frozenset({ExhibitKind.CORRESPONDENCE, ExhibitKind.OTHER})


def _self_made(dossier: Dossier, kind: ExhibitKind, author: str | None) -> bool:
    client = dossier.client
    return kind in SELF_MADE and client is not None and author in (client.id, client.name)


def proof_index(dossier: Dossier) -> dict[str, ProofState]:
    """Proof state by fact key: exhibits first, then the explicit statements (which win)."""
    index: dict[str, ProofState] = {}
    for x in dossier.exhibits:
        state = _exhibit_state(dossier, x.kind, x.evidence_run, x.id)
        if _self_made(dossier, x.kind, x.author):
            state = ProofState(ProofStatus.ALLEGED, None, (x.id,))
        for path in x.supports:
            key = fact_key(path)
            index[key] = _merge(index.get(key), state)
        if x.kind is ExhibitKind.EVIDENCE_BUNDLE and state.basis is ProofBasis.STATISTICAL_BREACH:
            index["evidence_runs"] = _merge(index.get("evidence_runs"), state)
    for fp in dossier.proof:
        key = fact_key(fp.fact)
        basis = fp.basis or (ProofBasis.DOCUMENT if fp.exhibits else None)
        index[key] = ProofState(fp.status, basis, tuple(fp.exhibits))
    return index


def state_of(index: dict[str, ProofState], path: str, value: Any) -> ProofState:
    """The proof state of a triggering fact (a statistical breach proves itself)."""
    key = fact_key(path)
    if key.startswith("evidence_runs"):
        found = index.get("evidence_runs")
        if value == str(Verdict.BREACH):
            return ProofState(ProofStatus.ESTABLISHED, ProofBasis.STATISTICAL_BREACH,
                              found.exhibits if found else ())
        return found or ProofState(ProofStatus.DOCUMENTED, ProofBasis.DOCUMENT)
    return index.get(key, ALLEGED)


def provable(path: str) -> bool:
    return path.startswith(PROVABLE)


@dataclass(frozen=True, slots=True)
class ProofItem:
    path: str
    label: T
    state: ProofState

    def to_dict(self, lang: Lang) -> dict[str, Any]:
        return {"path": self.path, "label": self.label.render(lang),
                "status": str(self.state.status),
                "basis": str(self.state.basis) if self.state.basis else None,
                "exhibits": list(self.state.exhibits)}


@dataclass(frozen=True, slots=True)
class ProofReport:
    """What proves a finding's conditions, and what proof is still needed."""

    items: tuple[ProofItem, ...]
    applies: bool = True  # False for findings that state no condition (info)

    @property
    def level(self) -> str:
        """``proven`` (every condition documented or established), ``contested``,
        ``alleged`` (at least one condition rests on a bare allegation) or ``none``."""
        if not self.items:
            return "none"
        if any(i.state.status is ProofStatus.CONTESTED for i in self.items):
            return "contested"
        return "proven" if all(i.state.proven for i in self.items) else "alleged"

    @property
    def exhibits(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(x for i in self.items for x in i.state.exhibits))

    @property
    def needed(self) -> tuple[T, ...]:
        return tuple(_needed(i) for i in self.items if not i.state.proven)

    def to_dict(self, lang: Lang = "fr") -> dict[str, Any]:
        return {"level": self.level, "items": [i.to_dict(lang) for i in self.items],
                "exhibits": list(self.exhibits),
                "needed": [n.render(lang) for n in self.needed]}


def _needed(item: ProofItem) -> T:
    if item.state.status is ProofStatus.CONTESTED:
        return T(f"Fait contesté — {item.label.fr} ({item.path}) : produire une pièce probante "
                 "(expertise, constat) ou obtenir un aveu.",
                 f"Contested fact — {item.label.en} ({item.path}): produce probative evidence "
                 "(expert report, constat) or obtain an admission.")
    if item.state.exhibits:
        pieces = ", ".join(item.state.exhibits)
        return T(f"Fait allégué, appuyé seulement par les pièces du client lui-même ({pieces}) — "
                 f"{item.label.fr} ({item.path}) : le corroborer par une pièce d'un autre auteur "
                 "(réponse ou tickets du fournisseur, tiers, constat, expertise, mesure "
                 "statistique).",
                 f"Fact alleged, supported only by the client's own pièces ({pieces}) — "
                 f"{item.label.en} ({item.path}): corroborate it with a pièce from another "
                 "author (the vendor's reply or tickets, a third party, constat, expert report, "
                 "statistical measurement).")
    return T(f"Fait seulement allégué — {item.label.fr} ({item.path}) : le documenter par une "
             "pièce (courriels, tickets, PV de recette) ou l'établir (expertise, constat, "
             "mesure statistique).",
             f"Fact only alleged — {item.label.en} ({item.path}): document it with a pièce "
             "(e-mails, tickets, acceptance report) or establish it (expert report, constat, "
             "statistical measurement).")


def report(index: dict[str, ProofState], facts: Sequence[Any]) -> ProofReport:
    """The proof report of a finding's triggering facts (``FactUse`` values)."""
    items = tuple(ProofItem(f.path, f.label, state_of(index, f.path, f.value))
                  for f in facts if provable(f.path))
    return ProofReport(items)


def describe(state: ProofState, lang: Lang = "fr") -> str:
    """« établi (expertise judiciaire : P3) » — for conclusions."""
    status = _STATUS_FR[state.status] if lang == "fr" else str(state.status)
    basis = (_BASIS_FR[state.basis] if lang == "fr" else str(state.basis)) if state.basis else ""
    pieces = ", ".join(state.exhibits)
    inner = " : ".join(p for p in (basis, pieces) if p)
    return f"{status} ({inner})" if inner else status


def non_conformity_proof(index: dict[str, ProofState]) -> tuple[str, ProofState] | None:
    """The pièce-based proof of the non-conformity, when documented or established."""
    found = [(k, index[k]) for k in NON_CONFORMITY_KEYS if k in index and index[k].proven]
    found.sort(key=lambda kv: -_RANK.get(kv[1].status, 0))
    return found[0] if found else None

