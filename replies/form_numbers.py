"""Numbers as members write them: digits, number words beyond twenty ("seksogtyve",
"twenty-six", "fireogtredive"), and which of them are years ("siden 2015"). Pure."""

from __future__ import annotations

import re

from tovholder.replies.fuzzy import fold, words


def fold_word(word: str) -> str:
    return fold(word).strip()

_UNITS = ("nul zero", "en et one", "to two", "tre three", "fire four", "fem five", "seks six",
          "syv seven", "otte eight", "ni nine", "ti ten", "elleve eleven", "tolv twelve",
          "tretten thirteen", "fjorten fourteen", "femten fifteen", "seksten sixteen",
          "sytten seventeen", "atten eighteen", "nitten nineteen")
_TENS = {"tyve": 20, "twenty": 20, "tredive": 30, "thirty": 30, "fyrre": 40, "fyrretyve": 40,
         "forty": 40, "halvtreds": 50, "fifty": 50, "tres": 60, "sixty": 60, "halvfjerds": 70,
         "seventy": 70, "firs": 80, "eighty": 80, "halvfems": 90, "ninety": 90}
NUMBER_WORDS = {w: n for n, ws in enumerate(_UNITS) for w in ws.split()} | _TENS
_DA_COMPOUND = re.compile(r"^(en|et|to|tre|fire|fem|seks|syv|otte|ni)og(" + "|".join(
    t for t in _TENS if t.isascii()) + ")$")
#: what the Danish "to" (two) counts in a reply about the form ("to år", "de to")
_COUNTED = {"aar", "aars", "ting", "gange", "timer", "uger", "maaneder", "dage", "kolleger",
            "af", "grupper", "netvaerk", "funktioner", "omraader", "sager"}
_AMBIGUOUS = {"en", "et", "one"}  # "et år mere", "one of them": an article, not a number
#: a number written as digits that reads as a calendar year, not a number of years
YEARS = range(1950, 2101)


def word_number(word: str) -> int | None:
    """"seksogtyve" -> 26, "tolv" -> 12; None for any other word."""
    compound = _DA_COMPOUND.match(word)
    if compound:
        return NUMBER_WORDS[compound.group(1)] + _TENS[compound.group(2)]
    return NUMBER_WORDS.get(word)


def numbers(text: str) -> list[int | float]:
    """Every number in ``text``, digits and words ("twenty six" is one number, 26)."""
    found: list[int | float] = []
    tokens = re.findall(r"\d+(?:[.,]\d+)?|[^\W\d_]+", text)
    for k, token in enumerate(tokens):
        if token.casefold() == "to" and k + 1 < len(tokens) and fold_word(
                tokens[k + 1]) not in _COUNTED:
            continue  # "up to 7", "like to add", "power-to-X": English "to"; "to år": two
        if re.match(r"\d", token):
            value = float(token.replace(",", ".")) if re.search(r"[.,]", token) else int(token)
            found.append(value)
            continue
        for word in words(token):
            n = word_number(word)
            if n is None:
                continue
            if found and n < 10 and found[-1] in _TENS.values() and _last_was_tens(text, word):
                found[-1] += n  # "twenty six", "twenty-six", "thirty-one": one is a unit here
            elif word not in _AMBIGUOUS:
                found.append(n)
    return found


#: "femogtyve år nu, ikke 20", "ten years, not nine", "(was 8)": the number corrected is old
OLD_NUMBER = re.compile(r"\b(?:ikke|not|i stedet for|instead of|was|var)\s+(\d+|[^\W\d_]+)\b|"
                        r"\b(\d+)(?=\s+(?:(?:aar|år|years?)\s+)?(?:er|is)\s+(?:forkert|wrong|"
                        r"incorrect|outdated|forældet|ikke rigtigt|not right))|"
                        r"\b(\d+)(?=\s*(?:→|->|=>|⇒))", re.IGNORECASE)  # "8 → 9 år"


#: a date is no count: "fem år pr. 1. januar", "as of January 1st", "fra 1/3"
_MONTHS = ("januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december|"
           "january|february|march|may|june|july|october")
DATE = re.compile(rf"\b\d{{1,2}}\.\s*(?:{_MONTHS})\b|\b(?:{_MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?\b|"
                  rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS})\b|\b\d{{1,2}}/\d{{1,2}}\b",
                  re.IGNORECASE)
#: a part of a year: "2½ år", "to og et halvt år", "two and a half years" is asked, not rounded
FRACTION = re.compile(r"½|\b(?:og en halv|og et halvt|and a half|halvanden|halvandet|et halvt (?:år|aar)|"
                      r"half a year|six months|seks måneder|seks maaneder)\b", re.IGNORECASE)


def current(text: str) -> list[int | float]:
    """The numbers in ``text`` less the ones it says are old or wrong, and less dates."""
    kept = OLD_NUMBER.sub(lambda m: " " if numbers(m.group(1) or m.group(2) or m.group(3))
                          else m.group(0),
                          text)
    return numbers(DATE.sub(" ", kept))


def _last_was_tens(text: str, word: str) -> bool:
    typed = words(text)
    i = typed.index(word) if word in typed else 0
    return i > 0 and typed[i - 1] in _TENS


def text_number(value: int | float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value).replace(".", ",")


#: "3 (plus 2 as a student assistant)": years on top of the answer, so 3 or 5 is asked
PLUS_OTHER = re.compile(r"\(\s*(?:plus|\+|og|and|samt|oven i|on top of)\s+\w+", re.IGNORECASE)
