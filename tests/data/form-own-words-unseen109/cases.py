"""Unseen part 109 of the own-words competence-form replies (issue 14): by hand, blind.

A round in which many members answer by typing or moving crosses inside the quoted form and add
a line or two above (or below) it, some with conditions, some correcting what they typed, and a
few new or leaving members. People invented, at example.org."""

from common import E1, E2, S1, S2, S3, S4, SIG_EN, SIG_KOMMUNE, SIG_SHORT, c  # noqa: F401

CASES = [
    # --- Danish form ---------------------------------------------------------------------------
    c("ow109-da-outlook-tid-flyttet-til-lidt", "outlook", "Birgitte Lund",
      "Hej\n\nJeg har flyttet krydset ved tid i skemaet herunder. Vi er kun to tilbage i teamet "
      "efter sommerferien, så der bliver ikke meget luft.\nResten passer stadig.\n\n" + SIG_SHORT,
      {"tid": "Lidt"}, S1,
      edits=[("set", "[x] Nogen", "[ ] Nogen"), ("set", "[ ] Lidt", "[x] Lidt")],
      unchanged=True),

    c("ow109-da-owa-spildevand-og-ni-aar", "owa", "Rasmus Kjær",
      "Hej\n\nHar sat kryds ved spildevand og rettet erfaringen til 9 år i skemaet. "
      "Rensningsanlæggene er kommet over til mig fra 1. maj.\n\nMvh\nRasmus",
      {"interesser": "PFAS; Spildevand; Affald", "erfaring": "9"}, S4,
      edits=[("set", "[ ] Spildevand", "[x] Spildevand"), ("set", "Svar: 8", "Svar: 9")]),

    c("ow109-da-gmail-ny-udfyldt-med-krydser", "gmail", "Ida Mølgaard",
      "Hej\n\nJeg er ny i gruppen – startede i virksomhedsteamet i Eksempel Kommune 1. april. "
      "Har udfyldt skemaet herunder, håber det er gjort rigtigt.\n\nMvh\nIda Mølgaard",
      {"interesser": "Støj; Luft", "grupper": "Netværk for miljøtilsyn", "erfaring": "4",
       "tid": "Nogen"}, {},
      edits=[("set", "[ ] Støj", "[x] Støj"), ("set", "[ ] Luft", "[x] Luft"),
             ("set", "[ ] Netværk for miljøtilsyn", "[x] Netværk for miljøtilsyn"),
             ("set", "Svar:", "Svar: 4", "4. Erfaring"), ("set", "[ ] Nogen", "[x] Nogen")],
      note="New member, blank form filled in with crosses and a number; being new is no "
           "question for the chair."),

    c("ow109-da-iphone-skrev-5-mente-4", "iphone", "Julie Holt",
      "Hov – jeg skrev 5 under erfaring, det skal være 4. Tastefejl 🙈 Resten er rigtigt",
      {"erfaring": "4"}, S2,
      edits=[("set", "Svar: 3", "Svar: 5", "4. Erfaring")],
      unchanged=True,
      note="The line above corrects the number she typed in the form: 4, not 5. 'Resten er "
           "rigtigt' read as the rest as before."),

    c("ow109-da-outlook_ios-fastansat-i-andet-feltet", "outlook_ios", "Sofie Dahl",
      "Har skrevet i feltet nederst. Ellers uændret\n\n/Sofie",
      {"andet": "Fastansat pr. 1. juni"}, S2,
      edits=[("set", "Svar: Barselsvikar til juni", "Svar: Fastansat pr. 1. juni")],
      unchanged=True,
      note="She typed over the pre-filled Andet answer line, which is the Andet field itself, "
           "so it is recorded as Andet in her words."),

    c("ow109-da-thunderbird-formand-fjernet", "thunderbird", "Niels Bach",
      "Hej\n\nHar fjernet krydset ved formand – jeg sagde det også på mødet i maj, der skal nye "
      "kræfter til. Høringer tager jeg gerne stadig.\n\nMvh Niels Bach",
      {"funktioner": "Høringstovholder"}, S3,
      edits=[("set", "[x] Formand", "[ ] Formand")],
      note="Removing Formand is an answer to question 3 and was already said at the meeting; "
           "not flagged as separate news."),

    c("ow109-da-android-sekretaer-hvis-morten", "android", "Karen Vinther",
      "Hej. Har rettet tid i skemaet. Sekretær fortsætter jeg gerne som, men kun hvis Morten "
      "kan tage referatet i december hvor jeg er på ferie\nHilsen Karen",
      {"tid": "Meget"}, S1,
      edits=[("set", "[x] Nogen", "[ ] Nogen"), ("set", "[ ] Meget", "[x] Meget")],
      ask=["funktioner"],
      note="Secretary only on condition that another member (Morten) takes the December minutes: "
           "passed on. The December holiday is an absence for the chair as well."),

    c("ow109-da-apple_mail-pension-sidste-skema", "apple_mail", "Bent Frandsen",
      "Kære tovholder\n\nJeg går på pension 1. september, så dette bliver mit sidste skema, og "
      "jeg springer det over. Tak for mange gode år i netværket!\nMin efterfølger er ikke fundet "
      "endnu, men jeg beder vedkommende skrive, når de er på plads.\n\nKh Bent",
      {}, S4, flagged=True,
      note="Leaving the group (retiring): for the chair; nothing recorded."),

    c("ow109-da-outlook_html-pfas-gruppe-ud-hoering-ind", "outlook_html", "Line Østergaard",
      "Hej\n\nJeg har sat og fjernet krydser i skemaet. PFAS-gruppen har jeg ikke tid til "
      "længere, til gengæld vil jeg gerne prøve kræfter med en høring.\n\n" + SIG_KOMMUNE,
      {"grupper": "Netværk for miljøtilsyn", "funktioner": "Høringstovholder"}, S2,
      edits=[("set", "[x] Arbejdsgruppe om PFAS", "[ ] Arbejdsgruppe om PFAS"),
             ("set", "[ ] Høringstovholder", "[x] Høringstovholder")]),

    c("ow109-da-gmail_android-meget-tid-chef", "gmail_android", "Ove Lind",
      "tid: meget – har fået 10 timer om måneden afsat til netværket af min chef. ellers uændret",
      {"tid": "Meget"}, S3, unchanged=True,
      note="The 10 hours a month explain the answer; they are no answer to question 4."),

    c("ow109-da-owa_html-nyt-job-region", "owa_html", "Mikkel Brandt",
      "Kære tovholder\n\nJeg skifter til Region Eksempel pr. 1. august og melder mig derfor ud "
      "af gruppen. Skemaet har jeg ikke rørt.\nHvis I vil have en ny kontaktperson fra kommunen, "
      "så skriv til vores afdelingsleder Hanne Lund.\n\nTak for et godt samarbejde!\n\n"
      + SIG_SHORT,
      {}, S1, flagged=True,
      note="New job elsewhere, leaving the group: for the chair. 'Skemaet har jeg ikke rørt' is "
           "not 'as before' here; he is leaving, so not unchanged."),

    c("ow109-da-outlook_prefix-affald-til-jord", "outlook_prefix", "Peter Skov",
      "Se rettelser nedenfor. Affald er gået videre til Kim, jord har jeg fået i stedet.\n\n"
      "Mvh\nPeter",
      {"interesser": "PFAS; Jord"}, S4,
      edits=[("set", "[ ] Jord", "[x] Jord  <-- ny"), ("set", "[x] Affald", "[ ] Affald")]),

    c("ow109-da-thunderbird_bottom-pfas-i-spildevand", "thunderbird_bottom", "Maja Krogh",
      "Hej igen\n\nHar sat et x ved PFAS herover - vi har fået tre nye sager med PFAS i "
      "spildevandet fra brandøvelsespladsen. Resten står som det skal.\n\nHilsen\nMaja",
      {"interesser": "PFAS; Spildevand; Luft; Klima"}, S2,
      edits=[("set", "[ ] PFAS", "[x] PFAS")], unchanged=True,
      note="Bottom-posted under the quote."),

    c("ow109-da-outlook_mac-klima-og-erfaring-interval", "outlook_mac", "Trine Vest",
      "Hej – har rettet et par ting nede i skemaet. Resten er som før.\n\nBedste hilsner\nTrine",
      {"interesser": "PFAS; Støj; Klima"}, S1,
      edits=[("set", "[ ] Klima", "[x] Klima"),
             ("set", "Svar: 12", "Svar: 13-14, alt efter om studiejobbet tæller med")],
      ask=["erfaring"], unchanged=True,
      note="Experience typed as a range that depends on what counts: passed on."),

    c("ow109-da-apple_forward-fra-spam-med-ord", "apple_forward", "Lotte Riis",
      "Hej\n\nSkemaet havnede i spam, så jeg videresender det bare med mine svar:\n\n"
      "Interesser: affald, jord og PFAS\nArbejdsgrupper: ingen endnu\n"
      "Funktioner: sekretær, hvis det kniber\nErfaring: seks år\nTid: lidt\n\nVh Lotte",
      {"interesser": "PFAS; Affald; Jord", "grupper": "", "funktioner": "Sekretær",
       "erfaring": "6", "tid": "Lidt"}, {},
      note="Forwarded instead of replied; answers in her own words. 'ingen endnu' recorded as no "
           "groups. 'sekretær, hvis det kniber' (if the group is short of one) is what the "
           "question asks - what she could take on - and no condition on a named person, so "
           "recorded."),

    c("ow109-da-gmail-biogas-power-to-x", "gmail", "Eva Thorsen",
      "Hej\n\nEt spørgsmål: hører biogas under Power-to-X? Jeg har fået tilsynet med det nye "
      "biogasanlæg i Nørreby. Hvis ja, så sæt kryds der.\nEllers er alt det samme som sidste "
      "år.\n\nHilsen\nEva Thorsen",
      {}, S4, ask=["interesser"], unchanged=True,
      note="Biogas is no option and she asks whether it counts as Power-to-X: passed on."),

    c("ow109-da-owa-engelsk-paa-dansk-skema", "owa", "Tom Becker",
      "Hi,\nsorry for answering in English, my Danish is still not good enough for forms.\n"
      "Please remove noise – I don't do noise cases any more. Add soil and climate.\n"
      "Time: much more now that the harbour project is finished.\n"
      "Otherwise everything is the same.\n\nBest\nTom",
      {"interesser": "PFAS; Jord; Klima", "tid": "Meget"}, S1, unchanged=True,
      note="English on the Danish form."),

    c("ow109-da-iphone-tak-efter-ferien", "iphone", "Jørgen Holm",
      "Tak, jeg kigger på det efter ferien 👍",
      {}, S3),

    c("ow109-da-outlook-ny-skrevet-ind-i-skemaet", "outlook", "Amalie Frost",
      "Hej\n\nJeg er lige startet i miljøafdelingen og har skrevet mine svar ind i skemaet "
      "herunder.\n\nVenlig hilsen\nAmalie Frost\nEksempel Kommune",
      {"interesser": "Støj; Jord", "erfaring": "2"}, {},
      edits=[("add", "1. Interesser", "Støj og lugt fra virksomheder, og lidt jord"),
             ("set", "Svar:", "Svar: to år, inkl. praktikken", "4. Erfaring"),
             ("add", "5. Tid", "det ved jeg ikke endnu – spørg min leder Poul")],
      ask=["interesser", "tid"],
      note="Typed lines inside the blank form. Lugt is no option (asked); 'lidt jord' is Jord, "
           "'lidt' is not her time. Time left to her manager: passed on."),

    c("ow109-da-thunderbird-to-krydser-ved-tid", "thunderbird", "Henrik Dam",
      "Hej – kunne ikke vælge ét ved tid, se nedenfor.\nMvh Henrik",
      {}, S4,
      edits=[("set", "[ ] Lidt", "[x] Lidt"),
             ("add", "[x] Nogen", "(lidt om sommeren, nogen resten af året)")],
      ask=["tid"],
      note="Two crosses on a one-cross question, depending on the season: passed on."),

    c("ow109-da-gmail_android-ud-af-begge-grupper", "gmail_android", "Camilla Bro",
      "Meld mig ud af begge grupper, har ikke overskud med to små børn derhjemme. tid: lidt",
      {"grupper": "", "tid": "Lidt"}, S2,
      note="'Begge grupper' are the two internal groups of question 2, not the whole group: "
           "recorded, not flagged."),

    c("ow109-da-outlook_ios-orlov-efteraar", "outlook_ios", "Anders Qvist",
      "Hej\nJeg er på orlov fra 15. august til 1. marts og kan ikke deltage i møderne i "
      "efteråret. Skemaet er som det er, men sæt gerne tid ned til lidt.\nMvh Anders",
      {"tid": "Lidt"}, S1, unchanged=True, flagged=True,
      note="Leave and missed meetings: for the chair."),

    c("ow109-da-outlook_mac_html-ptx-ved-havnen", "outlook_mac_html", "Gunnar Lykke",
      "Opdateret – vi har fået et PtX-anlæg ved havnen og klimatilpasningen oveni, så det er "
      "kommet med. Og jeg har rundet 21 år.\n\nHilsen Gunnar",
      {"interesser": "Affald; Jord; Klima; VVM; Power-to-X", "erfaring": "21"}, S3,
      edits=[("set", "[ ] Klima", "[x] Klima"), ("set", "[ ] Power-to-X", "[x] Power-to-X"),
             ("set", "Svar: 20", "Svar: 21")],
      note="HTML-only Outlook for Mac."),

    c("ow109-da-android-formand-var-en-fejl", "android", "Susanne Juhl",
      "Jeg kom til at sætte kryds ved formand nedenfor, det var en fejl – jeg mente sekretær. "
      "Høringstovholder er stadig rigtigt.\n\nMvh Susanne",
      {"funktioner": "Høringstovholder; Sekretær"}, S4,
      edits=[("set", "[ ] Formand", "[x] Formand")],
      note="The line above takes back the cross at Formand and means Sekretær instead."),

    c("ow109-da-outlook_prefix-andet-30-timer", "outlook_prefix", "Knud Høj",
      "Hej\n\nIntet nyt fra mig, bortset fra:\nAndet: Arbejder 30 timer om ugen fra 1. august og "
      "har fri om fredagen\n\nMvh Knud",
      {"andet": "Arbejder 30 timer om ugen fra 1. august og har fri om fredagen"}, S3,
      unchanged=True,
      note="Labelled Andet, so recorded there (and not flagged); time for the group not "
           "mentioned."),

    c("ow109-da-gmail-lang-mail-med-punkter", "gmail", "Nanna Kirk",
      "Hej Tovholder\n\nTak for skemaet – der er sket en del siden sidst, så jeg skriver det "
      "hellere med ord end at rode med krydserne:\n\n"
      "- Jeg har fået VVM-screeninger og lidt tilsyn efter IE-direktivet oveni spildevand. Luft "
      "har jeg afleveret til en ny kollega, klima har jeg stadig.\n"
      "- Netværket er jeg stadig med i, men PFAS-gruppen har jeg meldt fra.\n"
      "- Funktion: Jeg vil gerne være sekretær fra næste år, når jeg har fået styr på de nye "
      "opgaver.\n- Erfaring: fire år nu.\n- Tid: nogen.\n\nSig til, hvis noget er uklart.\n\n"
      + SIG_KOMMUNE,
      {"interesser": "Spildevand; Klima; VVM; IE-direktivet",
       "grupper": "Netværk for miljøtilsyn", "erfaring": "4", "tid": "Nogen"}, S2,
      ask=["funktioner"],
      note="Secretary only from next year: passed on rather than recorded now. 'lidt tilsyn' "
           "is not her time."),

    # --- English form --------------------------------------------------------------------------
    c("ow109-en-outlook-air-to-soil", "outlook", "Oliver Grant",
      "Hi,\n\nI've updated the form below – air quality has gone to our new colleague, and I've "
      "picked up contaminated soil instead. Everything else stands.\n\n" + SIG_EN,
      {"interests": "Soil; Climate"}, E2, lang="en",
      edits=[("set", "[x] Air", "[ ] Air"), ("set", "[ ] Soil", "[x] Soil")],
      unchanged=True),

    c("ow109-en-gmail-new-from-sweden", "gmail", "Elin Sandberg",
      "Hello,\n\nI started at Example Municipality in March, coming from the Swedish EPA, and my "
      "manager asked me to fill this in. I have marked my answers in the form below.\n\n"
      "Best regards\nElin Sandberg",
      {"interests": "PFAS; Wastewater", "groups": "PFAS working group", "experience": "7",
       "time": "Some"}, {}, lang="en",
      edits=[("set", "[ ] PFAS", "[x] PFAS"), ("set", "[ ] Wastewater", "[x] Wastewater"),
             ("set", "[ ] PFAS working group", "[x] PFAS working group"),
             ("set", "Answer:", "Answer: 7", "4. Experience"), ("set", "[ ] Some", "[x] Some")]),

    c("ow109-en-thunderbird_bottom-chair-until-new-year", "thunderbird_bottom",
      "Jens Vestergaard",
      "I'm happy to go on as chair until the end of the year, but I think someone else should "
      "take over from January - I'll bring it up at the September meeting.\n"
      "Experience: 21 now.\n\nJens",
      {"experience": "21"}, E1, lang="en", ask=["functions"],
      note="Chair only until the end of the year: passed on (nothing to record, the cross "
           "stays)."),

    c("ow109-en-iphone-danish-on-english-form", "iphone", "Rikke Bisgaard",
      "Hej – svarer lige på dansk 🙂 Jeg er gået ned på 30 timer, så sæt tid til lidt. "
      "PFAS-gruppen melder jeg mig ud af. Resten er det samme.",
      {"time": "Little", "groups": "Inspection network"}, E2, lang="en", unchanged=True,
      note="Danish on the English form."),

    c("ow109-en-owa_html-chair-only-if-nobody-else", "owa_html", "Sarah Olsen",
      "Hi,\n\nSee my notes in the form below. Also, I will miss the October meeting – I'm on a "
      "course in Aarhus that week.\n\nSarah",
      {"functions": "Chair; Secretary"}, E1, lang="en",
      edits=[("add", "[x] Chair", "   -> only if nobody else wants it"),
             ("set", "[ ] Secretary", "[x] Secretary")],
      ask=["functions"],
      note="Secretary added with a cross (recorded); Chair kept but only if nobody else wants "
           "it: passed on. The missed October meeting is for the chair too."),

    c("ow109-en-outlook_android-noise-off-desk", "outlook_android", "Kasper Møller",
      "Noise is off my desk now. 22 yrs",
      {"interests": "Wastewater", "experience": "22"}, E1, lang="en"),

    c("ow109-en-apple_mail-leaving-for-epa", "apple_mail", "Lukas Weber",
      "Dear all,\n\nThis is to let you know that I am leaving the municipality at the end of June "
      "to start at the Danish EPA. I have really enjoyed the PFAS working group.\nMy colleague "
      "Mette Holm will take over my cases; she will be in touch about joining.\n\nBest,\nLukas",
      {}, E2, lang="en", flagged=True,
      note="Leaving the group, and a successor who may join: for the chair."),

    c("ow109-en-outlook_prefix-twelve-and-eia", "outlook_prefix", "Anna Christensen",
      "Hi\n\nTwelve years now, and please tick EIA as well – the motorway screening has landed "
      "on my desk. Unchanged otherwise.\n\nRegards, Anna",
      {"experience": "12", "interests": "Air; Climate; EIA"}, E2, lang="en", unchanged=True),
]
