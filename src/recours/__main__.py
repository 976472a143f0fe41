"""``python -m recours``: the ``recours`` command."""

from recours.cli.main import run

run()
