"""The agenda items a member proposes in a reply to "Punkter til næste møde?". Pure.

Read from the text the member wrote (quotes and signature dropped):

- "nej tak", "ingen", "intet fra mig", "nothing from me": no items (not unclear);
- bullet or numbered lines ("- PFAS i drikkevand", "1) Støj") are one item each; a line
  right below an item that is not itself a bullet is its note; an intro line ending in ":"
  ("Jeg har to punkter:") is not an item;
- a sentence that proposes ("Jeg foreslår …", "Kan vi tage … op", "Et punkt om …",
  "I'd like to discuss …", "Forslag: …") is an item, with the lead-in words taken off; the
  sentences after it in the same paragraph are its note;
- a reply of one short line ("Affaldsplanen 2026") is that item;
- anything else that is not small talk is unclear: the chair reads it. An item's title is the
  member's words; they are never rewritten beyond taking off the lead-in and end punctuation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from mailer.quotes import visible_text

MAX_TITLE = 120


@dataclass(frozen=True)
class Proposal:
    title: str
    note: str = ""


@dataclass
class Proposals:
    items: list[Proposal] = field(default_factory=list)
    unclear: list[str] = field(default_factory=list)
    declined: bool = False  # "nej tak", "nothing from me"


_BULLET = re.compile(r"^\s*(?:[-*•–·▪◦]|\d{1,2}[.)]|[a-h][.)])\s+(.+)$")
_NO_WORDS = {"nej", "ingen", "intet", "nothing", "no", "none", "nope", "ikke", "not"}
_NONE_WORDS = _NO_WORDS | {
    "tak", "noget", "nogen", "denne", "gang", "fra", "mig", "punkter", "punkt", "til", "næste",
    "møde", "mødet", "this", "time", "from", "me", "thanks", "thank", "you", "items", "item",
    "jeg", "har", "i", "have", "desværre", "unfortunately", "sorry", "nu", "now", "for", "the",
    "next", "meeting", "at", "på", "dagsordenen", "andet", "other", "og", "and", "ellers", "ok",
    "fint", "godt", "alt", "er", "all", "good", "mit", "side", "min", "my", "anything", "add",
    "tilføje", "to", "umiddelbart", "right", "here", "her", "ønsker", "brug", "behov",
    "need", "new", "nye", "skal", "should", "don't", "do", "i'm", "am", "fine", "os",
    "sådan", "so", "far", "indtil", "videre", "ingenting", "bemærkninger", "kommentarer",
    "input", "comments", "remarks", "høringen", "consultation", "on", "about", "det",
    "that", "it", "vores", "our", "mere", "more", "tilføjelser"}
_WORD = re.compile(r"[\wæøåÆØÅ']+")


def declines(sentence: str) -> bool:
    """"Nej tak", "Ingen punkter fra mig denne gang", "Nothing from me, thanks!"."""
    words = [w.casefold() for w in _WORD.findall(sentence.replace("’", "'"))]
    return bool(words) and set(words) <= _NONE_WORDS and bool(set(words) & _NO_WORDS)


_LEAD = re.compile(
    r"^(?:(?:jeg|vi)\s+(?:vil\s+(?:gerne\s+|godt\s+)?|kunne\s+godt\s+tænke\s+mig\s+at\s+|"
    r"ønsker\s+at\s+|skal\s+)?(?:foreslå|foreslår|forslår|have|bede\s+om|rejse|drøfte|tage\s+op|"
    r"tilføje|sætte|høre\s+om|tale\s+om)|(?:kan|kunne)\s+vi\s+(?:(?:få|tage|have|sætte|tale\s+om|"
    r"drøfte|høre\s+om)\s+)?|må\s+jeg\s+(?:foreslå|bede\s+om)|vi\s+bør\s+(?:tale\s+om|drøfte|"
    r"tage)|gerne|(?:mit\s+)?forslag|punkt|emne|tilføj|sæt|"
    r"i(?:'d|\s+would)\s+like\s+(?:to\s+(?:propose|add|discuss|raise|suggest|have)|)|"
    r"i\s+(?:propose|suggest)|(?:could|can)\s+we\s+(?:(?:add|discuss|have|talk\s+about|"
    r"put)\s+)?|(?:my\s+)?(?:suggestion|proposal|item|topic)|please\s+add|let's\s+discuss|"
    r"we\s+should\s+(?:discuss|talk\s+about))\b\s*:?\s*", re.I)
_ITEM_WORDS = re.compile(
    r"^(?:(?:et|to|tre|nogle)\s+(?:punkt(?:er)?|emne(?:r)?)\s+(?:om|på|vedr(?:ørende)?\.?)\s+|"
    r"(?:an?|one|two)\s+(?:items?|points?|topics?)\s+(?:on|about|regarding)\s+|"
    r"(?:om|on|about|regarding|vedr\.?|vedrørende)\s+|det\s+)", re.I)
_TAIL = re.compile(r"\s+(?:op|på\s+(?:dagsordenen|næste\s+møde|mødet)|on\s+the\s+agenda|"
                   r"to\s+the\s+agenda|at\s+the\s+(?:next\s+)?meeting|til\s+næste\s+møde|"
                   r"på\s+dagsordenen\s+til\s+næste\s+møde)\s*$", re.I)
_CHAT = re.compile(
    r"^(?:hej|hejsa|hi|hello|dear|kære|god\s+\w+|tak|mange\s+tak|thanks?|thank\s+you|ok|okay|"
    r"mvh|kh|vh|hilsen|venlig\s+hilsen|best|regards|cheers|ses|see\s+you|vi\s+ses)\b[^.!?]{0,40}"
    r"[.!]*$", re.I)
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅ\"'“])")
_INTRO = re.compile(r":\s*$")


def parse_proposals(body: str) -> Proposals:
    text = visible_text(body)
    lines = [ln.rstrip() for ln in text.splitlines() if not ln.lstrip().startswith(">")]
    result = Proposals()
    paragraphs = _paragraphs(lines)
    bulleted = any(_BULLET.match(ln) for ln in lines)
    for para in paragraphs:
        if bulleted:
            _bullets(para, result)
        else:
            _prose(" ".join(ln.strip() for ln in para), result, single=len(paragraphs) == 1)
    return result


def _paragraphs(lines: list[str]) -> list[list[str]]:
    out: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            out[-1].append(line)
        elif out[-1]:
            out.append([])
    return [p for p in out if p]


def _chat(sentence: str) -> bool:
    return bool(_CHAT.match(sentence.strip())) or len(sentence.split()) <= 2 and \
        sentence.strip()[:1].isupper() and sentence.strip().replace(" ", "").isalpha() and \
        not sentence.strip().endswith(".")


def _bullets(para: list[str], result: Proposals) -> None:
    last: Proposal | None = None
    for line in para:
        m = _BULLET.match(line)
        if m:
            last = _item(m[1])
            result.items.append(last)
        elif declines(line):
            result.declined = True
        elif last is not None and not _INTRO.search(line):
            note = f"{last.note} {line.strip()}".strip()
            result.items[-1] = last = Proposal(last.title, note)
        elif not _INTRO.search(line) and not _chat(line):
            _prose(line.strip(), result, single=False)


def _prose(paragraph: str, result: Proposals, *, single: bool) -> None:
    sentences = [s.strip() for s in _SENTENCE.split(paragraph) if s.strip()]
    last: int | None = None
    for i, sentence in enumerate(sentences):
        if declines(sentence) or declines(re.split(r"[,;–]", sentence)[0]) and \
                not _LEAD.match(sentence):
            result.declined = True  # "Ingen punkter fra mig, men god fornøjelse med mødet!"
            continue
        if _chat(sentence) or _INTRO.search(sentence) and i == len(sentences) - 1:
            continue
        lead = _LEAD.match(sentence)
        if lead and lead.end() < len(sentence) and not sentence.endswith("?") or \
                lead and sentence.endswith("?") and re.match(r"(?:kan|kunne|could|can)\b",
                                                              sentence, re.I):
            result.items.append(_item(sentence[lead.end():]))
            last = len(result.items) - 1
        elif last is not None:
            item = result.items[last]
            result.items[last] = Proposal(item.title, f"{item.note} {sentence}".strip())
        elif single and len(sentences) == 1 and _bare_item(sentence):
            result.items.append(_item(sentence))
            last = len(result.items) - 1
        else:
            result.unclear.append(sentence)


_STARTERS = {"jeg", "vi", "du", "det", "der", "den", "i", "we", "it", "there", "you", "this",
             "that", "tak", "thanks", "hej", "hi", "men", "but", "og", "and", "har", "have", "er",
             "is", "kan", "can", "skal", "hvad", "what", "hvornår", "when", "hvem", "who"}
_NEGATION = {"ikke", "ingen", "intet", "not", "no", "nothing", "none", "never", "aldrig"}


def _bare_item(sentence: str) -> bool:
    """A one-line reply that is a title: short, no question, not a sentence about something."""
    words = [w.casefold() for w in _WORD.findall(sentence)]
    return 0 < len(words) <= 12 and not sentence.endswith("?") and \
        words[0] not in _STARTERS and not set(words) & _NEGATION


def _item(text: str) -> Proposal:
    text = _ITEM_WORDS.sub("", text.strip(), count=1)
    text = text.strip().rstrip("?.!:;, ")
    text = _TAIL.sub("", text).strip().rstrip("?.!:;, ")
    title, note = text, ""
    split = re.match(r"(.{3,}?)(?:\s*[:–—]\s+|\s+-\s+)(.+)$", text)
    if split:
        title, note = split[1].strip(), split[2].strip()
    if len(title) > MAX_TITLE:
        cut = title[:MAX_TITLE].rsplit(" ", 1)[0]
        title, note = cut + " …", (title + (" " + note if note else "")).strip()
    return Proposal(title[:1].upper() + title[1:], note)
