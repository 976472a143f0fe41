"""Shared pieces of the clause-kind rules: the kind names, the rule type, pattern helpers."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, cast

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
    r"(will|shall) be (agreed|set out|defined|negotiated|addressed|settled|confirmed) (later|"
    r"(in|by|as part of|under) (a|the) (separate|future|subsequent|definitive|later|final) "
    r"(\w+ ){0,3}(agreement|contract))|seront (négociée?s?|confirmée?s?|précisée?s?) dans (le|un) "
    r"(contrat|accord) (définitif|distinct|séparé|ultérieur)|"
    r"(remain|are|is) (still )?to be (agreed|negotiated)|subject to (a |the )?(definitive|separate|"
    r"future) (agreement|contract)|"
    # « seront traitées, le cas échéant, dans les documents de la consultation ultérieure », "will
    # be addressed, if at all, in a later tender", "the parties will discuss the insurance cover"
    r"seront (traitée?s?|réglée?s?|abordée?s?|définie?s?|fixée?s?|précisée?s?),? (le cas échéant,? "
    r"|s'il y a lieu,? )?dans (les|des|un|une|le|la) (documents?|contrat|accord|marché|consultation)"
    r"[^.;]{0,40}?(ultérieur|futur|distinct|séparé|à venir|définitif)|"
    r"(will|shall) be (dealt with|addressed|covered|settled|agreed),? (if at all,? |where "
    r"appropriate,? |if applicable,? )?in (the|a|any) [^.;]{0,30}?(later|future|subsequent|"
    r"separate|definitive)\b|\bparties (will|shall|may) (discuss|negotiate|explore)\b|les parties "
    r"(discuteront|négocieront|examineront ensemble|se concerteront)",
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


# a sentence that sends a term to another document the parties signed elsewhere (general terms,
# a master agreement, a framework, a DPA) does not set it here: « sont ceux désignés à l'article
# 15 des CG », "are as set out in Section 19 of the Terms", "is governed by the Data Processing
# Addendum", « est régi par l'accord de sous-traitance annexé aux CG »
_OTHER_DOCUMENT = (
    r"(?:(des|aux|du|de l'|dans les|dans le|par les|par le) (CG\w*|conditions générales|contrat[- ]"
    r"cadre|accord[- ]cadre|contrat initial|marché initial|conditions générales de \w+)\b|"
    r"(of|in|under) the (\w+ ){0,3}(terms|general terms|master (\w+ )?(terms|agreement)|"
    r"framework agreement|data processing (addendum|agreement)|core terms|main agreement|"
    r"principal agreement)\b|(du|au|par le|dans le|le) contrat principal\b)"
)
REFERRED = re.compile(
    r"(sont|est) (ceux|celles|celui|celle|ceux et celles) (désignée?s?|prévue?s?|fixée?s?|"
    r"définie?s?|visée?s?|stipulée?s?)[^.;]{0,60}?" + _OTHER_DOCUMENT + r"|"
    r"(est|sont) (régie?s?|réglée?s?|traitée?s?|fixée?s?) (exclusivement |uniquement )?(par|dans|"
    r"à) [^.;]{0,80}?"
    + _OTHER_DOCUMENT
    + r"|(are|is) (as |those )?(set out|provided|defined|specified|stated|described|set forth|"
    r"agreed) in [^.;]{0,60}?" + _OTHER_DOCUMENT + r"|(is|are) governed by,? the [^.;]{0,60}?"
    r"(terms|addendum|agreement|conditions)\b(?! of)",
    re.IGNORECASE,
)
# round 9, the same idea: "Clause 15 (…) of the Core Terms applies"; terms published on a web
# site ("available at example.com/legal/sla")
REFERRED_ELSEWHERE = re.compile(
    r"\b(clause|section|article|paragraph|schedule)s? \d[\d.]*[^.;]{0,80}?"
    + _OTHER_DOCUMENT
    + r"[^.;]{0,10}?\b(applies|apply|shall apply|will apply|s'applique\w*)\b|"
    r"\b(available|published|posted|accessible|disponibles?|publiée?s?|accessibles?) (at|on|sur|à "
    r"l'adresse) (https?://|www\.|[\w-]+\.(com|fr|io|ai|eu|net|org|co\.uk)\b)",
    re.IGNORECASE,
)
# round 10: a term that may exist, set in another document ("Service credits, if any, are
# specified in the relevant SOW", « les pénalités, le cas échéant, sont fixées dans chaque bon de
# commande »): this contract does not set it
IF_ANY_ELSEWHERE = re.compile(
    r"\b(if any|le cas échéant|s'il y a lieu),? (are|is|will be|shall be|sont|seront|est|sera) "
    r"(specified|set out|stated|defined|described|agreed|précisée?s?|fixée?s?|définie?s?|prévue?s?|"
    r"indiquée?s?) (in|dans) (the|each|any|a|le|la|les|chaque|un|une) ((relevant|applicable|"
    r"separate|concerné|applicable) )?(sows?|statements? of work|order forms?|orders?|purchase "
    r"orders?|work orders?|bons? de commande|contrats? d'application|marchés? subséquents?|"
    r"commandes?)\b",
    re.IGNORECASE,
)
# a paragraph that says its figures bind no one (« ne constitue pas un engagement », "for
# information only") holds no performance commitment, whatever sentence states the figure
NOT_BINDING = re.compile(
    r"(n'est|ne (constitue|constituent|vaut|valent)) pas (un|une|des) (engagement|obligation)|"
    r"à titre (purement |simplement )?(indicatif|informatif)|(is|are) not (a |an )?(binding )?"
    r"(commitment|obligation|undertaking|guarantee)|for information (purposes )?only|non[- ]binding|"
    r"(are|is) (purely |merely )?indicative|indicative only|do(es)? not constitute (a |any )?"
    r"(binding |firm )?(commitments?|obligations?|undertakings?|guarantees?)|n'engagen?t? pas|"
    r"(sont|est) (purement |simplement )?indicati(f|fs|ve|ves)\b",
    re.IGNORECASE,
)


# a sentence that says the contract holds none of the kinds it lists (« il ne comporte ni prix, ni
# niveau de service, ni pénalité », "this agreement contains no service levels") negates them all
NONE_OF = re.compile(
    r"(ne |n')(comporte|prévoit|contient|stipule|inclut|fixe|organise|règle|implique)\w*( donc| "
    r"ainsi| dès lors| en conséquence)? (ni|aucune?|pas de|pas d')\b|"
    r"\b(contains|provides for|includes|sets out|sets) no\b|does not (contain|provide for|include|"
    r"set out) any\b",
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
    digit: bool = False  # every trigger needs a figure in the sentence (a cheap second prefilter)
    # a pattern that, found anywhere in the paragraph, negates every hit of the kind in it
    # (« ne constitue pas un engagement », « ne comportent pas de données personnelles »)
    passage_negation: re.Pattern[str] | None = None


class LazyPattern:
    """A regular expression compiled on its first use: most rules' patterns are read only as
    text (the detector compiles their lower-cased, accent-folded form, and only once the
    prefilter words of :mod:`.prefilter_words` occur in a sentence), so compiling all of them
    when the rules are imported cost more than any analysis uses. Same methods and attributes
    as the compiled pattern (``pattern`` and ``flags`` without compiling)."""

    __slots__ = ("_compiled", "flags", "pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        # what re.compile reports: str patterns are UNICODE unless ASCII is asked for
        self.flags = flags if flags & re.ASCII else flags | re.UNICODE
        self._compiled: re.Pattern[str] | None = None

    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self.pattern, self.flags)
        return self._compiled

    def search(self, text: str, *args: int) -> re.Match[str] | None:
        return self.compiled().search(text, *args)

    def match(self, text: str, *args: int) -> re.Match[str] | None:
        return self.compiled().match(text, *args)

    def __getattr__(self, name: str) -> Any:  # finditer, sub, fullmatch, groups…
        return getattr(self.compiled(), name)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r}, {self.flags})"


def c(pattern: str) -> re.Pattern[str]:
    """A rule's pattern, case-insensitive, compiled when first used (:class:`LazyPattern`)."""
    return cast("re.Pattern[str]", LazyPattern(pattern, re.IGNORECASE))


def t(*pairs: tuple[str, str]) -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((c(p), reason) for p, reason in pairs)


# words that introduce telling people something (the anchor of the transparency rules that
# find people informed that an automated system is used)
TOLD_ANCHOR = ("inform", "avise", "prévien", "signale", "indique", "précise", "mentionne",
               "tell", "notif", "advis", "disclos", "explain")

_RESP = r"responsabilit[ée]"
# round 10: an error « en pourcentage » or an area under a curve written out in full ("the mean
# absolute percentage error", « l'aire sous la courbe ROC »), items wrongly set aside (« éjectés
# à tort », "wrongly declined": a false-positive rate), one group's rate over another's (« le
# rapport entre le taux … pour les femmes et ce même taux pour les hommes »: an impact ratio), a
# share of requests answered within a time (a latency percentile)
# round 10: « aucun taux d'exactitude n'est garanti », "no accuracy level is guaranteed"
NO_RATE_GUARANTEED = (
    r"aucun (taux|niveau|seuil|pourcentage)\b[^.;]{0,60}?n'est (garanti|promis)|no (rate|level|"
    r"threshold|percentage|figure)\b[^.;]{0,60}?\b(is|are) (guaranteed|promised|warranted)"
)
WRONGLY_SET_ASIDE = (
    r"(éjecté|rejeté|signalé|bloqué|refusé|écarté|retiré|exclu|alerté|flagged|rejected|blocked|"
    r"declined|refused|removed|ejected|excluded|alerted)e?s? (à tort|par erreur|wrongly|in error|"
    r"incorrectly|erroneously)|(wrongly|incorrectly|erroneously|mistakenly) (flagged|rejected|"
    r"blocked|declined|refused|removed|ejected|excluded|alerted)"
)
RATE_OVER_RATE = (
    r"\b(rapport|ratio) (entre|of|between) (le |les |la |the )?(taux|rates?|proportions?|shares?)\b"
)
# the share of requests answered within a time: group 1 is the percentile
SHARE_WITHIN_TIME = (
    r"(\d+(?:[.,]\d+)?) ?%\)? (des|of( the| all)?) (requêtes|requests|appels|calls|queries|demandes|"
    r"transactions)\b[^.;%]{0,60}?\b(en|in|within|sous) (moins de |less than |under )?\d+ ?"
    r"(ms\b|millisecond|milliseconde|seconde|second)"
)
SPELLED_METRIC = (
    r"absolute percentage error|percentage error|erreur (absolue )?(moyenne |pondérée )*en "
    r"pourcentage|area under (the )?([\w-]+ ){0,4}curve|aire sous (la )?courbe|\broc\b|"
    + WRONGLY_SET_ASIDE
    + "|"
    + RATE_OVER_RATE
    + "|"
    + SHARE_WITHIN_TIME
)
_METRIC = (
    r"(rappel|recall|précision|precision|exactitude|accuracy|taux d'erreur|error rate|"
    r"faux (positifs|négatifs|rejets)|fausses? alertes?|false (positive|negative|alarm)|"
    r"taux de détection|detection rate|detect at least|score f1|\bf1\b|\bauc\b|\bmape\b|\bwape\b|"
    r"\bmae\b|\brmse\b|mean absolute|erreur (absolue|moyenne)|latenc\w*|temps de réponse|"
    r"response time|disparate impact|impact disproportionné|selection rate|taux de sélection|"
    r"balanced accuracy|exactitude équilibrée|brier|calibration|answered correctly|correct answers?|"
    r"sensibilité|sensitivity|spécificité|specificity|" + SPELLED_METRIC + r"|"
    # round 10: metrics written out in full, items wrongly rejected, one rate over another
    r"(assessed|rated|judged|marked|graded|deemed|considered|evaluated|scored) (as )?(correct|"
    r"accurate|right)\b|(jugée?s?|évaluée?s?|considérée?s?|notée?s?|estimée?s?|appréciée?s?) "
    r"(comme )?(correcte?s?|exacte?s?|justes?)\b|"
    r"(proportion|share|percentage|rate|part|pourcentage|taux)\b[^.;%]{0,80}?\b(incorrect|wrong|"
    r"erroneous|inaccurate|faulty|erronée?s?|incorrecte?s?|inexacte?s?)\b|"
    r"réponses? (exactes|correctes)|" + r"(correctement|correctly|exactement|accurately) "
    r"(extrait|reconnu|classé|classifié|identifié|transcrit|lu|traduit|catégoris|étiqueté|"
    r"extracted|recogni[sz]ed|classified|identified|transcribed|read|translated|labell?ed|"
    r"predicted|categori[sz]ed|matched)\w*|"
    # « la proportion d'objets effectivement en papier » (precision), "the share of flagged
    # transactions that are actually fraudulent"
    r"(proportion|part|pourcentage|share|percentage|fraction)\b[^.;%]{0,80}?(effectivement|"
    r"réellement|véritablement|actually|truly|genuinely|in fact)|"
    # « la proportion de courriers orientés vers le bon service » (accuracy)
    r"(proportion|part|pourcentage|taux|share|percentage)\b[^.;%]{0,80}?\b(bon|bonne|bons|bonnes|"
    r"correcte?s?|exacte?s?|right|correct)\b (service|catégorie|classe|destinataire|réponse|équipe|file|direction|interlocuteur|"
    r"label|étiquette|category|class|team|department|queue|recipient|answer)s?)"
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
    "identif",
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
    "repère",
    "repérer",
    "flag",
    "catch",
    "intercept",
    "taux",
    "signal",
    "juste",
    "wrong",
    "erron",
    "inexact",
    "accurate",
    "faulty",
    "fausse",
    # round 10
    "exact",
    "jugé",
    "détect",
    "percentage error",
    "pourcentage",
    "area under",
    "aire sous",
    "roc",
    "à tort",
    "par erreur",
    "wrongly",
    "in error",
    "incorrectly",
    "erroneously",
    "mistakenly",
    "rapport",
    "ratio",
    "millisec",
    "second",
)
# a share of events the system must catch (« 80 % des pannes … ont fait l'objet d'une alerte »,
# "95% of fraudulent transactions are flagged"): a recall written without the word
SHARE_CAUGHT = (
    r"\d+(?:[.,]\d+)? ?% (des|of( the| all)?) [\w'-]+[^.;%]{0,100}?(alerte|détecté|signalé|"
    r"identifié|repéré|intercepté|alerted|detected|flagged|identified|caught|intercepted)"
)
# the same recall with the verb first (« repère au moins 98,5 % des éléments », "shall flag at
# least 90% of the fraudulent claims")
CAUGHT_SHARE = (
    r"\b(repère|repérer|détecte|détecter|identifie|identifier|signale|signaler|intercepte|"
    r"intercepter|detects?|detect|identif(y|ies)|flags?|catch(es)?|intercepts?|"
    # round 10: « émet une alerte pour au moins 95 % des », "returns an alert for 98% of"
    r"(return|raise|issue|generate|emit|produce)s? an alerts? (for|on)|(émet|émettre|déclenche|"
    r"déclencher|lève|lever|produit|produire) une alerte (pour|sur))\b[^.;]{0,100}?"
    r"(\d+(?:[.,]\d+)? ?%\)? (des|of( the| all)?) |\bsur (cent|mille)\b\s?\(\d+(?:[.,]\d+)? ?%\)|"
    r"\bout of (a |one )?(hundred|thousand)\b\s?\(\d+(?:[.,]\d+)? ?%\))"
)
# round 9: a share written against a reference (« concordent avec la décision finale des
# experts sur au moins 88 % », "shall match the final routing on at least 88% of the claims"):
# an accuracy
AGREES_SHARE = (
    r"\b(match|matches|agree with|agrees with|coincide with|coincides with|correspond to|"
    r"corresponds to|concorde\w* avec|coïncide\w* avec|correspond\w* à) (the |la |le |les |l')?"
    r"([\w-]+ ){0,3}(final|reference|actual|expected|experts?|ground[- ]truth|finale?s?|de "
    r"référence|retenue?s?|réelle?s?)\b[^.;]{0,80}?\d+(?:[.,]\d+)? ?%"
)
# among what the system flags, the share confirmed (« parmi les documents que l'outil signale
# comme pertinents, au moins 75 % doivent être confirmés », "of the documents that the classifier
# marks as responsive, not less than 75% shall have been coded as responsive"): a precision
FLAGGED_CONFIRMED = (
    r"\b(of|among) (the |all )?[\w -]{0,40}?\b(that|which) (the |its )?[\w -]{0,40}?\b(marks?|"
    r"flags?|classif\w+|labels?|predicts?|selects?|detects?|identif\w+)\b[^.;]{0,100}?\d+(?:[.,]"
    r"\d+)? ?%\)?[^.;]{0,30}?\b(shall|must|will) (have been|be) (actually |in fact )?(coded|"
    r"confirmed|found|verified|labell?ed|judged|assessed|correct)|\bparmi (les|des|l'ensemble des) "
    r"[\w -]{0,40}?\bque (le|la|l'|son|ce) ?[\w -]{0,40}?\b(signale|classe|marque|identifie|"
    r"repère|détecte|sélectionne)\w*[^.;]{0,100}?\d+(?:[.,]\d+)? ?%\)?[^.;]{0,30}?\b(doivent|"
    r"devront) (être|avoir été) (effectivement |réellement )?(confirmé|reconnu|codé|jugé|validé)"
)
# among the true negatives, the share the system flags (« parmi les dossiers que les experts
# n'ont pas retenus, la part que l'outil signale ne dépasse pas 4 % », "among the claims that
# the adjusters did not refer, the proportion that the Service flags shall not exceed 4%"): a
# false-positive rate
FLAGGED_AMONG_NEGATIVES = (
    r"\b(among|of) (the |all )?[\w -]{0,60}?\b(did not|were not|are not|was not|non-)[^.;]{0,80}?"
    r"\b(proportion|share|percentage|fraction)\b[^.;]{0,40}?\b(flags?|marks?|classif\w+|"
    r"selects?|detects?|identif\w+|alerts?)|\bparmi (les|des) [\w -]{0,60}?\b(n'ont pas|ne sont "
    r"pas|n'étaient pas|non )[^.;]{0,80}?\b(proportion|part|pourcentage)\b[^.;]{0,40}?\b(signal|"
    r"marqu|class|détect|alert|repèr)"
)
# a named indicator held to a threshold (« Quality Score … is at least 0.85 », « l'indice … ne
# doit pas être inférieur à 0,9 »): the contract defines the metric, the comparator makes it a duty
NAMED_TARGET = (
    r"\b(score|indicateur|indice|index|kpi)\b[^.;]{0,80}?(au moins|au minimum|at least|"
    r"not less than|no less than|a minimum of|≥|>=|ne (doit|devra|sera|pourra) pas être "
    r"inférieure?|supérieure? ou égale?) (à |de |of |to )?\d"
)
_NUMBER = r"\d+(?:[.,]\d+)?\s?(?:%|ms\b|millisecond|milliseconde|mw\b|seconds?\b|secondes?\b)|\b0[.,]\d+\b|\b\d+(?:[.,]\d+)?\s?%"
