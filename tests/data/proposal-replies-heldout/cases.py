"""The held-out replies to "Punkter til næste møde tirsdag den 15. december 2026?", by hand.

Written by ../action-replies-heldout/generate.py. Expected: "items" are the agenda titles a
careful human secretary would add as "foreslået" (the member's subject, without "et punkt om",
first letter capitalised, no full stop); "chair" whether she would pass something on to the
chair (a question, support for someone else's item, an absence, a proposal she cannot turn into
a title confidently - then it is not added as an item).
"""

CASES = [
    {"id": "p01-da-gmail-vil-gerne-have", "client": "gmail",
     "own": "Jeg vil gerne have et punkt om støj fra varmepumper.",
     "items": ["Støj fra varmepumper"], "chair": False},
    {"id": "p02-da-outlook-bullets", "client": "outlook",
     "own": "Hej Ida\n\nTo ting fra mig:\n• Status på PFAS-kortlægningen\n"
            "• Ny praksis for lugtklager\n\nMvh Søren\nSøren Bækgaard | Tlf. 75 12 34 56",
     "name": "Søren Bækgaard", "email": "soren.baekgaard@example.org",
     "items": ["Status på PFAS-kortlægningen", "Ny praksis for lugtklager"], "chair": False},
    {"id": "p03-da-apple-numbered-paren", "client": "apple_mail",
     "own": "Forslag:\n1) Budget 2027 for netværkets temadage\n"
            "2) Fælles tilsynskampagne om olietanke\n3) Evaluering af temadagen om PFAS\n\n"
            "Mette",
     "items": ["Budget 2027 for netværkets temadage", "Fælles tilsynskampagne om olietanke",
               "Evaluering af temadagen om PFAS"], "chair": False},
    {"id": "p04-da-iphone-ingen-punkter", "client": "iphone",
     "own": "Ingen punkter fra mig 🙂", "items": [], "chair": False},
    {"id": "p05-da-gmail-plus-one", "client": "gmail",
     "own": "+1 til Søren's forslag om lugtklager", "items": [], "chair": True,
     "why": "support for an item already proposed: no new item"},
    {"id": "p06-da-outlook-proposal-and-question", "client": "outlook",
     "own": "Jeg foreslår, at vi tager et punkt om jordflytning på byggepladser. Og ved nogen, "
            "hvornår den nye vejledning kommer?\n\nVh Mette",
     "items": ["Jordflytning på byggepladser"], "chair": True},
    {"id": "p07-da-gmail-long-paragraph-no-title", "client": "gmail",
     "own": "Hej Ida\n\nJeg har tænkt lidt over det siden sidst, og jeg synes efterhånden, at vi "
            "bruger rigtig meget tid på henvendelserne om brændeovne. Vi får flere og flere "
            "klager hver vinter, og det er svært at vide, hvad vi kan gøre, når røgen ikke "
            "overskrider grænseværdierne. Måske kunne nogen fra Miljøstyrelsen komme og "
            "fortælle om det en dag?\n\nVh Mette",
     "items": [], "chair": True, "why": "a wish, but no title to put on the agenda"},
    {"id": "p08-da-thunderbird-punkt-plus-explanation", "client": "thunderbird",
     "own": "Jeg vil gerne foreslå et punkt om brændeovnsrøg. Vi får flere og flere klager "
            "hver vinter, og det er svært at vide, hvad vi kan gøre, når røgen ikke "
            "overskrider grænseværdierne.\n\nMette",
     "items": ["Brændeovnsrøg"], "chair": False},
    {"id": "p09-en-outlook-item-and-question", "client": "outlook_en", "lang": "en",
     "own": "Could we have an item on the new EU soil directive? Also, who is taking minutes "
            "this time?\n\nBest regards\nMette",
     "items": ["The new EU soil directive"], "chair": True},
    {"id": "p10-da-thunderbird-punkt-colon", "client": "thunderbird",
     "own": "Punkt: Samarbejde med beredskabet om brandvand\n"
            "Punkt: Erfaringer med digitale tilsynsrapporter",
     "items": ["Samarbejde med beredskabet om brandvand",
               "Erfaringer med digitale tilsynsrapporter"], "chair": False},
    {"id": "p11-da-owa-nej-tak-intet", "client": "owa_html",
     "own": "Nej tak, jeg har intet denne gang.", "items": [], "chair": False},
    {"id": "p12-da-outlook-prefix-tage-op", "client": "outlook_prefix",
     "own": "Kan vi tage luftkvalitet ved skoler op?",
     "items": ["Luftkvalitet ved skoler"], "chair": False},
    {"id": "p13-en-gmail-dash-list", "client": "gmail", "lang": "en",
     "own": "- Noise complaints about heat pumps\n- Status of the groundwater mapping",
     "items": ["Noise complaints about heat pumps", "Status of the groundwater mapping"],
     "chair": False},
    {"id": "p14-da-iphone-ikke-denne-gang", "client": "iphone",
     "own": "Nej, ikke denne gang. Men tak for at spørge!", "items": [], "chair": False},
    {"id": "p15-da-apple-support-and-own", "client": "apple_mail",
     "own": "Jeg støtter Mettes forslag om varmepumper, og så vil jeg gerne have et punkt om "
            "affaldssortering i sommerhusområder.\n\nJonas",
     "name": "Jonas Krogsgaard", "email": "jonas.krogsgaard@example.org",
     "items": ["Affaldssortering i sommerhusområder"], "chair": True},
    {"id": "p16-da-gmail-numbered-with-notes", "client": "gmail",
     "own": "1. Lugtgener fra biogasanlæg\n   Vi har fået 12 klager siden august.\n"
            "2. Kommende ændringer i husdyrreguleringen",
     "items": ["Lugtgener fra biogasanlæg", "Kommende ændringer i husdyrreguleringen"],
     "chair": False},
    {"id": "p17-da-outlook-signature-phone-dates", "client": "outlook",
     "own": "Punkt om grundvandsbeskyttelse, tak.\n\nMed venlig hilsen\nMette Lindholt\n"
            "Tlf. 72 10 45 12\nKontoret er lukket 23.12.–2.1.",
     "items": ["Grundvandsbeskyttelse"], "chair": False},
    {"id": "p18-en-iphone-none-and-absence", "client": "iphone", "lang": "en",
     "own": "No items from me, but please send my apologies – I can't attend on the 15th.",
     "items": [], "chair": True},
    {"id": "p19-da-gmail-html-tage-op", "client": "gmail_html",
     "own": "Jeg vil gerne tage vejsalt og grundvand op på mødet.",
     "items": ["Vejsalt og grundvand"], "chair": False},
    {"id": "p20-da-outlook-ios-hvad-med", "client": "outlook_ios",
     "own": "Hvad med et punkt om klimatilpasning i lokalplaner?",
     "items": ["Klimatilpasning i lokalplaner"], "chair": False},
]
