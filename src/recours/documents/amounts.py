"""The sum claimed — one computation read by every document, so that the mise en demeure, the
note d'analyse and any page say the same figure.

The sum claimed is the loss the dossier declares, with the contract's liability cap applied —
its excluded heads left out and the capped heads bounded by the cap — unless the analysis finds
the cap open to challenge (the essential obligation, art. 1170, art. 1131 anc. under the former
law; a significant imbalance in an adhesion contract, art. 1171, reformed law only), in which
case the whole loss is claimed. Heads from a breach the clause does not cover (the analysis's
``capped: false``) are added in full. Where the cap cannot be computed from the dossier (a
formula without amount or periodic price), the claim says so and the cap is not applied.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from recours.documents.legal_view import Finding, LegalView
from recours.dossier import CapExclusion, Dossier, LossCategory

CAP_RULE = "fr.civil.1103.liability_cap"
ESSENTIAL = ("fr.civil.1170", "fr.civil_anc.1131.essential_obligation")
IMBALANCE = "fr.civil.1171"
#: The heads a cap's ``excludes`` takes out of the claim (« indirect » names the two indirect
#: heads, as the law engine reads it).
EXCLUDED = {CapExclusion.LOST_PROFIT: {LossCategory.LOST_PROFIT},
            CapExclusion.THIRD_PARTY_CLAIMS: {LossCategory.THIRD_PARTY_CLAIMS},
            CapExclusion.REPUTATIONAL: {LossCategory.REPUTATIONAL}}


@dataclass(frozen=True, slots=True)
class Claim:
    """The sum claimed and how it was reached."""

    declared: Decimal  # the total of the losses the dossier declares
    amount: Decimal  # the sum claimed
    currency: str
    cap_stated: bool  # the contract stipulates a liability cap
    cap: Decimal | None  # the cap in money (None: no cap, or not computable)
    essential: Finding | None = None  # the cap contested: it empties the essential obligation
    imbalance: Finding | None = None  # the cap contested: significant imbalance (art. 1171)
    excluded: Decimal = Decimal(0)  # declared heads the contract excludes, left out
    uncapped: Decimal = Decimal(0)  # heads from a breach the cap does not cover, in full

    @property
    def contested(self) -> bool:
        """The whole loss is claimed: the cap is set aside."""
        return self.essential is not None or self.imbalance is not None

    @property
    def computable(self) -> bool:
        return self.cap is not None

    @property
    def limited(self) -> bool:
        """The cap or its exclusions reduce the claim below the loss declared."""
        return self.amount < self.declared


def _open(view: LegalView, rules: tuple[str, ...]) -> Finding | None:
    """The finding of one of ``rules`` the client can rely on (met or partial, not weak)."""
    return next((f for f in view.findings if f.rule in rules
                 and f.status in ("met", "partial") and f.strength != "weak"), None)


def cap_amount(view: LegalView, dossier: Dossier) -> Decimal | None:
    """The cap as the analysis computed it (its amount, e.g. twelve months of fees — in the
    cap's finding or, when an exception overrides that finding, in the damages assessment),
    else the amount the contract states, else None (not computable from the dossier)."""
    for f in view.findings:
        if f.rule == CAP_RULE and f.data.get("amount") is not None:
            return Decimal(str(f.data["amount"]))
    if view.damages is not None and view.damages.cap is not None:
        return view.damages.cap
    cap = dossier.contract.liability_cap
    return cap.amount.amount if cap is not None and cap.amount is not None else None


def _uncapped_losses(view: LegalView) -> set[str]:
    """The losses the analysis found outside what the cap covers."""
    if view.damages is None:
        return set()
    return {h.loss for h in view.damages.heads if h.loss and not h.capped}


def claim(view: LegalView, dossier: Dossier, *, former_law: bool = False) -> Claim | None:
    """The sum claimed for the dossier's losses, or None when it declares none."""
    losses = dossier.losses
    declared = sum((loss.amount.amount for loss in losses), Decimal(0))
    if not losses or declared <= 0:
        return None
    currency = losses[0].amount.currency
    cap = dossier.contract.liability_cap
    if cap is None:
        return Claim(declared, declared, currency, cap_stated=False, cap=None)
    amount = cap_amount(view, dossier)
    essential = _open(view, ESSENTIAL)
    imbalance = None if former_law else _open(view, (IMBALANCE,))
    if essential is not None or imbalance is not None:
        return Claim(declared, declared, currency, True, amount, essential, imbalance)
    excluded_heads = {c for x in cap.excludes for c in EXCLUDED.get(x, ())}
    if CapExclusion.INDIRECT in cap.excludes:
        excluded_heads |= {LossCategory.REPUTATIONAL, LossCategory.THIRD_PARTY_CLAIMS}
    outside = _uncapped_losses(view)
    kept = [x for x in losses if x.category not in excluded_heads]
    free = sum((x.amount.amount for x in kept if x.id in outside), Decimal(0))
    held = sum((x.amount.amount for x in kept if x.id not in outside), Decimal(0))
    bounded = min(held, amount) if amount is not None else held
    excluded = declared - free - held
    return Claim(declared, bounded + free, currency, True, amount, excluded=excluded,
                 uncapped=free)


__all__ = ["Claim", "cap_amount", "claim"]
