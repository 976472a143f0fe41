"""Rules of the kinds every contract holds: intellectual property (ownership, assignment,
retained rights, copyright waived on contributions), termination rights, the governing law,
the competent court and force majeure. Each trigger carries the reason shown to the user.
"""

from __future__ import annotations

from recours.contract.kinds.base import KindRule, c, t

BOILERPLATE_RULES: tuple[KindRule, ...] = (
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
        "ip_ownership",
        t(
            (
                r"\bwaive[ds]? (all )?(copyrights?|intellectual property rights?)\b|"
                r"renonc\w+ à (tous )?(ses |leurs |vos )?droits d'auteur|"
                r"public domain dedication|domaine public",
                "copyright waived (public-domain dedication)",
            ),
        ),
        anchor=("waive", "renonc", "public domain", "domaine public"),
    ),
    KindRule(
        "termination",
        t(
            (
                r"(peut|pourra|pourront|peuvent|pouvez|pouvons|pourrez|pourrons|droit de|faculté "
                r"de)\b.{0,60}(résili|mettre fin|"
                r"mettre un terme|dénoncer le contrat|rompre le contrat|sortir du contrat|"
                # the resolution the Civil Code names (art. 1224): « l'autre Partie peut résoudre
                # le Contrat », « prononcer la résolution du contrat »
                r"résoudre (le|ce|du|la) (présent )?(contrat|convention|marché|accord)|"
                r"(prononcer|notifier|demander) la résolution)|"
                r"résili\w+ de "
                r"plein droit|(être|est|sera|seront) résiliée?s?",
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
            "résoudre",
            "résolution",
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
        "termination",
        t(
            (
                # « se réserve le droit de supprimer un compte », « fermer l'accès d'un
                # Utilisateur », « révoquer un compte », « pour résilier son inscription, …
                # en fait la demande », « révoquer à tout moment un Mandat » (contract7)
                r"(se réserve\w*[^.;]{0,20}? (le droit|la (possibilité|faculté|liberté))|s'autorise\w* à|"
                r"\bpeut|\bpeuvent|\bpourra|\bpourront|a le droit)\b[^.;]{0,60}?\b(supprimer|fermer|"
                r"clôturer|révoquer|désactiver)\b[^.;]{0,40}?(\b(le|un|tout|son|votre|n'importe quel|"
                r"les|leurs?) (comptes?|accès|inscriptions?)\b|\bl'accès (d'une?|de l'|du|des) )|\b(pour|afin de) "
                r"résilier (son|votre|leur) (inscription|compte|abonnement)|révoquer (à tout "
                r"moment )?(un|le|son|ce) mandat",
                "faculté de résiliation (compte supprimé ou fermé)",
            ),
            (
                # "we may delete or close your account", "revoke any account"
                r"\b(may|can|reserve the right to)\b[^.;]{0,60}?\b(delete|close|deactivate|revoke)"
                r"\b[^.;]{0,30}?\b(your|any|an|the user's|a user's) (account|access)\b",
                "termination right (account closed or deleted)",
            ),
        ),
        anchor=("supprim", "fermer", "clôtur", "révoqu", "désactiv", "résilier", "delete",
                "close", "deactivat", "revoke"),
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
        "governing_law",
        t(
            (
                r"\b(le )?droit (français|belge|luxembourgeois|suisse|allemand|anglais|espagnol|"
                r"italien|québécois|canadien|de l['’]état de \w+)( seul)? (s['’]applique|est "
                r"applicable|régit)|\b(french|belgian|english|german|irish|swiss|dutch|spanish|"
                r"italian|scots|new york|delaware|california|singapore|ontario) law (applies|governs)",
                "droit applicable (« le droit français s'applique »)",
            ),
            (
                # the law named as the predicate: "The law applicable to the present contract is
                # French law", "These GTC are subject to French law", "is subject to the laws of
                # Ireland"
                r"\blaw applicable (to|in)\b[^.;]{0,80}?\b(is|shall be|will be) (the )?(laws? of "
                r"[a-z]|(french|belgian|english|german|irish|swiss|dutch|spanish|italian|scots|"
                r"luxembourg|canadian|american|us|new york|delaware|california|singapore|ontario)"
                r" law)|\b(is|are|shall be|will be|remains?) subject to (the )?((french|belgian|"
                r"english|german|irish|swiss|dutch|spanish|italian|scots|luxembourg|canadian|"
                r"american|new york|delaware|california|singapore|ontario) laws?\b|laws? of (the )?"
                r"(?!(jurisdiction|country|place|state in which|applicable)\b)[a-z])",
                "governing law (the law named: « … is French law », « subject to French law »)",
            ),
        ),
        anchor=("s'appliqu", "s’appliqu", "applicable", "régit", "applies", "governs",
                "subject to"),
    ),
    KindRule(
        "jurisdiction",
        t(
            (
                r"tribunal|tribunaux|juridiction|compétence (exclusive)? ?(est )?attribuée|cour d'appel",
                "juridiction compétente",
            ),
            # "court" is English; in French « ce délai court à compter », « des délais plus
            # courts » are no court
            (
                r"(?<!délai )(?<!délais )(?<!plus )(?<!très )(?<!trop )(?<!moins )\bcourts?\b"
                r"(?! (à|a) compter| terme| délai)|jurisdiction|\bvenue\b",
                "competent court",
            ),
        ),
        anchor=("tribuna", "juridiction", "jurisdiction", "compétence", "cour", "venue"),
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
            # an item of a list of excused causes (« aucune pénalité n'est due lorsque …
            # résulte : - d'un cas de force majeure »): the exception, not the clause
            c(
                r"^[-–•*\s]*(d'un |d'une |en |un |le |les |a |any )?((cas|événements?|évènements?) "
                r"de )?force majeure( events?)?[\s.;,:]*$"
            ),
        ),
        anchor=("force majeure", "reasonable control"),
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
)
