"""Writes the held-out replies to action reminders and to the agenda call: NAME.eml (as the
client sends it) + NAME.expected.json, here and in ../proposal-replies-heldout.

Run: PYTHONPATH=/work/main /work/main/.venv/bin/python tests/data/action-replies-heldout/generate.py

A second, independent corpus for the action-reply and agenda-proposal parsers, written blind
(without reading replies/actions.py, actionwords.py, replydates.py, proposals.py or quotes.py)
by someone other than their author. The emails the members answer are the ones the service
really sends (rendered through tests/replyworld.World on Tuesday 1 December 2026 at 09.14, so
dates roll over the new year); the quoting is done here for each client: Outlook desktop's
Fra:/Sendt:/Til:/Emne: block without marks, "-----Oprindelig meddelelse-----" with ">" marks,
answers typed between the quoted lines, Outlook on the web (HTML only) and Outlook for iOS,
Gmail's wrapped attribution and 76-column quoting, Apple Mail and iPhone, Thunderbird
(format=flowed, top and bottom posting).

The expected results are written by hand in cases.py (what a careful human secretary would
change; what she would not act on confidently goes to the chair and is never a change).
People are invented, at example.org.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import tempfile
import textwrap
from email.message import EmailMessage
from email.policy import SMTP
from html import escape
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
PROPOSALS = HERE.parent / "proposal-replies-heldout"
sys.path.insert(0, str(HERE.parents[2]))

from tests.replyworld import World, at, body  # noqa: E402
from tovholder.jobs.actions import reminders  # noqa: E402
from tovholder.jobs.actions.feature import FEATURE as ACTIONS  # noqa: E402
from tovholder.jobs.agenda_call.feature import FEATURE as AGENDA_CALL  # noqa: E402
from tovholder.jobs.base.feature import handlers  # noqa: E402
from tovholder.jobs.digests.feature import FEATURE as DIGESTS  # noqa: E402

TODAY = dt.date(2026, 12, 1)
ACTION_ROWS = {  # id: (title, due)
    "2": ("Indhent tilbud på støjmåling ved Skovvej", "27-11-2026"),
    "3": ("Opdater medlemslisten på hjemmesiden", "03-12-2026"),
    "4": ("Skriv høringssvar om varmeplanen", "04-12-2026"),
    "12": ("Send invitation til temadag om PFAS", "02-12-2026"),
}
INLINE = "\x00"  # a line the member typed between the quoted lines


def _world(tabs: dict, due: list, handlers: dict, lang: str) -> World:
    mp = pytest.MonkeyPatch()
    return World(Path(tempfile.mkdtemp()), mp, tabs, due, handlers, lang=lang)


def reminder(ids: list[str], lang: str) -> EmailMessage:
    rows = [["Nr", "Møde", "Opgave", "Ansvarlig", "Frist", "Status", "Note"]]
    rows += [[i, "", ACTION_ROWS[i][0], "Mette Lindholt", ACTION_ROWS[i][1], "åben", ""]
             for i in ids]
    w = _world({"Møder": [["Dato", "Status"]], "Opgaver": rows},
               [reminders.due_action_reminders], handlers((ACTIONS, DIGESTS)), lang)
    sent = w.tick(at(TODAY, 9))
    return next(m for m in sent if "mette" in str(m["To"]))


def agenda_call_mail(lang: str) -> EmailMessage:
    tabs = {"Møder": [["Dato", "Start", "Slut", "Sted", "Status"],
                      ["15-12-2026", "9.30", "12.00", "Vejle Rådhus", "planlagt"]],
            "Dagsorden": [["Møde", "Nr", "Punkt", "Ansvarlig", "Note", "Status"],
                          ["15-12-2026", "1", "Budget 2027", "Ida Engholm", "", "planlagt"],
                          ["15-12-2026", "2", "Lugtklager fra svinestalde", "Søren Bækgaard",
                           "", "planlagt"]]}
    w = _world(tabs, [*AGENDA_CALL.due], handlers((AGENDA_CALL,)), lang)
    sent = w.tick(at(TODAY, 9))
    return next(m for m in sent if "mette" in str(m["To"]))


# --- quoting, per client ----------------------------------------------------------------------

def quote(lines: list[str], width: int = 0, flowed: bool = False) -> str:
    out = []
    for line in lines:
        if line.startswith(INLINE):
            out.append(line[1:])
            continue
        if width and len(line) > width - 2:
            parts = textwrap.wrap(line, width - 2)
            if flowed:
                parts = [p + " " for p in parts[:-1]] + parts[-1:]
            out.extend("> " + p for p in parts)
        else:
            out.append(("> " + line).rstrip())
    return "\n".join(out)


def wrap_own(text: str, width: int, flowed: bool = False) -> str:
    out = []
    for line in text.split("\n"):
        if len(line) <= width:
            out.append(line)
            continue
        parts = textwrap.wrap(line, width)
        out.extend([p + " " for p in parts[:-1]] + parts[-1:] if flowed else parts)
    return "\n".join(out)


def with_inline(lines: list[str], inline: dict[str, str]) -> list[str]:
    """The member's answers typed after the quoted line that starts with each key."""
    out = []
    for line in lines:
        out.append(line)
        for key, typed in inline.items():
            if line.strip().startswith(key):
                out.extend(INLINE + t for t in typed.split("\n"))
    return out


def html_of(text: str) -> str:
    return "".join(f"<div>{escape(line, quote=False) or '<br>'}</div>\n"
                   for line in text.split("\n"))


def header_rows(lang: str, frm: str, to_: str, subject: str, kind: str) -> str:
    if lang == "en":
        rows = [("From", frm), ("Sent", "Tuesday, December 1, 2026 9:14 AM"), ("To", to_),
                ("Subject", subject)]
    else:
        sent = {"outlook": "1. december 2026 09:14", "owa": "1. december 2026 09:14",
                "ios": "Tuesday, December 1, 2026 9:14:03 AM"}[kind]
        rows = [("Fra", frm), ("Sendt", sent), ("Til", to_), ("Emne", subject)]
    return "\n".join(f"{k}: {v}" for k, v in rows)


def build(case: dict, original: EmailMessage) -> tuple[str | None, str | None]:
    client, lang = case["client"], case.get("lang", "da")
    own = case.get("own", "")
    frm, subject = str(original["From"]), str(original["Subject"])
    name = case.get("name", "Mette Lindholt")
    to_ = f"{name} <{case.get('email', 'mette.lindholt@example.org')}>"
    text = body(original)
    if name != "Mette Lindholt":
        text = text.replace("Mette Lindholt", name, 1)
    lines = text.split("\n")
    inline = case.get("inline", {})
    o_html = original.get_body(("html",))
    orig_html = o_html.get_content() if o_html is not None else html_of(text)
    orig_html = orig_html.replace("Mette Lindholt", name, 1)

    if client in ("outlook", "outlook_en"):
        block = header_rows(lang, frm, to_, subject, "outlook")
        plain = f"{own}\n\n{block}\n\n{text}"
        rich = (f'<html><body lang="DA"><div class="WordSection1">{html_of(own)}'
                f'<div style="border:none;border-top:solid #E1E1E1 1.0pt"><p>'
                f'{escape(block).replace(chr(10), "<br>")}</p></div>{orig_html}</div>'
                f"</body></html>")
        return plain, rich
    if client == "outlook_prefix":
        label = "-----Original Message-----" if lang == "en" else "-----Oprindelig meddelelse-----"
        block = header_rows(lang, frm, to_, subject, "outlook")
        return f"{own}\n\n{label}\n{block}\n\n{quote(with_inline(lines, inline))}\n", None
    if client == "owa_html":
        block = header_rows(lang, frm.split(" <")[0], name, subject, "owa")
        rich = (f'<html><body><div style="font-family:Calibri">{html_of(own)}</div>'
                f'<hr style="display:inline-block;width:98%"><div id="divRplyFwdMsg">'
                f'<font face="Calibri">{escape(block).replace(chr(10), "<br>")}</font></div>'
                f"<div>{orig_html}</div></body></html>")
        return None, rich
    if client == "outlook_ios":
        block = header_rows(lang, frm, to_, subject, "ios")
        plain = (f"{own}\n\nHent Outlook til iOS<https://aka.ms/o0ukef>\n"
                 f"________________________________\n{block}\n\n{text}")
        return plain, None
    if client in ("gmail", "gmail_inline", "gmail_html"):
        if lang == "da":
            attr = f"Den tir. 1. dec. 2026 kl. 09.14 skrev {frm.split(' <')[0]} <\n" \
                   f"{frm.split('<')[1].rstrip('>')}>:"
        else:
            attr = f"On Tue, 1 Dec 2026 at 09:14, {frm.split(' <')[0]} <\n" \
                   f"{frm.split('<')[1].rstrip('>')}> wrote:"
        width = 0 if client == "gmail_inline" else 78
        plain = f"{wrap_own(own, 78)}\n\n{attr}\n\n{quote(with_inline(lines, inline), width)}\n"
        if client == "gmail_inline" and case.get("bottom"):
            plain += f"\n{own}\n"
            plain = plain.lstrip("\n")
        rich = (f'<div dir="ltr">{html_of(own)}</div><br><div class="gmail_quote">'
                f'<div dir="ltr" class="gmail_attr">{escape(attr.replace(chr(10), ""))}<br>'
                f'</div><blockquote class="gmail_quote">{orig_html}</blockquote></div>')
        return (None if client == "gmail_html" else plain), rich
    if client in ("iphone", "apple_mail"):
        who = frm
        if lang == "da":
            attr = f"Den 1. dec. 2026 kl. 09.14 skrev {who}:"
        else:
            attr = f"On 1 Dec 2026, at 09:14, {who} wrote:"
        if client == "iphone":
            sent_from = "Sendt fra min iPhone" if lang == "da" else "Sent from my iPhone"
            q = quote(["\ufeff" + lines[0]] + lines[1:])
            return f"{own}\n\n{sent_from}\n\n> {attr}\n> \n{q}\n", None
        return f"{own}\n\n{attr}\n\n{quote(lines)}\n", None
    if client in ("thunderbird", "thunderbird_bottom"):
        attr = ("Den 01-12-2026 kl. 09:14 skrev Miljøgruppen:" if lang == "da"
                else "On 01/12/2026 09:14, Miljøgruppen wrote:")
        q = quote(with_inline(lines, inline), 72, flowed=True)
        if client == "thunderbird":
            return f"{wrap_own(own, 72, True)}\n\n{attr}\n{q}\n", None
        return f"{attr}\n{q}\n\n{wrap_own(own, 72, True)}\n", None
    raise ValueError(client)


def message(case: dict, original: EmailMessage) -> bytes:
    plain, rich = build(case, original)
    lang = case.get("lang", "da")
    msg = EmailMessage()
    msg["From"] = f"{case.get('name', 'Mette Lindholt')} " \
                  f"<{case.get('email', 'mette.lindholt@example.org')}>"
    msg["To"] = str(original["Reply-To"])
    outlookish = case["client"].startswith(("outlook", "owa"))
    prefix = ("SV: " if lang == "da" else "RE: ") if outlookish else "Re: "
    msg["Subject"] = prefix + str(original["Subject"])
    msg["Date"] = "Tue, 01 Dec 2026 11:40:00 +0100"
    msg["Message-ID"] = f"<{case['id']}@mail.example.org>"
    msg["In-Reply-To"] = str(original["Message-ID"])
    if plain is not None:
        msg.set_content(plain, cte="quoted-printable")
        if case["client"].startswith("thunderbird"):
            msg.set_param("format", "flowed")
        if rich is not None:
            msg.add_alternative(rich, subtype="html", cte="quoted-printable")
    else:
        msg.set_content(rich, subtype="html", cte="quoted-printable")
    return msg.as_bytes(policy=SMTP)


def write(folder: Path, cases: list[dict], original_for, expected_for) -> None:  # noqa: ANN001
    for old in [*folder.glob("*.eml"), *folder.glob("*.expected.json")]:
        old.unlink()
    for case in cases:
        (folder / f"{case['id']}.eml").write_bytes(message(case, original_for(case)))
        (folder / f"{case['id']}.expected.json").write_text(
            json.dumps(expected_for(case), ensure_ascii=False, indent=1) + "\n",
            encoding="utf-8")
    print(f"{folder.name}: {len(cases)} replies written")


def main() -> None:
    sys.path.insert(0, str(HERE))
    from cases import CASES as ACTION_CASES  # the scenarios, by hand

    sys.path.insert(0, str(PROPOSALS))
    import importlib.util

    spec = importlib.util.spec_from_file_location("proposal_cases", PROPOSALS / "cases.py")
    proposal_cases = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(proposal_cases)

    reminders_cache: dict[tuple, EmailMessage] = {}

    def action_original(case: dict) -> EmailMessage:
        key = (tuple(case.get("actions", ACTIONS_ALL)), case.get("lang", "da"))
        if key not in reminders_cache:
            reminders_cache[key] = reminder(list(key[0]), key[1])
        return reminders_cache[key]

    def action_expected(case: dict) -> dict:
        return {"lang": case.get("lang", "da"), "client": case["client"],
                "actions": list(case.get("actions", ACTIONS_ALL)),
                "changes": case["changes"], "notes": case.get("notes", []),
                "chair": case["chair"], "why": case.get("why", "")}

    calls = {lang: agenda_call_mail(lang) for lang in ("da", "en")}

    def proposal_expected(case: dict) -> dict:
        return {"lang": case.get("lang", "da"), "client": case["client"],
                "items": case["items"], "chair": case["chair"], "why": case.get("why", "")}

    write(HERE, ACTION_CASES, action_original, action_expected)
    write(PROPOSALS, proposal_cases.CASES, lambda c: calls[c.get("lang", "da")],
          proposal_expected)


ACTIONS_ALL = ["2", "3", "4", "12"]

if __name__ == "__main__":
    main()
