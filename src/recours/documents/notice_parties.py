"""Who writes the formal notice and to whom: letterhead, addressee, salutation, signature.

The addressee is named with its legal form and SIREN; its representative is addressed by the
title (« À l'attention du Président, Monsieur Jean Dupont », « Monsieur le Président »). A
natural person is never « la société »: the client is « notre cliente » or « notre client »,
read from the civility the dossier gives (« Mme », « M. »).
"""

from __future__ import annotations

from dataclasses import dataclass

from recours.documents.context import Context
from recours.documents.model import Run
from recours.dossier import Party, PartyKind, PartyRole
from recours.elision import de, definite

FEMININE_TITLES = frozenset({"présidente", "directrice", "gérante", "administratrice"})
MASCULINE_TITLES = frozenset({"président", "directeur", "gérant", "administrateur"})
_MADAME = ("mme ", "mme. ", "madame ", "mlle ")
_MONSIEUR = ("m. ", "monsieur ", "mr ")
#: The role a co-debtor plays, for « en qualité de … ».
ROLE_WORDS = {
    PartyRole.VENDOR: ("fournisseur du système", "supplier of the system"),
    PartyRole.INTEGRATOR: ("intégrateur du système", "integrator of the system"),
}


@dataclass(frozen=True, slots=True)
class Voice:
    """How the letter speaks of its client: « notre cliente », « elle », « la », « laquelle »."""

    noun: str
    she: str
    her: str
    which: str
    e: str  # the agreement of a past participle: « engagée » / « engagé »

    def params(self) -> dict[str, str]:
        return {"nc": self.noun, "elle": self.she, "la": self.her, "e": self.e}


def _feminine_person(party: Party) -> bool | None:
    name = party.name.strip().lower() + " "
    if name.startswith(_MADAME):
        return True
    if name.startswith(_MONSIEUR):
        return False
    return None


def voice(ctx: Context, client: Party) -> Voice:
    """« notre cliente » for a company or a woman, « notre client » for a man or a person whose
    civility the dossier does not give (English: « our client », « it »/« they »)."""
    if ctx.lang == "en":
        natural = client.kind is PartyKind.CONSUMER
        return Voice("our client", "they" if natural else "it", "them" if natural else "it",
                     "whom" if natural else "which", "")
    feminine = client.kind is not PartyKind.CONSUMER or _feminine_person(client) is True
    if feminine:
        return Voice("notre cliente", "elle", "la", "laquelle", "e")
    return Voice("notre client", "il", "le", "lequel", "")


def is_company(party: Party) -> bool:
    return party.kind is PartyKind.COMPANY


def co_debtors(ctx: Context) -> list[Party]:
    """The parties the client may put on notice: the vendor and the integrator."""
    d = ctx.dossier
    return [p for p in d.parties if p.role in (PartyRole.VENDOR, PartyRole.INTEGRATOR)]


def addressee(ctx: Context, party_id: str | None) -> Party | None:
    """The party the notice is sent to: ``party_id`` when given, else the vendor."""
    if party_id is None:
        return ctx.dossier.vendor
    return next((p for p in co_debtors(ctx) if p.id == party_id), None)


def letterhead(ctx: Context, client: Party) -> None:
    if client.counsel is not None:
        counsel = client.counsel
        lines = [counsel.firm or counsel.name, counsel.address or "", counsel.email or ""]
    else:
        lines = [client.name, client.address or ""]
    ctx.composer.para(Run(lines[0], bold=True), "\n" + "\n".join(x for x in lines[1:] if x),
                      role="letterhead", align="left")


def _title_gender(title: str) -> bool | None:
    first = title.split(" ")[0].split("-")[0].lower() if title else ""
    if first in FEMININE_TITLES:
        return True
    if first in MASCULINE_TITLES:
        return False
    return None


def attention(ctx: Context, party: Party) -> str | None:
    """« À l'attention du Président, Monsieur Jean Dupont », « À l'attention d'Odile Perrin,
    responsable juridique » when the title does not tell."""
    rep = party.representative
    if rep is None:
        return None
    if ctx.lang == "en":
        who = f"{rep.name}, {rep.title}" if rep.title else rep.name
        return f"For the attention of {who}"
    title = (rep.title or "").strip()
    feminine = _title_gender(title)
    if feminine is None:
        who = f"{rep.name}, {title}" if title else rep.name
        return f"À l'attention {de(who)}"
    civility = "Madame" if feminine else "Monsieur"
    person = f"{civility} {rep.name}".replace(" ", "\u00a0")  # a name never split over lines
    return f"À l'attention {de(definite(title, feminine))}, {person}"


def identity_line(ctx: Context, party: Party) -> str:
    """« société par actions simplifiée, SIREN 918 653 402 » (empty for a natural person)."""
    bits = []
    if party.legal_form:
        bits.append(party.legal_form)
    if party.siren:
        s = party.siren
        bits.append(f"SIREN\u00a0{s[:3]}\u00a0{s[3:6]}\u00a0{s[6:]}")
    return ", ".join(bits)


def recipient(ctx: Context, party: Party) -> None:
    """The addressee block: name, legal form, SIREN, attention line, address — one item a line
    (no line ending on a comma)."""
    siren = f"SIREN\u00a0{party.siren[:3]}\u00a0{party.siren[3:6]}\u00a0{party.siren[6:]}" \
        if party.siren else ""
    lines = [party.legal_form or "", siren, attention(ctx, party) or "", party.address or ""]
    ctx.composer.para(Run(party.name, bold=True), "\n" + "\n".join(x for x in lines if x),
                      role="recipient", align="left")


def salutation(ctx: Context, party: Party) -> str:
    """« Monsieur le Président », « Madame la Directrice générale », « Madame » / « Monsieur »
    for a natural person whose civility is given, or « Madame, Monsieur »."""
    rep = party.representative
    title = (rep.title or "").strip() if rep is not None else ""
    feminine = _title_gender(title)
    if ctx.lang == "en":
        if rep is None:
            return "Dear Sir or Madam"
        names = rep.name.split()
        surname = " ".join(names[1:]) if len(names) > 1 else rep.name
        return f"Dear Ms {surname}" if feminine else f"Dear Mr {surname}" \
            if feminine is False else f"Dear {rep.name}"
    if feminine is not None:
        civility = "Madame" if feminine else "Monsieur"
        return f"{civility} {definite(title[0].upper() + title[1:], feminine)}"
    if rep is None and party.kind is PartyKind.CONSUMER:
        person = _feminine_person(party)
        if person is not None:
            return "Madame" if person else "Monsieur"
    return "Madame, Monsieur"


def opening(ctx: Context, client: Party) -> None:
    rep = ctx.representative(client)
    company = is_company(client)
    who = ctx.party_identity(client) + (
        ctx.t(", représentée par {r}", ", represented by {r}", r=rep) if rep and company
        else ctx.t(", représenté par {r}", ", represented by {r}", r=rep) if rep else "")
    v = voice(ctx, client)
    if client.counsel is not None:
        named = ("la société " + who) if company else who
        ctx.composer.para(ctx.t(
            "Nous intervenons en qualité de conseil {de_who}, au nom et pour le compte {q} "
            "nous vous adressons la présente.",
            "We act as counsel for {who}, on whose behalf we send you this letter.",
            de_who=de(named), who=who, q="de laquelle" if v.which == "laquelle" else "duquel"))
    else:
        ctx.composer.para(ctx.t("{la}{who} vous adresse la présente.", "{who} sends you this letter.",
                                who=who, la="La société " if company else ""))


def signature(ctx: Context, client: Party, place_date: str) -> None:
    if client.counsel is not None:
        counsel = client.counsel
        capacity = (ctx.t("Avocat au barreau {b}", "Avocat, member of the {b} Bar",
                          b=de(counsel.bar) if ctx.lang == "fr" else counsel.bar)
                    if counsel.bar else ctx.t("Avocat", "Counsel"))
        ctx.composer.signature(place_date, ctx.t("Me {n}", "{n}", n=counsel.name), capacity,
                               counsel.firm)
        return
    rep = client.representative
    if rep is not None:
        ctx.composer.signature(place_date, rep.name, rep.title, client.name)
    else:  # a natural person signs in person
        ctx.composer.signature(place_date, client.name, None, None)


def party_words(ctx: Context, party: Party) -> str:
    """« la société Intégra Systèmes, intégrateur du système » (for copies to co-debtors)."""
    role = ROLE_WORDS.get(party.role)
    name = (ctx.t("la société {n}", "{n}", n=party.name) if is_company(party) else party.name)
    if role is None:
        return name
    return f"{name}, {role[0] if ctx.lang == 'fr' else role[1]}"


__all__ = ["Voice", "addressee", "attention", "co_debtors", "identity_line", "letterhead",
           "opening", "party_words", "recipient", "salutation", "signature", "voice"]
