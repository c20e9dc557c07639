"""Unseen part 67 of the own-words competence-form replies: the first round after the summer
holidays (August-September 2027). By hand, blind; people invented, at example.org."""

from common import E1, E2, S1, S2, S3, S4, SIG_EN, SIG_KOMMUNE, SIG_SHORT, c

CASES = [
    # --- Danish form ---------------------------------------------------------------------------
    c("ow67-da-outlook-udmeldt-ny-stilling", "outlook", "Nanna Bech",
      "Hej tovholder\n\nTak for skemaet. Mit barselsvikariat i Eksempel Kommune sluttede 30. juni, "
      "og fra 1. august er jeg ansat i Region Eksempel i jordforureningsafdelingen. Så jeg tror "
      "ikke, jeg kan blive i gruppen – vil I melde mig ud?\n\nDet har været rigtig lærerigt at "
      "være med.\n\nDe bedste hilsner\nNanna Bech",
      {}, S2, flagged=True,
      note="Leaving the group (new job outside the municipalities): for the chair, no answers."),

    c("ow67-da-gmail-tilbage-fra-orlov", "gmail", "Line Kjær",
      "Hej!\n\nSå er jeg tilbage efter forældreorlov 🙂 Jeg har fået spildevand med i min "
      "portefølje, så det skal tilføjes. Sekretær fortsætter jeg gerne med.\nTid: meget – jeg har "
      "faktisk mere luft i kalenderen end før orloven.\n\nKh Line",
      {"interesser": "PFAS; Spildevand; Støj", "funktioner": "Sekretær", "tid": "Meget"}, S1,
      note="'mere luft i kalenderen' is an idiom (more room), not the subject Luft."),

    c("ow67-da-iphone-ny-kommune", "iphone", "Karsten Vinther",
      "Hej. Jeg er skiftet til Eksempelby Kommune pr 1. august og laver her mest støj og luft - "
      "affald er røget. PFAS har jeg stadig lidt af. Er stadig med i netværket, men "
      "høringstovholder kan jeg ikke fortsætte med lige nu, skal lige lande i det nye job.\n"
      "Mvh Karsten",
      {"interesser": "PFAS; Støj; Luft", "grupper": "Netværk for miljøtilsyn", "funktioner": ""},
      S4, flagged=True,
      note="New employer (another municipality): the member list's organisation must change, "
           "so for the chair. 'PFAS ... stadig lidt af' keeps PFAS; it says nothing about Tid. "
           "'lige nu' read as: not høringstovholder this round."),

    c("ow67-da-owa-ny-kollega-jord", "owa", "Birgit Holst",
      "Kære alle\n\nEfter omorganiseringen i juni er jordområdet flyttet til Teknik og Miljø, så "
      "jord skal ud hos mig. Min nye kollega Sofie Dam har overtaget jordsagerne, og hun vil "
      "gerne med i gruppen – jeg har bedt hende skrive til jer.\n\nJeg fortsætter som formand, "
      "men høringstovholder må en anden tage over.\nResten er som før.\n\nBirgit",
      {"interesser": "Affald; VVM", "funktioner": "Formand"}, S3, unchanged=True, flagged=True,
      note="A new colleague who wants to join the group: for the chair."),

    c("ow67-da-outlook_prefix-skruer-ned", "outlook_prefix", "Torben Mølgaard",
      "Hej\n\nJeg vil gerne skrue lidt ned i år. Jeg har været sekretær i tre år nu, så det må en "
      "anden gerne overtage. Sæt tid til lidt.\nEllers som sidst.\n\nTorben",
      {"funktioner": "", "tid": "Lidt"}, S1, unchanged=True,
      note="'i tre år' is how long he was secretary, not his experience."),

    c("ow67-da-thunderbird-krydser-i-skemaet", "thunderbird", "Mads Thygesen",
      "Hej – har rettet direkte i skemaet. Vi har fået ny struktur efter sommeren, så affald "
      "ligger nu i Teknik og Forsyning.\n\nHilsen\nMads",
      {"interesser": "PFAS; Klima", "erfaring": "9"}, S4,
      edits=[("set", "[x] Affald", "[ ] Affald"), ("set", "[ ] Klima", "[x] Klima"),
             ("set", "Svar: 8", "Svar: 9")]),

    c("ow67-da-android-21-aar", "android", "Jørgen Krag",
      "Alt passer stadig, har kun rettet årene 😊",
      {"erfaring": "21"}, S3, unchanged=True,
      edits=[("set", "Svar: 20", "Svar: 21")]),

    c("ow67-da-apple_mail-ny-i-gruppen", "apple_mail", "Emma Thorsen",
      "Hej\n\nJeg er ny miljøsagsbehandler i Eksempel Kommune (startede 15. august) og har fået "
      "skemaet af Birgit.\n\nJeg arbejder med spildevand og jord, og så lidt med "
      "klimatilpasning.\nErfaring: tre år i alt, heraf to i et rådgivende ingeniørfirma.\nJeg "
      "vil gerne med i Netværk for miljøtilsyn.\nTid: nogen\nFunktioner: ikke lige nu, jeg skal "
      "lige lære det hele at kende først.\n\nMange hilsner\nEmma Thorsen",
      {"interesser": "Spildevand; Jord; Klima", "grupper": "Netværk for miljøtilsyn",
       "funktioner": "", "erfaring": "3", "tid": "Nogen"}, {},
      note="Experience: 'tre år i alt' is the total she gives. 'klimatilpasning' is Klima. "
           "Funktioner explicitly none. 'så lidt med' is about the subject, not Tid."),

    c("ow67-da-gmail_android-mere-tid", "gmail_android", "Poul Erik Vestergaard",
      "Sæt mig på meget tid i år. Jeg er gået fra myndighed over i en udviklingsstilling, så "
      "der er mere plads til netværksarbejde. Sektretær kan jeg også godt tage, hvis der mangler "
      "en.\n\nPoul Erik",
      {"funktioner": "Formand; Høringstovholder; Sekretær", "tid": "Meget"}, S3,
      note="The question is which functions he COULD take on; 'hvis der mangler en' is that "
           "willingness, so Sekretær is added (typo 'Sektretær')."),

    c("ow67-da-outlook_ios-sammenlagt-afdeling", "outlook_ios", "Henrik Dalsgaard",
      "Hej\nVores afdeling er lagt sammen med Klima og Bæredygtighed efter sommerferien. Jeg har "
      "nu klima og Power-to-X (vi har to PtX-anlæg på vej i kommunen) men har afleveret støj til "
      "en kollega. PFAS har jeg stadig.\nMht erfaring – jeg har været i faget siden 2011.\n"
      "Vh Henrik",
      {"interesser": "PFAS; Klima; Power-to-X"}, S1, ask=["erfaring"],
      note="A year, not a number of years: passed on (the secretary does not compute it)."),

    c("ow67-da-outlook_mac-efteruddannelse", "outlook_mac", "Rikke Lauridsen",
      "Hej\n\nJeg skal på efteruddannelse (master i miljøledelse) på halv tid fra 1. oktober til "
      "31. marts, så jeg kan ikke deltage i møderne i den periode. Sæt min tid til lidt.\n"
      "Høringstovholder må I finde en anden til, mens jeg er væk.\n\nVenlig hilsen\n"
      "Rikke Lauridsen",
      {"tid": "Lidt"}, S4, ask=["funktioner"],
      note="Absent from the autumn/winter meetings (for the chair). Høringstovholder is given "
           "up only for a period, so the chair decides rather than the secretary removing it."),

    c("ow67-da-owa_html-fastansat", "owa_html", "Signe Bak",
      "Hej\n\nJeg har rettet i skemaet herunder.\n\nVh Signe",
      {"funktioner": "Sekretær", "erfaring": "4",
       "andet": "Fastansat pr. 1. august, ikke længere vikar"}, S2,
      edits=[("set", "[ ] Sekretær", "[x] Sekretær"), ("set", "Svar: 3", "Svar: 4"),
             ("set", "Svar: Barselsvikar til juni",
              "Svar: Fastansat pr. 1. august, ikke længere vikar")]),

    c("ow67-da-outlook_android-efter-ferien", "outlook_android", "Jesper Friis",
      "Tak, jeg kigger på det når jeg er tilbage fra ferie i uge 34",
      {}, S1, note="Nothing about the form yet."),

    c("ow67-da-thunderbird_bottom-ie-virksomheder", "thunderbird_bottom", "Knud Brandt",
      "Hej\n\nJeg har 22 års erfaring nu (tiden går!). Og så har jeg fået IE-direktivet ind, "
      "efter at to af vores virksomheder er blevet IE-virksomheder. Ellers uændret.\n\nKnud",
      {"interesser": "Affald; Jord; VVM; IE-direktivet", "erfaring": "22"}, S3, unchanged=True),

    c("ow67-da-apple_forward-teamleder", "apple_forward", "Maja Rasmussen",
      "Jeg kunne ikke svare på den gamle mail, så jeg videresender den.\n\nJeg er blevet "
      "teamleder pr. 1. september, så jeg har kun lidt tid fremover, og sekretær må en anden "
      "overtage. Til gengæld vil jeg gerne stille op som formand, hvis der er valg i år.\n"
      "Ellers er alt som før.\n\nMaja",
      {"funktioner": "Formand", "tid": "Lidt"}, S1, unchanged=True,
      note="Willing to be chair (if there is an election) answers 'could take on': Formand "
           "replaces Sekretær."),

    c("ow67-da-gmail-samme-som-kollega", "gmail", "Lone Skovgaard",
      "Hej\n\nJens Holm og jeg har delt sagerne mellem os efter sommer, så jeg har de samme "
      "fagområder som ham nu. Kan I ikke bare sætte mine interesser til det samme som hans?\n"
      "Resten passer.\n\nLone",
      {}, S4, ask=["interesser"], unchanged=True,
      note="Interests by reference to a colleague: passed on."),

    c("ow67-da-outlook-smaa-bogstaver", "outlook", "Mikkel Søgaard",
      "hej\n\njeg har faaet jord og vvm ind efter omrokeringen og har sagt farvel til affald. "
      "pfas beholder jeg.\ntid: stadig nogen\nerfaring 9 aar\n\n" + SIG_KOMMUNE,
      {"interesser": "PFAS; Jord; VVM", "erfaring": "9", "tid": "Nogen"}, S4),

    c("ow67-da-owa-pfas-gruppe-nedlagt", "owa", "Anders Kirkegaard",
      "Hej\nJeg er tilbage på fuld tid efter sygemeldingen, så sæt mig til meget tid.\nEr "
      "Arbejdsgruppe om PFAS ikke blevet nedlagt i foråret? I så fald skal jeg vel ikke stå i "
      "den.\nMvh Anders",
      {"tid": "Meget"}, S1, ask=["grupper"],
      note="Removal from the PFAS group depends on whether it still exists: question for the "
           "chair."),

    c("ow67-da-android-ny-kort", "android", "Ahmed Khalil",
      "ny her fra 1/9 🙂 affald, jord og IE. tolv år. nogen tid. netværket for miljøtilsyn: ja "
      "tak\nAhmed",
      {"interesser": "Affald; Jord; IE-direktivet", "grupper": "Netværk for miljøtilsyn",
       "erfaring": "12", "tid": "Nogen"}, {},
      note="'IE' is IE-direktivet."),

    c("ow67-da-outlook_android-grundvand", "outlook_android", "Camilla Nørgaard",
      "Hej, efter omorganiseringen har jeg også fået grundvand og drikkevandsbeskyttelse. "
      "Findes der en arbejdsgruppe om det? Så vil jeg gerne være med.",
      {}, S1, ask=["interesser", "grupper"],
      note="Groundwater/drinking water is no option; the group she asks about is none of the "
           "two. Both passed on."),

    c("ow67-da-gmail-to-krydser-tid", "gmail", "Bent Overgaard",
      "Hej\nHar sat kryds i skemaet.\nMvh Bent",
      {"interesser": "Affald; Jord; Klima; VVM", "tid": "Nogen"}, S3,
      edits=[("set", "[ ] Klima", "[x] Klima"), ("set", "[ ] Nogen", "[x] Nogen")],
      note="He added an x at Nogen but left the pre-filled x at Lidt: the new cross is his "
           "answer (one choice question; Lidt was ours)."),

    c("ow67-da-outlook_mac_html-vikariat-forlaenget", "outlook_mac_html", "Kirsten Hjort",
      "Hej\n\nMit vikariat er blevet forlænget, og efter sommerferien er spildevand gået til vores "
      "nye kollega, så jeg har kun luft og klima nu.\nAndet: vikariatet er forlænget til juni "
      "2028\n\nKh Kirsten",
      {"interesser": "Luft; Klima", "andet": "vikariatet er forlænget til juni 2028"}, S2),

    c("ow67-da-outlook_html-pension-naeste-aar", "outlook_html", "Hanne Juhl",
      "Hej\n\nJeg vil gerne give høringstovholderrollen videre til Peter Lund, som startede hos "
      "os i august – han har sagt ja til at tage den, hvis gruppen vil have ham.\nJeg fortsætter "
      "som formand et år mere, men jeg går på pension næste sommer, så I må hellere begynde at "
      "kigge efter en ny formand.\n\n" + SIG_SHORT,
      {"funktioner": "Formand"}, S3, flagged=True,
      note="Her own change is clear; the proposed successor and her retirement next summer are "
           "for the chair."),

    c("ow67-da-thunderbird_bottom-alene-om-miljoe", "thunderbird_bottom", "Susanne Lykke",
      "Hej\n\nMin kollega er stoppet, og stillingen bliver ikke genbesat, så jeg er alene om "
      "miljø i kommunen nu. Det betyder at jeg sidder med det hele undtagen IE og Power-to-X "
      "(dem har vi ingen af). Tiden til gruppen bliver desværre lidt, og sekretær må jeg melde "
      "fra til.\n13 år nu.\n\nHilsen Susanne",
      {"interesser": "PFAS; Spildevand; Affald; Støj; Luft; Jord; Klima; VVM",
       "funktioner": "", "erfaring": "13", "tid": "Lidt"}, S1),

    c("ow67-da-outlook_ios-30-timer", "outlook_ios", "Louise Dahl",
      "Hej. Jeg er gået ned på 30 timer om ugen efter sommerferien, så jeg må skære ned: meld mig "
      "ud af tilsynsnetværket og sæt tid til lidt. PFAS og affald er som før. Høringstovholder "
      "kan jeg godt blive ved med, så længe det kun er et par høringer om året.\n\nLouise",
      {"grupper": "", "tid": "Lidt"}, S4, ask=["funktioner"],
      note="Keeps høringstovholder on a condition about the workload: passed on with her words "
           "(the value itself stays as sent). 'tilsynsnetværket' is Netværk for miljøtilsyn."),

    c("ow67-da-owa-engelsk-paa-dansk-skema", "owa", "Anna Kowalska",
      "Hi,\n\nsorry for writing in English. After the summer I moved to the wastewater team, so "
      "please remove waste and add wastewater. Still PFAS. I can be secretary this year.\n"
      "Time: some is fine.\n\nAnna",
      {"interesser": "PFAS; Spildevand", "funktioner": "Høringstovholder; Sekretær",
       "tid": "Nogen"}, S4,
      note="English on the Danish form; recorded in the Danish option spellings."),

    # --- English form --------------------------------------------------------------------------
    c("ow67-en-outlook-back-from-leave", "outlook", "Oliver Bennett",
      "Hi,\n\nBack from parental leave since mid-August. I'd like to step down as chair this "
      "year – happy to take the minutes instead, if that helps.\nOtherwise as before.\n\nBest,\n"
      "Oliver",
      {"functions": "Secretary"}, E1, lang="en", unchanged=True,
      note="'take the minutes' is the Secretary role (writes the minutes)."),

    c("ow67-en-gmail-climate-unit", "gmail", "Sara Lindholm",
      "Hi,\n\nI've moved to the new climate unit as of 1 September, so please drop Air. I now "
      "work on climate adaptation and the two power-to-x projects in the municipality.\nTime: "
      "little for the first few months while I settle in.\n\nCheers,\nSara",
      {"interests": "Climate; Power-to-X", "time": "Little"}, E2, lang="en",
      note="Time is Little now; 'for the first few months' is her reason, not a range."),

    c("ow67-en-owa-dansk-paa-engelsk-skema", "owa", "Jonas Kristensen",
      "Hej\n\nJeg svarer lige på dansk, håber det er ok. Efter sommerferien har jeg fået "
      "affaldstilsynet med, og jeg vil gerne med i PFAS-arbejdsgruppen.\nEllers uændret.\n\n"
      "Jonas",
      {"interests": "Wastewater; Waste; Noise", "groups": "Inspection network; PFAS working group"},
      E1, lang="en", unchanged=True,
      note="Danish on the English form; recorded in the English option spellings."),

    c("ow67-en-iphone-same-as-last-year", "iphone", "Aisha Rahman",
      "Same as last year 👍", {}, E2, lang="en", unchanged=True),

    c("ow67-en-thunderbird-inline-time", "thunderbird", "Niels Bak",
      "Updated below.\n\nNiels",
      {"time": "Some", "other": "Working Mon–Thu from September"}, E2, lang="en",
      edits=[("set", "[x] Much", "[ ] Much"), ("set", "[ ] Some", "[x] Some"),
             ("set", "Answer:", "Answer: Working Mon–Thu from September", "6. Other")]),

    c("ow67-en-outlook_ios-team-lead", "outlook_ios", "Claire Dubois",
      "Hi,\nWe've been reorganised into a joint Environment & Climate unit and I'm now team lead. "
      "Chair is still fine with me, but I'll have much less time than before, so put me down for "
      "little.\nExperience: 21 years now.\n\n" + SIG_EN,
      {"functions": "Chair", "experience": "21", "time": "Little"}, E1, lang="en",
      note="'much less time' is not Much: she asks for Little."),

    c("ow67-en-apple_mail-groundwater-conference", "apple_mail", "Tomasz Nowak",
      "Hello,\n\nAfter the summer I took over the contaminated sites and groundwater cases from a "
      "colleague who retired – could you add those to my interests?\nAlso, I'm at a conference "
      "during the October meeting. Can my colleague Eva Holm come instead?\n\nBest regards\n"
      "Tomasz Nowak",
      {}, E1, lang="en", ask=["interests"],
      note="Contaminated sites (maybe Soil) and groundwater are no clear option: passed on. "
           "Absence and a substitute: for the chair."),

    c("ow67-en-android-back-in-office", "android", "Freja Mortensen",
      "Thanks – I'll do it next week when I'm back in the office.",
      {}, E2, lang="en", note="Nothing about the form yet."),

    c("ow67-en-gmail_android-new-from-sweden", "gmail_android", "Johan Lindqvist",
      "Hi! New member here – I joined Example Municipality in August after many years in "
      "Sweden. Fifteen years in environmental inspection altogether. Interests: noise, air and "
      "IED. Happy to join the inspection network. Time: some.\n/Johan",
      {"interests": "Noise; Air; IED", "groups": "Inspection network", "experience": "15",
       "time": "Some"}, {}, lang="en"),
]
