"""What kind of sentence a line is before its clauses are read: a signature, a lead-in, a
pointer to the form, courtesy. Pure."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tovholder.replies import form_clauses as fc
from tovholder.replies.form_for_chair import FOR_CHAIR, NEWS, is_courtesy
from tovholder.replies.form_numbers import numbers
from tovholder.replies.form_option_words import options_in
from tovholder.replies.form_same import EXCEPT, said_same
from tovholder.replies.form_years import YEAR_UNITS
from tovholder.replies.fuzzy import Found, find_options, words

if TYPE_CHECKING:
    from tovholder.replies.form_words import Ops, Reader


_SIGN_OFF_END = re.compile(r"\s+(?:(?:kind |best |warm )?regards|cheers|thanks|mvh|vh|kh|hilsen|"
                           r"venlig hilsen|med venlig hilsen)[\s,]+((?:[^\W\d_]+\s*){1,3})$",
                           re.IGNORECASE)


def signed_off(reader: Reader, sentence: str) -> str:
    """A sentence without its sign-off and the member's own name, run on at its end by a
    dictation or a phone ("... I can do some regards Ahmed")."""
    m = _SIGN_OFF_END.search(sentence)
    if m and words(m.group(1)) and set(words(m.group(1))) <= reader.names:
        return sentence[:m.start()]
    return sentence


def one_role(reader: Reader, sentence: str) -> Found | None:
    """The role a sentence names, when it names exactly one."""
    roles = {f.option.name: f for f in options_in(reader, words(sentence))
             if f.option.question in reader.roles}
    return next(iter(roles.values())) if len(roles) == 1 else None


_DATE_AHEAD = re.compile(r"\b(?:fra|from|per|pr|efter|after|til|by|med udgangen af|"
                         r"at the end of) (?:den |the )?"
                         r"(?:\d{1,2}\.? ?|\d{1,2}(?:st|nd|rd|th) )?(?:januar|februar|marts|april|maj|"
                         r"juni|juli|"
                         r"august|september|oktober|november|december|january|february|march|may|june|july|"
                         r"october|nytaar|new year|sommer\w*|summer|den tid|that time)\b")


def dated(sentence: str) -> bool:
    return _DATE_AHEAD.search(fc.key(sentence)) is not None


#: "skriv 'little' under tid", "put some under time", "sæt kryds ved lidt under tid"
_PUT_UNDER = re.compile(r"\b(?:skriv|saet|put|write|mark|set|noter)(?: (?:bare|just|gerne|mig|me|down|"
                        r"kryds ved|"
                        r"an x at|x ved|x at))* ((?:hellere |rather )?\w+(?: (?:end|than) \w+| \w+)?) "
                        r"(?:under|ved|for|at|in|as|som|til|paa) "
                        r"(?:the |my |min |mit )?(\w+)$")


def put_under(reader: Reader, sentence: str, ops: Ops) -> bool:
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


_APOLOGY = re.compile(r"^(?:og |and |men |but |so |saa )?(?:sorry|undskyld|beklager|apologies|my apologies|"
                      r"i m sorry|i apologi[sz]e)\b")


def courteous(reader: Reader, sentence: str, courtesy: re.Pattern[str]) -> bool:
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


def explained_in_form(reader: Reader, sentence: str) -> bool:
    """"Mit vikariat er blevet forlænget, jeg har rettet det under Andet": news whose answer the
    member wrote in the form, which is read there."""
    clauses = fc.clauses(sentence)
    last = _POINTER_BACK.search(fc.key(clauses[-1])) if len(clauses) > 1 else None
    return bool(last and reader.labels_in([last.group(1)]))


def points_to_form(reader: Reader, key: str) -> bool:
    """"Changed my time.", "Har rettet tiden", "Har rettet tallet": the form says how; nothing more."""
    m = _POINTER.match(key)
    return bool(m and (reader.labels_in([m.group(1)]) or m.group(1) in _THE_NUMBER
                       and reader.number_question() is not None))


_THE_NUMBER = frozenset(("tallet", "tal", "antallet", "aarstallet", "number"))


#: the member saying who is writing: "I'm Sofia", "Lars her", "jeg hedder Mette"
_INTRO = re.compile(r"^(?:(?:og|and|hej|hi|hello) )?(?:i m|i am|this is|here is|det er|her er|"
                    r"jeg hedder|jeg er|"
                    r"my name is|mit navn er) ([a-z]+(?: [a-z]+){0,2})$|^([a-z]+(?: [a-z]+)?) (?:her|here)$")


def introduces(reader: Reader, key: str) -> bool:
    m = _INTRO.match(key)
    name = (m.group(1) or m.group(2)) if m else None
    return name is not None and set(name.split()) <= reader.names


def is_signature(reader: Reader, key: str) -> bool:
    """The member's name alone ("lars", "Mette J."): a signature, initials included."""
    return key in reader.initials or all(
        w in reader.names or len(w) == 1 and any(n.startswith(w) for n in reader.names)
        for w in key.split())


#: "Der er et par ændringer fra min side efter nytår:": a longer lead-in, to changes below
_CHANGE_WORDS = fc.set_of("aendringer rettelser opdateringer changes updates corrections")


def lead_in(reader: Reader, sentence: str) -> bool:
    """A short line ending in a colon that names no option, no question, no years and no news
    for the chair ("Quick update from me after a busy autumn:")."""
    typed = words(sentence)
    short = len(typed) <= 8 or len(typed) <= 16 and bool(_CHANGE_WORDS & set(typed))
    numbered = bool(_CHANGE_WORDS & set(typed)) and all(  # "Jeg har kun ændringer til 3 og 6:"
        int(n) <= len(reader.questions) for n in re.findall(r"\d+", sentence))
    return sentence.rstrip().endswith(":") and short and not (
        options_in(reader, typed) or reader.strong_labels(typed) or YEAR_UNITS & set(typed)
        or FOR_CHAIR.search(" ".join(typed)) or re.search(r"\d", sentence) and not numbered)


def names_an_answer(reader: Reader, sentence: str) -> bool:
    """Does the sentence name an option, a number or a question at all?"""
    typed = words(sentence)
    return bool(options_in(reader, typed) or numbers(sentence) or reader.strong_labels(typed))


def except_then(reader: Reader, sentence: str) -> str | None:
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


def no_occasion(typed: list[str]) -> list[str]:
    """The words with "time" meaning an occasion ("last time", "this time") made empty."""
    return ["" if w == "time" and i and typed[i - 1] in _OCCASION else w for i, w in enumerate(typed)]


_OCCASION = frozenset(("last", "this", "next", "every", "each", "first", "one", "that"))
