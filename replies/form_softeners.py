"""A softener after an answer ("some, I guess", "nogen tror jeg"): the answer still stands. Pure."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tovholder.replies.fuzzy import words

if TYPE_CHECKING:
    pass


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
    return " ".join(plain_words(words(text)))


def plain_words(typed: list[str]) -> list[str]:
    if typed[-2:-1] in (["er"], ["var"], ["laenge"]) and typed[-1:] == ["nok"]:
        return typed  # "seks år som formand er nok": enough, no softener
    for tail in _SOFTENERS:
        if len(typed) > len(tail) and tuple(typed[-len(tail):]) == tail:
            return typed[:-len(tail)]
    return typed
