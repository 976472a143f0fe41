"""Rules: liability for defective products — which regime, for whom, for what damage."""

from __future__ import annotations

from recours.i18n import T
from recours.law.context import Context
from recours.law.engine import Area, Finding, Status, Strength, rule
from recours.law.eu.vocabulary import asks, den, dfr, uses
from recours.law.fr.product_liability import regime as pl

ORDER = 48
_LOW_PLD = T("application de la directive (UE) 2024/2853 aux produits mis sur le marché après le "
             "9 décembre 2026 : art. 2(1) cité de mémoire, non vérifié ; aucune loi française de "
             "transposition trouvée", "Directive (EU) 2024/2853 applying to products placed on the "
             "market after 9 December 2026: art. 2(1) from memory, unverified; no French "
             "transposing law found")


#: Articles 1386-1 s., renumbered 1245 s. by ordonnance n° 2016-131 from 1 October 2016 (same
#: content, « titre » become « chapitre »): a product put into circulation before then is
#: cited under the numbering in force.
FORMER = {"fr.civil.1245": "fr.civil_anc.1386-1", "fr.civil.1245-1": "fr.civil_anc.1386-2",
          "fr.civil.1245-14": "fr.civil_anc.1386-15", "fr.civil.1245-15": "fr.civil_anc.1386-16",
          "fr.civil.1245-16": "fr.civil_anc.1386-17"}


def _numbering(ctx: Context, choice: pl.RegimeChoice) -> bool:
    """True when the product was put into circulation before the 2016 renumbering."""
    return choice.regime is pl.Regime.CODE_CIVIL and choice.placed_on is not None \
        and choice.placed_on < ctx.reform_date


@rule("fr.civil.1245", title=T("Responsabilité du fait des produits défectueux",
                               "Liability for defective products"),
      area=Area.PRODUCT, cites=("fr.civil.1245", "fr.civil.1245-1", "fr.civil.1245-15",
                                "fr.civil.1245-16", "eu.pld.art4", "eu.pld.art6", "eu.pld.art2",
                                *FORMER.values()),
      order=ORDER)
def product_liability(ctx: Context) -> Finding:
    """Regime by date of placing on the market; damage covered; a company's own loss is not."""
    d = ctx.dossier
    choice = pl.choose(d, ctx.params)
    who = pl.victim(d)
    facts = {**choice.facts, **who.facts}
    if choice.regime is pl.Regime.PLD_2024:
        regime = T(f"mis sur le marché le {dfr(choice.placed_on)}, après le {dfr(choice.threshold.value)} : "
                   "directive (UE) 2024/2853 (le logiciel est un produit, art. 4(1))",
                   f"placed on the market on {den(choice.placed_on)}, after "
                   f"{den(choice.threshold.value)}: Directive (EU) 2024/2853 (software is a product, "
                   "art. 4(1))")
        cites: tuple[str, ...] = ("eu.pld.art2", "eu.pld.art4", "eu.pld.art6")
    elif choice.regime is pl.Regime.CODE_CIVIL:
        periods = pl.code_civil_periods(d)
        regime = T(f"mis sur le marché le {dfr(choice.placed_on)} : articles 1245 s. du Code civil "
                   f"(action dans les trois ans de la connaissance du dommage, du défaut et du "
                   f"producteur : le {dfr(periods.limitation)} si elle date du premier incident ; responsabilité éteinte "
                   f"le {dfr(periods.extinction)}, dix ans après la mise en circulation)",
                   f"placed on the market on {den(choice.placed_on)}: French Civil Code, art. 1245 ff. "
                   f"(action within three years of knowing the damage, defect and producer — "
                   f"{den(periods.limitation)} if it dates from the first incident; liability extinguished on "
                   f"{den(periods.extinction)}, ten years after putting into circulation)")
        cites = ("fr.civil.1245", "fr.civil.1245-1", "fr.civil.1245-15", "fr.civil.1245-16")
        if _numbering(ctx, choice):
            regime = T(f"mis sur le marché le {dfr(choice.placed_on)} : articles 1386-1 s. du Code "
                       "civil, numérotation alors en vigueur (devenus art. 1245 s. par "
                       "l'ordonnance n° 2016-131, à compter du 1er octobre 2016, sans changement "
                       "de fond) (action dans les trois ans de la connaissance du dommage, du "
                       f"défaut et du producteur : le {dfr(periods.limitation)} si elle date du "
                       f"premier incident ; responsabilité éteinte le {dfr(periods.extinction)}, "
                       "dix ans après la mise en circulation)",
                       f"placed on the market on {den(choice.placed_on)}: French Civil Code, art. 1386-1 "
                       "ff., the numbering then in force (renumbered art. 1245 ff. by ordonnance "
                       "n° 2016-131 from 1 October 2016, unchanged in substance) (action within "
                       "three years of knowing the damage, defect and producer — "
                       f"{den(periods.limitation)} if it dates from the first incident; liability "
                       f"extinguished on {den(periods.extinction)}, ten years after putting into "
                       "circulation)")
        facts.update(periods.facts)
    else:
        regime = T("date de mise sur le marché inconnue : régime (Code civil ou directive 2024/2853) "
                   "indéterminé", "date placed on the market unknown: regime (Code civil or Directive "
                   "2024/2853) undetermined")
        cites = ("fr.civil.1245", "eu.pld.art2")
    if who.commercial_loss_only:
        text = T("Produits défectueux — ", "Defective products — ") + regime + T(
            ". Ni l'un ni l'autre ne couvre la perte commerciale propre d'une société (gain manqué, "
            "surcoûts, réclamations de tiers) : ils réparent l'atteinte à la personne et aux biens "
            "autres que le produit (et, pour la directive, les seuls dommages des personnes "
            "physiques). Le fondement de l'acheteur reste le contrat.", ". Neither covers a "
            "company's own commercial loss (lost profit, extra costs, third-party claims): they "
            "compensate harm to persons and to property other than the product (and, under the "
            "Directive, natural persons only). The buyer's ground remains the contract.")
        status, strength = Status.NOT_MET, Strength.ESTABLISHED
    elif who.damage_covered is False:
        text = T("Produits défectueux — ", "Defective products — ") + regime + T(
            ". Aucune atteinte à la personne ni à des biens (ou données) à usage privé : ces régimes "
            "ne réparent que ces dommages (C. civ. art. 1245-1 ; directive, art. 6) ; le fondement reste le contrat et, pour le "
            "consommateur, la garantie légale de conformité.", ". No harm to the person nor to "
            "property (or data) for private use: these regimes compensate only such damage "
            "(C. civ. art. 1245-1; Directive, art. 6); the ground remains the contract and, for the consumer, the legal "
            "conformity guarantee.")
        status, strength = Status.NOT_MET, Strength.ESTABLISHED
        cites = _with(cites, _damage_articles(choice.regime))
    else:
        text = T("Produits défectueux — ", "Defective products — ") + regime + T(
            ". L'acheteur est une personne physique : action ouverte pour l'atteinte à la personne "
            "ou à ses biens (et données, sous la directive) à usage privé.", ". The buyer is a "
            "natural person: action open for harm to the person or to property (and data, under "
            "the Directive) for private use.")
        if who.damage_covered:
            text += T(" Le dommage allégué est de cette nature ; restent à prouver le défaut (le "
                      "produit n'offre pas la sécurité légitimement attendue) et le lien de causalité.",
                      " The damage alleged is of that kind; the defect (the product does not provide "
                      "the safety legitimately expected) and causation remain to be proven.")
            cites = _with(cites, _damage_articles(choice.regime))
        ready = who.damage_covered and not choice.missing
        status = Status.MET if ready else Status.PARTIAL
        strength = Strength.ARGUABLE
    caveats = [_LOW_PLD] if choice.regime is not pl.Regime.CODE_CIVIL else []
    former = _numbering(ctx, choice)
    first, clauses = ("1386-1", "1386-15") if former else ("1245", "1245-14")
    counter = [T(f"un dommage matériel à d'autres biens professionnels peut relever des art. {first} s. "
                 f"(clauses limitatives alors valables entre professionnels, art. {clauses})",
                 f"physical damage to other professional property may fall under art. {first} ff. "
                 f"(limitation clauses then valid between professionals, art. {clauses})")] \
        if who.commercial_loss_only and choice.regime is pl.Regime.CODE_CIVIL else []
    if former:
        cites = tuple(FORMER.get(c, c) for c in cites)
        text = T(text.fr.replace("C. civ. art. 1245-1 ;", "C. civ. art. 1386-2 anc. ;"),
                 text.en.replace("C. civ. art. 1245-1;", "former C. civ. art. 1386-2;"))
    return ctx.make(
        conclusion=text, status=status, strength=strength, facts=uses(ctx, facts),
        missing=asks(ctx, choice.missing + who.missing), cites=cites, params=(choice.threshold,),
        caveats=caveats, counter=counter, uncertain=bool(caveats),
        data={"regime": str(choice.regime) if choice.regime else None,
              "covered": not who.excluded, "damage_covered": who.damage_covered})


def _damage_articles(regime: pl.Regime | None) -> tuple[str, ...]:
    """The articles that define the damage covered, for the regime (both when unknown)."""
    if regime is pl.Regime.CODE_CIVIL:
        return ("fr.civil.1245-1",)
    if regime is pl.Regime.PLD_2024:
        return ("eu.pld.art6",)
    return ("fr.civil.1245-1", "eu.pld.art6")


def _with(cites: tuple[str, ...], extra: tuple[str, ...]) -> tuple[str, ...]:
    return (*cites, *(c for c in extra if c not in cites))
