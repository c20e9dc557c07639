"""One clause of a member's sentence -> what it says about which question. Pure.

A clause is read by rules in a fixed order, each of which may finish it: first those that find
it is no answer of the member's own (``form_clause_asides``), then those about options named in
another way than set/add/remove (``form_clause_options``); what is left sets, adds or removes
the options it names (``form_choices``), gives a number of years (``form_years_said``), or,
naming neither, is read by ``form_unplaced``. A listed word that is no option is passed on.
"""

from __future__ import annotations

import re
from functools import cached_property
from typing import TYPE_CHECKING

from tovholder.replies import form_clauses as fc
from tovholder.replies.form_choices import MODAL, read_choices
from tovholder.replies.form_clause_asides import ASIDES, without_examples
from tovholder.replies.form_clause_options import NAMED_OTHERWISE
from tovholder.replies.form_numbers import numbers
from tovholder.replies.form_option_words import options_in
from tovholder.replies.form_same import spelled
from tovholder.replies.form_sentence_kinds import no_occasion
from tovholder.replies.form_softeners import plain_words
from tovholder.replies.form_unplaced import SECTION, WITH_SOMEONE, none_of, read_unplaced
from tovholder.replies.form_whose import by_question, without_units
from tovholder.replies.form_years import number_of_years
from tovholder.replies.form_years_said import CORRECTED, read_years
from tovholder.replies.fuzzy import Found, words

if TYPE_CHECKING:
    from tovholder.replies.form_said import Said
    from tovholder.replies.form_words import Ops, Reader


class Clause:
    """One clause being read: its sentence, where its answers go, and what its words name
    (worked out when a rule first asks)."""

    def __init__(self, reader: Reader, text: str, ops: Ops, said: Said, sentence: str) -> None:
        self.reader, self.text, self.ops, self.said, self.sentence = reader, text, ops, said, sentence
        self.key = fc.key(text)

    @cached_property
    def typed(self) -> list[str]:
        return plain_words(words(self.text))

    @cached_property
    def found(self) -> list[Found]:
        """The options named ("kan ikke deltage i netværksmødet": one meeting missed, no group)."""
        absent = "remove" in fc.markers(self.typed)
        return without_examples(self.reader, self.typed, [
            f for f in options_in(self.reader, self.typed) if not (absent and _a_meeting(self.typed, f))])

    @cached_property
    def number(self) -> tuple[str, str] | None:
        return number_of_years(self.reader, self.text, self.typed, self.sentence)

    @cached_property
    def named(self) -> set[str]:
        """The questions named ("same as last time": no Time question)."""
        return self.reader.strong_labels(no_occasion(self.typed))

    @cached_property
    def spelled(self) -> str:
        """The key with "as before" words spelled right ("uændert")."""
        return spelled(self.key)

    def understood(self) -> bool:
        self.said.understood = True
        return True

    def for_chair(self) -> bool:
        """Understood, and passed on as the member wrote it."""
        self.said.items.append(self.text.strip())
        return self.understood()

    def all_roles(self) -> bool:
        return all(f.option.question in self.reader.roles for f in self.found)

    def all_multi(self) -> bool:
        return all(self.reader.by_id[f.option.question].type == "multi" for f in self.found)

    def all_topics(self) -> bool:
        return self.all_multi() and not any(f.option.question in self.reader.roles for f in self.found)

    def remove_found(self) -> None:
        for q, fs in by_question(self.found).items():
            self.said.choices.append((q, "remove", [f.option.name for f in fs]))

    def add_found(self) -> None:
        for q, fs in by_question(self.found).items():
            self.said.choices.append((q, "add", [f.option.name for f in fs]))


#: one meeting (not "møderne": going to the meetings is being in the group)
_MEETING = ("moede", "moedet")


def _a_meeting(typed: list[str], f: Found) -> bool:
    """"ikke deltage i netværksmødet", "the PFAS group meeting": the group's meeting, not the group."""
    last = typed[f.end - 1]
    if last in _MEETING or last in ("meeting", "meetings", "moederne", "moeder"):
        return False  # "lede møderne": the chair's task, found by its words
    return last.endswith(_MEETING) and not any(w.endswith(_MEETING) for w in f.option.words) or \
        typed[f.end:f.end + 1] in (["meeting"], ["moede"], ["moedet"])


def why_the_amount(reader: Reader, said: Said, clause: str) -> bool:
    """After an amount of time in the same sentence, a clause that only names a work area
    (no "tilføj", "fjern" or "arbejder med") says why: it is the workload, not an answer."""
    if not any(reader.by_id[qid].type == "single" and op != "remove" for qid, op, _ in said.choices):
        return False
    key = fc.key(clause)
    found = options_in(reader, plain_words(words(clause)))
    return bool(found) and all(reader.by_id[f.option.question].type == "multi"
                               and f.option.question not in reader.roles for f in found) \
        and not (fc.adds(clause) or fc.removes(clause) or fc.topic(clause) != key
                 or reader.labels_in(key.split()))


def read_clause(reader: Reader, clause: str, ops: Ops, said: Said, sentence: str) -> None:
    """One clause, read without the names of units ("i det nye Center for Klima og Miljø", "jord-
    og affaldsteamet": places, not topics); what goes to the chair is the member's own words."""
    plain = without_units(reader, clause)
    items, asked, unplaced = len(said.items), len(said.asked), len(said.unplaced)
    _read(Clause(reader, plain, ops, said, sentence))
    if plain != clause:
        own = {plain.strip(): clause.strip()}
        said.items[items:] = [own.get(i, i) for i in said.items[items:]]
        said.asked[asked:] = [own.get(i, i) for i in said.asked[asked:]]
        said.unplaced[unplaced:] = [(own.get(c, c), n) for c, n in said.unplaced[unplaced:]]


def _read(c: Clause) -> None:
    if any(rule(c) for rule in ASIDES) or any(rule(c) for rule in NAMED_OTHERWISE):
        return
    if c.found:
        _record_options(c)
    if read_years(c):
        return
    if c.found:
        none_of(c.reader, c.named - {f.option.question for f in c.found}, c.typed, c.ops, c.said)
        # "lidt tid og ingen funktioner": both are read
    elif c.number is None:
        read_unplaced(c)
        return
    _list_rest(c)


def _record_options(c: Clause) -> None:
    """The options named, set, added or removed ("Jeg satte kryds ved meget, men ret det til
    nogen": a fix, which ``two_amounts`` lets win over the first)."""
    whole = words(c.sentence)
    offer = bool(MODAL & set(whole)) or bool({"hvis", "if"} & set(whole))
    before = len(c.said.choices)
    read_choices(c.reader, c.text, c.typed, c.found, c.ops, c.said, offer, c.named)
    if CORRECTED.match(c.spelled):
        c.said.choices[before:] = [(q, "fix" if op == "set" and c.reader.by_id[q].type == "single"
                                    else op, names) for q, op, names in c.said.choices[before:]]


def _list_rest(c: Clause) -> None:
    """"PFAS, grundvand og drikkevand": listed words beside the options that are no option, asked."""
    parts = fc.items(c.text)
    heads = options_in(c.reader, words(parts[0]))
    for n, item in enumerate(parts):
        mine = words(item)
        if n and n == len(parts) - 1 and heads and all(f.option.question not in c.reader.roles
                                                       for f in heads) \
                and not options_in(c.reader, mine) and fc.is_listed_item(fc.subject_of(item)):
            c.said.items.append(item.strip())  # "Jord og grundvand er mine nu": the list is the
            continue  # subject, and the verb after its last topic says it of all of them
        if len(mine) == 1 and any(fc.markers(mine)):
            continue  # "... fra starten og fortsætter": a verb, no topic
        if c.reader.labels_in(mine) and c.reader.labels_in(mine) <= c.said.answered:
            continue  # "lidt tid og ingen funktioner": read above
        if WITH_SOMEONE.search(c.spelled) and re.fullmatch(
                r"\s*[A-ZÆØÅ][a-zæøå]+(?: nu| now| too| også)?\s*", item):
            continue  # "shared between me and Sara": a person, not a topic
        if (fc.is_listed_item(item) or fc.is_listed_item(fc.topic(item))) and not options_in(
                c.reader, mine) and not numbers(SECTION.sub(" ", item)):  # "§3-natur": a topic
            c.said.items.append(item.strip())
