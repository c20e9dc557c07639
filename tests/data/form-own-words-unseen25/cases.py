"""Unseen part 25: one ordinary round of competence-form replies in members' own words.

Written blind (no parser, no other part read). The answers are what a careful human secretary
records, by hand; `ask` = questions she passes on to the chair instead of (or besides)
recording. People invented, at example.org.
"""

from __future__ import annotations

from common import BOTH, E1, E2, S1, S2, S3, S4, SIG_EN, SIG_KOMMUNE, SIG_SHORT, c

D5 = {"interesser": "Spildevand; Jord", "grupper": "Netværk for miljøtilsyn",
      "funktioner": "Sekretær", "erfaring": "15", "tid": "Nogen"}
D6 = {"interesser": "Støj; Luft", "grupper": "", "funktioner": "", "erfaring": "6",
      "tid": "Lidt"}
D7 = {"interesser": "Jord; VVM; IE-direktivet", "grupper": "Netværk for miljøtilsyn",
      "funktioner": "Høringstovholder", "erfaring": "30", "tid": "Nogen"}
E3 = {"interests": "PFAS", "groups": "PFAS working group",
      "functions": "Consultation coordinator", "experience": "5", "time": "Little"}
E4 = {"interests": "Waste; Soil; EIA", "groups": "Inspection network", "functions": "Secretary",
      "experience": "14", "time": "Some"}
E5 = {"interests": "Climate; Power-to-X", "groups": "", "functions": "Chair; Secretary",
      "experience": "9", "time": "Much"}

CASES = [
    # ---------------------------------------------------------------- Danish
    c("ow25-da-outlook-formand-stopper-til-februar", "outlook", "Kirsten Dam", (
        "Hej\n\nJeg stopper som formand ved februarmødet efter fem år på posten – det må være "
        "nogen andres tur nu. Høringstovholder fortsætter jeg gerne som.\nErfaringen er i "
        "øvrigt oppe på 21 år.\n\n" + SIG_KOMMUNE),
      {"funktioner": "Høringstovholder", "erfaring": "21"}, S3,
      note="five years as chair is no answer to Erfaring; 'nogen' is no time answer"),
    c("ow25-da-owa-hoeringstovholder-hvis-ingen-andre", "owa", "Lise Bach", (
        "Hej\n\nJeg vil gerne tage over som høringstovholder, hvis ingen andre har meldt sig. "
        "Sekretær bliver jeg ved med at være.\nResten er uændret.\n\nVh Lise"),
      {"funktioner": "Høringstovholder; Sekretær"}, S1, unchanged=True,
      note="a condition on her own willingness: recorded"),
    c("ow25-da-iphone-tilbage-fra-orlov", "iphone", "Mikkel Skov", (
        "Hej! Er tilbage fra orlov og har meget mere tid end sidste år, så sæt mig gerne på "
        "meget. Vil også gerne være sekretær\nEllers alt ved det gamle"),
      {"tid": "Meget", "funktioner": "Høringstovholder; Sekretær"}, S4, unchanged=True),
    c("ow25-da-gmail-tid-svinger-med-saesonen", "gmail", "Sofie Kjær", (
        "Hej\n\nTid: det svinger med sæsonen. Om sommeren er der travlt med tilsyn, så der har "
        "jeg kun lidt, men fra oktober til marts har jeg en del mere.\nErfaring er nu 4 år.\n\n"
        "Mvh\nSofie Kjær"),
      {"erfaring": "4"}, S2, ask=["tid"],
      note="time differs by season: two amounts, passed on"),
    c("ow25-da-thunderbird-bytter-med-kollega", "thunderbird", "Bent Holst", (
        "Hej\n\nKaren Holm og jeg har aftalt at bytte: hun overtager referaterne, og jeg bliver "
        "høringstovholder i stedet for sekretær. Håber det er i orden med formanden.\n\n"
        "Resten står ved magt.\n\nHilsen\nBent"),
      {"funktioner": "Høringstovholder"}, D5, unchanged=True, flagged=True,
      note="the swap also concerns another member and asks the chair: flagged"),
    c("ow25-da-android-lidt-mere-tid", "android", "Rasmus Lund", (
        "Hej. Jeg har fået lidt mere tid efter omstruktureringen, og jeg kan godt tage "
        "referatet på møderne. Støj og luft passer stadig, men tilføj VVM.\n\nMvh Rasmus"),
      {"funktioner": "Sekretær", "interesser": "Støj; Luft; VVM"}, D6, ask=["tid"],
      note="'lidt mere tid' from Lidt: not Lidt, but Nogen or Meget is unclear; taking the "
           "minutes is the Sekretær function"),
    c("ow25-da-outlook-ios-kryds-og-med-formand", "outlook_ios", "Anne Vestergaard",
      "Har sat kryds ovenfor. Tiden er desværre skrumpet til lidt, fordi jeg er blevet formand "
      "for vores lokale MED-udvalg.",
      {"funktioner": "Høringstovholder; Sekretær", "tid": "Lidt"}, S1,
      edits=[("set", "[ ] Høringstovholder", "[x] Høringstovholder")],
      note="chair of a local committee, not of the group"),
    c("ow25-da-owa-html-ud-af-pfas-gruppen", "owa_html", "Jonas Krogh", (
        "Hej\n\nJeg melder mig ud af PFAS-arbejdsgruppen – den har kørt sit løb for mit "
        "vedkommende. Tilsynsnetværket bliver jeg i.\nTil gengæld tager jeg gerne tjansen som "
        "høringstovholder.\nAndet: Barselsvikariatet er forlænget til december 2027\n\n"
        "Vh Jonas"),
      {"grupper": "Netværk for miljøtilsyn", "funktioner": "Høringstovholder",
       "andet": "Barselsvikariatet er forlænget til december 2027"}, S2),
    c("ow25-da-gmail-android-ny-kort-svar", "gmail_android", "Maja Thorsen", (
        "Spildevand, jord og klimatilpasning - ca 3 år i kommunen men 9 år i alt med miljø. "
        "Formand nej tak, men sekretær gerne. Nogen tid.\n\nHilsen Maja"),
      {"interesser": "Spildevand; Jord; Klima", "funktioner": "Sekretær", "erfaring": "9",
       "tid": "Nogen"}, {},
      note="two numbers: the total years with the field is the answer"),
    c("ow25-da-apple-mail-andet-er-der-ikke", "apple_mail", "Per Gravesen", (
        "Jeg fortsætter som høringstovholder. Andet er der ikke at melde.\n\nHilsen Per"),
      {"funktioner": "Høringstovholder"}, S4, unchanged=True,
      note="'Andet er der ikke at melde' = nothing else changed, no Andet answer"),
    c("ow25-da-outlook-prefix-enogtredive-pension", "outlook_prefix", "Birthe Mortensen", (
        "Hej\n\nErfaringen er nu enogtredive år, og jeg går på pension til sommer. Derfor vil "
        "jeg gerne af med høringstovholderjobbet allerede nu, så en anden kan nå at komme ind "
        "i det. Nogen tid har jeg stadig indtil da.\n\nVenlig hilsen\nBirthe"),
      {"erfaring": "31", "funktioner": "", "tid": "Nogen"}, D7, flagged=True,
      note="retiring (leaving the group) next summer: for the chair"),
    c("ow25-da-thunderbird-bottom-svar-inde-i-teksten", "thunderbird_bottom", "Mette Brandt",
      "Svar inde i teksten.\n\n/Mette",
      {"funktioner": "Formand", "tid": "Meget"}, S1,
      edits=[("add", "3. Funktioner", "Jeg dropper sekretær, det har jeg været i tre år. "
                                      "Formand vil jeg gerne prøve."),
             ("add", "5. Tid", "mere end før, så meget")]),
    c("ow25-da-outlook-mac-tak-efter-jul", "outlook_mac", "Hanne Riis", (
        "Tak for mailen – jeg får kigget på det efter juleafslutningen.\n\nVh\nHanne"),
      {}, S2, note="nothing about the form yet"),
    c("ow25-da-iphone-tovholder-uklart", "iphone", "Camilla Friis", (
        "Jeg kunne godt tænke mig at være tovholder. Arbejder mest med affaldsområdet og "
        "IE-virksomheder. Lidt tid. 7 år"),
      {"interesser": "Affald; IE-direktivet", "tid": "Lidt", "erfaring": "7"}, {},
      ask=["funktioner"], note="'tovholder' alone: Formand or Høringstovholder?"),
    c("ow25-da-outlook-android-naestformand", "outlook_android", "Henrik Aagaard", (
        "Jeg stiller gerne op som næstformand, hvis det er noget I har. Høringstovholder "
        "fortsætter jeg som. PFAS-sagerne er flyttet til en kollega, så fjern PFAS."),
      {"funktioner": "Høringstovholder", "interesser": "Affald"}, S4, ask=["funktioner"],
      note="næstformand is no option"),
    c("ow25-da-gmail-min-erfaring-er", "gmail", "Ulla Winther", (
        "Hej\n\nMin erfaring er, at høringerne tager meget tid, så jeg stopper som "
        "høringstovholder. Formand fortsætter jeg som, og jeg har nogenlunde samme tid som "
        "sidst.\n\nMvh Ulla"),
      {"funktioner": "Formand", "tid": "Lidt"}, S3,
      note="'erfaring' and 'meget tid' inside a reason; time as before (Lidt)"),
    c("ow25-da-owa-afbud-januar", "owa", "Anders Møller", (
        "Hej\n\nJeg kan ikke deltage i mødet den 14. januar pga. kursus – beklager.\nTil "
        "skemaet: tilføj PFAS, og sæt gerne min tid op til meget, nu hvor projektet er "
        "afsluttet.\n\nVh Anders"),
      {"interesser": "PFAS; Støj; Luft", "tid": "Meget"}, D6, flagged=True,
      note="an absence from a meeting: flagged"),
    c("ow25-da-outlook-html-skift-stoej-ud", "outlook_html", "Ida Kristensen", (
        "Hej\nSkift støj ud med luft.\nJeg vil ikke længere være sekretær – det har jeg været i "
        "tre år, nu må en anden tage over. Men jeg kan tage formandsposten et års tid, hvis "
        "Jens ikke genopstiller.\nErfaring: tretten år\nMvh Ida"),
      {"interesser": "PFAS; Luft", "funktioner": "", "erfaring": "13"}, S1,
      ask=["funktioner"], note="Formand only on a condition about someone else: asked"),
    c("ow25-da-gmail-kryds-ved-vvm-vikar", "gmail", "Emil Juhl", (
        "Hej\n\nSæt kryds ved VVM og fjern luft. Netværkene er de samme. Jeg er blevet færdig "
        "som barselsvikar og er fastansat nu.\n\nVh Emil"),
      {"interesser": "Spildevand; Klima; VVM", "grupper": BOTH}, S2, ask=["andet"],
      note="the pre-filled Andet is out of date, but no new Andet was given: passed on"),
    c("ow25-da-outlook-spildevand-og-saa-stoej", "outlook", "Lars Bjerre", (
        "Hej\n\nJeg arbejder nu med spildevand og jord, og så er jeg også begyndt på "
        "støjsagerne. PFAS og affald er overgået til en ny kollega.\nTid og resten som sidst."
        "\n\n" + SIG_SHORT),
      {"interesser": "Spildevand; Støj; Jord"}, S4, unchanged=True),
    c("ow25-da-gmail-pil-ja-tak", "gmail", "Kristian Dahl",
      "Se markering i skemaet. Ellers ingen ændringer.\n\nMvh\nKristian",
      {"funktioner": "Høringstovholder; Sekretær"}, S1, unchanged=True,
      edits=[("set", "[ ] Høringstovholder", "[ ] Høringstovholder  <== ja tak")]),
    c("ow25-da-outlook-mac-linjer-med-etiketter", "outlook_mac", "Tove Lauritsen", (
        "Interesser: PFAS, spildevand\nog luft\nFunktioner – ingen i år\nTid: nogen\n"
        "Erfaring 9\n\nHilsen Tove"),
      {"interesser": "PFAS; Spildevand; Luft", "funktioner": "", "tid": "Nogen",
       "erfaring": "9"}, {}),
    c("ow25-da-thunderbird-ae-oe-stavning", "thunderbird", "Jesper Nygaard", (
        "Hej\n\nHoeringstovholder kan jeg godt vaere. Jeg arbejder med stoej og spildevand. 11 "
        "aar i alt. noget tid - men ikke meget.\n\nMvh Jesper"),
      {"funktioner": "Høringstovholder", "interesser": "Spildevand; Støj", "erfaring": "11",
       "tid": "Nogen"}, {}),
    c("ow25-da-iphone-med-i-pfas-gruppen", "iphone", "Signe Holm",
      "Er kommet med i PFAS-gruppen i år. Har nu nogen tid til gruppen, men ikke meget.",
      {"grupper": "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS", "tid": "Nogen"}, S4),
    c("ow25-da-outlook-ios-ingen-aendringer", "outlook_ios", "Peter Kofoed",
      "Ingen ændringer fra min side i år 👍", {}, S1, unchanged=True),

    # ---------------------------------------------------------------- English
    c("ow25-en-outlook-hand-over-chair", "outlook", "Hanna Berg", (
        "Hi,\n\nAfter three years I'd like to hand over the chair at the spring meeting. I'm "
        "happy to take on secretary instead if that helps.\nI also have less time these days – "
        "little rather than some.\n\nEverything else is as before.\n\n" + SIG_EN),
      {"functions": "Secretary", "time": "Little"}, E1, lang="en", unchanged=True),
    c("ow25-en-gmail-coordinator-only-some", "gmail", "Freja Lind", (
        "Hi,\n\nI could take on consultation coordination, but only for the air and climate "
        "consultations – would that work?\nAlso add soil, I've picked up contaminated sites "
        "this autumn.\n\nCheers,\nFreja"),
      {"interests": "Air; Soil; Climate"}, E2, lang="en", ask=["functions"],
      note="a partial offer and a question to the chair"),
    c("ow25-en-iphone-winter-summer", "iphone", "Mads Winther",
      "More time in winter, hardly any in summer (field season). Experience now 21 years. Not "
      "chair next year.",
      {"experience": "21", "functions": ""}, E1, lang="en", ask=["time"]),
    c("ow25-en-outlook-ios-add-wastewater-ied", "outlook_ios", "Julie Aspel", (
        "Hi – please add wastewater and IED to my areas. I'm keeping the consultation "
        "coordinator role and I now have some time rather than little. Six years of experience "
        "as of this month. Nothing else has changed."),
      {"interests": "PFAS; Wastewater; IED", "functions": "Consultation coordinator",
       "time": "Some", "experience": "6"}, E3, lang="en", unchanged=True),
    c("ow25-en-thunderbird-since-2015", "thunderbird", "Oliver Krag", (
        "Hello,\n\nI've been doing this since 2015, so not 10 years as it says. Also I'm no "
        "longer in the inspection network – it was merged into something else at our end. Rest "
        "unchanged.\n\nBest,\nOliver"),
      {"groups": "PFAS working group"}, E2, lang="en", unchanged=True, ask=["experience"],
      note="a year instead of a number of years: passed on"),
    c("ow25-en-owa-swap-secretary", "owa", "Signe Rask", (
        "Hi\n\nI'd like to swap secretary for consultation coordinator this year.\nTime: some, "
        "possibly more after March when our new colleague starts.\nFourteen years still – well, "
        "fifteen in January.\n\nRegards,\nSigne"),
      {"functions": "Consultation coordinator", "time": "Some", "experience": "14"}, E4,
      lang="en", note="the answers as of now; the possible later changes are not answers"),
    c("ow25-en-android-leaving", "android", "Tobias Meyer", (
        "Hi, I'm moving to the regional water utility from February, so I'll be leaving the "
        "group. Until then put me down for little time and no functions. Thanks for "
        "everything!"),
      {"time": "Little", "functions": ""}, E1, lang="en", flagged=True,
      note="leaving the group: flagged"),
    c("ow25-en-apple-mail-interim-chair", "apple_mail", "Helle Storm", (
        "Ticked chair above, but only as interim until the election in March. Other than that, "
        "nothing's changed.\n\nHelle"),
      {"functions": "Chair"}, E2, lang="en", unchanged=True,
      edits=[("set", "[ ] Chair", "[x] Chair")],
      note="'Other than that' is no label for Other"),
    c("ow25-en-outlook-mac-html-odour-minutes", "outlook_mac_html", "Niels Hald", (
        "Hi,\nWastewater and noise mainly, plus odour complaints.\nTwenty-seven years in "
        "environmental regulation, the last eight of them here.\nI can help with minutes now "
        "and then, but I don't want to be secretary.\nSome time.\nBest, Niels"),
      {"interests": "Wastewater; Noise", "experience": "27", "time": "Some", "functions": ""},
      {}, lang="en", ask=["interests", "functions"],
      note="odour is no option; occasional help with minutes is no function option"),
    c("ow25-en-gmail-android-less-time-new-role", "gmail_android", "Karin Holt", (
        "Less time from now on, I'm afraid – new role at work. So I'll drop secretary but keep "
        "chair for now. Otherwise same as last year."),
      {"functions": "Chair"}, E5, lang="en", unchanged=True, ask=["time"],
      note="less than Much: Some or Little is unclear"),
    c("ow25-en-outlook-prefix-dash-six-years", "outlook_prefix", "Martin Rye", (
        "PFAS, waste and EIA - six years now - and I'm afraid I have to give up being "
        "consultation coordinator, too much on my plate. Little time, as before.\n\n" + SIG_EN),
      {"interests": "PFAS; Waste; EIA", "experience": "6", "functions": "", "time": "Little"},
      E3, lang="en"),
    c("ow25-en-thunderbird-bottom-inline", "thunderbird_bottom", "Tom Eriksen",
      "Answers inline. Otherwise unchanged.\n\nTom",
      {"functions": "Secretary", "experience": "11"}, E2, lang="en", unchanged=True,
      edits=[("add", "3. Functions", "Happy to be secretary if nobody else wants it"),
             ("set", "Answer: 10", "Answer: 11")]),
]
