"""What the analysis predicts on the points a court decides: one value per key.

Used by the case-law test set (``tests/law/courts``, ``bench/law_courts.py``) to compare the
engine with real decisions, and by anyone who wants the engine's bottom line. A key is
``None`` when the analysis says nothing on it.
"""

from __future__ import annotations

from recours.law.analysis import Analysis
from recours.law.engine import Finding, Status

KEYS = ("non_conformity_proven", "delivery_complete", "cap_valid", "faute_lourde",
        "collaboration_failure", "termination_justified", "time_barred", "winner")
GROUNDS = ("fr.civil.1231-1", "fr.civil_anc.1147", "fr.civil.1603", "fr.civil.1641")
TERMINATION = ("fr.civil.1224", "fr.civil.1229", "fr.civil_anc.1184")
ADVICE = "fr.civil.1194.duty_of_advice"
#: Fraud at formation (reformed and former law): met, the contract is void (nullity).
FRAUD = ("fr.civil.1137", "fr.civil_anc.1116")
#: Mistake on the substance met on the facts: the contract is void likewise (former art. 1110,
#: 1109; reformed art. 1132, 1178 once a rule reads it).
MISTAKE = ("fr.civil_anc.1110", "fr.civil.1132")
CAP_FAULT = ("fr.civil.1231-3.cap_fault", "fr.civil_anc.1150.cap_fault")
VENDOR_TERMINATION = "fr.civil.1224.vendor_termination"


def _of(analysis: Analysis, *rules: str) -> list[Finding]:
    return [f for f in analysis.findings if f.rule in rules and f.effective]


def _met(analysis: Analysis, *rules: str) -> bool | None:
    found = _of(analysis, *rules)
    if not found:
        return None
    return any(f.status is Status.MET for f in found)


def predict(analysis: Analysis) -> dict[str, bool | str | None]:
    """The engine's answer on every key of :data:`KEYS`."""
    delivery = next((f.data.get("delivery_complete") for f in _of(analysis, "fr.civil.1604")), None)
    caps = [f for f in analysis.findings if f.rule == "fr.civil.1103.liability_cap"]
    collaboration = next((f.data.get("shared_liability")
                          for f in _of(analysis, "fr.civil.1104.collaboration")), None)
    expired = {d.id for d in analysis.deadlines if str(d.status) == "expired"}
    known = {d.id for d in analysis.deadlines} & {"fr.civil.1648", "fr.civil.2224"}
    out: dict[str, bool | str | None] = {
        "non_conformity_proven": _met(analysis, "fr.civil.1353"),
        "delivery_complete": delivery,
        "cap_valid": (not caps[0].overridden_by) if caps else None,
        "faute_lourde": _met(analysis, *CAP_FAULT),
        "collaboration_failure": collaboration,
        "termination_justified": _met(analysis, *TERMINATION),
        "time_barred": _barred(analysis, expired) if known else None,
    }
    out["winner"] = _winner(analysis, out)
    return out


#: What a court settles itself once liability is found: the amount of the loss, causation, and
#: the formal notice (the claim in court is itself an interpellation, art. 1344).
QUANTUM = frozenset({"losses", "facts.causation_established", "timeline[formal_notice_sent]"})


def _in_principle(finding: Finding) -> bool:
    """Met, or only the quantum is missing: liability is decided in principle."""
    if finding.status is Status.MET:
        return True
    return (finding.status is Status.PARTIAL and finding.rule in GROUNDS
            and bool(finding.missing) and all(m.path in QUANTUM for m in finding.missing))


def _open_grounds(analysis: Analysis, expired: set[str]) -> list[Finding]:
    """Grounds decided in principle whose action is not time-barred: the two-year delay of
    art. 1648 closes the hidden-defect warranty only; art. 2224 the contractual actions."""
    grounds = [f for f in _of(analysis, *GROUNDS, *TERMINATION) if _in_principle(f)]
    if "fr.civil.2224" in expired:
        return []
    if "fr.civil.1648" in expired:
        return [f for f in grounds if f.rule != "fr.civil.1641"]
    return grounds


def _barred(analysis: Analysis, expired: set[str]) -> bool:
    if "fr.civil.2224" in expired:
        return True
    met = [f for f in _of(analysis, *GROUNDS, *TERMINATION) if f.status is Status.MET]
    return "fr.civil.1648" in expired and bool(met) and not _open_grounds(analysis, expired)


def _winner(analysis: Analysis, keys: dict[str, bool | str | None]) -> str:
    """The client wins when a ground is met on proven facts, nothing time-bars it and its
    own failure to collaborate does not carry the failure."""
    expired = {d.id for d in analysis.deadlines if str(d.status) == "expired"}
    grounds = _open_grounds(analysis, expired)
    # Proven: the non-conformity, an incomplete delivery, or an obligation the vendor does not
    # prove it performed (art. 1353 al. 2) on which a ground or the termination is met. A
    # termination "met" only because a clause exists and grounds are open proves no breach.
    proven = (keys["non_conformity_proven"] or keys["delivery_complete"] is False
              or _never_performed(analysis))
    if keys["collaboration_failure"] or "fr.civil.2224" in expired:
        return "vendor"
    # Fraud or a mistake on the substance voids the contract whatever else happened.
    if _met(analysis, *FRAUD) or _met(analysis, *MISTAKE):
        return "client"
    # The vendor's own termination (events have a sender): irregular without a prior formal
    # notice (art. 1225 al. 2, 1226); justified for unpaid sums after one, unless the vendor's
    # serious non-performance is established (art. 1219).
    ended = next((f.data.get("justified") for f in _of(analysis, VENDOR_TERMINATION)), None)
    if ended is False:
        return "client"
    if ended is True:
        return "vendor"
    if grounds and proven:
        return "client"
    # The duty to advise and warn, once shown to be owed, is for the professional to prove
    # it performed (art. 1112-1 al. 4 for information): met on the facts, it decides alone.
    if _of(analysis, ADVICE) and _met(analysis, ADVICE):
        return "client"
    # Fraud or a mistake on the substance met on the facts voids the contract whatever the
    # performance (art. 1137, 1132, 1131, 1178; former art. 1116, 1110, 1109): the client
    # recovers what it paid.
    if _met(analysis, *FRAUD) or _met(analysis, *MISTAKE):
        return "client"
    return "vendor"


def _never_performed(analysis: Analysis) -> bool:
    return any(u.path == "facts.obligations_not_performed"
               for f in _of(analysis, *GROUNDS, *TERMINATION) if f.status is Status.MET
               for u in f.facts)
