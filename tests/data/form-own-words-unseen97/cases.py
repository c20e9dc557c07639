"""Unseen part 97 of the own-words form replies: a round in a group with several English-speaking
members (Nordic cooperation project, international staff). Written blind, by hand; the expected
answers are what a careful human secretary records. People invented, at example.org."""

from common import E1, E2, S1, S2, S3, S4, SIG_EN, SIG_KOMMUNE, SIG_SHORT, c

# extra sent profiles for this round
E3 = {"interests": "Soil; Climate", "groups": "", "functions": "", "experience": "4",
      "time": "Little"}

CASES = [
    # ---------------- English form -----------------------------------------------------------
    c("ow97-en-gmail-nordic-new-member", "gmail", "Linnea Bergström",
      "Hi!\n\n"
      "I am Linnea, new in the group through the Nordic cooperation project (I sit in Malmö but "
      "will work with you until 2031). Here are my answers:\n\n"
      "I work mostly with wastewater and PFAS, a little bit also noise.\n"
      "Groups: only the PFAS working group for now.\n"
      "I can be secretary if you need one.\n"
      "I have around 6 years experience.\n"
      "Time: some\n\n"
      "Best regards / Med vänliga hälsningar\n{first}",
      {"interests": "PFAS; Wastewater; Noise", "groups": "PFAS working group",
       "functions": "Secretary", "experience": "6", "time": "Some"},
      {}, lang="en",
      note="'around 6 years' recorded as 6: an approximate number of years is still a number. "
           "'a little bit also noise' is an interest, not the time answer. 'secretary if you "
           "need one' is an offer, recorded."),

    c("ow97-en-outlook-chair-handover-leave", "outlook", "Fiona McAllister",
      "Hi,\n\n"
      "After six years as chair I think it is time for someone else – please take me off as "
      "Chair. I'm happy to be consultation coordinator instead.\n"
      "Everything else is unchanged.\n\n"
      "Also, I'm on leave from 15 January to 28 February, so I will miss the January meeting.\n\n"
      + SIG_EN,
      {"functions": "Consultation coordinator"},
      E1, lang="en", unchanged=True, flagged=True,
      note="'six years as chair' is not her experience (stays 20). Flagged for the absence "
           "from the January meeting."),

    c("ow97-en-iphone-all-correct", "iphone", "Sanna Koskinen",
      "All still correct 👍",
      {}, E2, lang="en", unchanged=True),

    c("ow97-en-thunderbird-edited-form", "thunderbird", "Pekka Virtanen",
      "Hi, updated the form below. Less time this year because I am also in the steering "
      "group of the Nordic project.\n\nPekka",
      {"interests": "Noise; Air; Climate", "experience": "11", "time": "Little"},
      E2, lang="en",
      edits=[("set", "[ ] Noise", "[x] Noise"), ("set", "[x] Much", "[ ] Much"),
             ("set", "[ ] Little", "[x] Little"), ("set", "Answer: 10", "Answer: 11")],
      note="All changes made by crosses and a typed number in the quoted form; the steering "
           "group is the reason for less time, not an answer."),

    c("ow97-en-owa-danish-words", "owa", "Ahmed Rahimi",
      "Hej!\n\n"
      "Please add jord (soil) and VVM to my interests – I took over those cases from Søren "
      "when he moved to byggeri. Rest is the same.\n\n"
      "Mange tak\nAhmed",
      {"interests": "Wastewater; Noise; Soil; EIA"},
      E1, lang="en", unchanged=True,
      note="Danish words on the English form: jord = Soil, VVM = EIA."),

    c("ow97-en-outlook-android-new-range", "outlook_android", "Ingrid Solheim",
      "Hi! Interests: air, climate, power to x. Inspection network. Experience 5-7 years "
      "depending how you count. Not much time before summer\nIngrid",
      {"interests": "Air; Climate; Power-to-X", "groups": "Inspection network",
       "time": "Little"},
      {}, lang="en", ask=["experience"],
      note="A range of years is passed on. 'Not much time before summer' recorded as Little "
           "for this round."),

    c("ow97-en-apple-mail-no-box", "apple_mail", "Tom Whitfield",
      "Hello,\n\n"
      "I now also work with odour complaints and light pollution, but there is no box for "
      "that. Could you add them to the form next year? Otherwise as before.\n\n"
      "Cheers,\nTom",
      {}, E2, lang="en", unchanged=True, ask=["interests"],
      note="Odour and light pollution are no options: passed on with the question about "
           "the form."),

    c("ow97-en-android-new-job", "android", "Jonas Brink",
      "Dear all,\n\n"
      "I wanted to let you know that I am leaving Example Municipality at the end of January – "
      "I start at Miljøstyrelsen (the Danish EPA) in February. So I won't be part of the group "
      "after that, and you will need a new chair. Until then everything in the form is "
      "correct.\n\n"
      "Thank you for a great collaboration!\nJonas",
      {}, E1, lang="en", unchanged=True, flagged=True,
      note="Leaving the group is for the chair; the form itself is confirmed as it is."),

    c("ow97-en-outlook-mac-danish-reply", "outlook_mac", "Rasmus Brandt",
      "Hej – jeg svarer lige på dansk, håber det er ok.\n\n"
      "Jeg kan godt tage sekretærjobbet i foråret.\n"
      "Erfaring: 11 år nu.\n"
      "Tid: lidt mindre end sidst, så sæt mig bare på lidt.\n\n"
      "Rasmus",
      {"functions": "Secretary", "experience": "11", "time": "Little"},
      E2, lang="en",
      note="Danish on the English form. 'i foråret' is a qualifier on an offer he makes "
           "himself; Secretary recorded."),

    c("ow97-en-thunderbird-bottom-numbered", "thunderbird_bottom", "Maria Kowalczyk",
      "Hi,\nmy answers:\n"
      "1. wastewater, noise, IED (new)\n"
      "2. same\n"
      "3. not chair any more - but I can be secretary\n"
      "4. 21\n"
      "5. some\n\n"
      "Maria",
      {"interests": "Wastewater; Noise; IED", "functions": "Secretary", "experience": "21",
       "time": "Some"},
      E1, lang="en",
      note="Bottom-posted, numbered by question. Time 'some' restates the sent value; "
           "recorded as she answered it. Groups 'same': nothing to record."),

    c("ow97-en-owa-html-seconded-other", "owa_html", "Guðrún Jónsdóttir",
      "Dear secretary,\n\n"
      "Please add the PFAS working group – I joined it in October. And my experience is now "
      "five years.\n\n"
      "Other: I am seconded from the Nordic project until 30 June 2031, after that I go back "
      "to Reykjavík.\n\n"
      "Best regards,\nGuðrún",
      {"groups": "PFAS working group", "experience": "5",
       "other": "I am seconded from the Nordic project until 30 June 2031, after that I go back "
                "to Reykjavík."},
      E3, lang="en", email="gudrun.jonsdottir@example.org",
      note="Other is labelled by her, recorded in her words; not flagged."),

    c("ow97-en-outlook-prefix-typed-form", "outlook_prefix", "Rajesh Iyer",
      "Hi, I have filled in the form below.\nThanks, Rajesh",
      {"interests": "Waste; EIA", "groups": "Inspection network", "experience": "15",
       "time": "Some", "other": "Working 80 % (Monday–Thursday)"},
      {}, lang="en",
      edits=[("set", "[ ] Waste", "[x] Waste"), ("set", "[ ] EIA", "[x] EIA"),
             ("set", "[ ] Inspection network", "[x] Inspection network"),
             ("set", "Answer:", "Answer: 15", "4. Experience"),
             ("set", "[ ] Some", "[x] Some"),
             ("set", "Answer:", "Answer: Working 80 % (Monday–Thursday)", "6. Other")],
      note="New member, everything typed into the quoted form (crosses and Answer lines)."),

    # ---------------- Danish form ------------------------------------------------------------
    c("ow97-da-outlook-english-changes", "outlook", "Katrin Hoffmann",
      "Hi,\n\n"
      "sorry, my Danish is not good enough yet for the form, so I answer in English 🙂\n\n"
      "- I don't work with noise any more, but now with air and soil.\n"
      "- Still in the PFAS group.\n"
      "- I can't be secretary anymore, but I would like to coordinate the consultations "
      "(høringer).\n"
      "- Experience: 13 years now.\n"
      "- Time: the same.\n\n"
      + SIG_EN,
      {"interesser": "PFAS; Luft; Jord", "funktioner": "Høringstovholder", "erfaring": "13"},
      S1,
      note="English on the Danish form; 'coordinate the consultations' = Høringstovholder. "
           "'Time: the same' is about one field only, not 'the rest as before'."),

    c("ow97-da-gmail-mixed-danish-english", "gmail", "Tomasz Nowak",
      "Hej!\n\n"
      "Jeg har lært lidt dansk nu :)\n"
      "Interesser: PFAS, affald og spildevand now also\n"
      "Tid: nogen\n"
      "Erfaring 9 år\n\n"
      "Mvh Tomasz",
      {"interesser": "PFAS; Spildevand; Affald", "erfaring": "9", "tid": "Nogen"},
      S4,
      note="'lidt dansk' is about his Danish, not time. Tid restates the sent value."),

    c("ow97-da-iphone-stopper-som-formand", "iphone", "Bent Mikkelsen",
      "Hej\nJeg stopper som formand ved årsskiftet men fortsætter gerne som høringstovholder. "
      "Ellers uændret\nBent",
      {"funktioner": "Høringstovholder"},
      S3, unchanged=True,
      note="Stopping at the turn of the year is recorded for this round."),

    c("ow97-da-outlook-prefix-fastansat", "outlook_prefix", "Rikke Sørensen",
      "Hej tovholder\n\n"
      "Jeg er blevet fastansat pr. 1. november, så barselsvikariatet kan slettes under Andet.\n"
      "Jeg er desuden begyndt at arbejde med IE-direktivet – de fleste af de tunge "
      "industrivirksomheder er landet hos mig.\n"
      "Tid: stadig meget.\n\n"
      + SIG_KOMMUNE,
      {"interesser": "Spildevand; Luft; Klima; IE-direktivet", "andet": "", "tid": "Meget"},
      S2,
      note="She asks for the Andet text to be deleted: andet recorded as empty."),

    c("ow97-da-thunderbird-rettet-i-skemaet", "thunderbird", "Henrik Lund",
      "Hej\n\nJeg har rettet direkte i skemaet nedenfor.\n\nHilsen Henrik",
      {"interesser": "PFAS; Spildevand", "erfaring": "13", "tid": "Meget"},
      S1,
      edits=[("set", "[x] Støj", "[ ] Støj"), ("set", "[ ] Spildevand", "[x] Spildevand"),
             ("set", "Svar: 12", "Svar: 13"), ("set", "[x] Nogen", "[ ] Nogen"),
             ("set", "[ ] Meget", "[x] Meget")]),

    c("ow97-da-android-afbud-januar", "android", "Lone Bach",
      "Hej. Alt er som sidst.\n"
      "Men jeg kan ikke deltage i mødet d. 14. januar pga. kursus i Kolding.\n"
      "Hilsen Lone",
      {}, S4, unchanged=True, flagged=True,
      note="Flagged for the absence from the meeting."),

    c("ow97-da-owa-grundvand-drikkevand", "owa", "Jytte Andersen",
      "Hej\n\n"
      "Jeg arbejder nu mest med grundvandsbeskyttelse og drikkevand, og stadig lidt med jord. "
      "Affald har jeg afleveret til en ny kollega, VVM beholder jeg.\n\n"
      "Mvh\nJytte",
      {"interesser": "Jord; VVM"},
      S3, ask=["interesser"],
      note="Grundvand and drikkevand are no options: passed on; the confident part (Affald "
           "removed, Jord and VVM kept) recorded. 'lidt med jord' is not the time answer."),

    c("ow97-da-outlook-ios-fjern-pfas-gruppen", "outlook_ios", "Maja Frost",
      "fjern mig fra pfas gruppen. ellers alt det samme",
      {"grupper": "Netværk for miljøtilsyn"},
      S2, unchanged=True),

    c("ow97-da-gmail-android-uden-ae-oe-aa", "gmail_android", "Søren Aagaard",
      "Hej\n"
      "Jeg er ny i gruppen (startede i september). Fagomraader: stoej, luft og jord. "
      "Netvaerk for miljoetilsyn. Kan godt vaere hoeringstovholder. 2 aars erfaring. "
      "Tid: nogen\n"
      "Mvh Soeren",
      {"interesser": "Støj; Luft; Jord", "grupper": "Netværk for miljøtilsyn",
       "funktioner": "Høringstovholder", "erfaring": "2", "tid": "Nogen"},
      {},
      note="Phone keyboard without æ/ø/å."),

    c("ow97-da-apple-mail-femogtyve-aar", "apple_mail", "Lars Winther",
      "Hej\n\n"
      "Lars her. Erfaringen skal rettes til femogtyve år – jeg har vist ikke fået opdateret "
      "den i et par år.\n"
      "Og nu hvor jeg er gået ned i tid på byggesagerne, har jeg meget mere tid til gruppen, "
      "så sæt mig gerne på meget.\n\n"
      + SIG_SHORT,
      {"erfaring": "25", "tid": "Meget"},
      S3),

    c("ow97-da-apple-forward-formand-hvis", "apple_forward", "Birgitte Nørgaard",
      "Jeg vil gerne være formand, hvis Mette ikke genopstiller. Sekretær kan jeg stadig godt "
      "være.\n\nB.",
      {"funktioner": "Sekretær"},
      S1, ask=["funktioner"],
      note="Formand depends on someone else (Mette): passed on. Sekretær is stated explicitly "
           "and equals the sent set; recorded as the confident part."),

    c("ow97-da-outlook-html-barsel-andet", "outlook_html", "Cecilie Krogh",
      "Kære tovholder\n\n"
      "Jeg går på barsel fra 1. februar og er tilbage i januar 2028. Sæt derfor min tid til "
      "lidt indtil videre.\n\n"
      "Andet: På barsel 1. feb. 2027 – jan. 2028. Kontakt Ole Friis i min afdeling i "
      "mellemtiden.\n\n"
      "Venlig hilsen\nCecilie",
      {"tid": "Lidt",
       "andet": "På barsel 1. feb. 2027 – jan. 2028. Kontakt Ole Friis i min afdeling i "
                "mellemtiden."},
      S4,
      note="The leave is given by her under the Andet label and recorded there; no separate "
           "message for the chair, so not flagged."),

    c("ow97-da-owa-html-svensk-engelsk", "owa_html", "Elin Sjöberg",
      "Hej!\n\n"
      "Jag förstår danskan bra men skriver hellre på engelska:\n"
      "I work with Power-to-X and climate. Only the inspection network. Experience: 8 years. "
      "Time: little for now.\n\n"
      "Hälsningar\nElin",
      {"interesser": "Klima; Power-to-X", "grupper": "Netværk for miljøtilsyn",
       "erfaring": "8", "tid": "Lidt"},
      {},
      note="Swedish greeting, English answers on the Danish form."),

    c("ow97-da-outlook-mac-pension", "outlook_mac", "Kirsten Dahl",
      "Hej alle\n\n"
      "Jeg går på pension 1. april 2027, så det her bliver mit sidste skema. Indtil da er alt "
      "som før – men find gerne en ny formand i god tid.\n\n"
      "Tak for mange gode år!\nKirsten",
      {}, S3, unchanged=True, flagged=True,
      note="Retiring/leaving the group is for the chair."),

    c("ow97-da-outlook-android-tak", "outlook_android", "Niels Ebbesen",
      "Tak",
      {}, S4),

    c("ow97-da-gmail-alt-undtagen", "gmail", "Pernille Vestergaard",
      "Hej\n\n"
      "Interesser: alt undtagen støj og Power-to-X\n"
      "Grupper: begge\n"
      "Funktioner: ingen lige nu\n"
      "Erfaring: 17\n"
      "Tid: Nogen\n\n"
      "Pernille",
      {"interesser": "PFAS; Spildevand; Affald; Luft; Jord; Klima; VVM; IE-direktivet",
       "grupper": "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS", "funktioner": "",
       "erfaring": "17", "tid": "Nogen"},
      {},
      note="'Funktioner: ingen' recorded as the empty set (same as the empty sent value)."),

    c("ow97-da-thunderbird-bottom-finsk-engelsk", "thunderbird_bottom", "Aino Lehtonen",
      "Hello, sorry for English.\n\n"
      "Please change: add me to the PFAS working group as well. Remove the consultation "
      "coordinator, I don't have time for it this year. Time: little. 8 years is now 9.\n\n"
      "Thank you!\nAino",
      {"grupper": "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS", "funktioner": "",
       "erfaring": "9", "tid": "Lidt"},
      S4,
      note="English on the Danish form, bottom-posted. Removing her only function gives the "
           "empty set."),

    c("ow97-da-iphone-to-tal-erfaring", "iphone", "Thomas Bjerre",
      "Erfaring: 12 år i kommunen, men 20 i alt med tiden i rådgivning. Resten passer.",
      {}, S1, unchanged=True, ask=["erfaring"],
      note="Two numbers for experience: which one counts is for the chair."),

    c("ow97-da-outlook-spoergsmaal-netvaerk", "outlook", "Signe Kragh",
      "Hej\n\n"
      "Jeg har sat kryds i skemaet. Et spørgsmål: tæller det regionale tilsynsnetværk i "
      "Midtjylland også som Netværk for miljøtilsyn? Ellers står jeg forkert der.\n\n"
      "Signe",
      {"interesser": "PFAS; Støj"},
      S4, ask=["grupper"],
      edits=[("set", "[ ] Støj", "[x] Støj"), ("set", "[x] Affald", "[ ] Affald")],
      note="Crosses in the form change interesser. Her groups answer depends on the chair's "
           "answer to her question: passed on rather than recorded."),

    c("ow97-da-outlook-mac-html-samme-som-jens", "outlook_mac_html", "Mikkel Juhl",
      "Hej\n\n"
      "Skriv bare det samme som Jens Kjær, vi sidder med præcis de samme sager. Dog har jeg "
      "kun 4 års erfaring.\n\n"
      "/Mikkel",
      {"erfaring": "4"},
      {}, flagged=True,
      note="'Det samme som Jens' cannot be recorded by the secretary: flagged for the chair; "
           "his own number is recorded."),

    c("ow97-da-android-smaa-bogstaver", "android", "Anne Thomsen",
      "hej jeg er stopet med klima, men har fået stoj og jord istedet. tid er stadig meget. "
      "mvh anne",
      {"interesser": "Spildevand; Støj; Luft; Jord", "tid": "Meget"},
      S2,
      note="Typos ('stopet', 'stoj'); Klima removed, Støj and Jord added."),

    c("ow97-da-gmail-android-ja-ved-formand", "gmail_android", "Vibeke Holm",
      "Se mine rettelser i skemaet 🙂\n\nVibeke",
      {"funktioner": "Formand; Sekretær", "erfaring": "13"},
      S1,
      edits=[("append", "[ ] Formand", "  ja gerne, fra 2027"),
             ("set", "Svar: 12", "Svar: tretten")],
      note="'ja gerne' written after the Formand box instead of a cross: Formand added. "
           "The number is typed as a word."),
]
