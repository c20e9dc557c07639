"""Unseen part 55 of the own-words competence-form replies: an Outlook-heavy round. By hand, blind;
people invented, at example.org."""

from common import E1, E2, S1, S2, S3, S4, SIG_EN, SIG_KOMMUNE, SIG_SHORT, c

CASES = [
    # --- Danish form -------------------------------------------------------------------------
    c("ow55-da-outlook-krydser-i-skemaet", "outlook", "Mette Kjærgaard",
      "Hej\n\nHar skrevet i skemaet nedenfor.\n\nMvh\nMette",
      {"interesser": "PFAS; Spildevand", "erfaring": "13"}, S1,
      edits=[("set", "[ ] Spildevand", "[X] Spildevand"), ("set", "[x] Støj", "[ ] Støj"),
             ("set", "Svar: 12", "Svar: 13")],
      note="Spildevand crossed with a capital X, Støj un-crossed, 12 changed to 13 in the quote."),

    c("ow55-da-owa-stoej-og-afbud-januar", "owa", "Lars Bech Andersen",
      "Hej\n\nJeg har sat kryds ved Støj nedenfor, vi har fået en del sager med vindmøller i år.\n\n"
      "Og så kan jeg desværre ikke komme til mødet den 14. januar - vi har byrådsmøde samme dag.\n\n"
      "Mvh Lars",
      {"interesser": "PFAS; Affald; Støj"}, S4, flagged=True,
      edits=[("set", "[ ] Støj", "[x] Støj")],
      note="Absence from the January meeting is for the chair (flagged); Støj added by a cross "
           "that the sentence confirms."),

    c("ow55-da-outlook-ios-samme-som-sidst", "outlook_ios", "Rikke Thomsen",
      "Samme som sidst 👍",
      {}, S2, unchanged=True),

    c("ow55-da-outlook-android-pension", "outlook_android", "Poul Erik Vestergaard",
      "Jeg går på pension 1. april, så stryg mig som formand. Høringerne tager jeg gerne til den "
      "tid. Ellers uændret\n\nPoul",
      {"funktioner": "Høringstovholder"}, S3, unchanged=True, flagged=True,
      note="Retiring on 1 April (leaving the group) is news for the chair, hence flagged; Formand "
           "removed now since he asks for it, Høringstovholder kept."),

    c("ow55-da-outlook-html-slettet-linjer", "outlook_html", "Birgitte Lund",
      "Hej\nJeg har bare slettet det, jeg ikke laver mere – resten står ved magt.\n\nHilsen Birgitte",
      {"interesser": "PFAS", "funktioner": ""}, S4, unchanged=True,
      edits=[("del", "[x] Affald"), ("del", "[x] Høringstovholder")],
      note="HTML-only Outlook reply; she deleted the crossed lines Affald and Høringstovholder and "
           "says that deleted means no longer."),

    c("ow55-da-outlook-prefix-andet-forlaenget", "outlook_prefix", "Sara Nielsen",
      "Hej\n\nAndet: Barselsvikariatet er forlænget til udgangen af 2027\nErfaring: 4\n\nmvh Sara",
      {"andet": "Barselsvikariatet er forlænget til udgangen af 2027", "erfaring": "4"}, S2),

    c("ow55-da-owa-html-pile-ved-formand", "owa_html", "Anders Winther",
      "Se mine kommentarer i skemaet.\n\nVh Anders",
      {}, S1, ask=["funktioner"],
      edits=[("append", "[ ] Formand", "  <-- kun hvis ingen andre melder sig"),
             ("append", "[x] Sekretær", " (gerne igen)")],
      note="Formand only if nobody else volunteers: a condition on others, for the chair. "
           "Sekretær stays as sent ('gerne igen'), so nothing else to record."),

    c("ow55-da-outlook-mac-fastansat", "outlook_mac", "Camilla Østergaard",
      "Rettet i skemaet. Jeg er ikke længere vikar – er blevet fastansat 🎉",
      {"grupper": "Netværk for miljøtilsyn", "tid": "Nogen", "andet": ""}, S2,
      edits=[("set", "[x] Arbejdsgruppe om PFAS", "[ ] Arbejdsgruppe om PFAS"),
             ("set", "[x] Meget", "[ ] Meget"), ("set", "[ ] Nogen", "[x] Nogen"),
             ("set", "Svar: Barselsvikar til juni", "Svar:", "6. Andet")],
      note="She emptied the Andet line ('Barselsvikar til juni') herself and says she is no "
           "longer a temp, so Andet is cleared."),

    c("ow55-da-outlook-ny-i-kommunen", "outlook", "Frederik Holm",
      "Kære tovholder\n\nTak for skemaet. Jeg er ny i Eksempel Kommune siden 1. oktober og "
      "arbejder primært med spildevand og jordforurening, og lidt med klimatilpasning. Før det "
      "var jeg 6 år i Miljøstyrelsen.\n\nJeg vil gerne være med i netværket for miljøtilsyn. "
      "Funktioner: ikke lige nu, jeg skal lige lande først.\nTid: nogen\n\n" + SIG_KOMMUNE,
      {"interesser": "Spildevand; Jord; Klima", "grupper": "Netværk for miljøtilsyn",
       "funktioner": "", "tid": "Nogen"}, {}, ask=["erfaring"],
      note="Experience is not given as an answer: 6 years at Miljøstyrelsen plus two months "
           "here; whether that counts as 6 years on the area is for the chair. Klimatilpasning "
           "is Klima."),

    c("ow55-da-android-ikke-hoeringer", "android", "Jonas Kristiansen",
      "Kan ikke tage høringer mere, ellers det samme\n\nMvh Jonas",
      {"funktioner": ""}, S4, unchanged=True),

    c("ow55-da-gmail-android-uden-ae-oe-aa", "gmail_android", "Søren Bak",
      "hej - stoej, luft og jord. 15 aar. ikke formand men gerne hoeringstovholder. tid: lidt\n"
      "/Soeren",
      {"interesser": "Støj; Luft; Jord", "erfaring": "15", "funktioner": "Høringstovholder",
       "tid": "Lidt"}, {}),

    c("ow55-da-owa-initialer-i-skemaet", "owa", "Kirsten Bjerre Jakobsen",
      "Hej\nJeg har svaret inde i teksten med mine initialer (KBJ).\nKirsten",
      {"interesser": "PFAS; Luft", "erfaring": "14"}, S1,
      edits=[("add", "1. Interesser", "KBJ: Støj har jeg ikke mere, til gengæld luft"),
             ("add", "4. Erfaring", "KBJ: 14 nu")]),

    c("ow55-da-outlook-ios-orlov", "outlook_ios", "Julie Dam",
      "Hej! Jeg er på orlov fra februar til august, så sæt mig til lidt tid. Jeg kan ikke "
      "deltage i møderne i den periode.\nResten er det samme",
      {"tid": "Lidt"}, S2, unchanged=True, flagged=True,
      note="Missing the meetings February–August is an absence for the chair."),

    c("ow55-da-outlook-interval-erfaring", "outlook", "Henrik Mortensen",
      "Hej\n\nInteresser: IE-direktivet og PtX\nErfaring: mellem 10 og 12 år, har ikke talt "
      "efter\nTid: meget, i hvert fald i første halvår\n\nHilsen Henrik",
      {"interesser": "IE-direktivet; Power-to-X", "tid": "Meget"}, {}, ask=["erfaring"],
      note="PtX is the usual short form of Power-to-X. A range of years is asked. 'i hvert fald "
           "i første halvår' qualifies Meget without naming another amount, so Meget is "
           "recorded."),

    c("ow55-da-outlook-prefix-som-mikkel", "outlook_prefix", "Emil Rasmussen",
      "Hej\n\nJeg har 5 års erfaring. Resten kan du bare skrive det samme som Mikkel, vi sidder i "
      "samme team og laver det samme.\n\nEmil",
      {"erfaring": "5"}, {}, flagged=True,
      note="'Skriv det samme som Mikkel' is for the chair (flagged), no question to ask."),

    c("ow55-da-outlook-hvad-betyder-ie", "outlook", "Gitte Sørensen",
      "Hej\n\nHvad menes der med IE-direktivet her? Er det kun for dem, der fører tilsyn med "
      "IE-virksomheder? I så fald må I gerne sætte kryds ved det for mig. Ellers er alt som det "
      "var.\n\n" + SIG_SHORT,
      {}, S3, unchanged=True, ask=["interesser"],
      note="IE-direktivet depends on what the form means by it: her question and the condition "
           "go to the chair."),

    c("ow55-da-thunderbird-bund-netvaerk", "thunderbird_bottom", "Tina Holm",
      "Jeg er stoppet i PFAS-gruppen og er i stedet kommet med i netværket for miljøtilsyn.\n"
      "Tid: lidt\n\n-- \nTina Holm\nMiljøafdelingen",
      {"grupper": "Netværk for miljøtilsyn", "tid": "Lidt"}, S1),

    c("ow55-da-apple-mail-sekretaer-paa-skift", "apple_mail", "Ida Frandsen",
      "Svar inde i mailen\n\nKh Ida",
      {"interesser": "PFAS; Spildevand; Luft; Klima"}, S2, ask=["funktioner"],
      edits=[("set", "[ ] PFAS", "[x] PFAS"),
             ("add", "3. Funktioner", "Sekretær, hvis det kan gå på skift med en anden")],
      note="Secretary only if it rotates with someone else: a condition, for the chair."),

    c("ow55-da-outlook-enogtyve", "outlook", "Bent Ravn",
      "Et år mere på bagen 😄 Har rettet erfaringen nedenfor, resten passer stadig.\n\n"
      "Bent",
      {"erfaring": "21"}, S3, unchanged=True,
      edits=[("set", "Svar: 20", "Svar: enogtyve")]),

    c("ow55-da-owa-engelsk-paa-dansk", "owa", "Marta Kowalska",
      "Hi,\n\nSorry, my Danish is not so good yet. I now also work with noise and air, and I "
      "can no longer be the consultation coordinator because I have moved to a new team. The "
      "rest is the same.\n\nBest,\nMarta",
      {"interesser": "PFAS; Affald; Støj; Luft", "funktioner": ""}, S4, unchanged=True,
      note="English on the Danish form; recorded in the Danish options."),

    c("ow55-da-gmail-punktliste", "gmail", "Lone Albertsen",
      "Hej Tovholder\n\n- Affald, jord og VVM\n- Ikke med i nogen grupper endnu\n"
      "- Formand: nej tak 😅 men sekretær er ok\n- 7 år\n- Nogen tid\n\nMvh Lone",
      {"interesser": "Affald; Jord; VVM", "grupper": "", "funktioner": "Sekretær",
       "erfaring": "7", "tid": "Nogen"}, {},
      note="'nogen grupper' is no time answer; 'Nogen tid' is."),

    c("ow55-da-outlook-html-x-ved-siden-af", "outlook_html", "Niels Brandt",
      "Hermed mit skema.\n\n" + SIG_SHORT,
      {"interesser": "PFAS; Spildevand", "erfaring": "9", "tid": "Meget"}, {},
      edits=[("append", "[ ] PFAS", "  x"), ("append", "[ ] Spildevand", "  x"),
             ("set", "Svar:", "Svar: 9", "4. Erfaring"), ("append", "[ ] Meget", "  X")],
      note="The x written after the option instead of inside the brackets."),

    c("ow55-da-outlook-mac-html-fratraeder", "outlook_mac_html", "Annette Juhl",
      "Kære alle\n\nJeg fratræder min stilling pr. 31. januar og udtræder derfor af gruppen, så "
      "jeg udfylder ikke skemaet i år.\n\nTak for et rigtig godt samarbejde!\n\nAnnette",
      {}, S2, flagged=True),

    c("ow55-da-apple-forward-fra-telefonen", "apple_forward", "Kasper Lindberg",
      "Videresender lige med mine svar, kunne ikke svare direkte fra telefonen:\n"
      "PFAS og støj\n2 års erfaring\nMeget tid",
      {"interesser": "PFAS; Støj", "erfaring": "2", "tid": "Meget"}, {}),

    c("ow55-da-outlook-tak-efter-jul", "outlook", "Hanne Overgaard",
      "Tak, jeg kigger på det efter jul.\n\n" + SIG_SHORT,
      {}, S4),

    c("ow55-da-owa-andet-svarlinje", "owa", "Vibeke Skov",
      "Udfyldt 🙂",
      {"andet": "Jeg har kun kontor i Eksempelby tirsdag og torsdag"}, S3,
      edits=[("set", "Svar:", "Svar: Jeg har kun kontor i Eksempelby tirsdag og torsdag",
              "6. Andet")],
      note="Typed on the Andet answer line, so it is labelled by its place."),

    # --- English form ------------------------------------------------------------------------
    c("ow55-en-outlook-chair-to-secretary", "outlook", "Oliver Grant",
      "Hi,\n\nAnswers inline.\n\nThanks,\nOliver",
      {"functions": "Secretary"}, E1, lang="en",
      edits=[("set", "[x] Chair", "[ ] Chair"),
             ("add", "3. Functions", "Stepping down as chair after this year, happy to take the "
                                     "minutes instead"),
             ("set", "[ ] Secretary", "[x] Secretary")],
      note="'After this year' is from the next term, which is what this form is for."),

    c("ow55-en-owa-little-time-new-plants", "owa", "Siobhan Murphy",
      "Hi there,\n\nMuch less time this spring I'm afraid, put me down as little. Please add "
      "Power-to-X and EIA to my areas, we have two new plants coming.\n\nOtherwise as before.\n\n"
      "Cheers,\nSiobhan",
      {"time": "Little", "interests": "Air; Climate; EIA; Power-to-X"}, E2, lang="en",
      unchanged=True),

    c("ow55-en-outlook-mac-years-fixed", "outlook_mac", "Mads Kirkegaard",
      "Fixed my experience below (I forgot my years in Aarhus). Nothing else changed.\n\n"
      + SIG_EN,
      {"experience": "22"}, E1, lang="en", unchanged=True,
      edits=[("set", "Answer: 20", "Answer: 22")]),

    c("ow55-en-iphone-short-lines", "iphone", "Ahmed Hassan",
      "Wastewater and soil mostly\nNot in any groups\nCan't take on a role this year\n5 yrs\n"
      "Little time tbh",
      {"interests": "Wastewater; Soil", "groups": "", "functions": "", "experience": "5",
       "time": "Little"}, {}, lang="en"),

    c("ow55-en-outlook-prefix-soil-group", "outlook_prefix", "Rebecca Thorne",
      "Hello,\n\nPlease take me off the PFAS working group, I have joined the new soil "
      "contamination group instead (it isn't on your list). Rest unchanged.\n\nRegards\nRebecca",
      {"groups": "Inspection network"}, E2, lang="en", unchanged=True, ask=["groups"],
      note="Leaving the PFAS group is recorded; the soil group is no option, passed on."),

    c("ow55-en-owa-html-parental-leave", "owa_html", "Peter Hjort",
      "See below.\n\nPeter",
      {"time": "Little", "other": "I will be on parental leave from February to May"}, E1,
      lang="en",
      edits=[("set", "[x] Some", "[ ] Some"), ("set", "[ ] Little", "[x] Little"),
             ("set", "Answer:", "Answer: I will be on parental leave from February to May",
              "6. Other")],
      note="The leave is written as his Other answer, where the chair will see it, so it is "
           "recorded there and not flagged separately."),

    c("ow55-en-gmail-danish-on-english", "gmail", "Louise Krogh",
      "Hej,\n\nJeg har ikke lige læst det hele på engelsk, men jeg er kun med i netværket nu, "
      "ikke PFAS-gruppen længere. Arbejder også med støj nu.\nTid: nogen\n\nLouise",
      {"interests": "Noise; Air; Climate", "groups": "Inspection network", "time": "Some"}, E2,
      lang="en", note="Danish on the English form; recorded in the English options."),

    c("ow55-en-outlook-android-miss-january", "outlook_android", "Daniel Ortiz",
      "Can't make the January meeting. Will do the form later, sorry!",
      {}, E2, lang="en", flagged=True),
]
