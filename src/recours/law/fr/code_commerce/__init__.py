"""Code de commerce rules (law I)."""
