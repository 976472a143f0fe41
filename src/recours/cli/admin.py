"""``recours admin``: start a firm (organisation and first administrator), reset a password,
invite, change a role, list users — on the database of RECOURS_DATABASE_URL / RECOURS_DATA_DIR.

Passwords are never taken from the command line (it stays in the shell history and the
process list): they are typed at a hidden prompt, read from standard input
(``--password-stdin``), or generated and shown once (``--generate-password``).
"""

from __future__ import annotations

import sys

import typer
from rich.table import Table

from recours.cli.common import console, h, lang, say, translate_errors
from recours.elision import de
from recours.errors import InputError
from recours.i18n import T
from recours.settings import Settings
from recours.store import Store
from recours.store import members as m
from recours.store.models import ROLE_LABELS

app = typer.Typer(
    help=h("Administration : organisations, comptes, invitations, rôles.",
           "Administration: organisations, accounts, invitations, roles."),
    no_args_is_help=True,
)

STDIN_HELP = h("Lire le mot de passe sur l'entrée standard (une ligne).",
               "Read the password from standard input (one line).")
ORG_HELP = h("Nom ou identifiant de l'organisation (quand l'adresse a un compte dans "
             "plusieurs).", "Organisation name or id (when the address has an account in "
             "several).")
GENERATE_HELP = h("Générer un mot de passe et l'afficher une fois.",
                  "Generate a password and show it once.")


def _password(from_stdin: bool, generate: bool) -> tuple[str, bool]:
    """The password and whether it was generated (to show it once)."""
    if from_stdin and generate:
        raise InputError(T("choisissez --password-stdin ou --generate-password, pas les deux",
                           "choose --password-stdin or --generate-password, not both"))
    if generate:
        return m.generated_password(), True
    if from_stdin:
        line = sys.stdin.readline().rstrip("\r\n")
        if not line:
            raise InputError(T("aucun mot de passe sur l'entrée standard",
                               "no password on standard input"))
        return line, False
    fr = lang() == "fr"
    value: str = typer.prompt("Mot de passe" if fr else "Password", hide_input=True,
                              confirmation_prompt=("Confirmez" if fr else "Repeat"))
    return value, False


def _store() -> Store:
    return Store.open(Settings.from_env())


def _show_generated(email: str, password: str, generated: bool) -> None:
    if generated:
        console.print(say(T(f"Mot de passe {de(email)} (affiché une seule fois) : ",
                            f"Password of {email} (shown once): ")) + f"[bold]{password}[/]",
                      soft_wrap=True)


@app.command("create-org", help=h(
    "Crée une organisation (cabinet, entreprise) et son premier administrateur.",
    "Create an organisation (firm, company) and its first administrator."))
@translate_errors
def create_org(
    name: str = typer.Argument(..., help=h("Nom de l'organisation.", "Organisation name.")),
    admin_email: str = typer.Option(..., "--admin-email", help=h(
        "Adresse de l'administrateur.", "Administrator's email.")),
    admin_name: str = typer.Option("", "--admin-name", help=h(
        "Nom affiché de l'administrateur.", "Administrator's display name.")),
    password_stdin: bool = typer.Option(False, "--password-stdin", help=STDIN_HELP),
    generate: bool = typer.Option(False, "--generate-password", help=GENERATE_HELP),
) -> None:
    password, generated = _password(password_stdin, generate)
    store = _store()
    try:
        with store.write() as session:
            user = m.create_firm(session, name, admin_email, password, name=admin_name,
                                 lang=lang())
            org_name, email = user.organisation.name, user.email
    finally:
        store.close()
    console.print(say(T(f"✔ organisation « {org_name} » créée ; administrateur : {email}",
                        f"✔ organisation '{org_name}' created; administrator: {email}")))
    _show_generated(email, password, generated)
    console.print(say(T("Connectez-vous avec « recours serve », puis Administration pour "
                        "inviter les membres.", "Log in with 'recours serve', then "
                        "Administration to invite the members.")))


@app.command("reset-password", help=h(
    "Change le mot de passe d'un compte et ferme ses sessions ouvertes.",
    "Change an account's password and close its open sessions."))
@translate_errors
def reset_password(
    email: str = typer.Argument(..., help=h("Adresse du compte.", "Account email.")),
    org: str | None = typer.Option(None, "--org", help=ORG_HELP),
    password_stdin: bool = typer.Option(False, "--password-stdin", help=STDIN_HELP),
    generate: bool = typer.Option(False, "--generate-password", help=GENERATE_HELP),
) -> None:
    store = _store()
    try:
        with store.read() as session:
            m.user_by_email(session, email, org)  # before asking for a password
        password, generated = _password(password_stdin, generate)
        with store.write() as session:
            user = m.reset_password(session, email, password, org=org)
            address = user.email
    finally:
        store.close()
    console.print(say(T(f"✔ mot de passe changé pour {address} ; ses sessions sont fermées",
                        f"✔ password changed for {address}; its sessions are closed")))
    _show_generated(address, password, generated)


@app.command("invite", help=h(
    "Invite une personne dans une organisation : affiche le lien (valable quelques jours, "
    "utilisable une fois) où elle choisira son mot de passe.",
    "Invite someone into an organisation: shows the link (valid a few days, usable once) "
    "where they choose their password."))
@translate_errors
def invite(
    email: str = typer.Argument(..., help=h("Adresse de la personne invitée.",
                                            "Invitee's email.")),
    org: str = typer.Option(..., "--org", help=h("Nom ou identifiant de l'organisation.",
                                                 "Organisation name or id.")),
    role: str = typer.Option("lawyer", "--role", help=h(
        "Rôle : admin, lawyer (avocat, juriste) ou viewer (lecture seule).",
        "Role: admin, lawyer or viewer (read only).")),
    days: int = typer.Option(m.INVITE_DAYS, "--days", help=h(
        "Durée de validité du lien, en jours.", "Days the link stays valid.")),
    base_url: str = typer.Option("http://127.0.0.1:8000", "--base-url", help=h(
        "Adresse de l'application, pour écrire le lien.", "Application address, for the link.")),
) -> None:
    store = _store()
    try:
        with store.write() as session:
            organisation = m.organisation(session, org)
            admins = [u for u in m.users(session, organisation.id) if u.role == "admin"]
            if not admins:
                raise InputError(T("l'organisation n'a pas d'administrateur",
                                   "the organisation has no administrator"),
                                 fix=T("recours admin create-org", "recours admin create-org"))
            invitation, clear = m.invite(session, admins[0], email, role, days)
            expires = invitation.expires_at
    finally:
        store.close()
    fr_role, en_role = ROLE_LABELS[role]
    console.print(say(T(f"✔ invitation {de(email.strip().lower())} ({fr_role}), valable jusqu'au "
                        f"{expires:%d/%m/%Y %H:%M} UTC :", f"✔ invitation of "
                        f"{email.strip().lower()} ({en_role}), valid until "
                        f"{expires:%Y-%m-%d %H:%M} UTC:")))
    console.print(f"{base_url.rstrip('/')}/invite/{clear}", soft_wrap=True)


@app.command("set-role", help=h("Change le rôle d'un compte.", "Change an account's role."))
@translate_errors
def set_role(
    email: str = typer.Argument(..., help=h("Adresse du compte.", "Account email.")),
    role: str = typer.Argument(..., help=h("admin, lawyer ou viewer.",
                                           "admin, lawyer or viewer.")),
    org: str | None = typer.Option(None, "--org", help=ORG_HELP),
) -> None:
    store = _store()
    try:
        with store.write() as session:
            user = m.user_by_email(session, email, org)
            m.set_role(session, user, user.id, role)
    finally:
        store.close()
    fr_role, en_role = ROLE_LABELS[role]
    console.print(say(T(f"✔ {email} : rôle « {fr_role} »", f"✔ {email}: role {en_role}")))


@app.command("list-users", help=h("Liste les comptes (d'une organisation, ou tous).",
                                  "List the accounts (of one organisation, or all)."))
@translate_errors
def list_users(
    org: str | None = typer.Option(None, "--org", help=h(
        "Nom ou identifiant de l'organisation.", "Organisation name or id.")),
) -> None:
    fr = lang() == "fr"
    store = _store()
    try:
        with store.read() as session:
            org_id = m.organisation(session, org).id if org else None
            found = m.users(session, org_id)
            rows = [(u.organisation.name, u.email, u.name, u.role,
                     f"{u.created_at:%Y-%m-%d}") for u in found]
    finally:
        store.close()
    table = Table(title="Comptes" if fr else "Accounts")
    for fr_title, en_title in (("Organisation", "Organisation"), ("Adresse", "Email"),
                               ("Nom", "Name"), ("Rôle", "Role"), ("Créé le", "Created")):
        table.add_column(fr_title if fr else en_title)
    for row in rows:
        table.add_row(*row)
    console.print(table)
    if not rows:
        console.print(say(T("Aucun compte : recours admin create-org …",
                            "No account: recours admin create-org …")))
