"""A clause no rule could place, in a sentence that gave an answer: read past, or passed on? Pure.

Most such clauses carry the answer beside them and a careful secretary reads past them: why a
topic went ("det har en kollega overtaget", "den er jo lukket ned"), why an amount of time is
what it is, a change of team or title. Some tell the chair something she must act on, and then
the whole sentence reaches her, however well the rest was read: a meeting the member cannot
come to ("Meget tid, og jeg kommer ikke til mødet i januar"), a question ("Tilføj klima – og
hvornår er næste møde"), the member leaving, or another person's role.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tovholder.replies import form_clauses as fc
from tovholder.replies.form_for_chair import NEWS
from tovholder.replies.form_whose import others_part

if TYPE_CHECKING:
    from tovholder.replies.form_words import Reader

#: a meeting missed or an absence, however it is said
_ABSENT = re.compile(r"\b(?:kommer ikke|kan ikke (?:\w+ )?(?:komme|deltage|vaere med)|kan ikke naa|"
                     r"misser|missing|miss|can t (?:come|make|attend|join)|cannot (?:come|make|attend|"
                     r"join)|won t (?:be able to )?(?:come|make|attend|be there)|will not be (?:able to )?"
                     r"(?:come|attend|there)|not be able to (?:come|make|attend))\b")
#: a question without its question mark: "og hvornår er næste møde"
_ASKING = re.compile(r"^(?:og |and |men |but )?(?:hvornaar|hvorfor|hvordan|hvem|hvilke|hvilken|when|why|"
                     r"how|who|which|kan i|kunne i|vil i|can you|could you|would you|will you)\b")
#: another person's role: "og Jonas bliver ny formand", "Lars takes over as chair"
_ROLE_NEWS = re.compile(r"\b(?:bliver|becomes|will be|takes over as|tager over som|overtager) (?:ny |new |"
                        r"the new |vores |our )?(?:formand|chair|sekretaer|secretary|hoeringstovholder|"
                        r"consultation coordinator)\b")


def for_the_chair(reader: Reader, clause: str, roles_changed: bool) -> bool:
    """Does ``clause``, which no rule placed, tell the chair something she must act on? Of
    another person only their role ("My colleague Anna is on parental leave" is why the member
    took her cases), and not when the member's own roles changed in the same sentence ("Ingrid
    takes over as chair from 1 June, so please take Chair off my list")."""
    key = fc.key(clause)
    if _ROLE_NEWS.search(key):
        return not roles_changed
    return not others_part(reader, clause) and bool(
        _ABSENT.search(key) or _ASKING.match(key) or NEWS.search(key))
