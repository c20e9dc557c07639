"""Unseen part 93 of the own-words form replies: a round after a municipal reorganisation
(departments merged or split, tasks moved between colleagues, new titles, shared tasks, new
members, one leaving). Written blind, by hand; people invented, at example.org."""

from common import E1, E2, S1, S2, S3, S4, SIG_EN, SIG_KOMMUNE, SIG_SHORT, c

CASES = [
    # --- Danish form ------------------------------------------------------------------------
    c("ow93-da-outlook-fusion-jord-ind-pfas-ud", "outlook", "Lars Mikkelsen",
      "Hej\n\n"
      "Vi er jo blevet lagt sammen med Natur og Vand pr. 1. oktober, så jeg har fået jord oveni "
      "– affald har jeg stadig. PFAS er flyttet over til det nye grundvandsteam, så det skal af.\n"
      "Jeg er fortsat med i netværket for miljøtilsyn, og høringstovholder kan jeg godt blive "
      "ved med.\n\n" + SIG_KOMMUNE,
      {"interesser": "Affald; Jord", "grupper": "Netværk for miljøtilsyn",
       "funktioner": "Høringstovholder"},
      sent=S4,
      note="grupper and funktioner are confirmed in words; recorded as they stand (= sent)."),

    c("ow93-da-outlook-html-teamleder-rettet-i-skemaet", "outlook_html", "Gitte Rasmussen",
      "Hej\n\n"
      "Jeg har rettet i skemaet nedenfor. Kort fortalt er jeg blevet teamleder i det nye Miljø og "
      "Klima efter sammenlægningen, så formandsposten må I finde en anden til. Høringerne "
      "beholder jeg.\n\nMvh\nGitte",
      {"interesser": "Affald; Jord; Klima; VVM", "funktioner": "Høringstovholder",
       "andet": "Teamleder, Miljø og Klima (fra 1/10)"},
      sent=S3,
      edits=[("set", "[x] Formand", "[ ] Formand"), ("set", "[ ] Klima", "[x] Klima"),
             ("set", "Svar:", "Svar: Teamleder, Miljø og Klima (fra 1/10)", "6. Andet")],
      note="Typed into the form: Formand unticked, Klima ticked, a line in the Andet answer. "
           "Giving up Formand is an answer to funktioner, not a separate message for the chair."),

    c("ow93-da-outlook-prefix-stoej-delt-luft-ind", "outlook_prefix", "Birgitte Kjær",
      "Hej igen\n\n"
      "Støj er delt mellem mig og Rasmus nu, efter at virksomhedsteamet blev lagt sammen med "
      "planafdelingen - jeg har stadig halvdelen, så lad den stå. Til gengæld har jeg fået luft "
      "med. Resten er som før.\n\n/Birgitte",
      {"interesser": "PFAS; Støj; Luft"},
      sent=S1, unchanged=True,
      note="Sharing Støj with a colleague: she keeps it (\"lad den stå\")."),

    c("ow93-da-owa-ny-i-faelles-afdeling", "owa", "Nanna Bech",
      "Hej\n\n"
      "Jeg er ny i gruppen – startede 1. november som miljøsagsbehandler i den nye fælles Miljø- "
      "og Byggeafdeling (før var det to afdelinger). Jeg arbejder med spildevand og jord, og lidt "
      "støj i ny og næ.\n"
      "Jeg har været i faget i 6 år, heraf fire i en anden kommune.\n"
      "Jeg vil gerne med i netværket for miljøtilsyn.\n"
      "Funktioner: ikke lige nu, jeg skal lige lande først.\n"
      "Tid: nogen\n\n" + SIG_SHORT,
      {"interesser": "Spildevand; Støj; Jord", "grupper": "Netværk for miljøtilsyn",
       "funktioner": "", "erfaring": "6", "tid": "Nogen"},
      sent={},
      note="New member, nothing pre-filled. \"lidt støj i ny og næ\" is a subject she works with "
           "(Støj), not her time. 6 years in total (four of them elsewhere). \"ikke lige nu\" = "
           "no functions."),

    c("ow93-da-owa-html-stilling-nedlagt", "owa_html", "Lone Vestergaard",
      "Kære alle\n\n"
      "Min stilling er nedlagt i forbindelse med sammenlægningen, og jeg fratræder med udgangen "
      "af januar. Jeg udfylder derfor ikke skemaet – slet mig gerne af listen fra februar.\n\n"
      "Tak for mange gode år i netværket!\n\nHilsen Lone",
      {},
      sent=S2, flagged=True,
      note="Leaving the group: for the chair; nothing recorded."),

    c("ow93-da-outlook-android-ny-titel-spoerger", "outlook_android", "Maja Thorsen",
      "Hej, jeg hedder nu \"miljøkoordinator\" efter omorganiseringen – skal det stå nogen "
      "steder? Ellers er alt som sidst 👍",
      {},
      sent=S1, unchanged=True, flagged=True,
      note="A question about the form/list for the chair; \"nogen steder\" is not an answer to tid."),

    c("ow93-da-outlook-mac-afdeling-delt-i-to", "outlook_mac", "Erik Sønderby",
      "Hej\n\n"
      "Miljø er blevet delt i et virksomhedsteam og et jord- og grundvandsteam, og jeg er landet "
      "i det sidste. Så: jord bliver, men affald og VVM overgår til kollegerne i "
      "virksomhedsteamet.\n\n"
      "Jeg er ikke med i nogen grupper i dag, men vil gerne ind i PFAS-gruppen, da vi har en "
      "masse PFAS-grunde i det nye team. PFAS kan I også sætte på mine fagområder.\n\n"
      "Formand og høringstovholder: samme som før.\n"
      "Erfaring 21 år nu.\n\n"
      "Mvh Erik",
      {"interesser": "PFAS; Jord", "grupper": "Arbejdsgruppe om PFAS",
       "funktioner": "Formand; Høringstovholder", "erfaring": "21"},
      sent=S3,
      note="\"PFAS-gruppen\" = Arbejdsgruppe om PFAS. funktioner confirmed as before."),

    c("ow93-da-iphone-nye-lokaler-tak", "iphone", "Camilla Holt",
      "Tak, kigger på det når vi er flyttet ind i de nye lokaler 🙂",
      {},
      sent=S2,
      note="Nothing about the form."),

    c("ow93-da-apple-mail-deler-sekretaer", "apple_mail", "Helle Juul",
      "Hej\n\n"
      "Malene Friis og jeg er blevet sat til at dele sekretærrollen fra nyt år, så skriv os "
      "begge på. PFAS og støj som før, men jeg har også fået VVM, efter at planteamet blev "
      "nedlagt.\n"
      "Tid: et sted mellem nogen og meget\n\n"
      "Helle",
      {"interesser": "PFAS; Støj; VVM", "funktioner": "Sekretær"},
      sent=S1, ask=["tid"],
      note="Time given as a range: asked. Sekretær stays for her; putting Malene on the list is "
           "about someone else and goes to the chair with the rest."),

    c("ow93-da-apple-forward-gammel-mail-lukket", "apple_forward", "Karen Holm",
      "Videresender lige – jeg kan ikke svare fra den gamle arbejdsmail mere, den blev lukket "
      "ved fusionen. Ret gerne min adresse i listen til den, jeg skriver fra nu.\n\n"
      "Alt er som før, bortset fra at jeg har fået en del mere tid, så sæt meget.",
      {"tid": "Meget"},
      sent=S3, unchanged=True, flagged=True,
      note="Change of address for the member list: for the chair (no question covers it)."),

    c("ow93-da-gmail-fastansat-hoering-hvis-delt", "gmail", "Ida Brandt",
      "Hej Tovholder\n\n"
      "Kort status efter omlægningen: Spildevand og klima er samlet i den nye enhed Klima og "
      "Vand, hvor jeg sidder nu, mens luft er blevet tilbage i Miljø (det tager Sune sig af). "
      "Så fjern luft, tak.\n\n"
      "Jeg er blevet fastansat, så \"Barselsvikar til juni\" under Andet kan slettes.\n\n"
      "Jeg melder mig gerne som høringstovholder på spildevandsplanerne, hvis det kan deles med "
      "en anden.\n\n"
      "Kh\nIda",
      {"interesser": "Spildevand; Klima", "andet": ""},
      sent=S2, ask=["funktioner"],
      note="Andet named and cleared. Høringstovholder only if shared with someone else: a "
           "condition on others, asked."),

    c("ow93-da-gmail-android-tretten-aar", "gmail_android", "Mikkel Stausholm",
      "erfaring tretten år nu, resten står ved magt. nyt team men samme opgaver 😊",
      {"erfaring": "13"},
      sent=S1, unchanged=True),

    c("ow93-da-thunderbird-hoeringer-til-jurist", "thunderbird", "Jakob Frandsen",
      "Hej,\n\n"
      "vi hedder nu \"Center for Miljø og Ressourcer\" i stedet for Miljøafdelingen, men mine "
      "opgaver er de samme, bortset fra at jeg har afgivet høringerne til vores nye jurist. Jeg "
      "kan derfor ikke længere være høringstovholder.\n\n"
      "Jeg kan til gengæld godt tage referatet på møderne en gang imellem, hvis sekretæren er "
      "væk.\n\n"
      "mvh\nJakob",
      {"funktioner": ""},
      sent=S4, unchanged=True, ask=["funktioner"],
      note="Høringstovholder removed with confidence. Minutes now and then if the secretary is "
           "away is a condition on someone else: asked. \"mine opgaver er de samme, bortset "
           "fra\" read as as-before-except."),

    c("ow93-da-thunderbird-bottom-rettet-inde-i-skemaet", "thunderbird_bottom", "Poul Riis",
      "Se mine rettelser ovenfor. Formand har jeg fjernet – det må en af de nye tage, nu hvor vi "
      "er blevet så mange flere efter sammenlægningen. Jeg har overtaget VVM for hele den nye "
      "afdeling, så det fylder meget, og tiden er stadig lidt.\n\n"
      "Hilsen\nPoul",
      {"funktioner": "Høringstovholder", "erfaring": "22", "tid": "Lidt"},
      sent=S3,
      edits=[("set", "[x] Formand", "[ ] Formand"),
             ("add", "Svar: 20", "22 – havde regnet forkert sidste år")],
      note="Bottom-posted; Formand unticked in the quote and 22 typed under Svar: 20. \"det "
           "fylder meget\" is about VVM, not his time; time confirmed as Lidt."),

    c("ow93-da-android-kursus-14-januar", "android", "Rikke Dam",
      "Hej – jeg er på kursus i den nye sagsplatform d. 14. januar og kan desværre ikke komme "
      "til mødet. Skemaet er ok som det er.",
      {},
      sent=S4, unchanged=True, flagged=True,
      note="Absence from the meeting: for the chair."),

    c("ow93-da-outlook-engelsk-paa-dansk-skema", "outlook", "Tomasz Nowak",
      "Hi,\n\n"
      "Sorry for answering in English. After the merger I moved to the climate adaptation team, "
      "so please keep climate and wastewater but remove air. I left the inspection network, but "
      "I am still in the PFAS working group. I can be secretary if you need one.\n"
      "Time: some\n\n"
      "Best regards\nTomasz",
      {"interesser": "Spildevand; Klima", "grupper": "Arbejdsgruppe om PFAS",
       "funktioner": "Sekretær", "tid": "Nogen"},
      sent=S2,
      note="English on the Danish form, recorded in the form's Danish spellings. \"secretary if "
           "you need one\" is an offer, recorded (like \"secretary if needed\")."),

    c("ow93-da-owa-ae-oe-aa-nordkvarteret", "owa", "Bjarne Kofoed",
      "Hej,\n"
      "Jeg har faaet stoej og luft fra det nedlagte team i Nordkvarteret. Affald beholder jeg, "
      "jord ogsaa. VVM er gaaet til planafdelingen.\n"
      "Jeg er stadig med som hoeringstovholder, men formand vil jeg ikke vaere efter "
      "omstruktureringen – der er simpelthen for mange nye ting.\n"
      "mvh Bjarne",
      {"interesser": "Affald; Støj; Luft; Jord", "funktioner": "Høringstovholder"},
      sent=S3,
      note="Written without æ/ø/å."),

    c("ow93-da-gmail-ny-samme-som-kollega", "gmail", "Sofie Winther",
      "Hej!\n\n"
      "Jeg er ny efter sammenlægningen og sidder ved siden af Henrik Dahl – vi laver præcis det "
      "samme, så I kan bare skrive mig på det samme som ham.\n\n"
      "Mvh Sofie",
      {},
      sent={}, flagged=True,
      note="\"Skriv det samme som Henrik\": nothing the secretary can record from this mail; for "
           "the chair."),

    c("ow93-da-iphone-siden-2009-ny-titel", "iphone", "Anders Grøn",
      "Jeg har været i miljø siden 2009, men kun i denne kommune siden sammenlægningen.\n"
      "Andet: ny titel efter omorganiseringen – specialkonsulent",
      {"andet": "ny titel efter omorganiseringen – specialkonsulent"},
      sent=S1, ask=["erfaring"],
      note="A year instead of a number of years: asked. Andet labelled."),

    c("ow93-da-outlook-mac-html-tilsyn-regionalt", "outlook_mac_html", "Trine Kallesøe",
      "Rettet direkte i skemaet. Tilsynsnetværket er lagt ind under den nye tværkommunale "
      "tilsynsenhed, så det er ikke længere mit bord.\n\nTrine",
      {"grupper": "Arbejdsgruppe om PFAS", "erfaring": "9"},
      sent=S4,
      edits=[("set", "[x] Netværk for miljøtilsyn", "[ ] Netværk for miljøtilsyn"),
             ("set", "[ ] Arbejdsgruppe om PFAS", "[x] Arbejdsgruppe om PFAS"),
             ("set", "Svar: 8", "Svar: 9")]),

    c("ow93-da-outlook-android-grundvand-drikkevand", "outlook_android", "Jonas Bak",
      "Jeg har fået grundvand og drikkevand med efter sammenlægningen af Miljø og Forsyning. "
      "Luft afgiver jeg til det nye luftteam. Tid: stadig meget",
      {"interesser": "Spildevand; Klima", "tid": "Meget"},
      sent=S2, ask=["interesser"],
      note="Luft removed with confidence; grundvand and drikkevand are no options: asked."),

    c("ow93-da-outlook-ios-foraeldreorlov", "outlook_ios", "Mathias Lund",
      "Jeg går på forældreorlov fra februar til august, så tiden bliver lidt i år. "
      "Sekretær må en anden tage imens.\n"
      "Andet: orlov feb-aug",
      {"tid": "Lidt", "andet": "orlov feb-aug"},
      sent=S1, ask=["funktioner"],
      note="Sekretær given up only while on leave: a temporary change the chair must plan for, so "
           "asked rather than removed."),

    c("ow93-da-gmail-android-ingen-aendringer", "gmail_android", "Susanne Høj",
      "Ingen ændringer 👍",
      {},
      sent=S3, unchanged=True),

    c("ow93-da-apple-mail-ny-jurist-fra-plan", "apple_mail", "Asger Lund",
      "Hej\n\n"
      "Jeg er jurist og kommer fra den tidligere Teknik- og Miljøforvaltning, som nu er slået "
      "sammen med Plan. Jeg arbejder med VVM og IE-direktivet og en smule med de "
      "Power-to-X-anlæg, der er på vej.\n"
      "Erfaring: 4 år\n"
      "Jeg kan godt være høringstovholder – det er jo lidt mit fag.\n"
      "Tid: nogen, måske mere efter nytår.\n\n"
      "Venlig hilsen\nAsger Lund\nJurist, Plan og Miljø",
      {"interesser": "VVM; IE-direktivet; Power-to-X", "funktioner": "Høringstovholder",
       "erfaring": "4", "tid": "Nogen"},
      sent={},
      note="New member. \"lidt mit fag\" is no time answer; \"måske mere efter nytår\" does not "
           "change today's Nogen."),

    c("ow93-da-outlook-prefix-svarer-for-per", "outlook_prefix", "Anja Kirkegaard",
      "Hej\n\n"
      "Per er flyttet over i den nye klimaenhed og har bedt mig svare på det her, da jeg har "
      "overtaget hans affaldssager og høringerne. Jeg er ikke selv med i gruppen endnu, men vil "
      "gerne være det. Per beholder PFAS, så vidt jeg ved.\n\n"
      "Mvh Anja",
      {},
      sent=S4, form_for="Per Hansen", flagged=True,
      note="The form was Per's; the reply is from a colleague who took over his tasks and wants to "
           "join. Nothing recorded for either; the whole mail goes to the chair."),

    c("ow93-da-thunderbird-deler-netvaerk-med-kollega", "thunderbird", "Ulla Moesgaard",
      "Hej\n\n"
      "Efter at vi blev to afdelinger, skiftes Kirsten og jeg til at gå til møderne i netværket "
      "for miljøtilsyn, så det er stadig med. PFAS-arbejdsgruppen er jeg ude af. Spildevand, "
      "luft og klima som før, og jord er kommet til.\n\n"
      "Tid: lidt, vi er kun halvt så mange nu.\n\n"
      "Vh Ulla",
      {"interesser": "Spildevand; Luft; Jord; Klima", "grupper": "Netværk for miljøtilsyn",
       "tid": "Lidt"},
      sent=S2),

    # --- English form -----------------------------------------------------------------------
    c("ow93-en-outlook-merger-soil-eia-step-down", "outlook", "Karina Vang",
      "Hello,\n\n"
      "Following the merger of the environment and planning departments I have taken over soil "
      "and EIA from a colleague who retired. Noise has moved to the new planning team; "
      "wastewater stays with me.\n"
      "I will step down as chair at the next meeting, as I think someone from the new "
      "department should take it over. I can still coordinate consultations.\n"
      "Everything else as before.\n\n" + SIG_EN,
      {"interests": "Wastewater; Soil; EIA", "functions": "Consultation coordinator"},
      sent=E1, lang="en", unchanged=True,
      note="Giving up Chair is an answer to functions. \"coordinate consultations\" = "
           "Consultation coordinator."),

    c("ow93-en-gmail-new-after-merger", "gmail", "Marta Kowalska",
      "Hi there,\n\n"
      "I'm new - joined in October when our two municipalities' environmental units were "
      "merged. I work mostly with air and noise, plus some climate.\n"
      "Experience: about seven years.\n"
      "Groups: none yet, but happy to join the inspection network.\n"
      "Time: not much this spring, onboarding is eating all of it.\n\n"
      "Cheers,\nMarta",
      {"interests": "Noise; Air; Climate", "groups": "Inspection network", "experience": "7",
       "time": "Little"},
      sent={}, lang="en",
      note="\"about seven\" recorded as 7. \"plus some climate\" is a subject, not her time; "
           "\"not much\" = Little."),

    c("ow93-en-thunderbird-unit-split", "thunderbird", "Henrik Kold",
      "Hi,\n\n"
      "Our unit was split in two on 1 September. I'm now in the climate part, so air goes to my "
      "former colleagues. I've left the PFAS working group (it clashes with our new team "
      "meetings), but I stay in the inspection network.\n\n"
      "Time is now some rather than much.\n\n"
      "Best\nHenrik",
      {"interests": "Climate", "groups": "Inspection network", "time": "Some"},
      sent=E2, lang="en"),

    c("ow93-en-owa-html-retiring-march", "owa_html", "Anne Skov",
      "Dear all,\n\n"
      "I retire at the end of March, so this is my last form. Until then, please put my time "
      "down as little, and remove me as chair - the chair role should go to someone in the new "
      "merged department.\n\n"
      "Thank you all for the good company over the years!\n\n"
      "Anne",
      {"functions": "", "time": "Little"},
      sent=E1, lang="en", flagged=True,
      note="Leaving the group at the end of March: for the chair."),

    c("ow93-en-iphone-danish-on-english-form", "iphone", "Rasmus Bøgh",
      "Hej, jeg har fået støj med efter sammenlægningen. Resten passer 👍",
      {"interests": "Noise; Air; Climate"},
      sent=E2, lang="en", unchanged=True,
      note="Danish on the English form; recorded in the English option spellings."),

    c("ow93-en-outlook-mac-shared-coordinator-title", "outlook_mac", "Peter Ahlgren",
      "Hi - quick update.\n\n"
      "Since the reorganisation, Signe Bach and I share the consultation work, so I'd be happy "
      "to be consultation coordinator together with her. Chair I'll keep until the summer.\n\n"
      "Also: my title is now Senior Adviser, in case that matters for the list.\n\n"
      "Peter",
      {},
      sent=E1, lang="en", ask=["functions"],
      note="Coordinator \"together with\" a named colleague depends on someone else, and Chair "
           "only until the summer: asked. The title question is for the chair too."),

    c("ow93-en-android-experience-typed", "android", "Lisa Frost",
      "Same as last year except experience, see above. Our team got a new name but that "
      "probably doesn't matter.",
      {"experience": "11"},
      sent=E2, lang="en", unchanged=True,
      edits=[("set", "Answer: 10", "Answer: 11 (new team, same job)")]),

    c("ow93-en-outlook-ios-ticked-waste-soil", "outlook_ios", "Morten Ibsen",
      "Ticked waste and soil - came with the merger. Rest unchanged.",
      {"interests": "Wastewater; Waste; Noise; Soil"},
      sent=E1, lang="en", unchanged=True,
      edits=[("set", "[ ] Waste", "[x] Waste"), ("set", "[ ] Soil", "[x] Soil")]),
]
