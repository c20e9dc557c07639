"""Text folding: the one comparison form for names a person types (tab and column headers,
statuses, month names). Pure, standard library only."""

from __future__ import annotations

import difflib
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


def close_name(who: str, names: list[str]) -> str:
    """The one name in ``names`` that ``who`` most likely means, or "": the same name with a
    middle name or an initial more or less ("Henrik V. Nielsen" -> "Henrik Nielsen"), or a
    slip of a letter or two ("Henrik Nielssen")."""
    wanted = _name_words(who)
    if not wanted:
        return ""
    same_ends = [n for n in names if _name_words(n) and _name_words(n)[0] == wanted[0]
                 and _name_words(n)[-1] == wanted[-1]]
    if len(same_ends) == 1:
        return same_ends[0]
    by_fold = {fold(n): n for n in names}
    found = difflib.get_close_matches(fold(who), list(by_fold), n=2, cutoff=0.85)
    return by_fold[found[0]] if len(found) == 1 else ""


def _name_words(name: str) -> list[str]:
    """The words of a name without initials ("V."), folded."""
    return [w for w in (fold(part) for part in name.split()) if len(w) > 1]
