"""Blind part 11 of the own-words form replies (issue 14): one round in a working group of about
30 municipal environment officers, answered mostly from phones between meetings, a few from the
office. Written by hand without reading the parser; the expectations are what a careful human
secretary records, never checked against the parser. People invented, at example.org."""

from __future__ import annotations

from common import E1, E2, S1, S2, S3, S4, SIG_EN, SIG_KOMMUNE, SIG_SHORT, c

# a few more pre-filled profiles of this round
S5 = {"interesser": "PFAS; Støj", "grupper": "Arbejdsgruppe om PFAS",
      "funktioner": "Høringstovholder; Sekretær", "erfaring": "12", "tid": "Nogen"}
S6 = {"interesser": "Spildevand; Jord", "grupper": "Netværk for miljøtilsyn", "funktioner": "",
      "erfaring": "27", "tid": "Lidt"}
S7 = {"interesser": "Affald; Klima", "grupper": "", "funktioner": "Sekretær", "erfaring": "5",
      "tid": "Meget"}
E3 = {"interests": "Air; Climate", "groups": "Inspection network", "functions": "",
      "experience": "13", "time": "Much"}

CASES = [
    # --- ordinary: no changes, one-liners, a few changes in words, crosses ---------------------
    c("ow11-da-iphone-ingen-aendringer", "iphone", "Pernille Kjærgaard",
      "Ingen ændringer herfra 👍", {}, S4, unchanged=True),

    c("ow11-da-outlook_ios-klima-ellers-uaendret", "outlook_ios", "Morten Vestergaard",
      "Tilføj klima - jeg har fået klimatilpasningen ind over mit bord siden sommer. Ellers "
      "uændret\n\nMorten",
      {"interesser": "PFAS; Støj; Klima"}, S1, unchanged=True),

    c("ow11-da-gmail_android-krydser-nedenfor", "gmail_android", "Jonas Bisgaard",
      "Se svar nedenfor\n\nMvh Jonas",
      {"interesser": "Spildevand; Jord", "grupper": "Netværk for miljøtilsyn", "erfaring": "7",
       "tid": "Nogen"},
      {}, edits=[("set", "[ ] Spildevand", "[x] Spildevand"), ("set", "[ ] Jord", "[x] Jord"),
                 ("set", "[ ] Netværk for miljøtilsyn", "[x] Netværk for miljøtilsyn"),
                 ("set", "Svar:", "Svar: 7", "4. Erfaring"), ("set", "[ ] Nogen", "[x] Nogen")]),

    c("ow11-da-android-stavefejl-lidt-luft", "android", "Hanne Munk",
      "Hej. Jeg arbejder m spildevnd og jord, og lidt luft. 14 år. Har ikke så meget tid for "
      "tiden så sæt mig på lidt\nHanne",
      {"interesser": "Spildevand; Luft; Jord", "erfaring": "14", "tid": "Lidt"}, {},
      note="'lidt luft' is an interest with a qualifier; the time is 'sæt mig på lidt'"),

    c("ow11-da-iphone-rettet-i-skemaet", "iphone", "Bent Thygesen",
      "Har rettet i skemaet.\n\nHilsen Bent",
      {"funktioner": "Høringstovholder", "erfaring": "21"}, S3,
      edits=[("set", "[x] Formand", "[ ] Formand"),
             ("add", "3. Funktioner", "Ikke formand mere, men gerne fortsat høringstovholder"),
             ("set", "Svar: 20", "Svar: 21")]),

    c("ow11-da-outlook_android-grundvand-netvaerket", "outlook_android", "Sidsel Brix",
      "PFAS, grundvand – og så er jeg kommet med i netværket for miljøtilsyn nu. Erfaring 9 år",
      {"interesser": "PFAS", "grupper": "Netværk for miljøtilsyn", "erfaring": "9"}, {},
      ask=["interesser"], note="grundvand is no option"),

    c("ow11-da-gmail_android-nogen-tid-gruppen", "gmail_android", "Rasmus Holt",
      "Kan godt afsætte nogen tid til gruppen i år, ellers er alt som sidste år",
      {"tid": "Nogen"}, S2, unchanged=True,
      note="'gruppen' is no label; 'nogen' without a label is the time"),

    c("ow11-da-outlook-kontor-rettelser", "outlook", "Karen Skovgaard",
      "Hej\n\nTak for skemaet. Et par rettelser:\n\nJeg har overtaget affaldstilsynet efter en "
      "kollega, så Affald skal på. Støj har jeg til gengæld afleveret til en ny medarbejder, så "
      "den kan fjernes. PFAS fylder stadig meget i hverdagen.\n\nI forhold til funktioner vil "
      "jeg gerne fortsætte som sekretær, men ikke som høringstovholder – det har jeg ikke "
      "kapacitet til ved siden af.\n\nJeg er nu oppe på 13 års erfaring.\n\nMht. tid: nogen, som "
      "før.\n\nVi ses i januar.\n\n" + SIG_KOMMUNE,
      {"interesser": "PFAS; Affald", "funktioner": "Sekretær", "erfaring": "13",
       "tid": "Nogen"}, S5,
      note="'PFAS fylder stadig meget' keeps PFAS and is not the time"),

    c("ow11-da-iphone-tak-vender-tilbage", "iphone", "Lise Dalsgaard",
      "Tak, vender tilbage efter mødet i morgen", {}, S1),

    c("ow11-da-outlook_ios-samme-svar-afbud", "outlook_ios", "Troels Damgaard",
      "Samme svar som sidst. Kan desværre ikke deltage i mødet den 14. januar. Har kommentarer "
      "til høringen om spildevandsplanen, dem sender jeg separat.",
      {}, S4, unchanged=True, flagged=True,
      note="an absence; 'kommentarer' is no Andet and the plan is no new interest"),

    c("ow11-da-android-otteogtyve", "android", "Grethe Lauridsen",
      "Erfaringen er nu oppe på otteogtyve år 😅 Ellers står det hele ved magt.",
      {"erfaring": "28"}, S6, unchanged=True),

    c("ow11-da-gmail-linjer-med-andet", "gmail", "Nikolaj Fogh",
      "Hej\n\nInteresser: Jord, VVM-screeninger og IE-virksomheder\nGrupper: ingen\nFunktioner: "
      "kan evt. være høringstovholder\nErfaring: 6 år i alt, heraf 2 her i kommunen\nTid: lidt\n"
      "Andet: Jeg er på deltid (30 t) frem til april\n\nMvh Nikolaj",
      {"interesser": "Jord; VVM; IE-direktivet", "grupper": "", "funktioner": "Høringstovholder",
       "erfaring": "6", "tid": "Lidt", "andet": "Jeg er på deltid (30 t) frem til april"}, {}),

    c("ow11-da-thunderbird_bottom-meget-til-nogen", "thunderbird_bottom", "Signe Overgaard",
      "Har sat kryds ovenfor. Bemærk at jeg er gået fra meget til nogen tid, da jeg har fået en "
      "lederrolle i afdelingen.\n\nSigne",
      {"interesser": "Spildevand; Affald; Luft; Klima", "tid": "Nogen"}, S2,
      edits=[("set", "[ ] Affald", "[x] Affald"), ("set", "[x] Meget", "[ ] Meget"),
             ("set", "[ ] Nogen", "[x] Nogen")]),

    c("ow11-da-owa-formand-hvis-mette", "owa", "Claus Bech",
      "Jeg kan godt tage formandsposten, hvis Mette ikke genopstiller. Sekretær vil jeg gerne "
      "blive ved med.\n\n" + SIG_SHORT,
      {"funktioner": "Sekretær"}, S1, ask=["funktioner"],
      note="chair on a condition about someone else is passed on; secretary stays"),

    c("ow11-da-iphone-krydser-og-ptx", "iphone", "Anja Krogh",
      "Krydser nedenfor + har også lidt med PtX-anlæg at gøre nu, sæt gerne den på",
      {"interesser": "Luft; Klima; Power-to-X"}, {},
      edits=[("set", "[ ] Luft", "[x] Luft"), ("set", "[ ] Klima", "[x] Klima")],
      note="'lidt' qualifies the PtX work, it is not the time"),

    c("ow11-da-outlook_android-fjern-pfas-gruppen", "outlook_android", "Ole Kirkegaard",
      "Fjern mig fra PFAS-gruppen, den er lukket ned hos os. Men tilføj netværket",
      {"grupper": "Netværk for miljøtilsyn"}, S1,
      note="the PFAS interest stays; only the working group goes"),

    c("ow11-da-gmail_android-tid-ved-ikke", "gmail_android", "Birgitte Juhl",
      "Ved ikke helt med tiden endnu, det afhænger af omorganiseringen. Resten er som før",
      {}, S4, unchanged=True, ask=["tid"]),

    c("ow11-da-iphone-siden-2017-meget", "iphone", "Kasper Lind",
      "Har været her siden 2017. Sæt mig på meget tid 💪",
      {"tid": "Meget"}, {}, ask=["erfaring"],
      note="a year instead of a number of years, and 'here' may not be the whole field"),

    c("ow11-da-apple_mail-kontor-stoejsager", "apple_mail", "Lone Winther",
      "Hej Tovholder\n\nJeg arbejder primært med støjsager og luftforurening fra virksomheder, "
      "og er så småt begyndt på jordforurening. Har 11 års erfaring, de 4 af dem i en "
      "rådgivningsvirksomhed.\nTid: meget - i hvert fald frem til sommer.\n\nOg så en ting til "
      "formanden: kan vi få lagt slides fra sidste møde op?\n\nMvh\nLone",
      {"interesser": "Støj; Luft; Jord", "erfaring": "11", "tid": "Meget"}, {}, flagged=True,
      note="a request to the chair"),

    c("ow11-da-outlook_mac-byt-affald", "outlook_mac", "Henrik Søndergaard",
      "Byt Affald ud med Spildevand. Tid: fra lidt til nogen. Intet andet nyt.\n\nHenrik",
      {"interesser": "Spildevand; Jord; VVM", "tid": "Nogen"}, S3, unchanged=True),

    c("ow11-da-thunderbird-vandsager", "thunderbird", "Mette Hvidberg",
      "Jeg er kommet mere over i vandsager, både drikkevand og spildevand. Og så klima\n16 år",
      {"interesser": "Spildevand; Klima", "erfaring": "16"}, {}, ask=["interesser"],
      note="drikkevand/vandsager are no option"),

    c("ow11-da-outlook_html-sekretaer-drop-vvm", "outlook_html", "Jesper Riis",
      "Sekretær hvis der er brug for det. Affald og jord som sidst, men drop VVM – det er "
      "flyttet til planafdelingen.\n\n" + SIG_SHORT,
      {"interesser": "Affald; Jord", "funktioner": "Formand; Høringstovholder; Sekretær"}, S3),

    c("ow11-da-gmail-stopper", "gmail", "Inge Mortensen",
      "Hej\n\nJeg stopper i kommunen 1. februar og træder derfor ud af gruppen. Tak for et godt "
      "samarbejde!\n\nInge",
      {}, S7, flagged=True, note="leaving the group"),

    c("ow11-da-outlook_ios-biogas-ellers-ingen", "outlook_ios", "Thomas Vinther",
      "Power to x og biogasanlæg, ellers ingen ændringer",
      {"interesser": "PFAS; Støj; Power-to-X"}, S1, unchanged=True, ask=["interesser"],
      note="biogas is no option"),

    c("ow11-da-android-alt-andet-uaendret", "android", "Malene Storm",
      "Jeg har fået mindre tid end sidste år pga ny stilling. Alt andet er uændret",
      {}, S7, unchanged=True, ask=["tid"],
      note="less than Meget: Nogen or Lidt is not said; 'Alt andet' is no Andet label"),

    c("ow11-da-gmail_android-engelsk-paa-dansk", "gmail_android", "Tomasz Nowak",
      "Sorry, my Danish is not great. I work with soil and groundwater, and I would like to join "
      "the inspection network. Some time.",
      {"interesser": "Jord", "grupper": "Netværk for miljøtilsyn", "tid": "Nogen"}, {},
      ask=["interesser"], note="English on the Danish form; groundwater is no option"),

    c("ow11-da-outlook_ios-pil-i-skemaet", "outlook_ios", "Dorthe Bundgaard",
      "Svar i mailen\n\nDorthe",
      {"interesser": "Spildevand; Jord; Klima", "tid": "Lidt"}, S6,
      edits=[("append", "[ ] Klima", "  <-- den her også"), ("add", "5. Tid", "Stadig lidt")]),

    c("ow11-da-gmail-skrevet-under-spoergsmaal", "gmail", "Allan Mikkelsen",
      "Har skrevet inde i teksten",
      {"interesser": "Spildevand", "grupper": "Netværk for miljøtilsyn"}, S6,
      edits=[("add", "1. Interesser", "Jord er røget ud, har kun spildevand nu"),
             ("add", "2. Grupper", "(stadig med i netværket)")]),

    # --- the English form ------------------------------------------------------------------
    c("ow11-en-iphone-no-changes", "iphone", "Freja Olsen",
      "No changes from me, cheers", {}, E1, lang="en", unchanged=True),

    c("ow11-en-gmail_android-add-pfas-soil", "gmail_android", "Daniel Ahmed",
      "please add PFAS and soil. Still chair if needed. 21 years now",
      {"interests": "PFAS; Wastewater; Noise; Soil", "functions": "Chair", "experience": "21"},
      E1, lang="en"),

    c("ow11-en-outlook_ios-little-time-leave", "outlook_ios", "Emma Rasmussen",
      "Not much time this spring due to parental leave – put me down for a little. Otherwise as "
      "before.",
      {"time": "Little"}, E2, lang="en", unchanged=True),

    c("ow11-en-outlook-office-swap-air", "outlook", "Sarah Whitfield",
      "Hi,\n\nThanks for the reminder. A few updates: I have moved from the air quality team to "
      "wastewater permits, so please swap Air for Wastewater. Climate adaptation is still "
      "mine. I have also joined the PFAS working group since October.\n\nExperience: fourteen "
      "years in total, six of them in Denmark.\n\nI could take on the consultation coordinator "
      "role from spring, but not before March.\n\n" + SIG_EN,
      {"interests": "Wastewater; Climate", "groups": "Inspection network; PFAS working group",
       "functions": "Consultation coordinator", "experience": "14"}, E3, lang="en"),

    c("ow11-en-android-crosses-sick-leave", "android", "Lars Brandt",
      "see below. I am on sick leave until 10 Jan so I will miss the next meeting",
      {"interests": "Waste; Soil; EIA", "experience": "8", "time": "Little"}, {}, lang="en",
      flagged=True,
      edits=[("set", "[ ] Waste", "[x] Waste"), ("set", "[ ] Soil", "[x] Soil"),
             ("set", "[ ] EIA", "[x] EIA"), ("set", "Answer:", "Answer: 8", "4. Experience"),
             ("set", "[ ] Little", "[x] Little")],
      note="an absence from the next meeting"),

    c("ow11-en-thunderbird-range", "thunderbird", "Julie Schou",
      "Experience somewhere between 8 and 10 years. Noise, air.\n\nJulie",
      {"interests": "Noise; Air"}, {}, lang="en", ask=["experience"]),

    c("ow11-en-owa-secretary-not-chair", "owa", "Peter Lykke",
      "Happy to stay on as secretary but please take me off as chair. Much time isn't "
      "realistic - some.\n\nPeter",
      {"functions": "Secretary", "time": "Some"}, E1, lang="en"),

    c("ow11-en-outlook_android-waste-inspections", "outlook_android", "Anna Højgaard",
      "Waste inspections and IED permits. Thirty-one years. Time: little",
      {"interests": "Waste; IED", "experience": "31", "time": "Little"}, {}, lang="en",
      note="'inspections' is the waste work, not the inspection network"),
]
