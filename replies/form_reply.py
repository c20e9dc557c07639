"""A member's reply to the competence form -> the answers it gives. Pure. The heart of the form.

The most reliable signal is the form itself: the service knows what it sent (the questions and
the answers it filled in), so

1. **the form inside the reply** is found line by line, wherever the client put it: behind ``>``
   marks, under an Outlook ``Fra:/Sendt:`` block without marks, or after an HTML-to-text
   conversion that added bullets, stars or odd spaces (tovholder.replies.form_text.clean). A question starts
   at its header line (``3. Funktioner: Hvilke …``, recognised by label *and* question text);
   the first copy counts, deeper copies are older history. Whatever differs from what was sent
   is the member's answer: a mark set or removed (``[x]``, ``[ X ]``, ``x [ ]``, ``[ ] PFAS ja``,
   ``[x] Støj nej``), a number or text after ``Svar:``, or own words typed inside the question;
   option lines deleted from an otherwise whole form leave what is kept as the answer, and an
   empty box made bold or underlined in the HTML counts as marked (see reply_body);
2. **the member's own words** above the quote (or below it, when the form was quoted with
   ``>``), with quoted history and signature removed by tovholder.mailer.quotes, are read by
   tovholder.replies.form_words: ``Funktioner: sekretær``, ``PFAS og spildevand``, ``ingen ændringer``;
   lines the client wrapped (Gmail's plain part, Thunderbird's format=flowed) are joined first.

A question neither touched in the form nor named in words is not answered: it keeps its
previous answer. Words that cannot be mapped are returned as ``not_understood``, never guessed.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from html import unescape

from tovholder.core.i18n import languages
from tovholder.mailer.htmltext import html_to_text
from tovholder.mailer.quotes import split_reply
from tovholder.replies.form_clauses import removes
from tovholder.replies.form_corrections import corrected, with_corrections_joined
from tovholder.replies.form_for_chair import is_news
from tovholder.replies.form_numbers import PLUS_OTHER, numbers
from tovholder.replies.form_text import (
    CHOICE,
    VALUE_SEP,
    answer_value,
    chosen,
    clean,
    hint,
    is_end_line,
    is_service_line,
    label,
    split_values,
)
from tovholder.replies.form_words import SIGNOFF, Ops, Reader, number_value
from tovholder.replies.fuzzy import find_options, fold, word_matches, words
from tovholder.sheets.model import Question

_HEADER = re.compile(r"^(?:(\d{1,2})\s*[.):]\s*)?([^:]{1,40}?)\s*:\s*(.*)$")
_BOX = re.compile(r"^(?P<pre>[xX✓✔]\s*(?=[\[(])|\(x\)\s*)?[\[(](?P<mark>[^\[\]()]{0,5})[\])]"
                  r"\s*(?P<rest>.+)$")
_CHECKED = {"x", "xx", "*", "v", "✓", "✔", "√", "1", "+", "ja", "j", "y", "yes", "•", "●", "✗",
            "✘", "o"}
_UNCHECKED = {"", "-", "0", "n", "nej", "no"}
_YES = {"x", "ja", "yes", "jep", "jo", "j", "y", "ok", "jatak", "gerne", "checked", "valgt"}
_NO = {"nej", "no", "ikke", "n", "nope", "fravalgt"}
_ARROW = re.compile(r"<-+|<{2,}|<=+|[←⇐⟵◄◀👈]")
_TICK = re.compile(r"[✓✔☑✅]")  # "[ ] Meget  ✓": a tick after the option marks it
#: words alone after an option that point at it as an arrow does: "[ ] Meget   (denne!)"
_THIS = frozenset(("denne", "den", "den her", "dette", "her", "this", "this one", "that one", "here"))
#: a member's initials or name marking an inline answer: "LH: 8", "8 - LH", "[Bo] 17"
_INITIALS = re.compile(r"^([A-ZÆØÅ]{1,3})\s*:\s*(?=\S)|(?<=\S)\s+(?:-+|–|/)\s*[A-ZÆØÅ]{2,3}\s*$|"
                       r"^\s*\[(?![Xx]\])[A-ZÆØÅ][A-Za-zÆØÅæøå.]{0,11}(?: [A-ZÆØÅ][A-Za-zÆØÅæøå.]{0,11})?\]"
                       r"\s*(?=\S)")
#: where the quoted history starts: a header ("Fra: ...", not "Fra 1. januar sidder jeg ..."),
#: a device line, a separator or an attribution
_HISTORY = re.compile(r"^(\*?(?:fra|from|sendt|sent)\*?\s*:|(?:sendt|sent)\s+(?:fra|from)\b"
                      r"|-{2,}\s*(oprindelig|original|forwarded|videre)"
                      r"|_{10,}|on .* wrote:?$|den .* skrev .*:$)", re.IGNORECASE)


@dataclass(frozen=True)
class Parsed:
    answers: dict[str, str]  # question id -> the answer now, for the questions the reply answers
    unchanged: bool = False  # "ingen ændringer": every answer confirmed as it was
    not_understood: tuple[str, ...] = ()  # the member's words that could not be mapped
    in_form: frozenset[str] = frozenset()  # questions answered inside the quoted form
    read_from: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # question -> words

    @property
    def empty(self) -> bool:
        return not self.answers and not self.unchanged and not self.not_understood


_EMPHASIS = re.compile(r"<(b|strong|u)\b[^>]*>\s*\[\s*\]\s*([^<\n]{1,80}?)\s*</\1>", re.IGNORECASE)


def reply_body(text: str, html: str | None) -> str:
    """The plain text to read: the text part, or the HTML converted when that is all there is.
    An empty box the member made bold or underlined in the HTML (the plain part loses that) is
    read as marked: ``<b>[ ] Støj</b>`` is ``[x] Støj``."""
    body = text if text.strip() or not html else html_to_text(html)
    for _, name in _EMPHASIS.findall(html or ""):
        line = re.compile(r"^([ \t>]*)\[\s*\](\s*" + re.escape(unescape(name).strip()) + r"\s*)$",
                          re.MULTILINE)
        body = line.sub(r"\1[x]\2", body, count=1)
    return body


@dataclass
class _Form:
    """Where the first copy of the form is in the reply, and its lines by question."""

    start: int = -1
    end: int = -1  # the end line, or where the form stopped
    quoted: bool = False  # the form sat behind ">" marks (own words may follow it)
    second_copy: bool = False
    blocks: dict[str, list[str]] = field(default_factory=dict)  # question id -> its other lines
    marks: dict[str, dict[str, bool]] = field(default_factory=dict)  # question -> option -> x?
    trailing: dict[str, str] = field(default_factory=dict)  # words after a question's header
    seen: dict[str, set[str]] = field(default_factory=dict)  # question -> its option lines
    #: question -> (option, the member's comment after it, the box's mark) when the comment
    #: sets a condition ("[ ] Formand  <-- kun hvis ingen andre melder sig"): read as a sentence
    conditions: dict[str, list[tuple[str, str, bool | None]]] = field(default_factory=dict)
    complete: bool = False  # every question's header and the end line are there


#: a leave, which the member also wrote under a text question; and leaving for good, which is news
_LEAVE = re.compile(r"\b(?:barsel\w*|\w*orlov\w*|(?:parental |maternity |paternity )?leave)\b")
_GOES = re.compile(r"\b(?:pension\w*|retir\w*|stopper|forlader|leaving|nyt job|new job|\w*moede\w*|"
                   r"meeting\w*|afbud)\b")


def parse_reply(body: str, questions: Sequence[Question], sent: Mapping[str, str], *,
                names: Sequence[str] = ()) -> Parsed:
    """The answers in ``body`` to ``questions``; ``sent`` holds the answers the form showed."""
    raw = body.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    lines = [clean(line) for line in raw]
    form = _locate(lines, questions)
    reader = Reader(questions, names, sent)
    ops = Ops()
    top = raw[:form.start] if form.start >= 0 else raw
    _own_words(top, reader, ops, questions)
    if form.quoted and not form.second_copy and form.end >= 0:
        _own_words(raw[form.end + 1:], reader, ops, questions)
    answers: dict[str, str] = {}
    in_form: set[str] = set()
    for q in questions:
        before = len(ops.not_understood)
        inline = _inline(q, form, sent.get(q.id, ""), reader, ops)
        if inline is not None:
            in_form.add(q.id)
        value = _combine(q, sent.get(q.id, ""), inline, ops)
        if value is not None and q.id in ops.held:  # "kun formand, hvis Lene ...": not the mark
            value = _without(q, value, sent.get(q.id, ""), ops.held[q.id])
        if value is not None:
            answers[q.id] = value
        elif q.id in in_form and len(ops.not_understood) == before:
            in_form.discard(q.id)
    _clear_texts(questions, sent, answers, ops)
    noted = " ".join(fold(answers[q.id]) for q in questions if q.type == "text" and q.id in answers)
    if _LEAVE.search(noted):  # "Jeg går på barsel fra 1. feb" and "Andet: barsel fra februar til
        ops.not_understood = [t for t in ops.not_understood  # november": the chair reads it there
                              if not (_LEAVE.search(fold(t)) and not _GOES.search(fold(t)))]
    # "Andet: Jeg går på pension 1. juli": recorded, and the chair must read it too
    ops.not_understood += [answers[q.id] for q in questions if q.type == "text" and q.id in answers
                           and (is_news(answers[q.id]) or any(map(is_news, ops.words.get(q.id, ()))))]
    flagged = tuple(dict.fromkeys(t.strip() for t in ops.not_understood if t.strip()))
    read_from = {q: tuple(w) for q, w in ops.words.items() if q in answers}
    return Parsed(answers, ops.unchanged, flagged, frozenset(in_form & set(answers)), read_from)


# --- the form inside the reply ---------------------------------------------------------------

def _locate(lines: list[tuple[int, str]], questions: Sequence[Question]) -> _Form:
    form = _Form()
    current: Question | None = None
    pending: tuple[str, ...] = ()  # the rest of a header wrapped over more lines (per language)
    choice = [(q, o) for q in questions if q.type in CHOICE for o in q.options]
    last: tuple[str, str] | None = None  # the option line just above
    for i, (depth, text) in enumerate(lines):
        header = _header(text, questions)
        if header is not None:
            q, rest, pending = header
            if q.id in form.blocks:
                form.end, form.second_copy = i, True
                return form
            if form.start < 0:
                form.start, form.quoted = i, depth > 0
            current, last = q, None
            form.blocks[q.id] = []
            if rest:
                form.trailing[q.id] = rest
            continue
        if current is None:
            continue
        if is_end_line(text):
            form.end = i
            form.complete = len(form.blocks) == len(questions)
            return form
        if not text:
            last = None
        if text and any(p.startswith(_key(text)) for p in pending):
            pending = tuple(p[len(_key(text)):] for p in pending if p.startswith(_key(text)))
            continue
        pending = ()
        option = _option(text, current, choice)
        if option is not None:
            qid, name, state = option
            form.seen.setdefault(qid, set()).add(name)
            last = (qid, name)
            condition = _condition(text, name)
            if condition:
                form.conditions.setdefault(qid, []).append((name, condition, state))
            elif state is not None:
                form.marks.setdefault(qid, {}).setdefault(name, state)
            continue
        mark = _mark_below(text, last, choice)
        if mark is not None and last is not None:  # "x - den tager jeg gerne" under an option
            form.marks.setdefault(last[0], {})[last[1]] = mark
            last = None
        elif text and not is_service_line(text):
            if _HISTORY.match(text):
                form.end = i
                return form
            form.blocks[current.id].append(text)
    return form


def _key(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum())


def _header(text: str, questions: Sequence[Question]
            ) -> tuple[Question, str, tuple[str, ...]] | None:
    """(question, words typed after the header, the header's unseen rest if it wrapped: one
    per language whose hint fits as far as the line goes)."""
    match = _HEADER.match(text)
    if not match:
        return None
    number, name, rest = match.groups()
    found = next((q for q in questions if _key(name) in (_key(q.id), _key(label(q)))), None)
    if found is None and number and 0 < int(number) <= len(questions):
        found = questions[int(number) - 1]
    if found is None:
        return None
    tries = []
    for lang in languages():
        expected = _key(f"{found.text} ({hint(found, lang)})")
        used, left = _consume(rest, expected)
        tries.append((used, expected[len(expected) - left:] if left else ""))
    used = max(u for u, _ in tries)
    remaining = tuple(r for u, r in tries if u == used and r)
    if len(_key(rest[:used])) < min(10, len(_key(found.text))):
        return None
    after = rest[used:].strip(" )")
    return found, after, () if after else remaining


def _consume(text: str, expected: str) -> tuple[int, int]:
    """How many characters of ``text`` spell the start of ``expected`` (alphanumerics only),
    and how much of ``expected`` is left."""
    pos = 0
    for i, ch in enumerate(text):
        piece = _key(ch)
        if not piece:
            continue
        if not expected.startswith(piece, pos):
            return i, len(expected) - pos
        pos += len(piece)
        if pos == len(expected):
            end = i + 1
            while end < len(text) and text[end] in ") ":
                end += 1
            return end, 0
    return len(text), len(expected) - pos


def _option(text: str, current: Question, choice: list[tuple[Question, str]]
            ) -> tuple[str, str, bool | None] | None:
    """A box line ``[x] PFAS`` -> (question id, option, checked?); None when it is not one."""
    box = _BOX.match(text)
    if box is None:
        return None
    typed = words(box.group("rest"))
    pre = bool(box.group("pre"))
    if typed[:1] == ["x"] and len(typed) > 1:
        pre, typed = True, typed[1:]
    candidates = sorted(choice, key=lambda qo: (qo[0].id != current.id, -len(words(qo[1]))))
    for q, name in candidates:
        wanted = words(name)
        if len(typed) >= len(wanted) and all(word_matches(t, w) for t, w in
                                             zip(typed, wanted, strict=False)):
            after = typed[len(wanted):]
            mark = box.group("mark").strip().casefold()
            state = True if pre or mark in _CHECKED else False if mark in _UNCHECKED else None
            if _ARROW.search(box.group("rest")) or _TICK.search(box.group("rest")) or \
                    after and after[0] in _YES or \
                    " ".join(after) in _THIS:
                state = True  # "[ ] Lidt  <--", "[ ] Meget ← denne": an arrow marks it
                if after and after[0] not in _YES and removes(" ".join(after)):
                    state = False  # "[x] EIA  <-- no longer": the arrow points at a removal
            elif after and after[0] in _NO:
                state = False
            else:
                state = _comment(after, choice, state)
            return q.id, name, state
    return None


#: "[ ] Sekretær - den tager jeg gerne": a comment after an option that takes it
_TAKES = re.compile(r"\b(?:gerne|tager|take|taking|happy|glad|please|tilfoej\w*|add|yes|ja|ogsaa|also|too|"
                    r"naermest|closest)\b")  # "[ ] Klima  også", "[ ] Nogen - vel nærmest"
_STAND_IN = ("stedfortraed", "suppleant", "naestformand", "deputy", "vice", "substitute")
_CONDITION = frozenset(("hvis", "if", "evt", "maaske", "maybe", "unless", "medmindre"))
_UNTIL_LIMIT = re.compile(r"\b(?:kun til|frem til|indtil|until|till|only until)\b")


def _comment(after: list[str], choice: list[tuple[Question, str]], state: bool | None
             ) -> bool | None:
    """The state a member's comment after an option gives it ("[x] Formand KB: ikke mere, 4 år
    er nok" takes it away), unless it names another option or only sets a condition."""
    if not after or _CONDITION & set(after) or any(
            all(w in after for w in words(name)) for _, name in choice):
        return state
    text = " ".join(after)
    if removes(text):
        return False
    return True if _TAKES.search(text) else state


def _condition(text: str, name: str) -> str:
    """The member's comment after the option ``name`` on a box line, when it sets a condition
    ("kun hvis ingen andre melder sig", "if needed"); else ""."""
    box = _BOX.match(text)
    rest = box.group("rest") if box else ""
    at = len(rest) - len(rest.lstrip())
    for word in name.split():  # past the option's own words, as typed
        found = fold(rest).find(fold(word)[:4], at)
        if found < 0:
            return ""
        at = found + len(word)
    comment = _ARROW.sub(" ", rest[at:]).strip(" \t-–—:()")
    typed = words(comment)  # (or stands in for it: "[ ] Formand <- kan være stedfortræder")
    return comment if _CONDITION & set(typed) or any(w.startswith(_STAND_IN) for w in typed) or \
        _UNTIL_LIMIT.search(" ".join(typed)) else ""  # ("<- kun til sommer, så må en anden tage over")


def _mark_below(text: str, last: tuple[str, str] | None, choice: list[tuple[Question, str]]
                ) -> bool | None:
    """A line right under an option that starts with a mark and names no option: its mark."""
    typed = words(text)
    if last is None or not typed or typed[0] not in _YES | _NO:
        return None
    if any(all(w in typed for w in words(name)) for _, name in choice):
        return None
    return typed[0] in _YES


def _inline(q: Question, form: _Form, sent: str, reader: Reader, ops: Ops) -> str | None:
    """What the member changed inside question ``q`` of the quoted form; None if nothing."""
    if q.id not in form.blocks:
        return None
    extra = [form.trailing[q.id]] if q.id in form.trailing else []
    lines = [_INITIALS.sub("", line) for line in extra + form.blocks[q.id]]
    if q.type in CHOICE:
        before = set(chosen(q, sent))
        now = set(before)
        marks = form.marks.get(q.id, {})
        for name, state in marks.items():
            (now.add if state else now.discard)(name)
        for name, comment, mark in form.conditions.get(q.id, []):
            read = _read_condition(q, name, comment, reader, ops)
            taken = mark if read is None else read
            if taken is not None:
                (now.add if taken else now.discard)(name)
        kept = form.seen.get(q.id, set())
        if form.complete and kept and len(kept) < len(q.options) and not form.blocks[q.id]:
            # Option lines deleted from a form otherwise whole: what is left is the answer,
            # unless marks were changed too or only chosen lines were deleted ("[x] IE-direktivet"
            # gone, the "[ ]" lines left): then the deleted ones are only taken away.
            deleted = set(q.options) - kept
            if now == before and not deleted <= before:
                now = set(kept)
            now -= deleted
        if q.type == "single" and len(now) > 1 and any(line.strip() for line in lines):
            now = before  # two crosses and words beside them ("lidt om sommeren, nogen resten af
            ops.not_understood.extend(line.strip() for line in lines if line.strip())  # året"): asked
        elif q.type == "single" and len(now) > 1:
            now = (now - before) if len(now - before) == 1 else before
        for line in lines:
            value = answer_value(line)
            reader.line(value if value is not None else line, ops, q)
        return VALUE_SEP.join(o for o in q.options if o in now) if now != before else None
    typed = [v if (v := answer_value(line)) is not None else line for line in lines]
    typed = [t for t in typed if t.strip()]
    if len(typed) > 1 and _key(typed[0]) == _key(sent):  # "Svar: 12" left, "15 nu" below
        typed = typed[1:]
    elif len(typed) > 1 and _key(typed[-1]) == _key(sent):  # "LH: 8" typed above the old 7
        typed = typed[:-1]
    text = "\n".join(typed).strip()
    if _key(text) == _key(sent) or not text and "" not in map(answer_value, lines):
        return None  # as sent, or the answer line gone with the rest of a trimmed quote
    if q.type == "number":
        number = number_value(text) if text else ""
        trial = Ops()
        if number is None and reader.labelled(q, text, trial) and q.id in trial.values:
            number = trial.values[q.id]  # "15 - heraf 4 her i huset" typed after "Svar:"
            ops.not_understood.extend(trial.not_understood)
        if number is None or _IF_OTHER.search(text):  # "22 (24 hvis min tid i regionen tæller)"
            ops.not_understood.append(text)
        elif PLUS_OTHER.search(text):  # "3 (plus 2 as a student assistant)": 3 or 5 is asked
            ops.not_understood.append(text)
            return None
        return number
    return text


def _read_condition(q: Question, name: str, comment: str, reader: Reader, ops: Ops
                    ) -> bool | None:
    """An option with a condition typed after it, read as the member's sentence "<option>
    <comment>": taken (an offer "if needed"), taken away, or (a condition only the chair can
    weigh, "kun hvis ingen andre melder sig") held back and passed on with the member's words.
    None when the sentence says nothing about the option: its box's mark decides."""
    trial = Ops()
    reader.line(f"{name} {comment}", trial)
    offered = any(name in names and op in ("add", "set") for op, names in trial.ops.get(q.id, []))
    if trial.not_understood and offered and name not in trial.held.get(q.id, set()):
        ops.not_understood.append(f"{name}  {comment}")  # "[x] Sekretær (hvis ingen andre vil)":
        ops.read_from([q.id], f"{name}  {comment}")  # taken, and the chair told of its terms
        return True
    if name in trial.held.get(q.id, set()) or trial.not_understood:
        ops.held.setdefault(q.id, set()).add(name)
        ops.not_understood.append(f"{name}  {comment}")
        return None
    ops.read_from([q.id], f"{name}  {comment}")
    for op, names in trial.ops.get(q.id, []):
        if name in names and op in ("add", "set", "keep"):
            return True
        if name in names and op == "remove":
            return False
    return None


_IF_OTHER = re.compile(r"\(\s*\d+[^)]*\b(?:hvis|if|or|eller)\b", re.IGNORECASE)

_WRAP = 72  # Thunderbird (format=flowed) wraps at 72 columns, Gmail's text part at 76-78
_WIDEST = 80
_LABELLED = re.compile(r"^\s*(?:[^\W\d_][\w .()/-]{0,40}:|\d{1,2}\s*[.):]|[-•*>\[])")
_DASH_LABELLED = re.compile(r"^\s*([A-ZÆØÅ][a-zæøå]+(?: [a-zæøå]+)?)\s[-–—]\s")  # "Experience – 22 years"


#: "Formand: nej tak. Sekretær kan jeg godt ... arbejdet med" + "det i 11 år": a label's
#: answer that goes on as sentences, wrapped; the next line goes on in lower case
_GOES_ON = re.compile(r"^\s*[^\W\d_][\w ]{0,30}:\s")


#: "... changed since last" + "year: I've handed over ...": a wrapped sentence, not a label
_GOES_ON_LOWER = re.compile(r"^[a-zæøå]+:\s")


#: "men måske næste år. Tid: lidt": the rest of a wrapped sentence before a label on the line
_SENTENCE_FIRST = re.compile(r"^[a-zæøå][^:]*[.!?]\s")


#: a line ending in a word no sentence ends with: the client wrapped it ("... årene i" / "Region Midt.")
#: a line typed on to the next: it ends in "og", "and", "eller" or a comma
_UNFINISHED = re.compile(r"(?:\b(?:og|and|samt|eller|or)|[,&+])\s*$", re.IGNORECASE)
_DANGLING = re.compile(r"\b(?:i|på|til|og|med|af|om|fra|ved|the|of|in|on|to|and|with|at|from)\s*$",
                       re.IGNORECASE)


#: a label and a number start a line of their own ("erfaring 3 år nu"), never a wrapped one's end
_LABEL_NUMBER = re.compile(r"^\S+\s+\d")


def unwrap(text: str, labels: frozenset[str] = frozenset()) -> str:
    """Join the lines a client wrapped (Gmail's plain part, Thunderbird's format=flowed) back
    into the member's lines: a long line the next word would not have fitted on, followed by a
    line that is no label, list item or quote, nor the first of a list of short lines."""
    lines = text.split("\n")
    out: list[str] = []
    prev = ""  # the line above as the client sent it (not as joined)
    for i, line in enumerate(lines):
        first = line.split(maxsplit=1)[0] if line.strip() else ""
        below = lines[i + 1].strip() if i + 1 < len(lines) else ""
        listed = (len(line.split()) <= 3 and 0 < len(below.split()) <= 3  # "PFAS\nStøj\nLuft"
                  and not line.rstrip().endswith((".", "!", "?")))
        wrapped = (len(prev.rstrip()) + 1 + len(first) > _WRAP  # the word did not fit
                   and len(prev.rstrip()) <= _WIDEST  # no client wraps a longer line
                   and not prev.rstrip().endswith(":")
                   and (not _LABELLED.match(prev) or _GOES_ON.match(prev) and first.islower()
                        or _DANGLING.search(prev) is not None))
        flowed = prev.endswith(" ")  # format=flowed's soft line break, if the space survived
        dash = _DASH_LABELLED.match(line)  # "Experience – 22 years": a label of its own
        # "erfaring 3 år nu": a label and a number, a line of its own
        numbered = fold(first.rstrip(":")) in labels and _LABEL_NUMBER.match(line.strip())
        if out and _UNFINISHED.search(prev) and first[:1].islower() and not _LABELLED.match(line):
            out[-1] = out[-1].rstrip() + " " + line.strip()  # "tilføj klima og" / "power to x."
        elif (len(prev) >= 50 and first and not listed
                and not (dash and set(words(dash.group(1))) <= labels) and not numbered
                and (not _LABELLED.match(line) or _SENTENCE_FIRST.match(line)
                     or _GOES_ON_LOWER.match(line) and prev.rstrip()[-1:].isalpha()
                     and fold(line.split(":", 1)[0]) not in labels)  # "andet: ...": a label
                and (wrapped or flowed)):
            out[-1] = out[-1].rstrip() + " " + line.strip()
        else:
            out.append(line)
        prev = line
    return "\n".join(out)


#: an emoji, then a label and its colon: "Skal nok komme d. 21 🙂 tid: meget i foråret"
_EMOJI_LABEL = re.compile(r"(?<=[\U0001F300-\U0001FAFF\u2600-\u27BF])\s+(?=(\w+):)")


def _at_emoji_label(line: str, labels: frozenset[str]) -> list[str]:
    """The line, split where a label follows an emoji: two lines the phone ran together."""
    for m in _EMOJI_LABEL.finditer(line):
        if fold(m.group(1)) in labels:
            return [line[:m.start()], *_at_emoji_label(line[m.end():], labels)]
    return [line]


def _own_words(raw: list[str], reader: Reader, ops: Ops, questions: Sequence[Question]) -> None:
    visible = unwrap(split_reply("\n".join(raw)).visible,
                     frozenset(w for q in questions for w in (fold(q.id), *reader.labels[q.id])))
    scope: Question | None = None
    choice = [(q, o) for q in questions if q.type in CHOICE for o in q.options]
    labels = frozenset(w for q in questions for w in (fold(q.id), *reader.labels[q.id]))
    lines = [part for line in with_corrections_joined(visible.split("\n"))  # "Correction: make that 12"
             for part in _at_emoji_label(line, labels)]
    for at, line in enumerate(lines):
        if _signs_off(line, lines[at + 1:], reader):
            break  # "Mads Thorsen" / "Miljøafdelingen": the name, then title and workplace
        depth, text = clean(line)
        if not text:
            scope = None
            continue
        text = corrected(text, lambda t: _gives_answer(reader, t),  # "Tid: lidt, nej nogen"
                         lambda t: bool(find_options(words(t), reader.options)))
        if depth or is_service_line(text) or answer_value(text) == "":
            continue
        if _HISTORY.match(text) or SIGNOFF.match(" ".join(words(text))):
            break  # an attribution or a closing the quote remover let through: the rest is not
        box = _option(text, scope or questions[0], choice) if choice else None
        if box is not None:  # a form line copied into the own text: only its x counts
            if box[2]:
                ops.add(box[0], "set", [box[1]])
            continue
        scope = reader.line(text, ops, scope)


def _gives_answer(reader: Reader, text: str) -> bool:
    """Does ``text`` answer something: a number, an option, a removal?"""
    return bool(numbers(text) or find_options(words(text), reader.options) or removes(text))


def _signs_off(line: str, below: list[str], reader: Reader) -> bool:
    """Is ``line`` the member's own name with only a signature block under it (short lines
    that are no sentences: title, department, workplace, phone)?"""
    typed = words(line)
    if not typed or len(typed) > 4 or not set(typed) <= reader.names:
        return False
    rest = [b.strip() for b in below if b.strip()]
    return all(len(b) <= 60 and len(words(b)) <= 6 and not b.endswith((".", "!", "?", ":"))
               for b in rest)


def _clear_texts(questions: Sequence[Question], sent: Mapping[str, str], answers: dict[str, str],
                 ops: Ops) -> None:
    """"Linjen om orloven kan bare slettes": the pre-filled text answer that speaks of it is
    cleared; when none does, the member's sentence goes to the chair."""
    for about, sentence in ops.clears:
        hits = [q for q in questions if q.type == "text" and q.id not in ops.values
                and any(a.startswith(w[:max(4, len(w) - 1)])  # "orloven": "Orlov til ..."
                        for w in words(sent.get(q.id, "")) if len(w) >= 4
                        for a in fold(about).split() if len(a) >= 4)]
        if len(hits) == 1:
            answers[hits[0].id] = ""
            ops.read_from([hits[0].id], sentence)
        else:
            ops.not_understood.append(sentence)


def _without(q: Question, value: str, sent: str, held: set[str]) -> str | None:
    """``value`` less the options the chair must settle, unless the form already had them."""
    had = set(split_values(sent))
    kept = [v for v in split_values(value) if v not in held or v in had]
    if q.type == "single" and len(kept) != len(split_values(value)):
        return None
    joined = VALUE_SEP.join(kept)
    return None if set(kept) == had else joined


def _combine(q: Question, sent: str, inline: str | None, ops: Ops) -> str | None:
    said = ops.ops.get(q.id, [])
    more = ops.values.get(q.id, "")
    if q.type == "number" and more.startswith("+"):  # "et år mere end sidst": from the old answer
        if sent.strip().isdigit():
            return str(int(sent) + int(more[1:]))
        ops.not_understood.extend(ops.words.get(q.id, [more]))
        return None
    if q.type not in CHOICE:  # (an emptied "Svar:" line clears a text answer)
        return ops.values.get(q.id, inline) if q.id in ops.values or inline or (
            inline == "" and q.type == "text") else (sent if said else None)
    if inline is None and not said:
        return None
    before = set(chosen(q, sent))
    now = set(chosen(q, inline)) if inline is not None else set(before)
    sets = [set(names) for op, names in said if op == "set"]
    if sets and all(sets) and q.type == "multi" and any(  # ("no more roles": none, whatever else)
            op == "remove" and set(names) & (before - set().union(*sets)) for op, names in said):
        # "sekretær ok. ikke formand": one option taken, another given up; what is not named stays
        said, sets = [("add" if op == "set" else op, names) for op, names in said], []
    if sets:
        now = set().union(*sets) | ((now - before) if q.type == "multi" else set())
        if q.type == "single":
            now = sets[-1]
    for op, names in said:
        if op == "add":
            now |= set(names)
        elif op == "remove":
            now -= set(names)
    return VALUE_SEP.join(o for o in q.options if o in now)
