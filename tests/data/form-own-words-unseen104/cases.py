"""Unseen part 104 of the own-words form replies (issue 14), by hand, written blind.

The round of February 2033: in the call for the form the chair (Birgitte) asked who will take the
open functions of secretary and consultation coordinator. Members answer that alongside their
usual answers: they will, will not, will if ..., or suggest someone else. People invented, at
example.org."""

from common import E1, E2, S1, S2, S3, S4, SIG_EN, SIG_KOMMUNE, SIG_SHORT, c

CASES = [
    # --- Danish form -----------------------------------------------------------------------
    c("ow104-da-outlook-sekretaer-og-fastansat", "outlook", "Louise Vestergaard",
      "Hej Birgitte\n\n"
      "Til dit spørgsmål i indkaldelsen: ja, jeg tager gerne sekretærposten.\n\n"
      "Og så er jeg blevet fastansat fra 1. januar, så linjen om barselsvikar kan slettes. "
      "Resten er som før.\n\n" + SIG_KOMMUNE,
      {"funktioner": "Sekretær", "andet": ""}, S2, unchanged=True,
      note="The member asks to delete the pre-filled Andet line (Barselsvikar til juni): "
           "recorded as empty. Being made permanent is no matter for the chair."),

    c("ow104-da-owa-stopper-som-hoeringstovholder", "owa", "Kasper Møller",
      "Hej\n\n"
      "Jeg har været høringstovholder i tre år, og nu må en anden tage over – jeg melder fra "
      "til den post. Sekretær bliver det heller ikke til.\n\n"
      "Erfaring: ni år.\n\n"
      "Mvh\nKasper Møller",
      {"funktioner": "", "erfaring": "9"}, S4,
      note="Høringstovholder removed, Sekretær declined: no function left."),

    c("ow104-da-iphone-begge-dele-tommel", "iphone", "Mathilde Krogh",
      "Jeg tager gerne både sekretær og høringstovholder 👍",
      {"funktioner": "Høringstovholder; Sekretær"}, S1),

    c("ow104-da-gmail-hvis-ingen-andre-melder-sig", "gmail", "Jørgen Aagaard",
      "Hej Birgitte\n\n"
      "Til dit spørgsmål om de ledige poster: Hvis der ikke melder sig andre, så kan jeg godt "
      "tage høringstovholder et år mere, men jeg vil helst give stafetten videre. Formand "
      "bliver jeg ikke igen, det har jeg sagt før.\n\n"
      "Tid er stadig lidt.\n\n"
      "Hilsen\nJørgen",
      {"funktioner": "Høringstovholder", "tid": "Lidt"}, S3, ask=["funktioner"],
      note="Formand removed with confidence; Høringstovholder stays as pre-filled, but only if "
           "nobody else volunteers and he would rather be replaced: that condition on others "
           "goes to the chair. Tid repeats the sent value."),

    c("ow104-da-outlook-ios-ny-stilling-foreslaar-mette", "outlook_ios", "Rikke Damgaard",
      "Hej\n\n"
      "Jeg må desværre sige nej til sekretærposten denne gang. Jeg starter som teamleder "
      "1. marts og kan ikke overskue mere ved siden af.\n\n"
      "Måske Mette Kjær fra Holbæk? Hun sagde på sidste møde, at hun godt kunne tænke sig det.\n\n"
      "Sæt mig på lidt tid.\n\n"
      "/Rikke",
      {"funktioner": "", "tid": "Lidt"}, S1, flagged=True,
      note="Flagged: she suggests another member (Mette Kjær) for secretary, for the chair."),

    c("ow104-da-thunderbird-pension-i-skemaet", "thunderbird", "Ole Bach",
      "Hej\n\n"
      "Jeg har rettet et par ting nede i skemaet.\n\n"
      "Mvh Ole",
      {"erfaring": "9",
       "andet": "Jeg går på pension 1. juli, så jeg kan kun være høringstovholder frem til "
                "sommerferien. I må gerne begynde at lede efter en afløser allerede nu."},
      S4, flagged=True,
      edits=[("set", "Svar: 8", "Svar: 9"),
             ("set", "Svar:", "Svar: Jeg går på pension 1. juli, så jeg kan kun være "
                              "høringstovholder frem til sommerferien. I må gerne begynde at "
                              "lede efter en afløser allerede nu.", "6. Andet")],
      note="Typed into the quoted form. Andet recorded in his words; flagged because he leaves "
           "the group (retirement). Funktioner not changed: he stays høringstovholder until "
           "summer."),

    c("ow104-da-android-dele-sekretaer-og-pfas", "android", "Signe Bundgaard",
      "Hej Birgitte\n"
      "Jeg vil gerne være sekretær, hvis vi kan være to om det, fx på skift hvert andet møde? "
      "Så er det lettere at få til at passe med børnene.\n"
      "Og så har jeg overtaget PFAS-sagerne efter Tom, så sæt gerne kryds ved PFAS også.\n"
      "Mvh Signe",
      {"interesser": "PFAS; Spildevand; Luft; Klima"}, S2, ask=["funktioner"],
      note="Secretary only if the task can be shared with someone else: passed to the chair."),

    c("ow104-da-outlook-prefix-bytter-formand-med-sekretaer", "outlook_prefix", "Grethe Lund",
      "Hej\n\n"
      "Jeg har rettet i krydserne. Jeg bytter formandsposten ud med sekretærjobbet – det har "
      "Birgitte og jeg aftalt.\n\n" + SIG_SHORT,
      {"funktioner": "Høringstovholder; Sekretær"}, S3,
      edits=[("set", "[x] Formand", "[ ] Formand"), ("set", "[ ] Sekretær", "[x] Sekretær")]),

    c("ow104-da-gmail-android-ny-i-gruppen", "gmail_android", "Ahmad Khalil",
      "Hej!\n"
      "Jeg er ny i gruppen (startede i Vordingborg i januar). Jeg arbejder med spildevand og "
      "jord, har fem års erfaring fra en anden kommune, og jeg kan godt være høringstovholder, "
      "hvis der stadig mangler en. Tid: nogen.\n"
      "Hilsen Ahmad",
      {"interesser": "Spildevand; Jord", "funktioner": "Høringstovholder", "erfaring": "5",
       "tid": "Nogen"}, {},
      note="\"hvis der stadig mangler en\" is no real condition: the question is which functions "
           "he could take on, and the chair asked because one is missing. Recorded."),

    c("ow104-da-apple-mail-suppleant-til-hoeringer", "apple_mail", "Hanne Thorsen",
      "Kære Birgitte\n\n"
      "Tak for indkaldelsen og for et godt år.\n\n"
      "Angående høringstovholder: Jeg fortsætter gerne, men jeg synes, vi skal have en "
      "suppleant. Sidste efterår lå der tre høringer (råstofplanen, spildevandsplanen og den "
      "nationale PFAS-handleplan) inden for samme uge, og det var ikke holdbart at samle input "
      "alene. Kan vi tage det op på mødet i marts?\n\n"
      "Mht. skemaet er jeg kommet med i PFAS-arbejdsgruppen i efteråret, og jeg har nu 9 års "
      "erfaring. Ellers uændret.\n\n"
      "Mange hilsner\nHanne Thorsen",
      {"funktioner": "Høringstovholder", "grupper":
       "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS", "erfaring": "9"},
      S4, unchanged=True, flagged=True,
      note="Høringstovholder confirmed (same as sent). Flagged: she proposes a deputy and asks "
           "to put it on the March agenda. The plans named are consultations, not interests."),

    c("ow104-da-owa-html-foraeldreorlov", "owa_html", "Mikkel Enevoldsen",
      "Hej Birgitte\n\n"
      "Jeg skal på forældreorlov fra 1. april til 1. oktober, så jeg må melde fra som sekretær "
      "i år. Når jeg er tilbage, har jeg lidt tid, så sæt det bare til det.\n\n"
      "Jeg kommer heller ikke til mødet den 12. marts – vi har termin omkring der.\n\n"
      "Hilsen\nMikkel",
      {"funktioner": "", "tid": "Lidt"}, S1, flagged=True,
      note="Flagged: leave April–October and absent from the 12 March meeting."),

    c("ow104-da-outlook-mac-efter-vinterferien", "outlook_mac", "Lise Kragh",
      "Tak, jeg kigger på det efter vinterferien.\n\nMvh Lise",
      {}, S1,
      note="Nothing about the form yet."),

    c("ow104-da-apple-forward-svarknap-virker-ikke", "apple_forward", "Klaus Riis",
      "Hej Birgitte – videresender lige, jeg kunne ikke få svar-knappen til at virke på "
      "telefonen.\n\n"
      "Jeg tager gerne høringstovholder. Støj er kommet til hos mig, ellers er alt uændret.\n\n"
      "Klaus",
      {"interesser": "Spildevand; Støj; Luft; Klima", "funktioner": "Høringstovholder"},
      S2, unchanged=True,
      note="A forward instead of a reply; the trouble with the reply button needs no action."),

    c("ow104-da-thunderbird-bottom-ny-kommune", "thunderbird_bottom", "Torben Højgaard",
      "Hej,\n\n"
      "Kort nyt: jeg er skiftet til Roskilde Kommune pr. 1. februar, men bliver gerne i "
      "gruppen.\n\n"
      "Fagligt er det nu mest IE-direktivet og VVM – affald og jord har jeg ikke mere.\n\n"
      "Formand og høringstovholder må I finde andre til, jeg skal lige lande i det nye job. "
      "Tid: lidt.\n\n"
      "Hilsen Torben",
      {"interesser": "VVM; IE-direktivet", "funktioner": "", "tid": "Lidt"}, S3, flagged=True,
      note="Flagged: new employer (the member list's organisation must be updated), not a "
           "form answer."),

    c("ow104-da-outlook-html-skrevet-i-skemaet", "outlook_html", "Henrik Lauridsen",
      "Hej\n\nSvar i skemaet herunder.\n\nHenrik",
      {"funktioner": "Sekretær", "erfaring": "4"}, S2,
      edits=[("set", "[ ] Sekretær", "[x] Sekretær"), ("set", "Svar: 3", "Svar: 4"),
             ("add", "3. Funktioner", "Tager gerne sekretær, som efterlyst i indkaldelsen")]),

    c("ow104-da-gmail-engelsk-paa-dansk-skema", "gmail", "Anna Kowalski",
      "Hi Birgitte,\n\n"
      "Sorry for answering in English – my Danish is still too slow for writing. Regarding the "
      "call: I can take the consultation coordinator role in addition to secretary. Please also "
      "add climate to my areas. Experience: 13 years, 4 of them here in Denmark.\n\n"
      "Best,\nAnna",
      {"interesser": "PFAS; Støj; Klima", "funktioner": "Høringstovholder; Sekretær",
       "erfaring": "13"}, S1,
      note="English on the Danish form, recorded in the Danish option spellings. Experience: the "
           "total (13) answers the question; the 4 in Denmark is a part of it."),

    c("ow104-da-outlook-android-afklare-med-leder", "outlook_android", "Julie Bech",
      "Sekretær: måske. Det skal jeg lige afklare med min leder, om jeg kan få timerne til det. "
      "Jeg vender tilbage inden mødet.\n"
      "Tid skal rettes til nogen, vi er blevet skåret ned med en stilling.\n"
      "Julie",
      {"tid": "Nogen"}, S2, ask=["funktioner"],
      note="Secretary depends on her manager's answer: asked, not recorded."),

    c("ow104-da-apple-mail-aa-oe-ae-smaa-bogstaver", "apple_mail", "Bo Søndergaard",
      "hej\n"
      "jeg fortsaetter som hoeringstovholder og tager gerne sekretaer ogsaa. tid: meget nu hvor "
      "vi har faaet en ny kollega paa tilsyn\n"
      "mvh bo",
      {"funktioner": "Høringstovholder; Sekretær", "tid": "Meget"}, S4),

    c("ow104-da-outlook-mac-html-erfaring-interval", "outlook_mac_html", "Preben Dahl",
      "Hej Birgitte\n\n"
      "Sekretær: nej tak. Høringstovholder: ja, gerne fortsat.\n"
      "Erfaring – 20-25 år, jeg har ærligt talt ikke talt efter siden jeg startede i amtet.\n\n"
      "Venlig hilsen\nPreben Dahl",
      {"funktioner": "Formand; Høringstovholder"}, S3, ask=["erfaring"],
      note="Funktioner: his answers leave the pre-filled set as it was (Formand not mentioned). "
           "Erfaring is a range: asked."),

    c("ow104-da-outlook-intet-nyt-kursus", "outlook", "Susanne Kjeldsen",
      "Hej\n\n"
      "Intet nyt fra mig i år, og høringstovholder tager jeg gerne igen.\n\n"
      "Jeg kan desværre ikke være med på mødet den 5. marts, hvor jeg er på kursus i Vejle.\n\n"
      + SIG_KOMMUNE,
      {"funktioner": "Høringstovholder"}, S4, unchanged=True, flagged=True,
      note="Flagged: absent from the 5 March meeting."),

    c("ow104-da-owa-affaldstilsyn-ikke-temadage", "owa", "Dorte Præstholm",
      "Hej Birgitte\n\n"
      "Jeg er flyttet fra støj over på affaldstilsyn og jordforurening, så det skal rettes. "
      "PFAS har jeg stadig.\n\n"
      "Sekretær fortsætter jeg gerne med – men ikke hvis det også betyder referat fra "
      "temadagene, de er for lange til at jeg kan nå det ved siden af.\n\n"
      "Hilsen\nDorte",
      {"interesser": "PFAS; Affald; Jord"}, S1, ask=["funktioner"],
      note="Sekretær stays as pre-filled, but with a limit on the task (no minutes of the theme "
           "days) that the chair has to accept: asked."),

    c("ow104-da-gmail-android-kryds-vikariat", "gmail_android", "Emilie Skovgaard",
      "Har sat kryds ved høringstovholder 🙂 Gælder selvfølgelig kun til mit vikariat slutter "
      "i juni.",
      {"funktioner": "Høringstovholder"}, S2,
      edits=[("set", "[ ] Høringstovholder", "[x] Høringstovholder")],
      note="The end in June is already in Andet (Barselsvikar til juni); recorded, not asked."),

    c("ow104-da-iphone-tretten-aar", "iphone", "Jens Ulrik Holst",
      "13 år nu, resten passer stadig",
      {"erfaring": "13"}, S1, unchanged=True),

    c("ow104-da-outlook-ios-hvad-indebaerer-det", "outlook_ios", "Sara Lindholm",
      "Hej Birgitte\n"
      "Hvad indebærer høringstovholder egentlig tidsmæssigt? Hvis det er et par timer om "
      "måneden, vil jeg gerne, men ikke hvis det er hver uge.\n"
      "Mvh Sara",
      {}, S2, ask=["funktioner"],
      note="A question for the chair and a conditional yes: asked."),

    c("ow104-da-outlook-mac-foreslaar-peter-og-camilla", "outlook_mac", "Erik Rasmussen",
      "Kære Birgitte\n\n"
      "Jeg foreslår, at Peter Lind og Camilla Winther deler høringstovholderopgaven fremover – "
      "jeg har talt med dem begge, og de er med på det. Selv har jeg haft høringer nok.\n\n"
      "Formand kan jeg stadig godt tage en tørn som, hvis det bliver aktuelt.\n\n"
      "Skemamæssigt er klima kommet til hos mig.\n\n"
      "Vh\nErik",
      {"interesser": "Affald; Jord; Klima; VVM", "funktioner": "Formand"}, S3, flagged=True,
      note="Høringstovholder removed (\"høringer nok\"), Formand kept. Flagged: he proposes two "
           "others to share the consultation-coordinator task."),

    # --- English form ----------------------------------------------------------------------
    c("ow104-en-outlook-secretary-not-chair", "outlook", "Karen Mortensen",
      "Hi Birgitte,\n\n"
      "In answer to your question in the call: yes, I'll take the secretary job. I'm giving up "
      "on chairing though – two roles is too much with my other commitments, so please take me "
      "off chair.\n\n"
      "Experience is now twenty-one years.\n\n" + SIG_EN,
      {"functions": "Secretary", "experience": "21"}, E1, lang="en"),

    c("ow104-en-gmail-coordinator-if-proofread", "gmail", "Liam O'Connor",
      "Hi,\n\n"
      "I could be consultation coordinator, but only if someone can proofread the Danish "
      "before we submit – my written Danish isn't good enough for official responses yet.\n\n"
      "Time: some rather than much this year.\n\n"
      "Cheers,\nLiam",
      {"time": "Some"}, E2, lang="en", ask=["functions"],
      note="Consultation coordinator on a condition on someone else (proofreading): asked."),

    c("ow104-en-thunderbird-no-to-both", "thunderbird", "Ingrid Nygaard",
      "No to both of the open roles, sorry – chairing is enough for me. Otherwise as before.\n\n"
      "Ingrid",
      {"functions": "Chair"}, E1, lang="en", unchanged=True,
      note="Declining secretary and consultation coordinator leaves the pre-filled set (Chair)."),

    c("ow104-en-iphone-secretary-yes-coordinator-no", "iphone", "Nadia Frost",
      "Secretary yes, consultation coordinator no. 11 yrs now",
      {"functions": "Secretary", "experience": "11"}, E2, lang="en"),

    c("ow104-en-owa-suggests-jonas", "owa", "Fatima Haddad",
      "Hello,\n\n"
      "Neither role for me this time, I'm afraid. But Jonas Berg in our office would make a "
      "great consultation coordinator – he already writes our municipality's consultation "
      "responses. He isn't a member yet; shall I ask him to join?\n\n"
      "Also: I've moved from air to noise this year, climate as before.\n\n"
      "Best regards,\nFatima",
      {"interests": "Noise; Climate", "functions": ""}, E2, lang="en", flagged=True,
      note="Flagged: she suggests a non-member for consultation coordinator and asks whether to "
           "invite him. Functions stay empty as sent."),

    c("ow104-en-apple-mail-dansk-paa-engelsk-skema", "apple_mail", "Nikolaj Brandt",
      "Hej – jeg svarer lige på dansk. Jeg er på orlov til 1. april, men derefter vil jeg gerne "
      "være høringstovholder. Ellers som sidst.\n\n"
      "Mvh Nikolaj",
      {"functions": "Consultation coordinator"}, E2, lang="en", unchanged=True, flagged=True,
      note="Danish on the English form, recorded in the English option spelling. Flagged: on "
           "leave until 1 April."),

    c("ow104-en-outlook-prefix-minutes-less-time", "outlook_prefix", "Paul Jessen",
      "Hi, changes marked below. Less time this year because of a big inspection campaign, "
      "but I can do the minutes.\n\nRegards\nPaul",
      {"functions": "Chair; Secretary", "time": "Little"}, E1, lang="en",
      edits=[("set", "[ ] Secretary", "[x] Secretary"), ("set", "[x] Some", "[ ] Some"),
             ("set", "[ ] Little", "[x] Little")]),

    c("ow104-en-android-lost-count", "android", "Birthe Overgaard",
      "Experience: somewhere between 15 and 20 years, I've lost count honestly. Time still "
      "some. Can't do secretary, sorry - too many evening meetings already.",
      {"time": "Some", "functions": "Chair"}, E1, lang="en", ask=["experience"],
      note="Experience is a range: asked. Declining secretary leaves Chair as sent."),
]
