"""Unseen part 8 of the own-words form replies (issue 14): one round in a working group of about
30 municipal environment officers. Written blind (the parser not read), by hand; the expected
answers are a careful human secretary's. People invented, at example.org."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "form-own-words"))
from common import E1, E2, S1, S2, S3, S4, SIG_EN, SIG_KOMMUNE, SIG_SHORT, c  # noqa: E402

CASES = [
    # --- ordinary replies -------------------------------------------------------------------
    c("ow8-da-outlook-ingen-aendringer", "outlook", "Kirsten Dalgaard",
      "Hej\n\nIngen ændringer fra mig i år.\n\n" + SIG_KOMMUNE,
      {}, S1, unchanged=True),
    c("ow8-da-iphone-tilfoej-klima", "iphone", "Lone Brix",
      "Tilføj klima, og erfaring er nu 9 år. Resten passer stadig\n\nMvh Lone",
      {"interesser": "PFAS; Affald; Klima", "erfaring": "9"}, S4, unchanged=True),
    c("ow8-da-outlook-crosses-only", "outlook", "Mette Vinther",
      "Hermed retur.\n\n/Mette",
      {"interesser": "PFAS; Spildevand; Luft; Klima", "tid": "Nogen"}, S2,
      edits=[("set", "[ ] PFAS", "[x] PFAS"), ("set", "[x] Meget", "[ ] Meget"),
             ("set", "[ ] Nogen", "[x] Nogen")]),
    c("ow8-da-owa-tak-kigger-paa-det", "owa", "Torben Riis",
      "Tak for mailen, jeg kigger på det i næste uge.\n\n" + SIG_SHORT,
      {}, S1),
    c("ow8-da-android-erfaring-ellers-det-samme", "android", "Ib Kjærgaard",
      "Erfaring 9. Ellers det samme\nMvh Ib",
      {"erfaring": "9"}, S4, unchanged=True),
    c("ow8-da-outlook-typed-in-form", "outlook", "Susanne Friis",
      "Har rettet i skemaet nedenfor.\n\n" + SIG_SHORT,
      {"interesser": "PFAS; Støj; Luft", "erfaring": "13"}, S1,
      edits=[("set", "[ ] Luft", "[x] Luft"), ("set", "Svar: 12", "Svar: tretten")]),
    c("ow8-da-android-alt-som-sidst-lowercase", "android", "Jette Mørk",
      "alt er som sidst bortset fra at jeg er gået ned i tid, så lidt",
      {"tid": "Lidt"}, S2, unchanged=True),
    c("ow8-da-owa-ae-oe-spelling", "owa", "Birgitte Aagaard",
      "Hej. Stoej og luft skal tilfoejes. Vvm ud.\nMvh Birgitte",
      {"interesser": "Affald; Støj; Luft; Jord"}, S3),
    c("ow8-en-iphone-same-little-time", "iphone", "Hannah Lund",
      "Same as last year, but I can only give a little time this spring",
      {"time": "Little"}, E2, lang="en", unchanged=True),
    c("ow8-en-outlook_android-much-less", "outlook_android", "Martin Holt",
      "Time: much less this year, put me down for little. Rest unchanged",
      {"time": "Little"}, E1, lang="en", unchanged=True),

    # --- reasons, conditions, qualifiers; splitting -------------------------------------------
    c("ow8-da-gmail-formand-stoppet-dash", "gmail", "Bent Lykke",
      "Hej\nJeg er stoppet som formand – det må en anden tage over efter nytår. "
      "Høringstovholder fortsætter jeg gerne med.\nJord og VVM er stadig mine, affaldet er "
      "flyttet til Teknik og Miljø.\n21 år nu\nVh Bent",
      {"interesser": "Jord; VVM", "funktioner": "Høringstovholder", "erfaring": "21"}, S3),
    c("ow8-da-thunderbird-seksogtyve-heraf-elleve", "thunderbird", "Poul Nørgaard",
      "Hej\n\nJeg arbejder primært med spildevand og luft, lidt med støj. Har været i faget i "
      "seksogtyve år, heraf elleve her i kommunen. Jeg sidder i netværket for miljøtilsyn. Kan "
      "godt være sekretær hvis der ikke er andre der melder sig. Tid: nogen\n\nHilsen\nPoul",
      {"interesser": "Spildevand; Støj; Luft", "grupper": "Netværk for miljøtilsyn",
       "funktioner": "Sekretær", "erfaring": "26", "tid": "Nogen"}, {},
      note="'lidt med støj' qualifies Støj (an interest), it is not the time answer; 26 years "
           "in all, 11 of them here"),
    c("ow8-en-gmail-add-pfas-noise-can-go", "gmail", "Karen Holm",
      "Hi,\n\nPlease add PFAS – it's taken over most of my week since the spring. Noise can go, a "
      "colleague handles it now.\nEverything else as before.\n\nBest\nKaren",
      {"interests": "PFAS; Wastewater"}, E1, lang="en", unchanged=True),
    c("ow8-en-outlook-dash-list-updates", "outlook", "Emma Krogh",
      "Hi\n\nA few updates:\n- I've left the PFAS working group\n- 11 years now\n"
      "- happy to be secretary if needed\n\n" + SIG_EN,
      {"groups": "Inspection network", "functions": "Secretary", "experience": "11"}, E2,
      lang="en"),
    c("ow8-da-outlook_mac-luft-ikke-laengere", "outlook_mac", "Rikke Bach",
      "Luft er ikke længere mit område, det er overgået til Kim. Jeg har nu 4 års erfaring. Som "
      "sidste år i øvrigt.\n\nHilsen Rikke",
      {"interesser": "Spildevand; Klima", "erfaring": "4"}, S2, unchanged=True),
    c("ow8-da-owa_html-kompositioner", "owa_html", "Hanne Skov",
      "Hej Tovholder\n\nMine områder: jordforurening, PFAS og klimatilpasning. Derudover lidt "
      "støjsager.\nJeg er med i PFAS-arbejdsgruppen.\nErfaring: 7 år\nTid: Nogen, men mindre i "
      "marts-april pga. budgetarbejde\n\nMvh\nHanne",
      {"interesser": "PFAS; Støj; Jord; Klima", "grupper": "Arbejdsgruppe om PFAS",
       "erfaring": "7", "tid": "Nogen"}, {}),
    c("ow8-da-thunderbird_bottom-rettelser", "thunderbird_bottom", "Claus Wind",
      "Rettelser:\nIE-direktivet skal på, affald af.\nJeg vil ikke være høringstovholder mere.\n"
      "Mvh Claus",
      {"interesser": "PFAS; IE-direktivet", "funktioner": ""}, S4),
    c("ow8-da-outlook_android-ikke-meget-tid", "outlook_android", "Anders Flyvholm",
      "Jeg har desværre ikke meget tid i år. Nogen, højst.\n\nAnders",
      {"tid": "Nogen"}, S2),
    c("ow8-da-gmail-luft-tilsynet-ie-anlaeg", "gmail", "Ole Bruun",
      "Spildevand og klima er stadig mine, og så er jeg kommet med på luft-tilsynet igen efter "
      "en pause. Desuden er jeg startet på IE-anlæggene.\nVh Ole",
      {"interesser": "Spildevand; Luft; Klima; IE-direktivet"}, S2),
    c("ow8-en-thunderbird-english-on-danish-form", "thunderbird", "Lukas Becker",
      "Hi, sorry for writing in English - I'm still learning Danish. I work with wastewater and "
      "soil, and a bit of air quality. 5 years of experience (2 of them in Denmark). I can't be "
      "chair, but consultation coordinator is fine. Not much time.\n/Lukas",
      {"interesser": "Spildevand; Luft; Jord", "funktioner": "Høringstovholder",
       "erfaring": "5", "tid": "Lidt"}, {}, lang="da",
      note="English reply to the Danish form; 'a bit of air quality' qualifies Luft"),
    c("ow8-en-apple_mail-ptx-eia-stepped-down", "apple_mail", "Niels Ravn",
      "Hi both,\n\nWe're getting our first power-to-X plant in the municipality next year, so "
      "I'd like to add that, plus EIA as I'm doing the screening. I've stepped down as chair of "
      "our local climate network, so I won't be taking on any functions here either.\n\n"
      "Time: some\n\nCheers,\nNiels",
      {"interests": "Air; Climate; EIA; Power-to-X", "functions": "", "time": "Some"}, E2,
      lang="en", note="'chair' is of another network; functions stay empty"),
    c("ow8-en-gmail_android-two-numbers", "gmail_android", "Katrine Dahl",
      "Experience: 22 years in total, 4 of them here. Removed myself from the inspection "
      "network, I never go to the meetings anyway 🙂\nK",
      {"groups": "", "experience": "22"}, E1, lang="en"),

    # --- crosses mixed with words, marks -------------------------------------------------------
    c("ow8-da-gmail_android-kryds-og-pension", "gmail_android", "Erik Toft",
      "Se svar nedenfor",
      {"interesser": "Affald; Jord; Klima; VVM", "andet": "Går på pension 1. juli 2027"}, S3,
      flagged=True, note="leaving the group (retirement), written in the Andet field",
      edits=[("set", "[ ] Klima", "[x] Klima"),
             ("set", "Svar:", "Svar: Går på pension 1. juli 2027", "6. Andet")]),
    c("ow8-da-outlook-pil-ved-lidt", "outlook", "Pia Søgaard",
      "Se nedenfor\n\n" + SIG_SHORT,
      {"tid": "Lidt"}, S1,
      edits=[("set", "[x] Nogen", "[ ] Nogen"), ("set", "[ ] Lidt", "[ ] Lidt  ← det her")]),

    # --- things to pass on ---------------------------------------------------------------------
    c("ow8-da-outlook_ios-ingen-aendringer-afbud", "outlook_ios", "Gitte Holst",
      "Ingen ændringer. Men jeg kan ikke deltage i mødet d. 14. januar, er på kursus.",
      {}, S1, unchanged=True, flagged=True, note="absence from the January meeting"),
    c("ow8-da-apple_mail-miljoetilsyn-landbrug", "apple_mail", "Sanne Iversen",
      "Hej\nJeg er begyndt at lave miljøtilsyn med landbrug og industri, så skriv det på. Og så "
      "har jeg meget mindre tid end sidst – sæt mig på lidt.\nHilsen Sanne",
      {"tid": "Lidt"}, S2, ask=["interesser"],
      note="inspection of farms and industry is no subject-area option; not guessed"),
    c("ow8-da-iphone-erfaring-interval", "iphone", "Jakob Mortensen",
      "Erfaring 10-12 år, kommer an på hvordan man tæller. Jeg vil gerne være høringstovholder "
      "i stedet for sekretær",
      {"funktioner": "Høringstovholder"}, S1, ask=["erfaring"]),
    c("ow8-da-outlook_prefix-tid-to-perioder", "outlook_prefix", "John Kirk",
      "Tid: meget i foråret, derefter nogen.\nErfaring 21.\nJohn",
      {"erfaring": "21"}, S3, ask=["tid"], note="two time amounts for two periods"),
    c("ow8-en-owa-question-about-network", "owa", "Sofie Ahl",
      "Hi,\nQuick question before I fill this in - does 'Inspection network' mean the regional "
      "one or our internal one? I'm only in the internal one.\nOtherwise no changes.\n"
      "Thanks, Sofie",
      {}, E2, lang="en", unchanged=True, flagged=True, note="a question about the form"),
    c("ow8-en-outlook_mac-groundwater-odour", "outlook_mac", "Freja Olsen",
      "Hi,\nAdd groundwater and drinking water protection please. I'm also doing odour "
      "complaints now.\nRegards, Freja",
      {}, E1, lang="en", ask=["interests"],
      note="groundwater, drinking water and odour are no options; not guessed"),
    c("ow8-da-gmail-samme-som-kollega", "gmail", "Lise Brandt",
      "Jeg arbejder sammen med Jens Holm om det hele, så skriv bare det samme som hos ham.",
      {}, S1, flagged=True, note="'the same as Jens': for the chair"),
    c("ow8-da-iphone-melder-mig-ud", "iphone", "Henning Vestergaard",
      "Jeg melder mig ud af gruppen fra nytår, så I behøver ikke opdatere noget. Tak for nu!",
      {}, S3, flagged=True, note="leaving the group"),
    c("ow8-da-outlook_html-andet-barsel", "outlook_html", "Maria Kjeldsen",
      "Hej\n\nAndet: Jeg er på barsel fra februar til august, så regn ikke med mig i den "
      "periode.\nTid sættes til lidt.\n\nVenlig hilsen\nMaria",
      {"andet": "Jeg er på barsel fra februar til august, så regn ikke med mig i den periode.",
       "tid": "Lidt"}, S1, flagged=True, note="absence February-August"),
]
