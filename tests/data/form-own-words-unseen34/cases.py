"""Blind part 34: competence-form replies in members' own words (issue 14), a round sent in the
first week of January, answered between the holidays. Written by hand without reading the parser;
the expectations are a careful human secretary's, never checked against the parser. People
invented, at example.org."""

from __future__ import annotations

import importlib.util
from pathlib import Path

_HERE = Path(__file__).resolve().parent
_ROOT = _HERE.parents[2]
_spec = importlib.util.spec_from_file_location(
    "own_words_common", _ROOT / "tests" / "data" / "form-own-words" / "common.py")
_common = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_common)

c = _common.c
S1, S2, S3, S4 = _common.S1, _common.S2, _common.S3, _common.S4
E1, E2 = _common.E1, _common.E2
BOTH = _common.BOTH
SIG_KOMMUNE, SIG_SHORT, SIG_EN = _common.SIG_KOMMUNE, _common.SIG_SHORT, _common.SIG_EN

BARSEL = {"interesser": "Støj; Luft", "grupper": "Netværk for miljøtilsyn", "funktioner": "",
          "erfaring": "7", "tid": "Lidt", "andet": "På barsel til 31/12"}
OMORG = {"interesser": "Spildevand; Jord", "grupper": "", "funktioner": "Sekretær",
         "erfaring": "5", "tid": "Meget"}
AARHUS = {"interesser": "Affald; Luft", "grupper": "Netværk for miljøtilsyn", "funktioner": "",
          "erfaring": "20", "tid": "Nogen"}

CASES = [
    c("ow34-da-iphone-bekraefter", "iphone", "Bente Kjærgaard",
      "Godt nytår! Alt er som sidst.\n\nBente", {}, S1, unchanged=True),

    c("ow34-da-outlook-ny-titel", "outlook", "Torben Ravn",
      "Hej\n\nGodt nytår. Jeg er pr. 1. januar blevet teamleder for miljøtilsynet, så jeg har "
      "mindre tid til gruppen – sæt mig på lidt. Høringstovholder kan jeg desværre ikke være "
      "længere. Ellers er alt uændret.\n\n" + SIG_KOMMUNE,
      {"tid": "Lidt", "funktioner": ""}, S4, unchanged=True,
      note="new job title is only the reason; Høringstovholder removed"),

    c("ow34-da-gmail-afdeling-flyttet", "gmail", "Signe Holt",
      "Hej\nEfter omorganiseringen 1/1 er jeg flyttet fra Natur og Vand til Virksomhedsmiljø, "
      "så spildevandet ligger ikke hos mig mere. Til gengæld har jeg nu jord og "
      "IE-virksomhederne. Luft og klima beholder jeg.\nMvh Signe",
      {"interesser": "Luft; Jord; Klima; IE-direktivet"}, S2,
      note="'IE-virksomhederne' -> IE-direktivet (the only IE option); 'Natur og Vand' is a "
           "department"),

    c("ow34-da-outlook_ios-barsel-slut", "outlook_ios", "Maja Friis",
      "Så er jeg tilbage fra barsel. Tid: nogen fra nu af. Du må gerne slette det om barsel "
      "under Andet. Erfaring er stadig 7 år (orloven tæller vel ikke med).",
      {"tid": "Nogen", "andet": "", "erfaring": "7"}, BARSEL,
      note="the member asks to clear the Andet text"),

    c("ow34-en-outlook-cross-border", "outlook", "Henrik Paulsen",
      "Happy new year! Only one change: I have moved from the wastewater unit to air quality, "
      "so please replace Wastewater with Air. Everything else is unchanged.\n\n" + SIG_EN,
      {"interests": "Noise; Air"}, E1, lang="en", unchanged=True),

    c("ow34-en-gmail-numbered-list", "gmail", "Kirsten Voss",
      "Hi, here are my answers:\n\n1. Soil, PFAS and a bit of noise\n2. Inspection network\n"
      "3. Secretary, if nobody else wants it\n4. Eleven\n5. Some\n"
      "6. I am seconded to the Interreg project with Kreis Nordfriesland until 2028\n\n"
      "Best wishes for 2027\nKirsten",
      {"interests": "PFAS; Noise; Soil", "groups": "Inspection network",
       "functions": "Secretary", "experience": "11", "time": "Some",
       "other": "I am seconded to the Interreg project with Kreis Nordfriesland until 2028"},
      {}, lang="en",
      note="numbered by question; 'a bit of noise' is an interest, not Time; item 6 answers Other"),

    c("ow34-da-owa-lille-tabel", "owa", "Lars Winther",
      "Spørgsmål | Svar\nInteresser | Støj, luft, VVM\nGrupper | ingen\nFunktioner | sekretær\n"
      "Erfaring | 15\nTid | lidt\n\n/Lars",
      {"interesser": "Støj; Luft; VVM", "grupper": "", "funktioner": "Sekretær",
       "erfaring": "15", "tid": "Lidt"}, {}),

    c("ow34-da-thunderbird-kun-tak", "thunderbird", "Ulla Brink",
      "Tak, og godt nytår!\n\nUlla", {}, S3, note="nothing about the form"),

    c("ow34-da-android-orlov-februar", "android", "Jesper Mølgaard",
      "Hej. Jeg går på forældreorlov fra februar til og med maj, så sæt tiden til lidt. Sekretær "
      "kan jeg ikke være i den periode, så tag mig bare helt af den. Jeg kommer heller ikke til "
      "mødet i marts.\nJesper",
      {"tid": "Lidt", "funktioner": ""}, S1, flagged=True,
      note="absence from the March meeting goes to the chair"),

    c("ow34-da-apple_mail-enogtyve", "apple_mail", "Poul Ebbesen",
      "Erfaring: enogtyve år nu – jeg startede i Aarhus i 2006. Resten er som før.\n\nPoul",
      {"erfaring": "21"}, AARHUS, unchanged=True),

    c("ow34-da-outlook-ni-i-alt", "outlook", "Camilla Sand",
      "Hej\n\nErfaringen bør nok rettes til 9 i alt – 3 af dem her i kommunen og 6 fra "
      "amtet før. Og sæt mig gerne på sekretær, hvis der mangler en.\n\n" + SIG_SHORT,
      {"erfaring": "9", "funktioner": "Sekretær"}, S2),

    c("ow34-da-gmail_android-grundvand", "gmail_android", "Rasmus Dahl",
      "Kan I tilføje grundvand og drikkevandsboringer? Det er det, jeg primært laver efter "
      "nytår. PFAS beholder jeg.",
      {}, S4, ask=["interesser"],
      note="grundvand/drikkevand is no option; PFAS kept, nothing else to record"),

    c("ow34-da-iphone-krydser-og-ord", "iphone", "Nanna Lykke",
      "Har sat kryds ved emnerne. Høringstovholder kan jeg godt være igen, formand nej tak. "
      "Tid: nogen, mest i foråret.",
      {"interesser": "Jord; Klima", "funktioner": "Høringstovholder", "erfaring": "10",
       "tid": "Nogen"}, {},
      edits=[("set", "[ ] Jord", "[x] Jord"), ("set", "[ ] Klima", "[x] Klima"),
             ("set", "Svar:", "Svar: 10 i alt, heraf 4 her", "4. Erfaring")]),

    c("ow34-en-iphone-no-changes", "iphone", "Sarah Lindqvist",
      "No changes from my side. Happy new year!", {}, E2, lang="en", unchanged=True),

    c("ow34-en-outlook_android-back-from-leave", "outlook_android", "Jonas Hartmann",
      "Back from parental leave as of this week. Please add soil and PFAS to my interests - and "
      "I could be chair if nobody else is up for it. Time: some rather than much for now.",
      {"interests": "PFAS; Air; Soil; Climate", "functions": "Chair", "time": "Some"}, E2,
      lang="en"),

    c("ow34-da-outlook_mac-omorganiseret", "outlook_mac", "Mikkel Storm",
      "Hej\n\nVi er blevet omorganiseret pr. 1. januar, og jeg sidder nu i det nye Center for "
      "Klima og Miljø. Jeg har fået virksomhedstilsyn oveni, så skriv mig gerne på netværket for "
      "miljøtilsyn. Spildevand og jord har jeg stadig.\n\nVh Mikkel",
      {"grupper": "Netværk for miljøtilsyn", "interesser": "Spildevand; Jord"}, OMORG,
      note="'Klima' is in the department's name, no interest"),

    c("ow34-da-owa_html-saet-meget", "owa_html", "Helle Bruun",
      "Hej og godt nytår\n\nJeg har fået flere timer til netværksarbejde i år, så sæt mig på "
      "meget.\n\nMvh Helle",
      {"tid": "Meget"}, S1),

    c("ow34-da-outlook_html-pfas-gruppen", "outlook_html", "Søren Kragh",
      "Hej\n\nArbejdsgruppen om PFAS vil jeg gerne være med i fra i år – jeg har overtaget "
      "kommunens PFAS-sager efter en kollega. Netværket for miljøtilsyn bliver jeg i.\n\n"
      + SIG_KOMMUNE,
      {"grupper": BOTH}, S4),

    c("ow34-da-thunderbird_bottom-nummereret", "thunderbird_bottom", "Grethe Hvid",
      "1) Affald og jord – VVM er flyttet til planafdelingen ved årsskiftet\n2) uændret\n"
      "3) kun høringstovholder, formandsposten må en anden tage nu\n4) 21\n5) lidt\n6) -\n\n"
      "Grethe",
      {"interesser": "Affald; Jord", "funktioner": "Høringstovholder", "erfaring": "21",
       "tid": "Lidt"}, S3, note="bottom-posted list numbered by question; 2) is only question 2"),

    c("ow34-da-gmail-lugt-biogas", "gmail", "Anders Vestergaard",
      "Hej\nJeg er ikke sikker på, om mit nye arbejde med lugtgener fra biogasanlæg hører under "
      "luft eller noget andet? Sæt mig i hvert fald på Power-to-X, vi har fået to ansøgninger.\n"
      "Anders",
      {"interesser": "Spildevand; Luft; Klima; Power-to-X"}, S2, ask=["interesser"],
      note="odour from biogas: the secretary cannot place it"),

    c("ow34-da-outlook_mac_html-affaldstilsyn", "outlook_mac_html", "Trine Bach",
      "Spildevand og jord, og så har jeg fået affaldstilsynet med fra januar. 4 år. Nogen tid.",
      {"interesser": "Spildevand; Affald; Jord", "erfaring": "4", "tid": "Nogen"}, {}),

    c("ow34-da-outlook_prefix-som-kollega", "outlook_prefix", "Ole Thygesen",
      "Sæt mig det samme som Mette Lund, vi har delt området mellem os efter "
      "omstruktureringen. Erfaring 2 år.\n\nOle",
      {"erfaring": "2"}, {}, flagged=True, note="'the same as a colleague' goes to the chair"),

    c("ow34-en-thunderbird-between", "thunderbird", "Emma Clausen",
      "Interests: climate adaptation and the wastewater side of it\n"
      "Experience: somewhere between 5 and 7 years\n"
      "Time: little until the cross-border report is done in March, then some",
      {"interests": "Wastewater; Climate", "time": "Little"}, {}, lang="en",
      ask=["experience"], note="a range is asked; time now is Little"),

    c("ow34-en-owa-flensburg", "owa", "Niklas Brandt",
      "Hi, I'm the new colleague from Flensburg on the joint noise and air project.\n"
      "Noise, air and IED. Groups: none yet. I can't take on a function this year.\n"
      "Experience: 13 years in all, the last one in Denmark.\n\nNiklas",
      {"interests": "Noise; Air; IED", "groups": "", "functions": "", "experience": "13"}, {},
      lang="en"),

    c("ow34-da-android-plus-minus", "android", "Birgitte Lund",
      "Ændringer:\nInteresser: + Spildevand, - Affald\nErfaring: 9\nResten er uændret\n\n"
      "/Birgitte",
      {"interesser": "PFAS; Spildevand", "erfaring": "9"}, S4, unchanged=True),

    c("ow34-da-outlook_android-kommentarer-fravaer", "outlook_android", "Kasper Nørgaard",
      "Jeg kan ikke deltage i mødet d. 14. januar pga. kursus – har I kommentarer til min del af "
      "dagsordenen, så send dem gerne på mail. Skemaet er ok som det er.",
      {}, S1, unchanged=True, flagged=True,
      note="an absence; 'kommentarer' is no Andet label"),

    c("ow34-en-apple_mail-not-chair-again", "apple_mail", "Laura Steen",
      "Hi\n\nI won't stand for chair again when my term ends in the spring, but I'm happy to be "
      "secretary instead, at least for this year. Please also take me off the inspection "
      "network - my new role at the Region doesn't cover it.\n\nBest, Laura",
      {"functions": "Secretary", "groups": ""}, E1, lang="en"),

    c("ow34-da-apple_forward-fastansat", "apple_forward", "Ditte Mørk",
      "Videresender fra min private og svarer lige her: luft og klima fortsat, men spildevand er "
      "røget over til forsyningen. Tid: lidt mindre end før, sæt nogen. Barselsvikariatet er "
      "slut, jeg er fastansat nu.",
      {"interesser": "Luft; Klima", "tid": "Nogen"}, S2, ask=["andet"],
      note="the Andet text is out of date but nothing labelled replaces it"),

    c("ow34-da-gmail_android-et-aar-mere", "gmail_android", "Frank Juhl",
      "Som sidst, bare med et år mere på erfaringen.", {"erfaring": "21"}, S3, unchanged=True),

    c("ow34-da-outlook-seksogtyve", "outlook", "Vibeke Rask",
      "Hej\n\nHar krydset af nedenfor. Erfaring: seksogtyve år, heraf de seneste to i "
      "Herning.\n\n" + SIG_SHORT,
      {"interesser": "Støj; Luft", "erfaring": "26", "tid": "Nogen"}, {},
      edits=[("set", "[ ] Støj", "[x] Støj"), ("set", "[ ] Luft", "[x] Luft"),
             ("set", "[ ] Nogen", "[ ] Nogen   <- denne")]),

    c("ow34-en-android-short-list", "android", "Peter Asmussen",
      "1. Air, climate\n2. PFAS working group only\n3. -\n4. 11\n5. much\nOtherwise unchanged.",
      {"interests": "Air; Climate", "groups": "PFAS working group", "experience": "11",
       "time": "Much"}, E2, lang="en", unchanged=True),
]

CASES += [
    c("ow34-da-owa-uaendret-ellers", "owa", "Inger Skov",
      "Erfaring 13 – uændret ellers. Meget nemmere skema end sidst, tak!\n\nGodt nytår\nInger",
      {"erfaring": "13"}, S1, unchanged=True,
      note="'Meget nemmere' praises the form; it is no answer to Tid"),

    c("ow34-en-outlook_html-new-title", "outlook_html", "Oliver Kamp",
      "Hi,\n\nNew year and a new job title (Senior Environmental Advisor). I have less time now, "
      "so please put me down for little.\n\n" + SIG_EN,
      {"time": "Little"}, E1, lang="en"),

    c("ow34-da-iphone-stoej-ud", "iphone", "Hanne Lauritsen",
      "Støj skal ud – det har miljøtilsynet overtaget efter sammenlægningen. Ellers intet nyt.",
      {"interesser": "PFAS"}, S1, unchanged=True,
      note="'miljøtilsynet' is a department here, not the network"),
]
