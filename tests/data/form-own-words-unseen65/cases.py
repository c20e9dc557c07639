"""The ow65 unseen part: replies typed inside the quoted form (crosses moved, words after options,
deleted lines, changed numbers, comments next to questions, "se ovenfor", arrows), mixed with text
above the quote, corrections within the same mail, and members who answer only some questions.
By hand, written blind on 7 December 2026; people invented, at example.org."""

from common import E1, E2, S1, S2, S3, S4, SIG_EN, SIG_KOMMUNE, SIG_SHORT, c  # noqa: F401

CASES = [
    # --- Danish form -------------------------------------------------------------------------
    c("ow65-da-outlook-kryds-flyttet-tid", "outlook", "Karen Holm",
      "Hej\n\nJeg har rettet direkte i skemaet nedenfor – tiden er blevet mindre, da jeg er på "
      "halv tid resten af vinteren.\n\n" + SIG_KOMMUNE,
      {"tid": "Lidt"}, S1,
      edits=[("set", "[ ] Lidt", "[x] Lidt"), ("set", "[x] Nogen", "[ ] Nogen")]),

    c("ow65-da-gmail-ord-efter-option", "gmail", "Frederik Lund",
      "Se mine kommentarer i skemaet.\n\nMvh\nFrederik",
      {"interesser": "PFAS; Jord"}, S4,
      edits=[("append", "[ ] Jord", "  <- ja, jord er kommet til i år"),
             ("append", "[x] Affald", "  (ikke længere, det har Mette overtaget)")],
      note="Jord has no cross but the words after it say yes; Affald keeps its cross but the "
           "words after it say no longer: the words decide."),

    c("ow65-da-iphone-slettede-linjer", "iphone", "Rasmus Kjær",
      "Hej\nJeg har bare slettet de linjer der ikke passer på mig mere\nHilsen Rasmus",
      {"interesser": "Spildevand; Klima", "grupper": "Netværk for miljøtilsyn"}, S2,
      edits=[("del", "[ ] PFAS"), ("del", "[ ] Affald"), ("del", "[ ] Støj"), ("del", "[x] Luft"),
             ("del", "[ ] Jord"), ("del", "[ ] VVM"), ("del", "[ ] IE-direktivet"),
             ("del", "[ ] Power-to-X"), ("del", "[x] Arbejdsgruppe om PFAS")],
      note="He says he deleted the lines that no longer fit: the deleted crossed lines (Luft, "
           "the PFAS group) are removals; the deleted empty lines change nothing."),

    c("ow65-da-owa-tal-rettet", "owa", "Gitte Brandt",
      "Et år mere på bagen :) resten passer stadig\n\nGitte",
      {"erfaring": "21"}, S3, unchanged=True,
      edits=[("set", "Svar: 20", "Svar: 21")]),

    c("ow65-da-thunderbird-nej-vent", "thunderbird", "Jonas Vestergaard",
      "hej\n\ntilføj luft. nej vent, det er jord jeg mener - luft er det min kollega der tager "
      "sig af.\nerfaring har jeg rettet nede i skemaet\n\nmvh\nJonas",
      {"interesser": "PFAS; Støj; Jord", "erfaring": "13"}, S1,
      edits=[("set", "Svar: 12", "Svar: 13")],
      note="\"nej vent\" takes back Luft: only Jord is added."),

    c("ow65-da-outlook-mac-rettelse-ps", "outlook_mac", "Louise Damgaard",
      "Hej Søren\n\nMine svar:\nFagområder: PFAS og affald som før, og så er VVM kommet til\n"
      "Erfaring: 15 år\n\nPS. Rettelse til ovenstående: det er 17 år, jeg glemte tiden i Aarhus "
      "Kommune.\n\n" + SIG_SHORT,
      {"interesser": "PFAS; Affald; VVM", "erfaring": "17"}, S4,
      note="The PS corrects 15 to 17 within the same mail."),

    c("ow65-da-gmail-android-glem-det-med-sekretaer", "gmail_android", "Lærke Bach",
      "Glem det med sekretær som jeg skrev nede i skemaet, jeg har lige set at Lone allerede er "
      "det. Sæt mig som høringstovholder i stedet.\n\nMvh Lærke",
      {"funktioner": "Høringstovholder"}, S2,
      edits=[("add", "3. Funktioner", "sekretær")],
      note="The typed \"sekretær\" in the form is taken back by the text above it."),

    c("ow65-da-apple-mail-kommentar-ved-erfaring", "apple_mail", "Marianne Friis",
      "Hej Søren\nsvarene står i skemaet\nVh Marianne",
      {"interesser": "PFAS; Affald; Power-to-X"}, S4, ask=["erfaring"],
      edits=[("set", "[ ] Power-to-X", "[x] Power-to-X"),
             ("append", "4. Erfaring", " – 9 hvis praktikken tæller med, ellers 7")],
      note="Two numbers depending on how one counts, next to the unchanged 8: asked."),

    c("ow65-da-outlook-prefix-pile", "outlook_prefix", "Ole Thygesen",
      "Se pilene nedenfor.\n\nmvh Ole",
      {"interesser": "PFAS; Spildevand; Støj", "funktioner": ""}, S1,
      edits=[("append", "[ ] Spildevand", "   <--- ja"),
             ("append", "[x] Sekretær", "  --> nej tak, ikke i år")]),

    c("ow65-da-owa-html-se-ovenfor", "owa_html", "Nadia Hassan",
      "Hej\n\nJeg er ny i gruppen, så her er mine svar:\nInteresser: PFAS, affald og VVM\n"
      "Erfaring: 6 år\nTid: lidt – jeg går ned i tid fra januar\n\nVh Nadia Hassan",
      {"interesser": "PFAS; Affald; VVM", "erfaring": "6", "tid": "Lidt"}, {},
      edits=[("add", "1. Interesser", "se ovenfor"),
             ("set", "Svar:", "Svar: se ovenfor", "4. Erfaring"),
             ("add", "5. Tid", "se ovenfor")]),

    c("ow65-da-android-kun-tid", "android", "Kim Skovgaard",
      "Tid: meget 💪 de andre spm må jeg svare på når jeg er tilbage ved computeren\n\n/Kim",
      {"tid": "Meget"}, S3,
      note="Only time answered; promising to come back later is nothing for the chair."),

    c("ow65-da-outlook-ios-andet-pension", "outlook_ios", "Bent Villadsen",
      "Se nederst.",
      {"andet": "Jeg går på pension 1. april 2027, så det her bliver mit sidste år i gruppen"},
      S3, flagged=True,
      edits=[("set", "Svar:", "Svar: Jeg går på pension 1. april 2027, så det her bliver mit "
              "sidste år i gruppen", "6. Andet")],
      note="Typed on the Andet answer line, so recorded there; leaving the group (retiring) is "
           "also for the chair, hence flagged."),

    c("ow65-da-thunderbird-bottom-kryds-netvaerk", "thunderbird_bottom", "Birgitte Møller",
      "Har sat kryds ved netværket, det kom jeg med i i foråret. Ellers er alt som sidst.\n\n"
      "Hilsen\nBirgitte",
      {"grupper": "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS"}, S1, unchanged=True,
      edits=[("set", "[ ] Netværk for miljøtilsyn", "[x] Netværk for miljøtilsyn")]),

    c("ow65-da-owa-store-x", "owa", "Ida Rosenkvist",
      "Opdateret 👍\n\nBh Ida",
      {"interesser": "Luft; Jord; Klima; VVM"}, S2,
      edits=[("set", "[x] Spildevand", "[ ] Spildevand"), ("set", "[ ] Jord", "[X] Jord"),
             ("set", "[ ] VVM", "[x ] VVM")]),

    c("ow65-da-outlook-html-formand-hvis-peter", "outlook_html", "Anette Kragh",
      "Hej Søren, jeg har svaret i skemaet.\n\n" + SIG_KOMMUNE,
      {"erfaring": "9"}, S4, ask=["funktioner"],
      edits=[("add", "3. Funktioner", "Formand kunne jeg godt tage, hvis Peter ikke genopstiller "
              "– ellers fortsat bare høringstovholder"),
             ("set", "Svar: 8", "Svar: 9")],
      note="Chair only on a condition about someone else: asked; Høringstovholder stays as "
           "sent."),

    c("ow65-da-iphone-tal-som-ord", "iphone", "Mads Overgaard",
      "rettet 👍",
      {"erfaring": "10"}, S4,
      edits=[("set", "Svar: 8", "Svar: ti")]),

    c("ow65-da-apple-forward-privat-mail", "apple_forward", "Mikkel Juhl",
      "Hej\n\nFik den her på min private mail. Mine svar: affald og jord, 4 års erfaring og lidt "
      "tid. Jeg er ikke med i nogen af grupperne endnu.\n\nVh Mikkel",
      {"interesser": "Affald; Jord", "erfaring": "4", "tid": "Lidt"}, {},
      note="\"ikke med i nogen af grupperne\": nothing to record, nothing was sent for Grupper."),

    c("ow65-da-outlook-kun-det-jeg-kan", "outlook", "Charlotte Winther",
      "Hej\n\nJeg svarer lige på det, jeg kan nu:\nFagområder: som før, plus PFAS\n"
      "Tid: nogen (ikke meget længere desværre – ny leder, nye opgaver)\n\nResten må jeg vende "
      "tilbage med, skal lige tale med min chef om funktionerne.\n\n" + SIG_KOMMUNE,
      {"interesser": "PFAS; Spildevand; Luft; Klima", "tid": "Nogen"}, S2,
      note="Answers only two questions and says the rest comes later: not unchanged."),

    c("ow65-da-outlook-android-afbud-januar", "outlook_android", "Henrik Nørgaard",
      "Jeg kan ikke deltage i mødet d. 14. januar (kursus). Har rettet tiden nedenfor.",
      {"tid": "Lidt"}, S4, flagged=True,
      edits=[("set", "[ ] Lidt", "[x] Lidt"), ("set", "[x] Nogen", "[ ] Nogen")]),

    c("ow65-da-gmail-glem-det-med-stoej", "gmail", "Thomas Iversen",
      "Hej\n\nJeg har sat kryds ved Power-to-X – vi har fået to ansøgninger om anlæg i år.\n"
      "Glem det med støj, det kryds kom med ved en fejl.\n\nHilsen Thomas",
      {"interesser": "Spildevand; Luft; Klima; Power-to-X"}, S2,
      edits=[("set", "[ ] Støj", "[x] Støj"), ("set", "[ ] Power-to-X", "[x] Power-to-X")],
      note="The cross at Støj is still in the form but the text says it was a mistake."),

    c("ow65-da-outlook-mac-html-vikariat-forlaenget", "outlook_mac_html", "Sara Lindberg",
      "Hej – vikariatet er blevet forlænget, jeg har rettet i skemaet. Ellers uændret.\nMvh Sara",
      {"tid": "Nogen", "andet": "Barselsvikar til december 2027 (forlænget)"}, S2,
      unchanged=True,
      edits=[("set", "Svar: Barselsvikar til juni",
              "Svar: Barselsvikar til december 2027 (forlænget)"),
             ("set", "[x] Meget", "[ ] Meget"), ("set", "[ ] Nogen", "[x] Nogen")]),

    c("ow65-da-iphone-engelsk-paa-dansk-skema", "iphone", "Lukas Becker",
      "Hi, sorry my Danish is not good enough yet for this. I work mostly with wastewater and "
      "air. 5 years of experience (2 in Germany, 3 here). Some time. I could be secretary if "
      "that helps.\n\nBest\nLukas",
      {"interesser": "Spildevand; Luft", "erfaring": "5", "tid": "Nogen",
       "funktioner": "Sekretær"}, {},
      note="English on the Danish form; 5 is the total he gives; \"if that helps\" is no real "
           "condition."),

    c("ow65-da-outlook-intet-at-rette", "outlook", "Hanne Bjerre",
      "Det står der stadig, intet at rette.\n\n" + SIG_SHORT,
      {}, S3, unchanged=True),

    c("ow65-da-gmail-android-nyt-medlem-krydser", "gmail_android", "Amalie Sørensen",
      "Her er mit skema 🙂\n/Amalie",
      {"interesser": "PFAS; Jord; Klima", "grupper": "Netværk for miljøtilsyn",
       "funktioner": "Sekretær", "erfaring": "2", "tid": "Meget",
       "andet": "Ny i Eksempel Kommune fra 1. november, kom fra et rådgivningsfirma"}, {},
      edits=[("set", "[ ] PFAS", "[x] PFAS"), ("set", "[ ] Jord", "[x] Jord"),
             ("set", "[ ] Klima", "[x] Klima"),
             ("set", "[ ] Netværk for miljøtilsyn", "[x] Netværk for miljøtilsyn"),
             ("set", "[ ] Sekretær", "[x] Sekretær"),
             ("set", "Svar:", "Svar: 2", "4. Erfaring"),
             ("set", "[ ] Meget", "[x] Meget"),
             ("set", "Svar:", "Svar: Ny i Eksempel Kommune fra 1. november, kom fra et "
              "rådgivningsfirma", "6. Andet")]),

    c("ow65-da-thunderbird-spoergsmaal-funktioner", "thunderbird", "Poul Aagaard",
      "Hej\n\nEt spoergsmaal: Hvad menes der med funktioner - er det i gruppen eller i kommunen? "
      "Jeg har ladt det staa indtil videre.\n\nStoej har jeg sat kryds ved.\n\nVh Poul",
      {"interesser": "Affald; Støj; Jord; VVM"}, S3, flagged=True,
      edits=[("set", "[ ] Støj", "[x] Støj")],
      note="A question about the form for the chair; Funktioner is left as sent."),

    c("ow65-da-outlook-ios-erfaring-interval", "outlook_ios", "Rikke Hjorth",
      "Svar i skemaet. Skriver fra toget, undskyld stavefejl",
      {"tid": "Meget"}, S1, ask=["erfaring"],
      edits=[("set", "[x] Nogen", "[ ] Nogen"), ("set", "[ ] Meget", "[x] Meget"),
             ("set", "Svar: 12", "Svar: 12-14 alt efter hvordan man tæller")]),

    c("ow65-da-outlook-android-ingen-grupper", "outlook_android", "Steffen Riis",
      "Kort svar fra mig nedenfor.",
      {"grupper": ""}, S2,
      edits=[("add", "2. Grupper", "ingen af dem længere – jeg er flyttet til byggesag")],
      note="Moving to another department is news, but he answers the question and says nothing "
           "about leaving this group, so not flagged."),

    # --- English form ------------------------------------------------------------------------
    c("ow65-en-outlook-words-after-options", "outlook", "Henrik Dahl",
      "Hi,\n\nAnswers inline below.\n\n" + SIG_EN,
      {"groups": "Inspection network; PFAS working group", "functions": ""}, E1, lang="en",
      edits=[("append", "[ ] PFAS working group", " - yes, since September"),
             ("append", "[x] Chair", " (not any more - six years is enough!)")]),

    c("ow65-en-gmail-correction", "gmail", "Claire Morgan",
      "Hi,\n\nExperience is 12 years. Correction: 11 – I started in 2015, not 2014.\nAnd please "
      "take Climate off, I haven't touched climate since the reorganisation.\n\nThanks,\nClaire",
      {"experience": "11", "interests": "Air"}, E2, lang="en"),

    c("ow65-en-thunderbird-deleted-much", "thunderbird", "Niels Kofoed",
      "Hi all,\n\nI've cut my time down in the form. I'm starting a new job at the regional "
      "water utility on 1 February, so I'll only be in the group until then.\n\nBest,\nNiels",
      {"time": "Little"}, E2, lang="en", flagged=True,
      edits=[("del", "[x] Much"), ("set", "[ ] Little", "[x] Little")],
      note="Leaving the group in February is for the chair."),

    c("ow65-en-iphone-only-some", "iphone", "Priya Raman",
      "Only answering what I know now: experience 7 years, time: some. Will check with my "
      "manager about the functions.",
      {"experience": "7", "time": "Some"}, {}, lang="en"),

    c("ow65-en-apple-mail-danish-on-english", "apple_mail", "Anders Kirkegaard",
      "Hej, jeg skriver lige på dansk. Luft er kommet til hos mig, og jeg har fået mere tid, så "
      "sæt mig på meget. Ellers det samme.\n\nHilsen Anders",
      {"interests": "Wastewater; Noise; Air", "time": "Much"}, E1, lang="en", unchanged=True,
      note="Danish on the English form."),

    c("ow65-en-owa-comments-next-to-questions", "owa", "Maja Holst",
      "See the form.\n\nRegards, Maja",
      {"experience": "21"}, E1, lang="en",
      edits=[("append", "3. Functions", "  (same as last year)"),
             ("append", "4. Experience", "  → 21 now")],
      note="\"21 now\" next to the question replaces the quoted 20; \"same as last year\" next "
           "to Functions changes nothing and is not said of the whole form."),

    c("ow65-en-outlook-prefix-scratch-that", "outlook_prefix", "Per Wibe",
      "Add IED please. Actually scratch that – add EIA, not IED. Mixed them up again.\n\nPer",
      {"interests": "Wastewater; Noise; EIA"}, E1, lang="en"),

    c("ow65-en-android-time-until-march", "android", "Jesper Halvorsen",
      "Groups: I left the PFAS working group in October.\nTime: little until March, then back "
      "to much.",
      {"groups": "Inspection network"}, E2, lang="en", ask=["time"],
      note="Time changes with the date: passed on rather than recorded as Little."),
]
