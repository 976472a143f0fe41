"""Wordings spelled out at length: a metric held to a comparator far from its name
(« l'erreur absolue moyenne en pourcentage de la prévision émise trente jours avant la récolte,
comparée au rendement constaté, ne dépasse pas 15 % »), the metric families added to
:data:`.base.SPELLED_METRIC`.

These rules add triggers to kinds already defined in :mod:`.rules_commercial` and
:mod:`.rules_general`; a passage the first rules already detected keeps their verdict.
"""

from __future__ import annotations

from recours.contract.kinds.base import (
    _METRIC,
    _METRIC_WORDS,
    NO_RATE_GUARANTEED,
    NOT_BINDING,
    SHARE_WITHIN_TIME,
    TOLD_ANCHOR,
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

SPELLED_OUT_RULES: tuple[KindRule, ...] = (
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

_PEOPLE_EN = (
    r"(officer|analyst|reviewer|underwriter|clinician|physician|doctor|nurse|operator|supervisor|"
    r"adjuster|lawyer|manager|specialist|expert|planner|human|person|individual|"
    r"member of [\w'’ -]{0,40}?(staff|team|personnel))"
)

SPELLED_OUT_RULES += (
    KindRule(
        "audit_rights",
        t(
            (
                # "shall permit the Bank, its auditors and the regulator … to inspect and examine
                # the books", "shall allow the Customer or its accountants … to examine … records"
                r"\b(shall|will|must|agrees? to) (permit|allow|enable|authori[sz]e)\b[^.;]{0,200}?\bto "
                r"(inspect|examine|audit|verify|visit|review)\w*\b[^.;]{0,100}?\b(records|books|"
                r"accounts|premises|facilities|sites?|systems|personnel|documents|files)\b",
                "inspection right (a party permits another to examine its records)",
            ),
            (
                # « autorise le Client et ses commissaires aux comptes … à contrôler les registres »,
                # « contrôles sur pièces et sur place »
                r"\b(permet|autorise|laisse|s'engage à permettre)\w*\b[^.;]{0,200}?\bà (contrôler|"
                r"vérifier|inspecter|examiner|auditer|visiter)\b[^.;]{0,100}?\b(registres|livres|"
                r"comptes|locaux|installations|sites?|systèmes|documents|dossiers|pièces)\b|"
                r"(contrôles?|vérifications?|inspections?) sur pièces et sur place",
                "droit de contrôle (une partie en autorise une autre à vérifier)",
            ),
        ),
        (
            c(
                r"\b(shall|will|need) not (be required to )?(permit|allow)|n'(autorise|permet) "
                r"(pas|aucun)|ne (permet|autorise) (pas|aucun)"
            ),
        ),
        anchor=(
            "permit",
            "allow",
            "enable",
            "authori",
            "permet",
            "autorise",
            "laisse",
            "sur pièces",
        ),
    ),
    KindRule(
        "transparency",
        t(
            (
                # « informe les usagers … que les offres peuvent avoir été présélectionnées par un
                # traitement algorithmique »
                r"(informe|avise|prévien|indique|précise|signale)\w*\b[^.;]{0,160}?\bqu(e |['’])"
                r"[^.;]{0,160}?(traitement algorithmique|algorithmi\w+|traitement automatisé|"
                r"système automatisé|décision automatisée|outil automatisé)",
                "transparence (information sur un traitement algorithmique)",
            ),
            (
                r"(inform|tell|notif|advis|disclos|explain)\w*\b[^.;]{0,160}?\bthat\b[^.;]{0,160}?"
                r"\b(algorithmic\w*|automated (processing|decision|means|scoring|screening|matching)"
                r"|machine learning|AI[- ]based|AI tool|AI model)",
                "transparency (people told of an algorithm)",
            ),
        ),
        (
            c(
                r"\b(n'informe|ne (sont|seront) pas informé|is not required to inform|need not inform)"
            ),
        ),
        anchor=TOLD_ANCHOR,
    ),
    KindRule(
        "warranty_conformity",
        t(
            (
                # « garantit que le Système est conforme aux spécifications », « corrige sans frais
                # toute erreur signalée dans les soixante jours qui suivent l'acceptation »
                r"\bgaranti(t|ssent|ra|ront)? (que|à l'\w+ que|au \w+ que)\b[^.;]{0,120}?\b(conformes?|"
                r"conformément|fonctionne\w*|exempts? de (tout )?(défaut|vice|erreur))|"
                r"\b(corrige|répare|remédie|reprend|remplace)\w*\b[^.;]{0,40}?\b(sans frais|"
                r"gratuitement|à ses frais|à titre gratuit)\b[^.;]{0,80}?\b(erreurs?|défauts?|non-"
                r"conformités?|anomalies?|vices?|bogues?)\b[^.;]{0,80}?\b(dans|pendant|durant) (les|"
                r"un délai de|une période de) [\w-]+ (\(\d+\) )?(jours|mois|ans)",
                "garantie de conformité (le fournisseur garantit ou corrige sans frais)",
            ),
            (
                r"\b(remed(y|ies)|correct|fix|repair|replace)\w*\b[^.;]{0,40}?\b(free of charge|at "
                r"(its|their) (own )?(cost|expense)|without charge)\b[^.;]{0,80}?\b(errors?|defects?|"
                r"non-conformit\w+|faults?|bugs?)\b[^.;]{0,80}?\b(within|during|for) [\w-]+ (\(\d+\) )?"
                r"(days|months|years)",
                "warranty of conformity (defects remedied free of charge for a period)",
            ),
        ),
        (c(r"ne garanti\w* pas|does not warrant|makes no warrant|sans garantie"),),
        anchor=(
            "garanti",
            "corrig",
            "répar",
            "remédi",
            "reprend",
            "remplac",
            "remed",
            "correct",
            "fix",
            "repair",
            "replac",
        ),
    ),
    KindRule(
        "acceptance_testing",
        t(
            (
                r"vérifications d'aptitude|(prononce\w*|décide\w*) (la |l')?(mise en service|admission|"
                r"réception)[^.;]{0,40}?\b(ajournement|refus|rejet|réfaction)",
                "procédure de vérification (admission, ajournement ou refus)",
            ),
            (
                r"notify (its |their )?(acceptance|approval) or rejection|(accept|approve)\w* or reject"
                r"\w*\b[^.;]{0,80}?\bwithin [\w-]+ (\(\d+\) )?(business |working )?days",
                "acceptance procedure (acceptance or rejection within a period)",
            ),
        ),
        (c(r"no acceptance|aucune recette|waive\w* (the )?acceptance|renonce\w* à la recette"),),
        anchor=("aptitude", "ajournement", "refus", "rejet", "réfaction", "reject"),
    ),
    KindRule(
        "reversibility",
        t(
            (
                # « à la fin de l'abonnement, l'Abonné peut exporter pendant trente jours »
                r"\b(fin|terme|expiration|résiliation|cessation)\b[^.;]{0,120}?\b(peut|pourra|peuvent|"
                r"pourront|a le droit d[e'’]|dispose)\s?[^.;]{0,40}?\b(exporter|récupérer|télécharger|"
                r"extraire)",
                "réversibilité (export des données en fin de contrat)",
            ),
            (
                # "for 45 days after this agreement ends, you may download Your Data"
                r"\b(after|following|upon|on) (the |this )?(agreement|contract|subscription|"
                r"termination|expiry|expiration|end)\b[^.;]{0,60}?\b(ends|terminates|expires|of)?"
                r"[^.;]{0,60}?\b(may|can|shall be able to|is entitled to|are entitled to) (download|"
                r"export|retrieve|extract)|\b(download|export|retrieve|extract)\w*\b[^.;]{0,120}?"
                r"\b(after|following|upon) (the |this )?(agreement|contract|subscription)? ?(ends|"
                r"terminat|expir|end)",
                "reversibility (data exported after the end)",
            ),
        ),
        (),
        anchor=("export", "récupér", "télécharg", "extrai", "download", "retriev", "extract"),
    ),
    KindRule(
        "human_oversight",
        t(
            (
                # "Alerts are indications only", "present the score as a recommendation only",
                # "no application shall be declined on the basis of the score alone", "the
                # officer's decision shall prevail"
                r"\b(alerts?|outputs?|scores?|results?|recommendations?|predictions?|forecasts?|"
                r"flags?|matches)\b (are|is|shall be|constitute\w*|serve as) (\w+ ){0,2}"
                r"(indications?|recommendations?|advisory|guidance|for information)( purposes)? "
                r"only\b|\bas (a |an )?(recommendation|indication|guidance|advice) only\b|"
                r"\bno\b[^.;]{0,60}?\b(shall|may|will|can) be\b[^.;]{0,40}?\b(on the basis of|based "
                r"on)\b[^.;]{0,40}?\b(score|output|result|recommendation|prediction|alert)s? alone\b|"
                r"\bby (a|an|the|its|their|any) ([\w'’-]+ ){0,2}" + _PEOPLE_EN + r"s?\b[^.;]{0,60}?"
                r"\b(who|which) (may|shall|can) (clear|approve|confirm|override|overrule|reject|"
                r"amend|modify|decline)|" + _PEOPLE_EN + r"[’']s? (decision|disposition|"
                r"determination) shall (prevail|be final)",
                "human oversight (a person reviews and decides, the output is advisory)",
            ),
        ),
        (
            c(
                r"no human (review|oversight|intervention) (is|will be|shall be)|without (any )?"
                r"human (review|intervention)"
            ),
        ),
        anchor=(
            "only",
            "alone",
            "prevail",
            "final",
            "who may",
            "who shall",
            "who can",
            "which may",
        ),
    ),
    KindRule(
        "force_majeure",
        t(
            (
                # "an event beyond our reasonable control", « hors du contrôle raisonnable »
                r"\b(not|neither|no)\b[^.;]{0,60}?\b(liable|responsible)\b[^.;]{0,80}?\b(failure|"
                r"delay)\b[^.;]{0,60}?\bbeyond (its|their|our|your|his|her|the|a|that) ([\w'’]+ )?"
                r"(reasonable )?control|\b(n'est|ne (sont|sera|seront|peut))\b[^.;]{0,40}?"
                r"responsables?\b[^.;]{0,80}?\b(inexécution|retard|manquement)\b[^.;]{0,80}?"
                r"(échappant à (son|leur) contrôle|hors de (son|leur) contrôle|indépendant de (sa|"
                r"leur) volonté)",
                "force majeure (events beyond a party's control)",
            ),
        ),
        (),
        anchor=("control", "contrôle", "volonté"),
    ),
    KindRule(
        "liability_exclusion",
        t(
            (
                # "Neither of us is liable to the other for any indirect loss"
                r"\b(neither of us|none of us|neither of the parties|neither one of us)\b[^.;]{0,40}?"
                r"\b(is|will be|shall be) (liable|responsible)\b[^.;]{0,60}?\bfor (any )?(indirect|"
                r"consequential|incidental|special|loss of (profit|revenue|business|data))",
                "excluded heads of loss (plain language)",
            ),
        ),
        (),
        anchor=("neither of", "none of us", "neither one"),
    ),
)

SPELLED_OUT_RULES += (
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
)
