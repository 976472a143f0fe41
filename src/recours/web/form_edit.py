"""Editing a dossier through the interview's step forms: the dossier as form fields, and a
step's fields written back into the dossier without touching what the form does not show
(other sections, other parties, fields only the YAML holds)."""

from __future__ import annotations

from typing import Any

from recours.web.forms import CAP_FIELDS, TABLES


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _amount(money: Any) -> str:
    return _text(money.get("amount")) if isinstance(money, dict) else ""


def _party_fields(party: dict[str, Any], prefix: str) -> dict[str, str]:
    out = {f"{prefix}_{k}": _text(party.get(k))
           for k in ("id", "name", "kind", "it_professional", "siren", "address")}
    rep, counsel = party.get("representative") or {}, party.get("counsel") or {}
    out[f"{prefix}_representative"] = _text(rep.get("name"))
    out[f"{prefix}_representative_title"] = _text(rep.get("title"))
    out[f"{prefix}_counsel"] = _text(counsel.get("name"))
    out[f"{prefix}_counsel_firm"] = _text(counsel.get("firm"))
    out[f"{prefix}_counsel_bar"] = _text(counsel.get("bar"))
    return out


_CONTRACT = ("kind", "title", "concluded_on", "obligation_level", "governing_law",
             "jurisdiction", "formal_notice_mode", "cure_period_days",
             "acceptance_period_days", "term_months", "notice_months", "tacit_renewal")


#: Row fields the emptiness of a row does not depend on (a choice with a default, an id the
#: user does not type, a file already uploaded), shown and sent back all the same.
_HIDDEN = {"datasets": ("kind",), "commitments": ("id", "comparator"), "losses": ("id",),
           "exhibits": ("file", "sha256")}


def _row_fields(section: str, item: dict[str, Any], i: int) -> dict[str, str]:
    prefix, keys = TABLES[section]
    flat = dict(item)
    if section == "datasets":
        flat.update(item.get("columns") or {})
    if section == "commitments":
        flat.update(item.get("source") or {})
        flat["comparator"] = item.get("comparator", "")
    if section == "losses":
        flat["amount"], flat["id"] = _amount(item.get("amount")), item.get("id")
    if section in ("exhibits", "proof"):
        key = "supports" if section == "exhibits" else "exhibits"
        flat[key] = ", ".join(item.get(key) or [])
    names = {*keys, *_HIDDEN.get(section, ())}
    return {f"{prefix}_{k}_{i}": _text(flat.get(k)) for k in names}


def data_to_form(data: dict[str, Any]) -> dict[str, str]:
    """The dossier's JSON form as the interview's fields (what the step forms show)."""
    form: dict[str, str] = {k: _text(data.get(k)) for k in ("reference", "title", "summary")}
    parties = data.get("parties") or []
    for prefix in ("client", "vendor"):
        party = next((p for p in parties if p.get("role") == prefix), None)
        if party is not None:
            form.update(_party_fields(party, prefix))
    contract = data.get("contract") or {}
    form.update({f"contract_{k}": _text(contract.get(k)) for k in _CONTRACT})
    price = contract.get("price") or {}
    form["contract_price"] = _amount(price.get("amount"))
    form["contract_price_basis"] = _text(price.get("basis"))
    cap = contract.get("liability_cap") or {}
    form["contract_cap_amount"] = _amount(cap.get("amount"))
    form.update({f"contract_cap_{k}": _text(cap.get(k))
                 for k in ("months_of_fees", "formula", "clause")})
    form.update({f"contract_cap_covers_{scope}": "yes" for scope in cap.get("covers") or []})
    system = data.get("ai_system") or {}
    form.update({f"ai_{k}": _text(system.get(k))
                 for k in ("name", "version", "intended_purpose", "sector")})
    form["ai_annex_iii_area"] = _text((system.get("ai_act") or {}).get("annex_iii_area"))
    for section in TABLES:
        for i, item in enumerate(data.get(section) or []):
            form.update(_row_fields(section, item, i))
    return form


def _overlay(old: dict[str, Any], new: dict[str, Any], managed: set[str],
             nested: dict[str, set[str]] | None = None) -> dict[str, Any]:
    """``new`` over ``old``: the keys the form manages come from ``new`` (absent: removed),
    the others stay; ``nested``: sub-objects merged the same way on the keys given."""
    out = {k: v for k, v in old.items() if k not in managed}
    out.update(new)
    for key, keys in (nested or {}).items():
        if key in new and isinstance(old.get(key), dict):
            kept = {k: v for k, v in old[key].items() if k not in keys}
            out[key] = {**kept, **new[key]}
    return out


_PARTY = {"id", "name", "role", "kind", "it_professional", "siren", "address",
          "representative", "counsel"}
_LISTS: dict[str, tuple[set[str], dict[str, set[str]]]] = {
    "timeline": ({"date", "type", "description"}, {}),
    "datasets": ({"id", "kind", "path", "columns", "description"},
                 {"columns": {"label", "score", "prediction"}}),
    "commitments": ({"id", "metric", "comparator", "threshold", "cutoff", "dataset", "group_by",
                     "source", "label"}, {"source": {"clause", "quote"}}),
    "losses": ({"id", "category", "description", "amount", "date"}, {"amount": {"amount"}}),
    "exhibits": ({"id", "kind", "title", "date", "author", "file", "sha256", "supports",
                  "note"}, {}),
    "proof": ({"fact", "status", "exhibits", "basis", "contested_by", "note"}, {}),
}


def _merge_list(section: str, old: list[dict[str, Any]], new: list[dict[str, Any]],
                origins: list[int | None]) -> list[dict[str, Any]]:
    managed, nested = _LISTS[section]
    out = []
    for item, origin in zip(new, origins, strict=True):
        base = old[origin] if origin is not None and origin < len(old) else {}
        out.append(_overlay(base, item, managed, nested))
    return out


def merge(current: dict[str, Any], new: dict[str, Any], sections: tuple[str, ...],
          origins: dict[str, list[int | None]]) -> dict[str, Any]:
    """``current`` (the dossier's JSON) with ``sections`` taken from ``new`` (built from the
    form); ``origins``: for each list item of ``new``, the index of the item it edits."""
    out = dict(current)
    for section in sections:
        if section in _LISTS:
            out[section] = _merge_list(section, current.get(section) or [],
                                       new.get(section) or [], origins.get(section, []))
        elif section == "parties":
            out["parties"] = _merge_parties(current.get("parties") or [], new["parties"])
        elif section == "contract":
            old_contract = current.get("contract") or {}
            contract = _overlay(old_contract, new["contract"],
                                {*_CONTRACT, "price", "liability_cap"},
                                {"price": {"amount", "basis"}})
            # the cap's fields the form does not show (excluded heads, carve-outs) are kept
            kept = {k: v for k, v in (old_contract.get("liability_cap") or {}).items()
                    if k not in CAP_FIELDS}
            cap = {**kept, **(new["contract"].get("liability_cap") or {})}
            if cap:
                contract["liability_cap"] = cap
            out["contract"] = contract
        elif section == "ai_system":
            old = current.get("ai_system") or {}
            system = _overlay(old, new["ai_system"],
                              {"name", "version", "intended_purpose", "sector", "ai_act"},
                              {"ai_act": {"annex_iii_area"}})
            if "provider" in old:
                system["provider"] = old["provider"]
            if isinstance(old.get("ai_act"), dict):
                system["ai_act"] = {**{k: v for k, v in old["ai_act"].items()
                                       if k != "annex_iii_area"},
                                    **{k: v for k, v in new["ai_system"]["ai_act"].items()
                                       if k != "roles"}}
            out["ai_system"] = system
        elif section in new:
            out[section] = new[section]
        else:
            out.pop(section, None)
    return out


def _merge_parties(old: list[dict[str, Any]], new: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The client and the vendor from the form (merged with theirs), other parties kept."""
    out = []
    for party in new:
        base = next((p for p in old if p.get("role") == party["role"]), {})
        out.append(_overlay(base, party, _PARTY,
                            {"representative": {"name", "title"},
                             "counsel": {"name", "firm", "bar"}}))
    roles = {p["role"] for p in new}
    return out + [p for p in old if p.get("role") not in roles]
