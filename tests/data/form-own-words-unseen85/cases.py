"""Unseen part 85 of the own-words competence-form replies: short phone replies. By hand, blind;
people invented, at example.org."""

from common import E1, E2, S1, S2, S3, S4, SIG_EN, SIG_KOMMUNE, SIG_SHORT, c  # noqa: F401

CASES = [
    # --- Danish form -------------------------------------------------------------------------
    c("ow85-da-iphone-tak-kigger-senere", "iphone", "Mette Kjær",
      "Tak, jeg kigger på det når jeg er tilbage på kontoret", {}, S1,
      note="Nothing about the form yet: no answers, not unchanged, not flagged."),

    c("ow85-da-iphone-diktat-p-fas", "iphone", "Rasmus Holm",
      "Hej jeg arbejder med P fas og spilde vand og også lidt jord har lavet det i syv år nu og "
      "vil gerne være sekretær\nHilsen Rasmus",
      {"interesser": "PFAS; Spildevand; Jord", "funktioner": "Sekretær", "erfaring": "7"}, {},
      note="Dictated: 'P fas' and 'spilde vand' are PFAS and Spildevand. 'lidt jord' qualifies "
           "Jord (an interest), it is not an answer to the time question."),

    c("ow85-da-thunderbird-svar-efter-nummer", "thunderbird", "Louise Brandt",
      "1: pfas, støj, jord\n4: 13\n5: lidt\n\nmvh louise",
      {"interesser": "PFAS; Støj; Jord", "erfaring": "13", "tid": "Lidt"}, S1,
      note="Answers by question number. Under 1 she lists the whole set: the sent PFAS and Støj "
           "plus Jord."),

    c("ow85-da-android-kursus-januar", "android", "Henrik Dalsgaard",
      "Skemaet passer stadig.\nJeg kan ikke deltage i mødet d. 14/1, er på kursus i Kolding.\n\n"
      "Henrik",
      {}, S4, unchanged=True, flagged=True,
      note="'Skemaet passer stadig' = all as before. The absence from the January meeting is for "
           "the chair and belongs to no question."),

    c("ow85-da-owa-ikke-formand-igen", "owa", "Birgitte Lund",
      "Hej\n\nJeg vil ikke være formand igen, fire år er nok 😅 Høringerne tager jeg gerne "
      "fortsat.\n\nBirgitte",
      {"funktioner": "Høringstovholder"}, S3,
      note="Formand removed, Høringstovholder kept (sent set Formand; Høringstovholder). She says "
           "nothing about the rest, so not marked unchanged."),

    c("ow85-da-thunderbird-uden-ae-oe-aa", "thunderbird", "Søren Aagaard",
      "Hej\n\nTilfoej stoej og luft. Fjern VVM, det har jeg ikke laengere.\nTid er stadig lidt."
      "\n\nmvh Soeren",
      {"interesser": "Affald; Støj; Luft; Jord", "tid": "Lidt"}, S3,
      note="Written without æ/ø/å: 'stoej' is Støj. Sent Affald; Jord; VVM, plus Støj and Luft, "
           "minus VVM."),

    c("ow85-da-gmail-plus-minus", "gmail", "Camilla Vestergaard",
      "Hej\n+PFAS\n-Luft\nerf.: 4 år\nAndet: vikariatet er forlænget til 31/12-27\n/Camilla",
      {"interesser": "PFAS; Spildevand; Klima", "erfaring": "4",
       "andet": "vikariatet er forlænget til 31/12-27"}, S2,
      note="+/- as add/remove on the sent Spildevand; Luft; Klima. Andet is labelled, so it is "
           "recorded in her words and replaces the sent 'Barselsvikar til juni'."),

    c("ow85-da-outlook-nyt-job", "outlook", "Anders Mikkelsen",
      "Kære tovholder\n\nTak for skemaet, og undskyld det sene svar.\n\nJeg skal lige fortælle, at "
      "jeg har fået nyt job og fra 1. februar er ansat i Teknik og Miljø i Nabo Kommune. Jeg vil "
      "meget gerne blive i gruppen, hvis det kan lade sig gøre når jeg skifter kommune – det må "
      "formanden vurdere.\n\nTil skemaet: Jeg fortsætter i netværket for miljøtilsyn og vil gerne "
      "med i arbejdsgruppen om PFAS også, da det bliver en stor del af det nye job. Som "
      "høringstovholder må I finde en anden, jeg får ikke tid til det det første halve år. "
      "Erfaringen er nu 9 år.\n\n" + SIG_KOMMUNE,
      {"grupper": "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS", "funktioner": "",
       "erfaring": "9"}, S4, flagged=True,
      note="New job in another municipality and whether he can stay is for the chair (flagged, no "
           "question). Høringstovholder removed (the only sent function), PFAS group added."),

    c("ow85-da-iphone-emoji-flueben", "iphone", "Jonas Friis",
      "PFAS ✅\nStøj ❌\nresten som før 👍",
      {"interesser": "PFAS"}, S1, unchanged=True,
      note="✅ keeps PFAS, ❌ removes Støj; 'resten som før'."),

    c("ow85-da-outlook-android-sekretaer-ny-chef", "outlook_android", "Pernille Skov",
      "kan ikke være sekretær mere, ny chef vil ikke have det 🙄 ellers ok",
      {"funktioner": ""}, S1, unchanged=True,
      note="Sekretær was her only function, so the set becomes empty. 'ellers ok' read as "
           "'otherwise unchanged'."),

    c("ow85-da-apple-mail-kryds", "apple_mail", "Bente Nørgaard",
      "Har rettet i skemaet herunder.\n\nBente",
      {"interesser": "Affald; Jord; Klima; VVM", "erfaring": "21"}, S3,
      edits=[("set", "[ ] Klima", "[x] Klima"), ("set", "Svar: 20", "Svar: 21")],
      note="Changes made in the quoted form: Klima crossed, 20 changed to 21."),

    c("ow85-da-owa-html-tal-som-ord", "owa_html", "Mads Thygesen",
      "Hej\n\nErfaring: seksten år\nInteresser: spildevand og klima\nTid: nogen\n\nMvh Mads",
      {"interesser": "Spildevand; Klima", "erfaring": "16", "tid": "Nogen"}, {},
      note="New member; number as a word."),

    c("ow85-da-outlook-mac-hoeringstovholder-spm", "outlook_mac", "Line Østergaard",
      "Resten passer. Se lige mit spørgsmål under 3.\n\nLine",
      {}, S1, unchanged=True, ask=["funktioner"],
      edits=[("add", "3. Funktioner", "Hvad går høringstovholder egentlig ud på? Hvis det ikke "
                                      "tager for lang tid, vil jeg gerne.")],
      note="Typed under question 3 in the quoted form: a question about the role and an offer on a "
           "condition, so Høringstovholder is passed to the chair, not added. Sekretær stays."),

    c("ow85-da-android-diktat-netvaerk", "android", "Kasper Juhl",
      "hej jeg er kommet med i netværket for miljø til syn siden sidst og skal også være med i "
      "PFAS gruppen fra januar ellers er det hele det samme",
      {"grupper": "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS"}, S3, unchanged=True,
      note="Dictated without punctuation; 'miljø til syn' is miljøtilsyn. The PFAS group from "
           "January is recorded (the form is for the year)."),

    c("ow85-da-gmail-android-pension", "gmail_android", "Hanne Bech",
      "Går på pension 1. juli, så kun lidt tid frem til da. Tak for mange gode år 🙏\nHanne",
      {"tid": "Lidt"}, S4, flagged=True,
      note="Retiring (leaving the group) is news for the chair; the time answer is clear."),

    c("ow85-da-thunderbird-bottom-stemmer", "thunderbird_bottom", "Kim Laursen",
      "Stemmer stadig alt sammen.\n\n/Kim",
      {}, S2, unchanged=True,
      note="Bottom-posted; all as before."),

    c("ow85-da-outlook-prefix-lugt", "outlook_prefix", "Tove Kristiansen",
      "Hej\n\nInteresser: PFAS, støj og lugt (mest lugtgener fra svinebrug)\nErfaring: 6\n\nTove",
      {"interesser": "PFAS; Støj", "erfaring": "6"}, {}, ask=["interesser"],
      note="Lugt is no option (Luft is a different thing): PFAS and Støj recorded, lugt passed "
           "on."),

    c("ow85-da-iphone-erfaring-interval", "iphone", "Nikolaj Berg",
      "Erfaring 10-12 år alt efter hvordan man tæller 🤷‍♂️ resten ok",
      {}, S1, unchanged=True, ask=["erfaring"],
      note="A range for the number: passed on; sent 12 kept meanwhile."),

    c("ow85-da-apple-forward-kryds", "apple_forward", "Ida Poulsen",
      "Her er mine svar, har sat kryds 🙂",
      {"interesser": "Luft; Klima", "erfaring": "5", "tid": "Meget"}, {},
      edits=[("set", "[ ] Luft", "[x] Luft"), ("set", "[ ] Klima", "[x] Klima"),
             ("set", "Svar:", "Svar: 5", "4. Erfaring"), ("set", "[ ] Meget", "[x] Meget")],
      note="Forwarded the form back from the iPhone with crosses and the number typed in."),

    c("ow85-da-outlook-html-english", "outlook_html", "Marta Kowalska",
      "Hi,\n\nSorry, my Danish is not good enough for the form yet. Please put me in the PFAS "
      "working group, and I can take the minutes (secretary). I have 2 years of experience, "
      "mostly with soil and PFAS.\n\nBest,\nMarta",
      {"interesser": "PFAS; Jord", "grupper": "Arbejdsgruppe om PFAS", "funktioner": "Sekretær",
       "erfaring": "2"}, {},
      note="English on the Danish form, recorded in the Danish option spellings. 'mostly with "
           "soil and PFAS' read as her subject areas."),

    c("ow85-da-gmail-kun-stoej", "gmail", "Thomas Vinther",
      "kun støj nu, pfas har en kollega overtaget",
      {"interesser": "Støj"}, S1,
      note="'kun støj nu': the whole set is Støj; PFAS removed."),

    c("ow85-da-outlook-ios-labels-ingen", "outlook_ios", "Sofie Dam",
      "Grupper: ingen\nTid: lidt 😬\nAndet: fastansat fra 1/11",
      {"grupper": "", "tid": "Lidt", "andet": "fastansat fra 1/11"}, S2,
      note="'ingen' removes both sent groups. Andet is labelled and replaces the sent "
           "'Barselsvikar til juni'."),

    c("ow85-da-outlook-ios-stavefejl", "outlook_ios", "Ole Hedegaard",
      "Hej. Jeg arbjder med spildvand, afald og jord. Har 11 års erfaering. Tdi: nogen\nMvh Ole",
      {"interesser": "Spildevand; Affald; Jord", "erfaring": "11", "tid": "Nogen"}, {},
      note="Typos ('spildvand', 'afald', 'Tdi') are plain misspellings of the options/labels."),

    c("ow85-da-gmail-android-diktat-ie", "gmail_android", "Gitte Rasmussen",
      "tilføj i e direktivet komma power to x jeg har fået de store virksomheder i år",
      {"interesser": "PFAS; Affald; IE-direktivet; Power-to-X"}, S4,
      note="Dictated: 'i e direktivet' is IE-direktivet, 'komma' is the dictated comma, 'power "
           "to x' is Power-to-X. Added to the sent PFAS; Affald."),

    # --- English form ------------------------------------------------------------------------
    c("ow85-en-iphone-parental-leave", "iphone", "Tom Whitaker",
      "All as before. FYI I'm on parental leave from March to August.\nTom",
      {}, E1, lang="en", unchanged=True, flagged=True,
      note="Leave not labelled Other: news for the chair, flagged; nothing recorded."),

    c("ow85-en-gmail-by-number", "gmail", "Freja Holt",
      "1) noise, air\n3) none for now\n5) little\n\nF",
      {"interests": "Noise; Air", "functions": "", "time": "Little"}, E1, lang="en",
      note="Answers by number. Under 1 the whole set is Noise and Air, so the sent Wastewater is "
           "dropped; 'none' removes Chair."),

    c("ow85-en-outlook-mac-html-step-down", "outlook_mac_html", "Peter Lindqvist",
      "Hi,\n\nPlease take me off as chair, I'm stepping down at the end of the year. Still happy "
      "to coordinate consultations though.\n\nPeter",
      {"functions": "Consultation coordinator"}, E1, lang="en",
      note="Chair removed, Consultation coordinator added. Treated as an answer to question 3, "
           "not a separate message."),

    c("ow85-en-owa-dansk-paa-engelsk", "owa", "Lars Winther",
      "Hej, svarer lige på dansk. Jeg har 11 års erfaring nu og arbejder også med støj. Tid: "
      "noget mindre end sidst, så nogen.\nLars",
      {"interests": "Noise; Air; Climate", "experience": "11", "time": "Some"}, E2, lang="en",
      note="Danish on the English form, recorded in the English option spellings. 'også med "
           "støj' adds Noise to the sent Air; Climate."),

    c("ow85-en-android-voice", "android", "Aisha Rahman",
      "hi I have been doing this for fifteen years I mostly work with soil and waste water and I "
      "can be secretary if nobody else wants to do it",
      {"interests": "Wastewater; Soil", "experience": "15"}, {}, lang="en", ask=["functions"],
      note="Dictated. Secretary only if nobody else wants it: a condition on others, passed on."),

    c("ow85-en-thunderbird-typed", "thunderbird", "Erik Sandberg",
      "Updated below, thanks.\n\n" + SIG_EN.replace("{name}", "Erik Sandberg"),
      {"interests": "PFAS; Air; Climate", "experience": "11", "time": "Some"}, E2, lang="en",
      edits=[("set", "[ ] PFAS", "[x] PFAS"), ("set", "Answer: 10", "Answer: 11"),
             ("set", "[x] Much", "[ ] Much"), ("set", "[ ] Some", "[x] Some")],
      note="Changes in the quoted form: PFAS crossed, 10 to 11, time moved from Much to Some."),

    c("ow85-en-outlook-prefix-thanks", "outlook_prefix", "Rebecca Moss",
      "Thanks - will fill it in over the weekend.",
      {}, E1, lang="en",
      note="Nothing about the form."),

    c("ow85-en-gmail-android-baby", "gmail_android", "Jakob Frost",
      "time: little this yr 👶 (baby due in may). rest same",
      {"time": "Little"}, E2, lang="en", unchanged=True,
      note="The baby is the reason for the time answer; no leave or absence is announced, so not "
           "flagged. A secretary might mention it to the chair anyway."),
]
