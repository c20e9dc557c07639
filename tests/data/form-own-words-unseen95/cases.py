"""Unseen part 95 of the own-words competence-form replies: the round at the start of a new
two-year role period (spring 2031). By hand, blind; people invented, at example.org."""

from common import E1, E2, S1, S2, S3, S4, SIG_EN, SIG_KOMMUNE, SIG_SHORT, c

CASES = [
    # --- Danish form ------------------------------------------------------------------------
    c("ow95-da-outlook-formand-igen-ikke-hoeringer", "outlook", "Lars Højgaard", """Hej

Tak for skemaet. Jeg stiller gerne op som formand igen i den nye periode – der er et par ting, \
jeg gerne vil have gjort færdige, bl.a. samarbejdet med regionen om jordforureningssagerne.

Høringstovholder vil jeg derimod gerne give videre. Jeg har haft den i fire år, og der er brug \
for friske øjne på høringssvarene.

""" + SIG_KOMMUNE,
      {"funktioner": "Formand"}, S3,
      note="'fire år' is how long he has held the role, not his experience; the soil cases are a "
           "reason (Jord is already ticked), not a change."),

    c("ow95-da-gmail-deler-sekretaer-med-kollega", "gmail", "Rasmus Kjeldsen", """Hej tovholder

Høringerne fortsætter jeg gerne med.

Derudover har Mette Lund og jeg talt om at dele sekretærposten, så hun skriver referat i \
foråret og jeg i efteråret. Jeg vil ikke tage den alene ved siden af høringerne, så det er kun, \
hvis vi kan dele den.

Rasmus""",
      {"funktioner": "Høringstovholder"}, S4, ask=["funktioner"],
      note="Høringstovholder confirmed; Sekretær offered only shared with Mette Lund (a condition "
           "on someone else), so that part goes to the chair and is not recorded."),

    c("ow95-da-iphone-tak", "iphone", "Sofie Brandt", "Tak", {}, S2,
      note="Says nothing about the form."),

    c("ow95-da-owa-fra-referat-til-hoeringer", "owa", "Camilla Thorsen", """Hej

Efter tre år med referaterne vil jeg gerne give sekretærjobbet videre til en anden. Til \
gengæld vil jeg gerne prøve kræfter med høringerne som høringstovholder.

Ellers er alt som før.

Venlig hilsen
Camilla""",
      {"funktioner": "Høringstovholder"}, S1, unchanged=True,
      note="Sekretær swapped for Høringstovholder; 'tre år' is her time with the minutes, not "
           "experience."),

    c("ow95-da-gmail-android-telefon-kort", "gmail_android", "Mikkel Bach", """Formand: nej tak
Sekretær: ok
Høringer: måske, afh. af hvor mange der kommer i foråret
15 års erfaring, lidt tid
Sendt på farten, sorry for kort svar""",
      {"funktioner": "Sekretær", "erfaring": "15", "tid": "Lidt"}, {}, ask=["funktioner"],
      note="Høringstovholder is a 'maybe, depending on the number of consultations': passed on, "
           "not recorded; Sekretær recorded."),

    c("ow95-da-outlook-android-uddannelsesorlov", "outlook_android", "Henrik Damgaard",
      "Hej. Jeg er på uddannelsesorlov det meste af foråret (februar-juni), så tag mig af som "
      "høringstovholder og sæt tiden ned til lidt. Jeg kommer ikke til møderne før efter "
      "sommerferien.",
      {"funktioner": "", "tid": "Lidt"}, S4, flagged=True,
      note="Flagged for the absence from meetings until after the summer holidays."),

    c("ow95-da-thunderbird-bytter-i-skemaet", "thunderbird", "Katrine Mølgaard", """Hej

Jeg har rettet direkte i skemaet: formand i stedet for sekretær. Begge dele kan jeg ikke nå, og \
jeg synes, det er på tide, at en anden skriver referaterne.

Mvh Katrine""",
      {"funktioner": "Formand"}, S1,
      edits=[("set", "[ ] Formand", "[x] Formand"), ("set", "[x] Sekretær", "[ ] Sekretær")]),

    c("ow95-da-apple-mail-helst-ikke-hoeringer", "apple_mail", "Jesper Winther", """Hej,

Ærligt talt vil jeg helst ikke være høringstovholder igen. Det har fyldt meget de sidste to år, \
især med alle PFAS-høringerne. Men hvis der ikke er andre, der melder sig, så tager jeg den en \
periode mere. Det må formanden afgøre.

Til interesserne kan I tilføje jord – jeg har overtaget jordforureningssagerne efter Bente.

Hilsen
Jesper""",
      {"interesser": "PFAS; Affald; Jord"}, S4, ask=["funktioner"],
      note="Høringstovholder only if nobody else volunteers (a condition on others, and he leaves "
           "it to the chair): asked, the sent cross not confirmed. 'jord' added to interests."),

    c("ow95-da-android-flytter-til-regionen", "android", "Louise Kragh", """Hej alle

Jeg er blevet ansat i Region Midtjylland fra 1. februar, så jeg stopper i gruppen ved \
årsskiftet. Det betyder også, at I skal finde en ny sekretær til den nye periode - beklager \
timingen!

Tak for mange gode år 🙂
Louise""",
      {"funktioner": ""}, S1, flagged=True,
      note="Leaving the group: for the chair. She clearly will not be secretary, so Sekretær is "
           "removed; nothing else recorded."),

    c("ow95-da-outlook-prefix-uden-aeoeaa", "outlook_prefix", "Bjarne Kjær", """Hej

Jeg fortsaetter gerne som hoeringstovholder, men formand vil jeg ikke vaere igen - det maa en af \
de yngre tage over.
Jeg har nu 21 aars erfaring. Tiden er blevet lidt bedre end sidst, saa saet mig paa nogen.

Mvh
Bjarne Kjaer
Eksempel Kommune""",
      {"funktioner": "Høringstovholder", "erfaring": "21", "tid": "Nogen"}, S3,
      note="ae/oe/aa spellings; 'lidt bedre' is not the option Lidt, 'saet mig paa nogen' is."),

    c("ow95-da-owa-html-skriver-i-skemaet", "owa_html", "Nanna Friis",
      "Hej – mine svar står i skemaet herunder.\n\nNanna",
      {"funktioner": "", "erfaring": "9"}, S4,
      edits=[("add", "3. Funktioner", "Ingen af dem denne gang. Jeg er blevet teamleder og har "
                                      "ikke overskud til mere."),
             ("set", "Svar: 8", "Svar: 9")],
      note="She typed 'Ingen af dem' under question 3 but left the pre-filled cross at "
           "Høringstovholder; her words win. The new job is her reason, not news for the chair."),

    c("ow95-da-outlook-mac-ny-i-gruppen", "outlook_mac", "Ida Skovgaard", """Hej

Jeg er ny i gruppen fra januar, så det er nok lidt tidligt for mig at blive formand 😊 Men jeg \
vil gerne hjælpe til med høringerne, hvis der er brug for det.

Jeg arbejder primært med spildevand og støj og har 6 års erfaring som miljømedarbejder. Tid: \
nogen.

Mange hilsner
Ida Skovgaard""",
      {"interesser": "Spildevand; Støj", "erfaring": "6", "tid": "Nogen"}, {},
      ask=["funktioner"],
      note="'hjælpe til med høringerne' is help with consultations, not clearly taking on the "
           "coordinator role: passed on rather than recorded as Høringstovholder."),

    c("ow95-da-iphone-sekretaer-plus-hoeringer", "iphone", "Anne-Mette Vinther",
      "Sekretær igen ja 👍 og så vil jeg gerne være høringstovholer også. Resten står som før.",
      {"funktioner": "Høringstovholder; Sekretær"}, S1, unchanged=True,
      note="Typo 'høringstovholer'."),

    c("ow95-da-thunderbird-bottom-formand-videre", "thunderbird_bottom", "Poul Erik Sand",
      """Undskyld det sene svar.

Formandsposten må gerne gå videre nu – seks år er nok. Høringerne beholder jeg.

Til mødet den 14. januar kommer jeg desværre ikke, da jeg er på kursus i Kolding.

Poul Erik""",
      {"funktioner": "Høringstovholder"}, S3, flagged=True,
      note="Flagged for the absence on 14 January; 'seks år' is his time as chair."),

    c("ow95-da-apple-forward-vikariat-forlaenget", "apple_forward", "Maja Holst", """Hej

Jeg kunne ikke svare direkte på mailen fra telefonen, så jeg sender den videre med mine svar.

Jeg tager gerne sekretærposten i den nye periode.
Andet: vikariatet er forlænget til 31. december 2027

Maja""",
      {"funktioner": "Sekretær", "andet": "vikariatet er forlænget til 31. december 2027"}, S2),

    c("ow95-da-outlook-html-alt-undtagen-formand", "outlook_html", "Thomas Bjerregaard", """Hej

Funktioner: alt undtagen formand. Jeg arbejder ikke længere med støj, det er flyttet til \
byggeafdelingen.

Mvh Thomas""",
      {"interesser": "PFAS", "funktioner": "Høringstovholder; Sekretær"}, S1),

    c("ow95-da-gmail-foreslaar-karen", "gmail", "Birgitte Lauridsen", """Hej

Jeg vil gerne foreslå Karen Vestergaard som ny formand – hun har styr på både netværket og \
PFAS-gruppen og er god til at få alle med. Jeg har ikke spurgt hende endnu, så tag det som et \
forslag.

Selv fortsætter jeg som høringstovholder. Intet andet nyt fra mig.

Hilsen Birgitte""",
      {"funktioner": "Høringstovholder"}, S4, unchanged=True, flagged=True,
      note="The proposal of Karen Vestergaard as chair is for the chair (belongs to no question "
           "of Birgitte's own); 'netværket'/'PFAS-gruppen' describe Karen, not Birgitte's groups."),

    c("ow95-da-outlook-spoerger-om-tidsforbrug", "outlook", "Kasper Rønne", """Hej

Inden jeg svarer på funktionerne: hvor meget tid tager det egentlig at være høringstovholder? \
Hvis det er et par timer om måneden, vil jeg gerne, men hvis det er mere, må jeg melde fra.

Resten kan jeg godt svare på: Jeg arbejder mest med VVM og IE-direktivet, har 5 års erfaring og \
er med i netværket for miljøtilsyn.

""" + SIG_SHORT,
      {"interesser": "VVM; IE-direktivet", "grupper": "Netværk for miljøtilsyn", "erfaring": "5"},
      {}, ask=["funktioner"],
      note="Asks how much time the coordinator role takes; his offer depends on the answer."),

    c("ow95-da-owa-naestformand", "owa", "Ole Fabricius", """Kære tovholder

Jeg genopstiller ikke som formand i den nye periode, men jeg kunne godt være næstformand, hvis \
vi indfører sådan en – så kan jeg hjælpe den nye formand i gang.

""" + SIG_KOMMUNE,
      {"funktioner": "Høringstovholder"}, S3, ask=["funktioner"],
      note="Formand removed, Høringstovholder (not mentioned) kept; 'næstformand' is no option."),

    c("ow95-da-outlook-ios-formand-hvis-chefen-siger-ja", "outlook_ios", "Signe Overgaard",
      "Jeg har nu ni års erfaring og vil gerne være formand de næste to år, hvis min "
      "afdelingsleder kan give mig timerne til det. Det afklarer jeg med hende i januar. "
      "Høringerne kan jeg under alle omstændigheder fortsætte med.",
      {"funktioner": "Høringstovholder", "erfaring": "9"}, S4, ask=["funktioner"],
      note="Formand depends on her manager's approval (not settled until January): passed on. "
           "'to år' is the role period, not experience."),

    c("ow95-da-iphone-sidste-periode", "iphone", "Jørgen Lykke",
      "Det her bliver min sidste periode – jeg går på pension til sommer. Formand kan jeg godt "
      "fortsætte som indtil da, men ikke længere. Høringerne må en anden overtage allerede nu.",
      {"funktioner": "Formand"}, S3, ask=["funktioner"],
      note="Høringstovholder removed; Formand only until he retires in the summer, i.e. part of "
           "the two-year period: recorded as he has it but passed on to the chair."),

    c("ow95-da-apple-mail-noedigt-sekretaer", "apple_mail", "Helle Søndergaard", """Hej

Jeg har tænkt lidt over det her. Egentlig ville jeg gerne give sekretærjobbet videre, men jeg \
ved også godt, at der ikke ligefrem er kø til det. Så skriv mig bare på som sekretær igen.

Men jeg vil gerne have det op på næste møde, om vi kan gå på skift med referaterne, så det ikke \
altid er den samme, der sidder med det.

Venlig hilsen
Helle""",
      {"funktioner": "Sekretær"}, S1, flagged=True,
      note="A reluctant but plain yes to Sekretær; the wish for an agenda point on rotating the "
           "minutes is for the chair."),

    c("ow95-da-thunderbird-kryds-og-andet", "thunderbird", "Frederik Hald", """Hej

Sat kryds ved høringstovholder og rettet datoen i Andet – vikariatet er blevet forlænget.

Frederik""",
      {"funktioner": "Høringstovholder", "andet": "Barselsvikar til december"}, S2,
      edits=[("set", "[ ] Høringstovholder", "[x] Høringstovholder"),
             ("set", "Svar: Barselsvikar til juni", "Svar: Barselsvikar til december")]),

    c("ow95-da-outlook-mac-html-hjemmeside", "outlook_mac_html", "Christian Dalsgaard", """Hej

Høringstovholder har jeg været længe nok, så den siger jeg fra til.

Hvis gruppen får brug for én, der holder hjemmesiden og mailinglisten ved lige, melder jeg mig \
gerne – det er ikke på listen, men måske noget at overveje.

Mvh
Christian""",
      {"funktioner": ""}, S4, ask=["funktioner"],
      note="Høringstovholder removed; the offer to look after the website and mailing list is a "
           "function that is no option."),

    c("ow95-da-outlook-skriver-engelsk", "outlook", "Markus Schneider", """Hi,

Sorry for answering in English – my Danish is fine for meetings but not for writing minutes, so \
please take me off secretary. Consultation coordinator (høringstovholder) I'd be happy to do.

Otherwise everything is as before.

Best,
Markus""",
      {"funktioner": "Høringstovholder"}, S1, unchanged=True,
      note="English on the Danish form."),

    # --- English form -----------------------------------------------------------------------
    c("ow95-en-iphone-stepping-down-chair", "iphone", "Peter Vang",
      "After six years as chair I'm stepping down – please take me off Chair. I could be "
      "secretary for a year if nobody else wants it, but not the full two years.",
      {"functions": ""}, E1, lang="en", ask=["functions"],
      note="Chair removed; Secretary only if nobody else wants it and only for one of the two "
           "years: passed on, not recorded. 'six years' is his time as chair."),

    c("ow95-en-gmail-consultations", "gmail", "Sarah Kowalski", """Hi,

Count me in as consultation coordinator for the new period. The big permit project is done, so \
I have the time.

I've left the PFAS working group, by the way – the inspection network is enough for me. And it's \
11 years of experience now.

Best,
Sarah""",
      {"groups": "Inspection network", "functions": "Consultation coordinator",
       "experience": "11"}, E2, lang="en"),

    c("ow95-en-owa-chair-only-with-secretary", "owa", "Anna Richter", """Dear all,

I am willing to stand again as chair, but only if we find a secretary this time. I wrote the \
minutes myself for most of last year and I cannot do both for another two years.

""" + SIG_EN,
      {}, E1, lang="en", ask=["functions"],
      note="Chair is conditional on someone else becoming secretary: passed on; the sent Chair "
           "is neither confirmed nor removed."),

    c("ow95-en-thunderbird-new-member", "thunderbird", "Jonas Eriksson", """Hi,

I'm new in the group – I joined the environment department in October after some years in \
Gothenburg. Areas: soil and PFAS, and a bit of climate adaptation. Groups: none yet.

I could be secretary, I type fast :) Chair is not for me yet.

About 7 years of experience. Time: some.

Jonas""",
      {"interests": "PFAS; Soil; Climate", "groups": "", "functions": "Secretary",
       "experience": "7", "time": "Some"}, {}, lang="en",
      note="'a bit of climate adaptation' is still Climate; 'About 7' recorded as 7 (a single "
           "number, not a range); 'none yet' = no groups."),

    c("ow95-en-outlook-mac-dansk-paa-engelsk", "outlook_mac", "Rikke Agerskov",
      """Hej – jeg svarer lige på dansk, håber det er ok.

Jeg kan desværre ikke påtage mig nogen af funktionerne i den nye periode, da jeg går ned på 30 \
timer fra januar. Sæt gerne min tid til lidt.

Ellers uændret.

Rikke""",
      {"functions": "", "time": "Little"}, E2, lang="en", unchanged=True,
      note="Danish on the English form; '30 timer' is her working week, not experience."),

    c("ow95-en-gmail-android-brief", "gmail_android", "Daniel Okafor",
      "no chair for me this time. secretary ok. rest same",
      {"functions": "Secretary"}, E1, lang="en", unchanged=True),

    c("ow95-en-outlook-html-co-chair", "outlook_html", "Emma Lindgren",
      "Hello, my answers are in the form below.\n\nEmma",
      {}, E2, lang="en", ask=["functions"],
      edits=[("set", "[ ] Chair", "[x] Chair"),
             ("add", "[x] Chair", "-> only as co-chair together with Henrik Bay, if the "
                                  "statutes allow two chairs")],
      note="The Chair cross comes with a co-chair arrangement with another member: passed on, "
           "not recorded."),

    c("ow95-en-outlook-prefix-all-three", "outlook_prefix", "Mohammed Haddad", """Hi

Since nobody seems to be queuing up: put me down for all three. I'd prefer consultation \
coordinator, but I can do whichever is needed. Also I've moved from air to noise - please swap \
them.

Regards
Mohammed Haddad""",
      {"interests": "Noise; Climate",
       "functions": "Chair; Consultation coordinator; Secretary"}, E2, lang="en",
      note="All three recorded; the preference for consultation coordinator is part of his "
           "answer, for the chair to see in his words, not a separate flag."),
]
