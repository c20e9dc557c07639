"""A clause that is no answer of the member's own, though it may name one. Pure.

A reason ("fordi ..."), the old answer named to compare ("(før meget)"), the member's own name,
another member's answers ("det samme som hende"), a detail of the topic just named ("især
sagerne med drænvand"), an example of a role's work, a range of amounts, a wish to hear more,
the draw, thanks for a group, someone else's answer ("han tager sekretærjobbet"), work done
before, a task being handed on, a role it is too early for, a deputy or a namesake group. Each
rule reads one ``Clause`` (``tovholder.replies.form_clause_read``) and says whether it is done
with it; most pass the clause on to the chair as it was written.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tovholder.replies import form_clauses as fc
from tovholder.replies.form_back import BACK, HANDS_OVER, LATER_WISH
from tovholder.replies.form_option_words import joins_a_namesake, names_a_body, options_in
from tovholder.replies.form_same import AS_BEFORE, AS_SOMEONE
from tovholder.replies.form_sentence_kinds import dated, introduces, points_to_form
from tovholder.replies.form_softeners import plain_words
from tovholder.replies.form_weighed import NOT_DRAWN
from tovholder.replies.form_whose import DRAWN, NOT_FOR_ME, SOMEONE_TAKES, named_other, theirs
from tovholder.replies.form_years import plus_years
from tovholder.replies.fuzzy import Found, find_options, words

if TYPE_CHECKING:
    from collections.abc import Callable

    from tovholder.replies.form_clause_read import Clause
    from tovholder.replies.form_words import Reader

_BARE_REMOVE = fc.set_of("fjern fjernes slet slettes remove delete ud vaek drop")
_WAS = re.compile(r"^(?:foer|tidligere|forhen|var|was|previously|before|formerly|used to be)\b")
_ONLY = frozenset(("kun", "only", "just", "bare"))
_SINCE_WHEN = fc.set_of("this last then the january february march april may june july august "
                        "september october november december spring summer autumn fall winter")
#: what opens a detail of the topic just named
_ELABORATES = re.compile(r"^(?:isaer|saerligt|saerlig|specielt|navnlig|primaert|hovedsageligt|mest|herunder|"
                         r"bl a|blandt andet|fx|f eks|for eksempel|som fx|especially|particularly|"
                         r"mainly|mostly|primarily|chiefly|including|e g|such as|for example|notably|"
                         r"baade|both)\b")  # "høringstovholder, både på den kommende høring og fremover"
_PREPOSITIONS = fc.set_of("fra from ved at i in med with om about for til to paa on af of")
EXAMPLE = [["fx"], ["f", "eks"], ["feks"], ["eksempelvis"], ["for", "example"], ["e", "g"], ["eg"],
           ["such", "as"], ["like"], ["som", "fx"], ["herunder"], ["for", "eksempel"]]


def _bare_removal(c: Clause) -> bool:
    """"MJ: fjern – Jonas har overtaget PFAS": "fjern" alone, its option elsewhere."""
    if not c.key or not set(c.key.split()) <= _BARE_REMOVE:
        return False
    c.said.bare_removal = True
    return True


def _old_answer(c: Clause) -> bool:
    """"tid: nogen (før meget)": the old answer, named in brackets to compare."""
    return bool(_WAS.match(c.key)) and f"({c.text.strip()}" in c.sentence and c.understood()


def _points_to_form(c: Clause) -> bool:
    """"Rettet erfaring, resten passer": the marks in the form say how ("Har kun rettet X": and
    only that)."""
    if not points_to_form(c.reader, c.key):
        return False
    c.ops.unchanged = c.ops.unchanged or bool(_ONLY & set(c.key.split()))
    return c.understood()


def _since_then(reader: Reader, key: str) -> bool:
    """"since this spring also a bit with PFAS": "since" says when, and the clause names an
    option; "since the summer" alone only qualifies, like a reason."""
    typed = key.split()
    return typed[:1] == ["since"] and len(typed) > 2 and (typed[1] in _SINCE_WHEN or typed[1].isdigit()) \
        and bool(options_in(reader, typed))


def _reason(c: Clause) -> bool:
    """"fordi ...", "pga. orlov": a reason carries no answer (and stops nothing)."""
    return fc.is_reason(c.text) and not AS_BEFORE.match(c.key) and not _since_then(c.reader, c.key)


#: the member's working hours or share of a job: why the time or a role changes, no answer
_WORKING_HOURS = re.compile(r"\b(?:\d+(?:[.,]\d+)? ?(?:procent|pct|percent)|(?:\d+|\w+) timer (?:om|i|pr|"
                            r"per) ugen|(?:\d+|\w+) hours (?:a|per) week|part ?time|deltid|reduced hours|"
                            r"nedsat tid|(?:gaaet|gaar|gik) ned (?:i tid|paa \w+ timer))\b")
_PERCENT = re.compile(r"\d ?%")


def _working_hours(c: Clause) -> bool:
    """"from January I'm working 60%", "Jeg er gået ned på 30 timer om ugen": a reason, read past
    (the sentence goes to the chair if it says nothing else)."""
    return bool(_WORKING_HOURS.search(c.key) or _PERCENT.search(c.text)) and not c.found \
        and not fc.removes(c.text)


def _introduction(c: Clause) -> bool:
    """"I'm Sofia", "Lars her": the member's own name, no answer."""
    return introduces(c.reader, c.key) and c.understood()


def _like_someone(c: Clause) -> bool:
    """"så I kan bare skrive mig op på det samme som hende": another member's answers, for the
    chair to copy or not ("så jeg laver støj og luft ligesom ham": the options named are read)."""
    like = AS_SOMEONE.search(c.text)
    if not like or like.group(0).split()[0].lower() in ("ligesom", "lige", "just") and options_in(
            c.reader, plain_words(words(c.text))):
        return False
    return c.for_chair()


def _more_years(c: Clause) -> bool:
    """"skriv bare et år mere på erfaringen": counted from the old answer."""
    return plus_years(c.reader, c.key, c.sentence, c.ops, c.said)


def _after_topic_colon(reader: Reader, clause: str, sentence: str) -> re.Match[str] | None:
    """"... mostly noise: complaints about music venues and wind turbines": the clause follows a
    colon after a topic that is an option, so it details that topic (an empty match)."""
    at = sentence.find(clause.strip())
    head = sentence[:at].rstrip()
    if at <= 0 or not head.endswith(":") or not options_in(reader, words(head)[-3:]):
        return None
    if reader.labels_in(words(head)[-3:]):
        return None  # "Interesser: PFAS": a label, not a topic
    return re.match("", clause)


def _detail(c: Clause) -> bool:
    """"PFAS følger jeg stadig, især sagerne med fund i drænvandet", "støj og luft, primært fra
    virksomheder": what the topic just named covers (not "Jord, især grundvand og lugt": topics)."""
    detail = _ELABORATES.match(c.key) or _after_topic_colon(c.reader, c.text, c.sentence)
    if not detail or not any(op != "remove" and c.reader.by_id[q].type == "multi"
                             for q, op, _ in c.said.choices):
        return False
    if options_in(c.reader, c.typed) or any(fc.markers(c.typed)) or all(
            len(words(i)) <= 2 and fc.is_listed_item(i) and words(i)[0] not in _PREPOSITIONS
            for i in fc.items(c.key[detail.end():])):
        return False
    return c.understood()


def _role_example(c: Clause) -> bool:
    """"høringstovholder på de store høringer, fx affaldsplanen", "..., både på den kommende høring
    om støjvejledningen og fremover": an example or the scope of the role's work, no topic."""
    return bool(c.said.choices) and c.said.choices[-1][0] in c.reader.roles and (any(
        c.typed[:len(e)] == e for e in EXAMPLE) or bool(_ELABORATES.match(c.key))) and c.understood()


def without_examples(reader: Reader, typed: list[str], found: list[Found]) -> list[Found]:
    """A role's examples are no topics: "høringstovholder på de store høringer, fx affaldsplanen"."""
    at = next((i for i in range(len(typed)) for e in EXAMPLE if typed[i:i + len(e)] == e), None)
    if at is None or not any(f.option.question in reader.roles and f.end <= at for f in found):
        return found
    return [f for f in found if f.start < at]


def _range_of_amounts(c: Clause) -> bool:
    """"et sted mellem lidt og nogen": two options of one single-choice question after
    "mellem"/"between", a range the chair asks about."""
    if not {"mellem", "between"} & set(c.typed):
        return False
    found = find_options(c.typed, c.reader.options)
    if len(found) != 2 or found[0].option.question != found[1].option.question or \
            c.reader.by_id[found[0].option.question].type != "single":
        return False
    if not {"mellem", "between"} & set(c.typed[max(0, found[0].start - 2):found[0].start]):
        return False
    c.said.asked.append(c.text.strip())
    return c.understood()


#: wanting to know more about an option before choosing it
_HEAR_MORE = re.compile(r"\b(?:hoere|vide|hear|know|learn|find out|laere) (?:lidt |noget |a bit |"
                        r"a little |some"
                        r"thing )?(?:mere|more) (?:om|about)\b|\b(?:mere|more) (?:info\w*|"
                        r"information) (?:om|about|"
                        r"on)\b|\bwhat (?:the|it) \w+ (?:is|does|involves)\b")


def _hear_more(c: Clause) -> bool:
    """"men jeg vil gerne høre mere om PFAS-gruppen": no join yet; the chair tells about it."""
    return bool(c.found and _HEAR_MORE.search(c.key)) and c.for_chair()


def _about_the_draw(c: Clause) -> bool:
    """"I'd rather not be drawn for Secretary": about the draw, for the chair; no answer either way."""
    return any(f.option.question in c.reader.roles for f in c.found) and bool(
        NOT_DRAWN.search(c.key)) and c.for_chair()


_ENJOYED = re.compile(r"\b(?:enjoyed|loved|appreciated|nydt|vaeret (?:rigtig |meget )?glad for|"
                      r"haft (?:stor |meget )?glaede af)\b")


#: someone else's invitation, not yet the member's answer: "Inger har inviteret mig med i PFAS-gruppen"
_INVITED = re.compile(r"\b(?:inviteret|inviterede|invited|asked me to join|spurgt (?:mig )?om jeg vil)\b")


def _invited(c: Clause) -> bool:
    """"men Inger har inviteret mig med i PFAS-gruppen fra næste møde": for the chair."""
    return bool(c.found and _INVITED.search(c.key)) and c.for_chair()


def _enjoyed(c: Clause) -> bool:
    """"I have really enjoyed the PFAS working group": a thanks, no answer."""
    return bool(c.found and _ENJOYED.search(c.key)) and c.understood()


#: a clause that goes on with the subject of the one before: "... og har vist 2 års erfaring"
_THEIRS_TOO = re.compile(r"^(?:og|and) (?:har|er|has|is|have|hun|han|he|she)\b"
                         r"(?!.*\b(?:jeg|mig|i|me|my|min)\b)")


#: time spent on the group, not which group: "bruger en dag om måneden på netværket"
_TIME_ON = re.compile(r"\b(?:bruger|bruge|brugt|spend\w*|use[sd]?|afsat|afsaette|sat af|set aside|"
                      r"frikoeb\w*)\b(?: \w+){0,5} (?:paa|on|til|for) (?:det |the )?(?:\w+ )?"
                      r"(?:gruppen|netvaerket|arbejdsgruppen|group|network|working group)\b")


def _time_on_the_group(c: Clause) -> bool:
    """"min chef har sagt god for, at jeg bruger en dag om måneden på netværket": the time the
    group gets, no join."""
    return bool(c.found and _TIME_ON.search(c.key) and c.all_topics()) and c.understood()


def _theirs_too(c: Clause) -> bool:
    """"Hun arbejder med støj og har vist 2 års erfaring": the same "hun" goes on, and the years
    are hers."""
    return bool((c.found or c.number is not None) and _THEIRS_TOO.match(c.key)
                and theirs(fc.key(c.sentence))) and c.for_chair()


def _theirs(c: Clause) -> bool:
    """"han har sagt, at han gerne vil være høringstovholder": his, for the chair; "Lise med PFAS
    og spildevand", "Skanderborg tager affald for alle tre": theirs, by name."""
    return bool(c.found and (theirs(c.key) and not SOMEONE_TAKES.match(c.key) or named_other(
        c.reader, c.text))) and c.for_chair()


_PROBABLY = fc.set_of("nok vist sikkert probably presumably")
_OTHERS_SHOULD = re.compile(r"\b(?:someone|somebody) else (?:should|must|ought to|has to|needs to|can|"
                            r"could)\b|"
                            r"\b(?:en anden|nogen anden|andre|en yngre|yngre kraefter|nye kraefter|friske "
                            r"kraefter) (?:skal|boer|maa|burde|kan)\b|"
                            # "Formandsposten må en yngre tage": the same, the verb first
                            r"\b(?:maa|skal|kan|boer) (?:en anden|nogen anden|andre|en yngre|yngre kraefter|"
                            r"nye kraefter|friske kraefter|en ny|nye folk) (?:tage|overtage|have|staa)\b|"
                            # "time for someone else to have a go", "på tide at en anden tager over"
                            r"\b(?:time for|let|give|make room for) (?:someone|somebody) else\b|"
                            r"\b(?:someone|somebody) else s turn\b|"
                            r"\b(?:time for|make room for) (?:others|new people|new blood|fresh)\b|"
                            r"\b(?:paa tide|tid til|tid for) (?:at )?(?:en anden|nogen anden|andre|nye)\b|"
                            # "Formand bør nok være en anden", "chair should be someone else"
                            r"\b(?:boer|skal|maa|burde|should|must|ought to) (?:\w+ )?(?:vaere|"
                            r"be) (?:en anden|"
                            r"nogen anden|someone else|somebody else|another person|en ny|someone new)\b|"
                            # "(det er på tide,) at en anden skriver referaterne": their task now
                            r"^(?:at |that |saa |so )?(?:en anden|nogen anden|someone else|somebody else) "
                            r"\w+(?:er|s)\b|"
                            r"\b(?:lade|lad|give) (?:en anden|nogen anden|andre|nye) (?:tage|overtage|"
                            r"en chance|"
                            r"proeve|komme til)\b")


def _others_should(c: Clause) -> bool:
    """"After six years someone else should chair": no longer mine ("Formand bør nok være en
    anden fra det nye år": when, or whether, is for the chair to settle with the member)."""
    if not c.found or not _OTHERS_SHOULD.search(c.key) or not c.all_roles():
        return False
    c.remove_found()
    if fc.hedged(c.typed) or _PROBABLY & set(c.typed) or dated(c.text):
        c.said.items.append(c.text.strip())
    return c.understood()


#: work done before, in the past tense: "hvor jeg mest lavede jordforurening", "I used to do noise"
_PAST_WORK = re.compile(r"\b(?:lavede|arbejdede|beskaeftigede|sad (?:\w+ )?med|worked|was (?:\w+ )?(?:doing|"
                        r"working)|used to)\b")
_NOW_TOO = re.compile(r"\b(?:stadig|fortsat|nu|still|now|currently|today|i dag|fortsaetter|continue\w*)\b")


def _past_work(c: Clause) -> bool:
    """"..., hvor jeg mest lavede jordforureningsundersøgelser": the work before, which may or may
    not be the member's now."""
    return bool(c.found and _PAST_WORK.search(c.key) and not _NOW_TOO.search(fc.key(c.sentence))
                and c.all_topics()) and c.for_chair()


#: a task being handed on, not yet gone: "på at overdrage mine jordsager", "handing over soil"
_HANDING_ON = re.compile(r"\b(?:at overdrage|overdragelse\w*|handing over|hand over|handing on|"
                         r"at aflevere|at give (?:\w+ )?videre)\b")


def _handing_on(c: Clause) -> bool:
    """"bruger tiden på at overdrage mine jordsager til de yngre kolleger": still the member's
    while it goes on."""
    return bool(c.found and _HANDING_ON.search(c.key) and c.all_topics()) and c.for_chair()


#: a role it is too early for: "lidt tidligt for mig at blive formand", "too new to chair"
_TOO_SOON = re.compile(r"\b(?:tidligt|for ny|for frisk|too early|too soon|too new|too green) (?:\w+ ){0,3}"
                       r"(?:at|til at|to) (?:\w+ )?(?:blive|vaere|tage|be|become|take|chair|lede)\b")


#: the topic or role someone else has now: "Det er min kollega Rasmus der sidder med PFAS nu",
#: "it's Jonas who does the minutes now"
_OTHERS_NOW = re.compile(r"^(?:og |and |men |but )?(?:det er|det var|it s|it is) (?:nu |now )?"
                         r"(?!(?:mig|me|jeg|i)\b)(?:\w+ ){1,3}(?:der|som|who|that) (?:nu |now )?"
                         r"(?:sidder med|har|tager sig af|tager|laver|varetager|handles|does|has|"
                         r"takes care of|covers|is doing)\b")


def _someone_elses_now(c: Clause) -> bool:
    """"Det er min kollega Rasmus der sidder med PFAS nu": no longer the member's."""
    if not c.found or not _OTHERS_NOW.match(c.key):
        return False
    c.remove_found()
    return c.understood()


#: a date or meeting ahead: "after the spring meeting", "efter sommerferien", "fra marts"
_LATER_ON = re.compile(r"\b(?:after|efter|from|fra) (?:the |det |den )?(?:\w+ )?(?:meeting|moede\w*|"
                       r"sommerferie\w*|summer holiday\w*|nytaar|new year|jul\w*|christmas)\b")


def _handover_ahead(c: Clause) -> bool:
    """"I'd like to hand over the chair after the spring meeting", "vil gerne give formandsposten
    videre efter sommerferien": the role stays until then; the chair plans the handover."""
    if not c.found or not c.all_roles() or not HANDS_OVER.search(c.key) or not LATER_WISH.search(c.key) \
            or not (dated(c.text) or _LATER_ON.search(c.key)):
        return False
    c.said.asked.append(c.sentence.strip())
    return c.understood()


def _too_soon(c: Clause) -> bool:
    """"det er nok lidt tidligt for mig at blive formand": no."""
    if not c.found or not c.all_roles() or not _TOO_SOON.search(c.key):
        return False
    c.remove_found()
    return c.understood()


def _someone_takes(c: Clause) -> bool:
    """"han tager sekretærjobbet": the role is the other person's, so not the member's; the chair
    updates that person."""
    if not c.found or not SOMEONE_TAKES.match(c.key):
        return False
    c.remove_found()
    return c.for_chair()


def _drawn_but(c: Clause) -> bool:
    """"trukket som formand, men det kan jeg ikke overkomme", "jeg trak sekretær, men det er jeg
    dårlig til": the drawn role declined, and asked."""
    if not c.said.choices or not DRAWN.search(fc.key(c.sentence)) or not BACK.search(c.key) or not (
            fc.removes(c.text) or NOT_FOR_ME.search(c.key)):
        return False
    qid, _, names = c.said.choices[-1]
    c.said.choices[-1] = (qid, "remove", names)
    c.said.asked.append(c.sentence.strip())
    return c.understood()


#: standing in for a role, not taking it: for the chair to weigh
_DEPUTY = re.compile(r"\b(?:naestformand\w*|vice\w*|deputy|stedfortraed\w*|suppleant\w*|vikar\w*|"
                     r"chair (?:a|the|an|some|our|this|next) (?:\w+ )?(?:meeting|session)\b|lede (?:et|"
                     r"nogle) moede\w*|"
                     r"lede (?:moedet|det \w+ moede)|"
                     r"stand in|standing in|fill in|(?:when|if|naar|hvis) (?:the |formanden |"
                     r"chair |the chair |\w+en |the \w+ )?(?:is |er )?(?:away|absent|vaek|fravaerende|"
                     r"ikke kan))\b")
_DEPUTY_ROLE = re.compile(r"\b(?:naestformand\w*|viceformand\w*|vice ?chair\w*|deputy|stedfortraeder\w*|"
                          r"suppleant\w*)\b")


def _not_the_option(c: Clause) -> bool:
    """"være med på PFAS", "med i den regionale jordgruppe": the topic or which group? "chair
    meetings when the chair is away", "jeg kunne godt være næstformand": a deputy, not the role."""
    return bool(joins_a_namesake(c.reader, c.typed, c.found) or names_a_body(c.reader, c.typed, c.found)
                or _DEPUTY.search(c.key) and any(f.option.question in c.reader.roles for f in c.found)
                or not c.found and _DEPUTY_ROLE.search(c.key)) and c.for_chair()


ASIDES: tuple[Callable[[Clause], bool], ...] = (
    _bare_removal, _old_answer, _points_to_form, _reason, _working_hours, _introduction,
    _like_someone, _more_years, _detail, _role_example, _range_of_amounts, _hear_more,
    _about_the_draw, _enjoyed, _invited, _time_on_the_group, _theirs_too, _theirs, _someone_elses_now,
    _handover_ahead, _others_should, _past_work, _handing_on, _too_soon, _someone_takes, _drawn_but,
    _not_the_option)
