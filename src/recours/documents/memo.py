"""The note d'analyse (case memo) for the lawyer and the client."""

from __future__ import annotations

import re
from decimal import Decimal

from recours.documents import sections
from recours.documents.citations import label as article_label
from recours.documents.compose import Part
from recours.documents.context import Context
from recours.documents.former_law import in_force, restate
from recours.documents.legal_view import GROUND_AREAS, CaseRef, DamageHead, Finding
from recours.documents.memo_synthesis import write_synthesis
from recours.documents.model import Document, Metadata, Run
from recours.dossier.labels import label

STRENGTH = {
    "info": ("pour information", "for information"),
    "established": ("établi", "established"),
    "arguable": ("discutable", "arguable"),
    "weak": ("fragile", "weak"),
    "excluded": ("écarté", "excluded"),
}
RECOVERABLE = {"yes": ("oui", "yes"), "no": ("non", "no"), "uncertain": ("discutable", "arguable")}
STATUS = {
    "open": ("en cours", "open"),
    "due_soon": ("échéance proche", "due soon"),
    "expired": ("expiré", "expired"),
}


def cited(ctx: Context, refs: tuple[str, ...] | list[str]) -> tuple[Part, ...]:
    """The footnote citing ``refs`` under the law in force at the contract's date: for a
    contract concluded before 1 October 2016, the former articles the project stores in place
    of the reformed ones, and the others said to be completed (never an unstored former
    article, never a reformed one as if it governed)."""
    if not refs:
        return ()
    if not ctx.former_law:
        return (ctx.cite(*refs),)
    cite, todo = in_force(list(refs))
    parts: list[Part] = []
    if todo:
        names = ctx.words([(article_label(r, ctx.lang) or r).split(", ", 1)[-1] for r in todo])
        parts.append(ctx.t(
            " (contrat antérieur au 1er octobre 2016 : {le} correspondant {au}{a} {est} à "
            "compléter)",
            " (contract concluded before 1 October 2016: the former {art} for {a} {is} to be "
            "completed)", a=names,
            le="l'ancien article" if len(todo) == 1 else "les anciens articles",
            au="à l'" if len(todo) == 1 else "aux ", est="est" if len(todo) == 1 else "sont",
            art="article" if len(todo) == 1 else "articles",
            **{"is": "is" if len(todo) == 1 else "are"}))
    if cite:
        parts.append(ctx.cite(*cite))
    return tuple(parts)


#: « art. 25(4) », « 26(1) … 26(6) », « art. 99(4) »: a paragraph of an EU article the finding
#: names in its own words.
_PARAGRAPH = re.compile(r"(?<![\w(])(\d+)\((\d+)\)")


def pinpointed(text: str, refs: tuple[str, ...]) -> tuple[str, ...]:
    """``refs`` with each AI Act article the text names by paragraph cited at that paragraph
    (``eu.ai_act.art25`` -> ``eu.ai_act.art25@4``), in the order the text names them — never
    a paragraph the finding does not name."""
    out: list[str] = []
    for ref in refs:
        number = ref.removeprefix("eu.ai_act.art") if ref.startswith("eu.ai_act.art") else ""
        paragraphs = list(dict.fromkeys(p for n, p in _PARAGRAPH.findall(text) if n == number))
        out += [f"{ref}@{p}" for p in paragraphs] if paragraphs else [ref]
    return tuple(out)


def _grouped(ctx: Context, facts: tuple[str, ...]) -> list[str]:
    """The facts, a finding repeated for each period (« manquement établi : WAPE … — mesuré … »
    eleven times) said once with the number of the others."""
    out: list[str] = []
    counts: dict[str, int] = {}
    for fact in facts:
        head = fact.split(" — ", 1)[0] if " — " in fact else fact
        if head != fact and head in counts:
            counts[head] += 1
            continue
        counts[head] = 0
        out.append(fact)
    for i, fact in enumerate(out):
        more = counts.get(fact.split(" — ", 1)[0], 0)
        if " — " in fact and more:
            out[i] = fact + ctx.t(" ; de même sur {n} autre{s} période{s}",
                                  "; likewise on {n} other period{s}", n=more,
                                  s="s" if more > 1 else "")
    return out


def _head_reason(ctx: Context, h: DamageHead, currency: str) -> str:
    """A head's reason, then the dossier's low–high estimate when it has one: the range below
    the table is built from those estimates, and a table showing only the central amount did
    not add up to it (logistics-forecast: 449 300 € in the table, 494 300 € as the high end).
    In the reason's cell, which wraps, and not in the amount's, which does not."""
    reason = h.reason[:1].upper() + h.reason[1:] if h.reason else ""
    if h.low is None or h.high is None or (h.low == h.amount == h.high):
        return reason or "—"
    estimate = ctx.t("Estimé de {lo} à {hi}.", "Estimated at {lo} to {hi}.",
                     lo=ctx.money(h.low, currency), hi=ctx.money(h.high, currency))
    return f"{reason} {estimate}" if reason else estimate


def _decision_words(ctx: Context, d: CaseRef) -> str:
    """« Cass. com., 22 octobre 1996, n° 93-18.632 (Chronopost) : holding — à l'appui ». """
    side = {"client": ctx.t(" — à l'appui de notre cliente", " — supports our client"),
            "adverse": ctx.t(" — invoquée par l'adversaire", " — the other side will rely on it"),
            }.get(d.side, "")
    doubt = ctx.t(" (référence à vérifier sur Légifrance ou Judilibre avant de la citer)",
                  " (reference to be checked on Légifrance or Judilibre before citing it)") \
        if d.doubtful else ""
    holding = d.holding.rstrip(".")
    return f"{d.reference(ctx.lang)}, {d.name}{doubt}{ctx.t(' : ', ': ')}{holding}{side}."


def _pick(ctx: Context, table: dict[str, tuple[str, str]], key: str) -> str:
    fr, en = table.get(key, (key, key))
    return ctx.t(fr, en)


def _chronology(ctx: Context) -> None:
    events = ctx.dossier.events()
    if not events:
        return
    ctx.composer.heading(ctx.t("Chronologie", "Chronology"), 1)
    rows = []
    for e in events:
        text = ctx.source(e.description) + (
            ""
            if not e.reservations
            else ctx.t(" (réserves : {r})", " (reservations: {r})",
                       r=ctx.t(" ; ", "; ").join(ctx.source(x.strip().rstrip("."))
                                                 for x in e.reservations))
        )
        rows.append([_unbroken(ctx.date(e.date)), label(e.type, ctx.lang), text])
    ctx.composer.table(
        [ctx.t("Date", "Date"), ctx.t("Événement", "Event"), ctx.t("Description", "Description")],
        rows,
    )


def _unbroken(day: str) -> str:
    """A date in a table cell kept on one line (« 1er septembre 2025 » was cut over three)."""
    return day.replace(" ", "\u00a0")


def _contract(ctx: Context) -> None:
    c, k = ctx.composer, ctx.dossier.contract
    c.heading(ctx.t("Analyse du contrat", "Contract review"), 1)
    rows = [
        [ctx.t("Contrat", "Contract"), ctx.contract_words()],
        [ctx.t("Nature", "Kind"), label(k.kind, ctx.lang)],
    ]
    if k.price is not None:
        rows.append(
            [
                ctx.t("Prix", "Price"),
                ctx.price_words(),
            ]
        )
    if k.term_months:
        rows.append([ctx.t("Durée", "Term"), ctx.t("{n} mois", "{n} months", n=k.term_months)])
    rows.append([ctx.t("Obligation", "Obligation"), label(k.obligation_level, ctx.lang)])
    if k.liability_cap is not None:
        cap = k.liability_cap
        words = ctx.source(cap.formula) if cap.formula else (
            ctx.money(cap.amount.amount, cap.amount.currency) if cap.amount else "—"
        )
        rows.append(
            [
                ctx.t("Plafond de responsabilité", "Liability cap"),
                words + (f" ({cap.clause})" if cap.clause else ""),
            ]
        )
    for name, value in (
        (ctx.t("Loi applicable", "Governing law"), ctx.source(k.governing_law or "")),
        (ctx.t("Juridiction", "Jurisdiction"), ctx.source(k.jurisdiction or "")),
        (ctx.t("Forme de la mise en demeure", "Formal notice mode"),
         ctx.source(k.formal_notice_mode or "")),
        (
            ctx.t("Délai de remédiation", "Cure period"),
            ctx.t("{n} jours", "{n} days", n=k.cure_period_days)
            if k.cure_period_days is not None
            else None,
        ),
    ):
        if value:
            rows.append([name, value])
    if ctx.view.regime:
        rows.append([ctx.t("Régime applicable", "Applicable regime"), ctx.view.regime])
    c.table([ctx.t("Point", "Item"), ctx.t("Constat", "Finding")], rows)


def _evidence(ctx: Context) -> None:
    pairs = ctx.overall_results()
    if not pairs:
        return
    ctx.composer.heading(ctx.t("Preuves", "Evidence"), 1)
    sections.evidence_table(ctx, pairs)


def _grounds(ctx: Context) -> None:
    _findings(
        ctx,
        [f for f in ctx.view.findings if f.area in GROUND_AREAS],
        ctx.t("Fondements", "Grounds"),
    )
    _findings(
        ctx,
        [f for f in ctx.view.findings if f.area == "clause"],
        ctx.t("Clauses du contrat", "Contract clauses"),
    )


def _findings(ctx: Context, findings: list[Finding], title: str) -> None:
    c = ctx.composer
    findings = [f for f in findings if f.citations]
    if not findings:
        return
    c.heading(title, 1)
    for f in findings:
        weight = {"not_met": "excluded", "info": "info"}.get(f.status, f.strength)
        c.heading(f"{f.title} — {_pick(ctx, STRENGTH, weight)}", 2)
        text = restate(f.conclusion, ctx.lang) if ctx.former_law else f.conclusion
        c.para(text.rstrip("."), *cited(ctx, pinpointed(f.title + " " + f.conclusion,
                                                        f.citations)), ".")
        if f.decisions:
            c.para(Run(ctx.t("Jurisprudence :", "Case law:"), bold=True))
            c.items([(_decision_words(ctx, d),) for d in f.decisions])
        if f.facts:  # legal_view already leaves out a fact the finding still asks for
            c.para(Run(ctx.t("Conditions remplies :", "Conditions met:"), bold=True))
            c.items([(x,) for x in _grouped(ctx, f.facts)])
        if f.missing:
            c.para(Run(ctx.t("Éléments manquants :", "Missing facts:"), bold=True))
            c.items([(restate(x, ctx.lang) if ctx.former_law else x,) for x in f.missing])
        if f.counter_arguments:
            c.para(Run(ctx.t("Arguments adverses :", "The other side's arguments:"), bold=True))
            c.items([(x,) for x in f.counter_arguments])


def _deadlines(ctx: Context) -> None:
    if not ctx.view.deadlines:
        return
    ctx.composer.heading(ctx.t("Délais", "Deadlines"), 1)
    rows = [
        [
            d.label,
            _unbroken(ctx.date(d.start)) if d.start else "—",
            d.start_event or "—",
            _unbroken(ctx.date(d.end)),
            _pick(ctx, STATUS, d.status),
        ]
        for d in sorted(ctx.view.deadlines, key=lambda x: x.end)
    ]
    ctx.composer.table(
        [
            ctx.t("Délai", "Deadline"),
            ctx.t("Départ", "Start"),
            ctx.t("Événement", "Event"),
            ctx.t("Échéance", "Ends"),
            ctx.t("État", "Status"),
        ],
        rows,
        caption=ctx.t("État au {d}.", "Status on {d}.", d=ctx.date(ctx.view.on)),
    )


def _remedies(ctx: Context) -> None:
    c = ctx.composer
    if not ctx.view.remedies:
        return
    c.heading(ctx.t("Voies d'action", "Remedies"), 1)
    for r in ctx.view.remedies:
        status = ctx.t("ouverte", "available") if r.available else ctx.t("fermée", "not available")
        parts: list[str | Run] = [Run(f"{r.label}." if r.info else f"{r.label} ({status}).",
                                      bold=True)]
        if r.conditions:
            parts.append(" " + r.conditions.rstrip(".") + ".")
        if r.citations:
            c.para(*parts, *cited(ctx, r.citations))
        else:
            c.para(*parts)


def _damages(ctx: Context) -> None:
    c, dm = ctx.composer, ctx.view.damages
    losses = ctx.dossier.losses
    if dm is None and not losses:
        return
    c.heading(ctx.t("Préjudice", "Damages"), 1)
    if dm is not None:
        rows = [
            [
                ctx.source(h.label),
                ctx.money(h.amount, dm.currency),
                _pick(ctx, RECOVERABLE, h.recoverable),
                _head_reason(ctx, h, dm.currency),
            ]
            for h in dm.heads
        ]
        c.table(
            [
                ctx.t("Chef de préjudice", "Head of loss"),
                ctx.t("Montant", "Amount"),
                ctx.t("Réparable", "Recoverable"),
                ctx.t("Motif", "Reason"),
            ],
            rows,
            numeric=(False, True, False, False),
        )
        range_words = ctx.t(
            "Fourchette retenue : de {lo} à {hi}",
            "Range: from {lo} to {hi}",
            lo=ctx.money(dm.low, dm.currency),
            hi=ctx.money(dm.high, dm.currency),
        ) if dm.low != dm.high else ctx.t(
            "Montant retenu : {v}", "Amount retained: {v}", v=ctx.money(dm.low, dm.currency))
        if dm.citations:
            c.para(range_words, *cited(ctx, dm.citations), ".")
        else:
            c.para(range_words + ".")
        if dm.assumptions:
            c.para(Run(ctx.t("Hypothèses :", "Assumptions:"), bold=True))
            c.items([(a,) for a in dm.assumptions])
    else:
        total = sum((loss.amount.amount for loss in losses), Decimal(0))
        c.table(
            [ctx.t("Poste", "Item"), ctx.t("Montant", "Amount")],
            [
                [ctx.source(loss.description),
                 ctx.money(loss.amount.amount, loss.amount.currency)]
                for loss in losses
            ],
            caption=ctx.t(
                "Total déclaré : {t}",
                "Total declared: {t}",
                t=ctx.money(total, losses[0].amount.currency),
            ),
            numeric=(False, True),
        )
    if ctx.former_law:
        _former_damages(ctx)


def _former_damages(ctx: Context) -> None:
    """Damages for a contract concluded before 1 October 2016: the former articles the
    project stores (1147 and 1150 anc.); the others said to be completed, not cited."""
    ctx.composer.para(
        ctx.t("Contrat antérieur au 1er octobre 2016 : le débiteur doit les dommages et intérêts "
              "de l'inexécution, sauf cause étrangère, et n'est tenu que de ceux prévus ou "
              "prévisibles lors du contrat, sauf dol",
              "Contract concluded before 1 October 2016: the debtor owes damages for "
              "non-performance, save an external cause, and only those foreseen or foreseeable "
              "when the contract was made, save wilful misconduct"),
        ctx.cite("fr.civil_anc.1147", "fr.civil_anc.1150"),
        ctx.t(" ; les anciens articles sur l'étendue du préjudice réparable (perte subie et gain "
              "manqué, suite immédiate et directe) et sur les intérêts moratoires sont à "
              "compléter (non enregistrés dans le projet).",
              "; the former articles on the extent of the recoverable loss (loss suffered and "
              "lost profit, immediate and direct consequence) and on default interest are to be "
              "completed (not stored in the project)."))


def _plan(ctx: Context) -> None:
    if not ctx.view.plan:
        return
    ctx.composer.heading(ctx.t("Plan d'action recommandé", "Recommended plan"), 1)
    items: list[tuple[Part, ...]] = []
    for step in ctx.view.plan:
        when = ctx.date(step.by) if step.by else ""
        flat = step.action.replace("\u00a0", " ").replace("\u202f", " ")
        prefix = f"{when} — " if when and when not in flat else ""
        items.append((prefix, restate(step.action, ctx.lang) if ctx.former_law else step.action))
    ctx.composer.items(items, ordered=True)


def build_memo(ctx: Context) -> Document:
    """The case memo of the dossier."""
    c, d = ctx.composer, ctx.dossier
    client = d.client
    counsel = client.counsel if client else None
    c.heading(ctx.t("Note d'analyse", "Case memo"), 0)
    c.para(
        Run(ctx.t("Dossier :", "Case:"), bold=True),
        f" {d.reference} — {ctx.source(d.title)}"
        + "\n"
        + ctx.t("Destinataire : {c}", "To: {c}", c=client.name if client else "—")
        + (
            "\n"
            + ctx.t(
                "Rédacteur : {n}",
                "From: {n}",
                n=f"{counsel.name}, {counsel.firm}" if counsel.firm else counsel.name,
            )
            if counsel
            else ""
        )
        + "\n"
        + ctx.t("Date : {d}", "Date: {d}", d=ctx.date(ctx.on)),
        align="left",
    )
    c.para(
        Run(
            ctx.t(
                "Confidentiel — couvert par le secret professionnel.",
                "Confidential — legally privileged.",
            ),
            italic=True,
        ),
        role="small",
        align="left",
    )
    write_synthesis(ctx)
    _chronology(ctx)
    _contract(ctx)
    _evidence(ctx)
    _grounds(ctx)
    _deadlines(ctx)
    _remedies(ctx)
    _damages(ctx)
    _plan(ctx)
    c.heading(ctx.t("Bordereau de pièces", "List of exhibits"), 1)
    sections.exhibits_table(ctx)
    return c.build(
        Metadata(
            kind="note",
            lang=ctx.lang,
            title=ctx.t("Note d'analyse", "Case memo"),
            subject=d.title,
            author=(counsel.firm or counsel.name)
            if counsel
            else (client.name if client else "Recours"),
            date=ctx.on.isoformat(),
            header=ctx.t(
                "{r} — note d'analyse du {d}",
                "{r} — case memo of {d}",
                r=d.reference,
                d=ctx.date(ctx.on),
            ),
            reference=d.reference,
        )
    )
