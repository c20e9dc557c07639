"""Part 31 of the unseen own-words corpus (issue 14): one autumn round of a working group of 30
municipal environment officers, mostly from phones and Outlook. Written blind, by hand: the
expectations are a careful human secretary's and were never checked against the parser.
People invented, at example.org."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "form-own-words"))

from common import ALL_I, BOTH, E1, E2, S1, S2, S3, S4, SIG_EN, SIG_KOMMUNE, SIG_SHORT, c  # noqa: E402,F401

CASES = [
    # --- Danish, ordinary ------------------------------------------------------------------
    c("ow31-da-iphone-bare-tak", "iphone", "Lone Kragh", "Tak!", {}, S1),
    c("ow31-da-iphone-klima-resten-som-sidst", "iphone", "Mette Vinther",
      "Sæt også Klima på – resten som sidst\n\n/Mette", {"interesser": "PFAS; Støj; Klima"}, S1,
      unchanged=True),
    c("ow31-da-outlook-orlov-lidt-tid", "outlook", "Jesper Holm Andreasen",
      "Hej\n\nJeg har orlov en del af foråret, så sæt mig ned til lidt tid i år. Ellers er alt "
      "som før.\n\n" + SIG_KOMMUNE.format(name="Jesper Holm Andreasen"),
      {"tid": "Lidt"}, S4, unchanged=True),
    c("ow31-da-gmail-android-one-liner", "gmail_android", "Sara Bech",
      "PFAS og jord, 7 år, nogen tid", {"interesser": "PFAS; Jord", "erfaring": "7",
                                        "tid": "Nogen"}, {}),
    c("ow31-da-outlook-ios-drop-formand-dash", "outlook_ios", "Niels Ravn",
      "Drop formand – det må en anden tage nu. Høringstovholder fortsætter jeg gerne som. "
      "Og så er det 21 år nu.",
      {"funktioner": "Høringstovholder", "erfaring": "21"}, S3),
    c("ow31-da-owa-rettet-i-skemaet", "owa", "Karin Dahl Iversen",
      "Har rettet i skemaet nedenfor.\n\nVh Karin",
      {"interesser": "Spildevand; Klima", "andet": "Fastansat fra 1. november"}, S2,
      edits=[("set", "[x] Luft", "[ ] Luft"),
             ("set", "Svar: Barselsvikar til juni", "Svar: Fastansat fra 1. november")]),
    c("ow31-da-thunderbird-afbud-erfaring-i-saetning", "thunderbird", "Poul Kjærgaard",
      "Hej\n\nJeg kan desværre ikke deltage i mødet den 10. december – har tilsyn ude i marken "
      "hele dagen. Min erfaring er nu 13 år, ellers er det uændret.\n\nMvh Poul",
      {"erfaring": "13"}, S1, unchanged=True, flagged=True,
      note="absence from a meeting: flagged; 'erfaring' inside a sentence with a number"),
    c("ow31-da-android-kun-lidt-tilfoej-stoej", "android", "Birgitte Lund",
      "Kun lidt i år, har fået et nyt område. Tilføj Støj",
      {"interesser": "PFAS; Affald; Støj", "tid": "Lidt"}, S4),
    c("ow31-da-gmail-compounds-map", "gmail", "Henrik Østergaard",
      "Hej\n\nJeg sidder mest med spildevandstilladelser og støjsager fra virksomheder, og så "
      "er jeg med i netværket for miljøtilsyn. Har arbejdet med det i seksten år.\n\nHenrik",
      {"interesser": "Spildevand; Støj", "grupper": "Netværk for miljøtilsyn",
       "erfaring": "16"}, {}),
    c("ow31-da-iphone-grundvand-ask-jord-map", "iphone", "Rikke Thomsen",
      "Tilføj grundvandsbeskyttelse og jordforurening. Resten passer.",
      {"interesser": "PFAS; Støj; Jord"}, S1, unchanged=True, ask=["interesser"],
      note="jordforurening -> Jord; grundvandsbeskyttelse is no option: passed on"),
    c("ow31-da-outlook-android-to-tal-erfaring", "outlook_android", "Morten Skov",
      "Erfaring: 9 år i alt, heraf 4 i Eksempel Kommune\nTid: nogen, måske mere efter nytår",
      {"erfaring": "9", "tid": "Nogen"}, S1),
    c("ow31-da-apple-retter-sig-selv", "apple_mail", "Ida Lauridsen",
      "Interesser: PFAS, Luft, Klima\nTid: meget\n\nUps, ikke meget – nogen. Har lige set "
      "kalenderen for foråret.\n\nIda",
      {"interesser": "PFAS; Luft; Klima", "tid": "Nogen"}, {},
      note="corrects herself in the same mail: the later answer counts"),
    c("ow31-da-outlook-sekretaer-og-spoergsmaal", "outlook", "Anders Brix",
      "Hej tovholder\n\nTil skemaet: sæt mig gerne på som sekretær ved siden af "
      "høringstovholder.\n\nI øvrigt: ved du, om Miljøstyrelsen har sendt den nye "
      "PFAS-vejledning ud? Den blev vist nævnt på sidste møde.\n\n"
      + SIG_SHORT.format(name="Anders Brix"),
      {"funktioner": "Høringstovholder; Sekretær"}, S4, flagged=True,
      note="a question for the chair; PFAS there is no interest change"),
    c("ow31-da-owa-html-kryds-og-ord", "owa_html", "Tove Mikkelsen",
      "Har krydset af nedenfor. Tiden bliver nok større i år – sæt meget.",
      {"interesser": "Affald; Jord; Klima", "tid": "Meget"}, S3,
      edits=[("set", "[ ] Klima", "[x] Klima"), ("set", "[x] VVM", "[ ] VVM")]),
    c("ow31-da-gmail-en-linje-pr-svar", "gmail", "Lars Winther",
      "PFAS\nspildevandet\naffaldstilsyn\nsekretær, hvis der er brug for det\n12\nnogen",
      {"interesser": "PFAS; Spildevand; Affald", "funktioner": "Sekretær", "erfaring": "12",
       "tid": "Nogen"}, {}),
    c("ow31-da-thunderbird-bottom-ude-af-pfas-gruppen", "thunderbird_bottom", "Hanne Juul",
      "Ovenstående er stadig rigtigt, bortset fra at jeg er gået ud af PFAS-arbejdsgruppen. "
      "Erfaring nu 5 år.\n\nHanne",
      {"grupper": "Netværk for miljøtilsyn", "erfaring": "5"}, S2, unchanged=True),
    c("ow31-da-iphone-lugt-landbrug-ved-ikke", "iphone", "Søren Kvist",
      "Lugtgener og landbrug mest. Ved ikke helt med tid, det afhænger af min leder.",
      {}, {}, ask=["interesser", "tid"],
      note="lugt (Luft?) and landbrug are no options; time undecided: passed on, not guessed"),
    c("ow31-da-outlook-mac-alt-undtagen", "outlook_mac", "Marianne Friis",
      "Alle fagområder undtagen IE-direktivet og Power-to-X. Begge grupper. 25 år. Meget tid.",
      {"interesser": "PFAS; Spildevand; Affald; Støj; Luft; Jord; Klima; VVM", "grupper": BOTH,
       "erfaring": "25", "tid": "Meget"}, {}),
    c("ow31-da-gmail-android-foerste-svar", "gmail_android", "Camilla Storm",
      "Uændret bortset fra erfaringen – den er 14 år nu", {"erfaring": "14"}, S1,
      unchanged=True, note="first of two replies from the same member"),
    c("ow31-da-outlook-mac-html-toogtyve-mere-tid", "outlook_mac_html", "Bent Lykke",
      "Toogtyve år på området nu, og jeg kan nok give lidt mere tid end sidst.\n\nBent",
      {"erfaring": "22"}, S1, ask=["tid"],
      note="'lidt mere tid end sidst' is a change from Nogen, not the option Lidt: passed on"),
    c("ow31-da-gmail-android-glemte-jord", "gmail_android", "Camilla Storm",
      "Glemte lige i går: også Jord", {"interesser": "PFAS; Støj; Jord"}, S1,
      note="second reply of the round: adds to what is on file"),
    c("ow31-da-outlook-prefix-initialer-nitten", "outlook_prefix", "Peter Hougaard",
      "PH: nitten år nu\nPH: fjern Affald, det har Søren overtaget",
      {"erfaring": "19", "interesser": "PFAS"}, S4),
    c("ow31-da-android-formand-hvis-karen", "android", "Jens Bundgaard",
      "Formand kan jeg godt tage, hvis Karen fortsætter som sekretær. Ellers intet nyt.",
      {}, S1, unchanged=True, ask=["funktioner"],
      note="a condition on someone else: passed on"),
    c("ow31-da-outlook-html-andet-label", "outlook_html", "Grethe Munk",
      "Nej tak til høringstovholder fremover. Formand fortsætter jeg som.\n\n"
      "Andet: Flytter til teknisk forvaltning pr. 1. marts, men bliver i netværket\n\n"
      + SIG_KOMMUNE.format(name="Grethe Munk"),
      {"funktioner": "Formand",
       "andet": "Flytter til teknisk forvaltning pr. 1. marts, men bliver i netværket"}, S3),
    c("ow31-da-outlook-pil-som-kryds", "outlook", "Ulla Brandt",
      "Svar i skemaet.\n\n" + SIG_SHORT.format(name="Ulla Brandt"),
      {"tid": "Meget"}, S4, edits=[("set", "[x] Nogen", "[ ] Nogen"),
                                  ("set", "[ ] Meget", "[ ] Meget   (denne!)")]),
    c("ow31-da-iphone-og-og-grupper", "iphone", "Kasper Nørgaard",
      "Klima og støj, og så sidder jeg også i arbejdsgruppen om PFAS og netværket for "
      "miljøtilsyn. Har 6 år.",
      {"interesser": "Støj; Klima", "grupper": BOTH, "erfaring": "6"}, {}),
    c("ow31-da-owa-stort-set-som-sidste-aar", "owa", "Dorthe Eskildsen",
      "Stort set som sidste år, men Luft skal ud og PFAS ind.",
      {"interesser": "PFAS; Spildevand; Klima"}, S2, unchanged=True),
    c("ow31-da-gmail-skrevet-ind-i-skemaet", "gmail", "Michael Toft",
      "Svar i teksten nedenfor",
      {"funktioner": "Høringstovholder; Sekretær", "tid": "Lidt"}, S1,
      edits=[("add", "3. Funktioner", "-> også høringstovholder fra nytår"),
             ("add", "5. Tid", "lidt nu")]),
    c("ow31-en-outlook-ios-paa-dansk-skema", "outlook_ios", "Emma Clarke",
      "Please add wastewater. Time: much this year.",
      {"interesser": "PFAS; Spildevand; Støj", "tid": "Meget"}, S1,
      note="English reply to the Danish form"),
    # --- English form ----------------------------------------------------------------------
    c("ow31-en-gmail-please-add-as-before", "gmail", "Tom Hansen",
      "Please add PFAS and soil – we've had three new cases this autumn. Everything else as "
      "before.\n\nTom", {"interests": "PFAS; Wastewater; Noise; Soil"}, E1, lang="en",
      unchanged=True),
    c("ow31-en-iphone-not-much-time", "iphone", "Julia Wood",
      "Not much time this year I'm afraid, new baby in January. Happy to be secretary if "
      "needed though.", {"time": "Little", "functions": "Secretary"}, E2, lang="en"),
    c("ow31-en-outlook-climate-adaptation", "outlook", "Martin Reed",
      "Hi,\n\nI work mostly with air quality and climate adaptation, and a bit of EIA screening. "
      "Twenty-two years in total, the last five here. I'm in the inspection network. "
      "Time: some.\n\n" + SIG_EN.format(name="Martin Reed"),
      {"interests": "Air; Climate; EIA", "groups": "Inspection network", "experience": "22",
       "time": "Some"}, {}, lang="en"),
    c("ow31-en-thunderbird-hydrogen-odour", "thunderbird", "Fiona Grant",
      "Add hydrogen and odour. Drop chair, I can't commit to that any more.",
      {"functions": ""}, E1, lang="en", ask=["interests"],
      note="hydrogen and odour are no options (Power-to-X? Air?): passed on"),
    c("ow31-en-owa-absence-left-group", "owa", "Oliver Nash",
      "Sorry, I won't make the meeting on 14 December.\n\nFor the form: I've left the PFAS "
      "working group, otherwise unchanged.\n\nOliver",
      {"groups": "Inspection network"}, E2, lang="en", unchanged=True, flagged=True),
    c("ow31-en-android-next-week", "android", "Sophie Lane",
      "Thanks, I'll get back to you on this next week.", {}, E1, lang="en"),
    c("ow31-en-gmail-android-range", "gmail_android", "Daniel Price",
      "PFAS and IED. 15-20 years depending on how you count. Chair: no.",
      {"interests": "PFAS; IED", "functions": ""}, {}, lang="en", ask=["experience"],
      note="a range of years: passed on"),
]
