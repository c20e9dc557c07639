"""Blind part 32 of the own-words form replies (issue 14): one winter round, a year after the
last, in a working group of 30 municipal environment officers. Written by hand without reading
the parser; the expectations are what a careful human secretary records. People invented, at
example.org."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "form-own-words"))

from common import SIG_EN, SIG_KOMMUNE, SIG_SHORT, c  # noqa: E402

# last year's answers, shown pre-filled in this round's form
PA = {"interesser": "Spildevand; Jord", "grupper": "Netværk for miljøtilsyn", "funktioner": "",
      "erfaring": "6", "tid": "Nogen"}
PB = {"interesser": "Affald; Støj; Luft", "grupper": "", "funktioner": "Sekretær",
      "erfaring": "14", "tid": "Lidt"}
PC = {"interesser": "PFAS; Jord; Klima",
      "grupper": "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS",
      "funktioner": "Høringstovholder", "erfaring": "9", "tid": "Meget"}
PD = {"interesser": "Luft; IE-direktivet; Power-to-X", "grupper": "Netværk for miljøtilsyn",
      "funktioner": "Formand", "erfaring": "22", "tid": "Nogen"}
PD2 = {**PD, "funktioner": "", "erfaring": "26"}
PE = {"interesser": "Spildevand; Klima; VVM", "grupper": "", "funktioner": "", "erfaring": "2",
      "tid": "Lidt", "andet": "Deltid (30 t/uge)"}
PF = {"interesser": "Jord; Klima", "grupper": "Arbejdsgruppe om PFAS", "funktioner": "",
      "erfaring": "11", "tid": "Lidt"}
PG = {"interesser": "Luft; VVM; Power-to-X", "grupper": "", "funktioner": "Høringstovholder",
      "erfaring": "7", "tid": "Nogen"}
PH = {"interesser": "Spildevand; Støj", "grupper": "Netværk for miljøtilsyn",
      "funktioner": "Formand; Høringstovholder", "erfaring": "22", "tid": "Nogen"}

QA = {"interests": "Soil; EIA", "groups": "Inspection network", "functions": "Secretary",
      "experience": "5", "time": "Some"}
QB = {"interests": "PFAS; Wastewater; Climate", "groups": "PFAS working group", "functions": "",
      "experience": "11", "time": "Little"}
QC = {"interests": "Noise; Air; IED", "groups": "", "functions": "Chair; Consultation coordinator",
      "experience": "17", "time": "Much"}

CASES = [
    # --- Danish form, Danish words -------------------------------------------------------
    c("ow32-da-outlook-ny-stilling-meget-tid", "outlook", "Ulla Rasmussen",
      "Hej\n\nJeg er skiftet til en ny stilling i tilsynsafdelingen pr. 1. oktober, så jeg har "
      "faktisk mere tid nu – sæt mig på meget.\nStøj har jeg ikke længere, det ligger hos "
      "planafdelingen nu. Resten er som sidste år.\n\n" + SIG_KOMMUNE,
      {"interesser": "Affald; Luft", "tid": "Meget"}, PB, unchanged=True),

    c("ow32-da-iphone-tak-modtaget", "iphone", "Trine Kofoed",
      "Tak, modtaget 👍", {}, PA),

    c("ow32-da-gmail-android-ingen-kommentarer", "gmail_android", "Jonas Elmgaard",
      "Ingen kommentarer herfra – alt står som det skal.\n\nMvh\nJonas", {}, PA,
      unchanged=True),

    c("ow32-da-owa-barsel-lidt-tid", "owa", "Sofie Kjær",
      "Hej\n\nPga. barsel fra februar har jeg kun lidt tid i år. Høringstovholder må en anden "
      "tage sig af imens. Erfaring er nu 10 år.\nAlt andet står ved magt.\n\nHilsen Sofie",
      {"funktioner": "", "erfaring": "10", "tid": "Lidt"}, PC, unchanged=True),

    c("ow32-da-thunderbird-ny-i-gruppen", "thunderbird", "Nanna Holst",
      "Hej\n\nJeg er ny i gruppen siden sommer og afløser Bent i Esbjerg. Jeg arbejder mest med "
      "spildevand og jord, og lidt med PFAS omkring brandøvelsespladser. Har været "
      "miljømedarbejder i fire år, heraf et år her i kommunen.\nJeg er med i netværket for "
      "miljøtilsyn.\nTid: nogen.\nSekretær vil jeg gerne være, hvis der er brug for det.\n\n"
      "Venlig hilsen\nNanna",
      {"interesser": "PFAS; Spildevand; Jord", "grupper": "Netværk for miljøtilsyn",
       "funktioner": "Sekretær", "erfaring": "4", "tid": "Nogen"}, {}),

    c("ow32-da-outlook-ios-ude-af-pfas-gruppen", "outlook_ios", "Rasmus Vinther",
      "Jeg er ude af PFAS-arbejdsgruppen, den blev lukket efter projektet. Ellers uændret.\n\n"
      "Rasmus",
      {"grupper": "Netværk for miljøtilsyn"}, PC, unchanged=True),

    c("ow32-da-gmail-rettet-i-andet", "gmail", "Camilla Dahl",
      "Erfaring er nu tre år, og jeg kan godt tage lidt mere end sidst, så skriv nogen tid. "
      "Har rettet i Andet nedenfor.\n\nCamilla",
      {"erfaring": "3", "tid": "Nogen", "andet": "Fuld tid igen fra 1. januar"}, PE,
      edits=[("set", "Svar: Deltid (30 t/uge)", "Svar: Fuld tid igen fra 1. januar")]),

    c("ow32-da-apple-omorganisering", "apple_mail", "Henrik Brandt",
      "Hej\n\nEfter omorganiseringen er jeg blevet afdelingsleder, så formand kan jeg ikke være "
      "igen. IE-anlæggene og Power-to-X har jeg stadig, luft er gået videre til en kollega.\n"
      "Tid: lidt\n23 års erfaring nu.\n\nHenrik",
      {"interesser": "IE-direktivet; Power-to-X", "funktioner": "", "erfaring": "23",
       "tid": "Lidt"}, PD),

    c("ow32-da-android-lugt-og-vibrationer", "android", "Kirsten Lauridsen",
      "Tilføj gerne lugt og vibrationer til mine områder. Erfaring 15 år nu.\n\nKirsten",
      {"erfaring": "15"}, PB, ask=["interesser"]),

    c("ow32-da-outlook-mac-kryds-affald-jord-ud", "outlook_mac", "Jonas Bech",
      "Jeg har krydset affald af, det er kommet til med de nye affaldsordninger. Jord skal ud – "
      "jeg har ikke haft en jordsag i over et år. Erfaring 7.\n\nVh Jonas",
      {"interesser": "Spildevand; Affald", "erfaring": "7"}, PA,
      edits=[("set", "[ ] Affald", "[x] Affald")]),

    c("ow32-da-owa-html-hoeringer-nogen-tid", "owa_html", "Mette Friis",
      "Hej\n\nJeg fortsætter gerne som høringstovholder, især nu hvor der kommer mange "
      "PFAS-høringer. Meget tid er nok for optimistisk i år – nogen er mere ærligt.\n\n"
      "Klima har jeg droppet.\n\nVh Mette",
      {"interesser": "PFAS; Jord", "funktioner": "Høringstovholder", "tid": "Nogen"}, PC),

    c("ow32-da-iphone-syvogtyve", "iphone", "Lars Kragh",
      "Stadig det samme, bortset fra erfaring: syvogtyve år nu 😊",
      {"erfaring": "27"}, PD2, unchanged=True),

    c("ow32-da-outlook-android-spildevandet-ptx-biogas", "outlook_android", "Amalie Skov",
      "Hej. Ny her. Jeg sidder med spildevandet og tilsyn med biogas- og PtX-anlæg. 5 år som "
      "sagsbehandler, 2 af dem i Vejen Kommune. Har ikke ret meget tid, desværre.",
      {"interesser": "Spildevand; Power-to-X", "erfaring": "5", "tid": "Lidt"}, {},
      ask=["interesser"]),

    c("ow32-da-thunderbird-bottom-skrevet-ind", "thunderbird_bottom", "Poul Eskildsen",
      "Svar skrevet ind ovenfor.\n\nHilsen Poul",
      {"interesser": "Affald; Støj; Luft; Jord", "erfaring": "15"}, PB,
      edits=[("add", "1. Interesser", "Nu også jord (jordflytning)"),
             ("add", "Svar: 14", "15 nu"),
             ("add", "5. Tid", "Samme som sidst")]),

    c("ow32-da-gmail-foerste-gang-punktum", "gmail", "Sebastian Lund",
      "Hej\n\nKlima og PFAS – og lidt støj. otte år i faget. Kan tage sekretær, men ikke "
      "formand.\nMeget travlt for tiden, så lidt tid.\n\nSebastian",
      {"interesser": "PFAS; Støj; Klima", "funktioner": "Sekretær", "erfaring": "8",
       "tid": "Lidt"}, {}),

    c("ow32-da-outlook-prefix-afbud-pfas-gruppe", "outlook_prefix", "Birgitte Nøhr",
      "Hej\n\nJeg kan ikke deltage i mødet den 14. januar pga. kursus.\nTil skemaet: intet nyt, "
      "bortset fra at jeg er kommet med i PFAS-arbejdsgruppen.\n\n" + SIG_SHORT,
      {"grupper": "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS"}, PA, unchanged=True,
      flagged=True),

    c("ow32-da-apple-grundvandsbeskyttelse", "apple_mail", "Troels Mikkelsen",
      "Jeg arbejder nu mest med grundvandsbeskyttelse og boringer. PFAS fylder stadig meget. "
      "Jord og klima kan du fjerne.\n\nMvh Troels",
      {"interesser": "PFAS"}, PC, ask=["interesser"]),

    c("ow32-da-outlook-vvm-flyttet-husdyrbrug", "outlook", "Lene Sørensen",
      "Hej\n\nVVM er ikke længere mit bord – det er flyttet til Plan. Til gengæld har jeg fået "
      "miljøgodkendelser af husdyrbrug. Spildevand og klima som før.\n\nMvh Lene",
      {"interesser": "Spildevand; Klima"}, PE, ask=["interesser"]),

    c("ow32-da-iphone-tilbage-fra-orlov", "iphone", "Anders Vestergaard",
      "Jeg er tilbage fra orlov, så nogen tid igen. Og PFAS må gerne komme på, vi har fået to "
      "nye sager på det.",
      {"interesser": "PFAS; Jord; Klima", "tid": "Nogen"}, PF),

    c("ow32-da-outlook-ios-tilsynsnetvaerket-andet", "outlook_ios", "Maja Thygesen",
      "Meld mig også ind i tilsynsnetværket. 12 år. Tid uændret.\nAndet: på deltid 32 t/uge "
      "fra marts",
      {"grupper": "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS", "erfaring": "12",
       "andet": "på deltid 32 t/uge fra marts"}, PF),

    c("ow32-da-gmail-linjer-grupper-som-foer", "gmail", "Kasper Winther",
      "Interesser:\nspildevand\njord\nstøj (vindmøller)\n\nGrupper som før\nTid: nogen, måske "
      "lidt mindre end sidst\n\nKasper",
      {"interesser": "Spildevand; Støj; Jord", "tid": "Nogen"}, PA),

    c("ow32-da-outlook-mac-resten-kan-blive-staaende", "outlook_mac", "Pernille Juul",
      "Erfaringen skal op på 10 år – alt det andet kan blive stående som det er.\n\nPernille",
      {"erfaring": "10"}, PC, unchanged=True),

    c("ow32-da-thunderbird-flueben-meget", "thunderbird", "Mikkel Dam",
      "Har rettet tiden – jeg er gået ned i tid på jobbet, så der bliver mere tid til "
      "netværket. Vi har også fået et nyt Power-to-X-projekt, men det står der jo allerede.\n\n"
      "Mikkel",
      {"tid": "Meget"}, PG,
      edits=[("set", "[x] Nogen", "[ ] Nogen"), ("set", "[ ] Meget", "[ ] Meget  ✔")]),

    c("ow32-da-owa-formand-hvis-soeren", "owa", "Ida Bruun",
      "Jeg vil gerne stille op som formand, men kun hvis Søren ikke genopstiller. Erfaring: 7 "
      "år.\n\nIda",
      {"erfaring": "7"}, PA, ask=["funktioner"]),

    c("ow32-da-outlook-mac-html-otte-til-ti-aar", "outlook_mac_html", "Jesper Holm",
      "Erfaring: 8-10 år alt efter hvordan man tæller (studiejob med). Ellers er alt ved det "
      "gamle.\n\nJesper",
      {}, PG, ask=["erfaring"], unchanged=True),

    # --- English words on the Danish form -------------------------------------------------
    c("ow32-da-android-english-twenty-three", "android", "Mark Jensen",
      "Sorry for writing in English, typing on my phone. Experience is now twenty-three years. "
      "Still chair if you'll have me. Rest unchanged.",
      {"funktioner": "Formand; Høringstovholder", "erfaring": "23"}, PH, unchanged=True),

    # --- English form -----------------------------------------------------------------------
    c("ow32-en-outlook-new-job-watercourses", "outlook", "Oliver Grant",
      "Hi,\n\nNew job in the same municipality since September – I now do wastewater and "
      "watercourse maintenance instead of soil. EIA stays. Time is a bit tighter, so put me "
      "down for little. Experience: 6 years. Everything else as before.\n\n" + SIG_EN,
      {"interests": "Wastewater; EIA", "experience": "6", "time": "Little"}, QA, lang="en",
      ask=["interests"], unchanged=True),

    c("ow32-en-gmail-first-time-aarhus", "gmail", "Elena Rossi",
      "Hello!\n\nFirst time answering this – I joined the group in the autumn. I work with air "
      "quality and noise from industry, mostly IED installations. 12 years in environmental "
      "regulation, the last two here in Aarhus. Happy to help as secretary now and then. "
      "Time: some.\n\nBest,\nElena",
      {"interests": "Noise; Air; IED", "functions": "Secretary", "experience": "12",
       "time": "Some"}, {}, lang="en"),

    c("ow32-en-iphone-add-a-year", "iphone", "Tomasz Nowak",
      "Same as last year, just add a year to my experience. Thanks!",
      {"experience": "12"}, QB, lang="en", unchanged=True),

    c("ow32-en-outlook-ios-leaving", "outlook_ios", "Sarah Whitfield",
      "Hi – I'm leaving the municipality at the end of January, so please take me off the "
      "group's list. It's been a pleasure working with you all.\n\nSarah",
      {}, QC, lang="en", flagged=True),

    c("ow32-en-thunderbird-ticked-pfas-no-little", "thunderbird", "Jakob Meyer",
      "Ticked PFAS – we've had three PFAS cases at fire training grounds this year. I can't do "
      "secretary any more, sorry. Much time? No, little.\n\nJakob",
      {"interests": "PFAS; Soil; EIA", "functions": "", "time": "Little"}, QA, lang="en",
      edits=[("set", "[ ] PFAS", "[x] PFAS"), ("set", "[x] Secretary", "[ ] Secretary")]),

    c("ow32-en-owa-drop-climate-coordinator", "owa", "Hannah Cole",
      "Drop climate, I've handed it over to our new climate coordinator. I've picked up "
      "groundwater and drinking water supervision instead. Otherwise unchanged.\n\nHannah",
      {"interests": "PFAS; Wastewater"}, QB, lang="en", ask=["interests"], unchanged=True),

    c("ow32-en-apple-eighteen-of-them-four", "apple_mail", "Rachel Lindqvist",
      "Experience: 18 years in total, 4 of them in this job.\nTime: somewhere between some and "
      "much – let's say some.\nI'd like to join the inspection network too.\nNo changes to the "
      "rest.\n\nRachel",
      {"groups": "Inspection network", "experience": "18", "time": "Some"}, QC, lang="en",
      unchanged=True),

    c("ow32-en-gmail-android-after-holidays", "gmail_android", "Daniel Price",
      "Thanks – I'll get back to you after the holidays.", {}, QA, lang="en"),
]
