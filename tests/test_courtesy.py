"""Courtesy needs nobody; everything else in a reply is content, however short."""

from __future__ import annotations

import pytest

from tovholder.replies.courtesy import sort_lines

NAMES = ["Ida Engholm", "Mette Lindholt", "Søren Bækgaard", "Jonas Krogsgaard"]


@pytest.mark.parametrize("text", [
    "Tak!", "Tak for dagsordenen 👍", "OK", "👍", "Tak for info – og tillykke, Jonas 😄",
    "Tak, og god weekend!", "Tak, glæder mig!", "Thanks a lot!", "Noted, thanks.",
    "Hej Ida\n\nTak for påmindelsen.\n\nMvh Mette",
    "Med venlig hilsen\n\nMette Lindholt\nMiljømedarbejder\nFredericia Kommune\nTlf. 72 10 65 43",
])
def test_courtesy_alone_needs_nobody(text: str) -> None:
    assert sort_lines(text, NAMES).only_courtesy


@pytest.mark.parametrize(("text", "content"), [
    ("Afbud", ["Afbud"]),
    ("Tak – jeg kontakter Jonas.", ["Tak – jeg kontakter Jonas."]),
    ("OK, jeg tager den – men kan nogen sende mig en skabelon?",
     ["OK, jeg tager den – men kan nogen sende mig en skabelon?"]),
    ("Best practice er at ringe først.", ["Best practice er at ringe først."]),
    ("Mvh Mette\n\nPS: husk kagen til mødet på onsdag.", ["PS: husk kagen til mødet på onsdag."]),
    ("Hej Ida\n\nKan mit punkt komme efter pausen?\n\nMed venlig hilsen\nMette Lindholt\n"
     "Miljømedarbejder", ["Kan mit punkt komme efter pausen?"]),
    ("Med venlig hilsen\nMette\nRing gerne, hvis der er noget?", None),
])
def test_content_is_kept_in_order_and_a_question_under_a_sign_off_is_content(
        text: str, content: list[str] | None) -> None:
    found = sort_lines(text, NAMES).content
    assert found == content if content is not None else "Ring gerne, hvis der er noget?" in found
