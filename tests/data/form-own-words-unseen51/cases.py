"""Blind part 51 of the own-words form replies (issue 14): the week after a meeting of the
working group (28 municipal environment officers). Written by hand without reading the parser;
the expectations are a careful human secretary's and were never checked against the parser.
People invented, at example.org."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "form-own-words"))

from common import E1, E2, S1, S2, S3, S4, SIG_EN, SIG_KOMMUNE, SIG_SHORT, c  # noqa: E402

# a member whose answer last time had two digits swapped and a function since given away
S5 = {"interesser": "Luft; Klima; Power-to-X", "grupper": "Netværk for miljøtilsyn",
      "funktioner": "Sekretær", "erfaring": "30", "tid": "Nogen"}

CASES = [
    # 1 ordinary: a function drawn by lot at the meeting, added; the rest confirmed
    c("ow51-da-outlook-lodtraekning-sekretaer", "outlook", "Anette Kjærgaard",
      "Hej\n\nSom aftalt på mødet i torsdags, hvor jeg blev trukket som sekretær, skal I også "
      "sætte mig på det i skemaet. Høringstovholder vil jeg gerne fortsætte som.\n"
      "Ellers står alt, som det skal.\n\n" + SIG_KOMMUNE,
      {"funktioner": "Høringstovholder; Sekretær"}, sent=S4, unchanged=True),

    # 2 only confirms
    c("ow51-da-iphone-ser-rigtigt-ud", "iphone", "Torben Vestergaard",
      "Det ser rigtigt ud alt sammen 👍\n\nTorben",
      {}, sent=S1, unchanged=True),

    # 3 steps down as chair; a number word about the chair years is no experience; a correction
    c("ow51-da-gmail-formand-traeder-tilbage", "gmail", "Poul Erik Damgaard",
      "Hej alle\n\nSom jeg sagde på mødet, træder jeg tilbage som formand – det har været seks "
      "gode år, men nu må andre tage over. Høringstovholder fortsætter jeg gerne som.\n"
      "Erfaringen skal rettes til 21 år, jeg talte forkert sidst.\n\nMvh Poul Erik",
      {"funktioner": "Høringstovholder", "erfaring": "21"}, sent=S3,
      note="'seks gode år' is the years as chair, not experience"),

    # 4 English: drawn as consultation coordinator; left the PFAS working group; rest unchanged
    c("ow51-en-outlook-ios-drawn-coordinator", "outlook_ios", "Sofie Lindqvist",
      "Hi,\n\nFollowing the draw at Thursday's meeting I'm the consultation coordinator for the "
      "spring round, so please tick that for me. Also, I left the PFAS working group over the "
      "summer – it's just the network for me now.\nEverything else unchanged.\n\nBest, Sofie",
      {"functions": "Consultation coordinator", "groups": "Inspection network"},
      sent=E2, lang="en", unchanged=True),

    # 5 new member approved at the meeting, empty form answered in sentences
    c("ow51-da-thunderbird-nyt-medlem", "thunderbird", "Karin Holt",
      "Hej\n\nTak fordi I godkendte mig som nyt medlem på mødet. Her er mine svar:\n\n"
      "Jeg arbejder primært med spildevand og jordforurening, og lidt med støj fra "
      "virksomheder. Har været i faget i fjorten år, heraf fire her i kommunen. Tiden er "
      "begrænset det første halve år, så skriv lidt.\nJeg er ikke med i nogen af netværkene "
      "endnu.\n\nVenlig hilsen\nKarin Holt",
      {"interesser": "Spildevand; Støj; Jord", "erfaring": "14", "tid": "Lidt",
       "grupper": ""},
      note="'lidt med støj' qualifies the interest; the time is the later 'skriv lidt'"),

    # 6 takes the next consultation on a condition; labelled Andet replaced
    c("ow51-da-owa-naeste-hoering", "owa", "Lærke Bach",
      "Hej\n\nPå mødet blev vi enige om, at næste høring handler om klimatilpasning og "
      "regnvand. Den vil jeg gerne være høringstovholder på, hvis ingen andre melder sig.\n"
      "Andet: Barselsvikariatet er forlænget til 1. december\n\nMvh\nLærke",
      {"funktioner": "Høringstovholder",
       "andet": "Barselsvikariatet er forlænget til 1. december"},
      sent=S2, note="the consultation topic is not an interest"),

    # 7 crosses mixed with words, Samsung Email
    c("ow51-da-android-kryds-og-ord", "android", "Rasmus Friis",
      "Har sat kryds. Erfaring: 9 år og tid nogen, men mere efter sommerferien.\n\nRasmus",
      {"interesser": "PFAS; Affald", "erfaring": "9", "tid": "Nogen"},
      edits=[("set", "[ ] PFAS", "[x] PFAS"), ("set", "[ ] Affald", "[x] Affald")]),

    # 8 English: corrects last time's number with a number word, removes one interest
    c("ow51-en-gmail-correct-last-time", "gmail", "Henrik Aalund",
      "Hi,\n\nI need to correct what I sent last time: it's twenty-six years of experience, "
      "not 20 – I forgot my years at the county. And I no longer do noise, that went to a "
      "colleague in the reorganisation.\nThe rest is as before.\n\nThanks, Henrik",
      {"experience": "26", "interests": "Wastewater"}, sent=E1, lang="en", unchanged=True),

    # 9 words a secretary cannot place: minutes (a function?) and subject areas with no option
    c("ow51-da-apple-referater-industrimiljoe", "apple_mail", "Gitte Mølgaard",
      "Hej\n\nJeg kan godt tage mig af referaterne ved møderne, og jeg er med i "
      "tilsynsnetværket. Fagligt er det mest industrimiljø og lugtgener. 11 år.\n\n"
      "Hilsen Gitte",
      {"grupper": "Netværk for miljøtilsyn", "erfaring": "11"},
      ask=["funktioner", "interesser"]),

    # 10 an absence; "andet" only as a word in a sentence; the form confirmed
    c("ow51-da-outlook-android-afbud-januar", "outlook_android", "Jesper Kirkegaard",
      "Jeg har ikke andet at tilføje til skemaet, det er fint som det er. Men jeg kan ikke "
      "deltage i januarmødet pga. kursus.\n\n/Jesper",
      {}, sent=S1, unchanged=True, flagged=True),

    # 11 only thanks
    c("ow51-da-gmail-android-tak-for-moedet", "gmail_android", "Mia Thorsen",
      "Tak for et godt møde!\n\nMia", {}, sent=S4),

    # 12 English, bottom-posted: two numbers, a time that changes over the year, a condition
    c("ow51-en-thunderbird-bottom-two-numbers", "thunderbird_bottom", "James Whitfield",
      "Interests: soil and PFAS, plus a bit of waste.\nExperience: 7 years in total, 3 of them "
      "in this municipality.\nTime: little until March, then some.\nHappy to be secretary if "
      "nobody else wants to.\n\n-- \nJames Whitfield\nExample Municipality",
      {"interests": "PFAS; Waste; Soil", "experience": "7", "functions": "Secretary"},
      lang="en", ask=["time"]),

    # 13 swap of interests with reasons, "resten kan I lade stå"
    c("ow51-da-outlook-mac-power-to-x-ind-vvm-ud", "outlook_mac", "Bente Hvidberg",
      "Hej\n\nJeg tager Power-to-X med fremover, da vi har fået to nye anlæg i kommunen. VVM "
      "har jeg ikke længere. Resten kan I lade stå.\n\nHilsen Bente",
      {"interesser": "Affald; Jord; Power-to-X"}, sent=S3, unchanged=True,
      note="'to nye anlæg' is no experience"),

    # 14 dashes and lines, lot drawn, Meget without a label
    c("ow51-da-iphone-streger-og-linjer", "iphone", "Ulrik Sand",
      "Spildevand – PFAS – lidt affald\nNetværket for miljøtilsyn\nSekretær kan jeg godt være "
      "- jeg blev jo trukket ved lodtrækningen\n15 år\nHar meget tid nu hvor "
      "byggesagsprojektet er slut",
      {"interesser": "PFAS; Spildevand; Affald", "grupper": "Netværk for miljøtilsyn",
       "funktioner": "Sekretær", "erfaring": "15", "tid": "Meget"}),

    # 15 HTML-only, pre-filled crosses changed, Andet emptied in the form
    c("ow51-da-outlook-html-rettet-i-skemaet", "outlook_html", "Camilla Brandt",
      "Rettet i skemaet – barslen er slut, så den bemærkning kan slettes.\n\n" + SIG_SHORT,
      {"interesser": "PFAS; Spildevand; Klima", "andet": ""}, sent=S2,
      edits=[("set", "[x] Luft", "[ ] Luft"), ("set", "[ ] PFAS", "[x] PFAS"),
             ("set", "Svar: Barselsvikar til juni", "Svar:")]),

    # 16 English: a question to the chair, staying in the group on a condition, else nothing new
    c("ow51-en-iphone-question-for-chair", "iphone", "Anna Rosendahl",
      "Quick question for the chair: was it decided at the meeting whether the PFAS working "
      "group carries on next year? If it does, I'm staying in it. Otherwise nothing's "
      "changed.\n\nAnna",
      {}, sent=E2, lang="en", unchanged=True, flagged=True),

    # 17 HTML-only web: a number word above 20, a compound group, a word with no option
    c("ow51-da-owa-html-toogtyve-aar", "owa_html", "Jens Overgaard",
      "Hej\n\nJeg har arbejdet med miljøtilsyn i toogtyve år og sidder i PFAS-arbejdsgruppen. "
      "Interesser: PFAS, grundvand og IE-virksomheder. Tid: nogen.\n\nMvh Jens",
      {"interesser": "PFAS; IE-direktivet", "grupper": "Arbejdsgruppe om PFAS",
       "erfaring": "22", "tid": "Nogen"},
      ask=["interesser"],
      note="'miljøtilsyn' is the work, not the network; grundvand has no option"),

    # 18 "som sidst" first, then the changes
    c("ow51-da-gmail-som-sidst-bortset-fra", "gmail", "Lise Holmgaard",
      "Som sidst, bortset fra at jeg nu også har støj – og tiden er desværre blevet mindre, så "
      "sæt lidt.\n\nLise",
      {"interesser": "PFAS; Affald; Støj", "tid": "Lidt"}, sent=S4, unchanged=True),

    # 19 forwarded form: leaves the PFAS group (not the interest), else unchanged
    c("ow51-da-apple-forward-ud-af-pfas-gruppen", "apple_forward", "Morten Bæk",
      "Videresender lige, da jeg kom til at slette den første. Jeg vil gerne ud af "
      "PFAS-gruppen nu hvor projektet er afsluttet; ellers uændret.",
      {"grupper": ""}, sent=S1, unchanged=True,
      note="PFAS stays as an interest"),

    # 20 English: crosses plus words, a compound, a qualifier on the time
    c("ow51-en-outlook-ticked-plus-climate", "outlook", "Ruth Calloway",
      "Ticked the boxes. Add climate adaptation too – it's most of my work since the floods. "
      "Experience: 4 years. Time: some, probably more after the reorganisation.\n\n"
      + SIG_EN.replace("{name}", "Ruth Calloway"),
      {"interests": "Wastewater; Climate", "groups": "Inspection network", "experience": "4",
       "time": "Some"},
      lang="en",
      edits=[("set", "[ ] Wastewater", "[x] Wastewater"),
             ("set", "[ ] Inspection network", "[x] Inspection network")]),

    # 21 words typed on the option lines, an initials prefix on a typed line
    c("ow51-da-thunderbird-ord-paa-linjerne", "thunderbird", "Mikkel Juhl",
      "Se mine svar i skemaet nedenfor.\n\n/Mikkel",
      {"interesser": "Jord; Klima", "erfaring": "6", "tid": "Nogen"},
      edits=[("set", "[ ] Jord", "[ ] Jord  ja tak"), ("set", "[ ] Klima", "[ ] Klima  også"),
             ("add", "4. Erfaring", "MJ: 6 år"),
             ("set", "[ ] Nogen", "[ ] Nogen - vel nærmest")]),

    # 22 corrects last time: digits swapped; the lot went to someone else
    c("ow51-da-outlook-prefix-tallene-byttet", "outlook_prefix", "Hanne Søgaard",
      "Hej\n\nJeg skrev sidst, at jeg har 30 års erfaring – det er 13, tallene blev byttet om. "
      "Og jeg er alligevel ikke sekretær, det blev Lene ved lodtrækningen.\n\nHanne",
      {"erfaring": "13", "funktioner": ""}, sent=S5),

    # 23 a function on a condition about someone else, and a request to the chair
    c("ow51-da-outlook-ios-formand-hvis", "outlook_ios", "Niels Bjerre",
      "Nu hvor Birgitte stopper, vil jeg gerne stille op som formand – men kun hvis en anden "
      "kan tage høringerne fra mig. Kan vi tage det på næste møde?\n\nNiels",
      {}, sent=S4, ask=["funktioner"]),

    # 24 English on Samsung: new member, a word with no option, little time in other words
    c("ow51-en-android-new-member", "android", "Nadia Sørensen",
      "Hi, here are my answers – I'm the new one from the meeting.\nI work with air quality "
      "and odour complaints, sometimes noise. 2 years' experience. Not much time, sorry, "
      "small team. Could be secretary now and then.\n\nNadia",
      {"interests": "Noise; Air", "experience": "2", "time": "Little",
       "functions": "Secretary"},
      lang="en", ask=["interests"], note="odour has no option"),

    # 25 "gruppen" and "PFAS" inside sentences: out of the working group, not off the interest
    c("ow51-da-gmail-ud-af-arbejdsgruppen", "gmail", "Signe Lauritsen",
      "Jeg nåede ikke at sige det på mødet, men gruppens arbejde med PFAS har jeg ikke tid til "
      "længere, så meld mig ud af arbejdsgruppen. Netværket bliver jeg i. Tid: stadig meget."
      "\n\nSigne",
      {"grupper": "Netværk for miljøtilsyn", "tid": "Meget"}, sent=S2,
      note="PFAS is no interest of hers and is not added"),

    # 26 thanks and later
    c("ow51-da-iphone-kigger-paa-det", "iphone", "Aksel Winther",
      "Tak, jeg kigger på det efter jul.", {}, sent=S3),

    # 27 English: leaving the municipality (for the chair), nothing changes until then
    c("ow51-en-owa-leaving-in-january", "owa", "Oliver Hartmann",
      "Hello,\n\nAs I mentioned at the meeting, I'm leaving the municipality at the end of "
      "January, so please take me off the list from February. Until then nothing changes.\n\n"
      "Regards,\nOliver",
      {}, sent=E1, lang="en", unchanged=True, flagged=True),

    # 28 labels with inflected compounds, a range (asked), no functions
    c("ow51-da-outlook-mac-html-affaldstilsyn-interval", "outlook_mac_html", "Birthe Kragh",
      "Interesser: affaldstilsyn, spildevandet fra renseanlæggene og VVM-screeninger.\n"
      "Erfaring: 10-12 år, alt efter hvordan man regner.\nTid: Nogen\nFunktioner: ingen i år."
      "\n\nBirthe",
      {"interesser": "Spildevand; Affald; VVM", "tid": "Nogen", "funktioner": ""},
      ask=["erfaring"]),

    # 29 silent-drop kind in new words: a third subject after "og derudover"
    c("ow51-da-gmail-android-og-derudover", "gmail_android", "Ida Kofoed",
      "Jeg dækker jord og luft, og derudover har jeg overtaget støjsagerne fra Ib. Er også med i "
      "miljøtilsynsnetværket. Otte år. Kan være høringstovholder på jord-høringen som aftalt.",
      {"interesser": "Støj; Luft; Jord", "grupper": "Netværk for miljøtilsyn", "erfaring": "8",
       "funktioner": "Høringstovholder"}),

    # 30 English words on the Danish form
    c("ow51-en-apple-danish-form", "apple_mail", "Tom Brennan",
      "Sorry, my Danish isn't good enough yet, so in English: I work with wastewater and PFAS. "
      "I'm in the PFAS working group. 5 years. Some time. Happy to take the minutes as "
      "secretary.\n\nTom",
      {"interesser": "PFAS; Spildevand", "grupper": "Arbejdsgruppe om PFAS", "erfaring": "5",
       "tid": "Nogen", "funktioner": "Sekretær"},
      note="English reply to the Danish form"),
]
