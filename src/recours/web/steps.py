"""The steps of the guided interview: what each asks, which form fields it holds and which
sections of the dossier it writes (the same steps edit a dossier after its creation)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from recours.i18n import T


@dataclass(frozen=True)
class Step:
    key: str
    title: T
    prefixes: tuple[str, ...]  # the form fields the step holds start with one of these
    sections: tuple[str, ...]  # the dossier's sections the step writes

    def owns(self, field: str) -> bool:
        return field.startswith(self.prefixes)


STEPS: tuple[Step, ...] = (
    Step("parties", T("Parties et représentants", "Parties and representatives"),
         ("reference", "title", "summary", "client_", "vendor_"),
         ("reference", "title", "summary", "parties")),
    Step("contract", T("Contrat", "Contract"), ("contract_",), ("contract",)),
    Step("system", T("Système d'IA", "AI system"), ("ai_",), ("ai_system",)),
    # the datasets come before the commitments: a commitment names the dataset it is measured on
    Step("datasets", T("Jeux de données", "Datasets"), ("dataset_",), ("datasets",)),
    Step("commitments", T("Engagements", "Commitments"), ("commitment_",), ("commitments",)),
    Step("exhibits", T("Pièces et preuve", "Exhibits and proof"), ("exhibit_", "proof_"),
         ("exhibits", "proof")),
    Step("timeline", T("Chronologie", "Timeline"), ("event_",), ("timeline",)),
    Step("losses", T("Préjudices", "Losses"), ("loss_",), ("losses",)),
)
BY_KEY = {s.key: s for s in STEPS}


def step_of(field: str) -> Step | None:
    return next((s for s in STEPS if s.owns(field)), None)


def position(step: Step) -> int:
    return STEPS.index(step)


def following(step: Step, offset: int) -> Step:
    return STEPS[max(0, min(len(STEPS) - 1, position(step) + offset))]


def of_step(problems: Mapping[str, list[str]], step: Step) -> dict[str, list[str]]:
    """The problems of the fields ``step`` holds."""
    return {k: v for k, v in problems.items() if step.owns(k)}


def first_with_problems(problems: Mapping[str, list[str]]) -> Step | None:
    """The first step holding a field at fault (None: only general problems)."""
    found = [s for f in problems if (s := step_of(f)) is not None]
    return min(found, key=position) if found else None


def general(problems: Mapping[str, list[str]]) -> list[str]:
    """Problems no step's field holds (about the whole case file)."""
    return [text for f, texts in problems.items() if step_of(f) is None for text in texts]


def elsewhere(problems: Mapping[str, list[str]], step: Step) -> list[tuple[Step, list[str]]]:
    """The other steps' problems, step by step (shown when the dossier cannot be created)."""
    return [(s, [t for texts in of_step(problems, s).values() for t in texts])
            for s in STEPS if s != step and of_step(problems, s)]
