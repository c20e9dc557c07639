"""Unseen part 103 of the own-words form replies: a round just after several municipalities
reorganised their environment departments. By hand, written blind; people invented, at
example.org."""

from common import E1, E2, S1, S2, S3, S4, SIG_EN, SIG_KOMMUNE, SIG_SHORT, c

CASES = [
    # --- Danish form -------------------------------------------------------------------------
    c("ow103-da-outlook-jord-i-stedet-for-affald", "outlook", "Lone Bisgaard",
      "Hej\n\nEfter omorganiseringen 1. november har jeg fået jord i stedet for affald. "
      "Ellers uændret.\n\n" + SIG_KOMMUNE,
      {"interesser": "PFAS; Jord"}, S4, unchanged=True),

    c("ow103-da-owa-formand-til-marts", "owa", "Merete Kragh",
      "Kære tovholder\n\n"
      "Som de fleste nok har hørt, er jeg blevet leder af det nye Center for Miljø og Klima "
      "efter sammenlægningen, så tiden er presset. Jeg bliver som formand frem til mødet i "
      "marts, men så må vi finde en ny. Høringstovholder må en anden overtage allerede nu.\n\n"
      "Klima er i øvrigt kommet ind over mit bord, så det skal med under fagområder.\n\n"
      "Hilsen Merete",
      {"interesser": "Affald; Jord; Klima; VVM", "funktioner": "Formand"}, S3,
      ask=["funktioner"],
      note="Høringstovholder clearly removed; she stays Formand but only until the March "
           "meeting, and a new chair must be found: recorded as Formand and passed on."),

    c("ow103-da-iphone-tak-efter-jul", "iphone", "Jesper Holm",
      "Tak, jeg kigger på det når vi er flyttet ind i de nye lokaler 🎄", {}, S1,
      note="Says nothing about the form."),

    c("ow103-da-gmail-ny-kollega-overtager-pladsen", "gmail", "Rasmus Kjær",
      "Hej\n\n"
      "Birgitte er flyttet over i Byg og Plan efter omorganiseringen, og jeg har overtaget "
      "hendes plads i gruppen (aftalt med vores chef). Jeg har skrevet mine egne svar her:\n\n"
      "Spildevand og klima\n"
      "Netværk for miljøtilsyn\n"
      "Erfaring: 6 år\n"
      "Tid: nogen\n\n"
      "Mvh Rasmus",
      {"interesser": "Spildevand; Klima", "grupper": "Netværk for miljøtilsyn",
       "erfaring": "6", "tid": "Nogen"}, S2, form_for="Birgitte Holm", flagged=True,
      note="The form was sent to Birgitte (her profile pre-filled); her successor answers for "
           "himself. His answers are recorded as the answers of this reply; the change of "
           "person on the seat is for the chair (flagged). Luft and the PFAS group are not in "
           "his lists, so they are removed."),

    c("ow103-da-thunderbird-rettet-i-skemaet", "thunderbird", "Karin Sejersen",
      "Hej\n\nJeg har rettet i skemaet nedenfor. Støj ligger hos Teknik og Byg efter "
      "omorganiseringen, til gengæld er luft kommet over til os.\n\nKarin",
      {"interesser": "PFAS; Luft", "erfaring": "13"}, S1,
      edits=[("set", "[x] Støj", "[ ] Støj"), ("set", "[ ] Luft", "[x] Luft"),
             ("set", "Svar: 12", "Svar: 13")]),

    c("ow103-da-android-barsel-louise-tager-over", "android", "Camilla Brask",
      "Hej\n\nJeg går på barsel fra 1. februar. Louise Dam fra vores nye miljøteam tager over "
      "som høringstovholder, mens jeg er væk - hun skriver selv til jer. Indtil da er alt som "
      "det står.\n\nKh Camilla",
      {}, S4, ask=["funktioner"], unchanged=True,
      note="Høringstovholder passes to a colleague during her leave: a matter for the chair "
           "(and a new person), not a change the secretary records herself. 'Indtil da er alt "
           "som det står' read as unchanged."),

    c("ow103-da-apple_mail-lidt-tid-vikariat-fast", "apple_mail", "Nadia Østergaard",
      "Hej igen\n\nEfter sammenlægningen med Nordby har jeg fået næsten dobbelt så mange "
      "virksomheder, så jeg har desværre kun lidt tid til gruppen nu.\n\n"
      "Barselsvikariatet er blevet til en fast stilling 😊 så det kan I bare slette.\n\n"
      "Nadia",
      {"tid": "Lidt", "andet": ""}, S2,
      note="'det kan I bare slette' refers to the pre-filled Andet 'Barselsvikar til juni': "
           "cleared."),

    c("ow103-da-outlook_prefix-enogtyve-aar", "outlook_prefix", "Poul Erik Vinther",
      "Erfaringen er nu enogtyve år, og jeg har fået PFAS med i porteføljen efter "
      "omorganiseringen. Resten er som før.\n\nPoul Erik",
      {"interesser": "PFAS; Affald; Jord; VVM", "erfaring": "21"}, S3, unchanged=True),

    c("ow103-da-owa_html-skrevet-ind-i-skemaet", "owa_html", "Karen Mølgaard",
      "Se mine rettelser nedenfor.\n\nMvh\nKaren",
      {"funktioner": "", "tid": "Lidt"}, S1,
      edits=[("add", "[x] Sekretær",
              "nej tak, ikke længere - det er der ikke tid til i den nye afdeling"),
             ("set", "[x] Nogen", "[ ] Nogen"), ("set", "[ ] Lidt", "[x] Lidt")],
      note="The cross at Sekretær is left standing, but the typed line under it withdraws it."),

    c("ow103-da-outlook_ios-svar-i-januar", "outlook_ios", "Peter Aagaard",
      "Hej. Vi er midt i en omorganisering, og jeg ved først efter nytår hvilke områder jeg "
      "ender med. Er det ok at jeg svarer i januar?\n/Peter",
      {}, S4, flagged=True, note="A question about the deadline, for the chair; no answers."),

    c("ow103-da-gmail_android-ny-i-industrienheden", "gmail_android", "Mikkel Thorsen",
      "Hej! Jeg er ny i gruppen, startede 1/11 i den nye Miljø og Industri-enhed. "
      "Arbejder med IE-direktivet og power to x, og lidt luft. 4 års erfaring fra "
      "Miljøstyrelsen før jeg kom hertil. Tid: meget, i hvert fald i starten. "
      "Kan godt være sekretær\n\nMikkel",
      {"interesser": "Luft; IE-direktivet; Power-to-X", "funktioner": "Sekretær",
       "erfaring": "4", "tid": "Meget"}, {},
      note="'lidt luft' is about the topic, not the time; Tid is 'meget'."),

    c("ow103-da-outlook_mac-otte-ni-aar", "outlook_mac", "Sanne Dahl",
      "Hej\n\nErfaring: 8-9 år, alt efter hvordan man regner (jeg var væk et års tid).\n"
      "Tilføj støj - det fik vi ind med omorganiseringen.\n\nSanne\n\n" + SIG_SHORT,
      {"interesser": "PFAS; Affald; Støj"}, S4, ask=["erfaring"],
      note="A range of years: passed on."),

    c("ow103-da-apple_forward-flyttet-til-vej", "apple_forward", "Torben Kjeldsen",
      "Hej\n\nJeg har fået den her, men jeg er ikke i miljø længere - er flyttet til "
      "vejafdelingen med omstruktureringen. Tag mig venligst af listen.\n"
      "Min afløser er Jonas Friis (jonas.friis@example.org), han vil gerne være med.\n\n"
      "Torben",
      {}, S1, flagged=True,
      note="Leaving the group and proposing a successor: for the chair; no answers."),

    c("ow103-da-thunderbird_bottom-rettelser-i-punkter", "thunderbird_bottom", "Mads Bredahl",
      "Hej\n\nTak for skemaet. Et par rettelser efter at vi er blevet lagt sammen med Teknik:\n\n"
      "- Luft har jeg afleveret til Rikke, men jeg har stadig spildevand og klima.\n"
      "- Jeg vil gerne stå som høringstovholder, men kun for høringer om spildevand.\n"
      "- PFAS-arbejdsgruppen fortsætter jeg i.\n\n"
      "Andet: Barselsvikariatet er forlænget til december.\n\nHilsen Mads",
      {"interesser": "Spildevand; Klima", "funktioner": "Høringstovholder",
       "andet": "Barselsvikariatet er forlænget til december."}, S2, ask=["funktioner"],
      note="Høringstovholder recorded, but only for wastewater consultations: the limit is "
           "passed on to the chair. The PFAS group is confirmed and nothing is said about the "
           "network, so grupper is left as sent."),

    c("ow103-da-iphone-english-on-danish-form", "iphone", "Anna Kowalska",
      "Hi, sorry for answering in English!\nAfter the reorganisation I only work with PFAS "
      "and soil, no more waste. I can continue as consultation coordinator. Time: some.\n"
      "Anna",
      {"interesser": "PFAS; Jord", "funktioner": "Høringstovholder", "tid": "Nogen"}, S4,
      note="English on the Danish form. Høringstovholder and Nogen are stated explicitly and "
           "equal the sent values."),

    c("ow103-da-outlook_html-krydser-ny-efter-henrik", "outlook_html", "Signe Lykke",
      "Hej, jeg er den nye i Vestby efter Henrik. Har sat krydser.\nMvh Signe",
      {"interesser": "Spildevand; Klima", "grupper": "Netværk for miljøtilsyn",
       "erfaring": "2", "tid": "Lidt"}, {},
      edits=[("set", "[ ] Spildevand", "[x] Spildevand"), ("set", "[ ] Klima", "[x] Klima"),
             ("set", "[ ] Netværk for miljøtilsyn", "[x] Netværk for miljøtilsyn"),
             ("set", "Svar:", "Svar: 2", "4. Erfaring"), ("set", "[ ] Lidt", "[x] Lidt")],
      note="She was sent the form herself (already a member); 'den nye efter Henrik' is context."),

    c("ow103-da-owa-netvaerket-videre", "owa", "Ulla Mortensen",
      "Hej\n\nBliver Netværk for miljøtilsyn videreført nu hvor Sydkommunerne har nedlagt deres "
      "tilsynsenhed? Hvis ja, så sæt mig også på det. Ellers er alt som sidst.\n\nUlla",
      {}, S1, ask=["grupper"], unchanged=True,
      note="Joining the network depends on whether it continues: a question for the chair."),

    c("ow103-da-gmail-alle-undtagen", "gmail", "Jakob Riis",
      "Hej\n\nJeg er blevet miljøkoordinator for hele den nye enhed, så sæt mig på alle "
      "fagområder undtagen Power-to-X og IE – dem har kollegerne i Havnebyen.\n"
      "15 års erfaring, og nogen tid.\n\nVh Jakob",
      {"interesser": "PFAS; Spildevand; Affald; Støj; Luft; Jord; Klima; VVM",
       "erfaring": "15", "tid": "Nogen"}, {}),

    c("ow103-da-outlook-flyttedag-14-januar", "outlook", "Gitte Frost",
      "Hej\n\nJeg kan desværre ikke deltage i mødet den 14. januar, vi har flyttedag til det "
      "nye rådhus. Skemaet er uændret.\n\n" + SIG_KOMMUNE,
      {}, S4, unchanged=True, flagged=True, note="Absence from a meeting: for the chair."),

    c("ow103-da-thunderbird-sekretaer-hvis-ingen-andre", "thunderbird", "Line Vestergaard",
      "Hej tovholder\n\nHvis ingen andre melder sig, kan jeg godt tage sekretærposten et halvt "
      "års tid oveni høringerne. Til gengæld har jeg fået klimatilpasning med efter "
      "omorganiseringen.\n\nLine",
      {"interesser": "PFAS; Affald; Klima"}, S4, ask=["funktioner"],
      note="Secretary only if nobody else volunteers, and for half a year: passed on. "
           "'klimatilpasning' is Klima."),

    c("ow103-da-owa-stoej-til-teknik-uden-dansk-tastatur", "owa", "Søren Lauridsen",
      "hej\n\nefter omorganiseringen er stoej flyttet til Teknik og Byg saa det skal fjernes. "
      "jeg har faaet spildevand i stedet.\ntid: meget mindre end foer, saet lidt\n\nsoeren",
      {"interesser": "PFAS; Spildevand", "tid": "Lidt"}, S1,
      note="Written without æ/ø/å. 'meget mindre end før, sæt lidt' is Lidt."),

    c("ow103-da-outlook_mac_html-team-industri", "outlook_mac_html", "Hanne Bech",
      "Rettet direkte i skemaet.\n\n/Hanne",
      {"interesser": "Affald; Støj; Jord; VVM", "erfaring": "21",
       "andet": "Flytter til Team Industri pr. 1. februar, samme mailadresse"}, S3,
      edits=[("set", "[ ] Støj", "[x] Støj"), ("set", "Svar: 20", "Svar: 21"),
             ("set", "Svar:", "Svar: Flytter til Team Industri pr. 1. februar, samme "
              "mailadresse", "6. Andet")]),

    c("ow103-da-iphone-tretten-nu", "iphone", "Niels Munk",
      "13 år nu. Resten er det samme", {"erfaring": "13"}, S1, unchanged=True),

    c("ow103-da-android-grundvand-og-jord", "android", "Birthe Søndergaard",
      "Efter sammenlægningen er jeg på grundvand og drikkevand + jord. Affald og VVM har jeg "
      "afleveret til de nye kolleger.",
      {"interesser": "Jord"}, S3, ask=["interesser"],
      note="Affald and VVM removed, Jord kept; grundvand and drikkevand are no options."),

    c("ow103-da-outlook_ios-netvaerket-til-sara", "outlook_ios", "Julie Winther",
      "Hej\nJeg vil gerne fortsætte i PFAS-gruppen, men netværket for miljøtilsyn overlader jeg "
      "til min nye kollega Sara Lund, der har overtaget tilsynet hos os. Hun er vist ikke "
      "medlem endnu?\nJulie",
      {"grupper": "Arbejdsgruppe om PFAS"}, S2, flagged=True,
      note="Leaves the network; proposing a new colleague as member is for the chair."),

    c("ow103-da-outlook-pension-til-sommer", "outlook", "Bent Kofoed",
      "Kære Tovholder\n\nJeg går på pension 1. juli, og efter sammenlægningen er mine sager "
      "allerede ved at blive fordelt. Så: lidt tid, og tag mig ud af formand. Høringer kan "
      "jeg stadig hjælpe med frem til sommer.\n\nVh Bent",
      {"funktioner": "Høringstovholder", "tid": "Lidt"}, S3, flagged=True,
      note="Retiring on 1 July (leaving the group): for the chair. Høringstovholder kept until "
           "then, as he says."),

    # --- English form ------------------------------------------------------------------------
    c("ow103-en-outlook-handing-over-chair", "outlook", "Eva Lindqvist",
      "Hi,\n\nFollowing the reorganisation on 1 November I have moved to the planning "
      "department, so I will hand over the chair. I'll stay in the inspection network until "
      "the end of March to help my successor get started.\n\nPlease remove noise, I still do "
      "wastewater.\n\n" + SIG_EN,
      {"interests": "Wastewater", "functions": ""}, E1, lang="en", flagged=True,
      note="Handing over the chair and leaving the network at the end of March: for the chair."),

    c("ow103-en-gmail-danish-on-english-form", "gmail", "Frederik Lund",
      "Hej, svarer lige på dansk. Luft og klima som før, men tilføj PFAS. 11 års erfaring nu.\n\n"
      "Frederik",
      {"interests": "PFAS; Air; Climate", "experience": "11"}, E2, lang="en",
      note="Danish on the English form. 'som før' is about air and climate only, not the rest."),

    c("ow103-en-owa_html-new-team-edits", "owa_html", "Oliver Brandt",
      "Updated below - new team, new priorities.\n\nOliver",
      {"groups": "Inspection network", "functions": "Secretary", "time": "Some"}, E2, lang="en",
      edits=[("set", "[x] PFAS working group", "[ ] PFAS working group"),
             ("set", "[ ] Secretary", "[x] Secretary"),
             ("set", "[x] Much", "[ ] Much"), ("set", "[ ] Some", "[x] Some")]),

    c("ow103-en-thunderbird-taken-over-lars-seat", "thunderbird", "Priya Nair",
      "Hello,\n\nI'm Priya, I started on 15 November and have taken over Lars's seat in the "
      "group, as agreed with our manager. My answers: wastewater and IED, seven years of "
      "experience, some time. I'm not ready to be chair yet, though.\n\nBest,\nPriya",
      {"interests": "Wastewater; IED", "functions": "", "experience": "7", "time": "Some"}, E1,
      lang="en", form_for="Lars Bech", flagged=True,
      note="Form sent to Lars (his profile pre-filled); his successor answers for herself. "
           "Recorded as this reply's answers; the change of person is for the chair."),

    c("ow103-en-iphone-little-time-after-merger", "iphone", "Mark Jensen",
      "All as before, except I'm down to a little time after the merger.", {"time": "Little"},
      E1, lang="en", unchanged=True),

    c("ow103-en-outlook_android-leaving-december", "outlook_android", "Ingrid Solberg",
      "I'm leaving the municipality at the end of December (new job at the regional water "
      "utility), so please take me off the list. Thanks for the good collaboration!",
      {}, E2, lang="en", flagged=True, note="Leaving the group: for the chair; no answers."),

    c("ow103-en-apple_mail-odour-and-soil", "apple_mail", "Sofie Hald",
      "Hi!\n\nAfter the reorganisation I've taken on odour complaints and soil as well, on top "
      "of what I had 😅\n\nSofie",
      {"interests": "Wastewater; Noise; Soil"}, E1, lang="en", ask=["interests"],
      note="Soil added; odour is no option and is passed on."),

    c("ow103-en-outlook_prefix-since-2014", "outlook_prefix", "Daniel Moreau",
      "Experience: since 2014.\nAdd EIA - I now handle those for the whole new department. "
      "I can be consultation coordinator.\n\nDaniel",
      {"interests": "Air; Climate; EIA", "functions": "Consultation coordinator"}, E2,
      lang="en", ask=["experience"], note="A year instead of a number of years: passed on."),
]
