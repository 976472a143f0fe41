"""Mutation fuzzing of the dossier YAML loader and the contract readers.

Usage: python bench/fuzz.py [--dossiers 100000] [--contracts 20000] [--workers 2]
                            [--timeout 10] [--seed 0] [--replay TARGET:SEED]

Inputs are mutations (seeded, reproducible) of the bundled examples: their dossier.yaml
(byte flips, control characters, truncations, deletions, line swaps, structural values) and
their contracts (PDF and DOCX bytes, DOCX XML parts re-zipped, plain text). A crash is any
exception outside RecoursError; a hang is an input over --timeout seconds. Prints the counts,
the throughput and the offending seeds; ``--replay dossier:123`` prints one traceback.
OCR (the external Tesseract program) is off: the fuzzer measures Recours' own readers.
"""

from __future__ import annotations

import argparse
import io
import os
import random
import signal
import sys
import time
import traceback
import zipfile
from collections.abc import Callable
from multiprocessing import Pool
from pathlib import Path
from types import FrameType

from recours.contract.reading import read_contract_bytes
from recours.dossier.yamlio import loads_dossier
from recours.errors import RecoursError

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
DOSSIERS = [p.read_bytes() for p in sorted(EXAMPLES.glob("*/dossier.yaml"))]
PDFS = [p.read_bytes() for p in sorted(EXAMPLES.glob("*/*.pdf"))]
DOCXS = [p.read_bytes() for p in sorted(EXAMPLES.glob("*/*.docx"))]
CONTROLS = [b"\x00", b"\x7f", b"\x01", b"\x1b", b"\x0c", b"\xc2\x85", b"\xef\xbb\xbf",
            b"\xed\xa0\x80", b"\xff", b"\t", b"\r", b"\xe2\x80\xa8"]
VALUES = [b"[]", b"{}", b"~", b".nan", b"-.inf", b"-1", b"1e999", b"9999-99-99", b"0x1F",
          b"!!binary AAAA", b"&a x", b"*a", b"*zz", b"<<: *a", b"!!python/object:os.system",
          b"? [a, b]", b'"\\uD800"', b"2025-13-01", b"true", b"null", b"'", b'"', b"|", b">",
          b"- x", b"a: b: c", b"[" * 80 + b"]" * 80, b"x" * 5000, b"\xf0\x9f\x98\x80", b"%",
          b"@", b"`", b"!tag x", b"!!set {a, b}", b"!!omap [a: 1]", b"2026-02-30",
          b"123456789012345678901234567890", b"0.000000001", b"--- \n...", b"1_000"]


def mutate_bytes(rng: random.Random, data: bytes, extra: list[bytes]) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        if not out:
            out = bytearray(rng.choice(extra))
        pos = rng.randrange(len(out))
        op = rng.randrange(6)
        if op == 0:
            out[pos] = rng.randrange(256)
        elif op == 1:
            out[pos:pos] = rng.choice(extra)
        elif op == 2:
            del out[rng.randrange(1, len(out) + 1):]
        elif op == 3:
            del out[pos:pos + rng.randint(1, 64)]
        elif op == 4:
            end = min(len(out), pos + rng.randint(1, 200))
            out[pos:pos] = out[pos:end]
        else:
            out[pos] ^= 1 << rng.randrange(8)
    return bytes(out)


def mutate_yaml(rng: random.Random, data: bytes) -> bytes:
    lines = data.split(b"\n")
    for _ in range(rng.randint(1, 3)):
        i = rng.randrange(len(lines))
        op = rng.randrange(5)
        if op == 0 and b": " in lines[i]:  # replace a value
            key = lines[i].split(b": ", 1)[0]
            lines[i] = key + b": " + rng.choice(VALUES)
        elif op == 1:  # re-indent
            lines[i] = b" " * rng.randrange(8) + lines[i].lstrip()
        elif op == 2:  # swap
            j = rng.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
        elif op == 3:  # duplicate
            lines.insert(i, lines[rng.randrange(len(lines))])
        else:
            lines[i] = rng.choice(VALUES) + lines[i]
    text = b"\n".join(lines)
    return mutate_bytes(rng, text, CONTROLS + VALUES) if rng.random() < 0.5 else text


def dossier_input(seed: int) -> bytes:
    rng = random.Random(seed)
    return mutate_yaml(rng, rng.choice(DOSSIERS))


def _docx_part(rng: random.Random, data: bytes) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    names = source.namelist()
    victim = rng.choice([n for n in names if n.endswith((".xml", ".rels"))])
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name in names:
            part = source.read(name)
            if name == victim:
                part = mutate_bytes(rng, part, [b"<", b">", b"</w:p>", b"<w:p>", b"&amp;",
                                                b'w:val="-1"', b'w:val="x"', b"<!ENTITY",
                                                b"\x00", b"]]>", b'w:ilvl="99999"'])
            target.writestr(name, part)
    return out.getvalue()


def contract_input(seed: int) -> tuple[bytes, str]:
    rng = random.Random(seed)
    kind = rng.randrange(4)
    if kind == 0:
        pdf = mutate_bytes(rng, rng.choice(PDFS), [b"/FlateDecode", b"/LZWDecode", b"obj",
                                                   b"endobj", b"/Length 999999", b"<<", b">>",
                                                   b"/JBIG2Decode", b"9999999 0 R", b"("])
        return pdf, "contrat.pdf"
    if kind == 1:
        return _docx_part(rng, rng.choice(DOCXS)), "contrat.docx"
    if kind == 2:
        docx = mutate_bytes(rng, rng.choice(DOCXS), [b"PK\x03\x04", b"PK\x05\x06", b"\xff" * 4])
        return docx, "contrat.docx"
    text = "Article 1 – Objet\nLe prestataire garantit un taux d'exactitude de 95 %.\n" * 5
    return mutate_bytes(rng, text.encode(), CONTROLS + VALUES), rng.choice(
        ["contrat.txt", "contrat.md", "contrat"])


def run_dossier(seed: int) -> None:
    loads_dossier(dossier_input(seed))


def run_contract(seed: int) -> None:
    data, name = contract_input(seed)
    read_contract_bytes(data, name)


TARGETS: dict[str, Callable[[int], None]] = {"dossier": run_dossier, "contract": run_contract}


class Hang(BaseException):
    """Raised by the alarm in the worker: never caught by the code under test."""


def _alarm(signum: int, frame: FrameType | None) -> None:
    raise Hang


def one(target: str, seed: int, timeout: float) -> str | None:
    """None when the input is accepted or refused with a RecoursError; else the problem."""
    signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, timeout)
    try:
        TARGETS[target](seed)
    except RecoursError:
        return None
    except Hang:
        return "hang"
    except Exception as exc:
        return f"crash {type(exc).__name__}: {str(exc)[:120]}"
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    return None


def _chunk(job: tuple[str, int, int, float]) -> list[tuple[int, str]]:
    target, start, stop, timeout = job
    os.environ["PATH"] = os.pathsep.join(  # no Tesseract: OCR is an external program
        p for p in os.environ.get("PATH", "").split(os.pathsep)
        if not Path(p, "tesseract").exists())
    found = []
    for seed in range(start, stop):
        problem = one(target, seed, timeout)
        if problem is not None:
            found.append((seed, problem))
    return found


def campaign(target: str, count: int, start: int = 0, workers: int = 2,
             timeout: float = 10.0) -> list[tuple[int, str]]:
    """Run ``count`` seeded inputs from ``start``; return (seed, problem) for each failure."""
    size = 200
    jobs = [(target, s, min(s + size, start + count), timeout)
            for s in range(start, start + count, size)]
    if workers <= 1:
        return [item for job in jobs for item in _chunk(job)]
    with Pool(min(workers, 2)) as pool:
        return [item for found in pool.imap_unordered(_chunk, jobs) for item in found]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dossiers", type=int, default=100_000)
    parser.add_argument("--contracts", type=int, default=20_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=10.0)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--replay")
    args = parser.parse_args()
    if args.replay:
        target, seed = args.replay.split(":")
        try:
            TARGETS[target](int(seed))
        except RecoursError as error:
            print("refused cleanly:", error.render("fr"))
        except Exception:
            traceback.print_exc()
        return
    for target, count in (("dossier", args.dossiers), ("contract", args.contracts)):
        began = time.perf_counter()
        found = campaign(target, count, args.seed, args.workers, args.timeout)
        spent = time.perf_counter() - began
        crashes = [f for f in found if f[1] != "hang"]
        hangs = [f for f in found if f[1] == "hang"]
        print(f"{target}: {count} inputs (seeds {args.seed}–{args.seed + count - 1}), "
              f"{len(crashes)} crashes, {len(hangs)} hangs, {spent:.0f} s, "
              f"{count / spent:.0f} inputs/s")
        for seed, problem in sorted(found)[:30]:
            print(f"  seed {seed}: {problem}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
