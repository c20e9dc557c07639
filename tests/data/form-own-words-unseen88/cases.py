"""Unseen part 88 of the own-words competence-form replies (issue 14): long Outlook mails from
busy officers, with news, questions to the chair, meeting absences and answers split between
the text and the quoted form; a few very short ones. Expected answers by hand, as a careful
human secretary records them. People invented, at example.org."""

from common import E1, E2, S1, S2, S3, S4, SIG_EN, SIG_KOMMUNE, SIG_SHORT, c  # noqa: F401

CASES = [
    # ------------------------------------------------------------------ Danish form
    c("ow88-da-owa-html-pfas-sag-og-afbud", "owa_html", "Rikke Damgaard", """Hej tovholder

Undskyld det sene svar – vi har haft nogle hektiske uger her i kommunen. Vi fandt i oktober \
forhøjede PFAS-værdier ved den gamle brandøvelsesplads på Vestervej, og det har fyldt det meste \
af min kalender siden. Pressen har også været på, så I har måske set det.

Til skemaet:
Affald er ikke længere mit – det har vores nye kollega Jeppe overtaget pr. 1. november. Til \
gengæld har jeg fået jordforureningssagerne, så sæt mig på jord i stedet.
Høringstovholder fortsætter jeg gerne med.

Jeg kan ikke komme til mødet den 12. januar (kursus i Kolding), men Jeppe tager med og giver mig \
et referat bagefter.

Mvh
Rikke""", {"interesser": "PFAS; Jord", "funktioner": "Høringstovholder"}, S4, flagged=True,
      note="Affald swapped for Jord. Høringstovholder is an explicit confirmation of the sent "
           "value, recorded as said. Flagged: absent from the 12 January meeting (Jeppe "
           "attends)."),

    c("ow88-da-outlook-html-rettet-i-skemaet-dagsorden", "outlook_html", "Henrik Juul Mortensen",
      """Hej

Jeg har rettet direkte i skemaet nedenfor. Erfaring skal være 13 år – jeg glemte at tælle op \
sidste år.

Et spørgsmål til formanden: Kan vi få den nye affaldsbekendtgørelse på dagsordenen til næste \
møde? Vi har flere kommuner i netværket, der tolker sorteringskravene forskelligt, og det ville \
være godt at få en fælles linje.

""" + SIG_KOMMUNE, {"interesser": "PFAS; Støj; Luft", "funktioner": "", "erfaring": "13"}, S1,
      edits=[("set", "[ ] Luft", "[x] Luft"), ("set", "[x] Sekretær", "[ ] Sekretær")],
      flagged=True,
      note="Luft crossed and Sekretær un-crossed in the quoted form; erfaring in the text above. "
           "Flagged: asks the chair for an agenda item."),

    c("ow88-da-outlook-mac-barsel-kollega", "outlook_mac", "Camilla Brøndum", """Kære tovholder

Lidt nyt fra mig: Jeg går på barsel fra 1. februar og er tilbage 1. november 2027. Min kollega \
Mikkel Høj overtager mine sager i perioden og vil gerne deltage i Netværk for miljøtilsyn i \
mellemtiden. Kan han blive skrevet på, eller skal han selv skrive til jer?

I forhold til skemaet:
Tid: lidt i år, af gode grunde.
Andet: Barsel fra 1. februar til 1. november 2027

Barselsvikariatet fra sidste års svar er slut – jeg er fastansat nu.

Mange hilsner
Camilla""", {"tid": "Lidt", "andet": "Barsel fra 1. februar til 1. november 2027"}, S2,
      flagged=True,
      note="Andet is labelled and replaces the old text. Flagged: asks whether a colleague can "
           "join the network while she is on leave."),

    c("ow88-da-owa-pension-formand-til-foraaret", "owa", "Poul Erik Vestergaard", """Hej

Tak for skemaet. Jeg skal lige gøre opmærksom på, at jeg går på pension med udgangen af april. \
Jeg bliver gerne som formand frem til forårsmødet, men jeg stiller ikke op igen, så I må gerne \
begynde at kigge efter en afløser.

Erfaringen er nu 21 år. Indtil jeg stopper, er resten som før.

""" + SIG_SHORT, {"erfaring": "21"}, S3, ask=["funktioner"], unchanged=True,
      note="Formand only until the spring meeting: passed on rather than recorded. Retiring at "
           "the end of April (leaving the group) is for the chair as well."),

    c("ow88-da-outlook-tak-efter-ferien", "outlook", "Lone Thygesen",
      "Tak – jeg kigger på det efter juleferien.\n\n/Lone", {}, S1,
      note="Nothing about the form yet."),

    c("ow88-da-apple-forward-som-sidst", "apple_forward", "Ulla Bech",
      "Alt er som sidst 👍", {}, S4, unchanged=True,
      note="Forwarded the form back instead of replying; the rest is as before."),

    c("ow88-da-owa-html-afbud-vejle-ellers-som-foer", "owa_html", "Anne-Mette Iversen",
      """Hej tovholder

Jeg melder afbud til mødet i Vejle den 19. januar – vi er midt i en tilsynskampagne på \
landbrugsområdet, og jeg kan ikke komme væk. Anne Krogh fra vores afdeling tager med og \
refererer tilbage til mig.

Til skemaet: Jeg er stoppet i PFAS-arbejdsgruppen, vi har ikke ressourcerne til det lige nu. Til \
gengæld har jeg fået affald ind over, så det må I gerne tilføje.
Ellers som før.

Hilsen
Anne-Mette""", {"interesser": "Spildevand; Affald; Luft; Klima",
                "grupper": "Netværk for miljøtilsyn"}, S2, unchanged=True, flagged=True,
      note="Flagged: absent from the Vejle meeting, a colleague reports back."),

    c("ow88-da-outlook-prefix-rettelser-i-skemaet", "outlook_prefix", "Bent Kjærgaard",
      "Se mine rettelser i skemaet nedenfor.\n\nBent", {
          "interesser": "Affald; Støj; Jord", "funktioner": "Høringstovholder",
          "erfaring": "22"}, S3,
      edits=[("set", "[ ] Støj", "[x] Støj"), ("set", "[x] VVM", "[ ] VVM"),
             ("set", "[x] Formand", "[ ] Formand"),
             ("add", "[x] Høringstovholder", "<-- gerne fortsat, men ikke formand igen"),
             ("set", "Svar: 20", "Svar: 22")],
      note="All answers typed into the quoted form; the typed comment confirms the un-crossed "
           "Formand."),

    c("ow88-da-gmail-ny-medarbejder", "gmail", "Sara Holm Nielsen", """Hej!

Jeg er lige startet som miljømedarbejder i Eksempel Kommune (1. november), og min chef bad mig \
svare på jeres skema.

Jeg arbejder mest med PFAS og jord. 2 års erfaring fra mit tidligere job i Region Eksempel. Jeg \
har nogen tid. Grupperne kender jeg ikke endnu, men jeg vil gerne høre mere om PFAS-gruppen.

Mvh Sara""", {"interesser": "PFAS; Jord", "erfaring": "2", "tid": "Nogen"}, {}, flagged=True,
      note="Nothing sent (new member). Grupper not answered; she asks to hear more about the "
           "PFAS group, which is passed on (flagged) but is no joining."),

    c("ow88-da-outlook-html-mere-tid-nyt-fra-byraadet", "outlook_html", "Martin Kragh",
      """Hej tovholder

Tak for påmindelsen om skemaet. Et par ændringer siden sidst:

Efter omstruktureringen i september har jeg fået frikøbt mere tid til tværkommunalt arbejde, så \
I må gerne sætte mig til meget tid.
Jeg kan også godt tage sekretærrollen, hvis der er brug for det.
Erfaring: 9 år

Lidt nyt fra os, hvis det har interesse: Byrådet vedtog i sidste uge den nye spildevandsplan, og \
vi har ansat to nye tilsynsmedarbejdere, så vi er endelig fuldt bemandet igen.

God jul til jer alle, hvis vi ikke ses inden 🎄

""" + SIG_KOMMUNE, {"funktioner": "Høringstovholder; Sekretær", "erfaring": "9",
                    "tid": "Meget"}, S4,
      note="'hvis der er brug for det' is a courtesy, not a condition: Sekretær recorded. The "
           "news from the municipality (spildevandsplan, new staff) is context, not a question "
           "for the chair and no interest: not flagged, Spildevand not added."),

    c("ow88-da-owa-spoergsmaal-pfas-gruppen-fortsaetter", "owa", "Kirsten Lauridsen", """Hej

Før jeg svarer helt: et spørgsmål til formanden. Fortsætter arbejdsgruppen om PFAS efter 2027, \
eller bliver den lagt ind under netværket? Det har betydning for, om jeg bliver i gruppen.

Indtil videre:
Interesser: PFAS, støj og luft
Tid: lidt – vi er to mand færre i afdelingen til foråret

Hilsen Kirsten""", {"interesser": "PFAS; Støj; Luft", "tid": "Lidt"}, S1, flagged=True,
      note="Flagged: question to the chair about the PFAS group's future; grupper left as sent."),

    c("ow88-da-outlook-ios-fra-toget", "outlook_ios", "Thomas Brix",
      "Sidder i toget, så kort: +PFAS, -luft. Erfaring 4 år nu. Resten ok.\n\n/Thomas",
      {"interesser": "PFAS; Spildevand; Klima", "erfaring": "4"}, S2, unchanged=True),

    c("ow88-da-outlook-mac-html-krydser-og-aarstal", "outlook_mac_html", "Grethe Mølgaard",
      """Hej

Jeg har sat krydser i skemaet. Erfaringen ved jeg ikke helt – jeg startede i amtets \
miljøafdeling i 1998 og har været her siden kommunalreformen.

Hilsen Grethe""", {"interesser": "Affald; Luft; Jord; VVM", "tid": "Nogen"}, S3,
      edits=[("set", "[ ] Luft", "[x] Luft"), ("set", "[x] Lidt", "[ ] Lidt"),
             ("set", "[ ] Nogen", "[x] Nogen")],
      ask=["erfaring"],
      note="Crosses in the quoted form; erfaring given only as a start year (1998), and the "
           "'Svar: 20' line was left as it was: passed on."),

    c("ow88-da-thunderbird-nyt-job-regionen", "thunderbird", "Niels Overgaard", """Hej

Jeg har fået nyt job i Region Eksempel fra 1. marts og stopper derfor i netværket til den tid. \
Indtil da er mine svar uændrede.

Tak for mange gode år og godt samarbejde!

Niels""", {}, S4, unchanged=True, flagged=True,
      note="Flagged: leaving the group on 1 March."),

    c("ow88-da-owa-html-krydser-plus-ie", "owa_html", "Louise Krarup", """Hej

Mine ændringer er krydset af nedenfor. Derudover skal IE-direktivet på, da jeg har overtaget \
vores to IE-virksomheder efter Hanne.

Vh Louise

""" + SIG_SHORT, {"interesser": "PFAS; Spildevand; Støj; IE-direktivet",
                  "grupper": "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS"}, S1,
      edits=[("set", "[ ] Spildevand", "[x] Spildevand"),
             ("set", "[ ] Netværk for miljøtilsyn", "[x] Netværk for miljøtilsyn")],
      note="Spildevand and the network crossed in the form; IE-direktivet added in the text."),

    c("ow88-da-outlook-afbud-torsdag-hoering-spildevand", "outlook", "Jesper Vinther",
      """Hej tovholder

Jeg kan desværre ikke deltage i netværksmødet på torsdag – Peter Lund fra Aarhus har lovet at \
tage noter for mig.

Vedr. skemaet: Jeg kan godt være høringstovholder på høringen om den nye \
spildevandsbekendtgørelse, men ikke på høringer generelt. Erfaringen er nu fire år.

""" + SIG_SHORT, {"erfaring": "4"}, S2, ask=["funktioner"],
      note="Høringstovholder for one consultation only: passed on. Also absent on Thursday."),

    c("ow88-da-gmail-android-engelsk-paa-dansk-skema", "gmail_android", "Lukas Becker",
      """Hi, sorry for answering in English – my Danish is still not good enough for forms.

I work with waste, noise and soil. Experience: 6 years (4 in Germany, 2 here). I have some time, \
and I can be secretary if you need one.

Best, Lukas""", {"interesser": "Affald; Støj; Jord", "funktioner": "Sekretær", "erfaring": "6",
                 "tid": "Nogen"}, {},
      note="English on the Danish form, mapped to the Danish options. 6 years is the stated "
           "total."),

    c("ow88-da-apple-mail-ti-aar-ved-det-gamle", "apple_mail", "Jonas Friis", """Hej

Erfaringen er nu ti år, og efter nytår får jeg mere tid, så sæt mig til meget tid. Ellers er alt \
ved det gamle.

Hilsen Jonas""", {"erfaring": "10", "tid": "Meget"}, S4, unchanged=True,
      note="'efter nytår' is the start of the form period, not a condition: Meget recorded."),

    c("ow88-da-owa-samme-som-kollega", "owa", "Maja Lindhardt Sørensen", """Hej

Jeg deler stilling med Birgitte Sand (vi er begge på 30 timer og dækker de samme opgaver), så I \
kan bare skrive mig op på det samme som hende. Erfaring har jeg dog kun 7 år.

Venlig hilsen
Maja""", {"erfaring": "7"}, {}, flagged=True,
      note="'the same as Birgitte' is for the chair to settle (flagged); only her own number is "
           "recorded."),

    c("ow88-da-outlook-android-ikke-formand", "outlook_android", "Ole Bisgaard",
      "Kan ikke være formand mere, har ikke overskud til det med den nye organisering. Høringerne "
      "tager jeg stadig gerne.\n\nOle", {"funktioner": "Høringstovholder"}, S3,
      note="Stepping down as Formand is an answer to the functions question, not something "
           "else for the chair."),

    c("ow88-da-owa-html-tid-i-skema-resten-oppe", "owa_html", "Signe Kold", """Hej

Jeg har rettet tiden i skemaet nedenfor. Herudover:
Erfaring: 4 år
Andet: Barselsvikariatet er forlænget til december 2027

Og så en praktisk ting: Jeg er flyttet til Teknik og Miljø på Rådhuset, så min adresse i \
medlemslisten skal rettes. Ny mail følger fra IT, når den er oprettet.

Mvh Signe""", {"erfaring": "4", "tid": "Nogen",
               "andet": "Barselsvikariatet er forlænget til december 2027"}, S2,
      edits=[("set", "[x] Meget", "[ ] Meget"), ("set", "[ ] Nogen", "[x] Nogen")],
      flagged=True,
      note="Tid in the quoted form, erfaring and a labelled Andet above. Flagged: change of "
           "address/mail in the member list belongs to no question."),

    c("ow88-da-thunderbird-bottom-tilbage-fra-orlov", "thunderbird_bottom", "Hans Kristian Bak",
      "Erfaring er nu fjorten år, og så vil jeg gerne med i netværket for miljøtilsyn igen, nu hvor "
      "jeg er tilbage fra orlov.\n\nHilsen Hans",
      {"grupper": "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS", "erfaring": "14"}, S1,
      note="Bottom-posted under the quoted form."),

    c("ow88-da-android-interval-ellers-uaendret", "android", "Mikkel Aagaard",
      "hej, erfaring er vel 8-10 aar afhaengig af hvordan man taeller (var i amtet foer). tid nogen "
      "til meget alt efter saeson. ellers uaendret\nmvh mikkel", {}, S4,
      ask=["erfaring", "tid"], unchanged=True,
      note="A range of years and a range of time: both passed on."),

    c("ow88-da-outlook-html-svarer-for-sygemeldt", "outlook_html", "Lars Hedegaard", """Hej

Mette Kjær er sygemeldt frem til februar, så jeg svarer på hendes vegne, da hun bad mig om det. \
Hun er stadig med i begge grupper, men har nok kun lidt tid i foråret. Resten vil hun selv rette, \
når hun er tilbage.

""" + SIG_KOMMUNE, {}, S2, form_for="Mette Kjær", ask=["tid"],
      note="A colleague answers for Mette (the form was hers). The groups are confirmed as sent; "
           "'nok kun lidt tid i foråret' is hedged, second-hand and for spring only: passed on. "
           "Sick leave also for the chair. Not unchanged: she will correct the rest herself."),

    # ------------------------------------------------------------------ English form
    c("ow88-en-outlook-html-reorganisation-not-chair", "outlook_html", "Fiona McAllister",
      """Dear coordinator,

Apologies for the late reply – we have been through a reorganisation and I have only just got my \
head above water.

A few changes: please take me off as chair. I'm happy to be consultation coordinator instead. \
Please also add Air to my interests – I have taken over the air permits for the harbour area. \
Experience is now 21 years.

I won't be able to attend the January meeting either, as I'm at a conference in Brussels. My \
colleague Lars Winther will attend in my place and report back.

""" + SIG_EN, {"interests": "Wastewater; Noise; Air", "functions": "Consultation coordinator",
               "experience": "21"}, E1, lang="en", flagged=True,
      note="Chair swapped for consultation coordinator. Flagged: absent in January, a colleague "
           "attends."),

    c("ow88-en-owa-same-as-last-year", "owa", "Ingrid Halvorsen",
      "Same as last year.\n\nIngrid", {}, E2, lang="en", unchanged=True),

    c("ow88-en-owa-html-form-edits-question", "owa_html", "David Okafor", """Hi,

See my changes in the form below.

Also, a question for the chair: who should I send the PFAS sampling data to that I promised at \
the last meeting? I have it ready.

Thanks,
David""", {"time": "Little", "other": "Parental leave from March to August"}, E2, lang="en",
      edits=[("set", "[x] Much", "[ ] Much"), ("set", "[ ] Little", "[x] Little"),
             ("set", "Answer:", "Answer: Parental leave from March to August", "6. Other")],
      flagged=True,
      note="Time and Other typed in the quoted form. Flagged: question to the chair."),

    c("ow88-en-outlook-mac-what-is-coordinator", "outlook_mac", "Birgit Olesen", """Hi,

Before I commit to anything: what does consultation coordinator involve in practice – roughly how \
many hours a month? If it's manageable I would take it on alongside chair.

For the rest: experience is 22 years now, and I've picked up EIA since we merged with the \
planning department.

Best regards
Birgit""", {"interests": "Wastewater; Noise; EIA", "experience": "22"}, E1, lang="en",
      ask=["functions"],
      note="Consultation coordinator only if manageable, with a question about the workload: "
           "passed on. 'For the rest' introduces two changes, it is not 'the rest as before'."),

    c("ow88-en-gmail-new-officer-groundwater", "gmail", "Emma Lindqvist", """Hello,

I'm the new environmental officer here and started in October, so this is my first time filling \
in the form.

I mainly work with PFAS and soil contamination, and a bit with groundwater. I have 3 years of \
experience from my previous job in Sweden. Not sure about time yet – could you ask me again in \
the spring?

Best wishes,
Emma""", {"interests": "PFAS; Soil", "experience": "3"}, {}, lang="en", ask=["interests"],
      note="Groundwater is no option: PFAS and Soil recorded, the rest passed on. Time is not "
           "answered (she asks to be asked again), so not recorded."),

    c("ow88-en-outlook-prefix-dansk-paa-engelsk", "outlook_prefix", "Rasmus Enevoldsen",
      "Hej, jeg skriver lige på dansk.\nJeg er ude af PFAS-gruppen og har fået støj ind over. "
      "Tid: nogen. Resten er som før.\n/Rasmus",
      {"interests": "Noise; Air; Climate", "groups": "Inspection network", "time": "Some"}, E2,
      lang="en", unchanged=True,
      note="Danish on the English form, recorded in the English option spellings."),

    c("ow88-en-iphone-cant-make-it", "iphone", "Mark Jensen",
      "Can't make the meeting on the 14th, sorry – will do the form next week.\n\nMark", {}, E1,
      lang="en", flagged=True, note="Only an absence; the form comes later."),

    c("ow88-en-owa-inline-pfas-group-online", "owa", "Helle Frandsen", """Hi

I've put my changes in the form below. One more thing: I'd like to join the PFAS working group, \
but only if it keeps meeting online – I can't travel much this year.

Regards
Helle""", {"interests": "Wastewater; Waste; Noise", "time": "Little"}, E1, lang="en",
      edits=[("set", "[ ] Waste", "[x] Waste"), ("set", "[x] Some", "[ ] Some"),
             ("set", "[ ] Little", "[x] Little")],
      ask=["groups"],
      note="Joining the PFAS group only if it meets online: a condition for the chair, passed "
           "on rather than recorded."),
]
