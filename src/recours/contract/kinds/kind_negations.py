"""Negations that hold for a kind whatever rule matched the sentence (each with its reason).

A kind's triggers live in several rules of its family's module (:mod:`.rules_liability`,
:mod:`.rules_service_levels`, …); a negation written in one rule only negates that rule's
triggers. These negate every hit of the kind in the
sentence (``SENTENCE``) or in the paragraph (``PARAGRAPH``). They come from the wordings of
published terms of service and public service agreements (tests/contract/real).
"""

from __future__ import annotations

import re

from recours.contract.kinds.base import c

SENTENCE: dict[str, tuple[re.Pattern[str], ...]] = {
    # the secrecy of a password or of an account is no confidentiality clause, nor is a privacy
    # notice (« préserver la confidentialité de votre mot de passe », « avis de confidentialité »,
    # « protection de la confidentialité des personnes »)
    "confidentiality": (
        c(
            r"confidential\w* (de |des |du |d')?(votre|vos|leur|leurs|son|ses|ton|tes)? ?(mots? de "
            r"passe|identifiants?|codes? d'accès|comptes?)|confidentiality of (your|their|its|his|"
            r"her|the) (\w+ )?(passwords?|credentials?|logins?|accounts?)|(avis|politique|"
            r"déclaration|charte|pratiques|paramètres|notice|policy|statement|practices|settings) "
            r"(\w+ )?(de |en matière de |of |on )?(la )?(confidentialité|confidential)|protection de "
            r"la confidentialité|protéger la confidentialité (des personnes|de la vie privée)|"
            r"dispositions sur la protection de la confidentialité|improper use of confidential|"
            # « améliorer votre confidentialité et sécurité en ligne »: the user's privacy
            r"\b(votre|vos|ta|leur) confidentialité\b"
        ),
        # information deemed non-confidential, credentials kept secret, privacy in the sense of
        # people and communications (« lois sur la confidentialité », « la confidentialité de ces
        # échanges », « confidentialité des personnes »), a cross-reference to a confidentiality
        # section inside another clause ("a breach of Section 10 (Confidentiality)") (contract7)
        c(
            r"non[- ]confidenti|(identifiants?|codes? d'accès|mots? de passe|passwords?|"
            r"credentials?)\b[^.;]{0,60}?\b(confidenti\w*|secrets?)\b|\b(confidenti\w*|secrets?)\b"
            r"[^.;]{0,30}?\b(identifiants?|mots? de passe|passwords?|credentials?|codes? d'accès)|"
            r"lois (\w+ )?(sur|protégeant|relatives? à) la (protection de la )?confidentialité|"
            r"privacy laws|confidentialité (des personnes|de (votre|vos|leur|leurs|son|sa|ses) "
            r"(adresses?|données|informations|échanges|messages)|de ces échanges|sur les médias "
            r"sociaux)|(protection|intégrité)[^.;]{0,20}?et (la )?confidentialité de la collecte|"
            r"\b(section|article|clause|§) ?\d+(\.\d+)* \((confidentiality|confidentialité)\)"
        ),
        # advice to the user not to enter confidential information into the service ("Sensitive
        # or confidential information should not be submitted", « ne saisissez pas
        # d'informations confidentielles »): a warning, no duty of secrecy (contract9)
        c(
            r"confidenti\w*\b[^.;]{0,60}?\b(should|must|shall|may) not be (submitted|uploaded|"
            r"entered|input|inputted|posted|pasted)|(do not|don't|never|avoid)\w* (submit|upload|"
            r"enter|input|post|paste|share)\w*\b[^.;]{0,60}?confidential|ne (saisissez|"
            r"transmettez|téléversez|soumettez|partagez) (pas|jamais|aucune?)[^.;]{0,60}?"
            r"confidenti|confidenti\w*\b[^.;]{0,40}?ne (doivent|doit) pas être (saisie?s?|"
            r"soumise?s?|téléversée?s?|transmise?s? (au|à la|via))"
        ),
    ),
    # an obligation to respect others' rights or the law (« ne pas porter atteinte aux droits …
    # de propriété intellectuelle détenus par », "abide by the laws … in terms of privacy, …,
    # intellectual property"): no ownership clause (contract9)
    "ip_ownership": (
        c(
            r"\b(ne pas|s'interdit de|s'engage à ne pas|interdit de)\b[^.;]{0,40}?\b(porter "
            r"atteinte|violer|enfreindre|contrefaire)\b[^.;]{0,80}?propriété intellectuelle|"
            r"\b(abide by|comply with|respect|obey)\b[^.;]{0,40}?\b(laws?|regulations?|"
            r"legislation)\b[^.;]{0,200}?\bintellectual property\b(?![^.;]{0,20}\b(of|in|rights? "
            r"(of|in|to|over))\b)|\b(respecter|respectent|respectez|se conformer)\b[^.;]{0,20}?"
            r"\b(les |aux )?(lois|réglementations?|législation)\b[^.;]{0,320}?\bpropriété "
            r"intellectuelle\b(?![^.;]{0,30}\b(de|du|des|sur) (la|le|les|l')? ?(plateforme|"
            r"service|logiciel|site|contenus?)\b)"
        ),
    ),
    # a warranty disclaimed ("does not warrant that the Software is free from any error"), one
    # of authority ("has the legal power and authority to enter into"), an availability
    # guaranteed as a percentage (a service level) are no conformity warranty (contract7)
    "warranty_conformity": (
        c(
            r"\b(does|do|will|shall) not (warrant|guarantee)|makes? no (\w+ )?(representation or "
            r")?warrant|ne (garantit|garantissent|garantira) (pas|ni)|(power|pouvoir) and (authority|"
            r"capacité)|(pouvoir|capacité) (et|ou) (la )?(qualité|capacité|pouvoir) (pour|de) "
            r"(conclure|contracter)|garanti\w*[^.;]{0,80}?\d+(?:[.,]\d+)? ?%|warrant\w*[^.;]{0,80}?"
            r"\d+(?:\.\d+)? ?% (of the time|uptime|availability)"
        ),
    ),
    # a liability « limitée aux engagements pris en application du Contrat », "limited to the
    # commitments made under this Agreement": no cap, a scope (contract7)
    "liability_cap": (
        c(
            r"(limitée?s?|limited) (aux|to the) (engagements|commitments|obligations)\b"
        ),
    ),
    # "some jurisdictions do not allow the exclusion", « certaines juridictions ne permettant
    # pas »: a legal warning, not a forum; a court that may order a disclosure is no forum either
    "jurisdiction": (
        c(
            r"\b(some|certain|certaines|other|d'autres|many) (jurisdictions?|juridictions?)\b|"
            r"jurisdictions? (do|does|may) not (allow|permit)|juridictions? ne permett|"
            r"court orders?\b|subpoena|laws of the jurisdiction of (its|their) (origin|"
            r"incorporation)|competent jurisdiction without the need"
        ),
    ),
    # "to the extent permitted by applicable law" and laws a party must comply with choose no
    # law; « dans les limites autorisées par le droit applicable » neither
    "governing_law": (
        c(
            r"^(?!.*\b(governed by|régie?s? par|soumise?s? (au|aux)|gouvern)).*\b((extent|as|where) "
            r"(permitted|required|allowed|authori[sz]ed) by|in accordance with|comply(ing)? with|"
            r"violation of|under|prohibited by|required by) (the |any |all )?(other )?applicable "
            r"(\w+ )?laws?\b|^(?!.*\b(régie?s? par|soumise?s? (au|aux)|gouvern)).*\b(limites? "
            r"(autorisées?|permises?|prévues?) par|conformément à|respect d[eu]|selon|dans la mesure "
            r"(autorisée|permise) par) (le |la |les )?(droit|loi|lois|législation) (applicables?|"
            r"en vigueur)"
        ),
        # "governed by and construed in accordance with applicable law", « régi par le droit
        # applicable »: a choice of law that names no law chooses none (contract9)
        c(
            r"^(?!.*\b(laws? of|droit (français|belge|suisse|luxembourgeois|de|du|des)|lois? "
            r"(française|de|du|des))\b)(?!.*\b(french|belgian|english|german|irish|swiss|dutch|"
            r"spanish|italian|scots|new york|delaware|california) laws?\b).*\b(governed by|"
            r"construed|interpreted|régie?s? par|soumise?s? (au|à la))( and (construed|"
            r"interpreted|enforced))?( in accordance with| under| by| et interprétée?s? "
            r"(conformément|selon))?( au| à la)? (the |le |la )?(applicable laws?|droit applicable|"
            r"loi applicable)\b"
        ),
    ),
    # « atteintes à la protection des données publiques » (data breaches a service reports on)
    # is no data protection clause
    "data_protection": (
        c(
            r"atteintes? à la protection des données"
        ),
    ),
    # a process "transparent for the client" (« de manière transparente »), Certificate
    # Transparency or price transparency are no AI transparency
    "transparency": (
        c(
            r"(de (manière|façon) |entièrement |totalement |parfaitement )transparente?s?|"
            r"transparente?s? pour (le|la|les|l')|\btransparently\b|certificate transparency|"
            r"(price|pricing) transparency|transparence (tarifaire|des prix|financière)|"
            # transparent as one of an organisation's qualities (« Hébergeurs Alternatifs,
            # Transparents, Ouverts, Neutres », "open, transparent and neutral hosting"): a
            # value statement, no duty on an AI system (contract9)
            r"transparen\w*,? (et |and )?(ouverts?|open|neutres?|neutral|solidaires?|éthiques?|"
            r"ethical|libres?|alternati\w+|indépendante?s?|independent)\b|\b(alternati\w+|ouverts?|"
            r"open|neutres?|neutral|éthiques?|ethical|libres?|indépendante?s?|independent),? (et "
            r"|and )?transparen"
        ),
        # a GDPR notice: personal data « font l'objet d'un traitement automatisé » (loi
        # Informatique et Libertés), "automated processing of personal data" (contract7)
        c(
            r"^(?!.*(intelligence artificielle|artificial intelligence|\bIA\b|\bAI\b|"
            r"algorithm|chatbot|agent conversationnel)).*(traitements? automatisés?\b[^.;]{0,160}?"
            r"(données (à caractère )?personnel|informatique et libertés)|données (à caractère )?"
            r"personnel\w*[^.;]{0,160}?traitements? automatisés?|automated processing of "
            r"(your |their )?personal (data|information))"
        ),
        # « une expérience (de navigation) transparente », "a seamless experience"; transparency
        # owed on personal data next to confidentiality or a privacy policy (contract7)
        c(
            r"exp[ée]rience (\w+ ){0,2}transparente?|^(?!.*(intelligence artificielle|artificial "
            r"intelligence|\bIA\b|\bAI\b|algorithm|chatbot|agent conversationnel)).*"
            r"(confidentialité|vie privée|protection des (données|renseignements)|privacy|"
            r"personal (data|information))[^.;]{0,120}?transparen|^(?!.*(intelligence "
            r"artificielle|artificial intelligence|\bIA\b|\bAI\b|algorithm|chatbot|agent "
            r"conversationnel)).*transparen\w*[^.;]{0,120}?(politique de confidentialité|privacy "
            r"(policy|notice)|données (à caractère )?personnelles|personal data)"
        ),
    ),
    # the traceability of goods a service tracks (waste slips, parcels, products), cookies and
    # log files for audience measurement: no record-keeping of the system (contract7)
    "logging": (
        c(
            r"traçabilité (du |des |de la |de l')(bordereaux?|déchets|produits?|marchandises?|"
            r"colis|lots?|envois?|livraisons?|animaux|denrées)|traceability of (the )?(goods|"
            r"products?|shipments?|waste|parcels?|deliveries|batch(es)?)|cookies\b[^.;]{0,40}?"
            r"\b(fichiers journaux|log files)|(fichiers journaux|log files)[^.;]{0,40}?cookies"
        ),
        # logs as the evidence a client sends with a claim (« Preuves (captures d'écran,
        # logs) », "evidence such as screenshots or logs"): no record-keeping (contract9)
        c(
            r"\b(preuves?|justificatifs?|pièces justificatives|evidence|proofs?)\b[^.;]{0,60}?"
            r"\b(logs?|journaux)\b(?![^.;]{0,40}\b(conserv|retain|kept|keep|enregistr))"
        ),
    ),
    # a late-payment penalty the client owes (« pénalité de retard égale à trois fois le taux de
    # l'intérêt légal », « calculée sur la somme restant due ») and civil or criminal
    # sanctions are no penalty clause of the service (contract7)
    "penalties": (
        c(
            r"pénalit\w*[^.;]{0,100}?(intérêt légal|taux d'intérêt|sommes? restant dues?|montant "
            r"restant dû|retard de paiement|défaut de paiement)|(retard|défaut) de paiement"
            r"[^.;]{0,100}?pénalit|(late[- ]payment|overdue)[^.;]{0,40}?penalt|penalt\w*[^.;]{0,60}?"
            r"(interest rate|legal interest)|\b(civil|criminal)( and| or)? (criminal |civil )?"
            r"penalt|sanctions pénales|pénalités (civiles|pénales)|\btax(es)?\b[^.;]{0,160}?"
            r"\bpenalt|\bimpôts?\b[^.;]{0,160}?pénalit"
        ),
    ),
    # "not a substitute for human oversight": a warning to the customer, not oversight provided
    "human_oversight": (
        c(
            r"not (a |an )?(substitute|replacement) for human|ne (remplace|remplacent|se substitue"
            r"|se substituent) pas (à )?(un |une |la |le |l')?(contrôle|supervision|jugement|"
            r"intervention|examen) humain"
        ),
    ),
    # a force majeure event excluded from a downtime definition only measures availability
    "force_majeure": (
        c(
            r"(excluding|excluded|except|other than)[^.;]{0,200}?\b(due to|caused by|resulting "
            r"from)[^.;]{0,120}?force majeure|(downtime|unavailability|inaccessibility|"
            r"indisponibilité)s?\b[^.;]{0,200}?(excluding|hors|à l'exclusion)[^.;]{0,200}?"
            r"force majeure"
        ),
        # force majeure named only as what removes a remedy or as a bare item of a list of
        # exceptions (« Force majeure exclut tout remboursement », « ❌ Force majeure »)
        c(
            r"force majeure (exclut|exclue?s?|supprime|annule)\w* (tout|toute|tous|les?|la|le)\b"
            r"[^.;]{0,20}?(rembours|crédit|credit|pénalit|indemn|avoir|refund)|"
            r"(❌|✗|✘)\s*(les cas de )?force majeure\b|force majeure (excludes|voids|cancels) (any|all)"
            r" (refunds?|credits?|penalt)"
        ),
        # force majeure as an item of a list of exclusions (« - Force majeure (catastrophes,
        # guerres, etc.) », "(b) force majeure events;", « - L'incident résulte d'une force
        # majeure ») or a reservation on an access promise (« sous réserve des éventuelles
        # pannes … ou d'évènements indépendants de la volonté de … », "subject to … force
        # majeure"): the exception, not the clause (contract9)
        c(
            r"^[-–•*\s]*(\(?[a-z0-9]{1,3}\)\s*)?(d'un |d'une |en |un |le |les |a |any )?((cas|"
            r"événements?|évènements?) de )?force majeure( events?)?( \([^)]{0,80}\))?[\s.;,:]*"
            r"((or|and|ou|et)\s*)?$|^[-–•*]\s*[^.;]{0,80}?\b(résulte|résultent|résultant|est dûe?|"
            r"sont dûe?s|due?s? à|causée?s? par|caused by|due to|results? from|resulting from|arises? "
            r"from) (d'une |d'un |de la |a |an |the )?(cas de )?force majeure\b[^.;]{0,40}$|"
            r"\bsous réserve (des|de|d')[^.;]{0,200}?(force majeure|indépendante?s? de la volonté)|"
            r"\bsubject to\b[^.;]{0,160}?(force majeure|beyond (its|our|their) (reasonable )?"
            r"control)|\b(does|do|shall|will) not apply to\b[^.]{0,300}?\bforce majeure"
        ),
    ),
    # a time to settle a dispute or a payment is no service level
    "service_levels": (
        c(
            r"(resolve|settle|régler|résoudre) (the |a |any |le |la |les |leur )?(dispute|"
            r"disagreement|différend|litige)s?|(pay|payment|paiement|payer)\b[^.;]{0,40}?\bwithin"
        ),
        # a plan tier (« rétrograder votre niveau de service », "downgrade your service level"),
        # a service-level agreement the user must accept, kept elsewhere, a response "within a
        # reasonable timeframe" with no figure, « intervient dans le cadre » (contract7)
        c(
            r"(rétrograd|réduire|abaisser|downgrad|reduc|lower)\w*\b[^.;]{0,40}?(niveaux? de "
            r"service|service levels?)|(niveaux? de service|service levels?) (to|vers|à) (our|the|"
            r"notre|l'offre|la formule|le forfait)[^.;]{0,20}?(free|gratuit|basic|de base)|"
            r"(must|devez|doit|doivent|need to) (be comfortable with|accept|agree to|accepter)"
            r"[^.;]{0,80}?(service[- ]level agreement|accord sur les niveaux de service)|"
            r"^(?!.*\d)(?!.*\b(one|two|three|four|six|eight|twelve|twenty|un|deux|trois|quatre|six|"
            r"huit|douze|vingt)\b).*(within a reasonable (time|timeframe|period)|dans un délai "
            r"raisonnable|dans les meilleurs délais)|intervien\w* dans le cadre"
        ),
        # plan tiers (« La Plateforme propose différents niveaux de Services : », "three
        # service levels are offered"): offers, no level promised (contract9)
        c(
            r"\b(différents|divers|plusieurs|deux|trois|quatre|nos|les) niveaux de services? "
            r"(:|proposés|offerts|disponibles)|\b(propose|offre|proposons|offrons)\w*\b[^.;]{0,30}?"
            r"(différents|divers|plusieurs|deux|trois|quatre) niveaux de services?|\b(different|"
            r"several|various|two|three|four) (service levels|levels of service|service tiers)\b"
            r"(?![^.;]{0,40}\d)"
        ),
    ),
}

PARAGRAPH: dict[str, re.Pattern[str]] = {
    # a clause about something else (« 4. Machine Learning. … ») whose only word on personal data
    # is a saving sentence keeping the duties another text sets ("Nothing in this section will
    # reduce or limit Provider's obligations regarding Personal Data under Applicable Data
    # Protection Laws", « rien dans le présent article ne limite … ») makes no data protection
    # clause; the same sentence under a « Personal Data » heading is one (dev: Common Paper's
    # Software License Agreement and AI Addendum)
    "data_protection": c(
        r"^(?!\W*(\d+(\.\d+)*\.?\s*)?(personal data|data protection|privacy|données "
        r"(personnelles|à caractère personnel)|protection des données)\b)"
        r"(?=[^\n]*(\bnothing in (this|these|the) (\w+ ){0,3}(will|shall|does|is intended to) "
        r"(\w+ )?(reduce|limit|affect|restrict|diminish)\b|\brien (dans|de) (le présent|la "
        r"présente|les présentes|ce|cet|cette)\b[^.;]{0,60}?\bne (limite|réduit|restreint|"
        r"affecte)))(?![^\n]*\b(processor|sous-traitant|GDPR|RGPD|article 28)\b)"
    ),
    # a label « Juridiction. » over a choice-of-law sentence alone names no court
    "jurisdiction": c(
        r"^[\W_]*(juridiction|jurisdiction)s?[\W_]+(?:(la |le |les |the )?(lois?|laws?|droit)|"
        r"\w+ law)\b(?![^\n]*(tribuna|\bcourts?\b|\bcour\b|compétence|compétent))"
    ),
}
