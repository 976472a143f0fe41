"""Text and Markdown views of an analysis (used by the CLI; documents build their own)."""

from __future__ import annotations

from recours.i18n import Lang
from recours.law import amounts, dates
from recours.law.analysis import Analysis
from recours.law.engine import Area, Finding

AREA_TITLES = {
    Area.REGIME: ("Droit applicable", "Applicable law"),
    Area.QUALIFICATION: ("Qualification", "Qualification"),
    Area.EVIDENCE: ("Preuve", "Evidence"),
    Area.GROUND: ("Fondements", "Grounds"),
    Area.CLAUSE: ("Clauses", "Clauses"),
    Area.REMEDY: ("Sanctions", "Remedies"),
    Area.DEADLINE: ("Délais", "Time limits"),
    Area.DAMAGES: ("Préjudice", "Damages"),
    Area.AI_ACT: ("AI Act", "AI Act"),
    Area.CONSUMER: ("Consommation", "Consumer law"),
    Area.PRODUCT: ("Produits défectueux", "Product liability"),
    Area.STRATEGY: ("Stratégie", "Strategy"),
}
STATUS = {"met": ("réunies", "met"), "partial": ("à compléter", "incomplete"),
          "not_met": ("non réunies", "not met"), "info": ("information", "information")}
STRENGTH = {"established": ("établi", "established"), "arguable": ("discutable", "arguable"),
            "weak": ("faible", "weak")}
RECOVERABLE = {"yes": ("réparable", "recoverable"), "arguable": ("discutable", "arguable"),
               "no": ("non réparable", "not recoverable")}
DL_STATUS = {"open": ("ouvert", "open"), "due_soon": ("échéance < 30 jours", "due within 30 days"),
             "expired": ("EXPIRÉ", "EXPIRED"), "suspended": ("suspendu", "suspended"),
             "interrupted": ("interrompu", "interrupted")}


def _i(pair: tuple[str, str], lang: Lang) -> str:
    return pair[1] if lang == "en" else pair[0]


def finding_lines(f: Finding, lang: Lang, *, trace: bool = False) -> list[str]:
    refs = ", ".join(c.ref + (f" {c.pinpoint}" if c.pinpoint else "") for c in f.citations)
    head = (f"- **{f.title.render(lang)}** [{f.id}] — {_i(STATUS[f.status.value], lang)}, "
            f"{_i(STRENGTH[f.strength.value], lang)}")
    lines = [head, f"  {f.conclusion.render(lang)}", f"  ({refs})"]
    if f.overridden_by:
        word = "Écarté par\u00a0:" if lang == "fr" else "Overridden by:"
        lines.append(f"  {word} {', '.join(f.overridden_by)}")
    labels = (("Manque", "Missing"), ("Objection", "Counter-argument"), ("À vérifier", "Check"))
    colon = "\u00a0:" if lang == "fr" else ":"
    for (fr_label, en_label), items in zip(labels, (
            [m.question for m in f.missing], list(f.counter), list(f.caveats)), strict=True):
        lines += [f"  - {fr_label if lang == 'fr' else en_label}{colon} {t.render(lang)}"
                  for t in items]
    if trace:
        lines += [f"  · [{s.kind}] {s.text.render(lang)}" for s in f.trace]
        if f.deadline is not None:
            d = f.deadline
            lines.append(f"  · [deadline] {d.start} → {d.nominal_end} → {d.end} "
                         f"({d.status.value}, {d.kind.value})")
            lines += [f"  · [deadline] {s.render(lang)}" for s in d.steps]
    return lines


def to_markdown(analysis: Analysis, lang: Lang = "fr") -> str:
    fr = lang == "fr"
    on = dates.fr(analysis.on) if fr else dates.en(analysis.on)
    out = [f"# {'Analyse juridique' if fr else 'Legal analysis'} — {analysis.reference}",
           "", f"{analysis.title} — {'au' if fr else 'on'} {on}", ""]
    for area, titles in AREA_TITLES.items():
        found = [f for f in analysis.findings if f.area is area]
        if not found:
            continue
        out += [f"## {_i(titles, lang)}", ""]
        for f in found:
            out += finding_lines(f, lang)
        out.append("")
    out += deadline_lines(analysis, lang) + damages_lines(analysis, lang)
    missing = analysis.missing_facts()
    if missing:
        out += [f"## {'Faits à compléter' if fr else 'Facts to supply'}", ""]
        out += [f"- `{m.path}` — {m.question.render(lang)}" for m in missing] + [""]
    if analysis.skipped:
        out += [f"## {'Règles non appliquées' if fr else 'Rules not applied'}", ""]
        out += [f"- {s.rule} — {s.reason.render(lang)}" for s in analysis.skipped] + [""]
    return "\n".join(out)


def deadline_lines(analysis: Analysis, lang: Lang) -> list[str]:
    fr = lang == "fr"
    if not analysis.deadlines:
        return []
    out = [f"## {'Échéancier' if fr else 'Deadlines'}", ""]
    for d in analysis.deadlines:
        end = (dates.fr(d.end) if fr else dates.en(d.end)) if d.end else "—"
        semi = "\u00a0;" if fr else ";"
        out.append(f"- {end} — {d.label.render(lang)} ({_i(DL_STATUS[d.status.value], lang)})"
                   f"{semi} "
                   f"{d.start_event.render(lang)} [{d.rule}]")
        out += [f"  - {s.render(lang)}" for s in d.steps]
    return [*out, ""]


def damages_lines(analysis: Analysis, lang: Lang) -> list[str]:
    a = analysis.damages
    if a is None:
        return []
    fr = lang == "fr"
    fmt = amounts.fr if fr else amounts.en
    colon = "\u00a0:" if fr else ":"
    out = [f"## {'Évaluation du préjudice' if fr else 'Damages assessment'}", "",
           f"{'Fourchette' if fr else 'Range'}{colon} {fmt(a.low, a.currency)} – "
           f"{fmt(a.high, a.currency)}", ""]
    for h in a.heads:
        out.append(f"- {h.description.rstrip('. ')}{colon} {fmt(h.amount, a.currency)} — "
                   f"{_i(RECOVERABLE[h.recoverable], lang)} — "
                   f"{h.reason.render(lang)}")
    if a.interest is not None:
        out.append(f"- {'Intérêts au taux légal' if fr else 'Legal interest'}{colon} "
                   f"{fmt(a.interest.total, a.currency)}")
    out += [f"- {'Hypothèse' if fr else 'Assumption'}{colon} {t.render(lang)}"
            for t in a.assumptions]
    return [*out, ""]
