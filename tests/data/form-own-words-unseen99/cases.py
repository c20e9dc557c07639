"""Unseen part 99 of the own-words competence-form replies (issue 14), by hand.

Theme: an ordinary round after a meeting that few attended, closing part. The expected answers
are what a careful human secretary records; people invented, at example.org."""

from common import E1, E2, S1, S2, S3, S4, SIG_EN, SIG_KOMMUNE, SIG_SHORT, c

CASES = [
    # ---------------------------------------------------------------- Danish form -------------
    c("ow99-da-outlook-referat-efter-moedet", "outlook", "Hanne Kjærgaard",
      "Hej\n\n"
      "Beklager, at jeg ikke kom til mødet i torsdags – min søn var syg. Kan I sende referatet "
      "til mig?\n\n"
      "Til skemaet: Jeg får mere tid efter nytår, så sæt mig på meget. Og tilføj jord – jeg har "
      "overtaget jordsagerne fra Bent, der er gået på pension.\n"
      "Ellers som før.\n\n" + SIG_KOMMUNE,
      {"interesser": "PFAS; Støj; Jord", "tid": "Meget"}, S1,
      unchanged=True, flagged=True,
      note="Absence from the meeting and a request for the minutes are for the chair. 'efter "
           "nytår' is the coming year the form is for, so Meget is recorded."),

    c("ow99-da-iphone-tak-tommel", "iphone", "Bo Nørgaard", "Tak 👍", {}, S4,
      note="Nothing about the form: no answers, not unchanged, not flagged."),

    c("ow99-da-gmail-formand-hvis-karen", "gmail", "Peter Dahl",
      "Hej\n\n"
      "Sekretær fortsætter jeg gerne med. Formand kunne jeg godt tage, hvis Karen ikke "
      "genopstiller – det nåede vi vist ikke at tale om på mødet, vi var jo kun fire.\n\n"
      "Vh Peter",
      {"funktioner": "Sekretær"}, S1, ask=["funktioner"],
      note="Formand depends on someone else (Karen): passed on to the chair. Sekretær (as sent) "
           "is recorded."),

    c("ow99-da-thunderbird-rettet-i-skemaet", "thunderbird", "Mette Skov",
      "Hej\n\nJeg har rettet direkte i skemaet herunder.\n\nMette",
      {"interesser": "PFAS; Spildevand; Klima", "erfaring": "4"}, S2,
      edits=[("set", "[ ] PFAS", "[x] PFAS"), ("set", "[x] Luft", "[ ] Luft"),
             ("set", "Svar: 3", "Svar: 4")]),

    c("ow99-da-android-orlov-foraaret", "android", "Sofie Lund",
      "Hej\nKun lidt tid i foråret pga. forældreorlov, så sæt lidt. Sekretær må en anden tage "
      "i år 🙂\nHilsen Sofie",
      {"funktioner": "", "tid": "Lidt"}, S1,
      note="The leave is given as the reason for little time (answer to tid), not a separate "
           "message for the chair. 'Sekretær må en anden tage' removes her only function."),

    c("ow99-da-outlook_mac-nyt-job", "outlook_mac", "Jørgen Bech",
      "Kære alle\n\n"
      "Jeg har fået nyt job i Region Eksempel fra 1. februar og træder derfor ud af gruppen. Jeg "
      "nåede desværre ikke det sidste møde, så jeg får ikke sagt ordentligt farvel – men tak for "
      "mange gode år og et rigtig godt samarbejde.\n\n"
      "Skemaet kan I se bort fra.\n\n"
      "Bedste hilsner\nJørgen",
      {}, S4, flagged=True,
      note="Leaving the group: for the chair; nothing recorded on the form."),

    c("ow99-da-gmail_android-tretten-aar", "gmail_android", "Anders Winther",
      "tretten år nu 🙂 og så er jeg også begyndt på spildevand",
      {"interesser": "PFAS; Spildevand; Støj", "erfaring": "13"}, S1,
      note="'tretten år' can only be erfaring; 'også' adds Spildevand to the sent set."),

    c("ow99-da-apple_mail-grundvand-drikkevand", "apple_mail", "Camilla Friis",
      "Hej tovholder\n\n"
      "Jeg arbejder mest med grundvand og drikkevand nu, og stadig spildevand. Luft har jeg "
      "afgivet til en ny kollega.\n\n"
      "Mvh Camilla",
      {"interesser": "Spildevand; Klima"}, S2, ask=["interesser"],
      note="Luft removed, Spildevand kept; Klima is not mentioned and stays. Grundvand and "
           "drikkevand are no options: asked."),

    c("ow99-da-outlook_prefix-hvornaar-naeste-moede", "outlook_prefix", "Erik Møller",
      "Hej\n\n"
      "Hvornaar er naeste moede? Jeg saa ingen indkaldelse til det i november, og derfor var jeg "
      "der ikke. Var der andre der manglede den?\n\n"
      "Til skemaet: ingen aendringer fra mig.\n\n"
      "Erik",
      {}, S3, unchanged=True, flagged=True,
      note="Question about the meeting and the missing invitation: for the chair. 'ingen "
           "aendringer' is unchanged."),

    c("ow99-da-outlook_ios-kryds-og-ord", "outlook_ios", "Birgitte Holm",
      "Har sat kryds ved klima. Og så vil jeg ikke være høringstovholder længere – det sluger "
      "for meget tid ved siden af formandsposten.\n\nBirgitte",
      {"interesser": "Affald; Jord; Klima; VVM", "funktioner": "Formand"}, S3,
      edits=[("set", "[ ] Klima", "[x] Klima")]),

    c("ow99-da-owa_html-andet-forlaenget", "owa_html", "Rasmus Bjerre",
      "Hej\n\n"
      "Andet: barselsvikariatet er forlænget til udgangen af december.\n\n"
      "Ellers er alt som sidst.\n\n"
      "Venlig hilsen\nRasmus",
      {"andet": "barselsvikariatet er forlænget til udgangen af december"}, S2, unchanged=True,
      note="Labelled Andet replaces the sent text, recorded in his words."),

    c("ow99-da-gmail-erfaring-interval", "gmail", "Niels Overgaard",
      "Hej\n\n"
      "Erfaring: 8-10 år, alt efter om man tæller mine år som studentermedhjælper med. Tid: "
      "nogen, som før.\n\n"
      "/Niels",
      {"tid": "Nogen"}, S4, ask=["erfaring"],
      note="A range for erfaring: passed on. Tid repeated as sent."),

    c("ow99-da-thunderbird_bottom-pension", "thunderbird_bottom", "Grethe Mortensen",
      "Hej tovholder\n\n"
      "Jeg går på pension til sommer, så I må finde en ny formand. Høringerne kan jeg godt blive "
      "ved med frem til juni, og tid er stadig lidt.\n\n"
      "Mange hilsner\nGrethe",
      {"funktioner": "Høringstovholder", "tid": "Lidt"}, S3, flagged=True,
      note="Retiring in the summer (leaving the group, and the chair needs a new formand): "
           "flagged. Formand dropped, Høringstovholder kept until she leaves."),

    c("ow99-da-iphone-ud-af-pfas-gruppen", "iphone", "Kasper Juul",
      "meld mig ud af pfas gruppen, har ikke tid til den mere",
      {"grupper": ""}, S1,
      note="Leaving the PFAS working group is an answer to grupper (his only group), not "
           "leaving the network as such: not flagged."),

    c("ow99-da-outlook_android-english", "outlook_android", "Tomasz Nowak",
      "Hi, sorry for writing in English – my Danish is not good enough for this yet.\n"
      "Please add Power-to-X and remove Climate. Time: some.\n"
      "Best regards, Tomasz",
      {"interesser": "Spildevand; Luft; Power-to-X", "tid": "Nogen"}, S2,
      note="English on the Danish form; recorded in the Danish option spellings."),

    c("ow99-da-outlook-godt-moede-lang", "outlook", "Maria Lindberg",
      "Kære tovholder\n\n"
      "Tak for et godt møde i onsdags. Vi var ikke mange, men det blev en god snak om "
      "tilsynskampagnen.\n\n"
      "Som aftalt på mødet fortsætter jeg som høringstovholder næste år. Jeg vil også gerne "
      "have VVM med på min liste, da jeg har fået alle VVM-screeningerne. Affald kan I fjerne – "
      "det er flyttet over til Teknik og Miljø.\n\n"
      "Min erfaring er 9 år nu.\n\n" + SIG_KOMMUNE,
      {"interesser": "PFAS; VVM", "funktioner": "Høringstovholder", "erfaring": "9"}, S4,
      note="She attended; the thanks for the meeting is courtesy, nothing to pass on."),

    c("ow99-da-apple_forward-intet-nyt", "apple_forward", "Lis Thomsen",
      "Videresender lige, for jeg kunne ikke finde ud af at svare på den. Intet nyt fra "
      "mig.\n\nLis",
      {}, S1, unchanged=True),

    c("ow99-da-gmail-fastansat-slet-andet", "gmail", "Signe Kristensen",
      "Hej!\n\n"
      "Barselsvikariatet er slut, og jeg er blevet fastansat 🎉 Så I kan slette det under "
      "Andet.\n"
      "Jeg vil gerne tage sekretærposten, nu hvor jeg bliver.\n\n"
      "Hilsen Signe",
      {"funktioner": "Sekretær", "andet": ""}, S2,
      note="She asks to delete the sent Andet text ('Barselsvikar til juni'): recorded as "
           "empty. 'sekretærposten' is Sekretær."),

    c("ow99-da-owa-kan-man-saette-kryds", "owa", "Jonas Vestergaard",
      "Hej\n\n"
      "Kan man sætte kryds direkte i skemaet, eller skal det skrives? Jeg skriver det bare her:\n"
      "Jeg er ikke længere med i netværket for miljøtilsyn.\n\n"
      + SIG_SHORT,
      {"grupper": ""}, S4, flagged=True,
      note="A question about the form: flagged. Netværk for miljøtilsyn was his only group."),

    c("ow99-da-outlook_html-x-efter-linjen", "outlook_html", "Lone Iversen",
      "Se rettelser nedenfor.\nLone",
      {"interesser": "PFAS; Affald; Støj", "erfaring": "10"}, S4,
      edits=[("append", "[ ] Støj", "  x"), ("set", "Svar: 8", "Svar: 10")],
      note="The x typed after the Støj line marks Støj."),

    c("ow99-da-gmail_android-ie-og-ptx", "gmail_android", "Henrik Bundgaard",
      "IE direktivet og power to x skal på. Jord kan fjernes. 21 års erfaring",
      {"interesser": "Affald; VVM; IE-direktivet; Power-to-X", "erfaring": "21"}, S3),

    c("ow99-da-outlook_mac_html-ny-i-gruppen", "outlook_mac_html", "Ida Mikkelsen",
      "Hej\n\n"
      "Jeg er ny i gruppen – Hanne nævnte på mødet, at jeg skulle have skemaet. Jeg arbejder "
      "med støj og luft og har 2 års erfaring. Jeg har nogen tid, og jeg er lige kommet med i "
      "netværket for miljøtilsyn.\n\n"
      "Venlig hilsen\nIda Mikkelsen\nEksempel Kommune",
      {"interesser": "Støj; Luft", "grupper": "Netværk for miljøtilsyn", "erfaring": "2",
       "tid": "Nogen"}, {},
      note="New member, nothing pre-filled."),

    c("ow99-da-iphone-diktat-sekretaer", "iphone", "Mads Poulsen",
      "ja til sekretær hvis det stadig mangler ellers er alt det samme",
      {"funktioner": "Sekretær"}, S2, unchanged=True,
      note="'hvis det stadig mangler' is the group's need, not a condition on a named person: "
           "Sekretær recorded (as 'secretary if needed')."),

    c("ow99-da-apple_mail-krydser-og-januarmoede", "apple_mail", "Vibeke Sand",
      "Hej\n\n"
      "Rettet i skemaet, ellers det samme.\n"
      "Jeg kan desværre heller ikke komme til januarmødet – vi har tilsynskampagne hele den "
      "uge.\n\n"
      "Hilsen Vibeke",
      {"interesser": "PFAS; Støj; Klima", "tid": "Meget"}, S1, unchanged=True, flagged=True,
      edits=[("set", "[ ] Klima", "[x] Klima"), ("set", "[x] Nogen", "[ ] Nogen"),
             ("set", "[ ] Meget", "[x] Meget")],
      note="Absence from the January meeting: for the chair."),

    c("ow99-da-android-timer-om-ugen", "android", "Thomas Krogh",
      "Tid: ca 2 timer om ugen\nErfaring: 9\n\nThomas",
      {"erfaring": "9"}, S4, ask=["tid"],
      note="Hours a week is no option (Lidt/Nogen/Meget): asked rather than guessed."),

    # ---------------------------------------------------------------- English form ------------
    c("ow99-en-gmail-missed-meeting-slides", "gmail", "Sarah Jensen",
      "Hi,\n\n"
      "Sorry I missed the meeting last week – the trains were cancelled. Could someone send me "
      "the slides from the PFAS presentation?\n\n"
      "No changes to my form.\n\n"
      "Best,\nSarah",
      {}, E1, lang="en", unchanged=True, flagged=True,
      note="Absence and a request for the slides: for the chair."),

    c("ow99-en-outlook-leaving-pfas-group", "outlook", "Oliver Hansen",
      "Hello\n\n"
      "Please add Soil and Wastewater to my areas. I'm leaving the PFAS working group, as the "
      "project ends in March.\n"
      "Experience: eleven years now.\n\n" + SIG_EN,
      {"interests": "Wastewater; Air; Soil; Climate", "groups": "Inspection network",
       "experience": "11"}, E2, lang="en",
      note="Leaving a working group is an answer to groups, not leaving the network."),

    c("ow99-en-owa-step-down-chair", "owa", "Ahmed Karimi",
      "Hi\n\n"
      "I would like to step down as chair after this year, but I can be consultation "
      "coordinator instead. Time: little from now on, we are two people short in the "
      "department.\n\n"
      "Ahmed",
      {"functions": "Consultation coordinator", "time": "Little"}, E1, lang="en",
      note="'after this year' is the end of the current round, so Chair is removed."),

    c("ow99-en-outlook_ios-groundwater-odour", "outlook_ios", "Emma Larsen",
      "Please add groundwater and odour. Otherwise as before.\n\nEmma",
      {}, E2, lang="en", ask=["interests"], unchanged=True,
      note="Neither is an option: asked."),

    c("ow99-en-apple_mail-update-after-meeting", "apple_mail", "James Whitfield",
      "Dear all,\n\n"
      "Thanks for a good meeting on Thursday, even if only five of us made it.\n\n"
      "An update from me: I now work with wastewater, noise and PFAS, and I joined the PFAS "
      "working group in October. Time: some. Experience: 21 years.\n\n" + SIG_EN,
      {"interests": "PFAS; Wastewater; Noise", "groups": "Inspection network; PFAS working group",
       "experience": "21", "time": "Some"}, E1, lang="en",
      note="He attended; the remark about the meeting is courtesy, nothing to pass on."),

    c("ow99-en-thunderbird-sick-leave-typed", "thunderbird", "Freja Nielsen",
      "Hi, I've filled it in below. Hope this works.\nFreja",
      {"time": "Little", "other": "On sick leave until mid-January"}, E2, lang="en",
      edits=[("set", "[ ] Little", "[x] Little"), ("set", "[x] Much", "[ ] Much"),
             ("set", "Answer:", "Answer: On sick leave until mid-January")],
      note="The sick leave is typed as the answer to Other, so it is recorded there; not "
           "flagged separately."),

    c("ow99-en-android-dansk-paa-engelsk", "android", "Karsten Lauridsen",
      "Hej, jeg skriver bare på dansk 🙂 Støj og spildevand som før, men tilføj luft. Jeg kan "
      "ikke komme til mødet i januar.\nKarsten",
      {"interests": "Wastewater; Noise; Air"}, E1, lang="en", flagged=True,
      note="Danish on the English form; recorded in the English option spellings. Absence from "
           "the January meeting: for the chair."),

    c("ow99-en-outlook_prefix-since-2015", "outlook_prefix", "Ruth Andersen",
      "Hi,\n"
      "Experience: since 2015 here, before that four years at a consultancy.\n"
      "Time: some for now.\n"
      "R. Andersen",
      {"time": "Some"}, E2, lang="en", ask=["experience"],
      note="A year plus a second period instead of a number of years: asked, not computed."),
]
