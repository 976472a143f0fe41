"""The synthesis that opens the note d'analyse: what to plead, what the other side will answer,
the amounts with the cap, the next deadline, the proof still needed — then the detail follows.

It reads the same choice of grounds as the formal notice (:func:`notice_grounds.pleaded`), so
the note says exactly what the letter pleads, and adds what the letter must not say.
"""

from __future__ import annotations

from collections import Counter

from recours.documents.compose import Part
from recours.documents.context import Context
from recours.documents.former_law import restate
from recours.documents.legal_view import Finding
from recours.documents.model import Run
from recours.documents.notice_grounds import Plea, pleaded
from recours.documents.typography import count_words
from recours.dossier import Verdict

STRENGTH = {"established": ("établi", "established"), "arguable": ("discutable", "arguable"),
            "weak": ("fragile", "weak")}
TIER = {0: ("à titre principal", "principal"), 1: ("à titre subsidiaire", "in the alternative"),
        2: ("en tout état de cause", "in any event")}
MAX_ITEMS = 6


def write_synthesis(ctx: Context) -> None:
    """The « Synthèse » section."""
    c, d = ctx.composer, ctx.dossier
    c.heading(ctx.t("Synthèse", "Summary"), 1)
    if d.summary:
        c.para(d.summary)
    _measurements(ctx)
    chosen = pleaded(ctx.view)
    _to_plead(ctx, chosen)
    _replies(ctx, [f for f, _ in chosen])
    _amounts(ctx)
    _next_deadline(ctx)
    _proof_needed(ctx, [f for f, _ in chosen])
    if not ctx.view.findings:
        c.para(Run(ctx.t(
            "Analyse juridique non disponible : lancer « recours law analyse » sur le dossier.",
            "Legal analysis not available: run « recours law analyse » on the dossier."),
            italic=True))


def _label(ctx: Context, pair: tuple[str, str]) -> str:
    return ctx.t(*pair)


def _measurements(ctx: Context) -> None:
    counts = Counter(r.verdict for _, r in ctx.overall_results())
    if counts:
        lang = ctx.lang
        b, k, i = (counts[Verdict.BREACH], counts[Verdict.CONFORMITY],
                   counts[Verdict.INCONCLUSIVE])
        ctx.composer.para(ctx.t(
            "Mesures : {b}, {k}, {i}.", "Measurements: {b}, {k}, {i}.",
            b=count_words(b, *ctx.t_pair(("manquement établi", "breach established"),
                                         ("manquements établis", "breaches established")),
                          lang, none=ctx.t("aucun manquement établi", "no breach established")),
            k=count_words(k, *ctx.t_pair(("conformité établie", "conformity established"),
                                         ("conformités établies", "conformities established")),
                          lang, none=ctx.t("aucune conformité établie",
                                           "no conformity established")),
            i=count_words(i, *ctx.t_pair(("résultat non concluant", "inconclusive result"),
                                         ("résultats non concluants", "inconclusive results")),
                          lang, none=ctx.t("aucun résultat non concluant",
                                           "no inconclusive result"))))


def _to_plead(ctx: Context, chosen: list[tuple[Finding, Plea]]) -> None:
    c = ctx.composer
    c.heading(ctx.t("À plaider", "To plead"), 2)
    if not chosen:
        c.para(ctx.t("Aucun fondement ouvert en l'état du dossier.",
                     "No ground open on the dossier as it stands."))
        return
    items: list[tuple[Part, ...]] = []
    for finding, plea in chosen:
        tier = plea.tier
        title = plea.title.render(ctx.lang) if finding.area == "consumer" else finding.title
        items.append((Run(title, bold=True), " — " + _label(ctx, TIER[tier]) + ", "
                      + _label(ctx, STRENGTH.get(finding.strength, (finding.strength,) * 2))))
    c.items(items)


def _replies(ctx: Context, findings: list[Finding]) -> None:
    replies = list(dict.fromkeys(a for f in findings for a in f.counter_arguments))
    if not replies:
        return
    ctx.composer.heading(ctx.t("Réponses attendues de l'adversaire",
                               "The other side's expected replies"), 2)
    ctx.composer.items([(r,) for r in replies[:MAX_ITEMS]])


def _amounts(ctx: Context) -> None:
    c, view = ctx.composer, ctx.view
    if view.damages is None:
        return
    dm = view.damages
    c.heading(ctx.t("Montants", "Amounts"), 2)
    lines: list[tuple[Part, ...]] = [(ctx.t(
        "Préjudice estimé : entre {lo} (plafond et exclusions contractuels appliqués) et {hi} "
        "(chefs discutables inclus, plafond écarté).",
        "Estimated loss: between {lo} (contractual cap and exclusions applied) and {hi} "
        "(arguable heads included, cap set aside).",
        lo=ctx.money(dm.low, dm.currency), hi=ctx.money(dm.high, dm.currency))
        if dm.low != dm.high else ctx.t(
        "Préjudice estimé : {v} (aucun plafond ni exclusion contractuels ne le réduit).",
        "Estimated loss: {v} (no contractual cap or exclusion reduces it).",
        v=ctx.money(dm.low, dm.currency)),)]
    cap = next((f for f in view.findings if f.rule == "fr.civil.1103.liability_cap"), None)
    if cap is not None:
        lines.append((Run(ctx.t("Plafond : ", "Cap: "), bold=True), cap.conclusion))
    contest = next((f for f in view.findings if f.rule == "fr.civil.1170"), None)
    if contest is not None and contest.status in ("met", "partial"):
        lines.append((Run(ctx.t("Art. 1170 : ", "Art. 1170: "), bold=True), contest.conclusion))
    c.items(lines)


def _next_deadline(ctx: Context) -> None:
    c = ctx.composer
    upcoming = sorted((d for d in ctx.view.deadlines if d.status != "expired"),
                      key=lambda d: d.end)
    expired = [d for d in ctx.view.deadlines if d.status == "expired"]
    if not upcoming and not expired:
        return
    c.heading(ctx.t("Prochaine échéance", "Next deadline"), 2)
    lines: list[tuple[Part, ...]] = []
    if upcoming:
        first = upcoming[0]
        days = (first.end - ctx.on).days
        lines.append((Run(ctx.date(first.end), bold=True), " — " + first.label + ctx.t(
            " ({n} jours)", " ({n} days)", n=days)))
    lines += [(Run(ctx.t("Expiré : ", "Expired: "), bold=True),
               f"{d.label} ({ctx.date(d.end)})") for d in expired]
    c.items(lines)


def _proof_needed(ctx: Context, findings: list[Finding]) -> None:
    missing = list(dict.fromkeys(restate(m) if ctx.former_law else m
                                 for f in findings for m in f.missing))
    if not missing:
        return
    ctx.composer.heading(ctx.t("Preuves et faits à compléter", "Proof and facts to supply"), 2)
    ctx.composer.items([(m,) for m in missing[:MAX_ITEMS]])


__all__ = ["write_synthesis"]
