"""Unseen part 110 of the own-words competence-form replies: an ordinary late-summer round just
after the holidays. By hand, as a careful human secretary would record them; people invented,
at example.org."""

from common import E1, E2, S1, S2, S3, S4, SIG_EN, SIG_KOMMUNE, SIG_SHORT, c  # noqa: F401

P7 = {"interesser": "Spildevand; Klima", "grupper": "", "funktioner": "Sekretær",
      "erfaring": "6", "tid": "Nogen"}
P21 = {"interesser": "Støj; Luft", "grupper": "Netværk for miljøtilsyn", "funktioner": "",
       "erfaring": "15", "tid": "Nogen"}
P26 = {"interesser": "Jord; Klima", "grupper": "", "funktioner": "", "erfaring": "19",
       "tid": "Nogen"}

CASES = [
    # --- Danish form -------------------------------------------------------------------------
    c("ow110-da-outlook-tak", "outlook", "Gitte Laursen", "Tak", {}, S4,
      note="Nothing about the form: no answers, not unchanged, not flagged."),

    c("ow110-da-iphone-intet-nyt", "iphone", "Hanne Kjærgaard",
      "Intet nyt herfra. God sensommer!\n\nHanne", {}, S1, unchanged=True),

    c("ow110-da-outlook-mac-html-teamleder", "outlook_mac_html", "Torben Mølgaard",
      "Hej\n\nEfter sommerferien er jeg blevet teamleder for virksomhedsteamet, og i den "
      "forbindelse er jeg kommet med i netværket for miljøtilsyn.\n\nErfaring: 21 år nu.\n\n"
      "Resten er som før.\n\nTorben",
      {"grupper": "Netværk for miljøtilsyn", "erfaring": "21"}, S3, unchanged=True,
      note="The new job title is news, not an answer to any question; not flagged."),

    c("ow110-da-gmail-kollega-orlov", "gmail", "Camilla Bech",
      "Hej\n\nMin kollega Birgitte er på orlov resten af året, så jeg har overtaget hendes "
      "spildevandssager hen over sommeren. Sæt gerne spildevand på mig.\n\nJeg kan også tage "
      "hendes plads i netværket for miljøtilsyn, mens hun er væk, hvis formanden synes, det "
      "giver mening.\n\nVh Camilla",
      {"interesser": "PFAS; Spildevand; Støj"}, S1, ask=["grupper"],
      note="The network seat is offered on condition of the chair's say and only while the "
           "colleague is away: passed on, not recorded."),

    c("ow110-da-owa-mindre-tid", "owa", "Henrik Aagaard",
      "Hej\n\nJeg har fået mindre tid efter sommerferien – vi har fået to nye kolleger, som skal "
      "oplæres – så sæt mig ned på lidt.\nEllers uændret.\n\nMvh Henrik",
      {"tid": "Lidt"}, S4, unchanged=True),

    c("ow110-da-outlook-html-rettet-i-skemaet", "outlook_html", "Rikke Holm",
      "Hej, jeg har rettet direkte i skemaet herunder.\n/Rikke",
      {"interesser": "PFAS; Luft", "erfaring": "13"}, S1,
      edits=[("set", "[x] Støj", "[ ] Støj"), ("set", "[ ] Luft", "[x] Luft"),
             ("set", "Svar: 12", "Svar: 13")],
      note="Crosses moved in the quoted form (HTML only): Støj removed, Luft added; 12 -> 13."),

    c("ow110-da-outlook-prefix-klimakoordinator", "outlook_prefix", "Mette Damgaard",
      "Hej tovholder\n\nJeg er fra 1. august skiftet til en stilling som klimakoordinator i "
      "Teknik og Miljø, så spildevand ligger ikke længere hos mig. Klima fortsætter, og VVM er "
      "kommet til, fordi jeg nu laver screeningerne af de nye solcelleparker.\n\nSekretær kan "
      "jeg godt blive ved med at være.\nErfaring: syv år nu.\n\nVh\nMette",
      {"interesser": "Klima; VVM", "funktioner": "Sekretær", "erfaring": "7"}, P7,
      note="Sekretær is restated explicitly (same as sent) and so recorded as said; "
           "'syv år' -> 7. She does not say the rest is as before."),

    c("ow110-da-thunderbird-ny-i-gruppen", "thunderbird", "Asger Lykke",
      "Hej\n\nJeg er ny i gruppen – startede 1. august som miljøsagsbehandler på "
      "virksomhedsområdet, så her er mine svar:\n\nFagområder: IE-direktivet, luft og støj, og "
      "en smule jord\nGrupper: ingen endnu\nFunktioner: ingen lige nu, jeg skal lige lande "
      "først\nErfaring: 2 år (fra mit tidligere job i regionen)\nTid: nogen\n\nHilsen\n"
      "Asger Lykke",
      {"interesser": "Støj; Luft; Jord; IE-direktivet", "grupper": "", "funktioner": "",
       "erfaring": "2", "tid": "Nogen"}, {},
      note="New member, nothing pre-filled. 'ingen' for groups and functions is recorded as "
           "empty (he answered). 'en smule jord' is still Jord (a subject), not time."),

    c("ow110-da-android-pfas-kursus", "android", "Lars Winther",
      "Hej\nJeg har været på kursus i PFAS-prøvetagning i sommer og vil gerne være med i "
      "arbejdsgruppen om PFAS nu. Erfaring 9 år.\nMvh Lars",
      {"grupper": "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS", "erfaring": "9"}, S4),

    c("ow110-da-apple-mail-pension", "apple_mail", "Bodil Kragh",
      "Kære alle\n\nDette bliver nok mit sidste skema – jeg går på pension til november efter "
      "mange gode år i gruppen.\n\nIndtil da tager jeg gerne høringen om den nye "
      "spildevandsplan som høringstovholder, men I må hellere finde en ny formand allerede nu, "
      "så tag mig af som formand.\n\nDe bedste hilsner\nBodil",
      {"funktioner": "Høringstovholder"}, S3, flagged=True,
      note="Formand removed, Høringstovholder kept. Flagged: she retires and leaves the group "
           "in November (and the group needs a new chair)."),

    c("ow110-da-outlook-ios-pfas-ud", "outlook_ios", "Kasper Friis",
      "pfas ud, jord ind. ellers uændret\n/K",
      {"interesser": "Affald; Jord"}, S4, unchanged=True),

    c("ow110-da-owa-html-fastansat", "owa_html", "Sofie Lund",
      "Hej\nSe mine rettelser i skemaet.\nSofie",
      {"interesser": "Spildevand; Affald; Luft; Klima",
       "andet": "Fastansat fra 1. august – nu som miljøingeniør"}, S2,
      edits=[("set", "[ ] Affald", "[x] Affald"),
             ("set", "Svar: Barselsvikar til juni",
              "Svar: Fastansat fra 1. august – nu som miljøingeniør")],
      note="Andet typed over the old text in the quoted form, so it replaces it."),

    c("ow110-da-android-barsel-pause", "android", "Maja Thorsen",
      "Hej 🙂\nJeg går på barsel fra 1. oktober og er væk til efter sommerferien næste år. "
      "Indtil da er alt som det står. Kan I sætte mig på pause i gruppen så længe?\nKh Maja",
      {}, S1, unchanged=True, flagged=True,
      note="Leave and a request for a pause are for the chair (no Andet label, so not "
           "recorded as Andet); the answers stand as they are."),

    c("ow110-da-thunderbird-bottom-klimatilpasning", "thunderbird_bottom",
      "Poul Erik Vestergaard",
      "Hej igen\n\nFagområder: affald og jord som før, men VVM er røget ud (det er overgået til "
      "planafdelingen). Til gengæld har jeg overtaget klimatilpasning efter Søren, der er gået "
      "på orlov.\n\nHilsen Poul Erik",
      {"interesser": "Affald; Jord; Klima"}, S3,
      note="Klimatilpasning -> Klima. Nothing said about the other questions, so they keep "
           "their sent values; not 'unchanged'."),

    c("ow110-da-gmail-hvilket-netvaerk", "gmail", "Line Bak",
      "Hej\n\nEt spørgsmål: Er \"Netværk for miljøtilsyn\" vores interne netværk eller det "
      "regionale? Jeg er kun med i det regionale, så hvis det er det interne, skal krydset "
      "fjernes.\n\nEllers er alt som sidst.\n\nHilsen Line",
      {}, S4, ask=["grupper"], unchanged=True,
      note="A question about the form; the group answer depends on the chair's reply."),

    c("ow110-da-outlook-mac-erfaring-interval", "outlook_mac", "Ib Christoffersen",
      "Hej\n\nErfaring: et sted mellem 10 og 12 år, alt efter om man tæller studiejobbet med.\n"
      "Og sæt kryds ved luft – jeg har overtaget luftsagerne i sommer.\n\nmvh Ib",
      {"interesser": "PFAS; Støj; Luft"}, S1, ask=["erfaring"],
      note="A range for experience: passed on."),

    c("ow110-da-apple-forward-videresendt", "apple_forward", "Nanna Skov",
      "Undskyld, måtte videresende fra telefonen, kunne ikke svare direkte.\n\nInteresser: "
      "stadig PFAS og affald, plus spildevand\nTid: meget i efteråret",
      {"interesser": "PFAS; Spildevand; Affald", "tid": "Meget"}, S4,
      note="'meget i efteråret' is about the coming season, i.e. now: Meget."),

    c("ow110-da-owa-engelsk-paa-dansk-form", "owa", "Lukas Weber",
      "Hi,\n\nSorry for answering in English. Since August I also work with Power-to-X (the new "
      "plant at the harbour). Please remove Air, a colleague has taken that over.\n\n"
      "Everything else is the same.\n\nBest regards\nLukas",
      {"interesser": "Spildevand; Klima; Power-to-X"}, S2, unchanged=True,
      note="English on the Danish form; answers in the Danish form's spelling (Air = Luft)."),

    c("ow110-da-outlook-seniorkonsulent", "outlook", "Karen Østergaard",
      "Hej\n\nTak for skemaet. Et par ting efter sommeren:\n\n- Jeg har skiftet titel til "
      "seniorkonsulent, men opgaverne er de samme.\n- Jeg vil gerne være høringstovholder, både "
      "på den kommende høring om støjvejledningen og fremover.\n- Andet: Jeg er på kursus hele "
      "uge 38 og kan ikke nås den uge.\n\nResten er uændret.\n\n" + SIG_KOMMUNE,
      {"funktioner": "Høringstovholder",
       "andet": "Jeg er på kursus hele uge 38 og kan ikke nås den uge."}, P21, unchanged=True,
      note="Andet is labelled, so recorded in her words; the course week is said as Andet, "
           "not as an absence from a meeting, so not flagged."),

    c("ow110-da-gmail-android-stavefejl", "gmail_android", "Sara Mikkelsen",
      "hej, tilfoej stoej og jord og fjern luft. tid: sæt nogen i stedet for meget, jeg er "
      "gaaet ned i tid\n\nmvh sara",
      {"interesser": "Spildevand; Støj; Jord; Klima", "tid": "Nogen"}, S2),

    c("ow110-da-iphone-vandloeb", "iphone", "Jesper Dahl",
      "Jeg sidder nu også med vandløb og § 3-natur efter omorganiseringen. Kan det komme på "
      "listen?\n\nJesper",
      {}, S4, ask=["interesser"],
      note="Neither is an option (and he asks for it to be added): passed on."),

    c("ow110-da-outlook-prefix-formand-hvis", "outlook_prefix", "Anne Marie Juhl",
      "Hej\n\nJeg har hørt, at Lars stopper som formand. Hvis ingen andre melder sig, vil jeg "
      "gerne tage over – men kun hvis jeg kan slippe høringstovholder-rollen til gengæld.\n\n"
      "Mvh Anne Marie",
      {}, S4, ask=["funktioner"],
      note="Formand offered on conditions that depend on others; Høringstovholder only dropped "
           "if she becomes chair. Nothing recorded, passed on."),

    c("ow110-da-apple-mail-tyve-aar", "apple_mail", "Jette Poulsen",
      "Hej\n\nTyve år i år – tiden flyver! Og så er jeg kommet med i PFAS-arbejdsgruppen efter "
      "ferien.\nResten uændret.\n\nHilsen Jette",
      {"grupper": "Arbejdsgruppe om PFAS", "erfaring": "20"}, P26, unchanged=True,
      note="'Tyve år i år' is her experience (sent 19): 20."),

    c("ow110-da-outlook-android-nyt-job", "outlook_android", "Mikkel Brandt",
      "Hej alle\n\nJeg har fået nyt job i Regionen og stopper her 31. august, så jeg udfylder "
      "ikke skemaet. Tak for godt samarbejde!\n\nMikkel",
      {}, S2, flagged=True,
      note="Leaving the group: for the chair; no answers."),

    c("ow110-da-thunderbird-krydser-og-sekretaer", "thunderbird", "Christian Riis",
      "Hej\n\nHar sat krydserne om i skemaet. Og så vil jeg gerne være sekretær fra næste møde, "
      "hvis der stadig mangler en.\n\nChristian",
      {"interesser": "PFAS; Spildevand; Luft; Klima", "funktioner": "Sekretær", "tid": "Nogen"},
      S2,
      edits=[("set", "[ ] PFAS", "[x] PFAS"), ("set", "[x] Meget", "[ ] Meget"),
             ("set", "[ ] Nogen", "[x] Nogen")],
      note="Sekretær is a function he could take on; whether the post is vacant is the chair's "
           "business, so recorded rather than asked."),

    c("ow110-da-gmail-skrevet-i-skemaet", "gmail", "Peter Husum",
      "Hej\nJeg har skrevet i skemaet nedenfor.\nMvh Peter",
      {"interesser": "PFAS; Støj; Klima", "erfaring": "13"}, S1,
      edits=[("add", "[ ] Klima", "Klima også, jeg har fået klimatilpasningsplanen"),
             ("add", "Svar: 12", "tretten nu faktisk")],
      note="Typed lines inside the quoted form, below Klima and below the experience answer."),

    # --- English form ------------------------------------------------------------------------
    c("ow110-en-outlook-head-of-inspection", "outlook", "Morten Vinther",
      "Hi,\n\nA quick update after the summer: I am now Head of Environmental Inspection, and "
      "with that I'm afraid I have to step down as chair – there simply isn't time. I'd be "
      "happy to be consultation coordinator instead.\nTime: little.\n\nAll else as before.\n\n"
      + SIG_EN,
      {"functions": "Consultation coordinator", "time": "Little"}, E1, lang="en",
      unchanged=True,
      note="Stepping down as chair is an answer to the functions question (Chair removed); "
           "he stays in the group, so not flagged."),

    c("ow110-en-gmail-parental-leave-cover", "gmail", "Emma Clarke",
      "Hi\n\nMy colleague Anna is on parental leave until March, so over the summer I picked up "
      "her wastewater permits – please add Wastewater. With the extra caseload I'd put my time "
      "down to some.\n\nOtherwise unchanged.\n\nEmma",
      {"interests": "Wastewater; Air; Climate", "time": "Some"}, E2, lang="en",
      unchanged=True),

    c("ow110-en-iphone-next-week", "iphone", "Tomasz Nowak",
      "Thanks, I'll get back to you next week when I'm back at my desk.",
      {}, E1, lang="en", note="Nothing about the form yet."),

    c("ow110-en-owa-first-form", "owa", "Aoife Byrne",
      "Hello,\n\nI joined the environment department in June (moved here from Cork), so this is "
      "my first form.\n\n- Areas: soil, groundwater and PFAS\n- Groups: none yet\n- Functions: "
      "I could be secretary\n- Experience: 8 years, mostly in Ireland\n- Time: somewhere "
      "between some and much, it depends on the month\n\nKind regards,\nAoife",
      {"interests": "PFAS; Soil", "groups": "", "functions": "Secretary", "experience": "8"},
      {}, lang="en", ask=["interests", "time"],
      note="Groundwater is no option (PFAS and Soil recorded, the rest passed on); time is a "
           "range between two options: asked. 'none yet' recorded as empty."),

    c("ow110-en-outlook-mac-edits", "outlook_mac", "Rasmus Berg",
      "Changes below.\nRasmus",
      {"functions": "", "experience": "21",
       "other": "New title since August: Senior Environmental Advisor"}, E1, lang="en",
      edits=[("set", "[x] Chair", "[ ] Chair"), ("set", "Answer: 20", "Answer: 21"),
             ("set", "Answer:", "Answer: New title since August: Senior Environmental Advisor",
              "6. Other")],
      note="Chair unticked in the quoted form: functions now empty."),

    c("ow110-en-apple-mail-dansk-paa-engelsk-form", "apple_mail", "Birthe Sørensen",
      "Hej – jeg skriver lige på dansk. Jeg er gået ned på 30 timer efter sommerferien, så sæt "
      "mig til lidt tid. Ellers det samme.\n\nBirthe",
      {"time": "Little"}, E2, lang="en", unchanged=True,
      note="Danish on the English form; recorded in the English form's spelling. '30 timer' is "
           "her working week, not experience."),

    c("ow110-en-outlook-prefix-eia-screenings", "outlook_prefix", "David Holm",
      "Hi,\n\nQuestion about the form: does EIA mean full EIA procedures only, or screenings "
      "too? Since the summer I do the screenings for the new wind turbines, so please add EIA "
      "if screenings count.\n\nRegards\nDavid",
      {}, E1, lang="en", ask=["interests"],
      note="Conditional on the chair's answer to his question; a secretary might well count "
           "screenings as EIA, but he asks, so passed on."),

    c("ow110-en-gmail-android-september-meeting", "gmail_android", "Julie Frost",
      "Can't make the September meeting, still on holiday until the 15th. Form: nothing new.\n"
      "/Julie",
      {}, E1, lang="en", unchanged=True, flagged=True,
      note="Absence from a meeting: flagged for the chair."),
]
