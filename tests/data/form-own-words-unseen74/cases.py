"""Unseen part ow74 of the own-words competence-form replies: an English-leaning round.

Members who prefer English (on the English form, and many on the Danish one), non-native
English, Danish and English mixed in one sentence, British and American phrasing; one member
answers the English form in Danish. Expected answers by hand, as a careful human secretary
records them (see tests/data/form-own-words/README.md). People invented, at example.org.

Policy used throughout: where a member explicitly confirms a question ("Støj og spildevand er
stadig mine områder", "air and climate stay"), the confirmed value is recorded for that
question, since the member said something about it; general "rest as before" is `unchanged`.
"""
# ruff: noqa: E501  (replies are data: their lines are as long as the members wrote them)

from common import E1, E2, S1, S2, S3, S4, SIG_EN, SIG_KOMMUNE, SIG_SHORT, c

CASES = [
    # --- Danish form ----------------------------------------------------------------------
    c("ow74-da-outlook-dutch-english-on-danish-form", "outlook", "Pieter van Dijk", """Hi,

Sorry for answering in English – my Danish is fine for talking but not yet for forms.

A few changes: I don't do air quality any more (a colleague from the technical department took it over in August), but since the summer I handle the noise complaints from industry and restaurants, so please add noise.
Experience: 4 years now.

Other: my maternity cover became a permanent position in October, so the note about June can go.

Everything else is the same as before.

""" + SIG_EN,
      {"interesser": "Spildevand; Støj; Klima", "erfaring": "4",
       "andet": "my maternity cover became a permanent position in October, so the note about "
                "June can go."},
      sent=S2, unchanged=True,
      note="English on the Danish form: air quality -> Luft removed, noise -> Støj added "
           "(noise complaints from industry are still Støj, not IE-direktivet). 'Other:' is the "
           "English label of Andet, so the text is recorded in his words, replacing the June note."),

    c("ow74-da-gmail-mixed-danish-english", "gmail", "Mette Kjærgaard", """Hej!

Quick update fra mig: PFAS er stadig min main thing, men støj er droppet – det har vores nye kollega taget over. Og så vil jeg faktisk hellere være consultation coordinator, altså høringstovholder, end sekretær, if that's ok with you guys.

Resten er fine 👍

Mette""",
      {"interesser": "PFAS", "funktioner": "Høringstovholder"},
      sent=S1, unchanged=True,
      note="Swap of functions: Sekretær -> Høringstovholder ('hellere ... end sekretær'). 'if "
           "that's ok with you guys' is politeness, not a condition. 'Resten er fine' = unchanged."),

    c("ow74-da-iphone-new-baby", "iphone", "Jakob Lund", """All correct except time – little this year I'm afraid. New baby at home 👶

Jakob""",
      {"tid": "Lidt"}, sent=S4, unchanged=True,
      note="The baby is the reason for less time, not an announced absence; nothing for the chair "
           "beyond the answer, so not flagged."),

    c("ow74-da-outlook_mac-british-standing-down", "outlook_mac", "Fiona MacLeod", """Hello all,

Apologies for the slow reply – it's been a hectic autumn.

I'm afraid I shall be standing down as chair at the AGM in March. After eight years I think it's high time someone else had a go, and I'd rather spend my energy on the consultation responses, which I'm very happy to carry on coordinating.

Subject areas: waste and soil as before. I've also picked up all the EIA screenings for the municipality, but I see that's already ticked.

Experience: twenty-one years now, goodness me.

Time: I'd say some rather than little once I've handed over the chair, but until then it really is little.

Best wishes,
Fiona

Fiona MacLeod
Senior Environmental Officer
Eksempel Kommune""",
      {"interesser": "Affald; Jord; VVM", "funktioner": "Høringstovholder", "erfaring": "21"},
      sent=S3, ask=["tid"],
      note="Formand removed (standing down), Høringstovholder kept. Interests confirmed as sent "
           "(EIA = VVM, already ticked). Time is 'little until March, then some': two values "
           "in time, passed on rather than recorded. 'After eight years' is her time as chair, "
           "not experience. Not unchanged: 'as before' is about the subject areas only."),

    c("ow74-da-thunderbird-ticked-in-form", "thunderbird", "Ole Brandt",
      """Hi, I've ticked the changes in the form below.

Cheers
Ole""",
      {"interesser": "PFAS; Støj; Luft", "erfaring": "14"}, sent=S1,
      edits=[("set", "[ ] Luft", "[x] Luft"), ("set", "Svar: 12", "Svar: 14")]),

    c("ow74-da-android-spanish-english", "android", "Lucía Fernández", """Hello,
I answer in english, I hope is ok.

From september I work also with PFAS, and not so much with climate anymore. Wastewater and air is the same.
Groups: only the network for inspection, I leave the PFAS group because it is too many meetings for me now.
Time: much is too much now, please put some.
Years: 3 is not correct, I have 5 years here in Denmark and 7 in Spain before.

Thank you!
Lucía""",
      {"interesser": "PFAS; Spildevand; Luft; Klima", "grupper": "Netværk for miljøtilsyn",
       "tid": "Nogen"},
      sent=S2, ask=["interesser", "erfaring"],
      note="PFAS added with confidence; 'not so much with climate anymore' is less, not stopped, "
           "so Klima is kept and her words passed on. Experience: 5 in Denmark and 7 in Spain "
           "(two numbers, 5 or 12) is asked."),

    c("ow74-da-gmail_android-will-do-later", "gmail_android", "Nikolaj Brix",
      "Thanks, will do it next week when I'm back at my desk 👍",
      {}, sent=S1,
      note="Says nothing about the form."),

    c("ow74-da-outlook_prefix-uk-keyboard", "outlook_prefix", "Birgitte Holm", """Hej

Skriver fra en konference i Edinburgh paa en laant laptop, saa undskyld de manglende danske bogstaver.

Tilfoej gerne Jord og Stoej - vi har faaet flere jordforureningssager og stoejklager ind efter omstruktureringen.
Erfaring: 10 aar nu.
Hoeringstovholder fortsaetter jeg gerne med.

Resten er uaendret.

Mvh Birgitte""",
      {"interesser": "PFAS; Affald; Støj; Jord", "funktioner": "Høringstovholder",
       "erfaring": "10"},
      sent=S4, unchanged=True,
      note="oe/aa spellings on a British keyboard. Høringstovholder is confirmed as sent."),

    c("ow74-da-apple_mail-american-new-hire", "apple_mail", "Kristin Miller", """Hi there!

I'm the new hire in the environmental department here – started November 2nd, so bear with me while I learn the ropes (and the Danish!).

Here's my info:
- I mostly handle wastewater discharge permits and stormwater, plus some PFAS sampling around the old fire training site.
- I went to the inspection network meeting last week and plan to keep going.
- I'd be glad to help out as secretary / take notes, no problem.
- Experience: 6 years, all of it back in Minnesota.
- Time: a fair amount – let's say some.

Looking forward to meeting everyone!

Best,
Kristin""",
      {"interesser": "PFAS; Spildevand", "grupper": "Netværk for miljøtilsyn",
       "funktioner": "Sekretær", "erfaring": "6", "tid": "Nogen"},
      sent={}, ask=["interesser"],
      note="New member, nothing pre-filled. Stormwater is no option (could be Spildevand or "
           "Klima), passed on; PFAS and Spildevand recorded. 'a fair amount – let's say some' "
           "settles on Nogen."),

    c("ow74-da-outlook_ios-same-same", "outlook_ios", "Søren Dahl",
      "Add klima pls, drop støj. Ellers same same 🙂",
      {"interesser": "PFAS; Klima"}, sent=S1, unchanged=True),

    c("ow74-da-owa_html-ptx-taskforce", "owa_html", "Camilla Brask", """Hej tovholder

Her kommer min opdatering for 2026.

Jeg er kommet med i vores nye "PtX task force" omkring det planlagte brintanlæg ved havnen, så sæt gerne kryds ved Power-to-X. Spildevand og klima har jeg stadig, men luft er overgået til vores miljøteknikere.

Grupper: Jeg er stoppet i PFAS-arbejdsgruppen pr. 1. november – fortsætter i netværket.

Funktioner: Sekretær kan jeg godt tage, jeg har alligevel ansvaret for referater i vores team.

Erfaring: 4 år.

Andet: Vikariatet er forlænget til udgangen af 2027.

""" + SIG_KOMMUNE,
      {"interesser": "Spildevand; Klima; Power-to-X", "grupper": "Netværk for miljøtilsyn",
       "funktioner": "Sekretær", "erfaring": "4",
       "andet": "Vikariatet er forlænget til udgangen af 2027."},
      sent=S2,
      note="'sæt gerne kryds ved Power-to-X' is explicit, so the hydrogen plant needs no asking. "
           "'netværket' is the only network left: Netværk for miljøtilsyn."),

    c("ow74-da-thunderbird_bottom-drop-coordinator", "thunderbird_bottom", "Claus Vestergaard",
      """Same as last year, but I'm twenty-two years in now, and I'd like to drop the consulation coordinator bit – chairing plus hearings is too much on top of my inspections.

Claus""",
      {"funktioner": "Formand", "erfaring": "22"}, sent=S3, unchanged=True,
      note="English on the Danish form, bottom-posted; 'consulation coordinator' (typo) = "
           "Høringstovholder, removed; he keeps chairing."),

    c("ow74-da-outlook_android-sick-leave", "outlook_android", "Tine Rasmussen",
      """Hi – I'm on sick leave untill mid January, so I won't make the December meeting. Form is fine as it is, no changes.

Tine""",
      {}, sent=S1, unchanged=True, flagged=True,
      note="Absence from the December meeting: for the chair, belongs to no question."),

    c("ow74-da-apple_forward-from-private", "apple_forward", "Mads Kirkegaard",
      """Sender lige fra min private – kan ikke logge på arbejdsmailen i weekenden.

Interests: affald og luft, og nu også jord. Time: some from now on, I've got fewer cases.
Resten passer.

Mads""",
      {"interesser": "Affald; Luft; Jord", "tid": "Nogen"},
      sent={"interesser": "Affald; Luft", "grupper": "Netværk for miljøtilsyn", "funktioner": "",
            "erfaring": "5", "tid": "Lidt"},
      unchanged=True,
      note="Forwarded from his private iPhone to the group address; the reply is his. "
           "'Resten passer' = unchanged."),

    c("ow74-da-gmail-county-years", "gmail", "Emma Thorsen", """Hi,

Two things:

1) I'd like to drop secretary – I've done the minutes for three years now and it's someone else's turn.
2) Experience: that depends on how you count. Twenty-three years if you include my time at the old county (amtet), otherwise fourteen.

Otherwise all good.

Emma""",
      {"funktioner": ""}, sent=S1, unchanged=True, ask=["erfaring"],
      note="Two numbers for experience (23 or 14): which one counts is for the chair. 'three "
           "years' is her time as secretary, not experience."),

    c("ow74-da-outlook-chair-if-jens", "outlook", "Rasmus Vinther",
      """Kommentar i skemaet nedenfor. Ellers uændret.

Rasmus""",
      {}, sent=S4, unchanged=True, ask=["funktioner"],
      edits=[("append", "[ ] Formand", "   <-- only if Jens doesn't run again")],
      note="Chair only on a condition about someone else: passed on, not recorded; his "
           "Høringstovholder stays as sent."),

    c("ow74-da-iphone-arrows-in-form", "iphone", "Sofie Lykke", "Se mine rettelser i skemaet 🙂",
      {"interesser": "Spildevand; Luft", "erfaring": "4"}, sent=S2,
      edits=[("append", "[x] Klima", "  <- not anymore"), ("set", "Svar: 3", "Svar: 4")],
      note="The arrow typed after the ticked Klima removes it, though the x was left."),

    c("ow74-da-owa-english-option-names", "owa", "Jonas Friis",
      """Hi, in English if that's ok (I write most things in English these days – half my team is international):

Interests: waste, soil, EIA, and now also IED – we got two new IED installations in the district this year.
Experience: 16 years.
Rest unchanged.

/Jonas""",
      {"interesser": "Affald; Jord; VVM; IE-direktivet", "erfaring": "16"},
      sent={"interesser": "Affald; Jord; VVM", "grupper": "Netværk for miljøtilsyn",
            "funktioner": "", "erfaring": "15", "tid": "Nogen"},
      unchanged=True,
      note="English names of the Danish options: EIA = VVM, IED = IE-direktivet (Industrial "
           "Emissions Directive), waste = Affald, soil = Jord."),

    c("ow74-da-android-time-range", "android", "Kasper Holt",
      """Hi! I've joined the PFAS wroking group since October, so please add that. Time: somewhere between little and some, it really depends on how many PFAS cases land on my desk in the spring.

Kasper""",
      {"grupper": "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS"}, sent=S4, ask=["tid"],
      note="Time between two options: a range, passed on."),

    c("ow74-da-outlook_html-what-counts-as-experience", "outlook_html", "Line Bach", """Hej

Quick question before I fill this in properly: does 'erfaring' mean years in environmental inspection only, or in the municipality in total? For me it's 12 vs. 17.

I'll do the rest tomorrow.

""" + SIG_SHORT,
      {}, sent=S1, ask=["erfaring"],
      note="A question about the form with two numbers; nothing recorded (12 is on file anyway). "
           "'I'll do the rest tomorrow' is not 'as before'."),

    c("ow74-da-gmail_android-lowercase-new", "gmail_android", "Ahmed Khalil",
      """hej, new here (started in the kommune in october)
støj og luft mostly, industry
no groups yet
secretary ok, not chair
2 years
time: lidt for now""",
      {"interesser": "Støj; Luft", "grupper": "", "funktioner": "Sekretær", "erfaring": "2",
       "tid": "Lidt"},
      sent={}, ask=["interesser"],
      note="New member, nothing pre-filled. 'industry' is no option (IE-direktivet? or only the "
           "kind of noise and air cases): passed on, Støj and Luft recorded. 'no groups yet' "
           "recorded as none."),

    c("ow74-da-apple_mail-retiring", "apple_mail", "Poul Erik Madsen", """Hi,

Just so you know: I'm retiring at the end of February after 34 years in the municipality. Until then nothing changes, so keep the form as it is – I'd like to be at the January meeting and hand over the consultation work properly. After that please take me off the list.

It's been a real pleasure working with you all.

Warm regards,
Poul Erik""",
      {}, sent=S3, unchanged=True, flagged=True,
      note="Leaving the group (retirement) is for the chair. '34 years in the municipality' is "
           "not an answer to experience on the area (20 on file), and he asks to keep the form "
           "as it is."),

    c("ow74-da-outlook_mac_html-pfas-lead", "outlook_mac_html", "Katrine Munk", """Hi!

Big news on my side: I've taken over as lead on our PFAS groundwater mapping, so I actually have a lot more time for the group now – please put me down for 'meget'.

I'd also be happy to be høringstovholder, but only for PFAS consultations – the other stuff I don't have the background for. Still fine to do the minutes.

Katrine""",
      {"funktioner": "Høringstovholder; Sekretær", "tid": "Meget"}, sent=S1,
      ask=["funktioner"],
      note="Høringstovholder offered (recorded) but limited to PFAS consultations: the limit is "
           "passed on. 'do the minutes' = Sekretær kept. Groundwater is part of her PFAS work, "
           "not a new subject."),

    c("ow74-da-thunderbird-german-english", "thunderbird", "Julia Becker", """Hello,

I answer in English, my Danish writing is still too slow for this.

Since August I also have the noise cases from the industry companies (in German we say Lärm, I always forget the Danish word). I think I have 9 years now and not 8 – I started in 2017 in Hamburg.

The rest is ok as it is.

Best regards
Julia Becker""",
      {"interesser": "PFAS; Affald; Støj", "erfaring": "9"}, sent=S4, unchanged=True,
      note="'9 years now and not 8' is the answer; the year 2017 only explains it (and agrees)."),

    # --- English form ---------------------------------------------------------------------
    c("ow74-en-outlook-british-seconded", "outlook", "Helen Carter", """Hi,

All correct bar the time, I'm afraid – it'll be little this year as I'm seconded to the regional water project until June.

Best,
Helen""",
      {"time": "Little"}, sent=E1, lang="en", unchanged=True,
      note="'bar' = except. The secondment is the reason for Little, not an absence announced "
           "to the chair."),

    c("ow74-en-gmail-american-bullets", "gmail", "Michael Brooks", """Hey there,

Thanks for sending this out. A few updates on my end:

- I've been pulled onto the Power-to-X permitting for the new hydrogen plant, so please add Power-to-X. Air and climate stay.
- I'm stepping back from the PFAS working group – I'll stay in the inspection network though.
- Happy to be secretary / take the minutes if you need one.
- Experience: 11 years as of this fall.

Other: I'll be out on paternity leave Feb 1 – Mar 15.

Thanks!

""" + SIG_EN,
      {"interests": "Air; Climate; Power-to-X", "groups": "Inspection network",
       "functions": "Secretary", "experience": "11",
       "other": "I'll be out on paternity leave Feb 1 – Mar 15."},
      sent=E2, lang="en",
      note="The leave is labelled 'Other:' and recorded there, so it belongs to a question and "
           "is not flagged separately. 'if you need one' is the usual 'if needed', recorded."),

    c("ow74-en-iphone-danish-on-english-form", "iphone", "Morten Skov", """Hej, svarer lige på dansk 🙂

Jeg vil gerne stoppe som formand efter fire år – men fortsætter gerne som høringstovholder, hvis I vil have mig.
Støj og spildevand er stadig mine områder.

Mvh Morten""",
      {"interests": "Wastewater; Noise", "functions": "Consultation coordinator"},
      sent=E1, lang="en",
      note="Danish on the English form; answers in the English form's spelling. Chair removed, "
           "consultation coordinator taken on ('hvis I vil have mig' is politeness). 'fire år' "
           "is his time as chair, not experience. Interests confirmed as sent."),

    c("ow74-en-thunderbird-finnish-ticks", "thunderbird", "Anneli Virtanen",
      """Hello, I marked the changes in the form.

Best regards, Anneli""",
      {"interests": "Air; Soil; Climate", "groups": "Inspection network", "experience": "11",
       "other": "Part-time (80%) from January"},
      sent=E2, lang="en",
      edits=[("set", "[ ] Soil", "[x] Soil"),
             ("set", "[x] PFAS working group", "[ ] PFAS working group"),
             ("set", "Answer: 10", "Answer: 11"),
             ("set", "Answer:", "Answer: Part-time (80%) from January", "6. Other")],
      note="Typed in the answer line of Other: labelled by the form itself."),

    c("ow74-en-owa-polish-new-member", "owa", "Tomasz Nowak", """Good morning,

I am new in the group from November, so I fill the form for the first time.

I work mainly with waste and with soil contamination, also some PFAS in soil.
I am not in any working group yet.
Functions: I think it is too early for me, maybe next year.
Experience: 7 years in Poland + 1 year here.
Time: some.

Regards
Tomasz Nowak""",
      {"interests": "PFAS; Waste; Soil", "groups": "", "functions": "", "time": "Some"},
      sent={}, lang="en", ask=["experience"],
      note="New member, nothing pre-filled. No functions this year. Experience given as 7 + 1: "
           "probably 8, but two numbers in one answer, so passed on rather than summed by the "
           "secretary."),

    c("ow74-en-outlook_android-no-changes", "outlook_android", "Rikke Aagaard", "no changes 👍",
      {}, sent=E1, lang="en", unchanged=True),

    c("ow74-en-apple_mail-moving-to-aarhus", "apple_mail", "David Okafor", """Hi,

Just a heads-up that I'm moving to the regional office in Aarhus in February, so I'll have to leave the group. I'll still be at the January meeting though.

Haven't filled in the form, as there's not much point now.

Cheers,
David""",
      {}, sent=E2, lang="en", flagged=True,
      note="Leaving the group: for the chair. He says he has not filled in the form, which is "
           "not 'as before'."),

    c("ow74-en-outlook_prefix-chair-one-more-year", "outlook_prefix", "Sarah Lindqvist",
      """Experience: 21.
Interests: please add Climate – climate adaptation is basically half my job now.
Functions: happy to remain chair for one more year, but after that someone else will have to take over.

Sarah""",
      {"interests": "Wastewater; Noise; Climate", "functions": "Chair", "experience": "21"},
      sent=E1, lang="en",
      note="Chair confirmed for this round; 'one more year' fits a yearly form, so recorded "
           "without asking. A reader might want it flagged for succession planning."),

    c("ow74-en-gmail_android-ranges", "gmail_android", "Jesper Mikkelsen", """hi
time: some to much, depends on the month
exp. 10-11 yrs, can't remember exactly when I started
rest same
/jesper""",
      {}, sent=E2, lang="en", unchanged=True, ask=["time", "experience"],
      note="Two ranges: time between Some and Much, experience 10-11. Both passed on."),
]
