"""Code civil rules (law I)."""
