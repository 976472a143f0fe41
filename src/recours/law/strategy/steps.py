"""The steps of the plan, in the order a litigator takes them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from recours.dossier import Dossier
from recours.dossier.timeline import EventType
from recours.i18n import T
from recours.law.deadlines import Deadline, DeadlineKind
from recours.law.strategy import facts as sf
from recours.law.strategy.plan import (
    ACTION_MARGIN_DAYS,
    EXPERT_MARGIN_DAYS,
    NOTICE_WITHIN_DAYS,
    Step,
    before,
    cure_days,
    earliest,
    live,
    notice_sent,
)


@dataclass(frozen=True)
class Inputs:
    """What the plan reads besides the dossier: the date, law I's deadlines, and two
    conclusions of the analysis (AI Act high-risk obligations applicable, consumer buyer)."""

    on: date
    deadlines: Sequence[Deadline]
    ai_act_high_risk: bool = False
    consumer: bool = False
    former_law: bool = False  # contract concluded before 1 October 2016 (ord. n° 2016-131, art. 9)
    consumer_regime: bool = False  # consumer contract under ord. n° 2021-1247 (from 1 Jan. 2022)


def preserve(d: Dossier, x: Inputs) -> Step:
    sealed = sf.evidence_sealed(d, x.on)
    run = sf.run_on(d, x.on)
    contents = [T("exécuter les tests sur les engagements et sceller le lot de preuves "
                  "(empreintes SHA-256, signature, horodatage RFC 3161) : « recours evidence »",
                  "run the tests of the commitments and seal the evidence bundle (SHA-256 "
                  "hashes, signature, RFC 3161 timestamp): 'recours evidence'"),
                T("conserver les journaux, les données d'entrée et les versions du système",
                  "keep the logs, the input data and the system versions")]
    if x.ai_act_high_risk:
        contents.append(T("le déployeur doit conserver les journaux qu'il contrôle au moins six mois "
                          "(AI Act art. 26(6)) : ce sont aussi des preuves",
                          "the deployer must keep the logs it controls for at least six months "
                          "(AI Act art. 26(6)): they are evidence too"))
    return Step(
        "preserve_evidence", T("Conserver et sceller les preuves", "Preserve and seal the evidence"),
        x.on, T("la charge de la preuve pèse sur celui qui réclame l'exécution (art. 1353)",
                "the burden of proof lies on whoever claims performance (art. 1353)"),
        ("fr.civil.1353",) + (("eu.ai_act.art26",) if x.ai_act_high_risk else ()),
        {"evidence_runs[-1].bundle": run.bundle if run else None, "sealed": sealed},
        tuple(contents), _limitation(x), done_on=run.run_at.date() if sealed and run else None,
    )


def formal_notice(d: Dossier, x: Inputs) -> Step:
    sent = notice_sent(d)
    c = d.contract
    contents, cites, why = _former_notice() if x.former_law else _reformed_notice()
    if c.formal_notice_mode:
        contents.append(T(f"la forme prévue au contrat : {c.formal_notice_mode}",
                          f"the form the contract requires: {c.formal_notice_mode}"))
    if d.ai_system.ai_act.contract_requires_compliance:
        contents.append(T("la communication de la déclaration UE de conformité, du marquage CE, de "
                          "l'enregistrement et de la notice d'utilisation (AI Act art. 16(g)–(i), 26(1))",
                          "the EU declaration of conformity, CE marking, registration and instructions "
                          "for use (AI Act art. 16(g)–(i), 26(1))"))
        cites.append("eu.ai_act.art16")
    if x.consumer_regime:
        contents.append(T("la demande de mise en conformité (C. consom. L217-9, L224-25-20)",
                          "the request to bring into conformity (C. consom. L217-9, L224-25-20)"))
        cites.append("fr.consommation.L224-25-20")
    due = before(_limitation(x), ACTION_MARGIN_DAYS * 2, x.on,
                 x.on + timedelta(days=NOTICE_WITHIN_DAYS))
    return Step(
        "formal_notice", T("Mettre en demeure", "Send the formal notice"), due, why, tuple(cites),
        {"timeline.formal_notice_sent": sent and sent.isoformat(),
         "contract.formal_notice_mode": c.formal_notice_mode,
         "contract.cure_period_days": c.cure_period_days},
        tuple(contents), _limitation(x), done_on=sent,
        caveats=() if c.cure_period_days is not None else (
            T(f"délai de mise en conformité supposé : {cure_days(d)} jours (le contrat n'en fixe pas)",
              f"assumed cure period: {cure_days(d)} days (the contract sets none)"),),
    )


_NOT_INTERRUPTING = T(" ; elle n'interrompt pas la prescription (seules la reconnaissance et la "
                      "demande en justice l'interrompent, art. 2240–2241)", "; it does not "
                      "interrupt limitation (only acknowledgement and legal action do, art. "
                      "2240–2241)")


def _reformed_notice() -> tuple[list[T], list[str], T]:
    """Contracts concluded from 1 October 2016: termination by notice is open (art. 1226)."""
    contents = [
        T("les manquements précis, engagement par engagement, avec les résultats scellés",
          "the precise breaches, commitment by commitment, with the sealed results"),
        T("l'injonction d'exécuter dans un délai raisonnable (art. 1226 : la mise en demeure doit "
          "préciser qu'à défaut le créancier pourra résoudre le contrat)",
          "the demand to perform within a reasonable time (art. 1226: the notice must state that "
          "failing that the creditor may terminate the contract)"),
        T("la réclamation de dommages et intérêts, qui suppose une mise en demeure préalable (art. 1231)",
          "the claim for damages, which requires a prior formal notice (art. 1231)"),
        T("le point de départ des intérêts au taux légal (art. 1231-6)",
          "the starting point of interest at the legal rate (art. 1231-6)"),
    ]
    why = T("ouvre la résolution par notification, les dommages et intérêts et les intérêts",
            "opens termination by notice, damages and interest at the legal rate") + _NOT_INTERRUPTING
    return contents, ["fr.civil.1226", "fr.civil.1231", "fr.civil.1231-6", "fr.civil.1344"], why


def _former_notice() -> tuple[list[T], list[str], T]:
    """Contracts concluded before 1 October 2016 stay under the former law (ord. n° 2016-131,
    art. 9): no termination by notice (art. 1226 did not exist); the court pronounces it
    (art. 1184 anc.), save a termination clause; unilateral termination is at the creditor's
    risk (case law, no decision stored here)."""
    contents = [
        T("les manquements précis, engagement par engagement, avec les résultats scellés",
          "the precise breaches, commitment by commitment, with the sealed results"),
        T("l'interpellation d'exécuter dans un délai déterminé (art. 1139 anc. : sommation ou "
          "lettre dont il ressort une interpellation suffisante)",
          "the demand to perform within a set time (former art. 1139: a summons or a letter "
          "containing a sufficient demand)"),
        T("à défaut d'exécution, la résolution sera demandée en justice (art. 1184 anc. : elle "
          "n'a pas lieu de plein droit), ou acquise par la clause résolutoire si le contrat en "
          "stipule une ; une résiliation unilatérale sans clause reste aux risques et périls du "
          "client (jurisprudence ; aucune décision enregistrée ici)",
          "failing performance, termination will be asked of the court (former art. 1184: it "
          "does not operate automatically), or follow from the termination clause if the "
          "contract has one; unilateral termination without a clause is at the client's own "
          "risk (case law; no decision stored here)"),
        T("la réclamation de dommages et intérêts, dus à compter de la mise en demeure "
          "(art. 1146 anc.)", "the claim for damages, due from the formal notice (former "
          "art. 1146)"),
    ]
    why = T("ouvre les dommages et intérêts (art. 1146 anc.) et prépare la résolution judiciaire "
            "(art. 1184 anc.)", "opens damages (former art. 1146) and prepares judicial "
            "termination (former art. 1184)") + _NOT_INTERRUPTING
    return contents, ["fr.civil_anc.1139", "fr.civil_anc.1146", "fr.civil_anc.1184"], why


def _limitation(x: Inputs) -> Deadline | None:
    """The earliest live limitation or procedural period (contractual periods have their own
    steps: a cure period, for instance, is not protected by going to court)."""
    return earliest(x.deadlines, DeadlineKind.PRESCRIPTION, DeadlineKind.PROCEDURAL)


def _after_notice(d: Dossier, x: Inputs) -> date:
    sent = notice_sent(d) or x.on + timedelta(days=NOTICE_WITHIN_DAYS)
    return max(x.on, sent + timedelta(days=cure_days(d)))


def amicable(d: Dossier, x: Inputs) -> Step:
    amount = sf.claimed_amount(d)
    clause = sf.amicable_clause(d)
    small = amount is not None and amount <= sf.SMALL_CLAIM_LIMIT
    compulsory = True if (small or clause) else (None if amount is None else False)
    started = d.first_event(EventType.MEDIATION_START)
    why_fr = ("préalable obligatoire à peine d'irrecevabilité : demande en paiement n'excédant pas "
              "5 000 € (CPC art. 750-1)" if small else
              "tentative prévue par le contrat" if clause else
              "facultative au-delà de 5 000 € ; la médiation ou la conciliation suspend la "
              "prescription (art. 2238)")
    why_en = ("compulsory on pain of inadmissibility: claim for payment not exceeding €5,000 "
              "(CPC art. 750-1)" if small else
              "an attempt required by the contract" if clause else
              "optional above €5,000; mediation or conciliation suspends limitation (art. 2238)")
    caveats: tuple[T, ...] = (T("CPC 750-1 : créé en 2019, annulé par le Conseil d'État (22 septembre 2022, "
                 "n° 436939), rétabli par le décret n° 2023-357 pour les instances introduites à "
                 "compter du 1er octobre 2023 ; texte actuel trouvé seulement en partie en français ; "
                 "effet du décret n° 2025-660 sur sa rédaction non vérifié",
                 "CPC 750-1: created in 2019, annulled by the Conseil d'État (22 September 2022, "
                 "no. 436939), re-established by décret no. 2023-357 for proceedings brought from "
                 "1 October 2023; current text only partly found in French; effect of décret "
                 "no. 2025-660 on its wording not verified"),)
    if small:
        caveats += (T("dispenses : homologation d'un accord, recours préalable imposé, motif légitime "
                      "(urgence manifeste, circonstances, conciliateur indisponible au-delà de trois "
                      "mois), conciliation par le juge, procédure simplifiée de recouvrement restée "
                      "infructueuse (traduction anglaise du texte actuel)",
                      "exemptions: homologation of an agreement, mandatory prior appeal, legitimate "
                      "reason (manifest urgency, circumstances, conciliator unavailable beyond three "
                      "months), conciliation by the judge, failed simplified small-claims recovery "
                      "(English translation of the current text)"),)
    protects = _limitation(x)
    wanted = _after_notice(d, x)
    due = before(protects, ACTION_MARGIN_DAYS, x.on, wanted)
    if due < wanted:
        caveats += (T("le délai protégé expire avant la fin du délai de mise en conformité : tenter "
                      "l'amiable sans attendre, ou agir en justice d'abord (art. 2241)",
                      "the protected period ends before the cure period: attempt amicable "
                      "resolution at once, or go to court first (art. 2241)"),)
    return Step(
        "amicable_resolution", T("Tenter une résolution amiable", "Attempt amicable resolution"),
        due, T(why_fr, why_en), ("fr.cpc.750-1", "fr.civil.2238"),
        {"losses.total_eur": str(amount) if amount is not None else None,
         "contract.clauses[amicable]": clause.number or clause.id if clause else None},
        (T("conciliation par un conciliateur de justice, médiation ou procédure participative",
           "conciliation by a conciliateur de justice, mediation or participatory procedure"),),
        protects, done_on=started.date if started else None, compulsory=compulsory, caveats=caveats,
        data={"amount_eur": str(amount) if amount is not None else None},
    )


def expert_measure(d: Dossier, x: Inputs) -> Step:
    protects = earliest(x.deadlines, DeadlineKind.PRESCRIPTION)
    ordered = d.first_event(EventType.EXPERT_MEASURE_ORDERED)
    due = before(protects, EXPERT_MARGIN_DAYS, x.on, _after_notice(d, x) + timedelta(days=30))
    return Step(
        "expert_measure", T("Demander une expertise avant procès (CPC art. 145)",
                            "Ask for an expert measure before trial (CPC art. 145)"),
        due, T("établit contradictoirement la défaillance technique du système ; l'ordonnance qui "
               "y fait droit suspend la prescription, qui reprend pour au moins six mois après "
               "l'exécution de la mesure (art. 2239)",
               "establishes the system's technical failure in adversarial conditions; the order "
               "granting it suspends limitation, which runs again for at least six months after "
               "the measure is carried out (art. 2239)"),
        ("fr.cpc.145", "fr.civil.2239"),
        {"timeline.expert_measure_ordered": ordered and ordered.date.isoformat(),
         "evidence_runs": len(d.evidence_runs)},
        (T("motif légitime : conserver ou établir la preuve de faits dont peut dépendre le litige",
           "legitimate reason: preserve or establish the proof of facts the dispute may turn on"),
         T("en référé ou sur requête ; mission : rejouer les tests scellés, examiner journaux, "
           "données et paramétrage",
           "in summary proceedings or ex parte; remit: replay the sealed tests, examine logs, data "
           "and configuration")),
        protects, done_on=ordered.date if ordered else None,
    )


def action(d: Dossier, x: Inputs) -> Step:
    protects = _limitation(x)
    started = d.first_event(EventType.LEGAL_ACTION)
    fallback = (protects.end - timedelta(days=ACTION_MARGIN_DAYS)) if protects and protects.end \
        else _after_notice(d, x) + timedelta(days=60)
    due = before(protects, ACTION_MARGIN_DAYS, x.on, fallback)
    return Step(
        "legal_action", T("Saisir le juge (référé ou fond)", "Go to court (summary or merits)"),
        due, T("la demande en justice, même en référé, interrompt la prescription et la forclusion "
               "(art. 2241)", "a legal action, even in summary proceedings, interrupts limitation "
               "and foreclosure periods (art. 2241)"),
        ("fr.civil.2241",), {"contract.jurisdiction": d.contract.jurisdiction,
                             "both_companies": sf.both_companies(d)},
        _forum(d, x), protects, done_on=started.date if started else None,
        caveats=(T("les règles de compétence (C. com., CPC) ne figurent pas dans les textes vérifiés",
                   "the jurisdiction rules (C. com., CPC) are not in the verified texts"),),
    )


def _forum(d: Dossier, x: Inputs) -> tuple[T, ...]:
    out = []
    if d.contract.jurisdiction:
        out.append(T(f"clause attributive de juridiction : {d.contract.jurisdiction} (vérifier sa "
                     "validité entre les parties)",
                     f"jurisdiction clause: {d.contract.jurisdiction} (check it binds the parties)"))
    if sf.both_companies(d):
        out.append(T("entre sociétés commerciales : tribunal de commerce (juridiction consulaire)",
                     "between commercial companies: the commercial court"))
    if x.consumer:
        out.append(T("acheteur consommateur : juridiction civile ; une clause attributive lui est en "
                     "principe inopposable (à vérifier)",
                     "consumer buyer: civil court; a jurisdiction clause is in principle not "
                     "enforceable against the consumer (to check)"))
    out.append(T("référé si l'urgence ou une mesure probatoire le justifie ; fond pour la résolution "
                 "et les dommages et intérêts",
                 "summary proceedings where urgency or an evidential measure warrants it; merits for "
                 "termination and damages"))
    return tuple(out)


CONTRACT_MARGIN_DAYS = 15  # act a fortnight before a contractual time limit


def contractual(x: Inputs) -> list[Step]:
    """One step per live contractual time limit (renewal notice, acceptance, cure…)."""
    out = []
    for dl in live(x.deadlines):
        if dl.kind is not DeadlineKind.CONTRACTUAL or dl.end is None:
            continue
        due = min(max(dl.end - timedelta(days=CONTRACT_MARGIN_DAYS), x.on), dl.end)
        out.append(Step(
            f"contractual-{dl.id}", T("Respecter le délai contractuel : ", "Meet the contractual "
                                      "time limit: ") + dl.label, due,
            T("le contrat tient lieu de loi à ceux qui l'ont fait (art. 1103)",
              "the contract is binding on those who made it (art. 1103)"),
            ("fr.civil.1103",), {"deadline": dl.id, "end": dl.end.isoformat()}, (), dl))
    return out


def build_plan(d: Dossier, x: Inputs) -> list[Step]:
    """The ordered plan: preserve, notify, amicable attempt, expert measure, action — and the
    contractual time limits — sorted by date (the logical order breaks ties)."""
    steps = [preserve(d, x), formal_notice(d, x), amicable(d, x), expert_measure(d, x), action(d, x),
             *contractual(x)]
    order = {id(s): i for i, s in enumerate(steps)}
    return sorted(steps, key=lambda s: (s.due, order[id(s)]))
