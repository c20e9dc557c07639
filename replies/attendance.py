"""Does a member come to the meeting? Read from their own words in a reply. Pure, standard
library only.

"Afbud", "jeg kan desværre ikke", "kommer gerne", "deltager online", "kommer først kl. 11",
"I'll be there", "can't make it", "might join online": the status is coming, absent or maybe,
and the comment is what the member said beside it that the chair should see at a glance (an
arrival or leaving time, online, a reason). Everything else they wrote (a question, a request,
news about a colleague) is ``rest``: a person must read it.

The caller gives the visible text (tovholder.mailer.quotes.visible_text: no quotes, no device
line); courtesy lines ("Tak", "Mvh Mette" and the signature) are dropped here. Lines are split
into clauses at sentence ends, commas, dashes and "men"/"but"; each clause is about the member's
own attendance, a reason or detail beside it, a condition ("hvis der er et link"), or something
else. Conservative on purpose, since a wrong afbud is worse than a note to the chair:

- a question ("kan jeg deltage online?") is never an answer;
- a clause about someone else ("Søren er syg og kan ikke komme", "min kollega kommer i stedet")
  is not the member's own attendance;
- coming and absent in one reply, or absent and maybe, is unclear: nothing is recorded and the
  whole reply reaches the chair;
- a condition beside "jeg kommer" makes it maybe, and the condition is also passed on.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from tovholder.replies.courtesy import is_courtesy, sort_lines
from tovholder.replies.form_reply import unwrap

COMING, ABSENT, MAYBE = "coming", "absent", "maybe"

_ADV = r"(?:desværre|altså|selv|bare|jo|nok|godt|simpelthen|alligevel)"
_PATTERNS: dict[str, re.Pattern[str]] = {
    ABSENT: re.compile("|".join((
        r"\bafbud\b", r"\bforhindret\b", r"\bmelde[rs]?\s+fra\b", r"\bsige[rs]?\s+fra\b",
        rf"\bkan\s+(?:{_ADV}\s+)*ikke(?:\s+{_ADV})*\s+(?:komme|deltage|være\s+(?:med|der)|nå"
        r"|møde\s+op|dukke\s+op)",
        rf"\bkan\s+(?:{_ADV}\s+)*ikke(?:\s+{_ADV})*\s*(?:i\s+(?:morgen|dag)|den\s+\d+\.?)?\W*$",
        rf"\b(?:kommer|deltager|når|er)\s+(?:{_ADV}\s+)*ikke(?:\s+{_ADV})*"
        r"(?:\s+(?:med|til\s+mødet|denne\s+gang|i\s+(?:morgen|dag)|den\s+\d+\.?))*\W*$",
        rf"\b(?:kommer|deltager|møder)\s+(?:{_ADV}\s+)*ikke\b",
        r"\bikke\s+(?:med\s+)?(?:denne|den\s+her|næste)\s+gang\b",
        r"\b(?:can'?t|cannot|can\s+not|won'?t|will\s+not|unable\s+to|not\s+able\s+to"
        r"|won'?t\s+be\s+able\s+to|will\s+not\s+be\s+able\s+to)\s+(?:make\s+it|come|attend"
        r"|join|be\s+there|be\s+present|participate)\b",
        r"\b(?:can'?t|cannot)\s+make\s+it\b", r"\bapologies\b", r"\bregrets\b",
        r"\b(?:have|need)\s+to\s+miss\b", r"\bi'?ll\s+miss\b", r"\bi\s+will\s+miss\b",
        r"\bsend\s+(?:my\s+)?regrets\b", r"\bnot\s+(?:coming|attending)\b", r"^absent\b",
    ))),
    MAYBE: re.compile("|".join((
        r"\bmåske\b", r"\bmuligvis\b", r"\bved\s+(?:endnu\s+)?ikke\s+om\b", r"\busikker\b",
        r"\bi\s+tvivl\b", r"\b(?:forsøger|prøver|håber)\s+(?:at\s+)?(?:kunne\s+)?(?:komme|"
        r"deltage|nå|være\s+med)", r"\bkan\s+ikke\s+love\b", r"\bforeløbig\b",
        r"\bmight\b", r"\bmaybe\b", r"\bperhaps\b", r"\bnot\s+sure\b", r"\bhopefully\b",
        r"\btry\s+to\s+(?:come|attend|join|make\s+it|be\s+there)\b", r"\btentative",
        r"\bmay\s+(?:come|join|attend)\b",
    ))),
    COMING: re.compile("|".join((
        r"(?:^|\bjeg\s+|\bja,?\s+)(?:kommer|deltager|møder\s+op|dukker\s+op)\b",
        r"(?:^|\bjeg\s+)er\s+med\b", r"\bkan\s+(?:godt\s+)?(?:komme|deltage|være\s+med)\b",
        r"\btæl\s+mig\s+med\b", r"\bregn\s+med\s+mig\b", r"\bjeg\s+er\s+der\b",
        r"\bi'?ll\s+be\s+(?:there|joining|attending|coming)\b",
        r"\bi\s+will\s+be\s+(?:there|joining|attending|coming)\b",
        r"\bi(?:'ll|\s+will|\s+can|\s+shall)\s+(?:attend|come|join|make\s+it)\b",
        r"\bi'?m\s+(?:coming|attending|joining|in)\b", r"\bi\s+am\s+(?:coming|attending)\b",
        r"\bcount\s+me\s+in\b", r"\bsee\s+you\s+(?:there|on\s+\w+)\b",
        r"^(?:coming|attending|joining)\b",
    ))),
}
_NOT_AFTER = re.compile(r"^\s*(?:\w+\s+)?(?:ikke|not)\b")  # "jeg kommer ikke", "I'm not coming"
_CONDITION = re.compile(r"(?:^|\s)(?:hvis|såfremt|if|unless|medmindre|afhænger|depends)\b")
_DETAIL = re.compile(
    r"\bkl\.?\s*\d|\b\d{1,2}[.:]\d{2}\b|\bonline\b|\bteams\b|\bzoom\b|\bvirtuel|"
    r"\bforsinket\b|\bførst\b|\btidlig|\blate\b|\bleave\b|\barriv|\bsyg\b|\bsick\b|\bill\b|"
    r"\bferie\b|\bholiday|\bvacation|\bkursus\b|"
    r"\bkonference|\bconference|\btilsyn\b|\binspection|\brejse|\btravel|\bbarn\b|\bbørn\b|"
    r"\bbyråd|\bmøde\s+(?:med|i|hos)\b|\bcourse\b|\bstrejke|\bbegravelse|\bpga\b|\bbecause\b|"
    r"\bdesværre\s+forhindret|\bcykel|\bbil\b|\btog\b|\btrain\b")
_OTHERWISE = re.compile(r"(?:ellers|otherwise|or\s+else|i\s+modsat\s+fald)\b")
_LATE = re.compile(r"\bforsinke|\bsent\b|\blate\b|\bkl\.?\s*\d|\b\d{1,2}[.:]\d{2}\b|\bminutter|"
                   r"\bminutes")
_OTHERS = re.compile(r"\b(?:han|hun|de|he|she|they|min\s+kollega|my\s+colleague|kollega)\b")
_ME = re.compile(r"\b(?:jeg|mig|min|mit|I|I'm|I'll|I've|me|my)\b")  # Danish "i" is "in"


def _me(clause: str) -> bool:
    return bool(_ME.search(clause.replace("\u2019", "'"))) or \
        bool(re.search(r"\b(?:jeg|mig)\b", clause, re.IGNORECASE))
_CLAUSE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅ])|[!?]+|;|\s[–—-]\s|,\s*")
_WORD = re.compile(r"[\wæøå']+", re.IGNORECASE)
_FILLER = {  # words around a status that say nothing more ("Ja tak, jeg må desværre melde afbud")
    "jeg", "ja", "nej", "tak", "gerne", "desværre", "herfra", "hermed", "må", "melde", "melder",
    "afbud", "kommer", "deltager", "er", "med", "kan", "ikke", "godt", "selvfølgelig", "til",
    "mødet", "møde", "denne", "gang", "så", "altså", "bare", "også", "i", "hej", "og", "men",
    "sorry", "unfortunately", "please", "accept", "my", "the", "meeting", "this", "time", "be",
    "there", "will", "i'll", "can't", "cannot", "make", "it", "attend", "yes", "no", "thanks",
    "thank", "you", "count", "me", "in", "i'm", "am", "unable", "to", "apologies", "coming",
    "selv", "sige", "siger", "fra", "send", "regrets", "hi", "dear", "ok", "fint", "vi", "ses",
    "alligevel", "beklager", "after", "all",
}


@dataclass(frozen=True)
class Said:
    status: str = ""  # coming | absent | maybe; "" when nothing (clear) about attendance
    comment: str = ""  # the member's words beside the status, for the Deltagelse tab
    rest: list[str] = field(default_factory=list)  # lines a person must read
    unclear: bool = False  # something about attendance that could not be placed: pass it all on
    lines: list[str] = field(default_factory=list)  # every content line, for passing on whole


def read_attendance(text: str, names: Iterable[str] = (), own: str = "") -> Said:
    """What ``text`` (the visible part of a reply) says about its writer's attendance.
    ``names``: the members' names (courtesy, and who else a clause may be about); ``own``: the
    writer's name."""
    names = list(names)
    others = {n.split()[0].casefold() for n in names if n.strip() and n != own}
    known = {part.casefold() for n in names for part in (n, *n.split())}
    lines = sort_lines(unwrap(text), names).content
    statuses: set[str] = set()
    comment: list[str] = []
    rest: list[str] = []
    conditional = False
    for line in lines:
        parts = [(c, _clause(c, others, known)) for c in _clauses(line)]
        kinds = {kind for _, kind in parts}
        found = kinds & {COMING, ABSENT, MAYBE}
        statuses |= found
        conditional |= bool(found) and "condition" in kinds
        if found or _reason_line(line, kinds):
            comment += [c for c, kind in parts if kind not in ("", "filler") and not _bare(c)]
        if "" in kinds or "condition" in kinds or not found and not _reason_line(line, kinds):
            rest.append(line)  # a question, a request, a condition: someone must read it
    status = _status(statuses, conditional)
    if status is None:
        return Said(rest=lines, unclear=True, lines=lines)
    if not status:  # no status: whatever was written is for a person
        return Said(rest=lines, lines=lines)
    rest = [line for line in rest if not all(_clause(c, others, known) == "filler"
                                             for c in _clauses(line))]
    return Said(status, ", ".join(_tidy(c) for c in comment), rest, lines=lines)


def _reason_line(line: str, kinds: set[str]) -> bool:
    """A short line that only gives a reason or a time ("Jeg er på kursus hele ugen.")."""
    return kinds <= {"detail", "filler"} and "detail" in kinds and len(line.split()) <= 15


def _status(found: set[str], conditional: bool) -> str | None:
    """One status from the clauses' statuses; None when they disagree."""
    if not found:
        return ""
    if found == {COMING}:
        return MAYBE if conditional else COMING
    if found <= {COMING, MAYBE}:
        return MAYBE
    if found == {ABSENT}:
        return ABSENT
    return None


def _clauses(line: str) -> list[str]:
    """Sentences and their parts; the clause keeps a trailing "?" so questions are known."""
    out, start = [], 0
    for end in [*_CLAUSE_END.finditer(line), None]:
        stop = end.end() if end and "?" in end.group(0) else end.start() if end else len(line)
        piece = line[start:stop].strip(" .,;:–—-")
        if piece:
            out.append(piece)
        start = end.end() if end else len(line)
    return out


def _clause(clause: str, others: set[str], known: set[str]) -> str:
    """coming / absent / maybe (about the writer), "detail", "condition", "filler", or ""
    (something else a person must read)."""
    text = clause.casefold().replace("\u2019", "'")
    words = set(_WORD.findall(text))
    if clause.rstrip().endswith("?"):
        return ""
    if _OTHERS.search(text) or (words & others and not _me(clause)):
        return ""  # about someone else
    if _OTHERWISE.match(text):
        return "condition"  # "hvis der er et link. Ellers må jeg melde afbud": the other case
    kinds = [kind for kind, pattern in _PATTERNS.items() if _hit(kind, pattern, text)]
    if kinds == [MAYBE] and _LATE.search(text):
        return "detail"  # "måske et par minutter forsinket": late, not maybe
    if kinds:
        return kinds[0]  # absent before maybe before coming: "kan ikke love" is not "kan"
    if _CONDITION.search(text):
        return "condition"
    if _DETAIL.search(text):
        return "detail"
    return "filler" if words <= _FILLER or is_courtesy(clause, known) else ""


def _hit(kind: str, pattern: re.Pattern[str], text: str) -> bool:
    """A match; "jeg kommer ikke" is no coming."""
    return any(kind != COMING or not _NOT_AFTER.match(text[m.end():])
               for m in pattern.finditer(text))


def _bare(clause: str) -> bool:
    """Only the status and its filler words: nothing to comment."""
    words = [w for w in _WORD.findall(clause.casefold().replace("\u2019", "'"))]
    return all(w in _FILLER for w in words)


def _tidy(clause: str) -> str:
    return " ".join(clause.split())
