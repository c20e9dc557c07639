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
- without a reference: the action under the quoted line (inline replies), the one action the
  description names, the member's only open action, or all of them when the words say so
  ("Færdig", "alle er færdige", "all done"); otherwise the sentence goes to the chair;
- free words become a note only when they can belong to one action alone.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from mailer import fuzzy
from mailer.actionwords import (
    ABBREV,
    ALL,
    BY,
    CHAT,
    CONTRAST,
    DONE_WORDS,
    FILLER,
    FUTURE,
    GREETING,
    HEDGE,
    MARK,
    NOT_MINE_PHRASES,
    NOTE_MARK,
    PIECE,
    POSTPONE,
    REF_WORDS,
    SINGULAR,
    SPLIT_SENTENCE,
    WORD,
)
from mailer.quotes import visible_text
from mailer.replydates import DateFound, find_dates

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
    """``body``: the reply as received (text, or HTML converted); ``actions``: the member's."""
    ids = {a.id.strip().casefold(): a for a in actions if a.id.strip()}
    reply = ActionReply()
    free: list[str] = []
    for sentence, inline in _sentences(visible_text(body), ids):
        _sentence(sentence, inline, ids, today, reply, free)
    targets = {c.action for c in reply.changes if c.action}
    open_ = [a for a in actions if a.open]
    sole = next(iter(targets)) if len(targets) == 1 else open_[0].id if len(open_) == 1 and \
        not targets else ""
    for text in free:
        if sole:
            reply.changes.append(Change(sole, NOTE, text))
        else:
            reply.unclear.append(text)
    return reply


def _sentences(text: str, ids: dict[str, ActionInfo]) -> list[tuple[str, str]]:
    """(sentence, the action of the quoted line above it) for the member's own lines."""
    out: list[tuple[str, str]] = []
    inline = ""
    for line in text.splitlines():
        if line.lstrip().startswith(">"):
            m = re.match(r"[\s>]*[-*•]?\s*#?([\w./-]+?)\s*[:.)]\s", line + " ")
            if m and m[1].casefold() in ids:
                inline = ids[m[1].casefold()].id
            continue
        for part in _split_sentences(line.strip()):
            if part:
                out.append((part, inline))
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
    return [w.casefold().replace("’", "'") for w in WORD.findall(text)]


def _has_phrase(words: list[str], phrases: list[list[str]]) -> bool:
    return any(words[i:i + len(p)] == p for p in phrases for i in range(len(words)))


@dataclass
class _Piece:
    text: str
    refs: list[str]
    dates: list[DateFound]
    rest: list[str]  # words that are neither references nor dates

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
        future = any(x in FUTURE for x in w) and not any(x in MARK for x in w)
        i = _done_at(w)
        if self.dates and (postpone or i >= 0 and (future or any(x in BY for x in w))):
            return DUE
        if i >= 0 and not future and not any(x in HEDGE for x in w):
            return DONE
        return ""


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
                                piece.dates, last.rest + piece.rest)
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
                           piece.rest)
            pending = []
        merged.append(piece)
    if pending and merged:
        last = merged.pop()
        merged.append(_Piece(last.text + " og " + " og ".join(p.text for p in pending),
                             last.refs + [r for p in pending for r in p.refs], last.dates,
                             last.rest))
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
    tokens = re.findall(r"#?[\wæøåÆØÅ./-]+|[✅✔☑👍]", plain)
    for i, token in enumerate(tokens):
        key = token.lstrip("#").rstrip(".:)").casefold()
        before = tokens[i - 1].rstrip(".:").casefold() if i else ""
        listed = before in ("og", "and", "&", "samt", "eller", "or") and i >= 2 and \
            tokens[i - 2].lstrip("#").rstrip(".:),").casefold() in ids
        if key in ids and (i == 0 or token.startswith("#") or before in REF_WORDS or listed
                           or before.lstrip("#") in ids or before.startswith(POSTPONE)
                           or before in MARK or before in DONE_WORDS or before == "for"):
            refs.append(ids[key].id)
        elif fuzzy.fold(key) not in REF_WORDS and key not in ("og", "and", "&", "samt"):
            rest.append(key)
    return _Piece(text, refs, dates, rest)


def _sentence(sentence: str, inline: str, ids: dict[str, ActionInfo], today: dt.date,
              reply: ActionReply, free: list[str]) -> None:
    words = _words(sentence)
    if not words or set(words) <= CHAT or words[0] in GREETING and len(words) <= 3 \
            or len(words) <= 2 and not set(words) & DONE_WORDS \
            and all(w[:1].isupper() and w.isalpha() for w in sentence.split()):
        return
    if sentence.rstrip().endswith("?"):
        reply.unclear.append(sentence)
        return
    note = NOTE_MARK.match(sentence)
    if note:
        named = [ids[w].id for w in _words(sentence[:note.end()]) if w in ids]
        refs = named or ([inline] if inline else [])
        text = sentence[note.end():].strip()
        if refs and text:
            reply.changes += [Change(r, NOTE, text) for r in refs]
        elif text:
            free.append(text)
        return
    pieces = _pieces(sentence, ids, today)
    ops = [p.op() for p in pieces]
    if not any(ops):
        refs = [r for p in pieces for r in p.refs]
        lead = re.match(r"\s*(?:nr\.?|opgave|#)?\s*#?([\w./-]+)\s*[:)–-]\s*(.+)", sentence, re.I)
        if lead and lead[1].casefold() in ids:
            reply.changes.append(Change(ids[lead[1].casefold()].id, NOTE, lead[2].strip()))
        elif inline and not refs:
            reply.changes.append(Change(inline, NOTE, sentence))
        elif refs and len(set(refs)) == 1:
            reply.changes.append(Change(refs[0], NOTE, sentence))
        else:
            free.append(sentence)
        return
    said: list[tuple[str, list[str]]] = []  # (op, targets) of the clauses before
    for piece, op in zip(pieces, ops, strict=True):
        if not op:
            if set(piece.words) - CHAT:
                reply.unclear.append(piece.text)
            continue
        targets = piece.refs or ([inline] if inline else []) or _implied(piece, op, ids)
        if not targets and said and said[-1][0] == op == NOT_MINE:
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


def _implied(piece: _Piece, op: str, ids: dict[str, ActionInfo]) -> list[str]:
    """The actions a clause without a reference means, or [] when that is a guess."""
    open_ = [a for a in ids.values() if a.open]
    words = set(piece.words)
    named = [a.id for a in open_ if _names(piece.rest, a.description)]
    if len(named) == 1:
        return named
    if len(open_) == 1:
        return [open_[0].id]
    if op == DONE and words & SINGULAR:
        return []
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
