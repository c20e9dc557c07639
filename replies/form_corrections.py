"""A member correcting themself while writing: what they ended up saying. Pure.

People correct a slip where they make it: "Erfaring: 9 – nej, 10", "Tid: lidt, nej skriv nogen",
"Soil too – no, strike soil", "erfaring 10, nej 11", "meget, eller rettere nogen". Or on the next
line: "Experience: 11 years." / "Correction: make that 12". The text is rewritten to what the
member ended up saying before it is read; the confirmation still quotes their own words.

Only a correction that gives a new answer is one ("Tid: lidt, nej skriv nogen"); "nej tak", "no
more than that" and "nej, ikke affald" are no corrections, and are left to be read as written.
A clause taken back at the start of a line with no label ("Tilføj støj og luft – nej, kun
støj") is handed to the sentence reader as "nej vent", which knows to do what the voided
sentence did (add, not replace).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from tovholder.replies.form_clauses import MONTHS, removes
from tovholder.replies.form_numbers import numbers
from tovholder.replies.fuzzy import fold

#: where the slip ends: a comma, full stop or a spaced dash ("PFAS-gruppen" is one word)
_END = r"(?:[,.;!?]\s*|\s+[–—-]+\s*)"
_MARK = re.compile(
    # English "no" is also a determiner ("no time for it"): only with a pause or "wait" after it
    _END + r"(?:(?:eller|or)\s+)?(?:(?:nej|næ)\b|(?:no|nope|nah)(?=\s*[,:;!–—-]|\s+(?:wait|sorry|"
    r"make|i\s+mean)\b))(?:,?\s*(?:vent|wait|forresten|undskyld|"
    r"sorry))?[\s,:;!–—-]*(?:(?:skriv|write|make\s+(?:that|it)|put|sæt|det\s+er|it'?s|"
    r"jeg\s+mener|i\s+mean)\b\s*)?"
    r"|" + _END + r"(?:eller\s+rettere|or\s+rather|i\s+mean|jeg\s+mener)\b[\s,:]*",
    re.IGNORECASE)
#: what follows "nej"/"no" without correcting anything: thanks, a negation, a comparison
_NO_CORRECTION = re.compile(r"^(?:tak|thanks|thank|ikke|not|more|less|mere|mindre|andet|other|"
                            r"problem|worries|desværre|sadly|i\b|jeg\b|det\b|it\b|that\b)",
                            re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,.;!?]|\s[–—-]+\s")
_NUMBER = re.compile(r"\d+|[^\W\d_]+")
#: a line that corrects the line above: "Correction: make that 12", "Rettelse: kun støj"
_HEAD = re.compile(r"^\s*(?:(?:sorry|undskyld|ups|oops|hov)[,!.]?\s*)?(?:rettelse|correction|"
                   r"korrektion|correcting myself)\s*(?:til (?:det )?ovenstående\s*)?[:–—-]\s*"
                   r"(?=\S)", re.IGNORECASE)
_LABELLED = re.compile(r"^[^:]{1,40}:\s*\S")
_LATER = re.compile(rf"\b(?:fra|from|efter|after|til|until|naeste|next|{MONTHS})\b")
#: "Tid: Nogen -> Lidt", "Time: some → much": the old answer, an arrow, the new one
_ARROW = re.compile(r"\s*(?<![<-])(?:-+>|=+>|[→⇒➔➜➝⟶])\s*")


def corrected(line: str, answers: Callable[[str], bool], names: Callable[[str], bool]) -> str:
    """``line`` with each slip the member corrected replaced by the correction; ``answers``
    tells whether a piece of text gives an answer (an option, a number or a change), ``names``
    whether it names an option."""
    for mark in reversed(list(_MARK.finditer(line))):
        after = line[mark.end():]
        first = _CLAUSE_END.split(after, maxsplit=1)[0]
        if not first.strip() or _NO_CORRECTION.match(first.strip()) or not answers(first) \
                or removes(first) and not names(first):
            continue  # "Wastewater - no, handed over in September": "no" is the answer
        line = _replace(line, mark.start(), after)
    return _arrowed(line, answers)


def _arrowed(line: str, answers: Callable[[str], bool]) -> str:
    """"Tid: Nogen -> Lidt" -> "Tid: Lidt": what stood before the arrow is the old answer.
    Only when both sides answer ("Støj -> min kollega" is left as written)."""
    arrow = _ARROW.search(line)
    if arrow is None or _ARROW.search(line, arrow.end()):
        return line  # two arrows: a chain or a drawing, read as written
    start = _slip_start(line, arrow.start())
    before, after = line[start:arrow.start()], line[arrow.end():]
    first = _CLAUSE_END.split(after, maxsplit=1)[0]
    if not before.strip() or not answers(before) or not answers(first) or removes(first) or \
            _LATER.search(fold(first)):
        return line  # "Tid: meget -> nogen fra februar": both hold, each for a time
    return line[:start] + (" " if start else "") + after


def _replace(line: str, end: int, after: str) -> str:
    start = _slip_start(line, end)
    slip = line[start:end]
    if not slip.strip():
        return line
    old, new = numbers(slip), numbers(_CLAUSE_END.split(after, maxsplit=1)[0])
    if len(old) == 1 and new and _starts_with_number(after):
        # "erfaring 10, nej 11": only the number was wrong, the label before it stands
        said = _NUMBER.search(after)
        assert said is not None
        return line[:start] + _with_number(slip, said.group(0)) + after[said.end():]
    if start == 0 or not line[:start].strip():
        return line[:end] + ". Nej vent, " + after  # no label: the sentence reader voids it
    return line[:start] + after


def _slip_start(line: str, end: int) -> int:
    """Where the clause that ends at ``end`` starts: after a label's colon or the clause before."""
    colon = line.find(":", 0, min(end, 45))
    start = colon + 1 if colon >= 0 else 0
    for m in _CLAUSE_END.finditer(line, start, end):
        start = m.end()
    while start < end and line[start] == " ":
        start += 1
    return start


def _starts_with_number(text: str) -> bool:
    token = _NUMBER.search(text)
    return token is not None and bool(numbers(token.group(0)))


def _with_number(slip: str, number: str) -> str:
    """"erfaring 10" with "11" -> "erfaring 11": the label words stay, the number changes."""
    for token in reversed(list(_NUMBER.finditer(slip))):
        if numbers(token.group(0)):
            return slip[:token.start()] + number + slip[token.end():]
    return slip


def with_corrections_joined(lines: list[str]) -> list[str]:
    """A line that corrects the one above ("Correction: make that 12") joined to it as an
    in-line correction, so that ``corrected`` sees the slip and its correction together."""
    out: list[str] = []
    for line in lines:
        head = _HEAD.match(line)
        above = next((k for k in range(len(out) - 1, -1, -1) if out[k].strip()), None)
        if head and above is not None and above == len(out) - 1:
            joiner = " – nej, " if _LABELLED.match(out[above]) else ". Nej vent, "
            out[above] = out[above].rstrip().rstrip(".") + joiner + line[head.end():]
            continue
        out.append(line)
    return out
