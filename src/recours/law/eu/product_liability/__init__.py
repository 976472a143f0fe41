"""Directive (EU) 2024/2853 on liability for defective products, and the withdrawn AI
Liability Directive proposal."""
