"""Rules: the obligations of the provider (art. 16) and the deployer (art. 26, 27) of a
high-risk system, penalties as context (art. 99), dated by the tier's date of application."""

from __future__ import annotations

from recours.dossier import Dossier
from recours.dossier.system import AIActRole
from recours.i18n import T
from recours.law.context import Context
from recours.law.engine import Area, Finding, Status, Strength, rule
from recours.law.eu.ai_act import dates
from recours.law.eu.ai_act import roles as r
from recours.law.eu.ai_act.obligations import (
    FINANCIAL_NOTE,
    PROVIDER_DUTIES,
    Duty,
    deployer_duties,
    fria_expected,
)
from recours.law.eu.ai_act.tier import Classification, Tier, TierFinding, classify
from recours.law.eu.vocabulary import A, den, dfr, uses

ORDER = 42


def high_risk(d: Dossier) -> TierFinding | None:
    """The effective high-risk tier (None when not high-risk or derogation applies)."""
    c: Classification = classify(d.ai_system.ai_act)
    return c.high_risk


def provider_of(d: Dossier) -> str | None:
    shifted = r.shifts(d)
    if shifted and high_risk(d) is not None:
        return shifted[0].party
    return r.party_with(d, AIActRole.PROVIDER)


def deployer_of(d: Dossier) -> str | None:
    if r.shifts(d) and high_risk(d) is not None:
        return None  # the client became the provider
    return r.party_with(d, AIActRole.DEPLOYER)


def _when(ctx: Context, tf: TierFinding) -> tuple[dates.Application | None, T]:
    app = dates.application(ctx.params, tf.tier, tf.point, ctx.on)
    if app is None:
        return None, T(" (pas encore prévues sur la date d'analyse)",
                       " (not yet provided for on the analysis date)")
    if app.applies:
        return app, T(f" — applicables depuis le {dfr(app.date)}", f" — applicable since {den(app.date)}")
    return app, T(f" — applicables à compter du {dfr(app.date)}, pas encore au {dfr(ctx.on)}",
                  f" — applicable from {den(app.date)}, not yet on {den(ctx.on)}")


def _listing(duties: tuple[Duty, ...]) -> T:
    return T("\u00a0; ".join(f"{d.point} {d.label.fr}" for d in duties),
             "; ".join(f"{d.point} {d.label.en}" for d in duties))


def _name(ctx: Context, pid: str | None) -> str:
    party = ctx.dossier.party(pid) if pid else None
    return party.name if party else (pid or "?")


def _duties_finding(ctx: Context, tf: TierFinding, who: str, role: T, duties: tuple[Duty, ...],
                    cite: str, extra: tuple[T, ...] = ()) -> Finding:
    app, when = _when(ctx, tf)
    applies = bool(app and app.applies)
    name = _name(ctx, who)
    return ctx.make(
        conclusion=T(f"Obligations de {name}, {role.fr} d'un système à haut risque",
                     f"Obligations of {name}, {role.en} of a high-risk system") + when + T(" : ", ": ")
        + _listing(duties) + T(".", "."),
        status=Status.MET if applies else Status.INFO, strength=Strength.ESTABLISHED,
        facts=uses(ctx, {**tf.facts, f"ai_system.ai_act.roles.{who}": role.en}),
        cites=(cite,), params=(app.parameter,) if app else (), caveats=extra,
        uncertain=bool(app and app.parameter.certainty == "low"),
        data={"party": who, "duties": [d.point for d in duties], "applies": applies,
              "application_date": app.date if app else None})


@rule("eu.ai_act.art16", title=T("Obligations du fournisseur (art. 16)", "Provider obligations (art. 16)"),
      area=Area.AI_ACT, cites=("eu.ai_act.art16",), order=ORDER)
def provider_duties(ctx: Context) -> Finding | None:
    """Art. 16 (a)–(l): what the provider of a high-risk system owes."""
    tf = high_risk(ctx.dossier)
    who = provider_of(ctx.dossier)
    if tf is None or who is None:
        return None
    return _duties_finding(ctx, tf, who, T("fournisseur", "provider"), PROVIDER_DUTIES,
                           "eu.ai_act.art16")


@rule("eu.ai_act.art26", title=T("Obligations du déployeur (art. 26)", "Deployer obligations (art. 26)"),
      area=Area.AI_ACT, cites=("eu.ai_act.art26",), order=ORDER + 1)
def deployer_obligations(ctx: Context) -> Finding | None:
    """Art. 26: use per instructions, human oversight, input data, monitoring, logs, information."""
    tf = high_risk(ctx.dossier)
    who = deployer_of(ctx.dossier)
    if tf is None or who is None:
        return None
    f = ctx.dossier.ai_system.ai_act
    extra = (FINANCIAL_NOTE,) if f.deployer_is_credit_institution else ()
    return _duties_finding(ctx, tf, who, T("déployeur", "deployer"), deployer_duties(f),
                           "eu.ai_act.art26", extra)


@rule("eu.ai_act.art27", title=T("Analyse d'impact sur les droits fondamentaux (art. 27)",
                                 "Fundamental rights impact assessment (art. 27)"),
      area=Area.AI_ACT, cites=("eu.ai_act.art27", "eu.ai_act.art5"), order=ORDER + 2)
def fria(ctx: Context) -> Finding | None:
    """Art. 27 (text NOT FOUND): expected of public bodies and of deployers scoring credit."""
    d = ctx.dossier
    tf = high_risk(d)
    who = deployer_of(d)
    if tf is None or who is None:
        return None
    expected = fria_expected(d.ai_system.ai_act, tf.point)
    if expected is False:
        return None
    app, when = _when(ctx, tf)
    name = _name(ctx, who)
    return ctx.make(
        conclusion=T(f"{name} devrait réaliser une analyse d'impact sur les droits fondamentaux avant "
                     "la mise en service (art. 27)", f"{name} should carry out a fundamental rights "
                     "impact assessment before putting the system into service (art. 27)") + when
        + T(".", "."),
        status=Status.PARTIAL if expected is None else (Status.MET if app and app.applies else Status.INFO),
        strength=Strength.WEAK,
        facts=uses(ctx, {A + "annex_iii_area": tf.point,
                         A + "deployer_is_credit_institution": d.ai_system.ai_act.deployer_is_credit_institution,
                         A + "deployer_is_public_body": d.ai_system.ai_act.deployer_is_public_body}),
        cites=("eu.ai_act.art27",), uncertain=True, params=(app.parameter,) if app else (),
        caveats=(T("texte de l'art. 27 NON TROUVÉ dans les sources vérifiées : champ (organismes publics, "
                   "annexe III points 5(b) et 5(c)) indiqué d'après le cahier des charges, à vérifier "
                   "sur EUR-Lex", "text of art. 27 NOT FOUND in the verified sources: scope (public "
                   "bodies, Annex III points 5(b) and 5(c)) stated from the project brief, to check on "
                   "EUR-Lex"),),
        data={"party": who, "expected": expected})


@rule("eu.ai_act.art99", title=T("Sanctions (art. 99), pour mémoire", "Penalties (art. 99), as context"),
      area=Area.AI_ACT, cites=("eu.ai_act.art99",), order=ORDER + 3)
def penalties(ctx: Context) -> Finding | None:
    """Art. 99: administrative fines — the stakes of non-compliance, not a civil remedy."""
    c = classify(ctx.dossier.ai_system.ai_act)
    prohibited = c.get(Tier.PROHIBITED)
    transparency = c.get(Tier.TRANSPARENCY)
    if prohibited is None and c.high_risk is None and transparency is None:
        return None
    if prohibited is not None:
        amount = T("jusqu'à 35 000 000 € ou 7 % du chiffre d'affaires mondial (art. 99(3))",
                   "up to EUR 35,000,000 or 7 % of worldwide turnover (art. 99(3))")
        pin, facts = "99(3)", prohibited.facts
    else:
        tf = c.high_risk or transparency
        assert tf is not None
        amount = T("jusqu'à 15 000 000 € ou 3 % du chiffre d'affaires mondial pour les obligations des "
                   "art. 16, 26 et 50 (art. 99(4)) ; le montant le plus faible pour les PME (art. 99(6))",
                   "up to EUR 15,000,000 or 3 % of worldwide turnover for the obligations of art. 16, "
                   "26 and 50 (art. 99(4)); the lower amount for SMEs (art. 99(6))")
        pin, facts = "99(4)", tf.facts
    applies = ctx.param(dates.GPAI_GOVERNANCE, ctx.on) if ctx.on >= dates.first_day(
        ctx.params, dates.GPAI_GOVERNANCE) else None
    return ctx.make(
        conclusion=T("Amendes administratives encourues : ", "Administrative fines incurred: ") + amount
        + T(". Ce sont des sanctions publiques : elles ne réparent pas le préjudice de l'acheteur, mais "
            "pèsent dans la négociation.", ". These are public penalties: they do not compensate the "
            "buyer, but weigh in the negotiation."),
        status=Status.INFO, strength=Strength.ESTABLISHED, facts=uses(ctx, facts),
        params=(applies,) if applies else (), pinpoints={"eu.ai_act.art99": pin})
