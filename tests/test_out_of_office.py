"""An out-of-office sent by a rule, with no Auto-Submitted and a "SV:" subject, is known by how it
opens and says when the person is back; a person answering from a holiday is not one."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from tovholder.mailer.classify import classify


def mail(text: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = "Mette Lindholt <mette.lindholt@example.org>"
    msg["To"] = "gruppe+abc@example.org"
    msg["Subject"] = "SV: Kompetenceskema 2026: hvad arbejder du med?"
    msg.set_content(text + "\n\n> Kære Mette\n> Her er skemaet.\n")
    return msg


@pytest.mark.parametrize("text", [
    "Jeg er på ferie og er tilbage mandag den 5. januar. Ved akutte sager ring 72 10 65 00.",
    "Tak for din mail. Jeg er fraværende indtil 3. januar og læser ikke mails.",
    "I am currently out of the office until January 5th with limited access to email.",
    "Jag är på semester och tillbaka den 7 januari.",
    "Jeg er ikke på kontoret, tilbake 4. januar.",
    "Ich bin derzeit nicht im Büro und ab dem 5. Januar wieder erreichbar.",
])
def test_an_out_of_office_without_headers_is_an_auto_reply(text: str) -> None:
    assert classify(mail(text)).kind == "auto_reply"


@pytest.mark.parametrize("text", [
    "Jeg er på ferie indtil 3. jan, men sæt mig på PFAS og støj.",
    "Jeg er på ferie til 3. jan – kan vi tage det bagefter?",
    "PFAS og støj, tak. Jeg er tilbage den 5.",
    "I'm away until Monday but put me down for noise.",
])
def test_a_person_answering_from_a_holiday_is_a_reply(text: str) -> None:
    assert classify(mail(text)).kind == "reply"
