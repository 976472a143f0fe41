"""The rule engine: rules, findings, declared exceptions, conflicts and traces.

A *rule* is a small typed function registered with :func:`rule`; it reads a
:class:`~recours.law.context.Context` and returns zero, one or several :class:`Finding`.
A finding cannot exist without citations and triggering facts (checked in its constructor).
Exceptions are declared (Catala style): ``@rule(..., exception_to="base-rule-id")``; when an
exception fires (a finding with status ``met``) the base rule's findings are *overridden*;
two exceptions to the same base firing with different declared ``effect`` raise
:class:`~recours.errors.RuleConflict` naming both.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from types import ModuleType
from typing import TYPE_CHECKING, Any

from recours.errors import LawError, RuleConflict
from recours.i18n import Lang, T
from recours.law.case_law import Decision
from recours.law.deadlines import Deadline
from recours.law.parameters import ParamValue

if TYPE_CHECKING:
    from recours.law.context import Context


class Strength(StrEnum):
    ESTABLISHED = "established"
    ARGUABLE = "arguable"
    WEAK = "weak"


class Status(StrEnum):
    MET = "met"  # the conditions are met: the ground, remedy or effect is available
    PARTIAL = "partial"  # some conditions are met, others still unknown (see ``missing``)
    NOT_MET = "not_met"  # excluded by the facts
    INFO = "info"  # a statement (qualification, regime, deadline, amount)


class Area(StrEnum):
    REGIME = "regime"
    QUALIFICATION = "qualification"
    EVIDENCE = "evidence"
    GROUND = "ground"
    REMEDY = "remedy"
    CLAUSE = "clause"
    DEADLINE = "deadline"
    DAMAGES = "damages"
    AI_ACT = "ai_act"
    CONSUMER = "consumer"
    PRODUCT = "product"
    STRATEGY = "strategy"


@dataclass(frozen=True, slots=True)
class FactUse:
    """A fact of the dossier that triggered the rule: where it is, its value, what it means."""

    path: str
    value: Any
    label: T

    def to_dict(self, lang: Lang) -> dict[str, Any]:
        return {"path": self.path, "value": _jsonable(self.value), "label": self.label.render(lang)}


@dataclass(frozen=True, slots=True)
class MissingFact:
    """A fact the user must still supply, as a question."""

    path: str
    question: T

    def to_dict(self, lang: Lang) -> dict[str, Any]:
        return {"path": self.path, "question": self.question.render(lang)}


@dataclass(frozen=True, slots=True)
class Citation:
    """An article applied, resolved against the article store (the version used)."""

    article: str
    ref: str
    identifier: str | None = None
    version: str | None = None
    address: str | None = None
    certainty: str = "unknown"
    pinpoint: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"article": self.article, "ref": self.ref, "identifier": self.identifier,
                "version": self.version, "address": self.address, "certainty": self.certainty,
                "pinpoint": self.pinpoint}


@dataclass(frozen=True, slots=True)
class Step:
    """One line of a finding's trace: facts → rules → parameters → citations."""

    kind: str  # fact | rule | exception | parameter | citation | note
    text: T

    def to_dict(self, lang: Lang) -> dict[str, str]:
        return {"kind": self.kind, "text": self.text.render(lang)}


@dataclass(frozen=True)
class Finding:
    """A conclusion of the engine. Refuses to exist without citations and triggering facts."""

    id: str
    rule: str
    area: Area
    title: T
    conclusion: T
    status: Status
    strength: Strength
    citations: tuple[Citation, ...]
    facts: tuple[FactUse, ...]
    missing: tuple[MissingFact, ...] = ()
    counter: tuple[T, ...] = ()
    caveats: tuple[T, ...] = ()
    parameters: tuple[ParamValue, ...] = ()
    notes: tuple[T, ...] = ()
    data: Mapping[str, Any] = field(default_factory=dict)
    deadline: Deadline | None = None
    uncertain: bool = False
    exception_to: str | None = None
    overridden_by: tuple[str, ...] = ()
    assessment: Any = field(default=None, compare=False)  # e.g. the damages assessment
    decisions: tuple[Decision, ...] = ()  # case law relied on (law/data/case_law)
    proof: Any = field(default=None, compare=False)  # a recours.law.proof.ProofReport

    def __post_init__(self) -> None:
        if not self.citations:
            raise LawError(T(f"constat « {self.id} » sans citation : refusé",
                             f"finding '{self.id}' without citations: refused"), where=self.rule)
        if not self.facts:
            raise LawError(T(f"constat « {self.id} » sans fait déclencheur : refusé",
                             f"finding '{self.id}' without triggering facts: refused"),
                           where=self.rule)

    @property
    def trace(self) -> tuple[Step, ...]:
        """The "why": facts → rule → exception → parameters → notes → citations."""
        steps = [Step("fact", T(f"{f.path} = {f.value} — {f.label.fr}",
                                f"{f.path} = {f.value} — {f.label.en}")) for f in self.facts]
        steps.append(Step("rule", T(f"règle {self.rule} : {self.title.fr}",
                                    f"rule {self.rule}: {self.title.en}")))
        if self.exception_to:
            steps.append(Step("exception", T(f"exception déclarée à {self.exception_to}",
                                             f"declared exception to {self.exception_to}")))
        steps += [Step("parameter", T(f"{p.key} = {p.value} au {p.on} ({p.reference})",
                                      f"{p.key} = {p.value} on {p.on} ({p.reference})"))
                  for p in self.parameters]
        steps += [Step("note", n) for n in self.notes]
        steps += [Step("decision", T(f"{d.reference} — {d.name}", f"{d.reference} — {d.name}"))
                  for d in self.decisions]
        steps += [Step("citation", T(f"{c.ref} [{c.identifier or 'sans identifiant'}]",
                                     f"{c.ref} [{c.identifier or 'no identifier'}]"))
                  for c in self.citations]
        return tuple(steps)

    @property
    def effective(self) -> bool:
        """Not overridden by a declared exception that fired."""
        return not self.overridden_by

    def to_dict(self, lang: Lang = "fr") -> dict[str, Any]:
        return {
            "id": self.id, "rule": self.rule, "area": str(self.area),
            "title": self.title.render(lang), "conclusion": self.conclusion.render(lang),
            "status": str(self.status), "strength": str(self.strength),
            "citations": [c.to_dict() for c in self.citations],
            "facts": [f.to_dict(lang) for f in self.facts],
            "missing": [m.to_dict(lang) for m in self.missing],
            "counter_arguments": [c.render(lang) for c in self.counter],
            "caveats": [c.render(lang) for c in self.caveats],
            "parameters": [p.to_dict() for p in self.parameters],
            "trace": [s.to_dict(lang) for s in self.trace],
            "data": {k: _jsonable(v) for k, v in self.data.items()},
            "deadline": self.deadline.to_dict(lang) if self.deadline else None,
            "uncertain": self.uncertain, "exception_to": self.exception_to,
            "overridden_by": list(self.overridden_by),
            "case_law": [d.to_dict(lang) for d in self.decisions],
            "proof": self.proof.to_dict(lang) if self.proof is not None else None,
        }


RuleResult = Finding | Iterable[Finding] | None
RuleFunc = Callable[["Context"], RuleResult]


@dataclass(frozen=True)
class Rule:
    id: str
    title: T
    area: Area
    cites: tuple[str, ...]
    func: RuleFunc
    exception_to: str | None = None
    effect: str | None = None
    reformed: bool = False  # rests on articles of the 2016 reform (not applied to older contracts)
    order: int = 100
    module: str = ""
    case_law: tuple[str, ...] = ()  # decision ids the rule may cite (checked by a test)

    @property
    def doc(self) -> str:
        return (self.func.__doc__ or "").strip()


REGISTRY: dict[str, Rule] = {}

#: Packages whose modules are imported (recursively) to register rules. Law II's packages
#: are imported when present; a missing package is skipped.
RULE_PACKAGES = ("recours.law.fr", "recours.law.eu", "recours.law.strategy")


def rule(id: str, *, title: T, area: Area, cites: Iterable[str], exception_to: str | None = None,
         effect: str | None = None, reformed: bool = False, order: int = 100,
         case_law: Iterable[str] = ()) -> Callable[[RuleFunc], RuleFunc]:
    """Register a rule. ``cites``: every article id the rule may cite; ``case_law``: every
    decision id it may cite (both checked by tests)."""

    def register(func: RuleFunc) -> RuleFunc:
        if id in REGISTRY and REGISTRY[id].func.__qualname__ != func.__qualname__:
            raise LawError(T(f"règle en double : {id}", f"duplicate rule: {id}"), where=func.__module__)
        REGISTRY[id] = Rule(id, title, area, tuple(cites), func, exception_to, effect, reformed,
                            order, func.__module__, tuple(case_law))
        return func

    return register


_loaded = False


def load_rules() -> dict[str, Rule]:
    """Import every module of the rule packages once, and return the registry."""
    global _loaded
    if not _loaded:
        for name in RULE_PACKAGES:
            try:
                package = importlib.import_module(name)
            except ModuleNotFoundError as exc:
                if exc.name != name:
                    raise
                continue
            _import_all(package)
        _loaded = True
    return REGISTRY


def _import_all(package: ModuleType) -> None:
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        importlib.import_module(info.name)


def ordered_rules() -> list[Rule]:
    return sorted(load_rules().values(), key=lambda r: (r.order, r.id))


def resolve_exceptions(findings: list[Finding], rules: Mapping[str, Rule]) -> list[Finding]:
    """Mark base findings overridden by exceptions that fired; raise on conflicts."""
    fired = _fired(findings, rules)
    by_base: dict[str, list[str]] = {}
    for rule_id in sorted(fired):
        base = rules[rule_id].exception_to
        if base is not None:
            by_base.setdefault(base, []).append(rule_id)
    for base, exceptions in by_base.items():
        effects = {rules[e].effect for e in exceptions}
        if len(exceptions) > 1 and (len(effects) > 1 or None in effects):
            a, b = exceptions[0], exceptions[1]
            raise RuleConflict(
                T(f"exceptions contradictoires à « {base} » : « {a} » et « {b} » s'appliquent "
                  "ensemble", f"conflicting exceptions to '{base}': '{a}' and '{b}' both apply"),
                where=base,
                fix=T("vérifiez les faits qui déclenchent ces deux exceptions : ils ne peuvent "
                      "être vrais ensemble", "check the facts triggering both exceptions: they "
                      "cannot both be true"),
                details={"base": base, "exceptions": exceptions})
    out = []
    for f in findings:
        over = tuple(by_base.get(f.rule, ()))
        out.append(replace(f, overridden_by=over) if over else f)
    return out


def _fired(findings: list[Finding], rules: Mapping[str, Rule]) -> set[str]:
    """Exceptions that fire: a met finding, and no nested exception to them fires."""
    met = {f.rule for f in findings if f.status is Status.MET and rules[f.rule].exception_to}
    children: dict[str, list[str]] = {}
    for rule_id in met:
        children.setdefault(rules[rule_id].exception_to or "", []).append(rule_id)
    memo: dict[str, bool] = {}

    def fires(rule_id: str) -> bool:
        if rule_id not in memo:
            memo[rule_id] = not any(fires(c) for c in children.get(rule_id, ()))
        return memo[rule_id]

    return {r for r in met if fires(r)}


def _jsonable(value: Any) -> Any:
    from datetime import date
    from decimal import Decimal

    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, StrEnum):
        return str(value)
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    return value
