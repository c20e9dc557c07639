"""Unseen part 115 of the own-words form replies: a round before the summer meeting (May 2034),
closing part. Written by hand, blind; what a careful human secretary records. People invented,
at example.org."""

from common import E1, E2, S1, S2, S3, S4, SIG_EN, SIG_KOMMUNE, SIG_SHORT, c

CASES = [
    # --- Danish form --------------------------------------------------------------------------
    c("ow115-da-outlook-stoej-ud", "outlook", "Rikke Damgaard",
      "Hej\n\nStøj kan I godt fjerne – det har vi fået en ny kollega til at tage sig af. "
      "Resten passer stadig.\n\n" + SIG_KOMMUNE,
      {"interesser": "PFAS"}, S1, unchanged=True),

    c("ow115-da-owa-stopper-som-formand", "owa", "Poul Erik Skov",
      "Hej\n\nSom jeg nævnte på sidste møde, stopper jeg som formand ved sommermødet. Seks år "
      "må være nok, og der skal nye kræfter til. Høringerne tager jeg gerne fortsat.\n\n"
      "Erfaring: enogtyve år nu.\n\nEllers som før.\n\nPoul Erik",
      {"funktioner": "Høringstovholder", "erfaring": "21"}, S3, unchanged=True,
      note="Gives up Formand (from the summer meeting) and keeps Høringstovholder: that is the "
           "answer to question 3, so recorded and not flagged; he says the chair already knows."),

    c("ow115-da-iphone-tak", "iphone", "Lise Holm", "Tak 👍", {}, S4),

    c("ow115-da-gmail-afbud-andet", "gmail", "Camilla Vestergaard",
      "Hej\n\nJeg kan desværre ikke deltage i sommermødet, vi er på ferie den uge.\n\n"
      "Til skemaet: jeg har nu 4 års erfaring, og så er mit vikariat blevet forlænget.\n"
      "Andet: Barselsvikar til december\n\nHilsen Camilla",
      {"erfaring": "4", "andet": "Barselsvikar til december"}, S2, flagged=True,
      note="Flagged for the absence from the summer meeting."),

    c("ow115-da-thunderbird-kryds-og-ord", "thunderbird", "Karsten Bøgh",
      "Hej\n\nJeg har sat kryds ved spildevand nedenfor. Erfaring er 9 år nu, og jeg fortsætter "
      "gerne som høringstovholder.\n\nMvh\nKarsten",
      {"interesser": "PFAS; Spildevand; Affald", "erfaring": "9",
       "funktioner": "Høringstovholder"}, S4,
      edits=[("set", "[ ] Spildevand", "[x] Spildevand")],
      note="Høringstovholder is the sent value, confirmed in words; recorded as his whole set."),

    c("ow115-da-outlook-android-telegram", "outlook_android", "Ida Lund",
      "Pfas og spildevand, netværket for tilsyn, 5 år, lidt tid\n/Ida",
      {"interesser": "PFAS; Spildevand", "grupper": "Netværk for miljøtilsyn", "erfaring": "5",
       "tid": "Lidt"}, {},
      note="'netværket for tilsyn' can only be Netværk for miljøtilsyn (the one network)."),

    c("ow115-da-android-orlov", "android", "Maria Thygesen",
      "Hej\nJeg går på forældreorlov fra 1. juni og er væk resten af året, så jeg kan ikke "
      "fortsætte som sekretær efter sommermødet. Nogen må tage over – jeg skriver referatet af "
      "sommermødet, men så er det slut.\nTid: lidt\nMaria",
      {"funktioner": "", "tid": "Lidt"}, S1, flagged=True,
      note="Sekretær given up (her only function, so the set is empty); flagged because she is "
           "on leave for the rest of the year and the chair must find a new secretary."),

    c("ow115-da-apple-mail-pension", "apple_mail", "Bent Frederiksen",
      "Kære alle\n\nDette bliver mit sidste skema. Jeg går på pension den 1. august, så "
      "sommermødet bliver mit sidste møde i gruppen. Jeg stopper derfor også som "
      "høringstovholder – I må finde en afløser.\n\nTak for mange gode år og godt samarbejde."
      "\n\nBent",
      {"funktioner": ""}, S4, flagged=True,
      note="Leaving the group (retiring): flagged. He says in so many words that he stops as "
           "Høringstovholder, so question 3 is recorded as empty; nothing else is touched."),

    c("ow115-da-outlook-prefix-fire-aar", "outlook_prefix", "Mette Kragh",
      "Hej\n\nErfaring: fire år nu (ikke tre).\nJeg er gået ud af PFAS-gruppen, men er stadig "
      "med i netværket.\nEllers uændret.\n\n/Mette",
      {"erfaring": "4", "grupper": "Netværk for miljøtilsyn"}, S2, unchanged=True),

    c("ow115-da-owa-html-grundvand", "owa_html", "Anders Holt",
      "Hej\n\nTilføj gerne grundvand og jord under fagområder.\n\nMht. tid: nogen indtil "
      "sommerferien, derefter meget, når vores nye kollega er startet.\n\n" + SIG_SHORT,
      {"interesser": "PFAS; Affald; Jord"}, S4, ask=["interesser", "tid"],
      note="Jord is recorded; grundvand is no option (asked). Tid has two values by period "
           "(Nogen now, Meget after the summer): asked rather than choosing one."),

    c("ow115-da-gmail-android-hvis-soeren", "gmail_android", "Louise Brandt",
      "Hej\nJeg kan godt tage høringerne som tovholder hvis Søren ikke fortsætter. Sekretær vil "
      "jeg helst slippe for efter sommer, det har jeg været i tre år nu 🙂\nLouise",
      {"funktioner": ""}, S1, ask=["funktioner"],
      note="Giving up Sekretær is clear and recorded (set becomes empty); Høringstovholder only "
           "on a condition about someone else (Søren), so question 3 is also passed to the "
           "chair. 'tre år' is how long she has been secretary, not her experience."),

    c("ow115-da-outlook-mac-nyt-job", "outlook_mac", "Sara Winther",
      "Hej tovholder\n\nJeg er pr. 1. april skiftet fra kommunen til Eksempel Forsyning og "
      "arbejder nu kun med spildevand, så luft og klima skal ud. Barselsvikariatet er dermed "
      "også slut, så teksten under Andet kan slettes.\n\nTid: nogen.\n\nMå jeg i øvrigt blive "
      "i gruppen, nu hvor jeg sidder i et forsyningsselskab og ikke i en kommune? Ellers "
      "forstår jeg det godt.\n\nVenlig hilsen\nSara Winther\nEksempel Forsyning",
      {"interesser": "Spildevand", "andet": "", "tid": "Nogen"}, S2, flagged=True,
      note="She asks the Andet text (Barselsvikar til juni) to be deleted: recorded as empty. "
           "Flagged for her question whether she may stay in the group after the new job."),

    c("ow115-da-iphone-power-to-x", "iphone", "Mikkel Aagaard",
      "Har fået mere tid nu 😊 sæt mig på meget. Og tilføj power to x, vi har fået et anlæg i "
      "kommunen",
      {"tid": "Meget", "interesser": "PFAS; Affald; Power-to-X"}, S4),

    c("ow115-da-thunderbird-bottom-som-sidst", "thunderbird_bottom", "Lone Brix",
      "Som sidst, bortset fra at jeg har 13 års erfaring nu.\n\n-- \nLone Brix\nEksempel "
      "Kommune",
      {"erfaring": "13"}, S1, unchanged=True),

    c("ow115-da-apple-forward-ie", "apple_forward", "Henrik Juul",
      "Videresender lige – kunne ikke få svar-knappen til at virke på telefonen.\n\nAffald, "
      "jord og VVM som før, men skriv også IE-direktivet på, jeg har overtaget de store "
      "virksomheder. 22 års erfaring.\n\nHenrik",
      {"interesser": "Affald; Jord; VVM; IE-direktivet", "erfaring": "22"}, S3,
      note="'som før' is about his subject areas only, not the rest of the form, so unchanged "
           "is false (the other fields keep the sent values anyway)."),

    c("ow115-da-owa-ny-alt-undtagen", "owa", "Nadia Hussain",
      "Hej\n\nJeg er ny i gruppen – startede i Eksempel Kommune i februar, og min leder har "
      "meldt mig ind.\n\nJeg arbejder med det meste: alt undtagen IE-direktivet og "
      "Power-to-X. Jeg er ikke med i nogen af grupperne endnu. Sekretær vil jeg gerne prøve. "
      "2 års erfaring fra min tidligere kommune, og jeg har nogen tid.\n\nVenlig hilsen\nNadia",
      {"interesser": "PFAS; Spildevand; Affald; Støj; Luft; Jord; Klima; VVM", "grupper": "",
       "funktioner": "Sekretær", "erfaring": "2", "tid": "Nogen"}, {},
      note="New member, nothing pre-filled. 'ikke med i nogen af grupperne' is an answer to "
           "question 2: the empty set."),

    c("ow115-da-gmail-english", "gmail", "Tomasz Nowak",
      "Hi,\n\nSorry for answering in English, my Danish is not good enough for forms yet.\n"
      "Please take me off the PFAS working group, I left it in March. Please add noise to my "
      "areas. Experience: 5 years (I counted wrong last time).\nEverything else is the same."
      "\n\nBest regards\nTomasz",
      {"grupper": "Netværk for miljøtilsyn", "interesser": "Spildevand; Støj; Luft; Klima",
       "erfaring": "5"}, S2, unchanged=True,
      note="English on the Danish form."),

    c("ow115-da-outlook-ios-rettet-i-skema", "outlook_ios", "Hanne Kirk",
      "Rettet direkte i skemaet.\nHanne",
      {"interesser": "Affald; Jord; Klima", "tid": "Nogen"}, S3,
      edits=[("set", "[x] VVM", "[ ] VVM"), ("set", "[ ] Klima", "[x] Klima"),
             ("set", "[x] Lidt", "[ ] Lidt"), ("set", "[ ] Nogen", "[x] Nogen")]),

    c("ow115-da-android-aa-stavning", "android", "Jørgen Søgaard",
      "hej\nhar faaet mere tid efter omstruktureringen, saet mig paa meget. og tilfoej luft, vi "
      "har faaet alle luftsagerne\nmvh jorgen",
      {"tid": "Meget", "interesser": "PFAS; Støj; Luft"}, S1),

    c("ow115-da-outlook-html-interval", "outlook_html", "Kirsten Dahl",
      "Hej\n\nErfaring: mellem 10 og 12 år, alt efter om tiden i amtet tæller med. Det må I "
      "selv vurdere.\n\nResten står ved magt.\n\n" + SIG_KOMMUNE,
      {}, S4, ask=["erfaring"], unchanged=True,
      note="A range, left for the chair to decide as she asks."),

    c("ow115-da-apple-mail-som-pia", "apple_mail", "Signe Mølgaard",
      "Hej\n\nPia Holm og jeg deler stilling, så skriv bare det samme som hende. Jeg har dog "
      "kun 3 års erfaring.\n\nSigne",
      {"erfaring": "3"}, {}, flagged=True,
      note="'skriv det samme som Pia' cannot be recorded from this mail: flagged for the chair; "
           "her own experience is recorded."),

    c("ow115-da-outlook-hvad-er-nogen", "outlook", "Rasmus Krogh",
      "Hej\n\nHvad dækker 'Nogen' tid egentlig over – er det et par timer om måneden eller "
      "mere? Jeg lader krydset stå, indtil jeg ved det.\n\nTilføj gerne klima, jeg er med i "
      "klimatilpasningsprojektet.\n\nRasmus",
      {"interesser": "PFAS; Støj; Klima"}, S1, flagged=True,
      note="Question about the form (what 'Nogen' means): flagged; tid keeps the sent value."),

    c("ow115-da-gmail-punktliste", "gmail", "Birgitte Laursen",
      "Kære tovholder\n\nTak for skemaet. Et par rettelser fra mig:\n\n- PFAS-sagerne er "
      "overgået til en ny kollega, så PFAS skal ud\n- Jeg vil gerne være høringstovholder ved "
      "siden af sekretærjobbet, hvis ikke der er andre, der melder sig\n- Tid: stadig nogen\n"
      "- Erfaring: 15 år (der har vist stået 12 længe, men det er forkert)\n\nGod weekend!\n\n"
      + SIG_SHORT,
      {"interesser": "Støj", "tid": "Nogen", "erfaring": "15"}, S1, ask=["funktioner"],
      note="Høringstovholder only if nobody else volunteers: asked. Sekretær stays as sent."),

    c("ow115-da-thunderbird-ny-adresse", "thunderbird", "Thomas Ravn",
      "Hej\n\nIntet nyt fra mig på skemaet. Men bemærk at min mailadresse skifter til "
      "thra@example.org den 1. juni, når vi bliver lagt sammen med nabokommunen.\n\nMvh Thomas",
      {}, S4, unchanged=True, flagged=True,
      note="New address for the chair: belongs to no question, so flagged."),

    c("ow115-da-outlook-mac-html-bytter-rolle", "outlook_mac_html", "Søren Lykke",
      "Hej\n\nJeg stopper som høringstovholder efter sommermødet – der er simpelthen for mange "
      "høringer oven i mine egne sager. Til gengæld tager jeg gerne sekretærrollen, hvis der "
      "bliver brug for det.\n\nSøren",
      {"funktioner": "Sekretær"}, S4,
      note="'hvis der bliver brug for det' is no condition on anyone else: the form asks what he "
           "could take on, so Sekretær is recorded and Høringstovholder removed."),

    c("ow115-da-outlook-android-timer", "outlook_android", "Julie Mortensen",
      "Tid: ca. 2 timer om måneden her i foråret. Ellers er det som det står.\nJulie",
      {}, S2, ask=["tid"], unchanged=True,
      note="Hours per month are no option (Lidt/Nogen/Meget): asked."),

    # --- English form -------------------------------------------------------------------------
    c("ow115-en-outlook-step-down", "outlook", "Peter Lindqvist",
      "Hi all,\n\nAs announced, I will step down as chair at the summer meeting. I'm happy to "
      "take the secretary role instead if nobody else wants it.\n\nExperience: twenty-one years "
      "now. Otherwise as before.\n\n" + SIG_EN,
      {"functions": "", "experience": "21"}, E1, lang="en", ask=["functions"],
      unchanged=True,
      note="Chair given up (recorded, set empty); Secretary only if nobody else wants it: "
           "asked."),

    c("ow115-en-gmail-add-pfas-soil", "gmail", "Emma Clarke",
      "Hi,\n\nPlease add PFAS and soil to my areas – I've taken over the contaminated sites "
      "from a colleague. Time is still Much.\n\nThanks,\nEmma",
      {"interests": "PFAS; Air; Soil; Climate", "time": "Much"}, E2, lang="en"),

    c("ow115-en-iphone-lyon", "iphone", "Jan de Vries",
      "Can't make the May meeting, I'll be at a conference in Lyon that week. Form is fine as "
      "is.\nJan",
      {}, E1, lang="en", unchanged=True, flagged=True,
      note="Absence from the summer meeting: flagged."),

    c("ow115-en-thunderbird-marks", "thunderbird", "Aisha Rahman",
      "See my marks below.\n\nAisha",
      {"time": "Some", "functions": "Secretary"}, E2, lang="en",
      edits=[("set", "[x] Much", "[ ] Much"), ("set", "[ ] Some", "[x] Some"),
             ("set", "[ ] Secretary", "[x] Secretary")]),

    c("ow115-en-owa-new-member", "owa", "Sofie Lindberg",
      "Hello,\n\nI'm Sofie – I joined the environment team in Example Municipality in January, "
      "coming from a municipality in Sweden. I work with wastewater and noise, and a bit of "
      "climate adaptation. I have 6 years of experience. I'm not in any of the groups yet, and "
      "I have little time this year.\n\nBest,\nSofie",
      {"interests": "Wastewater; Noise; Climate", "groups": "", "experience": "6",
       "time": "Little"}, {}, lang="en",
      note="'climate adaptation' is Climate; 'not in any of the groups' is the empty set."),

    c("ow115-en-outlook-android-dansk", "outlook_android", "Lars Bech",
      "Hej, jeg skriver bare på dansk: tilføj affald og fjern støj. Har stadig nogen tid.\nLars",
      {"interests": "Wastewater; Waste", "time": "Some"}, E1, lang="en",
      note="Danish on the English form."),

    c("ow115-en-apple-mail-since-2015", "apple_mail", "Oliver Grant",
      "Hi\n\nExperience: since 2015.\nI've left the inspection network, only in the PFAS "
      "working group now.\n\nOliver",
      {"groups": "PFAS working group"}, E2, lang="en", ask=["experience"],
      note="A year instead of a number of years: asked."),

    c("ow115-en-outlook-prefix-leaving", "outlook_prefix", "Hannah Berg",
      "Dear all,\n\nI'm leaving the municipality at the end of June for a job at the Danish "
      "EPA, so please take me off the list after the summer meeting. It's been a pleasure.\n\n"
      "Hannah",
      {}, E1, lang="en", flagged=True,
      note="Leaving the group: flagged; nothing about the form."),
]
