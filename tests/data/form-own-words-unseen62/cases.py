"""Unseen part 62 of the own-words form replies: the round just before the lottery for functions
nobody has taken (functions are taken for two years; a function nobody takes is drawn by lot,
weighted by the tasks members already carry). Written blind, by hand, 2026-12-07. People invented,
at example.org."""

from common import E1, E2, S1, S2, S3, S4, SIG_EN, SIG_KOMMUNE, SIG_SHORT, c

# A long-serving chair (not one of the common profiles).
P_FORMAND = {"interesser": "Støj; Luft", "grupper": "Netværk for miljøtilsyn",
             "funktioner": "Formand", "erfaring": "26", "tid": "Nogen"}
# An English-form member who coordinates consultations today.
E_HOERING = {"interests": "Waste; Soil; EIA", "groups": "Inspection network",
             "functions": "Consultation coordinator", "experience": "17", "time": "Some"}

CASES = [
    c("ow62-da-outlook-pil-ved-sekretaer", "outlook", "Birgitte Lund",
      "Hej\n\nSe mit svar i skemaet nedenfor – så er sekretærposten i hvert fald ikke med i "
      "lodtrækningen.\nEllers uændret.\n\n" + SIG_SHORT,
      {"funktioner": "Høringstovholder; Sekretær"}, S4, unchanged=True,
      edits=[("append", "[ ] Sekretær", "   <-- ja, den tager jeg de næste to år")],
      note="The box is left empty but the arrow typed after it says yes: Sekretær added to the "
           "sent Høringstovholder."),

    c("ow62-da-iphone-seks-aar-som-formand", "iphone", "Poul Erik Dam",
      "Hej\nSeks år som formand er nok – nu må der friske kræfter til.\nHøringstovholder tager "
      "jeg gerne i stedet, så er den også dækket.\nPoul Erik",
      {"funktioner": "Høringstovholder"}, P_FORMAND,
      note="A swap of his own functions: Formand out, Høringstovholder in. The reason is no "
           "message for the chair."),

    c("ow62-da-owa-opgaver-jeg-allerede-har", "owa", "Kirsten Vestergaard",
      "Kære tovholder\n\nInden der trækkes lod om de ledige funktioner, vil jeg gerne gøre "
      "opmærksom på, hvad jeg allerede har: Jeg er sekretær for gruppen (andet år af to), jeg "
      "sidder i arbejdsgruppen om PFAS, og så har jeg siden september været kommunens "
      "kontaktperson til regionen om støjkortlægningen.\nSå jeg håber, at det bliver vægtet, og "
      "at jeg ikke kommer i puljen til formand eller høringstovholder denne gang.\n\nMine svar i "
      "skemaet er ellers de samme.\n\n" + SIG_KOMMUNE,
      {}, S1, unchanged=True, flagged=True,
      note="Lists the tasks she already carries and asks not to be in the pool: for the chair "
           "(the lottery's weighting), it belongs to no question. Her form answers are the same."),

    c("ow62-da-gmail-dele-sekretaer-med-lene", "gmail", "Mads Thorsen",
      "Hej\n\nJeg vil gerne dele sekretærjobbet med Lene Holm fra Eksempel Forsyning, hvis hun er "
      "med på det – så tager vi hvert andet møde. Alene kan jeg ikke løfte det, så længe jeg er "
      "barselsvikar.\n\nMvh Mads",
      {}, S2, ask=["funktioner"],
      note="Sekretær only shared and only if a colleague agrees: a condition on someone else, "
           "passed on."),

    c("ow62-da-thunderbird-kan-jeg-bytte", "thunderbird", "Rikke Skov",
      "Hej\n\nKan jeg bytte? Jeg vil hellere være sekretær end høringstovholder de næste to år. "
      "Høringsperioden i foråret falder oven i vores store tilsynskampagne, og så bliver det for "
      "meget.\n\nVh Rikke",
      {"funktioner": "Sekretær"}, S4,
      note="'Kan jeg bytte?' is the change itself (her own two functions), not a question the "
           "chair must answer: Høringstovholder out, Sekretær in."),

    c("ow62-da-android-spoerg-anders", "android", "Henrik Bro",
      "Hej. Jeg stopper som sekretær ved årsskiftet og kan ikke påtage mig andre funktioner i den "
      "nye periode – jeg har fået tilsynet med hele havneområdet. Spørg Anders Krogh, han har sagt "
      "at han gerne vil være høringstovholder.\nTiden bliver lidt fremover.\nHenrik",
      {"funktioner": "", "tid": "Lidt"}, S1, flagged=True,
      note="No functions in the new period (Sekretær removed). Naming a colleague for "
           "Høringstovholder is for the chair. 'Tiden bliver lidt' = Lidt."),

    c("ow62-da-outlook_ios-formand-fra-april", "outlook_ios", "Sofie Brandt",
      "Høringstovholder fortsætter jeg med. Formand kan jeg godt tage, men først fra 1. april, "
      "når vores nye kollega er startet. Ikke før.\n\nSofie",
      {}, S4, ask=["funktioner"],
      note="Høringstovholder stays (as sent). Formand only from a date after the period starts: "
           "the chair decides, so Formand is not added."),

    c("ow62-da-apple_mail-hvordan-vaegtes-det", "apple_mail", "Jakob Friis",
      "Hej\n\nTo spørgsmål inden lodtrækningen: Hvordan vægter I de opgaver, vi allerede har? Og "
      "tæller arbejdsgruppen om PFAS som en opgave på linje med at være sekretær?\n\nMine svar er "
      "de samme som sidst.\n\nHilsen Jakob",
      {}, S1, unchanged=True, flagged=True,
      note="Questions about the lottery for the chair; the form is as before."),

    c("ow62-da-owa_html-kryds-ved-sekretaer", "owa_html", "Jonas Mikkelsen",
      "Hej\nHar sat kryds ved sekretær, så den ikke skal i lodtrækning.\n/Jonas",
      {"funktioner": "Sekretær"}, S2,
      edits=[("set", "[ ] Sekretær", "[x] Sekretær")]),

    c("ow62-da-outlook_prefix-pension-nej-tak", "outlook_prefix", "Ole Kjærgaard",
      "Nej tak til alle tre funktioner.\nJeg går på pension 1. juli 2027 og vil ikke trækkes til "
      "noget, jeg ikke kan gøre færdigt. Sørg venligst for, at jeg ikke er med i puljen.\n"
      "Erfaring: 31 år\n\nOle",
      {"funktioner": "", "erfaring": "31"}, S3, flagged=True,
      note="All functions removed. Retiring mid-period and asking to be left out of the draw: for "
           "the chair."),

    c("ow62-da-gmail_android-sekretaer-ok", "gmail_android", "Trine Aagaard",
      "sekretær ok. ikke formand 🙂",
      {"funktioner": "Høringstovholder; Sekretær"}, S3,
      note="Høringstovholder is not mentioned and stays."),

    c("ow62-da-outlook_mac-vaegtning-og-klima", "outlook_mac", "Marianne Kvist",
      "Hej\n\nJeg kan se, at formand og sekretær igen står uden navn, og at der skal trækkes lod "
      "på mødet den 16. december.\n\nJeg vil bare nævne, at jeg allerede er høringstovholder og "
      "derudover repræsenterer gruppen i det regionale miljøforum fire gange om året. Det bør "
      "tælle med, når opgaverne vægtes. Bliver jeg trukket alligevel, vil jeg langt hellere være "
      "sekretær end formand.\n\nInteresser: tilføj Klima, det har jeg fået på mit bord siden "
      "sommer.\n\n" + SIG_KOMMUNE,
      {"interesser": "PFAS; Affald; Klima"}, S4, ask=["funktioner"],
      note="Klima added. A preference in case she is drawn (Sekretær rather than Formand) is no "
           "offer to take Sekretær: passed on with her point about the weighting."),

    c("ow62-da-thunderbird_bottom-hvis-mikkel", "thunderbird_bottom", "Camilla Dahl",
      "Jeg tager høringstovholder oven i sekretær, hvis Mikkel Storm fortsætter som formand. "
      "Ellers bliver jeg ved med kun at være sekretær.\n\nCamilla",
      {}, S1, ask=["funktioner"],
      note="Høringstovholder on a condition on someone else; Sekretær stays as sent."),

    c("ow62-da-apple_forward-formand-fjorten-aar", "apple_forward", "Niels Overgaard",
      "Videresender lige fra telefonen, kunne ikke finde svar-knappen 🙈\n\nJeg melder mig som "
      "formand. Fjorten års erfaring. Meget tid i det nye år, jeg har fået en ny kollega på "
      "tilsynene.",
      {"funktioner": "Formand", "erfaring": "14", "tid": "Meget"}, {},
      note="Forwarded instead of replied to; the remark about that is nothing for the chair."),

    c("ow62-da-outlook_android-svarer-i-morgen", "outlook_android", "Ida Lauridsen",
      "Tak – svarer i morgen, når jeg er tilbage på kontoret.",
      {}, S2),

    c("ow62-da-outlook-et-aar-ikke-to", "outlook", "Peter Winther",
      "Hej\n\nSekretær kan jeg godt et år mere, men ikke to. Kan vi dele perioden, så en anden "
      "overtager fra januar 2028?\n\nResten er som før.\n\n" + SIG_SHORT,
      {}, S1, ask=["funktioner"], unchanged=True,
      note="Sekretær for half the two-year period only: the chair decides; left as sent."),

    c("ow62-da-iphone-hoeringstovholder-uden-aeoeaa", "iphone", "Louise Hvid",
      "hej, jeg kan godt vaere hoeringstovholder. har ikke tid til formand eller sekretaer. 7-8 "
      "aars erfaring\nmvh louise",
      {"funktioner": "Høringstovholder"}, {}, ask=["erfaring"],
      note="'7-8 års' is a range: asked. 'har ikke tid til formand' is about functions, not the "
           "time question."),

    c("ow62-da-android-vikariat-forlaenget", "android", "Maja Frost",
      "Hej\n\nAndet: Mit barselsvikariat er forlænget til 31. december 2027.\n\nHøringstovholder "
      "tager jeg gerne frem til da, men så må en anden tage over det sidste år.\n\nMaja",
      {"andet": "Mit barselsvikariat er forlænget til 31. december 2027."}, S2,
      ask=["funktioner"],
      note="Andet labelled, recorded in her words. Høringstovholder for one year of the two: "
           "passed on rather than added."),

    c("ow62-da-owa-hanne-som-formand", "owa", "Gitte Holst",
      "Hej\nJeg synes Hanne Juul skal være formand – hun har gjort det rigtig godt som "
      "konstitueret siden sommer, og jeg ved, hun er frisk. Selv bliver jeg som jeg er.\nGitte",
      {}, S4, unchanged=True, flagged=True,
      note="Proposes a colleague as chair: for the chair. 'Selv bliver jeg som jeg er' = her "
           "answers as before."),

    c("ow62-da-gmail-maaske-sekretaer", "gmail", "Bo Lindholm",
      "Har fjernet formand. Sekretær overvejer jeg stadig, du hører fra mig inden "
      "lodtrækningen.\n\nBo",
      {"funktioner": "Høringstovholder"}, S3, ask=["funktioner"],
      edits=[("set", "[x] Formand", "[ ] Formand"), ("append", "[ ] Sekretær", "  <- måske")],
      note="Formand removed for sure (recorded); Sekretær is a maybe he will come back on before "
           "the lottery: passed on, not added."),

    c("ow62-da-outlook_html-ny-ser-an-foerst", "outlook_html", "Amalie Rasmussen",
      "Hej\n\nJeg er ny i gruppen fra 1. november og kommer fra Eksempel Forsyning. Jeg arbejder "
      "mest med spildevand og lidt PFAS.\nErfaring: ni år\nFunktioner: ikke endnu – jeg vil gerne "
      "lige se gruppen an det første år, før jeg melder mig til noget.\nTid: nogen\n\n"
      + SIG_KOMMUNE,
      {"interesser": "PFAS; Spildevand", "funktioner": "", "erfaring": "9", "tid": "Nogen"}, {},
      note="New member, nothing pre-filled. 'lidt PFAS' is an interest, not the time answer (Tid "
           "is labelled: nogen). 'Funktioner: ikke endnu' recorded as none."),

    c("ow62-da-apple_mail-siden-2011-hvis-ingen", "apple_mail", "Søren Bech",
      "Rettelse til erfaring: jeg har været på området siden 2011, ikke 8 år.\nOg så siger jeg ja "
      "til sekretær, hvis ingen andre har meldt sig inden fristen – så hellere frivilligt end ved "
      "lodtrækning.\n\nSøren",
      {}, S4, ask=["funktioner", "erfaring"],
      note="A year instead of a number of years: asked. Sekretær on a condition on the others: "
           "passed on."),

    c("ow62-da-thunderbird-byttet-rundt-signe", "thunderbird", "Pernille Bak",
      "Hej\n\nSe skemaet – jeg har byttet rundt. Signe Lauritsen har sagt, at hun gerne tager "
      "referaterne, så hun bør vel skrive sig på som sekretær.\n\nPernille",
      {"funktioner": "Høringstovholder"}, S1, flagged=True,
      edits=[("set", "[x] Sekretær", "[ ] Sekretær"),
             ("set", "[ ] Høringstovholder", "[x] Høringstovholder")],
      note="Her own swap is in the crosses. What Signe would take is for the chair."),

    c("ow62-da-outlook_ios-formand-igen-kursus", "outlook_ios", "Jens Aagesen",
      "Hej\n\nFormand en periode mere – så er der én post mindre i lodtrækningen 👍 "
      "Høringstovholder må en anden tage.\nJeg er på kursus 12.-13. januar, så Pia må lede "
      "januarmødet.\nResten som sidst.\n\nJens",
      {"funktioner": "Formand"}, S3, unchanged=True, flagged=True,
      note="Høringstovholder removed. Absence from the January meeting and who leads it: for the "
           "chair."),

    c("ow62-da-gmail_android-formand-mod-pfas-gruppen", "gmail_android", "Anne Mette Jeppesen",
      "Jeg tager formandsposten, hvis jeg til gengæld må trække mig fra Arbejdsgruppe om PFAS. "
      "Begge dele kan jeg ikke nå.\nSekretær vil jeg under alle omstændigheder gerne af med efter "
      "fire år.\n\nAnne Mette",
      {"funktioner": ""}, S1, ask=["grupper", "funktioner"],
      note="Sekretær removed unconditionally (the confident part, recorded). Formand for leaving "
           "the PFAS working group is a deal for the chair: both questions passed on."),

    c("ow62-da-android-english-sekretaer-from-january", "android", "Mark Jensen",
      "Sorry for writing in English. I can take Sekretær from January, but I'd like to drop "
      "Høringstovholder – four years is enough. Interests as before.",
      {"funktioner": "Sekretær"}, S4,
      note="English on the Danish form. 'From January' is when the new period starts, no "
           "condition. 'Interests as before' covers one question only, so not unchanged."),

    # --- the English form -------------------------------------------------------------------
    c("ow62-en-outlook-secretary-then-part-time", "outlook", "Fiona Walsh",
      "Hi,\n\nI'll take on Secretary for the next two years, so that one doesn't have to go to "
      "the draw.\nTime: Much for now, but I go down to 30 hours a week from 1 August 2027.\n\n"
      + SIG_EN,
      {"functions": "Secretary"}, E2, lang="en", ask=["time"],
      note="Time changes part-way through the period: passed on rather than confirmed."),

    c("ow62-en-gmail-off-chair", "gmail", "Tom Becker",
      "Hi,\n\nPlease take me off Chair. Four years is enough, and I already run the inspection "
      "network's noise subgroup and represent us in two regional fora.\nPut me down for "
      "Consultation coordinator instead, if that helps us avoid a draw.\n\nTom",
      {"functions": "Consultation coordinator"}, E1, lang="en",
      note="'if that helps us avoid a draw' is a reason, not a condition; the tasks he lists are "
           "his reason, not a request."),

    c("ow62-en-iphone-dansk-hoeringstovholder", "iphone", "Rasmus Holt",
      "Hej! Jeg tager gerne høringstovholder-rollen, så den ikke skal trækkes lod om. Resten er "
      "uændret.\n\nRasmus",
      {"functions": "Consultation coordinator"}, E2, lang="en", unchanged=True,
      note="Danish on the English form: høringstovholder = Consultation coordinator."),

    c("ow62-en-thunderbird-co-chair-with-pieter", "thunderbird", "Agnieszka Nowak",
      "Hello,\n\nI could co-chair with Pieter de Vries if he agrees – not on my own, my "
      "inspection load is too heavy for that. I'd keep Consultation coordinator either way.\n\n"
      "Best,\nAgnieszka",
      {}, E_HOERING, lang="en", ask=["functions"],
      note="Chair only shared and if a colleague agrees; Consultation coordinator stays as sent."),

    c("ow62-en-owa-parental-leave-leave-me-out", "owa", "Hannah Clarke",
      "Hi\n\nBefore the draw: I'm on parental leave from 1 February to 31 July 2027, so please "
      "leave me out of the lottery this time. That also means I can't chair from February – "
      "please remove Chair.\nTime: little\nEverything else as before.\n\nHannah",
      {"functions": "", "time": "Little"}, E1, lang="en", unchanged=True, flagged=True,
      note="Leave and the request to be left out of the draw: for the chair."),

    c("ow62-en-outlook_android-secretary-yes-chair-no", "outlook_android", "Morten Lyng",
      "Secretary yes, chair no.",
      {"functions": "Secretary"}, E1, lang="en"),

    c("ow62-en-outlook_mac_html-fifteen-and-weighting", "outlook_mac_html", "Sarah Byrne",
      "Dear all,\n\nExperience: fifteen years (not ten – that was a typo last year).\nFunctions "
      "unchanged.\nCould you tell me how the tasks are weighted in the draw? I'm in both the "
      "inspection network and the PFAS working group, and I'd like to know whether that counts "
      "as two.\n\n" + SIG_EN,
      {"experience": "15"}, E2, lang="en", flagged=True,
      note="A question about the lottery for the chair. 'Functions unchanged' covers one "
           "question only, so not unchanged."),

    c("ow62-en-apple_mail-coordinator-not-secretary", "apple_mail", "Ingrid Solberg",
      "Done, see below.\nHappy to help with consultations, but note I'm already taking minutes "
      "for the PFAS working group, so I'd rather not be drawn for Secretary.\n\nIngrid",
      {"functions": "Consultation coordinator", "experience": "11"}, E2, lang="en", flagged=True,
      edits=[("set", "[ ] Consultation coordinator", "[x] Consultation coordinator"),
             ("set", "Answer: 10", "Answer: 11")],
      note="Answers in the crosses and the typed number. Asking not to be drawn for Secretary: "
           "for the chair."),
]
