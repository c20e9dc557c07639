"""Unseen part 40: one ordinary autumn round of the competence form in a working group of about
30 municipal environment officers. Written blind (without reading the parser or its tests),
by hand; the expectations are a careful human secretary's and were never run against the
parser. People invented, at example.org."""

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
SIG_KOMMUNE, SIG_SHORT, SIG_EN = common.SIG_KOMMUNE, common.SIG_SHORT, common.SIG_EN
BOTH = common.BOTH

# sent profiles of this round (what the form showed pre-filled)
A = {"interesser": "Spildevand; Jord", "grupper": "Netværk for miljøtilsyn", "funktioner": "",
     "erfaring": "8", "tid": "Nogen"}
B = {"interesser": "PFAS; Støj; Luft", "grupper": "Arbejdsgruppe om PFAS",
     "funktioner": "Sekretær", "erfaring": "6", "tid": "Meget"}
C = {"interesser": "Spildevand; Affald", "grupper": "", "funktioner": "Høringstovholder",
     "erfaring": "21", "tid": "Lidt"}
D = {"interesser": "PFAS; Spildevand", "grupper": BOTH, "funktioner": "",
     "erfaring": "14", "tid": "Nogen"}
E = {"interesser": "Jord; Klima", "grupper": "Netværk for miljøtilsyn",
     "funktioner": "Formand", "erfaring": "17", "tid": "Nogen"}
F = {"interesser": "Spildevand; Luft", "grupper": "", "funktioner": "", "erfaring": "5",
     "tid": "Lidt"}
G = {"interesser": "PFAS", "grupper": "Arbejdsgruppe om PFAS", "funktioner": "",
     "erfaring": "2", "tid": "Nogen"}
EA = {"interests": "Wastewater; Noise", "groups": "Inspection network", "functions": "Chair",
      "experience": "20", "time": "Some"}
EB = {"interests": "Air; Climate", "groups": "Inspection network; PFAS working group",
      "functions": "", "experience": "10", "time": "Much"}
EC = {"interests": "Waste; EIA", "groups": "", "functions": "Secretary", "experience": "3",
      "time": "Little"}

CASES = [
    # --- Danish, short and routine ------------------------------------------------------------
    c("ow40-da-outlook-erfaring-et-aar-mere", "outlook", "Birgitte Holm Sørensen",
      "Hej\n\nErfaringen er nu 9 år, ellers er alt som sidst.\n\n" + SIG_KOMMUNE,
      {"erfaring": "9"}, A, unchanged=True),
    c("ow40-da-iphone-tak", "iphone", "Kasper Lund", "Tak", {}, B),
    c("ow40-da-gmail-klimatilpasning-skybrud", "gmail", "Mette Frandsen",
      "Hej\n\nTilføj gerne klimatilpasning – vi har lige fået et stort skybrudsprojekt på "
      "bordet.\n\nMvh Mette", {"interesser": "PFAS; Spildevand; Klima"}, D),
    c("ow40-da-owa-kryds-jord-og-lidt-tid", "owa", "Jonas Bech Kristiansen",
      "Har sat kryds ved jord. Jeg har desværre kun lidt tid resten af året, da vi mangler "
      "folk i afdelingen.\n\n" + SIG_SHORT,
      {"interesser": "PFAS; Støj; Luft; Jord", "tid": "Lidt"}, B,
      edits=[("set", "[ ] Jord", "[x] Jord")]),
    c("ow40-da-thunderbird-seksten-aar-sekretaer", "thunderbird", "Lone Vestergaard",
      "Hej tovholder\n\nJeg har efterhånden seksten års erfaring, og jeg vil gerne tage en tørn "
      "som sekretær, hvis I mangler en.\n\nHilsen Lone", {"erfaring": "16",
                                                         "funktioner": "Sekretær"}, F),
    c("ow40-da-android-uaendret-afbud-januar", "android", "Henrik Mølgaard",
      "Alt uændret fra min side. Jeg kan desværre ikke komme til mødet den 14. januar, "
      "vi har byrådsmøde samme dag.\n\nHenrik", {}, A, unchanged=True, flagged=True,
      note="absence from a meeting: for the chair"),
    c("ow40-da-outlook_ios-fjern-stoej-resten-passer", "outlook_ios", "Sanne Kjær",
      "Fjern støj, den opgave er flyttet over til Teknik og Byg. Resten passer stadig.",
      {"interesser": "PFAS; Luft"}, B, unchanged=True),
    c("ow40-da-apple_mail-i-alt-heraf-kommunen", "apple_mail", "Peter Damgaard",
      "Erfaring: 11 år i alt, men kun 3 af dem her i kommunen.\n\nVenlig hilsen\nPeter",
      {"erfaring": "11"}, {**C, "erfaring": "10"}, note="11 years on the area in all; the 3 are a subset"),
    c("ow40-da-gmail_android-jord-og-grundvand", "gmail_android", "Rikke Thomsen",
      "Tilføj jord. Jeg sidder også med grundvand og drikkevand, hvis det kan bruges til noget",
      {"interesser": "PFAS; Jord"}, G, ask=["interesser"],
      note="grundvand/drikkevand are no option"),
    c("ow40-da-outlook_mac-mere-luft-i-kalenderen", "outlook_mac", "Torben Ravn",
      "Hej\n\nJeg har fået mere luft i kalenderen efter omstruktureringen, så sæt mig gerne "
      "på meget.\n\n" + SIG_KOMMUNE, {"tid": "Meget"}, A,
      note="'luft i kalenderen' is not the subject Luft"),
    c("ow40-da-owa_html-ude-af-netvaerket", "owa_html", "Camilla Nørgaard",
      "Jeg er trådt ud af netværket for miljøtilsyn, men er stadig med i PFAS-gruppen.\n\n"
      + SIG_SHORT, {"grupper": "Arbejdsgruppe om PFAS"}, D),
    c("ow40-da-thunderbird_bottom-formand-hvis-ingen", "thunderbird_bottom", "Ole Villadsen",
      "Jeg stiller gerne op som formand, hvis ingen andre melder sig.\n\nOle", {}, C,
      ask=["funktioner"], note="a condition on the others"),
    c("ow40-da-iphone-kort-liste", "iphone", "Ditte Hvid",
      "Spildevand, affald og VVM. 22 år. Nogen tid.", {
          "interesser": "Spildevand; Affald; VVM", "erfaring": "22", "tid": "Nogen"}, C),
    c("ow40-da-outlook-rettet-i-skemaet", "outlook", "Jesper Overgaard",
      "Har kun rettet erfaringen.\n\n" + SIG_KOMMUNE, {"erfaring": "6"},
      {**F, "erfaring": "5"}, unchanged=True, edits=[("set", "Svar: 5", "Svar: 6")]),
    c("ow40-da-android-pfas-fylder-meget", "android", "Maja Skovgaard",
      "PFAS fylder meget for tiden, så skriv mig også på det emne.", {
          "interesser": "PFAS; Spildevand; Luft"}, F,
      note="'meget' is about PFAS, not about Tid"),
    c("ow40-da-gmail-andet-orlov-ellers-som-sidste-aar", "gmail", "Signe Laursen",
      "Hej\n\nAndet: Jeg er på orlov fra 1. februar til 1. maj.\n\nEllers som sidste år.\n\n"
      "Signe", {"andet": "Jeg er på orlov fra 1. februar til 1. maj."}, E, unchanged=True),
    c("ow40-da-outlook_android-hoeringerne-igen", "outlook_android", "Michael Brandt",
      "Jeg tager gerne høringerne igen i år.", {"funktioner": "Høringstovholder"}, A),
    c("ow40-da-apple_forward-elektrolyse-ptx", "apple_forward", "Anders Thygesen",
      "Vi har fået en ansøgning om et elektrolyseanlæg, så jeg vil gerne følge Power-to-X. "
      "Tid er den samme.", {"interesser": "Jord; Klima; Power-to-X"}, E),
    c("ow40-da-owa-ikke-sekretaer-men-hoering", "owa", "Lærke Dam",
      "Jeg kan ikke være sekretær mere — men gerne høringstovholder. 7 år nu.\n\nLærke",
      {"funktioner": "Høringstovholder", "erfaring": "7"}, B),
    c("ow40-da-outlook_html-stoej-og-lugt", "outlook_html", "Niels Krogh",
      "Hej\n\nJeg har fået både støj og lugt fra landbruget ind over skrivebordet i år.\n\n"
      + SIG_KOMMUNE, {"interesser": "Støj; Jord; Klima"}, E, ask=["interesser"],
      note="lugt: no option; not confidently Luft"),
    c("ow40-da-gmail_android-pil-ved-meget", "gmail_android", "Karina Juhl",
      "Har markeret tiden", {"tid": "Meget"}, G,
      edits=[("set", "[ ] Meget", "[ ] Meget  <= den her")]),
    c("ow40-da-iphone-affald-i-stedet-for-spildevand", "iphone", "Martin Hougaard",
      "Resten kan blive stående, men jeg er gået over til affaldstilsyn i stedet for "
      "spildevand", {"interesser": "Affald; Luft"}, F, unchanged=True),
    c("ow40-da-outlook_prefix-nogen-ny-kollega", "outlook_prefix", "Pia Rasmussen",
      "Sæt mig ned til nogen tid, vi har fået en ny kollega på tilsyn. Ellers uændret.\n\n"
      "/Pia", {"tid": "Nogen"}, B, unchanged=True),
    c("ow40-da-thunderbird-ie-og-tilsynsnetvaerket", "thunderbird", "Rasmus Ebbesen",
      "IE-virksomhederne fylder mere og mere hos os, så tilføj IE-direktivet. Og så er jeg "
      "kommet med i tilsynsnetværket.\n\nRasmus",
      {"interesser": "Spildevand; Affald; IE-direktivet", "grupper": "Netværk for miljøtilsyn"},
      C),
    # --- English ---------------------------------------------------------------------------
    c("ow40-en-outlook-add-pfas-fire-station", "outlook", "Daniel Hartmann",
      "Hi,\n\nPlease add PFAS - we've just started sampling around the old fire station. "
      "Otherwise no change.\n\n" + SIG_EN, {"interests": "PFAS; Wastewater; Noise"}, EA,
      lang="en", unchanged=True),
    c("ow40-en-gmail-twenty-one-years", "gmail", "Sofia Marquez Nielsen",
      "Experience is now twenty-one years, time the same.\n\nSofia",
      {"experience": "21"}, EA, lang="en"),
    c("ow40-en-iphone-secretary-if-needed", "iphone", "Thomas Wilde",
      "I can be secretary if needed. Not much time this autumn though.",
      {"functions": "Secretary", "time": "Little"}, EB, lang="en"),
    c("ow40-en-thunderbird-leaving-municipality", "thunderbird", "Emma Clarke",
      "Hello,\n\nI'm leaving the municipality at the end of January, so please take me off "
      "the list.\n\nBest,\nEmma", {}, EC, lang="en", flagged=True,
      note="leaving the group: for the chair"),
    c("ow40-en-owa-groundwater-and-soil", "owa", "Lukas Brenner",
      "Mostly groundwater protection and contaminated soil these days.\n\n" + SIG_EN,
      {"interests": "Air; Soil; Climate"}, EB, lang="en", ask=["interests"],
      note="groundwater is no option; 'mostly' may mean Air/Climate are gone"),
    c("ow40-en-outlook_ios-step-down-after-this-year", "outlook_ios", "Hannah Moss",
      "I'd like to step down as chair after this year - happy to stay on as an ordinary "
      "member. 22 years.", {"experience": "22"}, EA, lang="en", ask=["functions"],
      note="'after this year': when?"),
    c("ow40-en-apple_mail-some-time-four-years", "apple_mail", "Oliver Grant",
      "Some time, yes. 4 years.\n\nOliver", {"time": "Some", "experience": "4"}, EC,
      lang="en"),
    c("ow40-en-android-danish-form-leave-pfas-group", "android", "Jamie Walsh",
      "Please remove me from the PFAS group, I've got too much on. Everything else is fine.",
      {"grupper": "Netværk for miljøtilsyn"}, D, unchanged=True,
      note="English reply on the Danish form"),
]
