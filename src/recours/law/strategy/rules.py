"""Rules: the plan of action, one finding per step, in order, each with its date and the
deadline it protects (law I's deadlines, read from earlier findings)."""

from __future__ import annotations

from recours.i18n import T
from recours.law.context import Context
from recours.law.deadlines import Deadline
from recours.law.engine import Area, Finding, Status, Strength, rule
from recours.law.eu.ai_act import dates
from recours.law.eu.ai_act.rules_duties import high_risk
from recours.law.eu.vocabulary import den, dfr
from recours.law.fr.consommation.scope import scope
from recours.law.strategy.plan import Step
from recours.law.strategy.steps import Inputs, build_plan

CITES = ("fr.civil.1103", "fr.civil.1353", "eu.ai_act.art26", "fr.civil.1226", "fr.civil.1231", "fr.civil.1231-6",
         "fr.civil.1344", "eu.ai_act.art16", "fr.consommation.L224-25-20", "fr.cpc.750-1",
         "fr.civil.2238", "fr.cpc.145", "fr.civil.2239", "fr.civil.2241", "fr.civil_anc.1139",
         "fr.civil_anc.1146", "fr.civil_anc.1184")


def deadlines(ctx: Context) -> list[Deadline]:
    """Every deadline computed by earlier rules (law I), effective or not, deduplicated."""
    seen: dict[str, Deadline] = {}
    for findings in ctx.results.values():
        for f in findings:
            if f.deadline is not None:
                seen.setdefault(f.deadline.id, f.deadline)
    return list(seen.values())


def inputs(ctx: Context) -> Inputs:
    tf = high_risk(ctx.dossier)
    applies = False
    if tf is not None:
        app = dates.application(ctx.params, tf.tier, tf.point, ctx.on)
        applies = bool(app and app.applies)
    return Inputs(ctx.on, deadlines(ctx), ai_act_high_risk=tf is not None and applies,
                  consumer=ctx.is_consumer_client(), former_law=ctx.former_law,
                  consumer_regime=_consumer_regime(ctx))


def _consumer_regime(ctx: Context) -> bool:
    """A consumer contract the 2021 conformity regime governs (concluded from its start)."""
    s = scope(ctx.dossier, ctx.params)
    return bool(s.consumer) and s.new_regime


def _conclusion(i: int, step: Step, on_date: T) -> T:
    head = T(f"{i}. ", f"{i}. ") + step.title
    if step.done_on:
        head += T(f" — fait le {dfr(step.done_on)}", f" — done on {den(step.done_on)}")
    else:
        head += on_date
    protects = step.protects
    if protects is not None and protects.end is not None:
        head += T(" — protège : ", " — protects: ") + protects.label + T(
            f" (échéance {dfr(protects.end)})", f" (due {den(protects.end)})")
    why = T(step.why.fr[:1].upper() + step.why.fr[1:], step.why.en[:1].upper() + step.why.en[1:])
    return head + T(". ", ". ") + why + T(".", ".")


@rule("strategy.plan", title=T("Plan d'action", "Plan of action"), area=Area.STRATEGY,
      cites=CITES, order=95)
def plan(ctx: Context) -> list[Finding]:
    """Preserve and seal evidence, formal notice, amicable attempt, CPC 145, court — dated."""
    x = inputs(ctx)
    out = []
    for i, step in enumerate(build_plan(ctx.dossier, x), start=1):
        on_date = T(f" — au plus tard le {dfr(step.due)}", f" — by {den(step.due)}")
        facts = [ctx.fact(f"plan.{step.key}.{k}", v, k, k) for k, v in step.facts.items()]
        facts.append(ctx.fact("analysis.on", ctx.on.isoformat(), "date d'analyse", "analysis date"))
        out.append(ctx.make(
            conclusion=_conclusion(i, step, on_date),
            status=Status.INFO if step.done_on else Status.MET,
            strength=Strength.ARGUABLE if step.compulsory is False else Strength.ESTABLISHED,
            facts=facts, cites=step.citations, caveats=step.caveats, suffix=step.key,
            notes=step.contents,
            data={"order": i, "key": step.key, "due": step.due, "done_on": step.done_on,
                  "compulsory": step.compulsory,
                  "protects": step.protects.id if step.protects else None,
                  "protects_end": step.protects.end if step.protects else None,
                  "contents": [c.fr for c in step.contents],
                  "contents_en": [c.en for c in step.contents], **step.data}))
    return out
