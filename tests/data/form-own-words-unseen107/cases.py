"""Unseen part 107 of the own-words competence-form replies (issue 14), by hand.

Theme: the round at the end of a two-year term (the term runs out in September); the closing
part: members renewing or giving up their roles (Formand, Høringstovholder, Sekretær), the usual
changes of topics and time, every kind of client. What a careful human secretary records; never
checked against the parser. People invented, at example.org.

Policy used throughout (see the notes): an explicit confirmation of a pre-filled value ("jeg
fortsætter gerne som sekretær", "stadig lidt tid") is recorded, with the same value as sent.
"""

from common import E1, E2, S1, S2, S3, S4, SIG_EN, SIG_KOMMUNE, SIG_SHORT, c

BOTH = "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS"

CASES = [
    # --- Danish form ---------------------------------------------------------------------------
    c("ow107-da-outlook-formand-giver-stafetten-videre", "outlook", "Hanne Kjærgaard",
      "Hej\n\n"
      "Tak for skemaet. Jeg har nu været formand i fire år, og jeg synes, det er på tide at give "
      "stafetten videre, så jeg stiller ikke op som formand igen, når perioden udløber i "
      "september. Høringerne vil jeg gerne blive ved med at samle.\n\n"
      "Ellers er alt, som det står.\n\n" + SIG_KOMMUNE,
      {"funktioner": "Høringstovholder"}, S3, unchanged=True,
      note="Stepping down as chair is an answer to funktioner (Formand removed, "
           "Høringstovholder kept), not a separate message for the chair. 'fire år' is time as "
           "chair, not erfaring."),

    c("ow107-da-iphone-modtaget", "iphone", "Mikkel Dahl",
      "Modtaget, tak. Kigger på det i weekenden",
      {}, S1,
      note="Says nothing about the form yet."),

    c("ow107-da-gmail-sekretaer-igen-og-klima", "gmail", "Louise Brandt",
      "Hej tovholder,\n\n"
      "Jeg tager gerne en tørn mere som sekretær – det har været fint at skrive referaterne.\n\n"
      "Siden sidste skema har jeg fået klimatilpasning ind over mit bord, så Klima må gerne på "
      "listen. Erfaring er 14 år nu.\n\n"
      "Mvh Louise",
      {"interesser": "PFAS; Støj; Klima", "funktioner": "Sekretær", "erfaring": "14"}, S1,
      note="funktioner is the sent value, recorded because she confirms it explicitly for the "
           "new term."),

    c("ow107-da-outlook_prefix-slipper-hoeringerne", "outlook_prefix", "Jesper Lund",
      "Hej\n\n"
      "Jeg vil gerne slippe høringstovholder efter denne periode. Det har taget mere tid end jeg "
      "havde regnet med, især med alle vandplanhøringerne.\n"
      "Jeg kan evt. tage sekretær i stedet, hvis der ikke er andre der melder sig?\n\n"
      "Tid: lidt\n\n"
      "mvh\nJesper",
      {"funktioner": "", "tid": "Lidt"}, S4, ask=["funktioner"],
      note="Dropping Høringstovholder is certain and recorded (set now empty). Sekretær is offered "
           "only if nobody else volunteers (a condition on others, with a question mark), so it is "
           "passed on rather than added."),

    c("ow107-da-owa-pension-til-marts", "owa", "Poul Erik Madsen",
      "Kære tovholder\n\n"
      "Jeg går på pension med udgangen af februar, så jeg udfylder ikke skemaet denne gang. Det "
      "betyder også, at I skal finde en ny sekretær til den næste periode.\n\n"
      "Tak for mange gode år i gruppen – det har været en fornøjelse.\n\n"
      "De bedste hilsner\nPoul Erik",
      {}, {"interesser": "Spildevand; Jord", "grupper": "Netværk for miljøtilsyn",
           "funktioner": "Sekretær", "erfaring": "31", "tid": "Nogen"},
      flagged=True,
      note="Retiring and leaving the group: for the chair, who removes the member. The secretary "
           "records nothing (not even the end of Sekretær) since the whole membership ends."),

    c("ow107-da-android-fastansat", "android", "Amalie Skov",
      "Er fastansat nu 🎉 så det med barselsvikar kan bare slettes. Vil gerne prøve kræfter med "
      "sekretær-jobbet i den nye periode",
      {"funktioner": "Sekretær", "andet": ""}, S2,
      note="The pre-filled Andet ('Barselsvikar til juni') is one she explicitly asks to delete, "
           "so it is recorded as emptied; no new free text is recorded (unlabelled)."),

    c("ow107-da-thunderbird-ptx-i-stedet-for-pfas", "thunderbird", "Lone Vestergaard",
      "Hej\n\n"
      "Har rettet direkte i skemaet. PFAS-sagerne er gået videre til vores nye kollega, og jeg "
      "har til gengæld fået de to PtX-anlæg ude ved havnen.\n\n"
      "Hilsen Lone",
      {"interesser": "Affald; Power-to-X"}, S4,
      edits=[("set", "[x] PFAS", "[ ] PFAS"), ("set", "[ ] Power-to-X", "[x] Power-to-X")]),

    c("ow107-da-outlook_mac-formand-hvis-ingen-andre", "outlook_mac", "Henrik Bach",
      "Hej alle\n\n"
      "Formand: Jeg fortsætter gerne, hvis der ikke er andre, der har lyst – ellers tager jeg "
      "hellere en pause og er bare menigt medlem et par år.\n\n"
      "Jeg er gået ned på 30 timer fra 1. januar, så sæt mig på lidt tid.\n\n"
      "Resten kan blive stående.\n\n"
      "Hilsen\nHenrik",
      {"tid": "Lidt"},
      {"interesser": "Støj; Luft", "grupper": "Netværk for miljøtilsyn", "funktioner": "Formand",
       "erfaring": "17", "tid": "Nogen"},
      ask=["funktioner"], unchanged=True,
      note="Continuing as chair depends on whether others want it: passed on, neither kept nor "
           "removed by the secretary. '30 timer' is working hours, not erfaring."),

    c("ow107-da-gmail_android-barsel-fra-marts", "gmail_android", "Sofie Kragh",
      "Hej! Jeg skal på barsel fra marts 👶 og er væk et års tid, så I må finde en anden sekretær "
      "til næste periode. Jeg kan heller ikke være med til møderne fra marts.\n"
      "Tid: lidt (indtil videre)",
      {"funktioner": "", "tid": "Lidt"}, S1, flagged=True,
      note="Sekretær removed (she asks them to find another); the absence from meetings from "
           "March is for the chair, hence flagged."),

    c("ow107-da-apple_mail-ny-afdeling", "apple_mail", "Mette Frost",
      "Hej\n\n"
      "Der er sket lidt siden sidst: Jeg er flyttet over i virksomhedsteamet pr. 1. november. Det "
      "betyder, at jeg nu arbejder med affald og jord i stedet for spildevand. Luft og klima har "
      "jeg stadig.\n\n"
      "Netværket for miljøtilsyn bliver jeg i, men PFAS-arbejdsgruppen må jeg melde fra, det har "
      "jeg ikke længere tid til.\n\n"
      "Venlig hilsen\nMette",
      {"interesser": "Affald; Luft; Jord; Klima", "grupper": "Netværk for miljøtilsyn"}, S2,
      note="'Der er sket lidt' is not the Lidt time option; tid is not mentioned. Moving team "
           "within the same municipality is not for the chair."),

    c("ow107-da-owa_html-rettelser-i-skemaet", "owa_html", "Camilla Thorsen",
      "Hej\nJeg har rettet i skemaet herunder. Bytter gerne referaterne ud med høringerne i den "
      "nye periode.\n/Camilla",
      {"funktioner": "Høringstovholder", "erfaring": "14"}, S1,
      edits=[("set", "[ ] Høringstovholder", "[x] Høringstovholder"),
             ("set", "[x] Sekretær", "[ ] Sekretær"),
             ("set", "Svar: 12", "Svar: 14")]),

    c("ow107-da-outlook_ios-english-on-danish-form", "outlook_ios", "Fiona Walsh",
      "Hi,\n"
      "Sorry for replying in English – my Danish is not good enough for forms yet!\n"
      "I would like to step down as consultation coordinator when the term ends, but I'm happy "
      "to stay in the inspection network. Please add noise, I have taken over the wind turbine "
      "cases.\n"
      "Everything else is the same.\n"
      "Fiona",
      {"interesser": "PFAS; Affald; Støj", "funktioner": ""}, S4, unchanged=True,
      note="English on the Danish form, recorded in the Danish option spellings. Staying in the "
           "network confirms the sent grupper; not recorded separately as it is unchanged anyway "
           "and covered by 'everything else is the same'."),

    c("ow107-da-thunderbird_bottom-formand-en-periode-mere", "thunderbird_bottom",
      "Ole Kristiansen",
      "Erfaring: toogtyve år nu.\n"
      "Formand: ja, gerne en periode mere.\n"
      "Høringstovholder: nej, det må en anden tage over – jeg får jo ikke mere luft i "
      "kalenderen af at være formand.\n"
      "Tid: nogen\n\n"
      "Ole",
      {"funktioner": "Formand", "erfaring": "22", "tid": "Nogen"}, S3,
      note="Bottom-posted. 'mere luft i kalenderen' is an idiom, not the subject Luft. Formand "
           "kept (confirmed), Høringstovholder removed."),

    c("ow107-da-iphone-ny-i-gruppen", "iphone", "Nikolaj Holm",
      "hej, jeg er ny i gruppen fra januar. arbejder m spildevan og jord og lidt luft. 5 års "
      "erfaring. ved ikke om jeg kan tage nogen funktioner endnu, vil lige se tiden an. "
      "tid: nogen",
      {"interesser": "Spildevand; Luft; Jord", "erfaring": "5", "tid": "Nogen"},
      note="'spildevan' is a typo for Spildevand; 'lidt luft' is a subject (Luft), not time. "
           "No decision on funktioner, so nothing recorded there and nothing to ask."),

    c("ow107-da-outlook-erfaring-som-aarstal", "outlook", "Kirsten Lauridsen",
      "Hej\n\n"
      "Se mine rettelser i skemaet. Jeg har overtaget IE-virksomhederne efter Bo, som er stoppet."
      "\n\n" + SIG_SHORT,
      {"interesser": "PFAS; Støj; IE-direktivet"}, S1, ask=["erfaring"],
      edits=[("set", "[ ] IE-direktivet", "[x] IE-direktivet"),
             ("set", "Svar: 12", "Svar: siden 2009")],
      note="Erfaring typed inside the quoted form as a year, not a number of years: passed on."),

    c("ow107-da-gmail-deler-stilling", "gmail", "Line Abildgaard",
      "Hej\n\n"
      "Karen Holm og jeg deler jo stilling og sager, så I kan bare bruge hendes svar for mig "
      "også. Dog vil jeg ikke være sekretær igen – det har Karen sagt ja til.\n\n"
      "Mvh Line",
      {"funktioner": ""}, S1, flagged=True,
      note="'Use Karen's answers for me' is for the chair and cannot be recorded from this reply. "
           "The one thing she says about herself (no longer Sekretær) is recorded."),

    c("ow107-da-outlook_android-stiller-op-som-formand", "outlook_android", "Rasmus Winther",
      "Jeg stiller gerne op som formand nu hvor Hanne stopper. Høringerne kan jeg så ikke nå ved "
      "siden af, så dem må en anden overtage.\n"
      "Tid: meget i foråret, nok lidt mindre efter sommerferien",
      {"funktioner": "Formand"}, S4, ask=["tid"],
      note="Standing for chair is a clear Formand; Høringstovholder removed. Tid has two values "
           "over the year (Meget, then less): passed on."),

    c("ow107-da-owa_html-afbud-januar", "owa_html", "Trine Mogensen",
      "Hej\n\n"
      "Intet nyt fra min side – alt står, som det skal.\n\n"
      "Jeg kan desværre ikke komme til mødet den 14. januar, da jeg er på kursus. Jeg sender "
      "gerne mine kommentarer til dagsordenen på mail.\n\n"
      "Venlig hilsen\nTrine Mogensen",
      {}, S2, unchanged=True, flagged=True,
      note="Absence from a meeting: for the chair."),

    c("ow107-da-apple_forward-privat-mail", "apple_forward", "Jonas Eriksen",
      "Videresender lige, den kom til min private mail.\n"
      "Jeg arbejder med PFAS, spildevand og grundvand. 9 år. Nogen tid.\n"
      "Jonas",
      {"interesser": "PFAS; Spildevand", "erfaring": "9", "tid": "Nogen"}, ask=["interesser"],
      note="Grundvand is no option (could be Jord or none): the two sure subjects recorded, "
           "grundvand passed on."),

    c("ow107-da-outlook_html-lang-mail-med-spoergsmaal", "outlook_html", "Maria Holst",
      "Kære tovholder\n\n"
      "Tak for skemaet og for endnu en god periode i gruppen.\n\n"
      "Jeg fortsætter i netværket for miljøtilsyn, og så vil jeg rigtig gerne med i "
      "arbejdsgruppen om PFAS, nu hvor vi har fået tre nye sager om gamle brandøvelsespladser. "
      "Affald har jeg til gengæld afleveret til en kollega, så det kan I fjerne.\n\n"
      "Høringstovholder vil jeg gerne blive ved med de næste to år.\n\n"
      "Et spørgsmål: Min kollega Eva Lind er lige startet hos os og er meget interesseret i "
      "gruppen. Skal hun selv skrive til formanden, eller kan I sende hende skemaet?\n\n"
      + SIG_KOMMUNE,
      {"interesser": "PFAS", "grupper": BOTH, "funktioner": "Høringstovholder"}, S4,
      flagged=True,
      note="The question about a new colleague belongs to no question: for the chair. "
           "Høringstovholder confirmed (same as sent). 'tre nye sager' is no erfaring."),

    c("ow107-da-outlook_mac_html-biogas-spoergsmaal", "outlook_mac_html", "Rikke Poulsen",
      "Hej\nHar sat kryds nedenfor.\nRikke",
      {"tid": "Meget"}, S1, ask=["interesser"],
      edits=[("set", "[x] Nogen", "[ ] Nogen"), ("set", "[ ] Meget", "[x] Meget"),
             ("add", "[ ] Power-to-X", "Hører biogas under Power-to-X? Vi har fået to nye anlæg.")],
      note="A question typed under the subjects (is biogas Power-to-X?): no subject changed, "
           "passed on."),

    c("ow107-da-android-teamleder", "android", "Peter Damgaard",
      "Jeg er blevet teamleder, så der bliver mindre tid til gruppen end før. Høringstovholder må "
      "en anden overtage efter september.\n"
      "Mvh Peter",
      {"funktioner": ""}, S4, ask=["tid"],
      note="'mindre tid end før' from Nogen probably means Lidt, but he names no level; in doubt "
           "the secretary passes it on rather than choosing for him."),

    c("ow107-da-thunderbird-uden-danske-bogstaver", "thunderbird", "Søren Ravn",
      "Hej\n\n"
      "Sidder paa et hotel i Bruxelles med et engelsk tastatur, saa undskyld stavningen.\n"
      "Jeg har ikke aendret noget, ud over at jeg nu ogsaa har luftsagerne (stoev og lugt fra "
      "virksomhederne). Vil gerne fortsaette som sekretaer i naeste periode.\n\n"
      "Hilsen Soeren",
      {"interesser": "PFAS; Støj; Luft", "funktioner": "Sekretær"}, S1, unchanged=True,
      note="ae/oe/aa spellings. 'luftsagerne' is Luft; dust and smell are his examples of it, so "
           "no separate ask for 'lugt'. Sekretær confirmed (same as sent)."),

    c("ow107-da-outlook-andet-med-label", "outlook", "Jakob Nørgaard",
      "Hej\n\n"
      "Her er mine rettelser:\n\n"
      "Funktioner: sekretær – jeg har aldrig prøvet det, men vil gerne\n"
      "Andet: Mit barselsvikariat er forlænget til udgangen af december\n\n"
      "Resten er som før.\n\n" + SIG_SHORT,
      {"funktioner": "Sekretær",
       "andet": "Mit barselsvikariat er forlænget til udgangen af december"}, S2,
      unchanged=True,
      note="Andet is labelled, so recorded in his words, replacing the pre-filled text."),

    c("ow107-da-owa-deltid-i-skemaet", "owa", "Gitte Lassen",
      "Rettet nedenfor – resten passer stadig.\n\nGitte",
      {"tid": "Lidt", "andet": "Går på deltid (80 %) fra februar"}, S4, unchanged=True,
      edits=[("set", "[x] Nogen", "[ ] Nogen"), ("set", "[ ] Lidt", "[x] Lidt"),
             ("set", "Svar:", "Svar: Går på deltid (80 %) fra februar", "6. Andet")],
      note="Andet typed on the form's own Svar: line under question 6, so it is labelled."),

    # --- English form --------------------------------------------------------------------------
    c("ow107-en-gmail-not-standing-again", "gmail", "Thomas Bjerre",
      "Hi,\n\n"
      "After two terms as chair I won't stand again in September – time for someone else to have "
      "a go. I'm happy to take on the consultation coordinator role instead, if that helps.\n\n"
      "Everything else as before.\n\n"
      "Best,\nThomas",
      {"functions": "Consultation coordinator"}, E1, lang="en", unchanged=True,
      note="'if that helps' is politeness, not a condition on others. 'two terms' is no "
           "experience."),

    c("ow107-en-outlook-new-colleague", "outlook", "Katrin Vogel",
      "Hello,\n\n"
      "I joined the environment department in October, so this is my first form. I mainly work "
      "with industrial permits under the IED and some air quality cases.\n\n"
      "I have 6 years of experience, 4 of them from Germany. Time: some. I can take minutes if "
      "needed.\n\n" + SIG_EN,
      {"interests": "Air; IED", "experience": "6", "functions": "Secretary", "time": "Some"},
      lang="en",
      note="6 is the total (the 4 are part of it). 'take minutes if needed' is a general "
           "willingness to be Secretary, recorded; 'some air quality cases' is Air, not time."),

    c("ow107-en-gmail_android-less-time", "gmail_android", "Ingrid Nyholm",
      "Much less time from January, put me down as little. And please take me off the PFAS "
      "group. Thanks",
      {"groups": "Inspection network", "time": "Little"}, E2, lang="en",
      note="'Much less time' is not the Much option; she names Little."),

    c("ow107-en-thunderbird-edits-chair-if-nobody", "thunderbird", "Lars Quist",
      "Hi,\n\n"
      "I've updated the form below. As for chair: I'm willing to continue if nobody else wants "
      "it, but I'd be just as happy to hand it over.\n\n"
      "Lars",
      {"interests": "Wastewater; Noise; Soil", "experience": "22"}, E1, lang="en",
      ask=["functions"],
      edits=[("set", "[ ] Soil", "[x] Soil"), ("set", "Answer: 20", "Answer: 22")],
      note="Chair only if nobody else wants it: passed on; the crosses in the quote are "
           "recorded."),

    c("ow107-en-owa-danish-on-english-form", "owa", "Signe Ladefoged",
      "Hej – jeg svarer lige på dansk, håber det er ok.\n"
      "Jeg vil gerne være sekretær i den nye periode. Klima har jeg ikke længere, men støj er "
      "kommet til. Ellers uændret.\n"
      "Signe",
      {"interests": "Noise; Air", "functions": "Secretary"}, E2, lang="en", unchanged=True,
      note="Danish on the English form, recorded in the English option spellings."),

    c("ow107-en-outlook_ios-leaving-municipality", "outlook_ios", "Daniel Moreno",
      "Hi both,\n\n"
      "I'm leaving the municipality at the end of January for a job in the private sector, so "
      "please take me off the group and the list. It's been a great two years – thank you!\n\n"
      "Daniel",
      {}, E2, lang="en", flagged=True,
      note="Leaving the group: for the chair; nothing recorded."),

    c("ow107-en-android-ranges", "android", "Torben Friis",
      "experience 15-20 yrs, honestly lost count 😄 time some or much depending on the month. "
      "keep me as chair pls",
      {"functions": "Chair"}, E1, lang="en", ask=["experience", "time"],
      note="A range for experience and two options for time: passed on. Chair confirmed (same as "
           "sent)."),

    c("ow107-en-apple_mail-hydrogen-screening", "apple_mail", "Aksel Mørch",
      "Hi\n\n"
      "Please add Power-to-X and EIA – we've started screening the new hydrogen plant. Keep "
      "everything else. I'd also like to coordinate consultations for the next term.\n\n"
      "Aksel",
      {"interests": "Air; Climate; EIA; Power-to-X", "functions": "Consultation coordinator"},
      E2, lang="en", unchanged=True,
      note="Hydrogen is his reason for Power-to-X, not a separate subject to ask about."),
]
