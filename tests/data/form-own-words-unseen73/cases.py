"""Unseen part 73 of the own-words form replies: tasks that move (reorganisations, areas moved to
another department or colleague, roles given up or taken on, tasks shared), next to ordinary
answers. Written blind, by hand; people invented, at example.org."""

from common import E1, E2, S1, S2, S3, S4, SIG_EN, SIG_KOMMUNE, SIG_SHORT, c

CASES = [
    # --- Danish form -----------------------------------------------------------------------
    c("ow73-da-outlook-affald-flyttet-til-teknik", "outlook", "Bent Kjærgaard",
      "Hej\n\nAffald er pr. 1. januar flyttet over til Teknik & Forsyning, så det skal I fjerne "
      "hos mig. Jord og VVM har jeg stadig.\n\nEllers er alt som det plejer.\n\n" + SIG_KOMMUNE,
      {"interesser": "Jord; VVM"}, S3, unchanged=True),

    c("ow73-da-iphone-overtaget-spildevand", "iphone", "Mette Lind",
      "Jeg har overtaget spildevand efter en kollega der er gået på pension 👋 så sæt det på mig",
      {"interesser": "PFAS; Spildevand; Støj"}, S1,
      note="The colleague's retirement is only the reason; nothing for the chair."),

    c("ow73-da-gmail-stopper-som-formand", "gmail", "Jørgen Vestergaard",
      "Hej Tovholder\n\nJeg stopper som formand ved årsskiftet – det sagde jeg også på sidste "
      "møde. Høringstovholder fortsætter jeg gerne med.\n\nNår formandsposten er væk, får jeg nok "
      "lidt mere tid til gruppens arbejde.\n\nMvh Jørgen",
      {"funktioner": "Høringstovholder"}, S3, ask=["tid"],
      note="Sent time is Lidt; 'lidt mere tid' could be Nogen or Meget, so passed on. Stepping "
           "down as chair is a change of funktioner, recorded; the year end is weeks away."),

    c("ow73-da-owa-deler-stoej-med-kollega", "owa", "Sofie Dalgaard",
      "Hej\nStøj deler jeg nu med Ahmad, efter at vores afdeling er lagt sammen med Byg. Så du må "
      "gerne sætte kryds ved støj også.\nAffald har jeg ikke længere.\nVh Sofie",
      {"interesser": "PFAS; Støj"}, S4),

    c("ow73-da-outlook_ios-tak-efter-omstrukturering", "outlook_ios", "Kasper Holm",
      "Tak, kigger på det når omstruktureringen er faldet på plads",
      {}, S2, note="A deferral; says nothing about the form."),

    c("ow73-da-thunderbird-nyt-job-udtraeder", "thunderbird", "Hanne Bech",
      "Kære tovholder\n\nJeg har fået nyt job i Region Eksempel fra 1. februar og udtræder derfor "
      "af gruppen. Mine opgaver som sekretær overgår til Lars, indtil I har fundet en ny.\n\n"
      "Tak for samarbejdet!\n\nHanne",
      {}, S1, flagged=True,
      note="Leaving the group: for the chair. Her entry is not edited (she is still a member until "
           "February); the hand-over of the minutes is part of the same message to the chair."),

    c("ow73-da-android-ny-overtaget-pfas-og-jord", "android", "Nikolaj Friis",
      "Hej. Ny i gruppen, har overtaget PFAS og jord fra Birgitte. 4 års erfaring. Nogen tid. "
      "Mvh Nikolaj",
      {"interesser": "PFAS; Jord", "erfaring": "4", "tid": "Nogen"}, {}),

    c("ow73-da-apple_mail-sekretaer-givet-videre-kryds", "apple_mail", "Trine Mortensen",
      "Hej\n\nJeg har rettet i skemaet. Sekretærposten er givet videre til Pia fra nytår, så den "
      "har jeg fjernet.\n\nKh Trine",
      {"funktioner": ""}, S1, edits=[("set", "[x] Sekretær", "[ ] Sekretær")]),

    c("ow73-da-outlook_prefix-omorganisering-punktliste", "outlook_prefix", "Rasmus Eriksen",
      "Hej alle\n\nVi har haft omorganisering her i kommunen, og det betyder en del ændringer for "
      "mig:\n\n- Spildevand ligger nu i Forsyningsafdelingen, så det er ikke mit længere\n"
      "- Luft og klima beholder jeg\n- Jeg har fået IE-direktivet og VVM oveni\n"
      "- Netværket for miljøtilsyn har min leder bedt mig om at droppe, PFAS-gruppen fortsætter "
      "jeg i\n\nBarselsvikariatet er blevet til en fast stilling, så det kan I slette under "
      "andet.\n\nTiden bliver lidt mindre end før, skriv nogen.\n\n" + SIG_SHORT,
      {"interesser": "Luft; Klima; VVM; IE-direktivet", "grupper": "Arbejdsgruppe om PFAS",
       "tid": "Nogen", "andet": ""}, S2,
      note="The member asks to delete the Andet text ('Barselsvikar til juni'); recorded as "
           "emptied. 'skriv nogen' names the option outright."),

    c("ow73-da-gmail_android-pfas-ikke-paa-mit-bord", "gmail_android", "Louise Krogh",
      "PFAS er ikke længere på mit bord, det er samlet i et nyt PFAS-team under Vand. Men jeg "
      "bliver gerne i netværket. Resten passer",
      {"interesser": "Affald", "grupper": "Netværk for miljøtilsyn"}, S4, unchanged=True,
      note="'netværket' is the only network she is in (Netværk for miljøtilsyn), confirmed."),

    c("ow73-da-outlook_mac-hoeringer-i-stedet-for-sekretaer", "outlook_mac", "Peter Skov",
      "Hej Tovholder,\n\nEfter at Ulla er stoppet, har jeg overtaget høringerne i gruppen – så "
      "sæt mig som høringstovholder i stedet for sekretær. Referaterne må en anden tage.\n\n"
      "Venlig hilsen\nPeter",
      {"funktioner": "Høringstovholder"}, S1),

    c("ow73-da-owa_html-formand-overdraget-kryds", "owa_html", "Ole Brandt",
      "Har sat kryds. Formandsposten er overdraget til næstformanden, og jeg har fået støj efter "
      "sammenlægningen med Teknik. Resten er uændret.\n\nHilsen Ole",
      {"interesser": "Affald; Støj; Jord; VVM", "funktioner": "Høringstovholder"}, S3,
      unchanged=True,
      edits=[("set", "[x] Formand", "[ ] Formand"), ("set", "[ ] Støj", "[x] Støj")]),

    c("ow73-da-iphone-afhaenger-af-ny-chef", "iphone", "Camilla Juhl",
      "Høringstovholder ved jeg ikke om jeg kan fortsætte med, det afhænger af hvad min nye chef "
      "siger efter omorganiseringen. Vender tilbage. Resten er ok",
      {}, S4, ask=["funktioner"], unchanged=True),

    c("ow73-da-thunderbird_bottom-netvaerk-overgaaet-i-skemaet", "thunderbird_bottom",
      "Ditte Kristiansen",
      "Se mine rettelser i skemaet.\n\nMvh\nDitte",
      {"grupper": "Arbejdsgruppe om PFAS", "erfaring": "4"}, S2,
      edits=[("add", "[x] Netværk for miljøtilsyn",
              "ikke mere – netværket er overgået til Anders"),
             ("set", "Svar: 3", "Svar: 4")],
      note="The cross at the network is left, but the typed line under it takes it out."),

    c("ow73-da-outlook-deler-formandsposten", "outlook", "Grethe Holm",
      "Hej\nFra nytår deler jeg formandsposten med Jesper Munk, vi skiftes til at lede møderne. "
      "Det er aftalt med gruppen.\nJeg kan så tage lidt flere høringer, men tiden er stadig "
      "lidt.\n\nHilsen Grethe",
      {"tid": "Lidt"}, S3, flagged=True,
      note="Her functions stay (Formand; Høringstovholder). The shared chairmanship is a matter "
           "for the roles, not the form: flagged for the chair. 'lidt flere høringer' is no tid "
           "answer; 'tiden er stadig lidt' is."),

    c("ow73-da-gmail-english-on-danish-form", "gmail", "Tom Whitfield",
      "Hi, sorry for writing in English. The waste area has been moved to our new Circular "
      "Economy unit so please take Affald off my list. I have taken over noise inspections from "
      "a colleague instead. Everything else the same.\n\nBest,\nTom",
      {"interesser": "PFAS; Støj"}, S4, unchanged=True),

    c("ow73-da-outlook_android-stoej-roeget-ascii", "outlook_android", "Jonas Vinther",
      "stoej er roeget over til miljoebeskyttelse. ellers samme som sidst",
      {"interesser": "PFAS"}, S1, unchanged=True),

    c("ow73-da-apple_forward-pfas-ud-men-bliv-i-gruppen", "apple_forward", "Bodil Winther",
      "Videresender lige – jeg har fået lov af min leder at fortsætte i PFAS-arbejdsgruppen, selv "
      "om PFAS nu hører under et andet team. Så: PFAS ud af fagområder, men bliv i gruppen.\n\n"
      "Mvh Bodil",
      {"interesser": "Støj", "grupper": "Arbejdsgruppe om PFAS"}, S1),

    c("ow73-da-owa-afdelingsleder-giver-slip", "owa", "Henrik Lauridsen",
      "Hej\n\nJeg er blevet afdelingsleder, så jeg må give slip på både formandsposten og "
      "høringerne. Jeg vil stadig gerne være med i gruppen, men kun med lidt tid. Fagområderne er "
      "de samme.\n\n" + SIG_KOMMUNE,
      {"interesser": "Affald; Jord; VVM", "funktioner": "", "tid": "Lidt"}, S3,
      note="'Fagområderne er de samme' confirms interesser only; not a 'rest as before'."),

    c("ow73-da-android-fire-aar-luft-fyttet", "android", "Amalie Sørensen",
      "Hej! Har været her i fire år nu 🙂 Luft er fyttet til en kollega i Natur, så fjern den. "
      "Klima og spildevand har jeg stadigvæk.",
      {"interesser": "Spildevand; Klima", "erfaring": "4"}, S2,
      note="Sent experience 3; 'fire år nu' read as the new number of years."),

    c("ow73-da-outlook_mac_html-hoeringer-hvis-kirsten", "outlook_mac_html", "Morten Kjeldsen",
      "Hej\n\nSekretær vil jeg gerne give fra mig, jeg har skrevet referat i tre år nu. Til "
      "gengæld kunne jeg godt tage høringerne sammen med Kirsten, hvis hun er med på det – jeg "
      "har ikke nået at spørge hende endnu.\n\nMvh Morten",
      {"funktioner": ""}, S1, ask=["funktioner"],
      note="Giving up Sekretær is certain and recorded; Høringstovholder depends on someone else "
           "and is passed on. 'tre år' is years as secretary, not experience."),

    c("ow73-da-gmail_android-ny-overtaget-bos-opgaver", "gmail_android", "Freja Nørgaard",
      "Hej\n\nJeg er ny i Miljø og har overtaget Bos opgaver, dvs. spildevand, jord og lidt VVM. "
      "Han sad også i tilsynsnetværket, og den plads har jeg også fået. Jeg har to års erfaring "
      "fra en anden kommune. Tid: nogen\n\nVh Freja",
      {"interesser": "Spildevand; Jord; VVM", "grupper": "Netværk for miljøtilsyn",
       "erfaring": "2", "tid": "Nogen"}, {},
      note="'lidt VVM' qualifies VVM, it is not a tid answer."),

    c("ow73-da-outlook_html-klima-til-plan-ptx", "outlook_html", "Yasmin Haddad",
      "Klima(tilpasning) er lagt over i Plan fra 1/1, så det må ud. Til gengæld har jeg fået "
      "Power-to-X-sagerne, da vi har fået et anlæg på havnen.\n\nMvh Yasmin",
      {"interesser": "Spildevand; Luft; Power-to-X"}, S2),

    c("ow73-da-iphone-lugtklager-og-vindmoeller", "iphone", "Søren Bak",
      "Har fået lugtklager og vindmøllestøj overført fra Teknik. Lugt står der ikke, så skriv "
      "bare det du synes.",
      {"interesser": "PFAS; Affald; Støj"}, S4, ask=["interesser"],
      note="Vindmøllestøj is Støj; odour is no option (Luft would be a guess), passed on."),

    c("ow73-da-thunderbird-sekretaer-til-sommer", "thunderbird", "Lise Dam",
      "Hej\n\nJeg er gået ned på 30 timer, og noget af PFAS-arbejdet er lagt over på en ny "
      "kollega. Jeg bliver i arbejdsgruppen og har stadig PFAS, men sæt tiden ned til lidt.\n\n"
      "Med venlig hilsen\nLise Dam",
      {"grupper": "Arbejdsgruppe om PFAS", "tid": "Lidt"}, S1, ask=["funktioner"],
      edits=[("append", "[x] Sekretær", "   <- kun til sommer, så må en anden tage over")],
      note="Secretary only until summer: a date the form cannot hold, passed on. 'har stadig "
           "PFAS' confirms one area, not the whole set, so interesser is left as sent."),

    c("ow73-da-outlook_prefix-samme-som-jens", "outlook_prefix", "Anja Poulsen",
      "Hej\nVi er blevet slået sammen med Nabokommunes miljøafdeling. Skriv det samme som for "
      "Jens Krog, vi laver præcis det samme nu.\nMvh Anja",
      {}, S4, flagged=True,
      note="'the same as Jens' cannot be recorded from her own reply; for the chair."),

    # --- English form ----------------------------------------------------------------------
    c("ow73-en-outlook-wastewater-to-utility", "outlook", "Anders Holt",
      "Hi,\n\nWastewater has been moved to the utility company as of this autumn, so it's no "
      "longer mine. I've picked up soil instead. Otherwise as before.\n\n" + SIG_EN,
      {"interests": "Noise; Soil"}, E1, lang="en", unchanged=True),

    c("ow73-en-gmail-handed-over-chair", "gmail", "Claire Dupont",
      "Hello,\n\nI handed over the chair to Mikkel at the November meeting, so please take Chair "
      "off my list. I'd be happy to take the minutes instead.\n\nTime: some. Experience: 21 "
      "years now.\n\nClaire",
      {"functions": "Secretary", "experience": "21", "time": "Some"}, E1, lang="en",
      note="'take the minutes' is the Secretary role (writes the minutes)."),

    c("ow73-en-iphone-climate-shared", "iphone", "Ewa Nowak",
      "Climate is now shared between me and Sara, so keep it. Air went to the new Environment & "
      "Health team. Much time still.",
      {"interests": "Climate", "time": "Much"}, E2, lang="en"),

    c("ow73-en-owa-left-pfas-group-in-form", "owa", "Liam Doyle",
      "Updated the form below. I've left the PFAS working group – my manager gave that to a "
      "colleague in the water team.\n\nRegards\nLiam",
      {"groups": "Inspection network", "functions": "Consultation coordinator"}, E2, lang="en",
      edits=[("set", "[x] PFAS working group", "[ ] PFAS working group"),
             ("set", "[ ] Consultation coordinator",
              "[x] Consultation coordinator - took it over from Niels in October")]),

    c("ow73-en-thunderbird-danish-on-english-form", "thunderbird", "Kirsten Madsen",
      "Hej – svarer lige på dansk. Jeg er ikke formand længere, det har Poul overtaget. Støj har "
      "jeg stadig, spildevand også. Tid: lidt.\n\nKirsten",
      {"interests": "Wastewater; Noise", "functions": "", "time": "Little"}, E1, lang="en"),

    c("ow73-en-outlook_mac-retiring-handing-over", "outlook_mac", "Robert Hansen",
      "Dear all,\n\nI will be retiring at the end of February. Until then my areas are being "
      "handed over to Line and Jakob, so there is not much point updating my entry. Please let "
      "the chair know so a replacement can be found for the PFAS working group.\n\nAll the best,"
      "\nRobert",
      {}, E2, lang="en", flagged=True, note="Retiring and leaving: for the chair."),

    c("ow73-en-android-took-over-eia", "android", "Maria Rossi",
      "Took over the EIA cases from Hamid in Sept. Twenty-two years in the field now. Rest "
      "unchanged",
      {"interests": "Wastewater; Noise; EIA", "experience": "22"}, E1, lang="en",
      unchanged=True),

    c("ow73-en-apple_mail-ied-not-decided", "apple_mail", "Nina Berg",
      "Hi Tovholder,\n\nAfter the merger with the regional office I might get the IED permits, "
      "but it isn't decided yet – I'll know in January. Can I update the form then, or should I "
      "write to the chair?\n\nSome time is right.\n\nBest regards\nNina",
      {"time": "Some"}, E1, lang="en", flagged=True,
      note="IED is only a maybe and she says she will update it herself; the question about the "
           "form is for the chair. Nothing to record on interests."),
]
