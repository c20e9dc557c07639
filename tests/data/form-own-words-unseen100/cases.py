"""Unseen part 100 of the own-words form replies: a winter round where most members answer the
form inside a longer mail about other group business. By hand, blind; people invented."""

from common import E1, E2, S1, S2, S3, S4, SIG_EN, SIG_KOMMUNE, SIG_SHORT, c

CASES = [
    # --- Danish form ------------------------------------------------------------------------
    c("ow100-da-outlook-flyt-januarmoedet", "outlook", "Karen Holm",
      "Hej\n\nFørst til januarmødet: jeg kan desværre ikke torsdag d. 14., jeg har byrådsmøde. "
      "Kan vi evt. rykke det en uge? Den 21. kan jeg hele dagen.\n\nOg så skemaet - jeg har fået "
      "støjsagerne ind på mit bord siden sommer, så sæt gerne Støj på mig. Erfaring er 9 år nu. "
      "Resten er som før.\n\n" + SIG_SHORT,
      {"interesser": "PFAS; Affald; Støj", "erfaring": "9"}, S4, unchanged=True, flagged=True,
      note="The request to move the January meeting is for the chair."),

    c("ow100-da-gmail-hoering-jordflytning", "gmail", "Poul Erik Madsen",
      "Hej\n\nAng. høringen om ændring af jordflytningsbekendtgørelsen (frist 2. feb.): Jeg "
      "foreslår, at vi tager den som første punkt på mødet, så vi kan nå at samle et fælles svar. "
      "Jeg skriver gerne et udkast.\n\nTil kompetenceskemaet:\n- jeg vil gerne slippe "
      "formandsposten, når min periode udløber i marts, men fortsætter som høringstovholder\n"
      "- tid: nogen (har fået en ny kollega, så jeg har bedre tid end sidst)\n\nMvh Poul Erik",
      {"tid": "Nogen"}, S3, ask=["funktioner"],
      note="He stays chair until March and then stops: a future change, passed on to the chair "
           "rather than recorded now (Høringstovholder unchanged either way). The agenda wish "
           "for the consultation is for the chair as well."),

    c("ow100-da-iphone-afbud-kursus", "iphone", "Sanne Kjær",
      "Hej! Afbud til mødet d. 21/1, jeg er på kursus i Vejle hele ugen. Skemaet passer stadig, "
      "intet nyt 👍\n\nSanne",
      {}, S1, unchanged=True, flagged=True, note="Absence from the January meeting."),

    c("ow100-da-owa-dagsorden-ptx", "owa", "Louise Dam",
      "Kære tovholder\n\nEt ønske til dagsordenen i februar: Kan vi få en runde om "
      "Power-to-X-anlæg? Vi har tre ansøgninger liggende og ingen erfaring med miljøgodkendelsen "
      "af dem. Måske kan Energistyrelsen komme og fortælle?\n\nApropos: sæt mig også på "
      "Power-to-X under fagområder.\n\nAndet: barselsvikariatet er forlænget til 31. december\n\n"
      "Vh Louise",
      {"interesser": "Spildevand; Luft; Klima; Power-to-X",
       "andet": "barselsvikariatet er forlænget til 31. december"}, S2, flagged=True,
      note="Agenda wish for February is for the chair; Andet is labelled, so it replaces "
           "'Barselsvikar til juni'."),

    c("ow100-da-thunderbird-referat", "thunderbird", "Henrik Skov",
      "Hej\n\nJeg har vist ikke fået referatet fra mødet d. 3. december - kan du sende det igen? "
      "Det er hverken i indbakken eller i spam.\n\nSkema: erfaring 13 år nu. Og jeg vil gerne "
      "aflevere sekretærrollen, tre år er nok. Ellers samme som sidst.\n\nHilsen Henrik",
      {"erfaring": "13", "funktioner": ""}, S1, unchanged=True, flagged=True,
      note="Sekretær was his only function, so the set is empty. The missing minutes are a "
           "request that belongs to no question."),

    c("ow100-da-outlook_html-nyt-job", "outlook_html", "Birgitte Lund",
      "Hej\n\nJeg skal lige fortælle, at jeg har fået job i Nabo Kommune og starter 1. marts. Jeg "
      "ved ikke endnu, om jeg kan fortsætte i gruppen derfra – det må jeg tale med min nye chef "
      "om. Jeg svarer på skemaet for de næste par måneder:\n\nFagområder: kun PFAS, "
      "affaldssagerne er allerede overdraget.\nHøringstovholder: nej, ikke længere - det skal en "
      "anden tage.\n\n" + SIG_KOMMUNE,
      {"interesser": "PFAS", "funktioner": ""}, S4, flagged=True,
      note="New job from 1 March and may leave the group: for the chair."),

    c("ow100-da-gmail_android-vvm-ud", "gmail_android", "Ole Præstholm",
      "tid lidt stadig men VVm kan du fjerne, det laver vi ikke mere efter sammenlægningen. god "
      "weekend\n\nOle",
      {"interesser": "Affald; Jord", "tid": "Lidt"}, S3,
      note="Tid restated as sent (Lidt), recorded as said. Nothing for the chair."),

    c("ow100-da-apple_mail-laegger-lokaler", "apple_mail", "Mette Frost",
      "Hej\n\nVi vil meget gerne lægge lokaler til martsmødet her på rådhuset i Eksempelby – vi "
      "har et godt mødelokale med skærm, og kantinen kan lave frokost. Sig til, om det passer "
      "ind.\n\nSkemaet: Jeg er stoppet i PFAS-arbejdsgruppen (det var for meget ved siden af). "
      "Tid er nok mere nogen end meget nu.\n\nKh Mette",
      {"grupper": "Netværk for miljøtilsyn", "tid": "Nogen"}, S2, flagged=True,
      note="The offer to host the March meeting is for the chair."),

    c("ow100-da-outlook_prefix-pfas-handlingsplan", "outlook_prefix", "Rasmus Bech",
      "Hej alle\n\nMiljøstyrelsen har sendt udkastet til den nationale PFAS-handlingsplan i "
      "høring med frist 15. februar. Jeg synes, vi skal sende et fælles høringssvar fra gruppen "
      "frem for tolv enkeltsvar – især afsnittet om kommunernes tilsyn med brandøvelsespladser er "
      "uklart. Jeg har nogle noter, som jeg gerne deler, hvis der er opbakning.\n\nSkemaet svarer "
      "jeg på her i stedet for at rette i det:\n1. PFAS og støj som før, og jord er kommet til "
      "(jordforurening fylder meget nu)\n2. uændret\n3. som før\n4. 12 -> 13\n5. lidt mindre end "
      "sidst, så lidt\n\n" + SIG_KOMMUNE,
      {"interesser": "PFAS; Støj; Jord", "erfaring": "13", "tid": "Lidt"}, S1, flagged=True,
      subject_extra="Fælles høringssvar? / ",
      note="He goes through questions 1-5 one by one ('uændret', 'som før' for 2 and 3), so no "
           "overall 'rest as before'. The joint consultation reply is for the chair."),

    c("ow100-da-android-orlov", "android", "Jesper Nørgaard",
      "Hej. Jeg er paa foraeldreorlov fra februar til og med april, saa jeg kommer ikke til de "
      "naeste 2 moeder. Tid: lidt i aar. Ellers intet nyt\nMvh Jesper",
      {"tid": "Lidt"}, S4, unchanged=True, flagged=True,
      note="Leave February-April, absent from two meetings: for the chair."),

    c("ow100-da-outlook_ios-ny-i-gruppen", "outlook_ios", "Trine Mølgaard",
      "Hej\n\nJeg har overtaget Lises plads i gruppen fra januar. Mine svar:\nJeg arbejder med "
      "spildevand og jord og lidt klimatilpasning. Jeg vil gerne med i tilsynsnetværket. 2 års "
      "erfaring. Tid: nogen.\n\nEt spørgsmål: hvornår er fristen for at melde input ind til "
      "høringen om vandområdeplanerne? Jeg kunne ikke finde den i referatet.\n\nTrine",
      {"interesser": "Spildevand; Jord; Klima", "grupper": "Netværk for miljøtilsyn",
       "erfaring": "2", "tid": "Nogen"}, {}, flagged=True,
      note="klimatilpasning -> Klima, tilsynsnetværket -> Netværk for miljøtilsyn (a wish to join "
           "the group's own network, recorded). The question about the deadline is for the "
           "chair."),

    c("ow100-da-owa_html-rettet-i-skemaet", "owa_html", "Helle Brandt",
      "Hej\n\nJeg har rettet direkte i skemaet nedenfor.\n\nAng. mødet d. 28/1: kan vi starte kl. "
      "10 i stedet for 9? Vi er fire, der kører fra Nordjylland.\n\nVh Helle",
      {"interesser": "PFAS; Affald; Jord; VVM", "erfaring": "21", "tid": "Nogen"}, S3,
      flagged=True,
      edits=[("set", "[ ] PFAS", "[x] PFAS"), ("set", "Svar: 20", "Svar: 21"),
             ("set", "[x] Lidt", "[ ] Lidt"), ("set", "[ ] Nogen", "[x] Nogen")],
      note="Changes made as crosses and a number in the quoted form. Start time request for the "
           "chair."),

    c("ow100-da-gmail-godt-nytaar", "gmail", "Camilla Winther",
      "Godt nytår og tak for julefrokosten!\n\nSkemaet er uændret for mit vedkommende.\n\n"
      "Camilla",
      {}, S4, unchanged=True, note="Greetings only; nothing for the chair."),

    c("ow100-da-thunderbird_bottom-syg-i-december", "thunderbird_bottom", "Dorthe Kirkegaard",
      "Hej igen\n\nJeg var syg til mødet i december og har kun set referatet hurtigt – blev det "
      "besluttet, om vi laver en fælles tilsynskampagne for autoværksteder i foråret? Jeg vil "
      "gerne være med, hvis vi gør.\n\nTil skemaet: fjern luft, tilføj støj. 4 års erfaring "
      "nu.\nAndet: vikariatet er slut, jeg er fastansat fra 1. januar\n\nVenlig hilsen\nDorthe",
      {"interesser": "Spildevand; Støj; Klima", "erfaring": "4",
       "andet": "vikariatet er slut, jeg er fastansat fra 1. januar"}, S2, flagged=True,
      note="Bottom-posted. The question about the inspection campaign is for the chair."),

    c("ow100-da-iphone-english-member", "iphone", "Tom Becker",
      "Hi – sorry for answering in English, my Danish is still slow on the phone.\nI missed the "
      "January meeting (ferry cancelled), could someone send me the slides about noise mapping?\n"
      "For the form: please add noise and air to my areas, waste is no longer mine. And I'd "
      "rather not be consultation coordinator this year.\nTom",
      {"interesser": "PFAS; Støj; Luft", "funktioner": ""}, S4, flagged=True,
      note="English on the Danish form, recorded in the Danish spellings. Missed meeting and "
           "request for slides: for the chair."),

    c("ow100-da-outlook_mac-vindmoelle-hoering", "outlook_mac", "Gitte Laursen",
      "Hej\n\nTo ting:\n\n1) Vi har fået høringen om den nye vejledning om støj fra vindmøller. "
      "Skal vi lave et fælles svar fra gruppen? Jeg kan godt samle trådene, hvis I vil.\n\n"
      "2) Skemaet: Jeg kan godt tage sekretærjobbet, hvis Anja stopper, som hun har sagt. "
      "Erfaring: ni år.\n\n" + SIG_SHORT,
      {"erfaring": "9"}, S4, ask=["funktioner"],
      note="Sekretær only if someone else stops: a condition on someone else, asked. The joint "
           "consultation reply is for the chair too."),

    c("ow100-da-gmail-mailingliste", "gmail", "Maja Friis",
      "Hej\n\nKan du sætte mig på mailinglisten for PFAS-arbejdsgruppen igen? Jeg har ikke fået "
      "noget fra dem siden oktober, og jeg kunne se i referatet, at der har været to møder.\n\n"
      "Skemaet vender jeg tilbage på, når jeg har snakket med min leder om tiden.\n\nMvh Maja",
      {}, S2, flagged=True,
      note="No form answer (she is in the PFAS group already per the sent form); the mailing "
           "list request is for the chair."),

    c("ow100-da-outlook-ie-oplaeg", "outlook", "Niels Aagaard",
      "Kære alle\n\nTak for et godt møde i december. Vi har siden haft møde med Miljøstyrelsen om "
      "de nye BAT-konklusioner under IE-direktivet, og jeg vil gerne give et kort oplæg om det på "
      "februarmødet – 20 minutter er nok. Kan det komme på dagsordenen?\n\nIft. skemaet: "
      "IE-direktivet skal på mine fagområder. Jeg har nu toogtyve års erfaring, og tid: meget, "
      "fordi jeg er gået ned i tid på driften.\n\n" + SIG_KOMMUNE,
      {"interesser": "Affald; Jord; VVM; IE-direktivet", "erfaring": "22", "tid": "Meget"}, S3,
      flagged=True, note="Offer of a talk for the February agenda: for the chair."),

    c("ow100-da-android-kun-pfas", "android", "Lars Vestergaard",
      "Kun pfas nu, støj er flyttet til teknisk forvaltning. Resten passer\n/Lars",
      {"interesser": "PFAS"}, S1, unchanged=True),

    c("ow100-da-apple_forward-fra-privat", "apple_forward", "Pia Rønne",
      "Sender lige fra min telefon, arbejdsmailen er nede.\n\nFagområder: PFAS, spildevand og "
      "støj\nTid: lidt, vi mangler to folk i afdelingen\nJeg kommer ikke d. 21., er på "
      "vinterferie.\n\nPia",
      {"interesser": "PFAS; Spildevand; Støj", "tid": "Lidt"}, S1, flagged=True,
      note="Absence on the 21st: for the chair."),

    c("ow100-da-owa-hvad-er-funktioner", "owa", "Kasper Ibsen",
      "Hej\n\nEt spørgsmål til skemaet: er \"funktioner\" i gruppen eller hjemme i kommunen? "
      "Hvis det er i gruppen, vil jeg gerne være høringstovholder på spildevandssager – men ikke "
      "på alt.\n\nOg så kunne jeg desværre ikke deltage i mødet d. 14. Jeg har læst referatet.\n\n"
      "Vh Kasper",
      {}, S2, ask=["funktioner"],
      note="A question about the form plus an offer limited to wastewater consultations: passed "
           "on rather than recording Høringstovholder. Missed meeting also for the chair."),

    c("ow100-da-gmail_android-kampagne-slut", "gmail_android", "Morten Hviid",
      "Skal nok komme d. 21 🙂 tid: meget i foråret nu hvor kampagnen er slut. Har rettet "
      "erfaring nedenfor",
      {"tid": "Meget", "erfaring": "10"}, S4,
      edits=[("append", "Svar: 8", " -> 10 (glemte at rette sidst)")],
      note="Erfaring typed on the quoted Svar line ('8 -> 10'). Confirming he comes on the 21st "
           "needs nothing from the chair."),

    c("ow100-da-outlook_mac_html-landbrugsteam", "outlook_mac_html", "Søren Krogh",
      "Hej\n\nJeg var med på Teams til sidste møde, men lyden var elendig, så jeg fik ikke med, "
      "hvem der skal skrive høringssvaret om råstofplanen? Kan du sende mig det?\n\nSkemaet har "
      "jeg rettet nedenfor – jeg er flyttet over i landbrugsteamet.\n\nSøren",
      {"interesser": "Støj"}, S1, ask=["interesser"],
      edits=[("set", "[x] PFAS", "[ ] PFAS"),
             ("add", "1. Interesser", "husdyrgodkendelser og lugt - det meste af tiden nu")],
      note="PFAS uncrossed, Støj kept; husdyrgodkendelser and lugt are no options, so asked. "
           "Question about the consultation is for the chair."),

    c("ow100-da-outlook_android-siden-2014", "outlook_android", "Ayse Demir",
      "Hej\nHer er mine svar. Jeg arbejder med luft og IE-virksomheder og en smule spildevand. "
      "Erfaring: har været miljøsagsbehandler siden 2014. Tid: nogen-meget, afhænger af "
      "foråret.\nKommer gerne til nytårskuren d. 8., hvis der stadig er plads?\nAyse",
      {"interesser": "Spildevand; Luft; IE-direktivet"}, {}, ask=["erfaring", "tid"],
      note="IE-virksomheder -> IE-direktivet. A year instead of a number of years, and a range "
           "for tid: both asked. Question about the New Year reception for the chair."),

    c("ow100-da-outlook_ios-svarer-naeste-uge", "outlook_ios", "Bo Thygesen",
      "Tak for mødeindkaldelsen og skemaet – jeg svarer på skemaet i næste uge, når jeg er "
      "tilbage på kontoret.\n\nMvh Bo",
      {}, S3, note="Nothing about the form yet; nothing for the chair."),

    # --- English form -----------------------------------------------------------------------
    c("ow100-en-outlook-date-poll", "outlook", "Jens Kofoed",
      "Hi,\n\nAbout the date poll for the February meeting: I can do the 10th or the 12th, but "
      "not the 11th.\n\nOn the form: I'd like to step down as chair now, two terms is enough – "
      "but I'm happy to take the minutes, so put me down as secretary. Experience is 21 years "
      "now. Otherwise as before.\n\n" + SIG_EN,
      {"functions": "Secretary", "experience": "21"}, E1, lang="en", unchanged=True,
      flagged=True, note="Availability for the February date poll is for the chair."),

    c("ow100-en-gmail-missed-meeting", "gmail", "Katrine Holt",
      "Hi\n\nSorry I missed Tuesday's meeting – my son was sick. Did we decide anything about the "
      "excursion to the biogas plant? I'd love to join if it happens.\n\nForm: I've left the PFAS "
      "working group, and time is more like little until Easter.\n\nBest,\nKatrine",
      {"groups": "Inspection network", "time": "Little"}, E2, lang="en", flagged=True,
      note="'little until Easter' recorded as Little (her answer for now). Missed meeting and "
           "the excursion question are for the chair."),

    c("ow100-en-owa-new-member", "owa", "Sofia Lindqvist",
      "Hello,\n\nI'm Sofia Lindqvist and I started in January as environmental officer in Example "
      "Municipality, taking over from Hans. Here are my answers:\n\nI mainly work with IED permits "
      "and air emissions, and some noise complaints.\nNetworks: none yet.\nI could be "
      "consultation coordinator – the BAT conclusions consultation this spring would suit me "
      "well.\nExperience: six years (in Sweden).\nTime: some.\n\nLooking forward to meeting you "
      "all.\n\n" + SIG_EN,
      {"interests": "Noise; Air; IED", "groups": "", "functions": "Consultation coordinator",
       "experience": "6", "time": "Some"}, {}, lang="en",
      note="'Networks: none yet' recorded as the empty set. Her remark on the BAT consultation "
           "explains the function she offers; nothing else for the chair."),

    c("ow100-en-thunderbird-agenda-wish", "thunderbird", "David Olsen",
      "Hi,\n\nAn agenda wish for February: the new guidance on noise from wind turbines. Half of "
      "us have turbine projects in the pipeline and we read the guidance differently.\n\nThe form "
      "is unchanged.\n\nDavid",
      {}, E1, lang="en", unchanged=True, flagged=True, note="Agenda wish for the chair."),

    c("ow100-en-iphone-all-the-same", "iphone", "Marta Kowalska",
      "All the same. Can't make it on the 21st though, I'm in Aarhus for the PFAS conference.\n"
      "Marta",
      {}, E2, lang="en", unchanged=True, flagged=True, note="Absence on the 21st."),

    c("ow100-en-apple_mail-dansk-svar", "apple_mail", "Finn Rask",
      "Hej – jeg har vist fået den engelske udgave, men svarer på dansk:\n\nSpildevand og støj "
      "stadig, men jord er kommet til. Tid: lidt, vi er blevet skåret ned.\n\nOg tak for et godt "
      "møde i december, især oplægget om lugt.\n\nFinn",
      {"interests": "Wastewater; Noise; Soil", "time": "Little"}, E1, lang="en",
      note="Danish on the English form, recorded in the English spellings. Thanks only, nothing "
           "for the chair."),

    c("ow100-en-outlook_android-room-booked", "outlook_android", "Priya Nair",
      "Answers in the form below.\n\nAlso: I've booked the room at the town hall for 3 March, "
      "10–14, as we agreed. Parking is behind the building.\n\nPriya",
      {"interests": "Noise; Air; Climate", "experience": "11"}, E2, lang="en", flagged=True,
      edits=[("set", "[ ] Noise", "[x] Noise"), ("set", "Answer: 10", "Answer: 11")],
      note="Crosses and number changed in the quoted form. The room booking is group business "
           "for the chair."),

    c("ow100-en-gmail_android-retiring", "gmail_android", "Erik Jensen",
      "I'm retiring at the end of April, so please take me off as chair. Until then time is "
      "little. Thanks for all the years!\nErik",
      {"functions": "", "time": "Little"}, E1, lang="en", flagged=True,
      note="Retiring and leaving the group: for the chair."),
]
