"""Is a reply a yes, a no, or something a person should read? Pure, standard library only.

Used for "vil du være sekretær?", "fortsætter du?", "godkender du?" and "tager du lodtrækningen?".
Only the text the person wrote counts (tovholder.mailer.quotes.visible_text drops the quoted question,
which itself contains both "ja" and "nej").

The rules, in order:

1. Greetings ("Hej Tovholder", "Hi all,") are skipped.
2. The first clause decides when it starts with a clear word: "ja", "jep", "yes", "sure",
   "godkendt", "approved" -> yes; "nej", "no", "nope", "afvist" -> no; unless that clause also
   holds the opposite ("ja, jeg kan desværre ikke" reads on).
3. Otherwise phrases anywhere in the reply: "det vil jeg gerne", "jeg fortsætter", "jeg tager to
   år mere", "count me in", "I'll continue" are yes; "desværre ikke", "jeg stopper", "I can't",
   "I decline" are no. A yes-phrase with a negation just before or after it ("jeg fortsætter
   ikke", "I won't continue") is a no.
   A no followed by "men"/"but" and something kind ("..., men spørg mig gerne igen") is a no.
4. A hedge anywhere ("måske", "jeg vil gerne høre mere", "I need to think about it"; checked
   before 2), both yes and no, or neither: unclear. An unclear reply is never acted on: it goes to the chair.
"""

from __future__ import annotations

import re

from tovholder.mailer.quotes import visible_text

YES, NO, UNCLEAR = "yes", "no", "unclear"

_WORD = re.compile(r"[a-zæøåäöüé0-9]+(?:'[a-z]+)?|[👍👎✅❌]", re.IGNORECASE)
_CLAUSE = re.compile(r"[.!?;:\n]+|\s[–—-]\s|,\s*(?=(?:men|but)\b)", re.IGNORECASE)
_BUT = {"men", "but"}
_GREETING = {"hej", "hejsa", "hey", "hi", "hello", "kære", "dear", "goddag", "godmorgen",
             "morn", "halløj", "good", "tak", "thanks", "thank"}
_GREETING_LINE = re.compile(r"^\s*(hej|hejsa|hey|hi|hello|kære|dear|goddag|god morgen|"
                            r"godmorgen|morn|halløj|good morning|good afternoon)\b[^.!?\n]{0,40}"
                            r"[,!.]?\s*$", re.IGNORECASE)
_LEAD_YES = {"ja", "jo", "jep", "jeps", "jaa", "jaja", "yes", "yep", "yeah", "yup", "sure",
             "absolut", "selvfølgelig", "naturligvis", "klart", "godkendt", "godkender",
             "approved", "approve", "ok", "okay", "fint", "gerne", "👍", "✅", "certainly",
             "definitely", "fortsætter", "accepteret", "accepterer", "accepted"}
_LEAD_NO = {"nej", "nope", "nah", "no", "afvist", "afviser", "rejected", "declined", "decline",
            "👎", "❌"}
_NEGATIONS = {"ikke", "ej", "aldrig", "not", "never", "no", "nej", "can't", "cannot", "won't",
              "don't", "didn't", "isn't", "wont", "cant", "dont", "wouldn't", "shouldn't",
              "ingen", "hverken"}
_YES_PHRASES = [p.split() for p in (
    "det vil jeg gerne", "vil jeg gerne", "jeg vil gerne", "jeg tager den", "jeg tager gerne",
    "tager gerne", "jeg tager to år mere", "tager to år mere", "to år mere", "jeg melder mig",
    "melder mig gerne", "jeg stiller op", "jeg påtager mig", "påtager mig", "jeg fortsætter",
    "fortsætter gerne", "jeg tager opgaven", "jeg tager funktionen", "det gør jeg gerne",
    "gør det gerne", "det er fint med mig", "fint med mig", "ikke noget imod", "intet imod",
    "i orden", "jeg accepterer", "jeg tager imod", "godkendt", "godkender", "er godkendt",
    "count me in", "i'm in", "i am in", "happy to", "glad to", "i'd be happy", "i'll do it",
    "i will do it", "i'll take it", "i will take it", "i'll take", "i will continue",
    "i'll continue", "i'd like to continue", "i will stay", "i'll stay", "stay on",
    "two more years", "another two years", "another term", "i volunteer", "i accept",
    "sign me up", "i can do it", "i can take", "approved", "i approve", "don't mind", "fine by me",
    "that's fine", "sounds good", "with pleasure", "med glæde", "med fornøjelse", "gerne det",
    "kan godt", "jeg kan godt", "vil gerne", "ja tak", "yes please", "ok for mig", "okay for mig",
    "det er ok", "fint for mig", "bliver gerne", "jeg bliver", "i'm happy", "i am happy",
    "gerne", "ok", "okay", "er velkommen", "is welcome", "velkommen", "no problem",
    "intet problem", "ikke noget problem", "no worries", "of course",
    "selvfølgelig", "absolutely", "jeg er frisk", "er frisk", "jeg er med", "i'm up for it",
)]
_NO_PHRASES = [p.split() for p in (
    "desværre ikke", "kan ikke", "har ikke tid", "ikke tid", "ikke denne gang", "ikke i år",
    "nej tak", "jeg stopper", "stopper", "siger fra", "må sige fra", "melder fra", "sige nej",
    "et nej", "må melde pas", "melder pas", "pas", "jeg trækker mig", "trækker mig",
    "afslår", "jeg afslår", "afviser", "afvist", "ikke godkendt", "godkendes ikke",
    "ønsker ikke", "vil ikke", "fortsætter ikke", "ikke fortsætte", "ikke mulighed",
    "ikke overskud", "no thanks", "no thank you", "can't", "cannot", "can not", "won't",
    "will not", "not this time", "not able", "unable", "i decline", "decline", "declined",
    "rather not", "step down", "stepping down", "not continue", "not be continuing",
    "i'll pass", "i will pass", "pass on", "not approved", "reject", "rejected", "too busy",
    "not available", "ikke tage", "tager ikke", "ikke påtage", "ikke stille op", "sige fra",
    "stafetten videre", "give den videre", "videre til en anden", "en anden tager", "lade en anden",
    "someone else", "hand over", "pass the baton",
)]


_HEDGES = [p.split() for p in (
    "måske", "maybe", "perhaps", "possibly", "muligvis", "eventuelt", "høre mere", "vide mere",
    "tænke over", "tænke lidt", "overveje", "vende tilbage", "komme tilbage", "think about",
    "think it over", "get back", "more information", "more details", "know more",
    "hvad indebærer", "hvad går", "tale med", "talk to", "afhænger", "depends", "not sure",
    "ikke sikker", "usikker", "i tvivl", "unsure", "ved ikke", "don't know", "høre lidt",
    "vide lidt", "hvad det kræver", "før jeg svarer", "før jeg siger", "before i answer",
    "before i decide", "vent lidt", "wait a", "et år", "ét år", "1 år", "halvt år", "one year",
    "half a year",
)]


def classify_reply(body: str) -> str:
    """yes / no / unclear for a reply body as received (quotes and signature are dropped)."""
    return classify(visible_text(body))


def classify(text: str) -> str:
    """yes / no / unclear for the text a person wrote."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    while lines and _GREETING_LINE.match(lines[0]):
        lines.pop(0)
    clauses = _clauses("\n".join(lines))
    while len(clauses) > 1 and clauses[0][0][0] in _GREETING and len(clauses[0][0]) <= 3:
        clauses.pop(0)  # "Hej Anna." / "Tak!" before the answer
    if not clauses:
        return UNCLEAR
    if any(_hedged(words) for words, _ in clauses):
        return UNCLEAR
    words, question = clauses[0]
    lead = "" if question else _lead(words)
    if lead:
        return lead
    yes = no = 0
    for words, question in clauses:
        if question:  # "vil du have, at jeg tager den?" answers nothing
            continue
        y, n = _phrases(words)
        if y and words[0] in _BUT and no and not yes:
            return NO  # "jeg kan desværre ikke, men spørg mig gerne igen": the no stands
        yes, no = yes + y, no + n
    if yes and not no:
        return YES
    if no and not yes:
        return NO
    return UNCLEAR


def _clauses(text: str) -> list[tuple[list[str], bool]]:
    """(words, is a question) per clause; clauses end at . ! ? ; : a line break or ", men"."""
    out: list[tuple[list[str], bool]] = []
    start = 0
    for end in [*_CLAUSE.finditer(text), None]:
        stop = end.start() if end else len(text)
        words = _words(text[start:stop])
        if words:
            out.append((words, end is not None and "?" in end.group(0)))
        if end:
            start = end.end()
    return out


def _hedged(words: list[str]) -> bool:
    return any(_match(words, i, _HEDGES) for i in range(len(words)))


def _words(text: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(text.replace("\u2019", "'"))]


_SOFT_NO = {"desværre", "unfortunately", "sorry", "beklager"}


def _lead(clause: list[str]) -> str:
    """The answer when the clause starts with a clear word, "" to read on."""
    if clause[0] in _BUT and len(clause) > 1:  # "Tak, men nej"
        clause = clause[1:]
    head = clause[0]
    yes, no = _phrases(clause)
    if head in _LEAD_YES:
        return YES if not no else ""
    if head in _SOFT_NO:
        return NO if no and not yes or len(clause) == 1 else ""
    if head in _LEAD_NO:
        if _match(clause, 0, _YES_PHRASES) > 1:  # "no problem", "nej da, gerne"
            return YES
        return NO if not yes else ""
    return ""


def _phrases(words: list[str]) -> tuple[int, int]:
    """(yes, no) phrase hits in one clause, longest phrase first; a negated yes counts as no."""
    yes = no = 0
    i = 0
    while i < len(words):
        hit = _match(words, i, _NO_PHRASES)
        if hit:
            no += 1
            i += hit
            continue
        hit = _match(words, i, _YES_PHRASES)
        if hit:
            before = words[max(0, i - 3):i]
            after = words[i + hit:i + hit + 1]
            if any(w in _NEGATIONS for w in before + after):
                no += 1
            else:
                yes += 1
            i += hit
            continue
        i += 1
    return yes, no


def _match(words: list[str], i: int, phrases: list[list[str]]) -> int:
    best = 0
    for phrase in phrases:
        n = len(phrase)
        if n > best and words[i:i + n] == phrase:
            best = n
    return best
