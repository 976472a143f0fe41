"""Rules for the commercial clauses: liability, warranty, acceptance, service, penalties, performance."""

from __future__ import annotations

from recours.contract.kinds.base import (
    _METRIC,
    _METRIC_WORDS,
    _NUMBER,
    _RESP,
    CAUGHT_SHARE,
    NAMED_TARGET,
    NO_RATE_GUARANTEED,
    NOT_BINDING,
    SHARE_CAUGHT,
    KindRule,
    c,
    t,
)

COMMERCIAL_RULES: tuple[KindRule, ...] = (
    KindRule(
        "liability_cap",
        t(
            (
                _RESP + r".{0,160}?(limitée?s?|plafonnée?s?|ne (pourra|saurait|peut|pourront) "
                r"(en aucun cas )?(pas )?(exc[ée]der|dépasser)|ne dépassera)",
                "responsabilité limitée ou plafonnée",
            ),
            (r"plafond (global )?de (la )?" + _RESP, "plafond de responsabilité"),
            (
                r"responsables? .{0,160}?(dans la limite d|limitée? à|plafonnée? à)",
                "responsabilité dans la limite d'un montant",
            ),
            (r"responsables? au-delà (de|d'un|du)", "responsabilité limitée à un montant"),
            (
                # the amount of damages / compensation rather than « la responsabilité » is capped
                r"(dommages[- ]et[- ]intérêts|dommages[- ]intérêts|indemnisations?|indemnités?|"
                r"réparations?|dédommagements?)\b[^.;]{0,160}?(limitée?s?|plafonnée?s?|ne (pourra|"
                r"saurait|peut|pourront|sauraient|peuvent) (en aucun cas )?(pas )?(exc[ée]der|"
                r"dépasser)|ne dépasser\w+|n'excéder\w+|dans la limite d)",
                "indemnisation limitée ou plafonnée",
            ),
            (
                r"(damages|compensation|indemnit(y|ies)|recovery)\b[^.;]{0,160}?(shall not exceed|"
                r"will not exceed|may not exceed|not to exceed|(shall )?in no event exceed|limited "
                r"to|capped at|is capped)|liable (for (any )?amounts? )?(up to|in excess of|beyond|"
                r"for more than)|maximum (aggregate )?liability",
                "damages capped",
            ),
            (
                r"liabilit(y|ies).{0,160}?(shall not exceed|will not exceed|not to exceed|"
                r"(shall )?in no event exceed|limited to|capped at|is capped|will exceed|"
                r"shall exceed|(shall|will|may)( not)+ (exceed|be more than|be greater than))",
                "liability capped",
            ),
            (
                r"(in no event|under no circumstances|in no case) (shall|will)\b[^.;]{0,80}?"
                r"liabilit(y|ies)\b[^.;]{0,200}?\bexceed",
                "liability capped (in no event … exceed)",
            ),
        ),
        (
            c(
                r"ne pas plafonner|aucune limitation de (la )?" + _RESP + r"|aucun plafond|"
                r"sans (limitation|plafond)|does not limit|no (cap|limit) on|unlimited liability|"
                r"nothing in this agreement (limits|excludes)|n'(est|sont) pas (limitée?s?|"
                r"plafonnée?s?)|ne (sera|seront) pas (limitée?s?|plafonnée?s?)|(is|are|shall be) not "
                r"(capped|limited (in amount|by))|n'entend\w* pas[^.;]{0,40}limiter"
            ),
        ),
        anchor=(
            "responsabilit",
            "responsable",
            "liabilit",
            "liable",
            "plafond",
            "dommage",
            "indemni",
            "réparation",
            "dédommag",
            "damages",
            "compensation",
            "recovery",
        ),
    ),
    KindRule(
        "liability_exclusion",
        t(
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
                # « aucune partie n'est responsable des dommages indirects », « n'est pas tenu de
                # réparer les pertes d'exploitation », « ne saurait être tenu de réparer »
                r"(n'(est|sera|sont|seront)|ne (sera|seront|saurait|sauraient|peut|pourra)( être)?)"
                r" (pas |en aucun cas |jamais )?(tenue?s? )?(responsables?|de réparer|à réparer|"
                r"d'indemniser)\b[^.;]{0,80}?\b(dommages?|préjudices?|pertes?|manque à gagner)",
                "exclusion de certains préjudices (aucune responsabilité pour)",
            ),
            (
                r"(not|never|in no event|neither party)( \w+){0,8} (be |is )?(liable|responsible|"
                r"accountable)( \w+){0,4} for (any )?"
                r"(indirect|consequential|incidental|loss|lost|special)",
                "excluded heads of loss",
            ),
            (r"exclu\w* .{0,40}(indirect|consequential|loss of profit)", "excluded heads of loss"),
            (
                # "Mozilla specifically disclaims the following: Indirect, special … damages",
                # "under no circumstances will either party be liable … for lost profits"
                r"disclaims?\b[^.;]{0,60}?\b(indirect|consequential|incidental|special|punitive|"
                r"exemplary)\b[^.;]{0,160}?\bdamages|(under no circumstances|in no case|in no "
                r"event) (will|shall)\b[^.;]{0,60}?\bliable\b[^.;]{0,80}?\b(lost profits?|"
                r"consequential|indirect|incidental|special)",
                "heads of loss disclaimed",
            ),
            (
                # « Mozilla décline les responsabilités suivantes : dommages indirects »
                r"décline\w*\b[^.;]{0,60}?\b(dommages?|préjudices?)\b[^.;]{0,40}?\b(indirects?|"
                r"consécutifs?|immatériels?|accessoires?|particuliers?)",
                "préjudices déclinés",
            ),
        ),
        (
            c(
                r"nothing in this agreement (limits or )?excludes|n'emporte aucune (limitation|"
                r"exclusion)|force majeure|beyond (its|their) reasonable control|"
                # "the exclusion of indirect loss in the standard terms shall not apply"
                r"\bexclusions?\b[^.;]{0,120}?\b(shall|will|does|do) not apply|\bexclusions?\b"
                r"[^.;]{0,120}?\bne s'applique(nt|ra|ront)? pas"
            ),
        ),
        anchor=(
            "dommage",
            "préjudice",
            "perte",
            "manque à gagner",
            "liable",
            "responsible",
            "accountable",
            "exclu",
            "disclaim",
            "décline",
        ),
    ),
    KindRule(
        "warranty_exclusion",
        t(
            (
                r"ne garantit (pas|ni)|exclut toute garantie|vices cachés (est )?(expressément )?"
                r"exclue|fourni(e|s|es)? (« ?|\"|“)?en l'état|sans (aucune |autre )?garantie|"
                r"exclusion de garantie|"
                r"il n'est pas garanti qu",
                "garantie exclue ou limitée",
            ),
            (
                r"\bas[- ]is\b|disclaims? (all|any)|without (any )?warranty|makes no (other )?"
                r"(warrant|commitment|representation)|no (other )?warranties|(other )?warranties "
                r"(are|is) (hereby )?(excluded|disclaimed)|warrant(y|ies)\b[^.;]{0,100}?"
                r"(are|is) (hereby )?(expressly )?(excluded|disclaimed|waived)|exclud\w* (all|any) "
                r"(other |implied |statutory )*warrant|"
                # round 10: "Neither Party gives any warranty … as to the accuracy"
                r"(neither party|no party|neither of us|none of us) (gives|makes|provides|grants) "
                r"(any|a) (\w+ )?(warrant|guarantee)",
                "warranty disclaimed",
            ),
            (
                # « toute autre garantie, expresse ou implicite, est exclue »: whatever the words
                # between, a warranty that the sentence declares excluded or waived
                r"garanties?\b[^.;]{0,100}?(est|sont|demeure|demeurent) (expressément |formellement |"
                r"par conséquent )?(exclue?s?|écartée?s?)|(exclu\w*|écart\w*) (toute|toutes les|"
                r"les) (autres? )?garanties?|renonce\w* (à|a) (toute|la) garantie|aucune (autre )?"
                r"garantie (n'est|ne sera) (donnée|consentie|accordée)",
                "garantie exclue (formule générale)",
            ),
            (
                # « fourni tel quel », « dans l'état où il se trouve », « ne prend aucun engagement
                # quant à l'adéquation », « n'accorde aucune autre garantie »
                r"((fourni|proposé|livré|concédé|vendu|cédé|accepté|délivré)e?s?|mise?s? à (la )?"
                r"disposition)[^.;]{0,30}? (« ?|\"|“)?(tel quel|telle quelle|tels quels|telles quelles|en l'état|"
                r"dans l'état où)|(n'|ne )(accorde|offre|donne|consent|fournit|apporte|octroie)\w* "
                r"aucune (autre )?garantie|ne (prend|souscrit|donne) aucun engagement (quant|"
                r"relatif|sur|concernant|en ce qui concerne)[^.;]{0,40}?(adéquation|aptitude|"
                r"adaptation|convenance|résultats?|besoins)|sans garantie d'aucune sorte",
                "garantie exclue (tel quel, aucun engagement)",
            ),
            (
                # "gives no other warranty", "WITHOUT WARRANTY OF ANY KIND", "does not warrant"
                r"(gives?|provides?|offers?|extends?|grants?|makes?) no (other |further |express "
                r"or implied |implied )?(warrant|guarantee|representation)|without (warranty|"
                r"guarantee) of any kind|do(es)? not (warrant|guarantee) (that|the|any)|no "
                r"(other )?(warranty|guarantee|representation) (of any kind )?(is|are|shall be) "
                r"(given|made|provided)|(provided|supplied|licen[cs]ed|delivered|sold) on an "
                r"[\"“']?as[- ]is|(provided|supplied|licen[cs]ed|delivered|sold) [\"“']?with all "
                r"faults",
                "warranty disclaimed (no warranty given)",
            ),
        ),
        (
            c(
                r"ne (sont|est) pas exclue?s?|are not (excluded|disclaimed)|is not (excluded|"
                r"disclaimed)|nothing in this (agreement|clause|section)[^.;]{0,40}(excludes|limits)"
                r"[^.;]{0,40}warrant"
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
            "exclu",
            "écart",
            "renonc",
            "tel quel",
            "telle quelle",
            "tels quels",
            "telles quelles",
            "dans l'état",
            "engagement",
            "guarantee",
            "with all faults",
        ),
    ),
    KindRule(
        "warranty_conformity",
        t(
            (
                r"garanti[te]? (la )?conformité|garanti[te]?,[^.;]{0,120}?, la conformité|garanti[te]? .{0,40}contre (tout )?(défaut|vice|"
                r"dysfonctionnement|anomalie|bogue|non-conformité)|"
                r"(est|sont) garanti(e|s|es)? (pendant |pour )?\w+ (\(\d+\) )?(mois|ans?)|"
                r"garantie (de conformité )?(de|d'une durée de) \w+ (\(\d+\) )?(mois|ans?)|"
                r"(fait|font) l'objet d'une garantie|garantie contractuelle|garanti\w* (le bon "
                r"fonctionnement|le fonctionnement|l'absence de (défaut|vice|bogue|anomalie))|garantie (technique|de "
                r"bon fonctionnement|de parfait achèvement)\b[^.;]{0,40}?(durée|pendant|\bde \w+ "
                r"(\(\d+\) )?(mois|ans?))",
                "garantie de conformité",
            ),
            (
                r"warrants?\b.{0,160}?(conform|perform|free from|in accordance with|"
                r"against defects|(will|shall) not (materially )?(reduce|degrade|decrease) the "
                r"(general |overall )?functionality)|warranty period|(guarantees?|warrants?) (the )?(proper|correct) "
                r"(functioning|operation|working)",
                "warranty of conformity",
            ),
        ),
        anchor=("garanti", "warrant"),
    ),
    KindRule(
        "acceptance_testing",
        t(
            (
                r"\brecette\b|vérification d'aptitude|vérification de service régulier|\bVSR\b|"
                r"prononce[rz]? (la réception|l'admission)|réputée? (validée?|acceptée?)|formuler ses "
                r"(observations|réserves)|validation (du paramétrage|des livrables|de la livraison)|décision d'admission|procès-verbal de "
                r"réception|réputée? (accepté|prononcée)|opérations de vérification|(essais|tests) de réception|"
                r"admission des "
                r"prestations",
                "procédure de recette ou de vérification",
            ),
            (
                r"acceptance (test|testing|certificate|criteria|procedure)|deemed accepted|"
                r"shall be accepted|perform the acceptance|acceptance tests\b",
                "acceptance procedure",
            ),
        ),
        (
            c(
                r"\bno\b[^.;]{0,60}acceptance|aucune? (recette|procédure de recette)|aucun\w* "
                r"[^.;]{0,30}recette|renonc\w* à (la|toute) (procédure de )?recette|waive\w* "
                r"[^.;]{0,30}acceptance"
            ),
        ),
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
                r"(acknowledg|restor)\w* .{0,40}within",
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
)
