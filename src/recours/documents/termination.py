"""« Résilier » or « résoudre »: the word for ending the contract, from how it is performed.

A contract whose performances are useful as they go (a subscription, maintenance, a licence
granted for a term, a periodic price) ends for the future: its termination for breach is a
« résiliation » and there is no restitution for the period before the last performance without
counterpart (C. civ. art. 1229 al. 3). A contract performed at once (a sale, a licence or a
system delivered once for a one-off price) is « résolu », with full restitution.

The law engine characterises a contract by its kind only (SaaS and maintenance are performed
over time); it does not read the term nor the price basis, so a mixed licence-integration-
maintenance contract concluded for 36 months gets « restitution intégrale ». The documents
derive the characterisation from the dossier's contract fields (kind, price basis, term, tacit
renewal), use one word in the notice, the note and the report, and, where the engine's
sentence on restitution says otherwise, say the successive one with its reasons.
"""

from __future__ import annotations

import re
from dataclasses import replace

from recours.documents.legal_view import Finding, LegalView, PlanStep, Remedy
from recours.dossier import ContractKind, Dossier, PriceBasis
from recours.i18n import Lang

#: Kinds performed over time whatever their term (the engine's own list).
OVER_TIME = frozenset({ContractKind.SAAS, ContractKind.MAINTENANCE})
#: Kinds performed at once whatever their term.
AT_ONCE = frozenset({ContractKind.SALE})


def reasons(dossier: Dossier, lang: Lang) -> list[str]:
    """Why the contract is performed over time (empty: it is performed at once)."""
    k = dossier.contract
    if k.kind in AT_ONCE:
        return []
    fr = lang == "fr"
    out: list[str] = []
    if k.kind is ContractKind.SAAS:
        out.append("abonnement" if fr else "subscription")
    elif k.kind is ContractKind.MAINTENANCE:
        out.append("maintenance")
    if k.price is not None and k.price.basis is not PriceBasis.ONE_OFF:
        period = {PriceBasis.MONTHLY: ("par mois", "per month"),
                  PriceBasis.QUARTERLY: ("par trimestre", "per quarter"),
                  PriceBasis.ANNUAL: ("par an", "per year")}.get(k.price.basis)
        if period:
            out.append(f"prix payé {period[0]}" if fr else f"price paid {period[1]}")
    if k.term_months:
        out.append(f"conclu pour {k.term_months} mois" if fr
                   else f"concluded for {k.term_months} months")
    if k.tacit_renewal:
        out.append("tacitement reconductible" if fr else "tacitly renewable")
    return out


def successive(dossier: Dossier) -> bool:
    """The contract is performed over time: its termination is a « résiliation »."""
    return bool(reasons(dossier, "fr"))


def _restitution(dossier: Dossier, lang: Lang) -> str:
    why = ", ".join(reasons(dossier, lang))
    if lang == "fr":
        return (f"Contrat à exécution successive ({why}) : les prestations ont trouvé leur utilité "
                "au fur et à mesure de l'exécution ; la rupture est une résiliation, qui vaut pour "
                "l'avenir, sans restitution pour la période antérieure à la dernière prestation "
                "n'ayant pas reçu sa contrepartie (art. 1229 al. 3) ; les clauses de règlement des "
                "différends survivent (art. 1230).")
    return (f"Contract performed over time ({why}): the performances were useful as they went; "
            "its termination is a « résiliation », for the future, with no restitution for the "
            "period before the last performance without counterpart (art. 1229 al. 3); dispute "
            "clauses survive (art. 1230).")


# The engine's words on ending the contract that call for « résiliation » when it is
# performed over time (« résolution amiable », « clause résolutoire » and the sale's
# « résolution de la vente » stay as they are).
_WORDS = (
    (re.compile(r"\b([Rr])ésolution (du contrat|possible|judiciaire|par notification)"),
     r"\1ésiliation \2"),
    (re.compile(r"\b([Ee])ffets de la résolution\b"), r"\1ffets de la résiliation"),
    (re.compile(r"\bdroit de résoudre\b"), "droit de résilier"),
    (re.compile(r"réduction du prix, résolution,"), "réduction du prix, résiliation,"),
)


def reword(text: str) -> str:
    """An engine sentence for a contract performed over time: « résiliation », not
    « résolution », where the sentence speaks of ending this contract."""
    for pattern, repl in _WORDS:
        text = pattern.sub(repl, text)
    return text


def _finding(f: Finding, dossier: Dossier, lang: Lang) -> Finding:
    conclusion = reword(f.conclusion)
    if f.rule == "fr.civil.1229" and "résiliation" not in f.conclusion:
        conclusion = _restitution(dossier, lang)  # the engine read the kind only
    return replace(f, title=reword(f.title), conclusion=conclusion,
                   missing=tuple(reword(x) for x in f.missing),
                   counter_arguments=tuple(reword(x) for x in f.counter_arguments))


def _remedy(r: Remedy, dossier: Dossier, lang: Lang) -> Remedy:
    conditions = reword(r.conditions)
    if r.id == "fr.civil.1229" and "résiliation" not in r.conditions:
        conditions = _restitution(dossier, lang)
    return replace(r, label=reword(r.label), conditions=conditions)


def adapt(view: LegalView, dossier: Dossier, lang: Lang) -> LegalView:
    """The legal view with one word for ending the contract, from how it is performed."""
    if not successive(dossier):
        return view
    return replace(
        view,
        findings=tuple(_finding(f, dossier, lang) for f in view.findings),
        remedies=tuple(_remedy(r, dossier, lang) for r in view.remedies),
        plan=tuple(PlanStep(reword(p.action), p.by, p.citations) for p in view.plan),
    )


__all__ = ["adapt", "reasons", "reword", "successive"]
