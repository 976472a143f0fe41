"""Qualifying the contract, and the obligation of means or of result."""

from __future__ import annotations

from recours.dossier import ContractKind, ObligationLevel
from recours.i18n import T
from recours.law.context import Conditions, Context
from recours.law.engine import Area, Finding, Status, Strength, rule
from recours.law.fr.code_civil.kinds import KIND_EN, KIND_FR, WORKS_KINDS, sale_remedies

C = "fr.civil."


@rule("fr.civil.qualification", title=T("Qualification du contrat", "Qualifying the contract"),
      area=Area.QUALIFICATION,
      cites=(C + "1603", C + "1709", C + "1719", C + "1721", C + "1787", C + "1217"), order=1)
def qualification(ctx: Context) -> Finding:
    """Sale, licence, SaaS, works: what each qualification opens or closes."""
    kind = ctx.dossier.contract.kind
    fact = ctx.fact("contract.kind", str(kind), KIND_FR[kind], KIND_EN[kind])
    opens = sale_remedies(kind)
    if kind is ContractKind.SALE:
        return ctx.make(
            conclusion=T("Vente : le vendeur doit délivrer et garantir la chose (art. 1603) ; "
                         "ouvre la délivrance conforme (art. 1603–1611) et la garantie des vices "
                         "cachés (art. 1641 s.).",
                         "Sale: the seller must deliver and warrant the thing (art. 1603); opens "
                         "conforming delivery (art. 1603–1611) and the hidden-defects warranty "
                         "(art. 1641 ff.)."),
            status=Status.INFO, strength=Strength.ESTABLISHED, facts=[fact],
            cites=(C + "1603",), data={"sale_remedies": opens})
    if kind is ContractKind.LICENCE:
        return ctx.make(
            conclusion=T("Licence : concession d'un droit d'usage, rapprochée du louage de choses "
                         "(art. 1709) — garantie du bailleur (art. 1719, 1721). L'application des "
                         "règles de la vente (délivrance conforme, vices cachés) est discutable ; "
                         "la responsabilité contractuelle (art. 1217) reste ouverte.",
                         "Licence: grant of a right of use, close to the lease of things (art. "
                         "1709) — the lessor's warranty (art. 1719, 1721). Applying the sale rules "
                         "(conforming delivery, hidden defects) is arguable; contractual liability "
                         "(art. 1217) remains open."),
            status=Status.INFO, strength=Strength.ARGUABLE, facts=[fact],
            cites=(C + "1709", C + "1719", C + "1721", C + "1217"),
            counter=[T("Le fournisseur soutiendra que la licence n'est pas une vente : pas de "
                       "garantie des vices cachés.", "The vendor will argue a licence is not a "
                       "sale: no hidden-defects warranty.")], data={"sale_remedies": opens})
    if kind is ContractKind.SAAS:
        return ctx.make(
            conclusion=T("Abonnement SaaS : mise à disposition d'un service (louage, art. 1709, ou "
                         "prestation de services) — pas de garantie des vices cachés de la vente ; "
                         "fondement : responsabilité contractuelle (art. 1217).",
                         "SaaS subscription: provision of a service (lease, art. 1709, or "
                         "services) — no sale hidden-defects warranty; ground: contractual "
                         "liability (art. 1217)."),
            status=Status.INFO, strength=Strength.ARGUABLE, facts=[fact],
            cites=(C + "1709", C + "1217"), data={"sale_remedies": opens})
    if kind in WORKS_KINDS:
        return ctx.make(
            conclusion=T(f"{KIND_FR[kind].capitalize()} : contrat d'entreprise (art. 1787) — "
                         "responsabilité contractuelle (art. 1217) ; la garantie des vices cachés "
                         "de la vente ne s'applique pas.",
                         f"{KIND_EN[kind].capitalize()}: contract for works (art. 1787) — "
                         "contractual liability (art. 1217); the sale hidden-defects warranty "
                         "does not apply."),
            status=Status.INFO, strength=Strength.ESTABLISHED, facts=[fact],
            cites=(C + "1787", C + "1217"), data={"sale_remedies": opens})
    return ctx.make(
        conclusion=T("Contrats mixtes : chaque prestation suit sa qualification (vente : art. "
                     "1603 ; entreprise : art. 1787) ; la responsabilité contractuelle (art. 1217) "
                     "couvre l'ensemble.",
                     "Mixed contracts: each performance follows its own qualification (sale: art. "
                     "1603; works: art. 1787); contractual liability (art. 1217) covers all."),
        status=Status.INFO, strength=Strength.ARGUABLE, facts=[fact],
        cites=(C + "1603", C + "1787", C + "1217"), data={"sale_remedies": opens})


@rule("fr.civil.1231-1.obligation_level",
      title=T("Obligation de moyens ou de résultat", "Obligation of means or of result"),
      area=Area.QUALIFICATION, cites=(C + "1231-1", C + "1353", C + "1194", C + "1103"), order=2)
def obligation_level(ctx: Context) -> Finding:
    """As the contract words it, or as usually held for measurable commitments."""
    level = ctx.dossier.contract.obligation_level
    fact = ctx.fact("contract.obligation_level", str(level), "niveau d'obligation stipulé",
                    "obligation level stated")
    if level is ObligationLevel.RESULT:
        return ctx.make(
            conclusion=T("Obligation de résultat : l'inexécution suffit ; le fournisseur ne "
                         "s'exonère qu'en prouvant la force majeure (art. 1231-1).",
                         "Obligation of result: non-performance suffices; the vendor escapes only "
                         "by proving force majeure (art. 1231-1)."),
            status=Status.INFO, strength=Strength.ESTABLISHED, facts=[fact],
            cites=(C + "1103", C + "1231-1"), data={"level": "result"})
    if level is ObligationLevel.MEANS:
        return ctx.make(
            conclusion=T("Obligation de moyens : le client doit prouver une faute du fournisseur "
                         "(art. 1353) ; les engagements chiffrés restent des éléments de preuve.",
                         "Obligation of means: the client must prove a fault of the vendor (art. "
                         "1353); measurable commitments remain evidence."),
            status=Status.INFO, strength=Strength.ESTABLISHED, facts=[fact],
            cites=(C + "1103", C + "1353"), data={"level": "means"})
    commitments = ctx.dossier.commitments
    if commitments:
        return ctx.make(
            conclusion=T(f"Niveau non stipulé, mais {len(commitments)} engagement(s) chiffré(s) : "
                         "on peut soutenir une obligation de résultat sur ces seuils (art. 1103, "
                         "1194).",
                         f"Level not stated, but {len(commitments)} measurable commitment(s): an "
                         "obligation of result on these thresholds is arguable (art. 1103, 1194)."),
            status=Status.INFO, strength=Strength.ARGUABLE,
            facts=[fact, ctx.fact("commitments", [c.id for c in commitments],
                                  "engagements mesurables", "measurable commitments")],
            cites=(C + "1103", C + "1194", C + "1231-1"),
            counter=[T("Le fournisseur soutiendra qu'un système d'IA ne peut garantir qu'une "
                       "obligation de moyens (aléa statistique).",
                       "The vendor will argue an AI system can only carry an obligation of means "
                       "(statistical uncertainty).")], data={"level": "result_arguable"})
    cond = Conditions(fact)
    cond.ask("contract.obligation_level",
             "Le contrat qualifie-t-il l'obligation (moyens ou résultat) ?",
             "Does the contract qualify the obligation (means or result)?")
    return ctx.make(
        conclusion=T("Niveau d'obligation non stipulé et aucun engagement chiffré : obligation "
                     "de moyens probable ; le client devra prouver une faute (art. 1353).",
                     "Obligation level not stated and no measurable commitment: probably an "
                     "obligation of means; the client must prove a fault (art. 1353)."),
        status=Status.INFO, strength=Strength.WEAK, facts=cond.facts, missing=cond.missing,
        cites=(C + "1353", C + "1194"), data={"level": "means_probable"})


@rule("fr.civil.1186", title=T("Contrats interdépendants", "Interdependent contracts"),
      area=Area.QUALIFICATION, cites=(C + "1186", C + "1187", C + "1189"), reformed=True, order=3)
def interdependent(ctx: Context) -> Finding | None:
    """Contracts of one operation are read together; one falling makes the others lapse."""
    related = ctx.dossier.contract.related_contracts
    if not related:
        return None
    cond = Conditions(ctx.fact("contract.related_contracts", [r.title for r in related],
                               "contrats liés", "related contracts"))
    for i, rel in enumerate(related):
        cond.check(f"contract.related_contracts[{i}].interdependent", rel.interdependent,
                   (f"« {rel.title} » concourt à la même opération",
                    f"'{rel.title}' serves the same operation"),
                   (f"« {rel.title} » est-il nécessaire à la même opération ?",
                    f"Is '{rel.title}' necessary to the same operation?"))
    linked = [r.title for r in related if r.interdependent]
    if not linked:
        return ctx.make(conclusion=T("Contrats liés mais non interdépendants (selon le dossier).",
                                     "Related but not interdependent contracts (per the dossier)."),
                        status=cond.status, strength=Strength.WEAK, facts=cond.facts,
                        missing=cond.missing, cites=(C + "1189",))
    return ctx.make(
        conclusion=T(f"Opération d'ensemble ({', '.join(linked)}) : les contrats s'interprètent "
                     "en fonction de l'opération (art. 1189 al. 2) ; la disparition de l'un rend "
                     "caducs ceux dont l'exécution devient impossible (art. 1186 al. 2, 1187), si "
                     "le cocontractant connaissait l'opération (al. 3).",
                     f"Single operation ({', '.join(linked)}): the contracts are read in the light "
                     "of the operation (art. 1189 al. 2); if one disappears, those whose "
                     "performance becomes impossible lapse (art. 1186 al. 2, 1187), if the other "
                     "party knew of the operation (al. 3)."),
        status=Status.MET, strength=Strength.ARGUABLE, facts=cond.facts, missing=cond.missing,
        counter=[T("Le cocontractant soutiendra qu'il ignorait l'opération d'ensemble (art. 1186 "
                   "al. 3).", "The other party will argue it did not know of the whole operation "
                   "(art. 1186 al. 3).")])
