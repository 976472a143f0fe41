"""The contract page's read model: clauses grouped by kind under four families (the legend's
colours), the values read from the text in words (cap, durations, commitments), and which
kinds the contract lacks."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from recours.documents.figures import COMPARATOR_WORDS, metric_name, value
from recours.documents.typography import format_amount, format_pct
from recours.dossier.commitments import Comparator, Metric
from recours.i18n import Lang, T

# family → (label, kinds); the family is the highlight colour in the text and the legend
FAMILIES: dict[str, tuple[T, tuple[str, ...]]] = {
    "liability": (T("Responsabilité et garanties", "Liability and warranties"),
                  ("liability_cap", "liability_exclusion", "warranty_exclusion",
                   "warranty_conformity", "insurance", "force_majeure")),
    "performance": (T("Performance, niveaux de service, recette", "Performance, service "
                      "levels, acceptance"), ("performance_commitment", "service_levels",
                                              "penalties", "acceptance_testing")),
    "ai_data": (T("IA, données et contrôle", "AI, data and oversight"),
                ("ai_act_roles", "human_oversight", "logging", "transparency",
                 "data_protection", "confidentiality", "audit_rights")),
    "law_end": (T("Droit applicable, fin du contrat", "Governing law, end of the contract"),
                ("governing_law", "jurisdiction", "termination", "reversibility",
                 "ip_ownership")),
}
FAMILY_OF = {kind: family for family, (_, kinds) in FAMILIES.items() for kind in kinds}
CARVE_OUTS: dict[str, T] = {
    "gross_fault": T("faute lourde", "gross negligence"),
    "wilful_misconduct": T("faute dolosive", "wilful misconduct"),
    "bodily_injury": T("dommages corporels", "bodily injury"),
    "fraud": T("fraude", "fraud"),
    "confidentiality": T("confidentialité", "confidentiality"),
    "personal_data": T("données personnelles", "personal data"),
    "ip_infringement": T("contrefaçon", "IP infringement"),
    "ai_act_compliance": T("conformité à l'AI Act", "AI Act compliance"),
}
EXCLUSIONS: dict[str, T] = {
    "indirect": T("dommages indirects", "indirect damages"),
    "lost_profit": T("manque à gagner", "lost profit"),
    "data_loss": T("pertes de données", "data loss"),
    "business_interruption": T("pertes d'exploitation", "business interruption"),
    "reputational": T("atteinte à l'image", "reputational harm"),
}
UNITS = {"d": T("jour", "day"), "m": T("mois", "month"), "y": T("an", "year"),
         "w": T("semaine", "week")}
WINDOWS = {"monthly": T("par mois", "per month"), "weekly": T("par semaine", "per week"),
           "daily": T("par jour", "per day"), "whole": T("sur l'ensemble", "overall")}
NOTICES = {"renewal": T("Préavis de non-reconduction", "Non-renewal notice"),
           "cure": T("Délai pour remédier après mise en demeure", "Cure period after notice"),
           "termination": T("Préavis de résiliation", "Termination notice"),
           "other": T("Autre préavis", "Other notice")}


@dataclass
class KindGroup:
    kind: str
    label: str
    family: str
    passages: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class FamilyView:
    key: str
    label: str
    groups: list[KindGroup]
    absent: list[str]


def families(kinds: dict[str, Any], labels: dict[str, T], lang: Lang) -> list[FamilyView]:
    """Each family's kinds found (with their passages, best first) and those absent."""
    out = []
    for key, (label, members) in FAMILIES.items():
        groups, absent = [], []
        for kind in members:
            found = kinds.get(kind) or {}
            name = labels[kind].render(lang) if kind in labels else kind
            if found.get("present") and found.get("passages"):
                groups.append(KindGroup(kind, name, key, list(found["passages"])))
            else:
                absent.append(name)
        out.append(FamilyView(key, label.render(lang), groups, absent))
    return out


def duration(text: str | None, lang: Lang) -> str | None:
    """« 6m » → « 6 mois », « 30d » → « 30 jours »."""
    found = re.fullmatch(r"(\d+)([dwmy])", text or "")
    if not found:
        return text
    n, unit = int(found[1]), UNITS[found[2]]
    word = unit.render(lang)
    if n > 1 and not word.endswith("s"):
        word += "s"
    return f"{n}\u00a0{word}" if lang == "fr" else f"{n} {word}"


def _yes(flag: bool, lang: Lang) -> str:
    return T("oui", "yes").render(lang) if flag else T("non", "no").render(lang)


def value_rows(values: dict[str, Any], lang: Lang) -> list[tuple[str, str]]:
    """The values read from the contract, as (label, value in words)."""
    def t(fr: str, en: str) -> str:
        return T(fr, en).render(lang)

    rows: list[tuple[str, str]] = []
    cap = values.get("liability_cap") or {}
    if cap:
        if cap.get("amount") is not None:
            words = format_amount(cap["amount"], cap.get("currency") or "EUR", lang)
        elif cap.get("months_of_fees") is not None:
            words = t(f"{cap['months_of_fees']} mois de redevances",
                      f"{cap['months_of_fees']} months of fees")
        elif cap.get("fees_multiple") is not None:
            multiple = f"{cap['fees_multiple']:g}".replace(".", "," if lang == "fr" else ".")
            words = t(f"{multiple} × le prix payé", f"{multiple} × the fees paid")
        else:
            words = t("oui (montant non chiffré)", "yes (no figure)")
        rows.append((t("Plafond de responsabilité", "Liability cap"), words))
    if values.get("liability_exclusions"):
        rows.append((t("Dommages exclus", "Damages excluded"), ", ".join(
            EXCLUSIONS[c].render(lang) if c in EXCLUSIONS else c
            for c in values["liability_exclusions"])))
    if values.get("carve_outs"):
        rows.append((t("Hors plafond", "Outside the cap"), ", ".join(
            CARVE_OUTS[c].render(lang) if c in CARVE_OUTS else c for c in values["carve_outs"])))
    if values.get("price_amount") is not None:
        rows.append((t("Prix", "Price"), format_amount(values["price_amount"], "EUR", lang)))
    if values.get("payment_days") is not None:
        rows.append((t("Délai de paiement", "Payment term"),
                     duration(f"{values['payment_days']}d", lang) or ""))
    if values.get("term"):
        rows.append((t("Durée", "Term"), duration(values["term"], lang) or ""))
    if values.get("tacit_renewal") is not None:
        rows.append((t("Reconduction tacite", "Tacit renewal"),
                     _yes(values["tacit_renewal"], lang)))
    for purpose, notice in (values.get("notices") or {}).items():
        label = NOTICES.get(purpose, NOTICES["other"])
        rows.append((label.render(lang), duration(notice, lang) or ""))
    if values.get("acceptance_days") is not None:
        rows.append((t("Délai de recette", "Acceptance period"),
                     duration(f"{values['acceptance_days']}d", lang) or ""))
    if values.get("availability") is not None:
        window = WINDOWS.get(values.get("sla_window") or "", T("", ""))
        rows.append((t("Disponibilité garantie", "Guaranteed availability"),
                     f"{format_pct(values['availability'], lang, digits=2)} "
                     f"{window.render(lang)}".strip()))
    if values.get("credit_cap") is not None:
        rows.append((t("Crédits de service plafonnés à", "Service credits capped at"),
                     format_pct(values["credit_cap"], lang, digits=0)))
    if values.get("exclusive_remedy"):
        rows.append((t("Recours exclusif", "Exclusive remedy"), _yes(True, lang)))
    return rows


def commitment_rows(commitments: list[dict[str, Any]], lang: Lang) -> list[dict[str, Any]]:
    """Each measurable commitment in words: « Rappel d'au moins 70,0 % (sur l'ensemble) »."""
    rows = []
    for c in commitments:
        try:
            metric, comparator = Metric(c["metric"]), Comparator(c["comparator"])
        except ValueError:
            words = f"{c.get('metric')} {c.get('comparator')} {c.get('threshold')}"
        else:
            words = (f"{metric_name(metric, lang)} : {COMPARATOR_WORDS[comparator].render(lang)} "
                     f"{value(metric, c['threshold'], lang, c.get('unit'))}")
        window = WINDOWS.get(c.get("window") or "")
        rows.append({"words": words, "window": window.render(lang) if window else "",
                     "section": c.get("section"), "page": c.get("page"),
                     "quote": c.get("quote")})
    return rows
