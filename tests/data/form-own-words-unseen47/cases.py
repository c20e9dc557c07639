"""Part 47 of the unseen own-words form replies (issue 14), written blind, by hand.

Each case: id, client, member name, the member's own text, what a careful human secretary records
(`answers`, per question id, in the form's option spelling, multi = whole resulting set in form
order), the questions she passes on to the chair (`ask`), `flagged`, `unchanged`, `sent` (the
pre-filled values), `edits` to the quoted form (crosses, typed lines). People invented, at
example.org.
"""

from __future__ import annotations

from common import E1, E2, S1, S2, S3, S4, SIG_EN, SIG_KOMMUNE, SIG_SHORT, c

# own pre-filled profiles of this part
P1 = {"interesser": "Støj; Luft", "grupper": "", "funktioner": "", "erfaring": "30", "tid": "Lidt"}
P2 = {"interesser": "Spildevand; Jord; Klima", "grupper": "Netværk for miljøtilsyn",
      "funktioner": "Sekretær", "erfaring": "5", "tid": "Nogen"}

SIG_TEKNIK = """Med venlig hilsen

{name}
Specialkonsulent, miljøtilsyn
Teknik og Miljø | Eksempel Kommune
Rådhuspladsen 2 · 9999 Eksempelby
Mobil: 00 00 00 00
anders.thygesen@example.org

Eksempel Kommune behandler personoplysninger i overensstemmelse med databeskyttelsesforordningen \
(GDPR). Læs mere på www.example.org/gdpr
Tænk på miljøet, før du printer denne e-mail."""

SIG_EN_DISCLAIMER = SIG_EN + """

CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the addressee and \
may contain confidential information. If you have received it in error, please notify the sender \
and delete it. Example Municipality processes personal data in accordance with the GDPR."""


CASES = [
    # 1 Long Outlook mail, reasons around every change, compounds ("affaldsområdet",
    #   "formandsposten"), experience as a label word inside a sentence, full signature.
    c("ow47-da-outlook-nyt-job-lang-mail", "outlook", "Henrik Bøgelund",
      "Hej\n\n"
      "Tak for skemaet, og undskyld det sene svar.\n\n"
      "Jeg er pr. 1. oktober flyttet fra affaldsområdet over til spildevand, så affald skal ud "
      "og spildevand ind. Jord og VVM har jeg stadig.\n\n"
      "Jeg fortsætter gerne som høringstovholder, men formandsposten må en anden tage over – "
      "det kan jeg ikke nå ved siden af det nye job.\n\n"
      "Og så er jeg vel oppe på 21 års erfaring nu.\n\n" + SIG_KOMMUNE,
      {"interesser": "Spildevand; Jord; VVM", "funktioner": "Høringstovholder",
       "erfaring": "21"}, sent=S3),

    # 2 Terse phone reply: one change inside an "intet nyt" sentence.
    c("ow47-da-iphone-intet-nyt-bortset-fra", "iphone", "Ib Kragh",
      "Intet nyt fra mig, bortset fra at det er 13 år nu 👍",
      {"erfaring": "13"}, sent=S1, unchanged=True),

    # 3 Typed under each question of an empty form, initials as prefix, a cross on Tid;
    #   "lidt støj" is about noise, not time; "grundvand" is no option.
    c("ow47-da-gmail-svar-under-hvert-punkt", "gmail", "Marianne Holt",
      "Svar nedenfor.\n\nMarianne",
      {"interesser": "Støj; Jord", "grupper": "", "funktioner": "Sekretær", "erfaring": "8",
       "tid": "Lidt"},
      edits=[("add", "1. Interesser", "MH: mest jord og grundvand, også lidt støj"),
             ("add", "2. Grupper", "MH: ingen af dem endnu"),
             ("add", "3. Funktioner", "MH: sekretær, hvis ingen andre melder sig"),
             ("add", "4. Erfaring", "MH: otte år"),
             ("set", "[ ] Lidt", "[x] Lidt")],
      ask=["interesser"], note="grundvand is no option; the rest of question 1 is recorded"),

    # 4 Outlook for iOS: reason containing "tilsyn" (no group), removal after a dash,
    #   "resten står som det står".
    c("ow47-da-outlook_ios-tilsynsplan-mindre-tid", "outlook_ios", "Camilla Vestergaard",
      "Hej\n\nJeg har fået ansvaret for hele tilsynsplanen i år, så sæt mig ned til lidt tid. "
      "Høringstovholder må en anden overtage – tag mig af den. Resten står som det står.\n\n"
      "/Camilla",
      {"funktioner": "", "tid": "Lidt"}, sent=S4, unchanged=True),

    # 5 English, one paragraph, qualifiers ("if needed"), number word, "time is the same".
    c("ow47-en-gmail-one-paragraph", "gmail", "Martin Lykke",
      "Hi, happy to help again. I'm still doing wastewater and noise but I've picked up the soil "
      "contamination cases this year so please add soil. I don't want to be considered for chair "
      "again, but secretary is fine if needed. Twenty-one years now. Time is the same as last "
      "year.\n\nBest,\nMartin",
      {"interests": "Wastewater; Noise; Soil", "functions": "Secretary", "experience": "21"},
      sent=E1, lang="en"),

    # 6 Samsung Email, labelled Andet replacing the sent text, "ellers som sidst".
    c("ow47-da-android-andet-vikariat-forlaenget", "android", "Nanna Friis",
      "Andet: vikariatet er forlænget til 31. december\nEllers som sidst",
      {"andet": "vikariatet er forlænget til 31. december"}, sent=S2, unchanged=True),

    # 7 Thunderbird: dash and full stop before lower case, compound, two numbers,
    #   "meget ... ikke love, men nogen".
    c("ow47-da-thunderbird-jord-pfas-klimatilpasning", "thunderbird", "Søren Ravnkilde",
      "Hej tovholder\n\n"
      "Jord og PFAS er mine hovedområder – dertil kommer klimatilpasning. samlet 10 års "
      "erfaring, de 4 af dem her i kommunen. meget tid kan jeg ikke love, men nogen.\n\n"
      "mvh\nSøren",
      {"interesser": "PFAS; Jord; Klima", "erfaring": "10", "tid": "Nogen"}),

    # 8 Long English Outlook mail, answers by label, removal with a reason, disclaimer.
    c("ow47-en-outlook-updates-with-disclaimer", "outlook", "Rebecca Thorsen",
      "Dear Tovholder,\n\nPlease find my updates below.\n\n"
      "Interests: I no longer work with air quality – that moved to our regional team in March. "
      "Climate stays. I have also taken over EIA screenings for the whole municipality.\n\n"
      "Groups: I'll stay in both.\n\n"
      "Time: realistically only a little this spring.\n\n"
      "Nothing else has changed.\n\n" + SIG_EN_DISCLAIMER,
      {"interests": "Climate; EIA", "groups": "Inspection network; PFAS working group",
       "time": "Little"}, sent=E2, lang="en", unchanged=True),

    # 9 Outlook on the web: inflected group ("tilsynsnetværket"), work that is no option,
    #   two numbers, a bare "nogen" after the label.
    c("ow47-da-owa-godkendelser-og-tilsynsnetvaerket", "owa", "Lene Dalsgaard",
      "Hej\n"
      "Jeg arbejder med miljøgodkendelser af virksomheder og VVM-screeninger, og en gang imellem "
      "støjklager.\n"
      "Jeg er med i tilsynsnetværket.\n"
      "Erfaring: 15 år, heraf 3 i Eksempel Kommune\n"
      "Tid: nogen\n"
      "/Lene",
      {"interesser": "Støj; VVM", "grupper": "Netværk for miljøtilsyn", "erfaring": "15",
       "tid": "Nogen"},
      ask=["interesser"], note="miljøgodkendelser af virksomheder: not clearly any one option"),

    # 10 Gmail app: a cross in the quote and words on top.
    c("ow47-da-gmail_android-kryds-og-ord", "gmail_android", "Jakob Møller-Hansen",
      "Har sat kryds ved jord. Affald er jeg ikke med i længere, har skiftet afdeling. "
      "Erfaring 9 år. Resten er som før",
      {"interesser": "PFAS; Jord", "erfaring": "9"}, sent=S4, unchanged=True,
      edits=[("set", "[ ] Jord", "[x] Jord")]),

    # 11 English phone reply, two short clauses.
    c("ow47-en-iphone-add-pfas", "iphone", "Oliver Brandt",
      "Add PFAS pls. Otherwise all good",
      {"interests": "PFAS; Wastewater; Noise"}, sent=E1, lang="en", unchanged=True),

    # 12 Apple Mail: work the secretary cannot place, a question to the chair.
    c("ow47-da-apple_mail-lugt-og-grundvand", "apple_mail", "Kirsten Aagaard",
      "Hej\n\n"
      "Jeg er begyndt at arbejde med lugtgener fra biogasanlæg og med grundvandsbeskyttelse. "
      "Kan det komme ind under noget af det?\n\n"
      "Sekretær vil jeg gerne blive ved med.\n\n"
      "Hilsen\nKirsten",
      {"funktioner": "Sekretær"}, sent=S1, ask=["interesser"],
      note="lugtgener / grundvandsbeskyttelse: no option; she asks herself"),

    # 13 Outlook for Android: number word above 20 and a digit, the digit meant for now.
    c("ow47-da-outlook_android-syvogtyve", "outlook_android", "Poul Erik Sand",
      "Syvogtyve år på området til januar – skriv bare 26 indtil da 😊 (der stod forkert "
      "sidste år)\nOg ellers uændret fra sidste år.",
      {"erfaring": "26"}, sent=S3, unchanged=True),

    # 14 Outlook desktop, HTML only: dash list, labelled Andet with a dash inside,
    #   "Klima" inside a reason (Klima was and stays sent).
    c("ow47-da-outlook_html-punktliste", "outlook_html", "Mette Kjærgaard",
      "Hej,\n\nSå er der opdateringer:\n\n"
      "- Luft: ikke mere, det er flyttet til Center for Klima\n"
      "- Ny: IE-direktivet og Power-to-X (vi har fået to PtX-anlæg i kommunen)\n"
      "- Arbejdsgruppen om PFAS: melder mig ud, har ikke tid\n"
      "- Tid: lidt\n\n"
      "Andet: jeg er ikke længere barselsvikar – fastansat fra 1. november\n\n"
      "Vh Mette\n\n" + SIG_SHORT,
      {"interesser": "Spildevand; Klima; IE-direktivet; Power-to-X",
       "grupper": "Netværk for miljøtilsyn", "tid": "Lidt",
       "andet": "jeg er ikke længere barselsvikar – fastansat fra 1. november"}, sent=S2),

    # 15 English speaker on the Danish form (Outlook for Mac), one clause per line.
    c("ow47-da-outlook_mac-writes-english", "outlook_mac", "James Whitfield",
      "Hi – sorry, my Danish is not good enough yet, so answering in English.\n"
      "I work with noise and air, not PFAS any more.\n"
      "I'm still in the PFAS working group.\n"
      "Could do secretary.\n"
      "5 years.\n"
      "Not much time.\n\n"
      "Thanks,\nJames",
      {"interesser": "Støj; Luft", "grupper": "Arbejdsgruppe om PFAS", "funktioner": "Sekretær",
       "erfaring": "5", "tid": "Lidt"}, sent=S1),

    # 16 Thunderbird, bottom posting: removal, group in lower case inflected, "meget" without
    #   label after "noget mere tid".
    c("ow47-da-thunderbird_bottom-stoppet-som-formand", "thunderbird_bottom", "Grethe Lund",
      "Jeg er stoppet som formand ved årsskiftet, det ved I jo. Høringstovholder fortsætter jeg "
      "som.\nJeg vil gerne med i netværket for miljøtilsyn.\n"
      "Og så har jeg fået noget mere tid, så sæt mig på meget.\n\nGrethe",
      {"grupper": "Netværk for miljøtilsyn", "funktioner": "Høringstovholder", "tid": "Meget"},
      sent=S3),

    # 17 English, typed under the questions inside the quote, crosses moved, two numbers.
    c("ow47-en-thunderbird-typed-in-quote", "thunderbird", "Freya Nordahl",
      "See my notes in the form below.\n\nFreya",
      {"interests": "Noise; Air; Climate", "functions": "", "experience": "11", "time": "Some"},
      sent=E2, lang="en",
      edits=[("add", "1. Interests", "Air and climate still, plus noise from wind turbines now"),
             ("add", "3. Functions", "none for now, maybe next year"),
             ("add", "4. Experience", "11 (12 in May)"),
             ("set", "[x] Much", "[ ] Much"),
             ("set", "[ ] Some", "[x] Some")]),

    # 18 Nothing about the form.
    c("ow47-da-gmail-kigger-paa-det", "gmail", "Torben Eskildsen",
      "Tak, det kigger jeg på i weekenden 🙂\n\nTorben",
      {}),

    # 19 iPhone: an absence from a meeting plus one change and "ellers uændret".
    c("ow47-da-iphone-afbud-januar", "iphone", "Bo Skovgaard",
      "Hej. Kan ikke komme til mødet i januar, er på kursus. Skemaet: 10 år nu, ellers uændret.\n"
      "Mvh Bo",
      {"erfaring": "10"}, sent=S4, unchanged=True, flagged=True,
      note="the absence goes to the chair"),

    # 20 Outlook "-----Oprindelig meddelelse-----": labelled lines with inflections and
    #   compounds, a number word, a qualifier on time.
    c("ow47-da-outlook_prefix-labels-boejninger", "outlook_prefix", "Knud Raaschou",
      "Hej\n"
      "Interesser: spildevandet og affaldstilsyn, samt støj fra virksomheder\n"
      "Grupper: ingen\n"
      "Funktioner: jeg kan godt tage sekretærjobbet\n"
      "Erfaring: fireogtyve år\n"
      "Tid: nogen, men mindre i foråret\n\n"
      "Knud",
      {"interesser": "Spildevand; Affald; Støj", "grupper": "", "funktioner": "Sekretær",
       "erfaring": "24", "tid": "Nogen"}),

    # 21 English on Outlook web: a word that is no option, a range, a condition on a function.
    c("ow47-en-owa-range-and-groundwater", "owa", "Anna Mikkelsen",
      "Hello,\n\n"
      "Interests: mainly PFAS and groundwater, some IED permits.\n"
      "Groups: the inspection network\n"
      "Functions: consultation coordinator - but only for PFAS consultations\n"
      "Experience: 8-10 years depending on how you count\n"
      "Time: some\n\n"
      "Best regards\nAnna",
      {"interests": "PFAS; IED", "groups": "Inspection network",
       "functions": "Consultation coordinator", "time": "Some"},
      lang="en", ask=["interests", "experience"],
      note="groundwater is no option; a range of years is asked"),

    # 22 Samsung Email: an arrow after the option as the mark, the old cross removed.
    c("ow47-da-android-pil-ved-meget", "android", "Dorthe Winther",
      "Tid rettet nedenfor. Resten passer.",
      {"tid": "Meget"}, sent=S1, unchanged=True,
      edits=[("set", "[x] Nogen", "[ ] Nogen"),
             ("set", "[ ] Meget", "[ ] Meget   <-- fra nytår")]),

    # 23 English, Outlook for Android: a condition in time on a function (asked).
    c("ow47-en-outlook_android-chair-until-agm", "outlook_android", "Nicholas Berg",
      "Little time this year due to a big reorganisation. Still chair until the AGM, after "
      "that not. Rest unchanged.",
      {"time": "Little"}, sent=E1, lang="en", unchanged=True, ask=["functions"],
      note="chair now, not after the AGM: for the chair to decide what to record"),

    # 24 "og så ... også" chains, compound interest, a group name containing PFAS
    #   (not an interest).
    c("ow47-da-gmail-og-saa-ogsaa", "gmail", "Signe Lauritzen",
      "Hej\n\nJeg arbejder med støj og luft, og så sidder jeg også med jordforureningssagerne. "
      "Er kommet med i PFAS-gruppen i år.\n\nVh Signe",
      {"interesser": "Støj; Luft; Jord", "grupper": "Arbejdsgruppe om PFAS"}),

    # 25 Outlook for Mac, HTML only: a new member, one paragraph, "gruppen" as a plain word,
    #   years and months, "lidt spildevand" (amount of work, not time).
    c("ow47-da-outlook_mac_html-ny-i-gruppen", "outlook_mac_html", "Emilie Krogh",
      "Hej! Jeg er ny i gruppen (startede i Eksempel Kommune i september) og arbejder primært "
      "med landbrugstilsyn og lidt spildevand. Jeg har 2 års erfaring fra en anden kommune plus "
      "3 måneder her. Jeg kan godt hjælpe som sekretær. Tid: meget, jeg er jo ny 😄\n\nEmilie",
      {"interesser": "Spildevand", "erfaring": "2", "funktioner": "Sekretær", "tid": "Meget"},
      ask=["interesser"], note="landbrugstilsyn is no option"),

    # 26 English Gmail app: two numbers, "much less ... little", an absence.
    c("ow47-en-gmail_android-years-and-absence", "gmail_android", "Hannah Poulsen",
      "Experience: 14 years in total, 6 of them here.\n"
      "Time: much less than last year - put me down for little.\n"
      "Also I'm at the IED workshop in Brussels on the day of the March meeting, so I'll miss "
      "that one.",
      {"experience": "14", "time": "Little"}, sent=E2, lang="en", flagged=True,
      note="the absence goes to the chair"),

    # 27 Outlook desktop: a group name that fits both options, a time that fits none.
    c("ow47-da-outlook-pfas-netvaerket", "outlook", "Anders Thygesen",
      "Hej\n\nJord og spildevand, 11 år. Jeg deltager i PFAS-netværket. "
      "Tid: en dag om måneden.\n\n" + SIG_TEKNIK,
      {"interesser": "Spildevand; Jord", "erfaring": "11"}, ask=["grupper", "tid"],
      note="PFAS-netværket: the PFAS working group or the network?; a day a month is no level"),

    # 28 iPhone: "alle tre", more time, "Det andet passer stadig" (not Andet).
    c("ow47-da-iphone-alle-tre-funktioner", "iphone", "Vagn Ottosen",
      "Kan tage alle tre funktioner hvis det kniber, og jeg har faktisk fået mere tid, så nogen "
      "tid. 31 år i faget nu, uha. Det andet passer stadig.",
      {"funktioner": "Formand; Høringstovholder; Sekretær", "tid": "Nogen", "erfaring": "31"},
      sent=P1, unchanged=True),

    # 29 English Apple Mail: a swap by crosses, words on top, a note for the chair.
    c("ow47-en-apple_mail-swap-and-new-title", "apple_mail", "Laura Castensen",
      "Swapped chair for consultation coordinator, as we discussed at the last meeting. "
      "Also please note my new title: Senior Environmental Officer. No other changes.\n\n"
      "Laura",
      {"functions": "Consultation coordinator"}, sent=E1, lang="en", unchanged=True,
      flagged=True, note="the new title belongs to no question: for the chair",
      edits=[("set", "[x] Chair", "[ ] Chair"),
             ("set", "[ ] Consultation coordinator", "[x] Consultation coordinator")]),

    # 30 English Outlook for iOS: leaving the group at a later date.
    c("ow47-en-outlook_ios-moving-to-epa", "outlook_ios", "Thomas Iversen",
      "Hi all,\n\nI'm moving to the Danish EPA from 1 February, so this will be my last form. "
      "Please take me off both groups from then.\n\nIt's been a pleasure!\nThomas",
      {}, sent=E2, lang="en", ask=["groups"], flagged=True,
      note="leaving from a later date: the chair handles it"),

    # 31 Outlook web, HTML only: "På nær ..., er alt som sidste år".
    c("ow47-da-owa_html-paa-naer", "owa_html", "Pia Hedegaard",
      "Hej\n\nPå nær at jeg nu også har IE-direktivet, er alt som sidste år.\n\nMvh\nPia",
      {"interesser": "Spildevand; Luft; Klima; IE-direktivet"}, sent=S2, unchanged=True),

    # 32 Outlook for Mac: "ikke ret meget" (Lidt), a function kept with a condition.
    c("ow47-da-outlook_mac-ikke-ret-meget", "outlook_mac", "Ulla Brix",
      "Hej Tovholder\n\n"
      "Min tid er ikke ret meget i øjeblikket med to store miljøsager i retten. Hvis I mangler "
      "en høringstovholder til PFAS-høringerne, står jeg stadig til rådighed.\n\n"
      "Hilsen Ulla",
      {"tid": "Lidt", "funktioner": "Høringstovholder"}, sent=S4),

    # 33 Samsung Email: "kommentarer" in a sentence, all as before, a request to the chair.
    c("ow47-da-android-ingen-kommentarer-teams", "android", "Rasmus Holm",
      "Ingen kommentarer til skemaet – det hele passer stadig. Men kan vi få næste møde på "
      "Teams? Jeg har svært ved at nå til Vejle.",
      {}, sent=P2, unchanged=True, flagged=True, note="the Teams request goes to the chair"),
]
