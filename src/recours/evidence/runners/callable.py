"""Python callable runner: ``module:function`` (or ``path/file.py:function``) called on batches
of test rows; it returns one score, label or {score, prediction} object per row."""

from __future__ import annotations

import importlib
import importlib.util
import json
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from recours.errors import RunnerError
from recours.evidence.runners.base import (
    OK,
    Answer,
    RunOutcome,
    answer_column,
    outcome_table,
    parse_answer,
)
from recours.evidence.spec import SpecDataset
from recours.i18n import T

BATCH = 256


def load_callable(target: str) -> Callable[[list[dict[str, Any]]], Any]:
    module_name, sep, func_name = target.rpartition(":")
    if not sep or not module_name or not func_name:
        raise RunnerError(T(f"cible invalide « {target} »", f"invalid target '{target}'"),
                          fix=T("écrivez module:fonction ou chemin/fichier.py:fonction",
                                "write module:function or path/file.py:function"))
    try:
        if module_name.endswith(".py"):
            spec = importlib.util.spec_from_file_location(Path(module_name).stem, module_name)
            if spec is None or spec.loader is None:
                raise ImportError(module_name)
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
        else:
            module = importlib.import_module(module_name)
        func = getattr(module, func_name)
    except (ImportError, AttributeError, OSError) as exc:
        raise RunnerError(T(f"impossible de charger {target} : {exc}",
                            f"cannot load {target}: {exc}"), where=target) from exc
    if not callable(func):
        raise RunnerError(T(f"{target} n'est pas une fonction", f"{target} is not callable"))
    return func  # type: ignore[no-any-return]


def run_callable(target: str, rows: Iterable[tuple[str, Any, dict[str, Any]]], ds: SpecDataset, *,
                 score_field: str = "score", prediction_field: str = "prediction",
                 tick: Callable[[int], None] | None = None, keep: Iterable[str] = ()) -> RunOutcome:
    func = load_callable(target)
    if score_field == "score":
        score_field = answer_column(ds)
    labels: dict[str, dict[str, Any]] = {}
    answers: dict[str, Answer] = {}
    journal: list[str] = []
    batch: list[tuple[str, Any, dict[str, Any]]] = []

    def flush() -> None:
        payloads = [p for _, p, _ in batch]
        start = time.perf_counter()
        try:
            out = list(func(payloads))
        except Exception as exc:
            raise RunnerError(T(f"la fonction a échoué : {type(exc).__name__}: {exc}",
                                f"the function failed: {type(exc).__name__}: {exc}"),
                              where=f"{target} — requests {batch[0][0]}..{batch[-1][0]}") from exc
        per_row = (time.perf_counter() - start) * 1000 / max(1, len(batch))
        if len(out) != len(batch):
            raise RunnerError(T(f"la fonction a rendu {len(out)} réponses pour {len(batch)} cas",
                                f"the function returned {len(out)} answers for {len(batch)} cases"),
                              where=f"{target} — requests {batch[0][0]}..{batch[-1][0]}",
                              fix=T("rendez une réponse par ligne, dans l'ordre",
                                    "return one answer per row, in order"))
        for (rid, payload, label), value in zip(batch, out, strict=True):
            labels[rid] = label
            answers[rid] = parse_answer(rid, value, per_row, score_field, prediction_field)
            journal.append(json.dumps({"id": rid, "request": payload, "response": value,
                                       "status": answers[rid].status, "latency_ms": per_row},
                                      ensure_ascii=False, sort_keys=True, default=str))
        if tick:
            tick(len(batch))
        batch.clear()

    for row in rows:
        batch.append(row)
        if len(batch) >= BATCH:
            flush()
    if batch:
        flush()
    failures = [a for a in answers.values() if a.status != OK]
    if answers and len(failures) == len(answers):
        raise RunnerError(T(f"aucune réponse exploitable ; première : {failures[0].error}",
                            f"no usable answer; first: {failures[0].error}"),
                          where=f"{target} — request {failures[0].request_id}")
    return RunOutcome(outcome_table(ds, labels, answers, keep),
                      ("\n".join(journal) + "\n").encode(), failures)
