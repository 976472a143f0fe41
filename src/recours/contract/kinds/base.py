"""Shared pieces of the clause-kind rules: the kind names, the rule type, pattern helpers."""

from __future__ import annotations

import re
from dataclasses import dataclass

KINDS: tuple[str, ...] = (
    "liability_cap",
    "liability_exclusion",
    "warranty_exclusion",
    "warranty_conformity",
    "acceptance_testing",
    "service_levels",
    "penalties",
    "performance_commitment",
    "data_protection",
    "audit_rights",
    "ip_ownership",
    "termination",
    "reversibility",
    "governing_law",
    "jurisdiction",
    "ai_act_roles",
    "human_oversight",
    "logging",
    "transparency",
    "force_majeure",
    "confidentiality",
    "insurance",
)


# a sentence that defers a term to a later or separate agreement does not set it (« les niveaux de
# service feront l'objet d'un contrat distinct », "fees will be agreed in a separate agreement");
# it negates every kind it mentions
DEFERRED = re.compile(
    r"feront l'objet d'un (contrat|accord|avenant|document) (distinct|séparé|ultérieur|définitif)|"
    r"seront (définie?s?|fixée?s?|précisée?s?|convenue?s?|arrêtée?s?) (ultérieurement|d'un commun "
    r"accord ultérieur|dans (un|le) (contrat|accord) (distinct|séparé|ultérieur|définitif))|"
    r"reste(nt)? à (définir|négocier|convenir)|"
    r"(will|shall) be (agreed|set out|defined|negotiated|addressed|settled) (later|"
    r"(in|by) (a|the) (separate|future|subsequent|definitive|later) (agreement|contract))|"
    r"(remain|are|is) (still )?to be (agreed|negotiated)|subject to (a |the )?(definitive|separate|"
    r"future) (agreement|contract)",
    re.IGNORECASE,
)


# a sentence that only says other stipulations stay as they were (an amendment's « les
# stipulations … relatives aux niveaux de service ne sont pas modifiées », "the provisions on
# service levels remain unchanged") does not itself set the kinds it names
UNCHANGED = re.compile(
    r"(stipulations|dispositions|clauses|articles|conditions|provisions|terms)\b[^.;]{0,200}?"
    r"(ne sont pas (modifiées|affectées|reproduites)|restent inchangées|demeurent inchangées|"
    r"(restent|demeurent) (applicables|en vigueur) sans (changement|modification)|remain "
    r"(unchanged|unaffected|in (full )?force and (effect )?unchanged)|are not (amended|modified|"
    r"affected)|(is|are) unaffected by)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class KindRule:
    kind: str
    triggers: tuple[tuple[re.Pattern[str], str], ...]
    negations: tuple[re.Pattern[str], ...] = ()
    title: re.Pattern[str] | None = None  # a section title that alone reveals the kind
    # lower-case words, one of which every trigger needs: a fast prefilter (str.__contains__)
    anchor: tuple[str, ...] = ()


def c(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


def t(*pairs: tuple[str, str]) -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((c(p), reason) for p, reason in pairs)


_RESP = r"responsabilit[ée]"
_METRIC = (
    r"(rappel|recall|précision|precision|exactitude|accuracy|taux d'erreur|error rate|"
    r"faux (positifs|négatifs|rejets)|fausses? alertes?|false (positive|negative|alarm)|"
    r"taux de détection|detection rate|detect at least|score f1|\bf1\b|\bauc\b|\bmape\b|\bwape\b|"
    r"\bmae\b|\brmse\b|mean absolute|erreur (absolue|moyenne)|latenc\w*|temps de réponse|"
    r"response time|disparate impact|impact disproportionné|selection rate|taux de sélection|"
    r"balanced accuracy|exactitude équilibrée|brier|calibration|answered correctly|correct answers?|"
    r"sensibilité|sensitivity|spécificité|specificity|"
    r"réponses? (exactes|correctes)|" + r"(correctement|correctly|exactement|accurately) "
    r"(extrait|reconnu|classé|classifié|identifié|transcrit|lu|traduit|catégoris|étiqueté|"
    r"extracted|recogni[sz]ed|classified|identified|transcribed|read|translated|labell?ed|"
    r"predicted|categori[sz]ed|matched)\w*|"
    # « la proportion d'objets effectivement en papier » (precision), "the share of flagged
    # transactions that are actually fraudulent"
    r"(proportion|part|pourcentage|share|percentage|fraction)\b[^.;%]{0,80}?(effectivement|"
    r"réellement|véritablement|actually|truly|genuinely|in fact))"
)
_METRIC_WORDS = (
    "rappel",
    "recall",
    "précision",
    "precision",
    "exactitude",
    "accuracy",
    "erreur",
    "error",
    "faux ",
    "fausse",
    "false ",
    "détection",
    "detection",
    "detect",
    "f1",
    "auc",
    "mape",
    "wape",
    "mae",
    "rmse",
    "mean absolute",
    "latenc",
    "temps de réponse",
    "response time",
    "disparate",
    "impact",
    "selection",
    "sélection",
    "balanced",
    "brier",
    "calibration",
    "correct",
    "sensibilit",
    "sensitivit",
    "spécificit",
    "specificit",
    "alert",
    "détecté",
    "signalé",
    "identifi",
    "flagged",
    "score",
    "indicateur",
    "indice",
    "index",
    "kpi",
    "proportion",
    "pourcentage",
    "share",
    "percentage",
    "fraction",
    "part ",
    "exactement",
    "accurately",
)
# a share of events the system must catch (« 80 % des pannes … ont fait l'objet d'une alerte »,
# "95% of fraudulent transactions are flagged"): a recall written without the word
SHARE_CAUGHT = (
    r"\d+(?:[.,]\d+)? ?% (des|of( the| all)?) [\w'-]+[^.;%]{0,100}?(alerte|détecté|signalé|"
    r"identifié|repéré|intercepté|alerted|detected|flagged|identified|caught|intercepted)"
)
# a named indicator held to a threshold (« Quality Score … is at least 0.85 », « l'indice … ne
# doit pas être inférieur à 0,9 »): the contract defines the metric, the comparator makes it a duty
NAMED_TARGET = (
    r"\b(score|indicateur|indice|index|kpi)\b[^.;]{0,80}?(au moins|au minimum|at least|"
    r"not less than|no less than|a minimum of|≥|>=|ne (doit|devra|sera|pourra) pas être "
    r"inférieure?|supérieure? ou égale?) (à |de |of |to )?\d"
)
_NUMBER = r"\d+(?:[.,]\d+)?\s?(?:%|ms\b|millisecond|milliseconde|mw\b|seconds?\b|secondes?\b)|\b0[.,]\d+\b|\b\d+(?:[.,]\d+)?\s?%"
