"""The generated table of prefilter words (scripts/gen_contract_prefilter.py →
src/recours/contract/kinds/prefilter_words.json) is up to date and gives the words the
pattern analysis gives (recours.contract.kinds.prefilter_table)."""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _generator():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("gen_contract_prefilter",
                                                  ROOT / "scripts" / "gen_contract_prefilter.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_the_prefilter_table_is_up_to_date() -> None:
    """Edit a rule without running ``python scripts/gen_contract_prefilter.py`` and this
    fails: the table must hold every pattern the detector and the values search."""
    from recours.contract.kinds.prefilter_table import TABLE

    assert TABLE.read_text(encoding="utf-8") == _generator().build()


def test_every_detector_pattern_has_its_words_in_the_table() -> None:
    from recours.contract.kinds.detect import _FAST
    from recours.contract.kinds.prefilter_table import TABLE, compute_words, digest

    table = json.loads(TABLE.read_text(encoding="utf-8"))["words"]
    sources = {p.pattern for f in _FAST for p, _ in f.triggers}
    sources |= {n.pattern for f in _FAST for n in f.negations}
    assert len(sources) > 150
    for source in sources:
        assert tuple(table[digest(source)]) == compute_words(source), source
    fast = _FAST[0]
    assert fast.trigger_words == [compute_words(p.pattern) for p, _ in fast.triggers]


def test_the_detector_searches_folded_lower_cased_patterns_compiled_on_use() -> None:
    """_Fast keeps ``fold(p.pattern.lower())`` of each trigger (accent folding kept) and
    compiles it the first time it is searched, with the same answer as compiling it at once."""
    from recours.contract.kinds.base import LazyPattern
    from recours.contract.kinds.detect import _FAST
    from recours.contract.kinds.folding import fold

    rule = next(f for f in _FAST if any("é" in p.pattern for p, _ in f.rule.triggers))
    lazy, _ = rule.triggers[0]
    original, _ = rule.rule.triggers[0]
    assert isinstance(lazy, LazyPattern) and lazy.pattern == fold(original.pattern.lower())
    assert "é" not in lazy.pattern
    text = "la responsabilite totale du prestataire est limitee au montant paye"
    assert bool(lazy.search(text)) == bool(re.compile(lazy.pattern).search(text))
    assert lazy.flags == re.compile(lazy.pattern).flags
