"""The one-query lookups of a dossier and its latest legal analysis keep the isolation."""

from __future__ import annotations

from pathlib import Path

import pytest

from recours.dossier import load_dossier
from recours.errors import NotFound
from recours.store import AnalysisRow, Scope, Store, repo

MINIMAL = Path(__file__).resolve().parents[1] / "dossier" / "fixtures" / "minimal.yaml"


def test_latest_law_is_the_newest_law_analysis_of_the_caller(
        store: Store, two_orgs: tuple[Scope, Scope]) -> None:
    mine, other = two_orgs
    with store.write() as session:
        row = repo.create_dossier(session, mine, load_dossier(MINIMAL))
        public_id = row.public_id
    with store.read() as session:
        assert repo.latest_law_id_owned(session, mine, public_id) is None
        assert repo.owned_with_latest_law(session, mine, public_id)[1] is None
    with store.write() as session:
        for kind in ("law", "law", "contract"):
            session.add(AnalysisRow(org_id=mine.org_id, dossier_id=row.id, kind=kind, data={}))
        session.flush()
        newest_law = max(a.id for a in repo.children(session, AnalysisRow, row)
                         if a.kind == "law")
    with store.read() as session:
        assert repo.latest_law_id_owned(session, mine, public_id) == newest_law
        found, law_id = repo.owned_with_latest_law(session, mine, public_id)
        assert (found.public_id, law_id) == (public_id, newest_law)
        for lookup in (repo.latest_law_id_owned, repo.owned_with_latest_law):
            with pytest.raises(NotFound):
                lookup(session, other, public_id)  # another organisation: as if absent
            with pytest.raises(NotFound):
                lookup(session, mine, "0" * 32)
