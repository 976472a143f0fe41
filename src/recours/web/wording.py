"""Messages as a web user reads them: the dossier's field names in words (« la date de
conclusion du contrat », not « contract.concluded_on ») and the web action instead of a CLI
command or flag (« --delai », « recours evidence run »)."""

from __future__ import annotations

import re

from recours.i18n import Lang

FIELDS: dict[str, tuple[str, str]] = {
    "contract.concluded_on": ("la date de conclusion du contrat", "the contract's date"),
    "contract.cure_period_days": ("le délai pour remédier (jours)", "the cure period (days)"),
    "contract.formal_notice_mode": ("la forme de la mise en demeure prévue au contrat",
                                    "the form of notice the contract requires"),
    "contract.tacit_renewal": ("la reconduction tacite", "tacit renewal"),
    "contract.term_months": ("la durée du contrat (mois)", "the contract's term (months)"),
    "contract.notice_months": ("le préavis de non-reconduction (mois)",
                               "the non-renewal notice (months)"),
    "contract.acceptance_period_days": ("le délai de recette (jours)",
                                        "the acceptance period (days)"),
    "contract.price": ("le prix du contrat", "the contract price"),
    "contract.title": ("l'intitulé du contrat", "the contract title"),
    "contract.kind": ("la nature du contrat", "the kind of contract"),
    "contract.liability_cap": ("le plafond de responsabilité", "the liability cap"),
    "ai_system.intended_purpose": ("la destination du système", "the system's intended purpose"),
    "ai_system.name": ("le nom du système", "the system's name"),
    "evidence_runs": ("une mesure des engagements (onglet Preuves)",
                      "a run of the commitments (Evidence tab)"),
    "commitments": ("les engagements mesurables", "the measurable commitments"),
    "datasets": ("les jeux de données (étape Données de l'entretien)",
                 "the datasets (Data step of the interview)"),
    "timeline": ("la chronologie", "the timeline"),
    "losses": ("les préjudices", "the losses"),
    "reference": ("la référence", "the reference"),
    "title": ("l'intitulé", "the title"),
}
# CLI wordings the library uses, and what the web user does instead
ACTIONS: tuple[tuple[re.Pattern[str], tuple[str, str]], ...] = (
    (re.compile(r"\(\s*contrat ou --d[ée]lai\s*\)"), ("(délai pour remédier du contrat, "
                                                     "étape Contrat de l'entretien)", "")),
    (re.compile(r"\(\s*contract or --delay\s*\)"), ("", "(the contract's cure period, Contract "
                                                    "step of the interview)")),
    (re.compile(r"Lancer « recours evidence run » puis recommencer\."),
     ("Lancez une mesure dans l'onglet Preuves, puis recommencez.", "")),
    (re.compile(r"Run « recours evidence run » first\."),
     ("", "Start a run from the Evidence tab first.")),
    (re.compile(r"\(recours evidence run\)"), ("(onglet Preuves)", "(Evidence tab)")),
    # a data file as the server laid it out for a run: named by its dataset, not its path
    (re.compile(r"(?<![\w/])/\S*/data/([^/\s]+)/[^/\s:]+(?::\d+)?"), ("« \\1 »", "'\\1'")),
    (re.compile(r" ?; corrigez « columns » dans la spécification"),
     (" ; corrigez les colonnes du jeu de données (étape Jeux de données) ou la colonne des "
      "groupes de l'engagement (étape Engagements)", "")),
    (re.compile(r" ?; fix 'columns' in the specification"),
     ("", "; fix the dataset's columns (Datasets step) or the commitment's group column "
      "(Commitments step)")),
    (re.compile(r"\s*\(?--[a-z][a-z-]+\)?"), ("", "")),
)
_QUOTED = re.compile(r"« ?([a-z_]+(?:\.[a-z_]+)*) ?»")
_PATH = re.compile(r"(?<![\w/.])(?:[a-z_]+\[\d+\]\.)?([a-z_]+(?:\.[a-z_]+)+|evidence_runs)(?![\w.])")


def field_words(path: str, lang: Lang) -> str | None:
    pair = FIELDS.get(path)
    return (pair[1] if lang == "en" else pair[0]) if pair else None


def for_web(text: str, lang: Lang) -> str:
    """``text`` with dossier paths in words and CLI commands replaced by the web's actions."""
    for pattern, (fr, en) in ACTIONS:
        replacement = en if lang == "en" else fr
        text = pattern.sub(replacement or (fr or en), text)

    def words(match: re.Match[str]) -> str:
        return field_words(match[1], lang) or match[0]

    def quoted(match: re.Match[str]) -> str:
        found = field_words(match[1], lang)
        return found if found else match[0]

    return _QUOTED.sub(quoted, _PATH.sub(words, text))
