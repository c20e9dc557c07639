"""Unseen part 77 of the own-words form replies: a winter round (December 2027 - January 2028)
when the two-year role period ends. Written blind, by hand; people invented, at example.org."""

from common import E1, E2, S1, S2, S3, S4, SIG_EN, SIG_KOMMUNE, SIG_SHORT, c

BOTH = "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS"

# A few more sent profiles for this round (the form pre-fills them).
P_LARS = {"interesser": "Støj; Luft", "grupper": "Netværk for miljøtilsyn",
          "funktioner": "Sekretær", "erfaring": "9", "tid": "Nogen"}
P_KASPER = {"interesser": "Spildevand; Jord", "grupper": "Netværk for miljøtilsyn",
            "funktioner": "", "erfaring": "6", "tid": "Nogen"}
P_ULLA = {"interesser": "Støj; Luft", "grupper": "Netværk for miljøtilsyn",
          "funktioner": "Høringstovholder", "erfaring": "15", "tid": "Nogen"}
P_KIRSTEN = {"interesser": "Jord; VVM; IE-direktivet", "grupper": "Netværk for miljøtilsyn",
             "funktioner": "Høringstovholder", "erfaring": "31", "tid": "Lidt"}
P_EMIL = {"interesser": "Spildevand", "grupper": "", "funktioner": "Sekretær", "erfaring": "2",
          "tid": "Nogen"}
P_HENRIK = {"interesser": "Luft; Klima; IE-direktivet", "grupper": "Netværk for miljøtilsyn",
            "funktioner": "Høringstovholder", "erfaring": "17", "tid": "Meget"}
P_PETER = {"interesser": "Luft; Klima; IE-direktivet", "grupper": "Netværk for miljøtilsyn",
           "funktioner": "Høringstovholder; Sekretær", "erfaring": "11", "tid": "Nogen"}
P_AMIRA = {"interests": "Waste; Soil; EIA", "groups": "Inspection network",
           "functions": "Secretary", "experience": "7", "time": "Some"}
P_DAVID = {"interests": "Wastewater; Noise", "groups": "", "functions": "Consultation coordinator",
           "experience": "19", "time": "Some"}

CASES = [
    # ---------------------------------------------------------------- Danish form
    c("ow77-da-outlook-formand-genopstiller-ikke", "outlook", "Birgitte Holm",
      "Hej\n\nTak for skemaet. Mine to år som formand slutter med udgangen af december, og jeg "
      "genopstiller ikke – det har været en fornøjelse, men nu må en anden tage over. "
      "Høringstovholder fortsætter jeg gerne med.\n\nErfaringen skal rettes til 21 år. Ellers er "
      "alt som før.\n\n" + SIG_KOMMUNE,
      {"funktioner": "Høringstovholder", "erfaring": "21"}, S3, unchanged=True),

    c("ow77-da-iphone-sekretaer-igen", "iphone", "Mette Kjær",
      "Hej 😊 Jeg fortsætter gerne som sekretær i den nye periode. Resten er som før.\n\nMette",
      {"funktioner": "Sekretær"}, S1, unchanged=True,
      note="Confirms the pre-filled role; recorded as the member states it (same as sent)."),

    c("ow77-da-gmail-proever-sekretaer", "gmail", "Sofie Lund",
      "Hej tovholder\n\nJeg vil gerne prøve kræfter med sekretærrollen i den nye periode – jeg "
      "har aldrig haft en rolle i gruppen før, så det er vist på tide 🙂\n\nTid: stadig meget\n"
      "Andet: Jeg er blevet fastansat pr. 1. december, så det med barselsvikar gælder ikke "
      "længere.\n\nVh Sofie",
      {"funktioner": "Sekretær", "tid": "Meget",
       "andet": "Jeg er blevet fastansat pr. 1. december, så det med barselsvikar gælder ikke "
                "længere."}, S2,
      note="Andet is labelled, so her words replace the sent 'Barselsvikar til juni'."),

    c("ow77-da-owa-formand-hvis-birgitte-stopper", "owa", "Jesper Nørgaard",
      "Hej\n\nHvis Birgitte ikke fortsætter som formand, vil jeg gerne stille op. Fortsætter "
      "hun, bliver jeg bare ved som høringstovholder. Resten er uændret.\n\n" + SIG_SHORT,
      {"funktioner": "Høringstovholder"}, S4, ask=["funktioner"], unchanged=True,
      note="Formand depends on another member's decision: passed on to the chair. "
           "Høringstovholder holds either way, so that part is recorded."),

    c("ow77-da-outlook_ios-stopper-som-sekretaer", "outlook_ios", "Lars Bach",
      "Stopper som sekretær ved nytår. Mvh Lars",
      {"funktioner": ""}, P_LARS,
      note="His only function removed; giving up a role is an answer, not a message for the "
           "chair."),

    c("ow77-da-android-tager-hoeringer-efter-dorthe", "android", "Kasper Vinther",
      "hej. jeg tager gerne høringstovholder fra januar, Dorthe har sagt at hun stopper. er til "
      "gengæld gået ned på 30 timer så skriv lidt tid\n\n/Kasper",
      {"funktioner": "Høringstovholder", "tid": "Lidt"}, P_KASPER,
      note="Dorthe stopping is background, not a condition: he offers the role outright."),

    c("ow77-da-thunderbird-bytter-krydser", "thunderbird", "Hanne Lykke",
      "Hej\n\nJeg har rettet krydserne i skemaet nedenfor. Jeg bytter gerne høringerne ud med "
      "referaterne i den næste periode, det passer bedre med min kalender.\n\nMvh\nHanne Lykke",
      {"funktioner": "Sekretær"}, S4,
      edits=[("set", "[x] Høringstovholder", "[ ] Høringstovholder"),
             ("set", "[ ] Sekretær", "[x] Sekretær")]),

    c("ow77-da-apple_mail-ny-stilling", "apple_mail", "Rasmus Friis",
      "Kære tovholder\n\nEn lille opdatering: Jeg er startet i Teknik og Miljø 1. november og "
      "arbejder nu mest med støj og luft – spildevand og klima har jeg afleveret til min "
      "afløser. Jeg er stadig med i begge grupper.\n\nBarselsvikariatet er jo slut, så det kan I "
      "fjerne. Roller må I ikke regne med i denne omgang.\n\nMange hilsner\nRasmus",
      {"interesser": "Støj; Luft", "grupper": BOTH, "funktioner": "", "andet": ""}, S2,
      note="He asks to remove the sent Andet text ('Barselsvikar til juni'), so Andet is "
           "cleared; 'Roller må I ikke regne med' = no functions (sent was empty too)."),

    c("ow77-da-outlook_prefix-efter-jul", "outlook_prefix", "Poul Erik Jakobsen",
      "Tak for påmindelsen. Jeg kigger på det efter jul.\n\nPoul Erik",
      {}, S1),

    c("ow77-da-gmail_android-pil-i-skemaet-og-afbud", "gmail_android", "Ulla Dam",
      "Svar i skemaet. Jeg kan ikke deltage i mødet den 13. januar, er på kursus i Vejle.\n\n"
      "Hilsen Ulla",
      {"funktioner": "Høringstovholder"}, P_ULLA, flagged=True,
      edits=[("append", "[x] Høringstovholder", "  <- gerne en periode mere")],
      note="The arrow confirms the pre-filled role. The absence from the January meeting is for "
           "the chair."),

    c("ow77-da-owa_html-pension", "owa_html", "Kirsten Mogensen",
      "Kære alle\n\nJeg går på pension til marts, så jeg stopper som høringstovholder ved "
      "årsskiftet og melder mig ud af gruppen samtidig. Tak for mange gode år og god vind med "
      "det videre arbejde!\n\nKærlig hilsen\nKirsten",
      {"funktioner": ""}, P_KIRSTEN, flagged=True,
      note="Leaving the group (retirement) is for the chair; only the role she names is "
           "recorded, her networks are left to the chair."),

    c("ow77-da-outlook_mac-naestformand", "outlook_mac", "Mads Kristiansen",
      "Hej\n\nEt par ting:\n- Jeg fortsætter som høringstovholder.\n- Jeg kunne også godt tænke "
      "mig at være næstformand, hvis vi får sådan en post.\n- Jord er kommet til mine områder, "
      "PFAS og affald har jeg stadig.\n\nVenlig hilsen\nMads",
      {"interesser": "PFAS; Affald; Jord", "funktioner": "Høringstovholder"}, S4,
      ask=["funktioner"],
      note="Næstformand is no option on the form: asked. Høringstovholder recorded."),

    c("ow77-da-apple_forward-gammel-indbakke", "apple_forward", "Trine Overgaard",
      "Videresender lige til den rigtige adresse, den landede i min gamle indbakke.\n\n"
      "Sekretær: ja, gerne igen\nErfaring: 13 år nu\nTid: lidt mindre end sidst, så lidt\n\n"
      "Trine",
      {"funktioner": "Sekretær", "erfaring": "13", "tid": "Lidt"}, S1),

    c("ow77-da-thunderbird_bottom-vikariat-forlaenget", "thunderbird_bottom", "Nanna Bro",
      "Hej\n\nJeg kan ikke påtage mig nogen funktion i den kommende periode, for jeg ved ikke, "
      "om jeg er her efter 2028. Tiden bliver også lidt mindre – skriv nogen.\n\nAndet: "
      "Vikariatet er forlænget til 31.12.2028.\n\nHilsen\nNanna",
      {"funktioner": "", "tid": "Nogen", "andet": "Vikariatet er forlænget til 31.12.2028."},
      S2,
      note="'Tiden bliver også lidt mindre – skriv nogen': the answer is Nogen, 'lidt mindre' "
           "is no answer."),

    c("ow77-da-outlook_android-ja-til-sekretaer", "outlook_android", "Emil Thygesen",
      "Ja til sekretær igen. Sæt mig også på PFAS-gruppen tak",
      {"funktioner": "Sekretær", "grupper": "Arbejdsgruppe om PFAS"}, P_EMIL),

    c("ow77-da-outlook-formand-krydser", "outlook", "Louise Brandt",
      "Hej\n\nJeg har sat kryds i skemaet herunder. Nu hvor Birgitte stopper, melder jeg mig "
      "gerne som formand. Referaterne vil jeg til gengæld gerne give videre til en anden.\n\n"
      + SIG_KOMMUNE,
      {"funktioner": "Formand"}, S1,
      edits=[("set", "[ ] Formand", "[x] Formand"), ("set", "[x] Sekretær", "[ ] Sekretær")]),

    c("ow77-da-gmail-english-ptx", "gmail", "Pieter de Vries",
      "Hi,\n\nSorry for answering in English. I would like to continue as consultation "
      "coordinator (høringstovholder). Since a new Power-to-X plant came to our municipality I "
      "also work with Power-to-X now. Years of experience: 9.\n\nEverything else as before.\n\n"
      "Best regards,\nPieter",
      {"interesser": "PFAS; Affald; Power-to-X", "funktioner": "Høringstovholder",
       "erfaring": "9"}, S4, unchanged=True,
      note="English on the Danish form; answers in the Danish option spellings."),

    c("ow77-da-iphone-ikke-sekretaer-mere", "iphone", "Jonas Schmidt",
      "hej, jeg kan ikke vaere sekretaer mere, har faaet for meget andet paa bordet. men vil "
      "gerne staa for hoeringerne hvis der er brug for det\n\nmvh jonas",
      {"funktioner": "Høringstovholder"}, S1,
      note="aa/ae spellings; 'hvis der er brug for det' is an ordinary 'if needed', recorded. "
           "'andet' here is no label."),

    c("ow77-da-owa-to-roller", "owa", "Henrik Søndergaard",
      "Hej\n\nJeg fortsætter gerne som høringstovholder og kunne også tage referaterne – men kan "
      "man overhovedet have to roller på én gang? Det står der ikke noget om i skemaet.\n\nMvh "
      "Henrik Søndergaard",
      {"funktioner": "Høringstovholder; Sekretær"}, P_HENRIK, flagged=True,
      note="He is willing to take both (the question asks what he could take on); his question "
           "about holding two roles is for the chair."),

    c("ow77-da-outlook_html-rettet-i-skemaet", "outlook_html", "Camilla Juhl",
      "Hej\n\nJeg har rettet direkte i skemaet. Ingen roller til mig denne gang, men spørg gerne "
      "igen om to år.\n\nVh Camilla",
      {"erfaring": "4", "tid": "Nogen", "funktioner": ""}, S2,
      edits=[("set", "Svar: 3", "Svar: 4"), ("set", "[x] Meget", "[ ] Meget"),
             ("set", "[ ] Nogen", "[x] Nogen")],
      note="'Ingen roller' = no functions (same as sent)."),

    c("ow77-da-android-deler-sekretaer-med-thomas", "android", "Signe Bjerre",
      "Hej Tovholder!\nThomas og jeg har aftalt at dele sekretærjobbet, så han tager "
      "referaterne i foråret og jeg i efteråret. Ellers ingen ændringer herfra 🙂",
      {"funktioner": "Sekretær"}, S1, ask=["funktioner"], unchanged=True,
      note="A shared role arranged with another member: passed on to the chair. That she will "
           "be (half) secretary is confident and recorded."),

    c("ow77-da-outlook_mac_html-beholder-hoeringer", "outlook_mac_html", "Peter Lauridsen",
      "Hej\n\nJeg beholder høringerne, men sekretær må en anden overtage. Til gengæld har jeg "
      "fået bedre tid efter omorganiseringen, så I kan sætte mig til meget tid.\n\nHilsen Peter",
      {"funktioner": "Høringstovholder", "tid": "Meget"}, P_PETER),

    c("ow77-da-apple_mail-femten-aar-formand", "apple_mail", "Anne-Mette Rask",
      "Hej med jer\n\nErfaringen er forkert – jeg har femten år på området, ikke otte. Jeg "
      "stiller gerne op som formand, nu hvor Birgitte stopper, og høringerne kan jeg godt blive "
      "ved med ved siden af. Jeg regner med at have meget tid i 2028.\n\nHilsen\nAnne-Mette",
      {"erfaring": "15", "funktioner": "Formand; Høringstovholder", "tid": "Meget"}, S4),

    c("ow77-da-outlook_prefix-skrevet-ind", "outlook_prefix", "Morten Hvid",
      "Svar skrevet ind nedenfor.\n\nMorten",
      {"interesser": "Spildevand; Luft; Jord", "funktioner": "Høringstovholder"}, S2,
      ask=["funktioner"],
      edits=[("add", "1. Interesser", "Jord er kommet til, klima har jeg ikke mere."),
             ("add", "3. Funktioner", "Høringstovholder: ja. Formand evt., hvis ingen andre "
                                      "vil.")],
      note="Formand only if nobody else stands: a condition on others, asked. "
           "Høringstovholder recorded."),

    c("ow77-da-outlook_mac-intet-nyt", "outlook_mac", "Bente Iversen",
      "Intet nyt herfra, alt er som sidst.\n\nGod jul og godt nytår! 🎄\nBente",
      {}, S4, unchanged=True),

    # ---------------------------------------------------------------- English form
    c("ow77-en-outlook-chair-steps-down", "outlook", "Sarah Mitchell",
      "Hi all,\n\nMy two years as chair end in December and I won't stand again – time for "
      "fresh eyes. I'm happy to take the minutes instead if that helps.\n\nExperience is now 21 "
      "years. Otherwise as before.\n\n" + SIG_EN,
      {"functions": "Secretary", "experience": "21"}, E1, lang="en", unchanged=True,
      note="'take the minutes' is the Secretary role (Writes the minutes)."),

    c("ow77-en-owa_html-consultations-from-january", "owa_html", "Tomasz Nowak",
      "Hello,\n\nFrom January I can take on consultation coordinator. Please also take me off the "
      "PFAS working group – I no longer do any PFAS cases. Time: some rather than much from "
      "now on.\n\nRegards,\nTomasz",
      {"functions": "Consultation coordinator", "groups": "Inspection network", "time": "Some"},
      E2, lang="en"),

    c("ow77-en-gmail-danish-on-english-form", "gmail", "Jørgen Falk",
      "Hej\n\nUndskyld det danske svar. Jeg fortsætter gerne som formand en periode til. Støj "
      "har jeg ikke længere, det er gået til en ny kollega. Resten passer.\n\nMvh Jørgen",
      {"functions": "Chair", "interests": "Wastewater"}, E1, lang="en", unchanged=True,
      note="Danish on the English form; answers in the English option spellings. "
           "'Resten passer' = the rest is as before."),

    c("ow77-en-thunderbird-edited-form-leave", "thunderbird", "Ian Cooper",
      "Hi,\n\nI've edited the form below. Someone else should chair from January.\n\nCheers,\n"
      "Ian",
      {"functions": "", "experience": "22",
       "other": "On parental leave February–April 2028"}, E1, lang="en",
      edits=[("set", "[x] Chair", "[ ] Chair"), ("set", "Answer: 20", "Answer: 22"),
             ("set", "Answer:", "Answer: On parental leave February–April 2028", "6. Other")],
      note="The leave is written as the answer to Other, so it is recorded there, not flagged."),

    c("ow77-en-outlook_ios-secretary-january-meeting", "outlook_ios", "Lena Fischer",
      "Happy to be secretary for the next two years. I can't make the January meeting though – "
      "I'll send comments by mail.",
      {"functions": "Secretary"}, E2, lang="en", flagged=True,
      note="Absence from the January meeting is for the chair."),

    c("ow77-en-apple_mail-secretary-and-consultations", "apple_mail", "Amira Haddad",
      "Hi,\n\nI'll continue as secretary for another term, and I could do the consultations too "
      "if needed. No change otherwise.\n\nAmira",
      {"functions": "Consultation coordinator; Secretary"}, P_AMIRA, lang="en", unchanged=True),

    c("ow77-en-outlook_android-which-roles-open", "outlook_android", "Oliver Grant",
      "Quick question before I answer: which roles are actually up for grabs? I don't want to "
      "take one from someone who wants to continue. I could be chair if Sarah really steps "
      "down.",
      {}, E2, lang="en", ask=["functions"],
      note="Chair depends on another member stepping down, plus a question about the open "
           "roles: passed on to the chair."),

    c("ow77-en-android-keep-me-coordinator", "android", "David Kowalski",
      "hi - keep me as consultation coordinator pls. noise no longer, waste instead. 20 yrs now"
      "\n\nD",
      {"functions": "Consultation coordinator", "interests": "Wastewater; Waste",
       "experience": "20"}, P_DAVID, lang="en"),
]
