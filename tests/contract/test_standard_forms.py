"""Wordings of published standard forms and licences, tested on passages quoted from the real
corpus's dev documents (tests/contract/real: CeCILL, whose text may be copied verbatim; Common
Paper's forms, CC BY 4.0; Mozilla's terms, CC BY-SA 3.0; Netframe's CGV, AGPL-3.0), each family
with a negative. Before these rules (commit f009860) every positive family case failed except
the General Cap Amount one (already caught in a short text, missed in its DOCX), as did the
run-in heading, the French terms-of-use title, the straight-quoted « en l'état » and the vendor
under a lower-case brand; the last four value tests guard bugs of issue 14 fixed earlier."""

from __future__ import annotations

from pathlib import Path

import pytest

from recours.contract.analysis import analyse_file, analyse_text
from recours.contract.reading import read_contract_bytes
from tests.contract.snippets import HEAD, HEAD_EN, analyse_snippet, values

REAL = Path(__file__).parent / "real"

FAMILIES = [
    # fr_cecill_21, art. 8.2
    (
        "liability_exclusion",
        "En particulier, les Parties conviennent expressément que tout préjudice financier ou "
        "commercial (par exemple perte de données, perte de bénéfices, perte d'exploitation, perte "
        "de clientèle ou de commandes, manque à gagner, trouble commercial quelconque) ou toute "
        "action dirigée contre le Licencié par un tiers, constitue un dommage indirect et n'ouvre "
        "pas droit à réparation par le Concédant.",
        HEAD,
        True,
    ),
    # en_cecill_21, art. 8.2
    (
        "liability_exclusion",
        "In particular, the Parties expressly agree that any or all pecuniary or business loss "
        "(i.e. loss of data, loss of profits, operating loss, loss of customers or orders, "
        "opportunity cost, any disturbance to business activities) or any or all legal "
        "proceedings instituted against the Licensee by a third party, shall constitute "
        "consequential loss and shall not provide entitlement to any or all compensation from "
        "the Licensor.",
        HEAD_EN,
        True,
    ),
    # fr_netframe_cgv, partie 5, art. 4
    (
        "liability_exclusion",
        "Le Prestataire ne saurait en aucune circonstance être responsable au titre des pertes ou "
        "dommages indirects ou imprévisibles de l'Organisation ou des tiers.",
        HEAD,
        True,
    ),
    # en_moz_common_voice_terms, 5: the paragraph after "Mozilla specifically disclaims the
    # following:"
    (
        "liability_exclusion",
        "Indirect, special, incidental, consequential, or exemplary damages, including without "
        "limitation direct or indirect damages for loss of goodwill, work stoppage, lost profits, "
        "loss of data, or computer malfunction.",
        HEAD_EN,
        True,
    ),
    ("liability_exclusion", "Indirect taxes are payable by the Customer.", HEAD_EN, False),
    # en_commonpaper_csa_with_sla, 9.1 (a)
    (
        "liability_cap",
        "Except as provided in Section 8.4 (Exceptions), each party's total cumulative liability "
        "for all claims arising out of or relating to this Agreement will not be more than the "
        "General Cap Amount.",
        HEAD_EN,
        True,
    ),
    ("liability_cap", "The General Cap Amount is set on the Cover Page.", HEAD_EN, False),
    # en_commonpaper_ai_addendum, 1.2 (c)
    (
        "transparency",
        "Customer will not (and will not allow anyone else to) falsely state Output was created "
        "by a human.",
        HEAD_EN,
        True,
    ),
    ("transparency", "The report was written by a human expert.", HEAD_EN, False),
    # en_commonpaper_ai_addendum, 3.2
    (
        "warranty_exclusion",
        "Provider does not provide any representation or warranty that Output will not be "
        "reproduced in the same or similar way to another user of the AI Services.",
        HEAD_EN,
        True,
    ),
    ("warranty_exclusion", "Provider does not provide any support on weekends.", HEAD_EN, False),
    # fr_cecill_21, art. 9.3 (straight quotes, « sans autre garantie »)
    (
        "warranty_exclusion",
        '9.3 Le Licencié reconnaît que le Logiciel est fourni "en l\'état" par le Concédant sans '
        "autre garantie, expresse ou tacite, que celle prévue à l'article 9.2.",
        HEAD,
        True,
    ),
    # en_moz_common_voice_terms, 2
    (
        "ip_ownership",
        "That means it's public and we've waived all copyrights to the extent we can under the "
        "law.",
        HEAD_EN,
        True,
    ),
    ("ip_ownership", "We waived the setup fee for the first month.", HEAD_EN, False),
    # en_commonpaper_statement_of_work, Deliverables
    (
        "acceptance_testing",
        "Deliverables are subject to the acceptance process in Section 1.4 with the following "
        "details: Rejection Period: 10 days from Deliverable submission.",
        HEAD_EN,
        True,
    ),
    # en_commonpaper_order_form_with_sla, SLA
    (
        "penalties",
        "The Response Time Credit will be 5% of the monthly Cloud Service Fee for each time "
        "Provider fails to meet the Target Response Time.",
        HEAD_EN,
        True,
    ),
    ("penalties", "Customer authorizes Provider to charge the credit card on file.", HEAD_EN,
     False),
    # fr_netframe_cgv, partie 5, art. 2
    (
        "reversibility",
        "L'Organisation a, par ailleurs, en cours d'exécution du Contrat, la possibilité "
        "d'extraire les données saisies et générées par la Plateforme, dans des conditions "
        "techniques agréées par le Prestataire.",
        HEAD,
        True,
    ),
    ("reversibility", "Le Prestataire peut extraire des statistiques anonymes.", HEAD, False),
]


@pytest.mark.parametrize(("kind", "text", "head", "present"), FAMILIES)
def test_standard_form_wording_families(kind: str, text: str, head: str, present: bool) -> None:
    assert analyse_snippet(text, head).present[kind] is present


def test_a_run_in_heading_is_a_clause_not_a_title() -> None:
    # en_commonpaper_pilot_agreement (DOCX): « 2.2 Termination. Either party may terminate the
    # Agreement immediately: » was taken for a section title and its text lost
    analysis = analyse_file(REAL / "en_commonpaper_pilot_agreement.docx")
    hits = [d for d in analysis.passages("termination") if not d.negated]
    assert any(d.section == "art. 2.2" and "may terminate" in d.passage.text for d in hits)


def test_terms_of_use_titled_in_french_are_not_refused() -> None:
    # fr_moz_monitor_terms: « Conditions d'utilisation et politique de confidentialité de
    # Firefox Monitor » — refused as « ne ressemble pas à un contrat » on the first run
    analysis = analyse_file(REAL / "fr_moz_monitor_terms.md")
    assert analysis.contract.text.startswith("Conditions d")


def test_en_l_etat_in_straight_quotes_is_as_is() -> None:
    text = (
        '9.3 Le Licencié reconnaît que le Logiciel est fourni "en l\'état" par le Concédant sans '
        "autre garantie, expresse ou tacite."
    )
    assert values(text, HEAD).as_is is True


def test_software_governed_by_a_licence_chooses_no_law() -> None:
    # en_cecill_21, preamble: "governed by" a licence is no choice of law (nor Italy from "its")
    text = (
        "The purpose of this Free Software license agreement is to grant users the right to modify "
        "and redistribute the software governed by this license within the framework of an open "
        "source distribution model."
    )
    assert values(text, HEAD_EN).governing_law is None


def test_regi_par_le_droit_francais() -> None:
    # fr_netframe_cgv, art. 8
    text = "Article 8 - Droit applicable\n\nLe présent contrat est régi par le droit français."
    assert values(text, HEAD).governing_law == "FR"


def test_exclusive_remedy_of_a_service_level_agreement() -> None:
    # en_commonpaper_csa_with_sla, SLA 3.5
    text = (
        "3.5 Exclusive Remedy. This SLA describes Customer's exclusive remedy and Provider's "
        "entire liability for any failure of the Cloud Service to meet the Target Uptime."
    )
    assert values(text, HEAD_EN).exclusive_remedy is True


def test_renewal_notice_and_cure_period_are_told_apart() -> None:
    # fr_netframe_cgv, partie 3, 3.2 and partie 5, art. 6
    text = (
        "Si l'Organisation ne souhaite plus voir son engagement renouvelé tacitement, elle devra "
        "signifier sa résiliation au Prestataire au minimum trente jours avant le terme du "
        "contrat.\n\nEn cas de manquement par l'une des Parties à ses obligations contractuelles, "
        "le Contrat pourra être résilié de plein droit par l'autre Partie quinze (15) jours après "
        "l'envoi d'une lettre de mise en demeure restée sans effet."
    )
    found = values(text, HEAD)
    assert found.notices == {"renewal": "30d", "cure": "15d"} and found.tacit_renewal is True


def test_the_vendor_registered_under_a_lower_case_brand_is_a_party() -> None:
    # fr_netframe_cgv, preamble: « exploitée par netframe, SAS au capital de 100 100 euros »
    text = (
        "CONDITIONS GENERALES DE VENTE\n\nNetframe est une plateforme web et mobile (la "
        "« Plateforme ») exploitée par netframe, SAS au capital de 100 100 euros, dont le siège "
        "social est situé 81 rue Réaumur, 75002 Paris (ci-après nommé le « Prestataire »).\n\n"
        "Le présent contrat est régi par le droit français.\n"
    )
    analysis = analyse_text(read_contract_bytes(text.encode(), "c.md"), check_contract=False)
    assert analysis.parties[:2] == ["netframe SAS", "Prestataire"]


def test_credits_that_may_not_accumulate_beyond_a_share_are_capped() -> None:
    # en_commonpaper_csa_with_sla, SLA 3.3 (failed before: no credit cap read)
    text = (
        "3.3 Service Credit Limitations. Service Credits may not be exchanged for, or converted "
        "to, monetary amounts. Service Credits will not accumulate within a single Subscription "
        "Period in an amount more than 8% of Cloud Service Fees for that Subscription Period."
    )
    assert values(text, HEAD_EN).credit_cap == 0.08


def test_fees_paid_in_a_twelve_month_period_are_twelve_months_of_fees() -> None:
    # en_commonpaper_independent_contractor_agreement, 8.2 (failed before: read as 1 × fees)
    text = (
        "8.2 Liability Cap. Company's total cumulative liability for all claims arising out of or "
        "relating to this Agreement will not be more than the fees paid or payable to Contractor "
        "in the twelve (12) month period preceding the events giving rise to such claim."
    )
    cap = values(text, HEAD_EN).liability_cap
    assert cap is not None and cap["months_of_fees"] == 12
