"""Writes the own-words form replies: NAME.eml (as the client sends it) + NAME.expected.json.

Run: .venv/bin/python tests/data/form-own-words/generate.py [FOLDER]

FOLDER (default: this folder) must hold a cases.py with CASES; the unseen part lives outside the
repository and runs this same generator on its own folder. The form each reply quotes is the one
the service renders, and the quoting per client is the held-out corpus's machinery
(../form-replies-heldout/generate.py: the sending side, not the parser), plus an Android mail
client (Samsung Email: "Sendt fra min Galaxy" and "-------- Oprindelig besked --------" over an
unquoted original). Written blind: the expected answers are a careful human secretary's, by hand.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from html import escape
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))

_spec = importlib.util.spec_from_file_location(
    "heldout_form_generate", HERE.parent / "form-replies-heldout" / "generate.py")
hg = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(hg)

_original = hg.original


def _form(lang: str, first: str, sent: dict[str, str]) -> tuple[str, str, str]:
    """The rendered form; the <body> tag's attributes (added after the held-out generator was
    written) are dropped so its edit_html finds the body."""
    subject, text, html = _original(lang, first, sent)
    return subject, text, re.sub(r"<body[^>]*>", "<body>", html, count=1)


hg.original = _form

HTML_ONLY = {"owa_html": "owa", "outlook_html": "outlook", "outlook_mac_html": "outlook_mac"}


def android_mail(case: dict) -> bytes:
    """Samsung Email on Android: own text, "Sendt fra min Galaxy", an unquoted original."""
    from email.message import EmailMessage
    from email.policy import SMTP

    lang = case["lang"]
    subject, text, html = hg.original(lang, case["name"].split()[0], case["sent"])
    lines = hg.edit_lines(hg.visible(text, "plain"), case.get("edits", []))
    own = case.get("own", "")
    if lang == "da":
        sent_from = "Sendt fra min Galaxy"
        head = (f"-------- Oprindelig besked --------\nFra: {hg.GROUP_NAME} <{hg.GROUP_ADDR}>\n"
                f"Dato: 01-12-2026 09:14 (GMT+01:00)\nTil: {case['name']} <{case['email']}>\n"
                f"Emne: {subject}\n")
    else:
        sent_from = "Sent from my Galaxy"
        head = (f"-------- Original message --------\nFrom: {hg.GROUP_NAME} <{hg.GROUP_ADDR}>\n"
                f"Date: 01/12/2026 09:14 (GMT+01:00)\nTo: {case['name']} <{case['email']}>\n"
                f"Subject: {subject}\n")
    plain = f"{own}\n\n\n\n{sent_from}\n\n\n{head}\n{hg.plain_unquoted(lines)}\n"
    rich = (f'<html><head><meta charset="UTF-8"></head><body><div dir="auto">'
            f"{hg.own_html(own)}</div><div dir=\"auto\"><br></div><div id=\"composer_signature\" "
            f'dir="auto"><div style="font-size:85%;color:#575757" dir="auto">{sent_from}</div>'
            f'</div><div><br></div><div align="left" dir="auto" style="font-size:100%;'
            f'color:#000000"><div>{escape(head).replace(chr(10), "<br>")}</div></div>'
            f"{hg.edit_html(html, case.get('edits', []))}</body></html>")
    msg = EmailMessage()
    msg["From"] = f"{case['name']} <{case['email']}>"
    msg["To"] = f"{hg.GROUP_NAME} <{hg.GROUP_ADDR}>"
    msg["Subject"] = ("Sv: " if lang == "da" else "Re: ") + subject
    msg["Date"] = "Tue, 01 Dec 2026 11:40:00 +0100"
    msg["Message-ID"] = f"<{case['id']}@mail.example.org>"
    msg["In-Reply-To"] = "<form.2026@example.org>"
    msg.set_content(plain, cte="quoted-printable")
    msg.add_alternative(rich, subtype="html", cte="quoted-printable")
    return msg.as_bytes(policy=SMTP)


def message(case: dict) -> bytes:
    case.setdefault("lang", "da")
    if case["client"] == "android":
        return android_mail(case)
    if case["client"] in HTML_ONLY:
        return hg.message({**case, "client": HTML_ONLY[case["client"]], "html_only": True})
    return hg.message(dict(case))


def expected(case: dict) -> dict:
    ask = case.get("ask", [])
    return {"lang": case["lang"], "client": case["client"], "sent": case["sent"],
            "answers": case["answers"], "unchanged": case.get("unchanged", False),
            "flagged": bool(case.get("flagged", False) or ask), "ask": ask,
            "note": case.get("note", "")}


def write(folder: Path, cases: list[dict]) -> None:
    for old in [*folder.glob("*.eml"), *folder.glob("*.expected.json")]:
        old.unlink()
    ids = [c["id"] for c in cases]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for case in cases:
        try:
            eml = message(case)
        except Exception as e:
            raise SystemExit(f"{case['id']}: {e!r}") from e
        (folder / f"{case['id']}.eml").write_bytes(eml)
        (folder / f"{case['id']}.expected.json").write_text(
            json.dumps(expected(case), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"{folder.name}: {len(cases)} replies written")


def main() -> None:
    folder = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else HERE
    spec = importlib.util.spec_from_file_location("own_words_cases", folder / "cases.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    write(folder, mod.CASES)


if __name__ == "__main__":
    main()
