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
from recours.dossier import Clause, Party
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
    if client.counsel is not None:
        c.para(
            ctx.t(
                "Nous intervenons en qualité de conseil de la société {who}, au nom et pour le compte de laquelle nous vous adressons la présente.",
                "We act as counsel for {who}, on whose behalf we send you this letter.",
                who=who,
            )
        )
    else:
        c.para(
            ctx.t(
                "La société {who} vous adresse la présente.",
                "{who} sends you this letter.",
                who=who,
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
            "Aux termes du {k}, votre société s'est engagée à fournir à notre cliente le système « {s} »{v}, destiné à {purpose}{price}.",
            "Under the {k}, your company undertook to supply our client with the system “{s}”{v}, whose intended purpose the contract states as “{raw}”{price}.",
            k=ctx.contract_words(),
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
            " Les données, les résultats et la méthode sont scellés dans un paquet de preuves dont la racine de Merkle est {m}.",
            " The data, results and method are sealed in an evidence bundle whose Merkle root is {m}.",
            m=run.merkle_root[:16] + "…",
        )
        if run.merkle_root
        else ""
    )
    c.numbered(
        ctx.t(
            "Une campagne de mesure reproductible et vérifiable a été conduite le {d} (référence {id}).{seal} Ses résultats sont les suivants :",
            "A verifiable measurement run was conducted on {d} (reference {id}).{seal} Its results are as follows:",
            d=ctx.date(run.run_at.date()),
            id=run.id,
            seal=seal,
        )
    )
    sections.evidence_table(ctx, ctx.overall_results())
    for commitment, result in ctx.breaches():
        c.numbered(sections.breach_sentence(ctx, commitment, result))


def _grounds(ctx: Context) -> None:
    c = ctx.composer
    c.heading(ctx.t("Fondements juridiques", "Legal grounds"), 2)
    c.numbered(
        ctx.t(
            "L'inexécution de ces engagements ouvre à notre cliente les sanctions prévues par la loi, notamment l'exécution forcée en nature, la résolution du contrat et la réparation de ses conséquences",
            "The non-performance of these commitments opens to our client the remedies the law provides, including specific performance, termination and compensation for its consequences",
        ),
        ctx.cite("fr.civil.1217"),
        ".",
    )
    for finding in ctx.view.grounds():
        if not finding.citations:
            continue
        c.numbered(
            Run(finding.title + ".", bold=True),
            " " + finding.conclusion.rstrip("."),
            ctx.cite(*finding.citations),
            ".",
        )


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
            "À défaut pour vous de satisfaire à votre obligation dans ce délai, notre cliente sera en droit de résoudre le contrat",
            "Failing performance of your obligation within this delay, our client will be entitled to terminate the contract",
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
    total = sum((loss.amount.amount for loss in d.losses), Decimal(0))
    if total > 0:
        c.numbered(
            ctx.t(
                "Notre cliente se réserve de vous demander réparation de l'entier préjudice subi, qu'elle évalue à ce jour à au moins {t}",
                "Our client reserves the right to claim compensation for the whole loss suffered, which it currently assesses at no less than {t}",
                t=ctx.money(total, d.losses[0].amount.currency),
            ),
            ctx.cite("fr.civil.1231-1"),
            ".",
        )
    c.numbered(
        ctx.t(
            "Toute somme due portera intérêts au taux légal à compter de la réception de la présente, qui vaut mise en demeure",
            "Any sum due will bear interest at the statutory rate from receipt of this letter, which constitutes formal notice",
        ),
        ctx.cite("fr.civil.1231-6"),
        ".",
    )
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
    c.para(ctx.t("Madame, Monsieur,", "Dear Sir or Madam,"), align="left")
    _opening(ctx, client)
    _contract(ctx)
    _facts(ctx)
    _grounds(ctx)
    _demand(ctx, options, delay, mode)
    c.para(
        ctx.t(
            "Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.",
            "Yours faithfully,",
        )
    )
    _signature(ctx, client, place_date)
    c.para(
        Run(ctx.t("Pièce jointe :", "Enclosure:"), bold=True),
        " "
        + ctx.t(
            "rapport de conformité de la campagne {id} (racine de Merkle {m}).",
            "compliance report of run {id} (Merkle root {m}).",
            id=run.id,
            m=run.merkle_root or "—",
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
