"""Render an analysis and its review as JSON-ready data, Markdown or HTML (no I/O)."""

from __future__ import annotations

import html
import json
from typing import Any

from recours.contract.analysis import ContractAnalysis
from recours.contract.kinds import KINDS
from recours.contract.review import ContractReview
from recours.i18n import Lang, T

KIND_LABELS: dict[str, T] = {
    "liability_cap": T("Plafond de responsabilité", "Liability cap"),
    "liability_exclusion": T("Exclusions de responsabilité", "Liability exclusions"),
    "warranty_exclusion": T("Exclusion de garantie", "Warranty exclusion"),
    "warranty_conformity": T("Garantie de conformité", "Warranty of conformity"),
    "acceptance_testing": T("Recette", "Acceptance testing"),
    "service_levels": T("Niveaux de service", "Service levels"),
    "penalties": T("Pénalités", "Penalties"),
    "performance_commitment": T("Engagements de performance", "Performance commitments"),
    "data_protection": T("Données personnelles", "Data protection"),
    "audit_rights": T("Droit d'audit", "Audit rights"),
    "ip_ownership": T("Propriété intellectuelle", "IP ownership"),
    "termination": T("Résiliation", "Termination"),
    "reversibility": T("Réversibilité", "Reversibility"),
    "governing_law": T("Droit applicable", "Governing law"),
    "jurisdiction": T("Juridiction", "Jurisdiction"),
    "ai_act_roles": T("Rôles AI Act", "AI Act roles"),
    "human_oversight": T("Contrôle humain", "Human oversight"),
    "logging": T("Journalisation", "Logging"),
    "transparency": T("Transparence", "Transparency"),
    "force_majeure": T("Force majeure", "Force majeure"),
    "confidentiality": T("Confidentialité", "Confidentiality"),
    "insurance": T("Assurance", "Insurance"),
}
STATUS = {
    "present": T("présent", "present"),
    "weak": T("faible", "weak"),
    "missing": T("absent", "missing"),
}


def to_data(
    analysis: ContractAnalysis, review: ContractReview, lang: Lang = "fr"
) -> dict[str, Any]:
    data = analysis.to_dict()
    data["review"] = review.to_dict(lang)
    return data


def to_json(analysis: ContractAnalysis, review: ContractReview, lang: Lang = "fr") -> str:
    return json.dumps(to_data(analysis, review, lang), ensure_ascii=False, indent=2)


def _short(text: str, limit: int = 220) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def to_markdown(analysis: ContractAnalysis, review: ContractReview, lang: Lang = "fr") -> str:
    fr = lang == "fr"
    lines = [
        f"# {'Analyse du contrat' if fr else 'Contract analysis'} — {analysis.contract.source}",
        "",
        f"{analysis.contract.pages} page(s), {analysis.contract.format}, "
        f"{'langue' if fr else 'language'} {analysis.structure.language}",
        "",
    ]
    lines += [
        "## Clauses",
        "",
        f"| {'Type' if fr else 'Kind'} | {'Présent' if fr else 'Present'} | Passage |",
        "|---|---|---|",
    ]
    present = analysis.present
    for kind in KINDS:
        first = analysis.best(kind)
        where = (
            f"p. {first.passage.page}, {first.section} — {_short(first.passage.text, 120)}"
            if first
            else ""
        )
        mark = "oui" if fr else "yes"
        lines.append(
            f"| {KIND_LABELS[kind].render(lang)} | {mark if present[kind] else '—'} | "
            f"{where.replace('|', '/')} |"
        )
    lines += ["", f"## {'Engagements mesurables' if fr else 'Measurable commitments'}", ""]
    for c in analysis.values.commitments:
        lines.append(
            f"- `{c.metric} {c.comparator} {c.threshold:g}` ({c.window}) — {c.section}, "
            f"p. {c.page} : « {_short(c.quote, 160)} »"
        )
    if not analysis.values.commitments:
        lines.append("- " + ("aucun" if fr else "none"))
    lines += [
        "",
        f"## {'Revue (MCC-AI, droit français)' if fr else 'Review (MCC-AI, French law)'}",
        "",
    ]
    for item in review.checklist:
        status = STATUS[item.status].render(lang)
        reason = f" — {item.reason.render(lang)}" if item.reason else ""
        lines.append(f"- **{item.item.title.render(lang)}** : {status}{reason}")
    lines += ["", f"## {'Risques' if fr else 'Risks'}", ""]
    for risk in review.risks:
        lines.append(
            f"- **[{risk.severity}] {risk.title.render(lang)}** ({', '.join(risk.citations)})"
            f" — {risk.explanation.render(lang)}"
        )
    lines += ["", f"## {'Clauses proposées' if fr else 'Proposed clauses'}", ""]
    for clause in review.proposals:
        lines += [f"### {clause.title.render(lang)}", "", clause.text.render(lang), ""]
    return "\n".join(lines).rstrip() + "\n"


def to_html(analysis: ContractAnalysis, review: ContractReview, lang: Lang = "fr") -> str:
    """A standalone HTML page (escaped text, no script)."""
    body: list[str] = []
    table = False
    for line in to_markdown(analysis, review, lang).splitlines():
        if line.startswith("|---"):
            continue
        if line.startswith("|"):
            if not table:
                body.append("<table>")
                table = True
            cells = [html.escape(c.strip()) for c in line.strip("|").split("|")]
            body.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
            continue
        if table:
            body.append("</table>")
            table = False
        body.append(_html_line(line))
    title = html.escape(analysis.contract.source)
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{title}</title></head><body>\n" + "\n".join(body) + "\n</body></html>\n"
    )


def _html_line(line: str) -> str:
    for prefix, tag in (("### ", "h3"), ("## ", "h2"), ("# ", "h1"), ("- ", "li")):
        if line.startswith(prefix):
            return f"<{tag}>{html.escape(line[len(prefix) :]).replace('**', '')}</{tag}>"
    return f"<p>{html.escape(line)}</p>" if line else ""
