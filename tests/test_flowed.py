"""format=flowed (RFC 3676) is read as the member typed it: soft line breaks joined."""

from __future__ import annotations

from tovholder.mailer.decode import decode_message
from tovholder.mailer.flowed import unflow


def test_a_line_ending_in_a_space_goes_on_on_the_next() -> None:
    assert unflow("Only change: so add \nSoil. And 21 years now.") == (
        "Only change: so add Soil. And 21 years now."
    )


def test_quoted_lines_join_only_at_the_same_depth() -> None:
    assert unflow("> a long quoted \n> line\n>> deeper \n>> still\n> back") == (
        "> a long quoted line\n>> deeper still\n> back"
    )


def test_the_signature_separator_is_a_hard_break() -> None:
    assert unflow("Hilsen \nMarta\n-- \nMarta Holm") == "Hilsen Marta\n-- \nMarta Holm"


def test_space_stuffing_is_removed_and_delsp_drops_the_soft_space() -> None:
    assert unflow(" From here\nPFAS-sag \nerne", delsp=True) == "From here\nPFAS-sagerne"


def test_a_flowed_mail_is_unflowed_when_decoded_and_a_fixed_one_is_not() -> None:
    def mail(fmt: str) -> bytes:
        return (
            "From: a@example.org\nTo: b@example.org\nSubject: x\nMIME-Version: 1.0\n"
            f"Content-Type: text/plain; charset=utf-8{fmt}\n\nso add \nSoil.\n"
        ).encode()

    assert decode_message(mail('; format="flowed"')).text.startswith("so add Soil.")
    assert decode_message(mail("")).text.startswith("so add \nSoil.")
