"""Price, payment, term, renewal, notice, warranty period and acceptance period."""

from __future__ import annotations

import re
from collections.abc import Iterable

from recours.contract.values.base import Sentence
from recours.contract.values.numbers import as_period, find_amounts, find_durations

_PRICE = re.compile(
    r"\bprix\b|redevance|montant (maximum |maximal |minimum |estimatif |estimé |global )?(du marché|"
    r"de l'accord)|montant s'élève|s'élève à|rémunération|factur\w+|abonnement|"
    r"\bprice\b|\bfees?\b|\bcharges?\b|contract sum|contract price|montant (global|total|"
    r"forfaitaire)|shall pay|will pay|verse|contract value|total value|valeur (totale |globale )?du "
    r"(marché|contrat)|\b(son|le) montant (total |global )?(est|s'élève)",
    re.I,
)
_NOT_PRICE = re.compile(
    r"responsabilit|liabilit|pénalit|penalt|assurance|insurance|crédits?\b(?! à la consommation"
    r"| immobilier)|credit\b(?! card)|plafonn|"
    r"capped|limited to|exceed",
    re.I,
)
# a sum owed for hiring a party's staff, for a late payment or as damages is no price (« une
# indemnité forfaitaire de 50 000 € en cas de débauchage », "a non-solicitation fee of …")
_NOT_A_PRICE = re.compile(
    r"sollicit|débauch|embauch|solicit|\bhire|recrut|indemnité forfaitaire|liquidated|dommages|"
    r"damages|intérêts de retard|late (payment )?(fee|interest)|clause pénale",
    re.I,
)
_PAYMENT = re.compile(
    r"payable|paiement|payment|\bpaid\b|\bpay\b|(?<!past )\bdue\b|règlement|réglée?s?|factures? (sont|"
    r"est)",
    re.I,
)
_TERM = re.compile(
    r"durée|conclue? pour|\b(le contrat|l'abonnement|il) dure\b|souscrit pour|consentie? pour|\bterm\b|runs for|continues for|lasts|"
    r"subscription period|initial period|période (ferme|initiale)|"
    r"pour (une durée (ferme |initiale )?de )?(deux|trois|quatre|cinq|six|huit|dix|douze|"
    r"dix-huit|vingt-quatre|trente-six|quarante-huit|un|une|\d)|(remains?|continues?|stays?|shall remain) in (full )?force for|"
    r"valid for|(reste|restera|demeure|demeurera) en vigueur (pendant|pour)|valable (pendant|pour)|"
    r"(prend fin|expire|ends?|expires?)\b[^.;]{0,40}?\b(mois|ans|années|months|years) (après|à "
    r"compter|after|from)",
    re.I,
)
_INITIAL = re.compile(r"\b(initial|first|initiale?|première)\b", re.I)
_NOT_TERM = re.compile(
    r"garanti|warrant|confidenti|secr[eè]t|assurance|insurance|logs?\b|conserv|"
    r"journa|pénalit|penalt",
    re.I,
)
_RENEW_YES = re.compile(
    r"tacite reconduction|reconduc\w+ tacitement|renouvel\w+ tacitement|se renouvelle|"
    r"reconductible tacitement|renewing automatically|automatically renewing|reconduit\w* tacitement|tacitement reconduit|renews? automatically|automatically renew|auto-renew|"
    r"renew automatically|(extended|prolonged|renewed) automatically|automatically (extended|"
    r"prolonged)|(prorog|prolong|renouvel|reconduit)\w* (automatiquement|tacitement)|"
    r"(à |de |en )?renouvellement automatique|automatically[- ]renewing|renews automatically",
    re.I,
)
_RENEW_NO = re.compile(
    r"sans (reconduction|renouvellement)( tacite)?|shall not renew|no automatic renewal|"
    r"non renouvelable|not renew|ne se (renouvelle|reconduit|prolonge)\w* pas|aucune? (reconduction|"
    r"renouvellement|prolongation) (tacite )?(n'est|ne sera|n'interviendra)|(any )?(extension|renewal)"
    r" (requires|shall require|is subject to) a (written|signed)|(n'est|ne sera|ne sont|ne seront) pas (renouvelables?|"
    r"reconductibles?|reconduite?s?|renouvelée?s?)|non reconductible|pas de (tacite )?reconduction|"
    r"does not renew|will not renew|no (automatic|tacit) renewal|"
    # renewal only by a new agreement, or an end at the term without formality
    r"(renewed|extended) only by|only be (renewed|extended) by|ne (peut|pourra|sera) être "
    r"(renouvelée?|reconduite?|prolongée?) que par|prend fin (de plein droit )?(sans autre "
    r"formalité|à (son|l') ?(terme|échéance|expiration))|(à son terme|à l'échéance|au terme)"
    r"[^.;]{0,30}?prend fin|expires? (automatically )?(at the end of|on the expiry of)[^.;]{0,40}?"
    r"without (renewal|further formality)",
    re.I,
)
_NOTICE = re.compile(
    r"préavis|notice|notif\w+|non-renewal|dénonc\w+|avant l'échéance|avant le terme|notifiée|"
    r"en (nous|vous|le|la|les|l'en) prévenant",
    re.I,
)
_DELAY = re.compile(
    r"délai|within|dans les|dispose|pour (prononcer|notifier)|notifie|à compter", re.I
)


# round 10: a short label naming the price (« Prix. », "**6. Charges.**") followed by the sum
_PRICE_LABEL = re.compile(r"^\W*(\d+(\.\d+)*\.?)?\W*[\w' -]{1,30}[.:]\W*$")


def price(items: Iterable[Sentence]) -> float | None:
    previous: Sentence | None = None
    for item in items:
        labelled = (
            previous is not None
            and previous.passage is item.passage
            and _PRICE_LABEL.match(previous.text) is not None
            and _PRICE.search(previous.text) is not None
        )
        previous = item
        if (
            (labelled or _PRICE.search(item.text))
            and not _NOT_PRICE.search(item.text)
            and not _NOT_A_PRICE.search(item.text)
        ):
            amounts = find_amounts(item.text)
            if amounts:
                # « est portée de 6 800 € à 7 450 € », "is increased from … to …": the new price
                changed = _CHANGED.search(item.text)
                if changed:
                    later = [a for a in amounts if a[1] >= changed.end()]
                    return (later or amounts)[0][0]
                return amounts[0][0]
    return None


_CHANGED = re.compile(
    r"(portée?s?|porté|augmentée?s?|réduite?s?|ramenée?s?|passe|increased|raised|reduced|"
    r"changed|amended|revised|goes)\s+(de|du|from)\b[^.;]{0,120}?\s(à|to)\s",
    re.I,
)


def payment_days(items: Iterable[Sentence]) -> int | None:
    for item in items:
        if not _PAYMENT.search(item.text) or _NOT_PRICE.search(item.text):
            continue
        for value, unit, _ in find_durations(item.text):
            if unit == "d":
                return int(value)
    return None


def term(items: Iterable[Sentence]) -> str | None:
    for item in items:
        found = _TERM.search(item.text)
        if not found or _NOT_TERM.search(item.text[: found.start()] + item.text[found.end() :][:0]):
            continue
        if _NOT_TERM.search(item.text) and not re.search(
            r"initial|conclu|durée initiale", item.text, re.I
        ):
            continue
        durations = [d for d in find_durations(item.text[found.start() :]) if d[1] in "myw"]
        if durations and durations[0][2] < 60:
            return as_period(durations[0][0], durations[0][1])
        # the duration written before the word: "an initial twelve (12) month contractual term",
        # « une période initiale de douze mois » (contract9)
        before = item.text[max(0, found.start() - 60) : found.start()]
        if not durations and _INITIAL.search(before):
            ahead = [d for d in find_durations(before) if d[1] in "myw"]
            if ahead:
                return as_period(ahead[-1][0], ahead[-1][1])
    return None


_MONTHLY_RENEWAL = re.compile(
    r"(renouvel\w+|renews?|reconduit\w*)[^.;]{0,40}(chaque mois|de mois en mois|every month|"
    r"month-to-month|monthly)",
    re.I,
)


def monthly_renewal(items: Iterable[Sentence]) -> str | None:
    """« 1m » when the contract renews from month to month and states no other term."""
    return "1m" if any(_MONTHLY_RENEWAL.search(i.text) for i in items) else None


def tacit_renewal(items: Iterable[Sentence]) -> bool | None:
    for item in items:
        if _RENEW_NO.search(item.text):
            return False
        if _RENEW_YES.search(item.text):
            return True
    return None


_NOTICE_WORDS = (
    r"préavis|notice|notif\w+|non-renewal",
    r"notifiée|avant l'échéance|avant le terme",
    r"dénonc\w+",
    r"prévenant",
)


_ENDING = re.compile(
    r"résili|terminat|préavis|dénonc|mettre fin|end the|cancel|arrêter|"
    # round 10: "end any SOW", "bring this Agreement to an end", "withdraw from the Project"
    r"\bend (any|this|the|an?|each)\b|to an end|withdraw|se retir",
    re.I,
)
# round 10: a notice before an audit or a visit is not a notice to end the contract
_INSPECTION = re.compile(r"audit|inspect|vérifi|contrôl|visit|examin", re.I)
_ENDING_ONLY = re.compile(r"résili|terminat|dénonc|mettre fin|\bend\b|withdraw|cancel", re.I)
# a duration attached to the notice (« préavis de deux mois », "sixty (60) days' written notice")
_ATTACHED = re.compile(
    r"préavis (minimum |minimal )?(de|d'au moins|d'un|d'une)\b|(days?|months?|weeks?)['’]?s?['’]? "
    r"(prior )?(written )?notice|(jours|mois|semaines) de préavis",
    re.I,
)


_REFUSE_RENEWAL = re.compile(
    r"(refus|dénonc|s'oppos|renonc)\w* (à )?(la |sa |toute )?(reconduction|renouvellement)|"
    r"non-renewal|not to (renew|extend)",
    re.I,
)


# a notice before a price or a terms change, or a cure period after a formal notice, is not the
# notice to end the contract (« les tarifs peuvent être modifiés moyennant un préavis de 30
# jours », "if the breach is not cured within 30 days of notice")
_PRICE_CHANGE = re.compile(
    r"(tarifs?|prix|price|pricing|fees?|redevances?|conditions|terms)\b[^.;]{0,80}?\b(modifi|"
    r"change|increas|augment|révis|évolu|update)|(modifi|change|increas|augment|révis|update)"
    r"\w*\b[^.;]{0,60}?\b(tarifs?|prix|price|pricing|fees?|redevances?|conditions|terms)\b",
    re.I,
)
_CURE = re.compile(
    r"mise en demeure|\bcure[ds]?\b|fails? to (cure|remedy)|remédi|restée? (sans effet|"
    r"infructueuse)|remedy (the|such|that) breach",
    re.I,
)


def notice_purpose(item: Sentence) -> str:
    """What a notice sentence is for: renewal, termination, price_change, cure, inspection."""
    if _RENEW_YES.search(item.text) or _REFUSE_RENEWAL.search(item.text):
        return "renewal"
    if _PRICE_CHANGE.search(item.text) and not _ENDING_ONLY.search(item.text):
        return "price_change"
    if _CURE.search(item.text):
        return "cure"
    if _INSPECTION.search(item.text) and not _ENDING_ONLY.search(item.text):
        return "inspection"
    return "termination" if _ENDING.search(item.text) else "other"


_PURPOSE_RANK = {"renewal": 0, "termination": 1, "other": 2, "cure": 3, "inspection": 4,
                 "price_change": 5}


def _notice_rank(item: Sentence) -> tuple[int, int]:
    attached = 0 if _ATTACHED.search(item.text) else 1
    return _PURPOSE_RANK[notice_purpose(item)], attached


def notices(items: list[Sentence]) -> dict[str, str]:
    """The notice period of each purpose the contract states (first sentence of each)."""
    found: dict[str, str] = {}
    for item in items:
        purpose = notice_purpose(item)
        if purpose in found:
            continue
        if _NOTICE.search(item.text):
            period = notice([item])
        elif purpose == "cure":
            durations = [d for d in find_durations(item.text) if d[1] in "mdw"]
            period = as_period(durations[0][0], durations[0][1]) if durations else None
        else:
            continue
        if period:
            found[purpose] = period
    return {p: found[p] for p in sorted(found, key=_PURPOSE_RANK.__getitem__)}


def notice(items: list[Sentence]) -> str | None:
    ranked = sorted((i for i in items if _NOTICE.search(i.text)), key=_notice_rank)
    for item in ranked:
        durations = [d for d in find_durations(item.text) if d[1] in "mdw"]
        for words in _NOTICE_WORDS:
            found = re.search(words, item.text, re.I)
            if found and durations:
                after = [d for d in durations if 0 <= d[2] - found.end() <= 40]
                chosen = (
                    after[0] if after else min(durations, key=lambda d: abs(d[2] - found.start()))
                )
                return as_period(chosen[0], chosen[1])
    return None


def period_of(items: Iterable[Sentence]) -> str | None:
    """The first duration in months, years or days (warranty periods)."""
    for item in items:
        durations = [d for d in find_durations(item.text) if d[1] in "mydw"]
        if durations:
            return as_period(durations[0][0], durations[0][1])
    return None


def acceptance_days(items: list[Sentence]) -> int | None:
    ranked = sorted(items, key=lambda i: 0 if _DELAY.search(i.text) else 1)
    for item in ranked:
        days = [d for d in find_durations(item.text) if d[1] == "d"]
        if days and _DELAY.search(item.text):
            return int(days[0][0])
    for item in ranked:
        days = [d for d in find_durations(item.text) if d[1] == "d"]
        if days:
            return int(days[0][0])
    return None
