"""One elision helper for every French message: « d'Antoine », « du Président », « d'avocat@… »."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from recours.elision import a, de, definite, elides
from recours.errors import InputError
from recours.i18n import T
from recours.keyfiles import check_private_file


@pytest.mark.parametrize(("phrase", "expected"), [
    ("Antoine Mercier", "d'Antoine Mercier"),
    ("Élodie Arnaud", "d'Élodie Arnaud"),
    ("avocat@roussel-avocats.example", "d'avocat@roussel-avocats.example"),
    ("Hélène Vasseur", "d'Hélène Vasseur"),
    ("Hollande", "de Hollande"),  # h aspiré
    ("Paris", "de Paris"),
    ("Aix-en-Provence", "d'Aix-en-Provence"),
    ("le Président", "du Président"),
    ("les Parties", "des Parties"),
    ("la Gérante", "de la Gérante"),
    ("l'Éditeur", "de l'Éditeur"),
    ("le secret des sessions", "du secret des sessions"),
])
def test_de_elides_and_contracts(phrase: str, expected: str) -> None:
    assert de(phrase) == expected


def test_a_and_definite() -> None:
    assert a("le Président") == "au Président" and a("les Parties") == "aux Parties"
    assert a("la société") == "à la société"
    assert definite("Président") == "le Président"
    assert definite("Présidente", feminine=True) == "la Présidente"
    assert definite("Administrateur") == "l'Administrateur"
    assert elides("Yves") and not elides("Marc") and not elides("")


def test_a_key_folder_open_to_others_is_named_with_its_elision(tmp_path: Path) -> None:
    folder = tmp_path / "keys"
    folder.mkdir()
    key = folder / "secret.key"
    key.write_bytes(b"x" * 32)
    key.chmod(0o600)
    os.chmod(folder, 0o777)
    with pytest.raises(InputError) as caught:
        check_private_file(key, T("le secret des sessions", "the session secret"))
    text = caught.value.render("fr")
    assert "le dossier du secret des sessions" in text and "de le " not in text
