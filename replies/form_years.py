"""A number of years in a member's clause: the answer to the number question, or not. Pure.

"8 år", "kun tre år i faget", "fireogtredive års erfaring" are years of experience; a part after
the total ("heraf 2 her"), a calendar year ("siden 2015"), a period ("de næste to år", "efter
fire år") and a year that dates something ("i år", "this year") are not; two numbers or a range
are for the chair. "Et år mere" is counted from the old answer.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tovholder.replies import form_clauses as fc
from tovholder.replies.form_numbers import FRACTION, YEARS, current, numbers, text_number, word_number
from tovholder.replies.fuzzy import words

if TYPE_CHECKING:
    from tovholder.replies.form_said import Said
    from tovholder.replies.form_words import Ops, Reader

#: the word before a concluded number: "Et år mere på bagen, så 21", "now 21"
SO = frozenset(("saa", "dermed", "altsaa", "so", "now", "nu", "then", "i", "dag"))
#: the unit that makes a number years
YEAR_UNITS = frozenset(("aar", "aars", "years", "year", "yrs"))
_PLUS_YEARS = re.compile(r"\b(\w+) (?:aar|years?) (?:mere|more)\b|"
                         # "add a year to my experience", "læg et år til erfaringen"
                         r"\b(?:add|laeg|saet|plus) (\w+) (?:aar|years?) (?:til|to|paa|on)\b")


def plus_years(reader: Reader, key: str, sentence: str, ops: Ops, said: Said) -> bool:
    """"et år mere på erfaringen": a number of years to add to the old answer, when the sentence
    names the number question."""
    q, plus = reader.number_question(), _PLUS_YEARS.search(key)
    count = plus and (plus.group(1) or plus.group(2))
    value = 1 if count in ("a", "an") else word_number(count) if count else None  # "add a year"
    if q is None or not count or value is None or q.id not in \
            reader.labels_in(words(sentence)) or numbers(key.replace(count, " ", 1)):
        return False
    if re.search(rf"\b{_ROLE_TASK}", key) and not _EXPERIENCE.search(key):
        return False  # "Sekretær kan jeg godt et år mere": the function's term, not experience
    ops.values[q.id] = f"+{value}"
    said.answered.add(q.id)
    said.understood = True
    return True


#: the part of a longer time spent in the field: "kun tre af dem med miljø", "heraf 3 i faget"
_FIELD = (r"(?:med miljoe\w*|i faget|paa (?:\w+)?omraadet|in the field|with (?:the )?environment\w*|"
          r"on environment\w*)")
IN_THE_FIELD = re.compile(rf"\b(\w+) (?:aar |years )?(?:af dem|of them|of those|af disse) (?:\w+ )?{_FIELD}|"
                          rf"\b(?:heraf|of which) (\w+) (?:aar |years )?{_FIELD}")
_EXPERIENCE = re.compile(r"\b(?:erfaring\w*|experience\w*|anciennitet\w*)\b")


def number_of_years(reader: Reader, clause: str, typed: list[str], sentence: str
            ) -> tuple[str, str] | None:
    """(number question, value) when the clause gives a number of years; value "" when it
    gives one Tovholder must not record (a range, a year, two numbers)."""
    q = reader.number_question()
    clause = _PART_BRACKET.sub(" ", clause)  # "5 years (2 of them in Denmark)"
    clause = _NOT_YEARS.sub(" ", clause)  # "2 års erfaring plus 3 måneder her": the months
    if q is not None and FRACTION.search(clause) and _years_said(typed):
        return q.id, ""  # "ellers et halvt år": asked, never rounded
    if q is not None and _OPEN_ENDED.search(clause) and (_years_said(typed) or reader.strong_labels(
            typed) & {q.id}):
        return q.id, ""  # "20+ år": more than that, how many is asked
    field = IN_THE_FIELD.search(fc.key(clause))
    if q is not None and field and word_number(field.group(1) or field.group(2)) is not None:
        return q.id, str(word_number(field.group(1) or field.group(2)))  # "otte år i kommunen,
        # men kun tre af dem med miljø": the years in the field, which the question asks
    now = _OLD_NOW.search(fc.key(clause))
    if q is not None and now and (_years_said(typed) or reader.strong_labels(typed) & {q.id}) and \
            _count(now.group(1)) is not None and _count(now.group(2)) is not None:
        return q.id, str(_count(now.group(2)))  # "Fourteen years is now sixteen": the new
    found = current(clause)
    if q is None or not found or fc.is_part(clause) or _SPAN.search(fc.key(clause)):
        return None
    if _RECENT.search(fc.key(clause)) and not _WORKED.search(fc.key(sentence)):
        return None  # "Det har fyldt meget de sidste to år": how long something lasted
    if FRACTION.search(clause) or _BETWEEN.search(fc.key(clause)):
        return q.id, ""  # "Jeg har 2½ års erfaring", "mellem 6 og 7 år": asked, not rounded
    unit = bool(_years_said(typed) or reader.strong_labels(typed) & {q.id}
                or fc.TOTAL.search(fc.key(clause))  # "Two years in this job, before that five":
                or _EARLIER.match(fc.key(clause)) and _years_said(words(sentence)))  # years too
    others = [w for w in typed if not w.isdigit() and w not in reader.number_ok
              and w not in SO and not _is_number_word(w)]
    sentence_unit = bool(_years_said(words(sentence))  # "apart from experience: 21 now"
                         or reader.strong_labels(words(sentence)) == {q.id})
    if not unit and not (not others and (sentence_unit or fc.key(sentence) == fc.key(clause))):
        return None if all(n in YEARS for n in found) else (q.id, "") if unit else None
    totals = [n for i in fc.items(clause) if fc.TOTAL.search(fc.key(i)) for n in numbers(i)]
    if len(found) > 1 and len(totals) == 1:  # "3 år her og 15 år i alt"
        found = totals
    if len(found) == 2 and _RATHER_THAN.search(fc.key(clause)):
        found = found[:1]  # "snarere tolv år end otte", "twelve rather than eight": the first
    if len(found) != 1 or found[0] in YEARS:
        return q.id, ""
    if _EARLIER.match(fc.key(clause)):  # "Før det var jeg 6 år i Miljøstyrelsen": the years
        return q.id, ""  # before the present job, not the total: asked
    return q.id, text_number(found[0])


#: a function of the group, and what its holder does (folded)
_ROLE_WORDS = (r"formand\w*|naestformand\w*|sekretaer\w*|\w*tovholder\w*|referent\w*|chair\w*|"
               r"vice ?chair|secretary|\w+ coordinator|coordinator|minute taker")
_ROLE = rf"(?:{_ROLE_WORDS})\b"
_ROLE_TASK = (rf"(?:hoeringerne|referaterne|referat|referater|\w*posten|rollen|hvervet|funktionen|"
              rf"{_ROLE_WORDS}|"
              r"the (?:minutes|consultations|role|post|chair))\b")
#: years that date something else: "nu efter fire år", "ikke haft en sag i to år"
_SPAN = re.compile(r"\b(?:efter|after) (?:\S+ )?(?:aar|years?)\b"
                   # ("After five years I would like to step down": "I" is the member)
                   r"(?! (?:i(?! (?:d|m|ll|ve|would|will|want|wish|think|feel|have|am|need|must|can|"
                   r"could|should|plan|hope|decided|am)\b)|in|med|with|som|as) )|"
                   r"\b(?:ikke|not|n t|never|aldrig|no)\b(?: \S+)* (?:i|in|for) (?:\S+ )?(?:aar|years?)\b|"
                   # "for another two years", "not the full two years": a term, not experience
                   r"\b(?:the full|hele|de fulde|fulde|full|another|endnu|yet another|a further|"
                   r"yderligere) \S+ (?:aar|years?)\b|"
                   # "de næste to år", "the next two years", "om to år": a period ahead
                   r"\b(?:naeste|next|kommende|coming|foerste|first|within|om) \S+ (?:aar|years?)\b|"
                   # "det har jeg været i fire år": how long in the role just named
                   r"\b(?:det|den|that|it) (?:har jeg|have i|i ve|i have) (?:\w+ )?(?:vaeret|been|done|"
                   r"gjort|haft|had|held|lavet)\b|"
                   r"\b(?:har|have|ve|has) (?:vaeret|been|gjort|done|haft|had|held) (?:det|den|it|there|med|"
                   r"medlem|a member)\b|"
                   # "sekretærjobbet, som jeg har haft i tre år", "Sekretær har jeg haft i tre år":
                   # how long the thing just named was held
                   r"\b(?:(?:som|der|that|which) (?:jeg |i )?(?:har |have |ve )?|har jeg |have i )"
                   r"(?:haft|had|held|vaeret|been) (?:i|in|for) \S+ (?:aar|years?)\b|"
                   # "det har været seks gode år": how long something has lasted
                   r"\b(?:det|it|that) (?:har|has) (?:vaeret|been)\b|"
                   # "(andet år af to)", "my second year of two": how far into a term
                   r"\b(?:foerste|andet|tredje|sidste|first|second|third|last) (?:aar|year) (?:af|of) "
                   r"\S+\b|"
                   # "mine to år som sekretær", "my two years as chair": a function's term
                   r"\b(?:aar|years?) (?:som|as) (?:\w+ )?" + _ROLE + r"|"
                   # "efter tre år med referaterne", "four years of minutes": the same, by its task
                   r"\b(?:aar|years?) (?:med|with|of) (?:\w+ )?" + _ROLE_TASK + r"|"
                   # "været sekretær i tre år", "chair for four years": the same, said the other way
                   r"\b" + _ROLE + r" (?:nu )?(?:i|in|for) (?:\S+ )?\S+ (?:aar|years?)\b|"
                   # "jeg har haft høringerne i to år": how long the member held a function
                   r"\b(?:haft|had|held|taget|taken|done|lavet|skrevet|written) (?:\w+ ){0,2}" + _ROLE_TASK +
                   r" (?:i|in|for) \S+ (?:aar|years?)\b|"
                   # "four years is enough for me", "fire år er nok": how long in a role
                   r"\b(?:aar|years?) (?:er|is|are|has been|har vaeret|maa vaere|must be|skal vaere|"
                   r"should be|"
                   r"burde vaere|ought to be) (?:\w+ )?(?:nok|enough|plenty|"
                   r"laenge nok|long enough)\b")
#: the years just past, which are experience only where the work is named ("Jeg har arbejdet
#: med miljø de sidste 12 år")
_RECENT = re.compile(r"\b(?:sidste|seneste|last|past) \S+ (?:aar|years?)\b")
_WORKED = re.compile(r"\b(?:erfaring\w*|experience\w*|arbejd\w*|work\w*|ansat|employed|miljoe\w*|"
                     r"environment\w*|faget|the field|job\w*|medarbejder|officer|inspector|"
                     r"tilsynsfoerende)\b")
#: of two numbers, the one preferred: "snarere tolv år end otte", "12 år, ikke 8"
_RATHER_THAN = re.compile(r"\b(?:snarere|naermere|rather|more like) \w+ (?:aar |years? )?(?:end|than) \w+|"
                          r"\b\w+ (?:aar |years? )?(?:rather than|snarere end|not|ikke) \w+"
                          r"(?: (?:aar|years?))?$")
#: the old number, then the new: "14 years is now 16", "mine 12 år er nu blevet til 14"
_OLD_NOW = re.compile(r"\b(\w+) (?:aar |years? )?(?:is now|are now|has become|have become|er nu(?: blevet)?"
                      r"(?: til)?|er blevet(?: til)?|bliver nu til|now|nu) (\w+)(?: aar| years?)?$")
#: a number of months, weeks or days: no years
_NOT_YEARS = re.compile(r"\b\d+(?:[.,]\d+)? ?(?:%|procent|pct|percent)|"  # "working 60%": a share of a job
                        r"\b(?:\d+|\w+) (?:måned\w*|maaned\w*|months?|uger?|weeks?|dage?|days?|"
                        r"gange?|times|timer?|hours?|møder|moeder|meetings)\b|"  # "fire gange om året"
                        # "nøjes med fire om året", "two a year": how often, not for how long
                        r"\b(?:\d+|\w+) (?:om året|om aaret|i året|i aaret|om måneden|om maaneden|"
                        r"a year|per year|a month|per month|each year|every year)\b",
                        re.IGNORECASE)
#: years before the ones just given: "..., before that five in consulting", "før det tre i staten"
_EARLIER = re.compile(r"(?:and |og )?(?:before that|before this|prior to that|foer det|foer da|inden da|"
                      r"inden det|forinden|previously|tidligere)\b")
_BETWEEN = re.compile(r"\b(?:mellem|between|fra|from) \S+ (?:og|and|til|to) \S+ (?:aar|years?)\b")
_OPEN_ENDED = re.compile(r"\d\s*\+(?!\s*\d)")
_PART_BRACKET = re.compile(r"\((?=[^()]*\b(?:of them|of those|heraf|af dem|herunder)\b)[^()]*\)",
                           re.IGNORECASE)
_WHICH_YEAR = fc.set_of("this last next i sidste naeste hvert every each per om")


def _count(word: str) -> int | None:
    return int(word) if word.isdigit() else word_number(word)


def _years_said(typed: list[str]) -> bool:
    """A unit of years not naming a year ("this year", "i år", "om året")."""
    return any(w in YEAR_UNITS and not (i and typed[i - 1] in _WHICH_YEAR)
               for i, w in enumerate(typed))


def _is_number_word(word: str) -> bool:
    return bool(numbers(word))
