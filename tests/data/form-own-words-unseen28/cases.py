"""Part 28 of the unseen own-words corpus: one ordinary winter round of a working group of about
30 municipal environment officers. Written blind (parser never read, never run on these);
the answers are what a careful human secretary records. People invented, at example.org."""

from __future__ import annotations

from common import BOTH, SIG_EN, SIG_KOMMUNE, SIG_SHORT, c  # noqa: F401

P1 = {"interesser": "Spildevand; Jord", "grupper": "Netværk for miljøtilsyn", "funktioner": "",
      "erfaring": "6", "tid": "Nogen"}
P2 = {"interesser": "PFAS; Jord; Klima", "grupper": BOTH, "funktioner": "Sekretær",
      "erfaring": "15", "tid": "Lidt"}
P3 = {"interesser": "Affald; Støj; VVM", "grupper": "", "funktioner": "Høringstovholder",
      "erfaring": "9", "tid": "Meget"}
P4 = {"interesser": "Luft; IE-direktivet; Power-to-X", "grupper": "Netværk for miljøtilsyn",
      "funktioner": "Formand", "erfaring": "23", "tid": "Nogen"}
P5 = {"interesser": "Støj; Luft", "grupper": "Netværk for miljøtilsyn", "funktioner": "",
      "erfaring": "2", "tid": "Lidt"}
Q1 = {"interests": "Soil; Climate", "groups": "PFAS working group", "functions": "Secretary",
      "experience": "4", "time": "Little"}
Q2 = {"interests": "PFAS; Waste; IED", "groups": "Inspection network", "functions": "",
      "experience": "11", "time": "Some"}
Q3 = {"interests": "Wastewater; Noise", "groups": "Inspection network", "functions": "Chair",
      "experience": "20", "time": "Some"}

CASES = [
    c("ow28-da-outlook-et-aar-mere", "outlook", "Grete Holm Vestergaard",
      "Hej\n\nKun den ændring at jeg nu har 7 års erfaring. Resten passer stadig.\n\n"
      + SIG_KOMMUNE.replace("{name}", "Grete Holm Vestergaard"),
      {"erfaring": "7"}, P1, unchanged=True),

    c("ow28-da-iphone-tak", "iphone", "Mikkel Rask", "Tak!", {}, P2),

    c("ow28-da-gmail-klimatilpasning", "gmail", "Lise Dam Kristiansen",
      "Sæt også klimatilpasning på mig, det fylder mere og mere hos os.\n\nMvh Lise",
      {"interesser": "Spildevand; Jord; Klima"}, P1),

    c("ow28-da-owa-slip-sekretaer", "owa", "Hanne Brøndum",
      "Hej Tovholder\n\nJeg må desværre give slip på sekretærposten efter nytår – der er for "
      "meget på skrivebordet. Ellers er alt som det står.\n\n"
      + SIG_SHORT.replace("{name}", "Hanne Brøndum"),
      {"funktioner": ""}, P2, unchanged=True),

    c("ow28-da-android-mindre-tid", "android", "Torben Skov",
      "Mindre tid i foråret desværre, sæt mig på lidt. Vi er to mand ned på tilsynet",
      {"tid": "Lidt"}, P3),

    c("ow28-da-thunderbird-kryds-og-formand", "thunderbird", "Per Munk Olesen",
      "Har sat kryds ved jord. Formand vil jeg gerne fortsætte som, men kun til sommer, så må "
      "en anden tage over.\n\n/Per",
      {"interesser": "Luft; Jord; IE-direktivet; Power-to-X", "funktioner": "Formand"}, P4,
      edits=[("set", "[ ] Jord", "[x] Jord")], flagged=True,
      note="Formand kept; stepping down at summer is for the chair"),

    c("ow28-en-gmail-add-pfas-years", "gmail", "Sarah Lindqvist",
      "Hi, please add PFAS to my interests – we've had two new cases this autumn. And it's 5 "
      "years now, not 4.\n\nBest, Sarah",
      {"interests": "PFAS; Soil; Climate", "experience": "5"}, Q1, lang="en"),

    c("ow28-en-outlook-ios-much-time", "outlook_ios", "Jonas Weber",
      "More time from January when my secondment ends, so put me down for much.\n\n"
      "Everything else as before.",
      {"time": "Much"}, Q2, lang="en", unchanged=True),

    c("ow28-da-outlook-mac-ni-og-fjorten", "outlook_mac", "Birgitte Aagaard",
      "Erfaring: ni år her i kommunen, men fjorten i alt med tiden i Miljøstyrelsen.\n"
      "Og støj er røget ud, det ligger hos planafdelingen nu.\n\nHilsen Birgitte",
      {"erfaring": "14", "interesser": "Affald; VVM"}, P3),

    c("ow28-da-gmail-android-kort", "gmail_android", "Rasmus Kjær",
      "Spildevand og jord som før - plus PFAS. 7 år nu\nlidt tid i år",
      {"interesser": "PFAS; Spildevand; Jord", "erfaring": "7", "tid": "Lidt"}, P1),

    c("ow28-da-iphone-grundvand", "iphone", "Annette Friis",
      "Tilføj grundvandsbeskyttelse og drikkevand. Ellers som sidst.",
      {}, P2, ask=["interesser"], unchanged=True),

    c("ow28-da-outlook-html-moede-kommentarer", "outlook_html", "Kim Thorsen",
      "Hej\n\nSkemaet er fint som det er. Jeg kan i øvrigt ikke deltage i mødet den 14. januar "
      "og har nogle kommentarer til referatet, som jeg sender separat.\n\nMvh Kim",
      {}, P4, unchanged=True, flagged=True, note="absence from a meeting; no Andet"),

    c("ow28-en-thunderbird-bottom-chair-if-nobody", "thunderbird_bottom", "Emma Castell",
      "I can step in as chair if nobody else wants it, but I'd rather stay on as secretary. "
      "Some time should be fine.\n\nEmma",
      {"functions": "Chair; Secretary", "time": "Some"}, Q1, lang="en"),

    c("ow28-da-owa-html-netvaerket", "owa_html", "Søren Bach",
      "Jeg er kommet med i netværket for miljøtilsyn siden sidst.\nTid: nogen",
      {"grupper": "Netværk for miljøtilsyn", "tid": "Nogen"}, P3),

    c("ow28-da-apple-styregruppe", "apple_mail", "Julie Nørgaard",
      "Jeg sidder nu også i regionens styregruppe om jordforurening – ved ikke om det tæller "
      "med under grupper? 7 års erfaring nu.\n\nJulie",
      {"erfaring": "7"}, P1, ask=["grupper"]),

    c("ow28-da-outlook-prefix-fireogtyve", "outlook_prefix", "Bent Laursen",
      "Rettelse: erfaring er fireogtyve år, ikke 23. Jeg havde talt forkert sidste år.\n\nVh Bent",
      {"erfaring": "24"}, P4),

    c("ow28-da-android-pil-og-kryds", "android", "Camilla Juhl",
      "Har rettet tiden og sat affald på.",
      {"tid": "Meget", "interesser": "PFAS; Affald; Jord; Klima"}, P2,
      edits=[("set", "[x] Lidt", "[ ] Lidt"), ("set", "[ ] Meget", "[ ] Meget  <-- nu"),
             ("set", "[ ] Affald", "[x] Affald")]),

    c("ow28-en-owa-waste-off", "owa", "Daniel Hartmann",
      "Hi\n\nTake waste off my list – a new colleague has taken over all the recycling centre "
      "inspections. I've also stopped going to the inspection network meetings for the same "
      "reason.\n\nThanks\n" + SIG_EN.replace("{name}", "Daniel Hartmann"),
      {"interests": "PFAS; IED", "groups": ""}, Q2, lang="en"),

    c("ow28-da-gmail-lugt-husdyr", "gmail", "Niels Ebbesen",
      "Jeg arbejder mest med lugt og støj fra landbruget nu, og en del husdyrgodkendelser. "
      "Affald er stadig med.\n\nNiels",
      {"interesser": "Affald; Støj; VVM"}, P3, ask=["interesser"],
      note="lugt and husdyrgodkendelser placed by no option: asked"),

    c("ow28-da-iphone-hoering-luft", "iphone", "Marianne Holt",
      "Jeg kan godt tage en tørn som høringstovholder igen, hvis I mangler nogen. Har lidt mere "
      "luft efter omstruktureringen, så sæt tiden til nogen.",
      {"funktioner": "Høringstovholder", "tid": "Nogen"}, P5,
      note="'luft' and 'lidt' are not answers here"),

    c("ow28-en-iphone-two-numbers-ptx", "iphone", "Oliver Brandt",
      "Quick update: 13 years in total, 3 of them with this municipality. Add Power-to-X, we've "
      "got a new plant application in.",
      {"experience": "13", "interests": "PFAS; Waste; IED; Power-to-X"}, Q2, lang="en"),

    c("ow28-da-outlook-android-spildevandet", "outlook_android", "Louise Mortensen",
      "Jeg har overtaget spildevandet efter Mette, så det skal med. Luft fortsætter. "
      "IE-direktivet og PtX kan I fjerne.",
      {"interesser": "Spildevand; Luft"}, P4),

    c("ow28-da-thunderbird-alt-andet-uaendret", "thunderbird", "Henrik Bødker",
      "Støj skal på listen. Alt andet er uændret fra sidste år.\n\nHenrik",
      {"interesser": "PFAS; Støj; Jord; Klima"}, P2, unchanged=True,
      note="'andet' is no label"),

    c("ow28-da-gmail-svar-i-skemaet", "gmail", "Pia Overgaard",
      "Se mine rettelser nedenfor.\n\nPia",
      {"erfaring": "10", "andet": "Går ned på 30 timer om ugen fra marts"}, P3,
      edits=[("set", "Svar: 9", "Svar: 10"),
             ("set", "Svar:", "Svar: Går ned på 30 timer om ugen fra marts", "6. Andet")]),

    c("ow28-en-outlook-mac-no-longer-secretary", "outlook_mac", "Hannah Meyer",
      "All the same as last year except I'm no longer secretary – happy to help with "
      "consultations though.\n\nHannah",
      {"functions": ""}, Q1, lang="en", unchanged=True, ask=["functions"],
      note="'help with consultations' may or may not mean Consultation coordinator"),

    c("ow28-da-outlook-html-meget-tid", "outlook_html", "Anders Vind",
      "Meget tid i år – jeg er fritaget for tilsyn i en periode for at arbejde med "
      "PFAS-handleplanen.\n\nAnders",
      {"tid": "Meget"}, P2),

    c("ow28-da-android-stopper", "android", "Ulla Krogh",
      "Hej. Jeg stopper i gruppen til februar, da jeg skifter til en stilling i regionen. Så I "
      "kan bare slette mig. Tak for mange gode år.\n\nUlla",
      {}, P3, flagged=True, note="leaving the group"),

    c("ow28-en-gmail-android-danish-form", "gmail_android", "Ingrid Sjöberg",
      "Sorry for writing in English – I'm the new colleague from Malmö. I work with soil and "
      "wastewater, 4 years so far. Not much time for the group this spring.",
      {"interesser": "Spildevand; Jord", "erfaring": "4", "tid": "Lidt"}, {}, lang="da",
      note="English on the Danish form, nothing pre-filled"),

    c("ow28-en-outlook-line-per-topic", "outlook", "Mark Fenwick",
      "Hi,\nNoise - yes, still.\nWastewater - no, handed over in September.\nAdd air quality.\n"
      "Years: twenty-one.\nThe rest stands.\n\nMark",
      {"interests": "Noise; Air", "experience": "21"}, Q3, lang="en", unchanged=True),

    c("ow28-da-outlook-ios-nogen-pfas-gruppen", "outlook_ios", "Kirsten Lund",
      "Sæt mig på nogen i stedet for lidt. PFAS-gruppen holder jeg fast i, men netværket har "
      "jeg meldt mig ud af.",
      {"tid": "Nogen", "grupper": "Arbejdsgruppe om PFAS"}, P2),

    c("ow28-da-owa-eksterne-netvaerk", "owa", "Jesper Dahl",
      "Hej\nEr det meningen at man også skal skrive eksterne netværk på? Ellers intet nyt fra "
      "mig.\n\nJesper",
      {}, P1, unchanged=True, flagged=True, note="question about the form for the chair"),

    c("ow28-da-iphone-siden-2019", "iphone", "Freja Munch",
      "Har været i faget siden 2019 og sidder stadig med støj og luft.",
      {"interesser": "Støj; Luft"}, P5, ask=["erfaring"],
      note="a year instead of a number of years: asked"),
]
