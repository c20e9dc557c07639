"""Part 30 of the unseen own-words form replies (issue 14), written blind, by hand.

One spring round in a group of 30 municipal environment officers, just after a meeting where the
chair and the secretary changed hands and three members started. People invented, at
example.org. Expectations are a careful human secretary's; never checked against the parser.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "form-own-words"))

from common import SIG_EN, SIG_KOMMUNE, SIG_SHORT, c  # noqa: E402

BOTH = "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS"

PA = {"interesser": "Spildevand; Jord", "grupper": "Netværk for miljøtilsyn", "funktioner": "",
      "erfaring": "9", "tid": "Nogen"}
PB = {"interesser": "PFAS; Affald; VVM", "grupper": "", "funktioner": "Høringstovholder",
      "erfaring": "17", "tid": "Meget"}
PC = {"interesser": "Affald; Støj; Luft", "grupper": "Netværk for miljøtilsyn", "funktioner": "",
      "erfaring": "22", "tid": "Meget"}
PD = {"interesser": "PFAS; Jord; IE-direktivet", "grupper": BOTH,
      "funktioner": "Høringstovholder", "erfaring": "14", "tid": "Nogen"}
PE = {"interesser": "PFAS; Spildevand", "grupper": "Arbejdsgruppe om PFAS", "funktioner": "",
      "erfaring": "6", "tid": "Nogen"}
PF = {"interesser": "Støj; Luft; Klima", "grupper": "Netværk for miljøtilsyn",
      "funktioner": "Sekretær", "erfaring": "11", "tid": "Meget"}
PG = {"interesser": "Spildevand; Støj; VVM", "grupper": "", "funktioner": "", "erfaring": "4",
      "tid": "Lidt"}
PH = {"interesser": "Jord; Klima", "grupper": "Arbejdsgruppe om PFAS", "funktioner": "Sekretær",
      "erfaring": "19", "tid": "Nogen"}
PI = {"interesser": "Affald; Luft; Power-to-X", "grupper": "Netværk for miljøtilsyn",
      "funktioner": "Formand; Sekretær", "erfaring": "30", "tid": "Nogen"}

EA = {"interests": "Wastewater; Noise", "groups": "Inspection network", "functions": "",
      "experience": "15", "time": "Some"}
EB = {"interests": "Air; Climate", "groups": "", "functions": "Chair", "experience": "25",
      "time": "Some"}
EC = {"interests": "PFAS; Waste; Soil", "groups": "PFAS working group", "functions": "",
      "experience": "8", "time": "Much"}
ED = {"interests": "Noise; EIA", "groups": "Inspection network; PFAS working group",
      "functions": "Consultation coordinator", "experience": "12", "time": "Some"}

CASES = [
    # --- ordinary, short --------------------------------------------------------------------
    c("ow30-da-outlook-overtager-sekretaer", "outlook", "Ole Sandgaard",
      "Hej\n\nSom aftalt på mødet i torsdags overtager jeg sekretærposten efter Bente. "
      "Ellers er alt som det står.\n\n" + SIG_KOMMUNE,
      {"funktioner": "Sekretær"}, PA, unchanged=True),
    c("ow30-da-iphone-slipper-hoering", "iphone", "Birgitte Skov",
      "Jeg kan ikke længere være høringstovholder – der er for meget på skrivebordet efter "
      "omstruktureringen. Og tiden må ned på nogen.",
      {"funktioner": "", "tid": "Nogen"}, PB),
    c("ow30-da-gmail-ny-to-tal", "gmail", "Jonas Friis",
      "Hej\n\nTak for en god første dag i gruppen. Jeg arbejder primært med spildevand og jord, "
      "og en smule med klimatilpasning. Jeg har 7 års erfaring i alt, de fire af dem her i "
      "kommunen.\nTid: nogen, tror jeg.\n\nMvh\nJonas",
      {"interesser": "Spildevand; Jord; Klima", "erfaring": "7", "tid": "Nogen"}, {}),
    c("ow30-da-owa-affald-til-kollega", "owa", "Henrik Lau",
      "Affald skal ud – det er overdraget til min kollega Sofie. "
      "Resten står som før.\n\n" + SIG_SHORT,
      {"interesser": "Støj; Luft"}, PC, unchanged=True),
    c("ow30-da-thunderbird-valgt-formand", "thunderbird", "Grethe Kjær",
      "Jeg blev valgt som formand på mødet, så sæt kryds der. Høringstovholder vil jeg gerne "
      "slippe nu hvor jeg har formandsposten. Tiden sætter jeg op til meget.\n\nGrethe",
      {"funktioner": "Formand", "tid": "Meget"}, PD),
    c("ow30-da-outlook-html-tak-efter-paaske", "outlook_html", "Poul Eriksen",
      "Tak, det kigger jeg på efter påske.\n\n/Poul", {}, PG),
    c("ow30-da-outlook-mac-orlov-afbud", "outlook_mac", "Lene Bak",
      "Hej\n\nJeg er på orlov fra 1. marts til 31. maj og kan derfor ikke deltage i aprilmødet. "
      "Sæt tiden til lidt indtil videre. Ellers intet nyt.\n\nLene",
      {"tid": "Lidt"}, PH, unchanged=True, flagged=True, note="absence from the April meeting"),
    c("ow30-da-outlook-prefix-som-foer-bortset", "outlook_prefix", "Mads Thorsen",
      "Som før på alt, bortset fra at jeg nu også er med i netværket for miljøtilsyn.\n\n"
      "Mads Thorsen\nMiljøafdelingen",
      {"grupper": BOTH}, PE, unchanged=True),
    c("ow30-da-apple-ny-talord-tilsynet", "apple_mail", "Karen Villadsen",
      "Hej alle\n\nJeg er ny i gruppen, men ikke i faget: seksogtyve år i miljøtilsynet, de "
      "sidste elleve i Herning. Jeg arbejder med luft, støj og IE-anlæg. Tid: lidt.\n\n"
      "Venlig hilsen\nKaren",
      {"interesser": "Støj; Luft; IE-direktivet", "erfaring": "26", "tid": "Lidt"}, {},
      note="'miljøtilsynet' is her job, not the network: grupper not answered"),
    c("ow30-da-gmail-android-kryds-og-pfas-gruppe", "gmail_android", "Anja Mikkelsen",
      "Har sat kryds ved klima. Og så skal jeg ud af PFAS-arbejdsgruppen, den har Lars "
      "overtaget.",
      {"interesser": "PFAS; Spildevand; Klima", "grupper": ""}, PE,
      edits=[("set", "[ ] Klima", "[x] Klima")],
      note="PFAS as interest stays; only the working group goes"),
    c("ow30-da-android-pil-ved-lidt", "android", "Torben Aagaard",
      "Tiden er rettet, resten passer.",
      {"tid": "Lidt"}, PF, unchanged=True,
      edits=[("append", "[ ] Lidt", "   <-- denne nu")],
      note="arrow marks Lidt; the old x at Meget was left standing"),
    c("ow30-da-iphone-grundvand-uklart", "iphone", "Signe Holt",
      "Jeg arbejder mest med grundvand og drikkevand, plus lidt jordforurening. Erfaring: 2 år",
      {"interesser": "Jord", "erfaring": "2"}, {}, ask=["interesser"],
      note="grundvand/drikkevand are no options; 'lidt' is no time answer"),
    c("ow30-da-thunderbird-bottom-rettet-ovenfor", "thunderbird_bottom", "Karin Lund",
      "Har rettet to ting ovenfor, ellers som sidst.\n\n/Karin",
      {"interesser": "Spildevand; VVM; Power-to-X"}, PG, unchanged=True,
      edits=[("set", "[x] Støj", "[ ] Støj"), ("set", "[ ] Power-to-X", "[x] Power-to-X")]),
    c("ow30-da-owa-html-hoering-hvis-birgitte", "owa_html", "Rasmus Kirk",
      "Jeg kan godt tage høringstovholder, hvis Birgitte ikke fortsætter efter sommer.\n"
      "Erfaring: femten år.\n\n" + SIG_SHORT,
      {"erfaring": "15"}, {**PC, "erfaring": "14"}, ask=["funktioner"],
      note="offer conditional on someone else"),
    c("ow30-da-gmail-ny-streger-punktum", "gmail", "Emil Brandt",
      "Hej\n\nSpildevand og PFAS - og VVM når der er store projekter. Ni år. Tid nogen.\n\n"
      "Hilsen Emil",
      {"interesser": "PFAS; Spildevand; VVM", "erfaring": "9", "tid": "Nogen"}, {}),
    c("ow30-da-apple-forward-luft-til-niels", "apple_forward", "Vibeke Nørgaard",
      "Luft skal af – det har Niels Holm taget over fra mig. Send gerne skemaet til ham også, "
      "han er ikke på listen endnu.",
      {"interesser": "Støj; Klima"}, PF, flagged=True,
      note="request to the chair about another person"),
    c("ow30-da-outlook-android-siden-aarstal", "outlook_android", "Jesper Winther",
      "Erfaring: siden 2011\nTid – nogen\n\nSendt fra mobilen, undskyld kortheden",
      {"tid": "Nogen"}, {}, ask=["erfaring"], note="a year, not a number of years"),
    c("ow30-da-iphone-sekretaer-hvis-ingen-andre", "iphone", "Camilla Dam",
      "Jeg kan godt være sekretær igen, hvis der ikke er andre der melder sig. Meget travlt "
      "pt, så kun lidt tid.",
      {"funktioner": "Sekretær", "tid": "Lidt"}, PA,
      note="'Meget travlt' is no time answer"),
    c("ow30-da-gmail-andet-pension", "gmail", "Erik Mølgaard",
      "Andet: Jeg går på pension til oktober, så det er mit sidste år i gruppen.\n\nErik",
      {"andet": "Jeg går på pension til oktober, så det er mit sidste år i gruppen."}, PI,
      flagged=True, note="leaving the group"),
    c("ow30-da-outlook-kommentarer-afbud", "outlook", "Hanne Juul",
      "Hej\n\nJeg har ingen kommentarer til skemaet, ud over at jeg ikke kan komme til mødet "
      "den 14. april. Alt andet er uændret.\n\n" + SIG_KOMMUNE,
      {}, PH, unchanged=True, flagged=True, note="absence; no Andet label"),
    c("ow30-da-android-linjer-til-fra", "android", "Steen Bjerre",
      "Tilføj støjsager\nFjern luft\ntid meget\nantal år: enogtredive",
      {"interesser": "Affald; Støj; Power-to-X", "erfaring": "31", "tid": "Meget"}, PI),
    c("ow30-da-outlook-ios-brint-biogas", "outlook_ios", "Louise Fogh",
      "Jeg er begyndt at arbejde med brintanlæg og biogas ved siden af spildevandsområdet. "
      "7 års erfaring.",
      {"interesser": "PFAS; Spildevand", "erfaring": "7"}, PE, ask=["interesser"],
      note="brint (Power-to-X?) and biogas not placeable; spildevandsområdet already there"),
    c("ow30-da-outlook-mac-html-kun-tid", "outlook_mac_html", "Morten Steffensen",
      "Kan kun svare på tiden lige nu: meget lidt i foråret pga. byggesagerne, mere efter "
      "sommerferien. Resten vender jeg tilbage på.",
      {"tid": "Lidt"}, PA, note="'meget lidt' is Lidt; answers only partly"),
    c("ow30-da-owa-initialer-i-skema", "owa", "Peter Hviid",
      "Svar i skemaet nedenfor (PH).",
      {"erfaring": "18", "tid": "Lidt"}, PC,
      edits=[("add", "Svar: 22", "PH: 18, jeg regnede forkert sidst"),
             ("set", "[x] Meget", "[ ] Meget"), ("set", "[ ] Lidt", "[x] Lidt")]),
    c("ow30-da-gmail-android-begge-grupper-men", "gmail_android", "Ditte Roed",
      "Med i begge grupper nu. Affaldstilsyn og PFAS fylder stadig mest, og så er jeg kommet "
      "med i høringerne om Power-to-X-anlæg. Resten som før",
      {"interesser": "PFAS; Affald; VVM; Power-to-X", "grupper": BOTH}, PB, unchanged=True,
      note="'høringerne om Power-to-X-anlæg' is an interest, not the Høringstovholder function"),
    c("ow30-da-outlook-ios-fjern-sekretaer-mere-tid", "outlook_ios", "Bente Holm",
      "Hej – Sekretær kan I fjerne nu hvor Ole har overtaget. Til gengæld har jeg fået mere "
      "tid, så sæt mig på meget. Jeg bliver i PFAS-gruppen.",
      {"grupper": "Arbejdsgruppe om PFAS", "funktioner": "", "tid": "Meget"}, PH,
      note="PFAS-gruppen is the working group (kept), not a new interest"),
    # --- English ----------------------------------------------------------------------------
    c("ow30-en-outlook-taking-pfas-group", "outlook", "Nina Holmberg",
      "Hi\n\nAs agreed at the meeting I'm taking over Jens's seat in the PFAS working group. "
      "Everything else is unchanged.\n\n" + SIG_EN,
      {"groups": "Inspection network; PFAS working group"}, EA, lang="en", unchanged=True),
    c("ow30-en-gmail-new-member", "gmail", "Tobias Lindqvist",
      "Hi all,\n\nI'm one of the three new ones. I work on wastewater and soil, with a bit of "
      "climate adaptation. 12 years in total, four of them here. Time: some.\n\nBest,\nTobias",
      {"interests": "Wastewater; Soil; Climate", "experience": "12", "time": "Some"}, {},
      lang="en"),
    c("ow30-en-iphone-handed-over-chair", "iphone", "Anders Berg",
      "I handed the chair over to Grethe at the meeting, so please take that off. Not much time "
      "this spring either.",
      {"functions": "", "time": "Little"}, EB, lang="en"),
    c("ow30-en-owa-add-groundwater-network", "owa", "Julie Carstens",
      "Please add PFAS and noise. I'd also like to join a groundwater network if there is "
      "one.\n\n" + SIG_EN,
      {"interests": "PFAS; Wastewater; Noise"}, EA, lang="en", ask=["groups"],
      note="no such group among the options"),
    c("ow30-en-thunderbird-coordinator-if-needed", "thunderbird", "Kasper Ravn",
      "Consultation coordinator if needed. Experience: twenty-three years.\n\nKasper",
      {"functions": "Consultation coordinator", "experience": "23"}, EC, lang="en"),
    c("ow30-en-apple-sick-leave", "apple_mail", "Sara Welling",
      "I'm on sick leave until mid-March and will miss the March meeting. Time: little for "
      "now. Rest as before.\n\nSara",
      {"time": "Little"}, ED, lang="en", unchanged=True, flagged=True, note="absence"),
    c("ow30-en-outlook-mac-html-just-years", "outlook_mac_html", "Frederik Moss",
      "Just the experience for now: 7 years. I'll get back to you on the rest.",
      {"experience": "7"}, {}, lang="en"),
    c("ow30-en-android-waste-to-colleague", "android", "Pia Lykke",
      "Remove waste - my colleague Maja has taken it over. Add IED and air. The rest stays.",
      {"interests": "PFAS; Air; Soil; IED"}, EC, lang="en", unchanged=True),
    c("ow30-en-gmail-android-thanks-later", "gmail_android", "Oliver Krogh",
      "Thanks - will look at it next week.", {}, ED, lang="en"),
    c("ow30-en-outlook-ios-drop-coordinator-odour", "outlook_ios", "Line Abildgaard",
      "Dropping consultation coordinator for this year. I've also started on odour "
      "complaints from pig farms. Otherwise no changes.",
      {"functions": ""}, ED, lang="en", unchanged=True, ask=["interests"],
      note="odour is no option (Air?), asked"),
]
