"""Which number of years a sentence asks to be written: a correction, "skriv bare 3". Pure."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tovholder.replies import form_clauses as fc
from tovholder.replies.form_numbers import numbers, word_number
from tovholder.replies.form_option_words import options_in
from tovholder.replies.form_years import IN_THE_FIELD, SO, YEAR_UNITS
from tovholder.replies.fuzzy import words

if TYPE_CHECKING:
    from tovholder.replies.form_clause_read import Clause
    from tovholder.replies.form_words import Ops, Reader


#: "make it 6", "så skriv 10", "ret det til 15": the number to record
CORRECTED = re.compile(r"^(?:(?:men|but) )?(?:(?:so|saa) )?(?:make it|change (?:it )?to|put|write|"
                       r"skriv|saet|"
                       r"ret (?:det )?til|aendr (?:det )?til|"
                       # "men lad den stå på nogen", "leave it at some": the answer decided
                       r"lad (?:den|det|tiden) (?:bare )?staa (?:paa|som|til)|"
                       r"(?:leave|keep) it (?:at|as|on))"
                       r"\b(?: (?:bare|just))?")


_WRITE_YEARS = re.compile(r"^(?:og |and |men |but )?(?:saa |so )?(?:skriv|write|put|saet|make it|put down)"
                          r"(?: bare| just| gerne| mig| me| down)* (\w+)(?: aars?| years?)?(?: erfaring| "
                          r"experience| of experience| i alt| in total)?$")


def ends_writing_number(reader: Reader, sentence: str, ops: Ops) -> bool:
    """A sentence whose last clause says which number to write: the clauses before it are why
    (unless they name an option: "sæt klima på og skriv 11 år" is read clause by clause)."""
    clauses = fc.clauses(sentence)
    m = _WRITE_YEARS.match(fc.key(clauses[-1])) if len(clauses) > 1 else None
    if m and any(options_in(reader, words(c)) for c in clauses[:-1]):
        return False
    q = reader.number_question()
    word = m.group(1) if m else ""
    number = int(word) if word.isdigit() else word_number(word) if word else None
    if q is None or number is None or not (YEAR_UNITS & set(fc.key(sentence).split()) or q.id in
                                           reader.strong_labels(fc.key(sentence).split())):
        return False
    ops.values[q.id] = str(number)
    ops.read_from([q.id], sentence)
    return True


def write_number(reader: Reader, key: str, ops: Ops) -> bool:
    """"Skriv bare 3.", "Make it 12." right after the years were talked about: that number."""
    q, m = reader.number_question(), CORRECTED.match(key)
    rest = key[m.end():].split() if m else []
    number = (int(rest[0]) if rest[0].isdigit() else word_number(rest[0])) if len(rest) == 1 else None
    if q is None or number is None or not (q.id in ops.values or q.id in ops.words):
        return False
    ops.values[q.id] = str(number)
    ops.read_from([q.id], key)
    return True


def number_fixed(reader: Reader, key: str, ops: Ops) -> bool:
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


#: a second number offered instead of the first: "..., otherwise fourteen", "ellers 14"
OTHERWISE = re.compile(r"^(?:or |eller )?(?:otherwise|else|ellers|alternatively)\b")


def read_years(c: Clause) -> bool:
    """The number of years a clause gives, recorded unless the sentence gives two ("8 år her,
    før det 3 år i et firma": asked) or the total was given first ("9 i alt, 5 her"); True when
    the clause is done with."""
    said, key = c.said, c.spelled
    if c.number is None and _breakdown(c):
        return True  # "Experience is 15 years – 8 here and 7 in Poland": the parts of the total
    if c.number is None:
        return bool(said.years and OTHERWISE.match(key) and numbers(c.text)) and _otherwise(c)
    qid, value = c.number
    total = bool(fc.TOTAL.search(key) or CORRECTED.match(key) or IN_THE_FIELD.search(key)) \
        or key.split()[0] in SO  # ("..., men kun tre af dem med miljø": the field's years)
    if value and said.total and not total:
        return True
    if value and said.years - {value} and not total or not value and said.years and qid in said.answered:
        c.ops.values.pop(qid, None)  # "2 år, hvis man tæller studiejobbet med, ellers et halvt
        said.answered.discard(qid)  # år": two answers, neither recorded
        said.items.append(c.sentence.strip())
        return True
    if not value:
        said.items.append(c.text.strip())  # a range or a year: for the chair
        return True
    said.total = total
    said.years.add(value)
    c.ops.values[qid] = value
    said.answered.add(qid)
    said.understood = True
    return False


def _otherwise(c: Clause) -> bool:
    """"Twenty-three if you count the county, otherwise 14": two numbers, neither recorded."""
    years_q = c.reader.number_question()
    if years_q is None or years_q.id not in c.said.answered:
        return False
    c.ops.values.pop(years_q.id, None)
    c.said.answered.discard(years_q.id)
    c.said.items.append(c.sentence.strip())
    return True


def _breakdown(c: Clause) -> bool:
    """Numbers that add up to the years just given: how the total is made up, no answer."""
    given = [int(v) for v in c.said.years if v.isdigit()]
    parts = numbers(c.text)
    if len(given) != 1 or len(parts) < 2 or sum(parts) != given[0] or c.found:
        return False
    c.said.understood = True
    return True
