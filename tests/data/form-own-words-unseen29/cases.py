"""Part 29 of the unseen own-words form replies (issue 14): one round in a working group of 30
municipal environment officers, by hand, written blind (the parser was never read nor run on
them). People invented, at example.org. Shared profiles/signatures: form-own-words/common.py."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "form-own-words"))

from common import E1, E2, S1, S2, S3, S4, SIG_EN, SIG_KOMMUNE, SIG_SHORT, c  # noqa: E402

EN = {"lang": "en"}

CASES = [
    # --- the precise engineer, every question, numbered -----------------------------------
    c("ow29-da-outlook-praecis-nummereret", "outlook", "Bjarne Thygesen",
      "Hej\n\nHermed mine svar, nummereret som i skemaet:\n\n"
      "1. Spildevand, Jord og Klima\n2. Netværk for miljøtilsyn\n"
      "3. Sekretær – men ikke formand, det har jeg prøvet\n4. 14\n5. Nogen\n\n"
      + SIG_KOMMUNE,
      {"interesser": "Spildevand; Jord; Klima", "grupper": "Netværk for miljøtilsyn",
       "funktioner": "Sekretær", "erfaring": "14", "tid": "Nogen"}),

    # --- one line from the phone ----------------------------------------------------------
    c("ow29-da-iphone-mere-tid", "iphone", "Lotte Vinther",
      "Som sidste år, men jeg har meget mere tid nu hvor kloakprojektet er afsluttet",
      {"tid": "Meget"}, sent=S4, unchanged=True,
      note="'meget mere tid' = Meget; the rest as last year"),

    # --- inline in the quoted form --------------------------------------------------------
    c("ow29-da-gmail-rettet-i-skemaet", "gmail", "Mette Kjærgaard",
      "Har rettet direkte i skemaet nedenfor.\n\nHilsen\nMette",
      {"interesser": "PFAS; Jord", "funktioner": "Høringstovholder; Sekretær", "erfaring": "13"},
      sent=S1,
      edits=[("set", "[ ] Jord", "[x] Jord"), ("set", "[x] Støj", "[ ] Støj"),
             ("add", "[x] Sekretær", "Gerne også høringstovholder igen fra februar"),
             ("set", "Svar: 12", "Svar: 13")]),

    # --- the chatty one with news ---------------------------------------------------------
    c("ow29-da-thunderbird-nyt-fra-mig", "thunderbird", "Hanne Bøgh Lauridsen",
      "Hej alle\n\nUndskyld det sene svar – vi har haft travlt med den nye affaldsordning. "
      "Lidt nyt fra mig: jeg er gået ned i tid og har overladt formandsposten til min kollega "
      "i Nordby, så fjern mig som formand. Høringerne vil jeg dog gerne blive ved med. Jeg er "
      "desuden kommet med i tilsynsnetværket.\n\nFagligt er det stadig affald, jord og VVM, og "
      "så er der kommet lidt støj til, fordi vi har fået vindmøllesagerne.\n\n"
      "Tid: lidt, som før.\n\nGod jul når vi når så langt!\nHanne",
      {"interesser": "Affald; Støj; Jord; VVM", "grupper": "Netværk for miljøtilsyn",
       "funktioner": "Høringstovholder", "tid": "Lidt"}, sent=S3,
      note="'lidt nyt', 'lidt støj' are no time answers; tilsynsnetværket = the network"),

    # --- the English-speaking newcomer ----------------------------------------------------
    c("ow29-en-gmail-newcomer-consultancy", "gmail", "Oliver Brandt",
      "Hi everyone,\n\nI'm new in the group – I started at the municipality in October after "
      "six years with a consultancy in Aarhus, so 6 years of experience in total.\n\n"
      "My main areas are noise and air quality, plus some climate adaptation. I'm not in any of "
      "the groups yet, so please add me to the inspection network. I could take the minutes "
      "now and then if that helps.\n\nTime: some, maybe more after the spring.\n\nBest,\nOliver",
      {"interests": "Noise; Air; Climate", "groups": "Inspection network",
       "functions": "Secretary", "experience": "6", "time": "Some"}, **EN,
      note="taking the minutes = Secretary (the role's description)"),

    # --- the one who only confirms --------------------------------------------------------
    c("ow29-da-owa-ingen-aendringer", "owa", "Karen Mølgaard",
      "Hej\n\nIngen ændringer fra min side – alt er som i fjor.\n\nMvh Karen",
      {}, sent=S2, unchanged=True),

    c("ow29-da-android-tak-vender-tilbage", "android", "Søren Krogh",
      "Tak, det kigger jeg på efter weekenden", {}, sent=S1),

    # --- number words, two numbers, Lidt without a label -----------------------------------
    c("ow29-da-outlook_ios-seksogtyve", "outlook_ios", "Jens Erik Holm",
      "Erfaring: seksogtyve år, heraf de elleve i kommunen. Jeg har ikke så meget tid, så sæt "
      "lidt.", {"erfaring": "26", "tid": "Lidt"}, sent=S3),

    # --- a removal with a reason, then "as before" -----------------------------------------
    c("ow29-da-iphone-stoej-roeget-ud", "iphone", "Tove Skriver",
      "Støj er røget ud, det ligger hos teknik nu. Resten kan blive stående.",
      {"interesser": "PFAS"}, sent=S1, unchanged=True),

    # --- things a secretary cannot place ----------------------------------------------------
    c("ow29-da-gmail_android-grundvand-industri", "gmail_android", "Per Vestergaard",
      "Jeg laver mest grundvand og drikkevand og så industritilsyn. 9 år.",
      {"erfaring": "9"}, ask=["interesser"],
      note="no option for grundvand/drikkevand; industritilsyn could be IE-direktivet or not"),

    # --- dashes and line breaks, compound ---------------------------------------------------
    c("ow29-da-outlook_mac-streger-og-linjer", "outlook_mac", "Anne-Sofie Dam",
      "PFAS – Jord – Klimatilpasning\nNetværket for miljøtilsyn og PFAS-gruppen\n"
      "Sekretær hvis der ikke er andre der vil\n7 år\nMeget\n\n" + SIG_SHORT,
      {"interesser": "PFAS; Jord; Klima", "grupper": "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS",
       "funktioner": "Sekretær", "erfaring": "7", "tid": "Meget"}),

    # --- bottom posting, typed lines inside the quote, arrow as the mark ---------------------
    c("ow29-da-thunderbird_bottom-pil-og-tal", "thunderbird_bottom", "Niels Aagaard",
      "Svarene står i skemaet ovenfor.\n\n/Niels",
      {"erfaring": "13", "tid": "Lidt"}, sent=S1,
      edits=[("add", "4. Erfaring", "13 nu"),
             ("set", "[ ] Lidt", "[ ] Lidt  <-- desværre, pga. orlov")]),

    # --- label word in a sentence, an absence ----------------------------------------------
    c("ow29-da-outlook_html-kommentarer-moede", "outlook_html", "Birgitte Lund",
      "Hej\n\nJeg kan desværre ikke nå mødet den 14. januar, så mine kommentarer til "
      "dagsordenen kommer på mail bagefter.\n\nSkemaet er uændret.\n\n" + SIG_KOMMUNE,
      {}, sent=S2, unchanged=True, flagged=True,
      note="an absence for the chair; 'kommentarer' is no Andet label"),

    # --- inflections and compounds, nogen tid without a label ------------------------------
    c("ow29-da-apple_mail-spildevandet-affaldstilsyn", "apple_mail", "Rasmus Friis",
      "Jeg arbejder med spildevandet fra de store virksomheder, affaldstilsyn og lidt "
      "luftforurening. Sidder i PFAS-arbejdsgruppen. Jeg har nogen tid, men ikke meget.\n\n"
      "Rasmus",
      {"interesser": "Spildevand; Affald; Luft", "grupper": "Arbejdsgruppe om PFAS",
       "tid": "Nogen"}),

    # --- English precise, on the English form -----------------------------------------------
    c("ow29-en-outlook-numbered-leave", "outlook", "Sarah Whitfield",
      "Hello,\n\nAnswers below, numbered as in the form:\n\n"
      "1. Wastewater, Noise, EIA (new this year)\n2. Inspection network - unchanged\n"
      "3. Chair until the summer, then I'd rather be consultation coordinator\n4. 21\n"
      "5. Some\n6. Other: I'm on parental leave in March and April.\n\n" + SIG_EN,
      {"interests": "Wastewater; Noise; EIA", "groups": "Inspection network",
       "functions": "Chair", "experience": "21", "time": "Some",
       "other": "I'm on parental leave in March and April."},
      sent=E1, ask=["functions"], **EN,
      note="the change to consultation coordinator after the summer goes to the chair"),

    c("ow29-en-iphone-drop-add", "iphone", "Emily Carter",
      "Drop climate, add soil. Rest same.", {"interests": "Air; Soil"}, sent=E2,
      unchanged=True, **EN),

    c("ow29-en-thunderbird-contaminated-range", "thunderbird", "Liam O'Connor",
      "Hi,\n\nI mainly work on contaminated sites and groundwater, about 5-6 years now. Not "
      "much time this year I'm afraid.\n\nLiam",
      {"interests": "Soil", "time": "Little"}, ask=["interests", "experience"], **EN,
      note="contaminated sites = Soil; groundwater is no option; a range is asked"),

    # --- English on the Danish form, HTML-only Outlook on the web ----------------------------
    c("ow29-en-owa_html-danish-form", "owa_html", "Tomasz Nowak",
      "Hi – sorry, my Danish is still poor.\n\nPlease remove waste, I no longer do waste "
      "inspections. Add noise instead. Everything else is still correct.\n\nTomasz",
      {"interesser": "PFAS; Støj"}, sent=S4, unchanged=True,
      note="English reply on the Danish form"),

    c("ow29-en-gmail_android-leaving", "gmail_android", "Hannah Price",
      "Hi, I'm leaving the municipality at the end of January, so please take me off the "
      "list. Thanks for the good cooperation!", {}, sent=E1, flagged=True, **EN),

    c("ow29-en-outlook_android-much-is-a-stretch", "outlook_android", "James Holloway",
      "Much time is a stretch these days – put me down for a little. Also I'm only in the "
      "PFAS group now, I left the inspection network in the autumn.",
      {"groups": "PFAS working group", "time": "Little"}, sent=E2, **EN),

    c("ow29-en-apple_mail-ticked-and-words", "apple_mail", "Chloe Bennett",
      "Ticked what applies. Experience: twelve years, four of them here. I can coordinate "
      "consultations if nobody else wants to.\n\nChloe",
      {"interests": "Waste", "functions": "Consultation coordinator", "experience": "12",
       "time": "Some"}, **EN,
      edits=[("set", "[ ] Waste", "[x] Waste"), ("set", "[ ] Some", "[x] Some")]),

    # --- initials on typed lines in an "Oprindelig meddelelse" quote ------------------------
    c("ow29-da-outlook_prefix-initialer", "outlook_prefix", "Henrik Lykke",
      "Se mine svar i skemaet (markeret med HL).\n\nHenrik",
      {"interesser": "Affald; Jord; Klima; VVM", "tid": "Nogen"}, sent=S3,
      edits=[("add", "[ ] Klima", "HL: og klimatilpasning fra nyt år"),
             ("add", "5. Tid", "HL: nogen, vi er blevet flere i afdelingen")]),

    # --- "og så ..." tail, lower case after full stops ---------------------------------------
    c("ow29-da-gmail-og-saa-netvaerket", "gmail", "Camilla Juhl",
      "spildevand og jord. og så sidder jeg i netværket for tilsyn. nogen tid. 4 års erfaring",
      {"interesser": "Spildevand; Jord", "grupper": "Netværk for miljøtilsyn", "erfaring": "4",
       "tid": "Nogen"}),

    # --- "alt undtagen" --------------------------------------------------------------------
    c("ow29-da-iphone-alt-undtagen", "iphone", "Morten Ravn",
      "Sæt mig på alle fagområder undtagen power-to-x og IE – jeg er jo generalist i en lille "
      "kommune 😊",
      {"interesser": "PFAS; Spildevand; Affald; Støj; Luft; Jord; Klima; VVM"}),

    # --- a labelled Andet, then "resten er som det står" -------------------------------------
    c("ow29-da-owa-andet-tillidsrepraesentant", "owa", "Ida Mortensen",
      "Andet: Jeg er tillidsrepræsentant og kan derfor være bundet op nogle torsdage.\n"
      "Tid: Nogen.\nResten er som det står.\n\n" + SIG_SHORT,
      {"andet": "Jeg er tillidsrepræsentant og kan derfor være bundet op nogle torsdage.",
       "tid": "Nogen"}, sent=S1, unchanged=True),

    # --- a new area with no option ----------------------------------------------------------
    c("ow29-da-outlook_android-brint-biogas", "outlook_android", "Kasper Lindholm",
      "Ny i år: brint og biogas. Ellers står jeg som i fjor.", {}, sent=S4,
      ask=["interesser"], unchanged=True,
      note="brint could be Power-to-X, biogas is no option: asked, not guessed"),

    # --- a sum of two numbers, time that varies ---------------------------------------------
    c("ow29-da-outlook_mac_html-tretten-i-alt", "outlook_mac_html", "Lene Damgaard",
      "Erfaring: 10 år her i huset plus 3 i Miljøstyrelsen, altså 13 i alt.\n"
      "Tid: meget i første halvår, derefter lidt.\n\nLene",
      {"erfaring": "13"}, sent=S2, ask=["tid"],
      note="two time amounts by half-year: passed on"),

    # --- crosses and words, Andet cleared by label ------------------------------------------
    c("ow29-da-thunderbird-pfas-gruppe-nedlagt", "thunderbird", "Anders Kirkegaard",
      "Jeg har fjernet PFAS-gruppen, den er nedlagt hos os. Barslen er slut, så Andet kan "
      "slettes. Skriv mig på som sekretær.\n\nAnders",
      {"grupper": "Netværk for miljøtilsyn", "funktioner": "Sekretær", "andet": ""}, sent=S2,
      edits=[("set", "[x] Arbejdsgruppe om PFAS", "[ ] Arbejdsgruppe om PFAS")]),
]
