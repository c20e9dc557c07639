"""Unseen part 94 of the own-words competence-form replies: a busy pre-Christmas round. Written by
hand and blind (expected answers are a careful human secretary's). People invented, at
example.org."""

from common import E1, E2, S1, S2, S3, S4, SIG_EN, SIG_KOMMUNE, SIG_SHORT, c  # noqa: F401

CASES = [
    # --- Danish form ------------------------------------------------------------------------
    c("ow94-da-iphone-tak-god-jul", "iphone", "Mette Kjærgaard",
      "Tak – og god jul! 🎄", {}, S1,
      note="Says nothing about the form: no answers, not unchanged, not flagged."),

    c("ow94-da-outlook-ios-tid-lidt-resten-passer", "outlook_ios", "Jesper Holm",
      "Tid: lidt. Alt for travlt med tilsyn lige nu\nResten passer\n\n/Jesper",
      {"tid": "Lidt"}, S4, unchanged=True),

    c("ow94-da-gmail-android-pfas-ud-jord-ind", "gmail_android", "Camilla Vestergaard",
      "hej. fjern pfas, det har Louise overtaget efter omorganiseringen. sæt jord på i stedet\n"
      "Camilla",
      {"interesser": "Støj; Jord"}, S1,
      note="Only the interests change; the PFAS working group is not mentioned and keeps its "
           "sent value."),

    c("ow94-da-outlook-undskyld-sent-svar", "outlook", "Henriette Bach",
      "Hej\n\nUndskyld det sene svar – jeg så først jeres påmindelse i morges.\n\n"
      "Jeg er gået ud af PFAS-arbejdsgruppen efter sommerferien, men er stadig med i netværket. "
      "Min barselsvikar-stilling er blevet til en fast stilling, så den bemærkning kan I slette."
      "\n\nEllers passer det hele.\n\n" + SIG_KOMMUNE,
      {"grupper": "Netværk for miljøtilsyn", "andet": ""}, S2, unchanged=True,
      note="'den bemærkning kan I slette' points unmistakably at the pre-filled Andet "
           "('Barselsvikar til juni'): recorded as removed (\"\")."),

    c("ow94-da-owa-formand-til-aarsmoedet", "owa", "Bodil Rasmussen",
      "Hej\nJeg stiller ikke op som formand igen, når min periode udløber ved årsmødet i marts. "
      "Høringerne tager jeg gerne stadig.\nErfaring er 21 år nu.\nVh Bodil",
      {"erfaring": "21"}, S3, ask=["funktioner"],
      note="She is Formand until the annual meeting in March and will not stand again: when "
           "Formand leaves the overview is the chair's call, so funktioner is passed on "
           "(Høringstovholder stays as sent either way)."),

    c("ow94-da-thunderbird-nummererede-svar", "thunderbird", "Niels Overgaard",
      "Hej\n\nKort fra mig, i skemaets rækkefølge:\n1. PFAS, affald og nu også jord\n"
      "2. netværket\n3. høringstovholder\n4. 9\n5. nogen\n6. -\n\nGod jul\nNiels",
      {"interesser": "PFAS; Affald; Jord", "grupper": "Netværk for miljøtilsyn",
       "funktioner": "Høringstovholder", "erfaring": "9", "tid": "Nogen"}, S4,
      note="Answers numbered by question; '6. -' means nothing to add (sent Andet is empty)."),

    c("ow94-da-iphone-kryds-i-skemaet", "iphone", "Anne Sofie Lund",
      "Har rettet direkte i skemaet\n\nAnne",
      {"interesser": "PFAS; Støj; Luft", "erfaring": "13"}, S1,
      edits=[("set", "[ ] Luft", "[x] Luft"), ("set", "Svar: 12", "Svar: 13")]),

    c("ow94-da-gmail-kryds-flyttet", "gmail", "Rasmus Kirkegaard",
      "Rettelser nedenfor.\nmvh Rasmus",
      {"interesser": "PFAS; Klima", "tid": "Nogen"},
      {"interesser": "PFAS; Affald; Klima", "grupper": "Netværk for miljøtilsyn",
       "funktioner": "Sekretær", "erfaring": "6", "tid": "Meget"},
      edits=[("set", "[x] Affald", "[ ] Affald"), ("set", "[x] Meget", "[ ] Meget"),
             ("set", "[ ] Nogen", "[x] Nogen")]),

    c("ow94-da-outlook-android-ferie-afbud", "outlook_android", "Trine Mikkelsen",
      "Hej. Er på ferie 18.12–4.1 og når derfor ikke mødet 7. januar. Skemaet er ok som det står."
      "\nTrine",
      {}, {"interesser": "Støj; Luft", "grupper": "Netværk for miljøtilsyn", "funktioner": "",
           "erfaring": "11", "tid": "Nogen"},
      unchanged=True, flagged=True,
      note="Absence from the January meeting is for the chair; the form is confirmed as it "
           "stands."),

    c("ow94-da-apple-mail-nyt-omraade-grundvand", "apple_mail", "Sidsel Brandt",
      "Hej\n\nJeg er skiftet til vandområdet pr. 1. november, så jeg arbejder ikke længere med "
      "støj – nu er det jord og grundvand. PFAS har jeg stadig.\n\n"
      "Kan jeg blive i PFAS-arbejdsgruppen, selvom jeg er skiftet afdeling? Det vil jeg meget "
      "gerne.\n\nHilsen\nSidsel",
      {"interesser": "PFAS; Jord"}, S1, ask=["interesser"],
      note="Støj out, Jord in, PFAS kept; 'grundvand' is no option and is passed on. Her question "
           "about staying in the PFAS group is for the chair; grupper keeps the sent value."),

    c("ow94-da-outlook-prefix-ny-i-gruppen", "outlook_prefix", "Yasmin Haddad",
      "Hej\n\nJeg er ny i gruppen. Jeg arbejder med spildevand og IE-direktivet og har fem års "
      "erfaring (heraf to i regionen). Sekretær kan jeg godt være en gang imellem. Tid: nogen."
      "\n\nVenlig hilsen\nYasmin Haddad",
      {"interesser": "Spildevand; IE-direktivet", "funktioner": "Sekretær", "erfaring": "5",
       "tid": "Nogen"}, {},
      note="'heraf to i regionen' is part of the five years. 'en gang imellem' qualifies a "
           "willingness like 'if needed': Sekretær recorded."),

    c("ow94-da-owa-html-kun-pfas-gruppen", "owa_html", "Karsten Villadsen",
      "Sæt mig også på PFAS-arbejdsgruppen, jeg har været med siden oktober.\n\nKarsten",
      {"grupper": "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS"},
      {"interesser": "PFAS; Jord", "grupper": "Netværk for miljøtilsyn",
       "funktioner": "Høringstovholder", "erfaring": "15", "tid": "Nogen"}),

    c("ow94-da-outlook-mac-mangler-i-netvaerket", "outlook_mac", "Poul Erik Møller",
      "Hej\nHvorfor står jeg ikke i netværket for miljøtilsyn? Jeg har været med i tre år. "
      "Sæt mig på igen tak. Resten ok.\nmvh Poul Erik",
      {"grupper": "Netværk for miljøtilsyn"}, S3, unchanged=True,
      note="The 'hvorfor' is answered by correcting grupper; 'tre år' is how long he has been in "
           "the network, not his experience. Not flagged."),

    c("ow94-da-gmail-pension-i-andet", "gmail", "Grethe Kronborg",
      "Se pkt. 6 🙂\n\nGrethe",
      {"andet": "Går på pension 1. april - tak for mange gode år i gruppen!"},
      {"interesser": "Affald; Jord; VVM", "grupper": "Netværk for miljøtilsyn",
       "funktioner": "Høringstovholder", "erfaring": "31", "tid": "Nogen"},
      flagged=True,
      edits=[("set", "Svar:", "Svar: Går på pension 1. april - tak for mange gode år i gruppen!",
              "6. Andet")],
      note="Typed into the Andet answer line, so recorded there; retiring means leaving the "
           "group, which the chair must know: flagged."),

    c("ow94-da-gmail-android-ptx", "gmail_android", "Jonas Friis",
      "PtX, VVM og klimatilpasning. 2 år. Meget tid 👍\n\nJonas",
      {"interesser": "Klima; VVM; Power-to-X", "erfaring": "2", "tid": "Meget"}, {},
      note="PtX is the usual abbreviation of Power-to-X; klimatilpasning is Klima."),

    c("ow94-da-android-fire-aar-saet-lidt", "android", "Ditte Søndergaard",
      "Erfaring fire år nu. Tid mindre end sidst – sæt lidt\nDitte",
      {"erfaring": "4", "tid": "Lidt"}, S2),

    c("ow94-da-thunderbird-bottom-ogsaa-stoej", "thunderbird_bottom", "Kirsten Høj",
      "Alt er som før, bortset fra at jeg nu også sidder med støj.\n\n/Kirsten",
      {"interesser": "PFAS; Affald; Støj"}, S4, unchanged=True),

    c("ow94-da-apple-forward-svarknap-driller", "apple_forward", "Frederik Hjort",
      "Videresender, svar-knappen driller på telefonen.\n8 års erfaring nu og jeg er kommet med "
      "i netværket for miljøtilsyn 🙂 ellers samme\nF",
      {"erfaring": "8", "grupper": "Netværk for miljøtilsyn"},
      {"interesser": "Spildevand; Klima", "grupper": "", "funktioner": "", "erfaring": "7",
       "tid": "Lidt"}, unchanged=True,
      note="Forwarded instead of replied: the quoted form is the same. Why he forwards is no "
           "matter for the chair."),

    c("ow94-da-outlook-html-initialer-i-skemaet", "outlook_html", "Kim Bjerregaard",
      "Mine rettelser står med KB i skemaet. God jul!\n\n" + SIG_SHORT,
      {"funktioner": "Høringstovholder; Sekretær", "erfaring": "16"},
      {"interesser": "Luft; IE-direktivet", "grupper": "Netværk for miljøtilsyn",
       "funktioner": "Sekretær", "erfaring": "15", "tid": "Nogen"},
      edits=[("add", "3. Funktioner", "KB: også høringstovholder, hvis der er brug for det"),
             ("add", "4. Erfaring", "KB: 16")],
      note="'også ... hvis der er brug for det' adds Høringstovholder to the kept Sekretær, like "
           "'if needed'."),

    c("ow94-da-owa-kollega-vil-med", "owa", "Helle Storm",
      "Hej\nMine svar er uændrede.\nSpørgsmål: min kollega Lars Brix arbejder også med PFAS og "
      "vil gerne med – skal han have sit eget skema, eller skal jeg bare videresende mit?\nHelle",
      {}, S1, unchanged=True, flagged=True,
      note="Question for the chair about a colleague; nothing about her own answers changes."),

    c("ow94-da-gmail-engelsk-efter-paamindelse", "gmail", "Tomasz Nowak",
      "Hi, sorry for the late reply, I only saw it after the reminder.\nPlease add air and soil. "
      "I can be secretary too.\nExperience 6 years now. Otherwise same as before.\n\nBest\nTomasz",
      {"interesser": "Spildevand; Luft; Jord", "funktioner": "Sekretær", "erfaring": "6"},
      {"interesser": "Spildevand", "grupper": "Netværk for miljøtilsyn", "funktioner": "",
       "erfaring": "5", "tid": "Nogen"}, unchanged=True,
      note="English on the Danish form: air = Luft, soil = Jord, secretary = Sekretær."),

    c("ow94-da-outlook-ios-barsel-andet", "outlook_ios", "Maja Lykke",
      "Jeg går på barsel fra 1. feb, så tid: lidt.\nAndet: barsel fra februar til november\nMaja",
      {"tid": "Lidt", "andet": "barsel fra februar til november"},
      {"interesser": "PFAS; Klima", "grupper": "Arbejdsgruppe om PFAS",
       "funktioner": "Høringstovholder", "erfaring": "9", "tid": "Nogen"},
      note="The leave is stated under her own 'Andet:' label, so it is recorded there and is not "
           "a separate message for the chair."),

    c("ow94-da-outlook-android-samme-som-birgitte", "outlook_android", "Emil Skov",
      "grupper: det samme som Birgitte Vinther, vi er med de samme steder\nerfaring 3 år nu\n/Emil",
      {"erfaring": "3"},
      {"interesser": "Affald", "grupper": "", "funktioner": "", "erfaring": "2", "tid": "Lidt"},
      ask=["grupper"],
      note="'det samme som Birgitte' cannot be recorded from this mail: passed on."),

    c("ow94-da-outlook-uden-aeoeaa", "outlook", "Søren Kjeldsen",
      "hej\n\nsidder paa en laant pc uden aeoeaa.\nstoej og luft kan I fjerne, jord skal paa. "
      "erfaring 14 aar.\n\nhilsen Soeren",
      {"interesser": "Jord; Klima", "erfaring": "14"},
      {"interesser": "Støj; Luft; Klima", "grupper": "Netværk for miljøtilsyn",
       "funktioner": "Formand", "erfaring": "13", "tid": "Meget"}),

    c("ow94-da-android-kemikalier-og-asbest", "android", "Lone Bisgaard",
      "Tilføj affald. Sidder også med kemikalier og asbest nu, hvis I har en kasse til det 😊\n"
      "Ellers uændret",
      {"interesser": "PFAS; Spildevand; Affald"},
      {"interesser": "PFAS; Spildevand", "grupper": "Arbejdsgruppe om PFAS", "funktioner": "",
       "erfaring": "10", "tid": "Nogen"},
      ask=["interesser"], unchanged=True,
      note="Affald recorded; kemikalier and asbest are no options and are passed on."),

    # --- English form -----------------------------------------------------------------------
    c("ow94-en-outlook-android-little-time", "outlook_android", "Hanna Berg",
      "Time: little, sorry – new project eats everything. Rest unchanged.\nH",
      {"time": "Little"}, E1, lang="en", unchanged=True),

    c("ow94-en-gmail-android-new-groundwater", "gmail_android", "Sara Lindqvist",
      "Hi! New in the group 👋 I mostly do PFAS and groundwater, 4 yrs. Would like to join the "
      "PFAS working group if there's room. Some time.\nSara",
      {"interests": "PFAS", "experience": "4", "time": "Some"}, {}, lang="en",
      ask=["interests", "groups"],
      note="groundwater is no option. She is not in the PFAS working group yet, she would like "
           "to join 'if there's room': a wish for the chair, not recorded as membership."),

    c("ow94-en-thunderbird-chair-handed-over", "thunderbird", "Peter Aagaard",
      "Hi\n\nPlease take me off as chair – I handed it over to Maria at the November meeting. "
      "Still happy to do consultations if needed.\n\n" + SIG_EN,
      {"functions": "Consultation coordinator"}, E1, lang="en",
      note="Chair already handed over: removed. 'do consultations if needed' = Consultation "
           "coordinator."),

    c("ow94-en-iphone-after-the-holidays", "iphone", "Oliver Hansen",
      "Thanks, will get to it after the holidays 🎅", {}, E2, lang="en",
      note="A promise to answer later: nothing recorded, not flagged."),

    c("ow94-en-owa-updated-below", "owa", "Marianne Kock",
      "Updated below. Merry Christmas!\nMarianne",
      {"interests": "Wastewater; Air; Climate", "experience": "11"}, E2, lang="en",
      edits=[("set", "[ ] Wastewater", "[x] Wastewater"), ("set", "Answer: 10", "Answer: 11")]),

    c("ow94-en-apple-mail-dansk-svar", "apple_mail", "Jens Ulrik Bak",
      "Hej – jeg svarer lige på dansk 🙂 Tilføj støj. Ellers uændret.\nJens Ulrik",
      {"interests": "Noise; Air; Climate"}, E2, lang="en", unchanged=True,
      note="Danish on the English form: støj = Noise."),

    c("ow94-en-outlook-prefix-out-of-office", "outlook_prefix", "Rikke Dahl",
      "Out of office until 6 January with limited access to mail. Quick answer: all the same, "
      "but remove noise.\n\nRikke",
      {"interests": "Wastewater"}, E1, lang="en", unchanged=True,
      note="The out-of-office explains the short answer; it is no absence from a meeting."),

    c("ow94-en-outlook-mac-html-experience-range", "outlook_mac_html", "Birgit Nørgaard",
      "Experience: 10-12 years depending on how you count the consultancy years.\n"
      "Time: a lot less than before, so put Some.\n\nBirgit",
      {"time": "Some"}, E2, lang="en", ask=["experience"],
      note="A range for experience is passed on; time is stated plainly as Some."),
]
