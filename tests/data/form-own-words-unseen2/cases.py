# ruff: noqa: E501
"""Second unseen part of the own-words form replies (issue 14), by hand, written blind: without
reading the parser, the reply code or its tests, and never run through the parser. What a careful
human secretary records from each reply. People invented, at example.org."""

from __future__ import annotations

import os
import sys
from pathlib import Path

_REPO = Path(os.environ.get("TOVHOLDER_REPO") or Path(__file__).resolve().parents[3])
sys.path.insert(0, str(_REPO / "tests" / "data" / "form-own-words"))

from common import BOTH, E1, E2, S1, S2, S3, S4, SIG_EN, SIG_KOMMUNE, SIG_SHORT, c  # noqa: E402

CASES = [
    # --- Danish -----------------------------------------------------------------------------
    c("ow2-da-outlook-lidt-tid-bemanding", "outlook", "Birgitte Holmgaard",
      "Hej\n\nJeg har kun lidt tid til gruppen i år, da vi er gået ned i bemanding i "
      "afdelingen. Resten står fint som det er.\n\n" + SIG_SHORT,
      {"tid": "Lidt"}, S1, unchanged=True,
      note="reason after the time; 'gruppen' is no label; rest as it stands"),

    c("ow2-da-iphone-dash-klimatilpasning", "iphone", "Rasmus Kjærgaard",
      "Spildevand - jord - klimatilpasning\n14 år\nNogen tid",
      {"interesser": "Spildevand; Jord; Klima", "erfaring": "14", "tid": "Nogen"}, {},
      note="dashes split; klimatilpasning is Klima; Nogen without a label"),

    c("ow2-da-gmail-seksogtyve-heraf-grundvand", "gmail", "Bent Overgaard",
      "Hej\n\nInteresser: PFAS og grundvand\nJeg har arbejdet med miljø i seksogtyve år, "
      "heraf de sidste 5 her i kommunen.\nTid: Meget, i hvert fald indtil sommer.\n\nMvh Bent",
      {"interesser": "PFAS", "erfaring": "26", "tid": "Meget"}, {}, ask=["interesser"],
      note="grundvand is no option; experience in the field is 26 (5 is in this municipality)"),

    c("ow2-da-owa-fjern-affald-tilfoej", "owa", "Lone Brøndum",
      "Fjern venligst Affald – det område er overgået til en ny kollega. Tilføj til gengæld "
      "Jord og Støj.\nJeg kan godt fortsætte som høringstovholder.\n\nMvh\nLone",
      {"interesser": "PFAS; Støj; Jord", "funktioner": "Høringstovholder"}, S4,
      note="removal with a reason after an en dash, two additions, function kept"),

    c("ow2-da-thunderbird-nogen-ikke-meget-uaendret-ellers", "thunderbird", "Peter Saabye",
      "Tid: nogen (ikke meget længere, jeg har fået en ny stilling)\n\nUændret ellers.\n\n"
      "Peter",
      {"tid": "Nogen"}, S2, unchanged=True,
      note="'ikke meget' in the reason is not the answer; 'Uændret ellers'"),

    c("ow2-da-apple-affaldstilsyn-siden-2009", "apple_mail", "Mette Lykkegaard",
      "Jeg sidder primært med affaldstilsyn og jordforurening, lidt støjsager ind imellem.\n"
      "Har været i faget siden 2009.\nJeg er med i tilsynsnetværket.\n\nMette",
      {"interesser": "Affald; Støj; Jord", "grupper": "Netværk for miljøtilsyn"}, {},
      ask=["erfaring"],
      note="compounds; 'lidt støjsager' is no time; a year instead of a number of years"),

    c("ow2-da-android-pil-ved-meget", "android", "Jens Thorhauge",
      "Har sat en pil ved tiden, resten er det samme.\n\nJens",
      {"tid": "Meget"}, S3, unchanged=True,
      edits=[("set", "[x] Lidt", "[ ] Lidt"), ("set", "[ ] Meget", "[ ] Meget   <---- nu")],
      note="an arrow as the mark, the old cross removed"),

    c("ow2-da-outlook-ios-en-del-tid-sekretaer-hvis", "outlook_ios", "Camilla Westergaard",
      "Sæt mig på PFAS og spildevand. Har en del tid til det her, vil gerne være sekretær "
      "hvis ingen andre melder sig.",
      {"interesser": "PFAS; Spildevand", "funktioner": "Sekretær"}, {}, ask=["tid"],
      note="'en del tid' sits between Nogen and Meget: asked; secretary with a condition"),

    c("ow2-da-outlook-html-kryds-og-ord", "outlook_html", "Torben Riis",
      "Jeg har sat kryds ved klima. Og så er jeg ikke længere med i PFAS-arbejdsgruppen, men jeg "
      "beholder PFAS som fagområde. Tiden er den samme.\n\n" + SIG_KOMMUNE,
      {"interesser": "PFAS; Støj; Klima", "grupper": ""}, S1,
      edits=[("set", "[ ] Klima", "[x] Klima")],
      note="cross plus words; the group removed, the interest kept; only time said to be the same"),

    c("ow2-da-gmail-android-smaa-saetninger", "gmail_android", "Sofie Dalsgaard",
      "støj og luft primært. også lidt vvm. 16 år i faget. nogen tid",
      {"interesser": "Støj; Luft; VVM", "erfaring": "16", "tid": "Nogen"}, {},
      note="full stops before lower case; 'lidt vvm' is an interest, not time"),

    c("ow2-da-thunderbird-bottom-ni-luft", "thunderbird_bottom", "Morten Kirkegaard",
      "Det andet passer stadig.\n\nHilsen\nMorten",
      {"erfaring": "9", "interesser": "PFAS; Affald; Luft"}, S4, unchanged=True,
      edits=[("set", "Svar: 8", "Svar: ni"), ("add", "1. Interesser", "Luft er kommet til i år")],
      note="typed lines in the quote, a number word; 'Det andet passer stadig' is no Andet"),

    c("ow2-da-outlook-prefix-og-saa-ie-anlaeg", "outlook_prefix", "Hanne Bech",
      "Interesser: jord, PFAS og spildevand – og så sidder jeg også med IE-anlæg\nErfaring: 7",
      {"interesser": "PFAS; Spildevand; Jord; IE-direktivet", "erfaring": "7"}, {},
      note="the tail after the dash must not be dropped; IE-anlæg is IE-direktivet"),

    c("ow2-da-owa-html-afbud-kommentarer", "owa_html", "Anders Friis",
      "Hej\n\nJeg kan desværre ikke deltage i mødet d. 14. januar, da jeg er på kursus. Mine "
      "kommentarer til skemaet: Luft er udgået, resten passer.\n\n" + SIG_SHORT,
      {"interesser": "Spildevand; Klima"}, S2, unchanged=True, flagged=True,
      note="an absence (for the chair); 'kommentarer' is no Andet label"),

    c("ow2-da-iphone-ikke-formand-saet-mig-paa-meget", "iphone", "Kirsten Ravn",
      "Jeg vil ikke længere stille op som formand, men høringstovholder vil jeg gerne blive ved "
      "med. Og jeg har fået mere tid nu hvor projektet er afsluttet, så sæt mig på meget.",
      {"funktioner": "Høringstovholder", "tid": "Meget"}, S3,
      note="negation of a function, a kept one; Meget without a label after a reason"),

    c("ow2-da-android-landbrug-lugt", "android", "Niels Hvidberg",
      "Jeg arbejder med miljøgodkendelser af landbrug og lugtgener. Erfaring: 3 år som "
      "færdiguddannet. Tid: lidt",
      {"erfaring": "3", "tid": "Lidt"}, {}, ask=["interesser"],
      note="neither area is an option (lugt could be Luft, not certain): asked, not guessed"),

    c("ow2-da-outlook-mac-byt-ud-som-sidst", "outlook_mac", "Dorthe Skov",
      "Byt Støj ud med Luft. Erfaringen er nu 13 år. Ellers som sidst.\n\nDorthe",
      {"interesser": "PFAS; Luft", "erfaring": "13"}, S1, unchanged=True,
      note="swap, 'Erfaringen' inside a sentence, 'Ellers som sidst'"),

    c("ow2-da-outlook-android-tak-weekend", "outlook_android", "Claus Mikkelsen",
      "Tak, det kigger jeg på i weekenden.",
      {}, S4,
      note="nothing about the form yet"),

    c("ow2-da-gmail-hele-saetninger", "gmail", "Karina Dybdahl",
      "Hej Tovholder\n\nJeg arbejder mest med spildevandet fra industrien og en del med støj fra "
      "virksomheder. Jeg er med i netværket for miljøtilsyn, men ikke i PFAS-gruppen. Formand: "
      "nej tak. Sekretær kan jeg godt tage en tur som. Jeg har arbejdet med det i 11 år og har ikke så "
      "meget tid i år.\n\nVh Karina",
      {"interesser": "Spildevand; Støj", "grupper": "Netværk for miljøtilsyn",
       "funktioner": "Sekretær", "erfaring": "11", "tid": "Lidt"}, {},
      note="sentences; 'Formand: nej tak' is no; 'ikke så meget tid' is Lidt"),

    c("ow2-da-thunderbird-andet-pension", "thunderbird", "Grethe Vinther",
      "Andet: Jeg går på pension 1. oktober, så det er mit sidste år i gruppen.\n"
      "Tid: lidt (som før)\n\nGrethe",
      {"andet": "Jeg går på pension 1. oktober, så det er mit sidste år i gruppen.",
       "tid": "Lidt"}, S3, flagged=True,
      note="labelled Andet recorded; leaving the group is for the chair; 'som før' is about time"),

    c("ow2-da-owa-atten-heraf-tid-efter-nytaar", "owa", "Lars Bundgaard",
      "PFAS, Jord\nJeg har 18 års erfaring i alt, heraf 6 med jord\n"
      "Meget tid efter nytår, indtil da lidt\n\n" + SIG_KOMMUNE,
      {"interesser": "PFAS; Jord", "erfaring": "18"}, {}, ask=["tid"],
      note="two numbers, the total is the answer; two time amounts by period: asked"),

    c("ow2-da-apple-forward-svar-forsinkelse", "apple_forward", "Susanne Hald",
      "Her er mine svar, beklager forsinkelsen:\nAffald og jord\nErfaring 4 år\nTid: Nogen\n"
      "Jeg vil gerne stå på listen som høringstovholder",
      {"interesser": "Affald; Jord", "erfaring": "4", "tid": "Nogen",
       "funktioner": "Høringstovholder"}, {},
      note="a forward from the iPhone; answers as lines without most labels"),

    c("ow2-da-outlook-ae-oe-aa", "outlook", "Jesper Lund",
      "Hej, jeg har faaet lidt mere erfaring siden sidst - 4 aar nu. Stoej er kommet til. Det "
      "oevrige er uaendret.\n\nJesper",
      {"erfaring": "4", "interesser": "Spildevand; Støj; Luft; Klima"}, S2, unchanged=True,
      note="ae/oe/aa spellings; 'lidt mere erfaring' is no time"),

    c("ow2-da-gmail-alle-undtagen-maaske", "gmail", "Pia Kronborg",
      "Alle fagområderne undtagen Power-to-X og IE-direktivet\nbegge grupper\n"
      "Formand nej, sekretær nej, høringstovholder måske",
      {"interesser": "PFAS; Spildevand; Affald; Støj; Luft; Jord; Klima; VVM", "grupper": BOTH},
      {}, ask=["funktioner"],
      note="all but two; both groups; 'måske' is for the chair"),

    c("ow2-da-iphone-virksomhedstilsyn", "iphone", "Ole Brandt",
      "Jeg laver mest virksomhedstilsyn og lidt spildevand. 6 år. Tid: nogen",
      {"interesser": "Spildevand", "erfaring": "6", "tid": "Nogen"}, {}, ask=["interesser"],
      note="virksomhedstilsyn is a work area with no option, not the network: asked"),

    # --- English ----------------------------------------------------------------------------
    c("ow2-en-outlook-remove-noise-add-soil", "outlook", "Helen Marsh",
      "Hi,\n\nPlease remove Noise, I handed that over to a new colleague in September. Add soil "
      "and contaminated land. I'm happy to stay on as chair for another term. Everything else "
      "is the same.\n\n" + SIG_EN,
      {"interests": "Wastewater; Soil", "functions": "Chair"}, E1, unchanged=True, lang="en",
      note="removal with a reason, addition, function kept, rest the same"),

    c("ow2-en-iphone-twenty-two-consultations", "iphone", "Simon Ashby",
      "Mostly wastewater and PFAS these days\nTwenty-two years in environmental regulation\n"
      "Not much time I'm afraid\nHappy to help with consultations",
      {"interests": "PFAS; Wastewater", "experience": "22", "time": "Little"}, {},
      ask=["functions"], lang="en",
      note="number words; helping with consultations is not clearly the coordinator role"),

    c("ow2-en-gmail-android-lowercase-left-group", "gmail_android", "Maria Lindqvist",
      "i left the pfas working group in the summer and i'm doing noise now as well as air and "
      "climate. 11 years now. time is less than before, some i guess",
      {"groups": "Inspection network", "interests": "Noise; Air; Climate", "experience": "11",
       "time": "Some"}, E2, lang="en",
      note="lower case, one long clause chain; hedged Some"),

    c("ow2-en-thunderbird-eia-groundwater-or", "thunderbird", "Daniel Frost",
      "Interests: environmental impact assessments, IED permits and groundwater\nGroups: none\n"
      "Functions: secretary or chair, not both\nExperience: 5 years in this job, 9 in total\n"
      "Time: some\n\nDaniel",
      {"interests": "EIA; IED", "groups": "", "experience": "9", "time": "Some"}, {},
      ask=["interests", "functions"], lang="en",
      note="EIA spelled out; groundwater no option; 'or, not both' is for the chair; total years"),

    c("ow2-en-outlook-mac-html-bullets-otherwise", "outlook_mac_html", "Fiona Keane",
      "Two changes:\n• I can't be chair next year – I'll have a new role in the planning "
      "department\n• Time: little from January\nOtherwise as before.\n\nFiona",
      {"functions": "", "time": "Little"}, E1, unchanged=True, lang="en",
      note="bullets; a negated function with a reason; 'Otherwise as before'"),

    c("ow2-en-apple-newcomer-livestock", "apple_mail", "Oliver Nyborg",
      "Hello, I'm new in the group so I'm not sure what to put. I work with environmental permits "
      "for livestock farms and some odour complaints. I've been qualified for two years. Could "
      "the chair tell me which working group is best for a newcomer?\n\nOliver",
      {"experience": "2"}, {}, ask=["interests"], flagged=True, lang="en",
      note="no option fits the areas; 'some odour' is no time; a question for the chair"),

    c("ow2-en-outlook-ios-crosses-power-to-x", "outlook_ios", "Rachel Dunmore",
      "Changed my time. Also I'd add Power to X – we have two plants in planning. Rest unchanged.",
      {"interests": "Air; Climate; Power-to-X", "time": "Some"}, E2, unchanged=True, lang="en",
      edits=[("set", "[x] Much", "[ ] Much"), ("set", "[ ] Some", "[x] Some")],
      note="crosses moved, an addition in words without hyphens"),

    c("ow2-en-thunderbird-bottom-fine-apart-from", "thunderbird_bottom", "George Whitfield",
      "Fine as it is, apart from experience: 21 now.\n\nGeorge",
      {"experience": "21"}, E1, unchanged=True, lang="en",
      note="bottom posting; unchanged with an exception"),
]
