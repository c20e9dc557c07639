"""The demo: an invented group (people at example.org, never real names) whose workbook is dated
relative to today, so a fresh run always has a past meeting with actions and items not reached,
a vacant role, and a meeting coming up within the week."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import email.utils
import importlib.resources
import re
import secrets
from email.message import EmailMessage
from pathlib import Path

from tovholder.sheets.starter import EXAMPLES

PEOPLE = [
    # name, local part, municipality, status
    ("Ida Engholm", "ida.engholm", "Vejle Kommune", "aktiv"),
    ("Søren Bækgaard", "soren.baekgaard", "Aarhus Kommune", "aktiv"),
    ("Mette Lindholt", "mette.lindholt", "Fredericia Kommune", "aktiv"),
    ("Jonas Krogsgaard", "jonas.krogsgaard", "Esbjerg Kommune", "aktiv"),
    ("Freja Vestergaard", "freja.vestergaard", "Aalborg Kommune", "aktiv"),
    ("Rasmus Holmgaard", "rasmus.holmgaard", "Odense Kommune", "aktiv"),
    ("Line Østerby", "line.osterby", "Roskilde Kommune", "aktiv"),
    ("Anders Kjærsgaard", "anders.kjaersgaard", "Horsens Kommune", "aktiv"),
    ("Hanne Bjerregaard", "hanne.bjerregaard", "Kolding Kommune", "afventer"),
    ("Peter Ravnholt", "peter.ravnholt", "Silkeborg Kommune", "udtrådt"),
]
DOMAIN = "example.org"


def address(local: str) -> str:
    return f"{local}@{DOMAIN}"


def d(day: dt.date) -> str:
    """Dates the way a Danish chair types them."""
    return day.strftime("%d-%m-%Y")


def weekday(day: dt.date) -> dt.date:
    """The day, or the Friday before it when it falls on a weekend: a group meets on weekdays."""
    return day - dt.timedelta(days=max(0, day.weekday() - 4))


def rows(today: dt.date) -> dict[str, list[dict[str, str]]]:
    past = weekday(today - dt.timedelta(days=35))
    soon = weekday(today + dt.timedelta(days=6))
    later = weekday(today + dt.timedelta(days=97))
    two_years_ago = today.replace(year=today.year - 2) + dt.timedelta(days=40)
    members = [{"name": n, "email": address(e), "organisation": o, "status": s,
                "joined": d(dt.date(2021 + i % 4, 1 + i, 1))}
               for i, (n, e, o, s) in enumerate(PEOPLE)]
    members[2]["phone"] = "004512345678"
    members[2]["other_addresses"] = address("mette.privat")  # her replies from home count as hers
    roles = [
        {"role": "Formand", "holder": address("ida.engholm"), "term_start": d(two_years_ago),
         "chosen": "frivillig", "description": "Leder møderne og godkender nye medlemmer"},
        {"role": "Høringstovholder", "holder": "Søren Bækgaard",
         "term_start": d(today - dt.timedelta(days=200)), "chosen": "lodtrækning",
         "description": "Samler gruppens input til høringer"},
        {"role": "Sekretær", "holder": "", "chosen": "",
         "description": "Skriver referat af møderne"},
    ]
    actions = [
        {"id": "1", "meeting": d(past), "item": "3", "owners": "Mette Lindholt",
         "description": "Samle erfaringer med PFAS-prøvetagning", "due": d(today + dt.timedelta(2)),
         "status": "åben"},
        {"id": "2", "meeting": d(past), "item": "4", "owners": "Jonas Krogsgaard, Line Østerby",
         "description": "Udkast til høringssvar om spildevandsbekendtgørelsen",
         "due": d(today - dt.timedelta(days=5)), "status": "åben"},
        {"id": "3", "meeting": d(past), "item": "5", "owners": address("freja.vestergaard"),
         "description": "Booke lokale til næste møde", "due": d(past + dt.timedelta(days=14)),
         "status": "færdig"},
    ]
    meetings = [
        {"date": d(past), "start": "9.00", "end": "12.00", "place": "Fredericia Rådhus",
         "kind": "fysisk", "status": "afholdt"},
        {"date": d(soon), "start": "10.00", "end": "12.30",
         "place": "https://meet.example.org/miljoe", "kind": "online", "status": "planlagt"},
        {"date": d(later), "start": "9.30", "end": "15.00", "place": "Vejle Rådhus",
         "kind": "fysisk", "status": "planlagt"},
    ]
    agenda = [
        {"meeting": d(past), "no": "3", "title": "PFAS i overfladevand", "status": "behandlet",
         "responsible": "Mette Lindholt"},
        {"meeting": d(past), "no": "4", "title": "Ny spildevandsbekendtgørelse",
         "status": "behandlet", "responsible": "Jonas Krogsgaard"},
        {"meeting": d(past), "no": "5", "title": "Støj fra varmepumper", "status": "ikke nået",
         "responsible": "Rasmus Holmgaard"},
        {"meeting": d(soon), "no": "3", "title": "Erfaringer med Power-to-X-anlæg",
         "status": "planlagt", "responsible": "Anders Kjærsgaard"},
        {"meeting": d(soon), "no": "4", "title": "IE-direktivet: status på implementering",
         "status": "planlagt", "responsible": "Freja Vestergaard"},
    ]
    groups = [
        {"name": "Netværk for miljøtilsyn",
         "members": ", ".join(address(p) for p in ("ida.engholm", "mette.lindholt", "line.osterby"))},
        {"name": "Arbejdsgruppe om PFAS", "members": "Mette Lindholt; Søren Bækgaard"},
    ]
    consultations = [
        {"title": "Udkast til bekendtgørelse om spildevandstilladelser",
         "authority": "Miljøstyrelsen", "deadline": d(today + dt.timedelta(days=24)),
         "link": "https://hoeringsportalen.example.org/1234", "coordinator": "Søren Bækgaard",
         "status": "åben"},
    ]
    return {"members": members, "roles": roles, "actions": actions, "meetings": meetings,
            "agenda": agenda, "groups": groups, "consultations": consultations,
            "form": EXAMPLES["form"]["da"]}


CONFIG = """\
# The demo group's configuration, written by `tovholder demo`. `tovholder example-config`
# prints every key with its explanation (config.example.toml).
language = "da"
timezone = "Europe/Copenhagen"

[workbook]
backend = "xlsx"
path = "gruppe.xlsx"

[form]
round = "2026"

[mail]
backend = "local"
local_dir = "post"
address = "gruppe@example.org"
name = "Miljøgruppens tovholder"
group_name = "Miljøgruppen"
secret_file = "hemmelighed.txt"
"""
MAIL = Path(str(importlib.resources.files("tovholder.app"))) / "demo_mail"  # package data


def write_config(folder: Path) -> Path:
    """The demo's config and reply-token secret (made once, readable only by the owner)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "tovholder.toml"
    if not path.exists():
        path.write_text(CONFIG, encoding="utf-8")
    secret = folder / "hemmelighed.txt"
    if not secret.exists():
        secret.touch(mode=0o600)
        secret.write_text(secrets.token_hex(32) + "\n", encoding="utf-8")
    return path


def seed_mailbox(mailbox: object, now: dt.datetime) -> int:
    """Put the demo's waiting mails (an out-of-office, a bounce, a stranger) in the inbox, dated
    an hour before ``now``: mail that came while the service ran (mail older than its start
    would be left alone)."""
    files = sorted(MAIL.glob("*.eml"))
    date = email.utils.format_datetime(now - dt.timedelta(hours=1)).encode()
    for file in files:
        raw = re.sub(rb"(?m)^Date: [^\r\n]*", b"Date: " + date, file.read_bytes(), count=1)
        mailbox.box.deliver(raw)  # type: ignore[attr-defined]
    return len(files)


def _text(msg: EmailMessage) -> str:
    part = msg.get_body(("plain",))
    assert part is not None
    return str(part.get_content()).replace("\r\n", "\n")


def _sent_to(outbox: Path, recipient: str, kind_subject: str) -> EmailMessage | None:
    for path in sorted(outbox.glob("*.eml")):
        msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        if recipient in str(msg["To"]) and kind_subject in str(msg["Subject"]):
            assert isinstance(msg, EmailMessage)
            return msg
    return None


def _item(msg: EmailMessage, title: str) -> str:
    """"2: " when ``msg`` is a bundle whose item 2 is ``title`` (members number their answer, as
    its closing note asks); "" for an email that went alone."""
    found = re.search(rf"^### Punkt (\d+) af \d+: {re.escape(title)}", _text(msg), re.MULTILINE)
    return f"{found.group(1)}: " if found else ""


def _reply(original: EmailMessage, sender: str, body: str, n: int) -> bytes:
    reply = EmailMessage()
    reply["From"] = sender
    reply["To"] = str(original["Reply-To"])
    reply["Subject"] = "SV: " + str(original["Subject"])
    reply["In-Reply-To"] = reply["References"] = str(original["Message-ID"])
    reply["Message-ID"] = f"<demo-reply-{n}@klient.example.org>"
    reply["Date"] = email.utils.format_datetime(email.utils.localtime())
    reply.set_content(body)
    return reply.as_bytes()


def member_replies(outbox: Path) -> list[bytes]:
    """Invented members answer the way their mail clients write: Outlook on top of an unmarked
    quote, Gmail with crosses inside the quoted form, an iPhone in a few words, an afbud with a
    question to the agenda digest, and a plain yes to the call for a secretary."""
    replies: list[bytes] = []
    form = "Kompetenceskema"
    if (msg := _sent_to(outbox, "mette.lindholt", form)) is not None:
        original = _text(msg)
        replies.append(_reply(msg, "Mette Lindholt <mette.lindholt@example.org>", (
            f"Hej\n\n{_item(msg, form)}Jeg arbejder mest med PFAS og jord, og lidt med "
            "spildevand. Jeg sidder i "
            "arbejdsgruppen om PFAS. Erfaring: 12 år. Tid: nogen.\n\nMed venlig hilsen\n"
            "Mette Lindholt\nMiljømedarbejder, Fredericia Kommune\n\n"
            f"Fra: {msg['From']}\nSendt: {msg['Date']}\nTil: {msg['To']}\n"
            f"Emne: {msg['Subject']}\n\n{original}"), 1))
    if (msg := _sent_to(outbox, "jonas.krogsgaard", form)) is not None:
        original = _text(msg)
        for option in ("Spildevand", "Affald", "Høringstovholder", "Meget"):
            original = original.replace(f"[ ] {option}\n", f"[x] {option}\n", 1)
        original = original.replace("(skriv et tal)\nSvar:", "(skriv et tal)\nSvar: 8", 1)
        quoted = "\n".join(f"> {line}" if line else ">" for line in original.splitlines())
        replies.append(_reply(msg, "Jonas Krogsgaard <jonas.krogsgaard@example.org>", (
            f"{_item(msg, form)}Så er det udfyldt.\n\n"
            "Den lør. 28. nov. 2026 kl. 10.00 skrev Miljøgruppens "
            f"tovholder <{msg['Reply-To']}>:\n{quoted}\n"), 2))
    if (msg := _sent_to(outbox, "freja.vestergaard", form)) is not None:
        replies.append(_reply(msg, "Freja Vestergaard <freja.vestergaard@example.org>", (
            f"{_item(msg, form)}PFAS, luft og IE-direktivet. Sekretær kunne jeg godt.\n\n"
            "Sendt fra min iPhone\n\n"
            f"> Den 28. nov. 2026 kl. 10.00 skrev {msg['From']}:\n>\n> Hej Freja\n"), 3))
    if (msg := _sent_to(outbox, "soren.baekgaard", "Dagsorden")) is not None:
        replies.append(_reply(msg, "Søren Bækgaard <soren.baekgaard@example.org>", (
            "Afbud – jeg er på kursus den dag. Kan I sende referatet bagefter?\n\nMvh Søren\n\n"
            f"Den 28. nov. 2026 kl. 10.00 skrev {msg['From']}:\n> Kære Søren\n"), 5))
    if (msg := _sent_to(outbox, "line.osterby", "sekretær")) is not None:
        replies.append(_reply(msg, "Line Østerby <line.osterby@example.org>", (
            f"{_item(msg, 'Vil du være sekretær')}Ja, det vil jeg gerne.\n\nVh Line\n\n"
            f"Den 28. nov. 2026 kl. 10.00 skrev {msg['From']}:\n> Vil du være sekretær?\n"), 4))
    return replies
