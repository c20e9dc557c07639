"""Part 50 of the blind own-words corpus (issue 14): a spring round in a working group of 25
municipal environment officers, about half writing in English (on the Danish and the English
form), some mixing the two languages, the rest in Danish. By hand, without reading the parser;
the expectations are a careful human secretary's. People invented, at example.org."""

from __future__ import annotations

import importlib.util
from pathlib import Path

_spec = importlib.util.spec_from_file_location(
    "own_words_common", Path(__file__).resolve().parents[1] / "form-own-words" / "common.py")
_common = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_common)
c, SIG_KOMMUNE, SIG_SHORT, SIG_EN = (_common.c, _common.SIG_KOMMUNE, _common.SIG_SHORT,
                                     _common.SIG_EN)

# Pre-filled answers from last round (Danish form ids/options; English form ids/options).
DA_A = {"interesser": "Spildevand; Jord", "grupper": "Netværk for miljøtilsyn", "funktioner": "",
        "erfaring": "7", "tid": "Nogen"}
DA_B = {"interesser": "PFAS; Affald; IE-direktivet", "grupper": "Arbejdsgruppe om PFAS",
        "funktioner": "Sekretær", "erfaring": "15", "tid": "Lidt"}
DA_C = {"interesser": "Støj; Luft; VVM",
        "grupper": "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS", "funktioner": "Formand",
        "erfaring": "22", "tid": "Meget", "andet": "Deltager gerne i høringer om vindmøller"}
DA_D = {"interesser": "Klima; Power-to-X", "grupper": "", "funktioner": "Høringstovholder",
        "erfaring": "4", "tid": "Nogen", "andet": "Vikar til 1. juni"}
EN_A = {"interests": "Soil; Climate; Power-to-X", "groups": "PFAS working group",
        "functions": "Secretary", "experience": "5", "time": "Some"}
EN_B = {"interests": "Wastewater; Air", "groups": "Inspection network",
        "functions": "Consultation coordinator", "experience": "11", "time": "Little"}
EN_C = {"interests": "PFAS; Noise; EIA; IED", "groups": "Inspection network; PFAS working group",
        "functions": "Chair; Secretary", "experience": "18", "time": "Much"}

CASES = [
    c("ow50-en-outlook-moved-to-soil-team", "outlook", "Fiona McAllister",
      "Hi,\n\nA few updates from my side. Since September I've moved to the contaminated soil "
      "team, so please add Soil and take Wastewater off – I still do the air permits though.\n"
      "Experience is now 12 years. Rest as before.\n\n" + SIG_EN,
      {"interests": "Air; Soil", "experience": "12"}, EN_B, lang="en", unchanged=True),

    c("ow50-da-iphone-klimatilpasningsprojekt", "iphone", "Mette Kjærgaard",
      "Hej\nJeg er kommet med i klimatilpasningsprojektet, så sæt gerne klima på. Ellers er alt "
      "som sidste år.\nMvh {first}",
      {"interesser": "Spildevand; Jord; Klima"}, DA_A, unchanged=True,
      note="klimatilpasning -> Klima (added to the pre-filled set)"),

    c("ow50-en-gmail-daform-new-member-numbered", "gmail", "Jonas Weber",
      "Hello,\nI'm new in the group (started at the municipality in August), so here are my "
      "answers in English, hope that's ok.\n1. I work mostly with wastewater and noise, a bit "
      "with air as well.\n2. Not in any groups yet.\n3. I could be secretary.\n4. Nine years, "
      "most of them in Germany.\n5. Some time.\nCheers\n{name}",
      {"interesser": "Spildevand; Støj; Luft", "grupper": "", "funktioner": "Sekretær",
       "erfaring": "9", "tid": "Nogen"},
      {}, note="English on the Danish form, first time; options via the English form's names"),

    c("ow50-da-outlook-html-crosses-and-reason", "outlook_html", "Søren Bak Holm",
      "Hej. Har rettet i skemaet nedenfor – affald er overgået til genbrugspladsen, og jeg er "
      "kommet på klimaplanen.\n/{first}",
      {"interesser": "PFAS; Klima; IE-direktivet", "erfaring": "16"}, DA_B,
      edits=[("set", "[ ] Klima", "[x] Klima"), ("set", "[x] Affald", "[ ] Affald"),
             ("set", "Svar: 15", "Svar: 16")],
      note="HTML-only; crosses changed, words agree with them"),

    c("ow50-en-iphone-parental-leave-little", "iphone", "Hannah Lindqvist",
      "Same as last year apart from time – I'm on parental leave from March to June, so put me "
      "down for a little this year.",
      {"time": "Little"}, EN_A, lang="en", unchanged=True,
      note="leave is the reason for the time answer, not an absence from a meeting"),

    c("ow50-da-gmail-android-seksogtyve", "gmail_android", "Poul Erik Dam",
      "Hej – kun én rettelse: erfaring skal være seksogtyve år, ikke 22. Resten er uændret.\n\n"
      "Poul Erik",
      {"erfaring": "26"}, DA_C, unchanged=True),

    c("ow50-en-thunderbird-daform-secretary-to-coordinator", "thunderbird", "Anders Friis",
      "Hi,\n\nI'd like to step down as secretary after three years – someone else should have a "
      "go. Instead I can be consultation coordinator (høringstovholder) from the summer. Time: "
      "some.\n\nEverything else unchanged.\n\nBest regards,\n{name}",
      {"funktioner": "Høringstovholder", "tid": "Nogen"}, DA_B, unchanged=True,
      note="English on the Danish form; 'three years' is about the role, not experience"),

    c("ow50-da-outlook-ios-luft-i-kalenderen", "outlook_ios", "Camilla Vestergaard",
      "Jeg har fået mere luft i kalenderen efter omstruktureringen, så I kan godt regne med meget "
      "tid fra mig i år.\n\n{name}",
      {"tid": "Meget"}, DA_A, note="'luft i kalenderen' is an idiom, not the option Luft"),

    c("ow50-en-owa-range-drop-eia", "owa", "Rachel Owusu",
      "Hi, quick update:\n- Experience: somewhere between 18 and 20 years depending on how you "
      "count the trainee years\n- I'd drop EIA, haven't done any screenings since the "
      "reorganisation\n- add climate\nOtherwise as before.\n\n" + SIG_EN,
      {"interests": "PFAS; Noise; Climate; IED"}, EN_C, lang="en", unchanged=True,
      ask=["experience"], note="a range of years is asked"),

    c("ow50-da-thunderbird-bottom-inline-grundvand", "thunderbird_bottom", "Lone Therkildsen",
      "Svarer inde i skemaet ovenfor.\n/Lone",
      {"interesser": "Spildevand; Jord", "erfaring": "8"}, DA_A,
      edits=[("add", "1. Interesser",
              "Spildevand og jord som før, men nu også grundvand og drikkevand"),
             ("set", "Svar: 7", "Svar: 8")],
      ask=["interesser"], note="grundvand and drikkevand are no options"),

    c("ow50-mix-gmail-enform-danish-words", "gmail", "Kasper Nørgaard",
      "Hej – sorry for the late reply. Jeg er stadig i tilsynsnetværket. Interests: spildevand, "
      "luft og støj (støj is new this year). Tid: nogen. Tak!\nKasper",
      {"interests": "Wastewater; Noise; Air", "groups": "Inspection network", "time": "Some"},
      EN_B, lang="en", note="Danish words on the English form"),

    c("ow50-en-apple-mail-leaving-for-epa", "apple_mail", "Olivia Brandt",
      "Dear all,\nI'm afraid this will be my last form – I've taken a job with the Danish EPA and "
      "leave the municipality at the end of January. Please take me off the PFAS working group "
      "and pass the secretary role on to someone else.\nIt's been a pleasure.\n{name}",
      {"groups": "", "functions": ""}, EN_A, lang="en", flagged=True,
      note="leaving the group: for the chair"),

    c("ow50-da-outlook-mac-afbud-og-kommentarer", "outlook_mac", "Birgitte Hvass",
      "Hej\nJeg kan ikke være med på mødet i februar, så mine kommentarer til høringen om "
      "støjzoner kommer på mail i stedet. Til skemaet: erfaringen er den samme, men jeg vil "
      "gerne slippe formandsposten efter fire år – og tid sættes til nogen.\nVh {first}",
      {"erfaring": "22", "funktioner": "", "tid": "Nogen"}, DA_C, flagged=True,
      note="absence from a meeting; 'kommentarer' is no Andet label; 'fire år' is not experience"),

    c("ow50-en-android-daform-lowercase-labels", "android", "Tomasz Nowak",
      "hi, answers below\ninterests: PFAS, waste, IED – and Power-to-X since we got the new plant "
      "at the harbour\nexperience fifteen years\ntime: little (two small kids)\nno groups except "
      "the PFAS one",
      {"interesser": "PFAS; Affald; IE-direktivet; Power-to-X", "grupper": "Arbejdsgruppe om PFAS",
       "erfaring": "15", "tid": "Lidt"}, DA_B,
      note="English on the Danish form, Samsung Email"),

    c("ow50-da-owa-html-fjern-pfas-arbejdsgruppen", "owa_html", "Jens Ulrik Mortensen",
      "Hej\n\nFjern mig venligst fra PFAS-arbejdsgruppen – vi har fået en PFAS-koordinator i "
      "forvaltningen, som overtager. Resten står som det gjorde.\n\n" + SIG_KOMMUNE,
      {"grupper": "Netværk for miljøtilsyn"}, DA_C, unchanged=True,
      note="PFAS words are about the group, not the interests"),

    c("ow50-en-outlook-android-total-and-here", "outlook_android", "Daniel Kowalczyk",
      "Small correction: experience should be 21 years in total (6 of them here). And I won't run "
      "for chair again next term, but happy to stay as secretary. Nothing else has changed.",
      {"experience": "21", "functions": "Secretary"}, EN_C, lang="en", unchanged=True),

    c("ow50-da-apple-forward-timer-om-maaneden", "apple_forward", "Rikke Bundgaard",
      "Mine svar (sender fra privat, kan ikke svare fra arbejdet):\nAffald og jord\nOtte års "
      "erfaring\nTid: ca. 5 timer om måneden – ved ikke hvad det svarer til",
      {"interesser": "Affald; Jord", "erfaring": "8"}, {}, ask=["tid"],
      note="hours a month are none of Lidt/Nogen/Meget"),

    c("ow50-da-gmail-tak-efter-jul", "gmail", "Henrik Skou",
      "Tak, jeg kigger på det efter jul.\n\nHenrik",
      {}, DA_A, note="nothing about the form"),

    c("ow50-en-outlook-prefix-arrows", "outlook_prefix", "Grace Mbeki",
      "Marked my changes with arrows below.\n{name}",
      {"interests": "Wastewater; Air; Climate", "time": "Some"}, EN_B, lang="en",
      edits=[("set", "[ ] Climate", "[ ] Climate  <-- yes"), ("set", "[x] Little", "[ ] Little"),
             ("set", "[ ] Some", "[ ] Some  <=="),
             ],
      note="arrows as marks"),

    c("ow50-da-outlook-kun-tre-fagomraader", "outlook", "Karina Lauridsen",
      "Hej\nFagområder nu kun: PFAS, affald og luft. 17 år. Lidt tid – desværre – pga. ombygning "
      "af rensningsanlægget.\n\n" + SIG_SHORT,
      {"interesser": "PFAS; Affald; Luft", "erfaring": "17", "tid": "Lidt"}, DA_B,
      note="'nu kun' replaces the set; rensningsanlægget is only the reason"),

    c("ow50-en-iphone-daform-seminar-request", "iphone", "Lucas Moreau",
      "Hi – answers: wastewater, soil and climate adaptation. 7 years. Some time.\nCould the "
      "chair ping me about the spring seminar in Odense? I'd like to present our rainwater "
      "project.",
      {"interesser": "Spildevand; Jord; Klima", "erfaring": "7", "tid": "Nogen"}, DA_A,
      flagged=True, note="a request to the chair besides the answers"),

    c("ow50-da-android-ny-vandloeb-natur", "android", "Sara Winther",
      "Hej. Jeg er ny i jobbet. Jeg arbejder med spildevand, vandløb og lidt med natur. Har 3 års "
      "erfaring fra Region Midt før. Ikke i nogen grupper endnu, men vil gerne ind i "
      "tilsynsnetværket. Tid: lidt i starten\nSara",
      {"interesser": "Spildevand", "grupper": "", "erfaring": "3", "tid": "Lidt"}, {},
      ask=["interesser"],
      note="vandløb, natur: no options; the wish to join the network is for the chair; "
           "'lidt med natur' and 'nogen grupper' are not time"),

    c("ow50-en-gmail-android-everything-except", "gmail_android", "Emily Hart",
      "Interests: everything except EIA and Power-to-X these days – I've become the "
      "department's generalist. Time: much. Experience 6.",
      {"interests": "PFAS; Wastewater; Waste; Noise; Air; Soil; Climate; IED", "time": "Much",
       "experience": "6"}, EN_A, lang="en"),

    c("ow50-da-outlook-inline-formand-betingelse", "outlook", "Niels Gravesen",
      "Se mine rettelser i skemaet.\n\n" + SIG_SHORT,
      {"tid": "Nogen",
       "andet": "Deltager gerne i høringer om vindmøller og solcelleparker"}, DA_C,
      edits=[("add", "3. Funktioner", "Formand kun hvis ingen andre melder sig"),
             ("set", "[x] Meget", "[ ] Meget"), ("set", "[ ] Nogen", "[x] Nogen"),
             ("set", "Svar: Deltager gerne i høringer om vindmøller",
              "Svar: Deltager gerne i høringer om vindmøller og solcelleparker")],
      ask=["funktioner"], note="a condition on others volunteering: asked"),

    c("ow50-en-thunderbird-enform-first-time-sentences", "thunderbird", "Marta Silva",
      "Hello,\n\nMy areas are air quality and noise from industry, plus IED permits for the two "
      "big plants we have.\nI have been an inspector for eleven years, the last two in Denmark.\n"
      "I am not in any group yet. I could help as secretary if needed.\nTime: some, except in "
      "May and June.\n\nRegards,\n{name}",
      {"interests": "Noise; Air; IED", "groups": "", "functions": "Secretary",
       "experience": "11", "time": "Some"}, {}, lang="en"),

    c("ow50-da-iphone-som-foer-paa-naer-tiden", "iphone", "Ditte Rasmussen",
      "Som før på nær tiden – den er nu nogen, da projektet er afsluttet.",
      {"tid": "Nogen"}, DA_B, unchanged=True),

    c("ow50-en-owa-daform-agenda-item-and-climate", "owa", "Peter Holm-Jensen",
      "Hi,\nOne item for the next meeting: the new noise guideline from the EPA – could we get "
      "15 minutes for it? As for the form: I'm now also doing the municipal climate plan, so "
      "add climate, and my experience is 23 years. No changes otherwise.\n\n" + SIG_EN,
      {"interesser": "Støj; Luft; Klima; VVM", "erfaring": "23"}, DA_C, unchanged=True,
      flagged=True, note="an agenda item for the chair; '15 minutes' is no answer"),

    c("ow50-mix-iphone-daform-remove-jord", "iphone", "Freja Lund",
      "Hej! Sorry, writing in English as usual 🙂 Spildevand stays, but remove jord – the soil "
      "cases went to our new colleague. Add PFAS please. Erfaring 8 år. Tid: nogen.",
      {"interesser": "PFAS; Spildevand", "erfaring": "8", "tid": "Nogen"}, DA_A),

    c("ow50-da-gmail-saet-mig-paa-meget", "gmail", "Maria Kofoed",
      "Hej\nSæt mig på meget, jeg er tilbage på fuld tid efter orloven. Og tilføj "
      "høringstovholder.\nHilsen Maria",
      {"tid": "Meget", "funktioner": "Høringstovholder; Sekretær"}, DA_B),

    c("ow50-en-outlook-html-since-2009", "outlook_html", "Michael Brennan",
      "Hello,\nI have worked in environmental regulation since 2009. Please also add me to the "
      "PFAS working group – I joined in October.\n\n" + SIG_EN,
      {"groups": "Inspection network; PFAS working group"}, EN_B, lang="en",
      ask=["experience"], note="a year instead of a number of years: asked"),

    c("ow50-da-outlook-android-brint-spoergsmaal", "outlook_android", "Torben Vinther",
      "Vi har fået en ansøgning om et brintanlæg ved havnen, så jeg skal nok også lære noget om "
      "det. Hører det under Power-to-X? Ellers uændret.",
      {}, DA_C, unchanged=True, ask=["interesser"],
      note="the member asks whether it belongs under Power-to-X: not guessed"),

    c("ow50-en-gmail-enform-other-label", "gmail", "Sophie Becker",
      "Other: I speak German and can take the cross-border cases with Schleswig-Flensburg.\n"
      "Time – some rather than much this spring.\nEverything else stays.\nSophie",
      {"other": "I speak German and can take the cross-border cases with Schleswig-Flensburg.",
       "time": "Some"}, EN_C, lang="en", unchanged=True),

    c("ow50-da-thunderbird-slet-andet-fastansat", "thunderbird", "Anne Mette Kruse",
      "Hej\n\nDu kan slette det under Andet – jeg er blevet fastansat. Ellers er skemaet "
      "rigtigt.\n\nAnne Mette",
      {"andet": ""}, DA_D, unchanged=True, note="Andet emptied"),

    c("ow50-mix-android-enform-dansk-ptx", "android", "Lars Ebbesen",
      "Hej, jeg svarer lige på dansk: jord, klima og PtX som før, men sekretærrollen vil jeg "
      "gerne give videre. Mere tid end sidst – meget.\nLars",
      {"interests": "Soil; Climate; Power-to-X", "functions": "", "time": "Much"}, EN_A,
      lang="en", note="Danish on the English form"),

    c("ow50-en-apple-mail-daform-all-correct", "apple_mail", "Oliver Juhl",
      "All still correct, nothing to change this year.\n\nBest,\nOliver",
      {}, DA_A, unchanged=True),

    c("ow50-da-owa-affaldsomraadet-efter-bente", "owa", "Louise Dahl",
      "Hej\nJeg arbejder med støj og luft, og så har jeg pr. 1. januar også overtaget "
      "affaldsområdet efter Bente.\nJeg har nitten års erfaring.\nJeg er med i PFAS-gruppen og "
      "kan tage en tørn som høringstovholder.\nNogen tid.\nVh {first}",
      {"interesser": "Affald; Støj; Luft", "grupper": "Arbejdsgruppe om PFAS",
       "funktioner": "Høringstovholder", "erfaring": "19", "tid": "Nogen"}, {},
      note="affaldsområdet after 'og så' must not be dropped"),

    c("ow50-en-outlook-mac-html-daform-erfa-group", "outlook_mac_html", "Ingrid Solberg",
      "Hi, I've joined the regional ERFA group on contaminated soil – could you add that? "
      "Otherwise unchanged.\n\nIngrid",
      {}, DA_A, unchanged=True, ask=["grupper"],
      note="English on the Danish form; a group that is no option"),

    c("ow50-en-outlook-ios-enform-dashes-first-time", "outlook_ios", "Ahmed Rahimi",
      "Hi! Filling this in on my phone:\nInterests – wastewater, climate adaptation, EIA "
      "screenings\nGroups – none\nFunctions – happy to be consultation coordinator for anything "
      "on wastewater\nExperience – twenty-two years\nTime – a little\nThanks",
      {"interests": "Wastewater; Climate; EIA", "groups": "",
       "functions": "Consultation coordinator", "experience": "22", "time": "Little"},
      {}, lang="en"),
]
