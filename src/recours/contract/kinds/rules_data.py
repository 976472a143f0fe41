"""Rules of the data kinds: personal data protection (RGPD/GDPR, an article 28 processor),
confidentiality obligations, audit rights, and reversibility (data returned or extracted,
exit assistance, hand-over to a successor). Each trigger carries the reason shown to the user;
a paragraph that says it holds no personal data negates data protection in it.
"""

from __future__ import annotations

from recours.contract.kinds.base import KindRule, c, t

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


DATA_RULES: tuple[KindRule, ...] = (
    KindRule(
        "data_protection",
        t(
            (
                # Canadian French « renseignements personnels » (Loi sur la protection des
                # renseignements personnels) are personal data (contract7)
                r"renseignements personnels\b[^.;]{0,100}?\b(protég|recueilli|collecté|traité|"
                r"conservé|utilisé|stocké|communiqué)|\b(protég|recueill|collect|trait|conserv|"
                r"stock|communiqu)\w*\b[^.;]{0,60}?renseignements personnels|loi sur la protection "
                r"des renseignements personnels",
                "données personnelles (renseignements personnels)",
            ),
            (
                # health data under HIPAA: "PHI", "protected health information", "Privacy Rule"
                r"\b(PHI|protected health information|personal health information)\b|\bPrivacy "
                r"Rule\b|\bHIPAA\b",
                "personal data (protected health information, HIPAA)",
            ),
        ),
        anchor=("renseignements personnels", "phi", "health information", "privacy rule",
                "hipaa"),
    ),
    KindRule(
        "data_protection",
        t(
            (
                r"\bRGPD\b|données (à caractère )?personnelles|données à caractère personnel|"
                r"données de santé|(données|informations) nominatives|informatique et libertés|protection des données|sous-traitant "
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
            "nominativ",
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
            (
                # information protected as the other party's property ("Proprietary information
                # exchanged hereunder shall be treated as such", « les informations
                # exclusives … sont traitées comme telles ») (contract9)
                r"\bproprietary information\b[^.;]{0,80}?\b(shall|will|must|is to) be (treated|"
                r"held|kept|protected|maintained|safeguarded)|\binformations? (exclusives?|"
                r"propriétaires?)\b[^.;]{0,80}?\b(seront|sont|doivent être) (traitées?|"
                r"protégées?|conservées?)",
                "confidentiality (proprietary information protected)",
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
            "proprietary",
            "exclusive",
            "propriétaire",
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
                # "will make its books, records and internal policies … available to Company",
                # « tient ses livres et registres à la disposition du Client » (contract7)
                r"\bmakes? (its|all|the) (books|records)\b[^.;]{0,160}?\bavailable to (the )?"
                r"(company|customer|client|licensee|controller)|(tien\w*|met\w*) (ses|les) "
                r"(livres|registres|documents)[^.;]{0,80}?à (la )?disposition (du|de la) (Client|"
                r"responsable)[^.;]{0,60}?(vérifi|contrôl|audit)",
                "audit right (books and records made available)",
            ),
            (
                # « faire vérifier sur place », « contrôler dans les locaux », « droit de visite »
                r"(peut|peuvent|pourra|pourront|a le droit|se réserve le droit|est en droit|est "
                r"autorisée?|droit)\b[^.;]{0,60}?\b(faire )?(vérifier|contrôler|inspecter|examiner|"
                r"visiter)\b[^.;]{0,80}?(sur place|sur site|dans (les|ses) locaux|les (registres|"
                r"livres|comptes|processus|installations|locaux|sites?)|la conformité d(?!e (son|"
                r"sa|ses|leur|leurs|votre|vos) (propre )?(fichiers?|données|saisies?|"
                r"contributions?|contenus?|documents?|déclarations?)\b))|"
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
            (
                # a party bound to take part in the other's audit (« le Partenaire s'engage à
                # coopérer avec la DINUM dans la réalisation d'un audit », "shall cooperate with
                # any audit", "submit to an audit"): the other holds the right (dev: API
                # Entreprise's CGU)
                r"(s'engage\w* à|est tenue? de|doit|devra|accepte de) (coopérer|collaborer|"
                r"participer|se soumettre|apporter son concours|prêter son concours)\b[^.;]{0,80}?"
                r"\b(audits?|contrôles?)\b|(shall|will|must|agrees? to|undertakes? to) "
                r"(reasonably |fully |promptly )?(cooperate|co-operate|participate|submit|assist)"
                r"\b[^.;]{0,60}?\baudits?\b",
                "obligation de se prêter à un audit / duty to take part in an audit",
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
            "books",
            "records",
            "registres",
            "livres",
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
        "reversibility",
        t(
            (
                r"réversibilité|restitu\w+ .{0,60}données|reprise par un (nouveau|autre) prestataire|"
                r"export (complet )?de ses données|remet .{0,80}(format ouvert|format standard)|"
                r"données\b[^.;]{0,100}?(restitu|rendu|remis|transféré)\w*[^.;]{0,60}?(fin|terme|"
                r"expiration|cessation|résiliation|format)|"
                # « A la date de fin, … les donnees sont restituees/supprimees »
                r"\bà (la date de |l'issue de |la )?(fin|expiration|résiliation|cessation)\b[^.;]{0,80}?"
                r"données[^.;]{0,40}?(restitu|rendu|remis|transféré|export)",
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
        "reversibility",
        t(
            (
                # « le Client peut exporter ses données », « restituer ou détruire les fichiers »,
                # « la restitution de tout le contenu », « pourra obtenir le code source » à la fin
                # (contract7)
                r"\b(peut|pourra|peuvent|pourront)( à tout moment| en tout temps)?( \w+){0,2} "
                r"(exporter|récupérer|extraire|télécharger) (ses|leurs|les|vos|l'ensemble de ses) "
                r"(données|contenus)|restitu\w* (de |du |des )?(tout |l'ensemble )?(le |les |de ses "
                r"|ses |du |des )?contenus?\b|^(?!.*confidenti)(.*(restituer|retourner|rendre|restitue) ou "
                r"(détruire|supprimer|détruit)|.*(détruire|supprimer) ou (restituer|retourner|rendre))|"
                r"(fin|non[- ]"
                r"renouvellement|résiliation|terme|expiration)\b[^.;]{0,120}?(pourra|peut|pourront) "
                r"obtenir (le code source|les sources|ses données|une copie)",
                "réversibilité (export, restitution ou destruction des données)",
            ),
            (
                # "you can export your data", "return or destroy all records"
                r"^(?!.*confidential).*(\breturn or destroy|\bdestroy or return)|\b(can|may) (at any "
                r"time )?(export|"
                r"download|retrieve) (your|its|their) (data|content)\b",
                "reversibility (data exported, returned or destroyed)",
            ),
        ),
        anchor=("export", "récupér", "extrai", "télécharg", "restitu", "retourner", "rendre",
                "obtenir", "return", "destroy", "download", "retriev"),
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
        "reversibility",
        t(
            (
                r"(possibilité|droit|faculté) d'(extraire|exporter|récupérer) (les|ses|leurs|"
                r"l'ensemble des) données|guider\w*\b[^.;]{0,40}?\b(sauvegarde|récupération|export)"
                r"\w* de ses données|\b(may|can|right to) (export|extract|retrieve|download) "
                r"(its|their|all|the) (customer )?(data|content)\b",
                "le client peut extraire ses données / the client may export its data",
            ),
        ),
        anchor=("extraire", "exporter", "récupér", "sauvegarde", "export", "extract",
                "retrieve", "download"),
    ),
    KindRule(
        "reversibility",
        t(
            (
                # « collaborera avec la clientèle pour s'assurer que les clients sont en mesure de
                # récupérer les données » (a service closed down): the provider helps the client
                # take its data back
                r"(collabor|aide|aider|assist|accompagn|travaill)\w*[^.;]{0,100}?(en mesure de|"
                r"puisse\w*|pouvoir) (récupérer|exporter|extraire|rapatrier) (les|ses|leurs|"
                r"l'ensemble des) données",
                "réversibilité (aide à la récupération des données)",
            ),
            (
                r"\b(work|works|working|assist\w*|help\w*) with[^.;]{0,100}?\bable to (retrieve|"
                r"export|download|recover|extract) (the |their |its |all )?(data|content)\b|"
                r"\b(assist|help)\w* [^.;]{0,60}?(retriev|export|recover)\w* (the |their |its |all )?"
                r"(data|content)\b",
                "reversibility (help to retrieve the data)",
            ),
        ),
        anchor=("récupérer", "exporter", "extraire", "rapatrier", "retriev", "export",
                "download", "recover", "extract"),
    ),
)
