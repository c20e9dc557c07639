"""Unseen part 58 of the own-words form replies: new members (nothing pre-filled) mixed with
long-standing ones; English on the Danish form, Danish on the English one, both in one mail;
one long paragraph, numbered lists 1-6, "Label: answer" lines with the member's own labels.
Written blind, by hand. People invented, at example.org."""

from common import E1, E2, S1, S2, S3, S4, SIG_EN, SIG_KOMMUNE, SIG_SHORT, c

NEW: dict = {}

CASES = [
    # --- Danish form -------------------------------------------------------------------------
    c("ow58-da-outlook-ny-nummereret-liste", "outlook", "Camilla Frost",
      "Hej\n\nTak for velkomsten på mødet i november. Her er mine svar:\n\n"
      "1. PFAS, jord og VVM\n2. Ingen endnu\n3. Sekretær kunne jeg godt tage\n4. 6\n5. Nogen\n"
      "6. Jeg deler stilling med Bente Lund i jordteamet, så vi skiftes til at komme til møderne\n\n"
      + SIG_KOMMUNE,
      {"interesser": "PFAS; Jord; VVM", "grupper": "", "funktioner": "Sekretær", "erfaring": "6",
       "tid": "Nogen",
       "andet": "Jeg deler stilling med Bente Lund i jordteamet, så vi skiftes til at komme til "
                "møderne"},
      sent=NEW,
      note="New member; numbered 1-6 follows the form's questions. '2. Ingen endnu' is an answer "
           "(no groups), recorded as empty. Item 6 is the answer to Andet and recorded as "
           "written; the shared post is information, not a request to the chair."),

    c("ow58-da-gmail-ny-et-langt-afsnit", "gmail", "Kasper Holm Nielsen",
      "Hej tovholder. Tak for velkomsten, jeg er lige startet som miljøsagsbehandler her i "
      "kommunen efter otte års erfaring fra et rådgivningsfirma, hvor jeg mest lavede spildevand "
      "og lidt klimatilpasning, og det er også det jeg sidder med nu, plus støjsager fra "
      "virksomheder, så sæt mig gerne på spildevand, klima og støj, og jeg vil gerne være med i "
      "netværket for miljøtilsyn men ikke PFAS-gruppen, det er ikke lige mit felt, og tid har jeg "
      "faktisk en del af her i starten, så skriv bare meget. Mvh Kasper",
      {"interesser": "Spildevand; Støj; Klima", "grupper": "Netværk for miljøtilsyn",
       "erfaring": "8", "tid": "Meget"},
      sent=NEW,
      note="New member, everything in one paragraph. 'otte års erfaring' from a consultancy in the "
           "same field is his experience: 8. Nothing said about functions."),

    c("ow58-da-thunderbird-egne-etiketter-pension", "thunderbird", "Poul Erik Vestergaard",
      "Hej igen\n\nEmner: affald, jord, VVM - og nu også IE-direktivet\nNetværk: stadig ingen\n"
      "Roller: høringstovholder. Formandsposten vil jeg gerne give videre.\n"
      "Antal år: enogtyve\nTidsforbrug: lidt\n"
      "Øvrigt: jeg går på pension til sommer, så I må gerne begynde at finde en afløser som "
      "høringstovholder\n\nPoul Erik",
      {"interesser": "Affald; Jord; VVM; IE-direktivet", "grupper": "",
       "funktioner": "Høringstovholder", "erfaring": "21", "tid": "Lidt",
       "andet": "jeg går på pension til sommer, så I må gerne begynde at finde en afløser som "
                "høringstovholder"},
      sent=S3, flagged=True,
      note="Own label words, one per question in form order; 'Øvrigt:' stands where Andet is and "
           "is recorded as Andet. Formand removed. 'Netværk: stadig ingen' confirms the empty "
           "set. Retiring next summer and asking for a successor is for the chair: flagged."),

    c("ow58-da-outlook-ios-ny-engelsk-paa-dansk", "outlook_ios", "Lukas Becker",
      "Hi,\nSorry, my Danish is not good enough yet, so I answer in English.\n"
      "I work with air quality and noise from industry, and a bit with IED permits.\n"
      "I would like to join the inspection network.\nI can't take on a function this year.\n"
      "Experience: 4 years (2 in Germany, 2 here)\nTime: some, maybe more after the spring\nLukas",
      {"interesser": "Støj; Luft; IE-direktivet", "grupper": "Netværk for miljøtilsyn",
       "funktioner": "", "erfaring": "4", "tid": "Nogen"},
      sent=NEW,
      note="New member writing English on the Danish form; recorded in the Danish form's options. "
           "'can't take on a function this year' = none. 4 years is the total he gives; the two "
           "2s are its parts."),

    c("ow58-da-iphone-som-sidst-erfaring", "iphone", "Tine Bach",
      "Samme som sidst – bare ret erfaring til 13 👍",
      {"erfaring": "13"}, sent=S1, unchanged=True),

    c("ow58-da-outlook-prefix-dansk-engelsk-blandet", "outlook_prefix", "Rasmus Kjærgaard",
      "Hej\nQuick update fra mig: affald er røget over til en ny kollega, so please remove it. "
      "Til gengæld har vi fået to Power-to-X projekter i kommunen, add that one.\n"
      "Resten same as before.\n/Rasmus",
      {"interesser": "PFAS; Power-to-X"}, sent=S4, unchanged=True,
      note="Danish and English mixed in one mail; 'Resten same as before' = the rest unchanged."),

    c("ow58-da-owa-egne-etiketter-timer", "owa", "Sofie Lindberg",
      "Hej\n\nHer er mine rettelser:\n\nFaglige områder: PFAS, støj og nu også luft\n"
      "Arbejdsgrupper: PFAS + netværket for miljøtilsyn\n"
      "Opgaver: sekretær, evt. også høringstovholder hvis der mangler en\n"
      "Anciennitet: 13 år\nTid: 2 timer om ugen\n\nMvh Sofie",
      {"interesser": "PFAS; Støj; Luft",
       "grupper": "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS",
       "funktioner": "Høringstovholder; Sekretær", "erfaring": "13"},
      sent=S1, ask=["tid"],
      note="Own labels. 'høringstovholder hvis der mangler en' is an offer if needed, recorded. "
           "'2 timer om ugen' is no option (Lidt? Nogen?): asked."),

    c("ow58-da-apple-mail-et-afsnit-fastansat", "apple_mail", "Mette Damgaard",
      "Hej, Mette her. Kort fortalt: barselsvikariatet er blevet til en fast stilling, så det der "
      "står under andet kan bare slettes, jeg bliver i begge netværk, men jeg har fået flere sager "
      "og har ikke længere så meget tid, så sæt mig til nogen, og så har jeg overtaget støjsagerne "
      "efter en kollega, så støj skal på og luft kan komme af, og erfaringen er nu 4 år.\n\n"
      "Skrevet i en fart, undskyld stavefejl",
      {"interesser": "Spildevand; Støj; Klima",
       "grupper": "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS", "erfaring": "4",
       "tid": "Nogen", "andet": ""},
      sent=S2,
      note="One paragraph. She asks to delete the Andet text: recorded as empty. 'bliver i begge "
           "netværk' confirms the groups."),

    c("ow58-da-gmail-android-ny-krydser", "gmail_android", "Nanna Præstholm",
      "Har sat kryds i skemaet, håber det er rigtigt 🙂",
      {"interesser": "PFAS; Affald", "grupper": "Netværk for miljøtilsyn", "erfaring": "1",
       "tid": "Lidt", "andet": "Jeg er på deltid, 30 timer om ugen"},
      sent=NEW,
      edits=[("set", "[ ] PFAS", "[x] PFAS"), ("set", "[ ] Affald", "[x] Affald"),
             ("set", "[ ] Netværk for miljøtilsyn", "[x] Netværk for miljøtilsyn"),
             ("set", "Svar:", "Svar: 1", "4. Erfaring"), ("set", "[ ] Lidt", "[x] Lidt"),
             ("set", "Svar:", "Svar: Jeg er på deltid, 30 timer om ugen", "6. Andet")],
      note="New member ticking the empty form in the quote."),

    c("ow58-da-outlook-mac-nummer-uden-ae-oe-aa", "outlook_mac", "Erik Aagaard",
      "Hej, kun et par rettelser:\n1) + klima\n"
      "3) ikke hoeringstovholder mere, formand fortsaetter jeg gerne som\n"
      "5) meget - er gaaet ned i tid i driften, saa jeg har bedre tid nu\nmvh Erik",
      {"interesser": "Affald; Jord; Klima; VVM", "funktioner": "Formand", "tid": "Meget"},
      sent=S3,
      note="Numbers refer to the form's questions; only the changed ones given. ae/oe/aa "
           "spellings. No 'rest unchanged' said, so not unchanged."),

    c("ow58-da-android-modtaget-kursus", "android", "Lone Skov",
      "Modtaget 👍 Jeg svarer når jeg er tilbage fra kursus på torsdag.",
      {}, sent=S2,
      note="Nothing about the form; the course is no absence from a group meeting."),

    c("ow58-da-thunderbird-bottom-ny-afsnit-aarstal", "thunderbird_bottom", "Ahmad Nasser",
      "Hej\n\nMit navn er Ahmad, og jeg er startet i miljøtilsynet i Eksempel Kommune pr. 1. "
      "november. Jeg laver virksomhedstilsyn, mest med støj og luft og en gang imellem jord. Jeg "
      "har arbejdet med miljø siden 2014. Det første halve år har jeg ikke så meget tid, da jeg "
      "skal sættes ind i det hele.\n\nJeg kan desværre ikke deltage i mødet den 14. januar, da jeg "
      "er på kursus.\n\nVenlig hilsen\nAhmad Nasser",
      {"interesser": "Støj; Luft; Jord", "tid": "Lidt"},
      sent=NEW, ask=["erfaring"],
      note="New member, bottom-posted. 'siden 2014' is a year, not a number of years: asked. "
           "'ikke så meget tid' = Lidt. Absent from the 14 January meeting: for the chair too."),

    c("ow58-da-owa-html-engelsk-tilbage-fra-orlov", "owa_html", "Karen Hvid",
      "Hi,\nI'm back from leave since November. Please add soil and remove noise – noise is "
      "handled by our new colleague now. I can still be secretary. Time: much, for now.\n"
      "Rest unchanged.\nKaren",
      {"interesser": "PFAS; Jord", "funktioner": "Sekretær", "tid": "Meget"},
      sent=S1, unchanged=True,
      note="English on the Danish form; recorded in Danish options."),

    c("ow58-da-outlook-android-ny-kommaliste-interval", "outlook_android", "Jonas Brix",
      "PFAS og spildevand, netværk for miljøtilsyn, 3-4 år, lidt tid. Jonas",
      {"interesser": "PFAS; Spildevand", "grupper": "Netværk for miljøtilsyn", "tid": "Lidt"},
      sent=NEW, ask=["erfaring"],
      note="New member, all in one line from the phone. '3-4 år' is a range: asked."),

    c("ow58-da-apple-forward-spoerger-hoeringstovholder", "apple_forward", "Helle Fog",
      "Videresender lige, svar-knappen drillede på telefonen.\n"
      "Jeg er meldt ud af netværket for miljøtilsyn fra 1. januar.\n"
      "Og et spørgsmål: hvad indebærer høringstovholder egentlig? Skal man selv skrive "
      "høringssvarene? Så kan jeg bedre svare på nr. 3.",
      {"grupper": ""}, sent=S4, flagged=True,
      note="Leaves the network (from 1 January; recorded now, the round is for 2027). The question "
           "about what the function means is for the chair: flagged; funktioner not answered, so "
           "neither recorded nor asked."),

    c("ow58-da-gmail-nummereret-dansk-engelsk", "gmail", "Anders Juul",
      "Hi / hej,\n1. Spildevand, luft, klima - same\n"
      "2. Only netværket now, I left the PFAS group in the summer\n3. Nothing this year\n4. 4\n"
      "5. Meget\n6. -\nAnders",
      {"interesser": "Spildevand; Luft; Klima", "grupper": "Netværk for miljøtilsyn",
       "funktioner": "", "erfaring": "4", "tid": "Meget"},
      sent=S2,
      note="Numbered 1-6 in a mix of English and Danish. '6. -' says nothing: Andet keeps "
           "its text (not recorded). Answers equal to the sent value are still recorded as "
           "answered."),

    c("ow58-da-outlook-html-ny-grundvand-dag-om-maaneden", "outlook_html", "Birthe Søgaard",
      "Kære tovholder\n\nTak for mailen og for velkomsten på sidste møde.\n\n"
      "Jeg arbejder primært med grundvandsbeskyttelse og drikkevand, og derudover med "
      "PFAS-sagerne omkring den gamle brandøvelsesplads i kommunen.\n\n"
      "Jeg vil meget gerne være med i arbejdsgruppen om PFAS.\n\n"
      "Jeg har 17 års erfaring, heraf de seneste 5 her i kommunen.\n\n"
      "Tid: Jeg regner med at kunne bruge omkring en dag om måneden på gruppen.\n\n"
      "Funktioner må vente, til jeg har fundet mig til rette.\n\n" + SIG_KOMMUNE,
      {"interesser": "PFAS", "grupper": "Arbejdsgruppe om PFAS", "erfaring": "17",
       "funktioner": ""},
      sent=NEW, ask=["interesser", "tid"],
      note="New member. Groundwater protection and drinking water are no option: PFAS recorded, "
           "the rest asked. 17 is the total, 5 a part. 'en dag om måneden' is no option: asked. "
           "'Funktioner må vente' = none for now, recorded as empty."),

    c("ow58-da-iphone-ny-smaa-bogstaver", "iphone", "Mads Østergaard",
      "hej, ny her 🙂\naffald og jord\nintet netværk endnu\nkan godt tage høringstovholder\n"
      "tolv år\nmeget",
      {"interesser": "Affald; Jord", "grupper": "", "funktioner": "Høringstovholder",
       "erfaring": "12", "tid": "Meget"},
      sent=NEW,
      note="New member; one line per question in form order, no labels. 'intet netværk endnu' "
           "= no groups."),

    c("ow58-da-thunderbird-rettet-i-skemaet", "thunderbird", "Line Kragh",
      "Hej\nJeg har rettet direkte i skemaet nedenfor.\nLine",
      {"interesser": "Spildevand; Jord; Klima",
       "andet": "Vikar til december 2027, derefter uvist"},
      sent=S2, ask=["funktioner"],
      edits=[("set", "[x] Luft", "[ ] Luft"), ("set", "[ ] Jord", "[x] Jord"),
             ("add", "3. Funktioner", "Sekretær, hvis vi skiftes"),
             ("set", "Svar: Barselsvikar til juni",
              "Svar: Vikar til december 2027, derefter uvist")],
      note="Edits in the quoted form. 'Sekretær, hvis vi skiftes' depends on the group agreeing "
           "to a rota: asked rather than recorded."),

    c("ow58-da-outlook-teamleder-et-afsnit", "outlook", "Pernille Thorsen",
      "Hej\n\nJeg er blevet teamleder, så tiden bliver mindre – sæt mig på lidt. "
      "Høringstovholder vil jeg fortsat gerne være, men helst kun på høringer om affald. PFAS og "
      "affald er stadig mine områder, og så er jeg også kommet med i PFAS-arbejdsgruppen.\n\n"
      + SIG_SHORT,
      {"interesser": "PFAS; Affald", "grupper": "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS",
       "funktioner": "Høringstovholder", "tid": "Lidt"},
      sent=S4,
      note="'helst kun på høringer om affald' is a preference about her own role, recorded as "
           "Høringstovholder (the chair reads the mail anyway). 'også kommet med' adds the PFAS "
           "group."),

    c("ow58-da-owa-ny-skriv-som-kollega", "owa", "Ida Klitgaard",
      "Hej\nJeg er ny i gruppen og sidder på samme team som Birgitte Holm – vi laver præcis det "
      "samme, så skriv bare det samme som hende. Bortset fra erfaringen, jeg har kun 2 år.\nIda",
      {"erfaring": "2"}, sent=NEW, flagged=True,
      note="New member. 'skriv det samme som Birgitte' is for the chair (flagged); only her own "
           "number is recorded."),

    c("ow58-da-outlook-ios-foraeldreorlov", "outlook_ios", "Jesper Mørk",
      "Hej. Jeg er på forældreorlov fra januar til og med april, så sæt min tid til lidt og tag "
      "mig af som sekretær indtil videre. Resten som før.",
      {"funktioner": "", "tid": "Lidt"}, sent=S1, unchanged=True, flagged=True,
      note="Away January-April: absent from meetings and the secretary post needs cover, so "
           "flagged for the chair besides recording."),

    c("ow58-da-apple-mail-ny-svensk-blandet", "apple_mail", "Elin Johansson",
      "Hej!\nI'm new in the environment team (from Sweden, still learning Danish 😅)\n"
      "Fagområder: Power-to-X og VVM\nNetwork: nej, ikke endnu\nErfaring: 6 years\n"
      "Tid: Nogen, I think\nHilsen Elin",
      {"interesser": "VVM; Power-to-X", "grupper": "", "erfaring": "6", "tid": "Nogen"},
      sent=NEW,
      note="New member mixing English and Danish, label lines in both languages."),

    c("ow58-da-outlook-mac-html-intet-nyt", "outlook_mac_html", "Hanne Bruun",
      "Hej\n\nIntet nyt fra min side – det hele står som sidste år.\n\n"
      "God jul, når vi når så langt!\nHanne",
      {}, sent=S4, unchanged=True),

    # --- English form ------------------------------------------------------------------------
    c("ow58-en-gmail-dansk-paa-engelsk", "gmail", "Søren Ravn",
      "Hej, jeg svarer lige på dansk. Luft og klima som før, men tilføj jord. Jeg er gået ud af "
      "PFAS-gruppen igen, så kun tilsynsnetværket nu. Har ca. 12 års erfaring. Ellers uændret.\n"
      "Søren",
      {"interests": "Air; Soil; Climate", "groups": "Inspection network", "experience": "12"},
      sent=E2, lang="en", unchanged=True,
      note="Danish on the English form; recorded in the English options. 'ca. 12' recorded as "
           "12 (years of experience are approximate anyway)."),

    c("ow58-en-outlook-new-numbered", "outlook", "Marta Kowalska",
      "Hello,\n\nThank you for the welcome. My answers:\n1. Wastewater and soil\n"
      "2. PFAS working group\n3. Consultation coordinator, happy to try\n4. seven\n5. Little\n"
      "6. I work 4 days a week (not Fridays)\n\n" + SIG_EN,
      {"interests": "Wastewater; Soil", "groups": "PFAS working group",
       "functions": "Consultation coordinator", "experience": "7", "time": "Little",
       "other": "I work 4 days a week (not Fridays)"},
      sent=NEW, lang="en",
      note="New member, numbered 1-6 in form order; item 6 is the answer to Other."),

    c("ow58-en-owa-one-paragraph-chair-last-year", "owa", "Niels Bech",
      "Hello, still happy to chair for one more year, but after that I'd really like someone "
      "else to take over, so perhaps start looking. I've picked up the EIA cases this year "
      "alongside wastewater, and noise has gone to a younger colleague. Experience you can bump "
      "to 21. Time is the same as before.\nNiels",
      {"interests": "Wastewater; EIA", "functions": "Chair", "experience": "21", "time": "Some"},
      sent=E1, lang="en", flagged=True,
      note="One paragraph. Chair recorded (for one more year); the wish for a successor is for "
           "the chair/group: flagged. 'Time is the same' confirms Some; not an overall 'rest "
           "unchanged'."),

    c("ow58-en-iphone-dash-labels", "iphone", "Freja Lund",
      "Topics - air, climate and IED now\nNetworks - only the PFAS one these days\n"
      "Roles - none, sorry\nYears - 11\nCapacity - less than before, put little\nFreja",
      {"interests": "Air; Climate; IED", "groups": "PFAS working group", "functions": "",
       "experience": "11", "time": "Little"},
      sent=E2, lang="en",
      note="Own label words with dashes, one per question."),

    c("ow58-en-gmail-android-mixed-languages", "gmail_android", "Thomas Winther",
      "Hi – kort opdatering: air og climate stays, plus støj nu, vi har overtaget "
      "virksomhedsstøjen fra nabokommunen. Time: mindre end før, say some. Experience still 10.\n"
      "Thomas",
      {"interests": "Noise; Air; Climate", "time": "Some", "experience": "10"},
      sent=E2, lang="en",
      note="English and Danish in one sentence; 'støj' = Noise."),

    c("ow58-en-android-new-groundwater-contract", "android", "Aoife Byrne",
      "Hi! PFAS and groundwater mostly. 5 yrs. Little time I'm afraid – I'm only on a contract "
      "until the end of March, so it may be short-lived 🙂",
      {"interests": "PFAS", "experience": "5", "time": "Little"},
      sent=NEW, lang="en", ask=["interests"],
      note="New member. Groundwater is no option: PFAS recorded, groundwater asked. Leaving at "
           "the end of March is also news for the chair."),

    c("ow58-en-apple-mail-ticked-swap", "apple_mail", "Henrik Dahl",
      "All as before, except I've swapped the inspection network for the PFAS working group – "
      "ticked it below.\n\nHenrik",
      {"groups": "PFAS working group"}, sent=E1, lang="en", unchanged=True,
      edits=[("set", "[x] Inspection network", "[ ] Inspection network"),
             ("set", "[ ] PFAS working group", "[x] PFAS working group")]),

    c("ow58-en-owa-html-new-danish", "owa_html", "Maja Sønderby",
      "Hej, jeg er ny og svarer lige på dansk, håber det er ok.\nSpildevand og affald.\n"
      "Sekretær vil jeg gerne.\n9 år.\nMasser af tid.\nMaja",
      {"interests": "Wastewater; Waste", "functions": "Secretary", "experience": "9",
       "time": "Much"},
      sent=NEW, lang="en",
      note="New member writing Danish on the English form; recorded in the English options. "
           "'Masser af tid' = Much."),
]
