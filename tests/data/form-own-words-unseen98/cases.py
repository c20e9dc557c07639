"""Unseen part 98 of the own-words form replies: an ordinary summer round (June 2031), closing
part. By hand, written blind; people invented, at example.org."""

from common import E1, E2, S1, S2, S3, S4, SIG_EN, SIG_KOMMUNE, SIG_SHORT, c

CASES = [
    # --- Danish form ---------------------------------------------------------------------------
    c("ow98-da-iphone-tak-efter-ferien", "iphone", "Mette Dalgaard",
      "Tak for skemaet – jeg kigger på det, når jeg er tilbage fra ferie i uge 31 ☀️\n\nMette",
      {}, S1,
      note="Says nothing about the form yet; no answers, not unchanged, not flagged."),

    c("ow98-da-outlook-intet-nyt", "outlook", "Hans-Henrik Bro",
      "Hej\n\nIntet nyt herfra – alt er, som det var sidste år.\n\n" + SIG_KOMMUNE,
      {}, S3, unchanged=True),

    c("ow98-da-gmail-klima-ellers-som-foer", "gmail", "Søren Mølgaard",
      "Hej\n\nDu må gerne sætte klima på mig også – vi har fået klimatilpasning ind i afdelingen "
      "efter omorganiseringen. Ellers er alt som før.\n\nMvh Søren",
      {"interesser": "PFAS; Affald; Klima"}, S4, unchanged=True),

    c("ow98-da-owa-skiftet-til-spildevand", "owa", "Louise Friis",
      "Hej\n\nJeg er skiftet fra tilsyn til spildevand pr. 1. juni, så affald skal ud og "
      "spildevand ind. PFAS beholder jeg. Netværket for miljøtilsyn melder jeg mig ud af, det "
      "giver ikke mening for mig mere.\n\n" + SIG_SHORT,
      {"interesser": "PFAS; Spildevand", "grupper": ""}, S4,
      note="A move inside her own municipality; everything she says lands in interesser and "
           "grupper, nothing left over for the chair. Høringstovholder not mentioned: kept."),

    c("ow98-da-thunderbird-rettet-i-skemaet", "thunderbird", "Karen Østergaard",
      "Hej\n\nJeg har rettet direkte i skemaet nedenfor.\n\nHilsen\nKaren",
      {"interesser": "PFAS; Luft", "erfaring": "13"}, S1,
      edits=[("set", "[ ] Luft", "[x] Luft"), ("set", "[x] Støj", "[ ] Støj"),
             ("set", "Svar: 12", "Svar: 13")]),

    c("ow98-da-android-fastansat-slet-barsel", "android", "Sara Holm Lund",
      "Hej! Mit barselsvikariat er blevet til en fast stilling 🎉 så I kan slette det om "
      "barselsvikar. Tid skal være nogen i stedet for meget, jeg har fået flere sager. Resten "
      "passer.",
      {"andet": "", "tid": "Nogen"}, S2, unchanged=True,
      note="She asks explicitly to delete the pre-filled Andet text (Barselsvikar til juni), so "
           "the secretary clears it; the news itself is not labelled Andet and is not recorded."),

    c("ow98-da-outlook-ios-meget-tid", "outlook_ios", "Ib Thomsen",
      "Meget tid i år 👍\nIb",
      {"tid": "Meget"}, S1),

    c("ow98-da-outlook-prefix-pension", "outlook_prefix", "Grethe Vinther",
      "Kære tovholder\n\nJeg går på pension 1. oktober, så det her bliver nok mit sidste skema. "
      "Indtil da kan I regne med mig som høringstovholder, men til formandsposten skal der findes "
      "en anden inden efteråret – det tager vi vel på næste møde.\n\nI øvrigt står der 20 års "
      "erfaring, det er snarere 34.\n\nVenlig hilsen\nGrethe",
      {"erfaring": "34"}, S3, ask=["funktioner"], flagged=True,
      note="Retiring 1 October: for the chair. Formand only until the autumn and the successor to "
           "be settled at the next meeting, so funktioner is passed on rather than changed. "
           "'snarere 34' is read as her corrected number."),

    c("ow98-da-apple-mail-ny-i-nordby", "apple_mail", "Freja Nørgaard",
      "Hej\n\nJeg er ny i Nordby Kommune og arbejder mest med jord og grundvand og en smule støj. "
      "Har 4 års erfaring, fra Region Eksempel før.\nVil gerne være med i PFAS-arbejdsgruppen.\n"
      "Funktioner: ingen lige nu, jeg skal lige lande først.\nTid: nogen\n\nHilsen Freja",
      {"interesser": "Støj; Jord", "grupper": "Arbejdsgruppe om PFAS", "funktioner": "",
       "erfaring": "4", "tid": "Nogen"}, {}, ask=["interesser"],
      note="New member, empty form. Grundvand is no option: asked, the rest of interesser "
           "recorded. She wants to join the PFAS working group, which does not say she works with "
           "PFAS. Funktioner answered explicitly as none (same as the empty sent value)."),

    c("ow98-da-gmail-android-smaa-bogstaver", "gmail_android", "Anders Bak",
      "hej. tilføj luft og støj, fjern pfas. tid lidt\nmvh anders",
      {"interesser": "Affald; Støj; Luft", "tid": "Lidt"}, S4),

    c("ow98-da-owa-html-afbud-august", "owa_html", "Lone Skov",
      "Hej\n\nSkemaet passer stadig. Jeg kan desværre ikke komme til mødet den 21. august, jeg "
      "holder ferie til og med uge 34.\n\nVh Lone",
      {}, S1, unchanged=True, flagged=True,
      note="Absence from the August meeting: for the chair."),

    c("ow98-da-outlook-mac-orlov-i-andet", "outlook_mac", "Jørgen Kjeldsen",
      "Hej, se mit svar under 6. Resten er uændret.\n\nJørgen",
      {"andet": "Orlov 1/9–30/11 (uddannelse)"}, S3, unchanged=True,
      edits=[("set", "Svar:", "Svar: Orlov 1/9–30/11 (uddannelse)", "6. Andet")],
      note="The leave is typed into the Andet field, so it is recorded there and needs no flag."),

    c("ow98-da-outlook-android-i-tvivl-om-gruppe", "outlook_android", "Rikke Damgaard",
      "Hej. Hvad er egentlig forskellen på netværket og arbejdsgruppen? Jeg er i tvivl om jeg "
      "stadig er med i PFAS-gruppen efter vi blev lagt sammen med Sydby. Resten er ok.",
      {}, S2, unchanged=True, ask=["grupper"],
      note="A question about the form and doubt about her own membership: grupper passed on, "
           "nothing changed."),

    c("ow98-da-outlook-elleve-i-feltet", "outlook", "Torben Mikkelsen",
      "Erfaringen er rettet, ellers det samme 🙂\n\n" + SIG_SHORT,
      {"erfaring": "11"}, S4, unchanged=True,
      edits=[("set", "Svar: 8", "Svar: elleve")]),

    c("ow98-da-thunderbird-bottom-ie-og-sekretaer", "thunderbird_bottom", "Birgitte Aagaard",
      "Hej\n\nLuft har en kollega overtaget, så det kan slettes. Til gengæld har jeg fået "
      "IE-virksomhederne, så sæt IE-direktivet på.\nJeg kunne godt tage sekretærrollen et års "
      "tid, hvis der er brug for det.\n\nMvh\nBirgitte",
      {"interesser": "Spildevand; Klima; IE-direktivet", "funktioner": "Sekretær"}, S2,
      note="'et års tid, hvis der er brug for det' is a qualifier on her own offer, not a "
           "condition on someone else: Sekretær recorded. Pre-filled Andet untouched."),

    c("ow98-da-owa-power-to-x-og-netvaerk", "owa", "Mads Kristoffersen",
      "Hej\n\nVi har fået to Power-to-X-anlæg i kommunen i år, så det vil jeg gerne have med under "
      "interesser. Og meld mig gerne ind i netværket for miljøtilsyn også.\n\nMvh Mads",
      {"interesser": "PFAS; Støj; Power-to-X",
       "grupper": "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS"}, S1),

    c("ow98-da-android-nyt-job-forsyning", "android", "Kasper Holm",
      "Hej. Jeg stopper i kommunen 30/6 og starter i Vestby Forsyning 1/8. Ved ikke om jeg kan "
      "blive i gruppen når jeg ikke er myndighed mere, det må formanden vurdere. Så jeg udfylder "
      "ikke skemaet før det er afklaret.",
      {}, S4, flagged=True,
      note="New job outside the municipalities; whether he stays is for the chair. No answers."),

    c("ow98-da-outlook-html-liste", "outlook_html", "Jakob Iversen",
      "Interesser: spildevand, klima, VVM\nTid: meget\n\nMVH Jakob",
      {"interesser": "Spildevand; Klima; VVM", "tid": "Meget"}, S2,
      note="A labelled full list is his whole answer to the question: Luft, which he leaves out, "
           "is removed and VVM added."),

    c("ow98-da-gmail-formand-hvis-henrik", "gmail", "Maja Ebbesen",
      "Hej Tove\n\nJeg har skrevet i skemaet.\n\nKh Maja",
      {"erfaring": "9"}, S4, ask=["funktioner"],
      edits=[("add", "[ ] Formand", "Kan godt, hvis Henrik ikke fortsætter"),
             ("set", "Svar: 8", "Svar: 9")],
      note="Formand on condition that someone else steps down: passed on. Høringstovholder stays "
           "as sent."),

    c("ow98-da-apple-forward-rettelser", "apple_forward", "Nanna Bech",
      "Videresender med rettelser, kunne ikke finde ud af at svare fra telefonen 🙈\n\nNanna",
      {"interesser": "PFAS; Støj; Klima", "tid": "Lidt"}, S1,
      edits=[("set", "[ ] Klima", "[x] Klima"), ("set", "[x] Nogen", "[ ] Nogen"),
             ("set", "[ ] Lidt", "[x] Lidt")]),

    c("ow98-da-outlook-engelsk-paa-dansk", "outlook", "Marco Rossi",
      "Hi,\n\nSorry for answering in English, my Danish is still not good enough for forms. Please "
      "add noise and remove air. I have 4 years of experience now. Time: much, as before.\n\n"
      "Best regards\nMarco",
      {"interesser": "Spildevand; Støj; Klima", "erfaring": "4", "tid": "Meget"}, S2,
      note="English on the Danish form. 'as before' only concerns Tid, so not unchanged."),

    c("ow98-da-outlook-ios-aldrig-talt-efter", "outlook_ios", "Peter Lauridsen",
      "Erfaring: 25-30 år, har aldrig talt efter 😅 Tid: lidt, som altid",
      {"tid": "Lidt"}, S3, ask=["erfaring"],
      note="A range for erfaring: passed on."),

    c("ow98-da-outlook-mac-html-alt-undtagen", "outlook_mac_html", "Camilla Søndergaard",
      "Hej\n\nJeg er nyansat i Lilleby Kommune, hvor vi er tre mand til det hele, så sæt mig på alt "
      "undtagen støj og Power-to-X.\nTo års erfaring.\nJeg kan godt tage referat (sekretær).\n"
      "Meget lidt tid desværre.\n\nMed venlig hilsen\nCamilla",
      {"interesser": "PFAS; Spildevand; Affald; Luft; Jord; Klima; VVM; IE-direktivet",
       "funktioner": "Sekretær", "erfaring": "2", "tid": "Lidt"}, {},
      note="'Meget lidt tid' means very little time: Lidt."),

    c("ow98-da-thunderbird-kollega-svarer-barsel", "thunderbird", "Rasmus Krogh",
      "Hej\n\nPias mails bliver sendt videre til mig, mens hun er på barsel til marts, så hun når "
      "ikke at svare på skemaet i år. Jeg tænkte, I hellere måtte vide det end vente på svar.\n\n"
      "Mvh\nRasmus Krogh\n(kollega i Sydby Kommune)",
      {}, S1, flagged=True, form_for="Pia Lindholm",
      note="A colleague answers for a member on leave: nothing recorded, for the chair."),

    c("ow98-da-gmail-ae-oe-aa", "gmail", "Poul Rasmussen",
      "Hej\n\nJord maa gerne fjernes, og tilfoej stoej og spildevand. Hoeringstovholder "
      "fortsaetter jeg gerne som, men formand maa en anden tage over efter 6 aar.\n"
      "Erfaring 21 aar.\n\nmvh Poul",
      {"interesser": "Spildevand; Affald; Støj; VVM", "funktioner": "Høringstovholder",
       "erfaring": "21"}, S3,
      note="He steps down as Formand (after six years in the post); the 6 is not his experience."),

    # --- English form --------------------------------------------------------------------------
    c("ow98-en-outlook-as-before-except-chair", "outlook", "Charlotte Brandt",
      "Hi,\n\nAll as before, except that I won't stand as chair again after the summer – I've "
      "done it for four years. Happy to be consultation coordinator instead.\n\n" + SIG_EN,
      {"functions": "Consultation coordinator"}, E1, lang="en", unchanged=True,
      note="'after the summer' is the coming year the form is about; four years is her time as "
           "chair, not her experience."),

    c("ow98-en-gmail-new-from-poland", "gmail", "Tomasz Nowak",
      "Hello!\n\nI'm new here, started in Østby Municipality in May. Interests: soil, groundwater "
      "and PFAS. Groups: none yet. I could be secretary. Experience: six years (in Poland, mostly "
      "contaminated sites). Time: some.\n\nBest,\nTomasz",
      {"interests": "PFAS; Soil", "groups": "", "functions": "Secretary", "experience": "6",
       "time": "Some"}, {}, lang="en", ask=["interests"],
      note="Groundwater is no option: asked, PFAS and Soil recorded. Groups answered as none "
           "(same as the empty sent value)."),

    c("ow98-en-iphone-add-pfas", "iphone", "Lars Nyborg",
      "Add PFAS pls",
      {"interests": "PFAS; Air; Climate"}, E2, lang="en"),

    c("ow98-en-thunderbird-inline", "thunderbird", "Niels Gram",
      "Updated inline.\n\nCheers\nNiels",
      {"functions": "Secretary", "experience": "11", "time": "Some"}, E2, lang="en",
      edits=[("set", "[ ] Secretary", "[x] Secretary"), ("set", "Answer: 10", "Answer: 11"),
             ("set", "[x] Much", "[ ] Much"), ("set", "[ ] Some", "[x] Some")]),

    c("ow98-en-owa-parental-leave", "owa", "Sofie Marcussen",
      "Hi,\n\nI'm on parental leave from August until January, so please put me down for little "
      "time this year. I can keep chairing until the summer break if that works for the group – "
      "otherwise Bo Hansen has said he'd take over.\n\nThe rest is unchanged.\n\nSofie",
      {"time": "Little"}, E1, lang="en", unchanged=True, ask=["functions"],
      note="Chair only until the break, handover to someone else: functions passed on. The leave "
           "is for the chair too."),

    c("ow98-en-apple-mail-dansk-paa-engelsk", "apple_mail", "Kirsten Jepsen",
      "Hej – jeg svarer lige på dansk. Støj har jeg ikke mere, til gengæld er jeg begyndt på "
      "jord. Ellers uændret.\n\nMvh Kirsten",
      {"interests": "Wastewater; Soil"}, E1, lang="en", unchanged=True,
      note="Danish on the English form; recorded in the English option spellings."),

    c("ow98-en-outlook-mac-html-since-2014", "outlook_mac_html", "Ahmed Hassan",
      "Hi there,\n\nExperience should say since 2014 rather than 10. Otherwise all correct.\n\n"
      "Regards,\nAhmed",
      {}, E2, lang="en", unchanged=True, ask=["experience"],
      note="A year instead of a number of years: passed on."),

    c("ow98-en-android-off-the-network", "android", "Emma Thorsen",
      "Please take me off the inspection network, I hardly ever make it to the meetings. Time: "
      "little.\nThanks",
      {"groups": "", "time": "Little"}, E1, lang="en"),

    c("ow98-en-outlook-prefix-odour", "outlook_prefix", "Jonas Weber",
      "Please add odour and wastewater. Experience 10 -> 12 years.\n\nJonas",
      {"interests": "Wastewater; Air; Climate", "experience": "12"}, E2, lang="en",
      ask=["interests"],
      note="Odour is no option: asked; wastewater recorded. '10 -> 12' is the change to 12."),
]
