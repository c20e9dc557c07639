"""Part 22 of the unseen own-words form replies (issue 14): one round in a working group of
about 30 municipal environment officers, a third of whom prefer English (colleagues from
Sweden, Norway, Germany, the Netherlands, Ireland). Written blind, by hand: what a careful human
secretary records, asks about or flags. People invented, at example.org."""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

_REPO = Path(os.environ.get("TOVHOLDER_REPO") or Path(__file__).resolve().parents[3])
_spec = importlib.util.spec_from_file_location(
    "own_words_common", _REPO / "tests" / "data" / "form-own-words" / "common.py")
_common = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("own_words_common", _common)
_spec.loader.exec_module(_common)

c = _common.c
S1, S2, S3, S4 = _common.S1, _common.S2, _common.S3, _common.S4
E1, E2 = _common.E1, _common.E2
SIG_KOMMUNE, SIG_SHORT, SIG_EN = _common.SIG_KOMMUNE, _common.SIG_SHORT, _common.SIG_EN

# Sent profiles of this part (besides the shared ones).
E3 = {"interests": "Noise; Air", "groups": "Inspection network", "functions": "Secretary",
      "experience": "6", "time": "Some"}
E4 = {"interests": "Waste; Noise", "groups": "", "functions": "Chair", "experience": "20",
      "time": "Some"}

CASES = [
    # --- Danish, Danish form ---------------------------------------------------------------
    c("ow22-da-outlook-luftsager-som-sidst", "outlook", "Lea Kjærgaard",
      "Hej\n\nJeg er begyndt at tage luftsagerne også, så sæt gerne luft på mig. Erfaringen er "
      "nu oppe på 9 år. Som sidst i øvrigt.\n\n" + SIG_KOMMUNE,
      {"interesser": "PFAS; Affald; Luft", "erfaring": "9"}, sent=S4, unchanged=True),

    c("ow22-da-iphone-kigger-paa-det", "iphone", "Mette Holm",
      "Tak, det kigger jeg på i weekenden 🙂",
      {}, sent=S1),

    c("ow22-da-outlook-ios-kryds-og-tid-skifter", "outlook_ios", "Anders Brøndum",
      "Har sat kryds i skemaet. Erfaring: seksten år, heraf de fire her i kommunen. Tid: lidt "
      "indtil sommerferien, derefter nogen – vi får en ny kollega i august.",
      {"interesser": "Spildevand; Klima", "erfaring": "16"}, ask=["tid"],
      edits=[("set", "[ ] Spildevand", "[x] Spildevand"), ("set", "[ ] Klima", "[x] Klima")]),

    c("ow22-da-gmail-android-stoej-under-barsel", "gmail_android", "Sofie Dahl",
      "Jord og PFAS – og så lidt støj, så længe min kollega er på barsel. 11 år. Sekretær kan "
      "jeg godt være, hvis det kniber med at finde en",
      {"interesser": "PFAS; Støj; Jord", "erfaring": "11", "funktioner": "Sekretær"},
      note="'lidt støj' is an amount of noise work, not the time question"),

    c("ow22-da-thunderbird-netvaerket-affaldstilsyn", "thunderbird", "Rasmus Vinther",
      "Hej\n\nJeg sidder i netværket for miljøtilsyn og har de sidste par år primært lavet "
      "affaldstilsyn og enkelte VVM-screeninger. Erfaring 5 år. Jeg har meget tid lige nu, men "
      "det ændrer sig nok, når vi får ny organisation efter sommer.\n\nMvh\nRasmus",
      {"grupper": "Netværk for miljøtilsyn", "interesser": "Affald; VVM", "erfaring": "5",
       "tid": "Meget"}),

    c("ow22-da-owa-uaendret-ellers-vikariat", "owa", "Camilla Juhl",
      "Hej\n\nUændret ellers, men jeg er gået ned i tid, så skriv lidt i stedet for meget. Jeg "
      "har nu 4 års erfaring.\nAndet: Vikariatet er forlænget til marts 2027\n\n" + SIG_SHORT,
      {"tid": "Lidt", "erfaring": "4", "andet": "Vikariatet er forlænget til marts 2027"},
      sent=S2, unchanged=True),

    c("ow22-da-apple-mail-grundvand-pfassager", "apple_mail", "Jonas Friis",
      "Hej\n\nJeg arbejder med grundvandsbeskyttelse, jordforurening og en del PFAS-sager. Har "
      "været i faget i 6 år. Nogen tid.\n\nHilsen Jonas",
      {"interesser": "PFAS; Jord", "erfaring": "6", "tid": "Nogen"}, ask=["interesser"]),

    c("ow22-da-outlook-android-afbud-januar", "outlook_android", "Pernille Skov",
      "Hej. Jeg kan ikke deltage i mødet den 14. januar pga. kursus, men her er mine svar: "
      "klima og klimatilpasning, spildevand. 2 år. Tid: nogen.",
      {"interesser": "Spildevand; Klima", "erfaring": "2", "tid": "Nogen"}, flagged=True,
      note="absence from a meeting"),

    c("ow22-da-gmail-hoeringstovholder-hvis-ingen-andre", "gmail", "Birgitte Lund",
      "Hej Tovholder\n\nJeg vil gerne være høringstovholder igen, hvis ingen andre melder sig – "
      "og så stopper jeg som sekretær, det har jeg været i tre år nu. Resten står som før."
      "\n\nBirgitte",
      {"funktioner": "Høringstovholder"}, sent=S1, unchanged=True,
      note="Sekretær swapped for høringstovholder ('if nobody else' = if needed); "
           "'tre år' is not her experience"),

    c("ow22-da-iphone-vindmoellestoej-tiende-aar", "iphone", "Kasper Mølgaard",
      "Vindmøllestøj og biogasanlæg fylder mest hos mig. Er på mit tiende år i kommunen. "
      "Tid: meget",
      {"interesser": "Støj", "tid": "Meget"}, ask=["interesser", "erfaring"],
      note="biogas has no option; 'tiende år' is an ordinal, not a number of years"),

    c("ow22-da-outlook-prefix-skrevet-i-skemaet", "outlook_prefix", "Bent Laursen",
      "Svar skrevet ind i skemaet nedenfor.\n\nMvh Bent",
      {"interesser": "Affald; Jord", "tid": "Lidt"}, sent=S4,
      edits=[("add", "1. Interesser", "Affald og jord, ikke længere PFAS"),
             ("add", "5. Tid", "Mindre end før - sæt lidt")]),

    c("ow22-da-outlook-mac-alt-paa-naer-ptx", "outlook_mac", "Jens Ravn",
      "Hej\n\nVi er en lille kommune, så jeg er generalist. Sæt mig på det hele bortset fra "
      "Power-to-X og IE-direktivet – dem har vi ingen af. Erfaring: otteogtyve år. Tid: lidt."
      "\n\n" + SIG_SHORT,
      {"interesser": "PFAS; Spildevand; Affald; Støj; Luft; Jord; Klima; VVM", "erfaring": "28",
       "tid": "Lidt"}),

    c("ow22-da-outlook-html-formand-betinget", "outlook_html", "Maria Østergaard",
      "Hej\n\nJeg har sat kryds nedenfor. Bemærk dog at jeg kun kan tage formandsposten, hvis "
      "Lene vil være næstformand.\n\nVh Maria",
      {"interesser": "Klima", "erfaring": "4", "tid": "Nogen"}, ask=["funktioner"],
      edits=[("set", "[ ] Klima", "[x] Klima"), ("set", "[ ] Formand", "[x] Formand"),
             ("set", "Svar:", "Svar: 4", "4. Erfaring"), ("set", "[ ] Nogen", "[x] Nogen")],
      note="the Formand cross carries a condition on someone else"),

    c("ow22-da-thunderbird-bottom-stopper-som-formand", "thunderbird_bottom", "Hanne Bach",
      "Jeg stopper som formand ved årsskiftet, men fortsætter gerne som høringstovholder. "
      "Tilføj også klimatilpasning til mine områder. Ud over det er der intet nyt.\n\n/Hanne",
      {"funktioner": "Høringstovholder", "interesser": "Affald; Jord; Klima; VVM"}, sent=S3,
      unchanged=True),

    c("ow22-da-gmail-tilsynsnetvaerket-ud", "gmail", "Thomas Kragh",
      "Hej,\n\nJeg har meldt mig ud af tilsynsnetværket og er i stedet kommet med i "
      "PFAS-arbejdsgruppen. Ellers er alt, som det var sidst.\n\nMvh Thomas",
      {"grupper": "Arbejdsgruppe om PFAS"}, sent=S4, unchanged=True),

    c("ow22-da-android-25-aar-skriv-3", "android", "Lone Damgaard",
      "Hej. Jeg har 25 år bag mig i alt, men kun 3 med miljø – før var jeg i byggesag. Skriv "
      "bare 3. Luft og VVM. Ingen funktioner tak, og lidt tid.",
      {"erfaring": "3", "interesser": "Luft; VVM", "funktioner": "", "tid": "Lidt"}),

    c("ow22-da-apple-forward-ogsaa-for-kollega", "apple_forward", "Gitte Thorsen",
      "Jeg fik ikke svaret i tide, så her kommer det. Jeg svarer også for min kollega Mads, som "
      "ikke er på listen endnu: han arbejder også med støj og vil gerne med i gruppen.\n\n"
      "Mig: støj og luft, 4 år, lidt tid.",
      {"interesser": "Støj; Luft", "erfaring": "4", "tid": "Lidt"}, flagged=True,
      note="a colleague who wants to join: for the chair"),

    c("ow22-da-outlook-mere-luft-i-kalenderen", "outlook", "Lise Bjerre",
      "Hej\n\nMed den nye opnormering får jeg mere luft i kalenderen, så I må gerne rykke mig op "
      "på meget. Jeg har desuden overtaget spildevandet fra Kim, der er gået på pension.\n\n"
      "Vh Lise",
      {"tid": "Meget", "interesser": "PFAS; Spildevand; Støj"}, sent=S1,
      note="'luft i kalenderen' is an idiom, not the subject Luft"),

    c("ow22-da-gmail-android-linjer-uden-komma", "gmail_android", "Niels Kirk",
      "pfas\naffaldstilsyn\nVVM en gang imellem\n13 år\nnogen",
      {"interesser": "PFAS; Affald; VVM", "erfaring": "13", "tid": "Nogen"}),

    # --- English on the Danish form -------------------------------------------------------
    c("ow22-en-gmail-daform-swedish-wastewater", "gmail", "Karin Lindqvist",
      "Hi,\n\nSorry, my Danish is not good enough yet for a form like this, so I answer in "
      "English.\n\nI work mainly with wastewater permits and contaminated soil, and since this "
      "spring also a bit with PFAS. I have worked as an inspector for 14 years, the last two of "
      "them here in Denmark. Time: some, but not a lot.\n\nBest regards\nKarin Lindqvist\n"
      "Miljøafdelingen, Example Municipality",
      {"interesser": "PFAS; Spildevand; Jord", "erfaring": "14", "tid": "Nogen"}),

    c("ow22-en-outlook-mac-daform-german-list", "outlook_mac", "Julia Hartmann",
      "Hello,\n\nHere are my answers (in English, I hope that is ok):\n"
      "- Fagområder: luft, IE-direktivet and Power-to-X (two PtX plants are coming to our "
      "municipality)\n- I am in the PFAS working group\n- I could be høringstovholder, but not "
      "formand\n- 9 years in total, 3 of them in Denmark\n- Time: nogen\n\n"
      "Viele Grüße / Mange hilsner\nJulia Hartmann",
      {"interesser": "Luft; IE-direktivet; Power-to-X", "grupper": "Arbejdsgruppe om PFAS",
       "funktioner": "Høringstovholder", "erfaring": "9", "tid": "Nogen"}),

    c("ow22-en-owa-html-daform-dutch-ticks", "owa_html", "Pieter van Dijk",
      "Hi, I ticked the boxes below. About time: I have quite a lot of time now that the big "
      "permit case is finished, so meget.\n\nPieter",
      {"interesser": "Støj; VVM", "erfaring": "15", "tid": "Meget"},
      edits=[("set", "[ ] Støj", "[x] Støj"), ("set", "[ ] VVM", "[x] VVM"),
             ("set", "Svar:", "Svar: 15", "4. Erfaring")]),

    c("ow22-en-iphone-daform-norwegian-danish-words", "iphone", "Ingrid Solberg",
      "Hi, jord and spildevand for me, plus støj now and then. 17 years. I can be sekretær. "
      "Tid: nogen.\n\nHa det bra,\nIngrid",
      {"interesser": "Spildevand; Støj; Jord", "erfaring": "17", "funktioner": "Sekretær",
       "tid": "Nogen"}),

    c("ow22-en-thunderbird-daform-hydrogen-odour", "thunderbird", "Katrin Vogel",
      "Hello,\n\nI mostly work with industry: IED installations and the new hydrogen/PtX plant "
      "at the harbour. Also quite a few odour complaints. 4 years here, and 6 in Hamburg before "
      "that. Time: little.\n\nBeste Grüße\nKatrin",
      {"interesser": "IE-direktivet; Power-to-X", "erfaring": "10", "tid": "Lidt"},
      ask=["interesser"], note="odour has no option; 4 + 6 years in the field"),

    # --- English on the English form ------------------------------------------------------
    c("ow22-en-outlook-enform-noise-to-eia", "outlook", "Tobias Weber",
      "Hi,\n\nA couple of changes from my side: I no longer do noise – that went to our new "
      "colleague in January – but I have picked up the EIA screenings instead. Happy to continue "
      "as chair for one more year. Experience is 21 years now. Everything else as before.\n\n"
      + SIG_EN,
      {"interests": "Wastewater; EIA", "functions": "Chair", "experience": "21"}, sent=E1,
      lang="en", unchanged=True),

    c("ow22-en-iphone-enform-short-staffed", "iphone", "Liam O'Connor",
      "PFAS, soil and IED. 7 years. Little time this year I'm afraid – we are two people short "
      "in the department.",
      {"interests": "PFAS; Soil; IED", "experience": "7", "time": "Little"}, lang="en"),

    c("ow22-en-android-enform-twenty-two", "android", "Øyvind Berg",
      "Hi! Soil and wastewater mostly. Twenty-two years in the business, so I am one of the old "
      "ones :) Not so much time, maybe a little.\n\nØyvind",
      {"interests": "Wastewater; Soil", "experience": "22", "time": "Little"}, lang="en"),

    c("ow22-en-thunderbird-bottom-enform-leaving", "thunderbird_bottom", "Hannah Fischer",
      "Thanks for the form. I'm moving to the Danish EPA in February, so I will leave the group "
      "after the January meeting. Please take me off as secretary straight away. Until then "
      "nothing else has changed.\n\nHannah",
      {"functions": ""}, sent=E3, lang="en", unchanged=True, flagged=True,
      note="leaving the group"),

    c("ow22-en-gmail-android-enform-dropped-pfas-group", "gmail_android", "Freya Nilsson",
      "Same as last year, except I've dropped out of the PFAS working group – too many meetings "
      "for me. And it's 11 years now, obviously.",
      {"groups": "Inspection network", "experience": "11"}, sent=E2, lang="en",
      unchanged=True),

    c("ow22-en-apple-mail-enform-labels-and-leave", "apple_mail", "Aisling Murphy",
      "Hi,\n\nInterests: climate adaptation and wastewater (mostly stormwater and overflows).\n"
      "Experience: 12 years altogether, 5 of them in Odense.\nTime: depends on the season – ask "
      "me again in spring.\nOther: I'm on parental leave in May and June\n\nBest,\nAisling",
      {"interests": "Wastewater; Climate", "experience": "12",
       "other": "I'm on parental leave in May and June"}, lang="en", ask=["time"]),

    c("ow22-en-outlook-ios-enform-yes-no-groups", "outlook_ios", "Marcus Lindberg",
      "Inspection network yes, PFAS group no. I do mostly waste and IED installations. Could be "
      "secretary if needed. 8 years. Some time.",
      {"groups": "Inspection network", "interests": "Waste; IED", "functions": "Secretary",
       "experience": "8", "time": "Some"}, lang="en"),

    c("ow22-en-owa-enform-chair-hand-over", "owa", "Daniel Schmidt",
      "Hi,\n\nI'll stay on as chair for now, but I'd like to hand it over during 2027 – could we "
      "talk about that at the next meeting? Please add PFAS and soil, we got three new PFAS "
      "sites this autumn. 21 years now.\n\n" + SIG_EN,
      {"interests": "PFAS; Waste; Noise; Soil", "functions": "Chair", "experience": "21"},
      sent=E4, lang="en", flagged=True, note="a request to the chair about the chair role"),

    c("ow22-en-gmail-enform-absence-30-hours", "gmail", "Emma Larsson",
      "Hi — PFAS and climate, 5 years, little time (I work 30 hours a week). By the way, I "
      "can't make the meeting on 14 January, I have an inspection that day.\n\nEmma",
      {"interests": "PFAS; Climate", "experience": "5", "time": "Little"}, lang="en",
      flagged=True, note="absence from a meeting"),
]
