"""Unseen part 96 of the own-words competence-form replies: members describe their daily work in
their own prose. By hand, blind; people invented, at example.org."""

from common import E1, E2, S1, S2, S3, S4, SIG_EN, SIG_KOMMUNE, SIG_SHORT, c

BOTH = "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS"

CASES = [
    # --- Danish form -----------------------------------------------------------------------
    c("ow96-da-outlook-spildevandsteamet", "outlook", "Rikke Damgaard",
      "Hej\n\nTak for skemaet. Jeg skriver det hellere med egne ord end at sætte krydser.\n\n"
      "Mine dage går i dag for det meste med spildevandstilladelser og tilslutningssager – jeg "
      "blev flyttet over i spildevandsteamet i august. Affald har jeg ikke længere, det har "
      "Karina overtaget. PFAS følger jeg stadig, især sagerne med fund i drænvandet ved den "
      "gamle brandøvelsesplads.\n\nHøringstovholder vil jeg gerne blive ved med at være. Resten "
      "står, som det skal.\n\n" + SIG_KOMMUNE,
      {"interesser": "PFAS; Spildevand", "funktioner": "Høringstovholder"}, S4, unchanged=True,
      note="Spildevandstilladelser/tilslutningssager -> Spildevand added; Affald removed; "
           "Høringstovholder confirmed (same as sent). 'Resten står, som det skal' = unchanged."),

    c("ow96-da-outlook_html-ny-landbrugstilsyn", "outlook_html", "Signe Vestergaard",
      "Hej\n\nJeg er ny i gruppen – startede i kommunen den 1. september, så jeg har ikke udfyldt "
      "noget før.\n\nTil daglig laver jeg miljøtilsyn på landbrug og husdyrbrug, og så har jeg "
      "fået støjklagerne fra de tre vindmølleparker i den sydlige del af kommunen. Før jeg kom "
      "hertil, var jeg seks år i et rådgivningsfirma, hvor jeg mest lavede "
      "jordforureningsundersøgelser, så det kan jeg også godt hjælpe med, hvis der bliver brug "
      "for det.\n\nJeg vil gerne være med i netværket for miljøtilsyn.\n\nTid: meget, i hvert "
      "fald det første halve år.\n\nMvh\nSigne Vestergaard\nEksempel Kommune",
      {"interesser": "Støj", "grupper": "Netværk for miljøtilsyn", "erfaring": "6",
       "tid": "Meget"}, {}, ask=["interesser"],
      note="New member, nothing sent. Landbrug/husdyrbrug is no option; jordforurening was her "
           "former job, offered as help, not what she works with now -> interesser asked "
           "(Støj recorded). Six years at a consultancy = her years on the area (a few months "
           "here not counted). 'vil gerne være med i netværket' recorded as the group."),

    c("ow96-da-outlook_prefix-deltid-kun-jord", "outlook_prefix", "Bent Lauridsen",
      "Hej\n\nJeg er gået ned på 30 timer om ugen og laver nu kun jordsager - ingen VVM og intet "
      "affald mere. Formand kan jeg ikke fortsætte som, men høringerne tager jeg gerne stadig."
      "\n\n/Bent",
      {"interesser": "Jord", "funktioner": "Høringstovholder"}, S3,
      note="'høringerne tager jeg gerne stadig' = stays Høringstovholder; Formand removed. "
           "30 hours a week is not a time answer; tid keeps Lidt."),

    c("ow96-da-owa-pfas-hele-kalenderen", "owa", "Camilla Winther",
      "Hej tovholder\n\nDet meste af min arbejdsdag går efterhånden med PFAS: prøvetagning ved de "
      "gamle brandøvelsespladser, møder med vandværkerne og rigtig mange borgerhenvendelser om "
      "egne boringer. Støj har jeg afleveret til vores nye kollega, så det skal ud.\n\nSiden "
      "sidst er jeg også kommet med i netværket for miljøtilsyn.\n\nErfaring er nu 13 år. Tid: "
      "Meget - det passer fint med, at PFAS alligevel fylder hele min kalender.\n\n" + SIG_SHORT,
      {"interesser": "PFAS", "grupper": BOTH, "erfaring": "13", "tid": "Meget"}, S1,
      note="Waterworks and private wells are described as part of her PFAS work, not a new "
           "area; not asked."),

    c("ow96-da-owa_html-badevand-og-fastansat", "owa_html", "Morten Skov",
      "Hej\n\nHer er en opdatering på, hvad jeg laver:\nJeg arbejder med regnvandsbassiner, "
      "udledningstilladelser og klimatilpasning langs Eksempel Å. Om sommeren har jeg desuden "
      "overtaget badevandsprøverne. Luft har jeg ikke rørt i over et år, så det kan fjernes.\n\n"
      "Andet: Jeg er blevet fastansat fra 1. januar, så barselsvikariatet er ikke længere "
      "aktuelt.\n\nVenlig hilsen\nMorten",
      {"interesser": "Spildevand; Klima",
       "andet": "Jeg er blevet fastansat fra 1. januar, så barselsvikariatet er ikke længere "
                "aktuelt."}, S2, ask=["interesser"],
      note="Luft removed; rainwater basins/discharge permits fall under his Spildevand. "
           "Badevand (bathing water) is no option -> interesser asked. Andet is labelled."),

    c("ow96-da-outlook_ios-genbrugsplads-foraar", "outlook_ios", "Anders Bach",
      "Stadig pfas og affald, mest affald. Kan ikke være høringstovholder i foråret pga "
      "projektet med den nye genbrugsplads. Ellers uændret\n\nAnders",
      {"interesser": "PFAS; Affald"}, S4, ask=["funktioner"], unchanged=True,
      note="He is not available as høringstovholder only in the spring: temporary, so whether "
           "to remove the function is passed on rather than recorded."),

    c("ow96-da-outlook_android-nyt-job-region", "outlook_android", "Louise Kragh",
      "Hej\n\nJeg skal lige sige, at jeg har fået nyt job i Region Eksempel fra 1. februar, så "
      "jeg træder ud af gruppen til den tid. Indtil da laver jeg det samme som hidtil, så "
      "skemaet kan blive som det er.\n\nMvh Louise",
      {}, S1, unchanged=True, flagged=True,
      note="Leaving the group on 1 February -> for the chair. 'skemaet kan blive som det er' = "
           "unchanged."),

    c("ow96-da-outlook_mac-faglig-koordinator", "outlook_mac", "Hanne Kjærgaard",
      "Kære tovholder\n\nMin hverdag har ændret sig en del siden sidst. Jeg er blevet faglig "
      "koordinator for hele miljøafdelingen, så jeg sagsbehandler ikke selv ret meget længere. "
      "Det, jeg stadig rører ved, er de store VVM-sager og miljøgodkendelserne efter "
      "IE-direktivet – især de to biogasanlæg og det Power-to-X-anlæg, der er planlagt ved "
      "havnen. Jord og affald er helt væk fra mit bord.\n\nFormand fortsætter jeg gerne som. "
      "Høringstovholder må en anden tage over, det når jeg ikke.\n\nTiden: jeg har faktisk en "
      "smule mere end sidst, så sæt mig på Nogen.\nErfaring: 22 år efterhånden.\n\n"
      "De bedste hilsner\nHanne Kjærgaard\nFaglig koordinator, Miljø\nEksempel Kommune",
      {"interesser": "VVM; IE-direktivet; Power-to-X", "funktioner": "Formand", "erfaring": "22",
       "tid": "Nogen"}, S3,
      note="Biogas plants are examples of her IE-direktivet approvals, not a separate area."),

    c("ow96-da-iphone-luft-ud-stoej-ind", "iphone", "Jonas Friis",
      "luft ud, støj ind. resten passer 👍",
      {"interesser": "Spildevand; Støj; Klima"}, S2, unchanged=True),

    c("ow96-da-iphone-rettet-i-skemaet", "iphone", "Maja Thorsen",
      "Har rettet direkte i skemaet. Jeg laver mest jordforurening nu, også PFAS i jord, og "
      "støjen er røget til en kollega.",
      {"interesser": "PFAS; Jord", "erfaring": "14"}, S1,
      edits=[("set", "[ ] Jord", "[x] Jord"), ("set", "[x] Støj", "[ ] Støj"),
             ("set", "Svar: 12", "Svar: 14")],
      note="Crosses changed in the quoted form, agreeing with her sentence; 12 -> 14 typed."),

    c("ow96-da-apple_mail-affald-og-atter-affald", "apple_mail", "Ida Mortensen",
      "Hej\n\nTil daglig er det affald og atter affald: genbrugspladserne, erhvervsaffald og "
      "jordflytninger. PFAS kan du tage af, jeg har ikke haft en PFAS-sag i over et år.\n\n"
      "Jeg kan afsætte cirka en dag om måneden til gruppen. Erfaring: ni år nu.\n\nHilsen Ida",
      {"interesser": "Affald; Jord", "erfaring": "9"}, S4, ask=["tid"],
      note="Jordflytninger (soil moving notifications) is the municipality's Jord area -> Jord "
           "added; a reader could argue she frames it as waste work. 'en dag om måneden' is no "
           "option -> tid asked."),

    c("ow96-da-apple_forward-videresendt-omfartsvej", "apple_forward", "Emil Sørensen",
      "Hej igen\n\nVideresender lige skemaet, jeg fik ikke svaret på det i går på mobilen.\n\n"
      "Jeg arbejder med støj og luft, primært fra virksomheder, men også en del vejstøj i "
      "forbindelse med den nye omfartsvej. Sekretær vil jeg gerne være. Jeg har 5 års "
      "erfaring.\n\nEmil",
      {"interesser": "Støj; Luft", "funktioner": "Sekretær", "erfaring": "5"}, {}),

    c("ow96-da-gmail-efter-jul", "gmail", "Ole Brandt",
      "Tak, det kigger jeg på efter jul.\n\nMvh Ole",
      {}, S3, note="Nothing about the form yet."),

    c("ow96-da-gmail-klimakoordinator-skybrud", "gmail", "Astrid Holm",
      "Hej\n\nJeg er kommunens klimakoordinator og bruger mine dage på klimaplanen, "
      "CO2-regnskabet og klimatilpasning langs kysten. Derudover er jeg projektleder på "
      "skybrudssikringen af bymidten, hvor jeg arbejder tæt sammen med forsyningen – jeg ved "
      "ikke, om det tæller som spildevand hos jer?\n\nJeg har ikke så meget tid, så skriv lidt."
      "\nJeg har arbejdet med klima siden 2019.\n\nMvh\nAstrid Holm\nKlimakoordinator, Eksempel "
      "Kommune",
      {"interesser": "Klima", "tid": "Lidt"}, {}, ask=["interesser", "erfaring"],
      note="She asks herself whether cloudburst protection counts as Spildevand -> interesser "
           "asked (Klima recorded). A year instead of a number of years -> erfaring asked."),

    c("ow96-da-gmail_android-stikord-efteruddannelse", "gmail_android", "Tobias Lund",
      "pfas ja. stoej nej. jord ja (nyt). sekretaer ok. lidt tid i foraaret pga "
      "efteruddannelse.\nmvh T",
      {"interesser": "PFAS; Jord", "funktioner": "Sekretær", "tid": "Lidt"}, S1,
      note="oe/ae/aa spellings. 'lidt tid i foråret' recorded as Lidt with its reason."),

    c("ow96-da-thunderbird-natur-og-vandloeb", "thunderbird", "Karen Juhl",
      "Hej\n\nJeg bruger efterhånden det meste af min tid på natur og vandløb – "
      "vandløbsregulativer, Natura 2000-væsentlighedsvurderinger og en enkelt sag om "
      "okkerudledning – og kun en sjælden gang på affald. PFAS og affald må du gerne lade stå, "
      "for jeg har stadig de gamle sager.\n\nMen jeg synes, I skal overveje at tilføje natur og "
      "vandløb som fagområde i skemaet. Vi er flere i gruppen, der laver det.\n\nVenlig hilsen\n"
      "Karen Juhl",
      {"interesser": "PFAS; Affald"}, S4, ask=["interesser"],
      note="PFAS and Affald explicitly kept (same as sent). Natur/vandløb is no option and she "
           "proposes it as a new area -> interesser passed on to the chair."),

    c("ow96-da-thunderbird_bottom-vikariat-slutter", "thunderbird_bottom", "Freja Nørgaard",
      "Hej,\n\nmit vikariat slutter 31. januar, så I skal nok ikke regne med mig efter det. "
      "Indtil da er det spilevand og klima hele dagen, luft har jeg ikke haft noget af.\n\n"
      "Freja",
      {"interesser": "Spildevand; Klima"}, S2, flagged=True,
      note="Bottom-posted. Typo 'spilevand'. Her cover ends 31 January and she leaves -> for the "
           "chair; not labelled Andet, so Andet is not rewritten."),

    c("ow96-da-android-fireogtyve-aar", "android", "Niels Krogh",
      "Hej. Jeg har nu fireogtyve års erfaring 😅 Arbejder stadig med jord og affald, VVM er "
      "flyttet over til planafdelingen. Formand og høringstovholder: ja til begge. Tid lidt.",
      {"interesser": "Affald; Jord", "erfaring": "24", "funktioner": "Formand; Høringstovholder",
       "tid": "Lidt"}, S3),

    c("ow96-da-android-sygemeldt-deltid", "android", "Pernille Aagaard",
      "Hej\n\nJeg er sygemeldt på deltid frem til sommer, så jeg kan ikke love noget med tid "
      "lige nu. Arbejdsopgaverne er de samme: PFAS og støj.\n\nKh Pernille",
      {"interesser": "PFAS; Støj"}, S1, ask=["tid"],
      note="'kan ikke love noget med tid' is no option (Lidt would be a guess) -> tid asked."),

    c("ow96-da-outlook-lugt-fra-svinefarme", "outlook", "Lars Holt",
      "Hej\n\nSe mine rettelser i skemaet herunder.\n\n" + SIG_SHORT,
      {"funktioner": "Sekretær"}, S4, ask=["interesser"],
      edits=[("add", "[ ] Luft", "<- jeg har fået lugtklagerne fra svinefarmene, hører det "
                                 "under luft?"),
             ("set", "[x] Høringstovholder", "[ ] Høringstovholder"),
             ("set", "[ ] Sekretær", "[x] Sekretær")],
      note="He asks whether odour from pig farms counts as Luft and does not cross it -> "
           "interesser asked. Crosses swap Høringstovholder for Sekretær."),

    c("ow96-da-owa-nystartet-ie-og-luft", "owa", "Sara Lindberg",
      "Hej\n\nJeg er lige startet som miljøtilsynsførende og har indtil videre fået "
      "IE-virksomhederne og luftsagerne – primært lugt og støv fra foderstoffabrikken. Jeg har "
      "2 års erfaring fra Miljøstyrelsen.\n\nFunktioner: ingen lige nu, jeg skal lige lande "
      "først.\nTid: Nogen.\n\nHvem skal jeg i øvrigt tale med for at komme med i netværket for "
      "miljøtilsyn?\n\nVenlig hilsen\nSara Lindberg",
      {"interesser": "Luft; IE-direktivet", "erfaring": "2", "funktioner": "", "tid": "Nogen"},
      {}, flagged=True,
      note="IE-virksomhederne -> IE-direktivet, luftsagerne -> Luft (odour/dust as examples). "
           "'Funktioner: ingen' recorded as empty (nothing was sent either). Her question about "
           "joining the network is for the chair; she is not in it yet, so grupper not "
           "recorded."),

    c("ow96-da-outlook_html-affaldsteamet", "outlook_html", "Jakob Rasmussen",
      "Hej\n\nJeg har skiftet til affaldsteamet pr. 1/11 — så nu er det affald, affald, affald. "
      "Spildevand, luft og klima kan slettes.\nJeg bliver i begge grupper.\n\nMvh Jakob",
      {"interesser": "Affald", "grupper": BOTH}, S2,
      note="Groups confirmed (same as sent)."),

    c("ow96-da-apple_mail-pension-marts", "apple_mail", "Poul Enevoldsen",
      "Kære tovholder\n\nJeg går på pension med udgangen af marts efter 41 år i faget, heraf "
      "de 20 her i kommunen. Indtil da bruger jeg det meste af tiden på at overdrage mine "
      "jordsager til de yngre kolleger.\n\nFormand bør nok være en anden fra det nye år – det "
      "tager jeg gerne en snak med jer om på næste møde.\n\nHilsen Poul",
      {}, S3, ask=["erfaring", "funktioner"],
      note="Retiring end of March -> for the chair. Two numbers (41 in the trade, 20 here) -> "
           "erfaring asked. 'Formand bør nok være en anden fra det nye år' is a hedged, future "
           "stepping-down he wants to discuss -> funktioner asked, not removed."),

    c("ow96-da-gmail-english-noise-venues", "gmail", "Marco Rossi",
      "Hi,\n\nsorry for answering in English – my Danish is still not good enough for forms.\n\n"
      "My daily work is mostly noise: complaints about music venues and wind turbines. I also do "
      "some air quality monitoring. PFAS is not mine anymore, Lars took it over.\n\nI can still "
      "be secretary. Time: some.\n\nBest,\nMarco Rossi",
      {"interesser": "Støj; Luft", "funktioner": "Sekretær", "tid": "Nogen"}, S1,
      note="English on the Danish form. PFAS removed from interesser; he says nothing about the "
           "PFAS working group, so grupper is left as sent."),

    c("ow96-da-outlook_mac_html-renseanlaeg", "outlook_mac_html", "Birgitte Dahl",
      "Kort svar: jeg laver nu næsten kun tilsyn med renseanlæg og regnvandsudledninger, altså "
      "spildevand. PFAS og affald har jeg ikke mere. Høringstovholder: nej tak, ikke i år. "
      "Ellers som sidst.\n\nBirgitte",
      {"interesser": "Spildevand", "funktioner": ""}, S4, unchanged=True,
      note="'nej tak, ikke i år' removes Høringstovholder for this round."),

    c("ow96-da-thunderbird-klimaraad-i-skemaet", "thunderbird", "Vagn Iversen",
      "Hej\nJeg har skrevet direkte i skemaet.\nVagn",
      {"interesser": "Affald; Jord; Klima; VVM", "erfaring": "21",
       "andet": "Jeg sidder også i kommunens klimaråd nu, så klima er kommet til."}, S3,
      edits=[("set", "[ ] Klima", "[x] Klima"),
             ("add", "[x] VVM", "VVM er kun en enkelt sag om året nu, men lad den stå"),
             ("set", "Svar: 20", "Svar: 21"),
             ("set", "Svar:", "Svar: Jeg sidder også i kommunens klimaråd nu, så klima er "
                             "kommet til.", "6. Andet")],
      note="Typed in the quoted form: Klima crossed, VVM kept by his comment, 21 years, Andet "
           "typed on its Svar line (so labelled)."),

    # --- English form ----------------------------------------------------------------------
    c("ow96-en-outlook-treatment-plant", "outlook", "Thomas Berg",
      "Hi,\n\nMost of my days now go to wastewater permits for the industrial estate and the new "
      "treatment plant at Example Bay. Noise I handed over to a colleague in September, so "
      "please take it off.\n\nI would like to stay on as chair for one more year.\n\nOtherwise "
      "as before.\n\n" + SIG_EN,
      {"interests": "Wastewater", "functions": "Chair"}, E1, lang="en", unchanged=True),

    c("ow96-en-gmail-pfas-specialist-new", "gmail", "Anouk de Vries",
      "Hello,\n\nI joined Example Municipality in October as PFAS specialist, so this is my first "
      "time filling this in.\n\nMy days are spent on PFAS sampling, contaminated soil and "
      "groundwater protection. Before this I did soil remediation in the Netherlands. All in all "
      "I have five years of experience.\n\nI would like to join the PFAS working group. Time: "
      "much, at least until spring.\n\nBest regards,\nAnouk",
      {"interests": "PFAS; Soil", "groups": "PFAS working group", "experience": "5",
       "time": "Much"}, {}, lang="en", ask=["interests"],
      note="Groundwater protection is no option -> interests asked (PFAS, Soil recorded)."),

    c("ow96-en-thunderbird-new-baby", "thunderbird", "Nils Ahlgren",
      "Same as last year, but only little time from January (new baby!).\n/Nils",
      {"time": "Little"}, E2, lang="en", unchanged=True,
      note="The baby is the reason for Little, not an announced absence; not flagged."),

    c("ow96-en-iphone-landfill", "iphone", "Henrik Moos",
      "Still chair. Add soil + waste, I've got the landfill now. 21 yrs.",
      {"interests": "Wastewater; Waste; Noise; Soil", "functions": "Chair", "experience": "21"},
      E1, lang="en"),

    c("ow96-en-owa-biogas-odour-january", "owa", "Julie Fabricius",
      "Hi\n\nA quick update on my work: I spend most days on air permits for the biogas plant, "
      "odour complaints and the municipality's climate plan, so the areas are right.\n\nI would "
      "like to take on the consultation coordinator role – I coordinate consultation answers in "
      "my own department anyway. I have left the PFAS working group.\n\nPlease also note that I "
      "will miss the January meeting (course in Aarhus).\n\nJulie",
      {"interests": "Air; Climate", "groups": "Inspection network",
       "functions": "Consultation coordinator"}, E2, lang="en", flagged=True,
      note="'the areas are right' confirms Air; Climate (same as sent). Missing the January "
           "meeting -> for the chair."),

    c("ow96-en-outlook_android-dansk-jord", "outlook_android", "Kasper Nygaard",
      "Hej, jeg svarer lige på dansk. Jeg laver stadig spildevand og støj, men har fået "
      "jordforurening med oveni efter omstruktureringen. Formand: ja. Tid: lidt.\nmvh Kasper",
      {"interests": "Wastewater; Noise; Soil", "functions": "Chair", "time": "Little"}, E1,
      lang="en", note="Danish on the English form; jordforurening -> Soil."),

    c("ow96-en-apple_mail-harbour", "apple_mail", "Mikkel Strand",
      "Hi\n\nI work with the marine environment – ballast water, harbour dredging permits and "
      "emissions from ships in port. Most of it would be air I suppose, the rest is water "
      "quality, which is not on your list.\n\n15 years. Some time.\n\nMikkel Strand\nHarbour "
      "Environment Officer",
      {"interests": "Air", "experience": "15", "time": "Some"}, {}, lang="en",
      ask=["interests"],
      note="Ship emissions -> Air (his own mapping); marine environment, dredging and water "
           "quality are no option -> interests asked."),

    c("ow96-en-outlook_prefix-maybe-some", "outlook_prefix", "Laura Kiel",
      "Answers in the form below.\n\nLaura",
      {"interests": "PFAS; Air; Climate"}, E2, lang="en", ask=["time"],
      edits=[("set", "[ ] PFAS", "[x] PFAS"), ("add", "5. Time", "less than before - maybe Some?")],
      note="Typed under the Time question without moving the cross; 'maybe Some?' is tentative "
           "-> time asked rather than recorded."),
]
