"""Unseen part 102 of the own-words competence-form replies: an autumn round answered in a hurry
between meetings and site visits (phones, short answers, typos, late answers). By hand; what a
careful human secretary records. People invented, at example.org."""

from common import E1, E2, S1, S2, S3, S4, SIG_EN, SIG_KOMMUNE, SIG_SHORT, c  # noqa: F401

CASES = [
    # ------------------------------------------------------------------ Danish form
    c("ow102-da-iphone-kigger-senere", "iphone", "Louise Dahl",
      "Tak! Kigger på det når jeg er tilbage på kontoret i morgen",
      {}, S1,
      note="Nothing about the form yet: no answers, not unchanged, not flagged."),

    c("ow102-da-outlook_ios-pfas-ellers-uaendret", "outlook_ios", "Henrik Bach",
      "Hej\nSæt PFAS på mig også - har fået alle PFAS-sagerne på lossepladsen. Ellers uændret.\n\n"
      "Henrik",
      {"interesser": "PFAS; Affald; Jord; VVM"}, S3, unchanged=True),

    c("ow102-da-android-sent-svar-ikke-hoeringer", "android", "Pia Thygesen",
      "Hej. Undskyld det sene svar, har været på ferie i to uger og er så druknet i tilsyn bagefter. "
      "Alt er som før, bortset fra at jeg ikke kan være høringstovholder mere - det har jeg ikke "
      "tid til med det nye tilsynsprogram.\nMvh Pia",
      {"funktioner": ""}, S4, unchanged=True,
      note="Høringstovholder was her only function, so the resulting set is empty."),

    c("ow102-da-gmail_android-smaa-bogstaver-ny", "gmail_android", "Jonas Frost",
      "hej, ny i gruppen siden sept.\npfas og spildevand\n4 år\nlidt tid i starten\n/jonas",
      {"interesser": "PFAS; Spildevand", "erfaring": "4", "tid": "Lidt"}, {},
      note="New member, nothing pre-filled. 'lidt tid i starten' is Lidt with a qualifier. "
           "'ny i gruppen siden sept.' is just context, nothing for the chair."),

    c("ow102-da-outlook-nyt-team-lang-signatur", "outlook", "Camilla Winther",
      "Kære tovholder\n\nUndskyld det sene svar – oktober er forsvundet i tilsynsbesøg.\n\n"
      "Jeg er pr. 1. oktober gået over i jord- og affaldsteamet, så spildevand og luft kan I "
      "fjerne fra mig. Klima beholder jeg, og så skal der sættes kryds ved affald og jord i "
      "stedet.\n\nBarselsvikariatet er blevet til en fast stilling, så det der står under Andet "
      "kan slettes.\n\n" + SIG_KOMMUNE,
      {"interesser": "Affald; Jord; Klima", "andet": ""}, S2,
      note="She asks for the pre-filled Andet text ('Barselsvikar til juni') to be deleted and "
           "names the field, so Andet is recorded as empty."),

    c("ow102-da-thunderbird-krydser-luft-lidt", "thunderbird", "Mette Lund",
      "Har rettet direkte i skemaet.\n\nMette",
      {"interesser": "PFAS; Støj; Luft", "tid": "Lidt"}, S1,
      edits=[("set", "[ ] Luft", "[x] Luft"), ("set", "[x] Nogen", "[ ] Nogen"),
             ("set", "[ ] Lidt", "[x] Lidt")]),

    c("ow102-da-owa-elleve-aar", "owa", "Troels Mikkelsen",
      "Hej\n\nErfaring skal rettes til elleve år, ikke otte. Jeg havde ikke talt årene i Vejle "
      "med.\n\nVh Troels",
      {"erfaring": "11"}, S4),

    c("ow102-da-apple_mail-afbud-moede", "apple_mail", "Bo Kragh",
      "Hej\nSkemaet passer stadig.\nMen jeg melder afbud til mødet den 12. – jeg er på tilsyn på "
      "Fyn hele dagen.\nHilsen Bo",
      {}, S1, unchanged=True, flagged=True,
      note="Everything as before; the absence from the meeting is for the chair."),

    c("ow102-da-gmail-formand-hvis-naestformand", "gmail", "Lene Halberg",
      "Hej\n\nJeg kan godt fortsætte som formand et år mere, hvis vi får valgt en næstformand "
      "til at tage noget af det. Høringstovholder vil jeg gerne slippe for, det må en anden "
      "tage.\n\nResten passer.\n\nLene",
      {"funktioner": "Formand"}, S3, ask=["funktioner"], unchanged=True,
      note="Dropping Høringstovholder is certain and recorded; staying Formand depends on a "
           "næstformand being elected (a condition on others), so Formand is left as sent and "
           "her words are passed to the chair."),

    c("ow102-da-outlook_android-fra-bilen", "outlook_android", "Rasmus Iversen",
      "Hurtigt svar fra bilen mellem to tilsyn:\nstøj, luft, IE\n7 år\nnogen tid\nsekretær en "
      "gang imellem, ikke formand",
      {"interesser": "Støj; Luft; IE-direktivet", "erfaring": "7",
       "tid": "Nogen", "funktioner": "Sekretær"}, {},
      note="Nothing pre-filled. 'IE' is IE-direktivet; 'sekretær en gang imellem' is Sekretær "
           "with a qualifier; 'ikke formand' changes nothing."),

    c("ow102-da-outlook_mac-uden-danske-bogstaver", "outlook_mac", "Rikke Østergaard",
      "Hej\nspilevand og luft er stadig mine, men klima er gaaet videre til min kollega. Tilfoej "
      "gerne stoej, det har jeg faaet i stedet.\n(sidder ved en laant mac uden danske bogstaver)"
      "\nMvh Rikke",
      {"interesser": "Spildevand; Støj; Luft"}, S2,
      note="Typo 'spilevand' and ae/oe/aa spellings; Klima removed, Støj added."),

    c("ow102-da-owa_html-stopper-til-nytaar", "owa_html", "Jesper Holm",
      "Hej alle\n\nJeg skal nok ikke udfylde den her – jeg stopper i kommunen til nytår og "
      "starter hos et rådgivningsfirma i Aarhus. Så I må hellere tage mig af listen og finde en "
      "ny høringstovholder.\n\nTak for nogle rigtig gode år i netværket!\n\nJesper",
      {}, S4, flagged=True,
      note="Leaving the group at New Year: the secretary changes nothing on the form and "
           "passes it to the chair."),

    c("ow102-da-outlook-pension-i-skemaet", "outlook", "Birthe Kjær",
      "Hej\nJeg har skrevet i skemaet.\nBirthe",
      {"erfaring": "31",
       "andet": "Går på pension 1. marts, så kun til og med vintermødet"}, S3,
      edits=[("set", "Svar: 20", "Svar: 31"),
             ("set", "Svar:", "Svar: Går på pension 1. marts, så kun til og med vintermødet",
              "6. Andet")],
      note="Retirement is written in the Andet field, so it is recorded there and not flagged "
           "besides."),

    c("ow102-da-outlook_prefix-tid-lidt-til-jul", "outlook_prefix", "Ahmed Rashid",
      "Hej\n\nTid: lidt frem til jul, hvor vi har tilsynskampagnen, og derefter nogen igen.\n"
      "Resten er som før.\n\nMvh\nAhmed",
      {}, S1, ask=["tid"], unchanged=True,
      note="Two values over time (Lidt now, Nogen later) for a single-choice question: left as "
           "sent (Nogen) and passed on."),

    c("ow102-da-android-engelsk-paa-dansk", "android", "Anna Kowalski",
      "Hi, sorry for the late reply, I was at a conference in Hamburg most of October.\nPlease "
      "take me off the PFAS working group, I can't keep up with it. Time: little for now.\n"
      "Otherwise same as before.\nBest, Anna",
      {"grupper": "Netværk for miljøtilsyn", "tid": "Lidt"}, S2, unchanged=True,
      note="English on the Danish form; recorded in the Danish option spellings."),

    c("ow102-da-thunderbird_bottom-bundsvar", "thunderbird_bottom", "Karsten Vig",
      "Erfaring: 9\nTid: meget – efter omorganiseringen har jeg fået timer afsat til netværket"
      "\n\nKarsten",
      {"erfaring": "9", "tid": "Meget"}, S4),

    c("ow102-da-apple_forward-faaet-to-gange", "apple_forward", "Signe Bruun",
      "Jeg har vist fået den her to gange, er det den rigtige? Nå men jeg er kommet med i "
      "tilsynsnetværket nu, og I må gerne sætte mig på som høringstovholder.",
      {"grupper": "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS",
       "funktioner": "Høringstovholder; Sekretær"}, S1, flagged=True,
      note="Forwarded from her iPhone. 'tilsynsnetværket' is the only network, Netværk for "
           "miljøtilsyn. The question whether this is the right form is for the chair."),

    c("ow102-da-outlook_mac_html-husdyrbrug", "outlook_mac_html", "Mads Sørensen",
      "Hej\nPFAS og affald passer, men jeg bruger efterhånden mest tid på husdyrbrug "
      "(miljøgodkendelser). Kan det komme med?\n\nMads",
      {"interesser": "PFAS; Affald"}, S4, ask=["interesser"],
      note="PFAS and Affald confirmed (the same as sent); husdyrbrug is no option and he asks "
           "whether it can be added: passed on."),

    c("ow102-da-outlook_ios-hvad-er-hoeringstovholder", "outlook_ios", "Nanna Friis",
      "Hvad går høringstovholder ud på? Hvis det bare er at samle kommentarer til "
      "høringssvarene, tager jeg det gerne ved siden af sekretær.\nSendt i en fart",
      {}, S1, ask=["funktioner"],
      note="A question about the function and an offer conditional on the answer: nothing "
           "recorded, passed on."),

    c("ow102-da-iphone-alt-undtagen", "iphone", "Poul Erik Damgaard",
      "Hej\nJeg er eneste miljømand i en lille kommune så jeg laver alt undtagen power to x og "
      "IE. 25 år i faget. Sekretær og høringstovholder kan jeg godt tage, formand nej tak. "
      "Nogen tid.\nPoul Erik",
      {"interesser": "PFAS; Spildevand; Affald; Støj; Luft; Jord; Klima; VVM", "erfaring": "25",
       "funktioner": "Høringstovholder; Sekretær", "tid": "Nogen"}, {},
      note="Nothing pre-filled; 'alt undtagen power to x og IE' is every other subject."),

    c("ow102-da-owa-siden-2014-i-skemaet", "owa", "Katrine Olesen",
      "Har sat kryds ved klima og skrevet ved erfaring",
      {"interesser": "PFAS; Støj; Klima"}, S1, ask=["erfaring"],
      edits=[("set", "[ ] Klima", "[x] Klima"),
             ("add", "4. Erfaring", "Har været her siden 2014")],
      note="A year instead of a number of years, typed under the question; the sent 12 is left "
           "and her words passed on."),

    c("ow102-da-outlook_html-andet-fastansat", "outlook_html", "Sofie Nyborg",
      "Hej 🙂\n\nAndet: fastansat fra 1. oktober, ikke længere barselsvikar\n\nEllers intet nyt."
      "\n\nSofie",
      {"andet": "fastansat fra 1. oktober, ikke længere barselsvikar"}, S2, unchanged=True,
      note="Labelled Andet; replaces the pre-filled 'Barselsvikar til juni'."),

    c("ow102-da-android-gaar-af-som-formand", "android", "Erik Lauridsen",
      "Erfaring 21 nu (ikke 20). Jeg går af som formand ved årsmødet, så det kryds skal væk. "
      "Tid: nogen, nu hvor formandsposten forsvinder.\nSendt i pausen",
      {"erfaring": "21", "funktioner": "Høringstovholder", "tid": "Nogen"}, S3,
      note="Stepping down as Formand is his answer to Funktioner (he asks for the cross to be "
           "removed), so it is recorded and not flagged besides."),

    c("ow102-da-gmail-passer-stadig", "gmail", "Maja Holt",
      "Ja tak, passer stadig 👍",
      {}, S4, unchanged=True),

    # ------------------------------------------------------------------ English form
    c("ow102-en-gmail-two-weeks-late", "gmail", "Liam Walsh",
      "Hi,\n\nApologies for the two-week delay – I've been out on site visits most of October."
      "\n\nPlease add soil and waste to my areas. Time is little this season, I'm afraid.\n\n"
      "Liam",
      {"interests": "Wastewater; Waste; Noise; Soil", "time": "Little"}, E1, lang="en"),

    c("ow102-en-iphone-on-the-train", "iphone", "Greta Lindqvist",
      "air + climate, 6 yrs, some time. sorry, typing on the train",
      {"interests": "Air; Climate", "experience": "6", "time": "Some"}, {}, lang="en"),

    c("ow102-en-thunderbird-ticked-pfas", "thunderbird", "Jakob Meyer",
      "Ticked PFAS below. I've also unticked the PFAS working group – the meetings clash with my "
      "Tuesday inspections, but I still want the PFAS cases.\n\nJakob",
      {"interests": "PFAS; Air; Climate", "groups": "Inspection network"}, E2, lang="en",
      edits=[("set", "[ ] PFAS", "[x] PFAS"),
             ("set", "[x] PFAS working group", "[ ] PFAS working group")]),

    c("ow102-en-outlook_mac-paternity-leave", "outlook_mac", "Tobias Krogh",
      "Hi both,\n\nHeads-up: I'll be on paternity leave from January to April, so someone else "
      "will have to chair the spring meeting.\nTime: little, obviously.\n\nTobias",
      {"time": "Little"}, E1, lang="en", flagged=True,
      note="The leave and the spring meeting are for the chair; he does not give up Chair as a "
           "function, so Functions stays as sent."),

    c("ow102-en-owa-eia-ied-ptx", "owa", "Freja Hansen",
      "Hello,\nI work with EIA screenings and IED permits, and a bit of PtX now that the "
      "hydrogen plant is coming.\n3 years.\nCould be secretary. Not much time though.\nFreja",
      {"interests": "EIA; IED; Power-to-X", "experience": "3", "functions": "Secretary",
       "time": "Little"}, {}, lang="en",
      note="Nothing pre-filled. PtX is Power-to-X; 'not much time' is Little."),

    c("ow102-en-apple_mail-chair-or-coordinator", "apple_mail", "Omar Haddad",
      "Hi,\nFunctions: chair or consultation coordinator, whichever you need more – not both.\n"
      "The rest is fine.\nOmar",
      {}, E1, lang="en", ask=["functions"], unchanged=True,
      note="An either/or for the chair to decide; Chair left as sent."),

    c("ow102-en-gmail_android-eleven-now", "gmail_android", "Nina Berg",
      "experience 11 now, rest unchanged",
      {"experience": "11"}, E2, lang="en", unchanged=True),

    c("ow102-en-outlook-late-long-signature", "outlook", "Sarah Whitfield",
      "Dear tovholder,\n\nThank you for the form, and apologies for being so late with it – the "
      "autumn has been one long run of inspections.\n\nA few updates: as of 1 October I have "
      "moved from the air team to the soil and waste team, so please replace air with soil and "
      "waste. Climate stays.\n\nI can take on secretary if that helps. Time: some rather than "
      "much these days.\n\nNothing else has changed.\n\n" + SIG_EN,
      {"interests": "Waste; Soil; Climate", "functions": "Secretary", "time": "Some"}, E2,
      lang="en", unchanged=True),

    c("ow102-en-outlook_android-dansk-paa-engelsk", "outlook_android", "Mikkel Juhl",
      "Hej, jeg er skiftet fra spildevand til luft. Ellers samme.\nMikkel",
      {"interests": "Noise; Air"}, E1, lang="en", unchanged=True,
      note="Danish on the English form; recorded in the English option spellings."),
]
