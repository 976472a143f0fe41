"""Duty of information (art. 1112-1), dol (art. 1137), duty of advice vs duty to collaborate."""

from __future__ import annotations

from recours.i18n import T
from recours.law.context import Conditions, Context
from recours.law.engine import Area, Finding, Status, Strength, rule

C = "fr.civil."
ADVICE_CASE_LAW = T("Devoir de conseil et de mise en garde du professionnel de l'informatique : "
                    "construction jurisprudentielle (sur le fondement de la bonne foi et des "
                    "suites du contrat), décisions non documentées dans les sources vérifiées "
                    "du projet.",
                    "The IT professional's duty of advice and warning: a case-law construction "
                    "(on good faith and the implied terms of the contract), decisions not "
                    "documented in the project's verified sources.")
COLLABORATION = "cass.com.2019-06-05.17-26360"


@rule("fr.civil.1112-1", title=T("Devoir précontractuel d'information",
                                 "Pre-contractual duty of information"),
      area=Area.GROUND, cites=(C + "1112-1", C + "1130"), reformed=True, order=32)
def duty_of_information(ctx: Context) -> Finding | None:
    """Information decisive for consent, legitimately ignored by the client, not given."""
    withheld = ctx.facts.information_withheld
    if not withheld:
        return None
    cond = Conditions(ctx.fact("facts.information_withheld", withheld, "information non donnée",
                               "information not given"))
    cond.check("facts.client_legitimately_unaware", ctx.facts.client_legitimately_unaware,
               ("le client l'ignorait légitimement ou faisait confiance", "legitimately unaware"),
               ("Le client ignorait-il légitimement cette information (ou faisait-il confiance "
                "au fournisseur) ?", "Did the client legitimately ignore it (or trust the "
                "vendor)?"))
    return ctx.make(
        conclusion=T("Manquement au devoir d'information (art. 1112-1) : responsabilité du "
                     "fournisseur et, si le consentement en a été vicié, nullité (art. 1130 s.). "
                     "Ce devoir ne peut être ni limité ni exclu.",
                     "Breach of the duty of information (art. 1112-1): the vendor's liability and, "
                     "if consent was vitiated, nullity (art. 1130 ff.). The duty can be neither "
                     "limited nor excluded."),
        status=cond.status, strength=Strength.ARGUABLE if cond.status is Status.MET
        else Strength.WEAK, facts=cond.facts, missing=cond.missing,
        pinpoints={C + "1112-1": "al. 1, 4 et 5"},
        counter=[T("Charge de la preuve (art. 1112-1 al. 4) : au client de prouver que "
                   "l'information lui était due ; au fournisseur de prouver qu'il l'a fournie.",
                   "Burden (art. 1112-1 al. 4): the client proves the information was owed; the "
                   "vendor proves it gave it."),
                 T("Le devoir ne porte pas sur l'estimation de la valeur de la prestation (al. 2).",
                   "The duty does not cover the estimate of the value of the service (al. 2).")])


INTENT_NOTE = T("Intention de tromper déduite par le moteur : un professionnel qui connaissait "
                "l'usage prévu par le client, profane et dans l'ignorance légitime, savait le "
                "caractère déterminant de l'information qu'il a tue (art. 1137 al. 2 : "
                "« dont il sait le caractère déterminant ») — appréciation du moteur, le juge "
                "peut retenir une simple négligence.",
                "Intent to deceive inferred by the engine: a professional who knew the use a "
                "lay client, legitimately unaware, meant to make knew the decisive character of "
                "the information it kept silent (art. 1137 al. 2) — the engine's appraisal; a "
                "court may find mere negligence.")


def intent_inferred(ctx: Context) -> bool:
    """Intent to deceive, not stated, inferred from the professional's knowledge: an IT
    professional who knew the lay client's purpose kept silent on information the client
    legitimately ignored. An active lie (``vendor_misrepresented``) needs no such inference
    only when stated; intent itself is never presumed from a bare allegation."""
    f, client, vendor = ctx.facts, ctx.client, ctx.vendor
    return (f.withholding_intentional is None and bool(f.information_withheld
                                                       or f.vendor_misrepresented)
            and vendor is not None and vendor.it_professional is True
            and client is not None and client.it_professional is False
            and f.vendor_knew_client_purpose is True and f.client_legitimately_unaware is True)


LIE_NOTE = T("Intention de tromper déduite par le moteur : le fournisseur, professionnel, a "
             "affirmé sur lui-même ou sur ce qu'il vend un fait inexact qu'il ne pouvait "
             "ignorer ; un mensonge ne se commet pas par négligence — appréciation du moteur "
             "(le dol ne se présume pas : il se prouve, y compris par présomptions), que le "
             "fournisseur peut combattre en montrant une erreur de bonne foi.",
             "Intent to deceive inferred by the engine: the vendor, a professional, stated "
             "about itself or what it sells an untrue fact it could not ignore; a lie is not "
             "told by negligence — the engine's appraisal (fraud is not presumed: it is proven, "
             "presumptions included), which the vendor may rebut by showing a good-faith "
             "mistake.")


def lie_intent_inferred(ctx: Context) -> bool:
    """An active lie (``vendor_misrepresented``) by a professional vendor about itself or its
    own product: the untruth was within its own knowledge, so the intent is deduced — unless
    the user stated it was not intentional."""
    f, vendor = ctx.facts, ctx.vendor
    return (f.withholding_intentional is None and bool(f.vendor_misrepresented)
            and vendor is not None and vendor.it_professional is True)


def check_intent(ctx: Context, cond: Conditions) -> list[T]:
    """Record the intent condition (stated, or inferred); the notes to show."""
    if lie_intent_inferred(ctx):
        cond.add(ctx.fact("facts.vendor_misrepresented", ctx.facts.vendor_misrepresented,
                          "affirmation inexacte d'un professionnel sur lui-même ou son produit : "
                          "intention déduite", "untrue statement by a professional about itself "
                          "or its product: intent inferred"))
        return [LIE_NOTE]
    if intent_inferred(ctx):
        cond.add(ctx.fact("facts.vendor_knew_client_purpose", True, "professionnel averti de "
                          "l'usage prévu, client profane dans l'ignorance légitime : intention "
                          "déduite", "professional aware of the intended use, lay client "
                          "legitimately unaware: intent inferred"))
        return [INTENT_NOTE]
    cond.check("facts.withholding_intentional", ctx.facts.withholding_intentional,
               ("intention de tromper", "intent to deceive"),
               ("Le fournisseur a-t-il agi intentionnellement pour tromper le client ?",
                "Did the vendor act intentionally to deceive the client?"))
    return []


@rule("fr.civil.1137", title=T("Dol par réticence", "Fraud by concealment"), area=Area.GROUND,
      cites=(C + "1137", C + "1131", C + "1139", C + "1178"), reformed=True, order=33)
def dol(ctx: Context) -> Finding | None:
    """Intentional concealment of information known to be decisive: nullity, and damages."""
    f = ctx.facts
    if not f.information_withheld or (f.withholding_intentional is None
                                      and not intent_inferred(ctx)):
        return None
    cond = Conditions(ctx.fact("facts.information_withheld", ctx.facts.information_withheld,
                               "information dissimulée", "information concealed"))
    notes = check_intent(ctx, cond)
    return ctx.make(notes=notes,
        conclusion=T("Dol par dissimulation intentionnelle (art. 1137 al. 2) : nullité relative "
                     "(art. 1131), erreur toujours excusable (art. 1139), restitutions et "
                     "réparation (art. 1178).", "Fraud by intentional concealment (art. 1137 al. "
                     "2): relative nullity (art. 1131), error always excusable (art. 1139), "
                     "restitution and damages (art. 1178)."),
        status=cond.status, strength=Strength.ARGUABLE if cond.status is Status.MET
        else Strength.WEAK, facts=cond.facts, missing=cond.missing,
        pinpoints={C + "1137": "al. 2"}, data={"remedy": "nullity", "intent_inferred": bool(notes)},
        counter=[T("Preuve de l'intention difficile ; le fournisseur soutiendra une simple "
                   "négligence.", "Intent is hard to prove; the vendor will argue mere "
                   "negligence.")])


@rule("fr.civil.1194.duty_of_advice", title=T("Devoir de conseil et de mise en garde",
                                              "Duty of advice and warning"),
      area=Area.GROUND, cites=(C + "1194", C + "1104", C + "1231-1", C + "1353"), order=34)
def duty_of_advice(ctx: Context) -> Finding | None:
    """The IT professional must advise and warn a client of the limits of its system."""
    f = ctx.facts
    if f.vendor_warned_of_limits is None and f.vendor_knew_client_purpose is None:
        return None
    cond = Conditions()
    vendor = ctx.vendor
    if vendor is not None and vendor.it_professional is not None:
        cond.add(ctx.fact("parties[vendor].it_professional", vendor.it_professional,
                          "fournisseur professionnel de l'informatique", "IT professional"))
    if f.vendor_knew_client_purpose is None and f.client_needs_expressed is True:
        # Needs expressed to the vendor: it knew the use the client meant to make.
        cond.add(ctx.fact("facts.client_needs_expressed", True, "besoins exprimés au "
                          "fournisseur : il connaissait l'usage prévu", "needs expressed to the "
                          "vendor: it knew the intended use"))
    else:
        cond.check("facts.vendor_knew_client_purpose", f.vendor_knew_client_purpose,
                   ("le fournisseur connaissait l'usage prévu", "the vendor knew the intended "
                    "use"), ("Le fournisseur connaissait-il l'usage que le client voulait faire "
                             "du système ?", "Did the vendor know the client's intended use?"))
    burden = _burden_on_vendor(ctx, cond)
    if burden is None:
        cond.check("facts.vendor_warned_of_limits", f.vendor_warned_of_limits,
                   ("mise en garde du fournisseur sur les limites du système",
                    "vendor's warning on the system's limits"),
                   ("Le fournisseur a-t-il mis en garde sur les limites du système ?",
                    "Did the vendor warn of the system's limits?"), expected=False)
    client = ctx.client
    counter = [T("Le fournisseur opposera le devoir de collaboration du client (expression des "
                 "besoins, données, recette).", "The vendor will raise the client's duty to "
                 "collaborate (needs, data, acceptance).")]
    strength = Strength.ARGUABLE
    if client is not None and client.it_professional:
        counter.append(T("Client lui-même professionnel de l'informatique : devoir de conseil "
                         "atténué.", "Client itself an IT professional: lighter duty of advice."))
        strength = Strength.WEAK
    return ctx.make(
        conclusion=T("Manquement du professionnel à son devoir de conseil et de mise en garde sur "
                     "l'adéquation du système à l'usage du client (art. 1194, 1104) : "
                     "inexécution engageant sa responsabilité (art. 1231-1).",
                     "The professional failed its duty to advise and warn on the fitness of the "
                     "system for the client's use (art. 1194, 1104): non-performance engaging its "
                     "liability (art. 1231-1)."),
        status=cond.status, strength=strength if cond.status is not Status.NOT_MET
        else Strength.WEAK, facts=cond.facts or [ctx.fact("facts", "duty_of_advice",
                                                          "devoir de conseil", "duty of advice")],
        missing=cond.missing, counter=counter, caveats=[ADVICE_CASE_LAW, *burden_notes(burden)],
        uncertain=True)


def burden_notes(burden: T | None) -> list[T]:
    return [burden] if burden is not None else []


def _burden_on_vendor(ctx: Context, cond: Conditions) -> T | None:
    """Once the duty is shown to be owed — an IT professional who knew the client's use — it
    is for the professional, who claims it performed, to show it warned (art. 1353;
    the rule art. 1112-1 al. 4 writes for the duty of information). Unanswered, the warning
    is not shown: the condition holds, and the vendor may still prove it."""
    vendor, f = ctx.vendor, ctx.facts
    knew = f.vendor_knew_client_purpose is True or (f.vendor_knew_client_purpose is None
                                                    and f.client_needs_expressed is True)
    if f.vendor_warned_of_limits is not None or not knew or vendor is None \
            or vendor.it_professional is not True:
        return None
    note = T("Mise en garde non démontrée : le devoir étant dû (professionnel connaissant "
             "l'usage prévu), c'est au fournisseur, qui se prétend libéré, de prouver qu'il a "
             "mis en garde (art. 1353 : « celui qui se prétend libéré doit justifier… » ; règle écrite par l'art. 1112-1 al. 4 pour "
             "l'information) — appréciation du moteur, qu'une preuve du fournisseur renverse.",
             "Warning not shown: the duty being owed (a professional who knew the intended "
             "use), it is for the vendor, who claims it performed, to prove it warned (art. "
             "1353: 'whoever claims to be released must prove…'; the rule art. 1112-1 al. 4 writes for information) — the engine's "
             "appraisal, which the vendor's proof reverses.")
    cond.add(ctx.fact("facts.vendor_warned_of_limits", None, "mise en garde non démontrée par "
                      "le fournisseur (charge de la preuve)", "warning not shown by the vendor "
                      "(burden of proof)"))
    return note


def _vendor_had_to_ask(ctx: Context, failures: list[str]) -> bool:
    """A professional vendor who knew the use a client without IT competence meant to make
    had to inquire into its needs and data (duty to inform and advise): the client's silence
    on them does not carry the failure. Acceptance is the client's own act: not covered."""
    client, vendor = ctx.client, ctx.vendor
    return (client is not None and client.it_professional is False
            and vendor is not None and vendor.it_professional is True
            and ctx.facts.vendor_knew_client_purpose is True
            and ctx.facts.vendor_warned_of_limits is not True
            and "client_took_part_in_acceptance" not in failures)


@rule("fr.civil.1104.collaboration", title=T("Devoir de collaboration du client",
                                             "Client's duty to collaborate"),
      area=Area.GROUND, cites=(C + "1104", C + "1194"), order=35, case_law=(COLLABORATION,))
def collaboration(ctx: Context) -> Finding | None:
    """A client who did not express its needs, provide data or take part in acceptance."""
    f = ctx.facts
    values = (f.client_needs_expressed, f.client_provided_data, f.client_took_part_in_acceptance)
    if all(v is None for v in values):
        return None
    cond = Conditions()
    checks = (("facts.client_needs_expressed", f.client_needs_expressed,
               ("besoins exprimés par le client", "needs expressed by the client"),
               ("Le client a-t-il exprimé ses besoins ?", "Did the client express its needs?")),
              ("facts.client_provided_data", f.client_provided_data,
               ("données fournies par le client", "data provided by the client"),
               ("Le client a-t-il fourni les données attendues ?",
                "Did the client provide the expected data?")),
              ("facts.client_took_part_in_acceptance", f.client_took_part_in_acceptance,
               ("participation du client à la recette", "client took part in acceptance"),
               ("Le client a-t-il participé à la recette ?", "Did the client take part in "
                "acceptance?")))
    for path, value, label, question in checks:
        cond.check(path, value, label, question)
    failures = [p.split(".")[-1] for p in cond.failed]
    if failures and _vendor_had_to_ask(ctx, failures):
        return ctx.make(
            conclusion=T("Le client, profane, n'a pas fourni (" + ", ".join(failures) + ") ; "
                         "mais le fournisseur professionnel, qui connaissait l'usage prévu, devait "
                         "se renseigner sur ses besoins et son environnement : ce défaut ne "
                         "l'exonère pas (Cass. com., 11 juill. 2006).",
                         "The client, a layperson, did not provide (" + ", ".join(failures) + "); "
                         "but the professional vendor, who knew the intended use, had to inquire "
                         "into its needs and environment: this does not exonerate it (Cass. com., "
                         "11 July 2006)."),
            status=Status.NOT_MET, strength=Strength.ARGUABLE, facts=cond.facts,
            missing=cond.missing, decisions=(COLLABORATION,),
            counter=[T("Le fournisseur soutiendra que l'information ne pouvait venir que du "
                       "client (contenus, données propres).", "The vendor will argue the "
                       "information could only come from the client (its own content, data).")],
            data={"shared_liability": False, "failures": failures, "vendor_had_to_ask": True})
    if failures:
        return ctx.make(
            conclusion=T("Défaut de collaboration du client (" + ", ".join(failures) + ") : le "
                         "fournisseur demandera un partage de responsabilité ; les dommages et "
                         "intérêts peuvent être réduits (art. 1104, 1194).",
                         "The client failed to collaborate (" + ", ".join(failures) + "): the "
                         "vendor will seek shared liability; damages may be reduced (art. 1104, "
                         "1194)."),
            status=Status.MET, strength=Strength.ARGUABLE, facts=cond.facts,
            missing=cond.missing, decisions=(COLLABORATION,),
            data={"shared_liability": True, "failures": failures})
    return ctx.make(
        conclusion=T("Le client a collaboré (besoins, données, recette) : pas de partage de "
                     "responsabilité de ce chef." if cond.status is Status.MET else
                     "Collaboration du client partiellement documentée.",
                     "The client collaborated (needs, data, acceptance): no shared liability on "
                     "that account." if cond.status is Status.MET else
                     "The client's collaboration is partly documented."),
        status=Status.NOT_MET if cond.status is Status.MET else Status.PARTIAL,
        strength=Strength.ARGUABLE, facts=cond.facts, missing=cond.missing,
        decisions=(COLLABORATION,), data={"shared_liability": False})
