"""Runners: query the system under test (HTTP endpoint, Python callable) on a test set and
return a predictions table, with every request and response journaled."""

from recours.evidence.runners.base import RunOutcome, case_rows
from recours.evidence.runners.callable import run_callable
from recours.evidence.runners.http import run_endpoint

__all__ = ["RunOutcome", "case_rows", "run_callable", "run_endpoint"]
