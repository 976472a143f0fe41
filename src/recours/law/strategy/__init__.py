"""The strategy: an ordered, dated plan of action built from the analysis and the deadlines."""
