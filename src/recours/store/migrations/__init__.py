"""Alembic migration scripts of the Recours database (run by ``recours.store.migrate``)."""
