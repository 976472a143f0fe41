"""Governing law (ISO country code), competent court (city) and AI Act roles as stated."""

from __future__ import annotations

import re
from collections.abc import Iterable

from recours.contract.values.base import Sentence

LAWS: tuple[tuple[str, str], ...] = (
    ("FR", r"fran[çc]ais|française|\bfrance\b|\bfrench\b"),
    (
        "GB",
        r"england|english law|\bwales\b|scotland|scots law|scottish|northern ireland|angleterre|"
        r"anglais|écossais|[ée]cosse|united kingdom|royaume-uni",
    ),
    ("IE", r"ireland|irish|irlandais|irlande"),
    ("BE", r"belgi\w+|belge"),
    ("NL", r"netherlands|dutch|néerlandais|pays-bas"),
    ("DE", r"german\w*|allemand|allemagne"),
    ("LU", r"luxembourg\w*"),
    ("CH", r"swiss|switzerland|suisse"),
    ("ES", r"spain|spanish|espagnol"),
    ("IT", r"ital\w+"),
    (
        "AU",
        r"australi\w+|new south wales|victoria|queensland|tasmania|australian capital "
        r"territory|northern territory",
    ),
    (
        "CA",
        r"canad\w+|ontario|qu[ée]bec|british columbia|colombie-britannique|alberta|manitoba|"
        r"saskatchewan|nova scotia|nouvelle-[ée]cosse|new brunswick|nouveau-brunswick",
    ),
    (
        "US",
        r"new york|delaware|california|californie|united states|texas|washington|massachusetts|"
        r"illinois|florida|floride|nevada|[ée]tats-unis|u\.s\.a?\.?",
    ),
    ("SG", r"singapore|singapour"),
    ("HK", r"hong kong"),
    ("NZ", r"new zealand|nouvelle-z[ée]lande|néo-zélandais"),
    ("IN", r"india|inde|indian|indien(ne)?"),
    ("JP", r"japan|japon"),
    ("AT", r"austria|autriche|autrichien"),
    ("SE", r"sweden|swedish|suède|suédois"),
    ("DK", r"denmark|danish|danemark|danois"),
    ("PT", r"portugal|portugais|portuguese"),
    ("PL", r"poland|polish|pologne|polonais"),
)
# one pattern for every name, the longest first at each position: "New South Wales" is not
# Wales, "Northern Ireland" is not Ireland
_LAW_NAMES = re.compile(
    r"\b(?:" + "|".join(f"(?P<{code}{i}>{pattern})" for i, (code, pattern) in enumerate(LAWS))
    + r")(?!\w)",
    re.I,
)
# a sentence that chooses a law (the only place a governing law is read from: "Indemnify" is
# not India, "capitalized" is not Italy, "export from the United States" chooses nothing)
CHOICE_OF_LAW = re.compile(
    r"govern|régi|régissent|soumi|applicable|s'appliqu|appl(y|ies)|construed|interpreted|"
    r"enforced|interprété|relève|gouvern|laws? of|droit (français|de|du|des)|lois? (de|du|des)|"
    r"subject to",
    re.I,
)
# the law named right after "laws of" / « droit de » wins over a country named elsewhere
_LAW_OF = re.compile(
    r"(?:laws?|droit|loi|législation)\s+(?:in force\s+)?(?:of|in|de|du|des|d')\s*(?:the\s+|l'|la\s+|"
    r"le\s+)?(?:state of\s+|province of\s+|commonwealth of\s+|federal republic of\s+|republic of\s+)?",
    re.I,
)
# names of countries, states and regions that are never the city of a court
_REGIONS = re.compile(
    r"^(?:england|wales|scotland|ireland|northern ireland|france|germany|belgium|spain|italy|"
    r"switzerland|netherlands|australia|canada|new south wales|new south|victoria|"
    r"queensland|tasmania|ontario|quebec|québec|british columbia|alberta|delaware|"
    r"california|texas|new york state|england and wales|the state|the province|session|"
    r"justice|appeal|first instance|arbitration)$",
    re.I,
)
_CITY = r"([A-ZÉ][\w'-]+(?:[- ](?:sur|en|de|la|le)?[- ]?[A-ZÉ][\w'-]+)?)"
_COURTS = (
    # a court said to sit in a city comes first: "the courts of Ireland sitting in Dublin",
    # "the Court of Session in Edinburgh", "the courts of New South Wales sitting in Sydney"
    re.compile(
        r"(?i:tribunal|tribunaux|cour d'appel|courts?|juridictions?)[^.;]{0,60}?\b(?i:sitting|located|"
        r"situated|seated|siégeant|situés?|établis?|held) (?i:in|at|à) " + _CITY
    ),
    re.compile(r"(?i:court of) [A-Z][\w'-]+(?: [A-Z][\w'-]+)? (?i:in|at) " + _CITY),
    # the court's kind is no city: « Tribunal de Grande Instance de Toulouse », « Tribunal de
    # Commerce de Paris » (contract9)
    re.compile(
        r"(?i:tribunal|tribunaux|cour d'appel)(?:\s+(?i:de grande instance|de première instance|"
        r"de commerce|judiciaire|administratif|des activités économiques))?[^.;]{0,80}?\bd[e']\s?"
        + _CITY
    ),
    re.compile(
        r"(?i:courts? (?:of|in|at) (?:the )?)(?:(?i:republic|city|principality|grand duchy) of )?"
        + _CITY
    ),
    # a court named in capitals (« TRIBUNAL DE COMMERCE DE CAEN »)
    re.compile(
        r"(?:TRIBUNAL|TRIBUNAUX|COUR D'APPEL)(?: DE COMMERCE| JUDICIAIRE| ADMINISTRATIF| DE GRANDE "
        r"INSTANCE| DES ACTIVITÉS ÉCONOMIQUES)? D(?:E |')([A-ZÉÈ][A-ZÉÈ'-]+(?:[- ](?:SUR|EN)[- ]"
        r"[A-ZÉÈ][A-ZÉÈ'-]+)?)\b"
    ),
    re.compile(_CITY + r" (?:Commercial |District |Regional )?Courts?"),
    # "the exclusive place of jurisdiction … is Munich", « le lieu de juridiction est Lyon »
    re.compile(
        r"(?i:place of jurisdiction|venue|lieu de juridiction|for juridique)[^.;]{0,80}?\b(?i:is|"
        r"shall be|est|sera) (?:the city of |la ville de )?" + _CITY
    ),
    re.compile(r"(?i:jurisdiction) (?:is|shall be|lies with|of) (?:the )?(?:courts? of )?" + _CITY),
)
# a party's place named by reference ("the courts in the jurisdiction of the Project Owner's
# principal place of business"), a court's kind (« Grande Instance »): no city (contract9)
_NOT_A_PLACE = re.compile(
    r"['’]s$|^(?:grande instance|première instance|commerce|instance)$|^(?:provider|customer|"
    r"client|supplier|vendor|licensor|licensee|company|contractor|project owner|prestataire|"
    r"fournisseur|éditeur)\b",
    re.I,
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
        if not CHOICE_OF_LAW.search(item.text):
            continue
        named = _law_named(item.text)
        if named:
            return named
    return None


def _law_named(text: str) -> str | None:
    for law_of in _LAW_OF.finditer(text):
        found = _LAW_NAMES.match(text, law_of.end())
        if found and found.lastgroup:
            return found.lastgroup.rstrip("0123456789")
    found = _LAW_NAMES.search(text)
    return found.lastgroup.rstrip("0123456789") if found and found.lastgroup else None


def jurisdiction(items: Iterable[Sentence]) -> str | None:
    for item in items:
        for pattern in _COURTS:
            for found in pattern.finditer(item.text):
                city = re.sub(r"\s+city$", "", found.group(1), flags=re.I)
                if city.split()[0] in _NOT_CITY or _REGIONS.match(city) or _NOT_A_PLACE.search(city):
                    continue
                return court_city(city)
    return None


_SAINT = re.compile(r"^(saint|sainte|st|ste)\.?[\s-]+(?=\w)", re.IGNORECASE)


def court_city(city: str) -> str:
    """The court's city, normalised: lower case, accents kept as written; « St Etienne »,
    « St-Étienne », « Saint Etienne » give « saint-etienne » / « saint-étienne » as one name."""
    name = re.sub(r"\s+", " ", city.strip()).lower()
    saint = _SAINT.match(name)
    if saint is None:
        return name
    prefix = "sainte-" if saint.group(1) in ("sainte", "ste") else "saint-"
    return prefix + name[saint.end() :].replace(" ", "-")


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
