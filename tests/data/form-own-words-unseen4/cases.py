"""Unseen part 4 of the own-words form replies (issue 14), written blind on 6 December 2026.

By hand: what a careful human secretary records from each reply, without reading the parser and
without running it on these cases. Leaning towards short phone replies, terse notes, typos and
missing diacritics, mixed Danish/English, answers typed inline between the quoted form lines and
partly edited pre-filled forms. People invented, at example.org.

Edits on the quoted form (see tests/data/form-replies-heldout/generate.py, edit_lines):
("set", old, new[, after]) changes a quoted line, ("add", heading_prefix, text) types unquoted
lines after a heading, ("append", prefix, text) types on the end of a quoted line.
"""

from __future__ import annotations

from common import BOTH, E1, E2, S1, S2, S3, S4, SIG_EN, SIG_KOMMUNE, SIG_SHORT, c

ALL_BUT_STOEJ_PTX = "PFAS; Spildevand; Affald; Luft; Jord; Klima; VVM; IE-direktivet"
EN_ALL_BUT_IED_PTX = "PFAS; Wastewater; Waste; Noise; Air; Soil; Climate; EIA"
EN_BOTH = "Inspection network; PFAS working group"

CASES = [
    # --- Danish form -----------------------------------------------------------------------
    c("ow4-da-iphone-pfas-jord-tilsynsnetvaerk", "iphone", "Lone Vestergaard",
      "Pfas og jord, og er med i tilsynsnetvaerket. 7 aar. Lidt tid\n\nMvh Lone",
      {"interesser": "PFAS; Jord", "grupper": "Netværk for miljøtilsyn", "erfaring": "7",
       "tid": "Lidt"},
      note="a group named inside the interests sentence; aa for å"),

    c("ow4-da-android-stoej-resten-staaende", "android", "Bo Kjærgaard",
      "Hej\nHar ogsaa faaet stoej paa mit bord i aar, og jeg har rundet 9 aar. "
      "Resten kan blive staaende\nBo",
      {"interesser": "PFAS; Affald; Støj", "erfaring": "9"}, sent=S4, unchanged=True,
      note="'i aar' is no number; 'resten kan blive staaende' = the rest as before"),

    c("ow4-da-gmail-inline-lidt-vvm", "gmail", "Hanne Brix",
      "Svar nedenfor 🙂\nHanne",
      {"interesser": "Spildevand; Klima; VVM", "erfaring": "15", "tid": "Nogen"},
      edits=[("add", "1. Interesser", "Mest spildevand og klimatilpasning, lidt VVM"),
             ("append", "Svar:", " 15 - heraf 4 her i huset"),
             ("add", "5. Tid", "nogen")],
      note="'lidt VVM' under Interesser is a qualifier on VVM, not the time; 15 in all"),

    c("ow4-da-outlook_android-affald-overtaget", "outlook_android", "Henrik Dalsgaard",
      "Affald skal ud, det har Kasper overtaget. Fortsaetter gerne som formand men ikke som "
      "hoeringstovholder laengere.",
      {"interesser": "Jord; VVM", "funktioner": "Formand"}, sent=S3),

    c("ow4-da-iphone-orlov-elleve", "iphone", "Sanne Højgaard",
      "Hej\nJeg er på orlov jan-mar, så jeg kan ikke komme til mødet i februar.\n"
      "Skema: støj og luft, elleve år, lidt tid i foråret\n/Sanne",
      {"interesser": "Støj; Luft", "erfaring": "11", "tid": "Lidt"}, flagged=True,
      note="an absence for the chair; 'lidt tid i foråret' is Lidt"),

    c("ow4-da-thunderbird-seksogtyve-lugt", "thunderbird", "Ole Bundgaard",
      "Erfaring: seksogtyve år, heraf de sidste ni i Eksempel Kommune.\n"
      "Interesser: IE-direktivet, luft og lugt\nTid: meget fra marts, indtil da lidt\n\nVh Ole",
      {"erfaring": "26", "interesser": "Luft; IE-direktivet"}, ask=["interesser", "tid"],
      note="lugt (odour) is no option; two times depending on the month are for the chair"),

    c("ow4-da-owa_html-ikke-sekretaer-formand", "owa_html", "Trine Lauridsen",
      "Hej\nJeg vil ikke være sekretær mere. Formand kan jeg godt være, hvis ingen andre melder "
      "sig. Alt andet er uændret.\nMvh Trine",
      {"funktioner": "Formand"}, sent=S1, unchanged=True,
      note="the question is what she could take on: chair if nobody else, so Formand"),

    c("ow4-da-gmail_android-kigger-naeste-uge", "gmail_android", "Jakob Friis",
      "Tak, jeg kigger på det i næste uge 👍", {},
      note="nothing about the form"),

    c("ow4-da-apple_mail-kryds-og-grundvand", "apple_mail", "Karen Thorsen",
      "Har sat kryds. Derudover grundvand, som ikke står på listen. 5 år og nogen tid.\n\n"
      "Mvh\nKaren",
      {"interesser": "PFAS; Jord", "erfaring": "5", "tid": "Nogen"}, ask=["interesser"],
      edits=[("set", "[ ] PFAS", "[x] PFAS"), ("set", "[ ] Jord", "[x] Jord")],
      note="crosses plus words; grundvand is no option"),

    c("ow4-da-outlook-vikariat-slut", "outlook", "Camilla Skov",
      "Hej\n\nBarselsvikariatet er slut – jeg er fastansat fra 1. november, så I kan slette det "
      "under Andet. Jeg er gået ud af PFAS-arbejdsgruppen. Stadig meget tid.\n\n" + SIG_KOMMUNE,
      {"andet": "", "grupper": "Netværk for miljøtilsyn", "tid": "Meget"}, sent=S2,
      note="she asks for the Andet text to be deleted; '1. november' is no answer"),

    c("ow4-da-android-ae-oe-aa-ikke-saa-meget", "android", "Jens Overgaard",
      "Stoej, jord og spildevand. Har vaeret her i 4 aar. Kan godt vaere hoeringstovholder. "
      "Ikke saa meget tid desvaerre\n\nMvh Jens",
      {"interesser": "Spildevand; Støj; Jord", "erfaring": "4", "funktioner": "Høringstovholder",
       "tid": "Lidt"},
      note="'ikke saa meget tid' = little"),

    c("ow4-da-iphone-ptx-to-tal", "iphone", "Lars Mølgaard",
      "8 år som miljømedarbejder, før det 3 år i et rådgiverfirma. Klima og PtX.\nMvh Lars",
      {"interesser": "Klima; Power-to-X"}, ask=["erfaring"],
      note="8 or 11 years on the area is the chair's call; PtX = Power-to-X"),

    c("ow4-da-outlook_mac-tilsynsnetvaerk-evt-formand", "outlook_mac", "Maja Rasmussen",
      "Hej\nJeg sidder i tilsynsnetværket og i PFAS-arbejdsgruppen. Funktion: sekretær, evt. "
      "formand. Erfaring 17.\nHilsen Maja",
      {"grupper": BOTH, "funktioner": "Sekretær", "erfaring": "17"}, ask=["funktioner"],
      note="'evt. formand' is undecided: passed on, Sekretær recorded"),

    c("ow4-da-thunderbird_bottom-pil-ja", "thunderbird_bottom", "Pia Damgaard",
      "Se ovenfor. Tid: meget\nPia",
      {"interesser": "Affald; Klima", "tid": "Meget"},
      edits=[("set", "[ ] Affald", "[ ] Affald <- ja"), ("set", "[ ] Klima", "[ ] Klima <- ja")],
      note="'<- ja' after an empty box is the mark"),

    c("ow4-da-owa-engelsk-paa-dansk", "owa", "Tom Ashby",
      "Hi, sorry for the English – I'm new in the team. I work with wastewater and soil, 2 years "
      "so far. Some time. Jeg kan godt være sekretær.\nBest, Tom",
      {"interesser": "Spildevand; Jord", "erfaring": "2", "tid": "Nogen",
       "funktioner": "Sekretær"},
      note="English and Danish on the Danish form"),

    c("ow4-da-gmail-pfas-gruppen-uaendret-i-oevrigt", "gmail", "Rikke Holst",
      "Kun én ændring: jeg er kommet med i PFAS-gruppen. Uændret i øvrigt.\n\nMvh Rikke",
      {"grupper": BOTH}, sent=S4, unchanged=True),

    c("ow4-da-iphone-nogen-i-stedet-for-lidt", "iphone", "Per Lindholm",
      "Kan afsætte flere timer i år end sidst – skriv nogen i stedet for lidt. Gruppen må også "
      "gerne bruge mig som sekretær.\nPer",
      {"tid": "Nogen", "funktioner": "Formand; Høringstovholder; Sekretær"}, sent=S3,
      note="'Gruppen' starts a sentence and is no label"),

    c("ow4-da-outlook_html-affaldstilsyn-pension", "outlook_html", "Susanne Kirk",
      "Hej\nJeg arbejder primært med affaldstilsyn og jordforurening, lidt med støjklager. 14 år "
      "i faget.\nAndet: Går på pension i 2028.\n\n" + SIG_SHORT,
      {"interesser": "Affald; Støj; Jord", "erfaring": "14", "andet": "Går på pension i 2028."},
      note="compounds map to Affald, Jord, Støj; 'lidt' qualifies støjklager"),

    c("ow4-da-android-natur-vandloeb", "android", "Anders Bech",
      "Jeg laver mest natur og vandløb nu, så ved ikke helt om jeg passer ind. Tid: lidt",
      {"tid": "Lidt"}, ask=["interesser"],
      note="no option fits natur and vandløb"),

    c("ow4-da-outlook_ios-brint-biogas", "outlook_ios", "Signe Munk",
      "Brint og biogas + luft. 6 år",
      {"interesser": "Luft", "erfaring": "6"}, ask=["interesser"],
      note="brint and biogas are no options (Power-to-X is not certain)"),

    c("ow4-da-gmail_android-streger-linjer", "gmail_android", "Mads Kristiansen",
      "pfas - spildevand - klima\nsekretaer\n10 aar\nmeget",
      {"interesser": "PFAS; Spildevand; Klima", "funktioner": "Sekretær", "erfaring": "10",
       "tid": "Meget"}),

    c("ow4-da-outlook_prefix-rettet-direkte", "outlook_prefix", "Kim Holm",
      "Rettet direkte i skemaet.\nKim",
      {"interesser": "PFAS; Luft", "erfaring": "13"}, sent=S1,
      edits=[("set", "[x] Støj", "[ ] Støj"), ("set", "[ ] Luft", "[x] Luft"),
             ("set", "Svar: 12", "Svar: 13")]),

    c("ow4-da-iphone-inline-lidt-nyt-projekt", "iphone", "Tina Vinther",
      "Se svar i skemaet",
      {"interesser": "PFAS; Støj; Jord", "tid": "Lidt"}, sent=S1,
      edits=[("add", "1. Interesser", "+ jord"), ("add", "5. Tid", "Lidt nu pga nyt projekt")],
      note="the typed Lidt replaces the pre-filled Nogen"),

    c("ow4-da-outlook-oensker-netvaerket", "outlook", "Erik Svendsen",
      "Hej\n\nJeg oensker at vaere med i netvaerket for miljoetilsyn. Arbejder med VVM og "
      "IE-direktivet (godkendelser), 19 aar. Har kun lidt tid.\n\n" + SIG_KOMMUNE,
      {"grupper": "Netværk for miljøtilsyn", "interesser": "VVM; IE-direktivet",
       "erfaring": "19", "tid": "Lidt"}),

    c("ow4-da-gmail-kan-ikke-moede-kommentarer", "gmail", "Lisbeth Juhl",
      "Hej\nJeg kan ikke deltage i mødet d. 14., men har I nogen kommentarer til mit oplæg, så "
      "send dem gerne på mail. Intet nyt ift. skemaet.\nLisbeth",
      {}, sent=S2, unchanged=True, flagged=True,
      note="an absence; 'nogen' and 'kommentarer' are no answers"),

    c("ow4-da-iphone-det-hele-paa-naer", "iphone", "Anne Krogh",
      "Det hele paa naer stoej og PtX 😊 Meget tid\n\nAnne",
      {"interesser": ALL_BUT_STOEJ_PTX, "tid": "Meget"}),

    c("ow4-da-owa-klimatilpasningen-7-i-alt", "owa", "Mikkel Thygesen",
      "Hej\nJeg har spildevandet og klimatilpasningen her i kommunen og er med i PFAS-gruppen "
      "indtil den lukker til sommer. 2 år i kommunen, 7 år i alt i faget.\nVh Mikkel",
      {"interesser": "Spildevand; Klima", "grupper": "Arbejdsgruppe om PFAS", "erfaring": "7"}),

    c("ow4-da-thunderbird-inline-plus-klima", "thunderbird", "Morten Aagaard",
      "Svar inde i mailen.\nMorten",
      {"interesser": "PFAS; Affald; Klima", "funktioner": ""}, sent=S4,
      edits=[("add", "1. Interesser", "+ klima"),
             ("add", "3. Funktioner", "ikke hoeringstovholder mere")]),

    c("ow4-da-outlook-inline-blaat", "outlook", "Gitte Nørgaard",
      "Hej – mine svar står med blåt nedenfor.\n\n" + SIG_SHORT,
      {"interesser": "Jord", "erfaring": "13", "tid": "Nogen"}, ask=["interesser"],
      edits=[("add", "1. Interesser", "Jord og grundvand (mest grundvand)"),
             ("add", "4. Erfaring", "Tretten år"),
             ("add", "5. Tid", "Nogen, men ikke i maj-juni")],
      note="grundvand is no option"),

    # --- English form ----------------------------------------------------------------------
    c("ow4-en-iphone-noise-air-yrs", "iphone", "Julie Wind",
      "Noise + air, 5 yrs, little time sorry\nJ",
      {"interests": "Noise; Air", "experience": "5", "time": "Little"}, lang="en"),

    c("ow4-en-outlook-step-down-chair", "outlook", "Christian Bak",
      "Hi,\n\nI'm stepping down as chair – I can be consultation coordinator instead if needed. "
      "Please add PFAS to my areas. Otherwise all as before.\n\n" + SIG_EN,
      {"functions": "Consultation coordinator", "interests": "PFAS; Wastewater; Noise"},
      sent=E1, unchanged=True, lang="en"),

    c("ow4-en-gmail-twenty-six-groundwater", "gmail", "Niels Hougaard",
      "Experience: twenty-six years (nine of them here).\nI mainly do soil contamination and "
      "groundwater, plus some EIA screenings.\nTime: some, more after March.\n\nBest\nNiels",
      {"experience": "26", "interests": "Soil; EIA", "time": "Some"}, ask=["interests"],
      lang="en", note="'some EIA screenings' is no time; groundwater is no option"),

    c("ow4-en-android-hej-from-phone", "android", "Sofie Laursen",
      "Hej - writing from my phone. Spildevand/wastewater and waste. Secretary ok. 3 yrs. "
      "Not much time",
      {"interests": "Wastewater; Waste", "functions": "Secretary", "experience": "3",
       "time": "Little"}, lang="en"),

    c("ow4-en-thunderbird-course-left-pfas", "thunderbird", "Helle Ravn",
      "Hi, I can't make the January meeting, I'm on a course that week.\nForm: I've left the "
      "PFAS working group. Otherwise no changes.\nHelle",
      {"groups": "Inspection network"}, sent=E2, unchanged=True, flagged=True, lang="en",
      note="an absence for the chair"),

    c("ow4-en-outlook_android-all-except", "outlook_android", "Frederik Nissen",
      "All of them except IED and Power-to-X. Member of both groups. 12 yrs. Much",
      {"interests": EN_ALL_BUT_IED_PTX, "groups": EN_BOTH, "experience": "12", "time": "Much"},
      lang="en"),

    c("ow4-en-apple_mail-updated-below", "apple_mail", "Simone Berg",
      "Updated below. I can also take minutes (secretary) if that helps.\n\nSimone",
      {"interests": "Wastewater; Climate", "experience": "21", "functions": "Chair; Secretary"},
      sent=E1, lang="en",
      edits=[("set", "[x] Noise", "[ ] Noise"), ("set", "[ ] Climate", "[x] Climate"),
             ("set", "Answer: 20", "Answer: 21")]),

    c("ow4-en-owa-after-holidays", "owa", "Rasmus Kold",
      "Thanks – will do this after the holidays.\nR", {}, lang="en",
      note="nothing about the form"),

    c("ow4-en-iphone-answers-in-danish", "iphone", "Kirsten Dahl",
      "Støj og luft, 9 år. Nogen tid\n\nKirsten",
      {"interests": "Noise; Air", "experience": "9", "time": "Some"}, lang="en",
      note="Danish words on the English form"),

    c("ow4-en-outlook_mac_html-drop-network", "outlook_mac_html", "Birgit Munch",
      "Hi! quick update – add climate pls, and drop the inspection network (no time for it "
      "anymore). Still happy to chair. Time: little\nBirgit",
      {"interests": "Wastewater; Noise; Climate", "groups": "", "functions": "Chair",
       "time": "Little"}, sent=E1, lang="en"),
]
