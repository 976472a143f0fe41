"""The rapport de conformité: the evidence report for the client or the court's expert."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from recours.documents import charts, figures, report_method, report_proof, sections
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
    if ctx.run is None:
        what = ctx.t(
            " Aucune campagne de mesure n'a été réalisée : il expose les engagements et les "
            "pièces du dossier qui documentent leur exécution, sans mesure statistique ni "
            "paquet de preuves scellé.",
            " No measurement run has been made: it sets out the commitments and the exhibits "
            "of the dossier that document their performance, without statistical measurement "
            "or sealed evidence bundle.")
    elif report_proof.sealed(ctx.run):
        what = ctx.t(
            " Il expose les données, la méthode, les résultats et l'empreinte du paquet de "
            "preuves qui permet à tout expert de les vérifier.",
            " It sets out the data, the method, the results and the fingerprint of the "
            "evidence bundle with which any expert can verify them.")
    else:
        what = ctx.t(
            " Il expose les données, la méthode et les résultats d'une campagne de mesure non "
            "scellée, que tout expert peut reproduire sur les mêmes fichiers.",
            " It sets out the data, the method and the results of an unsealed measurement "
            "run, which any expert can reproduce on the same files.")
    c.para(
        ctx.t(
            "Le présent rapport établit, pour {client}, si le système « {s} »{v} fourni par "
            "{vendor} respecte les engagements mesurables du {k}.{what}",
            "This report establishes, for {client}, whether the system “{s}”{v} supplied by "
            "{vendor} meets the measurable commitments of the {k}.{what}",
            client=_company(ctx, d.client),
            vendor=_company(ctx, d.vendor),
            s=s.name,
            v=f" ({s.version})" if s.version else "",
            k=ctx.contract_words(),
            what=what,
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
    if ctx.run is None:
        if not d.datasets:
            return
        ctx.composer.heading(ctx.t("Données déclarées, non mesurées",
                                   "Data declared, not measured"), 1)
        ctx.composer.para(ctx.t(
            "Le dossier déclare les fichiers suivants ; aucune campagne ne les a encore "
            "mesurés.", "The dossier declares the following files; no run has measured them "
            "yet."))
    else:
        ctx.composer.heading(ctx.t("Données examinées", "Data examined"), 1)
    rows = [
        [
            ds.id,
            label(ds.kind, ctx.lang),
            f"{ds.path}\nSHA-256{ctx.t(' : ', ': ')}"
            + (ds.sha256 or ctx.t("empreinte non déclarée", "hash not declared")),
            ds.description or "—",
        ]
        for ds in d.datasets
    ]
    if not rows:  # an empty table says nothing to the expert
        if report_proof.sealed(ctx.run):
            ctx.composer.para(ctx.t(
                "Le dossier ne déclare pas les fichiers de données de la campagne : leurs "
                "empreintes sont celles que scelle le paquet de preuves (ci-dessous).",
                "The dossier declares no data files for the run: their hashes are those the "
                "evidence bundle seals (below)."))
        else:
            ctx.composer.para(ctx.t(
                "Le dossier ne déclare pas les fichiers de données de la campagne et aucun "
                "paquet de preuves ne les scelle : leurs empreintes ne sont pas connues du "
                "présent rapport.",
                "The dossier declares no data files for the run and no evidence bundle seals "
                "them: their hashes are not known to this report."))
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
    run = ctx.run
    assert run is not None
    report_method.level_section(ctx, run)


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
    first = text.split(" ", 1)[0]
    if len(first) == 1:  # « t de Student » keeps its lower-case t, the statistic's name
        return text + "."
    return text[:1].upper() + text[1:] + "."


def _results(
    ctx: Context, pairs: list[tuple[Commitment, CommitmentResult]], base_dir: Path | None
) -> None:
    c, run = ctx.composer, ctx.run
    assert run is not None
    c.heading(ctx.t("Résultats", "Results"), 1)
    sections.evidence_table(ctx, pairs)
    report_method.decisions(ctx, pairs)
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
                    report_method.interval(r, ctx.lang),
                    format_integer(r.n, ctx.lang),
                    report_method.verdict_cell(r, ctx.lang),
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


def _limits(ctx: Context, pairs: list[tuple[Commitment, CommitmentResult]]) -> None:
    c = ctx.composer
    c.heading(ctx.t("Limites", "Limits"), 1)
    unsure = [cm.id for cm, r in pairs if r.verdict == Verdict.INCONCLUSIVE]
    if unsure:
        c.para(ctx.t(
            "{what} : les données ne permettent d'établir ni le manquement ni la conformité au "
            "niveau retenu ; le motif en est donné pour chacun ci-dessus (« Décision pour "
            "chaque engagement »).",
            "{what}: the data establish neither breach nor conformity at the chosen level; "
            "the reason is given for each above (“Decision for each commitment”).",
            what=ctx.t("L'engagement {ids} reste non concluant", "Commitment {ids} remains "
                       "inconclusive", ids=unsure[0]) if len(unsure) == 1 else ctx.t(
                "Les engagements {ids} restent non concluants", "Commitments {ids} remain "
                "inconclusive", ids=ctx.words(unsure))))
    if any(report_method.why(r) is report_method.Why.STRADDLES for _, r in pairs):
        c.para(ctx.t(
            "Là où l'intervalle contient le seuil, davantage de cas de test le resserreraient ; "
            "la conclusion dépend alors de la valeur vraie, que les données ne départagent pas.",
            "Where the interval contains the threshold, more test cases would narrow it; the "
            "conclusion then depends on the true value, which the data do not settle."))
    c.para(
        ctx.t(
            "Les conclusions valent pour les données examinées et la période qu'elles couvrent ; leur représentativité de l'usage contractuel du système relève de l'appréciation des parties et de l'expert.",
            "The conclusions hold for the data examined and the period they cover; how representative they are of the contractual use of the system is for the parties and the expert to assess.",
        )
    )


def _limits_without_run(ctx: Context) -> None:
    c = ctx.composer
    c.heading(ctx.t("Limites", "Limits"), 1)
    c.para(ctx.t(
        "Aucune campagne de mesure scellée n'existe au dossier : le présent rapport ne "
        "contient aucune valeur mesurée ni aucun verdict statistique, et n'atteste que "
        "l'existence et le contenu déclaré des pièces. Leur force probante relève de "
        "l'appréciation des parties et de l'expert.",
        "No sealed measurement run exists in the dossier: this report contains no measured "
        "value and no statistical verdict, and attests only the existence and declared "
        "content of the exhibits. Their probative weight is for the parties and the expert "
        "to assess."))
    if ctx.dossier.commitments and ctx.dossier.datasets:
        c.para(ctx.t("Une campagne de mesure sur les données déclarées (",
                     "A measurement run on the declared data ("), report_proof.COMMAND,
               ctx.t(") établirait, pour chaque engagement, une valeur, un intervalle et un "
                     "verdict, scellés dans un paquet de preuves vérifiable.",
                     ") would give, for each commitment, a value, an interval and a verdict, "
                     "sealed in a verifiable evidence bundle."))


def build_report(ctx: Context, base_dir: Path | None = None) -> Document:
    """The compliance report: the dossier's latest evidence run with its method, figures and
    seals; without a run, the pièces that document the commitments (refused only when the
    dossier holds neither)."""
    run, d = ctx.run, ctx.dossier
    if not report_proof.has_proof(ctx):
        raise DocumentRefused(
            T(
                "Rapport de conformité impossible : le dossier ne contient ni campagne de "
                "mesure ni pièce (constat, expertise, tickets, procès-verbal de recette).",
                "Compliance report impossible: the dossier holds neither an evidence run nor "
                "an exhibit (constat, expert report, tickets, acceptance report).",
            ),
            where=d.reference,
            fix=T(
                "Lancer « recours evidence run », ou déclarer les pièces du dossier "
                "(« exhibits »), puis recommencer.",
                "Run « recours evidence run », or declare the dossier's exhibits "
                "('exhibits'), then try again.",
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
    if run is None:
        _commitments(ctx)
        report_proof.pieces_section(ctx)
        if d.commitments:
            report_proof.commitments_proof(ctx)
        report_proof.incidents_section(ctx)
        _data(ctx)
        _limits_without_run(ctx)
    else:
        _summary(ctx, pairs)
        _commitments(ctx)
        report_proof.pieces_section(ctx)
        report_proof.incidents_section(ctx)
        _data(ctx)
        _method(ctx, run.results)
        _results(ctx, pairs, base_dir)
        report_proof.traceability(ctx, run)
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
            ) if run is not None else ctx.t(
                "{r} — rapport de conformité — pièces du dossier",
                "{r} — compliance report — exhibits of the dossier",
                r=d.reference,
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
