"""An editor's note in a template is no clause; a saving sentence about personal data inside a
clause about something else is no data protection clause; the window of an availability stated
without a figure; a duty to take part in the other party's audit (batch 5, dev). Passages quoted from the dev split of the real corpus (Common Paper's forms,
CC BY 4.0) and sentences written for the test, each with a negative. Before these fixes the
three dev cases (order form, software licence, CSA with SLA) failed."""

from __future__ import annotations

from pathlib import Path

from recours.contract.analysis import analyse_file
from tests.contract.snippets import HEAD, HEAD_EN, analyse_snippet, present, values

REAL = Path(__file__).parent / "real"

PILOT_ROW = (
    "Pilot | [Drafting note: This is an optional Variable. If there is no trial or pilot, delete "
    "this entire row.] Customer may access the Cloud Service for a limited {pilot_period} trial "
    '("Pilot Period"). [ ] Modifications to the Agreement that apply only to the Pilot Period: '
    "[For example: - There are no Increased Claims during the Pilot Period. - Either party may "
    "immediately terminate the Agreement during the Pilot Period for any or no reason by giving "
    "notice to the other party.]"
)


def test_a_termination_right_only_in_a_drafting_example_is_no_clause() -> None:
    analysis = analyse_snippet(PILOT_ROW + "\n", HEAD_EN)
    assert not analysis.present["termination"]
    shown = [d for d in analysis.detections if d.kind == "termination"]
    assert shown and all(d.negated and "drafting note" in d.reason for d in shown)


def test_the_same_right_outside_the_note_is_a_clause() -> None:
    body = PILOT_ROW + " Either party may terminate this Agreement by giving 30 days' notice.\n"
    assert present(body, "termination", HEAD_EN)


def test_french_template_note_and_a_clause_after_it() -> None:
    note = (
        "Résiliation. [Note de rédaction : par exemple, le Client peut résilier le contrat à tout "
        "moment.] "
    )
    assert not present(note + "\n", "termination")
    assert present(note + "Le Client peut résilier le contrat avec un préavis d'un mois.\n",
                   "termination")


def test_notes_are_cut_out_with_their_nested_boxes() -> None:
    from recours.contract.kinds.detect import _strip_editorial

    parts = _strip_editorial("A. [For example: [x] B, [ ] C.] D. [Drafting note: E.] F [ ] G.")
    assert parts == ["A.", "D.", "F [ ] G."]


def test_cover_page_credit_after_a_note_is_still_read_apart() -> None:
    # en_commonpaper_order_form_with_sla: the row's variables sit between drafting notes
    body = (
        "SLA | This Order Form incorporates the Service Level Agreement Standard Terms with the "
        "below Variables. [Drafting note: Select and customize the details for Target Uptime.] "
        "[ ] Target Uptime: [__]% The Uptime Credit will be calculated as outlined in the table "
        "below.\n"
    )
    assert present(body, "penalties", HEAD_EN)


SAVING = (
    "4. Machine Learning. Usage Data may be used to train machine learning models. Nothing in "
    "this section will reduce or limit Provider's obligations regarding Personal Data that may "
    "be contained in Usage Data under Applicable Data Protection Laws.\n"
)


def test_a_saving_sentence_inside_another_clause_is_no_data_protection_clause() -> None:
    assert not present(SAVING, "data_protection", HEAD_EN)
    assert not present(
        "3. Évolutions. Le Prestataire peut faire évoluer le service. Rien dans le présent "
        "article ne limite ses obligations relatives aux données personnelles.\n",
        "data_protection",
    )


def test_the_same_sentence_under_a_personal_data_heading_is_one() -> None:
    # en_commonpaper_ai_addendum, 2.2
    assert present(
        "2.2 Personal Data. Nothing in this AI Addendum will reduce or limit Provider's "
        "obligations under Applicable Data Protection Laws regarding Personal Data that may be "
        "contained in Input.\n",
        "data_protection",
        HEAD_EN,
    )
    # and a clause that sets a processor's duties stays one, whatever it saves
    assert present(
        SAVING.replace("Applicable Data Protection Laws.", "Applicable Data Protection Laws. "
                       "Provider acts as a processor under the GDPR for Customer Content."),
        "data_protection",
        HEAD_EN,
    )


def test_sla_window_stated_apart_from_a_figure() -> None:
    body = (
        "1.1 Target Uptime. If there is a Target Uptime, Provider will use commercially "
        "reasonable efforts to make the Cloud Service available for at least the Target Uptime "
        "as calculated each calendar month.\n"
    )
    assert values(body, HEAD_EN).sla_window == "monthly"
    assert values(
        "Niveau de service. Le Prestataire s'engage sur un niveau de disponibilité défini en "
        "annexe ; la disponibilité est calculée sur le trimestre civil.\n", HEAD
    ).sla_window == "quarterly"


def test_no_window_without_a_measurement() -> None:
    body = (
        "1.1 Target Uptime. Provider will use commercially reasonable efforts to make the Cloud "
        "Service available. Fees are invoiced each month.\n"
    )
    assert values(body, HEAD_EN).sla_window is None


def test_a_window_written_with_the_figure_wins() -> None:
    body = (
        "Availability. The Service will be available 99.5% of the time in each quarter. "
        "Availability is calculated each calendar month for reporting.\n"
    )
    assert values(body, HEAD_EN).sla_window == "quarterly"


def test_dev_documents() -> None:
    order_form = analyse_file(REAL / "en_commonpaper_order_form_with_sla.docx")
    assert not order_form.present["termination"]
    assert order_form.present["service_levels"] and order_form.present["penalties"]
    assert not analyse_file(REAL / "en_commonpaper_software_licence.md").present[
        "data_protection"
    ]
    assert analyse_file(REAL / "en_commonpaper_ai_addendum.docx").present["data_protection"]
    assert analyse_file(REAL / "en_commonpaper_csa_with_sla.docx").values.sla_window == "monthly"


def test_a_duty_to_take_part_in_the_other_partys_audit_is_an_audit_right() -> None:
    # fr_api_entreprise_cgu (dev), 3.1
    assert present(
        "En cas d'incident grave dans l'utilisation du Service, le Partenaire s'engage à coopérer "
        "avec la DINUM dans la réalisation d'un audit, en fournissant toutes les informations "
        "nécessaires.\n",
        "audit_rights",
    )
    assert present(
        "Supplier shall cooperate with any audit carried out by the Customer's auditors.\n",
        "audit_rights",
        HEAD_EN,
    )


def test_cooperation_without_an_audit_is_none() -> None:
    assert not present(
        "Le Partenaire s'engage à coopérer avec la DINUM pour résoudre les incidents.\n",
        "audit_rights",
    )
