"""European Union law: the AI Act (Regulation (EU) 2024/1689) and product liability."""
