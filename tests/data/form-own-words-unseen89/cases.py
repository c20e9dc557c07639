"""Part 89 of the unseen own-words form replies: a mixed-language round. Danes answering the
English form in Danish-English, foreign colleagues answering the Danish form in English, Swedish
and Norwegian, Danes writing Danish with English terms. By hand; people invented, at example.org.
"""

from common import E1, E2, S1, S2, S3, S4, SIG_EN, SIG_KOMMUNE, SIG_SHORT, c

NEW_JOB = {"interesser": "Affald; Jord; VVM", "grupper": "Netværk for miljøtilsyn",
           "funktioner": "", "erfaring": "11", "tid": "Nogen"}

CASES = [
    # --- the Danish form -----------------------------------------------------------------------
    c("ow89-da-outlook-tysk-kollega-paa-engelsk", "outlook", "Katrin Vogel",
      "Hi,\n\nSorry, my Danish is not yet good enough for forms :)\n\n"
      "I am mostly on noise and air now. Waste is gone - a colleague took it over in the "
      "autumn. PFAS I still do.\nExperience is 9 years now.\n\n" + SIG_EN,
      {"interesser": "PFAS; Støj; Luft", "erfaring": "9"}, sent=S4,
      note="English on the Danish form: noise = Støj, air = Luft, waste (Affald) removed, "
           "PFAS kept. Nothing about groups, functions or time."),

    c("ow89-da-gmail-svensk-ny-medlem", "gmail", "Elin Lindqvist",
      "Hej!\n\nJag svarar på svenska, hoppas det går bra. Jag började i kommunen i september "
      "och jobbar med buller och luft, och lite med avloppsvatten också.\n\n"
      "Erfarenhet: 6 år (4 i Malmö och 2 här)\n"
      "Jag har gott om tid, vi är många på avdelningen.\n\n"
      "Med vänliga hälsningar\nElin Lindqvist\nMiljöinspektör",
      {"interesser": "Spildevand; Støj; Luft", "erfaring": "6", "tid": "Meget"},
      note="Swedish: buller = Støj, luft = Luft, avloppsvatten = Spildevand (she works with it, "
           "if only a little). 6 years is her total; the split 4+2 adds up. 'gott om tid' = "
           "plenty of time = Meget."),

    c("ow89-da-iphone-norsk-mindre-tid", "iphone", "Ingrid Haugen",
      "Hei!\nAlt stemmer, bortsett fra at jeg har fått mindre tid etter omorganiseringen – "
      "sett meg på litt. Sekretær kan jeg gjerne være.\n\nHilsen Ingrid",
      {"funktioner": "Høringstovholder; Sekretær", "tid": "Lidt"}, sent=S4, unchanged=True,
      note="Norwegian: 'litt' = Lidt; Sekretær added to the sent Høringstovholder. "
           "'Alt stemmer, bortsett fra' = the rest as before."),

    c("ow89-da-outlook-html-ied-og-ptx", "outlook_html", "Rasmus Kjær",
      "Hej\n\nJeg har fået ansvar for vores IED-virksomheder og de nye Power-to-X cases, så "
      "tilføj begge. Spildevand kan I fjerne – det er outsourcet til forsyningen nu.\n"
      "Availability: some, resten af året.\n\n" + SIG_SHORT,
      {"interesser": "Luft; Klima; IE-direktivet; Power-to-X", "tid": "Nogen"}, sent=S2,
      note="IED-virksomheder = IE-direktivet. 'Availability: some' is the English option word "
           "for Nogen. No 'ellers uændret', so not unchanged."),

    c("ow89-da-thunderbird-tysk-i-skemaet", "thunderbird", "Jonas Weber",
      "Hello,\n\nI have put my answers directly in the form below (in English, I hope that is "
      "ok).\n\nBest regards\nJonas",
      {"interesser": "PFAS; Jord", "erfaring": "13"}, sent=S1,
      edits=[("set", "[x] Støj", "[ ] Støj"), ("set", "[ ] Jord", "[x] Jord"),
             ("set", "Svar: 12", "Svar: 13 in total (5 of them in Germany)")],
      note="Crosses moved in the quoted form: Støj off, Jord on. Experience: 13 is the total he "
           "gives; the 5 in Germany are part of it."),

    c("ow89-da-owa-engelsk-kommer-tilbage", "owa", "Aisha Rahman",
      "Hi,\nThanks – I'm out on inspections all week, I'll fill it in on Monday.\nAisha",
      {}, sent=S2,
      note="Says nothing about the form yet: no answers, not unchanged, not flagged."),

    c("ow89-da-android-climate-adaption", "android", "Mikkel Juhl",
      "Add climate adaption pls. Ellers same same 👍\n/Mikkel",
      {"interesser": "PFAS; Støj; Klima"}, sent=S1, unchanged=True,
      note="'climate adaption' (sic) = klimatilpasning = Klima. 'Ellers same same' = ellers "
           "uændret."),

    c("ow89-da-gmail-android-svensk-pfas-gruppe", "gmail_android", "Maja Berg",
      "Hej!\nJag jobbar mest med PFAS och förorenad mark. Kan jag vara med i PFAS-gruppen även "
      "om jag bara jobbar 50 %? I så fall vill jag gärna det.\n"
      "Erfarenhet: 3 år\nTid: lite\n/Maja",
      {"interesser": "PFAS; Jord", "erfaring": "3", "tid": "Lidt"}, ask=["grupper"],
      note="Swedish: förorenad mark = contaminated soil = Jord; 'lite' = Lidt. Whether she may "
           "join the PFAS group is her question to the chair, so grupper is asked, not "
           "recorded."),

    c("ow89-da-outlook-prefix-pension", "outlook_prefix", "Poul Erik Lund",
      "Kære tovholder\n\nSom nogle af jer ved, går jeg på pension til foråret – sidste "
      "arbejdsdag er 28. februar. Jeg vil derfor gerne træde tilbage som formand nu, så der kan "
      "vælges en ny på januarmødet. Høringerne tager jeg gerne, indtil jeg stopper.\n\n"
      "Erfaring: 21 år nu. Resten er uændret.\n\nDet har været en fornøjelse!\nPoul Erik",
      {"funktioner": "Høringstovholder", "erfaring": "21"}, sent=S3, unchanged=True,
      flagged=True,
      note="Formand removed, Høringstovholder kept. Retiring at the end of February (leaving "
           "the group) is news for the chair that belongs to no question: flagged."),

    c("ow89-da-owa-html-norsk-pappaperm", "owa_html", "Lars Bakke",
      "Hei, jeg har krysset av i skjemaet under.\nHilsen Lars",
      {"tid": "Meget", "andet": "Pappaperm hele januar, tilbake 1. februar"}, sent=S1,
      edits=[("set", "[x] Nogen", "[ ] Nogen"), ("set", "[ ] Meget", "[x] Meget"),
             ("set", "Svar:", "Svar: Pappaperm hele januar, tilbake 1. februar", "6. Andet")],
      note="Typed in the quoted form: the x moved from Nogen to Meget, and the leave typed on "
           "the Andet answer line, so recorded as Andet (in his words) and not flagged "
           "separately."),

    c("ow89-da-outlook-mac-ny-stilling", "outlook_mac", "Anders Thygesen",
      "Hej\n\nNy stilling pr. 1. januar – jeg flytter til klimasekretariatet. Jeg har rettet i "
      "skemaet nedenfor.\n\nHilsen Anders",
      {"interesser": "Klima; VVM; Power-to-X", "erfaring": "12"}, sent=NEW_JOB,
      edits=[("set", "[x] Affald", "[ ] Affald"), ("set", "[x] Jord", "[ ] Jord"),
             ("set", "[ ] Klima", "[x] Klima"), ("set", "[ ] Power-to-X", "[x] Power-to-X"),
             ("set", "Svar: 11", "Svar: 12")],
      note="Changes made in the quoted form. The new post is in the same municipality and "
           "explains the changes; he stays in the group, so not flagged."),

    c("ow89-da-apple-mail-hollandsk-grundvand", "apple_mail", "Pieter de Vries",
      "Hej!\nJeg prøver på dansk, undskyld fejl. Jeg arbejder med jord og grundvand – soil "
      "contamination mostly, and some PFAS on the side.\n4 år erfaring.\nTid: nogen\n\n"
      "Groeten / hilsen\nPieter",
      {"interesser": "PFAS; Jord", "erfaring": "4", "tid": "Nogen"}, ask=["interesser"],
      note="Jord and PFAS recorded; grundvand is no option (could be Jord, PFAS or neither), "
           "so interesser is also passed on."),

    c("ow89-da-apple-forward-outlook-driller", "apple_forward", "Birgitte Møller",
      "Hej\nJeg sender lige svaret herfra, Outlook på pc'en driller (sync error hele "
      "formiddagen).\n\ninteresser: affald, jord\ngrupper: ingen endnu\n"
      "funktioner: sekretær kan jeg godt\nerfaring: 7 år\ntid: lidt\n\nMvh Birgitte",
      {"interesser": "Affald; Jord", "grupper": "", "funktioner": "Sekretær", "erfaring": "7",
       "tid": "Lidt"},
      note="New member, nothing pre-filled. 'grupper: ingen endnu' = none, recorded as empty."),

    c("ow89-da-thunderbird-bottom-svensk-inget-nytt", "thunderbird_bottom", "Johan Ek",
      "Hej,\n\ninget nytt från mig – allt är som förra året.\n\nHälsningar\nJohan Ek",
      {}, sent=S1, unchanged=True,
      note="Swedish 'inget nytt ... allt är som förra året' = intet nyt: unchanged, nothing "
           "recorded."),

    c("ow89-da-outlook-afbud-og-stoej-ud", "outlook", "Hanne Skov",
      "Hej\n\nTak for skemaet. To ting:\n\n"
      "1) Jeg kan desværre ikke deltage i mødet d. 14. januar – jeg er på kursus i Aarhus.\n"
      "2) Støj har jeg handed over til min nye kollega Sofie, så den skal ud. Ellers er alt "
      "som sidst.\n\n" + SIG_KOMMUNE,
      {"interesser": "PFAS"}, sent=S1, unchanged=True, flagged=True,
      note="Støj removed from PFAS; Støj. The absence from the January meeting is for the "
           "chair and belongs to no question: flagged."),

    c("ow89-da-gmail-skotsk-spoergsmaal-om-netvaerk", "gmail", "Fiona MacLeod",
      "Hi there,\n\nApologies for answering in English – my Danish is fine for inspections but "
      "not quite for forms yet!\n\nQuick question first: what counts as 'Netværk for "
      "miljøtilsyn'? I attend the regional supervision meetings in Vejle – is that the same "
      "thing? If so, tick me in.\n\nAreas: wastewater, contaminated soil and climate.\n"
      "Experience: 10 years, most of them with SEPA in Scotland.\n"
      "Time: much – I'm keen to get involved.\n\nCheers,\nFiona",
      {"interesser": "Spildevand; Jord; Klima", "erfaring": "10", "tid": "Meget"},
      ask=["grupper"],
      note="English on the Danish form. Whether the Vejle meetings are the network is a "
           "question for the chair, so grupper is asked. Experience 10 (total, abroad "
           "included)."),

    c("ow89-da-outlook-android-chair-hvis-ingen-andre", "outlook_android", "Jesper Nørgaard",
      "ja til chair hvis ingen andre vil 😅 ellers uændret",
      {}, sent=S1, unchanged=True, ask=["funktioner"],
      note="Chair = Formand, but only on the condition that nobody else wants it (a condition "
           "on others): passed on to the chair, not recorded."),

    c("ow89-da-outlook-ios-norsk-legg-til-stoey", "outlook_ios", "Kari Solberg",
      "Hei, legg til støy. Mvh Kari",
      {"interesser": "PFAS; Affald; Støj"}, sent=S4,
      note="Norwegian 'støy' = Støj, added to the sent set."),

    c("ow89-da-owa-svar-med-labels-og-barsel", "owa", "Camilla Dahl",
      "Hej! Her er mine svar:\n\nInteresser: PFAS, spildevand og VVM\n"
      "Grupper: PFAS-arbejdsgruppen\nFunctions: ingen lige nu\nErfaring: 5\nTid: lidt\n"
      "Andet: på barsel fra marts til november 2027\n\nGod dag!\nCamilla",
      {"interesser": "PFAS; Spildevand; VVM", "grupper": "Arbejdsgruppe om PFAS",
       "funktioner": "", "erfaring": "5", "tid": "Lidt",
       "andet": "på barsel fra marts til november 2027"},
      note="New member answering with labels (one in English). 'Functions: ingen lige nu' = "
           "none. The leave is labelled Andet, so recorded there, not flagged."),

    c("ow89-da-outlook-mac-html-svensk-vikariat", "outlook_mac_html", "Sara Nyström",
      "Hej!\n\nJag har kryssat i formuläret nedan. En sak till: mitt vikariat är förlängt till "
      "december 2027 – kan ni ändra det?\n\nVänliga hälsningar\nSara",
      {"interesser": "Spildevand; Luft; Jord"}, sent=S2, ask=["andet"],
      edits=[("set", "[x] Klima", "[ ] Klima"), ("set", "[ ] Jord", "[x] Jord")],
      note="Crosses in the form: Klima off, Jord on. She asks to change the pre-filled Andet "
           "('Barselsvikar til juni') but gives no labelled Andet text; the secretary passes "
           "it on rather than rewriting Andet herself."),

    c("ow89-da-gmail-task-force-lead", "gmail", "Sune Brix",
      "Hej!\n\nQuick update: jeg er blevet lead på vores PFAS task force, så sæt mig gerne på "
      "meget tid fremover. Jeg tager også gerne høringstovholder-rollen oveni sekretær.\n\n"
      "Best,\nSune",
      {"funktioner": "Høringstovholder; Sekretær", "tid": "Meget"}, sent=S1,
      note="Danish with English terms. The PFAS task force is his own municipality's, not the "
           "group's PFAS working group (already ticked anyway)."),

    c("ow89-da-android-femten-aar-uden-aeoeaa", "android", "Dorthe Vestergaard",
      "Hej. I har skrevet 8 aar men det er vist femten nu, har talt efter 🙈 Resten passer.\n"
      "Dorthe (skriver fra tysk tlf, undskyld aa'erne)",
      {"erfaring": "15"}, sent=S4, unchanged=True,
      note="Number as a word: femten = 15. 'Resten passer' = unchanged."),

    c("ow89-da-iphone-svensk-mycket-tid", "iphone", "Karin Holmberg",
      "Samma som förra gången utom tiden: mycket nu när projektet är klart.\nKarin",
      {"tid": "Meget"}, sent=S3, unchanged=True,
      note="Swedish 'mycket' = Meget; 'samma som förra gången utom' = as before except."),

    c("ow89-da-outlook-html-job-share", "outlook_html", "Lene Friis",
      "Hej\n\nFra 1. januar deler jeg stilling med Søren Holm (job share, 50/50) – så bare copy "
      "hans svar over til mig også.\n\nTak!\nLene",
      {}, sent=S4, flagged=True,
      note="'Copy his answers' is like 'skriv det samme som Jens': nothing the secretary can "
           "record from this mail; flagged for the chair, no single question asked."),

    # --- the English form ----------------------------------------------------------------------
    c("ow89-en-outlook-dansk-engelsk-jord", "outlook", "Henrik Bach",
      "Hi\n\nI am still working with spildevand and støj, but since August also jord (soil). "
      "Time: some.\n\n" + SIG_KOMMUNE,
      {"interests": "Wastewater; Noise; Soil", "time": "Some"}, sent=E1, lang="en",
      note="Danish words on the English form: spildevand = Wastewater, støj = Noise, jord = "
           "Soil. 'Time: some' is the sent value, stated. 'still' is about interests only, not "
           "a general 'as before'."),

    c("ow89-en-gmail-android-dansk-mere-tid", "gmail_android", "Mette Kruse",
      "Hej, jeg svarer lige på dansk 🙂 Jeg har fået mere tid, så sæt meget. Vil også gerne "
      "være consultation cordinator ved siden af formandsposten. Resten passer.",
      {"functions": "Chair; Consultation coordinator", "time": "Much"}, sent=E1, lang="en",
      unchanged=True,
      note="Danish on the English form; 'cordinator' (sic). Chair kept ('ved siden af "
           "formandsposten')."),

    c("ow89-en-owa-html-irsk-groenland", "owa_html", "Siobhán Byrne",
      "Hi, updated below.\nSiobhán",
      {"interests": "Waste; Air; Climate", "experience": "11",
       "other": "Away on fieldwork in Greenland Feb-Apr 2027"}, sent=E2, lang="en",
      edits=[("set", "[ ] Waste", "[x] Waste"), ("set", "Answer: 10", "Answer: 11"),
             ("set", "Answer:", "Answer: Away on fieldwork in Greenland Feb-Apr 2027",
              "6. Other")],
      note="All typed in the quoted form; the absence is on the Other answer line, so recorded "
           "there."),

    c("ow89-en-thunderbird-svensk-foeraeldraledig", "thunderbird", "Erik Sjöberg",
      "Hej!\n\nJag blir föräldraledig från januari, så skriv 'little' under tid. Allt annat "
      "stämmer.\n\nMvh\nErik",
      {"time": "Little"}, sent=E1, lang="en", unchanged=True, flagged=True,
      note="Swedish on the English form. Parental leave from January (he is Chair) is news for "
           "the chair, not labelled Other: flagged. Disputable: it is also the reason for "
           "'little'."),

    c("ow89-en-outlook-ios-norsk-ut-av-pfas", "outlook_ios", "Sigrid Aas",
      "Hei! Dere kan fjerne meg fra PFAS-gruppa, jeg rekker det ikke lenger. Ellers likt som "
      "før.\nSigrid",
      {"groups": "Inspection network"}, sent=E2, lang="en", unchanged=True,
      note="Norwegian: PFAS-gruppa = PFAS working group, removed. 'Ellers likt som før' = "
           "otherwise as before."),

    c("ow89-en-outlook-mac-twenty-one", "outlook_mac", "Torben Kirkegaard",
      "Hi,\n\nExperience: twenty-one years (time flies). I'd like to step down as chair this "
      "time, but I'm happy to be secretary instead. Everything else as before.\n\n"
      "Best\nTorben",
      {"functions": "Secretary", "experience": "21"}, sent=E1, lang="en", unchanged=True,
      note="A Dane in English. twenty-one = 21; Chair swapped for Secretary."),

    c("ow89-en-apple-mail-polsk-ny", "apple_mail", "Marta Kowalska",
      "Hello,\n\nI am new in the group (started at the municipality in October). I work with "
      "noise and air from industry (IE permits). Three years of experience. I can take the "
      "minutes if needed.\nTime: some, maybe more after the summer.\n\nBest wishes\nMarta",
      {"interests": "Noise; Air; IED", "functions": "Secretary", "experience": "3",
       "time": "Some"}, lang="en",
      note="IE permits = IED. 'take the minutes if needed' = Secretary (a condition on need, "
           "not on a named person). 'some, maybe more after the summer' recorded as Some."),

    c("ow89-en-outlook-prefix-ny-job-regionen", "outlook_prefix", "Jakob Thorsen",
      "Hej/hi\n\nI'm leaving the kommune per 31 January – nyt job i Region Syddanmark. So "
      "please take me off the lists. Tak for nu, and good luck with the group!\n\nJakob",
      {}, sent=E2, lang="en", flagged=True,
      note="Leaving the group: for the chair, flagged. Nothing recorded on the form."),
]
