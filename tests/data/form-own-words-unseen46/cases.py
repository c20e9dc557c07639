"""Blind part 46 of the own-words form replies (issue 14): one ordinary spring round of a working
group of Danish municipal environment officers: mostly short confirmations and one or two
changes in a sentence, a few first answers in own words, a few in English. Written by hand, without
reading the parser or the other parts; the expectations are what a careful human secretary
records, never checked against the parser. People invented, at example.org."""

from __future__ import annotations

import importlib.util
from pathlib import Path

_spec = importlib.util.spec_from_file_location(
    "own_words_common", Path(__file__).resolve().parents[1] / "form-own-words" / "common.py")
_common = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_common)

c = _common.c
BOTH = _common.BOTH
SIG_KOMMUNE, SIG_SHORT, SIG_EN = _common.SIG_KOMMUNE, _common.SIG_SHORT, _common.SIG_EN


def da(interesser: str, grupper: str, funktioner: str, erfaring: str, tid: str,
       andet: str = "") -> dict:
    d = {"interesser": interesser, "grupper": grupper, "funktioner": funktioner,
         "erfaring": erfaring, "tid": tid}
    if andet:
        d["andet"] = andet
    return d


def en(interests: str, groups: str, functions: str, experience: str, time: str) -> dict:
    return {"interests": interests, "groups": groups, "functions": functions,
            "experience": experience, "time": time}


CASES = [
    # --- confirmations -------------------------------------------------------------------------
    c("ow46-da-outlook-ingen-aendringer", "outlook", "Pia Kjærgaard",
      "Hej\n\nIngen ændringer fra min side i år.\n\n" + SIG_KOMMUNE,
      {}, da("Jord; Klima", "Netværk for miljøtilsyn", "", "17", "Nogen"), unchanged=True),
    c("ow46-da-iphone-ser-rigtigt-ud", "iphone", "Lone Vestergaard",
      "Det ser rigtigt ud det hele 👍\n\nLone",
      {}, da("Spildevand; Klima", "", "Sekretær", "5", "Nogen"), unchanged=True),
    c("ow46-en-outlook-all-still-correct", "outlook", "Priya Nair",
      "Hi,\n\nNothing has changed since last time – all still correct.\n\n" + SIG_EN,
      {}, en("Air; Climate", "Inspection network", "", "8", "Some"), lang="en",
      unchanged=True),
    c("ow46-da-thunderbird-bottom-bekraefter", "thunderbird_bottom", "Erik Damgaard",
      "Bekræfter hermed, at mine oplysninger stadig er korrekte.\n\nErik",
      {}, da("Affald; Støj; VVM", "Netværk for miljøtilsyn", "Formand", "28", "Meget"),
      unchanged=True),
    c("ow46-da-gmail-efter-paaske", "gmail", "Søren Kirk",
      "Tak, det kigger jeg på efter påske 🙂\n\nSøren",
      {}, da("PFAS; Jord", "Arbejdsgruppe om PFAS", "", "6", "Nogen"),
      note="says nothing about the form yet"),

    c("ow46-da-owa-fortsat-som-sidst", "owa", "Lars Brandt",
      "Hej\n\nAlt er fortsat som sidst hos mig.\n\n" + SIG_SHORT,
      {}, da("Spildevand; Luft; IE-direktivet", "", "Høringstovholder", "21", "Nogen"),
      unchanged=True),
    c("ow46-da-android-stadig-det-samme", "android", "Helle Munk",
      "Det er stadig det samme hos mig 🙂 god weekend\nHelle",
      {}, da("PFAS; Klima", BOTH, "", "10", "Lidt"), unchanged=True),

    # --- one or two changes in a sentence -------------------------------------------------------
    c("ow46-da-gmail-klimatilpasning", "gmail", "Morten Friis",
      "Hej\n\nDu må gerne sætte klimatilpasning på mine områder, det fylder efterhånden en del "
      "hos os. Ellers er alt det samme.\n\nHilsen\nMorten",
      {"interesser": "Spildevand; Jord; Klima"},
      da("Spildevand; Jord", "Netværk for miljøtilsyn", "", "9", "Nogen"), unchanged=True),
    c("ow46-da-owa-ikke-formand-igen", "owa", "Birgitte Lund",
      "Hej\n\nJeg stiller ikke op som formand igen – fire år er nok 🙂 Sekretær vil jeg gerne "
      "blive ved med at være.\n\n" + SIG_SHORT,
      {"funktioner": "Sekretær"},
      da("Affald; VVM", "Netværk for miljøtilsyn", "Formand; Sekretær", "23", "Meget"),
      note="'fire år' is how long she chaired, not her experience"),
    c("ow46-da-outlook-ios-luft-i-kalenderen", "outlook_ios", "Jesper Thomsen",
      "Hej\nJeg har fået mere luft i kalenderen efter omorganiseringen, så du kan sætte mig til "
      "meget tid. Resten passer stadig.\nJesper",
      {"tid": "Meget"}, da("Støj; VVM", "", "", "4", "Lidt"), unchanged=True,
      note="'luft i kalenderen' is no subject area"),
    c("ow46-da-android-pfas-til-grundvandsteam", "android", "Anders Kofoed",
      "Hej. PFAS-sagerne er flyttet over til vores nye grundvandsteam, så fjern mig fra PFAS og "
      "fra arbejdsgruppen om PFAS. Ellers ok\nAnders",
      {"interesser": "Spildevand; Jord", "grupper": ""},
      da("PFAS; Spildevand; Jord", "Arbejdsgruppe om PFAS", "Høringstovholder", "11", "Nogen"),
      unchanged=True),
    c("ow46-da-apple-femten-aar", "apple_mail", "Hanne Bech",
      "Hej\n\nErfaring: femten år nu. Alt andet er uændret.\n\nVh Hanne",
      {"erfaring": "15"},
      da("Luft; IE-direktivet", "Netværk for miljøtilsyn", "", "14", "Nogen"), unchanged=True),
    c("ow46-da-outlook-mac-barsel", "outlook_mac", "Camilla Dahl",
      "Hej\n\nJeg går på barsel fra 1. maj og er væk resten af året, så sæt min tid ned til "
      "lidt. Jeg kommer derfor heller ikke til mødet i juni.\n\nMange hilsner\nCamilla",
      {"tid": "Lidt"},
      da("PFAS; Jord", "Arbejdsgruppe om PFAS", "Sekretær", "7", "Nogen"), flagged=True,
      note="absence from the June meeting for the chair; not labelled Andet"),
    c("ow46-da-gmail-android-kryds-og-22-aar", "gmail_android", "Peter Holm",
      "Har sat x ved klima. Erfaringen er 22 år, ikke 20 – det må være en fejl fra sidst.\n\n"
      "Peter",
      {"interesser": "Affald; Jord; Klima", "erfaring": "22"},
      da("Affald; Jord", "", "Høringstovholder", "20", "Nogen"),
      edits=[("set", "[ ] Klima", "[x] Klima")]),
    c("ow46-da-owa-html-affaldstilsynet", "owa_html", "Bo Kristiansen",
      "Hej\n\nJeg har overtaget affaldstilsynet efter Kirsten, så det skal med på listen. Skriv "
      "mig også gerne på som høringstovholder, hvis der bliver brug for det.\n\nVh Bo",
      {"interesser": "Spildevand; Affald; Støj", "funktioner": "Høringstovholder"},
      da("Spildevand; Støj", "Netværk for miljøtilsyn", "", "6", "Nogen")),
    c("ow46-da-outlook-prefix-spildevandet", "outlook_prefix", "Henrik Lauridsen",
      "Hej\n\nJeg har fået spildevandet ind over mit bord efter nytår (udledningstilladelser), "
      "så det skal på listen. Jord har jeg stadig. Resten som sidste år.\n\nMvh Henrik",
      {"interesser": "Spildevand; Jord; Klima"},
      da("Jord; Klima", "", "Formand", "19", "Nogen"), unchanged=True),
    c("ow46-da-gmail-seksogtyve-ud-af-netvaerket", "gmail", "Jytte Mortensen",
      "Hej\n\nErfaringen skal rettes til seksogtyve år. Og jeg har meldt mig ud af netværket "
      "for miljøtilsyn – der er ikke tid til begge dele.\n\nVh Jytte",
      {"grupper": "Arbejdsgruppe om PFAS", "erfaring": "26"},
      da("PFAS; Spildevand", BOTH, "Sekretær", "25", "Nogen"),
      note="'ikke tid til begge dele' is a reason, not an answer to Tid"),
    c("ow46-da-thunderbird-kun-lidt-i-aar", "thunderbird", "Kasper Vang",
      "Hej\n\nDesværre kun lidt i år, jeg er også kommet med i beredskabsgruppen. Ellers står "
      "det hele ved magt.\n\n/Kasper",
      {"tid": "Lidt"},
      da("Affald; Luft", "Netværk for miljøtilsyn", "Høringstovholder", "13", "Meget"),
      unchanged=True, note="beredskabsgruppen is no group of the form"),
    c("ow46-da-outlook-html-kryds-power-to-x", "outlook_html", "Louise Bruun",
      "Hej\n\nJeg har sat kryds ved Power-to-X, vi har fået to anlæg i kommunen. "
      "Høringstovholder vil jeg ikke være mere.\n\n" + SIG_KOMMUNE,
      {"interesser": "PFAS; Affald; Power-to-X", "funktioner": ""},
      da("PFAS; Affald", "", "Høringstovholder", "8", "Nogen"),
      edits=[("set", "[ ] Power-to-X", "[x] Power-to-X")]),
    c("ow46-da-apple-forward-andet-30-timer", "apple_forward", "Niels Overgaard",
      "Hej igen – her er mine rettelser:\nTid: Nogen\nAndet: Jeg går ned på 30 timer om ugen "
      "fra august.\n\nNiels",
      {"tid": "Nogen", "andet": "Jeg går ned på 30 timer om ugen fra august."},
      da("Spildevand; VVM", "Netværk for miljøtilsyn", "", "16", "Meget")),
    c("ow46-da-outlook-android-rettet-i-skemaet", "outlook_android", "Tina Kragh",
      "Rettet nedenfor.\n\nTina",
      {"interesser": "PFAS; Spildevand", "erfaring": "8"},
      da("PFAS; Spildevand; Affald; Klima", "Arbejdsgruppe om PFAS", "", "7", "Nogen"),
      edits=[("add", "1. Interesser", "PFAS og spildevand – resten ikke længere"),
             ("set", "Svar: 7", "Svar: 8 (snart 9)")],
      note="'snart 9' is next year; 8 is the answer now"),
    c("ow46-da-android-klima-vvm-ja-affald-nej", "android", "Jonas Riis",
      "Hej! Klima og VVM ja, affald nej – det ligger hos genbrugsafdelingen nu.\nMvh Jonas",
      {"interesser": "Klima; VVM"},
      da("Affald; Klima; VVM", "", "Sekretær", "4", "Lidt")),
    c("ow46-da-outlook-mac-html-bortset-fra-erfaring", "outlook_mac_html", "Annette Juul",
      "Hej\n\nUændret i forhold til sidst, bortset fra at erfaringen nu er 10 år.\n\nMvh "
      "Annette",
      {"erfaring": "10"},
      da("Støj", "Netværk for miljøtilsyn", "Høringstovholder", "9", "Nogen"), unchanged=True),
    c("ow46-da-outlook-mac-english-writer", "outlook_mac", "Lukas Hartmann",
      "Hi,\n\nSorry for answering in English. Please add Power-to-X to my areas and set my time "
      "to some – I have more room now that the harbour project is done.\n\nBest regards\nLukas",
      {"interesser": "Luft; Klima; Power-to-X", "tid": "Nogen"},
      da("Luft; Klima", "", "", "6", "Lidt"), note="English on the Danish form"),

    # --- English form ---------------------------------------------------------------------------
    c("ow46-en-gmail-add-pfas-minutes", "gmail", "Daniel Kowalski",
      "Hi,\n\nCould you please add PFAS to my areas - we've had three new cases since February. "
      "I can also take the minutes as secretary if needed. Otherwise as before.\n\nThanks,\n"
      "Daniel",
      {"interests": "PFAS; Wastewater; Soil", "functions": "Secretary"},
      en("Wastewater; Soil", "", "", "5", "Some"), lang="en", unchanged=True),
    c("ow46-en-iphone-two-people-short", "iphone", "Emma Wilson",
      "Little time this year unfortunately, we are two people short in the team until the "
      "autumn. Rest unchanged.\n\nEmma",
      {"time": "Little"},
      en("Waste; Noise", "PFAS working group", "Chair", "15", "Much"), lang="en",
      unchanged=True),
    c("ow46-en-thunderbird-bottom-first-answers", "thunderbird_bottom", "Tom Fischer",
      "My answers:\n\nInterests: noise, air quality and a bit of climate adaptation\n"
      "Groups: none yet\nFunctions: I could chair a meeting now and then, but not permanently\n"
      "Experience: eleven years\nTime: some\n\nTom",
      {"interests": "Noise; Air; Climate", "groups": "", "experience": "11", "time": "Some"},
      {}, lang="en", ask=["functions"],
      note="chairing a meeting now and then is not clearly the Chair function"),
    c("ow46-en-outlook-android-previous-job", "outlook_android", "Martin Schultz",
      "Hi\nExperience should be 10 now - 7 of those from my previous job. And please drop IED, "
      "we no longer have any IED plants in the municipality.\nMartin",
      {"interests": "Wastewater; Air", "experience": "10"},
      en("Wastewater; Air; IED", "Inspection network", "Consultation coordinator", "9", "Some"),
      lang="en"),
    c("ow46-en-owa-html-soil-and-course", "owa_html", "Claire Dubois",
      "Hello,\n\nSoil contamination is a big part of my work now, so please add that. I won't "
      "make the meeting on 12 May as I'm on a course that week.\n\nKind regards\nClaire",
      {"interests": "Waste; Soil"},
      en("Waste", "", "Secretary", "3", "Some"), lang="en", flagged=True,
      note="absence from a meeting for the chair"),
    c("ow46-en-apple-pfas-group-undecided", "apple_mail", "Oliver Grant",
      "Hi,\n\nI'm thinking about joining the PFAS working group but haven't made up my mind yet "
      "– can I get back to you after the summer? Otherwise nothing new.\n\nBest\nOliver",
      {}, en("PFAS; Wastewater", "Inspection network", "", "12", "Some"), lang="en",
      ask=["groups"], unchanged=True),

    # --- things a secretary cannot place; first answers in own words ----------------------------
    c("ow46-da-iphone-lugt-og-jordvarme", "iphone", "Rikke Vinther",
      "Hej\nJeg arbejder også med lugt og jordvarmeanlæg nu – ved ikke helt hvor det hører til, "
      "så sæt det på hvis det passer ind et sted. Det tager lidt tid at finde sig til rette i de "
      "nye opgaver 😅\nRikke",
      {}, da("Støj; Luft", "", "", "10", "Nogen"), ask=["interesser"],
      note="odour and ground-source heat fit no option for sure; 'lidt tid' is no answer to Tid"),
    c("ow46-da-owa-listevirksomheder", "owa", "Maria Thorsen",
      "Hej\nTilføj gerne industri – jeg har overtaget alle listevirksomhederne fra Poul. Og så er "
      "jeg med i PFAS-arbejdsgruppen nu.\nHilsen Maria",
      {"grupper": "Arbejdsgruppe om PFAS"},
      da("Støj", "", "", "2", "Nogen"), ask=["interesser"],
      note="industry / listed companies is not clearly IE-direktivet; the PFAS group is a group,"
           " not a subject area"),
    c("ow46-da-owa-som-mette", "owa", "Karina Skov",
      "Hej\n\nJeg har stort set de samme områder som Mette Holm, så du kan bare kopiere hendes. "
      "Tid: meget.\n\n" + SIG_SHORT,
      {"tid": "Meget"}, {}, ask=["interesser"]),
    c("ow46-da-thunderbird-ny-i-gruppen", "thunderbird", "Sara Nørgaard",
      "Hej\n\nJeg er ny i gruppen siden januar, så her kommer mine svar.\n\nJeg arbejder mest "
      "med støj og luftforurening fra virksomheder, og så laver jeg lidt VVM-screeninger ind "
      "imellem. Jeg er med i netværket for miljøtilsyn. Jeg kan godt tage en tørn som sekretær. "
      "Jeg har været miljømedarbejder i 6 år, de sidste to her i kommunen.\n\nTid: nogen\n\n"
      "Venlig hilsen\nSara Nørgaard",
      {"interesser": "Støj; Luft; VVM", "grupper": "Netværk for miljøtilsyn",
       "funktioner": "Sekretær", "erfaring": "6", "tid": "Nogen"}, {},
      note="'lidt VVM-screeninger' is no time answer; 6 years in all"),
    c("ow46-da-gmail-android-korte-saetninger", "gmail_android", "Mikkel Andersen",
      "Jord, spildevand og PFAS. Ingen grupper endnu. 3 år. Meget tid – er lige startet og har "
      "god plads i kalenderen.\n\nMikkel",
      {"interesser": "PFAS; Spildevand; Jord", "grupper": "", "erfaring": "3", "tid": "Meget"},
      {}),
]
