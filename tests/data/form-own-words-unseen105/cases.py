"""Unseen part 105 of the own-words competence-form replies: a round with many members writing
English or mixing Danish, English, Swedish and Norwegian (guest members from Sweden and Norway,
an English-speaking newcomer), long Outlook threads and forwarded mails, every kind of client.
Written blind, by hand; the answers are what a careful human secretary records. People invented,
at example.org."""

from common import E1, E2, S1, S2, S3, S4, SIG_EN, SIG_KOMMUNE, SIG_SHORT, c  # noqa: F401

GROUP = "Miljønetværkets tovholder <gruppe+k3f9a-2b7dq-8c1e5f0a9b3d4e6f@example.org>"
SUBJ_DA = "Kompetenceskema 2026: hvad arbejder du med?"
SUBJ_EN = "Competence form 2026: what do you work with?"
BOTH = "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS"

CASES = [
    # --- Danish form ----------------------------------------------------------------------------
    c("ow105-da-outlook-traad-fastansat", "outlook", "Sofie Kjærgaard",
      "Hej\n\nSå fik jeg svar fra Lone, så her kommer mine rettelser. Jeg er blevet fastansat "
      "pr. 1. marts, så barselsvikariatet under Andet kan slettes. Jeg er heller ikke længere "
      "med i PFAS-arbejdsgruppen – den plads har Niels fra vores afdeling overtaget.\n\n"
      "Ellers er alt det samme.\n\n" + SIG_KOMMUNE,
      {"grupper": "Netværk for miljøtilsyn", "andet": ""}, S2, unchanged=True,
      subject_extra="SV: VS: ",
      outer_rows=[("Fra", "Lone Kirkegaard <lone.kirkegaard@example.org>"),
                  ("Sendt", "tirsdag den 1. december 2026 11.02"),
                  ("Til", "Sofie Kjærgaard <sofie.kjaergaard@example.org>"),
                  ("Emne", "SV: VS: " + SUBJ_DA)],
      middle=("Hej Sofie\n\nJa, svar endelig – du er jo stadig med, også efter juni. Svar bare "
              "tovholderen direkte.\n\nVh Lone\n\n"
              "Fra: Sofie Kjærgaard <sofie.kjaergaard@example.org>\n"
              "Sendt: tirsdag den 1. december 2026 10.05\n"
              "Til: Lone Kirkegaard <lone.kirkegaard@example.org>\n"
              "Emne: VS: " + SUBJ_DA + "\n\n"
              "Hej Lone\n\nSkal jeg overhovedet svare på den her, når mit vikariat udløber til "
              "sommer? Der sker lidt på den front, men intet er skrevet under endnu.\n\nSofie\n\n"
              f"Fra: {GROUP}\nSendt: tirsdag den 1. december 2026 09.14\n"
              "Til: Sofie Kjærgaard <sofie.kjaergaard@example.org>\n"
              "Emne: " + SUBJ_DA + "\n\n"),
      note="Long Outlook thread: only the top reply is read; the question to Lone further down "
           "was answered by her. She explicitly asks for the pre-filled Andet text (the "
           "maternity-cover note) to be deleted, naming the field, so Andet is recorded as empty."),

    c("ow105-da-outlook-html-svensk-gaest", "outlook_html", "Ebba Lindqvist",
      "Hej!\n\nTack för formuläret. Jag är gästmedlem från Malmö stad, så jag vet inte om allt "
      "passar, men här är mina svar:\n\nJag jobbar mest med buller och luft, och lite med PFAS. "
      "Erfarenhet: 9 år. Tid: lite, tyvärr.\n\nJag kan inte vara ordförande eller något sådant, "
      "men jag hjälper gärna till med remisser om det gäller Öresund.\n\n"
      "Med vänlig hälsning\n\nEbba Lindqvist\nMiljöinspektör\nMiljöförvaltningen, Malmö stad",
      {"interesser": "PFAS; Støj; Luft", "erfaring": "9", "tid": "Lidt"}, {},
      ask=["funktioner"],
      note="Swedish guest on the Danish form: buller = Støj, lite = Lidt; 'lite med PFAS' still "
           "works with PFAS. Help with remisser (consultations) only when they concern Øresund is "
           "a conditional Høringstovholder: passed on to the chair."),

    c("ow105-da-owa-norsk-gjest", "owa", "Knut Haugland",
      "Hei!\n\nSvarer på norsk, håper det går greit.\n\nFagområder: avløp, støy og klima\n"
      "Jeg er med i tilsynsnettverket deres som gjest siden i fjor.\nErfaring: elleve år\n"
      "Tid: noe\n\nHilsen\nKnut Haugland\nMiljøvernavdelingen, Fredrikstad kommune",
      {"interesser": "Spildevand; Støj; Klima", "grupper": "Netværk for miljøtilsyn",
       "erfaring": "11", "tid": "Nogen"}, {},
      note="Norwegian: avløp = Spildevand, støy = Støj, tilsynsnettverket = Netværk for "
           "miljøtilsyn, noe = Nogen."),

    c("ow105-da-iphone-erfaring-13", "iphone", "Mette Vad",
      "Erfaring er 13 år nu. Resten passer 👍", {"erfaring": "13"}, S1, unchanged=True),

    c("ow105-da-gmail-engelsk-nytilkommen", "gmail", "Siobhan Gallagher",
      "Hi,\n\nSorry, my Danish isn't good enough yet to answer this properly, so in English:\n\n"
      "I work with wastewater and PFAS, mostly permits for industry under the IED. I've been part "
      "of the inspection network since January. I have 6 years of experience (4 in Cork, 2 here "
      "in Denmark). I could take the minutes at meetings if that helps. Time: some.\n\n"
      "Could you send me the form in English next time?\n\nBest,\nSiobhan",
      {"interesser": "PFAS; Spildevand; IE-direktivet", "grupper": "Netværk for miljøtilsyn",
       "funktioner": "Sekretær", "erfaring": "6", "tid": "Nogen"}, {}, flagged=True,
      note="English on the Danish form. Taking the minutes is the Sekretær role. The request for "
           "the English form next time is for the chair (the member's language), so flagged."),

    c("ow105-da-thunderbird-kryds-jord", "thunderbird", "Rasmus Nørgaard",
      "Hej\n\nJeg har rettet i skemaet herunder. Høringerne må en anden tage over i år – jeg har "
      "fået jordforureningssagerne oveni.\n\nTid er stadig nogen.\n\n/Rasmus",
      {"interesser": "PFAS; Affald; Jord", "funktioner": "", "tid": "Nogen"}, S4,
      edits=[("set", "[ ] Jord", "[x] Jord"),
             ("set", "[x] Høringstovholder", "[ ] Høringstovholder")],
      note="Crosses changed in the quoted form (Jord added, Høringstovholder removed) and said in "
           "words too; tid restated as before."),

    c("ow105-da-thunderbird-bottom-formand-stopper", "thunderbird_bottom", "Jens Ole Vestergaard",
      "Formand vil jeg ikke være igen – seks år er nok, og der må gerne komme nye kræfter til. "
      "Høringstovholder fortsætter jeg gerne som.\nErfaring: 21 (der er gået et år siden sidst "
      "🙂)\n\nMvh Jens Ole",
      {"funktioner": "Høringstovholder", "erfaring": "21"}, S3,
      note="Bottom-posted under the quote. Not flagged: stepping down is the answer to "
           "Funktioner."),

    c("ow105-da-apple-mail-pension", "apple_mail", "Birthe Mølgaard",
      "Kære Lone og alle\n\nDette bliver vist mit sidste skema – jeg går på pension 1. juli efter "
      "mange år i faget. Frem til da står alt, som det står.\n\nTak for mange gode år i "
      "netværket, I har været en fornøjelse at arbejde sammen med.\n\nKærlig hilsen\nBirthe",
      {}, {"interesser": "Affald; Jord", "grupper": "Netværk for miljøtilsyn", "funktioner": "",
           "erfaring": "31", "tid": "Lidt"},
      unchanged=True, flagged=True,
      note="Retiring (leaving the group) is for the chair; until then everything stands."),

    c("ow105-da-outlook-prefix-luft-klima", "outlook_prefix", "Trine Dalsgaard",
      "Sæt mig også på luft og klima – vi har fået en ny klimaplan, som jeg sidder med.\n"
      "Ellers uændret.\n\nMvh\nTrine Dalsgaard\nEksempel Kommune",
      {"interesser": "PFAS; Støj; Luft; Klima"}, S1, unchanged=True),

    c("ow105-da-outlook-ios-tid-under-5", "outlook_ios", "Henrik Juul",
      "Rettet under 5.", {"tid": "Meget"}, S4,
      edits=[("add", "5. Tid", "Meget nu – havneprojektet er afsluttet")],
      note="The member typed the answer under question 5 inside the quoted form; the crosses "
           "still show Nogen, his typed line overrides them."),

    c("ow105-da-outlook-android-ptx-biogas", "outlook_android", "Camilla Brask",
      "Hej. Jeg er begyndt at lave tilsyn med PtX-anlæggene ved havnen og med biogas, så sæt "
      "kryds ved power to x. Biogas står der ikke, men det fylder faktisk mest. Og 7 års "
      "erfaring nu.\nCamilla",
      {"interesser": "Luft; VVM; Power-to-X", "erfaring": "7"},
      {"interesser": "Luft; VVM", "grupper": "", "funktioner": "Sekretær", "erfaring": "6",
       "tid": "Nogen"},
      ask=["interesser"],
      note="Power-to-X recorded; biogas is no option but she says it is her main area, so it is "
           "passed on to the chair (maybe a new option)."),

    c("ow105-da-outlook-mac-afbud-marts", "outlook_mac", "Amalie Thygesen",
      "Hej Lone og tovholder\n\nJeg kan desværre ikke deltage i mødet den 14. marts (kursus i "
      "Vejle), men her er mine rettelser:\n\n- Affald er kommet til\n- Luft er røget ud, det har "
      "Mads nu\n- barselsvikariatet er forlænget til december\n\nVh Amalie",
      {"interesser": "Spildevand; Affald; Klima"}, S2, ask=["andet"],
      note="Absence from the March meeting: flagged. The pre-filled Andet ('Barselsvikar til "
           "juni') is now out of date, but she gives no labelled Andet text; the secretary passes "
           "the extension to the chair rather than rewriting the field in her own words."),

    c("ow105-da-owa-html-rettet-i-skemaet", "owa_html", "Mikkel Frost",
      "Hej\n\nSe mine rettelser i skemaet.\n\nHilsen Mikkel",
      {"erfaring": "9", "andet": "Ny stilling i Teknik og Miljø fra 1. april – samme mailadresse"},
      S4,
      edits=[("set", "Svar: 8", "Svar: 9"),
             ("set", "Svar:", "Svar: Ny stilling i Teknik og Miljø fra 1. april – samme "
                              "mailadresse", "6. Andet")],
      note="Typed into the Svar lines of the quoted form (HTML only). The Andet text is in the "
           "Andet field, so it is labelled and recorded in his words."),

    c("ow105-da-gmail-android-sekretaer-hvis", "gmail_android", "Lise Gravgaard",
      "Hej 😊 Alt som sidst, bare ret tiden til meget i stedet for nogen. Og jeg tager gerne "
      "sekretærposten igen, hvis Kirsten ikke vil fortsætte.\n\nLise",
      {"tid": "Meget"}, S4, unchanged=True, ask=["funktioner"],
      note="Sekretær only if Kirsten does not continue: a condition on someone else, asked."),

    c("ow105-da-apple-forward-svar-knap", "apple_forward", "Marianne Ravn",
      "Videresender lige med mine svar, kunne ikke finde ud af at svare direkte 🙈\n\n"
      "Interesser: jord og affald, ikke PFAS længere\nErfaring 15\nTid: lidt\n\nMarianne",
      {"interesser": "Affald; Jord", "erfaring": "15", "tid": "Lidt"},
      {"interesser": "PFAS; Affald", "grupper": "Netværk for miljøtilsyn", "funktioner": "",
       "erfaring": "14", "tid": "Nogen"},
      note="Forwarded instead of answered; the answers are on top."),

    c("ow105-da-android-foraeldreorlov", "android", "Anders Kragh",
      "Jeg er på forældreorlov fra april til oktober, så sæt tid til lidt. Resten er uændret.\n"
      "Kan I give Lone besked om, at jeg ikke kommer til møderne i april og maj?\n\nAnders",
      {"tid": "Lidt"}, S1, unchanged=True, flagged=True,
      note="Absence from the April and May meetings is for the chair."),

    c("ow105-da-outlook-videresendt-privat", "outlook", "Pia Lauritsen",
      "Hej\n\nSkemaet kom til min private mail, så jeg har sendt det videre til arbejdet og "
      "svarer herfra. Brug gerne arbejdsmailen fremover.\n\nJeg arbejder med støj og VVM og har "
      "5 års erfaring. Høringstovholder vil jeg gerne være. Tid: nogen.\n\n" + SIG_KOMMUNE,
      {"interesser": "Støj; VVM", "funktioner": "Høringstovholder", "erfaring": "5",
       "tid": "Nogen"}, {}, flagged=True, subject_extra="VS: ",
      outer_rows=[("Fra", "Pia Lauritsen <pia.lauritsen.privat@example.org>"),
                  ("Sendt", "tirsdag den 1. december 2026 11.31"),
                  ("Til", "Pia Lauritsen <pia.lauritsen@example.org>"),
                  ("Emne", "VS: " + SUBJ_DA)],
      middle=("Sendt fra min iPhone\n\n"
              f"Fra: {GROUP}\nSendt: tirsdag den 1. december 2026 09.14\n"
              "Til: pia.lauritsen.privat@example.org\nEmne: " + SUBJ_DA + "\n\n"),
      note="Forwarded from her private address to work, answered from work. The change of mail "
           "address is for the chair: flagged."),

    c("ow105-da-owa-traad-leder-erfa", "owa", "Louise Bech",
      "Hej\n\nSå har jeg fået grønt lys fra min leder (se nedenfor). Sæt mig som "
      "høringstovholder, og tid til nogen.\n\nDer står \"Netværk for miljøtilsyn\" i skemaet – "
      "er det det samme som ERFA-gruppen for tilsyn i Region Midt? I så fald er jeg med der.\n\n"
      "Mine fagområder er PFAS og spildevand, og jeg har 10 år på området.\n\n"
      "Louise Bech\nEksempel Kommune",
      {"interesser": "PFAS; Spildevand", "funktioner": "Høringstovholder", "erfaring": "10",
       "tid": "Nogen"},
      {"interesser": "PFAS", "grupper": "", "funktioner": "", "erfaring": "9", "tid": "Lidt"},
      ask=["grupper"], subject_extra="VS: ",
      outer_rows=[("Fra", "Ulla Winther <ulla.winther@example.org>"),
                  ("Sendt", "1. december 2026 10:22"),
                  ("Til", "Louise Bech <louise.bech@example.org>"),
                  ("Emne", "SV: VS: " + SUBJ_DA)],
      middle=("Hej Louise\n\nDet er fint med mig, at du tager høringerne, men det skal kunne "
              "holdes inden for nogen tid – vi har travlt til foråret.\n\nUlla\n\n"
              "Fra: Louise Bech <louise.bech@example.org>\nSendt: 1. december 2026 09:40\n"
              "Til: Ulla Winther <ulla.winther@example.org>\nEmne: VS: " + SUBJ_DA + "\n\n"
              "Hej Ulla, må jeg melde mig som høringstovholder i netværket? Se nedenfor.\n\n"
              "Louise\n\n"
              f"Fra: {GROUP}\nSendt: 1. december 2026 09:14\n"
              "Til: Louise Bech <louise.bech@example.org>\nEmne: " + SUBJ_DA + "\n\n"),
      note="Thread with her manager quoted below her reply; only her top text counts. Whether "
           "the regional ERFA group is the network is a question about the form with a "
           "condition: grupper asked."),

    c("ow105-da-outlook-mac-html-som-det-staar", "outlook_mac_html", "Bo Kristiansen",
      "Alt står som det skal. Tak!\n\nBo", {}, S3, unchanged=True,
      note="Confirms the pre-filled answers: unchanged, nothing to record."),

    c("ow105-da-thunderbird-alt-undtagen", "thunderbird", "Helle Bundgaard",
      "Hej\n\nJeg er ny i gruppen og sidder som eneste miljømedarbejder i en lille ø-kommune, så "
      "jeg arbejder med stort set alt undtagen Power-to-X og IE-direktivet 😅\n\n"
      "Grupper: ingen endnu. Funktioner: ikke det første år. Erfaring: to år. Tid: lidt.\n\n"
      "Venlig hilsen\nHelle",
      {"interesser": "PFAS; Spildevand; Affald; Støj; Luft; Jord; Klima; VVM", "grupper": "",
       "funktioner": "", "erfaring": "2", "tid": "Lidt"}, {},
      note="'Alt undtagen' = every option but the two named."),

    c("ow105-da-outlook-ios-quick-update", "outlook_ios", "Jesper Vinther",
      "Hej – quick update fra mig: jeg er stoppet i PFAS working group, men stadig med i "
      "netværket. Time: lidt mindre end før, så sæt Nogen. Rest is the same.\n\n/Jesper",
      {"grupper": "Netværk for miljøtilsyn", "tid": "Nogen"},
      {"interesser": "Spildevand; Klima", "grupper": BOTH, "funktioner": "Sekretær",
       "erfaring": "11", "tid": "Meget"}, unchanged=True,
      note="Danish and English mixed; 'lidt mindre end før, så sæt Nogen' names the option."),

    c("ow105-da-apple-mail-samme-som-maria", "apple_mail", "Nanna Friis",
      "Hej\n\nJeg deler stilling med Maria Holt (vi er begge på 20 timer), så skriv bare det "
      "samme som hun har svaret – bortset fra erfaringen, jeg har 4 år.\n\nDbh\nNanna",
      {"erfaring": "4"},
      {"interesser": "Støj; Luft", "grupper": "", "funktioner": "", "erfaring": "3",
       "tid": "Lidt"}, flagged=True,
      note="'Skriv det samme som Maria' cannot be recorded by the secretary alone: flagged; "
           "erfaring recorded."),

    c("ow105-da-android-nyt-job-aa", "android", "Søren Aagaard",
      "Hej\n\nJeg har faaet nyt job i et forsyningsselskab og stopper i kommunen 31. marts, saa "
      "jeg er ikke laengere med i gruppen derefter. Indtil da er alt uaendret, dog er stoej "
      "kommet til.\n\nMvh Soeren",
      {"interesser": "PFAS; Affald; Støj"}, S4, unchanged=True, flagged=True,
      note="Written without æøå. Leaving the group after March: for the chair."),

    c("ow105-da-outlook-android-stavefejl", "outlook_android", "Ole Thomsen",
      "hej jeg har fem års erfaing nu og arbejder mest med spildevan og klimatilpasnig. "
      "tid: nogen. mvh ole",
      {"interesser": "Spildevand; Klima", "erfaring": "5", "tid": "Nogen"},
      {"interesser": "Spildevand", "grupper": "", "funktioner": "", "erfaring": "4",
       "tid": "Lidt"},
      note="Typos (spildevan, klimatilpasnig) and a number word; klimatilpasning = Klima."),

    c("ow105-da-gmail-inde-i-skemaet-2009", "gmail", "Kasper Lind",
      "Hej, har skrevet inde i skemaet. Resten er som før.\n\nKasper",
      {"grupper": ""}, S1, unchanged=True, ask=["erfaring"],
      edits=[("add", "2. Grupper", "--> er gået ud af PFAS-gruppen ved nytår"),
             ("add", "4. Erfaring", "--> har været i faget siden 2009, så 12 passer ikke "
                                    "længere")],
      note="Typed lines inside the quoted form. Out of the PFAS group (his only group). A year "
           "instead of a number of years: asked."),

    # --- English form -----------------------------------------------------------------------------
    c("ow105-en-outlook-newcomer-videresendt", "outlook", "Tom Whitfield",
      "Hello,\n\nThanks – Lone forwarded this to me, as it went to my old guest address. My "
      "answers:\n\n1. Noise, air quality and contaminated land\n2. None yet, but I'd be happy to "
      "join the inspection network\n3. I'd rather not take on a function in my first year\n"
      "4. 15 years (UK and Denmark)\n5. A fair bit, at least until the summer\n\n"
      "I'm on a Danish course on Tuesday afternoons until June, so Tuesday meetings are tricky "
      "for me.\n\n" + SIG_EN.replace("{name}", "Tom Whitfield"),
      {"interests": "Noise; Air; Soil", "groups": "", "functions": "", "experience": "15"}, {},
      lang="en", ask=["groups", "time"], subject_extra="FW: ",
      outer_rows=[("From", "Lone Kirkegaard <lone.kirkegaard@example.org>"),
                  ("Sent", "Tuesday, December 1, 2026 10:48 AM"),
                  ("To", "Tom Whitfield <tom.whitfield@example.org>"),
                  ("Subject", "FW: " + SUBJ_EN)],
      middle=("Hi Tom,\n\nForwarding the form from our secretary – it went to your old guest "
              "address. Just reply to it from here.\n\nLone\n\n"
              f"From: {GROUP}\nSent: Tuesday, December 1, 2026 9:14 AM\n"
              "To: Tom Whitfield <tom.whitfield.guest@example.org>\nSubject: " + SUBJ_EN + "\n\n"),
      note="Contaminated land = Soil. In no group now (recorded as none); the wish to join the "
           "inspection network is passed on. 'A fair bit' could be Some or Much: asked. Tuesday "
           "meetings (absence) also for the chair."),

    c("ow105-en-gmail-svensk-oresund", "gmail", "Linnea Sjöberg",
      "Hi!\n\nLinnea here, guest member from Helsingborg. My answers:\n\nInterests: noise, waste "
      "water (avlopp in Swedish 😉) and climate adaptation\nGroups: none\nFunctions: I can be "
      "secretary, but only for the Öresund meetings\nExperience: 7 years\nTime: little\n\n"
      "Hälsningar / Best regards\nLinnea",
      {"interests": "Wastewater; Noise; Climate", "groups": "", "experience": "7",
       "time": "Little"}, {}, lang="en", ask=["functions"],
      note="Climate adaptation = Climate. Secretary only for some meetings: a condition, asked."),

    c("ow105-en-iphone-not-chair", "iphone", "Greta Paulsen",
      "Same as last year, except I'm no longer chair – Lars took over in January.",
      {"functions": ""}, E1, lang="en", unchanged=True,
      note="Chair was her only function."),

    c("ow105-en-owa-html-crosses", "owa_html", "Ingrid Dahl",
      "Hi,\n\nI've updated the form below. I've moved from Environment to the Climate "
      "secretariat, so a bit less time for the group this year.\n\nBest\nIngrid",
      {"interests": "Air; Soil; Climate", "time": "Some"}, E2, lang="en",
      edits=[("set", "[ ] Soil", "[x] Soil"), ("set", "[x] Much", "[ ] Much"),
             ("set", "[ ] Some", "[x] Some")],
      note="Crosses moved in the quoted HTML form; the text agrees (less time)."),

    c("ow105-en-outlook-prefix-dansk", "outlook_prefix", "Rikke Winther",
      "Hej – jeg har fået den på engelsk, men svarer lige på dansk.\nAffald og jord er kommet "
      "til i år, støj og spildevand har jeg stadig. 9 års erfaring nu.\nResten er uændret.\n\n"
      "Rikke",
      {"interests": "Wastewater; Waste; Noise; Soil", "experience": "9"},
      {"interests": "Wastewater; Noise", "groups": "Inspection network",
       "functions": "Secretary", "experience": "8", "time": "Some"},
      lang="en", unchanged=True,
      note="Danish on the English form; recorded in the English option spellings."),

    c("ow105-en-outlook-mac-norsk", "outlook_mac", "Ola Sæther",
      "Hi,\n\nAnswering in English since my written Danish is poor (I read it fine).\n\n"
      "1) Wastewater and PFAS\n2) PFAS working group\n3) Perhaps consultation coordinator for "
      "the Nordic consultations – let's talk about it\n4) 20+ years\n5) Some\n\n"
      "Best regards\nOla Sæther\nBymiljøetaten, Oslo kommune",
      {"interests": "PFAS; Wastewater", "groups": "PFAS working group", "time": "Some"}, {},
      lang="en", ask=["functions", "experience"],
      note="Norwegian guest. 'Perhaps ... let's talk about it' is not a firm yes; '20+' is no "
           "number: both asked."),

    c("ow105-en-thunderbird-bottom-sick-leave", "thunderbird_bottom", "Freya Nielsen",
      "Other: On sick leave until mid-April – still reading mail now and then.\n"
      "Everything else as before.\n\nFreya",
      {"other": "On sick leave until mid-April – still reading mail now and then."}, E2,
      lang="en", unchanged=True,
      note="Labelled Other, so recorded there in her words; not flagged, since it belongs to "
           "the Other question (the chair sees it in the sheet)."),

    c("ow105-en-android-samsung-much", "android", "Mads Eriksen",
      "Time: much more this spring now the harbour project is done. And please add me to the "
      "PFAS working group.",
      {"groups": "Inspection network; PFAS working group", "time": "Much"}, E1, lang="en"),

    c("ow105-en-gmail-android-after-easter", "gmail_android", "Karen Lykke",
      "Thanks, I'll get back to you after Easter.", {}, E1, lang="en",
      note="Nothing about the form."),
]
