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
from recours.errors import DossierError
from recours.i18n import Lang, T
from recours.web.wording import for_web

EVENT_ROWS = 6
LOSS_ROWS = 3
DATASET_ROWS = 2
COMMITMENT_ROWS = 3
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
    return contract


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
    for r in _rows(form, DATASET_ROWS, ("id", "kind", "path", "label", "score", "prediction"),
                   "dataset"):
        columns = {role: r[role] for role in ("label", "score", "prediction") if r[role]}
        if not r["id"] and not columns and not r["path"]:
            continue  # only the kind chosen by default: an empty row
        out.append({"id": r["id"], "kind": r["kind"] or "predictions",
                    "path": r["path"] or f"donnees/{r['id'] or 'jeu'}.csv", "columns": columns})
    return out


def _commitments(form: Mapping[str, str]) -> list[dict[str, Any]]:
    out = []
    keys = ("metric", "comparator", "threshold", "cutoff", "dataset", "clause", "quote")
    rows = [r for r in _rows(form, COMMITMENT_ROWS, keys, "commitment")
            if any(r[k] for k in keys if k != "comparator")]  # not only the default direction
    for i, r in enumerate(rows):
        item: dict[str, Any] = {"id": f"C{i + 1}", "metric": r["metric"],
                                "comparator": r["comparator"] or ">=",
                                "threshold": _number(r["threshold"])}
        if r["cutoff"]:
            item["cutoff"] = _number(r["cutoff"])
        if r["dataset"]:
            item["dataset"] = r["dataset"]
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
        "datasets": _datasets(form),
        "commitments": _commitments(form),
        "losses": [
            {"id": f"L{i + 1}", "category": r["category"] or "loss_suffered",
             "description": r["description"], "amount": _money(r["amount"]), "date": r["date"]}
            for i, r in enumerate(_rows(form, LOSS_ROWS,
                                        ("category", "description", "amount", "date"), "loss"))],
    }
    if form.get("summary"):
        data["summary"] = form["summary"]
    return data


_INDEXED = re.compile(r"^(timeline|losses|datasets|commitments)\[(\d+)\]\.?(\w*)")
_ROW_PREFIX = {"timeline": "event", "losses": "loss", "datasets": "dataset",
               "commitments": "commitment"}


def field_of(where: str | None, data: Mapping[str, Any]) -> str:
    """The form field a problem's location points to ('' when it is about the whole form)."""
    path = (where or "").split(": ", 1)[-1] if where and ": " in where else ""
    match = re.match(r"^parties\[(\d)\]\.?(\w*)", path)
    if match:
        return f"{_PARTY_PREFIX.get(int(match[1]), 'client')}_{match[2] or 'name'}"
    match = _INDEXED.match(path)
    if match:
        prefix = _ROW_PREFIX[match[1]]
        rest = {"source": "clause", "columns": "label"}.get(match[3], match[3])
        default = {"event": "description", "loss": "description", "dataset": "id",
                   "commitment": "metric"}[prefix]
        return f"{prefix}_{rest or default}_{match[2]}"
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
    except DossierError as error:
        problems = error.problems or [error]
        for problem in problems:
            text = problem.message.render(lang)
            if problem.fix is not None:
                text += " — " + problem.fix.render(lang)
            field = field_of(problem.where, data)
            if field not in found:
                found.setdefault(field, []).append(for_web(text, lang))
        return None, found
    for field, text in coherence(dossier, raw, lang):
        found.setdefault(field, []).append(text)
    return (None, found) if found else (dossier, {})


DEFECTS = ("defect_discovery", "incident", "complaint")


def coherence(dossier: Dossier, raw: Mapping[str, Any], lang: Lang) -> list[tuple[str, str]]:
    """What the model accepts but a case cannot hold: a defect found, an incident or a
    complaint dated before the contract was concluded (a typo in one of the two dates)."""
    from recours.web.filters import LOCALES, _long_date

    signed = dossier.contract.concluded_on
    out = []
    for i in range(EVENT_ROWS):
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
