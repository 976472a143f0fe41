"""Liability cap (amount, months of fees, multiple of the price), exclusions and carve-outs."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from recours.contract.kinds.folding import fold
from recours.contract.values.base import Sentence
from recours.contract.values.numbers import COUNT, count_value, find_amounts

# "the twelve (12) month period preceding the claim": the singular too
_MONTHS = re.compile(rf"({COUNT})\s*(?:derniers\s+)?(?:mois|months?\b)", re.IGNORECASE)
_FEES = re.compile(
    r"(sommes|montants?|redevances?|prix|fees|charges|amounts? paid|contract price|price|"
    r"montant total du contrat|montant du marché|"
    # « plafonnée à 3 mois d'abonnement »: months of the subscription are months of fees
    r"abonnements?|souscriptions?|subscription fees?|subscriptions?)",
    re.IGNORECASE,
)
_MULTIPLE = re.compile(
    rf"(\d+(?:[.,]\d+)?)\s?%\)?\s+(?:of|du|des|de la)|({COUNT})\s+(?:fois|times)|\b(double|triple)\b",
    re.IGNORECASE,
)
_CAP_WORDS = re.compile(r"limit|plafonn|exc[ée]d|exceed|capped|dépasser|cap\b", re.IGNORECASE)

EXCLUSIONS = {
    "indirect": r"indirect|consequential|consécutifs?",
    "lost_profit": r"manque à gagner|bénéfices?|chiffre d'affaires|profits?\b|revenues?\b",
    # "loss of profits, revenue, goodwill, or data" names the data last (contract9)
    "data_loss": r"pertes? de données|loss of data|data loss|lost data|loss(es)? of (\w+,? ){1,5}"
    r"(or|and) data\b",
    "business_interruption": r"pertes? d'exploitation|loss of (production|business)|"
    r"business interruption|operating loss(es)?",
    "reputational": r"atteinte à l'image|pertes? d'image|préjudices? d'image|image de marque|réputation|"
    r"reputation|goodwill",
}
CARVE_OUTS = {
    "gross_fault": r"faute lourde|gross negligence",
    "wilful_misconduct": r"\bdol\b|dolosive|faute intentionnelle|wil?ful (misconduct|default|"
    r"breach|act)|intentional (misconduct|wrongdoing|breach|act|damage)|\b(for|of) intent\b",
    "bodily_injury": r"dommages? corporels?|personal injury|death|atteintes? corporelles?|"
    r"bodily injury|injury to (life|body|health)|atteintes? à la vie",
    "fraud": r"\bfraud\b|\bfraude\b",
    "confidentiality": r"confidentialit|confidentiality",
    "personal_data": r"données personnelles|données à caractère personnel|data protection|"
    r"personal data|personal information|\bRGPD\b|\bGDPR\b|\bprivacy\b|vie privée",
    "ip_infringement": r"contrefaçon|infringement",
}
_CARVE_CONTEXT = re.compile(
    r"ne s'appliqu\w+ (pas|ni)|do(es)? not apply|shall not apply|sauf|except|à l'exception|"
    r"nothing in this agreement|ne (limite|exclut)|do(es)? not (limit|exclude)|shall not (limit|"
    r"exclude)|ne (recev|trouv)\w* pas application|"
    r"cess\w* de s'appliquer|(sont|seront) écartées?|ne jou\w* pas|will not apply|"
    r"(are|is|shall be) inapplicable|inapplicables?|liable without limitation|unlimited liability|"
    r"liability (is|shall be) unlimited|(responsable|responsabilité) (sans limitation|illimitée)",
    re.IGNORECASE,
)


# a cap that holds only for a trial, a beta, a free offer or one kind of claim is not the main
# liability clause's: it is read only when no general cap is stated ("For Beta Products, the
# Provider's liability is limited to USD 100", « pendant la période d'essai … limitée à 100 € »)
_SIDE_CAP = re.compile(
    r"\bbeta\b|trials?\b|pilot|preview|evaluation|free (of charge|version|tier|plan|offer)|"
    r"essai|bêta|pilote|évaluation|gratuit|version d'évaluation|(claims?|réclamations?) (relating|"
    r"relatives?) to (the )?(data|données)|indemnit(y|ies|é) (obligations?|claims?)",
    re.I,
)


def liability_cap(items: list[Sentence]) -> dict[str, Any] | None:
    """The cap as {amount} | {months_of_fees} | {fees_multiple}, with the formula quoted: the
    main clause's cap first, one limited to a trial or a beta only when there is no other."""
    main = [i for i in items if not _SIDE_CAP.search(i.text)]
    return _first_cap(main) or _first_cap([i for i in items if _SIDE_CAP.search(i.text)])


def _first_cap(items: list[Sentence]) -> dict[str, Any] | None:
    for item in items:
        text = item.text
        cap = _CAP_WORDS.search(text)
        tail = text[cap.start() :] if cap else text
        months = _MONTHS.search(tail)
        # round 10: "150% of the charges paid in the twelve months": a multiple of the fees
        # (other than one) wins over the months they were paid in
        if months and _FEES.search(tail) and _multiple(tail[: months.start()]) != 1.0:
            return {"fees_multiple": _multiple(tail[: months.start()]), "formula": text}
        if months and _FEES.search(tail):
            value = count_value(months.group(1))
            if value:
                return {"months_of_fees": int(value), "formula": text}
        amounts = find_amounts(tail)
        if amounts:
            return {"amount": amounts[0][0], "formula": text}
        if _FEES.search(tail):
            return {"fees_multiple": _multiple(tail), "formula": text}
    return None


def _multiple(text: str) -> float:
    found = _MULTIPLE.search(text)
    if not found:
        return 1.0
    if found.group(1):
        return float(found.group(1).replace(",", ".")) / 100
    if found.group(3):
        return 2.0 if found.group(3).lower() == "double" else 3.0
    return float(count_value(found.group(2)) or 1.0)


def heads(items: list[Sentence], table: dict[str, str]) -> list[str]:
    found: list[str] = []
    for item in items:
        for name, pattern in table.items():
            # accents folded on both sides: « manque a gagner » typed without them
            if name not in found and re.search(fold(pattern), fold(item.text), re.IGNORECASE):
                found.append(name)
    return found


def carve_context(text: str) -> bool:
    """Whether a sentence is written as an exception (« ne s'applique pas », "except")."""
    return _CARVE_CONTEXT.search(text) is not None


def carve_outs(items: list[Sentence]) -> list[str]:
    return heads([i for i in items if _CARVE_CONTEXT.search(i.text)], CARVE_OUTS)


# « seule et unique réparation », « seul recours », "sole and exclusive remedy", "Customer's only
# remedies", "entire liability": a remedy the contract makes exclusive
EXCLUSIVE_REMEDY = re.compile(
    r"seule? et unique (réparation|recours|indemnisation|remède)|(seul|unique) (recours|remède)|"
    r"seule (réparation|indemnisation)|(seule?|unique) (obligation d'indemnisation|compensation)|"
    r"à titre (de réparation )?(exclusif|libératoire)|"
    r"libératoire|(sole|exclusive|only) (and exclusive )?(remed(y|ies)|recourse)|entire liability",
    re.I,
)
# « fourni en l'état », « tel quel », "as is", "with all faults"
AS_IS = re.compile(
    r"en l'état|tel(le)?s? quel(le)?s?|\bas[- ]is\b|with all faults|avec (tous )?(ses|leurs) "
    r"défauts",
    re.I,
)


def exclusive_remedy(items: Iterable[Sentence]) -> bool:
    return any(EXCLUSIVE_REMEDY.search(item.text) for item in items)


def as_is(items: Iterable[Sentence]) -> bool:
    return any(AS_IS.search(item.text) for item in items)
