""""As before" in any word order, and what it leaves out. Pure.

"Uændret ellers", "alt står som det skal", "Groups the same", "Min tid er som sidst" keep an
answer or the whole form; "på nær tiden" names what did change; "det samme som hos Jens" is no
"as before" at all but another person's answers. Words one letter off ("ingen ændriner") count.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from tovholder.replies import form_clauses as fc

#: "As before, except ...": "as" here compares, it gives no reason
AS_BEFORE = re.compile(r"^as (?:before|is|usual|last|previously)\b")
#: "Only change:", "Kun én ændring:": what follows is the one change, the rest stands
ONLY_CHANGE = re.compile(r"^(?:(?:the |my )?only (?:change|thing|update)|(?:kun|eneste) (?:en |e )?"
                         r"(?:aendring|ting|rettelse)|den eneste (?:aendring|ting|rettelse)|"
                         # "Det eneste, der har ændret sig, er tiden: meget"
                         r"(?:det|the) (?:eneste|only thing)(?: der| som| that| which)? "
                         r"(?:har |has |is |er )?(?:aendret sig|aendret|changed|different|nyt|new))\b")
#: "A few things have changed since last year:": a lead-in to what follows the colon
CHANGES_LEAD = re.compile(r"\b(?:changed|changes|updates?|aendret|aendringer|rettelser|"
                          r"opdatering\w*)\b|"
                          # "In answer to your question in the call: yes, ...": the chair's question
                          r"\b(?:in answer to|answering|regarding|as for|re|til|angaaende|mht|vedroerende|"
                          r"svar paa|som svar paa) (?:your|the|dit|jeres|det|dine) (?:\w+ )?(?:question|"
                          r"spoergsmaal|request|call|indkaldelse\w*|opfordring)\b")
#: "as before" in any word order, once a clause has no option and no number
SAME = re.compile(
    r"\b(?:uaendre[td]e?|som (?:sidst|foer|tidligere)|same amount|"
    # "Indtil da kører jeg videre som nu", "I carry on as now"
    r"(?:koerer|koere|fortsaetter|fortsaette) (?:\w+ )?(?:videre )?som (?:nu|hidtil)|"
    r"(?:carry|carrying|go|going) on as (?:now|before|usual)|"
    # "2. same", "Grupper: samme": the answer under its label, as before
    r"^(?:the |det |den |de |still |stadig )?(?:samme|same|same as now|som nu)$|"
    # Swedish and Norwegian: "samma som förra gången", "samme som sist", "inget nytt", "som før"
    r"samma som (?:forra|sist|tidigare|innan)|allt (?:ar|aer|er) som (?:forra|foerra|sist|tidigare|foer|"
    r"for|innan)(?: aaret| aret| gangen| gang)?|inget (?:nytt|andrat|aendrat)|oforandrat|"
    r"uendret|som (?:forra|foerra) (?:aaret|aret|gangen)|"
    # "nyt team men samme opgaver": the work, and so the answers, as before
    r"(?:men |but )?(?:de |the )?(?:samme|same) (?:opgaver|arbejdsopgaver|tasks|work|job)$|"
    r"samme (?:maengde|antal|omfang)|(?:nothing|intet|ingenting) (?:else )?(?:has |er )?"
    r"(?:changed|aendret)|samme som (?:sidst|foer|sidste|tidligere|i "
    r"fjor|last|before)|(?:intet|ikke noget|nothing) (?:andet |else )?nyt|"
    r"(?:ingen|no|ikke|not any) (?:andre|flere|other|further|more) (?:aendring\w*|rettelser|changes)|"
    r"nothing (?:else )?new|"
    r"staar (?:\w+ ){0,3}ved magt|staar (?:jeg |vi )?(?:stadig )?ved (?:det hele|alt|resten)|"
    r"uden (?:\w+ )?aendringer|without (?:any )?changes|same same|"
    r"ingen aendring\w*|as before|as is|unchanged|no changes?|ved det gamle|keep the rest|"
    r"like (?:before|last year|last time|it is|it was)|"
    r"(?:alt andet|resten|the rest|everything else) (?:holder|stands|holds)$|"
    r"^(?:det )?(?:stemmer|passer) (?:\w+ )?(?:alt(?: sammen)?|det hele)$|"
    # "Ja tak, passer stadig 👍", "stemmer fortsat": the form as it was sent
    r"^(?:(?:ja|yes|ok|okay|jep) )?(?:(?:mange )?tak )?(?:det )?(?:passer|stemmer|gaelder) (?:alt )?"
    r"(?:stadig|fortsat|endnu)$|"
    r"(?:ellers )?er skemaet (?:stadig )?(?:rigtigt|korrekt|i orden)|"
    r"(?:andet|mere|ellers) er der ikke at (?:melde|sige|tilfoeje|rette)|"
    r"(?:stays|stay|remains|remain) (?:like|as) (?:it is|they are)|"
    r"(?:intet|ingenting|ikke noget|nothing) (?:at|to) (?:rette|aendre|correct|change)|"
    r"(?:det|alt|skemaet|it|everything|resten|the rest) (?:ser|looks) (?:\w+ )?(?:rigtigt|korrekt|right|"
    r"correct|fint|fine|good|godt)(?: ud)?|"
    r"(?:kan|maa) (?:i|du) (?:\w+ )?lade (?:\w+ )?staa|(?:nothing|intet|ingenting) (?:changes|aendrer sig)|"
    r"^(?:ellers|otherwise|resten|the rest) (?:er |is )?(?:alt |all )?(?:stadig |still )?(?:ok|okay|fint|"
    r"fine|godt|good|rigtigt|korrekt|correct|right)$|"
    # "Alt ok 👍", "Everything's fine": the whole form as it was sent
    r"^(?:alt|everything|all)(?: s)? (?:er |is )?(?:stadig |still )?(?:ok|okay|fint|fine|good|i orden)"
    r"(?: herfra| her| fra mig| from me| from here| here)?$|"
    r"(?:mine |my )?(?:oplysninger|svar|answers|details|information) (?:\w+ )?(?:er|is|are) (?:\w+ )?"
    r"(?:korrekte?|rigtige?|correct|right|accurate|up to date)|"
    r"\b(?:alt|det hele|everything) (?:er |is )?(?:\w+ )?som i fjor|(?:det|alt) passer stadig|"
    r"behold resten|resten beholder jeg|(?:good|fine|happy|ok|okay) with everything|"
    # "Selv bliver jeg som jeg er", "I'll stay as I am"
    r"(?:leave|keep) me as i am|lad mig (?:bare )?(?:staa|vaere|blive) som (?:jeg er|jeg staar|hidtil)|"
    r"(?:bliver|forbliver) jeg (?:bare )?som (?:jeg er|hidtil)|jeg (?:bliver|forbliver) (?:bare )?som "
    r"(?:jeg er|hidtil)|i (?:ll |will )?(?:stay|remain) as i am|"
    r"nothing s (?:changed|new)|ingen (?:kommentarer|bemaerkninger|rettelser) til "
    r"(?:resten af )?skemaet|ingen (?:kommentarer|bemaerkninger|rettelser) til resten|"
    r"no (?:comments|changes|corrections) (?:to|on) the form|"
    r"^(?:stort set |omtrent |nogenlunde |pretty much |largely |mostly )?(?:som sidste (?:aar|gang)|"
    r"as last year)(?: i oevrigt| ellers)?$|"
    r"^(?:resten|the rest|alt andet|everything else) (?:er|is|staar|stands) (?:ok|okay|i orden|fine|fint|good"
    r"|godt|spot on|correct|right|still right|the same)$|keep (?:everything|all) else|"
    r"^(?:ellers|otherwise|resten|the rest|rest) (?:er |is )?(?:det )?(?:samme|same)$|"
    r"\b(?:alt|resten|everything|the rest) (?:er |is )?(?:\w+ )?(?:som i skemaet|as in the form)|"
    r"(?:the rest|everything else|resten|alt andet) (?:stands|staar|stays|remains|bliver)$|"
    r"(?:intet|ikke noget|ikke andet|nothing) (?:andet |mere |else |more )?(?:at |to )?(?:tilfoeje|add)"
    r"(?:$| til skemaet| to the form)|"
    # (not a hope about the crosses just set: "håber det er rigtigt")
    r"(?<!haaber )(?<!haaber at )(?<!hope )\b(?:det|ovenstaaende|the above) (?:er|is) "
    r"(?:stadig |fortsat |still )?(?:rigtigt|korrekt|"
    r"correct|right)$|"
    r"(?:fint|godt|ok|korrekt|rigtigt|fine|good|correct) (?:som|as) (?:det|it) (?:staar|er|is|"
    # (not "så det ikke altid er den samme, der ...": the same person)
    r"stands)|(?<!altid )(?<!always )(?:er|is|are|stays?|stayed|remains?|forbliver|still|stadig) "
    r"(?:den |det |de |the )?(?:samme|same)(?! (?:der|som|who|that|person\w*|one|people|folk))|"
    r"same "
    r"as (?:last|before))\b|\b(?:alt|allt|andet|annat|resten|rest|ellers|otherwise|everything|all|hele|"
    r"skemaet|the form)\b"
    r".*\b(?:passer|staar som|stemmer|stammer|correct|fine|the same|det samme|som sidste (?:aar|gang)|"
    r"som (?:det|de) staar|som det (?:er|var|skal)|as it (?:stands|is|was|should)|"
    r"(?:kan |maa )?blive staaende|can stay|"
    r"gaelder (?:stadig|fortsat)|still (?:applies|apply|holds))\b(?! (?:ikke|not|no longer)\b)|"
    r"\blad det (?:hele |bare )?staa|leave (?:it|everything) (?:all )?as it is|"
    r"ikke sket noget|nothing (?:new )?"
    r"(?:has )?happened|"
    r"\b(?:skemaet|skemaer|formularen|the form|my form)\b"
    # (not a hope about the form just filled in: "håber det er gjort rigtigt")
    r".*(?<!haaber det )(?<!haaber at det )(?<!hope it )(?<!hope that )\b"
    r"(?:passer|stemmer|er (?:\w+ ){0,2}korrekt|er (?:\w+ ){0,2}rigtigt|"
    r"is (?:correct|right|fine|still right))\b(?! (?:ikke|not|no longer)\b)")
LABEL_SAME = re.compile(r"^(\w+) (?:the same|samme|det samme|as before|som foer|"
                        # "Grupperne passer fint", "Groups are still right"
                        r"(?:passer|stemmer|stammer)(?: fint| godt| stadig)?|"
                        # "Erfaring står rigtigt", "Tid står fint"
                        r"(?:staar|star) (?:stadig )?(?:rigtigt|rigtig|korrekt|fint|godt)|"
                        r"(?:er|is|are) (?:stadig |"
                        r"still )?"
                        r"(?:uaendret|uaendrede|unchanged|fine|fint|correct|korrekt|right|rigtige?))$")
#: the words "as before" is said with, which members also mistype ("ingen ændriner")
_SAME_WORDS = ("aendringer", "aendring", "aendret", "uaendret", "uaendrede", "rettelser",
               "kommentarer", "bemaerkninger", "changes", "unchanged", "changed")


def spelled(key: str) -> str:
    """``key`` with a word one letter off a word of ``_SAME_WORDS`` written as that word."""
    out = []
    for word in key.split():
        if len(word) >= 6 and word not in _SAME_WORDS:
            word = next((w for w in _SAME_WORDS if abs(len(w) - len(word)) <= 1
                         and SequenceMatcher(None, word, w).ratio() >= 0.86), word)
        out.append(word)
    return _TWICE.sub(r"\1", " ".join(out))  # "ellers samme samme 👍"


def said_same(key: str) -> re.Match[str] | None:
    return SAME.search(spelled(key))


_TWICE = re.compile(r"\b(\w+)(?: \1\b)+")


EXCEPT = re.compile(r"\b(?:paa naer|bortset fra|undtagen|except(?: for)?|apart from|but for|utom|"
                    r"bortsett fran|bortsett fra|unntatt) "
                    r"((?:\w+ ){0,2}\w+)")
#: "nothing else than ...": the one change, the rest stands
NOTHING_BUT = re.compile(r"^(?:ingen|intet|ikke noget|no|nothing) (?:andre?|other|else)(?: \w+){0,4} "
                         r"(?:end|than|but|except) (?:at |that )?\w")
AS_SOMEONE = re.compile(r"\b(?:samme som|same as|ligesom|lige som|just like|the way you did)\s+"
                        r"(?:hos\s+|for\s+)?(?:ham|hende|him|her|"
                        r"[A-ZÆØÅ][a-zæøå]+)\b")
#: the rest of the answers as the subject: "alt det andet passer" is every question, not Andet
THE_REST = re.compile(r"\b(?:alt|andet|resten|rest|ellers|otherwise|everything|all|hele|i oevrigt|"
                      r"skemaet|the form)\b")


#: "tilføj støj 👍 ellers uændret": "as before" closing a sentence with no comma before it
_TAIL = re.compile(r"\s+(?:[^\w\s,.;:]+\s+)?((?:ellers|otherwise|resten|the rest|og ellers|and otherwise)"
                   r"\b[^.,;!?]*)$", re.IGNORECASE)


def comma_before_same(sentence: str) -> str:
    """The sentence with a comma before a closing "ellers uændret", so that it is read as the
    clause it is ("tilføj støj 👍 ellers uændret" as "tilføj støj, ellers uændret")."""
    m = _TAIL.search(sentence.rstrip(" .!"))
    head = sentence[:m.start()] if m else ""
    if m is None or not fc.key(head) or not said_same(fc.key(m.group(1))) or fc.key(head).split()[
            -1] in ("og", "and", "samt", "eller", "or"):
        return sentence  # "Tid og resten som sidst": one subject, nothing to split
    return f"{head}, {m.group(1)}"


def same_but(key: str) -> bool:
    """"Same as last year except I now have much more time": the rest stands."""
    if NOTHING_BUT.match(key):
        return True  # "Ingen andre kommentarer fra mig end at erfaringen er steget til 17 år"
    m = EXCEPT.search(key)
    return m is not None and said_same(key[:m.start()]) is not None and bool(key[:m.start()].strip())
