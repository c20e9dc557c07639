"""Writes the replies in this folder: NAME.eml (as the client sends it) + NAME.expected.json.

Run: /work/main/.venv/bin/python tests/data/form-replies/generate.py

The form each reply quotes is the one the service really renders (templates/<lang>/form*), so
the quoting below is what each client does to *our* mail: Outlook's Fra:/Sendt: block without
marks (plain and HTML), "-----Oprindelig meddelelse-----" with marks, Outlook web's underscore
line, Outlook iOS's "Hent Outlook til iOS", Gmail's wrapped attribution and 76-column quoting,
Apple Mail's quoted attribution, Thunderbird, HTML-only replies, forwards, replies to the
confirmation. The expected answers are written by hand in CASES, never by the parser.
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
GROUP = ("Miljønetværkets tovholder", "gruppe@example.org")


def questions(lang: str) -> list[Question]:
    return [Question(i + 2, r["id"], r["question"], TYPES.get(r["type"], r["type"]),
                     tuple(o.strip() for o in r["options"].split(";") if o.strip()))
            for i, r in enumerate(EXAMPLES["form"][lang])]


def original(lang: str, name: str, sent: dict[str, str], confirm: bool = False
             ) -> tuple[str, str, str]:
    ctx = {**form_context(questions(lang), sent, lang, "2026", GROUP[0]), "recipient_name": name}
    if confirm:
        ctx |= {"intro": "Tak for dit svar.", "not_understood": [], "not_understood_title": "",
                "correct": "Er noget forkert, så svar på denne mail for at rette."}
    r = render("form_confirm" if confirm else "form", lang, ctx)
    return r.subject, r.text, r.html or ""


# --- how clients quote ------------------------------------------------------------------------

def quote(text: str, width: int = 0) -> str:
    out = []
    for line in text.split("\n"):
        parts = textwrap.wrap(line, width - 2) if width and len(line) > width - 2 else [line]
        if line.startswith("§§"):
            out.append(line[2:])
            continue
        out += [("> " + p).rstrip() if p else ">" for p in parts]
    return "\n".join(out)


def body_html(html: str) -> str:
    return re.search(r"(?s)<body>(.*)</body>", html).group(1)


def paragraphs(own: str, cls: str = "MsoNormal") -> str:
    return "".join(f'<p class="{cls}">{escape(line) or "&nbsp;"}</p>\n' for line in own.split("\n"))


def outlook_block(lang: str, name: str, email: str, subject: str) -> tuple[str, str]:
    if lang == "da":
        rows = [("Fra", f"{GROUP[0]} <{GROUP[1]}>"), ("Sendt", "3. marts 2026 10:00"),
                ("Til", f"{name} <{email}>"), ("Emne", subject)]
    else:
        rows = [("From", f"{GROUP[0]} <{GROUP[1]}>"), ("Sent", "Tuesday, March 3, 2026 10:00 AM"),
                ("To", f"{name} <{email}>"), ("Subject", subject)]
    text = "\n".join(f"{k}: {v}" for k, v in rows)
    html = "<br>\n".join(f"<b>{k}:</b> {escape(v)}" for k, v in rows)
    return text, html


def build(case: dict, lang: str, name: str, email: str, subject: str, text: str, html: str
          ) -> tuple[str | None, str | None]:
    client, own, sig = case["client"], case.get("own", ""), case.get("sig", "")
    own_sig = "\n\n".join(p for p in (own, sig) if p)
    block_text, block_html = outlook_block(lang, name, email, subject)
    outlook_text = text.replace("\n\n", "\n\n")  # Outlook's plain part of our HTML reads the same
    if client == "outlook":
        t = f"{own_sig}\n\n{block_text}\n\n{outlook_text}"
        h = (f"<html><body>{paragraphs(own_sig)}<div style=\"border:none;border-top:solid #E1E1E1 "
             f"1.0pt;padding:3.0pt 0cm 0cm 0cm\"><p class=\"MsoNormal\">{block_html}</p></div>"
             f"{body_html(html)}</body></html>")
        return t, h
    if client == "outlook_prefix":
        sep = "-----Oprindelig meddelelse-----" if lang == "da" else "-----Original Message-----"
        return f"{own_sig}\n\n{sep}\n{block_text}\n\n{quote(text)}", None
    if client == "outlook_web":
        t = f"{own_sig}\n\n________________________________\n{block_text}\n\n{text}"
        h = (f"<html><body><div dir=\"ltr\">{paragraphs(own_sig, 'x')}</div><div id=\"appendonsend\">"
             f"</div><hr style=\"display:inline-block;width:98%\"><div id=\"divRplyFwdMsg\" dir=\"ltr\">"
             f"<font face=\"Calibri\">{block_html}</font></div>{body_html(html)}</body></html>")
        return t, h
    if client == "outlook_ios":
        get = "Hent Outlook til iOS<https://aka.ms/o0ukef>" if lang == "da" else \
            "Get Outlook for iOS<https://aka.ms/o0ukef>"
        return f"{own}\n\n{get}\n________________________________\n{block_text}\n\n{text}", None
    if client in ("gmail", "gmail_android"):
        attribution = ("Den tir. 3. mar. 2026 kl. 10.00 skrev Miljønetværkets tovholder <\n"
                       "gruppe@example.org>:" if lang == "da" else
                       "On Tue, Mar 3, 2026 at 10:00 AM Miljønetværkets tovholder <\n"
                       "gruppe@example.org> wrote:")
        if client == "gmail_android":
            attribution = attribution.replace("<\n", "<")
        width = 76 if client == "gmail" else 0
        t = f"{own_sig}\n\n{attribution}\n\n{quote(text, width)}\n"
        h = (f"<div dir=\"ltr\">{escape(own_sig).replace(chr(10), '<br>')}</div><br>"
             f"<div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">"
             f"{escape(attribution.replace(chr(10), ''))}<br></div><blockquote class=\"gmail_quote\" "
             f"style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);"
             f"padding-left:1ex\">{body_html(html)}</blockquote></div>")
        return t, h
    if client in ("iphone", "apple_mail"):
        sent = ("Den 3. mar. 2026 kl. 10.00 skrev Miljønetværkets tovholder <gruppe@example.org>:"
                if lang == "da" else
                "On 3 Mar 2026, at 10:00, Miljønetværkets tovholder <gruppe@example.org> wrote:")
        device = "Sendt fra min iPhone" if lang == "da" else "Sent from my iPhone"
        if client == "iphone":
            return f"{own}\n\n{device}\n\n{quote(sent)}\n>\n{quote(text)}", None
        return f"{own_sig}\n\n{sent}\n\n{quote(text)}\n", None
    if client == "thunderbird":
        sent = ("Den 03-03-2026 kl. 10:00 skrev Miljønetværkets tovholder:" if lang == "da" else
                "On 03/03/2026 10:00, Miljønetværkets tovholder wrote:")
        return f"{own_sig}\n\n{sent}\n{quote(text)}\n", None
    if client == "thunderbird_bottom":
        sent = "Den 03-03-2026 kl. 10:00 skrev Miljønetværkets tovholder:"
        return f"{sent}\n{quote(text)}\n\n{own_sig}\n", None
    if client == "forward":
        head = ("---------- Forwarded message ---------\nFra: Miljønetværkets tovholder "
                f"<gruppe@example.org>\nDate: tir. 3. mar. 2026 kl. 10.00\nSubject: {subject}\n"
                f"To: {name} <{email}>\n")
        return f"{own_sig}\n\n{head}\n\n{text}\n", None
    raise ValueError(client)


def ipad(text: str) -> str:
    """What an iPad/Outlook HTML-to-text round trip leaves: bullets, stars, non-breaking spaces."""
    out = []
    for line in text.split("\n"):
        if re.match(r"\d+\. ", line):
            number, rest = line.split(" ", 1)
            label, _, question = rest.partition(": ")
            line = f"*{number} {label}:* {question}"
        elif line.startswith("["):
            line = "•\u00a0 " + line.replace("] ", "]\u00a0", 1)
        out.append(line)
    return "\n".join(out)


def edit(text: str, edits: list[list[str]], strict: bool = True) -> str:
    for old, new in edits:
        if old.startswith("@"):  # "@Label" -> set the Svar line under that question
            pattern = re.compile(rf"({re.escape(old[1:])}:[^\n]*\n(?:[^\n]*\n)*?[^\n]*?"
                                 rf"(?:Svar|Answer):) ?[^\n<]*")
            text, n = pattern.subn(lambda m, new=new: m.group(1) + " " + new, text, count=1)
            if not n and strict:
                raise ValueError(f"answer line not found: {old!r}")
        else:
            if old not in text and strict:
                raise ValueError(f"edit not found: {old!r}")
            text = text.replace(old, new, 1)
    return text


def message(case: dict) -> bytes:
    lang, name, email = case.get("lang", "da"), case["name"], case["email"]
    subject, text, html = original(lang, name.split()[0], case["sent"], case.get("confirm", False))
    if case.get("ipad"):
        text = ipad(text)
    edits = case.get("edits", [])
    text, html = edit(text, edits), edit(html, edits, strict=bool(case.get("html_only")))
    plain, rich = build(case, lang, name, email, subject, text, html)
    plain = plain.replace("§§", "") if plain is not None else None
    rich = rich.replace("§§", "") if rich is not None else None
    if case.get("html_only"):
        plain = None
        rich = rich or "<html><body>" + escape(build(case, lang, name, email, subject, text,
                                                     html)[0]).replace("\n", "<br>\n") + "</body></html>"
        if case.get("script"):
            rich = rich.replace("<body>", "<head><style>p{color:red} /* [x] Formand */</style>"
                                "<script>var a='Interesser: Affald';</script></head><body>", 1)
    msg = EmailMessage()
    msg["From"] = f"{name} <{email}>"
    msg["To"] = "Miljønetværkets tovholder <gruppe+aaaaa-bbbbb-cccccccccccccccc@example.org>"
    prefix = {"da": "SV: ", "en": "RE: "}[lang] if case["client"].startswith("outlook") else "Re: "
    msg["Subject"] = ("VS: " if case["client"] == "forward" else prefix) + subject
    msg["Date"] = "Wed, 04 Mar 2026 09:12:00 +0100"
    msg["Message-ID"] = f"<{case['id']}@mail.example.org>"
    msg["In-Reply-To"] = "<form.2026@example.org>"
    if plain is not None:
        msg.set_content(plain, cte="quoted-printable")
        if rich:
            msg.add_alternative(rich, subtype="html", cte="quoted-printable")
    else:
        msg.set_content(rich, subtype="html", cte="quoted-printable")
    return msg.as_bytes(policy=SMTP)


def main() -> None:
    from cases import CASES  # the scenarios, by hand

    for old in HERE.glob("*.eml"):
        old.unlink()
    for old in HERE.glob("*.expected.json"):
        old.unlink()
    for case in CASES:
        (HERE / f"{case['id']}.eml").write_bytes(message(case))
        expected = {"lang": case.get("lang", "da"), "client": case["client"],
                    "sent": case["sent"], "answers": case["answers"],
                    "unchanged": case.get("unchanged", False),
                    "flagged": case.get("flagged", False), "note": case.get("note", "")}
        (HERE / f"{case['id']}.expected.json").write_text(
            json.dumps(expected, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"{len(CASES)} replies written")


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    main()
