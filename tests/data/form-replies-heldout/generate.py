"""Writes the held-out replies: NAME.eml (as the client sends it) + NAME.expected.json.

Run: /work/main/.venv/bin/python tests/data/form-replies-heldout/generate.py

A second, independent corpus for the form-reply parser, written blind (without reading the
parser) by someone other than its author, to measure it on replies it was not tuned on. The
form each reply quotes is the one the service renders (templates/<lang>/form*); the quoting is
done here from scratch for each client: Outlook desktop's Fra:/Sendt: block without marks and
with its paragraph-per-line plain text, "-----Oprindelig meddelelse-----" with ">" marks,
Outlook web and Outlook for iOS/Android/Mac, Gmail's wrapped attribution with *bold* and
76-column quoting of our HTML, Apple Mail/iPhone (with the BOM the iPhone puts in front of the
quoted body), Thunderbird (format=flowed, *bold*), HTML-only replies, forwards.

The expected answers are written by hand in CASES (what a careful secretary records; what she
would not map confidently is expected as not recorded and flagged), never by the parser.
People are invented, at example.org.
"""

from __future__ import annotations

import json
import re
import sys
import textwrap
from email.message import EmailMessage
from email.policy import SMTP
from html import escape
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from tovholder.jobs.form.form import form_context  # noqa: E402
from tovholder.mailer.render import render  # noqa: E402
from tovholder.sheets.model import Question  # noqa: E402
from tovholder.sheets.starter import EXAMPLES  # noqa: E402

TYPES = {"flere": "multi", "tal": "number", "én": "single", "tekst": "text"}
GROUP_NAME = "Miljønetværkets tovholder"
GROUP_ADDR = "gruppe+k3f9a-2b7dq-8c1e5f0a9b3d4e6f@example.org"
UNQUOTED = "\x00"  # a line the member typed outside the quote (Gmail/Outlook break the quote)


def questions(lang: str) -> list[Question]:
    return [Question(i + 2, r["id"], r["question"], TYPES.get(r["type"], r["type"]),
                     tuple(o.strip() for o in r["options"].split(";") if o.strip()))
            for i, r in enumerate(EXAMPLES["form"][lang])]


def original(lang: str, first: str, sent: dict[str, str]) -> tuple[str, str, str]:
    ctx = {**form_context(questions(lang), sent, lang, "2026", GROUP_NAME),
           "recipient_name": first}
    r = render("form", lang, ctx)
    return r.subject, r.text, r.html or ""


# --- the member's edits to the quoted form, on its visible lines -------------------------------

def edit_lines(lines: list[str], edits: list[tuple]) -> list[str]:
    """Edits: ("set", old, new[, after]) replaces the first line equal to old (after the line
    starting with `after`); ("del", old[, after]); ("add", after_line_prefix, new) inserts
    typed lines after the line starting with the prefix; ("bold", old) is HTML-only."""
    out = list(lines)

    def find(old: str, after: str | None) -> int:
        start = 0
        if after:
            start = next(i for i, v in enumerate(out) if v.lstrip("*").startswith(after))
        return next(i for i in range(start, len(out)) if out[i].rstrip() == old)

    for e in edits:
        if e[0] == "set":
            out[find(e[1], e[3] if len(e) > 3 else None)] = e[2]
        elif e[0] == "del":
            del out[find(e[1], e[2] if len(e) > 2 else None)]
        elif e[0] == "add":
            i = next(i for i, v in enumerate(out) if v.lstrip("*").startswith(e[1]))
            out[i + 1:i + 1] = [UNQUOTED + t for t in e[2].split("\n")]
        elif e[0] == "append":  # typed on the end of an existing line
            i = next(i for i, v in enumerate(out) if v.lstrip("*").startswith(e[1]))
            out[i] = out[i] + e[2]
    return out


def edit_html(html: str, edits: list[tuple]) -> str:
    """The same edits on the form's HTML (each option/Svar line is one <div>)."""
    body = re.search(r"(?s)<body>(.*)</body>", html).group(1)

    def div_span(text: str, after: str | None) -> tuple[int, int]:
        start = body.index(escape(after, quote=False)) if after else 0
        needle = f">{escape(text, quote=False)}</div>"
        if text.startswith(("Svar:", "Answer:")) and text.endswith(":"):
            needle = f">{escape(text, quote=False)} </div>"
        j = body.index(needle, start)
        i = body.rindex("<div", 0, j)
        return i, j + len(needle)

    for e in edits:
        if e[0] in ("set", "del"):
            after = e[3] if e[0] == "set" and len(e) > 3 else (e[2] if e[0] == "del" and len(e) > 2
                                                                else None)
            i, j = div_span(e[1], after)
            style = body[i:body.index(">", i) + 1]
            new = f"{style}{escape(e[2], quote=False)}</div>" if e[0] == "set" else ""
            body = body[:i] + new + body[j + (1 if e[0] == "del" else 0):]
        elif e[0] == "bold":
            i, j = div_span(e[1], None)
            style = body[i:body.index(">", i) + 1]
            body = (body[:i] + f"{style}<b>{escape(e[1], quote=False)}</b></div>" + body[j:])
        elif e[0] in ("add", "append"):
            prefix = escape(e[1], quote=False)
            if re.match(r"\d+\. ", e[1]):
                n, rest = e[1].split(" ", 1)
                k = body.index(f"<strong>{n} {escape(rest, quote=False)}")
            else:
                k = body.index(prefix)
            end = body.index("</p>", k) if body.rfind("<p", 0, k) > body.rfind("<div", 0, k) \
                else body.index("</div>", k)
            if e[0] == "append":
                body = body[:end] + escape(e[2], quote=False) + body[end:]
            else:
                close = body.index(">", end) + 1
                typed = "".join(f'<div style="color:#1F497D">{escape(t, quote=False)}</div>'
                                for t in e[2].split("\n"))
                body = body[:close] + typed + body[close:]
    return body


def visible(text: str, style: str) -> list[str]:
    """The form's lines as a client shows them when it turns our HTML into plain text."""
    lines = text.split("\n")
    out: list[str] = []
    for line in lines:
        head = re.match(r"^(\d+\. [^:]+:)(.*)$", line)
        if style == "star" and head:
            line = f"*{head.group(1)}*{head.group(2)}"
        elif style == "star" and line.startswith(("Sæt x", "Put an x")):
            line = f"*{line}*"
        out.append(line)
        if style == "outlook" and head:
            out.append("")  # Outlook ends every <p> with an empty line
    return out


def quote(lines: list[str], width: int = 0, flowed: bool = False, prefix: str = "> ") -> str:
    out = []
    for line in lines:
        if line.startswith(UNQUOTED):
            out.append(line[1:])
            continue
        if width and len(line) > width - len(prefix):
            parts = textwrap.wrap(line, width - len(prefix))
            if flowed:
                parts = [p + " " for p in parts[:-1]] + parts[-1:]
            out.extend(prefix + p for p in parts)
        else:
            out.append((prefix + line).rstrip() if line else prefix.rstrip())
    return "\n".join(out)


def plain_unquoted(lines: list[str]) -> str:
    return "\n".join(v[1:] if v.startswith(UNQUOTED) else v for v in lines)


def wrap_own(text: str, width: int, flowed: bool = False) -> str:
    out = []
    for line in text.split("\n"):
        if len(line) <= width:
            out.append(line)
            continue
        parts = textwrap.wrap(line, width)
        out.extend([p + " " for p in parts[:-1]] + parts[-1:] if flowed else parts)
    return "\n".join(out)


def own_html(own: str, tag: str = "div", cls: str = "") -> str:
    c = f' class="{cls}"' if cls else ""
    return "".join(f"<{tag}{c}>{escape(line, quote=False) or '<br>'}</{tag}>\n"
                   for line in own.split("\n"))


# --- clients ----------------------------------------------------------------------------------

DA_DAYS = "tirsdag den 1. december 2026 09.14"


def header_block(lang: str, name: str, email: str, subject: str, kind: str) -> list[tuple]:
    if lang == "en":
        sent = "Tuesday, December 1, 2026 9:14 AM"
        return [("From", f"{GROUP_NAME} <{GROUP_ADDR}>"), ("Sent", sent),
                ("To", f"{name} <{email}>"), ("Subject", subject)]
    sent = {"outlook": DA_DAYS, "owa": "1. december 2026 09:14",
            "ios": "Tuesday, December 1, 2026 9:14:03 AM",
            "mac": "tirsdag den 1. december 2026 kl. 09.14"}[kind]
    return [("Fra", f"{GROUP_NAME} <{GROUP_ADDR}>"),
            ("Dato" if kind == "mac" else "Sendt", sent),
            ("Til", f"{name} <{email}>"), ("Emne", subject)]


def build(case: dict, subject: str, text: str, html: str) -> tuple[str | None, str | None]:
    """(text/plain, text/html) of the reply; None where the client sends no such part."""
    client, lang = case["client"], case["lang"]
    name, email = case["name"], case["email"]
    own = case.get("own", "")
    edits = case.get("edits", [])
    body = edit_html(html, edits)
    blockquote = ('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                  'border-left:1px solid rgb(204,204,204);padding-left:1ex">')

    if client in ("outlook", "outlook_ios", "outlook_android", "owa", "outlook_mac"):
        kind = {"outlook": "outlook", "outlook_ios": "ios", "outlook_android": "ios",
                "owa": "owa", "outlook_mac": "mac"}[client]
        rows = case.get("outer_rows") or header_block(lang, name, email, subject, kind)
        lines = edit_lines(visible(text, "outlook" if client == "outlook" else "plain"), edits)
        block = "\n".join(f"{k}: {v}" for k, v in rows)
        block_html = "<br>\n".join(f"<b>{k}:</b> {escape(v, quote=False)}" for k, v in rows)
        pre = own
        if client == "outlook_ios":
            pre = f"{own}\n\nHent Outlook til iOS<https://aka.ms/o0ukef>"
        if client == "outlook_android":
            pre = f"{own}\n\nHent Outlook til Android<https://aka.ms/AAb9ysg>"
        sep = "" if client == "outlook" else "________________________________\n"
        middle = case.get("middle", "")
        plain = f"{pre}\n\n{sep}{block}\n\n{middle}{plain_unquoted(lines)}"
        rich = (f'<html><head><meta charset="utf-8"></head><body lang="DA">'
                f'<div class="WordSection1">{case.get("own_rich") or own_html(pre, "p", "MsoNormal")}'
                + ('<div id="appendonsend"></div><hr style="display:inline-block;width:98%">'
                   if sep else "")
                + f'<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm'
                  f' 0cm"><p class="MsoNormal">{block_html}</p></div>\n'
                + (own_html(middle.rstrip("\n"), "p", "MsoNormal") if middle else "")
                + f"{body}</div></body></html>")
        return (None if case.get("html_only") else plain), rich

    if client == "outlook_prefix":
        rows = header_block(lang, name, email, subject, "outlook")
        lines = edit_lines(visible(text, "plain"), edits)
        label = "-----Original Message-----" if lang == "en" else "-----Oprindelig meddelelse-----"
        block = "\n".join(f"{k}: {v}" for k, v in rows)
        return f"{own}\n\n{label}\n{block}\n\n{quote(lines)}\n", None

    if client in ("gmail", "gmail_android"):
        lines = edit_lines(visible(text, "star"), edits)
        if lang == "da":
            attr = (f"Den tir. 1. dec. 2026 kl. 09.14 skrev {GROUP_NAME} <\n{GROUP_ADDR}>:"
                    if client == "gmail" else
                    f"Den tir. 1. dec. 2026 kl. 09.14 skrev {GROUP_NAME} <{GROUP_ADDR}>:")
        else:
            attr = f"On Tue, 1 Dec 2026 at 09:14, {GROUP_NAME} <\n{GROUP_ADDR}> wrote:"
        plain = f"{wrap_own(own, 78)}\n\n{attr}\n\n{quote(lines, 78)}\n"
        rich = (f'<div dir="ltr">{own_html(own)}</div><br><div class="gmail_quote">'
                f'<div dir="ltr" class="gmail_attr">{escape(attr.replace(chr(10), ""))}<br></div>'
                f'{blockquote}{body}</blockquote></div>')
        return plain, rich

    if client in ("iphone", "apple_mail"):
        lines = edit_lines(visible(text, "plain"), edits)
        if lang == "da":
            attr = f"Den 1. dec. 2026 kl. 09.14 skrev {GROUP_NAME} <{GROUP_ADDR}>:"
        else:
            attr = f"On 1 Dec 2026, at 09:14, {GROUP_NAME} <{GROUP_ADDR}> wrote:"
        if client == "iphone":
            sent_from = "Sendt fra min iPhone" if lang == "da" else "Sent from my iPhone"
            lines = [lines[0] if lines[0].startswith(UNQUOTED) else "\ufeff" + lines[0]] + lines[1:]
            plain = f"{own}\n\n{sent_from}\n\n> {attr}\n> \n{quote(lines)}\n"
        else:
            plain = f"{own}\n\n{attr}\n\n{quote(lines)}\n"
        rich = (f'<html><body dir="auto">{own_html(own)}<div><br><blockquote type="cite">'
                f"{escape(attr)}<br>{body}</blockquote></div></body></html>")
        return plain, rich

    if client in ("thunderbird", "thunderbird_bottom"):
        lines = edit_lines(visible(text, "star"), edits)
        attr = ("Den 01-12-2026 kl. 09:14 skrev Miljønetværkets tovholder:" if lang == "da"
                else "On 01/12/2026 09:14, Miljønetværkets tovholder wrote:")
        q = quote(lines, 72, flowed=True)
        if client == "thunderbird":
            return f"{wrap_own(own, 72, True)}\n\n{attr}\n{q}\n", None
        return f"{attr}\n{q}\n\n{wrap_own(own, 72, True)}\n", None

    if client == "apple_forward":
        lines = edit_lines(visible(text, "plain"), edits)
        lines = ["\ufeff" + lines[0]] + lines[1:]
        head = (f"> Fra: {GROUP_NAME} <{GROUP_ADDR}>\n> Dato: 1. december 2026 kl. 09.14.06 CET\n"
                f"> Til: {name} <{email}>\n> Emne: {subject}\n> ")
        plain = (f"{own}\n\nSendt fra min iPhone\n\nStart på videresendt e-mail:\n\n{head}\n"
                 f"{quote(lines)}\n")
        return plain, None

    raise ValueError(client)


def message(case: dict) -> bytes:
    lang = case.setdefault("lang", "da")
    subject, text, html = original(lang, case.get("form_for", case["name"]).split()[0],
                                   case["sent"])
    plain, rich = build(case, subject, text, html)
    msg = EmailMessage()
    msg["From"] = f"{case['name']} <{case['email']}>"
    msg["To"] = f"{GROUP_NAME} <{GROUP_ADDR}>"
    prefix = "SV: " if case["client"].startswith(("outlook", "owa")) and lang == "da" else (
        "RE: " if case["client"].startswith(("outlook", "owa")) else "Re: ")
    if case["client"] == "apple_forward":
        prefix = "Vs.: "
    msg["Subject"] = prefix + case.get("subject_extra", "") + subject
    msg["Date"] = "Tue, 01 Dec 2026 11:40:00 +0100"
    msg["Message-ID"] = f"<{case['id']}@mail.example.org>"
    msg["In-Reply-To"] = "<form.2026@example.org>"
    if plain is not None:
        msg.set_content(plain, cte="quoted-printable")
        if case["client"].startswith("thunderbird"):
            msg.set_param("format", "flowed")
        if rich is not None:
            msg.add_alternative(rich, subtype="html", cte="quoted-printable")
    else:
        msg.set_content(rich, subtype="html", cte="quoted-printable")
    return msg.as_bytes(policy=SMTP)


def main() -> None:
    from cases import CASES  # the scenarios, by hand

    for old in [*HERE.glob("*.eml"), *HERE.glob("*.expected.json")]:
        old.unlink()
    for case in CASES:
        (HERE / f"{case['id']}.eml").write_bytes(message(case))
        expected = {"lang": case["lang"], "client": case["client"], "sent": case["sent"],
                    "answers": case["answers"], "unchanged": case.get("unchanged", False),
                    "flagged": case.get("flagged", False), "note": case.get("note", "")}
        (HERE / f"{case['id']}.expected.json").write_text(
            json.dumps(expected, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"{len(CASES)} replies written")


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    main()
