"""``recours evidence``: draft a conformity spec, run it, verify a sealed bundle, plan power."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from recours.cli.common import console, h, lang, long_lived, say, translate_errors
from recours.errors import BundleError, InputError
from recours.i18n import T
from recours.keyfiles import (
    check_private_file,
    check_secrets,
    relocate_legacy_key,
    signing_key_label,
)
from recours.settings import Settings

if TYPE_CHECKING:
    from cryptography import x509
    from rich.table import Table

    from recours.dossier import CommitmentResult
    from recours.evidence.bundle.verify import VerifyReport

# Heavy libraries (numpy, pyarrow, scipy, cryptography, matplotlib) are imported inside the
# commands that need them: ``recours … --help`` and the other commands stay fast.

app = typer.Typer(
    help=h("Preuve : mesurer les engagements, sceller et vérifier les preuves.",
           "Evidence: measure commitments, seal and verify the proof."),
    no_args_is_help=True,
)
STYLE = {"breach_established": "bold red", "conformity_established": "green",
         "inconclusive": "yellow"}


@app.command("init", help=h(
    "Rédige une spécification de conformité (YAML) à partir des engagements du dossier.",
    "Draft a conformity specification (YAML) from the dossier's commitments."))
@translate_errors
def init(
    dossier: Path = typer.Argument(..., help=h("Fichier YAML du dossier.", "Dossier YAML file.")),
    output: Path | None = typer.Option(None, "-o", "--output", help=h(
        "Fichier de spécification à écrire (défaut : sortie standard).",
        "Specification file to write (default: standard output).")),
    seed: int = typer.Option(20261126, "--seed", help=h("Graine aléatoire.", "Random seed.")),
) -> None:
    from recours.dossier import load_dossier
    from recours.evidence.spec import dump_spec, spec_from_dossier

    d = load_dossier(dossier)
    spec_dir = (output.parent if output else Path.cwd()).resolve()
    text = dump_spec(spec_from_dossier(d, dossier, spec_dir, seed))
    if output is None:
        typer.echo(text, nl=False)
        return
    if output.exists():
        raise InputError(T(f"le fichier existe déjà : {output}", f"file exists: {output}"),
                         fix=T("choisissez un autre nom ou supprimez-le", "choose another name"))
    output.write_text(text, encoding="utf-8")
    console.print(say(T(f"✔ spécification écrite : {output} ({len(d.commitments)} engagements)",
                        f"✔ specification written: {output} ({len(d.commitments)} commitments)")))


def _load_roots(path: Path | None) -> list[x509.Certificate] | None:
    if path is None:
        return None
    from cryptography import x509

    try:
        return x509.load_pem_x509_certificates(path.read_bytes())
    except (OSError, ValueError) as exc:
        raise InputError(T("certificat de l'autorité d'horodatage illisible",
                           "unreadable timestamp authority certificate"), where=str(path)) from exc


def _table(results: list[CommitmentResult]) -> Table:
    from rich.table import Table

    from recours.evidence.bundle.report import VERDICT, num

    fr = lang() == "fr"
    t = Table(title="Résultats" if fr else "Results")
    for col in (("Engagement", "Commitment"), ("Mesure", "Metric"), ("Seuil", "Threshold"),
                ("Estimation", "Estimate"), ("Intervalle", "Interval"), ("n", "n"),
                ("p ajustée", "adjusted p"), ("Verdict", "Verdict")):
        t.add_column(col[0] if fr else col[1])
    for r in results:
        L = lang()
        t.add_row(r.commitment_id + (f" [{r.window}]" if r.window else ""), r.metric.value,
                  f"{r.comparator.value} {num(r.threshold, L)}", num(r.estimate, L),
                  f"[{num(r.lower, L)} ; {num(r.upper, L)}]", str(r.n), num(r.p_adjusted, L),
                  f"[{STYLE[r.verdict]}]{VERDICT[r.verdict].render(L)}[/]")
    return t


@app.command("run", help=h(
    "Mesure les engagements du dossier et écrit une archive de preuve scellée (dossier + zip).",
    "Measure the dossier's commitments and write a sealed evidence bundle (folder + zip)."))
@translate_errors
def run(
    dossier: Path = typer.Argument(..., help=h("Fichier YAML du dossier.", "Dossier YAML file.")),
    out: Path = typer.Option(..., "--out", help=h("Répertoire de l'archive de preuve à créer.",
                                                  "Bundle folder to create.")),
    spec: Path | None = typer.Option(None, "--spec", help=h(
        "Spécification (défaut : rédigée à partir du dossier).",
        "Specification (default: drafted from the dossier).")),
    data: Path | None = typer.Option(None, "--data", help=h(
        "Fichier de prédictions (CSV, Parquet, JSONL) à la place de celui du dossier.",
        "Predictions file (CSV, Parquet, JSONL) instead of the dossier's.")),
    endpoint: str | None = typer.Option(None, "--endpoint", help=h(
        "Adresse HTTP du système à interroger sur le jeu de test.",
        "HTTP address of the system to query on the test set.")),
    target: str | None = typer.Option(None, "--callable", help=h(
        "Fonction Python module:fonction à appeler sur le jeu de test.",
        "Python function module:function to call on the test set.")),
    concurrency: int = typer.Option(8, "--concurrency", min=1, max=256, help=h(
        "Requêtes HTTP simultanées au plus.", "Most simultaneous HTTP requests.")),
    timeout: float = typer.Option(10.0, "--timeout", help=h(
        "Délai maximal d'une requête (s).", "Request timeout (s).")),
    retries: int = typer.Option(2, "--retries", min=0, max=10, help=h(
        "Nouvelles tentatives après une erreur ou un délai dépassé.",
        "Retries after an error or a timeout.")),
    key: Path | None = typer.Option(None, "--key", help=h(
        "Clé Ed25519 (PEM) de signature (défaut : RECOURS_SIGNING_KEY ou le dossier de "
        "configuration de l'utilisateur).", "Ed25519 signing key (PEM) (default: "
        "RECOURS_SIGNING_KEY or the user's configuration folder).")),
    tsa: str | None = typer.Option(None, "--tsa", help=h(
        "Adresse d'une autorité d'horodatage RFC 3161 (défaut : RECOURS_TSA_URL).",
        "RFC 3161 timestamp authority address (default: RECOURS_TSA_URL).")),
    tsa_cert: Path | None = typer.Option(None, "--tsa-cert", help=h(
        "Certificat racine (PEM) de l'autorité d'horodatage, joint à l'archive.",
        "Root certificate (PEM) of the timestamp authority, stored in the bundle.")),
    no_dossier: bool = typer.Option(False, "--no-dossier-update", help=h(
        "Ne pas inscrire le résultat dans le dossier.", "Do not record the run in the dossier.")),
    allow_outside: bool = typer.Option(False, "--allow-outside", help=h(
        "Autoriser les fichiers de données hors du dossier de l'affaire (chemins « .. », "
        "absolus ou liens symboliques) ; sans cette option ils sont refusés.",
        "Allow data files outside the case folder ('..', absolute paths or symbolic links); "
        "without this option they are refused.")),
) -> None:
    from recours.evidence.lean import (
        keep_freed_memory,
        preload_special_functions,
        single_threaded_blas,
        without_pandas,
    )

    if target is None:              # the user's function may want BLAS threads
        single_threaded_blas()      # before anything imports NumPy
    if endpoint or target:          # as many requests or calls as cases: collect cycles
        long_lived()
    preload_special_functions()     # before the evidence modules import scipy.special
    keep_freed_memory()             # a short-lived process: no page faults per batch

    if sum(x is not None for x in (data, endpoint, target)) > 1:
        raise InputError(T("choisissez une seule source : --data, --endpoint ou --callable",
                           "choose one source: --data, --endpoint or --callable"))
    settings = Settings.from_env()
    key_path = _signing_key(settings, key)
    with _progress_bar() as (progress, tick):
        # pandas is never needed unless the user's function runs here (recours.evidence.lean)
        lean = without_pandas() if target is None else contextlib.nullcontext()
        with lean:
            from recours.dossier.yamlio import reuse_parsed_files
            from recours.evidence.run import execute  # PyArrow loads here, lean

            reuse_parsed_files()  # the dossier is parsed once: loaded, then updated
            result = execute(
                dossier, out, spec_path=spec, data=data, endpoint=endpoint, target=target,
                key_path=key_path, tsa_url=tsa or settings.tsa_url,
                tsa_roots=_load_roots(tsa_cert), lang=lang(), run_at=datetime.now(UTC),
                progress=progress, tick=tick, update_dossier=not no_dossier,
                http_options={"concurrency": concurrency, "timeout": timeout, "retries": retries},
                argv=sys.argv, allow_outside=allow_outside)
    console.print(_table(result.results.results))
    for ds in result.results.datasets:
        for w in ds.warnings:
            console.print(f"[yellow]⚠ {ds.id} : {w[lang()]}[/]", soft_wrap=True)
    if result.runner and result.runner.failures:
        console.print(say(T(f"{len(result.runner.failures)} requêtes en échec (comptées comme "
                            "erreurs du service)", f"{len(result.runner.failures)} failed "
                            "requests (counted as service errors)")))
        for f in result.runner.failures[:5]:
            console.print(f"  [yellow]⚠[/] {f.request_id} : {f.status} — {f.error}")
    console.print(say(T(f"✔ archive : {result.bundle.folder} et {result.bundle.zip_path}",
                        f"✔ bundle: {result.bundle.folder} and {result.bundle.zip_path}")))
    console.print(f"Merkle root : {result.bundle.merkle_root}")
    if result.dossier_updated:
        console.print(say(T(f"✔ résultat inscrit dans {dossier} ({result.run.id})",
                            f"✔ run recorded in {dossier} ({result.run.id})")))


ProgressFn = Callable[[str, int, int | None], None]


@contextlib.contextmanager
def _progress_bar() -> Iterator[tuple[ProgressFn | None, Callable[[int], None] | None]]:
    """The run's progress bar, on a terminal only (elsewhere Rich would draw nothing, and
    its refresh thread would still run)."""
    if not console.is_terminal:
        yield None, None
        return
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
    )

    columns = [TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
               TimeElapsedColumn()]
    with Progress(*columns, console=console, transient=True) as bar:
        task = bar.add_task("…", total=None)

        def progress(ds: str, rows: int, total: int | None) -> None:
            bar.update(task, description=ds, completed=rows, total=total)

        def tick(n: int) -> None:
            bar.update(task, description="requêtes" if lang() == "fr" else "requests", advance=n)

        yield progress, tick


def _signing_key(settings: Settings, given: Path | None) -> Path:
    """The key that seals the bundle, checked private (a legacy key in the data folder is
    moved out first)."""
    if given is not None:
        check_private_file(given, signing_key_label())
        return given
    moved = relocate_legacy_key(settings.data_dir, settings.signing_key)
    if moved is not None:
        console.print(say(T(f"clé de signature déplacée de {moved} vers {settings.signing_key}",
                            f"signing key moved from {moved} to {settings.signing_key}")))
    check_secrets(settings.data_dir, settings.signing_key)
    return settings.signing_key


@app.command("serve-model", help=h(
    "Sert sur 127.0.0.1 un modèle de test déterministe pour le jeu de test du dossier : il "
    "rejoue la réponse enregistrée de chaque cas (pour essayer « evidence run --endpoint »).",
    "Serve on 127.0.0.1 a deterministic test model for the dossier's test set: it replays "
    "each case's recorded answer (to try 'evidence run --endpoint')."))
@translate_errors
def serve_model(
    dossier: Path = typer.Argument(..., help=h("Fichier YAML du dossier.", "Dossier YAML file.")),
    port: int = typer.Option(8765, "--port", min=0, max=65535, help=h(
        "Port d'écoute sur 127.0.0.1 (0 : un port libre).",
        "Port to listen on at 127.0.0.1 (0: a free port).")),
) -> None:
    from recours.evidence.model_server import ModelServer, replay_model

    model = replay_model(dossier)
    server = ModelServer(model, port)
    console.print(say(T(
        f"Modèle de test : {server.url} — jeu « {model.dataset} », {len(model.answers)} cas, "
        f"réponses « {model.field} » (Ctrl-C pour arrêter)",
        f"Test model: {server.url} — dataset '{model.dataset}', {len(model.answers)} cases, "
        f"'{model.field}' answers (Ctrl-C to stop)")), soft_wrap=True)
    long_lived()                    # a server: the cyclic garbage collector back on
    with contextlib.suppress(KeyboardInterrupt):
        server.serve_forever()


@app.command("verify", help=h(
    "Vérifie une archive de preuve : empreintes, signature et signataire, horodatage ; nomme "
    "tout fichier modifié, ajouté ou supprimé et tout sceau qui ne tient pas.",
    "Verify an evidence bundle: hashes, signature and signer, timestamp; names any file "
    "altered, added or removed and any seal that does not hold."))
@translate_errors
def verify(
    bundle: Path = typer.Argument(..., help=h("Dossier ou .zip de l'archive.",
                                              "Bundle folder or .zip.")),
    tsa_cert: Path | None = typer.Option(None, "--tsa-cert", help=h(
        "Certificat racine (PEM) de confiance de l'autorité d'horodatage.",
        "Trusted root certificate (PEM) of the timestamp authority.")),
    public_key: list[str] | None = typer.Option(None, "--public-key", help=h(
        "Clé publique Ed25519 (base64) ou empreinte SHA-256 d'un signataire de confiance "
        "(répétable).", "Ed25519 public key (base64) or SHA-256 fingerprint of a trusted "
        "signer (repeatable).")),
    trusted_keys: Path | None = typer.Option(None, "--trusted-keys", help=h(
        "Fichier de clés de confiance : une clé (base64) ou empreinte par ligne.",
        "Trusted-keys file: one key (base64) or fingerprint a line.")),
    dossier: Path | None = typer.Option(None, "--dossier", help=h(
        "Dossier YAML dont les clés enregistrées (key_fingerprint des exécutions) sont de "
        "confiance.", "Dossier YAML whose recorded keys (key_fingerprint of its runs) are "
        "trusted.")),
    allow_unknown_key: bool = typer.Option(False, "--allow-unknown-key", help=h(
        "Accepter une signature valide d'une clé inconnue (signalée).",
        "Accept a valid signature by an unknown key (reported).")),
    trust_bundle_root: bool = typer.Option(False, "--trust-bundle-root", help=h(
        "Faire confiance à la racine d'horodatage jointe à l'archive (déconseillé).",
        "Trust the timestamp root shipped in the bundle (not advised).")),
) -> None:
    from recours.evidence.bundle.verify import verify_bundle

    keys = _trusted_keys(public_key or [], trusted_keys, dossier)
    rep = verify_bundle(bundle, _load_roots(tsa_cert), trusted_keys=keys,
                        allow_unknown_key=allow_unknown_key, trust_bundle_root=trust_bundle_root)
    _print_report(rep)
    if not rep.ok:
        listed = ", ".join(rep.altered + rep.added + rep.removed) or "—"
        raise BundleError(T(f"archive NON conforme (fichiers : {listed})",
                            f"bundle does NOT verify (files: {listed})"), where=str(bundle),
                          fix=T("voir les lignes ✘ ci-dessus ; une clé ou une racine légitime "
                                "se déclare avec --dossier, --trusted-keys, --public-key, "
                                "--tsa-cert", "see the ✘ lines above; a legitimate key or root "
                                "is declared with --dossier, --trusted-keys, --public-key, "
                                "--tsa-cert"))
    console.print(say(T(f"[green]✔ archive intègre[/] — racine de Merkle {rep.merkle_root}",
                        f"[green]✔ bundle intact[/] — Merkle root {rep.merkle_root}")))


def _trusted_keys(given: list[str], file: Path | None, dossier: Path | None) -> dict[str, str]:
    from recours.evidence.bundle.trust import as_fingerprint, load_trusted_keys, local_key

    keys = local_key(Settings.from_env().signing_key)
    if file is not None:
        keys.update(load_trusted_keys(file))
    if dossier is not None:
        from recours.dossier import load_dossier  # the dossier models: only when given

        for run in load_dossier(dossier).evidence_runs:
            if run.key_fingerprint:
                keys[run.key_fingerprint] = f"{dossier.name} ({run.id})"
    for i, text in enumerate(given, 1):
        keys[as_fingerprint(text, f"--public-key #{i}")] = "--public-key"
    return keys


def _print_report(rep: VerifyReport) -> None:
    fr, L = lang() == "fr", lang()
    for label, names in ((("modifié", "altered"), rep.altered), (("ajouté", "added"), rep.added),
                         (("supprimé", "removed"), rep.removed)):
        for name in names:
            console.print(f"[red]✘ {label[0] if fr else label[1]} : {name}[/]")
    sig = ("valide" if fr else "valid") if rep.signature_ok else ("INVALIDE" if fr else "INVALID")
    console.print(f"Signature Ed25519{colon()}{sig}")
    if rep.key_fingerprint:
        who = rep.key_trusted_as or ("clé INCONNUE" if fr else "UNKNOWN key")
        console.print(say(T(f"Clé du signataire : {rep.key_fingerprint} — {who}",
                            f"Signer's key: {rep.key_fingerprint} — {who}")))
    stamp = {"valid": "OK", "absent": "—"}.get(rep.timestamp_status.value, "KO")
    detail = rep.timestamp_detail.render(L) if rep.timestamp_detail else ""
    console.print(f"{'Horodatage' if fr else 'Timestamp'} RFC 3161{colon()}{stamp} "
                  f"{rep.timestamp or ''} — {detail}", soft_wrap=True)
    for w in rep.warnings:
        console.print(f"[yellow]⚠ {w.render(L)}[/]", soft_wrap=True)
    for p in rep.problems:
        console.print(f"[red]✘ {p.render(L)}[/]", soft_wrap=True)


def colon() -> str:
    return "\u00a0: " if lang() == "fr" else ": "


@app.command("power", help=h(
    "Nombre de cas nécessaires pour établir un manquement d'une taille donnée.",
    "Number of cases needed to establish a breach of a given size."))
@translate_errors
def power(
    threshold: float = typer.Option(..., "--threshold", help=h("Seuil contractuel.",
                                                               "Contractual threshold.")),
    true_value: float = typer.Option(..., "--true", help=h(
        "Valeur réelle supposée (du côté du manquement).", "Assumed true value (breach side).")),
    comparator: str = typer.Option(">=", "--comparator", help=h(
        "Comparateur de l'engagement : >=, >, <=, <.", "Commitment comparator: >=, >, <=, <.")),
    level: float = typer.Option(0.95, "--level", help=h("Niveau de confiance.",
                                                        "Confidence level.")),
    target_power: float = typer.Option(0.8, "--power", help=h(
        "Probabilité voulue d'établir le manquement.", "Wanted probability of establishing it.")),
    sd: float | None = typer.Option(None, "--sd", help=h(
        "Écart-type (pour une moyenne : MAE, biais...) ; sans lui, une proportion.",
        "Standard deviation (for a mean: MAE, bias...); without it, a proportion.")),
    tests: int = typer.Option(1, "--tests", min=1, help=h(
        "Nombre d'engagements testés ensemble (correction de Bonferroni, prudente).",
        "Number of commitments tested together (Bonferroni correction, conservative).")),
) -> None:
    from recours.evidence.lean import preload_special_functions, single_threaded_blas

    single_threaded_blas()          # a few scalar computations: no BLAS threads to start
    preload_special_functions()     # scipy.special's functions, not its whole package
    from recours.evidence.stats.core import Direction
    from recours.evidence.stats.power import cases_for_mean, cases_for_proportion

    try:
        direction = Direction.from_comparator(comparator)
        if sd is None:
            n = cases_for_proportion(threshold, true_value, direction, level, target_power,
                                     tests=tests)
            method = T("test binomial exact", "exact binomial test")
        else:
            n = cases_for_mean(threshold, true_value, sd, level, target_power, tests=tests)
            method = T("approximation normale", "normal approximation")
    except ValueError as exc:
        raise InputError(T(f"paramètres impossibles : {exc}", f"impossible parameters: {exc}"),
                         fix=T("la valeur réelle doit être du côté du manquement",
                               "the true value must be on the breach side")) from exc
    pct_power, pct_level = (f"{round(x * 100)}\u00a0%" for x in (target_power, level))
    console.print(say(T(
        f"{n} cas nécessaires pour établir le manquement avec une probabilité de "
        f"{pct_power} ({method.fr}, niveau {pct_level}).",
        f"{n} cases needed to establish the breach with probability {target_power:.0%} "
        f"({method.en}, level {level:.0%}).")))
