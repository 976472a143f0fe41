"""Fixtures shared by the security tests: a real store (SQLite, PostgreSQL) and two firms."""

from tests.store.conftest import store, two_orgs  # noqa: F401
