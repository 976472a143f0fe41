"""Rules of the measured-service kinds: service levels (availability, response and resolution
times, GTI/GTR, uptime or response-time credits), penalties (pénalités, service credits,
liquidated damages) and performance commitments (a metric with a comparator and a threshold,
a share of requests served within a time). Each trigger carries the reason shown to the user.
"""

from __future__ import annotations

from recours.contract.kinds.base import (
    _METRIC,
    _METRIC_WORDS,
    _NUMBER,
    AGREES_SHARE,
    CAUGHT_SHARE,
    FLAGGED_AMONG_NEGATIVES,
    FLAGGED_CONFIRMED,
    NAMED_TARGET,
    NO_RATE_GUARANTEED,
    NOT_BINDING,
    SHARE_CAUGHT,
    SHARE_WITHIN_TIME,
    KindRule,
    c,
    t,
)

# a comparator, then a figure (the figure may follow the number written in words: « ne dépasse
# pas quinze pour cent (15 %) », "not less than 0.80", "shall not exceed twenty per cent (20%)")
_COMPARED = (
    r"(ne (doit|devra|peut|pourra|sera|saurait) (pas )?(être )?(inférieure?|supérieure?|excéder|"
    r"dépasser)|n'est pas (inférieure?|supérieure?)|"
    r"ne dépasse pas|n'excède pas|au moins|au plus|not (to )?exceed|(shall|will|must|may) not "
    r"(exceed|be (less|more|lower|higher|greater) than)|at least|at most|not less than|no less "
    r"than|not more than|no more than|or better|ou mieux)"
    r"[^.;]{0,60}?(\d+(?:[.,]\d+)? ?%|\b0[.,]\d+\b)"
)


SERVICE_LEVELS_RULES: tuple[KindRule, ...] = (
    KindRule(
        "service_levels",
        t(
            (
                r"niveaux? de service|disponib\w+.{0,60}?\d+(?:[.,]\d+)? ?%|taux de disponibilité\b[^.;]{0,160}?"
                r"\d+(?:[.,]\d+)? ?%|délai (d'intervention|de "
                r"(prise en compte|résolution|rétablissement|correction))|\bGT[IR]\b|temps "
                r"d'intervention|intervien\w+ dans (un délai|les)|interventions?.{0,40}débutent|"
                r"prend en compte .{0,60}dans un délai|accessibilité du service|"
                r"accessibles? (au moins |au minimum )?[^.;]{0,40}?\d+(?:[.,]\d+)? ?%|"
                r"(rétabli|résoudre|résolu|corrig|répar|intervenir|remettre en (service|état)|"
                r"prendre en compte|répon[dst])\w*\b[^.;]{0,60}?dans (un délai (maximum |maximal )?(de |d')|"
                r"les )[^.;]{0,25}?(heures?|minutes?|jours? ouvr)",
                "niveau de service (disponibilité, délais d'intervention)",
            ),
            (
                r"service levels?|available \d|availab\w+.{0,60}?\d+(?:\.\d+)? ?%|uptime|"
                r"respon\w+ (to .{0,40})?within|respond\w* to (a|an|any|each|every|all) ([\w-]+ ){0,3}"
                r"(incidents?|requests?|tickets?|calls?|faults?|issues?)\b[^.;]{0,120}?\bwithin\b|resolution within|resolved? .{0,40}within|"
                r"(acknowledg|restor)\w* .{0,40}within|"
                # the figure before the word: "commits to 98% availability", « garantit 99,5 % de
                # disponibilité » (contract9)
                r"\b(commits?|guarantees?|warrants?|undertakes?|ensures?|provides?|offers?|"
                r"garanti\w*|s'engage\w*)\b[^.;]{0,30}?\d+(?:[.,]\d+)? ?% (of )?(de )?(availability|"
                r"uptime|disponibilité)",
                "service level (availability, response times)",
            ),
        ),
        (
            c(
                r"aucun (\w+ )?niveau de service|\bno( \w+)? service levels?|aucun délai (d'intervention|de "
                r"résolution)|paiement|payment|factur|invoice|aucun engagement (de|en matière de) "
                r"(disponibilité|délai|niveau)|no (availability|uptime|response[- ]time) "
                r"(commitment|guarantee)|"
                # "the Service Level Agreement does not apply to the Free Tier"
                r"service levels?( agreement)?\b[^.;]{0,40}?\b(does|do|shall|will) not apply|"
                r"niveaux? de service\b[^.;]{0,40}?\bne s'applique(nt|ra|ront)? pas"
            ),
        ),
        anchor=(
            "acknowledg",
            "restor",
            "niveau",
            "disponib",
            "délai",
            "gti",
            "gtr",
            "intervention",
            "intervien",
            "prend en compte",
            "accessib",
            "service level",
            "availab",
            "uptime",
            "respon",
            "répon",
            "resol",
        ),
    ),
    KindRule(
        "service_levels",
        t(
            (
                # « un technicien intervient sur site dans un délai de quatre heures », « la ligne
                # est remise en état de fonctionnement dans un délai de 24 heures »
                r"\b(intervien\w*|se déplace\w*|intervention)\b[^.;]{0,40}?\bdans un délai (maximum |"
                r"maximal )?(de |d')[^.;]{0,25}?(heures?|minutes?)|\bremis\w* en (état|service)\b"
                r"[^.;]{0,40}?\bdans un délai (maximum |maximal )?(de |d')[^.;]{0,25}?(heures?|minutes?)",
                "niveau de service (délai d'intervention ou de remise en état)",
            ),
            (
                # « prend en charge tout incident … dans un délai de trente minutes »
                r"\b(prend|prennent|prendra|prendront|pris|prise)\w* en charge\b[^.;]{0,90}?\bdans un "
                r"délai (maximum |maximal )?(de |d')[^.;]{0,25}?(heures?|minutes?)",
                "niveau de service (délai de prise en charge)",
            ),
        ),
        (),
        anchor=("intervien", "déplace", "intervention", "remis", "en charge"),
        digit=True,
    ),
    KindRule(
        "service_levels",
        t(
            (
                # « les interventions auront lieu dans les vingt-quatre heures de l'appel », « a
                # lieu dans les 8 heures suivant le signalement » (contract7)
                r"\b(a|ont|aura|auront) lieu dans les [^.;]{0,25}?\b(heures?|jours? ouvr\w*)\b"
                r"[^.;]{0,20}?\b(de|suivant|qui suivent|à compter de) (l['’]appel|la demande|"
                r"le signalement|la réception|la déclaration)",
                "niveau de service (intervention dans les heures de l'appel)",
            ),
            (
                # "on-site visits take place within 24 hours of the Customer's call"
                r"\b(take|takes|will take) place within [^.;]{0,25}?\b(hours?|business days?)\b"
                r"[^.;]{0,20}?\b(of|after|from) (the )?([\w'’]+ ){0,2}(call|request|report|"
                r"notification)",
                "service level (intervention within hours of the call)",
            ),
        ),
        anchor=("lieu dans", "place within"),
    ),
    KindRule(
        "penalties",
        t(
            (r"pénalités?|avoirs? de service|crédits? de service", "pénalités ou avoirs"),
            (
                # « un crédit égal à 3 % de la redevance », « des crédits représentant »
                r"\b(un|des|les|d')\s?crédits?\b[^.;]{0,40}?(\d+(?:[.,]\d+)? ?%|égal|calculé|"
                r"correspondant|représentant|proportionnel)",
                "crédit en cas de manquement",
            ),
            (
                r"\b(un|des|les|d')\s?avoirs?\b[^.;]{0,60}?(\d+(?:[.,]\d+)? ?%|égal|calculé|"
                r"correspondant|représentant)|total des avoirs|(reçoit|recevez|reçoivent|bénéficie|"
                r"bénéficiez|droit à) (un|des) (avoirs?|crédits?|remises?)\b",
                "avoir en cas de manquement",
            ),
            (
                r"credit (equal to|amounting to|calculated)|shall credit (the )?\w+ (with )?(\d|[\w-]+ (per ?cent|"
                r"percent)\b)|"
                r"(receive|entitled to|be granted) (a|an) (credit|rebate|fee reduction)\b|"
                # round 10: "we will credit you with 5%"
                r"(will|shall) credit (you|the \w+|us|it) with\b",
                "credit for a missed level",
            ),
            (
                r"service credits?|liquidated damages|penalt(y|ies)|a credit of \d",
                "credits or penalties",
            ),
            # « à titre de clause pénale, une somme de 200 euros par jour de retard » (C. civ.,
            # art. 1231-5): the agreed sum is the penalty, whatever the word « pénalité »
            (r"clauses? pénales?", "clause pénale"),
        ),
        (
            c(
                # « résilier à tout moment, sans pénalité ni frais »: no penalty is set
                r"sans (aucune )?(pénalités?|frais ni pénalités?)\b|without (any )?(penalty|"
                r"penalties)\b|penalty[- ]free|"
                r"aucune pénalité|aucun (crédit|avoir) de service|no service credits?|no penalt|"
                r"\bno\b[^.;]{0,60}(penalt|credits)|aucun\w*[^.;]{0,60}(pénalit|crédits? de)|"
                r"pénalités? (ne (sera|seront|sont) pas (due|applicable)|n'est applicable)|"
                r"crédits? de service ne sera|(pénalités?|avoirs?)\b[^.;]{0,80}?(ne (sont|sera|"
                r"seront|est) pas (applicables?|dues?|exigibles?)|n'(est|sont) pas (applicables?|"
                r"dues?))|(penalt\w+|credits?)\b[^.;]{0,80}?((do|shall|will) not apply|(are|is) not "
                r"(payable|applicable|due))"
            ),
        ),
        anchor=(
            "pénalit", "pénale", "avoir", "crédit", "credit", "liquidated", "penalt", "rebate",
            "remise",
        ),
    ),
    KindRule(
        "penalties",
        t(
            (
                r"\b(uptime|response time|availability|downtime) credits?\b|crédits? de "
                r"(disponibilité|temps de réponse)",
                "service credits for uptime or response time",
            ),
        ),
        anchor=("credit", "crédit"),
    ),
    KindRule(
        "penalties",
        t(
            (
                # a refund owed when the service level is missed, often a table (« % de
                # remboursement mensuel », « Remboursement en cas de manquement », "10% refund")
                r"%\s*(de )?rembours\w*|\brembours\w*\b[^.;:]{0,40}?\ben cas de (manquement|"
                r"non[- ]respect|dépassement|non[- ]atteinte)|\b(refund|rebate)s? (of|equal to) "
                r"\d+(?:[.,]\d+)? ?%|\d+(?:[.,]\d+)? ?% (refund|rebate)\b",
                "remboursement en cas de manquement au niveau de service (refund for a missed level)",
            ),
            (
                # a credit table: the credit as a share of the invoice (« CRÉDIT (% facture
                # mois) », « 10 % crédit », « crédit de 25 % de la facture », "credit (% of
                # monthly fee)", "10% credit")
                r"\bcrédits? \(?%\s*(de (la )?)?(facture|redevance|abonnement|mensualité)|"
                r"\d+(?:[.,]\d+)? ?% (de )?crédits?\b|\bcrédits? (de|égal à) \d+(?:[.,]\d+)? ?% (de "
                r"(la |l')?)?(facture|redevance|abonnement|mensualité|montant)|\bcredits? \(?% of "
                r"(the )?(monthly |annual )?(fees?|invoice|charges?|subscription)|\d+(?:[.,]\d+)? ?% "
                r"(service )?credits?\b",
                "crédit proportionnel à la facture en cas de manquement (service credit table)",
            ),
        ),
        anchor=("rembours", "refund", "rebate", "crédit", "credit"),
    ),
    KindRule(
        "performance_commitment",
        t(
            (
                # a latency target, often in a table (« Cible P95 < 500ms », "p99 latency under 2 s")
                r"\b(p9[059]|p50|\d{2}(th|e)? (percentile|centile)|latence|latency)\b[^.;]{0,160}?"
                r"(<|≤|moins de|inférieure? à|under|below|less than|within)\s?\d+(?:[.,]\d+)?\s?"
                r"(ms|millisecond\w*|s|sec|secondes?|seconds?)\b",
                "engagement mesurable (latence cible)",
            ),
            (
                # the head of a table of latency targets (« | Action | Cible P95 | »)
                r"\b(cible|objectif|target|seuil)s?\s*(de )?(p9[059]|latence|latency)\b|"
                r"\b(p9[059]|latency|latence) (target|cible|objective|objectif)s?\b",
                "engagement mesurable (tableau de latences cibles)",
            ),
        ),
        (c(r"makes no commitment|ne garantit pas le|best[- ]effort"),),
        anchor=("p95", "p99", "p90", "p50", "percentile", "centile", "latence", "latency"),
        digit=True,
        passage_negation=NOT_BINDING,
    ),
    KindRule(
        "performance_commitment",
        t(
            (_METRIC + r".{0,120}?(" + _NUMBER + ")", "engagement mesurable (métrique et seuil)"),
            (r"(" + _NUMBER + r").{0,80}?" + _METRIC, "engagement mesurable (seuil et métrique)"),
            (SHARE_CAUGHT, "engagement mesurable (part des événements détectés)"),
            (CAUGHT_SHARE, "engagement mesurable (part des événements détectés)"),
            (NAMED_TARGET, "engagement mesurable (indicateur défini et seuil)"),
        ),
        (c(r"makes no commitment|ne garantit pas le|" + NO_RATE_GUARANTEED),),
        anchor=_METRIC_WORDS,
        digit=True,
        passage_negation=NOT_BINDING,
    ),
    KindRule(
        # metrics written without their name: agreement with a reference (accuracy), the share
        # of flagged items confirmed (precision), flags among true negatives (false-positive
        # rate); every one of them is written with a percentage
        "performance_commitment",
        t(
            (AGREES_SHARE, "engagement mesurable (concordance avec la référence)"),
            (FLAGGED_CONFIRMED, "engagement mesurable (part des signalements confirmés)"),
            (FLAGGED_AMONG_NEGATIVES, "engagement mesurable (fausses alertes parmi les négatifs)"),
        ),
        (c(r"makes no commitment|ne garantit pas le|" + NO_RATE_GUARANTEED),),
        anchor=("%",),
        digit=True,
        passage_negation=NOT_BINDING,
    ),
    KindRule(
        "performance_commitment",
        t(
            (
                _METRIC + r"[^.;]{0,260}?" + _COMPARED,
                "engagement mesurable (métrique, comparateur et seuil)",
            ),
            (SHARE_WITHIN_TIME, "engagement mesurable (part des requêtes servies dans un délai)"),
        ),
        (c(r"makes no commitment|ne garantit pas le|" + NO_RATE_GUARANTEED),),
        anchor=_METRIC_WORDS,
        digit=True,
        passage_negation=NOT_BINDING,
    ),
)
