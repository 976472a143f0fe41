"""Evidence: prove or disprove the non-conformity of an AI system, and seal the proof.

``evaluate(spec, data) -> Results`` computes every commitment of a conformity specification in
one streaming pass with an estimate, an interval, one-sided tests and a three-valued verdict
(Holm-corrected across the spec).
"""

from recours.evidence.evaluate import Results, evaluate
from recours.evidence.spec import Spec, SpecDataset, load_spec, spec_from_dossier

__all__ = ["Results", "Spec", "SpecDataset", "evaluate", "load_spec", "spec_from_dossier"]
