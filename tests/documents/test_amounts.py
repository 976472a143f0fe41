"""One sum claimed for every document: the notice and the note say the figure
:func:`recours.documents.amounts.claim` computes — the cap applied, or said contested, or said
not computable."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

import pytest

from recours.documents import build_document
from recours.documents.amounts import claim
from recours.documents.api import view_of
from recours.documents.legal_view import DamageHead, Damages, Finding, LegalView
from recours.documents.typography import format_amount
from recours.dossier import Dossier, load_dossier
from recours.dossier.contract import LiabilityCap
from tests.documents.golden_cases import FIXTURE, ON, Case, cases, dossiers

NOTICES = [c for c in cases() if c.kind == "mise-en-demeure" and not c.refused]


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ").replace("\u202f", " "))


def _figure(text: str, lead: str) -> str:
    found = re.search(lead + r"\s*(€?[\d ,.]+\d(?: €)?)", text)
    assert found, f"no figure after « {lead} »"
    return found[1].strip()


def _view(case: Case, dossier: Dossier) -> LegalView:
    saved = dossier.analysis.data if case.path == FIXTURE and dossier.analysis else None
    return view_of(dossier, case.lang, ON, saved)  # type: ignore[arg-type]


@pytest.mark.parametrize("case", NOTICES, ids=lambda c: c.stem)
def test_the_notice_and_the_note_claim_the_same_sum(case: Case) -> None:
    dossier = case.dossier()
    if not dossier.losses:
        pytest.skip("no loss declared")
    note = next(c for c in cases() if c.name == case.name and c.kind == "note"
                and c.lang == case.lang)
    fr = case.lang == "fr"
    in_notice = _figure(_flat(case.build().plain_text()),
                        "évalue à ce jour à" if fr else "currently assess(?:es)? at")
    in_note = _figure(_flat(note.build().plain_text()),
                      "Somme réclamée dans la mise en demeure :" if fr
                      else "Sum claimed in the formal notice:")
    view = _view(case, dossier)
    found = claim(view, dossier, former_law=dossier.contract.concluded_on < date(2016, 10, 1))
    assert found is not None
    expected = _flat(format_amount(found.amount, found.currency, case.lang))  # type: ignore[arg-type]
    assert in_notice == in_note == expected


def _dossier() -> Dossier:
    path = next(p for name, p in dossiers() if name == "saas-outage")
    return load_dossier(path)


def _finding(rule: str, status: str = "met", strength: str = "arguable",
             **data: object) -> Finding:
    return Finding(id=rule, title=rule, conclusion="", strength=strength, citations=(rule,),
                   area="clause", status=status, rule=rule, data=dict(data))


def test_no_cap_claims_the_losses_declared() -> None:
    d = _dossier()
    found = claim(LegalView(on=ON), d)
    assert found is not None and not found.cap_stated
    assert found.amount == found.declared == sum(x.amount.amount for x in d.losses)


def test_a_cap_bounds_the_claim_and_its_exclusions_leave_heads_out() -> None:
    d = _dossier()
    total = sum(x.amount.amount for x in d.losses)
    lost = [x for x in d.losses if x.category == "lost_profit"]
    d.contract.liability_cap = LiabilityCap(amount={"amount": 1000}, excludes=["lost_profit"])
    found = claim(LegalView(on=ON), d)
    assert found is not None and found.computable and found.limited
    assert found.amount == Decimal(1000)
    assert found.excluded == sum((x.amount.amount for x in lost), Decimal(0))
    d.contract.liability_cap = LiabilityCap(amount={"amount": 10_000_000})
    found = claim(LegalView(on=ON), d)
    assert found is not None and found.amount == total and not found.limited


def test_a_cap_the_dossier_cannot_compute_is_said_and_not_applied() -> None:
    d = _dossier()
    d.contract.liability_cap = LiabilityCap(formula="le double du prix payé")
    found = claim(LegalView(on=ON), d)
    assert found is not None and not found.computable
    assert found.amount == found.declared


def test_a_contested_cap_claims_the_whole_loss_and_the_former_law_has_no_1171() -> None:
    d = _dossier()
    d.contract.liability_cap = LiabilityCap(amount={"amount": 1000})
    view = LegalView(on=ON, findings=(_finding("fr.civil.1171"),))
    found = claim(view, d)
    assert found is not None and found.contested and found.amount == found.declared
    found = claim(view, d, former_law=True)  # art. 1171 dates from the 2016 reform
    assert found is not None and not found.contested and found.amount == Decimal(1000)
    weak = LegalView(on=ON, findings=(_finding("fr.civil.1170", strength="weak"),))
    assert claim(weak, d).amount == Decimal(1000)  # type: ignore[union-attr]


def test_heads_outside_the_cap_are_claimed_in_full() -> None:
    d = _dossier()
    d.contract.liability_cap = LiabilityCap(amount={"amount": 1000})
    first = d.losses[0]
    heads = tuple(DamageHead(x.description, x.amount.amount, "yes", loss=x.id,
                             capped=x.id != first.id) for x in d.losses)
    view = LegalView(on=ON, damages=Damages(Decimal(0), Decimal(0), heads=heads))
    found = claim(view, d)
    assert found is not None
    rest = sum((x.amount.amount for x in d.losses[1:]), Decimal(0))
    assert found.uncapped == first.amount.amount
    assert found.amount == first.amount.amount + min(rest, Decimal(1000))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_capped_claim_is_the_same_in_the_notice_and_the_note(lang: str) -> None:
    """A cap no finding sets aside: the notice claims within it, the note says the same figure
    and why; a cap the dossier cannot compute is not said to limit the claim."""
    d = _dossier()
    d.contract.liability_cap = LiabilityCap(formula="le prix payé", excludes=["lost_profit"])
    view = LegalView(on=ON)  # an analysis finding no exception to the cap
    notice = _flat(build_document(d, "mise-en-demeure", on=ON, lang=lang,  # type: ignore[arg-type]
                                  analysis=view).plain_text())
    note = _flat(build_document(d, "note", on=ON, lang=lang,  # type: ignore[arg-type]
                                analysis=view).plain_text())
    kept = sum((x.amount.amount for x in d.losses if x.category != "lost_profit"), Decimal(0))
    figure = _flat(format_amount(kept, "EUR", lang))  # type: ignore[arg-type]
    fr = lang == "fr"
    assert _figure(notice, "évalue à ce jour à" if fr else "currently assess(?:es)? at") == figure
    assert _figure(note, "Somme réclamée dans la mise en demeure :" if fr
                   else "Sum claimed in the formal notice:") == figure
    assert ("dans la limite stipulée" if fr else "within the limit") not in notice
    assert ("hors les chefs de préjudice que le contrat exclut" if fr
            else "leaving out the heads of loss the contract excludes") in notice
    assert ("plafond non chiffrable" if fr else "cap not computable") in note
