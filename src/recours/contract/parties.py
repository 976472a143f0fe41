"""The parties a contract names: legal entities (« ISVTEC SARL », "Supabase, Inc.", "Mozilla
Corporation") and the designations given to the parties (« le Client », ("Customer")).

A designation in quotes is a party's only when it names a role (« le Prestataire »,
"Customer") or follows an entity's name (« … ISVTEC SARL … ci-après dénommée « ISVTEC » »):
the other defined terms of a preamble (« les Services », "Uptime Commitment", « tels quels »)
are things, not parties.
"""

from __future__ import annotations

import re

from recours.contract.model import ContractText

_FORMS = (
    r"SAS|SASU|SARL|EURL|SA|SCOP|SCIC|SNC|GIE|S\.A\.S\.?|S\.A\.R\.L\.?|S\.A\.|Inc\.?|Ltd\.?|"
    r"Limited|LLC|LLP|L\.L\.C\.|GmbH|AG|BV|B\.V\.|NV|N\.V\.|plc|PLC|Corporation|Corp\.?|SE|"
    r"S\.p\.A\.|Srl|S\.L\.|Oy|AB|AS|ApS"
)
# « La société ISVTEC SARL », "Supabase, Inc., a Delaware corporation", "Mozilla Corporation"
_ENTITY = re.compile(
    r"(?:\b[Ll]a société |\b[Ll]'entreprise )?\b((?:[A-Z][\w&'’-]*\.?)(?: (?:[A-Z][\w&'’-]*|de|"
    r"des|du|&|and|et)){0,4}),? (" + _FORMS + r")(?![\w.])"
)
# a company registered under a lower-case brand (« exploitée par netframe, SAS au capital de … »)
_REGISTERED = re.compile(
    r"\b(?:par|by|société|company|operated by)\s+([\w&'’.-]{2,40}),? (" + _FORMS + r") au "
    r"capital\b"
)
_AUTHORITY = re.compile(
    r"\b(direction interministérielle du numérique|ministère [\w' -]{3,60}?|[Ll]a DINUM|"
    r"commune de [A-Z][\w-]+|ville de [A-Z][\w-]+|région [\w -]{3,30}|département [\w -]{3,30})"
    r"(?=[ ,.(;]|$)"
)
_DESIGNATION = re.compile(
    r"(?:ci-après|hereinafter|the)?\s*\(?\s*[«\"“]\s*(?:le |la |l'|the )?"
    r"([A-ZÉ][^»\"”]{1,40}?)\s*[»\"”]",
    re.IGNORECASE,
)
_ROLES = re.compile(
    r"\b(client|clients|prestataire|fournisseur|titulaire|acheteur|pouvoir adjudicateur|"
    r"administration|éditeur|editeur|licencié|concédant|utilisateur|utilisatrice|abonné|"
    r"partenaire|sous-traitant|mandataire|customer|provider|supplier|vendor|contractor|licensor|"
    r"licensee|user|subscriber|buyer|seller|purchaser|partner|processor|controller|"
    r"disclosing party|receiving party|party|parties|partie|parties|company|société|"
    r"authority|organisation|organization|agency|autorité|collectivité|you|vous|we|nous)\b",
    re.IGNORECASE,
)
# defined terms that name things, never a party, even right after an entity's name
_THINGS = re.compile(
    r"^(agreement|contract|contrat|accord|conditions?|terms?|services?|cgu|cgv|offre|order|"
    r"commande|terms of (service|use))$",
    re.IGNORECASE,
)
_LEAD = re.compile(r"^(?:between|entre|and|et|by|par|with|avec)\s+", re.IGNORECASE)


def party_names(contract: ContractText, passages: int = 15) -> list[str]:
    """Entities then designations found in the first passages, each once, in order."""
    names: list[str] = []
    # the vendor is often named only in the contact block at the end of online terms
    chosen = contract.passages[:passages] + contract.passages[passages:][-10:]
    for index, passage in enumerate(chosen):
        text = passage.text
        entities = [(m.start(), m.end(), f"{m.group(1)} {m.group(2)}".replace(" ,", ","))
                    for m in _ENTITY.finditer(text)]
        entities += [(m.start(), m.end(), m.group(1)) for m in _AUTHORITY.finditer(text)]
        known = {start for start, _end, _name in entities}
        entities += [
            (m.start(1), m.end(), f"{m.group(1)} {m.group(2)}")
            for m in _REGISTERED.finditer(text)
            if m.start(1) not in known and not m.group(1)[:1].isupper()
        ]
        for _start, _end, entity in sorted(entities):
            _add(names, _tidy(entity))
        if index >= passages:
            continue  # designations are read in the preamble only
        for match in _DESIGNATION.finditer(text):
            name = match.group(1).strip(" ,;.")
            if len(name.split()) > 3:
                continue
            after_entity = any(0 <= match.start() - end <= 120 for _s, end, _e in entities)
            if _THINGS.match(name) or name.lower() in ("us", "our", "notre", "nos"):
                continue
            if _ROLES.search(name) or after_entity:
                _add(names, name)
    return names


def _tidy(entity: str) -> str:
    entity = re.sub(r"^(?:[Ll]a société |[Ll]'entreprise |[Ll]a |[Ll]e )", "", entity)
    entity = _LEAD.sub("", entity)
    # a name read twice across a line break (« Mozilla Corporation Mozilla Corporation »)
    entity = re.sub(r"^(.+?) \1$", r"\1", entity.strip())
    return re.sub(r"\s+", " ", entity).strip(" ,")


def _add(names: list[str], name: str) -> None:
    if name and name.lower() not in (n.lower() for n in names):
        names.append(name)
