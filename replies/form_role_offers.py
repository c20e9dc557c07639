"""After a sentence's clauses are read: which of its answers the chair must weigh or hear about. Pure.

A role offered on a condition ("formand, hvis Bente ikke fortsætter"), for part of the term,
shared, reluctantly, "if not, then ...", or only for some consultations is held for the chair
(not even the form's mark records it); a role proposed for someone else is theirs; a group
joined "until the end of March", a role offered "if nobody else wants to", a role given up only
while the member is away and a question put to the chair beside an answer are recorded and the
chair is told. The words come from ``form_weighed`` and ``form_whose``; this module applies them
to what one sentence said (``Said``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tovholder.replies import form_clauses as fc
from tovholder.replies.form_clause_options import NOBODY_ELSE
from tovholder.replies.form_option_words import options_in
from tovholder.replies.form_weighed import (
    CHAIRS_TO_WEIGH,
    ENDS_AT,
    FIND_LATER,
    IF_IT_COUNTS,
    PART_OF_TERM,
    TAKE_ME_OFF,
    WHILE_AWAY,
    WHILE_THEY_ARE_AWAY,
    for_a_term,
    reluctant,
)
from tovholder.replies.form_whose import (
    COLLEAGUE_TAKES,
    NOMINATED,
    THEIR_WISH,
    on_someone_else,
    others_part,
    shared_with,
)
from tovholder.replies.fuzzy import words

if TYPE_CHECKING:
    from tovholder.replies.form_said import Said
    from tovholder.replies.form_words import Ops, Reader

#: an answer that waits on the chair's answer to the question just asked
_IF_SO = re.compile(r"^(?:men |but |og |and )?(?:hvis (?:ja|saa|det er|det goer|det gaelder)|i saa fald|"
                    r"if (?:so|yes|"
                    r"it is|it does|that s the case|that is the case)|in that case)\b")
_ONLY_SOME = re.compile(r"\b(?:only|kun|just) (?:for|on|with|about|om|til|paa|ved) (?:the |de |those )?"
                        r"(?!(?:now|nu|a|an|one|et|en|this|next|i|the|foraaret|efteraaret|sommer\w*|"
                        r"vinter\w*|jul\w*|nytaar|\d+|a while|et stykke|en periode|resten)\b)\w+")
_ASK_YOU = re.compile(r"^(?:men |but |og |and )?(?:can|could|would|will) you\b|"
                      r"^(?:men |og )?(?:kan|kunne|vil) (?:du|i)\b")
_STILL = re.compile(r"\b(?:stadig|fortsat|fortsaette\w*|fortsaetter|still|continue\w*|keep|stay\w*|"
                    r"remain\w*|helst)\b")  # a role kept, and what the member would rather do in it
_IF_NOT = re.compile(r"^(?:and |og |but |men )?(?:if not|hvis ikke|if he doesn t|if she doesn t|"
                     r"if he won t|if she won t|otherwise|ellers|alternatively|or else)\b")


def _offers_role(reader: Reader, said: Said) -> bool:
    return any(qid in reader.roles and op != "remove" for qid, op, _ in said.choices)


def _others(reader: Reader, said: Said, sentence: str, key: str) -> str:
    """Roles proposed for someone else are theirs ("foreslå Jonas Kragh som formand"); a colleague
    who takes over, or a role to share with someone, is the chair's to record. Returns how the
    role is shared ("", "someone", "named", "condition")."""
    nominated = NOMINATED.search(key)
    if nominated:
        named = {f.option.name for f in options_in(reader, nominated.group(1).split())}
        said.choices = [(qid, op, names) for qid, op, names in said.choices
                        if op == "remove" or not set(names) <= named]
        said.items.append(sentence.strip())
    if COLLEAGUE_TAKES.search(sentence):  # "min kollega Lotte Bak tager over for os"
        said.items.append(sentence.strip())
    shared = shared_with(reader, sentence) if _offers_role(reader, said) else ""  # a role, not a topic
    if shared == "someone":  # "Sekretær – men helst sammen med en anden": offered, and the chair
        said.items.append(sentence.strip())  # arranges the sharing
    return shared


def _to_weigh(reader: Reader, said: Said, sentence: str, key: str, shared: str, weighed_last: bool,
              question_last: bool) -> bool:
    """Is what the sentence offers the chair's to weigh?"""
    limited = PART_OF_TERM.search(key) is not None
    if_not = weighed_last and _IF_NOT.match(key) is not None and all(  # "Chair, if Lars stays on as
        qid in reader.roles for qid, _, _ in said.choices)  # secretary. If not, then ...": both
    if_not = if_not or bool(said.choices) and _ONLY_SOME.search(key) is not None and not \
        _STILL.search(key) and all(
        qid in reader.roles and op != "remove" for qid, op, _ in said.choices)  # "..., but only for
    # consultations on Power-to-X": the role in part
    if_not = if_not or question_last and _IF_SO.match(key) is not None  # "... er 'funktioner' i
    # gruppen eller hjemme? Hvis det er i gruppen, vil jeg gerne ...": on the chair's answer
    return bool(said.choices) and bool(
        if_not or on_someone_else(reader, sentence) or THEIR_WISH.search(key)
        or shared in ("named", "condition") or reluctant(reader, key)
        or limited and any(for_a_term(reader, c) for c in said.choices)
        or WHILE_THEY_ARE_AWAY.search(key) and any(for_a_term(reader, c) for c in said.choices)
        or any(p.search(key) for p in CHAIRS_TO_WEIGH)
        or IF_IT_COUNTS.search(key) and not said.items)  # ("..., og lugtgener, hvis det tæller
    # med et sted": the condition is the listed word's, which is asked anyway)


def _hold(reader: Reader, ops: Ops, said: Said, sentence: str, key: str, shared: str) -> bool:
    """"formand, hvis Bente ikke fortsætter": held for the chair to weigh, not recorded from the
    marks either (only the role, when only its sharing is the condition). True if any was held."""
    limited = PART_OF_TERM.search(key) is not None
    weighed = [c for c in said.choices if (shared != "condition" or c[0] in reader.roles)
               and (not limited or for_a_term(reader, c) or FIND_LATER.search(key))]
    if any(c[0] in reader.roles and c[1] != "remove" for c in weighed):
        weighed = [c for c in weighed if c[0] in reader.roles]  # "Jord fordi ..., og sekretær kan
        # jeg godt tage, hvis Kirsten stopper": the condition is the role's
    elif any(reader.by_id[c[0]].type != "single" for c in weighed):
        weighed = [c for c in weighed if reader.by_id[c[0]].type != "single"]  # "join the PFAS
        # group, but only if it meets online – I can't travel much": the join's
    for qid, op, names in weighed:
        if op != "remove":
            ops.held.setdefault(qid, set()).update(names)
    said.choices = [c for c in said.choices if c not in weighed]
    said.items.append(sentence.strip())
    return bool(weighed)


def _tell(reader: Reader, said: Said, sentence: str, key: str) -> None:
    """Recorded, and the chair told: when a group ends, an offer as the one who steps in, a role
    off only for a while, a question beside the answer."""
    own = " ".join(fc.key(c) for c in fc.clauses(sentence) if not others_part(reader, c))
    if ENDS_AT.search(own) and any(op != "remove" and qid not in reader.roles and reader.by_id[
            qid].type == "multi" for qid, op, _ in said.choices) and sentence.strip() not in said.items:
        said.items.append(sentence.strip())  # "I'll stay in the inspection network until the end
        # of March": recorded, and the chair told when it ends
    if NOBODY_ELSE.search(key) and {"hvis", "if"} & set(key.split()) and _offers_role(reader, said):
        said.items.append(sentence.strip())  # "Secretary, if nobody else wants to"
    if WHILE_AWAY.search(key) and not TAKE_ME_OFF.search(key) and any(
            op == "remove" and qid in reader.roles for qid, op, _ in said.choices):
        # "Kan ikke være sekretær i den periode": off for a while, not for good; the chair
        # arranges the meantime, the role stays
        said.choices = [c for c in said.choices if not (c[1] == "remove" and c[0] in reader.roles)]
        said.items.append(sentence.strip())
    tail = fc.clauses(sentence)[-1] if sentence.rstrip().endswith("?") else ""
    if said.choices and _ASK_YOU.match(fc.key(tail)) and not options_in(reader, words(tail)):
        said.items.append(tail.strip())  # "I cannot be chair in 2027 – can you ask the group
        # who will take over?": the answer, and a question for the chair


def weigh_offers(reader: Reader, ops: Ops, said: Said, sentence: str, key: str, weighed_last: bool,
                 question_last: bool) -> bool:
    """Apply all of the above to ``said``; True when a role was left to the chair's weighing
    (an "if not" in the next sentence is weighed with it)."""
    shared = _others(reader, said, sentence, key)
    weighed = _to_weigh(reader, said, sentence, key, shared, weighed_last, question_last) and _hold(
        reader, ops, said, sentence, key, shared)
    _tell(reader, said, sentence, key)
    return weighed
