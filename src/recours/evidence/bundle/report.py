"""The human report of an evidence run, in Markdown and HTML (French by default)."""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import datetime

from recours.dossier import CommitmentResult, Verdict
from recours.evidence.evaluate import Results
from recours.evidence.spec import Spec
from recours.evidence.stats.validity import label
from recours.i18n import Lang, T

VERDICT = {
    Verdict.BREACH: T("manquement établi", "breach established"),
    Verdict.CONFORMITY: T("conformité établie", "conformity established"),
    Verdict.INCONCLUSIVE: T("non concluant", "inconclusive"),
}
HEAD = {
    "title": T("Rapport de preuve de conformité", "Conformity evidence report"),
    "summary": T("Synthèse", "Summary"),
    "data": T("Données", "Data"),
    "charts": T("Graphiques", "Charts"),
    "method": T("Méthode", "Method"),
    "cols": T("Engagement|Clause|Mesure|Seuil|Estimation|Intervalle|n|Méthode|p ajustée|Verdict",
              "Commitment|Clause|Metric|Threshold|Estimate|Interval|n|Method|adjusted p|Verdict"),
}
METHOD_TEXT = T(
    "Chaque engagement est testé deux fois, de façon unilatérale, au seuil α = (1 − niveau)/2 : "
    "l'hypothèse « le système respecte l'engagement » (p faible : manquement établi) et "
    "l'hypothèse « le système manque à l'engagement » (p faible : conformité établie). Les "
    "p-valeurs sont ajustées par la méthode de Holm sur l'ensemble des engagements et fenêtres "
    "de la spécification. Sans ajustement, un verdict tranché équivaut à un intervalle bilatéral "
    "entièrement d'un côté du seuil. Les métriques dérivées de la matrice de confusion sont "
    "rééchantillonnées par tirages multinomiaux de la matrice (graine indiquée).",
    "Each commitment is tested twice, one-sided, at α = (1 − level)/2: the hypothesis 'the "
    "system meets the commitment' (small p: breach established) and 'the system fails it' "
    "(small p: conformity established). P-values are Holm-adjusted across all commitments and "
    "windows of the spec. Without adjustment, a firm verdict is the same as a two-sided interval "
    "lying entirely on one side of the threshold. Metrics derived from the confusion matrix are "
    "resampled by multinomial draws of the matrix (seed given).")


SYMBOL = {">=": "≥", ">": ">", "<=": "≤", "<": "<"}
NBSP = "\u00a0"


def colon(lang: Lang) -> str:
    """French typography puts a non-breaking space before the colon."""
    return f"{NBSP}: " if lang == "fr" else ": "


def per_commitment(results: Results, lang: Lang) -> list[str]:
    """One line per commitment: its verdicts over its windows, breached windows named."""
    out = []
    ids = list(dict.fromkeys(r.commitment_id for r in results.results))
    for cid in ids:
        rows = [r for r in results.results if r.commitment_id == cid]
        breached = [r.window or "—" for r in rows if r.verdict is Verdict.BREACH]
        counts = {v: sum(r.verdict is v for r in rows) for v in Verdict}
        if len(rows) == 1:
            out.append(f"**{cid}**{colon(lang)}{VERDICT[rows[0].verdict].render(lang)}")
            continue
        parts = [f"{VERDICT[v].render(lang)}{colon(lang)}{n}" for v, n in counts.items() if n]
        line = f"**{cid}** — " + ", ".join(parts)
        if len(rows) > 1:
            line += T(f" (sur {len(rows)} fenêtres)", f" (of {len(rows)} windows)").render(lang)
        if breached and len(rows) > 1:
            line += " — " + T("fenêtres en manquement", "windows in breach").render(lang) + \
                colon(lang) + ", ".join(breached)
        out.append(line)
    return out


def num(x: float | None, lang: Lang) -> str:
    if x is None:
        return "—"
    text = f"{x:.4g}" if abs(x) < 1e5 else f"{x:.0f}"
    return text.replace(".", ",") if lang == "fr" else text


def _method(m: str, lang: Lang) -> str:
    return label(m).render(lang)


def _row(r: CommitmentResult, spec: Spec, lang: Lang) -> list[str]:
    c = next(x for x in spec.commitments if x.id == r.commitment_id)
    clause = c.source.clause if c.source else "—"
    name = r.commitment_id + (f" [{r.window}]" if r.window else "")
    return [name, clause, r.metric.value, f"{SYMBOL[r.comparator.value]} {num(r.threshold, lang)}",
            num(r.estimate, lang), f"[{num(r.lower, lang)} ; {num(r.upper, lang)}]", str(r.n),
            _method(r.method, lang), num(r.p_adjusted, lang), VERDICT[r.verdict].render(lang)]


@dataclass
class Report:
    markdown: str
    html: str


def build_report(spec: Spec, results: Results, charts: list[tuple[str, str]], run_at: datetime,
                 lang: Lang = "fr") -> Report:
    """``charts``: (relative path, caption) pairs."""
    cols = HEAD["cols"].render(lang).split("|")
    rows = [_row(r, spec, lang) for r in results.results]
    counts = results.verdicts()
    sep = f"{NBSP}; " if lang == "fr" else "; "
    summary = sep.join(f"{VERDICT[Verdict(k)].render(lang)}{colon(lang)}{v}"
                       for k, v in counts.items())
    meta = [
        (T("Date du calcul", "Run at").render(lang), run_at.isoformat(timespec="seconds")),
        (T("Empreinte de la spécification", "Specification SHA-256").render(lang),
         results.spec_sha256),
        (T("Graine, rééchantillonnages", "Seed, resamples").render(lang),
         f"{results.seed}, {results.resamples}"),
    ]
    data_rows = [[d.id, d.path or "—", str(d.rows), d.sha256 or "—"] for d in results.datasets]
    data_cols = T("Jeu|Fichier|Lignes|SHA-256", "Dataset|File|Rows|SHA-256").render(lang).split("|")
    notes = [f"{d.commitment_id}{' [' + d.window + ']' if d.window else ''}{colon(lang)}{n}"
             for d in results.details for n in d.notes]
    md = [f"# {HEAD['title'].render(lang)}", ""]
    md += [f"- **{k}**{colon(lang)}{v}" for k, v in meta]
    md += ["", f"## {HEAD['summary'].render(lang)}", "", summary, ""]
    md += [f"- {line}" for line in per_commitment(results, lang)]
    md += ["", _md_table(cols, rows)]
    md += [""] + [f"- {n}" for n in notes]
    alerts = [f"⚠ {d.id}{colon(lang)}{w.get(lang, w.get('fr', ''))}" for d in results.datasets
              for w in d.warnings]
    md += ["", f"## {HEAD['data'].render(lang)}", "", _md_table(data_cols, data_rows), ""]
    md += [f"- {a}" for a in alerts] + ([""] if alerts else [])
    md += [f"## {HEAD['method'].render(lang)}", "", METHOD_TEXT.render(lang), ""]
    md += [f"## {HEAD['charts'].render(lang)}", ""]
    md += [f"![{cap}]({path})\n" for path, cap in charts]
    h = ["<!doctype html>", f'<html lang="{lang}"><head><meta charset="utf-8">',
         f"<title>{html.escape(HEAD['title'].render(lang))}</title>",
         "<style>body{font-family:sans-serif;max-width:70em;margin:auto}table{border-collapse:"
         "collapse}td,th{border:1px solid #aaa;padding:.2em .5em;font-size:.9em}"
         ".breach_established{color:#c0392b;font-weight:bold}.conformity_established{color:"
         "#27ae60}</style></head><body>", f"<h1>{html.escape(HEAD['title'].render(lang))}</h1>",
         "<ul>" + "".join(f"<li><b>{html.escape(k)}</b>{colon(lang)}{html.escape(v)}</li>"
                          for k, v in meta) + "</ul>",
         f"<h2>{html.escape(HEAD['summary'].render(lang))}</h2><p>{html.escape(summary)}</p>",
         "<ul>" + "".join("<li>" + html.escape(x).replace("**", "") + "</li>"
                          for x in per_commitment(results, lang)) + "</ul>",
         _html_table(cols, rows, [r.verdict.value for r in results.results])]
    if notes:
        h.append("<ul>" + "".join(f"<li>{html.escape(n)}</li>" for n in notes) + "</ul>")
    h += [f"<h2>{html.escape(HEAD['data'].render(lang))}</h2>", _html_table(data_cols, data_rows)]
    if alerts:
        h.append("<ul>" + "".join(f"<li>{html.escape(a)}</li>" for a in alerts) + "</ul>")
    h += [f"<h2>{html.escape(HEAD['method'].render(lang))}</h2>",
          f"<p>{html.escape(METHOD_TEXT.render(lang))}</p>",
          f"<h2>{html.escape(HEAD['charts'].render(lang))}</h2>"]
    h += [f'<figure><img src="{html.escape(p)}" alt="{html.escape(cap)}"><figcaption>'
          f"{html.escape(cap)}</figcaption></figure>" for p, cap in charts]
    h.append("</body></html>")
    return Report("\n".join(md) + "\n", "\n".join(h) + "\n")


def _md_table(cols: list[str], rows: list[list[str]]) -> str:
    def esc(x: str) -> str:
        return x.replace("|", "\\|")

    lines = ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
    lines += ["| " + " | ".join(esc(x) for x in r) + " |" for r in rows]
    return "\n".join(lines)


def _html_table(cols: list[str], rows: list[list[str]], classes: list[str] | None = None) -> str:
    head = "<tr>" + "".join(f"<th>{html.escape(c)}</th>" for c in cols) + "</tr>"
    body = "".join(
        f'<tr class="{classes[i] if classes else ""}">'
        + "".join(f"<td>{html.escape(x)}</td>" for x in r) + "</tr>" for i, r in enumerate(rows))
    return f"<table>{head}{body}</table>"
