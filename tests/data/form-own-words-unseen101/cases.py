"""Unseen part 101 of the own-words form replies: an ordinary spring round (April 2032) with
newcomers introducing themselves, members leaving or retiring, and the usual partial changes.
By hand, blind; people invented, at example.org."""

from common import E1, E2, S1, S2, S3, S4, SIG_EN, SIG_KOMMUNE, SIG_SHORT, c

P = "ow101"

CASES = [
    # --- Danish form ------------------------------------------------------------------------
    c(f"{P}-da-outlook-ny-fra-miljoestyrelsen", "outlook", "Mette Kjærgaard",
      "Hej alle\n\n"
      "Jeg hedder Mette og er startet som miljøsagsbehandler her i kommunen den 1. marts, så jeg "
      "er ny i gruppen. Inden da var jeg 6 år i Miljøstyrelsen på virksomhedstilsyn, og det er "
      "de år, jeg har som erfaring.\n\n"
      "Jeg arbejder mest med spildevand og støj, og så har jeg fået nogle af vores "
      "IE-virksomheder (to slagterier og et galvaniseringsværk).\n"
      "Jeg vil rigtig gerne være med i Netværk for miljøtilsyn.\n"
      "Tid: nogen.\n"
      "Funktioner må I vente lidt med – jeg skal lige lande først.\n\n"
      "Jeg glæder mig til at møde jer!\n\n" + SIG_KOMMUNE,
      {"interesser": "Spildevand; Støj; IE-direktivet", "grupper": "Netværk for miljøtilsyn",
       "erfaring": "6", "tid": "Nogen"},
      note="Newcomer, nothing pre-filled. 'IE-virksomheder' are the installations under the IE "
           "directive, so IE-direktivet. She declines functions for now; the sent value is "
           "already empty, so funktioner is left out (recording \"\" would be the same)."),

    c(f"{P}-da-iphone-tak", "iphone", "Poul Sørensen", "Tak 👍", {}, S4,
      note="Says nothing about the form."),

    c(f"{P}-da-owa-pension-ved-aarsskiftet", "owa", "Jørgen Holm",
      "Hej\n\n"
      "Som nogle af jer ved, går jeg på pension ved årsskiftet. Indtil da vil jeg gerne "
      "fortsætte som høringstovholder, men formandsposten giver jeg gerne videre allerede nu, "
      "så der kan vælges en ny på mødet i maj.\n"
      "Tiden er stadig lidt. Resten er som før.\n\n"
      "Mvh\nJørgen",
      {"funktioner": "Høringstovholder", "tid": "Lidt"}, S3, unchanged=True, flagged=True,
      note="Formand removed now, Høringstovholder kept. Flagged: he retires and leaves the group "
           "at the turn of the year, and the chair post needs an election."),

    c(f"{P}-da-gmail-affald-ud-jord-ind", "gmail", "Lars Winther",
      "Hej tovholder\n\n"
      "Afald kan fjernes – det har jeg givet videre til vores nye kollega. Til gengæld har jeg "
      "fået jordforureningssagerne.\n"
      "Erfaring: 9 år nu.\n"
      "Ellers som sidst.\n\n"
      "Mvh Lars",
      {"interesser": "PFAS; Jord", "erfaring": "9"}, S4, unchanged=True,
      note="'Afald' is a typo for Affald; 'jordforureningssagerne' is Jord."),

    c(f"{P}-da-thunderbird-rettet-i-skemaet", "thunderbird", "Birgitte Skov",
      "Hej\n\nJeg har rettet direkte i skemaet herunder.\n\nHilsen Birgitte",
      {"interesser": "PFAS; Luft", "erfaring": "13"}, S1,
      edits=[("set", "[ ] Luft", "[x] Luft"), ("set", "[x] Støj", "[ ] Støj"),
             ("set", "Svar: 12", "Svar: 13")]),

    c(f"{P}-da-outlook_mac-barsel", "outlook_mac", "Nanna Friis",
      "Hej Miljønetværk\n\n"
      "Jeg går på barsel fra midten af maj og er tilbage til marts næste år, så sæt min tid ned "
      "til lidt. Sekretær kan jeg ikke være i den periode, så fjern det.\n"
      "Jeg kommer desværre heller ikke til mødet den 20. maj.\n\n"
      "Kh Nanna",
      {"funktioner": "", "tid": "Lidt"},
      {"interesser": "Spildevand; Klima", "grupper": "Netværk for miljøtilsyn",
       "funktioner": "Sekretær", "erfaring": "5", "tid": "Meget"}, flagged=True,
      note="Flagged for the absence from the May meeting (and the leave)."),

    c(f"{P}-da-android-meget-tid", "android", "Henrik Dam",
      "Meget tid i år 💪 resten uændret", {"tid": "Meget"}, S1, unchanged=True),

    c(f"{P}-da-outlook_ios-ny-kort", "outlook_ios", "Camilla Bruun",
      "Hej! Ny her 🙂 Camilla, startet i feb. i Eksempel Kommune. Arbejder m. spildevand og "
      "klimatilpasning. 2 års erfaring fra forsyningen. Har nogen tid. Kan godt være sekretær "
      "hvis I mangler en",
      {"interesser": "Spildevand; Klima", "funktioner": "Sekretær", "erfaring": "2",
       "tid": "Nogen"},
      note="Klimatilpasning is Klima. 'Sekretær hvis I mangler en' is her own offer: recorded."),

    c(f"{P}-da-apple_mail-skifter-til-regionen", "apple_mail", "Thomas Eriksen",
      "Hej\n\n"
      "Jeg skifter job 1. maj og bliver miljøkoordinator i Region Eksempel. Må jeg blive i "
      "netværket, selv om jeg ikke længere sidder i en kommune? Det vil jeg gerne.\n"
      "Høringstovholder kan jeg under alle omstændigheder ikke fortsætte som, så det skal "
      "fjernes. Resten står som før.\n\n"
      "Venlig hilsen\nThomas",
      {"funktioner": ""}, S4, unchanged=True, flagged=True,
      note="Question for the chair (membership after moving to the region) belongs to no "
           "question. The removal of Høringstovholder holds either way."),

    c(f"{P}-da-outlook_prefix-enogtyve", "outlook_prefix", "Kirsten Mølgaard",
      "Hej\n\nErfaring: enogtyve år nu.\nTid: stadig lidt.\nIntet nyt ud over det.\n\nKirsten",
      {"erfaring": "21", "tid": "Lidt"},
      {"interesser": "Affald; Jord; VVM", "grupper": "", "funktioner": "Høringstovholder",
       "erfaring": "20", "tid": "Lidt"}, unchanged=True),

    c(f"{P}-da-owa_html-ud-af-pfas-gruppen", "owa_html", "Søren Lykke",
      "Hej\n\n"
      "Jeg er trådt ud af PFAS-arbejdsgruppen, men fortsætter i netværket. Og så har jeg fået "
      "VVM-sagerne ind over skrivebordet siden januar.\n\n"
      "Vh Søren",
      {"interesser": "Spildevand; Luft; Klima; VVM", "grupper": "Netværk for miljøtilsyn"}, S2),

    c(f"{P}-da-gmail_android-ny-spoerger-om-hoering", "gmail_android", "Ahmad Rahimi",
      "Hej\n"
      "Jeg er ny i Eksempel Kommune (landbrugsteamet) og blev bedt om at udfylde det her. Jeg "
      "arbejder med støj og luft, mest lugt fra svinestalde. Har 4 års erfaring.\n"
      "Hvad går det ud på at være høringstovholder? Jeg kunne måske godt, men vil gerne høre "
      "hvor meget tid det tager først.\n"
      "Mvh Ahmad",
      {"interesser": "Støj; Luft", "erfaring": "4"}, ask=["funktioner"],
      note="Lugt is named only as what his luft work is about, so nothing to ask there. "
           "Høringstovholder depends on an answer from the chair: asked, not recorded."),

    c(f"{P}-da-thunderbird_bottom-mere-tid", "thunderbird_bottom", "Ulla Krogh",
      "Ret venligst tid til meget – jeg er gået ned i tid på sagsbehandlingen for at kunne "
      "bruge mere på netværket. Sæt mig også gerne på som sekretær.\n\nUlla",
      {"funktioner": "Høringstovholder; Sekretær", "tid": "Meget"}, S4),

    c(f"{P}-da-apple_forward-videresendt-ved-en-fejl", "apple_forward", "Peter Vestergaard",
      "Hov, kom vist til at videresende i stedet for at svare 🙈 Men alt er som sidst, bare "
      "med 15 års erfaring nu.",
      {"erfaring": "15"},
      {"interesser": "Støj; Luft", "grupper": "Netværk for miljøtilsyn", "funktioner": "",
       "erfaring": "14", "tid": "Nogen"}, unchanged=True),

    c(f"{P}-da-outlook_android-english-newcomer", "outlook_android", "Pieter van Dijk",
      "Hi, sorry – my Danish is not good enough yet to write it. I'm new in the environment "
      "department (started 1 March).\n"
      "Interests: wastewater and PFAS\n"
      "Groups: the PFAS working group please\n"
      "Experience: 7 years (in the Netherlands)\n"
      "Time: some\n"
      "Best, Pieter",
      {"interesser": "PFAS; Spildevand", "grupper": "Arbejdsgruppe om PFAS", "erfaring": "7",
       "tid": "Nogen"},
      note="English on the Danish form; recorded in the Danish option spellings."),

    c(f"{P}-da-iphone-rettet-nedenfor", "iphone", "Inger Lauridsen", "Rettet nedenfor 👇",
      {"interesser": "Affald; Jord; Klima; VVM", "erfaring": "21",
       "andet": "Flytter til Nordby Kommune 1/5 men bliver i gruppen"},
      {"interesser": "Affald; Jord; VVM", "grupper": "Netværk for miljøtilsyn",
       "funktioner": "Høringstovholder", "erfaring": "20", "tid": "Nogen"},
      edits=[("set", "[ ] Klima", "[x] Klima"), ("set", "Svar: 20", "Svar: 21"),
             ("set", "Svar:", "Svar: Flytter til Nordby Kommune 1/5 men bliver i gruppen",
              "6. Andet")],
      note="The Andet text is typed on the form's own Svar line, so it is labelled. She stays "
           "in the group: nothing for the chair beyond the Andet answer."),

    c(f"{P}-da-outlook_html-omorganisering", "outlook_html", "Rikke Thorsen",
      "Hej Tovholder\n\n"
      "Tak for skemaet. Et par rettelser:\n\n"
      "- Støj har jeg ikke mere, det er flyttet til Teknik ved omorganiseringen i januar\n"
      "- Jeg er kommet med i Netværk for miljøtilsyn igen\n"
      "- Sekretær vil jeg fortsat gerne være, men ikke formand\n\n"
      "Resten står, som det skal.\n\n" + SIG_KOMMUNE,
      {"interesser": "PFAS", "grupper": "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS",
       "funktioner": "Sekretær"}, S1, unchanged=True),

    c(f"{P}-da-owa-siden-2019", "owa", "Jonas Brandt",
      "Hej\n\n"
      "Mht. erfaring: jeg har været i faget siden 2019, så regn selv efter 😉 Jeg har desuden "
      "fået Power-to-X-anlægget på havnen, så det skal også på.\n"
      "Ellers uændret.\n\n/Jonas",
      {"interesser": "Spildevand; Luft; Klima; Power-to-X"}, S2, unchanged=True,
      ask=["erfaring"],
      note="A year instead of a number of years: passed on, not counted by the secretary."),

    c(f"{P}-da-gmail-andet-orlov", "gmail", "Anne-Mette Gregersen",
      "Hej\n\n"
      "Andet: Jeg er på orlov i hele juli og august, så jeg kan ikke tage høringer i den "
      "periode.\n\n"
      "Resten er som før.\n\nAnne-Mette",
      {"andet": "Jeg er på orlov i hele juli og august, så jeg kan ikke tage høringer i den "
                "periode."}, S4, unchanged=True,
      note="Labelled Andet; Høringstovholder stays (only a pause in the summer)."),

    c(f"{P}-da-android-grundvand", "android", "Mikkel Juhl",
      "Jeg arbejder også en del med grundvandsbeskyttelse og drikkevand nu. Kan det komme med "
      "på listen? ellers er alt det samme",
      {}, S1, unchanged=True, ask=["interesser"],
      note="Grundvand and drikkevand are no options; he asks for them to be added."),

    c(f"{P}-da-outlook-ny-med-krydser", "outlook", "Sara Lund",
      "Hej\n\nJeg er ny i afdelingen og har sat kryds nedenfor. Glæder mig til at møde jer i "
      "maj!\n\n" + SIG_SHORT,
      {"interesser": "Affald; Jord", "grupper": "Netværk for miljøtilsyn", "erfaring": "1",
       "tid": "Nogen"},
      edits=[("set", "[ ] Affald", "[x] Affald"), ("set", "[ ] Jord", "[x] Jord"),
             ("set", "[ ] Netværk for miljøtilsyn", "[x] Netværk for miljøtilsyn"),
             ("set", "Svar:", "Svar: 1", "4. Erfaring"), ("set", "[ ] Nogen", "[x] Nogen")]),

    c(f"{P}-da-outlook_android-deler-stilling", "outlook_android", "Louise Dahl",
      "Hej\n"
      "Jeg er ny og deler stilling med Hanne Bech (vi er på 50 % hver på virksomhedstilsyn), "
      "så I kan bare sætte mig op ligesom hende. Tid: lidt, vi har jo kun halv tid hver.\n"
      "Hilsen Louise",
      {"tid": "Lidt"}, flagged=True,
      note="'Sæt mig op ligesom Hanne' refers to someone else's answers: flagged, not copied. "
           "Her own time answer is recorded."),

    c(f"{P}-da-outlook_mac_html-uden-danske-bogstaver", "outlook_mac_html", "Kaj Andersen",
      "hej\njeg har faaet stoej og luft oveni nu, og er stoppet med jord. tid er stadig lidt\n"
      "mvh kaj",
      {"interesser": "Affald; Støj; Luft; VVM", "tid": "Lidt"},
      {"interesser": "Affald; Jord; VVM", "grupper": "Netværk for miljøtilsyn",
       "funktioner": "", "erfaring": "30", "tid": "Lidt"}),

    c(f"{P}-da-thunderbird-stopper-som-sekretaer", "thunderbird", "Helle Nørgaard",
      "Hej\n\n"
      "Jeg stopper som sekretær efter mødet i maj – fire år må være nok, nu må en anden tage "
      "over 🙂 Jeg bliver ellers i gruppen med det hele som før.\n\nHelle",
      {"funktioner": ""}, S1, unchanged=True,
      note="The form asks which functions she could take on for the year ahead; she is "
           "explicit that she stops (after the next meeting), so Sekretær is removed. 'fire år' "
           "is her time as secretary, not her experience."),

    c(f"{P}-da-gmail_android-trainee", "gmail_android", "Freja Kristensen",
      "Hej alle 👋\n\n"
      "Jeg er Freja, nyuddannet miljøingeniør fra DTU og ansat som trainee i miljøafdelingen "
      "siden januar. Erfaring er vel et halvt år, hvis man tæller studiejobbet med.\n"
      "Jeg arbejder med PFAS og jordforurening og vil meget gerne med i PFAS-gruppen.\n"
      "Tid: meget! 😄\n\nFreja",
      {"interesser": "PFAS; Jord", "grupper": "Arbejdsgruppe om PFAS", "tid": "Meget"},
      ask=["erfaring"],
      note="Half a year is no whole number of years (0 or 1?): passed on."),

    # --- English form -----------------------------------------------------------------------
    c(f"{P}-en-gmail-newcomer-from-malmoe", "gmail", "Sofia Lindqvist",
      "Hi everyone,\n\n"
      "I'm Sofia and I joined Example Municipality in March, coming from the City of Malmö. I "
      "work mainly with noise and air quality, and a bit of EIA screening. I have 11 years of "
      "experience.\n"
      "I'd be glad to join the inspection network.\n"
      "Time: some – probably more after the summer.\n\n"
      "Looking forward to meeting you all,\nSofia",
      {"interests": "Noise; Air; EIA", "groups": "Inspection network", "experience": "11",
       "time": "Some"}, lang="en",
      note="'probably more after the summer' is a qualifier on her own answer: Some."),

    c(f"{P}-en-outlook-chair-retiring", "outlook", "Michael Rasmussen",
      "Dear colleagues,\n\n"
      "After 20 good years in the field I am retiring at the end of May, so this is my last "
      "form. Please remove me as chair – I suggest we elect a new chair at the May meeting, and "
      "I will of course hand everything over properly.\n\n"
      "It has been a pleasure working with all of you.\n\n" + SIG_EN,
      {"functions": ""}, E1, lang="en", flagged=True,
      note="Explicit removal of Chair recorded; flagged because he retires and leaves the "
           "group, and a new chair must be elected."),

    c(f"{P}-en-owa-off-pfas-group", "owa", "Olivia Hansen",
      "Hi,\n\nPlease take me off the PFAS working group (no time for it this year) and add "
      "wastewater. Otherwise unchanged.\n\nThanks,\nOlivia",
      {"interests": "Wastewater; Air; Climate", "groups": "Inspection network"}, E2, lang="en",
      unchanged=True,
      note="'no time for it' is the reason for leaving the group, not a time answer."),

    c(f"{P}-en-thunderbird-typed-in-form", "thunderbird", "Ravi Patel",
      "Updated in the form below.\n\nRavi",
      {"time": "Little", "other": "Parental leave from August to December"}, E2, lang="en",
      edits=[("set", "[x] Much", "[ ] Much"), ("set", "[ ] Little", "[x] Little"),
             ("set", "Answer:", "Answer: Parental leave from August to December", "6. Other")]),

    c(f"{P}-en-outlook_ios-groundwater", "outlook_ios", "Aisha Karimi",
      "Hello, new here 🙂 I mostly do groundwater and drinking water permits, plus some soil "
      "contamination. 5 yrs experience. Time: little for now.\n"
      "Is there a group for groundwater? Couldn't see one in the list.\n\nAisha",
      {"interests": "Soil", "experience": "5", "time": "Little"}, lang="en",
      ask=["interests"],
      note="Soil recorded; groundwater and drinking water are no options: asked. Her question "
           "about a groundwater group goes to the chair as well."),

    c(f"{P}-en-apple_mail-danish-on-english-form", "apple_mail", "Mads Poulsen",
      "Hej, jeg svarer lige på dansk 🙂\n"
      "Jeg vil hellere være høringstovholder end formand fremover. Tid: meget. Ellers som før.\n"
      "Mads",
      {"functions": "Consultation coordinator", "time": "Much"}, E1, lang="en",
      unchanged=True,
      note="Danish on the English form; Chair swapped for Consultation coordinator."),

    c(f"{P}-en-android-conference-in-may", "android", "Julie Berg",
      "I can't make the May meeting, I'm at a conference in Bonn that week. The form is fine "
      "as it is.\n\nJulie",
      {}, E2, lang="en", unchanged=True, flagged=True,
      note="Absence from a meeting: flagged; the form itself is confirmed as it is."),

    c(f"{P}-en-outlook_prefix-electrolysis", "outlook_prefix", "Lukas Meyer",
      "Hi,\nplease add IED and Power-to-X (we've got two electrolysis plants coming). I'd "
      "rather do secretary than chair this year. Experience is 12 now.\nBR Lukas",
      {"interests": "Wastewater; Noise; IED; Power-to-X", "functions": "Secretary",
       "experience": "12"},
      {"interests": "Wastewater; Noise", "groups": "Inspection network", "functions": "Chair",
       "experience": "11", "time": "Some"}, lang="en"),
]
