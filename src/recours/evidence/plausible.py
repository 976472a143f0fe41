"""Plausibility: values a run would otherwise accept silently and turn into a wrong verdict.

Before the run (``bounds.check_commitment``): a threshold that is NaN or outside the range its
metric can take, a cut-off outside the declared score range. During the pass
(:class:`Plausibility`): scores outside the declared range (percent-scaled scores named as
such), duplicated case ids when the ``id`` role is mapped; after it, warnings the bundle
records (a cut-off that puts every row on one side).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
import pyarrow as pa

from recours.errors import DataError
from recours.evidence import kernels as pc
from recours.evidence.data import Batch, floats, restrict, texts
from recours.i18n import T


@dataclass
class Plausibility:
    """Checks on the rows of one dataset, batch by batch."""

    origin: str
    score: str | None = None
    score_range: tuple[float, float] = (0.0, 1.0)
    cutoffs: tuple[float, ...] = ()
    id_column: str | None = None
    low: float = math.inf
    high: float = -math.inf
    ids: list[pa.Array] = field(default_factory=list)

    def update(self, batch: Batch) -> None:
        if self.score is not None:
            self._scores(batch)
        if self.id_column is not None:
            self.ids.append(texts(batch, self.id_column))

    def _scores(self, batch: Batch) -> None:
        column = self.score or ""
        arr = batch.data.column(column)
        missing = pc.is_null(arr, nan_is_null=pa.types.is_floating(arr.type))
        if pa.types.is_string(arr.type):
            missing = pc.or_kleene(missing, pc.equal(pc.utf8_trim_whitespace(arr), ""))
        if pc.any(missing).as_py():
            # rows without a score (failed requests of a runner) are the accumulators' business
            batch = restrict(batch, ~np.asarray(missing.to_numpy(zero_copy_only=False), bool))
            if not batch.data.num_rows:
                return
        values = floats(batch, column)
        lo, hi = self.score_range
        low, high = float(values.min()), float(values.max())
        self.low, self.high = min(self.low, low), max(self.high, high)
        if lo <= low and high <= hi:
            return
        i = int(np.flatnonzero((values < lo) | (values > hi))[0])
        percent = hi == 1.0 and lo == 0.0 and values.min() >= 0 and values.max() <= 100
        fix = T("les scores semblent exprimés en pourcentage (0–100) : divisez-les par 100, ou "
                "déclarez « score_range: [0, 100] » et un cutoff sur la même échelle",
                "the scores look like percentages (0–100): divide them by 100, or declare "
                "'score_range: [0, 100]' and a cut-off on the same scale") if percent else T(
                f"corrigez la valeur, ou déclarez l'étendue réelle des scores (« score_range », "
                f"actuellement [{lo:g} ; {hi:g}])", f"fix the value, or declare the scores' real "
                f"range ('score_range', now [{lo:g}, {hi:g}])")
        raise DataError(T(f"score {values[i]:g} hors de l'étendue déclarée [{lo:g} ; {hi:g}]",
                          f"score {values[i]:g} outside the declared range [{lo:g}, {hi:g}]"),
                        where=batch.where(i, self.score), fix=fix)

    def finish(self) -> list[T]:
        """Raise for duplicated ids; the warnings to record in the bundle."""
        if self.ids:
            self._unique_ids()
        warnings = []
        for cut in self.cutoffs:
            if self.score is not None and self.low <= self.high and not self.low < cut <= self.high:
                side = T("négatifs", "negative") if cut > self.high else T("positifs", "positive")
                warnings.append(T(f"cutoff {cut:g} : toutes les lignes sont classées ", f"cut-off "
                                  f"{cut:g}: every row is classed ") + side + T(
                    f" (scores observés de {self.low:g} à {self.high:g}) ; vérifiez l'échelle",
                    f" (scores observed from {self.low:g} to {self.high:g}); check the scale"))
        return warnings

    def _unique_ids(self) -> None:
        counts = pc.value_counts(pa.chunked_array(self.ids))
        repeated = pc.filter(counts, pc.greater(counts.field("counts"), 1))
        if len(repeated) == 0:
            return
        values = repeated.field("values").to_pylist()
        extra = int(pc.sum(repeated.field("counts")).as_py()) - len(values)
        shown = ", ".join(f"« {v} »" for v in values[:5])
        raise DataError(T(f"{len(values)} identifiants en double dans la colonne « "
                          f"{self.id_column} » ({extra} lignes répétées ; par ex. {shown})",
                          f"{len(values)} duplicated ids in column '{self.id_column}' ({extra} "
                          f"repeated rows; e.g. {shown})"), where=self.origin,
                        fix=T("chaque cas ne doit compter qu'une fois : dédoublonnez le jeu de "
                              "test, ou retirez le rôle « id » si les répétitions sont voulues",
                              "each case must count once: remove the duplicates from the test "
                              "set, or unmap the 'id' role if the repeats are intended"))
