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
