"""Rules of the liability kinds: a cap on liability (an amount, months of fees, a multiple of
the price, a cover-page amount), heads of loss excluded (indirect, lost profit, data, heads
declared indirect and not compensated, a list of disclaimed damages), and a duty to hold
insurance. Each trigger carries the reason shown to the user; the negations each kind keeps
whatever rule matched are in :mod:`.kind_negations`.
"""

from __future__ import annotations

from recours.contract.kinds.base import _RESP, KindRule, c, t

LIABILITY_RULES: tuple[KindRule, ...] = (
    KindRule(
        "liability_cap",
        t(
            (
                # \b: folded, « limitée? » would match « (sans s'y) limiter »
                _RESP + r".{0,160}?(limitée?s?\b|plafonnée?s?|ne (pourra|saurait|peut|pourront) "
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
                r"réparations?|dédommagements?)\b[^.;]{0,160}?(limitée?s?\b|plafonnée?s?|ne (pourra|"
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
                # the party limits its own damages: "Company expressly limits its damages to
                # Client … to the pro-rata monthly charge" (contract9)
                r"\blimits? (its|their|our|his|her) (total |aggregate )?(damages|liability)\b"
                r"[^.;]{0,100}?\bto (the |an? |its )?(pro[- ]rata|amount|sum|fees?|monthly|annual|"
                r"charges?|total|refund|price)",
                "damages capped (the party limits its damages)",
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
        "liability_cap",
        t(
            (
                r"liabilit\w*\b[^.;]{0,160}?\b(will|shall) not (be more than|exceed) the "
                r"(general |increased )?cap amount\b",
                "cap set by a cover-page amount (General Cap Amount)",
            ),
        ),
        anchor=("cap amount",),
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
    KindRule(
        "liability_exclusion",
        t(
            (
                r"constitu\w+ (un|des) (dommages?|préjudices?) indirects?[^.;]{0,40}?n'ouvr\w+ pas "
                r"droit à (réparation|indemnisation)|(shall|will) constitute consequential loss"
                r"[^.;]{0,40}?(shall|will) not (provide entitlement|give rise|entitle)",
                "préjudices qualifiés d'indirects et non réparés / losses deemed consequential, "
                "not compensated",
            ),
            (
                r"responsabilit\w*\b[^.;]{0,120}?ne (saurait|sauraient|pourra|pourront|peut|"
                r"sera) (pas |en aucun cas )?être (engagée|recherchée|retenue)\b[^.]{0,240}?"
                r"\b(dommages?|préjudices?|pertes?)\b",
                "responsabilité non engagée pour certains dommages",
            ),
            (
                r"ne (saurait|sauraient|pourra|sera) (en aucune circonstance|en aucun cas|jamais) "
                r"(être )?(tenue? )?responsables?\b[^.;]{0,80}?\b(dommages?|préjudices?|pertes?)",
                "exclusion de certains préjudices (en aucune circonstance responsable)",
            ),
            (
                r"^\W{0,3}(indirect|consequential),? (special|incidental|consequential|punitive)"
                r"[^.]{0,120}?\bdamages\b|^\W{0,3}dommages (indirects|consécutifs),? "
                r"(particuliers|accessoires|consécutifs|spéciaux)\b",
                "list of disclaimed heads of loss",
            ),
        ),
        anchor=("indirect", "consequential", "engagée", "recherchée", "retenue",
                "circonstance", "aucun cas", "jamais"),
    ),
    KindRule(
        "liability_exclusion",
        t(
            (
                # the heads of loss listed under a lead (« l'Éditeur ne sera pas responsable de : »
                # then bullets, "the Provider shall not be liable for the following:")
                r"\bne (sera|seront|pourra|pourront|peut|saurait|sauraient)( pas| en aucun cas)?"
                r"( être)?( tenue?s?)? responsables? (de|des|du|dans les cas suivants|si|lorsque)"
                r"\s*:\s*$|\b(shall|will|is|are) not (be )?(liable|responsible) (for|in the "
                r"following cases|if)( any of)?( the following)?\s*:\s*$",
                "exclusion de responsabilité listée sous un intitulé (heads of loss listed)",
            ),
            (
                # « en aucun cas X ne pourra être responsable du fait de la destruction … »
                r"\bne (sera|pourra|saurait|peut)( pas| en aucun cas)?( être)?( tenue?)? "
                r"responsables? du fait (de la|des|du|de l')\s?(destruction|perte|détérioration|"
                r"altération|dommages?|préjudices?|pertes?)",
                "exclusion de responsabilité pour certaines pertes (du fait de)",
            ),
            (
                r"^\W{0,3}no liability (for|in respect of|arising from) (any )?(indirect|"
                r"consequential|incidental|special|loss|lost|damages)",
                "excluded heads of loss (no liability for)",
            ),
            (
                # liability declined outright, for a list or for damages of any kind (« Nous
                # déclinons toute responsabilité pour : », « décline toute responsabilité quant
                # à », "shall not be held liable for damages of any kind", "will not be
                # responsible for any damages", "denies any responsibility for any damages")
                # (contract9)
                r"\bdéclin\w* toute (forme de )?responsabilité\b|\b(disclaims?|denies|deny|"
                r"declines?) (any|all) (liability|responsibilit(y|ies))\b[^.;]{0,60}?\b(for|"
                r"arising|in respect of|as to)\b|\b(shall|will|cannot|can not|may|could) not be "
                r"(held )?(liable|responsible) for (any )?(damages?|loss(es)?|harm|injury)\b",
                "exclusion de responsabilité (responsabilité déclinée, dommages de toute nature)",
            ),
        ),
        anchor=("responsab", "responsib", "liab"),
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
    KindRule(
        "liability_exclusion",
        t(
            (
                # « X n'est pas responsable des aspects suivants : les problèmes, défaillances ou
                # pannes d'autres services », « ne saurait être responsable des interruptions »:
                # causes of harm excluded rather than heads of loss
                r"(n'(est|sera|sont|seront)|ne (saurait|sauraient|peut|pourra)( être)?) (pas |"
                r"nullement |en aucun cas )?(tenue?s? )?responsables? (des|de la|du|de l'|pour)\b"
                r"[^.;]{0,60}?\b(suivant\w*|problèmes|défaillances|pannes|interruptions|"
                r"indisponibilités?|dysfonctionnements)",
                "exclusion de responsabilité (causes exclues : pannes, défaillances de tiers)",
            ),
            (
                r"\b(is|are|will be|shall be) not (responsible|liable) for (the following|any "
                r"(problems|failures|outages|interruptions|downtime|unavailability))|\bnot "
                r"(responsible|liable) for (the following|problems, failures|failures or outages)",
                "liability excluded for listed causes (failures, outages of third parties)",
            ),
        ),
        (),
        # a section titled « X n'est pas responsable des aspects suivants : », "X is not
        # responsible for the following:" whose items list the excluded causes
        c(
            r"^(?:.*\b)?(n'est|ne sont|ne sera|ne seront|is not|are not|will not be|shall not be) "
            r"(pas |nullement )?(tenue?s? )?(responsables?|liable|responsible)( (des|de la|du|de l'|"
            r"pour|for)( (aspects|éléments|points|cas|situations|the following)\b.*)?)?\s*$"
        ),
        anchor=("responsable", "responsible", "liable"),
    ),
    KindRule(
        "liability_exclusion",
        t(
            (
                # « n'assume aucune responsabilité quant à … », « ne saurait être tenu responsable
                # des contenus publiés », « ne sauraient engager la responsabilité de l'éditeur »,
                # « la responsabilité du SIG ne pourra être recherchée du fait … », « n'engage pas
                # la responsabilité de » (contract7)
                r"n'(assume|assumons|assument|accepte|acceptons|endosse)\w* aucune responsabilité|"
                r"ne (saurait|sauraient|pourra|pourront|peut|peuvent) (en aucun cas )?(être tenue?s? )?"
                r"responsables? (des|du|de la|de l'|de toute?s?|pour)\b[^.;]{0,40}?(contenus?|"
                r"informations?|erreurs?|omissions?|inexactitudes?|décisions?|conséquences|dommages?|"
                r"préjudices?|pertes?|retards?|usages?|utilisations?)|ne (saurai[te]n?t?|pourra|"
                r"pourront|peut|peuvent) (en aucun cas )?engager la responsabilité|n'engage\w* (pas|"
                r"en aucun cas|aucunement) (la|sa|notre|leur) responsabilité|responsabilité (de "
                r"\w+ |du \w+ |de l'\w+ )?ne (saurait|pourra|peut) (en aucun cas )?être (recherchée|"
                r"engagée)",
                "exclusion de responsabilité (« n'assume aucune responsabilité », « ne saurait "
                "engager la responsabilité »)",
            ),
            (
                # "accepts no responsibility", "assumes no liability", "we are not responsible
                # for mistakes, out-of-date information"
                r"\b(accepts?|assumes?|takes?|bears?) no (responsibility|liability)|\b(is|are|will "
                r"be|shall be) not (responsible|liable) for (any )?(the )?(mistakes|errors|"
                r"inaccuracies|omissions|content|accuracy|information|decisions|consequences)",
                "liability excluded (no responsibility accepted)",
            ),
        ),
        anchor=("responsab", "responsib", "liab"),
    ),
)
