"""A clause that names options but does not simply set, add or remove them. Pure.

"as before" said of one question or of all ("Tiden er den samme"), "klima ud", part of a longer
option's name in a clause about the member's work, options named again only to say why ("...,
det er samlet i et nyt PFAS-team"), less of a topic ("not so much with climate anymore"), an
answer the member is unsure of or reports from elsewhere, and a task that is going well. These
rules come after ``form_clause_asides`` and read the clause with its "as before" words spelled
right (``Clause.spelled``); what is left is read as choices (``form_choices``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tovholder.replies import form_clauses as fc
from tovholder.replies.form_back import BACK, BACK_FIRST, NO_ROOM
from tovholder.replies.form_choices import out_in
from tovholder.replies.form_for_chair import AS_AGREED, REPORTED
from tovholder.replies.form_option_words import options_in
from tovholder.replies.form_said import all_given, taken_away
from tovholder.replies.form_same import AS_SOMEONE, LABEL_SAME, SAME, THE_REST
from tovholder.replies.form_sentence_kinds import no_occasion
from tovholder.replies.form_unplaced import BUT_FOR, none_of
from tovholder.replies.fuzzy import Found, words

if TYPE_CHECKING:
    from collections.abc import Callable

    from tovholder.replies.form_clause_read import Clause


def _same_as_someone(c: Clause) -> bool:
    """"skriv det samme som hos Jens": another member's answers, for the chair."""
    return bool(SAME.search(c.spelled) and AS_SOMEONE.search(c.text)) and c.for_chair()


def _as_before(c: Clause) -> bool:
    """"Tiden er den samme", "Groups the same.": only that question's answer stays; "samme som
    sidste år" names no question (nor does "other" in "no other changes"): the rest stands."""
    key, same = c.spelled, SAME.search(c.spelled)
    label_same = LABEL_SAME.match(key)
    if label_same and c.reader.labels_in([label_same.group(1)]):
        same = label_same
    if c.found or c.number is not None or not same:
        return False
    outside = c.named if same is label_same else c.reader.strong_labels(
        [w for m, w in zip(re.finditer(r"\S+", key), no_occasion(key.split()), strict=False)
         if not same.start() <= m.start() < same.end()])
    subject = outside or c.reader.labels_in(key[:same.start()].split())
    if len(subject) == 1 and not THE_REST.search(key):  # "Min tid er som sidst": kept
        c.ops.add(next(iter(subject)), "keep")
        c.said.answered |= subject
    else:
        c.ops.unchanged = True
        c.said.rest_stands = bool(THE_REST.search(key))
    return c.understood()


def _in_or_out(c: Clause) -> bool:
    """"klima ud", "PFAS ind"."""
    return bool(c.found) and out_in(c.reader, c.typed, c.found, c.said)


#: a clause about the member's work names topics: part of a longer option's name there (a
#: network "for miljøtilsyn") may be the topic or the option, so it is asked
_WORK = re.compile(r"\b(?:arbejder|arbejdet|beskaeftiger|work|works|working|worked|sidder med|"
                   r"sidder nu med)\b")
#: "help with consultations": part of a role's name as something to help with is no offer to
#: take the role, unless nobody else would ("... if no one else wants to")
_HELP = re.compile(r"\b(?:help|helping|assist|contribute|hjaelpe\w*|bidrage\w*|give en haand)\b")
_HELP_WITH = re.compile(r"\b(?:help|helping|assist|hjaelpe\w*|bidrage\w*) (?:with|med|til)\b")
NOBODY_ELSE = re.compile(r"\b(?:no one|nobody|noone|ingen) (?:else|andre)\b")


def _vague(c: Clause) -> bool:
    """"arbejder med miljøtilsyn": a topic, or the network? "hjælpe med høringssvar": no offer of
    the role. Asked; the clause's other options are read on."""
    key = c.spelled
    vague = [f for f in c.found if f.partial and len(words(f.option.name)) > 1
             or _HELP_WITH.search(key) and f.option.question in c.reader.roles]
    if not vague or not (_WORK.search(key) or _HELP.search(key) and not NOBODY_ELSE.search(
            fc.key(c.sentence))):
        return False
    c.for_chair()
    c.found = [f for f in c.found if f not in vague]
    return not c.found and c.number is None


def _as_agreed(c: Clause) -> bool:
    """"..., som vi talte om": courtesy."""
    return bool(AS_AGREED.fullmatch(c.spelled))


def _none_but(c: Clause) -> bool:
    """"no groups except the PFAS one": the named question's options only."""
    return bool(c.named and BUT_FOR & set(c.typed)) and none_of(c.reader, c.named, c.typed, c.ops, c.said)


#: the small words of "..., and the consultation role as well", "og også PFAS"
_MORE_OF = fc.set_of("og and samt ogsaa also too as well the my min mit mine den det role rollen posten "
                     "en ny a new anden another "
                     "area omraadet")


def _only_more(typed: list[str], found: list[Found]) -> bool:
    """"..., and the chair role as well": options only, more of what the clause before did ("I må
    finde en ny formand – og en ny høringstovholder": the same again)."""
    named = {i for f in found for i in range(f.start, f.end)}
    rest = [w for i, w in enumerate(typed) if i not in named]
    return typed[:1] in (["og"], ["and"], ["samt"]) and bool(
        {"too", "ogsaa", "also", "well", "ny", "new"} & set(rest)) and all(w in _MORE_OF for w in rest)


def _also_removed(c: Clause) -> bool:
    """"I've handed soil over to Jakob, and the role as well": removed like the one before."""
    if not c.found or not c.said.choices or c.said.choices[-1][1] != "remove" or not _only_more(
            c.typed, c.found):
        return False
    c.remove_found()
    c.said.answered |= {f.option.question for f in c.found}
    return c.understood()


def _where_it_went(c: Clause) -> bool:
    """"PFAS er ikke længere på mit bord, det er samlet i et nyt PFAS-team": where it went, not
    the member's again."""
    return bool(c.found and BACK.match(c.spelled) and taken_away(c.said, c.found)
                and not fc.adds(c.text.split()[0])) and c.understood()


def _why_given(c: Clause) -> bool:
    """"Tilføj klima - jeg har fået klimatilpasningen ind over mit bord": why, said again."""
    return bool(c.found and fc.unclear_verb(c.text) and all_given(c.said, c.found)) and c.understood()


#: a topic the member does less of, not none: for the chair
_LESS_OF = re.compile(r"\b(?:not (?:so|as|that) much|ikke (?:laengere )?(?:saa|saerlig) meget|less and less|"
                      # "Pfas har vi heldigvis ikke haft meget af i år": little of it, not gone
                      r"ikke (?:haft|set|faaet) (?:saa |ret |saerlig )?(?:meget|mange|mere end \w+) "
                      r"(?:af|med)|"
                      r"mindre og mindre|ikke saa meget mere)\b")


def _less_of(c: Clause) -> bool:
    """"not so much with climate anymore": less, not gone."""
    return bool(c.found and _LESS_OF.search(c.spelled) and c.all_multi()) and c.for_chair()


#: gathering the group's input to consultations: the consultation coordinator's task, no comment
_GATHERING = re.compile(r"\b(?:samle|samler|indsamle|koordinere|collect\w*|gather\w*|coordinat\w*) "
                        r"(?:\w+ ){0,3}(?:input|bidrag|kommentarer|comments|responses|views) (?:til|to|"
                        r"for|on)\b")


def _unsure(c: Clause) -> bool:
    """An unclear verb, an answer reported from elsewhere, a hedge, a doubt or a choice between
    options ("sekretær eller formand"): asked."""
    return bool(c.found) and bool(
        fc.unclear_verb(c.text) or REPORTED.search(AS_AGREED.sub(" ", _GATHERING.sub(" ", c.spelled)))
        or fc.hedged(c.typed) or fc.UNSURE.search(fc.key(c.sentence))
        or fc.alternatives(c.typed, c.found)) and c.for_chair()


def _named_again(c: Clause) -> bool:
    """"soil (jord)": the option named again, in the form's words."""
    return bool(c.found) and f"({c.text.strip()}" in c.sentence and len(c.typed) <= 3 and not any(
        fc.markers(c.typed)) and {f.option.name for f in c.found} <= {
        n for _, _, names in c.said.choices for n in names} and c.understood()


def _why_it_went(c: Clause) -> bool:
    """"stoppet i PFAS-gruppen, det passer ikke sammen med mine opgaver på spildevandsområdet":
    why, and the topic stays."""
    return bool(c.found and c.said.choices and c.said.choices[-1][1] == "remove"
                and BACK_FIRST.match(c.spelled) and NO_ROOM.search(c.spelled)) and c.understood()


def _removed_why(c: Clause) -> bool:
    """"fjern høringstovholder – vi er for mange på høringerne": why."""
    return bool(c.found) and not fc.adds(c.text) and {f.option.name for f in c.found} <= {
        n for _, op, names in c.said.choices if op == "remove" for n in names} and c.understood()


#: how a task is going, not which tasks are the member's: "fylder meget", "er kommet godt i gang"
_GOING = re.compile(r"\b(?:er kommet (?:godt |rigtig godt )?i gang|kommet godt i gang|fylder|fyldte|"
                    r"koerer|er i gang|er startet|gaar godt|is going well|has started|is under way|"
                    r"takes up|took up|is growing|vokser|hectic|busy|travlt|travl|optaget af|"
                    # "VVM er kun en enkelt sag om året nu": less of it, and still there
                    r"(?:er|is) (?:nu |now )?(?:kun|bare|only|just) (?:en|et|a|one) )\b")


def _going(c: Clause) -> bool:
    """"PFAS-kortlægningen er kommet godt i gang", "Klima fylder meget mere nu": still the
    member's, and no answer that leaves out the rest ("Jord og grundvand fylder mest": asked)."""
    if not c.found or not _GOING.search(c.spelled) or not c.all_multi():
        return False
    c.add_found()
    c.said.answered |= {f.option.question for f in c.found}
    c.said.items.extend(i.strip() for i in fc.items(c.text) if fc.is_listed_item(i) and not
                        options_in(c.reader, words(i)))
    return c.understood()


NAMED_OTHERWISE: tuple[Callable[[Clause], bool], ...] = (
    _same_as_someone, _as_before, _in_or_out, _vague, _as_agreed, _none_but, _also_removed,
    _where_it_went, _why_given, _less_of, _unsure, _named_again, _why_it_went, _removed_why, _going)
