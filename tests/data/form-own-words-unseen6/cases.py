"""Unseen part 6: one round of the competence form in a working group of ~30 municipal environment
officers. Written blind (without reading the parser), by hand: the answers are what a careful
human secretary records. People invented, at example.org."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "form-own-words"))

from common import SIG_EN, SIG_KOMMUNE, SIG_SHORT, c  # noqa: E402

# sent profiles (what the form showed pre-filled)
PA = {"interesser": "Spildevand; Jord", "grupper": "Netværk for miljøtilsyn", "funktioner": "",
      "erfaring": "7", "tid": "Lidt"}
PB = {"interesser": "PFAS; Affald; IE-direktivet", "grupper": "Arbejdsgruppe om PFAS",
      "funktioner": "Høringstovholder", "erfaring": "15", "tid": "Nogen"}
PC = {"interesser": "Støj; Luft; VVM",
      "grupper": "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS", "funktioner": "Formand",
      "erfaring": "22", "tid": "Meget"}
PD = {"interesser": "Klima; Power-to-X", "grupper": "", "funktioner": "Sekretær",
      "erfaring": "4", "tid": "Nogen"}
EA = {"interests": "Soil; Climate", "groups": "Inspection network", "functions": "Secretary",
      "experience": "6", "time": "Some"}
EB = {"interests": "PFAS; Wastewater; IED", "groups": "PFAS working group", "functions": "",
      "experience": "11", "time": "Little"}

CASES = [
    # --- ordinary: no changes, one-liners, crosses ---------------------------------------------
    c("ow6-da-outlook-ingen-aendringer", "outlook", "Inge Holm Vestergaard",
      "Hej\n\nIngen ændringer fra mig i år.\n\n" + SIG_KOMMUNE.replace("{name}", "Inge Holm Vestergaard"),
      {}, PB, unchanged=True),
    c("ow6-da-iphone-kryds-klima", "iphone", "Lone Bech",
      "Hej, har sat et kryds mere.\nMvh Lone",
      {"interesser": "Spildevand; Jord; Klima"}, PA,
      edits=[("set", "[ ] Klima", "[x] Klima")]),
    c("ow6-da-outlook-ios-uaendret", "outlook_ios", "Bjarne Skov",
      "Uændret 👍\n\nHilsen Bjarne", {}, PC, unchanged=True),
    c("ow6-da-android-erfaring-ellers-det-samme", "android", "Mikkel Friis",
      "Erfaring 5 nu. Ellers det samme", {"erfaring": "5"}, PD, unchanged=True),
    c("ow6-da-owa-tak-efter-jul", "owa", "Anders Juul",
      "Tak, jeg kigger på det efter jul.\n\n/Anders", {}, PA),
    c("ow6-da-gmail-kryds-rettet", "gmail", "Per Kjærgaard",
      "Rettet 🙂\n\nPer", {"interesser": "PFAS; Spildevand; Affald", "erfaring": "16"}, PB,
      edits=[("set", "[x] IE-direktivet", "[ ] IE-direktivet"),
             ("set", "[ ] Spildevand", "[x] Spildevand"),
             ("set", "Svar: 15", "Svar: 16")]),
    c("ow6-da-outlook-android-pil-nu", "outlook_android", "Camilla Dahl",
      "Opdateret tid, se nedenfor", {"tid": "Nogen"}, PA,
      edits=[("set", "[x] Lidt", "[ ] Lidt"), ("set", "[ ] Nogen", "[ ] Nogen <- nu")]),
    c("ow6-da-outlook-initialer-i-skemaet", "outlook", "Lars Hedegaard",
      "Se mine svar i skemaet (LH).\n\n" + SIG_KOMMUNE.replace("{name}", "Lars Hedegaard"),
      {"interesser": "Spildevand; Luft; Jord", "erfaring": "8"}, PA,
      edits=[("add", "1. Interesser", "LH: tilføj luft"), ("add", "4. Erfaring", "LH: 8")],
      note="typed lines with initials; 8 replaces the pre-filled 7 left below it"),
    c("ow6-en-outlook-all-as-before-except", "outlook", "Emma Clarke",
      "Hi,\n\nAll as before, except I'm up to 7 years now.\n\n" + SIG_EN.replace("{name}", "Emma Clarke"),
      {"experience": "7"}, EA, lang="en", unchanged=True),
    c("ow6-en-iphone-add-noise", "iphone", "Maria Santos",
      "Add noise pls. Otherwise the same\n\nMaria",
      {"interests": "PFAS; Wastewater; Noise; IED"}, EB, lang="en", unchanged=True),
    c("ow6-en-android-still-same-little", "android", "Tom Becker",
      "Yes still the same, but time is a bit tight this year so a little time only.\nTom",
      {"time": "Little"}, EA, lang="en", unchanged=True),

    # --- ordinary: a few changes in words ------------------------------------------------------
    c("ow6-da-owa-fjern-affald-omorganisering", "owa", "Rasmus Lund",
      "Hej Tovholder\n\nTo ting: Affald skal ud – det er overgået til en kollega i Teknik. Og så har "
      "jeg desværre kun lidt tid i år pga. en stor omorganisering hos os.\nResten er som før.\n\n"
      + SIG_SHORT.replace("{name}", "Rasmus Lund"),
      {"interesser": "PFAS; IE-direktivet", "tid": "Lidt"}, PB, unchanged=True),
    c("ow6-da-apple-pfas-gruppen-ud", "apple_mail", "Helle Mortensen",
      "Hej,\n\nJeg er ikke længere med i PFAS-gruppen, den er jeg gået ud af. Netværket for tilsyn "
      "fortsætter jeg i.\nEllers intet nyt.\n\nMange hilsner\nHelle",
      {"grupper": "Netværk for miljøtilsyn"}, PC, unchanged=True),
    c("ow6-da-thunderbird-kryds-og-hoeringstovholder", "thunderbird", "Kasper Nørgaard",
      "Hej\n\nHar krydset af i skemaet. Derudover vil jeg gerne være høringstovholder, hvis der er "
      "brug for en mere.\n\nMvh\nKasper",
      {"interesser": "Støj; Jord", "funktioner": "Høringstovholder"}, PA,
      edits=[("set", "[ ] Støj", "[x] Støj"), ("set", "[x] Spildevand", "[ ] Spildevand")]),
    c("ow6-da-outlook-prefix-sytten-aar", "outlook_prefix", "Per Thomsen",
      "Hej\n\nJeg har nu sytten års erfaring, da jeg tæller min tid i Miljøstyrelsen med. Ellers er "
      "alt som sidst.\n\nMvh. Per",
      {"erfaring": "17"}, PB, unchanged=True),
    c("ow6-da-outlook-html-meget-tid-sekretaer", "outlook_html", "Sofie Brandt",
      "Hej\n\nJeg vil gerne bidrage mere i år – meget tid, og gerne som sekretær.\n\n"
      + SIG_KOMMUNE.replace("{name}", "Sofie Brandt"),
      {"funktioner": "Sekretær", "tid": "Meget"}, PA),
    c("ow6-da-android-24-aar-ikke-formand", "android", "Bjørn Kristiansen",
      "Hej. 22 år er forkert, det er 24 nu. Og jeg vil ikke være formand igen næste år, men gerne "
      "høringstovholder.\nBjørn",
      {"funktioner": "Høringstovholder", "erfaring": "24"}, PC),
    c("ow6-da-iphone-klimatilpasning-spildevandet", "iphone", "Hanne Lykke",
      "Tilføj klimatilpasning og spildevandet fra renseanlæggene. Har ikke tid til formandsposten "
      "mere, men fortsætter gerne i netværket.",
      {"interesser": "Spildevand; Støj; Luft; Klima; VVM", "funktioner": ""}, PC),
    c("ow6-da-gmail-pfas-jord-affaldstilsynet", "gmail", "Nanna Holt",
      "Hej!\nJeg er gået over til PFAS og jordforurening, og så har jeg fået affaldstilsynet med. "
      "Klima og PtX har jeg ikke mere.\nResten som før.\n\nHilsen Nanna",
      {"interesser": "PFAS; Affald; Jord"}, PD, unchanged=True,
      note="PtX is the usual short form of Power-to-X"),
    c("ow6-da-owa-html-meget-tid-andet", "owa_html", "Rikke Sand",
      "Hej\n\nJeg er blevet færdig med et andet projekt, så sæt mig til meget tid.\nAndet: Jeg har "
      "skiftet afdeling til Natur & Miljø pr. 1. november.\n\nMvh Rikke",
      {"tid": "Meget", "andet": "Jeg har skiftet afdeling til Natur & Miljø pr. 1. november."}, PD),
    c("ow6-en-thunderbird-bottom-years-not-secretary", "thunderbird_bottom", "Anna Lindqvist",
      "Updated the years in the form. Also I can't be secretary any more, sorry – too much on my "
      "plate.\n\nCheers\nAnna",
      {"functions": "", "experience": "8"}, EA, lang="en",
      edits=[("set", "Answer: 6", "Answer: 8")]),
    c("ow6-en-gmail-android-ied-and-group-out", "gmail_android", "Daniel Moore",
      "Hi, not doing IED anymore (moved to the other team) and I'm out of the PFAS working group as "
      "of November. Everything else is correct.",
      {"interests": "PFAS; Wastewater", "groups": ""}, EB, lang="en", unchanged=True),
    c("ow6-en-outlook-ios-some-for-now-soil", "outlook_ios", "Sarah Jensen",
      "Hard to say re time - depends on whether we get the new inspector hired. Put me down as some "
      "for now I guess. Also add soil.",
      {"interests": "PFAS; Wastewater; Soil; IED", "time": "Some"}, EB, lang="en",
      note="the member decides 'some for now' herself; the condition is only her reason"),
    c("ow6-en-apple-on-danish-form", "apple_mail", "Lukas Weber",
      "Hi - sorry, my Danish is not great yet. I work with wastewater and soil as before, plus PFAS "
      "since October. Eight years experience now. Rest unchanged.\n\nBest\nLukas",
      {"interesser": "PFAS; Spildevand; Jord", "erfaring": "8"}, PA, unchanged=True,
      note="English on the Danish form"),

    # --- new members writing everything in words -----------------------------------------------
    c("ow6-da-gmail-ny-i-gruppen", "gmail", "Sara Winther",
      "Hej\n\nJeg er ny i gruppen siden september, så her er mine svar:\n\nJeg arbejder primært med "
      "spildevand og jord, lidt PFAS også. Er med i netværket for miljøtilsyn. Kan godt være "
      "sekretær, men ikke formand - det er for tidligt. 3 års erfaring, heraf 1 her i kommunen. "
      "Tid: nogen.\n\nVh Sara",
      {"interesser": "PFAS; Spildevand; Jord", "grupper": "Netværk for miljøtilsyn",
       "funktioner": "Sekretær", "erfaring": "3", "tid": "Nogen"}, {}),
    c("ow6-da-gmail-android-smaa-bogstaver", "gmail_android", "Jakob Mølgaard",
      "hej. jeg arbjeder med stoej, luft og lidt klimatilpasning. 2 aar erfaring. har ikke så meget "
      "tid lige nu men gerne lidt\nsendt fra mobil",
      {"interesser": "Støj; Luft; Klima", "erfaring": "2", "tid": "Lidt"}, {}),
    c("ow6-en-gmail-new-member", "gmail", "Jonas Berg",
      "Hi there,\n\nNew to the group, so here goes. I mostly do wastewater permits and some soil "
      "contamination cases. I've just joined the inspection network. Happy to be secretary now and "
      "then. Twelve years in total, two of them here. Time: a little.\n\nBest,\nJonas",
      {"interests": "Wastewater; Soil", "groups": "Inspection network", "functions": "Secretary",
       "experience": "12", "time": "Little"}, {}, lang="en"),
    c("ow6-da-apple-forward-privat-mail", "apple_forward", "Mette Lauridsen",
      "Her er mine svar – jeg fik skemaet på min private mail.\nSpildevand, støj og VVM. 9 år. Lidt "
      "tid.",
      {"interesser": "Spildevand; Støj; VVM", "erfaring": "9", "tid": "Lidt"}, {}),

    # --- the minority that needs the chair -----------------------------------------------------
    c("ow6-da-outlook-mac-afbud-januar", "outlook_mac", "Torben Ravn",
      "Kære tovholder\n\nSkemaet er som før. Jeg kan i øvrigt ikke deltage i mødet den 14. januar, "
      "men sender gerne kommentarer til dagsordenen på mail.\n\nVenlig hilsen\nTorben",
      {}, PC, unchanged=True, flagged=True, note="an absence from a meeting"),
    c("ow6-da-outlook-pension", "outlook", "Jørgen Bak",
      "Hej alle\n\nJeg går på pension til marts, så dette bliver mit sidste skema. Det har været en "
      "fornøjelse.\n\nMvh Jørgen",
      {}, PC, flagged=True, note="leaving the group"),
    c("ow6-da-iphone-grundvand-interval", "iphone", "Ulla Kirk",
      "Hej\nGrundvand og drikkevand fylder mest, og så affaldstilsyn. Ikke med i nogen af grupperne "
      "endnu. Erfaring 10-12 år, kommer lidt an på hvordan man tæller. Nogen tid.",
      {"interesser": "Affald", "grupper": "", "tid": "Nogen"}, {},
      ask=["interesser", "erfaring"], note="grundvand/drikkevand is no option; a range"),
    c("ow6-en-owa-odour-since-2011", "owa", "Oliver Hansen",
      "Hi,\n\nInterests: air quality, noise and EIA screenings. Also odour complaints, not sure where "
      "that fits.\nGroups: none\nFunctions: chair or secretary, either is fine.\nExperience: since "
      "2011\nTime: some\n\nRegards\nOliver",
      {"interests": "Noise; Air; EIA", "groups": "", "functions": "Chair; Secretary",
       "time": "Some"}, {}, lang="en", ask=["interests", "experience"],
      note="odour is no option; a year instead of a number of years"),
    c("ow6-da-thunderbird-sekretaer-ikke-i-foraaret", "thunderbird", "Mikkel Damgaard",
      "Hej\n\nJeg har nogen tid som altid, men kan ikke være sekretær i foråret pga. et større "
      "udbud, jeg sidder med. Måske igen efter sommer.\n\nMvh Mikkel",
      {"tid": "Nogen"}, PD, ask=["funktioner"],
      note="secretary only for part of the year: for the chair"),
    c("ow6-da-outlook-mac-html-godkendelser-lidt-til-nogen", "outlook_mac_html", "Susanne Krog",
      "Hej\n\nJeg sidder med miljøgodkendelser af virksomheder og en del industristøj. Er med i "
      "begge netværk/grupper. Ingen funktioner lige nu. Toogtyve år på området. Tid: lidt til "
      "nogen\n\nKh Susanne",
      {"interesser": "Støj", "grupper": "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS",
       "funktioner": "", "erfaring": "22"}, {}, ask=["interesser", "tid"],
      note="miljøgodkendelser is no single option; a range of time"),
]
