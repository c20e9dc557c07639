"""What one sentence said, gathered clause by clause, and how it is written to ``Ops``. Pure."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from tovholder.replies.form_option_words import options_in
from tovholder.replies.fuzzy import Found, words

if TYPE_CHECKING:
    from tovholder.replies.form_words import Ops, Reader


#: how many steps each question had, and the values, at a point in the reading
Snapshot = tuple[dict[str, int], dict[str, str]]


@dataclass
class Said:
    """What one sentence said, gathered clause by clause before it is written to ``Ops``."""

    answered: set[str] = field(default_factory=set)  # questions this sentence answered
    understood: bool = False
    items: list[str] = field(default_factory=list)  # listed words that are no option
    choices: list[tuple[str, str, list[str]]] = field(default_factory=list)  # (q, op, names)
    unplaced: list[tuple[str, set[str]]] = field(default_factory=list)  # clause, labels named
    total: bool = False  # the number recorded was said to be the total ("9 in total")
    years: set[str] = field(default_factory=set)  # numbers of years this sentence gave
    adds: bool = False  # a clause without an option says "add" ("så det skal med")
    rest_stands: bool = False  # "..., ellers ingen ændringer": what it names is a change
    asked: list[str] = field(default_factory=list)  # for the chair, whatever else it says
    bare_removal: bool = False  # a clause that is only "fjern" / "remove", its option elsewhere
    unread: list[str] = field(default_factory=list)  # clauses no rule could place or read past


def take_snapshot(ops: Ops) -> Snapshot:
    return {q: len(steps) for q, steps in ops.ops.items()}, dict(ops.values)


def gave_up_role(reader: Reader, ops: Ops, snapshot: Snapshot) -> bool:
    """Did the sentence just read (since ``snapshot``) give up a function of the group?"""
    lengths, _ = snapshot
    return any(op == "remove" or op == "set" and not names for qid, steps in ops.ops.items()
               if qid in reader.roles for op, names in steps[lengths.get(qid, 0):])


def answered_since(ops: Ops, snapshot: Snapshot) -> bool:
    lengths, _ = snapshot
    return any(len(steps) > lengths.get(qid, 0) for qid, steps in ops.ops.items())


def restore(ops: Ops, snapshot: Snapshot) -> dict[str, str]:
    """Ops as they were; returns what each question's voided steps did ("add", "remove")."""
    lengths, values = snapshot
    voided = {q: steps[-1][0] for q, steps in ops.ops.items() if len(steps) > lengths.get(q, 0)}
    ops.ops = {q: steps[:lengths[q]] for q, steps in ops.ops.items() if lengths.get(q)}
    ops.values = dict(values)
    return voided


def held_after(reader: Reader, ops: Ops, snapshot: Snapshot,
                last: str) -> bool:
    """The sentence before, made the chair's to weigh by this one: what it said since
    ``snapshot``, and the roles it names (ticked in the form), are held back."""
    roles = {f.option.question: f.option.name for f in options_in(reader, words(last))
             if f.option.question in reader.roles}
    for qid, name in roles.items():
        ops.held.setdefault(qid, set()).add(name)
    return _held_since(ops, snapshot) or bool(roles)


def _held_since(ops: Ops, snapshot: Snapshot) -> bool:
    """What was said since ``snapshot`` is not recorded but held for the chair (not even a mark
    records it); False when nothing was."""
    lengths, values = snapshot
    grown = {q: steps[lengths.get(q, 0):] for q, steps in ops.ops.items()
             if len(steps) > lengths.get(q, 0)}
    if not grown and values == ops.values:
        return False
    for q, steps in grown.items():
        for op, names in steps:
            if op != "remove":
                ops.held.setdefault(q, set()).update(names)
    restore(ops, snapshot)
    return True


def as_voided(ops: Ops, snapshot: Snapshot, voided: dict[str, str]
               ) -> None:
    """The correction's plain answer does what the voided sentence did: "tilføj luft. nej vent,
    det er jord jeg mener" adds Jord."""
    lengths, _ = snapshot
    for q, op in voided.items():
        steps = ops.ops.get(q, [])
        ops.ops[q] = steps[:lengths.get(q, 0)] + [
            (op if kind == "set" and op in ("add", "remove") else kind, names)
            for kind, names in steps[lengths.get(q, 0):]]
    voided.clear()


def two_amounts(reader: Reader, said: Said, sentence: str) -> None:
    """"Meget tid efter nytår, indtil da lidt": two answers to a one-answer question in one
    sentence; which one holds is for the chair to ask."""
    fixed = {qid for qid, op, _ in said.choices if op == "fix"}  # "..., men ret det til nogen"
    said.choices = [(qid, "set" if op == "fix" else op, names) for qid, op, names in said.choices
                    if qid not in fixed or op in ("fix", "add", "remove")]
    now = {qid for qid, op, _ in said.choices if op == "now"}  # "meget efter nytår, men nogen for nu"
    if now and any(op == "set" and qid in now for qid, op, _ in said.choices):
        said.asked.append(sentence.strip())  # the amount now is recorded; the later one told
    said.choices = [(qid, "set" if op == "now" else op, names) for qid, op, names in said.choices
                    if qid not in now or op in ("now", "add", "remove")]
    given = {qid for qid, op, _ in said.choices if op == "set"}  # "Much isn't realistic - some"
    said.choices = [(qid, "set" if op == "least" else op, names) for qid, op, names in said.choices
                    if op != "least" or qid not in given]
    values: dict[str, set[str]] = {}
    for qid, op, names in said.choices:
        if op == "set" and reader.by_id[qid].type == "single":
            values.setdefault(qid, set()).update(names)
    torn = {qid for qid, names in values.items() if len(names) > 1}
    if torn:
        said.choices = [c for c in said.choices if c[0] not in torn]
        said.asked.append(sentence.strip())


_RATHER_THAN = re.compile(r"\b(?:hellere|rather)\b.*?\b(?:end|than)\b")


def rather_than(reader: Reader, key: str, said: Said) -> None:
    """"hellere være høringstovholder, end sekretær": the role after "end"/"than" is given up
    for the one before, however the commas cut the sentence."""
    m = _RATHER_THAN.search(key)
    if m is None or not key[:m.end()].strip():
        return
    out = {f.option.name for f in options_in(reader, key[m.end():].split())
           if f.option.question in reader.roles}
    if not out or not any(op != "remove" and not set(names) & out for q, op, names in said.choices
                          if q in reader.roles):
        return  # a role must be preferred to it
    said.choices = [(q, "remove" if q in reader.roles and set(names) <= out else op, names)
                    for q, op, names in said.choices]


def emit(reader: Reader, said: Said, ops: Ops) -> None:
    """The sentence's operations; where a sentence also takes away or adds ("ikke længere
    PFAS, men er kommet på VVM"), what it names plainly is added, not the whole answer."""
    added = {(q, n) for q, steps in ops.ops.items() for op, names in steps if op == "add"
             for n in names}  # "Could you add PFAS? We got three new PFAS cases.": said again
    said.choices = [(q, "add" if op == "set" and names and all((q, n) in added for n in names)
                     else op, names) for q, op, names in said.choices]
    changed = {q for q, op, _ in said.choices if op in ("add", "remove")}
    if said.adds or said.rest_stands:  # "..., så det skal med", "X, ellers uændret": added
        changed |= {q for q, _, _ in said.choices if reader.by_id[q].type == "multi"}
    for qid, op, names in said.choices:
        ops.add(qid, "add" if op == "set" and qid in changed and names else op, names)


def all_given(said: Said, found: list[Found]) -> bool:
    """Were all of ``found`` already given (not taken away) earlier in the sentence? Then a
    clause naming them again only tells why."""
    given = {n for _, op, names in said.choices if op != "remove" for n in names}
    return all(f.option.name in given for f in found)


def taken_away(said: Said, found: list[Found]) -> bool:
    """Were all of ``found`` taken away earlier in the sentence?"""
    gone = {n for _, op, names in said.choices if op == "remove" for n in names}
    return all(f.option.name in gone for f in found)
