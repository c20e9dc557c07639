"""A clause about the option the clause before it named. Pure.

"så den kan I fjerne", "så det må en anden gerne overtage", "I will not stand again": the option
just named is taken away; "lad den stå", "det er jo mit fag", "sæt gerne den på": it stays, and
the clause says why. The rules read a clause that names no option itself
(``tovholder.replies.form_unplaced``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tovholder.replies import form_clauses as fc

if TYPE_CHECKING:
    from collections.abc import Callable

    from tovholder.replies.form_clause_read import Clause


#: someone else's turn, after a role given up: "Jeg har været formand længe nok, nu må andre til"
OTHERS_TURN = re.compile(r"\b(?:nu |now )?(?:maa|skal|kan) (?:andre|en anden|nogen andre) "
                         r"(?:til|overtage|tage over)|(?:someone|somebody) else s turn|"
                         r"time for (?:someone|somebody) else\b")


#: "to roller er for meget", "two roles is too much": why a role is given up
TOO_MUCH = re.compile(r"\b(?:is|are|er|bliver|would be|ville vaere|bli|blir) (?:\w+ )?(?:too much|for meget|"
                      r"too many|for mange)\b")


#: a clause pointing back at the option before it: "sæt gerne den på", "no time for it"
BACK = re.compile(r"\b(?:den|det|dem|it|that|them|begge dele|begge|both)\b")


REMOVE_VERB = re.compile(r"\b(?:fjern\w*|slet\w*|remove[ds]?|delete[ds]?|drop\w*|tages af|tag mig af|"
                         r"(?:maa|skal|kan) (?:godt |gerne |bare )?(?:gaa )?ud|(?:can|must|has to) go|"
                         r"ikke (?:\w+ )?(?:mit|min|mine) (?:laengere|mere)|no longer mine|"
                         r"not mine (?:any ?more|any longer)|"
                         r"take (?:it|them) off|take me off|"
                         # "og det er Jens' område nu", "it's Ditte's area now": someone else's
                         r"(?:det er|it s|it is) (?!(?:mit|min|mine|vores|my|our)\b)\w+(?: s)? (?:omraade|"
                         r"area|field|felt|bord|desk|sag|thing)\b|"
                         r"leave (?:it|them|that|this) (?:off|out)|"
                         # "men det har jeg ikke her", "but I don't have it any more"
                         r"har (?:jeg|vi) (?:\w+ )?ikke (?:her|mere|laengere|nu|laenger)|"
                         r"(?:don t|do not) have (?:it|that|them) (?:here|any ?more|any longer|now)|"
                         # "så det skal I ikke skrive på mig længere", "don't put it down for me"
                         r"(?:ikke|ikk) (?:\w+ )?(?:skrive|saette|saet|notere) (?:\w+ )?(?:paa|for) mig|"
                         r"(?:not|n t) (?:\w+ )?(?:put|write|list) (?:\w+ )?(?:down )?(?:for|under|on) me|"
                         # "Jeg kom til at sætte kryds ved formand, det var en fejl": the mark is void
                         r"(?:var|er|was|is) (?:nok |vist |just )?(?:en fejl|a mistake|an error|forkert|"
                         r"wrong))\b")


#: "så det må en anden gerne overtage", "tid til at en anden tager over": the role just named goes
SOMEONE_ELSE = re.compile(r"\b(?:en anden|nogen anden|andre|someone else|somebody else|another "
                          r"(?:member|person|one)) (?:\w+ ){0,2}(?:overtage\w*|tage\w* over|"
                          r"take\w* over|taking over|tage\w*(?= det\b))\b")


#: a time the member holds on until: "kun til sommer", "frem til da", "for one more year"
UNTIL = re.compile(r"\b(?:kun til|frem til|indtil|until|till|after that|after this|derefter|efter det|"
                   r"herefter|one more year|another year|et aar (?:\w+ )?mere|endnu et aar|"
                   r"det sidste aar|the last year)\b|\b(?:til|until|till) (?:\S+ ){0,3}" + fc.MONTHS)


#: "så den giver jeg videre", "I'm handing it over": someone else's now, unless only wished
#: for later ("I'd like to hand it over during 2027": still the member's)
HANDS_OVER = re.compile(rf"\b(?:{fc.HAND_OVER})\b")


LATER_WISH = re.compile(r"\b(?:rather|like to|d like|want to|wants to|would|hope to|plan\w* to|"
                        r"helst|gerne vil|vil gerne|paa sigt|eventually|later|senere|"
                        r"i loebet af|during|next year|naeste aar|til (?:foraaret|sommer|efteraaret))\b")


#: a role the member will not stand for again: "I will not stand again", "genopstiller ikke"
NOT_AGAIN = re.compile(r"\b(?:(?:not|n t|won t|will not|shan t) (?:be )?(?:stand|standing|run|running)"
                       r"(?: for it)? again|(?:ikke|aldrig) (?:\w+ )?(?:genopstille\w*|stille\w* op "
                       r"igen)|genopstiller (?:\w+ )?ikke|stiller (?:\w+ )?ikke op igen)\b")


#: a clause about what the clause before named: "..., det passer ikke ...", "..., it doesn't fit"
LET_STAND = re.compile(r"\b(?:lad|lade) (?:den|dem|det) (?:bare |gerne )?staa\b|\bleave (?:it|"
                       r"them) (?:as it is|be)\b")


#: why an answer fits the member: "det er jo lidt mit fag", "it's my field anyway"
MY_FIELD = re.compile(r"^(?:og |and |for |da |since |as )?(?:det|it|that)(?: s| is|"
                      r" er) (?:\w+ ){0,2}(?:mit|min|my) "
                      r"(?:fag|omraade|felt|speciale|ting|field|area|thing|speciality|specialty|job)\b")


BACK_FIRST = re.compile(r"^(?:og |and |for |since |because |da |fordi |but |men )?(?:det|den|dem|it|that|"
                        r"they|de)\b")


NO_ROOM = re.compile(r"\b(?:ikke|ikk|no|not|t|ingen) (?:\w+ ){0,2}(?:tid|kapacitet|overskud|plads|"
                     r"ressourcer|"
                     r"time|capacity|room|resources)\b|"
                     # "det passer ikke rigtig sammen med mine opgaver på spildevandsområdet": why
                     r"\bpasser (?:\w+ )?ikke (?:\w+ )?(?:sammen |ind )?(?:med|i)\b|"
                     r"\b(?:doesn t|does not|don t|didn t) (?:really )?fit\b|\b(?:clashes|kolliderer) with|"
                     # "det har taget for meget tid": too much time, as the reason
                     r"\b(?:for|too) (?:meget|much|mange|many) (?:tid|time|timer|hours)\b")


def _said_twice(c: Clause) -> bool:
    """"Høringstovholder må en anden overtage – tag mig af den": the removal said twice."""
    key = c.spelled
    return bool(c.said.choices and (BACK.search(key) and REMOVE_VERB.search(key) or OTHERS_TURN.search(key))
                and c.said.choices[-1][1] == "remove") and c.understood()


def _last_role_kept(c: Clause) -> bool:
    last = c.said.choices[-1] if c.said.choices else None
    return last is not None and last[0] in c.reader.roles and last[1] != "remove"


def _hand_over_later(c: Clause) -> bool:
    """"..., men jeg vil helst give stafetten videre": kept for now; whether to is the chair's to
    weigh."""
    if not _last_role_kept(c) or not HANDS_OVER.search(c.spelled) or not LATER_WISH.search(c.spelled):
        return False
    c.said.asked.append(c.sentence.strip())
    return c.understood()


def _someone_else_now(c: Clause) -> bool:
    """"så det må en anden gerne overtage": someone else's now (not "kun til sommer, så må en
    anden tage over": the role stays until then, and the chair plans the handover)."""
    key, sentence = c.spelled, fc.key(c.sentence)
    return bool(SOMEONE_ELSE.search(key)) and not LATER_WISH.search(sentence) and not UNTIL.search(sentence)


def _handover_planned(c: Clause) -> bool:
    if not c.said.choices or not SOMEONE_ELSE.search(c.spelled) or _someone_else_now(c):
        return False
    c.said.asked.append(c.sentence.strip())
    return c.understood()


def _goes_now(c: Clause) -> bool:
    """"Power-to-X-sagen er afsluttet, så den kan I fjerne": the option just named goes."""
    key, now = c.spelled, _someone_else_now(c)
    if not c.said.choices or c.said.choices[-1][1] == "remove" or not (BACK.search(key) or now) or not (
            REMOVE_VERB.search(key) or now or HANDS_OVER.search(key) and not LATER_WISH.search(key)):
        return False
    return _turn_last(c)


def _not_again(c: Clause) -> bool:
    """"My two years as chair end in February and I will not stand again"."""
    if not c.said.choices or c.said.choices[-1][0] not in c.reader.roles or not NOT_AGAIN.search(c.spelled):
        return False
    return _turn_last(c)


def _turn_last(c: Clause) -> bool:
    qid, _, names = c.said.choices[-1]
    c.said.choices[-1] = (qid, "remove", names)
    return c.understood()


def _let_stand(c: Clause) -> bool:
    """"jeg har stadig halvdelen, så lad den stå": kept as it is."""
    return bool(c.said.choices and LET_STAND.search(c.spelled)) and c.understood()


def _my_field(c: Clause) -> bool:
    """"Jeg kan godt være høringstovholder – det er jo lidt mit fag": why."""
    return bool(c.said.choices and MY_FIELD.search(c.spelled)) and c.understood()


def _no_time_for_it(c: Clause) -> bool:
    """"I have to step down as chair – there simply isn't time": why."""
    return bool(c.said.choices and c.said.choices[-1][1] == "remove" and NO_ROOM.search(c.spelled)) \
        and c.understood()


def _put_on_or_no_room(c: Clause) -> bool:
    """"..., sæt gerne den på", "..., jeg har ikke tid til den": what the clause before said."""
    return bool(c.said.choices and BACK.search(c.spelled) and (fc.adds(c.text) or NO_ROOM.search(
        c.spelled))) and c.understood()


#: in this order, after the rules that read a clause with no option on its own
GOES_BACK: tuple[Callable[[Clause], bool], ...] = (
    _said_twice, _hand_over_later, _handover_planned, _goes_now, _not_again)
KEEPS_BACK: tuple[Callable[[Clause], bool], ...] = (_let_stand, _my_field, _put_on_or_no_room,
                                                   _no_time_for_it)
