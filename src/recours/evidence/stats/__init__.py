"""Statistics of the evidence domain: estimates, intervals, one-sided tests, verdicts, power.

Every function works on sufficient statistics (counts, sums, value/count tables), never on
rows, so that a 10-million-row log costs one streaming pass and the statistics cost does not
depend on the number of rows.
"""

from recours.evidence.stats.core import Direction, Estimate
from recours.evidence.stats.verdict import holm, verdicts

__all__ = ["Direction", "Estimate", "holm", "verdicts"]
