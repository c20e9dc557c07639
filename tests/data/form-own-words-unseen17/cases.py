"""Part 17 of the blind own-words form replies (issue 14): one round in a working group of 30
Danish municipal environment officers, half a year after the last round. Written by hand,
without reading the parser; the expectations are a careful human secretary's. People invented,
at example.org."""

from __future__ import annotations

import sys

sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent / "form-own-words"))

from common import SIG_EN, SIG_KOMMUNE, SIG_SHORT, c  # noqa: E402

# what last round's answers pre-filled (the form shows them)
P_JORD = {"interesser": "Jord; Klima", "grupper": "Netværk for miljøtilsyn", "funktioner": "",
          "erfaring": "6", "tid": "Nogen"}
P_PFAS = {"interesser": "PFAS; Jord", "grupper": "", "funktioner": "Sekretær",
          "erfaring": "9", "tid": "Nogen"}
P_SPV = {"interesser": "Spildevand; Luft", "grupper": "",
         "funktioner": "Høringstovholder; Sekretær", "erfaring": "4", "tid": "Meget"}
P_VVM = {"interesser": "Luft; VVM", "grupper": "Netværk for miljøtilsyn", "funktioner": "Formand",
         "erfaring": "15", "tid": "Lidt"}
P_STOJ = {"interesser": "Støj; Luft", "grupper": "Netværk for miljøtilsyn",
          "funktioner": "Høringstovholder", "erfaring": "11", "tid": "Nogen"}
P_MIX = {"interesser": "Spildevand; Luft; Klima",
         "grupper": "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS", "funktioner": "",
         "erfaring": "3", "tid": "Meget"}
P_TWO = {"interesser": "PFAS; Spildevand", "grupper": "Arbejdsgruppe om PFAS",
         "funktioner": "Høringstovholder", "erfaring": "12", "tid": "Nogen"}
P_LILLE = {"interesser": "Affald", "grupper": "", "funktioner": "", "erfaring": "2", "tid": "Lidt"}
P_FORM = {"interesser": "Støj", "grupper": "Netværk for miljøtilsyn", "funktioner": "Formand",
          "erfaring": "18", "tid": "Meget"}
E_WN = {"interests": "Wastewater; Noise", "groups": "Inspection network", "functions": "Chair",
        "experience": "20", "time": "Some"}
E_AC = {"interests": "Air; Climate", "groups": "Inspection network; PFAS working group",
        "functions": "", "experience": "10", "time": "Much"}
E_SOIL = {"interests": "PFAS; Soil", "groups": "PFAS working group",
          "functions": "Secretary", "experience": "7", "time": "Little"}

K = "\n\n" + SIG_KOMMUNE
S = "\n\n" + SIG_SHORT
E = "\n\n" + SIG_EN

CASES = [
    # --- Danish: confirmations and ordinary updates --------------------------------------------
    c("ow17-da-outlook-intet-nyt-siden-foraar", "outlook", "Lene Skovgaard",
      "Hej\n\nIntet nyt siden foråret – det står, som det skal." + K,
      {}, P_JORD, unchanged=True),
    c("ow17-da-iphone-spildevand-fra-pensionist", "iphone", "Mads Kjærgaard",
      "Jeg har fået spildevandsområdet ved siden af jorden, efter at vores spildevandsmand er "
      "gået på pension. Klima er flyttet over i planafdelingen, så det kan I fjerne. Ellers er "
      "alt som sidst.\n\nMads",
      {"interesser": "Spildevand; Jord"}, P_JORD, unchanged=True),
    c("ow17-da-gmail-omorganisering-industritilsyn", "gmail", "Signe Holmgaard",
      "Hej tovholder\n\nEfter omorganiseringen 1. oktober sidder jeg nu i Teknik og Miljø og laver "
      "mest industritilsyn. Jeg er stadig med i tilsynsnetværket. Erfaring: 7 år nu.\n\n"
      "Hilsen Signe",
      {"erfaring": "7"}, P_JORD, ask=["interesser"],
      note="industritilsyn is no option (IE-direktivet? Affald?): asked"),
    c("ow17-da-outlook-kryds-og-ord-affald", "outlook", "Torben Riis",
      "Har sat kryds ved affald – vi har fået ansvaret for genbrugspladserne fra 1. september. "
      "Tiden er blevet knap pga. den nye affaldsplan, så skriv mig på lidt i stedet." + S,
      {"interesser": "PFAS; Affald; Jord", "tid": "Lidt"}, P_PFAS,
      edits=[("set", "[ ] Affald", "[x] Affald")]),
    c("ow17-da-thunderbird-seksogtyve-heraf-elleve", "thunderbird", "Birthe Lauritsen",
      "Hermed mine svar, jeg er jo ny i gruppen.\n\nJeg har arbejdet med miljø i seksogtyve år, "
      "heraf elleve her i kommunen. Interesser: jord, grundvandsbeskyttelse og støj.\n\n"
      "Venlig hilsen\nBirthe",
      {"erfaring": "26", "interesser": "Støj; Jord"}, {}, ask=["interesser"],
      note="grundvandsbeskyttelse is no option"),
    c("ow17-da-android-meget-mindre-tid", "android", "Jesper Thygesen",
      "Tid: meget mindre end før, desværre, så sæt mig på lidt. Resten passer stadig.",
      {"tid": "Lidt"}, P_TWO, unchanged=True),
    c("ow17-da-owa-overtaget-pfas-sager", "owa", "Kirsten Vestergaard",
      "Hej\n\nVores PFAS-medarbejder er stoppet pr. 1. november, og jeg har overtaget hendes "
      "sager. Tilføj derfor PFAS og arbejdsgruppen om PFAS. Til gengæld kan jeg ikke længere "
      "være sekretær, det må en anden tage." + K,
      {"interesser": "PFAS; Spildevand; Luft", "grupper": "Arbejdsgruppe om PFAS",
       "funktioner": "Høringstovholder"}, P_SPV),
    c("ow17-da-outlook-mac-afbud-januar", "outlook_mac", "Henrik Dam",
      "Hej\n\nJeg kan desværre ikke komme til mødet i januar, da jeg er på kursus. Til skemaet: "
      "ingen ændringer fra mig.\n\nHenrik",
      {}, P_VVM, unchanged=True, flagged=True, note="absence from a meeting"),
    c("ow17-da-gmail-android-tankestreger", "gmail_android", "Nanna Frost",
      "Interesser: PFAS – spildevand – Power-to-X (vi får et nyt anlæg på havnen)\n"
      "Tid: nogen\nErfaring 4 år\n\nNanna",
      {"interesser": "PFAS; Spildevand; Power-to-X", "tid": "Nogen", "erfaring": "4"}, {}),
    c("ow17-da-apple-tak-vender-tilbage", "apple_mail", "Ole Bech",
      "Tak for mailen. Jeg kigger på det efter weekenden.\n\nOle",
      {}, P_STOJ),
    c("ow17-da-iphone-andet-barsel", "iphone", "Camilla Ravn",
      "Andet: Jeg går på barsel fra marts til december 2027.\nEllers som sidst",
      {"andet": "Jeg går på barsel fra marts til december 2027."}, P_MIX, unchanged=True),
    c("ow17-da-thunderbird-bottom-skrevet-i-skemaet", "thunderbird_bottom", "Poul Ebbesen",
      "Jeg har skrevet i skemaet ovenfor.\n\nPoul",
      {"erfaring": "13"}, {**P_TWO, "erfaring": "12"}, ask=["tid"],
      edits=[("set", "Svar: 12", "Svar: 13"),
             ("add", "5. Tid", "mest lidt i foråret, mere til efteråret")],
      note="a time that changes over the year: asked"),
    c("ow17-da-outlook-html-klimatilpasning-tovholder", "outlook_html", "Rikke Hviid",
      "Jeg har sat kryds ved klima. Og så er jeg blevet tovholder på vores "
      "klimatilpasningsprojekt ved åen, ellers er det hele uændret." + S,
      {"interesser": "Støj; Luft; Klima"}, P_STOJ, unchanged=True,
      edits=[("set", "[ ] Klima", "[x] Klima")],
      note="tovholder on a local project is not the group's høringstovholder"),
    c("ow17-da-gmail-vvm-flyttet-stoej-kommet", "gmail", "Anders Holt",
      "Hej\n\nVVM-screeningerne er flyttet til plan, så dem har jeg ikke mere. Til gengæld har "
      "jeg fået støjsagerne. Erfaringen er stadig 15 år – tiden går ikke så hurtigt i en "
      "kommune 😉\n\nAnders",
      {"interesser": "Støj; Luft", "erfaring": "15"}, P_VVM),
    c("ow17-da-outlook-ios-fem-seks-aar", "outlook_ios", "Maria Juhl",
      "Erfaring har jeg vel 5-6 år, alt efter hvordan man regner studiejobbet med.\nTid: nogen.",
      {"tid": "Nogen"}, P_LILLE, ask=["erfaring"], note="a range"),
    c("ow17-da-outlook-android-formand-hvis-brug", "outlook_android", "Kasper Lund",
      "Jeg kan godt være formand, hvis der er brug for det. Høringstovholder vil jeg ikke "
      "længere – det har taget for meget tid.",
      {"funktioner": "Formand"}, P_STOJ),
    c("ow17-da-iphone-eksterne-netvaerk", "iphone", "Dorte Friis",
      "Jeg er kommet med i regionens netværk for jordforurening og i et affaldsnetværk under "
      "KL. Ved ikke om de skal stå her?",
      {}, P_JORD, ask=["grupper"], note="networks outside the form's options: asked"),
    c("ow17-da-android-alt-andet-som-det-var", "android", "Lars Mølgaard",
      "Alt andet er som det var, men erfaring er nu 7 år og jeg har fået PFAS med.",
      {"interesser": "PFAS; Jord", "erfaring": "7"}, {**P_PFAS, "interesser": "Jord",
                                                      "erfaring": "6"}, unchanged=True),
    c("ow17-da-thunderbird-husdyr-og-lugt", "thunderbird", "Helle Brink",
      "Husdyrsager og lugt fylder det meste af min tid nu, men jeg har stadig luft.\n\nHelle",
      {}, P_STOJ, ask=["interesser"], note="husdyr and lugt are no options"),
    c("ow17-da-outlook-prefix-nummereret", "outlook_prefix", "Jens Kofoed",
      "1. jord, PFAS\n2. netværket for miljøtilsyn\n3. ingen\n4. tyve\n5. lidt\n\nJens Kofoed",
      {"interesser": "PFAS; Jord", "grupper": "Netværk for miljøtilsyn", "funktioner": "",
       "erfaring": "20", "tid": "Lidt"}, {}),
    c("ow17-da-gmail-stopper-i-gruppen", "gmail", "Pia Sand",
      "Hej\n\nJeg stopper i gruppen til nytår, da jeg skifter job til Miljøstyrelsen. Så I "
      "behøver ikke at opdatere noget for mit vedkommende.\n\nTak for nogle gode år!\nPia",
      {}, P_MIX, flagged=True, note="leaving the group"),
    c("ow17-da-apple-forward-pfas-gruppen", "apple_forward", "Søren Winther",
      "Svar herunder, skemaet kom i min private indbakke.\n\nJeg er kommet med i "
      "PFAS-arbejdsgruppen, og erfaringen er nu 6 år.",
      {"grupper": "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS", "erfaring": "6"},
      {**P_JORD, "erfaring": "5"}),
    c("ow17-da-outlook-gaaet-ned-i-tid", "outlook", "Ulla Krogh",
      "Hej\n\nJeg er gået ned på 30 timer i min faste stilling og har derfor mere luft til "
      "gruppen – sæt mig gerne på meget fremover." + K,
      {"tid": "Meget"}, P_LILLE,
      note="'luft' here is spare time, not the subject area"),
    c("ow17-da-gmail-affaldstilsyn-som-foer", "gmail", "Niels Aagaard",
      "PFAS og spildevand som før, og så er jeg begyndt på affaldstilsyn ude hos "
      "virksomhederne.\n\nNiels",
      {"interesser": "PFAS; Spildevand; Affald"}, P_TWO),
    c("ow17-da-iphone-med-paa-pfas", "iphone", "Tine Bak",
      "Jeg vil gerne være med på PFAS fremover.",
      {}, P_PFAS, ask=["grupper"],
      note="already has the PFAS interest: the working group? asked"),
    c("ow17-da-owa-html-kryds-fjernet-formand", "owa_html", "Bent Vinther",
      "Jeg har fjernet krydset ved formand – to perioder er nok. Erfaringen er 19 år nu.",
      {"funktioner": "", "erfaring": "19"}, P_FORM,
      edits=[("set", "[x] Formand", "[ ] Formand"), ("set", "Svar: 18", "Svar: 19")]),

    # --- English ------------------------------------------------------------------------------
    c("ow17-en-gmail-add-pfas-not-chair", "gmail", "Emma Larsen",
      "Hi,\n\nPlease add PFAS - we got a new case at the old airfield. I don't want to be chair "
      "again, but I can do consultation coordinator instead. Everything else as before.\n\nEmma",
      {"interests": "PFAS; Wastewater; Noise", "functions": "Consultation coordinator"}, E_WN,
      lang="en", unchanged=True),
    c("ow17-en-outlook-soil-instead-of-air", "outlook", "Mark Jensen",
      "Hi,\n\nA few changes since spring: I moved to the soil team, so Soil instead of Air. Still "
      "climate. Time is little these months because of the budget. 11 years now." + E,
      {"interests": "Soil; Climate", "time": "Little", "experience": "11"}, E_AC, lang="en"),
    c("ow17-en-iphone-all-still-correct", "iphone", "Sofie Nygaard",
      "All still correct, thanks!",
      {}, E_SOIL, lang="en", unchanged=True),
    c("ow17-en-thunderbird-twenty-two-odour", "thunderbird", "Jonas Eriksen",
      "Interests: noise and wastewater, and a bit of odour.\nExperience: twenty-two years in "
      "total, the last three here.\nTime: some\nGroups: the inspection network.\n\nJonas",
      {"interests": "Wastewater; Noise", "experience": "22", "time": "Some",
       "groups": "Inspection network"}, {}, lang="en", ask=["interests"],
      note="odour is no option"),
    c("ow17-en-owa-html-eia-crosses", "owa_html", "Laura Dahl",
      "Marked EIA - I took over the screenings from a colleague who retired. Less time from "
      "January, so I changed it to some.",
      {"interests": "Air; Climate; EIA", "time": "Some"}, E_AC, lang="en",
      edits=[("set", "[ ] EIA", "[x] EIA"), ("set", "[x] Much", "[ ] Much"),
             ("set", "[ ] Some", "[x] Some")]),
    c("ow17-en-outlook-mac-english-on-danish-form", "outlook_mac", "Annika Berg",
      "Hi - sorry for answering in English. I no longer work with wastewater, I have moved to "
      "the noise and air team. Groups the same. I can be secretary if needed. Not much time "
      "though.\n\nAnnika",
      {"interesser": "Støj; Luft; Klima", "funktioner": "Sekretær", "tid": "Lidt"}, P_MIX),
    c("ow17-en-gmail-android-not-sure-chair", "gmail_android", "Peter Holm",
      "Not sure about the chair thing yet - I'll talk to my manager and get back to you. "
      "Time: somewhere between little and some.",
      {}, E_WN, lang="en", ask=["functions", "time"]),
    c("ow17-en-outlook-android-not-secretary", "outlook_android", "Ida Madsen",
      "I can't be secretary anymore, I'm on leave from February. Experience is 8 years now, "
      "otherwise nothing new.",
      {"functions": "", "experience": "8"}, E_SOIL, lang="en", unchanged=True),
]
