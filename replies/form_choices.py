"""Which way each option named in a clause goes: set, added, removed, swapped. Pure."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tovholder.replies import form_clauses as fc
from tovholder.replies.form_said import Said
from tovholder.replies.fuzzy import Found

if TYPE_CHECKING:
    from tovholder.replies.form_words import Ops, Reader


BOTH = frozenset(("begge", "both", "alle", "all"))


_ALL_BUT = re.compile(r"\b(?:alle|alt|det hele|hele|everything|all)\b.*?\b(?:undtagen|except|"
                      r"bortset fra|paa naer|but not|apart from)\b")


MODAL = fc.set_of("kan kunne gerne can could willing villig happy glad needed behov")


#: a no that holds only for a while ("ikke i foråret", "not until summer", "måske igen efter")
_FOR_A_WHILE = re.compile(
    r"\b(?:kan ikke|can t|cannot|can not|won t be able)\b.*\b(?:i foraaret|i efteraaret|i vinter|i "
    r"sommer|this (?:spring|autumn|fall|winter|summer))\b|\b(?:indtil (?:sommer|efteraaret|nytaar|"
    r"videre)|until (?:the )?(?:summer|autumn|new year|further notice)|for (?:a while|now)|"
    r"midlertidigt|temporarily|igen efter|again after|i en periode)\b")


def out_in(reader: Reader, typed: list[str], found: list[Found], said: Said) -> bool:
    """"klima ud", "PFAS ind": a multiple-choice option right before a bare particle."""
    op = fc.OUT_IN.get(typed[-1]) if len(typed) > 1 else None
    if op is None or any(fc.markers(typed)) or max(f.end for f in found) != len(typed) - 1 or any(
            reader.by_id[f.option.question].type != "multi" for f in found):
        return False
    for f in found:
        said.choices.append((f.option.question, op, [f.option.name]))
        said.answered.add(f.option.question)
    said.understood = True
    return True


def read_choices(reader: Reader, clause: str, typed: list[str], found: list[Found], ops: Ops,
             said: Said, offer: bool = False, named: frozenset[str] | set[str] = frozenset()
             ) -> None:
    key = fc.key(clause)
    by_q: dict[str, list[Found]] = {}
    for f in found:
        by_q.setdefault(f.option.question, []).append(f)
    every = _ALL_BUT.search(key)
    pivot = fc.SWAP.search(key) or fc.INSTEAD.search(key) or fc.RATHER.search(key)
    start = pivot and (pivot.start("at") if pivot.groupdict().get("at") else pivot.start())
    at = len(key[:start].split()) if pivot else len(typed)
    swap = bool(fc.SWAP.search(key))
    marks = fc.markers(typed)
    for qid, hits in by_q.items():
        q = reader.by_id[qid]
        names = [f.option.name for f in hits]
        said.answered.add(qid)
        said.understood = True
        if every and q.type == "multi":  # "alle undtagen PFAS"; "fjern alt undtagen klima"
            others = [o for o in q.options if o not in names]
            if fc.removes(key[:every.end()]):  # what is kept is the member's: it stays or comes
                said.choices.extend([(qid, "remove", others), (qid, "add", names)])
            else:
                said.choices.append((qid, "set", others))
            continue
        if q.type == "multi" and qid in named and BOTH & set(typed) and not fc.removes(clause):
            said.choices.append((qid, "set", list(q.options)))  # "med i begge netværk"
            continue
        turn = fc.from_to(typed, hits)
        if pivot or turn is not None:
            where = at if turn is None else turn
            before = [f.option.name for f in hits if f.start < where]
            after = [f.option.name for f in hits if f.start >= where]
            out, into = (before, after) if swap or turn is not None else (after, before)
            if into:
                said.choices.append((qid, "add" if swap or q.type == "multi" else "set", into))
            if out and q.type == "single" and not into:
                said.asked.append(clause.strip())  # "... rather than much": the new amount unread
            elif out:
                said.choices.append((qid, "remove", out))
            continue
        polarity = {f.option.name: _polarity(typed, f, found, marks) for f in hits}
        gone = [n for n in names if polarity[n] == "remove"]
        if gone and q.type == "single" and _compared(typed, hits):
            continue  # "nogen tid, ikke så meget som sidste år": the comparison only qualifies
        if gone and q.type == "single" and any(c[0] == qid and c[1] == "set" for c in said.choices):
            continue  # "Nogen tid, men ikke meget": the bound only qualifies the answer given
        if gone and q.type == "single" and len(set(names) - set(gone)) == 1:
            names, gone = [n for n in names if n not in gone], []  # "nogen ikke meget": the same
        if gone and q.type == "single" and len(q.options) >= 3 and gone == [q.options[-1]]:
            said.choices.append((qid, "least", [q.options[0]]))  # "not much time": the least
            continue
        if gone and q.type == "multi" and fc.FOR_NOW.search(key):
            said.items.append(clause.strip())  # "meldt mig ud af PFAS-gruppen indtil videre": out
        elif gone and q.type == "multi" and _FOR_A_WHILE.search(key):  # now, and the chair is told
            said.items.append(clause.strip())  # "ikke sekretær i foråret": only for a while
            names = [n for n in names if n not in gone]
            gone = []
            if not names:
                continue
        if gone:
            said.choices.append((qid, "remove", gone))
            names = [n for n in names if n not in gone]
            if not names:
                continue
        if q.type == "single":
            if len(names) == 1 and fc.FOR_NOW.search(key):  # "men sæt Nogen for nu"
                said.choices.append((qid, "now", names))
            elif len(names) == 1:
                said.choices.append((qid, "set", names))
            else:
                said.items.append(clause.strip())
        elif (any(polarity[n] == "add" for n in names) or MODAL & set(typed) or offer or (
                fc.MAINLY & set(typed))) and not (typed[:1] in (["kun"], ["only"]) and not offer):
            # "I work mostly with soil": the focus, the rest stands ("Kun X er som før": only X)
            said.choices.append((qid, "add", names))
        else:
            said.choices.append((qid, "set", names))


def _compared(typed: list[str], hits: list[Found]) -> bool:
    """"ikke så meget som sidste år", "not as much as before": a comparison, no amount."""
    return any(typed[f.end:f.end + 1] in (["som"], ["as"], ["end"], ["than"]) for f in hits)


_NEGATIONS = fc.set_of("ikke not no ingen")


def _after(typed: list[str], f: Found, found: list[Found], markers: list[str]) -> str:
    """The marker after an option, up to the next option or "og" ("luft kan komme af")."""
    later = min((g.start for g in found if g.start >= f.end), default=len(typed))
    for i in range(f.end, later):
        if typed[i] in ("og", "and", "samt"):
            break
        if markers[i]:
            return markers[i]
    return ""


#: a verb right after "og"/"and" starts a predicate of its own, out of the reach of a marker
#: before it ("dropped waste permits and spend most of my days on noise")
_NEW_PREDICATE = fc.set_of("spend spends work works do does handle handles deal deals cover covers "
                           "focus focuses sidder arbejder laver bruger beskaeftiger fokuserer "
                           "haandterer daekker")


def _polarity(typed: list[str], f: Found, found: list[Found], markers: list[str]) -> str:
    """"remove", "add" or "": the nearest marker before the option in its clause, else one
    after the clause's last option ("luft og klima har jeg afleveret", "Formand nej")."""
    if fc.own_particle(typed, f):
        return fc.OUT_IN[typed[f.end]]  # "affald skal ud og jord ind": its own particle
    earlier = [g.end for g in found if g.end <= f.start]
    for i in range(f.start - 1, max(earlier, default=0) - 1, -1):
        if markers[i]:
            return markers[i]
        if earlier and typed[i] in ("og", "and", "samt") and i > max(earlier):
            own = _after(typed, f, found, markers)  # "støj skal på og luft kan komme af":
            if own:  # a marker of its own after the "og" part
                return own
            if typed[i + 1:i + 2] and typed[i + 1] in _NEW_PREDICATE:
                return ""  # "I've dropped waste and spend my days on noise": a verb of its own
            break
    if earlier:  # "ikke PFAS og støj": a marker before the option before covers it too
        before = max((g for g in found if g.end <= f.start), key=lambda g: g.start)
        return _polarity(typed, before, found, markers)
    later = min((g.start for g in found if g.start >= f.end), default=None)
    for i in range(f.end, later or f.end):  # "affald skal ud og jord ind": up to the "og"
        if typed[i] in ("og", "and", "samt"):
            break
        if markers[i] and not (later is not None and i == later - 1 and typed[i] in _NEGATIONS):
            return _willing_to_give_up(typed, markers, i, later or f.end)
            # (not in "nogen ikke meget": that "ikke" is the next option's)
    for i in range(max(g.end for g in found), len(typed)):
        if typed[i] in ("og", "and", "samt") or typed[i] in _UNTIL_TIME:
            break  # "little time and no functions": the "no" is the functions'; "høringer tager
            # jeg gerne indtil jeg stopper": the stop is when, not what
        if markers[i]:
            return _willing_to_give_up(typed, markers, i, len(typed))
    return ""


#: words that mark an addition only as willingness, which a verb after them may turn round
_WILLING = fc.set_of("gerne godt ogsaa gengaeld gladly happily also")  # ("til gengæld": in return)


_UNTIL_TIME = fc.set_of("indtil until till")
_UNTIL_WORDS = fc.set_of("indtil frem until till naar hvis if when fordi because since")


def _willing_to_give_up(typed: list[str], markers: list[str], i: int, end: int) -> str:
    """The marker at ``i``, unless it is only willingness and a verb of giving up follows:
    "Høringerne vil jeg til gengæld gerne give videre" takes the role away."""
    if markers[i] != "add" or typed[i] not in _WILLING:
        return markers[i]
    for j in range(i + 1, end):
        if typed[j] in ("og", "and", "samt") or typed[j] in _UNTIL_WORDS:
            break  # ("høringerne samler jeg også gerne frem til jeg stopper": until then, mine)
        if markers[j] == "remove":
            return "remove"
    return markers[i]
