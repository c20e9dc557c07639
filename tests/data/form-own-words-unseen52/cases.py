"""Part 52 of the unseen own-words form replies: one ordinary autumn round in a working group of
27 municipal environment officers. Written blind, by hand (what a careful human secretary
records); never checked against the parser. People invented, at example.org."""

from __future__ import annotations

from common import BOTH, SIG_EN, SIG_KOMMUNE, SIG_SHORT, c

# what the form showed pre-filled this round
P1 = {"interesser": "Spildevand; Jord", "grupper": "Netværk for miljøtilsyn", "funktioner": "",
      "erfaring": "7", "tid": "Nogen"}
P2 = {"interesser": "PFAS; Jord; Klima", "grupper": BOTH, "funktioner": "Høringstovholder",
      "erfaring": "15", "tid": "Lidt"}
P3 = {"interesser": "Støj; Luft; IE-direktivet", "grupper": "", "funktioner": "Sekretær",
      "erfaring": "4", "tid": "Meget"}
P4 = {"interesser": "PFAS; Affald", "grupper": "Arbejdsgruppe om PFAS", "funktioner": "Formand",
      "erfaring": "25", "tid": "Nogen"}
EA = {"interests": "Noise; Air", "groups": "Inspection network", "functions": "Secretary",
      "experience": "6", "time": "Little"}
EB = {"interests": "Waste; Climate", "groups": "Inspection network; PFAS working group",
      "functions": "Chair", "experience": "20", "time": "Some"}

CASES = [
    # --- confirmations and nothing at all --------------------------------------------------
    c("ow52-da-outlook-alt-som-sidst", "outlook", "Birgitte Laursen",
      "Hej\n\nAlt er som sidst hos mig.\n\n" + SIG_KOMMUNE, {}, P1, unchanged=True),
    c("ow52-da-iphone-tak", "iphone", "Kasper Dahl", "Tak", {}, P3),
    c("ow52-da-outlookmac-fint-fravaer", "outlook_mac", "Lone Bech",
      "Skemaet er fint som det står. Jeg kan desværre ikke deltage i mødet den 14. januar, "
      "jeg er på kursus.\n\n" + SIG_SHORT, {}, P3, unchanged=True,
      flagged=True, note="an absence from a meeting: for the chair"),
    c("ow52-en-outlook-as-before", "outlook", "Niels Brandt",
      "Hi,\n\nNothing has changed on my side - all as before.\n\n" + SIG_EN, {}, EA, lang="en",
      unchanged=True),

    # --- one or two changes in a sentence ---------------------------------------------------
    c("ow52-da-gmail-klimatilpasning", "gmail", "Henriette Skov",
      "Hej\n\nJeg har fået klimatilpasning ind over mit bord siden sidst. Ellers er alt det samme."
      "\n\nHilsen Henriette", {"interesser": "Spildevand; Jord; Klima"}, P1, unchanged=True),
    c("ow52-da-owa-fjern-jord-kollega", "owa", "Morten Kjær",
      "Jord kan I godt fjerne – den del har en ny kollega overtaget. Resten står ved magt.\n\n"
      "/Morten", {"interesser": "Spildevand"}, P1, unchanged=True),
    c("ow52-da-outlookios-et-aar-mere", "outlook_ios", "Ejnar Mikkelsen",
      "Et år mere på bagen, så 26 nu. Ellers intet nyt.", {"erfaring": "26"}, P4,
      unchanged=True),
    c("ow52-da-outlook-seksogtyve", "outlook", "Gitte Vinther",
      "Hej\n\nRettelse: det er seksogtyve år i faget nu, ikke 15. Alt andet holder.\n\n"
      + SIG_KOMMUNE, {"erfaring": "26"}, P2, unchanged=True),
    c("ow52-da-outlookandroid-formand-nej", "outlook_android", "Poul Riis",
      "Jeg vil ikke være formand længere – to perioder er nok. Høringstovholder tager jeg gerne.",
      {"funktioner": "Høringstovholder"}, P4),
    c("ow52-da-samsung-ud-af-pfas-gruppen", "android", "Signe Holt",
      "Tag mig ud af PFAS-gruppen, jeg når det ikke med de nye sager. Tiden er stadig lidt.",
      {"grupper": "Netværk for miljøtilsyn", "tid": "Lidt"}, P2,
      note="PFAS as a subject area stays; only the working group is left"),
    c("ow52-da-gmail-meget-tid", "gmail", "Rasmus Toft",
      "Jeg har fået frikøbt timer til netværksarbejde i år, så sæt mig på meget tid.\n\n"
      "Mvh Rasmus", {"tid": "Meget"}, P1),
    c("ow52-da-gmailapp-nogen-maa-tage-over", "gmail_android", "Annette Juhl",
      "Jeg kan ikke længere være høringstovholder, så nogen må tage over efter mig. "
      "Ellers ingen ændringer.", {"funktioner": ""}, P2, unchanged=True,
      note="'nogen' is not the time option"),
    c("ow52-da-iphone-ptx-anlaegget", "iphone", "Torben Lund",
      "Har fået PtX-anlægget ved havnen på mit bord, så sæt Power-to-X på. Og VVM, for det "
      "følger med", {"interesser": "PFAS; Affald; VVM; Power-to-X"}, P4),
    c("ow52-da-outlook-og-saa-affald", "outlook", "Jette Hviid",
      "Hej igen\n\nJeg har jord og spildevand nu, og så er jeg stadig på affald. PFAS har jeg "
      "afleveret til miljøchefen.\n\n" + SIG_SHORT,
      {"interesser": "Spildevand; Affald; Jord"}, P4),
    c("ow52-en-gmail-add-pfas", "gmail", "Sarah Quist",
      "Hi\n\nPlease add PFAS - we found it at two old landfills this autumn. I can stay on as "
      "secretary if no one else wants it.\n\nSarah",
      {"interests": "PFAS; Noise; Air", "functions": "Secretary"}, EA, lang="en"),
    c("ow52-en-outlookios-drop-chair", "outlook_ios", "Michael Storm",
      "Drop chair for me this year. Time: little. Experience is twenty-one years now.",
      {"functions": "", "time": "Little", "experience": "21"}, EB, lang="en"),
    c("ow52-en-apple-left-network", "apple_mail", "Julie Wolff",
      "Hi,\n\nI've left the inspection network, too many meetings. Otherwise the same as last "
      "year.\n\nJulie", {"groups": "PFAS working group"}, EB, lang="en", unchanged=True),
    c("ow52-en-samsung-danish-form", "android", "Oliver Grant",
      "Add noise please, otherwise unchanged.", {"interesser": "Spildevand; Støj; Jord"}, P1,
      unchanged=True, note="English on the Danish form"),

    # --- crosses in the quote, with or without words ----------------------------------------
    c("ow52-da-apple-kryds-og-lidt", "apple_mail", "Dorte Mølgaard",
      "Har sat kryds ved jord. Og så skal I vide at jeg går ned i tid fra januar, så sæt mig på "
      "lidt.\n\nDorte", {"interesser": "Støj; Luft; Jord; IE-direktivet", "tid": "Lidt"}, P3,
      edits=[("set", "[ ] Jord", "[x] Jord")]),
    c("ow52-da-owahtml-rettet-i-skemaet", "owa_html", "Claus Brix",
      "Rettet i skemaet.", {"erfaring": "8", "tid": "Meget"}, P1,
      edits=[("set", "Svar: 7", "Svar: 8"), ("set", "[x] Nogen", "[ ] Nogen"),
             ("set", "[ ] Meget", "[x] Meget")]),
    c("ow52-da-outlookmachtml-sekretaer-hvis", "outlook_mac_html", "Hanne Krogh",
      "Se mine rettelser nedenfor.", {"funktioner": "Sekretær"}, P4,
      edits=[("set", "[x] Formand", "[ ] Formand"),
             ("set", "[ ] Sekretær", "[x] Sekretær  (hvis ingen andre vil)")]),
    c("ow52-da-gmail-pil-tid", "gmail", "Frederik Buus",
      "Hej, har rettet tiden nedenfor", {"tid": "Nogen"}, P3,
      edits=[("set", "[ ] Nogen", "[ ] Nogen   ← nu"), ("set", "[x] Meget", "[ ] Meget")],
      note="the arrow is the mark"),

    # --- first answers -----------------------------------------------------------------------
    c("ow52-da-tb-ny-i-gruppen", "thunderbird", "Maja Ravn",
      "Hej\n\nJeg er ny i gruppen, så her er mine svar.\nJeg sidder med spildevand og jord, "
      "lidt støj en gang imellem. Med i tilsynsnetværket. Vil gerne være sekretær.\n"
      "9 år som miljømedarbejder, heraf 3 her i kommunen.\nTid: nogen\n\nMaja Ravn\n"
      "Eksempel Kommune",
      {"interesser": "Spildevand; Støj; Jord", "grupper": "Netværk for miljøtilsyn",
       "funktioner": "Sekretær", "erfaring": "9", "tid": "Nogen"},
      note="'lidt' belongs to the noise clause, not to Tid; two numbers: the total"),
    c("ow52-da-iphone-alt-undtagen", "iphone", "Søren Bak",
      "Alle fagområder undtagen VVM og Power-to-X. 2 år. Tid: lidt",
      {"interesser": "PFAS; Spildevand; Affald; Støj; Luft; Jord; Klima; IE-direktivet",
       "erfaring": "2", "tid": "Lidt"}),
    c("ow52-en-iphone-new-here", "iphone", "Emma Lykke",
      "Hi! New here. I work with wastewater and soil contamination, 5 years. Not much time "
      "until the summer though.",
      {"interests": "Wastewater; Soil", "experience": "5", "time": "Little"}, lang="en"),
    c("ow52-en-owa-groundwater", "owa", "Anders Holm",
      "Hello\n\nGroundwater and drinking water mostly, plus the PFAS work. Some time.\n\n"
      + SIG_EN, {"interests": "PFAS", "time": "Some"}, lang="en", ask=["interests"],
      note="groundwater and drinking water are no options"),

    # --- the harder ones ---------------------------------------------------------------------
    c("ow52-da-owa-to-tal", "owa", "Inger Dam",
      "Erfaring: 15 er forkert, det er 11 år i alt, heraf 4 i Eksempel Kommune.\n\n" + SIG_SHORT,
      {"erfaring": "11"}, P2),
    c("ow52-da-gmailapp-grundvand", "gmail_android", "Mads Vestergaard",
      "Grundvand og jord, og så stadig spildevand.", {"interesser": "Spildevand; Jord"}, P1,
      ask=["interesser"], note="grundvand is no option"),
    c("ow52-da-tbbottom-husdyr-lugt", "thunderbird_bottom", "Karen Thygesen",
      "Erfaring: fem år nu.\nJeg er også begyndt på husdyrsager (lugt), hvis det skal stå et "
      "sted.\n\nKaren", {"erfaring": "5"}, P3, ask=["interesser"],
      note="lugt could be Luft or nothing: asked"),
    c("ow52-da-apple-regional-gruppe", "apple_mail", "Peter Friis",
      "Jeg er også kommet med i Regionens jordforureningsgruppe, hvis den skal med. Ellers "
      "som før.\n\nPeter", {}, P1, ask=["grupper"], unchanged=True,
      note="not one of the group's own groups"),
    c("ow52-da-outlookprefix-andet-barsel", "outlook_prefix", "Line Overgaard",
      "Andet: Jeg er på barsel fra marts til august. Mette Holm dækker PFAS imens.\n"
      "Resten uændret.\n\nLine",
      {"andet": "Jeg er på barsel fra marts til august. Mette Holm dækker PFAS imens."}, P2,
      unchanged=True, flagged=True, note="a leave of months: recorded and for the chair"),
    c("ow52-da-samsung-samme-som-bente", "android", "Jakob Winther",
      "Skriv det samme som Bente fra nabokommunen, vi deler jo opgaverne.", {}, P1,
      flagged=True, note="cannot be placed"),
    c("ow52-en-tb-moving", "thunderbird", "Grace Holmberg",
      "Hi all\n\nI'm moving to the Region in February, so please take me off the list from "
      "then. Until then everything stays the same.\n\nGrace", {}, EA, lang="en",
      unchanged=True, flagged=True, note="leaving the group"),
]
