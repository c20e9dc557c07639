
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

The rules that decide one thing each live beside this module: which words name an option
(``form_option_words``), numbers of years (``form_years``), "as before" (``form_same``), what
goes to the chair or is courtesy (``form_for_chair``), whose answer it is (``form_whose``) and
which role offers the chair must weigh (``form_weighed``); this module reads a sentence with them.

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
from tovholder.replies.form_for_chair import (
    AS_AGREED,
    FOR_CHAIR,
    NEWS,
    ON_BEHALF,
    REPORTED,
    asks,
    is_courtesy,
)
from tovholder.replies.form_numbers import numbers, word_number
from tovholder.replies.form_option_words import joins_a_namesake, names_a_body, options_in
from tovholder.replies.form_same import (
    AS_BEFORE,
    AS_SOMEONE,
    CHANGES_LEAD,
    EXCEPT,
    LABEL_SAME,
    ONLY_CHANGE,
    SAME,
    THE_REST,
    comma_before_same,
    said_same,
    same_but,
    spelled,
)
from tovholder.replies.form_weighed import (
    CHAIRS_TO_WEIGH,
    ENDS_AT,
    FIND_LATER,
    NOT_DRAWN,
    PART_OF_TERM,
    TAKE_ME_OFF,
    WHEREVER_NEEDED,
    WHILE_AWAY,
    WHILE_THEY_ARE_AWAY,
    YOU_DECIDE,
    for_a_term,
    reluctant,
)
from tovholder.replies.form_whose import (
    COLLEAGUE_TAKES,
    DRAWN,
    NOMINATED,
    NOT_FOR_ME,
    SOMEONE_TAKES,
    THEIR_WISH,
    THEIRS,
    by_question,
    on_someone_else,
    shared_with,
    without_units,
)
from tovholder.replies.form_years import IN_THE_FIELD, SO, YEAR_UNITS, number_of_years, plus_years
from tovholder.replies.fuzzy import Found, find_options, words

if TYPE_CHECKING:
    from tovholder.replies.form_words import Ops, Reader

#: a sentence opening like this qualifies the answer before it ("Men kun hvis ...")
_QUALIFIES = frozenset(("men", "dog", "kun", "hvis", "fordi", "da", "saa", "but", "only", "if",
                        "because", "since", "though", "however", "maaske", "maybe", "perhaps"))
_BOTH = frozenset(("begge", "both", "alle", "all"))
_ALL_BUT = re.compile(r"\b(?:alle|alt|det hele|hele|everything|all)\b.*?\b(?:undtagen|except|"
                      r"bortset fra|paa naer|but not|apart from)\b")
#: a clause about the member's work names topics: part of a longer option's name there (a
#: network "for miljøtilsyn") may be the topic or the option, so it is asked
_WORK = re.compile(r"\b(?:arbejder|arbejdet|beskaeftiger|work|works|working|worked|sidder med|"
                   r"sidder nu med)\b")
#: the member's own topics: "I'm interested in", "jeg arbejder med", "jeg sidder med"
_TOPICS_OF_MINE = re.compile(r"\b(?:interested in|interesseret i|interesserer mig for|"
                             r"(?:i|jeg) (?:\w+ )?(?:work|arbejder|beskaeftiger mig) (?:mest |mostly |"
                             r"mainly |primarily |primaert )?(?:with|on|med)|sidder (?:nu )?med|"
                             # "Det er mest drikkevand og boringer nu": what the work is now
                             r"^(?:det|it) (?:er|s|is) (?:nu |now )?(?:mest|mainly|mostly|primarily|primaert|"
                             r"hovedsageligt|overvejende)(?: med)?)\b")
#: "help with consultations": part of a role's name as something to help with is no offer to
#: take the role, unless nobody else would ("... if no one else wants to")
_HELP = re.compile(r"\b(?:help|helping|assist|contribute|hjaelpe\w*|bidrage\w*|give en haand)\b")
_HELP_WITH = re.compile(r"\b(?:help|helping|assist|hjaelpe\w*|bidrage\w*) (?:with|med|til)\b")
_NOBODY_ELSE = re.compile(r"\b(?:no one|nobody|noone|ingen) (?:else|andre)\b")
_MODAL = fc.set_of("kan kunne gerne can could willing villig happy glad needed behov")
#: "make it 6", "så skriv 10", "ret det til 15": the number to record
_CORRECTED = re.compile(r"^(?:(?:men|but) )?(?:(?:so|saa) )?(?:make it|change (?:it )?to|put|write|"
                        r"skriv|saet|"
                        r"ret (?:det )?til|aendr (?:det )?til|"
                        # "men lad den stå på nogen", "leave it at some": the answer decided
                        r"lad (?:den|det|tiden) (?:bare )?staa (?:paa|som|til)|"
                        r"(?:leave|keep) it (?:at|as|on))"
                        r"\b(?: (?:bare|just))?")
#: a no that holds only for a while ("ikke i foråret", "not until summer", "måske igen efter")
_FOR_A_WHILE = re.compile(
    r"\b(?:kan ikke|can t|cannot|can not|won t be able)\b.*\b(?:i foraaret|i efteraaret|i vinter|i "
    r"sommer|this (?:spring|autumn|fall|winter|summer))\b|\b(?:indtil (?:sommer|efteraaret|nytaar|"
    r"videre)|until (?:the )?(?:summer|autumn|new year|further notice)|for (?:a while|now)|"
    r"midlertidigt|temporarily|igen efter|again after|i en periode)\b")


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


_SECTION = re.compile(r"§\s*\d+\w*")  # a section of a law ("§3-natur"), no number of years


def _why_the_amount(reader: Reader, said: Said, clause: str) -> bool:
    """After an amount of time in the same sentence, a clause that only names a work area
    (no "tilføj", "fjern" or "arbejder med") says why: it is the workload, not an answer."""
    if not any(reader.by_id[qid].type == "single" and op != "remove" for qid, op, _ in said.choices):
        return False
    key = fc.key(clause)
    found = options_in(reader, _plain(words(clause)))
    return bool(found) and all(reader.by_id[f.option.question].type == "multi"
                               and f.option.question not in reader.roles for f in found) \
        and not (fc.adds(clause) or fc.removes(clause) or fc.topic(clause) != key
                 or reader.labels_in(key.split()))


def _between_amounts(reader: Reader, typed: list[str]) -> bool:
    """Two options of one single-choice question after "mellem"/"between": a range, no answer."""
    if not {"mellem", "between"} & set(typed):
        return False
    found = find_options(typed, reader.options)
    if len(found) != 2 or found[0].option.question != found[1].option.question or \
            reader.by_id[found[0].option.question].type != "single":
        return False
    return bool({"mellem", "between"} & set(typed[max(0, found[0].start - 2):found[0].start]))


#: an offer of a role if one is needed: "Hvis der bliver brug for en sekretær, så tager jeg den"
_IF_NEEDED = re.compile(
    r"^(?:og |and )?(?:hvis|if) (?:der (?:bliver|er|skulle blive) brug for|(?:i|vi|you|we) (?:faar |har |"
    r"get )?(?:brug for|mangler|need)|der mangler|there is a need for|there s a need for)"
    r"((?: \w+){1,6}?)(?: saa| then)? (?:tager jeg (?:\w+ )?(?:den|det)|(?:i ll|i will|i can|i d) "
    r"(?:happily |gladly |be happy to )?(?:take|do) it|kan jeg (?:godt |gerne )?tage (?:den|det)|"
    r"vil jeg (?:gerne )?tage (?:den|det))\b")
#: asking leave: "if that's allowed?", "hvis det er i orden?", "må jeg det?"
_MAY_I = re.compile(r"\b(?:if (?:that s|that is|it s|it is) (?:allowed|ok|okay|possible|fine)|"
                    r"hvis det er (?:tilladt|i orden|ok|okay|muligt)|maa jeg (?:det|godt)|"
                    r"is that (?:allowed|ok|okay|possible)|er det (?:tilladt|i orden|ok|muligt))\b")
#: hours or days a week for the group: the reason for the amount of time just given
_WORK_TIME = re.compile(r"\b(?:\w+ (?:timer?|hours?|dage?|days?)|frikoeb\w*|released)\b(?: \w+){0,3} "
                        r"(?:om|i|per|pr|a|an|each|every|hver) (?:ugen|uge|week|maaneden|maaned|month)\b")
#: a lead-in naming a question: "I forgot the time question:", "glemte spørgsmålet om tid:"
#: time set aside for the group: "jeg har fået frikøbt timer til netværket"
_TIME_GIVEN = re.compile(r"\b(?:frikoeb\w*|released|set aside|afsat|sat af)\b(?: \w+){0,4} (?:til|for) "
                         r"(?:gruppen|netvaerket|arbejdet|det|the group|the network|this|it)\b")
#: what leaves a member little time: the reason after an amount, no news for the chair
WORKLOAD = re.compile(r"\b(?:projekt\w*|project\w*|travl\w*|busy|eats?|aeder|sluger|takes? up|fylder|"
                      r"workload|arbejdspres|deadline\w*|onboarding|nyt job|new job|sager(?:ne)?|cases|"
                      r"meget at lave|a lot on|so much on|lots on)\b")
SORRY = re.compile(r"(?:sorry|undskyld|beklager|desvaerre|unfortunately|i m afraid)")
_QUESTION_NAMED = re.compile(r"\b(?:the (\w+) question|spoergsmaalet om (\w+)|(\w+)spoergsmaalet)$")
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


_SIGN_OFF_END = re.compile(r"\s+(?:(?:kind |best |warm )?regards|cheers|thanks|mvh|vh|kh|hilsen|"
                           r"venlig hilsen|med venlig hilsen)[\s,]+((?:[^\W\d_]+\s*){1,3})$",
                           re.IGNORECASE)


def _signed_off(reader: Reader, sentence: str) -> str:
    """A sentence without its sign-off and the member's own name, run on at its end by a
    dictation or a phone ("... I can do some regards Ahmed")."""
    m = _SIGN_OFF_END.search(sentence)
    if m and words(m.group(1)) and set(words(m.group(1))) <= reader.names:
        return sentence[:m.start()]
    return sentence


def _one_role(reader: Reader, sentence: str) -> Found | None:
    """The role a sentence names, when it names exactly one."""
    roles = {f.option.name: f for f in options_in(reader, words(sentence))
             if f.option.question in reader.roles}
    return next(iter(roles.values())) if len(roles) == 1 else None


_BUT = re.compile(r"\b(?:men|but|except|undtagen|bortset)\b")
#: "alt andet", "everything else": the rest of the answers, not the Andet question
_EVERYTHING_ELSE = re.compile(r"\b(?:alt (?:det )?andet|everything else|all else)\b", re.IGNORECASE)


#: taking back the sentence just written: "nej vent, det er jord jeg mener", "no wait", "scratch that"
_TAKE_BACK = re.compile(r"^\W*(?:nej,? vent|nej,? undskyld|nej,? glem det|no,? wait|wait,? no|"
                        r"(?:actually,? )?scratch that|sorry,? i mean|undskyld,? jeg mener)\b[\s,.:;!–-]*",
                        re.IGNORECASE)


def _snapshot(ops: Ops) -> tuple[dict[str, int], dict[str, str]]:
    return {q: len(steps) for q, steps in ops.ops.items()}, dict(ops.values)


def _gave_up_role(reader: Reader, ops: Ops, snapshot: tuple[dict[str, int], dict[str, str]]) -> bool:
    """Did the sentence just read (since ``snapshot``) give up a function of the group?"""
    lengths, _ = snapshot
    return any(op == "remove" or op == "set" and not names for qid, steps in ops.ops.items()
               if qid in reader.roles for op, names in steps[lengths.get(qid, 0):])


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
_DATE_AHEAD = re.compile(r"\b(?:fra|from|per|pr|efter|after|til|by|med udgangen af|"
                         r"at the end of) (?:den |the )?"
                         r"(?:\d{1,2}\.? ?|\d{1,2}(?:st|nd|rd|th) )?(?:januar|februar|marts|april|maj|"
                         r"juni|juli|"
                         r"august|september|oktober|november|december|january|february|march|may|june|july|"
                         r"october|nytaar|new year|sommer\w*|summer|den tid|that time)\b")


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


def _dated(sentence: str) -> bool:
    return _DATE_AHEAD.search(fc.key(sentence)) is not None


#: "skriv 'little' under tid", "put some under time", "sæt kryds ved lidt under tid"
_PUT_UNDER = re.compile(r"\b(?:skriv|saet|put|write|mark|set|noter)(?: (?:bare|just|gerne|mig|me|down|"
                        r"kryds ved|"
                        r"an x at|x ved|x at))* ((?:hellere |rather )?\w+(?: (?:end|than) \w+| \w+)?) "
                        r"(?:under|ved|for|at|in|as|som|til|paa) "
                        r"(?:the |my |min |mit )?(\w+)$")


def _put_under(reader: Reader, sentence: str, ops: Ops) -> bool:
    """An answer put under its question in words: the answer, read as after its label; the
    rest of the sentence, if any, is its reason."""
    for clause in fc.clauses(sentence):
        m = _PUT_UNDER.search(fc.key(clause))
        q = reader.question(m.group(2)) if m and reader.labels_in([m.group(2)]) else None
        if m is None or q is None:
            continue
        said = numbers(m.group(1)) if q.type == "number" else q.type in ("single", "multi") and options_in(
            reader, m.group(1).split())
        if said:
            reader.line(f"{m.group(2)}: {m.group(1)}", ops)
            others = [c for c in fc.clauses(sentence) if c is not clause]
            ops.not_understood.extend(c.strip() for c in others if NEWS.search(fc.key(c)))
            ops.unchanged = ops.unchanged or any(said_same(fc.key(c)) for c in others)  # "Som sidst,
            # men skriv 11 år under erfaring"
            return True
    return False


def _answered_since(ops: Ops, snapshot: tuple[dict[str, int], dict[str, str]]) -> bool:
    lengths, _ = snapshot
    return any(len(steps) > lengths.get(qid, 0) for qid, steps in ops.ops.items())


#: the answer just given, kept: "Det er fint, det fortsætter jeg gerne med", "happy to keep it"
_KEEP_BACK = re.compile(r"^(?:og |and |men |but )?(?:det|den|dem|it|that|this) (?:er|is|"
                        r"s) (?:\w+ )?(?:fint|fine|ok|"
                        r"okay|godt|good|rigtigt|right|correct)$|"
                        r"^(?:og |and )?(?:det|den|dem) (?:fortsaetter|beholder|tager|bliver|"
                        r"passer) (?:jeg|vi) "
                        r"(?:\w+ )?(?:gerne |godt |bare |fint )?(?:ved )?(?:med|paa)?$|"
                        r"^(?:and )?(?:i m |i am |i d be |i ll )?(?:happy|glad|willing) to (?:continue|keep|"
                        r"carry on)(?: it| that| with it| with that| doing it)?$")


def _restore(ops: Ops, snapshot: tuple[dict[str, int], dict[str, str]]) -> dict[str, str]:
    """Ops as they were; returns what each question's voided steps did ("add", "remove")."""
    lengths, values = snapshot
    voided = {q: steps[-1][0] for q, steps in ops.ops.items() if len(steps) > lengths.get(q, 0)}
    ops.ops = {q: steps[:lengths[q]] for q, steps in ops.ops.items() if lengths.get(q)}
    ops.values = dict(values)
    return voided


def _held_after(reader: Reader, ops: Ops, snapshot: tuple[dict[str, int], dict[str, str]],
                last: str) -> bool:
    """The sentence before, made the chair's to weigh by this one: what it said since
    ``snapshot``, and the roles it names (ticked in the form), are held back."""
    roles = {f.option.question: f.option.name for f in options_in(reader, words(last))
             if f.option.question in reader.roles}
    for qid, name in roles.items():
        ops.held.setdefault(qid, set()).add(name)
    return _held_since(ops, snapshot) or bool(roles)


def _held_since(ops: Ops, snapshot: tuple[dict[str, int], dict[str, str]]) -> bool:
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
    _restore(ops, snapshot)
    return True


def _as_voided(ops: Ops, snapshot: tuple[dict[str, int], dict[str, str]], voided: dict[str, str]
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


def read_own(reader: Reader, text: str, ops: Ops, courtesy: re.Pattern[str]) -> None:
    """A line without a label, sentence by sentence; ``courtesy`` matches folded filler."""
    previous = False  # the sentence before gave an answer
    unsure: dict[str, str] = {}  # question -> a sentence unsure about it, passed on
    pending: dict[str, str] = {}  # question -> a sentence saying it changed, until it is answered
    role: Found | None = None  # the one role the sentence before named
    before_last = before_this = _snapshot(ops)
    voided: dict[str, str] = {}
    last = ""  # the sentence before
    until_then = False  # has the member said that all stands until a date?
    weighed_last = False  # did the sentence before leave a role to the chair's weighing?
    removed_last = False  # ... or take something away?
    for sentence in fc.sentences(text):
        _as_voided(ops, before_this, voided)
        before_last, before_this = before_this, _snapshot(ops)
        back = _TAKE_BACK.match(sentence)
        if back:  # "tilføj luft. nej vent, det er jord jeg mener": the sentence before is void,
            voided = _restore(ops, before_last)  # and the correction says it again ("tilføj")
            before_this = before_last
            sentence = sentence[back.end():]
        elif last and not _answers(reader, sentence) and (
                YOU_DECIDE.search(fc.key(sentence)) or on_someone_else(reader, sentence)) \
                and _held_after(reader, ops, before_last, last):  # "Jeg vil gerne være sekretær,
            ops.not_understood.extend(s.strip() for s in (last, sentence)  # men ... Det må
                                      if s.strip() not in ops.not_understood)  # formanden vurdere."
            before_this = _snapshot(ops)  # "I've ticked Secretary. Only if nobody else wants it."
        said_before, last = last, sentence
        question_last = said_before.rstrip().endswith("?") and any(  # a question passed on
            n in said_before for n in ops.not_understood)
        sentence = _signed_off(reader, sentence)  # "... I can do some regards Ahmed" (dictated)
        role_above, role = role, _one_role(reader, sentence)
        sentence = comma_before_same(sentence)  # "tilføj støj 👍 ellers uændret"
        ops.unchanged = ops.unchanged or same_but(fc.key(sentence))
        key = fc.key(sentence)
        if not key or _signed(reader, key):
            continue
        if previous and key.split()[0] in _QUALIFIES and not FOR_CHAIR.search(key) \
                and not sentence.rstrip().endswith("?") and not _answers(reader, sentence):
            continue  # "Kan være formand. Men kun hvis ingen andre vil."
        removed_before, removed_last = removed_last, False
        if removed_before and _BACK.search(key) and _REMOVE_VERB.search(key) and not _answers(
                reader, sentence):  # "... en ny formand og en ny høringstovholder. Tag mig af
            continue  # begge dele.": said again
        if _gave_up_role(reader, ops, before_last) and not options_in(reader, words(sentence)) and all(
                _WHY_GIVEN_UP.search(fc.key(c)) for c in fc.clauses(sentence)):
            continue  # "Sekretærjobbet vil jeg gerne give videre. Jeg har haft det i tre år, og det
            # er nogen andens tur.": why, no new answer
        if _answered_since(ops, before_last) and not options_in(reader, words(sentence)) and all(
                _KEEP_BACK.search(fc.key(c)) for c in fc.clauses(sentence)):
            continue  # "Jeg står som høringstovholder. Det er fint, det fortsætter jeg gerne med."
        if _number_fixed(reader, key, ops):
            previous = True  # "Jeg skrev 30 års erfaring – det er 13, tallene blev byttet om"
            continue
        if _ends_writing_number(reader, sentence, ops):
            previous = True  # "Før det var jeg seks år i en nabokommune, så skriv 6 års erfaring"
            continue
        if _write_number(reader, key, ops):
            previous = True  # "... men kun 3 med miljø. Skriv bare 3.": the number to record
            continue
        if _explained_in_form(reader, sentence):
            continue
        if _put_under(reader, sentence, ops):
            previous = True  # "..., så skriv 'little' under tid"
            continue
        until_then = until_then or bool(_UNTIL_THEN.match(key) and said_same(key)
                                        and not _THE_REST_ONLY.search(key))
        if _UNTIL_THEN.match(key) and said_same(key) and not _THE_REST_ONLY.search(key) and _dated(
                said_before) and _answered_since(
                ops, before_last):  # "... stopper derfor i netværket fra 1. marts. Indtil da er
            _restore(ops, before_last)  # mine svar uændrede": nothing changes yet; the chair
            before_this = before_last  # is told of the change to come
            if said_before.strip() not in ops.not_understood:
                ops.not_understood.append(said_before.strip())
            ops.unchanged = True
            continue
        if _lead_in(reader, sentence):  # "Two changes:", "To ting:": a lead-in to the lines below;
            # "Alt er egentlig som før, med to undtagelser:": and the rest stands
            ops.unchanged = ops.unchanged or said_same(key) is not None
            continue
        if ON_BEHALF.search(key):  # "... bad mig svare for ham: Han arbejder med støj":
            ops.not_understood.append(sentence.strip())  # another person's answers are the
            previous = False  # chair's to record, from that person's own address
            continue
        if WHEREVER_NEEDED.search(key):  # "sæt mig på det, der mangler folk til": a role the
            ops.not_understood.append(sentence.strip())  # others' answers decide, for the chair
            previous = False
            continue
        if _AGENDA.search(key) and not _THANKS.match(key):  # "An agenda wish for February: the new
            ops.not_understood.append(sentence.strip())  # guidance on noise from wind turbines":
            previous = False  # the topic of a meeting, no answer about the member
            continue
        if asks(sentence):  # "Could the chair tell me which group is best?": no answer
            ops.not_understood.append(sentence.strip())
            previous = False
            continue
        if question_last and _WHY_ASKED.match(key) and not _MINE.search(key):
            ops.not_understood.append(sentence.strip())  # "Kan vi få X på dagsordenen? Vi har
            continue  # flere kommuner i netværket, der ...": the question's background, no answer
        if sentence.rstrip().endswith("?") and _MAY_I.search(key):
            ops.not_understood.append(sentence.strip())  # "I'd like to stay in the network if
            # that's allowed?": read, and the chair answers the question
        said, shown = Said(), sentence
        head, colon, rest = sentence.partition(":")
        if colon and rest.strip() and sentence is not text and len(words(head)) <= 2 \
                and reader.question(head) is not None:
            reader.line(sentence, ops)  # "... Still chair. Time: much more this year.": labelled
            previous = True
            continue
        naming = _QUESTION_NAMED.search(fc.key(head)) if colon and rest.strip() else None
        label = naming and next(g for g in naming.groups() if g)
        if label and reader.question(label) is not None:
            reader.line(f"{label}: {rest}", ops)  # "I forgot the time question: little this autumn"
            previous = True
            continue
        if colon and rest.strip() and (ONLY_CHANGE.match(fc.key(head)) or said_same(
                fc.key(head))):  # "Nothing has changed except my experience: 23 years now"
            ops.unchanged = True  # "Only change: ...", "Kun én ændring: ...": the rest stands
            but = EXCEPT.search(fc.key(head))  # "Som før på nær tid: meget nu": its answer
            if but and len(reader.labels_in(but.group(1).split())) == 1:
                reader.line(f"{but.group(1)}: {rest}", ops)
                previous = True
                continue
            if not but and not options_in(reader, words(head)) and not numbers(head):
                sentence = rest  # "Alt er som før, med en enkelt undtagelse: tid lidt": the head
                key = fc.key(sentence)  # is said, the change follows the colon
                colon = ""
        rest_but = None if colon else _except_then(reader, sentence)
        if rest_but:  # "Som sidst – bortset fra tid, der er det lidt nu": that answer after the comma
            ops.unchanged = True
            reader.line(rest_but, ops)
            previous = True
            continue
        if colon and rest.strip() and (len(words(head)) <= 5 or CHANGES_LEAD.search(fc.key(head))):
            lead = find_options(words(head), reader.options)
            shown = sentence  # what the chair is shown, as the member wrote it
            sentence = f"{head} {rest}" if lead else rest  # a lead-in: "Glemte: ...", "Dertil: ..."
        multi = [o for o in reader.options if reader.by_id[o.question].type == "multi"]
        signed = fc.signed_items(sentence, multi)
        if signed:  # "kort: +støj +luft -affald": each item added or taken away
            for sign, f in signed:
                ops.add(f.option.question, "add" if sign == "+" else "remove", [f.option.name])
            ops.read_from({f.option.question for _, f in signed}, shown)
            previous = True
            continue
        if said_same(key) and "," in sentence and not AS_SOMEONE.search(sentence) and not (
                _answers(reader, _EVERYTHING_ELSE.sub(" ", sentence))
                or reader.labels_in(_EVERYTHING_ELSE.sub(" ", key).split())
                or _BUT.search(key) and fc.removes(sentence)):  # "... men slet det med X"
            ops.unchanged = True  # "Indtil da står alt, som det er": one sentence, the rest stands
            continue
        if _AND_SO_ON & set(key.split()) and said_same(key) and not options_in(
                reader, words(sentence)) and not numbers(sentence):
            ops.unchanged = True  # "Mine fagområder, tid osv. er de samme som sidst": all of it
            continue
        needed = _IF_NEEDED.match(key)  # "Hvis der bliver brug for en sekretær, så tager jeg den"
        roles = [f for f in options_in(reader, needed.group(1).split()) if f.option.question in
                 reader.roles] if needed else []
        for n, clause in enumerate([f"tilføj {roles[0].option.name}"] if len(roles) == 1 else
                                   fc.clauses(sentence)):
            if n == 0 and _ADDRESSED.match(fc.key(clause)):
                continue  # "Hej formand", "Dear Chair,": whom the mail is to, no answer
            if n == 0 and fc.key(clause) in _YES_FIRST and clause.strip() != sentence.strip():
                continue  # "In answer to your question: yes, I'll take the secretary job"
            if said.choices and _DECLINE.match(fc.key(clause)):  # "Chair - no thanks"
                qid, _, names = said.choices[-1]
                said.choices[-1] = (qid, "remove", names)
                continue
            if said.choices and _ACCEPT.match(fc.key(clause)):  # "secretary – yes"
                continue
            if n and _why_the_amount(reader, said, clause):
                continue  # "make that little – the new wastewater permits are eating my calendar"
            _clause(reader, clause, ops, said, sentence)
        _rather_than(reader, key, said)
        removed_last = any(op == "remove" for _, op, _ in said.choices)
        nominated = NOMINATED.search(key)  # "foreslå Jonas Kragh som formand": not the member's
        if nominated:
            named = {f.option.name for f in options_in(reader, nominated.group(1).split())}
            said.choices = [(qid, op, names) for qid, op, names in said.choices
                            if op == "remove" or not set(names) <= named]
            said.items.append(sentence.strip())
        if COLLEAGUE_TAKES.search(sentence):  # "min kollega Lotte Bak tager over for os": the
            said.items.append(sentence.strip())  # chair records that person
        shared = shared_with(reader, sentence) if any(  # a role to share, not a topic
            qid in reader.roles and op != "remove" for qid, op, _ in said.choices) else ""
        if shared == "someone":  # "Sekretær – men helst sammen med en anden": offered, and the
            said.items.append(sentence.strip())  # chair arranges the sharing
        limited = PART_OF_TERM.search(key) is not None
        if_not = weighed_last and _IF_NOT.match(key) is not None and all(
            qid in reader.roles for qid, _, _ in said.choices)  # "Chair, if Lars stays on as
        weighed_last = False  # secretary. If not, then consultation coordinator": both weighed
        if_not = if_not or bool(said.choices) and _ONLY_SOME.search(key) is not None and not \
            _STILL.search(key) and all(
            qid in reader.roles and op != "remove" for qid, op, _ in said.choices)  # "..., but
        # only for consultations on Power-to-X": the role in part, which the chair must weigh
        if_not = if_not or question_last and _IF_SO.match(key) is not None  # "... er 'funktioner' i
        # gruppen eller hjemme? Hvis det er i gruppen, vil jeg gerne ...": on the chair's answer
        if said.choices and (if_not or on_someone_else(reader, sentence) or THEIR_WISH.search(key)
                             or shared in ("named", "condition") or reluctant(reader, key)
                             or limited and any(for_a_term(reader, c) for c in said.choices)
                             or WHILE_THEY_ARE_AWAY.search(key) and any(
                                 for_a_term(reader, c) for c in said.choices)
                             or any(p.search(key) for p in CHAIRS_TO_WEIGH)):
            weighed = [c for c in said.choices if (shared != "condition" or c[0] in reader.roles)
                       and (not limited or for_a_term(reader, c) or FIND_LATER.search(key))]
            if any(c[0] in reader.roles and c[1] != "remove" for c in weighed):
                weighed = [c for c in weighed if c[0] in reader.roles]  # "Jord fordi ..., og
                # sekretær kan jeg godt tage, hvis Kirsten stopper": the condition is the role's
            elif any(reader.by_id[c[0]].type != "single" for c in weighed):
                weighed = [c for c in weighed if reader.by_id[c[0]].type != "single"]  # "join the
                # PFAS group, but only if it meets online – I can't travel much": the join's
            for qid, op, names in weighed:  # not recorded from the marks either
                if op != "remove":
                    ops.held.setdefault(qid, set()).update(names)
            # "formand, hvis Bente ikke fortsætter": for the chair to weigh (only the role, when
            # only its sharing is the condition: "..., så skriv nogen i stedet for meget")
            said.choices = [c for c in said.choices if c not in weighed]
            said.items.append(sentence.strip())
            weighed_last = bool(weighed)
        if ENDS_AT.search(key) and any(op != "remove" and qid not in reader.roles and reader.by_id[
                qid].type == "multi" for qid, op, _ in said.choices) and sentence.strip() not in said.items:
            said.items.append(sentence.strip())  # "I'll stay in the inspection network until the end
            # of March": recorded, and the chair told when it ends
        if _NOBODY_ELSE.search(key) and {"hvis", "if"} & set(key.split()) and any(
                qid in reader.roles and op != "remove" for qid, op, _ in said.choices):
            said.items.append(sentence.strip())  # "Secretary, if nobody else wants to": recorded
            # as offered, and the chair told it is offered as the one who steps in
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
        _two_amounts(reader, said, sentence)
        if said.bare_removal and not any(op == "remove" for _, op, _ in said.choices):
            said.asked.append(shown.strip())  # "fjern" and nothing in the sentence to take away
        _emit(reader, said, ops)
        if _gave_up_role(reader, ops, before_this) and _ROLE_ENDS_LATER.search(key) and \
                not _REMOVE_NOW.search(key):  # "Jeg stiller ikke op som formand igen, når min
            ops.not_understood.append(shown.strip())  # periode udløber ved årsmødet i marts":
            # recorded as said, and the chair, who plans the handover, is told when
        if until_then and _dated(sentence) and _answered_since(ops, before_this):
            _restore(ops, before_this)  # "Indtil da er alt som det står. Formandsposten må I finde
            ops.not_understood.append(shown.strip())  # en anden til fra sommer": not yet
            continue
        for qid in said.answered & set(unsure):  # "Hard to say re time. Put me down as some":
            if unsure[qid] in ops.not_understood:  # the member decided after all
                ops.not_understood.remove(unsure.pop(qid))
        if not said.understood and fc.UNSURE.search(key) and all(
                fc.UNSURE.search(fc.key(c)) or reader.labels_in(fc.key(c).split())
                or is_courtesy(fc.key(c), courtesy) or fc.is_reason(c) or _DEPENDS.match(fc.key(c))
                for c in fc.clauses(sentence)):
            # only a doubt about a question, which a later answer settles (not "gået over til
            # landbrugstilsyn, så jeg ved ikke, hvad jeg skal sætte kryds ved under fagområder")
            unsure.update(dict.fromkeys(reader.labels_in(key.split()), sentence.strip()))
        excepted = EXCEPT.search(key)  # "Uændret på nær tiden – ...": the time must be read
        for qid in reader.labels_in(excepted.group(1).split()) if excepted else ():
            pending.setdefault(qid, shown.strip())
        ops.read_from(sorted(said.answered), sentence)
        previous = said.understood
        ops.not_understood.extend(said.asked)  # never courtesy: two answers to one question
        if said.understood and NEWS.search(" ".join(  # not as a reason: "pga. nyt job"
                fc.key(c) for c in fc.clauses(sentence) if not fc.is_reason(c))):
            ops.not_understood.append(shown.strip())
        elif said.understood:
            ops.not_understood.extend(i for i in said.items
                                      if not is_courtesy(fc.key(i), courtesy))
            ops.not_understood.extend(c for c, named in said.unplaced if named - said.answered
                                      and not is_courtesy(fc.key(c), courtesy))  # "Ingen kommentarer"
        elif role_above and _OFFER_BACK.search(key) and not fc.removes(sentence) and \
                not fc.is_reason(sentence) and not _ON_CONDITION.search(key):
            # "Hvornår vælger vi ny høringstovholder? Jeg vil gerne stille op til det."
            ops.add(role_above.option.question, "add", [role_above.option.name])
            ops.read_from([role_above.option.question], sentence)
        elif not is_courtesy(key, courtesy) and not _points_to_form(reader, key) and not \
                _courteous(reader, sentence, courtesy):  # "Tak, og tillykke til Jonas med formandsposten"
            ops.not_understood.append(shown.strip())

    _as_voided(ops, before_this, voided)
    for qid, sentence in pending.items():  # "alt som før på nær tiden" and no time given
        if qid not in ops.ops and qid not in ops.values and sentence not in ops.not_understood:
            ops.not_understood.append(sentence)


_APOLOGY = re.compile(r"^(?:og |and |men |but |so |saa )?(?:sorry|undskyld|beklager|apologies|my apologies|"
                      r"i m sorry|i apologi[sz]e)\b")


def _courteous(reader: Reader, sentence: str, courtesy: re.Pattern[str]) -> bool:
    """Every clause is courtesy; after an apology, a clause that names no answer and tells no
    news is its reason ("..., and apologies for being so late – the autumn has been one long run
    of inspections")."""
    sorry = False
    for clause in fc.clauses(sentence):
        key = fc.key(clause)
        sorry = sorry or bool(_APOLOGY.match(key))
        if is_courtesy(key, courtesy):
            continue
        if not (sorry and not options_in(reader, words(clause)) and not numbers(clause)
                and not NEWS.search(key) and not FOR_CHAIR.search(key) and not clause.rstrip().endswith("?")):
            return False
    return True


_POINTER = re.compile(r"^(?:jeg |i )?(?:har |have |ve )?(?:kun |only |just |bare )?(?:changed|updated|"
                      r"corrected|aendret|rettet|opdateret|justeret) (?:i |in )?(?:my |min |mit |mine |"
                      r"the )?(\w+)"
                      r"(?: (?:in|i) (?:the |my )?(?:form|skemaet|skema)| below| nedenfor| nederst| "
                      r"herunder| forneden)?$")


#: "..., jeg har rettet det under Andet": what the sentence tells is written in that answer
_POINTER_BACK = re.compile(r"\b(?:jeg |i )?(?:har |have |ve )?(?:changed|updated|corrected|aendret|rettet|"
                           r"opdateret|skrevet|written|noted|noteret) (?:det|it|that|den|this) (?:under|"
                           r"i|in|at|"
                           r"ved|til|som) (?:the |my )?(\w+)(?: (?:in|i) (?:the |my )?(?:form|skemaet))?$")


def _explained_in_form(reader: Reader, sentence: str) -> bool:
    """"Mit vikariat er blevet forlænget, jeg har rettet det under Andet": news whose answer the
    member wrote in the form, which is read there."""
    clauses = fc.clauses(sentence)
    last = _POINTER_BACK.search(fc.key(clauses[-1])) if len(clauses) > 1 else None
    return bool(last and reader.labels_in([last.group(1)]))


_EXAMPLE = [["fx"], ["f", "eks"], ["feks"], ["eksempelvis"], ["for", "example"], ["e", "g"], ["eg"],
            ["such", "as"], ["like"], ["som", "fx"], ["herunder"], ["for", "eksempel"]]


def _without_examples(reader: Reader, typed: list[str], found: list[Found]) -> list[Found]:
    """A role's examples are no topics: "høringstovholder på de store høringer, fx affaldsplanen"."""
    at = next((i for i in range(len(typed)) for e in _EXAMPLE if typed[i:i + len(e)] == e), None)
    if at is None or not any(f.option.question in reader.roles and f.end <= at for f in found):
        return found
    return [f for f in found if f.start < at]


#: gathering the group's input to consultations: the consultation coordinator's task, no comment
_GATHERING = re.compile(r"\b(?:samle|samler|indsamle|koordinere|collect\w*|gather\w*|coordinat\w*) "
                        r"(?:\w+ ){0,3}(?:input|bidrag|kommentarer|comments|responses|views) (?:til|to|"
                        r"for|on)\b")
#: wanting to know more about an option before choosing it
_HEAR_MORE = re.compile(r"\b(?:hoere|vide|hear|know|learn|find out|laere) (?:lidt |noget |a bit |"
                        r"a little |some"
                        r"thing )?(?:mere|more) (?:om|about)\b|\b(?:mere|more) (?:info\w*|"
                        r"information) (?:om|about|"
                        r"on)\b|\bwhat (?:the|it) \w+ (?:is|does|involves)\b")
#: one meeting (not "møderne": going to the meetings is being in the group)
_MEETING = ("moede", "moedet")


def _a_meeting(typed: list[str], f: Found) -> bool:
    """"ikke deltage i netværksmødet", "the PFAS group meeting": the group's meeting, not the group."""
    last = typed[f.end - 1]
    if last in _MEETING or last in ("meeting", "meetings", "moederne", "moeder"):
        return False  # "lede møderne": the chair's task, found by its words
    return last.endswith(_MEETING) and not any(w.endswith(_MEETING) for w in f.option.words) or \
        typed[f.end:f.end + 1] in (["meeting"], ["moede"], ["moedet"])


def _points_to_form(reader: Reader, key: str) -> bool:
    """"Changed my time.", "Har rettet tiden": the marks in the form say how; nothing more."""
    m = _POINTER.match(key)
    return bool(m and reader.labels_in([m.group(1)]))


#: standing in for a role, not taking it: for the chair to weigh
_DEPUTY = re.compile(r"\b(?:naestformand\w*|vice\w*|deputy|stedfortraed\w*|suppleant\w*|vikar\w*|"
                     r"chair (?:a|the|an|some|our|this|next) (?:\w+ )?(?:meeting|session)\b|lede (?:et|"
                     r"nogle) moede\w*|"
                     r"lede (?:moedet|det \w+ moede)|"
                     r"stand in|standing in|fill in|(?:when|if|naar|hvis) (?:the |formanden |"
                     r"chair |the chair |\w+en |the \w+ )?(?:is |er )?(?:away|absent|vaek|fravaerende|"
                     r"ikke kan))\b")
#: work done before, in the past tense: "hvor jeg mest lavede jordforurening", "I used to do noise"
_PAST_WORK = re.compile(r"\b(?:lavede|arbejdede|beskaeftigede|sad (?:\w+ )?med|worked|was (?:\w+ )?(?:doing|"
                        r"working)|used to)\b")
_NOW_TOO = re.compile(r"\b(?:stadig|fortsat|nu|still|now|currently|today|i dag|fortsaetter|continue\w*)\b")
def _after_topic_colon(reader: Reader, clause: str, sentence: str) -> re.Match[str] | None:
    """"... mostly noise: complaints about music venues and wind turbines": the clause follows a
    colon after a topic that is an option, so it details that topic (an empty match)."""
    at = sentence.find(clause.strip())
    head = sentence[:at].rstrip()
    if at <= 0 or not head.endswith(":") or not options_in(reader, words(head)[-3:]):
        return None
    if reader.labels_in(words(head)[-3:]):
        return None  # "Interesser: PFAS": a label, not a topic
    return re.match("", clause)


#: an answer that waits on the chair's answer to the question just asked
_IF_SO = re.compile(r"^(?:men |but |og |and )?(?:hvis (?:ja|saa|det er|det goer|det gaelder)|i saa fald|"
                    r"if (?:so|yes|"
                    r"it is|it does|that s the case|that is the case)|in that case)\b")
#: a wish for a meeting's agenda
_AGENDA = re.compile(r"\b(?:agenda|dagsorden\w*|(?:som|as) (?:\w+ )?(?:punkt|item) (?:paa|on|at) (?:\w+ )?"
                     r"(?:moede\w*|meeting)|(?:et |an? )?(?:punkt|item) (?:til|"
                     r"for) (?:\w+ )?(?:moede\w*|meeting))\b")
_THANKS = re.compile(r"^(?:og |and )?(?:mange |tusind )?(?:tak|thanks|thank you)\b")
#: what opens a detail of the topic just named
_ELABORATES = re.compile(r"^(?:isaer|saerligt|saerlig|specielt|navnlig|primaert|hovedsageligt|mest|herunder|"
                         r"bl a|blandt andet|fx|f eks|for eksempel|som fx|especially|particularly|"
                         r"mainly|mostly|primarily|chiefly|including|e g|such as|for example|notably)\b")
_PREPOSITIONS = fc.set_of("fra from ved at i in med with om about for til to paa on af of")
_PROBABLY = fc.set_of("nok vist sikkert probably presumably")
#: a task being handed on, not yet gone: "på at overdrage mine jordsager", "handing over soil"
_HANDING_ON = re.compile(r"\b(?:at overdrage|overdragelse\w*|handing over|hand over|handing on|"
                         r"at aflevere|at give (?:\w+ )?videre)\b")
#: a role it is too early for: "lidt tidligt for mig at blive formand", "too new to chair"
_TOO_SOON = re.compile(r"\b(?:tidligt|for ny|for frisk|too early|too soon|too new|too green) (?:\w+ ){0,3}"
                       r"(?:at|til at|to) (?:\w+ )?(?:blive|vaere|tage|be|become|take|chair|lede)\b")
_DEPUTY_ROLE = re.compile(r"\b(?:naestformand\w*|viceformand\w*|vice ?chair\w*|deputy|stedfortraeder\w*|"
                          r"suppleant\w*)\b")
_SINCE_WHEN = fc.set_of("this last then the january february march april may june july august "
                        "september october november december spring summer autumn fall winter")


def _since_then(reader: Reader, key: str) -> bool:
    """"since this spring also a bit with PFAS": "since" says when, and the clause names an
    option; "since the summer" alone only qualifies, like a reason."""
    typed = key.split()
    return typed[:1] == ["since"] and len(typed) > 2 and (typed[1] in _SINCE_WHEN or typed[1].isdigit()) \
        and bool(options_in(reader, typed))


_BARE_REMOVE = fc.set_of("fjern fjernes slet slettes remove delete ud vaek drop")


_WRITE_YEARS = re.compile(r"^(?:og |and |men |but )?(?:saa |so )?(?:skriv|write|put|saet|make it|put down)"
                          r"(?: bare| just| gerne| mig| me| down)* (\w+)(?: aars?| years?)?(?: erfaring| "
                          r"experience| of experience| i alt| in total)?$")


def _ends_writing_number(reader: Reader, sentence: str, ops: Ops) -> bool:
    """A sentence whose last clause says which number to write: the clauses before it are why."""
    clauses = fc.clauses(sentence)
    m = _WRITE_YEARS.match(fc.key(clauses[-1])) if len(clauses) > 1 else None
    q = reader.number_question()
    word = m.group(1) if m else ""
    number = int(word) if word.isdigit() else word_number(word) if word else None
    if q is None or number is None or not (YEAR_UNITS & set(fc.key(sentence).split()) or q.id in
                                           reader.strong_labels(fc.key(sentence).split())):
        return False
    ops.values[q.id] = str(number)
    ops.read_from([q.id], sentence)
    return True


def _write_number(reader: Reader, key: str, ops: Ops) -> bool:
    """"Skriv bare 3.", "Make it 12." right after the years were talked about: that number."""
    q, m = reader.number_question(), _CORRECTED.match(key)
    rest = key[m.end():].split() if m else []
    number = (int(rest[0]) if rest[0].isdigit() else word_number(rest[0])) if len(rest) == 1 else None
    if q is None or number is None or not (q.id in ops.values or q.id in ops.words):
        return False
    ops.values[q.id] = str(number)
    ops.read_from([q.id], key)
    return True


def _number_fixed(reader: Reader, key: str, ops: Ops) -> bool:
    """A number of years the member corrects in the sentence: "30 års erfaring – det er 13"."""
    q, fix = reader.number_question(), _NUMBER_FIX.search(key)
    value = fix and (int(fix.group(1)) if fix.group(1).isdigit() else word_number(fix.group(1)))
    if q is None or fix is None or not value or len(numbers(key)) != 2 or not numbers(
            key[:fix.start()]) or not (
            YEAR_UNITS & set(key.split()) or q.id in reader.strong_labels(key.split())):
        return False
    ops.values[q.id] = str(value)
    ops.read_from([q.id], key)
    return True


#: the right number after a wrong one: "det er 13", "it should be 13", "rigtigt er 13"
_NUMBER_FIX = re.compile(r"\b(?:det er|det skal vaere|skal vaere|rigtigt er|korrekt er|er faktisk|"
                         r"rettes til|it s|it is|it should be|should be|is actually|the right number is)"
                         r"(?: vist| nok| faktisk| egentlig| snarere| nu| actually| really| probably)*"
                         r"\s+(\w+)\b(?! (?:aar|years?) (?:siden|ago))")


#: the member saying who is writing: "I'm Sofia", "Lars her", "jeg hedder Mette"
_INTRO = re.compile(r"^(?:(?:og|and|hej|hi|hello) )?(?:i m|i am|this is|here is|det er|her er|"
                    r"jeg hedder|jeg er|"
                    r"my name is|mit navn er) ([a-z]+(?: [a-z]+){0,2})$|^([a-z]+(?: [a-z]+)?) (?:her|here)$")


def _introduces(reader: Reader, key: str) -> bool:
    m = _INTRO.match(key)
    name = (m.group(1) or m.group(2)) if m else None
    return name is not None and set(name.split()) <= reader.names


def _signed(reader: Reader, key: str) -> bool:
    """The member's name alone ("lars", "Mette J."): a signature, initials included."""
    return key in reader.initials or all(
        w in reader.names or len(w) == 1 and any(n.startswith(w) for n in reader.names)
        for w in key.split())


#: "Der er et par ændringer fra min side efter nytår:": a longer lead-in, to changes below
_CHANGE_WORDS = fc.set_of("aendringer rettelser opdateringer changes updates corrections")


def _lead_in(reader: Reader, sentence: str) -> bool:
    """A short line ending in a colon that names no option, no question, no years and no news
    for the chair ("Quick update from me after a busy autumn:")."""
    typed = words(sentence)
    short = len(typed) <= 8 or len(typed) <= 16 and bool(_CHANGE_WORDS & set(typed))
    return sentence.rstrip().endswith(":") and short and not (
        options_in(reader, typed) or reader.strong_labels(typed) or YEAR_UNITS & set(typed)
        or FOR_CHAIR.search(" ".join(typed)) or re.search(r"\d", sentence))


#: a clause that only declines what the clause before it named
_ACCEPT = re.compile(r"^(?:ja|yes|gerne|ok|okay|fint|fine|sure|gladly|(?:please )?(?:tilfoej|add|"
                     r"saet) (?:mig|me)(?: paa| on)?|(?:den |det )?tager jeg(?: gerne)?|i ll take it)"
                     r"(?: tak| thanks| please| gerne)?$")
_DECLINE = re.compile(r"^(?:nej|no|not me|ikke mig|nope|no longer|not any ?more|no more|ikke (?:mere|"
                      r"laengere|laenger))(?: tak| thanks| thank you)?$")  # "Chair - no longer"


def _two_amounts(reader: Reader, said: Said, sentence: str) -> None:
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


def _answers(reader: Reader, sentence: str) -> bool:
    """Does the sentence name an option, a number or a question at all?"""
    typed = words(sentence)
    return bool(options_in(reader, typed) or numbers(sentence) or reader.strong_labels(typed))


#: "If it is only the national ones I can do it": an offer the chair's answer decides
_ON_CONDITION = re.compile(r"\b(?:hvis|if|provided|forudsat|as long as|saa laenge|medmindre|unless)\b")
#: how a task is going, not which tasks are the member's: "fylder meget", "er kommet godt i gang"
_GOING = re.compile(r"\b(?:er kommet (?:godt |rigtig godt )?i gang|kommet godt i gang|fylder|fyldte|"
                    r"koerer|er i gang|er startet|gaar godt|is going well|has started|is under way|"
                    r"takes up|took up|is growing|vokser|hectic|busy|travlt|travl|optaget af|"
                    # "VVM er kun en enkelt sag om året nu": less of it, and still there
                    r"(?:er|is) (?:nu |now )?(?:kun|bare|only|just) (?:en|et|a|one) )\b")
_ONLY_SOME = re.compile(r"\b(?:only|kun|just) (?:for|on|with|about|om|til|paa|ved) (?:the |de |those )?"
                        r"(?!(?:now|nu|a|an|one|et|en|this|next|i|the|foraaret|efteraaret|sommer\w*|"
                        r"vinter\w*|jul\w*|nytaar|\d+|a while|et stykke|en periode|resten)\b)\w+")
_ASK_YOU = re.compile(r"^(?:men |but |og |and )?(?:can|could|would|will) you\b|"
                      r"^(?:men |og )?(?:kan|kunne|vil) (?:du|i)\b")
#: someone else's turn, after a role given up: "Jeg har været formand længe nok, nu må andre til"
_OTHERS_TURN = re.compile(r"\b(?:nu |now )?(?:maa|skal|kan) (?:andre|en anden|nogen andre) "
                          r"(?:til|overtage|tage over)|(?:someone|somebody) else s turn|"
                          r"time for (?:someone|somebody) else\b")
_STILL = re.compile(r"\b(?:stadig|fortsat|fortsaette\w*|fortsaetter|still|continue\w*|keep|stay\w*|"
                    r"remain\w*|helst)\b")  # a role kept, and what the member would rather do in it
_AND_SO_ON = frozenset(("osv", "etc", "mv", "etcetera"))
_IF_NOT = re.compile(r"^(?:and |og |but |men )?(?:if not|hvis ikke|if he doesn t|if she doesn t|"
                     r"if he won t|if she won t|otherwise|ellers|alternatively|or else)\b")
_ONLY = frozenset(("kun", "only", "just", "bare"))
_OTHERS_SHOULD = re.compile(r"\b(?:someone|somebody) else (?:should|must|ought to|has to|needs to|can|"
                            r"could)\b|"
                            r"\b(?:en anden|nogen anden|andre|en yngre|yngre kraefter|nye kraefter|friske "
                            r"kraefter) (?:skal|boer|maa|burde|kan)\b|"
                            # "Formandsposten må en yngre tage": the same, the verb first
                            r"\b(?:maa|skal|kan|boer) (?:en anden|nogen anden|andre|en yngre|yngre kraefter|"
                            r"nye kraefter|friske kraefter|en ny|nye folk) (?:tage|overtage|have|staa)\b|"
                            # "time for someone else to have a go", "på tide at en anden tager over"
                            r"\b(?:time for|let|give|make room for) (?:someone|somebody) else\b|"
                            r"\b(?:someone|somebody) else s turn\b|"
                            r"\b(?:time for|make room for) (?:others|new people|new blood|fresh)\b|"
                            r"\b(?:paa tide|tid til|tid for) (?:at )?(?:en anden|nogen anden|andre|nye)\b|"
                            # "Formand bør nok være en anden", "chair should be someone else"
                            r"\b(?:boer|skal|maa|burde|should|must|ought to) (?:\w+ )?(?:vaere|"
                            r"be) (?:en anden|"
                            r"nogen anden|someone else|somebody else|another person|en ny|someone new)\b|"
                            # "(det er på tide,) at en anden skriver referaterne": their task now
                            r"^(?:at |that |saa |so )?(?:en anden|nogen anden|someone else|somebody else) "
                            r"\w+(?:er|s)\b|"
                            r"\b(?:lade|lad|give) (?:en anden|nogen anden|andre|nye) (?:tage|overtage|"
                            r"en chance|"
                            r"proeve|komme til)\b")
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
_WAS = re.compile(r"^(?:foer|tidligere|forhen|var|was|previously|before|formerly|used to be)\b")


_RATHER_THAN = re.compile(r"\b(?:hellere|rather)\b.*?\b(?:end|than)\b")


def _rather_than(reader: Reader, key: str, said: Said) -> None:
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


def _clause(reader: Reader, clause: str, ops: Ops, said: Said, sentence: str) -> None:
    """One clause, read without the names of units ("i det nye Center for Klima og Miljø", "jord-
    og affaldsteamet": places, not topics); what goes to the chair is the member's own words."""
    plain = without_units(reader, clause)
    items, asked, unplaced = len(said.items), len(said.asked), len(said.unplaced)
    _read_clause(reader, plain, ops, said, sentence)
    if plain != clause:
        own = {plain.strip(): clause.strip()}
        said.items[items:] = [own.get(i, i) for i in said.items[items:]]
        said.asked[asked:] = [own.get(i, i) for i in said.asked[asked:]]
        said.unplaced[unplaced:] = [(own.get(c, c), n) for c, n in said.unplaced[unplaced:]]


def _read_clause(reader: Reader, clause: str, ops: Ops, said: Said, sentence: str) -> None:
    key = fc.key(clause)
    if key and set(key.split()) <= _BARE_REMOVE:  # "MJ: fjern – Jonas har overtaget PFAS"
        said.bare_removal = True
        return
    if _WAS.match(key) and f"({clause.strip()}" in sentence:
        said.understood = True  # "tid: nogen (før meget)": the old answer, named to compare
        return
    if _points_to_form(reader, key):  # "Rettet erfaring, resten passer"
        said.understood = True
        ops.unchanged = ops.unchanged or bool(_ONLY & set(key.split()))  # "Har kun rettet X"
        return
    if fc.is_reason(clause) and not AS_BEFORE.match(key) and not _since_then(reader, key):
        return
    if _introduces(reader, key):
        said.understood = True  # "I'm Sofia", "Lars her": the member's own name, no answer
        return
    like = AS_SOMEONE.search(clause)  # ("så jeg laver støj og luft ligesom ham": the options named)
    if like and not (like.group(0).split()[0].lower() in ("ligesom", "lige", "just") and options_in(
            reader, _plain(words(clause)))):  # "så I kan bare skrive mig op på det samme som hende": another
        said.items.append(clause.strip())  # member's answers, for the chair to copy or not
        said.understood = True
        return
    if plus_years(reader, key, sentence, ops, said):
        return  # "skriv bare et år mere på erfaringen": counted from the old answer
    typed = _plain(words(clause))
    detail = _ELABORATES.match(key) or _after_topic_colon(reader, clause, sentence)
    if detail and any(op != "remove" and reader.by_id[q].type == "multi" for q, op, _ in said.choices) \
            and not options_in(reader, typed) and not any(fc.markers(typed)) and not all(
            len(words(i)) <= 2 and fc.is_listed_item(i) and words(i)[0] not in _PREPOSITIONS
            for i in fc.items(key[detail.end():])):  # (not "Jord, især grundvand og lugt": topics)
        said.understood = True  # "PFAS følger jeg stadig, især sagerne med fund i drænvandet",
        return  # "støj og luft, primært fra virksomheder": what the topic just named covers
    if said.choices and said.choices[-1][0] in reader.roles and any(typed[:len(e)] == e for e in _EXAMPLE):
        said.understood = True  # "høringstovholder på de store høringer, fx affaldsplanen": an
        return  # example of the role's work, no topic
    absent = "remove" in fc.markers(typed)  # "kan ikke deltage i netværksmødet": one meeting missed
    found = _without_examples(reader, typed, [f for f in options_in(reader, typed)
                                              if not (absent and _a_meeting(typed, f))])
    number = number_of_years(reader, clause, typed, sentence)
    named = reader.strong_labels(_no_occasion(typed))  # "same as last time": no Time question
    if _between_amounts(reader, typed):  # "et sted mellem lidt og nogen": the chair asks
        said.asked.append(clause.strip())
        said.understood = True
        return
    if found and _HEAR_MORE.search(key):  # "men jeg vil gerne høre mere om PFAS-gruppen": no
        said.items.append(clause.strip())  # join yet; the chair tells about it
        said.understood = True
        return
    if found and any(f.option.question in reader.roles for f in found) and NOT_DRAWN.search(key):
        said.items.append(clause.strip())  # "I'd rather not be drawn for Secretary", "så er
        said.understood = True  # sekretærposten ikke med i lodtrækningen": about the draw, for
        return  # the chair; no answer either way
    if found and _ENJOYED.search(key):
        said.understood = True  # "I have really enjoyed the PFAS working group": a thanks, no answer
        return
    if (found or number is not None) and _THEIRS_TOO.match(key) and THEIRS.match(fc.key(sentence)):
        said.items.append(clause.strip())  # "Hun arbejder med støj og har vist 2 års erfaring":
        said.understood = True  # the same "hun" goes on, and the years are hers
        return
    if found and THEIRS.match(key) and not SOMEONE_TAKES.match(key):  # "han har sagt, at han
        said.items.append(clause.strip())  # gerne vil være høringstovholder": his, for the chair
        said.understood = True
        return
    if found and _OTHERS_SHOULD.search(key) and all(f.option.question in reader.roles for f in found):
        for q, fs in by_question(found).items():  # "After six years someone else should chair":
            said.choices.append((q, "remove", [f.option.name for f in fs]))  # no longer mine
        if fc.hedged(typed) or _PROBABLY & set(typed) or _dated(clause):
            said.items.append(clause.strip())  # "Formand bør nok være en anden fra det nye år":
        said.understood = True  # when, or whether, is for the chair to settle with the member
        return
    if found and _PAST_WORK.search(key) and not _NOW_TOO.search(fc.key(sentence)) and all(
            reader.by_id[f.option.question].type == "multi" and f.option.question not in reader.roles
            for f in found):
        said.items.append(clause.strip())  # "..., hvor jeg mest lavede jordforureningsundersøgelser":
        said.understood = True  # the work before, which may or may not be the member's now
        return
    if found and _HANDING_ON.search(key) and all(
            reader.by_id[f.option.question].type == "multi" and f.option.question not in reader.roles
            for f in found):
        said.items.append(clause.strip())  # "bruger tiden på at overdrage mine jordsager til de
        said.understood = True  # yngre kolleger": still the member's while it goes on
        return
    if found and all(f.option.question in reader.roles for f in found) and _TOO_SOON.search(key):
        for q, fs in by_question(found).items():  # "det er nok lidt tidligt for mig at blive
            said.choices.append((q, "remove", [f.option.name for f in fs]))  # formand": no
        said.understood = True
        return
    if found and SOMEONE_TAKES.match(key):  # "han tager sekretærjobbet": the role is the
        for q, fs in by_question(found).items():  # other person's, so not the member's
            said.choices.append((q, "remove", [f.option.name for f in fs]))
        said.items.append(clause.strip())  # and the chair updates that person
        said.understood = True
        return
    if said.choices and DRAWN.search(fc.key(sentence)) and _BACK.search(key) and \
            (fc.removes(clause) or NOT_FOR_ME.search(key)):  # "trukket som formand, men det
        # kan jeg ikke overkomme", "jeg trak sekretær, men det er jeg dårlig til"
        qid, _, names = said.choices[-1]
        said.choices[-1] = (qid, "remove", names)
        said.asked.append(sentence.strip())
        said.understood = True
        return
    if joins_a_namesake(reader, typed, found) or names_a_body(reader, typed, found) or (
            _DEPUTY.search(key) and any(f.option.question in reader.roles for f in found)) or (
            not found and _DEPUTY_ROLE.search(key)):  # "jeg kunne godt være næstformand": no option
        # "være med på PFAS", "med i den regionale jordgruppe": the topic or which group?
        # "chair meetings when the chair is away": a deputy, not the role
        said.items.append(clause.strip())
        said.understood = True
        return
    key = spelled(key)
    same = SAME.search(key)
    if same and AS_SOMEONE.search(clause):  # "skriv det samme som hos Jens"
        said.items.append(clause.strip())
        said.understood = True
        return
    label_same = LABEL_SAME.match(key)
    if label_same and reader.labels_in([label_same.group(1)]):
        same = label_same  # "Groups the same.", "Tid samme": that question's answer stays
    if not found and number is None and same:
        # "Tiden er den samme": only the time ("samme som sidste år" names no question; nor
        # does "other" in "no other changes")
        outside = named if same is label_same else reader.strong_labels(
            [w for m, w in zip(re.finditer(r"\S+", key), _no_occasion(key.split()), strict=False)
             if not same.start() <= m.start() < same.end()])
        subject = outside or reader.labels_in(key[:same.start()].split())
        if len(subject) == 1 and not THE_REST.search(key):  # "Min tid er som sidst": kept
            ops.add(next(iter(subject)), "keep")
            said.answered |= subject
        else:
            ops.unchanged = True
            said.rest_stands = bool(THE_REST.search(key))
        said.understood = True
        return
    if found and _out_in(reader, typed, found, said):
        return
    vague = [f for f in found if f.partial and len(words(f.option.name)) > 1
             or _HELP_WITH.search(key) and f.option.question in reader.roles]  # "hjælpe med høringssvar"
    if vague and (_WORK.search(key) or _HELP.search(key) and not _NOBODY_ELSE.search(
            fc.key(sentence))):  # "arbejder med miljøtilsyn": a topic, or the network?
        said.items.append(clause.strip())
        said.understood = True
        found = [f for f in found if f not in vague]
        if not found and number is None:
            return
    if AS_AGREED.fullmatch(key):
        return  # "..., som vi talte om": courtesy
    if named and _BUT_FOR & set(typed) and _none_of(reader, named, typed, ops, said):
        return  # "no groups except the PFAS one": the named question's options only
    if found and said.choices and said.choices[-1][1] == "remove" and _only_more(typed, found):
        for q, fs in by_question(found).items():  # "I've handed soil over to Jakob, and the
            said.choices.append((q, "remove", [f.option.name for f in fs]))  # role as well"
        said.answered |= {f.option.question for f in found}
        said.understood = True
        return
    if found and _BACK.match(key) and _taken_away(said, found) and not fc.adds(clause.split()[0]):
        said.understood = True  # "PFAS er ikke længere på mit bord, det er samlet i et nyt
        return  # PFAS-team": where it went, not the member's again
    if found and fc.unclear_verb(clause) and _given(said, found):
        said.understood = True  # "Tilføj klima - jeg har fået klimatilpasningen ind over mit bord"
        return
    if found and _LESS_OF.search(key) and all(reader.by_id[f.option.question].type == "multi"
                                              for f in found):
        said.items.append(clause.strip())  # "not so much with climate anymore": less, not gone
        said.understood = True
        return
    if found and (fc.unclear_verb(clause) or REPORTED.search(AS_AGREED.sub(" ", _GATHERING.sub(" ", key)))
                  or fc.hedged(typed) or fc.UNSURE.search(fc.key(sentence))
                  or fc.alternatives(typed, found)):
        said.items.append(clause.strip())
        said.understood = True
        return
    if found and f"({clause.strip()}" in sentence and len(typed) <= 3 and not any(
            fc.markers(typed)) and {f.option.name for f in found} <= {
            n for _, _, names in said.choices for n in names}:
        said.understood = True  # "soil (jord)": the option named again, in the form's words
        return
    if found and said.choices and said.choices[-1][1] == "remove" and _BACK_FIRST.match(key) and \
            _NO_ROOM.search(key):  # "stoppet i PFAS-gruppen, det passer ikke sammen med mine
        said.understood = True  # opgaver på spildevandsområdet": why, and the topic stays
        return
    if found and not fc.adds(clause) and {f.option.name for f in found} <= {
            n for _, op, names in said.choices if op == "remove" for n in names}:
        said.understood = True  # "fjern høringstovholder – vi er for mange på høringerne": why
        return
    if found and _GOING.search(key) and all(reader.by_id[f.option.question].type == "multi"
                                            for f in found):
        for q, fs in by_question(found).items():  # "PFAS-kortlægningen er kommet godt i gang",
            said.choices.append((q, "add", [f.option.name for f in fs]))  # "Klima fylder meget
        said.answered |= {f.option.question for f in found}  # mere nu": still the member's,
        said.understood = True  # and no answer that leaves out the rest
        said.items.extend(i.strip() for i in fc.items(clause) if fc.is_listed_item(i) and not
                          options_in(reader, words(i)))  # "Jord og grundvand fylder mest": asked
        return
    if found:
        whole = words(sentence)
        offer = bool(_MODAL & set(whole)) or bool({"hvis", "if"} & set(whole))
        before = len(said.choices)
        _choices(reader, clause, typed, found, ops, said, offer, named)
        if _CORRECTED.match(key):  # "Jeg satte kryds ved meget, men ret det til nogen"
            said.choices[before:] = [(q, "fix" if op == "set" and reader.by_id[q].type == "single"
                                      else op, names) for q, op, names in said.choices[before:]]
    if number is None and said.years and _OTHERWISE.match(key) and numbers(clause):
        years_q = reader.number_question()  # "Twenty-three if you count the county, otherwise 14"
        if years_q is not None and years_q.id in said.answered:
            ops.values.pop(years_q.id, None)
            said.answered.discard(years_q.id)
            said.items.append(sentence.strip())
            return
    if number is not None:
        qid, value = number
        total = bool(fc.TOTAL.search(key) or _CORRECTED.match(key) or IN_THE_FIELD.search(key)) \
            or key.split()[0] in SO  # ("..., men kun tre af dem med miljø": the field's years)
        if value and said.total and not total:
            return  # "9 i alt, 5 her": the total stands
        if value and said.years - {value} and not total:  # "8 år her, før det 3 år i et firma"
            ops.values.pop(qid, None)
            said.answered.discard(qid)
            said.items.append(sentence.strip())
            return
        if value:
            said.total = total
            said.years.add(value)
            ops.values[qid] = value
            said.answered.add(qid)
            said.understood = True
        else:
            if said.years and qid in said.answered:  # "2 år, hvis man tæller studiejobbet med,
                ops.values.pop(qid, None)  # ellers et halvt år": two answers, neither recorded
                said.answered.discard(qid)
                said.items.append(sentence.strip())
                return
            said.items.append(clause.strip())  # a range or a year: for the chair
            return
    if found and _none_of(reader, named - {f.option.question for f in found}, typed, ops, said):
        pass  # "lidt tid og ingen funktioner": both are read
    if not found and number is None:
        if _cleared(reader, named, typed, ops, said):
            return
        if _both_of(reader, named, typed, clause, said):
            return
        about = _LINE_ABOUT.search(key) if _DELETE & set(typed) else None
        if about:  # "Linjen om orloven kan bare slettes": the text answer on it
            ops.clears.append((about.group(1), sentence.strip()))
            said.understood = True
            return
        if _DELETE_IT.search(key) and not said.choices and not options_in(
                reader, words(sentence)) and clause.strip() != sentence.strip():
            ops.clears.append((" ".join(words(sentence[:sentence.find(clause)])), sentence.strip()))
            said.understood = True  # "Barselsvikariatet er blevet til en fast stilling, så det kan
            return  # I bare slette": the text answer that speaks of what the sentence names
        amount = any(op == "set" and reader.by_id[q].type == "single" for q, op, _ in said.choices)
        given = amount or any(reader.by_id[q].type == "single" for q in ops.ops if q in reader.by_id)
        if (_WORK_TIME.search(key) or _TIME_GIVEN.search(key) or WORKLOAD.search(key)
                or SORRY.fullmatch(key)) and given:
            said.understood = True  # "Meget tid – jeg er frikøbt en dag om ugen": why that amount
            return
        if fc.LATER_MORE.search(key) and amount:  # "much time in jan, less later on": the amount
            said.asked.append(sentence.strip())  # now is recorded, the chair told of the change
            said.understood = True
            return
        if f"({clause.strip()}" in sentence:
            return  # "(otte timer om måneden)", "(joined in October)": a bracket only qualifies
        if _new_topic(key):  # "og så har jeg fået grundvandsbeskyttelse ind over": asked
            said.items.append(clause.strip())
            said.understood = True
            return
        if said.choices and (_BACK.search(key) and _REMOVE_VERB.search(key) or _OTHERS_TURN.search(
                key)) and \
                said.choices[-1][1] == "remove":  # "Høringstovholder må en anden overtage – tag
            said.understood = True  # mig af den": said twice
            return
        if said.choices and said.choices[-1][0] in reader.roles and said.choices[-1][1] != "remove" \
                and _HAND_OVER.search(key) and _LATER_WISH.search(key):
            said.asked.append(sentence.strip())  # "..., men jeg vil helst give stafetten videre":
            said.understood = True  # kept for now; whether to is the chair's to weigh
            return
        someone_else = _SOMEONE_ELSE.search(key) and not _LATER_WISH.search(fc.key(sentence)) and \
            not _UNTIL.search(fc.key(sentence))
        if said.choices and _SOMEONE_ELSE.search(key) and not someone_else:
            said.asked.append(sentence.strip())  # "kun til sommer, så må en anden tage over": the
            said.understood = True  # role stays until then; the chair plans the handover
            return
        if said.choices and (_BACK.search(key) or someone_else) and (
                _REMOVE_VERB.search(key) or someone_else or _HAND_OVER.search(
                key) and not _LATER_WISH.search(key)) and \
                said.choices[-1][1] != "remove":  # "Power-to-X-sagen er afsluttet, så den kan I fjerne"
            qid, _, names = said.choices[-1]
            said.choices[-1] = (qid, "remove", names)
            said.understood = True
            return
        if said.choices and said.choices[-1][0] in reader.roles and _NOT_AGAIN.search(key):
            qid, _, names = said.choices[-1]  # "My two years as chair end in February and I
            said.choices[-1] = (qid, "remove", names)  # will not stand again"
            said.understood = True
            return
        if fc.adds(clause) and not fc.removes(clause) and not fc.is_reason(clause):
            said.adds = True  # "... så det skal med på mine fagområder"
        if said.choices and _LET_STAND.search(key):
            said.understood = True  # "jeg har stadig halvdelen, så lad den stå": kept as it is
            return
        if said.choices and _MY_FIELD.search(key):
            said.understood = True  # "Jeg kan godt være høringstovholder – det er jo lidt mit fag"
            return
        if said.choices and _BACK.search(key) and (fc.adds(clause) or _NO_ROOM.search(key)):
            said.understood = True  # "..., sæt gerne den på", "..., jeg har ikke tid til den"
            return
        if fc.is_part(clause) or YEAR_UNITS & set(typed):
            return  # "heraf 2 her"; "et år ad gangen", "sidste år": a qualifier
        listed = [i for i in fc.items(clause) if fc.is_listed_item(i)
                  or fc.is_listed_item(fc.topic(i))]  # "Jeg laver mest grundvand og drikkevand"
        if _TOO_MUCH.search(key) and (said.choices or fc.removes(sentence)):
            return  # "..., two roles is too much with my other commitments": why
        if named:
            said.unplaced.append((clause.strip(), named))
        elif listed and (len(listed) == len(fc.items(clause)) or not fc.removes(clause) and any(
                fc.topic(i) != fc.key(i) for i in listed)):  # "... og sidder nu med natur og vandløb"
            said.items.extend(i.strip() for i in listed)
        elif _TOPICS_OF_MINE.search(key) and not fc.removes(clause) and not _RELATIVE.match(key):
            said.asked.append(clause.strip())  # "I'm interested in the circular economy and
            # microplastics": topics of no option, however the rest of the sentence is read
        return
    parts = fc.items(clause)
    for n, item in enumerate(parts):  # "PFAS, grundvand og drikkevand": the rest is asked
        mine = words(item)
        heads = options_in(reader, words(parts[0]))
        if n and n == len(parts) - 1 and heads and all(f.option.question not in reader.roles for f in heads) \
                and not options_in(reader, mine) and fc.is_listed_item(fc.subject_of(item)):
            said.items.append(item.strip())  # "Jord og grundvand er mine nu": the list is the
            continue  # subject, and the verb after its last topic says it of all of them
        if len(mine) == 1 and any(fc.markers(mine)):
            continue  # "... fra starten og fortsætter": a verb, no topic
        if reader.labels_in(mine) and reader.labels_in(mine) <= said.answered:
            continue  # "lidt tid og ingen funktioner": read above
        if _WITH_SOMEONE.search(key) and re.fullmatch(r"\s*[A-ZÆØÅ][a-zæøå]+(?: nu| now| too| også)?\s*",
                                                       item):
            continue  # "shared between me and Sara": a person, not a topic
        if (fc.is_listed_item(item) or fc.is_listed_item(fc.topic(item))) and not options_in(
                reader, mine) and not numbers(_SECTION.sub(" ", item)):  # "§3-natur": a topic
            said.items.append(item.strip())


_ENJOYED = re.compile(r"\b(?:enjoyed|loved|appreciated|nydt|vaeret (?:rigtig |meget )?glad for|"
                      r"haft (?:stor |meget )?glaede af)\b")
#: "to roller er for meget", "two roles is too much": why a role is given up
_TOO_MUCH = re.compile(r"\b(?:is|are|er|bliver|would be|ville vaere|bli|blir) (?:\w+ )?(?:too much|for meget|"
                       r"too many|for mange)\b")
#: "... en ny klimaplan, som jeg sidder med": a relative clause, about the thing before it
_RELATIVE = re.compile(r"^(?:som|der|which|that|who) ")
_YES_FIRST = fc.set_of("ja yes jo jep yep sure gerne")


_WITH_SOMEONE = re.compile(r"\b(?:me and|and me|mig og|og mig|between|mellem|sammen med|together with|"
                           r"with|med)\b")


#: a topic the member does less of, not none: for the chair
_LESS_OF = re.compile(r"\b(?:not (?:so|as|that) much|ikke (?:laengere )?(?:saa|saerlig) meget|less and less|"
                      # "Pfas har vi heldigvis ikke haft meget af i år": little of it, not gone
                      r"ikke (?:haft|set|faaet) (?:saa |ret |saerlig )?(?:meget|mange|mere end \w+) "
                      r"(?:af|med)|"
                      r"mindre og mindre|ikke saa meget mere)\b")
#: a clause that goes on with the subject of the one before: "... og har vist 2 års erfaring"
_THEIRS_TOO = re.compile(r"^(?:og|and) (?:har|er|has|is|have|hun|han|he|she)\b"
                         r"(?!.*\b(?:jeg|mig|i|me|my|min)\b)")
#: the small words of "..., and the consultation role as well", "og også PFAS"
_MORE_OF = fc.set_of("og and samt ogsaa also too as well the my min mit mine den det role rollen posten "
                     "en ny a new anden another "
                     "area omraadet")


def _only_more(typed: list[str], found: list[Found]) -> bool:
    """"..., and the chair role as well": options only, more of what the clause before did."""
    named = {i for f in found for i in range(f.start, f.end)}
    rest = [w for i, w in enumerate(typed) if i not in named]
    return typed[:1] in (["og"], ["and"], ["samt"]) and bool(
        {"too", "ogsaa", "also", "well", "ny", "new"} & set(rest)) and all(w in _MORE_OF for w in rest)
    # ("I må finde en ny formand – og en ny høringstovholder": the same again)
#: a second number offered instead of the first: "..., otherwise fourteen", "ellers 14"
_OTHERWISE = re.compile(r"^(?:or |eller )?(?:otherwise|else|ellers|alternatively)\b")


#: a softener after the answer ("some, I guess", "nogen tror jeg"): the answer still stands
_SOFTENERS = (("i", "guess"), ("i", "think"), ("i", "suppose"), ("i", "reckon"), ("tror", "jeg"),
              ("vil", "jeg", "tro"), ("vel",), ("nok",), ("probably",), ("vist",), ("honestly",),
              ("to", "be", "honest"), ("aerligt", "talt"), ("really",), ("strengt", "taget"),
              ("strictly", "speaking"))


def is_softener(text: str) -> bool:
    """Is ``text`` only a softener ("honestly", "tror jeg")?"""
    return tuple(words(text)) in _SOFTENERS


def plain(text: str) -> str:
    """The text without a softener at its end."""
    return " ".join(_plain(words(text)))


def _plain(typed: list[str]) -> list[str]:
    if typed[-2:-1] in (["er"], ["var"], ["laenge"]) and typed[-1:] == ["nok"]:
        return typed  # "seks år som formand er nok": enough, no softener
    for tail in _SOFTENERS:
        if len(typed) > len(tail) and tuple(typed[-len(tail):]) == tail:
            return typed[:-len(tail)]
    return typed


def _out_in(reader: Reader, typed: list[str], found: list[Found], said: Said) -> bool:
    """"klima ud", "PFAS ind": a multiple-choice option right before a bare particle."""
    op = fc.OUT_IN.get(typed[-1]) if len(typed) > 1 else None
    if op is None or any(fc.markers(typed)) or max(f.end for f in found) != len(typed) - 1 or any(
            reader.by_id[f.option.question].type != "multi" for f in found):
        return False
    for f in found:
        said.choices.append((f.option.question, op, [f.option.name]))
        said.answered.add(f.option.question)
    said.understood = True
    return True


#: a clause pointing back at the option before it: "sæt gerne den på", "no time for it"
_BACK = re.compile(r"\b(?:den|det|dem|it|that|them|begge dele|begge|both)\b")
_REMOVE_VERB = re.compile(r"\b(?:fjern\w*|slet\w*|remove[ds]?|delete[ds]?|drop\w*|tages af|tag mig af|"
                          r"(?:maa|skal|kan) (?:godt |gerne |bare )?(?:gaa )?ud|(?:can|must|has to) go|"
                          r"ikke (?:\w+ )?(?:mit|min|mine) (?:laengere|mere)|no longer mine|"
                          r"not mine (?:any ?more|any longer)|"
                          r"take (?:it|them) off|take me off|"
                          # "Jeg kom til at sætte kryds ved formand, det var en fejl": the mark is void
                          r"(?:var|er|was|is) (?:nok |vist |just )?(?:en fejl|a mistake|an error|forkert|"
                          r"wrong))\b")
#: "så det må en anden gerne overtage", "tid til at en anden tager over": the role just named goes
_SOMEONE_ELSE = re.compile(r"\b(?:en anden|nogen anden|andre|someone else|somebody else|another "
                           r"(?:member|person|one)) (?:\w+ ){0,2}(?:overtage\w*|tage\w* over|"
                           r"take\w* over|taking over|tage\w*(?= det\b))\b")
#: a time the member holds on until: "kun til sommer", "frem til da", "for one more year"
_UNTIL = re.compile(r"\b(?:kun til|frem til|indtil|until|till|after that|after this|derefter|efter det|"
                    r"herefter|one more year|another year|et aar (?:\w+ )?mere|endnu et aar|"
                    r"det sidste aar|the last year)\b|\b(?:til|until|till) (?:\S+ ){0,3}" + fc.MONTHS)
#: "så den giver jeg videre", "I'm handing it over": someone else's now, unless only wished
#: for later ("I'd like to hand it over during 2027": still the member's)
_HAND_OVER = re.compile(rf"\b(?:{fc.HAND_OVER})\b")
_LATER_WISH = re.compile(r"\b(?:rather|like to|d like|want to|wants to|would|hope to|plan\w* to|"
                         r"helst|gerne vil|vil gerne|paa sigt|eventually|later|senere|"
                         r"i loebet af|during|next year|naeste aar|til (?:foraaret|sommer|efteraaret))\b")
#: a role the member will not stand for again: "I will not stand again", "genopstiller ikke"
_NOT_AGAIN = re.compile(r"\b(?:(?:not|n t|won t|will not|shan t) (?:be )?(?:stand|standing|run|running)"
                        r"(?: for it)? again|(?:ikke|aldrig) (?:\w+ )?(?:genopstille\w*|stille\w* op "
                        r"igen)|genopstiller (?:\w+ )?ikke|stiller (?:\w+ )?ikke op igen)\b")
#: a clause about what the clause before named: "..., det passer ikke ...", "..., it doesn't fit"
_LET_STAND = re.compile(r"\b(?:lad|lade) (?:den|dem|det) (?:bare |gerne )?staa\b|\bleave (?:it|"
                        r"them) (?:as it is|be)\b")
#: why an answer fits the member: "det er jo lidt mit fag", "it's my field anyway"
_MY_FIELD = re.compile(r"^(?:og |and |for |da |since |as )?(?:det|it|that)(?: s| is|"
                       r" er) (?:\w+ ){0,2}(?:mit|min|my) "
                       r"(?:fag|omraade|felt|speciale|ting|field|area|thing|speciality|specialty|job)\b")
_BACK_FIRST = re.compile(r"^(?:og |and |for |since |because |da |fordi |but |men )?(?:det|den|dem|it|that|"
                         r"they|de)\b")
_NO_ROOM = re.compile(r"\b(?:ikke|ikk|no|not|t|ingen) (?:\w+ ){0,2}(?:tid|kapacitet|overskud|plads|"
                      r"ressourcer|"
                      r"time|capacity|room|resources)\b|"
                      # "det passer ikke rigtig sammen med mine opgaver på spildevandsområdet": why
                      r"\bpasser (?:\w+ )?ikke (?:\w+ )?(?:sammen |ind )?(?:med|i)\b|"
                      r"\b(?:doesn t|does not|don t|didn t) (?:really )?fit\b|\b(?:clashes|kolliderer) with|"
                      # "det har taget for meget tid": too much time, as the reason
                      r"\b(?:for|too) (?:meget|much|mange|many) (?:tid|time|timer|hours)\b")


def _emit(reader: Reader, said: Said, ops: Ops) -> None:
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


def _choices(reader: Reader, clause: str, typed: list[str], found: list[Found], ops: Ops,
             said: Said, offer: bool = False, named: frozenset[str] | set[str] = frozenset()
             ) -> None:
    key = fc.key(clause)
    by_q: dict[str, list[Found]] = {}
    for f in found:
        by_q.setdefault(f.option.question, []).append(f)
    every = _ALL_BUT.search(key)
    pivot = fc.SWAP.search(key) or fc.INSTEAD.search(key) or fc.RATHER.search(key)
    start = pivot and (pivot.start("at") if pivot.groupdict().get("at") else pivot.start())
    at = len(key[:start].split()) if pivot else len(typed)
    swap = bool(fc.SWAP.search(key))
    marks = fc.markers(typed)
    for qid, hits in by_q.items():
        q = reader.by_id[qid]
        names = [f.option.name for f in hits]
        said.answered.add(qid)
        said.understood = True
        if every and q.type == "multi":  # "alle undtagen PFAS"; "fjern alt undtagen klima"
            others = [o for o in q.options if o not in names]
            if fc.removes(key[:every.end()]):  # what is kept is the member's: it stays or comes
                said.choices.extend([(qid, "remove", others), (qid, "add", names)])
            else:
                said.choices.append((qid, "set", others))
            continue
        if q.type == "multi" and qid in named and _BOTH & set(typed) and not fc.removes(clause):
            said.choices.append((qid, "set", list(q.options)))  # "med i begge netværk"
            continue
        turn = fc.from_to(typed, hits)
        if pivot or turn is not None:
            where = at if turn is None else turn
            before = [f.option.name for f in hits if f.start < where]
            after = [f.option.name for f in hits if f.start >= where]
            out, into = (before, after) if swap or turn is not None else (after, before)
            if into:
                said.choices.append((qid, "add" if swap or q.type == "multi" else "set", into))
            if out and q.type == "single" and not into:
                said.asked.append(clause.strip())  # "... rather than much": the new amount unread
            elif out:
                said.choices.append((qid, "remove", out))
            continue
        polarity = {f.option.name: _polarity(typed, f, found, marks) for f in hits}
        gone = [n for n in names if polarity[n] == "remove"]
        if gone and q.type == "single" and _compared(typed, hits):
            continue  # "nogen tid, ikke så meget som sidste år": the comparison only qualifies
        if gone and q.type == "single" and any(c[0] == qid and c[1] == "set" for c in said.choices):
            continue  # "Nogen tid, men ikke meget": the bound only qualifies the answer given
        if gone and q.type == "single" and len(set(names) - set(gone)) == 1:
            names, gone = [n for n in names if n not in gone], []  # "nogen ikke meget": the same
        if gone and q.type == "single" and len(q.options) >= 3 and gone == [q.options[-1]]:
            said.choices.append((qid, "least", [q.options[0]]))  # "not much time": the least
            continue
        if gone and q.type == "multi" and fc.FOR_NOW.search(key):
            said.items.append(clause.strip())  # "meldt mig ud af PFAS-gruppen indtil videre": out
        elif gone and q.type == "multi" and _FOR_A_WHILE.search(key):  # now, and the chair is told
            said.items.append(clause.strip())  # "ikke sekretær i foråret": only for a while
            names = [n for n in names if n not in gone]
            gone = []
            if not names:
                continue
        if gone:
            said.choices.append((qid, "remove", gone))
            names = [n for n in names if n not in gone]
            if not names:
                continue
        if q.type == "single":
            if len(names) == 1 and fc.FOR_NOW.search(key):  # "men sæt Nogen for nu"
                said.choices.append((qid, "now", names))
            elif len(names) == 1:
                said.choices.append((qid, "set", names))
            else:
                said.items.append(clause.strip())
        elif (any(polarity[n] == "add" for n in names) or _MODAL & set(typed) or offer or (
                fc.MAINLY & set(typed))) and not (typed[:1] in (["kun"], ["only"]) and not offer):
            # "I work mostly with soil": the focus, the rest stands ("Kun X er som før": only X)
            said.choices.append((qid, "add", names))
        else:
            said.choices.append((qid, "set", names))


#: a topic the member took on that is no option: "fået grundvandsbeskyttelse", "taken on odour"
_ACQUIRED = re.compile(r"\b(?:faaet|fik|overtaget|begyndt paa|startet paa|got|taken on|took on|"
                       r"picked up|started on) (\w+)(?: (?:ind over|ind|med|ogsaa|nu|too|as well|now))?$")
_NO_TOPIC = fc.set_of("mere mindre tid time lidt noget nogen en et ny nye nyt new a an the some more "
                      "less kollega kollegaer colleague colleagues chef boss barn baby job stilling "
                      "opgaver tasks besked svar answer mail email det den dem it them that")


def _new_topic(key: str) -> bool:
    """Does the clause say the member took on something named by a noun of its own?"""
    m = _ACQUIRED.search(key) or _ARRIVED.match(key)  # the noun next to the verb, nothing more
    return m is not None and len(m.group(1)) >= 6 and m.group(1) not in _NO_TOPIC


#: a topic as the subject of its arrival: "grundvand er kommet til", "odour is new"
_ARRIVED = re.compile(r"^(?:og |and |men |but )?(\w+) (?:er|is|has|har) (?:ogsaa |also |nu |now |lige |"
                      r"just )*"
                      r"(?:kommet (?:til|ind|med|oveni)|been added|come in|arrived|ny|nyt|new)$")


def _except_then(reader: Reader, sentence: str) -> str | None:
    """"Alt som før, bortset fra tiden, den er meget nu" as "tiden: den er meget nu": the one
    question excepted from "as before", and its answer after the next comma."""
    for dashed in (False, True):  # "Uændret på nær tiden – kun lidt i foråret": a dash as a comma,
        text = re.sub(r"\s+[–—-]+\s+", ", ", sentence) if dashed else sentence  # when an answer follows
        pieces = text.split(",")
        for k in range(1, len(pieces)):
            first, after = fc.key(",".join(pieces[:k])), ",".join(pieces[k:])
            but = EXCEPT.search(first)
            if but and but.end() == len(first) and said_same(first[:but.start()]) and after.strip():
                labels = reader.labels_in(but.group(1).split())
                if len(labels) != 1 or dashed and not find_options(words(after), [
                        o for o in reader.options if o.question in labels], partial=True):
                    return None
                return f"{but.group(1)}: {after}"
    return None


def _no_occasion(typed: list[str]) -> list[str]:
    """The words with "time" meaning an occasion ("last time", "this time") made empty."""
    return ["" if w == "time" and i and typed[i - 1] in _OCCASION else w for i, w in enumerate(typed)]


_OCCASION = frozenset(("last", "this", "next", "every", "each", "first", "one", "that"))


def _given(said: Said, found: list[Found]) -> bool:
    """Were all of ``found`` already given (not taken away) earlier in the sentence? Then a
    clause naming them again only tells why."""
    given = {n for _, op, names in said.choices if op != "remove" for n in names}
    return all(f.option.name in given for f in found)


def _taken_away(said: Said, found: list[Found]) -> bool:
    """Were all of ``found`` taken away earlier in the sentence?"""
    gone = {n for _, op, names in said.choices if op == "remove" for n in names}
    return all(f.option.name in gone for f in found)


def _compared(typed: list[str], hits: list[Found]) -> bool:
    """"ikke så meget som sidste år", "not as much as before": a comparison, no amount."""
    return any(typed[f.end:f.end + 1] in (["som"], ["as"], ["end"], ["than"]) for f in hits)


_NEGATIONS = fc.set_of("ikke not no ingen")


def _after(typed: list[str], f: Found, found: list[Found], markers: list[str]) -> str:
    """The marker after an option, up to the next option or "og" ("luft kan komme af")."""
    later = min((g.start for g in found if g.start >= f.end), default=len(typed))
    for i in range(f.end, later):
        if typed[i] in ("og", "and", "samt"):
            break
        if markers[i]:
            return markers[i]
    return ""


#: a verb right after "og"/"and" starts a predicate of its own, out of the reach of a marker
#: before it ("dropped waste permits and spend most of my days on noise")
_NEW_PREDICATE = fc.set_of("spend spends work works do does handle handles deal deals cover covers "
                           "focus focuses sidder arbejder laver bruger beskaeftiger fokuserer "
                           "haandterer daekker")


def _polarity(typed: list[str], f: Found, found: list[Found], markers: list[str]) -> str:
    """"remove", "add" or "": the nearest marker before the option in its clause, else one
    after the clause's last option ("luft og klima har jeg afleveret", "Formand nej")."""
    if fc.own_particle(typed, f):
        return fc.OUT_IN[typed[f.end]]  # "affald skal ud og jord ind": its own particle
    earlier = [g.end for g in found if g.end <= f.start]
    for i in range(f.start - 1, max(earlier, default=0) - 1, -1):
        if markers[i]:
            return markers[i]
        if earlier and typed[i] in ("og", "and", "samt") and i > max(earlier):
            own = _after(typed, f, found, markers)  # "støj skal på og luft kan komme af":
            if own:  # a marker of its own after the "og" part
                return own
            if typed[i + 1:i + 2] and typed[i + 1] in _NEW_PREDICATE:
                return ""  # "I've dropped waste and spend my days on noise": a verb of its own
            break
    if earlier:  # "ikke PFAS og støj": a marker before the option before covers it too
        before = max((g for g in found if g.end <= f.start), key=lambda g: g.start)
        return _polarity(typed, before, found, markers)
    later = min((g.start for g in found if g.start >= f.end), default=None)
    for i in range(f.end, later or f.end):  # "affald skal ud og jord ind": up to the "og"
        if typed[i] in ("og", "and", "samt"):
            break
        if markers[i] and not (later is not None and i == later - 1 and typed[i] in _NEGATIONS):
            return _willing_to_give_up(typed, markers, i, later or f.end)
            # (not in "nogen ikke meget": that "ikke" is the next option's)
    for i in range(max(g.end for g in found), len(typed)):
        if typed[i] in ("og", "and", "samt"):
            break  # "little time and no functions": the "no" is the functions'
        if markers[i]:
            return _willing_to_give_up(typed, markers, i, len(typed))
    return ""


#: words that mark an addition only as willingness, which a verb after them may turn round
_WILLING = fc.set_of("gerne godt ogsaa gengaeld gladly happily also")  # ("til gengæld": in return)


_UNTIL_WORDS = fc.set_of("indtil frem until till naar hvis if when fordi because since")


def _willing_to_give_up(typed: list[str], markers: list[str], i: int, end: int) -> str:
    """The marker at ``i``, unless it is only willingness and a verb of giving up follows:
    "Høringerne vil jeg til gengæld gerne give videre" takes the role away."""
    if markers[i] != "add" or typed[i] not in _WILLING:
        return markers[i]
    for j in range(i + 1, end):
        if typed[j] in ("og", "and", "samt") or typed[j] in _UNTIL_WORDS:
            break  # ("høringerne samler jeg også gerne frem til jeg stopper": until then, mine)
        if markers[j] == "remove":
            return "remove"
    return markers[i]


def _cleared(reader: Reader, named: set[str], typed: list[str], ops: Ops, said: Said
             ) -> bool:
    """"det under andet kan slettes": a text answer cleared; "ikke med i nogen af grupperne":
    every option of a named multiple-choice question taken away."""
    if not named:
        return False
    if _none_of(reader, named, typed, ops, said):
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
_LINE_ABOUT = re.compile(r"\b(?:linjen|teksten|saetningen|bemaerkningen|noten|delen|det|the (?:line|"
                         r"text|sentence|note|bit|part|comment)|that (?:line|note|bit)) (?:om|about|"
                         r"on|med|with|re) (?:min |mit |mine |my |the |den |det )?(\w{4,})")
_DELETE = fc.set_of("slet slette slettes slettet fjern fjerne fjernes fjernet delete deleted remove "
                    "removed")
#: "så det kan I bare slette", "it can be deleted": the thing the sentence named, to delete
_DELETE_IT = re.compile(r"\b(?:det|den|dem|it|that|this)\b(?: \w+){0,3} (?:kan|maa|skal|can|may|should|"
                        r"could)(?: \w+){0,3} (?:slette\w*|slet|fjerne\w*|fjern|delete\w*|remove\w*|be "
                        r"(?:deleted|removed))\b")
_BUT_FOR = frozenset(("undtagen", "except", "but", "bortset", "apart", "naer"))


_FROM_THEN = re.compile(r"\b(?:from then|fra da|fra den tid|derefter|after that)\b")


def _both_of(reader: Reader, named: set[str], typed: list[str], clause: str, said: Said) -> bool:
    """"Meld mig ud af begge grupper", "I'm in both groups": every option of the question named
    (not from a date ahead: "take me off both groups from February" is for the chair)."""
    if _dated(clause) or _FROM_THEN.search(fc.key(clause)):
        return False
    for i, w in enumerate(typed[1:], 1):
        qids = reader.labels_in([w]) & named
        if typed[i - 1] in _BOTH and len(qids) == 1 and reader.by_id[next(iter(qids))].type == "multi":
            q = reader.by_id[next(iter(qids))]
            said.choices.append((q.id, "remove" if fc.removes(clause) else "add", list(q.options)))
            said.answered.add(q.id)
            said.understood = True
            return True
    return False


_MORE_NO = fc.set_of("flere more further andre other")
_NO = fc.set_of("nej no ikke not")


def _none_of(reader: Reader, named: set[str], typed: list[str], ops: Ops, said: Said
             ) -> bool:
    """"Ingen funktioner lige nu", "no functions for now": every option taken away."""
    for qid in named:
        if reader.by_id[qid].type == "multi" and any(
                i and (typed[i - 1] in ("ingen", "no") or typed[i - 1] in _MORE_NO and _NO & set(
                    typed[:i - 1])) and reader.labels_in([w]) == {qid}  # "Nej tak til flere
                for i, w in enumerate(typed)):  # tillidsposter", "no more roles for me"
            but = next((i for i, w in enumerate(typed) if w in _BUT_FOR), len(typed))
            rest = ["group" if w in ("one", "ones") else w for w in typed[but + 1:]]  # "the PFAS one"
            kept = find_options(rest, [o for o in reader.options if o.question == qid], partial=True)
            ops.add(qid, "set", [f.option.name for f in kept])  # "no groups except the PFAS one"
            said.answered.add(qid)
            said.understood = True
            return True
    return False
