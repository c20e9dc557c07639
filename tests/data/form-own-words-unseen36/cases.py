"""Part 36 of the unseen own-words form replies (issue 14): one ordinary spring round in a
working group of 30 municipal environment officers. Written blind, by hand: what a careful human
secretary records. People invented, at example.org."""

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
S1, S2, S3, S4, E1, E2 = (_common.S1, _common.S2, _common.S3, _common.S4, _common.E1,
                          _common.E2)
SIG_KOMMUNE, SIG_SHORT, SIG_EN = _common.SIG_KOMMUNE, _common.SIG_SHORT, _common.SIG_EN

CASES = [
    # --- Danish, mostly short and routine ------------------------------------------------------
    c("ow36-da-outlook-lidt-tid-ellers-som-sidst", "outlook", "Rikke Vestergaard",
      "Hej\n\nJeg er gået ned på 30 timer om ugen, så sæt mig på lidt tid i år. Alt andet er som "
      "sidst.\n\n" + SIG_KOMMUNE,
      {"tid": "Lidt"}, sent=S1, unchanged=True),
    c("ow36-da-iphone-bare-tak", "iphone", "Anders Kjærgaard", "Tak!", {}, sent=S4),
    c("ow36-da-gmail-punktum-og-bindestreg", "gmail", "Birgitte Holm",
      "Jord, PFAS og klima. 14 år - og nogen tid, men ikke meget.\n\nHilsen\nBirgitte",
      {"interesser": "PFAS; Jord; Klima", "erfaring": "14", "tid": "Nogen"}, sent={}),
    c("ow36-da-owa-fjern-stoej-kollega", "owa", "Jesper Lauridsen",
      "Hej\n\nFjern støj fra min liste, det er overgået til en ny kollega i Teknik og Miljø. "
      "Resten står fint.\n\n" + SIG_SHORT,
      {"interesser": "PFAS"}, sent=S1, unchanged=True),
    c("ow36-da-outlook_ios-hoeringstovholder-igen", "outlook_ios", "Camilla Dahl",
      "Sæt mig gerne på som høringstovholder igen - det gik fint sidste år.\n\nMvh Camilla",
      {"funktioner": "Høringstovholder; Sekretær"}, sent=S1),
    c("ow36-da-thunderbird-seksogtyve-heraf-ni", "thunderbird", "Poul Erik Bach",
      "Hej tovholder\n\nJeg arbejder mest med spildevandet og lidt med jord. Har været i faget "
      "i seksogtyve år, heraf ni her i kommunen.\nTid: meget i foråret, mindre efter "
      "sommerferien.\n\nPoul Erik",
      {"interesser": "Spildevand; Jord", "erfaring": "26"}, sent={}, ask=["tid"],
      note="two numbers: total years in the field; time depends on the season"),
    c("ow36-da-android-kryds-og-netvaerket", "android", "Lene Skov",
      "Har sat kryds ved PFAS. Jeg er også kommet med i netværket for miljøtilsyn siden sidst.",
      {"interesser": "PFAS; Affald; Jord; VVM", "grupper": "Netværk for miljøtilsyn"}, sent=S3,
      edits=[("set", "[ ] PFAS", "[x] PFAS")]),
    c("ow36-da-outlook_mac-intet-nyt-men-afbud", "outlook_mac", "Mads Thygesen",
      "Hej\n\nIngen kommentarer til skemaet, intet nyt fra mig i år. Men jeg kan desværre ikke "
      "komme til mødet i marts, da jeg er på kursus i Aarhus.\n\nVh Mads",
      {}, sent=S2, unchanged=True, flagged=True, note="absence from a meeting"),
    c("ow36-da-gmail_android-jordforurening-grundvand", "gmail_android", "Sofie Brandt",
      "Primært jordforurening og grundvandsbeskyttelse, plus PFAS. Har ikke meget tid, så lidt.",
      {"interesser": "PFAS; Jord", "tid": "Lidt"}, sent={}, ask=["interesser"],
      note="groundwater protection is no option"),
    c("ow36-da-apple_mail-andet-fastansat", "apple_mail", "Henriette Møller",
      "Hej\n\nMit barselsvikariat er blevet til en fast stilling. Andet: Fastansat fra 1. marts.\n"
      "Og sæt tid til nogen.\n\nHenriette",
      {"andet": "Fastansat fra 1. marts.", "tid": "Nogen"}, sent=S2),
    c("ow36-da-outlook_html-pension", "outlook_html", "Kurt Villadsen",
      "Kære alle\n\nJeg går på pension til sommer, så I kan tage mig af listen. Tak for mange gode "
      "år i gruppen.\n\n" + SIG_KOMMUNE,
      {}, sent=S3, flagged=True, note="leaving the group"),
    c("ow36-da-owa_html-klimatilpasning-affaldstilsyn", "owa_html", "Trine Overgaard",
      "Jeg laver nu også klimatilpasning ved siden af affaldstilsynet. Erfaring: 9 år nu. Og så "
      "har jeg meget tid nu, hvor vores store projekt er afsluttet.\n\n" + SIG_SHORT,
      {"interesser": "PFAS; Affald; Klima", "erfaring": "9", "tid": "Meget"}, sent=S4),
    c("ow36-da-iphone-kort-pfas-gruppen", "iphone", "Nikolaj Friis",
      "PFAS, spildevand og støj. Med i PFAS-gruppen. 5 år. Nogen tid",
      {"interesser": "PFAS; Spildevand; Støj", "grupper": "Arbejdsgruppe om PFAS",
       "erfaring": "5", "tid": "Nogen"}, sent={}),
    c("ow36-da-thunderbird_bottom-rettet-i-skemaet", "thunderbird_bottom", "Ulla Krogh",
      "Rettet i skemaet ovenfor. Ellers uændret.\n\nUlla",
      {"interesser": "PFAS; Luft", "erfaring": "13"}, sent=S1, unchanged=True,
      edits=[("set", "[x] Støj", "[ ] Støj"), ("set", "[ ] Luft", "[x] Luft"),
             ("set", "Svar: 12", "Svar: 13")]),
    c("ow36-da-outlook_android-brint-og-ptx", "outlook_android", "Søren Mikkelsen",
      "Tilføj brint og Power-to-X. Vi har fået et stort anlæg i kommunen",
      {"interesser": "PFAS; Affald; Power-to-X"}, sent=S4, ask=["interesser"],
      note="brint is no option of its own"),
    c("ow36-da-gmail-slippe-sekretaer-formand", "gmail", "Maria Lindholm",
      "Hej\n\nJeg vil gerne slippe for sekretærrollen, men kan godt være formand hvis der er brug "
      "for det. Resten er som før.\n\nMaria",
      {"funktioner": "Formand"}, sent=S1, unchanged=True),
    c("ow36-da-outlook_prefix-svar-inde-i-skemaet", "outlook_prefix", "Jens Aagaard",
      "Svar inde i skemaet.\n\n" + SIG_SHORT,
      {"erfaring": "21"}, sent=S3, ask=["tid"],
      edits=[("set", "Svar: 20", "Svar: 21"),
             ("add", "5. Tid:", "Et sted mellem lidt og nogen - afhænger af byggesagerne")],
      note="a range of time amounts"),
    c("ow36-da-iphone-luft-i-stedet-for-klima", "iphone", "Karina Bundgaard",
      "Klima er ikke mit område længere, jeg har fået luft og støj i stedet. Ellers som sidst",
      {"interesser": "Spildevand; Støj; Luft"}, sent=S2, unchanged=True),
    c("ow36-da-owa-orlov-andet", "owa", "Louise Kristiansen",
      "Hej\n\nJeg skal på forældreorlov fra august til januar, så sæt mig ned til lidt tid.\n"
      "Andet: orlov aug.–jan.\n\n" + SIG_KOMMUNE,
      {"tid": "Lidt", "andet": "orlov aug.–jan."}, sent=S4),
    c("ow36-da-apple_mail-tolv-aar-fravalgt-netvaerk", "apple_mail", "Morten Steffensen",
      "Erfaring er nu tolv år. Jeg har meldt mig ud af tilsynsnetværket - for mange møder.",
      {"erfaring": "12", "grupper": "Arbejdsgruppe om PFAS"}, sent=S2),
    c("ow36-da-outlook-som-kollega", "outlook", "Hanne Bjerre",
      "Hej\n\nSkriv det samme som Lars Pedersen har, vi sidder med de samme sager.\n\n"
      + SIG_SHORT,
      {}, sent={}, flagged=True, note="asks to copy someone else's answers"),
    c("ow36-da-gmail_android-tid-pil", "gmail_android", "Rasmus Hald",
      "Kun tiden er ændret, resten passer.",
      {"tid": "Meget"}, sent=S1, unchanged=True,
      edits=[("set", "[x] Nogen", "[ ] Nogen", "5. Tid:"),
             ("set", "[ ] Meget", "[ ] Meget  <-- denne", "5. Tid:")]),
    # --- English -------------------------------------------------------------------------------
    c("ow36-en-gmail-add-soil-drop-noise", "gmail", "Peter Winther",
      "Hi,\n\nPlease add soil and PFAS, and take noise off my list - that moved to a colleague.\n"
      "Otherwise as before.\n\nPeter",
      {"interests": "PFAS; Wastewater; Soil"}, sent=E1, lang="en", unchanged=True),
    c("ow36-en-outlook-secretary-if-needed", "outlook", "Julie Carstensen",
      "Hi\n\nI could be secretary if needed. Time is a bit tight this year, so put me down as "
      "little.\n\n" + SIG_EN,
      {"functions": "Secretary", "time": "Little"}, sent=E2, lang="en"),
    c("ow36-en-iphone-get-back", "iphone", "Thomas Ravn",
      "Thanks, I'll get back to you next week.", {}, sent={}, lang="en"),
    c("ow36-en-thunderbird-fifteen-six-here", "thunderbird", "Ida Nørgaard",
      "Hello\n\nWastewater and air quality, mostly permits and inspections. Fifteen years in "
      "total, six of them here. Some time.\n\nBest, Ida",
      {"interests": "Wastewater; Air", "experience": "15", "time": "Some"}, sent={}, lang="en"),
    c("ow36-en-outlook_ios-groundwater-pfas-group", "outlook_ios", "Emil Sandberg",
      "Add groundwater please. And I've joined the PFAS group.",
      {"groups": "Inspection network; PFAS working group"}, sent=E1, lang="en",
      ask=["interests"], note="groundwater is no option"),
    c("ow36-en-owa-ticked-chair-leaving-network", "owa", "Freja Holt",
      "Ticked chair. I'm leaving the inspection network, no time for both. Rest unchanged.\n\n"
      + SIG_EN,
      {"functions": "Chair", "groups": "PFAS working group"}, sent=E2, lang="en",
      unchanged=True, edits=[("set", "[ ] Chair", "[x] Chair")]),
    c("ow36-en-android-time-depends", "android", "Oliver Dam",
      "Noise, air and EIA. 22 years. Much time after the reorganisation is done, not much "
      "before then.",
      {"interests": "Noise; Air; EIA", "experience": "22"}, sent={}, lang="en", ask=["time"],
      note="time depends on when"),
    c("ow36-en-outlook_mac-nothing-changed-april", "outlook_mac", "Sarah Lund",
      "Nothing has changed for me. I won't make the April meeting though, sorry.\n\nSarah",
      {}, sent=E1, lang="en", unchanged=True, flagged=True, note="absence from a meeting"),
    c("ow36-en-gmail_android-danish-form", "gmail_android", "Daniel Frost",
      "Sorry for English - please remove VVM and add climate. Everything else stays the same.",
      {"interesser": "Affald; Jord; Klima"}, sent=S3, unchanged=True,
      note="English on the Danish form"),
]
