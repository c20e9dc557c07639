"""Whose a role or topic named in a member's sentence is. Pure.

A careful secretary records only what is the member's own: "han tager sekretærjobbet" is the
other person's, "foreslå Jonas som formand" is a proposal for someone else, "dele formandsposten
med Mette" is for the chair to arrange, "hvis Bente ikke fortsætter" makes the offer depend on
someone the chair must ask, and "Center for Klima og Miljø" is a place, not the topics in it.
tovholder.replies.form_sentences applies these; this module only decides.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tovholder.replies import form_clauses as fc
from tovholder.replies.fuzzy import Found, find_options, words

if TYPE_CHECKING:
    from tovholder.replies.form_words import Reader

#: a colleague as the subject: "min kollega Lars Brix", "my new colleague"
_COLLEAGUE = (r"(?:min|my|vores|our) (?:nye? |new )?(?:kollega|kollegaer|kolleger|colleague|colleagues|"
              r"chef|leder|boss|manager|medarbejder)(?:en)?")
#: another person as the subject of taking a role: "han tager sekretærjobbet", "he takes secretary"
SOMEONE_TAKES = re.compile(r"^(?:og |and |men |but )?(?:han|hun|de|he|she|they) (?:\w+ )?(?:tager|takes|"
                           r"overtager|bliver|becomes|will be|ll be|er|is|skal vaere|will take|ll take)\b")
#: a clause about another person's wish or part ("han har sagt, at han gerne vil være
#: høringstovholder", "så hun bør vel skrive sig på som sekretær", "she'd like to be chair"):
#: the roles it names are theirs, for the chair; not when the member is in it ("hun har bedt
#: mig tage formand")
THEIRS = re.compile(rf"^(?:og |and |men |but |saa |so |at |that |fordi |because )?(?:han|hun|he|she|"
                    # ("min kollega har overtaget luft": taken from the member, read as such)
                    rf"{_COLLEAGUE}(?!.*\b(?:overtaget|overtager|overtog|tager sig af|taken over|"
                    rf"takes over|took over|takes care of|handles)\b))\b"
                    # (the member in it; "i" only as the English "I": Danish "med i netværket")
                    r"(?!.*\b(?:jeg|mig|mit|min|me|my|vi|os|we|us|i (?:am|m|have|ve|had|will|ll|d|"
                    r"would|can|could|work|do|did|want|need|take|think|was|also|still|only|just)"
                    r")\b)")
#: "ligesom mig", "like me": a comparison with the member, who is not in the clause for it
_LIKE_ME = re.compile(r"\b(?:ligesom|lige som|like|as|som) (?:mig|me|os|us)\b")


def theirs(key: str) -> bool:
    """Is the clause about another person's part ("han arbejder med affald og jord ligesom mig",
    "og han vil gerne med i netværket")?"""
    return THEIRS.match(_LIKE_ME.sub(" ", key)) is not None
NOT_FOR_ME = re.compile(r"\b(?:daarlig til|not good at|bad at|ikke noget for mig|not for me|"
                        r"kan ikke overkomme|can t manage|cannot manage)\b")
#: the name of a department, which may contain a topic: "Center for Klima og Miljø"
UNIT_NAME = re.compile(r"\b(?:Center|Centret|Centre|Afdeling(?:en)?|Department|Team(?:et)?|Enhed(?:en)?|"
                       r"Forvaltning(?:en)?|Sektion(?:en)?|Kontor(?:et)?) (?:for|of) [A-ZÆØÅ]\w+"
                       r"(?: (?:og|and|&) [A-ZÆØÅ]\w+)?")
#: a department named by its subjects after "i"/"in" ("startede i februar i Miljø og Klima"): a
#: place, when its first word is no option
_IN_UNIT = re.compile(r"\b(?:i|in|hos|at|fra|from) (?:det nye |den nye |the new |det |den |the )?"
                      r"([A-ZÆØÅ][\w-]+ (?:og|and|&) [A-ZÆØÅ][\w-]+)")


#: the group's chair as a person to tell or ask, not the function: "let the chair know",
#: "skriv til formanden", "talt med formanden"
_THE_CHAIR_PERSON = re.compile(
    r"(?i)\b((?:tell|let|ask|inform|write to|contact|e-?mail|cc|check with|talk(?:ed)? (?:to|with)|"
    r"spoke (?:to|with)|spørg|spoerg|fortæl|fortael|skriv til|skrive til|kontakt|sig det til|snakket med|"
    r"talt med|aftalt med|aftale med|informer|orienter|orientere) (?:the |vores |our )?)(?:chair(?:man|"
    r"woman|person)?|formand(?:en)?)\b")


#: a unit named by a compound: "jord- og affaldsteamet", "Miljø og Industri-enheden", "the
#: Climate secretariat" (not "et nyt PFAS-team", where the topic went)
_UNIT_WORD = re.compile(
    r"\b(?:\w+- (?:og|eller|and|&) )?\w+(?:teamet|afdelingen|enheden|sektionen|kontoret|sekretariatet)\b|"
    r"\b[A-ZÆØÅ]\w*(?: (?:og|&) [A-ZÆØÅ]\w*)?-(?:enhed|afdeling|sektion|sekretariat)\w*|"
    r"\bthe (?:new )?[A-Z]\w*(?: (?:and|&) [A-Z]\w*)? (?:secretariat|department|unit|team|section|office|"
    r"division|directorate)\b")


def without_units(reader: Reader, clause: str) -> str:
    """The clause without the names of departments, which may contain topics."""
    clause = _UNIT_WORD.sub(" ", UNIT_NAME.sub(" ", clause))
    clause = _THE_CHAIR_PERSON.sub(r"\1 person", clause)  # "let the chair know": who, not the role
    for m in _IN_UNIT.finditer(clause):
        if not find_options(words(m.group(1).split()[0]), reader.options, partial=False):
            clause = clause.replace(m.group(1), " ")
    return clause


#: ("min kollega Hanne tager sig af støj": a topic of hers, read as such)
COLLEAGUE_TAKES = re.compile(r"\b(?:kollega|colleague)\s+[A-ZÆØÅ]\w+(?:\s+[A-ZÆØÅ]\w+)?\s+"
                             r"(?:tager(?! sig af)|overtager|takes|will take|is taking)\b")
#: a function the member was drawn for ("blev trukket som formand", "I was drawn as secretary")
DRAWN = re.compile(r"\b(?:trukket|trak|drawn|drew)\b")


def by_question(found: list[Found]) -> dict[str, list[Found]]:
    out: dict[str, list[Found]] = {}
    for f in found:
        out.setdefault(f.option.question, []).append(f)
    return out


#: "en ny kollega, som gerne vil være med i netværket": the wish is the colleague's
THEIR_WISH = re.compile(r"\b(?:kollega|colleague)s?\b.*?\b(?:som|who|der)\b (?:\w+ )?(?:gerne )?"
                        r"(?:vil|wants?|would like|skal|kan|will)\b")
_CALENDAR = fc.set_of(
    "january february march april may june july august september october november december "
    "januar februar marts maj juni juli oktober monday tuesday wednesday thursday friday "
    "mandag tirsdag onsdag torsdag fredag christmas easter jul paaske nytaar")
#: reasons that state what already is ("nu hvor", "fordi", "since"), unlike "hvis"/"if"
_GIVEN_FACT = fc.set_of("fordi nu eftersom idet da because since now as efter")
_CAPITALISED = re.compile(r"(?<![\w-])[A-ZÆØÅ][a-zæøå]+")


#: a role offered to be shared ("dele formandsposten", "together with Lars"): the chair arranges it
_SHARED = re.compile(r"\b(?<!begge )(?:dele|deler|deles|delt|share|shares|sharing|shared|together with|"
                     r"sammen med|skiftes|paa skift|paa omgang|take turns|rotat\w*|co ?chair|job ?share)\b")
#: a role proposed for someone else: "foreslå Jonas Kragh som formand", "nominate Birgitte as chair"
NOMINATED = re.compile(r"\b(?:(?:foreslaa\w*|indstille\w*|anbefale\w*|nominate\w*|suggest\w*|"
                       r"propose\w*|recommend\w*) (?:\w+ ){1,4}?(?:som|as|for|til) |"
                       # "Jeg synes Hanne Juul skal være formand", "I think Ole should be chair"
                       r"(?:synes|mener|think|feel|believe)(?: at| that)? (?!jeg |i |vi |we |du |you )"
                       r"(?:\w+ ){1,2}(?:skal|boer|burde|should|must|ought to) (?:vaere|be|blive|become|"
                       r"tage|take|have) |"
                       # "Mit forslag til ny formand er Hanne Dal", "my candidate for chair is ..."
                       r"(?:forslag|suggestion|proposal|kandidat|candidate) (?:til|for) (?:ny |new |next |"
                       r"naeste |the )?|"
                       # "Jonas Berg ... would make a great consultation coordinator"
                       r"(?:would|will|could) make (?:a |an )?(?:\w+ )?|"
                       r"(?:vil|ville|kunne) (?:\w+ )?(?:vaere|blive) "
                       r"(?:en )?(?:god|fin|glimrende|super|rigtig god|fremragende) )((?:\w+ ){0,2}\w+)")
_WE_SHARE = re.compile(r"\b(?:vi|we) (?:\w+ ){0,2}(?:dele|deles|deler|share|job ?share)\b")
_FULL_NAME = re.compile(r"(?<![\w-])[A-ZÆØÅ][a-zæøå]+ [A-ZÆØÅ][a-zæøå]+")


def shared_with(reader: Reader, sentence: str) -> str:
    """"named" when a role is to be shared with a person named ("Mette Friis og jeg vil gerne dele
    formandsposten"), "someone" when with somebody unnamed ("helst sammen med en anden"),
    "condition" when only if shared ("hvis det kan gå på skift med en anden"), else ""."""
    key = fc.key(sentence)
    if not any(not _with_option(reader, key, m) for m in _SHARED.finditer(key)):
        return ""
    if any(_SHARED.search(fc.key(c)) and words(c)[:1] in (["hvis"], ["if"], ["kun"], ["only"],
                                                             ["provided"], ["forudsat"])
           for c in fc.clauses(sentence)):
        return "condition"  # the offer holds only if the role is shared: the chair weighs it
    later = _CAPITALISED.findall(sentence)[1 if sentence.lstrip()[:1].isupper() else 0:]
    names = [n for n in later + _FULL_NAME.findall(sentence) if fc.key(n) not in _CALENDAR
             and not find_options(words(n), reader.options, partial=True)]
    return "named" if names or _WE_SHARE.search(key) else "someone"  # "Vi kan godt dele
    # sekretærposten": the member and someone the mail names


def _with_option(reader: Reader, key: str, m: re.Match[str]) -> bool:
    """"chair, together with consultation coordinator": "together with" an option adds a role,
    nobody to share with."""
    after = [w for w in key[m.end():].split() if w not in _ARTICLES][:3]
    return m.group(0) in ("together with", "sammen med") and (any(
        f.start == 0 for f in find_options(after, reader.options, partial=True))
        or after[:1] in (["referaterne"], ["referatet"], ["hoeringerne"], ["minutes"],
                         ["consultations"]))  # "... sammen med referaterne": a role's task


_ARTICLES = frozenset(("the", "a", "an", "my", "min", "mit", "en", "et", "den", "det"))


#: someone unnamed who must do something first ("hvis ingen andre vil" is no condition on anyone)
_ANOTHER_WILL = re.compile(r"\b(?:en anden|nogen anden|someone else|somebody else|another (?:member|"
                           r"colleague|person)) (?:kan|vil|gerne vil|can|will|could|would)\b")

#: "men kun hvis der er en anden, der vil tage referaterne": the offer waits for a volunteer
_ONLY_IF_ANOTHER = re.compile(r"\b(?:kun|only) (?:hvis|if) (?:der er |there is |there s )?(?:en anden|"
                              r"nogen anden|nogen|someone|somebody|another)(?: else)?\b")
_ONLY_IF_NOBODY = re.compile(r"\b(?:kun|only) (?:hvis|if|when|naar) (?:ingen|nobody|no one|noone|"
                             r"none of the others|ingen af de andre) (?:andre |anden |else )?")


#: an offer that waits for another person ("once our new colleague is trained up", "når min
#: efterfølger er på plads")
_ONCE_SOMEONE = re.compile(r"\b(?:once|when|as soon as|naar|saa snart|hvis|if) (?:\w+ ){0,2}(?:colleague|"
                           r"kollega|successor|efterfoelger|afloeser|replacement|vikar)\b")


#: a condition on a third party: "hvis han siger ja", "if our department gets the extra position",
#: "if my manager agrees", "if it continues in its current form" (not "hvis det kan hjælpe")
_THEY_MUST = re.compile(
    r"\b(?:hvis|if|naar|once|provided|forudsat|saafremt)(?: at| that)? "
    r"(?:(?:han|hun|de|he|she|they|chefen|lederen|afdelingen|ledelsen|management|"
    r"(?:min|mit|vores|our|my|the|vi|we) (?:\w+ )?(?:afdeling|department|chef|leder|manager|boss|"
    r"team|kollega|colleague|direktoer|director|unit|centre|center|budget)\w*)\b"
    r"(?! (?:vil have mig|want me|wants me))|"
    r"(?:it|det|den|gruppen|the group|arbejdsgruppen|netvaerket|the network) (?:\w+ )?"
    r"(?:fortsaetter|continues|goes ahead|bliver til noget|happens|sker|survives|overlever|"
    r"stays|bliver ved)|"
    # the group must first find someone: "hvis vi får valgt en næstformand", "if we get a deputy"
    r"(?:vi|we|gruppen|the group|i|you) (?:\w+ ){0,2}(?:faar|get|gets|finder|find|vaelger|elect|elects)"
    r"(?: valgt| elected| fundet| found)? (?:en|et|a|an|nogen|someone|somebody)\b|"
    r"der (?:kommer|bliver valgt|vaelges|findes) (?:en|et|nogen)\b)")


def on_someone_else(reader: Reader, sentence: str) -> bool:
    """An answer under a condition about another person ("hvis Bente ikke fortsætter", "if Tom
    steps down"): the member's offer depends on someone the chair must ask, so it is asked.
    "Only if nobody else will" is such a condition too (a plain "if nobody else" is an offer)."""
    if _ONLY_IF_NOBODY.search(fc.key(sentence)) or _ONCE_SOMEONE.search(fc.key(sentence)) or \
            _ONLY_IF_ANOTHER.search(fc.key(sentence)) or \
            _THEY_MUST.search(fc.key(sentence)):
        return True
    for clause in fc.clauses(sentence):
        if not fc.is_reason(clause) or words(clause)[0] in _GIVEN_FACT or fc.is_past_cause(clause):
            continue  # "fordi Ole har overtaget", "now that Ole took over": done, no condition
        if _ANOTHER_WILL.search(fc.key(clause)):
            return True  # "men kun hvis en anden kan tage høringerne fra mig"
        for name in _CAPITALISED.findall(clause)[1 if clause[:1].isupper() else 0:]:
            if fc.key(name) not in _CALENDAR and not find_options(words(name), reader.options,
                                                                   partial=True):
                return True
    return False


#: another person or another municipality as the subject, by name: "Lise med PFAS og
#: spildevand", "Skanderborg tager affald for alle tre", "og Odder har støj", "Lars from Kolding
#: does noise"
_NAMED_SUBJECT = re.compile(
    r"^(?:og |men |mens |hvor |and |but |while |whereas )?([A-ZÆØÅ][a-zæøå]+)(?: [A-ZÆØÅ][a-zæøå]+)?"
    r"(?: (?:fra|from|i|in) [A-ZÆØÅ][a-zæøå]+)? (?:med|tager|har|sidder|arbejder|laver|dækker|står for|"
    r"klarer|passer|bliver|overtager|skal være|does|takes|has|handles|covers|works|is doing|will do|"
    r"will take|will be|becomes|is on|er på)\b")
_TAKEN_OVER = re.compile(r"\b(?:overtaget|overtager|overtog|taken over|takes over|took over)\b")
#: the member, in the clause: then it is not only the other's ("Lise og jeg tager PFAS")
_MEMBER_IN = re.compile(r"\b(?:jeg|mig|vi|os|me|we|us|jag|mej|eg|meg|i (?:am|m|have|ve|will|ll|d|do|work|"
                        r"take))\b")  # (Swedish and Norwegian too)
#: capitalised words that start a clause without naming anyone (a verb: "Arbejder med VVM",
#: "Er med i netværket")
_NO_NAME = fc.set_of("det der den de dem han hun du i resten alt ellers ogsaa kun saa men og tid "
                     "it this that he she they you everything rest also only so but and time "
                     "hvem hvad who what alle all begge both ingen none nobody "
                     "arbejder sidder laver tager har er daekker staar klarer passer bliver overtager "
                     "kan vil skal maa mangler beholder fortsaetter koerer deler skriver tilfoej fjern "
                     "saet slet work works working do does take takes has have handle handles cover "
                     "covers still stadig fortsat nu now primaert mest mostly mainly fremover "
                     "desuden plus samt med with")


#: a role or topic given to someone by name: "Formand bliver Jonas", "PFAS goes to Lise"
_TO_NAMED = re.compile(r"^(?:og |and |men |but )?[\w-]+(?: [\w-]+)? (?:bliver|er nu|går til|gaar til|"
                       r"overtages af|tages af|goes to|will be|is now|is taken by|will be taken by) "
                       r"([A-ZÆØÅ][a-zæøå]+)\b")


def named_other(reader: Reader, clause: str) -> bool:
    """Is the clause's subject another person or municipality, named ("Lise med PFAS og
    spildevand"), or does it give a role to one ("Formand bliver Jonas")? Their topics are
    theirs, for the chair; not the member's own name, an option, a label or a month."""
    if _MEMBER_IN.search(fc.key(clause)) or _TAKEN_OVER.search(fc.key(clause)):
        return False  # ("Jonas har overtaget PFAS-sagerne": taken from the member, read as such)
    return any(m is not None and _a_name(reader, m.group(1))
               for m in (_NAMED_SUBJECT.match(clause.strip()), _TO_NAMED.match(clause.strip())))


def _a_name(reader: Reader, word: str) -> bool:
    """A person's or a town's name, not a noun in the definite form that starts a sentence
    ("Solcelleparkerne har givet VVM-screeninger", "Kommunen har ...")."""
    name = fc.key(word)
    if name.endswith(("erne", "ene", "ingen")) or len(name) >= 8 and name.endswith(("en", "et", "ne")):
        return False
    return name not in reader.names and name not in _NO_NAME and name not in _CALENDAR \
        and not reader.labels_in([name]) and not find_options([name], reader.options, partial=True)


#: a relative clause, about the person or thing before it: "efter Søren, der er gået på orlov"
_RELATIVE = re.compile(r"^(?:der|som|who|which) ")


def others_part(reader: Reader, clause: str) -> bool:
    """Is the clause about another person ("My colleague Anna is on parental leave until March",
    "efter Søren, der er gået på orlov", "Lise med PFAS")? Its news and dates are not the member's."""
    key = fc.key(clause)
    return theirs(key) or named_other(reader, clause) or bool(_RELATIVE.match(key))
