"""Unseen part 48 of the own-words form replies (issue 14): an autumn round in a working group of
22 municipal environment officers. New members answer the blank form in their own words (one
long paragraph, line by line, some in English); the others answer the pre-filled form with small
changes, often written inline under the question. Written blind, by hand; people invented."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "form-own-words"))

from common import SIG_EN, SIG_KOMMUNE, SIG_SHORT, c  # noqa: E402

# pre-filled profiles of this round (values in form order)
P_A = {"interesser": "Spildevand; Jord", "grupper": "Netværk for miljøtilsyn", "funktioner": "",
       "erfaring": "7", "tid": "Nogen"}
P_B = {"interesser": "PFAS; Jord; Klima", "grupper": "Arbejdsgruppe om PFAS",
       "funktioner": "Høringstovholder", "erfaring": "15", "tid": "Lidt"}
P_C = {"interesser": "Støj; Luft; IE-direktivet", "grupper": "Netværk for miljøtilsyn",
       "funktioner": "Formand", "erfaring": "22", "tid": "Meget"}
P_D = {"interesser": "Spildevand; Affald", "grupper": "", "funktioner": "Sekretær",
       "erfaring": "4", "tid": "Nogen"}
P_E = {"interesser": "Klima; VVM; Power-to-X",
       "grupper": "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS", "funktioner": "",
       "erfaring": "9", "tid": "Lidt"}
P_F = {"interesser": "PFAS; Spildevand; Affald; Jord", "grupper": "Arbejdsgruppe om PFAS",
       "funktioner": "", "erfaring": "18", "tid": "Nogen"}
P_G = {"interesser": "Spildevand; Klima",
       "grupper": "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS",
       "funktioner": "Høringstovholder", "erfaring": "11", "tid": "Meget"}
P_H = {"interesser": "Støj; Luft; IE-direktivet", "grupper": "Netværk for miljøtilsyn",
       "funktioner": "", "erfaring": "22", "tid": "Meget",
       "andet": "Deltager også i det regionale støjnetværk"}
Q_A = {"interests": "PFAS; Soil", "groups": "PFAS working group", "functions": "Secretary",
       "experience": "6", "time": "Some"}
Q_B = {"interests": "Noise; Air; IED", "groups": "Inspection network", "functions": "",
       "experience": "11", "time": "Little"}
Q_C = {"interests": "Waste; Soil; Climate", "groups": "", "functions": "Chair; Secretary",
       "experience": "25", "time": "Much"}

EN = {"lang": "en"}

CASES = [
    # --- new members, blank form --------------------------------------------------------------
    c("ow48-da-outlook-prefix-ny-langt-afsnit", "outlook_prefix", "Birgitte Rask",
      "Hej\n\nJeg er ny i gruppen siden september, så her kommer mine svar. Jeg sidder primært "
      "med spildevand og jord, men har også en del støjsager – mest fra virksomheder. Jeg er "
      "med i netværket for miljøtilsyn. Formand har jeg ikke lyst til at være, men jeg kan godt "
      "tage referatet, hvis der mangler en sekretær. Jeg har været miljømedarbejder i 5 år, "
      "heraf to her i kommunen. Tiden er lidt presset, så skriv mig på lidt.\n\n"
      + SIG_KOMMUNE,
      {"interesser": "Spildevand; Støj; Jord", "grupper": "Netværk for miljøtilsyn",
       "funktioner": "Sekretær", "erfaring": "5", "tid": "Lidt"},
      note="new member, one paragraph; compound støjsager; two numbers (total first)"),

    c("ow48-da-iphone-ny-linje-for-linje", "iphone", "Kasper Nørgaard",
      "Interesser: PFAS, affald og klimatilpasning\nGrupper: ingen endnu\nFunktioner: sekretær\n"
      "Erfaring: otte år\nTid: nogen\n\nHilsen\nKasper",
      {"interesser": "PFAS; Affald; Klima", "grupper": "", "funktioner": "Sekretær",
       "erfaring": "8", "tid": "Nogen"},
      note="new member, labelled lines in lower case"),

    c("ow48-da-gmail-ny-seksogtyve-aar", "gmail", "Ulla Brink",
      "Hej tovholder\n\nJeg er lige startet i gruppen og svarer bare her: Jeg arbejder med luft "
      "og IE-direktivet, og lidt med VVM når der kommer nye anlæg. Jeg har været i faget i "
      "seksogtyve år – først i amtet, siden i kommunen. Jeg er ikke med i nogen af "
      "arbejdsgrupperne endnu. Mine børn er flyttet hjemmefra, så jeg har meget tid og tager "
      "gerne rollen som høringstovholder.\n\nVenlig hilsen\nUlla Brink",
      {"interesser": "Luft; VVM; IE-direktivet", "grupper": "", "funktioner": "Høringstovholder",
       "erfaring": "26", "tid": "Meget"},
      note="'lidt med VVM' qualifies VVM, not the time; number word above 20"),

    c("ow48-en-gmail-new-member-paragraph", "gmail", "Oliver Bennett",
      "Hi,\n\nI'm new in the group (I moved here from the UK last spring and now work in the "
      "municipality's environment team). My areas are mostly wastewater and soil contamination, "
      "plus a bit of PFAS. I'm not in any of the working groups yet, but I would like to join "
      "the inspection network. Happy to be secretary if needed. 4 years of experience. Not much "
      "time this autumn, I'm afraid.\n\nBest,\nOliver",
      {"interests": "PFAS; Wastewater; Soil", "groups": "", "functions": "Secretary",
       "experience": "4", "time": "Little"},
      ask=["groups"], sent={}, note="wish to join a network passed on, not recorded as membership",
      **EN),

    c("ow48-da-thunderbird-ny-tankestreger", "thunderbird", "Sofie Lund",
      "Hej\n\nMine svar – jeg er ny i år:\n\nJord, grundvand og PFAS – primært jordforurening. "
      "spildevand har jeg også lidt af.\nNetværk for miljøtilsyn — ja.\nIngen funktioner i "
      "første omgang.\n9 års erfaring i alt, heraf 3 i kommunen.\nTid: nogen\n\n"
      "Venlig hilsen\nSofie Lund",
      {"interesser": "PFAS; Spildevand; Jord", "grupper": "Netværk for miljøtilsyn",
       "funktioner": "", "erfaring": "9",
       "tid": "Nogen"},
      ask=["interesser"], note="grundvand is no option; full stop before lower case; dashes"),

    c("ow48-en-iphone-new-line-by-line", "iphone", "Freya Collins",
      "Interests: climate, EIA and Power-to-X (we have two PtX plants in planning)\n"
      "Groups: none\nFunctions: none for now\nExperience: twelve years\nTime: some\n"
      "Other: I work 30 hours a week",
      {"interests": "Climate; EIA; Power-to-X", "groups": "", "functions": "",
       "experience": "12", "time": "Some", "other": "I work 30 hours a week"}, **EN),

    c("ow48-da-owa-html-ny-kryds-og-ord", "owa_html", "Jonas Vestergaard",
      "Hej, jeg har sat kryds, men vil også gerne nævne, at jeg laver en del affaldstilsyn på "
      "genbrugspladserne. Funktioner har jeg ikke taget stilling til endnu.\n\nMvh Jonas",
      {"interesser": "Spildevand; Affald; VVM", "erfaring": "2", "tid": "Nogen"},
      edits=[("set", "[ ] Spildevand", "[x] Spildevand"), ("set", "[ ] VVM", "[x] VVM"),
             ("set", "Svar:", "Svar: 2", "4. Erfaring"), ("set", "[ ] Nogen", "[x] Nogen")],
      note="crosses plus a compound in words; undecided functions left out"),

    c("ow48-en-thunderbird-new-one-paragraph", "thunderbird", "Annika Holm",
      "Hello, new member here from the environment department. I mostly handle industrial air "
      "emissions and noise from the harbour, and I sit on the inspection network. I've got "
      "eleven years in environmental regulation, 3 of them in Denmark. I'd rather not take on "
      "any functions in my first year. Some time – probably a couple of hours a month.\n\n"
      "Regards,\nAnnika Holm",
      {"interests": "Noise; Air", "groups": "Inspection network", "functions": "",
       "experience": "11", "time": "Some"}, **EN),

    c("ow48-da-iphone-ny-kort", "iphone", "Nanna Friis",
      "Støj og luft. Ikke i nogen grupper. 1 år. Lidt tid.\nMvh Nanna",
      {"interesser": "Støj; Luft", "grupper": "", "erfaring": "1", "tid": "Lidt"},
      note="'nogen' inside the groups clause is no time"),

    c("ow48-en-owa-new-with-conditions", "owa", "Rasmus Kjær",
      "Hi, here are my answers.\nI work with climate adaptation and wastewater, and since the "
      "summer also some soil cases.\nGroups – none at the moment.\nI could be consultation "
      "coordinator, though only from March when I'm back from parental leave.\nExperience: 2 "
      "years (plus 5 in a consultancy before that)\nTime: a little\n\nThanks, Rasmus Kjær",
      {"interests": "Wastewater; Soil; Climate", "groups": "",
       "functions": "Consultation coordinator", "time": "Little"},
      ask=["experience"], note="2 or 7 years is the chair's call; 'some soil' is no time", **EN),

    c("ow48-da-apple-mail-ny-lugt", "apple_mail", "Eva Dam",
      "Hej\nTak for velkomsten på mødet i oktober.\nJeg laver virksomhedstilsyn med fokus på "
      "lugt og luftemissioner, og så er jeg med i netværket for miljøtilsyn.\nJeg har ti års "
      "erfaring.\nJeg kan godt være sekretær og tage referat.\nTid: nogen, måske mere efter "
      "nytår.\nHilsen Eva Dam",
      {"interesser": "Luft", "grupper": "Netværk for miljøtilsyn", "funktioner": "Sekretær",
       "erfaring": "10", "tid": "Nogen"},
      ask=["interesser"], note="lugt is no option"),

    c("ow48-da-gmail-ny-formand-hvis-ingen", "gmail", "Claus Mikkelsen",
      "Hej\n\nJeg laver støj og jord, og desuden sidder jeg med klimaplanen og lidt "
      "VVM-screeninger. Har 14 år bag mig. Hvis ingen andre vil, kan jeg tage formandsposten, "
      "men helst ikke. Tid: nogen – måske mindre i foråret.\n\nMvh Claus",
      {"interesser": "Støj; Jord; Klima; VVM", "erfaring": "14", "tid": "Nogen"},
      ask=["funktioner"], note="chair only if nobody else: a condition on others"),

    c("ow48-da-outlook-html-skrevet-paa-engelsk", "outlook_html", "Lukas Meyer",
      "Hi – sorry, my Danish is not good enough yet for writing, so in English: I work with "
      "noise and air quality, 9 years, I'm in the supervision network (tilsynsnetværket), and "
      "I have some time. No functions for now.\n\nBest regards\nLukas Meyer",
      {"interesser": "Støj; Luft", "grupper": "Netværk for miljøtilsyn", "funktioner": "",
       "erfaring": "9", "tid": "Nogen"}, note="English on the Danish form"),

    # --- pre-filled forms, small changes ---------------------------------------------------
    c("ow48-da-outlook-rettet-under-spoergsmaal", "outlook", "Lone Thygesen",
      "Hej, jeg har rettet direkte i skemaet nedenfor.\n\n/Lone",
      {"interesser": "Spildevand; Jord; Klima", "erfaring": "8", "tid": "Lidt"}, sent=P_A,
      edits=[("set", "[ ] Klima", "[x] Klima"), ("set", "Svar: 7", "Svar: 8"),
             ("add", "5. Tid", "Mindre end sidst, desværre – sæt mig på lidt")],
      note="typed line under Tid overrides the pre-filled cross"),

    c("ow48-da-iphone-ud-af-pfas-gruppen", "iphone", "Mette Krogh",
      "Ret gerne: jeg er ikke længere med i PFAS-arbejdsgruppen, der er for mange møder. "
      "Resten står, som det skal.\n\nMette",
      {"grupper": ""}, sent=P_B, unchanged=True,
      note="the PFAS interest stays"),

    c("ow48-da-owa-linjer-slettet", "owa", "Henrik Bach",
      "Hej\n\nFormand har jeg været længe nok, så det kryds har jeg fjernet. IE-direktivet har "
      "jeg slettet – de virksomheder er overgået til staten.\n\nMvh Henrik",
      {"interesser": "Støj; Luft", "funktioner": ""}, sent=P_C,
      edits=[("del", "[x] IE-direktivet"), ("set", "[x] Formand", "[ ] Formand")]),

    c("ow48-en-outlook-inline-blue", "outlook", "Martin Hughes",
      "Hi – answers inline below.\n\nMartin",
      {"interests": "PFAS; Noise; Soil", "functions": "Secretary", "experience": "7"},
      sent=Q_A,
      edits=[("add", "1. Interests", "Add noise – I took over the noise complaints in August"),
             ("set", "Answer: 6", "Answer: 7"),
             ("add", "3. Functions", "Secretary still fine, but not chair")], **EN),

    c("ow48-da-android-som-sidst-bortset-fra", "android", "Dorthe Lindberg",
      "Hej\nAlt er som sidst, bortset fra at jeg nu har 5 års erfaring. Og så har jeg fået støj "
      "ind over.\nMvh Dorthe",
      {"interesser": "Spildevand; Affald; Støj", "erfaring": "5"}, sent=P_D, unchanged=True),

    c("ow48-da-gmail-android-intet-at-rette", "gmail_android", "Ole Juhl",
      "Intet at rette her, det passer stadig. God weekend!\n\nOle",
      {}, sent=P_F, unchanged=True),

    c("ow48-da-outlook-ios-afbud-i-saetning", "outlook_ios", "Tina Hviid",
      "Skemaet er uændret for mit vedkommende. Men jeg kan ikke komme til mødet den 14. januar, "
      "har kursus – har I andet materiale, jeg skal læse, så send det gerne.",
      {}, sent=P_A, unchanged=True, flagged=True,
      note="absence and a request for the chair; 'andet' is no label"),

    c("ow48-da-apple-mail-andet-tilfoejet", "apple_mail", "Grethe Sand",
      "Kun en tilføjelse under Andet, resten passer.\n\nHilsen Grethe",
      {"andet": "Deltager også i det regionale støjnetværk. Orlov februar-april 2027."},
      sent=P_H, unchanged=True,
      edits=[("set", "Svar: Deltager også i det regionale støjnetværk",
              "Svar: Deltager også i det regionale støjnetværk. Orlov februar-april 2027.")]),

    c("ow48-da-gmail-nyt-job-kan-ikke-placeres", "gmail", "Trine Bjerre",
      "Hej. Jeg har skiftet stilling internt og arbejder nu mest med grundvandsbeskyttelse og "
      "drikkevand, så klima og VVM kan fjernes. Power-to-X beholder jeg. Tiden afhænger af, "
      "hvad min nye chef siger – det ved jeg først i januar.\n\nVh Trine",
      {"interesser": "Power-to-X"}, sent=P_E, ask=["interesser", "tid"],
      note="new areas are no options; time not known yet"),

    c("ow48-da-thunderbird-bottom-ellers-som-i-fjor", "thunderbird_bottom", "Pia Ebbesen",
      "Jeg vil gerne have affald med, og sæt tiden op til nogen – ellers er alt som i fjor.\n\n"
      "Mvh\nPia",
      {"interesser": "PFAS; Affald; Jord; Klima", "tid": "Nogen"}, sent=P_B, unchanged=True),

    c("ow48-en-outlook-android-remove-ied", "outlook_android", "Sarah Whitfield",
      "Please remove IED – not my area any more since the reorganisation. I've also joined the "
      "PFAS working group. Everything else unchanged.",
      {"interests": "Noise; Air", "groups": "Inspection network; PFAS working group"},
      sent=Q_B, unchanged=True, **EN),

    c("ow48-da-outlook-mac-bytter-funktion", "outlook_mac", "Mads Winther",
      "Jeg bytter: høringstovholder i stedet for sekretær. Resten er uændret.\n\nKh Mads",
      {"funktioner": "Høringstovholder"}, sent=P_D, unchanged=True,
      edits=[("set", "[x] Sekretær", "[ ] Sekretær"),
             ("set", "[ ] Høringstovholder", "[x] Høringstovholder")]),

    c("ow48-da-gmail-usikker-paa-netvaerk", "gmail", "Anders Kofoed",
      "Jeg er ikke sikker på, om jeg stadig er med i tilsynsnetværket – jeg har ikke fået "
      "indkaldelser siden foråret. Kan I tjekke det? Ellers intet nyt.\n\n" + SIG_SHORT,
      {}, sent=P_A, unchanged=True, ask=["grupper"]),

    c("ow48-da-outlook-pile-i-skemaet", "outlook", "Kirsten Lauridsen",
      "Se mine rettelser i skemaet.\n\nMvh\nKirsten",
      {"interesser": "Jord; VVM; Power-to-X"}, sent=P_E,
      edits=[("append", "[x] Klima", " – ikke mere"), ("append", "[ ] Jord", "  <- ja, ny opgave")],
      note="words after the option lines instead of crosses"),

    c("ow48-da-android-luft-i-kalenderen", "android", "Bente Holt",
      "Hej. Har fået mere luft i kalenderen efter omorganiseringen, så I må gerne skrive meget. "
      "Og jeg er nu 16 år i faget.\n\nHilsen Bente",
      {"tid": "Meget", "erfaring": "16"}, sent=P_B,
      note="'luft i kalenderen' is no interest"),

    c("ow48-da-outlook-ios-fjern-med-grund", "outlook_ios", "Søren Dahl",
      "Fjern jord og affald – det er lagt over til en ny kollega i teamet. PFAS og spildevand er "
      "stadig mine. Ellers står alt ved det gamle.",
      {"interesser": "PFAS; Spildevand"}, sent=P_F, unchanged=True),

    c("ow48-en-apple-mail-all-as-before-except", "apple_mail", "Helle Moss",
      "All as before except that I can no longer take on the chair role – I'm cutting down to "
      "30 hours. So time should be some rather than much.\n\nBest,\nHelle",
      {"functions": "Secretary", "time": "Some"}, sent=Q_C, unchanged=True, **EN),

    c("ow48-da-owa-mange-tak", "owa", "Bo Kragh",
      "Mange tak.\n\n/Bo", {}, sent=P_G, note="nothing about the form"),

    c("ow48-en-gmail-android-no-changes", "gmail_android", "Daniel Price",
      "No changes from me – all still correct. Thanks!\n\n" + SIG_EN,
      {}, sent=Q_A, unchanged=True, **EN),

    c("ow48-da-thunderbird-skrevet-under-spoergsmaal", "thunderbird", "Jakob Ravn",
      "Hej, rettelserne er skrevet ind i skemaet.\nHilsen Jakob",
      {"grupper": "Netværk for miljøtilsyn", "erfaring": "12", "tid": "Nogen"}, sent=P_G,
      edits=[("add", "2. Grupper",
              "Har meldt mig ud af PFAS-gruppen i september, netværket fortsætter jeg i"),
             ("set", "Svar: 11", "Svar: 12"),
             ("add", "5. Tid", "Lidt mindre end før – nogen")],
      note="'Lidt' qualifies the change; the answer is Nogen"),
]
