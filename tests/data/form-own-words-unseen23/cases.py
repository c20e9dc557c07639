"""Blind part 23 of the own-words form replies (issue 14): one round of replies, by hand.

Written without reading the parser, its tests or the other parts. `answers` is what a careful
human secretary records; `ask` what she passes on to the chair instead. People invented, at
example.org. The constructor and signatures are the committed corpus's (common.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "form-own-words"))

from common import SIG_EN, SIG_KOMMUNE, SIG_SHORT, c  # noqa: E402

EN = {"lang": "en"}

CASES = [
    # --- one-liners ---------------------------------------------------------------------------
    c("ow23-da-iphone-tak-for-det", "iphone", "Gitte Holm", "Tak for det!", {},
      sent={"interesser": "Jord; Klima", "grupper": "", "funktioner": "", "erfaring": "7",
            "tid": "Nogen"},
      note="thanks only: nothing recorded, not unchanged, not flagged"),
    c("ow23-da-iphone-tilfoej-klimatilpasning", "iphone", "Nikolaj Brandt",
      "Tilføj klimatilpasning og VVM, resten passer stadig 👍",
      {"interesser": "Spildevand; Luft; Klima; VVM"},
      sent={"interesser": "Spildevand; Luft", "grupper": "Arbejdsgruppe om PFAS",
            "funktioner": "", "erfaring": "3", "tid": "Nogen"},
      unchanged=True, note="klimatilpasning = Klima; 'resten passer stadig'"),
    c("ow23-da-outlook_android-meget-tid", "outlook_android", "Sara Juul",
      "Sæt mig på meget tid – jeg er gået ned i tid på mit andet projekt.",
      {"tid": "Meget"},
      sent={"interesser": "Klima", "grupper": "", "funktioner": "", "erfaring": "2",
            "tid": "Lidt"},
      note="'meget tid' without label; 'andet' in a sentence is no Andet"),
    c("ow23-en-gmail_android-no-changes", "gmail_android", "Freya Lund",
      "No changes this year :)\n\nFreya", {},
      sent={"interests": "Air; Climate", "groups": "Inspection network; PFAS working group",
            "functions": "", "experience": "10", "time": "Much"},
      unchanged=True, **EN),
    c("ow23-en-iphone-same-but-little", "iphone", "Tom Kjeldsen",
      "Same as last year except time: little this year (new baby at home 🙂)\n\nTom",
      {"time": "Little"},
      sent={"interests": "PFAS; Soil", "groups": "PFAS working group", "functions": "Secretary",
            "experience": "6", "time": "Much"},
      unchanged=True, note="reason in brackets", **EN),

    # --- ordinary changes to a pre-filled form ------------------------------------------------
    c("ow23-da-outlook-fjern-formand-sekretaer", "outlook", "Jette Vestergaard",
      "Hej\n\nFjern mig som formand – jeg har sagt ja til at tage sekretærposten i stedet. "
      "Alt andet står ved magt.\n\n" + SIG_KOMMUNE,
      {"funktioner": "Høringstovholder; Sekretær"},
      sent={"interesser": "Affald; Jord; VVM", "grupper": "Netværk for miljøtilsyn",
            "funktioner": "Formand; Høringstovholder", "erfaring": "22", "tid": "Nogen"},
      unchanged=True, note="swap Formand for Sekretær (compound 'sekretærposten')"),
    c("ow23-da-gmail-kun-lidt-tid-spildevandsplan", "gmail", "Birgitte Aagaard",
      "Hej Tovholder\n\nVi er midt i den nye spildevandsplan, så i år har jeg desværre kun lidt "
      "tid til gruppen. Sekretær kan jeg heller ikke være i år af samme grund. Ellers står jeg "
      "ved det hele.\n\nMvh\nBirgitte",
      {"funktioner": "", "tid": "Lidt"},
      sent={"interesser": "Spildevand; Klima", "grupper": "", "funktioner": "Sekretær",
            "erfaring": "6", "tid": "Meget"},
      unchanged=True, note="reasons; 'gruppen' is no label; Sekretær removed"),
    c("ow23-en-gmail-add-soil-drop-noise", "gmail", "Hannah Rask",
      "Hi,\n\nPlease add soil and take me off noise – we hired a noise specialist in October. "
      "Everything else is still correct.\n\nBest,\nHannah",
      {"interests": "Wastewater; Soil"},
      sent={"interests": "Wastewater; Noise", "groups": "Inspection network",
            "functions": "Chair", "experience": "20", "time": "Some"},
      unchanged=True, **EN),
    c("ow23-da-outlook_ios-seksten-aar", "outlook_ios", "Henrik Dalsgaard",
      "Erfaringen skal rettes – jeg har været i faget i seksten år, men kun de sidste tre her "
      "i kommunen. Resten er uændret.\n\nMvh Henrik",
      {"erfaring": "16"},
      sent={"interesser": "PFAS; Spildevand", "grupper": "Arbejdsgruppe om PFAS",
            "funktioner": "", "erfaring": "3", "tid": "Nogen"},
      unchanged=True, note="number word, two numbers: 16 in the field"),
    c("ow23-da-apple_mail-pfas-arbejdsgruppen", "apple_mail", "Rikke Bach",
      "Hej\n\nJeg er kommet med i PFAS-arbejdsgruppen siden sidst, og har nu 6 år bag mig. "
      "Som sidst ellers.\n\nKh Rikke",
      {"grupper": "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS", "erfaring": "6"},
      sent={"interesser": "Støj; Luft", "grupper": "Netværk for miljøtilsyn",
            "funktioner": "", "erfaring": "5", "tid": "Nogen"},
      unchanged=True, note="the group, not the interest PFAS"),
    c("ow23-da-owa-netvaerket-det-andet", "owa", "Dorthe Friis",
      "Hej\n\nJeg er med i netværket for miljøtilsyn og har været det i fire år, det mangler i "
      "skemaet. Det andet i skemaet passer stadig.\n\nHilsen Dorthe",
      {"grupper": "Netværk for miljøtilsyn"},
      sent={"interesser": "Affald; Jord", "grupper": "", "funktioner": "Sekretær",
            "erfaring": "11", "tid": "Nogen"},
      unchanged=True, note="the four years are in the network, not experience"),
    c("ow23-en-android-two-changes", "android", "Mikkel Storm",
      "Two changes: I've left the PFAS working group, and I can take the consultation "
      "coordinator role from spring. Experience is eleven years now. The rest stands.\n\n"
      "Regards, Mikkel",
      {"groups": "Inspection network", "functions": "Consultation coordinator",
       "experience": "11"},
      sent={"interests": "Air; Climate", "groups": "Inspection network; PFAS working group",
            "functions": "", "experience": "10", "time": "Much"},
      unchanged=True, **EN),
    c("ow23-da-outlook_prefix-smaa-bogstaver", "outlook_prefix", "Bent Overgaard",
      "støj og luft. ikke affald mere. begge grupper. tyve år. nogen tid\n\nbent",
      {"interesser": "Støj; Luft", "grupper": "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS",
       "erfaring": "20", "tid": "Nogen"},
      sent={"interesser": "Affald; Støj", "grupper": "Netværk for miljøtilsyn",
            "funktioner": "", "erfaring": "19", "tid": "Lidt"},
      note="full stops before lower case"),

    # --- the form pasted back with own marks ---------------------------------------------------
    c("ow23-da-outlook_html-fed-markering", "outlook_html", "Anne Mette Skov",
      "Hej\n\nJeg har markeret mine svar med fed nedenfor.\n\nVenlig hilsen\nAnne Mette",
      {"interesser": "Spildevand; Klima", "grupper": "Netværk for miljøtilsyn",
       "erfaring": "3", "tid": "Nogen"},
      edits=[("bold", "[ ] Spildevand"), ("bold", "[ ] Klima"),
             ("bold", "[ ] Netværk for miljøtilsyn"), ("bold", "[ ] Nogen"),
             ("set", "Svar:", "Svar: 3", "4. Erfaring")],
      note="bold as the mark, HTML only"),
    c("ow23-da-gmail-parentes-og-flueben", "gmail", "Jakob Winther",
      "Svar i skemaet herunder.\n\nJakob",
      {"interesser": "PFAS; Jord", "grupper": "Arbejdsgruppe om PFAS", "erfaring": "2",
       "tid": "Lidt"},
      edits=[("set", "[ ] PFAS", "(x) PFAS"), ("set", "[ ] Jord", "(x) Jord"),
             ("set", "[ ] Arbejdsgruppe om PFAS", "✓ Arbejdsgruppe om PFAS"),
             ("set", "Svar:", "Svar: 2 år", "4. Erfaring"), ("set", "[ ] Lidt", "(x) Lidt")]),
    c("ow23-da-thunderbird_bottom-ja-ud-for", "thunderbird_bottom", "Karen Mølgaard",
      "Jeg har skrevet ja ud for det nye. Ellers intet nyt.\n\n/Karen",
      {"interesser": "Støj; Jord; Klima", "funktioner": "Formand; Sekretær"},
      sent={"interesser": "Jord; Klima", "grupper": "", "funktioner": "Sekretær",
            "erfaring": "14", "tid": "Lidt"},
      edits=[("append", "[ ] Støj", "  ja"), ("append", "[ ] Formand", "  ja, gerne")],
      unchanged=True),
    c("ow23-da-owa_html-stjerner", "owa_html", "Emil Thorsen",
      "Hej\n\nHar sat stjerne ved mine svar.\n\nMvh Emil",
      {"interesser": "Luft; Power-to-X", "erfaring": "1", "tid": "Meget",
       "andet": "Jeg sidder også i den regionale Power-to-X-følgegruppe."},
      edits=[("set", "[ ] Luft", "* Luft"), ("set", "[ ] Power-to-X", "* Power-to-X"),
             ("set", "Svar:", "Svar: 1 år (nyuddannet)", "4. Erfaring"),
             ("set", "[ ] Meget", "* Meget"),
             ("set", "Svar:", "Svar: Jeg sidder også i den regionale Power-to-X-følgegruppe.",
              "6. Andet")],
      note="typed on Andet's answer line; an outside group, no option"),

    # --- answered inline, crosses mixed with words ---------------------------------------------
    c("ow23-da-outlook_mac-rettet-i-skemaet", "outlook_mac", "Troels Hjort",
      "Hej\n\nSe mine rettelser i skemaet nedenfor.\n\nHilsen\nTroels",
      {"interesser": "Affald; Støj; Luft", "erfaring": "6", "tid": "Meget"},
      sent={"interesser": "Affald; Luft", "grupper": "Netværk for miljøtilsyn",
            "funktioner": "Høringstovholder", "erfaring": "5", "tid": "Nogen"},
      edits=[("add", "1. Interesser", "Har fået støj og lugtsager med i år"),
             ("set", "Svar: 5", "Svar: seks"), ("set", "[x] Nogen", "[ ] Nogen"),
             ("set", "[ ] Meget", "[x] Meget")],
      ask=["interesser"], note="lugtsager (odour) is no option: asked; Støj added"),
    c("ow23-en-outlook_mac-chair-when-away", "outlook_mac", "Eleanor Vinther",
      "Hi,\n\nTicked what applies. I'm happy to chair meetings when the chair is away, but not "
      "as the permanent chair.\n\nBest\nEleanor",
      {"interests": "Soil; EIA", "experience": "22", "time": "Much"},
      edits=[("set", "[ ] Soil", "[x] Soil"), ("set", "[ ] EIA", "[x] EIA"),
             ("set", "Answer:", "Answer: twenty-two", "4. Experience"),
             ("set", "[ ] Much", "[x] Much")],
      ask=["functions"], note="a stand-in chair only: not the option as such", **EN),

    # --- the form rewritten in own words, bullets ----------------------------------------------
    c("ow23-da-thunderbird-eget-skema", "thunderbird", "Poul Kragh",
      "Hej,\n\nHer er mine svar:\n\nFagområder: spildevand, regnvand og lidt IE (husdyr og "
      "industri)\nArbejdsgrupper: ingen\nFunktion: høringstovholder, hvis ingen andre melder "
      "sig\nErfaring: otteogtyve år\nTid: nogen, ikke meget\nAndet: Jeg deler stilling med "
      "Miljøstyrelsen to dage om ugen.\n\nMvh Poul",
      {"interesser": "Spildevand; IE-direktivet", "grupper": "", "funktioner": "Høringstovholder",
       "erfaring": "28", "tid": "Nogen",
       "andet": "Jeg deler stilling med Miljøstyrelsen to dage om ugen."},
      ask=["interesser"], note="regnvand is no option: asked"),
    c("ow23-da-gmail_android-punkter", "gmail_android", "Mads Kirkegaard",
      "Hej\n\n- PFAS, jord og affald\n- er ikke længere med i nogen af grupperne\n- kan godt "
      "være sekretær\n- 9 år\n- meget tid efter nytår, lige nu lidt\n\nHilsen Mads",
      {"interesser": "PFAS; Affald; Jord", "grupper": "", "funktioner": "Sekretær",
       "erfaring": "9"},
      sent={"interesser": "PFAS; Jord", "grupper": "Arbejdsgruppe om PFAS", "funktioner": "",
            "erfaring": "8", "tid": "Nogen"},
      ask=["tid"], note="time depends on the date: asked; 'nogen af grupperne' is no time"),
    c("ow23-en-thunderbird-own-bullets", "thunderbird", "Oliver Nygaard",
      "Hi,\n\nAnswers below:\n\n* Areas: soil, PFAS and groundwater\n* Groups: inspection "
      "network\n* Roles: none this year\n* Experience: 3 yrs\n* Time: a little\n\nCheers,\n"
      "Oliver",
      {"interests": "PFAS; Soil", "groups": "Inspection network", "functions": "",
       "experience": "3", "time": "Little"},
      ask=["interests"], note="groundwater is no option", **EN),

    # --- careful long answers ------------------------------------------------------------------
    c("ow23-da-owa-jord-grundvand-to-tal", "owa", "Lise Andersen",
      "Hej\n\nJord og grundvand – mest jordforurening fra gamle tankstationer. Lidt PFAS også. "
      "Jeg er med i tilsynsnetværket.\nErfaring: 4 år som rådgiver og 7 her i kommunen, altså "
      "11 i alt.\nTid: nogen.\n\n" + SIG_SHORT,
      {"interesser": "PFAS; Jord", "grupper": "Netværk for miljøtilsyn", "erfaring": "11",
       "tid": "Nogen"},
      ask=["interesser"], note="grundvand asked; 'Lidt PFAS' is no time"),
    c("ow23-en-outlook-new-in-job", "outlook", "Rebecca Holt",
      "Dear Tovholder,\n\nThanks for the form. I only joined Example Municipality in August, so "
      "this is my first round.\n\nI mainly do industrial inspections under the IED, plus air "
      "emissions and some noise complaints. I have been on the PFAS working group since "
      "September, but I am not in the inspection network (yet).\n\nAs for roles, I could be "
      "secretary, but I don't think I'm ready to chair anything.\n\nExperience: about twelve "
      "years in total, of which the last four months here.\n\nTime: some – probably more once "
      "I'm settled in.\n\n" + SIG_EN,
      {"interests": "Noise; Air; IED", "groups": "PFAS working group", "functions": "Secretary",
       "experience": "12", "time": "Some"},
      note="'some noise complaints' is no time", **EN),
    c("ow23-da-outlook-lang-med-afbud", "outlook", "Mette Lykke",
      "Kære tovholder\n\nTak for påmindelsen. Her er mine svar.\n\nJeg arbejder med "
      "VVM-screeninger og -tilladelser og en gang imellem med støjsager fra virksomheder. "
      "Klimatilpasning er røget over til en kollega i Teknik og Miljø, så det skal af listen."
      "\n\nJeg vil gerne fortsætte som høringstovholder, men formand bliver jeg ikke.\n\n"
      "Erfaring: 9\n\nAndet: Jeg går ned på 30 timer fra 1. marts.\n\nJeg kan i øvrigt ikke "
      "deltage i mødet i februar.\n\n" + SIG_KOMMUNE,
      {"interesser": "Støj; VVM", "funktioner": "Høringstovholder", "erfaring": "9",
       "andet": "Jeg går ned på 30 timer fra 1. marts."},
      sent={"interesser": "Klima; VVM", "grupper": "", "funktioner": "Høringstovholder",
            "erfaring": "8", "tid": "Nogen"},
      flagged=True, note="absence from the February meeting: for the chair"),

    # --- cannot be placed ---------------------------------------------------------------------
    c("ow23-da-android-industri-husdyr", "android", "Lars Munk",
      "Hej. Jeg arbejder med tilsyn på virksomheder, mest industri og husdyr, og så lidt "
      "vandområdeplaner. Har ikke tid til mere end det absolut nødvendige i gruppen.\n\n"
      "Mvh Lars",
      {"tid": "Lidt"},
      ask=["interesser"], note="no subject maps with confidence; 'tilsyn' is no group"),
    c("ow23-da-apple_mail-affaldstilsynet", "apple_mail", "Camilla Riis",
      "Hej\n\nSpildevand, jord og PFAS – og så har jeg overtaget affaldstilsynet efter Mette.\n"
      "Tid: lidt mere end sidst.\n\nMvh Camilla",
      {"interesser": "PFAS; Spildevand; Affald; Jord"},
      sent={"interesser": "Spildevand", "grupper": "", "funktioner": "", "erfaring": "4",
            "tid": "Lidt"},
      ask=["tid"], note="'lidt mere end sidst' from Lidt: asked"),
    c("ow23-da-gmail_android-siden-2014", "gmail_android", "Jonas Bech",
      "Jeg arbejder med støj (vejstøj og vindmøller) og luft.\nErfaring: siden 2014\n"
      "Tid: 2-3 timer om måneden, hvis det er nok\n\n/Jonas",
      {"interesser": "Støj; Luft"},
      ask=["erfaring", "tid"], note="a year, and hours: asked"),

    # --- something else than the form ---------------------------------------------------------
    c("ow23-da-android-afbud-i-stedet", "android", "Signe Fog",
      "Hej\n\nJeg kan desværre ikke komme til mødet den 14. januar, jeg er på kursus. Skemaet "
      "kigger jeg på i weekenden.\n\nVh Signe",
      {},
      sent={"interesser": "Støj; Luft", "grupper": "", "funktioner": "", "erfaring": "9",
            "tid": "Nogen"},
      flagged=True, note="an absence, no answers"),
    c("ow23-en-owa-field-suggestion", "owa", "Sophie Krog",
      "Hi – I think the form should also ask which municipality we work in; that would make "
      "the overview easier to use. Otherwise no changes from me.\n\nBest regards\nSophie",
      {},
      sent={"interests": "Air; Climate", "groups": "Inspection network; PFAS working group",
            "functions": "", "experience": "10", "time": "Much"},
      unchanged=True, flagged=True, note="a suggestion for the chair", **EN),
    c("ow23-en-outlook_ios-leaving", "outlook_ios", "Andrew Falk",
      "Hi,\n\nI'm leaving Example Municipality at the end of January, so please take me off "
      "the list. Thanks for some good years!\n\nAndrew",
      {},
      sent={"interests": "Waste; Soil", "groups": "Inspection network", "functions": "",
            "experience": "15", "time": "Some"},
      flagged=True, note="leaving the group; 'some good years' is no time", **EN),
]
