"""Code de la consommation: conformity of digital content and services (L224-25-1 s.), of
goods with digital elements (L217-3 s.), and unfair terms (L212-1) — consumer buyers only."""
