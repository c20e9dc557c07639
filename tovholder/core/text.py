"""Text folding: the one comparison form for names a person types (tab and column headers,
statuses, month names). Pure, standard library only."""

from __future__ import annotations

import functools
import unicodedata


@functools.lru_cache(maxsize=8192)  # headers and statuses repeat on every read
def fold(text: str) -> str:
    """The comparison form of a header or tab name: 'Ansvarlig ' == 'ansvarlig', 'Møde' == 'moede'."""
    text = text.casefold().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if ch.isalnum())


# Languages that write a role in running text in lower case ("Vil du være formand?"), whatever
# the chair typed in Funktioner: Danish does, English title case is fine as English writes it.
LOWER_CASE_ROLES = frozenset({"da"})


def role_in_text(role: str, lang: str) -> str:
    """'Formand' as a Danish sentence writes it: 'formand'. An acronym stays ('IT-ansvarlig',
    'KL-kontakt'), and so does the sheet: only the sentence changes."""
    if lang not in LOWER_CASE_ROLES or len(role) < 2 or not role[1].islower():
        return role
    return role[:1].lower() + role[1:]
