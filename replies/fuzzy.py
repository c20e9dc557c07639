"""Match a member's own words to the options of a question. Pure; simplemma's Danish lexicon
(shipped in its package) for inflected forms.

Tolerant of what people type: case, Danish letters written out or dropped (``støj`` = ``stoej``
= ``stoj``, ``å`` = ``aa``), definite forms (``formanden`` = ``Formand``), one-letter typos in
longer words (``spildevnd``), hyphens and compounds (``Power-to-X`` = ``power to x`` = ``PtX``
= ``P2X``). Strict where it matters: a short word must match exactly, and :func:`find_options`
only reports a multi-word option when its distinctive words are all there (or, when the caller
allows ``partial``, when a word that belongs to that option alone is).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

import simplemma

_WORD = re.compile(r"[^\W_]+")
#: words that never carry an option on their own ("Arbejdsgruppe om PFAS" is arbejdsgruppe+pfas)
LINKS = {"og", "om", "for", "i", "af", "til", "med", "paa", "the", "of", "and", "on", "in", "to",
         "a", "an", "en", "et", "de", "det", "den"}
_DA_SUFFIXES = ("erne", "ene", "en", "et", "er", "ne", "e", "s", "r", "n")  # "områderne": -ne


def fold(text: str, *, drop: bool = False) -> str:
    """Lower case without accents; æ ø å written out (ae oe aa) or, with ``drop``, as a o a."""
    text = text.casefold()
    pairs = (("æ", "a"), ("ø", "o"), ("å", "a")) if drop else (("æ", "ae"), ("ø", "oe"), ("å", "aa"))
    for letter, plain in pairs:
        text = text.replace(letter, plain)
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def words(text: str) -> list[str]:
    """The folded words of a text (``Power-to-X`` -> ``power``, ``to``, ``x``)."""
    return _WORD.findall(fold(text))


def _plain(word: str) -> str:
    # "aa"/"oe"/"ae" written out and "a"/"o" typed without the Danish letter compare equal
    return word.replace("aa", "a").replace("oe", "o").replace("ae", "a")


def _swapped(t: str, w: str) -> bool:
    """Are ``t`` and ``w`` the same but for two neighbouring letters swapped?"""
    diff = [i for i, (a, b) in enumerate(zip(t, w, strict=True)) if a != b]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and t[diff[0]] == w[diff[1]] and \
        t[diff[1]] == w[diff[0]]


def word_matches(typed: str, wanted: str, *, typos: bool = True) -> bool:
    """One typed word against one option word (both folded); ``typos`` allows one wrong letter
    in a word of five letters or more."""
    if typed == wanted:
        return True
    t, w = _plain(typed), _plain(wanted)
    if t == w:
        return True
    if len(w) >= 4 and t.startswith(w) and t[len(w):] in _DA_SUFFIXES:
        return True  # Danish definite and plural forms: formanden, spildevandet, netværket
    if len(w) >= 6 and t.startswith(w[:-1]) and len(t) - len(w) <= 4 and w.endswith("e"):
        return True  # arbejdsgruppe -> arbejdsgruppen
    if len(w) >= 4 and w[-2:] in ("en", "et") and t == w[:-1] + ("t" if w[-1] == "n" else "n"):
        return True  # Danish common/neuter forms: nogen = noget
    if len(w) >= 4 and t.startswith(w) and _head(t[len(w):]):
        return True  # a compound with a generic head: formandsposten, støjsager, PFAS-området
    if len(w) >= 4 and t.startswith(w) and len(t[len(w):].lstrip("se")) >= 5 and not _english(typed):
        return True  # the option is what the compound is about: affaldstilsyn, klimatilpasning
        # (not an English word of its own: "sometimes" is no time "Some")
    if len(w) >= 4 and any(t.endswith(w + sfx) and len(t) - len(w + sfx) >= 5
                           for sfx in ("", *_DA_SUFFIXES)):
        return True  # a compound whose head is the option: industristøj, trafikstøjen
    if lemma(typed) in (wanted, w) and len(typed) > len(wanted):
        return True  # an inflected form the Danish lexicon knows: grupperne, miljøvurderinger
    if typos and len(w) == len(t) == 5 and sum(a != b for a, b in zip(t, w, strict=True)) == 1:
        return not _known(typed)  # "noice": one wrong letter, and no word of its own ("chain")
    if typos and len(w) == len(t) >= 5 and _swapped(t, w):
        return not _known(typed)  # "netwrok": two letters typed in the wrong order
    if typos and len(w) >= 5 and len(t) >= 5 and abs(len(t) - len(w)) <= 1:
        return SequenceMatcher(None, t, w).ratio() >= 0.86  # one typo in a longer word
    return False


@functools.cache
def _english(word: str) -> bool:
    """An English word of its own that is no Danish one ("sometimes", "somewhere")."""
    danish = word.replace("aa", "å").replace("oe", "ø").replace("ae", "æ")
    return simplemma.is_known(word, lang="en") and not simplemma.is_known(danish, lang="da")


@functools.cache
def _known(word: str) -> bool:
    """Is ``word`` a word of its own in Danish or English (simplemma's lexicons)?"""
    danish = word.replace("aa", "å").replace("oe", "ø").replace("ae", "æ")
    return simplemma.is_known(danish, lang="da") or simplemma.is_known(word, lang="en")


#: generic second halves of Danish compounds that name the same thing as their first half
#: ("formandsposten" is the option Formand, "sekretærrollen" Sekretær, "støjsager" Støj)
_HEADS = ("post", "rolle", "hverv", "opgave", "omraade", "sag", "emne", "felt", "arbejde",
          "projekt", "funktion", "tjans")


def _head(rest: str) -> bool:
    heads = tuple(_plain(h) for h in _HEADS)
    rest = rest[1:] if rest[:1] in ("s", "e") and not rest.startswith(heads) else rest
    return any(rest.startswith(h) and rest[len(h):] in ("", "t", *_DA_SUFFIXES) for h in heads)


@functools.cache
def lemma(word: str) -> str:
    """The folded Danish lemma of a folded word (simplemma's lexicon, which ships in the
    package): "spildevandet" -> "spildevand", "grupperne" -> "gruppe"."""
    danish = word.replace("aa", "å").replace("oe", "ø").replace("ae", "æ")
    return _plain(fold(simplemma.lemmatize(danish, lang="da")))


_GROUP_HEADS = ("gruppe", "netvaerk", "network", "group")


def compound_head(typed: str, wanted: str) -> bool:
    """"tilsynsgruppen" for "miljøtilsyn": the option's word said by its last part, in a
    compound whose head only says it is a group."""
    for head in _GROUP_HEADS:
        at = typed.find(head, 5)
        if at > 0:
            stem = typed[:at].rstrip("s") if typed[:at].endswith("s") else typed[:at]
            if len(stem) >= 5 and _plain(wanted).endswith(_plain(stem)) and wanted != stem:
                return True
    return False


def compound_tail(typed: str, wanted: str) -> bool:
    """A compound said by its last part: "gruppen" for "arbejdsgruppe", "netværket" for
    "miljønetværk" (only used where the option's other words must be there too)."""
    for suffix in ("", *_DA_SUFFIXES):
        stem = typed[:len(typed) - len(suffix)] if suffix and typed.endswith(suffix) else typed
        if (not suffix or typed.endswith(suffix)) and len(stem) >= 5 and len(wanted) > len(stem) \
                and _plain(wanted).endswith(_plain(stem)):
            return True
    # "PFAS-grupen": a doubled letter typed once (on a phone, in a hurry)
    return _single(wanted) != wanted and compound_tail(_single(typed), _single(wanted))


def _single(word: str) -> str:
    return re.sub(r"(.)\1", r"\1", word)


@dataclass(frozen=True)
class Option:
    """One option of one question, prepared for matching."""

    question: str
    name: str
    words: tuple[str, ...]  # content words, folded
    aliases: tuple[str, ...]  # whole-word abbreviations: "ptx", "p2x", "powertox"
    own: tuple[str, ...] = ()  # content words no other option has (for partial matches)


#: a function named as the one who holds a task: "Høringstovholder" holds "høringerne"
_HOLDERS = ("tovholder", "ansvarlig", "koordinator")


def _tasks(all_words: list[str]) -> set[str]:
    """"høringerne" for "Høringstovholder": the task's plural definite, as members name the
    function by what it does ("tage høringerne", "give slip på høringerne")."""
    if len(all_words) != 1:
        return set()
    word = all_words[0]
    head = next((h for h in _HOLDERS if word.endswith(h) and len(word) - len(h) >= 5), None)
    if head is None:
        return set()
    stem = word[:-len(head)]
    stem = stem[:-1] if stem.endswith("s") else stem
    return {stem + "erne"} if stem.endswith("ing") else set()


def prepare(options: Sequence[tuple[str, str]]) -> list[Option]:
    """(question id, option) pairs -> Options; ``own`` words are computed across all of them."""
    base = []
    for qid, name in options:
        all_words = words(name)
        content = tuple(w for w in all_words if w not in LINKS) or tuple(all_words)
        aliases: set[str] = set()
        if len(all_words) >= 2:
            aliases.add("".join(all_words))
            initials = "".join(w[0] for w in all_words)
            if "to" in all_words:
                aliases.add("".join("2" if w == "to" else w for w in all_words))
            if len(initials) >= 3:
                aliases |= {initials, initials.replace("t", "2", 1) if "to" in all_words else ""}
        acronym = re.match(r"([A-ZÆØÅ]{2,})-\w", name)  # "IE-direktivet" is also "IE"
        if acronym:
            aliases.add(fold(acronym.group(1)))
        aliases |= _tasks(all_words)
        base.append(Option(qid, name, content, tuple(sorted(a for a in aliases if a))))
    counts: dict[str, int] = {}
    for opt in base:
        for w in set(opt.words):
            counts[w] = counts.get(w, 0) + 1
    return [Option(o.question, o.name, o.words, o.aliases,
                   tuple(w for w in o.words if counts[w] == 1 and len(w) >= 5)) for o in base]


@dataclass(frozen=True)
class Found:
    option: Option
    start: int  # index of the first typed word used
    end: int  # one past the last
    partial: bool = False


def find_options(typed: Sequence[str], options: Sequence[Option], *,
                 partial: bool = False) -> list[Found]:
    """Options mentioned in a sequence of folded words; each word is used at most once, longer
    options first, so "PFAS-arbejdsgruppen" is the working group and not also the area PFAS."""
    used = [False] * len(typed)
    found: list[Found] = []
    for opt in sorted(options, key=lambda o: -len(o.words)):
        hit = _whole(typed, used, opt)
        if hit is None and partial and opt.own:
            hit = _partial(typed, used, opt)
        if hit is not None:
            for i in range(hit.start, hit.end):
                used[i] = True
            found.append(hit)
    return sorted(found, key=lambda f: f.start)


_SPLIT_WORD = re.compile(r"[^\W\d_]+")


def rejoin(text: str, options: Sequence[Option]) -> str:
    """Words an autocorrect or a dictation split ("Høringstov holder", "spilde vand", "miljø
    tilsyn") joined again, where the joined word is an option's word and neither half is."""
    if " " not in text:
        return text
    heads = {w[:4] for o in options for w in o.words}

    def known(word: str) -> bool:
        return any(word in o.aliases or any(word_matches(word, w, typos=False) for w in o.words)
                   for o in options)

    def named(word: str) -> bool:  # the option's word itself, or its definite or plural form
        t = _plain(word)
        return any(t == _plain(w) or t.startswith(_plain(w)) and t[len(_plain(w)):] in _DA_SUFFIXES
                   for o in options for w in o.words)

    spans = [m.span() for m in _SPLIT_WORD.finditer(text)]
    out, last = [], 0
    for (a, b), (c, d) in zip(spans, spans[1:], strict=False):
        if c != b + 1 or text[b] != " " or a < last:
            continue
        first, second = fold(text[a:b]), fold(text[c:d])
        joined = first + second
        exact = any(_plain(joined) == _plain(w) for o in options for w in o.words)
        if joined[:4] in heads and not known(second) and (exact or min(len(first), len(
                second)) >= 3 and not known(first) and named(joined)):
            # ("P fas", "waste water": the halves of one option's word, even where one half is a
            # word of its own or a letter)
            out.append(text[last:b])
            last = c  # drop the space
    return "".join(out) + text[last:]


def _whole(typed: Sequence[str], used: list[bool], opt: Option) -> Found | None:
    n = len(opt.words)
    for i, word in enumerate(typed):
        if used[i]:
            continue
        if word in opt.aliases:
            return Found(opt, i, i + 1)
        if word_matches(word, opt.words[0]) or (n > 1 and any(word_matches(word, w)
                                                              for w in opt.words)):
            # the option's content words in a window of typed words, in any order
            window = [j for j in range(i, min(len(typed), i + n + 3)) if not used[j]]
            left = list(opt.words)
            taken = []
            for j in window:
                hit = next((w for w in left if word_matches(typed[j], w)), None)
                if hit is None and n > 1:  # "PFAS-gruppen": the working group about PFAS
                    hit = next((w for w in left if compound_tail(typed[j], w)), None)
                if hit is not None:
                    left.remove(hit)
                    taken.append(j)
                elif typed[j] not in LINKS:
                    break
                if not left:
                    return Found(opt, i, taken[-1] + 1)
    return None


def _partial(typed: Sequence[str], used: list[bool], opt: Option) -> Found | None:
    for i, word in enumerate(typed):
        if not used[i] and any(word_matches(word, w) or compound_head(word, w) for w in opt.own):
            return Found(opt, i, i + 1, partial=True)
    return None
