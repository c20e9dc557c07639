"""Writes the reply corpora of the answerable emails: tests/data/action-replies,
proposal-replies and consultation-replies, each NAME.eml (as the client sends it) beside
NAME.expected.json (written by hand in the case lists below, never by the parser).

Run: /work/main/.venv/bin/python tests/data/answerable_replies.py

The quoted e-mail is the one the service really renders (templates/<lang>/actions, agenda_call,
consultation), quoted the way each client does: Gmail (attribution + "> ", with an HTML part),
Outlook desktop (Fra:/Sendt:/Til:/Emne: block without marks; "-----Oprindelig meddelelse-----";
with "> " prefixes and inline answers), Outlook web HTML-only (divRplyFwdMsg), Apple Mail and
iPhone ("Sendt fra min iPhone", quoted attribution), Thunderbird bottom-posting. People are
invented, at example.org.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from email.message import EmailMessage
from email.policy import SMTP
from html import escape
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from tovholder.jobs.digests.parts import ActionView  # noqa: E402
from tovholder.mailer.render import render  # noqa: E402
from tovholder.sheets.model import Meeting  # noqa: E402

GROUP = ("Tovholder", "gruppe@example.org")
PEOPLE = {"mette": "Mette Lindholt", "jonas": "Jonas Krogsgaard", "lise": "Lise Thorsager",
          "bo": "Bo Lykkegaard", "tom": "Tom Wexley", "anna": "Anna Brightwater",
          "karen": "Karen Munk", "hans": "Hans Vindeløv"}


def original(kind: str, lang: str, name: str) -> tuple[str, str]:
    if kind == "actions":
        views = [ActionView("3", "Skriv udkast til høringssvar om PFAS", dt.date(2026, 3, 7),
                            False, 0, 2, None, name),
                 ActionView("5", "Ring til kommunen om støjmålinger", dt.date(2026, 3, 1), True,
                            4, -4, None, name),
                 ActionView("7", "Book lokale til mødet i juni", dt.date(2026, 3, 6), False, 0,
                            1, None, name)]
        ctx = {"actions": views, "overdue": 1, "other_actions": [], "today": dt.date(2026, 3, 5),
               "group_name": "Miljøgruppen"}
    elif kind == "agenda_call":
        ctx = {"meeting": Meeting(2, dt.date(2026, 4, 22), dt.time(9), dt.time(12), "Rådhuset",
                                  "physical", "planned"),
               "group_name": "Miljøgruppen", "digest_day": dt.date(2026, 4, 15),
               "chair_name": "Ida Engholm", "items": []}
    else:
        ctx = {"title": "Udkast til vejledning om PFAS i jord", "authority": "Miljøstyrelsen",
               "deadline": dt.date(2026, 5, 29), "link": "https://hoering.example.org/pfas",
               "note": "", "internal": dt.date(2026, 5, 22), "group_name": "Miljøgruppen",
               "coordinator_name": "Søren Bækgaard", "chair_name": "Ida Engholm",
               "areas": ["PFAS"], "is_coordinator": False}
    r = render(kind, lang, {**ctx, "recipient_name": name})
    return r.subject, r.text


def quoted(text: str) -> str:
    return "\n".join(("> " + ln).rstrip() for ln in text.splitlines())


def header_block(lang: str, name: str, email: str, subject: str) -> str:
    if lang == "da":
        return (f"Fra: {GROUP[0]} <{GROUP[1]}>\nSendt: 5. marts 2026 09:00\n"
                f"Til: {name} <{email}>\nEmne: {subject}")
    return (f"From: {GROUP[0]} <{GROUP[1]}>\nSent: Thursday, March 5, 2026 9:00 AM\n"
            f"To: {name} <{email}>\nSubject: {subject}")


def compose(client: str, lang: str, own: str, subject: str, text: str, name: str,
            email: str) -> tuple[str, str | None]:
    """(plain text, html or None) of the reply as the client writes it."""
    sig = {"da": f"Med venlig hilsen\n{name}\nMiljømedarbejder", "en": f"Best regards\n{name}"}[
        lang]
    if client == "gmail":
        attribution = ("Den tors. 5. mar. 2026 kl. 09.00 skrev Tovholder <gruppe@example.org>:"
                       if lang == "da" else
                       "On Thu, Mar 5, 2026 at 9:00 AM Tovholder <gruppe@example.org> wrote:")
        plain = f"{own}\n\n{attribution}\n\n{quoted(text)}\n"
        html = "".join(f"<div>{escape(ln) or '<br>'}</div>" for ln in own.splitlines()) + \
            f'<br><div class="gmail_quote">{escape(attribution)}<blockquote>' + \
            "<br>".join(escape(ln) for ln in text.splitlines()) + "</blockquote></div>"
        return plain, html
    if client == "outlook":
        return f"{own}\n\n{sig}\n\n{header_block(lang, name, email, subject)}\n\n{text}\n", None
    if client == "outlook_original":
        sep = "-----Oprindelig meddelelse-----" if lang == "da" else "-----Original Message-----"
        return (f"{own}\n\n{sig}\n\n{sep}\n{header_block(lang, name, email, subject)}\n\n"
                f"{quoted(text)}\n"), None
    if client == "outlook_inline":  # "@3 Færdig": typed under the quoted line of action 3
        top = [ln for ln in own.splitlines() if not ln.startswith("@")]
        answers = dict(ln[1:].split(" ", 1) for ln in own.splitlines() if ln.startswith("@"))
        lines = []
        for line in text.splitlines():
            lines.append(("> " + line).rstrip())
            aid = line.strip().removeprefix("- ").split(":")[0]
            if line.strip().startswith("- ") and aid in answers:
                lines.append(answers[aid])
        sep = "-----Oprindelig meddelelse-----" if lang == "da" else "-----Original Message-----"
        return ("\n".join(top) + f"\n\n{sep}\n{header_block(lang, name, email, subject)}\n\n"
                + "\n".join(lines) + "\n"), None
    if client == "iphone":
        device = "Sendt fra min iPhone" if lang == "da" else "Sent from my iPhone"
        attribution = ("Den 5. mar. 2026 kl. 09.00 skrev Tovholder <gruppe@example.org>:"
                       if lang == "da" else
                       "On 5 Mar 2026, at 09:00, Tovholder <gruppe@example.org> wrote:")
        return f"{own}\n\n{device}\n\n> {attribution}\n>\n{quoted(text)}\n", None
    if client == "apple":
        attribution = ("> Den 5. mar. 2026 kl. 09.00 skrev Tovholder <gruppe@example.org>:"
                       if lang == "da" else
                       "> On 5 Mar 2026, at 09:00, Tovholder <gruppe@example.org> wrote:")
        return f"{own}\n\n{sig}\n\n{attribution}\n>\n{quoted(text)}\n", None
    if client == "thunderbird":  # bottom-posting
        attribution = ("Den 05.03.2026 kl. 09.00 skrev Tovholder:" if lang == "da" else
                       "On 05/03/2026 09:00, Tovholder wrote:")
        return f"{attribution}\n{quoted(text)}\n\n{own}\n\n-- \n{name}\n", None
    if client == "owa_html":  # Outlook on the web, HTML only
        block = header_block(lang, name, email, subject).replace("\n", "<br>")
        html = ('<html><body><div style="font-family:Calibri">' +
                "".join(f"<p>{escape(ln) or '&nbsp;'}</p>" for ln in own.splitlines()) +
                '</div><hr style="display:inline-block;width:98%"><div id="divRplyFwdMsg">'
                f'<font face="Calibri">{block}</font></div><div>' +
                "<br>".join(escape(ln) for ln in text.splitlines()) + "</div></body></html>")
        return "", html
    raise ValueError(client)


def write(folder: str, kind: str, cases: list[dict[str, object]]) -> None:
    out = HERE / folder
    out.mkdir(exist_ok=True)
    for old in out.glob("*.eml"):
        old.unlink()
    for old in out.glob("*.expected.json"):
        old.unlink()
    for n, case in enumerate(cases, start=1):
        lang, client, who = str(case["lang"]), str(case["client"]), str(case["who"])
        name, email = PEOPLE[who], f"{who}@example.org"
        subject, text = original(kind, lang, name)
        own = str(case["own"])
        plain, html = compose(client, lang, own, subject, text, name, email)
        msg = EmailMessage(policy=SMTP)
        msg["From"] = f"{name} <{email}>"
        msg["To"] = "Tovholder <gruppe+token@example.org>"
        msg["Subject"] = ("SV: " if client.startswith(("outlook", "owa")) and lang == "da"
                          else "RE: " if client.startswith(("outlook", "owa")) else "Re: ") + subject
        msg["Message-ID"] = f"<{folder}-{n}@example.org>"
        msg["Date"] = "Thu, 05 Mar 2026 10:00:00 +0100"
        if plain and html:
            msg.set_content(plain)
            msg.add_alternative(html, subtype="html")
        elif html:
            msg.set_content(html, subtype="html")
        else:
            msg.set_content(plain)
        stem = f"{n:02d}-{lang}-{client.replace('_', '-')}"
        (out / f"{stem}.eml").write_bytes(bytes(msg))
        expected = {k: v for k, v in case.items() if k not in ("lang", "client", "who", "own")}
        (out / f"{stem}.expected.json").write_text(
            json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    from answerable_cases import ACTIONS, CONSULTATIONS, PROPOSALS

    write("action-replies", "actions", ACTIONS)
    write("proposal-replies", "agenda_call", PROPOSALS)
    write("consultation-replies", "consultation", CONSULTATIONS)
