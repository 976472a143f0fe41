"""The password policy: a length floor, a length cap checked before any hashing, no
character repeated over and over, and none of the common passwords shipped with the package
(``data/common-passwords.txt.gz``, its source and licence in ``data/COMMON-PASSWORDS.md``).
"""

from __future__ import annotations

import gzip
from functools import cache
from importlib.resources import files

from recours.errors import InputError
from recours.i18n import T

MIN_PASSWORD = 10          # characters
MAX_PASSWORD_BYTES = 1024  # UTF-8 bytes: refused before hashing
MIN_DISTINCT = 5           # different characters
_EDGES = "0123456789!?.,;:-_+*/#@&$%=~^'\"()[]{}<>| "


@cache
def common_passwords() -> frozenset[str]:
    """The shipped list of common passwords (lowercased)."""
    data = files("recours.store").joinpath("data/common-passwords.txt.gz").read_bytes()
    return frozenset(line.strip() for line in gzip.decompress(data).decode().splitlines()
                     if line.strip())


def too_long(password: str) -> bool:
    return len(password.encode("utf-8", "surrogatepass")) > MAX_PASSWORD_BYTES


def _fix() -> T:
    return T("choisissez une phrase de passe d'au moins quatre mots, par ex. "
             "« marron-falaise-violon-septembre »",
             "choose a passphrase of four words or more, e.g. 'chestnut-cliff-violin-september'")


def _refuse(fr: str, en: str) -> InputError:
    return InputError(T(fr, en), fix=_fix())


def _repeats_a_unit(password: str) -> bool:
    size = len(password)
    return any(size % unit == 0 and password[:unit] * (size // unit) == password
               for unit in range(1, size // 2 + 1))


def check_password(password: str) -> None:
    """:class:`InputError` saying which rule ``password`` breaks; nothing if it is acceptable."""
    if too_long(password):
        raise _refuse(f"mot de passe trop long (plus de {MAX_PASSWORD_BYTES} octets)",
                      f"password too long (over {MAX_PASSWORD_BYTES} bytes)")
    if len(password) < MIN_PASSWORD:
        raise _refuse(f"mot de passe trop court (moins de {MIN_PASSWORD} caractères)",
                      f"password too short (under {MIN_PASSWORD} characters)")
    if len(set(password)) < MIN_DISTINCT or _repeats_a_unit(password):
        raise _refuse("mot de passe fait d'un même caractère ou d'un même motif répété",
                      "password made of one character or one pattern repeated")
    lowered = password.lower()
    core = lowered.strip(_EDGES)
    common = common_passwords()
    if lowered in common or (len(core) >= 4 and core in common):
        raise _refuse("mot de passe trop courant : il figure dans la liste des mots de passe "
                      "les plus utilisés", "password too common: it is in the list of the "
                      "most used passwords")
