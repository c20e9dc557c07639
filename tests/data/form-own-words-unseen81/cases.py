# ruff: noqa: E501
"""Unseen part 81 of the own-words competence-form replies: an English-form round (with some
replies on the Danish form) from members who are not native speakers of English or Danish.
Written blind, by hand; people invented, at example.org."""

from common import E1, E2, S1, S2, S3, S4, SIG_EN, SIG_KOMMUNE, SIG_SHORT, c  # noqa: F401

# Extra English sent profiles (the values the form showed pre-filled).
E3 = {"interests": "Waste; Soil", "groups": "Inspection network", "functions": "",
      "experience": "21", "time": "Some"}
E4 = {"interests": "Noise; Air", "groups": "Inspection network", "functions": "",
      "experience": "10", "time": "Little"}
E5 = {"interests": "Climate; Power-to-X", "groups": "", "functions": "Secretary",
      "experience": "5", "time": "Some"}
E6 = {"interests": "Wastewater; Soil", "groups": "Inspection network; PFAS working group",
      "functions": "Secretary", "experience": "13", "time": "Some"}
E7 = {"interests": "Air", "groups": "", "functions": "", "experience": "3", "time": "Some"}
E8 = {"interests": "PFAS", "groups": "", "functions": "", "experience": "10", "time": "Some"}
D5 = {"interesser": "PFAS; Affald", "grupper": "", "funktioner": "", "erfaring": "2",
      "tid": "Lidt"}

CASES = [
    # --- English form -------------------------------------------------------------------------
    c("ow81-en-outlook-german-adds-air-steps-down-as-chair", "outlook", "Jürgen Hoffmann",
      """Dear colleagues,

thank you for sending the form. Please find my answers below, I hope it is okay that I write them here and not in the form.

- Interests: Wastewater and Noise are still correct. Please add Air, because since the summer I am also responsible for the air permits of the asphalt plant.
- Chair: I must unfortunately step back from this function. It is now four years and I think somebody else should have the chance. If it helps, I can be the secretary instead.
- Experience: 21 years now (I started in 2005 at the Umweltamt in Hamburg).

The rest stays like it is.

Mit freundlichen Grüßen /
""" + SIG_EN,
      {"interests": "Wastewater; Noise; Air", "functions": "Secretary", "experience": "21"},
      sent=E1, lang="en", unchanged=True,
      note="Chair removed, Secretary added ('If it helps, I can be the secretary instead' is an "
           "offer, the question asks what he could take on). The year 2005 only explains the "
           "21 he states."),

    c("ow81-en-gmail-swede-little-time-otherwise-as-before", "gmail", "Lena Lindqvist",
      """Hej!

Everything is like before except the time. We are two persons short at the office since October so put me on little for now.

Ha det bra,
Lena""",
      {"time": "Little"}, sent=E2, lang="en", unchanged=True,
      note="Swedish greeting/closing; 'for now' is a reason, not a condition on the answer."),

    c("ow81-en-thunderbird-dutch-new-member-fills-form", "thunderbird", "Pieter van Dijk",
      """Hi,

I have filled in the form below. It is my first time, so please tell me if something is wrong.

Met vriendelijke groet / best regards,
Pieter van Dijk
Example Municipality (Environment)""",
      {"interests": "PFAS; Soil", "groups": "Inspection network", "experience": "7",
       "time": "Some", "other": "Part time (30 hours/week)"},
      sent={}, lang="en",
      edits=[("set", "[ ] PFAS", "[x] PFAS"), ("set", "[ ] Soil", "[x] Soil"),
             ("set", "[ ] Inspection network", "[x] Inspection network"),
             ("set", "Answer:", "Answer: 7", "4. Experience"),
             ("set", "[ ] Some", "[x] Some"),
             ("set", "Answer:", "Answer: Part time (30 hours/week)", "6. Other")],
      note="All answers typed into the quoted form; the Other line is his, typed on its "
           "Answer: line."),

    c("ow81-en-outlook-ios-dane-left-pfas-group", "outlook_ios", "Mette Kjærgaard",
      """Same as last year but I'm out of the PFAS group now.

/Mette""",
      {"groups": "Inspection network"}, sent=E2, lang="en", unchanged=True),

    c("ow81-en-owa-greenlandic-leave-no-chair-2027", "owa", "Aviaja Kleist",
      """Hi,

Short answer from me: I will be on barselsorlov (maternity leave) from February to end of May, so please put my time to little. I cannot be chair in 2027, sorry – can you ask the group who will take over? Interests are the same.

Aviaja""",
      {"time": "Little", "functions": ""}, sent=E1, lang="en", flagged=True,
      note="Chair removed (her only function). Flagged: leave Feb-May and the question of who "
           "takes over as chair are for the chair. 'Interests are the same' covers one question "
           "only, so not unchanged."),

    c("ow81-en-apple-mail-dane-british-amendments", "apple_mail", "Henrik Brøndum",
      """Dear Secretary,

Many thanks for this. A few amendments, if I may:

I have taken over the EIA portfolio (VVM, as we say) after Birthe retired, so please tick EIA as well. I should also be happy to act as consultation coordinator again, as I did in 2023.

Experience: twenty-two years as of this autumn.

Time: I'm afraid rather little – the EIA cases are rather heavy.

Otherwise all as before.

Best wishes,
Henrik

Henrik Brøndum
Senior Adviser, Environment
Example Municipality""",
      {"interests": "Waste; Soil; EIA", "functions": "Consultation coordinator",
       "experience": "22", "time": "Little"},
      sent=E3, lang="en", unchanged=True,
      note="'rather little' is Little; 'twenty-two' as digits; 2023 is history, not an answer."),

    c("ow81-en-gmail-android-dane-add-pfas-group", "gmail_android", "Sofie Dahl",
      "Hey! Pls add me to the PFAS working group too 🙌 thx\nSofie",
      {"groups": "Inspection network; PFAS working group"}, sent=E1, lang="en"),

    c("ow81-en-outlook-mac-norwegian-fifteen-not-five", "outlook_mac", "Ingrid Solberg",
      """Hi,

Experience should be fifteen years, not 5 – I think it went wrong last year. And time: much, the hydrogen project is finally approved so I have more room for the group now.

Hilsen Ingrid""",
      {"experience": "15", "time": "Much"}, sent=E5, lang="en",
      note="'hydrogen project' is only the reason for more time, not an interest."),

    c("ow81-en-outlook-prefix-dane-experience-range", "outlook_prefix", "Rasmus Holm",
      """Hi

Noise and air is still correct, but please add wastewater as well.

Regarding experience: it is somewhere between 10 and 12 years, depending on whether you count my trainee years at the county.

Rasmus""",
      {"interests": "Wastewater; Noise; Air"}, sent=E4, lang="en", ask=["experience"],
      note="Experience given as a range (10-12): passed on, sent value kept."),

    c("ow81-en-owa-html-german-new-member-all-except", "owa_html", "Frieda Lorenzen",
      """Hello,

I am new in the group – I started on 1 November in the environment department here, before that I worked nine years at the Kreis Nordfriesland on the other side of the border.

Interests: all of them except IED and Power-to-X.
Groups: none yet.
Functions: nothing for the first year, please.
Experience: 9 years.
Time: some.

Viele Grüße
Frieda Lorenzen""",
      {"interests": "PFAS; Wastewater; Waste; Noise; Air; Soil; Climate; EIA", "groups": "",
       "functions": "", "experience": "9", "time": "Some"},
      sent={}, lang="en",
      note="Nothing was pre-filled; 'none yet' and 'nothing for the first year' are explicit "
           "empty answers (recorded as \"\"). Being new is not for the chair."),

    c("ow81-en-thunderbird-german-asks-what-coordinator-means", "thunderbird", "Matthias Becker",
      """Hello,

before I answer the question about functions: what exactly is meant with "Consultation coordinator"? Is it only for the national consultations (the høringer from Miljøstyrelsen) or also the local plans? If it is only the national ones I can do it.

Interests: Air, Noise and Power-to-X (we have the new electrolysis plant at the harbour).

Best regards, Matthias""",
      {"interests": "Noise; Air; Power-to-X"}, sent=E7, lang="en", ask=["functions"],
      note="Consultation coordinator only on a condition that depends on the chair's answer to "
           "his question: passed on."),

    c("ow81-en-outlook-android-dane-chair-only-if-lars", "outlook_android", "Jeppe Lauridsen",
      """I can be chair, but only if Lars continues as secretary. If not, then consultation coordinator instead. Rest as before.

Br Jeppe""",
      {}, sent=E2, lang="en", ask=["functions"], unchanged=True,
      note="Both functions hang on a condition on someone else (Lars): nothing recorded for "
           "functions, passed on."),

    c("ow81-en-apple-forward-dane-forwarded-by-mistake", "apple_forward", "Anders Vestergaard",
      """Sorry, I think I forwarded this instead of replying. Anyway:
Interests: PFAS, waste and soil - not air and climate anymore, new job in the soil team since September.
Time: some

Anders""",
      {"interests": "PFAS; Waste; Soil", "time": "Some"}, sent=E2, lang="en",
      note="A forward to the group address, not a reply; the new job is only the reason."),

    c("ow81-en-outlook-html-german-arrow-not-chair", "outlook_html", "Uwe Petersen",
      """Hi, I made my changes directly in the form (see below).

Gruß
Uwe""",
      {"functions": "", "experience": "21"}, sent=E1, lang="en",
      edits=[("append", "[x] Chair", "   <-- not anymore, sorry!"),
             ("set", "Answer: 20", "Answer: 21")],
      note="HTML-only Outlook. The cross on Chair is left but the typed arrow says not anymore: "
           "Chair removed."),

    c("ow81-en-owa-danish-on-english-form", "owa", "Peter Aagaard",
      """Hej – jeg svarer lige på dansk, håber det er ok 🙂

Tilføj gerne støj og fjern klima, det har vi fået en klimakoordinator til. Jeg kan godt tage sekretærjobbet. Og så har jeg 6 års erfaring, ikke 10 – der må være sket en fejl.

Mvh Peter""",
      {"interests": "Noise; Air", "functions": "Secretary", "experience": "6"},
      sent=E2, lang="en",
      note="Danish on the English form; answers in the English form's spellings."),

    c("ow81-en-iphone-dane-typos-soil-climate", "iphone", "Julie Frandsen",
      "ad soil and climat pls. im in the inspection netwrok too now. 11 yrs",
      {"interests": "PFAS; Soil; Climate", "groups": "Inspection network", "experience": "11"},
      sent=E8, lang="en"),

    c("ow81-en-thunderbird-bottom-dutch-geluid-leaves-network", "thunderbird_bottom",
      "Marloes Bakker",
      """Hoi / Hi,

Some changes from my side:

I am now also doing the geluid – sorry, noise :) – for the new wind turbines at Hedegaard, so please add noise.

I would like to step out of the inspection network. Too many meetings (te veel vergaderingen!) and the PFAS group is more relevant for me.

Time: a bit less than last year, so little I think.

Experience: 14 years, 6 at the DCMR in Rotterdam and 8 here.

Groetjes,
Marloes""",
      {"interests": "Wastewater; Noise; Soil", "groups": "PFAS working group",
       "time": "Little", "experience": "14"},
      sent=E6, lang="en",
      note="'so little I think' is her choice of Little; 14 is the total she states (6 + 8). "
           "Leaving one network is an answer to Groups, not leaving the group."),

    c("ow81-en-outlook-swede-groundwater-since-2011", "outlook", "Oskar Nilsson",
      """Hi!

Here are my answers:
Interests: Wastewater, Soil and groundwater (grundvatten) – I know groundwater is not on the list, but it is most of my work, so maybe you can add it?
Experience: I have worked in the field since 2011.
Time: some.

Med vänliga hälsningar
Oskar Nilsson""",
      {"interests": "Wastewater; Soil", "time": "Some"}, sent={}, lang="en",
      ask=["interests", "experience"],
      note="Groundwater is no option (and he asks to add it): passed on, the two options "
           "recorded. A year instead of a number of years: passed on."),

    c("ow81-en-outlook-mac-dane-who-else-secretary", "outlook_mac", "Signe Bach",
      """Hi, quick q before I tick secretary: can I see who else has signed up for it? Don't want to step on anyone's toes.
Time-wise: little until the new colleague starts in February, after that much.

Signe""",
      {}, sent=E1, lang="en", ask=["functions", "time"],
      note="Secretary is not ticked yet: she wants to see who else signed up first, so her "
           "words on functions go to the chair (sent Chair kept). Time is two values over the "
           "year: passed on."),

    c("ow81-en-outlook-mac-html-dane-retiring-march", "outlook_mac_html", "Bent Christoffersen",
      """Dear all,

I retire at the end of March 2027, so I had better not take on anything new. Please take me off as chair – I'll gladly hand over at the February meeting. I'll stay in the inspection network until I leave.

Time: little.

All the best,
Bent""",
      {"functions": "", "time": "Little"}, sent=E1, lang="en", flagged=True,
      note="Retiring and leaving the group in March, hand-over of the chair: for the chair. "
           "The inspection network is kept (same as sent)."),

    c("ow81-en-owa-dane-changes-in-form-with-comment", "owa", "Louise Thygesen",
      """Hi,

I've made my changes in the form below.

Mvh Louise""",
      {"interests": "Soil; Climate", "groups": "Inspection network"}, sent=E2, lang="en",
      edits=[("set", "[ ] Soil", "[x] Soil"), ("set", "[x] Air", "[ ] Air"),
             ("set", "[x] PFAS working group", "[ ] PFAS working group"),
             ("add", "[ ] PFAS working group", "(left it in September)")]),

    c("ow81-en-android-swede-allt-som-forut", "android", "Johan Ek",
      "No changes from my side – allt som förut!\n\n/Johan",
      {}, sent=E4, lang="en", unchanged=True,
      note="Samsung Email. 'allt som förut' is Swedish for 'all as before'."),

    c("ow81-en-gmail-german-ten-percent", "gmail", "Stefanie Wolf",
      """Hello,

for the time I can say about 10 % of my working hours. Is that "some" or "little"? Everything else is correct.

Stefanie""",
      {}, sent=E1, lang="en", ask=["time"], unchanged=True,
      note="A percentage is no option and she asks which it is: passed on."),

    c("ow81-en-outlook-android-dane-american-heads-up-odour", "outlook_android", "Kasper Riis",
      """Hi there!

Quick heads-up: I'm switching to 30 hrs/week from January, so put me down for "some" instead of "much". Also, I'd love to pitch in as consultation coordinator.

Noise: yes, add it. And odor – I handle a ton of odor complaints these days, not sure which box that is?

Thanks a bunch,
Kasper""",
      {"time": "Some", "functions": "Consultation coordinator",
       "interests": "Noise; Air; Climate"},
      sent=E2, lang="en", ask=["interests"],
      note="Odour is no option (Air would be a guess): passed on; Noise recorded."),

    # --- Danish form --------------------------------------------------------------------------
    c("ow81-da-iphone-greenlandic-moves-to-nuuk", "iphone", "Naja Lynge",
      """Hej

Jeg flytter hjem til Nuuk i januar og har fået job ved Kommuneqarfik Sermersooq, så jeg må desværre sige farvel til gruppen. Tak for nogle gode år 🙁

Qujanaq
Naja""",
      {}, sent=S4, flagged=True, note="Leaves the group; nothing to record."),

    c("ow81-da-outlook-german-writes-english", "outlook", "Katrin Schulz",
      """Hello,

sorry that I answer in English, my written Danish is still not so good.

I am working now also with soil (jord) and the IE directive. Please take away waste (affald), a colleague from the team has it now.
Experience: 9 years.

The rest you can leave as it is.

Best regards
Katrin Schulz""",
      {"interesser": "PFAS; Jord; IE-direktivet", "erfaring": "9"}, sent=S4, unchanged=True,
      note="English on the Danish form; answers in the Danish form's spellings."),

    c("ow81-da-thunderbird-bottom-swede-writes-swedish", "thunderbird_bottom", "Erik Johansson",
      """Hej!

Jag svarar här nere. Inget nytt egentligen, förutom att jag numera också jobbar med buller (støj på danska) efter omorganisationen i augusti. Och jag vill gärna vara med i nätverket för miljötillsyn.

Erfarenhet: 21 år nu.

Mvh
Erik Johansson
Miljöinspektör""",
      {"interesser": "Affald; Støj; Jord; VVM", "grupper": "Netværk for miljøtilsyn",
       "erfaring": "21"},
      sent=S3, unchanged=True,
      note="Swedish: buller = støj, nätverket för miljötillsyn = Netværk for miljøtilsyn; "
           "'Inget nytt egentligen, förutom' = nothing new except."),

    c("ow81-da-gmail-android-greenlandic-qujanaq", "gmail_android", "Maliina Petersen",
      "Qujanaq 🙂", {}, sent=S1,
      note="Greenlandic for thank you; nothing about the form."),

    c("ow81-da-gmail-dane-danglish-same-same", "gmail", "Camilla Nørgaard",
      """Hej

Kort update: jeg er mega busy med PFAS-sagerne lige nu, så tid = lidt. Drop støj, det er handed over til Jonas.

Ellers same same 😊

Camilla""",
      {"interesser": "PFAS", "tid": "Lidt"}, sent=S1, unchanged=True),

    c("ow81-da-outlook-html-greenlandic-andet-in-form-absent-january", "outlook_html",
      "Kuupik Berthelsen",
      """Kære tovholder

Tak for skemaet. Jeg arbejder stadig med spildevand og klima, men luft er gået videre til vores nye kollega. I må gerne skrive mig på som sekretær – det har jeg prøvet før i Sisimiut.

Jeg har rettet det under Andet nede i skemaet, for barselsvikariatet er blevet til en fast stilling.

Jeg er i øvrigt i Grønland over jul og nytår og kan ikke nå mødet den 7. januar.

""" + SIG_KOMMUNE,
      {"interesser": "Spildevand; Klima", "funktioner": "Sekretær",
       "andet": "Fastansat fra 1. november 2026"},
      sent=S2, flagged=True,
      edits=[("set", "Svar: Barselsvikar til juni", "Svar: Fastansat fra 1. november 2026")],
      note="HTML-only Outlook. Andet rewritten on its Svar: line in the form. Flagged: absent "
           "from the meeting on 7 January."),

    c("ow81-da-android-faroese-ja-takk-pfas-gruppen", "android", "Rúni Joensen",
      "Hey! Ja takk – sæt meg gjarna á PFAS-gruppuna 😄 Ellers er alt sum í fjør (som sidste "
      "år).\nRúni",
      {"grupper": "Arbejdsgruppe om PFAS"}, sent=S3, unchanged=True,
      note="Samsung Email. Faroese mixed with Danish: 'PFAS-gruppuna' is the PFAS working "
           "group; 'alt sum í fjør (som sidste år)' = as last year."),

    c("ow81-da-apple-mail-german-writes-danish-meget-tid", "apple_mail", "Thomas Krüger",
      """Hej

Jeg har nu mere tid, så "meget" venligst. Jeg er også interesseret i luft og klima, det er nyt for mig siden sommer.
Min erfaring er 6 år (3 i Tyskland og 3 her).

Venlig hilsen
Thomas""",
      {"tid": "Meget", "interesser": "PFAS; Støj; Luft; Klima", "erfaring": "6"}, sent=S1,
      note="6 is the total he states; the 3 + 3 only explains it."),

    c("ow81-da-outlook-prefix-dutch-ja-nee-nej", "outlook_prefix", "Daan Mulder",
      """Hallo,

I can not read everything yet but: PFAS ja, spildevand ja, affald nee – nej! :)
Tid: nogen.

Daan""",
      {"interesser": "PFAS; Spildevand", "tid": "Nogen"}, sent=D5,
      note="Dutch/English/Danish mix: Affald removed, Spildevand added."),

    c("ow81-da-outlook-ios-dane-british-soil-team", "outlook_ios", "Ditte Lund",
      """Hiya – apologies, typing on the go. I've moved across to the soil team, so Jord rather than Spildevand.

Cheers,
Ditte""",
      {"interesser": "Luft; Jord; Klima"}, sent=S2,
      note="English on the Danish form: Spildevand swapped for Jord, Luft and Klima kept."),
]
