"""Unseen part 112 of the own-words form replies: chatty prose with asides about colleagues, other
municipalities and the chair (Inger Mølgaard), what others do (not theirs), answers on behalf of a
colleague and forms forwarded to a colleague who answers. By hand; people invented, at
example.org."""

from common import E1, E2, S1, S2, S3, S4, SIG_EN, SIG_KOMMUNE, SIG_SHORT, c

GROUP = "Miljønetværkets tovholder <gruppe+k3f9a-2b7dq-8c1e5f0a9b3d4e6f@example.org>"
SUBJ_DA = "Kompetenceskema 2026: hvad arbejder du med?"
SUBJ_EN = "Competence form 2026: what do you work with?"

CASES = [
    # --- Danish form ---------------------------------------------------------------------------
    c("ow112-da-outlook-pfas-til-rasmus", "outlook", "Jørgen Bækgaard",
      "Hej Inger\n\n"
      "Kort nyt fra Vejle: Det er min kollega Rasmus der sidder med PFAS nu, så det skal I ikke "
      "skrive på mig længere - jeg har til gengæld fået jord ind over bordet siden sommer. "
      "Affald har jeg stadig.\n\n"
      "Høringstovholder vil jeg gerne fortsætte med. Resten er som før.\n\n" + SIG_KOMMUNE,
      {"interesser": "Affald; Jord", "funktioner": "Høringstovholder"}, S4, unchanged=True,
      note="PFAS is Rasmus's now (removed), Jord added; Høringstovholder reaffirmed."),

    c("ow112-da-outlook-soeren-overtager-mettes-plads", "outlook", "Søren Vestergaard",
      "Hej Inger og tovholder\n\n"
      "Mette sendte mig jeres skema inden hun stoppede. Hun var barselsvikar hos os og er gået "
      "videre til Region Midtjylland fra næste uge, så hun skal vist ud af listen.\n\n"
      "Det er mig hun har vikarieret for, og jeg vil gerne overtage pladsen i gruppen igen, hvis "
      "det kan lade sig gøre. Jeg arbejder med spildevand og klima (ikke luft, det var Mettes "
      "eget projekt) og har 14 års erfaring. Tid: nogen.\n\n" + SIG_SHORT,
      {}, S2, form_for="Mette Lund", ask=["interesser", "erfaring", "tid"],
      outer_rows=[("Fra", "Mette Lund <mette.lund@example.org>"),
                  ("Sendt", "tirsdag den 1. december 2026 10.02"),
                  ("Til", "Søren Vestergaard <soeren.vestergaard@example.org>"),
                  ("Emne", "VS: " + SUBJ_DA)],
      middle="Hej Søren\n\nDen her skal du nok svare på fremover – jeg er jo væk fra fredag. "
             "Tak for lån 🙂\n\nMette\n\n"
             f"Fra: {GROUP}\nSendt: tirsdag den 1. december 2026 09.14\n"
             f"Til: Mette Lund <mette.lund@example.org>\nEmne: {SUBJ_DA}\n\n",
      note="The form was Mette's (forwarded); Søren answers for himself and asks for her seat. "
           "Nothing goes on Mette's row; her leaving and Søren's answers go to the chair."),

    c("ow112-da-owa-aarhus-har-pfas-enhed", "owa", "Anne-Mette Kvist",
      "Hej\n\n"
      "Jeg kan forstå på Jonas at I gerne vil have det opdateret inden mødet i januar, så her "
      "kommer det.\n\n"
      "PFAS er stadig mit hovedområde, men støjen er røget over til vores nye kollega Ditte, så "
      "den kan I fjerne. I Aarhus har de en hel enhed til PFAS, det har vi ikke, så jeg sidder "
      "også med jord nu – al den forurenede jord fra PFAS-sagerne lander hos mig.\n\n"
      "Kirsten fra Horsens har sagt til Inger at hun gerne tager referaterne fremover, så I må "
      "gerne pille mig af som sekretær. Jeg har været sekretær i fire år, det må være nok :)\n\n"
      "Vh Anne-Mette",
      {"interesser": "PFAS; Jord", "funktioner": ""}, S1,
      note="Støj goes to Ditte (removed), Jord added; Sekretær removed (Kirsten's offer is the "
           "reason, not a condition). 'fire år' is years as secretary, not experience."),

    c("ow112-da-iphone-formanden-selv", "iphone", "Inger Mølgaard",
      "Samme som sidst. Jeg er stadig formand til vi vælger ny i marts, men I kan godt fjerne "
      "høringstovholder – det har Peter i Randers sagt ja til.\n\nInger",
      {"funktioner": "Formand"}, S3, unchanged=True,
      note="The chair answering her own form. Peter's role is not recorded on her row."),

    c("ow112-da-gmail-peter-randers-hoeringer", "gmail", "Peter Lindhardt",
      "Hej alle\n\n"
      "Inger spurgte mig på sidste møde om jeg ville tage over som høringstovholder efter hende, "
      "og det vil jeg gerne – så sæt x ved den. Det betyder nok også at jeg har lidt mere tid til "
      "gruppen end før, skriv meget.\n\n"
      "Erfaring: 8 er forkert, jeg startede i Favrskov i 2014, så det er 12 år nu.\n\n"
      "PFAS og affald passer stadig.\n\n"
      "Hilsen Peter\nRanders Kommune",
      {"interesser": "PFAS; Affald", "funktioner": "Høringstovholder", "erfaring": "12",
       "tid": "Meget"},
      {"interesser": "PFAS; Affald", "grupper": "Netværk for miljøtilsyn", "funktioner": "",
       "erfaring": "8", "tid": "Lidt"},
      note="'lidt mere tid ... skriv meget' is Meget; he gives the 12 years himself."),

    c("ow112-da-outlook_ios-ogsaa-for-birgit", "outlook_ios", "Jakob Thorsen",
      "Mine svar: som sidst, men tilføj spildevand.\n\n"
      "Og så skriver jeg lige for Birgit Holm også, for hun er sygemeldt og kan ikke komme på "
      "mail: hun vil gerne blive i PFAS-gruppen, men har kun lidt tid frem til sommer. Hun sender "
      "selv sit skema når hun er tilbage.\n\n/Jakob",
      {"interesser": "PFAS; Spildevand; Støj"}, S1, unchanged=True, flagged=True,
      note="Birgit's message (group, little time) is for the chair and must not go on Jakob's "
           "row; Jakob's tid stays Nogen."),

    c("ow112-da-thunderbird-ny-fra-odense", "thunderbird", "Louise Brandt",
      "Hej Inger\n\n"
      "Tak for sidst i Kolding. Som lovet kommer mine svar her – jeg er jo ny i gruppen, så der er "
      "ikke noget udfyldt.\n\n"
      "Jeg arbejder mest med industritilsyn efter IE-direktivet og lidt VVM, når vi har store "
      "projekter. Min kollega Hanne tager sig af spildevand og støj, så dem skal I ikke skrive på "
      "mig. I Odense, hvor jeg kom fra, var det mig der havde luft, men det har jeg ikke her.\n\n"
      "Jeg har været i faget i elleve år i alt.\n\n"
      "Netværket for miljøtilsyn er jeg meldt ind i via Hanne. PFAS-gruppen ikke.\n\n"
      "Funktioner: ingen lige nu, jeg skal lige lande først.\n\n"
      "Tid: nogen\n\n"
      "Mvh\nLouise Brandt\nMiljøingeniør, Middelfart Kommune",
      {"interesser": "VVM; IE-direktivet", "grupper": "Netværk for miljøtilsyn",
       "funktioner": "", "erfaring": "11", "tid": "Nogen"}, {},
      note="Hanne's areas and Louise's old Odense job (Luft) are not hers. 'lidt VVM' is not "
           "tid. 'Funktioner: ingen' recorded as empty."),

    c("ow112-da-outlook_android-luft-til-jeppe", "outlook_android", "Kasper Nygaard",
      "Hej. Luft er overtaget af Jeppe, ellers samme samme 👍\nKasper",
      {"interesser": "Spildevand; Klima"}, S2, unchanged=True),

    c("ow112-da-apple_mail-pension-skive", "apple_mail", "Bent Kallesøe",
      "Kære Inger\n\n"
      "Det bliver mit sidste skema – jeg går på pension til marts efter 31 år i miljøafdelingen "
      "i Skive (de 20 år I har stående er vist fra dengang jeg kom med i gruppen). Jeg kommer til "
      "januarmødet, men ikke til mødet i marts.\n\n"
      "Min efterfølger bliver formentlig Lasse Holt, han arbejder med affald og jord ligesom mig, "
      "og han vil gerne med i netværket. Jeg har sagt til ham at han selv skal skrive til jer.\n\n"
      "I må gerne fjerne mig som formandskandidat, men høringer tager jeg gerne indtil jeg "
      "stopper.\n\n"
      "Mange hilsner\nBent",
      {"funktioner": "Høringstovholder", "erfaring": "31"}, S3, flagged=True,
      note="Retiring in March, absent from the March meeting, successor: for the chair. Lasse's "
           "areas and network wish are not Bent's."),

    c("ow112-da-apple_forward-torben-fik-mig-med", "apple_forward", "Lene Skovbo",
      "Hej\nJeg kunne ikke svare direkte på mailen af en eller anden grund, så jeg videresender.\n"
      "PFAS og støj er stadig mine, og jeg er med i begge grupper nu – Torben fik mig med i "
      "tilsynsnetværket i september. 13 år nu.\nMvh Lene",
      {"interesser": "PFAS; Støj", "grupper": "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS",
       "erfaring": "13"}, S1,
      note="'13 år nu' replaces the sent 12 (experience)."),

    c("ow112-da-gmail_android-tilbage-fra-aalborg", "gmail_android", "Mikala Riis",
      "Tak Inger, jeg kigger på det når jeg er tilbage fra Aalborg på torsdag 🙂",
      {}, S4, note="Nothing about the form; not an absence from a meeting."),

    c("ow112-da-android-rettet-i-skemaet", "android", "Dorte Hvid",
      "Har rettet i skemaet nedenfor. Mikkel fra Esbjerg bad mig sige at han ikke har fået "
      "skemaet, kan I sende det til ham igen?\n\nHilsen Dorte",
      {"interesser": "PFAS; Støj"}, S4, flagged=True,
      edits=[("set", "[ ] Støj", "[x] Støj"), ("set", "[x] Affald", "[ ] Affald"),
             ("append", "[ ] Power-to-X", "   <- det er Mikkel der har Power-to-X, ikke mig")],
      note="Crosses in the quoted form: Affald off, Støj on. Mikkel's Power-to-X is not hers; "
           "resending his form is for the chair."),

    c("ow112-da-outlook_mac-sammen-med-charlotte", "outlook_mac", "Nanna Iversen",
      "Hej Inger\n\n"
      "Jeg vil rigtig gerne være høringstovholder sammen med Charlotte fra Viborg, hvis hun stadig "
      "er frisk på at dele det – ellers ikke. Min chef Ole har lovet mig mere tid til "
      "netværksarbejde fra februar, så sæt mig på meget.\n\n"
      "Vh Nanna",
      {"tid": "Meget"}, S1, ask=["funktioner"],
      note="Høringstovholder only if Charlotte shares it: a condition on someone else, asked. "
           "Sekretær untouched."),

    c("ow112-da-outlook_prefix-ny-med-kursus", "outlook_prefix", "Freja Kold",
      "Hej, her er mine svar, jeg er lige startet i Favrskov:\n\n"
      "1. Jeg har spildevand, jord og klimatilpasning. (Klimatilpasning hører vel under klima?)\n"
      "2. Ingen af dem endnu, men Inger har inviteret mig med i PFAS-gruppen fra næste møde\n"
      "3. sekretær kan jeg godt\n"
      "4. 6 år\n"
      "5. lidt\n"
      "6. Andet: Jeg er på kursus i uge 5 og misser derfor mødet 2. februar\n\n"
      "Mvh Freja Kold",
      {"interesser": "Spildevand; Jord; Klima", "funktioner": "Sekretær", "erfaring": "6",
       "tid": "Lidt",
       "andet": "Jeg er på kursus i uge 5 og misser derfor mødet 2. februar"}, {},
      ask=["grupper"],
      note="Not in a group yet, invited to the PFAS group from the next meeting: asked rather "
           "than recorded. Absence from the February meeting is also for the chair."),

    c("ow112-da-owa_html-tre-kommuner-deler", "owa_html", "Mads Kjeldsen",
      "Hej\n\n"
      "Vi har lavet et fælles tilsynssamarbejde med Skanderborg og Odder, så nu deler vi "
      "opgaverne: Skanderborg tager affald for alle tre, vi tager PFAS og jord, og Odder har "
      "støj. Så for mit vedkommende: PFAS og jord. Hvem der skal i netværket fra Skanderborg og "
      "Odder må de selv svare på.\n\n"
      "Ikke andre ændringer.\n\n" + SIG_KOMMUNE,
      {"interesser": "PFAS; Jord"}, S4, unchanged=True,
      note="Skanderborg's Affald and Odder's Støj are not his."),

    c("ow112-da-thunderbird_bottom-skrevet-ind", "thunderbird_bottom", "Signe Holmgaard",
      "Ellers er alt som det står.\n\nHilsen\nSigne",
      {"interesser": "Spildevand; Luft", "erfaring": "4",
       "andet": "Vikariatet er forlænget til december"}, S2, unchanged=True,
      edits=[("add", "1. Interesser", "Klima er blevet til klimatilpasning hos os, og det er "
              "Jens' område nu. Luft og spildevand har jeg stadig."),
             ("set", "Svar: 3", "Svar: 4"),
             ("set", "Svar: Barselsvikar til juni", "Svar: Vikariatet er forlænget til december")],
      note="Typed inside the quoted form: Klima is Jens's now (removed)."),

    c("ow112-da-gmail-deler-plads-med-lise", "gmail", "Ib Kragelund",
      "Hej tovholder\n\n"
      "Vi er to fra Hedensted, der deler én plads i gruppen, Lise og mig. Skemaet kom kun til "
      "mig. Jeg arbejder med støj og luft, Lise med PFAS og spildevand. Vi har begge mange år i "
      "faget – jeg har 22 års erfaring, Lise 9. Vi kan godt dele sekretærposten, hvis det hjælper.\n\n"
      "Ib",
      {"interesser": "Støj; Luft", "erfaring": "22"}, {}, ask=["funktioner"],
      note="Lise's areas and years are hers, not Ib's. Secretary only if shared with Lise: "
           "asked. The shared seat is for the chair anyway."),

    c("ow112-da-outlook_html-orlov-thomas-overtager", "outlook_html", "Camilla Brix",
      "Hej Inger\n\n"
      "Jeg går på forældreorlov fra 1. februar til 1. september, så jeg har stort set ingen tid i "
      "det halve år. Jeg vil gerne blive stående i gruppen, men sæt mig på lidt tid. Thomas fra "
      "Herning har lovet at tage referaterne mens jeg er væk – det har I måske allerede hørt fra "
      "ham.\n\n"
      "Andet: Orlov februar–august\n\n"
      "Bedste hilsner\nCamilla",
      {"tid": "Lidt", "andet": "Orlov februar–august"}, S1, flagged=True,
      note="Leave (absent from meetings) and Thomas standing in as secretary are for the chair; "
           "she does not ask to be removed as secretary, so Sekretær stays."),

    c("ow112-da-iphone-uaendret-klima", "iphone", "Per Ravn",
      "ellers uaendret, men tilfoej klima. mvh Per",
      {"interesser": "Affald; Jord; Klima; VVM"}, S3, unchanged=True),

    c("ow112-da-outlook-bente-har-ret", "outlook", "Kim Rask",
      "Bente har ret – sæt klima på og skriv 11 år. Resten passer.\n\nKim",
      {"interesser": "Spildevand; Jord; Klima", "erfaring": "11"},
      {"interesser": "Spildevand; Jord", "grupper": "Netværk for miljøtilsyn", "funktioner": "",
       "erfaring": "9", "tid": "Nogen"}, unchanged=True, subject_extra="VS: ",
      outer_rows=[("Fra", "Bente Friis <bente.friis@example.org>"),
                  ("Sendt", "tirsdag den 1. december 2026 10.55"),
                  ("Til", "Kim Rask <kim.rask@example.org>"),
                  ("Emne", "SV: VS: " + SUBJ_DA)],
      middle="Hej Kim\n\nDu har vist glemt klima, det har du da haft siden Lone stoppede. Og er "
             "det ikke 11 år nu? Du var også med i PFAS-gruppen i foråret, var du ikke?\n\n"
             "Bente\n\n"
             "Fra: Kim Rask <kim.rask@example.org>\nSendt: tirsdag den 1. december 2026 09.40\n"
             "Til: Bente Friis <bente.friis@example.org>\nEmne: VS: " + SUBJ_DA + "\n\n"
             "Bente, kan du lige kigge på den inden jeg svarer? Du husker bedre end mig.\n\n"
             f"Fra: {GROUP}\nSendt: tirsdag den 1. december 2026 09.14\n"
             f"Til: Kim Rask <kim.rask@example.org>\nEmne: {SUBJ_DA}\n\n",
      note="Kim forwards his colleague Bente's comments and confirms two of them; her question "
           "about the PFAS group is not confirmed by Kim and is not recorded."),

    c("ow112-da-owa-english-swap-waste", "owa", "Ana Ferreira",
      "Hi, sorry for answering in English – my Danish is still not good enough for forms.\n\n"
      "I moved from the waste team to the wastewater team in October, so please swap waste for "
      "wastewater. My colleague Morten and I still do the PFAS cases together. Time: some, same "
      "as before.\n\nCheers\nAna",
      {"interesser": "PFAS; Spildevand", "tid": "Nogen"}, S4,
      note="English on the Danish form; recorded in the Danish option spellings."),

    c("ow112-da-owa-kristian-som-formand", "owa", "Rikke Sønderby",
      "Hej Inger (og hvem der ellers læser med)\n\n"
      "Jeg hørte på Teams-mødet at du overvejer at stoppe som formand næste år. Jeg stiller ikke "
      "op selv, men jeg synes Kristian fra Silkeborg ville være rigtig god. Bare så du ved det.\n\n"
      "Mine egne svar: jeg har fået luft oveni, og tid kan godt rykkes op til meget nu hvor "
      "PFAS-projektet med regionen er afsluttet. Sekretær kan jeg fortsætte med.\n\n"
      "Hilsen Rikke",
      {"interesser": "PFAS; Støj; Luft", "funktioner": "Sekretær", "tid": "Meget"}, S1,
      flagged=True,
      note="Suggesting Kristian as chair is for the chair. A finished PFAS project does not "
           "remove PFAS as an area."),

    c("ow112-da-android-toogtyve-aar", "android", "Gitte Munk",
      "hej - erfaring er nu toogtyve aar, ikke 20 (det har vist staaet forkert et par aar). tid: "
      "hmm, et sted mellem lidt og nogen. formand vil jeg ikke mere, lad Inger fortsætte 😉\n"
      "Hilsen Gitte",
      {"erfaring": "22", "funktioner": "Høringstovholder"}, S3, ask=["tid"],
      note="Between Lidt and Nogen is no option: asked."),

    c("ow112-da-thunderbird-intet-nyt-helle-kommer", "thunderbird", "Poul Damgaard",
      "Intet nyt fra Holstebro.\n\n"
      "Jeg kan ikke komme til mødet den 14. januar pga. vores tilsynskampagne, men Helle fra min "
      "afdeling kommer i stedet, hvis det er ok.\n\n/Poul",
      {}, S4, unchanged=True, flagged=True,
      note="Absence and a stand-in: for the chair."),

    c("ow112-da-outlook_mac_html-niels-skal-have-skemaet", "outlook_mac_html", "Birgitte Juul",
      "Har sat krydser.\n\n"
      "Niels Bach fra vores team skal også have skemaet – han kommer med i PFAS-gruppen fra "
      "januar i stedet for mig. Mail: niels.bach@example.org\n\nBirgitte",
      {"interesser": "PFAS; Spildevand; Klima"}, S2, ask=["grupper"],
      edits=[("set", "[ ] PFAS", "[x] PFAS"), ("set", "[x] Luft", "[ ] Luft")],
      note="Crosses: PFAS on, Luft off. Niels joins the PFAS group 'i stedet for mig' from "
           "January, so she seems to leave it, but she left it ticked and it is a future change: "
           "asked. Sending Niels the form is for the chair."),

    # --- English form --------------------------------------------------------------------------
    c("ow112-en-outlook-lars-talked-me-into-pfas", "outlook", "Henrik Dahl",
      "Hi Inger,\n\n"
      "Great meeting in Vejle last week. Quick update from me: Lars from Kolding finally talked "
      "me into joining the PFAS working group, so please add that. I still do wastewater and "
      "noise. Otherwise as before.\n\n" + SIG_EN,
      {"interests": "Wastewater; Noise", "groups": "Inspection network; PFAS working group"},
      E1, lang="en", unchanged=True),

    c("ow112-en-owa-clara-for-yusuf", "owa", "Clara Holm",
      "Hello,\n\n"
      "I'm writing on behalf of Yusuf, who forwarded me this before he left for a field campaign "
      "in Greenland – he has no mail access until February. He asked me to tell you that he is "
      "dropping air, keeps climate, and that his time should be 'little' this year. He'll miss "
      "the January meeting, obviously.\n\n"
      "For the record, I'm not a member myself, I just share an office with him.\n\n"
      "Best\nClara",
      {}, E2, lang="en", form_for="Yusuf Demir", ask=["interests", "time"],
      outer_rows=[("From", "Yusuf Demir <yusuf.demir@example.org>"),
                  ("Sent", "Tuesday, December 1, 2026 9:31 AM"),
                  ("To", "Clara Holm <clara.holm@example.org>"),
                  ("Subject", "FW: " + SUBJ_EN)],
      middle="Clara, could you answer this for me? Drop air, keep climate, little time. "
             "Thanks!!\nY\n\n"
             f"From: {GROUP}\nSent: Tuesday, December 1, 2026 9:14 AM\n"
             f"To: Yusuf Demir <yusuf.demir@example.org>\nSubject: {SUBJ_EN}\n\n",
      note="Relayed by a non-member from her own address (Yusuf's instruction is in the quote). "
           "A careful secretary passes it on rather than changing Yusuf's row on a third "
           "party's word; his absence in January is for the chair too."),

    c("ow112-en-iphone-not-in-network", "iphone", "Lotte Bang",
      "Same as last year except I'm not in the inspection network anymore. Sorry for brevity, "
      "on the train",
      {"groups": "PFAS working group"}, E2, lang="en", unchanged=True),

    c("ow112-en-thunderbird-from-flensburg", "thunderbird", "Katrin Vogel",
      "Hello,\n\n"
      "My name is Katrin Vogel, I started in Sønderborg in September and Inger said I should "
      "fill in this form.\n\n"
      "At my old job in Flensburg I did mostly soil and groundwater; here it's soil and the EIA "
      "screenings. Groundwater is not on your list, but I would like to mention it, it's a big "
      "part of my work.\n\n"
      "Experience: 7 years (6 in Flensburg, 1 here if you count my traineeship).\n"
      "Time: some.\n"
      "Functions: none for now, maybe next year.\n\n"
      "Best regards\nKatrin",
      {"interests": "Soil; EIA", "functions": "", "experience": "7", "time": "Some"}, {},
      lang="en", ask=["interests"],
      note="Groundwater is no option: asked, with Soil and EIA recorded."),

    c("ow112-en-outlook_android-inger-does-it-better", "outlook_android", "Jesper Winther",
      "Swap noise for air pls. Not chair anymore - Inger does it better anyway 😄 Rest unchanged",
      {"interests": "Wastewater; Air", "functions": ""}, E1, lang="en", unchanged=True),

    c("ow112-en-apple_mail-dansk-paa-engelsk", "apple_mail", "Maja Lauritsen",
      "Hej Inger\n\n"
      "Jeg svarer lige på dansk, håber det er ok. Jeg har fået PFAS ind over i år – sammen med "
      "Malene fra Rudersdal har vi startet et lille projekt om slukningsskum. Klima har jeg "
      "stadig, luft er ovre hos Jens-Ole nu. Og tid: meget er for meget, skriv nogen.\n\n"
      "Kh Maja",
      {"interests": "PFAS; Climate", "time": "Some"}, E2, lang="en",
      note="Danish on the English form; recorded in the English option spellings."),

    c("ow112-en-android-leaving-for-epa", "android", "Troels Madsen",
      "Hi, I'm leaving Example Municipality at the end of January for a job at the Danish EPA, so "
      "this is my last form. My colleague Priya Nair takes over my seat - she will send her own "
      "answers. Please take me off as chair candidate. Thanks for all the good years in the "
      "group!\n\nTroels",
      {"functions": ""}, E1, lang="en", flagged=True,
      note="Leaving the group and a successor: for the chair."),

    c("ow112-en-outlook_mac-roskilde-shares-noise", "outlook_mac", "Emil Kragh",
      "Hi,\n\n"
      "In Roskilde the whole team now shares the noise cases, so technically I touch noise too, "
      "but I wouldn't call it my area – leave it off. I'm mainly air and climate still, and since "
      "October also Power-to-X because of the new plant at the harbour.\n\n"
      "I can be secretary if needed – Sofie did it last year and says it's not too bad.\n\n"
      + SIG_EN,
      {"interests": "Air; Climate; Power-to-X", "functions": "Secretary"}, E2, lang="en",
      note="'secretary if needed' recorded as Secretary (a willingness, not a condition on "
           "someone else); Sofie's past role is not his."),
]
