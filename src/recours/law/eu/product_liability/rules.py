"""Rules: what Directive (EU) 2024/2853 adds for AI (presumptions, disclosure), and the
withdrawal of the AI Liability Directive proposal."""

from __future__ import annotations

from recours.i18n import T
from recours.law.context import Context
from recours.law.engine import Area, Finding, Status, Strength, rule
from recours.law.eu.ai_act.tier import classify
from recours.law.eu.vocabulary import uses
from recours.law.fr.product_liability import regime as pl


@rule("eu.pld.art10", title=T("Directive 2024/2853 : présomptions et communication des preuves",
                              "Directive 2024/2853: presumptions and disclosure of evidence"),
      area=Area.PRODUCT, cites=("eu.pld.art9", "eu.pld.art10", "eu.pld.art4"), order=49)
def pld_presumptions(ctx: Context) -> Finding | None:
    """For a natural person under the 2024 Directive: disclosure (art. 9) and presumptions
    (art. 10(2)(b): breach of mandatory safety requirements, such as the AI Act's)."""
    d = ctx.dossier
    choice = pl.choose(d, ctx.params)
    who = pl.victim(d)
    if choice.regime is not pl.Regime.PLD_2024 or who.excluded:
        return None
    high = classify(d.ai_system.ai_act).high_risk is not None
    text = T("Sous la directive 2024/2853 : le juge peut ordonner au défendeur de communiquer les "
             "preuves pertinentes (art. 9, texte non trouvé) ; le défaut est présumé s'il ne le fait "
             "pas, en cas de non-respect d'exigences de sécurité obligatoires ou de dysfonctionnement "
             "manifeste (art. 10(2)).", "Under Directive 2024/2853: the court may order the "
             "defendant to disclose relevant evidence (art. 9, text not found); defectiveness is "
             "presumed if it does not, on breach of mandatory safety requirements, or on an obvious "
             "malfunction (art. 10(2)).")
    if high:
        text += T(" Système à haut risque : un manquement aux exigences de l'AI Act peut fonder la "
                  "présomption de l'art. 10(2)(b).", " High-risk system: a breach of AI Act "
                  "requirements may ground the presumption of art. 10(2)(b).")
    return ctx.make(
        conclusion=text, status=Status.INFO, strength=Strength.ARGUABLE,
        facts=uses(ctx, {**choice.facts, **who.facts}), uncertain=True,
        pinpoints={"eu.pld.art10": "10(2)"}, data={"high_risk": high})


@rule("eu.ald.withdrawal", title=T("Pas de directive sur la responsabilité en matière d'IA",
                                   "No AI Liability Directive"),
      area=Area.PRODUCT, cites=("eu.ald.proposal",), order=49)
def ald_withdrawn(ctx: Context) -> Finding | None:
    """The AI Liability Directive proposal was withdrawn: no EU AI-specific fault regime."""
    withdrawal = ctx.params["eu.ald.withdrawal"].versions[0]
    if ctx.on < withdrawal.start:
        return None
    value = ctx.param("eu.ald.withdrawal", ctx.on)
    return ctx.make(
        conclusion=T("La proposition de directive sur la responsabilité en matière d'IA (COM(2022) 496) "
                     "a été retirée (6 octobre 2025) : il n'existe pas de régime européen de "
                     "responsabilité pour faute propre à l'IA ; les demandes reposent sur le contrat "
                     "(et, pour les consommateurs, sur le Code de la consommation).",
                     "The AI Liability Directive proposal (COM(2022) 496) was withdrawn (6 October "
                     "2025): there is no EU AI-specific fault-liability regime; claims rest on the "
                     "contract (and, for consumers, on the Consumer Code)."),
        status=Status.INFO, strength=Strength.ESTABLISHED,
        facts=[ctx.fact("ai_system.name", ctx.dossier.ai_system.name, "système d'IA", "AI system")],
        params=(value,))
