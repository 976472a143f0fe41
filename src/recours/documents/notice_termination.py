"""What the notice says of ending the contract, failing performance within the delay.

- The clause résolutoire is cited expressly (C. civ. art. 1225 al. 2: the notice « ne produit
  effet que si elle mentionne expressément la clause résolutoire »): named as the contract
  names it (« stipulée à l'article 16.2 du contrat (« Résiliation pour manquement ») »). Where
  the dossier only records that the contract has one (``facts.termination_clause``) without
  saying which clause, the letter does not pretend to cite it: it announces termination by
  notification (art. 1224, 1226) — the note d'analyse tells counsel which article to find.
- Under the former law (contract concluded before 1 October 2016) there is no termination by
  notification (art. 1226 is new in 2016): the clause résolutoire the contract stipulates
  (art. 1134 anc.), else résolution asked of the court (art. 1184 anc.).
- A consumer buying goods (C. consom. L217-1 s.): the seller brings the goods into conformity
  within thirty days of the request at most (L217-9, L217-10); failing that, the consumer is
  entitled to a price reduction or to the résolution of the contract (L217-14), at once where
  the analysis finds the defect serious enough (L217-14 al. 2). Digital content or service:
  L224-25-20. Art. 1226 is not the consumer's route.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from recours.documents.context import Context
from recours.documents.model import Run
from recours.documents.termination import successive
from recours.documents.typography import inner_quotes
from recours.dossier import Clause

_BREACH_WORDS = ("manquement", "inexécution", "défaillance", "breach", "default", "fail")
_KEYS = ("termination", "resolutory", "resolution", "résiliation", "résolution")
#: The statutory maximum to bring goods into conformity (C. consom. L217-10 al. 1).
CONSUMER_GOODS_DAYS = 30


def termination_clause(ctx: Context) -> Clause | None:
    """The clause résolutoire: a termination clause that ends the contract for a breach (a
    clause on ending for convenience or on non-renewal is not one)."""
    for clause in ctx.dossier.contract.clauses:
        kinds = " ".join(clause.kinds).lower()
        if any(k in kinds for k in _KEYS) and any(w in clause.text.lower() for w in _BREACH_WORDS):
            return clause
    return None


def clause_place(ctx: Context, clause: Clause) -> str | None:
    """« à l'article 16.2 du contrat (« Résiliation pour manquement ») », as the contract
    names the clause; None when the dossier gives neither its number nor its heading."""
    number = (clause.number or "").strip()
    title = (clause.title or "").strip()
    bare = re.sub(r"^(?:article|art\.)\s*", "", number, flags=re.IGNORECASE)
    if bare and bare[0].isdigit():
        where = ctx.t("à l'article {n} du contrat", "in article {n} of the contract", n=bare)
    elif number:
        where = ctx.t("à la stipulation « {n} » du contrat", "in the provision “{n}” of the "
                      "contract", n=inner_quotes(number))
    elif title:
        where = ctx.t("au contrat sous l'intitulé « {t} »", "in the contract under the heading "
                      "“{t}”", t=inner_quotes(title))
        return where
    else:
        return None
    if title:
        where += ctx.t(" (« {t} »)", " (“{t}”)", t=inner_quotes(title))
    return where


@dataclass(frozen=True, slots=True)
class Consumer:
    """The consumer's remedies the analysis finds (finding fr.consommation.L224-25-20)."""

    goods: bool  # goods (L217-1 s.), else digital content or service (L224-25-1 s.)
    at_once: bool  # reduction or résolution open now (L217-14 al. 2, L224-25-20 al. 2)


def consumer(ctx: Context) -> Consumer | None:
    """The consumer regime the analysis applies, or None (a contract between professionals)."""
    for f in ctx.view.findings:
        if f.rule == "fr.consommation.L224-25-20" and f.status in ("met", "partial"):
            regime = str(f.data.get("regime") or "")
            return Consumer(goods=regime == "goods",
                            at_once=f.data.get("reduction_or_termination") is True)
    return None


def write_termination(ctx: Context, nc: str) -> None:
    """The sentence on ending the contract, with its articles (see the module docstring)."""
    words, refs = _sentence(ctx, nc)
    ctx.composer.numbered(Run(words, bold=True), ctx.cite(*refs), ".")


def _sentence(ctx: Context, nc: str) -> tuple[str, list[str]]:
    failing = ctx.t("À défaut pour vous de satisfaire à votre obligation dans ce délai, ",
                    "Failing performance of your obligation within this delay, ")
    regime = consumer(ctx)
    if regime is not None:
        words = ctx.t(
            "À défaut de mise en conformité dans ce délai, {nc} sera en droit d'obtenir la "
            "réduction du prix ou la résolution du contrat",
            "Failing conformity within this delay, our client will be entitled to a price "
            "reduction or to the termination of the contract", nc=nc)
        if regime.at_once:
            words += ctx.t(", droit que la gravité du défaut de conformité lui ouvre d'ores et "
                           "déjà", ", a right the seriousness of the lack of conformity already "
                           "confers")
        return words, ["fr.consommation.L217-14" if regime.goods
                       else "fr.consommation.L224-25-20"]
    clause = termination_clause(ctx)
    place = clause_place(ctx, clause) if clause is not None else None
    over_time = successive(ctx.dossier)
    verb = ctx.t("résilier", "terminate") if over_time else ctx.t("résoudre", "terminate")
    if ctx.former_law:
        if place is not None:
            return failing + ctx.t(
                "{nc} sera en droit de {verb} le contrat en application de la clause "
                "résolutoire stipulée {p}",
                "our client will be entitled to terminate the contract under the termination "
                "clause stipulated {p}", nc=nc, verb=verb, p=place), \
                ["fr.civil_anc.1134"]
        return failing + ctx.t(
            "{nc} sera en droit de demander en justice la {noun} du contrat, avec dommages et "
            "intérêts", "our client will be entitled to ask the court to terminate the "
            "contract, with damages", nc=nc,
            noun="résiliation" if over_time else "résolution"), ["fr.civil_anc.1184"]
    words = failing + ctx.t("{nc} sera en droit de {verb} le contrat",
                            "our client will be entitled to terminate the contract",
                            nc=nc, verb=verb)
    if over_time:  # art. 1229 al. 3: performances useful as they went, ended for the future
        words += ctx.t(" pour l'avenir", " for the future")
    if place is not None:
        words += ctx.t(
            " en application de la clause résolutoire stipulée {p}",
            " under the termination clause stipulated {p}", p=place)
        refs = ["fr.civil.1225", "fr.civil.1226"]
    else:
        words += ctx.t(" par voie de notification", " by notification")
        refs = ["fr.civil.1224", "fr.civil.1226"]
    if over_time:
        refs.append("fr.civil.1229@3")
    return words, refs


__all__ = ["CONSUMER_GOODS_DAYS", "Consumer", "clause_place", "consumer", "termination_clause",
           "write_termination"]
