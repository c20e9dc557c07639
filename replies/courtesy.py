"""Courtesy: the words of a reply that need no person ("Tak!", "OK 👍", "God weekend", "Hej Ida",
a sign-off and the signature under it). Pure, standard library only.

A reply is read line by line; a line is courtesy when each of its clauses (split at commas,
dashes and "og"/"and") is a greeting, thanks, an acknowledgement, a wish, a member's name or an
emoji. A sign-off ("Med venlig hilsen", "Mvh", "Best regards") starts the signature: it and the
short lines under it (name, title, address, phone) are courtesy too. Everything else is content,
which a person must read or a feature must understand: a line is never dropped for being short.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

_SIGNOFF = re.compile(
    r"^(?:(?:med\s+)?(?:venlig(?:st)?|venlige|de\s+bedste|bedste|mange|kærlig)?\s*hils(?:en|ner)"
    r"|mvh|vh|kh|bh|(?:best|kind|warm)?\s*regards|best(?:\s+wishes)?|cheers|br|sincerely"
    r"|yours(?:\s+sincerely)?|all\s+the\s+best)[.,!]?(?:\s+[^\W\d_][\w.-]*){0,3}[.,!]?$",
    re.IGNORECASE)
CONTEXT = 3  # quoted lines kept above an inline answer, for the reader
_DISCLAIMER = re.compile(
    r"personoplysning|persondata|databeskyttelse|fortrolig|tavshedspligt|sikker post|e-boks"
    r"|confidential|intended recipient|privileged|gdpr|privacy|virus|disclaimer|www\.",
    re.IGNORECASE)
_CID = re.compile(r"^\[cid:[^\]]*\]$", re.IGNORECASE)
_CLAUSE = re.compile(r"\s*(?:[,;:–—]|\s-\s|\bog\b|\band\b)\s*", re.IGNORECASE)
_PHRASES = [re.compile(p) for p in (
    # thanks, in Danish and English, with a short "for ..." object
    r"^(?:(?:mange|tusind|1000|stor|kæmpe)\s+)?tak(?:\s+skal\s+du\s+have)?(?:\s+for\s+[\w ]{1,40})?$",
    r"^(?:many\s+)?thanks?(?:\s+you)?(?:\s+(?:so\s+much|very\s+much|a\s+lot))?"
    r"(?:\s+for\s+[\w ]{1,40})?$",
    r"^(?:thx|ty|tak tak)$",
    # acknowledgements
    r"^(?:ok|okay|okey|oki|fint|fint nok|super|perfekt|dejligt|godt|modtaget|noteret|forstået"
    r"|det er (?:fint|godt|noteret|modtaget)|lyder godt|det lyder godt|selvfølgelig|jep|jo"
    r"|noted|got it|great|perfect|sounds good|received|understood|fine|cool|will do)$",
    # wishes, greetings and farewells
    r"^(?:(?:hav|ha)\s+en\s+)?god\s+(?:weekend|dag|aften|sommer|ferie|jul|påske|tur)"
    r"(?:\s+(?:til\s+)?(?:jer|dig|alle))?$",
    r"^(?:godt\s+nytår|glædelig\s+jul|ses|vi\s+ses|på\s+gensyn|hav\s+det\s+godt)(?:\s+\w+)?$",
    r"^(?:jeg\s+)?glæder\s+mig(?:\s+til\s+(?:det|at\s+se\s+jer|mødet|at\s+være\s+med"
    r"|samarbejdet|at\s+komme\s+i\s+gang))?$",
    r"^(?:det\s+)?(?:ser|lyder)\s+(?:fint|godt|rigtig\s+godt|fornuftigt)\s*(?:ud)?$",
    r"^(?:it\s+|that\s+)?(?:looks|sounds)\s+(?:good|fine|great)(?:\s+to\s+me)?$",
    r"^(?:i\s+am\s+|i'm\s+)?looking\s+forward\s+to\s+(?:it|the\s+meeting|working\s+with\s+you)$",
    r"^(?:tillykke|congratulations|congrats)(?:\s+(?:med\s+det|til\s+\w+|\w+))?$",
    r"^(?:have\s+a\s+)?(?:nice|good|great)\s+(?:weekend|day|evening|summer)$",
    r"^(?:see\s+you(?:\s+there|\s+then)?|looking\s+forward(?:\s+to\s+it)?)$",
    r"^(?:hej|hejsa|hejhej|hey|hi|hello|kære|dear|godmorgen|goddag|morn|halløj)"
    r"(?:\s+(?:alle|allesammen|all|everyone|\w+)){0,2}$",
    r"^(?:for|til)\s+info$",
    # the cover line of an answer given below it ("Så er det udfyldt", "Here are my answers")
    r"^(?:så\s+er\s+(?:det|skemaet|den)\s+(?:udfyldt|gjort|sendt|rettet|opdateret|ordnet)"
    r"|(?:hermed|her\s+er|her\s+kommer)\s+(?:mine\s+|mit\s+)?(?:svar(?:ene)?|skema(?:et)?)"
    r"|se\s+(?:mine\s+)?svar\s+(?:herunder|nedenfor|nedenunder)"
    r"|here\s+(?:you\s+go|are\s+my\s+answers)|see\s+my\s+answers\s+below)$",
)]


@dataclass(frozen=True)
class Sorted:
    content: list[str]  # lines a person must read or a feature must understand
    courtesy: list[str]  # lines that need nobody

    @property
    def only_courtesy(self) -> bool:
        return not self.content


def sort_lines(text: str, names: Iterable[str] = ()) -> Sorted:
    """Split ``text`` (the visible part of a reply) into content and courtesy lines."""
    known = {_fold(part) for name in names for part in (name, *name.split()) if part.strip()}
    content: list[str] = []
    courtesy: list[str] = []
    lines = [line.strip() for line in text.splitlines()]
    signature = _signature_start(lines)
    for i, line in enumerate(lines):
        if not line:
            continue
        if i >= signature or _CID.match(line) or is_courtesy(line, known) or \
                line.startswith(">") and not _context(lines, i, signature, known):
            courtesy.append(line)
        else:
            content.append(line)
    return Sorted(content, courtesy)


def _context(lines: list[str], i: int, end: int, names: set[str]) -> bool:
    """A quoted line right above the member's own words in an inline reply: what they answer."""
    for line in lines[i + 1:min(i + 1 + CONTEXT, end)]:
        if line and not line.startswith(">"):
            return not is_courtesy(line, names)
    return False


def without_courtesy(text: str, names: Iterable[str] = ()) -> str:
    """The content lines of ``text``, in order: what a person is shown when it is passed on."""
    return "\n".join(sort_lines(text, names).content)


def is_courtesy(line: str, names: set[str] | frozenset[str] = frozenset()) -> bool:
    if _SIGNOFF.match(line.strip()):
        return True  # "Mvh Mette", "Best regards"
    clauses = [_fold(c) for c in _CLAUSE.split(_without_emoji(line))]
    clauses = [c for c in clauses if c]
    return all(_courteous(c, names) for c in clauses)


def _courteous(clause: str, names: set[str] | frozenset[str]) -> bool:
    words = clause.removeprefix("/").strip()
    if words in names or all(w in names for w in words.split()):
        return True  # a name alone: "Mette", "/Jonas", "Mette Lindholt"
    return any(p.match(words) for p in _PHRASES)


def _signature_start(lines: list[str]) -> int:
    """Index of a sign-off line followed only by short lines that ask nothing, else len."""
    for i, line in enumerate(lines):
        if not _SIGNOFF.match(line) or len(line) > 40:
            continue
        rest = [x for x in lines[i + 1:] if x]
        if len(rest) <= 12 and not any(_sentence(x) for x in rest):
            return i
    return len(lines)


def _sentence(line: str) -> bool:
    """A line someone wrote to be read (not a title, an address, a phone number or the
    organisation's standard disclaimer under a signature)."""
    if _DISCLAIMER.search(line):
        return False
    return len(line) > 80 or line.endswith("?") or \
        (line.endswith((".", "!")) and len(line.split()) >= 5)


def _without_emoji(text: str) -> str:
    return "".join(ch for ch in text if unicodedata.category(ch) not in ("So", "Sk", "Cf"))


def _fold(text: str) -> str:
    text = re.sub(r"[!.?…\"'()*]+", " ", text.casefold())
    return " ".join(text.split())
