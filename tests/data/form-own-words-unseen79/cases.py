"""Unseen part 79 of the own-words competence-form replies: late replies after the reminder.

By hand, blind (the parser not read). People invented, at example.org."""

from common import E1, E2, S1, S2, S3, S4, SIG_EN, SIG_KOMMUNE, SIG_SHORT, c  # noqa: F401

CASES = [
    # --- Danish form -------------------------------------------------------------------------
    c("ow79-da-outlook-kun-tid-resten-staar", "outlook", "Mette Kjær Hansen",
      "Hej\n\nUndskyld det sene svar – jeg havde helt overset mailen, indtil påmindelsen kom i "
      "går.\n\nTid: jeg har desværre kun lidt tid i foråret, vi er to mand ned i afdelingen.\n"
      "Resten er som det står.\n\n" + SIG_KOMMUNE,
      {"tid": "Lidt"}, S1, unchanged=True),

    c("ow79-da-iphone-mellem-to-moeder", "iphone", "Lars Bøgh",
      "Sidder mellem to møder. Tilføj støj og spildvand, 9 års erfaring nu. Ellers det samme",
      {"interesser": "PFAS; Spildevand; Affald; Støj", "erfaring": "9"}, S4, unchanged=True,
      note="'spildvand' is a typo for Spildevand."),

    c("ow79-da-gmail-tak-for-paamindelsen", "gmail", "Rikke Holm",
      "Hej\n\nTak for påmindelsen – den er noteret 🙂 Jeg har haft travlt med "
      "tilsynskampagnen, men jeg kigger på skemaet inden fredag.\n\nMvh Rikke",
      {}, S2,
      note="Answers the reminder, not the form: nothing recorded, nothing for the chair."),

    c("ow79-da-owa-kladde-under-nyt-svar", "owa", "Poul Erik Vestergaard",
      "Hej igen\n\nJeg fandt et svar, jeg skrev i sidste uge og aldrig fik sendt – det står "
      "herunder. Der er én ting, der er ændret siden: jeg stiller IKKE op som formand igen, det "
      "må en af de yngre tage. Høringstovholder fortsætter jeg gerne med.\n\nPoul Erik\n\n"
      "--- kladde fra 24/11 ---\n"
      "Interesser: affald, jord og VVM som før, og sæt også klima på.\n"
      "Funktioner: formand og høringstovholder som hidtil\n"
      "Erfaring: 21 år\n"
      "Tid: lidt",
      {"interesser": "Affald; Jord; Klima; VVM", "funktioner": "Høringstovholder",
       "erfaring": "21", "tid": "Lidt"}, S3,
      note="Old draft pasted under a new answer: the draft stands except where the new text "
           "changes it (no longer Formand)."),

    c("ow79-da-thunderbird-kun-erfaring", "thunderbird", "Søren Dalgaard",
      "Beklager forsinkelsen.\n\nErfaring: 13 år nu.\n\nResten kan I bare lade stå, som det "
      "er – jeg har ikke haft tid til at kigge det igennem.\n\n/Søren",
      {"erfaring": "13"}, S1, unchanged=True,
      note="'Resten kan I bare lade stå, som det er' read as 'the rest as before'."),

    c("ow79-da-outlook-ios-to-minutter", "outlook_ios", "Camilla Friis",
      "Har 2 min mellem møder: fjern PFAS, ellers ok",
      {"interesser": "Affald"}, S4, unchanged=True,
      note="'ellers ok' = the rest as before."),

    c("ow79-da-android-vikariat-fast", "android", "Nanna Lykke Poulsen",
      "Hej! Undskyld jeg først svarer nu 🙈\nMit vikariat er blevet til en fast stilling, så I "
      "kan slette det med barselsvikar.\nAndet: fastansat pr. 1. januar 2027\nJeg har stadig "
      "meget tid til gruppen.\n\nNanna",
      {"andet": "fastansat pr. 1. januar 2027", "tid": "Meget"}, S2),

    c("ow79-da-apple-mail-rettet-i-skemaet", "apple_mail", "Henrik Mørch",
      "Hermed – lidt sent, beklager. Jeg har rettet direkte i skemaet.\n\nHenrik",
      {"interesser": "Affald; Støj; Jord", "grupper": "Netværk for miljøtilsyn",
       "erfaring": "22"}, S3,
      edits=[("set", "[ ] Støj", "[x] Støj"), ("set", "[x] VVM", "[ ] VVM"),
             ("set", "[ ] Netværk for miljøtilsyn", "[x] Netværk for miljøtilsyn"),
             ("set", "Svar: 20", "Svar: 22")]),

    c("ow79-da-outlook-prefix-svarede-i-oktober", "outlook_prefix", "Birgitte Søndergaard",
      "Hej\n\nJeg har fået en påmindelse, men jeg mener altså, at jeg svarede allerede i "
      "oktober? Kan I tjekke, om mit svar er kommet frem, før jeg udfylder det hele igen.\n\n"
      "Vh Birgitte",
      {}, S1, flagged=True,
      note="A question for the chair about the form; no answers."),

    c("ow79-da-owa-html-ie-og-afbud", "owa_html", "Jakob Winther",
      "Hej\n\nForsinket svar herfra – jeg har været på kursus hele sidste uge.\n\nJeg arbejder "
      "ikke længere med affald, det har vores nye kollega overtaget. Til gengæld sidder jeg nu "
      "med IE-virksomhederne, så sæt IE-direktivet på.\n\nJeg kan i øvrigt ikke deltage i mødet "
      "den 14. januar.\n\n" + SIG_KOMMUNE,
      {"interesser": "PFAS; IE-direktivet"}, S4, flagged=True,
      note="Flagged for the absence from the January meeting."),

    c("ow79-da-gmail-kladde-og-rettelse", "gmail", "Louise Kragh",
      "Hej igen – jeg kan se, at mit svar fra sidste uge aldrig blev sendt, det lå i kladder. "
      "Her er det, plus en rettelse øverst.\n\n"
      "RETTELSE: Jeg er skiftet til jordteamet pr. 1. december, så Luft og Klima skal ud, og "
      "Jord skal ind. Spildevand beholder jeg.\n\n"
      "Det jeg skrev d. 2/12:\n"
      "Grupper: kun netværket for miljøtilsyn, jeg har meldt mig ud af PFAS-gruppen.\n"
      "Tid: nogen, ikke meget som sidst.\n\nLouise",
      {"interesser": "Spildevand; Jord", "grupper": "Netværk for miljøtilsyn", "tid": "Nogen"},
      S2, note="Old draft and a correction in one mail; both parts stand (they do not "
               "conflict)."),

    c("ow79-da-thunderbird-bottom-pension", "thunderbird_bottom", "Kirsten Aagaard",
      "Undskyld ventetiden. Jeg går på pension 1. maj, så sæt mig gerne ned til lidt tid indtil "
      "da, og fjern mig som formand. Hoeringstovholder kan jeg godt blive ved med til foraaret."
      "\n\nKirsten",
      {"tid": "Lidt", "funktioner": "Høringstovholder"},
      {**S3, "tid": "Nogen"}, flagged=True,
      note="Flagged: she retires 1 May (leaves the group). The changes she asks for hold until "
           "then, so they are recorded."),

    c("ow79-da-outlook-mac-passer-stadig", "outlook_mac", "Anders Juul",
      "Hej – undskyld, jeg troede faktisk, jeg havde svaret. Det passer stadig altsammen.\n\n"
      "Anders",
      {}, S1, unchanged=True),

    c("ow79-da-iphone-grundvand-drikkevand", "iphone", "Maja Thorsen",
      "Sorry sent svar!! Jeg sidder mest med grundvand og drikkevand nu og så stadig PFAS. "
      "Tid: meget i første halvår 😊",
      {"tid": "Meget"}, S4, ask=["interesser"],
      note="Grundvand/drikkevand are no option, and whether Affald stays is unclear: "
           "interesser asked as a whole. Tid 'meget i første halvår' recorded as Meget."),

    c("ow79-da-outlook-html-fire-aar-sekretaer-hvis", "outlook_html", "Jesper Lauritsen",
      "Hej\n\nJeg er lidt bagud, undskyld. Erfaring: fire år nu. Og jeg vil gerne være sekretær, "
      "hvis der ikke er andre, der melder sig.\n\n" + SIG_SHORT,
      {"erfaring": "4"}, S2, ask=["funktioner"],
      note="Sekretær on a condition on others: asked."),

    c("ow79-da-apple-forward-ny-i-gruppen", "apple_forward", "Trine Bach",
      "Hej, beklager det sene svar. Jeg kunne ikke finde svar-knappen, så jeg videresender "
      "bare. Jeg er ny i gruppen siden september.\n\nInteresser: spildevand og luft\nJeg er med "
      "i netværk for miljøtilsyn\nErfaring 2 år\nTid: nogen",
      {"interesser": "Spildevand; Luft", "grupper": "Netværk for miljøtilsyn",
       "erfaring": "2", "tid": "Nogen"}, {}),

    c("ow79-da-gmail-android-kryds-og-erfaring", "gmail_android", "Ida Mortensen",
      "Har sat kryds nedenfor 👇 og erfaring er 13 nu",
      {"interesser": "PFAS; Støj; Luft", "erfaring": "13", "tid": "Meget"}, S1,
      edits=[("set", "[ ] Luft", "[x] Luft"), ("set", "[x] Nogen", "[ ] Nogen"),
             ("set", "[ ] Meget", "[x] Meget")]),

    c("ow79-da-outlook-svar-i-skemaet-initialer", "outlook", "Claus Bonde",
      "Hej\n\nSvar med rødt nedenfor. Beklager, at det trak ud.\n\n" + SIG_SHORT,
      {"grupper": "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS", "erfaring": "10",
       "tid": "Lidt"}, S4,
      edits=[("add", "2. Grupper:", "CB: også med i PFAS-arbejdsgruppen nu"),
             ("set", "Svar: 8", "Svar: 10"),
             ("add", "5. Tid:", "CB: mindre end før, sæt lidt")],
      note="Typed lines inside the quoted form; the crosses under Tid were left as sent but the "
           "typed line says Lidt."),

    c("ow79-da-outlook-ios-ae-oe-aa", "outlook_ios", "Bjarne Kjaer",
      "undskyld sent svar, har vaeret syg. jeg er ikke laengere med paa hoeringerne saa fjern "
      "hoeringstovholder. formand fortsaetter jeg gerne som. og stoej er kommet med i min "
      "portefoelje efter omorganiseringen",
      {"funktioner": "Formand", "interesser": "Affald; Støj; Jord; VVM"}, S3),

    c("ow79-da-android-stoppet-i-gruppen", "android", "Emil Sand",
      "Hej. Jeg stoppede i gruppen i august, da jeg skiftede til byggesag, så I kan godt fjerne "
      "mig fra listen og stoppe påmindelserne 🙂 God jul",
      {}, S2, flagged=True,
      note="Has left the group: for the chair, nothing recorded."),

    c("ow79-da-thunderbird-andet-deltid", "thunderbird", "Signe Overgaard",
      "Hej tovholder\n\nUndskyld forsinkelsen, jeres mail var røget i spam.\n\n"
      "Interesser: PFAS, affald og Power-to-X (vi har fået et anlæg i kommunen)\n"
      "Erfaring: otte år – uændret\n"
      "Andet: Jeg er på deltid (30 timer) fra 1. februar.\n\nHilsen Signe",
      {"interesser": "PFAS; Affald; Power-to-X", "erfaring": "8",
       "andet": "Jeg er på deltid (30 timer) fra 1. februar."}, S4),

    c("ow79-da-gmail-to-tal-erfaring", "gmail", "Ole Damgaard",
      "Hej\nBeklager – jeres påmindelse druknede i indbakken.\nErfaring: 20 år i kommunen, "
      "heraf de 16 på miljøområdet.\nResten er som sidst.\nOle",
      {}, S3, ask=["erfaring"], unchanged=True,
      note="Two numbers in one answer; 16 is the likely one ('på området'), but the secretary "
           "passes it on rather than choose."),

    c("ow79-da-outlook-mac-html-sekretaer-og-kollega", "outlook_mac_html", "Pernille Lund",
      "Hej\n\nUndskyld det sene svar! Tilføj mig som sekretær og fjern høringstovholder – vi er "
      "for mange på høringerne. Ellers samme som sidste år.\n\nPS: Skal min kollega Jonas også "
      "udfylde skemaet? Han er på orlov til marts.\n\nPernille",
      {"funktioner": "Sekretær"}, S4, unchanged=True, flagged=True,
      note="Flagged for the question about a colleague."),

    c("ow79-da-owa-html-tak", "owa_html", "Gitte Mikkelsen", "Tak.", {}, S1),

    c("ow79-da-outlook-android-english-on-danish", "outlook_android", "Marco Rossi",
      "Hi, sorry for the late answer!\nI left the PFAS group in October, and I can take the "
      "secretary role. Time: still much. Rest is the same.\n\nMarco",
      {"grupper": "Netværk for miljøtilsyn", "funktioner": "Sekretær", "tid": "Meget"}, S2,
      unchanged=True, note="English on the Danish form."),

    # --- English form ------------------------------------------------------------------------
    c("ow79-en-gmail-android-not-chair", "gmail_android", "Oliver Brandt",
      "Sorry, late again! Only change: I can't be chair next year, but happy to be secretary. "
      "Rest as before.\n\nOliver",
      {"functions": "Secretary"}, E1, lang="en", unchanged=True),

    c("ow79-en-outlook-add-pfas-left-network", "outlook", "Sarah Whitfield",
      "Hi,\n\nApologies for the late reply – your reminder caught me just before the "
      "holidays.\n\nI've started on the PFAS side as well, so please add PFAS to my areas. I'm "
      "also no longer in the inspection network. Everything else is unchanged.\n\n" + SIG_EN,
      {"interests": "PFAS; Air; Climate", "groups": "PFAS working group"}, E2, lang="en",
      unchanged=True),

    c("ow79-en-thunderbird-parental-leave", "thunderbird", "Mikkel Stenberg",
      "Hi\nsorry - busy week. Experience is now twenty-one years. Time: little, I'm on "
      "parental leave from February to May.\nMikkel",
      {"experience": "21", "time": "Little"}, E1, lang="en",
      note="The leave is given as the reason for 'little'; not flagged."),

    c("ow79-en-iphone-danish-on-english", "iphone", "Anne-Mette Skov",
      "Undskyld det sene svar. Tid: lidt i år, ellers uændret 🙏",
      {"time": "Little"}, E2, lang="en", unchanged=True,
      note="Danish on the English form."),

    c("ow79-en-owa-what-does-it-involve", "owa", "Peter Kowalski",
      "Hello,\n\nSorry for the delay. Before I fill it in: what does the consultation "
      "coordinator actually involve, and how many hours a month? If it's not too much, I could "
      "take it on.\n\nNoise and wastewater are still right.\n\nBest,\nPeter",
      {"interests": "Wastewater; Noise"}, E1, lang="en", ask=["functions"],
      note="Consultation coordinator on a condition, with a question about it: asked. "
           "Interests confirmed as sent."),

    c("ow79-en-apple-mail-draft-found", "apple_mail", "Hannah Lind",
      "Hi – sorry, I thought I had sent this weeks ago, but found it in my drafts after your "
      "reminder. One change since I wrote it: I'm down to little time because of a new "
      "project.\n\n[draft]\nInterests: air, climate and noise now\nGroups: same\nTime: much\n\n"
      "Hannah",
      {"interests": "Noise; Air; Climate", "time": "Little"}, E2, lang="en",
      note="The new line overrides the draft's 'Time: much'. 'Groups: same' keeps the sent "
           "groups; not recorded as unchanged for the whole form."),

    c("ow79-en-outlook-android-new-member", "outlook_android", "Tobias Engel",
      "Late, sorry. Waste + soil, 6 yrs, some time. Not in any groups yet.",
      {"interests": "Waste; Soil", "groups": "", "experience": "6", "time": "Some"}, {},
      lang="en",
      note="Nothing pre-filled; 'not in any groups' recorded as no groups."),

    c("ow79-en-gmail-leaving-in-january", "gmail", "Ingrid Nørgaard",
      "Dear all,\n\nSorry I'm so late with this. I'm afraid I'm leaving the municipality at "
      "the end of January, so please take me off as chair and off the inspection network from "
      "February. Other than that, everything is as before.\n\nIngrid",
      {}, E1, lang="en", ask=["functions", "groups"], unchanged=True,
      note="She leaves at the end of January: the removals take effect from February, so the "
           "secretary passes them on with the news rather than record them now."),
]
