"""Round 10 wording families (docs/contract.md): a metric held to a comparator far from its name
(« l'erreur absolue moyenne en pourcentage de la prévision émise trente jours avant la récolte,
comparée au rendement constaté, ne dépasse pas 15 % »), the metric families added to
:data:`.base.ROUND10_METRIC`.

These rules add triggers to kinds already defined in :mod:`.rules_commercial` and
:mod:`.rules_general`; a passage the first rules already detected keeps their verdict.
"""

from __future__ import annotations

from recours.contract.kinds.base import (
    _METRIC,
    _METRIC_WORDS,
    NO_RATE_GUARANTEED,
    NOT_BINDING,
    ROUND10_LATENCY,
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

ROUND10_RULES: tuple[KindRule, ...] = (
    KindRule(
        "performance_commitment",
        t(
            (
                _METRIC + r"[^.;]{0,260}?" + _COMPARED,
                "engagement mesurable (métrique, comparateur et seuil)",
            ),
            (ROUND10_LATENCY, "engagement mesurable (part des requêtes servies dans un délai)"),
        ),
        (c(r"makes no commitment|ne garantit pas le|" + NO_RATE_GUARANTEED),),
        anchor=_METRIC_WORDS,
        digit=True,
        passage_negation=NOT_BINDING,
    ),
)
