"""Unseen part 72 of the own-words competence-form replies: members joining and leaving, handing
their areas and roles over, and the colleagues who take them on. By hand; people invented, at
example.org. Expected answers are a careful human secretary's."""

from common import E1, E2, S1, S2, S3, S4, SIG_EN, SIG_KOMMUNE, SIG_SHORT, c  # noqa: F401

GROUP = "Miljønetværkets tovholder <gruppe+k3f9a-2b7dq-8c1e5f0a9b3d4e6f@example.org>"
SUBJECT = "Kompetenceskema 2026: hvad arbejder du med?"

BENT = {"interesser": "PFAS; Jord; Klima", "grupper": "Netværk for miljøtilsyn",
        "funktioner": "Høringstovholder", "erfaring": "27", "tid": "Nogen"}
KARIN = {"interesser": "Luft; Klima; VVM",
         "grupper": "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS",
         "funktioner": "Sekretær", "erfaring": "15", "tid": "Meget"}
TINE = {"interesser": "Spildevand; Jord", "grupper": "", "funktioner": "", "erfaring": "5",
        "tid": "Lidt"}
JYTTE = {"interests": "Wastewater; Climate", "groups": "Inspection network",
         "functions": "Secretary", "experience": "7", "time": "Some"}
PRIYA = {"interests": "PFAS; Waste; Soil", "groups": "PFAS working group",
         "functions": "Consultation coordinator", "experience": "9", "time": "Some"}
JAKOB = {"interests": "Wastewater", "groups": "", "functions": "", "experience": "2",
         "time": "Some"}

CASES = [
    # --- new members, first form -------------------------------------------------------------
    c("ow72-da-outlook-ny-foerste-svar", "outlook", "Camilla Vestergaard",
      "Hej\n\nTak for velkomsten i gruppen. Jeg startede i Natur og Miljø 1. november, så her "
      "er mine svar:\n\nJeg arbejder primært med spildevand og jord, og lidt med "
      "klimatilpasning.\nJeg er med i netværket for miljøtilsyn (har været til ét møde indtil "
      "videre).\nFunktioner: ingen lige nu – jeg vil gerne lande først.\nErfaring: 6 år, heraf "
      "5 i en anden kommune.\nTid: nogen\n\n" + SIG_KOMMUNE,
      {"interesser": "Spildevand; Jord; Klima", "grupper": "Netværk for miljøtilsyn",
       "funktioner": "", "erfaring": "6", "tid": "Nogen"},
      note="New member, empty form. 'lidt med klimatilpasning' is Klima (the 'lidt' is about the "
           "area, not time). '6 år, heraf 5 i en anden kommune': 6 is the total. 'ingen lige "
           "nu' recorded as no functions."),
    c("ow72-da-iphone-ny-kort", "iphone", "Sara Abdi",
      "Hej! Ny her 🙂 PFAS og grundvand. 2 år. Lidt tid her i starten.\nMvh Sara",
      {"interesser": "PFAS", "erfaring": "2", "tid": "Lidt"}, ask=["interesser"],
      note="Grundvand is no option: PFAS recorded, grundvand passed on."),
    c("ow72-da-gmail-arvet-skema", "gmail", "Jonas Krogh",
      "Hej\n\nJeg tror, skemaet er udfyldt med Birgits gamle svar (hende jeg har afløst) – det "
      "passer i hvert fald ikke på mig. Her er mine:\n\nAffald og VVM, ja. Jord nej, men til "
      "gengæld støj.\nIngen arbejdsgrupper endnu.\nFormand og høringstovholder skal jeg ikke "
      "være, men sekretær/referent kan jeg godt være.\nErfaring 4 år, ikke 20 😅\nTid: nogen\n\n"
      "Hilsen\nJonas",
      {"interesser": "Affald; Støj; VVM", "grupper": "", "funktioner": "Sekretær",
       "erfaring": "4", "tid": "Nogen"}, sent=S3,
      note="New member whose row was pre-filled with his predecessor's answers; he corrects every "
           "field, so everything is recorded. The remark about Birgit's answers is fully handled "
           "by the corrections, so not flagged (a reader might flag it)."),
    c("ow72-da-iphone-venter-til-foerste-moede", "iphone", "Frederik Vang",
      "Hej\nJeg er lige startet og har ærligt talt ikke styr på, hvad jeg skal lave endnu 🙈 Er "
      "det ok at jeg svarer efter mit første møde i januar?\n/Frederik",
      {}, flagged=True,
      note="Nothing for the form; a question about answering later, passed on."),
    c("ow72-da-apple-kryds-ny", "apple_mail", "Peter Damgaard",
      "Hej, så har jeg sat mine krydser.\n\nMvh Peter",
      {"interesser": "Støj; Luft", "grupper": "Netværk for miljøtilsyn", "erfaring": "3",
       "tid": "Nogen", "andet": "Starter først helt 1. februar"},
      edits=[("set", "[ ] Støj", "[x] Støj"), ("set", "[ ] Luft", "[x] Luft"),
             ("set", "[ ] Netværk for miljøtilsyn", "[x] Netværk for miljøtilsyn"),
             ("set", "Svar:", "Svar: 3", "4. Erfaring"),
             ("set", "[ ] Nogen", "[x] Nogen"),
             ("set", "Svar:", "Svar: Starter først helt 1. februar", "6. Andet")],
      note="New member, empty form, everything typed into the quoted form."),
    c("ow72-da-android-tak-for-velkomsten", "android", "Mads Juhl",
      "Tak for velkomsten! Jeg får det udfyldt i løbet af ugen 👍",
      {}),
    c("ow72-da-gmail-aarstal-og-grundvand", "gmail", "Nanna Ebbesen",
      "Hej\nHer er mine svar. Jeg er ny i Miljø siden oktober, men har arbejdet med miljøtilsyn "
      "siden 2017 (først i Region Sjælland).\nOmråder: jord og grundvand, og lidt PFAS\nJeg "
      "deltager i tilsynsnetværket\nFunktioner: ingen endnu\nTid: jeg er på 30 timer, så lidt\n"
      "Mvh Nanna",
      {"interesser": "PFAS; Jord", "grupper": "Netværk for miljøtilsyn", "funktioner": "",
       "tid": "Lidt"}, ask=["interesser", "erfaring"],
      note="'siden 2017' is a year, not a number of years: asked. Grundvand is no option: asked, "
           "PFAS and Jord recorded. '30 timer' is her working week, not the answer; 'så lidt' is."),
    c("ow72-da-gmail-engelsk-paa-dansk", "gmail", "Marek Nowak",
      "Hi, sorry I answer in English - still learning Danish!\n\nAreas: wastewater and PFAS\n"
      "Groups: the PFAS working group\nFunctions: none for now\nExperience: 4 years\nTime: some\n\n"
      "Best regards\nMarek",
      {"interesser": "PFAS; Spildevand", "grupper": "Arbejdsgruppe om PFAS", "funktioner": "",
       "erfaring": "4", "tid": "Nogen"},
      note="English on the Danish form; recorded in the Danish option spellings."),
    c("ow72-da-outlook-mac-html-udfyldt-ny", "outlook_mac_html", "Ulla Brandt",
      "Hej – har udfyldt nedenfor.\n\nMvh Ulla Brandt",
      {"interesser": "Affald; IE-direktivet", "erfaring": "15", "tid": "Lidt"},
      edits=[("set", "[ ] Affald", "[x] Affald"),
             ("set", "[ ] IE-direktivet", "[X] IE-direktivet"),
             ("add", "3. Funktioner", "Ved ikke endnu - spørg mig igen til sommer"),
             ("set", "Svar:", "Svar: 15 (heraf 12 i Region Midt)", "4. Erfaring"),
             ("set", "[ ] Lidt", "[x] Lidt")],
      note="'15 (heraf 12 i Region Midt)': 15 is the total. 'Ved ikke endnu' under Funktioner is "
           "no answer and nothing for the chair."),
    c("ow72-da-gmail-android-som-jens", "gmail_android", "Emil Skov",
      "Hej. Skriv bare det samme som Jens Bach, vi deler sagerne 50/50 😊 Bortset fra "
      "erfaring – jeg har kun 4 aar, han har vist 14.",
      {"erfaring": "4"}, flagged=True,
      note="'Skriv det samme som Jens' is for the chair (flagged, as in the README); his own "
           "experience, 4, is recorded; Jens's 14 is not his."),

    # --- members leaving or retiring ---------------------------------------------------------
    c("ow72-da-outlook-mac-pension-marts", "outlook_mac", "Hanne Bisgaard",
      "Kære alle\n\nJeg går på pension den 31. marts, så det her bliver mit sidste skema. Indtil "
      "da er alt som før – bortset fra at jeg ikke vil være sekretær mere, det må en af de yngre "
      "tage over 😉\n\nTak for mange gode år i gruppen.\n\nHilsen Hanne",
      {"funktioner": ""}, sent=S1, unchanged=True, flagged=True,
      note="Leaving the group at retirement: flagged. Sekretær removed now."),
    c("ow72-da-apple-forward-stopper-nytaar", "apple_forward", "Inger Lauridsen",
      "Til tovholderen:\nJeg stopper i kommunen til nytår (ny stilling i Region Hovedstaden). "
      "Min efterfølger er ikke ansat endnu, så jeg sender bare skemaet tilbage uden ændringer. "
      "Slet mig gerne fra gruppen pr. 1. januar.\n\nTak for samarbejdet!\nInger",
      {}, sent=S1, unchanged=True, flagged=True,
      note="Leaving: flagged. 'sender skemaet tilbage uden ændringer' read as 'as before'."),
    c("ow72-da-apple-konstitueret-leder", "apple_mail", "Susanne Krag",
      "Hej\nKort nyt: jeg er blevet konstitueret afdelingsleder fra 1. december, så jeg træder "
      "ud af PFAS-arbejdsgruppen. Netværket bliver jeg i.\nMeget tid har jeg ikke mere – skriv "
      "lidt.\nOg barselsvikariatet er blevet til en fast stilling, så det under Andet kan "
      "slettes.\nSusanne",
      {"grupper": "Netværk for miljøtilsyn", "tid": "Lidt", "andet": ""}, sent=S2,
      note="'Meget tid har jeg ikke mere – skriv lidt': Lidt. Andet labelled and to be deleted."),
    c("ow72-da-owa-html-vikar-stopper-juni", "owa_html", "Signe Winther",
      "Hej\n\nHar rettet tiden i skemaet. Ellers er alt som det står.\n\nHusk at jeg stopper til "
      "juni, når Maria kommer tilbage fra barsel – hun vil gerne med i gruppen igen, så send "
      "gerne skemaet til hende til den tid.\n\nVh Signe",
      {"tid": "Nogen"}, sent=S2, unchanged=True, flagged=True,
      edits=[("set", "[x] Meget", "[ ] Meget"), ("set", "[ ] Nogen", "[x] Nogen")],
      note="Time changed by moving the cross. Leaving in June and Maria's return are for the "
           "chair."),
    c("ow72-en-gmail-new-job-epa", "gmail", "Chris Hartley",
      "Hi all,\n\nI've accepted a job at the Danish EPA and my last day here is 15 January, so "
      "please take me off the group after that. Until then nothing has changed.\n\nBest,\nChris",
      {}, sent=E2, lang="en", unchanged=True, flagged=True,
      note="Leaving the group: flagged; nothing changed until then."),
    c("ow72-en-thunderbird-dansk-pension", "thunderbird", "Niels Holt",
      "Hej – jeg skriver lige på dansk.\n\nJeg går på pension 1. februar, så det her bliver mit "
      "sidste skema. Jytte har sagt ja til at tage over som formand. Indtil da er alt, som det "
      "står.\n\nNiels",
      {}, sent=E1, lang="en", unchanged=True, flagged=True,
      note="Danish on the English form. Retiring and leaving: flagged. He stays chair until he "
           "leaves, so Chair is not removed."),
    c("ow72-en-android-leaving-district", "android", "Sofie Lind",
      "Hi\n\nI'm afraid I have to leave the group – the new district takes all my time. Please "
      "take me off both the network and the PFAS group as well. Sorry, and thanks for "
      "everything!\n\nSofie",
      {"groups": ""}, sent=E2, lang="en", flagged=True,
      note="Leaving the group: flagged; both groups removed as asked."),

    # --- handing areas and roles over --------------------------------------------------------
    c("ow72-da-owa-affald-til-rasmus", "owa", "Mette Lund",
      "Hej\n\nRasmus Holm har overtaget affaldsområdet hos os, så fjern Affald hos mig. "
      "Høringstovholder har han også sagt ja til at tage over fra mig – jeg har simpelthen for "
      "travlt med PFAS-sagerne.\nResten er uændret.\n\nEr han kommet på listen, eller skal jeg "
      "skrive til formanden?\n\n/Mette",
      {"interesser": "PFAS", "funktioner": ""}, sent=S4, unchanged=True, flagged=True,
      note="She gives up Affald and Høringstovholder (unconditionally: 'for travlt'). The "
           "question about Rasmus being on the list is for the chair."),
    c("ow72-da-thunderbird-overtaget-affald", "thunderbird", "Rasmus Holm",
      "Hej\n\nJeg er ny i gruppen – startede 1. december og har overtaget affaldstilsynet efter "
      "Mette Lund.\nFagområder: affald, og så lidt IE-direktiv, da vi har to IE-virksomheder i "
      "kommunen.\nErfaring: otte år (fra Vejle Kommune).\nHøringstovholder kan jeg godt være, det "
      "har jeg aftalt med Mette.\nTid: nogen – måske mere, når jeg er kommet ind i det.\n\n"
      "Venlig hilsen\nRasmus Holm",
      {"interesser": "Affald; IE-direktivet", "funktioner": "Høringstovholder", "erfaring": "8",
       "tid": "Nogen"},
      note="New member, empty form. 'lidt IE-direktiv' is the area. 'måske mere' later does not "
           "change Nogen."),
    c("ow72-da-outlook-prefix-hoering-til-line", "outlook_prefix", "Jørgen Mikkelsen",
      "Hej\nHøringstovholder har jeg givet videre til Line Berg pr. 1. december, så fjern "
      "venligst den. Formand fortsætter jeg som.\nEllers alt som sidst.\nMvh Jørgen",
      {"funktioner": "Formand"}, sent=S3, unchanged=True),
    c("ow72-da-thunderbird-bottom-formand-til-marts", "thunderbird_bottom", "Poul Erik Dam",
      "Kære tovholder\n\nEt par rettelser:\nVVM-sagerne er flyttet til Plan, så dem har jeg ikke "
      "længere.\nTil gengæld har jeg fået klimatilpasning.\nErfaring: 21 nu, strengt taget.\n"
      "Formand bliver jeg ved med til årsmødet i marts, så må en anden tage over – det har jeg "
      "også sagt til de andre.\n\nVenlig hilsen\nPoul Erik",
      {"interesser": "Affald; Jord; Klima", "erfaring": "21"}, sent=S3, ask=["funktioner"],
      note="Chair only until March: a time limit the form cannot hold, so Funktioner is passed "
           "on, not changed (a reader might keep Formand silently and just flag)."),
    c("ow72-da-gmail-android-formand-hvis", "gmail_android", "Karin Søndergaard",
      "Hvis Poul Erik stopper som formand til marts, stiller jeg gerne op. Ellers intet nyt "
      "herfra",
      {}, sent=KARIN, unchanged=True, ask=["funktioner"],
      note="Formand on a condition about someone else: asked, not recorded."),
    c("ow72-da-outlook-sekretaer-til-amalie", "outlook", "Lise Toft",
      "Hej\n\nSekretærrollen har jeg givet videre til vores nye kollega Amalie Storm – hun har "
      "sagt ja, og jeg tror, hun allerede har fået skemaet. Så slet sekretær hos mig.\nErfaring "
      "er 13 år nu.\nEllers som sidst.\n\n" + SIG_SHORT,
      {"funktioner": "", "erfaring": "13"}, sent=S1, unchanged=True),
    c("ow72-da-outlook-amalie-ny-sekretaer", "outlook", "Amalie Storm",
      "Hej\n\nTak for skemaet – jeg har sat kryds nedenfor. Sekretær er fint med mig 👍\n\nMvh\n"
      "Amalie Storm",
      {"interesser": "Luft; Klima", "funktioner": "Sekretær", "tid": "Meget"},
      sent={"funktioner": "Sekretær"}, ask=["erfaring"],
      edits=[("set", "[ ] Luft", "[x] Luft"), ("set", "[ ] Klima", "[x] Klima"),
             ("set", "Svar:", "Svar: 1½ (nyuddannet i juni + studiejob)", "4. Erfaring"),
             ("set", "[ ] Meget", "[x] Meget")],
      note="New member whose row the chair pre-filled with Sekretær; she confirms it (recorded, "
           "same as sent). '1½' is no whole number: asked."),
    c("ow72-da-outlook-android-pfas-efter-lars", "outlook_android", "Tine Bak",
      "hej, jeg har overtaget pfas efter Lars (han er gået på pension) så sæt det på mig + meld "
      "mig ind i pfas arbejdsgruppen. har også mere tid nu, nogen. vh tine",
      {"interesser": "PFAS; Spildevand; Jord", "grupper": "Arbejdsgruppe om PFAS",
       "tid": "Nogen"}, sent=TINE,
      note="PFAS added to her areas; joining the PFAS working group recorded as a group."),
    c("ow72-da-outlook-ios-tilbage-fra-aarhus", "outlook_ios", "Morten Kjær",
      "Hej! Dejligt at være med igen efter et år i Aarhus. Det gamle står der stadig, men PFAS "
      "har Tine overtaget, mens jeg var væk, så den skal ud. Til gengæld har jeg fået Power to "
      "X-anlægget ved havnen. Erfaring er nu ti år. Resten passer 👍",
      {"interesser": "Affald; Power-to-X", "erfaring": "10"}, sent=S4, unchanged=True,
      note="Returning member; 'Power to X-anlægget' is Power-to-X."),
    c("ow72-da-outlook-html-ny-kollega-ida", "outlook_html", "Kirsten Friis",
      "Hej\n\nFor mit eget vedkommende er der intet nyt.\n\nMen vi har fået en ny kollega, Ida "
      "Mørch, som gerne vil med i gruppen – hun har ikke fået skemaet. Hun arbejder med støj og "
      "lugt og har vist 2 års erfaring. Kan I sende det til hende? ida.moerch@example.org\n\n"
      "Hilsen Kirsten",
      {}, sent=S4, unchanged=True, flagged=True,
      note="Ida's areas and experience are not Kirsten's answers; the request to add Ida is for "
           "the chair."),
    c("ow72-da-outlook-kollega-svarer-for-bent", "outlook", "Lone Dahl",
      "Hej\n\nBent har sendt skemaet videre til mig, da jeg overtager hans plads i gruppen (Bent "
      "går på pension 1. januar). Jeg svarer for mig selv:\n\n- PFAS og jord\n- Netværk for "
      "miljøtilsyn\n- ingen funktioner i første omgang\n- 3 års erfaring\n- nogen tid\n\nKan I "
      "oprette mig som medlem i stedet for Bent?\n\nMvh Lone Dahl",
      {"interesser": "PFAS; Jord", "grupper": "Netværk for miljøtilsyn", "funktioner": "",
       "erfaring": "3", "tid": "Nogen"}, sent=BENT, flagged=True, form_for="Bent Ravn",
      subject_extra="VS: ",
      outer_rows=[("Fra", "Bent Ravn <bent.ravn@example.org>"),
                  ("Sendt", "tirsdag den 1. december 2026 10.02"),
                  ("Til", "Lone Dahl <lone.dahl@example.org>"),
                  ("Emne", "VS: " + SUBJECT)],
      middle=("Hej Lone\n\nDen her er vist mere til dig end til mig nu. Svar bare direkte til "
              "tovholderen.\n\nBent\n\nFra: " + GROUP + "\nSendt: tirsdag den 1. december 2026 "
              "09.14\nTil: Bent Ravn <bent.ravn@example.org>\nEmne: " + SUBJECT + "\n\n"),
      note="The form was Bent's (pre-filled with his answers), forwarded to Lone; the answers are "
           "Lone's own and cover every question but Andet. Flagged: Bent leaves and Lone asks to "
           "be made a member; the chair decides whose row these go in."),

    # --- English form --------------------------------------------------------------------------
    c("ow72-en-outlook-new-from-malmo", "outlook", "Anna Lindqvist",
      "Hi,\n\nI'm new in the team – I moved from Malmö in October. My answers:\n\nI work with "
      "air quality and noise, and also some IED permits.\nI've been in the inspection network "
      "since last month.\nI can't take on any function yet, my Danish is not good enough for "
      "minutes 🙂\nExperience: 11 years\nTime: some\n\n" + SIG_EN,
      {"interests": "Noise; Air; IED", "groups": "Inspection network", "functions": "",
       "experience": "11", "time": "Some"}, lang="en",
      note="New member, empty form."),
    c("ow72-en-iphone-jytte-takes-chair", "iphone", "Jytte Kramer",
      "Niels asked me to take over as chair when he retires in February, and I've said yes – so "
      "please put me down for chair and take secretary off, I can't do both. I've also taken "
      "over his PFAS cases. Rest as before.\nJytte",
      {"interests": "PFAS; Wastewater; Climate", "functions": "Chair"}, sent=JYTTE, lang="en",
      unchanged=True,
      note="Chair is agreed, not conditional: recorded. Secretary removed as she asks."),
    c("ow72-en-outlook-mac-new-range", "outlook_mac", "Tom Mercer",
      "Hi,\n\nTom here – I joined the environment team in November, coming from the regional "
      "office.\nI mostly do soil and groundwater, plus some EIA screenings.\nExperience: "
      "somewhere between 5 and 7 years, depending on how you count.\nNo groups yet. Functions: "
      "none for now.\nTime: little for now, I'm still finding my feet.\n\nCheers, Tom",
      {"interests": "Soil; EIA", "groups": "", "functions": "", "time": "Little"}, lang="en",
      ask=["interests", "experience"],
      note="Groundwater is no option (asked, Soil and EIA recorded); a range of years is asked."),
    c("ow72-en-owa-priya-hands-over-soil", "owa", "Priya Raman",
      "Hi,\n\nA small update: I've started a PhD alongside my job and I'm down to half time, so "
      "I've handed soil over to Jakob, and the consultation coordinator role as well (he's "
      "agreed). Keep me on PFAS and waste and in the PFAS group.\nTime: little, I'm afraid.\n\n"
      "Best,\nPriya",
      {"interests": "PFAS; Waste", "functions": "", "time": "Little"}, sent=PRIYA, lang="en",
      note="'Keep me on PFAS and waste and in the PFAS group' confirms the rest; groups unchanged "
           "and left out."),
    c("ow72-en-apple-jakob-takes-soil", "apple_mail", "Jakob Riis",
      "Hi – Jakob here. I've taken over soil from Priya, and the consultation coordinator job, so "
      "please add both. Experience: 3 years now. Time is still some.\n\nJakob",
      {"interests": "Wastewater; Soil", "functions": "Consultation coordinator",
       "experience": "3", "time": "Some"}, sent=JAKOB, lang="en",
      note="'Time is still some' recorded as Some (same as sent)."),
]
