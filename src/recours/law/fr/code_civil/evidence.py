"""Burden and means of proof of the non-conformity (art. 1353, 1358)."""

from __future__ import annotations

import dataclasses
import datetime as dt

from recours.i18n import T
from recours.law import dates
from recours.law.context import Context
from recours.law.engine import Area, FactUse, Finding, Status, Strength, rule

C = "fr.civil."


@rule("fr.civil.1353", title=T("Preuve de la non-conformité", "Proof of the non-conformity"),
      area=Area.EVIDENCE, cites=(C + "1353", C + "1358"), order=10)
def burden_of_proof(ctx: Context) -> Finding:
    """An evidence run with a breach established proves the non-conformity; no run: missing."""
    state = ctx.evidence_state()
    if state == "breach" and not ctx.breaches():
        return _later_said(ctx, _proven_by_pieces(ctx))
    if state == "breach":
        facts = ctx.breach_facts()
        return ctx.make(
            conclusion=T(f"Non-conformité prouvée : {len(facts)} manquement(s) établi(s) par "
                         "mesure statistique scellée ; la charge de la preuve (art. 1353) est "
                         "satisfaite sur ces engagements, preuve libre (art. 1358).",
                         f"Non-conformity proven: {len(facts)} breach(es) established by a sealed "
                         "statistical measurement; the burden of proof (art. 1353) is met on these "
                         "commitments, proof by any means (art. 1358)."),
            status=Status.MET, strength=Strength.ESTABLISHED, facts=facts,
            counter=[T("Le fournisseur contestera la représentativité des données de test et le "
                       "protocole de mesure ; proposer une expertise contradictoire.",
                       "The vendor will contest the representativeness of the test data and the "
                       "protocol; offer an adversarial expert review.")],
            data={"breaches": [r.commitment_id for r in ctx.breaches()]})
    if state == "no_breach":
        results = ctx.commitment_results()
        facts = [ctx.fact(f"evidence_runs[].results[{r.commitment_id}]", str(r.verdict),
                          "résultat de mesure", "measurement result") for r in results]
        return ctx.make(
            conclusion=T("Mesures disponibles, mais aucun manquement établi (conformité ou "
                         "résultat non concluant) : la non-conformité n'est pas prouvée (art. "
                         "1353).", "Measurements available but no breach established (conformity "
                         "or inconclusive): the non-conformity is not proven (art. 1353)."),
            status=Status.NOT_MET, strength=Strength.WEAK, facts=facts,
            missing=[ctx.ask("evidence_runs", "Un échantillon plus grand (puissance) permettrait-il "
                             "de conclure ?", "Would a larger sample (power) allow a conclusion?")])
    base = [ctx.fact("commitments", [c.id for c in ctx.dossier.commitments],
                     "engagements à prouver", "commitments to prove")]
    if ctx.facts.defect_description:
        base.append(ctx.fact("facts.defect_description", ctx.facts.defect_description,
                             "défaut allégué", "alleged defect"))
    later = sorted(r.run_at.date() for r in ctx.dossier.evidence_runs if r.run_at.date() > ctx.on)
    if later:
        return _measured_later(ctx, base, later)
    return ctx.make(
        conclusion=T("Aucune mesure au dossier : la non-conformité est un fait encore à prouver "
                     "(art. 1353) — elle n'est pas pour autant écartée ; preuve par tout moyen "
                     "(art. 1358).", "No measurement in the dossier: the non-conformity is still a "
                     "fact to prove (art. 1353) — it is not ruled out; proof by any means (art. "
                     "1358)."),
        status=Status.PARTIAL, strength=Strength.WEAK, facts=base,
        missing=[ctx.ask("evidence_runs", "Lancer une mesure (recours evidence run) pour établir "
                         "le manquement aux engagements.", "Run a measurement (recours evidence "
                         "run) to establish the breach of the commitments.")])


def _measured_later(ctx: Context, base: list[FactUse], later: list[dt.date]) -> Finding:
    """The dossier holds measurements, all dated after the analysis date: they are not
    counted at that date, which is not the same as having none."""
    n = len(later)
    first_fr, first_en = dates.fr(later[0]), dates.en(later[0])
    base.append(ctx.fact("evidence_runs[].run_at", later[0].isoformat(),
                         "mesure postérieure à la date d'analyse",
                         "measurement after the analysis date"))
    if n == 1:
        what = T(f"Une mesure au dossier, datée du {first_fr}, après la date d'analyse "
                 f"({dates.fr(ctx.on)}) : elle n'entre pas en compte à cette date",
                 f"One measurement in the dossier, dated {first_en}, after the analysis date "
                 f"({dates.en(ctx.on)}): it is not counted at that date")
    else:
        what = T(f"{n} mesures au dossier, toutes datées après la date d'analyse "
                 f"({dates.fr(ctx.on)}), la première du {first_fr} : elles n'entrent pas en "
                 "compte à cette date",
                 f"{n} measurements in the dossier, all dated after the analysis date "
                 f"({dates.en(ctx.on)}), the first on {first_en}: they are not counted at that "
                 "date")
    return ctx.make(
        conclusion=what + T(" ; la non-conformité y reste un fait à prouver (art. 1353), preuve "
                            "par tout moyen (art. 1358).", "; the non-conformity is then still "
                            "a fact to prove (art. 1353), by any means (art. 1358)."),
        status=Status.PARTIAL, strength=Strength.WEAK, facts=base,
        missing=[ctx.ask("evidence_runs", f"Analyser à une date postérieure au {first_fr} pour "
                         "tenir compte de la mesure, ou mesurer avant la date d'analyse.",
                         f"Analyse at a date after {first_en} to count the measurement, or "
                         "measure before the analysis date.")],
        data={"runs_after_analysis_date": n})


def _later_said(ctx: Context, finding: Finding) -> Finding:
    """A finding that did not count the measurements dated after the analysis date says so
    (the dossier holds them: « aucune mesure » or silence would mislead)."""
    later = sorted(r.run_at.date() for r in ctx.dossier.evidence_runs if r.run_at.date() > ctx.on)
    if not later:
        return finding
    note = T(f" Mesure au dossier datée du {dates.fr(later[0])}, après la date d'analyse "
             f"({dates.fr(ctx.on)}) : elle n'entre pas en compte à cette date.",
             f" A measurement in the dossier is dated {dates.en(later[0])}, after the analysis "
             f"date ({dates.en(ctx.on)}): it is not counted at that date.")
    return dataclasses.replace(finding, conclusion=finding.conclusion + note)


def _proven_by_pieces(ctx: Context) -> Finding:
    """Non-conformity proven by pièces (expert report, constat, tickets…), not by a run."""
    facts = ctx.breach_facts()
    found = ctx.non_conformity_proof()
    established = found is not None and found[1].status == "established"
    return ctx.make(
        conclusion=T("Non-conformité " + ("établie" if established else "documentée") + " par "
                     "pièces (" + ", ".join(found[1].exhibits if found else ()) + ") : preuve "
                     "libre des faits (art. 1358), la charge de la preuve (art. 1353) est "
                     + ("satisfaite." if established else "en voie d'être satisfaite ; une "
                        "expertise ou une mesure la consoliderait."),
                     "Non-conformity " + ("established" if established else "documented")
                     + " by pièces (" + ", ".join(found[1].exhibits if found else ()) + "): "
                     "facts are proven by any means (art. 1358); the burden of proof (art. 1353) "
                     + ("is met." if established else "is on its way to being met; an expert "
                        "report or a measurement would consolidate it.")),
        status=Status.MET, strength=Strength.ESTABLISHED if established else Strength.ARGUABLE,
        facts=facts,
        counter=[T("Le fournisseur contestera la portée des pièces et imputera les "
                   "dysfonctionnements à l'utilisation ou aux données du client.",
                   "The vendor will contest the pièces and blame the client's use or data.")],
        data={"breaches": [], "proven_by": list(found[1].exhibits) if found else []})
