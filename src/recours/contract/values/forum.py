"""Governing law (ISO country code), competent court (city) and AI Act roles as stated."""

from __future__ import annotations

import re
from collections.abc import Iterable

from recours.contract.values.base import Sentence

LAWS: tuple[tuple[str, str], ...] = (
    ("FR", r"fran[çc]ais|française|\bfrance\b|\bfrench\b"),
    ("GB", r"england|english law|wales|scotland|scots law|angleterre|anglais"),
    ("IE", r"ireland|irish|irlandais"),
    ("BE", r"belgi\w+|belge"),
    ("NL", r"netherlands|dutch|néerlandais|pays-bas"),
    ("DE", r"german\w*|allemand|allemagne"),
    ("LU", r"luxembourg\w*"),
    ("CH", r"swiss|switzerland|suisse"),
    ("ES", r"spain|spanish|espagnol"),
    ("IT", r"ital\w+"),
    ("US", r"new york|delaware|california|united states"),
)
_CITY = r"([A-ZÉ][\w'-]+(?:[- ](?:sur|en|de|la|le)?[- ]?[A-ZÉ][\w'-]+)?)"
_COURTS = (
    re.compile(r"(?i:tribunal|tribunaux|cour d'appel)[^.;]{0,80}?\bd[e']\s?" + _CITY),
    re.compile(r"(?i:courts? (?:of|in|at) (?:the )?)" + _CITY),
    re.compile(_CITY + r" (?:Commercial |District |Regional )?Courts?"),
    re.compile(
        r"(?i:tribunal|tribunaux|cour d'appel|courts?)[^.;]{0,60}?\b(?i:sitting|located|situated|"
        r"seated|siégeant|situés?|établis?) (?i:in|at|à) " + _CITY
    ),
    re.compile(r"(?i:jurisdiction) (?:is|shall be|lies with|of) (?:the )?(?:courts? of )?" + _CITY),
)
_NOT_CITY = {"The", "Commercial", "Court", "Courts", "Each", "This", "All", "Any", "Exclusive"}

VENDOR_WORDS = (
    r"prestataire|fournisseur|titulaire|éditeur|concédant|supplier|vendor|contractor|"
    r"licensor|service provider|provider|editor"
)
CLIENT_WORDS = (
    r"client|acheteur|pouvoir adjudicateur|licencié|utilisateur|customer|buyer|"
    r"licensee|authority|public organisation|operator|deployer organisation|banque"
)
ROLE = re.compile(
    r"(?:en qualité de|(?:a|ont|aura|auront) la qualité de|comme|\bas\b|\best\b(?: le| la| l')?|\bêtre\b(?: le| la| l')?|"
    r"\bis\b(?: the)?|acts as|agit .{0,20}?|\ble\b|\bla\b|"
    r"en est)\s+(?:le |la |l'|the |a |an |its |their |son |sa |leur )?(fournisseur|déployeur|importateur|distributeur|"
    r"mandataire|provider|deployer|importer|distributor|authorised representative)\b",
    re.I,
)
ROLE_CODES = {
    "fournisseur": "provider",
    "provider": "provider",
    "déployeur": "deployer",
    "deployer": "deployer",
    "importateur": "importer",
    "importer": "importer",
    "distributeur": "distributor",
    "distributor": "distributor",
    "mandataire": "authorised_representative",
    "authorised representative": "authorised_representative",
}


def governing_law(items: Iterable[Sentence]) -> str | None:
    for item in items:
        for code, pattern in LAWS:
            if re.search(pattern, item.text, re.I):
                return code
    return None


def jurisdiction(items: Iterable[Sentence]) -> str | None:
    for item in items:
        for pattern in _COURTS:
            for found in pattern.finditer(item.text):
                city = found.group(1)
                if city.split()[0] in _NOT_CITY:
                    continue
                return re.sub(r"\s+city$", "", city, flags=re.I).lower()
    return None


def ai_act_roles(items: Iterable[Sentence]) -> dict[str, str]:
    roles: dict[str, str] = {}
    for item in items:
        for clause in re.split(r";|\band\b|\bet\b|,", item.text):
            role = ROLE.search(clause)
            if not role:
                continue
            code = ROLE_CODES[role.group(1).lower()]
            who = clause[: role.start()]
            party = (
                "vendor"
                if re.search(VENDOR_WORDS, who, re.I)
                else "client"
                if re.search(CLIENT_WORDS, who, re.I)
                else None
            )
            if party is None:
                party = {"provider": "vendor", "deployer": "client"}.get(code) or (
                    "client" if "vendor" in roles else "vendor"
                )
            roles.setdefault(party, code)
    return roles
