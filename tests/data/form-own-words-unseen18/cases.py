"""Blind part 18 of the own-words form replies (issue 14): one ordinary round in a working group
of about 30 municipal environment officers. Written by hand, without reading the parser; the
expected answers are what a careful human secretary records. People invented, at example.org."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "form-own-words"))

from common import E1, E2, S1, S2, S3, S4, SIG_EN, SIG_KOMMUNE, SIG_SHORT, c  # noqa: E402

# one more pre-filled profile of this round
S5 = {"interesser": "Affald; Jord; VVM", "grupper": "Netværk for miljøtilsyn", "funktioner": "",
      "erfaring": "15", "tid": "Meget"}

CASES = [
    # --- short and unremarkable -----------------------------------------------------------
    c("ow18-da-iphone-ingen-aendringer-herfra", "iphone", "Mette Kjærgaard",
      "Ingen ændringer herfra 👍\n\nMvh Mette", {}, sent=S4, unchanged=True),

    c("ow18-da-android-bare-tak", "android", "Poul Erik Damgaard",
      "Tak", {}, sent=S3,
      note="says nothing about the form"),

    c("ow18-da-outlook-kun-krydser", "outlook", "Annemette Vestergaard",
      "Hej\n\nHermed mine svar.\n\n" + SIG_SHORT,
      {"interesser": "PFAS; Jord", "grupper": "Netværk for miljøtilsyn", "erfaring": "7",
       "tid": "Nogen"},
      edits=[("set", "[ ] PFAS", "[x] PFAS"), ("set", "[ ] Jord", "[x] Jord"),
             ("set", "[ ] Netværk for miljøtilsyn", "[x] Netværk for miljøtilsyn"),
             ("set", "Svar:", "Svar: 7", "4. Erfaring"), ("set", "[ ] Nogen", "[x] Nogen")],
      note="new member, crosses only"),

    c("ow18-da-outlook-to-krydser-rettet", "outlook", "Henning Bach",
      "Hej\n\nHar rettet to ting i skemaet nedenfor.\n\n" + SIG_KOMMUNE,
      {"interesser": "PFAS; Støj; Jord", "tid": "Lidt"}, sent=S1,
      edits=[("set", "[ ] Jord", "[x] Jord"), ("set", "[x] Nogen", "[ ] Nogen"),
             ("set", "[ ] Lidt", "[x] Lidt")]),

    c("ow18-da-gmail-android-one-liner-typo", "gmail_android", "Rasmus Lykke",
      "Spildevnad og klimatilpasning, 4 år. Lidt tid desværre\nMvh Rasmus",
      {"interesser": "Spildevand; Klima", "erfaring": "4", "tid": "Lidt"},
      note="typo in Spildevand; klimatilpasning is Klima"),

    c("ow18-da-outlook-mac-som-sidst-men-erfaring", "outlook_mac", "Signe Frost",
      "Som sidst for mit vedkommende, men skriv 4 år i erfaring nu.\n\n" + SIG_SHORT,
      {"erfaring": "4"}, sent=S2, unchanged=True),

    c("ow18-en-iphone-air-noise-short", "iphone", "Tom Ravn",
      "Air and noise. 15 yrs. Not much time this spring unfortunately",
      {"interests": "Noise; Air", "experience": "15", "time": "Little"}, lang="en"),

    c("ow18-da-owa-kommet-med-i-pfas-gruppen", "owa", "Karina Lund Pedersen",
      "Hej Tovholder\n\nJeg er kommet med i arbejdsgruppen om PFAS siden sidst, så det skal "
      "tilføjes. Erfaringen er nu 9 år. Ellers er alt som det var.\n\nVh Karina",
      {"grupper": "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS", "erfaring": "9"},
      sent=S4, unchanged=True),

    c("ow18-da-iphone-kryds-og-ord-meget-fra-nytaar", "iphone", "Louise Brandt",
      "Har sat kryds ved klima. Og så tid: meget fra nytår 😊",
      {"interesser": "PFAS; Støj; Klima", "tid": "Meget"}, sent=S1,
      edits=[("set", "[ ] Klima", "[x] Klima")],
      note="'fra nytår' only says when"),

    c("ow18-en-gmail-swap-climate-left-group", "gmail", "Ole Winther",
      "Hi!\n\nSwap climate for wastewater please - climate moved to another team in October. "
      "I've also left the PFAS working group. 11 years now. Rest unchanged.\n\nCheers\nOle",
      {"interests": "Wastewater; Air", "groups": "Inspection network", "experience": "11"},
      sent=E2, lang="en", unchanged=True),

    c("ow18-da-outlook-prefix-toogtyve", "outlook_prefix", "Lis Mortensen",
      "Erfaring: toogtyve år nu (jeg har været med længe!). Alt andet er uændret.\n\nMvh\nLis",
      {"erfaring": "22"}, sent=S1, unchanged=True,
      note="'Alt andet' is no Andet label"),

    c("ow18-en-owa-nothing-new-but-absent", "owa", "Kirsten Holm",
      "Hello,\n\nNothing new on my side. One thing though – I can't make the meeting on 14 "
      "January, I'll be at a conference in Aarhus. Could you send me the slides afterwards?\n\n"
      "Best regards\nKirsten",
      {}, sent=E2, lang="en", unchanged=True, flagged=True,
      note="absence and a request for the chair"),

    c("ow18-da-outlook-uaendret-kollega-pension", "outlook", "Hanne Juul",
      "Hej\n\nMine svar er uændrede.\n\nTil info: Peter Lund fra vores afdeling er gået på "
      "pension pr. 1. december, så han skal nok ud af gruppen.\n\n" + SIG_KOMMUNE,
      {}, sent=S1, unchanged=True, flagged=True,
      note="news about another member for the chair"),

    c("ow18-da-gmail-ja-efter-og-rettet-lidt", "gmail", "Grethe Bisgaard",
      "Har rettet lidt i det nedenfor.\n/Grethe",
      {"interesser": "Affald; Jord; Klima"}, sent=S5,
      edits=[("set", "[ ] Klima", "[ ] Klima ja"), ("set", "[x] VVM", "[ ] VVM")],
      note="'rettet lidt' is not Tid"),

    c("ow18-da-iphone-pil-og-ikke-mere", "iphone", "Bo Sandberg",
      "Har rettet i skemaet 👇",
      {"interesser": "PFAS; Luft"}, sent=S4,
      edits=[("set", "[x] Affald", "[x] Affald (ikke mere)"),
             ("set", "[ ] Luft", "[ ] Luft  <- også")]),

    c("ow18-da-gmail-android-intet-nyt", "gmail_android", "Kim Lauridsen",
      "Intet nyt fra mig, det står som det skal 🙂", {}, sent=S5, unchanged=True),

    c("ow18-en-apple-mail-time-below", "apple_mail", "Helle Iversen",
      "Updated my time below – otherwise same as last year.\n\nBest\nHelle",
      {"time": "Much"}, sent=E1, lang="en", unchanged=True,
      edits=[("set", "[x] Some", "[ ] Some"), ("set", "[ ] Much", "[x] Much")]),

    c("ow18-da-outlook-mac-html-power-to-x-anlaeg", "outlook_mac_html", "Morten Bækgaard",
      "Tilføj gerne Power-to-X, vi har lige fået en ansøgning om et anlæg.\n\nMvh Morten",
      {"interesser": "PFAS; Affald; Power-to-X"}, sent=S4),

    # --- sentences with reasons, conditions, several questions -----------------------------
    c("ow18-da-outlook-ios-fjern-sekretaer-ny-stilling", "outlook_ios", "Camilla Dahl",
      "Tag mig af som sekretær – jeg har fået ny stilling pr. 1/2 og kan ikke nå det. "
      "Resten passer stadig.",
      {"funktioner": ""}, sent=S1, unchanged=True),

    c("ow18-da-outlook-android-lidt-mere-tid-afbud", "outlook_android", "Jens Kofoed",
      "Uændret, bortset fra at jeg har lidt mere tid nu – sæt mig på nogen. Jeg kommer "
      "desværre ikke til mødet i januar, har kursus.",
      {"tid": "Nogen"}, sent=S3, unchanged=True, flagged=True,
      note="'lidt mere tid' is Nogen by his own words; absence from a meeting"),

    c("ow18-da-owa-stopper-som-formand", "owa", "Torben Ahlgren",
      "Hej\n\nJeg stopper som formand efter generalforsamlingen, så I må gerne fjerne formand. "
      "Høringstovholder vil jeg gerne fortsætte med.\nErfaring 21 år nu.\n\nVenlig hilsen\n"
      "Torben",
      {"funktioner": "Høringstovholder", "erfaring": "21"}, sent=S3),

    c("ow18-en-outlook-chair-for-now", "outlook", "Nanna Gregersen",
      "Hi,\n\nStill chair for now, but I'd rather hand it over at the spring meeting – if "
      "someone else is up for it, please take me off. Otherwise everything is as before.\n\n"
      + SIG_EN,
      {}, sent=E1, lang="en", unchanged=True, ask=["functions"],
      note="keeping or dropping Chair depends on others: for the chair"),

    c("ow18-da-apple-mail-syvogtyve-heraf-elleve", "apple_mail", "Birgit Sønderby",
      "Hej\n\nJeg arbejder med støj og luft, mest i forbindelse med virksomheder. Har været i "
      "faget i syvogtyve år, heraf de sidste elleve her i kommunen.\nJeg er med i netværket "
      "for miljøtilsyn.\nTid: nogen\n\nHilsen\nBirgit",
      {"interesser": "Støj; Luft", "grupper": "Netværk for miljøtilsyn", "erfaring": "27",
       "tid": "Nogen"},
      note="27 years in the field, of which 11 here"),

    c("ow18-da-gmail-lugtgener-hoeringstovholder-hvis", "gmail", "Mads Thygesen",
      "Hej\n\nJeg sidder med spildevandstilladelser og lugtgener fra landbrug, og så "
      "VVM-screeninger. Kan godt være høringstovholder hvis ikke der er andre. 6 år.\n\n"
      "Mads",
      {"interesser": "Spildevand; VVM", "funktioner": "Høringstovholder", "erfaring": "6"},
      ask=["interesser"],
      note="lugt/landbrug is no option (Luft? not for a secretary to guess)"),

    c("ow18-da-owa-html-linjer-lidt-nogen", "owa_html", "Dorthe Kallesøe",
      "Hej,\nMine svar:\nFagområder: PFAS, grundvandsbeskyttelse, jord\nGrupper: ingen pt.\n"
      "Kan tage: sekretær (men ikke formand)\nErfaring: ca. 5 år\n"
      "Tid: lidt/nogen – afhænger af sagsmængden\n\nDorthe",
      {"interesser": "PFAS; Jord", "grupper": "", "funktioner": "Sekretær", "erfaring": "5"},
      ask=["interesser", "tid"],
      note="grundvandsbeskyttelse is no option; Tid between two options"),

    c("ow18-en-thunderbird-bottom-soil-only-change", "thunderbird_bottom", "Marta Nowak",
      "Only change: I've picked up soil cases after a colleague retired, so add Soil. And I'm "
      "at 21 years now.\n\n-- \nMarta",
      {"interests": "Wastewater; Noise; Soil", "experience": "21"}, sent=E1, lang="en",
      unchanged=True),

    c("ow18-en-outlook-ios-on-danish-form", "outlook_ios", "Luca Bianchi",
      "Hi, I don't read Danish that well – I work with wastewater and PFAS, 3 years, some "
      "time.\nThanks, Luca",
      {"interesser": "PFAS; Spildevand", "erfaring": "3", "tid": "Nogen"},
      note="English words on the Danish form"),

    c("ow18-da-thunderbird-spildevandet-affaldstilsynet", "thunderbird", "Anders Mølgaard",
      "Hej\nJeg har spildevandet og lidt støj, og så tager jeg mig af affaldstilsynet i "
      "kommunen. Netværket for miljøtilsyn er jeg også med i.\nHar ikke tid til at være "
      "formand eller sekretær, men høringer vil jeg gerne tage.\n12 år\n/Anders",
      {"interesser": "Spildevand; Affald; Støj", "grupper": "Netværk for miljøtilsyn",
       "funktioner": "Høringstovholder", "erfaring": "12"},
      note="'lidt støj' and 'ikke tid' say nothing about Tid"),

    c("ow18-da-thunderbird-inline-jord-og-andet", "thunderbird", "Jonas Ebbesen",
      "Hej\nSvarene står inde i skemaet.\nJonas",
      {"interesser": "Spildevand; Luft; Jord; Klima",
       "andet": "Tilbage på fuld tid fra 1. januar"}, sent=S2,
      edits=[("add", "[ ] Power-to-X", "jordsagerne har jeg også fået efter omorganiseringen"),
             ("set", "Svar: Barselsvikar til juni", "Svar: Tilbage på fuld tid fra 1. januar")],
      note="typed line under Interesser; Andet rewritten in its Svar line"),

    c("ow18-da-gmail-andet-barsel", "gmail", "Sofie Krogh",
      "pfas, spildevand og støj.\nAndet: Jeg er på barsel fra marts til oktober 2027\n\n"
      "Hilsen Sofie",
      {"interesser": "PFAS; Spildevand; Støj", "andet": "Jeg er på barsel fra marts til "
       "oktober 2027"}),

    c("ow18-en-android-two-numbers", "android", "Ida Frandsen",
      "PFAS and waste. About 8 years in total, 3 of them in this municipality. Some time. "
      "Inspection network yes",
      {"interests": "PFAS; Waste", "groups": "Inspection network", "experience": "8",
       "time": "Some"}, lang="en"),

    c("ow18-da-gmail-landbrugstilsyn-kan-ikke", "gmail", "Julie Hvidt",
      "Jeg er mest på miljøtilsyn med landbrug og husdyrgodkendelser. Kan ikke påtage mig "
      "noget i år. 2 år erfaring. Tid: lidt.\n\nJulie Hvidt\nLandbrugsteamet",
      {"funktioner": "", "erfaring": "2", "tid": "Lidt"},
      ask=["interesser"],
      note="landbrug/husdyr is no option; 'miljøtilsyn' here is her work, not the network"),

    c("ow18-da-outlook-html-meget-tid-vil-gerne-med", "outlook_html", "Rikke Albrechtsen",
      "Hej\n\nJeg kan svare kort: Klima, luft, IE-direktivet og power to x. Ingen grupper "
      "endnu, men jeg vil gerne være med i PFAS-gruppen. Meget tid. 3 år.\nKommentarer til "
      "mødet i marts sender jeg separat.\n\nMvh Rikke",
      {"interesser": "Luft; Klima; IE-direktivet; Power-to-X", "grupper": "",
       "erfaring": "3", "tid": "Meget"},
      ask=["grupper"],
      note="wants to join the PFAS group (not in it): for the chair; 'Kommentarer' no label"),

    c("ow18-da-apple-mail-tilfoej-ie-slip-hoeringer", "apple_mail", "Kasper Nygaard",
      "Hej!\n\nPFAS og affald er stadig rigtigt, men tilføj IE-direktivet – vi har fået to nye "
      "IE-virksomheder. Og jeg vil godt slippe for høringerne et år. Tid uændret.\n\nKasper",
      {"interesser": "PFAS; Affald; IE-direktivet", "funktioner": ""}, sent=S4,
      note="'Tid uændret' is about Tid only"),

    c("ow18-da-apple-mail-tid-skrevet-i-skemaet", "apple_mail", "Vibeke Skov",
      "Svar inde i skemaet.\n\nVibeke",
      {}, sent=S2, ask=["tid"],
      edits=[("add", "[x] Meget", "Lidt indtil sommer, derefter meget")],
      note="two time amounts for two periods"),

    c("ow18-en-gmail-android-eia-ied-secretary", "gmail_android", "Niels Overgaard",
      "EIA + IED, 30 yrs, and happy to be secretary if nobody else wants to. Little time "
      "though.\n\nNiels",
      {"interests": "EIA; IED", "functions": "Secretary", "experience": "30",
       "time": "Little"}, lang="en"),
]
