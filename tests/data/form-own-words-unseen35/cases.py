"""Blind part 35 of the own-words form replies (issue 14), by hand, without reading the parser.

A round sent right after the group (30 municipal environment officers) drew lots for the
functions nobody took: some accept what they drew, some protest or want to swap with a named
colleague, some volunteer for another function, most only update topics, years or time; a few
in English. The expected answers are what a careful human secretary records, never the parser's.
People invented, at example.org.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]

_spec = importlib.util.spec_from_file_location(
    "own_words_common", ROOT / "tests" / "data" / "form-own-words" / "common.py")
_common = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_common)

c = _common.c
S1, S2, S3, S4 = _common.S1, _common.S2, _common.S3, _common.S4
E1, E2 = _common.E1, _common.E2
SIG_KOMMUNE, SIG_SHORT, SIG_EN = _common.SIG_KOMMUNE, _common.SIG_SHORT, _common.SIG_EN

CASES = [
    # --- accepting the drawn function ------------------------------------------------------
    c("ow35-da-outlook-tager-sekretaer", "outlook", "Birthe Kjærgaard",
      "Hej\n\nJeg blev trukket som sekretær, og det er helt i orden – jeg tager den. Så skriv "
      "mig på som sekretær ud over høringstovholder.\n\nResten er som før.\n\n" + SIG_KOMMUNE,
      {"funktioner": "Høringstovholder; Sekretær"}, S4, unchanged=True),
    c("ow35-da-outlook_ios-to-tal-og-ja", "outlook_ios", "Søren Vestergaard",
      "Erfaring: 11 år i alt, heraf 4 her i kommunen.\nSekretær, som jeg blev trukket til, "
      "tager jeg gerne.\nIntet andet nyt.",
      {"erfaring": "11", "funktioner": "Høringstovholder; Sekretær"}, S4, unchanged=True),
    c("ow35-da-outlook-pil-og-ja-tak", "outlook", "Grethe Bisgaard",
      "Se mine rettelser nedenfor. Jeg blev trukket som sekretær i går og siger ja tak til "
      "det.\n\n" + SIG_SHORT,
      {"tid": "Nogen", "funktioner": "Formand; Høringstovholder; Sekretær"}, S3,
      edits=[("set", "[x] Lidt", "[ ] Lidt"), ("set", "[ ] Nogen", "[ ] Nogen   <-- den her")]),
    c("ow35-da-outlook_html-kryds-hoering-andet", "outlook_html", "Maja Thorsen",
      "Hej\n\nHar sat kryds ved høringstovholder – den trak jeg jo. Og rettet vikariatet "
      "nederst.\n\n" + SIG_SHORT,
      {"funktioner": "Høringstovholder", "andet": "Barselsvikar til december"}, S2,
      edits=[("set", "[ ] Høringstovholder", "[x] Høringstovholder"),
             ("set", "Svar: Barselsvikar til juni", "Svar: Barselsvikar til december")]),
    c("ow35-en-outlook-accept-chair", "outlook", "Rasmus Holt",
      "Hi,\n\nI drew chair and I'm fine with it - please put me down as chair. Everything else "
      "is unchanged.\n\n" + SIG_EN,
      {"functions": "Chair"}, E2, lang="en", unchanged=True),
    c("ow35-en-android-keep-chairing", "android", "Tove Riis",
      "Same as last year except time - a lot less now, so little. Happy to keep chairing.",
      {"time": "Little", "functions": "Chair"}, E1, lang="en", unchanged=True),

    # --- protesting, swapping, volunteering instead --------------------------------------------
    c("ow35-da-iphone-protest-formand", "iphone", "Karen Holmgaard",
      "Hej\nJeg er blevet trukket som formand, men det kan jeg ikke overkomme ved siden af "
      "min stilling. Kan I trække igen? Sekretær bliver jeg gerne ved med.\nMvh Karen",
      {"funktioner": "Sekretær"}, S1, flagged=True,
      note="asks for a new draw: for the chair"),
    c("ow35-da-gmail-bytte-hvis-henrik", "gmail", "Lone Skovbo",
      "Hej\n\nJeg vil hellere være høringstovholder end sekretær, som jeg trak, hvis Henrik "
      "Dam er med på at bytte. Jeg har ikke fået fat i ham endnu.\n\nLuft arbejder jeg ikke "
      "med længere - det er flyttet til en kollega.\n\nHilsen Lone",
      {"interesser": "Spildevand; Klima"}, S2, ask=["funktioner"],
      note="the function depends on a colleague: asked"),
    c("ow35-da-owa-frivillig-hoering", "owa", "Anders Kirkegaard",
      "Hej\n\nJeg melder mig frivilligt som høringstovholder, så I ikke skal trække lod om den "
      "igen. Jeg arbejder med spildevand og jord, har 14 år i faget og har nogen tid.\n\n"
      + SIG_KOMMUNE,
      {"funktioner": "Høringstovholder", "interesser": "Spildevand; Jord", "erfaring": "14",
       "tid": "Nogen"}),
    c("ow35-da-outlook_android-formand-i-stedet", "outlook_android", "Jesper Mølgaard",
      "Jeg trak sekretær, men det er jeg ærligt talt dårlig til. Formand vil jeg gerne. Kan I "
      "finde en anden til sekretær?",
      {"funktioner": "Formand"}, S2, flagged=True,
      note="asks the chair to find another secretary"),
    c("ow35-da-outlook-byttet-med-morten", "outlook", "Pia Lauritsen",
      "Hej\n\nJeg har byttet med Morten Lund – han tager sekretærjobbet, og jeg tager "
      "høringerne. Det har vi aftalt med formanden. Ellers uændret.\n\n" + SIG_KOMMUNE,
      {"funktioner": "Høringstovholder"}, S1, unchanged=True,
      edits=[("set", "[x] Sekretær", "[ ] Sekretær"),
             ("set", "[ ] Høringstovholder", "[x] Høringstovholder")]),
    c("ow35-da-thunderbird-ptx-nej-tak", "thunderbird", "Niels Brandt",
      "Vi har fået to brintanlæg og et PtX-projekt ved havnen, så sæt Power-to-X på. Sekretær: "
      "nej tak, selvom jeg blev trukket. Det har jeg allerede skrevet til formanden om.\n\n"
      "Niels",
      {"interesser": "Affald; Jord; VVM; Power-to-X"}, S3,
      note="the decline is already with the chair; Sekretær stays off"),
    c("ow35-en-gmail-swap-agreed", "gmail", "Hanne Friis",
      "Hi all,\n\nI was drawn as secretary, but Lars Holm and I have agreed to swap: he takes "
      "secretary and I'll be consultation coordinator. Could you update the draw accordingly? "
      "I'll stay on as chair as well.\n\nAlso please add PFAS to my subjects.\n\nHanne",
      {"functions": "Chair; Consultation coordinator", "interests": "PFAS; Wastewater; Noise"},
      E1, lang="en", flagged=True, note="asks to update the draw: for the chair"),
    c("ow35-en-owa-cannot-place", "owa", "Michael Dahl",
      "Hello,\n\nI'm taking over the contaminated sites portfolio and our odour complaints. "
      "Years: 21 as of January. I can't be chair next year, so the draw should be redone for "
      "that.\n\n" + SIG_EN,
      {"experience": "21", "functions": ""}, E1, lang="en", ask=["interests"],
      note="contaminated sites / odour: no confident option"),
    c("ow35-da-android-stopper", "android", "Ulla Bech",
      "Hej. Jeg stopper i kommunen til februar og dermed også i gruppen, så I må trække om "
      "høringstovholder igen. Beklager!",
      {}, S4, flagged=True, note="leaving the group: for the chair, nothing recorded"),

    # --- only topics, years, time ------------------------------------------------------------
    c("ow35-da-thunderbird-kun-emner", "thunderbird", "Ida Rosenkilde",
      "Har rettet i emnerne. Støj er gået over til teknisk forvaltning. Resten passer "
      "stadig.\n\nIda",
      {"interesser": "PFAS; Luft"}, S1, unchanged=True,
      edits=[("set", "[ ] Luft", "[x] Luft"), ("set", "[x] Støj", "[ ] Støj")]),
    c("ow35-da-android-seksogtyve", "android", "Poul Erik Vinther",
      "Erfaring: seksogtyve år, ikke 20 – jeg startede i amtet i 2000. Ellers ingen "
      "ændringer.",
      {"erfaring": "26"}, S3, unchanged=True),
    c("ow35-da-apple_mail-affaldstilsyn", "apple_mail", "Camilla Winther",
      "Hej\n\nJeg er gået over til affaldstilsynet, så spildevand kan I fjerne. Er stadig med "
      "i netværket for miljøtilsyn, men er trådt ud af PFAS-arbejdsgruppen.\n\n" + SIG_SHORT,
      {"interesser": "Affald; Luft; Klima", "grupper": "Netværk for miljøtilsyn"}, S2),
    c("ow35-da-gmail_android-lidt-pga-barsel", "gmail_android", "Rikke Aagaard",
      "Kan desværre kun give lidt i foråret pga. barsel i afdelingen. Sekretær fortsætter jeg "
      "gerne med",
      {"tid": "Lidt", "funktioner": "Sekretær"}, S1),
    c("ow35-da-outlook_mac-som-foer-paa-naer", "outlook_mac", "Torben Lykke",
      "Som før på nær tid: meget nu, da tilsynskampagnen er slut.\n\nTorben",
      {"tid": "Meget"}, S4, unchanged=True),
    c("ow35-da-thunderbird_bottom-nogen-anden", "thunderbird_bottom", "Bente Højer",
      "Interesser: affald – jord – og nu også PFAS. Fjern VVM.\n21 år.\nFormand bliver jeg ved "
      "med, høringstovholder må nogen anden overtage.\n\nBente",
      {"interesser": "PFAS; Affald; Jord", "erfaring": "21", "funktioner": "Formand"}, S3,
      note="'nogen anden' is no time answer"),
    c("ow35-da-iphone-spildevandet-lidt-stoej", "iphone", "Kasper Nørgaard",
      "Spildevandet har jeg ikke mere. Til gengæld klimatilpasning og lidt støjsager. Resten "
      "står ved magt.",
      {"interesser": "Støj; Luft; Klima"}, S2, unchanged=True,
      note="'lidt støjsager' says nothing about time"),
    c("ow35-da-gmail-tolv-ikke-otte", "gmail", "Lars Ebbesen",
      "Hej igen\n\nEn rettelse: erfaringen er snarere tolv år end otte, jeg havde glemt årene "
      "i Region Midt. Og jeg kan også godt tage sekretær, hvis I mangler en.\n\n" + SIG_SHORT,
      {"erfaring": "12", "funktioner": "Høringstovholder; Sekretær"}, S4),
    c("ow35-da-gmail_android-smaa-bogstaver", "gmail_android", "Mette Juhl",
      "pfas og jord og en smule klima, 7 år, meget. kan godt være høringstovholder",
      {"interesser": "PFAS; Jord; Klima", "erfaring": "7", "tid": "Meget",
       "funktioner": "Høringstovholder"}),
    c("ow35-da-outlook_prefix-pfas-gruppen-ude", "outlook_prefix", "Hans Christian Dybdahl",
      "PFAS-gruppen er jeg ude af nu, men netværket for miljøtilsyn er jeg kommet med i. Alt "
      "det andet er uændret.\n\nHC",
      {"grupper": "Netværk for miljøtilsyn"}, S1, unchanged=True,
      note="leaving the PFAS group is not dropping the PFAS interest"),
    c("ow35-da-apple_mail-andet-kursus", "apple_mail", "Jytte Bundgaard",
      "Tovholder for høringer fortsætter jeg gerne med.\nAndet: Jeg er på kursus hele marts og "
      "kan ikke tage høringer der\n\nJytte",
      {"funktioner": "Høringstovholder",
       "andet": "Jeg er på kursus hele marts og kan ikke tage høringer der"}, S4),
    c("ow35-en-iphone-not-much-time", "iphone", "Sofie Lindberg",
      "Not much time until the summer - new baby at home. Otherwise as before.",
      {"time": "Little"}, E2, lang="en", unchanged=True),
    c("ow35-en-thunderbird-twenty-three", "thunderbird", "Peter Asmussen",
      "Soil and wastewater, plus a bit of noise. Twenty-three years in the field, some time. "
      "I'd take secretary if nobody else wants it.\n\nPeter",
      {"interests": "Wastewater; Noise; Soil", "experience": "23", "time": "Some",
       "functions": "Secretary"}, lang="en",
      note="'a bit of noise' is no time answer"),
    c("ow35-en-apple_mail-range-ied", "apple_mail", "Eva Marcussen",
      "Experience is somewhere between 10 and 15 years, depending on how you count. Add IED "
      "please, I've got three IED plants now.\n\nEva",
      {"interests": "Air; Climate; IED"}, E2, lang="en", ask=["experience"],
      note="a range of years: asked; 'three' counts plants"),

    # --- things a secretary cannot place, absences, nothing -----------------------------------
    c("ow35-da-iphone-referent", "iphone", "Frederik Holst",
      "Jeg blev trukket som referent, men det står ikke på listen? Jeg kan godt tage det. "
      "Arbejder med PFAS og drikkevandsboringer.",
      {"interesser": "PFAS"}, ask=["funktioner", "interesser"],
      note="'referent' and 'drikkevandsboringer' are no options"),
    c("ow35-da-owa-tilsynsnetvaerk-industri", "owa", "Susanne Krogh",
      "Hej\n\nJeg er med i tilsynsnetværket og arbejder med industritilsyn og støj. 9 år. Tid: "
      "lidt. Høringstovholder, som jeg blev trukket til, tager jeg gerne.\n\n" + SIG_KOMMUNE,
      {"grupper": "Netværk for miljøtilsyn", "interesser": "Støj", "erfaring": "9",
       "tid": "Lidt", "funktioner": "Høringstovholder"}, ask=["interesser"],
      note="'industritilsyn' is not confidently IE-direktivet"),
    c("ow35-da-owa_html-afbud-kommentarer", "owa_html", "Kirsten Overgaard",
      "Hej\n\nJeg kan ikke deltage i mødet den 14. januar, hvor lodtrækningen gennemgås – har I "
      "andre kommentarer til mig, så skriv endelig. Ellers er skemaet uændret.\n\n"
      + SIG_KOMMUNE,
      {}, S1, unchanged=True, flagged=True, note="an absence from a meeting"),
    c("ow35-da-gmail-tak-tillykke", "gmail", "Ole Bredahl",
      "Tak, og tillykke til Jonas med formandsposten :)",
      {}, S4, note="courtesy only"),
    c("ow35-da-owa-hvad-er-funktioner", "owa", "Lene Svendsen",
      "Hvad menes der med funktioner – er det kun de tre, eller også tovholder på enkeltsager? "
      "Jeg venter med at svare på det, til jeg ved det. Tiden er dog stadig meget.",
      {"tid": "Meget"}, S2, flagged=True, note="a question about the form"),
    c("ow35-da-outlook_ios-halvt-aar", "outlook_ios", "Emil Kragh",
      "Jeg har været her et halvt år og før det 3 år i Vejle. Spildevand primært. Lidt tid i "
      "år.",
      {"interesser": "Spildevand", "tid": "Lidt"}, ask=["erfaring"],
      note="three and a half years: no whole number to record"),
    c("ow35-da-apple_forward-sender-retur", "apple_forward", "Nanna Kofoed",
      "Sender lige skemaet retur, jeg kunne ikke svare direkte fra telefonen.\n\nKlima og luft, "
      "5 år, meget tid.\nAndet: ny i gruppen fra januar",
      {"interesser": "Luft; Klima", "erfaring": "5", "tid": "Meget",
       "andet": "ny i gruppen fra januar"}),
    c("ow35-en-outlook_mac_html-english-danish-form", "outlook_mac_html", "Julia Becker",
      "Sorry for answering in English. I accept the secretary role I drew, it's already ticked. "
      "Please remove noise, I don't do that anymore, and add air. Time: some. Rest unchanged.",
      {"interesser": "PFAS; Luft", "tid": "Nogen", "funktioner": "Sekretær"}, S1,
      unchanged=True, note="English reply on the Danish form"),
]
