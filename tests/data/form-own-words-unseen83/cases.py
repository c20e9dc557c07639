"""Unseen part 83 of the own-words competence-form replies: an ordinary round before the spring
meeting in February. Written blind, by hand: the answers are what a careful human secretary
records. People invented, at example.org."""

from common import E1, E2, S1, S2, S3, S4, SIG_EN, SIG_KOMMUNE, SIG_SHORT, c

CASES = [
    # --- Danish form ------------------------------------------------------------------------
    c("ow83-da-outlook-tak", "outlook", "Per Holm",
      "Tak",
      {}, S1,
      note="Only a thank-you; nothing about the form."),

    c("ow83-da-owa-mere-tid-ellers-uaendret", "owa", "Mette Kragh",
      "Hej\n\nJeg har fået ryddet op i mine sager efter nytår, så I må gerne sætte mig på meget "
      "tid. Ellers uændret.\n\nMvh\nMette",
      {"tid": "Meget"}, S4, unchanged=True),

    c("ow83-da-gmail-ny-kollega", "gmail", "Sofie Lund Andersen",
      "Hej\n\nJeg er startet i Eksempel Kommune 1. oktober og har fået skemaet videresendt af min "
      "leder, så her kommer mine svar.\n\nJeg arbejder primært med spildevand og jord, og så "
      "har jeg en lille bid af klimatilpasningen (regnvandsbassiner).\nJeg har 6 års erfaring i "
      "alt, de fleste af dem fra et rådgivningsfirma.\nJeg vil meget gerne være med i netværket "
      "for miljøtilsyn.\nFunktioner: ikke lige nu, jeg skal lige lande først.\nTid: nogen\n\n"
      "Glæder mig til at møde jer i februar!\n\n" + SIG_SHORT,
      {"interesser": "Spildevand; Jord; Klima", "grupper": "Netværk for miljøtilsyn",
       "funktioner": "", "erfaring": "6", "tid": "Nogen"}, {},
      note="New member, nothing pre-filled. 'klimatilpasningen' is Klima. 'Funktioner: ikke lige "
           "nu' is recorded as none (\"\"), the same as the empty sent value."),

    c("ow83-da-outlook-stopper-som-sekretaer", "outlook", "Anders Bech",
      "Hej\n\nEfter fire år med referaterne synes jeg, det er på tide, at en anden tager over, "
      "så I må gerne fjerne mig som sekretær.\nJeg bliver selvfølgelig ved i gruppen.\n\n"
      "Jeg kan desværre ikke komme til mødet i februar, da jeg er på kursus i Aarhus de dage.\n\n"
      + SIG_KOMMUNE,
      {"funktioner": ""}, S1, flagged=True,
      note="Gives up the secretary role (the only pre-filled function). Flagged: cannot come to "
           "the February meeting. 'bliver ved i gruppen' is about the group as a whole."),

    c("ow83-da-outlook-html-stopper-som-formand", "outlook_html", "Poul Erik Damgaard",
      "Hej\n\nSom jeg sagde på sidste møde, stopper jeg som formand til foråret, så den må I "
      "godt fjerne. Høringstovholder fortsætter jeg gerne med.\n\nJeg har i øvrigt fået lidt "
      "mere luft i kalenderen, så skriv nogen tid i stedet for lidt.\n\nHilsen Poul Erik",
      {"funktioner": "Høringstovholder", "tid": "Nogen"}, S3,
      note="Formand removed on his own word ('den må I godt fjerne'); Høringstovholder kept. "
           "He already told the group at the last meeting, so nothing new for the chair."),

    c("ow83-da-thunderbird-fastansat", "thunderbird", "Nanna Frost",
      "Hej\n\nGode nyheder: jeg er blevet fastansat fra 1. januar 🎉 så I kan slette det med "
      "barselsvikar under andet.\n\nJeg har også overtaget affaldsområdet fra en kollega, der er "
      "gået på pension, så sæt gerne kryds ved affald. Og erfaring er 4 år nu.\n\n"
      "Vh Nanna",
      {"interesser": "Spildevand; Affald; Luft; Klima", "erfaring": "4", "andet": ""}, S2,
      note="She asks to delete the pre-filled Andet text ('Barselsvikar til juni'), recorded as "
           "\"\". The permanent job is her reason, not a separate message for the chair."),

    c("ow83-da-gmail-android-jord-klima", "gmail_android", "Bo Thygesen",
      "tilføj jord og klima, fjern affald\nmvh bo",
      {"interesser": "PFAS; Jord; Klima"}, S4),

    c("ow83-da-apple-mail-hvad-kraever-sekretaer", "apple_mail", "Line Juhl",
      "Hej\n\nInden jeg svarer på det med tid: hvor meget forventes der egentlig af sekretæren – "
      "er det referat fra alle fire møder plus dagsordener? Hvis det er det, så må jeg nok sige "
      "lidt tid og ikke sekretær i år.\n\nResten er uændret.\n\nHilsen Line",
      {}, S1, ask=["funktioner", "tid"], unchanged=True,
      note="Both the secretary role and the time depend on the chair's answer to her question; "
           "passed on, not recorded."),

    c("ow83-da-outlook-prefix-pil-ved-stoej", "outlook_prefix", "Søren Kjær",
      "Har rettet direkte i skemaet herunder.\n\nHilsen Søren",
      {"interesser": "PFAS; Støj", "erfaring": "9"}, S4,
      edits=[("append", "[ ] Støj", "   <- ja, fra i år"),
             ("set", "[x] Affald", "[ ] Affald"),
             ("set", "Svar: 8", "Svar: 9")],
      note="Typed in the quoted form: an arrow and 'ja' at Støj, the cross at Affald removed, "
           "8 changed to 9."),

    c("ow83-da-owa-html-ferie-februar", "owa_html", "Ida Bruun",
      "Hej\n\nJeg kan desværre ikke deltage i forårsmødet i februar – jeg er på skiferie med "
      "familien den uge.\nKan jeg sende mine kommentarer til høringen om spildevandsplanen på "
      "mail i stedet?\n\nSkemaet er fint, som det står.\n\nKh Ida",
      {}, S2, flagged=True, unchanged=True,
      note="'Skemaet er fint, som det står' = everything as before. Flagged: absent from the "
           "February meeting and a question about the consultation."),

    c("ow83-da-outlook-ios-femten-aar", "outlook_ios", "Rasmus Vestergaard",
      "Hej\nErfaring: femten år nu (har talt efter 😅)\ntid: sæt lidt, vi er blevet skåret en "
      "stilling ned i afdelingen\n/Rasmus",
      {"erfaring": "15", "tid": "Lidt"}, S1),

    c("ow83-da-outlook-android-ptx", "outlook_android", "Thomas Nørgaard",
      "Hej\n\nVi har fået to PtX-anlæg i kommunen i år, så jeg arbejder nu også med power to x "
      "og dermed også IE-direktivet. Ring hvis I skal vide mere.\n\nThomas",
      {"interesser": "PFAS; Affald; IE-direktivet; Power-to-X"}, S4,
      note="'PtX' / 'power to x' is Power-to-X."),

    c("ow83-da-outlook-mac-grundvand", "outlook_mac", "Birgitte Lauridsen",
      "Hej hej\n\nJeg arbejder mest med grundvand og drikkevand efterhånden, og så stadig med "
      "jord. VVM har jeg ikke haft siden sommer, så det kan I fjerne.\n\nBirgitte",
      {"interesser": "Affald; Jord"}, S3, ask=["interesser"],
      note="VVM removed on her word. Grundvand and drikkevand are no options (Jord? PFAS?), and "
           "'mest med' leaves open whether Affald still applies: passed on, with the confident "
           "part recorded."),

    c("ow83-da-iphone-tommelfinger", "iphone", "Jonas Ravn",
      "👍 alt er som sidst",
      {}, S2, unchanged=True),

    c("ow83-da-thunderbird-bottom-pension", "thunderbird_bottom", "Grethe Vinther",
      "Kære tovholder\n\nTak for skemaet. Jeg skal lige gøre opmærksom på, at jeg går på pension "
      "til sommer, så jeg vil gerne stoppe som både formand og høringstovholder fra "
      "forårsmødet. Jeg kommer gerne til mødet i februar og hjælper med at overlevere til en "
      "ny formand.\n\nAndet: går på pension 30. juni\n\nDe bedste hilsner\nGrethe Vinther\n"
      "Eksempel Kommune",
      {"funktioner": "", "andet": "går på pension 30. juni"}, S3, flagged=True,
      note="Bottom-posted. Both functions given up (from the spring meeting). Flagged: she is "
           "leaving the group at retirement and offers a handover."),

    c("ow83-da-android-ny-tekniker", "android", "Emil Sandberg",
      "Hej. Jeg er miljøtekniker i Eksempel Kommune og har været det i 2 år. Arbejder med støj "
      "og luft, mest ved virksomhederne. Vil gerne være med i tilsynsnetværket.\n"
      "Tid: nogen-meget, afhænger af sæsonen",
      {"interesser": "Støj; Luft", "grupper": "Netværk for miljøtilsyn", "erfaring": "2"}, {},
      ask=["tid"],
      note="New member. 'tilsynsnetværket' is Netværk for miljøtilsyn. Tid is a range "
           "('nogen-meget'): asked."),

    c("ow83-da-gmail-30-timer", "gmail", "Camilla Krogh",
      "Hej\n\nJeg er gået ned på 30 timer om ugen fra januar, så jeg har kun lidt tid til "
      "gruppen fremover. Derfor vil jeg også gerne melde mig ud af arbejdsgruppen om PFAS, men "
      "jeg bliver i tilsynsnetværket.\n\nTil gengæld kan jeg godt tage sekretærrollen, hvis "
      "ingen andre melder sig.\n\n" + SIG_KOMMUNE,
      {"tid": "Lidt", "grupper": "Netværk for miljøtilsyn"}, S2, ask=["funktioner"],
      note="Secretary offered on a condition about others ('hvis ingen andre melder sig'): "
           "passed on to the chair."),

    c("ow83-da-outlook-barsel-i-skemaet", "outlook", "Maria Dalsgaard",
      "Se mine rettelser nedenfor 🙂\n\nMaria",
      {"interesser": "PFAS; Støj; Luft", "andet": "Jeg er på barsel fra marts til december"},
      S1,
      edits=[("set", "[ ] Luft", "[x] Luft"),
             ("set", "Svar:", "Svar: Jeg er på barsel fra marts til december", "6. Andet")],
      note="Typed into the quoted form: a cross at Luft and a text in Andet. The leave is "
           "recorded under Andet, so not flagged on its own."),

    c("ow83-da-owa-english-on-danish", "owa", "Marta Kowalska",
      "Hi,\n\nsorry for answering in English, my Danish is not good enough yet for forms :)\n"
      "Please add noise and soil to my areas. I can't be consultation coordinator any more, "
      "there is too much work with the new waste plan.\nOtherwise the same.\n\nBest, Marta",
      {"interesser": "PFAS; Affald; Støj; Jord", "funktioner": ""}, S4, unchanged=True,
      note="English on the Danish form; recorded in the Danish option spellings."),

    c("ow83-da-outlook-html-nyt-job", "outlook_html", "Lise Winther",
      "Hej\n\nJeg har rettet tiden i skemaet.\n\nVil I i øvrigt sende dagsordenen til mødet i "
      "februar til min nye adresse? Jeg skifter til Nabo Kommune pr. 1. januar og bliver gerne "
      "i gruppen, hvis det kan lade sig gøre: lise.winther.nabo@example.org\n\nVh Lise",
      {"tid": "Nogen"}, S2,
      edits=[("set", "[ ] Nogen", "[x] Nogen"), ("set", "[x] Meget", "[ ] Meget")],
      flagged=True,
      note="Cross moved from Meget to Nogen in the quoted (HTML-only) form. Flagged: new job in "
           "another municipality, new address, asks whether she can stay."),

    c("ow83-da-apple-forward-klima", "apple_forward", "Hanne Brask",
      "Jeg videresender lige, for jeg kunne ikke finde ud af at svare på den anden.\n\n"
      "Jeg vil gerne have klima med, og så er det 21 års erfaring nu. Ellers som sidst.\n\n"
      "Vh Hanne",
      {"interesser": "Affald; Jord; Klima; VVM", "erfaring": "21"}, S3, unchanged=True),

    c("ow83-da-gmail-tillidsrepraesentant", "gmail", "Kim Østergaard",
      "Hej igen\n\nkort: 9 års erfaring nu.\nAndet: jeg er tillidsrepræsentant fra januar, så "
      "enkelte møder kan kollidere.\n\n/Kim",
      {"erfaring": "9", "andet": "jeg er tillidsrepræsentant fra januar, så enkelte møder kan "
                                 "kollidere"}, S4),

    c("ow83-da-iphone-fortsaetter-som-sekretaer", "iphone", "Louise Fabricius",
      "Fortsætter gerne som sekretær 👍 og vil også gerne være høringstovholder hvis Grethe "
      "stopper",
      {"funktioner": "Sekretær"}, S1, ask=["funktioner"],
      note="Sekretær kept (same as sent, recorded as her confirmation); Høringstovholder offered "
           "on a condition about someone else: passed on."),

    c("ow83-da-outlook-mac-html-ny-afdeling", "outlook_mac_html", "Henrik Aagaard",
      "Hej\n\nJeg har skiftet afdeling til Byggeri og Miljø, men laver stort set det samme. "
      "Dog er affald røget, og jeg har fået spildevand i stedet.\n"
      "Tid: lidt\n\nKan ikke komme til februarmødet pga. en operation, der er blevet flyttet.\n\n"
      "Mvh Henrik",
      {"interesser": "PFAS; Spildevand", "tid": "Lidt"}, S4, flagged=True,
      note="Affald swapped for Spildevand. Flagged: cannot come to the February meeting."),

    c("ow83-da-gmail-android-siden-2022", "gmail_android", "Amalie Storm",
      "svar i skemaet",
      {"tid": "Nogen"}, S2, ask=["erfaring"], flagged=True,
      edits=[("add", "Svar: 3", "har været her siden 2022"),
             ("add", "[x] Meget", "sæt nogen i stedet. btw er der et bestemt antal timer man "
                                  "forventer?")],
      note="Typed lines inside the quote. Erfaring given as a year: asked. Tid Nogen on her "
           "word (the quoted cross at Meget is the old value). Flagged also for her question "
           "about the expected hours."),

    # --- English form -----------------------------------------------------------------------
    c("ow83-en-outlook-stepping-down-as-chair", "outlook", "David Holt",
      "Hi,\n\nAfter six years as chair I think it is time for someone else to have a go. I'm "
      "happy to take on consultation coordinator instead.\nExperience is 21 years now.\n\n"
      "I won't make the February meeting in person, but I can join online if there is a link.\n\n"
      + SIG_EN,
      {"functions": "Consultation coordinator", "experience": "21"}, E1, lang="en",
      flagged=True,
      note="Chair given up, consultation coordinator taken on. Flagged: not attending in person, "
           "asks for an online link."),

    c("ow83-en-gmail-same-as-last-year", "gmail", "Eva Lindqvist",
      "Same as last year, thanks!\n\nEva",
      {}, E2, lang="en", unchanged=True),

    c("ow83-en-android-add-pfas", "android", "Jakob Rønne",
      "add PFAS pls. less time this spring so little",
      {"interests": "PFAS; Air; Climate", "time": "Little"}, E2, lang="en"),

    c("ow83-en-thunderbird-new-from-sweden", "thunderbird", "Karin Sjöberg",
      "Hello,\n\nI joined the environment department in September, coming from the Swedish "
      "EPA. I mainly work with IED permits for the larger industries, air quality and some "
      "noise complaints.\nExperience: about 8 years.\nI would like to join the inspection "
      "network.\nTime: some\n\nBest regards\nKarin Sjöberg",
      {"interests": "Noise; Air; IED", "groups": "Inspection network", "time": "Some"}, {},
      lang="en", ask=["experience"],
      note="New member. 'about 8 years' is an approximation: asked, like 'ca. ti'."),

    c("ow83-en-owa-danish-on-english", "owa", "Niels Ebbesen",
      "Hej, jeg skriver bare på dansk 🙂\n\nJeg har ikke længere støj, det er gået til en ny "
      "kollega. Tilføj venligst jord.\nResten er som før.\n\nNiels",
      {"interests": "Wastewater; Soil"}, E1, lang="en", unchanged=True,
      note="Danish on the English form; recorded in the English option spellings."),

    c("ow83-en-apple-mail-updated-below", "apple_mail", "Tom Fischer",
      "Updated below.\n\nCheers,\nTom",
      {"time": "Some", "experience": "11"}, E2, lang="en",
      edits=[("set", "[x] Much", "[ ] Much"), ("set", "[ ] Some", "[x] Some"),
             ("set", "Answer: 10", "Answer: 11")]),

    c("ow83-en-outlook-android-what-is-chair", "outlook_android", "Ingrid Halvorsen",
      "Quick question before I fill this in: does 'Chair' mean chairing the whole group or just "
      "the inspection network meetings? I'll answer properly when I know.\n\nIngrid",
      {}, E1, lang="en", flagged=True,
      note="A question about the form for the chair; no answers yet."),

    c("ow83-en-outlook-prefix-leaving", "outlook_prefix", "Anna Weber",
      "Dear all,\n\nI am leaving Example Municipality at the end of January for a job in the "
      "private sector, so please take me off the list. It has been a pleasure working with "
      "you all.\n\nBest wishes,\nAnna",
      {}, E2, lang="en", flagged=True,
      note="Leaving the group: for the chair, nothing recorded on the form."),
]
