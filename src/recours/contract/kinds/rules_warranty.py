"""Rules of the warranty kinds: warranties excluded (« en l'état », "as is", « ne garantit
pas », hidden defects excluded, warranties disclaimed), conformity warranted for a period, and
acceptance testing (recette, vérification d'aptitude, admission, an acceptance process with a
rejection period). Each trigger carries the reason shown to the user.
"""

from __future__ import annotations

from recours.contract.kinds.base import KindRule, c, t

WARRANTY_RULES: tuple[KindRule, ...] = (
    KindRule(
        "warranty_conformity",
        t(
            (
                # « les livrables seront conformes aux spécifications » (contract7)
                r"\b(sera|seront|est|sont) conformes? (aux|à la|au) (spécifications|exigences|"
                r"cahier des charges|documentation|description|bon de commande)",
                "garantie de conformité (livrables conformes aux spécifications)",
            ),
            (
                # "the Work Product will conform to the requirements in the SOW"
                r"\b(will|shall) (materially )?conform to (the |its |all )?(requirements|"
                r"specifications|documentation|description|statement of work|SOW)\b",
                "conformity warranty (deliverables conform to the specifications)",
            ),
        ),
        anchor=("conform",),
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
                r"aucune (autre )?garantie|(n'|ne )(accorde|offre|donne|consent|fournit|apporte)\w* pas "
                r"d'autres? garanties? que\b|ne (prend|souscrit|donne) aucun engagement (quant|"
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
        "warranty_exclusion",
        t(
            (
                # « ne pouvons pas garantir », « n'est pas en mesure de garantir », « ne saurait
                # garantir », « n'assurons aucune garantie », « nous excluons toute forme de
                # garantie », « il n'y a aucune garantie » (contract7)
                r"\bne (peu[tx]|pouvons|pouvez|peuvent|pourra|pourrons|saurai[te]n?t?|saurions)"
                r"( pas| en aucun cas)? (nous )?garantir\b|n'(est|sont|sommes) pas en mesure de "
                r"garantir|n'(assure|assurons|assurent|offre|offrons|apporte|apportons|donne|donnons|"
                r"accorde|accordons)\w* (aucune|pas de) garantie|\bexclu\w* toute (forme|sorte|"
                r"espèce) de garantie|il n'y a aucune garantie|aucune garantie n'est (donnée|"
                r"accordée|apportée|offerte)",
                "garantie exclue (« ne peut garantir », « aucune garantie »)",
            ),
            (
                # "we cannot guarantee that", "we give no guarantee", "there is no guarantee"
                r"\b(cannot|can ?not|could not|are unable to|is unable to) (guarantee|warrant)\b|"
                r"\b(give|gives|make|makes|offer|offers|provide|provides) no (guarantee|warranty)|"
                r"there is no (guarantee|warranty)",
                "warranty excluded (cannot guarantee, no guarantee)",
            ),
        ),
        anchor=("garanti", "guarantee", "warrant"),
    ),
    KindRule(
        "warranty_exclusion",
        t(
            (
                r"\b(nous|il|elle|le prestataire|le fournisseur|le concédant|le titulaire) ne "
                r"(garantissons|garantit|garantira|garantirons) (pas|jamais|aucunement) qu",
                "garantie exclue (« nous ne garantissons pas que »)",
            ),
        ),
        anchor=("ne garanti",),
    ),
    KindRule(
        "warranty_exclusion",
        t(
            (
                r"\b(does|do|will) not (provide|give|make) any (representation|warranty|"
                r"guarantee)( or (representation|warranty|guarantee))? that\b",
                "no representation or warranty given",
            ),
        ),
        anchor=("representation", "warranty", "guarantee"),
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
                # « assurera à ses frais exclusifs … la maintenance … causée par un défaut de
                # conformité ou un vice caché »: defects remedied at the supplier's cost
                r"\b(assure|prend|supporte|corrige|répare|reprend)\w*\b[^.;]{0,20}?\bà ses (propres )?"
                r"frais\b[^.;]{0,140}?\b(défauts? de conformité|vices? cachés?|non-conformités?)",
                "garantie de conformité (défauts de conformité repris aux frais du fournisseur)",
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
            "frais",
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
        "acceptance_testing",
        t(
            (
                r"\bacceptance process\b|\brejection period\b|deemed to have (approved|accepted) "
                r"(a|the) deliverable|délai de (rejet|refus)",
                "acceptance process with a rejection period",
            ),
        ),
        anchor=("acceptance", "rejection", "deemed to have", "délai de"),
    ),
    KindRule(
        "acceptance_testing",
        t(
            (
                # « le Client valide le Livrable ou émet des réserves », « à défaut de réserve …
                # considéré comme tacitement réceptionné »: a reception with reservations
                r"\b(émet|émettre|émettra|émettent|formule|formuler)\w* des réserves\b|"
                r"tacitement réceptionn\w*|procédure de réception\b",
                "procédure de réception (réserves, réception tacite)",
            ),
            (
                r"\b(raise|issue|state|make) (its |any )?reservations\b|tacitly accepted",
                "acceptance with reservations",
            ),
        ),
        (c(r"aucune (procédure de )?réception|sans (aucune )?réserve possible"),),
        anchor=("réserves", "réceptionn", "réception", "reservations", "tacitly"),
    ),
)
