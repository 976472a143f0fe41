"""Obligations of the AI Act that matter in a dispute, as short bilingual checklists.

The authentic wording is in the article files; these labels summarise each point so that a
finding can list what the provider (art. 16) and the deployer (art. 26) owe, with the
paragraph to quote. Art. 27 (fundamental-rights impact assessment) was NOT FOUND in the
verified texts: the finding that mentions it carries a low certainty.
"""

from __future__ import annotations

from dataclasses import dataclass

from recours.dossier.system import AIActFacts
from recours.i18n import T


@dataclass(frozen=True, slots=True)
class Duty:
    point: str  # « 16(a) », « 26(5) »
    label: T


PROVIDER_DUTIES: tuple[Duty, ...] = (
    Duty("16(a)", T("assurer la conformité aux exigences de la section 2 (chapitre III)",
                    "ensure compliance with the requirements of Section 2 (Chapter III)")),
    Duty("16(b)", T("indiquer nom, raison ou marque et adresse de contact",
                    "indicate name, trade name or trade mark and contact address")),
    Duty("16(c)", T("disposer d'un système de gestion de la qualité (art. 17)",
                    "have a quality management system (art. 17)")),
    Duty("16(d)", T("conserver la documentation (art. 18)", "keep the documentation (art. 18)")),
    Duty("16(e)", T("conserver les journaux générés automatiquement, s'il les contrôle (art. 19)",
                    "keep the automatically generated logs when under its control (art. 19)")),
    Duty("16(f)", T("soumettre le système à l'évaluation de la conformité (art. 43) avant sa mise sur "
                    "le marché ou en service",
                    "have the conformity assessment (art. 43) done before placing on the market or "
                    "putting into service")),
    Duty("16(g)", T("établir la déclaration UE de conformité (art. 47)",
                    "draw up the EU declaration of conformity (art. 47)")),
    Duty("16(h)", T("apposer le marquage CE (art. 48)", "affix the CE marking (art. 48)")),
    Duty("16(i)", T("s'enregistrer (art. 49(1))", "register (art. 49(1))")),
    Duty("16(j)", T("prendre les mesures correctives et informer (art. 20)",
                    "take corrective actions and inform (art. 20)")),
    Duty("16(k)", T("démontrer la conformité sur demande motivée d'une autorité",
                    "demonstrate conformity upon a reasoned request of an authority")),
    Duty("16(l)", T("respecter les exigences d'accessibilité", "comply with accessibility requirements")),
)

DEPLOYER_DUTIES: tuple[Duty, ...] = (
    Duty("26(1)", T("utiliser le système conformément à la notice d'utilisation",
                    "use the system in accordance with the instructions for use")),
    Duty("26(2)", T("confier le contrôle humain à des personnes compétentes, formées et habilitées",
                    "assign human oversight to competent, trained persons with authority")),
    Duty("26(4)", T("veiller à la pertinence et à la représentativité des données d'entrée qu'il contrôle",
                    "ensure input data under its control is relevant and sufficiently representative")),
    Duty("26(5)", T("surveiller le fonctionnement ; informer le fournisseur et l'autorité d'un risque, "
                    "suspendre l'utilisation ; signaler les incidents graves",
                    "monitor operation; inform the provider and the authority of a risk and suspend "
                    "use; report serious incidents")),
    Duty("26(6)", T("conserver les journaux qu'il contrôle au moins six mois",
                    "keep the logs under its control for at least six months")),
    Duty("26(11)", T("informer les personnes physiques visées par des décisions (systèmes de l'annexe III)",
                     "inform the natural persons subject to decisions (Annex III systems)")),
    Duty("26(12)", T("coopérer avec les autorités compétentes", "cooperate with the competent authorities")),
)

EMPLOYER_DUTY = Duty("26(7)", T("informer les représentants des travailleurs et les travailleurs concernés",
                                "inform workers' representatives and the affected workers"))
PUBLIC_BODY_DUTY = Duty("26(8)", T("s'enregistrer et ne pas utiliser un système non enregistré (art. 49)",
                                   "register and not use an unregistered system (art. 49)"))
DPIA_DUTY = Duty("26(9)", T("utiliser les informations de l'art. 13 pour l'analyse d'impact RGPD",
                            "use the art. 13 information for the GDPR impact assessment"))

FINANCIAL_NOTE = T(
    "établissement financier : la surveillance (26(5)) est réputée satisfaite par les règles de "
    "gouvernance interne du droit financier de l'Union, et les journaux (26(6)) sont tenus dans la "
    "documentation prévue par ce droit",
    "financial institution: monitoring (26(5)) is deemed fulfilled by the internal-governance rules of "
    "Union financial services law, and logs (26(6)) are kept within the documentation that law requires",
)


def deployer_duties(f: AIActFacts) -> tuple[Duty, ...]:
    duties = (*DEPLOYER_DUTIES, DPIA_DUTY)
    if f.deployer_is_public_body:
        duties += (PUBLIC_BODY_DUTY,)
    return duties


def fria_expected(f: AIActFacts, annex_iii_point: str | None) -> bool | None:
    """Whether a fundamental-rights impact assessment (art. 27) is expected of the deployer.

    Art. 27 was NOT FOUND in the verified texts: this answer follows the brief (issue 4:
    « banks scoring creditworthiness ») and must be presented with a low certainty.
    """
    if annex_iii_point is None:
        return False
    if f.deployer_is_public_body:
        return True
    if annex_iii_point in ("5(b)", "5(c)"):
        return True
    if f.deployer_is_public_body is None:
        return None
    return False
