"""What a member's sentence tells the chair rather than the form, and what is only courtesy. Pure.

News (leaving, a new job, an absence), a question, a conversation reported and answers given for
a colleague go to the chair; greetings, thanks, talk about the reply itself ("se mine krydser")
and when the member will see the others are courtesy. Whose a role is (another person's, shared,
proposed for someone) is decided in tovholder.replies.form_whose.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tovholder.replies import form_clauses as fc

if TYPE_CHECKING:
    pass

#: a conversation reported: the options named are its topics, not the member's answers
REPORTED = re.compile(r"\b(?:talt|snakket|spurgt|skrevet|naevnt|aftalt|droeftet|diskuteret|"
                      r"talked|spoke|asked|mentioned|discussed)\b"
                      r"(?! (?:to|om at|mig om at|me into|mig til at) )|"  # ("talked me into joining")
                      # "the minutes say the network will merge with ...": what the minutes say
                      r"\b(?:the minutes|referatet|dagsordenen|the agenda) (?:\w+ )?(?:say|says|said|state|"
                      r"states|siger|sagde|skriver|naevner)\b|"
                      # comments on a consultation: its subject is no answer
                      r"\b(?:kommentarer|bemaerkninger|input|comments) (?:til|on|to|for)\b|"
                      r"\b(?:hoering\w*|consultation)(?: handler| drejer sig| is| will be)? "
                      r"(?:om|on|about)\b")
#: answers given for someone else
ON_BEHALF = re.compile(r"\b(?:svare?r? for (?:ham|hende|dem|min kollega)|paa (?:hans|hendes|deres) "
                       r"vegne|paa vegne af|on (?:his|her|their) behalf|on behalf of|"
                       r"(?:answer|reply|respond)(?:ing)? for (?:him|her|them|my colleague)|"
                       r"(?:i m|i am) not a member|jeg er ikke (?:selv )?medlem|"
                       # "Mette sendte mig jeres skema inden hun stoppede", "who forwarded me this"
                       r"(?:sendte|videresendte|forwarded|sent|gav|gave) (?:mig|me) (?:jeres |dit |your |"
                       r"the |her |his |hendes |hans )?(?:skema\w*|form|this))\b")
#: the member's own answers again, after another person's: "Mine egne svar er de samme"
OWN_AGAIN = re.compile(r"^(?:og |and |men |but )?(?:mine egne|mit eget|min egen|for mit eget vedkommende|"
                        r"selv (?:har|er|tager|kan) jeg|hvad mig (?:selv )?angaar|my own|as for me|"
                        r"for my part|for myself|i myself)\b")
#: the member confirms what was agreed: "som aftalt på novembermødet", "as we discussed"
AS_AGREED = re.compile(r"\b(?:som (?:aftalt|naevnt|sagt|talt om|snakket om|droeftet|vi (?:har )?(?:talte|"
                       r"talt|snakkede|snakket|"
                       r"aftalte|aftalt)(?: om)?)|as (?:agreed|discussed|mentioned|we (?:discussed|"
                       r"agreed|talked about|said))|like we (?:discussed|said|agreed))\b"
                       r"(?: (?:paa|ved|at|in|on) (?:the )?\S+)?")
#: courtesy and talk about the reply itself (not an answer, nothing for the chair)
_META = re.compile(
    r"\b(?:kryds\w*|kryss\w*|skjemaet|ticked|checked|(?:mine|my) (?:rettelser|aendringer|corrections|"
    r"changes)|"
    r"ovenstaaende|ovenfor|above|below|nedenfor|herunder|pilen|se pil|see (?:the )?arrow|"
    r"arrow|svar\w*knap\w*|videresend\w*|forward\w*|vender (?:\w+ )?tilbage|kommer (?:\w+ )?tilbage|"
    r"svarer (?:senere|efter \w+|naar \w+|i morgen)|nederst|forneden|"
    r"(?:skrevet|sat|written|put) (?:ja|x|yes|et x) (?:ud for|ved|next to|by|against)|"
    r"not much else|nothing much else|ikke (?:meget|mere) andet|"
    r"spoergsmaal (?:mit |dit )?svar|questions? (?:my |your )?answers?|"  # a table's header row
    r"(?:kigger|kigget|kigge|ser|set|se) paa (?:det|den|dem|skemaet)\b|"
    r"(?:almindeligt|ordinary|regular) (?:medlem|member)|look (?:at|into) it|have a look|"
    r"glemt alt om|forgot (?:all )?about|"
    r"here goes|vi ses|see you|tak for sidst|(?:rigtig )?godt moede|(?:good|great|nice) meeting|"
    r"new to the group|ny i gruppen|er ny|i m new|i am new|"
    r"(?:se|see) (?:skemaet|the form|(?:punkt|pkt|spm|spoergsmaal|question|item|point|no|nr) \d+)|"
    r"(?:saa )?er det (?:udfyldt|gjort|klaret|besvaret)|"
    r"that s (?:it|all)|svarer (?:lige |bare )?herfra|"
    # "Jeg kunne ikke svare direkte på mailen fra telefonen, så jeg sender den videre": how sent
    r"(?:kunne ikke|kan ikke|couldn t|could not|can t|cannot) (?:\w+ )?(?:svare|reply|answer|besvare) "
    r"(?:\w+ )?(?:direkte|directly|paa mailen|to the mail|fra telefonen|from (?:my )?phone)|"
    # "jeg svarer på skemaet i næste uge", "I'll fill it in next week": the answers come later
    r"(?:svarer|besvarer|udfylder|sender|kigger) (?:\w+ )?(?:paa )?(?:skemaet|det|"
    r"den) (?:\w+ )?(?:i naeste uge|"
    r"senere|snarest|naar jeg|i morgen|efter)|(?:i ll|i will) (?:\w+ )?(?:answer|reply to|fill in|fill out|"
    r"do|get back to) (?:the form|it|you) (?:\w+ )?(?:next week|later|soon|tomorrow|when)|"
    # "Out of office until 6 January with limited access to mail": why the answer is short
    r"(?:limited|begraenset|sporadisk|sporadic|little|kun lidt) (?:access to|adgang til) (?:my )?(?:e )?"
    r"(?:mail|email|mails|e mail|computer|pc)|(?:sender|skriver) (?:lige |bare )?(?:svaret |"
    r"det |mit svar )?herfra|answering from here|herover|private (?:mail|"
    r"e mail|email)|(?:sender|sending) (?:lige |just )?(?:fra|from) (?:min|my) (?:private?|personal)|"
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
FOR_CHAIR = re.compile(r"\b(?:moede\w*|meeting\w*|referat\w*|minutes|afbud|deltage\w*|"
                       # (back from it is over: "Back from parental leave", "tilbage fra barsel")
                       r"attend\w*|pension\w*|"
                       r"(?<!^back from )(?<!^back from parental )(?<!^back from maternity )"
                       r"(?<!i m back from )"
                       r"(?<!i am back from )(?<!i m back from parental )(?<!i am back from parental )"
                       r"(?<!^tilbage fra )(?<!jeg er tilbage fra )(?<!er jeg tilbage fra )"
                       r"(?:barsel\w*|orlov|sygemeldt|leave))\b")
#: news the chair must act on even inside an answer: leaving, an absence from a meeting (a leave
#: given as the reason for less time is no news: "lidt tid pga. orlov")
NEWS = re.compile(
    r"\b(?:(?:leave|leaving) (?:the |my )?(?:group|municipality|council|job|kommune)|"
    r"forlader(?! (?:den |det )?(?:(?:\w+ )?(?:\w*arbejdsgruppe\w*|\w*netvaerk\w*|\w+gruppen)|"
    r"\w+ gruppen))|"
    r"fratraed\w*|siger op|accepted a (?:job|position)|nyt job|new job|"
    # the member's own retirement, not a colleague's ("efter Kirsten, som går på pension")
    r"(?<!som )(?<!der )(?<!who )(?<!who is )(?<!who s )gaar paa pension|"
    r"(?:in|to|at) another (?:municipality|job|workplace|organisation|organization)|"
    r"(?:til|hos) en anden kommune|(?<!heraf )(?:job|stilling|arbejde|starter|begynder|flytter) (?:\w+ ){0,3}"
    r"i en anden kommune|"
    r"(?<!som )(?<!der )(?<!who )(?<!who is )(?<!who s )retir(?:e|ing)|afbud|"
    # leaving the group, not one of its working groups ("melder mig ud af PFAS-arbejdsgruppen")
    r"melder mig ud(?! af (?:den |det )?(?:(?:\w+ )?(?:\w*arbejdsgruppe\w*|\w*netvaerk\w*|\w+gruppen)|"
    r"\w+ gruppen))|"
    r"meld(?:er|te) (?:mig )?ud af gruppen|udmeld\w*|forlader "
    # ("har været på ferie i to uger": a holiday over, no news)
    r"gruppen|paa barsel|paa orlov|(?<!vaeret )(?<!var )(?<!been )(?<!was )(?:paa ferie|on holiday|"
    r"on vacation)|misse[rt]? (?:\w+ )?moede\w*|"
    # "I have taken over Lars's seat in the group": another member's place, for the chair
    r"(?:taken over|took over|overtaget|overtog|overtager) (?:\w+ ){0,2}(?:seat|place|spot|plads)|"
    # "Min efterfølger bliver formentlig Lasse Holt": who comes after the member
    r"(?:min|my) (?:efterfoelger|afloeser|successor|replacement) (?:bliver|er|will be|is)\b|"
    r"(?:er|am|i m|been) (?:\w+ )?(?:syg|sygemeldt|sick)|"
    r"on (?:parental |maternity )?leave|regn ikke med mig|"
    # Swedish and Norwegian leave: "föräldraledig", "pappaperm", "i permisjon"
    r"foraldraledig\w*|foraeldraledig\w*|tjanstledig\w*|\w*perm(?:isjon)?\b(?<!\bperm)|"
    r"(?:note|message|question|request|besked|spoergsmaal|ting|bemaerkning) (?:for|to|til) "
    r"(?:the chair|formanden)|"
    r"don t count on me|miss(?:ing)? the (?:\w+ )?meeting|(?:ll|will) miss (?:that one|it)|"
    r"(?:misser|missede) (?:det|den|det moede)|(?:ikke|not|t) (?:komme|deltage|come|"
    r"attend|make)\w* (?:til |to |in |at )?(?:the |naeste |next )?(?:moede|meeting)\w*)\b")


def is_news(text: str) -> bool:
    """Does ``text`` tell the chair something to act on: leaving, an absence?"""
    return bool(NEWS.search(fc.key(text)))


def asks(sentence: str) -> bool:
    """A question the member asks names options as its topic, not as answers ("Kan du
    tilføje PFAS?" asks for a change, and is read as one; "kan man melde sig til netværket
    uden at være ...?" asks about the rules)."""
    if not sentence.rstrip().endswith("?"):
        return False
    key = fc.key(sentence)
    if _GENERAL_QUESTION.search(key) and not _ME.search(key):
        return True
    if _QUESTION_FOR_YOU.search(key):
        return True  # "Also, a question for the chair: who should I send the PFAS data to?"
    if _MAY_I_JOIN.search(key):
        return True  # "Kan jeg også komme med i PFAS-gruppen, eller er den fuld?": the chair admits
    if _WHAT_IS.match(key):
        return True  # "Question about the form: does EIA mean full EIA procedures only, or
        # screenings too?": about the form, whatever "too" adds
    asked = _JOINED_ON.sub("", key)  # "Og så ... kan vi tage et punkt om ...?": "og" adds nothing
    if _PLEASE_SET.match(asked):
        return False  # "Could you set my time to little for this year?": a request, read as one
    if not (fc.adds(asked) or fc.removes(asked)):
        return True
    tail = fc.key(fc.clauses(sentence)[-1]) if fc.clauses(sentence) else ""
    return bool(_BELONGS.match(tail)) and not (fc.adds(tail) or fc.removes(tail))


#: a question about what something is or means (after a lead-in naming it a question)
_WHAT_IS = re.compile(r"^(?:(?:\w+ ){0,3}(?:question|questions|spoergsmaal)(?: \w+){0,3} )?(?:does|do|is|are|"
                      r"what|which|hvad|hvilke|hvilken|betyder|hoerer|taeller|gaelder|omfatter|includes?|"
                      r"covers?|counts?)\b")
#: a polite request to write an answer, phrased as a question
_PLEASE_SET = re.compile(r"^(?:could|can|would|will) you (?:please |kindly )?(?:set|put|change|make|mark|"
                         r"update|write)\b|^(?:kan|kunne|vil) (?:du|i) (?:ikke )?(?:lige |godt |venligst )?"
                         r"(?:saette|skrive|aendre|rette|opdatere) (?:min|mit|mine|mig)\b")


#: whether something counts under an option, asked after what the member got: "Jeg har fået
#: lugtklagerne fra svinefarmene, hører det under luft?"
_BELONGS = re.compile(r"^(?:men |but |og |and )?(?:hoerer|taeller|gaelder|passer|falder|skal|er|does|do|is|"
                      r"would|should|counts?) (?:det|den|de|dem|that|it|this|they|those)\b")


#: asking to join a group: the chair decides who is in, so it is no answer yet
_MAY_I_JOIN = re.compile(r"\b(?:kan|maa|kunne|could|can|may|might) (?:jeg|i) (?:ogsaa |also |godt |"
                         r"evt |perhaps |maybe )?(?:komme med|vaere med|deltage|vaere en del|melde mig|"
                         r"join|be part|take part|be added|sit in)\b")
_QUESTION_FOR_YOU = re.compile(r"\b(?:question|spoergsmaal|query) (?:for|to|til) (?:the chair|formanden|"
                               r"you|jer|"
                               r"dig|tovholderen)\b")
_JOINED_ON = re.compile(r"^(?:og|and|plus|samt)(?: saa| so)?\b")


#: a question about how things are, not a request about the member's own answers
_GENERAL_QUESTION = re.compile(r"\b(?:kan man|maa man|skal man|can one|can anyone|is it possible|"
                               r"er det muligt|hvordan|how|hvorfor|why|hvornaar|when|"
                               # "Ved I, om PFAS-gruppen fortsætter næste år?": news asked for
                               r"ved (?:i|du|nogen)(?: \w+){0,3} om|do you know|does anyone know|"
                               r"any idea|"
                               # "Is it only for the national consultations?": what a role is
                               r"^(?:is|does|er|gaelder|omfatter) (?:it|that|this|det|den|dette))\b")
_ME = re.compile(r"\b(?:mig|me|my|min|mit|mine)\b")
#: a meeting named only as a point in time ("vender tilbage efter mødet i morgen")
_WHEN_MEETING = re.compile(r"\b(?:(?:efter|after|foer|before|inden|paa|at|ved) (?:the |naeste |next |"
                           r"vores |our |sidste |last |the last )?(?:moedet|meeting)|(?:godt|fint|"
                           r"hyggeligt|good|great|nice|lovely) (?:moede|meeting)|tak for sidst|"
                           r"mellem (?:to )?moeder\w*|between (?:two )?meetings|"  # in a hurry
                           r"(?:paa|at) (?:sidste|forrige|the last) (?:moede|meeting)|"  # thanks for it
                           # looking forward to it is courtesy; an absence in the same line still counts
                           r"glaeder (?:mig|os) (?:\w+ )?til (?:det |vores |\w+ )?(?:naeste )?(?:\w+ )?"
                           r"moede\w*|"
                           r"looking forward to (?:the |our |next )*(?:\w+ )?meeting)\b")


#: the member does not know what to answer: "jeg ved ikke helt, hvad jeg skal sætte kryds ved"
_AT_A_LOSS = re.compile(r"\b(?:ved ikke|not sure|don t know|dont know|usikker paa|unsure)\b(?: \w+)? "
                        r"(?:hvad|hvilke\w*|hvor|om|what|which|whether|how|if)\b")


#: answers to be copied from someone else: "så skriv bare det samme som hende"
_LIKE_SOMEONE = re.compile(r"\b(?:samme som|same as) (?:hos |for )?(?:ham|hende|him|her|min kollega|"
                           r"my colleague)\b|\b(?:skriv|write|put|saet)\b.*\b(?:samme som|same as)\b")


#: thanks for the call to a meeting, which asks nothing of the chair
_THANKS_FOR_CALL = re.compile(r"\b(?:tak|thanks|thank you) for (?:\w+ ){0,2}(?:moedeindkaldelse\w*|"
                              r"indkaldelse\w*|"
                              r"invitation\w*|meeting invit\w*|invite)\b")


def is_courtesy(key: str, courtesy: re.Pattern[str]) -> bool:
    key = _THANKS_FOR_CALL.sub("tak", key)
    if FOR_CHAIR.search(_WHEN_MEETING.sub(" ", key)) or NEWS.search(key) or _AT_A_LOSS.search(
            key) or _LIKE_SOMEONE.search(key):
        return False  # "Jeg er syg i denne uge, svarer når jeg er tilbage": the absence counts
    return bool(courtesy.match(key) or _META.search(key))
