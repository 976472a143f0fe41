"""The synthesis that opens the note d'analyse: what to plead, what the other side will answer,
the amounts with the cap, the next deadline, the proof still needed — then the detail follows.

It reads the same choice of grounds as the formal notice (:func:`notice_grounds.pleaded`), so
the note says exactly what the letter pleads, and adds what the letter must not say.
"""

from __future__ import annotations

from collections import Counter
from decimal import Decimal

from recours.documents.amounts import ESSENTIAL, Claim, claim
from recours.documents.compose import Part
from recours.documents.context import Context
from recours.documents.former_law import restate
from recours.documents.legal_view import Damages, Finding
from recours.documents.model import Run
from recours.documents.notice_grounds import Plea, pleaded
from recours.documents.notice_parties import co_debtors
from recours.documents.typography import count_words
from recours.dossier import PartyRole, Verdict

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
        c.para(ctx.t("{s}", "The dossier's summary, in French: {s}", s=ctx.source(d.summary))
               if d.language == "fr" else ctx.source(d.summary))
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
    debtors = co_debtors(ctx)
    if len(debtors) > 1:  # several defendants: each gets its own letter (documents --to)
        roles = {PartyRole.VENDOR: ("fournisseur", "vendor"),
                 PartyRole.INTEGRATOR: ("intégrateur", "integrator")}
        c.para(ctx.t("Mises en demeure : {p}, chacun par sa propre lettre.",
                     "Formal notices: {p}, each by its own letter.",
                     p=ctx.words([f"{x.name} ({ctx.t(*roles[x.role])})" for x in debtors])))
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
    """The sum the notice claims (:func:`amounts.claim`, the same figure), how the cap bears on
    it, and the analysis's estimate of the recoverable loss."""
    c, view = ctx.composer, ctx.view
    found = claim(view, ctx.dossier, former_law=ctx.former_law)
    if found is None and view.damages is None:
        return
    c.heading(ctx.t("Montants", "Amounts"), 2)
    lines: list[tuple[Part, ...]] = []
    if found is not None:
        lines.append((Run(ctx.t("Somme réclamée dans la mise en demeure : ",
                                "Sum claimed in the formal notice: "), bold=True),
                      ctx.money(found.amount, found.currency) + _claim_reason(ctx, found) + "."))
    dm = view.damages
    if dm is not None:
        cap = dm.cap if dm.cap is not None else found.cap if found is not None else None
        lines.append((Run(ctx.t("Préjudice réparable estimé : ", "Recoverable loss estimated: "),
                          bold=True), _estimate(ctx, dm, cap) + "."))
    contest = next((f for f in view.findings if f.rule in ESSENTIAL), None)
    if contest is not None and contest.status in ("met", "partial"):
        name = ctx.t("Art. 1131 anc. : ", "Art. 1131 (former): ") if ctx.former_law \
            else ctx.t("Art. 1170 : ", "Art. 1170: ")
        lines.append((Run(name, bold=True), contest.conclusion))
    c.items(lines)


def _claim_reason(ctx: Context, found: Claim) -> str:
    """Why the sum claimed is what it is, in a parenthesis."""
    declared = ctx.money(found.declared, found.currency)
    if not found.cap_stated:
        return ctx.t(" (préjudices déclarés ; le contrat ne stipule aucun plafond)",
                     " (losses declared; the contract stipulates no cap)")
    if found.contested:
        why = [ctx.t("obligation essentielle", "essential obligation")] if found.essential else []
        if found.imbalance is not None:
            why.append(ctx.t("déséquilibre significatif", "significant imbalance"))
        arts = [a for a, on in (("1170", found.essential), ("1171", found.imbalance)) if on]
        where = ctx.t("art. 1131 anc.", "art. 1131 former") if ctx.former_law else \
            "art. " + ctx.words(arts)
        cap = ctx.t(" de {c}", " of {c}", c=ctx.money(found.cap, found.currency)) \
            if found.cap is not None else ""
        return ctx.t(" (préjudices déclarés en entier : plafond{c} contesté — {w}, {a})",
                     " (the whole loss declared: cap{c} contested — {w}, {a})",
                     c=cap, w=ctx.words(why), a=where)
    if not found.computable:
        tail = ctx.t(" ; chefs exclus par le contrat retirés ({x})",
                     "; heads the contract excludes left out ({x})",
                     x=ctx.money(found.excluded, found.currency)) if found.excluded else ""
        return ctx.t(" (plafond non chiffrable à partir du dossier : non appliqué{t} ; "
                     "préjudices déclarés : {d})",
                     " (cap not computable from the dossier: not applied{t}; losses declared: "
                     "{d})", t=tail, d=declared)
    assert found.cap is not None
    cap = ctx.money(found.cap, found.currency)
    if not found.limited:
        return ctx.t(" (préjudices déclarés, sous le plafond de {c})",
                     " (losses declared, below the cap of {c})", c=cap)
    parts = [ctx.t("plafond de {c} appliqué", "cap of {c} applied", c=cap)]
    if found.excluded:
        parts.append(ctx.t("chefs exclus par le contrat retirés ({x})",
                           "heads the contract excludes left out ({x})",
                           x=ctx.money(found.excluded, found.currency)))
    if found.uncapped:
        parts.append(ctx.t("chefs hors plafond ajoutés en entier ({x})",
                           "heads outside the cap added in full ({x})",
                           x=ctx.money(found.uncapped, found.currency)))
    return ctx.t(" ({p} ; préjudices déclarés : {d})", " ({p}; losses declared: {d})",
                 p=ctx.t(" ; ", "; ").join(parts), d=declared)


def _estimate(ctx: Context, dm: Damages, cap: Decimal | None) -> str:
    """« entre 1 952 900,00 € (…) et 3 152 900,00 € (…) », saying truly whether the cap was
    applied in the low estimate (it is not when the dossier does not let it be computed)."""
    lo, hi = ctx.money(dm.low, dm.currency), ctx.money(dm.high, dm.currency)
    capped = ctx.dossier.contract.liability_cap is not None
    if not capped and dm.low == dm.high:
        return lo
    if not capped:
        low_words = ctx.t("chefs certains", "certain heads")
    elif cap is None:
        low_words = ctx.t("exclusions contractuelles appliquées, plafond non chiffrable",
                          "contractual exclusions applied, cap not computable")
    elif dm.cap_applies_low is False:
        low_words = ctx.t("plafond écarté", "cap set aside")
    else:
        low_words = ctx.t("plafond et exclusions contractuels appliqués",
                          "contractual cap and exclusions applied")
    if dm.low == dm.high:
        return ctx.t("{v} ({w})", "{v} ({w})", v=lo, w=low_words)
    return ctx.t("entre {lo} ({w}) et {hi} (chefs discutables inclus{c})",
                 "between {lo} ({w}) and {hi} (arguable heads included{c})", lo=lo, hi=hi,
                 w=low_words, c=_high_words(ctx, dm, cap) if capped else "")


def _high_words(ctx: Context, dm: Damages, cap: Decimal | None) -> str:
    if cap is None:
        return ctx.t(", plafond non chiffrable", ", cap not computable")
    if dm.cap_applies_high is True:
        return ctx.t(", plafond appliqué", ", cap applied")
    return ctx.t(", plafond écarté", ", cap set aside")


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
        lines.append((Run(ctx.date(first.end), bold=True), " — " + first.label + " (" + count_words(
            days, *ctx.t_pair(("jour", "day"), ("jours", "days")), ctx.lang) + ")"))
    lines += [(Run(ctx.t("Expiré : ", "Expired: "), bold=True),
               f"{d.label} ({ctx.date(d.end)})") for d in expired]
    c.items(lines)


def _proof_needed(ctx: Context, findings: list[Finding]) -> None:
    """The facts to establish (the analysis's questions), then the steps to take first (its
    other missing elements, e.g. « Mettre le fournisseur en demeure… ») — a step is not a
    proof."""
    missing = list(dict.fromkeys(restate(m, ctx.lang) if ctx.former_law else m
                                 for f in findings for m in f.missing))
    questions = [m for m in missing if "?" in m]
    steps = [m for m in missing if "?" not in m]
    if questions:
        ctx.composer.heading(ctx.t("Preuves et faits à compléter", "Proof and facts to supply"),
                             2)
        ctx.composer.items([(m,) for m in questions[:MAX_ITEMS]])
    if steps:
        ctx.composer.heading(ctx.t("Démarches à accomplir", "Steps to take"), 2)
        ctx.composer.items([(m,) for m in steps[:MAX_ITEMS]])


__all__ = ["write_synthesis"]
