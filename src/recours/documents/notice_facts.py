"""The grievances a formal notice pleads, and the proof it offers for each.

A statistical run is one proof among others: a breach it establishes on a commitment cited
with its clause; an exhibit (pièce) — expert report, constat, incident tickets, letters — that
supports the non-conformity (``supports: [non_conformity]``), a commitment
(``commitments.<id>``) or the incidents of the timeline (``timeline.incident``). The notice
pleads every documented grievance with its pièce, and nothing the dossier cannot offer in proof.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from recours.documents import sections
from recours.documents.context import Context
from recours.documents.typography import inner_quotes
from recours.dossier import (
    Commitment,
    CommitmentResult,
    Event,
    EventType,
    Exhibit,
    ExhibitKind,
    ProofStatus,
    fact_key,
)
from recours.dossier.proof import KIND_PROOF

NON_CONFORMITY_KEYS = frozenset({"non_conformity", "facts.defect_description"})
_KIND_FR = {
    ExhibitKind.EXPERT_REPORT_JUDICIAL: ("rapport d'expertise judiciaire", "court expert's report"),
    ExhibitKind.EXPERT_REPORT_PRIVATE: ("rapport d'expertise", "expert report"),
    ExhibitKind.CONSTAT: ("procès-verbal de constat", "bailiff's report (constat)"),
    ExhibitKind.INCIDENT_LOG: ("journal d'incidents", "incident log"),
    ExhibitKind.CORRESPONDENCE: ("correspondance", "correspondence"),
    ExhibitKind.ACCEPTANCE_REPORT: ("procès-verbal de recette", "acceptance report"),
    ExhibitKind.MINUTES: ("compte rendu", "minutes"),
    ExhibitKind.EVIDENCE_BUNDLE: ("dossier de preuve scellé", "sealed evidence bundle"),
    ExhibitKind.OTHER: ("pièce", "exhibit"),
}


def _commitment_ref(path: str) -> str | None:
    for prefix in ("commitments.", "commitments["):
        if path.startswith(prefix):
            return path[len(prefix):].rstrip("]")
    return None


@dataclass
class Grievances:
    """What the notice pleads: breaches measured by a run, pièces, documented incidents."""

    measured: list[tuple[Commitment, CommitmentResult]] = field(default_factory=list)
    pieces: list[Exhibit] = field(default_factory=list)
    by_piece: list[Commitment] = field(default_factory=list)  # commitments pièces show breached
    incidents: list[tuple[Event, list[str]]] = field(default_factory=list)

    @property
    def any(self) -> bool:
        return bool(self.measured or self.pieces)

    def commitments(self) -> list[Commitment]:
        """Every commitment pleaded as breached, once, in dossier order."""
        ids = {c.id for c, _ in self.measured} | {c.id for c in self.by_piece}
        return [c for c, _ in self.measured] + [c for c in self.by_piece
                                                if c.id not in {m.id for m, _ in self.measured}
                                                and c.id in ids]


def _proves_failure(x: Exhibit) -> bool:
    keys = {fact_key(s) for s in x.supports}
    return bool(keys & NON_CONFORMITY_KEYS) or any(_commitment_ref(s) for s in x.supports) \
        or "timeline.incident" in keys


def _proof_refused(ctx: Context) -> bool:
    """The analysis holds the non-conformity unproven (art. 1353) although pièces exist."""
    found = next((f for f in ctx.view.findings if f.rule == "fr.civil.1353"), None)
    return found is not None and found.status == "not_met"


def grievances(ctx: Context) -> Grievances:
    d = ctx.dossier
    g = Grievances(measured=[(c, r) for c, r in ctx.breaches() if c.source is not None])
    if _proof_refused(ctx):
        return g
    g.pieces = [x for x in d.exhibits if x.kind is not ExhibitKind.EVIDENCE_BUNDLE
                and _proves_failure(x)]
    named = {ref for x in g.pieces for s in x.supports if (ref := _commitment_ref(s))}
    g.by_piece = [c for c in d.commitments if c.id in named and c.source is not None]
    incident_pieces = [x.id for x in g.pieces if "timeline.incident" in
                       {fact_key(s) for s in x.supports}]
    for event in d.timeline:
        if event.type is EventType.INCIDENT and (incident_pieces or event.documents):
            g.incidents.append((event, incident_pieces))
    return g


def _established(x: Exhibit) -> bool:
    status, _ = KIND_PROOF.get(x.kind, (ProofStatus.DOCUMENTED, None))
    return status is ProofStatus.ESTABLISHED


def _lower_first(text: str) -> str:
    return text[0].lower() + text[1:] if text[:2].istitle() or (text[:1].isupper() and \
        not text[1:2].isupper()) else text


def piece_words(ctx: Context, x: Exhibit, enclosed: bool = False) -> str:
    """« pièce P1 : procès-verbal de constat de Me …, du 12 mai 2026 »; ``enclosed``: after
    « Pièces jointes : », without a second colon: « pièce P1 (procès-verbal …, du 12 mai 2026) »."""
    kind = _KIND_FR[x.kind][0 if ctx.lang == "fr" else 1]
    title = _lower_first(x.title) if ctx.lang == "fr" and x.title.lower().startswith(
        kind.split(" ")[0].lower()) else x.title if x.title.lower().startswith(
        kind.split(" ")[0].lower()) else f"{kind} — {x.title}"
    when = ctx.t(", du {d}", ", of {d}", d=ctx.date(x.date)) if x.date else ""
    if enclosed:
        return ctx.t("pièce {n} ({t}{w})", "exhibit {n} ({t}{w})", n=x.id, t=title, w=when)
    return ctx.t("pièce {n} : {t}{w}", "exhibit {n}: {t}{w}", n=x.id, t=title, w=when)


def write_measured(ctx: Context, g: Grievances) -> None:
    """The run's findings: date, seal, the table of the breaches it establishes (a letter to
    the adversary shows neither the commitments found met nor the inconclusive ones: those
    stay in the note and the report), one sentence per breach."""
    run, c = ctx.run, ctx.composer
    if run is None or not g.measured:
        return
    # only what the run holds: a root without a signature is not « signed » (issue 13 reading)
    means = [ctx.t("empreintes numériques", "digital fingerprints")]
    if run.signature:
        means.append(ctx.t("signature électronique", "electronic signature"))
    if run.timestamp:
        means.append(ctx.t("horodatage", "timestamp"))
    seal = ctx.t(
        " Ses données, ses résultats et sa méthode ont été scellés ({m}), de sorte que tout "
        "expert puisse les vérifier.",
        " Its data, results and method were sealed ({m}), so that any expert can verify them.",
        m=", ".join(means)) if run.merkle_root else ""
    c.numbered(ctx.t(
        "Une campagne de mesure reproductible a été conduite le {d}.{seal} Ses résultats sont les "
        "suivants :", "A reproducible measurement run was conducted on {d}.{seal} Its results are "
        "as follows:", d=ctx.date(run.run_at.date()), seal=seal))
    sections.evidence_table(ctx, g.measured, technical=False)
    for commitment, result in g.measured:
        c.numbered(sections.breach_sentence(ctx, commitment, result, technical=False))


def write_pieces(ctx: Context, g: Grievances) -> None:
    """The failures the pièces establish or document, each pièce named, then the incidents."""
    c, d = ctx.composer, ctx.dossier
    if not g.pieces:
        return
    established = any(_established(x) for x in g.pieces)
    lead = ctx.t("Les défaillances du système sont {v} par les pièces suivantes :",
                 "The system's failures are {v} by the following exhibits:",
                 v=ctx.t("établies", "established") if established
                 else ctx.t("documentées", "documented"))
    c.numbered(lead)
    c.items([(piece_words(ctx, x) + ("." if i == len(g.pieces) - 1 else ctx.t(" ;", ";")),)
             for i, x in enumerate(g.pieces)])
    if d.facts.defect_description:
        c.numbered(ctx.t("Il en ressort ce qui suit : {t}", "They show the following: {q}",
                         t=_lower_first(d.facts.defect_description.strip()),
                         q=ctx.source(d.facts.defect_description)))
    for commitment in g.by_piece:
        if commitment.id in {m.id for m, _ in g.measured}:
            continue
        c.numbered(ctx.t(
            "Vous avez ainsi manqué à votre engagement « {l} » ({w}) stipulé à la clause « {cl} ».",
            "You have thus failed in your commitment {q} ({w}) under the provision “{cl}”.",
            l=commitment.label or commitment.id, w=ctx.commitment_line(commitment),
            q=ctx.source(commitment.label) if commitment.label else f"“{commitment.id}”",
            cl=inner_quotes(commitment.source.clause) if commitment.source else ""))
    if g.incidents:
        ids = sorted({p for _, ps in g.incidents for p in ps})
        c.numbered(ctx.t("Les incidents suivants sont documentés{p} :",
                         "The following incidents are documented{p}:",
                         p=ctx.t(" (pièces {i})", " (exhibits {i})", i=ctx.words(ids))
                         if len(ids) > 1 else ctx.t(" (pièce {i})", " (exhibit {i})", i=ids[0])
                         if ids else ""))
        c.items([(ctx.t("le {d} : {t}", "on {d}: {t}", d=ctx.date(e.date),
                        t=_lower_first(e.description.strip().rstrip("."))) + ".",)
                 for e, _ in g.incidents])


def enclosures(ctx: Context, g: Grievances) -> list[str]:
    """What the letter encloses: the compliance report of the run, the pièces it relies on."""
    out = []
    run = ctx.run
    if run is not None and g.measured:
        out.append(ctx.t("rapport de conformité de la campagne de mesure du {d}",
                         "compliance report of the measurement run of {d}",
                         d=ctx.date(run.run_at.date())))
    out += [piece_words(ctx, x, enclosed=True) for x in g.pieces]
    return out


__all__ = ["Grievances", "enclosures", "grievances", "piece_words", "write_measured",
           "write_pieces"]
