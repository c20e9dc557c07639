"""What a reply to an action reminder or a follow-up says about the member's actions. Pure.

Understood, per action: ``done`` ("3 er færdig", "nr. 2 og 5 done", "Færdig" for all of them),
a new due date (``due``: "udsættes til 1. juni", "ny frist 01.06", "push 4 two weeks"), a
``note`` ("3: venter på tal fra kommunen", "Note: …", or words typed under the quoted action
line), and ``not_mine`` ("ikke min", "not mine": the chair reassigns it). Everything else that
is not small talk is returned as ``unclear`` for the chair, quoted. Nothing is guessed:

- a reference is an action id the member owns, in reference position (after "nr", "opgave",
  "#", at the start of a clause, in a list "2, 3 og 5"), never a number inside a date or period;
- "færdig" negated, hedged or in the future ("ikke færdig", "næsten done", "bliver færdig")
  is not done; a question is never an instruction;
- without a reference: the action under the quoted line (inline replies), the one action an
  earlier clause of the sentence named ("kan ikke nå 4 inden fristen, så jeg sætter den til
  11. december"), the one action the description names, the member's only open action, or all
  of them when the words say so ("Færdig", "alle er færdige", "all done"; never after a clause
  that named actions, nor when a count or a number says otherwise: "begge" of four actions,
  "nr. 5" she does not have); otherwise the sentence goes to the chair;
- "all done except 4, which I'll finish next week": done for the others, a note on 4;
- the action's own verb said as done counts as done ("Send invitation …" → "12 er sendt ud",
  "Book lokale" → "er booket"), but not when it was passed on ("har sendt det til Søren");
- "jeg når ikke 4 før 15/6", "I won't make 4 before 15 January": that day is the new due date;
- "droppet", "aflyst", "cancelled": a note, and the chair decides;
- free words become a note only when they can belong to one action alone: the member's only
  open action, or the one action the same paragraph is about; in a paragraph with a question,
  or about the member being away ("jeg er på juleferie fra …"), they go to the chair.
Lines the client wrapped are joined first (tovholder.replies.form_reply.unwrap).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from tovholder.mailer.quotes import visible_text
from tovholder.replies import fuzzy
from tovholder.replies.action_words import (
    ABBREV,
    ABSENT,
    ACK,
    ALL,
    BY,
    CANCEL,
    CANNOT,
    CHAT,
    CONTRAST,
    COUNT,
    DONE_WORDS,
    EXCEPT,
    FILLER,
    FIRST_PERSON,
    FUTURE,
    GREETING,
    HEDGE,
    MARK,
    NOT_MINE_PHRASES,
    NOTE_MARK,
    PIECE,
    POSTPONE,
    REACH,
    REF_AFTER,
    REF_WORDS,
    SINGULAR,
    SPLIT_SENTENCE,
    WORD,
)
from tovholder.replies.dates import DateFound, find_dates
from tovholder.replies.form_reply import unwrap

DONE, DUE, NOTE, NOT_MINE = "done", "due", "note", "not_mine"
FAR_AHEAD = 300  # a new due date without a year further ahead than this is a misreading


@dataclass(frozen=True)
class ActionInfo:
    id: str
    description: str
    due: dt.date | None
    open: bool = True


@dataclass(frozen=True)
class Change:
    action: str  # the action id
    op: str  # done | due | note | not_mine
    value: str = ""  # due: ISO date; note: the member's words


@dataclass
class ActionReply:
    changes: list[Change] = field(default_factory=list)
    unclear: list[str] = field(default_factory=list)  # sentences for the chair, as written

    @property
    def empty(self) -> bool:
        return not self.changes and not self.unclear


def parse_action_reply(body: str, actions: Sequence[ActionInfo], today: dt.date) -> ActionReply:
    """``body``: the reply as received (text, or HTML converted); ``actions``: the member's.

    Free words (about no action by number) are a note on the member's only open action, or on
    the one action the sentences of the same paragraph are about; in a paragraph with a question
    they go with the question to the chair, and otherwise to the chair too."""
    ids = {a.id.strip().casefold(): a for a in actions if a.id.strip()}
    reply = ActionReply()
    free: list[tuple[str, int]] = []
    about: dict[int, set[str]] = {}  # paragraph: the actions its sentences changed
    asking: set[int] = set()  # paragraphs with a question in them
    for sentence, inline, para in _sentences(unwrap(visible_text(body)), ids):
        known = len(reply.changes)
        if _sentence(sentence, inline, ids, today, reply, free, para):
            asking.add(para)
        about.setdefault(para, set()).update(c.action for c in reply.changes[known:] if c.action)
    open_ = [a for a in actions if a.open]
    targets = {c.action for c in reply.changes if c.action}
    only = open_[0].id if len(open_) == 1 and targets <= {open_[0].id} else ""
    for text, para in free:
        near = about.get(para, set())
        said = set(_words(text))
        if para in asking or said & ABSENT and said & FIRST_PERSON:  # "jeg er på ferie fra ..."
            reply.unclear.append(text)
        elif only or len(near) == 1:
            reply.changes.append(Change(only or next(iter(near)), NOTE, text))
        else:
            reply.unclear.append(text)
    return _one_note_each(reply)


def _one_note_each(reply: ActionReply) -> ActionReply:
    """Several notes on one action from one reply are one note, in the member's order."""
    notes: dict[str, list[str]] = {}
    for c in reply.changes:
        if c.op == NOTE:
            notes.setdefault(c.action, []).append(c.value)
    changes, seen = [], set()
    for c in reply.changes:
        if c.op != NOTE:
            changes.append(c)
        elif c.action not in seen:
            seen.add(c.action)
            changes.append(Change(c.action, NOTE, " ".join(notes[c.action])))
    reply.changes = changes
    return reply


def _sentences(text: str, ids: dict[str, ActionInfo]) -> list[tuple[str, str, int]]:
    """(sentence, the action of the quoted line above it, its paragraph) for the member's own
    lines; an empty or quoted line ends a paragraph."""
    out: list[tuple[str, str, int]] = []
    inline = ""
    para, gap = 0, False
    for line in text.splitlines():
        if line.lstrip().startswith(">"):
            m = re.match(r"[\s>]*[-*•]?\s*#?([\w./-]+?)\s*[:.)]\s", line + " ")
            if m and m[1].casefold() in ids:
                inline = ids[m[1].casefold()].id
            gap = True
            continue
        if not line.strip():
            gap = True
            continue
        if gap:
            para, gap = para + 1, False
        for part in _split_sentences(line.strip()):
            if part:
                out.append((part, inline, para))
    return out


def _split_sentences(line: str) -> list[str]:
    parts, start = [], 0
    for m in SPLIT_SENTENCE.finditer(line):
        before = line[start:m.start()].rstrip(".!?")
        last = before.split()[-1].casefold() if before.split() else ""
        nxt = line[m.end():m.end() + 1]
        if line[m.start() - 1] == "." and (last in ABBREV or last.isdigit() and nxt.islower()
                                           or nxt.islower()):
            continue  # "nr. 2", "1. juni", "ca. en uge"
        parts.append(line[start:m.start()].strip())
        start = m.end()
    parts.append(line[start:].strip())
    return [p for p in parts if p]


def _words(text: str) -> list[str]:
    words = [w.casefold().replace("’", "'") for w in WORD.findall(text)]
    # "begge dele er ordnet" is "both are done", not "parts of it"
    return [w for i, w in enumerate(words)
            if not (w in ("dele", "delene") and i and words[i - 1] == "begge")]


def _has_phrase(words: list[str], phrases: list[list[str]]) -> bool:
    return any(words[i:i + len(p)] == p for p in phrases for i in range(len(words)))


@dataclass
class _Piece:
    text: str
    refs: list[str]
    dates: list[DateFound]
    rest: list[str]  # words that are neither references nor dates
    verbs: frozenset[str] = frozenset()  # "sendt", "booket": the referenced actions' own verbs
    foreign: tuple[str, ...] = ()  # numbers in reference position that are not the member's

    @property
    def words(self) -> list[str]:
        return _words(self.text)

    def postpones(self) -> bool:
        return any(x.startswith(POSTPONE) for x in self.words)

    def op(self) -> str:
        w = self.words
        if _has_phrase(w, NOT_MINE_PHRASES):
            return NOT_MINE
        postpone = any(x.startswith(POSTPONE) for x in w)
        future = (any(x in FUTURE for x in w) or bool(_IN_TIME.search(self.text))) \
            and not any(x in MARK for x in w)
        i = _done_at(w)
        if i < 0:
            i = _did_at(w, self.verbs)
        if self.dates and (postpone or i >= 0 and (future or any(x in BY for x in w))):
            return DUE
        if self.dates and set(w) & REACH and set(w) & CANNOT and set(w) & BY:
            return DUE  # "jeg når ikke 4 før 15/6": not before that day, so due then
        if i >= 0 and not future and not any(x in HEDGE for x in w):
            return DONE
        return ""


# "færdig om 2 dage", "done in a week": a promise, not a report
_IN_TIME = re.compile(r"\b(?:om|in|within|inden for)\s+(?:\d+|en|et|to|tre|fire|a|an|one|two|"
                      r"three|a few|et par|nogle)\s+(?:dag|dage|uge|uger|måned|måneder|day|days|"
                      r"week|weeks|month|months)\b", re.IGNORECASE)
_AUX = {"er", "har", "blev", "var"}
_AUX_EN = {"is", "has", "have", "was", "were", "been", "i've", "we've", "are", "had"}
_IRREGULAR = {"skriv": {"skrevet"}, "giv": {"givet"}, "tag": {"taget"}, "få": {"fået"},
              "gør": {"gjort"}, "find": {"fundet"}, "sæt": {"sat"}}
_IRREGULAR_EN = {"send": {"sent"}, "write": {"written"}, "find": {"found"}, "make": {"made"},
                 "buy": {"bought"}, "get": {"got", "gotten"}, "give": {"given"},
                 "take": {"taken"}, "do": {"done"}, "draw": {"drawn"}}
_PASSED_ON = {"til", "videre", "to", "on", "over", "forward"}
_NOT_PARTICIPLE = {"lavt", "godt", "helt", "nyt", "klart", "fast", "let", "sent", "stort"}


def participles(description: str) -> frozenset[str]:
    """The past participles of the verb an action's description starts with ("Send invitation"
    → "sendt", "sent"; "Book lokale" → "booket", "booked"; "Ring til" → "ringet")."""
    first = _words(description)[:1]
    if not first or len(first[0]) < 3 or not first[0].isalpha():
        return frozenset()
    v = first[0]
    forms = {v + "t", v + "et", v + "ed", v + v[-1] + "et", v + v[-1] + "ed"}
    if v.endswith("e"):
        forms |= {v + "d", v[:-1] + "et", v[:-1] + "ed"}
    forms |= _IRREGULAR.get(v, set()) | _IRREGULAR_EN.get(v, set())
    return frozenset(forms - _NOT_PARTICIPLE)


def _did_at(words: list[str], verbs: frozenset[str]) -> int:
    """Where the action's own verb is said as done ("er sendt", "har booket", "is booked"):
    after a form of "være"/"have" in the same language (a few words may come between)."""
    english = set().union(*_IRREGULAR_EN.values())
    for i, w in enumerate(words):
        if w not in verbs:
            continue
        aux = _AUX_EN if w.endswith("ed") or w in english else _AUX
        if set(words[i + 1:]) & _PASSED_ON:
            return -1  # "har sendt det til Søren": passed on, not necessarily done
        if any(x in aux for x in words[max(0, i - 3):i]):
            return i
    return -1


def _done_at(words: list[str]) -> int:
    return next((i for i, w in enumerate(words) if w in DONE_WORDS or w in ("på", "taken") and
                 words[i + 1:i + 2] in (["plads"], ["care"])), -1)


def _pieces(sentence: str, ids: dict[str, ActionInfo], today: dt.date) -> list[_Piece]:
    """The clauses of a sentence, each with its own instruction ("3 er færdig, 5 udsættes til
    1. juni"); a clause of references only ("nr. 2 og 5 er done") and a postponement split from
    its date ("udsæt 3 og 7 til 1. april") are joined again."""
    pieces = []
    for part in CONTRAST.split(sentence):
        if part and part.strip():
            pieces += [_piece(p, ids, today) for p in PIECE.split(part) if p and p.strip()]
    joined: list[_Piece] = []
    for piece in pieces:
        last = joined[-1] if joined else None
        if last is not None and not last.dates and piece.dates and last.postpones() and \
                not piece.op():
            joined[-1] = _Piece(f"{last.text} og {piece.text}", last.refs + piece.refs,
                                piece.dates, last.rest + piece.rest, last.verbs | piece.verbs)
        else:
            joined.append(piece)
    pieces = joined
    merged: list[_Piece] = []
    pending: list[_Piece] = []  # pieces that are only references: "2", "nr. 2"
    for piece in pieces:
        if piece.refs and not piece.rest and not piece.dates:
            pending.append(piece)
            continue
        if pending:
            piece = _Piece(" og ".join([*(p.text for p in pending), piece.text]),
                           [r for p in pending for r in p.refs] + piece.refs, piece.dates,
                           piece.rest, piece.verbs.union(*(p.verbs for p in pending)))
            pending = []
        merged.append(piece)
    if pending and merged:
        last = merged.pop()
        merged.append(_Piece(last.text + " og " + " og ".join(p.text for p in pending),
                             last.refs + [r for p in pending for r in p.refs], last.dates,
                             last.rest, last.verbs.union(*(p.verbs for p in pending))))
    elif pending:
        merged = pending
    return merged


def _piece(text: str, ids: dict[str, ActionInfo], today: dt.date) -> _Piece:
    dates = find_dates(text, today)
    plain = text
    for d in reversed(dates):
        plain = plain[:d.start] + " " + plain[d.end:]
    refs: list[str] = []
    rest: list[str] = []
    foreign: list[str] = []
    tokens = re.findall(r"#?[\wæøåÆØÅ./-]+|[✅✔☑👍]", plain)
    for i, token in enumerate(tokens):
        key = token.lstrip("#").rstrip(".:)").casefold()
        before = tokens[i - 1].rstrip(".:").casefold() if i else ""
        listed = before in ("og", "and", "&", "samt", "eller", "or") and (
            i == 1 or i >= 2 and tokens[i - 2].lstrip("#").rstrip(".:),").casefold() in ids)
        if key in ids and (i == 0 or token.startswith("#") or before in REF_WORDS or listed
                           or before.lstrip("#") in ids or before.startswith(POSTPONE)
                           or before in MARK or before in DONE_WORDS or before == "for"
                           or before in REF_AFTER):
            refs.append(ids[key].id)
        elif key.isdigit() and (i == 0 or token.startswith("#") or before in REF_WORDS):
            foreign.append(key)  # "nr. 6 er færdig" from someone who does not own 6
            rest.append(key)
        elif fuzzy.fold(key) not in REF_WORDS and key not in ("og", "and", "&", "samt") \
                and not (key in ("dele", "delene") and before == "begge"):
            rest.append(key)
    about = refs or (list(ids) if len(ids) == 1 else [])
    verbs = frozenset().union(*(participles(ids[r.casefold()].description) for r in about))
    return _Piece(text, refs, dates, rest, verbs, tuple(foreign))


def _sentence(sentence: str, inline: str, ids: dict[str, ActionInfo], today: dt.date,
              reply: ActionReply, free: list[tuple[str, int]], para: int) -> bool:
    """Read one sentence into ``reply``; True when it is a question (its paragraph goes to the
    chair with it)."""
    words = _words(sentence)
    if not words or set(words) <= CHAT or set(words) <= CHAT | ACK \
            or words[0] in GREETING and len(words) <= 3 \
            or len(words) <= 2 and not set(words) & DONE_WORDS \
            and all(w[:1].isupper() and w.isalpha() for w in sentence.split()):
        return False
    if sentence.rstrip().endswith("?"):
        reply.unclear.append(sentence)
        return True
    note = NOTE_MARK.match(sentence)
    if note:
        named = [ids[w].id for w in _words(sentence[:note.end()]) if w in ids]
        refs = named or ([inline] if inline else [])
        text = sentence[note.end():].strip()
        if refs and text:
            reply.changes += [Change(r, NOTE, text) for r in refs]
        elif text:
            free.append((text, para))
        return False
    if _all_but(sentence, ids, reply):
        return False
    pieces = _pieces(sentence, ids, today)
    ops = [p.op() for p in pieces]
    for k, piece in enumerate(pieces):  # "flyt 3 til 15. januar og 4 til 1. februar"
        if not ops[k] and k and ops[k - 1] == DUE and piece.refs and len(piece.dates) == 1:
            ops[k] = DUE
    if not any(ops):
        refs = [r for p in pieces for r in p.refs]
        lead = _LEAD_REF.match(sentence)
        if lead and lead[1].casefold() in ids:
            reply.changes.append(Change(ids[lead[1].casefold()].id, NOTE, lead[2].strip()))
        elif inline and not refs:
            reply.changes.append(Change(inline, NOTE, sentence))
        elif refs and len(set(refs)) == 1:
            reply.changes.append(Change(refs[0], NOTE, sentence))
        else:
            free.append((sentence, para))
            return False
        if set(words) & CANCEL:  # "nr. 2 er droppet": not done; the chair decides
            reply.unclear.append(sentence)
        return False
    targets_of: list[list[str]] = []
    for k, (piece, op) in enumerate(zip(pieces, ops, strict=True)):
        named_before = any(p.refs for p in pieces[:k])  # then "all of them" is no reading
        targets_of.append((piece.refs or ([inline] if inline else [])
                           or _mentioned(pieces[:k], piece)
                           or ([] if named_before else _implied(piece, op, ids)))
                          if op else [])
    acted = {t for targets in targets_of for t in targets}
    # "Ikke min – det er Søren, der plejer at …" about no action: the whole sentence goes to
    # the chair once; its other clauses only explain it and are not asides of their own.
    orphan = any(op == NOT_MINE and not targets for op, targets in zip(ops, targets_of,
                                                                       strict=True))
    said: list[tuple[str, list[str]]] = []  # (op, targets) of the clauses before
    for piece, op, targets in zip(pieces, ops, targets_of, strict=True):
        if not op:
            if not orphan:
                _aside(piece, acted, reply)
            continue
        if said and said[-1][0] == op == NOT_MINE and (not targets or targets == said[-1][1]):
            continue  # "7 is not mine, it belongs to Søren": the same action, said twice
        said.append((op, targets))
        if not targets:
            if op == NOT_MINE:
                reply.changes.append(Change("", NOT_MINE, sentence))
            else:
                reply.unclear.append(piece.text)
            continue
        if op == DUE:
            _due(piece, targets, ids, today, reply)
        else:
            reply.changes += [Change(t, op) for t in targets]
    return False


_LEAD_REF = re.compile(r"\s*(?:nr\.?|opgave|#)?\s*#?([\w./-]+)\s*[:)–-]\s*(.+)", re.I)


def _aside(piece: _Piece, acted: set[str], reply: ActionReply) -> None:
    """A clause that changes nothing, next to one that does: the reason for the change ("kan
    ikke nå 4 inden fristen, så ..."), a note on the one action it names ("2: færdig, 3:
    mangler stadig svar"), or words for the chair."""
    if not set(piece.words) - CHAT:
        return
    own = set(piece.refs)
    if own and own <= acted:
        return
    if len(own) == 1:
        lead = _LEAD_REF.match(piece.text)
        text = lead[2].strip() if lead and lead[1].casefold() == piece.refs[0].casefold() \
            else piece.text
        reply.changes.append(Change(piece.refs[0], NOTE, text))
        return
    reply.unclear.append(piece.text)


def _mentioned(before: list[_Piece], piece: _Piece) -> list[str]:
    """The action an earlier clause of the sentence named, for a clause that says "den"/"it"
    or names nothing ("jeg kan ikke nå 4 inden fristen, så jeg sætter den til 11. december")."""
    named = {r for p in before for r in p.refs}
    if len(named) != 1 or set(piece.words) & ALL or any(w.isdigit() for w in piece.rest):
        return []
    content = {w for w in piece.rest if w not in FILLER | DONE_WORDS | FUTURE | BY | CHAT
               | SINGULAR and not w.startswith(POSTPONE)}
    return [] if content else [next(iter(named))]  # "den anden", "resten": another one


_EXCEPT = re.compile(r"[\s,]+(?:" + "|".join(e.replace(" ", r"\s+") for e in EXCEPT) +
                     r")\s+", re.I)
_LISTED = re.compile(r"\s*(?:(?:nr|no|nummer|number|opgave|action|#)\.?\s*)?#?([\w./-]+?)"
                     r"(?:\s*(?:,|og|and|&|samt)\s*|(?=[\s,;.!–-]|$))", re.I)


def _all_but(sentence: str, ids: dict[str, ActionInfo], reply: ActionReply) -> bool:
    """"All done except 4, which I'll finish next week", "alle undtagen nr. 4 er færdige":
    done for every other open action; what is said after the exception is a note on it."""
    m = _EXCEPT.search(sentence)
    if not m:
        return False
    head, tail = sentence[:m.start()], sentence[m.end():]
    excepted, pos = [], 0
    while (ref := _LISTED.match(tail, pos)) and ref[1].casefold() in ids and ref.end() > pos:
        excepted.append(ids[ref[1].casefold()].id)
        pos = ref.end()
    if not excepted:
        return False
    rest = tail[pos:].strip(" ,;–-")
    said = _words(head)
    after = _words(rest)
    done_after = bool(after) and set(after) <= FILLER | DONE_WORDS | CHAT and \
        _done_at(after) >= 0
    if not set(said) & ALL or set(said) & (HEDGE | FUTURE) or \
            _done_at(said) < 0 and not done_after:
        return False
    reply.changes += [Change(a.id, DONE) for a in ids.values()
                      if a.open and a.id not in excepted]
    if rest and not done_after and set(after) - CHAT:
        if len(excepted) == 1:
            reply.changes.append(Change(excepted[0], NOTE, rest[:1].upper() + rest[1:]))
        else:
            reply.unclear.append(rest)
    return True


def _implied(piece: _Piece, op: str, ids: dict[str, ActionInfo]) -> list[str]:
    """The actions a clause without a reference means, or [] when that is a guess."""
    if piece.foreign:
        return []  # it names an action, just not one of theirs: never move it onto another
    open_ = [a for a in ids.values() if a.open]
    words = set(piece.words)
    named = [a.id for a in open_ if _names(piece.rest, a.description)]
    if len(named) == 1:
        return named
    if len(open_) == 1:
        return [open_[0].id]
    if op == DONE and words & SINGULAR:
        return []
    if any(w.isdigit() and w != str(len(open_)) for w in piece.rest) or \
            any(COUNT.get(w, len(open_)) != len(open_) for w in words):
        return []  # "nr. 5 er færdig" with no action 5, "begge" of four: not "all of them"
    content = {w for w in piece.rest if w not in FILLER | DONE_WORDS | ALL | FUTURE | BY | CHAT
               and not w.startswith(POSTPONE) and not w.isdigit()}
    if not content and (op == DONE or op == DUE and words & ALL):
        return [a.id for a in open_]
    return []


def _names(words: list[str], description: str) -> bool:
    """True when the words name the action: most of its longer description words are there."""
    wanted = [w for w in fuzzy.words(description) if len(w) >= 4 and w not in fuzzy.LINKS]
    typed = [fuzzy.fold(w) for w in words if len(w) >= 4]
    hits = sum(any(fuzzy.word_matches(t, w) for t in typed) for w in wanted)
    return bool(wanted) and hits >= min(2, len(wanted))


def _due(piece: _Piece, targets: list[str], ids: dict[str, ActionInfo], today: dt.date,
         reply: ActionReply) -> None:
    found = [d for d in piece.dates if d.resolved]
    if len(found) != 1 or len(piece.dates) != 1:
        reply.unclear.append(piece.text)
        return
    date = found[0]
    for target in targets:
        action = ids[target.casefold()]
        base = action.due if action.due and action.due >= today else today
        day = date.day or date.after(base)
        if day < today or not date.explicit_year and (day - today).days > FAR_AHEAD:
            reply.unclear.append(piece.text)
            return
        reply.changes.append(Change(target, DUE, day.isoformat()))
