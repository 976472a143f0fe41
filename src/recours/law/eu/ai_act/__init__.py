"""Regulation (EU) 2024/1689 (AI Act): tiers, roles, dates, duties, and the link to the contract."""
