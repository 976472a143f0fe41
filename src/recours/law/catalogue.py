"""The rule catalogue (docs/law-catalogue.md), generated from the registered rules."""

from __future__ import annotations

from recours.law.articles import load_articles
from recours.law.engine import ordered_rules


def catalogue_markdown() -> str:
    store = load_articles()
    out = ["# Catalogue des règles / Rule catalogue", "",
           "Généré par `recours law catalogue -o docs/law-catalogue.md` — ne pas éditer.", "",
           "| Règle | Titre | Domaine | Textes cités | Exception à | Réforme 2016 |",
           "|---|---|---|---|---|---|"]
    for r in ordered_rules():
        refs = ", ".join(store.get_ref(c).ref for c in r.cites)
        out.append(f"| `{r.id}` | {r.title.fr} — {r.doc.splitlines()[0] if r.doc else ''} | "
                   f"{r.area.value} | {refs} | {f'`{r.exception_to}`' if r.exception_to else ''}"
                   f"{f' ({r.effect})' if r.effect else ''} | {'oui' if r.reformed else ''} |")
    return "\n".join(out) + "\n"
