"""A greeting names a person or nobody, never an address (issue 15: "Kære
karin.jessen@example.org" when the chair came from [mail] chair)."""

from __future__ import annotations

import datetime as dt

import pytest

from tovholder.jobs.base.messages import Sender, make_outgoing
from tovholder.jobs.runner.tick import chair
from tovholder.sheets.parse import parse_snapshot

NOW = dt.datetime(2026, 11, 26, 9, 0, tzinfo=dt.UTC)
SENDER = Sender("gruppe@example.org", "Tovholder", "da", b"hemmelig")


def workbook(roles: list[list[str]] | None = None):  # noqa: ANN201
    return parse_snapshot({
        "Medlemmer": [["Navn", "E-mail", "Status", "Andre adresser"],
                      ["Karin Jessen", "karin.jessen@example.org", "aktiv", "karin@example.net"],
                      ["Bo Rasmussen", "bo.rasmussen@example.org", "aktiv", ""]],
        "Funktioner": [["Funktion", "Varetages af"], *(roles or [["Sekretær", ""]])]})


def text(out) -> str:  # noqa: ANN001
    return out.message.get_body(("plain",)).get_content()


def test_a_chair_from_the_config_is_named_from_medlemmer() -> None:
    assert chair(workbook(), "Karin.Jessen@example.org") == ("Karin.Jessen@example.org",
                                                             "Karin Jessen")


def test_a_chair_from_the_config_is_named_by_her_other_address() -> None:
    assert chair(workbook(), "karin@example.net") == ("karin@example.net", "Karin Jessen")


def test_a_chair_who_is_no_member_has_no_name() -> None:
    assert chair(workbook(), "formand@example.org") == ("formand@example.org", "")


def test_the_chair_in_funktioner_is_still_named_from_medlemmer() -> None:
    wb = workbook([["Formand", "Bo Rasmussen"]])
    assert chair(wb, "karin.jessen@example.org") == ("bo.rasmussen@example.org", "Bo Rasmussen")


@pytest.mark.parametrize(("lang", "greeting"), [("da", "Kære formand\n"), ("en", "Dear Chair\n")])
def test_a_note_to_a_chair_without_a_name_greets_without_an_address(lang: str,
                                                                     greeting: str) -> None:
    sender = Sender("gruppe@example.org", "Tovholder", lang, b"hemmelig")
    out = make_outgoing(sender, "notice", kind="notice", key="k", to_email="formand@example.org",
                        to_name="formand@example.org", now=NOW,
                        context={"chair_name": "formand@example.org", "title": "Titel",
                                 "body": "Tekst", "quoted": ""})
    assert text(out).startswith(greeting)
    assert "formand@example.org" not in text(out)


def test_a_member_without_a_name_is_greeted_without_an_address() -> None:
    out = make_outgoing(SENDER, "identity", kind="identity", key="k",
                        to_email="bo.rasmussen@example.org", to_name="bo.rasmussen@example.org",
                        now=NOW, context={"address": "bo@example.net", "subject": "Emne",
                                          "deadline": "1. dec", "quoted": "", "when": NOW})
    assert text(out).startswith("Hej\n")
    assert "bo.rasmussen@example.org" not in text(out)
