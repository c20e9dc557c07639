"""How a member's own sentence divides into clauses, and what a clause's small words say. Pure.

A careful secretary reads "Fjern affald – det har en kollega overtaget" as two clauses: an
answer and its reason. This module only cuts and classifies; tovholder.replies.form_words
decides which question each clause answers:

- sentences end at ``. ! ?`` followed by a space, whatever the case of the next word
  ("Jord, PFAS og klima. 8 år. nogen tid."), but not after an abbreviation ("ca. ti");
- clauses end at ``, ; :``, dashes (``–`` ``—`` always, ``-`` between spaces), and before
  "men"/"but", a reason or condition ("hvis", "fordi", "pga.", "if", "because"), and an
  "og"/"and" that starts a new clause ("og er gået ud af ...", "and I can ...");
- a clause's polarity: removal ("ikke", "fjern", "gået ud af", "holdt op", "no longer",
  "moved out"), addition ("også", "tilføj", "meld mig ind", "also", "add") or neither;
- a reason clause carries no answer; an unplaced clause is either a qualifier (it starts like
  a sentence: "det har en kollega overtaget", "vi er en lille kommune") or an item the member
  listed that Tovholder cannot place ("grundvand", "lugt fra landbruget"): that one goes to the
  chair.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tovholder.replies.fuzzy import Found, Option, find_options, fold, words

_ABBREVIATIONS = ("ca", "pga", "pr", "bl.a", "fx", "f.eks", "evt", "mht", "nr", "kl", "inkl", "ift", "d",
                  "ifm", "iflg", "vha", "ang", "tlf", "mv", "m.v", "mfl", "m.fl", "vedr", "e.g", "i.e",
                  "approx", "etc", "pt", "p.t", "dvs", "osv", "jf", "incl", "excl", "ekskl", "vs", "pkt",
                  "spm", "spg", "stk", "m", "ifht")
#: a month cut short ("startet i feb. i Eksempel Kommune"): the sentence goes on in lower case
_MONTH_SHORT = ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "oct", "nov", "dec")
#: after "10." these start a sentence, not an ordinal's noun ("experience still 10. rest the same")
_NEW_SENTENCE = re.compile(r"(?:rest|resten|ellers|otherwise|everything|alt|all|the|og|and|jeg|i|tid|time|"
                           r"experience|erfaring|interesser|interests|grupper|groups|funktioner|functions)\b")
#: a sentence also ends at an emoji or a smiley before a capital ("27 år nu 🙂 Ellers ...")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|(?:(?<=[\U0001F300-\U0001FAFF\u2600-\u27BF])|(?<=[:;]-\))"
                           r"|(?<=[:;]\)))\s+(?=[A-ZÆØÅ])")
#: a bracket is a clause of its own: "har ikke PFAS mere (er rykket over på jord)"
#: and so is what an emoji ends in lower-case phone writing: "jord 🙈 tid: nogen"
_CLAUSE_MARK = re.compile(r"\s*(?:[,;:]\s+|[,;]|\s*[–—]\s*|\s+-+\s+|\s*[()]\s*|"
                          r"(?<=\w)\s*[\U0001F300-\U0001FAFF\u2600-\u27BF]+\s+(?=\w))")
#: words that open a clause of their own even without a comma (kept with the new clause)
_OPENERS = re.compile(
    # ("især nu hvor": the clause opens before "især", not again after it)
    r"(?<!\bisær)(?<!\bsærligt)(?<!\bspecielt)(?<!\bespecially)"
    r"\s+(?=(?:men|but|hvis|fordi|pga\.?|på grund af|medmindre|eftersom|if|because|unless|"
    r"since|heraf|of which|i stedet for|instead of|bortset fra at|except that|while (?:i|we)|"
    r"mens (?:jeg|vi)|"
    r"(?:især |særligt |specielt |especially )?(?:nu hvor|now that)|"
    # "... på spildevandsområdet så støjsagerne er røget": a new subject after "så"/"so"
    r"(?<!\bog )(?<!\band )(?:så|so)(?= [\w-]+ (?:er|har|kan|skal|må|bliver|is|are|has|have|can)\b))\b)",
    re.IGNORECASE)
#: "og"/"and" before a verb or a pronoun starts a new clause; before a noun it joins a list
_NEW_CLAUSE_AND = re.compile(
    r"\s+(?=(?:og|and|samt)\s+(?:så|er|har|kan|vil|jeg|det|der|den|de|vi|man|mine|min|mit|"
    r"skal|fik|blev|is|am|are|have|has|i|it|we|they|my|can|will|would|could|also|også|nu|now|"
    r"tilføj|fjern|slet|meld|byt|add|remove|drop|put|går|gik|tager|tog|bliver|skifter|starter|"
    r"begynder|overtager|arbejder|sidder|join|joining|take|taking|move|moving|switch|start|keep|"
    r"stay|become|go|going|"
    # "tag mig af som høringstovholder og sæt tiden ned til lidt": a second request
    r"sæt|skriv|ret|ændr|opdater|lad|set|write|mark|change|update|let|make)\b)",
    re.IGNORECASE)


def set_of(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: "mostly air quality", "mest jord": the member's focus, not the whole answer
MAINLY = set_of("mainly mostly primarily chiefly largely mest meste primaert isaer hovedsageligt "
                "overvejende")  # ("det meste af tiden")
REASON = set_of("hvis fordi pga paa grund medmindre eftersom naar da idet saafremt if because "
              "unless since as when while")
#: "9 in total", "18 år i alt": of two numbers, this one is the answer
TOTAL = re.compile(r"\b(?:i alt|in total|total|samlet|altogether|all told|overall|all in all|"
                   r"i faget|i branchen|in the field|in the profession|paa (?:\w+)?omraadet)\b")
#: "6 år i alt, heraf 2 her", "12 years in total, the last two here": the part, not the answer
PART = re.compile(r"\b(?:heraf|herunder|of which|of them|of those|af dem|af disse|"
                  r"(?:the last|de sidste) \w+ (?:here|her|in|i|with|hos|at|ved))\b")
#: words a clause starts with when it is a sentence (a qualifier), not a listed item
_SENTENCE_START = set_of(
    "jeg du vi det der den de han hun man mig min mit mine vores er har kan vil skal var blev fik "
    "kun dog men ikke mere mindre end som ogsaa nu stadig lige bare meget godt altsaa jo "
    "i we it they that this there he she my our is are am was have has had can could will would "
    "only but not more less than as so also now still just very quite really rather about "
    "please thanks tak gerne bortset undtagen except apart kollega kollegaen "
    "colleague")
_ALSO_NOW = set_of("nu now ogsaa also desuden derudover")
_PLACE = set_of("fra from i in at paa hos ved")
_QUANTITY = set_of("hoejst mindst max maks lidt noget nogen en et a an some bit little plus samt og "
                   "and med with saa then nu now ogsaa also desuden derudover")

#: for now: "men sæt Nogen for nu", "Much for now, but ..."; one list for every reader
FOR_NOW = re.compile(r"\b(?:for nu|for now|indtil videre|foreloebig|for the time being|lige nu|"
                     r"right now|at the moment|i oejeblikket)\b")
#: a month or season (folded), for answers that hold from or until one
MONTHS = (r"(?:januar|january|februar|february|marts|march|april|maj|may|juni|june|juli|july|august|"
          r"september|oktober|october|november|december|sommer\w*|summer|vinter\w*|winter|nytaar|"
          r"new year|jul\w*|christmas|paaske|easter|efteraar\w*|autumn|foraar\w*|spring)")
#: handing a function or topic on: "giver den videre", "overlader", "hand it over"; defined once
#: for the remove markers below and for "..., så den giver jeg videre" in form_sentences
HAND_OVER = (r"(?:givet|give|giver|sendt|sender) videre|giv(?:e|er|et)?(?=(?: [\w-]+){1,3} videre\b)|"
             r"videregive\w*|overlad\w*|hand(?:ed|ing|s)? (?:it |them )?over|"
             r"pass(?:ed|ing|es)? (?:it |them )?on")
_REMOVE_RE = re.compile(
    # first, before "fjern": "fjernet krydset ved støj", "removed the tick at noise"
    r"\b(?:(?:fjern\w*|slet\w*|remove[ds]?|deleted?|took|taken) (?:mit |my |the |et |an? )?"
    r"(?:kryds\w*|x|tick|cross|mark)(?: (?:ved|for|at|from|by|next to|af))?|"
    # "vil ikke længere stille op som formand": a negated offer (read before the offer)
    r"(?:ikke|not|no longer|\w+n t|t)(?: \w+){0,2} (?:stille[rt]? (?:\w+ )?op (?:som|til)|"
    r"stand(?:ing)? (?:for|as))|"
    # "unticked the PFAS group"; "Jeg går af som formand"; "må melde fra som sekretær"; Swedish
    # and Norwegian "inte", "ikkje"
    r"un(?:tick|check|mark|select)\w*|deselect\w*|(?:gaar|gik|gaaet|gaa) af(?! sted| med)|"
    r"meld\w* fra (?:som|as)|meldt fra(?! (?:til|paa|i) )|inte|ikkje|"
    # "Noise is off my desk now"
    r"off (?:my|our|the) (?:desk|plate|table|list)|"
    # "Selv har jeg haft høringer nok", "I've had enough of the minutes"
    r"(?:haft|had) (?:\w+ ){0,2}nok(?! (?:at|til|tid|af)\b)|had enough|"
    # "Formand og høringstovholder må I finde andre til"
    r"(?:finde|find|finder) (?:nogle |nogen )?(?:andre|nogen andre|someone else|somebody else|others)"
    r"(?: til| for)?|"
    r"ikke|fjern\w*|slet\w*|uden|stopp?e[rt]?|(?:droppe[dtr]?|drop|dropping|drops)(?! to\b)|afleveret|"
    r"aflevere[r]?|"
    r"afgivet|afgiver|afgav|overdraget|overdrager|udtraadt|traadt ud|traeder ud|traede ud|"
    r"afgive|holdt op|hoert op|holder op|gaaet ud|meldt ud|melder (?:mig )?(?:gerne )?ud|ude af|ud af|"
    # "I'll leave the PFAS working group" (but "on leave the next months" is an absence)
    r"(?<!on )(?<!parental )(?<!maternity )leave(?= (?:the|my) )|"
    r"fravalg\w*|lost|mistet|not|no longer|remove[ds]?|delete[ds]?|anymore|moved out|left|quit|stopped|"
    r"dropped|nej|(?:no|ingen|intet|inget)(?! (?:problem\w*|issue\w*|sag|doubt|tvivl|nyt|new|andet|else|"
    r"aendring\w*|changes?|other|further|at|to)\b)|udgaaet|udgik|cannot|leaving|forlader|forlade|"
    r"come off|comes off|"
    r"stryg|stryge|stryges|stroeget|strike me|cross me off|strike(?= \w)|"
    # "Krydset ved Støj er en fejl", "the tick at Noise was a mistake": the mark is void
    r"(?:er|var|is|was|were) (?:nok |vist |probably |just )?(?:en fejl|forkert\w*|wrong|a mistake|an "
    r"error|a typo|en slaafejl|sat ved en fejl|by mistake)|"
    # "jord ligger hos geo-teamet", "that's my colleague's area": someone else's
    r"ligger (?:nu |jo |nu jo )?hos|ligger nu i|(?:colleague s|kollegas|kollegaens) (?:area|field|thing|job|"
    r"omraade|sag\w*|opgave\w*)|"
    r"(?:kan|maa) (?:godt |gerne )?komme af|\w+n t|vaek|borte|gone|"
    r"(?:i m |i am )?out of|"
    r"roe?get ud|faldet ud|gledet ud|glider ud|glidt ud|ryger(?: ud)?|ryge ud|moved (?:off|away from)|"
    r"flyttet vaek fra|"
    # "affald går ud", "VVM udgår" (not "arbejdet går ud på tilsyn": what it is about)
    r"gaar ud(?! paa)|udgaar|falder (?:ud|bort|vaek)|"
    # "så støjsagerne er røget": gone (not "røget over til", "røget ind")
    r"(?:er|is|are) (?:nu |now |ogsaa )?roe?get(?! (?:over|ind|med|til|paa|op|ned))|"
    # "Støj skal ud", "luften har vi givet videre", "climate has moved to planning"
    r"(?:skal|maa|kan) (?:godt |gerne |ogsaa )*(?:gaa )?(?:ud|fjernes|slettes|udgaa|af(?! sted| og))|"
    r"traekke? mig|traekker mig|trukket mig|trak mig|withdraw\w*|sluppet|slipper|"
    r"slippe(?! (?:ind|med)\b)|give[ns]? up|"
    r"(?:(?:gaaet|overgaaet|gaar|gone|passed|roeget|roget|ryger) over|overgaaet|overgik|overgaar|"
    r"went(?: over)?|moved(?: over)?|gik(?: over)?|gaaet|gone|goes|go) (?:til|to) "
    r"(?:(?:en |min |vores |our |a |my |the |mine |kollegerne |de )?(?:ny |nye |anden |new |other |"
    r"former |old |"
    r"tidligere |gamle )?(?:\w*kollega|\w*kolleger\w*|colleagues?|"
    r"\w*medarbejder|"
    r"\w*koordinator|coordinator|\w*konsulent|consultant|\w*ansvarlig|officer)|en anden|"
    r"nogen anden|another (?:colleague|person|officer)|someone else)|"
    r"af med|get rid of|af listen|laenge nok|long enough|"
    # "noise is handled by our new colleague now", "støj varetages af en kollega"
    r"(?:is|are|er|bliver) (?:now |nu )?(?:handled|covered|taken care of|dealt with|done|"
    r"haandteret|varetaget|daekket) (?:by|af)|(?:varetages|haandteres|klares|daekkes) (?:nu )?af|"
    # "four years as chair is enough", "to år som formand er nok": time to stop
    r"(?:aar|years?) (?:som|as) \w+ (?:er|is|are|has been) (?:more than )?(?:nok|enough)|"
    # "I can't keep up with the PFAS group any more": too much, so out
    r"(?:can t|cannot|can not|couldn t|no longer|not) keep(?:ing)? up with|"
    r"take me off|tag mig af(?! \w+ (?:af|med))|remove me from|fjern mig fra|off (?:the|my) list|"
    # "Count me out as secretary", "I'm going to bow out as chair"
    r"count me out|leave me out|bow(?:ing|ed|s)? out|"
    # "Glem det med støj, det kryds kom med ved en fejl", "forget the noise"
    r"glem (?:det|alt) (?:med|om)|forget (?:about )?(?:the )?|"
    # "luft er det min kollega der tager sig af": a colleague's, not the member's
    r"(?:kollega\w*|colleague\w*|medarbejder\w*) (?:\w+ )?(?:der|som|who|that) (?:\w+ )?"
    r"(?:tager sig af|takes care of|handles|deals with|does)|"
    # "Sekretær må I tage fra mig", "please take it off me"
    r"(?:tage|tag|tages|give|giver|givet|gav|aflevere|afleverer) (?:\w+ )?fra mig|"
    r"take (?:it |them )?(?:off|away from) me|"
    r"take away|tag(?:e|es)? vaek|"
    r"(?:maa|kan|skal|must|can|should|will) (?:gerne )?(?:i |you )?(?:en anden|nogen anden|andre|"
    r"someone else|"
    r"somebody else|others|de andre|de yngre|de unge|the others|the younger ones|younger people) "
    r"(?:gerne |godt |saa )?(?:over)?(?:tage|take)|"
    # "på tide, at en anden tager over", "someone else can take over", "sekretær må en anden overtage"
    r"(?:en anden|nogen anden|someone else|somebody else) (?:\w+ )?(?:tager over|overtager|"
    r"takes? over|taking over)|"
    # "Klima er lagt over i Plan", "PFAS hører nu under et andet team": another unit's now
    r"lagt (?:over|ind) (?:i|til|hos|under)|(?:hoerer|ligger) (?:nu )?under (?:et andet|en anden|"
    r"andre|another|a different)|"
    r"(?:give|giver|givet|gav) slip (?:paa|med)|let(?:ting)? go of|"
    # "har sagt farvel til affald", "said goodbye to noise", "er sprunget fra PFAS-gruppen"
    r"(?:sagt|siger|sige|sagde) farvel til|(?:said|say|saying|says) goodbye to|"
    r"(?:sprunget|springer|springe|hoppet|hopper|hoppe) fra|"
    # "kan I tage af" (but "tage sig af" is taking care of)
    r"giving up|gave up|opgive\w*|(?<!mig )(?<!sig )(?<!dig )(?<!os )tages? af(?! med)|"
    # "så I må gerne pille mig af som sekretær": off
    r"pill(?:e|er|es)?(?=(?: [\w-]+){1,4} af\b)|"
    # "luft er ovre hos Jens-Ole nu", "noise has ended up with Ditte" (not "lander hos mig")
    r"(?:er|is|has) (?:nu |now )?(?:ovre|havnet|endt|ended up|gone over) (?:hos|with) (?!mig\b|me\b)|"
    r"tag(?=(?: [\w-]+){1,4} "
    r"af\b)|"
    # "vil gerne tage PFAS af" (not "tage sig af": taking care of it)
    r"tage(?= (?!(?:sig|mig|dig|os|jer)\b)(?:[\w-]+ ){0,3}af\b)|"
    r"take(?=(?: [\w-]+){1,4} off\b)|should (?:be )?(?:go|removed|"
    r"dropped|taken off)|can go|(?:gaa|gaar|gaaet|gik) videre|" + HAND_OVER + "|"
    r"(?:hand(?:ed|ing|s)?|pass(?:ed|ing|es)?) (?:[\w-]+ ){0,3}(?:over|on)(?= to\b)|"
    r"step(?:ped|ping|s)? (?:down|back from)|stand(?:ing|s)? down|stood down|"
    # "it's someone else's turn", "nu er det en andens tur"
    r"someone else s turn|somebody else s turn|(?:en andens|andres|nogen andens) tur|"
    r"traede (?:\w+ )?tilbage|traeder (?:jeg |vi )?(?:\w+ )?tilbage|"
    # "I må finde en ny høringstovholder": the role is for someone else now
    r"(?:finde|find|finder|vaelge|choose|pick|elect) (?:en |a )?(?:ny|nye|new|anden|another))\b")
_ADD_RE = re.compile(r"^(?:og|and|plus|samt)\b|^(?:ja|yes) (?:tak |please )?(?:til|to)\b|"
                     r"\b(?:(?<!han )(?<!hun )(?<!he )(?<!she )"
                     r"ogsaa(?! (?:gaa )?(?:ud|fjernes|slettes|af)\b)|"
                     # drawn or elected for a role: it is added to the member's ("trukket som sekretær")
                     r"(?:trukket|drawn|valgt|elected|chosen) (?:som|til|as|for)|trak|drew|"
                     r"projekt\w* om|project (?:on|about)|"  # working on it: an addition
                     # "er stadig mit", "fortsætter", "I'll keep doing": kept, so never instead
                     # ("I shan't be able to carry on as secretary": the "t" before takes it away)
                     r"(?<!ikke )(?<!not )(?<!n t )(?<!cannot )(?<!able to )(?:stadig|fortsat|fortsaetter|"
                     r"fortsaette|"
                     r"still|continues?|"
                     r"carry on|blive ved|bliver ved)|"
                     r"(?:skal|kan|maa) (?:gerne )?blive staaende|bliver staaende|should stay|can stay|"
                     r"stays?|remains?|stille[rt]? (?:jeg |vi )?(?:gerne |godt |hermed )?op (?:som|til)|"
                     # "jeg vil gerne stå for at samle input til høringerne": in charge of it
                     r"(?:vil|kan|gerne|godt) (?:\w+ )?staa for|"
                     # "men vil gerne ind i PFAS-gruppen": join it
                     r"(?:vil|kan|skal|gerne|godt) (?:gerne |godt |ogsaa )?(?:med )?ind i|"
                     # "Spildevand og luft er som før": those stay, the others are not spoken of
                     r"(?:er|is|are) (?:stadig |still )?(?:the same|de samme|det samme|som foer|som sidst|"
                     r"uaendret|uaendrede|unchanged|as before)|stand(?:ing)? (?:for|as)|"
                     r"saet(?:te|ter)?(?=(?: [\w-]+){1,4} paa\b)|tilfoej\w*|"
                     r"(?:lagg|legg)(?=(?: [\w-]+){0,3} til+\b)|"  # Swedish, Norwegian: "lägg till"
                     # "jeg tager Power-to-X med fremover": takes it along (not "med mig")
                     r"tag(?:er|e)?(?=(?: [\w-]+){1,3} med"
                     r"(?! (?:mig|det|den|dem|os|jer|ham|hende)\b))|"
                     r"meld(?:t|er)? mig (?:gerne |ogsaa |bare )?ind|"
                     r"(?:er|blevet) (?:jeg |du )?(?:nu )?meldt ind|desuden|"
                     r"derudover|nyt?(?! (?:kollega|colleague|medarbejder|chef|job|stilling))|"
                     r"also|add(?:ed)?|too|as well|joined|joining|join|kommet (?:til|med|ind)|"
                     r"beholde[rs]?|bibeholde[rs]?|keep(?:s|ing)?(?! up\b)|kommer (?:til|med|ind)|"
                     r"(?:skal|maa) (?:ogsaa )?(?:ind|tilfoejes|med|paa)|should be added|begyndt|"
                     r"startet|(?:har|have|has|i ve) (?:nu |now |ogsaa |also )?(?:faaet|got|been given|"
                     r"arvet|inherited)|(?:og|and) (?:faaet|fik|got|gotten)|"
                     r"til gengaeld(?! (?:\w+ ){0,3}(?:ikke|not)\b)|in return|picked up|taken on|took on|"
                     r"started|join|joine|add me|tilfoej mig|saet (?:\w+ ){1,3}paa|"
                     r"(?:sat|saet|lavet) (?:et )?(?:x|kryds) "
                     r"ved|krydset (?:af )?(?:ved )?|ticked|checked|marked)\b"
                     # ... but not a mark said to be a mistake: "Krydset ved Støj er en fejl"
                     r"(?! ?(?:[\w-]+ ){1,4}(?:er|var|is|was) (?:nok |vist |just )?(?:en fejl|forkert|"
                     r"wrong|a mistake|an error)| ?(?:[\w-]+ ){1,3}by mistake)")
#: said right after an option: "Luft er kommet til i år", "noise too", "PFAS has been added"
ADDED_AFTER = re.compile(r"^(?:er |is |has |have |are )?(?:nu |now |ogsaa |also )?(?:kommet "
                         r"(?:til|med|ind)|blevet tilfoejet|been added|added|too|as well)\b")
#: "Byt støj ud med luft", "affald er skiftet ud med IE", "replace X with Y": X out, Y in
SWAP = re.compile(r"\b(?:ud med|udskiftet med|replaced? (?:by|with)|swap(?:ped)? for|"
                  r"skiftet ud med)\b|\b(?:swap(?:ped)?|replace[ds]?|erstat\w*|udskift\w*|byt)\s"
                  r"(?:[\w-]+\s){1,4}?(?P<at>for|with|med|by)\b")  # "swap Air for Wastewater"
#: "skiftet fra spildevand til affald", "from lidt to nogen": the first out, the second in
FROM = set_of("fra from")
TO = set_of("til to")


def from_to(typed: list[str], hits: list[Found]) -> int | None:
    """Where the "to" part of "fra X til Y" starts, when X and Y are options of one question."""
    hits = sorted(hits, key=lambda f: f.start)
    for a, b in zip(hits, hits[1:], strict=False):
        to = TO | _OVER_ON if set(typed[a.end:b.start]) >= _OVER else TO  # "fra støj over på affald"
        if FROM & set(typed[max(0, a.start - 2):a.start]) and to & set(typed[a.end:b.start]) \
                and b.start - a.end <= 4:
            return next(i for i in range(a.end, b.start) if typed[i] in to)
    return None


_OVER = frozenset(("over",))
_OVER_ON = frozenset(("paa", "on", "onto"))
#: "nogen i stedet for meget", "some instead of much": what follows is taken away
INSTEAD = re.compile(r"\b(?:i stedet for|instead of|frem for|rather than)\b")
#: "jeg vil hellere være sekretær end høringstovholder", "I'd rather be secretary than chair":
#: the first in, the second out (read like INSTEAD, at "end"/"than")
RATHER = re.compile(r"\b(?:hellere|heller|rather)\b(?: \S+){1,5}? (?P<at>end|than)\b")


def sentences(text: str) -> list[str]:
    out: list[str] = []
    for part in _SENTENCE_END.split(text.strip()):
        previous = out[-1] if out else ""
        raw = (previous.rstrip(".").rsplit(maxsplit=1) or [""])[-1]
        raw = raw.lstrip("([{\"'«")  # "(ca. 80 %)"
        last = raw.casefold()  # an initial is a capital ("Mette J."); "med i." ends a sentence
        if previous.endswith(".") and (last in _ABBREVIATIONS or len(raw) == 1 and raw.isupper()
                                       or last in _MONTH_SHORT and part[:1].islower()
                                       or part[:1].isdigit() and last.isdigit()
                                       or part[:1].islower() and last.isdigit()
                                       and not _NEW_SENTENCE.match(part)):  # "14. januar"
            out[-1] = f"{previous} {part}"
        elif part.strip():
            out.append(part)
    return out


#: a reason put first, then the main clause in inverted order, without a comma: "Pga. barsel fra
#: februar | har jeg kun lidt tid i år"
_REASON_FIRST = re.compile(r"(?:pga\.?|på grund af|paa grund af)\s", re.IGNORECASE)
_INVERTED = re.compile(r"\s(?=(?:har|er|kan|maa|må|faar|får|bliver) (?:jeg|vi)\b)", re.IGNORECASE)


def _reason_then_main(clause: str) -> list[str]:
    main = _INVERTED.search(clause) if _REASON_FIRST.match(clause) else None
    return [clause[:main.start()], clause[main.end():]] if main else [clause]


def _listed_on(sentence: str) -> list[str]:
    """The sentence split at its clause marks, where a bare topic before a comma is joined to the
    list that goes on after it: "Spildevand, luft og klima kan slettes" is one clause."""
    pieces: list[str] = []
    last, comma = 0, False
    for m in _CLAUSE_MARK.finditer(sentence):
        piece = sentence[last:m.start()]
        if comma and pieces and _bare_topic(pieces[-1]) and _list_goes_on(piece):
            pieces[-1] = f"{pieces[-1]} og {piece}"
        else:
            pieces.append(piece)
        last, comma = m.end(), m.group(0).strip() == ","
    piece = sentence[last:]
    if comma and pieces and _bare_topic(pieces[-1]) and _list_goes_on(piece):
        pieces[-1] = f"{pieces[-1]} og {piece}"
    else:
        pieces.append(piece)
    return pieces


def _bare_topic(piece: str) -> bool:
    typed = words(piece)
    return 0 < len(typed) <= 2 and not any(markers(typed)) and is_listed_item(piece) \
        and not _SENTENCE_START & set(typed)


def _list_goes_on(piece: str) -> bool:
    """"luft og klima kan slettes": another topic, "og" and a third, then the verb for all."""
    parts = _ITEM_SEP.split(piece, maxsplit=1)
    return len(parts) == 2 and _bare_topic(parts[0]) and any(markers(words(parts[1])))


def clauses(sentence: str) -> list[str]:
    """The clauses of one sentence, their punctuation removed (a clause may be empty)."""
    out = []
    for piece in _listed_on(sentence):
        for sub in _OPENERS.split(piece):
            for part in _NEW_CLAUSE_AND.split(sub):
                out += _reason_then_main(part.strip(" .!?"))
    return [c for c in out if words(c)]


def items(clause: str) -> list[str]:
    """A clause's listed parts: "grundvand og drikkevand" -> both."""
    return [p for p in _ITEM_SEP.split(clause) if words(p)]


#: "brintanlæg ved siden af spildevand", "odour besides noise": two topics, as "og" joins them
_ITEM_SEP = re.compile(r"(?<!\bny)(?<!\bnu)(?<!\bnow)(?<!\bfrem)"  # ("i ny og næ",
                       # "nu og da", "now and then": one phrase)
                       r"\s+(?:og|and|samt|plus|eller|or|&|ved siden af|udover|ud over|foruden|"
                       r"besides|alongside|in addition to)\s+|\s*\+\s*|(?<!\d)\s*/\s*(?!\d)",
                       re.IGNORECASE)  # ("1/1" is a date)


def key(text: str) -> str:
    return " ".join(words(text))


#: "Støjen har en kollega overtaget": someone else took it over, so it is no longer the
#: member's; "jeg har overtaget PFAS" is the member taking it on (an addition)
_TAKEN_OVER = re.compile(r"\b(?:overtaget|overtager|overtog|overtage|taken over|took over|takes over|"
                         r"take over|taking over|tager sig af|takes care of)\b")  # (never "mig af")
_FIRST_PERSON = re.compile(r"\b(?:jeg|vi|we|(?:our|vores) (?:team|afdeling|department|unit)|"
                           r"i (?:have|ve|took|take|will|m|am|d|would|could|can|ll|shall|want|wish|plan|"
                           r"hope|offer\w*)|"
                           # "happy to take over the minutes", "Vil gerne overtage høringerne"
                           r"(?:happy|glad|willing|keen|able|like|love|volunteer|offer) to|"
                           r"^(?:vil|kan|kunne) (?:gerne|godt))\b")
#: "..., og har overtaget spildevandet": the subject left out is the one before it, the member
_SAME_SUBJECT = re.compile(r"^(?:og|and|men|but) (?:har|have|has|er|am|tog|took|overtog)\b")
#: "climate has moved to planning": it left the member; "jeg er flyttet til jord": the member
#: took it on (the subject decides, as with "overtaget")
_MOVED = re.compile(r"\b(?:moved|flyttet|roeget|roget|gaaet|overgaaet|gone|gaar|ryger|went|gik)(?: over)? "
                    r"(?:til|to)\b")
#: "har overtaget PFAS og jord fra Birgitte", "Have taken over soil": the member, who left out "I"
_I_LEFT_OUT = re.compile(r"^(?:har|have|ve|har lige|have just|just|took|overtog)\b")
_NO_SUBJECT = re.compile(r"^(?:er|har|am|have|ve|is|has)\b")
_I_MOVED = re.compile(r"\b(?:jeg|vi|i|we)(?: (?:er|har|am|have|ve|has|nu|now|also|ogsaa|desuden|"
                      r"derudover|selv|siden|since))* "
                      r"(?:moved|flyttet|roeget|roget|gaaet|overgaaet|gone|went|gik)\b")


def markers(typed: list[str]) -> list[str]:
    """Per word: "remove" or "add" where a marker of either ends, else ""."""
    out = [""] * len(typed)
    text = " ".join(typed)
    for pattern, kind in ((_ADD_RE, "add"), (_REMOVE_RE, "remove")):
        for m in pattern.finditer(text):
            if kind == "add" and m.start() == 0 and m.group(0) in ("og", "and", "plus", "samt") \
                    and (_REMOVE_RE.search(text) or _MOVED.search(text) or _TAKEN_OVER.search(text)):
                continue  # "Og støj kan fjernes": "og" joins the sentence, it adds nothing
            out[max(0, len(text[:m.end()].split()) - 1)] = kind
    mine = _FIRST_PERSON.search(text) or _SAME_SUBJECT.match(text) or _I_LEFT_OUT.match(text)
    for m in _TAKEN_OVER.finditer(text):
        out[max(0, len(text[:m.end()].split()) - 1)] = "add" if mine else "remove"
    mover = _I_MOVED.search(text) or _NO_SUBJECT.match(text)  # "(er gået over til jord)": the member
    for m in _MOVED.finditer(text):
        out[max(0, len(text[:m.end()].split()) - 1)] = "add" if mover else "remove"
    return out


#: "klima ud, PFAS ind": an option with a bare particle after it, the shorthand for taking it
#: out of or into a pre-filled answer ("jord skal ud" has a verb: it stays unclear)
OUT_IN = {"ud": "remove", "ind": "add", "out": "remove", "in": "add", "af": "remove",
          "paa": "add"}  # "affald af", "IE-direktivet på"


def own_particle(typed: list[str], f: Found) -> bool:
    """"jord ind", "affald ud": a bare particle right after the option, ending its part of the
    clause (not "ind imellem", "ud over")."""
    return typed[f.end:f.end + 1] in (["ind"], ["ud"]) and typed[f.end + 1:f.end + 2] in (
        [], ["og"], ["and"], ["samt"])


_PARTICLE = re.compile(r"\b(?:ud|ind|op|ned)\b")
#: fixed phrases whose particle belongs to no verb: "ind imellem" (now and then), "op til"
_ADVERBIAL = re.compile(r"\b(?:ind ?i ?mellem|ud over|op til|ned til|ud fra|op imod|ind under|"
                        # "tiden må ned på lidt", "jeg går ned på lidt tid": the new amount
                        r"(?:ned|op) paa(?= \w+(?: tid| time| tid igen| igen)?$)|"
                        r"(?:ned|op) (?:i|paa) (?:tid|timer|\d+))\b")  # "gået ned i tid"


def unclear_verb(clause: str) -> bool:
    """"Jord skal ud, luft skal ind": a verb with a particle that no known phrase explains
    ("gået ud af", "meld mig ind", "byt ... ud med" are known) may mean anything."""
    k = _ADVERBIAL.sub(" ", key(clause))
    return bool(_PARTICLE.search(k)) and not (_REMOVE_RE.search(k) or _ADD_RE.search(k)
                                               or SWAP.search(k) or INSTEAD.search(k)
                                               or _MOVED.search(k)
                                               or _TAKEN_OVER.search(k))


#: a member unsure of an answer ("høringstovholder måske", "maybe chair") leaves it to the chair
HEDGE = set_of("maaske muligvis eventuelt evt maybe perhaps possibly unsure usikker consider might "
               "overveje overvejer optimistisk optimistic urealistisk unrealistic")
_IF_NEEDED = set_of("evt eventuelt")  # after "kan"/"kunne": "if need be", an offer, no doubt
_MODALS = set_of("kan kunne could can")


def hedged(typed: list[str]) -> bool:
    """Does the member hedge ("måske formand", "evt. formand"), not just offer ("kan evt.
    være høringstovholder": could, if need be)?"""
    return any(w in HEDGE and not (w in _IF_NEEDED and i and typed[i - 1] in _MODALS)
               for i, w in enumerate(typed))
#: "Not sure what counts as 'some'", "ved ikke om det er nogen": the member does not know
UNSURE = re.compile(r"\b(?:not sure|ikke sikker|ved ikke|ved (?:jeg|vi) ikke|afhaenger (?:\w+ )?af|"
                    r"don t know|dont know|hard to say|svaert at "
                    r"sige|thinking (?:about|of)|considering|overvejer|haven t (?:made up my mind|decided)|"
                    r"not (?:yet )?decided|(?:isn t|is not|ikke) (?:\w+ )?(?:decided|besluttet|afklaret)|"
                    r"ikke (?:besluttet|bestemt) mig|ikke taget stilling)\b")
#: "secretary or chair": the member offers one of them, not both, and the chair must choose
ALTERNATIVE = set_of("eller or")


#: "mere efter nytår", "less later on": an amount that will change (the one now is the answer)
LATER_MORE = re.compile(r"^(?:men |but )?(?:mere|more|mindre|less)\b.*\b(?:efter|after|fra|from|later|"
                        r"senere|afterwards|bagefter)\b")
EITHER = re.compile(r"\b(?:either (?:is|would be|one is) (?:fine|ok|good)|either one|whichever|"
                    r"begge (?:dele )?(?:er fint|er ok|gaar)|hvad som helst af dem|"
                    # "Sekretær eller høringstovholder kan jeg godt tage": offered, both
                    r"(?:kan|vil) jeg (?:godt |gerne |sagtens |fint )*(?:tage|paatage mig|varetage)|"
                    r"i (?:can|could|would) (?:happily |gladly |easily )?(?:take|do)(?: on)?)\b")
#: "chair or secretary, not both": one of them, for the chair to settle
_NOT_BOTH = re.compile(r"\b(?:ikke begge|not both|kun den ene|only one)\b")


def alternatives(typed: list[str], found: list[Found]) -> bool:
    """"sekretær eller formand": two options of one question joined by "or" (not "ikke PFAS
    eller støj", which takes both away)."""
    hits = sorted(found, key=lambda f: f.start)
    if EITHER.search(" ".join(typed)) and not _NOT_BOTH.search(" ".join(typed)):
        return False  # "chair or secretary, either is fine": both
    return any(a.option.question == b.option.question and ALTERNATIVE & set(typed[a.end:b.start])
               and not removes(" ".join(typed[:b.start]))
               for a, b in zip(hits, hits[1:], strict=False))


def removes(clause: str) -> bool:
    return bool(_REMOVE_RE.search(key(clause)))


def adds(clause: str) -> bool:
    return bool(_ADD_RE.search(key(clause)))


_LEFT = frozenset(("retired", "left", "stopped", "quit", "resigned", "gik", "stoppede", "sagde",
                  "holdt", "fratraadte", "died", "moved"))


def is_past_cause(clause: str) -> bool:
    """"after Birthe retired", "efter Jens stoppede": why a task came, a fact and no condition."""
    typed = words(clause)
    return typed[:1] in (["after"], ["efter"]) and bool(_LEFT & set(typed[1:5]))


def is_reason(clause: str) -> bool:
    typed = words(clause)  # "på grund af" gives a reason, "på nær at" an exception
    if typed[:2] in (["for", "mange"], ["too", "many"], ["for", "meget"], ["too", "much"]):
        return True  # "– for mange møder": why
    if typed[:1] in (["isaer"], ["saerligt"], ["specielt"], ["especially"]) and typed[1:2] in (
            ["nu"], ["now"]):
        typed = typed[1:]  # "især nu hvor ...": the reason, said more strongly
    if typed[:2] in (["efter", "at"], ["nu", "hvor"], ["now", "that"], ["selv", "om"], ["even", "though"],
                     ["even", "if"]) or typed[:1] in (["selvom"], ["although"], ["though"]):
        return True  # "efter at vores spildevandsmand er gået på pension": why, not news
    if is_past_cause(clause):
        return True
    if typed[:1] == ["as"] and typed[1:2] in (["agreed"], ["discussed"], ["decided"], ["promised"]):
        return False  # "As agreed at the meeting I'm taking over ...": the answer itself
    if typed[:3] in (["because", "of", "that"], ["because", "of", "this"]) or typed[:2] in (
            ["pga", "det"], ["pga", "dette"]) or typed[:4] == ["paa", "grund", "af", "det"]:
        return False  # "Because of that I've left the inspection network": what followed
    return bool(typed) and typed[0] in REASON and (typed[0] != "paa" or typed[1:2] == ["grund"])


def is_part(clause: str) -> bool:
    return bool(PART.search(key(clause)))


def is_listed_item(item: str) -> bool:
    """An unplaced part that reads like a listed topic ("lugt fra landbruget", "plus lidt
    biogas"), not like a sentence ("det har en kollega overtaget")."""
    typed = words(item)
    if typed[:1] in (["men"], ["but"]) and typed[1:2] and typed[1] in _ALSO_NOW:
        typed = typed[1:]  # "men nu også grundvand"
    while typed and typed[0] in _QUANTITY:
        typed = typed[1:]
    cut = next((i for i, w in enumerate(typed) if i and w in _PLACE), len(typed))
    if typed and typed[-1] in _UNIT_HEADS:
        return False  # "the new Environment & Health team": a place, not a topic
    if typed and typed[-1] in _NO_TOPIC_HEADS:
        return False  # "Vi har fået ny leder": a person or a job, not a topic
    verb = next((i for i in (1, 2) if i < len(typed) and typed[i] in _FINITE), 0)
    if verb and len(typed) > verb + 1 and (typed[verb + 1] not in _SUBJECTS or typed[verb + 1] == "i"
                                           and typed[verb] in ("er", "var", "blev", "bliver")
                                           or typed[verb + 1] in _OBJECTS_EN):  # "Lars took it over"
        return False  # "Efteråret har været hårdt", "kommuneplanen er i høring": a statement
    return bool(typed) and typed[0] not in _SENTENCE_START and cut <= 4  # "odour complaints
    # from the treatment plants": a topic and where it comes from


def subject_of(item: str) -> str:
    """The words before a finite verb in second or third place ("grundvand er mine nu" ->
    "grundvand"), or ""."""
    typed = words(item)
    verb = next((i for i in (1, 2) if i < len(typed) and typed[i] in _FINITE), 0)
    return " ".join(typed[:verb])


_NO_TOPIC_HEADS = set_of("chef chefen leder lederen boss manager kollega kollegaen kollegaer kolleger "
                         "colleague colleagues job jobbet stilling stillingen titel title barn baby "
                         "koordinator koordinatoren coordinator medarbejder employee "
                         "tid time")
_UNIT_HEADS = set_of("team teamet teams afdeling afdelingen department unit enhed enheden kontor kontoret "
                     "center centret centre sektion sektionen office")


#: a finite verb second, the subject first ("grundvand har jeg også" has the verb second too,
#: but a pronoun after it: the topic is the object, still listed)
_FINITE = set_of("har er var blev bliver kan vil skal maa gik gaar has is was were have are will "
                 "had became starts started begins began starter startede begynder kommer comes "
                 "came arrives took takes tog tager overtog overtager handles handled")
_OBJECTS_EN = set_of("it them that this")
_SUBJECTS = set_of("jeg vi du i han hun de man det den der we you he she they it")


#: "Jeg laver mest virksomhedstilsyn", "I mostly work on odour", "Har skiftet til industrimiljø":
#: the member's work, then a topic
_WORK_LEAD = re.compile(
    # "Please add odour", "Kan I tilføje lugt": asked for, then the topic
    r"^(?:(?:please|pls|plz|venligst|gerne|kindly|lige|could you|can you|would you|kan i|kan du|vil i|"
    r"vil du|kunne i|kunne du) )*(?:add|tilfoej|tilfoeje|put|saet|skriv|include|tick|set)"
    r"(?: (?:me|mig|paa|on|down|for|ogsaa|also|gerne|lige|venligst|please|til|to|under))*\b|"
    # "(these days) it's mostly odour complaints", "Det er mest drikkevand nu", "Mine opgaver er
    # nu lugtklager og jord": what the work is now, said as what it is
    r"^(?:(?:these days|nowadays|for tiden|i dag|nu|efterhaanden) )?(?:det|it) (?:er|s|is) "
    r"(?:nu |now )?(?:mest|mainly|mostly|primarily|primaert|hovedsageligt|overvejende)(?: med| about)?\b|"
    r"^(?:(?:mine|my) (?:arbejds)?(?:opgaver|tasks|work|job|fagomraader|areas|dage|days) "
    r"(?:er|is|are|go on|gaar med)(?: (?:nu|now|mest|mostly|mainly|primarily|primaert|"
    r"hovedsageligt|med|with|about|on))*)\b|"
    # after a time adverbial the verb comes first: "Efter omorganiseringen arbejder jeg mest med"
    r"^(?:(?:efter|siden|fra|nu|i dag|for tiden|i aar|fremover)(?: \w+)? (?:arbejder|sidder|laver) "
    r"(?:jeg|vi)(?: (?:mest|primaert|isaer|hovedsageligt|nu|ogsaa|meget|med))*|"
    r"(?:jeg |vi |i |we )?(?:har |have |ve )?(?:skiftet|switched|changed) (?:over )?(?:til|to)|"
    # "jeg er begyndt at arbejde med brintanlæg", "I've started working on odour"
    r"(?:(?:og|and) )?(?:(?:jeg|vi|i|we) )?(?:er |har |have |ve |am |also |ogsaa )*(?:begyndt|startet|"
    r"started|begun)(?: (?:at|to))?(?: (?:arbejde|work|working|paa|on|med|with))+|"
    r"(?:(?:og|and) )?(?:(?:jeg|vi|i|we)(?: (?:har|have|am|er|mest|primaert|isaer|hovedsageligt|"
    r"mostly|mainly|primarily|also|ogsaa))* )?(?:laver|arbejder|arbejdet|sidder|beskaeftiger mig|"
    r"tager mig af|doing|do|work|working|worked|handle|deal|cover|covering)\b"
    r"(?: (?:mest|primaert|isaer|hovedsageligt|mostly|mainly|primarily|med|with|on|af|of|nu|now|"
    r"meget|ogsaa|also|a lot|en del|lidt|noget))*)")


def topic(item: str) -> str:
    """An item without the lead-in that says it is the member's work."""
    return _WORK_LEAD.sub("", key(item)).strip()


def folded(text: str) -> str:
    return fold(text)


#: before a sign that starts an item ("+ PFAS", "-Affald"; not the hyphen in "Power-to-X")
_SIGN_SPLIT = re.compile(r"[\s,;]*(?<!\w)(?=[+\-–]\s*\w)")
_SIGNED_ITEM = re.compile(r"[+\-–]\s*\w")  # not "-> også høringstovholder": an arrow


def signed_items(text: str, options: Sequence[Option]) -> list[tuple[str, Found]] | None:
    """"+støj +luft -affald", "+ Spildevand, - Affald": (sign, option) per item, when every item
    is signed and names exactly one of ``options``; else None (the text is read as words)."""
    parts = [p.strip(" ,;.") for p in _SIGN_SPLIT.split(text.strip()) if p.strip(" ,;.")]
    if not parts or any(not _SIGNED_ITEM.match(p) for p in parts):
        return None
    chosen = [(p[0], find_options(words(p[1:]), options)) for p in parts]
    if any(len(found) != 1 for _, found in chosen):
        return None
    return [("+" if sign == "+" else "-", found[0]) for sign, found in chosen]
