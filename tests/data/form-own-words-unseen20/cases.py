"""Blind part 20 of the own-words form replies (issue 14): a spring round in a working group of 30
Danish municipal environment officers, answered mostly from phones. Written by hand without
reading the parser; the expectations are a careful human secretary's and were never checked
against the parser. People invented, at example.org."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "form-own-words"))

from common import E1, E2, S1, S2, S3, S4, SIG_EN, SIG_KOMMUNE, SIG_SHORT, c  # noqa: E402

# sent profiles of this part (pre-filled values of the form)
P1 = {"interesser": "Spildevand; Jord", "grupper": "Netværk for miljøtilsyn", "funktioner": "",
      "erfaring": "6", "tid": "Lidt"}
P2 = {"interesser": "Støj; Luft; IE-direktivet", "grupper": "", "funktioner": "Sekretær",
      "erfaring": "15", "tid": "Nogen"}
P3 = {"interesser": "PFAS; Jord; Klima", "grupper": "Arbejdsgruppe om PFAS",
      "funktioner": "Høringstovholder", "erfaring": "9", "tid": "Meget",
      "andet": "Deltidsansat (30 t)"}
E3 = {"interests": "PFAS; Soil", "groups": "PFAS working group", "functions": "Secretary",
      "experience": "4", "time": "Little"}

CASES = [
    # --- Danish, phones ------------------------------------------------------------------------
    c("ow20-da-iphone-tilfoej-stoej-emoji", "iphone", "Rikke Dalsgaard",
      "tilføj støj 👍 ellers uændret",
      {"interesser": "Spildevand; Støj; Jord"}, P1, unchanged=True),

    c("ow20-da-outlook-ios-fjern-vvm-typo", "outlook_ios", "Lars Bech Nygaard",
      "hej\nfjern vvm, har ikke haft en vvm sag i 2 år. og sæt mig på spildevnd i stedet\n/lars",
      {"interesser": "Spildevand; Affald; Jord"}, S3,
      note="'2 år' is a reason, not experience; typo spildevnd"),

    c("ow20-da-gmail-android-skrevet-i-skemaet", "gmail_android", "Sanne Kjærgaard",
      "svar i skemaet",
      {"interesser": "PFAS; Affald; Klima", "erfaring": "9"}, S4,
      edits=[("add", "[ ] Klima", "^ klima også, vi har fået klimatilpasning over til os"),
             ("set", "Svar: 8", "Svar: 9")]),

    c("ow20-da-samsung-lidt-mere-saa-nogen", "android", "Hanne Thygesen",
      "hej, jeg kan give lidt mere end sidst så sæt mig til nogen tid. erfaring er nu 21 år. "
      "resten som før\nmvh hanne",
      {"tid": "Nogen", "erfaring": "21"}, S3, unchanged=True,
      note="'lidt mere end sidst' is no time answer; the answer is nogen"),

    c("ow20-da-iphone-tak-efter-paaske", "iphone", "Jesper Holm Madsen",
      "Tak! svarer efter påske 🐣",
      {}, S4),

    c("ow20-da-outlook-ios-english-on-da-form", "outlook_ios", "Tom Willems",
      "Hi, sorry - my Danish isn't great yet. I work with soil and wastewater, 3 years. "
      "Some time.\n/Tom",
      {"interesser": "Spildevand; Jord", "erfaring": "3", "tid": "Nogen"}, {}),

    c("ow20-da-gmail-meget-i-aar", "gmail", "Pernille Aagaard",
      "meget i år 💪 og 13 års erfaring nu",
      {"tid": "Meget", "erfaring": "13"}, S1),

    c("ow20-da-outlook-android-fjern-formand", "outlook_android", "Ole Stampe",
      "Fjern mig som formand – 2 perioder er nok 😅 lad en anden tage over. høringstovholder "
      "fortsætter jeg gerne med",
      {"funktioner": "Høringstovholder"}, S3, note="'2 perioder' is no experience"),

    c("ow20-da-outlook-ios-og-saa-tilsynsnetvaerket", "outlook_ios", "Trine Balle",
      "jord og affald som før og så er jeg kommet med i tilsynsnetværket i januar. vvm ryger",
      {"interesser": "Affald; Jord", "grupper": "Netværk for miljøtilsyn"}, S3,
      note="the group clause after 'og så' must not be dropped"),

    c("ow20-da-iphone-emoji-marks", "iphone", "Camilla Brix",
      "har rettet i skemaet",
      {"interesser": "PFAS; Affald; Støj", "tid": "Lidt"}, S4,
      edits=[("set", "[ ] Støj", "[ ] Støj ✅"), ("set", "[x] Nogen", "[ ] Nogen"),
             ("set", "[ ] Lidt", "[ ] Lidt 👈")],
      note="emoji as marks; the x moved from Nogen to Lidt"),

    c("ow20-da-gmail-android-femogtyve-overfladevand", "gmail_android", "Erik Lykke",
      "femogtyve år i faget 🙈 jord og overfladevand. kan være høringstovholder. tid: lidt",
      {"interesser": "Jord", "erfaring": "25", "funktioner": "Høringstovholder", "tid": "Lidt"},
      {}, ask=["interesser"], note="overfladevand is no option"),

    c("ow20-da-samsung-afbud-skema-rigtigt", "android", "Birgit Nørgaard",
      "Hej. kan ikke komme til mødet d. 22. april, er på kursus. Skemaet er stadig rigtigt 👍",
      {}, S1, unchanged=True, flagged=True, note="an absence for the chair"),

    c("ow20-da-iphone-forkortelser-ptx-vvm", "iphone", "Kasper Vinding",
      "tilføj ptx og vvm. vi har fået 2 ansøgninger om brintanlæg 🙂",
      {"interesser": "PFAS; Jord; Klima; VVM; Power-to-X"}, P3),

    c("ow20-da-iphone-meld-ud-af-pfas-gruppen", "iphone", "Louise Skov",
      "meld mig ud af pfas-gruppen, jeg når det ikke. pfas er stadig et af mine områder dog",
      {"grupper": "", "interesser": "PFAS; Støj"}, S1,
      note="the group goes, the subject area stays"),

    c("ow20-da-iphone-slet-ingen-tid", "iphone", "Morten Kragh",
      "har desværre slet ingen tid før efter sommerferien, vi er 2 mand ned i afdelingen 😬 "
      "resten passer",
      {}, S1, ask=["tid"], unchanged=True,
      note="no option for 'no time'; temporary"),

    c("ow20-da-gmail-android-svar-under-spoergsmaal", "gmail_android", "Nanna Friis",
      "",
      {"interesser": "Støj; Luft; Jord", "grupper": "", "erfaring": "2", "tid": "Nogen"}, {},
      edits=[("add", "1. Interesser", "støj og luft, lidt jord"),
             ("add", "2. Grupper", "ingen"),
             ("set", "Svar:", "Svar: 2", "4. Erfaring"),
             ("add", "5. Tid", "nogen")],
      note="'lidt jord' is about the subject area, not time"),

    c("ow20-da-samsung-kryds-og-ord-formand", "android", "Allan Riis",
      "har sat x ved ptx. kan ikke være sekretær mere, men gerne formand hvis det bliver "
      "aktuelt 😊",
      {"interesser": "Støj; Luft; IE-direktivet; Power-to-X", "funktioner": "Formand"}, P2,
      edits=[("set", "[ ] Power-to-X", "[x] Power-to-X")]),

    # --- Danish, desktops ----------------------------------------------------------------------
    c("ow20-da-outlook-hel-saetning-ny", "outlook", "Gitte Overgaard",
      "Hej\n\nJeg arbejder primært med spildevand og jord, og en gang imellem med luft "
      "(lugtklager fra landbruget). Jeg er med i netværket for miljøtilsyn. Jeg kunne godt tage "
      "sekretærfunktionen, hvis ingen andre melder sig. Har været i faget i elleve år, heraf "
      "fire her i kommunen. Tid: nogen.\n\n" + SIG_KOMMUNE,
      {"interesser": "Spildevand; Luft; Jord", "grupper": "Netværk for miljøtilsyn",
       "funktioner": "Sekretær", "erfaring": "11", "tid": "Nogen"}, {},
      note="willing to take the function if needed: recorded; 11 years in all"),

    c("ow20-da-owa-html-kryds-og-netvaerk", "owa_html", "Maja Lindholm",
      "Har sat kryds ved det der er ændret. Jeg er ikke længere med i netværket for "
      "miljøtilsyn – det har min kollega Per overtaget.\nAndet: fastansat nu\n\n" + SIG_SHORT,
      {"interesser": "PFAS; Spildevand; Klima", "grupper": "Arbejdsgruppe om PFAS",
       "andet": "fastansat nu"}, S2,
      edits=[("set", "[ ] PFAS", "[x] PFAS"), ("set", "[x] Luft", "[ ] Luft")]),

    c("ow20-da-thunderbird-affaldstilsyn-lidt-stoej", "thunderbird", "Bo Ravn",
      "Hej\n\nJeg sidder med affaldstilsyn og virksomhedstilsyn efter IE-direktivet, plus lidt "
      "støjsager. Ikke med i nogen af grupperne endnu. 5 år på området.\n\nVh Bo",
      {"interesser": "Affald; Støj; IE-direktivet", "grupper": "", "erfaring": "5"}, {},
      note="'lidt støjsager' is no time answer; 'nogen af grupperne' is no time answer"),

    c("ow20-da-apple-mail-som-sidst-ellers-midt", "apple_mail", "Helle Vestergaard",
      "Jeg er stadig på spildevand og klima, men ikke luft længere - det er flyttet til teknisk "
      "forvaltning. Som sidst ellers. Erfaring: 4",
      {"interesser": "Spildevand; Klima", "erfaring": "4"}, S2, unchanged=True),

    c("ow20-da-outlook-mac-husdyrgodkendelser", "outlook_mac", "Karen Holt",
      "Hej\nJeg har fået miljøgodkendelser af husdyrbrug oveni, så tilføj gerne det. Luft kan "
      "fjernes.\nMvh Karen",
      {"interesser": "Støj; IE-direktivet"}, P2, ask=["interesser"],
      note="husdyrbrug is no option; Luft removed"),

    c("ow20-da-owa-to-tal-og-tid-afhaenger", "owa", "Steen Ahlmann",
      "Erfaring: 17 år i alt, de 3 sidste i Eksempel Kommune.\nTid: Meget fra maj, indtil da "
      "lidt.\n\n" + SIG_SHORT,
      {"erfaring": "17"}, S4, ask=["tid"], note="two time amounts by date"),

    c("ow20-da-gmail-punkt-til-moede", "gmail", "Jonas Kirk",
      "Kan vi tage den nye affaldsbekendtgørelse op på næste møde? Ellers intet nyt fra mig.",
      {}, S3, unchanged=True, flagged=True, note="an agenda request for the chair"),

    c("ow20-da-thunderbird-bottom-pension", "thunderbird_bottom", "Inger Mølgaard",
      "Jeg går på pension 30. juni og stopper derfor i gruppen. Indtil da har jeg lidt tid.",
      {"tid": "Lidt"}, S2, flagged=True, note="leaving the group: for the chair"),

    c("ow20-da-outlook-prefix-siden-2011-interval", "outlook_prefix", "Poul Dybdahl",
      "Erfaring: har været her siden 2011.\nTid: nogen til meget, afhænger af sagsmængden\n\n"
      + SIG_SHORT,
      {}, S4, ask=["erfaring", "tid"], note="a year, not a number of years; a range"),

    c("ow20-da-owa-klimatilpasning-dash-ja-nej", "owa", "Mads Iversen",
      "Hej\nKlimatilpasning - ja, det er kommet til. Jord - nej, det har Regionen overtaget. "
      "Og så vil jeg gerne være høringstovholder\n\nVh Mads",
      {"interesser": "Spildevand; Klima", "funktioner": "Høringstovholder"}, P1),

    c("ow20-da-gmail-andet-rettet-i-linjen", "gmail", "Dorthe Ebbesen",
      "har opdateret nederst 🙂",
      {"andet": "fuld tid igen fra april"}, P3,
      edits=[("set", "Svar: Deltidsansat (30 t)", "Svar: fuld tid igen fra april")]),

    # --- English -------------------------------------------------------------------------------
    c("ow20-en-iphone-add-pfas-rest-same", "iphone", "Sophie Marsh",
      "add pfas pls, rest same",
      {"interests": "PFAS; Wastewater; Noise"}, E1, lang="en", unchanged=True),

    c("ow20-en-outlook-secretary-if-needed-little", "outlook", "Daniel Brooks",
      "Hi,\n\nI could do secretary for a year if needed. Time is a bit tight though, so put me "
      "down for little rather than much. Twenty-two years in the field now.\n\n" + SIG_EN,
      {"functions": "Secretary", "time": "Little", "experience": "22"}, E2, lang="en"),

    c("ow20-en-gmail-android-typed-under", "gmail_android", "Anna Lindqvist",
      "see below",
      {"interests": "PFAS; Soil; Climate", "experience": "5"}, E3, lang="en",
      edits=[("add", "[ ] Climate", "climate too, since jan"),
             ("set", "Answer: 4", "Answer: 5")]),

    c("ow20-en-samsung-nature-dept-cant-place", "android", "Peter Hald",
      "Hi - I'm moving to the nature dept. Mostly biodiversity and water plans now. Noise I'll "
      "drop. Not sure about chair, can we talk?",
      {"interests": "Wastewater"}, E1, lang="en", ask=["interests", "functions"],
      note="biodiversity and water plans are no options; chair undecided"),

    c("ow20-en-outlook-html-ticks-and-words", "outlook_html", "Rachel Dunn",
      "Ticked what I do. Also the inspection network. Experience: 30 years, time: some\n"
      "Other: I work 4 days a week\n\n" + SIG_EN,
      {"interests": "Air; EIA", "groups": "Inspection network", "experience": "30",
       "time": "Some", "other": "I work 4 days a week"}, {}, lang="en",
      edits=[("set", "[ ] Air", "[x] Air"), ("set", "[ ] EIA", "[x] EIA")]),

    c("ow20-en-thunderbird-much-more-time", "thunderbird", "Martin Yde",
      "Same as last year except I now have much more time - a new colleague took over the "
      "permits. So: much.\n\nChair: happy to continue.",
      {"time": "Much", "functions": "Chair"}, E1, lang="en", unchanged=True),

    c("ow20-en-apple-mail-wastewater-permits", "apple_mail", "Claire Hoffmann",
      "Hello, I mainly do wastewater permits and soil contamination cases, plus the odd noise "
      "complaint. I'm in the PFAS group. Seven years. Little time this spring I'm afraid (big "
      "permit backlog).",
      {"interests": "Wastewater; Noise; Soil", "groups": "PFAS working group",
       "experience": "7", "time": "Little"}, {}, lang="en"),

    c("ow20-en-outlook-android-nothing-changed", "outlook_android", "Grace Whitfield",
      "nothing's changed on my end 👍",
      {}, E2, lang="en", unchanged=True),
]
