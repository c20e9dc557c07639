"""Unseen part 39: one round of competence-form replies in members' own words (issue 14).

Written blind (without reading the parser or its tests), by hand: `answers` is what a careful
human secretary records, `ask` what she passes on to the chair. People invented, at example.org.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]  # tests/data/<this folder>/

_spec = importlib.util.spec_from_file_location(
    "own_words_common", ROOT / "tests" / "data" / "form-own-words" / "common.py")
common = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(common)

c = common.c
S1, S2, S3, S4, E1, E2 = common.S1, common.S2, common.S3, common.S4, common.E1, common.E2
SIG_KOMMUNE, SIG_SHORT, SIG_EN = common.SIG_KOMMUNE, common.SIG_SHORT, common.SIG_EN

CASES = [
    # --- Danish form, Danish words ------------------------------------------------------------
    c("ow39-da-outlook-teamleder-formand", "outlook", "Bent Kjærsgaard",
      "Hej\nJeg vil ikke være formand igen, men høringer tager jeg gerne fortsat. Ellers uændret."
      "\n\n" + SIG_SHORT,
      {"funktioner": "Høringstovholder"}, S3, unchanged=True),

    c("ow39-da-iphone-nyuddannet-lang", "iphone", "Sofie Lindhardt",
      "Hej!\n\nTak for mailen. Jeg er ny i Eksempel Kommune siden august og kommer fra et "
      "studiejob i Miljøstyrelsen.\n\nJeg arbejder primært med spildevandstilladelser og lidt med "
      "jordforurening – og så sidder jeg med i netværket for miljøtilsyn, hvor min leder har "
      "meldt mig ind. Jeg har 2 års erfaring, hvis man tæller studiejobbet med, ellers et halvt "
      "år. Jeg vil rigtig gerne være sekretær, hvis der er brug for det.\nTid: nogen, tror jeg."
      "\n\nMange hilsner\nSofie",
      {"interesser": "Spildevand; Jord", "grupper": "Netværk for miljøtilsyn",
       "funktioner": "Sekretær", "tid": "Nogen"}, {}, ask=["erfaring"],
      note="years depend on whether the student job counts (2 or half a year)"),

    c("ow39-da-gmail-kryds-kursus", "gmail", "Rasmus Ibsen",
      "Har sat kryds og rettet årene nedenfor.\nBemærk at jeg er på kursus den 14. januar, så "
      "jeg kan ikke deltage i mødet den dag.\n\nVh Rasmus",
      {"interesser": "PFAS; Affald; Klima", "erfaring": "9"}, S4, flagged=True,
      edits=[("set", "[ ] Klima", "[x] Klima"), ("set", "Svar: 8", "Svar: 9")],
      note="absence from the January meeting for the chair"),

    c("ow39-da-owa-html-barsel-forlaenget", "owa_html", "Maja Thorsen",
      "Kære tovholder\n\nMit barselsvikariat er forlænget til december 2027, så jeg fortsætter i "
      "gruppen. Jeg arbejder stadig med spildevand og luft, men klimadelen er flyttet til vores "
      "nye klimakoordinator. Jeg har nu 4 års erfaring.\n\nAndet: Barselsvikar til december 2027"
      "\n\n" + SIG_KOMMUNE,
      {"interesser": "Spildevand; Luft", "erfaring": "4",
       "andet": "Barselsvikar til december 2027"}, S2),

    c("ow39-da-thunderbird-som-sidst-kollega", "thunderbird", "Jørgen Riis",
      "Alt er som sidst, bortset fra at jeg er gået ud af PFAS-arbejdsgruppen – min kollega "
      "Lotte Bak tager over for os.\n\nJørgen",
      {"grupper": ""}, S1, unchanged=True, flagged=True,
      note="a colleague taking the seat is news for the chair"),

    c("ow39-da-outlook-ios-to-linjer", "outlook_ios", "Henning Ravn",
      "Mere tid i år: meget.\nErfaring 21.",
      {"tid": "Meget", "erfaring": "21"}, S3),

    c("ow39-da-gmail-app-talord", "gmail_android", "Birgitte Holm",
      "Hej. Jeg har vist aldrig fået rettet årene – det er femogtyve nu. Tiden er presset, så "
      "sæt mig på lidt.\n\nBirgitte",
      {"erfaring": "25", "tid": "Lidt"}, S4),

    c("ow39-da-apple-mail-grundvand", "apple_mail", "Tove Lykke",
      "Jeg arbejder også meget med grundvandsbeskyttelse og drikkevand nu, og støj er røget ud "
      "af min portefølje. Sekretær fortsætter jeg gerne som.\n\nTove Lykke\nEksempel Kommune",
      {"interesser": "PFAS", "funktioner": "Sekretær"}, S1, ask=["interesser"],
      note="groundwater and drinking water are no options"),

    c("ow39-da-outlook-mac-kollega-aarhus", "outlook_mac", "Peter Vinther",
      "Hej\n\nJeg er ikke længere med i netværket for miljøtilsyn – Mads Krogh fra Aarhus Kommune "
      "vil gerne med i stedet, kan I skrive til ham? Ellers ingen ændringer fra min side.\n\n"
      + SIG_SHORT,
      {"grupper": ""}, S4, unchanged=True, flagged=True,
      note="request to the chair: contact a colleague from another municipality"),

    c("ow39-da-gmail-app-to-tal", "gmail_android", "Lene Dalgaard",
      "PFAS, jord og VVM.\nErfaring: 11 år i alt, heraf 4 i kommunen\nTid: nogen\nFunktion: "
      "høringstovholder, hvis det kan passes ind\n\nLene",
      {"interesser": "PFAS; Jord; VVM", "erfaring": "11", "tid": "Nogen",
       "funktioner": "Høringstovholder"}, {}),

    c("ow39-da-thunderbird-bund-kryds", "thunderbird_bottom", "Karen Mølgaard",
      "Har rettet tiden. Jeg har 22 år nu.\nHilsen Karen",
      {"tid": "Nogen", "erfaring": "22"}, S3,
      edits=[("set", "[x] Lidt", "[ ] Lidt"), ("set", "[ ] Nogen", "[x] Nogen")]),

    c("ow39-da-outlook-prefix-teamleder-uvis", "outlook_prefix", "Anders Brandt",
      "Hej\nJeg er blevet teamleder, så jeg ved ikke helt, hvordan det passer ind. Måske mindre "
      "tid, men det afhænger af, hvordan vi fordeler opgaverne i teamet efter nytår.\n\nAnders",
      {}, S2, ask=["tid"], note="maybe less time, depending on the team"),

    c("ow39-da-iphone-tak-senere", "iphone", "Ulla Kragh",
      "Tak, det kigger jeg på i næste uge",
      {}, S1),

    c("ow39-da-owa-tilfoej-fjern", "owa", "Niels Overgaard",
      "Tilføj spildevand og Power-to-X (vi har fået et PtX-anlæg i kommunen). Fjern PFAS – det "
      "ligger nu hos jordteamet.\n\n" + SIG_KOMMUNE,
      {"interesser": "Spildevand; Affald; Power-to-X"}, S4),

    c("ow39-da-android-meget-er-for-meget", "android", "Camilla Juhl",
      "Meget tid er nok at tage munden for fuld i foråret. Sæt mig ned til nogen.\n\nCamilla",
      {"tid": "Nogen"}, S2),

    c("ow39-da-outlook-html-fed", "outlook_html", "Morten Skov",
      "Jeg har markeret med fed i skemaet. Erfaring 15 år.\n\n" + SIG_SHORT,
      {"interesser": "Støj; Luft", "grupper": "Netværk for miljøtilsyn", "tid": "Lidt",
       "erfaring": "15"}, {},
      edits=[("bold", "[ ] Støj"), ("bold", "[ ] Luft"), ("bold", "[ ] Netværk for miljøtilsyn"),
             ("bold", "[ ] Lidt")]),

    c("ow39-da-gmail-luftemissioner", "gmail", "Ida Frandsen",
      "Interesser: PFAS, støj, klimatilpasning og luftemissioner fra virksomhederne\n"
      "Erfaring: tretten år\n\nIda",
      {"interesser": "PFAS; Støj; Luft; Klima", "erfaring": "13"}, S1),

    c("ow39-da-apple-forward-orlov", "apple_forward", "Hans Ejlersen",
      "Jeg er på orlov fra 1. februar til 1. august, så sæt mig på lidt tid i år og tag mig af "
      "listen over høringstovholdere, indtil jeg er tilbage.",
      {"tid": "Lidt", "funktioner": "Formand"}, S3, flagged=True,
      note="leave from February to August for the chair"),

    c("ow39-da-outlook-android-efter-henrik", "outlook_android", "Julie Kamp",
      "Hej\nJeg har overtaget Henriks opgaver, så jeg laver støj og luft ligesom ham. Tid ved jeg "
      "ikke endnu, vender tilbage.\n/Julie",
      {"interesser": "Støj; Luft"}, {}),

    c("ow39-da-outlook-industritilsyn", "outlook", "Poul Erik Nygaard",
      "Jeg er også begyndt på industritilsyn og spildevandet fra renseanlægget. Tid: Nogen – "
      "uændret.\n\n" + SIG_KOMMUNE,
      {"interesser": "PFAS; Spildevand; Støj", "tid": "Nogen"}, S1, ask=["interesser"],
      note="industritilsyn fits no single option"),

    c("ow39-da-iphone-ae-oe", "iphone", "Grethe Aagaard",
      "Hej, jeg er holdt op med affald og er begyndt paa stoej. Ellers uaendret\n\nGrethe",
      {"interesser": "PFAS; Støj"}, S4, unchanged=True),

    c("ow39-da-thunderbird-nummereret", "thunderbird", "Kasper Bisgaard",
      "1. PFAS, spildevand\n2. ingen\n3. sekretær\n4. 6\n5. lidt\n6. Andet: Jeg går ned i tid "
      "fra marts.\n\nKasper Bisgaard\nEksempel Kommune",
      {"interesser": "PFAS; Spildevand", "grupper": "", "funktioner": "Sekretær",
       "erfaring": "6", "tid": "Lidt", "andet": "Jeg går ned i tid fra marts."}, {}),

    # --- English words ------------------------------------------------------------------------
    c("ow39-en-gmail-no-chair", "gmail", "Fiona Grant",
      "Same as last year, except I can't chair anymore – happy to be secretary though.\n\nFiona",
      {"functions": "Secretary"}, E1, lang="en", unchanged=True),

    c("ow39-en-outlook-new-graduate", "outlook", "Erik Lindqvist",
      "Hi,\n\nI'm new at Example Municipality (moved from Sweden in September), so please bear with "
      "my Danish. I mainly work with soil contamination and groundwater, plus some air quality "
      "cases. I've been in environmental regulation for three years in total, one of them here."
      "\nI'd like to join the inspection network if that's possible.\nTime: some, probably more "
      "after the spring.\n\n" + SIG_EN,
      {"interests": "Air; Soil", "experience": "3", "groups": "Inspection network",
       "time": "Some"}, {}, lang="en", ask=["interests"], note="groundwater is no option"),

    c("ow39-en-iphone-two-lines", "iphone", "Oliver Hart",
      "Drop the PFAS group, keep the rest.\nLittle time from now on.",
      {"groups": "Inspection network", "time": "Little"}, E2, lang="en", unchanged=True),

    c("ow39-en-thunderbird-bottom-bonn", "thunderbird_bottom", "Claire Dubois",
      "Marked the changes above. I'll miss the January meeting, I'm at a conference in Bonn."
      "\n\nClaire",
      {"interests": "Wastewater; EIA"}, E1, lang="en", flagged=True,
      edits=[("set", "[ ] EIA", "[x] EIA"), ("set", "[x] Noise", "[ ] Noise")]),

    c("ow39-en-owa-odour-biogas", "owa", "Samuel Okafor",
      "Could you put me down for odour complaints and the biogas plants? Not sure where they fit."
      "\n\n" + SIG_EN,
      {}, E2, lang="en", ask=["interests"], note="odour and biogas fit no single option"),

    c("ow39-en-outlook-mac-html-twenty-seven", "outlook_mac_html", "Nora Whitfield",
      "Experience should read twenty-seven years now. I could also take on consultation "
      "coordination if needed.\n\nNora",
      {"experience": "27", "functions": "Chair; Consultation coordinator"}, E1, lang="en"),

    c("ow39-en-android-leaving", "android", "Tom Bergström",
      "Hi, I'm leaving Example Municipality at the end of January, so please take me off the "
      "list. Thanks for all the good discussions!\n\nTom",
      {}, E2, lang="en", flagged=True, note="leaving the group"),

    c("ow39-en-outlook-ios-english-on-danish-form", "outlook_ios", "Rachel Moss",
      "Sorry for answering in English – add climate and air, remove noise. 14 years now.",
      {"interesser": "PFAS; Luft; Klima", "erfaring": "14"}, S1),
]
