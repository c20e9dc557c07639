"""The form as text, its lines as they come back, option matching, and the reply parser's rules
on small hand-made replies (the client corpus is tests/test_form_replies.py)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.test_form_replies import questions
from tovholder.replies.form_reply import parse_reply
from tovholder.replies.form_text import clean, render_text, view
from tovholder.replies.fuzzy import find_options, prepare, word_matches, words

QS = questions("da")
S1 = {"interesser": "PFAS; Støj", "funktioner": "Sekretær", "erfaring": "12", "tid": "Nogen"}


def test_render_text_is_answerable() -> None:
    text = render_text(QS, S1, "da")
    lines = text.splitlines()
    assert lines[0].startswith("Sæt x ved det, der passer, og svar på denne mail.")
    assert "1. Interesser: Hvilke fagområder arbejder du med? (sæt x ved alle, der passer)" in lines
    assert "[x] PFAS" in lines and "[ ] Spildevand" in lines and "[x] Støj" in lines
    assert "Svar: 12" in lines and "Svar:" in lines
    assert lines[-1] == "(slut på skemaet)"
    assert "Dine nuværende svar" in text
    assert "Dine nuværende svar" not in render_text(QS, {}, "da")
    assert view(QS, S1, "da")[0]["options"][0] == ("[x]", "PFAS")


def test_english_form() -> None:
    text = render_text(questions("en"), {}, "en")
    assert text.startswith("Put an x by what applies") and text.endswith("(end of form)")


@pytest.mark.parametrize("line, expected", [
    ("> > [x] PFAS", (2, "[x] PFAS")),
    ("•\u00a0 [ ]\u00a0Jord", (0, "[ ] Jord")),
    ("*1. Interesser:* Hvilke", (0, "1. Interesser: Hvilke")),
    ("☒ Støj", (0, "[x] Støj")),
    (">\u200b", (1, "")),
])
def test_clean(line: str, expected: tuple[int, str]) -> None:
    assert clean(line) == expected


def test_word_matching() -> None:
    assert word_matches("formanden", "formand")
    assert word_matches("stoj", "stoej") and word_matches("spildevnd", "spildevand")
    assert not word_matches("luft", "lugt") and not word_matches("tid", "tidligere")
    assert word_matches("netwrok", "network") and not word_matches("form", "from")
    options = prepare([("i", o) for o in QS[0].options] + [("g", o) for o in QS[1].options])
    names = [f.option.name for f in find_options(words("PFAS-arbejdsgruppen og P2X"), options)]
    assert names == ["Arbejdsgruppe om PFAS", "Power-to-X"]


def parse(body: str, sent: dict[str, str] | None = None) -> object:
    return parse_reply(body, QS, S1 if sent is None else sent)


@pytest.mark.parametrize("body, answers", [
    ("PFAS og spildevand", {"interesser": "PFAS; Spildevand"}),
    ("alle", {}),  # which question? never guessed
    ("Interesser: alle undtagen støj",
     {"interesser": "PFAS; Spildevand; Affald; Luft; Jord; Klima; VVM; IE-direktivet; "
                    "Power-to-X"}),
    ("Tilføj jord", {"interesser": "PFAS; Støj; Jord"}),
    ("Jeg har ikke så meget tid", {"tid": "Lidt"}),  # "not (so) much": the least of the scale
    ("Tid: ikke meget", {"tid": "Lidt"}),
    ("Tid: ikke meget mere end før", {}),  # a comparison, no amount
    ("Jeg har talt med formanden om PFAS-forureningen i vores kommune", {}),
    ("Erfaring: mange år", {}),
    ("Erfaring: 10-15 år", {}),  # a range: which number is for the member to say
    ("Tak for mailen. Her er mine svar:\nFunktioner: formand", {"funktioner": "Formand"}),
])
def test_own_words(body: str, answers: dict[str, str]) -> None:
    assert parse(body).answers == answers


def test_never_answers_from_unmappable_text() -> None:
    parsed = parse("Jeg er på barsel og vender tilbage i august.")
    assert parsed.answers == {} and parsed.not_understood


def test_inline_marks_against_what_was_sent() -> None:
    form = render_text(QS, S1, "da")
    quoted = "\n".join("> " + line for line in form.splitlines())
    unchanged = parse("Se nedenfor\n\nOn Tue, Mar 3, 2026 at 10:00 AM T <g@example.org> wrote:\n"
                      + quoted)
    assert unchanged.empty
    changed = quoted.replace("> [x] Støj", "> [ ] Støj").replace("> [ ] Luft", "> [X] Luft")
    assert parse(changed).answers == {"interesser": "PFAS; Luft"}
    # a second, deeper copy of the form (older history) never overrides the first
    deeper = quoted + "\n>\n" + "\n".join("> > " + line for line in
                                         render_text(QS, {}, "da").splitlines())
    assert parse(deeper).answers == {}


def test_outlook_without_marks_and_wrapped_headers() -> None:
    form = render_text(QS, S1, "da").replace("(sæt x ved alle, der passer)",
                                             "(sæt x ved alle,\nder passer)")
    body = ("Ingen ændringer ud over erfaring\n\nFra: T <g@example.org>\nSendt: 3. marts 2026\n"
            "Til: K <k@example.org>\nEmne: Skema\n\n" + form.replace("Svar: 12", "Svar: 14"))
    parsed = parse(body)
    assert parsed.answers == {"erfaring": "14"}


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300))
def test_any_text_never_crashes_and_only_names_options(body: str) -> None:
    parsed = parse_reply(body, QS, S1)
    for qid, value in parsed.answers.items():
        q = next(q for q in QS if q.id == qid)
        if q.options:
            assert all(v in q.options for v in value.split("; ") if v)


@pytest.mark.parametrize("body, answers, flagged, unchanged", [
    # two labels on one line, each answered
    ("Erfaring: ca. 20 år - tid: lidt", {"erfaring": "20", "tid": "Lidt"}, False, False),
    # a sentence that only qualifies the answer before it is read past ...
    ("Kan være formand. Men kun hvis det er nødvendigt", {"funktioner": "Formand; Sekretær"},
     False, False),
    # ... but "only if nobody else will" makes it the chair's to weigh, as in the same sentence
    ("Kan være formand. Men kun hvis ingen andre vil", {}, True, False),
    ("Femogtyve år i faget", {"erfaring": "25"}, False, False),
    ("Jeg har masser af tid", {"tid": "Meget"}, False, False),
    ("Intet at tilføje", {}, False, True),
    ("Det er fint som det står", {}, False, True),
    # a calendar year is no number of years; a range in a sentence is asked
    ("Jeg har været i kommunen siden 2010", {}, True, False),
    ("6-7 år", {}, True, False),
    # a conversation reported names topics, not answers
    ("Jeg har talt med formanden om støj", {}, True, False),
    # an absence is always for the chair, even after an answer
    ("Kan være formand. Men jeg kan ikke komme til mødet i maj",
     {"funktioner": "Formand; Sekretær"}, True, False),
    # "begge" with a question's name: every option
    ("Jeg er med i begge netværk", {"grupper": "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS"},
     False, False),
    # someone else took it over: it is no longer the member's; the member taking it on adds it
    ("PFAS har min nye kollega overtaget", {"interesser": "Støj"}, False, False),
    ("Jeg har overtaget jord efter en kollega", {"interesser": "PFAS; Støj; Jord"}, False, False),
    # an offer on a condition about another person is the chair's to weigh, not recorded
    ("Jeg kan godt være formand, hvis Mette stopper", {}, True, False),
    # ... "if nobody else will" is an offer, recorded, and the chair is told it is a fallback
    ("Jeg kan godt være formand, hvis ingen andre vil", {"funktioner": "Formand; Sekretær"},
     True, False),
    # "X ud", "Y ind": the shorthand for out of and into the pre-filled answer
    ("Støj ud, luft ind", {"interesser": "PFAS; Luft"}, False, False),
    # a conclusion after "så" is the answer; "de samme" keeps it
    ("Tid: mere end sidst, så meget", {"tid": "Meget"}, False, False),
    ("Interesser: de samme", {"interesser": "PFAS; Støj"}, False, False),
    # a bracket after a labelled answer only qualifies it
    ("Tid: meget (mindst en dag om ugen)", {"tid": "Meget"}, False, False),
    # one question named as it was: that answer kept, not every answer
    ("Min tid er uændret. Tilføj luft", {"interesser": "PFAS; Støj; Luft", "tid": "Nogen"},
     False, False),
    ("Samme mængde tid som sidst", {"tid": "Nogen"}, False, False),
    ("Alt det andet er som sidste år", {}, False, True),
    # "as before" compares, it is no reason; "nothing has changed" in a sentence
    ("As before, but add soil", {"interesser": "PFAS; Støj; Jord"}, False, True),
    ("Kan være formand. Ellers intet ændret", {"funktioner": "Formand; Sekretær"}, False, True),
    # an exception names the question answered in the same sentence
    ("Undtagen tiden, som nu er meget, er resten som før", {"tid": "Meget"}, False, True),
    # work with part of a network's name: the topic or the network? asked
    ("Jeg arbejder mest med miljøtilsyn i landbruget", {}, True, False),
    ("Jeg er med i tilsynsnetværket", {"grupper": "Netværk for miljøtilsyn"}, False, False),
    # "også" after the option adds it, as before it
    ("Interesser: ja, klima også", {"interesser": "PFAS; Støj; Klima"}, False, False),
    # a pointer to the member's own corrections is no answer and nothing for the chair
    ("Se mine rettelser (AB).", {}, False, False),
    # a Danish compound number word is one number
    ("Erfaring: treogtyve år", {"erfaring": "23"}, False, False),
    # an answer the member is unsure of is asked, labelled or not
    ("Formand nej, høringstovholder måske", {"funktioner": "Sekretær"}, True, False),
    ("Funktioner: eventuelt formand", {}, True, False),
    # two options offered as a choice between them are the chair's to settle
    ("Funktioner: formand eller høringstovholder, ikke begge", {}, True, False),
    ("Jeg kan tage formand eller høringstovholder", {}, True, False),
    ("Ikke PFAS eller støj længere", {"interesser": ""}, False, False),
    # "udgået" takes an option away
    ("Støj er udgået", {"interesser": "PFAS"}, False, False),
    # a question the member asks names its topic, not an answer
    ("Kan formanden sige om jeg skal være sekretær?", {}, True, False),
    # two amounts of time in one sentence: which one holds is asked
    ("Meget tid i foråret, indtil da lidt", {}, True, False),
    # from when a labelled answer holds only qualifies it
    ("Tid: lidt fra januar", {"tid": "Lidt"}, False, False),
    # a short lead-in to the lines below is no answer and nothing for the chair
    ("To ting:\nTilføj jord", {"interesser": "PFAS; Støj; Jord"}, False, False),
    # what "er kommet til" is added to the answer, not the whole answer
    ("Jord er kommet til", {"interesser": "PFAS; Støj; Jord"}, False, False),
    # a listed part after a label that is no option is passed on, not dropped
    ("Interesser: klima og drikkevand", {"interesser": "Klima"}, True, False),
    # a particle in a fixed phrase ("ind imellem", "op til") is no verb left unclear
    ("Luft ind imellem", {"interesser": "Luft"}, False, False),
    # after "jeg laver/arbejder med", a topic that is no option is asked, not dropped
    # (since session 8 "primært"/"mest" gives the member's focus: what the form had stands)
    ("Jeg laver primært landbrugstilsyn og lidt klima", {"interesser": "PFAS; Støj; Klima"}, True,
     False),
    # a line wrapped after a labelled sentence is joined before it is read
    ("Formand: nej. Sekretær vil jeg gerne blive ved med, og jeg har arbejdet med\n"
     "miljø i 14 år.", {"funktioner": "Sekretær", "erfaring": "14"}, False, False),
    # keeping an option ("beholder", "keep") and a cross said in words add, not replace
    ("Jeg er ude af PFAS-gruppen, men beholder PFAS", {"interesser": "PFAS; Støj", "grupper": ""},
     False, False),
    ("Har sat kryds ved luft", {"interesser": "PFAS; Støj; Luft"}, False, False),
    # one question said to be the same, by a weak label word: only that one kept
    ("Tiden er den samme. Tilføj klima", {"interesser": "PFAS; Støj; Klima", "tid": "Nogen"},
     False, False),
    # a softener after the answer leaves the answer standing
    ("Tid: mindre end før, lidt tror jeg", {"tid": "Lidt"}, False, False),
    # "changed my time" only points at the marks in the form
    ("Har rettet tiden.", {}, False, False),
    # an option's long name or everyday term is that option
    ("Tilføj miljøvurdering og luftkvalitet", {"interesser": "PFAS; Støj; Luft; VVM"},
     False, False),
    # of two numbers, the one said to be the total is the answer, labelled or not
    ("Erfaring: 3 her, 15 i alt", {"erfaring": "15"}, False, False),
    ("Jeg har 3 år her og 15 år i alt", {"erfaring": "15"}, False, False),
    # "fine as it is, apart from" a labelled change: unchanged and the change
    ("Det er fint som det er, bortset fra erfaring: 13 nu", {"erfaring": "13"}, False, True),
    # helping with part of a role's name is no offer to take the role, unless nobody else would
    ("Jeg vil gerne hjælpe med høringsarbejdet", {}, True, False),
    # "skal ud", "er væk", "givet videre" take away; "skal ind", "sæt X på", "kommer til" add
    ("PFAS skal ud, klima skal ind", {"interesser": "Støj; Klima"}, False, False),
    ("Støj er væk, sæt luft på", {"interesser": "PFAS; Luft"}, False, False),
    ("Sekretærposten har jeg givet videre til Ib", {"funktioner": ""}, False, False),
    ("Jord kommer til fra marts", {"interesser": "PFAS; Støj; Jord"}, False, False),
    # "moved to": by the subject, it left the member or the member took it on
    ("Noise has moved to another team", {"interesser": "PFAS"}, False, False),
    ("Jeg er flyttet over til klima", {"interesser": "PFAS; Støj; Klima"}, False, False),
    # "no thanks" after an option declines it
    ("Sekretær – nej tak. Formand kan jeg godt", {"funktioner": "Formand"}, False, False),
    # "not sure" is asked, never guessed
    ("Ikke sikker på om det er lidt eller meget tid", {}, True, False),
    # the number a correction says is old is no answer
    ("Erfaring: det er 17 år nu, ikke 16", {"erfaring": "17"}, False, False),
    # a labelled answer after another sentence on the same line is read as labelled
    ("Tilføj jord. Tid: meget mere i år", {"interesser": "PFAS; Støj; Jord", "tid": "Meget"},
     False, False),
    # "about the same" keeps the answer; "skemaet passer", "som det står" keep the rest
    ("Tid: omtrent det samme", {"tid": "Nogen"}, False, False),
    ("Skemaet passer endnu", {}, False, True),
    ("Resten står som det står", {}, False, True),
    # seasonal greetings and "I'll look at it" are courtesy; typed initials are no answer
    ("Godt nytår til alle", {}, False, False),
    ("Tak, jeg kigger på det i morgen", {}, False, False),
    # news for the chair inside an answer is passed on as well
    ("Jeg fratræder til sommer, så sæt mig på lidt tid", {"tid": "Lidt"}, True, False),
    # a date ("3. marts") ends no sentence
    ("Jeg kan ikke komme til mødet den 3. marts, men tilføj luft",
     {"interesser": "PFAS; Støj; Luft"}, True, False),
    # "+ luft" on a line of its own adds
    ("Interesser:\n+ luft", {"interesser": "PFAS; Støj; Luft"}, False, False),
    # the sure part of a labelled answer is recorded, the unsure part passed on
    ("Funktioner: formand, måske høringstovholder", {"funktioner": "Formand"}, True, False),
    # two different numbers of years in one sentence are asked; a conclusion after "altså" wins
    ("Jeg har 6 år her, og før det 4 år i regionen", {}, True, False),
    ("Et år mere, altså 13", {"erfaring": "13"}, False, False),
    # "i øvrigt" is the rest, not the Andet question; "kan blive stående" keeps
    ("Tilføj klima. Ellers intet nyt i øvrigt", {"interesser": "PFAS; Støj; Klima"}, False, True),
    ("Resten kan blive stående", {}, False, True),
    # a text answer asked to be deleted with "slette"
    ("I må gerne slette det under Andet", {"andet": ""}, False, False),
    # writing from the phone, a quick update, and a lone initial are courtesy
    ("Skriver fra min telefon. Tid: lidt", {"tid": "Lidt"}, False, False),
    ("Kort opdatering: tilføj jord\nK", {"interesser": "PFAS; Støj; Jord"}, False, False),
    # "gruppen" alone is the working group itself, none of its groups
    ("Jeg har lidt tid til gruppen", {"tid": "Lidt"}, False, False),
    # "tag X af", "sæt Y på": each option its own verb, in one clause
    ("Tag støj af og sæt luft og klima på", {"interesser": "PFAS; Luft; Klima"}, False, False),
    # "skal også ud" takes away ("også" is no addition here)
    ("Støj skal også ud", {"interesser": "PFAS"}, False, False),
    # a colleague's wish is for the chair, not the member's answer
    ("Min kollega, som gerne vil være med i PFAS-gruppen, hedder Ib", {}, True, False),
    # a topic after "jeg laver mest" is asked, also in a clause without an option
    ("Jeg laver mest grundvand og drikkevand, og så PFAS", {"interesser": "PFAS; Støj"}, True,
     False),
    # "lad det hele stå", "nothing's changed", "gælder stadig", "som det er": the rest stands
    ("Lad det hele stå", {}, False, True),
    ("Nothing's changed", {}, False, True),
    ("Alt andet gælder stadig", {}, False, True),
    ("Indtil videre står alt, som det er", {}, False, True),
    # "Only change:", a lead-in about changes, and "answer in English" say how the reply reads
    ("Eneste ændring: lidt tid", {"tid": "Lidt"}, False, True),
    ("Et par ting er ændret siden sidst: tilføj jord", {"interesser": "PFAS; Støj; Jord"},
     False, False),
    ("Sorry I answer in English. Add soil", {"interesser": "PFAS; Støj; Jord"}, False, False),
    # "formand – nej; sekretær – ja": a yes keeps, a no declines
    ("Formand – nej; sekretær – ja", {"funktioner": "Sekretær"}, False, False),
    # a condition after a labelled answer only qualifies it
    ("Funktioner: formand hvis det kniber", {"funktioner": "Formand"}, False, False),
    # "I'll do it next week" is courtesy
    ("Tak, jeg gør det i næste uge", {}, False, False),
    # a number said to be wrong is old; "up to 7" has no Danish "to" (two) in it
    ("12 år er forkert, det er 14 nu", {"erfaring": "14"}, False, False),
    ("Experience: up to 15 years now", {"erfaring": "15"}, False, False),
    # a compound whose head is the option is that option
    ("Mest trafikstøj", {"interesser": "PFAS; Støj"}, False, False),
    # "et andet projekt", "the other team": no label
    ("Jeg er færdig med et andet projekt, så meget tid", {"tid": "Meget"}, False, False),
    # "X or Y, either is fine": both
    ("Funktioner: formand eller sekretær, begge dele er fint", {"funktioner": "Formand; Sekretær"},
     False, False),
    # a role given up only for a while is asked, not removed
    ("Kan ikke være sekretær i foråret pga. travlhed", {}, True, False),
    # "out of" takes away; a month in a reason is nobody the member's answer depends on
    ("I'm out of the PFAS working group since March", {"grupper": ""}, False, False),
    ("Add PFAS since October", {"interesser": "PFAS; Støj"}, False, False),
    # unsure first, then decided: the decision stands and nothing is left to ask
    ("Hard to say re time. Put me down as little for now", {"tid": "Lidt"}, False, False),
    # "still the same" and "updated the years in the form" need nothing more
    ("Still the same", {}, False, True),
    ("Updated the years in the form.", {}, False, False),
    # "ikke lige nu", "ingen endnu": none
    ("Funktioner: ikke lige nu", {"funktioner": ""}, False, False),
    ("Grupper: ingen endnu", {"grupper": ""}, False, False),
    # "røget ud", "moved off" take away
    ("Støj er røget ud", {"interesser": "PFAS"}, False, False),
    ("I have moved off noise", {"interesser": "PFAS"}, False, False),
    # asked to join, and "add me": an addition, no conversation reported
    ("Jeg er blevet spurgt om at være med i PFAS-gruppen, tilføj mig gerne",
     {"grupper": "Arbejdsgruppe om PFAS"}, False, False),
    # a sentence adding "so it should be on my list" adds what the sentence named
    ("Vi har fået et biogasanlæg med luft, så det skal med", {"interesser": "PFAS; Støj; Luft"},
     False, False),
    # a plain answer, then a hedge naming no option: the answer
    ("Tid: meget, måske mere efter sommer", {"tid": "Meget"}, False, False),
    # "i øvrigt" makes no Andet label; "Som sidste år." alone keeps everything
    ("Jeg har i øvrigt et spørgsmål: hvornår er mødet?", {}, True, False),
    ("Som sidste år. Dog 13 års erfaring nu", {"erfaring": "13"}, False, True),
    # a new job as the reason for less time is no news for the chair
    ("Lidt tid pga. nyt job i forvaltningen", {"tid": "Lidt"}, False, False),
    # a topic with where it comes from is still a topic, asked
    ("PFAS og lugtgener fra landbrugene i kommunen", {"interesser": "PFAS"}, True, False),
    # a digit before a full stop is no initial: "Erfaring 9. Ellers det samme" is two sentences
    ("Erfaring 9. Ellers det samme", {"erfaring": "9"}, False, True),
    # "X af", "Y på": out and in
    ("Jord på, støj af", {"interesser": "PFAS; Jord"}, False, False),
    # the English "to" is no Danish two ("like to add", "power-to-X")
    ("I'd like to add PFAS", {"interesser": "PFAS; Støj"}, False, False),
    # a part in brackets is no second number
    ("8 års erfaring (3 af dem her)", {"erfaring": "8"}, False, False),
    # leaving the group and an absence reach the chair, also in Andet
    ("Jeg melder mig ud af gruppen fra nytår", {}, True, False),
    ("Andet: Jeg er på barsel fra marts", {"andet": "Jeg er på barsel fra marts"}, True, False),
    # "det samme som hos Jens" is the chair's to look up
    ("Skriv det samme som hos Jens, vi laver det samme", {}, True, False),
    # a network named by its own words is another network; a role there is no answer
    ("Jeg er formand for vores lokale klimanetværk", {}, True, False),
    ("I'm chair of the regional noise network", {}, True, False),
    # "much less ..., put me down for little": the answer after the comparison
    ("Tid: meget mindre i år, sæt mig ned til lidt", {"tid": "Lidt"}, False, False),
    # "højst" after an answer only qualifies it; "a colleague handles it" is a reason
    ("Nogen, højst", {"tid": "Nogen"}, False, False),
    ("Støj kan udgå, en kollega har det nu", {"interesser": "PFAS"}, False, False),
    # a later clause naming another option is no qualifier: both read, or asked
    ("Interesser: PFAS er stadig aktuelt, og så er jeg begyndt på jord",
     {"interesser": "PFAS; Jord"}, False, False),
    ("Tid: meget i foråret, lidt i efteråret", {}, True, False),
    # "8 → 9 år": the arrow's left side is the old number
    ("Erfaring: 8 → 9 år", {"erfaring": "9"}, False, False),
    # "Og X kan fjernes": the "og" joins, it adds nothing
    ("Tilføj luft. Og støj kan fjernes", {"interesser": "PFAS; Luft"}, False, False),
    # a change of work names a topic, asked
    ("Har skiftet til byggesager, så PFAS kan udgå", {"interesser": "Støj"}, True, False),
    # "så er det udfyldt", "Rettet erfaring, resten passer", "same as now"
    ("Så er det udfyldt", {}, False, False),
    ("Rettet tiden, resten passer", {}, False, True),
    ("Tid: same as now", {"tid": "Nogen"}, False, False),
    # "ingen kommentarer til skemaet" keeps everything; a holiday and a missed meeting are news
    ("Ingen kommentarer til skemaet, men jeg misser mødet i marts", {}, True, True),
    # "nogen, men ikke meget": the bound only qualifies
    ("Nogen tid, men ikke meget", {"tid": "Nogen"}, False, False),
    # session 6 (blind parts 10 and 11): an emoji ends a sentence
    ("Erfaring: 14 år nu 👍 Resten er som før.", {"erfaring": "14"}, False, True),
    # "står ved magt", "intet andet nyt", "ingen bemærkninger til resten af skemaet" keep the rest
    ("Alt andet står stadig ved magt", {}, False, True),
    ("Intet andet nyt herfra", {}, False, True),
    ("Ingen bemærkninger til resten af skemaet", {}, False, True),
    # the words of "no changes" mistyped
    ("Ingen ændrigner", {}, False, True),
    # "fra X til Y": X out, Y in; for a one-answer question Y is the answer
    ("Jeg er gået fra støj til luft", {"interesser": "PFAS; Luft"}, False, False),
    ("Tid: fra nogen til meget", {"tid": "Meget"}, False, False),
    # "ned på lidt": the new amount
    ("Tiden skal ned på lidt", {"tid": "Lidt"}, False, False),
    # the tick taken away, "kan også gå ud", "trækker mig som": removals
    ("Jeg har slettet krydset ved PFAS", {"interesser": "Støj"}, False, False),
    ("Støj kan også gå ud", {"interesser": "PFAS"}, False, False),
    ("Jeg trækker mig som sekretær", {"funktioner": ""}, False, False),
    # a bracket is a clause of its own: a qualifier, or an answer of its own
    ("Jeg er ude af støj (det tager en kollega nu), men har fået klima",
     {"interesser": "PFAS; Klima"}, False, False),
    ("Ikke PFAS mere (er gået over til jord)", {"interesser": "Støj; Jord"}, False, False),
    # "til formanden": the person, not the role; the question goes to the chair
    ("Et spørgsmål til formanden: hvornår er næste møde?", {}, True, False),
    # a consultation's subject is no answer
    ("Jeg har bemærkninger til høringen om affaldsplanen", {}, True, False),
    # years that date something else are no experience
    ("Jeg stopper som sekretær efter seks år", {"funktioner": ""}, False, False),
    ("Støj kan fjernes, har ikke haft en støjsag i tre år", {"interesser": "PFAS"}, False, False),
    # a clause pointing back at the option before it
    ("Jeg har fået affald, sæt det gerne på", {"interesser": "PFAS; Affald; Støj"}, False, False),
    ("Sekretær kan slettes, jeg har ikke overskud til det", {"funktioner": ""}, False, False),
    # "meget er ikke realistisk, lidt": the amount given wins over the one denied
    ("Meget tid er ikke realistisk, lidt", {"tid": "Lidt"}, False, False),
    # a meeting as a point in time, and "vi ses", are courtesy
    ("Tak, jeg vender tilbage efter mødet på torsdag", {}, False, False),
    ("Vi ses i februar", {}, False, False),
    # an add verb before "netværket" is no modifier naming another network
    ("Og tilføj netværket", {"grupper": "Netværk for miljøtilsyn"}, False, False),
    # naming again what was just added only tells why
    ("Tilføj affald – jeg har fået affaldssagerne ind fra nytår",
     {"interesser": "PFAS; Affald; Støj"}, False, False),
    # "X, ellers ingen ændringer": X is added; the unknown topic is asked
    ("Klima og lugtgener, ellers ingen ændringer", {"interesser": "PFAS; Støj; Klima"}, True, True),
    # a question about the rules, not a request
    ("Kan man være med i netværket som ny?", {}, True, False),
    # "kunne evt.": an offer if need be, no doubt
    ("Funktioner: kunne evt. være formand", {"funktioner": "Formand; Sekretær"}, False, False),
    # "Fra 1. marts ..." is no quoted header: the lines after it are still read
    ("Fra 1. marts har jeg også affald.\nTid: lidt",
     {"interesser": "PFAS; Affald; Støj", "tid": "Lidt"}, False, False),
    # "mest X": the member's focus; nothing already chosen is taken away
    ("Interesser: mest støj og lugt", {"interesser": "PFAS; Støj"}, True, False),
    # session 6 (blind part 12): a promise to fill in the form later is courtesy
    ("Tak, jeg får skemaet udfyldt i næste uge", {}, False, False),
    ("Resten er i orden", {}, False, True),
    # "stiller op som": an offer
    ("Jeg stiller gerne op som formand", {"funktioner": "Formand; Sekretær"}, False, False),
    # a statement about its first word is no listed topic
    ("Foråret har været travlt, men nu har jeg også luft", {"interesser": "PFAS; Støj; Luft"},
     False, False),
    # "skal blive stående" keeps; what else is named is added, not instead
    ("Jeg har fået klima, men støj skal blive stående", {"interesser": "PFAS; Støj; Klima"},
     False, False),
    # a wrapped sentence going on before a label on the same line is joined
    ("Jeg kan desværre ikke tage formandsrollen i år, som jeg ellers gerne ville,\n"
     "men måske til næste år. Tid: meget", {"funktioner": "Sekretær", "tid": "Meget"}, False,
     False),
    # session 6 (blind part 13): "er stadig mit" keeps, it replaces nothing
    ("PFAS og støj er stadig mit", {"interesser": "PFAS; Støj"}, False, False),
    # "..., så den kan I fjerne": the removal points back at the option before it
    ("Støj er afsluttet hos os, så den kan I fjerne", {"interesser": "PFAS"}, False, False),
    # "for nu" says which of two amounts holds
    ("Tiden bliver meget til foråret, men skriv lidt for nu", {"tid": "Lidt"}, False, False),
    # "så skriv 13": the number to record
    ("Erfaring: 13 år i januar, så skriv 13", {"erfaring": "13"}, False, False),
    # "ingen funktioner": none
    ("Ingen funktioner i år", {"funktioner": ""}, False, False),
    # "noget helt andet:" opens a new subject, it is no Andet label
    ("Og så noget helt andet: jeg er på ferie i uge 7", {}, True, False),
    # "fagområderne er de samme" keeps that question only
    ("Jeg har fået nyt job, men fagområderne er de samme", {"interesser": "PFAS; Støj"}, True,
     False),
    # a project on a topic adds it
    ("Jeg sidder med et projekt om affald", {"interesser": "PFAS; Affald; Støj"}, False, False),
    # "mere luft" is room to breathe, not the topic
    ("Der kommer mere luft i kalenderen efter nytår", {}, True, False),
    # the years "in the field" are the total
    ("Jeg har været her i 4 år, men i faget i 11", {"erfaring": "11"}, False, False),
    # a role's task said for the role
    ("Jeg har byttet referaterne ud med høringerne", {"funktioner": "Høringstovholder"}, False,
     False),
    # thanks for a meeting is courtesy
    ("Tak for sidst, det var et godt møde", {}, False, False),
    # a topic taken on that is no option is asked
    ("Jeg har fået grundvand ind over", {}, True, False),
    # "og fortsætter" is a verb, no topic
    ("Jeg er med i PFAS-gruppen og fortsætter", {"grupper": "Arbejdsgruppe om PFAS"}, False, False),
    ("Skemaet er i øvrigt korrekt", {}, False, True),
    ("Støj har jeg sluppet", {"interesser": "PFAS"}, False, False),
    # session 6 (blind part 14): "et år mere end sidst" counts from the old answer (12)
    ("Erfaring: et år mere end sidst.", {"erfaring": "13"}, False, False),
    # help with a role's work is no offer to take the role: asked
    ("Kan godt hjælpe med høringssvar", {}, True, False),
    # years "på miljøområdet" are the total
    ("Har været i kommunen i 5 år, men på miljøområdet i 14", {"erfaring": "14"}, False, False),
    ("Jeg fortsætter gerne som almindeligt medlem", {}, False, False),
    # "lidt, ikke meget": the bound only qualifies, also after a label
    ("Tid: lidt, ikke meget", {"tid": "Lidt"}, False, False),
    ("Sekretær må en anden tage", {"funktioner": ""}, False, False),
    # each option's own particle: "støj skal ud og luft ind"
    ("Støj skal ud og luft ind", {"interesser": "PFAS; Luft"}, False, False),
    ("Tak, jeg får kigget på det i næste uge", {}, False, False),
    ("Jeg har meldt mig ind i PFAS-arbejdsgruppen", {"grupper": "Arbejdsgruppe om PFAS"}, False,
     False),
    ("Har ikke andet at tilføje til skemaet", {}, False, True),
    # "men skriv bare 12": the number the member asks to be written
    ("Erfaring: 13 år til januar, men skriv bare 12 indtil da", {"erfaring": "12"}, False, False),
    # the amount now is recorded, and the chair is told it will change
    ("Tid: lidt nu, mere efter sommer", {"tid": "Lidt"}, True, False),
    # a numbered list of changes, not of question numbers, when an item names its question
    ("To rettelser:\n1) Erfaring 13\n2) Tid: lidt", {"erfaring": "13", "tid": "Lidt"}, False,
     False),
    # a labelled answer in sentences: recorded, and the unknown topic asked
    ("Interesser: PFAS og grundvand nu, støj er flyttet til en anden afdeling",
     {"interesser": "PFAS"}, True, False),
    # session 6 (blind part 15): "på nær at ..." is an exception, not a reason
    ("Uændret ellers, på nær at jeg er stoppet i PFAS-arbejdsgruppen", {"grupper": ""}, False,
     True),
    ("Støj er gået over til en ny kollega", {"interesser": "PFAS"}, False, False),
    ("Sekretær vil jeg gerne af med", {"funktioner": ""}, False, False),
    # work named without "jeg" after "og": its topics are asked
    ("Jeg har fået nyt job og sidder nu med natur og vandløb", {}, True, False),
    ("Ingen andre ændringer", {}, False, True),
    # "et år mere på erfaringen": counted from the old answer (12)
    ("Skriv bare et år mere på erfaringen", {"erfaring": "13"}, False, False),
    # session 6 (blind part 16): "som før på nær tiden" and no time given: for the chair
    ("Alt er som før på nær tiden", {}, True, True),
    ("Alt som før på nær tiden. Tid: lidt", {"tid": "Lidt"}, False, True),
    ("Se pil. Ellers samme.", {}, False, True),
    ("Resten står", {}, False, True),
])
def test_own_sentences_by_clause(body: str, answers: dict[str, str], flagged: bool,
                                 unchanged: bool) -> None:
    parsed = parse(body)
    assert (parsed.answers, bool(parsed.not_understood), parsed.unchanged) == (
        answers, flagged, unchanged), parsed


def test_a_hyphenated_english_number_word_is_one_number() -> None:
    english = questions("en")
    sent = {"experience": "12"}
    assert parse_reply("Forty-one years in the job", english, sent).answers == {
        "experience": "41"}


def test_an_english_negative_contraction_takes_the_option_away() -> None:
    english = questions("en")
    sent = {"functions": "Secretary"}
    assert parse_reply("I can't be secretary next year", english, sent).answers == {
        "functions": ""}


@pytest.mark.parametrize("body, sent, answers, flagged", [
    ("Please swap noise for air", {"interests": "Noise"}, {"interests": "Air"}, False),
    # a note for the chair is recorded under Other and passed on
    ("A note for the chair: the minutes are missing", {"functions": "Chair"},
     {"other": "the minutes are missing"}, True),
    # "noise inspections": the noun of the option before it, not the inspection network
    ("Mostly noise inspections", {}, {"interests": "Noise"}, False),
    ("Much time isn't realistic, little", {"time": "Much"}, {"time": "Little"}, False),
    # an amount from a point in time, and an amount concluded after a comparison
    ("Time will be little after the summer", {"time": "Much"}, {"time": "Little"}, False),
    ("Time: less than last year so some I suppose", {"time": "Much"}, {"time": "Some"}, False),
    # session 6 (blind part 13): a softener after the answer
    ("Time: not much, honestly", {"time": "Some"}, {"time": "Little"}, False),
    # "this year" is no number of years
    ("Add EIA, we had three EIA cases this year", {"experience": "7"}, {"interests": "EIA"}, False),
    ("Experience is 7, make it 8", {"experience": "7"}, {"experience": "8"}, False),
    ("no groups for now", {"groups": "Inspection network"}, {"groups": ""}, False),
    # "consider" is no decision: asked
    ("I'd consider being chair", {}, {}, True),
    ("Secretary I have to give up", {"functions": "Secretary"}, {"functions": ""}, False),
    ("I'll take the minutes", {}, {"functions": "Secretary"}, False),
    # "and would rather ..." starts a clause of its own
    ("I'm stepping down as chair and would rather take on consultation coordination",
     {"functions": "Chair"}, {"functions": "Consultation coordinator"}, False),
    # help as a role's task holder is an offer; help with its work is asked
    ("I can help as minute taker", {}, {"functions": "Secretary"}, False),
    ("I can help with consultations", {}, {}, True),
    ("Please take away chair", {"functions": "Chair"}, {"functions": ""}, False),
])
def test_english_sentences_by_clause(body: str, sent: dict[str, str], answers: dict[str, str],
                                     flagged: bool) -> None:
    parsed = parse_reply(body, questions("en"), sent)
    assert (parsed.answers, bool(parsed.not_understood)) == (answers, flagged), parsed


def test_initials_in_brackets_mark_an_inline_answer() -> None:
    form = render_text(QS, S1, "da")
    body = "Svar nedenfor\n\n" + form.replace("Svar: 12", "[Ka] 15\nSvar: 12")
    parsed = parse(body)
    assert (parsed.answers, parsed.not_understood) == ({"erfaring": "15"}, ())


@pytest.mark.parametrize("line, answers", [
    ("[ ] Høringstovholder - den vil jeg gerne tage", {"funktioner": "Høringstovholder; Sekretær"}),
    ("[x] Sekretær AB: ikke længere, nogle andre må tage over", {"funktioner": ""}),
])
def test_a_comment_after_an_option_in_the_form_sets_its_mark(line: str, answers: dict[str, str]
                                                              ) -> None:
    form = render_text(QS, S1, "da")
    old = "[ ] Høringstovholder" if "Høringstovholder" in line else "[x] Sekretær"
    parsed = parse("Se skemaet\n\n" + form.replace(old, line))
    assert (parsed.answers, parsed.not_understood) == (answers, ())


@pytest.mark.parametrize("line, answers, flagged", [
    # a condition only the chair can weigh: held back, and the member's words passed on
    ("[ ] Formand  <-- kun hvis ingen andre melder sig", {}, True),
    ("[ ] Formand  hvis Lars stopper", {}, True),
    # an offer "if needed" is taken
    ("[ ] Formand  (hvis nødvendigt)", {"funktioner": "Formand; Sekretær"}, False),
])
def test_a_condition_typed_after_an_option_in_the_form_is_read_as_a_sentence(
        line: str, answers: dict[str, str], flagged: bool) -> None:
    form = render_text(QS, S1, "da")
    parsed = parse("Se skemaet\n\n" + form.replace("[ ] Formand", line))
    assert (parsed.answers, bool(parsed.not_understood)) == (answers, flagged), parsed


def test_a_sign_off_and_the_members_name_dictated_onto_the_last_sentence_are_no_answer() -> None:
    parsed = parse_reply("Hi this is Ahmed I work with soil I have been doing this for twelve "
                         "years time wise I can do some regards Ahmed", questions("en"), {},
                         names=["Ahmed Khalil"])
    assert (parsed.answers, parsed.not_understood) == (
        {"interests": "Soil", "experience": "12", "time": "Some"}, ())


def test_an_emptied_answer_line_in_the_form_clears_the_text_answer() -> None:
    sent = {**S1, "andet": "Orlov til 31. december"}
    form = render_text(QS, sent, "da")
    parsed = parse("Rettet i skemaet.\n\n" + form.replace("Svar: Orlov til 31. december", "Svar:"),
                   sent)
    assert (parsed.answers, parsed.not_understood) == ({"andet": ""}, ())


@pytest.mark.parametrize("body, answers, flagged", [
    # a role's task at the start of the sentence, given up
    ("Høringerne vil jeg gerne af med", {"funktioner": "Sekretær"}, False),
    # the task named in news for the chair is no answer about the role
    ("Referatet mangler stadig", {}, True),
])
def test_a_role_named_by_its_task(body: str, answers: dict[str, str], flagged: bool) -> None:
    parsed = parse(body, {"funktioner": "Høringstovholder; Sekretær"})
    assert (parsed.answers, bool(parsed.not_understood)) == (answers, flagged), parsed


def test_a_number_in_the_form_with_another_one_if_something_counts_is_passed_on() -> None:
    form = render_text(QS, S1, "da")
    parsed = parse("Rettet i skemaet\n\n" + form.replace(
        "Svar: 12", "Svar: 12 (14 hvis min tid i regionen tæller med)"))
    assert parsed.answers == {"erfaring": "12"} and parsed.not_understood  # 12 kept, and asked


def test_two_amounts_for_two_periods_written_under_the_question_are_passed_on() -> None:
    form = render_text(QS, S1, "da")
    body = "Se nedenfor\n\n" + form.replace("[x] Nogen", "mest lidt i foråret, mere til efteråret\n[x] Nogen")
    parsed = parse(body)
    assert parsed.answers == {"tid": "Lidt"}
    assert parsed.not_understood == ("mest lidt i foråret, mere til efteråret",)


def test_a_number_in_the_form_with_another_one_added_in_brackets_is_asked() -> None:
    form = render_text(QS, S1, "da")
    parsed = parse("Se nedenfor\n\n" + form.replace("Svar: 12", "Svar: 3 (plus 2 som studentermedhjælp)"))
    assert "erfaring" not in parsed.answers
    assert parsed.not_understood == ("3 (plus 2 som studentermedhjælp)",)


@pytest.mark.parametrize("lang, body, sent, answers, flagged, unchanged", [
    ("da", "vvm ryger", {"interesser": "Jord; VVM"}, {"interesser": "Jord"}, False, False),
    ("da", "har sat x ved ptx.", {"interesser": "Støj; Power-to-X"},
     {"interesser": "Støj; Power-to-X"}, False, False),
    ("en", "put me down for little rather than much", {"time": "Much"}, {"time": "Little"}, False,
     False),
    # an amount taken away with the new one unread is asked, never cleared
    ("en", "Time: much rather than whatever", {"time": "Much"}, {}, True, False),
    ("da", "jeg vil gerne slippe sekretærposten", {"funktioner": "Formand; Sekretær"},
     {"funktioner": "Formand"}, False, False),
    # how long in the role just named is no experience
    ("da", "Jeg vil ikke være formand igen, det har jeg været i fire år nu.",
     {"funktioner": "Formand", "erfaring": "20"}, {"funktioner": ""}, False, False),
    # an agenda wish asked as a question, after "og så": no answer about the member
    ("da", "Og så et ønske til næste møde: kan vi tage et punkt om de nye regler for jordflytning?",
     {"interesser": "PFAS"}, {}, True, False),
    # a topic named as a group of its own: which group is asked
    ("da", "Jeg er med i den regionale jordgruppe", {}, {}, True, False),
    # the work, not the network; a network named by its kind is the network
    ("en", "Sorry for the late reply, been out on inspections all week. Soil mainly.", {},
     {"interests": "Soil"},
     False, False),
    ("da", "Jeg er med i tilsynsnetværket", {}, {"grupper": "Netværk for miljøtilsyn"}, False, False),
    # a table row, and its header row
    ("da", "Spørgsmål | Mit svar\nInteresser | Affald, jord og IE-direktivet", {},
     {"interesser": "Affald; Jord; IE-direktivet"}, False, False),
    # courtesy: where the marks are, when the rest comes, nothing else
    ("da", "har opdateret nederst 🙂", {}, {}, False, False),
    ("da", "svarer efter påske 🐣", {}, {}, False, False),
    ("da", "Resten vender jeg tilbage med.", {}, {}, False, False),
    ("en", "Not much else.", {}, {}, False, False),
    ("en", "Updated my time below", {}, {}, False, False),
    # an absence is news, even with a promise to answer later
    ("da", "Jeg er syg i denne uge, svarer når jeg er tilbage.", {}, {}, True, False),
    # "as before" in other shapes
    ("da", "tilføj støj 👍 ellers uændret", {"interesser": "Jord"}, {"interesser": "Støj; Jord"},
     False, True),
    ("da", "Indtil da er alt som i skemaet.", {}, {}, False, True),
    ("en", "Same as last year except I now have much more time. So: much.", {"time": "Some"},
     {"time": "Much"}, False, True),
    ("en", "add pfas, rest same", {}, {"interests": "PFAS"}, False, True),
    # a bare "fjern" beside the clause that says what goes; alone it is asked
    ("da", "fjern – Jonas har overtaget PFAS-sagerne", {"interesser": "PFAS; Affald"},
     {"interesser": "Affald"}, False, False),
    ("da", "fjern", {"interesser": "PFAS; Affald"}, {}, True, False),
    # -- found on blind parts 30 and 31 (session 8): "as before" said in other words
    ("da", "Stort set som sidste år, men Luft skal ud og PFAS ind.", {"interesser": "Luft; Klima"},
     {"interesser": "PFAS; Klima"}, False, True),
    ("da", "Ovenstående er stadig rigtigt, bortset fra at jeg er gået ud af PFAS-arbejdsgruppen.",
     {"grupper": "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS"},
     {"grupper": "Netværk for miljøtilsyn"}, False, True),
    ("en", "Remove waste. The rest stays.", {"interests": "Waste; Soil"}, {"interests": "Soil"},
     False, True),
    # -- found on blind parts 32 and 33 (session 8)
    ("da", "Alt andet er, som det står i skemaet.", {}, {}, False, True),
    ("da", "Ingen kommentarer herfra – alt står som det skal.", {}, {}, False, True),
    ("da", "Ellers er alt ved det gamle.", {}, {}, False, True),
    # -- found on blind parts 34 and 35 (session 8): a sentence ending in "i." ends there
    ("da", "PFAS-gruppen er jeg ude af nu, men netværket for miljøtilsyn er jeg kommet med i. "
     "Alt det andet er uændret.", {"grupper": "Arbejdsgruppe om PFAS"},
     {"grupper": "Netværk for miljøtilsyn"}, False, True),
    # -- found on blind part 36 (session 8)
    ("da", "Fjern støj fra min liste. Resten står fint.", {"interesser": "Støj; PFAS"},
     {"interesser": "PFAS"}, False, True),    # -- found on blind part 39 (session 8)
    ("en", "Drop the PFAS group, keep the rest.", {"groups": "Inspection network; PFAS working group"},
     {"groups": "Inspection network"}, False, True),
])
def test_a_clause_and_whether_the_rest_stands(lang: str, body: str, sent: dict[str, str],
                                              answers: dict[str, str], flagged: bool,
                                              unchanged: bool) -> None:
    """Found on blind parts 20 and 21 (session 7), one general rule per case."""
    parsed = parse_reply(body, questions(lang), sent)
    assert (parsed.answers, bool(parsed.not_understood), parsed.unchanged) == (
        answers, flagged, unchanged), parsed


def test_the_members_name_with_an_initial_is_a_signature() -> None:
    parsed = parse_reply("Ellers står det hele ved magt.\nMette J.", QS, S1, names=["Mette Juul"])
    assert (parsed.answers, parsed.not_understood, parsed.unchanged) == ({}, (), True)


def test_title_and_workplace_under_the_members_name_are_a_signature() -> None:
    body = "Som før på alt.\n\nMads Thorsen\nMiljøafdelingen\nEksempel Kommune"
    parsed = parse_reply(body, QS, S1, names=["Mads Thorsen"])
    assert (parsed.answers, parsed.not_understood, parsed.unchanged) == ({}, (), True)


@pytest.mark.parametrize("line, answers", [
    ("Interesser: + Spildevand, - Affald", {"interesser": "PFAS; Spildevand"}),
    ("Interesser: +Spildevand -Affald", {"interesser": "PFAS; Spildevand"}),
    ("Interesser: + Power-to-X, -PFAS", {"interesser": "Affald; Power-to-X"}),
])
def test_items_signed_plus_or_minus_are_added_or_taken_away(line: str, answers: dict[str, str]
                                                              ) -> None:
    parsed = parse_reply(line, QS, {"interesser": "PFAS; Affald"})
    assert (parsed.answers, parsed.not_understood) == (answers, ())


def test_initials_of_the_members_first_names_are_a_signature() -> None:
    parsed = parse_reply("Alt det andet er uændret.\nHC", QS, S1, names=["Hans Christian Dybdahl"])
    assert (parsed.answers, parsed.not_understood, parsed.unchanged) == ({}, (), True)


def test_a_line_wrapped_after_a_preposition_goes_on_below() -> None:
    body = ("En rettelse: erfaringen er snarere tolv år end otte, jeg havde glemt årene i\n"
            "Region Midt. Og jeg kan også godt tage sekretær, hvis I mangler en.")
    parsed = parse_reply(body, QS, {"erfaring": "8", "funktioner": ""})
    assert (parsed.answers, parsed.not_understood) == (
        {"erfaring": "12", "funktioner": "Sekretær"}, ())


def test_a_tick_after_an_option_in_the_form_marks_it() -> None:
    form = render_text(QS, {"tid": ""}, "da")
    parsed = parse_reply("Svar i skemaet.\n\n" + form.replace("[ ] Meget", "[ ] Meget  ✓"), QS,
                         {"tid": ""})
    assert (parsed.answers, parsed.not_understood) == ({"tid": "Meget"}, ())


def test_a_word_pointing_at_an_option_in_the_form_marks_it() -> None:
    form = render_text(QS, {"tid": ""}, "da")
    parsed = parse_reply("Svar i skemaet.\n\n" + form.replace("[ ] Meget", "[ ] Meget   (denne!)"),
                         QS, {"tid": ""})
    assert (parsed.answers, parsed.not_understood) == ({"tid": "Meget"}, ())


def test_an_offer_on_someone_elses_condition_keeps_the_mark_from_being_recorded() -> None:
    form = render_text(QS, {"funktioner": ""}, "da").replace("[ ] Formand", "[x] Formand")
    body = ("Jeg har sat kryds nedenfor. Bemærk dog at jeg kun kan tage formandsposten, hvis Lene "
            "vil være næstformand.\n\n" + form)
    parsed = parse_reply(body, QS, {"funktioner": ""})
    assert "funktioner" not in parsed.answers and parsed.not_understood


def test_an_arrow_pointing_at_a_removal_takes_the_option_away() -> None:
    form = render_text(QS, {"interesser": "VVM; Luft"}, "da")
    parsed = parse_reply("Se nedenfor\n\n" + form.replace("[x] VVM", "[x] VVM   <-- ikke mere"), QS,
                         {"interesser": "VVM; Luft"})
    assert parsed.answers == {"interesser": "Luft"}


def test_a_conditional_offer_holds_back_only_the_option_it_is_about() -> None:
    body = ("Jeg vil ikke længere være sekretær. Men jeg kan tage formandsposten, hvis Jens ikke "
            "genopstiller.")
    parsed = parse_reply(body, QS, {"funktioner": "Sekretær"})
    assert parsed.answers == {"funktioner": ""} and parsed.not_understood


@pytest.mark.parametrize("lang, body, sent, answers, flagged", [
    # -- found on blind part 17 (session 7)
    # a question named with "the same" keeps its answer
    ("en", "Groups the same.", {"groups": "Inspection network"},
     {"groups": "Inspection network"}, False),
    # "too much time" gives a reason, no amount
    ("da", "Høringstovholder vil jeg ikke længere – det har taget for meget tid.",
     {"funktioner": "Høringstovholder", "tid": "Nogen"}, {"funktioner": ""}, False),
    ("en", "No more secretary, it takes too much time", {"functions": "Secretary"},
     {"functions": ""}, False),
    # when the amount holds, said after it; not how much a topic fills
    ("en", "Time is little these months because of the budget.", {"time": "Much"},
     {"time": "Little"}, False),
    ("da", "Jeg har mere luft nu – sæt mig gerne på meget fremover.", {"tid": "Lidt"},
     {"tid": "Meget"}, False),
    ("da", "PFAS fylder også meget i øjeblikket.", {"interesser": "PFAS"},
     {"interesser": "PFAS"}, False),
    # news about someone else, given as the reason ("efter at ...")
    ("da", "Jeg har fået spildevandsområdet, efter at vores spildevandsmand er gået på pension.",
     {"interesser": "Jord"}, {"interesser": "Spildevand; Jord"}, False),
    # "fået" / "got": added to what the member had
    ("da", "Til gengæld har jeg fået støjsagerne.", {"interesser": "Luft"},
     {"interesser": "Støj; Luft"}, False),
    ("en", "I've got noise now", {"interests": "Air"}, {"interests": "Noise; Air"}, False),
    # joining a word that names a topic and a working group: which one is asked
    ("da", "Jeg vil gerne være med på PFAS fremover.", {"interesser": "PFAS"}, {}, True),
    ("en", "I'd like to join PFAS", {}, {}, True),
    # two amounts for two periods: the amount now, and the chair is told
    ("da", "Tid: mest lidt i foråret, mere til efteråret", {"tid": "Nogen"}, {"tid": "Lidt"}, True),
    ("da", "Tid: nogen, mere til jul", {"tid": "Nogen"}, {"tid": "Nogen"}, False),
    # -- found on blind parts 18 and 19 (session 7)
    # "ingen <question>" beside another answer in the same clause
    ("da", "Skriv lidt tid og ingen funktioner", {"funktioner": "Formand", "tid": "Nogen"},
     {"funktioner": "", "tid": "Lidt"}, False),
    # someone else is to take the role over: given up
    ("da", "Sekretær må en af de andre overtage.", {"funktioner": "Formand; Sekretær"},
     {"funktioner": "Formand"}, False),
    # congratulating another on a role is no answer about one's own, and only courtesy
    ("da", "Tillykke med formandsposten!", {"funktioner": ""}, {}, False),
    # "de næste to år" is a period, no years of experience
    ("da", "Jeg tager referaterne de næste to år, så sæt mig på som sekretær.", {"erfaring": "7"},
     {"funktioner": "Sekretær"}, False),
    # a correction of a mark: the corrected amount holds
    ("da", "Jeg satte kryds ved meget, men ret det til nogen.", {"tid": "Meget"}, {"tid": "Nogen"},
     False),
    # "som aftalt", "som vi talte om": the member confirms; a task taken with an adverb between
    ("da", "Som aftalt stopper jeg som formand. Jeg tager gerne høringerne, som vi talte om.",
     {"funktioner": "Formand"}, {"funktioner": "Høringstovholder"}, False),
    # "kan I tage af": taken away; "tage sig af" is taking care of
    ("da", "Affald kan I tage af", {"interesser": "Affald; Jord"}, {"interesser": "Jord"}, False),
    # "the PFAS group": the working group, not the topic
    ("en", "I've just joined the PFAS group.", {}, {"groups": "PFAS working group"}, False),
    # topics of the member's own that are no option are passed on, whatever else is read
    ("en", "I'm interested in the circular economy and microplastics, and I've joined the PFAS "
     "group.", {}, {"groups": "PFAS working group"}, True),
    ("en", "I've picked up soil cases", {"interests": "Noise"}, {"interests": "Noise; Soil"}, False),
    # answers given for someone else go to the chair; none is recorded for the member
    ("da", "Rasmus bad mig svare for ham: Han arbejder med støj og har 3 års erfaring.",
     {"interesser": "Jord"}, {}, True),
    # -- found on blind parts 22 and 23 (session 7)
    # "since this spring" says when, not why
    ("en", "I work with wastewater, and since this spring also a bit with PFAS.", {},
     {"interests": "PFAS; Wastewater"}, False),
    # a little more is no amount; much more is still the most
    ("da", "Tid: lidt mere end sidst.", {"tid": "Nogen"}, {}, True),
    ("en", "Time: much more than last year.", {"time": "Little"}, {"time": "Much"}, False),
    ("da", "Klimatilpasning er røget over til en kollega, så det skal af listen.",
     {"interesser": "Klima; VVM"}, {"interesser": "VVM"}, False),
    # the amount for now is recorded, and the chair is told of the later one
    ("da", "meget tid efter nytår, lige nu lidt", {"tid": "Nogen"}, {"tid": "Lidt"}, True),
    # "Skriv bare 3" after the years were talked about: that number
    ("da", "Jeg har 25 år bag mig i alt, men kun 3 med miljø. Skriv bare 3.", {"erfaring": "2"},
     {"erfaring": "3"}, False),
    # how long in a group is no experience
    ("da", "Jeg er med i netværket for miljøtilsyn og har været det i fire år.", {"erfaring": "11"},
     {"grupper": "Netværk for miljøtilsyn"}, False),
    # "take me off"; a topic naming a person ("a noise specialist") is no topic
    ("en", "Please add soil and take me off noise – we hired a noise specialist in October.",
     {"interests": "Wastewater; Noise"}, {"interests": "Wastewater; Soil"}, False),
    # standing in for a role is not taking it: asked
    ("en", "I'm happy to chair meetings when the chair is away.", {}, {}, True),
    ("da", "Jeg vil gerne være næstformand", {}, {}, True),
    # -- found on blind parts 24 and 25 (session 7)
    # a part of a year is asked, not rounded
    ("da", "Erfaring: 2½ år", {"erfaring": "1"}, {}, True),
    ("da", "Jeg har 2½ års erfaring", {"erfaring": "1"}, {}, True),
    # a date is no count
    ("da", "Erfaring: fem år pr. 1. januar", {"erfaring": "4"}, {"erfaring": "5"}, False),
    ("en", "Time: a bit", {"time": "Some"}, {"time": "Little"}, False),
    # what a task costs is not the member's time: "høringerne" are the function's, so the
    # clause only says why (part 25's writer: nothing for the chair)
    ("da", "Høringerne tager meget tid, så jeg stopper som høringstovholder.",
     {"funktioner": "Høringstovholder", "tid": "Lidt"}, {"funktioner": ""}, False),
    ("da", "PFAS og affald er overgået til en ny kollega.", {"interesser": "PFAS; Affald; Jord"},
     {"interesser": "Jord"}, False),
    ("da", "Jeg dropper sekretær.", {"funktioner": "Sekretær"}, {"funktioner": ""}, False),
    # the chair as a person, not the role
    ("da", "Håber det er i orden med formanden.", {}, {}, True),
    # "after three years I'd ...": when, not experience
    ("en", "After three years I'd like to hand over the chair.", {"functions": "Chair"},
     {"functions": ""}, False),
    # "no" belongs to what follows the "and"
    ("en", "Until then put me down for little time and no functions.",
     {"functions": "Chair", "time": "Some"}, {"functions": "", "time": "Little"}, False),
    # "as before" after "og" is one subject: nothing split off
    ("da", "Tid og resten som sidst.", {}, {}, False),
    # -- found on blind parts 26 and 27 (session 7)
    # the subject left out after "og" is the member: taken over, so added
    ("da", "Jeg er ny her siden august og har overtaget spildevandsområdet og lidt jord.",
     {"interesser": "Klima"}, {"interesser": "Spildevand; Jord; Klima"}, False),
    # a range of years in words is asked
    ("da", "Før det var jeg rådgiver, så mellem 6 og 7 år på området alt i alt.", {"erfaring": "3"},
     {}, True),
    ("da", "jord er røget over til en anden.", {"interesser": "Jord; Klima"},
     {"interesser": "Klima"}, False),
    # a compound naming a person is no topic; "formand" itself is the role
    ("da", "luft er røget ud – det har vi fået en luftmedarbejder til.", {"interesser": "Luft; Jord"},
     {"interesser": "Jord"}, False),
    ("da", "kan ikke være formand", {"funktioner": "Formand"}, {"funktioner": ""}, False),
    # stepping in as secretary takes the role; standing in for the chair does not
    ("en", "I could step in as secretary if you're stuck", {}, {"functions": "Secretary"}, False),
    # -- found on blind parts 30 and 31 (session 8)
    # "skal af" takes away as "skal ud" does
    ("da", "Luft skal af – det har Niels Holm taget over fra mig.", {"interesser": "Støj; Luft"},
     {"interesser": "Støj"}, False),
    # "nu hvor ..." gives the reason: what it names is not taken away with the rest
    ("da", "Jeg blev valgt som formand, så sæt kryds der. Høringstovholder vil jeg gerne slippe "
     "nu hvor jeg har formandsposten.", {"funktioner": "Høringstovholder"},
     {"funktioner": "Formand"}, False),
    # a reason naming who took over is a fact, not a condition on someone else
    ("da", "Sekretær kan I fjerne nu hvor Ole har overtaget.", {"funktioner": "Sekretær"},
     {"funktioner": ""}, False),
    # a topic the member started on that is no option is asked, beside the one that is
    ("da", "Jeg er begyndt at arbejde med brintanlæg ved siden af spildevandsområdet.",
     {"interesser": "Spildevand"}, {"interesser": "Spildevand"}, True),
    # handing a role over to someone, dropping one
    ("en", "I handed the chair over to Grethe at the meeting, so please take that off.",
     {"functions": "Chair; Secretary"}, {"functions": "Secretary"}, False),
    ("en", "Dropping consultation coordinator for this year.",
     {"functions": "Consultation coordinator"}, {"functions": ""}, False),
    # "as agreed" leads in to the answer; taking over someone's seat adds the group
    ("en", "As agreed at the meeting I'm taking over Jens's seat in the PFAS working group.",
     {"groups": "Inspection network"}, {"groups": "Inspection network; PFAS working group"}, False),
    # a newcomer introducing themself says nothing the chair must read
    ("en", "I'm one of the three new ones.", {}, {}, False),
    # -- found on blind parts 32 and 33 (session 8)
    # a topic gone on to a colleague, or over to a new coordinator, is taken away
    ("da", "luft er gået videre til en kollega.", {"interesser": "Luft; Klima"},
     {"interesser": "Klima"}, False),
    ("da", "Spildevand og luft fortsætter, klima er overgået til vores nye klimakoordinator.",
     {"interesser": "Spildevand; Luft; Klima"}, {"interesser": "Spildevand; Luft"}, False),
    # "find a new X": the role is no longer the member's, never added
    ("da", "Derfor ingen funktion – I må finde en ny høringstovholder.",
     {"funktioner": "Høringstovholder"}, {"funktioner": ""}, False),
    # a role proposed for someone else is passed on, not recorded as the member's
    ("en", "I won't take on any function, but I'd like to nominate Birgitte Lund as chair.",
     {"functions": "Secretary"}, {"functions": ""}, True),
    # a role to share with a named person is the chair's to arrange; with someone unnamed it is
    # recorded and passed on
    ("da", "Mette Friis og jeg vil gerne dele formandsposten, hvis I er med på det.",
     {"funktioner": ""}, {}, True),
    ("da", "Sekretær – men helst sammen med en anden, så vi kan skiftes.", {"funktioner": ""},
     {"funktioner": "Sekretær"}, True),
    # "begge dele" is both, no sharing
    ("da", "Jeg er stoppet i PFAS-arbejdsgruppen - der var ikke tid til begge dele.",
     {"grupper": "Arbejdsgruppe om PFAS"}, {"grupper": ""}, False),
    # how long in a role is no experience
    ("en", "I'll step down as chair after this year - four years is enough for me.",
     {"functions": "Chair", "experience": "20"}, {"functions": ""}, False),
    # "working with you all" is no label of the working groups
    ("en", "It's been a pleasure working with you all.", {"groups": ""}, {}, True),
    # "more time for the network": the group itself; "no time for the network" still removes
    ("da", "Der bliver mere tid til netværket.", {"grupper": ""}, {}, True),
    ("da", "Jeg har ikke tid til netværket mere.", {"grupper": "Netværk for miljøtilsyn"},
     {"grupper": ""}, False),
    # an amount called too optimistic is asked, never recorded
    ("da", "Meget tid er nok for optimistisk i år.", {"tid": "Nogen"}, {}, True),
    # years to add to the old answer; the last years somewhere are part of the total
    ("en", "Just add a year to my experience.", {"experience": "11"}, {"experience": "12"}, False),
    ("en", "12 years in environmental regulation, the last two here in Aarhus.", {},
     {"experience": "12"}, False),
    # "især nu hvor ...": one reason clause
    ("da", "Jeg fortsætter gerne som høringstovholder, især nu hvor der kommer mange høringer.",
     {"funktioner": ""}, {"funktioner": "Høringstovholder"}, False),
    # -- found on blind parts 34 and 35 (session 8)
    # a topic gone over to another department or a utility is taken away; the member moving
    # over to a topic takes it on
    ("da", "Støj er gået over til teknisk forvaltning.", {"interesser": "Støj; Luft"},
     {"interesser": "Luft"}, False),
    ("da", "luft og klima fortsat, men spildevand er røget over til forsyningen.",
     {"interesser": "Spildevand; Luft; Klima"}, {"interesser": "Luft; Klima"}, False),
    ("da", "Jeg er gået over til jord.", {"interesser": "Luft"}, {"interesser": "Luft; Jord"}, False),
    # congratulating someone on a role is courtesy, not the member's role
    ("da", "Tak, og tillykke til Jonas med formandsposten :)", {"funktioner": "Sekretær"}, {},
     False),
    # drawn for a role: added; drawn and declined ("det kan jeg ikke overkomme"): taken away,
    # and the chair is told
    ("da", "Jeg blev trukket som sekretær i går og siger ja tak til det.",
     {"funktioner": "Høringstovholder"}, {"funktioner": "Høringstovholder; Sekretær"}, False),
    ("da", "Jeg er blevet trukket som formand, men det kan jeg ikke overkomme.",
     {"funktioner": "Sekretær"}, {"funktioner": "Sekretær"}, True),
    # another person taking a role: not the member's, and the chair updates that person
    ("en", "Lars and I have agreed to swap: he takes secretary and I'll be consultation "
     "coordinator.", {"functions": "Secretary"}, {"functions": "Consultation coordinator"}, True),
    # half a year is asked, never rounded; of two numbers, the one preferred
    ("da", "Jeg har været her et halvt år og før det 3 år i Vejle.", {}, {}, True),
    ("da", "En rettelse: erfaringen er snarere tolv år end otte.", {"erfaring": "8"},
     {"erfaring": "12"}, False),
    # of two amounts, the one preferred
    ("en", "Time: some rather than much for now.", {"time": "Much"}, {"time": "Some"}, False),
    # "a function" refused: none of them
    ("en", "I can't take on a function this year.", {"functions": "Chair"}, {"functions": ""},
     False),
    # given up at the end of the term: recorded as said, and the chair told when
    ("en", "I won't stand for chair again when my term ends in the spring.", {"functions": "Chair"},
     {"functions": ""}, True),
    ("da", "Jeg stiller ikke op som formand igen, når min periode udløber ved årsmødet i marts.",
     {"funktioner": "Formand; Høringstovholder"}, {"funktioner": "Høringstovholder"}, True),
    ("da", "Jeg stopper som formand efter generalforsamlingen, så I må gerne fjerne formand.",
     {"funktioner": "Formand"}, {"funktioner": ""}, False),
    # "drops to little": the new amount, not a removal
    ("en", "My time drops to little after March.", {"time": "Some"}, {"time": "Little"}, False),
    # a department's name is a place, not the topics in it
    ("da", "Jeg sidder nu i det nye Center for Klima og Miljø.", {"interesser": "Jord"}, {}, True),
    # an answer after "på nær tid:" is the time's
    ("da", "Som før på nær tid: meget nu, da tilsynskampagnen er slut.", {"tid": "Nogen"},
     {"tid": "Meget"}, False),
    # "tager jeg gerne" after the role named before it accepts it
    ("da", "Sekretær, som jeg blev trukket til, tager jeg gerne.", {}, {"funktioner": "Sekretær"},
     False),
    # -- found on blind parts 36 and 37 (session 8)
    # two amounts as a range are asked; an amount for after something ends is asked
    ("da", "Et sted mellem lidt og nogen - afhænger af byggesagerne", {"tid": "Lidt"}, {}, True),
    ("en", "Much time after the reorganisation is done, not much before then.", {"time": "Some"},
     {}, True),
    ("da", "Har fået meget tid efter omstruktureringen.", {"tid": "Lidt"}, {"tid": "Meget"}, False),
    # "much more time" is the most
    ("en", "Much more time this autumn now that the big permit case is closed.", {"time": "Some"},
     {"time": "Much"}, False),
    # leaving a network takes it away
    ("en", "I'm leaving the inspection network, no time for both.",
     {"groups": "Inspection network; PFAS working group"}, {"groups": "PFAS working group"}, False),
    # "– for mange møder" gives the reason
    ("da", "Jeg har meldt mig ud af tilsynsnetværket - for mange møder.",
     {"grupper": "Netværk for miljøtilsyn"}, {"grupper": ""}, False),
    # a section of a law is no number: "§3-natur" is a topic of no option, asked
    ("da", "Jeg arbejder mest med PFAS og §3-natur.", {}, {"interesser": "PFAS"}, True),
    # -- found on blind parts 38 and 39 (session 8)
    # "can come off" takes away
    ("en", "Waste can come off - a colleague has taken over the recycling centres.",
     {"interests": "Waste; Air"}, {"interests": "Air"}, False),
    # "meget" after "arbejder med" is how much, not the amount of time; the topics are asked
    ("da", "Jeg arbejder også meget med grundvandsbeskyttelse og drikkevand nu.",
     {"interesser": "PFAS"}, {}, True),
    # a topic's team is a unit, not the topic
    ("da", "Fjern PFAS – det ligger nu hos jordteamet.", {"interesser": "PFAS; Støj"},
     {"interesser": "Støj"}, False),
    # leave is news for the chair
    ("da", "Jeg er på orlov fra 1. februar til 1. august, så sæt mig på lidt tid i år.",
     {"tid": "Nogen"}, {"tid": "Lidt"}, True),
    # two answers to the number question, one of them asked: neither is recorded
    ("da", "Jeg har 2 års erfaring, hvis man tæller studiejobbet med, ellers et halvt år.",
     {"erfaring": ""}, {}, True),
    # a named colleague taking over is for the chair to record
    ("da", "Jeg er gået ud af PFAS-arbejdsgruppen – min kollega Lotte Bak tager over for os.",
     {"grupper": "Arbejdsgruppe om PFAS"}, {"grupper": ""}, True),
    # -- found on blind parts 40 and 41 (session 8)
    # "stryg mig som X" takes it away
    ("da", "Og stryg mig som høringstovholder – det overtager Kirsten fra den nye afdeling.",
     {"funktioner": "Høringstovholder"}, {"funktioner": ""}, False),
    # a synonym of two words names its option only whole: "water quality" is no air quality
    ("en", "I now work mostly with the marine environment and bathing water quality.",
     {"interests": "Wastewater; Air"}, {}, True),
    # the member's focus ("mostly") adds to the answer, the rest stands
    ("en", "I work mostly with soil these days.", {"interests": "Air; Climate"},
     {"interests": "Air; Soil; Climate"}, False),
    # a team by its definite name is a unit, not the topic
    ("da", "Klima – nej, det har Miljø og Klima-teamet i den anden kommune taget over.",
     {"interesser": "Luft; Klima"}, {"interesser": "Luft"}, False),
    # -- found on blind parts 44 and 45 (session 9)
    # back from the holidays, and a summer wished: courtesy
    ("da", "Lige tilbage fra ferie. Alt er som før hos mig.", {"tid": "Nogen"}, {}, False),
    ("en", "I hope you all had a good summer. Please add soil.", {"interests": "Air"},
     {"interests": "Air; Soil"}, False),
    # "I'll look at it when I'm back": courtesy, nothing to read
    ("da", "Tak for mailen – jeg kigger på den, når jeg er tilbage på kontoret på mandag.",
     {"tid": "Nogen"}, {}, False),
    # "no more changes" in other words
    ("da", "Nogen i stedet for meget. Ikke flere ændringer.", {"tid": "Meget"}, {"tid": "Nogen"},
     False),
    # a question's label with "passer fint": that answer stands
    ("da", "Erfaringen er steget til 17 år. Grupperne passer fint.",
     {"grupper": "Arbejdsgruppe om PFAS", "erfaring": "12"},
     {"grupper": "Arbejdsgruppe om PFAS", "erfaring": "17"}, False),
    # a calendar year is no number of years: asked
    ("da", "Erfaring: har været i faget siden 2009.", {"erfaring": "12"}, {}, True),
    # how long the member has held a role is no experience
    ("da", "Høringstovholder vil jeg gerne give videre – det har jeg haft i fire år nu.",
     {"funktioner": "Formand; Høringstovholder", "erfaring": "20"}, {"funktioner": "Formand"}, False),
    # joining and leaving one of the working groups (not the group): "meld mig (gerne) ind/ud"
    ("da", "Jeg melder mig ud af PFAS-arbejdsgruppen og går over i netværket for miljøtilsyn.",
     {"grupper": "Arbejdsgruppe om PFAS"}, {"grupper": "Netværk for miljøtilsyn"}, False),
    ("da", "Meld mig gerne ind i PFAS-arbejdsgruppen, tak", {"grupper": "Netværk for miljøtilsyn"},
     {"grupper": "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS"}, False),
    ("en", "I'll leave the PFAS working group and join the inspection network instead.",
     {"groups": "PFAS working group"}, {"groups": "Inspection network"}, False),
    # "went to a colleague" takes a topic away
    ("en", "Take noise off — noise went to a colleague after the reorganisation.",
     {"interests": "Wastewater; Noise"}, {"interests": "Wastewater"}, False),
    # topics of no option after a time adverbial ("Efter X arbejder jeg med ...") are asked
    ("da", "Efter omorganiseringen arbejder jeg med natur og jord.", {}, {"interesser": "Jord"}, True),
    # "giver X videre" gives it up; "mit forslag til ny formand er NN" is for the chair
    ("da", "Jeg giver formandsposten videre. Mit forslag til ny formand er Hanne Dal.",
     {"funktioner": "Formand; Høringstovholder"}, {"funktioner": "Høringstovholder"}, True),
    # "er desuden gået over til at arbejde med X": the member took it on
    ("da", "Jeg er desuden gået over til at arbejde med spildevandet.", {"interesser": "PFAS"},
     {"interesser": "PFAS; Spildevand"}, False),
    # years in this job and years before: two numbers, asked
    ("en", "Two years in this job, before that five in consulting.", {}, {}, True),
    # a lead-in naming a question labels what follows
    ("en", "I forgot the time question: I can only offer little this autumn.", {"time": "Some"},
     {"time": "Little"}, False),
    # two roles offered with "kan jeg godt tage": both (", not both" still asks)
    ("da", "Sekretær eller høringstovholder kan jeg godt tage, formand nej tak.",
     {"funktioner": "Formand"}, {"funktioner": "Høringstovholder; Sekretær"}, False),
    ("en", "Chair or secretary, not both.", {}, {}, True),
    # hours a week "for the network" are time given to the group itself, and why the amount
    ("en", "Much time – our department gave me 4 hours a week for the network.", {},
     {"time": "Much"}, False),
    # "together with" a role adds it; nobody to share it with
    ("en", "I can stay on as chair one more year after all, together with consultation coordinator.",
     {"functions": "Chair"}, {"functions": "Chair; Consultation coordinator"}, False),
    # "same as last time": the rest stands, "time" is an occasion and names no question
    ("en", "Same as last time, but I'll give up the chair.", {"functions": "Chair", "time": "Some"},
     {"functions": ""}, False),
    # -- found on blind parts 48 and 49 (session 9)
    # "no other changes": "other" is no label here
    ("en", "Add soil. No other changes.", {"interests": "Air"}, {"interests": "Air; Soil"}, False),
    # "more like X than Y": the first
    ("en", "Time is more like some than much now.", {"time": "Much"}, {"time": "Some"}, False),
    # an amount now and another later: the one now, and the chair told
    ("en", "much time in jan, less later on", {}, {"time": "Much"}, True),
    # "as before, except the time, <its answer>" after a comma
    ("da", "Som sidst – bortset fra tid, der er det lidt nu", {"tid": "Nogen"}, {"tid": "Lidt"}, False),
    # a line ending in "og" goes on on the next line
    ("da", "fjern VVM, tilføj klima og\npower to x. Resten er uændret",
     {"interesser": "Affald; Jord; VVM"}, {"interesser": "Affald; Jord; Klima; Power-to-X"}, False),
    # "så støjsagerne er røget": gone; "så" with a new subject starts a clause
    ("da", "Er flyttet over på spildevandsområdet så støjsagerne er røget.",
     {"interesser": "PFAS; Støj"}, {"interesser": "PFAS; Spildevand"}, False),
    # one wrong letter in a five-letter word that is no word of its own
    ("en", "wastwater, noice and climate", {}, {"interests": "Wastewater; Noise; Climate"}, False),
    ("en", "Supply chain work mostly.", {"functions": "Secretary"}, {}, True),
    # a topic after a role and "for" is what the role covers
    ("en", "Happy to be consultation coordinator for the PFAS hearings in the spring.",
     {"interests": "Air"}, {"functions": "Consultation coordinator"}, False),
    # a job in another municipality is news; "can't carry on as" gives the role up
    ("en", "I'm starting in another municipality in February, so I can't carry on as chair.",
     {"functions": "Chair"}, {"functions": ""}, True),
    # asking leave ("if that's allowed?") is read and passed on
    ("en", "I'd like to stay in the inspection network if that's allowed?",
     {"groups": "PFAS working group"}, {"groups": "Inspection network; PFAS working group"}, True),
    # a role offered "if one is needed"
    ("da", "Hvis der bliver brug for en sekretær til næste år, så tager jeg den gerne.",
     {"funktioner": "Høringstovholder"}, {"funktioner": "Høringstovholder; Sekretær"}, False),
    # an offer made unwillingly ("men helst ikke") is asked; "men helst ikke formand" declines
    ("da", "Hvis ingen andre vil, kan jeg tage formandsposten, men helst ikke.", {}, {}, True),
    # only chosen lines deleted from the form: the "[ ]" lines left are not chosen
    # (in tests/data/form-own-words-unseen48: ow48-da-owa-linjer-slettet)
    # years "(plus 5 in a consultancy before that)" after the label: asked
    ("en", "Experience: 2 years (plus 5 in a consultancy before that)", {"experience": "1"}, {}, True),
    # "nothing to correct", "alt er som i fjor": the rest stands
    ("da", "Intet at rette her, det passer stadig.", {"tid": "Nogen"}, {}, False),
    # -- found on blind parts 50 and 51 (session 9)
    # a word typed after an option in the form marks it ("[ ] Klima  også" is in the corpus)
    # "træder jeg tilbage som X" gives it up; "det har været seks gode år" is no experience
    ("da", "Som jeg sagde på mødet, træder jeg tilbage som formand – det har været seks gode år.",
     {"funktioner": "Formand", "erfaring": "20"}, {"funktioner": ""}, False),
    # "ser rigtigt ud", "som det skal", "kan I lade stå", "nothing changes": the rest stands
    ("da", "Det ser rigtigt ud alt sammen 👍", {"tid": "Nogen"}, {}, False),
    ("da", "Jeg tager Power-to-X med fremover. Resten kan I lade stå.", {"interesser": "Affald"},
     {"interesser": "Affald; Power-to-X"}, False),
    # an offer on condition that someone else takes something over is asked
    ("da", "Jeg vil gerne stille op som formand – men kun hvis en anden kan tage høringerne fra mig.",
     {"funktioner": "Høringstovholder"}, {}, True),
    # a wrong number, then the right one ("det er 13")
    ("da", "Jeg skrev sidst, at jeg har 30 års erfaring – det er 13, tallene blev byttet om.",
     {"erfaring": "30"}, {"erfaring": "13"}, False),
    # the topic of a consultation is no answer ("næste høring handler om regnvand"): passed on
    ("da", "På mødet blev vi enige om, at næste høring handler om klimatilpasning og regnvand.",
     {"interesser": "Spildevand; Klima"}, {}, True),
    # thanks for being approved as a member: courtesy
    ("da", "Tak fordi I godkendte mig som nyt medlem på mødet.", {}, {}, False),
    # a coordinator named by a topic is a person, not the topic
    ("da", "Fjern mig fra PFAS-arbejdsgruppen – vi har fået en PFAS-koordinator, som overtager.",
     {"interesser": "Støj", "grupper": "Arbejdsgruppe om PFAS"}, {"grupper": ""}, False),
    # "men nu også X og Y": topics of no option are asked
    ("da", "Spildevand og jord som før, men nu også grundvand og drikkevand",
     {"interesser": "Spildevand; Jord"}, {"interesser": "Spildevand; Jord"}, True),
    # "no groups except the PFAS one": that group only, the topic PFAS untouched
    ("da", "no groups except the PFAS one", {"interesser": "PFAS", "grupper": "Netværk for miljøtilsyn"},
     {"grupper": "Arbejdsgruppe om PFAS"}, False),
    # a further sentence after a label that names another question is read on its own
    ("en", "Time: much. Experience 6.", {"experience": "5"}, {"time": "Much", "experience": "6"},
     False),
    # "og <label> <answer>" after a label: that question's answer
    ("da", "Erfaring: 9 år og tid nogen", {}, {"erfaring": "9", "tid": "Nogen"}, False),
    # a group of its own named by a topic ("the ERFA group on soil"): which group is asked
    ("en", "I've joined the regional ERFA group on contaminated soil – could you add that?",
     {"interests": "Soil"}, {}, True),
    # -- found on blind parts 46 and 47 (session 9, after their closing measurement)
    # a phrase that takes away ("no longer work with") before the option, however far
    ("en", "Interests: I no longer work with air quality – that moved to our regional team. "
     "Climate stays.", {"interests": "Air; Climate"}, {"interests": "Climate"}, False),
    # "thinking about joining", "haven't made up my mind": asked
    ("en", "I'm thinking about joining the PFAS working group but haven't made up my mind yet.",
     {"groups": "Inspection network"}, {}, True),
    # chairing a meeting now and then is no chair
    ("en", "Functions: I could chair a meeting now and then, but not permanently", {}, {}, True),
    # "7 of those from my previous job" is a part of the total
    ("en", "Experience should be 10 now - 7 of those from my previous job.", {"experience": "9"},
     {"experience": "10"}, False),
    # "Ellers ok", "Otherwise all good", "mine oplysninger stadig er korrekte": the rest stands
    ("da", "Bekræfter hermed, at mine oplysninger stadig er korrekte.", {"tid": "Nogen"}, {}, False),
    # an event named by a topic ("the IED workshop") is no topic; "I'll miss that one" is news
    ("en", "I'm at the IED workshop on the day of the March meeting, so I'll miss that one.",
     {"interests": "Air"}, {}, True),
    # months are no years
    ("da", "Jeg har 2 års erfaring fra en anden kommune plus 3 måneder her.", {},
     {"erfaring": "2"}, False),
    # "I'll stay in both": all of the question's options
    ("en", "Groups: I'll stay in both.", {"groups": "Inspection network"},
     {"groups": "Inspection network; PFAS working group"}, False),
    # "tag mig af den" after the role was given up: said twice
    ("da", "Høringstovholder må en anden overtage – tag mig af den.",
     {"funktioner": "Høringstovholder"}, {"funktioner": ""}, False),
    # -- found on blind part 53 (session 9, after its closing measurement)
    # an English word of its own is no compound of an option ("sometimes" is no time Some)
    ("en", "climate sometimes.", {"time": "Much"}, {"interests": "Climate"}, False),
    # another amount for another period: the first recorded, the chair told
    ("da", "Tid: meget i foråret, men næsten ingen i efteråret.", {}, {"tid": "Meget"}, True),
    # -- found on blind parts 54 and 55 (session 10, after their first measurement)
    # a greeting to the chair names no answer
    ("da", "Hej formand, jeg kan godt være sekretær.", {}, {"funktioner": "Sekretær"}, False),
    # a function's term is no experience; "den giver jeg videre" takes the function away
    ("da", "Mine to år som sekretær er gået, så den giver jeg videre.",
     {"funktioner": "Sekretær", "erfaring": "12"}, {"funktioner": ""}, False),
    ("da", "Jeg har haft høringerne i to år, nu må en anden tage over.",
     {"funktioner": "Høringstovholder", "erfaring": "8"}, {"funktioner": ""}, False),
    # "I will not stand again" takes the role just named away ...
    ("en", "My two years as chair end in February and I will not stand again.",
     {"functions": "Chair"}, {"functions": ""}, False),
    # ... but handing it over is only wished for later: the role stays ("for now": the chair
    # is told)
    ("en", "I'll stay on as chair for now, but I'd like to hand it over during 2027.",
     {"functions": "Chair"}, {}, True),
    # "only if nobody else" is a condition (a plain "if nobody else" an offer, and the chair told)
    ("da", "Formand kun hvis ingen andre melder sig.", {}, {}, True),
    ("da", "Formand, hvis ingen andre melder sig.", {}, {"funktioner": "Formand"}, True),
    # a role only if it rotates is for the chair; the time in the same sentence is read
    ("da", "Sekretær, hvis det kan gå på skift med en anden", {}, {}, True),
    ("da", "Jeg vil gerne fortsætte som sekretær, men kun hvis jeg kan dele det med en anden, så "
     "skriv nogen i stedet for meget.", {"funktioner": "Sekretær", "tid": "Meget"},
     {"tid": "Nogen"}, True),
    # a topic "gone to a new colleague" is taken away, even after "og"
    ("da", "Vi har fået Power-to-X i kommunen, og affald er gået til en ny kollega.",
     {"interesser": "Affald; Støj"}, {"interesser": "Støj; Power-to-X"}, False),
    # "can't keep up with" a group takes it away ("keep up" is no "keep")
    ("en", "I can't keep up with the PFAS working group any more, so take me off that one.",
     {"groups": "Inspection network; PFAS working group"}, {"groups": "Inspection network"}, False),
    # not knowing what to tick is for the chair, and a later answer does not settle the rest
    ("da", "Jeg er gået over til landbrugstilsyn, så jeg ved ikke helt, hvad jeg skal sætte kryds "
     "ved under fagområder. Affald har jeg ikke mere.", {"interesser": "PFAS; Affald"},
     {"interesser": "PFAS"}, True),
    # "A short note:" is a lead-in, not the label of Other
    ("en", "A short note: I am retiring at the end of March.", {}, {}, True),
    # the years before the present job are not the total: asked
    ("da", "Jeg er ny i kommunen. Før det var jeg 6 år i Miljøstyrelsen.", {}, {}, True),
    # "og fået X i stedet" adds what was got
    ("da", "Jeg har afleveret affaldsområdet og fået spildevand og jord i stedet.",
     {"interesser": "PFAS; Affald"}, {"interesser": "PFAS; Spildevand; Jord"}, False),
    # "the line about X can go": the pre-filled text answer about X, else asked
    ("da", "Linjen om orloven kan bare slettes.", {"andet": "Orlov til 31. december"},
     {"andet": ""}, False),
    ("da", "Linjen om orloven kan bare slettes.", {"andet": "Barselsvikar til juni"}, {}, True),
    # an offer of "it" after a sentence naming one role: that role (the question still asked)
    ("da", "Hvornår vælger vi ny høringstovholder? Jeg vil gerne stille op til det.", {},
     {"funktioner": "Høringstovholder"}, True),
    # a longer lead-in to changes; new year and thanks; back after Christmas: courtesy
    ("da", "Der er et par ændringer fra min side efter nytår:\nErfaring: 4", {}, {"erfaring": "4"},
     False),
    ("da", "Godt nytår, og tak for et godt år i gruppen.", {}, {}, False),
    ("da", "Tilbage efter juleferien. Tilføj PFAS.", {}, {"interesser": "PFAS"}, False),
    # a colleague's retirement is no news about the member; "se punkt 6" points at the form
    ("da", "Fra februar overtager jeg høringerne efter Kirsten, som går på pension, så sæt mig "
     "som høringstovholder i stedet for sekretær.", {"funktioner": "Sekretær"},
     {"funktioner": "Høringstovholder"}, False),
    ("da", "Se punkt 6. Ellers uændret.", {}, {}, False),
    # "sammen med referaterne" is together with a role's task, nobody to share with
    ("da", "Skriv mig også op til høringstovholder, det kan jeg godt klare sammen med referaterne",
     {"funktioner": "Sekretær"}, {"funktioner": "Høringstovholder; Sekretær"}, False),
    # -- found on blind parts 58 and 59 (session 10, after their first measurement)
    # signed items in a sentence or on a line: each added or taken away
    ("da", "sidder i møde så kort: +støj +luft -affald. 9 år nu",
     {"interesser": "PFAS; Affald", "erfaring": "8"},
     {"interesser": "PFAS; Støj; Luft", "erfaring": "9"}, False),
    ("da", "+støj +luft -affald",
     {"interesser": "PFAS; Affald"}, {"interesser": "PFAS; Støj; Luft"}, False),
    # words a phone or a dictation split are joined again when together they name an option
    ("da", "Høringstov holder må en anden tage over.",
     {"funktioner": "Høringstovholder"}, {"funktioner": ""}, False),
    ("da", "jeg arbejder med spilde vand og jord", {}, {"interesser": "Spildevand; Jord"}, False),
    # the answer, and the amount it is not
    ("da", "tid nu nogen ikke meget", {"tid": "Meget"}, {"tid": "Nogen"}, False),
    # "alt som før, men slet det med X": the exception is read (it was taken for the rest standing)
    ("da", "Alt som før 🙂 men slet det med barselsvikar, jeg er blevet fastansat",
     {"andet": "Barselsvikar til juni"}, {"andet": ""}, False),
    # "four years as chair is enough" takes the role away
    ("en", "Functions: I would like to swap Chair for Secretary this year - four years as chair is "
     "enough.",
     {"functions": "Chair"}, {"functions": "Secretary"}, False),
    # "støj skal på og luft kan komme af": each option its own marker after the "og"
    ("da", "så støj skal på og luft kan komme af",
     {"interesser": "Luft; Klima"}, {"interesser": "Støj; Klima"}, False),
    # a topic handled by a colleague now is taken away
    ("en", "Please remove noise – noise is handled by our new colleague now.",
     {"interests": "Air; Noise"}, {"interests": "Air"}, False),
    # a dash after a bare label opens its answer; under the groups' label, the word only one group has
    ("en", "Networks - only the PFAS one these days",
     {"groups": "Inspection network; PFAS working group"}, {"groups": "PFAS working group"}, False),
    ("en", "Roles - none, sorry", {"functions": "Chair"}, {"functions": ""}, False),
    ("da", "Arbejdsgrupper: PFAS + netværket for miljøtilsyn",
     {}, {"grupper": "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS"}, False),
    # copying someone else's answers is for the chair, even beside "jeg er ny"
    ("da", "Jeg er ny og laver det samme, så skriv bare det samme som hende.", {}, {}, True),
    # a lower-case label under a long line is no wrapped sentence
    ("da", "fjern mig fra pfas gruppen, har ikke tid til den mere. tid nu nogen ikke meget\nandet: "
     "barselsvikariatet er forlænget til 31/12",
     {"grupper": "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS", "tid": "Meget",
      "andet": "Barselsvikar til juni"},
     {"grupper": "Netværk for miljøtilsyn", "tid": "Nogen",
      "andet": "barselsvikariatet er forlænget til 31/12"}, False),
    # "ifm." ends no sentence
    ("da", "Jeg har fået ny stilling som teamleder ifm. omorganiseringen, så jeg kan kun give lidt "
     "tid.",
     {"tid": "Nogen"}, {"tid": "Lidt"}, False),
    # -- found on blind parts 56 and 57 (session 10, after their closing measurement)
    # "d. 23." is a day of the month, no sentence of its own and no number of years
    ("da", "Tak for mailen. Jeg er på vinterferie og kigger på det når jeg er hjemme igen d. 23.",
     {"erfaring": "12"}, {}, False),
    # an option added, then only named again in a reason, stays added to the rest
    ("en", "Could you add PFAS to my interests? We got three new PFAS cases in January.",
     {"interests": "Wastewater; Noise"}, {"interests": "PFAS; Wastewater; Noise"}, False),
    # "begge to": both
    ("da", "Grupper: begge to", {}, {"grupper": "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS"},
     False),
    # time "til netværket" is for the group itself, whatever else the clause says
    ("da", "Sæt mig på meget tid – jeg har fået frikøbt tid til netværket.", {"tid": "Lidt"},
     {"tid": "Meget"}, True),
    # -- found on blind parts 62 to 65 (session 11)
    # another person's wish for a role is theirs, for the chair
    ("da", "Spørg Anders Krogh, han har sagt at han gerne vil være høringstovholder.",
     {"funktioner": "Sekretær"}, {}, True),
    # a role the member thinks someone else should have is a proposal; "bliver som jeg er"
    ("da", "Jeg synes Hanne Juul skal være formand. Selv bliver jeg som jeg er.",
     {"funktioner": "Høringstovholder"}, {}, True),
    ("en", "I think Ole Berg should be chair.", {"functions": "Secretary"}, {}, True),
    # a role for part of the two-year term only: held and passed on
    ("da", "Høringstovholder tager jeg gerne frem til da, men så må en anden tage over det sidste "
     "år.", {"funktioner": ""}, {}, True),
    # "et år mere" about a role is its term, not one more year of experience
    ("da", "Sekretær kan jeg godt et år mere, men ikke to.",
     {"funktioner": "Sekretær", "erfaring": "12"}, {}, True),
    # an amount "for now" that changes with fewer hours from a date: recorded and passed on
    ("en", "Time: Much for now, but I go down to 30 hours a week from 1 August.", {"time": "Much"},
     {"time": "Much"}, True),
    # "fire gange om året" is how often, no number of years
    ("da", "Jeg repræsenterer gruppen i det regionale miljøforum fire gange om året.",
     {"erfaring": "8"}, {}, True),
    # "(andet år af to)" is how far into a term
    ("da", "Jeg er sekretær for gruppen (andet år af to).",
     {"funktioner": "Sekretær", "erfaring": "12"}, {"funktioner": "Sekretær"}, False),
    # "er nok" is enough, no softener
    ("da", "Seks år som formand er nok.", {"funktioner": "Formand"}, {"funktioner": ""}, False),
    # a role taken beside one given up: what is not named stays
    ("da", "sekretær ok. ikke formand", {"funktioner": "Formand; Høringstovholder"},
     {"funktioner": "Høringstovholder; Sekretær"}, False),
    # "hellere X end Y": X in, Y out
    ("da", "Jeg vil hellere være sekretær end høringstovholder.",
     {"funktioner": "Høringstovholder"}, {"funktioner": "Sekretær"}, False),
    # only a wish for the case of being drawn: no offer
    ("da", "Bliver jeg trukket alligevel, vil jeg hellere være sekretær end formand.",
     {"funktioner": "Høringstovholder"}, {}, True),
    # one answer offered for another: a deal the chair weighs, neither recorded
    ("da", "Jeg tager formandsposten, hvis jeg til gengæld må trække mig fra Arbejdsgruppe om PFAS.",
     {"funktioner": "", "grupper": "Arbejdsgruppe om PFAS"}, {}, True),
    # what the member's stand-in will do is the chair's to arrange
    ("da", "Min vikar bliver Sofie Holm, som også overtager mine PFAS-sager.",
     {"interesser": "PFAS; Støj"}, {}, True),
    # "formanden" (definite) is the person in the role
    ("da", "Det må formanden tage stilling til.", {"funktioner": "Sekretær"}, {}, True),
    # out "indtil videre": out now, and the chair is told
    ("da", "Jeg har meldt mig ud af PFAS-gruppen indtil videre, det var for meget oveni.",
     {"grupper": "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS"},
     {"grupper": "Netværk for miljøtilsyn"}, True),
    ("da", "Sekretær må I tage fra mig, det giver ikke mening, når vi skiftes.",
     {"funktioner": "Sekretær"}, {"funktioner": ""}, False),
    ("da", "Jeg er udtrådt af PFAS-arbejdsgruppen.",
     {"grupper": "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS"},
     {"grupper": "Netværk for miljøtilsyn"}, False),
    ("da", "Formand og høringstovholder må de yngre tage over.",
     {"funktioner": "Formand; Høringstovholder"}, {"funktioner": ""}, False),
    # "men lad den stå på nogen": the amount decided after weighing two
    ("da", "Tiden er nærmere lidt end nogen lige nu, men lad den stå på nogen.", {"tid": "Meget"},
     {"tid": "Nogen"}, False),
    # "det giver mig meget" is what the group is worth, no amount of time
    ("da", "Formand fortsætter jeg gerne som – det giver mig meget.",
     {"funktioner": "Formand", "tid": "Lidt"}, {"funktioner": "Formand"}, False),
    ("da", "Sæt min tid til lidt det næste stykke tid.", {"tid": "Nogen"}, {"tid": "Lidt"}, False),
    # leaving the whole group: the chair takes the member off, the answers stay
    ("da", "Jeg træder ud af gruppen og af PFAS-arbejdsgruppen.",
     {"grupper": "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS"}, {}, True),
    # a verb after "and" starts a predicate out of the reach of "dropped"
    ("en", "I've dropped waste entirely and spend most of my days on noise.",
     {"interests": "Waste; Air"}, {"interests": "Noise; Air"}, False),
    # an offer that waits for another person
    ("en", "I could be secretary from spring, once our new colleague is trained up.",
     {"functions": ""}, {}, True),
    # a numbered free text answer may name any question's words
    ("en", "1. Air\n6. I'm moving to 32 hours a week from February.", {"interests": "Noise"},
     {"interests": "Air", "other": "I'm moving to 32 hours a week from February."}, False),
    # English idioms for giving a role up, also on the Danish form
    ("da", "Count me out as secretary this time, sorry.", {"funktioner": "Sekretær"},
     {"funktioner": ""}, False),
    ("da", "I shan't be able to carry on as secretary – the new post doesn't leave room for it.",
     {"funktioner": "Sekretær"}, {"funktioner": ""}, False),
    ("en", "Still good with everything, except I'm going to bow out as chair. Feel free to put me "
     "down as secretary instead.", {"functions": "Chair"}, {"functions": "Secretary"}, False),
    # "After five years I would like to ...": "I" is the member, the years date the wish
    ("da", "After five years I would like to step down as chair, but I am happy to stay on as "
     "consultation coordinator.", {"funktioner": "Formand", "erfaring": "20"},
     {"funktioner": "Høringstovholder"}, False),
    ("da", "Put me down for a lot of time now.", {"tid": "Lidt"}, {"tid": "Meget"}, False),
    # the options in Norwegian and Swedish, and their "lägg till"; their thanks are courtesy
    ("da", "Jeg jobber med avløp og støy.", {}, {"interesser": "Spildevand; Støj"}, False),
    ("da", "Jag jobbar numera även med avlopp, så lägg gärna till det.", {"interesser": "PFAS"},
     {"interesser": "PFAS; Spildevand"}, False),
    ("da", "Takk fyri!\n\nLuft og klima.", {}, {"interesser": "Luft; Klima"}, False),
    # a role kept or dropped as the group likes: the chair decides
    ("da", "Not fussed about the role really – keep me as consultation coordinator if that's "
     "useful to the group, otherwise happy to drop it.", {"funktioner": "Høringstovholder"}, {},
     True),
    # under a label, "add" covers the whole list
    ("en", "Interests: add soil + climate", {"interests": "Wastewater; Noise"},
     {"interests": "Wastewater; Noise; Soil; Climate"}, False),
    # "nej vent": the sentence before is taken back, and the correction does what it did
    ("da", "tilføj luft. nej vent, det er jord jeg mener - luft er det min kollega der tager sig "
     "af.", {"interesser": "PFAS; Støj"}, {"interesser": "PFAS; Støj; Jord"}, False),
    ("da", "Glem det med støj, det kryds kom med ved en fejl.", {"interesser": "PFAS; Støj"},
     {"interesser": "PFAS"}, False),
    ("da", "Grupper: ingen af dem længere – jeg er flyttet til byggesag",
     {"grupper": "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS"}, {"grupper": ""}, False),
    # an emoji after a labelled answer ends it
    ("da", "Tid: meget 💪 de andre spm må jeg svare på når jeg er tilbage ved computeren",
     {"tid": "Lidt"}, {"tid": "Meget"}, True),
    # a role named only as not to be drawn, or out of the draw: for the chair, no answer; the
    # minutes taken for a working group are that group's, no role here
    ("en", "I'm already taking minutes for the PFAS working group, so I'd rather not be drawn for "
     "Secretary.", {"functions": "Consultation coordinator", "groups": "PFAS working group"},
     {"groups": "PFAS working group"}, True),
    ("da", "Se skemaet – så er sekretærposten i hvert fald ikke med i lodtrækningen.",
     {"funktioner": "Sekretær"}, {}, True),
    # -- found on the closing parts 60 and 61 (session 11, after their one measurement)
    # a department named by its subjects after "i" is a place
    ("da", "Jeg er ny i gruppen (startede i februar i Miljø og Klima). Jeg arbejder primært med "
     "IE-anlæg og støj.", {}, {"interesser": "Støj; IE-direktivet"}, False),
    # an offer only if someone shares it
    ("en", "I could do consultation coordinator if someone shares it with me.", {"functions": ""},
     {}, True),
    # the years in the field, out of a longer time
    ("da", "Har været i kommunen i otte år, men kun tre af dem med miljø.", {}, {"erfaring": "3"},
     False),
    # a new holder to be found later: the role stays until then, and the chair plans it
    ("da", "Indtil da er alt som før i skemaet, men I må gerne begynde at finde en ny formand.",
     {"funktioner": "Formand; Høringstovholder"}, {}, True),
    # -- session 12: talk about the reply's language, looking forward, "good to hear from you"
    ("en", "Hej – jeg skriver lige på dansk.\n\nTid: lidt", {}, {"time": "Little"}, False),
    ("en", "Hi, I'm answering in Danish.\n\nTime: a little", {}, {"time": "Little"}, False),
    ("da", "Jeg har ikke danske tegn paa min nye pc.\n\nTid: lidt", {}, {"tid": "Lidt"}, False),
    ("da", "Godt at høre fra jer igen.\n\nTid: lidt", {}, {"tid": "Lidt"}, False),
    ("da", "Tid: lidt\n\nGlæder mig til forårsmødet!", {}, {"tid": "Lidt"}, False),
    ("en", "Time: a little\n\nLooking forward to the autumn meeting.", {}, {"time": "Little"},
     False),
    # ... but an absence in the same sentence is still for the chair
    ("da", "Jeg glæder mig til næste møde, men jeg kan ikke deltage.", {}, {}, True),
    # a slip corrected where it was made, or on the next line: what the member ended up saying
    ("da", "Erfaring: 9 – nej, 10, jeg havde glemt mine år i Aalborg.", {"erfaring": "8"},
     {"erfaring": "10"}, False),
    ("en", "hej - erfaring 10, nej 11, glemte lige det her år.", {"experience": "10"},
     {"experience": "11"}, False),
    ("da", "Tid: lidt, nej skriv nogen – det er kun januar, der er presset.", {"tid": "Meget"},
     {"tid": "Nogen"}, False),
    ("da", "Tid: meget, eller rettere nogen", {"tid": "Lidt"}, {"tid": "Nogen"}, False),
    ("en", "Interests: noise and air. Soil too – no, strike soil, that's my colleague's area.", {},
     {"interests": "Noise; Air"}, False),
    ("en", "Experience: 11 years.\nCorrection: make that 12 – I keep forgetting that I started in "
     "the autumn of 2014.", {"experience": "10"}, {"experience": "12"}, False),
    # ... but "no" as the answer, or as a word ("no time"), corrects nothing
    ("en", "Wastewater - no, handed over to a colleague.", {"interests": "Wastewater; Noise"},
     {"interests": "Noise"}, False),
    ("da", "Tid: lidt, nej ikke meget", {"tid": "Nogen"}, {"tid": "Lidt"}, False),
    # the work named after an amount of time says why, and is no answer about the work areas
    ("en", "Please change my time to some. No, make that little – the new wastewater permits are "
     "eating my calendar.", {"interests": "Air; Climate", "time": "Much"}, {"time": "Little"},
     False),
    # "fjern alt undtagen klima": only what is kept stays
    ("da", "Du kan fjerne alt undtagen klima – jeg er rykket over i klimatilpasning på fuld tid.",
     {"interesser": "Spildevand; Luft; Klima"}, {"interesser": "Klima"}, False),
    ("en", "Remove everything except climate", {"interests": "Wastewater; Noise"},
     {"interests": "Climate"}, False),
    # "hvor meget tid" asks about the amount and gives none
    ("da", "Jeg skal lige tale med min leder om, hvor meget tid jeg må bruge på gruppen næste år, "
     "så vender jeg tilbage inden jul.", {"tid": "Nogen"}, {}, False),
    # how often is no number of years; a comment "til gruppen" is no Andet answer
    ("da", "Fjern støj. Jeg har 13 års erfaring nu.\n\nOg så en kommentar til gruppen: Jeg synes, "
     "vi holder for mange møder. Kunne vi ikke nøjes med fire om året?",
     {"interesser": "PFAS; Støj", "erfaring": "12"}, {"interesser": "PFAS", "erfaring": "13"}, True),
    # "Alt ok": the form as it was sent
    ("da", "Alt ok 👍", {"tid": "Nogen"}, {}, False),
    # an offer on a condition about a third party, or with the decision left to the chair: asked
    ("da", "Rasmus og jeg har talt om at dele høringstovholder-rollen mellem os. Hvis han siger ja, "
     "så sæt mig på som høringstovholder.", {"funktioner": ""}, {}, True),
    ("en", "I could take on consultation coordinator if our department gets the extra position we "
     "have applied for.", {"functions": ""}, {}, True),
    ("en", "I would join the PFAS working group too if it continues in its current form.",
     {"groups": "Inspection network"}, {}, True),
    ("da", "Jeg vil egentlig gerne være sekretær, men mit vikariat stopper jo til juni. Det må "
     "formanden vurdere.", {"funktioner": ""}, {}, True),
    # ... but "hvis det kan hjælpe" is an offer, and "så længe min kollega er på barsel" a period
    ("da", "Jeg kan godt være høringstovholder, hvis det kan hjælpe jer.", {"funktioner": ""},
     {"funktioner": "Høringstovholder"}, False),
    # asking to join a group is a question for the chair, no answer yet
    ("da", "Kan jeg også komme med i PFAS-arbejdsgruppen, eller er den fuld?", {"grupper": ""}, {},
     True),
    ("en", "Could I also join the PFAS working group as an observer at first?", {"groups": ""}, {},
     True),
    # a condition or the decision left to the chair in the next sentence holds back the role
    # named (or ticked) in the one before
    ("en", "I've ticked Secretary. Thinking about it, though – only if nobody else wants it.",
     {"functions": ""}, {}, True),
    ("da", "Erfaring: 6 år som landbrugskonsulent, før jeg kom hertil for 3 år siden. Jeg ved ikke, "
     "hvad der tæller med, så skriv hvad I synes.", {"erfaring": "8"}, {}, True),
    # a slip corrected after a question mark
    ("da", "20 år stadig? nej det er 23 nu 😅 ellers intet nyt", {"erfaring": "20"},
     {"erfaring": "23"}, False),
    # a role off for a time away stays, and the chair arranges the meantime
    ("da", "Jeg går på barsel fra februar til november, så sæt tid til lidt. Kan ikke være sekretær "
     "i den periode.", {"funktioner": "Sekretær", "tid": "Nogen"}, {"tid": "Lidt"}, True),
    # now some, and perhaps more later: the answer now, and the chair is told
    ("en", "Time: some, maybe much later in the year.", {"time": "Much"}, {"time": "Some"}, True),
    # a mark said to be a mistake is void
    ("da", "Krydset ved Støj er en fejl – det skulle have været ved Affald.",
     {"interesser": "Spildevand; Støj"}, {"interesser": "Spildevand; Affald"}, False),
    # session 13 (parts 66, 67 and 72-75): someone else taking over, now or later
    ("da", "Jeg har været formand i fire år, så det må en anden gerne overtage.",
     {"funktioner": "Formand", "erfaring": "15"}, {"funktioner": ""}, False),
    ("da", "Efter to år som sekretær er det på tide, at en anden tager over.",
     {"funktioner": "Sekretær"}, {"funktioner": ""}, False),
    ("en", "I've been secretary for three years, so someone else can take over.",
     {"functions": "Secretary", "experience": "9"}, {"functions": ""}, False),
    ("da", "Formand bliver jeg ved med frem til oktober, så må en anden tage over.",
     {"funktioner": "Formand"}, {}, True),
    ("da", "Jeg må give slip på sekretærposten.", {"funktioner": "Sekretær"}, {"funktioner": ""}, False),
    ("da", "Høringstovholder vil jeg gerne give fra mig.", {"funktioner": "Høringstovholder"},
     {"funktioner": ""}, False),
    ("da", "Jeg tager gerne høringerne.", {"funktioner": ""}, {"funktioner": "Høringstovholder"}, False),
    # an area that went elsewhere
    ("da", "Har sagt farvel til støj efter omrokeringen.", {"interesser": "PFAS; Støj"},
     {"interesser": "PFAS"}, False),
    ("da", "Jord er lagt over i Byg fra nytår, så det må ud.", {"interesser": "Jord; Klima"},
     {"interesser": "Klima"}, False),
    ("da", "Affald ligger nu i Forsyning, så det er ikke mit længere.", {"interesser": "Affald; Luft"},
     {"interesser": "Luft"}, False),
    ("da", "Luft er ikke længere min, det er samlet i et nyt luft-team.", {"interesser": "Luft; Støj"},
     {"interesser": "Støj"}, False),
    ("da", "Jeg er sprunget fra netværket, for mange møder.",
     {"grupper": "Netværk for miljøtilsyn"}, {"grupper": ""}, False),
    ("en", "Noise went to the new planning team.", {"interests": "Air; Noise"}, {"interests": "Air"}, False),
    # taken over, the "I" left out; a doubled letter typed once
    ("da", "Har overtaget jord fra en kollega.", {"interesser": "PFAS"}, {"interesser": "PFAS; Jord"}, False),
    ("en", "Took over the air cases in March.", {"interests": "Noise"}, {"interests": "Noise; Air"}, False),
    ("da", "Jeg er gået ud af PFAS-grupen.", {"grupper": "Arbejdsgruppe om PFAS"}, {"grupper": ""}, False),
    # old answer -> new answer; not when the new one holds from a later date
    ("da", "Tid: Nogen -> Lidt", {"tid": "Nogen"}, {"tid": "Lidt"}, False),
    ("en", "Experience: 20 → 21", {"experience": "20"}, {"experience": "21"}, False),
    ("da", "Tid: meget -> lidt fra marts", {"tid": "Meget"}, {}, True),
    # a role's years are no experience; a concession carries no answer
    ("da", "Jeg har skrevet referat i fem år nu.", {"erfaring": "12"}, {}, True),
    ("da", "Jeg bliver i PFAS-gruppen, selv om PFAS nu hører under et andet team.",
     {"interesser": "PFAS; Støj", "grupper": ""}, {"grupper": "Arbejdsgruppe om PFAS"}, False),
    # not decided yet, or depending on someone: for the chair
    ("da", "Sekretær ved jeg ikke om jeg kan fortsætte med, det afhænger af min chef.",
     {"funktioner": "Sekretær"}, {}, True),
    ("en", "I might get the soil cases, but it isn't decided yet.", {"interests": "Air"}, {}, True),
    # the chair as a person is no function; a colleague's name and a team are no topics
    ("en", "Please let the chair know I'll miss the March meeting.", {"functions": ""}, {}, True),
    ("en", "Air is now shared between me and Anna, so keep it.", {"interests": "Air; Noise"},
     {"interests": "Noise; Air"}, False),
    ("en", "I'm stepping back from the PFAS working group.", {"groups": "PFAS working group"},
     {"groups": ""}, False),
    ("en", "I'll be standing down as chair, it's someone else's turn.", {"functions": "Chair"},
     {"functions": ""}, False),
    # two numbers of years, one with a condition: the chair asks which
    ("en", "Experience: 19 if you count my years at the county, otherwise twelve.",
     {"experience": "10"}, {}, True),
    # "not so much with X anymore": less, not gone; options said to be as before stay, the rest too
    ("en", "Not so much with air anymore, though.", {"interests": "Noise; Air"}, {}, True),
    ("da", "Spildevand og luft er som før.", {"interesser": "Spildevand; Luft; Klima"},
     {"interesser": "Spildevand; Luft; Klima"}, False),
    ("da", "Kun spildevand og luft er som før.", {"interesser": "Spildevand; Luft; Klima"},
     {"interesser": "Spildevand; Luft"}, False),
    ("da", "Jeg må gå ned på lidt tid.", {"tid": "Meget"}, {"tid": "Lidt"}, False),
    # "til gengæld" before a negation adds nothing
    ("da", "Sekretær kan jeg til gengæld ikke være længere.", {"funktioner": "Sekretær"},
     {"funktioner": ""}, False),
    # kept, but the member would rather hand it over: the chair weighs it
    ("da", "Jeg kan godt fortsætte som formand, men vil helst give den videre.", {"funktioner": "Formand"},
     {"funktioner": "Formand"}, True),
    # a colleague's years and areas, said of "hun" and going on after "og"
    ("da", "Vi har fået en ny kollega. Hun arbejder med støj og har vist 2 års erfaring.",
     {"interesser": "PFAS", "erfaring": "8"}, {}, True),
    # "han også": he, too; the role still leaves the member
    ("da", "Sekretær har han også sagt ja til at tage over fra mig.", {"funktioner": "Sekretær"},
     {"funktioner": ""}, False),
    ("en", "I've handed noise over to Jakob, and the chair role as well.",
     {"interests": "Wastewater; Noise", "functions": "Chair"}, {"interests": "Wastewater", "functions": ""},
     False),
    # the reply itself: sent back unchanged, from a private address, with apologies for the spelling
    ("da", "Jeg sender bare skemaet tilbage uden ændringer.", {"tid": "Nogen"}, {}, False),
    ("da", "Sender lige fra min private mail i dag.", {"tid": "Nogen"}, {}, False),
    ("da", "Sidder på en lånt computer, så undskyld stavningen.", {"tid": "Nogen"}, {}, False),
    # back from leave is over; a leave to come is for the chair
    ("en", "Back from parental leave since October.", {"time": "Some"}, {}, False),
    ("en", "I'll be on parental leave from May.", {"time": "Some"}, {}, True),
    # scarce time is little; "noget" as a thing is no amount; an area lost is gone
    ("da", "Tiden er sparsom i år.", {"tid": "Meget"}, {"tid": "Lidt"}, False),
    ("en", "Time is limited this autumn.", {"time": "Much"}, {"time": "Little"}, False),
    ("da", "Er det noget, I kunne tilføje til skemaet?", {"tid": "Meget"}, {}, True),
    ("en", "I lost air in the reorganisation.", {"interests": "Air; Climate"}, {"interests": "Climate"},
     False),
    # the reply announced, its language, glad to be back: courtesy (not when it carries news)
    ("da", "Her kommer min opdatering for i år.", {"tid": "Nogen"}, {}, False),
    ("en", "Hi, in English if that's ok (I write most things in English these days):", {"time": "Some"}, {},
     False),
    ("en", "In English if that's ok, I am leaving the group.", {"time": "Some"}, {}, True),
    ("da", "Dejligt at være med igen efter et år væk.", {"tid": "Nogen"}, {}, False),
    # a season after the amount; an emoji ending a lower-case clause; the old answer in brackets
    ("da", "og tid er lidt her i foråret", {"tid": "Nogen"}, {"tid": "Lidt"}, False),
    ("da", "til gengæld har jeg fået jord 🙈 tid: nogen (før meget)", {"interesser": "PFAS", "tid": "Meget"},
     {"interesser": "PFAS; Jord", "tid": "Nogen"}, False),
    # a reason naming what was just taken away; both halves of a compound naming one group
    ("da", "Tilføj mig som sekretær og fjern høringstovholder – vi er for mange på høringerne.",
     {"funktioner": "Høringstovholder"}, {"funktioner": "Sekretær"}, False),
    ("da", "Grupper: også med i PFAS-arbejdsgruppen nu", {"grupper": "Netværk for miljøtilsyn"},
     {"grupper": "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS"}, False),
    # "går ud" takes away; a question about a group is no answer; "en arbejdsgruppe" is none of ours
    ("da", "PFAS beholder jeg, affald går ud.", {"interesser": "PFAS; Affald"}, {"interesser": "PFAS"},
     False),
    ("da", "Ved I i øvrigt, om PFAS-gruppen fortsætter næste år?", {"grupper": ""}, {}, True),
    ("da", "Jeg vil gerne med i en arbejdsgruppe, hvis der kommer en om planer.", {"grupper": ""}, {}, True),
    # a gloss in brackets; a label's answer before a dash and a comment of its own after it
    ("en", "I am working now also with soil (jord).", {"interests": "Air"}, {"interests": "Air; Soil"},
     False),
    ("en", "Interests: Wastewater and groundwater – I know groundwater is not on the list, can you add it?",
     {}, {"interests": "Wastewater"}, True),
    # regret is no answer; a total and its parts; a role on a condition, and its alternative
    ("en", "Time: I'm afraid rather little – the EIA cases are rather heavy.", {"time": "Some"},
     {"time": "Little"}, False),
    ("en", "Experience: 14 years, 6 at the DCMR in Rotterdam and 8 here.", {"experience": "13"},
     {"experience": "14"}, False),
    ("en", "I can be chair, but only if Lars continues as secretary. If not, then consultation "
     "coordinator instead.", {"functions": ""}, {}, True),
    ("en", "Is it only for the national consultations or also the local plans? If it is only the "
     "national ones I can do it.", {"functions": ""}, {}, True),
    ("da", 'Jeg har nu mere tid, så "meget" venligst.', {"tid": "Nogen"}, {"tid": "Meget"}, False),
    # the rest as before after an answer, or as "osv."; how a task goes is no whole answer
    ("da", "Tid: lidt i år, ellers uændret", {"tid": "Nogen"}, {"tid": "Lidt"}, False),
    ("da", "Mine fagområder, tid osv. er de samme som sidst.", {"tid": "Nogen"}, {}, False),
    ("da", "Resten kan I bare lade stå.", {"tid": "Nogen"}, {}, False),
    ("da", "Det eneste, der har ændret sig, er tiden: meget. PFAS-kortlægningen er kommet godt i gang, "
     "og jeg har fået frikøbt timer til netværket.", {"interesser": "PFAS; Støj", "tid": "Nogen"},
     {"interesser": "PFAS; Støj", "tid": "Meget"}, False),
    # courtesy of late and hurried replies
    ("da", "Jeg er lidt bagud, undskyld. Sidder mellem to møder.", {"tid": "Nogen"}, {}, False),
    ("en", "Hiya – apologies, typing on the go.", {"time": "Some"}, {}, False),
    ("da", "Svarer lige fra privaten, arbejdsmailen driller i dag.", {"tid": "Nogen"}, {}, False),
    ("en", "It is my first time, so please tell me if something is wrong.", {"time": "Some"}, {}, False),
    # a fronted reason, then the answer; time one can give; "much more time"; "let's say"
    ("da", "Pga. barsel fra februar har jeg kun lidt tid i år.", {"tid": "Meget"}, {"tid": "Lidt"}, False),
    ("da", "Kan desværre kun give lidt i foråret pga. barsel i afdelingen.", {"tid": "Nogen"},
     {"tid": "Lidt"}, False),
    ("da", "men jeg har meget mere tid", {"tid": "Nogen"}, {"tid": "Meget"}, False),
    ("da", "Tiden er nok mere lidt end nogen i år.", {"tid": "Nogen"}, {"tid": "Lidt"}, False),
    ("en", "Time: somewhere between some and much – let's say some.", {"time": "Much"}, {"time": "Some"},
     False),
    ("en", "Time: little for the first few months while I settle in.", {"time": "Some"},
     {"time": "Little"}, False),
    ("da", "Uændret på nær tiden – kun lidt i foråret, da vi mangler en kollega.", {"tid": "Nogen"},
     {"tid": "Lidt"}, False),
    # the task named first; a verdict per sentence; ticks and crosses typed after the words
    ("da", "Har ikke tid til at være formand, men høringer vil jeg gerne tage.", {"funktioner": "Formand"},
     {"funktioner": "Høringstovholder"}, False),
    ("en", "Chair - no longer. Secretary yes.", {"functions": "Chair"}, {"functions": "Secretary"}, False),
    ("da", "PFAS ✅ spildevand ✅ støj ❌", {"interesser": "Støj"}, {"interesser": "PFAS; Spildevand"},
     False),
    # "hellere X end Y" gives Y up
    ("da", "Jeg vil faktisk hellere være høringstovholder, end sekretær.", {"funktioner": "Sekretær"},
     {"funktioner": "Høringstovholder"}, False),
    # courtesy: in a hurry, found the mail again, glad to help, the rest holds
    ("da", "Skrevet mellem to møder, så kort. Fandt den igen i indbakken. Alt andet holder.",
     {"tid": "Nogen"}, {}, False),
    ("en", "Hi, happy to help again. A few updates from my side.", {"time": "Some"}, {}, False),
    # a role given up, said again; someone else should have it; a volunteer the offer waits for
    ("da", "fjern hoeringstovholder, har ikk tid til det længer. tid lidt.",
     {"funktioner": "Høringstovholder", "tid": "Nogen"}, {"funktioner": "", "tid": "Lidt"}, False),
    ("da", "I må finde en ny formand – og en ny høringstovholder. Tag mig af begge dele.",
     {"funktioner": "Formand; Høringstovholder"}, {"funktioner": ""}, False),
    ("en", "After six years someone else should chair.", {"functions": "Chair"}, {"functions": ""}, False),
    ("da", "Jeg vil gerne skifte fra sekretær til høringstovholder – men kun hvis der er en anden, der vil "
     "tage referaterne.", {"funktioner": "Sekretær"}, {}, True),
    # dictation: an option's word in two halves; the time "for i år"; an answer and sentences after it
    ("da", "jeg arbejder med P fas og spilde vand", {}, {"interesser": "PFAS; Spildevand"}, False),
    ("en", "I mostly work with soil and waste water", {}, {"interests": "Wastewater; Soil"}, False),
    ("da", "Sæt tid til lidt for i år.", {"tid": "Nogen"}, {"tid": "Lidt"}, False),
    ("en", "time: little this yr (baby due in may). rest same", {"time": "Some"}, {"time": "Little"}, False),
    ("da", "Stemmer stadig alt sammen.", {"tid": "Nogen"}, {}, False),
    # how a newcomer came, and the reply announced
    ("da", "Jeg er en af de nye fra Vesterhede, som er kommet med i gruppen efter sammenlægningen – tak for "
     "en god velkomst på sidste møde.", {}, {}, False),
    ("da", "Der er sket en del siden sidst, så her kommer det:", {"tid": "Nogen"}, {}, False),
    # ... but courtesy never swallows what follows it: the rest goes to the chair
    ("en", "I moved here from Germany and work with groundwater.", {}, {}, True),
    ("en", "It is my first time, and I would like to join the odour group.", {}, {}, True),
    # session 15: the years of a task; its giving up said as whose turn it is, or by the task
    ("da", "Sekretær vil jeg gerne slippe nu efter tre år med referater.", {"funktioner": "Sekretær",
     "erfaring": "12"}, {"funktioner": ""}, False),
    ("en", "After six years as chair I think it is time for someone else to have a go.",
     {"functions": "Chair; Secretary"}, {"functions": "Secretary"}, False),
    ("da", "Sekretærjobbet vil jeg gerne give videre. Jeg har haft det i tre år, og det er nogen andens "
     "tur.", {"funktioner": "Sekretær"}, {"funktioner": ""}, False),
    ("da", "Høringerne vil jeg til gengæld gerne give videre.", {"funktioner": "Formand; Høringstovholder"},
     {"funktioner": "Formand"}, False),
    ("da", "Formandsposten må en yngre tage, jeg bliver ved høringerne.",
     {"funktioner": "Formand; Høringstovholder"}, {"funktioner": "Høringstovholder"}, False),
    ("da", "Nej tak til flere tillidsposter – seks år som formand er nok.",
     {"funktioner": "Formand; Høringstovholder", "erfaring": "20"}, {"funktioner": ""}, False),
    ("en", "I'd like to take over the consultations.", {"functions": ""},
     {"functions": "Consultation coordinator"}, False),
    ("da", "Nu hvor Grethe stopper, stiller jeg op som formand.", {"funktioner": ""},
     {"funktioner": "Formand"}, False),
    ("da", "Jeg vil gerne prøve kræfter med at lede møderne.", {"funktioner": "Sekretær"},
     {"funktioner": "Formand; Sekretær"}, False),
    ("en", "Minutes yes, chair no. Fourteen years is now sixteen.",
     {"functions": "Chair; Secretary", "experience": "14"}, {"functions": "Secretary", "experience": "16"},
     False),
    # ... and what the chair must settle: the fallback of another plan, whatever is short of people
    ("en", "If co-chairs aren't possible, I'd rather be secretary than chair alone.", {}, {}, True),
    ("da", "Sæt mig på det, der mangler folk til, når I har set de andres svar.", {}, {}, True),
    ("en", "I'd like to join the PFAS working group, but only if it keeps meeting online.", {}, {}, True),
    # as before, with its exceptions after a colon; an offer's example is no topic
    ("da", "Alt er egentlig som før, med to undtagelser:\n- Tid meget.", {"tid": "Nogen"},
     {"tid": "Meget"}, False),
    ("da", "Jeg kan godt tage høringstovholder på de store høringer, fx affaldsplanen.",
     {"interesser": "PFAS", "funktioner": ""}, {"funktioner": "Høringstovholder"}, False),
    # the reason after a removal names a topic that stays; a group's meeting is no group
    ("da", "Jeg er stoppet i PFAS-gruppen, det passer ikke rigtig sammen med mine opgaver på "
     "spildevandsområdet.", {"interesser": "Spildevand", "grupper": "Arbejdsgruppe om PFAS"},
     {"grupper": ""}, False),
    ("da", "Jeg kan ikke deltage i netværksmødet på torsdag.", {"grupper": "Netværk for miljøtilsyn"}, {},
     True),
    ("da", "Jeg vil gerne høre mere om PFAS-gruppen.", {}, {}, True),
    # a change from a date, with the rest as before until then: for the chair, nothing yet
    ("da", "Jeg stopper i netværket fra 1. marts. Indtil da er mine svar uændrede.",
     {"grupper": "Netværk for miljøtilsyn"}, {}, True),
    # the background of a question to the chair is the chair's too
    ("da", "Kan vi få affaldsbekendtgørelsen på dagsordenen? Vi har flere kommuner i netværket, der "
     "tolker den forskelligt.", {}, {}, True),
    # Swedish and Norwegian amounts and "as before"; an answer put under its question in words
    ("da", "Tid: lite", {"tid": "Meget"}, {"tid": "Lidt"}, False),
    ("da", "Jag har gott om tid.", {"tid": "Lidt"}, {"tid": "Meget"}, False),
    ("da", "inget nytt från mig – allt är som förra året.", {"tid": "Lidt"}, {}, False),
    ("en", "Dere kan fjerne meg fra PFAS-gruppa. Ellers likt som før.",
     {"interests": "PFAS", "groups": "PFAS working group"}, {"groups": ""}, False),
    ("en", "So put little under time.", {"time": "Some"}, {"time": "Little"}, False),
    # a member's own numbered list is sentences, not answers by question number
    ("da", "To ting:\n1) Jeg kan ikke deltage i mødet i januar.\n2) Støj har jeg givet videre, så den "
     "skal ud.", {"interesser": "PFAS; Støj"}, {"interesser": "PFAS"}, True),
    # an amount after its label, then a sentence of its own or a reason (never dropped)
    ("da", "Tid: lidt, men jeg vil gerne være sekretær", {"tid": "Nogen", "funktioner": ""},
     {"funktioner": "Sekretær", "tid": "Lidt"}, False),
    ("en", "Time: not much this spring, onboarding is eating all of it.", {"time": "Much"},
     {"time": "Little"}, False),
    ("da", "Tid: nogen – lidt mere end sidst, nu hvor formandsposten falder væk.", {"tid": "Lidt"},
     {"tid": "Nogen"}, False),
    ("da", "Jeg går ned på 30 timer fra 1. april, så skriv hellere lidt end nogen ved tiden.",
     {"tid": "Nogen"}, {"tid": "Lidt"}, False),
    ("da", "Før det var jeg seks år i en nabokommune, så skriv 6 års erfaring.", {}, {"erfaring": "6"},
     False),
    ("da", "Jeg har været i faget i 6 år, heraf fire i en anden kommune.", {}, {"erfaring": "6"}, False),
    # nothing changes before the date the member names; a condition on a colleague holds the role only
    ("da", "Indtil da er alt som det står. Formandsposten må I finde en anden til fra sommer.",
     {"funktioner": "Formand; Høringstovholder"}, {}, True),
    ("da", "Jord fordi jeg har fået jordforureningssagerne efter Birthe, og sekretær kan jeg godt tage, "
     "hvis Kirsten stopper.", {"interesser": "PFAS"}, {"interesser": "PFAS; Jord"}, True),
    ("da", "Jeg kan godt tage referatet på møderne en gang imellem, hvis sekretæren er væk.",
     {"funktioner": ""}, {}, True),
    ("en", "I'm on parental leave, so I won't be able to chair the April meeting.", {"functions": "Chair"},
     {}, True),
    # tasks handed on in the present tense; a department named by its topics is a place
    ("da", "Luft afgiver jeg til det nye luftteam.", {"interesser": "Luft; Klima"}, {"interesser": "Klima"},
     False),
    ("en", "I'm now in the climate part, so air goes to my former colleagues.",
     {"interests": "Air; Climate"}, {"interests": "Climate"}, False),
    ("da", "Jeg er blevet teamleder i det nye Miljø og Klima, så formandsposten må I finde en anden til.",
     {"funktioner": "Formand; Høringstovholder", "interesser": "Affald"},
     {"funktioner": "Høringstovholder"}, False),
    ("da", "Jeg er ikke med i nogen grupper i dag, men vil gerne ind i PFAS-gruppen.", {"grupper": ""},
     {"grupper": "Arbejdsgruppe om PFAS"}, False),
    # as before in other words; an answer that points elsewhere
    ("da", "Nyt team men samme opgaver.", {"tid": "Nogen"}, {}, False),
    ("da", "Resten ser rigtigt ud.", {"tid": "Nogen"}, {}, False),
    ("en", "Experience: see above.", {"experience": "10"}, {}, False),
    ("da", "Støj er delt mellem mig og Rasmus nu – jeg har stadig halvdelen, så lad den stå.",
     {"interesser": "Støj"}, {"interesser": "Støj"}, False),
    ("da", "Jeg arbejder med spildevand og jord, og lidt støj i ny og næ.", {},
     {"interesser": "Spildevand; Støj; Jord"}, False),
    # why an offer fits, and news about the unit that changes nothing
    ("da", "Jeg kan godt være høringstovholder – det er jo lidt mit fag.", {"funktioner": ""},
     {"funktioner": "Høringstovholder"}, False),
    ("en", "Our team got a new name but that probably doesn't matter.", {"time": "Some"}, {}, False),
    # another member's answers asked for, whatever else the sentence says
    ("da", "Vi er begge på 30 timer, så I kan bare skrive mig op på det samme som hende.", {}, {}, True),
    # what the work is now, in topics that are no option, is never read past
    ("da", "Det er mest drikkevand og boringer nu, og PFAS som før.", {"interesser": "PFAS"},
     {"interesser": "PFAS"}, True),
    ("en", "Hi - these days it's mostly odour complaints and soil contamination for me.",
     {"interests": "Wastewater"}, {"interests": "Wastewater; Soil"}, True),
    ("da", "Mine opgaver er nu lugtklager og jord.", {"interesser": "PFAS"}, {"interesser": "Jord"},
     True),
    # a new boss is no topic
    ("da", "Vi har fået ny leder og jeg har mere tid, så sæt meget.", {"tid": "Lidt"}, {"tid": "Meget"},
     False),
    # a task moved away, said after "til gengæld" (in return), is still gone
    ("da", "Støjsagerne er til gengæld flyttet over til Plan, så dem har jeg ikke mere.",
     {"interesser": "PFAS; Støj"}, {"interesser": "PFAS"}, False),
    # a colleague as the subject: theirs, for the chair, or taken from the member
    ("da", "Min kollega Lars arbejder også med PFAS og vil gerne med.", {"interesser": "Støj"}, {},
     True),
    ("da", "Min kollega Sara vil gerne være sekretær.", {"funktioner": ""}, {}, True),
    ("en", "My colleague Tom also works with noise and would like to join.", {"interests": "Air"}, {},
     True),
    # (session 18: who takes care of a topic now is why it goes, no news for the chair)
    ("da", "Min kollega Jens tager sig af luft nu.", {"interesser": "Luft; Klima"},
     {"interesser": "Klima"}, False),
    # a question number pointed to is no experience
    ("da", "Se pkt. 6 🙂", {"erfaring": "31"}, {}, False),
    # "ingen X" takes X away
    ("da", "Jeg laver nu kun jordsager - ingen VVM og intet affald mere.",
     {"interesser": "Affald; Jord; VVM"}, {"interesser": "Jord"}, False),
    ("da", "Jeg har ingen problemer med at være formand.", {"funktioner": "Formand"},
     {"funktioner": "Formand"}, False),
    # two requests joined by "og"
    ("da", "Så tag mig af som høringstovholder og sæt tiden ned til lidt.",
     {"funktioner": "Høringstovholder", "tid": "Nogen"}, {"funktioner": "", "tid": "Lidt"}, False),
    # a role that is no option
    ("da", "Jeg kunne godt være næstformand, hvis vi indfører sådan en.", {"funktioner": ""}, {}, True),
    # years that are no experience
    ("da", "Det har fyldt meget de sidste to år.", {"erfaring": "8"}, {}, True),
    ("en", "I could be secretary for a year, but not the full two years.", {"experience": "20"},
     {}, True),
    ("da", "Jeg har arbejdet med miljø de sidste 12 år.", {"erfaring": "8"}, {"erfaring": "12"}, False),
    # someone else as the subject of the role's task
    ("da", "Jeg synes, det er på tide, at en anden skriver referaterne.", {"funktioner": "Sekretær"},
     {"funktioner": ""}, False),
    ("da", "Formand bør nok være en anden fra det nye år.", {"funktioner": "Formand"},
     {"funktioner": ""}, True),
    ("da", "Det er nok lidt tidligt for mig at blive formand.", {"funktioner": ""}, {"funktioner": ""},
     False),
    # whether a topic counts under an option, asked
    ("da", "Jeg har fået lugtklagerne fra svinefarmene, hører det under luft?", {"interesser": "PFAS"},
     {}, True),
    # a topic still there, if smaller
    ("da", "VVM er kun en enkelt sag om året nu, men lad den stå.", {"interesser": "Jord; VVM"},
     {"interesser": "Jord; VVM"}, False),
    # work done before, and work being handed on
    ("da", "Før jeg kom hertil, lavede jeg mest jordforureningsundersøgelser.", {"interesser": "Støj"},
     {}, True),
    ("da", "Indtil da bruger jeg tiden på at overdrage mine jordsager til de yngre kolleger.",
     {"interesser": "Affald; Jord"}, {}, True),
    ("da", "Jeg bruger det meste af tiden på jordsager.", {"interesser": "Affald"},
     {"interesser": "Affald; Jord"}, False),
    # a list before a comma, and the verb for all of it after
    ("da", "Spildevand, luft og klima kan slettes.", {"interesser": "Spildevand; Luft; Klima; Affald"},
     {"interesser": "Affald"}, False),
    # "as before", said the short way
    ("da", "Indtil da laver jeg det samme som hidtil, så skemaet kan blive som det er.",
     {"interesser": "PFAS"}, {}, False),
    ("da", "Grupper: samme", {"grupper": "Arbejdsgruppe om PFAS"}, {"grupper": "Arbejdsgruppe om PFAS"},
     False),
    ("en", "1. wastewater, noise, IED (new)", {"interests": "Wastewater; Noise"},
     {"interests": "Wastewater; Noise; IED"}, False),
    # a label and a number open a line of their own, after however long a line
    ("da", "grupper: det samme som Birgitte Vinther, vi er med de samme steder\nerfaring 3 år nu",
     {"erfaring": "2"}, {"erfaring": "3"}, True),
    # round two: a role handed in, and the years it was held
    ("da", "Og jeg vil gerne aflevere sekretærrollen, tre år er nok.", {"funktioner": "Sekretær"},
     {"funktioner": ""}, False),
    ("da", "Jeg stopper som sekretær efter mødet i maj – fire år må være nok, nu må en anden tage over.",
     {"funktioner": "Sekretær", "erfaring": "12"}, {"funktioner": ""}, False),
    # another member's answers asked for, said as "ligesom hende"
    ("da", "Jeg deler stilling med Hanne Bech, så I kan bare sætte mig op ligesom hende.", {}, {}, True),
    # courtesy: looking forward, the answers to come, thanks for the call to the meeting
    ("da", "Jeg glæder mig til at møde jer!", {}, {}, False),
    ("da", "Tak for mødeindkaldelsen og skemaet – jeg svarer på skemaet i næste uge.", {}, {}, False),
    # an agenda wish names a topic of a meeting, not the member's
    ("en", "An agenda wish for February: the new guidance on noise from wind turbines.",
     {"interests": "Wastewater; Noise"}, {}, True),
    # an offer that waits on the chair's answer to the question just asked
    ("da", "Er funktioner i gruppen eller hjemme i kommunen? Hvis det er i gruppen, vil jeg gerne være "
     "høringstovholder.", {"funktioner": ""}, {}, True),
    # an emoji, then a label: two lines run together
    ("da", "Skal nok komme d. 21 🙂 tid: meget i foråret nu hvor kampagnen er slut.", {"tid": "Nogen"},
     {"tid": "Meget"}, True),
    ("da", "tid lidt stadig men VVM kan du fjerne.", {"interesser": "Jord; VVM", "tid": "Lidt"},
     {"interesser": "Jord", "tid": "Lidt"}, False),
    # abbreviations inside a sentence, and a newcomer saying where they started
    ("da", "Camilla, startet i feb. i Eksempel Kommune. Arbejder m. spildevand.", {},
     {"interesser": "Spildevand"}, False),
    ("da", "Funktioner: Ingen af dem denne gang.", {"funktioner": "Høringstovholder"}, {"funktioner": ""},
     False),
    # a leave the member also wrote under Andet is read there
    ("da", "Jeg går på barsel fra 1. feb, så tid: lidt.\nAndet: barsel fra februar til november",
     {"tid": "Nogen"}, {"tid": "Lidt", "andet": "barsel fra februar til november"}, False),
    # a join that waits for room is the chair's
    ("en", "Would like to join the PFAS working group if there's room.", {"groups": ""}, {}, True),
    # why the amount, and how the member answers
    ("en", "Time: little, sorry – new project eats everything.", {"time": "Some"}, {"time": "Little"},
     False),
    ("en", "Out of office until 6 January with limited access to mail. All the same, but remove noise.",
     {"interests": "Wastewater; Noise"}, {"interests": "Wastewater"}, False),
    # session 17, parts 102-105
    ("da", "Jeg går af som formand ved årsmødet, så det kryds skal væk.",
     {"funktioner": "Formand; Høringstovholder"}, {"funktioner": "Høringstovholder"}, True),
    ("en", "I've also unticked the PFAS working group.",
     {"groups": "Inspection network; PFAS working group"}, {"groups": "Inspection network"}, False),
    ("en", "Time is little this season, I'm afraid.",
     {"time": "Some"}, {"time": "Little"}, False),
    ("da", "Jeg kan godt fortsætte som formand et år mere, hvis vi får valgt en næstformand.",
     {"funktioner": "Formand; Høringstovholder"}, {}, True),
    ("da", "Jeg stopper i kommunen til nytår. Så I må hellere tage mig af listen og finde "
     "en ny høringstovholder.",
     {"funktioner": "Høringstovholder", "grupper": "Netværk for miljøtilsyn"}, {}, True),
    ("da", "Undskyld det sene svar, har været på ferie i to uger og er så druknet i tilsyn bagefter.",
     {}, {}, False),
    ("en", "Thank you for the form, and apologies for being so late with it – the autumn "
     "has been one long run of inspections.",
     {}, {}, False),
    ("da", "Ja tak, passer stadig 👍",
     {"tid": "Nogen"}, {}, False),
    ("da", "Erfaring skal rettes til elleve år, ikke otte. Jeg havde ikke talt årene i Vejle med.",
     {"erfaring": "8"}, {"erfaring": "11"}, False),
    ("da", "Hej, jeg er den nye i Vestby efter Henrik. Tid: lidt.",
     {}, {"tid": "Lidt"}, False),
    ("da", "Jeg er gået over i jord- og affaldsteamet, så spildevand og luft kan I fjerne fra mig.",
     {"interesser": "Spildevand; Luft; Klima"}, {"interesser": "Klima"}, False),
    ("en", "I've moved from Environment to the Climate secretariat, so add climate.",
     {"interests": "Air"}, {"interests": "Air; Climate"}, False),
    ("da", "Barselsvikariatet er blevet til en fast stilling, så det kan I bare slette.",
     {"andet": "Barselsvikar til juni"}, {"andet": ""}, False),
    ("da", "Jeg kom til at slette den første mail, så her er mine svar: tid lidt.",
     {"andet": "Barselsvikar til juni"}, {"tid": "Lidt"}, False),
    ("da", "Jeg bliver som formand frem til mødet i marts, men så må vi finde en ny.",
     {"funktioner": "Formand"}, {}, True),
    ("en", "I'll stay in the inspection network until the end of March.",
     {"groups": "Inspection network"}, {"groups": "Inspection network"}, True),
    ("da", "Jeg er flyttet fra støj over på affaldstilsyn, så det skal rettes.",
     {"interesser": "PFAS; Støj"}, {"interesser": "PFAS; Affald"}, False),
    ("da", "Sekretær fortsætter jeg gerne med – men ikke hvis det også betyder referat fra temadagene.",
     {"funktioner": "Sekretær"}, {}, True),
    ("da", "Jeg skal på orlov fra april, så jeg må melde fra som sekretær i år.",
     {"funktioner": "Sekretær"}, {"funktioner": ""}, True),
    ("da", "Formand og høringstovholder må I finde andre til, jeg skal lige lande i det nye job.",
     {"funktioner": "Formand; Høringstovholder"}, {"funktioner": ""}, False),
    ("en", "Neither role for me. But Jonas Berg would make a great consultation coordinator.",
     {"functions": ""}, {}, True),
    ("da", "Jag kan inte vara ordförande.",
     {}, {"funktioner": ""}, False),
    ("da", "Funktioner: ikke det første år.",
     {}, {"funktioner": ""}, False),
    ("da", "Til dit spørgsmål i indkaldelsen: ja, jeg tager gerne sekretærposten.",
     {}, {"funktioner": "Sekretær"}, False),
    ("en", "In answer to your question in the call: yes, I'll take the secretary job.",
     {}, {"functions": "Secretary"}, False),
    ("en", "I'm giving up on chairing – two roles is too much with my other commitments.",
     {"functions": "Chair; Secretary"}, {"functions": "Secretary"}, False),
    ("da", "Sæt mig også på klima – vi har fået en ny klimaplan, som jeg sidder med.",
     {"interesser": "PFAS"}, {"interesser": "PFAS; Klima"}, False),
    ("en", "Functions: chair, if Lars steps down",
     {"functions": ""}, {}, True),
    ("en", "Functions: secretary, but only for the Öresund meetings",
     {"functions": ""}, {}, True),
    ("en", "I've taken over Lars's seat in the group. Time: some.",
     {}, {"time": "Some"}, True),
    # session 17, parts 108 and 109
    ("da", "2) Jeg melder mig også til arbejdsgruppen om PFAS, som vi snakkede om.",
     {"grupper": "Netværk for miljøtilsyn"},
     {"grupper": "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS"}, False),
    ("da", "Grupper: PFAS-gruppen også",
     {"grupper": "Netværk for miljøtilsyn"},
     {"grupper": "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS"}, False),
    ("da", "Interesser: støj og luft også",
     {"interesser": "PFAS; Affald"}, {"interesser": "PFAS; Affald; Støj; Luft"}, False),
    ("en", "I could also be secretary at the autumn meetings while Maja is on leave.",
     {"functions": ""}, {}, True),
    ("da", "Høringerne må I andre tage nu 🙂",
     {"funktioner": "Formand; Høringstovholder"}, {"funktioner": "Formand"}, False),
    ("da", "Og så vil jeg gerne af med sekretærjobbet, som jeg har haft i tre år.",
     {"funktioner": "Sekretær", "erfaring": "7"}, {"funktioner": ""}, False),
    ("da", "Mit vikariat er forlænget, så linjen under Andet passer ikke længere.",
     {"andet": "Barselsvikar til juni"}, {}, True),
    ("en", "The minutes say the inspection network will merge with the PFAS working group. "
     "For now please leave me as I am.",
     {"groups": "Inspection network"}, {}, True),
    ("da", "Jeg kom til at sætte kryds ved formand, det var en fejl – jeg mente sekretær.",
     {"funktioner": ""}, {"funktioner": "Sekretær"}, False),
    ("en", "Noise is off my desk now.",
     {"interests": "Wastewater; Noise"}, {"interests": "Wastewater"}, False),
    ("en", "I am leaving the municipality at the end of June. I have really enjoyed the "
     "PFAS working group.",
     {"groups": "Inspection network; PFAS working group"}, {}, True),
    ("da", "Netværket er jeg stadig med i, men PFAS-gruppen har jeg meldt fra.",
     {"grupper": "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS"},
     {"grupper": "Netværk for miljøtilsyn"}, False),
    ("da", "Meld mig ud af begge grupper, har ikke overskud med to små børn derhjemme.",
     {"grupper": "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS"}, {"grupper": ""}, False),
    ("da", "ja til pfas gruppen som snakket om",
     {"grupper": "Netværk for miljøtilsyn"},
     {"grupper": "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS"}, False),
    ("da", "Erfaring – der står 12, men det er 14. Jeg talte forkert sidst.",
     {"erfaring": "12"}, {"erfaring": "14"}, False),
    ("da", "Som jeg fortalte, skifter jeg til regionen 1. juli, så jeg må desværre melde "
     "mig ud af gruppen. Mine støjsager er overdraget til Tomasz.",
     {"interesser": "Støj; Luft"}, {"interesser": "Luft"}, True),
    ("da", "Jeg melder mig ud af PFAS-gruppen.",
     {"grupper": "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS"},
     {"grupper": "Netværk for miljøtilsyn"}, False),
    ("da", "Tastefejl 🙈 Resten er rigtigt",
     {}, {}, False),
    ("da", "Høringer tager jeg gerne stadig.",
     {"funktioner": ""}, {"funktioner": "Høringstovholder"}, False),
    ("da", "Har udfyldt skemaet herunder, håber det er gjort rigtigt.",
     {}, {}, False),
    # session 18, parts 110-113: whose words they are, a clause no rule could place, numbers
    # and labels in lists and tables, relative amounts of time
    ("da", "Jeg arbejder med støj og luft, Lise med PFAS og spildevand.",
     {}, {"interesser": "Støj; Luft"}, True),
    ("da", "Skanderborg tager affald for alle tre, vi tager PFAS og jord, og Odder har støj.",
     {"interesser": "PFAS; Affald"}, {"interesser": "PFAS; Jord"}, True),
    ("da", "Min efterfølger bliver Lasse Holt, han arbejder med affald og jord ligesom mig, "
     "og han vil gerne med i netværket.",
     {"interesser": "Affald", "grupper": ""}, {}, True),
    ("en", "My colleague Anna is on parental leave until March, so I picked up her "
     "wastewater permits – please add Wastewater.",
     {"interests": "Noise"}, {"interests": "Wastewater; Noise"}, False),
    ("da", "Det er min kollega Rasmus der sidder med PFAS nu, så det skal I ikke skrive på mig længere.",
     {"interesser": "PFAS; Affald"}, {"interesser": "Affald"}, False),
    ("da", "Min kollega Hanne tager sig af spildevand og støj, så dem skal I ikke skrive på mig.",
     {"interesser": "Spildevand; Støj; VVM"}, {"interesser": "VVM"}, False),
    ("da", "Bente har ret – sæt klima på og skriv 11 år.",
     {"interesser": "Jord", "erfaring": "9"}, {"interesser": "Jord; Klima", "erfaring": "11"}, False),
    ("da", "Kirsten tager referaterne fremover, så I må gerne pille mig af som sekretær.",
     {"funktioner": "Sekretær"}, {"funktioner": ""}, True),
    ("en", "Klima har jeg stadig, luft er ovre hos Jens-Ole nu.",
     {"interests": "Air; Climate"}, {"interests": "Climate"}, False),
    ("en", "The whole team shares the noise cases, so I touch noise too, but I wouldn't "
     "call it my area – leave it off.",
     {"interests": "Air"}, {"interests": "Air"}, False),
    ("en", "Lars finally talked me into joining the PFAS working group.",
     {"groups": "Inspection network"}, {"groups": "Inspection network; PFAS working group"}, False),
    ("da", "Netværket for miljøtilsyn er jeg meldt ind i via Hanne.",
     {}, {"grupper": "Netværk for miljøtilsyn"}, False),
    ("en", "Og tid: meget er for meget, skriv nogen.",
     {"time": "Much"}, {"time": "Some"}, False),
    ("da", "Jeg har fået klima. Tid: lidt.",
     {"interesser": "PFAS"}, {"interesser": "PFAS; Klima", "tid": "Lidt"}, False),
    ("da", "Har mindre tid end sidste år pga et stort projekt.",
     {"tid": "Nogen"}, {"tid": "Lidt"}, False),
    ("da", "Har mindre tid end sidste år pga et stort projekt.",
     {"tid": "Meget"}, {}, True),
    ("da", "Mere tid efter nytår.",
     {"tid": "Nogen"}, {}, True),
    ("da", "Erfaring: 11 - havde glemt mine år i Horsens",
     {"erfaring": "8"}, {"erfaring": "11"}, False),
    ("da", "Intet nyt. God sensommer!",
     {}, {}, False),
    ("da", "Min chef har sagt god for, at jeg bruger en dag om måneden på netværket.",
     {"grupper": ""}, {}, False),
    ("en", "Could you set my time to little for this year?",
     {"time": "Much"}, {"time": "Little"}, False),
    ("da", "Jeg vil gerne tage PFAS af og sætte Jord og IE-direktivet på i stedet.",
     {"interesser": "PFAS; Affald"}, {"interesser": "Affald; Jord; IE-direktivet"}, False),
    ("da", "1 samme\n2 samme\n4 - 15 år\n5 - meget",
     {"interesser": "PFAS", "erfaring": "12", "tid": "Nogen"},
     {"interesser": "PFAS", "grupper": "", "erfaring": "15", "tid": "Meget"}, False),
    ("en", "Q3 same, but I'd like to hand over the chair after the spring meeting - can we "
     "talk about that?",
     {"functions": "Chair"}, {"functions": "Chair"}, True),
    ("da", "Jeg kan også tage hendes plads i netværket, mens hun er væk, hvis formanden "
     "synes, det giver mening.",
     {"grupper": ""}, {}, True),
    ("en", "Since the summer I do the screenings for the wind turbines, so please add EIA "
     "if screenings count.",
     {"interests": "Noise"}, {}, True),
    ("en", "Question about the form: does EIA mean full EIA procedures only, or screenings too?",
     {}, {}, True),
    ("da", "Erfaring: tretten nu faktisk",
     {"erfaring": "12"}, {"erfaring": "13"}, False),
    ("en", "I have to step down as chair – there simply isn't time.",
     {"functions": "Chair"}, {"functions": ""}, False),
    ("da", "Jeg vil gerne være høringstovholder, både på den kommende høring og fremover.",
     {"funktioner": ""}, {"funktioner": "Høringstovholder"}, False),
    ("da", "Jeg er gået ned på 30 timer om ugen (ca. 80 %), så jeg har kun lidt tid til gruppen.",
     {"tid": "Nogen"}, {"tid": "Lidt"}, False),
    ("en", "Experience is 15 years – 8 here and 7 in Poland before I moved.",
     {"experience": "8"}, {"experience": "15"}, False),
    ("en", "From January I'm working 60%, so I'll have to step down as chair.",
     {"functions": "Chair"}, {"functions": ""}, False),
    ("da", "Erfaring står rigtigt",
     {"erfaring": "12"}, {"erfaring": "12"}, False),
    ("da", "Har rettet tallet.",
     {"erfaring": "12"}, {}, False),
    ("da", "Jeg har kun ændringer til 3 og 6:\n3: formand",
     {"funktioner": ""}, {"funktioner": "Formand"}, False),
    ("da", "4: 30+",
     {"erfaring": "20"}, {}, True),
    ("en", "Groups –",
     {"groups": ""}, {}, False),
    ("en", "Groups –",
     {"groups": "Inspection network"}, {}, True),
    ("da", "Meget tid, og jeg kommer ikke til mødet i januar.",
     {"tid": "Nogen"}, {"tid": "Meget"}, True),
    ("da", "Tilføj klima – og hvornår er næste møde",
     {"interesser": "PFAS"}, {"interesser": "PFAS; Klima"}, True),
    ("da", "Tilføj klima, og Jonas bliver ny formand.",
     {"interesser": "PFAS", "funktioner": ""}, {"interesser": "PFAS; Klima"}, True),
    ("da", "Formand bliver Jonas.",
     {"funktioner": "Formand"}, {}, True),
    ("da", "Jeg havde støj, men det har jeg ikke mere.",
     {"interesser": "PFAS; Støj"}, {"interesser": "PFAS"}, False),
    ("da", "I må gerne fjerne mig som formandskandidat, men høringer tager jeg gerne indtil jeg stopper.",
     {"funktioner": "Formand; Høringstovholder"}, {"funktioner": "Høringstovholder"}, False),
    ("da", "Vi er to fra Hedensted, Lise og mig. Vi kan godt dele sekretærposten, hvis det hjælper.",
     {"funktioner": ""}, {}, True),
    ("en", "I'm writing on behalf of Yusuf. He asked me to tell you that his time should be "
     "'little' this year.",
     {"time": "Much"}, {}, True),
    ("da", "Rasmus er ny og bad mig svare for ham: Han arbejder med støj.\nMine egne svar er "
     "de samme som sidst.",
     {"interesser": "Jord"}, {}, True),
    ("da", "Luft er overtaget af Jeppe, ellers samme samme 👍",
     {"interesser": "Luft; Klima"}, {"interesser": "Klima"}, False),
    ("da", "Tid: nogen, same as before.",
     {"tid": "Meget"}, {"tid": "Nogen"}, False),
    ("da", "I Odense, hvor jeg kom fra, var det mig der havde luft, men det har jeg ikke her.",
     {"interesser": "VVM"}, {"interesser": "VVM"}, False),
    ("da", "4. Erfaring: 12 år.\n6. Andet: Jeg er miljøkoordinator fra 1. januar.",
     {"erfaring": "10"}, {"erfaring": "12", "andet": "Jeg er miljøkoordinator fra 1. januar."}, False),
    ("da", "Mht. tid: nogen, som før.",
     {"tid": "Meget"}, {"tid": "Nogen"}, False),
    ("da", "Jeg har også luftsagerne – og lugtgener, hvis det tæller med et sted.",
     {"interesser": "Støj"}, {"interesser": "Støj; Luft"}, True),
    ("da", "Arbejder med VVM og IE-direktivet.",
     {}, {"interesser": "VVM; IE-direktivet"}, False),
    ("da", "Fjern PFAS – Jonas har overtaget PFAS-sagerne.",
     {"interesser": "PFAS; Støj"}, {"interesser": "Støj"}, False),
    ("da", "Mette sendte mig jeres skema inden hun stoppede. Jeg arbejder med spildevand og "
     "har 14 års erfaring.",
     {"interesser": "Luft", "erfaring": "3"}, {}, True),
    ("da", "Ingen grupper endnu, men Inger har inviteret mig med i PFAS-gruppen fra næste møde.",
     {"grupper": ""}, {"grupper": ""}, True),
    ("da", "Jeg er startet i Teknik og Miljø og arbejder nu med støj – klima har jeg "
     "afleveret til min afløser.",
     {"interesser": "Støj; Klima"}, {"interesser": "Støj"}, False),
    ("da", "Kun til sommer, så må en anden tage over.",
     {"funktioner": "Sekretær"}, {}, True),
])
def test_a_clause_is_read_as_a_careful_secretary_reads_it(lang: str, body: str,
                                                           sent: dict[str, str],
                                                           answers: dict[str, str],
                                                           flagged: bool) -> None:
    """One general rule per case, each found on a blind part that had been measured once."""
    parsed = parse_reply(body, questions(lang), sent)
    assert (parsed.answers, bool(parsed.not_understood)) == (answers, flagged), parsed


@pytest.mark.parametrize(("body", "name"), [
    ("I'm Sofia and I joined Example Municipality in March, coming from the City of Malmö.", "Sofia Lind"),
    ("Lars her. Tid: lidt.", "Lars Holm"),
])
def test_a_member_saying_who_writes_is_no_news_for_the_chair(body: str, name: str) -> None:
    lang = "en" if "I'm" in body else "da"
    parsed = parse_reply(body, questions(lang), {}, names=[name])
    assert not parsed.not_understood, parsed
