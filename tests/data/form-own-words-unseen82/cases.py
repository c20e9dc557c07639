"""Unseen part 82 of the own-words competence-form replies: an ordinary late-summer round
(August-September 2028). Written blind, by hand; people invented, at example.org."""

from common import E1, E2, S1, S2, S3, S4, SIG_EN, SIG_KOMMUNE, SIG_SHORT, c  # noqa: F401

CASES = [
    # --- Danish form -------------------------------------------------------------------------
    c("ow82-da-iphone-tak", "iphone", "Grethe Svendsen", "Tak", {}, S3),

    c("ow82-da-outlook-tilbage-fra-ferie", "outlook", "Helle Bech Sørensen",
      "Hej\n\n"
      "Undskyld det sene svar – jeg kom først hjem fra ferie i mandags og har et par hundrede "
      "mails at læse.\n\n"
      "Alt er egentlig som før, med to undtagelser:\n"
      "- Efter sommerferien er jeg gået op på fuld tid igen, så jeg har meget mere tid til "
      "gruppen nu.\n"
      "- Sekretærjobbet vil jeg gerne give videre. Jeg har haft det i tre år, og det er nogen "
      "andens tur.\n\n" + SIG_KOMMUNE,
      {"funktioner": "", "tid": "Meget"}, S1, unchanged=True,
      note="'meget mere tid' = Meget; Sekretær removed (her only function), so funktioner is "
           "empty. 'nogen andens tur' is no answer to Tid. Handing over the secretary job is her "
           "answer to Funktioner, not a separate message for the chair."),

    c("ow82-da-owa-sammenlaegning", "owa", "Morten Kjær",
      "Hej tovholder\n\n"
      "Som I nok har hørt, er Natur og Miljø og Byg og Erhverv lagt sammen til ét center pr. "
      "1. september. For mit vedkommende betyder det, at affald er flyttet over til en kollega "
      "fra den anden afdeling, mens jeg har fået spildevnad og jord i stedet. PFAS beholder "
      "jeg.\n\n"
      "Høringstovholder fortsætter jeg gerne som, og resten er som det var.\n\n"
      "Mvh\nMorten",
      {"interesser": "PFAS; Spildevand; Jord"}, S4, unchanged=True,
      note="Typo 'spildevnad' read as Spildevand. Affald moved to a colleague = removed."),

    c("ow82-da-gmail-fastansat", "gmail", "Sofie Lund",
      "Hej!\n\n"
      "Godt nyt: jeg er blevet fastansat 🎉 Så du kan bare slette det med barselsvikar.\n"
      "Erfaringen er vel oppe på 4 år nu.\n"
      "Ellers det samme som sidst.\n\n"
      "Sofie",
      {"erfaring": "4", "andet": ""}, S2, unchanged=True,
      note="She asks for the pre-filled Andet ('Barselsvikar til juni') to be deleted, so Andet "
           "is cleared. 'vel oppe på 4' is a hedge, not a range: 4."),

    c("ow82-da-apple-mail-ny-kollega", "apple_mail", "Søren Holm Damgaard",
      "Hej\n\n"
      "Jeg er ny i gruppen – jeg startede i miljøafdelingen 1. august efter seks år i Region "
      "Midtjylland, hvor jeg sad med jordforurening.\n\n"
      "Her er mine svar:\n"
      "Interesser: jord og PFAS, og lidt VVM\n"
      "Grupper: vil gerne med i PFAS-arbejdsgruppen\n"
      "Funktioner: ikke lige nu, jeg skal lige lande først\n"
      "Erfaring: 6 år\n"
      "Tid: nogen\n\n"
      "Venlig hilsen\n"
      "Søren Holm Damgaard\n"
      "Miljøsagsbehandler, jord og grundvand",
      {"interesser": "PFAS; Jord; VVM", "grupper": "Arbejdsgruppe om PFAS", "funktioner": "",
       "erfaring": "6", "tid": "Nogen"}, {},
      note="New member, empty form. 'lidt VVM' is still VVM (not Tid). Funktioner answered "
           "explicitly with none ('ikke lige nu'), recorded as empty. 'grundvand' is only his "
           "job title in the signature, not an answer."),

    c("ow82-da-thunderbird-rettet-i-skemaet", "thunderbird", "Peter Aagaard",
      "Hej,\n\njeg har rettet direkte i skemaet herunder.\n\n/Peter",
      {"interesser": "PFAS; Støj; Luft", "erfaring": "13"}, S1,
      edits=[("set", "[ ] Luft", "[x] Luft"), ("set", "Svar: 12", "Svar: 13")]),

    c("ow82-da-outlook-prefix-pension", "outlook_prefix", "Bent Kristoffersen",
      "Kære alle\n\n"
      "Jeg går på pension med udgangen af november, så det her bliver nok mit sidste skema.\n\n"
      "Formand bliver jeg ved med at være frem til da, hvis I vil have mig, men høringerne må "
      "en anden tage sig af allerede fra nu – jeg skal bruge efteråret på at aflevere mine "
      "sager.\n\n"
      "Tak for mange gode år i gruppen.\n\n"
      "Hilsen Bent",
      {"funktioner": "Formand"}, S3, flagged=True,
      note="Høringstovholder removed, Formand kept. Flagged: he retires and leaves the group at "
           "the end of November, which the chair must know (a new chair will be needed)."),

    c("ow82-da-gmail-android-smaa-bogstaver", "gmail_android", "Kim Vestergaard",
      "alt som før, men tilføj støj og luft. har fået virksomhederne ude på havnen efter "
      "ferien\n\nmvh kim",
      {"interesser": "PFAS; Affald; Støj; Luft"}, S4, unchanged=True),

    c("ow82-da-outlook-mac-hvad-er-nogen", "outlook_mac", "Louise Friis",
      "Hej\n\n"
      "Et spørgsmål før jeg svarer på tid: hvad dækker \"Nogen\" over? Jeg kan afsætte ca. 2 "
      "timer om ugen, men ved ikke om det er nogen eller lidt i jeres optik.\n\n"
      "Resten står som det skal.\n\n"
      "Mvh Louise",
      {}, S1, ask=["tid"], unchanged=True,
      note="Hours per week are no option and she herself does not know whether it is Nogen or "
           "Lidt: passed on with her question about the form."),

    c("ow82-da-owa-html-toogtyve", "owa_html", "Birthe Mølgaard",
      "Hej\n\n"
      "Så har jeg rundet toogtyve år i faget (ja, tiden går…).\n\n"
      "Efter sammenlægningen har jeg fået de to store virksomheder ved havnen, så sæt mig også "
      "på IE-direktivet.\n\n" + SIG_SHORT,
      {"erfaring": "22", "interesser": "Affald; Jord; VVM; IE-direktivet"}, S3),

    c("ow82-da-android-interval", "android", "Rasmus Thygesen",
      "Hej. Erfaring: 8-9 år, alt efter om man tæller studiejobbet med. Tid: meget efter 1. "
      "oktober, indtil da lidt – vi er midt i en flytning pga fusionen.",
      {}, S4, ask=["erfaring", "tid"],
      note="Erfaring is a range. Tid has two values depending on the date; which one the "
           "overview should hold is for the chair, so asked rather than guessed."),

    c("ow82-da-outlook-mac-html-bytter-funktion", "outlook_mac_html", "Camilla Juhl",
      "Hej\n\n"
      "Sekretær vil jeg gerne slippe nu efter tre år med referater. Til gengæld tager jeg gerne "
      "høringerne, hvis der er brug for det.\n\n"
      "Mvh Camilla",
      {"funktioner": "Høringstovholder"}, S1,
      note="'tager gerne høringerne' = Høringstovholder; 'hvis der er brug for det' is an "
           "ordinary willingness condition, not a condition on a named person."),

    c("ow82-da-gmail-rettelser-i-skemaet", "gmail", "Jonas Bak",
      "Se mine rettelser i skemaet.\n\nJonas",
      {"interesser": "PFAS; Spildevand; Klima", "tid": "Lidt"}, S2,
      edits=[("set", "[x] Luft", "[ ] Luft"), ("set", "[ ] PFAS", "[x] PFAS"),
             ("add", "5. Tid", "lidt i efteråret pga. fusionen")],
      note="The typed line under 5. Tid overrides the still-crossed Meget; the rest of it is "
           "a reason."),

    c("ow82-da-outlook-android-kort", "outlook_android", "Anders Krogh",
      "Tilføj klima. Erfaring 13 nu",
      {"interesser": "PFAS; Støj; Klima", "erfaring": "13"}, S1),

    c("ow82-da-iphone-lugt", "iphone", "Mette Overgaard",
      "Hej. Jeg arbejder mere og mere med lugt fra landbruget – kan det komme med som område? "
      "Ellers uændret 🙂",
      {}, S4, ask=["interesser"], unchanged=True,
      note="Lugt/landbrug is no option; her question whether it can be added goes to the "
           "chair."),

    c("ow82-da-thunderbird-bottom-alt-undtagen", "thunderbird_bottom", "Jesper Nørgaard",
      "Hej\n\n"
      "Vi er kun to miljoefolk tilbage i kommunen efter sammenlaegningen, saa jeg laver lidt af "
      "hvert.\nSaet mig paa alle fagomraader undtagen Power-to-X og IE-direktivet.\n\n"
      "Mvh Jesper\n"
      "(skriver fra min private maskine uden danske tegn)",
      {"interesser": "PFAS; Spildevand; Affald; Støj; Luft; Jord; Klima; VVM"}, S2,
      note="'lidt af hvert' is about subjects, not Tid."),

    c("ow82-da-apple-forward-videresendt", "apple_forward", "Ole Bruun",
      "Hej igen\n\n"
      "Jeg fandt skemaet i min indbakke fra før ferien – undskyld! Videresender det lige med "
      "mine svar:\n\n"
      "Jord har jeg afleveret til vores nye kollega, så den skal ud. Ellers er alt det samme.\n\n"
      "Ole",
      {"interesser": "Affald; VVM"}, S3, unchanged=True),

    c("ow82-da-outlook-html-fusion-lang", "outlook_html", "Marianne Thorsen",
      "Kære tovholder\n\n"
      "Tak for skemaet. Der er sket en del siden sidst, så jeg skriver det hele her i stedet "
      "for at rette i krydserne.\n\n"
      "Fra 1. september er vores to afdelinger (Miljø og Natur og Vand) lagt sammen, og jeg "
      "har i den forbindelse fået affald med, mens luft er gået til en kollega. Spildevand og "
      "klima har jeg stadig.\n\n"
      "Jeg er gået ud af PFAS-arbejdsgruppen, da vi ikke længere har PFAS-sager hos os, men "
      "netværket for miljøtilsyn bliver jeg i.\n\n"
      "Tid: Nogen – det bliver nok mindre end sidste år med alt det nye.\n\n"
      "Andet: Afsnitsleder for Vand og Affald fra 1. oktober\n\n" + SIG_KOMMUNE,
      {"interesser": "Spildevand; Affald; Klima", "grupper": "Netværk for miljøtilsyn",
       "tid": "Nogen", "andet": "Afsnitsleder for Vand og Affald fra 1. oktober"}, S2,
      note="Affald added, Luft removed; PFAS not added (she no longer has PFAS cases). The "
           "labelled Andet replaces the pre-filled one. Nothing says the rest is unchanged."),

    c("ow82-da-owa-barsel", "owa", "Line Mikkelsen",
      "Hej\n\n"
      "Jeg går på barsel fra midt i oktober og er først tilbage til august næste år. Indtil "
      "da: sæt min tid til lidt, og I må hellere finde en anden sekretær – jeg kan ikke nå "
      "referaterne inden.\n\n"
      "De bedste hilsner\nLine",
      {"tid": "Lidt", "funktioner": ""}, S1, flagged=True,
      note="Flagged: a long absence (barsel) the chair should know of; it is not labelled "
           "Andet, so not recorded there. Sekretær removed."),

    c("ow82-da-gmail-engelsk-paa-dansk", "gmail", "Lukas Berger",
      "Hi,\n\n"
      "Sorry for answering in English, my Danish is not good enough yet for forms :)\n"
      "Please add noise and remove waste – the waste cases went to the new colleagues after "
      "the merger. I'll have a lot of time this autumn. Experience: 9 years now.\n\n"
      "Best,\nLukas",
      {"interesser": "PFAS; Støj", "tid": "Meget", "erfaring": "9"}, S4,
      note="English on the Danish form; 'a lot of time' = Meget."),

    c("ow82-da-android-uaendret", "android", "Tina Rasmussen", "Uændret", {}, S2,
      unchanged=True),

    c("ow82-da-outlook-kryds-og-ord", "outlook", "Henrik Steffensen",
      "Hej\n\n"
      "Jeg har fjernet krydset ved høringstovholder – det når jeg ikke længere. Formand "
      "fortsætter jeg gerne som.\n"
      "Og så er det 21 års erfaring nu, ikke 20.\n\n"
      "Henrik",
      {"funktioner": "Formand", "erfaring": "21"}, S3,
      edits=[("set", "[x] Høringstovholder", "[ ] Høringstovholder")]),

    c("ow82-da-gmail-android-hvis-lone", "gmail_android", "Pia Kofoed",
      "Hej! Luft og støj er kommet til efter fusionen. Sekretær kan jeg godt tage, hvis Lone "
      "ikke fortsætter. Mvh Pia",
      {"interesser": "PFAS; Affald; Støj; Luft"}, S4, ask=["funktioner"],
      note="Sekretær depends on someone else (Lone): asked; Høringstovholder stays as sent."),

    c("ow82-da-outlook-ios-moede", "outlook_ios", "Annette Vinther",
      "Hej. Intet nyt herfra. Men jeg kan ikke komme til mødet d. 24. september, jeg er på "
      "kursus. Ligger næste møde derefter allerede fast?",
      {}, S3, unchanged=True, flagged=True,
      note="Absence from a meeting and a question about the next one: for the chair."),

    c("ow82-da-owa-html-drikkevand", "owa_html", "Nadia Hassan",
      "Hej\n\n"
      "Jeg er en af de nye fra den tidligere Vandafdeling, som er kommet med i gruppen efter "
      "sammenlægningen.\n\n"
      "Interesser: PFAS, drikkevand og spildevand\n"
      "Grupper: ingen endnu\n"
      "Erfaring: omkring 15 år\n"
      "Tid: nogen, tror jeg\n\n"
      "Hilsen Nadia",
      {"interesser": "PFAS; Spildevand", "grupper": "", "erfaring": "15", "tid": "Nogen"}, {},
      ask=["interesser"],
      note="Drikkevand is no option: PFAS and Spildevand recorded, interesser asked. "
           "'omkring 15' recorded as 15 (an estimate of one number, not a range). 'ingen endnu' "
           "recorded as no groups."),

    # --- English form ------------------------------------------------------------------------
    c("ow82-en-outlook-ios-as-before", "outlook_ios", "Thomas Winther",
      "Hi,\n\n"
      "As before, except that I can no longer be chair – my new job as team leader after the "
      "merger takes too much of my time. I'm happy to be secretary instead if that helps.\n\n"
      + SIG_EN,
      {"functions": "Secretary"}, E1, lang="en", unchanged=True,
      note="Chair removed, Secretary added; 'if that helps' is no condition on anyone."),

    c("ow82-en-gmail-portugal", "gmail", "Emma Clarke",
      "Hi there!\n\n"
      "Back from three weeks in Portugal 🌞 and catching up.\n\n"
      "Nothing new on my side, except that I left the inspection network in June – too many "
      "meetings. Still in the PFAS working group.\n\n"
      "Emma",
      {"groups": "PFAS working group"}, E2, lang="en", unchanged=True),

    c("ow82-en-thunderbird-typed", "thunderbird", "Niels Ravn",
      "Corrected in the form below.\n\nNiels",
      {"interests": "Wastewater; Noise; Air", "experience": "21"}, E1, lang="en",
      edits=[("set", "[ ] Air", "[x] Air"), ("set", "Answer: 20", "Answer: 21")]),

    c("ow82-en-iphone-little", "iphone", "Sara Nyborg",
      "Little time this autumn, sorry – we're short-staffed after the merger. Rest unchanged.",
      {"time": "Little"}, E2, lang="en", unchanged=True),

    c("ow82-en-owa-new-colleague", "owa", "Ahmed Karimi",
      "Hello,\n\n"
      "I joined the environment department on 15 August, when our two departments were merged, "
      "and I was told to fill in this form.\n\n"
      "I work mostly with wastewater and climate adaptation. No working groups yet, but I "
      "would like to join the inspection network. I'm happy to be secretary. Experience: 4 "
      "years. Time: some.\n\n"
      "Regards,\nAhmed",
      {"interests": "Wastewater; Climate", "groups": "Inspection network",
       "functions": "Secretary", "experience": "4", "time": "Some"}, {}, lang="en",
      note="New member, empty form. 'climate adaptation' = Climate."),

    c("ow82-en-apple-mail-dansk", "apple_mail", "Kirsten Holt",
      "Hej – svarer lige på dansk, håber det er ok.\n"
      "Tilføj PFAS og jord. Tid: lidt, desværre.\n"
      "Kirsten",
      {"interests": "PFAS; Wastewater; Noise; Soil", "time": "Little"}, E1, lang="en",
      note="Danish on the English form, recorded in the English option spellings."),

    c("ow82-en-outlook-mac-since", "outlook_mac", "Jakob Lindberg",
      "Hi,\n\n"
      "Experience: I've been working with environmental permits since 2015.\n"
      "Please also note that I won't make the October meeting, I'm on a course that week.\n\n"
      "Otherwise same as last year.\n\n"
      "Jakob",
      {}, E2, lang="en", ask=["experience"], unchanged=True,
      note="A start year instead of a number of years: asked. The missed meeting is for the "
           "chair too."),

    c("ow82-en-android-power-to-x", "android", "Freja Dam",
      "Please add Power to X – we have two hydrogen plants applying for permits this autumn. "
      "IED too.\n\nFreja",
      {"interests": "Wastewater; Noise; IED; Power-to-X"}, E1, lang="en"),
]
