"""``recours dossier new``: start a case file from the few facts every case has.

Each fact comes from its option or, at a terminal, from a question; without a terminal a
missing fact is an error naming its option. The dossier is checked by the same validation as
any file (French messages, the field named) before it is written; an existing file is never
replaced.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import typer

from recours.atomic import write_text_atomic
from recours.cli.common import console, h, lang, say, translate_errors
from recours.dossier import dump_dossier, validate_data
from recours.dossier.contract import ContractKind, PriceBasis
from recours.dossier.labels import label
from recours.errors import InputError
from recours.i18n import T, parse_lang

HEADER = T(
    "# Dossier créé par « recours dossier new ». À compléter : représentants et conseils\n"
    "# (parties), clauses et documents du contrat (« recours contract import »), engagements\n"
    "# mesurables (commitments), jeux de données (datasets), chronologie (timeline), pertes\n"
    "# (losses). Référence des champs : docs/dossier.md ; vérification : recours dossier "
    "validate.\n",
    "# Case file created by 'recours dossier new'. To complete: representatives and counsel\n"
    "# (parties), the contract's clauses and documents ('recours contract import'), measurable\n"
    "# commitments, datasets, timeline, losses. Field reference: docs/dossier.md; check it\n"
    "# with: recours dossier validate.\n",
)


class Asker:
    """Gives each fact from its option, else asks it at a terminal, else records it missing."""

    def __init__(self, interactive: bool) -> None:
        self.interactive = interactive
        self.missing: list[str] = []

    def __call__(self, given: str | None, option: str, question: T,
                 default: str | None = None, check: Callable[[str], object] | None = None) -> str:
        if given is not None and given.strip():
            return given.strip()
        if self.interactive:
            return self._ask(option, question, default, check)
        if default is not None:
            return default
        self.missing.append(option)
        return ""

    @staticmethod
    def _ask(option: str, question: T, default: str | None,
             check: Callable[[str], object] | None) -> str:
        """Ask until the answer is valid: a bad date or kind is said at once and asked again
        (not after every question, naming an option nobody typed)."""
        while True:
            answer: str = typer.prompt(question.render(lang()), default=default).strip()
            try:
                if check is not None and answer:
                    check(answer)
                return answer
            except InputError as error:
                shown = error.render(lang())
                typer.echo(shown.replace(f"{option} : ", "").replace(f"{option}: ", ""))


def _choice(value: str, kinds: type[ContractKind] | type[PriceBasis], option: str) -> str:
    names = {k.value: k for k in kinds}
    if value in names:
        return value
    listed = ", ".join(f"{k.value} ({label(k, lang())})" for k in kinds)
    raise InputError(T(f"{option} : valeur inconnue « {value} »", f"{option}: unknown value "
                       f"'{value}'"), fix=T(f"valeurs possibles : {listed}",
                                            f"possible values: {listed}"))


def _amount(value: str) -> Decimal:
    cleaned = value.replace("\u202f", "").replace("\u00a0", "").replace(" ", "")
    cleaned = cleaned.removesuffix("€").replace(",", ".")
    try:
        amount = Decimal(cleaned)
    except InvalidOperation:
        raise InputError(T(f"--price : montant illisible « {value} »",
                           f"--price: unreadable amount '{value}'"),
                         fix=T("écrivez par ex. 480000 ou 480 000,00",
                               "write e.g. 480000 or 480000.00")) from None
    return amount


def _day(value: str, option: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InputError(T(f"{option} : date invalide « {value} »",
                           f"{option}: invalid date '{value}'"),
                         fix=T("écrivez AAAA-MM-JJ, par ex. 2025-03-01",
                               "write YYYY-MM-DD, e.g. 2025-03-01")) from None


def build(facts: dict[str, str]) -> dict[str, Any]:
    """The dossier's plain form from the gathered facts (checked afterwards)."""
    contract: dict[str, Any] = {
        "kind": _choice(facts["kind"], ContractKind, "--contract-kind"),
        "title": facts["contract_title"],
        "concluded_on": _day(facts["concluded_on"], "--concluded-on"),
    }
    if facts.get("price"):
        contract["price"] = {
            "amount": {"amount": _amount(facts["price"]), "currency": facts["currency"]},
            "basis": _choice(facts["basis"], PriceBasis, "--price-basis")}
    client = {"id": "client", "name": facts["client"], "role": "client"}
    vendor = {"id": "fournisseur", "name": facts["vendor"], "role": "vendor"}
    for party, key in ((client, "client_siren"), (vendor, "vendor_siren")):
        if facts.get(key):
            party["siren"] = facts[key].replace(" ", "")
    return {
        "reference": facts["reference"], "title": facts["title"],
        "language": facts["language"], "parties": [client, vendor], "contract": contract,
        "ai_system": {"name": facts["system"], "provider": "fournisseur",
                      "intended_purpose": facts["purpose"]},
        "timeline": [{"date": contract["concluded_on"].isoformat(), "type": "signature",
                      "description": "Signature du contrat" if facts["language"] == "fr"
                      else "Signature of the contract"}],
    }


def gather(ask: Asker, options: dict[str, str | None]) -> dict[str, str]:
    """Every fact, from its option or its question."""
    def q(key: str, option: str, fr: str, en: str, default: str | None = None,
          check: Callable[[str], object] | None = None) -> None:
        facts[key] = ask(options.get(key), option, T(fr, en), default, check)

    facts: dict[str, str] = {}
    q("reference", "--reference", "Référence du cabinet pour l'affaire",
      "The firm's reference for the case")
    q("client", "--client", "Client (dénomination sociale)", "Client (company name)")
    q("vendor", "--vendor", "Fournisseur du système d'IA", "Vendor of the AI system")
    q("title", "--title", "Intitulé de l'affaire", "Title of the case",
      default=f"{facts['client']} c/ {facts['vendor']}" if facts["client"] and facts["vendor"]
      else None)
    kinds = ", ".join(k.value for k in ContractKind)
    q("kind", "--contract-kind", f"Nature du contrat ({kinds})", f"Kind of contract ({kinds})",
      default="saas", check=lambda v: _choice(v, ContractKind, "--contract-kind"))
    q("contract_title", "--contract-title", "Intitulé du contrat", "Title of the contract")
    q("concluded_on", "--concluded-on", "Date de conclusion du contrat (AAAA-MM-JJ)",
      "Date the contract was concluded (YYYY-MM-DD)",
      check=lambda v: _day(v, "--concluded-on"))
    q("system", "--system", "Nom du système d'IA livré", "Name of the delivered AI system")
    q("purpose", "--purpose", "Finalité prévue du système", "Intended purpose of the system")
    q("price", "--price", "Prix (HT, vide si inconnu)", "Price (excl. tax, empty if unknown)",
      default="", check=_amount)
    facts["currency"] = options.get("currency") or "EUR"
    facts["basis"] = options.get("basis") or "one_off"
    facts["language"] = options.get("language") or lang()
    for key in ("client_siren", "vendor_siren"):
        facts[key] = options.get(key) or ""
    return facts


def new(file: Path, options: dict[str, str | None], *,
        interactive: bool | None = None) -> Path:
    """Gather, check and write a new dossier at ``file``; refuse to replace one."""
    if file.exists():
        raise InputError(T(f"le fichier existe déjà : {file}", f"the file already exists: {file}"),
                         fix=T("choisissez un autre nom : un dossier existant n'est jamais "
                               "remplacé", "choose another name: an existing dossier is never "
                               "replaced"))
    ask = Asker(sys.stdin.isatty() if interactive is None else interactive)
    facts = gather(ask, options)
    if ask.missing:
        raise InputError(T("faits manquants : " + ", ".join(ask.missing),
                           "missing facts: " + ", ".join(ask.missing)),
                         fix=T("donnez ces options, ou lancez la commande dans un terminal pour "
                               "répondre aux questions", "give these options, or run the "
                               "command at a terminal to answer its questions"))
    dossier = validate_data(build(facts), file)
    file.parent.mkdir(parents=True, exist_ok=True)
    write_text_atomic(file, HEADER.render(parse_lang(dossier.language)) + dump_dossier(dossier))
    return file


def register(app: typer.Typer) -> None:
    """Add ``new`` to the ``recours dossier`` commands."""

    @app.command("new", help=h(
        "Crée un dossier : référence, parties, contrat, système d'IA (options, ou questions "
        "dans un terminal). Un fichier existant n'est jamais remplacé.",
        "Create a case file: reference, parties, contract, AI system (options, or questions "
        "at a terminal). An existing file is never replaced."))
    @translate_errors
    def new_command(
        file: Path = typer.Argument(..., help=h("Fichier YAML à créer.", "YAML file to create.")),
        reference: str | None = typer.Option(None, "--reference", help=h(
            "Référence du cabinet.", "The firm's reference.")),
        title: str | None = typer.Option(None, "--title", help=h(
            "Intitulé de l'affaire (défaut : « client c/ fournisseur »).",
            "Title of the case (default: 'client c/ vendor').")),
        client: str | None = typer.Option(None, "--client", help=h("Client.", "Client.")),
        client_siren: str | None = typer.Option(None, "--client-siren", help=h(
            "SIREN du client (9 chiffres).", "Client's SIREN (9 digits).")),
        vendor: str | None = typer.Option(None, "--vendor", help=h("Fournisseur.", "Vendor.")),
        vendor_siren: str | None = typer.Option(None, "--vendor-siren", help=h(
            "SIREN du fournisseur (9 chiffres).", "Vendor's SIREN (9 digits).")),
        kind: str | None = typer.Option(None, "--contract-kind", help=h(
            "Nature du contrat : " + ", ".join(k.value for k in ContractKind) + ".",
            "Kind of contract: " + ", ".join(k.value for k in ContractKind) + ".")),
        contract_title: str | None = typer.Option(None, "--contract-title", help=h(
            "Intitulé du contrat.", "Title of the contract.")),
        concluded_on: str | None = typer.Option(None, "--concluded-on", help=h(
            "Date de conclusion AAAA-MM-JJ (elle choisit la version du Code civil).",
            "Date concluded YYYY-MM-DD (it picks the Code civil version).")),
        system: str | None = typer.Option(None, "--system", help=h(
            "Système d'IA livré.", "Delivered AI system.")),
        purpose: str | None = typer.Option(None, "--purpose", help=h(
            "Finalité prévue du système.", "Intended purpose of the system.")),
        price: str | None = typer.Option(None, "--price", help=h("Prix HT.", "Price excl. tax.")),
        currency: str | None = typer.Option(None, "--currency", help=h(
            "Devise ISO 4217 (défaut : EUR).", "ISO 4217 currency (default: EUR).")),
        basis: str | None = typer.Option(None, "--price-basis", help=h(
            "Périodicité du prix : " + ", ".join(b.value for b in PriceBasis) + ".",
            "Price basis: " + ", ".join(b.value for b in PriceBasis) + ".")),
    ) -> None:
        options = {"reference": reference, "title": title, "client": client,
                   "client_siren": client_siren, "vendor": vendor, "vendor_siren": vendor_siren,
                   "kind": kind, "contract_title": contract_title, "concluded_on": concluded_on,
                   "system": system, "purpose": purpose, "price": price, "currency": currency,
                   "basis": basis}
        written = new(file, options)
        console.print(say(T(f"✔ dossier créé : {written} — complétez-le, puis : recours dossier "
                            f"validate {written}", f"✔ case file created: {written} — complete "
                            f"it, then: recours dossier validate {written}")))

