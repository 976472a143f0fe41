"""Plain-language and active-voice wordings: contracts written « nous / vous » ("we / you"),
human oversight said in the active voice, records that keep the model version, people told that
an automated system is used, inspections « dans les locaux ».

These rules add triggers to kinds already defined in :mod:`.rules_commercial` and
:mod:`.rules_general`; a passage the first rules already detected keeps their verdict (the
detection of a kind in a passage is kept once, in rule order).
"""

from __future__ import annotations

from recours.contract.kinds.base import (
    AGREES_SHARE,
    FLAGGED_AMONG_NEGATIVES,
    FLAGGED_CONFIRMED,
    NO_RATE_GUARANTEED,
    NOT_BINDING,
    TOLD_ANCHOR,
    KindRule,
    c,
    t,
)

# outputs of an AI system (« chaque alerte », "any Output")
_OUTPUT_FR = (
    r"(scores?|alertes?|résultats?|suggestions?|recommandations?|prédictions?|prévisions?|"
    r"sorties?|propositions?|classements?|notes?|transcriptions?|signalements?|avis)"
)
_OUTPUT_EN = (
    r"(outputs?|results?|scores?|alerts?|recommendations?|suggestions?|predictions?|forecasts?|"
    r"grades?|classifications?|routes?|decisions?|drafts?|answers?|flags?)"
)
# people who check an output (active voice: « le superviseur … confirme le score »)
_PEOPLE_FR = (
    r"(vétérinaire|éleveur|médecin|infirmi\w+|superviseur|responsable \w+|opérateur|agent|conseiller|"
    r"juriste|avocat|analyste|expert|technicien|ingénieur|gestionnaire|prévisionniste|"
    r"utilisateur|correcteur|chef d'équipe|régulateur|pharmacien)"
)
_PEOPLE_EN = (
    r"(adjuster|grader|vet|veterinarian|forecaster|lawyer|solicitor|attorney|associate|"
    r"clinician|physician|doctor|nurse|planner|dispatcher|operator|supervisor|reviewer|analyst|"
    r"underwriter|caseworker|officer|individual|person|human|professional|member of staff)"
)
_NO_HUMAN = c(
    r"aucune (intervention|revue|validation|supervision) humaine n'est|no human (review|oversight|"
    r"intervention) (is|will be|shall be)|sans (aucune )?(intervention|validation) humaine"
)

DUTY_WORDING_RULES: tuple[KindRule, ...] = (
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
        "human_oversight",
        t(
            (
                # « l'alerte n'est qu'un signal », « les prévisions constituent une aide à la
                # décision », « c'est vous ou votre vétérinaire qui examinez », « reste seul
                # décisionnaire », « le superviseur … confirme ou rectifie le score »
                _OUTPUT_FR + r" (n'est|ne sont|ne constitue\w*) qu['’]\s?(un|une|des) (simples? )?"
                r"(signal|signaux|aides?|indications?|suggestions?|propositions?|avis)\b|"
                + _OUTPUT_FR
                + r" (constitue\w*|sont|est) (une|des) (simples? )?aides? à la décision|"
                r"c['’]est (vous|votre \w+|(l['’]|le |la |un |une |votre )" + _PEOPLE_FR + r")"
                r"[^.;]{0,50}? qui (décid|examin|valid|tranch|confirm|arbitr|choisi)|"
                r"(seule?s?|unique|dernier) "
                r"décisionnaires?|décision finale (appartient|revient|incombe|reste)|"
                r"(propose|recommande|suggère),? (mais )?(il|elle) ne décide (pas|jamais)|"
                + _PEOPLE_FR
                + r"[^.;]{0,60}?\b(confirm|valid|rectifi|corrig|modifi|écart|rejett|vérifi|"
                r"approuv|amend)\w*( ou \w+)? (le|la|les|chaque|toute?s?|l['’])\s?(\w+ )?"
                + _OUTPUT_FR
                + r"|fondée?s? (exclusivement |uniquement )?sur (le seul|la seule|les seuls|les "
                r"seules) ([\w-]+ ){0,2}(score|résultat|sortie|système|outil|modèle|algorithme|"
                r"alerte|prévision|prédiction|recommandation)",
                "contrôle humain (la personne désignée décide, la sortie n'est qu'une aide)",
            ),
            (
                # "the Service recommends; it does not decide", "may be accepted, changed or
                # disregarded by the assigned Adjuster", "a qualified individual reviews any
                # Output", "no route shall be issued until the planner has approved it"
                r"final (decision|say|call)s?( [\w'-]+){0,4} (rests?|lies|remains?|shall rest|shall remain|will "
                r"rest|will remain) (at all times )?with (a|an|the|its|their) |"
                r"(recommends|suggests|proposes|advises)[;,]? (but )?(it )?(does not|doesn't|shall "
                r"not|will not|never) (decide|make (the |any )?decisions?)|"
                r"(accept|chang|disregard|reject|modif|overrid|overrul|confirm|amend|correct|"
                r"approv|validat|review|verif|check|sign)\w*(, \w+){0,3}( (or|and) \w+)? by (a|an|"
                r"the|its|their|any) ([\w-]+ ){0,2}" + _PEOPLE_EN + r"s?\b|"
                r"(qualified|trained|designated|authori[sz]ed|competent|licensed|human) "
                + _PEOPLE_EN
                + r"s? (reviews?|checks?|validates?|approves?|confirms?|examines?|signs? off)|"
                r"have (a|an) ([\w-]+ ){0,2}" + _PEOPLE_EN + r" (review|check|validate|approve|"
                r"confirm)|\bno\b[^.;]{0,60}?\b(shall|will|may|is) (be )?(issued|sent|released|"
                r"used|acted on|applied)\b[^.;]{0,60}?\b(until|unless|before)\b[^.;]{0,60}?\b(has|"
                r"have) (approved|reviewed|validated|confirmed|checked|signed off)",
                "human oversight (a named person decides, the output only recommends)",
            ),
        ),
        (_NO_HUMAN,),
        anchor=(
            "n'est qu",
            "ne sont qu",
            "ne constitu",
            "à la décision",
            "c'est",
            "c’est",
            "décisionnaire",
            "décision finale",
            "final decision",
            "final say",
            "final call",
            "ne décide",
            "confirm",
            "valid",
            "rectifi",
            "corrig",
            "modifi",
            "écart",
            "rejett",
            "vérifi",
            "approuv",
            "amend",
            "fondé",
            "decide",
            "decision",
            "adjuster",
            "grader",
            "vet",
            "forecaster",
            "lawyer",
            "solicitor",
            "attorney",
            "associate",
            "clinician",
            "physician",
            "doctor",
            "nurse",
            "planner",
            "dispatcher",
            "operator",
            "supervisor",
            "reviewer",
            "analyst",
            "underwriter",
            "caseworker",
            "officer",
            "individual",
            "person",
            "human",
            "professional",
            "member of staff",
            "approved",
            "reviewed",
            "checked",
            "signed off",
        ),
    ),
    KindRule(
        "logging",
        t(
            (
                # « chaque alerte est gardée avec sa date », « l'historique des alertes », « la
                # conservation des traces », a record that keeps the model version
                r"(chaque |toute?s? (les )?|tous les )"
                + _OUTPUT_FR
                + r" (est|sont) (automatiquement )?"
                r"(gardée?s?|conservée?s?|enregistrée?s?|archivée?s?|horodatée?s?|consignée?s?|"
                r"journalisée?s?|tracée?s?)|historique des "
                + _OUTPUT_FR
                + r" (est|sera|sont|seront) "
                r"(conservée?s?|gardée?s?|archivée?s?|tenue?s?|horodatée?s?)|conservation (des|"
                r"de la) (traces?|historiques?|journaux)|(gard|conserv|enregistr|archiv|consign|"
                r"journalis)\w*[^.;]{0,160}?version (du|de l['’]|des|de la) (logiciel|modèle|"
                r"algorithme|système|classifieur|outil)",
                "journalisation (historique des sorties, version du modèle)",
            ),
            (
                # "a tamper-evident record", "retain, for each claim, … the model version"
                r"tamper[- ](evident|proof|resistant)|immutable (logs?|records?|audit)|"
                r"(retain|keep|record|store|log|preserve|capture)\w*[^.;]{0,200}?\b(model|software|"
                r"classifier|algorithm|system) version\b|(retain|keep|record|store|log|preserve)\w*"
                r"[^.;]{0,200}?\bversion of the (model|software|classifier|algorithm|system)",
                "logging (records with the model version)",
            ),
        ),
        (
            c(
                r"aucun(e)? (journal|journalisation|trace|historique|enregistrement)\b|ne (conserve|"
                r"enregistre|garde|journalise) (aucun|aucune|pas|rien)|no (logs?|records?|history) "
                r"(are|is|will be|shall be) (kept|retained|made|stored)|do(es)? not (log|record|"
                r"keep|store|retain) (any|the)"
            ),
        ),
        anchor=(
            "tamper",
            "immutable",
            "version",
            "conservation",
            "chaque",
            "tous",
            "tout",
            "historique",
        ),
    ),
    KindRule(
        "transparency",
        t(
            (
                # « informe chaque appelant que l'appel est … analysé par un outil automatisé »
                r"(informe|avise|prévien|signale|indique|précise|mentionne)\w*\b[^.;]{0,140}?\bqu"
                r"(e |['’])\s?(l['’]|leurs? |ses |son |sa |vos |votre )[^.;]{0,100}?(système d'IA|outil "
                r"d'IA|intelligence artificielle|algorithme|automatis|agent conversationnel|robot|"
                r"\bIA\b)",
                "transparence (information des personnes)",
            ),
            (
                # "inform each patient that their images will first be graded by an automated
                # system"
                r"(inform|tell|notif|advis|disclos|explain)\w*\b[^.;]{0,100}?\bthat\b[^.;]{0,100}?"
                r"\b(an? |the )?(AI system|artificial intelligence|automated (system|tool|process|"
                r"software)|chatbot|algorithm)",
                "transparency (people told)",
            ),
        ),
        anchor=TOLD_ANCHOR,
    ),
    KindRule(
        "audit_rights",
        t(
            (
                r"(procéder|faire procéder) à (des|un|une) (inspections?|contrôles?|vérifications?|"
                r"visites?|audits?)\b[^.;]{0,60}?(dans les locaux|sur place|sur site|sur les "
                r"systèmes)|(carry out|conduct|perform) (an? |the )?(inspections?|on-site audits?|"
                r"visits?)\b[^.;]{0,40}?\b(premises|facilities|sites?|systems)",
                "droit de contrôle sur place (inspections)",
            ),
        ),
        (
            c(
                r"ne (peut|pourra) (pas|en aucun cas) procéder|may not (carry out|conduct)|no "
                r"right to (carry out|conduct)"
            ),
        ),
        anchor=("inspection", "contrôle", "vérification", "visite", "audit", "visit"),
    ),
)

# plain-language contracts: « nous » is the supplier, « vous » the customer (« Si nous sommes
# responsables d'un dommage, nous payons au maximum … »); "we" / "you" in English
PLAIN_RULES: tuple[KindRule, ...] = (
    KindRule(
        "liability_cap",
        t(
            (
                r"\b(nous|il|elle|le prestataire|le fournisseur) (payons|paierons|payera|paiera|"
                r"paie|remboursons|rembourserons|indemnisons|versons|verserons|devons|devrons|"
                r"rembourse|indemnise|verse)\b[^.;]{0,30}?\b(au maximum|au plus\b(?! tard)|au "
                r"grand maximum|jamais plus (de|que))",
                "responsabilité plafonnée (« nous payons au maximum »)",
            ),
            (
                r"\b(we|it) (will|shall)? ?(pay|refund|reimburse|compensate)\w*[^.;]{0,30}?\b(at "
                r"most|no more than|not more than|up to a maximum of)",
                'liability capped ("we pay at most")',
            ),
        ),
        anchor=(
            "au maximum",
            "au plus",
            "jamais plus",
            "at most",
            "no more than",
            "not more than",
            "maximum of",
        ),
    ),
    KindRule(
        "liability_exclusion",
        t(
            (
                r"\b(nous|il|elle) ne (payons|paierons|paie|paiera|remboursons|rembourserons|"
                r"indemnisons|indemniserons|rembourse|indemnise|prenons en charge|prend en charge)"
                r"( jamais| pas| en aucun cas)\b[^.;]{0,40}?\b(pertes?|dommages?|préjudices?|"
                r"manque à gagner)",
                "exclusion de certains préjudices (« nous ne payons pas »)",
            ),
            (
                r"\b(we|it) (do|does|will|shall) not (pay|refund|reimburse|compensate)( you)?"
                r"( for)?\b[^.;]{0,40}?\b(losses|loss|damages?|lost profits?)",
                'excluded heads of loss ("we do not pay for")',
            ),
        ),
        anchor=("ne pa", "ne rem", "ne ind", "ne pr", "not pay", "not ref", "not rei", "not com"),
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
        "ip_ownership",
        t(
            (
                # « le logiciel et ses modèles restent à nous », « les vidéos restent à vous »
                r"\b(restent|reste|demeurent|demeure|sont|est) (à nous|à vous|les nôtres|les vôtres|"
                r"le nôtre|le vôtre|la nôtre|la vôtre)\b|\b(nous|vous) appartien\w*|(remain|are|"
                r"is) (ours|yours)\b|belongs? to (us|you)\b",
                'propriété (« restent à nous », "remain ours")',
            ),
        ),
        anchor=("à nous", "à vous", "nôtre", "vôtre", "appartien", "ours", "belong"),
    ),
    KindRule(
        "reversibility",
        t(
            (
                # « quand le contrat s'arrête, vous pouvez télécharger vos vidéos »
                r"(quand|lorsque|dès que|si) (le contrat|l['’]abonnement|le service) (s['’]arrête|"
                r"prend fin|se termine|cesse|est résilié)[^.;]{0,60}?(télécharger|récupérer|exporter|"
                r"rapatrier|obtenir une copie)|(when|once|if) (the|this) (contract|agreement|"
                r"subscription) (ends|expires|is terminated)[^.;]{0,60}?(download|export|retrieve|"
                r"get a copy)",
                "réversibilité (récupérer ses données à la fin)",
            ),
        ),
        anchor=(
            "s'arrête",
            "s’arrête",
            "prend fin",
            "se termine",
            "cesse",
            "résilié",
            "ends",
            "expires",
            "terminated",
        ),
    ),
    KindRule(
        "governing_law",
        t(
            (
                r"\b(le )?droit (français|belge|luxembourgeois|suisse|allemand|anglais|espagnol|"
                r"italien|québécois|canadien|de l['’]état de \w+)( seul)? (s['’]applique|est "
                r"applicable|régit)|\b(french|belgian|english|german|irish|swiss|dutch|spanish|"
                r"italian|scots|new york|delaware|california|singapore|ontario) law (applies|governs)",
                "droit applicable (« le droit français s'applique »)",
            ),
        ),
        anchor=("s'appliqu", "s’appliqu", "applicable", "régit", "applies", "governs"),
    ),
)
