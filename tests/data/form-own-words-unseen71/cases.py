"""Unseen part 71 of the own-words competence-form replies: numbers and amounts everywhere.
Written blind, by hand: what a careful human secretary records. People invented, at example.org."""

from common import E1, E2, S1, S2, S3, S4, SIG_EN, SIG_KOMMUNE, SIG_SHORT, c  # noqa: F401

BOTH_DA = "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS"

CASES = [
    # --- Danish form ----------------------------------------------------------------------------
    c("ow71-da-outlook_html-femten-aar-talt-forkert", "outlook_html", "Ulla Thorsen",
      "Hej\n\nErfaringen skal rettes til femten år – jeg havde vist talt forkert sidst. "
      "Ellers er alt som før.\n\n" + SIG_KOMMUNE,
      {"erfaring": "15"}, sent=S1, unchanged=True),

    c("ow71-da-iphone-siden-2009", "iphone", "Kasper Lindholm",
      "Erfaring: har været miljømedarbejder siden 2009, så 8 er alt for lavt. Resten passer 👍",
      {}, sent=S4, ask=["erfaring"], unchanged=True,
      note="A year, not a number of years: passed on (2009 would give 17, but the secretary does "
           "not do the sum for him)."),

    c("ow71-da-gmail-godt-ti-aar-ny", "gmail", "Karina Holm",
      "Hej Tovholder\n\nHer er mine svar:\n\n"
      "Jeg arbejder primært med spildevand (ca. 25 renseanlæg og et par hundrede overløb) og så "
      "jord.\nErfaring: godt 10 år, heraf de 4 her i kommunen.\nTid: nogen\n"
      "Jeg vil gerne være sekretær.\n\nMvh\nKarina",
      {"interesser": "Spildevand; Jord", "funktioner": "Sekretær", "erfaring": "10",
       "tid": "Nogen"},
      note="'godt 10 år' recorded as 10 (an approximate number, like 'ca. ti'); the 4 years here "
           "are part of the 10. The counts of plants and overflows answer no question."),

    c("ow71-da-outlook_android-et-halvt-aar", "outlook_android", "Emil Skovgaard",
      "Hej. Jeg er ny og har kun været her et halvt år, før det læste jeg. "
      "Interesseret i klima og PtX. Tid: meget 🙂",
      {"interesser": "Klima; Power-to-X", "tid": "Meget"}, ask=["erfaring"],
      note="Half a year is no whole number of years (0? 1? 0,5?): passed on. 'PtX' is the usual "
           "short form of Power-to-X."),

    c("ow71-da-thunderbird-timer-om-maaneden", "thunderbird", "Poul Erik Lund",
      "Hej\n\nTid: Jeg kan nok afsætte 4-5 timer om måneden til gruppen fra nytår, hvor jeg går "
      "ned i tid. Ved ikke helt om det er lidt eller nogen?\n\nResten står ved magt.\n\n"
      "Hilsen\nPoul Erik",
      {}, sent=S3, ask=["tid"], unchanged=True,
      note="Hours a month is no option, and he himself is unsure between Lidt and Nogen."),

    c("ow71-da-owa-ti-procent-en-gruppe", "owa", "Sofie Lykke",
      "Hej\n\nJeg har fået lov til at bruge 10 % af min arbejdstid på gruppen, så skriv bare "
      "nogen.\nJeg er kun med i den ene af de to grupper nu (tilsynsnetværket) – PFAS-gruppen har "
      "jeg meldt mig ud af.\nErfaring er nu 4 år.\n\nMvh Sofie",
      {"grupper": "Netværk for miljøtilsyn", "erfaring": "4", "tid": "Nogen"}, sent=S2,
      note="She turns her 10 % into 'nogen' herself."),

    c("ow71-da-outlook_ios-fem-plus-to", "outlook_ios", "Jesper Thygesen",
      "Erfaring: 5 år med virksomhedstilsyn i Vejle og 2 år her.\n"
      "Tid: lidt, vi er 2 mand ned i afdelingen",
      {"erfaring": "7", "tid": "Lidt"}, sent=S1,
      note="Both periods are inspection work, i.e. on the field: 5 + 2 = 7 recorded. '2 mand' is "
           "a reason, not an answer."),

    c("ow71-da-apple_mail-landbrugskonsulent-foer", "apple_mail", "Birgitte Aagaard",
      "Hej\n\nTil spørgsmålet om erfaring: jeg var 6 år landbrugskonsulent (gødningsregnskaber "
      "og lidt miljøgodkendelser), før jeg kom hertil for 3 år siden. Jeg ved ikke, hvad der "
      "tæller med, så skriv hvad I synes.\n\nJeg vil gerne slippe høringstovholder-rollen, men "
      "bliver gerne ved med at være med i gruppen.\n\nHilsen Birgitte",
      {"funktioner": ""}, sent=S4, ask=["erfaring"],
      note="3, 9 or something between depending on whether the consultancy years count; she "
           "leaves it to the group. 'lidt miljøgodkendelser' is not an answer to Tid. Removing "
           "Høringstovholder leaves no functions."),

    c("ow71-da-gmail_android-tyve-nej-treogtyve", "gmail_android", "Jens Ottosen",
      "20 år stadig? nej det er 23 nu 😅 ellers intet nyt",
      {"erfaring": "23"}, sent=S3, unchanged=True),

    c("ow71-da-outlook_prefix-mellem-otte-og-ti", "outlook_prefix", "Mikkel Sørensen",
      "Hej\n\nErfaring: mellem 8 og 10 år alt efter hvordan man regner\n"
      "Fagområder: affald, jord og VVM\nTid: ikke ret meget desværre\n\nVh Mikkel",
      {"interesser": "Affald; Jord; VVM", "tid": "Lidt"}, ask=["erfaring"],
      note="A range: passed on. 'ikke ret meget' (not much) is Lidt."),

    c("ow71-da-android-nye-opgaver-med-antal", "android", "Lars Kristiansen",
      "Hej\n\nJeg har skiftet opgaver pr. 1/11 og har nu 35 landbrug, 12 biogasanlæg og 3 "
      "PtX-projekter, så mine fagområder er nu luft, klima og Power-to-X. PFAS og støj har jeg "
      "afleveret til en ny kollega.\n\nTid og resten som før.\n\nMvh Lars",
      {"interesser": "Luft; Klima; Power-to-X"}, sent=S1, unchanged=True),

    c("ow71-da-outlook_mac-rettet-i-skemaet", "outlook_mac", "Jonas Friis",
      "Rettet i skemaet nedenfor.\n\n/Jonas",
      {"erfaring": "9", "tid": "Lidt"}, sent=S4,
      edits=[("set", "Svar: 8", "Svar: 9"), ("set", "[x] Nogen", "[ ] Nogen"),
             ("set", "[ ] Lidt", "[x] Lidt")]),

    c("ow71-da-owa_html-ni-aar-tre-her", "owa_html", "Signe Østergaard",
      "Hej,\n\nJeg har faktisk ni års erfaring – de tre er kun her i huset. Kan det rettes?\n"
      "Resten passer stadig.\n\n" + SIG_SHORT,
      {"erfaring": "9"}, sent=S2, unchanged=True,
      note="The three years here are part of the nine."),

    c("ow71-da-thunderbird_bottom-pension-38-aar", "thunderbird_bottom", "Aase Møller",
      "Jeg går på pension 1. maj 2027 efter 38 år i faget, så jeg stiller ikke op som formand "
      "igen. Høringstovholder kan jeg godt være frem til da.\n"
      "Erfaring: 38 (jeg har vist stået med 20 i mange år 😉)\n\nHilsen\nAase",
      {"funktioner": "Høringstovholder", "erfaring": "38"}, sent=S3, flagged=True,
      note="Retiring on 1 May 2027: news for the chair that belongs to no question."),

    c("ow71-da-iphone-kigger-efter-den-15", "iphone", "Camilla Ravn",
      "Tak, kigger på det efter d. 15.",
      {}, sent=S4,
      note="Nothing about the form yet: no answers, not flagged."),

    c("ow71-da-gmail-vikariat-forlaenget", "gmail", "Line Haugaard",
      "Hej igen\n\nMit vikariat er blevet forlænget med 12 måneder, så jeg bliver til juni 2028.\n"
      "Andet: Vikar til juni 2028 (forlænget)\nErfaring: omkring 4 år nu\n\nKh Line",
      {"erfaring": "4", "andet": "Vikar til juni 2028 (forlænget)"}, sent=S2,
      note="'omkring 4' recorded as 4. The extension is in her labelled Andet line, so nothing "
           "is left over for the chair."),

    c("ow71-da-apple_forward-krydser-og-17", "apple_forward", "Henrik Dahl",
      "Videresender med mine svar – har sat kryds og skrevet tallet ind.\n\nHilsen Henrik",
      {"interesser": "Støj; Luft", "grupper": "Netværk for miljøtilsyn", "erfaring": "17",
       "tid": "Nogen"},
      edits=[("set", "[ ] Støj", "[x] Støj"), ("set", "[ ] Luft", "[x] Luft"),
             ("set", "[ ] Netværk for miljøtilsyn", "[x] Netværk for miljøtilsyn"),
             ("set", "Svar:", "Svar: 17", "4. Erfaring"), ("set", "[ ] Nogen", "[x] Nogen")]),

    c("ow71-da-owa-150-jordsager", "owa", "Nanna Bech",
      "Hej\n\nTilføj gerne jord – jeg har overtaget ca. 150 jordflytningssager om året fra en "
      "kollega. Affald fylder stadig mest (vel 60-70 %), PFAS lidt mindre.\n\n"
      "Erfaring: 8 → 9 (jubilæum i januar 🎉)\n\nBedste hilsner\nNanna",
      {"interesser": "PFAS; Affald; Jord", "erfaring": "9"}, sent=S4,
      note="The arrow gives the new number; the percentages and 'lidt mindre' describe her "
           "areas, not Tid."),

    c("ow71-da-outlook-sekretaer-to-aar-formand-maaske", "outlook", "Rikke Vestergaard",
      "Hej\n\nI spørger, hvilke funktioner vi kan tage: jeg kan godt tage sekretærposten de "
      "næste 2 år, og hvis Bent stopper som formand, vil jeg også overveje den.\n\n"
      "Vi ses til mødet d. 21. januar – jeg kommer dog først kl. 10.\n\n" + SIG_KOMMUNE,
      {"funktioner": "Sekretær"}, sent=S2, ask=["funktioner"],
      note="Sekretær is clear; Formand depends on someone else stepping down, so passed on. "
           "Arriving late to the January meeting is for the chair as well."),

    c("ow71-da-gmail_android-kort-alt-paa-en-gang", "gmail_android", "Mads Kjeldsen",
      "pfas, spildevand og ie\nbegge grupper\nerfaring 6\nmeget tid\nkan være sekretær",
      {"interesser": "PFAS; Spildevand; IE-direktivet", "grupper": BOTH_DA,
       "funktioner": "Sekretær", "erfaring": "6", "tid": "Meget"},
      note="'ie' is IE-direktivet in this list of areas; 'begge grupper' is both groups."),

    c("ow71-da-android-udlaant-seks-maaneder", "android", "Torben Kjær",
      "Hej. Jeg er udlånt til beredskabet i 6 måneder fra 1. feb., så sæt mig på lidt tid. "
      "Kan heller ikke deltage i møderne i den periode.\n/Torben",
      {"tid": "Lidt"}, sent=S1, flagged=True,
      note="Away from the meetings February to July: for the chair, belongs to no question."),

    c("ow71-da-thunderbird-tal-rettet-i-linjen", "thunderbird", "Rasmus Vinther",
      "Se rettelser i skemaet.\nMvh Rasmus",
      {"interesser": "Spildevand; Luft", "erfaring": "5"}, sent=S2,
      edits=[("set", "[x] Klima", "[ ] Klima"),
             ("append", "Svar: 3", " -> 5, jeg havde glemt 2 år i Region Midt")]),

    c("ow71-da-apple_mail-english-on-danish-form", "apple_mail", "Marco Rossi",
      "Hi, sorry for answering in English – my Danish is still not good enough for forms 🙂\n\n"
      "I've been doing environmental inspections for eleven years, three of them here. Please "
      "add noise and air to my areas. I'd rather not be consultation coordinator anymore, but "
      "I can take the minutes (secretary).\n\nBest,\nMarco",
      {"interesser": "PFAS; Affald; Støj; Luft", "funktioner": "Sekretær", "erfaring": "11"},
      sent=S4,
      note="English on the Danish form; recorded in the Danish option spellings. Eleven years in "
           "all, three of them here."),

    c("ow71-da-outlook_mac_html-halvaar-forskellig-tid", "outlook_mac_html", "Kirsten Juhl",
      "Hej\n\nTid: nogen i første halvår, men kun lidt i andet halvår, hvor jeg skal have ny "
      "hofte.\n\nDet andet er som sidst.\n\nKirsten",
      {}, sent=S3, ask=["tid"], unchanged=True,
      note="Two values for two halves of the year: the chair decides which to note."),

    c("ow71-da-outlook-seksogtyve-aar-miljoestyrelsen", "outlook", "Anders Bach",
      "Kære tovholder\n\nTak for skemaet. Jeg er netop kommet til kommunen fra "
      "Miljøstyrelsen, hvor jeg var i seksogtyve år – det hele med virksomhedstilsyn og "
      "godkendelser efter IE-direktivet. Jeg går ud fra, at det er det tal, I skal bruge.\n\n"
      "Hos jer kommer jeg til at arbejde med IE-virksomheder, luft og støj.\n\n"
      "Tid: noget – jeg vil gerne bidrage, men er stadig ved at finde mig til rette.\n\n"
      "Funktioner: ikke i første omgang.\n\n" + SIG_KOMMUNE,
      {"interesser": "Støj; Luft; IE-direktivet", "funktioner": "", "erfaring": "26",
       "tid": "Nogen"},
      note="26 years at the agency, all on the field. 'noget' tid is the grammatical Danish for "
           "Nogen. 'Funktioner: ikke i første omgang' is an answer: none (same as the blank form)."),

    c("ow71-da-outlook_android-et-aar-mere", "outlook_android", "Mette Juul",
      "Bare læg et år til erfaringen, ellers er alt ved det gamle.",
      {"erfaring": "21"}, sent=S3, unchanged=True,
      note="Sent 20, one more year: 21."),

    # --- English form ---------------------------------------------------------------------------
    c("ow71-en-outlook-since-2011", "outlook", "Eva Lindqvist",
      "Hi,\n\nSmall correction: I have been in the field since 2011, not for 20 years – you may "
      "have mixed me up with someone. Everything else is fine.\n\n" + SIG_EN,
      {}, sent=E1, lang="en", ask=["experience"], unchanged=True,
      note="A year instead of a number of years: passed on."),

    c("ow71-en-gmail-two-three-hours-a-week", "gmail", "Ingrid Nilsson",
      "Hello,\n\nFrom February I'm down to 2-3 hours a week for the group because of a new "
      "project, so please change my time to little. Experience is 11 now.\n"
      "I'm also leaving the PFAS working group.\n\nThanks,\nIngrid",
      {"groups": "Inspection network", "experience": "11", "time": "Little"}, sent=E2, lang="en",
      note="She picks 'little' herself; the hours are her reason."),

    c("ow71-en-iphone-twenty-five-chair-if", "iphone", "Niels Hedegaard",
      "twenty-five years, mostly wastewater and soil. some time. can chair if nobody else "
      "wants to",
      {"interests": "Wastewater; Soil", "experience": "25", "time": "Some"}, lang="en",
      ask=["functions"],
      note="Chair only if nobody else wants it: a condition on others, passed on."),

    c("ow71-en-outlook_prefix-fifteen-percent", "outlook_prefix", "Tom Fischer",
      "Hello\n\nExperience: 21 (it was 20 last year)\n"
      "Time: about 15% of my week, whatever that is on your scale\n"
      "Interests: please add EIA, I now have 4 projects\n\nRegards\nTom",
      {"interests": "Wastewater; Noise; EIA", "experience": "21"}, sent=E1, lang="en",
      ask=["time"],
      note="A percentage is no option and he leaves the mapping to us: passed on."),

    c("ow71-en-owa-six-months-leave", "owa", "Hannah Kruse",
      "Hi, I'm on parental leave for six months from March, so Little time for the group in "
      "2027. I will miss the meetings in April and June. Nothing else has changed.\n\nHannah",
      {"time": "Little"}, sent=E2, lang="en", unchanged=True, flagged=True,
      note="Missing two meetings: for the chair, belongs to no question."),

    c("ow71-en-thunderbird_bottom-edits-step-down", "thunderbird_bottom", "Joanne Clarke",
      "Two changes and a correction above. I'd like to step down as chair after 6 years – "
      "time for someone else.\n\nCheers\nJoanne",
      {"interests": "Wastewater; Noise; Air", "functions": "", "experience": "22"},
      sent=E1, lang="en",
      edits=[("set", "Answer: 20", "Answer: 22"), ("set", "[ ] Air", "[x] Air"),
             ("set", "[x] Chair", "[ ] Chair")],
      note="Stepping down as chair is her answer to Functions (already unticked), nothing more "
           "for the chair."),

    c("ow71-en-android-danish-on-english-form", "android", "Jakob Winther",
      "Hej – svarer lige på dansk. Erfaring: 14 år. Tid: nogen, ikke meget længere. "
      "Jeg kan tage referater (sekretær).",
      {"functions": "Secretary", "experience": "14", "time": "Some"}, sent=E2, lang="en",
      note="Danish on the English form; recorded in the English option spellings. 'nogen, ikke "
           "meget længere' is Some (down from Much)."),

    c("ow71-en-outlook_mac-four-here-two-malmo", "outlook_mac", "Ahmed Hassan",
      "Hi\n\nInterests: climate (about 3 days a month) and Power-to-X (2 big plants in the "
      "pipeline)\nGroups: the inspection network\nExperience: 4 years here, and 2 in Malmö "
      "before that doing the same kind of work\nTime: Much\n\nAhmed",
      {"interests": "Climate; Power-to-X", "groups": "Inspection network", "experience": "6",
       "time": "Much"}, lang="en",
      note="Same kind of work in both places: 4 + 2 = 6 recorded."),
]
