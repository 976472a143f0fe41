"""Significant imbalance between commercial partners (C. com. art. L442-1, I, 2°)."""

from __future__ import annotations

from recours.i18n import T
from recours.law.context import Conditions, Context
from recours.law.engine import Area, Finding, Status, Strength, rule
from recours.law.fr.code_civil.kinds import both_companies

L442 = "fr.commerce.L442-1"


@rule(L442, title=T("Déséquilibre significatif entre partenaires commerciaux",
                    "Significant imbalance between commercial partners"),
      area=Area.CLAUSE, cites=(L442,), order=54)
def significant_imbalance(ctx: Context) -> Finding | None:
    """Subjecting a partner to obligations creating a significant imbalance engages liability."""
    if ctx.facts.significant_imbalance_alleged is None or not both_companies(ctx.dossier):
        return None
    cond = Conditions(ctx.fact("parties", "company/company", "relation entre professionnels",
                               "relationship between businesses"))
    cond.check("facts.significant_imbalance_alleged", ctx.facts.significant_imbalance_alleged,
               ("déséquilibre significatif allégué", "significant imbalance alleged"),
               ("Une clause crée-t-elle un déséquilibre significatif ?",
                "Does a clause create a significant imbalance?"))
    return ctx.make(
        conclusion=T("Soumission à des obligations créant un déséquilibre significatif : "
                     "responsabilité de l'auteur et réparation du préjudice (C. com. art. L442-1, "
                     "I, 2°).", "Subjecting the partner to obligations creating a significant "
                     "imbalance: liability of the author and compensation (C. com. art. L442-1, "
                     "I, 2°)."),
        status=cond.status, strength=Strength.ARGUABLE if cond.status is Status.MET
        else Strength.WEAK, facts=cond.facts, missing=cond.missing, pinpoints={L442: "I, 2°"},
        caveats=[T("Texte enregistré : version du 20 oct. 2021 au 31 mars 2023 ; la rédaction "
                   "française actuelle (depuis le 1er avril 2023) n'a été trouvée qu'en "
                   "traduction — vérifier sur Légifrance.", "Stored text: version of 20 Oct 2021 "
                   "to 31 Mar 2023; the current French wording (since 1 April 2023) was found "
                   "only in translation — check on Légifrance.")],
        counter=[T("Le fournisseur soutiendra que la clause a été négociée et a une contrepartie "
                   "(prix).", "The vendor will argue the clause was negotiated and has a "
                   "counterpart (price).")])
