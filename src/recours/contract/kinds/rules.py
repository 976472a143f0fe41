"""Clause kinds as data: the patterns that reveal each kind, and those that negate it.

Each trigger carries the reason shown to the user. Patterns are matched sentence by sentence,
case-insensitively, on French and English text alike.
"""

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


@dataclass(frozen=True, slots=True)
class KindRule:
    kind: str
    triggers: tuple[tuple[re.Pattern[str], str], ...]
    negations: tuple[re.Pattern[str], ...] = ()
    title: re.Pattern[str] | None = None  # a section title that alone reveals the kind
    # lower-case words, one of which every trigger needs: a fast prefilter (str.__contains__)
    anchor: tuple[str, ...] = ()


def _c(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


def _t(*pairs: tuple[str, str]) -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((_c(p), reason) for p, reason in pairs)


_RESP = r"responsabilit[ée]"
_METRIC = (
    r"(rappel|recall|précision|precision|exactitude|accuracy|taux d'erreur|error rate|"
    r"faux (positifs|négatifs|rejets)|fausses? alertes?|false (positive|negative|alarm)|"
    r"taux de détection|detection rate|detect at least|score f1|\bf1\b|\bauc\b|\bmape\b|\bwape\b|"
    r"\bmae\b|\brmse\b|mean absolute|erreur (absolue|moyenne)|latenc\w*|temps de réponse|"
    r"response time|disparate impact|impact disproportionné|selection rate|taux de sélection|"
    r"balanced accuracy|exactitude équilibrée|brier|calibration|answered correctly|correct answers?|"
    r"sensibilité|sensitivity|spécificité|specificity|"
    r"réponses? (exactes|correctes))"
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
)
_NUMBER = r"\d+(?:[.,]\d+)?\s?(?:%|ms\b|millisecond|milliseconde|mw\b|seconds?\b|secondes?\b)|\b0[.,]\d+\b|\b\d+(?:[.,]\d+)?\s?%"

RULES: tuple[KindRule, ...] = (
    KindRule(
        "liability_cap",
        _t(
            (
                _RESP + r".{0,160}?(limitée?s?|plafonnée?s?|ne (pourra|saurait|peut|pourront) "
                r"(en aucun cas )?(pas )?exc[ée]der|ne dépassera)",
                "responsabilité limitée ou plafonnée",
            ),
            (r"plafond (global )?de (la )?" + _RESP, "plafond de responsabilité"),
            (
                r"responsables? .{0,160}?(dans la limite d|limitée? à|plafonnée? à)",
                "responsabilité dans la limite d'un montant",
            ),
            (r"responsables? au-delà (de|d'un|du)", "responsabilité limitée à un montant"),
            (
                r"liabilit(y|ies).{0,160}?(shall not exceed|will not exceed|not to exceed|"
                r"(shall )?in no event exceed|limited to|capped at|is capped|will exceed|"
                r"shall exceed)",
                "liability capped",
            ),
        ),
        (
            _c(
                r"ne pas plafonner|aucune limitation de (la )?" + _RESP + r"|aucun plafond|"
                r"sans (limitation|plafond)|does not limit|no (cap|limit) on|unlimited liability|"
                r"nothing in this agreement (limits|excludes)"
            ),
        ),
        anchor=("responsabilit", "responsable", "liabilit", "plafond"),
    ),
    KindRule(
        "liability_exclusion",
        _t(
            (
                r"(ne (sera|saurait être|pourra être|peut être|pourront être) (pas )?(tenue?s? )?"
                r"(pour )?(responsables?|des|du|de)|ne (répond|répondra) (pas|ni)|exclu\w*|en aucun cas).{0,160}?"
                r"(dommages?|préjudices?|pertes?|manque à gagner)",
                "exclusion de certains préjudices",
            ),
            (
                r"(dommages?|préjudices?)( immatériels?)? indirects?.{0,60}(sont )?exclus",
                "préjudices indirects exclus",
            ),
            (
                r"(not|never|in no event|neither party)( \w+){0,4} (be |is )?liable( \w+){0,4} for (any )?"
                r"(indirect|consequential|incidental|loss|lost|special)",
                "excluded heads of loss",
            ),
            (r"exclu\w* .{0,40}(indirect|consequential|loss of profit)", "excluded heads of loss"),
        ),
        (
            _c(
                r"nothing in this agreement (limits or )?excludes|n'emporte aucune (limitation|"
                r"exclusion)|force majeure|beyond (its|their) reasonable control"
            ),
        ),
        anchor=("dommage", "préjudice", "perte", "manque à gagner", "liable", "exclu"),
    ),
    KindRule(
        "warranty_exclusion",
        _t(
            (
                r"ne garantit (pas|ni)|exclut toute garantie|vices cachés (est )?(expressément )?"
                r"exclue|fourni[es]? (« ?)?en l'état|sans (aucune )?garantie|exclusion de garantie",
                "garantie exclue ou limitée",
            ),
            (
                r"\bas[- ]is\b|disclaims? (all|any)|without (any )?warranty|makes no (other )?"
                r"(warrant|commitment|representation)|no (other )?warranties|(other )?warranties "
                r"(are|is) (hereby )?(excluded|disclaimed)",
                "warranty disclaimed",
            ),
        ),
        anchor=(
            "garanti",
            "vices cachés",
            "en l'état",
            "as is",
            "as-is",
            "disclaim",
            "warrant",
            "makes no",
        ),
    ),
    KindRule(
        "warranty_conformity",
        _t(
            (
                r"garanti[te]? (la )?conformité|garanti[te]? .{0,40}contre (tout )?(défaut|vice|"
                r"dysfonctionnement|anomalie|bogue|non-conformité)|"
                r"(est|sont) garanti(e|s|es)? (pendant |pour )?\w+ (\(\d+\) )?(mois|ans?)|"
                r"garantie (de conformité )?(de|d'une durée de) \w+ (\(\d+\) )?(mois|ans?)|"
                r"font l'objet d'une garantie|garantie contractuelle",
                "garantie de conformité",
            ),
            (
                r"warrants?\b.{0,160}?(conform|perform|free from|in accordance with|"
                r"against defects)|warranty period",
                "warranty of conformity",
            ),
        ),
        anchor=("garanti", "warrant"),
    ),
    KindRule(
        "acceptance_testing",
        _t(
            (
                r"\brecette\b|vérification d'aptitude|vérification de service régulier|\bVSR\b|"
                r"prononce[rz]? (la réception|l'admission)|réputée? (validée?|acceptée?)|formuler ses "
                r"(observations|réserves)|validation (du paramétrage|des livrables|de la livraison)|décision d'admission|procès-verbal de "
                r"réception|réputée? (accepté|prononcée)|opérations de vérification|admission des "
                r"prestations",
                "procédure de recette ou de vérification",
            ),
            (
                r"acceptance (test|testing|certificate|criteria|procedure)|deemed accepted|"
                r"shall be accepted|perform the acceptance",
                "acceptance procedure",
            ),
        ),
        (_c(r"\bno\b[^.;]{0,60}acceptance|aucune? (recette|procédure de recette)"),),
        anchor=(
            "observations",
            "réserves",
            "validation",
            "recette",
            "vérification",
            "vsr",
            "réception",
            "admission",
            "accept",
            "réputé",
        ),
    ),
    KindRule(
        "service_levels",
        _t(
            (
                r"niveaux? de service|disponib\w+.{0,60}?\d+(?:[.,]\d+)? ?%|délai (d'intervention|de "
                r"(prise en compte|résolution|rétablissement|correction))|\bGT[IR]\b|temps "
                r"d'intervention|intervien\w+ dans (un délai|les)|interventions?.{0,40}débutent|"
                r"prend en compte .{0,60}dans un délai|accessibilité du service",
                "niveau de service (disponibilité, délais d'intervention)",
            ),
            (
                r"service levels?|available \d|availab\w+.{0,60}?\d+(?:\.\d+)? ?%|uptime|"
                r"respon\w+ (to .{0,40})?within|resolution within|resolved? .{0,40}within|"
                r"(acknowledg|restor)\w* .{0,40}within",
                "service level (availability, response times)",
            ),
        ),
        (
            _c(
                r"aucun niveau de service|no service levels?|aucun délai (d'intervention|de "
                r"résolution)|paiement|payment|factur|invoice"
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
            "accessibilit",
            "service level",
            "availab",
            "uptime",
            "respon",
            "resol",
        ),
    ),
    KindRule(
        "penalties",
        _t(
            (r"pénalités?|avoirs? de service|crédits? de service", "pénalités ou avoirs"),
            (
                r"service credits?|liquidated damages|penalt(y|ies)|a credit of \d",
                "credits or penalties",
            ),
        ),
        (
            _c(
                r"aucune pénalité|aucun (crédit|avoir) de service|no service credits?|no penalt|"
                r"\bno\b[^.;]{0,60}(penalt|credits)|aucun\w*[^.;]{0,60}(pénalit|crédits? de)|"
                r"pénalités? (ne (sera|seront|sont) pas (due|applicable)|n'est applicable)|"
                r"crédits? de service ne sera"
            ),
        ),
        anchor=("pénalit", "avoir", "crédit", "credit", "liquidated", "penalt"),
    ),
    KindRule(
        "performance_commitment",
        _t(
            (_METRIC + r".{0,120}?(" + _NUMBER + ")", "engagement mesurable (métrique et seuil)"),
            (r"(" + _NUMBER + r").{0,80}?" + _METRIC, "engagement mesurable (seuil et métrique)"),
        ),
        (_c(r"makes no commitment|ne garantit pas le"),),
        anchor=_METRIC_WORDS,
    ),
    KindRule(
        "data_protection",
        _t(
            (
                r"\bRGPD\b|données (à caractère )?personnelles|données de santé|informatique et "
                r"libertés|protection des données|sous-traitant au sens",
                "données personnelles",
            ),
            (
                r"\bGDPR\b|personal (data|information)|data protection|privacy act|data processing",
                "personal data",
            ),
        ),
        anchor=(
            "rgpd",
            "personnel",
            "santé",
            "informatique et libert",
            "protection des données",
            "sous-traitant",
            "gdpr",
            "personal",
            "data protection",
            "privacy",
            "data processing",
        ),
    ),
    KindRule(
        "audit_rights",
        _t(
            (
                r"(peut|pourra|a le droit de|droit d')\s?.{0,40}audit|audits? (du|des|de la|annuel)|"
                r"contrôles? et audits?|faire auditer",
                "droit d'audit",
            ),
            (
                r"(may|shall be entitled to|right to|can)\b.{0,40}audit|audit rights?|"
                r"compliance and audit",
                "audit right",
            ),
        ),
        (
            _c(
                r"neither party shall be entitled to audit|no (right to )?audit|aucun (droit d')?audit"
            ),
        ),
        _c(r"^(audit|audits?|contrôles? et audits?)$"),
        anchor=("audit",),
    ),
    KindRule(
        "ip_ownership",
        _t(
            (
                r"propriété intellectuelle|droits? (patrimoniaux|d'auteur|d'exploitation)|"
                r"devien\w+ (la )?propriété|"
                r"(demeure|reste|restent|demeurent|est|sont) (seule?s? )?(titulaires?|propriétaires?)|"
                r"conserve (tous|l'ensemble des) droits|cède .{0,60}droits|"
                r"conserve la propriété",
                "propriété intellectuelle",
            ),
            (
                r"intellectual property|retains? (all )?(right, title|ownership|all rights)|"
                r"shall vest in|\bowns? (all|the)|title and interest|will own|become the property|"
                r"retains? ownership",
                "intellectual property",
            ),
        ),
        anchor=(
            "propriét",
            "droit",
            "titulaire",
            "cède",
            "intellectual",
            "retain",
            "vest",
            "own",
            "title",
        ),
    ),
    KindRule(
        "termination",
        _t(
            (
                r"(peut|pourra|pourront|peuvent|droit de|faculté de)\b.{0,60}(résili|mettre fin)|"
                r"résili\w+ de "
                r"plein droit|(être|est|sera) résiliée?",
                "faculté de résiliation",
            ),
            (
                r"(may|can|entitled to|right to)\b.{0,40}terminat|terminat\w+ (for|on|immediately)|"
                r"may end",
                "termination right",
            ),
        ),
        title=_c(r"^(résiliation|termination|term and termination|durée et résiliation)$"),
        anchor=("résili", "terminat", "may end", "mettre fin"),
    ),
    KindRule(
        "reversibility",
        _t(
            (
                r"réversibilité|restitu\w+ .{0,60}données|reprise par un (nouveau|autre) prestataire|"
                r"export (complet )?de ses données|remet .{0,80}(format ouvert|format standard)",
                "réversibilité, restitution des données",
            ),
            (
                r"exit (assistance|plan)|hand[- ]?over|return (all )?\w* ?data|transfer the models|"
                r"replacement provider|successor (contractor|supplier)|transition assistance|"
                r"on exit|transfer all .{0,40}data",
                "exit, data return, hand-over",
            ),
        ),
        anchor=(
            "réversib",
            "restitu",
            "reprise",
            "export",
            "remet",
            "exit",
            "hand",
            "return",
            "transfer",
            "replacement",
            "successor",
            "transition",
        ),
    ),
    KindRule(
        "governing_law",
        _t(
            (
                r"soumise?s? au droit|régie?s? par (le droit|la loi)|droit applicable|loi applicable|"
                r"^droit français",
                "droit applicable",
            ),
            (
                r"governed by|governing law|law (applies|governs)|applicable law|laws? .{0,40}govern",
                "governing law",
            ),
        ),
        anchor=("droit", "loi", "govern", "law"),
    ),
    KindRule(
        "jurisdiction",
        _t(
            (
                r"tribunal|tribunaux|juridiction|compétence (exclusive)? ?(est )?attribuée|cour d'appel",
                "juridiction compétente",
            ),
            (r"\bcourts?\b|jurisdiction|venue", "competent court"),
        ),
        anchor=("tribuna", "juridiction", "jurisdiction", "compétence", "cour", "venue"),
    ),
    KindRule(
        "ai_act_roles",
        _t(
            (
                r"déployeur|(fournisseur|importateur|distributeur)\b.{0,80}(2024/1689|règlement "
                r"(européen )?sur l'(IA|intelligence artificielle)|AI Act)",
                "rôle au sens de l'AI Act",
            ),
            (
                r"\bdeployer\b|provider\b.{0,80}(AI Act|2024/1689|within the meaning)",
                "role under the AI Act",
            ),
        ),
        anchor=("déployeur", "deployer", "fournisseur", "importateur", "distributeur", "provider"),
    ),
    KindRule(
        "human_oversight",
        _t(
            (
                r"contrôle humain|supervision humaine|surveillance humaine|validation (humaine|par un "
                r"agent)|sans (l'examen|la validation|le contrôle|la revue) (préalable )?d'un|"
                r"passer outre|(validée?s?|revue?s?|vérifiée?s?|contrôlée?s?) par (un|une|des|les) (médecin|"
                r"juriste|avocat|expert|professionnel|salarié|collaborateur|agent|analyste|opérateur)|"
                r"(examin|supervis|valid|rel[ui])\w* (quotidiennement )?(par )?(un|une|des|les) "
                r"(analyste|agent|opérateur|humain|personne)|reprise par un agent|un agent supervise|"
                r"relecture humaine|relu\w* par (un|une|des|les) |\brelit\b|relisent",
                "contrôle humain",
            ),
            (
                r"human oversight|overseen by natural persons|reviewed by (a |an |the )?(qualified )?"
                r"(recruiter|human|translator|person|analyst|operator)|override|escalated to (a|an|the) "
                r"\w+ (officer|agent|staff|person|human)|take over the",
                "human oversight",
            ),
        ),
        anchor=(
            "examen",
            "passer outre",
            "validé",
            "revue",
            "vérifié",
            "contrôlé",
            "humain",
            "human",
            "agent",
            "analyste",
            "opérateur",
            "relecture",
            "reviewed",
            "overseen",
            "override",
            "personne",
            "relu",
            "reli",
            "escalat",
            "take over",
        ),
    ),
    KindRule(
        "logging",
        _t(
            (
                r"journalis\w+|journaux|\blogs?\b|traçabilité|enregistr\w+ automatique|conserve la "
                r"trace",
                "journalisation",
            ),
            (r"\blogs?\b|logging|record-keeping|automatic recording|audit trail", "logging"),
        ),
        anchor=("journa", "log", "traçab", "enregistr", "trace", "record"),
    ),
    KindRule(
        "transparency",
        _t(
            (
                r"transparen\w+|informe\w* .{0,80}(intelligence artificielle|système d'IA)|"
                r"indiqu\w* .{0,60}intelligence artificielle|interagissent avec|marquage|étiquetage|"
                r"filigrane",
                "transparence",
            ),
            (
                r"transparen\w+|informed that an AI|interacting with an AI|request an explanation|"
                r"(told|informed|notified)\b.{0,60}\b(AI|artificial intelligence)\b|"
                r"talking to an AI",
                "transparency",
            ),
        ),
        title=_c(r"^(transparence|transparency)$"),
        anchor=(
            "marquage",
            "étiquet",
            "filigrane",
            "indiqu",
            "told",
            "notified",
            "talking to",
            "transparen",
            "inform",
            "indique",
            "interagissent",
            "interacting",
            "explanation",
        ),
    ),
    KindRule(
        "force_majeure",
        _t((r"force majeure|beyond (its|their) reasonable control", "force majeure")),
        (
            _c(
                r"(sauf|hors|excepté|except(ing)?( in( the)? case of| for)?) (en )?(cas de )?(la )?"
                r"force majeure"
            ),
        ),
        anchor=("force majeure", "reasonable control"),
    ),
    KindRule(
        "confidentiality",
        _t(
            (
                r"confidenti\w+|secret (professionnel|des affaires|médical|bancaire)|"
                r"(ne pas|s'interdit de) divulguer",
                "confidentialité",
            ),
            (r"confidential\w*|not disclose|non-disclosure", "confidentiality"),
        ),
        (
            _c(
                r"politique de confidentialité|privacy policy|breach(es)? of confidentiality|"
                r"violations? de (la )?confidentialité"
            ),
        ),
        anchor=("confidenti", "secret", "divulguer", "disclos"),
    ),
    KindRule(
        "insurance",
        _t(
            (
                r"(souscri\w+|maint\w+|justifi\w+|titulaire d'une).{0,60}assurance|est assurée? |"
                r"assurance "
                r"(responsabilité|couvrant|RC)|police d'assurance",
                "assurance",
            ),
            (
                r"(maintain|hold|carry|obtain|take out)\b.{0,60}insurance|insurance (policy|cover)|"
                r"(indemnity|liability|cyber) insurance",
                "insurance",
            ),
        ),
        anchor=("assur", "assuran", "insuran"),
    ),
)

TITLE_ONLY_KINDS = {rule.kind for rule in RULES if rule.title is not None}
