"""A member's sentence without a label -> what it says about which question. Pure.

Read the way a careful secretary reads: the sentence is cut into clauses
(tovholder.replies.form_clauses); each clause is placed by what is in it, not by whether most
of its words are option names:

- options (inflected or compounded: "affaldstilsyn" is Affald, "spildevandet" Spildevand; an
  option of a single-choice question such as Lidt/Nogen/Meget only where it stands as the
  answer: "meget tid", "sæt mig på nogen", not "lidt VVM" or "nogen af grupperne"), with the
  clause's polarity: removed ("ikke", "fjern", "gået ud af", "not ... anymore"), swapped ("byt
  støj ud med luft", "nogen i stedet for meget"), added ("også", "tilføj", "kan godt være"),
  or else set; "alt undtagen X" is every option but X;
- a number with years ("8 år", "kun tre år i faget", "fireogtredive års erfaring"), or bare
  where the sentence is about years ("Et år mere på bagen, så 21"); a part after the total
  ("heraf 2 her") is not the answer, a calendar year ("siden 2015") is not a number of years;
- "as before" in any word order ("Uændret ellers", "alt står som det skal");
- reasons and conditions ("hvis det er nødvendigt", "pga. orlov", "fordi ...") carry no answer
  and stop nothing; a clause that only qualifies ("det har en kollega overtaget") is read past;
- an answer the member is unsure of ("høringstovholder måske") or offers as a choice ("sekretær
  eller formand"), a question the member asks ("Could the chair tell me ...?") and two amounts
  of time in one sentence ("meget efter nytår, indtil da lidt") record nothing: they are asked.

A sentence goes through three stages: what the whole sentence settles (``form_sentence_steps``:
a qualifier of the sentence before, a number corrected, a label, a lead-in, a question), its
clauses one by one (``form_clause_read``), and what the chair must weigh or hear of its answers
(``form_role_offers``) before they are written to ``Ops`` (``form_said``). The words that decide
one thing each live in their own modules: which words name an option (``form_option_words``),
numbers of years (``form_years``), "as before" (``form_same``), what goes to the chair or is
courtesy (``form_for_chair``), whose answer it is (``form_whose``) and which role offers the
chair must weigh (``form_weighed``).

What cannot be placed goes to the chair (``ops.not_understood``), never guessed: a listed item
that is no option ("grundvand", "lugt fra landbruget"), a clause naming a question without an
answer Tovholder can read ("god erfaring med tilsyn på landbrug", "halv tid"), and a sentence
that says nothing Tovholder can place and is no courtesy (a question, an absence, "skriv det
samme som Jens").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from tovholder.replies import form_clauses as fc
from tovholder.replies.form_clause_read import read_clause, why_the_amount
from tovholder.replies.form_for_chair import NEWS, OWN_AGAIN, is_courtesy
from tovholder.replies.form_option_words import options_in
from tovholder.replies.form_read_past import for_the_chair
from tovholder.replies.form_role_offers import weigh_offers
from tovholder.replies.form_said import (
    Said,
    Snapshot,
    answered_since,
    as_voided,
    emit,
    gave_up_role,
    held_after,
    rather_than,
    restore,
    take_snapshot,
    two_amounts,
)
from tovholder.replies.form_same import EXCEPT, comma_before_same, same_but
from tovholder.replies.form_sentence_kinds import (
    courteous,
    dated,
    is_signature,
    names_an_answer,
    one_role,
    points_to_form,
    signed_off,
)
from tovholder.replies.form_sentence_steps import LABELLED, WHOLE
from tovholder.replies.form_weighed import YOU_DECIDE
from tovholder.replies.form_whose import on_someone_else, others_part
from tovholder.replies.fuzzy import Found

if TYPE_CHECKING:
    from tovholder.replies.form_words import Ops, Reader

#: an offer of a role if one is needed: "Hvis der bliver brug for en sekretær, så tager jeg den"
_IF_NEEDED = re.compile(
    r"^(?:og |and )?(?:hvis|if) (?:der (?:bliver|er|skulle blive) brug for|(?:i|vi|you|we) (?:faar |har |"
    r"get )?(?:brug for|mangler|need)|der mangler|there is a need for|there s a need for)"
    r"((?: \w+){1,6}?)(?: saa| then)? (?:tager jeg (?:\w+ )?(?:den|det)|(?:i ll|i will|i can|i d) "
    r"(?:happily |gladly |be happy to )?(?:take|do) it|kan jeg (?:godt |gerne )?tage (?:den|det)|"
    r"vil jeg (?:gerne )?tage (?:den|det))\b")

#: a greeting and whom it is to ("Hej formand", "Kære tovholder og formand", "Dear Chair")
_ADDRESSED = re.compile(r"^(?:hej|hejsa|hi|hello|hey|dear|kaere|goddag|godmorgen|good morning)"
                        r"(?: \w+){1,3}$")

#: why the member is unsure: "depends on whether we get the new inspector hired"
_DEPENDS = re.compile(r"^(?:it |det )?(?:depends|afhaenger|kommer an paa)\b")

#: an offer of "it", the role the sentence before named: "Jeg vil gerne stille op til det"
_OFFER_BACK = re.compile(r"^(?:og |and |men |but )?(?:(?:jeg|i) (?:vil|kan|would|could|will|can) "
                         r"(?:gerne |godt |også |happily |gladly )?(?:stille op til|tage|goere|take|do|"
                         r"stand for) (?:det|den|it|that|that one)|(?:den|det) (?:tager|vil|kan) jeg "
                         r"(?:gerne|godt)(?: tage)?|i d (?:like|love|be happy|be glad) to (?:do|take|"
                         r"stand for) (?:it|that|that one)|i m (?:happy|glad|willing) to (?:do|take) "
                         r"(?:it|that))$")

#: taking back the sentence just written: "nej vent, det er jord jeg mener", "no wait", "scratch that"
_TAKE_BACK = re.compile(r"^\W*(?:nej,? vent|nej,? undskyld|nej,? glem det|no,? wait|wait,? no|"
                        r"(?:actually,? )?scratch that|sorry,? i mean|undskyld,? jeg mener)\b[\s,.:;!–-]*",
                        re.IGNORECASE)

#: when a role given up ends, later than now: "når min periode udløber", "at the AGM", "i marts"
_ROLE_ENDS_LATER = re.compile(
    r"\b(?:(?:naar|when|once) (?:min|my|the|den) (?:\w+ )?(?:periode|valgperiode|term|tid|time|"
    r"two years|to aar) (?:\w+ )?(?:udloeber|slutter|ends|runs out|is up|er omme|er gaaet)|"
    r"(?:ved|paa|efter|at|after) (?:det |den |the )?(?:naeste |kommende |next |coming )?(?:aarsmoede\w*|"
    r"generalforsamling\w*|valget|agm|annual (?:general )?meeting|election)|"
    r"(?:periode|term|tid|time|aar|years|post|posten) (?:\w+ )?(?:udloeber|slutter|ends?|runs? out) "
    r"(?:i|in|at|ved|til|by) (?:the )?(?:januar|februar|marts|april|maj|juni|"
    r"juli|august|september|oktober|november|december|january|february|march|may|june|july|"
    r"october|sommer\w*|summer|the summer|nytaar|new year|aarsskiftet))\b")

#: the member asks for the role to go now: "så I må gerne fjerne formand", "take me off as chair"
_REMOVE_NOW = re.compile(r"\b(?:fjern\w*|slet\w*|tag mig af|take me off|remove|delete|strike me)\b")

#: a clause that only declines what the clause before it named
_ACCEPT = re.compile(r"^(?:ja|yes|gerne|ok|okay|fint|fine|sure|gladly|(?:please )?(?:tilfoej|add|"
                     r"saet) (?:mig|me)(?: paa| on)?|(?:den |det )?tager jeg(?: gerne)?|i ll take it)"
                     r"(?: tak| thanks| please| gerne)?$")

_DECLINE = re.compile(r"^(?:nej|no|not me|ikke mig|nope|no longer|not any ?more|no more|ikke (?:mere|"
                      r"laengere|laenger))(?: tak| thanks| thank you)?$")  # "Chair - no longer"

#: "If it is only the national ones I can do it": an offer the chair's answer decides
_ON_CONDITION = re.compile(r"\b(?:hvis|if|provided|forudsat|as long as|saa laenge|medmindre|unless)\b")

_YES_FIRST = fc.set_of("ja yes jo jep yep sure gerne")


@dataclass
class Reading:
    """A member's line being read sentence by sentence: what each sentence leaves for the next."""

    reader: Reader
    ops: Ops
    courtesy: re.Pattern[str]  # folded filler
    text: str  # the whole line
    before_last: Snapshot  # ops before the sentence before
    before_this: Snapshot  # ops before this sentence
    previous: bool = False  # the sentence before gave an answer
    unsure: dict[str, str] = field(default_factory=dict)  # question -> a sentence unsure about it
    pending: dict[str, str] = field(default_factory=dict)  # question -> "changed", until answered
    role: Found | None = None  # the one role the sentence before named
    voided: dict[str, str] = field(default_factory=dict)  # what a sentence taken back did
    last: str = ""  # the sentence before
    until_then: bool = False  # has the member said that all stands until a date?
    weighed_last: bool = False  # did the sentence before leave a role to the chair's weighing?
    removed_last: bool = False  # ... or take something away?


@dataclass
class Sentence:
    """One sentence being read."""

    text: str  # as read (a lead-in before a colon dropped)
    key: str
    said_before: str
    question_last: bool  # the sentence before was a question passed on
    role_above: Found | None  # the one role the sentence before named
    shown: str = ""  # what the chair is shown, as the member wrote it
    head: str = ""  # before and after a colon
    colon: str = ""
    rest: str = ""
    said: Said = field(default_factory=Said)


def read_own(reader: Reader, text: str, ops: Ops, courtesy: re.Pattern[str]) -> None:
    """A line without a label, sentence by sentence; ``courtesy`` matches folded filler."""
    r = Reading(reader, ops, courtesy, text, take_snapshot(ops), take_snapshot(ops))
    for sentence in fc.sentences(text):
        ops.for_someone = ops.for_someone and not OWN_AGAIN.match(fc.key(sentence))
        if ops.for_someone:  # "I'm writing on behalf of Yusuf. He is dropping air ...": his
            if not is_courtesy(fc.key(sentence), courtesy):  # answers, for the chair
                ops.not_understood.append(sentence.strip())
            continue
        s = _begin(r, sentence)
        if s is None or any(step(r, s) for step in WHOLE):
            continue
        s.shown = s.text
        s.head, s.colon, s.rest = s.text.partition(":")
        if any(step(r, s) for step in LABELLED):
            continue
        _read_clauses(r, s)
        _weigh(r, s)
        if not _not_yet(r, s):
            _settle(r, s)
    as_voided(ops, r.before_this, r.voided)
    for qid, sentence in r.pending.items():  # "alt som før på nær tiden" and no time given
        if qid not in ops.ops and qid not in ops.values and sentence not in ops.not_understood:
            ops.not_understood.append(sentence)


def _begin(r: Reading, sentence: str) -> Sentence | None:
    """The sentence, after what it does to the one before: "tilføj luft. nej vent, det er jord
    jeg mener" voids it (and the correction says it again: "tilføj"); "Jeg vil gerne være
    sekretær, men ... Det må formanden vurdere." makes it the chair's to weigh. None for a
    signature."""
    ops = r.ops
    as_voided(ops, r.before_this, r.voided)
    r.before_last, r.before_this = r.before_this, take_snapshot(ops)
    back = _TAKE_BACK.match(sentence)
    if back:
        r.voided = restore(ops, r.before_last)
        r.before_this = r.before_last
        sentence = sentence[back.end():]
    elif r.last and not names_an_answer(r.reader, sentence) and (
            YOU_DECIDE.search(fc.key(sentence)) or on_someone_else(r.reader, sentence)) \
            and held_after(r.reader, ops, r.before_last, r.last):  # "I've ticked Secretary. Only
        ops.not_understood.extend(s.strip() for s in (r.last, sentence)  # if nobody else wants it."
                                  if s.strip() not in ops.not_understood)
        r.before_this = take_snapshot(ops)
    said_before, r.last = r.last, sentence
    question_last = said_before.rstrip().endswith("?") and any(  # a question passed on
        n in said_before for n in ops.not_understood)
    sentence = signed_off(r.reader, sentence)  # "... I can do some regards Ahmed" (dictated)
    role_above, r.role = r.role, one_role(r.reader, sentence)
    sentence = comma_before_same(sentence)  # "tilføj støj 👍 ellers uændret"
    ops.unchanged = ops.unchanged or same_but(fc.key(sentence))
    key = fc.key(sentence)
    if not key or is_signature(r.reader, key):
        return None
    return Sentence(sentence, key, said_before, question_last, role_above)


def _read_clauses(r: Reading, s: Sentence) -> None:
    """Each clause ("Hvis der bliver brug for en sekretær, så tager jeg den": one, the role)."""
    needed = _IF_NEEDED.match(s.key)
    roles = [f for f in options_in(r.reader, needed.group(1).split()) if f.option.question in
             r.reader.roles] if needed else []
    said = s.said
    for n, clause in enumerate([f"tilføj {roles[0].option.name}"] if len(roles) == 1 else
                               fc.clauses(s.text)):
        key = fc.key(clause)
        if n == 0 and _ADDRESSED.match(key):
            continue  # "Hej formand", "Dear Chair,": whom the mail is to, no answer
        if n == 0 and key in _YES_FIRST and clause.strip() != s.text.strip():
            continue  # "In answer to your question: yes, I'll take the secretary job"
        if said.choices and _DECLINE.match(key):  # "Chair - no thanks"
            qid, _, names = said.choices[-1]
            said.choices[-1] = (qid, "remove", names)
            continue
        if said.choices and _ACCEPT.match(key):  # "secretary – yes"
            continue
        if n and why_the_amount(r.reader, said, clause):
            continue  # "make that little – the new wastewater permits are eating my calendar"
        read_clause(r.reader, clause, r.ops, said, s.text)


def _weigh(r: Reading, s: Sentence) -> None:
    """What the clauses said, weighed as a whole, and written to ``Ops``."""
    said = s.said
    rather_than(r.reader, s.key, said)
    r.removed_last = any(op == "remove" for _, op, _ in said.choices)
    r.weighed_last = weigh_offers(r.reader, r.ops, said, s.text, s.key, r.weighed_last, s.question_last)
    two_amounts(r.reader, said, s.text)
    if said.bare_removal and not any(op == "remove" for _, op, _ in said.choices):
        said.asked.append(s.shown.strip())  # "fjern" and nothing in the sentence to take away
    emit(r.reader, said, r.ops)
    if gave_up_role(r.reader, r.ops, r.before_this) and _ROLE_ENDS_LATER.search(s.key) and \
            not _REMOVE_NOW.search(s.key):  # "Jeg stiller ikke op som formand igen, når min
        r.ops.not_understood.append(s.shown.strip())  # periode udløber ved årsmødet i marts":
        # recorded as said, and the chair, who plans the handover, is told when


def _not_yet(r: Reading, s: Sentence) -> bool:
    """"Indtil da er alt som det står. Formandsposten må I finde en anden til fra sommer": not
    yet; the chair is told."""
    if not (r.until_then and dated(s.text) and answered_since(r.ops, r.before_this)):
        return False
    restore(r.ops, r.before_this)
    r.ops.not_understood.append(s.shown.strip())
    return True


def _settle(r: Reading, s: Sentence) -> None:
    """Doubts settled or kept, and what goes to the chair."""
    said, ops, key = s.said, r.ops, s.key
    for qid in said.answered & set(r.unsure):  # "Hard to say re time. Put me down as some":
        if r.unsure[qid] in ops.not_understood:  # the member decided after all
            ops.not_understood.remove(r.unsure.pop(qid))
    if not said.understood and fc.UNSURE.search(key) and all(
            fc.UNSURE.search(fc.key(c)) or r.reader.labels_in(fc.key(c).split())
            or is_courtesy(fc.key(c), r.courtesy) or fc.is_reason(c) or _DEPENDS.match(fc.key(c))
            for c in fc.clauses(s.text)):
        # only a doubt about a question, which a later answer settles (not "gået over til
        # landbrugstilsyn, så jeg ved ikke, hvad jeg skal sætte kryds ved under fagområder")
        r.unsure.update(dict.fromkeys(r.reader.labels_in(key.split()), s.text.strip()))
    excepted = EXCEPT.search(key)  # "Uændret på nær tiden – ...": the time must be read
    for qid in r.reader.labels_in(excepted.group(1).split()) if excepted else ():
        r.pending.setdefault(qid, s.shown.strip())
    ops.read_from(sorted(said.answered), s.text)
    r.previous = said.understood
    ops.not_understood.extend(said.asked)  # never courtesy: two answers to one question
    _pass_on(r, s)


def _pass_on(r: Reading, s: Sentence) -> None:
    """News in an answered sentence (not as a reason: "pga. nyt job"), what its clauses left for
    the chair, or the whole sentence when it said nothing Tovholder could place ("Tak, og
    tillykke til Jonas med formandsposten": courtesy, nothing)."""
    said, ops, key = s.said, r.ops, s.key
    if said.understood and NEWS.search(" ".join(
            fc.key(c) for c in fc.clauses(s.text) if not fc.is_reason(c) and not others_part(r.reader, c))):
        ops.not_understood.append(s.shown.strip())
    elif said.understood and any(for_the_chair(r.reader, u, any(
            q in r.reader.roles for q, _, _ in said.choices)) for u in said.unread):
        ops.not_understood.append(s.shown.strip())  # a clause no rule could read: the sentence
    elif said.understood:
        ops.not_understood.extend(i for i in said.items if not is_courtesy(fc.key(i), r.courtesy))
        ops.not_understood.extend(c for c, named in said.unplaced if named - said.answered
                                  and not is_courtesy(fc.key(c), r.courtesy))  # "Ingen kommentarer"
    elif s.role_above and _OFFER_BACK.search(key) and not fc.removes(s.text) and \
            not fc.is_reason(s.text) and not _ON_CONDITION.search(key):
        # "Hvornår vælger vi ny høringstovholder? Jeg vil gerne stille op til det."
        ops.add(s.role_above.option.question, "add", [s.role_above.option.name])
        ops.read_from([s.role_above.option.question], s.text)
    elif not is_courtesy(key, r.courtesy) and not points_to_form(r.reader, key) and not \
            courteous(r.reader, s.text, r.courtesy):
        ops.not_understood.append(s.shown.strip())
