"""Blind part 38 of the own-words form replies (issue 14): one ordinary winter round in a working
group of 30 municipal environment officers. Written by hand, without reading the parser; the
answers are what a careful human secretary records. People invented, at example.org."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _repo() -> Path:
    return HERE.parents[2]  # tests/data/<this folder>/


ROOT = _repo()
_spec = importlib.util.spec_from_file_location(
    "own_words_common", ROOT / "tests" / "data" / "form-own-words" / "common.py")
_common = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("own_words_common", _common)
_spec.loader.exec_module(_common)

c, S1, S2, S3, S4, E1, E2 = (_common.c, _common.S1, _common.S2, _common.S3, _common.S4,
                             _common.E1, _common.E2)
SIG_KOMMUNE, SIG_SHORT, SIG_EN = _common.SIG_KOMMUNE, _common.SIG_SHORT, _common.SIG_EN

# This round's pre-filled profiles (besides the shared ones).
W1 = {"interesser": "Spildevand; Jord", "grupper": "Netværk for miljøtilsyn", "funktioner": "",
      "erfaring": "6", "tid": "Nogen"}
W2 = {"interesser": "Støj; Luft; IE-direktivet", "grupper": "Netværk for miljøtilsyn",
      "funktioner": "Høringstovholder", "erfaring": "15", "tid": "Lidt"}
W3 = {"interesser": "PFAS; Jord; Klima", "grupper": "Arbejdsgruppe om PFAS",
      "funktioner": "Sekretær", "erfaring": "4", "tid": "Meget"}
X1 = {"interests": "Soil; Climate", "groups": "Inspection network", "functions": "",
      "experience": "7", "time": "Some"}
X2 = {"interests": "Wastewater; Waste; Air", "groups": "", "functions": "Secretary",
      "experience": "13", "time": "Some"}

CASES = [
    # --- Danish, short and routine ---------------------------------------------------------
    c("ow38-da-outlook-erfaring-syv", "outlook", "Birgitte Hvidberg",
      "Hej\n\nKun erfaringen skal rettes – det er 7 år nu. Resten er det samme.\n\n" + SIG_KOMMUNE,
      {"erfaring": "7"}, W1, unchanged=True),
    c("ow38-da-iphone-tak-efter-jul", "iphone", "Rasmus Kjærgaard",
      "Tak for mailen – jeg kigger på det efter jul.",
      {}, W2),
    c("ow38-da-gmail-tilfoej-klima", "gmail", "Louise Bech Mørup",
      "Tilføj gerne klima, det fylder meget hos os i år med skybrudsplanen.\n\nVh {first}",
      {"interesser": "Spildevand; Jord; Klima"}, W1),
    c("ow38-da-outlook_android-kryds-affald", "outlook_android", "Jesper Nørgaard",
      "Har sat kryds ved affald, ellers uændret.",
      {"interesser": "Spildevand; Affald; Jord"}, W1, unchanged=True,
      edits=[("set", "[ ] Affald", "[x] Affald")]),
    c("ow38-da-outlook-kun-tid", "outlook", "Hanne Vestergaard",
      "Tid: nogen\n\n" + SIG_SHORT,
      {"tid": "Nogen"}, S3),
    c("ow38-da-owa_html-afbud-januar", "owa_html", "Mikkel Storgaard",
      "Hej\n\nJeg kan desværre ikke komme til mødet den 14. januar. Skemaet er uændret.\n\n"
      + SIG_KOMMUNE,
      {}, S2, unchanged=True, flagged=True),
    c("ow38-da-outlook_html-kryds-i-skemaet", "outlook_html", "Tina Overgaard",
      "Se mine rettelser nedenfor.\n\n" + SIG_SHORT,
      {"interesser": "PFAS; Affald; Jord", "erfaring": "9"}, S4,
      edits=[("set", "[ ] Jord", "[x] Jord"), ("set", "Svar: 8", "Svar: 9")]),
    c("ow38-da-iphone-pil-ved-meget", "iphone", "Søren Lykke",
      "Rettet tiden",
      {"tid": "Meget"}, W2,
      edits=[("set", "[x] Lidt", "[ ] Lidt"), ("set", "[ ] Meget", "[ ] Meget   <-- denne")]),
    c("ow38-da-outlook_ios-pfas-gruppen", "outlook_ios", "Camilla Thygesen",
      "Meld mig gerne ind i PFAS-gruppen også. Skrevet mellem to møder, så kort.\n\n/{first}",
      {"grupper": "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS"}, W1),
    c("ow38-da-outlook_mac-netvaerket", "outlook_mac", "Ole Damgaard",
      "Jeg er kommet med i netværket for miljøtilsyn siden sidst. 21 år nu.\n\n" + SIG_SHORT,
      {"grupper": "Netværk for miljøtilsyn", "erfaring": "21"}, S3),
    c("ow38-da-outlook_prefix-andet-fuld-tid", "outlook_prefix", "Pernille Skov",
      "Tid: Meget\nAndet: Tilbage på fuld tid fra 1. februar.\n\n" + SIG_KOMMUNE,
      {"tid": "Meget", "andet": "Tilbage på fuld tid fra 1. februar."}, W1),
    c("ow38-da-gmail_android-toogtyve", "gmail_android", "Henning Abildgaard",
      "Det er vist toogtyve år nu, ikke tolv 🙂",
      {"erfaring": "22"}, S1),
    # --- Danish, a bit more to read ----------------------------------------------------------
    c("ow38-da-thunderbird-orlov-lidt-tid", "thunderbird", "Signe Juhl",
      "Hej\n\nJeg går på orlov fra februar til maj, så sæt mig på lidt tid i år. Jeg er også væk "
      "til mødet i marts af samme grund.\n\nMvh {name}",
      {"tid": "Lidt"}, W3, flagged=True),
    c("ow38-da-owa-slipper-sekretaer", "owa", "Anders Frølund",
      "Jeg vil gerne slippe sekretærrollen efter tre år – den må en anden tage. Ellers som "
      "sidst.\n\n" + SIG_SHORT,
      {"funktioner": ""}, W3, unchanged=True),
    c("ow38-da-android-ny-i-gruppen", "android", "Maja Lundsgaard",
      "Hej. Jeg arbejder med spildevand og jord, og lidt med PFAS. Erfaring: elleve år. "
      "Tid: nogen.\n\nMvh {first}",
      {"interesser": "PFAS; Spildevand; Jord", "erfaring": "11", "tid": "Nogen"}, {}),
    c("ow38-da-iphone-luft-i-kalenderen", "iphone", "Kasper Rønnow",
      "Jeg har fået mere luft i kalenderen, så skriv meget tid. Ellers intet nyt",
      {"tid": "Meget"}, W1, unchanged=True),
    c("ow38-da-android-grundvand-mangler", "android", "Lene Bisgaard",
      "Grundvand og drikkevand mangler på listen – det er det meste af min hverdag nu. "
      "Spildevand kan I fjerne.",
      {"interesser": "Jord"}, W1, ask=["interesser"]),
    c("ow38-da-thunderbird_bottom-i-alt-heraf", "thunderbird_bottom", "Poul Erik Aagaard",
      "Erfaring – 16 år i alt, heraf fem her i kommunen.\nTid er som før.\n\n/Poul Erik",
      {"erfaring": "16"}, W2),
    c("ow38-da-apple_mail-stoejsager-vvm", "apple_mail", "Dorthe Kragh",
      "Jeg er flyttet over til støjsager og VVM-screeninger, så affaldstilsynet ligger ikke hos "
      "mig længere. PFAS beholder jeg.\n\nKh {first}",
      {"interesser": "PFAS; Støj; VVM"}, S4),
    c("ow38-da-gmail-hoering-hvis-mette", "gmail", "Jonas Kirkegaard",
      "Jeg tager gerne høringstovholder igen, hvis Mette ikke vil. Og så er IE-direktivet "
      "kommet til på mine opgaver.\n\nVh {first}",
      {"interesser": "PFAS; Støj; IE-direktivet"}, S1, ask=["funktioner"]),
    c("ow38-da-outlook_android-ny-chef", "outlook_android", "Karina Holst",
      "Sæt mig ned til lidt – har fået ny chef og nye opgaver. Og jeg er ikke sekretær mere.",
      {"tid": "Lidt", "funktioner": ""}, W3),
    c("ow38-da-thunderbird-fem-seks-aar", "thunderbird", "Torben Glerup",
      "Erfaring: 5-6 år, det kommer an på om man tæller elevtiden med. Tid uændret.\n\n"
      "Torben",
      {}, W1, ask=["erfaring"]),
    c("ow38-da-outlook_mac_html-kryds-og-ord", "outlook_mac_html", "Anne Mette Brask",
      "Jeg har krydset af i skemaet. Og så vil jeg gerne være formand, hvis ingen andre melder "
      "sig – ellers bare som før.\n\n" + SIG_SHORT,
      {"interesser": "Støj; Luft; Klima; IE-direktivet"}, W2, ask=["funktioner"],
      unchanged=True,
      edits=[("set", "[ ] Klima", "[x] Klima")]),
    # --- English (seven on the English form, one on the Danish form) --------------------------
    c("ow38-en-owa-english-on-danish-form", "owa", "Nikolaj Fenger",
      "Sorry, writing in English – no Danish keyboard on this laptop. Add soil please, and I can "
      "chair the group next year. Rest unchanged.\n\nNikolaj",
      {"interesser": "Støj; Luft; Jord; IE-direktivet", "funktioner": "Formand; Høringstovholder"},
      W2, unchanged=True),
    c("ow38-en-gmail-please-add-pfas", "gmail", "Emma Lindqvist",
      "Hi, please add PFAS – we've had two new cases at the old fire training ground. Otherwise "
      "no changes.\n\nBest, {first}",
      {"interests": "PFAS; Soil; Climate"}, X1, lang="en", unchanged=True),
    c("ow38-en-outlook-eleven-little", "outlook", "Daniel Brandt",
      "Hi\n\nExperience is 11 now, not 10. Time: little this spring, we're short-staffed.\n\n"
      + SIG_EN,
      {"experience": "11", "time": "Little"}, E2, lang="en"),
    c("ow38-en-iphone-next-week", "iphone", "Sofia Marin",
      "Thanks, I'll fill it in next week.",
      {}, X2, lang="en"),
    c("ow38-en-outlook_ios-secretary-if-needed", "outlook_ios", "Liam Kowalski",
      "I can be secretary if needed. Chair maybe, but not sure about that one yet.",
      {"functions": "Secretary"}, X1, lang="en", ask=["functions"]),
    c("ow38-en-thunderbird-waste-off", "thunderbird", "Hannah Becker",
      "Waste can come off - a colleague has taken over the recycling centres. Everything else "
      "stays as it is.\n\nHannah",
      {"interests": "Wastewater; Air"}, X2, lang="en", unchanged=True),
    c("ow38-en-android-new-colleague", "android", "Marco Ferri",
      "Hello, I'm new in the environment department here. Noise and air quality mostly, some "
      "IED permits. Eight years in the field. Not much time at the moment.\n\nMarco",
      {"interests": "Noise; Air; IED", "experience": "8", "time": "Little"}, {}, lang="en"),
    c("ow38-en-apple_mail-odour-complaints", "apple_mail", "Grace O'Neill",
      "Still chair, still 20 years. I now also handle odour complaints from the pig farms.\n\n"
      "Grace",
      {"functions": "Chair", "experience": "20"}, E1, lang="en", ask=["interests"]),
    c("ow38-en-gmail_android-moving-in-march", "gmail_android", "Oliver Hartmann",
      "I'm moving to the regional authority in March, so please take me off the list then. "
      "Until then nothing has changed.",
      {}, X1, lang="en", unchanged=True, flagged=True),
]
