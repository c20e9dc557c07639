"""The written round ("Bordet rundt"): is a member's answer "intet nyt"? Pure.

A member with nothing to tell writes "Intet nyt", "Ikke noget nyt herfra", "Nothing new from us,
thanks": recorded as such and not chased. Anything with more to say is their answer, kept whole:
a reply that merely starts with "intet nyt" and goes on ("Intet nyt, men vi har fået ny
miljøchef") is an answer, because nothing a member says may be lost.
"""

from __future__ import annotations

import re

# i18n: data (words that say "no", as members write them)
_NO = {"intet", "ingen", "ingenting", "ikke", "nej", "nothing", "no", "none", "nope", "not"}
# i18n: data (filler around "nothing new", Danish and English)
_FILLER = _NO | {
    "nyt", "nye", "nyheder", "news", "new", "herfra", "fra", "os", "mig", "her", "denne", "gang",
    "this", "time", "tak", "thanks", "thank", "you", "at", "berette", "fortælle", "report",
    "sige", "say", "to", "from", "here", "our", "vores", "side", "min", "mit", "my", "i", "jeg",
    "vi", "har", "we", "have", "særligt", "særlig", "noget", "nogen", "specielt", "particular",
    "special", "much", "meget", "lige", "nu", "now", "for", "the", "moment", "øjeblikket",
    "desværre", "sorry", "ok", "og", "and", "er", "is", "there", "der", "sker", "happening",
    "hos", "with", "us", "kommune", "kommunen", "municipality", "umiddelbart", "really", "rigtig",
    "rigtigt", "andet", "other", "anything", "all", "overhovedet", "sket", "happened",
    "has", "i've", "we've", "got", "haft", "what", "hvad", "angår", "as", "far", "concerned",
    "mht", "til", "of", "it", "det", "vidt", "så", "so", "hej", "hi"}
_WORD = re.compile(r"[\wæøåÆØÅ']+")
MAX_WORDS = 20  # a longer reply says something, whatever words it uses


def nothing_new(text: str) -> bool:
    """"Intet nyt", "Ikke noget nyt herfra", "Nothing new from us" (and nothing more)."""
    words = [w.casefold() for w in _WORD.findall(text.replace("’", "'"))]
    return bool(words) and len(words) <= MAX_WORDS and set(words) <= _FILLER and \
        bool(set(words) & _NO)
