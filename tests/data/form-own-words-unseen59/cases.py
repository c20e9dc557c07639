"""Unseen part 59 of the own-words form replies: hurried replies from phones and between meetings
(abbreviations, no capitals or punctuation, typos and autocorrect, dictation, one-liners, emoji,
"se ovenfor"/"som sidst", answers squeezed into one line), plus a few careful replies for
contrast. Written blind, by hand, on 7 December 2026; people invented, at example.org."""

from common import E1, E2, S1, S2, S3, S4, SIG_EN, SIG_KOMMUNE, SIG_SHORT, c  # noqa: F401

BOTH = "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS"

CASES = [
    # --- Danish form ---------------------------------------------------------------------------
    c("ow59-da-iphone-pfas-stoej-en-linje", "iphone", "Rasmus Kjær",
      "pfas+støj, 7 år, lidt tid",
      {"interesser": "PFAS; Støj", "erfaring": "7", "tid": "Lidt"},
      note="New member (nothing pre-filled); the whole answer on one line from the phone."),

    c("ow59-da-outlook-ios-se-ovenfor", "outlook_ios", "Tina Bech",
      "Se ovenfor\n\nTina",
      {"interesser": "PFAS; Støj; Luft", "erfaring": "13"}, sent=S1,
      edits=[("set", "[ ] Luft", "[x] Luft"), ("set", "Svar: 12", "Svar: 13")],
      note="Crossed Luft and changed 12 to 13 inside the quoted form; her text only points to it."),

    c("ow59-da-android-som-sidst-tommel", "android", "Kim Lauridsen",
      "Som sidst 👍",
      {}, sent=S4, unchanged=True),

    c("ow59-da-gmail-android-smaa-bogstaver-barsel", "gmail_android", "Kasper Møller Dahl",
      "hej\nfjern mig fra pfas gruppen, har ikke tid til den mere. tid nu nogen ikke meget\n"
      "andet: barselsvikariatet er forlænget til 31/12\nmvh kasper",
      {"grupper": "Netværk for miljøtilsyn", "tid": "Nogen",
       "andet": "barselsvikariatet er forlænget til 31/12"}, sent=S2,
      note="Andet is labelled (lower case), so its words replace the pre-filled "
           "'Barselsvikar til juni'."),

    c("ow59-da-outlook-android-dikteret", "outlook_android", "Søren Vestergaard",
      "Hej tovholder jeg arbejder med spilde vand og jord og en gang imellem luft punktum jeg er "
      "med i netværket for miljø tilsyn. Erfaring ti år. Tid noget\nVenlig hilsen Søren\n"
      "(Dikteret i bilen, undskyld hvis der står noget mærkeligt)",
      {"interesser": "Spildevand; Luft; Jord", "grupper": "Netværk for miljøtilsyn",
       "erfaring": "10", "tid": "Nogen"},
      note="Dictated: 'spilde vand', 'miljø tilsyn', a literal 'punktum'. 'en gang imellem luft' "
           "is still a subject he works with. 'Tid noget' is 'noget tid' (some time) = Nogen."),

    c("ow59-da-outlook-orlov-pga", "outlook", "Birgitte Frandsen",
      "Hej\nKort fra toget: jeg har orlov feb.–aug. pga. familieforhold, så tag mig af som formand. "
      "Høringstovholder fortsætter jeg gerne med, og tid er stadig lidt.\nEllers uændret.\n"
      "Birgitte",
      {"funktioner": "Høringstovholder", "tid": "Lidt"}, sent=S3, unchanged=True, flagged=True,
      note="Formand removed on her own request. Flagged: the leave February–August means she is "
           "away from the meetings, which the chair should know; it belongs to no question."),

    c("ow59-da-outlook-mac-mht-evt-sekretaer", "outlook_mac", "Anders Holt",
      "Hej\nMht. høringer: jeg fortsætter gerne som høringstovholder. Kan evt. også tage sekretær "
      "hvis I mangler en. Tid nogen.\n/Anders",
      {"funktioner": "Høringstovholder", "tid": "Nogen"}, sent=S4, ask=["funktioner"],
      note="'evt. også sekretær hvis I mangler en' is a conditional offer, passed on to the chair "
           "rather than recorded; the confident part (Høringstovholder) is kept."),

    c("ow59-da-thunderbird-bl-a-ptx", "thunderbird", "Henrik Skov",
      "Hej\n\nArbejder bl.a. med VVM og IE-direktivet, og en del PtX pt. (nyt anlæg på havnen). "
      "Ca. 15 års erfaring. Tid: meget - er lige gået ned i tid på driften.\n\nMvh\nHenrik",
      {"interesser": "VVM; IE-direktivet; Power-to-X", "erfaring": "15", "tid": "Meget"},
      note="'bl.a.': the areas he names are recorded. PtX = Power-to-X. 'Ca. 15' is recorded as "
           "15 (an approximate count of years, not a range or a year). 'gået ned i tid på "
           "driften' explains why he has much time for the group."),

    c("ow59-da-gmail-stavefejl-nogle", "gmail", "Louise Damgaard",
      "Hej\nTilføj gerne spildevnad og afald, og fjern støj – det har min nye kollega overtaget.\n"
      "Erfaring 13 år nu (ikke 12).\nTid: Nogle.\nHilsen Louise",
      {"interesser": "PFAS; Spildevand; Affald", "erfaring": "13", "tid": "Nogen"}, sent=S1,
      note="Typos 'spildevnad', 'afald'; 'Nogle' is the common nogen/nogle mix-up = Nogen."),

    c("ow59-da-iphone-fastansat-emoji", "iphone", "Nanna Friis",
      "Alt som før 🙂 men slet det med barselsvikar, jeg er blevet fastansat 🎉",
      {"andet": ""}, sent=S2, unchanged=True,
      note="She asks to delete the pre-filled Andet text ('Barselsvikar til juni'), so Andet is "
           "cleared; the permanent post is the reason, not a new Andet text."),

    c("ow59-da-android-i-moede-plus-minus", "android", "Allan Juhl",
      "sidder i møde så kort: +støj +luft -affald. 9 år nu\nmvh allan",
      {"interesser": "PFAS; Støj; Luft", "erfaring": "9"}, sent=S4),

    c("ow59-da-owa-html-omhyggelig-ps-afbud", "owa_html", "Charlotte Winther",
      "Kære tovholder\n\nTak for skemaet. Her er mine svar:\n\n"
      "1. Interesser: PFAS, Støj og Jord (jord er kommet til i år).\n"
      "2. Grupper: Arbejdsgruppe om PFAS og Netværk for miljøtilsyn.\n"
      "3. Funktioner: Sekretær, som hidtil.\n"
      "4. Erfaring: 12 år.\n"
      "5. Tid: Nogen.\n"
      "6. Andet: Jeg er miljøkoordinator fra 1. januar.\n\n"
      "PS. Jeg kan desværre ikke deltage i mødet den 14. januar.\n\n" + SIG_KOMMUNE,
      {"interesser": "PFAS; Støj; Jord", "grupper": BOTH, "funktioner": "Sekretær",
       "erfaring": "12", "tid": "Nogen", "andet": "Jeg er miljøkoordinator fra 1. januar."},
      sent=S1, flagged=True,
      note="The careful contrast: every question answered in order. Flagged for the PS (absence "
           "from the January meeting)."),

    c("ow59-da-apple-mail-uden-aeoeaa", "apple_mail", "Jens Aagaard",
      "Hej - sidder paa hotel i Bruxelles med et belgisk tastatur, saa undskyld stavningen.\n"
      "Fagomraader: stoej, jord og klima. Ingen grupper endnu. Kan godt vaere sekretaer. 4 aar. "
      "Tid: lidt\nMvh Jens",
      {"interesser": "Støj; Jord; Klima", "grupper": "", "funktioner": "Sekretær",
       "erfaring": "4", "tid": "Lidt"},
      note="ae/oe/aa for æ/ø/å. 'Ingen grupper endnu' is an explicit empty set."),

    c("ow59-da-thunderbird-bottom-et-aar-mere", "thunderbird_bottom", "Ole Brandt",
      "Erfaring er nu 21 (et år ældre siden sidst ;-)\nResten som sidst.\n\nOle",
      {"erfaring": "21"}, sent=S3, unchanged=True,
      note="Bottom-posted under the quoted form."),

    c("ow59-da-gmail-android-hvad-er-nogen", "gmail_android", "Maria Lund",
      "hvad svarer lidt/nogen/meget til i timer om måneden? skriver nogen indtil videre\n\nmaria",
      {"tid": "Nogen"}, sent=S1, flagged=True,
      note="Nogen recorded (her provisional answer, same as before); flagged for her question "
           "about what the time options mean."),

    c("ow59-da-outlook-html-pension", "outlook_html", "Poul Erik Nygaard",
      "Hej alle\n\nJeg går på pension 1. april, så I skal finde en ny formand til foråret. "
      "Indtil da er alt som før.\n\nHilsen Poul Erik",
      {}, sent=S3, unchanged=True, flagged=True,
      note="Nothing changes now (Formand stays until April); the retirement and the need for a "
           "new chair are for the chair, so flagged."),

    c("ow59-da-owa-rettet-i-skemaet", "owa", "Mikkel Thorsen",
      "har rettet i skemaet nedenfor\nmvh Mikkel",
      {"interesser": "Spildevand; Luft; Power-to-X", "tid": "Nogen"}, sent=S2,
      edits=[("set", "[x] Klima", "[ ] Klima"), ("set", "[ ] Power-to-X", "[x] Power-to-X"),
             ("set", "[x] Meget", "[ ] Meget"), ("set", "[ ] Nogen", "[x] Nogen")],
      note="All changes are crosses moved inside the quoted form."),

    c("ow59-da-outlook-ios-autokorrektur-teamleder", "outlook_ios", "Lise Kragh",
      "Hej Tove holder\nJeg har fået ny stilling som teamleder ifm. omorganiseringen, så jeg kan "
      "kun give lidt tid. Høringstov holder må en anden tage over. PFAS og affald er stadig mine "
      "områder.\nVh Lise",
      {"interesser": "PFAS; Affald", "funktioner": "", "tid": "Lidt"}, sent=S4,
      note="Autocorrect split 'Tovholder' and 'Høringstovholder'. Her only function is given up, "
           "so funktioner is empty. The new post is the reason, nothing for the chair."),

    c("ow59-da-gmail-to-tal-ellers-uaendret", "gmail", "Pernille Hvid",
      "erfaring: 8 her i kommunen, 15 i alt med tiden i amtet. ellers uændret\n\nPernille",
      {}, sent=S4, unchanged=True, ask=["erfaring"],
      note="Two numbers for experience (8 here, 15 in all); which one the group wants is the "
           "chair's call, so asked rather than recorded."),

    c("ow59-da-outlook-android-siden-2011", "outlook_android", "Jonas Bak",
      "Hurtigt svar fra telefonen: spildevand og klimatilpasning. Grupper: ingen. Erfaring siden "
      "2011. Tid: meget fra marts, lidt indtil da",
      {"interesser": "Spildevand; Klima", "grupper": ""}, ask=["erfaring", "tid"],
      note="Klimatilpasning = Klima. A year instead of a number of years (asked); time depends on "
           "the date (Meget from March, Lidt until then), so asked."),

    c("ow59-da-apple-forward-videresendt", "apple_forward", "Camilla Bjerre",
      "Hej, svar-knappen drillede i appen, så jeg videresender bare. Jeg er også kommet med i "
      "netværket for miljøtilsyn. Ellers det samme.\nCamilla",
      {"grupper": BOTH}, sent=S1, unchanged=True,
      note="A forward instead of a reply; 'også' adds the network to the PFAS group."),

    c("ow59-da-outlook-mac-html-grundvand", "outlook_mac_html", "Morten Krogh",
      "Hej\nJeg har fået grundvand og drikkevand med i porteføljen, så det skal på. VVM er røget "
      "over til plan.\nMorten",
      {"interesser": "Affald; Jord"}, sent=S3, ask=["interesser"],
      note="VVM removed (moved to the planning department). Grundvand and drikkevand are no "
           "option (not Jord, not Spildevand), so passed on."),

    c("ow59-da-owa-samme-som-mette", "owa", "Sofie Kamp",
      "Hej. Jeg er ny i teamet sammen med Mette Holm – skriv bare det samme som hun har. "
      "Erfaring dog kun 2 år.\nSofie",
      {"erfaring": "2"}, flagged=True,
      note="'Skriv det samme som Mette Holm' refers to another member's answers; the secretary "
           "does not copy them but passes it on. Only her own experience is recorded."),

    c("ow59-da-iphone-engelsk-paa-dansk", "iphone", "Lukas Schneider",
      "hi, sorry my danish is not so good yet. I work with noise and air, 6 years, some time. "
      "I can take the minutes (secretary) 👍",
      {"interesser": "Støj; Luft", "funktioner": "Sekretær", "erfaring": "6", "tid": "Nogen"},
      note="English on the Danish form; recorded in the Danish form's option spellings."),

    c("ow59-da-android-kun-tommel", "android", "Bo Iversen",
      "👍",
      {}, sent=S1,
      note="A bare thumbs-up acknowledges the mail like 'Tak'; it says nothing about the form "
           "(nothing would change if read as 'as before' either)."),

    # --- English form --------------------------------------------------------------------------
    c("ow59-en-gmail-en-linje-pil", "gmail", "Thomas Berg",
      "noise + wastewater still, 21 yrs now, less time this year -> little\nT",
      {"interests": "Wastewater; Noise", "experience": "21", "time": "Little"}, sent=E1,
      lang="en"),

    c("ow59-en-android-same-except-chair", "android", "Sara Lindqvist",
      "Same as last yr, except pls add chair",
      {"functions": "Chair"}, sent=E2, lang="en", unchanged=True),

    c("ow59-en-outlook-android-dictated", "outlook_android", "Ahmed Karimi",
      "Hi this is Ahmed I work with soil and air quality and also climate adaptation I have been "
      "doing this for twelve years time wise I can do some regards Ahmed",
      {"interests": "Air; Soil; Climate", "experience": "12", "time": "Some"}, lang="en",
      note="Dictated without punctuation. Air quality = Air, climate adaptation = Climate."),

    c("ow59-en-thunderbird-careful-swap", "thunderbird", "Eva Marquardt",
      "Dear coordinator,\n\nThank you for the form. My answers for 2026:\n\n"
      "1. Interests: Wastewater and Noise, as before.\n"
      "2. Groups: Inspection network.\n"
      "3. Functions: I would like to swap Chair for Secretary this year - four years as chair "
      "is enough.\n"
      "4. Experience: 20 years.\n"
      "5. Time: Some.\n\n" + SIG_EN,
      {"interests": "Wastewater; Noise", "groups": "Inspection network", "functions": "Secretary",
       "experience": "20", "time": "Some"}, sent=E1, lang="en",
      note="Careful contrast. Chair swapped for Secretary."),

    c("ow59-en-owa-html-in-meetings", "owa_html", "Rebecca Holm",
      "In meetings all day – quick one: drop the PFAS working group, add IED. Time much -> some.\n"
      "R.",
      {"interests": "Air; Climate; IED", "groups": "Inspection network", "time": "Some"}, sent=E2,
      lang="en"),

    c("ow59-en-apple-mail-dansk-paa-engelsk", "apple_mail", "Karen Dissing",
      "Hej, jeg svarer bare på dansk: affald og jord, ingen grupper endnu, 5 år, lidt tid.\nKaren",
      {"interests": "Waste; Soil", "groups": "", "experience": "5", "time": "Little"}, lang="en",
      note="Danish on the English form; recorded in the English form's option spellings."),

    c("ow59-en-outlook-prefix-january-absence", "outlook_prefix", "Martin Olesen",
      "Can't make the January meeting (travelling), sorry. Form: as before.\n\nMartin",
      {}, sent=E1, lang="en", unchanged=True, flagged=True,
      note="Flagged for the absence from the January meeting."),

    c("ow59-en-gmail-android-done-tick", "gmail_android", "Nils Eriksen",
      "done ✔️",
      {"interests": "Air; Soil; Climate", "experience": "11"}, sent=E2, lang="en",
      edits=[("set", "[ ] Soil", "[x] Soil"), ("set", "Answer: 10", "Answer: 11")],
      note="Soil crossed and 10 changed to 11 inside the quoted form."),
]
