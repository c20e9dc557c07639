"""Before a sentence's clauses are read: what the whole sentence already settles. Pure.

A sentence may only qualify the one before ("Men kun hvis ingen andre vil."), say again or say
why what the one before did ("Tag mig af begge dele.", "Jeg har haft det i tre år"), correct a
number ("det er 13, tallene blev byttet om"), put an answer under its question in words ("skriv
'little' under tid"), hold everything until a date ("Indtil da er mine svar uændrede"), lead in
to the lines below, be for the chair as a whole (an agenda wish, a question, answers on someone
else's behalf), or carry its answer after a label or a colon ("I forgot the time question: ...",
"Kun én ændring: ...", "kort: +støj +luft -affald"). Each step takes the reading so far
(``tovholder.replies.form_sentences.Reading``) and the sentence, and says whether the sentence
is done with.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tovholder.replies import form_clauses as fc
from tovholder.replies.form_back import BACK, REMOVE_VERB
from tovholder.replies.form_for_chair import FOR_CHAIR, ON_BEHALF, asks
from tovholder.replies.form_numbers import numbers
from tovholder.replies.form_option_words import options_in
from tovholder.replies.form_said import answered_since, gave_up_role, restore
from tovholder.replies.form_same import AS_SOMEONE, CHANGES_LEAD, EXCEPT, ONLY_CHANGE, said_same
from tovholder.replies.form_sentence_kinds import (
    dated,
    except_then,
    explained_in_form,
    lead_in,
    names_an_answer,
    put_under,
)
from tovholder.replies.form_weighed import WHEREVER_NEEDED
from tovholder.replies.form_years_said import ends_writing_number, number_fixed, write_number
from tovholder.replies.fuzzy import find_options, words

if TYPE_CHECKING:
    from collections.abc import Callable

    from tovholder.replies.form_sentences import Reading, Sentence

#: a sentence opening like this qualifies the answer before it ("Men kun hvis ...")
_QUALIFIES = frozenset(("men", "dog", "kun", "hvis", "fordi", "da", "saa", "but", "only", "if",
                       "because", "since", "though", "however", "maaske", "maybe", "perhaps"))

#: asking leave: "if that's allowed?", "hvis det er i orden?", "må jeg det?"
_MAY_I = re.compile(r"\b(?:if (?:that s|that is|it s|it is) (?:allowed|ok|okay|possible|fine)|"
                    r"hvis det er (?:tilladt|i orden|ok|okay|muligt)|maa jeg (?:det|godt)|"
                    r"is that (?:allowed|ok|okay|possible)|er det (?:tilladt|i orden|ok|muligt))\b")

_QUESTION_NAMED = re.compile(r"\b(?:the (\w+) question|spoergsmaalet om (\w+)|(\w+)spoergsmaalet)$")

_BUT = re.compile(r"\b(?:men|but|except|undtagen|bortset)\b")

#: "alt andet", "everything else": the rest of the answers, not the Andet question
_EVERYTHING_ELSE = re.compile(r"\b(?:alt (?:det )?andet|everything else|all else)\b", re.IGNORECASE)

#: the background of a question just asked: "Vi har flere kommuner i netværket, der ..."
_WHY_ASKED = re.compile(r"^(?:vi|der|det|mange|flere|nogle|de|we|there|it|many|several|some|they|since|for|"
                        r"fordi|da|because)\b")

_MINE = re.compile(r"\b(?:jeg|mig|min|mit|mine|me|my|i (?:am|m|have|ve|will|ll|d|would|can|could|work|do|"
                   r"want|need))\b")  # (not the Danish "i")

#: "Indtil da er mine svar uændrede", "Until then everything stays as it is"
#: "Until then, the rest can stay as it is": the change stands, and the rest with it
_THE_REST_ONLY = re.compile(r"\b(?:resten|the rest|rest|andet|ellers|otherwise|i oevrigt|everything else|"
                            r"alt andet)\b")

_UNTIL_THEN = re.compile(r"^(?:men |but |og |and )?(?:indtil da|indtil videre|til da|until then|till then|"
                         r"until that time|indtil (?:jeg|i) (?:stopper|gaar|flytter))\b")

#: the answer just given, kept: "Det er fint, det fortsætter jeg gerne med", "happy to keep it"
_KEEP_BACK = re.compile(r"^(?:og |and |men |but )?(?:det|den|dem|it|that|this) (?:er|is|"
                        r"s) (?:\w+ )?(?:fint|fine|ok|"
                        r"okay|godt|good|rigtigt|right|correct)$|"
                        r"^(?:og |and )?(?:det|den|dem) (?:fortsaetter|beholder|tager|bliver|"
                        r"passer) (?:jeg|vi) "
                        r"(?:\w+ )?(?:gerne |godt |bare |fint )?(?:ved )?(?:med|paa)?$|"
                        r"^(?:and )?(?:i m |i am |i d be |i ll )?(?:happy|glad|willing) to (?:continue|keep|"
                        r"carry on)(?: it| that| with it| with that| doing it)?$")

#: a wish for a meeting's agenda
_AGENDA = re.compile(r"\b(?:agenda|dagsorden\w*|(?:som|as) (?:\w+ )?(?:punkt|item) (?:paa|on|at) (?:\w+ )?"
                     r"(?:moede\w*|meeting)|(?:et |an? )?(?:punkt|item) (?:til|"
                     r"for) (?:\w+ )?(?:moede\w*|meeting))\b")

_THANKS = re.compile(r"^(?:og |and )?(?:mange |tusind )?(?:tak|thanks|thank you)\b")

_AND_SO_ON = frozenset(("osv", "etc", "mv", "etcetera"))

#: why a role was just given up: how long it was held, or that it is someone else's turn
_WHY_GIVEN_UP = re.compile(r"^(?:og |and |men |but )?(?:jeg |i )?(?:har |have |ve |had )?(?:haft|had|held|"
                           r"done|gjort|vaeret|been|lavet) (?:det|den|it|that|the job|the role|jobbet|"
                           r"rollen)(?: \w+)? (?:i|in|for) (?:\S+ )?\S+ (?:aar|years?)$|"
                           r"\b(?:nogen andens|en andens|andres|someone else s|somebody else s|"
                           r"others) tur\b|\b(?:someone|somebody) else s turn\b|"
                           r"^(?:og |and )?(?:det er|it s|it is) (?:\w+ )?(?:nok|enough|time)$|"
                           # "der er brug for friske øjne på høringssvarene", "it needs fresh eyes"
                           r"\b(?:friske|nye) (?:oejne|kraefter|ideer)\b|\b(?:fresh|new) (?:eyes|blood|"
                           r"ideas)\b")


def _qualifies_previous(r: Reading, s: Sentence) -> bool:
    """"Kan være formand. Men kun hvis ingen andre vil.": the answer before, qualified."""
    return r.previous and s.key.split()[0] in _QUALIFIES and not FOR_CHAIR.search(s.key) \
        and not s.text.rstrip().endswith("?") and not names_an_answer(r.reader, s.text)


def _removed_again(r: Reading, s: Sentence) -> bool:
    """"... en ny formand og en ny høringstovholder. Tag mig af begge dele.": said again."""
    removed_before, r.removed_last = r.removed_last, False
    return removed_before and bool(BACK.search(s.key) and REMOVE_VERB.search(s.key)) \
        and not names_an_answer(r.reader, s.text)


def _why_given_up(r: Reading, s: Sentence) -> bool:
    """"Sekretærjobbet vil jeg gerne give videre. Jeg har haft det i tre år, og det er nogen
    andens tur.": why, no new answer."""
    return gave_up_role(r.reader, r.ops, r.before_last) and not options_in(r.reader, words(s.text)) \
        and all(_WHY_GIVEN_UP.search(fc.key(c)) for c in fc.clauses(s.text))


def _kept_back(r: Reading, s: Sentence) -> bool:
    """"Jeg står som høringstovholder. Det er fint, det fortsætter jeg gerne med."."""
    return answered_since(r.ops, r.before_last) and not options_in(r.reader, words(s.text)) \
        and all(_KEEP_BACK.search(fc.key(c)) for c in fc.clauses(s.text))


def _number_written(r: Reading, s: Sentence) -> bool:
    """"Jeg skrev 30 års erfaring – det er 13", "..., så skriv 6 års erfaring", "Skriv bare 3."."""
    if not (number_fixed(r.reader, s.key, r.ops) or ends_writing_number(r.reader, s.text, r.ops)
            or write_number(r.reader, s.key, r.ops)):
        return False
    r.previous = True
    return True


def _explained(r: Reading, s: Sentence) -> bool:
    """"..., jeg har rettet det under Andet": read there."""
    return explained_in_form(r.reader, s.text)


def _put_under(r: Reading, s: Sentence) -> bool:
    """"..., så skriv 'little' under tid"."""
    if not put_under(r.reader, s.text, r.ops):
        return False
    r.previous = True
    return True


def _until_then(r: Reading, s: Sentence) -> bool:
    """"... stopper derfor i netværket fra 1. marts. Indtil da er mine svar uændrede": nothing
    changes yet; the chair is told of the change to come (and of any later one, ``Reading``)."""
    stands = bool(_UNTIL_THEN.match(s.key) and said_same(s.key) and not _THE_REST_ONLY.search(s.key))
    r.until_then = r.until_then or stands
    if not (stands and dated(s.said_before) and answered_since(r.ops, r.before_last)):
        return False
    restore(r.ops, r.before_last)
    r.before_this = r.before_last
    if s.said_before.strip() not in r.ops.not_understood:
        r.ops.not_understood.append(s.said_before.strip())
    r.ops.unchanged = True
    return True


def _lead_in(r: Reading, s: Sentence) -> bool:
    """"Two changes:", "To ting:": a lead-in to the lines below; "Alt er egentlig som før, med to
    undtagelser:": and the rest stands."""
    if not lead_in(r.reader, s.text):
        return False
    r.ops.unchanged = r.ops.unchanged or said_same(s.key) is not None
    return True


def _for_chair(r: Reading, s: Sentence) -> bool:
    """Another person's answers ("... bad mig svare for ham"), a role the others' answers decide
    ("sæt mig på det, der mangler folk til"), an agenda wish, a question: the chair's, no answer."""
    if not (ON_BEHALF.search(s.key) or WHEREVER_NEEDED.search(s.key) or _AGENDA.search(s.key)
            and not _THANKS.match(s.key) or asks(s.text)):
        return False
    r.ops.for_someone = r.ops.for_someone or bool(ON_BEHALF.search(s.key))
    r.ops.not_understood.append(s.text.strip())
    r.previous = False
    return True


def _why_asked(r: Reading, s: Sentence) -> bool:
    """"Kan vi få X på dagsordenen? Vi har flere kommuner i netværket, der ...": the question's
    background, no answer."""
    if not (s.question_last and _WHY_ASKED.match(s.key) and not _MINE.search(s.key)):
        return False
    r.ops.not_understood.append(s.text.strip())
    return True


def _may_i(r: Reading, s: Sentence) -> bool:
    """"I'd like to stay in the network if that's allowed?": read, and the chair answers the
    question (the sentence is read on)."""
    if s.text.rstrip().endswith("?") and _MAY_I.search(s.key):
        r.ops.not_understood.append(s.text.strip())
    return False


def _line(r: Reading, line: str) -> bool:
    r.reader.line(line, r.ops)
    r.previous = True
    return True


_AND = re.compile(r"^\s*(?:og|and|men|but|så|so)\s+(?=\w+\s*$)", re.IGNORECASE)


def _after_label(r: Reading, s: Sentence) -> bool:
    """"... Still chair. Time: much more this year.": labelled; "I forgot the time question: little
    this autumn": the question named."""
    head, rest = _AND.sub("", s.head), s.rest
    if not s.colon or not rest.strip():
        return False
    if s.text is not r.text and len(words(head)) <= 2 and r.reader.question(head) is not None:
        return _line(r, f"{head}:{rest}" if head != s.head else s.text)  # ("Og tid: nogen")
    naming = _QUESTION_NAMED.search(fc.key(head))
    label = naming and next(g for g in naming.groups() if g)
    return bool(label and r.reader.question(label) is not None) and _line(r, f"{label}: {rest}")


def _only_change(r: Reading, s: Sentence) -> bool:
    """"Only change: ...", "Kun én ændring: ...": the rest stands; "Som før på nær tid: meget nu":
    that answer; "Alt er som før, med en enkelt undtagelse: tid lidt": the change follows."""
    head = fc.key(s.head)
    if not s.colon or not s.rest.strip() or not (ONLY_CHANGE.match(head) or said_same(head)):
        return False
    r.ops.unchanged = True
    but = EXCEPT.search(head)
    if but and len(r.reader.labels_in(but.group(1).split())) == 1:
        return _line(r, f"{but.group(1)}: {s.rest}")
    if not but and not options_in(r.reader, words(s.head)) and not numbers(s.head):
        s.text, s.key, s.colon = s.rest, fc.key(s.rest), ""
    return False


def _except_then(r: Reading, s: Sentence) -> bool:
    """"Som sidst – bortset fra tid, der er det lidt nu": that answer after the comma."""
    rest_but = None if s.colon else except_then(r.reader, s.text)
    if not rest_but:
        return False
    r.ops.unchanged = True
    return _line(r, rest_but)


def _lead_colon(r: Reading, s: Sentence) -> bool:
    """A lead-in before a colon: "Glemte: ...", "Dertil: ..." (an option in it is read too)."""
    if s.colon and s.rest.strip() and (len(words(s.head)) <= 5 or CHANGES_LEAD.search(fc.key(s.head))):
        lead = find_options(words(s.head), r.reader.options)
        s.text = f"{s.head} {s.rest}" if lead else s.rest
    return False


def _signed_items(r: Reading, s: Sentence) -> bool:
    """"kort: +støj +luft -affald": each item added or taken away."""
    multi = [o for o in r.reader.options if r.reader.by_id[o.question].type == "multi"]
    signed = fc.signed_items(s.text, multi)
    if not signed:
        return False
    for sign, f in signed:
        r.ops.add(f.option.question, "add" if sign == "+" else "remove", [f.option.name])
    r.ops.read_from({f.option.question for _, f in signed}, s.shown)
    r.previous = True
    return True


def _all_stands(r: Reading, s: Sentence) -> bool:
    """"Indtil da står alt, som det er": one sentence, the rest stands (not "... men slet det med
    X"); "Mine fagområder, tid osv. er de samme som sidst": all of it."""
    key, text = s.key, s.text
    other = _EVERYTHING_ELSE.sub(" ", text)
    stands = bool(said_same(key) and "," in text and not AS_SOMEONE.search(text) and not (
        names_an_answer(r.reader, other) or r.reader.labels_in(_EVERYTHING_ELSE.sub(" ", key).split())
        or _BUT.search(key) and fc.removes(text)))
    stands = stands or bool(_AND_SO_ON & set(key.split()) and said_same(key) and not options_in(
        r.reader, words(text)) and not numbers(text))
    if stands:
        r.ops.unchanged = True
    return stands


WHOLE: tuple[Callable[[Reading, Sentence], bool], ...] = (
    _qualifies_previous, _removed_again, _why_given_up, _kept_back, _number_written, _explained,
    _put_under, _until_then, _lead_in, _for_chair, _why_asked, _may_i)
LABELLED: tuple[Callable[[Reading, Sentence], bool], ...] = (
    _after_label, _only_change, _except_then, _lead_colon, _signed_items, _all_stands)
