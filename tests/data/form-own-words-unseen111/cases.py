"""Unseen part 111 of the own-words competence-form replies (issue 14), by hand.

Theme: a round where members say a lot about their time and experience (part-time, leave,
percentages, hours per month, "less than last year", ranges, experience split between jobs,
numbers as words, corrections of the pre-filled numbers), mixed with ordinary changes to topics
and roles. People invented, at example.org.
"""

from common import E1, E2, S1, S2, S3, S4, SIG_EN, SIG_KOMMUNE, SIG_SHORT, c

# A few members whose pre-filled answers differ from the shared profiles.
V = {"interesser": "Støj; Luft", "grupper": "Netværk for miljøtilsyn", "funktioner": "",
     "erfaring": "6", "tid": "Lidt"}
K = {"interesser": "Spildevand; Jord", "grupper": "", "funktioner": "Sekretær", "erfaring": "8",
     "tid": "Nogen"}
L = {"interesser": "Spildevand; VVM", "grupper": "Netværk for miljøtilsyn",
     "funktioner": "Formand; Høringstovholder", "erfaring": "20", "tid": "Lidt"}
EF = {"interests": "PFAS; Soil", "groups": "PFAS working group", "functions": "Secretary",
      "experience": "20", "time": "Some"}

CASES = [
    # --- Danish form --------------------------------------------------------------------------
    c("ow111-da-outlook-deltid-80-procent", "outlook", "Mette Kjærgaard",
      "Hej\n\nJeg er gået ned på 30 timer om ugen fra 1. november (ca. 80 %), så jeg har "
      "desværre kun lidt tid til gruppen det næste år. Erfaringen er 13 år nu.\n\n"
      "Ellers er alt som sidst.\n\n" + SIG_KOMMUNE,
      {"erfaring": "13", "tid": "Lidt"}, sent=S1, unchanged=True,
      note="The 80 % is her job, not an option; 'kun lidt tid til gruppen' is the answer to Tid."),

    c("ow111-da-iphone-timer-om-maaneden", "iphone", "Ulrik Dam",
      "Kan realistisk give 3-4 timer om måneden i år. Resten passer 👍",
      {}, sent=S4, ask=["tid"], unchanged=True,
      note="Hours a month are no option of Lidt/Nogen/Meget; the secretary does not translate them "
           "herself but passes them on (sent Nogen stays until the chair decides)."),

    c("ow111-da-gmail-ny-erfaring-to-kommuner", "gmail", "Søren Bech",
      "Hej tovholder\n\nJeg er ny i gruppen, så her kommer mine svar:\n\n"
      "Jeg arbejder mest med spildevand og jord, og en del med klimatilpasning.\n"
      "Erfaring: 6 år i Silkeborg og 4 år her i Viborg, altså 10 år i alt.\n"
      "Tid: nogen\n"
      "Jeg vil gerne med i netværket for miljøtilsyn.\n\nMvh Søren",
      {"interesser": "Spildevand; Jord; Klima", "grupper": "Netværk for miljøtilsyn",
       "erfaring": "10", "tid": "Nogen"}, sent={},
      note="klimatilpasning -> Klima; the member gives the total (10) himself."),

    c("ow111-da-outlook-ios-barsel-vinter", "outlook_ios", "Laura Winther",
      "Hej! Jeg går på barsel fra midt november til og med marts, så jeg kan ikke være med til "
      "møderne i den periode. Skriv Lidt tid for i år.\nErfaring er 4 år nu 😊",
      {"tid": "Lidt", "erfaring": "4"}, sent=S2, flagged=True,
      note="Flagged for the absence from the meetings Nov-March (no question for it; Andet is not "
           "labelled, so nothing is written there)."),

    c("ow111-da-thunderbird-rettet-i-skemaet", "thunderbird", "Poul Brandt",
      "Hej\n\nJeg har rettet direkte i skemaet nedenfor. Jeg er stoppet som afdelingsleder og er "
      "tilbage som almindelig sagsbehandler, så der er kommet mere luft i kalenderen.\n\n"
      "Hilsen\nPoul",
      {"erfaring": "22", "tid": "Nogen"}, sent=S3,
      edits=[("set", "Svar: 20", "Svar: 22"), ("set", "[x] Lidt", "[ ] Lidt"),
             ("set", "[ ] Nogen", "[x] Nogen")],
      note="Edits inside the quoted form: 20 -> 22 years, cross moved from Lidt to Nogen."),

    c("ow111-da-owa-fjorten-aar-slipper-sekretaer", "owa", "Hanne Østergaard",
      "Hej\n\nTo rettelser:\nErfaringen skal være fjorten år, der har stået forkert i et par år.\n"
      "Jeg vil gerne slippe sekretærrollen nu – jeg har haft den siden gruppen startede og synes, "
      "en anden skal prøve. Jeg bliver dog i PFAS-arbejdsgruppen.\n\n" + SIG_SHORT,
      {"erfaring": "14", "funktioner": "", "grupper": "Arbejdsgruppe om PFAS"}, sent=S1,
      note="'fjorten' -> 14; Sekretær removed (her only function, so empty); she confirms the PFAS "
           "group, which is the sent value."),

    c("ow111-da-android-mindre-tid-end-sidste-aar", "android", "Jonas Friis",
      "Har mindre tid end sidste år pga et stort projekt om jordforureing på havnen. "
      "Sæt jord på mine områder også\n\nJonas",
      {"interesser": "PFAS; Affald; Jord", "tid": "Lidt"}, sent=S4,
      note="Sent (last year's) Tid was Nogen; 'mindre tid end sidste år' leaves only Lidt. A reader "
           "could argue for asking; the secretary records Lidt. Typo 'jordforureing' is his."),

    c("ow111-da-gmail-android-erfaring-3-4-aar", "gmail_android", "Freja Lund",
      "hej! erfaringen er nok 3-4 år alt efter om man tæller studiejobbet med. "
      "tid: stadig meget 💪\nvh freja",
      {"tid": "Meget"}, sent=S2, ask=["erfaring"],
      note="A range (3-4) that depends on whether the student job counts: passed on; sent 3 stays. "
           "Tid is confirmed as Meget (the sent value)."),

    c("ow111-da-outlook-mac-siden-1998", "outlook_mac", "Birgitte Holm",
      "Kære tovholder\n\nJeg har arbejdet med miljøtilsyn siden 1998, så de 20 år passer ikke "
      "længere. Jeg stopper som formand ved nytår, men tager gerne høringerne fortsat. "
      "Tiden er den samme.\n\nVenlig hilsen\nBirgitte Holm\nEksempel Kommune",
      {"funktioner": "Høringstovholder"}, sent=S3, ask=["erfaring"],
      note="A year instead of a number of years: passed on, not computed. Formand removed (she "
           "stops at new year; the question is what she could take on); 'Tiden er den samme' "
           "only confirms Tid, it is not 'the rest is unchanged'."),

    c("ow111-da-owa-html-alt-uaendret-undtagen-erfaring", "owa_html", "Camilla Krogh",
      "Alt uændret bortset fra erfaringen, som nu er 9 år.\n\nVh Camilla",
      {"erfaring": "9"}, sent=S4, unchanged=True),

    c("ow111-da-outlook-prefix-nyt-job-region", "outlook_prefix", "Niels Thygesen",
      "Hej\n\nJeg har fået nyt job i Region Midtjylland fra 1. januar og stopper derfor i både "
      "netværket og PFAS-gruppen ved årets udgang. Indtil da kan jeg kun bruge lidt tid på det. "
      "Spildevand og luft er stadig mine områder, klima har en kollega overtaget.\n\n"
      "Mvh\nNiels Thygesen",
      {"interesser": "Spildevand; Luft", "tid": "Lidt"}, sent=S2, flagged=True,
      note="Leaving the group (new job at the end of the year) is for the chair: flagged; Grupper "
           "is left as sent since he stays until then. Klima removed, Lidt tid."),

    c("ow111-da-iphone-tallet-rettet-pil", "iphone", "Vagn Lauridsen",
      "Har rettet tallet. Tid er desværre stadig lidt, vi er kun to på støj",
      {"erfaring": "7", "tid": "Lidt"}, sent=V,
      edits=[("append", "Svar: 6", " -> 7")],
      note="Typed '-> 7' after the pre-filled 6 in the quoted form."),

    c("ow111-da-gmail-lang-mail-punktvis", "gmail", "Anne-Sofie Dahl",
      "Hej\n\nTak for skemaet. Et par ting:\n\n"
      "1) Erfaring – der står 8, men jeg har været her siden efteråret 2017, og før det var jeg to "
      "år i et rådgivningsfirma med jordforurening. Skriv 10.\n"
      "2) Tid – jeg er på 30 timer om ugen frem til sommer pga. en master ved siden af, så lidt "
      "indtil da og derefter nogen igen.\n"
      "3) Jeg vil gerne tage PFAS af og sætte Jord og IE-direktivet på i stedet. Affald beholder "
      "jeg.\n"
      "4) Høringstovholder: ja, gerne fortsat.\n\n"
      "Jeg kan i øvrigt ikke komme til mødet i januar, hvor jeg er på kursus.\n\n" + SIG_KOMMUNE,
      {"erfaring": "10", "tid": "Lidt", "interesser": "Affald; Jord; IE-direktivet",
       "funktioner": "Høringstovholder"}, sent=S4, flagged=True,
      note="She says 'Skriv 10' herself. Tid: Lidt is what holds now (Nogen again after summer is "
           "her own plan, visible to the chair through the flag). Flagged for the January "
           "absence."),

    c("ow111-da-thunderbird-bottom-fastansat", "thunderbird_bottom", "Ida Kristensen",
      "Mine rettelser:\nErfaring: 5 år (regnet fra jeg startede som barselsvikar i 2021)\n"
      "Tid: Nogen – jeg er gået ned på 32 timer\n"
      "Andet: Fastansat siden 1. august, så barselsvikar kan slettes\n\nMvh Ida",
      {"erfaring": "5", "tid": "Nogen",
       "andet": "Fastansat siden 1. august, så barselsvikar kan slettes"}, sent=S2,
      note="Bottom-posted. The year 2021 only explains the 5. Andet is labelled, so her line "
           "replaces 'Barselsvikar til juni' in her words."),

    c("ow111-da-apple-forward-tilbage-paa-fuld-tid", "apple_forward", "Torben Munk",
      "Videresender med mine svar, kunne ikke finde ud af at svare på den anden.\n\n"
      "Tid: meget, nu hvor jeg er tilbage på fuld tid efter sygemeldingen\n"
      "Jeg har fået affald ind over skrivebordet, så det skal på\n"
      "Erfaring står rigtigt\n\nTorben",
      {"tid": "Meget", "interesser": "PFAS; Affald; Støj", "erfaring": "12"}, sent=S1,
      note="A forward instead of a reply. 'Erfaring står rigtigt' confirms the sent 12."),

    c("ow111-da-outlook-android-engelsk-paa-dansk-skema", "outlook_android", "Tomasz Nowak",
      "Hi, sorry for answering in English. Experience is 15 years – 8 here and 7 in Poland before "
      "I moved. Please add Air to my areas. Time: some, as before. Everything else is correct.\n"
      "Tomasz",
      {"erfaring": "15", "interesser": "PFAS; Affald; Luft", "tid": "Nogen"}, sent=S4,
      unchanged=True,
      note="English on the Danish form: Air -> Luft, some -> Nogen; he gives the total 15."),

    c("ow111-da-outlook-html-ny-krydser-ca-7", "outlook_html", "Line Bak",
      "Hej\n\nJeg er ny i gruppen efter at være flyttet til Varde Kommune 1. oktober og har sat "
      "kryds i skemaet herunder.\n\nMvh\nLine Bak\nMiljømedarbejder, Varde Kommune",
      {"interesser": "PFAS; Jord", "erfaring": "7", "tid": "Nogen"}, sent={},
      edits=[("set", "[ ] PFAS", "[x] PFAS"), ("set", "[ ] Jord", "[x] Jord"),
             ("set", "Svar:", "Svar: ca. 7 (4 i Esbjerg, 3 i Billund)", "4. Erfaring"),
             ("set", "[ ] Nogen", "[x] Nogen")],
      note="HTML-only, crosses and a typed answer in the form. 'ca. 7' with her own split is 7."),

    c("ow111-da-gmail-en-dag-om-maaneden", "gmail", "Gitte Rasmussen",
      "Hej\n\nJeg er gået ned på 25 timer om ugen, men min chef har sagt god for, at jeg bruger en "
      "dag om måneden på netværket. Hvad svarer det til – lidt eller nogen? Og er det nok til at "
      "blive ved som formand, eller skal vi finde en anden?\n\nVh Gitte",
      {}, sent=S3, ask=["tid"],
      note="She asks herself whether a day a month is Lidt or Nogen: passed on. Her question about "
           "staying chair changes nothing yet (Funktioner as sent) but goes to the chair too."),

    c("ow111-da-apple-mail-pension-marts", "apple_mail", "Else Mortensen",
      "Hej\n\nJeg går på pension 1. marts, så det her bliver nok mit sidste skema. Indtil da kører "
      "jeg videre som nu, også som formand.\n\nKærlig hilsen\nElse 🌷",
      {}, sent=S3, unchanged=True, flagged=True,
      note="Retiring (leaving the group in March) is for the chair; until then everything as now."),

    c("ow111-da-outlook-mac-html-mellem-nogen-og-meget", "outlook_mac_html", "Mads Iversen",
      "Hej\n\nJeg har meldt mig ud af PFAS-arbejdsgruppen (møderne ligger oven i vores interne "
      "teammøder), men jeg bliver i netværket. Mine 3 år er nu blevet til 4.\n"
      "Tidsmæssigt ligger jeg et sted mellem nogen og meget – sæt det, I synes.\n\nMvh Mads",
      {"grupper": "Netværk for miljøtilsyn", "erfaring": "4"}, sent=S2, ask=["tid"],
      note="Between two options and left to us: passed on (sent Meget stays)."),

    c("ow111-da-gmail-android-skrevet-i-skemaet-procent", "gmail_android", "Kim Andersen",
      "Svar i skemaet",
      {"erfaring": "11"}, sent=K, ask=["tid"],
      edits=[("add", "4. Erfaring", "11 - havde glemt mine år i Horsens"),
             ("add", "5. Tid", "ca 5 % af stillingen, hvad det så svarer til")],
      note="Lines typed under the questions in the quoted form. 11 replaces the pre-filled 8; a "
           "share of the job is no option, so Tid is passed on (sent Nogen stays)."),

    c("ow111-da-android-ny-halvandet-aar", "android", "Ahmad Rahimi",
      "Hej jeg er ny i miljøafdelingen i Ikast-Brande. Affald og støj. Halvandet års erfaring, "
      "før det var jeg studentermedhjælper. Lidt tid til at starte med",
      {"interesser": "Affald; Støj", "tid": "Lidt"}, sent={}, ask=["erfaring"],
      note="'Halvandet år' is 1½, not a whole number of years; the secretary does not round it "
           "(1 or 2) herself and passes it on. A reader might record 1.5."),

    c("ow111-da-outlook-ios-mere-tid-vvm-af", "outlook_ios", "Kirsten Lykke",
      "Jeg har fået mere tid nu hvor den store byggsag er lukket. Og tag VVM af, det laver jeg "
      "ikke mere.\n\n/Kirsten",
      {"interesser": "Affald; Jord"}, sent=S3, ask=["tid"],
      note="Sent Lidt; 'mere tid' could be Nogen or Meget: passed on."),

    c("ow111-da-outlook-prefix-mangler-et-1-tal", "outlook_prefix", "Jesper Nørgaard",
      "Hej\nErfaringen er forkert, det er 13 aar og ikke 3 - der mangler et 1-tal :)\n"
      "Tid: meget, som foer.\nEllers uaendret.\nMvh Jesper",
      {"erfaring": "13", "tid": "Meget"}, sent=S2, unchanged=True,
      note="aa/oe/ae spellings; 'Ellers uaendret' = unchanged."),

    c("ow111-da-outlook-formand-et-aar-endnu-23", "outlook", "Lars Bundgaard",
      "Kære tovholder\n\nJeg fortsætter gerne som formand et år endnu, men høringerne må en anden "
      "tage over.\nMin erfaring er de 20 år her plus 3 år i Miljøstyrelsen, så skriv bare 23.\n"
      "Tid: jeg er tilbage på 37 timer fra 1. november, så nogen.\n\n" + SIG_KOMMUNE,
      {"funktioner": "Formand", "erfaring": "23", "tid": "Nogen"}, sent=L,
      note="Høringstovholder removed, Formand kept; he states the total 23 himself."),

    # --- English form -------------------------------------------------------------------------
    c("ow111-en-outlook-60-percent-step-down-chair", "outlook", "Emma Clarke",
      "Hi,\n\nQuick update from me: from January I'm working 60% (reduced hours for family "
      "reasons), so I'll have to step down as chair. Time for the group: little. Experience "
      "should read 21 now.\n\n" + SIG_EN,
      {"functions": "", "time": "Little", "experience": "21"}, sent=E1, lang="en",
      note="Chair was her only function; 60% is her job, the group time is stated as little."),

    c("ow111-en-iphone-two-hours-a-month", "iphone", "Rahul Mehta",
      "Realistically about 2 hrs a month this year.",
      {}, sent=E2, lang="en", ask=["time"],
      note="Hours a month are no option; passed on (sent Much stays)."),

    c("ow111-en-thunderbird-new-range-groundwater", "thunderbird", "Katarzyna Wiśniewska",
      "Hello,\n\nI joined the municipality in August, so here are my answers:\n"
      "- Areas: PFAS, soil and groundwater\n"
      "- Groups: none yet, but I'd like to join the PFAS working group\n"
      "- Functions: I could be secretary\n"
      "- Experience: 5-6 years (mostly in Germany)\n"
      "- Time: some\n\nRegards,\nKatarzyna",
      {"interests": "PFAS; Soil", "groups": "PFAS working group", "functions": "Secretary",
       "time": "Some"}, sent={}, lang="en", ask=["interests", "experience"],
      note="Groundwater is no option (recorded PFAS and Soil, groundwater passed on); 5-6 years is "
           "a range: passed on."),

    c("ow111-en-owa-html-twenty-two-drop-noise", "owa_html", "Henrik Sørensen",
      "Hi,\n\nMy experience is twenty-two years now, not twenty. Time is the same. Please take "
      "noise off my areas, a colleague has taken it over.\n\nThanks,\nHenrik",
      {"experience": "22", "interests": "Wastewater"}, sent=E1, lang="en",
      note="'twenty-two' -> 22; Noise removed."),

    c("ow111-en-outlook-ios-sabbatical", "outlook_ios", "Sofie Laursen",
      "Hi! I'm on sabbatical from 1 November to the end of February, so I'll miss the winter "
      "meetings. Could you set my time to little for this year? Everything else unchanged.\n/Sofie",
      {"time": "Little"}, sent=E2, lang="en", unchanged=True, flagged=True,
      note="Flagged for the absence from the winter meetings."),

    c("ow111-en-apple-mail-consultant-years-in-form", "apple_mail", "Jonas Weber",
      "See my answers below. I've got a lot more time now that the big permit case is finally "
      "closed.",
      {"time": "Much"}, sent=EF, lang="en", ask=["experience"],
      edits=[("set", "Answer: 20", "Answer: 20 at the municipality + 7 as a consultant before that"),
             ("set", "[x] Some", "[ ] Some"), ("set", "[ ] Much", "[x] Much")],
      note="Typed in the form. Whether the 7 consultant years count (20 or 27) is for the chair; "
           "the cross moved from Some to Much."),

    c("ow111-en-gmail-android-new-baby-less-time", "gmail_android", "Oliver Brown",
      "less time than last year, new baby at home 👶 experience still 10. rest the same",
      {"experience": "10"}, sent=E2, lang="en", ask=["time"], unchanged=True,
      note="Sent Much; less could be Some or Little: passed on. Experience 10 confirmed."),

    c("ow111-en-outlook-android-away-this-week", "outlook_android", "Grace Nielsen",
      "Thanks – I'm away this week, will fill it in when I'm back.",
      {}, sent=E1, lang="en",
      note="Nothing about the form yet; not an absence from a group meeting."),

    c("ow111-en-gmail-dansk-paa-engelsk-skema", "gmail", "Maja Thomsen",
      "Hej – jeg svarer lige på dansk, håber det er ok.\nErfaring: 11 år nu.\n"
      "Jeg har lidt mindre tid end sidst, så sæt mig på \"some\".\n"
      "Luft og klima er stadig mine områder, men tilføj gerne støj.\n\nHilsen Maja",
      {"experience": "11", "time": "Some", "interests": "Noise; Air; Climate"}, sent=E2,
      lang="en",
      note="Danish on the English form; 'lidt mindre tid' is 'a bit less', the option is her "
           "explicit 'some'; støj -> Noise."),
]
