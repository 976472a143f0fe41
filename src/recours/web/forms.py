"""The guided interview: form fields → dossier data, and dossier problems → form fields.

Validation is the dossier model's own (``recours.dossier.validate_data``): the messages the
user reads are the model's French (or English) problems, placed next to the field at fault.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from recours.dossier import Dossier, validate_data
from recours.errors import DossierError
from recours.i18n import Lang, T

EVENT_ROWS = 6
LOSS_ROWS = 3
FORM_PATH = Path("formulaire")
_PARTY_PREFIX = {0: "client", 1: "vendor"}
REQUIRED = ("reference", "title", "client_name", "vendor_name", "contract_title",
            "contract_concluded_on", "ai_name", "ai_intended_purpose")


def _clean(value: Any) -> str:
    return str(value).strip() if value is not None else ""


def _tri(value: str) -> bool | None:
    return {"yes": True, "no": False}.get(value)


def _money(value: str) -> dict[str, Any]:
    text = value.replace("\u00a0", "").replace(" ", "").replace("€", "").replace(",", ".")
    try:
        return {"amount": float(text), "currency": "EUR"}
    except ValueError:
        return {"amount": value, "currency": "EUR"}  # the model reports the amount


def _party(form: Mapping[str, str], prefix: str, role: str) -> dict[str, Any]:
    party: dict[str, Any] = {"id": prefix, "name": form.get(f"{prefix}_name", ""),
                             "role": role, "kind": form.get(f"{prefix}_kind") or "company"}
    it_pro = _tri(form.get(f"{prefix}_it_professional", ""))
    if it_pro is not None:
        party["it_professional"] = it_pro
    for key in ("siren", "address"):
        if form.get(f"{prefix}_{key}"):
            party[key] = form[f"{prefix}_{key}"]
    return party


def _contract(form: Mapping[str, str]) -> dict[str, Any]:
    contract: dict[str, Any] = {
        "kind": form.get("contract_kind", ""),
        "title": form.get("contract_title", ""),
        "concluded_on": form.get("contract_concluded_on", ""),
        "obligation_level": form.get("contract_obligation_level") or "unspecified",
    }
    if form.get("contract_price"):
        contract["price"] = {"amount": _money(form["contract_price"]),
                             "basis": form.get("contract_price_basis") or "one_off"}
    for key in ("governing_law", "jurisdiction"):
        if form.get(f"contract_{key}"):
            contract[key] = form[f"contract_{key}"]
    return contract


def _ai_system(form: Mapping[str, str]) -> dict[str, Any]:
    system: dict[str, Any] = {"name": form.get("ai_name", ""), "provider": "vendor",
                              "intended_purpose": form.get("ai_intended_purpose", "")}
    for key in ("version", "sector"):
        if form.get(f"ai_{key}"):
            system[key] = form[f"ai_{key}"]
    roles = {"vendor": "provider", "client": "deployer"}
    system["ai_act"] = {"roles": roles}
    if form.get("ai_annex_iii_area"):
        system["ai_act"]["annex_iii_area"] = form["ai_annex_iii_area"]
    return system


def _rows(form: Mapping[str, str], count: int, keys: tuple[str, ...],
          prefix: str) -> list[dict[str, str]]:
    rows = []
    for i in range(count):
        row = {k: form.get(f"{prefix}_{k}_{i}", "") for k in keys}
        if any(row.values()):
            rows.append(row)
    return rows


def form_to_data(raw: Mapping[str, Any]) -> dict[str, Any]:
    """Plain dossier data from the interview's fields (empty optional fields left out)."""
    form = {k: _clean(v) for k, v in raw.items()}
    data: dict[str, Any] = {
        "reference": form.get("reference", ""),
        "title": form.get("title", ""),
        "parties": [_party(form, "client", "client"), _party(form, "vendor", "vendor")],
        "contract": _contract(form),
        "ai_system": _ai_system(form),
        "timeline": [
            {"date": r["date"], "type": r["type"] or "other", "description": r["description"]}
            for r in _rows(form, EVENT_ROWS, ("date", "type", "description"), "event")],
        "losses": [
            {"id": f"L{i + 1}", "category": r["category"] or "loss_suffered",
             "description": r["description"], "amount": _money(r["amount"]), "date": r["date"]}
            for i, r in enumerate(_rows(form, LOSS_ROWS,
                                        ("category", "description", "amount", "date"), "loss"))],
    }
    if form.get("summary"):
        data["summary"] = form["summary"]
    return data


_INDEXED = re.compile(r"^(timeline|losses)\[(\d+)\]\.?(\w*)")


def field_of(where: str | None, data: Mapping[str, Any]) -> str:
    """The form field a problem's location points to ('' when it is about the whole form)."""
    path = (where or "").split(": ", 1)[-1] if where and ": " in where else ""
    match = re.match(r"^parties\[(\d)\]\.?(\w*)", path)
    if match:
        return f"{_PARTY_PREFIX.get(int(match[1]), 'client')}_{match[2] or 'name'}"
    match = _INDEXED.match(path)
    if match:
        prefix = "event" if match[1] == "timeline" else "loss"
        return f"{prefix}_{match[3] or 'description'}_{match[2]}"
    for section, prefix in (("contract.price", "contract_price"), ("contract.", "contract_"),
                            ("ai_system.ai_act", "ai_annex_iii_area"), ("ai_system.", "ai_")):
        if path.startswith(section):
            rest = path[len(section):].split(".")[0].split("[")[0]
            return prefix if section in ("contract.price", "ai_system.ai_act") else prefix + rest
    return path.split(".")[0].split("[")[0]


def validate_form(raw: Mapping[str, Any], lang: Lang) -> tuple[Dossier | None, dict[str, list[str]]]:
    """The dossier, or the problems by form field (key '' for general ones)."""
    data = form_to_data(raw)
    found: dict[str, list[str]] = {}
    required = T("champ obligatoire", "required field").render(lang)
    for name in REQUIRED:
        if not _clean(raw.get(name)):
            found[name] = [required]
    try:
        dossier = validate_data(data, FORM_PATH)
        return (None, found) if found else (dossier, {})
    except DossierError as error:
        problems = error.problems or [error]
        for problem in problems:
            text = problem.message.render(lang)
            if problem.fix is not None:
                text += " — " + problem.fix.render(lang)
            field = field_of(problem.where, data)
            if field not in found:
                found.setdefault(field, []).append(text)
        return None, found
