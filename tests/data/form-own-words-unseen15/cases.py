"""Blind part 15 (issue 14): replies to the competence form in members' own words, as from one
real round in a group of about 30 Danish municipal environment officers. Written by hand, without
reading the parser; the expectations are what a careful human secretary records. People are
invented, at example.org."""

from __future__ import annotations

from common import E1, E2, S1, S2, S3, S4, SIG_EN, SIG_KOMMUNE, SIG_SHORT, c

# sent profiles of this part (what the form showed pre-filled)
P_A = {"interesser": "Spildevand; Klima", "grupper": "Netværk for miljøtilsyn", "funktioner": "",
       "erfaring": "7", "tid": "Nogen"}
P_B = {"interesser": "Støj; Luft; IE-direktivet", "grupper": "Netværk for miljøtilsyn",
       "funktioner": "Høringstovholder", "erfaring": "15", "tid": "Lidt"}
P_C = {"interesser": "PFAS; Jord", "grupper": "Arbejdsgruppe om PFAS", "funktioner": "Sekretær",
       "erfaring": "4", "tid": "Meget"}
P_D = {"interesser": "Affald; VVM; Power-to-X", "grupper": "", "funktioner": "Formand",
       "erfaring": "22", "tid": "Nogen"}
P_E = {"interesser": "Jord; Klima", "grupper": "Netværk for miljøtilsyn", "funktioner": "",
       "erfaring": "22", "tid": "Nogen"}
E3 = {"interests": "PFAS; Soil", "groups": "PFAS working group", "functions": "Secretary",
      "experience": "6", "time": "Little"}

EN = {"lang": "en"}

CASES = [
    # --- Danish form ------------------------------------------------------------------------
    c("ow15-da-outlook-vvm-resten-staar", "outlook", "Henrik Dalsgaard",
      "Hej\n\nJeg er begyndt at lave lidt VVM-screeninger ved siden af spildevand, så sæt gerne "
      "kryds ved VVM også. Klima har jeg stadig. Resten står som det skal.\n\n" + SIG_KOMMUNE,
      {"interesser": "Spildevand; Klima; VVM"}, sent=P_A, unchanged=True),

    c("ow15-da-iphone-tak", "iphone", "Mette Skovgaard", "Tak 👍", {}, sent=S1),

    c("ow15-da-gmail-kryds-og-tid-uklar", "gmail", "Sofie Lund Hansen",
      "Hej. Har sat kryds i skemaet.\nTid: mest lidt i foråret, men mere fra august når "
      "projektet er afsluttet\n\nmvh Sofie",
      {"interesser": "PFAS; Affald; Jord", "erfaring": "3"},
      sent={}, ask=["tid"],
      edits=[("set", "[ ] PFAS", "[x] PFAS"), ("set", "[ ] Affald", "[x] Affald"),
             ("set", "[ ] Jord", "[x] Jord"), ("set", "Svar:", "Svar: 3", "4. Erfaring")]),

    c("ow15-da-thunderbird-treogtyve", "thunderbird", "Bent Kjærgaard",
      "Erfaring: treogtyve år nu (22 sidste år)\nTid: lidt – vi er to mand færre i afdelingen\n"
      "Ellers som det står.\n\n/Bent",
      {"erfaring": "23", "tid": "Lidt"}, sent=P_E, unchanged=True),

    c("ow15-da-android-uden-aeoeaa", "android", "Kasper Nørgaard",
      "Hej. Er ude af pfas gruppen nu, min kollega har overtaget. Til gengaeld er jeg kommet med "
      "i tilsynsnetvaerket. Jord og pfas er stadig mine omraader, og saa har jeg faaet stoej. "
      "5 aar nu. Tid bliver mindre - saet mig paa nogen\nMvh Kasper",
      {"grupper": "Netværk for miljøtilsyn", "interesser": "PFAS; Støj; Jord", "erfaring": "5",
       "tid": "Nogen"}, sent=P_C),

    c("ow15-da-owa-kun-erfaring", "owa", "Louise Bech",
      "Jeg har 12 års erfaring - resten vender jeg tilbage med, når jeg har talt med min chef.",
      {"erfaring": "12"}, sent={}),

    c("ow15-da-outlook-ios-afbud-skema-passer", "outlook_ios", "Camilla Frost",
      "Hej! Jeg kan desværre ikke deltage i mødet i januar pga. kursus. Skemaet passer stadig, "
      "bortset fra at det nu er 4 års erfaring.",
      {"erfaring": "4"}, sent=S2, unchanged=True, flagged=True, note="absence from a meeting"),

    c("ow15-da-gmail-android-landbrug", "gmail_android", "Jens Peter Holm",
      "Hej\nJeg sidder med miljøtilsyn på landbrug, dvs. husdyrgodkendelser, lugt og gylle, plus "
      "lidt jordforurening. 6 år i kommunen, før det 3 år i et rådgivningsfirma.\nTid: nogen\n\n"
      "Sendt fra min telefon",
      {"interesser": "Jord", "tid": "Nogen"}, sent={}, ask=["interesser", "erfaring"],
      note="husdyr/lugt/gylle are no options; 6 or 9 years is unclear"),

    c("ow15-da-apple-mail-signatur-team", "apple_mail", "Lone Thygesen",
      "Intet nyt herfra, bortset fra at jeg har fået et år mere på bagen 🙂 altså 9.\n\n"
      "Venlig hilsen\nLone Thygesen\nSagsbehandler, Team Jord, Støj og Luft\nEksempel Kommune",
      {"erfaring": "9"}, sent=S4, unchanged=True,
      note="the team name in the signature is no answer"),

    c("ow15-da-outlook-html-kryds-og-ord", "outlook_html", "Mikkel Rasmussen",
      "Har rettet i skemaet. Luft er gået over til en ny kollega.\nJeg tager gerne en tørn som "
      "sekretær, men høringerne vil jeg gerne af med.\n\n" + SIG_KOMMUNE,
      {"interesser": "Støj; IE-direktivet; Power-to-X", "funktioner": "Sekretær"}, sent=P_B,
      edits=[("set", "[x] Luft", "[ ] Luft"), ("set", "[ ] Power-to-X", "[x] Power-to-X")]),

    c("ow15-da-thunderbird-bottom-tankestreger", "thunderbird_bottom", "Torben Ågaard",
      "Fagområder: Affald – Jord – VVM – og nu også klimatilpasning\nFormand: nej tak, det må "
      "være en andens tur\nHøringstovholder fortsætter jeg gerne med\nErfaring: 21\n\n"
      "Hilsen Torben",
      {"interesser": "Affald; Jord; Klima; VVM", "funktioner": "Høringstovholder",
       "erfaring": "21"}, sent=S3),

    c("ow15-da-outlook-mac-grundvand", "outlook_mac", "Anja Vinther",
      "Hej Tovholder\n\nPFAS, jord og grundvand. Jeg har 11 års erfaring med miljø, heraf de 4 "
      "med PFAS.\nJeg er med i PFAS-arbejdsgruppen.\nJeg har ikke så meget tid.\n\nMvh\nAnja",
      {"interesser": "PFAS; Jord", "erfaring": "11", "grupper": "Arbejdsgruppe om PFAS",
       "tid": "Lidt"}, sent={}, ask=["interesser"], note="grundvand is no option"),

    c("ow15-da-owa-leder-videresendt", "owa", "Niels Vestergaard",
      "Hej\n\nJeg har fået lov af min leder til at bruge mere tid på gruppen (se herunder), så "
      "ret mig gerne til Meget.\nIngen andre ændringer.\n\nMvh Niels Vestergaard\n\n"
      "Fra: Hanne Kjær <hanne.kjaer@example.org>\nSendt: 30. november 2026 15:02\n"
      "Til: Niels Vestergaard <niels.vestergaard@example.org>\nEmne: SV: Tid til "
      "miljønetværket\n\nHej Niels\nFint med mig, at du bruger et par timer mere om måneden på "
      "netværket og PFAS-sagerne.\n/Hanne",
      {"tid": "Meget"}, sent=P_A, unchanged=True,
      note="the leader's forwarded note is no answer"),

    c("ow15-da-gmail-ingen-kommentarer-afbud", "gmail", "Maja Kristoffersen",
      "Hej\n\nJeg har ingen kommentarer til skemaet, det er stadig rigtigt. Men jeg må melde "
      "afbud til mødet i februar, vi har byrådsmøde samme dag. Andet har jeg ikke.\n\nVh Maja",
      {}, sent=S4, unchanged=True, flagged=True, note="absence from a meeting"),

    c("ow15-da-android-kort", "android", "Jonas Brix",
      "PFAS og spildevand, og nu også affald. 10 år. Nogen tid.\nMvh Jonas",
      {"interesser": "PFAS; Spildevand; Affald", "erfaring": "10", "tid": "Nogen"}, sent={}),

    c("ow15-da-owa-html-uaendret-paa-naer", "owa_html", "Ditte Mose",
      "Hej\n\nUændret i forhold til sidst, på nær at jeg er stoppet i PFAS-arbejdsgruppen - der "
      "var ikke tid til begge dele.\nAndet: Fastansat fra 1. december (ikke længere "
      "barselsvikar)\n\n" + SIG_SHORT,
      {"grupper": "Netværk for miljøtilsyn",
       "andet": "Fastansat fra 1. december (ikke længere barselsvikar)"},
      sent=S2, unchanged=True),

    c("ow15-da-outlook-android-formand-betinget", "outlook_android", "Peter Aagaard",
      "Jeg fortsætter gerne som formand, men kun hvis Søren vil tage næstformandsposten igen. "
      "Ellers må vi finde en anden løsning.\nTid: Nogen",
      {"tid": "Nogen"}, sent=P_D, ask=["funktioner"],
      note="chair only on a condition on someone else; 'Ellers' is not 'otherwise unchanged'"),

    c("ow15-da-apple-forward-ny-i-jobbet", "apple_forward", "Emil Fogh",
      "Videresender lige med mine svar: Støj og luft. Ingen grupper endnu. Erfaring to "
      "år. Lidt tid – jeg er ny i jobbet 🙂",
      {"interesser": "Støj; Luft", "grupper": "", "erfaring": "2", "tid": "Lidt"}, sent={}),

    c("ow15-da-gmail-pil-og-andet-svar", "gmail", "Poul Erik Stougaard",
      "Svar i skemaet nedenfor.\n\nHilsen\nPoul",
      {"interesser": "Affald; Jord; Klima; VVM", "funktioner": "Høringstovholder",
       "andet": "Jeg går ned på 30 timer fra februar"}, sent=S3,
      edits=[("append", "[ ] Klima", "  <- ja tak"), ("set", "[x] Formand", "[ ] Formand"),
             ("set", "Svar:", "Svar: Jeg går ned på 30 timer fra februar", "6. Andet")]),

    c("ow15-da-outlook-natur-og-vandloeb", "outlook", "Gitte Winther",
      "Hej\n\nJeg har skiftet stilling og sidder nu med natur og vandløb, så PFAS og affald er "
      "ikke mine længere. Netværket bliver jeg gerne i.\nHøringstovholder kan jeg desværre ikke "
      "være mere.\n\n" + SIG_SHORT,
      {"interesser": "", "grupper": "Netværk for miljøtilsyn", "funktioner": ""}, sent=S4,
      ask=["interesser"], note="natur and vandløb are no options"),

    c("ow15-da-thunderbird-sgu-et-aar-mere", "thunderbird", "Kim Hedegaard",
      "Hejsa!\nDet hele passer sgu stadig, skriv bare et år mere på erfaringen. Og så vil jeg "
      "gerne med i PFAS-gruppen, hvis I har plads 😄\n/Kim",
      {"erfaring": "9", "grupper": "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS"}, sent=S4,
      unchanged=True),

    c("ow15-da-outlook-mac-html-vindmoeller", "outlook_mac_html", "Signe Munk",
      "Klima, luft og støj (mest vindmøllestøj).\nErfaring: 7\nTid: Nogen, men kun frem til "
      "sommerferien",
      {"interesser": "Støj; Luft; Klima", "erfaring": "7", "tid": "Nogen"}, sent={}),

    c("ow15-da-gmail-android-det-andet-passer", "gmail_android", "Rasmus Iversen",
      "Sæt mig ned på lidt tid resten af året, vi er underbemandede. Det andet passer.",
      {"tid": "Lidt"}, sent=P_A, unchanged=True),

    c("ow15-da-owa-ikke-pfas-bliver-i-gruppen", "owa", "Ole Brandt",
      "Jeg arbejder ikke selv med PFAS længere, men bliver i PFAS-gruppen som referent indtil "
      "videre. Tilføj jord.",
      {"interesser": "Støj; Jord"}, sent=S1),

    c("ow15-da-iphone-hvad-er-ie", "iphone", "Birgitte Lauridsen",
      "Hvad dækker IE-direktivet egentlig over? Vi har et par store virksomheder på listen. Har "
      "krydset resten af nedenfor.\nHilsen Birgitte",
      {"interesser": "Affald; Jord; Klima", "tid": "Nogen"}, sent={}, ask=["interesser"],
      edits=[("set", "[ ] Affald", "[x] Affald"), ("set", "[ ] Jord", "[x] Jord"),
             ("set", "[ ] Klima", "[x] Klima"), ("set", "[ ] Nogen", "[x] Nogen")],
      note="a question about IE-direktivet: whether she works with it is unclear"),

    c("ow15-da-apple-mail-klimaet-fylder", "apple_mail", "Rikke Dam",
      "Hej\nJeg vil gerne prøve kræfter med at være høringstovholder, og sekretær fortsætter jeg "
      "også gerne som. Klimaet er også begyndt at fylde en del i min hverdag.\nKh Rikke",
      {"funktioner": "Høringstovholder; Sekretær", "interesser": "PFAS; Jord; Klima"}, sent=P_C),

    c("ow15-da-outlook-prefix-fire-aar", "outlook_prefix", "Ditte Bjerre",
      "Nu fire år. Og jeg er flyttet over i affald, så spildevand kan fjernes. Luft og klima "
      "stadig.\nMvh Ditte",
      {"erfaring": "4", "interesser": "Affald; Luft; Klima"}, sent=S2),

    c("ow15-da-apple-mail-english-wastewater", "apple_mail", "Katarzyna Nowak",
      "Hello, sorry for answering in English, my Danish is not yet good enough for writing. I "
      "work mostly with wastewater permits and noise from industry, plus IED inspections. 5 years "
      "in Denmark, 12 years in total. I can help as minute taker for the meetings.\n\n"
      "Best regards\nKatarzyna Nowak",
      {"interesser": "Spildevand; Støj; IE-direktivet", "erfaring": "12",
       "funktioner": "Sekretær"}, sent={}),

    # --- English form -----------------------------------------------------------------------
    c("ow15-en-outlook-take-away-chair", "outlook", "Jürgen Møller-Schulz",
      "Hello,\n\nPlease take away chair, I have done it long enough. But I can be secretary if "
      "needed.\nAlso please add Soil, we got the soil cases from the other department since the "
      "summer.\nEverything else is same.\n\n" + SIG_EN,
      {"functions": "Secretary", "interests": "Wastewater; Noise; Soil"}, sent=E1,
      unchanged=True, **EN),

    c("ow15-en-gmail-terse", "gmail", "Aleksander Berg",
      "Soil and PFAS, 6 years, little time. Thanks!",
      {"interests": "PFAS; Soil", "experience": "6", "time": "Little"}, sent={}, **EN),

    c("ow15-en-iphone-no-changes", "iphone", "Sarah Lindqvist",
      "No changes from my side, all the same as last year.",
      {}, sent=E2, unchanged=True, **EN),

    c("ow15-en-owa-groundwater-range", "owa", "Mikko Laine",
      "Hi, I work with drinking water and groundwater protection, also some PFAS because of the "
      "old firefighting foam sites. Experience: around 8-10 years. Time: some.\nBR Mikko",
      {"interests": "PFAS", "time": "Some"}, sent={}, ask=["interests", "experience"],
      note="drinking water/groundwater are no options; a range of years", **EN),

    c("ow15-en-thunderbird-climate-ticked", "thunderbird", "Lars Quist",
      "Hi,\nTicked climate below. I'd also like to join the inspection network if that's "
      "possible. And I can't be secretary anymore, sorry - too busy with the new harbour "
      "project.\nCheers, Lars",
      {"interests": "PFAS; Soil; Climate", "groups": "Inspection network; PFAS working group",
       "functions": ""}, sent=E3,
      edits=[("set", "[ ] Climate", "[x] Climate")], **EN),

    c("ow15-en-android-twenty-three-odour", "android", "Tomasz Wiśniewski",
      "Twenty-three years in the field but only some time for the group this year, big "
      "reorganisation at work. Interests: noise and air (and odour complaints).",
      {"experience": "23", "time": "Some", "interests": "Noise; Air"}, sent={},
      ask=["interests"], note="odour is no option", **EN),

    c("ow15-en-outlook-ios-absence-question", "outlook_ios", "Pia Holmgren",
      "Hi, I can't make it to the meeting on 14 January unfortunately. The form is correct as it "
      "is. Could you also ask the chair if the PFAS working group continues next year?\nThx, Pia",
      {}, sent=E2, unchanged=True, flagged=True,
      note="an absence and a question for the chair", **EN),
]
