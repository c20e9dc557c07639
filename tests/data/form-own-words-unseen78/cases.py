"""Unseen part 78 of the own-words competence-form replies: an ordinary spring round (March-April
2028). Written blind, by hand: what a careful human secretary records. People invented, at
example.org."""

from common import E1, E2, S1, S2, S3, S4, SIG_EN, SIG_KOMMUNE, SIG_SHORT, c  # noqa: F401

# Sent profiles of this part besides the shared ones.
R1 = {"interesser": "Spildevand; Klima", "grupper": "Netværk for miljøtilsyn", "funktioner": "",
      "erfaring": "", "tid": "Nogen"}
K1 = {"interesser": "Affald; Jord", "grupper": "Netværk for miljøtilsyn", "funktioner": "Sekretær",
      "erfaring": "7", "tid": "Nogen"}
A1 = {"interests": "Waste; Soil", "groups": "", "functions": "Secretary", "experience": "5",
      "time": "Some"}

CASES = [
    # --- Danish form -------------------------------------------------------------------------
    c("ow78-da-outlook-tid-lidt-ellers-uaendret", "outlook", "Birgitte Holm",
      "Hej\n\nTid: lidt i foråret – vi er to mand mindre i afdelingen frem til sommerferien. "
      "Ellers uændret.\n\n" + SIG_KOMMUNE,
      {"tid": "Lidt"}, S1, unchanged=True,
      note="'lidt i foråret' with a reason: recorded as Lidt, the spring is the round itself."),

    c("ow78-da-iphone-tak", "iphone", "Niels Bruun", "Tak 👍", {}, S3,
      note="Says nothing about the form."),

    c("ow78-da-gmail-fastansat-pfas", "gmail", "Freja Mortensen",
      "Hej Tovholder\n\nGod nyhed: jeg er blevet fastansat pr. 1. marts, så det med "
      "barselsvikariatet passer ikke længere 🙂\n\nJeg har samtidig fået et nyt projekt om PFAS i "
      "overfladevand og slam, så sæt mig gerne på PFAS. Og jeg har nu 4 års erfaring.\n\n"
      "De bedste hilsner\nFreja",
      {"interesser": "PFAS; Spildevand; Luft; Klima", "erfaring": "4"}, S2, ask=["andet"],
      note="The pre-filled Andet ('Barselsvikar til juni') is now out of date, but the member "
           "gives no labelled Andet text; the secretary does not rewrite the free text herself and "
           "passes it on (clear it or not)."),

    c("ow78-da-outlook_ios-kollega-barsel-spildevand", "outlook_ios", "Jonas Kjær",
      "Hej\nMin kollega Mette går på barsel i april, så jeg overtager hendes spildevandssager til "
      "nytår. Sæt spildevand på mig. Det betyder også mindre tid til gruppen, så sæt tid til lidt.\n"
      "Jonas",
      {"interesser": "PFAS; Spildevand; Affald", "tid": "Lidt"}, S4,
      note="The colleague's leave is only the reason for the change; the member himself is not "
           "absent, so nothing for the chair beyond the answers."),

    c("ow78-da-owa-egen-barsel-sekretaer", "owa", "Sofie Lund",
      "Hej Lise\n\nJeg går selv på barsel den 15. april og er tilbage i februar næste år. Jeg kan "
      "derfor ikke tage referater i den periode, så tag mig af som sekretær.\nEllers er alt som "
      "før.\n\nHilsen Sofie",
      {"funktioner": ""}, S1, unchanged=True, flagged=True,
      note="Sekretær removed (her only function). Parental leave from 15 April to February is an "
           "absence the chair must know of (flagged); it is not labelled Andet, so not recorded "
           "there."),

    c("ow78-da-thunderbird-rettet-i-skemaet", "thunderbird", "Poul Erik Dam",
      "Hej\n\nRettet i skemaet nedenfor. Jeg har været formand længe nok, nu må andre til 😉\n\n"
      "Poul Erik",
      {"interesser": "Affald; Jord; VVM; Power-to-X", "funktioner": "Høringstovholder",
       "erfaring": "21"}, S3,
      edits=[("set", "[ ] Power-to-X", "[x] Power-to-X"), ("set", "[x] Formand", "[ ] Formand"),
             ("set", "Svar: 20", "Svar: 21")]),

    c("ow78-da-android-alt-som-foer", "android", "Kim Vestergaard", "Alt som før.\nMvh Kim", {}, S4,
      unchanged=True),

    c("ow78-da-gmail_android-klima-af-jord-paa", "gmail_android", "Nanna Thygesen",
      "hej! klima er røget over til vores nye klimakoordinator så det skal af. til gengæld har jeg "
      "fået jord 🙈 tid: nogen (før meget)",
      {"interesser": "Spildevand; Luft; Jord", "tid": "Nogen"}, S2),

    c("ow78-da-outlook_prefix-fjorten-aar-hvis-henrik", "outlook_prefix", "Anders Bak",
      "Hej\n\nErfaringen skal rettes til fjorten år – jeg talte forkert sidste gang.\nJeg vil også "
      "gerne være høringstovholder, hvis Henrik stopper til sommer.\n\nVH Anders",
      {"erfaring": "14"}, S1, ask=["funktioner"],
      note="Høringstovholder only if Henrik stops: a condition on someone else, passed on; "
           "Sekretær is not touched."),

    c("ow78-da-apple_mail-pension-formand", "apple_mail", "Hans Jørgen Kirk",
      "Kære Lise og kære alle\n\nTak for skemaet. Som nogle af jer allerede ved, går jeg på "
      "pension ved udgangen af juni.\n\nJeg bliver gerne som formand frem til sommermødet, så vi "
      "kan nå at finde en afløser i ro og mag. Jeg har et par navne i tankerne, som jeg gerne vil "
      "tale med dig om.\n\nMine fagområder, tid osv. er de samme som sidst, så jeg har ikke rettet "
      "noget i skemaet.\n\nMange hilsner\nHans Jørgen\n\nHans Jørgen Kirk\nMiljøchef\n"
      "Eksempel Kommune",
      {}, S3, unchanged=True, flagged=True,
      note="Retiring at the end of June and wants to talk about a successor as chair: for the "
           "chair. The form itself is as before; Formand kept (he stays until the summer meeting)."),

    c("ow78-da-outlook_mac-ny-i-gruppen", "outlook_mac", "Astrid Nørgaard",
      "Hej\n\nJeg er ny i Natur og Miljø her i kommunen (startede 1. februar) og kommer fra et "
      "rådgivende ingeniørfirma. Jeg arbejder mest med støj og luft fra virksomheder og laver en "
      "del VVM-screeninger.\n\nJeg har 6 års erfaring i alt og vil gerne være med i netværket for "
      "miljøtilsyn. Tid: nogen.\nFunktioner: ikke lige nu, jeg skal lige lande først 😊\n\n"
      "Venlig hilsen\nAstrid Nørgaard",
      {"interesser": "Støj; Luft; VVM", "grupper": "Netværk for miljøtilsyn", "funktioner": "",
       "erfaring": "6", "tid": "Nogen"}, {},
      note="New member, nothing pre-filled. 'VVM-screeninger' is VVM. Funktioner answered with "
           "'ikke lige nu': recorded as none (the same as the empty sent value)."),

    c("ow78-da-outlook_mac-engelsk-paa-dansk", "outlook_mac", "Lukas Becker",
      "Hi,\nsorry, my Danish is not good enough yet for this. Please take me out of the inspection "
      "network, I go to the PFAS working group instead. Experience is 9 years now. Time: still "
      "some.\nBest regards\nLukas",
      {"grupper": "Arbejdsgruppe om PFAS", "erfaring": "9", "tid": "Nogen"}, S4,
      note="English on the Danish form; recorded in the Danish option spellings."),

    c("ow78-da-iphone-erfaring-otte", "iphone", "Karina Buus", "Erfaring 8 - resten passer",
      {"erfaring": "8"}, K1, unchanged=True),

    c("ow78-da-outlook_android-andet-ferie-aprilmoede", "outlook_android", "Signe Brandt",
      "Andet: Jeg er på ferie 7.-25. april og kan ikke tage referat til aprilmødet – kan nogen "
      "andre tage det?\nEllers uændret\nSigne",
      {"andet": "Jeg er på ferie 7.-25. april og kan ikke tage referat til aprilmødet – kan nogen "
                "andre tage det?"}, S1, unchanged=True, flagged=True,
      note="Labelled Andet, recorded in her words; also an absence from the April meeting and a "
           "question for the chair (who takes the minutes), so flagged. Sekretær is kept: only "
           "this one meeting is missed."),

    c("ow78-da-owa_html-rettet-i-skema-vikar-forlaenget", "owa_html", "Camilla Juhl",
      "Hej, jeg har rettet direkte i skemaet.\nVh Camilla",
      {"grupper": "Netværk for miljøtilsyn", "tid": "Nogen",
       "andet": "Barselsvikar, forlænget til 31. december"}, S2,
      edits=[("set", "[x] Arbejdsgruppe om PFAS", "[ ] Arbejdsgruppe om PFAS"),
             ("set", "[x] Meget", "[ ] Meget"), ("set", "[ ] Nogen", "[x] Nogen"),
             ("set", "Svar: Barselsvikar til juni", "Svar: Barselsvikar, forlænget til 31. december")],
      note="HTML-only reply; crosses moved and the Andet line rewritten inside the quoted form."),

    c("ow78-da-gmail-ptx-spoergsmaal", "gmail", "Mads Overgaard",
      "Hej\n\nEt spørgsmål til skemaet: tæller det som Power-to-X, hvis man kun har lavet én "
      "screening af et anlæg? Jeg har sat et x, men fjern det bare, hvis det er for tyndt.\n\n"
      "Mvh Mads",
      {}, S4, ask=["interesser"],
      edits=[("set", "[ ] Power-to-X", "[x] Power-to-X")],
      note="The Power-to-X cross is made on condition of the chair's answer to his question about "
           "the form; the secretary does not record it but passes question and cross on."),

    c("ow78-da-apple_forward-videresendt-ie-lidt", "apple_forward", "Jette Skovgaard",
      "Hej – fik vist videresendt i stedet for at svare, undskyld. Mine svar: tilføj "
      "IE-direktivet (vi har fået to nye IE-virksomheder i kommunen), og tid er lidt her i "
      "foråret. Ellers det samme.\nJette",
      {"interesser": "PFAS; Støj; IE-direktivet", "tid": "Lidt"}, S1, unchanged=True,
      note="Forwarded instead of replied; 'Ellers det samme' is unchanged."),

    c("ow78-da-thunderbird-interval-i-skema", "thunderbird", "Rikke Friis",
      "Hej\n\nJeg har skrevet erfaring ind i skemaet. Klima fylder meget mere nu, fordi vi er gået "
      "i gang med et stort klimatilpasningsprojekt med forsyningen.\nTid: nogen til meget, det "
      "svinger hen over året.\n\nRikke",
      {}, R1, ask=["erfaring", "tid"],
      edits=[("append", "Svar:", " 5-6 år (alt efter om studiejobbet tæller med)")],
      note="Erfaring typed in the form as a range (asked); tid between two options (asked). Klima "
           "was already ticked, so no change there."),

    c("ow78-da-outlook_html-affald-ud-stoej-ind", "outlook_html", "Maja Krogh",
      "Hej Tovholder\n\nTak for skemaet. Et par ændringer hos mig:\n- Affald er flyttet over til "
      "vores nye affaldsteam, så det skal ud\n- Jeg er begyndt på støjsager (vindmøller og en "
      "motorbane)\n- Høringstovholder vil jeg fortsat gerne være\n\nResten er som før.\n\n"
      + SIG_KOMMUNE,
      {"interesser": "PFAS; Støj", "funktioner": "Høringstovholder"}, S4, unchanged=True,
      note="HTML-only Outlook. Høringstovholder confirmed (same as sent)."),

    c("ow78-da-owa-uden-danske-bogstaver-grundvand", "owa", "Peter Hviid",
      "Hej - sidder paa et hotel i Berlin uden danske bogstaver.\nJeg har faaet grundvand og "
      "boringer i stedet for luft. Tid: lidt, kommuneplanen er i hoering og det tager al tiden.\n"
      "Mvh Peter",
      {"interesser": "Spildevand; Klima", "tid": "Lidt"}, S2, ask=["interesser"],
      note="Luft removed with confidence; 'grundvand og boringer' is no option (Jord? PFAS?), so "
           "that part is passed on. aa/oe spellings."),

    c("ow78-da-outlook-skrevet-i-skema-blaat", "outlook", "Lene Grønbech",
      "Hej\n\nMine svar står med blåt i skemaet.\n\n/Lene",
      {"interesser": "PFAS; Klima", "erfaring": "13"}, S1,
      edits=[("add", "[x] Støj", "<-- ikke mere, Ole har overtaget støj"),
             ("add", "[ ] Klima", "JA, klimatilpasning er mit nye hovedområde"),
             ("add", "Svar: 12", "13")],
      note="Typed lines inside the quoted form: Støj off, Klima on, erfaring 13."),

    c("ow78-da-iphone-afbud-moede", "iphone", "Helle Dahl",
      "Hej. Jeg kan ikke komme til mødet 24. april, vi har tilsynskampagne på landbrug hele ugen. "
      "Kan næstformanden lede mødet? Skemaet er fint som det står.\nMvh Helle",
      {}, S3, unchanged=True, flagged=True,
      note="Absence from the April meeting and a question for the chair; the form is as before."),

    c("ow78-da-android-fire-aar-ie", "android", "Tobias Lind",
      "Hej igen\nErfaring: fire år nu 😊\nLuft og klima passer stadig, men spildvand har jeg ikke "
      "mere. Til gengæld IE-direktivet, jeg har fået to IE-virksomheder.\nVil også gerne prøve "
      "kræfter som sekretær.\nTobias",
      {"interesser": "Luft; Klima; IE-direktivet", "funktioner": "Sekretær", "erfaring": "4"}, S2,
      note="'spildvand' is a typo for Spildevand. Andet (Barselsvikar til juni) not mentioned."),

    c("ow78-da-outlook_mac_html-nyt-job-udmelding", "outlook_mac_html", "Dorte Ravn",
      "Hej\n\nJeg har fået nyt job i Region Eksempel fra 1. maj og melder mig derfor ud af "
      "gruppen. Tak for mange gode år og god vind med arbejdet!\n\nDorte",
      {}, S4, flagged=True,
      note="Leaving the group: for the chair; the secretary does not clear her answers herself."),

    c("ow78-da-thunderbird_bottom-kun-tid-meget", "thunderbird_bottom", "Rasmus Holt",
      "Hej\n\nDet eneste, der har ændret sig, er tiden: meget. PFAS-kortlægningen er kommet godt i "
      "gang, og jeg har fået frikøbt timer til netværket.\n\nHilsen\nRasmus",
      {"tid": "Meget"}, S1, unchanged=True,
      note="'Det eneste, der har ændret sig' says the rest is as before."),

    c("ow78-da-gmail_android-samme-som-birgitte", "gmail_android", "Anne Sofie Brix",
      "Hej\nBirgitte Holm og jeg deler stilling fra 1. marts og har de samme sager, så I kan bare "
      "skrive det samme for mig som for hende.\nAnne Sofie",
      {}, S1, flagged=True,
      note="'Write the same as Birgitte' for the whole form: for the chair, nothing recorded."),

    # --- English form ------------------------------------------------------------------------
    c("ow78-en-outlook-as-before-climate", "outlook", "Rachel Moore",
      "Hi,\n\nAs before, except two things: please add Climate (I'm joining the climate "
      "adaptation team two days a week from April), and I can't take on Chair any more with that "
      "workload.\n\n" + SIG_EN,
      {"interests": "Wastewater; Noise; Climate", "functions": ""}, E1, lang="en", unchanged=True),

    c("ow78-en-thunderbird_bottom-soil-secretary-if", "thunderbird_bottom", "Martin Frost",
      "Hi,\n\nMostly the same as last year. Please add PFAS and Soil - we got a big contaminated "
      "site with PFAS in the groundwater this spring. Time: Some rather than Much, the spring "
      "inspections are eating everything.\n\nI could be secretary if nobody else wants to.\n\n"
      "Best,\nMartin",
      {"interests": "PFAS; Air; Soil; Climate", "time": "Some"}, E2, lang="en", unchanged=True,
      ask=["functions"],
      note="Secretary only if nobody else wants to: a condition on others, passed on."),

    c("ow78-en-iphone-same-as-last-year", "iphone", "Emma Clarke", "Same as last year. Thanks!",
      {}, E2, lang="en", unchanged=True),

    c("ow78-en-owa-little-until-june", "owa", "Oliver Hansen",
      "Hi,\n\nPlease update: experience 22 years, and I've been in the PFAS working group since "
      "January.\nTime: little until June - we're short-staffed while a colleague is on parental "
      "leave - then some again.\n\nThanks\nOliver",
      {"experience": "22", "groups": "Inspection network; PFAS working group"}, E1, lang="en",
      ask=["time"],
      note="Little until June, then Some: two answers for two periods; passed on rather than "
           "picking one (a secretary might record Little)."),

    c("ow78-en-gmail-ticked-in-form-leave", "gmail", "Sarah Jensen", "Done - see below.\nSarah",
      {"interests": "Air; Climate; EIA", "time": "Some", "other": "On leave 1-19 May"}, E2,
      lang="en",
      edits=[("set", "[ ] EIA", "[x] EIA"), ("set", "[x] Much", "[ ] Much"),
             ("set", "[ ] Some", "[x] Some"), ("set", "Answer:", "Answer: On leave 1-19 May",
                                               "6. Other")],
      note="All typed in the quoted form. The leave is written in the Other field, where it "
           "belongs, and names no meeting; recorded, not flagged."),

    c("ow78-en-outlook_ios-danish-on-english", "outlook_ios", "Søren Mikkelsen",
      "Hej – jeg svarer lige på dansk. Tilføj PFAS og Power-to-X (vi har fået to ansøgninger om "
      "PtX-anlæg på havnen). Støj kan fjernes. Resten er det samme.\nMvh Søren",
      {"interests": "PFAS; Wastewater; Power-to-X"}, E1, lang="en", unchanged=True,
      note="Danish on the English form; recorded in the English option spellings."),

    c("ow78-en-outlook_android-secretary-spring-only", "outlook_android", "Ahmed Hassan",
      "Hi, secretary is fine but only for the spring meetings, I'm away from July (moving to "
      "Aarhus). Experience: 6.\nAhmed",
      {"experience": "6"}, A1, lang="en", ask=["functions"],
      note="Secretary limited to the spring meetings and he moves away in July: passed on to the "
           "chair rather than keeping or removing Secretary."),

    c("ow78-en-apple_mail-ptx-lead", "apple_mail", "Ingrid Larsen",
      "Dear all,\n\nApologies for the late reply – spring has been hectic with the air quality "
      "monitoring campaign.\n\nA few updates from me:\n\nI've been asked to lead our "
      "municipality's work on the new Power-to-X plant at the harbour, so please add Power-to-X "
      "to my areas. Because of that I've left the inspection network; my colleague Peter has "
      "taken my seat there.\n\nI'd be happy to act as consultation coordinator, but only for "
      "consultations on Power-to-X and hydrogen.\n\nExperience is now eleven years. Time is still "
      "much, though it will probably drop after the summer.\n\nKind regards\nIngrid\n\n"
      "Ingrid Larsen\nSenior Environmental Officer\nExample Municipality",
      {"interests": "Air; Climate; Power-to-X", "groups": "PFAS working group",
       "experience": "11", "time": "Much"}, E2, lang="en", ask=["functions"],
      note="Consultation coordinator limited to Power-to-X/hydrogen consultations: passed on. "
           "'will probably drop after the summer' does not change the answer now."),
]
