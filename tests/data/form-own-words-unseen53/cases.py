"""Unseen part 53: competence-form replies in members' own words, written blind (issue 14).
By hand; the answers are what a careful human secretary records. People invented, at example.org."""

from common import E1, E2, S1, S2, S3, S4, SIG_EN, SIG_KOMMUNE, SIG_SHORT, c  # noqa: F401

CASES = [
    c("ow53-da-iphone-tak", "iphone", "Gitte Brandt", "Tak!", {}),

    c("ow53-da-outlook-orlov-jordsager", "outlook", "Hanne Vestergaard",
      "Hej\n\nJeg er på forældreorlov til februar, så i år bliver det kun lidt tid fra min side. "
      "Interesserne er stadig PFAS og støj, men jeg er også begyndt at tage mig af "
      "jordforureningssagerne. Jeg fortsætter gerne som sekretær.\n\nResten er uændret.\n\n"
      + SIG_KOMMUNE,
      {"interesser": "PFAS; Støj; Jord", "funktioner": "Sekretær", "tid": "Lidt"}, S1,
      unchanged=True, note="orlov is a reason; jordforureningssagerne -> Jord"),

    c("ow53-da-gmail-android-kort", "gmail_android", "Rasmus Kjær",
      "Spildevand og klimatilpasning. 6 år. Nogen tid",
      {"interesser": "Spildevand; Klima", "erfaring": "6", "tid": "Nogen"}),

    c("ow53-da-thunderbird-to-tal-lidt-stoej", "thunderbird", "Lone Damgaard",
      "Hej\n\nErfaring: 14 år i alt, heraf de 5 her i kommunen\nInteresser: luft - og lidt støj "
      "når der er travlt\n\nMvh Lone",
      {"interesser": "Støj; Luft", "erfaring": "14"},
      note="'lidt' qualifies støj, it is not the Tid answer"),

    c("ow53-da-outlook-mac-fjern-pfas-kollega", "outlook_mac", "Mogens Lykke",
      "Hej tovholder\n\nPFAS kan I fjerne — det har Mette overtaget, og jeg er gået ud af "
      "netværket. Erfaring er nu 9 år.\nEllers som sidst.\n\n" + SIG_SHORT,
      {"interesser": "Affald", "grupper": "", "erfaring": "9"}, S4, unchanged=True),

    c("ow53-en-gmail-secretary-if-needed", "gmail", "Sarah Lund",
      "Hi,\n\nStill happy to be chair, but I could also be secretary if needed. Please add soil "
      "- we've had a lot of contaminated sites lately. 21 years now.\nEverything else as "
      "before.\n\nBest, Sarah",
      {"functions": "Chair; Secretary", "interests": "Wastewater; Noise; Soil",
       "experience": "21"}, E1, lang="en", unchanged=True),

    c("ow53-en-outlook-typed-in-form", "outlook", "Peter Holm",
      "See my answers below.\n\n" + SIG_EN,
      {"interests": "Air", "experience": "12", "time": "Little"}, {}, lang="en",
      edits=[("set", "[ ] Air", "[x] Air"), ("add", "4. Experience", "Twelve years"),
             ("set", "[ ] Little", "[x] Little  (new baby at home)")]),

    c("ow53-da-owa-html-affaldstilsynet-tid-varierer", "owa_html", "Jette Bundgaard",
      "Jeg arbejder med PFAS og spildevandet, og så sidder jeg også med affaldstilsynet.\n"
      "Tid: meget i foråret, men næsten ingen i efteråret.",
      {"interesser": "PFAS; Spildevand; Affald"}, ask=["tid"],
      note="time depends on the season: passed on"),

    c("ow53-da-samsung-seksogtredive", "android", "Erik Thygesen",
      "Seksogtredive års erfaring 😅 og stadig med i PFAS-gruppen. Tid: nogen",
      {"erfaring": "36", "grupper": "Arbejdsgruppe om PFAS", "tid": "Nogen"}),

    c("ow53-da-outlook-ios-formand-hvis-lars", "outlook_ios", "Camilla Friis",
      "Kort svar fra telefonen: Jeg stiller gerne op som formand hvis Lars ikke genopstiller. "
      "Interesser: VVM, IE-direktivet. Hvornår er næste møde i øvrigt?",
      {"interesser": "VVM; IE-direktivet"}, ask=["funktioner"], flagged=True,
      note="condition on someone else; a question for the chair"),

    c("ow53-da-apple-grundvand-lidt-jord", "apple_mail", "Inger Mølgaard",
      "Jeg arbejder mest med grundvand og drikkevand, lidt jord. 4 år.\n\nHilsen Inger",
      {"interesser": "Jord", "erfaring": "4"}, ask=["interesser"],
      note="grundvand/drikkevand are no option; 'lidt jord' is no Tid answer"),

    c("ow53-da-gmail-industrimiljoe-ingen-funktioner", "gmail", "Bo Skovgaard",
      "Ud over PFAS og støj har jeg fået industrimiljø og landbrug i år. Jeg kan ikke påtage "
      "mig nogen funktioner i år, desværre.",
      {"interesser": "PFAS; Støj", "funktioner": ""}, S1, ask=["interesser"],
      note="'nogen' is not the Tid answer"),

    c("ow53-da-thunderbird-bottom-intet-nyt-bortset", "thunderbird_bottom", "Aage Sørensen",
      "Ikke noget nyt her, bortset fra at jeg har 21 år på bagen nu.\n\nAage",
      {"erfaring": "21"}, S3, unchanged=True),

    c("ow53-da-outlook-prefix-krydser-og-ord", "outlook_prefix", "Susanne Krogh",
      "Har rettet i skemaet. Barselsvikariatet er slut, så det under Andet kan slettes. Tid er "
      "nu kun lidt.\n\nSusanne",
      {"interesser": "Spildevand; Støj; Klima", "andet": "", "tid": "Lidt"}, S2,
      edits=[("set", "[x] Luft", "[ ] Luft"), ("set", "[ ] Støj", "[x] Støj")]),

    c("ow53-en-iphone-terse", "iphone", "James Wood", "Drop air, add waste. Still much time",
      {"interests": "Waste; Climate", "time": "Much"}, E2, lang="en"),

    c("ow53-en-thunderbird-one-paragraph", "thunderbird", "Tom Ashby",
      "Hello, I'm the new environmental officer in Example Municipality, transferred from the "
      "Danish EPA where I spent seven years working on industrial permits under the IED, so "
      "that and EIA would be my main areas, and I am happy to take minutes at meetings "
      "as secretary, but I don't have much time before the summer as I am still finding my "
      "feet. Cheers, Tom",
      {"interests": "EIA; IED", "experience": "7", "functions": "Secretary", "time": "Little"},
      {}, lang="en"),

    c("ow53-en-outlook-android-leaving", "outlook_android", "Fiona Grant",
      "I'm leaving the municipality at the end of January, so please take me off the list. "
      "Thanks for everything!", {}, E1, lang="en", flagged=True,
      note="leaving the group: for the chair, nothing recorded"),

    c("ow53-da-iphone-fravaer-kommentarer", "iphone", "Niels Bech",
      "Jeg kan desværre ikke komme til mødet d. 14., men sender gerne kommentarer til punkt 3 "
      "på mail. Skemaet passer stadig.", {}, S4, unchanged=True, flagged=True,
      note="absence for the chair; 'kommentarer' is no Andet label"),

    c("ow53-da-gmail-pil-og-x-uden-klammer", "gmail", "Dorthe Nygaard",
      "Se mine markeringer nedenfor. Erfaring: otte år",
      {"interesser": "Klima", "erfaring": "8", "tid": "Meget"},
      edits=[("set", "[ ] Meget", "[ ] Meget   <-- denne"), ("set", "[ ] Klima", "x Klima")]),

    c("ow53-da-outlook-html-lang-signatur", "outlook_html", "Kirsten Holt",
      "Kære tovholder\n\nTak for skemaet. Jeg har skiftet fra støjsagerne til luftområdet, og "
      "netværket for miljøtilsyn er jeg også kommet med i siden sidst. Høringstovholder kan jeg "
      "godt være igen, det gik fint sidste år.\n\nAndet: Jeg går ned i tid til 30 timer fra "
      "marts.\n\n" + SIG_KOMMUNE,
      {"interesser": "PFAS; Luft", "grupper": "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS",
       "funktioner": "Høringstovholder; Sekretær",
       "andet": "Jeg går ned i tid til 30 timer fra marts."}, S1,
      note="30 timer is working hours, not the Tid answer"),

    c("ow53-da-owa-som-foer-undtagen-formand", "owa", "Leif Rasmussen",
      "Som før på det hele, bortset fra at jeg ikke længere vil være formand – det må en anden "
      "tage sig af.\n\n/Leif",
      {"funktioner": "Høringstovholder"}, S3, unchanged=True),

    c("ow53-da-gmail-android-skrevet-i-skemaet", "gmail_android", "Maja Winther",
      "", {"interesser": "PFAS; Jord; Klima", "erfaring": "3", "tid": "Nogen"},
      edits=[("add", "1. Interesser", "jord + PFAS + klima"),
             ("add", "4. Erfaring", "3 år (4 til sommer)"),
             ("add", "5. Tid", "Nogen, måske mere senere")]),

    c("ow53-en-apple-danish-form", "apple_mail", "Anna Clarke",
      "Sorry, my Danish is not good enough yet! I work with noise and air quality, two years "
      "so far. I can help a little.\n\nAnna",
      {"interesser": "Støj; Luft", "erfaring": "2", "tid": "Lidt"},
      note="English on the Danish form"),

    c("ow53-en-owa-two-numbers-left-group", "owa", "Helen Price",
      "Experience: 15 years in total, the last 4 here in Example.\nGroups: I've left the PFAS "
      "working group.\nTime — some rather than much, since I'm now head of section.\n\n"
      + SIG_EN,
      {"experience": "15", "groups": "Inspection network", "time": "Some"}, E2, lang="en"),

    c("ow53-en-gmail-android-lowercase", "gmail_android", "Mark Jensen",
      "power-to-x plants and wastewater mostly. climate sometimes. not able to take any role "
      "this year. 3 yrs",
      {"interests": "Wastewater; Climate; Power-to-X", "functions": "", "experience": "3"},
      {}, lang="en"),

    c("ow53-da-apple-forward-dash-list", "apple_forward", "Bente Lauridsen",
      "Fandt den igen i indbakken. Mine svar: Spildevand, affald og jord – nogen tid – "
      "erfaring femten år.",
      {"interesser": "Spildevand; Affald; Jord", "tid": "Nogen", "erfaring": "15"}),

    c("ow53-da-thunderbird-meget-luft-i-kalenderen", "thunderbird", "Jonas Borg",
      "Hej\nJeg har fået mere luft i kalenderen, så sæt mig bare på meget. Og så vil jeg gerne "
      "slippe sekretærrollen efter tre år.\nMvh Jonas",
      {"tid": "Meget", "funktioner": ""}, S1,
      note="'luft i kalenderen' is no interest; 'tre år' is not Erfaring"),

    c("ow53-da-outlook-android-spoerger-om-ie", "outlook_android", "Karina Dahl",
      "Hvad dækker IE-direktivet? Hvis det er det med de store industrianlæg, så ja. Og sæt "
      "mig på støj.",
      {"interesser": "Støj"}, ask=["interesser"], flagged=True,
      note="a question about an option and a condition on it: passed on"),

    c("ow53-da-outlook-mac-hvis-budget", "outlook_mac", "Ulla Frandsen",
      "Nogen tid, hvis ikke budgetforhandlingerne trækker ud. PFAS er stadig mit hovedområde, "
      "affald er røget over til en kollega. Jeg har været med i 8 år + 1 nu, så 9.",
      {"tid": "Nogen", "interesser": "PFAS", "erfaring": "9"}, S4),

    c("ow53-da-iphone-ae-oe-aa", "iphone", "Per Kristoffersen",
      "stoej og spildevand, 5 aar, lidt tid /Per",
      {"interesser": "Spildevand; Støj", "erfaring": "5", "tid": "Lidt"}),
]
