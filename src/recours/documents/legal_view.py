"""What the documents need from the legal analysis, as plain values in one language.

Builders never reach into the law engine's objects directly: :func:`legal_view` reads an
analysis — the object ``recours.law.analyse`` returns, or the ``data`` dict saved in
``dossier.analysis`` — and keeps only findings, deadlines, remedies, damages and the plan,
with bilingual texts already rendered in the document's language. Tests build a
:class:`LegalView` directly.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from recours.documents.typography import format_date, format_integer, format_number
from recours.dossier.labels import label_of_value
from recours.i18n import Lang, T

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_STEP_NUMBER = re.compile(r"^\s*\d+\.\s+")
_RAW_IN_PARENS = re.compile(r"\(([a-z]+(?:_[a-z]+)+|integrator|vendor)\)")


def _words(text: str, lang: Lang) -> str:
    """A raw enum value the engine left in parentheses, as the reader's word (« (defect_discovery) »
    → « (découverte du défaut) »)."""
    def one(m: re.Match[str]) -> str:
        word = label_of_value(m.group(1), lang)
        return f"({word[0].lower()}{word[1:]})" if word else m.group(0)
    return _RAW_IN_PARENS.sub(one, text)


#: Decisions of the engine's case law whose holding backs the client (the buyer, the customer)
#: and those the vendor will invoke; the others are neutral (a time limit's regime…).
FOR_THE_CLIENT = frozenset({
    "cass.com.1996-10-22.93-18632",  # Chronopost: a cap contradicting the essential obligation
    "cass.com.2007-02-13.05-17407",  # Faurecia I: non-delivery defeats the limitation clause
    "cass.com.2013-11-26.12-25191",  # complex product: delivered once effectively set up
    "cass.com.2015-02-10.13-24501",  # complex machine: same, despite a reception without reserve
    "cass.com.2013-06-04.12-13002",  # novation is not presumed
})
AGAINST_THE_CLIENT = frozenset({
    "cass.com.2010-06-29.09-11841",  # Faurecia II: a cap that is not derisory stands
    "cass.com.1995-01-03",  # software used four months: tacit reception
    "cass.com.2019-06-05.17-26360",  # the client's duty to collaborate
})
_CHAMBERS = {"chambre commerciale": "com.", "chambre mixte": "ch. mixte",
             "première chambre civile": "civ. 1re", "troisième chambre civile": "civ. 3e"}


@dataclass(frozen=True, slots=True)
class CaseRef:
    """A decision a finding relies on, as a document cites it."""

    id: str
    court: str
    chamber: str
    on: date
    number: str | None
    name: str
    holding: str
    doubtful: bool  # a point of it (number, date, holding) is not fully sourced

    @property
    def side(self) -> str:
        """« client » when its holding backs the client, « adverse » when the vendor will
        invoke it, « neutral » otherwise."""
        if self.id in FOR_THE_CLIENT:
            return "client"
        return "adverse" if self.id in AGAINST_THE_CLIENT else "neutral"

    def reference(self, lang: Lang) -> str:
        """« Cass. com., 22 octobre 1996, n° 93-18.632 »."""
        court = "Cass." if self.court == "Cour de cassation" else self.court
        chamber = _CHAMBERS.get(self.chamber, self.chamber)
        number = (f", n° {self.number}" if lang == "fr" else f", no. {self.number}") \
            if self.number else ""
        return f"{court} {chamber}, {format_date(self.on, lang)}{number}"


def _case_ref(item: Mapping[str, Any]) -> CaseRef | None:
    on = _date(item.get("date"))
    if on is None or not item.get("id"):
        return None
    return CaseRef(
        id=str(item["id"]), court=str(item.get("court") or ""),
        chamber=str(item.get("chamber") or ""), on=on,
        number=str(item["number"]) if item.get("number") else None,
        name=str(item.get("name") or ""), holding=str(item.get("holding") or ""),
        doubtful=not item.get("fully_sourced") or bool(item.get("uncertain"))
        or not item.get("number"))


@dataclass(frozen=True, slots=True)
class Finding:
    id: str
    title: str
    conclusion: str
    strength: str  # established | arguable | weak | excluded
    citations: tuple[str, ...]
    facts: tuple[str, ...] = ()
    missing: tuple[str, ...] = ()
    counter_arguments: tuple[str, ...] = ()
    area: str = "ground"
    status: str = "met"  # met | partial | not_met | info
    rule: str = ""
    data: Mapping[str, Any] = field(default_factory=dict)
    decisions: tuple[CaseRef, ...] = ()  # the case law the finding relies on

    def backing(self) -> tuple[CaseRef, ...]:
        """The decisions a letter to the adversary may cite: fully sourced, for the client."""
        return tuple(d for d in self.decisions if d.side == "client" and not d.doubtful)


@dataclass(frozen=True, slots=True)
class Deadline:
    label: str
    end: date
    status: str  # open | due_soon | expired
    start: date | None = None
    start_event: str | None = None
    citations: tuple[str, ...] = ()
    rule: str = ""


@dataclass(frozen=True, slots=True)
class Remedy:
    id: str
    label: str
    available: bool
    conditions: str = ""
    citations: tuple[str, ...] = ()
    info: bool = False  # a statement of the law (effects of termination), neither open nor closed


@dataclass(frozen=True, slots=True)
class DamageHead:
    label: str
    amount: Decimal
    recoverable: str  # yes | no | uncertain
    reason: str = ""
    loss: str = ""  # the dossier's loss id
    capped: bool = True  # False: from a breach the cap does not cover (added in full)
    low: Decimal | None = None  # the dossier's low and high estimates of this head, when given
    high: Decimal | None = None


@dataclass(frozen=True, slots=True)
class Damages:
    low: Decimal
    high: Decimal
    currency: str = "EUR"
    heads: tuple[DamageHead, ...] = ()
    assumptions: tuple[str, ...] = ()
    citations: tuple[str, ...] = ()
    cap: Decimal | None = None  # the cap in money the analysis applied (None: none, or unknown)
    cap_applies_low: bool | None = None  # cap and exclusions applied in the low estimate
    cap_applies_high: bool | None = None  # … and in the high estimate


@dataclass(frozen=True, slots=True)
class PlanStep:
    action: str
    by: date | None = None
    citations: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class LegalView:
    on: date
    findings: tuple[Finding, ...] = ()
    deadlines: tuple[Deadline, ...] = ()
    remedies: tuple[Remedy, ...] = ()
    damages: Damages | None = None
    plan: tuple[PlanStep, ...] = ()
    regime: str | None = None
    notice_delay_days: int | None = None
    extra: Mapping[str, Any] = field(default_factory=dict)

    def termination(self) -> Remedy | None:
        """The termination remedy (art. 1224–1226), when the analysis lists one."""
        return next(
            (r for r in self.remedies if r.id == "termination" or r.id in TERMINATION_RULES), None
        )

    def grounds(self) -> tuple[Finding, ...]:
        """Contract-law grounds open to the client (met or partial), strongest first."""
        order = {"established": 0, "arguable": 1, "weak": 2}
        kept = [
            f
            for f in self.findings
            if f.area == "ground" and f.status in ("met", "partial") and f.strength in order
        ]
        return tuple(sorted(kept, key=lambda f: order[f.strength]))


# --- reading an analysis (law engine object, or its saved ``to_dict`` form, format 1) ------

GROUND_AREAS = frozenset({"ground", "ai_act", "consumer", "product"})
TERMINATION_RULES = frozenset({"fr.civil.1224", "fr.civil.1225", "fr.civil.1226"})
REGIMES = {
    "reformed": T(
        "Code civil issu de l'ordonnance n° 2016-131 (contrat conclu à compter du 1er octobre 2016)",
        "Civil Code as reformed by ordonnance no. 2016-131 (contract concluded on or after 1 October 2016)",
    ),
    "former": T(
        "anciens articles du Code civil (contrat conclu avant le 1er octobre 2016)",
        "former articles of the Civil Code (contract concluded before 1 October 2016)",
    ),
}


def _get(source: Any, name: str, default: Any = None) -> Any:
    if isinstance(source, Mapping):
        return source.get(name, default)
    return getattr(source, name, default)


def _text(value: Any, lang: Lang) -> str:
    return _words(_raw_text(value, lang), lang)


#: A fact the engine labels with its dossier path: the reader's words (None: not shown).
PATH_LABELS: dict[str, tuple[str, str] | None] = {
    "contract.concluded_on": ("date de conclusion du contrat", "date the contract was concluded"),
    "contract.term_end": ("terme du contrat", "end of the contract's term"),
    "contract.cure_period_days": ("délai contractuel de remédiation (jours)",
                                  "contractual cure period (days)"),
    "contract.formal_notice_mode": ("forme contractuelle de la mise en demeure",
                                    "contractual form of the formal notice"),
    "contract.jurisdiction": ("juridiction désignée", "designated court"),
    "losses": ("préjudices déclarés", "losses declared"),
    "losses.total_eur": ("total des préjudices déclarés (€)", "total of the losses declared (€)"),
    "evidence_runs": ("campagnes de mesure", "measurement runs"),
    "sealed": ("paquet de preuves scellé", "sealed evidence bundle"),
    "parties[integrator]": ("intégrateur partie au contrat", "integrator party to the contract"),
    "parties[client]": ("client", "client"),
    "ai_system.ai_act.roles": ("rôles des parties au sens de l'AI Act",
                               "the parties' roles under the AI Act"),
}
#: The engine's hint for its own input format (« (« none » si aucun) »), not for a reader.
_NONE_HINT = re.compile(r"\s*\((?:«\s*none\s*»|\"none\"|“none”|'none') (?:si aucun|if none)\)")
_PATH = re.compile(r"^[a-z][a-z0-9_]*(?:\[[^\]]*\]|\.[a-z0-9_\-]+|\[-?\d+\])+$|^[a-z]+_[a-z_]+$")
_ROLE_PATH = re.compile(r"^ai_system\.ai_act\.roles\.([\w\-]+)$")
#: Raw values of the engine's facts, as words (None: the value is not shown).
VALUE_WORDS: dict[str, tuple[str, str] | None] = {
    "company": ("société", "company"),
    "consumer": ("consommateur", "consumer"),
    "provider": ("fournisseur", "provider"),
    "deployer": ("déployeur", "deployer"),
    "importer": ("importateur", "importer"),
    "distributor": ("distributeur", "distributor"),
    "established": ("établie", "established"),
    "documented": ("documentée", "documented"),
    "alleged": ("alléguée", "alleged"),
    "present": ("présente", "present"),
    "none": ("aucun", "none"),
    "all_paid": ("intégralement", "in full"),
    "company/company": ("entre sociétés", "between companies"),
    "breach_established": None,
}
_RAW_VALUE = re.compile(r"^[a-z][a-z0-9]*(?:[_/][a-z0-9]+)+$|^no [a-z_]+$")
_ROLE_WORDS = {"integrator": ("intégrateur", "integrator"), "vendor": ("fournisseur", "vendor"),
               "client": ("client", "client")}


#: The proof's basis (``ProofBasis``) in English, as ``law.proof.describe`` leaves it raw.
_BASIS_WORDS_EN = {"expert": "court expert's report", "constat": "commissaire de justice's report",
                   "admission": "the other side's admission",
                   "statistical_breach": "breach established by statistical measurement",
                   "document": "exhibits"}
_BASIS_EN = re.compile(r"\((" + "|".join(_BASIS_WORDS_EN) + r") : ")
_CASES = re.compile(r"\(n = (\d{4,})\)")
_METHOD_N = re.compile(r"\([a-z][\w+\-]*(?:\[[^\]]*\])?, n ?= ?(\d+)\)")


def _agreed(label: str, lang: Lang) -> str:
    """The engine's label as a French reader expects it: « non-conformité établie »
    (feminine agreement), « (n = 20 000) » (thousands separated)."""
    label = _METHOD_N.sub(lambda m: f"(n = {m[1]})", label)  # the method's id is for experts
    label = label.replace(">=", "≥").replace("<=", "≤")
    label = _CASES.sub(lambda m: f"(n = {format_integer(int(m[1]), lang)})", label)
    if lang == "en":  # the proof's basis, as law.proof describes it: « (constat : P2) »
        label = _BASIS_EN.sub(lambda m: f"({_BASIS_WORDS_EN[m[1]]}: ", label)
    if lang == "fr":
        label = re.sub(r"\bnon-conformité (établi|documenté|allégué)\b",
                       lambda m: f"non-conformité {m[1]}e", label)
    return label


def _fact_label(label: str, lang: Lang, names: Mapping[str, str]) -> str | None:
    """The fact's label for a reader: a dossier path in words, a role word in the reader's
    language, a party id as the party's name; None when it has no words (not shown)."""
    i = 1 if lang == "en" else 0
    role = _ROLE_PATH.match(label)
    if role:
        who = names.get(role[1], role[1])
        return f"rôle de {who} au sens de l'AI Act" if lang == "fr" else \
            f"role of {who} under the AI Act"
    if label in PATH_LABELS or _PATH.match(label):
        pair = PATH_LABELS.get(label)
        return pair[i] if pair else None
    if lang == "fr":
        label = label.replace("par integrator", "par l'intégrateur").replace(
            "par vendor", "par le fournisseur").replace("(integrator)", "(l'intégrateur)").replace(
            "(vendor)", "(le fournisseur)")
    words = label.split(" ")
    return " ".join(_ROLE_WORDS[w][i] if w in _ROLE_WORDS else w for w in words)


def _raw_text(value: Any, lang: Lang, names: Mapping[str, str] | None = None) -> str:
    if value is None:
        return ""
    if isinstance(value, T):
        return value.render(lang)
    if isinstance(value, Mapping):
        if "question" in value:
            path = str(value.get("path") or "")
            question = _NONE_HINT.sub("", str(value["question"]))
            if path and question.lower().startswith(path.lower()):  # « Ai_system.… : à préciser »
                label = _fact_label(path, lang, names or {})
                if label is None:
                    return ""
                return label[0].upper() + label[1:] + question[len(path):]
            return question
        if "label" in value:
            label = _fact_label(_NONE_HINT.sub("", str(value["label"])), lang, names or {})
            if label is None:
                return ""
            raw = value.get("value")
            shown = _fact_value(raw, lang, names or {})
            if raw is False and not label.rstrip().endswith("?"):
                # « défaut caché (non apparent) : non » inverted the meaning for a reader
                shown = "non établi" if lang == "fr" else "not established"
            elif shown and raw is not False and label.lower().startswith(shown.lower()):
                shown = ""  # « manquement établi : … » needs no « : établi » after it
            label = _agreed(label, lang)
            sep = " : " if lang == "fr" else ": "
            if shown and sep in label and re.fullmatch(r"-?[\d\s.,\u202f\u00a0]+", shown):
                shown = ""  # « montant payé … : 545 000,00 € » needs no « : 545000 » after it
            if shown and label.split(" (", 1)[0].lower().endswith(" " + shown.lower()):
                shown = ""  # « non-conformité établie (…) » needs no « : établie » after it
            sep = " : " if lang == "fr" else ": "
            return f"{label}{sep}{shown}" if shown else label
        return str(value.get(lang) or value.get("fr") or value.get("en") or "")
    return str(value)


def _fact_value(value: Any, lang: Lang, names: Mapping[str, str] | None = None) -> str:
    """A triggering fact's value as words (dates and booleans for a reader, lists dropped, a
    party id as its name, an enum value as its word — lower case, inside a sentence)."""
    if value is None or value is True or value == "" or isinstance(value, dict | list):
        return ""
    if value is False:
        return "non" if lang == "fr" else "no"
    if isinstance(value, float):  # « 1,02 », never « 1.02 » in French
        return format_number(value, lang, 2)
    text = str(value)
    if re.fullmatch(r"-?\d+\.\d+", text):
        return format_number(float(text), lang, 2)
    if _ISO_DATE.match(text):
        return format_date(date.fromisoformat(text), lang)
    if names and text in names:
        return names[text]
    if text in VALUE_WORDS:
        pair = VALUE_WORDS[text]
        return pair[1 if lang == "en" else 0] if pair else ""
    word = label_of_value(text, lang)
    if word:
        first = word.split(" ", 1)[0]
        return word[0].lower() + word[1:] if first[1:].islower() else word  # « SaaS » stays
    return "" if _RAW_VALUE.match(text) else text


def _texts(values: Any, lang: Lang, names: Mapping[str, str] | None = None) -> tuple[str, ...]:
    if not values:
        return ()
    if isinstance(values, str | T):
        values = [values]
    return tuple(t for t in (_words(_raw_text(v, lang, names), lang) for v in values) if t)


def _citations(values: Any) -> tuple[str, ...]:
    out: list[str] = []
    for value in values or ():
        ref = value if isinstance(value, str) else _get(value, "article") or _get(value, "id")
        if ref and str(ref) not in out:
            out.append(str(ref))
    return tuple(out)


def _date(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _not_asked(facts: tuple[str, ...], missing: tuple[str, ...]) -> tuple[str, ...]:
    """The conditions met, less a fact the missing facts ask for: « Conditions remplies :
    point de l'annexe III » contradicted « Point de l'annexe III : à préciser » just below."""
    asked = {re.split(r"\s*:", m, maxsplit=1)[0].strip().lower() for m in missing}
    return tuple(f for f in facts if f.strip().lower() not in asked)


def _finding(item: Mapping[str, Any], lang: Lang,
             names: Mapping[str, str] | None = None) -> Finding:
    return Finding(
        id=str(item.get("id") or item.get("rule") or ""),
        title=_text(item.get("title"), lang),
        conclusion=_text(item.get("conclusion"), lang),
        strength=str(item.get("strength") or "weak"),
        citations=_citations(item.get("citations")),
        facts=_not_asked(_texts(item.get("facts"), lang, names), _texts(item.get("missing"), lang)),
        missing=_texts(item.get("missing"), lang),
        counter_arguments=_texts(item.get("counter_arguments"), lang),
        area=str(item.get("area") or "ground"),
        status=str(item.get("status") or "met"),
        rule=str(item.get("rule") or item.get("id") or ""),
        data=dict(item.get("data") or {}),
        decisions=tuple(d for d in (_case_ref(x) for x in item.get("case_law") or ()) if d),
    )


def _deadline(item: Mapping[str, Any], lang: Lang) -> Deadline | None:
    end = _date(item.get("end") or item.get("extended_end") or item.get("nominal_end"))
    if end is None:
        return None
    return Deadline(
        label=_text(item.get("label"), lang),
        end=end,
        status=str(item.get("status") or "open"),
        start=_date(item.get("start")),
        start_event=_text(item.get("start_event"), lang) or None,
        citations=_citations(item.get("citations")),
        rule=str(item.get("rule") or ""),
    )


def _remedy(item: Any, findings: dict[str, Finding], lang: Lang) -> Remedy | None:
    if isinstance(item, str):  # format 1: the id of a remedy finding
        found = findings.get(item)
        if found is None:
            return None
        return Remedy(
            found.rule,
            found.title,
            found.status in ("met", "partial"),
            found.conclusion,
            found.citations,
            info=found.status == "info",
        )
    return Remedy(
        id=str(item.get("id") or ""),
        label=_text(item.get("label") or item.get("title"), lang),
        available=bool(item.get("available", True)),
        conditions=_text(item.get("conditions"), lang),
        citations=_citations(item.get("citations")),
    )


def _money(value: Any) -> Decimal:
    if isinstance(value, Mapping):
        value = value.get("amount")
    return Decimal(str(value or 0))


def _yes_no(value: Any) -> str:
    if value is True or value == "yes":
        return "yes"
    if value is False or value == "no":
        return "no"
    return "uncertain"


def _damages(item: Any, lang: Lang) -> Damages | None:
    if not item:
        return None
    heads = tuple(
        DamageHead(
            label=_text(h.get("label") or h.get("description"), lang),
            amount=_money(h.get("amount")),
            recoverable=_yes_no(h.get("recoverable", True)),
            reason=_text(h.get("reason"), lang),
            loss=str(h.get("loss") or ""),
            capped=h.get("capped") is not False,
            low=_money(h["low"]) if h.get("low") is not None else None,
            high=_money(h["high"]) if h.get("high") is not None else None,
        )
        for h in item.get("heads") or ()
    )
    low, high = item.get("clause_applies_low"), item.get("clause_applies_high")
    return Damages(
        low=_money(item.get("low")),
        high=_money(item.get("high")),
        currency=str(item.get("currency") or "EUR"),
        heads=heads,
        assumptions=_texts(item.get("assumptions"), lang),
        citations=_citations(item.get("citations")),
        cap=_money(item["cap"]) if item.get("cap") is not None else None,
        cap_applies_low=low if isinstance(low, bool) else None,
        cap_applies_high=high if isinstance(high, bool) else None,
    )


def _plan(
    data: Mapping[str, Any], findings: tuple[Finding, ...], lang: Lang
) -> tuple[PlanStep, ...]:
    steps = [
        PlanStep(
            _text(s.get("action") or s.get("label"), lang),
            _date(s.get("by") or s.get("date")),
            _citations(s.get("citations")),
        )
        for s in data.get("plan") or ()
    ]
    for f in findings:
        if f.area == "strategy" and f.status != "not_met":
            steps.append(
                PlanStep(_STEP_NUMBER.sub("", f.conclusion), _date(f.data.get("due")), f.citations)
            )
    return tuple(steps)


def legal_view(analysis: Any, lang: Lang, on: date | None = None,
               names: Mapping[str, str] | None = None) -> LegalView:
    """Read an analysis — ``recours.law.Analysis`` or its saved ``to_dict`` form — as a view
    (``names``: the dossier's party names by id, to name a party the engine gives by id)."""
    data: Mapping[str, Any] = analysis.to_dict(lang) if hasattr(analysis, "to_dict") else analysis
    if "findings" not in data and isinstance(data.get(lang, data.get("fr")), Mapping):
        data = data.get(lang, data.get("fr"))  # saved once per language: {"fr": …, "en": …}
    raw = [f for f in data.get("findings") or () if not f.get("overridden_by")]
    findings = tuple(_finding(f, lang, names) for f in raw)
    by_id = {f.id: f for f in findings}
    remedies = tuple(r for r in (_remedy(x, by_id, lang) for x in data.get("remedies") or ()) if r)
    regime = data.get("regime")
    return LegalView(
        on=on or _date(data.get("on")) or date(1970, 1, 1),
        findings=findings,
        deadlines=tuple(d for d in (_deadline(x, lang) for x in data.get("deadlines") or ()) if d),
        remedies=remedies,
        damages=_damages(data.get("damages"), lang),
        plan=_plan(data, findings, lang),
        regime=REGIMES[regime].render(lang)
        if regime in REGIMES
        else (str(regime) if regime else None),
        notice_delay_days=data.get("notice_delay_days"),
    )
