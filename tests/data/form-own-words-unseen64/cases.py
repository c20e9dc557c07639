"""Unseen part 64 of the own-words competence-form replies: mostly English. International and
English-preferring members (expats, Greenland, the Faroe Islands, Sweden, Norway, British and
American colleagues, Danes writing Scandinavian-English) on the Danish and the English form.
Written blind, by hand; people invented, at example.org."""

from common import E1, E2, S1, S2, S3, S4, SIG_EN, SIG_KOMMUNE, SIG_SHORT, c

CASES = [
    # --- on the Danish form -------------------------------------------------------------------
    c("ow64-da-outlook-british-expat-happy-secretary", "outlook", "Oliver Bennett",
      "Hi,\n\nApologies for answering in English – my Danish is still a work in progress!\n\n"
      "It's all much as before, but I'd be happy to take on the secretary role as well this "
      "year. I've also picked up the noise complaints since the summer, so please add noise to "
      "my subjects.\n\nCheers,\nOliver\n\n" + SIG_KOMMUNE,
      {"interesser": "Affald; Støj; Jord; VVM", "funktioner": "Formand; Høringstovholder; Sekretær"},
      S3, unchanged=True,
      note="English on the Danish form: 'secretary' is Sekretær, 'noise' is Støj, both added to "
           "the sent sets; 'all much as before, but' is unchanged."),

    c("ow64-da-gmail-greenland-new-member-other", "gmail", "Nivi Kleist",
      "Hej\n\nJeg er ny i gruppen, saa her er mine svar. Mostly wastewater and waste, plus a bit "
      "of climate adaptation.\n6 år erfaring.\nTid: some, maybe a bit less in the dark months "
      "😊\n\nOther: I work from Nuuk, so I can only join the meetings on Teams.\n\n"
      "Qujanaq\nNivi",
      {"interesser": "Spildevand; Affald; Klima", "erfaring": "6", "tid": "Nogen",
       "andet": "I work from Nuuk, so I can only join the meetings on Teams."},
      {},
      note="Nothing was pre-filled (new member). 'climate adaptation' is Klima; 'some, maybe a "
           "bit less in the dark months' is Nogen with a passing qualifier. 'Other:' is the "
           "English label of question 6 (Andet), so the line is recorded there in her words; "
           "joining on Teams is said in Andet, so it is not flagged besides."),

    c("ow64-da-iphone-count-me-out-new-job", "iphone", "Lars Bjerregaard",
      "Count me out as secretary this time, sorry. I'm starting at the Region in February and "
      "honestly don't know yet whether I can stay on in the group after that – will let you "
      "know.\nOtherwise same as before.\n\nLars",
      {"funktioner": ""},
      S1, unchanged=True, flagged=True,
      note="Sekretær removed; the new job and the possible leaving is news for the chair that "
           "the member did not put under Andet, so it is flagged."),

    c("ow64-da-outlook_ios-norwegian-add-noise", "outlook_ios", "Kari Haugen",
      "Hei!\n\nAlt stemmer, men legg til støy – jeg har overtatt støysakene etter Mette. Og jeg "
      "har 9 års erfaring nå, ikke 8.\n\nHilsen Kari",
      {"interesser": "PFAS; Affald; Støj", "erfaring": "9"},
      S4, unchanged=True,
      note="Norwegian: 'Alt stemmer, men' (all correct, but) is unchanged; 'støy' is Støj."),

    c("ow64-da-thunderbird-swedish-permanent-job", "thunderbird", "Johan Lindqvist",
      "Hej!\n\nJag har fått fast tjänst nu, så vikariatet är inte längre aktuellt – ta gärna "
      "bort det under Andet. Jag kan vara sekreterare om det behövs. Mindre tid än förut dock, "
      "säg lite.\n\nMvh\nJohan Lindqvist\nMiljöinspektör",
      {"andet": "", "funktioner": "Sekretær", "tid": "Lidt"},
      S2,
      note="Swedish. He asks to remove the pre-filled Andet text (the temp job), so Andet is "
           "emptied. 'sekreterare om det behövs' (secretary if needed) is recorded as Sekretær; "
           "'säg lite' (say little) is Lidt."),

    c("ow64-da-owa-american-new-member", "owa", "Emily Carter",
      "Hi there!\n\nI just joined the climate team here in October, so this is my first time "
      "filling this out. I work mostly with climate and air quality, with some PFAS on the side. "
      "I've been in the field for fifteen years (including my time at a state environmental "
      "agency back home in Oregon).\n\nI'd say I have a moderate amount of time for the group. "
      "I'm not interested in any of the roles right now, but I'd love to join the PFAS working "
      "group!\n\nThanks so much,\nEmily",
      {"interesser": "PFAS; Luft; Klima", "grupper": "Arbejdsgruppe om PFAS", "funktioner": "",
       "erfaring": "15", "tid": "Nogen"},
      {},
      note="Nothing pre-filled. 'air quality' is Luft; 'a moderate amount' of time is the middle "
           "option Nogen; 'not interested in any of the roles' is recorded as no functions."),

    c("ow64-da-gmail_android-faroese-not-chair", "gmail_android", "Rúni Joensen",
      "Hey\nalt er som sidst undtagen: jeg er ikke formand mere (har givet det videre til "
      "Birgit), og tid er nok nærmere nogen end lidt nu.\nTakk fyri!\nRúni",
      {"funktioner": "Høringstovholder", "tid": "Nogen"},
      S3, unchanged=True,
      note="Formand removed, Høringstovholder kept; 'nok nærmere nogen end lidt' is Nogen. "
           "Handing the chair to Birgit is said as the reason, not a request, so not flagged."),

    c("ow64-da-android-add-ied-rest-same", "android", "Mads Kristoffersen",
      "Add IED pls. Rest same. /Mads",
      {"interesser": "PFAS; Affald; IE-direktivet"},
      S4, unchanged=True,
      note="IED is the English name of IE-direktivet."),

    c("ow64-da-outlook_html-british-swap-noise-soil-absence", "outlook_html", "Harriet Collins",
      "Dear all,\n\nThanks for sending this round. A few bits to update:\n\n"
      "- I've moved over to the soil and groundwater team, so please swap noise for soil. "
      "PFAS stays.\n"
      "- I'm afraid I shan't be able to carry on as secretary – the new post doesn't leave room "
      "for it.\n"
      "- Time: I'd put myself down as 'a little' for the spring, possibly more after the "
      "summer.\n\n"
      "I also shan't make the January meeting, as I'll be on a course in Utrecht that week.\n\n"
      + SIG_EN,
      {"interesser": "PFAS; Jord", "funktioner": "", "tid": "Lidt"},
      S1, flagged=True,
      note="'swap noise for soil' removes Støj and adds Jord (the groundwater is the name of her "
           "team, not a subject she asks to add). 'a little' is Lidt. Missing the January "
           "meeting is an absence for the chair: flagged."),

    c("ow64-da-apple_mail-ticked-in-form-english", "apple_mail", "Sofie Dahl-Jensen",
      "See my changes below :)\n\nBR Sofie",
      {"interesser": "PFAS; Spildevand; Klima", "erfaring": "4",
       "andet": "Not a temp anymore - permanent since October"},
      S2,
      edits=[("set", "[ ] PFAS", "[x] PFAS"), ("set", "[x] Luft", "[ ] Luft"),
             ("set", "Svar: 3", "Svar: 4"),
             ("set", "Svar: Barselsvikar til juni",
              "Svar: Not a temp anymore - permanent since October")],
      note="Changes typed inside the quoted form: PFAS ticked, Luft unticked, 4 years, Andet "
           "replaced."),

    c("ow64-da-outlook_mac-german-step-down-chair", "outlook_mac", "Katrin Vogel",
      "Hello,\n\nAfter five years I would like to step down as chair, but I am happy to stay on "
      "as consultation coordinator. My big project finished in November, so I have more time "
      "now – please put 'meget'.\n\nBest regards\nKatrin",
      {"funktioner": "Høringstovholder", "tid": "Meget"},
      S3,
      note="Stepping down as chair is her answer to question 3 (Formand removed), so it is "
           "recorded there and not flagged besides."),

    c("ow64-da-outlook_prefix-not-fussed-role", "outlook_prefix", "George Whitfield",
      "Morning,\n\nNot fussed about the role really – keep me as consultation coordinator if "
      "that's useful to the group, otherwise happy to drop it. Everything else is spot on.\n\n"
      "Ta,\nGeorge",
      {},
      S4, unchanged=True, ask=["funktioner"],
      note="Whether he stays Høringstovholder depends on what the group needs: the secretary "
           "leaves the sent value and passes it to the chair. 'Everything else is spot on' is "
           "unchanged."),

    c("ow64-da-owa_html-danglish-twenty-two", "owa_html", "Pernille Thygesen",
      "Hej hej\n\nJeg er stadig on board 🙂\nExperience: twenty-two years by now (gosh).\n"
      "Interesser same same, men add Power-to-X, vi har fået det nye anlæg ude ved havnen ind "
      "på bordet.\nResten er uændret.\n\n" + SIG_SHORT,
      {"erfaring": "22", "interesser": "PFAS; Støj; Power-to-X"},
      S1, unchanged=True,
      note="Number word above 20 in English; Power-to-X added to the sent interests."),

    c("ow64-da-iphone-thanks-tomorrow", "iphone", "Aksel Nygaard",
      "Thanks, will sort it tomorrow 👍",
      {},
      S1,
      note="Says nothing about the form."),

    c("ow64-da-gmail-parental-leave-scandi-english", "gmail", "Anders Møller Lund",
      "Hi!\n\nI will be on parental leave from March until August, so I will miss the spring "
      "meetings and I have not so much time this year. Otherwise nothing new from my side.\n\n"
      "Best regards\nAnders",
      {"tid": "Lidt"},
      S4, unchanged=True, flagged=True,
      note="'not so much time' is Lidt. The leave and missed spring meetings are an absence for "
           "the chair: flagged. 'nothing new' is unchanged."),

    c("ow64-da-thunderbird_bottom-retiring-british", "thunderbird_bottom", "Margaret Holm",
      "Dear colleagues,\n\nI retire at the end of March, so please take me off as chair and as "
      "consultation coordinator. Until then, the rest can stay as it is.\n\nIt has been a real "
      "pleasure working with you all.\n\nMargaret",
      {"funktioner": ""},
      S3, unchanged=True, flagged=True,
      note="Both functions removed. Retiring means leaving the group: flagged for the chair."),

    c("ow64-da-outlook-swedish-range-years", "outlook", "Maja Bergström",
      "Hej,\n\nJag jobbar numera även med avlopp, så lägg gärna till det (buller står redan "
      "med). Erfarenhet: cirka 12–14 år om man räknar praktiken.\n\nVänliga hälsningar\nMaja",
      {"interesser": "PFAS; Spildevand; Støj"},
      S1, ask=["erfaring"],
      note="Swedish: 'avlopp' is Spildevand, 'buller' (noise) is already Støj. Experience is a "
           "range (12–14): asked, not recorded."),

    c("ow64-da-outlook_android-drop-pfas-group", "outlook_android", "Tobias Friis",
      "Drop the PFAS group please, too much on my plate. Happy to stay in the network tho.",
      {"grupper": "Netværk for miljøtilsyn"},
      S2,
      note="'the network' here is Netværk for miljøtilsyn, contrasted with the PFAS group he "
           "leaves."),

    c("ow64-da-owa-english-version-question", "owa", "Daniel Okafor",
      "Hello,\n\nIs there an English version of this form? I can read most of it with a "
      "translator but it would be easier.\n\nAnyway: noise, air and EIA. Chair no, secretary "
      "maybe. 7 yrs.\n\nThanks\nDaniel",
      {"interesser": "Støj; Luft; VVM", "erfaring": "7"},
      {}, ask=["funktioner"], flagged=True,
      note="Nothing pre-filled. 'secretary maybe' is not a yes: functions asked (chair is a "
           "clear no, but recording an empty set would lose the maybe). The question about an "
           "English form is for the chair in any case."),

    c("ow64-da-apple_forward-forwarded-more-time", "apple_forward", "Sarah Lindholm",
      "Forwarding from my phone as the work laptop is being repaired.\n\nPFAS and waste as "
      "before. Put me down for a lot of time now, my team has grown so I've got room for it."
      "\n\nCheers, Sarah",
      {"interesser": "PFAS; Affald", "tid": "Meget"},
      S4,
      note="Interests restated as sent; 'a lot of time' is Meget. Not 'unchanged' as a whole: "
           "she speaks only of interests and time."),

    c("ow64-da-iphone-arrow-in-form", "iphone", "Louise Harding",
      "Changed time, see below. /L",
      {"tid": "Meget"},
      S1,
      edits=[("append", "[ ] Meget", "   <-- this one now")],
      note="Arrow typed on the Meget line; the old cross on Nogen is left standing, but the "
           "arrow and 'Changed time' make Meget her answer (one x only)."),

    c("ow64-da-gmail_android-norwegian-groundwater", "gmail_android", "Ingrid Solberg",
      "Hei! Ny her. Jeg jobber med avløp, støy og grunnvann, og litt med hydrogen/PtX. 11 års "
      "erfaring. Kan godt være sekretær. Middels med tid.\nHilsen Ingrid",
      {"interesser": "Spildevand; Støj; Power-to-X", "erfaring": "11", "funktioner": "Sekretær",
       "tid": "Nogen"},
      {}, ask=["interesser"],
      note="Norwegian. 'avløp' is Spildevand, 'støy' Støj, 'hydrogen/PtX' Power-to-X; "
           "'grunnvann' (groundwater) is no option: interests recorded and also asked. "
           "'Middels' (medium) is Nogen."),

    c("ow64-da-outlook_mac_html-wind-turbines", "outlook_mac_html", "Ruth Ashworth",
      "Right, quick one:\n\nI'm happy to be consultation coordinator from the new year. Please "
      "add noise as well – I've got the wind turbine cases now. Still loads of time. Everything "
      "else as before.\n\nRuth",
      {"funktioner": "Høringstovholder", "interesser": "Spildevand; Støj; Luft; Klima",
       "tid": "Meget"},
      S2, unchanged=True,
      note="'loads of time' is Meget (as sent). 'from the new year' is a start date, not a "
           "condition."),

    c("ow64-da-thunderbird-edited-inline", "thunderbird", "Astrid Kallestrup",
      "Hi, edited inline.\nBest\nAstrid",
      {"funktioner": "Høringstovholder", "erfaring": "21",
       "andet": "Working 30 hrs/week from January (reduced hours)"},
      S3,
      edits=[("set", "[x] Formand", "[ ] Formand"), ("set", "Svar: 20", "Svar: 21"),
             ("set", "Svar:", "Svar: Working 30 hrs/week from January (reduced hours)",
              "6. Andet")],
      note="Cross removed on Formand, experience corrected, Andet typed on the Svar line."),

    # --- on the English form ------------------------------------------------------------------
    c("ow64-en-gmail-american-bow-out-chair", "gmail", "Robert Hansen",
      "Hi!\n\nStill good with everything, except I'm going to bow out as chair – I've done it "
      "four years and it's time for someone else to have a go. Feel free to put me down as "
      "secretary instead.\n\nThanks,\nBob",
      {"functions": "Secretary"},
      E1, lang="en", unchanged=True,
      note="Chair removed, Secretary added; 'Still good with everything, except' is unchanged."),

    c("ow64-en-outlook_prefix-reckon-eleven", "outlook_prefix", "Rachel Greaves",
      "Hiya,\n\nI reckon it's about eleven years now, give or take. Time-wise I'm a bit more "
      "stretched than last year, so put me down for some. Also I've left the PFAS group (it "
      "clashed with my Tuesday site visits).\n\nCheers\nRachel",
      {"experience": "11", "time": "Some", "groups": "Inspection network"},
      E2, lang="en",
      note="'I reckon about eleven, give or take' is recorded as 11: an estimate, not a range. "
           "'put me down for some' is Some."),

    c("ow64-en-iphone-danish-on-english-form", "iphone", "Jens Mikkelsen",
      "Hej, jeg ved ikke hvorfor jeg har fået den engelske udgave 🙂 Kan I rette det?\n\n"
      "Men: spildevand og støj passer stadig, tilføj gerne affald. Ikke formand mere.\n\n"
      "Mvh Jens",
      {"interests": "Wastewater; Waste; Noise", "functions": ""},
      E1, lang="en", flagged=True,
      note="Danish on the English form, recorded in the English option spellings. Asking to get "
           "the Danish form is for the chair: flagged."),

    c("ow64-en-thunderbird-swedish-new-member", "thunderbird", "Erik Nyström",
      "Hi,\n\nErik from Malmö here, new in the group. Interests: avfall (waste) and "
      "buller/noise, and some luft (air). About 8 yrs in the job. Little time, sorry!\n\n"
      "/Erik",
      {"interests": "Waste; Noise; Air", "experience": "8", "time": "Little"},
      {}, lang="en",
      note="Nothing pre-filled. Swedish words with English glosses; 'About 8' recorded as 8."),

    c("ow64-en-owa-co-chair-condition", "owa", "Helen Marsh",
      "Happy to co-chair with Lars if he's up for it, but not on my own. Rest unchanged.\n\n"
      "Helen",
      {},
      E2, lang="en", unchanged=True, ask=["functions"],
      note="Chair on the condition that a colleague shares it: asked, not recorded."),

    c("ow64-en-outlook_ios-range-and-adds", "outlook_ios", "Sune Pedersen",
      "Experience: 15-20 yrs depending how you count\nTime: some\nInterests: add soil + "
      "climate",
      {"interests": "Wastewater; Noise; Soil; Climate", "time": "Some"},
      E1, lang="en", ask=["experience"],
      note="A range of years: asked."),

    c("ow64-en-android-new-baby", "android", "Freya Madsen",
      "Not much time this year I'm afraid, new baby at home 👶 Keep everything else.\n"
      "Best, Freya",
      {"time": "Little"},
      E2, lang="en", unchanged=True,
      note="'Not much time' is Little; the baby is the reason, no absence is announced."),

    c("ow64-en-apple_mail-faroese-ticked", "apple_mail", "Hanna Dam Poulsen",
      "Hi – ticked the boxes below.\nGóðan dag from Tórshavn!\nHanna",
      {"interests": "PFAS; Wastewater; Noise", "functions": "Secretary"},
      E1, lang="en",
      edits=[("set", "[ ] PFAS", "[x] PFAS"), ("set", "[x] Chair", "[ ] Chair"),
             ("set", "[ ] Secretary", "[x] Secretary")],
      note="Crosses changed inside the quoted form."),

    c("ow64-en-outlook-typed-under-questions", "outlook", "William Sørensen",
      "Answers in the form below. Sorry it's late, I've been out on inspections all week.\n\n"
      "William\n\n" + SIG_EN,
      {"interests": "Air; Climate; Power-to-X", "functions": "Consultation coordinator",
       "time": "Some"},
      E2, lang="en",
      edits=[("add", "1. Interests", "Add Power-to-X please (the new e-fuels plant)"),
             ("add", "3. Functions", "Happy to be consultation coordinator"),
             ("add", "5. Time", "Some rather than much this year")],
      note="Own lines typed under the question headings inside the Outlook quote."),
]
