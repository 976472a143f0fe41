"""What a rule reads: the dossier, the analysis date, articles, parameters, earlier results.

Rules build their findings with :meth:`Context.make`, which resolves citations against the
article store (the version used), checks that every citation is declared by the rule, adds
version caveats (transitional law) and writes the trace.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from recours.dossier import (
    CommitmentResult,
    Dossier,
    Event,
    EventType,
    LegalFacts,
    Party,
    PartyKind,
    Verdict,
)
from recours.errors import LawError
from recours.i18n import T
from recours.law import proof
from recours.law.articles import ArticleStore
from recours.law.case_law import Decision, load_case_law
from recours.law.deadlines import Deadline
from recours.law.engine import (
    Citation,
    FactUse,
    Finding,
    MissingFact,
    Rule,
    Status,
    Strength,
)
from recours.law.parameters import Parameters, ParamValue


class Context:
    """Everything a rule may read. The analysis date ``on`` is always given, never guessed."""

    def __init__(self, dossier: Dossier, on: date, articles: ArticleStore,
                 params: Parameters) -> None:
        self.dossier = dossier
        self.on = on
        self.articles = articles
        self.params = params
        self.rule: Rule | None = None
        self.results: dict[str, list[Finding]] = {}
        self._resolved: tuple[int, dict[str, list[Finding]]] | None = None
        self.reform_date: date = dated_law(params, "fr.ord_2016_131.reform_date", on)
        self.former_law: bool = dossier.contract.concluded_on < self.reform_date
        self._proof: dict[str, proof.ProofState] | None = None

    # Facts ---------------------------------------------------------------------------
    @property
    def facts(self) -> LegalFacts:
        return self.dossier.facts

    @property
    def concluded_on(self) -> date:
        return self.dossier.contract.concluded_on

    def fact(self, path: str, value: Any, fr: str, en: str) -> FactUse:
        return FactUse(path, value, T(fr, en))

    def ask(self, path: str, fr: str, en: str) -> MissingFact:
        return MissingFact(path, T(fr, en))

    def events(self, *types: EventType) -> list[Event]:
        """Events of these types up to the analysis date (later events are ignored)."""
        return [e for e in self.dossier.events(*types) if e.date <= self.on]

    def first(self, *types: EventType) -> Event | None:
        found = self.events(*types)
        return found[0] if found else None

    def last(self, *types: EventType) -> Event | None:
        found = self.events(*types)
        return found[-1] if found else None

    def by_client(self, *types: EventType) -> list[Event]:
        """Events of these types the client made (or whose sender is not recorded): a formal
        notice or a claim counts for the client only if it came from the client's side."""
        client = self.client
        others = {p.id for p in self.dossier.parties if client is None or p.id != client.id}
        return [e for e in self.events(*types) if e.by is None or e.by not in others]

    def client_notice(self, *, last: bool = False) -> Event | None:
        """The client's formal notice (art. 1231, 1226, 1344), the first or the last."""
        found = self.by_client(EventType.FORMAL_NOTICE_SENT)
        return (found[-1] if last else found[0]) if found else None

    @property
    def client(self) -> Party | None:
        return self.dossier.client

    @property
    def vendor(self) -> Party | None:
        return self.dossier.vendor

    def is_consumer_client(self) -> bool:
        return self.client is not None and self.client.kind is PartyKind.CONSUMER

    def price_paid(self) -> tuple[Decimal, date | None, str]:
        """Sum actually paid (payment schedule), date of the first payment, currency."""
        paid = [p for p in self.dossier.contract.payment_schedule if p.paid_on and p.paid_on <= self.on]
        total = sum((p.amount.amount for p in paid), Decimal(0))
        currency = paid[0].amount.currency if paid else self._currency()
        return total, min((p.paid_on for p in paid if p.paid_on), default=None), currency

    def unpaid(self) -> list[Any]:
        return [p for p in self.dossier.contract.payment_schedule
                if p.paid_on is None or p.paid_on > self.on]

    def _currency(self) -> str:
        price = self.dossier.contract.price
        return price.amount.currency if price else "EUR"

    # Evidence --------------------------------------------------------------------------
    def commitment_results(self) -> list[CommitmentResult]:
        """The latest result per commitment (and window/group), from runs up to ``on``."""
        runs = sorted((r for r in self.dossier.evidence_runs if r.run_at.date() <= self.on),
                      key=lambda r: r.run_at)
        latest: dict[tuple[str, str | None, str | None], CommitmentResult] = {}
        for run in runs:
            for res in run.results:
                latest[(res.commitment_id, res.window, res.group)] = res
        return list(latest.values())

    def breaches(self) -> list[CommitmentResult]:
        return [r for r in self.commitment_results() if r.verdict is Verdict.BREACH]

    def evidence_state(self) -> str:
        """``breach`` (proof of non-conformity), ``no_breach`` (runs, none established) or
        ``none`` (no run: the fact is missing, not false). A pièce that documents or
        establishes the non-conformity (expert report, constat, tickets…) proves it too."""
        results = self.commitment_results()
        if any(r.verdict is Verdict.BREACH for r in results) or self.non_conformity_proof():
            return "breach"
        return "no_breach" if results else "none"

    def breach_facts(self) -> list[FactUse]:
        out = []
        by_pieces = self.non_conformity_proof()
        if by_pieces is not None:
            key, state = by_pieces
            out.append(self.fact(key, str(state.status),
                                 f"non-conformité {proof.describe(state, 'fr')}",
                                 f"non-conformity {proof.describe(state, 'en')}"))
        for res in self.breaches():
            where = f"evidence_runs[].results[{res.commitment_id}]"
            c = self.dossier.commitment(res.commitment_id)
            label = (c.label if c and c.label else res.commitment_id)
            est = "?" if res.estimate is None else f"{res.estimate:.4g}"
            est_fr = est.replace(".", ",")
            sign = {">=": "≥", "<=": "≤"}.get(str(res.comparator), str(res.comparator))
            out.append(self.fact(where, str(res.verdict),
                                 f"manquement établi : {label} — mesuré {est_fr}, engagement "
                                 f"{sign} {f'{res.threshold:g}'.replace('.', ',')} "
                                 f"(n = {res.n})",
                                 f"breach established: {label} — measured {est}, commitment "
                                 f"{res.comparator} {res.threshold:g} ({res.method}, n={res.n})"))
        return out

    # Proof ----------------------------------------------------------------------------
    @property
    def proof_index(self) -> dict[str, proof.ProofState]:
        if self._proof is None:
            self._proof = proof.proof_index(self.dossier)
        return self._proof

    def proof_of(self, path: str, value: Any = None) -> proof.ProofState:
        """The proof state of a fact: alleged, documented, established or contested."""
        return proof.state_of(self.proof_index, path, value)

    def non_conformity_proof(self) -> tuple[str, proof.ProofState] | None:
        """The pièces proving the non-conformity (not a statistical run), if any."""
        if not self.dossier.exhibits and not self.dossier.proof:
            return None
        return proof.non_conformity_proof(self.proof_index)

    def proof_report(self, facts: Sequence[FactUse], status: Status) -> proof.ProofReport:
        if status is Status.INFO and not self.dossier.exhibits and not self.dossier.proof:
            return proof.ProofReport((), applies=False)
        return proof.report(self.proof_index, facts)

    # Parameters and earlier results ------------------------------------------------------
    def param(self, key: str, on: date) -> ParamValue:
        return self.params.at(key, on)

    def found(self, rule_id: str, *statuses: Status) -> list[Finding]:
        chosen = self.results.get(rule_id, [])
        return [f for f in chosen if not statuses or f.status in statuses]

    def has(self, rule_id: str, *statuses: Status) -> bool:
        return bool(self.found(rule_id, *(statuses or (Status.MET,))))

    def effective(self, rule_id: str, *statuses: Status) -> list[Finding]:
        """Findings of a rule run so far that no declared exception run so far overrides."""
        from recours.law.engine import REGISTRY, resolve_exceptions

        if rule_id not in _overridable():
            return [f for f in self.results.get(rule_id, [])
                    if not statuses or f.status in statuses]
        key = len(self.results)
        if self._resolved is None or self._resolved[0] != key:
            flat = [f for found in self.results.values() for f in found]
            resolved: dict[str, list[Finding]] = {}
            for f in resolve_exceptions(flat, REGISTRY):
                resolved.setdefault(f.rule, []).append(f)
            self._resolved = (key, resolved)
        return [f for f in self._resolved[1].get(rule_id, []) if f.effective
                and (not statuses or f.status in statuses)]

    def open_ground(self, rule_id: str) -> bool:
        """A ground is open when its effective finding is met or partial."""
        return bool(self.effective(rule_id, Status.MET, Status.PARTIAL))

    # Building findings ---------------------------------------------------------------------
    def cite(self, article_id: str, pinpoint: str | None = None) -> Citation:
        cache = _CITATIONS.setdefault(id(self.articles), {})
        key = (article_id, pinpoint)
        if key not in cache:
            cache[key] = self._cite(article_id, pinpoint)
        return cache[key]

    def _cite(self, article_id: str, pinpoint: str | None) -> Citation:
        art = self.articles.get_ref(article_id)
        version = art.version
        if art.in_force_since:
            version = f"{art.identifier or art.id}, en vigueur depuis le {art.in_force_since}"
        return Citation(art.id, art.ref, art.identifier, version, art.address, art.certainty,
                        pinpoint)

    def make(self, *, conclusion: T, status: Status, strength: Strength,
             facts: Sequence[FactUse], cites: Iterable[str] | None = None,
             missing: Sequence[MissingFact] = (), counter: Sequence[T] = (),
             caveats: Sequence[T] = (), params: Sequence[ParamValue] = (),
             data: Mapping[str, Any] | None = None, deadline: Deadline | None = None,
             suffix: str | None = None, uncertain: bool = False, notes: Sequence[T] = (),
             pinpoints: Mapping[str, str] | None = None, assessment: Any = None,
             decisions: Iterable[str] = ()) -> Finding:
        rule = self._current()
        chosen = tuple(cites) if cites is not None else rule.cites
        undeclared = [c for c in chosen if c not in rule.cites]
        if undeclared:
            raise LawError(T(f"citation non déclarée par la règle : {undeclared}",
                             f"citation not declared by the rule: {undeclared}"), where=rule.id)
        citations = tuple(self.cite(c, (pinpoints or {}).get(c)) for c in chosen)
        cases = self._decisions(rule, decisions)
        version_caveats = self._version_caveats(chosen)
        all_caveats = (*caveats, *version_caveats, *_decision_caveats(cases))
        uncertain = uncertain or bool(version_caveats) or any(
            self.articles[c.article].uncertain for c in citations) or any(
            d.doubtful for d in cases)
        return Finding(
            id=f"{rule.id}#{suffix}" if suffix else rule.id, rule=rule.id, area=rule.area,
            title=rule.title, conclusion=conclusion, status=status, strength=strength,
            citations=citations, facts=tuple(facts), missing=tuple(missing),
            counter=tuple(counter), caveats=tuple(all_caveats), parameters=tuple(params),
            notes=tuple(notes), data=dict(data or {}), deadline=deadline, uncertain=uncertain,
            exception_to=rule.exception_to, assessment=assessment, decisions=cases,
            proof=self.proof_report(facts, status))

    def _decisions(self, rule: Rule, ids: Iterable[str]) -> tuple[Decision, ...]:
        chosen = tuple(ids)
        undeclared = [d for d in chosen if d not in rule.case_law]
        if undeclared:
            raise LawError(T(f"décision non déclarée par la règle : {undeclared}",
                             f"decision not declared by the rule: {undeclared}"), where=rule.id)
        store = load_case_law()
        return tuple(store[d] for d in chosen)

    def _current(self) -> Rule:
        if self.rule is None:
            raise LawError(T("make() appelé hors d'une règle", "make() called outside a rule"))
        return self.rule

    def _version_caveats(self, article_ids: Iterable[str]) -> list[T]:
        out = []
        for art in (self.articles[self.cite(a).article] for a in article_ids):
            start = art.applies_to_contracts_from
            if start and self.concluded_on < start:
                out.append(T(
                    f"{art.ref} : la rédaction enregistrée ne s'applique qu'aux contrats conclus "
                    f"à compter du {start} (loi n° 2018-287, art. 16) ; contrat conclu le "
                    f"{self.concluded_on} : c'est la rédaction antérieure (non enregistrée) qui "
                    "s'applique — à vérifier.",
                    f"{art.ref}: the stored wording applies only to contracts concluded from "
                    f"{start} (loi n° 2018-287, art. 16); contract concluded on "
                    f"{self.concluded_on}: the earlier wording (not stored) applies — check it."))
            if art.reform_2016 and self.former_law:
                out.append(T(
                    f"{art.ref} : article issu de la réforme de 2016, cité pour mémoire ; le "
                    "contrat relève de la loi ancienne (ord. n° 2016-131, art. 9).",
                    f"{art.ref}: article of the 2016 reform, cited for reference only; the "
                    "contract is governed by the former law (ord. n° 2016-131, art. 9)."))
        return out


_CITATIONS: dict[int, dict[tuple[str, str | None], Citation]] = {}


def _decision_caveats(cases: Iterable[Decision]) -> list[T]:
    out = []
    for d in cases:
        if d.doubtful:
            points = "; ".join(d.uncertain) or "numéro non relevé"
            out.append(T(f"{d.reference} : décision relevée dans des sources secondaires, points "
                         f"incertains ({points}) — vérifier sur Légifrance/Judilibre avant de "
                         "la citer.", f"{d.reference}: decision read in secondary sources, "
                         f"uncertain points ({points}) — check on Légifrance/Judilibre before "
                         "citing it."))
    return out


def dated_law(params: Parameters, key: str, on: date) -> date:
    """The date a later law picks (e.g. the reform's start), even for an analysis date
    before that law was published: the value is then read at the first date it is known,
    which leaves every contract concluded before it under the former law."""
    param = params[key]
    start = param.versions[0].start
    return param.at(on if on >= start else start).value  # type: ignore[no-any-return]


_OVERRIDABLE: dict[int, frozenset[str]] = {}


def _overridable() -> frozenset[str]:
    """Rules that some declared exception may override (cached per registry size)."""
    from recours.law.engine import REGISTRY

    key = len(REGISTRY)
    if key not in _OVERRIDABLE:
        _OVERRIDABLE[key] = frozenset(r.exception_to for r in REGISTRY.values()
                                      if r.exception_to)
    return _OVERRIDABLE[key]


class Conditions:
    """Collects the conditions of a rule: facts met, facts missing, facts that fail.

    ``status``: NOT_MET when a condition fails, PARTIAL when one is unknown, MET otherwise.
    """

    def __init__(self, *base: FactUse) -> None:
        self.facts: list[FactUse] = list(base)
        self.missing: list[MissingFact] = []
        self.failed: list[str] = []

    def check(self, path: str, value: bool | None, label: tuple[str, str],
              question: tuple[str, str], expected: bool = True) -> bool | None:
        """Record a yes/no condition; ``None`` (unknown) becomes a missing fact."""
        if value is None:
            self.missing.append(MissingFact(path, T(*question)))
            return None
        self.facts.append(FactUse(path, value, T(*label)))
        if value != expected:
            self.failed.append(path)
        return value == expected

    def add(self, *facts: FactUse) -> None:
        self.facts.extend(facts)

    def ask(self, path: str, fr: str, en: str) -> None:
        self.missing.append(MissingFact(path, T(fr, en)))

    def fail(self, fact: FactUse) -> None:
        self.facts.append(fact)
        self.failed.append(fact.path)

    @property
    def status(self) -> Status:
        if self.failed:
            return Status.NOT_MET
        return Status.PARTIAL if self.missing else Status.MET
