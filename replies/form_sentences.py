"""A member's sentence without a label -> what it says about which question. Pure.

Read the way a careful secretary reads: the sentence is cut into clauses
(tovholder.replies.form_clauses); each clause is placed by what is in it, not by whether most
of its words are option names:

- options (inflected or compounded: "affaldstilsyn" is Affald, "spildevandet" Spildevand; an
  option of a single-choice question such as Lidt/Nogen/Meget only where it stands as the
  answer: "meget tid", "sæt mig på nogen", not "lidt VVM" or "nogen af grupperne"), with the
  clause's polarity: removed ("ikke", "fjern", "gået ud af", "not ... anymore"), swapped ("byt
  støj ud med luft", "nogen i stedet for meget"), added ("også", "tilføj", "kan godt være"),
  or else set; "alt undtagen X" is every option but X;
- a number with years ("8 år", "kun tre år i faget", "fireogtredive års erfaring"), or bare
  where the sentence is about years ("Et år mere på bagen, så 21"); a part after the total
  ("heraf 2 her") is not the answer, a calendar year ("siden 2015") is not a number of years;
- "as before" in any word order ("Uændret ellers", "alt står som det skal");
- reasons and conditions ("hvis det er nødvendigt", "pga. orlov", "fordi ...") carry no answer
  and stop nothing; a clause that only qualifies ("det har en kollega overtaget") is read past;
- an answer the member is unsure of ("høringstovholder måske") or offers as a choice ("sekretær
  eller formand"), a question the member asks ("Could the chair tell me ...?") and two amounts
  of time in one sentence ("meget efter nytår, indtil da lidt") record nothing: they are asked.

What cannot be placed goes to the chair (``ops.not_understood``), never guessed: a listed item
that is no option ("grundvand", "lugt fra landbruget"), a clause naming a question without an
answer Tovholder can read ("god erfaring med tilsyn på landbrug", "halv tid"), and a sentence
that says nothing Tovholder can place and is no courtesy (a question, an absence, "skriv det
samme som Jens").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import TYPE_CHECKING

from tovholder.replies import form_clauses as fc
from tovholder.replies.form_numbers import YEARS, current, numbers, text_number, word_number
from tovholder.replies.fuzzy import Found, find_options, words

if TYPE_CHECKING:
    from tovholder.replies.form_words import Ops, Reader

#: a conversation reported: the options named are its topics, not the member's answers
_REPORTED = re.compile(r"\b(?:talt|snakket|spurgt|skrevet|naevnt|aftalt|droeftet|diskuteret|"
                       r"talked|spoke|asked|mentioned|discussed)\b(?! (?:to|om at|mig om at) )|"
                       # comments on a consultation: its subject is no answer
                       r"\b(?:kommentarer|bemaerkninger|input|comments) (?:til|on|to|for)\b|"
                       r"\b(?:hoering\w*|consultation) (?:om|on|about)\b")
#: answers given for someone else
_ON_BEHALF = re.compile(r"\b(?:svare?r? for (?:ham|hende|dem|min kollega)|paa (?:hans|hendes|deres) "
                        r"vegne|paa vegne af|on (?:his|her|their) behalf|on behalf of|"
                        r"(?:answer|reply|respond)(?:ing)? for (?:him|her|them|my colleague))\b")
#: the member confirms what was agreed: "som aftalt på novembermødet", "as we discussed"
_AS_AGREED = re.compile(r"\b(?:som (?:aftalt|naevnt|sagt|vi (?:har )?(?:talte|talt|snakkede|snakket|"
                        r"aftalte|aftalt)(?: om)?)|as (?:agreed|discussed|mentioned|we (?:discussed|"
                        r"agreed|talked about|said))|like we (?:discussed|said|agreed))\b"
                        r"(?: (?:paa|ved|at|in|on) (?:the )?\S+)?")
#: a sentence opening like this qualifies the answer before it ("Men kun hvis ...")
_QUALIFIES = frozenset(("men", "dog", "kun", "hvis", "fordi", "da", "saa", "but", "only", "if",
                        "because", "since", "though", "however", "maaske", "maybe", "perhaps"))
_BOTH = frozenset(("begge", "both", "alle", "all"))
_SO = frozenset(("saa", "dermed", "altsaa", "so", "now", "nu", "then", "i", "dag"))
_YEAR_UNITS = frozenset(("aar", "aars", "years", "year", "yrs"))
_ALL_BUT = re.compile(r"\b(?:alle|alt|det hele|hele|everything|all)\b.*?\b(?:undtagen|except|"
                      r"bortset fra|paa naer|but not|apart from)\b")
#: a clause about the member's work names topics: part of a longer option's name there (a
#: network "for miljøtilsyn") may be the topic or the option, so it is asked
_WORK = re.compile(r"\b(?:arbejder|arbejdet|beskaeftiger|work|works|working|worked|sidder med|"
                   r"sidder nu med)\b")
#: the member's own topics: "I'm interested in", "jeg arbejder med", "jeg sidder med"
_TOPICS_OF_MINE = re.compile(r"\b(?:interested in|interesseret i|interesserer mig for|"
                             r"(?:i|jeg) (?:\w+ )?(?:work|arbejder|beskaeftiger mig) (?:mest |mostly |"
                             r"mainly |primarily |primaert )?(?:with|on|med)|sidder (?:nu )?med)\b")
#: "help with consultations": part of a role's name as something to help with is no offer to
#: take the role, unless nobody else would ("... if no one else wants to")
_HELP = re.compile(r"\b(?:help|helping|assist|contribute|hjaelpe\w*|bidrage\w*|give en haand)\b")
_HELP_WITH = re.compile(r"\b(?:help|helping|assist|hjaelpe\w*|bidrage\w*) (?:with|med|til)\b")
_NOBODY_ELSE = re.compile(r"\b(?:no one|nobody|noone|ingen) (?:else|andre)\b")
#: "As before, except ...": "as" here compares, it gives no reason
_AS_BEFORE = re.compile(r"^as (?:before|is|usual|last|previously)\b")
_MODAL = fc.set_of("kan kunne gerne can could willing villig happy glad needed behov")
#: amounts said in other words than the default options' ("lots of time", "masser af tid")
_PLENTY = {"lots": "much", "loads": "much", "plenty": "much", "masser": "meget", "massevis": "meget"}
_AS_ANSWER = frozenset(("tid", "time", "tiden"))  # "meget tid": a time option as the answer
#: "make it 6", "så skriv 10", "ret det til 15": the number to record
_CORRECTED = re.compile(r"^(?:(?:men|but) )?(?:(?:so|saa) )?(?:make it|change (?:it )?to|put|write|"
                        r"skriv|saet|"
                        r"ret (?:det )?til|aendr (?:det )?til)\b(?: (?:bare|just))?")
_FOR_NOW = re.compile(r"\b(?:for nu|for now|indtil videre|foreloebig|for the time being|lige nu|"
                      r"right now)\b")
_FROM_THEN = frozenset(("from", "fra", "after", "efter", "until", "indtil", "starting"))
#: "for now", "these months", "fremover": when the answer holds, after the answer itself
_HOLDS_FOR = [w.split() for w in (
    "these months", "this autumn",
    "this spring", "right now", "at present", "at the", "going forward", "from now", "for the",
    "lige nu", "for tiden", "i oejeblikket", "i disse", "i den", "i denne", "i de")]
_HOLDS_FOR_WORD = frozenset(("fremover", "nu", "now", "currently"))
_PUT_ME = frozenset(("mig", "me"))  # "sæt mig på meget", "put me down as little"
_NOT_ANSWER = frozenset(("af", "of", "med", "with"))  # "nogen af grupperne", "lidt med spildevand"
#: courtesy and talk about the reply itself (not an answer, nothing for the chair)
_META = re.compile(
    r"\b(?:kryds\w*|ticked|checked|(?:mine|my) (?:rettelser|aendringer|corrections|changes)|"
    r"ovenstaaende|ovenfor|above|below|nedenfor|herunder|pilen|se pil|see (?:the )?arrow|"
    r"arrow|svar\w*knap\w*|videresend\w*|forward\w*|vender tilbage|kommer tilbage|svarer senere|"
    r"(?:kigger|kigget|kigge|ser|set|se) paa det|"
    r"(?:almindeligt|ordinary|regular) (?:medlem|member)|look (?:at|into) it|have a look|"
    r"glemt alt om|forgot (?:all )?about|"
    r"here goes|vi ses|see you|tak for sidst|(?:rigtig )?godt moede|(?:good|great|nice) meeting|"
    r"new to the group|ny i gruppen|er ny|i m new|i am new|(?:se|see) (?:skemaet|the form)|"
    r"(?:saa )?er det (?:udfyldt|gjort|klaret|besvaret)|"
    r"that s (?:it|all)|svarer herfra|answering from here|private (?:mail|"
    r"e mail|email)|"
    r"(?:faar|faa|get) (?:det|skemaet|it|the form) (?:udfyldt|gjort|sendt|done|filled)|"
    r"udfylder (?:det|skemaet)|fill (?:it|this|the form) (?:in|out)|"
    r"(?:writing|answering|replying|skriver|svarer) (?:\w+ )?(?:from|fra) (?:my |min )?(?:phone|mobile|"
    r"telefon\w*|mobil\w*)|(?:quick|short|small|kort|lille|hurtig) (?:update|opdatering)|"
    r"(?:answer|svarer|skriver|write) (?:in|paa) (?:english|engelsk)|(?:i ll|i will|jeg vil|jeg skal|"
    r"jeg gør|jeg goer) (?:do|fill|answer|svare|udfylde|goere|kigge|look)\w* (?:it|this|the form|det|"
    r"skemaet|paa det)|"
    r"get back|fint skema|flot skema|nice form|my danish|mit dansk|the english|engelsk|"
    r"(?:godt|flot|fint) (?:stykke )?arbejde|good (?:job|work)|great (?:job|work)|well done)\b")
#: an absence, leaving, the minutes: always for the chair, never courtesy
_FOR_CHAIR = re.compile(r"\b(?:moede\w*|meeting\w*|referat\w*|minutes|afbud|deltage\w*|"
                        r"attend\w*|pension\w*|barsel\w*|orlov|sygemeldt|leave)\b")
#: news the chair must act on even inside an answer: leaving, an absence from a meeting (a leave
#: given as the reason for less time is no news: "lidt tid pga. orlov")
_NEWS = re.compile(
    r"\b(?:(?:leave|leaving) (?:the |my )?(?:group|municipality|council|job|kommune)|forlader|"
    r"fratraed\w*|siger op|accepted a (?:job|position)|nyt job|new job|gaar paa pension|"
    r"retir(?:e|ing)|afbud|melder mig ud|meld(?:er|te) (?:mig )?ud af gruppen|udmeld\w*|forlader "
    r"gruppen|paa barsel|paa ferie|on holiday|on vacation|misse[rt]? (?:\w+ )?moede\w*|"
    r"on (?:parental |maternity )?leave|regn ikke med mig|"
    r"(?:note|message|question|request|besked|spoergsmaal|ting|bemaerkning) (?:for|to|til) "
    r"(?:the chair|formanden)|"
    r"don t count on me|miss(?:ing)? the (?:\w+ )?meeting|(?:ikke|not|t) (?:komme|deltage|come|"
    r"attend|make)\w* (?:til |to |in |at )?(?:the |naeste |next )?(?:moede|meeting)\w*)\b")
#: "Only change:", "Kun én ændring:": what follows is the one change, the rest stands
_ONLY_CHANGE = re.compile(r"^(?:(?:the |my )?only (?:change|thing|update)|(?:kun|eneste) (?:en |e )?"
                          r"(?:aendring|ting|rettelse)|den eneste (?:aendring|ting|rettelse))\b")
#: "A few things have changed since last year:": a lead-in to what follows the colon
_CHANGES_LEAD = re.compile(r"\b(?:changed|changes|updates?|aendret|aendringer|rettelser|"
                           r"opdatering\w*)\b")
#: a no that holds only for a while ("ikke i foråret", "not until summer", "måske igen efter")
_FOR_A_WHILE = re.compile(
    r"\b(?:kan ikke|can t|cannot|can not|won t be able)\b.*\b(?:i foraaret|i efteraaret|i vinter|i "
    r"sommer|this (?:spring|autumn|fall|winter|summer))\b|\b(?:indtil (?:sommer|efteraaret|nytaar|"
    r"videre)|until (?:the )?(?:summer|autumn|new year|further notice)|for (?:a while|now)|"
    r"midlertidigt|temporarily|igen efter|again after|i en periode)\b")
#: "as before" in any word order, once a clause has no option and no number
_SAME = re.compile(
    r"\b(?:uaendre[td]e?|som (?:sidst|foer|tidligere)|same amount|"
    r"samme (?:maengde|antal|omfang)|(?:nothing|intet|ingenting) (?:else )?(?:has |er )?"
    r"(?:changed|aendret)|samme som (?:sidst|foer|sidste|tidligere|i "
    r"fjor|last|before)|(?:intet|ikke noget|nothing) (?:andet |else )?nyt|"
    r"(?:ingen|no) (?:andre|flere|other|further) (?:aendring\w*|rettelser|changes)|nothing (?:else )?new|"
    r"staar (?:\w+ ){0,3}ved magt|ingen aendring\w*|as before|as is|unchanged|no changes?|"
    r"nothing s (?:changed|new)|ingen (?:kommentarer|bemaerkninger|rettelser) til "
    r"(?:resten af )?skemaet|ingen (?:kommentarer|bemaerkninger|rettelser) til resten|"
    r"no (?:comments|changes|corrections) (?:to|on) the form|"
    r"^som sidste (?:aar|gang)(?: i oevrigt| ellers)?$|"
    r"^(?:resten|the rest|alt andet|everything else) (?:er|is) (?:ok|okay|i orden|fine|fint|good)$|"
    r"^(?:ellers|otherwise|resten|the rest) (?:er |is )?(?:det )?(?:samme|same)$|"
    r"(?:the rest|everything else|resten|alt andet) (?:stands|staar)$|"
    r"(?:intet|ikke noget|ikke andet|nothing) (?:andet |mere |else |more )?(?:at |to )?(?:tilfoeje|add)"
    r"(?:$| til skemaet| to the form)|\bdet er (?:stadig |fortsat )?(?:rigtigt|korrekt)$|"
    r"(?:fint|godt|ok|korrekt|rigtigt|fine|good|correct) (?:som|as) (?:det|it) (?:staar|er|is|"
    r"stands)|(?:er|is|are|stays?|stayed|remains?|forbliver|still|stadig) (?:den |det |de |the )?"
    r"(?:samme|same)|"
    r"same "
    r"as (?:last|before))\b|\b(?:alt|andet|resten|rest|ellers|otherwise|everything|all|hele)\b"
    r".*\b(?:passer|staar som|stemmer|correct|fine|the same|det samme|som sidste (?:aar|gang)|"
    r"som (?:det|de) staar|som det (?:er|var)|as it (?:stands|is|was)|(?:kan |maa )?blive staaende|can stay|"
    r"gaelder (?:stadig|fortsat)|still (?:applies|apply|holds))\b|"
    r"\blad det (?:hele )?staa|leave (?:it|everything) (?:all )?as it is|ikke sket noget|nothing (?:new )?"
    r"(?:has )?happened|"
    r"\b(?:skemaet|skemaer|formularen|the form|my form)\b"
    r".*\b(?:passer|stemmer|er (?:\w+ ){0,2}korrekt|er (?:\w+ ){0,2}rigtigt|"
    r"is (?:correct|right|fine|still right))\b")
_LABEL_SAME = re.compile(r"^(\w+) (?:the same|samme|det samme|as before|som foer)$")
#: the words "as before" is said with, which members also mistype ("ingen ændriner")
_SAME_WORDS = ("aendringer", "aendring", "aendret", "uaendret", "uaendrede", "rettelser",
               "kommentarer", "bemaerkninger", "changes", "unchanged", "changed")


def _spelled(key: str) -> str:
    """``key`` with a word one letter off a word of ``_SAME_WORDS`` written as that word."""
    out = []
    for word in key.split():
        if len(word) >= 6 and word not in _SAME_WORDS:
            word = next((w for w in _SAME_WORDS if abs(len(w) - len(word)) <= 1
                         and SequenceMatcher(None, word, w).ratio() >= 0.86), word)
        out.append(word)
    return " ".join(out)


def _same(key: str) -> re.Match[str] | None:
    return _SAME.search(_spelled(key))


_EXCEPT = re.compile(r"\b(?:paa naer|bortset fra|undtagen|except(?: for)?|apart from|but for) "
                     r"((?:\w+ ){0,2}\w+)")
_AS_SOMEONE = re.compile(r"\b(?:samme som|same as)\s+(?:hos\s+|for\s+)?(?:ham|hende|him|her|"
                         r"[A-ZÆØÅ][a-zæøå]+)\b")
#: the rest of the answers as the subject: "alt det andet passer" is every question, not Andet
_THE_REST = re.compile(r"\b(?:alt|andet|resten|rest|ellers|otherwise|everything|all|hele|i oevrigt|"
                       r"skemaet|the form)\b")


@dataclass
class _Sentence:
    answered: set[str] = field(default_factory=set)  # questions this sentence answered
    understood: bool = False
    items: list[str] = field(default_factory=list)  # listed words that are no option
    choices: list[tuple[str, str, list[str]]] = field(default_factory=list)  # (q, op, names)
    unplaced: list[tuple[str, set[str]]] = field(default_factory=list)  # clause, labels named
    total: bool = False  # the number recorded was said to be the total ("9 in total")
    years: set[str] = field(default_factory=set)  # numbers of years this sentence gave
    adds: bool = False  # a clause without an option says "add" ("så det skal med")
    rest_stands: bool = False  # "..., ellers ingen ændringer": what it names is a change
    asked: list[str] = field(default_factory=list)  # for the chair, whatever else it says


def read_own(reader: Reader, text: str, ops: Ops, courtesy: re.Pattern[str]) -> None:
    """A line without a label, sentence by sentence; ``courtesy`` matches folded filler."""
    previous = False  # the sentence before gave an answer
    unsure: dict[str, str] = {}  # question -> a sentence unsure about it, passed on
    pending: dict[str, str] = {}  # question -> a sentence saying it changed, until it is answered
    for sentence in fc.sentences(text):
        key = fc.key(sentence)
        if not key or reader.names.issuperset(key.split()):
            continue
        if previous and key.split()[0] in _QUALIFIES and not _FOR_CHAIR.search(key) \
                and not sentence.rstrip().endswith("?") and not _answers(reader, sentence):
            continue  # "Kan være formand. Men kun hvis ingen andre vil."
        if _lead_in(reader, sentence):
            continue  # "Two changes:", "To ting:": a lead-in to the lines below
        if _ON_BEHALF.search(key):  # "... bad mig svare for ham: Han arbejder med støj":
            ops.not_understood.append(sentence.strip())  # another person's answers are the
            previous = False  # chair's to record, from that person's own address
            continue
        if _asks(sentence):  # "Could the chair tell me which group is best?": no answer
            ops.not_understood.append(sentence.strip())
            previous = False
            continue
        said, shown = _Sentence(), sentence
        head, colon, rest = sentence.partition(":")
        if colon and rest.strip() and sentence is not text and len(words(head)) <= 2 \
                and reader.question(head) is not None:
            reader.line(sentence, ops)  # "... Still chair. Time: much more this year.": labelled
            previous = True
            continue
        if colon and rest.strip() and (_ONLY_CHANGE.match(fc.key(head)) or _same(
                fc.key(head))):  # "Nothing has changed except my experience: 23 years now"
            ops.unchanged = True  # "Only change: ...", "Kun én ændring: ...": the rest stands
        if colon and rest.strip() and (len(words(head)) <= 5 or _CHANGES_LEAD.search(fc.key(head))):
            lead = find_options(words(head), reader.options)
            shown = sentence  # what the chair is shown, as the member wrote it
            sentence = f"{head} {rest}" if lead else rest  # a lead-in: "Glemte: ...", "Dertil: ..."
        if _same(key) and "," in sentence and not _AS_SOMEONE.search(sentence) and not (
                _answers(reader, sentence) or reader.labels_in(key.split())):
            ops.unchanged = True  # "Indtil da står alt, som det er": one sentence, the rest stands
            continue
        for clause in fc.clauses(sentence):
            if said.choices and _DECLINE.match(fc.key(clause)):  # "Chair - no thanks"
                qid, _, names = said.choices[-1]
                said.choices[-1] = (qid, "remove", names)
                continue
            if said.choices and _ACCEPT.match(fc.key(clause)):  # "secretary – yes"
                continue
            _clause(reader, clause, ops, said, sentence)
        if said.choices and (_on_someone_else(reader, sentence) or _THEIR_WISH.search(key)):
            said.choices = []  # "formand, hvis Bente ikke fortsætter": for the chair to weigh
            said.items.append(sentence.strip())
        _two_amounts(reader, said, sentence)
        _emit(reader, said, ops)
        for qid in said.answered & set(unsure):  # "Hard to say re time. Put me down as some":
            if unsure[qid] in ops.not_understood:  # the member decided after all
                ops.not_understood.remove(unsure.pop(qid))
        if not said.understood and fc.UNSURE.search(key):
            unsure.update(dict.fromkeys(reader.labels_in(key.split()), sentence.strip()))
        excepted = _EXCEPT.search(key)  # "Uændret på nær tiden – ...": the time must be read
        for qid in reader.labels_in(excepted.group(1).split()) if excepted else ():
            pending.setdefault(qid, shown.strip())
        ops.read_from(sorted(said.answered), sentence)
        previous = said.understood
        ops.not_understood.extend(said.asked)  # never courtesy: two answers to one question
        if said.understood and _NEWS.search(" ".join(  # not as a reason: "pga. nyt job"
                fc.key(c) for c in fc.clauses(sentence) if not fc.is_reason(c))):
            ops.not_understood.append(shown.strip())
        elif said.understood:
            ops.not_understood.extend(i for i in said.items
                                      if not _is_courtesy(fc.key(i), courtesy))
            ops.not_understood.extend(c for c, named in said.unplaced if named - said.answered)
        elif not _is_courtesy(key, courtesy) and not _points_to_form(reader, key):
            ops.not_understood.append(shown.strip())

    for qid, sentence in pending.items():  # "alt som før på nær tiden" and no time given
        if qid not in ops.ops and qid not in ops.values and sentence not in ops.not_understood:
            ops.not_understood.append(sentence)


_POINTER = re.compile(r"^(?:jeg |i )?(?:har |have |ve )?(?:changed|updated|corrected|aendret|"
                      r"rettet|opdateret|justeret) (?:my |min |mit |mine |the )?(\w+)"
                      r"(?: (?:in|i) (?:the |my )?(?:form|skemaet|skema))?$")


def _points_to_form(reader: Reader, key: str) -> bool:
    """"Changed my time.", "Har rettet tiden": the marks in the form say how; nothing more."""
    m = _POINTER.match(key)
    return bool(m and reader.labels_in([m.group(1)]))


def is_news(text: str) -> bool:
    """Does ``text`` tell the chair something to act on: leaving, an absence?"""
    return bool(_NEWS.search(fc.key(text)))


def _lead_in(reader: Reader, sentence: str) -> bool:
    """A short line ending in a colon that names no option, no question, no years and no news
    for the chair ("Quick update from me after a busy autumn:")."""
    typed = words(sentence)
    return sentence.rstrip().endswith(":") and len(typed) <= 8 and not (
        _options(reader, typed) or reader.strong_labels(typed) or _YEAR_UNITS & set(typed)
        or _FOR_CHAIR.search(" ".join(typed)) or re.search(r"\d", sentence))


#: a clause that only declines what the clause before it named
_ACCEPT = re.compile(r"^(?:ja|yes|gerne|ok|okay|fint|fine|sure|gladly|(?:please )?(?:tilfoej|add|"
                     r"saet) (?:mig|me)(?: paa| on)?)(?: tak| thanks| please| gerne)?$")
_DECLINE = re.compile(r"^(?:nej|no|not me|ikke mig|nope)(?: tak| thanks| thank you)?$")



def _asks(sentence: str) -> bool:
    """A question the member asks names options as its topic, not as answers ("Kan du
    tilføje PFAS?" asks for a change, and is read as one; "kan man melde sig til netværket
    uden at være ...?" asks about the rules)."""
    if not sentence.rstrip().endswith("?"):
        return False
    key = fc.key(sentence)
    if _GENERAL_QUESTION.search(key) and not _ME.search(key):
        return True
    return not (fc.adds(sentence) or fc.removes(sentence))


#: a question about how things are, not a request about the member's own answers
_GENERAL_QUESTION = re.compile(r"\b(?:kan man|maa man|skal man|can one|can anyone|is it possible|"
                               r"er det muligt|hvordan|how|hvorfor|why|hvornaar|when)\b")
_ME = re.compile(r"\b(?:mig|me|my|min|mit|mine)\b")


def _two_amounts(reader: Reader, said: _Sentence, sentence: str) -> None:
    """"Meget tid efter nytår, indtil da lidt": two answers to a one-answer question in one
    sentence; which one holds is for the chair to ask."""
    now = {qid for qid, op, _ in said.choices if op == "now"}  # "meget efter nytår, men nogen for nu"
    said.choices = [(qid, "set" if op == "now" else op, names) for qid, op, names in said.choices
                    if qid not in now or op in ("now", "add", "remove")]
    given = {qid for qid, op, _ in said.choices if op == "set"}  # "Much isn't realistic - some"
    said.choices = [(qid, "set" if op == "least" else op, names) for qid, op, names in said.choices
                    if op != "least" or qid not in given]
    values: dict[str, set[str]] = {}
    for qid, op, names in said.choices:
        if op == "set" and reader.by_id[qid].type == "single":
            values.setdefault(qid, set()).update(names)
    torn = {qid for qid, names in values.items() if len(names) > 1}
    if torn:
        said.choices = [c for c in said.choices if c[0] not in torn]
        said.asked.append(sentence.strip())


def _answers(reader: Reader, sentence: str) -> bool:
    """Does the sentence name an option, a number or a question at all?"""
    typed = words(sentence)
    return bool(_options(reader, typed) or numbers(sentence) or reader.strong_labels(typed))


#: a meeting named only as a point in time ("vender tilbage efter mødet i morgen")
_WHEN_MEETING = re.compile(r"\b(?:(?:efter|after|foer|before|inden|paa|at|ved) (?:the |naeste |next |"
                           r"vores |our |sidste |last |the last )?(?:moedet|meeting)|(?:godt|fint|"
                           r"hyggeligt|good|great|nice|lovely) (?:moede|meeting)|tak for sidst)\b")


def _is_courtesy(key: str, courtesy: re.Pattern[str]) -> bool:
    return not _FOR_CHAIR.search(_WHEN_MEETING.sub(" ", key)) and bool(
        courtesy.match(key) or _META.search(key))


def _clause(reader: Reader, clause: str, ops: Ops, said: _Sentence, sentence: str) -> None:
    key = fc.key(clause)
    if _points_to_form(reader, key):  # "Rettet erfaring, resten passer"
        said.understood = True
        return
    if fc.is_reason(clause) and not _AS_BEFORE.match(key):
        return
    if _plus_years(reader, key, sentence, ops, said):
        return  # "skriv bare et år mere på erfaringen": counted from the old answer
    typed = _plain(words(clause))
    found = _options(reader, typed)
    number = _number(reader, clause, typed, sentence)
    named = reader.strong_labels(typed)
    if _joins_a_namesake(reader, typed, found):  # "være med på PFAS": the topic or the group?
        said.items.append(clause.strip())
        said.understood = True
        return
    key = _spelled(key)
    same = _SAME.search(key)
    if same and _AS_SOMEONE.search(clause):  # "skriv det samme som hos Jens"
        said.items.append(clause.strip())
        said.understood = True
        return
    label_same = _LABEL_SAME.match(key)
    if label_same and reader.labels_in([label_same.group(1)]):
        same = label_same  # "Groups the same.", "Tid samme": that question's answer stays
    if not found and number is None and same:
        # "Tiden er den samme": only the time ("samme som sidste år" names no question)
        subject = named or reader.labels_in(key[:same.start()].split())
        if len(subject) == 1 and not _THE_REST.search(key):  # "Min tid er som sidst": kept
            ops.add(next(iter(subject)), "keep")
            said.answered |= subject
        else:
            ops.unchanged = True
            said.rest_stands = bool(_THE_REST.search(key))
        said.understood = True
        return
    if found and _out_in(reader, typed, found, said):
        return
    vague = [f for f in found if f.partial and len(words(f.option.name)) > 1
             or _HELP_WITH.search(key) and f.option.question in reader.roles]  # "hjælpe med høringssvar"
    if vague and (_WORK.search(key) or _HELP.search(key) and not _NOBODY_ELSE.search(
            fc.key(sentence))):  # "arbejder med miljøtilsyn": a topic, or the network?
        said.items.append(clause.strip())
        said.understood = True
        found = [f for f in found if f not in vague]
        if not found and number is None:
            return
    if _AS_AGREED.fullmatch(key):
        return  # "..., som vi talte om": courtesy
    if found and fc.unclear_verb(clause) and _given(said, found):
        said.understood = True  # "Tilføj klima - jeg har fået klimatilpasningen ind over mit bord"
        return
    if found and (fc.unclear_verb(clause) or _REPORTED.search(_AS_AGREED.sub(" ", key))
                  or fc.hedged(typed) or fc.UNSURE.search(fc.key(sentence))
                  or fc.alternatives(typed, found)):
        said.items.append(clause.strip())
        said.understood = True
        return
    if found:
        whole = words(sentence)
        offer = bool(_MODAL & set(whole)) or bool({"hvis", "if"} & set(whole))
        before = len(said.choices)
        _choices(reader, clause, typed, found, ops, said, offer, named)
        if _CORRECTED.match(key):  # "Jeg satte kryds ved meget, men ret det til nogen"
            said.choices[before:] = [(q, "now" if op == "set" and reader.by_id[q].type == "single"
                                      else op, names) for q, op, names in said.choices[before:]]
    if number is not None:
        qid, value = number
        total = bool(fc.TOTAL.search(key) or _CORRECTED.match(key)) or key.split()[0] in _SO
        if value and said.total and not total:
            return  # "9 i alt, 5 her": the total stands
        if value and said.years - {value} and not total:  # "8 år her, før det 3 år i et firma"
            ops.values.pop(qid, None)
            said.answered.discard(qid)
            said.items.append(sentence.strip())
            return
        if value:
            said.total = total
            said.years.add(value)
            ops.values[qid] = value
            said.answered.add(qid)
            said.understood = True
        else:
            said.items.append(clause.strip())  # a range or a year: for the chair
            return
    if found and _none_of(reader, named - {f.option.question for f in found}, typed, ops, said):
        pass  # "lidt tid og ingen funktioner": both are read
    if not found and number is None:
        if _cleared(reader, named, typed, ops, said):
            return
        if f"({clause.strip()}" in sentence:
            return  # "(otte timer om måneden)", "(joined in October)": a bracket only qualifies
        if _new_topic(key):  # "og så har jeg fået grundvandsbeskyttelse ind over": asked
            said.items.append(clause.strip())
            said.understood = True
            return
        if said.choices and _BACK.search(key) and _REMOVE_VERB.search(key) and \
                said.choices[-1][1] != "remove":  # "Power-to-X-sagen er afsluttet, så den kan I fjerne"
            qid, _, names = said.choices[-1]
            said.choices[-1] = (qid, "remove", names)
            said.understood = True
            return
        if fc.adds(clause) and not fc.removes(clause) and not fc.is_reason(clause):
            said.adds = True  # "... så det skal med på mine fagområder"
        if said.choices and _BACK.search(key) and (fc.adds(clause) or _NO_ROOM.search(key)):
            said.understood = True  # "..., sæt gerne den på", "..., jeg har ikke tid til den"
            return
        if fc.is_part(clause) or _YEAR_UNITS & set(typed):
            return  # "heraf 2 her"; "et år ad gangen", "sidste år": a qualifier
        listed = [i for i in fc.items(clause) if fc.is_listed_item(i)
                  or fc.is_listed_item(fc.topic(i))]  # "Jeg laver mest grundvand og drikkevand"
        if named:
            said.unplaced.append((clause.strip(), named))
        elif listed and (len(listed) == len(fc.items(clause)) or not fc.removes(clause) and any(
                fc.topic(i) != fc.key(i) for i in listed)):  # "... og sidder nu med natur og vandløb"
            said.items.extend(i.strip() for i in listed)
        elif _TOPICS_OF_MINE.search(key) and not fc.removes(clause):
            said.asked.append(clause.strip())  # "I'm interested in the circular economy and
            # microplastics": topics of no option, however the rest of the sentence is read
        return
    for item in fc.items(clause):  # "PFAS, grundvand og drikkevand": the rest is asked
        mine = words(item)
        if len(mine) == 1 and any(fc.markers(mine)):
            continue  # "... fra starten og fortsætter": a verb, no topic
        if reader.labels_in(mine) and reader.labels_in(mine) <= said.answered:
            continue  # "lidt tid og ingen funktioner": read above
        if (fc.is_listed_item(item) or fc.is_listed_item(fc.topic(item))) and not _options(
                reader, mine) and not numbers(item):
            said.items.append(item.strip())


#: a softener after the answer ("some, I guess", "nogen tror jeg"): the answer still stands
_SOFTENERS = (("i", "guess"), ("i", "think"), ("i", "suppose"), ("i", "reckon"), ("tror", "jeg"),
              ("vil", "jeg", "tro"), ("vel",), ("nok",), ("probably",), ("vist",), ("honestly",),
              ("to", "be", "honest"), ("aerligt", "talt"), ("really",))


def is_softener(text: str) -> bool:
    """Is ``text`` only a softener ("honestly", "tror jeg")?"""
    return tuple(words(text)) in _SOFTENERS


def plain(text: str) -> str:
    """The text without a softener at its end."""
    return " ".join(_plain(words(text)))


def _plain(typed: list[str]) -> list[str]:
    for tail in _SOFTENERS:
        if len(typed) > len(tail) and tuple(typed[-len(tail):]) == tail:
            return typed[:-len(tail)]
    return typed


def _out_in(reader: Reader, typed: list[str], found: list[Found], said: _Sentence) -> bool:
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


#: "en ny kollega, som gerne vil være med i netværket": the wish is the colleague's
_THEIR_WISH = re.compile(r"\b(?:kollega|colleague)s?\b.*?\b(?:som|who|der)\b (?:\w+ )?(?:gerne )?"
                         r"(?:vil|wants?|would like|skal|kan|will)\b")
_CALENDAR = fc.set_of(
    "january february march april may june july august september october november december "
    "januar februar marts maj juni juli oktober monday tuesday wednesday thursday friday "
    "mandag tirsdag onsdag torsdag fredag christmas easter jul paaske nytaar")
_CAPITALISED = re.compile(r"(?<![\w-])[A-ZÆØÅ][a-zæøå]+")


def _on_someone_else(reader: Reader, sentence: str) -> bool:
    """An answer under a condition about another person ("hvis Bente ikke fortsætter", "if Tom
    steps down"): the member's offer depends on someone the chair must ask, so it is asked."""
    for clause in fc.clauses(sentence):
        if not fc.is_reason(clause):
            continue
        for name in _CAPITALISED.findall(clause)[1 if clause[:1].isupper() else 0:]:
            if fc.key(name) not in _CALENDAR and not find_options(words(name), reader.options,
                                                                   partial=True):
                return True
    return False


def _options(reader: Reader, typed: list[str]) -> list[Found]:
    typed = [_PLENTY.get(w, w) for w in typed]
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
        if f.partial and set(typed[f.start:f.end]) <= _THE_GROUP:
            continue  # "time for the group": the working group itself, none of its groups
        if not f.partial and typed[f.end:f.end + 1] and typed[f.end] in _THE_GROUP:
            f = _its_group(reader, typed, f)  # "the PFAS group": the group, not the topic
        before = typed[f.start - 1] if f.start else ""
        if f.partial and set(typed[f.start:f.end]) <= _NETWORK and len(before) >= 4 \
                and before.isalpha() and before not in _PLAIN_BEFORE and not any(fc.markers([before])):
            continue  # "our local climate network": a network of its own, not the option
        out.append(f)
    return out


#: joining something: "være med på", "deltage i", "join", "be part of"
_JOIN = [w.split() for w in ("med i", "med paa", "deltage i", "deltager i", "join", "joining",
                              "part of", "member of")]


def _its_group(reader: Reader, typed: list[str], f: Found) -> Found:
    """The option of another question named by ``f``'s words and the "group" after them."""
    named = set(typed[f.start:f.end])
    other = [o for o in reader.options if o.question != f.option.question and named <= set(o.words)
             and set(o.words) & _THE_GROUP]
    return Found(other[0], f.start, f.end + 1, partial=True) if len(other) == 1 else f


def _joins_a_namesake(reader: Reader, typed: list[str], found: list[Found]) -> bool:
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


#: a clause pointing back at the option before it: "sæt gerne den på", "no time for it"
_BACK = re.compile(r"\b(?:den|det|dem|it|that|them|begge dele|both)\b")
_REMOVE_VERB = re.compile(r"\b(?:fjern\w*|slet\w*|remove[ds]?|delete[ds]?|drop\w*|tages af|take (?:it|them) "
                          r"off)\b")
_NO_ROOM = re.compile(r"\b(?:ikke|no|not|t|ingen) (?:\w+ )?(?:tid|kapacitet|overskud|plads|ressourcer|"
                      r"time|capacity|room|resources)\b|"
                      # "det har taget for meget tid": too much time, as the reason
                      r"\b(?:for|too) (?:meget|much|mange|many) (?:tid|time|timer|hours)\b")
#: a role's task said for the role, where the member takes it on or swaps it: "skrive referat",
#: "I'll keep doing the minutes", "byttet høringerne ud med referaterne"
_TASK_VERB = fc.set_of("skrive skriver tage tager do doing take taking write writing byttet byt "
                       "swap swapped med with for")
_BY_THE_WAY = fc.set_of("the gerne godt ogsaa fortsat stadig over gladly happily also still")
_TASKS = {"sekretaer": fc.set_of("referat referater referaterne referatet minutes"),
          "secretary": fc.set_of("minutes minute referat referater"),
          "hoeringstovholder": fc.set_of("hoeringer hoeringerne hoeringssvar hoeringssvarene"),
          "consultation": fc.set_of("consultations consultation responses")}


def _roles_by_task(reader: Reader, typed: list[str], found: list[Found]) -> list[Found]:
    """The roles named by their task ("skrive referat" is Sekretær), where the clause takes the
    task on, gives it up or swaps it; not "kommer referatet snart?"."""
    out = []
    for option in (o for o in reader.options if o.question in reader.roles and o.words
                   and o.words[0] in _TASKS):
        if any(f.option.name == option.name for f in found):
            continue
        for i, w in enumerate(typed):
            j = i - 1
            while j > 0 and i - j <= 2 and typed[j] in _BY_THE_WAY:
                j -= 1  # "Jeg tager gerne høringerne", "I'll take over the minutes"
            before = typed[j] if j >= 0 else ""
            if w in _TASKS[option.words[0]] and (before in _TASK_VERB or fc.SWAP.search(
                    " ".join(typed)) or i <= 1 and "remove" in fc.markers(typed[i:i + 6])
                    or typed[i + 1:i + 2] == ["taker"]):  # "høringerne vil jeg gerne af med"
                out.append(Found(option, i, i + 1))
                break
    return out


#: "til formanden", "ask the chair": a role named as the person holding it
_ADDRESSED = fc.set_of("til fra to from for ask tell spoerg spoerge sporg")


def _addressed(typed: list[str], f: Found) -> bool:
    """Is the role ``f`` said of the person holding it: in its definite form right after
    "til"/"to the" & co., or congratulated on?"""
    if typed[max(0, f.start - 2):f.start] in (["tillykke", "med"], ["congratulations", "on"],
                                                ["congrats", "on"]):
        return True  # "Tillykke med formandsposten!": said to the one who has it
    word, own = typed[f.start], f.option.words[0]
    if f.start >= 2 and typed[f.start - 1] == "the" and f.end - f.start == len(f.option.words):
        return typed[f.start - 2] in _ADDRESSED
    definite = word in (own + "en", own + "n")  # "formanden", "sekretæren"; not "formandsposten"
    return definite and f.start >= 1 and typed[f.start - 1] in _ADDRESSED


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


_THE_GROUP = frozenset(("gruppe", "gruppen", "group", "grupper", "grupperne", "groups"))


def _as_answer(reader: Reader, typed: list[str], f: Found) -> bool:
    """A single-choice option as an answer: its question named ("Min tid er ... lidt"), or the
    word standing alone at the clause's end or before "tid"/"i stedet for"; not "lidt VVM"."""
    after = typed[f.end:f.end + 1]
    if typed[f.end:f.end + 2] in (["of", "time"], ["af", "tid"]):
        return True
    if after and after[0] in _NOT_ANSWER:
        return False
    if f.start and (typed[f.start - 1] == "too" or typed[f.start - 1] == "for" and typed[
            f.start - 2:f.start - 1] not in (["down"], ["up"], ["me"])):
        return False  # "det har taget for meget tid", "too much time": a reason, no amount
    if typed[f.end:f.end + 2] in (["for", "now"], ["for", "nu"], ["this", "year"], ["i", "aar"],
                                  ["indtil", "videre"]) or after == ["foreloebig"]:
        return True  # "put me down as some for now"
    if (typed[f.end:f.end + 2] in _HOLDS_FOR or after and after[0] in _HOLDS_FOR_WORD) and (
            _AS_ANSWER | _PUT_ME) & set(typed[:f.start]):
        return True  # "Time is little these months", "sæt mig på meget fremover"; not "PFAS
        # fylder meget i øjeblikket"
    if after and after[0] in _FROM_THEN and _AS_ANSWER & set(typed[:f.start]):
        return True  # "so time should be little from then on", "tiden bliver lidt fra marts"
    return not after or after[0] in _AS_ANSWER or typed[f.end:f.end + 2] in (
        ["i", "stedet"], ["instead", "of"])


def _emit(reader: Reader, said: _Sentence, ops: Ops) -> None:
    """The sentence's operations; where a sentence also takes away or adds ("ikke længere
    PFAS, men er kommet på VVM"), what it names plainly is added, not the whole answer."""
    changed = {q for q, op, _ in said.choices if op in ("add", "remove")}
    if said.adds or said.rest_stands:  # "..., så det skal med", "X, ellers uændret": added
        changed |= {q for q, _, _ in said.choices if reader.by_id[q].type == "multi"}
    for qid, op, names in said.choices:
        ops.add(qid, "add" if op == "set" and qid in changed and names else op, names)


def _choices(reader: Reader, clause: str, typed: list[str], found: list[Found], ops: Ops,
             said: _Sentence, offer: bool = False, named: frozenset[str] | set[str] = frozenset()
             ) -> None:
    key = fc.key(clause)
    by_q: dict[str, list[Found]] = {}
    for f in found:
        by_q.setdefault(f.option.question, []).append(f)
    every = _ALL_BUT.search(key)
    pivot = fc.SWAP.search(key) or fc.INSTEAD.search(key)
    start = pivot and (pivot.start("at") if pivot.groupdict().get("at") else pivot.start())
    at = len(key[:start].split()) if pivot else len(typed)
    swap = bool(fc.SWAP.search(key))
    marks = fc.markers(typed)
    for qid, hits in by_q.items():
        q = reader.by_id[qid]
        names = [f.option.name for f in hits]
        said.answered.add(qid)
        said.understood = True
        if every and q.type == "multi":
            said.choices.append((qid, "set", [o for o in q.options if o not in names]))
            continue
        if q.type == "multi" and qid in named and _BOTH & set(typed) and not fc.removes(clause):
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
            if out:
                said.choices.append((qid, "remove", out))
            continue
        polarity = {f.option.name: _polarity(typed, f, found, marks) for f in hits}
        gone = [n for n in names if polarity[n] == "remove"]
        if gone and q.type == "single" and _compared(typed, hits):
            continue  # "nogen tid, ikke så meget som sidste år": the comparison only qualifies
        if gone and q.type == "single" and any(c[0] == qid and c[1] == "set" for c in said.choices):
            continue  # "Nogen tid, men ikke meget": the bound only qualifies the answer given
        if gone and q.type == "single" and len(q.options) >= 3 and gone == [q.options[-1]]:
            said.choices.append((qid, "least", [q.options[0]]))  # "not much time": the least
            continue
        if gone and q.type == "multi" and _FOR_A_WHILE.search(key):
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
            if len(names) == 1 and _FOR_NOW.search(key):  # "men sæt Nogen for nu"
                said.choices.append((qid, "now", names))
            elif len(names) == 1:
                said.choices.append((qid, "set", names))
            else:
                said.items.append(clause.strip())
        elif any(polarity[n] == "add" for n in names) or _MODAL & set(typed) or offer:
            said.choices.append((qid, "add", names))
        else:
            said.choices.append((qid, "set", names))


#: a topic the member took on that is no option: "fået grundvandsbeskyttelse", "taken on odour"
_ACQUIRED = re.compile(r"\b(?:faaet|fik|overtaget|begyndt paa|startet paa|got|taken on|took on|"
                       r"picked up|started on) (\w+)(?: (?:ind over|ind|med|ogsaa|nu|too|as well|now))?$")
_NO_TOPIC = fc.set_of("mere mindre tid time lidt noget nogen en et ny nye nyt new a an the some more "
                      "less kollega kollegaer colleague colleagues chef boss barn baby job stilling "
                      "opgaver tasks besked svar answer mail email det den dem it them that")


def _new_topic(key: str) -> bool:
    """Does the clause say the member took on something named by a noun of its own?"""
    m = _ACQUIRED.search(key)  # the noun right after the verb, ending the clause
    return m is not None and len(m.group(1)) >= 6 and m.group(1) not in _NO_TOPIC


_PLUS_YEARS = re.compile(r"\b(\w+) (?:aar|years?) (?:mere|more)\b")


def _plus_years(reader: Reader, key: str, sentence: str, ops: Ops, said: _Sentence) -> bool:
    """"et år mere på erfaringen": a number of years to add to the old answer, when the sentence
    names the number question."""
    q, plus = reader.number_question(), _PLUS_YEARS.search(key)
    if q is None or plus is None or word_number(plus.group(1)) is None or q.id not in \
            reader.labels_in(words(sentence)) or numbers(key.replace(plus.group(1), " ", 1)):
        return False
    ops.values[q.id] = f"+{word_number(plus.group(1))}"
    said.answered.add(q.id)
    said.understood = True
    return True


def _given(said: _Sentence, found: list[Found]) -> bool:
    """Were all of ``found`` already given (not taken away) earlier in the sentence? Then a
    clause naming them again only tells why."""
    given = {n for _, op, names in said.choices if op != "remove" for n in names}
    return all(f.option.name in given for f in found)


def _compared(typed: list[str], hits: list[Found]) -> bool:
    """"ikke så meget som sidste år", "not as much as before": a comparison, no amount."""
    return any(typed[f.end:f.end + 1] in (["som"], ["as"], ["end"], ["than"]) for f in hits)


def _polarity(typed: list[str], f: Found, found: list[Found], markers: list[str]) -> str:
    """"remove", "add" or "": the nearest marker before the option in its clause, else one
    after the clause's last option ("luft og klima har jeg afleveret", "Formand nej")."""
    if fc.own_particle(typed, f):
        return fc.OUT_IN[typed[f.end]]  # "affald skal ud og jord ind": its own particle
    earlier = [g.end for g in found if g.end <= f.start]
    for i in range(f.start - 1, max(earlier, default=0) - 1, -1):
        if markers[i]:
            return markers[i]
    if earlier:  # "ikke PFAS og støj": a marker before the option before covers it too
        before = max((g for g in found if g.end <= f.start), key=lambda g: g.start)
        return _polarity(typed, before, found, markers)
    later = min((g.start for g in found if g.start >= f.end), default=None)
    for i in range(f.end, later or f.end):  # "affald skal ud og jord ind": up to the "og"
        if typed[i] in ("og", "and", "samt"):
            break
        if markers[i]:
            return markers[i]
    last = max(g.end for g in found)
    return next((m for m in markers[last:] if m), "")


def _number(reader: Reader, clause: str, typed: list[str], sentence: str
            ) -> tuple[str, str] | None:
    """(number question, value) when the clause gives a number of years; value "" when it
    gives one Tovholder must not record (a range, a year, two numbers)."""
    q = reader.number_question()
    clause = _PART_BRACKET.sub(" ", clause)  # "5 years (2 of them in Denmark)"
    found = current(clause)
    if q is None or not found or fc.is_part(clause) or _SPAN.search(fc.key(clause)):
        return None
    unit = bool(_years_said(typed) or reader.strong_labels(typed) & {q.id}
                or fc.TOTAL.search(fc.key(clause)))
    others = [w for w in typed if not w.isdigit() and w not in reader.number_ok
              and w not in _SO and not _is_number_word(w)]
    sentence_unit = bool(_years_said(words(sentence))  # "apart from experience: 21 now"
                         or reader.strong_labels(words(sentence)) == {q.id})
    if not unit and not (not others and (sentence_unit or fc.key(sentence) == fc.key(clause))):
        return None if all(n in YEARS for n in found) else (q.id, "") if unit else None
    totals = [n for i in fc.items(clause) if fc.TOTAL.search(fc.key(i)) for n in numbers(i)]
    if len(found) > 1 and len(totals) == 1:  # "3 år her og 15 år i alt"
        found = totals
    if len(found) != 1 or found[0] in YEARS:
        return q.id, ""
    return q.id, text_number(found[0])


#: years that date something else: "nu efter fire år", "ikke haft en sag i to år"
_SPAN = re.compile(r"\b(?:efter|after) (?:\S+ )?(?:aar|years?)\b(?! (?:i|in|med|with|som|as) )|"
                   r"\b(?:ikke|not|n t|never|aldrig|no)\b(?: \S+)* (?:i|in|for) (?:\S+ )?(?:aar|years?)\b|"
                   # "de næste to år", "the next two years", "om to år": a period ahead
                   r"\b(?:naeste|next|kommende|coming|foerste|first|within|om) \S+ (?:aar|years?)\b")
_PART_BRACKET = re.compile(r"\((?=[^()]*\b(?:of them|of those|heraf|af dem|herunder)\b)[^()]*\)",
                           re.IGNORECASE)


_WHICH_YEAR = fc.set_of("this last next i sidste naeste hvert every each per om")


def _years_said(typed: list[str]) -> bool:
    """A unit of years not naming a year ("this year", "i år", "om året")."""
    return any(w in _YEAR_UNITS and not (i and typed[i - 1] in _WHICH_YEAR)
               for i, w in enumerate(typed))


def _is_number_word(word: str) -> bool:
    return bool(numbers(word))


def _cleared(reader: Reader, named: set[str], typed: list[str], ops: Ops, said: _Sentence
             ) -> bool:
    """"det under andet kan slettes": a text answer cleared; "ikke med i nogen af grupperne":
    every option of a named multiple-choice question taken away."""
    if not named:
        return False
    if _none_of(reader, named, typed, ops, said):
        return True
    every = {"begge", "both", "alle", "all"} & set(typed)
    for qid in named:
        q = reader.by_id[qid]
        if q.type == "multi" and every and not fc.removes(" ".join(typed)):
            ops.add(qid, "set", list(q.options))
        elif not fc.removes(" ".join(typed)):
            continue
        elif q.type == "text" and {"slet", "slette", "slettes", "slettet", "fjern", "fjerne",
                                 "fjernes", "delete", "deleted", "remove", "removed"} & set(typed):
            ops.values[qid] = ""
        elif q.type == "multi" and {"nogen", "any", "alle", "all"} & set(typed):
            ops.add(qid, "set")
        else:
            continue
        said.answered.add(qid)
        said.understood = True
        return True
    return False


def _none_of(reader: Reader, named: set[str], typed: list[str], ops: Ops, said: _Sentence
             ) -> bool:
    """"Ingen funktioner lige nu", "no functions for now": every option taken away."""
    for qid in named:
        if reader.by_id[qid].type == "multi" and any(
                i and typed[i - 1] in ("ingen", "no") and reader.labels_in([w]) == {qid}
                for i, w in enumerate(typed)):
            ops.add(qid, "set")
            said.answered.add(qid)
            said.understood = True
            return True
    return False
