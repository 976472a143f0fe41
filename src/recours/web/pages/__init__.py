"""HTML pages, one router per part of the case (dossiers, contract, evidence, law…)."""
