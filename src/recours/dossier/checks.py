"""Cross-section checks a single field cannot make: references, uniqueness, chronology."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from recours.dossier.commitments import FAIRNESS_METRICS
from recours.dossier.model import Dossier
from recours.dossier.parties import PartyRole
from recours.dossier.timeline import EventType
from recours.i18n import T

Loc = tuple[str | int, ...]


@dataclass(frozen=True)
class Problem:
    """One problem in a dossier: where (a path of keys and indexes), what, how to fix."""

    loc: Loc
    message: T
    fix: T


def check(dossier: Dossier) -> list[Problem]:
    """Every consistency problem of a dossier already valid field by field."""
    return [
        *_unique_ids(dossier),
        *_roles(dossier),
        *_party_references(dossier),
        *_commitments(dossier),
        *_chronology(dossier),
        *_losses(dossier),
        *_exhibits(dossier),
    ]


def _unique_ids(d: Dossier) -> Iterator[Problem]:
    sections: dict[str, list[str]] = {
        "parties": [p.id for p in d.parties],
        "commitments": [c.id for c in d.commitments],
        "datasets": [x.id for x in d.datasets],
        "losses": [x.id for x in d.losses],
        "exhibits": [x.id for x in d.exhibits],
    }
    for section, ids in sections.items():
        seen: set[str] = set()
        for index, ident in enumerate(ids):
            if ident in seen:
                yield Problem(
                    (section, index, "id"),
                    T(f"identifiant « {ident} » en double", f"duplicate id '{ident}'"),
                    T(
                        "donnez un identifiant unique à chaque élément",
                        "give each item a unique id",
                    ),
                )
            seen.add(ident)


def _roles(d: Dossier) -> Iterator[Problem]:
    for role, fr in ((PartyRole.CLIENT, "client"), (PartyRole.VENDOR, "fournisseur")):
        if not d.parties_with_role(role):
            yield Problem(
                ("parties",),
                T(
                    f"aucune partie n'a le rôle « {role.value} » ({fr})",
                    f"no party has the role '{role.value}'",
                ),
                T(
                    f"ajoutez une partie avec « role: {role.value} »",
                    f"add a party with 'role: {role.value}'",
                ),
            )


def _party_references(d: Dossier) -> Iterator[Problem]:
    known = {p.id for p in d.parties}
    refs: list[tuple[Loc, str | None]] = [(("ai_system", "provider"), d.ai_system.provider)]
    refs += [(("ai_system", "ai_act", "roles", pid), pid) for pid in d.ai_system.ai_act.roles]
    refs += [(("facts", "configured_by"), d.facts.configured_by)]
    for i, event in enumerate(d.timeline):
        refs += [(("timeline", i, "by"), event.by), (("timeline", i, "to"), event.to)]
    for i, related in enumerate(d.contract.related_contracts):
        refs += [(("contract", "related_contracts", i, "parties"), p) for p in related.parties]
    for loc, pid in refs:
        if pid is not None and pid not in known:
            yield Problem(
                loc,
                T(f"la partie « {pid} » n'existe pas", f"party '{pid}' does not exist"),
                T(
                    "utilisez l'identifiant d'une partie déclarée : " + ", ".join(sorted(known)),
                    "use the id of a declared party: " + ", ".join(sorted(known)),
                ),
            )


def _commitments(d: Dossier) -> Iterator[Problem]:
    datasets = {x.id for x in d.datasets}
    for i, c in enumerate(d.commitments):
        if c.dataset is not None and c.dataset not in datasets:
            yield Problem(
                ("commitments", i, "dataset"),
                T(
                    f"le jeu de données « {c.dataset} » n'est pas déclaré",
                    f"dataset '{c.dataset}' is not declared",
                ),
                T(
                    "déclarez-le dans « datasets » ou corrigez l'identifiant",
                    "declare it under 'datasets' or fix the id",
                ),
            )
        if c.metric in FAIRNESS_METRICS and not c.group_by:
            yield Problem(
                ("commitments", i, "group_by"),
                T(
                    f"la métrique d'équité « {c.metric.value} » exige « group_by »",
                    f"fairness metric '{c.metric.value}' needs 'group_by'",
                ),
                T(
                    "indiquez la colonne des groupes, par ex. « group_by: age_group »",
                    "name the group column, e.g. 'group_by: age_group'",
                ),
            )


# (later event, earlier event, French wording, English wording)
_ORDER: tuple[tuple[EventType, EventType, str, str], ...] = (
    (EventType.ACCEPTANCE, EventType.DELIVERY, "la recette", "acceptance"),
    (
        EventType.FORMAL_NOTICE_RECEIVED,
        EventType.FORMAL_NOTICE_SENT,
        "la réception de la mise en demeure",
        "receipt of the formal notice",
    ),
    (
        EventType.MEDIATION_END,
        EventType.MEDIATION_START,
        "la fin de la médiation",
        "the end of mediation",
    ),
    (EventType.JUDGMENT, EventType.LEGAL_ACTION, "le jugement", "the judgment"),
)
_AFTER_SIGNATURE = (EventType.DELIVERY, EventType.ACCEPTANCE, EventType.GO_LIVE)


def _chronology(d: Dossier) -> Iterator[Problem]:
    signature = d.first_event(EventType.SIGNATURE)
    signed_on = (
        min(d.contract.concluded_on, signature.date) if signature else (d.contract.concluded_on)
    )
    for i, event in enumerate(d.timeline):
        if event.type in _AFTER_SIGNATURE and event.date < signed_on:
            yield Problem(
                ("timeline", i, "date"),
                T(
                    f"chronologie impossible : « {event.type.value} » le {event.date} "
                    f"précède la signature du contrat ({signed_on})",
                    f"impossible chronology: '{event.type.value}' on {event.date} "
                    f"precedes the signature of the contract ({signed_on})",
                ),
                T(
                    "vérifiez la date de l'événement et « contract.concluded_on »",
                    "check the event date and 'contract.concluded_on'",
                ),
            )
    for later, earlier, fr, en in _ORDER:
        first = d.first_event(earlier)
        for i, event in enumerate(d.timeline):
            if event.type != later:
                continue
            if first is None or event.date < first.date:
                before = T(
                    f"avant tout événement « {earlier.value} »",
                    f"before any '{earlier.value}' event",
                )
                if first is not None:
                    before = T(
                        f"avant « {earlier.value} » du {first.date}",
                        f"before '{earlier.value}' on {first.date}",
                    )
                yield Problem(
                    ("timeline", i, "date"),
                    T(
                        f"chronologie impossible : {fr} ({event.date}) ",
                        f"impossible chronology: {en} ({event.date}) ",
                    )
                    + before,
                    T(
                        f"ajoutez l'événement « {earlier.value} » ou corrigez les dates",
                        f"add the '{earlier.value}' event or fix the dates",
                    ),
                )


def _losses(d: Dossier) -> Iterator[Problem]:
    for i, loss in enumerate(d.losses):
        low = loss.low.amount if loss.low else loss.amount.amount
        high = loss.high.amount if loss.high else loss.amount.amount
        if not low <= loss.amount.amount <= high:
            yield Problem(
                ("losses", i, "amount"),
                T(
                    "le montant doit être compris entre « low » et « high »",
                    "the amount must lie between 'low' and 'high'",
                ),
                T("corrigez la fourchette d'estimation", "fix the estimate range"),
            )


def _exhibits(d: Dossier) -> Iterator[Problem]:
    known = {x.id for x in d.exhibits}
    runs = {r.id for r in d.evidence_runs}
    parties = {p.id for p in d.parties}
    for i, x in enumerate(d.exhibits):
        if x.evidence_run is not None and x.evidence_run not in runs:
            yield Problem(
                ("exhibits", i, "evidence_run"),
                T(f"la campagne de mesure « {x.evidence_run} » n'existe pas",
                  f"evidence run '{x.evidence_run}' does not exist"),
                T("utilisez l'identifiant d'une campagne de « evidence_runs »",
                  "use the id of a run under 'evidence_runs'"),
            )
    for i, fp in enumerate(d.proof):
        for j, ref in enumerate(fp.exhibits):
            if ref not in known:
                yield Problem(
                    ("proof", i, "exhibits", j),
                    T(f"la pièce « {ref} » n'est pas déclarée", f"exhibit '{ref}' is not declared"),
                    T("déclarez-la dans « exhibits » ou corrigez le numéro",
                      "declare it under 'exhibits' or fix the number"),
                )
        if fp.status == "documented" and not fp.exhibits:
            yield Problem(
                ("proof", i, "exhibits"),
                T("un fait « documented » doit citer au moins une pièce",
                  "a 'documented' fact must name at least one exhibit"),
                T("ajoutez les numéros de pièces ou mettez « status: alleged »",
                  "add the exhibit numbers or set 'status: alleged'"),
            )
        if fp.status == "established" and fp.basis is None:
            yield Problem(
                ("proof", i, "basis"),
                T("un fait « established » doit dire sur quoi il repose (expert, constat, "
                  "admission, statistical_breach)",
                  "an 'established' fact must say what establishes it (expert, constat, "
                  "admission, statistical_breach)"),
                T("ajoutez « basis: … »", "add 'basis: …'"),
            )
        if fp.contested_by is not None and fp.contested_by not in parties:
            yield Problem(
                ("proof", i, "contested_by"),
                T(f"la partie « {fp.contested_by} » n'existe pas",
                  f"party '{fp.contested_by}' does not exist"),
                T("utilisez l'identifiant d'une partie déclarée",
                  "use the id of a declared party"),
            )
