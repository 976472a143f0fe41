"""Rules for data, IP, exit, forum, AI Act duties and the general clauses."""

from __future__ import annotations

from recours.contract.kinds.base import (
    KindRule,
    c,
    t,
)

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

# a paragraph that says the data hold no personal data (« les données traitées ne comportent pas
# de données à caractère personnel », "no personal data will be processed") protects none, even
# when a conditional sentence then names the GDPR (« si tel devait être le cas … »)
_NO_PERSONAL_DATA = c(
    r"(ne (comporte|contien|inclu|concern|porte)\w* (pas|aucune?|sur aucune?)|n'(inclu|implique)"
    r"\w* (pas|aucune?)) (de |d')?(donnée|information)s? (à caractère )?personnel|aucune donnée (à "
    r"caractère )?personnelle n'est|\bno personal (data|information) (is|are|will be|shall be|"
    r"need to be) (processed|collected|involved|shared|used)|do(es)? not (involve|include|contain|"
    r"require) (the processing of )?(any )?personal (data|information)"
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

GENERAL_RULES: tuple[KindRule, ...] = (
    KindRule(
        "data_protection",
        t(
            (
                r"\bRGPD\b|données (à caractère )?personnelles|données à caractère personnel|"
                r"données de santé|informatique et libertés|protection des données|sous-traitant "
                r"(\w+ ){0,3}au sens|2016/679|règlement général sur la protection",
                "données personnelles",
            ),
            (
                r"\bGDPR\b|personal (data|information)|data protection|privacy act|data processing",
                "personal data",
            ),
        ),
        passage_negation=_NO_PERSONAL_DATA,
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
            "2016/679",
            "règlement général",
        ),
    ),
    KindRule(
        "audit_rights",
        t(
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
            (
                # « faire vérifier sur place », « contrôler dans les locaux », « droit de visite »
                r"(peut|peuvent|pourra|pourront|a le droit|se réserve le droit|est en droit|est "
                r"autorisée?|droit)\b[^.;]{0,60}?\b(faire )?(vérifier|contrôler|inspecter|examiner|"
                r"visiter)\b[^.;]{0,80}?(sur place|sur site|dans (les|ses) locaux|les (registres|"
                r"livres|comptes|processus|installations|locaux|sites?)|la conformité d)|"
                r"droit (de contrôle|d'inspection|de visite|d'accès aux locaux)|(contrôles?|"
                r"inspections?|visites?|vérifications?) sur (place|site)",
                "droit de contrôle sur place",
            ),
            (
                # "may inspect … records", "right to examine the books", "on-site inspection"
                r"(may|shall be entitled to|is entitled to|right to|can|shall be permitted to|"
                r"shall permit|shall allow)\b[^.;]{0,60}?\b(inspect|examine|verify|visit)\w*\b"
                r"[^.;]{0,60}?\b(records|books|accounts|premises|facilities|sites?|processes|"
                r"compliance|systems)\b|(on-site|on site) (inspection|visit|verification|"
                r"assessment)s?|rights? of (inspection|access to (its |the )?premises)",
                "inspection right",
            ),
        ),
        (
            c(
                r"neither party shall be entitled to (audit|inspect)|no (right to )?(audit|inspect)|"
                r"aucun (droit d')?(audit|contrôle sur place)|may not (audit|inspect)|no right to "
                r"(conduct|carry out|perform|request)[^.;]{0,30}(audit|inspection)|n'(a|aura|dispose) "
                r"(aucun|pas de|d'aucun) droit[^.;]{0,40}(audit|contrôle|inspection)|ne (peut|pourra)"
                r" (pas|en aucun cas) (auditer|faire auditer|inspecter|faire vérifier)"
            ),
        ),
        c(r"^(audit|audits?|contrôles? et audits?|contrôles?|inspection|inspections?)$"),
        anchor=(
            "audit",
            "vérifi",
            "contrôl",
            "inspect",
            "examin",
            "visit",
            "droit de",
            "on-site",
            "on site",
            "premises",
        ),
    ),
    KindRule(
        "ip_ownership",
        t(
            (
                r"propriété intellectuelle|droits? (patrimoniaux|d'auteur|d'exploitation)|"
                r"devien\w+ (la )?propriété|"
                r"(demeure|reste|restent|demeurent|est|sont) (seule?s? )?(titulaires?|propriétaires?)|"
                r"conserve (tous|l'ensemble des) droits|cède .{0,60}droits|"
                r"conserve la propriété|(demeur|rest|est |sont )\w* (la |l'entière |la (seule|pleine|"
                r"entière) )?propriété (exclusive )?(de|du|des|d')|"
                r"(demeure|reste|restent|demeurent|est|sont) (seule?s? )?détent(eur|rice)s?|"
                r"(acquiert|acquièrent|détient|détiennent|conserve|conservent|se voit céder|est "
                r"investie?) (la propriété|(tous |l'ensemble des |les |des )?droits (de propriété|"
                r"patrimoniaux|d'exploitation|d'utilisation|sur))",
                "propriété intellectuelle",
            ),
            (
                r"intellectual property|retains? (all )?(right, title|ownership|all rights)|"
                r"shall vest in|\bowns? (all|the)|title and interest|will own|become the property|"
                r"retains? ownership|(remains?|is|are|shall be) the (sole |exclusive )?property of|"
                r"(acquires?|holds?|retains?) (all |the |any )?(rights?|title|ownership) (in|to|over)",
                "intellectual property",
            ),
        ),
        negations=(
            # "no licence under any … intellectual property right is granted", "neither party will
            # acquire any rights in …": a sentence that grants or transfers nothing owns nothing
            c(
                r"\bno (licen[cs]e|rights?|title)\b[^.;]{0,80}(is|are|shall be|will be) (granted|"
                r"transferred|conveyed|assigned)|(neither|no) party (will|shall|may)? ?(acquire|"
                r"obtain|receive)s? any (rights?|title|licen[cs]e)|aucun(e)? (droit|licence|"
                r"cession)\b[^.;]{0,80}n'est (concédée?|accordée?|cédée?|transférée?)|n'emporte "
                r"aucun(e)? (cession|transfert|licence|concession)|aucune partie n'acquiert"
            ),
        ),
        anchor=(
            "détent",
            "acqui",
            "détient",
            "détiennent",
            "investi",
            "hold",
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
        t(
            (
                r"(peut|pourra|pourront|peuvent|pouvez|pouvons|pourrez|pourrons|droit de|faculté "
                r"de)\b.{0,60}(résili|mettre fin|"
                r"mettre un terme|dénoncer le contrat|rompre le contrat|sortir du contrat)|"
                r"résili\w+ de "
                r"plein droit|(être|est|sera) résiliée?",
                "faculté de résiliation",
            ),
            (
                r"(may|can|entitled to|right to)\b.{0,40}terminat|terminat\w+ (for|on|immediately)|"
                r"may end|(may|can)\b[^.;]{0,20}?\bcut off\b|(may|can|entitled to|right to)\b"
                r"[^.;]{0,60}?(bring [^.;]{0,40}?to an end|"
                r"put an end to|end (this|the) (agreement|contract|licen[cs]e|subscription)|cancel "
                r"(this|the) (agreement|contract|licen[cs]e|subscription)|withdraw from (this|the) "
                r"(agreement|contract))",
                "termination right",
            ),
        ),
        negations=(
            c(
                r"ne (peut|peuvent|pourra|pourront) (pas|en aucun cas|jamais)( \w+){0,3} "
                r"(résilier|mettre fin|mettre un terme)|(may|can|shall) not (be )?(terminat|end|"
                r"cancel)|no (right|party may|party shall)[^.;]{0,20}terminat|aucune faculté de "
                r"résiliation"
            ),
        ),
        title=c(r"^(résiliation|termination|term and termination|durée et résiliation)$"),
        anchor=(
            "résili",
            "terminat",
            "may end",
            "cut off",
            "mettre fin",
            "mettre un terme",
            "dénoncer",
            "rompre",
            "sortir",
            "to an end",
            "end to",
            "end this",
            "end the",
            "cancel",
            "withdraw",
        ),
    ),
    KindRule(
        "reversibility",
        t(
            (
                r"réversibilité|restitu\w+ .{0,60}données|reprise par un (nouveau|autre) prestataire|"
                r"export (complet )?de ses données|remet .{0,80}(format ouvert|format standard)|"
                r"données\b[^.;]{0,100}?(restitu|rendu|remis|transféré)\w*[^.;]{0,60}?(fin|terme|"
                r"expiration|cessation|résiliation|format)",
                "réversibilité, restitution des données",
            ),
            (
                # « à la fin de l'abonnement, X met à disposition … les données », « transmet au
                # nouveau titulaire les images annotées »
                r"(à la fin|en fin|au terme|à l'(expiration|échéance)|à la cessation|à l'issue|lors "
                r"de la (fin|cessation|résiliation)|en cas de (résiliation|cessation|non-"
                r"renouvellement))\b[^.;]{0,120}?(met\w* à (la )?disposition|restitu|remet|transmet|"
                r"transf[èée]r|export|rend|livre|communique|fournit|envo[iy]|adresse|fait parvenir)"
                r"\w*[^.;]{0,120}?(données|images|documentation|modèles?|fichiers|paramétrages?|jeux "
                r"de données|annotations|historiques?|code source|mesures|contenus|résultats|"
                r"journaux)|(transmet|transf[èée]r|remet|restitu|reprise|migr|"
                r"bascul|livr)\w*[^.;]{0,120}?(au|à un|à tout|vers un|par un|par le) (nouveau|futur|"
                r"autre) (titulaire|prestataire|fournisseur)|prestataire (entrant|successeur)",
                "réversibilité (transfert en fin de contrat)",
            ),
            (
                r"exit (assistance|plan)|hand[- ]?over|return (all )?\w* ?data|transfer the models|"
                r"replacement provider|successor (contractor|supplier)|transition assistance|"
                r"on exit|transfer all .{0,40}data|data\b[^.;]{0,100}?(returned|handed back|"
                r"delivered back|transferred)\b[^.;]{0,60}?(termination|expiry|expiration|end of|"
                r"format)",
                "exit, data return, hand-over",
            ),
            (
                r"(on|upon|at|following|after) (the |any |each )?(termination|expiry|expiration|end|"
                r"cessation)\b[^.;]{0,120}?(make\w* available|return|deliver|transfer|export|hand|"
                r"provide|supply|send)\w*\b[^.;]{0,120}?\b(data|datasets?|models?|documentation|"
                r"files|annotations|configuration|source code|records|history|outputs?)\b|"
                r"(on|upon|at|following|after) (the |any |each )?(termination|expiry|expiration|end|"
                r"cessation)\b[^.;]{0,120}?\b(data|datasets?|models?|documentation|files|"
                r"records|history|outputs?)\b[^.;]{0,60}?(available for (export|download|"
                r"retrieval)|returned|handed (back|over)|transferred|delivered)|(transfer|hand|migrat|deliver|"
                r"assist)\w*[^.;]{0,120}?\b(the|a|any) (new|incoming) (supplier|provider|"
                r"contractor)",
                "exit (transfer at the end of the contract)",
            ),
        ),
        negations=(
            c(
                r"ne (seront|sera|sont|est) (pas|en aucun cas) (restitué|remis|transféré|rendu)|"
                r"aucune (restitution|réversibilité)|no (obligation to )?(return|exit assistance|"
                r"transition)|(will|shall) not (be )?(return|transfer|hand)"
            ),
        ),
        anchor=(
            "réversib",
            "restitu",
            "reprise",
            "export",
            "remet",
            "remis",
            "rend",
            "transf",
            "transmet",
            "disposition",
            "livr",
            "communiqu",
            "fourni",
            "envo",
            "adresse",
            "parvenir",
            "migr",
            "bascul",
            "entrant",
            "successeur",
            "exit",
            "hand",
            "return",
            "replacement",
            "successor",
            "transition",
            "available",
            "deliver",
            "provide ",
            "provides ",
            "supply",
            "send",
            "assist",
        ),
    ),
    KindRule(
        "governing_law",
        t(
            (
                r"soumise?s? (au droit|aux lois|à la loi|à la législation)|régie?s? par (le droit|la "
                r"loi|les lois|la législation|le pays)|droit applicable|loi applicable|"
                r"^droit français|(interprétée?s?|exécutée?s?|régie?s?) (conformément|selon|"
                r"en application) (au|à la|du|de la) (droit|loi)|relève\w* du droit|"
                # « la loi de Californie s'applique à ce contrat », « gouvernées par les lois de
                # l'État de Californie », « les lois de l'État de Californie … régissent »
                r"\blois? (de|du|des|d')\b[^.;]{0,60}?s'appliqu|gouvern\w+ par (les |la |le )?(lois?|"
                r"droit)|\b(droit|lois?)\b[^.;]{0,120}?\brégi(ssen)?t\b",
                "droit applicable",
            ),
            (
                r"governed by[^.;]{0,60}?\b(laws?|law)\b|governing law (is|shall be|will be|of|for|"
                r"will govern|shall govern)|law (applies|governs|shall apply|will apply)|laws? of "
                r"[^.;]{0,60}?\b(govern|appl(y|ies))|(construed|interpreted|enforced|governed)( and "
                r"(construed|interpreted|enforced|governed))? (under|in accordance with|pursuant to|"
                r"according to) (the )?(laws?|substantive law) of|(construed|interpreted|enforced) "
                r"(under|in accordance with) [\w ]{0,30}\blaw\b|applicable law (is|shall be|will be) "
                r"the",
                "governing law",
            ),
        ),
        anchor=("droit", "loi", "govern", "law"),
    ),
    KindRule(
        "jurisdiction",
        t(
            (
                r"tribunal|tribunaux|juridiction|compétence (exclusive)? ?(est )?attribuée|cour d'appel",
                "juridiction compétente",
            ),
            (r"\bcourts?\b|jurisdiction|\bvenue\b", "competent court"),
        ),
        anchor=("tribuna", "juridiction", "jurisdiction", "compétence", "cour", "venue"),
    ),
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
        "logging",
        t(
            (
                r"journalis\w+|journaux|\blogs?\b|traçabilité|enregistr\w+ automatique|conserve la "
                r"trace",
                "journalisation",
            ),
            (r"\blogs?\b|logging|record-keeping|automatic recording|audit trail", "logging"),
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
                r"talking to an AI|(inform|tell|notif|advis|disclos|make clear|explain)\w*\b[^.;]{0,100}?"
                r"\b(that|when|whenever|where)\b[^.;]{0,40}?\b(an? |the )?(AI|artificial "
                r"intelligence|automated (system|tool|decision)|chatbot|bot|machine|algorithm)",
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
        "force_majeure",
        t((r"force majeure|beyond (its|their) reasonable control", "force majeure")),
        (
            c(
                r"(sauf|hors|excepté|except(ing)?( in( the)? case of| for)?) (en )?(cas de )?(la )?"
                r"force majeure|(sauf|excepté|hormis) (si|lorsque|quand|s'il|en cas)[^.;]{0,80}?"
                r"force majeure|except (where|if|when|to the extent)[^.;]{0,80}?force majeure|other "
                r"than (by |due to |as a result of )?(a )?force majeure|"
                # round 10: downtime caused by force majeure excluded from an availability figure
                r"(excluding|excluded|hors|à l'exclusion|sauf|except)[^.;]{0,160}?(downtime|outages?|"
                r"unavailability|indisponibilités?|interruptions?)[^.;]{0,40}?(caused by|due to|"
                r"resulting from|dues? à|causées? par|résultant d)[^.;]{0,30}?force majeure"
            ),
        ),
        anchor=("force majeure", "reasonable control"),
    ),
    KindRule(
        "confidentiality",
        t(
            (
                r"confidenti\w+|secret (professionnel|des affaires|médical|bancaire)|"
                r"(ne pas|s'interdit de) divulguer|(garde|tien|conserv|maintien|tenir|garder)\w* "
                r"(strictement |rigoureusement )?secr[èe]t|(ne|n') (divulgue|communique|révèle)\w* "
                r"(pas|à aucun tiers|aucune)",
                "confidentialité",
            ),
            (
                r"confidential\w*|not disclose|non-disclosure|(keep|hold|treat|maintain)\w* "
                r"[^.;]{0,60}?(secret|in (strict )?confidence)|not (reveal|divulge|communicate)\b"
                r"[^.;]{0,60}?\bto (any|a) third part",
                "confidentiality",
            ),
        ),
        (
            c(
                r"politique de confidentialité|privacy policy|breach(es)? of confidentiality|"
                r"violations? de (la )?confidentialité|aucune obligation de (confidentialité|secret)|"
                r"no (obligation|duty) of confidentiality|(is|are|shall be) not (treated as )?"
                r"confidential|(n'|ne )(est|sont) pas confidentiel"
            ),
        ),
        anchor=(
            "confidenti",
            "secr",
            "divulg",
            "disclos",
            "confidence",
            "communiqu",
            "révèl",
            "reveal",
        ),
    ),
    KindRule(
        "insurance",
        t(
            (
                r"(souscri\w+|maint\w+|justifi\w+|titulaire d'une).{0,60}assurance|est assurée? |"
                r"(couverte?s?|garantie?s?) par (un|une) (contrat|police) d'assurance|"
                r"assurance (de )?"
                r"(responsabilité|couvrant|RC)|police d'assurance",
                "assurance",
            ),
            (
                r"(maintain|hold|carry|obtain|take out)\b.{0,60}insurance|insurance (policy|cover)|"
                r"(indemnity|liability|cyber) insurance|\b(insurer|underwriter)s?\b|\binsured\b|"
                r"(indemnity|liability|malpractice|cyber|professional) (cover|coverage)\b",
                "insurance",
            ),
        ),
        negations=(
            c(
                r"(n'est|ne sont) pas tenue?s? de (souscrire|maintenir|justifier)[^.;]{0,40}assurance|"
                r"aucune (obligation d')?assurance|((is|are) not|(neither|no) party is) required "
                r"to (maintain|carry|obtain|"
                r"take out)|no (obligation to )?(maintain|carry) (any )?insurance|"
                # round 10: "nothing in this Agreement requires either party to take out …"
                r"nothing in (this|the) (agreement|contract)[^.;]{0,40}?\brequires?\b[^.;]{0,60}?"
                r"\b(take out|maintain|carry|obtain)|rien dans le (présent )?contrat n'oblige"
            ),
        ),
        anchor=("assur", "assuran", "insuran", "insurer", "underwriter", "cover"),
    ),
)
