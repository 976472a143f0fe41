"""Fixtures shared by the security tests: the web application's (two organisations, both
database backends) and a real store with two firms."""

from tests.store.conftest import store, two_orgs  # noqa: F401
from tests.web.conftest import alpha, app, beta  # noqa: F401
