"""The rapport de conformité: the evidence report for the client or the court's expert."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from recours.documents import charts, figures, sections
from recours.documents.context import Context
from recours.documents.model import Document, Metadata, Run
from recours.documents.typography import format_integer
from recours.dossier import Commitment, CommitmentResult, Party, PartyKind, Verdict
from recours.dossier.labels import label
from recours.errors import DocumentRefused
from recours.i18n import T


def _scope(ctx: Context) -> None:
    c, d = ctx.composer, ctx.dossier
    s = d.ai_system
    c.heading(ctx.t("Objet et périmètre", "Purpose and scope"), 1)
    c.para(
        ctx.t(
            "Le présent rapport établit, pour {client}, si le système « {s} »{v} fourni par {vendor} respecte les engagements mesurables du {k}. Il expose les données, la méthode, les résultats et l'empreinte du paquet de preuves qui permet à tout expert de les vérifier.",
            "This report establishes, for {client}, whether the system “{s}”{v} supplied by {vendor} meets the measurable commitments of the {k}. It sets out the data, the method, the results and the fingerprint of the evidence bundle with which any expert can verify them.",
            client=_company(ctx, d.client),
            vendor=_company(ctx, d.vendor),
            s=s.name,
            v=f" ({s.version})" if s.version else "",
            k=ctx.contract_words(),
        )
    )
    c.para(
        Run(ctx.t("Destination du système :", "Intended purpose:"), bold=True),
        " " + s.intended_purpose + ".",
    )


def _count(ctx: Context, n: int, fr: tuple[str, str], en: tuple[str, str]) -> str:
    """« 1 engagement mesuré », « 0 manquement établi », « 2 engagements mesurés »: French
    puts 0 and 1 in the singular, English 1 only."""
    words = fr[0 if n < 2 else 1] if ctx.lang == "fr" else en[0 if n == 1 else 1]
    return f"{n} {words}"


def _summary(ctx: Context, pairs: list[tuple[Commitment, CommitmentResult]]) -> None:
    c = ctx.composer
    counts = Counter(r.verdict for _, r in pairs)
    c.heading(ctx.t("Synthèse", "Summary"), 1)
    n, b = len(pairs), counts[Verdict.BREACH]
    k, i = counts[Verdict.CONFORMITY], counts[Verdict.INCONCLUSIVE]
    c.para(
        ctx.t(
            "Sur {n} : {b}, {k}, {i}.",
            "Of {n}: {b}, {k}, {i}.",
            n=_count(ctx, n, ("engagement mesuré", "engagements mesurés"),
                     ("commitment measured", "commitments measured")),
            b=_count(ctx, b, ("manquement établi", "manquements établis"),
                     ("breach established", "breaches established")),
            k=_count(ctx, k, ("conformité établie", "conformités établies"),
                     ("conformity established", "conformities established")),
            i=_count(ctx, i, ("résultat non concluant", "résultats non concluants"),
                     ("inconclusive result", "inconclusive results")),
        )
    )
    c.items(
        [
            (
                Run(f"{cm.id} — {figures.verdict(r.verdict, ctx.lang)}"
                    + ctx.t(" : ", ": "), bold=True),
                ctx.t(
                    "{w} ; mesuré {v}, intervalle {ci}.",
                    "{w}; measured {v}, interval {ci}.",
                    w=ctx.commitment_line(cm),
                    v=figures.value(r.metric, r.estimate, ctx.lang, cm.unit),
                    ci=figures.interval(r, ctx.lang, cm.unit),
                ),
            )
            for cm, r in pairs
        ]
    )


def _commitments(ctx: Context) -> None:
    d = ctx.dossier
    ctx.composer.heading(ctx.t("Engagements contractuels", "Contractual commitments"), 1)
    rows = [
        [
            cm.id,
            cm.source.clause if cm.source else "—",
            figures.metric_name(cm.metric, ctx.lang),
            figures.threshold_sign(cm, ctx.lang, cm.unit),
            cm.population or "—",
            cm.dataset or "—",
        ]
        for cm in d.commitments
    ]
    ctx.composer.table(
        [
            ctx.t("N°", "No."),
            ctx.t("Clause", "Clause"),
            ctx.t("Indicateur", "Metric"),
            ctx.t("Seuil", "Threshold"),
            ctx.t("Population", "Population"),
            ctx.t("Données", "Data"),
        ],
        rows,
    )
    for cm in d.commitments:
        if cm.source and cm.source.quote:
            ctx.composer.quote(cm.source.quote, source=f"{cm.id} — {cm.source.clause}")


def _data(ctx: Context) -> None:
    d = ctx.dossier
    ctx.composer.heading(ctx.t("Données examinées", "Data examined"), 1)
    rows = [
        [
            ds.id,
            label(ds.kind, ctx.lang),
            f"{ds.path}\nSHA-256 : {ds.sha256 or '—'}"
            if ctx.lang == "fr"
            else f"{ds.path}\nSHA-256: {ds.sha256 or '—'}",
            ds.description or "—",
        ]
        for ds in d.datasets
    ]
    if not rows:  # an empty table says nothing to the expert
        ctx.composer.para(ctx.t(
            "Le dossier ne déclare pas les fichiers de données de la campagne : leurs empreintes "
            "sont celles que scelle le paquet de preuves (ci-dessous).",
            "The dossier declares no data files for the run: their hashes are those the evidence "
            "bundle seals (below)."))
        return
    ctx.composer.table(
        [
            ctx.t("Jeu", "Set"),
            ctx.t("Nature", "Kind"),
            ctx.t("Fichier et empreinte", "File and hash"),
            ctx.t("Description", "Description"),
        ],
        rows,
    )


def _method(ctx: Context, results: list[CommitmentResult]) -> None:
    c = ctx.composer
    c.heading(ctx.t("Méthode", "Method"), 1)
    c.para(
        ctx.t(
            "Chaque engagement est une inégalité « indicateur comparateur seuil ». L'indicateur est estimé sur les données avec un intervalle de confiance au niveau indiqué. Le verdict a trois valeurs : manquement établi lorsque l'intervalle entier se situe du mauvais côté du seuil, conformité établie lorsqu'il se situe entièrement du bon côté, non concluant sinon. Les p-valeurs sont corrigées pour la pluralité des engagements (méthode de Holm).",
            "Each commitment is an inequality “metric comparator threshold”. The metric is estimated on the data with a confidence interval at the stated level. The verdict has three values: breach established when the whole interval lies on the wrong side of the threshold, conformity established when it lies wholly on the right side, inconclusive otherwise. P-values are adjusted for the number of commitments (Holm's method).",
        )
    )
    c.para(Run(ctx.t("Méthodes employées et leurs conditions de validité :",
                     "Methods used and their validity conditions:"), bold=True))
    c.items([(_method_words(m, ctx),) for m in _methods(results, ctx)])


def _methods(results: list[CommitmentResult], ctx: Context) -> list[str]:
    """One method per readable name (a method's parameters do not make another method)."""
    from recours.evidence.stats.validity import label

    seen: dict[str, str] = {}
    for r in results:
        seen.setdefault(label(r.method).render(ctx.lang), r.method)
    return [seen[k] for k in sorted(seen, key=str.casefold)]


def _method_words(method: str, ctx: Context) -> str:
    """The method's readable name and validity conditions, from the one table of
    ``recours.evidence.stats.validity`` (its identifier stays in the bundle's results.json)."""
    from recours.evidence.stats.validity import describe

    text = describe(method).render(ctx.lang)
    return text[:1].upper() + text[1:] + "."


def _results(
    ctx: Context, pairs: list[tuple[Commitment, CommitmentResult]], base_dir: Path | None
) -> None:
    c, run = ctx.composer, ctx.run
    assert run is not None
    c.heading(ctx.t("Résultats", "Results"), 1)
    sections.evidence_table(ctx, pairs)
    detail = [r for r in run.results if r.window is not None or r.group is not None]
    if detail:
        c.heading(ctx.t("Résultats par période ou par groupe", "Results by period or group"), 2)
        c.table(
            [
                ctx.t("Engagement", "Commitment"),
                ctx.t("Périmètre", "Scope"),
                ctx.t("Valeur mesurée", "Measured value"),
                ctx.t("Intervalle", "Interval"),
                ctx.t("Cas (n)", "Cases (n)"),
                ctx.t("Verdict", "Verdict"),
            ],
            [
                [
                    r.commitment_id,
                    figures.scope(r, ctx.lang),
                    figures.value(r.metric, r.estimate, ctx.lang),
                    figures.interval(r, ctx.lang),
                    format_integer(r.n, ctx.lang),
                    figures.verdict(r.verdict, ctx.lang),
                ]
                for r in detail
            ],
            numeric=(False, False, True, True, True, False),
        )
    c.heading(ctx.t("Graphiques", "Charts"), 2)
    sealed = charts.bundle_charts(_bundle_dir(run.bundle, base_dir))
    for name, png in sealed:
        c.image(
            f"bundle:{name}",
            png,
            ctx.t("Graphique du paquet de preuves : {n}", "Evidence bundle chart: {n}", n=name),
        )
    if sealed:
        return
    for cm, _ in pairs:
        mine = [r for r in run.results if r.commitment_id == cm.id]
        caption = ctx.t(
            "Engagement {id} : estimation et intervalle de confiance par périmètre ; trait pointillé : seuil contractuel.",
            "Commitment {id}: estimate and confidence interval by scope; dashed line: contractual threshold.",
            id=cm.id,
        )
        c.image(f"chart:{cm.id}", charts.result_chart(cm, mine, ctx.lang), caption)


def _bundle_dir(bundle: str | None, base_dir: Path | None) -> Path | None:
    """The bundle folder, relative to the dossier's folder (or absolute, as the CLI records a
    bundle written elsewhere). Without a folder (the web application, where a dossier names no
    server path) no bundle is read: the report draws its charts from the results."""
    if not bundle or base_dir is None:
        return None
    path = Path(bundle)
    return path if path.is_absolute() else base_dir / path


def _fingerprint(ctx: Context) -> None:
    c, run = ctx.composer, ctx.run
    assert run is not None
    c.heading(ctx.t("Empreinte du paquet de preuves", "Evidence bundle fingerprint"), 1)
    c.para(
        ctx.t(
            "Le paquet de preuves scelle la spécification, les empreintes des données, les réponses brutes, les résultats, l'environnement et les graines aléatoires. Toute modification d'un fichier change la racine de Merkle ci-dessous et invalide la signature.",
            "The evidence bundle seals the specification, the data hashes, the raw responses, the results, the environment and the random seeds. Any change to a file changes the Merkle root below and invalidates the signature.",
        )
    )
    c.table([ctx.t("Élément", "Item"), ctx.t("Valeur", "Value")], sections.fingerprint_rows(ctx))
    if run.bundle:
        c.para(
            ctx.t("Vérification : ", "Verification: "),
            Run(f"recours evidence verify {run.bundle}", italic=True),
        )


def _limits(ctx: Context, pairs: list[tuple[Commitment, CommitmentResult]]) -> None:
    c = ctx.composer
    c.heading(ctx.t("Limites", "Limits"), 1)
    unsure = [cm.id for cm, r in pairs if r.verdict == Verdict.INCONCLUSIVE]
    if len(unsure) == 1:
        c.para(ctx.t(
            "L'engagement {ids} reste non concluant : les données ne permettent ni d'établir le "
            "manquement ni la conformité au niveau retenu ; davantage de cas de test sont "
            "nécessaires.",
            "Commitment {ids} remains inconclusive: the data establish neither breach nor "
            "conformity at the chosen level; more test cases are needed.", ids=unsure[0]))
    elif unsure:
        c.para(
            ctx.t(
                "Les engagements {ids} restent non concluants : les données ne permettent ni d'établir le manquement ni la conformité au niveau retenu ; davantage de cas de test sont nécessaires.",
                "Commitments {ids} remain inconclusive: the data establish neither breach nor conformity at the chosen level; more test cases are needed.",
                ids=ctx.words(unsure),
            )
        )
    c.para(
        ctx.t(
            "Les conclusions valent pour les données examinées et la période qu'elles couvrent ; leur représentativité de l'usage contractuel du système relève de l'appréciation des parties et de l'expert.",
            "The conclusions hold for the data examined and the period they cover; how representative they are of the contractual use of the system is for the parties and the expert to assess.",
        )
    )


def build_report(ctx: Context, base_dir: Path | None = None) -> Document:
    """The compliance report of the dossier's latest evidence run."""
    run, d = ctx.run, ctx.dossier
    if run is None:
        raise DocumentRefused(
            T(
                "Rapport de conformité impossible : le dossier ne contient aucune campagne de mesure.",
                "Compliance report impossible: the dossier holds no evidence run.",
            ),
            where=d.reference,
            fix=T(
                "Lancer « recours evidence run » puis recommencer.",
                "Run « recours evidence run » first.",
            ),
        )
    pairs = ctx.overall_results()
    c = ctx.composer
    c.heading(ctx.t("Rapport de conformité", "Compliance report"), 0)
    c.para(
        Run(
            f"{d.ai_system.name}" + (f" {d.ai_system.version}" if d.ai_system.version else ""),
            bold=True,
        ),
        "\n"
        + ctx.t("Dossier {r} — {t}", "Case {r} — {t}", r=d.reference, t=d.title)
        + "\n"
        + ctx.t("Établi le {d}", "Issued on {d}", d=ctx.date(ctx.on)),
        role="body",
        align="center",
    )
    _scope(ctx)
    _summary(ctx, pairs)
    _commitments(ctx)
    _data(ctx)
    _method(ctx, run.results)
    _results(ctx, pairs, base_dir)
    _fingerprint(ctx)
    _limits(ctx, pairs)
    client = d.client
    author = (
        client.counsel.firm
        if client and client.counsel and client.counsel.firm
        else (client.name if client else "Recours")
    )
    return c.build(
        Metadata(
            kind="rapport",
            lang=ctx.lang,
            title=ctx.t("Rapport de conformité", "Compliance report"),
            subject=ctx.t(
                "Conformité de {s} à ses engagements contractuels",
                "Conformity of {s} with its contractual commitments",
                s=d.ai_system.name,
            ),
            author=author or "Recours",
            date=ctx.on.isoformat(),
            header=ctx.t(
                "{r} — rapport de conformité — campagne {id}",
                "{r} — compliance report — run {id}",
                r=d.reference,
                id=run.id,
            ),
            reference=d.reference,
        )
    )


def _company(ctx: Context, party: Party | None) -> str:
    """« la société Banque Hexagone » in French (never « pour Banque Hexagone »); a natural
    person by name."""
    if party is None:
        return "—"
    if ctx.lang == "fr" and party.kind is PartyKind.COMPANY:
        return f"la société {party.name}"
    return party.name
