"""Unseen part 66 of the own-words competence-form replies: an ordinary early-summer round
(May-June 2027). Written blind, by hand, as a careful human secretary would record them.
People invented, at example.org."""

from common import E1, E2, S1, S2, S3, S4, SIG_EN, SIG_KOMMUNE, SIG_SHORT, c

CASES = [
    # --- one word, nothing new -------------------------------------------------------------
    c("ow66-da-outlook-bare-tak", "outlook", "Jens Ravn", "Tak", {}, S1,
      note="Only thanks: says nothing about the form; not unchanged, not flagged."),

    c("ow66-da-iphone-uaendret", "iphone", "Birgitte Lund", "Uændret.", {}, S4,
      unchanged=True),

    c("ow66-da-iphone-efter-ferien", "iphone", "Signe Hald",
      "Tak, jeg kigger på det efter ferien ☀️", {}, S2,
      note="A promise to answer later; nothing about the form and nothing for the chair."),

    # --- small changes ---------------------------------------------------------------------
    c("ow66-da-apple-mail-13-aar", "apple_mail", "Mette Winther",
      "Hej\n\nSkriv 13 år nu, ellers som sidst.\n\nGod sommer!\nMette",
      {"erfaring": "13"}, S1, unchanged=True),

    c("ow66-da-outlook-prefix-pil", "outlook_prefix", "Ib Carstensen",
      "Erfaring: 8 -> 9\nEllers ingen ændringer.\n/Ib",
      {"erfaring": "9"}, S4, unchanged=True),

    c("ow66-da-gmail-android-vvm-meget", "gmail_android", "Tine Bruun",
      "hej. har mere tid nu hvor vi har fået en ny kollega, så sæt mig på meget. også vvm. "
      "ellers uændret\nmvh tine",
      {"interesser": "PFAS; Affald; VVM", "tid": "Meget"}, S4, unchanged=True,
      note="'også vvm' adds VVM to the sent PFAS; Affald."),

    c("ow66-da-owa-klima-ferie", "owa", "Henning Østergaard",
      "Hej\n\nJeg har fået klimatilpasning ind over skrivebordet siden sidst, så sæt gerne Klima "
      "på. Erfaring er nu enogtyve år. Resten er som før.\n\nJeg holder ferie i uge 31-33, så jeg "
      "når desværre ikke mødet den 12. august.\n\n" + SIG_KOMMUNE,
      {"interesser": "Affald; Jord; Klima; VVM", "erfaring": "21"}, S3, unchanged=True,
      flagged=True,
      note="The missed August meeting is for the chair (flagged); it belongs to no question."),

    c("ow66-da-gmail-stop-sekretaer", "gmail", "Pia Kjærgaard",
      "Hej tovholder\n\nJeg vil gerne stoppe som sekretær – har taget referaterne i tre år nu, "
      "så lad en anden få fornøjelsen 🙂 Jeg kan godt tage hørringstovholder i stedet.\n\n"
      "Ellers det samme.\n\nMvh Pia",
      {"funktioner": "Høringstovholder"}, S1, unchanged=True,
      note="Swap: Sekretær out, Høringstovholder (typo 'hørringstovholder') in."),

    c("ow66-da-outlook-mac-seksten", "outlook_mac", "Lone Vestergaard",
      "Hej\n\nErfaring: seksten år nu 😊\nJeg er gået ned på 30 timer, så sæt mig på lidt tid. "
      "Og støj kan fjernes, det har jeg ikke haft siden nytår.\n\nHilsen Lone",
      {"interesser": "PFAS", "erfaring": "16", "tid": "Lidt"}, S1,
      note="'30 timer' is her working week, not an answer."),

    c("ow66-da-thunderbird-bottom-ud-af-gruppen", "thunderbird_bottom", "Ditte Frandsen",
      "Jeg er sprunget fra PFAS-grupen, der var simpelthen for mange møder. PFAS som fagområde "
      "har jeg dog stadig.\nTid: Nogen -> Lidt\n\nDitte",
      {"grupper": "", "tid": "Lidt"}, S1,
      note="She leaves the only group she was in, so grupper is empty; PFAS stays an interest."),

    c("ow66-da-gmail-android-english", "gmail_android", "Ana Ferreira",
      "Hi, sorry for answering in English, my Danish is not good enough yet for this 🙂\n"
      "Please remove Air (Luft) – I don't work with air anymore. I could be secretary for the "
      "group.\nThe rest is unchanged.\nThanks, Ana",
      {"interesser": "Spildevand; Klima", "funktioner": "Sekretær"}, S2, unchanged=True,
      note="English on the Danish form; answers in the Danish option spelling."),

    c("ow66-da-outlook-mac-html-uden-aeoeaa", "outlook_mac_html", "Kåre Iversen",
      "Hej\n\nSidder paa en laant PC i sommerhuset, saa undskyld stavningen.\nTilfoej Jord og "
      "Luft, og fjern Stoej.\nSekretaer: ja, stadig.\nTid: lidt mindre end sidst, saa saet Lidt."
      "\n\nmvh Kaare",
      {"interesser": "PFAS; Luft; Jord", "funktioner": "Sekretær", "tid": "Lidt"}, S1,
      note="ae/oe/aa spellings throughout; 'Sekretaer: ja, stadig' confirms the sent value."),

    # --- typed into the quoted form / crosses ----------------------------------------------
    c("ow66-da-owa-html-formand-af", "owa_html", "Anders Bach",
      "Hej\n\nJeg har rettet i skemaet. Efter fire år som formand synes jeg, det er på tide, at "
      "en anden tager over, men jeg bliver gerne som høringstovholder. Og så har jeg lidt mere "
      "tid nu, hvor byggesagerne er faldet til ro.\n\nVh Anders",
      {"funktioner": "Høringstovholder", "tid": "Nogen"}, S3,
      edits=[("set", "[x] Formand", "[ ] Formand"), ("set", "[x] Lidt", "[ ] Lidt"),
             ("set", "[ ] Nogen", "[x] Nogen")],
      note="Crosses moved in the quoted form (HTML only); the words agree with them. Stepping "
           "down as chair is his funktioner answer, not a separate message."),

    c("ow66-da-outlook-rettelser-i-skema", "outlook", "Klaus Nørby",
      "Hej\n\nSe mine rettelser i skemaet nedenfor.\n\n" + SIG_KOMMUNE,
      {"interesser": "PFAS; Affald; Støj", "erfaring": "9",
       "andet": "Ferie hele juli og første uge af august"}, S4,
      edits=[("set", "[ ] Støj", "[x] Støj"), ("set", "Svar: 8", "Svar: 9"),
             ("set", "Svar:", "Svar: Ferie hele juli og første uge af august", "6. Andet")],
      note="The holiday is typed on the Andet answer line, so it is recorded as Andet and the "
           "chair sees it there; not flagged separately."),

    c("ow66-da-outlook-ios-andet-rettet", "outlook_ios", "Sofie Dam",
      "Tid: lidt, har fået et stort projekt. Har rettet andet nederst",
      {"tid": "Lidt", "andet": "Barselsvikar til 31. december"}, S2,
      edits=[("set", "Svar: Barselsvikar til juni", "Svar: Barselsvikar til 31. december")],
      note="The pre-filled Andet line edited in the quote: the new line replaces the old. Her "
           "'Tid: lidt' overrules the [x] Meget left untouched in the quote."),

    c("ow66-da-apple-forward-jord", "apple_forward", "Karina Mølgaard",
      "Hej – har sat kryds herunder. Jeg er skiftet fra affald til jordforurening pr. 1. maj.",
      {"interesser": "PFAS; Jord"}, S4,
      edits=[("set", "[x] Affald", "[ ] Affald"), ("set", "[ ] Jord", "[x] Jord")],
      note="Forwarded rather than replied; crosses and words agree."),

    c("ow66-da-gmail-kryds-og-ord", "gmail", "Nanna Skou",
      "Hej!\n\nHar sat kryds ved affald i skemaet. Og Meget er for meget for tiden, vi mangler "
      "folk i afdelingen – sæt mig på Nogen.\n\nHilsen Nanna",
      {"interesser": "Spildevand; Affald; Luft; Klima", "tid": "Nogen"}, S2,
      edits=[("set", "[ ] Affald", "[x] Affald")],
      note="The [x] Meget left in the quote is overruled by her words: Nogen."),

    # --- long mails, many changes ------------------------------------------------------------
    c("ow66-da-thunderbird-nyt-team", "thunderbird", "Rasmus Holt",
      "Hej\n\nTak for skemaet – der er sket en del siden sidst, så her kommer det med ord i "
      "stedet for krydser.\n\nJeg skiftede i marts fra affaldsteamet til virksomhedsteamet. Det "
      "betyder, at affald ikke længere er mit område. Til gengæld sidder jeg nu med "
      "IE-virksomhederne, og da vi har fået et stort Power-to-X-anlæg ved havnen, er det også "
      "blevet mit. PFAS har jeg stadig (det slipper man jo aldrig for).\n\nJeg fortsætter gerne "
      "som høringstovholder. Og jeg har meldt mig ind i PFAS-arbejdsgruppen, så nu er jeg med "
      "både der og i netværket.\n\nErfaring: 9 år i år.\nTid: meget, især i efteråret, når "
      "miljøgodkendelsen af anlægget skal behandles.\n\nGod sommer til jer alle\nRasmus",
      {"interesser": "PFAS; IE-direktivet; Power-to-X",
       "grupper": "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS",
       "funktioner": "Høringstovholder", "erfaring": "9", "tid": "Meget"}, S4,
      note="'IE-virksomhederne' read as IE-direktivet (the IE companies are the IE directive's "
           "area); Affald out; 'fortsætter som høringstovholder' confirms the sent function."),

    c("ow66-da-owa-liste-med-etiketter", "owa", "Julie Krogh",
      "Hej\n\nInteresser: spildevand, klima og PFAS (nyt for mig i år)\nGrupper: kun "
      "PFAS-gruppen, jeg er gået ud af netværket\nErfaring: 4\nTid: meget\nAndet: "
      "Barselsvikariatet er blevet til en fast stilling\n\nGod sommer!\nJulie",
      {"interesser": "PFAS; Spildevand; Klima", "grupper": "Arbejdsgruppe om PFAS",
       "erfaring": "4", "tid": "Meget",
       "andet": "Barselsvikariatet er blevet til en fast stilling"}, S2,
      note="A labelled list of interests is her whole set, so the sent Luft goes."),

    c("ow66-da-outlook-prefix-ny", "outlook_prefix", "Camilla Juhl",
      "Hej\n\nJeg startede i Natur og Miljø 1. april og har overtaget Karin Lunds opgaver, så nu "
      "får I mig i stedet.\n\nJeg arbejder med spildevan og jordforurening, og lidt klima, når "
      "der er tid.\nErfaring: 2 år her, men jeg var 6 år i et rådgivningsfirma før det – hvis "
      "det tæller med?\nTid: nogen\nJeg vil gerne være med i netværket for miljøtilsyn.\n\n"
      + SIG_SHORT,
      {"interesser": "Spildevand; Jord; Klima", "grupper": "Netværk for miljøtilsyn",
       "tid": "Nogen"}, {},
      ask=["erfaring"],
      note="New member, form not pre-filled. Two numbers of years and her own question whether "
           "the consultancy years count: asked. 'lidt klima' is Klima as an interest, not time."),

    # --- conditions, no-option words, questions ------------------------------------------------
    c("ow66-da-outlook-html-husdyr", "outlook_html", "Morten Bech",
      "Hej\n\nJeg har fået husdyrgodkendelser oveni i år, så det fylder en del nu. PFAS har jeg "
      "stadig, støj har jeg afleveret til en ny kollega.\nTid og resten er uændret.\n\n"
      + SIG_SHORT,
      {"interesser": "PFAS"}, S1, unchanged=True, ask=["interesser"],
      note="Støj removed, PFAS kept; husdyrgodkendelser is no option, passed on."),

    c("ow66-da-outlook-ios-formand-maaske", "outlook_ios", "Jonas Brix",
      "Hej\nInteresser: PFAS, affald og nu også støj (vi har fået vindmøllesagerne)\n"
      "Formand: måske, hvis ingen andre melder sig. Ring gerne.\nResten som det plejer\nJonas",
      {"interesser": "PFAS; Affald; Støj"}, S4, unchanged=True, ask=["funktioner"],
      note="Chair only if nobody else volunteers: a condition on others, asked; the sent "
           "Høringstovholder stays."),

    c("ow66-da-thunderbird-hvad-er-meget", "thunderbird", "Peter Friis",
      "Hej\n\nEt spørgsmål: hvad dækker \"Meget\" egentlig over i timer? Jeg vil gerne give mere "
      "til gruppen nu, men ikke hvis det betyder en hel dag om ugen.\nSæt mig på Nogen indtil "
      "videre, så kan vi tage den derfra.\n\nResten passer stadig.\n\nPeter",
      {"tid": "Nogen"}, S3, unchanged=True, flagged=True,
      note="A question about the form for the chair (flagged); his answer itself is clear."),

    # --- news: leaving, pension, absence, job share --------------------------------------------
    c("ow66-da-android-kursus-juni", "android", "Bo Thygesen",
      "Hej\nAlt er som sidst hos mig.\nMen jeg kan ikke deltage i mødet 10. juni, jeg er på "
      "kursus i Vejle. Send gerne referatet.\nHilsen Bo",
      {}, S4, unchanged=True, flagged=True),

    c("ow66-da-outlook-android-pension", "outlook_android", "Grethe Søndergaard",
      "Kære tovholder\n\nJeg går på pension 1. september, så det her bliver mit sidste skema. "
      "Jeg bliver gerne siddende som formand til og med mødet i juni, men derefter må I finde "
      "en ny.\n\nTak for mange gode år – det har været en fornøjelse.\n\nKh Grethe",
      {}, S3, ask=["funktioner"],
      note="Leaving the group at her retirement; chair only until June: a time condition on "
           "funktioner, passed on with the rest to the chair. Nothing recorded."),

    c("ow66-da-apple-mail-deler-stilling", "apple_mail", "Lars Mikkelsen",
      "Hej\n\nFra 1. juni deler jeg stilling med Maria Holm, som kommer fra Teknik og Miljø. "
      "Hun skal vel have sit eget skema? Mine egne svar er som sidst.\n\nMvh\nLars",
      {}, S3, unchanged=True, flagged=True,
      note="A new person and a question about the form for the chair."),

    # --- English form --------------------------------------------------------------------------
    c("ow66-en-outlook-eia-waste", "outlook", "Henrik Skov",
      "Hi,\n\nInterests: please add EIA and waste – wastewater is still my main thing. Noise can "
      "go, a colleague has taken over our noise cases.\nTime: some -> much now that the "
      "reorganisation is done.\n\n" + SIG_EN,
      {"interests": "Wastewater; Waste; EIA", "time": "Much"}, E1, lang="en",
      note="Time goes from the sent Some to Much (he writes the sent value first)."),

    c("ow66-en-gmail-leaving", "gmail", "Louise Brandt",
      "Dear coordinator,\n\nI wanted to let you know that I am leaving the municipality at the "
      "end of June – I have taken a job with the Danish EPA. So please take me off the list "
      "from July.\n\nThank you for five good years in the group, and for all the help along "
      "the way!\n\nBest wishes\nLouise",
      {}, E2, lang="en", flagged=True,
      note="Leaving the group: for the chair; 'five good years' is no answer to experience."),

    c("ow66-en-iphone-soil-noise", "iphone", "Tomasz Nowak",
      "Add soil + noise pls. I can be secretary if nobody else wants to",
      {"interests": "Noise; Air; Soil; Climate"}, E2, lang="en", ask=["functions"],
      note="Secretary on the condition that nobody else wants it: asked."),

    c("ow66-en-thunderbird-bottom-parental-leave", "thunderbird_bottom", "Kristian Lauridsen",
      "I've updated the form above.\n\nAlso, heads-up: I'll be on parental leave from September "
      "to November, so someone else will need to chair the autumn meetings.\n\nKristian",
      {"interests": "PFAS; Wastewater; Noise", "experience": "21"}, E1, lang="en",
      flagged=True,
      edits=[("set", "[ ] PFAS", "[x] PFAS"), ("set", "Answer: 20", "Answer: 21")],
      note="Edits in the quoted form; the leave (absence, autumn chairing) is for the chair. "
           "He stays Chair on the form."),

    c("ow66-en-owa-dansk-paa-engelsk", "owa", "Nils Agerskov",
      "Hej\n\nJeg svarer lige på dansk, håber det er ok.\nJeg stiller ikke op som formand igen, "
      "men kan godt skrive referater, så sæt mig som sekretær. Tid: nogen.\nResten er som før."
      "\n\nMvh Nils",
      {"functions": "Secretary", "time": "Some"}, E1, lang="en", unchanged=True,
      note="Danish on the English form; answers in the English option spelling. Chair removed."),

    c("ow66-en-outlook-mac-range", "outlook_mac", "Fatima Haddad",
      "Hi,\n\nExperience: 10-12 years, depending on whether you count my years in Aarhus.\n"
      "Time: some.\nGroups: only the inspection network now, I left the PFAS working group in "
      "March.\n\nBest,\nFatima",
      {"groups": "Inspection network", "time": "Some"}, E2, lang="en", ask=["experience"],
      note="A range of years: asked."),

    c("ow66-en-owa-html-chair-again", "owa_html", "Jørgen Kastrup",
      "Dear all,\n\nFollowing our conversation at the May meeting, I can confirm that I am "
      "happy to continue as chair for another year.\n\nMy interests are as before, but please "
      "add Power-to-X – we now have two applications for PtX plants on the table. I have also "
      "joined the PFAS working group.\n\nTime: much, at least until the end of the year.\n"
      "Experience: 21 years.\n\nI look forward to seeing you all after the summer.\n\n" + SIG_EN,
      {"interests": "Wastewater; Noise; Power-to-X",
       "groups": "Inspection network; PFAS working group", "functions": "Chair",
       "experience": "21", "time": "Much"}, E1, lang="en",
      note="'as before' is about his interests only, not the rest, so not unchanged; he "
           "answers every question but Other anyway."),

    c("ow66-en-android-new-member", "android", "Priya Raman",
      "Hi, I'm new in the environment team (started in May), so here are my answers:\n"
      "Noise and air, mostly industrial sites under the IED.\n4 years\nSome time\nNo functions "
      "for now, I'm still finding my feet.\nPriya",
      {"interests": "Noise; Air; IED", "functions": "", "experience": "4", "time": "Some"}, {},
      lang="en",
      note="Blank form (new member). 'No functions for now' recorded as none (the form was "
           "empty there anyway)."),
]
