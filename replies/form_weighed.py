"""Role offers the chair must weigh, and when a role changes only for a while. Pure.

An offer is not recorded when it holds only on a condition the chair settles ("kun hvis ...",
"If co-chairs aren't possible ..."), when it is a wish for the case of being drawn, a deal, a
stand-in, or whatever role is left over; a role given up "while I'm away" stays, and one kept only
"until the summer" is passed on. tovholder.replies.form_sentences decides with these which of a
sentence's role answers are held for the chair.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tovholder.replies import form_clauses as fc
from tovholder.replies.form_option_words import options_in

if TYPE_CHECKING:
    from tovholder.replies.form_words import Reader

#: an offer made unwillingly: "kan jeg tage formandsposten, men helst ikke", "but I'd rather not"
RELUCTANT = re.compile(r"\b(?:men|but) (?:jeg vil |i d |i would )?(?:helst ikke|hellere lade vaere|"
                       r"rather not|prefer not|preferably not)\b")

#: a role for part of the two-year term only: "frem til da", "until the summer", "for now", "et
#: år mere, men ikke to": the chair plans the rest, so it is held and passed on
_UNTIL_MONTH = (r"(?:frem til|indtil|until|till) (?:d |den |the |udgangen af |end of |the end of |"
                r"slutningen af |moedet i |the meeting in |aarsmoedet i )?" rf"(?:\d+ )?{fc.MONTHS}")
#: an answer that holds until a date: "frem til mødet i marts", "until the end of March"
ENDS_AT = re.compile(rf"\b{_UNTIL_MONTH}\b")
PART_OF_TERM = re.compile(
    rf"\b(?:{_UNTIL_MONTH}|"
    # "et halvt års tid", "for six months"
    r"(?:et )?halvt aar\w*(?: tid)?|(?:for )?(?:half a year|six months)|seks maaneder|"
    r"(?:frem til|indtil|until|till) (?:da|then)|for now|for nu|indtil videre|foreloebig|"
    r"(?:et|1|one|a) (?:aar|year) (?:mere |more )?(?:men|but|not|ikke) (?:ikke |not )?(?:the full |de fulde |"
    r"hele |all )?(?:to|2|two)\b|"
    r"(?:kun|only) (?:det |the )?(?:foerste|sidste|first|last) (?:aar|year)|"
    r"(?:det|the) (?:sidste|last|foerste|first) (?:aar|year) (?:af|of) (?:perioden|the period|de to|"
    r"the two))\b")
#: a wish only for the case that the member is drawn or chosen anyway ("Bliver jeg trukket
#: alligevel, vil jeg hellere være sekretær end formand", "If I'm drawn, I'd rather ..."): no offer
IF_DRAWN = re.compile(r"^(?:og |men |and |but )?(?:bliver jeg|skulle jeg|hvis jeg (?:\w+ )?(?:bliver|"
                      r"skulle|ender)|if i (?:am|m|get|should|end up|were)|should i|were i|in case i|"
                      r"skulle det ende|hvis det ender|if it comes to)\b(?: \w+){0,3} (?:trukket|drawn|"
                      r"valgt|chosen|picked|udpeget|lodtraekning\w*|a draw|the draw|lots?)\b")


#: one answer offered for another ("formandsposten, hvis jeg til gengæld må trække mig fra
#: PFAS-gruppen", "chair if I can leave the PFAS group"): a deal the chair weighs, neither recorded
DEAL = re.compile(r"\b(?:hvis|if|provided|forudsat at|on condition that) (?:jeg|i) "
                  r"(?:saa |then |til gengaeld |in return )?(?:maa|kan|can|could|may|"
                  r"faar lov til at|get to|am allowed to) (?:\w+ ){0,2}(?:traekke mig|slippe|droppe|stoppe|"
                  r"komme af|komme ud|leave|drop|give up|stop|step down|get out)\b")


#: what the member's stand-in will do ("Min vikar bliver Sofie Holm, som også overtager mine
#: PFAS-sager"): arranged by the chair for the time the member is away, not the member's answer
#: (not what was handed to that person: "klima har jeg afleveret til min afløser")
STAND_IN = re.compile(r"\b(?<!til )(?<!to )(?:min|mit|my|vores|our) (?:vikar|barselsvikar|afloeser|"
                      r"stedfortraeder|substitute|stand in|cover|maternity cover|replacement)\b|"
                      # "tage referatet ..., hvis sekretæren er væk": standing in for the holder
                      r"\b(?:hvis|naar|when|if|whenever) (?:the )?(?:formand\w*|sekretaer\w*|"
                      r"\w*tovholder\w*|"
                      r"chair|secretary|\w+ coordinator) (?:er|is|can t|cannot|ikke kan)(?: \w+)? "
                      r"(?:vaek|away|absent|fravaerende|forhindret|come|komme|deltage|attend)\b")
#: a role taken for the time another is away: "while Maja is on leave", "mens Hanne er på barsel"
WHILE_THEY_ARE_AWAY = re.compile(r"\b(?:while|mens|imens|so long as|saa laenge) (?!i |jeg )\w+ (?:is|er) "
                                 r"(?:\w+ )?(?:on leave|away|off|paa barsel|paa orlov|vaek|syg\w*|sick)\b")


#: the member leaves the whole group ("jeg træder ud af gruppen og af PFAS-arbejdsgruppen"): the
#: chair takes the member off; the answers are not changed one by one
LEAVES_US = re.compile(r"\b(?:traeder|traede|traadt|melder mig|melde mig|meldt mig|stopper|forlader) "
                       r"(?:\w+ )?"
                       r"(?:ud af |i )?gruppen\b|\b(?:leav\w*|left|quit\w*) (?:the|this|our) group\b|"
                       # "I må hellere tage mig af listen": off the members' list, so out of it all
                       r"\b(?:tag|tage|fjern|fjerne|slet|slette|stryg|stryge|take|remove|strike) (?:mig|me) "
                       r"(?:af|fra|off|from) (?:the |jeres |your |vores |our )?"
                       r"(?:mailing ?listen|mailing ?list|"
                       r"medlemslisten|member list|listen|list)\b(?! (?:over|of|for|til|med)\b)")


#: a role the member keeps or drops as the group likes ("keep me as consultation coordinator if
#: that's useful, otherwise happy to drop it"): the chair decides
EITHER_WAY = re.compile(r"\b(?:otherwise|ellers|or else)\b (?:\w+ ){0,4}(?:drop|give (?:it |them )?up|"
                        r"let (?:it|them) go|droppe\w*|slippe\w*|stoppe\w*|afgive\w*)\b|"
                        r"\b(?:not fussed|don t mind either way|either way is fine|samme for mig|"
                        r"lige meget for mig)\b")


#: a time away that a role waits out: "i den periode", "while I'm on leave", "under min barsel"
WHILE_AWAY = re.compile(
    r"\b(?:i den periode|i perioden|i mellemtiden|in that period|in the meantime|during that (?:time|"
    r"period)|mens jeg er (?:\w+ )?(?:vaek|vaek fra|paa barsel|paa orlov|paa kursus|syg\w*|"
    r"udstationeret)|while i m (?:away|on leave|off)|while i am (?:away|on leave|off)|"
    r"under (?:min |mit )?(?:barsel\w*|orlov\w*|sygemelding\w*|fravaer\w*)|"
    r"during my (?:leave|absence|parental leave|maternity leave))\b")


#: the member asks to come off it all the same: "... i den periode, så fjern mig som det"
TAKE_ME_OFF = re.compile(r"\b(?:fjern|slet|stryg|tag mig|tage mig|remove|take me off|drop|cross me "
                         r"off)\b")


#: the decision left to the chair: "Det må formanden vurdere", "I bestemmer", "skriv det, der giver
#: mest mening for jer", "up to you", "your call", "I'll leave it to the chair"
YOU_DECIDE = re.compile(
    r"\b(?:det )?(?:maa|kan|skal) (?:formanden|i|du|gruppen|jer|the chair) (?:\w+ )?(?:vurdere|afgoere|"
    r"bestemme|beslutte)|\b(?:formanden|i|du|gruppen) (?:maa )?(?:bestemmer|afgoer|vurderer|beslutter)\b|"
    r"\bop til (?:jer|dig|formanden|gruppen)\b|\b(?:helt )?(?:jeres|dit|formandens) (?:valg|beslutning)\b|"
    r"\bskriv (?:bare )?(?:det|hvad)(?: der| som)? (?:der )?(?:giver mest mening|passer (?:jer|bedst)|"
    r"i synes)|\b(?:up to you|your call|you decide|the chair decides|chair s call|"
    r"(?:i ll |i will )?leave it (?:up )?to (?:you|the chair|the group)|whatever (?:suits|works for|you "
    r"think)|(?:you|the chair) (?:can |may )?(?:decide|judge)|"
    # "hvis formanden synes, det giver mening", "if the chair agrees": the chair's to settle
    r"(?:hvis|if) (?:formanden|gruppen|the chair|the group) (?:synes|mener|accepterer|"
    r"siger ok|siger god for|er enig\w*|agrees?|thinks?|is ok|is fine|approves?))\b")


#: a role named only as not to be drawn, or out of the draw
NOT_DRAWN = re.compile(r"\b(?:not|n t|ikke|never|aldrig)\b(?: \w+){0,3} (?:be )?(?:drawn|trukket)\b|"
                       r"\b(?:ikke|not|no longer)\b(?: \w+){0,4} (?:med i|in|part of|i) (?:the )?"
                       r"(?:lodtraekning\w*|draw|lottery|puljen|pool)\b")


#: a new holder to be found later ("I må gerne begynde at finde en ny formand", "find a new chair
#: from August"): the member holds the role until then; the chair plans it
FIND_LATER = re.compile(r"\b(?:begynde at|start(?:e)? (?:at|to)|begin to|begynder at) (?:finde|find|lede|"
                        r"look)\b|\b(?:finde|find) (?:en |a )?(?:ny|new) \w+ (?:fra|from|til|by|efter|"
                        rf"after) (?:\d+ )?{fc.MONTHS}")


#: sentences whose answers only the chair can settle: the case of being drawn, a deal, a
#: stand-in's tasks, leaving the group, a role kept or dropped as the group likes, a new holder
#: to be found later
#: whichever role is left over: the chair places the member once the others have answered
WHEREVER_NEEDED = re.compile(
    r"\b(?:saet|put|skriv) (?:mig|me) (?:paa|paa til|on|down for|in|ind) (?:det|den|dem|hvad|whatever|what|"
    r"the one|where|wherever|hvor)(?: \w+){0,3} (?:mangler|mangles|needed|need|short|lacks?|brug for)\b|"
    r"\b(?:det|den|dem|hvad) (?:der|som) mangler (?:folk|nogen|en|people)\b|"
    r"\bwherever (?:i m |i am |i can be |you )?(?:need|needed|useful)|"
    r"\bwhatever (?:role|function|job|task) (?:is|nobody|no one|you|remains|s left)|"
    r"\bhvor (?:der er|i har|i mangler|det) (?:brug for|mangler|traenger)\b")
#: a role as the fallback of another arrangement: "If co-chairs aren't possible, I'd rather be
#: secretary", "Hvis det ikke kan lade sig gøre, tager jeg referaterne"
IF_IMPOSSIBLE = re.compile(r"\b(?:if|hvis) (?:\w+ ){1,3}(?:(?:is|are|was|were) not|isn t|aren t|wasn t|"
                           r"doesn t|does not|won t|can t|cannot|ikke (?:kan|er|gaar)) (?:\w+ )?"
                           r"(?:possible|allowed|an option|work|happen|muligt?|tilladt|lade sig goere|"
                           r"en mulighed)\b")
#: an offer or a join that holds only on a condition: "but only if it keeps meeting online"
ONLY_IF = re.compile(r"\b(?:only|kun|udelukkende) (?:if|hvis|as long as|saa laenge|provided|forudsat)\b|"
                     # "men ikke hvis det også betyder referat fra temadagene", "unless ..."
                     r"\b(?:men|but) (?:ikke|not) (?:hvis|if)\b|\b(?:medmindre|unless)\b"
                     r"(?! (?:en anden|nogen anden|"
                     r"nogen andre|andre|someone else|somebody else|anyone else|another)\b)")
#: a join or an offer that waits for room: "if there's room", "hvis der er plads", "hvis det kan
#: lade sig gøre": the chair admits
IF_ROOM = re.compile(r"\b(?:if|hvis) (?:there s|there is|der er) (?:still |stadig |fortsat )?(?:room|space|"
                     r"plads|a place|a spot|en plads|a seat)\b|\bhvis det kan lade sig goere\b")
#: an answer that waits on how the chair reads the form: "please add EIA if screenings count",
#: "sæt VVM på, hvis screeninger tæller med"
IF_IT_COUNTS = re.compile(r"\b(?:if|hvis) (?:\w+ ){1,3}(?:counts?|count too|count as|taeller(?: med)?|"
                          r"taelles med|gaelder|hoerer (?:med|under)|falls? under|qualif(?:y|ies))\b")
CHAIRS_TO_WEIGH = (IF_DRAWN, DEAL, STAND_IN, LEAVES_US, EITHER_WAY, FIND_LATER, YOU_DECIDE,
                   IF_IMPOSSIBLE, ONLY_IF, IF_ROOM)


def for_a_term(reader: Reader, choice: tuple[str, str, list[str]]) -> bool:
    """A role offered, which a part of the period limits."""
    qid, op, _ = choice
    return op != "remove" and qid in reader.roles


def reluctant(reader: Reader, key: str) -> bool:
    """"kan jeg tage formandsposten, men helst ikke": the offer made unwillingly (not "men helst
    ikke formand", which declines another role)."""
    m = RELUCTANT.search(key)
    return m is not None and not options_in(reader, key[m.end():].split()[:3])
