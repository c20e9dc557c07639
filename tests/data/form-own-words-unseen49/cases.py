"""Blind part 49: a winter round of competence-form replies in members' own words (issue 14).

Written before the Christmas holidays by officers in a hurry: phone replies, half sentences,
typos, emoji, news for the chair. Expectations by hand: what a careful human secretary records;
never checked against the parser. People invented, at example.org.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "form-own-words"))

from common import BOTH, E1, E2, S1, S2, S3, S4, SIG_EN, SIG_KOMMUNE, SIG_SHORT, c  # noqa: E402

EN = {"lang": "en"}

CASES = [
    # --- ordinary phone replies -------------------------------------------------------------
    c("ow49-da-iphone-pfas-jord-lidt-tid", "iphone", "Karen Holm Sørensen",
      "pfas og jord\nkun lidt tid pt desværre\n11 år\n\nKaren",
      {"interesser": "PFAS; Jord", "erfaring": "11", "tid": "Lidt"},
      note="three short lines, one answer each, no labels; 'desværre' is courtesy"),

    c("ow49-da-thunderbird-tankestreger", "thunderbird", "Henrik Vestergaard",
      "Spildevand – luft – klima. sytten år på området. nogen tid\n\nHenrik",
      {"interesser": "Spildevand; Luft; Klima", "erfaring": "17", "tid": "Nogen"},
      note="en dashes between options, full stops before lower case, number word"),

    c("ow49-da-gmail-toogtyve", "gmail", "Ole Kristiansen",
      "Støj og luft, og så lidt VVM-screeninger.\ntoogtyve år\nmeget tid i det nye år 🙂\n\nOle",
      {"interesser": "Støj; Luft; VVM", "erfaring": "22", "tid": "Meget"},
      note="'lidt' qualifies the VVM screenings, not time; the time answer is 'meget tid'"),

    c("ow49-da-iphone-kigger-efter-jul", "iphone", "Kasper Lund",
      "Tak, kigger på det efter jul 🎅", {}, sent=S4,
      note="says nothing about the form yet"),

    c("ow49-da-outlook-ios-tak", "outlook_ios", "Hanne Kjeldsen", "Tak 👍", {}, sent=S2,
      note="bare thanks"),

    c("ow49-en-gmail-android-typos", "gmail_android", "Oliver Grant",
      "wastwater, noice\nand climate\n15 yrs\nsome time",
      {"interests": "Wastewater; Noise; Climate", "experience": "15", "time": "Some"},
      note="typos in option names; the list runs over two lines", **EN),

    c("ow49-da-outlook-ios-english-words", "outlook_ios", "Ewan McLeod",
      "PFAS and wastewater. 7 yrs. little time til feb",
      {"interesser": "PFAS; Spildevand", "erfaring": "7", "tid": "Lidt"},
      note="English words on the Danish form; 'til feb' is a qualifier"),

    c("ow49-da-apple-mail-ie-virksomheder", "apple_mail", "Kirsten Juhl",
      "IE-virksomheder og luft\ntid (nogen)\ntredive år\nmvh Kirsten",
      {"interesser": "Luft; IE-direktivet", "tid": "Nogen", "erfaring": "30"},
      note="'IE-virksomheder' can only be the IE directive option"),

    # --- pre-filled forms, changes in words, "ellers uændret" in several orders ------------
    c("ow49-da-gmail-android-meget-travlt", "gmail_android", "Jesper Kofoed",
      "Hej\nhar meget travlt med godkendelsen af det nye renseanlæg så sæt mig til lidt tid "
      "frem til sommer. ellers uændret\n\nJesper",
      {"tid": "Lidt"}, sent=S4, unchanged=True,
      note="'meget travlt' is not the time answer; the treatment plant is a reason, not a new "
           "interest"),

    c("ow49-da-outlook-ios-flyttet-til-spildevand", "outlook_ios", "Susanne Holt",
      "Er flyttet over på spildevandsområdet pr 1/11 så støjsagerne er røget. PFAS har jeg "
      "stadigvæk",
      {"interesser": "PFAS; Spildevand"}, sent=S1,
      note="compounds: spildevandsområdet adds Spildevand, støjsagerne er røget removes Støj"),

    c("ow49-da-owa-intet-andet-nyt", "owa", "Peter Bach",
      "Hej\nErfaring er nu 9 år. Intet andet nyt – resten står som det skal.\n/Peter",
      {"erfaring": "9"}, sent=S4, unchanged=True,
      note="'andet' inside a sentence is no label for Andet"),

    c("ow49-da-outlook-android-fjern-vvm-to-linjer", "outlook_android", "Niels Toft",
      "fjern VVM, tilføj klima og\npower to x. Resten er uændret",
      {"interesser": "Affald; Jord; Klima; Power-to-X"}, sent=S3, unchanged=True,
      note="the added options are split over two lines; 'power to x' without hyphens"),

    c("ow49-da-apple-mail-sekretaer-hvis-brug", "apple_mail", "Tine Bjerregaard",
      "Hvis der bliver brug for en sekretær til næste år, så tager jeg den gerne. Har meget tid "
      "nu hvor det store projekt er lukket ned. Ellers er alt som sidst.\n\nTine",
      {"funktioner": "Høringstovholder; Sekretær", "tid": "Meget"}, sent=S4, unchanged=True,
      note="'if needed' does not stop the secretary function from being read"),

    c("ow49-da-iphone-som-sidst-bortset-fra-tid", "iphone", "Bo Winther",
      "Som sidst – bortset fra tid, der er det lidt nu 😕",
      {"tid": "Lidt"}, sent=S1, unchanged=True),

    c("ow49-da-outlook-html-stopper-som-formand", "outlook_html", "Grethe Skov",
      "Hej\nJeg stopper som formand ved årsskiftet, men fortsætter gerne som hørings tovholder. "
      "Resten kan blive stående.\nVh Grethe",
      {"funktioner": "Høringstovholder"}, sent=S3, unchanged=True,
      note="HTML only; 'hørings tovholder' written in two words"),

    c("ow49-en-gmail-add-air-secretary", "gmail", "Tom Whitfield",
      "Hi\npls add air - the new asphalt plant keeps us busy. I can also do secretary if "
      "needed.\nrest as before\n\nTom",
      {"interests": "Wastewater; Noise; Air", "functions": "Chair; Secretary"}, sent=E1,
      unchanged=True, note="reason after a dash; 'if needed' is a qualifier", **EN),

    c("ow49-en-outlook-off-pfas-group", "outlook", "Aleksandra Nowak",
      "Hi,\n\nPlease take me off the PFAS working group, I haven't made a meeting since spring. "
      "Time is more like some than much now. Otherwise the same.\n\n"
      + SIG_EN.replace("{name}", "Aleksandra Nowak"),
      {"groups": "Inspection network", "time": "Some"}, sent=E2, unchanged=True,
      note="'more like some than much' is Some; the missed meetings are the reason, not news",
      **EN),

    c("ow49-en-outlook-mac-consultation-coordinator", "outlook_mac", "Hannah Iversen",
      "Happy to be consultation coordinator for the PFAS hearings in the spring. No other "
      "changes.\n\nHannah",
      {"functions": "Consultation coordinator"}, sent=E2, unchanged=True,
      note="'PFAS hearings' is not a new interest", **EN),

    # --- crosses mixed with words, typed lines in the quote ----------------------------------
    c("ow49-da-outlook-mac-kryds-og-ord", "outlook_mac", "Anne-Mette Friis",
      "Har sat kryds i skemaet. Kan godt være høringstovholder efter nytår, tid: nogen\n\n"
      "Anne-Mette",
      {"interesser": "Affald; Jord", "funktioner": "Høringstovholder", "erfaring": "9",
       "tid": "Nogen"},
      edits=[("set", "[ ] Affald", "[x] Affald"), ("set", "[ ] Jord", "[x] Jord"),
             ("set", "Svar:", "Svar: ni år", "4. Erfaring")],
      note="crosses and a number word in the form, a function and the time in the text"),

    c("ow49-da-outlook-prefix-skrevet-i-skemaet", "outlook_prefix", "Lars Hedegaard",
      "Har skrevet i skemaet nedenfor.\nGod jul\nLars",
      {"funktioner": "", "erfaring": "13"}, sent=S1,
      edits=[("add", "3. Funktioner", "LH: ikke sekretær mere, har haft det i 4 år"),
             ("set", "Svar: 12", "Svar: 13")],
      note="typed line with initials under Funktioner; its '4 år' is not the experience"),

    c("ow49-da-iphone-flueben-ved-meget", "iphone", "Morten Damgaard",
      "kryds ved tid 👇 resten passer",
      {"tid": "Meget"},
      sent={"interesser": "Luft; Klima", "grupper": "", "funktioner": "", "erfaring": "4",
            "tid": ""},
      edits=[("append", "[ ] Meget", " ✅")], unchanged=True,
      note="a check-mark emoji after the option is the mark"),

    c("ow49-da-samsung-kryds-kursus", "android", "Jonas Frederiksen",
      "Har rettet i skemaet. Er på kursus d. 8/1 så jeg kan ikke nå mødet",
      {"interesser": "PFAS; Støj"}, sent=S4, flagged=True,
      edits=[("set", "[x] Affald", "[ ] Affald"), ("set", "[ ] Støj", "[x] Støj")],
      note="crosses moved in the unquoted original; the missed meeting goes to the chair"),

    # --- news and questions for the chair --------------------------------------------------
    c("ow49-da-outlook-sygemeldt-januar", "outlook", "Birgitte Laursen",
      "Hej\n\nJeg er sygemeldt til midt i januar og kan derfor ikke deltage i mødet den 14. "
      "januar.\n\nEllers er skemaet det samme som sidst, bortset fra at det nu er 21 års "
      "erfaring.\n\n" + SIG_KOMMUNE,
      {"erfaring": "21"}, sent=S3, unchanged=True, flagged=True,
      note="sick leave and a missed meeting go to the chair; the signature's numbers are no "
           "answers"),

    c("ow49-da-samsung-nyt-job", "android", "Line Dahl",
      "Hej. Jeg har fået nyt job i regionen fra 1. februar, så I må tage mig af listen efter "
      "januar. Tak for nu 🙂",
      {}, sent=S2, flagged=True,
      note="leaving the group: nothing for the form, for the chair"),

    c("ow49-da-outlook-html-ikke-naaede-moedet", "outlook_html", "Signe Kruse",
      "Hej\nUndskyld at jeg ikke nåede mødet i november, der var et tilsyn der trak ud. Er der "
      "et referat?\nTil skemaet: tilføj luft. Tiden er stadig nogen.\nMvh Signe",
      {"interesser": "PFAS; Støj; Luft", "tid": "Nogen"}, sent=S1, flagged=True,
      note="HTML only; 'tilsyn' in the apology is not the network; a question for the chair"),

    c("ow49-da-gmail-android-andet-julefrokost", "gmail_android", "Camilla Østergaard",
      "Hej 👋\nAndet: barselsvikar, nu forlænget til december\nVed nogen om vi holder "
      "julefrokost i år? 😄\nCamilla",
      {"andet": "barselsvikar, nu forlænget til december"}, sent=S2, flagged=True,
      note="labelled Andet; 'nogen' in the question is not the time answer; the question goes "
           "to the chair"),

    c("ow49-en-owa-html-stepping-down-chair", "owa_html", "Ruth Abernethy",
      "Hi all,\nQuick one before the holidays: I'm starting as head of section in another "
      "municipality in February, so I can't carry on as chair. Please take chair off my "
      "functions. I'd like to stay in the inspection network if that's allowed?\nMerry "
      "Christmas!\nRuth",
      {"functions": ""}, sent=E1, flagged=True,
      note="HTML only; new job and a question whether she may stay go to the chair", **EN),

    # --- what a secretary cannot place, or places only in part ------------------------------
    c("ow49-da-gmail-miljoegodkendelser-husdyr", "gmail", "Mads Nørgaard",
      "Hej\n\nJeg arbejder mest med miljøgodkendelser og husdyr, og lidt jord ind imellem. 6 år."
      "\n\nmvh Mads",
      {"interesser": "Jord", "erfaring": "6"}, ask=["interesser"],
      note="'lidt' qualifies jord, it is not the time answer; miljøgodkendelser and husdyr are "
           "no options"),

    c("ow49-da-thunderbird-bottom-siden-2011", "thunderbird_bottom", "Rikke Møller",
      "Jeg sidder med affaldstilsynet og jordforureningssagerne.\nHar været her siden 2011.\n"
      "Netværket for miljøtilsyn er jeg med i.\n\nRikke",
      {"interesser": "Affald; Jord", "grupper": "Netværk for miljøtilsyn"}, ask=["erfaring"],
      note="bottom posting; compounds mapped; a year instead of a number of years is asked"),

    c("ow49-da-owa-regnvand", "owa", "Jakob Lind",
      "Jeg arbejder med regnvand og klimatilpasning, plus luftsager. 4 år her, 10 år i alt. "
      "Nogen tid\n\n" + SIG_SHORT.replace("{name}", "Jakob Lind"),
      {"interesser": "Luft; Klima", "erfaring": "10", "tid": "Nogen"}, ask=["interesser"],
      note="regnvand could be Spildevand or Klima: asked; two numbers, the total is the answer"),

    c("ow49-da-gmail-pfas-gruppen-grundvand", "gmail", "Mette Overgaard",
      "Jeg er med i PFAS-gruppen og i tilsynsnetværket.\nInteresser: PFAS, jord og grundvand. "
      "Erfaring: seks år",
      {"interesser": "PFAS; Jord", "grupper": BOTH, "erfaring": "6"}, ask=["interesser"],
      note="group names as compounds; grundvand is no option"),

    c("ow49-en-iphone-twenty-three-years", "iphone", "Claire Dunmore",
      "Soil and PFAS mainly. twenty-three years in total, 5 of them here\ncan only give a little "
      "time this winter sorry\n\nClaire",
      {"interests": "PFAS; Soil", "experience": "23", "time": "Little"},
      note="number word and two numbers: the total is the answer", **EN),

    c("ow49-en-thunderbird-stormwater-range", "thunderbird", "Gareth Lloyd",
      "Wastewater and stormwater, some noise complaints too.\nSomewhere between 8 and 10 years."
      "\nTime: some\n\nGareth",
      {"interests": "Wastewater; Noise", "time": "Some"}, ask=["interests", "experience"],
      note="stormwater is no option (wastewater or climate); 'some noise complaints' is not the "
           "time; a range is asked", **EN),

    c("ow49-en-samsung-much-then-less", "android", "Pieter de Vries",
      "soil, EIA screenings and the odd IED permit. 12 yrs. much time in jan, less later on",
      {"interests": "Soil; EIA; IED", "experience": "12"}, ask=["time"],
      note="the time changes during the year: asked", **EN),
]
