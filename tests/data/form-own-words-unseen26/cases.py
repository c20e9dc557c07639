"""Unseen part 26 of the own-words form replies (issue 14): one ordinary autumn round in a
working group of 30 Danish municipal environment officers. Written blind (without reading the
parser, its tests or the other parts); the expected answers are what a careful human secretary
records, by hand. People invented, at example.org."""

from __future__ import annotations

from common import SIG_EN, SIG_KOMMUNE, SIG_SHORT, c

# --- what the form showed pre-filled (this round's members) ------------------------------------

P_A = {"interesser": "Spildevand; Jord", "grupper": "Netværk for miljøtilsyn", "funktioner": "",
       "erfaring": "12", "tid": "Nogen"}
P_B = {"interesser": "PFAS; Støj; Luft", "grupper": "Arbejdsgruppe om PFAS",
       "funktioner": "Sekretær", "erfaring": "6", "tid": "Meget"}
P_C = {"interesser": "Affald; Klima; VVM", "grupper": "", "funktioner": "Formand; Høringstovholder",
       "erfaring": "24", "tid": "Lidt"}
P_D = {"interesser": "Støj; Luft; IE-direktivet; Power-to-X",
       "grupper": "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS",
       "funktioner": "Høringstovholder", "erfaring": "10", "tid": "Nogen"}
P_E = {"interesser": "PFAS; Spildevand; Jord", "grupper": "Netværk for miljøtilsyn",
       "funktioner": "", "erfaring": "3", "tid": "Nogen", "andet": "Deltid (30 t) til marts"}
P_G = {"interesser": "PFAS; Støj", "grupper": "Arbejdsgruppe om PFAS", "funktioner": "",
       "erfaring": "5", "tid": "Nogen"}
NEW: dict[str, str] = {}  # joined this year: nothing pre-filled

Q1 = {"interests": "Wastewater; Soil; Climate", "groups": "Inspection network",
      "functions": "Secretary", "experience": "15", "time": "Some"}
Q2 = {"interests": "Noise; Air; IED", "groups": "", "functions": "", "experience": "4",
      "time": "Much"}
Q3 = {"interests": "PFAS; Waste", "groups": "Inspection network; PFAS working group",
      "functions": "Chair", "experience": "19", "time": "Little"}

EN = {"lang": "en"}

CASES = [
    # --- routine: nothing changed, a cross or two, one value in words ----------------------------
    c("ow26-da-outlook-ingen-aendringer", "outlook", "Søren Kjærgaard",
      "Hej\n\nIngen ændringer fra min side i år.\n\n" + SIG_KOMMUNE,
      {}, P_A, unchanged=True),
    c("ow26-da-iphone-kryds-klima-resten-passer", "iphone", "Mette Vinther",
      "Har sat kryds ved klima. Resten passer stadig 👍",
      {"interesser": "PFAS; Støj; Luft; Klima"}, P_B, unchanged=True,
      edits=[("set", "[ ] Klima", "[x] Klima")]),
    c("ow26-da-gmail-eneste-aendring-erfaring", "gmail", "Jonas Holm",
      "Hej\n\nEneste ændring: erfaring er nu 13 år.\n\nMvh Jonas",
      {"erfaring": "13"}, P_A, unchanged=True,
      note="'eneste ændring' says the rest is as before"),
    c("ow26-en-outlook_ios-all-still-correct", "outlook_ios", "Lukas Weber",
      "All still correct, thanks!\n\nLukas",
      {}, Q1, unchanged=True, **EN),
    c("ow26-da-owa-tak-kigger-paa-det", "owa", "Birgitte Ravn",
      "Tak – jeg kigger på det, når jeg er tilbage fra kursus i næste uge.\n\nBirgitte",
      {}, P_C, note="nothing about the form yet; no answers, not unchanged, nothing to pass on"),
    c("ow26-da-android-spildevand-tiden-skrumpet", "android", "Kasper Dahl",
      "Sæt også spildevand på mig. Og tiden er skrumpet, så sæt mig ned på lidt\n\nKasper",
      {"interesser": "PFAS; Spildevand; Støj; Luft", "tid": "Lidt"}, P_B,
      note="'lidt' without a label is the time answer"),
    c("ow26-da-outlook_mac-stoej-fjernes-kollega", "outlook_mac", "Hanne Bech",
      "Hej\n\nStøj kan I godt fjerne – det er flyttet over til vores nye kollega i plan. "
      "Ellers er alt som før.\n\nHanne",
      {"interesser": "Luft; IE-direktivet; Power-to-X"}, P_D, unchanged=True),
    c("ow26-da-thunderbird-udfyldt-i-skemaet", "thunderbird", "Peter Skov",
      "Hermed udfyldt.\n\n" + SIG_SHORT,
      {"interesser": "Affald; Jord", "erfaring": "7", "tid": "Nogen",
       "andet": "Ny i gruppen siden september"}, NEW,
      edits=[("set", "[ ] Affald", "[x] Affald"), ("set", "[ ] Jord", "[x] Jord"),
             ("set", "Svar:", "Svar: 7", "4. Erfaring"), ("set", "[ ] Nogen", "[x] Nogen"),
             ("set", "Svar:", "Svar: Ny i gruppen siden september", "6. Andet")],
      note="typed on the form's own Svar lines"),
    c("ow26-en-gmail_android-little-time-rest-as-before", "gmail_android", "Priya Raman",
      "Little time this term I'm afraid - we're two people short in the department. "
      "Rest as before.\n\nPriya",
      {"time": "Little"}, Q1, unchanged=True, **EN),
    c("ow26-da-outlook-som-sidst-men-11-aar", "outlook", "Poul Hedegaard",
      "Som sidst, men skriv 11 år under erfaring.\n\n" + SIG_SHORT,
      {"erfaring": "11"}, P_D, unchanged=True),
    c("ow26-da-outlook_android-skift-stoej-ud-med-luft", "outlook_android", "Henrik Bang",
      "Skift støj ud med luft, tak",
      {"interesser": "PFAS; Luft"}, P_G),
    c("ow26-da-outlook_prefix-kun-netvaerket", "outlook_prefix", "Gitte Sand",
      "Jeg er kun med i netværket nu, ikke i PFAS-gruppen længere. Ellers passer det.\n\nGitte",
      {"grupper": "Netværk for miljøtilsyn"}, P_D, unchanged=True,
      note="'PFAS-gruppen' is the working group, not the PFAS interest"),
    c("ow26-da-outlook_html-kun-kryds", "outlook_html", "Klaus Friis",
      "Se rettelser herunder.\n\nKlaus",
      {"interesser": "PFAS; Spildevand; Affald; Jord", "tid": "Meget",
       "andet": "Fuld tid igen fra 1. november"}, P_E,
      edits=[("set", "[ ] Affald", "[x] Affald"), ("set", "[x] Nogen", "[ ] Nogen"),
             ("set", "[ ] Meget", "[x] Meget"),
             ("set", "Svar: Deltid (30 t) til marts", "Svar: Fuld tid igen fra 1. november")]),
    c("ow26-da-apple_mail-uaendret-ellers-pfas-gruppen", "apple_mail", "Ole Nygaard",
      "Uændret ellers, bortset fra at jeg nu også er kommet med i PFAS-gruppen.\n\nMvh Ole",
      {"grupper": "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS"}, P_A, unchanged=True),
    c("ow26-da-owa_html-kryds-og-hoeringstovholder", "owa_html", "Lars Winther",
      "Hej\n\nHar rettet i krydserne. Vil desuden gerne være høringstovholder fra nytår.\n\nLars",
      {"interesser": "Spildevand; Klima", "funktioner": "Høringstovholder"}, P_A,
      edits=[("set", "[ ] Klima", "[x] Klima"), ("set", "[x] Jord", "[ ] Jord")]),
    c("ow26-da-iphone-flueben", "iphone", "Signe Mølgaard",
      "Se flueben 🙂 Er ret ny, så 2 års erfaring",
      {"interesser": "Klima; VVM", "erfaring": "2"}, NEW,
      edits=[("set", "[ ] Klima", "[ ] Klima ✔"), ("set", "[ ] VVM", "[ ] VVM ✔")],
      note="check marks after the options are her marks"),
    c("ow26-da-outlook-inline-initialer", "outlook", "Tove Rasmussen",
      "Hej\n\nJeg har svaret med initialer nede i skemaet.\n\nTove",
      {"interesser": "PFAS; Spildevand; Jord", "erfaring": "14"}, P_A,
      edits=[("add", "1. Interesser", "TR: tilføj PFAS"), ("add", "4. Erfaring", "TR: 14 nu")]),

    # --- the minority: reasons, compounds, numbers in words, things to pass on -------------------
    c("ow26-da-gmail-jord-pfas-klimatilpasning", "gmail", "Line Østergaard",
      "Hej\n\nJeg arbejder med jord og PFAS – og klimatilpasning, det fylder mere og mere. "
      "9 års erfaring, de fleste i Eksempel Kommune. Kan godt tage sekretærjobbet en periode, "
      "hvis der er brug for det.\n\nVh Line",
      {"interesser": "PFAS; Jord; Klima", "erfaring": "9", "funktioner": "Sekretær"}, NEW,
      note="klimatilpasning -> Klima; sekretærjobbet with a condition is still Sekretær"),
    c("ow26-da-outlook-syvogtyve-heraf-elleve", "outlook", "Bent Mikkelsen",
      "Hej\n\nErfaringen står forkert – det er syvogtyve år i alt, heraf de elleve her i "
      "kommunen. Resten er fint.\n\n" + SIG_KOMMUNE,
      {"erfaring": "27"}, P_C, unchanged=True,
      note="years in the field: 27 in all, not the 11 at this municipality"),
    c("ow26-da-iphone-meget-travlt-lidt-tid", "iphone", "Rikke Thomsen",
      "Har meget travlt i år med omlægningen i afdelingen, så kun lidt tid til gruppen desværre",
      {"tid": "Lidt"}, P_B,
      note="'meget travlt' is not the time answer; 'gruppen' is no label"),
    c("ow26-da-gmail_android-spildevandet-affaldstilsynet", "gmail_android", "Morten Kjeldsen",
      "Jeg sidder mest med spildevandet og affaldstilsynet nu, jord er røget over til en anden. "
      "Er stadig med i tilsynsnetværket",
      {"interesser": "Spildevand; Affald"}, P_A,
      note="affaldstilsynet -> Affald; Jord removed; the network as before"),
    c("ow26-da-outlook_android-grundvand-og-lidt-jord", "outlook_android", "Anne Frost",
      "Hej. Jeg arbejder mest med grundvandsbeskyttelse og så lidt jord. Har været i faget "
      "i 15 år.\n\nAnne",
      {"interesser": "Jord", "erfaring": "15"}, NEW, ask=["interesser"],
      note="grundvandsbeskyttelse is no option: passed on; 'lidt jord' is not the time"),
    c("ow26-da-outlook-afbud-gruppens-moede-kommentarer", "outlook", "Susanne Krog",
      "Hej\n\nJeg kan desværre ikke deltage i gruppens møde den 20. januar. Ingen kommentarer "
      "til skemaet, det hele er uændret.\n\n" + SIG_KOMMUNE,
      {}, P_D, unchanged=True, flagged=True,
      note="an absence for the chair; 'kommentarer' is no Andet label"),
    c("ow26-da-gmail-formandsposten-andet-pension", "gmail", "Jørgen Lauridsen",
      "Tag mig gerne af formandsposten.\n\nAndet: Går på pension til sommer\n\nHilsen Jørgen",
      {"funktioner": "Høringstovholder", "andet": "Går på pension til sommer"}, P_C,
      flagged=True, note="leaving the group at retirement: the chair should know"),
    c("ow26-da-android-erfaring-mellem-4-og-5", "android", "Camilla Juhl",
      "Erfaring: et sted mellem 4 og 5 år, alt efter om barslen tæller med 😊\nTid: nogen",
      {"tid": "Nogen"}, P_E, ask=["erfaring"], note="a range: passed on"),
    c("ow26-da-outlook_ios-labels-linjer", "outlook_ios", "Mads Lykke",
      "Interesser: luft, støj og IE-direktivet (mest IE-virksomheder)\nGrupper: ingen endnu\n"
      "Tid: nogen\nErfaring: 4 år",
      {"interesser": "Støj; Luft; IE-direktivet", "grupper": "", "tid": "Nogen",
       "erfaring": "4"}, NEW),
    c("ow26-da-thunderbird-nogen-tid-og-sekretaer", "thunderbird", "Birthe Dam",
      "Hej\n\nSæt mig op til nogen tid i stedet for lidt. Og så kan jeg godt tage en tørn som "
      "sekretær.\n\nBirthe",
      {"tid": "Nogen", "funktioner": "Formand; Høringstovholder; Sekretær"}, P_C),
    c("ow26-da-gmail-kl-netvaerk-klimatilpasning", "gmail", "Nina Bjerre",
      "Hej\n\nTil info sidder jeg nu også i KL's netværk for klimatilpasning – ved ikke om det "
      "skal med under grupper?\n\nNina",
      {}, P_E, ask=["grupper"],
      note="an outside network, no option: passed on, not mapped to the tilsyn network or Klima"),
    c("ow26-en-gmail-pfas-group-noise-off", "gmail", "Fiona Brandt",
      "Hi,\n\nPlease add me to the PFAS working group, and you can take Noise off - our "
      "planning department handles that now. Otherwise nothing's changed.\n\nBest,\nFiona",
      {"groups": "PFAS working group", "interests": "Air; IED"}, Q2, unchanged=True, **EN),
    c("ow26-en-outlook-form-fine-absence", "outlook", "Mark Ellison",
      "Hi\n\nThe form is fine as it is. I won't be able to make the meeting on 14 January "
      "though - I'm on a course that week.\n\n" + SIG_EN,
      {}, Q3, unchanged=True, flagged=True, note="an absence for the chair", **EN),
    c("ow26-en-thunderbird_bottom-some-twelve", "thunderbird_bottom", "Agnieszka Nowak",
      "Time: some - not as much as last year.\nExperience: twelve years now, if you count my "
      "years in Poland.\n\nAgnieszka",
      {"time": "Some", "experience": "12"}, Q2, **EN),
    c("ow26-en-owa-soil-climate-eia", "owa", "Tom Hartley",
      "Hi,\n\nInterests: soil contamination, climate adaptation and EIA screenings.\n"
      "Happy to be consultation coordinator if it helps.\nExperience: 6 years (2 in Denmark)."
      "\n\nTom",
      {"interests": "Soil; Climate; EIA", "functions": "Consultation coordinator",
       "experience": "6"}, NEW, **EN),
    c("ow26-en-outlook_mac-25-years-not-much", "outlook_mac", "Eva Lindqvist",
      "Experience should be 25 years (19 here at the municipality, the rest in Sweden). "
      "Time: not much, unfortunately. No other changes.\n\nEva",
      {"experience": "25", "time": "Little"}, Q3, unchanged=True, **EN),
    c("ow26-en-iphone-add-pfas-secretary", "iphone", "Rachel Moore",
      "Add PFAS please, we've had two new cases this autumn. I could step in as secretary "
      "if you're stuck",
      {"interests": "PFAS; Noise; Air; IED", "functions": "Secretary"}, Q2,
      note="'two new cases' is no experience", **EN),
]
