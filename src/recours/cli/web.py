"""``recours serve`` and ``recours demo``: the web application."""

from __future__ import annotations

import errno
import os
import socket
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from recours.cli.common import console, h, lang, long_lived, parse_on, translate_errors
from recours.errors import InputError
from recours.i18n import T

if TYPE_CHECKING:
    from recours.settings import Settings

DEMO_DIR = "recours-demo"


def _serve(settings: Settings, host: str, port: int, secure: bool, workers: int = 1) -> None:
    import uvicorn

    long_lived()  # a server: the cyclic garbage collector back on

    from recours.store.cleanup import use_private_tempdir
    from recours.web.app import SECURE_ENV, create_app

    if workers > 1:  # each worker process builds the app from the environment
        os.environ["RECOURS_DATA_DIR"] = str(settings.data_dir)
        os.environ["RECOURS_DATABASE_URL"] = settings.database_url
        os.environ[SECURE_ENV] = "1" if secure else ""
        uvicorn.run("recours.web.app:app_from_env", factory=True, host=host, port=port,
                    workers=workers, log_level="warning", proxy_headers=False)
        return
    use_private_tempdir(settings.data_dir)  # uploads spooled to disk stay in the data folder
    app = create_app(settings, secure_cookies=secure)
    uvicorn.run(app, host=host, port=port, log_level="warning", proxy_headers=False)


def register(app: typer.Typer) -> None:
    """Add the top-level commands ``serve`` and ``demo``."""

    @app.command("serve", help=h(
        "Lance l'application web (migrations de la base appliquées au démarrage).",
        "Start the web application (database migrations applied on start)."))
    @translate_errors
    def serve(
        host: str = typer.Option("127.0.0.1", "--host", help=h(
            "Adresse d'écoute.", "Address to listen on.")),
        port: int = typer.Option(8000, "--port", help=h("Port d'écoute.", "Port to listen on.")),
        secure_cookies: bool = typer.Option(False, "--secure-cookies", help=h(
            "Cookies « Secure » (derrière HTTPS).", "'Secure' cookies (behind HTTPS).")),
        workers: int = typer.Option(1, "--workers", min=1, max=32, help=h(
            "Processus serveurs (un par cœur).", "Server processes (one per core).")),
    ) -> None:
        """Lance l'application web."""
        from recours.settings import Settings

        settings = Settings.from_env()
        check_port(host, port)
        console.print(_t(f"Recours : http://{host}:{port}/ — données dans {settings.data_dir}",
                         f"Recours: http://{host}:{port}/ — data in {settings.data_dir}"))
        if workers > 1:
            from recours.store import Store

            Store.open(settings).close()  # migrate once, before the workers start
        _serve(settings, host, port, secure_cookies, workers)

    @app.command("demo", help=h(
        "Démonstration : base locale, deux dossiers d'exemple analysés de bout en bout, "
        "documents générés, compte de démonstration, puis l'application.",
        "Demo: local database, both example case files run end to end, documents generated, "
        "a demo account, then the application."))
    @translate_errors
    def demo(
        data_dir: Path | None = typer.Option(None, "--data-dir", help=h(
            "Dossier de données (défaut : RECOURS_DATA_DIR, sinon ./recours-demo).",
            "Data folder (default: RECOURS_DATA_DIR, else ./recours-demo).")),
        on: str | None = typer.Option(None, "--on", help=h(
            "Date d'analyse AAAA-MM-JJ (défaut : aujourd'hui).",
            "Analysis date YYYY-MM-DD (default: today).")),
        serve: bool = typer.Option(True, "--serve/--no-serve", help=h(
            "Lancer l'application à la fin (--no-serve : s'arrêter après le traitement).",
            "Start the application at the end (--no-serve: stop after the pipeline).")),
        host: str = typer.Option("127.0.0.1", "--host", help=h("Adresse d'écoute.",
                                                                "Address to listen on.")),
        port: int = typer.Option(8000, "--port", help=h("Port d'écoute.", "Port to listen on.")),
    ) -> None:
        """Démonstration de bout en bout."""
        from recours.web.demo import run_demo

        settings = _demo_settings(data_dir)
        if serve:  # before the pipeline: a taken port is said at once, not after it
            check_port(host, port)
        day = parse_on(on) if on else date.today()
        documents = settings.data_dir / "documents"
        console.print(_t(f"Données : {settings.data_dir.resolve()}",
                         f"Data: {settings.data_dir.resolve()}"))
        report = run_demo(settings, documents, day, lang(),
                          progress=lambda name: console.print(f"[bold]▸ {name}[/]"))
        for item in report.dossiers:
            console.print(f"[bold]{item.reference}[/]")
            for step in item.steps:
                mark = "[green]✔[/]" if step.ok else "[yellow]✘[/]"
                console.print(f"  {mark} {step.name}: {step.detail}", soft_wrap=True)
        console.print(_t(f"Documents écrits dans : {documents.resolve()}",
                         f"Documents written to: {documents.resolve()}"))
        console.print(_t("Compte de démonstration", "Demo account")
                      + f" : [bold]{report.email}[/] / [bold]{report.password}[/]")
        if serve:
            console.print(f"→ http://{host}:{port}/")
            _serve(settings, host, port, False)


def check_port(host: str, port: int) -> None:
    """Refuse, in the user's language, a port that another program already listens on."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as exc:
            taken = exc.errno == errno.EADDRINUSE
            raise InputError(
                T(f"le port {port} est déjà utilisé sur {host}" if taken else
                  f"impossible d'écouter sur {host}:{port} ({exc.strerror})",
                  f"port {port} is already in use on {host}" if taken else
                  f"cannot listen on {host}:{port} ({exc.strerror})"),
                fix=T(f"choisissez un autre port, par ex. --port {port + 1}, ou arrêtez le "
                      "programme qui l'occupe", f"choose another port, e.g. --port {port + 1}, "
                      "or stop the program using it")) from None


def _t(fr: str, en: str) -> str:
    return en if lang() == "en" else fr


def _demo_settings(data_dir: Path | None) -> Settings:
    from recours.settings import Settings

    settings = Settings.from_env()
    if data_dir is not None:
        return settings.with_data_dir(data_dir)
    if not os.environ.get("RECOURS_DATA_DIR"):
        return settings.with_data_dir(Path(DEMO_DIR))
    return settings
