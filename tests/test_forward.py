"""The files a member attached to a reply reach the person it is passed on to: what counts as a
file (not a signature's logo, not a calendar part), the cap, and finding the original again in
the mailbox it was filed in."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from tovholder.mailer.forward import File, attach_originals, files, forwardable
from tovholder.mailer.mailbox import LocalMail

PDF = b"%PDF-1.4\n%fake\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def reply_with_files() -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = "Mette Lindholt <mette.lindholt@example.org>"
    msg["To"] = "gruppe+abc@example.org"
    msg["Subject"] = "SV: Dagsorden"
    msg["Message-ID"] = "<svar-1@mail.example.org>"
    msg.set_content("Afbud, men her er mine slides.")
    msg.add_alternative('<p>Afbud, men her er mine slides.<img src="cid:image001.png"></p>',
                        subtype="html")
    html = msg.get_payload()[1]
    html.add_related(b"\x89PNG logo", maintype="image", subtype="png", cid="<image001.png>")
    msg.add_attachment(PDF, maintype="application", subtype="pdf", filename="slides.pdf")
    msg.add_attachment("BEGIN:VCALENDAR\nMETHOD:REPLY\nEND:VCALENDAR\n", subtype="calendar",
                       filename="invite.ics")
    msg.add_attachment(b"PK\x03\x04docx", maintype="application",
                       subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                       filename="Referat 22. april.docx")
    return msg


def test_files_are_what_the_member_attached_not_logos_or_calendar_parts() -> None:
    assert [f.name for f in files(bytes(reply_with_files()))] == ["slides.pdf",
                                                                  "Referat 22. april.docx"]


def test_files_over_the_cap_are_kept_back_in_order() -> None:
    found = [File("a.pdf", 600, "application/pdf"), File("b.pdf", 600, "application/pdf"),
             File("c.txt", 100, "text/plain")]
    going, kept = forwardable(found, cap=1000)
    assert [f.name for f in going] == ["a.pdf", "c.txt"] and [f.name for f in kept] == ["b.pdf"]


def test_the_originals_files_are_attached_byte_for_byte() -> None:
    note = EmailMessage()
    note["Subject"] = "Mette har svaret"
    note.set_content("Se vedhæftet.")
    attached = attach_originals(note, bytes(reply_with_files()))
    assert [f.name for f in attached] == ["slides.pdf", "Referat 22. april.docx"]
    parts = {p.get_filename(): p.get_content() for p in note.iter_attachments()}
    assert parts["slides.pdf"] == PDF


def test_the_local_mailbox_finds_an_original_wherever_it_was_filed(tmp_path: Path) -> None:
    mail = LocalMail(tmp_path / "post")
    raw = bytes(reply_with_files())
    key = mail.box.deliver(raw)
    assert mail.original("<svar-1@mail.example.org>") == raw
    mail.mark_processed([key])
    assert mail.original("<svar-1@mail.example.org>") == raw
    assert mail.original("<other@example.org>") is None


def test_a_file_name_hiding_a_line_break_is_attached_under_a_name_that_can_be_written() -> None:
    # found by the fuzz (issue 12): the note passing the reply on could not be built
    raw = bytes(reply_with_files()).replace(
        b'filename="slides.pdf"', b'filename="=?utf-8?q?slides=0D=0ABcc:_alle@example.net?=.pdf"')
    note = EmailMessage()
    note["Subject"] = "Mette har svaret"
    note.set_content("Se vedhæftet.")
    attached = attach_originals(note, raw)
    assert attached[0].name == "slides Bcc: alle@example.net.pdf"
    assert b"\r\nBcc:" not in bytes(note)
