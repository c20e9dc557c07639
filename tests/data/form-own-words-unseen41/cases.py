"""Unseen part 41: replies to the competence form in members' own words, one round in a working
group of municipal environment officers in a year of change (a merger, new colleagues, topics
moving between departments, people back from leave, a few English speakers). Written blind, by
hand: what a careful human secretary records. People invented, at example.org."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]  # tests/data/<this folder>/
sys.path.insert(0, str(ROOT / "tests" / "data" / "form-own-words"))

from common import SIG_EN, SIG_KOMMUNE, SIG_SHORT, c  # noqa: E402

P1 = {"interesser": "Spildevand; Jord", "grupper": "Netværk for miljøtilsyn", "funktioner": "",
      "erfaring": "7", "tid": "Nogen"}
P2 = {"interesser": "Affald; Støj; Luft", "grupper": "", "funktioner": "Sekretær",
      "erfaring": "15", "tid": "Lidt"}
P3 = {"interesser": "PFAS; Jord; Klima", "grupper": "Arbejdsgruppe om PFAS",
      "funktioner": "Høringstovholder", "erfaring": "22", "tid": "Meget"}
P4: dict[str, str] = {}
EA = {"interests": "Soil; Climate", "groups": "", "functions": "", "experience": "4",
      "time": "Some"}
EB = {"interests": "Wastewater; Air", "groups": "Inspection network", "functions": "Secretary",
      "experience": "9", "time": "Little"}

CASES = [
    # --- ordinary confirmations and short answers -------------------------------------------
    c("ow41-da-outlook-stadig-korrekt", "outlook", "Jonna Riis",
      "Hej\n\nDet er stadig korrekt, intet at rette.\n\n" + SIG_KOMMUNE,
      {}, P1, unchanged=True),
    c("ow41-da-iphone-tak", "iphone", "Palle Kjærgaard", "Tak", {}, P2),
    c("ow41-da-gmail-android-vender-tilbage", "gmail_android", "Dorte Vestergaard",
      "Tak for påmindelsen. Jeg kigger på det, når vi er flyttet ind på det nye rådhus.\n\nDorte",
      {}, P2),
    c("ow41-en-apple-mail-all-correct", "apple_mail", "Oliver Grant",
      "All correct, thanks!\n\nOliver", {}, EA, lang="en", unchanged=True),
    c("ow41-da-android-kun-kryds", "android", "Ulla Bech", "Rettet i skemaet.\n\nUlla",
      {"interesser": "PFAS; Luft; Jord"}, P3,
      edits=[("set", "[ ] Luft", "[x] Luft"), ("set", "[x] Klima", "[ ] Klima")]),
    c("ow41-da-owa-power-to-x", "owa", "Henning Falk",
      "Sæt Power-to-X på, vi har fået anlægget ved havnen med i sammenlægningen. Resten er "
      "uændret.\n\n" + SIG_SHORT,
      {"interesser": "Spildevand; Jord; Power-to-X"}, P1, unchanged=True),

    # --- the merger: topics moving between departments ---------------------------------------
    c("ow41-da-gmail-affaldstilsyn-efter-fusion", "gmail", "Karina Holm",
      "Hej\n\nEfter sammenlægningen med Nabokommune har jeg også fået affaldstilsynet - så sæt "
      "Affald på. Spildevand og jord beholder jeg. Resten som før.\n\nKarina",
      {"interesser": "Spildevand; Affald; Jord"}, P1, unchanged=True),
    c("ow41-da-outlook-ios-stoej-flyttet", "outlook_ios", "Bente Rask",
      "Støj er flyttet over til Teknik og Byg efter omstruktureringen, så det skal ud. Luft og "
      "affald har jeg stadig.\n\nMvh Bente",
      {"interesser": "Affald; Luft"}, P2),
    c("ow41-da-gmail-klimatilpasning-flyttet", "gmail", "Sofie Lund",
      "Klimatilpasningen er flyttet til Vej og Park pr. 1/1, så jeg arbejder ikke længere med "
      "klima. Til gengæld har jeg fået VVM-screeningerne og IE-virksomhederne. Resten står som "
      "det skal.\n\nSofie",
      {"interesser": "PFAS; Jord; VVM; IE-direktivet"}, P3, unchanged=True),
    c("ow41-da-outlook-html-tankestreger", "outlook_html", "Mogens Dahl",
      "Jord og PFAS – ja, stadig. Klima – nej, det har Miljø og Klima-teamet i den anden "
      "kommune taget over. Resten er det samme.\n\n" + SIG_KOMMUNE,
      {"interesser": "PFAS; Jord"}, P3, unchanged=True),
    c("ow41-da-owa-html-pfas-arbejdsgruppen", "owa_html", "Lis Thorsen",
      "Tilføj PFAS – vi har fået tre sager om brandøvelsespladser efter fusionen. Og så vil jeg "
      "gerne med i PFAS-arbejdsgruppen.\n\nVenlig hilsen\nLis",
      {"interesser": "PFAS; Affald; Støj; Luft", "grupper": "Arbejdsgruppe om PFAS"}, P2),
    c("ow41-da-gmail-alle-undtagen", "gmail", "Anders Frost",
      "Efter fusionen er jeg alene om det hele på miljøsiden: alle fagområder undtagen "
      "Power-to-X og VVM.\n\nAnders",
      {"interesser": "PFAS; Spildevand; Affald; Støj; Luft; Jord; Klima; IE-direktivet"}, P4),
    c("ow41-da-samsung-lugt-og-gylle", "android", "Niels Krogh",
      "Jeg har fået alle landbrugssagerne efter sammenlægningen, mest lugt og gylle. Og jeg er "
      "stadig med i tilsynsnetværket.",
      {"grupper": "Netværk for miljøtilsyn"}, P1, ask=["interesser"],
      note="lugt/gylle/landbrug: no option; not guessed as Luft"),
    c("ow41-da-thunderbird-bottom-grundvand", "thunderbird_bottom", "Gitte Bonde",
      "Jeg har overtaget grundvandsbeskyttelse og vandindvinding fra en kollega, der er gået på "
      "pension. Kan det komme med under fagområder?\n\nTid: Lidt stadig.\n\nGitte",
      {"tid": "Lidt"}, P2, ask=["interesser"]),

    # --- new colleagues --------------------------------------------------------------------
    c("ow41-da-thunderbird-ny-fra-nabokommune", "thunderbird", "Rasmus Skov",
      "Hej\n\nJeg er ny i gruppen (kommer fra den gamle Nabokommune). Jeg arbejder med "
      "spildevand, jord og PFAS, og jeg har været miljøsagsbehandler i seks år, de to sidste i "
      "Nabokommune. Jeg vil gerne med i netværket for miljøtilsyn. Nogen tid kan jeg godt "
      "afsætte.\n\nRasmus",
      {"interesser": "PFAS; Spildevand; Jord", "grupper": "Netværk for miljøtilsyn",
       "erfaring": "6", "tid": "Nogen"}, P4),
    c("ow41-da-owa-kryds-og-ord", "owa", "Camilla Strand",
      "Ny her – startede 1. oktober efter fusionen. Har krydset af, og så har jeg tre års "
      "erfaring fra et rådgivningsfirma. Lidt tid i starten.\n\nCamilla",
      {"interesser": "Spildevand; Støj", "erfaring": "3", "tid": "Lidt"}, P4,
      edits=[("set", "[ ] Spildevand", "[x] Spildevand"), ("set", "[ ] Støj", "[x] Støj")]),
    c("ow41-da-owa-html-linjer", "owa_html", "Torben Hviid",
      "Affald\nJord\nSpildevandet\n\nHar 12 års erfaring\nMeget tid\n\nTorben",
      {"interesser": "Spildevand; Affald; Jord", "erfaring": "12", "tid": "Meget"}, P4),
    c("ow41-en-owa-newcomer-danish-form", "owa", "Hannah Weber",
      "Hi, I'm new in the environment department (moved here from Copenhagen). I work with "
      "wastewater and PFAS and have 6 years of experience. I'd like to join the PFAS working "
      "group. Some time.\n\nBest,\nHannah",
      {"interesser": "PFAS; Spildevand", "grupper": "Arbejdsgruppe om PFAS", "erfaring": "6",
       "tid": "Nogen"}, P4, note="English on the Danish form"),

    # --- back from leave, time and numbers ---------------------------------------------------
    c("ow41-da-owa-tilbage-fra-orlov", "owa", "Marianne Kjeldsen",
      "Jeg er tilbage fra forældreorlov pr. 1. november, så jeg har faktisk meget tid nu. "
      "Erfaringen er 16 år nu. Glad for at være tilbage!\n\n" + SIG_SHORT,
      {"tid": "Meget", "erfaring": "16"}, P2),
    c("ow41-da-gmail-android-mindre-tid", "gmail_android", "Ole Brandt",
      "Meget bliver til lidt fra januar – jeg skal være projektleder på sammenlægningen af de "
      "to miljøafdelinger. Ellers er alt som det står.",
      {"tid": "Lidt"}, P3, unchanged=True),
    c("ow41-da-apple-mail-nogen-og-stryg", "apple_mail", "Lene Mortensen",
      "Jeg går ned i tid efter nytår, så sæt mig på nogen. Og stryg mig som høringstovholder "
      "– det overtager Kirsten fra den nye afdeling.\n\nLene",
      {"tid": "Nogen", "funktioner": ""}, P3),
    c("ow41-da-iphone-pil", "iphone", "Jesper Nygaard",
      "Mere tid nu hvor projektet er slut, se pil", {"tid": "Meget"}, P2,
      edits=[("set", "[ ] Meget", "[ ] Meget   <-- den her nu")]),
    c("ow41-da-iphone-otteogtyve", "iphone", "Inger Mølgaard",
      "Rettelse: jeg har otteogtyve års erfaring (inkl. tiden i amtet). Ellers uændret.",
      {"erfaring": "28"}, P1, unchanged=True),
    c("ow41-da-outlook-android-to-tal", "outlook_android", "Kim Søgaard",
      "Erfaring: 19 år i alt, heraf 4 i den nye kommune.\nTid: meget i foråret, lidt i "
      "efteråret.",
      {"erfaring": "19"}, P2, ask=["tid"]),
    c("ow41-da-iphone-aarstal", "iphone", "Birgit Winther",
      "Erfaring: har været her siden 2009. Alt andet passer.",
      {}, P2, ask=["erfaring"], unchanged=True, note="a year, not a number of years"),
    c("ow41-da-thunderbird-sekretaer-hvis", "thunderbird", "Lars Ebbesen",
      "Jeg kan være sekretær, hvis det er nødvendigt. Men 7 år er forkert, det er 11 nu.\n\nLars",
      {"funktioner": "Sekretær", "erfaring": "11"}, P1),
    c("ow41-da-samsung-netvaerket-femten", "android", "Tina Gregersen",
      "Jeg er kommet med i netværket for miljøtilsyn nu hvor vi er en stor kommune. Og "
      "erfaring: femten er rigtigt. Dog kun lidt tid pga. fusionen.",
      {"grupper": "Netværk for miljøtilsyn", "erfaring": "15", "tid": "Lidt"}, P2),
    c("ow41-da-gmail-andet-deltid", "gmail", "Susanne Højer",
      "Andet: Jeg er på deltid (30 timer) frem til sommer.\nTid: lidt, som før.\n\nSusanne",
      {"andet": "Jeg er på deltid (30 timer) frem til sommer.", "tid": "Lidt"}, P2),

    # --- functions, conditions, things for the chair ----------------------------------------
    c("ow41-da-outlook-mac-formand-hvis", "outlook_mac", "Poul Eskildsen",
      "Jeg kan godt tage formandsposten, hvis ingen andre melder sig. Høringstovholder vil jeg "
      "gerne fortsætte som.\n\nPoul",
      {"funktioner": "Høringstovholder"}, P3, ask=["funktioner"],
      note="chair only on a condition on others"),
    c("ow41-da-outlook-prefix-fravaer", "outlook_prefix", "Hanne Qvist",
      "Hej. Skemaet er stadig fint. Men jeg kan ikke deltage i mødet den 14. januar, da vi har "
      "byrådsmøde om sammenlægningen samme dag – har I kommentarer til dagsordenen, så send "
      "dem gerne på mail.\n\nHanne",
      {}, P1, unchanged=True, flagged=True, note="absence"),
    c("ow41-da-outlook-ios-stopper", "outlook_ios", "Erik Laursen",
      "Jeg stopper i kommunen til februar og træder derfor ud af gruppen. Det har været en "
      "fornøjelse.\n\nErik",
      {}, P3, flagged=True, note="leaving the group"),

    # --- English form ---------------------------------------------------------------------
    c("ow41-en-gmail-back-from-leave", "gmail", "Emma Clarke",
      "Hi,\n\nBack from parental leave as of this month. I can give the group quite a lot of "
      "time now, so please change it to much. Everything else is as before.\n\nEmma",
      {"time": "Much"}, EA, lang="en", unchanged=True),
    c("ow41-en-outlook-merger-topics", "outlook", "James Porter",
      "After the merger I also cover noise and soil. Please remove air, it went to the other "
      "department. Still happy to be secretary if needed.\n\n" + SIG_EN,
      {"interests": "Wastewater; Noise; Soil", "functions": "Secretary"}, EB, lang="en"),
    c("ow41-en-iphone-twenty-three", "iphone", "Sarah Mills",
      "Experience: twenty-three years, not 4 - sorry, typo last time.",
      {"experience": "23"}, EA, lang="en"),
    c("ow41-en-thunderbird-marine", "thunderbird", "Daniel Brooks",
      "I now work mostly with the marine environment and bathing water quality. Not sure where "
      "that fits - please advise.\n\nTime: little, as before.\n\nDaniel",
      {"time": "Little"}, EB, lang="en", ask=["interests"]),
    c("ow41-en-outlook-android-absence", "outlook_android", "Laura Fischer",
      "No changes. I will miss the January meeting though (I'm on a course).",
      {}, EA, lang="en", unchanged=True, flagged=True, note="absence"),
    c("ow41-en-samsung-ticked-and-conditional", "android", "Mark Jensen",
      "Ticked climate. Also I'd take on consultation coordinator from spring, if nobody else "
      "wants it.",
      {"interests": "Wastewater; Air; Climate"}, EB, lang="en", ask=["functions"],
      edits=[("set", "[ ] Climate", "[x] Climate")], note="role on a condition on others"),
]
