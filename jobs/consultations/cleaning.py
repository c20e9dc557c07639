"""A member's consultation input as the coordinator's draft shows it. Pure.

The draft tells the coordinator that greetings and signatures were taken off, so they are:

- the quoted notice, a ``-- `` signature, device lines and confidentiality notices go with
  ``tovholder.mailer.quotes``;
- a greeting to the coordinator on the first line ("Hej Søren", "Hi Søren,");
- a sign-off ("Med venlig hilsen", "Mvh", "Kind regards", "Hilsen Mette") after the input, and
  the short lines under it: name, title, department, address, phone, e-mail; a full sentence
  under it (a "PS") stays, unless it is a disclaimer;
- a last paragraph that is the member signing without a sign-off: their name (or a line of one
  to four capitalised words) first, then only short lines ("Mette Lindholt\\nMiljøsagsbehandler\\n
  Tlf. 00 00 00 00");
- a disclaimer paragraph anywhere below the input: secrecy and the intended recipient, or how
  "we" process "your" personal data (Danish and English municipal style).

``says_nothing``: "Ingen bemærkninger herfra", "Intet fra os.", "Tak for info – jeg har ingen
kommentarer til den her.", "No comments from me on this one.": the member answered, with no
input; a clause with content ("..., men afsnit 4 er uklart") makes it input.
"""

from __future__ import annotations

import re

from tovholder.mailer.quotes import visible_text
from tovholder.replies.proposals import declines

_GREETING = re.compile(r"^\s*(?:hej|hejsa|hey|hi|hello|dear|kære|goddag|godmorgen|morn|halløj|"
                       r"god\s+\w+|good\s+\w+)\b[^.!?\n]{0,40}"
                       r"[,!.]?\s*$", re.I)
_SIGNOFF = re.compile(
    r"^\s*(?:med\s+venlig(?:e)?\s+hilsen|med\s+venlige\s+hilsner|venlig\s+hilsen|venlige\s+hilsner|"
    r"de\s+bedste\s+hilsner|bedste\s+hilsner|mange\s+hilsner|hilsen|hilsner|mvh|vh|kh|"
    r"best\s+regards|kind\s+regards|warm\s+regards|regards|best\s+wishes|best|cheers|"
    r"sincerely|yours\s+sincerely)\b[\s,.!/]*", re.I)
_SENTENCE_END = (".", "!", "?")
_SECRET = re.compile(r"fortrolig|konfidentiel|confidential|vertraulich", re.I)
_RECIPIENT = re.compile(r"modtager|recipient|addressee|adressat", re.I)
_PRIVACY = re.compile(r"\b(?:dine|your)\s+(?:personoplysninger|persondata|personlige\s+oplysninger|"
                      r"personal\s+(?:data|information))\b|\bdatabeskyttelse|\bprivacy\s+(?:policy|notice)",
                      re.I)
_NAME_WORD = re.compile(r"^[A-ZÆØÅÄÖÜ][\w'.-]*$")


def clean_input(body: str, signer: str = "") -> str:
    """The member's input from a reply's plain text; ``signer``: their name in Medlemmer."""
    lines = visible_text(body).splitlines()
    while lines and (not lines[0].strip() or _GREETING.match(lines[0])):
        lines.pop(0)
    lines = [ln for ln in lines if not ln.lstrip().startswith(">")]
    lines = _without_signoff(lines)
    paragraphs = [p for p in _paragraphs(lines) if not _disclaimer(" ".join(p))]
    while len(paragraphs) > 1 and _signature(paragraphs[-1], signer):
        paragraphs.pop()
    return "\n\n".join("\n".join(p) for p in paragraphs).strip()


def _paragraphs(lines: list[str]) -> list[list[str]]:
    out: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            out[-1].append(line.rstrip())
        elif out[-1]:
            out.append([])
    return [p for p in out if p]


def _without_signoff(lines: list[str]) -> list[str]:
    """The lines above a sign-off, and the full sentences below it that are no disclaimer."""
    for i, line in enumerate(lines):
        m = _SIGNOFF.match(line)
        if not m or not any(ln.strip() for ln in lines[:i]) or not _signs_off(line[m.end():]):
            continue
        below = [p for p in _paragraphs(lines[i + 1:])
                 if _sentences(p) and not _disclaimer(" ".join(p))]
        return lines[:i] + [ln for p in below for ln in ["", *p]]
    return lines


def _signs_off(rest: str) -> bool:
    """What may follow a sign-off on its line: nothing, a name ("Hilsen Mette") or a second
    sign-off ("Med venlig hilsen / Kind regards"); "Best practice mangler" is input."""
    words = rest.strip(" ,/-").split()
    return not words or bool(_SIGNOFF.match(" ".join(words))) or (
        len(words) <= 3 and all(_NAME_WORD.match(w.strip(",.")) for w in words))


def _sentences(paragraph: list[str]) -> bool:
    """A paragraph a person wrote: a line of six words or more that ends a sentence."""
    return any(len(ln.split()) >= 6 and ln.rstrip().endswith(_SENTENCE_END) for ln in paragraph)


def _disclaimer(text: str) -> bool:
    return bool(_SECRET.search(text) and _RECIPIENT.search(text) or _PRIVACY.search(text))


def _signature(paragraph: list[str], signer: str) -> bool:
    """The member's name first, then short lines that are no sentences: title, phone, address."""
    first = paragraph[0].strip(" /-–—")
    names = {n.casefold() for n in signer.split()}
    words = first.split()
    named = bool(words) and (bool(names & {w.casefold().strip(",.") for w in words}) or (
        len(words) <= 4 and all(_NAME_WORD.match(w) for w in words)))
    return named and len(words) <= 5 and not _sentences(paragraph) and \
        all(len(ln) <= 100 for ln in paragraph)


_CLAUSE = re.compile(r"\s*(?:[.!?;–—]|,\s*(?=men\b|but\b)|\s-\s)\s*")
_NO_INPUT = re.compile(
    r"\b(?:ingen|intet|ikke\s+nogen|ikke\s+noget|no|nothing|not\s+any)\s+(?:yderligere\s+|further\s+|"
    r"særlige\s+|flere\s+)?(?:bemærkninger|kommentarer|input|tilføjelser|indvendinger|comments|"
    r"remarks|input|objections|additions|fra\s+(?:mig|os)|from\s+(?:me|us)|to\s+add)\b|"
    r"^(?:intet|ingenting|nothing|none|nej)\b", re.I)
_COURTESY = re.compile(r"^(?:tak|mange\s+tak|thanks?|thank\s+you|ok|fint|godt)\b", re.I)


def says_nothing(text: str) -> bool:
    """Every clause says there is no input, or is courtesy; one with content makes it input."""
    flat = " ".join(text.split())
    if declines(flat):
        return True
    clauses = [c.strip() for c in _CLAUSE.split(flat) if c and c.strip()]
    if not clauses or len(flat.split()) > 25 or re.search(r"\b(?:men|but|dog|however)\b", flat, re.I):
        return False
    said_none = False
    for clause in clauses:
        if _NO_INPUT.search(clause) or declines(clause):
            said_none = True
        elif not (_COURTESY.match(clause) and len(clause.split()) <= 4):
            return False
    return said_none
