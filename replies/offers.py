"""A conditional offer to take a role: "Hvis ingen andre melder sig, kan jeg godt" / "if nobody
else, I can"; and the end of a term the chair names when she approves ("ja, til 2027"). Pure.

Such a reply is neither a yes (the member does not want the role if someone else does) nor a
no, and a person should not have to read it to know what it means: the member is a fallback
volunteer, taken after the real volunteers and before any lottery (jobs/roles). It is one when
the text names the condition (nobody else, if needed, rather than a draw, as a last resort) and
offers (an offer phrase, or what is left without the condition reads as a yes), with no hedge
("måske") and no no ("kan jeg ikke") in what is left.
"""

from __future__ import annotations

import datetime as dt
import re

from tovholder.core.dates import parse_date
from tovholder.replies.yesno import NO, UNCLEAR, YES, classify

# i18n: data (what members write; recognised, never shown)
_CONDITION = re.compile(r"""
    \b(?:hvis|såfremt|if|in\s+case)\s+(?:der\s+|there(?:'s|\s+is|\s+are)?\s+)?
        (?:ingen|ikke\s+(?:nogen|andre|er\s+andre)|ingen\s+andre?|ingen\s+anden|
           nobody|no\s*-?\s*one|noone|none\s+of\s+the\s+others|no\s+other|not\s+anyone)
        (?:\s+(?:andre|anden|else|others?))?
  | \bhvis\s+(?:I|vi|du)\s+ikke\s+finder\s+(?:en|nogen)\s+ande?n
  | \bhvis\s+ingen\s+(?:vil|melder|tager)
  | \bhvis\s+det\s+(?:er|bliver)\s+nødvendigt
  | \bhvis\s+det\s+kniber
  | \b(?:i\s+(?:yderste\s+)?nødstilfælde|som\s+(?:en\s+)?sidste\s+udvej|i\s+sidste\s+ende)
  | \b(?:hellere\s+end|frem\s+for|før\s+(?:der\s+|i\s+|vi\s+)?trække?s?)\s+(?:der\s+)?lod
  | \bfør\s+(?:der\s+)?(?:skal\s+)?trækkes\s+lod
  | \bfremfor\s+(?:en\s+)?lodtrækning | \b(?:hellere\s+end|frem\s+for)\s+(?:en\s+)?lodtrækning
  | \bif\s+(?:needed|necessary|need\s+be|it\s+comes\s+to\s+(?:it|that))
  | \bif\s+(?:you|we)\s+(?:can'?t|cannot|don'?t)\s+find\s+(?:anyone|someone|anybody)
  | \bif\s+(?:nobody|no\s*-?\s*one)\s+(?:volunteers|steps\s+up|else)
  | \b(?:as\s+a\s+last\s+resort|rather\s+than\s+a\s+(?:draw|lottery)|before\s+(?:you|we)\s+draw)
    """, re.IGNORECASE | re.VERBOSE)
_OFFER = re.compile(r"""
    \b(?:kan|vil|tager|gør|stiller|påtager|melder)\s+jeg\b(?!\s+(?:ikke|desværre))
  | \bjeg\s+(?:kan|vil|tager|gør|stiller|påtager|melder)\b(?!\s+(?:ikke|desværre))
  | \b(?:så\s+)?(?:tager|gør)\s+jeg\s+(?:den|det)\b
  | \bI\s*(?:can|could|will|'ll|'d|would)\b(?!\s*(?:not|n't))
  | \b(?:count\s+me\s+in|put\s+me\s+down|happy\s+to|willing\s+to|I'?m\s+(?:willing|happy|available))
    """, re.IGNORECASE | re.VERBOSE)


def conditional_offer(text: str) -> bool:
    """True when ``text`` (what the member wrote, quotes dropped) offers to take the role only
    if nobody else does."""
    flat = " ".join(text.split())
    condition = _CONDITION.search(flat)
    if condition is None:
        return False
    rest = (flat[:condition.start()] + " " + flat[condition.end():]).strip(" ,.;:-–")
    answer = classify(rest) if rest else UNCLEAR
    if answer == NO or _hedged(rest):
        return False
    return answer == YES or _OFFER.search(rest) is not None


def _hedged(text: str) -> bool:
    # i18n: data (what members write)
    return re.search(r"\b(?:måske|muligvis|maybe|perhaps|possibly)\b", text, re.IGNORECASE) \
        is not None


# i18n: data (what the chair writes: "ja, til 2027", "ja – til 1. juni 2027", "yes, until 2027")
_UNTIL = re.compile(r"\b(?:til|indtil|until|till|to|through)\s+(?:og\s+med\s+)?"
                    r"(\d{4}|\d{1,2}\s*[-./]\s*\d{1,2}\s*[-./]\s*\d{2,4}|"
                    r"\d{1,2}\.?\s+[a-zæøå]+\.?\s+\d{4})", re.IGNORECASE)


def term_end_from(text: str, start: dt.date) -> dt.date | None:
    """The end of a term the chair's approval names ("ja, til 2027": the same day in 2027;
    "ja, til 1. juni 2027"), or None when it names none after ``start``."""
    found = _UNTIL.search(" ".join(text.split()))
    if found is None:
        return None
    value = found.group(1)
    try:
        end = start.replace(year=int(value)) if value.isdigit() else parse_date(value)
    except ValueError:  # 29 February in a year without one
        end = start.replace(year=int(value), day=28)
    return end if end is not None and end > start else None
