"""Unseen part 43: the cases, by hand (blind). People invented, at example.org."""
import importlib.util
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]  # tests/data/<this folder>/
_spec = importlib.util.spec_from_file_location(
    "own_words_common", ROOT / "tests" / "data" / "form-own-words" / "common.py")
common = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(common)
c, BOTH = common.c, common.BOTH
SIG_KOMMUNE, SIG_SHORT, SIG_EN = common.SIG_KOMMUNE, common.SIG_SHORT, common.SIG_EN

P1 = {"interesser": "Spildevand; Jord", "grupper": "Netværk for miljøtilsyn", "funktioner": "",
      "erfaring": "6", "tid": "Nogen"}
P2 = {"interesser": "PFAS; Affald; Klima", "grupper": BOTH, "funktioner": "Sekretær",
      "erfaring": "15", "tid": "Lidt"}
P3 = {"interesser": "Støj; Luft; VVM", "grupper": "", "funktioner": "Høringstovholder",
      "erfaring": "9", "tid": "Meget"}
Q1 = {"interests": "Waste; Soil", "groups": "", "functions": "Secretary", "experience": "4",
      "time": "Little"}
Q2 = {"interests": "PFAS; Wastewater; Climate", "groups": "PFAS working group", "functions": "",
      "experience": "11", "time": "Some"}

CASES = [
    c("ow43-da-outlook-affaldstilsyn", "outlook", "Lene Brix Hjort",
      "Hej\n\nJeg er siden august også begyndt at lave affaldstilsyn, så sæt gerne Affald på. "
      "Erfaring: 7 år nu.\nResten er som sidste år.\n\n" + SIG_KOMMUNE,
      {"interesser": "Spildevand; Affald; Jord", "erfaring": "7"}, P1, unchanged=True),
    c("ow43-da-iphone-fjern-klima", "iphone", "Kasper Vind",
      "Fjern klima. Ellers uændret.", {"interesser": "PFAS; Affald"}, P2, unchanged=True),
    c("ow43-da-gmail-barsel", "gmail", "Mette Skov Lund",
      "Hej tovholder\n\nJeg går på barsel fra februar, så jeg har kun lidt tid i år. "
      "Høringstovholder kan jeg ikke være længere – det må en anden tage over.\n\nMvh\nMette",
      {"tid": "Lidt", "funktioner": ""}, P3, flagged=True,
      note="barsel: an absence for the chair"),
    c("ow43-da-thunderbird-seksogtyve", "thunderbird", "Poul Erik Dam",
      "Hej\n\nJeg arbejder med jord og grundvand, primært jordforurening og lidt PFAS. Har været "
      "i faget i seksogtyve år, heraf fire her i kommunen.\nJeg vil gerne med i netværket for "
      "miljøtilsyn.\nTid: nogen\n\nVh Poul",
      {"interesser": "PFAS; Jord", "erfaring": "26", "grupper": "Netværk for miljøtilsyn",
       "tid": "Nogen"}, {}, ask=["interesser"], note="grundvand is no option"),
    c("ow43-da-owa-html-kryds-og-ord", "owa_html", "Rikke Holm",
      "Har sat kryds ved det nye. Og så er erfaringen nu 8 år.\n\n" + SIG_SHORT,
      {"interesser": "Spildevand; Jord; Klima", "funktioner": "Sekretær", "erfaring": "8"}, P1,
      edits=[("set", "[ ] Klima", "[x] Klima"), ("set", "[ ] Sekretær", "[x] Sekretær")]),
    c("ow43-en-outlook-ios-add-pfas", "outlook_ios", "Oliver Grant",
      "Add PFAS please, and drop waste - moved to another team. Rest as before.",
      {"interests": "PFAS; Soil"}, Q1, lang="en", unchanged=True),
    c("ow43-en-gmail-android-secretary", "gmail_android", "Liam Foss",
      "Happy to be secretary if needed. Not much time this spring though, we're two people "
      "short.\n\nBest, Liam",
      {"functions": "Secretary", "time": "Little"}, Q2, lang="en"),
    c("ow43-da-android-tak", "android", "Hanne Kjær", "Tak", {}, P2),
    c("ow43-da-outlook-mac-inline", "outlook_mac", "Karen Friis",
      "Svar inde i teksten.\n\nHilsen\nKaren",
      {"interesser": "Støj; Luft; VVM; IE-direktivet", "erfaring": "10"}, P3,
      edits=[("add", "[x] VVM", "Tilføj IE-direktivet – vi har fået to nye IE-virksomheder"),
             ("add", "Svar: 9", "Ti år pr. 1. januar")]),
    c("ow43-da-apple-mail-lugt", "apple_mail", "Birthe Aagaard",
      "Hej\n\nJeg er også begyndt at kigge på lugtgener fra biogasanlæg og på "
      "drikkevandsboringer. Og sæt mig gerne som sekretær igen, hvis Ole ikke fortsætter.\n\n"
      "Kh Birthe",
      {}, P1, ask=["interesser", "funktioner"],
      note="lugt/drikkevand no option; function conditional on someone else"),
    c("ow43-da-gmail-nummereret", "gmail", "Sara Bech",
      "Hej!\n\nHer er mine svar:\n1. Spildevand, klimatilpasning og VVM\n2. Ingen endnu\n"
      "3. Høringstovholder\n4. 3\n5. Meget\n6. Jeg starter først rigtigt 1. januar, er stadig "
      "i introforløb.\n\nVh Sara",
      {"interesser": "Spildevand; Klima; VVM", "grupper": "", "funktioner": "Høringstovholder",
       "erfaring": "3", "tid": "Meget",
       "andet": "Jeg starter først rigtigt 1. januar, er stadig i introforløb."}, {},
      note="numbered like the form's questions: 6 is Andet"),
    c("ow43-en-thunderbird-bottom-two-numbers", "thunderbird_bottom", "Niels Arendt",
      "Experience: 14 years in total, 5 of them here.\nTime: some, now that the new colleague "
      "has started.\nOtherwise no changes.\n\nCheers,\nNiels",
      {"experience": "14", "time": "Some"}, Q1, lang="en", unchanged=True),
    c("ow43-da-outlook-prefix-ud-af-pfas", "outlook_prefix", "Gitte Nørgaard",
      "Hej\n\nJeg har meldt mig ud af PFAS-arbejdsgruppen – det tager for meget tid ved siden "
      "af tilsynene. Netværket bliver jeg i.\nTiden er stadig lidt.\n\n" + SIG_KOMMUNE,
      {"grupper": "Netværk for miljøtilsyn", "tid": "Lidt"}, P2),
    c("ow43-en-owa-question-chair", "owa", "Hannah Clarke",
      "Hi,\n\nNothing has changed for me this year. One question for the chair though: are we "
      "meeting in Aarhus or online in January?\n\nRegards,\nHannah",
      {}, Q2, lang="en", unchanged=True, flagged=True),
    c("ow43-da-iphone-afbud-kommentarer", "iphone", "Torben Lauridsen",
      "Jeg kan ikke komme til mødet d. 14. januar, har kommentarer til dagsordenen som jeg "
      "sender senere. Skemaet er som sidst.",
      {}, P3, unchanged=True, flagged=True, note="absence; 'kommentarer' is no label"),
    c("ow43-da-android-meget-ptx", "android", "Jonas Vestergaard",
      "Sæt mig på meget, jeg har fået timer til det fra nytår. Og Power-to-X må gerne på - vi "
      "har fået et PtX-anlæg ved havnen",
      {"tid": "Meget", "interesser": "Spildevand; Jord; Power-to-X"}, P1),
    c("ow43-en-outlook-danish-form", "outlook", "Tomasz Nowak",
      "Hi, sorry for writing in English – I'm still learning Danish. Please remove Waste and "
      "add Noise and Air. I could also take the chairman role. 2 years experience.\n\n/Tomasz",
      {"interesser": "PFAS; Støj; Luft; Klima", "funktioner": "Formand; Sekretær",
       "erfaring": "2"}, P2, note="English on the Danish form"),
    c("ow43-da-gmail-android-tilsynsgruppen", "gmail_android", "Anne Mølgaard",
      "Jeg sidder nu også i tilsynsgruppen, og støjsagerne er overgået til en kollega. 11 års "
      "erfaring. Ellers er alt som før.",
      {"grupper": "Netværk for miljøtilsyn", "interesser": "Luft; VVM", "erfaring": "11"}, P3,
      unchanged=True),
    c("ow43-da-thunderbird-interval", "thunderbird", "Ib Christoffersen",
      "Erfaring: 15-20 år, kommer an på hvordan man tæller.\nTid: Lidt til nogen\nResten passer.",
      {}, P2, ask=["erfaring", "tid"], unchanged=True),
    c("ow43-en-apple-mail-climate-adaptation", "apple_mail", "Emma Holt",
      "Hi\n\nI've moved to the climate adaptation team, so please swap soil for climate. I'm also "
      "the new contact for the groundwater mapping. Happy to stay on as secretary.\n\nBest\nEmma",
      {"interests": "Waste; Climate", "functions": "Secretary"}, Q1, lang="en",
      ask=["interests"], note="groundwater is no option"),
    c("ow43-da-owa-spildevandet", "owa", "Anders Kirk",
      "Hej\nJeg er ny i afdelingen og har spildevandet og jordforureningssagerne. 2 år i "
      "kommunen, før det 5 år i et rådgivningsfirma.\nJeg har nogen tid.\nMvh Anders",
      {"interesser": "Spildevand; Jord", "tid": "Nogen"}, {}, ask=["erfaring"],
      note="two numbers, unclear whether both count"),
    c("ow43-en-outlook-android-later", "outlook_android", "Sophie Wells",
      "Thanks for the reminder, I'll get back to you after the holidays.", {}, Q2, lang="en"),
    c("ow43-da-outlook-html-ikke-sekretaer", "outlook_html", "Camilla Thygesen",
      "Jeg har fjernet krydset ved sekretær, jeg går ned i tid fra marts. Tid er stadig lidt.",
      {"funktioner": "", "tid": "Lidt"}, P2,
      edits=[("set", "[x] Sekretær", "[ ] Sekretær")]),
    c("ow43-en-gmail-inline-leave", "gmail", "Ruth Bailey",
      "Updated above. Also - I'll be on leave in February, so I'll miss that meeting.",
      {"interests": "PFAS; Wastewater; Noise", "experience": "12"}, Q2, lang="en",
      flagged=True,
      edits=[("set", "[ ] Noise", "[x] Noise"), ("set", "[x] Climate", "[ ] Climate"),
             ("set", "Answer: 11", "Answer: 12")]),
    c("ow43-da-iphone-i-en-fart", "iphone", "Morten Bak",
      "PFAS og spildevand, og så laver jeg også affaldstilsyn. Og støjklager om sommeren\n12 år\n"
      "Sekretær kan jeg godt\n\nSendt i en fart",
      {"interesser": "PFAS; Spildevand; Affald; Støj", "erfaring": "12", "funktioner": "Sekretær"},
      {}),
    c("ow43-en-thunderbird-new-member", "thunderbird", "Marco Bellini",
      "Hello,\n\nI joined the municipality in October. I work with industrial permits under the "
      "IED and EIA screenings, and some air quality cases. I have eight years of experience, "
      "mostly from the Danish EPA. Time: much, for now. I can't take on any functions this "
      "year.\n\n" + SIG_EN,
      {"interests": "Air; EIA; IED", "experience": "8", "time": "Much", "functions": ""}, {},
      lang="en"),
    c("ow43-da-apple-forward-det-samme", "apple_forward", "Susanne Riis",
      "Ellers det samme – dog 7 år nu. Og jeg er med i PFAS-arbejdsgruppen.",
      {"erfaring": "7", "grupper": "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS"}, P1,
      unchanged=True),
    c("ow43-da-outlook-ios-luft-ud", "outlook_ios", "Jens Krogh",
      "Hej, kort: Luft ud, Klima ind. Erfaring 10 år. Kan stadig være høringstovholder men kun "
      "for de store høringer.\nMvh Jens",
      {"interesser": "Støj; Klima; VVM", "erfaring": "10", "funktioner": "Høringstovholder"}, P3),
    c("ow43-en-owa-html-leaving", "owa_html", "Laura Quinn",
      "Hi all,\n\nI'm leaving the municipality at the end of January, so please take me off the "
      "list. Thank you for all the good discussions.\n\nLaura",
      {}, Q1, lang="en", flagged=True, note="leaving the group"),
]
