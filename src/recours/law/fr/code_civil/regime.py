"""Which contract law applies: transitional law of the 2016 reform (ord. n° 2016-131, art. 9)."""

from __future__ import annotations

from recours.i18n import T
from recours.law import dates
from recours.law.context import Context, dated_law
from recours.law.engine import REGISTRY, Area, Finding, Status, Strength, rule

ART9 = "fr.ord_2016_131.art9"
LOI2018 = "fr.loi_2018_287.art16"


@rule(ART9, title=T("Droit applicable dans le temps (réforme de 2016)",
                    "Law applicable in time (2016 reform)"),
      area=Area.REGIME, cites=(ART9, LOI2018), order=0)
def regime(ctx: Context) -> Finding:
    """Contracts concluded before 1 October 2016 stay under the former law."""
    fact = ctx.fact("contract.concluded_on", ctx.concluded_on, "date de conclusion du contrat",
                    "date the contract was concluded")
    caveat = T("L'alinéa 2 de l'article 9 a été complété par la loi n° 2018-287 ; sa rédaction "
               "actuelle n'est pas enregistrée (seule la rédaction de 2016 l'est).",
               "Alinéa 2 of article 9 was completed by loi n° 2018-287; its current wording is "
               "not stored (only the 2016 wording is).")
    if ctx.former_law:
        skipped = sorted(r.id for r in REGISTRY.values() if r.reformed)
        return ctx.make(
            conclusion=T(
                f"Contrat conclu le {dates.fr(ctx.concluded_on)}, avant le {dates.fr(ctx.reform_date)} : il demeure "
                "soumis à la loi ancienne (ord. n° 2016-131, art. 9 al. 2). Le moteur n'applique "
                "pas les articles issus de la réforme ; il raisonne sur les anciens articles "
                "enregistrés (1109, 1110, 1116, 1131, 1134, 1147, 1150, 1184 anc.) ; les "
                "fondements sans équivalent enregistré sont listés comme non traités.",
                f"Contract concluded on {dates.en(ctx.concluded_on)}, before {dates.en(ctx.reform_date)}: it stays "
                "governed by the former law (ord. n° 2016-131, art. 9 al. 2). The engine does "
                "not apply the articles of the reform; it reasons on the stored former "
                "articles (former 1109, 1110, 1116, 1131, 1134, 1147, 1150, 1184); grounds "
                "without a stored equivalent are listed as not handled."),
            status=Status.INFO, strength=Strength.ESTABLISHED, facts=[fact], cites=(ART9,),
            pinpoints={ART9: "al. 2"}, caveats=[caveat], data={"regime": "former",
                                                              "not_applied": skipped})
    caveats = [caveat]
    cites: tuple[str, ...] = (ART9,)
    if ctx.concluded_on < dated_law(ctx.params, "fr.loi_2018_287.contracts_from", ctx.on):
        cites = (ART9, LOI2018)
        caveats.append(T(
            "Contrat conclu avant le 1er octobre 2018 : les articles 1110, 1117, 1137, 1145, "
            "1161, 1171, 1223, 1327 et 1343-3 s'appliquent dans leur rédaction de 2016 "
            "(loi n° 2018-287, art. 16, I).",
            "Contract concluded before 1 October 2018: articles 1110, 1117, 1137, 1145, 1161, "
            "1171, 1223, 1327 and 1343-3 apply in their 2016 wording (loi n° 2018-287, art. 16, "
            "I)."))
    return ctx.make(
        conclusion=T(f"Contrat conclu le {dates.fr(ctx.concluded_on)}, à compter du "
                     f"{dates.fr(ctx.reform_date)} : "
                     "droit des contrats issu de l'ordonnance n° 2016-131.",
                     f"Contract concluded on {dates.en(ctx.concluded_on)}, on or after "
                     f"{dates.en(ctx.reform_date)}: "
                     "contract law of ordonnance n° 2016-131."),
        status=Status.INFO, strength=Strength.ESTABLISHED, facts=[fact], cites=cites,
        pinpoints={ART9: "al. 1"}, caveats=caveats, data={"regime": "reformed"})
