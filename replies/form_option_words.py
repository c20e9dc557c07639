"""Which words of a clause name an option, and which only look like one. Pure.

An option is found by its words (tovholder.replies.fuzzy); these rules decide where the words
say something else: an amount of time only where it stands as the answer ("meget tid", "sæt mig
på nogen", not "lidt VVM" or "PFAS fylder meget"), a role named by its task ("skrive referat"),
a role said of the person holding it ("til formanden", "tillykke med formandsposten"), a body of
the member's own ("our local climate network"), the group itself ("tid til gruppen"), and a word
naming both a topic and a working group ("være med på PFAS").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tovholder.replies import form_clauses as fc
from tovholder.replies.fuzzy import Found, find_options, fold

if TYPE_CHECKING:
    from tovholder.replies.form_words import Reader

#: amounts said in other words than the default options' ("lots of time", "masser af tid")
PLENTY = {"lots": "much", "loads": "much", "plenty": "much", "masser": "meget", "massevis": "meget",
          "lot": "much", "masse": "meget",  # "a lot of time", "en masse tid"
          "mycket": "meget", "mye": "meget", "lite": "lidt", "litt": "lidt",  # Swedish, Norwegian
          "noe": "nogen"}
#: time said to be scarce right after it: "tiden er sparsom", "time is limited"
_SCARCE = {"sparsom": "lidt", "knap": "lidt", "begraenset": "lidt", "presset": "lidt", "scarce": "little",
           "limited": "little", "tight": "little"}
#: a whole answer that is the least amount in other words: "Time: a bit", "Tid: en smule"
A_BIT = {"a bit": "little", "a wee bit": "little", "en smule": "lidt", "en anelse": "lidt"}
_AS_ANSWER = frozenset(("tid", "time", "tiden"))  # "meget tid": a time option as the answer
_STILL_NOW = fc.set_of("stadig fortsat still igen again nu now ogsaa also")  # "tid lidt stadig"
_PLEASE = fc.set_of("venligst tak please thanks pls tack")  # 'så "meget" venligst'
_FROM_THEN = frozenset(("from", "fra", "after", "efter", "until", "indtil", "starting"))
_LATER = frozenset(("after", "efter", "once", "naar", "when"))
#: an event still to end: "after the reorganisation is done", "når projektet er færdigt"
_DONE = re.compile(r"\b(?:is|are|er) (?:done|over|finished|completed|faerdig\w*|slut|ovre|afsluttet)\b|"
                   r"\b(?:ends|finishes|slutter|afsluttes)\b")
#: "for now", "these months", "fremover": when the answer holds, after the answer itself
_HOLDS_FOR = [w.split() for w in (
    "these months", "this autumn", "this season", "this term", "this fall", "this period", "this round",
    "denne saeson", "denne periode",
    "this spring", "right now", "at present", "at the", "going forward", "from now", "for the",
    "lige nu", "for tiden", "i oejeblikket", "i disse", "i den", "i denne", "i de",
    "det naeste", "den naeste", "de naeste", "the next", "et stykke", "a while", "her i",
    "i foraaret", "i efteraaret", "i vinter", "i sommer", "this winter", "this summer", "for i",
    "resten af", "the rest", "rest of", "hele aaret", "all year")]
# ("... lidt det næste stykke tid", "tid er lidt her i foråret")
_HOLDS_FOR_WORD = frozenset(("fremover", "nu", "now", "currently"))
_PUT_ME = frozenset(("mig", "me"))  # "sæt mig på meget", "put me down as little"
_GIVE = fc.set_of("give afsaette spare offer")  # "kan kun give lidt i foråret": my time
_HAVE = fc.set_of("har have has got")  # "jeg har meget mere tid": what I have, not a comparison
_TAKES_TIME = frozenset(("tager", "fylder", "fyldte", "tog", "taget", "kraever", "kraevet", "takes", "took",
                        "taken",
                        "requires", "required", "eats", "bruger", "brugt", "koster", "costs"))
_MEANS = frozenset(("betyder", "betoed", "means", "meant"))
_GIVES_ME = [[verb, who] for verb in ("giver", "givet", "gav", "laert", "laerer", "gives", "given", "gave",
                                     "taught", "teaches") for who in ("mig", "os", "me", "us")]
# "mere lidt end nogen", "hellere lidt end nogen"
_MORE_LIKE = frozenset(("like", "snarere", "naermere", "rather", "mere", "hellere", "heller"))
_NOT_ANSWER = frozenset(("af", "of", "med", "with"))  # "nogen af grupperne", "lidt med spildevand"


_THING_BEFORE = frozenset(("det", "ikke", "andet", "sige", "nu", "aldrig"))
_THING_AFTER = frozenset(("andet", "nyt", "at", "som", "der", "om", "i", "jeg", "du", "vi", "man", "de",
                         "af", "for", "paa", "til", "helt", "mere", "saerligt"))


def _a_thing(typed: list[str], i: int) -> bool:
    """"Er det noget, I kunne tilføje?", "noget andet", "noget at gøre": a thing, no amount."""
    return (i > 0 and typed[i - 1] in _THING_BEFORE) or (i + 1 < len(typed) and typed[i + 1] in _THING_AFTER)


def plenty(typed: list[str]) -> list[str]:
    """Amounts in other words, as the options': "lots" -> much, "mycket" -> meget, "gott om tid"
    and "godt med tid" -> meget."""
    ample = {i for i, w in enumerate(typed) if w in ("gott", "godt") and typed[i + 1:i + 3] in (
        ["om", "tid"], ["med", "tid"])}
    return ["meget" if i in ample else "af" if i - 1 in ample else PLENTY.get(w, w)
            for i, w in enumerate(typed)]  # (as "meget af tid", the same length)


def options_in(reader: Reader, typed: list[str]) -> list[Found]:
    typed = plenty(typed)
    typed = [_SCARCE[w] if w in _SCARCE and _AS_ANSWER & set(typed[max(0, i - 3):i]) else w
             for i, w in enumerate(typed)]
    # (a placeholder keeps the word positions the Found spans refer to)
    typed = ["ting" if w == "noget" and _a_thing(typed, i) else w for i, w in enumerate(typed)]
    found = find_options(typed, reader.options, partial=True)
    found = sorted(found + _roles_by_task(reader, typed, found), key=lambda f: f.start)
    elsewhere = _elsewhere(typed, found)
    found = [f for f in found if not any(a <= f.start < b for a, b in elsewhere)]
    out = []
    for f in found:
        q = reader.by_id[f.option.question]
        if q.type == "single" and not _as_answer(reader, typed, f):
            continue
        if typed[f.start] == "luft" and typed[f.start - 1:f.start] in (["mere"], ["noget"]):
            continue  # "der kommer mere luft efter sommer": room to breathe, not the topic Luft
        if f.partial and any(g.end == f.start and not g.partial for g in found):
            continue  # "waste inspections": the noun of the option before it, not a network
        if q.id in reader.roles and _addressed(typed, f):
            continue  # "et spørgsmål til formanden": the person in the role, no answer
        if f.partial and set(typed[f.start:f.end]) <= _ANY_GROUP and f.start and \
                typed[f.start - 1] in _INDEFINITE:
            continue  # "med i en arbejdsgruppe om planer", "another network": none of ours
        if f.partial and set(typed[f.start:f.end]) <= _THE_GROUP:
            continue  # "time for the group": the working group itself, none of its groups
        if f.partial and typed[f.start] in _THE_NETWORK and typed[max(0, f.start - 2):f.start] in (
                ["tid", "til"], ["tid", "for"], ["time", "for"], ["time", "to"]) and \
                "remove" not in fc.markers(typed[:f.start]):
            continue  # "mere tid til netværket", "har fået frikøbt tid til netværket": the group
            # itself, which calls itself a network
            # ("ikke tid til netværket mere" still takes the network away)
        if f.partial and typed[f.start] in _THE_NETWORK and _FOR_THE_GROUP.search(
                " ".join(typed[max(0, f.start - 8):f.start])) and "remove" not in fc.markers(typed[:f.start]):
            continue  # "4 hours a week for the network": time given to the group itself
        if not f.partial and typed[f.end:f.end + 1] and typed[f.end] in _THE_GROUP:
            f = _its_group(reader, typed, f)  # "the PFAS group": the group, not the topic
        before = typed[f.start - 1] if f.start else ""
        if f.partial and set(typed[f.start:f.end]) <= _NETWORK and len(before) >= 4 \
                and before.isalpha() and before not in _PLAIN_BEFORE and not any(fc.markers([before])):
            continue  # "our local climate network": a network of its own, not the option
        if typed[f.end:f.end + 1] and typed[f.end] in _PERSON | _THE_UNIT or _person_compound(typed, f):
            continue  # "a noise specialist", "en luftmedarbejder": a person, not the topic
        if q.id not in reader.roles and _scope_of_role(reader, typed, f, found):
            continue  # "consultation coordinator for the PFAS hearings": the role's scope
        if f.partial and f.option.question in _bodies(reader) and not _body_said(typed, f):
            continue  # "out on inspections all week": the work, not the inspection network
        out.append(f)
    return out


def _person_compound(typed: list[str], f: Found) -> bool:
    """"luftmedarbejder", "spildevandsmand": the option's word, then a person ("formand" is not)."""
    word, own = typed[f.start], f.option.words[0] if f.option.words else ""
    rest = word[len(own):]  # ("klimasekretariatet": the s is the unit's own)
    return f.end - f.start == 1 and bool(own) and word.startswith(own) and bool(
        {rest, rest.removeprefix("s")} & (_PERSON | _UNIT))  # "jordteamet": a unit too


def _bodies(reader: Reader) -> set[str]:
    """The questions whose options are groups and networks ("Netværk for miljøtilsyn")."""
    return {o.question for o in reader.options if any(_is_group_word(w) for w in o.words)}


def _is_group_word(word: str) -> bool:
    return word in _THE_GROUP or _is_body(word) or word.endswith(("gruppe", "gruppen", "group"))


def _body_said(typed: list[str], f: Found) -> bool:
    """Is a group option named as a group: by its kind ("netværket", "tilsynsnetværket") or
    as something joined ("med i miljøtilsyn", "member of the inspection ...")?"""
    if any(_is_group_word(w) for w in typed[f.start:f.end]):
        return True
    before = typed[max(0, f.start - 3):f.start]
    return any(before[i:i + len(j)] == j for j in _JOIN for i in range(len(before)))


def names_a_body(reader: Reader, typed: list[str], found: list[Found]) -> bool:
    """A topic named as a group or network of its own ("den regionale jordgruppe", "PFAS-
    netværket") where the group's options name none: which group is for the chair to ask."""
    bodies = _bodies(reader)
    for f in found:
        if f.partial or f.option.question in bodies:
            continue
        word, after = typed[f.end - 1], typed[f.end:f.end + 1]
        compound = _is_group_word(word) and not any(_is_group_word(w) for w in f.option.words)
        if compound or after and _is_group_word(after[0]) and not any(
                g.option.question in bodies and g.start == f.end for g in found if not g.partial):
            return True
        if any(_is_group_word(typed[k]) and typed[k + 1] in _ABOUT and not any(
                g.start <= k < g.end for g in found if g.option.question in bodies)
               for k in range(max(0, f.start - 4), f.start - 1)):
            return True  # "the regional ERFA group on contaminated soil"
    return False


_ABOUT = frozenset(("on", "about", "om", "for", "vedr", "vedroerende"))


#: joining something: "være med på", "deltage i", "join", "be part of"
_JOIN = [w.split() for w in ("med i", "med paa", "deltage i", "deltager i", "join", "joining",
                              "part of", "member of")]


def _its_group(reader: Reader, typed: list[str], f: Found) -> Found:
    """The option of another question named by ``f``'s words and the "group" after them."""
    named = set(typed[f.start:f.end])
    other = [o for o in reader.options if o.question != f.option.question and named <= set(o.words)
             and set(o.words) & _THE_GROUP]
    return Found(other[0], f.start, f.end + 1, partial=True) if len(other) == 1 else f


def joins_a_namesake(reader: Reader, typed: list[str], found: list[Found]) -> bool:
    """Joining an option whose words also name an option of another question ("med på PFAS"
    with the topic PFAS and the PFAS working group): which one is for the chair to ask."""
    for f in found:
        before = typed[max(0, f.start - 2):f.start]
        if f.partial or not any(before[-len(j):] == j for j in _JOIN):
            continue
        named = set(typed[f.start:f.end])
        if any(o.question != f.option.question and named <= set(o.words) for o in reader.options):
            return True
    return False


#: a role's task said for the role, where the member takes it on or swaps it: "skrive referat",
#: "I'll keep doing the minutes", "byttet høringerne ud med referaterne"
_TASK_VERB = fc.set_of("skrive skriver tage tager do doing take taking write writing byttet byt "
                       "swap swapped med with for")
_I_WILL = [["vil", "jeg"], ["kan", "jeg"], ["i", "ll"], ["i", "can"], ["i", "will"]]
_I_TAKE = [["tager", "jeg"], ["tar", "jeg"], ["beholder", "jeg"], ["fortsaetter", "jeg"], ["i", "keep"],
           ["i", "take"]]
_YES_NO = [["yes"], ["ja"], ["gerne"], ["no"], ["nej"], ["yes", "please"], ["ja", "tak"], ["nej", "tak"],
           ["no", "thanks"]]
_INPUT = fc.set_of("input bidrag kommentarer comments responses views")
_GATHER = fc.set_of("samle samler indsamle koordinere koordinerer collect collecting gather gathering "
                    "coordinate coordinating")
_TAKE = fc.set_of("tage tager overtage take do blive fortsaette beholde keep continue")
#: the chair's task, said by what the chair does: "lede møderne", "run the meetings"
_LEAD = fc.set_of("lede leder styre styrer run running lead leading chair chairing")
_MEETINGS = fc.set_of("moederne moeder meetings gruppen group")  # (not one meeting: "chair the April
# meeting" is that meeting only)
_BY_THE_WAY = fc.set_of("the gerne godt ogsaa fortsat stadig over gladly happily also still")
_TASKS = {"sekretaer": fc.set_of("referat referater referaterne referatet minutes"),
          "secretary": fc.set_of("minutes minute referat referater"),
          "hoeringstovholder": fc.set_of("hoeringer hoeringerne hoeringssvar hoeringssvarene"),
          "consultation": fc.set_of("consultations consultation responses")}


def _roles_by_task(reader: Reader, typed: list[str], found: list[Found]) -> list[Found]:
    """The roles named by their task ("skrive referat" is Sekretær), where the clause takes the
    task on, gives it up or swaps it; not "kommer referatet snart?"."""
    out = [f for f in _chair_by_task(reader, typed) if all(g.option.name != f.option.name for g in found)]
    for option in (o for o in reader.options if o.question in reader.roles and o.words
                   and o.words[0] in _TASKS):
        if any(f.option.name == option.name for f in found):
            continue
        for i, w in enumerate(typed):
            j = i - 1
            while j > 0 and i - j <= 2 and typed[j] in _BY_THE_WAY:
                j -= 1  # "Jeg tager gerne høringerne", "I'll take over the minutes"
            before = typed[j] if j >= 0 else ""
            if typed[i + 1:i + 2] in (["for"], ["i"], ["in"], ["til"]) and find_options(
                    typed[i + 2:i + 6], reader.options, partial=True):
                continue  # "taking minutes for the PFAS working group": that group's task
            if w in _TASKS[option.words[0]] and (before in _TASK_VERB or fc.SWAP.search(
                    " ".join(typed)) or i <= 1 and "remove" in fc.markers(typed[i:i + 6])
                    or typed[i + 1:i + 2] == ["taker"]  # "høringerne vil jeg gerne af med"
                    or i <= 1 and typed[i + 1:] in _YES_NO  # "Minutes yes, chair no"
                    or i >= 2 and typed[i - 1] in ("til", "to", "for", "on") and typed[i - 2] in _INPUT
                    and _GATHER & set(typed[max(0, i - 6):i - 2])  # "samle gruppens input til høringerne"
                    or i <= 1 and typed[i + 1:i + 3] in _I_WILL and _TAKE & set(typed[i + 3:i + 6])
                    or i <= 1 and typed[i + 1:i + 3] in _I_TAKE):  # "Høringer tager jeg gerne stadig"
                # ("men høringer vil jeg gerne tage": the task first, the verb last)
                out.append(Found(option, i, i + 1))
                break
    return out


def _chair_by_task(reader: Reader, typed: list[str]) -> list[Found]:
    """"prøve kræfter med at lede møderne", "chairing the meetings": the chair's role."""
    chair = next((o for o in reader.options if o.question in reader.roles and o.words
                  and o.words[0] in ("formand", "chair")), None)
    for i, w in enumerate(typed[1:], 1):
        if chair is not None and w in _MEETINGS and (typed[i - 1] in _LEAD or typed[i - 1] == "the"
                                                     and i >= 2 and typed[i - 2] in _LEAD):
            return [Found(chair, i, i + 1)]
    return []


_CONGRATULATED = re.compile(r"\b(?:tillykke|congratulations|congrats) (?:til|to) (?:\w+ ){1,3}"
                            r"(?:med|on|with)$")
#: "til formanden", "ask the chair": a role named as the person holding it
_ADDRESSED = fc.set_of("til fra to from for ask tell spoerg spoerge sporg med with hos")


def _addressed(typed: list[str], f: Found) -> bool:
    """Is the role ``f`` said of the person holding it: in its definite form right after
    "til"/"to the" & co., or congratulated on?"""
    if typed[max(0, f.start - 2):f.start] in (["tillykke", "med"], ["congratulations", "on"],
                                                ["congrats", "on"]) or _CONGRATULATED.search(
            " ".join(typed[max(0, f.start - 6):f.start])):
        return True  # "Tillykke (til Jonas) med formandsposten!": said to the one who has it
    word, own = typed[f.start], f.option.words[0]
    if f.start >= 2 and typed[f.start - 1] == "the" and f.end - f.start == len(f.option.words):
        return typed[f.start - 2] in _ADDRESSED
    definite = word in (own + "en", own + "n")  # "formanden", "sekretæren"; not "formandsposten"
    # "Det må formanden tage stilling til", "formanden har sagt": the person, unless the member
    # is or becomes it ("være formanden", "ikke formanden længere")
    return definite and (f.start >= 1 and typed[f.start - 1] in _ADDRESSED or not (
        f.start and typed[f.start - 1] in _BE_IT))


_BE_IT = frozenset(("som", "vaere", "er", "var", "blive", "bliver", "ikke", "stadig", "fortsat"))


_NETWORK = frozenset(("network", "netvaerk", "netvaerket", "networks", "netvaerkene"))
_PLAIN_BEFORE = fc.set_of("vores ikke mere from fjern fjernet with ogsaa stadig begge alle nogen "
                          "both also still longer laengere")
#: "chair of our local climate network": a role in another body, and what names that body
_BODY = frozenset(("network", "netvaerk", "netvaerket", "udvalg", "udvalget", "committee", "board",
                  "forening", "foreningen", "association", "bestyrelse", "bestyrelsen"))


def _is_body(word: str) -> bool:
    """"netværket", "klimanetværk", "udvalget": a body (a compound names its kind last)."""
    return word in _BODY or any(word.endswith(b) and len(word) > len(b) + 3 for b in _BODY)


def _elsewhere(typed: list[str], found: list[Found]) -> list[tuple[int, int]]:
    """Spans (start, end) of "<option> of/i <...> <body>" where the body is named by no option
    in full ("chair of our local climate network"): the role there, and the body's name."""
    whole = {i for f in found if not f.partial for i in range(f.start, f.end)}
    spans = []
    for i in sorted({f.end - 1 for f in found}):
        if i + 1 < len(typed) and typed[i + 1] in ("of", "for", "i", "af", "in"):
            end = next((j for j in range(i + 2, min(i + 7, len(typed))) if _is_body(typed[j])), None)
            if end is not None and end > i + 2 and end not in whole and typed[end - 1] not in (
                    "the", "our", "vores"):
                spans.append((i, end + 1))
    return spans


#: a person named by a topic: "a noise specialist", "vores PFAS-konsulent"
_PERSON = frozenset(("specialist", "specialister", "expert", "experts", "ekspert", "eksperter",
                    "konsulent", "konsulenten", "consultant", "consultants", "officer", "officers",
                    "medarbejder", "medarbejderen", "kollega", "kollegaen", "colleague", "person",
                    "koordinator", "koordinatoren", "coordinator",
                    # an event named by its topic: "the IED workshop", "PFAS-konferencen"
                    "workshop", "workshoppen", "conference", "konference", "konferencen", "kursus",
                    "kurset", "seminar", "seminaret", "webinar", "webinaret",
                    "manden", "mand"))
#: an organisational unit named by a topic: "det ligger nu hos jordteamet"
_UNIT = frozenset(("team", "teamet", "afdeling", "afdelingen", "enhed", "enheden", "kontor", "kontoret",
                  "sektion", "sektionen", "center", "centret", "centeret", "sekretariat",
                  "sekretariatet"))
#: "Klima-teamet": the unit by its definite name ("moved to the noise and air team" is the topics)
_THE_UNIT = frozenset(("teamet", "afdelingen", "enheden", "kontoret", "sektionen", "centret",
                      "sekretariatet"))
_THE_GROUP = frozenset(("gruppe", "gruppen", "group", "grupper", "grupperne", "groups",
                       "gruppa", "gruppene"))  # (Norwegian: "PFAS-gruppa")
_THE_NETWORK = frozenset(("netvaerket", "network", "netvaerk"))
_ANY_GROUP = fc.set_of("gruppe group arbejdsgruppe working netvaerk network netvaerksgruppe")
_INDEFINITE = fc.set_of("en et a an another anden andet nogen some any ny nyt new")
#: hours or days given "for the network" / "til netværket" (just before the network's word)
_FOR_THE_GROUP = re.compile(r"\b(?:timer?|hours?|dage?|days?|uge|ugen|week|maaned\w*|month)\b.*\b"
                            r"(?:for|til|to)(?: the)?$")


def _scope_of_role(reader: Reader, typed: list[str], f: Found, found: list[Found]) -> bool:
    """A topic right after a role and "for"/"on"/"til"/"om" ("coordinator for the PFAS hearings",
    "høringstovholder for PFAS-høringerne") says what the role covers, not the member's topic."""
    before = [w for w in typed[max(0, f.start - 3):f.start] if w not in ("the", "de", "den", "det")]
    role_end = max((g.end for g in found if g.option.question in reader.roles and g.end <= f.start),
                   default=-1)
    return bool(before) and before[-1] in _SCOPE and role_end >= f.start - 3 and role_end >= 0


_SCOPE = frozenset(("for", "on", "til", "om", "of", "af"))


_PERIOD = frozenset(("year", "autumn", "fall", "spring", "winter", "summer", "term", "period", "round",
                     "season", "semester"))


def _as_answer(reader: Reader, typed: list[str], f: Found) -> bool:
    """A single-choice option as an answer: its question named ("Min tid er ... lidt"), or the
    word standing alone at the clause's end or before "tid"/"i stedet for"; not "lidt VVM"."""
    after = typed[f.end:f.end + 1]
    if typed[f.end:f.end + 1] and typed[f.end] in _AS_ANSWER and typed[f.end + 1:f.end + 2] and \
            typed[f.end + 1] in _LATER and _DONE.search(" ".join(typed[f.end + 2:])):
        return False  # "Much time after the reorganisation is done": an amount for later
    if typed[f.end:f.end + 2] in (["of", "time"], ["af", "tid"]):
        return True
    others = {fold(o) for o in reader.by_id[f.option.question].options if o != f.option.name}
    if after and after[0] in ("ikke", "not") and typed[f.end + 1:f.end + 2] and \
            typed[f.end + 1] in others:
        return True  # "tid nu nogen ikke meget": the answer, and the one it is not
    if after and after[0] in _NOT_ANSWER:
        return False
    if f.start and typed[f.start - 1] in ("hvor", "how"):
        return False  # "tale med min leder om, hvor meget tid jeg må bruge": a question, no amount
    if f.start and typed[f.start - 1] in _TAKES_TIME:
        return False  # "høringerne tager meget tid": what a task costs, not the member's time
    if f.start and typed[f.start - 1] in _MEANS or typed[max(0, f.start - 2):f.start] in _GIVES_ME:
        return False  # "det giver mig meget", "har lært mig meget": what the group is worth
    like = _MORE_LIKE & set(typed[max(0, f.start - 2):f.start])
    if typed[f.end:f.end + 1] in (["than"], ["end"]) and like:
        return True  # "more like some than much", "nærmere nogen end meget": the one preferred
    if f.start and typed[f.start - 1] in ("than", "end") and _MORE_LIKE & set(
            typed[max(0, f.start - 4):f.start]):
        return False  # ... not the one compared with
    options = reader.by_id[f.option.question].options
    if after and after[0] in ("mere", "more") and f.option.name == options[-1] and \
            typed[f.end + 1:f.end + 2] and typed[f.end + 1] in _AS_ANSWER and (
                f.start == 0 or typed[f.start - 1] in _HAVE):
        return True  # "Much more time this autumn", "jeg har meget mere tid": the most, said
        # more strongly
    if after and (after[0] in ("mere", "more") and f.option.name != options[-1]
                  or after[0] in ("mindre", "less") and f.option.name != options[0]):
        return False  # "lidt mere tid": a little more, not Lidt; "much more" is still Much
    if f.start and (typed[f.start - 1] == "too" or typed[f.start - 1] == "for" and typed[
            f.start - 2:f.start - 1] not in (["down"], ["up"], ["me"])):
        return False  # "det har taget for meget tid", "too much time": a reason, no amount
    if typed[f.end:f.end + 2] in (["for", "now"], ["for", "nu"], ["this", "year"], ["i", "aar"],
                                  ["indtil", "videre"]) or after == ["foreloebig"]:
        return True  # "put me down as some for now"
    if typed[f.end:f.end + 2] in (["for", "this"], ["for", "the"]) and typed[f.end + 2:f.end + 3] and \
            typed[f.end + 2] in _PERIOD:
        return True  # "set my time to little for this year"
    if f.start and typed[f.start - 1] in _AS_ANSWER and after and after[0] in _STILL_NOW:
        return True  # "tid lidt stadig": the label, the amount, and that it holds
    if (typed[f.end:f.end + 2] in _HOLDS_FOR or after and after[0] in _HOLDS_FOR_WORD) and (
            _AS_ANSWER | _PUT_ME | _GIVE) & set(typed[:f.start]):
        return True  # "Time is little these months", "sæt mig på meget fremover"; not "PFAS
        # fylder meget i øjeblikket"
    if after and after[0] in _FROM_THEN and _AS_ANSWER & set(typed[:f.start]):
        return True  # "so time should be little from then on", "tiden bliver lidt fra marts"
    return not after or after[0] in _AS_ANSWER | _PLEASE or typed[f.end:f.end + 2] in (
        ["i", "stedet"], ["instead", "of"], ["rather", "than"], ["frem", "for"], ["snarere", "end"])
