"""Rules for data, IP, exit, forum, AI Act duties and the general clauses."""

from __future__ import annotations

from recours.contract.kinds.base import (
    KindRule,
    c,
    t,
)

GENERAL_RULES: tuple[KindRule, ...] = (
    KindRule(
        "data_protection",
        t(
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
        ),
        (
            c(
                r"neither party shall be entitled to audit|no (right to )?audit|aucun (droit d')?audit"
            ),
        ),
        c(r"^(audit|audits?|contrôles? et audits?)$"),
        anchor=("audit",),
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
                r"entière) )?propriété (exclusive )?(de|du|des|d')",
                "propriété intellectuelle",
            ),
            (
                r"intellectual property|retains? (all )?(right, title|ownership|all rights)|"
                r"shall vest in|\bowns? (all|the)|title and interest|will own|become the property|"
                r"retains? ownership|(remains?|is|are|shall be) the (sole |exclusive )?property of",
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
        t(
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
        title=c(r"^(résiliation|termination|term and termination|durée et résiliation)$"),
        anchor=("résili", "terminat", "may end", "mettre fin"),
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
                r"exit (assistance|plan)|hand[- ]?over|return (all )?\w* ?data|transfer the models|"
                r"replacement provider|successor (contractor|supplier)|transition assistance|"
                r"on exit|transfer all .{0,40}data|data\b[^.;]{0,100}?(returned|handed back|"
                r"delivered back|transferred)\b[^.;]{0,60}?(termination|expiry|expiration|end of|"
                r"format)",
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
        t(
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
        t(
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
        ),
        (
            c(
                r"aucune (intervention|revue|validation|supervision) humaine n'est|"
                r"no human (review|oversight|intervention) (is|will be|shall be)"
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
        ),
        anchor=("journa", "log", "traçab", "enregistr", "trace", "record"),
    ),
    KindRule(
        "transparency",
        t(
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
            "interagissent",
            "interacting",
            "explanation",
        ),
    ),
    KindRule(
        "force_majeure",
        t((r"force majeure|beyond (its|their) reasonable control", "force majeure")),
        (
            c(
                r"(sauf|hors|excepté|except(ing)?( in( the)? case of| for)?) (en )?(cas de )?(la )?"
                r"force majeure"
            ),
        ),
        anchor=("force majeure", "reasonable control"),
    ),
    KindRule(
        "confidentiality",
        t(
            (
                r"confidenti\w+|secret (professionnel|des affaires|médical|bancaire)|"
                r"(ne pas|s'interdit de) divulguer",
                "confidentialité",
            ),
            (r"confidential\w*|not disclose|non-disclosure", "confidentiality"),
        ),
        (
            c(
                r"politique de confidentialité|privacy policy|breach(es)? of confidentiality|"
                r"violations? de (la )?confidentialité"
            ),
        ),
        anchor=("confidenti", "secret", "divulguer", "disclos"),
    ),
    KindRule(
        "insurance",
        t(
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
