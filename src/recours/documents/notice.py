"""The mise en demeure (formal notice) — refused when a mandatory element is missing.

Contents: sender (counsel or client) and addressee (the vendor, or the integrator with
``NoticeOptions.to``) with its legal form, SIREN, representative and address; the contract and
the clauses breached, quoted; the grievances with their proof — the breaches an evidence run
establishes, and the failures pièces establish or document (expert report, constat, incident
tickets), so that a notice needs no statistical run; the legal grounds, pleaded; the demand to
perform within a stated delay; where termination is sought, the statement required by art.
1226 (and the clause résolutoire named, art. 1225; under the former law, the clause or art.
1184 anc.); the compensation claimed with the cap applied or contested; the other co-debtors
put on notice; reservation of rights; the way the letter is sent.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from recours.documents.amounts import claim
from recours.documents.context import Context
from recours.documents.model import Document, Metadata, Run
from recours.documents.notice_facts import (
    Grievances,
    enclosures,
    grievances,
    write_measured,
    write_pieces,
)
from recours.documents.notice_forum import court_name
from recours.documents.notice_grounds import case_law, write_grounds
from recours.documents.notice_parties import (
    addressee,
    co_debtors,
    is_company,
    letterhead,
    opening,
    party_words,
    recipient,
    salutation,
    signature,
    voice,
)
from recours.documents.notice_termination import (
    CONSUMER_GOODS_DAYS,
    consumer,
    write_termination,
)
from recours.documents.typography import inner_quotes
from recours.dossier import (
    Commitment,
    EventType,
    Party,
    PartyKind,
    PartyRole,
)
from recours.elision import de, definite
from recours.errors import DocumentRefused
from recours.i18n import T

DEFAULT_MODE = T(
    "lettre recommandée avec demande d'avis de réception",
    "registered letter with acknowledgement of receipt",
)


@dataclass(frozen=True, slots=True)
class NoticeOptions:
    delay_days: int | None = None  # delay to perform; default: contract cure period, analysis
    terminate: bool | None = (
        None  # announce termination failing performance (default: if available)
    )
    sending_mode: str | None = None  # default: the contract's mode, else registered letter
    to: str | None = None  # the addressee's party id (vendor or integrator); default: the vendor


def _missing(ctx: Context, options: NoticeOptions) -> list[tuple[T, T]]:
    """Each mandatory element the notice would miss, with how to supply it."""
    d = ctx.dossier
    missing: list[tuple[T, T]] = []
    target, client = addressee(ctx, options.to), d.client
    if target is None:
        missing.append((T("le destinataire (partie « vendor »)", "the addressee (a « vendor » party)")
                        if options.to is None else
                        T(f"le destinataire « {options.to} » (partie fournisseur ou intégrateur)",
                          f"the addressee '{options.to}' (a vendor or integrator party)"),
                        T("déclarer la partie dans « parties » avec le rôle « vendor » ou "
                          "« integrator »", "declare the party under 'parties' with the role "
                          "'vendor' or 'integrator'")))
    else:
        if not target.address:
            missing.append((T("l'adresse du destinataire", "the addressee's address"),
                            T(f"renseigner « address » de la partie « {target.id} »",
                              f"fill in 'address' of party '{target.id}'")))
        if target.representative is None and target.kind is PartyKind.COMPANY:
            missing.append((T("le représentant du destinataire", "the addressee's representative"),
                            T(f"renseigner « representative » (nom et titre) de la partie "
                              f"« {target.id} »", f"fill in 'representative' (name and title) "
                              f"of party '{target.id}'")))
    if client is None:
        missing.append((T("l'expéditeur (partie « client »)", "the sender (a « client » party)"),
                        T("déclarer le client dans « parties » avec le rôle « client »",
                          "declare the client under 'parties' with the role 'client'")))
    elif client.counsel is None and client.representative is None \
            and client.kind is PartyKind.COMPANY:
        missing.append((T("le signataire (avocat ou représentant du client)",
                          "the signatory (counsel or client representative)"),
                        T("renseigner « counsel » ou « representative » du client",
                          "fill in the client's 'counsel' or 'representative'")))
    if not grievances(ctx).any:
        missing.append((T(
            "la preuve d'un manquement : un engagement en manquement établi par une campagne de "
            "mesure, avec sa clause, ou une pièce qui établit ou documente la défaillance "
            "(rapport d'expertise, constat, tickets d'incident)",
            "proof of a breach: a commitment whose breach an evidence run establishes, with its "
            "clause, or an exhibit that establishes or documents the failure (expert report, "
            "constat, incident tickets)"),
            T("lancer « recours evidence run », ou déclarer la pièce dans « exhibits » avec "
              "« supports: [non_conformity] » (et « commitments.<id> » pour l'engagement visé)",
              "run 'recours evidence run', or declare the exhibit under 'exhibits' with "
              "'supports: [non_conformity]' (and 'commitments.<id>' for the commitment)")))
    if _delay(ctx, options) is None:
        missing.append((T("le délai accordé pour s'exécuter", "the delay granted to perform"),
                        T("renseigner « cure_period_days » du contrat ou passer --delai JOURS",
                          "fill in the contract's 'cure_period_days' or pass --delay DAYS")))
    return missing


def _delay(ctx: Context, options: NoticeOptions) -> int | None:
    """The delay to perform: for a consumer's goods, the thirty days the seller has at most
    (C. consom. L217-10); else the delay asked, the contract's cure period, the analysis's."""
    regime = consumer(ctx)
    if regime is not None and regime.goods:
        return CONSUMER_GOODS_DAYS
    for value in (
        options.delay_days,
        ctx.dossier.contract.cure_period_days,
        ctx.view.notice_delay_days,
    ):
        if value is not None and value > 0:
            return value
    return None


def check_notice(ctx: Context, options: NoticeOptions) -> None:
    """Raise :class:`DocumentRefused` naming every mandatory element the notice would miss,
    each with how to supply it."""
    missing = _missing(ctx, options)
    delay = _delay(ctx, options)
    cure = ctx.dossier.contract.cure_period_days
    if delay is not None and cure is not None and delay < cure:
        missing.append((T(f"un délai au moins égal au délai contractuel de {cure} jours",
                          f"a delay at least equal to the contractual {cure} days"),
                        T(f"passer --delai {cure} ou plus", f"pass --delay {cure} or more")))
    if missing:
        fr = "; ".join(m.fr for m, _ in missing)
        en = "; ".join(m.en for m, _ in missing)
        raise DocumentRefused(
            T(f"Mise en demeure refusée, il manque : {fr}", f"Formal notice refused, missing: {en}"),
            where=ctx.dossier.reference,
            fix=T("; ".join(f.fr for _, f in missing) + ".",
                  "; ".join(f.en for _, f in missing) + "."),
            details={"missing": [m.en for m, _ in missing]},
        )


def _price(ctx: Context) -> str:
    """« moyennant un prix de 6 900,00 € HT par mois »."""
    words = ctx.price_words()
    return ctx.t(" moyennant un prix de {p}", " for a price of {p}", p=words) if words else ""


def _contract(ctx: Context, target: Party, g: Grievances) -> None:
    c, d = ctx.composer, ctx.dossier
    system = d.ai_system
    v = voice(ctx, d.client) if d.client else None
    version = ctx.t(" (version {v})", " (version {v})", v=system.version) if system.version else ""
    purpose = system.intended_purpose[0].lower() + system.intended_purpose[1:].rstrip(".")
    c.heading(ctx.t("Le contrat et vos engagements", "The contract and your commitments"), 2)
    if target.role is PartyRole.VENDOR:
        who = ctx.t("votre société s'est engagée", "your company undertook") \
            if is_company(target) else ctx.t("vous vous êtes engagé", "you undertook")
        c.numbered(ctx.t(
            "Aux termes du {k}, {who} à fournir à {nc} le système « {s} »{v}, destiné à "
            "{purpose}{price}.",
            "Under the {k}, {who} to supply {nc} with the system “{s}”{v}, whose intended purpose "
            "the contract states as “{raw}”{price}.",
            k=ctx.contract_words(), who=who, nc=v.noun if v else "", s=system.name, v=version,
            price=_price(ctx), raw=system.intended_purpose.rstrip("."), purpose=purpose))
    else:
        vendor = d.vendor
        c.numbered(ctx.t(
            "Aux termes du {k}, auquel vous êtes partie en qualité {role}, le système « {s} »{v}"
            "{by}, destiné à {purpose}, devait être livré à {nc} intégré et paramétré{price}.",
            "Under the {k}, to which you are a party as {role}, the system “{s}”{v}{by}, whose "
            "intended purpose the contract states as “{raw}”, was to be delivered to {nc} "
            "integrated and configured{price}.",
            k=ctx.contract_words(), role=de("intégrateur") if ctx.lang == "fr" else "integrator",
            s=system.name, v=version, nc=v.noun if v else "", price=_price(ctx), purpose=purpose,
            raw=system.intended_purpose.rstrip("."),
            by=ctx.t(", fourni par {n}", ", supplied by {n}", n=vendor.name) if vendor else ""))
    vous = target.role is PartyRole.VENDOR
    for commitment in g.commitments():
        src = commitment.source
        if src is None:
            continue
        c.numbered(ctx.t(
            "Au titre de la stipulation « {cl} », {who} sur le niveau de service suivant : {w}. "
            "Cette stipulation est ainsi rédigée :",
            "Under the provision “{cl}”, {who} to the following service level: {w}. The "
            "provision reads:",
            cl=inner_quotes(src.clause), w=ctx.commitment_line(commitment),
            who=ctx.t("vous vous êtes engagés", "you committed") if vous
            else ctx.t("les parties se sont engagées", "the parties committed")))
        if src.quote:
            page = ctx.t(", p. {p}", ", p. {p}", p=src.page) if src.page else ""
            c.quote(src.quote, source=f"{src.clause}{page}")
    count = len([cm for cm in g.commitments() if cm.source is not None])
    binding = ctx.t("Ces engagements ont force obligatoire entre les parties",
                    "These commitments are binding on the parties") if count > 1 else ctx.t(
        "Cet engagement a force obligatoire entre les parties",
        "This commitment is binding on the parties") if count == 1 else ctx.t(
        "Le contrat a force obligatoire entre les parties", "The contract is binding on the "
        "parties")
    c.numbered(binding,
               ctx.cite(ctx.article("fr.civil.1103") or "fr.civil.1103"), ".")


def _facts(ctx: Context, g: Grievances) -> None:
    ctx.composer.heading(ctx.t("Les manquements constatés", "The breaches found"), 2)
    write_measured(ctx, g)
    write_pieces(ctx, g)


def _commitment_name(ctx: Context, cm: Commitment) -> str:
    """« « Disponibilité mensuelle du service » (Annexe SLA, art. 2) » — its words, not its id."""
    label = cm.label or cm.id
    named = f"« {label} »" if ctx.lang == "fr" else ctx.source(label)
    return f"{named} ({inner_quotes(cm.source.clause)})" if cm.source else named


def _notified_on(ctx: Context, party: Party) -> date | None:
    """The date the dossier's timeline records a formal notice sent to ``party`` (on or before
    the letter's date), or None."""
    sent = [e.date for e in ctx.dossier.timeline if e.type is EventType.FORMAL_NOTICE_SENT
            and e.to == party.id and e.date <= ctx.on]
    return max(sent) if sent else None


def _co_debtors_sentence(ctx: Context, target: Party) -> None:
    """The other co-contractors (the integrator, the vendor), said as the dossier shows them:
    put on notice on the date its timeline records; otherwise the client's rights against them
    reserved — the letter never asserts a sending the dossier does not record."""
    others = [p for p in co_debtors(ctx) if p.id != target.id]
    notified = [(p, when) for p in others if (when := _notified_on(ctx, p)) is not None]
    reserved = [p for p in others if _notified_on(ctx, p) is None]
    for party, when in notified:
        words = party_words(ctx, party)
        ctx.composer.numbered(ctx.t(
            "{o}{comma} a été {mise} en demeure le {d}.",
            "{o}{comma} was given formal notice on {d}.",
            o=_capital(words), comma="," if "," in words else "", d=ctx.date(when),
            mise="mise" if is_company(party) else "mis"))
    if reserved:
        nc = voice(ctx, ctx.dossier.client).noun if ctx.dossier.client else ""
        ctx.composer.numbered(ctx.t(
            "La présente est sans préjudice des droits et actions de {nc} à l'encontre de {o}.",
            "This letter is without prejudice to our client's rights and actions against {o}.",
            nc=nc, o=ctx.words([party_words(ctx, p) for p in reserved])))


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _demand(ctx: Context, options: NoticeOptions, delay: int, mode: str, target: Party,
            g: Grievances) -> None:
    c, d = ctx.composer, ctx.dossier
    v = voice(ctx, d.client) if d.client else voice(ctx, target)
    ids = ctx.words([_commitment_name(ctx, cm) for cm in g.commitments()])
    c.heading(ctx.t("Mise en demeure", "Formal notice"), 2)
    many = len(g.commitments()) > 1
    what = ctx.t(
        " de mettre le système en conformité avec {les} {ids}",
        " to bring the system into conformity with {les} {ids}", ids=ids,
        les=ctx.t("les engagements", "commitments") if many
        else ctx.t("l'engagement", "commitment"),
    ) if ids else ctx.t(
        " de remédier aux défaillances exposées ci-dessus et de mettre le système en conformité "
        "avec vos engagements contractuels",
        " to remedy the failures set out above and bring the system into conformity with your "
        "contractual commitments")
    proof = ctx.t(", et d'en justifier par une nouvelle mesure vérifiable",
                  ", and to demonstrate it by a new verifiable measurement") if g.measured else \
        ctx.t(", et d'en justifier", ", and to demonstrate it")
    notice_ref = ctx.article("fr.civil.1344")
    within = ctx.t(" dans un délai de {n} jours à compter de la réception de la présente",
                   " within {n} days of receipt of this letter", n=delay)
    refs = [notice_ref] if notice_ref else []
    regime = consumer(ctx)
    if regime is not None and regime.goods:  # C. consom. L217-9, L217-10
        what = ctx.t(" de mettre le bien en conformité{w}, par sa réparation ou son "
                     "remplacement, le bien étant tenu à votre disposition à cette fin,",
                     " to bring the goods into conformity{w}, by repair or replacement, the "
                     "goods being at your disposal for that purpose,",
                     w=ctx.t(" avec {les} {ids}", " with {les} {ids}", ids=ids,
                             les=ctx.t("les engagements", "commitments") if many
                             else ctx.t("l'engagement", "commitment")) if ids else "")
        within = ctx.t(" dans un délai qui ne peut excéder {n} jours suivant la présente "
                       "demande", " within a period that cannot exceed {n} days of this "
                       "request", n=delay)
        refs = ["fr.consommation.L217-9", "fr.consommation.L217-10"]
    c.numbered(
        Run(ctx.t("En conséquence, nous vous mettons en demeure",
                  "Accordingly, we hereby give you formal notice"), bold=True),
        what + within + proof, *((ctx.cite(*refs),) if refs else ()), ".")
    if _wants_termination(ctx, options):
        write_termination(ctx, v.noun)
    _co_debtors_sentence(ctx, target)
    _compensation(ctx, v.noun)
    court = court_name(d.contract.jurisdiction, ctx.on) if d.contract.jurisdiction else None
    forum = ctx.t(" devant {j}", " before the {k}", j=_the(court), k=court) if court else ""
    c.numbered(ctx.t(
        "{Nc} se réserve tous autres droits et actions, notamment celui d'agir en justice{f} sans "
        "autre avis.", "Our client reserves all other rights and actions, including the right to "
        "bring proceedings{f} without further notice.", f=forum, Nc=v.noun[0].upper() + v.noun[1:]))
    c.numbered(_mode_sentence(ctx, mode))


def _the(court: str | None) -> str:
    """« le Tribunal de commerce de Paris », « la cour d'appel de Lyon » (as the dossier says)."""
    text = (court or "").strip()
    if text.lower().startswith(("le ", "la ", "l'", "les ")):
        return text
    return definite(text, feminine=text.lower().startswith(("cour", "juridiction", "chambre")))


def _compensation(ctx: Context, nc: str) -> None:
    """The loss claimed — the figure :func:`amounts.claim` computes for every document: the
    whole loss where the analysis finds the cap open to challenge (art. 1170, 1171; art. 1131
    anc.), else within the cap and its exclusions."""
    d = ctx.dossier
    found = claim(ctx.view, d, former_law=ctx.former_law)
    if found is None:
        return
    refs = [ctx.article("fr.civil.1231-1") or "fr.civil_anc.1147"]
    tail = ""
    if found.contested:
        reasons = []
        if found.essential is not None:
            reasons.append(ctx.t(
                "elle priverait de sa substance votre obligation essentielle",
                "it would deprive your essential obligation of its substance")
                + case_law(ctx, found.essential))
            refs.append("fr.civil_anc.1131" if ctx.former_law else "fr.civil.1170")
        if found.imbalance is not None:
            reasons.append(ctx.t(
                "non négociable, elle crée un déséquilibre significatif entre les droits et "
                "obligations des parties et est réputée non écrite",
                "being non-negotiable, it creates a significant imbalance between the parties' "
                "rights and obligations and is deemed unwritten"))
            refs.append("fr.civil.1171")
        tail = ctx.t(", sans que la clause limitative de responsabilité puisse lui être opposée : "
                     "{r}", ", and the limitation clause cannot be set up against it: {r}",
                     r=ctx.t(" ; en outre, ", "; moreover, ").join(reasons))
    elif found.limited and found.computable:
        tail = ctx.t(", dans la limite stipulée au contrat", ", within the limit the contract "
                     "sets")
    elif found.limited:
        tail = ctx.t(", hors les chefs de préjudice que le contrat exclut",
                     ", leaving out the heads of loss the contract excludes")
    she = voice(ctx, d.client).she if d.client else "it"  # a person is « they »
    ctx.composer.numbered(ctx.t(
        "{Nc} entend obtenir réparation du préjudice {q} subit, {q2} évalue à ce jour à {t}{tail}",
        "Our client intends to obtain compensation for the loss {s} {suffer}, which {s} "
        "currently {assess} at {t}{tail}", Nc=nc[0].upper() + nc[1:],
        t=ctx.money(found.amount, found.currency), tail=tail,
        q="qu'elle" if nc.endswith("e") else "qu'il",
        q2="qu'elle" if nc.endswith("e") else "qu'il", s=she,
        suffer="suffer" if she == "they" else "suffers",
        assess="assess" if she == "they" else "assesses"), ctx.cite(*refs), ".")


#: The contract's form of notice speaks of « the addressee »: the letter speaks to it.
_TO_YOU = ((re.compile(r"\bau siège (social )?de (?:leur|son|sa) destinataire\b|"
                       r"\bau siège (social )?du destinataire\b"), "à votre siège"),
           (re.compile(r"\bde (?:son|leur) représentant légal\b"), "de votre représentant légal"))


#: The mention above the subject: the kind of letter, without the contract's details.
_REGISTERED = re.compile(r"^(lettre recommandée avec (?:demande d')?avis de réception)\b",
                         re.IGNORECASE)


def _mode_sentence(ctx: Context, mode: str) -> str:
    if ctx.lang == "fr":
        for pattern, repl in _TO_YOU:
            mode = pattern.sub(repl, mode)
        return f"La présente vous est adressée par {mode}."
    if mode == DEFAULT_MODE.en:
        return f"This letter is sent to you by {mode}."
    return f"This letter is sent to you in the form the contract provides: “{mode}”."


def _wants_termination(ctx: Context, options: NoticeOptions) -> bool:
    if options.terminate is not None:
        return options.terminate
    remedy = ctx.view.termination()
    return remedy is None or remedy.available


def build_notice(ctx: Context, options: NoticeOptions | None = None) -> Document:
    """The formal notice of the dossier, or :class:`DocumentRefused` naming what is missing."""
    options = options or NoticeOptions()
    check_notice(ctx, options)
    ctx.links = False  # a letter to the adversary: citations without web addresses
    d, c = ctx.dossier, ctx.composer
    client, target = d.client, addressee(ctx, options.to)
    assert client is not None and target is not None
    ctx.addressee = target
    delay, g = _delay(ctx, options), grievances(ctx)
    assert delay is not None
    mode = options.sending_mode or d.contract.formal_notice_mode or DEFAULT_MODE.render(ctx.lang)
    city = ctx.city(client) or ""
    place_date = ctx.t("{c}, le {d}", "{c}, {d}", c=city, d=ctx.date(ctx.on)) if city \
        else ctx.date(ctx.on)
    letterhead(ctx, client)
    recipient(ctx, target)
    c.para(place_date, role="place_date", align="right")
    mention = _REGISTERED.match(mode)
    mention_words = mention[1] if mention else mode
    c.para(mention_words[0].upper() + mention_words[1:], role="mention", align="left")
    c.para(ctx.t("Nos réf. : {r}", "Our ref.: {r}", r=d.reference), role="mention", align="left")
    subject = ctx.t("Objet : mise en demeure — {k}", "Subject: formal notice — {k}",
                    k=ctx.contract_words())
    c.para(subject, role="subject", align="left")
    greeting = salutation(ctx, target)
    c.para(greeting + ",", align="left")
    opening(ctx, client)
    _contract(ctx, target, g)
    _facts(ctx, g)
    write_grounds(ctx, voice(ctx, client), target, single=len(g.commitments()) == 1)
    _demand(ctx, options, delay, mode, target, g)
    c.para(ctx.t("Nous vous prions d'agréer, {s}, l'expression de nos salutations distinguées.",
                 "Yours sincerely," if target.representative is not None else "Yours faithfully,",
                 s=greeting))
    signature(ctx, client, place_date)
    enclosed = enclosures(ctx, g)
    label = ctx.t("Pièce jointe :", "Enclosure:") if len(enclosed) == 1 \
        else ctx.t("Pièces jointes :", "Enclosures:")
    c.para(Run(label, bold=True), " " + ctx.t(" ; ", "; ").join(enclosed) + ".",
           role="small", align="left")
    return c.build(Metadata(
        kind="mise-en-demeure", lang=ctx.lang, title=ctx.t("Mise en demeure", "Formal notice"),
        subject=subject,
        author=(client.counsel.firm or client.counsel.name) if client.counsel else client.name,
        date=ctx.on.isoformat(),
        header=ctx.t("{c} c/ {v} — mise en demeure du {d}", "{c} v. {v} — formal notice of {d}",
                     c=client.name, v=target.name, d=ctx.date(ctx.on)),
        reference=d.reference, confidential=False))
