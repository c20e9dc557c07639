"""Unseen part 7: one round of the competence form in a working group of ~30 Danish municipal
environment officers (a few prefer English). Written blind, by hand: the expected answers are
what a careful human secretary records, never checked against the parser. People invented, at
example.org. Most replies are ordinary; a minority are tricky."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "form-own-words"))

from common import SIG_EN, SIG_KOMMUNE, SIG_SHORT, c  # noqa: E402

BOTH = "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS"

# what the form showed pre-filled (last year's answers); {} = a new member
PA = {"interesser": "Spildevand; Jord", "grupper": "Netværk for miljøtilsyn", "funktioner": "",
      "erfaring": "7", "tid": "Nogen"}
PB = {"interesser": "PFAS; Jord; Klima", "grupper": BOTH, "funktioner": "Sekretær",
      "erfaring": "15", "tid": "Lidt"}
PC = {"interesser": "Affald; Luft; IE-direktivet", "grupper": "Netværk for miljøtilsyn",
      "funktioner": "Høringstovholder", "erfaring": "22", "tid": "Nogen"}
PD = {"interesser": "Støj; VVM", "grupper": "", "funktioner": "Formand", "erfaring": "30",
      "tid": "Meget"}
PG = {"interesser": "Klima", "grupper": "Arbejdsgruppe om PFAS", "funktioner": "",
      "erfaring": "3", "tid": "Nogen"}
PE = {"interests": "Soil; Climate; EIA", "groups": "Inspection network", "functions": "Secretary",
      "experience": "5", "time": "Some"}
PF = {"interests": "PFAS; Wastewater", "groups": "PFAS working group", "functions": "",
      "experience": "9", "time": "Little"}

EN = {"lang": "en"}

CASES = [
    # --- ordinary: no changes, one-liners, crosses -------------------------------------------
    c("ow7-da-outlook-ingen-aendringer", "outlook", "Lars Vestergaard",
      "Hej\n\nIngen ændringer fra mig i år.\n\n" + SIG_KOMMUNE,
      {}, PA, unchanged=True),

    c("ow7-da-iphone-kryds-klima", "iphone", "Mette Kjærsgaard",
      "Har sat kryds ved klima, resten passer stadig",
      {"interesser": "Spildevand; Jord; Klima"}, PA, unchanged=True,
      edits=[("set", "[ ] Klima", "[x] Klima")]),

    c("ow7-da-gmail-tak", "gmail", "Rikke Holm",
      "Tak!",
      {}, PB),

    c("ow7-da-outlook-ios-som-sidste-aar", "outlook_ios", "Jesper Brandt",
      "Som sidste år. Dog 23 års erfaring nu 🙂",
      {"erfaring": "23"}, PC, unchanged=True),

    c("ow7-da-outlook-ios-vender-tilbage", "outlook_ios", "Signe Lauridsen",
      "Tak for mailen – jeg kigger på det i næste uge.\n\n/Signe",
      {}, PA),

    c("ow7-en-owa-crosses-noise", "owa", "Tom Whitfield",
      "Updated below.\n\nCheers,\nTom",
      {"interests": "PFAS; Wastewater; Noise", "experience": "10"}, PF, **EN,
      edits=[("set", "[ ] Noise", "[x] Noise"), ("set", "Answer: 9", "Answer: 10")]),

    c("ow7-da-outlook-html-kryds-og-andet", "outlook_html", "Karsten Mølgaard",
      "Se mine rettelser nedenfor.\n\n" + SIG_SHORT,
      {"interesser": "Spildevand; Affald; Jord",
       "andet": "Sidder også i det regionale jordforureningsforum"}, PA,
      edits=[("set", "[ ] Affald", "[X] Affald"),
             ("set", "Svar:", "Svar: Sidder også i det regionale jordforureningsforum",
              "6. Andet")]),

    c("ow7-da-iphone-luft-telefon", "iphone", "Julie Brix",
      "Sæt lige kryds ved luft, det kunne jeg ikke finde ud af på telefonen 🙈 Uændret ellers.",
      {"interesser": "Spildevand; Luft; Jord"}, PA, unchanged=True),

    # --- a few changes in words ----------------------------------------------------------------
    c("ow7-da-owa-tilfoej-pfas-fjern-jord", "owa", "Lars Ebbesen",
      "Hej Tovholder\n\nJeg er kommet på PFAS-sagerne siden sidst, så tilføj gerne PFAS. Jord kan "
      "du fjerne – det ligger nu hos Mette i vores team.\nErfaring: 8 år nu\n\nVh Lars",
      {"interesser": "PFAS; Spildevand", "erfaring": "8"}, PA),

    c("ow7-da-gmail-app-meget-tid", "gmail_android", "Pernille Ravn",
      "Sæt mig på meget tid i år, jeg har fået frikøbt timer til det. Ellers er alt som det var",
      {"tid": "Meget"}, PB, unchanged=True),

    c("ow7-en-outlook-drop-eia", "outlook", "Hannah Lindqvist",
      "Hi,\n\nA couple of updates from me: I have moved off the EIA screenings since the summer, so "
      "please take that off. Experience is now 6 years. Everything else is the same.\n\n" + SIG_EN,
      {"interests": "Soil; Climate", "experience": "6"}, PE, **EN, unchanged=True),

    c("ow7-da-thunderbird-bottom-ellers-som-sidste-aar", "thunderbird_bottom", "Karen Dam",
      "Svar fra mig: Støj er kommet til, klima er røget ud. Ellers som sidste år.\n\nMvh\nKaren",
      {"interesser": "PFAS; Støj; Jord"}, PB, unchanged=True),

    c("ow7-en-iphone-some-time", "iphone", "Oliver Grant",
      "More time this year - put me down for some. Also 10 yrs now. Rest unchanged",
      {"time": "Some", "experience": "10"}, PF, **EN, unchanged=True),

    c("ow7-en-outlook-android-pfas-group", "outlook_android", "Freya Holt",
      "I've been asked to join the PFAS working group, please add me. And please take me off as "
      "secretary - new role, no time for minutes.\n\nThanks\nFreya",
      {"groups": "Inspection network; PFAS working group", "functions": ""}, PE, **EN),

    c("ow7-da-apple-forward-begge-grupper", "apple_forward", "Nikolaj Skov",
      "Hej, den kom på min private mail, så jeg svarer herfra.\nJeg er med i begge grupper nu, og "
      "erfaring 4 år. Tid: meget\n\nHilsen Nikolaj",
      {"grupper": BOTH, "erfaring": "4", "tid": "Meget"}, PG),

    c("ow7-da-owa-tilsynsnetvaerket-andet", "owa", "Camilla Friis",
      "Hej\n\nJeg er ikke længere med i tilsynsnetværket, men bliver i PFAS-gruppen.\nAndet: Jeg "
      "har skiftet afdeling til Teknik og Miljø, ny mailadresse følger.\n\nMvh\nCamilla",
      {"grupper": "Arbejdsgruppe om PFAS",
       "andet": "Jeg har skiftet afdeling til Teknik og Miljø, ny mailadresse følger."}, PB),

    # --- reasons, conditions, qualifiers, Lidt/Nogen/Meget without a label ----------------------
    c("ow7-da-iphone-enogtredive", "iphone", "Hanne Vinther",
      "Hej – erfaring skal være enogtredive nu. Og jeg har kun lidt tid resten af året pga. et "
      "stort VVM-projekt\n\nMvh Hanne",
      {"erfaring": "31", "tid": "Lidt"}, PD),

    c("ow7-da-outlook-nogen-tid-ikke-formand", "outlook", "Anders Thorup",
      "Hej\n\nJeg har kun nogen tid i år og kan ikke være formand, fordi vi er midt i en stor "
      "omlægning af tilsynet herhjemme. Måske igen fra efteråret.\n\n" + SIG_KOMMUNE,
      {"tid": "Nogen", "funktioner": ""}, PD),

    c("ow7-da-android-meget-lidt-tid", "android", "Lone Bech",
      "Hej. Har desværre meget lidt tid til gruppen i år. Uændret ellers.\nMvh Lone",
      {"tid": "Lidt"}, PA, unchanged=True),

    c("ow7-en-gmail-app-much-less", "gmail_android", "Sarah Mikkelsen",
      "Hi! Still soil and climate, but I've dropped EIA (a colleague took it over) and picked up "
      "some noise cases. Time: much less than last year, so little. Rest as before.",
      {"interests": "Noise; Soil; Climate", "time": "Little"}, PE, **EN, unchanged=True),

    # --- new members writing everything in words -------------------------------------------------
    c("ow7-da-thunderbird-ny-fjorten-heraf-fire", "thunderbird", "Ulla Kragh",
      "Hej\n\nJeg er ny i gruppen, så her er mine svar. Jeg arbejder primært med spildevand og jord "
      "og så lidt med klimatilpasning. Har været miljøsagsbehandler i fjorten år, heraf fire her i "
      "kommunen. Jeg vil gerne være med i netværket for miljøtilsyn.\nTid: nogen – mest fra "
      "februar\n\nVenlig hilsen\nUlla Kragh",
      {"interesser": "Spildevand; Jord; Klima", "grupper": "Netværk for miljøtilsyn",
       "erfaring": "14", "tid": "Nogen"}, {}),

    c("ow7-en-gmail-new-bullets", "gmail", "Sofie Andersen",
      "Hello,\n\nHere are my answers:\n- PFAS and groundwater contamination, mostly soil cases\n"
      "- I'd like to join the PFAS working group\n- I could be secretary if needed\n"
      "- about eleven years\n- not much time this spring, I'm afraid\n\nBest,\nSofie",
      {"interests": "PFAS; Soil", "groups": "PFAS working group", "functions": "Secretary",
       "experience": "11", "time": "Little"}, {}, **EN, ask=["interests"]),

    c("ow7-da-outlook-prefix-nummereret", "outlook_prefix", "Jonas Lykke",
      "Hej\n\n1. Affald, jord og PFAS\n2. Ingen endnu\n3. Sekretær – og høringstovholder hvis der er brug for det\n4. 5\n"  # noqa: E501
      "5. Nogen\n6. -\n\nMvh Jonas",
      {"interesser": "PFAS; Affald; Jord", "grupper": "",
       "funktioner": "Høringstovholder; Sekretær", "erfaring": "5", "tid": "Nogen"}, {}),

    c("ow7-da-thunderbird-bindestreger", "thunderbird", "Asger Nørgaard",
      "Hej\n\nFagområder: jord - spildevand - klima\nGrupper: ingen\nFunktioner: ikke lige nu\n"
      "Erfaring: ca. tolv år\nTid: lidt\n\nVenlig hilsen\nAsger",
      {"interesser": "Spildevand; Jord; Klima", "grupper": "", "funktioner": "",
       "erfaring": "12", "tid": "Lidt"}, {}),

    # --- tricky: silent-drop traps, label words in sentences, unplaceable words -------------------
    c("ow7-da-gmail-affaldstilsynet", "gmail", "Morten Gade",
      "Hej igen\n\nDer er sket en del: Jeg har fået PFAS og spildevand, og så er jeg stadig med i "
      "affaldstilsynet. Luft er flyttet over til en ny kollega. IE-direktivet beholder jeg.\n\n"
      "Hilsen\nMorten",
      {"interesser": "PFAS; Spildevand; Affald; IE-direktivet"}, PC),

    c("ow7-da-android-fravaer-kommentarer", "android", "Per Ulriksen",
      "Hej. Jeg kan desværre ikke deltage i mødet d. 14. januar, men sender mine kommentarer til "
      "høringen inden. Skemaet er uændret.\n\nMvh Per",
      {}, PD, unchanged=True, flagged=True, note="absence from a meeting"),

    c("ow7-da-outlook-mac-kryds-pension", "outlook_mac", "Bent Kofoed",
      "Hej\nJeg har rettet i skemaet nedenfor. Bemærk at jeg går på pension til sommer, så jeg kan "
      "ikke tage høringerne mere.\nHilsen Bent",
      {"interesser": "Affald; Støj; Luft; IE-direktivet", "funktioner": ""}, PC, flagged=True,
      note="leaving the group (retirement)",
      edits=[("set", "[ ] Støj", "[x] Støj"),
             ("set", "[x] Høringstovholder", "[ ] Høringstovholder")]),

    c("ow7-da-owa-html-grundvand", "owa_html", "Ida Sønderby",
      "Hej\n\nJeg arbejder efterhånden mest med grundvand og drikkevand og lidt industrimiljø. Jeg "
      "ved ikke helt, hvor det passer ind i jeres kategorier?\n\nMvh Ida",
      {}, PA, ask=["interesser"]),

    c("ow7-da-gmail-power-to-x-spoergsmaal", "gmail", "Anders Winther",
      "Hej Tovholder\n\nTak for påmindelsen, og tak for sidste møde – det var rigtig godt med "
      "oplægget om brint. Faktisk har vi fået et Power-to-X-anlæg i kommunen nu, så det skal med "
      "på mine fagområder. Ellers er det det samme som sidst.\n\nJeg har i øvrigt et spørgsmål: "
      "kan man melde sig til netværket uden at være tilsynsmedarbejder?\n\nGod weekend\nAnders",
      {"interesser": "Støj; VVM; Power-to-X"}, PD, unchanged=True, flagged=True,
      note="a question for the chair"),

    c("ow7-en-thunderbird-english-on-danish-form", "thunderbird", "Mark Jensen",
      "Sorry, writing in English. Nothing has changed except my experience: 23 years now.\n"
      "And I'd be happy to take the minutes at the next meetings if Jens can't.\n\nMark",
      {"erfaring": "23"}, PC, unchanged=True, ask=["funktioner"],
      note="English on the Danish form; secretary on a condition about someone else"),

    c("ow7-en-outlook-mac-html-odour", "outlook_mac_html", "Emma Brooks",
      "Hi there,\n\nI work with PFAS, wastewater and odour complaints from the treatment plants. "
      "Experience: 9 years (since 2017). I'm in the PFAS working group. Time: some, maybe more "
      "after the summer.\n\nBest regards\nEmma",
      {"interests": "PFAS; Wastewater", "experience": "9", "groups": "PFAS working group",
       "time": "Some"}, PF, **EN, ask=["interests"]),

    c("ow7-da-apple-mail-to-tal", "apple_mail", "Birthe Kold",
      "Hej\n\nErfaring: 16 år i alt, heraf 4 i kommunen\nTid: lidt – vi er to mand færre i "
      "afdelingen\n\nResten står som før.\n\nKh Birthe",
      {"erfaring": "16", "tid": "Lidt"}, PB, unchanged=True),

    c("ow7-da-iphone-smaa-bogstaver", "iphone", "Kim Hedegaard",
      "Hej. tilføj gerne støj og luft. er gået ned til lidt tid pga nyt job i forvaltningen.. "
      "resten uændret\nmvh Kim",
      {"interesser": "Støj; Luft; Klima", "tid": "Lidt"}, PG, unchanged=True),

    c("ow7-da-outlook-initialer-i-skemaet", "outlook", "Kirsten Toft",
      "Hej, har skrevet i skemaet.\n\n/Kirsten",
      {"funktioner": "Høringstovholder; Sekretær"}, PC,
      edits=[("add", "[ ] Sekretær", "KT: sekretær også fint, men ikke formand")]),
]
