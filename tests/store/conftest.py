from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from recours.store import Scope, Store, create_organisation, create_user
from tests.store.helpers import BACKENDS, open_store


@pytest.fixture(params=BACKENDS)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    opened = open_store(tmp_path, request.param)
    yield opened
    opened.close()


@pytest.fixture
def two_orgs(store: Store) -> tuple[Scope, Scope]:
    """Two organisations, each with a lawyer; their scopes."""
    with store.write() as session:
        scopes = []
        for name, email in (("Cabinet Alpha", "a@alpha.fr"), ("Cabinet Beta", "b@beta.fr")):
            org = create_organisation(session, name)
            user = create_user(session, org, email, "motdepasse-solide", role="lawyer")
            scopes.append(Scope.of(user))
    return scopes[0], scopes[1]
