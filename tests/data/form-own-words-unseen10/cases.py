"""The tenth blind unseen part of the own-words form replies (issue 14): one ordinary round of a
working group of about 30 Danish municipal environment officers, some writing in English.

Written by hand on 6 December 2026 without reading the parser, its tests or any other part's
cases; the expected answers are what a careful human secretary records, never checked against
the parser. People invented, at example.org.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "form-own-words"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import E1, E2, S1, S3, S4, SIG_EN, SIG_KOMMUNE, SIG_SHORT, c  # noqa: E402

# sent profiles of this round (what the form showed pre-filled)
P_JORD = {"interesser": "Jord", "grupper": "", "funktioner": "", "erfaring": "5", "tid": "Nogen"}
P_SPILD_VVM = {"interesser": "Spildevand; VVM", "grupper": "Netværk for miljøtilsyn",
               "funktioner": "Sekretær", "erfaring": "10", "tid": "Nogen"}
P_LUFT_IE = {"interesser": "Luft; IE-direktivet", "grupper": "", "funktioner": "",
             "erfaring": "15", "tid": "Lidt"}
P_VETERAN = {"interesser": "Støj; Luft; VVM", "grupper": "Netværk for miljøtilsyn",
             "funktioner": "Formand", "erfaring": "26", "tid": "Nogen"}
P_SPILD_KLIMA = {"interesser": "Spildevand; Klima", "grupper": "", "funktioner": "",
                 "erfaring": "4", "tid": "Nogen"}
P_TRE = {"interesser": "Spildevand; Luft; Klima",
         "grupper": "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS", "funktioner": "",
         "erfaring": "3", "tid": "Nogen"}
P_JORD_KLIMA = {"interesser": "Jord; Klima", "grupper": "Netværk for miljøtilsyn",
                "funktioner": "", "erfaring": "9", "tid": "Nogen"}
P_AFFALD_JORD = {"interesser": "Affald; Jord", "grupper": "", "funktioner": "",
                 "erfaring": "6", "tid": "Lidt"}
P_OMSTRUK = {"interesser": "Spildevand; Jord", "grupper": "Netværk for miljøtilsyn",
             "funktioner": "", "erfaring": "7", "tid": "Nogen"}
P_RENSE = {"interesser": "Spildevand", "grupper": "", "funktioner": "Høringstovholder",
           "erfaring": "18", "tid": "Nogen"}
P_NY_JORD = {"interesser": "Jord", "grupper": "", "funktioner": "", "erfaring": "2",
             "tid": "Nogen"}
P_BO = {"interesser": "Støj; Luft", "grupper": "Arbejdsgruppe om PFAS", "funktioner": "Formand",
        "erfaring": "16", "tid": "Meget"}
P_ULLA = {"interesser": "Affald", "grupper": "Netværk for miljøtilsyn", "funktioner": "",
          "erfaring": "5", "tid": "Nogen"}
P_KLAUS = {"interesser": "PFAS; Jord; Klima", "grupper": "Arbejdsgruppe om PFAS",
           "funktioner": "Høringstovholder", "erfaring": "11", "tid": "Meget"}

SIG_TELEFON = """Venlig hilsen
{name}
Teknik og Miljø
Mobil 00 00 00 00"""

CASES = [
    # --- ordinary: no changes, one-liners, crosses ------------------------------------------
    c("ow10-da-outlook-ingen-aendringer", "outlook", "Gitte Vestergaard",
      "Hej\n\nIngen ændringer fra min side i år.\n\n" + SIG_KOMMUNE,
      {}, S4, unchanged=True),
    c("ow10-da-iphone-tilfoej-stoej", "iphone", "Rasmus Kjær",
      "Tilføj gerne støj, jeg har overtaget støjsagerne efter Birgitte. Ellers det samme 👍",
      {"interesser": "Spildevand; Støj; Jord"},
      {"interesser": "Spildevand; Jord", "grupper": "", "funktioner": "", "erfaring": "8",
       "tid": "Nogen"}, unchanged=True),
    c("ow10-da-outlook-kun-krydser", "outlook", "Jonas Friis",
      "Hermed retur.\n\nMvh Jonas",
      {"interesser": "Affald; Jord; Klima; VVM", "erfaring": "21", "tid": "Lidt"},
      {**S3, "tid": "Nogen"},
      edits=[("set", "[ ] Klima", "[x] Klima"), ("set", "[x] Nogen", "[ ] Nogen"),
             ("set", "[ ] Lidt", "[x] Lidt"), ("set", "Svar: 20", "Svar: 21")]),
    c("ow10-da-iphone-tak-weekend", "iphone", "Helle Brink",
      "Tak, det kigger jeg på i weekenden",
      {}, S1),
    c("ow10-da-android-samsung-typos-vvm", "android", "Søren Mølgaard",
      "hej, ingen ændriner bortset fra at jeg nu også har vvm sagerne\nmvh Søren",
      {"interesser": "Affald; Jord; VVM"}, P_AFFALD_JORD, unchanged=True),
    c("ow10-da-iphone-telegramstil", "iphone", "Ahmad Rahimi",
      "Spildevand og luft. Tolv år. Nogen tid.\n\nMvh Ahmad",
      {"interesser": "Spildevand; Luft", "erfaring": "12", "tid": "Nogen"}, {}),
    c("ow10-da-android-samsung-mere-tid", "android", "Pia Lauritsen",
      "Mere tid i år så sæt meget. Ellers intet nyt",
      {"tid": "Meget"}, P_LUFT_IE, unchanged=True),
    c("ow10-da-iphone-syvogtyve", "iphone", "Poul Ebbesen",
      "Erfaring: syvogtyve år nu 🙂 Ellers er alt som før.\n\nPoul",
      {"erfaring": "27"}, P_VETERAN, unchanged=True),
    c("ow10-da-gmail-kryds-og-ord", "gmail", "Mikkel Thygesen",
      "Har fjernet krydset ved støj, det er gået videre til en ny kollega. Og erfaring skulle "
      "være 13 nu.\n\nVh Mikkel",
      {"interesser": "PFAS", "erfaring": "13"}, S1,
      edits=[("set", "[x] Støj", "[ ] Støj")]),
    c("ow10-da-outlook-prefix-nyansat", "outlook_prefix", "Jakob Holm",
      "Interesser: Luft, VVM\nFunktioner: ingen lige nu\nErfaring: 3\nTid: Lidt (nyansat)\n\n"
      "Mvh Jakob",
      {"interesser": "Luft; VVM", "funktioner": "", "erfaring": "3", "tid": "Lidt"}, {}),

    # --- reasons, conditions, qualifiers ----------------------------------------------------
    c("ow10-da-owa-stopper-som-formand", "owa", "Birthe Kallesøe",
      "Hej\n\nJeg vil gerne trække mig som mulig formand, det må være nogle andre nu efter fire "
      "år. Sekretær kan jeg godt tage en tørn som.\n\nResten passer.\n\nHilsen\nBirthe",
      {"funktioner": "Høringstovholder; Sekretær"}, S3, unchanged=True),
    c("ow10-da-owa-html-sekretaer-hvis", "owa_html", "Karin Dalsgaard",
      "Hej\n\nSekretær, hvis der ikke er andre der melder sig. Ellers står det hele ved magt."
      "\n\n/Karin",
      {"funktioner": "Sekretær"}, P_JORD_KLIMA, unchanged=True),
    c("ow10-da-outlook-android-fjern-pfas", "outlook_android", "Camilla Bech",
      "Fjern PFAS-arbejdsgruppen, den er jo lukket ned. Og PFAS som interesse kan også gå ud – "
      "har ikke haft en sag i to år",
      {"grupper": "", "interesser": "Støj"}, S1),
    c("ow10-da-apple-affaldsomraadet", "apple_mail", "Trine Overgaard",
      "Hej\n\nJeg er skiftet fra spildevand til affaldsområdet pr. 1. oktober, så det skal lige "
      "rettes. 11 års erfaring nu.\n\nMvh\nTrine",
      {"interesser": "Affald; VVM", "erfaring": "11"}, P_SPILD_VVM),
    c("ow10-da-gmail-android-meget-begraenset", "gmail_android", "Niels Fog",
      "Tid: meget begrænset i år pga. nyt renseanlæg, så sæt mig på lidt. Resten uændret",
      {"tid": "Lidt"}, P_RENSE, unchanged=True),
    c("ow10-da-thunderbird-nyt-medlem-tankestreg", "thunderbird", "Marie Skovgaard",
      "Hej\n\nInteresser: spildevand – og lidt PFAS når det kommer op i tilsynet\n"
      "Grupper: netværket for miljøtilsyn\nErfaring: seks år\n"
      "Tid: nogen – men ikke i januar, der er vi midt i budgettet.\n\nVh Marie",
      {"interesser": "PFAS; Spildevand", "grupper": "Netværk for miljøtilsyn", "erfaring": "6",
       "tid": "Nogen"}, {}),

    # --- label words inside sentences, absences, questions for the chair ---------------------
    c("ow10-da-gmail-kommentarer-barsel", "gmail", "Sofie Lykke",
      "Hej\n\nJeg har ingen kommentarer til resten af skemaet, men tiden må ned på lidt – "
      "gruppen skal også vide at jeg går på barsel fra april og er væk resten af året.\n\n"
      "Kh Sofie",
      {"tid": "Lidt"}, P_TRE, unchanged=True, flagged=True,
      note="leave from April is news for the chair"),
    c("ow10-da-outlook-ios-afbud-februar", "outlook_ios", "Anders Krogh",
      "Skemaet er fint som det står. Jeg kan desværre ikke komme til mødet i februar, har "
      "kursus den uge.",
      {}, S4, unchanged=True, flagged=True, note="absence from the February meeting"),
    c("ow10-da-gmail-spoergsmaal-referat", "gmail", "Ulla Bisgaard",
      "Hej\n\nTid: meget fra nytår, når jeg er tilbage på fuld tid.\n\nOg et spørgsmål til "
      "formanden: kommer referatet fra november snart? Jeg kan ikke finde det.\n\nMvh Ulla",
      {"tid": "Meget"}, P_ULLA, flagged=True, note="a question to the chair about the minutes"),

    # --- inflection and compounds, words that cannot be placed -------------------------------
    c("ow10-da-gmail-android-grundvand", "gmail_android", "Kasper Dam",
      "Hej\nJeg arbejder mest med grundvand og drikkevand nu, og så jord selvfølgelig. PFAS fylder "
      "også meget i øjeblikket.\nMvh Kasper",
      {"interesser": "PFAS; Jord"}, P_JORD, ask=["interesser"],
      note="grundvand and drikkevand are no options; 'fylder meget' is not about time"),
    c("ow10-da-outlook-mac-klima-lugt", "outlook_mac", "Henrik Juul",
      "Hej\n\nKort fra mig: klimatilpasning og skybrud er blevet en stor del af hverdagen, så sæt "
      "gerne klima på. Jeg er også begyndt at få lugtklager fra landbruget – ved ikke om det "
      "hører under noget af det?\n\nVh Henrik",
      {"interesser": "Luft; Klima; IE-direktivet"}, P_LUFT_IE, ask=["interesser"],
      note="lugt is not Luft; passed on"),
    c("ow10-da-outlook-html-virksomhedstilsyn", "outlook_html", "Morten Riis",
      "Hej\n\nJeg har krydset af nedenfor. Derudover laver jeg mest virksomhedstilsyn på "
      "landbrug, hvis det kan bruges til noget.\n\n" + SIG_SHORT,
      {"interesser": "Luft; Jord"}, P_NY_JORD, ask=["interesser"],
      edits=[("set", "[ ] Luft", "[x] Luft")],
      note="agricultural inspection is no subject option"),
    c("ow10-da-outlook-omstrukturering", "outlook", "Lone Harbo",
      "Hej Tovholder\n\nUndskyld det sene svar. Vi har været igennem en omstrukturering, og det "
      "har ændret en del for mig.\n\nFra 1. januar sidder jeg i det nye team for "
      "miljøgodkendelser, så IE-direktivet og VVM er mine primære områder. Spildevandet har jeg "
      "afleveret, men jeg har stadig enkelte jordsager.\n\nNetværket for miljøtilsyn bliver jeg "
      "i.\n\nMht. tid: nogenlunde som før, måske lidt mindre.\n\nHøringstovholder kan jeg godt "
      "tage igen, hvis I mangler.\n\n" + SIG_KOMMUNE,
      {"interesser": "Jord; VVM; IE-direktivet", "grupper": "Netværk for miljøtilsyn",
       "funktioner": "Høringstovholder"}, P_OMSTRUK, ask=["tid"],
      note="'nogenlunde som før, måske lidt mindre' is between Nogen and Lidt"),

    # --- typed into the quoted form ----------------------------------------------------------
    c("ow10-da-outlook-mac-html-andet-udfyldt", "outlook_mac_html", "Louise Winther",
      "Hej\n\nRettelser nedenfor.\n\nMvh\nLouise",
      {"interesser": "PFAS; Affald; Støj",
       "andet": "Jeg dækker også Fanø-sagerne indtil videre"}, S4,
      edits=[("set", "[ ] Støj", "[x] Støj"),
             ("set", "Svar:", "Svar: Jeg dækker også Fanø-sagerne indtil videre", "6. Andet")]),
    c("ow10-da-thunderbird-bund-inline", "thunderbird_bottom", "Lene Damgaard",
      "Mvh\nLene",
      {"funktioner": "Høringstovholder"}, P_SPILD_KLIMA, ask=["tid"],
      edits=[("add", "3. Funktioner", "Høringstovholder, gerne"),
             ("add", "5. Tid", "Lidt i foråret, mere til efteråret når projektet er afsluttet")],
      note="time varies over the year"),
    c("ow10-da-outlook-initialer-inline", "outlook", "Bo Lindberg",
      "Svar inde i teksten med [Bo].\n\nBo\n\n" + SIG_TELEFON,
      {"grupper": "", "erfaring": "17"}, P_BO,
      edits=[("add", "2. Grupper", "[Bo] Meld mig ud af PFAS-gruppen, jeg har ikke tid til den"),
             ("add", "4. Erfaring", "[Bo] 17")],
      note="'ikke tid til den' is the reason, not the time answer"),
    c("ow10-da-iphone-halvt-skema", "iphone", "Klaus Brandt",
      "Kun to ting: jeg er ude af PFAS-gruppen og har ikke PFAS mere (er rykket over på "
      "jord og klima på fuld tid), og jeg har nok kun nogen tid fremover. Resten som sidst",
      {"grupper": "", "interesser": "Jord; Klima", "tid": "Nogen"}, P_KLAUS, unchanged=True),

    # --- English ---------------------------------------------------------------------------
    c("ow10-en-owa-all-correct", "owa", "Anna Holt", "Hi – all still correct, nothing to update."
      "\n\nBest\nAnna",
      {}, E2, lang="en", unchanged=True),
    c("ow10-en-iphone-add-soil", "iphone", "Tom Asher",
      "Please add soil - I've taken over the contaminated sites from Mads. Otherwise as before."
      "\n\nTom",
      {"interests": "Wastewater; Noise; Soil"}, E1, lang="en", unchanged=True),
    c("ow10-en-gmail-not-much-time", "gmail", "Rachel Dunn",
      "Hi\n\nNot much time this spring I'm afraid, so put me down as little. And experience is "
      "twenty-two years now, not 20.\n\nCheers\nRachel",
      {"time": "Little", "experience": "22"}, E1, lang="en"),
    c("ow10-en-outlook-secretary-not-chair", "outlook", "Oliver Grant",
      "Hi\n\nI could be secretary if nobody else wants to. Chair - no thanks, not again!\n\n"
      + SIG_EN,
      {"functions": "Secretary"}, E1, lang="en"),
    c("ow10-en-thunderbird-odour-inline", "thunderbird", "Peter Lomax",
      "Answers below.\n\nPeter",
      {"experience": "11"}, E2, lang="en", ask=["interests"],
      edits=[("add", "1. Interests", "mainly air quality and odour complaints these days"),
             ("set", "Answer: 10", "Answer: 11")],
      note="odour is no option; 'mainly' does not say Climate is gone"),
    c("ow10-en-android-new-member", "android", "Lukas Berger",
      "Hi, new member here.\nInterests: waste and EIA\nExperience: 9 years in total, 4 of them "
      "here in the municipality\nTime: some\n\nThanks\nLukas",
      {"interests": "Waste; EIA", "experience": "9", "time": "Some"}, {}, lang="en"),
    c("ow10-en-outlook-ios-leave-march", "outlook_ios", "Hannah Reid",
      "All still correct. FYI I won't make the March meeting - parental leave until May.",
      {}, E2, lang="en", unchanged=True, flagged=True, note="absence from the March meeting"),
    c("ow10-en-apple-groups-time-range", "apple_mail", "Simone Clarke",
      "Hi,\n\nI'd like to join the PFAS working group, and please take me off the inspection "
      "network - haven't been able to attend for a year.\n\nTime: little to some, depending on "
      "the month.\n\nRegards\nSimone",
      {"groups": "PFAS working group"}, E1, lang="en", ask=["time"],
      note="a range of time is passed on"),
]
