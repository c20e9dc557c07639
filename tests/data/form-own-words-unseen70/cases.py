"""Unseen part 70 of the own-words competence-form replies: informal and untidy writing. By hand,
blind (the parser was not read); people invented, at example.org."""

from common import E1, E2, S1, S2, S3, S4, SIG_EN, SIG_KOMMUNE, SIG_SHORT, c  # noqa: F401

CASES = [
    # --- Danish form -------------------------------------------------------------------------
    c("ow70-da-iphone-lowercase-bindestreger", "iphone", "Jonas Lund",
      "hej\n"
      "- pfas og stoj stadig\n"
      "- har ogsa faet spildevand nu efter omorganiseringen\n"
      "- vil gerne vaere sekretaer igen\n"
      "- 13 aar nu 😅\n"
      "mvh jonas",
      {"interesser": "PFAS; Spildevand; Støj", "funktioner": "Sekretær", "erfaring": "13"},
      sent=S1,
      note="Spildevand added to the sent PFAS/Støj; Sekretær confirmed (same as sent). Nothing "
           "says the rest is as before."),

    c("ow70-da-android-grundvand-smaaboern", "android", "Sofie Dam",
      "Hej. Jeg arbejder mest med jord og grundvand, lidt affald ogsa. Er med i netvaerket for "
      "miljotilsyn. Har 6 ars erfaring. Tid: lidt, har smaborn 🙂\n"
      "Mvh Sofie",
      {"interesser": "Affald; Jord", "grupper": "Netværk for miljøtilsyn", "erfaring": "6",
       "tid": "Lidt"},
      ask=["interesser"],
      note="Grundvand is no option (not obviously Jord or PFAS): recorded Jord and Affald, asked "
           "about grundvand. 'lidt affald' qualifies the subject, the time answer is labelled."),

    c("ow70-da-gmail-stjerneliste-formand-fra", "gmail", "Poul Erik Vestergaard",
      "Hej\n"
      "et par rettelser fra mig:\n"
      "* vil ikke være formand igen, det må en yngre tage 😉 så fjern det\n"
      "* hoeringstovholder fortsaetter jeg gerne med\n"
      "* VVM laver jeg ikke mere, til gengaeld IE direktivet\n"
      "* 21 aar\n"
      "resten er som foer\n"
      "Bh Poul",
      {"funktioner": "Høringstovholder", "interesser": "Affald; Jord; IE-direktivet",
       "erfaring": "21"},
      sent=S3, unchanged=True,
      note="Formand removed, Høringstovholder kept; VVM swapped for IE-direktivet ('IE "
           "direktivet' without hyphen). 'et par rettelser' is no answer."),

    c("ow70-da-outlook-nummereret-kursus", "outlook", "Marianne Holst",
      "Hej tovholder\n\n"
      "Tak for skemaet. Mine svar:\n\n"
      "1. PFAS og affald – som før, men tilføj luft (vi har fået lugtsager og "
      "luftemissioner ind på bordet)\n"
      "2. Netværket for miljøtilsyn, og jeg vil gerne med i PFAS-gruppen\n"
      "3. Høringstovholder må jeg desværre droppe, kan ikke nå det ved siden af "
      "miljøgodkendelserne\n"
      "4. otte år\n"
      "5. nogen\n\n"
      "Jeg er på kursus d. 14. januar og kan ikke deltage i mødet der.\n\n"
      + SIG_KOMMUNE,
      {"interesser": "PFAS; Affald; Luft",
       "grupper": "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS", "funktioner": "",
       "erfaring": "8", "tid": "Nogen"},
      sent=S4, flagged=True,
      note="Numbered answers follow the form's questions. Høringstovholder dropped (the only "
           "sent function, so none left). Absence from the January meeting is for the chair."),

    c("ow70-da-thunderbird-danglish-fast-stilling", "thunderbird", "Line Kragh",
      "Hej,\n"
      "quick update fra mig: mit barselsvikariat er blevet converted til en fast stilling 🎉 så "
      "det i Andet kan bare slettes.\n"
      "Interesser: wastewater, luft og klima as usual + PFAS, vi har fået 2 PFAS-sager\n"
      "Grupper: same same\n"
      "Funktion: could be secretary, hvis ingen andre melder sig\n"
      "Tid: meget\n"
      "Cheers, Line",
      {"andet": "", "interesser": "PFAS; Spildevand; Luft; Klima",
       "grupper": "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS", "tid": "Meget"},
      sent=S2, ask=["funktioner"],
      note="The sent Andet note ('Barselsvikar til juni') is out of date and she asks to delete "
           "it: recorded as emptied. English words mapped (wastewater = Spildevand). Secretary "
           "only if nobody else volunteers is a condition on others: asked."),

    c("ow70-da-outlook-ios-uaendret-tommel", "outlook_ios", "Kim Søndergaard",
      "alt er uændret 👍 /kim",
      {}, sent=S1, unchanged=True),

    c("ow70-da-outlook-android-autokorrektur", "outlook_android", "Amalie Friis",
      "Hej! Jeg er ny i gruppen 🙋‍♀️ Arbejder med spilde vand og klima tilpasning, samt lidt "
      "jord. Erfaring: fire år. Jeg kan godt tage sekretær rollen hvis det er ok. "
      "Tid: nogen-meget afhænger af måneden",
      {"interesser": "Spildevand; Jord; Klima", "erfaring": "4", "funktioner": "Sekretær"},
      ask=["tid"],
      note="Autocorrect split the compounds ('spilde vand', 'klima tilpasning'); clearly "
           "Spildevand and Klima. Time 'nogen-meget' is a range: asked."),

    c("ow70-da-apple-mail-krydser-i-skemaet", "apple_mail", "Ida Mølgaard",
      "Hej – har sat kryds nedenunder. Mvh Ida",
      {"interesser": "PFAS; Jord", "grupper": "Netværk for miljøtilsyn", "erfaring": "2",
       "tid": "Lidt", "andet": "er på deltid (30 t/uge)"},
      edits=[("set", "[ ] PFAS", "[x] PFAS"), ("set", "[ ] Jord", "[x ] Jord"),
             ("set", "[ ] Netværk for miljøtilsyn", "[X] Netværk for miljøtilsyn"),
             ("set", "Svar:", "Svar: 2", "4. Erfaring"), ("set", "[ ] Lidt", "[x] Lidt"),
             ("set", "Svar:", "Svar: er på deltid (30 t/uge)", "6. Andet")],
      note="A new member crossing in the quoted form; '[x ]' and '[X]' are crosses too."),

    c("ow70-da-iphone-jysk", "iphone", "Bent Kjær",
      "Hej do\n"
      "Æ er stadig på affald å jord. VVM ka I godt slet, det har a ikk rørt i år. Formand å "
      "høringstovholder – jo jo, det ta'r a gjen 😄\n"
      "Tid: lidt, som altid\n"
      "Hilsen Bent",
      {"interesser": "Affald; Jord", "funktioner": "Formand; Høringstovholder", "tid": "Lidt"},
      sent=S3,
      note="West Jutland dialect: 'å' = og, 'a'/'æ' = jeg, 'ta'r a gjen' = tager jeg igen. VVM "
           "removed, both functions confirmed. Experience not mentioned."),

    c("ow70-da-gmail-prikker-flueben", "gmail", "Mia Laursen",
      "Hej Tovholder!\n"
      "• Spildevand ✔️\n"
      "• Luft ✖️ (har ikke luftsager mere)\n"
      "• Klima ✔️\n"
      "• Grupper: kun netværket for miljøtilsyn nu - er PFAS-gruppen ikke nedlagt?\n"
      "• Andet: barselsvikariatet er forlænget til december 2027\n"
      "Ellers det samme 🙂\n"
      "Hilsen Mia",
      {"interesser": "Spildevand; Klima", "grupper": "Netværk for miljøtilsyn",
       "andet": "barselsvikariatet er forlænget til december 2027"},
      sent=S2, unchanged=True, flagged=True,
      note="Luft removed by the cross emoji and the reason. The question whether the PFAS group "
           "has been closed is for the chair. Andet is labelled and replaces the sent note."),

    c("ow70-da-outlook-prefix-tolv-aar", "outlook_prefix", "Hanne Kjærgaard",
      "Hej igen\n"
      "Jeg har nu tolv år på bagen i faget – det med de 8 var en fejl, jeg havde glemt årene i "
      "Vejle.\n"
      "Resten passer.\n"
      "Venlig hilsen\n"
      "Hanne Kjærgaard",
      {"erfaring": "12"}, sent=S4, unchanged=True,
      note="Two numbers, but the 8 is the old value she corrects; twelve is her answer."),

    c("ow70-da-android-stopper-i-kommunen", "android", "Trine Bæk",
      "hej. jeg er stoppet i kommunen pr 1/1 og starter i et radgivningsfirma, sa I ma tage mig "
      "af listen. tak for mange gode ar!! 🙏\n"
      "/ trine",
      {}, sent=S1, flagged=True,
      note="Leaving the group (new job outside the municipality): for the chair, nothing to "
           "record on the form."),

    c("ow70-da-owa-html-rettet-i-skemaet", "owa_html", "Mads Overgaard",
      "Hej, har rettet direkte i skemaet nedenfor\n/Mads",
      {"interesser": "PFAS; Spildevand; Klima", "erfaring": "4", "andet": "fastansat fra 1/1"},
      sent=S2,
      edits=[("set", "[x] Luft", "[ ] Luft"), ("set", "[ ] PFAS", "[x] PFAS"),
             ("set", "Svar: 3", "Svar: 4 år"),
             ("set", "Svar: Barselsvikar til juni", "Svar: fastansat fra 1/1")],
      note="Edits in the quoted HTML form: Luft unticked, PFAS ticked, experience and the Andet "
           "answer retyped."),

    c("ow70-da-gmail-android-ny-danglish", "gmail_android", "Oliver Skov",
      "hey! ny her, so sorry for late reply\n"
      "arbejder med noise og luft primært, some PFAS\n"
      "erfaring: 2 år\n"
      "tid: depends lol, siger nogen\n"
      "kan ikke være formand men sekretær måske?\n"
      "/Oliver",
      {"interesser": "PFAS; Støj; Luft", "erfaring": "2", "tid": "Nogen"},
      ask=["funktioner"],
      note="English subject words on the Danish form mapped (noise = Støj). 'sekretær måske?' "
           "is a hedge with a question mark, not a yes: asked rather than recorded."),

    c("ow70-da-apple-forward-ptx-havn", "apple_forward", "Jytte Brandt",
      "Hej, jeg kunne ikke svare på den oprindelige (den lå i en anden mappe), så jeg "
      "videresender den bare\n"
      "- affald, jord og vvm: stadig ja\n"
      "- power-to-x er kommet til, vi har fået et PtX-anlæg ved havnen\n"
      "- formand og høringstovholder: begge ok stadig\n"
      "- erfaring 22 år\n"
      "- tid: lidt\n"
      "Mvh Jytte",
      {"interesser": "Affald; Jord; VVM; Power-to-X", "funktioner": "Formand; Høringstovholder",
       "erfaring": "22", "tid": "Lidt"},
      sent=S3,
      note="Forwarded instead of replied; the explanation about the folder is nothing for the "
           "chair. All questions answered, so no 'unchanged' needed."),

    c("ow70-da-outlook-mac-yo-vindmoelle", "outlook_mac", "Kasper Nørgaard",
      "Yo 😎\n"
      "Resten kører som det plejer, bare smid støj på listen – vi har fået en vindmøllesag der "
      "æder al min tid. Så tid = meget for tiden haha\n"
      "/Kasper",
      {"interesser": "PFAS; Affald; Støj", "tid": "Meget"},
      sent=S4, unchanged=True,
      note="'Resten kører som det plejer' = the rest is as before."),

    c("ow70-da-outlook-html-efter-jul", "outlook_html", "Lene Thygesen",
      "Tak for mailen – kigger på det efter jul 🎄\n\n" + SIG_SHORT,
      {}, sent=S1,
      note="Nothing about the form yet: not recorded, not flagged."),

    c("ow70-da-thunderbird-timer-om-ugen", "thunderbird", "Kirsten Agerskov",
      "Hej\n"
      "Jeg hedder Kirsten og er ny miljøsagsbehandler i Eksempel Kommune (startede 1. november).\n"
      "Fagområder: industri (IE-virksomheder), spildevand og lidt støj\n"
      "Erfaring: jeg har 5 år fra Miljøstyrelsen inden\n"
      "Tid: jeg har fået ca. 2 timer om ugen til netværket\n"
      "Funktioner: ingen lige nu, jeg skal lige lande\n"
      "Mvh Kirsten",
      {"interesser": "Spildevand; Støj; IE-direktivet", "erfaring": "5", "funktioner": ""},
      ask=["tid"],
      note="'industri (IE-virksomheder)' read as IE-direktivet: the IE companies are the ones "
           "under the directive. Two hours a week is no option of Lidt/Nogen/Meget: asked."),

    c("ow70-da-iphone-rettet-tid-i-skema", "iphone", "Nanna Bech",
      "har rettet tiden, resten er ok 👍\nmvh Nanna",
      {"tid": "Lidt"}, sent=S2, unchanged=True,
      edits=[("set", "[x] Meget", "[ ] Meget"), ("set", "[ ] Lidt", "[x] Lidt")]),

    c("ow70-da-gmail-spoergsmaal-hoeringstovholder", "gmail", "Birgitte Lauridsen",
      "Hej Else\n\n"
      "Et spørgsmål først: hvad indebærer høringstovholder egentlig i praksis, og hvor mange "
      "timer tager det ca. på et år? Hvis det er meget, vil jeg helst af med det.\n\n"
      "Ellers er alt det samme, dog 9 års erfaring nu (ikke 8).\n\n"
      "/Birgitte",
      {"erfaring": "9"}, sent=S4, unchanged=True, ask=["funktioner"],
      note="Keeping Høringstovholder depends on the chair's answer about the workload: asked."),

    c("ow70-da-outlook-android-barsel", "outlook_android", "Camilla Juhl",
      "Hej, jeg går på barsel fra februar til november 👶 så sæt tid til lidt. Kan ikke være "
      "sekretær i den periode. Ellers som før. Knus Camilla",
      {"tid": "Lidt"}, sent=S1, unchanged=True, ask=["funktioner"],
      note="Secretary is off only for the leave period (most of 2027), not for good: a "
           "secretary would not simply remove it, so asked. The leave itself is for the chair."),

    c("ow70-da-owa-parenteser-deler-stilling", "owa", "Louise Bach",
      "Hej\n"
      "1) Jord, affald og PFAS\n"
      "2) ingen endnu\n"
      "3) høringstovholder evt. sekretær\n"
      "4) 7\n"
      "5) Nogen\n"
      "6) Jeg deler stilling med Anders Holm, vi kan evt. dele opgaverne\n"
      "Mvh\n"
      "Louise Bach",
      {"interesser": "PFAS; Affald; Jord", "grupper": "", "funktioner": "Høringstovholder",
       "erfaring": "7", "tid": "Nogen",
       "andet": "Jeg deler stilling med Anders Holm, vi kan evt. dele opgaverne"},
      ask=["funktioner"],
      note="Numbered 1)-6) like the form, so 6) is the Andet answer. Høringstovholder recorded; "
           "'evt. sekretær' is a maybe: asked."),

    c("ow70-da-outlook-mac-html-initialer-i-skema", "outlook_mac_html", "Frede Thomsen",
      "Se mine rettelser i skemaet.\n\nHilsen Frede Thomsen",
      {"interesser": "Affald; Jord; Klima; VVM", "tid": "Meget"},
      sent=S3,
      edits=[("add", "1. Interesser", "FT: + klima (skybrud fylder meget hos os)"),
             ("set", "[x] Lidt", "[ ] Lidt"), ("set", "[ ] Meget", "[X] Meget")],
      note="Typed line with initials inside the quoted form adds Klima; 'fylder meget' is about "
           "cloudbursts, the time answer is the moved cross."),

    c("ow70-da-outlook-ios-emoji-svar", "outlook_ios", "Emma Kristiansen",
      "PFAS ✅ spildevand ✅ støj ❌\n"
      "netværk for miljøtilsyn ✅\n"
      "formand nej tak 🙈\n"
      "erfaring 3 år\n"
      "tid: lidt 🤏\n"
      "/emma",
      {"interesser": "PFAS; Spildevand", "grupper": "Netværk for miljøtilsyn", "funktioner": "",
       "erfaring": "3", "tid": "Lidt"},
      note="Ticks and crosses as emoji. She declines Formand and names no other function, so the "
           "set is empty."),

    c("ow70-da-gmail-android-svar-inde-i-mailen", "gmail_android", "Søren Dalsgaard",
      "svarer inde i mailen 👇",
      {"grupper": "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS", "erfaring": "14",
       "tid": "Nogen"},
      sent=S1,
      edits=[("add", "2. Grupper", "ogsaa netvaerket for miljoetilsyn nu"),
             ("add", "4. Erfaring", "14 nu, ikke 12"),
             ("add", "5. Tid", "stadig nogen, lidt mindre i foraaret pga efteruddannelse")],
      note="Typed lines inside the quote. 'stadig nogen' is the answer; 'lidt mindre' is the "
           "reason's qualifier, not the option."),

    # --- English form ------------------------------------------------------------------------
    c("ow70-en-gmail-android-sent-from-phone", "gmail_android", "Tom Becker",
      "hi, all the same except time - much less this spring, put me on little. thx\n"
      "tom\n"
      "(sent from phone sry for typos)",
      {"time": "Little"}, sent=E1, lang="en", unchanged=True),

    c("ow70-en-outlook-dansk-parentes", "outlook", "Rasmus Høj",
      "Hi\n\n"
      "Air and climate still. Also noise now (vi har overtaget støjsagerne fra Teknik og "
      "Miljø).\n"
      "I'm leaving the PFAS working group, simply too busy.\n"
      "Experience: 11 years\n"
      "Time: still much\n\n" + SIG_EN,
      {"interests": "Noise; Air; Climate", "groups": "Inspection network", "experience": "11",
       "time": "Much"},
      sent=E2, lang="en",
      note="Danish aside in brackets is only the reason for adding Noise."),

    c("ow70-en-outlook-android-exept", "outlook_android", "Sarah Quinn",
      "same as last yr, exept experience is 21 now. cheers",
      {"experience": "21"}, sent=E1, lang="en", unchanged=True),

    c("ow70-en-thunderbird-bottom-nummereret", "thunderbird_bottom", "Ahmed Yousef",
      "Hi,\n\n"
      "my updates:\n"
      "1) interests - air, climate, plus power-to-x (we have two PtX plants in the pipeline)\n"
      "2) groups - unchanged\n"
      "3) functions - I could be consultation coordinator\n"
      "4) 10\n"
      "5) much -> some, new boss wants me on other stuff\n\n"
      "Best\n"
      "Ahmed",
      {"interests": "Air; Climate; Power-to-X",
       "groups": "Inspection network; PFAS working group",
       "functions": "Consultation coordinator", "experience": "10", "time": "Some"},
      sent=E2, lang="en",
      note="Every question answered in order; 'groups - unchanged' keeps the sent set (it is "
           "not the 'rest as before' of the whole form). 'much -> some' changes time to Some."),

    c("ow70-en-owa-stjerner", "owa", "Grace Mensah",
      "Hello,\n"
      "updates below:\n"
      "* remove noise, that went to a colleague\n"
      "* add soil + waste\n"
      "* chair: yes, happy to continue\n"
      "* time: some\n"
      "Thanks\n"
      "Grace",
      {"interests": "Wastewater; Waste; Soil", "functions": "Chair", "time": "Some"},
      sent=E1, lang="en"),

    c("ow70-en-apple-mail-dansk-paa-engelsk", "apple_mail", "Jesper Aagaard",
      "Hej, jeg svarer lige på dansk 🙂 Luft og klima stadig, men jeg er ude af PFAS-gruppen. "
      "Erfaring 11 år. Tid: meget.\n"
      "Vh Jesper",
      {"interests": "Air; Climate", "groups": "Inspection network", "experience": "11",
       "time": "Much"},
      sent=E2, lang="en",
      note="Danish on the English form; recorded in the English form's option spellings."),

    c("ow70-en-android-exp-20-plus", "android", "Finn Gregersen",
      "Hi!!\n"
      "wastewater yes, noise no more\n"
      "+ IED\n"
      "chair: no. secretary: ok\n"
      "exp 20+\n"
      "time little\n"
      "/Finn",
      {"interests": "Wastewater; IED", "functions": "Secretary", "time": "Little"},
      sent=E1, lang="en", ask=["experience"],
      note="'20+' is not a number of years one can record (the sent value was 20): asked."),

    c("ow70-en-gmail-ny-tysk-kollega", "gmail", "Katrin Vogel",
      "Hi everyone,\n"
      "Im new in the group, started in the municipality in Sept. I work mostly with wastewater "
      "and climat adaptation, some EIA. I have 15 yeras experiance (incl. my time in Germany). "
      "I could help as secretery. Time: some, mabye much later in the year.\n"
      "Will I get the minutes from the last meeting?\n"
      "Best regards, Katrin",
      {"interests": "Wastewater; Climate; EIA", "experience": "15", "functions": "Secretary",
       "time": "Some"},
      lang="en", flagged=True,
      note="Typos read as meant (climat adaptation = Climate). Time is Some now; 'maybe much "
           "later' is a future possibility, not her answer. The question about the minutes is "
           "for the chair."),

    c("ow70-en-outlook-prefix-retiring", "outlook_prefix", "Jane Whitfield",
      "As before, except I'm retiring at the end of May 🎉 so time: little, and please take me "
      "off the PFAS working group now.\n"
      "Thanks for everything!\n"
      "Jane",
      {"groups": "Inspection network", "time": "Little"},
      sent=E2, lang="en", unchanged=True, flagged=True,
      note="Retiring in May means leaving the group: for the chair."),
]
