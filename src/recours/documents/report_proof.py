"""What proof the compliance report can show: the dossier's pièces, and whether a run is sealed.

A court-appointed expert reads the report to know what exists. A campaign of measurement is
one proof among others; where there is none, the report lists the pièces (constat, expert
report, incident tickets, acceptance report, letters) and says that no sealed campaign exists;
where a run exists but was computed without a bundle, it says the run is not sealed and never
shows an empty Merkle root, signature or timestamp as if they existed.
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime

from recours.documents.compose import Part
from recours.documents.context import Context
from recours.documents.model import Run
from recours.documents.typography import count_words, format_datetime_utc
from recours.dossier import Commitment, EventType, EvidenceRun, Exhibit, ExhibitKind, fact_key

#: Each kind of pièce as the report names it: singular and plural, French and English.
KIND_WORDS: dict[ExhibitKind, tuple[tuple[str, str], tuple[str, str]]] = {
    ExhibitKind.EXPERT_REPORT_JUDICIAL: (
        ("rapport d'expertise judiciaire", "rapports d'expertise judiciaire"),
        ("court expert's report", "court expert's reports")),
    ExhibitKind.EXPERT_REPORT_PRIVATE: (
        ("rapport d'expertise amiable", "rapports d'expertise amiable"),
        ("private expert report", "private expert reports")),
    ExhibitKind.CONSTAT: (
        ("procès-verbal de constat de commissaire de justice",
         "procès-verbaux de constat de commissaire de justice"),
        ("bailiff's report (constat)", "bailiff's reports (constats)")),
    ExhibitKind.INCIDENT_LOG: (("journal d'incidents ou tickets", "journaux d'incidents ou tickets"),
                               ("incident log or tickets", "incident logs or tickets")),
    ExhibitKind.CORRESPONDENCE: (("correspondance", "correspondances"),
                                 ("item of correspondence", "items of correspondence")),
    ExhibitKind.ACCEPTANCE_REPORT: (("procès-verbal de recette", "procès-verbaux de recette"),
                                    ("acceptance report", "acceptance reports")),
    ExhibitKind.MINUTES: (("compte rendu de réunion", "comptes rendus de réunion"),
                          ("meeting minutes", "meeting minutes")),
    ExhibitKind.EVIDENCE_BUNDLE: (("paquet de preuves scellé", "paquets de preuves scellés"),
                                  ("sealed evidence bundle", "sealed evidence bundles")),
    ExhibitKind.OTHER: (("autre pièce", "autres pièces"), ("other exhibit", "other exhibits")),
}


#: The command that seals a run, set in italics (never hyphenated over two lines).
COMMAND = Run("recours evidence run", italic=True)


def kind_word(kind: ExhibitKind, lang: str) -> str:
    one, _ = KIND_WORDS[kind][0 if lang == "fr" else 1]
    return one


def sealed(run: EvidenceRun | None) -> bool:
    """A run is sealed when a bundle, a Merkle root or a signature was recorded for it."""
    return run is not None and bool(run.bundle or run.merkle_root or run.signature)


def pieces(ctx: Context) -> list[Exhibit]:
    return list(ctx.dossier.exhibits)


def has_proof(ctx: Context) -> bool:
    """Something the report can show: a run, or at least one pièce."""
    return ctx.run is not None or bool(ctx.dossier.exhibits)


def _supports(x: Exhibit, commitment_id: str) -> bool:
    return any(s in (f"commitments.{commitment_id}", f"commitments[{commitment_id}]")
               for s in x.supports)


def pieces_of(ctx: Context, c: Commitment) -> list[Exhibit]:
    return [x for x in ctx.dossier.exhibits if _supports(x, c.id)]


def inventory(ctx: Context) -> str:
    """« 3 pièces : 1 procès-verbal de recette, 1 procès-verbal de constat de commissaire de
    justice et 1 journal d'incidents ou tickets »."""
    xs = pieces(ctx)
    counts = Counter(x.kind for x in xs)
    lang = ctx.lang
    kinds = [count_words(n, *KIND_WORDS[k][0 if lang == "fr" else 1], lang)
             for k, n in counts.items()]
    total = count_words(len(xs), *ctx.t_pair(("pièce", "exhibit"), ("pièces", "exhibits")),
                        lang)
    return f"{total}{ctx.t(' : ', ': ')}{ctx.words(kinds)}"


def _describe(ctx: Context, x: Exhibit) -> str:
    if not x.author:
        return x.title
    names = {p.id: p.name for p in ctx.dossier.parties}
    return x.title + ctx.t(" (auteur : {a})", " (author: {a})", a=names.get(x.author, x.author))


def _file(ctx: Context, x: Exhibit) -> str:
    if not x.file:
        return ctx.t("pièce sans fichier au dossier", "no file in the dossier")
    declared = {ds.path: ds.sha256 for ds in ctx.dossier.datasets if ds.sha256}
    digest = x.sha256 or declared.get(x.file) or ctx.t("empreinte non déclarée",
                                                       "hash not declared")
    return f"{x.file}\nSHA-256{ctx.t(' : ', ': ')}{digest}"


def pieces_section(ctx: Context) -> None:
    """The pièces table: what each is, who made it and when, its file and hash, what it
    supports among the commitments."""
    xs = pieces(ctx)
    if not xs:
        return
    c = ctx.composer
    c.heading(ctx.t("Pièces du dossier", "Exhibits of the dossier"), 1)
    c.para(ctx.t("Le dossier réunit {inv}.", "The dossier holds {inv}.", inv=inventory(ctx)))
    ids = {cm.id for cm in ctx.dossier.commitments}
    rows = []
    for x in xs:
        about = [cid for cid in ids if _supports(x, cid)]
        rows.append([
            x.id,
            kind_word(x.kind, ctx.lang),
            _describe(ctx, x),
            ctx.date(x.date) if x.date else "—",
            ctx.words(sorted(about)) if about else "—",
            _file(ctx, x),
        ])
    c.table([ctx.t("Pièce", "Exhibit"), ctx.t("Nature", "Kind"),
             ctx.t("Description", "Description"), ctx.t("Date", "Date"),
             ctx.t("Engagements", "Commitments"),
             ctx.t("Fichier et empreinte", "File and hash")], rows)


def commitments_proof(ctx: Context) -> None:
    """Without a run: for each commitment, the pièces that bear on it (none measured it)."""
    c = ctx.composer
    c.heading(ctx.t("Preuve de l'exécution des engagements", "Proof of performance of the "
                    "commitments"), 1)
    c.para(ctx.t(
        "Aucun de ces engagements n'est mesuré ; leur exécution repose sur les pièces "
        "suivantes.",
        "None of these commitments is measured; their performance rests on the following "
        "exhibits."))
    items: list[tuple[Part, ...]] = []
    for cm in ctx.dossier.commitments:
        xs = pieces_of(ctx, cm)
        what = ctx.words([f"{x.id} ({kind_word(x.kind, ctx.lang)})" for x in xs]) if xs else \
            ctx.t("aucune pièce du dossier ne s'y rapporte",
                  "no exhibit of the dossier bears on it")
        items.append((Run(f"{cm.id}{ctx.t(' : ', ': ')}", bold=True),
                      ctx.t("{w} ; {p}.", "{w}; {p}.", w=ctx.commitment_line(cm), p=what)))
    if items:
        c.items(items)


def incidents_section(ctx: Context) -> None:
    """The incidents of the timeline (an outage, a failure observed), each with the pièces
    that document the incidents (``supports: [timeline.incident]``): proof without a run."""
    events = ctx.dossier.events(EventType.INCIDENT)
    if not events:
        return
    xs = [x for x in ctx.dossier.exhibits
          if any(fact_key(s) == "timeline.incident" for s in x.supports)]
    c = ctx.composer
    c.heading(ctx.t("Incidents documentés", "Documented incidents"), 1)
    proof = ctx.t("pièces : {p}", "exhibits: {p}", p=ctx.words([x.id for x in xs])) if xs \
        else ctx.t("aucune pièce ne les documente", "no exhibit documents them")
    if ctx.run is None:
        c.para(ctx.t("Le dossier relate les incidents suivants ({p}) ; le présent rapport n'en "
                     "mesure ni la durée ni l'étendue au-delà de ce que disent les pièces.",
                     "The dossier records the following incidents ({p}); this report "
                     "measures neither their duration nor their extent beyond what the "
                     "exhibits say.", p=proof))
    else:
        c.para(ctx.t("Le dossier relate les incidents suivants ({p}), indépendamment des "
                     "mesures de la campagne.",
                     "The dossier records the following incidents ({p}), independently of "
                     "the run's measurements.", p=proof))
    c.items([(Run(f"{ctx.date(e.date)}{ctx.t(' : ', ': ')}", bold=True), e.description)
             for e in events])


def unsealed_rows(ctx: Context, run: EvidenceRun) -> list[list[str]]:
    return [
        [ctx.t("Campagne", "Run"), run.id],
        [ctx.t("Date de la mesure", "Measured on"), format_datetime_utc(run.run_at, ctx.lang)],
        [ctx.t("Empreinte de la spécification (SHA-256)", "Specification hash (SHA-256)"),
         run.spec_sha256],
    ]


def sealed_rows(ctx: Context, run: EvidenceRun) -> list[list[str]]:
    """Only what was recorded: a missing signature or timestamp is said in words."""
    rows = unsealed_rows(ctx, run)
    if run.merkle_root:
        rows.append([ctx.t("Racine de Merkle du paquet", "Bundle Merkle root"), run.merkle_root])
    rows.append([ctx.t("Signature", "Signature"),
                 run.signature or ctx.t("paquet non signé", "bundle not signed")])
    rows.append([ctx.t("Horodatage RFC 3161", "RFC 3161 timestamp"),
                 _stamp(ctx, run.timestamp) if run.timestamp
                 else ctx.t("aucun horodatage", "no timestamp")])
    if run.bundle:
        rows.append([ctx.t("Paquet de preuves", "Evidence bundle"), run.bundle])
    return rows


def _stamp(ctx: Context, value: str) -> str:
    """An ISO timestamp as a date a reader reads (« 20 novembre 2026 à 09:31:12 UTC »);
    anything else (a token's reference) as recorded."""
    try:
        when = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return value
    if when.tzinfo is None:
        return value
    return format_datetime_utc(when.astimezone(UTC), ctx.lang)


def traceability(ctx: Context, run: EvidenceRun) -> None:
    """The fingerprint of a sealed run, or, for a run computed without a bundle, what
    identifies it and how an expert re-runs it."""
    c = ctx.composer
    if not sealed(run):
        c.heading(ctx.t("Traçabilité de la campagne", "Traceability of the run"), 1)
        how = ctx.t(
            "Elle s'identifie par l'empreinte de sa spécification et par celles des fichiers de "
            "données (ci-dessus) ; un expert la reproduit en relançant la mesure sur ces "
            "fichiers.",
            "It is identified by the hash of its specification and those of the data files "
            "(above); an expert reproduces it by running the measurement again on these "
            "files.") if ctx.dossier.datasets else ctx.t(
            "Elle s'identifie par l'empreinte de sa spécification ; le dossier ne déclarant pas "
            "ses fichiers de données, un expert ne pourra la reproduire qu'une fois ceux-ci "
            "produits.",
            "It is identified by the hash of its specification; as the dossier declares none "
            "of its data files, an expert can reproduce it only once they are produced.")
        c.para(ctx.t(
            "La campagne {id} n'est pas scellée : elle a été calculée sans paquet de preuves, "
            "sans signature ni horodatage. {how} Pour la sceller, lancer ",
            "Run {id} is not sealed: it was computed without an evidence bundle, signature or "
            "timestamp. {how} To seal it, run ", id=run.id, how=how), COMMAND,
            ctx.t(", qui écrit un paquet de preuves signé et vérifiable.",
                  ", which writes a signed, verifiable evidence bundle."))
        c.table([ctx.t("Élément", "Item"), ctx.t("Valeur", "Value")], unsealed_rows(ctx, run))
        return
    c.heading(ctx.t("Empreinte du paquet de preuves", "Evidence bundle fingerprint"), 1)
    seal = ctx.t(
        " Toute modification d'un fichier change la racine de Merkle ci-dessous{s}.",
        " Any change to a file changes the Merkle root below{s}.",
        s=ctx.t(" et invalide la signature", " and invalidates the signature")
        if run.signature else "") if run.merkle_root else ""
    c.para(ctx.t(
        "Le paquet de preuves scelle la spécification, les empreintes des données, les "
        "réponses brutes, les résultats, l'environnement et les graines aléatoires.{seal}",
        "The evidence bundle seals the specification, the data hashes, the raw responses, the "
        "results, the environment and the random seeds.{seal}", seal=seal))
    c.table([ctx.t("Élément", "Item"), ctx.t("Valeur", "Value")], sealed_rows(ctx, run))
    if run.bundle:
        c.para(ctx.t("Vérification : ", "Verification: "),
               Run(f"recours evidence verify {run.bundle}", italic=True))
    else:
        c.para(ctx.t(
            "Le dossier n'indique pas où se trouve le paquet de preuves : les valeurs "
            "ci-dessus ne pourront être vérifiées qu'une fois le paquet produit.",
            "The dossier does not say where the evidence bundle is: the values above can be "
            "verified only once the bundle is produced."))
