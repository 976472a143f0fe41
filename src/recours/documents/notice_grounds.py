"""The grounds of a formal notice, phrased as advocacy addressed to the debtor.

The notice does not reason again: it picks the grounds the legal analysis found open to the
client (met or partial, established or arguable) and phrases each one as the client's claim, in
the second person, principal grounds first and alternative ones « à titre subsidiaire ». Nothing
internal reaches the adversary: no counter-argument, caveat, missing-fact question, nor the
engine's own third-person conclusion. A ground without a phrasing here is not pleaded (the note
d'analyse shows it); a hidden-defects ground is dropped once art. 1648's time limit has run.
"""

from __future__ import annotations

from dataclasses import dataclass

from recours.documents.context import Context
from recours.documents.legal_view import Finding, LegalView
from recours.documents.model import Run
from recours.documents.notice_parties import Voice
from recours.dossier import Party, PartyRole
from recours.i18n import T


@dataclass(frozen=True, slots=True)
class Plea:
    """How one ground is pleaded: its tier (0 principal, 1 subsidiary, 2 in any event), its
    heading and its claim, and the articles its footnote cites."""

    tier: int
    title: T
    claim: T
    cites: tuple[str, ...]
    single: T | None = None  # the claim when one breach only is pleaded


PLEAS: dict[str, Plea] = {
    "fr.civil.1231-1": Plea(
        0, T("Inexécution de vos obligations", "Non-performance of your obligations"),
        T("Les manquements exposés ci-dessus constituent autant d'inexécutions de vos "
          "obligations contractuelles, qui engagent votre responsabilité et ouvrent à "
          "{nc} l'ensemble des sanctions de l'inexécution",
          "The breaches set out above are so many failures to perform your contractual "
          "obligations; they engage your liability and open to our client every remedy for "
          "non-performance"),
        ("fr.civil.1217", "fr.civil.1231-1"),
        T("Le manquement exposé ci-dessus constitue une inexécution de vos obligations "
          "contractuelles, qui engage votre responsabilité et ouvre à {nc} l'ensemble des "
          "sanctions de l'inexécution",
          "The breach set out above is a failure to perform your contractual obligations; it "
          "engages your liability and opens to our client every remedy for non-performance")),
    "fr.civil.1603": Plea(
        0, T("Défaut de délivrance conforme", "Failure to deliver in conformity"),
        T("Le système que vous avez livré n'a pas les performances que le contrat lui assigne : "
          "vous avez manqué à votre obligation de délivrer un système conforme à ce qui a été "
          "convenu",
          "The system you delivered lacks the performance the contract requires: you have "
          "failed in your obligation to deliver a system in conformity with what was agreed"),
        ("fr.civil.1603", "fr.civil.1604")),
    "fr.civil.1610": Plea(
        0, T("Retard de délivrance", "Late delivery"),
        T("Un système d'une telle complexité n'est délivré que lorsqu'il fonctionne "
          "conformément au contrat ; faute de l'être, il n'a pas été délivré au terme convenu",
          "A system of such complexity is delivered only once it works as the contract "
          "requires; as it does not, it was not delivered when agreed"),
        ("fr.civil.1610", "fr.civil.1611")),
    "fr.civil.1641": Plea(
        1, T("Garantie des vices cachés", "Warranty against hidden defects"),
        T("Les défauts constatés, que {nc} ne pouvait déceler lors de la réception, rendent "
          "le système impropre à l'usage auquel {elle} le destinait : vous lui en devez la "
          "garantie",
          "The defects found, which our client could not detect at acceptance, make the system "
          "unfit for the use it was intended for: you owe our client the warranty against them"),
        ("fr.civil.1641", "fr.civil.1644")),
    "fr.civil.1194.duty_of_advice": Plea(
        2, T("Manquement à votre devoir de conseil", "Breach of your duty of advice"),
        T("En votre qualité de professionnel, il vous appartenait de conseiller {nc} et "
          "de {la} mettre en garde sur l'adéquation du système à l'usage qu'{elle} vous avait fait "
          "connaître ; vous y avez manqué",
          "As a professional, you were bound to advise our client and warn {la} about the "
          "fitness of the system for the use {elle} had made known to you; you failed to do so"),
        ("fr.civil.1194", "fr.civil.1231-1")),
    "fr.civil.1112-1": Plea(
        2, T("Manquement à votre devoir d'information", "Breach of your duty of information"),
        T("Vous n'avez pas informé {nc}, avant la conclusion du contrat, d'éléments "
          "déterminants de son consentement que vous connaissiez",
          "Before the contract was concluded, you did not inform our client of facts decisive "
          "for its consent that you knew"),
        ("fr.civil.1112-1",)),
    "eu.ai_act.contract": Plea(
        2, T("Conformité au règlement (UE) 2024/1689", "Compliance with Regulation (EU) 2024/1689"),
        T("Le contrat vous oblige en outre à fournir un système conforme au règlement (UE) "
          "2024/1689 sur l'intelligence artificielle, obligation que les défaillances constatées "
          "compromettent", "The contract further binds you to supply a system compliant with "
          "Regulation (EU) 2024/1689 on artificial intelligence, an obligation the failures "
          "found put at risk"),
        ("fr.civil.1103", "eu.ai_act.art16")),
}

PLEAS["fr.civil.1217"] = PLEAS["fr.civil.1231-1"]  # the ground as an earlier analysis named it
PLEAS["fr.civil_anc.1147"] = PLEAS["fr.civil.1231-1"]  # the same ground under the former law
PLEAS["fr.civil.1604"] = PLEAS["fr.civil.1603"]

#: The consumer's legal guarantee of conformity, by the regime the analysis applies.
CONSUMER = {
    "goods": Plea(
        0, T("Garantie légale de conformité", "Legal guarantee of conformity"),
        T("Le bien que vous avez vendu à {nc} n'est pas conforme au contrat : vous répondez "
          "envers {la_elle}, consommat{rice}, des défauts de conformité existant lors de la "
          "délivrance, et le défaut apparu dans le délai légal est présumé exister à cette date",
          "The goods you sold to our client do not conform to the contract: you are liable to "
          "our client, a consumer, for any lack of conformity existing at delivery, and a defect "
          "appearing within the statutory period is presumed to have existed at that date"),
        ("fr.consommation.L217-3", "fr.consommation.L217-7")),
    "digital": Plea(
        0, T("Garantie légale de conformité", "Legal guarantee of conformity"),
        T("Le contenu numérique que vous avez fourni à {nc} n'est pas conforme au contrat : "
          "vous répondez envers {la_elle}, consommat{rice}, de ce défaut de conformité, présumé "
          "exister dans le délai légal",
          "The digital content you supplied to our client does not conform to the contract: you "
          "are liable to our client, a consumer, for this lack of conformity, presumed within "
          "the statutory period"),
        ("fr.consommation.L224-25-12", "fr.consommation.L224-25-16")),
}
CONFIGURATION = Plea(
    0, T("Paramétrage du système", "Configuration of the system"),
    T("Le paramétrage du système vous incombait : il vous appartenait de le livrer paramétré "
      "conformément aux engagements du contrat, et les défaillances constatées engagent votre "
      "responsabilité", "The configuration of the system was your task: you were bound to "
      "deliver it configured in accordance with the contract's commitments, and the failures "
      "found engage your liability"),
    ("fr.civil.1231-1",))
#: Grounds only the seller answers for (a sale's delivery and warranty).
SELLER_ONLY = frozenset({"fr.civil.1603", "fr.civil.1604", "fr.civil.1610", "fr.civil.1641"})

LEAD = {
    1: T("À titre subsidiaire", "In the alternative"),
    2: T("En tout état de cause", "In any event"),
}


def _consumer(view: LegalView) -> tuple[Finding, Plea] | None:
    scope = next((f for f in view.findings if f.rule == "fr.consommation.scope"
                  and f.status == "met"), None)
    regime = str(scope.data.get("regime")) if scope is not None else ""
    return (scope, CONSUMER[regime]) if scope is not None and regime in CONSUMER else None


def pleaded(view: LegalView, role: PartyRole = PartyRole.VENDOR,
            configurer: bool = False) -> list[tuple[Finding, Plea]]:
    """The grounds the notice pleads, principal first: the consumer's legal guarantee, then the
    contract-law grounds. A hidden-defects ground whose art. 1648 time limit has run is left out
    (the warranty and its remedies are closed); a sale's grounds are pleaded against the seller
    only; the configuration ground against the party that configured the system."""
    expired = any(d.rule == "fr.civil.1648" and d.status == "expired" for d in view.deadlines)
    closed = {"fr.civil.1641"} if expired else set()
    if role is not PartyRole.VENDOR:
        closed |= SELLER_ONLY
    chosen: list[tuple[Finding, Plea]] = []
    consumer = _consumer(view)
    if consumer is not None and role is PartyRole.VENDOR:
        chosen.append(consumer)
    for f in view.grounds():
        key = f.rule or f.id
        plea = CONFIGURATION if key == "fr.civil.1231-1.configuration" and configurer \
            else PLEAS.get(key)
        if plea is None or key in closed or f.strength == "weak":
            continue
        if key == "eu.ai_act.contract" and f.status != "met":
            continue
        if all(plea is not p for _, p in chosen):
            chosen.append((f, plea))
    return sorted(chosen, key=lambda item: item[1].tier)


def _cites(ctx: Context, plea: Plea) -> list[str]:
    out: list[str] = []
    for ref in plea.cites:
        mapped = ctx.article(ref)
        if mapped is not None and mapped not in out:
            out.append(mapped)
    return out


def write_grounds(ctx: Context, voice: Voice, target: Party, *, single: bool = False) -> None:
    """The section « Fondements juridiques » of the notice (``single``: one breach pleaded,
    the claims in the singular)."""
    c = ctx.composer
    configurer = ctx.dossier.facts.configured_by == target.id
    chosen = pleaded(ctx.view, target.role, configurer)
    if not chosen:
        return
    c.heading(ctx.t("Fondements juridiques", "Legal grounds"), 2)
    has_principal = any(p.tier == 0 for _, p in chosen)
    feminine = voice.e == "e"
    params = {**voice.params(), "rice": "rice" if feminine else "eur", "la_elle": voice.she}
    seen: set[int] = set()
    for finding, plea in chosen:
        lead = ""
        if plea.tier in LEAD and plea.tier not in seen and (plea.tier == 2 or has_principal):
            lead = LEAD[plea.tier].render(ctx.lang) + ", "
        seen.add(plea.tier)
        words = plea.single if single and plea.single is not None else plea.claim
        claim = words.render(ctx.lang).format(**params)
        if lead:
            claim = lead + claim[0].lower() + claim[1:]
        cites = _cites(ctx, plea)
        c.numbered(Run(plea.title.render(ctx.lang) + ".", bold=True), " " + claim,
                   case_law(ctx, finding), *((ctx.cite(*cites),) if cites else ()), ".")


def case_law(ctx: Context, finding: Finding | None) -> str:
    """« (Cass. com., 22 octobre 1996, n° 93-18.632, Chronopost) »: the fully sourced decisions
    backing the client that the finding relies on; an adverse or doubtful one stays in the
    note."""
    backing = finding.backing() if finding is not None else ()
    if not backing:
        return ""
    return " (" + ctx.t(" ; ", "; ").join(
        f"{d.reference(ctx.lang)}, {d.name.split(' (')[0]}" for d in backing) + ")"

__all__ = ["PLEAS", "Plea", "case_law", "pleaded", "write_grounds"]
