"""The security campaign reuses the web application's fixtures (two organisations, both
database backends)."""

from tests.web.conftest import alpha, app, beta  # noqa: F401
