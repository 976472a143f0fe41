"""The vendor's own termination of the contract (events have a sender).

A termination sent by the vendor is judged like the client's: it needs a formal notice that
remained unanswered (art. 1225 al. 2 for a termination clause, art. 1226 for termination by
notice; under the former law the clause, art. 1134 anc., or the court, art. 1184 anc.). When
the vendor terminates for unpaid sums after such a notice, the client's refusal to pay was
lawful only if the vendor's own non-performance was serious enough and proven (art. 1219:
exception d'inexécution); otherwise the client is the party in breach.
"""

from __future__ import annotations

from recours.dossier import Event, EventType
from recours.i18n import T
from recours.law import dates
from recours.law.context import Context
from recours.law.engine import Area, FactUse, Finding, Status, Strength, rule
from recours.law.fr.code_civil import non_performance
from recours.law.fr.code_civil.remedies import breach_proven

C = "fr.civil."
A = "fr.civil_anc."
NOTICES = (EventType.FORMAL_NOTICE_RECEIVED, EventType.FORMAL_NOTICE_SENT)


def vendor_termination(ctx: Context) -> Event | None:
    """The last termination the vendor sent, if any."""
    vendor = ctx.vendor
    if vendor is None:
        return None
    sent = [e for e in ctx.events(EventType.TERMINATION) if e.by == vendor.id]
    return sent[-1] if sent else None


def _vendor_notice(ctx: Context, before: Event) -> Event | None:
    vendor = ctx.vendor
    found = [e for e in ctx.events(*NOTICES)
             if vendor is not None and e.by == vendor.id and e.date <= before.date]
    return found[-1] if found else None


@rule("fr.civil.1224.vendor_termination",
      title=T("Résiliation par le fournisseur", "Termination by the vendor"),
      area=Area.REMEDY, cites=(C + "1224", C + "1225", C + "1226", C + "1219",
                               A + "1134", A + "1184"), order=70)
def vendor_terminated(ctx: Context) -> Finding | None:
    """Irregular without a prior formal notice; justified for unpaid sums after one, unless
    the vendor's own serious non-performance is proven (the client's withholding then)."""
    term = vendor_termination(ctx)
    if term is None:
        return None
    facts = [ctx.fact("timeline[termination]", term.date, "résiliation envoyée par le "
                      "fournisseur", "termination sent by the vendor")]
    notice = _vendor_notice(ctx, term)
    if notice is None and not ctx.facts.urgency:
        if ctx.former_law and not ctx.facts.termination_clause:
            return None  # unilateral, at the vendor's own risk: the court weighs the breach
        return _irregular(ctx, term, facts)
    unpaid = [p for p in ctx.unpaid() if p.due_on <= term.date]
    if notice is None or not unpaid:
        return None  # urgency, or a termination for another breach: not judged here
    facts.append(ctx.fact("timeline[formal_notice_received]", notice.date, "mise en demeure "
                          "de payer restée sans effet", "unanswered formal notice to pay"))
    facts.append(ctx.fact("contract.payment_schedule", [str(p.due_on) for p in unpaid],
                          "échéances impayées à la date de la résiliation",
                          "instalments unpaid at the date of termination"))
    excuse = _vendor_breach(ctx)
    basis_fr = "exception d'inexécution, jurisprudence" if ctx.former_law else "art. 1219"
    basis_en = "withholding performance, case law" if ctx.former_law else "art. 1219"
    if excuse is not None:
        return ctx.make(
            conclusion=T("Résiliation par le fournisseur pour impayés : le client peut opposer "
                         f"l'inexécution du fournisseur, établie ({basis_fr}) — la résiliation "
                         "est discutable.", "Termination by the vendor for unpaid sums: the "
                         "client may set up the vendor's established non-performance "
                         f"({basis_en}) — the termination is open to dispute."),
            status=Status.PARTIAL, strength=Strength.ARGUABLE, facts=[*facts, excuse],
            cites=_cites(ctx), data={"justified": None, "reason": "unpaid"})
    return ctx.make(
        conclusion=T(f"Résiliation par le fournisseur le {dates.fr(term.date)} pour impayés, "
                     f"après la mise en demeure du {dates.fr(notice.date)} restée sans effet : "
                     "justifiée en principe ; le client ne pouvait suspendre ses paiements "
                     "qu'en raison d'une inexécution suffisamment grave et prouvée du "
                     f"fournisseur ({basis_fr}), qui n'est pas établie au dossier.",
                     f"Termination by the vendor on {dates.en(term.date)} for unpaid sums, "
                     f"after the unanswered formal notice of {dates.en(notice.date)}: justified "
                     "in principle; the client could withhold payment only for a serious and "
                     f"proven non-performance by the vendor ({basis_en}), not established in the "
                     "dossier."),
        status=Status.MET, strength=Strength.ARGUABLE, facts=facts, cites=_cites(ctx),
        missing=[ctx.ask("non_conformity", "Le client prouve-t-il une inexécution suffisamment "
                         "grave du fournisseur qui justifiait de suspendre ses paiements ?",
                         "Does the client prove a serious non-performance by the vendor that "
                         "justified withholding payment?")],
        counter=[T("Le client soutiendra que ses paiements étaient subordonnés à l'avancement "
                   "du projet ou que l'inexécution du fournisseur était manifeste (art. 1220).",
                   "The client will argue its payments depended on the project's progress or "
                   "that the vendor's non-performance was manifest (art. 1220).")],
        data={"justified": True, "reason": "unpaid"})


def _irregular(ctx: Context, term: Event, facts: list[FactUse]) -> Finding:
    return ctx.make(
        conclusion=T(f"Résiliation par le fournisseur le {dates.fr(term.date)} sans mise en "
                     "demeure préalable : irrégulière — la résolution, même en vertu d'une "
                     "clause, suppose une mise en demeure restée infructueuse, sauf urgence "
                     "(art. 1225 al. 2, 1226).", f"Termination by the vendor on "
                     f"{dates.en(term.date)} without prior formal notice: irregular — "
                     "termination, even under a clause, requires an unsuccessful formal "
                     "notice, save urgency (art. 1225 al. 2, 1226).")
        if not ctx.former_law else
        T(f"Résiliation par le fournisseur le {dates.fr(term.date)}, en vertu de la clause "
          "résolutoire, sans mise en demeure préalable : la clause ne joue qu'après une mise en "
          "demeure restée sans effet (art. 1134 anc. ; à défaut, résolution judiciaire, art. "
          "1184 anc.) — irrégulière.", f"Termination by the vendor on {dates.en(term.date)} "
          "under the termination clause, without prior formal notice: the clause operates only "
          "after an unanswered formal notice (former art. 1134; otherwise judicial "
          "termination, former art. 1184) — irregular."),
        status=Status.NOT_MET, strength=Strength.ARGUABLE, facts=facts, cites=_cites(ctx),
        pinpoints={C + "1225": "al. 2"} if not ctx.former_law else None,
        missing=[ctx.ask("timeline[formal_notice_received]", "Le fournisseur a-t-il mis le "
                         "client en demeure avant de résilier ?", "Did the vendor give the "
                         "client formal notice before terminating?")],
        data={"justified": False, "reason": "no_notice"})


def _vendor_breach(ctx: Context) -> FactUse | None:
    """The vendor's own non-performance, proven or read from the dossier as a positive fact."""
    if breach_proven(ctx):
        return ctx.fact("findings", "breach_proven", "inexécution du fournisseur établie",
                        "vendor's non-performance established")
    return non_performance.not_delivered(ctx)


def _cites(ctx: Context) -> tuple[str, ...]:
    if ctx.former_law:
        return (A + "1134", A + "1184")
    return (C + "1224", C + "1225", C + "1226", C + "1219")
