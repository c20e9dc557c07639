"""Unseen part 56 of the own-words form replies: an ordinary winter round (February). By hand;
people invented, at example.org."""

from common import E1, E2, S1, S2, S3, S4, SIG_EN, SIG_KOMMUNE, SIG_SHORT, c

CASES = [
    # --- short confirmations ----------------------------------------------------------------
    c("ow56-da-iphone-stadig-korrekt", "iphone", "Pia Lauridsen",
      "Det er stadig korrekt 👍\n\nMvh Pia",
      {}, S1, unchanged=True,
      note="A confirmation of the whole form: recorded as unchanged, nothing to change."),
    c("ow56-da-android-ingen-aendringer", "android", "Kristian Bach",
      "Ingen ændringer herfra 🙂",
      {}, S2, unchanged=True),
    c("ow56-en-outlook-all-still-correct", "outlook", "Helen Carter",
      "All still correct, thanks.\n\n" + SIG_EN,
      {}, E1, lang="en", unchanged=True),

    # --- one interest added or removed -------------------------------------------------------
    c("ow56-da-outlook-tilfoej-luft", "outlook", "Birgitte Juhl",
      "Hej\n\nDu må gerne tilføje Luft under fagområder – vi har fået flere sager om "
      "luftforurening fra virksomhederne. Ellers er alt som sidst.\n\n" + SIG_KOMMUNE,
      {"interesser": "PFAS; Affald; Luft"}, S4, unchanged=True),
    c("ow56-da-gmail-fjern-stoej", "gmail", "Mette Skovgaard",
      "Hej tovholder\n\nStøj kan godt fjernes, det har jeg ikke haft siden omorganiseringen i "
      "januar. Erfaring er nu 13 år.\n\nmvh\nMette",
      {"interesser": "PFAS", "erfaring": "13"}, S1),
    c("ow56-da-iphone-tilfoej-stoej-smaat", "iphone", "Anders Vinther",
      "hej. tilføj stoej og sæt erfaring til 9 aar. ellers uændret",
      {"interesser": "PFAS; Affald; Støj", "erfaring": "9"}, S4, unchanged=True),
    c("ow56-da-apple_forward-pfas-kommet-til", "apple_forward", "Jørgen Mikkelsen",
      "Hej igen – videresender lige, for jeg fik vist ikke svaret før jul. PFAS-sagerne er "
      "landet hos mig siden januar, så PFAS skal med. Ellers det samme som sidste år.\n\nJørgen",
      {"interesser": "PFAS; Affald; Jord; VVM"}, S3, unchanged=True),
    c("ow56-da-outlook_mac-grundvand-ikke-vvm", "outlook_mac", "Camilla Østergaard",
      "Hej\n\nJord og grundvand fylder mest hos mig nu. VVM har jeg ikke længere, det er gået "
      "over til planafdelingen.\n\nHilsen Camilla",
      {"interesser": "Affald; Jord"}, S3, ask=["interesser"],
      note="Removing VVM is clear; 'grundvand' is no option, passed on. Jord and Affald stay."),
    c("ow56-da-gmail-engelsk-noise-climate", "gmail", "Tomasz Nowak",
      "Hi, sorry for writing in English - my Danish is not yet good enough for forms.\n"
      "Please add Noise to my areas and remove Climate. Everything else is the same.\n\n"
      "Best,\nTomasz",
      {"interesser": "Spildevand; Støj; Luft"}, S2, unchanged=True,
      note="English on the Danish form: Noise = Støj, Climate = Klima, recorded in the Danish "
           "option spellings."),
    c("ow56-en-gmail-add-pfas", "gmail", "Niels Brandt",
      "Hi,\n\nCould you add PFAS to my interests? We got three new PFAS cases in January.\n"
      "Otherwise as before.\n\nBest\nNiels",
      {"interests": "PFAS; Wastewater; Noise"}, E1, lang="en", unchanged=True),
    c("ow56-en-apple_mail-leave-network-add-ied", "apple_mail", "Rebecca Lind",
      "Hi,\n\nI left the inspection network in January - no time for it alongside the new IED "
      "permits. Please remove it. You can also add IED to my areas.\n\nRebecca",
      {"groups": "PFAS working group", "interests": "Air; Climate; IED"}, E2, lang="en"),

    # --- experience one year up ---------------------------------------------------------------
    c("ow56-da-android-et-aar-mere", "android", "Bent Kjærgaard",
      "Et år mere på bagen, så 21 nu. Resten passer stadig.",
      {"erfaring": "21"}, S3, unchanged=True),
    c("ow56-da-outlook_android-femten-ikke-tyve", "outlook_android", "Lene Fog",
      "Femten års erfaring, ikke tyve – det blev skrevet forkert sidste år. Resten er fint.",
      {"erfaring": "15"}, S3, unchanged=True),
    c("ow56-en-iphone-21-years", "iphone", "David Moore",
      "21 years now, rest unchanged",
      {"experience": "21"}, E1, lang="en", unchanged=True),

    # --- less or more time --------------------------------------------------------------------
    c("ow56-da-owa-lidt-tid-foraar", "owa", "Sofie Brix",
      "Hej\nJeg bliver nødt til at skrue ned til lidt tid resten af foråret, vi er to mand færre "
      "i afdelingen. Ellers uændret.\nVh Sofie",
      {"tid": "Lidt"}, S2, unchanged=True),
    c("ow56-da-outlook_ios-meget-tid", "outlook_ios", "Jonas Kragh",
      "Har fået bedre tid efter nytår, så sæt mig gerne på meget tid. /Jonas",
      {"tid": "Meget"}, S4),
    c("ow56-da-gmail_android-nogen-i-stedet", "gmail_android", "Rasmus Dalby",
      "Nogen tid i stedet for meget",
      {"tid": "Nogen"}, S2),
    c("ow56-en-thunderbird-little-time", "thunderbird", "Peter Holm",
      "Hello,\n\nI'll have to go down to little time this spring - we are understaffed after two "
      "resignations. I can still chair the meetings though.\n\nRegards,\nPeter Holm",
      {"time": "Little"}, E1, lang="en",
      note="'I can still chair' confirms the sent Chair; nothing to change there."),

    # --- functions ----------------------------------------------------------------------------
    c("ow56-da-owa_html-sekretaer-i-aar", "owa_html", "Ahmad Rahimi",
      "Hej\n\nI år vil jeg gerne tilbyde at være sekretær. Resten er uændret.\n\nMvh\nAhmad Rahimi",
      {"funktioner": "Sekretær"}, S2, unchanged=True),
    c("ow56-en-outlook_mac-dansk-paa-engelsk", "outlook_mac", "Susanne Lykke",
      "Hej – jeg skriver lige på dansk. Jeg vil gerne være sekretær i år, og så har jeg 11 års "
      "erfaring nu. Resten er som før.\n\nSusanne",
      {"functions": "Secretary", "experience": "11"}, E2, lang="en", unchanged=True,
      note="Danish on the English form: sekretær = Secretary."),
    c("ow56-da-outlook_mac_html-sekretaer-hvis-ingen-andre", "outlook_mac_html", "Lotte Hviid",
      "Hej, jeg har skrevet en bemærkning i skemaet. Resten står fint.\n\nMvh Lotte",
      {}, S1, unchanged=True, ask=["funktioner"],
      edits=[("append", "[x] Sekretær", "  - kun hvis ingen andre vil")],
      note="Secretary only if nobody else will: a condition on others, for the chair."),

    # --- with reasons, news -------------------------------------------------------------------
    c("ow56-da-thunderbird_bottom-barsel", "thunderbird_bottom", "Maria Holst",
      "Hej\n\nJeg går på barsel fra 1. april, så sæt mig på lidt tid. Sekretær kan jeg ikke være "
      "i år – det må en anden tage.\n\nAndet: barsel fra 1. april til og med januar\n\n"
      "Hilsen\nMaria",
      {"tid": "Lidt", "funktioner": "", "andet": "barsel fra 1. april til og med januar"}, S1,
      note="The leave is given under the Andet label, so it is recorded there, not flagged."),
    c("ow56-da-outlook-ud-af-pfas-gruppen", "outlook", "Hanne Krogh",
      "Hej\n\nJeg er stoppet i PFAS-arbejdsgruppen, da Regionen har overtaget de fleste af "
      "vores sager. Netværket fortsætter jeg i.\n\nAndet: barselsvikariatet er forlænget til "
      "december.\n\n" + SIG_KOMMUNE,
      {"grupper": "Netværk for miljøtilsyn",
       "andet": "barselsvikariatet er forlænget til december."}, S2),
    c("ow56-da-outlook_prefix-skifter-job", "outlook_prefix", "Karen Thomsen",
      "Hej\n\nJeg skifter til planafdelingen pr. 1. marts, så jeg må desværre melde mig ud af "
      "gruppen. Tak for nogle gode år!\n\nVenlig hilsen\nKaren Thomsen",
      {}, S4, flagged=True,
      note="Leaving the whole group is for the chair; nothing in the form is changed."),
    c("ow56-da-outlook_html-pension-formand", "outlook_html", "Erik Damgaard",
      "Hej alle\n\nJeg går på pension til sommer, så I må finde en ny formand fra august. "
      "Indtil da tager jeg den som hidtil, og høringerne samler jeg også gerne frem til jeg "
      "stopper.\n\nErik",
      {}, S3, ask=["funktioner"],
      note="Formand only until August: a time-limited change the chair must plan for, so "
           "funktioner is passed on, not changed. 'som hidtil' is about the role until then, "
           "not 'the rest is as before'."),
    c("ow56-da-gmail_android-skiferie-moede", "gmail_android", "Kasper Nygaard",
      "Hej. Skemaet er ok som det står. Men jeg er på skiferie i uge 8 og når ikke mødet den "
      "19. februar, beklager.\nHilsen Kasper",
      {}, S1, unchanged=True, flagged=True,
      note="The absence from the meeting is for the chair (flagged); the form is unchanged."),
    c("ow56-da-thunderbird-erfaring-interval", "thunderbird", "Ida Winther",
      "Hej\n\nErfaring: 8-9 år alt efter om man tæller studiejobbet med. Tid er uændret, og "
      "resten passer også.\n\nIda",
      {}, S4, unchanged=True, ask=["erfaring"],
      note="A range for experience: passed on to the chair, not recorded."),

    # --- typing in the quoted form -------------------------------------------------------------
    c("ow56-da-apple_mail-kryds-stoej-erfaring", "apple_mail", "Line Sørensen",
      "Hej, har rettet i skemaet nedenfor.\nKh Line",
      {"interesser": "Spildevand; Støj; Luft; Klima", "erfaring": "4"}, S2,
      edits=[("set", "[ ] Støj", "[x] Støj"), ("set", "Svar: 3", "Svar: 4")]),
    c("ow56-da-owa-skrevet-i-skemaet", "owa", "Henrik Als",
      "Se mine rettelser i skemaet.\n/Henrik",
      {"grupper": "", "erfaring": "13"}, S1,
      edits=[("add", "2. Grupper", "Er gået ud af PFAS-gruppen ved nytår"),
             ("set", "Svar: 12", "Svar: 13")],
      note="The typed line removes the PFAS group although its cross was left standing."),
    c("ow56-en-owa-swap-noise-air", "owa", "Marcus Feldt",
      "Updated below.\nMarcus",
      {"interests": "Wastewater; Air"}, E1, lang="en",
      edits=[("set", "[ ] Air", "[x] Air"), ("set", "[x] Noise", "[ ] Noise")]),

    # --- first form of a new member -------------------------------------------------------------
    c("ow56-da-outlook_html-ny-i-gruppen", "outlook_html", "Nadia Bruun",
      "Hej\n\nJeg er ny i gruppen siden januar. Jeg arbejder mest med spildevand og jord, har "
      "6 års erfaring, og jeg kan lægge nogen tid i det. Funktioner: ingen lige nu.\n\n"
      + SIG_SHORT,
      {"interesser": "Spildevand; Jord", "erfaring": "6", "tid": "Nogen", "funktioner": ""}, {},
      note="Nothing was pre-filled; 'Funktioner: ingen' is recorded as the empty set."),

    # --- a question about the form ---------------------------------------------------------------
    c("ow56-en-outlook_prefix-what-is-chair", "outlook_prefix", "Joanna Price",
      "Before I fill this in: does 'Chair' mean chair of the whole group or of one of the "
      "working groups? I don't want to sign up for more than I can handle.\n\nJoanna",
      {}, E1, lang="en", flagged=True,
      note="A question about the form for the chair; nothing is answered, so nothing changes."),

    # --- nothing about the form ---------------------------------------------------------------
    c("ow56-da-thunderbird-tak", "thunderbird", "Ole Rask",
      "Tak\n/Ole",
      {}, S2),
    c("ow56-da-android-vinterferie", "android", "Frederik Lund",
      "Tak for mailen. Jeg er på vinterferie og kigger på det når jeg er hjemme igen d. 23.",
      {}, S1),
]
