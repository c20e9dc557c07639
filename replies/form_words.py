"""A member's own words -> answers to form questions. Pure.

Reads lines like ``Interesser: PFAS og spildevand``, ``Erfaring 12 år``, ``Jeg kan godt være
sekretær``, ``alle undtagen støj``, ``ingen``, ``som sidst``. A line with a label (``Tid:``, a
question's number) answers that question; a line without one is read sentence by sentence and
clause by clause (tovholder.replies.form_sentences): reasons and courtesy around an answer stop
nothing, and what cannot be placed is handed back as text for the chair, never guessed into an
answer. Each answer remembers the words it was read from (``Ops.words``), for the confirmation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from tovholder.replies.form_clauses import (
    ADDED_AFTER,
    EITHER,
    FOR_NOW,
    LATER_MORE,
    MAINLY,
    MONTHS,
    TOTAL,
    UNSURE,
    alternatives,
    clauses,
    from_to,
    hedged,
    is_listed_item,
    is_part,
    is_reason,
    items,
    markers,
    own_particle,
    removes,
    sentences,
    signed_items,
)
from tovholder.replies.form_clauses import adds as fc_adds
from tovholder.replies.form_for_chair import OWN_AGAIN
from tovholder.replies.form_numbers import (
    DATE,
    FRACTION,
    OLD_NUMBER,
    PLUS_OTHER,
    YEARS,
    current,
    numbers,
    text_number,
    word_number,
)
from tovholder.replies.form_option_words import A_BIT, plenty
from tovholder.replies.form_sentences import read_own
from tovholder.replies.form_softeners import is_softener
from tovholder.replies.form_softeners import plain as _plain
from tovholder.replies.form_text import CHOICE, label
from tovholder.replies.form_unplaced import SORRY, WORKLOAD
from tovholder.replies.form_weighed import YOU_DECIDE
from tovholder.replies.fuzzy import (
    LINKS,
    Found,
    Option,
    find_options,
    fold,
    prepare,
    rejoin,
    word_matches,
    words,
)
from tovholder.sheets.model import Question
from tovholder.sheets.starter import EXAMPLES


def _set(text: str) -> set[str]:
    return set(text.split())


# Folded words that carry no answer of their own (Danish and English).
STOP = LINKS | _set(
    "jeg du vi man har er var kan vil skal gerne godt ogsaa desuden derudover samt eller men "
    "arbejder beskaeftiger sidder deltager mest primaert isaer hovedsageligt nok fx bl a ca "
    "meget lidt mere noget nogle alt alle min mit mine dit din som at faa tage paatage mig "
    "rollen rolle vaere blive gerne stadig fortsat nu pt p t omraade omraadet omraader "
    "i am is are was can could would will also mostly mainly my the with work working be take "
    "on as a role happy glad interested interesse interesseret especially still now x "
    "arbejde arbejdet gruppens gruppen interne laengere longer svar her hermed nu here are "
    "ja tak yes please "
    "kun only baade saa desvaerre efterhaanden herfra tiden kommet begyndt startet skiftet sager "
    "sagerne opgaver projekter these days bit lot quite currently lately recently anymore "
    "faaet fik got saet sat skriv noter ret aendr aendre put mark change set me mig down ned")
_YES = {"ja", "yes", "jo", "ok"}  # "Interesser: ja, klima også": an assent, nothing listed
ADD = {"ogsaa", "tilfoej", "plus", "add", "also", "desuden", "derudover", "ny", "nyt", "new"}
REMOVE = {"ikke", "nej", "fjern", "slet", "uden", "remove", "not", "no", "stopper", "stoppet", "udgaaet",
          "droppet", "drop", "undtagen", "except"}
_NONE = re.compile(r"^(ingen|intet|ingenting|nej|none|no|nothing|n ?a|0|ikke nogen|ingen af "
                   r"dem|none of them|ikke relevant|not applicable|ikke lige nu|ikke nu|ikke endnu|"
                   r"not (?:right )?now|not yet|ikke i aar|not this year|"
                   # a newcomer's "ikke det første år", "not in my first year"
                   r"ikke (?:i )?(?:det|mit) foerste aar|not (?:in )?(?:the|my) first year)"
                   r"( (lige nu|nu|now|pt|p t|for tiden|i oejeblikket|at the moment|right now|tak|"
                   r"thanks|desvaerre|i aar|i aaret|this year|for now|foreloebig|endnu|yet|sorry|"
                   r"beklager|unfortunately|i m afraid|laengere|mere|any more|anymore|no more|"
                   r"denne gang|this time|i denne "
                   r"omgang|i foerste omgang|for the time being))*$")
_ALL = re.compile(r"^(alle|all|samtlige|alle sammen|all of them|alt|everything|alle muligheder|"
                  r"begge|both|begge dele|begge to|alle tre|both of them|all three)"
                  r"(?: (?:undtagen|paa naer|bortset fra|men ikke|except|but not|apart from) "
                  r"(?P<but>.+))?$")
_COMMA_OR_DASH = re.compile(r"\s*,\s*|\s+[–—-]\s+")
UNCHANGED = re.compile(
    r"^(?:ellers |resten er |resten |alt andet er |og ellers |otherwise |the rest is |der er |"
    r"there are |there is |jeg har |i have )?(?:about |roughly |pretty much |omtrent |nogenlunde |"
    r"cirka |ca |stort set )?"
    r"(ingen (?:aendringer|aendring|nye aendringer|forandringer)|uaendret|uaendrede|som sidst|"
    r"(?:det )?samme (?:svar )?som (?:sidst|sidste aar|sidste gang|foer|tidligere|i fjor)|"
    r"som sidste (?:aar|gang)|same as last year|alt er (?:som (?:sidst|foer)|"
    r"uaendret)|intet (?:nyt|er aendret|aendret)|ingenting er aendret|alt som foer|som foer|"
    r"no changes?|unchanged|same as (?:last time|before)|nothing (?:has )?changed|"
    r"all (?:still )?(?:correct|the same)|(?:jeg har )?(?:ikke aendret noget|intet aendret)|"
    r"(?:der er )?ikke (?:noget|nogen) (?:nyt|aendringer)|(?:i have )?(?:not changed anything|"
    r"changed nothing)|(?:mine )?svar er (?:de )?samme(?: som sidst)?|(?:de|det|the) samme|the same|"
    r"samme|same|"
    r"(?:the )?same as now|(?:det )?samme som nu|som nu)"
    # what people add after it: "herfra", "i forhold til sidste år", ", thanks", an emoji
    r"(?: (?:herfra|fra min side|fra mig|from me|on my side|i aar|denne gang|this time|tak|"
    r"thanks|thank you|overhovedet|at all|i forhold til (?:sidste aar|sidste gang|sidst|foer)|"
    r"compared to (?:last year|last time|before)|i oevrigt|ellers|otherwise|for resten|"
    r"apart from that|bortset fra det))*$")
_FILLER = re.compile(
    r"^((hej|hejsa|hi|hello|hey|dear|kaere|goddag|godmorgen|hei|hiya|morning|good morning|hallo|"
    r"godan dag|qujanaq|takk|tack|takk fyri|hoi|moin|hola|bonjour|salut|thx|ty)( \w+){0,3}|[^\W\d_]|"
    r"((rigtig |god |glaedelig |merry |happy )?(god jul|godt nytaar|glaedelig jul|christmas|new year|"
    r"god weekend|god (?:sen)?sommer|god ferie|godt (?:efteraar|foraar)|god (?:vinter|hoest)|"
    r"have a (?:nice|good|great) \w+))( \w+){0,4}"
    r"( (hvis|if) (vi|we) (ikke|don t|do not) (ses|meet|see each other)( \w+){0,2})?|"
    r"((og |and )?(mange |tusind )?tak|thanks|thank you|ok|okay|fint|super|perfekt|hermed|vedhaeftet|"
    r"saadan|se her|voila|here you go|done|rettet|udfyldt|besvaret|klar|opdateret|updated)\b.{0,40}|"
    # "Pasted from my notes:", "Kopieret fra mine noter:"
    r"(pasted|copied|kopieret|indsat|klippet) (in )?(from|fra|ind fra) ( ?\w+){1,4}|"
    # "Tyve år i år – tiden flyver!"
    r"(tiden|time) (flyver|flies|gaar hurtigt)( \w+){0,2}|"
    # a typo owned up to: "Tastefejl 🙈", "my typo"
    r"((en|min|my) )?(tastefejl|slaafejl|typo|my bad|min fejl)( \w+){0,3}|"
    # thanks for being let in: "Tak fordi I godkendte mig som nyt medlem på mødet"
    r"((mange |tusind )?tak|thanks|thank you) (fordi|for at|for) .{0,30}\b(godkend\w*|optag\w*|approv\w*|"
    r"welcom\w*|velkomme\w*|accept\w*)\b.{0,40}|"
    r"((hej|hi|hello|hey|og|and|men|but|so|saa) )?(sorry|undskyld|beklager|apologies|my apologies)\b.{0,160}|"
    # why the number was wrong: "Jeg havde ikke talt årene i Vejle med", "I hadn't counted my
    # years abroad"
    r"(jeg )?(havde|har|glemte at) (ikke )?(talt|regnet|medregnet|taget) (\w+ ){0,5}med|"
    r"(i )?(had not|hadn t|didn t|did not|forgot to) (count|include|add)\w*( .{0,50})?|"
    # "havde glemt mine år i Horsens", "I'd forgotten my years in Malmö"
    r"(jeg )?(havde |har )?(glemt|glemte) (at (\w+ )?)?(\w+ )?(mine |de )?(aar|aarene|years)( \w+){0,4}|"
    r"(i )?(had |d |have |ve )?(forgot|forgotten) (about |to count )?(my |the )?(\w+ )?years( \w+){0,4}|"
    # a newcomer in another's place: "Hej, jeg er den nye i Vestby efter Henrik"
    r"((hej|hi|hello) )?(jeg er|i m|i am) (den|the) (nye|new)( (kollega|colleague|medarbejder|officer|"
    r"one))?( (i|in|at|paa|hos|fra|from) \w+)?( (efter|after|i stedet for|instead of) \w+)?|"
    r"(by the way|btw|forresten|i oevrigt|for the record)|"
    # back from the holidays: "Lige tilbage fra ferie", "Håber I har haft en god sommer"
    r"((jeg er|i m|i am|er|just|lige|saa er jeg) )*(tilbage|back|hjemme|home) (fra|from|efter|after) "
    r"(\w+ )?(\w*ferie\w*|holiday\w*|vacation\w*|(the |summer |christmas )+(holiday\w*|break)|"
    r"jul\w*|christmas|nytaar|new year|\w*orlov|\w*barsel|(parental |maternity |paternity )?leave)"
    r"( \w+){0,3}|"
    r"((jeg|vi|i) )?(haaber|hope) (at )?(i|du|alle|you|everyone|all of you)( alle| all| sammen)* "
    r"(har haft|havde|har nydt|had|have had|enjoyed|got) (en |a )?(\w+ )?(sommer|ferie|sommerferie|"
    r"summer|holiday|holidays|vacation|break)( \w+){0,3}|"
    # congratulations to someone else: "tillykke til Jonas med formandsposten"
    r"((og|and) )?(tillykke|congratulations|congrats)( \w+){0,6}|"
    # looking forward, nice to hear from you: "Glæder mig til forårsmødet", "Godt at høre fra jer"
    r"((jeg|vi) )?glaeder (mig|os) (\w+ ){0,2}til (at ses|at (se|moede|moedes med) (jer|dig|alle)|det|"
    r"\w*moedet|"
    r"(det )?naeste (\w+ )?moede|\w*seminaret|\w*turen|\w*ekskursionen)( \w+){0,3}|"
    r"((i m|i am|we re|we are) )?looking forward to (it|seeing (you|everyone)|(the |our |next )+"
    r"(\w+ )?(meeting|seminar|trip))( \w+){0,3}|"
    r"((det er|it s|it is) )?(godt|dejligt|rart|nice|good|great|lovely) (at hoere|to hear) (fra|from) "
    r"(jer|dig|you|alle)( igen| again)?|"
    # the language or letters of the reply itself: "Jeg svarer lige på dansk", "no Danish letters"
    r"((hej|hi) )?((jeg|i|i m|i am|i ll|i will) )?(svarer|skriver|answer\w*|reply\w*|writ\w*) "
    r"(lige |bare |just )*(paa|in) (dansk|engelsk|danish|english)( \w+){0,3}|"
    r".{0,40}\b(danske tegn|danish (letters|characters|keyboard)|aeoeaa|ae oe aa)\b.{0,40}|"
    # the reply's own way here: "telefonen ville ikke lade mig svare på den rigtige mail"
    r".{0,60}\b(svare paa den rigtige (e ?mail|mail|traad)|reply to the right (e ?mail|mail|"
    r"thread))\b.{0,20}|"
    # "..., saa undskyld stavningen", "sorry for the typos": the spelling of the reply
    r"(?=.*\b(undskyld|baer over|sorry|excuse|beklager|pardon)\b).{0,100}\b(stavning\w*|\w*bogstaver\w*|"
    r"(aa|ae|oe) ?erne|"
    r"slaafejl\w*|tastefejl\w*|typos?|spelling|autocorrect\w*)\b.{0,20}|"
    # "Sender lige fra min private", "writing from my phone": where the reply comes from
    r"((jeg|i m|i am) )?(sender|skriver|writing|sending|svarer) (lige |just )?(fra|from) (min |mit |my |"
    r"en |a )?"
    r"(\w+ )?(private?|privat\w*|phone|mobil\w*|telefon\w*|tlf|home|personal|iphone|ipad)( \w+){0,3}|"
    # the reply announced: "Her kommer min opdatering for 2026", "Here's my update"
    r"(her kommer|hermed|here is|here s|here are|here comes) (mit|min|mine|my) (\w+ )?(svar|bidrag|"
    r"opdatering|update|answers?|reply|input)( \w+){0,3}|"
    r"((hej|hi|hello) )?(in english|paa (dansk|engelsk))( (if that s|if that is|hvis det er) (ok|okay|fine|"
    r"alright|i orden))?( (i write|i usually write|jeg skriver|my danish|mit dansk) .{0,90})?|"
    # "Dejligt at være med igen", "good to be back": glad to be there
    r"(det er )?(dejligt|rart|godt|skoent|nice|good|great|lovely) (at vaere|to be) (med |tilbage |back )"
    r"(igen |again )?.{0,40}|"
    # late or in a hurry: "Jeg er lidt bagud, undskyld", "Late, sorry", "Sidder mellem to møder"
    r"((jeg er|i m|i am|er|sorry|undskyld|beklager) )*((lidt|lige|very|so|a bit|rather|noget|meget|"
    r"super|lidt sent) )*(bagud|sent ude|late|behind)( (med|with|on) .{0,40})?|"
    r"(((jeg )?sidder|(i m |i am )?(typing|writing|sitting)|svarer|skriver) )(lige |just )?(mellem (to )?"
    r"moeder\w*|between (two )?meetings|on the go|on my phone|in a hurry|i toget|on the train|"
    r"paa farten|i farten|i en fart)( \w+){0,3}|"
    # where it is sent from and why: "Svarer lige fra privaten, arbejdsmailen driller i dag"
    r"(((jeg )?(svarer|skriver|sender)|(i m )?(writing|replying|answering)) )?(lige |just )?(fra|from) "
    r"(privaten|hjemmet|home|my home|my private \w+)( \w+){0,3}|"
    r"(arbejdsmailen|arbejdsmail|min mail|mailen|outlook|my (work )?(e ?mail|mail)|work e ?mail)"
    r"( (paa|on) (\w+ )?(pc en|pc|computeren|the pc|laptop|min computer|my computer|my laptop))? "
    r"(driller|drillede|virker ikke|er nede|is down|isn t working|wasn t working|is playing up)( \w+){0,2}|"
    # an answer found in the drafts: "det lå i kladder", "found it in my drafts"
    r".{0,60}\b(i|in) (mine |my |the )?(kladde\w*|drafts?|udbakke\w*|outbox)( mappen| folder)?"
    r"( igen| again)?|"
    r"(\w+ )?(kladde|draft)( (fra|from) [\d ]{1,10})?|(on the train|i toget|on the go|paa farten)( sorry)?|"
    # a newcomer's first time: "It is my first time, so please tell me if something is wrong"
    r"(it is|it s|this is|det er) (my|min|mit) (first|foerste) (time|gang)( (so |saa )?(please )?"
    r"(tell me|let me know|sig til|giv besked) (if|hvis) (something|anything|noget) (is|er) (wrong|forkert|"
    r"galt|missing|mangler))?|"
    r"(der er sket|a few things have happened|a lot has happened) (lidt|en del|meget|noget|et par ting)?"
    r"( siden sidst| since last time| siden sidste (aar|gang)| since last year)?"
    r"( (saa|so) (her kommer|here comes|here is|here s) (det|it|det hele|everything|alt))?|"
    # a word of regret or surprise alone: "Desværre", "Ups", "uha", "well"; "On the positive side"
    r"(on the (positive|bright|plus) side|on a (positive|brighter) note|til gengaeld|heldigvis|"
    r"fortunately|luckily)|"
    r"(desvaerre|unfortunately|sadly|ups|uha|hmm+|well|obviously|naturligvis|selvfoelgelig)|"
    r"(sendt|skrevet|sent|written|typed) (lige |just )?(i en fart|i farten|mellem (to )?moeder\w*|"
    r"in a hurry|between (two )?meetings|on the go|on my phone|fra (min )?telefon\w*|from my phone)"
    r"( saa kort| so short)?|"
    r"(fandt|found) (den|det|mailen|skemaet|it|the e ?mail|the form) (igen |again )?(i|in) (min |my )?"
    r"(indbakke\w*|inbox|spam\w*)|"
    r"(jeg )?(har )?svaret (under|ved) (hvert|hver|alle|de enkelte) (spoergsmaal|punkt\w*)|"
    r"i (ve )?answered (under|below) each (question|point)|"
    r"(se|see) (mine |my |the )?(flueben|kryds\w*|ticks?|marks?|afkrydsning\w*)|"
    r"(happy|glad) to (help|contribute|be part of it)( again| as before)?|"
    r"(glad|glade) for at (vaere|komme) (tilbage|med igen|med)|"
    r"tak for (en |den )?(god|fin|varm|dejlig) (modtagelse|velkomst)( (paa|at|i|in) (sidste |the last )?"
    r"(\w+ )?(moede\w*|meeting|gruppen|the group)( (i|in) \w+)?)?|"
    r"(a few|some|et par|nogle|lidt) (updates|changes|opdateringer|aendringer|rettelser|nyt)"
    r"( (from (me|my side)|fra (mig|min side)|herfra))?|"
    r"(meget )?(nemmere|lettere|easier|simpler|bedre|better) (skema|form)( end sidst| than last time)?"
    r"( tak| thanks)?|"
    r"(jeg )?((havde|har) (talt|regnet|skrevet|lagt)|talte|regnede|skrev) (forkert|galt) (sammen )?"
    r"(sidste (aar|gang)|sidst|i fjor)?|"
    r"(i )?(had|got) it wrong (last (year|time))?|"
    r"(first time|foerste gang) (answering|filling in|doing|jeg svarer paa|jeg udfylder) "
    r"(this|it|skemaet|det)|"
    r"(det )?(har jeg|i ve|i have) (allerede |already )?(skrevet|sagt|fortalt|written|told|mentioned)"
    r"( it| det)? (til|to) (formanden|the chair)( om| about it)?|"
    r"((saa|so) )?(her kommer|here comes|here it is|here they are|her er) (det|de|dem|it|they|svarene|"
    r"the answers)?|"
    # how a newcomer came: "som er kommet med i gruppen efter sammenlægningen", "I joined the
    # environment department in March", "I moved here from Germany in the spring"
    r"((som|who|der) )?((er|har|have|has) )?(kommet|joined|blevet) (med )?(i |into |to )?(gruppen|the group)"
    r"( (efter|after|i|in|fra|from|siden|since) (the |den |det )?\w+( \w+)?)?|"
    # ("I'm Sofia and I joined ...", "Camilla, startet i feb. i Eksempel Kommune")
    r"((i m|i am|jeg hedder|jeg er|my name is|mit navn er|this is|det er) \w+( \w+){0,2} (and|og) )?"
    r"((and|og) )?(i|jeg) (joined|started (in|at|with)|begyndte (i|hos)|startede (i|hos)) (the |det |den )?"
    r"(\w+ ){0,5}"
    r"(department|afdeling\w*|kommune\w*|municipality|team\w*|center\w*|group|gruppen)( (there|her|der))?"
    r"( (in|i|on|paa|per|pr|den|from|fra|since|siden) (\w+ ?){1,3})?( just before the merger)?|"
    r"(coming|having come|kommer|kom|komme|kommende) (here |hertil |to denmark |til danmark )?(from|fra) "
    r"(the )?\w+( \w+){0,2}|"
    r"(\w+ )?(startet|started|begyndt|ansat|employed) (i|in|hos|at|den|d|per|pr|on) (\w+ ?){1,5}|"
    r"((taking over|and took over|overtager|overtog) (from|efter|after)|afloeser|afloeste|replacing|"
    r"succeeding) "
    r"[a-z]+( [a-z]+)?|"
    r"(i|jeg) (moved|flyttede|kom) (here |hertil |to denmark |til danmark )?(from|fra) \w+"
    r"( (in|i) (the )?\w+)?"
    r"( (and|og) (joined|kom med i) (the group|gruppen)( (after|efter) (the )?\w+)?)?|"
    # the unit's new name: "Our team got a new name but that probably doesn't matter"
    r"((our|vores|my|min|mit) )?(team|unit|department|afdeling|center|centre|enhed)(et|en)? (got|has|fik|har "
    r"faaet|has got) (a )?(new|nyt) (name|navn)( (but|men) (that|det) (\w+ )?(doesn t|does not|er) (matter|"
    r"ligegyldigt|underordnet))?|"
    r"((i|jeg|who|som|der) )?(came|kom|joined|kom med|came over) (with|med|after|efter|via|through) "
    r"(the |den |det )?(merger|sammenlaegning\w*|fusion\w*)|"
    r"(just |lige )?(before|after|efter|foer|inden) (the |den |det )?(merger|sammenlaegning\w*|fusion\w*|"
    r"omstrukturering\w*|reorgani[sz]ation|omorgani\w*)|"
    # "håber det er ok", "no time to look it through": about the reply, not an answer
    r"(jeg |i )?(haaber|hope) (at )?(det er|that s|that is|it s|it is|this is) (ok|okay|fint|i orden|fine|"
    r"alright)|"
    r".{0,30}\b(ikke (haft |fundet )?tid til at|not had (the )?time to|haven t had (the )?time to|"
    r"didn t have (the )?time to|no time to) (kigge|se|look|go|read|laese|gaa|check|tjekke)( \w+){0,3}$|"
    # no comments at all: "Ingen kommentarer herfra", "No comments from me"
    r"(ingen|no) (kommentarer|bemaerkninger|comments)( (herfra|fra mig|fra min side|from me))?|"
    # a newcomer introducing themself: "I'm one of the three new ones", "jeg er ny i gruppen"
    r"((jeg er|i m|i am) )?(en af de (\w+ )?|one of the (\w+ )?)?(ny|nye|new)( (ones?|members?|medlem|"
    r"medlemmer|i gruppen|in the group|her|here)( here| her)?)?( (fra|from|since|siden) (\w+ ?){1,4})?"
    r"( men ikke i faget| but not to the field)?|"
    r".{0,60}\b(nedenfor|herunder|forneden|below|inline|i mailen|i teksten|i skemaet|krydset|"
    r"markeret|marked|sat x|mine svar|my answers|svarene|slettet|fjernet|deleted|removed|"
    r"(?:det|dem|those) (?:der|som|that) (?:ikke )?(?:passer|apply|applies))\b.{0,40})$")
#: a closing line ("Mvh", "Kh Jens", "Kind regards"): what follows is name, title and phone
SIGNOFF = re.compile(
    r"^(med venlig hilsen|venlig hilsen|venligst|mvh|vh|kh|k h|kaerlig hilsen|hilsen|de bedste "
    r"hilsner|bedste hilsner|god dag|kind regards|best regards|regards|best|cheers|thanks|"
    r"many thanks|br|sincerely|yours|vanliga halsningar|med vanlig halsning|helsing|groetjes|groeten|"
    r"met vriendelijke groet\w*|mit freundlichen grussen|mit freundlichen gruessen|viele grusse|"
    r"viele gruesse|liebe grusse|mfg|ha det bra|ha det godt|med vanliga halsningar|vennlig hilsen)"
    r"( \w+){0,3}$")
#: a time to come: "later in the year", "til foråret", "next year", "efter sommerferien"
_LATER_ON = re.compile(r"\b(?:later|senere|next year|naeste aar|til (?:foraaret|efteraaret|sommer\w*|"
                       r"vinter\w*|nytaar|jul)|in the (?:spring|autumn|fall|summer|winter)|"
                       r"after (?:the )?(?:summer|new year|holidays?|christmas)|"
                       r"efter (?:sommer\w*|nytaar|jul\w*|ferie\w*))\b")
_STAY_IN = re.compile(r"^(?:i ll |i will |i |jeg )?(?:stay|remain|continue|bliver|forbliver|fortsaetter)"
                      r"(?: (?:gerne|stadig|still))? (?:in|i|med i) (?=\w+$)")
_AND_WORD = re.compile(r"\s+(?:og|and)\s+(\w+)\b", re.IGNORECASE)
_COURTESY = re.compile(f"(?:{_FILLER.pattern})|(?:{SIGNOFF.pattern})")
_NUMBER_OK = _set("ca cirka omkring about approx approximately aar aars years year yrs godt "
                  "skriv skrive saet put write make change ret aendr til to "  # "så skriv 10"
                  "efterhaanden now snart nearly almost roughly some over mindst least at "
                  "er nu har jeg lige under i alt have has i ve about around "
                 "knap naesten snart over mere end erfaring experience med of i paa det it "
                 "up to op til faktisk egentlig actually really")  # "tretten nu faktisk"
SYNONYMS = {  # extra label words for the default questions, by folded id
    "interesser": "interesse interesseomraader fagomraader omraader emner fag arbejdsomraader",
    "interests": "interest areas topics subjects fields",
    "grupper": "arbejdsgrupper netvaerk gruppe netvaerksgrupper",
    "groups": "group working networks network",
    "funktioner": "funktion roller rolle opgaver poster hverv tillidsposter tillidspost tillidshverv",
    "functions": "function roles role tasks",
    "erfaring": "aar aars anciennitet erfaringer",
    "experience": "years",
    "tid": "tidsforbrug timer kapacitet",
    "time": "hours availability capacity",
    "andet": "bemaerkninger bemaerkning kommentarer kommentar oevrigt note noten",
    "other": "comments comment notes note remarks",
}
# Members answer in the other language too ("I work with noise" to the Danish form): each
# default question also answers to its counterpart's label words.
for _da, _en in (("interesser", "interests"), ("grupper", "groups"), ("funktioner", "functions"),
                 ("erfaring", "experience"), ("tid", "time"), ("andet", "other")):
    SYNONYMS[_da], SYNONYMS[_en] = (f"{SYNONYMS[_da]} {_en} {SYNONYMS[_en]}",
                                    f"{SYNONYMS[_en]} {_da} {SYNONYMS[_da]}")
#: "kan godt være formand", "I could be secretary": a willingness, added to what was chosen
MODAL = _set("kan kunne gerne can could willing villig")
_NUMBERED = re.compile(r"^\s*(?:spm\.?\s*|q\.?\s*)?(\d{1,2})\s*[.)]\s+(\S.*)$", re.IGNORECASE)
#: "Q4 21", "Spm 3 – ingen", "4 - 15 år", "1 samme": a question's number without "." or ")"
#: (a bare "3 år i kommunen" is years, not question 3)
_NUMBERED_LOOSE = re.compile(r"^\s*(?:(?:spm\.?|q\.?|question|sp[øo]rgsm[åa]a?l)\s*(\d{1,2})\s*[-–—:]?"
                             r"|(\d{1,2})\s*[-–—]"
                             r"|(\d{1,2})(?=\s+(?:samme|same|uændret|unchanged|ditto|som før|as before)\b))"
                             r"\s+(\S.*)$", re.IGNORECASE)
_NEXT_LABEL = re.compile(r"(?:[-–—,;.]|\s[-–—])\s*([^\W\d_][\w ]{1,20}?)\s*:")
_SOMETHING_ELSE = re.compile(r"\b(?:noget|something|anything|en ting|one thing)\s+(?:helt\s+|completely\s+)?"
                             r"(?:andet|else|different)\b")
_MY = _set("my mine min mit the")
#: "Roles - none, sorry", "Grupper – ingen": a label, a dash with spaces, the answer
_DASH_LABEL = re.compile(r"^\s*([^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,2})\s+[-–—]\s+(\S.*)$")
#: "A short note:", "En lille bemærkning:": an indefinite article makes a lead-in, no label
_A_NOTE = re.compile(r"^(?:(?:og|and|also|ogsaa|saa|so|plus) )*(?:a|an|en|et|one|just a|bare en)"
                     r"(?: \w+)? (?:note|comment|remark|bemaerkning|kommentar|note)"
                     # "Og så en kommentar til gruppen:": a message, not the label of Andet
                     r"(?: (?:til|to|om|about|on) (?:gruppen|the group|jer|you all|alle|everyone|"
                     r"arbejdet|the work|moederne|the meetings))?$")
_ROLES = re.compile(r"funktion|function|rolle|role|hverv|poster|posts")
_BRACKETED = re.compile(r"\s*\([^()]*\)")
#: "lidt fra januar", "little from January": when the answer holds from, not what it is
_FROM_WHEN = re.compile(
    r"\s+(?:fra|from|starting|efter|after)\s+(?:the\s+)?(?:(?:januar|februar|marts|april|maj|juni|juli|"
    r"august|september|oktober|november|december|january|february|march|may|june|july|october|"
    r"nytaar|nytår|new year)\b|(?:naeste|næste|next) (?:aar|år|year)\b)\W*$", re.IGNORECASE)
#: words that only say when a one-answer option holds ("meget i år", "much this year")
_WHEN = _set("this year i aar next naeste fremover going forward now nu currently for the time being "
             "resten rest")  # ("nogen resten af året")
_MORE = _set("more mere")  # "much more", "meget mere": the most, said more strongly
_MORE_YEARS = re.compile(r"^(\w+) (?:aar|years?) (?:mere|more)\b(?: (?:end|than) (?:sidst|last time|"
                         r"last year|before|foer))?\W*$")
#: a season or month: "lidt i foråret, mere til efteråret" gives two answers for two periods
_PERIOD = re.compile(rf"\b{MONTHS}\b")
#: an amount of time said for another period: "meget i foråret, men næsten ingen i efteråret"
_AMOUNT = re.compile(r"\b(?:ingen|lidt|nogen|meget|none|little|some|much|hardly any)\b")
#: an amount for now, then fewer or more working hours from a date: "Much for now, but I go down
#: to 30 hours a week from 1 August" (not "lidt – jeg går ned til 30 timer fra februar": a reason)
_HOURS_CHANGE = re.compile(r"\b(?:go(?:es|ing)? (?:down|up)|gaar (?:ned|op)|deltid|part time|"
                           r"(?:ned|down|op|up) (?:paa|til|to) \d+ (?:timer|hours))\b")
_WRITE = re.compile(r"^(?:(?:men|but) )?(?:(?:so|saa) )?(?:skriv|saet|write|put|make it)\b")
_SO_THEN = re.compile(r"\b(?:so|så|altså)\s+(\w[^.!?]*)[.!?]?\s*$", re.IGNORECASE)
#: after an amount, a comparison: "much less this year", "lidt mere end sidst"
_LESS, _MORE, _THAN = {"less", "mindre"}, {"more", "mere"}, {"than", "end"}


def _compares(q: Question, typed: Sequence[str], f: Found) -> bool:
    """Is the amount ``f`` only the size of a comparison ("lidt mere", "much less than")? "much
    more" is still the most there is, and "a little less" the least."""
    after = typed[f.end] if f.end < len(typed) else ""
    name = f.option.name
    return after in _THAN or after in _MORE and name != q.options[-1] or \
        after in _LESS and name != q.options[0]
_COMPARED = re.compile(r"\b(?:mindre|mere|less|more|fewer)\b")
_SO = _set("saa altsaa dvs so thus ie")
_PLUS = re.compile(r"^\s*\+\s*(?=\w)")  # a clause opening like this concludes the answer
#: "et andet projekt", "the other team": "andet"/"other" after an article is no label
_ANOTHER = _set("andet anden andre other others")
_ARTICLES = _set("et en det den de an the a")
_WEAK_LABELS = _set("aar aars years year gruppe gruppen group tiden")
#: "working with you all": a verb, unless it names the working groups
_WORKING = _set("working work")


def _amounts(typed: list[str], mine: list[Option]) -> list[Found]:
    """The amounts named, less those only compared ("lidt mere end sidst" is no Lidt)."""
    return [f for f in find_options(typed, mine, partial=True)
            if typed[f.end:f.end + 1] not in (["mere"], ["mindre"], ["more"], ["less"])]


_SEASON = _set("spring summer autumn fall winter foraar foraaret sommer sommeren efteraar efteraaret vinter "
              "vinteren")  # "not much this spring": the least, for now
_SEE_ABOVE = re.compile(r"^(?:see|se) (?:above|ovenfor|ovenstaaende|herover|below|nedenfor|herunder)$")
_MORE_LIKE = frozenset(("snarere", "like", "naermere", "rather", "hellere", "heller"))
_RATHER = (["rather", "than"], ["instead", "of"], ["i", "stedet", "for"], ["frem", "for"], ["end"])


def _preferred(typed: Sequence[str], found: Sequence[Found]) -> str | None:
    """"some rather than much", "snarere lidt end meget": the option preferred of two."""
    if len(found) != 2:
        return None
    between = list(typed[found[0].end:found[1].start])
    if between in _RATHER[:4] or between in (["end"], ["than"]) and _MORE_LIKE & set(
            typed[max(0, found[0].start - 2):found[0].start]):  # "more like some than much"
        return found[0].option.name
    return None


def _signed_items(text: str, mine: Sequence[Option], qid: str, ops: Ops) -> bool:
    """"+ Spildevand, - Affald": each item marked to be added or taken away; every item must
    be signed and name exactly one option, else the answer is read as words."""
    items = signed_items(text, mine)
    for sign, found in items or ():
        ops.add(qid, "add" if sign == "+" else "remove", [found.option.name])
    return items is not None


def _initials(typed: Sequence[str]) -> set[str]:
    letters = [w[0] for w in typed if w]
    out = {"".join(letters[:k]) for k in range(2, len(letters) + 1)}
    return out | ({letters[0] + letters[-1]} if len(letters) >= 2 else set())


def _verb_not_label(typed: Sequence[str], i: int) -> bool:
    return typed[i] in _WORKING and typed[i + 1:i + 2] not in (["group"], ["groups"])


def translations() -> dict[tuple[str, str], tuple[str, ...]]:
    """(question id, option) -> the same option in the default form's other languages, so an
    answer in Danish to the English form (or the reverse) is read: "støj" is Noise."""
    forms = [[(r["id"], [o.strip() for o in r["options"].split(";") if o.strip()])
              for r in rows] for rows in EXAMPLES["form"].values()]
    out: dict[tuple[str, str], set[str]] = {}
    for form in forms:
        for other in forms:
            if other is form or len(other) != len(form):
                continue
            for (qid, opts), (_, theirs) in zip(form, other, strict=True):
                if len(opts) == len(theirs):
                    for mine, their in zip(opts, theirs, strict=True):
                        if fold(mine) != fold(their):
                            out.setdefault((qid, mine), set()).add(their)
    return {k: tuple(sorted(v)) for k, v in out.items()}


_TRANSLATIONS = translations()
#: what an option of the default form is also called in the trade, by its folded name: the
#: long forms of its abbreviation and the everyday term ("contaminated land" is Soil)
ALSO = {
    "vvm": ("vurdering af virkninger paa miljoeet", "miljoevurdering", "miljoekonsekvensvurdering",
            "environmental impact assessment", "environmental impact assessments", "eia"),
    "eia": ("environmental impact assessment", "environmental impact assessments", "vvm",
            "miljoevurdering"),
    "ied": ("industrial emissions directive", "industrial emissions", "ie direktivet"),
    "ie-direktivet": ("industrial emissions directive", "industrial emissions", "ied"),
    "jord": ("jordforurening", "forurenet jord", "contaminated land", "contaminated soil",
             "soil contamination", "land contamination"),
    "soil": ("contaminated land", "contaminated soil", "soil contamination",
             "land contamination", "jordforurening"),
    "luft": ("luftkvalitet", "air quality", "luftforurening"),
    "air": ("air quality", "air pollution", "luftkvalitet"),
    "chair": ("chairing", "chairmanship"),  # "I'm giving up on chairing"
}
#: the same options in Swedish and Norwegian, which members from the neighbours write ("avløp",
#: "buller", "avfall"); only words no Danish or English answer uses otherwise
_NEIGHBOURS = {("spildevand", "wastewater"): ("avloep", "avlopp", "avloppsvatten", "avloepsvann"),
               ("affald", "waste"): ("avfall",), ("stoej", "noise"): ("stoey", "buller"),
               ("jord", "soil"): ("fororenad mark", "forurenset grunn"),
               ("sekretaer", "secretary"): ("sekreterare",), ("formand", "chair"): ("ordforande",)}
for _names, _theirs in _NEIGHBOURS.items():
    for _name in _names:
        ALSO[_name] = (*ALSO.get(_name, ()), *_theirs)


@dataclass
class Ops:
    """What the member's words say about each question, in the order said."""

    ops: dict[str, list[tuple[str, tuple[str, ...]]]] = field(default_factory=dict)
    values: dict[str, str] = field(default_factory=dict)  # number and text questions
    unchanged: bool = False
    not_understood: list[str] = field(default_factory=list)
    words: dict[str, list[str]] = field(default_factory=dict)  # question -> the words it was read from
    # options only the chair can settle ("formand, hvis Lene ..."): never added, not even by a mark
    held: dict[str, set[str]] = field(default_factory=dict)
    #: "Linjen om orloven kan slettes": (the word it is about, the member's sentence); the text
    #: answer holding that word is cleared once the sent answers are known (else it is asked)
    clears: list[tuple[str, str]] = field(default_factory=list)
    #: "I'm writing on behalf of Yusuf": what follows is another person's, for the chair
    for_someone: bool = False

    def add(self, qid: str, op: str, names: Sequence[str] = ()) -> None:
        self.ops.setdefault(qid, []).append((op, tuple(names)))

    def read_from(self, qids: Iterable[str], text: str) -> None:
        """Remember which of the member's words answered ``qids`` (the confirmation shows it)."""
        for qid in qids:
            said = self.words.setdefault(qid, [])
            if text.strip() and text.strip() not in said:
                said.append(text.strip())


class Reader:
    def __init__(self, questions: Sequence[Question], names: Sequence[str] = (),
                 sent: Mapping[str, str] | None = None) -> None:
        self.questions = list(questions)
        #: the answers the form showed: "mindre tid end sidste år" is one step down from them
        self.sent = dict(sent or {})
        self.by_id = {q.id: q for q in questions}
        pairs = [(q.id, o) for q in questions if q.type in CHOICE for o in q.options]
        said = [(qid, t, o) for qid, o in pairs
                for t in (*_TRANSLATIONS.get((qid, o), ()), *ALSO.get(fold(o), ()))]
        also = {(qid, t) for qid, o in pairs for t in ALSO.get(fold(o), ())}
        prepared = prepare(pairs + [(qid, t) for qid, t, _ in said])
        # "air quality" names Air only whole: "bathing water quality" is no air
        self.options = prepared[:len(pairs)] + [
            replace(p, name=o, own=() if (qid, t) in also and len(p.words) > 1 else p.own)
            for p, (qid, t, o) in zip(prepared[len(pairs):], said, strict=True)]
        self.names = {w for n in names for w in words(n)}
        #: "HC", "hcd", "HD": the initials a member signs with (first names, or first and last)
        self.initials = {i for n in names for i in _initials(words(n))}
        self.labels = {q.id: self._label_words(q) for q in questions}
        #: questions whose options are roles a person holds ("formanden" can be that person)
        self.roles = {q.id for q in questions if _ROLES.search(fold(f"{q.id} {label(q)}"))}
        self._reading_number = False  # a labelled number line being read as a sentence

    def _label_words(self, q: Question) -> set[str]:
        found = {fold(q.id), *words(label(q)), *SYNONYMS.get(fold(q.id), "").split()}
        others = {w for o in self.questions if o is not q for w in words(o.text)}
        found |= {w for w in words(q.text) if len(w) >= 7 and w not in STOP and w not in others}
        return found

    def question(self, text: str) -> Question | None:
        """The question a label names: its number, id, or its words in the member's way."""
        key = re.sub(r"\bi oevrigt\b", " ", fold(text)).strip()  # "i øvrigt": by the way
        key = re.sub(r"^(spoergsmaal|spm|question|q)\.?\s*", "", key).rstrip(".) ")
        if _SOMETHING_ELSE.search(key) or _A_NOTE.match(" ".join(words(key))):
            return None  # "Og så noget helt andet: ...": a new subject, not the Andet label
        if key.isdigit():
            n = int(key)
            return self.questions[n - 1] if 1 <= n <= len(self.questions) else None
        all_typed = words(key)
        typed = [w for i, w in enumerate(all_typed) if not w.isdigit() and (
            w not in _WEAK_LABELS or len(all_typed) == 1) and not _verb_not_label(all_typed, i)]
        hits = {q.id for q in self.questions for w in typed
                if any(word_matches(w, lw) for lw in self.labels[q.id])}
        rest = [w for w in typed if w not in STOP and not any(
            word_matches(w, lw) for q in self.questions for lw in self.labels[q.id])]
        return self.by_id[hits.pop()] if len(hits) == 1 and len(rest) <= 1 else None

    # --- one line ----------------------------------------------------------------------------
    def line(self, text: str, ops: Ops, scope: Question | None = None) -> Question | None:
        """Read one line into ``ops``; returns the question a bare label opens for the next lines."""
        key = " ".join(words(text))
        if not key:
            return scope
        ops.for_someone = ops.for_someone and not OWN_AGAIN.match(key)  # "Mine egne svar: ..."
        if ops.for_someone:  # after "I'm writing on behalf of Yusuf": his answers, for the chair
            ops.not_understood.append(text.strip())
            return None
        text = rejoin(text, self.options)  # "Høringstov holder", "spilde vand": split by a phone
        text = _CROSSED.sub(" nej,", _TICKED.sub(" ja,", text))  # "støj ❌", "PFAS ✅"
        signed = signed_items(text, [o for o in self.options if self.by_id[o.question].type ==
                                     "multi"]) if scope is None else None
        for sign, f in signed or ():  # "+støj +luft -affald" on a line of its own
            ops.add(f.option.question, "add" if sign == "+" else "remove", [f.option.name])
            ops.read_from([f.option.question], text)
        if signed:
            return None
        text = _PLUS.sub("plus ", text)  # "+ jord" typed under a question: an addition
        before = self._sentence_before_label(text)
        if before:  # "Jeg har fået klima. Tid: lidt.": a sentence, then a labelled answer
            self.line(text[:before], ops)
            return self.line(text[before:], ops, scope)
        more = self._second_label(text)
        if more:  # "Erfaring: ca. 20 år - tid: lidt": two answers on one line
            self.line(text[:more], ops)
            return self.line(text[more:], ops)
        head, sep, value = text.partition(":") if ":" in text[:45] else text.partition(
            " | ") if " | " in text[:45] else text.partition("=")  # "Tid | Uændret": a table row
        nothing = _LABEL_DASH_ONLY.fullmatch(text) if not sep else None
        if nothing and self._bare_label(nothing.group(1)):  # "Groups –" in a pasted table: none
            head, sep, value = nothing.group(1), " - ", "-"
        dashed = _DASH_LABEL.match(text) if not sep else None
        if dashed and self._bare_label(dashed.group(1)):  # "Networks - only the PFAS one"
            head, sep, value = dashed.group(1), " - ", dashed.group(2)
        q = self.question(head) if sep else None
        number, after = _numbered(text) if q is None else (0, "")
        numbered = bool(number)
        if numbered and 1 <= number <= len(self.questions):  # "2) ingen"
            q, sep, value = self.questions[number - 1], ")", self._without_label(
                self.questions[number - 1], after)
            if self.strong_labels(words(value)[:1] if q.type == "text" else words(value)) - {q.id}:
                return self.line(value, ops)  # "Tre rettelser: ... 3) Erfaring 31": a list
                # (a free text answer may name anything: "6. I'm moving to 32 hours a week")
        if q is None and scope is not None:
            if self.value(scope, text, ops):
                ops.read_from([scope.id], text)
                if scope.type == "single" and self._changes_later(text):
                    ops.not_understood.append(text.strip())  # as after a label
                return scope
            return self.line(text, ops)  # not an answer to the open label: read it on its own
        if UNCHANGED.match(key):
            ops.unchanged = True
            return None
        if q is not None:
            if not value.strip():
                return q  # "Interesser:" on its own line: the next lines answer it
            if _ONLY_DASH.fullmatch(value):  # "Groups –" in a pasted table: none, where none
                if q.type == "multi" and self.sent.get(q.id, "").strip():  # was shown; else
                    ops.not_understood.append(text.strip())  # "none" or "as before"?
                return None
            if q.id in self.roles and self._weighed(value):
                read_own(self, value, ops, _COURTESY)  # "Functions: chair, if Lars steps down":
                return None  # for the chair to weigh, as in a sentence of the member's own
            if not self.labelled(q, value, ops) and not self._answer_and_why(q, value, ops) and \
                    not self._as_sentence(q, value, ops, strict=True):
                if numbered and sep == ")":  # "To ting: 1) Jeg kan ikke komme ... 2) Støj har jeg
                    unchanged = ops.unchanged  # givet videre": the member's own list
                    read_own(self, value, ops, _COURTESY)
                    if ops.unchanged and not unchanged:  # "2. Both, no change": that answer stays
                        ops.unchanged = False
                        ops.add(q.id, "keep")
                    return None
                if q.type == "number" and self._own_number(q, text, ops):
                    return None  # "Erfaring – der står 12, men det er 14": the corrected number
                ops.not_understood.append(text)
            else:
                ops.read_from([q.id], text)
                if value.rstrip().endswith("?") and text.strip() not in ops.not_understood:
                    ops.not_understood.append(text.strip())  # "Q3 same, but ... - can we talk
                    # about that?": recorded, and the member's question goes to the chair
            return None
        read_own(self, text, ops, _COURTESY)
        return None

    def _without_label(self, q: Question, value: str) -> str:
        """"2. Grupper   Begge" (a table row): the answer after the question's own label."""
        head, _, rest = value.strip().partition(" ") if "\t" not in value else value.strip().partition("\t")
        return rest.strip(" \t:–-") if rest.strip() and self.question(head) is q and self._bare_label(
            head) else value

    def _own_number(self, q: Question, text: str, ops: Ops) -> bool:
        """The number a labelled line gives when read as the member's own sentence."""
        if self._reading_number or PLUS_OTHER.search(text) or not _CORRECTS.search(fold(text)):
            return False  # already reading this line as a sentence; or no number corrected
        trial = Ops()
        self._reading_number = True
        try:
            read_own(self, text, trial, _COURTESY)
        finally:
            self._reading_number = False
        if q.id not in trial.values or trial.not_understood or trial.ops:
            return False
        ops.values[q.id] = trial.values[q.id]
        ops.read_from([q.id], text)
        return True

    def _weighed(self, value: str) -> bool:
        """A role offered on a condition only the chair can settle."""
        trial = Ops()
        read_own(self, value, trial, _COURTESY)
        return bool(trial.held)

    def _answer_and_why(self, q: Question, value: str, ops: Ops) -> bool:
        """"Time: not much this spring, onboarding is eating all of it": the answer before the
        comma, and a reason after it that says nothing else."""
        cut = _COMMA_OR_DASH.search(value)
        head, tail = (value[:cut.start()], value[cut.end():]) if cut else (value, "")
        first, rest = Ops(), Ops()
        if q.type not in CHOICE or not cut or not self.value(q, head, first) or not first.ops.get(q.id):
            return False
        read_own(self, tail, rest, _COURTESY)
        why = q.type == "single" and all(WORKLOAD.search(fold(n)) or SORRY.fullmatch(fold(n).strip(" .!"))
                                         for n in rest.not_understood)  # "little, sorry – new
        # project eats everything": why the amount is what it is
        if rest.ops or rest.values or rest.not_understood and not why or rest.unchanged or find_options(
                words(tail), [o for o in self.options if o.question == q.id], partial=True):
            return False  # ("Meget fra maj, indtil da lidt": two amounts, for the chair)
        for op, names in first.ops[q.id]:
            ops.add(q.id, op, names)
        ops.read_from([q.id], value)
        return True

    def _bare_label(self, head: str) -> bool:
        """Only a question's label words ("Roles", "Mine grupper"): a dash after them opens the
        answer ("meget tid - 5 års erfaring" and "Ingen kommentarer herfra – ..." are no labels)."""
        q = self.question(head)
        return q is not None and all(
            w in _MY or any(word_matches(w, lw) for lw in self.labels[q.id]) for w in words(head))

    def _sentence_before_label(self, text: str) -> int:
        """Where a "Label:" starts after a sentence of the member's on the same line, or 0 (not
        after a question's number, "4. Erfaring: 12 år", nor an abbreviation, "Mht. tid: nogen")."""
        head = text.partition(":")[0] if ":" in text[:45] else ""
        said = sentences(head) if head else []
        if len(said) < 2 or all(w.isdigit() for w in words(" ".join(said[:-1]))):
            return 0
        at, q = head.rfind(said[-1]), self.question(said[-1])
        if at <= 0 or q is None or q.id in self.labels_in(words(" ".join(said[:-1]))):
            return 0  # ("Alt som før på nær tiden. Tid: lidt": one thought, read whole)
        return at

    def _second_label(self, text: str) -> int:
        """Where a second "Label:" starts after a separator, or 0."""
        if ":" not in text[:45]:
            return 0
        for m in _NEXT_LABEL.finditer(text, text.index(":") + 1):
            if self.question(m.group(1)) is not None:
                return m.start(1)
        return 0

    def labelled(self, q: Question, value: str, ops: Ops) -> bool:
        """The answer after a label (see ``_labelled``), or, where that is not understood, the
        answer before a dash and a comment of its own after it: "Wastewater, Soil and
        groundwater – I know groundwater is not on the list, so maybe you can add it?"."""
        if _SEE_ABOVE.match(fold(value).strip(" .!")):
            return True  # "experience: see above": answered where the member points
        first, *more = sentences(value) or [value]
        head, dash, tail = _at_dash(first)
        if dash and q.type == "multi" and self.value(q, head, Ops()) and not find_options(
                words(tail), [o for o in self.options if o.question == q.id], partial=True) \
                and not self._labelled(q, value, Ops()):
            self.value(q, head, ops)
            for sentence in (tail, *more):
                read_own(self, sentence, ops, _COURTESY)
            return True
        return self._labelled(q, value, ops)

    def _labelled(self, q: Question, value: str, ops: Ops) -> bool:
        """The answer after a label; a further sentence is read on its own ("Erfaring: 26 år
        nu. Resten er som før."), a qualifying clause is read past ("6 år i alt, heraf 2 her",
        "nogen – mere til foråret"), but a range with a comment goes to the chair; an answer
        the member is unsure of ("måske") or offers as a choice ("secretary or chair") too."""
        if q.type != "text":  # "Time: I'm afraid rather little": the regret is no answer
            value = _REGRET.sub("", value)
        rest = _REST_SAME.search(value) if q.type != "text" else None
        if rest and UNCHANGED.match(" ".join(words(rest.group(1)))) and words(value[:rest.start()]):
            value = value[:rest.start()]  # "Tid: lidt i år, ellers uændret": the answer, and the
            ops.unchanged = True  # rest of the form as it was
        if q.type != "text":  # "Tid: meget 💪 de andre spm må jeg svare på senere": the answer,
            value = _EMOJI_THEN.sub(". ", value)  # then a sentence of its own
        first, *more = sentences(value) or [value]
        if any(YOU_DECIDE.search(fold(s)) for s in more):  # "Erfaring: 6 år som konsulent, 3
            for sentence in more:  # her. Skriv hvad I synes.": asked; "Resten er uændret" still read
                if not YOU_DECIDE.search(fold(sentence)):
                    read_own(self, sentence, ops, _COURTESY)
            return False
        if more and any(self.strong_labels(words(s)) - {q.id} for s in more):
            understood = self.labelled(q, first, ops)  # "Time: much. Experience 6.": each
            for sentence in more:  # sentence after the first names its own question
                read_own(self, sentence, ops, _COURTESY)
            return understood
        for m in _AND_WORD.finditer(value):  # "Erfaring: 9 år og tid nogen": another label
            if self.strong_labels(words(m.group(1))) - {q.id} and words(value[:m.start()]):
                understood = self.labelled(q, value[:m.start()], ops)
                self.line(f"{m.group(1)}: {value[m.end():]}", ops)
                return understood
        if q.type in CHOICE and more and self._labelled(q, first, Ops()):
            self._labelled(q, first, ops)
            for sentence in more:  # "little this yr (baby due in may). rest same": the answer,
                read_own(self, sentence, ops, _COURTESY)  # then sentences of their own
            return True
        head, comma, tail = value.rpartition(",")
        if comma and words(head) and (is_softener(tail) or _SAME_AS_BEFORE.fullmatch(key_of(tail))):
            value = head  # "not that much, honestly"; "some, same as before"
        if q.type == "number" and FRACTION.search(sentences(value)[0] if sentences(value) else value):
            return False  # "Erfaring: 2½ år": asked, not rounded
        if q.type == "number" and _OPEN_ENDED.search(value):
            return False  # "Erfaring: 20+ år": more than that, how many is asked
        if q.type == "number" and PLUS_OTHER.search(value):
            return False  # "Experience: 2 years (plus 5 in a consultancy before that)": asked
        typed = words(value)
        opening = words(sentences(value)[0]) if sentences(value) else typed
        if q.type in CHOICE and (hedged(opening) or UNSURE.search(" ".join(opening))
                                 or alternatives(opening, find_options(opening, [
                                     o for o in self.options if o.question == q.id]))):
            for sentence in sentences(value)[1:]:  # "... måske nogen. Ellers som det står."
                read_own(self, sentence, ops, _COURTESY)
            if self._then_unsure(q, sentences(value)[0] if sentences(value) else value, ops):
                return True
            return self._sure_part(q, sentences(value)[0] if sentences(value) else value, ops)
        if q.type == "single" and self._changes_later(value):
            ops.not_understood.append(value.strip())  # "lidt i foråret, mere efter sommer": the
            # answer now is recorded, and the chair is told it will change
        plus = _MORE_YEARS.match(fold(value).strip())
        if q.type == "number" and plus and word_number(plus.group(1)) is not None:
            ops.values[q.id] = f"+{word_number(plus.group(1))}"  # the old answer plus these
            return True
        if self.value(q, value, ops):
            return True
        concluded = _SO_THEN.search(value)  # "a bit less than before so little I guess"
        if q.type == "single" and concluded and _COMPARED.search(fold(value[:concluded.start()])) \
                and self.value(q, _plain(concluded.group(1)), ops):
            return True
        bare = _FROM_WHEN.sub(" ", _BRACKETED.sub(" ", value))
        if q.type == "single" and bare != value and words(bare) and self.value(q, bare, ops):
            return True  # "lidt (otte timer om måneden)": the bracket only qualifies one answer
        if q.type in CHOICE and self._some(q, value, ops):
            return True
        if bare != value and words(bare) and self.value(q, bare, ops):
            return True
        first, *more = sentences(value)
        parts = clauses(first)
        if q.type == "single" and len(parts) > 1 and self._bounded(q, parts, ops):
            first, parts = "", []  # "Tid: nogen, ikke meget": the bound only qualifies
        if q.type == "number" and self._corrected(q, parts, ops):
            first, parts = "", []  # "15 år til januar, men skriv bare 14 indtil da"
        if q.type == "number" and self._years_in(q, first, ops):
            first, parts = "", []
        if q.type == "number" and self._number_then_why(q, parts, ops):
            first, parts = "", []  # "11 - havde glemt mine år i Horsens"
        if not parts:
            pass
        elif len(parts) > 1 and (words(parts[-1])[0] in _SO or _LETS_SAY.match(key_of(parts[-1]))) \
                and self.value(q, _concluded(parts[-1]), ops):
            first = ""  # "lidt mindre end sidst, så lidt", "between some and much – let's say
            # some": the conclusion is the answer
        elif q.type == "single" and len(parts) > 1 and _WRITE.match(key_of(parts[-1])) and self.value(
                q, _WRITE.sub("", key_of(parts[-1])), ops):
            first = ""  # "meget er for meget, skriv nogen": the answer the member asks for
        elif len(parts) == 2 and _COMPARED.search(fold(parts[0])) and not self.value(
                q, parts[0], Ops()) and self.value(q, _plain(parts[1]), ops):
            first = ""  # "mindre end før, lidt tror jeg": a comparison, then the answer
        elif len(parts) > 1 and all(not is_listed_item(p) or is_part(p) or is_reason(p)
                                    or _FROM_WHEN.search(" " + p) for p in parts[1:]) and not any(
                find_options(words(p), [o for o in self.options if o.question == q.id],
                             partial=True)
                for p in parts[1:]):  # "meget i foråret, lidt i efteråret", "og så spildevand"
            trial, head = Ops(), parts[0]
            if not self.value(q, head, trial):  # "meget fra nytår, når jeg er tilbage"
                head = _FROM_WHEN.sub(" ", head) if words(_FROM_WHEN.sub(" ", head)) else head
                trial = Ops()
            if self.value(q, head, trial) and "-" not in trial.values.get(q.id, ""):
                self.value(q, head, ops)
                first = ""
                for part in parts[1:]:  # "Tid: lidt, men jeg vil gerne være sekretær": a sentence
                    said = Ops()  # of its own after the answer, not a qualifier of it ("the EIA
                    read_own(self, part, said, _COURTESY)  # cases are rather heavy" is)
                    if (said.ops or said.values) and q.id not in said.ops and (
                            removes(part) or fc_adds(part) or MODAL & set(words(part))):
                        read_own(self, part, ops, _COURTESY)
        understood = not first or bool(more) and self.value(q, first, ops) or bool(
            first) and q.type == "multi" and self._as_sentence(q, first, ops)
        for sentence in more:  # "Tid: måske meget, måske nogen. Ellers som det står."
            read_own(self, sentence, ops, _COURTESY)
        return understood

    def _bounded(self, q: Question, parts: list[str], ops: Ops) -> bool:
        """The first part an answer, each later one only denying another option."""
        trial = Ops()
        if not self.value(q, parts[0], trial):
            return False
        mine = [o for o in self.options if o.question == q.id]
        if not all(removes(p) and find_options(words(p), mine) for p in parts[1:]):
            return False
        self.value(q, parts[0], ops)
        return True

    def _number_then_why(self, q: Question, parts: list[str], ops: Ops) -> bool:
        """A number, then clauses with no number and no option: why, or news, read on their own."""
        if len(parts) < 2 or not self.value(q, parts[0], Ops()) or any(
                numbers(p) or find_options(words(p), self.options) for p in parts[1:]):
            return False
        self.value(q, parts[0], ops)
        for part in parts[1:]:
            read_own(self, part, ops, _COURTESY)
        return True

    def _corrected(self, q: Question, parts: list[str], ops: Ops) -> bool:
        """"men skriv bare 14": the number the member asks to be written."""
        said = [p for p in parts if _WRITE.match(fold(p)) and len(numbers(p)) == 1]
        if len(said) != 1:
            return False
        ops.values[q.id] = text_number(numbers(said[0])[0])
        return True

    def _as_sentence(self, q: Question, first: str, ops: Ops, strict: bool = False) -> bool:
        """"Interesser: PFAS og affald er stadig aktuelt, og så er jeg begyndt på spildevandet":
        an answer in sentences after the label is read as sentences, when all it says is about
        this question and nothing is left over."""
        trial = Ops()
        read_own(self, first, trial, _COURTESY)
        if trial.values or set(trial.ops) != {q.id}:
            return False  # (read, and still passed on if it also tells news: "..., new job")
        if strict and (trial.not_understood or trial.held or q.type == "single" and (
                len(trial.ops[q.id]) != 1 or len(clauses(first)) < 2 or len(_amounts(
                    words(first), [o for o in self.options if o.question == q.id])) != 1)):
            return False  # (a whole labelled line, read as a sentence only when all of it is one answer)
        for op, names in trial.ops[q.id]:
            ops.add(q.id, op, names)
        ops.not_understood.extend(trial.not_understood)  # "... contaminated groundwater": asked
        ops.read_from([q.id], first)
        return True

    @staticmethod
    def _changes_later(value: str) -> bool:
        """"lidt i foråret, mere efter sommer", "mest lidt i foråret, mere til efteråret": the
        amount will change; "nogen – mere til foråret" only qualifies the one given."""
        first, *rest = [fold(p) for p in clauses(value)] or [""]
        return any(LATER_MORE.search(p) or _PERIOD.search(first) and _PERIOD.search(p)
                   and (_COMPARED.search(p) or _AMOUNT.search(p))
                   or FOR_NOW.search(first) and _PERIOD.search(p) and _HOURS_CHANGE.search(p)
                   for p in rest)

    def _then_unsure(self, q: Question, first: str, ops: Ops) -> bool:
        """"Time: some, maybe more after the summer": a plain answer, then a hedge that names
        no option of the question, is the plain answer."""
        head, *rest = clauses(first) or [first]
        mine = [o for o in self.options if o.question == q.id]
        if not rest or any(find_options(words(r), mine, partial=True) for r in rest):
            return False
        trial = Ops()
        if hedged(words(head)) or alternatives(words(head), find_options(
                words(head), mine)) or not self.value(q, head, trial):
            return False
        self.value(q, head, ops)
        return True

    def _sure_part(self, q: Question, first: str, ops: Ops) -> bool:
        """"Funktion: sekretær, evt. formand": the sure part of a multiple-choice answer is
        recorded, the unsure part passed on; False when no part is sure."""
        parts = [p for c in clauses(first) for p in items(c)]
        if len(parts) < 2:
            return False
        trial = Ops()
        sure = [p for p in parts if not (hedged(words(p)) or UNSURE.search(fold(p)))]
        if q.type == "single" and not (len(sure) == 1 and sure[0] == parts[0] and all(
                _LATER_ON.search(fold(p)) for p in parts[1:])):
            return False  # "some, maybe much later in the year": now some, and later perhaps more
        if q.type not in CHOICE:
            return False
        if not sure or len(sure) == len(parts) or not all(self.value(q, p, trial) for p in sure):
            return False
        for p in sure:
            self.value(q, p, ops)
        ops.not_understood.extend(p.strip() for p in parts if p not in sure)
        return True

    def _years_in(self, q: Question, value: str, ops: Ops) -> bool:
        """A number of years in a sentence after the label: the one said to be the total ("5
        years in this job, 9 in total"), or the only current one in a clause with years ("det
        er femogtyve år nu, ikke 20")."""
        totals = [c for c in clauses(value) if TOTAL.search(fold(c)) and len(numbers(c)) == 1
                  and numbers(c)[0] not in YEARS]  # "i faget siden 2009": a calendar year
        found = current(value)
        if len(found) >= 3 and found[0] == sum(found[1:]) and found[0] not in YEARS:
            ops.values[q.id] = text_number(found[0])  # "14 years, 6 in Rotterdam and 8 here"
            return True
        with_years = [c for c in clauses(value) if len(current(c)) == 1 and current(c) == found
                      and {"aar", "aars", "years", "year"} & set(words(c))]
        if len(totals) == 1:
            ops.values[q.id] = text_number(numbers(totals[0])[0])
        elif len(found) == 1 and len(with_years) == 1 and found[0] not in YEARS:
            ops.values[q.id] = text_number(found[0])
        else:
            return False
        return True

    def _some(self, q: Question, value: str, ops: Ops) -> bool:
        """"Interesser: PFAS, grundvand og drikkevand": PFAS, and the rest to the chair, when
        each listed part is either an option or a topic (not a sentence)."""
        mine = [o for o in self.options if o.question == q.id]
        parts = [i for c in clauses(value) for i in items(c)  # not "hvis ...", "either is fine"
                 if not is_reason(i) and not EITHER.search(fold(i)) and not (
                     q.type == "single" and (WORKLOAD.search(key_of(i)) or SORRY.fullmatch(key_of(i))))]
        placed = [find_options(words(p), mine, partial=True) for p in parts]
        if any(removes(p) for p in parts):
            return False  # "Tid: ikke meget": a negation is read by value() or asked
        if not any(placed) or not all(
                self._covers(q, words(p), f) if f else is_listed_item(p)
                for p, f in zip(parts, placed, strict=True)):
            return False
        if q.type == "single" and sum(len(f) for f in placed) != 1:
            return False
        if q.type == "single" and any(_compares(q, words(p), f[0])
                                      for p, f in zip(parts, placed, strict=True) if f):
            return False  # "Tid: lidt mere end sidst": a little more, not Lidt
        ops.add(q.id, "set", [f.option.name for fs in placed for f in fs])
        ops.not_understood.extend(p.strip() for p, f in zip(parts, placed, strict=True) if not f)
        return True

    def strong_labels(self, typed: Sequence[str]) -> set[str]:
        """The questions a clause names by a word that is only a label (not "i år", "gruppen":
        words that also mean something else)."""
        return {q.id for i, w in enumerate(typed) for q in self.questions if w not in _WEAK_LABELS
                and not _verb_not_label(typed, i)
                and not (w in _ANOTHER and typed[i - 1:i] and typed[i - 1] in _ARTICLES)
                and any(w == lw or len(w) > len(lw) and word_matches(w, lw, typos=False)
                        for lw in self.labels[q.id])}

    def labels_in(self, typed: Sequence[str]) -> set[str]:
        """The questions a clause names by any of their label words, weak ones included."""
        return {q.id for q in self.questions for w in typed
                if any(w == lw or len(w) > len(lw) and word_matches(w, lw, typos=False)
                       for lw in self.labels[q.id])}

    def number_question(self) -> Question | None:
        numbers = [q for q in self.questions if q.type == "number"]
        return numbers[0] if len(numbers) == 1 else None

    number_ok = _NUMBER_OK

    # --- values -------------------------------------------------------------------------------
    def value(self, q: Question, text: str, ops: Ops) -> bool:
        key = " ".join(words(text))
        if not key:
            return True
        if UNCHANGED.match(key):
            ops.add(q.id, "keep")
            return True
        if q.type == "text":
            ops.values[q.id] = text.strip()
            return True
        if q.type == "number":
            number = number_value(text)
            if number is not None:
                ops.values[q.id] = number
            return number is not None
        if _NONE.match(key):
            ops.add(q.id, "set")
            return True
        mine = [o for o in self.options if o.question == q.id]
        if q.type == "multi" and all(len(o.words) > 1 for o in mine):  # groups by their names:
            mine = [replace(o, own=tuple(w for w in o.words if not any(  # under the label, a word
                w in m.words for m in mine if m.name != o.name)) or o.own)  # only one of them
                for o in mine]  # has names it ("Grupper: PFAS", "Networks - the PFAS one")
        said = sentences(text)
        if q.type == "multi" and len(said) > 1:  # "Chair - no longer. Secretary yes.": each its
            trial = Ops()  # own verdict ("no longer" is not also said of Secretary)
            if not all(self.value(q, s, trial) for s in said):
                return False
            for op, names in trial.ops.get(q.id, []):
                ops.add(q.id, op, names)
            ops.not_understood.extend(trial.not_understood)
            return True
        if q.type == "multi" and _signed_items(text, mine, q.id, ops):
            return True  # "Interesser: + Spildevand, - Affald"
        every = _ALL.match(_STAY_IN.sub("", key))  # "Groups: I'll stay in both"
        if every:
            but = find_options(words(every.group("but") or ""), mine, partial=True)
            ops.add(q.id, "set", [o for o in q.options if o not in {f.option.name for f in but}])
            return True
        typed = plenty(words(A_BIT.get(key, text))) if q.type == "single" else words(
            re.sub(r"\s\+\s", " plus ", text))  # "add soil + climate": a list, one verb
        found = find_options(typed, mine, partial=True)
        if not found or not self._covers(q, typed, found) or _removed_after(text, mine):
            return False
        if q.type == "single" and find_options(typed, [o for o in self.options if o.question != q.id]):
            return False  # "Tid: lidt, men jeg vil gerne være sekretær": more than the amount
        if q.type == "single":
            if _compares(q, typed, found[-1]):
                return False  # "much less this year", "lidt mere end sidst": a comparison
            turn = from_to(typed, found)
            if turn is not None and len(found) == 2:  # "Tid: fra lidt til nogen"
                ops.add(q.id, "set", [found[1].option.name])
                return True
            preferred = _preferred(typed, found)
            if preferred is not None:  # "Time: some rather than much for now": the first
                ops.add(q.id, "set", [preferred])
                return True
            plain = [f for f in found if not _negated(typed, f.start)]
            if len(found) == 1 and not plain and len(q.options) >= 3 and (
                    found[0].option.name == q.options[-1]) and set(typed[found[0].end:]) <= _WHEN | _SEASON:
                ops.add(q.id, "set", [q.options[0]])  # "Tid: ikke (så) meget": the least
                return True
            if len(plain) != 1 or len(found) != 1:
                return False
            ops.add(q.id, "set", [plain[0].option.name])
            return True
        unplaced = []
        for part in (i for c in clauses(text) for i in items(c)):  # "PFAS og grundvand"
            said = [w for w in words(part) if w not in STOP | ADD | REMOVE | _YES]
            if said and is_listed_item(part) and not is_reason(part) and not EITHER.search(
                    fold(part)) and not find_options(
                    words(part), mine, partial=True):
                unplaced.append(part.strip())
        # "mainly air quality and odour complaints": the member's focus, not the whole answer,
        # so nothing already chosen is taken away
        self._choices(typed, found, ops, keep_rest=bool(MAINLY & set(typed)))
        ops.not_understood.extend(unplaced)
        return True

    def _covers(self, q: Question, typed: list[str], found: list[Found]) -> bool:
        """Do the options found make up most of what was said? "det varierer meget fra måned
        til måned" names Meget, but is no answer Meget."""
        covered = {i for f in found for i in range(f.start, f.end)}
        if q.type == "single" and found:  # "much more this year": "more" and when only qualify
            last = found[-1].end
            covered |= {i for i, w in enumerate(typed) if w in _WHEN or i == last and w in _MORE}
        other = {i for i, w in enumerate(typed) if i not in covered and w not in STOP
                 and w not in ADD | REMOVE and not w.isdigit()
                 and not any(word_matches(w, lw, typos=False) for lw in self.labels[q.id])}
        return len(covered) >= len(other)

    def _choices(self, typed: list[str], found: list[Found], ops: Ops, loose: bool = False,
                 keep_rest: bool = False) -> None:
        """Operations for the options found; ``loose`` for a sentence without a label, where
        "kan godt være formand" adds to the chosen rather than replacing them."""
        by_question: dict[str, dict[str, list[str]]] = {}
        previous_end, last_kind = 0, "set"
        modal = loose and any(w in MODAL for w in typed)
        marks = markers(typed)  # "I no longer work with air quality": a phrase that takes away
        trailing_add = typed[-1:] in (["ogsaa"], ["too"]) and "remove" not in marks and not any(
            w in REMOVE for w in typed)
        for i, f in enumerate(found):
            before = _before(typed, max(previous_end, f.start - 6), f.start)
            before += ["no"] if "remove" in marks[max(previous_end, f.start - 6):f.start] else []
            after = typed[f.end:f.end + 1]  # "Formand: nej tak", "PFAS no"
            up_to_next = typed[f.end:found[i + 1].start if i + 1 < len(found) else len(typed)]
            kind = ("remove" if any(w in REMOVE for w in before) or after in (["nej"], ["no"]) else
                    "add" if any(w in ADD for w in before) or modal or after in (["ogsaa"], ["too"])
                    or trailing_add  # "PFAS-gruppen også", "støj og luft også": the list is added
                    or ADDED_AFTER.match(" ".join(up_to_next))
                    or (f is found[0] and typed[:1] in (["og"], ["and"], ["plus"], ["ad"])) else "set")
            # ("ad soil and climat pls": "add", one letter short on a phone)
            gap = typed[previous_end:f.start]
            same = i and f.option.name == found[i - 1].option.name and all(w in LINKS for w in gap)
            # ("arbejdsgruppen om PFAS": one option named by two of its words)
            if kind == "set" and i and f.option.question == found[i - 1].option.question and (
                    gap and all(w in _JOINS for w in gap) or same):
                kind = last_kind  # "Interests: add soil and climate": the list shares its verb
                # ("også PFAS-arbejdsgruppen": one option named by both halves of a compound)
            elif same and last_kind == "set":  # "PFAS-gruppen også": the verb after the second half
                kinds = by_question[f.option.question]
                kinds["set"].remove(f.option.name)
                if not kinds["set"]:
                    del kinds["set"]
            last_kind = kind
            by_question.setdefault(f.option.question, {}).setdefault(kind, []).append(
                f.option.name)
            previous_end = f.end
        for qid, kinds in by_question.items():
            if "set" in kinds and ("remove" in kinds or keep_rest):  # "ikke PFAS, men VVM"
                kinds["add"] = kinds.pop("set") + kinds.get("add", [])
            if "set" in kinds:
                ops.add(qid, "set", kinds["set"] + kinds.get("add", []))
            elif "add" in kinds:
                ops.add(qid, "add", kinds["add"])
            if "remove" in kinds:
                ops.add(qid, "remove", kinds["remove"])


#: a number corrected in the member's words: "der står 12, men det er 14", "14, ikke 12"
_CORRECTS = re.compile(r"\b(?:det er|det skal vaere|skal vaere|rigtigt er|korrekt er|er faktisk|rettes til|"
                       r"it s|it is|it should be|should be|is actually|ikke|not)\b")
_DASH_AT = re.compile(r"\s+[–—-]+\s+")


def _at_dash(text: str) -> tuple[str, str, str]:
    """``text`` split at its first dash between words (" – ", " - ")."""
    m = _DASH_AT.search(text)
    return (text[:m.start()], m.group(), text[m.end():]) if m else (text, "", "")


_REST_SAME = re.compile(r"\s*[,;.–—-]\s*((?:og |and )?(?:ellers|otherwise|resten|the rest|rest|alt andet|"
                        r"everything else)\b[^,.;:]*)[.!]?\W*$", re.IGNORECASE)
#: a tick or a cross typed after a word, as phones offer them: yes and no to that word
_TICKED = re.compile(r"(?<=\w)\s*(?:[✅✔☑]\ufe0f?|\[x\])(?=\s|$)")  # (✅ is "[x]" by now)
_CROSSED = re.compile(r"(?<=\w)\s*[❌✖✗✘]\ufe0f?(?=\s|$)")
_OPEN_ENDED = re.compile(r"\d\s*\+(?!\s*\d)")
_SAME_AS_BEFORE = re.compile(r"(?:(?:the |det |den )?(?:same|samme) (?:as|som) (?:before|last time|foer|"
                             r"sidst)|as before|som foer|som sidst|unchanged|uaendret)")
_ONLY_DASH = re.compile(r"\s*[-–—]+\s*")
_LABEL_DASH_ONLY = re.compile(r"\s*([^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,2})\s+[-–—]+\s*")
_LETS_SAY = re.compile(r"^(?:(?:so|saa) )?(?:let ?s say|let us say|say|lad os sige|vi siger|"
                       r"siger vi)\b ?")
def _numbered(text: str) -> tuple[int, str]:
    """The question number a line starts with and the rest, or (0, "")."""
    m = _NUMBERED.match(text)
    if m:
        return int(m.group(1)), m.group(2)
    m = _NUMBERED_LOOSE.match(text)
    return (int(m.group(1) or m.group(2) or m.group(3)), m.group(4)) if m else (0, "")


def key_of(text: str) -> str:
    return " ".join(words(text))


def _concluded(part: str) -> str:
    """"så lidt" -> "lidt", "let's say some" -> "some": the answer a last clause settles on."""
    said = key_of(part)
    return _LETS_SAY.sub("", said) if _LETS_SAY.match(said) else " ".join(said.split()[1:])


_REGRET = re.compile(r"^\s*(?:I[’']?m afraid|I am afraid|unfortunately|sadly|honestly|to be honest|"
                     r"realistically|desværre|ærligt talt|ærlig talt|realistisk set)\b[,:]?\s*",
                     re.IGNORECASE)
_EMOJI_THEN = re.compile(r"(?<=\w)\s*[\U0001F300-\U0001FAFF\u2600-\u27BF]+\s+(?=[^\W\d_]{2})")
_JOINS = frozenset(("og", "and", "plus", "samt", "or", "eller", "as", "well"))


def _removed_after(text: str, mine: Sequence[Option]) -> bool:
    """"Jord er røget ud, har kun spildevand nu": a clause taking an option away after naming
    it, which the sentence reader reads (a plain answer only has its markers before)."""
    for clause in clauses(text):
        typed = words(clause)
        found = find_options(typed, mine, partial=True)
        marks = markers(typed)
        if found and "remove" in marks[found[-1].end:] and not any(marks[:found[0].start + 1]):
            return True
        if any(own_particle(typed, f) for f in found):
            return True  # "Affald ud, jord ind"
    return False


def _before(typed: list[str], lowest: int, start: int, n: int = 3) -> list[str]:
    """Up to ``n`` words before ``start`` (not below ``lowest``), skipping small link words:
    "no longer in the inspection network" -> longer, no, m."""
    out: list[str] = []
    for i in range(start - 1, lowest - 1, -1):
        if typed[i] not in LINKS:
            out.append(typed[i])
            if len(out) == n:
                break
    return out


def _negated(typed: list[str], start: int) -> bool:
    return any(w in REMOVE for w in _before(typed, 0, start))


def number_value(text: str) -> str | None:
    """"ca. 12 år" -> "12"; "tolv", "seksogtyve" -> "12", "26"; None when it is not one number
    (a range "10-15" is asked)."""
    if FRACTION.search(text):
        return None  # "2½ år": not a whole number of years, so it is asked
    if _OPEN_ENDED.search(text):
        return None  # "30+", "20+ år": more than that, how many is asked
    found = current(text)
    text = DATE.sub(" ", text)
    text = OLD_NUMBER.sub(" ", text) if len(found) < len(numbers(text)) else text
    typed = words(re.sub(r"\d+(?:[.,]\d+)?", " ", text))
    rest = [w for w in typed if word_number(w) is None and w not in _NUMBER_OK]
    if rest or not found or len(found) > 2:
        return None
    if len(found) == 2:
        return None  # "4-5 år", "8-10 years": which one is for the member to say, so it is asked
    if found[0] in YEARS:
        return None  # "siden 2009": a calendar year; the count is for the member to confirm
    return "-".join(text_number(n) for n in found)
