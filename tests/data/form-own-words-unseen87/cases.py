"""Unseen part 87 of the own-words form replies: an ordinary round in early summer (May-June
2029). Written blind, by hand: what a careful human secretary records. People invented, at
example.org."""

from common import E1, E2, S1, S2, S3, S4, SIG_EN, SIG_KOMMUNE, SIG_SHORT, c  # noqa: F401

CASES = [
    # --- Danish form -----------------------------------------------------------------------
    c("ow87-da-outlook-travlt-foraar", "outlook", "Mette Kjærgaard",
      "Hej\n\nUndskyld det sene svar – det har været et meget travlt forår med "
      "tilsynskampagnen på autoværkstederne.\n\nJeg har fået spildevand med i porteføljen siden "
      "februar, så det må I gerne sætte på. Erfaringen er nu oppe på 13 år. Ellers er alt som "
      "sidst.\n\n" + SIG_KOMMUNE,
      {"interesser": "PFAS; Spildevand; Støj", "erfaring": "13"}, sent=S1, unchanged=True,
      note="'meget travlt forår' is about the spring, not an answer to Tid."),

    c("ow87-da-iphone-resten-af-aaret", "iphone", "Lars Østergaard",
      "Alt ok herfra. Dog kun lidt tid resten af året – vi er to mand ned i afdelingen.\n\nMvh "
      "Lars",
      {"tid": "Lidt"}, sent=S4, unchanged=True),

    c("ow87-da-gmail-ny-i-gruppen", "gmail", "Sofie Brandt",
      "Hej\n\nJeg er ny i gruppen – startede 1. april som miljøsagsbehandler med fokus på "
      "virksomhedstilsyn. Jeg arbejder primært med støj og luft og en smule jord.\n\nJeg har 4 "
      "års erfaring fra en anden kommune + 2 år i et rådgivningsfirma. Jeg deltager i netværket "
      "for miljøtilsyn (har været med på de to seneste møder).\n\nTid: nogen\n\nVh Sofie",
      {"interesser": "Støj; Luft; Jord", "grupper": "Netværk for miljøtilsyn", "tid": "Nogen"},
      sent={}, ask=["erfaring"],
      note="Two numbers for experience (4 in a municipality + 2 in consultancy); whether the "
           "consultancy years count is the chair's call, so passed on rather than summed."),

    c("ow87-da-thunderbird-formand-stopper", "thunderbird", "Henrik Aagaard",
      "Hej\n\nRettelser i skemaet herunder. Jeg har sagt ja til at koordinere kommunens "
      "klimatilpasningsplan, så jeg kan ikke også være formand – nogen andre må tage over efter "
      "sommerferien.\n\nHilsen Henrik",
      {"interesser": "Affald; Jord; Klima; VVM", "funktioner": "Høringstovholder",
       "erfaring": "21"}, sent=S3,
      edits=[("set", "[ ] Klima", "[x] Klima"), ("set", "[x] Formand", "[ ] Formand"),
             ("set", "Svar: 20", "Svar: 21")],
      note="All three changes are crosses/typing in the quoted form; the text gives the reason. "
           "Giving up Formand is an answer to Funktioner, not a separate matter."),

    c("ow87-da-outlook-android-tak", "outlook_android", "Rikke Laursen",
      "Tak 👍", {}, sent=S2),

    c("ow87-da-owa-vikariat-forlaenget", "owa", "Emma Lund",
      "Hej\n\nMit vikariat er blevet forlænget, jeg har rettet det under Andet. Jeg er også "
      "stoppet i PFAS-gruppen, det passer ikke rigtig sammen med mine opgaver på "
      "spildevandsområdet.\n\nResten er uændret.\n\n" + SIG_SHORT,
      {"grupper": "Netværk for miljøtilsyn",
       "andet": "Barselsvikar, forlænget til 31. januar 2030"}, sent=S2, unchanged=True,
      edits=[("set", "Svar: Barselsvikar til juni",
              "Svar: Barselsvikar, forlænget til 31. januar 2030", "6. Andet")]),

    c("ow87-da-apple-mail-ni-aar", "apple_mail", "Peter Holm",
      "Hej tovholder\n\njeg har nu ni års erfaring (ikke otte). og så kan jeg godt tage "
      "sekretærrollen et års tid, hvis ingen andre melder sig.\n\npeter",
      {"erfaring": "9"}, sent=S4, ask=["funktioner"],
      note="Sekretær offered only if nobody else volunteers: a condition on others, for the "
           "chair."),

    c("ow87-da-gmail-android-luft-i-kalenderen", "gmail_android", "Ida Skov",
      "Hej! Alt det samme som sidst 😊 men jeg har fået mere luft i kalenderen efter "
      "omstruktureringen, så sæt mig på meget tid. God sommer!",
      {"tid": "Meget"}, sent=S1, unchanged=True,
      note="'luft i kalenderen' is the idiom (more room in the calendar), not the subject Luft."),

    c("ow87-da-outlook-prefix-pension", "outlook_prefix", "Birgit Aaskov",
      "Hej\n\nSom I måske har hørt, går jeg på pension 1. oktober. Indtil da fortsætter jeg i "
      "gruppen, men jeg vil ikke længere være høringstovholder – det tager Jonas fra min "
      "afdeling sig af fremover.\n\nTid: Lidt som før.\n\nBirgit",
      {"funktioner": "Formand", "tid": "Lidt"}, sent=S3, flagged=True,
      note="Retirement on 1 October (leaving the group, and she is chair) is for the chair. "
           "Only Høringstovholder is dropped; nothing said about Formand."),

    c("ow87-da-android-lugt-og-interval", "android", "Mads Friis",
      "Hej. Erfaring 10-12 år alt efter hvordan man regner. Jeg arbejder stadig med pfas og "
      "støj, og har fået lugtsager fra landbruget med.\n\nMads",
      {"interesser": "PFAS; Støj"}, sent=S1, ask=["erfaring", "interesser"],
      note="Experience as a range is asked. Lugt (odour) is no option; it may belong under Luft "
           "but that is the chair's call, so the confident part is recorded and the rest asked."),

    c("ow87-da-outlook-mac-html-power-to-x", "outlook_mac_html", "Signe Mørch",
      "Kære tovholder\n\nJeg kan se, at jeg står som høringstovholder. Det er fint, det "
      "fortsætter jeg gerne med. Til gengæld er affald røget over til vores nye kollega, så det "
      "skal fjernes. Jeg er begyndt at arbejde med Power to X, da vi har fået en ansøgning om et "
      "anlæg ved havnen.\n\nDe bedste hilsner\nSigne",
      {"interesser": "PFAS; Power-to-X", "funktioner": "Høringstovholder"}, sent=S4),

    c("ow87-da-outlook-ios-fjern-tilfoej", "outlook_ios", "Anders Juhl",
      "Fjern klima, tilføj affald. 4 års erfaring nu. Ellers uændret\n/Anders",
      {"interesser": "Spildevand; Affald; Luft", "erfaring": "4"}, sent=S2, unchanged=True),

    c("ow87-da-iphone-afbud-i-andet", "iphone", "Camilla Winther",
      "Hej\nSkemaet passer stadig, jeg har bare skrevet en linje under Andet.\nCamilla",
      {"andet": "Afbud til mødet 19/6 (ferie)"}, sent=S4, unchanged=True, flagged=True,
      edits=[("set", "Svar:", "Svar: Afbud til mødet 19/6 (ferie)", "6. Andet")],
      note="Typed into the Andet answer line, so recorded; it is also an absence from a meeting, "
           "so flagged for the chair."),

    c("ow87-da-thunderbird-bottom-ie", "thunderbird_bottom", "Niels Hvid",
      "Svar herover. Jeg har sat kryds ved IE-direktivet og fjernet støj, og tiden er nede på "
      "lidt, indtil vores nye miljøchef er på plads (forventeligt september).\n\n-- \nNiels "
      "Hvid\nEksempel Kommune",
      {"interesser": "PFAS; IE-direktivet", "tid": "Lidt"}, sent=S1,
      edits=[("set", "[ ] IE-direktivet", "[x] IE-direktivet"), ("set", "[x] Støj", "[ ] Støj"),
             ("set", "[ ] Lidt", "[x] Lidt"), ("set", "[x] Nogen", "[ ] Nogen")],
      note="Lidt is his current answer, crossed and confirmed in words; the expected end "
           "(September) is a reason, not a second value."),

    c("ow87-da-gmail-skrevet-i-skemaet", "gmail", "Rasmus Kjeldsen",
      "Se mine svar i skemaet nedenfor.\n\nRasmus",
      {"interesser": "Affald; Støj; Jord; VVM"}, sent=S3, ask=["tid"],
      edits=[("add", "[ ] Power-to-X", "+ støj, vi har fået to vindmøllesager"),
             ("add", "[ ] Meget", "Fra september meget, indtil da lidt")],
      note="Tid has two values for two periods (lidt now, meget from September); passed on."),

    c("ow87-da-outlook-deltid", "outlook", "Karina Bjerre",
      "Hej Tovholder\n\nTak for skemaet. Jeg er gået ned på 30 timer om ugen fra 1. maj, så jeg "
      "har ikke så meget tid som før – skriv nogen. Jeg er desuden trådt ud af netværket for "
      "miljøtilsyn, men fortsætter i PFAS-gruppen. Min barselsvikar-stilling er blevet til en "
      "fast stilling, så det kan slettes under andet.\n\n" + SIG_KOMMUNE,
      {"grupper": "Arbejdsgruppe om PFAS", "tid": "Nogen", "andet": ""}, sent=S2,
      note="She asks explicitly for the Andet text to be deleted, so Andet is recorded empty."),

    c("ow87-da-gmail-android-siden-2007", "gmail_android", "Poul Krogh",
      "erfaring: har været i faget siden 2007. resten passer",
      {}, sent=S3, unchanged=True, ask=["erfaring"],
      note="A year instead of a number of years: asked."),

    c("ow87-da-outlook-android-hvad-er-hoeringstovholder", "outlook_android", "Louise Dam",
      "Hvad betyder høringstovholder helt præcist? Hvis det er at samle input til høringer, vil "
      "jeg gerne. Jeg kan i hvert fald fortsætte som sekretær.",
      {"funktioner": "Sekretær"}, sent=S1, ask=["funktioner"],
      note="A question about the form; Høringstovholder depends on the answer, so passed on. "
           "Sekretær is confirmed and kept."),

    c("ow87-da-owa-html-tager-over", "owa_html", "Jakob Thomsen",
      "Hej\n\nJeg er blevet bedt af min chef om at tage over efter Birgit, så her er mine "
      "svar:\n\nFagområder: affald, jord, vvm og lidt IE\nGrupper: ingen endnu\nFunktioner: "
      "høringstovholder\nErfaring: 6 år\nTid: noget\n\nHilsen Jakob",
      {"interesser": "Affald; Jord; VVM; IE-direktivet", "grupper": "",
       "funktioner": "Høringstovholder", "erfaring": "6", "tid": "Nogen"}, sent={},
      note="'lidt IE' = he works a little with IE-direktivet (not Tid); 'noget' tid = Nogen. "
           "Taking over from a colleague is context, not a matter for the chair."),

    c("ow87-da-apple-forward-videresendt", "apple_forward", "Lene Vestergaard",
      "Videresender lige med mine svar, kunne ikke finde svar-knappen på telefonen 🙈\n\nPFAS og "
      "spildevand, netværket for miljøtilsyn, 15 års erfaring, nogen tid.\n\nMvh Lene",
      {"interesser": "PFAS; Spildevand", "grupper": "Netværk for miljøtilsyn", "erfaring": "15",
       "tid": "Nogen"}, sent=S4,
      note="She answers every question in order, so her list of areas is her whole set "
           "(Affald no longer there); Funktioner she skips and it keeps the sent value."),

    c("ow87-da-owa-rettet-i-skemaet", "owa", "Torben Rask",
      "Hej, har rettet direkte i skemaet.\n/Torben",
      {"interesser": "PFAS; Affald; Støj", "erfaring": "9"}, sent=S4, ask=["funktioner"],
      edits=[("set", "[ ] Støj", "[x] Støj"), ("set", "Svar: 8", "Svar: 9"),
             ("append", "[ ] Formand", "  <- kan være stedfortræder for formanden")],
      note="Stand-in for the chair is no option; passed on (Høringstovholder unchanged)."),

    c("ow87-da-apple-mail-pfas-foraar", "apple_mail", "Julie Sand",
      "Hej alle\n\nDet har været et vildt forår. Vi har haft PFAS-fund i to "
      "drikkevandsboringer, og jeg har nærmest ikke lavet andet siden marts. Derfor er støj "
      "gledet ud hos mig – det har Kasper overtaget. Jeg sidder nu også i KL's PFAS-taskforce, "
      "så jeg har mere end rigeligt at se til.\n\nJeg kan ikke være sekretær i år, men tager "
      "gerne over igen fra næste år.\n\nTid: der er ikke meget, så skriv lidt.\n\nGod sommer, "
      "når den kommer!\nJulie",
      {"interesser": "PFAS", "funktioner": "", "tid": "Lidt"}, sent=S1,
      note="Sekretær removed for this round (she offers again next year, recorded then). "
           "KL's taskforce is external, no option for Grupper; told in passing, not flagged."),

    c("ow87-da-outlook-prefix-english", "outlook_prefix", "Mark Evans",
      "Hi,\n\nSorry for answering in English. Please add wastewater and remove waste – I moved "
      "to the wastewater team in March. Experience: still 8 years. Time: more than before, put "
      "much.\n\nCheers, Mark",
      {"interesser": "PFAS; Spildevand", "erfaring": "8", "tid": "Meget"}, sent=S4,
      note="English on the Danish form; recorded in the Danish form's spellings."),

    c("ow87-da-thunderbird-uden-danske-tegn", "thunderbird", "Ole Pedersen",
      "Hej\n\nSkriver fra sommerhuset uden danske tegn. Jeg har faaet stoej og luft med i mit "
      "omraade, og jeg er gaaet med i PFAS gruppen. Erfaring: 20 aar stadig. Ellers som "
      "foer.\n\nOle",
      {"interesser": "Affald; Støj; Luft; Jord; VVM", "grupper": "Arbejdsgruppe om PFAS",
       "erfaring": "20"}, sent=S3, unchanged=True),

    c("ow87-da-android-sekretaer-hvis-ida", "android", "Maja Holst",
      "Hej, jeg er på ferie hele juli, men ellers er det som det står. Kunne i øvrigt godt "
      "tænke mig at være sekretær, hvis Ida stopper",
      {}, sent=S2, unchanged=True, ask=["funktioner"],
      note="Sekretær only if Ida stops: a condition on someone else, for the chair."),

    c("ow87-da-outlook-ios-fjorten", "outlook_ios", "Kasper Vinther",
      "Hej. Erfaring: fjorten år. Jeg kan godt tage høringstovholder på de store høringer, fx "
      "affaldsplanen i efteråret.\nKasper",
      {"funktioner": "Høringstovholder; Sekretær", "erfaring": "14"}, sent=S1,
      note="Høringstovholder offered with a scope ('de store høringer'), which is a qualifier, "
           "not a condition; 'affaldsplanen' is an example, not the subject Affald."),

    # --- English form ----------------------------------------------------------------------
    c("ow87-en-owa-parental-leave", "owa", "Katarzyna Nowak",
      "Hi,\n\nQuick update before the summer: I'm going on parental leave from 1 July until the "
      "end of the year, so please put my time down to little. I'll still follow the PFAS working "
      "group by mail but I'm dropping out of the inspection network for now.\n\nEverything else "
      "is the same.\n\nKatarzyna",
      {"groups": "PFAS working group", "time": "Little"}, lang="en", sent=E2, unchanged=True,
      flagged=True,
      note="Half a year of parental leave (absent from meetings) is for the chair."),

    c("ow87-en-gmail-new-job", "gmail", "Oliver Bennett",
      "Hello,\n\nSome news: I'm leaving Example Municipality at the end of June for a job at the "
      "regional water utility, so I'll have to step down as chair and leave the group. It's "
      "been a real pleasure working with all of you. Please take me off the list after the June "
      "meeting.\n\nBest,\nOliver",
      {}, lang="en", sent=E1, flagged=True,
      note="Leaving the group (and the chair) is the chair's matter; nothing recorded on the "
           "form for a member who is leaving."),

    c("ow87-en-apple-mail-dansk", "apple_mail", "Jens Bach",
      "Hej\n\nJeg svarer lige på dansk :) Alt er som sidst, bortset fra at jeg nu også sidder "
      "med jordforurening og VVM-screeninger.\n\nJens",
      {"interests": "Wastewater; Noise; Soil; EIA"}, lang="en", sent=E1, unchanged=True,
      note="Danish on the English form; jordforurening = Soil, VVM = EIA."),

    c("ow87-en-outlook-html-harbour", "outlook_html", "Hannah Müller",
      "Hi,\n\nNo changes from my side except time: some instead of much this year (we have "
      "started on the environmental review of the harbour expansion).\n\n" + SIG_EN,
      {"time": "Some"}, lang="en", sent=E2, unchanged=True),

    c("ow87-en-thunderbird-meeting-online", "thunderbird", "Tomás García",
      "Hello again,\n\nFor the record: experience is 21 years now, and I would like to add IED "
      "and waste to my areas – we took over the inspections of the two big industrial sites in "
      "May. I can still chair the group, but I cannot be consultation coordinator on top of "
      "that.\n\nAlso: will the September meeting be online? Then I can join, otherwise "
      "not.\n\nRegards,\nTomás",
      {"interests": "Wastewater; Waste; Noise; IED", "functions": "Chair", "experience": "21"},
      lang="en", sent=E1, flagged=True,
      note="The question about the September meeting (and possible absence) is for the chair."),

    c("ow87-en-iphone-same", "iphone", "Aisha Rahman",
      "All the same as last year 👍\nAisha",
      {}, lang="en", sent=E2, unchanged=True),

    c("ow87-en-owa-html-from-germany", "owa_html", "Lukas Schneider",
      "Hi,\n\nI started in the environment department in April, coming from Germany. My "
      "answers:\n- Areas: noise and air quality, some soil\n- Groups: none yet\n- Functions: "
      "none for now, I'm still learning the Danish system\n- Experience: 7 years (in "
      "Germany)\n- Time: some\n\nBest regards,\nLukas",
      {"interests": "Noise; Air; Soil", "groups": "", "functions": "", "experience": "7",
       "time": "Some"}, lang="en", sent={},
      note="'some soil' means he works a bit with Soil, not Time."),

    c("ow87-en-outlook-mac-hiking", "outlook_mac", "Ingrid Solberg",
      "Hi there,\n\nI'm away 15 June–15 August (hiking in Norway!), so I'll miss the August "
      "meeting. Otherwise as before, but please remove Chair from my functions – I'd rather be "
      "secretary for a while.\n\nIngrid",
      {"functions": "Secretary"}, lang="en", sent=E1, unchanged=True, flagged=True,
      note="Absence from the August meeting is for the chair."),
]
