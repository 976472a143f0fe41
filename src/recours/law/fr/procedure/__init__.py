"""Limitation periods and procedural time limits (law I)."""
