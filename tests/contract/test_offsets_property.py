"""Property: whatever the text, every passage is exactly its slice of the extracted text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from recours.contract.reading import read_contract_bytes
from recours.errors import ContractReadError

LINES = st.lists(
    st.one_of(
        st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=80),
        st.sampled_from(
            [
                "Article 3 – Prix",
                "12.3 La responsabilité",
                "# Titre",
                "| a | b |",
                "",
                "\f",
                "I. Objet",
                "a) premier point",
                "- puce",
            ]
        ),
    ),
    min_size=1,
    max_size=30,
)


@settings(max_examples=60, deadline=None)
@given(LINES, st.sampled_from(["c.txt", "c.md"]))
def test_passages_are_slices(lines: list[str], name: str) -> None:
    text = "\n".join(lines)
    if not text.strip() or "\x00" in text:
        return
    try:
        contract = read_contract_bytes(text.encode("utf-8"), name)
    except ContractReadError:  # the only error allowed (empty after normalisation)
        return
    previous_end = -1
    for passage in contract.passages:
        assert contract.text[passage.start : passage.end] == passage.text
        assert passage.start > previous_end and passage.page >= 1
        previous_end = passage.end
