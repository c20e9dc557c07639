"""The held-out scenarios, by hand. `answers` is what a careful secretary records from the reply
(fields she leaves alone are left out); `flagged` when the reply says something she cannot map
to the form and would want to read herself; `unchanged` when the member says nothing changed
("som sidst", "ingen ændringer", "uændret bortset fra ...")."""

from __future__ import annotations

S1 = {"interesser": "PFAS; Støj", "grupper": "Arbejdsgruppe om PFAS", "funktioner": "Sekretær",
      "erfaring": "12", "tid": "Nogen"}
S2 = {"interesser": "Spildevand; Luft; Klima",
      "grupper": "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS", "funktioner": "",
      "erfaring": "3", "tid": "Meget", "andet": "Barselsvikar til juni"}
S3 = {"interesser": "Affald; Jord; VVM", "grupper": "", "funktioner": "Formand; Høringstovholder",
      "erfaring": "20", "tid": "Lidt"}
S4 = {"interesser": "PFAS; Affald", "grupper": "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS",
      "funktioner": "Høringstovholder", "erfaring": "8", "tid": "Nogen"}
ALL_GROUPS = "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS"

ES1 = {"interests": "Wastewater; Noise", "groups": "Inspection network", "functions": "Chair",
       "experience": "20", "time": "Some"}
ES2 = {"interests": "Air; Climate", "groups": "Inspection network; PFAS working group",
       "functions": "", "experience": "10", "time": "Much"}

SIGNATURE = """Med venlig hilsen

Kirsten Aagaard
Miljøsagsbehandler, cand.scient.
Center for Klima, Jord og Affald
Teknik- og Miljøforvaltningen
Rådhuspladsen 2, 9999 Eksempelby
Direkte: +45 00 00 00 00 | Mobil: +45 00 00 00 00
kiaa@example.org | www.example.org

[cid:image001.png@01DA1234.5678ABCD]

VIGTIGT: Denne e-mail og eventuelle vedhæftede filer er fortrolige og kun beregnet til den \
angivne modtager. Hvis du har modtaget e-mailen ved en fejl, bedes du straks give afsenderen \
besked og slette e-mailen. Kommunen behandler personoplysninger i overensstemmelse med \
databeskyttelsesforordningen. Læs mere på www.example.org/persondata

Tænk på miljøet, før du printer denne e-mail."""

CASES = [
    # --- Outlook desktop (Fra:/Sendt: block, no marks) ---------------------------------------
    {"id": "h-da-outlook-capital-x-inline", "client": "outlook", "name": "Per Kjærgaard",
     "email": "per.kjaergaard@example.org", "sent": S1,
     "own": "Hej\n\nJeg har rettet direkte i skemaet.\n\nVenlig hilsen\nPer Kjærgaard",
     "edits": [("set", "[x] PFAS", "[ ] PFAS"), ("set", "[ ] Luft", "[X] Luft")],
     "answers": {"interesser": "Støj; Luft"}},
    {"id": "h-da-outlook-deleted-options", "client": "outlook", "name": "Lone Brask",
     "email": "lone.brask@example.org", "sent": {},
     "own": "Jeg har slettet det, der ikke passer.\n\nMvh\nLone",
     "edits": [("del", "[ ] PFAS"), ("del", "[ ] Spildevand"), ("del", "[ ] Luft"),
               ("del", "[ ] Jord"), ("del", "[ ] Klima"), ("del", "[ ] VVM"),
               ("del", "[ ] IE-direktivet"), ("del", "[ ] Power-to-X"), ("del", "[ ] Formand"),
               ("del", "[ ] Sekretær")],
     "answers": {"interesser": "Affald; Støj", "funktioner": "Høringstovholder"}},
    {"id": "h-da-outlook-bold-marks", "client": "outlook", "name": "Anders Holm",
     "email": "anders.holm@example.org", "sent": {},
     "own": "Jeg har markeret mine svar med fed.\n\nAnders",
     "edits": [("bold", "[ ] Støj"), ("bold", "[ ] Jord"), ("bold", "[ ] Formand"),
               ("bold", "[ ] Meget")],
     "answers": {"interesser": "Støj; Jord", "funktioner": "Formand", "tid": "Meget"},
     "note": "the bold exists only in the HTML part; Outlook's plain part loses it"},
    {"id": "h-da-outlook-x-after-option", "client": "outlook", "name": "Gitte Møller",
     "email": "gitte.moller@example.org", "sent": {},
     "own": "Svar i skemaet herunder\n\nGitte",
     "edits": [("set", "[ ] Jord", "[ ] Jord x"), ("set", "[ ] Formand", "[ ] Formand x"),
               ("set", "Svar:", "Svar: 2", "4. Erfaring")],
     "answers": {"interesser": "Jord", "funktioner": "Formand", "erfaring": "2"}},
    {"id": "h-da-outlook-long-signature", "client": "outlook", "name": "Kirsten Aagaard",
     "email": "kiaa@example.org", "sent": S2,
     "own": "Tid: lidt\n\n" + SIGNATURE,
     "answers": {"tid": "Lidt"},
     "note": "the signature names Klima, Jord and Affald; none of them is an answer"},
    {"id": "h-da-outlook-forwarded-by-boss", "client": "outlook", "name": "Hanne Lund",
     "email": "hanne.lund@example.org", "form_for": "Jens Boye", "sent": S3,
     "subject_extra": "VS: ",
     "outer_rows": [("Fra", "Jens Boye <jens.boye@example.org>"),
                    ("Sendt", "onsdag den 2. december 2026 08.02"),
                    ("Til", "Hanne Lund <hanne.lund@example.org>"),
                    ("Emne", "VS: Kompetenceskema 2026: hvad arbejder du med?")],
     "own": "Interesser: PFAS og luft\nTid: nogen\n\nMvh Hanne",
     "middle": ("Hanne, kan du svare på den her? Du ved mere om støj end mig.\n\n/Jens\n\n"
                "Fra: " + "Miljønetværkets tovholder <gruppe+k3f9a-2b7dq-8c1e5f0a9b3d4e6f"
                "@example.org>\nSendt: tirsdag den 1. december 2026 09.14\n"
                "Til: Jens Boye <jens.boye@example.org>\n"
                "Emne: Kompetenceskema 2026: hvad arbejder du med?\n\n"),
     "answers": {"interesser": "PFAS; Luft", "tid": "Nogen"},
     "note": "a colleague forwarded the form to her; she answered that forward"},
    {"id": "h-da-outlook-baade-begge", "client": "outlook", "name": "Rasmus Vinther",
     "email": "rasmus.vinther@example.org", "sent": {},
     "own": "Både luft og støj, og så er jeg med i begge grupper.\n\nRasmus",
     "answers": {"interesser": "Støj; Luft", "grupper": ALL_GROUPS}},
    {"id": "h-da-outlook-uaendret-field", "client": "outlook", "name": "Mette Dahl",
     "email": "mette.dahl@example.org", "sent": S2,
     "own": "Interesser: uændret\nTid: nogen\n\nMvh Mette",
     "answers": {"tid": "Nogen"}},
    {"id": "h-da-outlook-answer-on-question-line", "client": "outlook", "name": "Bjarne Krog",
     "email": "bjarne.krog@example.org", "sent": {},
     "own": "Se nedenfor\n\nBjarne",
     "edits": [("append", "4. Erfaring", " 15 år")],
     "answers": {"erfaring": "15"}},

    # --- Outlook "-----Oprindelig meddelelse-----" with > marks ----------------------------
    {"id": "h-da-outlook-prefix-sentence-lidt", "client": "outlook_prefix", "name": "Ida Frost",
     "email": "ida.frost@example.org", "sent": {},
     "own": "Jeg arbejder primært med støj og luft, lidt jord\n\nMvh Ida",
     "answers": {"interesser": "Støj; Luft; Jord"},
     "note": "'lidt jord' is a little soil work, not the time answer"},
    {"id": "h-da-outlook-prefix-numbered-paren", "client": "outlook_prefix",
     "name": "Torben Ravn", "email": "torben.ravn@example.org", "sent": {},
     "own": "1) PFAS og støj\n2) ingen\n4) 6\n5) nogen\n\nTorben",
     "answers": {"interesser": "PFAS; Støj", "grupper": "", "erfaring": "6", "tid": "Nogen"}},

    # --- Outlook web, iOS, Android, Mac ------------------------------------------------------
    {"id": "h-da-owa-ja-nej-after", "client": "owa", "name": "Morten Bach",
     "email": "morten.bach@example.org", "sent": S2,
     "own": "Svarene står i skemaet\n\nHilsen\nMorten",
     "edits": [("set", "[ ] Jord", "[ ] Jord ja"), ("set", "[x] Luft", "[x] Luft nej")],
     "answers": {"interesser": "Spildevand; Jord; Klima"}},
    {"id": "h-da-owa-alt-som-sidst", "client": "owa", "name": "Søren Juhl",
     "email": "soren.juhl@example.org", "sent": S2,
     "own": "Alt er som sidst.\n\nVh Søren", "answers": {}, "unchanged": True},
    {"id": "h-da-owa-tid-varierer", "client": "owa", "name": "Lene Skov",
     "email": "lene.skov@example.org", "sent": S2,
     "own": "Tid: det varierer meget fra måned til måned\n\nLene",
     "answers": {}, "flagged": True,
     "note": "no option fits 'varies'; 'meget' here is not the answer Meget"},
    {"id": "h-da-owa-samme-bortset-fra-gruppe", "client": "owa", "name": "Pia Nørgaard",
     "email": "pia.norgaard@example.org", "sent": S4,
     "own": ("Samme som sidste år, bortset fra at jeg ikke længere er med i PFAS-gruppen."
             "\n\nPia"),
     "answers": {"grupper": "Netværk for miljøtilsyn"}, "unchanged": True,
     "note": "PFAS-gruppen is the working group, not the PFAS subject area"},
    {"id": "h-da-owa-html-only-bullets", "client": "owa", "name": "Camilla Winther",
     "email": "camilla.winther@example.org", "sent": S2, "html_only": True,
     "own": "PFAS\nJord\nSekretær\n\nCamilla",
     "own_rich": ('<div style="font-family:Aptos,sans-serif"><ul><li>PFAS</li><li>Jord</li>'
                  "<li>Sekretær</li></ul><div><br></div><div>Camilla</div></div>"),
     "answers": {"interesser": "PFAS; Jord", "funktioner": "Sekretær"}},
    {"id": "h-da-outlook-ios-formandsposten", "client": "outlook_ios", "name": "Eva Lindholm",
     "email": "eva.lindholm@example.org", "sent": S1,
     "own": "Kun PFAS nu. Og jeg kan godt tage formandsposten",
     "answers": {"interesser": "PFAS", "funktioner": "Formand; Sekretær"}},
    {"id": "h-da-outlook-android-plus", "client": "outlook_android", "name": "Niels Friis",
     "email": "niels.friis@example.org", "sent": S3,
     "own": "Luft + støj. Kan være formand.",
     "answers": {"interesser": "Støj; Luft"},
     "note": "Formand is already chosen"},
    {"id": "h-da-outlook-mac-html-only-deleted", "client": "outlook_mac", "name": "Jette Kjær",
     "email": "jette.kjaer@example.org", "sent": S1, "html_only": True,
     "own": "Har fjernet dem der ikke passer\n\nJette",
     "edits": [("del", "[x] Støj"), ("del", "[ ] Spildevand"), ("del", "[ ] Affald"),
               ("del", "[ ] Jord"), ("del", "[ ] Klima"), ("del", "[ ] VVM"),
               ("del", "[ ] IE-direktivet"), ("del", "[ ] Power-to-X"), ("del", "[x] Nogen"),
               ("del", "[ ] Meget")],
     "answers": {"interesser": "PFAS; Luft", "tid": "Lidt"}},
    {"id": "h-da-outlook-html-only-checkboxes", "client": "outlook", "name": "Ulrik Smed",
     "email": "ulrik.smed@example.org", "sent": S1, "html_only": True,
     "own": "Fagområder:\n☒ Affald\n☒ Klima\n☐ PFAS\n\nUlrik",
     "own_rich": ('<p class="MsoNormal">Fagområder:</p><p class="MsoNormal">'
                  '<span style="font-family:\'MS Gothic\'">☒</span> Affald</p>'
                  '<p class="MsoNormal"><span style="font-family:\'MS Gothic\'">☒</span> Klima'
                  '</p><p class="MsoNormal"><span style="font-family:\'MS Gothic\'">☐</span>'
                  ' PFAS</p><p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Ulrik</p>'),
     "answers": {"interesser": "Affald; Klima"}},

    # --- Gmail --------------------------------------------------------------------------------
    {"id": "h-da-gmail-edit-inside-quote", "client": "gmail", "name": "Sofie Hald",
     "email": "sofie.hald@example.org", "sent": S1, "own": "Rettet nedenfor :)",
     "edits": [("set", "[ ] Klima", "[x] Klima"), ("set", "Svar: 12", "Svar: 13")],
     "answers": {"interesser": "PFAS; Støj; Klima", "erfaring": "13"}},
    {"id": "h-da-gmail-breakout-lines", "client": "gmail", "name": "Kasper Lund",
     "email": "kasper.lund@example.org", "sent": S1, "own": "",
     "edits": [("add", "3. Funktioner", "\nIngen af dem i år\n"), ("add", "5. Tid", "\nMeget\n"),
               ("add", "6. Andet", "\nSkifter afdeling til foråret\n")],
     "answers": {"funktioner": "", "tid": "Meget", "andet": "Skifter afdeling til foråret"}},
    {"id": "h-da-gmail-english-reply", "client": "gmail", "name": "Julia Hesselberg",
     "email": "julia.hesselberg@example.org", "sent": S1,
     "own": ("Hi, sorry for answering in English. I work mostly with noise and air now, not "
             "PFAS anymore. About 9 years of experience.\n\nBest\nJulia"),
     "answers": {"interesser": "Støj; Luft", "erfaring": "9"}},
    {"id": "h-da-gmail-x-replaces-brackets", "client": "gmail", "name": "Mikkel Storm",
     "email": "mikkel.storm@example.org", "sent": {}, "own": "",
     "edits": [("set", "[ ] Affald", "X Affald"), ("set", "[ ] VVM", "X VVM"),
               ("set", "[ ] Nogen", "X Nogen")],
     "answers": {"interesser": "Affald; VVM", "tid": "Nogen"}},
    {"id": "h-da-gmail-move-x-plus-andet", "client": "gmail", "name": "Louise Bech",
     "email": "louise.bech@example.org", "sent": S1,
     "own": "Andet: Jeg er kun ansat til 31/3\n\nHilsen Louise",
     "edits": [("set", "[x] Sekretær", "[ ] Sekretær"),
               ("set", "[ ] Høringstovholder", "[x] Høringstovholder")],
     "answers": {"funktioner": "Høringstovholder", "andet": "Jeg er kun ansat til 31/3"}},
    {"id": "h-da-gmail-syg", "client": "gmail", "name": "Frederik Ahl",
     "email": "frederik.ahl@example.org", "sent": S1,
     "own": "Jeg er syg i denne uge, svarer når jeg er tilbage.",
     "answers": {}, "flagged": True},
    {"id": "h-da-gmail-android-typos-ptx", "client": "gmail_android", "name": "Tina Mørk",
     "email": "tina.mork@example.org", "sent": {},
     "own": "spildvand og stoej, lidt PtX",
     "answers": {"interesser": "Spildevand; Støj; Power-to-X"}},

    # --- Apple Mail / iPhone ------------------------------------------------------------------
    {"id": "h-da-iphone-ingen-aendringer-emoji", "client": "iphone", "name": "Birthe Vang",
     "email": "birthe.vang@example.org", "sent": S3, "own": "Ingen ændringer herfra 🙂",
     "answers": {}, "unchanged": True},
    {"id": "h-da-iphone-negation-sentence", "client": "iphone", "name": "Oskar Fog",
     "email": "oskar.fog@example.org", "sent": S1,
     "own": "Jeg arbejder ikke længere med PFAS, men er kommet på VVM-sager",
     "answers": {"interesser": "Støj; VVM"}},
    {"id": "h-da-applemail-som-sidst-men", "client": "apple_mail", "name": "Birgitte Holst",
     "email": "birgitte.holst@example.org", "sent": S3,
     "own": "Som sidst, men jeg har nu 21 års erfaring.\n\nHilsen Birgitte",
     "answers": {"erfaring": "21"}, "unchanged": True},
    {"id": "h-da-applemail-only-experience", "client": "apple_mail", "name": "Henrik Thy",
     "email": "henrik.thy@example.org", "sent": S3,
     "own": "Jeg har efterhånden 25 års erfaring.", "answers": {"erfaring": "25"}},
    {"id": "h-da-applemail-range-flag", "client": "apple_mail", "name": "Annette Bro",
     "email": "annette.bro@example.org", "sent": S1, "own": "Erfaring: 7-8 år\n\nAnnette",
     "answers": {"erfaring": "7-8"},
     "note": "a range is recorded as written (the number question keeps the member's own text)"},
    {"id": "h-da-applemail-ja-nej-dash", "client": "apple_mail", "name": "Jakob Riis",
     "email": "jakob.riis@example.org", "sent": {}, "own": "Mvh Jakob",
     "edits": [("set", "[ ] PFAS", "[ ] PFAS - ja"),
               ("set", "[ ] Spildevand", "[ ] Spildevand - nej"),
               ("set", "[ ] Lidt", "[ ] Lidt - ja")],
     "answers": {"interesser": "PFAS", "tid": "Lidt"}},
    {"id": "h-da-iphone-forward-to-group", "client": "apple_forward", "name": "Karina Ebbesen",
     "email": "karina.ebbesen@example.org", "sent": S1,
     "own": "Erfaring 6 år, ellers uændret", "answers": {"erfaring": "6"}, "unchanged": True,
     "note": "forwarded (not replied) to the group address, answer on top"},

    # --- Thunderbird --------------------------------------------------------------------------
    {"id": "h-da-thunderbird-star-marks", "client": "thunderbird_bottom", "name": "Ole Krarup",
     "email": "ole.krarup@example.org", "sent": S1, "own": "Mvh Ole",
     "edits": [("set", "[x] PFAS", "[ ] PFAS"), ("set", "[ ] Luft", "[*] Luft"),
               ("set", "[ ] Jord", "[*] Jord")],
     "answers": {"interesser": "Støj; Luft; Jord"}},
    {"id": "h-da-thunderbird-x-after-chatter", "client": "thunderbird", "name": "Signe Balle",
     "email": "signe.balle@example.org", "sent": {},
     "own": ("Hej. Jeg har sat X ud for det der passer. Beklager at det har taget lidt tid at "
             "få svaret, der har været meget travlt på kontoret op til jul.\n\nSigne"),
     "edits": [("set", "[ ] Affald", "[ ] Affald   X"), ("set", "[ ] Klima", "[ ] Klima   X"),
               ("set", "[ ] Lidt", "[ ] Lidt X")],
     "answers": {"interesser": "Affald; Klima", "tid": "Lidt"},
     "note": "'lidt tid' and 'meget travlt' in the apology are not answers"},
    {"id": "h-da-thunderbird-ingen-aendringer-saetning", "client": "thunderbird",
     "name": "Poul Hvid", "email": "poul.hvid@example.org", "sent": S1,
     "own": "Der er ingen ændringer i forhold til sidste år.\n\nPoul",
     "answers": {}, "unchanged": True},
    {"id": "h-da-thunderbird-own-labels", "client": "thunderbird", "name": "Vibeke Lyng",
     "email": "vibeke.lyng@example.org", "sent": {},
     "own": "Arbejdsområder: luft og klima\nRolle: sekretær\nTidsforbrug: noget\n\nVibeke",
     "answers": {"interesser": "Luft; Klima", "funktioner": "Sekretær", "tid": "Nogen"}},

    # --- English form -------------------------------------------------------------------------
    {"id": "h-en-outlook-capital-x", "lang": "en", "client": "outlook", "name": "Simon Avery",
     "email": "simon.avery@example.org", "sent": ES1,
     "own": "See my changes below.\n\nRegards\nSimon",
     "edits": [("set", "[ ] Air", "[X] Air"), ("set", "[x] Noise", "[ ] Noise")],
     "answers": {"interests": "Wastewater; Air"}},
    {"id": "h-en-gmail-sentence-ptx", "lang": "en", "client": "gmail", "name": "Rachel Dunn",
     "email": "rachel.dunn@example.org", "sent": {},
     "own": "Mostly wastewater and climate these days, plus a bit of PtX.",
     "answers": {"interests": "Wastewater; Climate; Power-to-X"}},
    {"id": "h-en-iphone-same", "lang": "en", "client": "iphone", "name": "Owen Marsh",
     "email": "owen.marsh@example.org", "sent": ES1, "own": "Same as last time, thanks",
     "answers": {}, "unchanged": True},
    {"id": "h-en-owa-no-longer", "lang": "en", "client": "owa", "name": "Grace Hale",
     "email": "grace.hale@example.org", "sent": ES2,
     "own": ("I'm no longer in the inspection network. I have 11 years of experience now."
             "\n\nGrace"),
     "answers": {"groups": "PFAS working group", "experience": "11"}},
    {"id": "h-en-thunderbird-danish-words", "lang": "en", "client": "thunderbird",
     "name": "Lars Eskildsen", "email": "lars.eskildsen@example.org", "sent": ES1,
     "own": "Støj og luft, lidt tid\n\nLars",
     "answers": {"interests": "Noise; Air", "time": "Little"},
     "note": "a Danish member answering the English form in Danish"},
]
