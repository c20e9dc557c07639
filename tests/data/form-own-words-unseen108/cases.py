"""Unseen part 108 of the own-words competence-form replies: the round after the spring meeting
(May 2033), where the minutes asked everyone to update their answers. By hand, written blind;
people invented, at example.org."""

from common import E1, E2, S1, S2, S3, S4, SIG_EN, SIG_KOMMUNE, SIG_SHORT, c

# A few more pre-filled profiles for this round (what the form showed).
S5 = {"interesser": "Støj; Luft", "grupper": "Netværk for miljøtilsyn", "funktioner": "Sekretær",
      "erfaring": "7", "tid": "Nogen"}
S6 = {"interesser": "Affald; Jord; VVM", "grupper": "", "funktioner": "", "erfaring": "20",
      "tid": "Lidt"}
S7 = {"interesser": "Spildevand; IE-direktivet", "grupper": "Netværk for miljøtilsyn",
      "funktioner": "Høringstovholder", "erfaring": "15", "tid": "Nogen"}
S8 = {"interesser": "PFAS; Jord", "grupper": "Netværk for miljøtilsyn", "funktioner": "",
      "erfaring": "5", "tid": "Nogen"}
S9 = {"interesser": "Støj; Luft", "grupper": "Netværk for miljøtilsyn", "funktioner": "",
      "erfaring": "31", "tid": "Lidt", "andet": "Kontaktperson for Region Eksempel"}

CASES = [
    # --- Danish form -------------------------------------------------------------------------
    c("ow108-da-outlook-hoeringstovholder-nummer-to", "outlook", "Anders Bech",
      "Hej\n\nSom aftalt på forårsmødet bliver jeg høringstovholder nummer to sammen med "
      "Pernille Dahl fra 1. juni – jeg tager høringerne om jord og affald, hun resten.\n\n"
      "Erfaring: 21 år nu.\n\nEllers uændret.\n\n" + SIG_KOMMUNE,
      {"funktioner": "Høringstovholder", "erfaring": "21"}, S6, unchanged=True,
      note="The role starts 1 June, after the round; it was agreed at the meeting and he says "
           "he takes it, so recorded."),

    c("ow108-da-owa-pfas-plads-til-soeren", "owa", "Karen Lykke",
      "Hej\n\nJf. referatet fra mødet: jeg er trådt ud af arbejdsgruppen om PFAS (Søren har "
      "overtaget min plads) og er i stedet kommet med i netværket for miljøtilsyn. Jeg arbejder "
      "dog stadig med PFAS i det daglige, så lad det stå under fagområder.\n\n"
      "Sekretær fortsætter jeg som.\n\nMvh Karen",
      {"interesser": "PFAS; Støj", "grupper": "Netværk for miljøtilsyn", "funktioner": "Sekretær"},
      S1,
      note="Groups swapped. interesser and funktioner are explicit confirmations of the sent "
           "values (same as sent)."),

    c("ow108-da-gmail-rettet-i-skemaet", "gmail", "Sofie Brandt",
      "Hej\n\nJeg har rettet direkte i skemaet nedenfor, som der blev bedt om i referatet.\n\n"
      "Hilsen\nSofie",
      {"interesser": "PFAS; Spildevand; Luft; Klima", "erfaring": "4",
       "andet": "Fastansat fra 1. juni 2033"}, S2,
      edits=[("set", "[ ] PFAS", "[x] PFAS"), ("set", "Svar: 3", "Svar: 4"),
             ("set", "Svar: Barselsvikar til juni", "Svar: Fastansat fra 1. juni 2033")],
      note="All changes typed in the quoted form; the new Andet text replaces the old one."),

    c("ow108-da-thunderbird-to-hoeringstovholdere", "thunderbird", "Pernille Dahl",
      "Hej tovholder\n\nPå mødet blev vi enige om, at der fremover skal være to "
      "høringstovholdere. Jeg vil gerne være den ene, hvis Anders Bech tager den anden – "
      "ellers bliver det for meget ved siden af referaterne.\n\nResten står, som det gjorde."
      "\n\nVh Pernille",
      {}, S1, ask=["funktioner"], unchanged=True,
      note="Høringstovholder only on a condition about someone else: asked. Nothing said about "
           "removing Sekretær, so it stays."),

    c("ow108-da-outlook_prefix-klima-og-sekretaer", "outlook_prefix", "Hanne Skou",
      "Hej\n\nHar sat kryds ved klima nedenfor. Og så vil jeg gerne af med sekretærjobbet, som "
      "jeg har haft i tre år – det blev jo aftalt, at Louise tager over fra september.\n\n"
      "Mvh Hanne",
      {"interesser": "Støj; Luft; Klima", "funktioner": ""}, S5,
      edits=[("set", "[ ] Klima", "[x] Klima")],
      note="She asks to be relieved of Sekretær (handover agreed at the meeting), so it is "
           "removed now although Louise starts in September. 'tre år' is about the secretary "
           "job, not her experience."),

    c("ow108-da-android-nyt-job-klimateam", "android", "Ali Demir",
      "Hej!\n\nJeg har fået ny stilling i kommunens klimateam fra 1. august, så fremover er det "
      "klima og spildevnd i stedet for pfas og affald. Jeg bliver gerne i netværket og fortsætter "
      "som høringstovholder, det nåede vi også at tale om på mødet.\n\nMvh Ali",
      {"interesser": "Spildevand; Klima", "grupper": "Netværk for miljøtilsyn",
       "funktioner": "Høringstovholder"}, S4,
      note="He states what his areas are 'fremover' (new post within the same municipality), "
           "so the swap is recorded; 'spildevnd' is a typo for Spildevand. He stays, so the new "
           "job is nothing for the chair. Groups and function confirmed (same as sent)."),

    c("ow108-da-owa_html-referatets-punkt-4", "owa_html", "Rasmus Ebbesen",
      "Hej\n\nSkriv mig op til det, der står i referatet under punkt 4. Jeg sagde ja til at tage "
      "referater for PFAS-arbejdsgruppen, men ikke for hele gruppen.\n\nMvh Rasmus",
      {}, S2, ask=["funktioner"],
      note="Minutes for the PFAS working group only, explicitly not the group's: not the "
           "Sekretær option, and the secretary cannot record 'what the minutes say'. Asked."),

    c("ow108-da-outlook_ios-fravaer-september", "outlook_ios", "Lise Mølgaard",
      "Kan ikke deltage i mødet d. 14. september pga. ferie. Ellers ingen ændringer fra min "
      "side.\n\nLise",
      {}, S3, unchanged=True, flagged=True,
      note="Absence from a meeting: for the chair, belongs to no question."),

    c("ow108-da-apple_mail-punktvis-efter-middelfart", "apple_mail", "Niels Overgaard",
      "Hej alle\n\nTak for et godt møde i Middelfart. Som lovet kommer mine rettelser her:\n\n"
      "1) Fagområder: støj og luft skal med, PFAS bliver stående, affald skal ud – det har "
      "Camilla overtaget.\n2) Jeg melder mig også til arbejdsgruppen om PFAS, som vi snakkede "
      "om.\n3) Høringstovholder: ja, fortsat.\n4) Ni års erfaring.\n5) Tid: nogen.\n\n"
      + SIG_KOMMUNE,
      {"interesser": "PFAS; Støj; Luft", "grupper": "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS",
       "funktioner": "Høringstovholder", "erfaring": "9", "tid": "Nogen"}, S4,
      note="Funktioner and tid confirmed (same as sent); 'Ni' is the number 9."),

    c("ow108-da-gmail_android-efter-ferien", "gmail_android", "Mads Højgaard",
      "Tak, det kigger jeg på efter ferien 🙂",
      {}, S1,
      note="Nothing about the form yet."),

    c("ow108-da-thunderbird_bottom-formand-overdraget", "thunderbird_bottom", "Bent Juhl",
      "Formandsposten blev overdraget til Henrik Lund på mødet, så slet formand hos mig. Til "
      "gengæld har jeg fået mere tid nu, hvor jeg ikke skal lede møderne - sæt nogen.\n\n"
      "mvh\nBent",
      {"funktioner": "Høringstovholder", "tid": "Nogen"}, S3),

    c("ow108-da-outlook_mac-naestformand", "outlook_mac", "Gitte Rosenberg",
      "Hej\n\nTo ting efter mødet:\nErfaring – der står 12, men det er 14. Jeg talte forkert "
      "sidst.\nOg jeg meldte mig som næstformand, da Henrik blev valgt. Kan det stå et sted?\n\n"
      "Venlig hilsen\nGitte",
      {"erfaring": "14"}, S1, ask=["funktioner"],
      note="Næstformand is no option (not Formand): asked. The 12 is the old value."),

    c("ow108-da-outlook_html-laant-tastatur", "outlook_html", "Signe Aagaard",
      "Hej, jeg sidder paa et laant tastatur uden danske bogstaver, saa baer over med mig.\n"
      "Stoej skal med, og spildevand skal ud - det har Jakob overtaget efter moedet.\n"
      "Tid: lidt, indtil Jakob er kommet ind i sagerne, saa meget igen.\nSigne",
      {"interesser": "Støj; Luft; Klima"}, S2, ask=["tid"],
      note="Tid is Lidt for now and Meget later, depending on a colleague: asked rather than "
           "recording Lidt."),

    c("ow108-da-iphone-samme-som-jens", "iphone", "Klaus Winther",
      "Fagområder: de samme som Jens Holm, vi deler jo sagerne efter omstruktureringen. Resten "
      "som sidst.",
      {}, S2, ask=["interesser"], unchanged=True,
      note="The areas are given by reference to another member: asked."),

    c("ow108-da-owa-vikariat-forlaenget", "owa", "Camilla Thorsen",
      "Hej\n\nMit barselsvikariat er blevet forlænget til 31. december 2033, så linjen under "
      "Andet passer ikke længere. Og så har jeg rundet 4 års erfaring.\n\nAffald overtog jeg på "
      "mødet efter Niels, så det skal også med.\n\n/Camilla",
      {"interesser": "Spildevand; Affald; Luft; Klima", "erfaring": "4"}, S2, ask=["andet"],
      note="The sent Andet ('Barselsvikar til juni') is outdated, but she gives no labelled "
           "Andet text; the secretary passes it on rather than rewriting it in her own words."),

    c("ow108-da-outlook-rettelser-i-skemaet", "outlook", "Jørgen Brix",
      "Se mine rettelser i skemaet herunder.\n\n" + SIG_SHORT,
      {"interesser": "Affald; Jord; Klima; VVM", "tid": "Nogen"}, S3,
      edits=[("add", "1. Interesser",
              "Tilføj klima – klimatilpasningssagerne overtager jeg fra Bodil i august"),
             ("set", "[x] Lidt", "[ ] Lidt"), ("set", "[ ] Nogen", "[x] Nogen")],
      note="Klima added by a typed line in the quoted form; the time moved by the crosses."),

    c("ow108-da-gmail-tovholder-paa-skift", "gmail", "Tine Kjeldsen",
      "Hej\n\nInden jeg retter noget: blev det ikke besluttet på mødet, at "
      "høringstovholderrollen skal gå på skift hvert halve år? I så fald vil jeg gerne blive "
      "stående til nytår og så give den videre.\n\nEllers er alt som før.\n\nTine",
      {}, S4, ask=["funktioner"], unchanged=True,
      note="A question for the chair and a function limited in time and conditional on the "
           "meeting's decision: asked, Høringstovholder not removed."),

    c("ow108-da-android-orlov-efteraar", "android", "Maja Lindholm",
      "Hej\n\nJeg er på orlov fra 1/9 til 1/3 2034. Sæt min tid til lidt, og find gerne en "
      "anden sekretær i den periode, som vi drøftede på mødet.\n\nMaja",
      {"tid": "Lidt"}, S1, ask=["funktioner"],
      note="She asks for Lidt outright, so recorded. Sekretær is only paused during the leave: "
           "asked, not removed. The leave itself is for the chair too."),

    c("ow108-da-outlook_android-ny-i-gruppen", "outlook_android", "Emil Grønbæk",
      "Hej og tak for velkomsten på mødet!\n\nJeg arbejder med PFAS, jord og drikkevand og har "
      "seks års erfaring. Vil gerne med i PFAS-gruppen. Tid: nogen, vil jeg tro.\n\nEmil",
      {"interesser": "PFAS; Jord", "grupper": "Arbejdsgruppe om PFAS", "erfaring": "6",
       "tid": "Nogen"}, {}, ask=["interesser"],
      note="New member, empty form. Drikkevand is no option: asked besides recording PFAS and "
           "Jord. 'vil jeg tro' is a hedge, not a different answer."),

    c("ow108-da-apple_forward-fra-privat", "apple_forward", "Ulla Svendsen",
      "Videresender lige, kom til at svare fra den private. Erfaring 13, resten uændret. "
      "Undskyld forsinkelsen!",
      {"erfaring": "13"}, S1, unchanged=True),

    c("ow108-da-outlook-english-on-danish-form", "outlook", "Tomasz Nowak",
      "Hi,\n\nSorry for writing in English. Following the meeting: please add noise and air to "
      "my areas – I took over the noise cases from Poul. I could also be secretary at the "
      "autumn meetings while Maja is on leave.\n\n" + SIG_EN,
      {"interesser": "PFAS; Affald; Støj; Luft"}, S4, ask=["funktioner"],
      note="English on the Danish form. Secretary only for the period of someone else's "
           "leave: asked."),

    c("ow108-da-gmail-melder-mig-ud", "gmail", "Poul Engberg",
      "Kære alle\n\nSom jeg fortalte på mødet, skifter jeg til Region Eksempel 1. juli, så jeg "
      "må desværre melde mig ud af gruppen. Mine støjsager er overdraget til Tomasz.\n\n"
      "Tak for mange gode år!\n\n" + SIG_SHORT,
      {}, S9, flagged=True,
      note="Leaving the group: for the chair; no answers changed."),

    c("ow108-da-apple_mail-andet-power-to-x", "apple_mail", "Kasper Holt",
      "Hej\n\nSæt Power-to-X på mine fagområder.\nAndet: Jeg er kommunens kontaktperson for "
      "Power-to-X-anlægget ved havnen fra 1. juli.\n\nMvh Kasper",
      {"interesser": "Affald; Jord; VVM; Power-to-X",
       "andet": "Jeg er kommunens kontaktperson for Power-to-X-anlægget ved havnen fra 1. juli."},
      S3,
      note="Andet labelled, recorded in his words."),

    c("ow108-da-outlook_mac_html-aftalt-i-middelfart", "outlook_mac_html", "Louise Krag",
      "Hej\n\nFunktioner: sekretær og høringstovholder – det er det, vi aftalte i Middelfart 😊 "
      "Sekretær dog først fra september, når Hanne stopper.\nTid: stadig meget.\n\nLouise",
      {"funktioner": "Høringstovholder; Sekretær", "tid": "Meget"}, S2,
      note="Sekretær starts in September (agreed handover); she can take it on, so recorded. "
           "Tid confirmed (same as sent)."),

    c("ow108-da-iphone-ja-til-pfas-gruppen", "iphone", "Søren Vinther",
      "ja til pfas gruppen som snakket om 🙋‍♂️ ellers samme",
      {"grupper": "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS"}, S8, unchanged=True),

    c("ow108-da-outlook_ios-ny-formand-krydser", "outlook_ios", "Henrik Lund",
      "Hej, har rettet i skemaet. Høringerne må I andre tage nu 🙂\n\nHenrik",
      {"funktioner": "Formand", "tid": "Meget"}, S7,
      edits=[("set", "[ ] Formand", "[x] Formand  <- valgt på forårsmødet, fra 1. juni"),
             ("set", "[x] Høringstovholder", "[ ] Høringstovholder"),
             ("set", "[x] Nogen", "[ ] Nogen"), ("set", "[ ] Meget", "[x] Meget")],
      note="Crosses moved in the quoted form, with a comment after the Formand cross."),

    # --- English form ------------------------------------------------------------------------
    c("ow108-en-outlook-chair-handover", "outlook", "Peter Walsh",
      "Hi,\n\nAs agreed at the spring meeting, Ingrid takes over as chair from 1 June, so please "
      "take Chair off my list. I'm happy to be consultation coordinator instead.\n\n"
      "Otherwise as before.\n\n" + SIG_EN,
      {"functions": "Consultation coordinator"}, E1, lang="en", unchanged=True),

    c("ow108-en-gmail-industrial-permits", "gmail", "Freja Holm",
      "Hello\n\nPlease add EIA and IED - I'm covering the industrial permits after the "
      "reorganisation we discussed in May. Time: some rather than much from now on, the permits "
      "take a lot.\n\nBest\nFreja",
      {"interests": "Air; Climate; EIA; IED", "time": "Some"}, E2, lang="en"),

    c("ow108-en-iphone-eleven", "iphone", "Lars Nyborg",
      "Experience eleven years now. Rest unchanged.",
      {"experience": "11"}, E2, lang="en", unchanged=True),

    c("ow108-en-owa-merge-question", "owa", "Ingrid Larsen",
      "Hi,\n\nQuick question before I answer properly: the minutes say the inspection network "
      "will merge with the PFAS working group after the summer. If that happens, should I tick "
      "both, or will the form change? For now please leave me as I am.\n\nThanks,\nIngrid",
      {}, E1, lang="en", unchanged=True, flagged=True,
      note="A question about the form for the chair; no answer changed."),

    c("ow108-en-thunderbird-leave-in-form", "thunderbird", "Hannah Becker",
      "See my changes in the form below. I've unticked chair - with the leave it makes no sense "
      "for me to stand at the autumn election.\n\nCheers,\nHannah",
      {"functions": "", "other": "On parental leave 1 September - 31 December 2033"}, E1,
      lang="en",
      edits=[("set", "[x] Chair", "[ ] Chair"),
             ("set", "Answer:", "Answer: On parental leave 1 September - 31 December 2033")],
      note="The leave is typed in the Other field, so it is recorded there and not flagged."),

    c("ow108-en-android-danish-on-english-form", "android", "Jesper Kragh",
      "Hej – jeg skriver lige på dansk. Jeg tager gerne pladsen i PFAS-arbejdsgruppen efter "
      "Mogens, som vi aftalte. Tid: meget fra nu af.\n\nJesper",
      {"groups": "Inspection network; PFAS working group", "time": "Much"}, E1, lang="en",
      note="Danish on the English form; recorded in the English option spellings."),

    c("ow108-en-outlook_ios-experience-range", "outlook_ios", "Aisha Rahman",
      "Experience: 10-12 years depending on whether you count my trainee years. I'll also be "
      "handling the Power-to-X plant application from August, so add that too please.",
      {"interests": "Air; Climate; Power-to-X"}, E2, lang="en", ask=["experience"],
      note="A range: asked. Power-to-X added on her explicit request."),

    c("ow108-en-apple_mail-retiring", "apple_mail", "Ole Bjerregaard",
      "Dear all,\n\nAs I mentioned at the meeting in May, I retire at the end of September 2033. "
      "Until then you can count on me with some time, but I won't stand for chair at the autumn "
      "election.\n\nAll the best,\nOle",
      {"time": "Some"}, E1, lang="en", ask=["functions"],
      note="Retiring: for the chair. Chair limited in time (not at the autumn election): asked, "
           "not removed. Time confirmed (same as sent)."),
]
