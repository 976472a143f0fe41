"""What every document builder shares: the dossier, the legal view, the language, citations."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from recours.documents import figures
from recours.documents.citations import Citations
from recours.documents.compose import Composer, Part
from recours.documents.former_law import IN_PLACE
from recours.documents.legal_view import REGIMES, LegalView
from recours.documents.model import NoteRef, Run
from recours.documents.typography import format_amount, format_date, inner_quotes, join_words
from recours.dossier import (
    Commitment,
    CommitmentResult,
    Dossier,
    EvidenceRun,
    Party,
    PriceBasis,
    Verdict,
)
from recours.i18n import Lang

#: Reformed articles and the former articles a pre-2016 contract cites in their place (None:
#: the former text is not in the article store).
#: The note's table of former articles (one source, documents/former_law.py), with the notice's
#: own readings: liability (1217) and the duty of advice (1194) pleaded under art. 1147 anc.;
#: no former text for the pre-contractual duty of information (1112-1).
FORMER_ARTICLES: dict[str, str | None] = {
    **IN_PLACE,
    "fr.civil.1217": "fr.civil_anc.1147",
    "fr.civil.1194": "fr.civil_anc.1147",
    "fr.civil.1112-1": None,
}
_CITY = re.compile(r"\b\d{5}\s+([^\n,]+)")
_RANK = {Verdict.BREACH: 0, Verdict.INCONCLUSIVE: 1, Verdict.CONFORMITY: 2}


def _severity(r: CommitmentResult) -> tuple[int, float]:
    p = r.p_adjusted if r.p_adjusted is not None else r.p_value
    tie = p if p is not None else 1.0
    return (_RANK[r.verdict], tie if r.verdict == Verdict.BREACH else -tie)


@dataclass
class Context:
    dossier: Dossier
    view: LegalView
    lang: Lang
    on: date
    citations: Citations
    links: bool = True  # footnotes give the official addresses (a letter leaves them out)
    addressee: Party | None = None  # the party a letter is sent to
    composer: Composer = field(init=False)

    def __post_init__(self) -> None:
        self.composer = Composer(self.lang)

    # law in time --------------------------------------------------------------------
    @property
    def former_law(self) -> bool:
        """The analysis applies the former Code civil (contract concluded before 1 October
        2016, ord. n° 2016-131 art. 9)."""
        for f in self.view.findings:
            if f.rule == "fr.ord_2016_131.art9":
                return f.data.get("regime") == "former"
        return self.view.regime == REGIMES["former"].render(self.lang)

    def article(self, ref: str) -> str | None:
        """The article to cite for ``ref`` under the regime the analysis applies: the former
        article for a contract concluded before the reform, or None when the former text is
        not stored (the sentence is then left without a footnote, never with an invented one)."""
        if not self.former_law:
            return ref
        return FORMER_ARTICLES.get(ref, ref)

    # words --------------------------------------------------------------------------
    def t(self, fr: str, en: str, **params: object) -> str:
        template = en if self.lang == "en" else fr
        return template.format(**params) if params else template

    def t_pair(self, one: tuple[str, str], many: tuple[str, str]) -> tuple[str, str]:
        """The singular and plural of a noun in the document's language."""
        i = 1 if self.lang == "en" else 0
        return one[i], many[i]

    def date(self, value: date) -> str:
        return format_date(value, self.lang)

    def money(self, amount: Decimal | float | int, currency: str = "EUR") -> str:
        return format_amount(amount, currency, self.lang)

    def source(self, text: str) -> str:
        """The dossier's own words (a summary, an event, a loss, a title): as written in a
        document in the dossier's language; in the other language quoted as such — « … » —
        never translated nor mixed into the sentence."""
        text = text.strip()
        if not text or self.lang == self.dossier.language:
            return text
        return f"«\u00a0{inner_quotes(text)}\u00a0»"

    def words(self, items: list[str]) -> str:
        return join_words(items, self.lang)

    def cite(self, *refs: str, links: bool | None = None) -> NoteRef:
        """One footnote citing one or more articles, each resolved to its stored text
        (``links=False``: without the official addresses, as in a letter)."""
        links = self.links if links is None else links
        parts: list[Part] = []
        url: str | None = None
        for i, pinpointed in enumerate(refs):
            ref, _, al = pinpointed.partition("@")  # « fr.civil.1229@3 »: its alinéa 3
            alinea = int(al) if al.isdigit() else 1
            article = self.citations.resolve(ref)
            if i:
                parts.append(" ; " if self.lang == "fr" else "; ")
            pinpoint = f"({alinea})" if article.numbered and al.isdigit() \
                else f" al.\u00a0{alinea}" if alinea > 1 else ""
            parts.append(Run(article.label + pinpoint, italic=False))
            limit = 600 if alinea > 1 and not article.numbered else 320  # 26(1)…(12): short
            if not article.text:
                if links:  # a letter to the adversary states no doubt of its own
                    parts.append(
                        self.t(
                            " (texte officiel non enregistré, à vérifier)",
                            " (official text not stored, to be checked)",
                        )
                    )
            elif self.lang == "fr" or article.language == "fr":  # French text: « … »
                parts.append(self.t(" : ", ": ") + "«\u00a0"
                             + article.excerpt(limit, alinea) + "\u00a0»")
            else:
                parts.append(": “" + article.excerpt(limit, alinea) + "”")
            if article.uncertain and article.text and links:
                parts.append(
                    self.t(
                        " (texte à vérifier : source incertaine)",
                        " (text to be checked: uncertain source)",
                    )
                )
            if links and len(refs) > 1 and article.url:
                parts.append(f" ({article.url})")
            url = url or article.url
        return self.composer.note(*parts, citation=refs[0].partition("@")[0],
                                  url=url if links and len(refs) == 1 else None)

    # dossier ------------------------------------------------------------------------
    @property
    def run(self) -> EvidenceRun | None:
        """The latest run made on or before the document's date, as the legal analysis
        counts it (a notice dated D does not report a measurement made after D)."""
        return max((r for r in self.dossier.evidence_runs if r.run_at.date() <= self.on),
                   key=lambda r: r.run_at, default=None)

    def overall_results(self) -> list[tuple[Commitment, CommitmentResult]]:
        """Each commitment with its headline result in the latest run, in dossier order.

        The whole-data result when there is one; for a commitment measured only per window
        or per group, the worst of them (a breach in any window is a breach, the clearest
        first; then inconclusive; then conformity, closest to the threshold first).
        """
        run = self.run
        if run is None:
            return []
        out = []
        for commitment in self.dossier.commitments:
            mine = [r for r in run.results if r.commitment_id == commitment.id]
            whole = [r for r in mine if r.window is None and r.group is None]
            pick = whole[0] if whole else min(mine, key=_severity, default=None)
            if pick is not None:
                out.append((commitment, pick))
        return out

    def parts_in_breach(self, commitment_id: str) -> list[CommitmentResult]:
        """The windows or groups of a commitment whose verdict is a breach."""
        run = self.run
        return [
            r
            for r in (run.results if run else [])
            if r.commitment_id == commitment_id
            and r.verdict == Verdict.BREACH
            and (r.window is not None or r.group is not None)
        ]

    def breaches(self) -> list[tuple[Commitment, CommitmentResult]]:
        return [(c, r) for c, r in self.overall_results() if r.verdict == Verdict.BREACH]

    def city(self, party: Party | None) -> str | None:
        address = (
            party.counsel.address if party and party.counsel and party.counsel.address else None
        )
        address = address or (party.address if party else None)
        match = _CITY.search(address or "")
        return match.group(1).strip() if match else None

    def party_identity(self, party: Party) -> str:
        """« Banque Horizon SA, société anonyme, SIREN 552 100 554, 18 rue …, 75002 Paris »."""
        bits = [party.name]
        if party.legal_form:
            bits.append(party.legal_form)
        if party.siren:
            s = party.siren
            bits.append(f"SIREN\u00a0{s[:3]}\u00a0{s[3:6]}\u00a0{s[6:]}")
        if party.address:
            bits.append(party.address.replace("\n", ", "))
        return ", ".join(bits)

    def representative(self, party: Party) -> str | None:
        rep = party.representative
        if rep is None:
            return None
        return f"{rep.name}, {rep.title}" if rep.title else rep.name

    def commitment_line(self, c: Commitment) -> str:
        return figures.commitment_words(c, self.lang)

    def price_words(self) -> str:
        """« 6 900,00 € HT par mois », « 1 290,00 € TTC », « 48 000,00 € HT par an »."""
        p = self.dossier.contract.price
        if p is None:
            return ""
        tax = self.t("\u00a0HT", " excl. VAT") if p.excluding_tax else self.t("\u00a0TTC",
                                                                              " incl. VAT")
        period = {
            PriceBasis.MONTHLY: self.t(" par mois", " per month"),
            PriceBasis.QUARTERLY: self.t(" par trimestre", " per quarter"),
            PriceBasis.ANNUAL: self.t(" par an", " per year"),
        }.get(p.basis, "")
        return self.money(p.amount.amount, p.amount.currency) + tax + period

    def contract_words(self) -> str:
        k = self.dossier.contract
        ref = self.t(" (réf. {r})", " (ref. {r})", r=k.reference) if k.reference else ""
        return self.t(
            "contrat « {title} »{ref} conclu le {d}",
            "contract {quoted}{ref} concluded on {d}",
            title=k.title, quoted=self.source(k.title) if self.dossier.language != "en"
            else f"“{k.title}”",
            ref=ref,
            d=self.date(k.concluded_on),
        )
