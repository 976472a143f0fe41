"""Rules of the AI Act duties: the roles stated (provider, deployer, importer, distributor),
human oversight (review, validation, override, a case handed over to a person, no decision on
the system alone), logging and record-keeping, and transparency (people told they deal with an
AI, generated content marked, output not passed off as made by a person). Each trigger
carries the reason shown to the user.
"""

from __future__ import annotations

from recours.contract.kinds.base import TOLD_ANCHOR, KindRule, c, t

# professionals whose confirmation of an output is human oversight (« validé par le médecin »)
_JOBS_FR = (
    r"(médecin|infirmi\w+|pharmacien\w*|radiologue|clinicien\w*|soignant|juriste|avocat|expert|"
    r"professionnel|salarié|collaborateur|agent|analyste|opérateur|chefs? d'équipe|superviseur|"
    r"responsable|gestionnaire|conseiller|instructeur|contrôleur|régulateur|recruteur|"
    r"traducteur|correcteur|pilote|conducteur|technicien|ingénieur|personnel)"
)

# the same professionals as prefilter words (every trigger that names one needs one of these)
_JOB_ANCHORS = (
    "médecin",
    "infirmi",
    "pharmacien",
    "radiologue",
    "clinicien",
    "soignant",
    "juriste",
    "avocat",
    "expert",
    "professionnel",
    "salarié",
    "collaborateur",
    "analyste",
    "chef",
    "superviseur",
    "responsable",
    "gestionnaire",
    "conseiller",
    "instructeur",
    "contrôleur",
    "régulateur",
    "recruteur",
    "traducteur",
    "correcteur",
    "pilot",
    "conducteur",
    "technicien",
    "ingénieur",
    "personnel",
    "nurse",
    "physician",
    "doctor",
    "clinician",
    "radiologist",
    "pharmacist",
    "officer",
    "staff",
    "employee",
    "analyst",
    "operator",
    "lawyer",
    "reviewer",
    "engineer",
    "recruiter",
    "translator",
    "supervisor",
    "controller",
    "caseworker",
    "case worker",
    "adjudicator",
    "underwriter",
    "dispatcher",
    "specialist",
)

# a human takes over: the conversation, the case or the file is handed to an adviser, an agent,
# a member of staff (« transférée à un conseiller, qui reprend la main », "handed over to an
# adviser", "routes … to the Customer's human review team")
_HANDOVER_FR = (
    r"(transf[ée]r|transmi|transmet|orient|bascul|redirig|renvo|escalad|remont|confi)\w*\b"
    r"[^.;]{0,60}?\b(à|vers) (un|une|le|la|les|son|sa|ses|leur|l')\s?([\w'-]+ ){0,2}(conseill"
    r"\w+|agent humain|opérateur humain|interlocuteur humain|humain|collaborat\w+|gestionnaire|"
    r"personne physique|équipe humaine|téléconseill\w+|chargée? de clientèle)|reprend\w* la main|"
    r"(poursuivre|continuer|reprendre) (l'échange|la conversation|le dialogue|l'entretien) avec un "
    r"(conseiller|agent|humain|collaborateur|interlocuteur)|(parler|échanger|s'entretenir) avec un "
    r"(conseiller|humain|interlocuteur humain|agent humain|collaborateur)"
)

_HANDOVER_EN = (
    r"(transfer|hand|pass|rout|escalat|refer|forward|redirect)\w*\b( over| on)?[^.;]{0,60}?\bto "
    r"(a|an|the|its|one of the|one of its|[\w-]+'s?)\s?([\w'-]+ ){0,2}(advis[eo]rs?|human\b|"
    r"member of staff|members of (its |the )?staff|staff member|live agent|human agent|"
    r"caseworker|case handler|claims handler)|\bhuman ([\w-]+ )?(team|reviewers?|agents?|"
    r"handlers?|staff)\b|take over (any|the|a|each|every) (conversation|call|chat|session|case|"
    r"claim|dialogue|interaction|file)|(speak|talk) (to|with) (a|an) (person|human|adviser|advisor|"
    r"member of staff|agent)"
)

# no decision rests on the system alone (« sur le seul fondement du score », "solely on the basis
# of the automated output", "no claim is rejected without review by a member of the team")
_NOT_SOLELY = (
    r"sur (le seul|la seule) (fondement|base) (du|de la|d'un|d'une|des) ([\w-]+ ){0,2}(score|"
    r"résultats?|sorties?|traitements? automatisés?|système|modèle|algorithme|outil|logiciel|"
    r"recommandations?|suggestions?|prédictions?)|(exclusivement|uniquement|seulement) (sur la base|"
    r"sur le fondement) d'un (traitement automatisé|algorithme|score)|"
    r"(solely|exclusively) (on the basis of|based on|on|by|through) (the |an? |its )?"
    r"([\w-]+ ){0,2}(score|output|result|automated|system|model|algorithm|tool|software|AI\b|"
    r"recommendation|prediction)|\bno\b[^.;]{0,60}?\b(rejected|refused|denied|declined|decided|"
    r"approved|issued|sent|taken|closed)\b[^.;]{0,40}?\bwithout (the )?(review|approval|"
    r"validation|sign-off|intervention|decision|confirmation|assessment)\w* (by|of|from) (a|an|"
    r"the|one|its)|aucune? [^.;]{0,60}?\bn'est (validée?|rejetée?|refusée?|décidée?|prononcée?|"
    r"envoyée?|émise?|prise?|clôturée?)s? sans (l'intervention|la validation|l'examen|l'accord|la "
    r"revue|le contrôle|la décision|l'avis|l'approbation) (préalable )?(d'un|d'une|du|de la|des)"
)

_OVERSIGHT_TITLE = c(
    r"^(?:.*\b)?((contrôle|supervision|surveillance|décision|intervention|validation|revue|"
    r"relecture) humaine?s?|human (oversight|review|decision|intervention|control|supervision)|"
    r"(reprise|transfert) (par|à|vers) un (conseiller|agent|humain)|handover( and supervision)?)\b"
)

# outputs of an AI system (« chaque alerte », "any Output")
_OUTPUT_FR = (
    r"(scores?|alertes?|résultats?|suggestions?|recommandations?|prédictions?|prévisions?|"
    r"sorties?|propositions?|classements?|notes?|transcriptions?|signalements?|avis)"
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

_REVIEWERS_EN = (
    r"(officer|analyst|reviewer|underwriter|clinician|physician|doctor|nurse|operator|supervisor|"
    r"adjuster|lawyer|manager|specialist|expert|planner|human|person|individual|"
    r"member of [\w'’ -]{0,40}?(staff|team|personnel))"
)


AI_DUTIES_RULES: tuple[KindRule, ...] = (
    KindRule(
        "ai_act_roles",
        t(
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
        t(
            (
                r"contrôle humain|supervision humaine|surveillance humaine|validation (humaine|par un "
                r"agent)|sans (l'examen|la validation|le contrôle|la revue) (préalable )?d'un|"
                r"passer outre|(validée?s?|revue?s?|vérifiée?s?|contrôlée?s?) par (un|une|des|les) (médecin|"
                r"juriste|avocat|expert|professionnel|salarié|collaborateur|agent|analyste|opérateur)|"
                r"(examin|supervis|valid|rel[ui])\w* (quotidiennement )?(par )?(un|une|des|les) "
                r"(analyste|agent|opérateur|humain|personne)|reprise par un agent|un agent supervise|"
                r"relecture humaine|relu\w* par (un|une|des|les) |\brelit\b|relisent|"
                r"(intervention|décision|revue|vérification|validation|relecture|examen|"
                r"appréciation|supervision) humaines?|humain dans la boucle|"
                r"(contrôl|vérifi|valid|revu|revoi|relu|reli|examin|approuv|supervis|corrig)\w*"
                r"( [\w'-]+){0,4} par (un|une|des|les|le|la|l') ?([\w-]+ ){0,2}(qualifiée?s?|"
                r"habilitée?s?|compétente?s?|formée?s?|humaine?s?|désignée?s?|expérimentée?s?)\b",
                "contrôle humain",
            ),
            (
                # a named professional confirms, amends or overrides the output; an operator can
                # stop the automatic mode and go back to manual work
                r"(confirm|modifi|amend|corrig|approuv|valid|vérifi|contrôl|revu|revoi|examin|"
                r"arbitr|tranch|décid)\w*( (ou|et) \w+)?( [\w'-]+){0,4} par (un|une|des|les|le|la|"
                r"l'|son|leur) ?([\w-]+ ){0,2}" + _JOBS_FR + r"|(suspendre|interrompre|arrêter|"
                r"désactiver|débrayer)\w* [^.;]{0,40}?(automatique|automatisée?|du système)|"
                r"(reprendre|repasser|basculer)\w* [^.;]{0,30}?(manuellement|en mode manuel|la main)|"
                r"(système|outil|logiciel|modèle|solution|algorithme) ne (peut|pourra|doit) (jamais|"
                r"en aucun cas|pas) [^.;]{0,80}?(seul|de lui-même|de manière autonome|sans "
                r"(intervention|validation|contrôle|décision))",
                "contrôle humain (professionnel désigné, reprise manuelle)",
            ),
            (
                r"human oversight|overseen by natural persons|reviewed by (a |an |the )?(qualified )?"
                r"(recruiter|human|translator|person|analyst|operator)|override|escalated to (a|an|the) "
                r"\w+ (officer|agent|staff|person|human)|take over the|"
                r"\bhuman[- ](review|post-edit\w*|validation|check|intervention|decision|in[- ]the[- ]"
                r"loop|approval|control|verification|reviewer|operator)|"
                r"(review|check|validat|approv|verif|confirm|overse|supervis|post-edit)\w*( [\w'-]+)"
                r"{0,4} by (a|an|the|one or more) ([\w-]+ ){0,2}(qualified|trained|authori[sz]ed|"
                r"competent|designated|human|experienced)\b",
                "human oversight",
            ),
            (
                r"(confirm|amend|correct|approv|validat|review|verif|check|overrid|overrul|sign)"
                r"\w*( (or|and) \w+)?( [\w'-]+){0,4} by (a|an|the|one of the|its|their) ([\w-]+ )"
                r"{0,2}(nurse|physician|doctor|clinician|radiologist|pharmacist|officer|staff|"
                r"employee|agent|analyst|operator|lawyer|reviewer|engineer|recruiter|translator|"
                r"pilot|supervisor|controller|caseworker|case worker|adjudicator|underwriter|"
                r"dispatcher|member of staff|personnel|expert|specialist)s?\b|"
                r"(suspend|interrupt|halt|stop|disable|switch off|pause)\w* (the )?(automatic|"
                r"automated|system)|stop button|(revert|return|switch|fall back)\w* to manual|"
                r"manual (override|mode|control|review)|(system|tool|software|model|solution|algorithm) "
                r"(may|shall|can|will) (never|not) [^.;]{0,80}?"
                r"(on its own|by itself|autonomously|without (human|staff|clinician|a person))",
                "human oversight (named professional, manual fallback)",
            ),
            (_HANDOVER_FR, "contrôle humain (reprise par un conseiller)"),
            (_HANDOVER_EN, "human oversight (hand-over to a person)"),
            (_NOT_SOLELY, "contrôle humain (aucune décision sur le seul fondement du système)"),
        ),
        (
            c(
                r"aucune (intervention|revue|validation|supervision) humaine n'est|"
                r"no human (review|oversight|intervention) (is|will be|shall be)|"
                # round 10: "decided on the score alone, without human review"
                r"\b(decided|made|taken|issued|refused|declined|approved)\b[^.;]{0,80}?,? without "
                r"(any )?human (review|intervention|oversight)|(prise?s?|rendue?s?|décidée?s?) "
                r"[^.;]{0,80}?sans (aucune )?(intervention|revue|validation) humaine"
            ),
        ),
        _OVERSIGHT_TITLE,
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
            "qualifi",
            "habilit",
            "compétent",
            "competent",
            "formé",
            "trained",
            "authori",
            "designated",
            "désigné",
            "expériment",
            "experienced",
            *_JOB_ANCHORS,
            "suspend",
            "interromp",
            "arrêter",
            "désactiv",
            "débray",
            "manuel",
            "la main",
            "seul",
            "lui-même",
            "autonom",
            "sans intervention",
            "sans validation",
            "sans contrôle",
            "sans décision",
            "interrupt",
            "halt",
            "stop",
            "disable",
            "switch off",
            "pause",
            "manual",
            "on its own",
            "by itself",
            "without human",
            "without staff",
            "without clinician",
            "without a person",
            "transf",
            "transmi",
            "transmet",
            "orient",
            "bascul",
            "redirig",
            "renvo",
            "escalad",
            "remont",
            "confi",
            "reprend",
            "poursuivre",
            "continuer",
            "parler",
            "échanger",
            "entretenir",
            "hand",
            "pass",
            "rout",
            "refer",
            "forward",
            "redirect",
            "take over",
            "speak",
            "talk",
            "seul",
            "seule",
            "exclusivement",
            "uniquement",
            "seulement",
            "solely",
            "exclusively",
            "without",
            "sans l",
        ),
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
                r"\bby (a|an|the|its|their|any) ([\w'’-]+ ){0,2}" + _REVIEWERS_EN + r"s?\b[^.;]{0,60}?"
                r"\b(who|which) (may|shall|can) (clear|approve|confirm|override|overrule|reject|"
                r"amend|modify|decline)|" + _REVIEWERS_EN + r"[’']s? (decision|disposition|"
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
        "logging",
        t(
            (
                # « conserve les données de connexion pendant un an », « l'adresse IP de chaque
                # message est enregistrée », « tient un registre des incidents » (contract7)
                r"(conserv|enregistr|gard|collect|journalis)\w*[^.;]{0,60}?(données de (connexion|"
                r"trafic)|logs? de connexion)|données de (connexion|trafic)\b[^.;]{0,80}?(conservée?s?|"
                r"enregistrée?s?|gardée?s?)|adresses? IP\b[^.;]{0,80}?(enregistrée?s?|conservée?s?|"
                r"journalisée?s?|consignée?s?)|(enregistr|conserv|journalis|consign)\w*[^.;]{0,60}?"
                r"adresses? IP|(tien\w*|tenir|tenu) (à jour )?un registre (des|de|sur lequel)[^.;]{0,80}?"
                r"(anomalies|incidents|interventions|opérations|accès|connexions)",
                "journalisation (données de connexion, adresses IP, registre des incidents)",
            ),
            (
                # "the IP address of every post is logged", "keep a register of incidents"
                r"\b(ip address(es)?|connection data|traffic data|connection logs)\b[^.;]{0,80}?"
                r"\b(logged|recorded|retained|stored|kept)\b|\b(log|record|retain)\w*\b[^.;]{0,60}?"
                r"\b(ip address(es)?|connection data|traffic data)\b|\b(keep|maintain)\w* an? (log|"
                r"register|record) of (all |any )?(incidents|anomalies|faults|access|interventions)",
                "logging (connection data, IP addresses, incident register)",
            ),
        ),
        anchor=("connexion", "trafic", "adresse ip", "adresses ip", "registre", "ip address",
                "connection", "traffic data", "register", "record of", "log of"),
    ),
    KindRule(
        "logging",
        t(
            (
                r"journalis\w+|journaux|\blogs?\b|traçabilité|enregistr\w+ automatique|conserve la "
                r"trace",
                "journalisation",
            ),
            (r"\blogs?\b|\blogging|record-keeping|automatic recording|audit trail", "logging"),
            (
                # « horodate et conserve chaque décision », « enregistre toutes les requêtes »
                r"horodat\w+|(enregistr|consign|archiv|conserv|trac|gard)\w*( automatiquement| "
                r"systématiquement)? (chaque|toutes? les|l'ensemble des|tous les) [\w' -]{0,30}?"
                r"(décisions?|suggestions?|prédictions?|requêtes?|résultats?|recommandations?|"
                r"événements?|opérations?|accès|sorties|entrées|traitements?|scores?|alertes?)|"
                r"historique des (décisions|requêtes|traitements|prédictions|résultats)|"
                r"(enregistr|conserv|consign|archiv|journalis|trac)\w* automatiquement\b",
                "journalisation (enregistrement des décisions)",
            ),
            (
                r"time-?stamp\w*|(automatically|systematically) (records?|logs?|stores?|keeps?|"
                r"captures?)|(records?|logs?|stores?|keeps?|captures?|retains?) (a record of )?"
                r"(each|every|all) [\w' -]{0,30}?(decisions?|suggestions?|predictions?|requests?|"
                r"outputs?|results?|recommendations?|events?|operations?|queries|inputs?|scores?|"
                r"alerts?|transactions?)|keeps? (a |an )?(record|history) of (each|every|all)",
                "logging (recording of decisions)",
            ),
        ),
        (
            c(
                r"aucun(e)? (journal|journalisation|trace|historique|enregistrement)\b|ne (conserve|"
                r"enregistre|garde|journalise) (aucun|aucune|pas|rien)|no (logs?|records?|history) "
                r"(are|is|will be|shall be) (kept|retained|made|stored)|do(es)? not (log|record|"
                r"keep|store|retain) (any|the)|"
                # "you retain all rights in your Input" is ownership, not a record
                r"retains? all (rights?|right, title|title|intellectual)"
            ),
        ),
        anchor=(
            "journa",
            "log",
            "traçab",
            "enregistr",
            "trace",
            "record",
            "horodat",
            "consign",
            "archiv",
            "conserv",
            "gard",
            "historique",
            "stamp",
            "store",
            "keep",
            "capture",
            "retain",
            "history",
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
                r"transparen\w+|informe\w* .{0,80}(intelligence artificielle|système d'IA)|"
                r"indiqu\w* .{0,60}intelligence artificielle|interagissent avec|étiquetage|"
                r"marquage (lisible|des contenus|du contenu|indiquant|signalant|comme|en tant que)|"
                r"marqué\w* comme (générée?s?|produite?s?|artificiel)|"
                r"filigrane|(informe|avise|prévien|signale|indique|précise|mentionne)\w*\b[^.;]{0,140}?"
                r"\bqu(e|['’])\s?(un|une|il|ils|elle|elles|le|la|les|leur|leurs)\b[^.;]{0,100}?(système "
                r"d'IA|outil d'IA|"
                r"intelligence artificielle|algorithme|automatis|agent conversationnel|robot|"
                r"\bIA\b|machine)",
                "transparence",
            ),
            (
                r"transparen\w+|informed that an AI|interacting with an AI|request an explanation|"
                r"(told|informed|notified)\b.{0,60}\b(AI|artificial intelligence)\b|"
                r"talking to an AI|(inform(?!ation)|tell|notif|advis|disclos|make clear|explain)\w*\b"
                r"[^.;]{0,100}?\b(that|when|whenever|where)\b[^.;]{0,40}?\b(an? |the )?(AI|artificial "
                r"intelligence|automated (system|tool|decision)|chatbot|bot|machine|algorithm)\b",
                "transparency",
            ),
        ),
        title=c(r"^(transparence|transparency)$"),
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
            "mentionne",
            "interagissent",
            "interacting",
            "explanation",
            "tell",
            "advis",
            "disclos",
            "make clear",
            "explain",
            "avise",
            "prévien",
            "signale",
            "précise",
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
                r"(inform(?!ation)|tell|notif|advis|disclos|explain)\w*\b[^.;]{0,100}?\bthat\b[^.;]{0,100}?"
                r"\b(an? |the )?(AI system|artificial intelligence|automated (system|tool|process|"
                r"software)|chatbot|algorithm)",
                "transparency (people told)",
            ),
        ),
        anchor=TOLD_ANCHOR,
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
        "transparency",
        t(
            (
                r"(falsely|faussement)?\b(state|represent|claim|present|présenter|affirmer|"
                r"prétendre)\w*\b[^.;]{0,40}?\b(output|outputs|content|text|résultats?|"
                r"contenus?|sorties?)\b[^.;]{0,30}?\b(was|were|is|are|a été|ont été|est|sont) "
                r"(created|written|generated|produced|made|créée?s?|rédigée?s?|produite?s?) "
                r"(by a (human|person)|par (un|une) (humain|personne))",
                "no AI output passed off as made by a person",
            ),
        ),
        anchor=("human", "person", "humain", "personne"),
    ),
    KindRule(
        "transparency",
        t(
            (
                # the terms tell users that what they receive comes from an AI system (« Signal :
                # recommandation générée par notre système d'intelligence artificielle », « les
                # réponses sont produites par une IA »); a product described as using machine
                # learning is not (contract9)
                r"\b(générée?s?|produite?s?|rédigée?s?|élaborée?s?|calculée?s?|fournie?s?) "
                r"(automatiquement )?par (notre|nos|un|une|le|la|l'|des|les) ((propre )?(système|"
                r"outil|moteur|modèle|algorithme|programme)s? (d'|de l'|d'une )?)?(intelligence "
                r"artificielle|IA\b)",
                "transparence (les utilisateurs informés qu'une IA produit les résultats)",
            ),
            (
                # "The Software and Service may rely on artificial intelligence", "answers are
                # generated by an AI model", "Outputs … produced by artificial intelligence"
                r"\b(may |does |do )?(rel(y|ies) on|is powered by|are powered by) (artificial "
                r"intelligence|AI (systems?|models?|technology)|"
                r"machine learning|large language models?|generative AI)\b|\b(outputs?|responses?|"
                r"answers?|content|results?|recommendations?|suggestions?|signals?|summaries)\b"
                r"[^.;]{0,60}?\b(are|is|may be|will be|were)( automatically)? (generated|produced|"
                r"created|written) (by|using|with) (an? |the |our )?(AI\b|artificial intelligence|"
                r"machine learning|(large )?language models?|generative)",
                "transparency (users told the output comes from AI)",
            ),
        ),
        anchor=("intelligence artificielle", " ia", "'ia", "artificial intelligence", "ai ",
                "machine learning", "language model", "generative"),
    ),
)
