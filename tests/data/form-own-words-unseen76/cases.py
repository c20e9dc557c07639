"""Unseen part ow76 of the own-words competence-form replies: an ordinary autumn round.

Written blind, by hand: what a careful human secretary records. People invented, at example.org.
"""

from common import E1, E2, S1, S2, S3, S4, SIG_EN, SIG_KOMMUNE, SIG_SHORT, c

CASES = [
    # --- Danish form -------------------------------------------------------------------------
    c("ow76-da-outlook-ingen-aendringer", "outlook", "Hanne Vestergaard",
      "Hej\n\nIngen ændringer fra min side i år.\n\n" + SIG_KOMMUNE,
      {}, S4, unchanged=True),

    c("ow76-da-iphone-tak-tommel", "iphone", "Pia Hedegaard",
      "Tak 👍",
      {}, S1,
      note="Says nothing about the form: no answers, not unchanged, not flagged."),

    c("ow76-da-gmail-budget-ud-af-pfas-gruppen", "gmail", "Maja Kristoffersen",
      "Hej\n\nKort svar fra mig: vores budget til næste år er blevet beskåret, og vi mister en "
      "stilling i afdelingen, så jeg kan ikke lægge lige så mange timer i gruppen som i år. Sæt "
      "mig ned til lidt tid.\n\nJeg melder mig også ud af PFAS-arbejdsgruppen fra nytår, netværket "
      "bliver jeg i.\n\nResten passer stadig.\n\nHilsen\nMaja",
      {"tid": "Lidt", "grupper": "Netværk for miljøtilsyn"}, S2, unchanged=True,
      note="'fra nytår' is the period the round is for; the removal is recorded."),

    c("ow76-da-owa-ny-spildevand", "owa", "Frederik Dalgaard",
      "Hej\n\nJeg er ny her i gruppen – startede i Eksempel Kommune 1. august som "
      "miljøsagsbehandler på spildevandsområdet. Så her er mine svar:\n\nJeg arbejder med "
      "spildevand og jord og en del VVM-screeninger.\nJeg kan godt tage en tørn som sekretær.\n"
      "Erfaring: 4 år (de første 2 i et rådgivningsfirma).\nTid: nogen\n\nGlæder mig til at møde "
      "jer.\n\n" + SIG_SHORT,
      {"interesser": "Spildevand; Jord; VVM", "funktioner": "Sekretær", "erfaring": "4",
       "tid": "Nogen"}, {},
      note="New member, nothing pre-filled. 'VVM-screeninger' is VVM. Erfaring is the total, 4; "
           "the 2 in brackets are part of it. Nothing said about grupper."),

    c("ow76-da-outlook-ios-ikke-formand", "outlook_ios", "Henrik Mose",
      "Tag mig af som formand, jeg når det ikke længere med det nye tilsynsprojekt. Ellers som "
      "sidst\n\n/Henrik",
      {"funktioner": "Høringstovholder"}, S3, unchanged=True),

    c("ow76-da-thunderbird-rettet-i-skemaet", "thunderbird", "Karsten Vinther",
      "Hej\n\nJeg har rettet direkte i skemaet herunder.\n\nMvh Karsten",
      {"interesser": "PFAS; Luft", "erfaring": "13"}, S1,
      edits=[("set", "[x] Støj", "[ ] Støj"), ("set", "[ ] Luft", "[x] Luft"),
             ("set", "Svar: 12", "Svar: 13")],
      note="Crosses moved in the quoted form: Støj removed, Luft added, 12 -> 13."),

    c("ow76-da-android-pension", "android", "Bodil Kjærgaard",
      "Hej\nJeg går på pension med udgangen af februar, så det her bliver mit sidste skema. Indtil "
      "da er alt som det står. Tak for mange gode år i gruppen!\nBodil",
      {}, S4, unchanged=True, flagged=True,
      note="Leaving the group (retiring) is for the chair; no question changes."),

    c("ow76-da-outlook-android-fire-aar", "outlook_android", "Anders Bech",
      "erfaring er fire år nu 😊 resten er det samme",
      {"erfaring": "4"}, S2, unchanged=True),

    c("ow76-da-apple-mail-grundvand", "apple_mail", "Camilla Rask",
      "Hej Tovholder\n\nPFAS har jeg stadig, men støj er flyttet over til vores teknik- og "
      "miljøafdeling, så det kan du fjerne. Til gengæld har jeg fået grundvand og "
      "drikkevandsboringer i år.\n\nJeg har fået frigjort nogle timer i forhold til sidste år, så "
      "sæt mig på meget tid.\n\nVh Camilla",
      {"interesser": "PFAS", "tid": "Meget"}, S1, ask=["interesser"],
      note="Støj removed, PFAS kept (recorded). Grundvand and drikkevandsboringer are no option "
           "(not clearly Jord): passed on to the chair."),

    c("ow76-da-outlook-mac-fastansat", "outlook_mac", "Ida Skovgaard",
      "Hej\n\nDer er kun én ting: under Andet står der stadig barselsvikar til juni, men jeg er "
      "blevet fastansat pr. 1. november 🎉 Så det kan I slette.\n\nAlt andet er det samme.\n\n"
      "Kh Ida",
      {"andet": ""}, S2, unchanged=True,
      note="She names the Andet field and asks to delete its text: recorded as empty. "
           "'Alt andet er det samme' is her 'ellers uændret', not a label."),

    c("ow76-da-outlook-prefix-sekretaer-hvis-ingen-andre", "outlook_prefix", "Jesper Lauridsen",
      "Hej,\n\nJeg vil gerne fortsætte som høringstovholder. Sekretær kan jeg også godt tage, hvis "
      "der ikke er andre der melder sig - men helst ikke begge dele.\n\nErfaring: 9 år\n\nJesper",
      {"erfaring": "9"}, S4, ask=["funktioner"],
      note="Høringstovholder stays as sent; Sekretær only if nobody else volunteers (a condition "
           "on others, and 'helst ikke begge'): funktioner passed on, not recorded."),

    c("ow76-da-owa-html-tid-fra-januar", "owa_html", "Louise Winther",
      "Hej\n\nTilføj gerne VVM - vi har fået flere VVM-sager end før.\n\nMed tiden er det lidt "
      "svært: resten af året har jeg nogen tid, men fra januar skal jeg lede et stort "
      "tilsynsprojekt, og så bliver det nok kun lidt. Sæt hvad I synes giver mening.\n\n"
      "Venlig hilsen\nLouise",
      {"interesser": "PFAS; Støj; VVM"}, S1, ask=["tid"],
      note="Two values for tid (nogen now, lidt from January) and she leaves it to us: asked."),

    c("ow76-da-outlook-omorganisering", "outlook", "Lars Thygesen",
      "Kære tovholder\n\nDer er sket en del hos os siden sidst, så her er mine rettelser.\n\n"
      "Vi blev omorganiseret pr. 1. oktober, og jeg sidder nu i virksomhedsteamet i stedet for "
      "jord- og affaldsteamet. Det betyder:\n\n- Affald og Jord kan fjernes\n- Nye områder: "
      "IE-direktivet, støj og luft\n- VVM beholder jeg\n\nJeg er samtidig kommet med i netværket "
      "for miljøtilsyn.\n\nSom formand fortsætter jeg gerne, men høringerne må en anden tage over "
      "– det kan jeg ikke nå ved siden af.\n\nTid: nogen (det bliver mere end i år)\n"
      "Erfaring: 21 år\n\n" + SIG_KOMMUNE,
      {"interesser": "Støj; Luft; VVM; IE-direktivet", "grupper": "Netværk for miljøtilsyn",
       "funktioner": "Formand", "erfaring": "21", "tid": "Nogen"}, S3,
      note="'høringerne må en anden tage over' removes Høringstovholder."),

    c("ow76-da-thunderbird-bottom-luft-vaek", "thunderbird_bottom", "Lone Frandsen",
      "Hej\n\nLuft er ikke mit længere (overgået til en ny kollega), så kun spildevand og klima.\n"
      "Tid: nogen – vi har fået beskåret timerne til netværksarbejde.\n\nEllers uændret.\n\n-- \n"
      "Lone Frandsen\nEksempel Kommune",
      {"interesser": "Spildevand; Klima", "tid": "Nogen"}, S2, unchanged=True),

    c("ow76-da-apple-forward-ny-fra-telefonen", "apple_forward", "Nanna Holt",
      "Hej – jeg kunne ikke få svar-knappen til at virke på telefonen, så jeg videresender bare."
      "\n\nPFAS og jord\nIngen grupper endnu\nErfaring 2 år\nLidt tid her i starten\n\nNanna",
      {"interesser": "PFAS; Jord", "grupper": "", "erfaring": "2", "tid": "Lidt"}, {},
      note="New member. 'Ingen grupper endnu' recorded as the empty set (she answered it). "
           "The remark about the reply button is not for the chair."),

    c("ow76-da-gmail-spoergsmaal-om-netvaerket", "gmail", "Sofie Mølgaard",
      "Hej\n\nErfaring: 13 år nu.\n\nEt spørgsmål: hvad er egentlig forskellen på netværket for "
      "miljøtilsyn og PFAS-arbejdsgruppen? Jeg står kun i PFAS-gruppen, men jeg laver også en del "
      "tilsyn, så skal jeg måske også være med i netværket? Det må formanden gerne lige sige.\n\n"
      "Mvh\nSofie",
      {"erfaring": "13"}, S1, ask=["grupper"],
      note="She may want to join the network depending on the chair's answer: grupper is passed "
           "on rather than closed (PFAS group kept as sent)."),

    c("ow76-da-gmail-engelsk-paa-dansk-skema", "gmail", "Tomasz Nowak",
      "Hi,\n\nSorry, my Danish is not good enough for this yet. Changes: I no longer do climate, "
      "but I have taken over the noise complaints from a colleague. Time: some.\nOtherwise "
      "everything as before.\n\nBest regards\nTomasz",
      {"interesser": "Spildevand; Støj; Luft", "tid": "Nogen"}, S2, unchanged=True,
      note="English on the Danish form; recorded in the Danish form's spelling."),

    c("ow76-da-outlook-mac-html-kollega-overtager", "outlook_mac_html", "Thomas Krogh",
      "Hej\n\nFra 1. oktober har min kollega Birgitte Holm overtaget PFAS, så jeg har kun støj "
      "tilbage. Hun vil gerne med i PFAS-arbejdsgruppen i stedet for mig – kan I sende hende "
      "skemaet? birgitte.holm@example.org\n\nMvh Thomas",
      {"interesser": "Støj", "grupper": ""}, S1, flagged=True,
      note="'i stedet for mig' takes him out of the PFAS group. The new colleague who should get "
           "the form is for the chair (flagged)."),

    c("ow76-da-outlook-html-krydser-klima", "outlook_html", "Gitte Nørgaard",
      "Hej\n\nSe mine rettelser i skemaet. Jeg er kommet på klimaplanen.\n\nVh Gitte",
      {"interesser": "Affald; Jord; Klima; VVM", "tid": "Nogen"}, S3,
      edits=[("set", "[ ] Klima", "[x] Klima"), ("set", "[x] Lidt", "[ ] Lidt"),
             ("set", "[ ] Nogen", "[x] Nogen")]),

    c("ow76-da-android-sygemeldt", "android", "Sanne Bjerre",
      "Hej. Jeg er sygemeldt for tiden og ved ikke helt hvornår jeg er tilbage, så skriv mig på "
      "lidt tid indtil videre. Resten kan blive stående.\nHilsen Sanne",
      {"tid": "Lidt"}, S2, unchanged=True, flagged=True,
      note="Sick leave of unknown length is an absence for the chair."),

    c("ow76-da-thunderbird-uden-danske-tegn-interval", "thunderbird", "Jens Peter Olesen",
      "Hej\n\nErfaringen staar til 12 aar, men det passer vist ikke helt - med min tid i Regionen "
      "er det naermere 14-15 aar. I maa selv vurdere hvad der skal staa.\n\nResten stemmer.\n\n"
      "JP\n(skriver fra min private PC uden danske tegn)",
      {}, S1, ask=["erfaring"], unchanged=True,
      note="A range (14-15) left to us: erfaring asked."),

    c("ow76-da-gmail-android-svar-i-teksten", "gmail_android", "Mikkel Aagaard",
      "Svar inde i teksten",
      {"interesser": "PFAS; Affald; Støj", "erfaring": "9"}, S4,
      edits=[("add", "[ ] Støj", "Ja, støj også – vi har fået vindmøllesagerne"),
             ("set", "Svar: 8", "Svar: 9")],
      note="Typed line under the unticked Støj adds it; 8 changed to 9 in the quote."),

    c("ow76-da-owa-paa-kursus", "owa", "Birthe Lund",
      "Hej\n\nJeg sidder på kursus resten af ugen og kigger på det på mandag.\n\nMvh Birthe",
      {}, S1,
      note="Nothing about the form yet: no answers, not flagged."),

    c("ow76-da-apple-mail-alt-undtagen", "apple_mail", "Mads Eskildsen",
      "Hej\n\nJeg er ny på Eksempel Ø, hvor vi kun er to på hele miljøområdet, så jeg laver lidt "
      "af hvert: alt på listen undtagen PFAS og Power-to-X.\n\nGrupper: ingen\nErfaring: seks år\n"
      "Tid: lidt, desværre – vi er for få.\n\nHilsen Mads",
      {"interesser": "Spildevand; Affald; Støj; Luft; Jord; Klima; VVM; IE-direktivet",
       "grupper": "", "erfaring": "6", "tid": "Lidt"}, {},
      note="New member; 'alt på listen undtagen PFAS og Power-to-X' is the other eight areas."),

    c("ow76-da-owa-html-landbrug-lugt", "owa_html", "Kasper Lind",
      "Hej\n\nJeg er flyttet over i landbrugsteamet, så spildevand og luft har jeg ikke længere. "
      "Nu er det mest husdyrgodkendelser og lugtklager. Klima har jeg stadig.\n\nMvh\nKasper",
      {"interesser": "Klima"}, S2, ask=["interesser"],
      note="Spildevand and Luft removed, Klima kept (recorded); husdyrgodkendelser and "
           "lugtklager are no option (lugt is not Luft): passed on."),

    c("ow76-da-outlook-prefix-krydser-i-mailen", "outlook_prefix", "Ebbe Storm",
      "Hej\n\nRettelser:\n[x] Power-to-X - vi har fået det første anlæg i kommunen\n"
      "[ ] Affald - er sendt videre til forsyningen\n\nErfaring er blevet til 21 år.\n\n"
      "Hilsen Ebbe",
      {"interesser": "Jord; VVM; Power-to-X", "erfaring": "21"}, S3,
      note="Crosses typed above the quote: Power-to-X added, Affald removed."),

    # --- English form ------------------------------------------------------------------------
    c("ow76-en-outlook-no-changes", "outlook", "Martin Fog",
      "Hi,\n\nNo changes from me this year.\n\n" + SIG_EN,
      {}, E1, lang="en", unchanged=True),

    c("ow76-en-gmail-step-down-add-pfas", "gmail", "Sarah Whitfield",
      "Hi all,\n\nA few changes. The budget for next year cuts our inspection hours, so I'll have "
      "to step down as chair when my term ends at New Year. Time: little.\n\nOn the positive side, "
      "please add PFAS to my areas; we've found it at two of our old landfills.\n\nBest,\nSarah",
      {"functions": "", "interests": "PFAS; Wastewater; Noise", "time": "Little"}, E1,
      lang="en",
      note="Stepping down at New Year, i.e. for the period the round is for: Chair removed."),

    c("ow76-en-iphone-eleven-years", "iphone", "Jonas Berg",
      "Experience is eleven years now. Otherwise the same\n\nJonas",
      {"experience": "11"}, E2, lang="en", unchanged=True),

    c("ow76-en-outlook-mac-html-updated-below", "outlook_mac_html", "Ana Ribeiro",
      "Hi, I've updated the form below.\nAna",
      {"interests": "Air; Climate; EIA", "functions": "Secretary", "time": "Some"}, E2,
      lang="en",
      edits=[("set", "[ ] EIA", "[x] EIA"), ("set", "[ ] Secretary", "[x] Secretary"),
             ("set", "[x] Much", "[ ] Much"), ("set", "[ ] Some", "[x] Some")]),

    c("ow76-en-thunderbird-new-from-bergen", "thunderbird", "Ingrid Solberg",
      "Hello,\n\nI started at Example Municipality in September, coming from the county "
      "environmental office in Bergen, so I'm new to the group. I mostly do industrial permits "
      "under the IED, air emissions and a bit of soil contamination.\n\nExperience: 7 years\n"
      "Time: some\nI'm happy to take the minutes now and then if that helps.\nNo groups yet.\n\n"
      "Looking forward to meeting you all.\n\nIngrid Solberg",
      {"interests": "Air; Soil; IED", "groups": "", "functions": "Secretary", "experience": "7",
       "time": "Some"}, {}, lang="en",
      note="New member. Taking the minutes is the Secretary function; 'soil contamination' is "
           "Soil; 'No groups yet' recorded as the empty set."),

    c("ow76-en-apple-mail-dansk-svar", "apple_mail", "Niels Bak",
      "Hej\n\nJeg svarer lige på dansk, håber det er ok. Støj har jeg ikke mere, til gengæld har "
      "jeg fået affald. Tid: lidt, vi er gået ned i tid pga. besparelser.\n\nEllers uændret.\n\n"
      "Niels",
      {"interests": "Wastewater; Waste", "time": "Little"}, E1, lang="en", unchanged=True,
      note="Danish on the English form; recorded in the English form's spelling."),

    c("ow76-en-owa-parental-leave", "owa", "Emma Clausen",
      "Hi,\n\nJust to let you know I'll be on parental leave from February to August, so please "
      "put me down for little time this year. I'll miss the January meeting as well.\n\n"
      "Everything else is unchanged.\n\n" + SIG_EN,
      {"time": "Little"}, E2, lang="en", unchanged=True, flagged=True,
      note="Leave and a missed meeting are for the chair (flagged); she chose Little herself."),

    c("ow76-en-android-range-and-question", "android", "Lukas Weber",
      "experience: 20-25 yrs depending on how you count. time some. btw does the inspection "
      "network still meet? haven't heard anything since spring",
      {"time": "Some"}, E1, lang="en", ask=["experience"],
      note="A range for experience: asked. Time 'some' confirms the sent value. The question "
           "about the network is for the chair; he does not leave it."),
]
