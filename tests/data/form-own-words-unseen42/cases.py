"""Blind part 42: one ordinary spring round of competence-form replies, in members' own words.
Written by hand, without reading the parser; expectations are a careful human secretary's.
People invented, at example.org."""

from __future__ import annotations

import importlib.util
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]  # tests/data/<this folder>/
_spec = importlib.util.spec_from_file_location(
    "own_words_common", ROOT / "tests" / "data" / "form-own-words" / "common.py")
cm = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(cm)

c, S1, S2, S3, S4, E1, E2 = cm.c, cm.S1, cm.S2, cm.S3, cm.S4, cm.E1, cm.E2
SIG_KOMMUNE, SIG_SHORT, SIG_EN = cm.SIG_KOMMUNE, cm.SIG_SHORT, cm.SIG_EN

DA = [
    c("ow42-da-outlook-klimatilpasning", "outlook", "Birgitte Holm",
      "Hej\n\nJeg er begyndt at arbejde med klimatilpasning, så sæt gerne Klima på. "
      "Ellers uændret.\n\n" + SIG_KOMMUNE,
      {"interesser": "PFAS; Støj; Klima"}, S1, unchanged=True),
    c("ow42-da-iphone-ni-aar", "iphone", "Kasper Lund",
      "9 år nu 🙂 resten passer stadig\n\nMvh Kasper",
      {"erfaring": "9"}, S4, unchanged=True),
    c("ow42-da-gmail-lidt-sygdom", "gmail", "Signe Bach",
      "Hej\n\nJeg har desværre kun lidt tid i foråret, da vi er ramt af sygdom i teamet.\n\n"
      "Hilsen Signe",
      {"tid": "Lidt"}, S2),
    c("ow42-da-thunderbird-pfas-gruppe", "thunderbird", "Henrik Vestergaard",
      "Hej\n\nJeg er kommet med i arbejdsgruppen om PFAS siden sidst og vil gerne have PFAS med "
      "under fagområder. Resten er som før.\n\n" + SIG_SHORT,
      {"grupper": "Arbejdsgruppe om PFAS", "interesser": "PFAS; Affald; Jord; VVM"}, S3,
      unchanged=True),
    c("ow42-da-outlook_ios-fjern-formand", "outlook_ios", "Lone Dalgaard",
      "Fjern mig som formand – jeg har været det i fire år, og det er nogen andens tur. "
      "Høringstovholder fortsætter jeg gerne med.\n\nLone",
      {"funktioner": "Høringstovholder"}, S3),
    c("ow42-da-owa-seksten-heraf-tre", "owa", "Mikkel Søndergaard",
      "Erfaring: seksten år (heraf tre her i kommunen)\n\n" + SIG_KOMMUNE,
      {"erfaring": "16"}, S1),
    c("ow42-da-android-spildevandet", "android", "Rikke Thomsen",
      "Jeg har overtaget spildevandet efter Ole, så det skal med. Affald er jeg ude af.\n\nRikke",
      {"interesser": "PFAS; Spildevand"}, S4),
    c("ow42-da-gmail_android-tak", "gmail_android", "Jens Kirkegaard", "Tak", {}, S1),
    c("ow42-da-apple_mail-kursus-fravaer", "apple_mail", "Pernille Juhl",
      "Hej\n\nAlt er som sidst. Jeg kan i øvrigt ikke deltage i mødet den 12. marts, da jeg er "
      "på kursus.\n\nVenlig hilsen\nPernille Juhl",
      {}, S1, unchanged=True, flagged=True),
    c("ow42-da-outlook_mac-grundvand", "outlook_mac", "Anders Friis",
      "Hej\n\nDu kan tilføje grundvand og drikkevand, det fylder meget for mig i år. Og så har "
      "jeg 14 års erfaring nu.\n\n" + SIG_SHORT,
      {"erfaring": "14"}, S1, ask=["interesser"]),
    c("ow42-da-outlook-kryds-og-lidt", "outlook", "Tina Mortensen",
      "Har sat kryds ved jord. Tiden er nok mere lidt end nogen i år, da jeg har fået mange "
      "sager.\n\n" + SIG_KOMMUNE,
      {"interesser": "PFAS; Affald; Jord", "tid": "Lidt"}, S4,
      edits=[("set", "[ ] Jord", "[x] Jord")]),
    c("ow42-da-iphone-sekretaer-hvis", "iphone", "Morten Bech",
      "Sekretær kan jeg godt tage, hvis der ikke er andre der melder sig. Ellers intet nyt",
      {"funktioner": "Sekretær"}, S2, unchanged=True),
    c("ow42-da-thunderbird_bottom-linjer", "thunderbird_bottom", "Camilla Kjær",
      "Interesser: støj, luft og lugtgener\nNetværket for miljøtilsyn\n22 år\n"
      "Nogen tid\n\nCamilla",
      {"interesser": "Støj; Luft", "grupper": "Netværk for miljøtilsyn", "erfaring": "22",
       "tid": "Nogen"}, {}, ask=["interesser"]),
    c("ow42-da-owa_html-andet-label", "owa_html", "Søren Pedersen",
      "Andet: Jeg er blevet certificeret miljøkoordinator i efteråret.\n\n" + SIG_KOMMUNE,
      {"andet": "Jeg er blevet certificeret miljøkoordinator i efteråret."}, S4),
    c("ow42-da-outlook_android-tid-meget", "outlook_android", "Ida Rasmussen",
      "Tid: meget. Resten ok\n\nIda", {"tid": "Meget"}, S1, unchanged=True),
    c("ow42-da-gmail-siden-aarstal", "gmail", "Ulrik Nørgaard",
      "Hej\n\nJeg har været miljømedarbejder siden 2015.\n\nUlrik", {}, S2, ask=["erfaring"]),
    c("ow42-da-outlook_html-affaldstilsyn", "outlook_html", "Hanne Laursen",
      "Jeg har fået affaldstilsynet oveni, så affald skal med – og støj kan fjernes, det har "
      "Mette overtaget.\n\n" + SIG_KOMMUNE,
      {"interesser": "PFAS; Affald"}, S1),
    c("ow42-da-iphone-pension", "iphone", "Poul Erik Madsen",
      "Jeg stopper i gruppen til sommer, når jeg går på pension, så I skal ikke regne med mig "
      "til nye opgaver. Indtil da er alt som før.",
      {}, S3, unchanged=True, flagged=True),
    c("ow42-da-outlook-ie-og-ptx", "outlook", "Louise Brandt",
      "Hej\n\nJeg arbejder mest med industrimiljø og IE-virksomheder nu. Power-to-X-anlægget "
      "ved Eksempelby er også landet hos mig.\n\n" + SIG_KOMMUNE,
      {"interesser": "PFAS; Affald; IE-direktivet; Power-to-X"}, S4, ask=["interesser"]),
    c("ow42-da-gmail_android-to-tal", "gmail_android", "Nikolaj Winther",
      "Jeg har 11 års erfaring i alt, 5 af dem i Eksempel Kommune. Tid: nogen.",
      {"erfaring": "11", "tid": "Nogen"}, {}),
    c("ow42-da-outlook_mac_html-ude-af-netvaerket", "outlook_mac_html", "Marianne Krogh",
      "Jeg er ude af netværket, men bliver i PFAS-gruppen.\n\n" + SIG_SHORT,
      {"grupper": "Arbejdsgruppe om PFAS"}, S2),
    c("ow42-da-owa-deler-stilling", "owa", "Line Gregersen",
      "Jeg deler stilling med Karin Dam, så I kan bare bruge hendes svar for mit vedkommende."
      "\n\n" + SIG_SHORT,
      {}, S1, flagged=True),
    c("ow42-da-thunderbird-kryds-enogtyve", "thunderbird", "Torben Skov",
      "Har rettet fagområderne. Erfaringen skal være enogtyve år nu.\n\nTorben",
      {"interesser": "Affald; Jord; Klima", "erfaring": "21"}, S3,
      edits=[("set", "[ ] Klima", "[x] Klima"), ("set", "[x] VVM", "[ ] VVM")]),
    c("ow42-da-outlook_ios-english-on-danish", "outlook_ios", "Sarah Kristensen",
      "Sorry for the English – please take me off the PFAS group and add air pollution to my "
      "areas.\n\nSarah",
      {"grupper": "", "interesser": "PFAS; Støj; Luft"}, S1),
]

EN = [
    c("ow42-en-gmail-add-pfas", "gmail", "Jonas Holt",
      "Hi,\n\nPlease add PFAS, we've had a couple of cases with firefighting foam this winter. "
      "Everything else as before.\n\nJonas",
      {"interests": "PFAS; Wastewater; Noise"}, E1, unchanged=True),
    c("ow42-en-outlook-secretary-little", "outlook", "Maria Olsen",
      "Hi\n\nI could be secretary if needed, but not chair. Time is a bit tighter this year, so "
      "put me down for little.\n\n" + SIG_EN,
      {"functions": "Secretary", "time": "Little"}, E2),
    c("ow42-en-iphone-twenty-three", "iphone", "Peter Hviid",
      "Twenty-three years now. Otherwise no changes.",
      {"experience": "23"}, E1, unchanged=True),
    c("ow42-en-owa-groundwater-team", "owa", "Emma Nyborg",
      "I've moved to the groundwater team, so air is no longer mine – climate I keep.\n\n"
      + SIG_EN,
      {"interests": "Climate"}, E2, ask=["interests"]),
    c("ow42-en-android-march-leave", "android", "Oliver Grøn",
      "Sorry, I won't make the March meeting - on leave. Form is fine as it is.",
      {}, E1, unchanged=True, flagged=True),
    c("ow42-en-thunderbird_bottom-lines", "thunderbird_bottom", "Julie Schmidt",
      "Soil, wastewater and EIA\nInspection network\n7 years\nSome time\n"
      "Other: I speak German if we need contact with Schleswig-Holstein authorities.\n\nJulie",
      {"interests": "Wastewater; Soil; EIA", "groups": "Inspection network", "experience": "7",
       "time": "Some",
       "other": "I speak German if we need contact with Schleswig-Holstein authorities."}, {}),
    c("ow42-en-apple_mail-chair-maybe", "apple_mail", "David Lindholm",
      "Much the same as last year. I might take over as chair after the summer, but let's talk "
      "about it at the meeting.\n\nDavid",
      {}, E2, unchanged=True, ask=["functions"]),
    c("ow42-en-gmail_android-range", "gmail_android", "Freja Storm",
      "Somewhere between 15 and 20 years, depending on how you count. Some time, as before.",
      {"time": "Some"}, E1, ask=["experience"]),
]
for _case in EN:
    _case["lang"] = "en"

CASES = DA + EN
