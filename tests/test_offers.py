"""tovholder.replies.offers: a conditional offer to take a role, and the term end the chair
names when she approves a volunteer (issue 15)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.data.conditional_offers import NOT_OFFERS, OFFERS
from tovholder.replies.offers import conditional_offer, term_end_from

START = dt.date(2026, 3, 4)


@pytest.mark.parametrize("text", OFFERS)
def test_an_offer_if_nobody_else_volunteers_is_recognised(text: str) -> None:
    assert conditional_offer(text)


@pytest.mark.parametrize("text", NOT_OFFERS)
def test_a_plain_answer_a_refusal_or_a_hedge_is_no_conditional_offer(text: str) -> None:
    assert not conditional_offer(text)


@pytest.mark.parametrize(("text", "end"), [
    ("ja, til 2027", dt.date(2027, 3, 4)),
    ("Ja – til 1. juni 2027.", dt.date(2027, 6, 1)),
    ("yes, until 2027", dt.date(2027, 3, 4)),
    ("ja til 01-06-2028", dt.date(2028, 6, 1)),
    ("Ja tak, til og med 31.12.2027", dt.date(2027, 12, 31)),
])
def test_the_chair_names_the_end_of_the_term(text: str, end: dt.date) -> None:
    assert term_end_from(text, START) == end


@pytest.mark.parametrize("text", ["ja", "Ja tak!", "ja, til 2025"])
def test_no_end_or_one_before_the_start_leaves_the_default(text: str) -> None:
    assert term_end_from(text, START) is None
