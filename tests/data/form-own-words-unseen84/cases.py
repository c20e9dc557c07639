"""Unseen part 84 of the own-words competence-form replies: an ordinary autumn round in a group
that has just grown. New members from the two merged municipalities (Vesterhede and Nørreå, now
Hedeå Kommune) answer for the first time, some with nothing pre-filled and some with someone
else's answers pre-filled; the old members make their ordinary changes. Written blind, by hand,
as a careful human secretary would record them. People invented, at example.org."""

from common import E1, E2, S1, S2, S3, S4, SIG_EN, SIG_KOMMUNE, SIG_SHORT, c

BOTH = "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS"

CASES = [
    # ---------------------------------------------------------------- Danish form, new members
    c("ow84-da-outlook-ny-fra-vesterhede", "outlook", "Mette Lindholm",
      "Hej\n\n"
      "Jeg er en af de nye fra Vesterhede, som er kommet med i gruppen efter sammenlægningen "
      "– tak for en god velkomst på sidste møde.\n\n"
      "Jeg arbejder primært med spildevand og jord, og så laver jeg lidt VVM-screeninger, når "
      "der er travlt. I Vesterhede var jeg med i Netværk for miljøtilsyn, og det fortsætter jeg i.\n"
      "Jeg har været miljøsagsbehandler i 6 år.\n"
      "Tid: nogen\n\n" + SIG_KOMMUNE,
      {"interesser": "Spildevand; Jord; VVM", "grupper": "Netværk for miljøtilsyn",
       "erfaring": "6", "tid": "Nogen"},
      note="New member, nothing pre-filled. 'lidt VVM-screeninger' is a subject area (VVM), "
           "not her time; her time is the labelled 'Tid: nogen'."),

    c("ow84-da-android-ny-fra-noerrea", "android", "Sanne Kristiansen",
      "hej! ny her fra Nørreå 🙂 jeg laver mest støj og luft ude ved virksomhederne. ca 15 års "
      "erfaring. har ikke tid til at påtage mig noget i gruppen lige nu, men kommer gerne til "
      "møderne",
      {"interesser": "Støj; Luft", "erfaring": "15"},
      note="New member, nothing pre-filled. 'ca 15 års erfaring' recorded as 15 (the form only "
           "wants a number of years). 'ikke tid til at påtage mig noget' is about functions, "
           "none pre-filled, so nothing to record; she gives no answer on Tid."),

    c("ow84-da-outlook_html-bents-skema", "outlook_html", "Camilla Frost",
      "Hej\n\n"
      "Jeg har overtaget Bent Kjærs stilling i den nye kommune, og skemaet er vist sendt til mig "
      "med hans svar. De passer ikke på mig:\n\n"
      "Jeg arbejder med affald og PFAS – ikke jord og VVM.\n"
      "Formand og høringstovholder kan jeg ikke påtage mig, jeg er helt ny i faget.\n"
      "Erfaring: 2 år\n"
      "Tid: meget\n\n"
      "Bent stoppede pr. 1. oktober, hvis I ikke allerede ved det.\n\n"
      "Venlig hilsen\nCamilla Frost",
      {"interesser": "PFAS; Affald", "funktioner": "", "erfaring": "2", "tid": "Meget"},
      sent=S3, form_for="Bent Kjær", flagged=True,
      note="The form greeted 'Bent' and showed his answers (S3). She replaces all of them except "
           "Grupper (empty already). Flagged: Bent has left, the chair must take him off the "
           "member list (belongs to no question)."),

    c("ow84-da-owa_html-kryds-i-skemaet", "owa_html", "Ida Frederiksen",
      "Hej\n\nHer er mine svar, jeg har sat kryds nedenfor. Jeg er ny og kommer fra "
      "jordafdelingen i det gamle Vesterhede.\n\nVh Ida",
      {"interesser": "PFAS; Jord", "grupper": "Netværk for miljøtilsyn", "erfaring": "4",
       "tid": "Nogen"},
      edits=[("set", "[ ] PFAS", "[x] PFAS"), ("set", "[ ] Jord", "[x] Jord"),
             ("set", "[ ] Netværk for miljøtilsyn", "[x] Netværk for miljøtilsyn"),
             ("set", "Svar:", "Svar: 4", "4. Erfaring"), ("set", "[ ] Nogen", "[x] Nogen")],
      note="New member, empty form; everything is in the crosses and the typed Svar line."),

    c("ow84-da-owa-engelsk-paa-dansk-skema", "owa", "Lukas Becker",
      "Hi,\n\n"
      "Sorry, my Danish is not good enough yet, so I answer in English. I moved here from "
      "Germany in the spring and joined the group after the merger.\n\n"
      "I work with noise and air quality, and a bit with climate adaptation.\n"
      "7 years of experience (in Germany).\n"
      "I would rather not take on any function yet.\n"
      "Time: some\n\n"
      "Best regards\nLukas Becker",
      {"interesser": "Støj; Luft; Klima", "erfaring": "7", "tid": "Nogen"},
      note="English on the Danish form, recorded in the Danish form's spellings. 'a bit with "
           "climate adaptation' is the subject Klima, not his time. No function, and none was "
           "pre-filled, so nothing to record for Funktioner."),

    c("ow84-da-outlook_ios-grundvand", "outlook_ios", "Rasmus Dahl",
      "Hej Tovholder\n\n"
      "Mine fagområder er drikkevand og grundvand, og så PFAS i forbindelse med "
      "grundvandsforurening. 9 års erfaring.\n"
      "Tid: nogen, men først fra februar, når jeg er færdig med at lære den nye kollega op.\n\n"
      "Rasmus",
      {"interesser": "PFAS", "erfaring": "9"},
      ask=["interesser", "tid"],
      note="Drikkevand and grundvand are no options: PFAS recorded, the rest passed on. Tid "
           "'nogen, men først fra februar' holds only from a later date; until then it is "
           "unclear, so passed on rather than recorded (a secretary might record Nogen)."),

    c("ow84-da-outlook_android-spoergsmaal-om-moede", "outlook_android", "Maja Thygesen",
      "Hej. Jeg er ny fra Vesterhede. Fagområder: affald, jord og spildevand. Erfaring 10-12 "
      "år, lidt afhængigt af om man tæller studiejobbet med. Ingen grupper endnu. Tid: meget, "
      "jeg er ansat til netop det her. Hvornår er næste møde i øvrigt?",
      {"interesser": "Spildevand; Affald; Jord", "tid": "Meget"},
      ask=["erfaring"],
      note="A range of years is passed on. 'Ingen grupper' with nothing pre-filled: nothing to "
           "record. Her question about the next meeting is for the chair as well."),

    c("ow84-da-outlook_mac_html-forkert-udfyldt", "outlook_mac_html", "Signe Mortensen",
      "Hej\n\n"
      "Skemaet var udfyldt med nogle svar, som ikke er mine – er det en fejl, eller er jeg "
      "blevet forvekslet med en anden? Jeg er ny i gruppen fra Nørreå.\n\n"
      "Det rigtige er:\n"
      "Klima og Power-to-X\n"
      "Ingen arbejdsgrupper\n"
      "Jeg kan godt være sekretær\n"
      "5 år\n"
      "Meget tid\n\n"
      "Venlig hilsen\nSigne Mortensen",
      {"interesser": "Klima; Power-to-X", "grupper": "", "funktioner": "Sekretær",
       "erfaring": "5", "tid": "Meget"},
      sent=S4, flagged=True,
      note="New member whose form was pre-filled with someone else's answers (S4). She gives "
           "the complete correct set, so every pre-filled value is replaced. Flagged for her "
           "question about why the form was pre-filled wrongly."),

    c("ow84-da-apple_mail-alt-undtagen", "apple_mail", "Vibeke Nørgaard",
      "Hej\n\n"
      "Jeg er miljømedarbejder i en lille kommune (som nu ikke er så lille mere efter "
      "sammenlægningen...), så jeg laver lidt af hvert: alt undtagen IE og Power-to-X.\n"
      "11 års erfaring.\n"
      "Referater kan jeg godt tage, hvis I mangler en sekretær.\n"
      "Tid: nogen\n\n"
      "Vibeke",
      {"interesser": "PFAS; Spildevand; Affald; Støj; Luft; Jord; Klima; VVM",
       "funktioner": "Sekretær", "erfaring": "11", "tid": "Nogen"},
      note="'alt undtagen IE og Power-to-X' = every subject but IE-direktivet and Power-to-X. "
           "'lidt af hvert' is not her time. 'hvis I mangler en sekretær' is the ordinary "
           "offer the question asks for (could take on), so Sekretær is recorded."),

    c("ow84-da-outlook_prefix-linje-for-linje", "outlook_prefix", "Kirsten Ebbesen",
      "Interesser: Spildevand, PFAS\n"
      "Grupper: -\n"
      "Funktioner: Høringstovholder\n"
      "Erfaring: 3\n"
      "Tid: Nogen\n"
      "Andet: Jeg er på 30 timer om ugen\n\n"
      "Kirsten Ebbesen\nHedeå Kommune",
      {"interesser": "PFAS; Spildevand", "funktioner": "Høringstovholder", "erfaring": "3",
       "tid": "Nogen", "andet": "Jeg er på 30 timer om ugen"},
      note="New member, nothing pre-filled. 'Grupper: -' means none; nothing to record."),

    c("ow84-da-iphone-skriv-det-samme", "iphone", "Emil Kragh",
      "Hej, jeg sidder i samme team som Jonas Bjerre og laver præcis det samme som ham, så I kan "
      "bare kopiere hans svar over til mig 👍",
      {}, flagged=True,
      note="New member, nothing pre-filled. Copying another member's answers is for the chair; "
           "nothing the secretary can record herself."),

    # ---------------------------------------------------------------- Danish form, old members
    c("ow84-da-iphone-staar-fint", "iphone", "Poul Erik Vestergaard",
      "Det står fint som det er 👍",
      {}, sent=S4, unchanged=True),

    c("ow84-da-gmail-pension", "gmail", "Kurt Bech",
      "Hej alle\n\n"
      "Så blev det tid. Jeg går på pension med udgangen af januar, så det her bliver mit sidste "
      "skema. I må finde en ny formand til foråret – og en ny høringstovholder. Tag mig af "
      "begge dele.\n\n"
      "Erfaringen er vel oppe på 22 år nu, hvis I vil have det rigtigt til det sidste 😄\n\n"
      "Mange hilsner\nKurt",
      {"funktioner": "", "erfaring": "22"},
      sent=S3, flagged=True,
      note="Retiring at the end of January: leaving the group, for the chair. Both functions "
           "removed as he asks. 'vel oppe på 22 år' recorded as 22."),

    c("ow84-da-owa-luft-ellers-uaendret", "owa", "Karen Møller Dam",
      "Hej\n\n"
      "Luft er kommet ind i min portefølje efter sammenlægningen, så sæt også x ved den.\n"
      "Ellers uændret.\n\n"
      "Mvh Karen",
      {"interesser": "PFAS; Støj; Luft"},
      sent=S1, unchanged=True),

    c("ow84-da-thunderbird-rettet-i-skemaet", "thunderbird", "Louise Brink",
      "Hej\n\nJeg har rettet direkte i skemaet herunder.\n\nLouise",
      {"interesser": "Spildevand; Affald; Luft", "andet": "Fastansat fra 1. august"},
      sent=S2,
      edits=[("set", "[ ] Affald", "[x] Affald"), ("set", "[x] Klima", "[ ] Klima"),
             ("set", "Svar: Barselsvikar til juni", "Svar: Fastansat fra 1. august")],
      note="Changes only inside the quoted form: Affald added, Klima removed, the Andet line "
           "rewritten (her maternity cover became a permanent post)."),

    c("ow84-da-apple_mail-betinget-hoeringstovholder", "apple_mail", "Anders Juul Hansen",
      "Hej\n\n"
      "To ting:\n"
      "Jeg vil gerne skifte fra sekretær til høringstovholder – men kun hvis der er en anden, "
      "der vil tage referaterne. Ellers bliver jeg bare som sekretær.\n"
      "Og erfaring er 13 år nu.\n\n"
      "Hilsen Anders",
      {"erfaring": "13"},
      sent=S1, ask=["funktioner"],
      note="The swap of functions depends on someone else taking the minutes: passed on."),

    c("ow84-da-gmail_android-pfas-gruppen", "gmail_android", "Birgitte Lauridsen",
      "Sæt mig på PFAS-gruppen også 😊 Og fjern affald, det er flyttet over til "
      "genbrugsafdelingen efter sammenlægningen.",
      {"interesser": "PFAS", "grupper": BOTH},
      sent=S4,
      note="'PFAS-gruppen' is the Arbejdsgruppe om PFAS (the only PFAS group)."),

    c("ow84-da-outlook_prefix-orlov", "outlook_prefix", "Henrik Thorsen",
      "Hej\n\n"
      "Jeg har orlov fra 1. januar til 1. april og kan derfor ikke være med til mødet i januar. "
      "Sæt tid til lidt for i år.\n"
      "Spildevand, luft og klima passer stadig.\n\n"
      "Mvh\nHenrik",
      {"interesser": "Spildevand; Luft; Klima", "tid": "Lidt"},
      sent={"interesser": "Spildevand; Luft; Klima", "grupper": "Netværk for miljøtilsyn",
            "funktioner": "Sekretær", "erfaring": "9", "tid": "Nogen"},
      flagged=True,
      note="Flagged: absent from the January meeting (leave). He names his subjects and they "
           "equal the pre-filled set; recorded as he states them (no change in effect)."),

    c("ow84-da-outlook_mac-aarstal", "outlook_mac", "Jørgen Skov",
      "Hej\n\n"
      "Erfaring: jeg har arbejdet med miljø siden 2004, først i amtet og så i kommunen.\n"
      "Skriv også Klima på – vi har fået klimatilpasningsplanen over på vores bord.\n\n"
      "Venlig hilsen\nJørgen Skov",
      {"interesser": "Affald; Jord; Klima; VVM"},
      sent={"interesser": "Affald; Jord; VVM", "grupper": "Netværk for miljøtilsyn",
            "funktioner": "", "erfaring": "", "tid": "Nogen"},
      ask=["erfaring"],
      note="A year instead of a number of years is passed on (the secretary does not compute "
           "it). Klima added to the pre-filled subjects."),

    c("ow84-da-thunderbird_bottom-teamleder", "thunderbird_bottom", "Lene Abildgaard",
      "Jeg er blevet teamleder efter sammenlægningen, så der er mindre tid til gruppen – sæt "
      "mig til lidt.\n"
      "Formand kan jeg ikke være længere, men høringstovholder fortsætter jeg gerne som.\n\n"
      "/Lene",
      {"funktioner": "Høringstovholder", "tid": "Lidt"},
      sent={"interesser": "Støj; Luft; IE-direktivet", "grupper": BOTH,
            "funktioner": "Formand; Høringstovholder", "erfaring": "18", "tid": "Nogen"},
      note="Bottom-posted under the quoted form. Stepping down as chair is an answer to "
           "Funktioner (the chair will see it there), not flagged separately."),

    c("ow84-da-apple_forward-nyt-efternavn", "apple_forward", "Tina Holst",
      "Videresender lige, den var havnet i min spam.\n\n"
      "Jeg er med i begge grupper nu, og Power-to-X skal på, vi har fået et anlæg i kommunen.\n\n"
      "Og så hedder jeg Holst-Madsen fra januar, hvis I vil rette det på medlemslisten.\n\n"
      "Tina",
      {"interesser": "PFAS; Affald; Power-to-X", "grupper": BOTH},
      sent=S4, flagged=True,
      note="Forwarded instead of answered. Flagged: her change of surname for the member list "
           "belongs to no question. 'begge grupper' = both groups of the form."),

    c("ow84-da-outlook-skrevet-i-skemaet", "outlook", "Hanne Vinther",
      "Hej\n\nSe mine rettelser i skemaet.\n\n" + SIG_SHORT,
      {"funktioner": "", "erfaring": "13"},
      sent=S1,
      edits=[("add", "3. Funktioner", "Ikke sekretær mere – det har Lone overtaget"),
             ("add", "4. Erfaring", "13 nu")],
      note="Lines typed inside the quoted form under the questions. Sekretær was her only "
           "function, so Funktioner becomes empty; '13 nu' replaces the pre-filled 12."),

    c("ow84-da-gmail-ie-og-andet", "gmail", "Niels Ove Gregersen",
      "Kære tovholder\n\n"
      "Tak for skemaet. Der er sket en del siden sidst, så her kommer det:\n\n"
      "Efter sammenlægningen har jeg overtaget tilsynet med de store IE-virksomheder fra "
      "Nørreå, så IE-direktivet skal på listen. Støj og luft har jeg stadig.\n\n"
      "Erfaring: sytten år (jeg glemte vist at rette det sidste år).\n\n"
      "Andet: Jeg dækker nu også det gamle Nørreå-område, så I kan bare henvise kolleger "
      "derfra til mig.\n\n"
      "Resten er som sidst.\n\n"
      "Med venlig hilsen\nNiels Ove",
      {"interesser": "Støj; Luft; IE-direktivet", "erfaring": "17",
       "andet": "Jeg dækker nu også det gamle Nørreå-område, så I kan bare henvise kolleger "
                "derfra til mig."},
      sent={"interesser": "Støj; Luft", "grupper": "Netværk for miljøtilsyn",
            "funktioner": "Høringstovholder", "erfaring": "16", "tid": "Nogen"},
      unchanged=True,
      note="Andet is labelled, recorded in his words. 'sytten' = 17."),

    c("ow84-da-iphone-ellers-som-sidst", "iphone", "Jesper Lund",
      "fjern hoeringstovholder, har ikk tid til det længer. tid lidt. ellers som sidst",
      {"funktioner": "", "tid": "Lidt"},
      sent=S4, unchanged=True,
      note="Phone, lower case, 'hoeringstovholder' with oe. Høringstovholder was his only "
           "function."),

    c("ow84-da-thunderbird-seksogtyve", "thunderbird", "Ole Bach",
      "Hej Tovholder,\n\n"
      "Erfaringen skal rettes til seksogtyve år, og jeg har fjernet krydset ved PFAS-gruppen "
      "nedenfor – den er jeg holdt op i.\n\n"
      "Hilsen Ole",
      {"grupper": "Netværk for miljøtilsyn", "erfaring": "26"},
      sent={"interesser": "Spildevand; Jord", "grupper": BOTH, "funktioner": "",
            "erfaring": "25", "tid": "Nogen"},
      edits=[("set", "[x] Arbejdsgruppe om PFAS", "[ ] Arbejdsgruppe om PFAS")],
      note="Words and a removed cross say the same thing. 'seksogtyve' = 26."),

    c("ow84-da-outlook_ios-nyt-job", "outlook_ios", "Mikkel Agerskov",
      "Hej\n\n"
      "Jeg har fået nyt job i regionen pr. 1. januar og stopper derfor i gruppen. Tak for "
      "nogle rigtig gode år!\n\n"
      "/Mikkel",
      {}, sent=S2, flagged=True,
      note="Leaving the group: for the chair, nothing to record."),

    c("ow84-da-gmail_android-vender-tilbage", "gmail_android", "Dorthe Riis",
      "Tak – jeg er på kursus hele ugen, men svarer når jeg er hjemme igen.",
      {}, sent=S1,
      note="Says nothing about the form. The course is not a meeting absence."),

    # ---------------------------------------------------------------- English form
    c("ow84-en-outlook-new-from-vesterhede", "outlook", "Aisha Rahman",
      "Hello,\n\n"
      "I am one of the new members from Vesterhede – I joined the environment department there "
      "in March, just before the merger.\n\n"
      "I work mainly with wastewater and PFAS (mostly PFAS in discharges from the treatment "
      "plants).\n"
      "Experience: 4 years\n"
      "I'm happy to take the minutes at the meetings if that helps.\n"
      "Time: some\n\n" + SIG_EN,
      {"interests": "PFAS; Wastewater", "functions": "Secretary", "experience": "4",
       "time": "Some"},
      lang="en",
      note="New member, nothing pre-filled. Taking the minutes is the Secretary function."),

    c("ow84-en-gmail-as-before-except", "gmail", "Peter Winther",
      "As before, except I've left the PFAS working group.\n\nPeter",
      {"groups": "Inspection network"},
      sent=E2, lang="en", unchanged=True),

    c("ow84-en-iphone-little-time", "iphone", "Sarah Olsen",
      "Less time this year I'm afraid - little. Cheers, Sarah",
      {"time": "Little"},
      sent=E1, lang="en"),

    c("ow84-en-thunderbird-updated-below", "thunderbird", "Martin Krogh",
      "Hi,\n\nUpdated below. After six years someone else should chair – but I'm happy to do "
      "the minutes instead.\n\nMartin",
      {"functions": "Secretary", "experience": "21"},
      sent=E1, lang="en",
      edits=[("set", "[x] Chair", "[ ] Chair"), ("set", "[ ] Secretary", "[x] Secretary"),
             ("set", "Answer: 20", "Answer: 21")],
      note="Crosses moved inside the quote; 'six years' is how long he chaired, not his "
           "experience (21 in the form)."),

    c("ow84-en-owa_html-dansk-paa-engelsk", "owa_html", "Anne Marie Schou",
      "Hej – jeg svarer bare på dansk, håber det er ok.\n"
      "Jeg er begyndt at arbejde med jord og støj, og luft er ikke længere mit område.\n"
      "Ellers uændret.\n"
      "Anne Marie",
      {"interests": "Noise; Soil; Climate"},
      sent=E2, lang="en", unchanged=True,
      note="Danish on the English form, recorded in the English form's spellings."),

    c("ow84-en-outlook_ios-depends", "outlook_ios", "Tom Hviid",
      "Interests: EIA and IED mostly. Experience around 5 or 6 years. Time depends on the "
      "season – summer is busy.",
      {"interests": "EIA; IED"},
      lang="en", ask=["experience", "time"],
      note="New member, nothing pre-filled. Two numbers for experience and a time that "
           "depends on the season: both passed on."),

    c("ow84-en-apple_mail-online-meeting", "apple_mail", "Eva Lindqvist",
      "No changes from me.\n\n"
      "One question though: will the December meeting be online? I can't travel that week.\n\n"
      "Best, Eva",
      {}, sent=E1, lang="en", unchanged=True, flagged=True,
      note="Flagged: a question for the chair and a possible absence from the December "
           "meeting."),

    c("ow84-en-android-add-remove", "android", "Jonas Bjerre",
      "add waste + noise, remove climate. 11 yrs now",
      {"interests": "Waste; Noise; Air", "experience": "11"},
      sent=E2, lang="en"),
]
