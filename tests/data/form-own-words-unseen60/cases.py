"""Unseen part ow60 of the own-words form replies: an ordinary spring round (March-April 2027).
Written blind, by hand, as a careful human secretary would record them. People invented, at
example.org."""

from common import E1, E2, S1, S2, S3, S4, SIG_EN, SIG_KOMMUNE, SIG_SHORT, c

CASES = [
    # --- Danish form -----------------------------------------------------------------------
    c("ow60-da-outlook-intet-nyt-i-aar", "outlook", "Birthe Kjærgaard",
      "Hej\n\nIntet nyt fra mig i år – alt står, som det skal.\n\n" + SIG_KOMMUNE,
      {}, S1, unchanged=True),

    c("ow60-da-iphone-tak-tommel", "iphone", "Ole Thygesen",
      "Tak 👍",
      {}, S3,
      note="Says nothing about the form: no answers, not unchanged, not flagged."),

    c("ow60-da-owa-erfaring-et-aar-op", "owa", "Mette Vestergaard",
      "Hej\n\nErfaringen skal vel bare rykkes et år – altså 9. Ellers er alt det samme.\n\n"
      "Mvh Mette",
      {"erfaring": "9"}, S4, unchanged=True),

    c("ow60-da-gmail-tilfoej-klima", "gmail", "Lone Brix",
      "Hej tovholder\n\nKan du tilføje klima? Jeg har fået klimatilpasningssagerne fra 1. marts. "
      "Ellers uændret.\n\nHilsen\nLone",
      {"interesser": "PFAS; Støj; Klima"}, S1, unchanged=True),

    c("ow60-da-outlook-html-fastansat-og-jord", "outlook_html", "Nanna Østergaard",
      "Hej\n\nGodt at høre fra jer igen. Lidt nyt herfra: Jeg er blevet fastansat pr. 1. april, "
      "så barselsvikariatet er slut – jeg har rettet det under Andet i skemaet. Samtidig har jeg "
      "overtaget jordsagerne efter Bente, som er gået på pension, så sæt gerne kryds ved Jord "
      "også.\n\nResten passer stadig.\n\nMvh Nanna",
      {"interesser": "Spildevand; Luft; Jord; Klima", "andet": "Fastansat fra 1. april 2027"},
      S2, unchanged=True,
      edits=[("set", "Svar: Barselsvikar til juni", "Svar: Fastansat fra 1. april 2027")],
      note="Andet typed over the pre-filled text inside the quoted form (HTML-only reply); Jord "
           "added from her own words; 'Lidt nyt herfra' is not an answer to Tid."),

    c("ow60-da-thunderbird-skifter-gruppe", "thunderbird", "Søren Dahl",
      "Hej\n\nJeg har meldt mig ud af PFAS-arbejdsgruppen efter nytår – den er ved at lande sin "
      "rapport og har folk nok. Til gengæld er jeg kommet med i netværket for miljøtilsyn, så ret "
      "gerne det.\n\nHilsen\nSøren",
      {"grupper": "Netværk for miljøtilsyn"}, S1,
      note="Swap of groups; PFAS as a subject (interesser) is untouched."),

    c("ow60-da-android-lidt-tid-til-sommer", "android", "Kasper Riis",
      "Hej. Sæt mig ned på lidt tid indtil sommerferien, jeg sidder med en stor udbudssag. "
      "Resten er ok.\n\nKasper",
      {"tid": "Lidt"}, S2, unchanged=True,
      note="'indtil sommerferien' limits his own answer in time, it is no condition on anyone "
           "else: Lidt is what holds for this round, recorded."),

    c("ow60-da-outlook-ios-stopper-som-formand", "outlook_ios", "Jørgen Mikkelsen",
      "Hej\nJeg stopper som formand efter forårsmødet – fire år er nok 🙂 Høringstovholder "
      "fortsætter jeg gerne med. Resten uændret.\nVh Jørgen",
      {"funktioner": "Høringstovholder"}, S3, unchanged=True,
      note="Stepping down as chair is his answer to Funktioner (Formand removed), not news that "
           "belongs to no question; not flagged."),

    c("ow60-da-gmail-android-rettet-i-skemaet", "gmail_android", "Sara Lund",
      "Har rettet direkte i skemaet.\n\nSara",
      {"interesser": "PFAS; Affald; Støj", "tid": "Meget"}, S4,
      edits=[("set", "[ ] Støj", "[x] Støj"), ("set", "[x] Nogen", "[ ] Nogen"),
             ("set", "[ ] Meget", "[x] Meget")]),

    c("ow60-da-apple-mail-nyt-job-melder-sig-ud", "apple_mail", "Inger Mortensen",
      "Kære alle\n\nTak for skemaet – men det bliver sidste gang, jeg svarer på det. Jeg har fået "
      "job i Miljøstyrelsen og starter 1. april, så jeg melder mig ud af gruppen efter marts. Det "
      "har været nogle rigtig gode år med jer, og jeg håber, vi ses i andre sammenhænge.\n\n"
      "Jeg skal nok sørge for, at referatet fra martsmødet kommer ud, inden jeg går.\n\n"
      "Kærlig hilsen\nInger",
      {}, S1, flagged=True,
      note="Leaving the group: for the chair, nothing recorded. The minutes remark is no change "
           "to Funktioner."),

    c("ow60-da-outlook-prefix-enogtyve-og-mere-tid", "outlook_prefix", "Poul Kristensen",
      "Hej\n\nErfaring: enogtyve år nu. Og så har jeg fået lidt mere luft i kalenderen, så I må "
      "gerne sætte mig på nogen tid i stedet for lidt.\n\nAlt andet ved det gamle.\n\nPoul K.",
      {"erfaring": "21", "tid": "Nogen"}, S3, unchanged=True,
      note="'luft i kalenderen' is an idiom, not the subject Luft; 'i stedet for lidt' is the "
           "old value he leaves."),

    c("ow60-da-owa-html-ny-i-gruppen", "owa_html", "Amalie Frost",
      "Hej\n\nJeg er ny i gruppen (startede i februar i Miljø og Klima), så her er mine svar:\n\n"
      "Jeg arbejder primært med IE-anlæg og støj, og så har jeg fået det nye Power-to-X-anlæg ved "
      "havnen.\nErfaring: 2 år her og 5 år før det i et rådgivende ingeniørfirma.\n"
      "Funktioner: Sekretær kan jeg godt være.\nTid: nogen\n\nGlæder mig til at møde jer på "
      "forårsmødet!\n\nMvh\nAmalie Frost",
      {"interesser": "Støj; IE-direktivet; Power-to-X", "funktioner": "Sekretær", "tid": "Nogen"},
      {}, ask=["erfaring"],
      note="New member, nothing pre-filled. 'Miljø og Klima' is her department's name, not the "
           "subject Klima. IE-anlæg = IE-direktivet. Experience 2 or 7 (with the consultancy "
           "years) is for the chair to decide: asked."),

    c("ow60-da-thunderbird-bottom-erfaring-og-jord", "thunderbird_bottom", "Peter Holm",
      "Har rettet erfaringen i skemaet. Jord kan I fjerne, det ligger nu hos en ny kollega.\n\n"
      "-- \nPeter Holm\nEksempel Kommune",
      {"interesser": "Affald; VVM", "erfaring": "21"}, S3,
      edits=[("set", "Svar: 20", "Svar: 21")]),

    c("ow60-da-outlook-mac-spoergsmaal-om-hoeringer", "outlook_mac", "Camilla Juhl",
      "Hej\n\nEt spørgsmål, inden jeg siger ja til høringstovholder igen: hvor mange høringer "
      "regner I med i år? Sidste år blev det til flere, end jeg havde regnet med. Hvis det bliver "
      "som sidst, er det ok.\n\nResten passer.\n\nVenlig hilsen\nCamilla",
      {}, S4, unchanged=True, ask=["funktioner"],
      note="Her yes to Høringstovholder depends on the chair's answer: the sent value stays, her "
           "question goes to the chair."),

    c("ow60-da-gmail-jord-og-grundvand", "gmail", "Henrik Bech",
      "Hej\n\nTilføj gerne jord og grundvand – vi har fået en del sager om PFAS i jord og "
      "grundvand ved den gamle brandøvelsesplads.\n\n/Henrik",
      {"interesser": "PFAS; Støj; Jord"}, S1, ask=["interesser"],
      note="Jord added; grundvand is no option, passed on."),

    c("ow60-da-outlook-android-barsel", "outlook_android", "Louise Winther",
      "Hej tovholder\n\nJeg går på barsel fra 15. marts og er tilbage 1. november, så jeg kan ikke "
      "være høringstovholder i år – fjern mig der. Tid må blive lidt, jeg læser med, når jeg "
      "kan.\n\nAndet: barsel 15/3–1/11 2027\n\nMin kollega Signe Holm dækker affald og PFAS imens. "
      "Kan hun komme med i netværket i min orlov? Hun er på signe.holm@example.org.\n\n"
      "Hilsen Louise",
      {"funktioner": "", "tid": "Lidt", "andet": "barsel 15/3–1/11 2027"}, S4, flagged=True,
      note="Flagged for the question whether a colleague can join the network; Andet is only the "
           "labelled line. Her subjects (affald, PFAS) are named for the colleague, no change."),

    c("ow60-da-android-uaendret", "android", "Bo Lauridsen",
      "Uændret fra min side 👍\n\nBo",
      {}, S3, unchanged=True),

    c("ow60-da-owa-engelsk-paa-dansk-skema", "owa", "Tomasz Nowak",
      "Hi,\n\nSorry for answering in English. Please remove noise – a colleague took over all "
      "the noise cases in January – and add air instead, I now do the air quality permits. "
      "Everything else is the same.\n\nBest regards\nTomasz",
      {"interesser": "PFAS; Luft"}, S1, unchanged=True,
      note="English on the Danish form: noise = Støj removed, air = Luft added."),

    c("ow60-da-outlook-mac-html-siden-2014", "outlook_mac_html", "Rasmus Bundgaard",
      "Hej\n\nErfaring: jeg har været på miljøområdet siden 2014, så det må I selv regne ud 😉\n\n"
      "Resten er som sidst.\n\nRasmus",
      {}, S4, unchanged=True, ask=["erfaring"],
      note="A year instead of a number of years (12 or 13 depending on how one counts): asked."),

    c("ow60-da-apple-forward-glemte-at-svare", "apple_forward", "Hanne Søgaard",
      "Videresender lige, fik ikke svaret i første omgang. Alt er som før, erfaringen er bare 13 "
      "år nu.\n\nHanne",
      {"erfaring": "13"}, S1, unchanged=True),

    c("ow60-da-outlook-sammenlaegning", "outlook", "Niels Damgaard",
      "Kære tovholder\n\nTak for skemaet. Der er sket en del siden sidst, så jeg skriver lige lidt "
      "mere end et kryds.\n\nVi er pr. 1. januar blevet slået sammen med Teknik og Miljø, og jeg "
      "har i den forbindelse fået spildevand og støj ind i min portefølje (mest spildevand). "
      "Affald og VVM har jeg stadig, mens jordsagerne er flyttet over til regionen.\n\n"
      "Formand fortsætter jeg gerne som, men høringstovholder må en anden tage over – det bliver "
      "simpelthen for meget oveni den nye portefølje.\n\nErfaring: 21 år.\n\n"
      "Jeg glæder mig til forårsmødet.\n\n" + SIG_KOMMUNE,
      {"interesser": "Spildevand; Affald; Støj; VVM", "funktioner": "Formand", "erfaring": "21"},
      S3,
      note="Whole new set of subjects: Spildevand and Støj added, Jord removed, Affald and VVM "
           "kept. 'lidt mere end et kryds' is not an answer to Tid. No 'as before' phrase."),

    c("ow60-da-iphone-smaa-bogstaver", "iphone", "Kim Andersen",
      "hej. tilføj stoej og jeg er ikke mere med i pfas gruppen. ellers det samme\nmvh kim",
      {"interesser": "Spildevand; Støj; Luft; Klima", "grupper": "Netværk for miljøtilsyn"}, S2,
      unchanged=True),

    c("ow60-da-gmail-android-andet-akustik", "gmail_android", "Maja Iversen",
      "Hej!\n\nAndet: Jeg tager et diplommodul i akustik i foråret, så måske støj på sigt.\n\n"
      "Ikke andre ændringer.\n\nMaja",
      {"andet": "Jeg tager et diplommodul i akustik i foråret, så måske støj på sigt."}, S4,
      unchanged=True,
      note="Støj is not added: 'måske på sigt' is a plan, kept in her Andet text."),

    c("ow60-da-outlook-html-teamleder-dagsorden", "outlook_html", "Dorthe Bak",
      "Hej\n\nJeg er blevet konstitueret teamleder fra marts, så jeg må desværre skrue ned – sæt "
      "mig på lidt tid. Sekretær kan jeg ikke nå længere.\n\nOg så et ønske til næste møde: kan vi "
      "få dagsorden og bilag en uge før? Det er svært at nå at læse op ellers.\n\n"
      "Venlig hilsen\nDorthe Bak",
      {"funktioner": "", "tid": "Lidt"}, S1, flagged=True,
      note="Flagged for the wish about the agenda (belongs to no question)."),

    c("ow60-da-outlook-betingelse-i-skemaet", "outlook", "Jesper Friis",
      "Hej, har skrevet en bemærkning i skemaet. Ellers uændret.\n\n" + SIG_SHORT,
      {}, S1, unchanged=True, ask=["funktioner"],
      edits=[("append", "[x] Sekretær", "  – kun hvis ingen andre melder sig")],
      note="Secretary only if nobody else volunteers: a condition on others, passed on; the sent "
           "Sekretær is left as it is."),

    # --- English form ----------------------------------------------------------------------
    c("ow60-en-outlook-nothing-changed", "outlook", "Fiona Walsh",
      "Hi,\n\nNothing has changed on my side since last year, so please keep everything as it "
      "is.\n\n" + SIG_EN,
      {}, E1, lang="en", unchanged=True),

    c("ow60-en-gmail-pfas-soil-left-group", "gmail", "Sophie Martin",
      "Hi there,\n\nA couple of changes: please add PFAS and soil – we've picked up a lot of "
      "contaminated-site work since the new year. I've also left the PFAS working group (too many "
      "meetings on top of everything else), but I'm still in the inspection network.\n\n"
      "Otherwise as before.\n\nSophie",
      {"interests": "PFAS; Air; Soil; Climate", "groups": "Inspection network"}, E2, lang="en",
      unchanged=True),

    c("ow60-en-thunderbird-edited-form", "thunderbird", "Marc Olsen",
      "Updated in the form below – I'm stepping back a bit this spring because of a big "
      "restructuring at work.\n\nMarc",
      {"experience": "21", "time": "Little"}, E1, lang="en",
      edits=[("set", "Answer: 20", "Answer: 21"), ("set", "[ ] Little", "[x] Little"),
             ("set", "[x] Some", "[ ] Some")]),

    c("ow60-en-iphone-misses-april-meeting", "iphone", "David Cohen",
      "I'll miss the April meeting – I'm at a conference in Vienna that week. Everything else "
      "stands.\n\nDavid",
      {}, E1, lang="en", unchanged=True, flagged=True,
      note="Absence from a meeting: for the chair."),

    c("ow60-en-owa-new-from-hamburg", "owa", "Julia Becker",
      "Hello,\n\nI'm new in the group – I joined the environment department in January after "
      "several years in Hamburg. I work mainly with wastewater and IED permits, and have six "
      "years of experience in total. I can give it some time.\n\nBest wishes,\nJulia Becker",
      {"interests": "Wastewater; IED", "experience": "6", "time": "Some"}, {}, lang="en",
      note="New member, nothing pre-filled; nothing said about functions or groups."),

    c("ow60-en-android-dansk-paa-engelsk-skema", "android", "Mikkel Skov",
      "Hej – skriver lige på dansk. Jeg er blevet afdelingsleder, så tid: lidt i år. Ellers "
      "uændret.\n\nMikkel",
      {"time": "Little"}, E2, lang="en", unchanged=True,
      note="Danish on the English form: lidt = Little."),

    c("ow60-en-outlook-ios-takes-minutes", "outlook_ios", "Rachel Thompson",
      "Hi,\nHappy to take the minutes from now on since Anne is leaving – put me down as "
      "secretary. And experience is 11 years now.\nRachel",
      {"functions": "Secretary", "experience": "11"}, E2, lang="en",
      note="'Anne is leaving' is her reason, not news for the chair from Anne herself."),

    c("ow60-en-apple-mail-power-to-x-and-odour", "apple_mail", "Liam O'Brien",
      "Hi,\n\nTwo things: please add Power-to-X – we've got a plant under construction on the "
      "harbour and I'm the case officer. And could you add odour? Odour complaints from the biogas "
      "plant are a big part of my job now, but I don't see it on the list.\n\nThanks,\nLiam",
      {"interests": "Wastewater; Noise; Power-to-X"}, E1, lang="en", ask=["interests"],
      note="Odour is no option: passed on."),

    c("ow60-en-outlook-html-shared-coordinator", "outlook_html", "Priya Sharma",
      "Hi – see my note in the form. The rest is still correct.\n\nPriya",
      {}, E2, lang="en", unchanged=True, ask=["functions"],
      edits=[("add", "[ ] Secretary",
              "I could do consultation coordinator if someone shares it with me")],
      note="Typed under the functions in the quoted form: a condition on someone else, passed "
           "on."),
]
