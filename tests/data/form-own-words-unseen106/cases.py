"""Unseen part 106 of the own-words competence-form replies: an ordinary winter round (January
2033), closing part. By hand, blind; people invented, at example.org."""

from common import E1, E2, S1, S2, S3, S4, SIG_EN, SIG_KOMMUNE, SIG_SHORT, c

P = "ow106"

CASES = [
    # --- Danish form ------------------------------------------------------------------------
    c(f"{P}-da-outlook-ny-stilling", "outlook", "Louise Krogh",
      "Hej\n\nJeg er pr. 1. januar flyttet fra virksomhedstilsyn til planafdelingen, så affald "
      "ligger ikke hos mig længere. Til gengæld sidder jeg nu med klima og VVM.\n"
      "Netværket for miljøtilsyn giver ikke mening for mig mere, så tag mig ud af det.\n\n"
      "Resten passer stadig.\n\n" + SIG_KOMMUNE,
      {"interesser": "PFAS; Klima; VVM", "grupper": ""}, S4, unchanged=True,
      note="Affald removed, Klima and VVM added, PFAS kept ('resten passer stadig'); out of the "
           "network, so no groups left."),

    c(f"{P}-da-iphone-tak", "iphone", "Henrik Dahl", "Tak 👍", {}, S1,
      note="Says nothing about the form."),

    c(f"{P}-da-gmail-ny-i-gruppen", "gmail", "Amalie Berg",
      "Hej Tovholder\n\nJeg er ny i gruppen fra december. Jeg arbejder mest med spildevand og jord "
      "(primært jordflytninger og lidt boringer). 6 års erfaring.\nTid: nogen.\n"
      "Funktioner: ingen lige nu – jeg skal lige lande først.\n\nVh\nAmalie",
      {"interesser": "Spildevand; Jord", "funktioner": "", "erfaring": "6", "tid": "Nogen"}, {},
      note="New member, nothing pre-filled. 'Funktioner: ingen' recorded as none. 'lidt boringer' "
           "is about the work, not her time."),

    c(f"{P}-da-thunderbird-orlov", "thunderbird", "Rasmus Kjær",
      "Hej\n\nKort opdatering: jeg er på forældreorlov fra 1. marts og resten af året, så sæt min "
      "tid til lidt.\nVikariatet er overstået – jeg er blevet fastansat, så teksten under Andet "
      "kan slettes.\nJeg kan desværre heller ikke komme til mødet den 12. februar.\n\nMvh\nRasmus",
      {"tid": "Lidt", "andet": ""}, S2, flagged=True,
      note="He asks to delete the pre-filled Andet text (the temp job is over), so Andet is "
           "emptied. Flagged for the absence from the February meeting."),

    c(f"{P}-da-outlook_ios-tilfoej-pfas", "outlook_ios", "Bo Kristiansen", "Tilføj PFAS\n\nBo",
      {"interesser": "PFAS; Affald; Jord; VVM"}, S3),

    c(f"{P}-da-owa-pension-formand", "owa", "Gunnar Thomsen",
      "Kære tovholder\n\nJeg går på pension den 30. juni, og jeg vil gerne gå af som formand "
      "allerede på årsmødet i april, så der er tid til en ordentlig overlevering. Indtil da tager "
      "jeg gerne høringerne som hidtil.\n\nErfaringen kan I rette til 21 år. Fagområderne er de "
      "samme.\n\nVenlig hilsen\nGunnar Thomsen",
      {"erfaring": "21"}, S3, ask=["funktioner"],
      note="The chair retires in June and steps down as chair at a future date (April); what to "
           "record for Formand now and the handover are for the chair/group, so funktioner is "
           "passed on rather than recorded. 'Fagområderne er de samme' covers one question only, "
           "so not unchanged."),

    c(f"{P}-da-android-stoej-og-luft", "android", "Karina Holm",
      "hej. sæt mig på støj og luft, pfas har jeg ikke mere. tid: lidt\nmvh karina",
      {"interesser": "Støj; Luft", "tid": "Lidt"}, S1),

    c(f"{P}-da-gmail_android-uden-aeoeaa", "gmail_android", "Søren Nørgaard",
      "Hej\nUndskyld manglende ae oe aa, jeg skriver fra telefonen i udlandet.\n"
      "Stoej er kommet til hos mig, og jeg kan godt vaere sekretaer hvis der mangler en.\n"
      "Aar paa omraadet: 9\nMvh Soeren",
      {"interesser": "PFAS; Affald; Støj", "funktioner": "Høringstovholder; Sekretær",
       "erfaring": "9"}, S4,
      note="'kan godt være sekretær hvis der mangler en' is an offer, which is what the question "
           "asks ('kunne påtage dig'), so Sekretær is added."),

    c(f"{P}-da-apple_mail-kryds-i-skemaet", "apple_mail", "Line Damgaard",
      "Hej\n\nHar rettet i skemaet herunder.\n\nKh Line",
      {"interesser": "Spildevand; Affald; Klima", "erfaring": "4"}, S2,
      edits=[("set", "[ ] Affald", "[x] Affald"), ("set", "[x] Luft", "[ ] Luft"),
             ("set", "Svar: 3", "Svar: 4")],
      note="Crosses moved inside the quoted form: Affald added, Luft removed, 3 -> 4 years."),

    c(f"{P}-da-outlook_prefix-hvilken-pfas-gruppe", "outlook_prefix", "Jens Kirkegaard",
      "Hej\n\nEt spørgsmål før jeg svarer på nr. 2: er \"Arbejdsgruppe om PFAS\" vores egen "
      "arbejdsgruppe eller den regionale under KL? Jeg sidder kun i den regionale. Lad krydset "
      "stå indtil videre.\n\nErfaring er 13 nu. Ellers er alt uændret.\n\nHilsen\nJens",
      {"erfaring": "13"}, S1, unchanged=True, ask=["grupper"],
      note="A question about what the group option means; his membership of it is uncertain, so "
           "grupper goes to the chair (the cross stays for now)."),

    c(f"{P}-da-thunderbird_bottom-mere-tid", "thunderbird_bottom", "Ejnar Bak",
      "Kun en rettelse: tiden. Vi har fået en ekstra medarbejder, så jeg kan sætte nogen tid af "
      "til gruppen nu. Og så er jeg kommet med i netværket for miljøtilsyn siden sidst.\n"
      "Resten står fint.\n\n-- \nEjnar Bak\nEksempel Kommune",
      {"tid": "Nogen", "grupper": "Netværk for miljøtilsyn"}, S3, unchanged=True,
      note="Says 'kun en rettelse' and then gives two; both recorded."),

    c(f"{P}-da-owa_html-melder-fra", "owa_html", "Mikkel Juhl",
      "Hej alle\n\nJeg må desværre melde mig ud af gruppen. Jeg har fået nyt job i regionen fra "
      "1. februar og kommer ikke til at arbejde med kommunalt tilsyn længere.\n\n"
      "Tak for mange gode møder!\n\nVh Mikkel",
      {}, S2, flagged=True,
      note="Leaving the group: for the chair; nothing to record on the form."),

    c(f"{P}-da-outlook_android-pfas-gruppen", "outlook_android", "Malene Bruun",
      "Hej! Jeg er kommet med i PFAS-arbejdsgruppen 🙌 og har fået et Power-to-X-anlæg ved havnen "
      "på min liste. Resten er som sidst.\n\nVh Malene",
      {"interesser": "PFAS; Affald; Power-to-X",
       "grupper": "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS"}, S4, unchanged=True),

    c(f"{P}-da-outlook_mac-fjorten-aar", "outlook_mac", "Hanne Vestergaard",
      "Hej Tovholder\n\nJeg har nu fjorten års erfaring, hvis jeg har talt rigtigt.\n"
      "Sekretær vil jeg gerne slippe – jeg har skrevet referat i fire år, så nu må en anden tage "
      "over. Høringstovholder vil jeg til gengæld gerne prøve.\n\nMange hilsner\nHanne",
      {"erfaring": "14", "funktioner": "Høringstovholder"}, S1,
      note="'fire år' is how long she took minutes, not her experience."),

    c(f"{P}-da-gmail-opdatering-efter-nytaar", "gmail", "Camilla Brandt",
      "Hej Tovholder\n\nTak for skemaet. Lidt opdatering fra mig efter nytår:\n\n"
      "- Spildevand fylder stadig mest (ny spildevandsplan på vej).\n"
      "- Luft har jeg givet videre til en ny kollega, så den kan I fjerne.\n"
      "- Jeg er begyndt at tage tilsyn på vores to IE-virksomheder, så sæt gerne "
      "IE-direktivet på.\n"
      "- Klima er uændret.\n\n"
      "Under Andet kan I skrive: Barselsvikar til december (forlænget)\n\n"
      "Og så vil jeg gerne tilbyde mig som sekretær, hvis I stadig mangler en.\n\n" + SIG_KOMMUNE,
      {"interesser": "Spildevand; Klima; IE-direktivet", "funktioner": "Sekretær",
       "andet": "Barselsvikar til december (forlænget)"}, S2,
      note="Andet is labelled ('Under Andet kan I skrive:') and replaces the pre-filled text."),

    c(f"{P}-da-android-ny-interval", "android", "Dorte Riis",
      "Hej\nJeg er ny i gruppen efter jul. Støj og luft, mest virksomhedstilsyn.\n"
      "Erfaring: 15-20 år alt efter hvordan man tæller (har været væk fra faget et par år)\n"
      "Tid: meget i foråret, mindre efter sommerferien\nMvh Dorte",
      {"interesser": "Støj; Luft"}, {}, ask=["erfaring", "tid"],
      note="A range of years and a time answer that changes over the year: both passed on."),

    c(f"{P}-da-apple_forward-videresendt", "apple_forward", "Poul Skov",
      "Hej\nJeg kunne ikke få svar-knappen til at virke, så jeg videresender bare.\n"
      "Jeg arbejder stadig med PFAS og affald, men jeg er ude af netværket for miljøtilsyn. "
      "Ti år på området nu.\n\nHilsen Poul",
      {"interesser": "PFAS; Affald", "grupper": "", "erfaring": "10"}, S4,
      note="Interests restated as they were (recorded as said, same as sent)."),

    c(f"{P}-da-gmail_android-english", "gmail_android", "Lucas Moreau",
      "Hi – sorry for writing in English, my Danish is not yet good enough for forms :)\n"
      "I don't work with noise any more, it's all PFAS and wastewater now. Time: I'll be busier "
      "this spring, so put little.\nBest, Lucas",
      {"interesser": "PFAS; Spildevand", "tid": "Lidt"}, S1,
      note="English on the Danish form; recorded in the Danish option spellings."),

    c(f"{P}-da-outlook_html-ledig-stilling", "outlook_html", "Birgitte Lund",
      "Hej\n\nSe mine rettelser i skemaet.\n\nBirgitte",
      {"interesser": "Affald; Støj; Jord; VVM"}, S3, ask=["tid"],
      edits=[("set", "[ ] Støj", "[x] Støj"),
             ("add", "5. Tid", "Afhænger af om vi får besat den ledige stilling. Ellers fortsat "
                               "lidt.")],
      note="Støj crossed. Time depends on a vacancy being filled (only the 'otherwise' branch is "
           "given), so tid goes to the chair rather than being confirmed or changed."),

    c(f"{P}-da-iphone-andet-kursus", "iphone", "Ida Mortensen",
      "Andet: kursus hele marts, så ingen referat fra mig på martsmødet\nEllers intet nyt\n\nMvh Ida",
      {"andet": "kursus hele marts, så ingen referat fra mig på martsmødet"}, S1,
      unchanged=True, flagged=True,
      note="Labelled Andet recorded; also an absence from the March meeting (she is the "
           "secretary), so flagged."),

    c(f"{P}-da-thunderbird_bottom-stavefejl", "thunderbird_bottom", "Anne-Mette Friis",
      "Hej\n\nJeg satte vist kryds forkert sidst: jeg er ikke hørringstovholder (jeg er formand for "
      "vores lokale grønne råd, men det er noget helt andet). Fjern venligst hørringstovholder.\n"
      "Erfarng 8 -> 11\nellers uændert\n\nmvh Anne-Mette",
      {"funktioner": "", "erfaring": "11"}, S4, unchanged=True,
      note="Typos kept as written. Being chair of a local green council is not the Formand "
           "function here."),

    c(f"{P}-da-outlook_mac_html-nummererede-svar", "outlook_mac_html", "Emil Lauridsen",
      "Hej\n\nHer er mine svar:\n1. PFAS, jord og lidt klima\n2. ingen endnu\n3. sekretær måske\n"
      "4. 2\n5. nogen\n6. Jeg starter først 1. februar i Eksempel Kommune, men Peter bad mig "
      "svare allerede nu\n\nVh Emil",
      {"interesser": "PFAS; Jord; Klima", "grupper": "", "erfaring": "2", "tid": "Nogen",
       "andet": "Jeg starter først 1. februar i Eksempel Kommune, men Peter bad mig svare "
                "allerede nu"}, {}, ask=["funktioner"],
      note="Answers numbered like the form's questions; 6 is Andet. 'sekretær måske' is a maybe, "
           "passed on."),

    c(f"{P}-da-outlook_mac-som-sidst", "outlook_mac", "Sofie Lindberg",
      "Hej! Alt er som sidst 😊\nSofie", {}, S2, unchanged=True),

    c(f"{P}-da-outlook_prefix-byt-affald", "outlook_prefix", "Ole Bech",
      "Hej\n\nByt Affald ud med Jord – jeg har skiftet team internt. Og sæt tiden op til meget, nu "
      "hvor vi er blevet flere.\n\nVH\nOle",
      {"interesser": "PFAS; Jord", "tid": "Meget"}, S4),

    c(f"{P}-da-owa_html-svar-i-blaat", "owa_html", "Jakob Frandsen",
      "Svarer inde i mailen med blåt.\n\n" + SIG_SHORT,
      {"interesser": "PFAS; Støj; Luft", "erfaring": "14"}, S1,
      edits=[("add", "1. Interesser", "Luft er kommet til i år (lugtsager fra svinebrug)"),
             ("add", "4. Erfaring", "14 – jeg havde glemt årene i Miljøstyrelsen")],
      note="Typed lines under questions 1 and 4 in the HTML-only reply."),

    # --- English form -----------------------------------------------------------------------
    c(f"{P}-en-outlook-hand-over-chair", "outlook", "Piotr Nowak",
      "Hi,\n\nAs before, except: I'd like to hand over the chair – with my new job role I can't "
      "lead the meetings any more, but I'm happy to be consultation coordinator. Experience is "
      "twenty-one years now.\n\n" + SIG_EN,
      {"functions": "Consultation coordinator", "experience": "21"}, E1, lang="en",
      unchanged=True,
      note="Stepping down as chair is his answer to the functions question, effective now; "
           "recorded, not flagged."),

    c(f"{P}-en-gmail-new-member", "gmail", "Freya Olsen",
      "Hello!\n\nI'm new in the group (joined in December). I work mostly with contaminated soil "
      "and PFAS, and some EIA screenings. 4 years of experience. I'm already in the PFAS working "
      "group.\nTime: much for now – I'm new, so I still have capacity.\n\nCheers,\nFreya",
      {"interests": "PFAS; Soil; EIA", "groups": "PFAS working group", "experience": "4",
       "time": "Much"}, {}, lang="en"),

    c(f"{P}-en-thunderbird-dansk", "thunderbird", "Torben Lykke",
      "Hej\n\nJeg skriver lige på dansk. Jeg er gået ned på 30 timer, så sæt mig på lidt tid. "
      "Klima passer stadig, men luft er røget. Ellers uændret.\n\nMvh Torben",
      {"interests": "Climate", "time": "Little"}, E2, lang="en", unchanged=True,
      note="Danish on the English form; recorded in the English option spellings. '30 timer' "
           "are weekly hours, not experience."),

    c(f"{P}-en-outlook_ios-add-pfas", "outlook_ios", "Sam Okafor", "Add PFAS pls\n\n/Sam",
      {"interests": "PFAS; Wastewater; Noise"}, E1, lang="en"),

    c(f"{P}-en-owa-since-2014", "owa", "Ingrid Holm",
      "Hi\n\nExperience: since 2014. Time: some.\n\nOne question: will the meetings this spring "
      "also be online? It's a long drive from Aalborg.\n\nBest regards\nIngrid",
      {"time": "Some"}, E2, lang="en", ask=["experience"],
      note="A year instead of a number of years: passed on. The question about online meetings "
           "is for the chair as well."),

    c(f"{P}-en-iphone-cant-make-february", "iphone", "Ruth Meyer",
      "Can't make the February meeting, sorry – I'll be at an IED conference in Brussels. The "
      "form is fine as it is.\n\nRuth",
      {}, E1, lang="en", unchanged=True, flagged=True,
      note="Absence from a meeting; the form itself unchanged."),

    c(f"{P}-en-outlook_html-crosses", "outlook_html", "Nadia Sørensen",
      "Hi, updated in the form below.\n\nNadia",
      {"groups": "Inspection network", "functions": "Secretary", "experience": "11"}, E2,
      lang="en",
      edits=[("set", "[ ] Secretary", "[x] Secretary"),
             ("set", "[x] PFAS working group", "[ ] PFAS working group"),
             ("set", "Answer: 10", "Answer: 11")]),

    c(f"{P}-en-apple_mail-odour", "apple_mail", "Oliver Grant",
      "Hi,\n\nInterests: wastewater, noise and odour (lots of odour complaints from the biogas "
      "plant this winter).\nGroups: same.\nTime is the tricky one – little or some, depends on "
      "what my new manager says.\n\nBest,\nOliver",
      {"interests": "Wastewater; Noise"}, E1, lang="en", ask=["interests", "time"],
      note="Odour is no option (Air is not the same thing): the confident part is recorded, "
           "interests passed on. Time is undecided between two options: passed on. 'Groups: "
           "same' covers one question, so not unchanged."),
]
