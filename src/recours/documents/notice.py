"""The mise en demeure (formal notice) — refused when a mandatory element is missing.

Contents: sender (counsel or client) and addressee with its representative and address; the
contract and the clauses breached, quoted; the measured facts (each commitment, value,
interval, verdict); the legal grounds with their articles; the demand to perform within a
stated delay; where termination is sought, the statement required by art. 1226 (and the
resolutory clause named, art. 1225); interest at the legal rate from receipt (art. 1231-6,
1344); reservation of rights; the way the letter is sent.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from recours.documents import sections
from recours.documents.context import Context
from recours.documents.model import Document, Metadata, Run
from recours.documents.notice_grounds import write_grounds
from recours.dossier import Clause, ContractKind, Party, PartyKind, PriceBasis
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


def _missing(ctx: Context, options: NoticeOptions) -> list[T]:
    d = ctx.dossier
    missing: list[T] = []
    vendor, client = d.vendor, d.client
    if vendor is None:
        missing.append(
            T("le destinataire (partie « vendor »)", "the addressee (a « vendor » party)")
        )
    else:
        if not vendor.address:
            missing.append(T("l'adresse du destinataire", "the addressee's address"))
        if vendor.representative is None:
            missing.append(T("le représentant du destinataire", "the addressee's representative"))
    if client is None:
        missing.append(T("l'expéditeur (partie « client »)", "the sender (a « client » party)"))
    elif client.counsel is None and client.representative is None:
        missing.append(
            T(
                "le signataire (avocat ou représentant du client)",
                "the signatory (counsel or client representative)",
            )
        )
    if ctx.run is None:
        missing.append(T("une campagne de mesure (preuves)", "an evidence run"))
    elif not [c for c, _ in ctx.breaches() if c.source is not None]:
        missing.append(
            T(
                "une obligation manquée (engagement en manquement établi, avec sa clause)",
                "a breached obligation (a commitment with an established breach and its clause)",
            )
        )
    if _delay(ctx, options) is None:
        missing.append(
            T(
                "le délai accordé pour s'exécuter (contrat ou --delai)",
                "the delay granted to perform (contract or --delay)",
            )
        )
    return missing


def _delay(ctx: Context, options: NoticeOptions) -> int | None:
    for value in (
        options.delay_days,
        ctx.dossier.contract.cure_period_days,
        ctx.view.notice_delay_days,
    ):
        if value is not None and value > 0:
            return value
    return None


def check_notice(ctx: Context, options: NoticeOptions) -> None:
    """Raise :class:`DocumentRefused` naming every mandatory element the notice would miss."""
    missing = _missing(ctx, options)
    delay = _delay(ctx, options)
    cure = ctx.dossier.contract.cure_period_days
    if delay is not None and cure is not None and delay < cure:
        missing.append(
            T(
                "un délai au moins égal au délai contractuel de {c} jours",
                "a delay at least equal to the contractual {c} days",
            ).format(c=cure)
        )
    if missing:
        fr = "; ".join(m.fr for m in missing)
        en = "; ".join(m.en for m in missing)
        raise DocumentRefused(
            T(
                f"Mise en demeure refusée, il manque : {fr}",
                f"Formal notice refused, missing: {en}",
            ),
            where=ctx.dossier.reference,
            fix=T(
                "Compléter le dossier (parties, preuves, contrat) puis relancer.",
                "Complete the dossier (parties, evidence, contract) and run again.",
            ),
            details={"missing": [m.en for m in missing]},
        )


def _termination_clause(ctx: Context) -> Clause | None:
    keys = ("termination", "resolutory", "resolution", "résiliation", "résolution")
    for clause in ctx.dossier.contract.clauses:
        if any(k in kind.lower() for kind in clause.kinds for k in keys):
            return clause
    return None


def _letterhead(ctx: Context, client: Party) -> None:
    c = ctx.composer
    if client.counsel is not None:
        counsel = client.counsel
        lines = [counsel.firm or counsel.name, counsel.address or "", counsel.email or ""]
    else:
        lines = [client.name, client.address or ""]
    c.para(
        Run(lines[0], bold=True),
        "\n" + "\n".join(x for x in lines[1:] if x),
        role="letterhead",
        align="left",
    )


def _recipient(ctx: Context, vendor: Party) -> None:
    assert vendor.representative is not None and vendor.address is not None
    rep = ctx.representative(vendor)
    att = ctx.t("À l'attention de {r}", "For the attention of {r}", r=rep)
    ctx.composer.para(
        Run(vendor.name, bold=True), f"\n{att}\n{vendor.address}", role="recipient", align="left"
    )


def _opening(ctx: Context, client: Party) -> None:
    c = ctx.composer
    rep = ctx.representative(client)
    who = ctx.party_identity(client) + (
        ctx.t(", représentée par {r}", ", represented by {r}", r=rep) if rep else ""
    )
    company = client.kind is PartyKind.COMPANY
    if client.counsel is not None:
        c.para(
            ctx.t(
                "Nous intervenons en qualité de conseil de {la}{who}, au nom et pour le compte de {q} nous vous adressons la présente.",
                "We act as counsel for {who}, on whose behalf we send you this letter.",
                who=who,
                la="la société " if company else "",
                q="laquelle" if company else "qui",
            )
        )
    else:
        c.para(
            ctx.t(
                "{la}{who} vous adresse la présente.",
                "{who} sends you this letter.",
                who=who,
                la="La société " if company else "",
            )
        )


def _contract(ctx: Context) -> None:
    c, d = ctx.composer, ctx.dossier
    system = d.ai_system
    version = ctx.t(" (version {v})", " (version {v})", v=system.version) if system.version else ""
    price = ""
    if d.contract.price is not None:
        p = d.contract.price
        tax = ctx.t(" HT", " excl. VAT") if p.excluding_tax else ""
        price = ctx.t(
            " moyennant un prix de {p}{t}",
            " for a price of {p}{t}",
            p=ctx.money(p.amount.amount, p.amount.currency),
            t=tax,
        )
    c.heading(ctx.t("Le contrat et vos engagements", "The contract and your commitments"), 2)
    c.numbered(
        ctx.t(
            "Aux termes du {k}, {vous} à fournir à notre cliente le système « {s} »{v}, destiné à {purpose}{price}.",
            "Under the {k}, your company undertook to supply our client with the system “{s}”{v}, whose intended purpose the contract states as “{raw}”{price}.",
            k=ctx.contract_words(),
            vous="votre société s'est engagée"
            if d.vendor is None or d.vendor.kind is PartyKind.COMPANY
            else "vous vous êtes engagé",
            s=system.name,
            v=version,
            price=price,
            raw=system.intended_purpose.rstrip("."),
            purpose=system.intended_purpose[0].lower() + system.intended_purpose[1:].rstrip("."),
        )
    )
    for commitment, _ in ctx.breaches():
        if commitment.source is None:
            continue
        src = commitment.source
        c.numbered(
            ctx.t(
                "Au titre de la stipulation « {cl} », vous vous êtes engagés sur le niveau de service suivant : {w}. Cette stipulation est ainsi rédigée :",
                "Under the provision “{cl}”, you committed to the following service level: {w}. The provision reads:",
                cl=src.clause,
                w=ctx.commitment_line(commitment),
            )
        )
        if src.quote:
            page = ctx.t(", p. {p}", ", p. {p}", p=src.page) if src.page else ""
            c.quote(src.quote, source=f"{src.clause}{page}")
    c.numbered(
        ctx.t(
            "Ces engagements ont force obligatoire entre les parties",
            "These commitments are binding on the parties",
        ),
        ctx.cite("fr.civil.1103"),
        ".",
    )


def _facts(ctx: Context) -> None:
    c = ctx.composer
    run = ctx.run
    assert run is not None
    c.heading(ctx.t("Les manquements constatés", "The breaches found"), 2)
    seal = (
        ctx.t(
            " Les données, les résultats et la méthode en ont été scellés (empreintes numériques et signature électronique{ts}), de sorte que tout expert puisse les vérifier.",
            " Its data, results and method were sealed (digital fingerprints and electronic signature{ts}), so that any expert can verify them.",
            ts=ctx.t(", horodatage", ", timestamp") if run.timestamp else "",
        )
        if run.merkle_root
        else ""
    )
    c.numbered(
        ctx.t(
            "Une campagne de mesure reproductible a été conduite le {d}.{seal} Ses résultats sont les suivants :",
            "A reproducible measurement run was conducted on {d}.{seal} Its results are as follows:",
            d=ctx.date(run.run_at.date()),
            seal=seal,
        )
    )
    sections.evidence_table(ctx, ctx.overall_results(), technical=False)
    for commitment, result in ctx.breaches():
        c.numbered(sections.breach_sentence(ctx, commitment, result, technical=False))


def _demand(ctx: Context, options: NoticeOptions, delay: int, mode: str) -> None:
    c, d = ctx.composer, ctx.dossier
    ids = ctx.words([cm.id for cm, _ in ctx.breaches()])
    c.heading(ctx.t("Mise en demeure", "Formal notice"), 2)
    c.numbered(
        Run(
            ctx.t(
                "En conséquence, nous vous mettons en demeure",
                "Accordingly, we hereby give you formal notice",
            ),
            bold=True,
        ),
        ctx.t(
            " de mettre le système en conformité avec les engagements {ids} dans un délai de {n} jours à compter de la réception de la présente, et d'en justifier par une nouvelle mesure vérifiable",
            " to bring the system into conformity with commitments {ids} within {n} days of receipt of this letter, and to demonstrate it by a new verifiable measurement",
            ids=ids,
            n=delay,
        ),
        ctx.cite("fr.civil.1344"),
        ".",
    )
    if _wants_termination(ctx, options):
        clause = _termination_clause(ctx)
        words = ctx.t(
            "À défaut pour vous de satisfaire à votre obligation dans ce délai, notre cliente sera en droit de {verb} le contrat",
            "Failing performance of your obligation within this delay, our client will be entitled to terminate the contract",
            verb="résilier" if _successive(ctx) else "résoudre",
        )
        refs = ["fr.civil.1226"]
        if clause is not None:
            words += ctx.t(
                ", et entend se prévaloir de la clause résolutoire stipulée au contrat ({n})",
                ", and intends to rely on the termination clause of the contract ({n})",
                n=clause.number or clause.id,
            )
            refs = ["fr.civil.1225", "fr.civil.1226"]
        c.numbered(Run(words, bold=True), ctx.cite(*refs), ".")
    _compensation(ctx)
    forum = (
        ctx.t(" devant le {j}", " before the {j}", j=d.contract.jurisdiction)
        if d.contract.jurisdiction
        else ""
    )
    c.numbered(
        ctx.t(
            "Notre cliente se réserve tous autres droits et actions, notamment celui d'agir en justice{f} sans autre avis.",
            "Our client reserves all other rights and actions, including the right to bring proceedings{f} without further notice.",
            f=forum,
        )
    )
    c.numbered(_mode_sentence(ctx, mode))


def _successive(ctx: Context) -> bool:
    """A contract performed over time (subscription, maintenance, periodic price): ended for
    the future, its termination is a « résiliation » (art. 1229 al. 3)."""
    k = ctx.dossier.contract
    periodic = k.price is not None and k.price.basis is not PriceBasis.ONE_OFF
    return k.kind in (ContractKind.SAAS, ContractKind.MAINTENANCE) or periodic


def _compensation(ctx: Context) -> None:
    """The loss claimed: the whole loss where the cap is contested (art. 1170), the cap where
    it applies and is known, the whole loss where it is not known."""
    d = ctx.dossier
    total = sum((loss.amount.amount for loss in d.losses), Decimal(0))
    if total <= 0:
        return
    currency = d.losses[0].amount.currency
    cap_finding = next((f for f in ctx.view.findings if f.rule == "fr.civil.1103.liability_cap"
                        and f.status == "met"), None)
    contested = any(f.rule == "fr.civil.1170" and f.status in ("met", "partial")
                    and f.strength != "weak" for f in ctx.view.findings)
    cap = cap_finding.data.get("amount") if cap_finding is not None else None
    refs = ["fr.civil.1231-1"]
    claimed, tail = total, ""
    if cap_finding is not None and contested:
        tail = ctx.t(
            ", sans que la clause limitative de responsabilité puisse lui être opposée, dès lors qu'elle priverait de sa substance votre obligation essentielle",
            ", and the limitation clause cannot be set up against it, since it would deprive your essential obligation of its substance",
        )
        refs.append("fr.civil.1170")
    elif cap is not None and Decimal(str(cap)) < total:
        claimed = Decimal(str(cap))
        tail = ctx.t(
            ", dans la limite stipulée au contrat",
            ", within the limit the contract sets",
        )
    ctx.composer.numbered(
        ctx.t(
            "Notre cliente entend obtenir réparation du préjudice qu'elle subit, qu'elle évalue à ce jour à {t}{tail}",
            "Our client intends to obtain compensation for the loss it suffers, which it currently assesses at {t}{tail}",
            t=ctx.money(claimed, currency),
            tail=tail,
        ),
        ctx.cite(*refs),
        ".",
    )


def _salutation(ctx: Context, vendor: Party) -> str:
    """« Monsieur le Président », « Madame la Directrice générale », or « Madame, Monsieur »
    when the addressee's title does not say."""
    rep = vendor.representative
    if ctx.lang == "en":
        return f"Dear {rep.name}" if rep is not None else "Dear Sir or Madam"
    title = (rep.title or "").strip() if rep is not None else ""
    first = title.split(" ")[0].split("-")[0].lower() if title else ""
    if first in FEMININE_TITLES:
        article = "l'" if title[0].lower() in "aeiouyéè" else "la "
        return f"Madame {article}{title[0].upper()}{title[1:]}"
    if first in MASCULINE_TITLES:
        article = "l'" if title[0].lower() in "aeiouyéè" else "le "
        return f"Monsieur {article}{title[0].upper()}{title[1:]}"
    return "Madame, Monsieur"


FEMININE_TITLES = frozenset({"présidente", "directrice", "gérante", "administratrice"})
MASCULINE_TITLES = frozenset({"président", "directeur", "gérant", "administrateur"})


def _mode_sentence(ctx: Context, mode: str) -> str:
    if ctx.lang == "fr":
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
    client, vendor = d.client, d.vendor
    assert client is not None and vendor is not None
    delay, run = _delay(ctx, options), ctx.run
    assert delay is not None and run is not None
    mode = options.sending_mode or d.contract.formal_notice_mode or DEFAULT_MODE.render(ctx.lang)
    city = ctx.city(client) or ""
    place_date = (
        ctx.t("{c}, le {d}", "{c}, {d}", c=city, d=ctx.date(ctx.on)) if city else ctx.date(ctx.on)
    )
    _letterhead(ctx, client)
    _recipient(ctx, vendor)
    c.para(place_date, role="place_date", align="right")
    c.para(mode[0].upper() + mode[1:], role="mention", align="left")
    c.para(ctx.t("Nos réf. : {r}", "Our ref.: {r}", r=d.reference), role="mention", align="left")
    subject = ctx.t(
        "Objet : mise en demeure — {k}", "Subject: formal notice — {k}", k=ctx.contract_words()
    )
    c.para(subject, role="subject", align="left")
    salutation = _salutation(ctx, vendor)
    c.para(salutation + ",", align="left")
    _opening(ctx, client)
    _contract(ctx)
    _facts(ctx)
    write_grounds(ctx)
    _demand(ctx, options, delay, mode)
    c.para(
        ctx.t(
            "Nous vous prions d'agréer, {s}, l'expression de nos salutations distinguées.",
            "Yours sincerely," if vendor.representative is not None else "Yours faithfully,",
            s=salutation,
        )
    )
    _signature(ctx, client, place_date)
    c.para(
        Run(ctx.t("Pièce jointe :", "Enclosure:"), bold=True),
        " "
        + ctx.t(
            "rapport de conformité de la campagne de mesure du {d}.",
            "compliance report of the measurement run of {d}.",
            d=ctx.date(run.run_at.date()),
        ),
        role="small",
        align="left",
    )
    return c.build(
        Metadata(
            kind="mise-en-demeure",
            lang=ctx.lang,
            title=ctx.t("Mise en demeure", "Formal notice"),
            subject=subject,
            author=(client.counsel.firm or client.counsel.name) if client.counsel else client.name,
            date=ctx.on.isoformat(),
            header=ctx.t(
                "{c} c/ {v} — mise en demeure du {d}",
                "{c} v. {v} — formal notice of {d}",
                c=client.name,
                v=vendor.name,
                d=ctx.date(ctx.on),
            ),
            reference=d.reference,
            confidential=False,
        )
    )


def _signature(ctx: Context, client: Party, place_date: str) -> None:
    if client.counsel is not None:
        counsel = client.counsel
        capacity = (
            ctx.t("Avocat au barreau de {b}", "Avocat, member of the {b} Bar", b=counsel.bar)
            if counsel.bar
            else ctx.t("Avocat", "Counsel")
        )
        ctx.composer.signature(
            place_date, ctx.t("Me {n}", "{n}", n=counsel.name), capacity, counsel.firm
        )
    else:
        rep = client.representative
        assert rep is not None
        ctx.composer.signature(place_date, rep.name, rep.title, client.name)
