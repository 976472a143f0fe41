"""Facts of the dossier the plan depends on: amounts, amicable clauses, forum, merchants."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from recours.dossier import Dossier, EvidenceRun
from recours.dossier.contract import Clause
from recours.dossier.parties import PartyKind

AMICABLE_WORDS = re.compile(r"m[ée]diat|concilia|amiabl|escalad|escalation|amicable", re.IGNORECASE)
SMALL_CLAIM_LIMIT = Decimal("5000")  # CPC 750-1: claims « n'excédant pas 5 000 euros »


def claimed_amount(d: Dossier) -> Decimal | None:
    """Sum of the losses in euros (None when there is none, or another currency)."""
    if not d.losses or any(loss.amount.currency != "EUR" for loss in d.losses):
        return None
    return sum((loss.amount.amount for loss in d.losses), Decimal(0))


def amicable_clause(d: Dossier) -> Clause | None:
    """A clause of the contract requiring an amicable attempt (mediation, conciliation…)."""
    for clause in d.contract.clauses:
        haystack = " ".join([*clause.kinds, clause.title or ""])
        if AMICABLE_WORDS.search(haystack):
            return clause
    return None


def both_companies(d: Dossier) -> bool | None:
    """Both sides companies (merchants, presumably): the commercial court is the usual forum."""
    client, vendor = d.client, d.vendor
    if client is None or vendor is None:
        return None
    return client.kind == PartyKind.COMPANY and vendor.kind == PartyKind.COMPANY


def run_on(d: Dossier, on: date) -> EvidenceRun | None:
    """The latest evidence run made on or before ``on`` (a later one does not exist yet at
    that date: the plan must not call the evidence « fait » on a day after the analysis)."""
    return max((r for r in d.evidence_runs if r.run_at.date() <= on), key=lambda r: r.run_at,
               default=None)


def evidence_sealed(d: Dossier, on: date | None = None) -> bool:
    run = d.latest_run if on is None else run_on(d, on)
    return bool(run and run.bundle and (run.signature or run.timestamp))
