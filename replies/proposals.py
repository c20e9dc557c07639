"""The agenda items a member proposes in a reply to "Punkter til næste møde?". Pure.

Read from the text the member wrote (quotes and signature dropped):

- "nej tak", "ingen", "intet fra mig", "nothing from me": no items (not unclear);
- bullet or numbered lines ("- PFAS i drikkevand", "1) Støj") are one item each; a line
  right below an item that is not itself a bullet is its note; an intro line ending in ":"
  ("Jeg har to punkter:") is not an item;
- a sentence that proposes ("Jeg foreslår …", "Kan vi tage … op", "Et punkt om …",
  "I'd like to discuss …", "Forslag: …") is an item, with the lead-in words taken off; the
  sentences after it in the same paragraph are its note;
- one item a line, as the call asks: a line of its own that reads as a title ("Støj fra
  varmepumper", "Brændeovne") is an item, so two plain lines are two items; a line goes on
  from the one above (and joins it) when it starts in lower case under one that did not, or
  the one above stops on a comma or a word like "og"/"fordi" (the client's wrapping is joined
  by ``unwrap`` first); a full sentence under an item, or after it on its line, is its note
  ("Tilsyn med hestehold\nDet fylder meget hos os i år."); a greeting line ("Hej", "Hej Ida")
  and a line of only the member's name ("/Henrik", ``signer``) are no items;
- several lines that each propose ("Punkt: …") are one item each; a proposal in a later clause
  ("Jeg støtter Mettes forslag, og så vil jeg gerne have et punkt om …") is cut off from the
  clause before it; "Jeg foreslår, at vi tager et punkt om X", "Hvad med et punkt om X?",
  "Jeg har et punkt om X", "Jeg foreslår et punkt: X", "Jeg har et punkt: X", "PS: …" propose
  X; ", tak" after a title is not part of it;
- support for someone else's item ("+1 til Sørens forslag", "enig med Mette") is no item and
  goes to the chair; so does a question after an item (never its note), and what follows a
  "no" ("Ingen punkter, men jeg kan ikke komme") unless it is small talk;
- a closing ("Med venlig hilsen" + name, phone, office hours) the quote remover left ends it;
- anything else that is not small talk is unclear: the chair reads it. An item's title is the
  member's words; they are never rewritten beyond taking off the lead-in and end punctuation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tovholder.mailer.quotes import visible_text
from tovholder.replies.form_reply import unwrap

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


# A number typed without the space ("1.Tilsynskampagne") still numbers the line when a capital
# letter follows; "3.1" or "2.december" does not.
_BULLET = re.compile(r"^\s*(?:(?:[-*•–·▪◦]|\d{1,2}[.)]|[a-h][.)])\s+|\d{1,2}[.)](?=[A-ZÆØÅ]))(.+)$")
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
    "that", "it", "vores", "our", "mere", "more", "tilføjelser", "herfra", "us", "vi", "we",
    "any"}
_WORD = re.compile(r"[\wæøåÆØÅ']+")


def declines(sentence: str) -> bool:
    """"Nej tak", "Ingen punkter fra mig denne gang", "Nothing from me, thanks!"."""
    words = [w.casefold() for w in _WORD.findall(sentence.replace("’", "'"))]
    return bool(words) and set(words) <= _NONE_WORDS and bool(set(words) & _NO_WORDS)


_LEAD = re.compile(
    r"^(?:(?:og\s+)?(?:så\s+)?(?:vil|skal|kunne|ville)\s+(?:jeg\s+|vi\s+)?(?:også\s+)?"
    r"(?:gerne\s+|godt\s+)?(?:foreslå|have|bede\s+om|rejse|drøfte|tage\s+op|tage|tilføje|"
    r"høre\s+om|tale\s+om)|"
    r"(?:jeg|vi)\s+har\s+(?:også\s+)?(?=(?:et|ét|lige\s+et)\s+(?:punkt|emne|forslag)(?:\s+(?:om|"
    r"vedr|på)\b|\s*:\s*\S))|i\s+have\s+(?:also\s+)?"
    r"(?=an?\s+(?:item|topic|point)(?:\s+(?:on|about)\b|\s*:\s*\S))|"
    r"(?:jeg|vi)\s+(?:vil\s+(?:gerne\s+|godt\s+)?|kunne\s+godt\s+tænke\s+mig\s+at\s+|"
    r"ønsker\s+at\s+|skal\s+)?(?:foreslå|foreslår|forslår|have|bede\s+om|rejse|drøfte|tage\s+op|"
    r"tage|tilføje|sætte|høre\s+om|tale\s+om)|"
    r"(?:hvad|hvordan)\s+med\s+(?=(?:et|nogle|to)\s+(?:punkt|emne))|"
    r"(?:what|how)\s+about\s+(?=(?:an?|one|some)\s+(?:items?|points?|topics?)\b)|(?:kan|kunne)\s+vi\s+(?:(?:få|tage|have|sætte|tale\s+om|"
    r"drøfte|høre\s+om)\s+)?|må\s+jeg\s+(?:foreslå|bede\s+om)|vi\s+bør\s+(?:tale\s+om|drøfte|"
    r"tage)|gerne|(?:mit\s+)?forslag|punkt|emne|tilføj|sæt|"
    r"i(?:'d|\s+would)\s+like\s+(?:to\s+(?:propose|add|discuss|raise|suggest|have)|)|"
    r"i\s+(?:propose|suggest)|(?:could|can)\s+we\s+(?:(?:add|discuss|have|talk\s+about|"
    r"put)\s+)?|(?:my\s+)?(?:suggestion|proposal|item|topic)|please\s+add|let's\s+discuss|"
    r"we\s+should\s+(?:discuss|talk\s+about))\b\s*:?\s*", re.I)
_ITEM_WORDS = re.compile(
    r"^(?:(?:et|to|tre|nogle)\s+(?:punkt(?:er)?|emne(?:r)?)\s+(?:om|på|vedr(?:ørende)?\.?)\s+|"
    # "Jeg foreslår et punkt: Støj": the words before the colon only say it is an item
    r"(?:et|ét|lige\s+et)\s+(?:punkt|emne|forslag)\s*:\s+|"
    r"(?:an?|one)\s+(?:item|point|topic)\s*:\s+|"
    r"(?:an?|one|two)\s+(?:items?|points?|topics?)\s+(?:on|about|regarding)\s+|"
    r"(?:om|on|about|regarding|vedr\.?|vedrørende)\s+|det\s+)", re.I)
_TAIL = re.compile(r"(?:\s+(?:op|på\s+(?:dagsordenen|næste\s+møde|mødet)|on\s+the\s+agenda|"
                   r"to\s+the\s+agenda|at\s+the\s+(?:next\s+)?meeting|til\s+næste\s+møde|"
                   r"på\s+dagsordenen\s+til\s+næste\s+møde)|,?\s+(?:tak|thanks|please|"
                   r"hvis\s+(?:der\s+er\s+tid|det\s+er\s+muligt)|if\s+there\s+is\s+time))+\s*$",
                   re.I)
# "Jeg foreslår, at vi tager et punkt om ...": the clause that only carries the proposal
_THAT_WE = re.compile(r"^,?\s*(?:at\s+vi\s+(?:tager|får|drøfter|taler\s+om|snakker\s+om|ser\s+på|"
                      r"kigger\s+på|har|sætter|tager\s+hul\s+på)|(?:that\s+)?we\s+(?:discuss|"
                      r"add|have|talk\s+about|look\s+at|put))\s+", re.I)
# support for someone else's proposal ("+1 til Sørens forslag", "enig med Mette"): no new item
_SUPPORT = re.compile(r"^\s*\+\s?1\b|\b(?:støtter|støtte\s+til|enig\s+(?:i|med)|bakker\s+op|"
                      r"seconder|second(?:ing)?|i\s+support|support\s+for|agree\s+with|"
                      r"same\s+as|ligesom)\b", re.I)
# a clause boundary a second proposal may follow ("..., og så vil jeg gerne have et punkt om")
_CLAUSE = re.compile(r",\s+(?:og|and|men|but)\s+(?=\S)", re.I)
_SIGNOFF = re.compile(r"^(?:med\s+venlig\s+hilsen|venlig\s+hilsen|de\s+bedste\s+hilsner|mvh|"
                      r"vh|kh|hilsen|best\s+regards|kind\s+regards|regards|best\s+wishes|"
                      r"cheers)\b[\s,.!]*", re.I)
_CHAT = re.compile(
    r"^(?:(?:men|og|but|and)\s+)?(?:hej|hejsa|hi|hello|dear|kære|god\s+\w+|tak|mange\s+tak|thanks?|thank\s+you|ok|okay|"
    r"mvh|kh|vh|hilsen|venlig\s+hilsen|best|regards|cheers|ses|see\s+you|vi\s+ses)\b[^.!?]{0,40}"
    r"[.!]*$", re.I)
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅ\"'“])")
_INTRO = re.compile(r":\s*$")


def parse_proposals(body: str, signer: str = "") -> Proposals:
    """``signer``: the member's name; a line of only their name (or first name) signs off."""
    text = unwrap(visible_text(body))
    lines = _before_signoff([ln.rstrip() for ln in text.splitlines()
                             if not ln.lstrip().startswith(">")])
    result = Proposals()
    paragraphs = _paragraphs(lines)
    bulleted = any(_BULLET.match(ln) for ln in lines)
    for para in paragraphs:
        if bulleted:
            _bullets(para, result)
            continue
        after_item = False
        for line in _own_lines(para):  # the call asks for one item a line
            if _signs(line, signer):
                continue
            items, unclear = len(result.items), len(result.unclear)
            _prose(line, result, listing=True, after_item=after_item)
            after_item = (after_item or len(result.items) > items) and len(result.unclear) == unclear
    return result


def _signs(line: str, signer: str) -> bool:
    """ "Henrik", "Henrik Bach", "/Henrik": the member signing, when the quote remover left it."""
    words = line.strip(" /-–—").casefold().split()
    names = signer.casefold().split()
    return bool(words) and bool(names) and (words == names or words == names[:1])


# A line ending in one of these words was cut by the member, not ended ("... fordi\nvi ...").
_OPEN_END = re.compile(r"(?:[,(–-]|\b(?:og|eller|samt|men|fordi|da|som|at|der|om|i|på|til|"
                       r"af|med|for|and|or|but|because|as|that|which|of|in|on|to|with))$", re.I)


def _own_lines(para: list[str]) -> list[str]:
    """The member's lines, each one thing: a line joins the one above when it goes on from
    it (it starts in lower case under a line that did not, or the line above stops on a
    comma or a word like "og"/"fordi"); ``unwrap`` has already joined the client's wrapping."""
    out: list[str] = []
    for line in (ln.strip() for ln in para):
        above = out[-1] if out else ""
        goes_on = line[:1].islower() and not above[:1].islower()
        if above and (goes_on or _OPEN_END.search(above)):
            out[-1] = f"{above} {line}"
        else:
            out.append(line)
    return out


def _before_signoff(lines: list[str]) -> list[str]:
    """The lines above the closing ("Med venlig hilsen" and what follows: name, phone, office
    hours), when the quote remover left it; a closing with more than a few words on its own
    line is content."""
    for i, line in enumerate(lines):
        m = _SIGNOFF.match(line.strip())
        if m and i and any(ln.strip() for ln in lines[:i]) and \
                len(line.strip()[m.end():].split()) <= 3:
            return lines[:i]
    return lines


def _paragraphs(lines: list[str]) -> list[list[str]]:
    out: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            out[-1].append(line)
        elif out[-1]:
            out.append([])
    return [p for p in out if p]


def _chat(sentence: str, short: bool = True) -> bool:
    """Greetings and thanks; with ``short``, also a line of one or two capitalised words (a
    name), which a reply of one item a line does not mean ("Digitale tilsyn", "Støj")."""
    return bool(_CHAT.match(sentence.strip())) or short and len(sentence.split()) <= 2 and \
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
            _prose(line.strip(), result, listing=False)


def _clauses(sentence: str) -> list[str]:
    """A sentence cut before each clause that is a proposal of its own ("Jeg støtter Mettes
    forslag, og så vil jeg gerne have et punkt om affald")."""
    parts, start = [], 0
    for m in _CLAUSE.finditer(sentence):
        if _LEAD.match(sentence[m.end():]):
            parts.append(sentence[start:m.start()])
            start = m.end()
    parts.append(sentence[start:])
    return [p.strip() for p in parts if p.strip()]


_PS = re.compile(r"^\s*p\.?\s?s\.?\s*[:.]?\s+", re.I)  # "PS: Jeg vil gerne have et punkt om ..."
_ASKS_FOR_ITEM = re.compile(r"(?:kan|kunne|skal|hvad|hvordan|could|can|shall|what|how)\b", re.I)


def _prose(paragraph: str, result: Proposals, *, listing: bool, after_item: bool = False) -> None:
    """One line (or paragraph) of prose; with ``listing``, a title-like first sentence is an
    item ("Støjklager fra varmepumper. Vi får mange." is the item and its note)."""
    sentences = [c for s in _SENTENCE.split(_PS.sub("", paragraph)) if s.strip()
                 for c in _clauses(s)]
    last: int | None = len(result.items) - 1 if after_item and result.items else None
    for i, sentence in enumerate(sentences):
        if declines(sentence):
            result.declined = True
            continue
        cut = re.search(r"[,;–]", sentence)
        head, rest = (sentence[:cut.start()], sentence[cut.end():]) if cut else (sentence, "")
        if declines(head) and not _LEAD.match(sentence):
            result.declined = True  # "Ingen punkter fra mig, men god fornøjelse med mødet!"
            rest = re.sub(r"^\s*(?:men|but|og|and)\s+", "", rest.strip(" ,;–"), flags=re.I)
            if rest and not _chat(rest) and not declines(rest):
                result.unclear.append(rest)  # "..., but I can't attend on the 15th"
            continue
        if _chat(sentence, short=not listing) or _INTRO.search(sentence) and i == len(sentences) - 1:
            continue
        lead = _LEAD.match(sentence)
        asks = sentence.endswith("?")
        if not lead and _SUPPORT.search(sentence):
            result.unclear.append(sentence)  # "+1 til Sørens forslag": for the chair, no item
            continue
        if lead and lead.end() < len(sentence) and (not asks or _ASKS_FOR_ITEM.match(sentence)):
            result.items.append(_item(sentence[lead.end():]))
            last = len(result.items) - 1
        elif asks:
            result.unclear.append(sentence)  # a question is for the chair, never a note
        elif listing and i == 0 and _bare_item(sentence) and not (last is not None and _reason(sentence)):
            result.items.append(_item(sentence))  # a line of its own is an item of its own
            last = len(result.items) - 1
        elif last is not None:
            item = result.items[last]
            result.items[last] = Proposal(item.title, f"{item.note} {sentence}".strip())
        else:
            result.unclear.append(sentence)


_STARTERS = {"jeg", "vi", "du", "det", "der", "den", "i", "we", "it", "there", "you", "this",
             "that", "tak", "thanks", "hej", "hi", "men", "but", "og", "and", "har", "have", "er",
             "is", "kan", "can", "skal", "hvad", "what", "hvornår", "when", "hvem", "who"}
_NEGATION = {"ikke", "ingen", "intet", "not", "no", "nothing", "none", "never", "aldrig"}


def _reason(sentence: str) -> bool:
    """A full sentence under an item says why ("Mange klager i år hos os."), it is no title."""
    return sentence.rstrip().endswith((".", "!")) and len(sentence.split()) > 4


def _bare_item(sentence: str) -> bool:
    """A one-line reply that is a title: short, no question, not a sentence about something."""
    words = [w.casefold() for w in _WORD.findall(sentence)]
    return 0 < len(words) <= 12 and not sentence.endswith("?") and \
        words[0] not in _STARTERS and not set(words) & _NEGATION


def _item(text: str) -> Proposal:
    text = _THAT_WE.sub("", text.strip(), count=1)
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
