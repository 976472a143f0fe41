"""Liability for defective products in the Code civil (art. 1245 s.), and the choice between
it and Directive (EU) 2024/2853 by the date the product was placed on the market."""
