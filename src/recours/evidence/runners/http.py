"""HTTP endpoint runner: bounded concurrency, timeouts, retries, append-only JSONL journal,
resume without re-sending what was recorded. Errors and timeouts are counted, not fatal."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import httpx

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

if TYPE_CHECKING:
    from recours.outbound import AddressPolicy

Tick = Callable[[int], None]


def read_journal(path: Path) -> dict[str, Answer]:
    """Final answers already recorded (a torn last line from an interruption is ignored)."""
    done: dict[str, Answer] = {}
    if not path.is_file():
        return done
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            rec = json.loads(line)
        except ValueError:
            continue
        if rec.get("final"):
            done[rec["id"]] = Answer(rec["id"], rec["status"], rec.get("latency_ms"),
                                     rec.get("score"), rec.get("prediction"), rec.get("error"))
    return done


class _Journal:
    def __init__(self, handle: IO[str]) -> None:
        self.handle = handle

    def write(self, rec: dict[str, Any]) -> None:
        self.handle.write(json.dumps(rec, ensure_ascii=False, sort_keys=True) + "\n")
        self.handle.flush()


async def _one(client: httpx.AsyncClient, url: str, rid: str, payload: Any, retries: int,
               journal: _Journal, score_field: str, prediction_field: str) -> Answer:
    answer = Answer(rid, "error", None, error="not sent")
    for attempt in range(1, retries + 2):
        sent = datetime.now(UTC).isoformat()
        start = time.perf_counter()
        body_text: str | None = None
        status_code: int | None = None
        try:
            resp = await client.post(url, json=payload)
            latency = (time.perf_counter() - start) * 1000
            status_code, body_text = resp.status_code, resp.text
            if resp.status_code >= 400:
                answer = Answer(rid, str(resp.status_code), latency,
                                error=f"HTTP {resp.status_code}")
            else:
                try:
                    body = resp.json()
                except ValueError:
                    body = None
                answer = parse_answer(rid, body, latency, score_field, prediction_field)
                if body is None:
                    answer.error = f"not JSON: {body_text[:120]!r}"
        except httpx.TimeoutException:
            answer = Answer(rid, "timeout", (time.perf_counter() - start) * 1000,
                            error="timeout")
        except httpx.HTTPError as exc:
            answer = Answer(rid, "error", None, error=f"{type(exc).__name__}: {exc}")
            if _refused(exc):                    # the address policy: asking again is useless
                retries = attempt - 1
        retry = answer.status in ("timeout", "error") or answer.status.startswith("5")
        final = answer.status == OK or not retry or attempt == retries + 1
        journal.write({"id": rid, "attempt": attempt, "sent_at": sent, "request": payload,
                       "http_status": status_code, "response": body_text,
                       "latency_ms": answer.latency_ms, "status": answer.status,
                       "score": answer.score, "prediction": answer.prediction,
                       "error": answer.error, "final": final})
        if final:
            return answer
        await asyncio.sleep(min(2.0, 0.1 * 2 ** (attempt - 1)))
    return answer


def _refused(exc: BaseException) -> bool:
    from recours.outbound import refusal_of

    return refusal_of(exc) is not None


def _client(timeout: float, concurrency: int, policy: AddressPolicy | None) -> httpx.AsyncClient:
    limits = httpx.Limits(max_connections=concurrency)
    if policy is None:
        return httpx.AsyncClient(timeout=timeout, limits=limits)
    return policy.async_client(timeout=timeout, limits=limits)


async def _run(url: str, todo: list[tuple[str, Any]], journal: _Journal, concurrency: int,
               timeout: float, retries: int, score_field: str, prediction_field: str,
               tick: Tick | None, policy: AddressPolicy | None) -> dict[str, Answer]:
    sem = asyncio.Semaphore(concurrency)
    out: dict[str, Answer] = {}
    async with _client(timeout, concurrency, policy) as client:
        async def guarded(rid: str, payload: Any) -> None:
            async with sem:
                out[rid] = await _one(client, url, rid, payload, retries, journal, score_field,
                                      prediction_field)
            if tick:
                tick(1)
        await asyncio.gather(*(guarded(rid, p) for rid, p in todo))
    return out


def run_endpoint(url: str, rows: Iterable[tuple[str, Any, dict[str, Any]]], ds: SpecDataset,
                 journal_path: Path, *, concurrency: int = 8, timeout: float = 10.0,
                 retries: int = 2, score_field: str = "score",
                 prediction_field: str = "prediction", tick: Tick | None = None,
                 keep: Iterable[str] = (), policy: AddressPolicy | None = None) -> RunOutcome:
    """Send every test row not yet answered in the journal; return the predictions table
    (a forecasting test set's answers are read from ``forecast`` when ``score_field`` is
    left at its default). ``policy``: the outbound address policy every connection must obey
    (redirects are then followed, each one checked); none for the CLI, which runs with the
    user's own rights."""
    if score_field == "score":
        score_field = answer_column(ds)
    labels: dict[str, dict[str, Any]] = {}
    payloads: dict[str, Any] = {}
    for rid, payload, label in rows:
        if rid in labels:
            raise RunnerError(T(f"identifiant de cas en double : {rid}", f"duplicate case id: {rid}"),
                              where=f"request {rid}")
        labels[rid], payloads[rid] = label, payload
    done = {k: v for k, v in read_journal(journal_path).items() if k in labels}
    if tick and done:
        tick(len(done))
    todo = [(rid, payloads[rid]) for rid in labels if rid not in done]
    journal_path.parent.mkdir(parents=True, exist_ok=True)
    if journal_path.is_file() and journal_path.stat().st_size:
        with journal_path.open("rb") as existing:
            existing.seek(-1, 2)
            torn = existing.read(1) != b"\n"
        if torn:                                 # an interrupted write: end that line
            with journal_path.open("a", encoding="utf-8") as handle:
                handle.write("\n")
    with journal_path.open("a", encoding="utf-8") as handle:
        answers = asyncio.run(_run(url, todo, _Journal(handle), concurrency, timeout, retries,
                                   score_field, prediction_field, tick, policy))
    answers.update(done)
    failures = [answers[r] for r in labels if answers[r].status != OK]
    if labels and len(failures) == len(labels):
        first = failures[0]
        raise RunnerError(T(f"aucune réponse exploitable ; première erreur : {first.error}",
                            f"no usable answer; first error: {first.error}"),
                          where=f"{url} — request {first.request_id}",
                          fix=T("vérifiez l'adresse, le format de réponse (champ score/prediction) "
                                "et le journal", "check the address, the answer format "
                                "(score/prediction field) and the journal"))
    return RunOutcome(outcome_table(ds, labels, answers, keep), journal_path.read_bytes(), failures,
                      resumed=len(done))
