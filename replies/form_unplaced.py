"""A clause that names no option and no number of years: what it still says. Pure.

It may clear a question ("ingen funktioner", "det under Andet kan slettes") or give all of one
("med i begge netværk"), say why an amount was given ("jeg er frikøbt en dag om ugen"), tell of
a new topic that is no option ("fået grundvandsbeskyttelse ind over"), or speak of the option
the clause before it named (``form_back``); a listed word that is no option, a question named
without an answer Tovholder can read, and the member's own topics are passed on.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tovholder.replies import form_clauses as fc
from tovholder.replies.form_back import GOES_BACK, KEEPS_BACK, TOO_MUCH
from tovholder.replies.form_choices import BOTH
from tovholder.replies.form_option_words import options_in
from tovholder.replies.form_said import Said
from tovholder.replies.form_sentence_kinds import dated
from tovholder.replies.form_years import YEAR_UNITS
from tovholder.replies.fuzzy import find_options, words

if TYPE_CHECKING:
    from collections.abc import Callable

    from tovholder.replies.form_clause_read import Clause
    from tovholder.replies.form_words import Ops, Reader


#: the member's own topics: "I'm interested in", "jeg arbejder med", "jeg sidder med"
TOPICS_OF_MINE = re.compile(r"\b(?:interested in|interesseret i|interesserer mig for|"
                            r"(?:i|jeg) (?:\w+ )?(?:work|arbejder|beskaeftiger mig) (?:mest |mostly |"
                            r"mainly |primarily |primaert )?(?:with|on|med)|sidder (?:nu )?med|"
                            # "Det er mest drikkevand og boringer nu": what the work is now
                            r"^(?:det|it) (?:er|s|is) (?:nu |now )?(?:mest|mainly|mostly|primarily|primaert|"
                            r"hovedsageligt|overvejende)(?: med)?)\b")


SECTION = re.compile(r"§\s*\d+\w*")  # a section of a law ("§3-natur"), no number of years


#: hours or days a week for the group: the reason for the amount of time just given
WORK_TIME = re.compile(r"\b(?:\w+ (?:timer?|hours?|dage?|days?)|frikoeb\w*|released)\b(?: \w+){0,3} "
                       r"(?:om|i|per|pr|a|an|each|every|hver) (?:ugen|uge|week|maaneden|maaned|month)\b")


#: a lead-in naming a question: "I forgot the time question:", "glemte spørgsmålet om tid:"
#: time set aside for the group: "jeg har fået frikøbt timer til netværket"
TIME_GIVEN = re.compile(r"\b(?:frikoeb\w*|released|set aside|afsat|sat af)\b(?: \w+){0,4} (?:til|for) "
                        r"(?:gruppen|netvaerket|arbejdet|det|the group|the network|this|it)\b")


#: what leaves a member little time: the reason after an amount, no news for the chair
WORKLOAD = re.compile(r"\b(?:projekt\w*|project\w*|travl\w*|busy|eats?|aeder|sluger|takes? up|fylder|"
                      r"workload|arbejdspres|deadline\w*|onboarding|nyt job|new job|sager(?:ne)?|cases|"
                      r"meget at lave|a lot on|so much on|lots on)\b")


SORRY = re.compile(r"(?:sorry|undskyld|beklager|desvaerre|unfortunately|i m afraid)")


#: "... en ny klimaplan, som jeg sidder med": a relative clause, about the thing before it
RELATIVE = re.compile(r"^(?:som|der|which|that|who) ")


WITH_SOMEONE = re.compile(r"\b(?:me and|and me|mig og|og mig|between|mellem|sammen med|together with|"
                          r"with|med)\b")


#: a topic the member took on that is no option: "fået grundvandsbeskyttelse", "taken on odour"
_ACQUIRED = re.compile(r"\b(?:faaet|fik|overtaget|begyndt paa|startet paa|got|taken on|took on|"
                       r"picked up|started on) (\w+)(?: (?:ind over|ind|med|ogsaa|nu|too|as well|now))?$")


_NO_TOPIC = fc.set_of("mere mindre tid time lidt noget nogen en et ny nye nyt new a an the some more "
                      "less kollega kollegaer colleague colleagues chef boss barn baby job stilling "
                      "opgaver tasks besked svar answer mail email det den dem it them that")


def new_topic(key: str) -> bool:
    """Does the clause say the member took on something named by a noun of its own?"""
    m = _ACQUIRED.search(key) or _ARRIVED.match(key)  # the noun next to the verb, nothing more
    return m is not None and len(m.group(1)) >= 6 and m.group(1) not in _NO_TOPIC


#: a topic as the subject of its arrival: "grundvand er kommet til", "odour is new"
_ARRIVED = re.compile(r"^(?:og |and |men |but )?(\w+) (?:er|is|has|har) (?:ogsaa |also |nu |now |lige |"
                      r"just )*"
                      r"(?:kommet (?:til|ind|med|oveni)|been added|come in|arrived|ny|nyt|new)$")


def clears_a_question(reader: Reader, named: set[str], typed: list[str], ops: Ops, said: Said
             ) -> bool:
    """"det under andet kan slettes": a text answer cleared; "ikke med i nogen af grupperne":
    every option of a named multiple-choice question taken away."""
    if not named:
        return False
    if none_of(reader, named, typed, ops, said):
        return True
    for qid in named:
        q = reader.by_id[qid]
        # "med i begge netværk", "all the groups" (not "vi er begge på 30 timer og dækker de
        # samme opgaver": "begge" is the two people there)
        every = any(w in ("begge", "both", "alle", "all") and reader.labels_in(typed[i + 1:i + 4]) == {qid}
                    for i, w in enumerate(typed))
        if q.type == "multi" and every and not fc.removes(" ".join(typed)):
            ops.add(qid, "set", list(q.options))
        elif not fc.removes(" ".join(typed)):
            continue
        elif q.type == "text" and {"slet", "slette", "slettes", "slettet", "fjern", "fjerne",
                                 "fjernes", "delete", "deleted", "remove", "removed"} & set(typed):
            ops.values[qid] = ""
        elif q.type == "multi" and {"nogen", "any", "alle", "all", "a", "an", "en", "et"} & set(typed):
            # "I can't take on a function this year": none of them
            ops.add(qid, "set")
        else:
            continue
        said.answered.add(qid)
        said.understood = True
        return True
    return False


#: "linjen om orloven", "the bit about part-time": a pre-filled text answer, by its subject
LINE_ABOUT = re.compile(r"\b(?:linjen|teksten|saetningen|bemaerkningen|noten|delen|det|the (?:line|"
                        r"text|sentence|note|bit|part|comment)|that (?:line|note|bit)) (?:om|about|"
                        r"on|med|with|re) (?:min |mit |mine |my |the |den |det )?(\w{4,})")


DELETE = fc.set_of("slet slette slettes slettet fjern fjerne fjernes fjernet delete deleted remove "
                   "removed")


#: "så det kan I bare slette", "it can be deleted": the thing the sentence named, to delete
DELETE_IT = re.compile(r"\b(?:det|den|dem|it|that|this)\b(?: \w+){0,3} (?:kan|maa|skal|can|may|should|"
                       r"could)(?: \w+){0,3} (?:slette\w*|slet|fjerne\w*|fjern|delete\w*|remove\w*|be "
                       r"(?:deleted|removed))\b")


BUT_FOR = frozenset(("undtagen", "except", "but", "bortset", "apart", "naer"))


_FROM_THEN = re.compile(r"\b(?:from then|fra da|fra den tid|derefter|after that)\b")


def both_of(reader: Reader, named: set[str], typed: list[str], clause: str, said: Said) -> bool:
    """"Meld mig ud af begge grupper", "I'm in both groups": every option of the question named
    (not from a date ahead: "take me off both groups from February" is for the chair)."""
    if dated(clause) or _FROM_THEN.search(fc.key(clause)):
        return False
    for i, w in enumerate(typed[1:], 1):
        qids = reader.labels_in([w]) & named
        if typed[i - 1] in BOTH and len(qids) == 1 and reader.by_id[next(iter(qids))].type == "multi":
            q = reader.by_id[next(iter(qids))]
            said.choices.append((q.id, "remove" if fc.removes(clause) else "add", list(q.options)))
            said.answered.add(q.id)
            said.understood = True
            return True
    return False


_MORE_NO = fc.set_of("flere more further andre other")


_NO = fc.set_of("nej no ikke not")


def none_of(reader: Reader, named: set[str], typed: list[str], ops: Ops, said: Said
             ) -> bool:
    """"Ingen funktioner lige nu", "no functions for now": every option taken away."""
    for qid in named:
        if reader.by_id[qid].type == "multi" and any(
                i and (typed[i - 1] in ("ingen", "no") or typed[i - 1] in _MORE_NO and _NO & set(
                    typed[:i - 1])) and reader.labels_in([w]) == {qid}  # "Nej tak til flere
                for i, w in enumerate(typed)):  # tillidsposter", "no more roles for me"
            but = next((i for i, w in enumerate(typed) if w in BUT_FOR), len(typed))
            rest = ["group" if w in ("one", "ones") else w for w in typed[but + 1:]]  # "the PFAS one"
            kept = find_options(rest, [o for o in reader.options if o.question == qid], partial=True)
            ops.add(qid, "set", [f.option.name for f in kept])  # "no groups except the PFAS one"
            said.answered.add(qid)
            said.understood = True
            return True
    return False


def _clears(c: Clause) -> bool:
    return clears_a_question(c.reader, c.named, c.typed, c.ops, c.said)


def _all_of(c: Clause) -> bool:
    return both_of(c.reader, c.named, c.typed, c.text, c.said)


def _line_about(c: Clause) -> bool:
    """"Linjen om orloven kan bare slettes": the text answer on it."""
    about = LINE_ABOUT.search(c.spelled) if DELETE & set(c.typed) else None
    if about is None:
        return False
    c.ops.clears.append((about.group(1), c.sentence.strip()))
    return c.understood()


def _delete_it(c: Clause) -> bool:
    """"Barselsvikariatet er blevet til en fast stilling, så det kan I bare slette": the text
    answer that speaks of what the sentence names."""
    if not DELETE_IT.search(c.spelled) or c.said.choices or options_in(c.reader, words(c.sentence)) \
            or c.text.strip() == c.sentence.strip():
        return False
    c.ops.clears.append((" ".join(words(c.sentence[:c.sentence.find(c.text)])), c.sentence.strip()))
    return c.understood()


def _amount_set(c: Clause) -> bool:
    return any(op == "set" and c.reader.by_id[q].type == "single" for q, op, _ in c.said.choices)


def _why_the_amount(c: Clause) -> bool:
    """"Meget tid – jeg er frikøbt en dag om ugen": why that amount."""
    key = c.spelled
    given = _amount_set(c) or any(c.reader.by_id[q].type == "single"
                                  for q in c.ops.ops if q in c.reader.by_id)
    return bool((WORK_TIME.search(key) or TIME_GIVEN.search(key) or WORKLOAD.search(key)
                 or SORRY.fullmatch(key)) and given) and c.understood()


def _more_later(c: Clause) -> bool:
    """"much time in jan, less later on": the amount now is recorded, the chair told of the change."""
    if not fc.LATER_MORE.search(c.spelled) or not _amount_set(c):
        return False
    c.said.asked.append(c.sentence.strip())
    return c.understood()


#: less or more time than before, no amount named: "Har mindre tid end sidste år", "less time
#: this year" (not "mere tid efter nytår": later; not "kan ikke give mere tid")
_RELATIVE_AMOUNT = re.compile(r"\b(?:(?:lidt |en smule |a bit |a little |somewhat )?(mindre|less|faerre|"
                              r"fewer|mere|more|flere) (?:tid|time|timer|hours)|(?:tid|time)(?:en)? (?:er|is|"
                              r"bliver|will be) (?:blevet |become )?(?:lidt |a bit )?"
                              r"(mindre|less|mere|more))\b")
_LATER_OR_NOT = re.compile(r"\b(?:efter|after|fra|from|til|until|senere|later|naeste|next|ikke|not|n t|"
                           r"no|ingen|kan|can|maaske|maybe|perhaps|hvis|if|\w*vinter\w*|winter|\w*sommer\w*|"
                           r"summer|\w*foraar\w*|spring|\w*efteraar\w*|autumn|fall|jul\w*|christmas|"
                           r"perioder|periods|sometimes|nogle gange)\b")


def _relative_amount(c: Clause) -> bool:
    """One step down or up from the amount the form showed, where that leaves one option
    ("mindre tid" from Nogen is Lidt; from Meget, Lidt or Nogen: asked, as is anything later or
    conditional)."""
    m = _RELATIVE_AMOUNT.search(c.spelled)
    qids = [q for q in c.named if c.reader.by_id[q].type == "single"]
    if not m or len(qids) != 1 or c.said.choices or _LATER_OR_NOT.search(c.spelled):
        return False
    q = c.reader.by_id[qids[0]]
    sent = c.reader.sent.get(q.id, "").strip()
    if sent not in q.options:
        return False
    less = (m.group(1) or m.group(2)) in ("mindre", "less", "faerre", "fewer")
    at = q.options.index(sent) + (-1 if less else 1)
    if at != (0 if less else len(q.options) - 1):
        return False  # no option, or more than one, in that direction: for the chair
    c.said.choices.append((q.id, "set", [q.options[at]]))
    c.said.answered.add(q.id)
    return c.understood()


def _bracket(c: Clause) -> bool:
    """"(otte timer om måneden)", "(joined in October)": a bracket only qualifies."""
    return f"({c.text.strip()}" in c.sentence


def _took_on(c: Clause) -> bool:
    """"og så har jeg fået grundvandsbeskyttelse ind over": asked."""
    return new_topic(c.spelled) and c.for_chair()


def _says_add(c: Clause) -> bool:
    """"... så det skal med på mine fagområder": what the sentence names is added (the clause
    itself is read on)."""
    if fc.adds(c.text) and not fc.removes(c.text) and not fc.is_reason(c.text):
        c.said.adds = True
    return False


def _qualifier(c: Clause) -> bool:
    """"heraf 2 her"; "et år ad gangen", "sidste år"."""
    return fc.is_part(c.text) or bool(YEAR_UNITS & set(c.typed))


def _too_much(c: Clause) -> bool:
    """"..., two roles is too much with my other commitments": why."""
    return bool(TOO_MUCH.search(c.spelled) and (c.said.choices or fc.removes(c.sentence)))


def _pass_on(c: Clause) -> bool:
    """A question named without an answer Tovholder can read, words listed that are no option
    ("... og sidder nu med natur og vandløb"), the member's own topics ("I'm interested in the
    circular economy and microplastics"): for the chair, however the rest is read."""
    key = c.spelled
    listed = [i for i in fc.items(c.text) if fc.is_listed_item(i) or fc.is_listed_item(fc.topic(i))]
    if _WHERE.match(key) or _PLACE.fullmatch(c.text):
        return True  # "I Odense, hvor jeg kom fra, ...": where, read past
    if c.named:
        c.said.unplaced.append((c.text.strip(), c.named))
    elif listed and (len(listed) == len(fc.items(c.text)) or not fc.removes(c.text) and any(
            fc.topic(i) != fc.key(i) for i in listed)):
        c.said.items.extend(i.strip() for i in listed)
    elif TOPICS_OF_MINE.search(key) and not fc.removes(c.text) and not RELATIVE.match(key):
        c.said.asked.append(c.text.strip())
    elif not _COMMENT.match(key):
        c.said.unread.append(c.text.strip())  # "Meget tid, og jeg kommer ikke til mødet i januar"
    return True


#: a place, and where the member came from: "I Odense, hvor jeg kom fra, var det mig der ..."
_WHERE = re.compile(r"^(?:hvor|where) (?:jeg|i|vi|we) (?:\w+ ){0,2}(?:fra|from|var|was|were|kom|came)$")
_PLACE = re.compile(r"\s*(?:[Ii]|[Ii]n|[Hh]os|[Aa]t|[Ff]ra|[Ff]rom|[Pp]å)\s+[A-ZÆØÅ][\w-]+"
                    r"(?:\s+[A-ZÆØÅ][\w-]+)?\s*")


#: a comment on what the sentence said: "..., det er fint", "..., that's great"
_COMMENT = re.compile(r"^(?:og |and |men |but |saa |so )?(?:det|den|dem|it|that|this|which)"
                      r"(?: s| er| is| var| was| bliver| will be)? (?:\w+ )?(?:fint|fine|ok|okay|godt|good|"
                      r"great|dejligt|lovely|"
                      r"spaendende|interesting|exciting|rart|nice|sjovt|fun|fair|rigtigt|right|correct|"
                      r"noedvendigt|necessary|vigtigt|important)$")


_RULES: tuple[Callable[[Clause], bool], ...] = (
    _clears, _all_of, _line_about, _delete_it, _relative_amount, _why_the_amount, _more_later, _bracket,
    _took_on,
    *GOES_BACK, _says_add, *KEEPS_BACK, _qualifier, _too_much, _pass_on)


def read_unplaced(c: Clause) -> None:
    any(rule(c) for rule in _RULES)
