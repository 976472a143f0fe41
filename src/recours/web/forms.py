"""The guided interview: form fields → dossier data, and dossier problems → form fields.

Validation is the dossier model's own (``recours.dossier.validate_data``): the messages the
user reads are the model's French (or English) problems, placed next to the field at fault.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

from recours.dossier import Dossier, validate_data
from recours.dossier.contract import CapScope
from recours.errors import DossierError
from recours.i18n import Lang, T
from recours.web.wording import for_web

EVENT_ROWS = 6
LOSS_ROWS = 3
DATASET_ROWS = 2
COMMITMENT_ROWS = 3
EXHIBIT_ROWS = 2
PROOF_ROWS = 2
FORM_PATH = Path("formulaire")
MAX_ROWS = 200  # rows of one table a form may hold
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
    party: dict[str, Any] = {"id": form.get(f"{prefix}_id") or prefix,
                             "name": form.get(f"{prefix}_name", ""),
                             "role": role, "kind": form.get(f"{prefix}_kind") or "company"}
    it_pro = _tri(form.get(f"{prefix}_it_professional", ""))
    if it_pro is not None:
        party["it_professional"] = it_pro
    for key in ("siren", "address"):
        if form.get(f"{prefix}_{key}"):
            party[key] = form[f"{prefix}_{key}"]
    if form.get(f"{prefix}_representative"):
        party["representative"] = {"name": form[f"{prefix}_representative"]}
        if form.get(f"{prefix}_representative_title"):
            party["representative"]["title"] = form[f"{prefix}_representative_title"]
    if form.get(f"{prefix}_counsel"):
        party["counsel"] = {"name": form[f"{prefix}_counsel"]}
        for key in ("firm", "bar"):
            if form.get(f"{prefix}_counsel_{key}"):
                party["counsel"][key] = form[f"{prefix}_counsel_{key}"]
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
    for key in ("governing_law", "jurisdiction", "formal_notice_mode"):
        if form.get(f"contract_{key}"):
            contract[key] = form[f"contract_{key}"]
    for key in ("cure_period_days", "acceptance_period_days", "term_months", "notice_months"):
        if form.get(f"contract_{key}"):
            contract[key] = _whole(form[f"contract_{key}"])
    renewal = _tri(form.get("contract_tacit_renewal", ""))
    if renewal is not None:
        contract["tacit_renewal"] = renewal
    cap = _cap(form)
    if cap:
        contract["liability_cap"] = cap
    return contract


#: The liability cap's fields the contract step shows (the YAML holds the rest: excluded heads,
#: carve-outs, a multiple of the fees).
CAP_FIELDS = ("amount", "months_of_fees", "formula", "clause", "covers")
#: Checkbox fields: a box left unticked is not posted at all, so a step's post is the whole
#: truth for them (never filled in from the dossier's current values).
CHECKBOXES = ("contract_cap_covers_",)


def _cap(form: Mapping[str, str]) -> dict[str, Any]:
    cap: dict[str, Any] = {}
    if form.get("contract_cap_amount"):
        cap["amount"] = _money(form["contract_cap_amount"])
    if form.get("contract_cap_months_of_fees"):
        cap["months_of_fees"] = _whole(form["contract_cap_months_of_fees"])
    for key in ("formula", "clause"):
        if form.get(f"contract_cap_{key}"):
            cap[key] = form[f"contract_cap_{key}"]
    covers = [scope.value for scope in CapScope
              if form.get(f"contract_cap_covers_{scope.value}") == "yes"]
    if covers:
        cap["covers"] = covers
    return cap


def _whole(value: str) -> int | str:
    """A whole number typed in a form (the model reports anything else)."""
    text = value.replace("\u00a0", "").replace(" ", "")
    return int(text) if text.isdigit() else value


def _number(value: str) -> float | str:
    text = value.replace("\u00a0", "").replace(" ", "").replace("%", "").replace(",", ".")
    try:
        return float(text) / (100 if "%" in value else 1)
    except ValueError:
        return value


def _datasets(form: Mapping[str, str]) -> list[dict[str, Any]]:
    out = []
    for r in _rows(form, DATASET_ROWS, ("id", "kind", "path", "label", "score", "prediction",
                                        "description"), "dataset"):
        columns = {role: r[role] for role in ("label", "score", "prediction") if r[role]}
        if not any(r[k] for k in TABLES["datasets"][1]):
            continue  # only the kind chosen by default: an empty row
        item = {"id": r["id"], "kind": r["kind"] or "predictions",
                "path": r["path"] or f"donnees/{r['id'] or 'jeu'}.csv", "columns": columns}
        if r["description"]:
            item["description"] = r["description"]
        out.append(item)
    return out


def _commitments(form: Mapping[str, str]) -> list[dict[str, Any]]:
    out = []
    keys = ("id", "metric", "comparator", "threshold", "cutoff", "dataset", "group_by", "clause",
            "quote", "label")
    rows = [r for r in _rows(form, COMMITMENT_ROWS, keys, "commitment")
            if any(r[k] for k in TABLES["commitments"][1])]  # not the default direction only
    for r, ident in zip(rows, _ids(rows, "C"), strict=True):
        item: dict[str, Any] = {"id": ident, "metric": r["metric"],
                                "comparator": r["comparator"] or ">=",
                                "threshold": _number(r["threshold"])}
        if r["cutoff"]:
            item["cutoff"] = _number(r["cutoff"])
        for key in ("dataset", "group_by", "label"):
            if r[key]:
                item[key] = r[key]
        if r["clause"]:
            item["source"] = {"clause": r["clause"], **({"quote": r["quote"]}
                                                         if r["quote"] else {})}
        out.append(item)
    return out


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


def row_span(form: Mapping[str, Any], prefix: str) -> int:
    """How many rows of table ``prefix`` the form holds (the highest index + 1)."""
    pattern = re.compile(rf"^{prefix}_[a-z0-9_]+?_(\d+)$")
    found = [int(m[1]) for k in form if (m := pattern.match(k)) and len(m[1]) < 4]
    return min(max(found, default=-1) + 1, MAX_ROWS)


def _rows(form: Mapping[str, str], count: int, keys: tuple[str, ...],
          prefix: str) -> list[dict[str, str]]:
    """The table's non-empty rows, each with its form row number under ``"#"``."""
    rows = []
    for i in range(max(count, row_span(form, prefix))):
        row = {k: form.get(f"{prefix}_{k}_{i}", "") for k in keys}
        if any(row.values()):
            rows.append({**row, "#": str(i)})
    return rows


def _next_id(used: set[str], letter: str) -> str:
    n = 1
    while f"{letter}{n}" in used:
        n += 1
    used.add(f"{letter}{n}")
    return f"{letter}{n}"


def _ids(rows: list[dict[str, str]], letter: str) -> list[str]:
    """Each row's id: the one it has, or the next free « C1 », « L2 »…"""
    used = {r["id"] for r in rows if r.get("id")}
    return [r["id"] or _next_id(used, letter) for r in rows]


def _listed(value: str) -> list[str]:
    return [part.strip() for part in value.split(",") if part.strip()]


def _exhibits(form: Mapping[str, str]) -> list[dict[str, Any]]:
    keys = ("id", "kind", "title", "date", "author", "file", "sha256", "supports", "note")
    rows = [r for r in _rows(form, EXHIBIT_ROWS, keys, "exhibit")
            if any(r[k] for k in TABLES["exhibits"][1])]  # not a hidden file alone
    out = []
    for r, ident in zip(rows, _ids(rows, "P"), strict=True):
        item: dict[str, Any] = {"id": ident, "kind": r["kind"] or "other", "title": r["title"],
                                "supports": _listed(r["supports"])}
        for key in ("date", "author", "file", "sha256", "note"):
            if r[key]:
                item[key] = r[key]
        out.append(item)
    return out


def _proof(form: Mapping[str, str]) -> list[dict[str, Any]]:
    keys = ("fact", "status", "exhibits", "basis", "contested_by", "note")
    out = []
    for r in _rows(form, PROOF_ROWS, keys, "proof"):
        item: dict[str, Any] = {"fact": r["fact"], "status": r["status"],
                                "exhibits": _listed(r["exhibits"])}
        for key in ("basis", "contested_by", "note"):
            if r[key]:
                item[key] = r[key]
        out.append(item)
    return out


def _losses(form: Mapping[str, str]) -> list[dict[str, Any]]:
    rows = _rows(form, LOSS_ROWS, ("id", "category", "description", "amount", "date"), "loss")
    rows = [r for r in rows if any(r[k] for k in ("category", "description", "amount", "date"))]
    return [{"id": ident, "category": r["category"] or "loss_suffered",
             "description": r["description"], "amount": _money(r["amount"]), "date": r["date"]}
            for r, ident in zip(rows, _ids(rows, "L"), strict=True)]


#: For each list of the dossier, the form table it comes from and the row keys it reads.
TABLES: dict[str, tuple[str, tuple[str, ...]]] = {
    "timeline": ("event", ("date", "type", "description")),
    "datasets": ("dataset", ("id", "path", "label", "score", "prediction", "description")),
    "commitments": ("commitment", ("metric", "threshold", "cutoff", "dataset", "group_by",
                                   "clause", "quote", "label")),
    "losses": ("loss", ("category", "description", "amount", "date")),
    "exhibits": ("exhibit", ("id", "kind", "title", "date", "author", "supports", "note")),
    "proof": ("proof", ("fact", "status", "exhibits", "basis", "contested_by", "note")),
}


def row_numbers(raw: Mapping[str, Any]) -> dict[str, list[int]]:
    """For each list of the dossier, the form row each of its items comes from."""
    form = {k: _clean(v) for k, v in raw.items()}
    out = {}
    for section, (prefix, keys) in TABLES.items():
        found = []
        for i in range(row_span(form, prefix)):
            if any(form.get(f"{prefix}_{k}_{i}") for k in keys):
                found.append(i)
        out[section] = found
    return out


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
        "datasets": _datasets(form),
        "commitments": _commitments(form),
        "losses": _losses(form),
        "exhibits": _exhibits(form),
        "proof": _proof(form),
    }
    if form.get("summary"):
        data["summary"] = form["summary"]
    return data


_INDEXED = re.compile(r"^(timeline|losses|datasets|commitments|exhibits|proof)\[(\d+)\]\.?(\w*)")
_ROW_PREFIX = {section: prefix for section, (prefix, _) in TABLES.items()}


def field_of(where: str | None, data: Mapping[str, Any],
             rows: Mapping[str, list[int]] | None = None) -> str:
    """The form field a problem's location points to ('' when it is about the whole form);
    ``rows``: the form row of each list item (:func:`row_numbers`)."""
    path = (where or "").split(": ", 1)[-1] if where and ": " in where else ""
    match = re.match(r"^parties\[(\d)\]\.?(\w*)", path)
    if match:
        return f"{_PARTY_PREFIX.get(int(match[1]), 'client')}_{match[2] or 'name'}"
    match = _INDEXED.match(path)
    if match:
        prefix, index = _ROW_PREFIX[match[1]], int(match[2])
        numbers = (rows or {}).get(match[1], [])
        row = numbers[index] if index < len(numbers) else index
        rest = {"source": "clause", "columns": "label", "amount": "amount"}.get(match[3],
                                                                                  match[3])
        default = {"event": "description", "loss": "description", "dataset": "id",
                   "commitment": "metric", "exhibit": "title", "proof": "fact"}[prefix]
        return f"{prefix}_{rest or default}_{row}"
    if path.startswith("contract.liability_cap"):
        rest = path[len("contract.liability_cap."):].split(".")[0].split("[")[0]
        return f"contract_cap_{rest if rest in CAP_FIELDS else 'formula'}"
    for section, prefix in (("contract.price", "contract_price"), ("contract.", "contract_"),
                            ("ai_system.ai_act", "ai_annex_iii_area"), ("ai_system.", "ai_")):
        if path.startswith(section):
            rest = path[len(section):].split(".")[0].split("[")[0]
            return prefix if section in ("contract.price", "ai_system.ai_act") else prefix + rest
    return path.split(".")[0].split("[")[0]


def validate_form(raw: Mapping[str, Any], lang: Lang) -> tuple[Dossier | None, dict[str, list[str]]]:
    """The dossier, or the problems by form field (key '' for general ones)."""
    return validate_data_of(form_to_data(raw), raw, lang)


def validate_data_of(data: dict[str, Any], raw: Mapping[str, Any],
                     lang: Lang) -> tuple[Dossier | None, dict[str, list[str]]]:
    """``data`` (built from the form ``raw``) as a dossier, or the problems by form field."""
    found: dict[str, list[str]] = {}
    required = T("champ obligatoire", "required field").render(lang)
    for name in REQUIRED:
        if not _clean(raw.get(name)):
            found[name] = [required]
    for field, text in coherence(raw, lang):
        found.setdefault(field, []).append(text)
    rows = row_numbers(raw)
    try:
        dossier = validate_data(data, FORM_PATH)
    except DossierError as error:
        for problem in error.problems or [error]:
            text = problem.message.render(lang)
            if problem.fix is not None:
                text += " — " + problem.fix.render(lang)
            field = field_of(problem.where, data, rows)
            if field not in found:
                found.setdefault(field, []).append(for_web(text, lang))
        return None, found
    return (None, found) if found else (dossier, {})


DEFECTS = ("defect_discovery", "incident", "complaint")


def coherence(raw: Mapping[str, Any], lang: Lang) -> list[tuple[str, str]]:
    """What the model accepts but a case cannot hold: a defect found, an incident or a
    complaint dated before the contract was concluded (a typo in one of the two dates)."""
    from recours.web.filters import LOCALES, _long_date

    try:
        signed = date.fromisoformat(_clean(raw.get("contract_concluded_on")))
    except ValueError:
        return []
    out = []
    for i in range(max(EVENT_ROWS, row_span(raw, "event"))):
        kind, day = _clean(raw.get(f"event_type_{i}")), _clean(raw.get(f"event_date_{i}"))
        if kind not in DEFECTS or not day:
            continue
        try:
            when = date.fromisoformat(day)
        except ValueError:
            continue
        if when < signed:
            out.append((f"event_date_{i}", T(
                f"cet événement ({_long_date(when, LOCALES['fr'])}) précède la conclusion du "
                f"contrat ({_long_date(signed, LOCALES['fr'])}) : un défaut du système ne peut "
                "être constaté avant le contrat — vérifiez les deux dates",
                f"this event ({_long_date(when, LOCALES['en'])}) is before the contract was "
                f"concluded ({_long_date(signed, LOCALES['en'])}): a defect of the system "
                "cannot be found before the contract — check both dates").render(lang)))
    return out
