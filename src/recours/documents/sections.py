"""Sections several documents share: the evidence table, the fingerprint, the exhibits."""

from __future__ import annotations

from recours.documents import figures
from recours.documents.context import Context
from recours.documents.typography import (
    count_words,
    format_datetime_utc,
    format_integer,
    format_periods,
)
from recours.dossier import Commitment, CommitmentResult, ExhibitKind


def evidence_header(ctx: Context) -> list[str]:
    return [
        ctx.t("Engagement", "Commitment"),
        ctx.t("Clause", "Clause"),
        ctx.t("Seuil", "Threshold"),
        ctx.t("Valeur mesurée", "Measured value"),
        ctx.t("Intervalle de confiance", "Confidence interval"),
        ctx.t("Cas (n)", "Cases (n)"),
        ctx.t("Verdict", "Verdict"),
    ]


def evidence_row(ctx: Context, c: Commitment, r: CommitmentResult, *,
                 with_id: bool = True) -> list[str]:
    """One commitment's line (``with_id=False``, for a letter: its words, not its identifier)."""
    lang = ctx.lang
    name = ctx.source(c.label) if c.label else figures.metric_name(c.metric, lang)
    part = f" ({figures.scope(r, lang)})" if r.window or r.group else ""
    return [
        f"{c.id} — {name}{part}" if with_id else f"{name}{part}",
        c.source.clause if c.source else "—",
        figures.threshold_sign(c, lang, c.unit),
        figures.value(r.metric, r.estimate, lang, c.unit),
        f"{figures.interval(r, lang, c.unit)} ({figures.level(r, lang)})",
        format_integer(r.n, lang),
        figures.verdict(r.verdict, lang),
    ]


def evidence_table(ctx: Context, pairs: list[tuple[Commitment, CommitmentResult]], *,
                   technical: bool = True) -> None:
    """The results table (``technical=False``, for a letter: the caption without the run's
    identifier)."""
    run = ctx.run
    caption = None
    if run is not None:
        caption = ctx.t(
            "Mesures de la campagne {id} du {d} ; intervalles au niveau indiqué.",
            "Measurements of run {id} of {d}; intervals at the stated level.",
            id=run.id,
            d=ctx.date(run.run_at.date()),
        ) if technical else ctx.t(
            "Mesures de la campagne du {d} ; intervalles de confiance au niveau indiqué.",
            "Measurements of the run of {d}; confidence intervals at the stated level.",
            d=ctx.date(run.run_at.date()),
        )
    ctx.composer.table(
        evidence_header(ctx),
        [evidence_row(ctx, c, r, with_id=technical) for c, r in pairs],
        caption=caption,
        numeric=(False, False, True, True, True, True, False),
    )


def breach_sentence(ctx: Context, c: Commitment, r: CommitmentResult, *,
                    technical: bool = True) -> str:
    """One sentence per established breach; names every window or group in breach
    (``technical=False``, for a letter: without the method's name and the p-value)."""
    parts = ctx.parts_in_breach(c.id)
    scope = ""
    if parts and technical:
        scope = ctx.t(
            " Le manquement est établi sur {k} : {w} ; le plus net est présenté.",
            " The breach is established on {k}: {w}; the clearest is shown.",
            k=count_words(len(parts), *ctx.t_pair(("périmètre", "scope"),
                                                   ("périmètres", "scopes")), ctx.lang),
            w=", ".join(figures.scope(x, ctx.lang) for x in parts),
        )
    elif len(parts) > 1:
        windows = [x.window for x in parts if x.window and not x.group]
        scope = ctx.t(
            " Il l'est pour chacune des périodes suivantes : {w}.",
            " It is established for each of the following periods: {w}.",
            w=format_periods(windows, ctx.lang),
        ) if len(windows) == len(parts) else ctx.t(
            " Il l'est sur chacun des périmètres suivants : {w}.",
            " It is so on each of the following scopes: {w}.",
            w=", ".join(figures.scope(x, ctx.lang) for x in parts),
        )
    return _breach_words(ctx, c, r, technical) + scope


def _breach_words(ctx: Context, c: Commitment, r: CommitmentResult, technical: bool) -> str:
    from recours.evidence.stats.validity import label as method_label

    lang = ctx.lang
    method = ctx.t(
        " (méthode {m}, p ajustée {p})",
        " (method {m}, adjusted p {p})",
        m=method_label(r.method).render(lang),
        p=figures.p_value(r.p_adjusted if r.p_adjusted is not None else r.p_value, lang),
    ) if technical else ""
    return ctx.t(
        "{name} — valeur mesurée : {v} sur {n} cas, intervalle de confiance à {lvl} {ci}, "
        "pour un engagement {de}{words} ; l'intervalle entier se situe du mauvais côté du seuil, "
        "le manquement est établi{method}.",
        "{name} — measured value: {v} over {n} cases, {lvl} confidence interval {ci}, against a "
        "commitment of {words}; the whole interval lies on the wrong side of the threshold, the "
        "breach is established{method}.",
        name=(ctx.source(c.label) if c.label else figures.metric_name(c.metric, lang))
        + (f" ({figures.scope(r, lang)})" if r.window or r.group else ""),
        v=figures.value(r.metric, r.estimate, lang, c.unit),
        n=format_integer(r.n, lang),
        lvl=figures.level(r, lang),
        ci=figures.interval(r, lang, c.unit),
        words=figures.commitment_words(c, lang),
        de=figures.de(figures.commitment_words(c, lang)),
        method=method,
    )


def fingerprint_rows(ctx: Context) -> list[list[str]]:
    run = ctx.run
    if run is None:
        return []
    rows = [
        [ctx.t("Campagne", "Run"), run.id],
        [ctx.t("Date de la mesure", "Measured on"), format_datetime_utc(run.run_at, ctx.lang)],
        [
            ctx.t("Empreinte de la spécification (SHA-256)", "Specification hash (SHA-256)"),
            run.spec_sha256,
        ],
        [ctx.t("Racine de Merkle du paquet", "Bundle Merkle root"), run.merkle_root or "—"],
        [ctx.t("Signature", "Signature"), run.signature or ctx.t("non signée", "unsigned")],
        [
            ctx.t("Horodatage RFC 3161", "RFC 3161 timestamp"),
            run.timestamp or ctx.t("aucun", "none"),
        ],
        [ctx.t("Paquet de preuves", "Evidence bundle"), run.bundle or "—"],
    ]
    return rows


def exhibits(ctx: Context) -> list[list[str]]:
    """The « bordereau de pièces »: every document and data file of the dossier, numbered."""
    d = ctx.dossier
    rows: list[tuple[str, str, str]] = []
    for x in d.exhibits:  # the dossier's pièces, under their own numbers
        rows.append((f"{x.id} — {ctx.source(x.title)}", x.file or "—", x.sha256 or "—"))
    for doc in d.contract.documents:
        rows.append((ctx.source(doc.title) if doc.title else doc.path, doc.path,
                     doc.sha256 or "—"))
    for event in d.events():
        for doc in event.documents:
            rows.append((ctx.source(doc.title or event.description), doc.path,
                         doc.sha256 or "—"))
    for ds in d.datasets:
        rows.append((ctx.source(ds.description) if ds.description else ds.id, ds.path,
                     ds.sha256 or "—"))
    bundled = any(x.kind is ExhibitKind.EVIDENCE_BUNDLE for x in d.exhibits)
    for run in d.evidence_runs if not bundled else ():  # already a pièce: listed once
        if not (run.bundle or run.merkle_root):  # an unsealed run is no sealed bundle
            continue
        title = ctx.t("Paquet de preuves scellé {id}", "Sealed evidence bundle {id}", id=run.id)
        rows.append((title, run.bundle or "—", run.merkle_root or "—"))
    for loss in d.losses:
        for doc in loss.documents:
            rows.append((ctx.source(doc.title or loss.description), doc.path,
                         doc.sha256 or "—"))
    return [[str(i), title, path, digest]
            for i, (title, path, digest) in enumerate(_once(rows), start=1)]


def _once(rows: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """Each file listed once (the signed contract was listed as a contract document and again
    as the signature's document): the first title kept."""
    seen: set[str] = set()
    out = []
    for title, path, digest in rows:
        if path != "—" and path in seen:
            continue
        seen.add(path)
        out.append((title, path, digest))
    return out


def exhibits_table(ctx: Context) -> None:
    rows = exhibits(ctx)
    if not rows:  # never a table of headers only
        ctx.composer.para(ctx.t("Aucune pièce déclarée au dossier (« exhibits », documents du "
                                "contrat, données).", "No exhibit declared in the dossier "
                                "(« exhibits », contract documents, data)."))
        return
    ctx.composer.table(
        [ctx.t("N°", "No."), ctx.t("Pièce", "Exhibit"), ctx.t("Fichier", "File"), "SHA-256"],
        [[n, title, path, _short(digest)] for n, title, path, digest in rows],
        numeric=(True, False, False, False),
    )


def _short(digest: str) -> str:
    return digest if len(digest) <= 20 else digest[:16] + "…"
