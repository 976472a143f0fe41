"""French law, cut like the law: code_civil/, code_commerce/, procedure/ (law I);
consommation/ and product_liability/ (law II). Every module is imported by
:func:`recours.law.engine.load_rules` to register its rules."""
