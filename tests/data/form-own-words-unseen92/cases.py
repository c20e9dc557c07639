"""Unseen part 92 of the own-words competence-form replies: an ordinary spring round.
By hand, blind; people invented, at example.org."""

from common import E1, E2, S1, S2, S3, S4, SIG_EN, SIG_KOMMUNE, SIG_SHORT, c

CASES = [
    # --- Danish form -------------------------------------------------------------------------
    c("ow92-da-outlook_ios-tak", "outlook_ios", "Birgitte Holm", "Tak", {}, S1,
      note="Says nothing about the form."),

    c("ow92-da-iphone-klima-ellers-uaendret", "iphone", "Bo Rasmussen",
      "Hej\n\nJeg har fået klimatilpasning ind over skrivebordet siden januar, så sæt gerne "
      "Klima på mig også.\nEllers uændret.\n\nMvh Bo",
      {"interesser": "PFAS; Affald; Klima"}, S4, unchanged=True),

    c("ow92-da-outlook-fast-stilling", "outlook", "Signe Dalgaard",
      "Hej\n\nTak for skemaet. Der er sket lidt siden sidst:\n\nMit barselsvikariat er blevet "
      "lavet om til en fast stilling, men i virksomhedsteamet i stedet for på spildevand. Så jeg "
      "har ikke spildevand mere. Til gengæld har jeg nu IE-virksomhederne og noget støj, og luft "
      "og klima har jeg stadig.\n\nErfaring: 4 år nu.\nTid: stadig meget, jeg glæder mig til at "
      "komme mere med i netværket.\n\nAndet: fastansat i virksomhedsteamet fra 1. marts\n\n"
      + SIG_KOMMUNE,
      {"interesser": "Støj; Luft; Klima; IE-direktivet", "erfaring": "4", "tid": "Meget",
       "andet": "fastansat i virksomhedsteamet fra 1. marts"}, S2,
      note="IE-virksomhederne = IE-direktivet; 'noget støj' adds Støj (it is not the time, "
           "which she gives as 'stadig meget'). The labelled Andet replaces 'Barselsvikar til "
           "juni'. Groups not mentioned ('komme mere med i netværket' is no change)."),

    c("ow92-da-gmail-afbud-intet-nyt", "gmail", "Jytte Kragh",
      "Hej\n\nIntet nyt fra mig i år, skemaet passer.\n\nMen jeg kan desværre ikke deltage i "
      "mødet den 24. april – jeg er på kursus i Kolding hele ugen. Jeg sender gerne mine "
      "kommentarer til høringen om jordflytning på mail inden.\n\nHilsen Jytte",
      {}, S3, unchanged=True, flagged=True,
      note="Absence from the April meeting: for the chair."),

    c("ow92-da-owa-rettet-i-skemaet", "owa", "Lone Juhl",
      "Hej\nJeg har rettet direkte i skemaet herunder.\n/Lone",
      {"interesser": "PFAS; Spildevand; Støj", "funktioner": "", "erfaring": "13"}, S1,
      edits=[("set", "[ ] Spildevand", "[x] Spildevand"),
             ("set", "[x] Sekretær", "[ ] Sekretær"),
             ("set", "Svar: 12", "Svar: 13")],
      note="All changes are crosses and a number typed in the quoted form."),

    c("ow92-da-thunderbird-kollega-barsel", "thunderbird", "Henrik Vestergaard",
      "Hej\n\nBare så I ved det: min kollega Sanne Brix går på barsel 1. april og er væk til "
      "nytår, så hun får nok ikke svaret på skemaet. Hun bad mig sige det.\n\nFor mit eget "
      "vedkommende er det som sidst, bortset fra tiden – jeg overtager en del af Sannes tilsyn, "
      "så sæt mig på lidt i stedet for nogen.\n\nVh Henrik",
      {"tid": "Lidt"}, S4, unchanged=True, flagged=True,
      note="The news about the colleague on leave is for the chair (no question)."),

    c("ow92-da-gmail_android-kort", "gmail_android", "Rikke Bach",
      "tilføj luft, fjern støj. ellers det samme\n\nrikke",
      {"interesser": "PFAS; Luft"}, S1, unchanged=True),

    c("ow92-da-outlook_mac-hvad-er-hoeringstovholder", "outlook_mac", "Kasper Lindholm",
      "Hej\n\nEt spørgsmål før jeg svarer helt: hvad går høringstovholder egentlig ud på? Jeg "
      "har stået som det i to år uden at have fået en eneste høring. Hvis det bare er at samle "
      "gruppens kommentarer til nye bekendtgørelser og sende dem videre, beholder jeg det gerne "
      "– hvis det er mere end det, må I hellere tage mig af.\n\nErfaring skal rettes til 9."
      "\n\nMvh\nKasper",
      {"erfaring": "9"}, S4, ask=["funktioner"],
      note="Keeping Høringstovholder depends on the chair's answer to his question; the "
           "secretary passes funktioner on rather than deciding."),

    c("ow92-da-android-enogtyve", "android", "Per Thomsen",
      "Erfaring: enogtyve år nu 😊 og sæt Klima på mig, jeg har fået klimatilpasningen i "
      "lokalplanerne\n\nPer",
      {"erfaring": "21", "interesser": "Affald; Jord; Klima; VVM"}, S3),

    c("ow92-da-apple_mail-ny-i-gruppen", "apple_mail", "Amalie Friis",
      "Hej\n\nJeg er ny i gruppen – startede i Natur og Miljø 1. februar. Før det var jeg seks "
      "år i en nabokommune, så skriv 6 års erfaring.\n\nJeg arbejder med jord og affald, mest "
      "jordflytninger og affaldstilsyn hos virksomheder. Netværket for miljøtilsyn vil jeg "
      "gerne være med i.\nFunktioner: ikke lige nu, jeg skal lige lande først 🙂\nTid: nogen."
      "\n\nVenlig hilsen\nAmalie Friis",
      {"interesser": "Affald; Jord", "grupper": "Netværk for miljøtilsyn", "funktioner": "",
       "erfaring": "6", "tid": "Nogen"}, {},
      note="New member, empty form. 'Funktioner: ikke lige nu' = none (recorded as empty)."),

    c("ow92-da-owa_html-30-timer", "owa_html", "Mette Kjær",
      "Hej\n\nJeg går ned på 30 timer om ugen fra 1. april, så skriv hellere lidt end nogen ved "
      "tiden. Resten er som før.\n\nVenlig hilsen\nMette",
      {"tid": "Lidt"}, S4, unchanged=True,
      note="'hellere lidt end nogen' chooses Lidt."),

    c("ow92-da-outlook_android-pension", "outlook_android", "Poul Erik Madsen",
      "Kære tovholder\n\nJeg går på pension med udgangen af juni, så det her bliver mit sidste "
      "skema. Indtil da er alt som det står. Formandsposten må I finde en anden til fra sommer "
      "– jeg tager gerne en snak med den, der overtager.\n\nTak for mange gode år!\nPoul Erik",
      {}, S3, unchanged=True, flagged=True,
      note="Retiring and leaving the group in summer: for the chair. Nothing changes now."),

    c("ow92-da-thunderbird_bottom-skrevet-ind", "thunderbird_bottom", "Mikkel Aagaard",
      "Jeg har skrevet i skemaet ovenfor.\n\nMikkel",
      {"interesser": "PFAS; Spildevand; Luft; Klima", "erfaring": "4"}, S2,
      edits=[("add", "1. Interesser", "PFAS også - vi har fundet det i to regnvandsbassiner"),
             ("set", "Svar: 3", "Svar: 4")],
      note="A line typed under question 1 adds PFAS; the number is changed in the Svar line."),

    c("ow92-da-gmail-english-on-danish", "gmail", "Anna Kowalski",
      "Hi,\n\nSorry for answering in English – my Danish is still not good enough for forms!\n"
      "Please remove noise, I haven't worked with it since January. I now do air and climate "
      "instead, together with PFAS.\nEverything else is the same.\n\nBest,\nAnna",
      {"interesser": "PFAS; Luft; Klima"}, S1, unchanged=True,
      note="English on the Danish form: noise = Støj, air = Luft, climate = Klima."),

    c("ow92-da-outlook_prefix-lugt-ptx", "outlook_prefix", "Torben Nørgaard",
      "Hej\n\nTo ting til skemaet:\n- Vi har fået et Power-to-X-anlæg ved havnen, som jeg har "
      "tilsynet med, så det skal på.\n- Jeg sidder også med rigtig mange lugtklager fra "
      "biogasanlægget og svinebrugene. Det står ikke som et område – skal det under Luft, eller "
      "skal det slet ikke med?\n\nMvh Torben",
      {"interesser": "PFAS; Affald; Power-to-X"}, S4, ask=["interesser"],
      note="Power-to-X recorded; odour (lugt) is no option and he asks whether it belongs under "
           "Luft: passed on."),

    c("ow92-da-outlook_html-formand-hvis-ingen", "outlook_html", "Lars Kirkegaard",
      "Hej\n\nJeg er kommet med i PFAS-arbejdsgruppen siden sidst, den skal på.\n\nOg så til "
      "funktionerne: hvis ingen andre melder sig som formand, vil jeg godt tage det et år. "
      "Sekretær er ikke noget for mig.\n\nHilsen Lars",
      {"grupper": "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS"}, S4, ask=["funktioner"],
      note="Formand only on a condition on others: asked. Høringstovholder is not mentioned "
           "and stays; Sekretær was not set."),

    c("ow92-da-apple_forward-videresendt", "apple_forward", "Gitte Lauridsen",
      "Hej\n\nJeg kunne ikke få svar-knappen til at virke på telefonen, så jeg videresender "
      "bare.\n\nMine svar: affald og jord – PFAS har jeg ikke mere. Lidt tid. Erfaring 11 år i "
      "alt, heraf 5 her i kommunen.",
      {"interesser": "Affald; Jord", "tid": "Lidt", "erfaring": "11"}, S4,
      note="The question is years of experience on the field, so the total (11) is recorded, "
           "not the years in this municipality."),

    c("ow92-da-iphone-samme-som-mette", "iphone", "Jonas Bruun",
      "Skriv det samme som Mette Kjær – vi sidder i samme team og laver præcis det samme. Dog "
      "har jeg kun 7 års erfaring.\n\nJonas",
      {"erfaring": "7"}, S1, flagged=True,
      note="'Skriv det samme som Mette Kjær' is for the chair; only his own number is "
           "recorded."),

    c("ow92-da-thunderbird-uden-aeoeaa", "thunderbird", "Søren Kjeldsen",
      "Hej\n\nStoej og jord er nye for mig i aar, jeg har overtaget Ronnis omraade. Spildevand, "
      "luft og klima har jeg stadig.\nTiden er blevet mindre - saet nogen i stedet for meget."
      "\n\nmvh Soeren\n(sidder i Berlin paa et tysk tastatur)",
      {"interesser": "Spildevand; Støj; Luft; Jord; Klima", "tid": "Nogen"}, S2,
      note="oe/aa spellings: Stoej = Støj."),

    c("ow92-da-outlook-mange-aendringer", "outlook", "Hanne Østergaard",
      "Hej\n\nDer er sket en del siden sidste år, så her kommer det hele:\n\nFagområder: VVM er "
      "flyttet over til planafdelingen, så det har jeg ikke længere. Til gengæld har jeg fået "
      "spildevand og IE-virksomhederne. Affald og jord beholder jeg.\nGrupper: jeg er kommet "
      "med i netværket for miljøtilsyn.\nFunktioner: jeg stiller ikke op som formand igen, men "
      "fortsætter gerne som høringstovholder.\nErfaring: 21\nTid: nogen – lidt mere end sidst, "
      "nu hvor formandsposten falder væk.\n\n" + SIG_SHORT,
      {"interesser": "Spildevand; Affald; Jord; IE-direktivet",
       "grupper": "Netværk for miljøtilsyn", "funktioner": "Høringstovholder",
       "erfaring": "21", "tid": "Nogen"}, S3,
      note="Tid is Nogen ('lidt mere end sidst' explains it, it is not the option Lidt)."),

    c("ow92-da-outlook_mac_html-kryds-og-betingelse", "outlook_mac_html", "Ole Damgaard",
      "Hej\n\nJeg har sat kryds ved jord og sekretær nedenfor. Jord fordi jeg har fået "
      "jordforureningssagerne efter Birthe, og sekretær kan jeg godt tage, hvis Kirsten stopper."
      "\n\nHilsen Ole",
      {"interesser": "PFAS; Affald; Jord"}, S4, ask=["funktioner"],
      edits=[("set", "[ ] Jord", "[x] Jord"), ("set", "[ ] Sekretær", "[x] Sekretær")],
      note="The Sekretær cross is conditional on a colleague stopping: asked, not recorded."),

    c("ow92-da-android-uaendret", "android", "Kim Sørensen", "Uændret.", {}, S2,
      unchanged=True),

    c("ow92-da-owa-afbud-lidt-tid", "owa", "Malene Krogh",
      "Hej\n\nJeg er på ferie i uge 16, så jeg misser forårsmødet – beklager.\n\nTil skemaet: "
      "jeg har fået landbrugstilsynet oveni, så der er meget mindre tid til gruppen. Sæt lidt. "
      "Og tag mig af PFAS-arbejdsgruppen, den når jeg ikke.\n\nHilsen\nMalene",
      {"tid": "Lidt", "grupper": "Netværk for miljøtilsyn"}, S2, flagged=True,
      note="Absence from the spring meeting: for the chair. 'meget mindre tid' is no answer "
           "Meget; she says 'Sæt lidt'."),

    c("ow92-da-gmail_android-jord-mangler", "gmail_android", "Louise Winther",
      "Hej, Jord mangler hos mig – det skrev jeg også sidste år. Hvorfor kom det ikke med? "
      "Resten ser rigtigt ud.\nLouise",
      {"interesser": "PFAS; Støj; Jord"}, S1, unchanged=True, flagged=True,
      note="Jord added; her question why it was missing is for the chair."),

    c("ow92-da-apple_mail-ida-overtager", "apple_mail", "Charlotte Bech",
      "Hej\n\nDer er lidt ændringer hos mig: Vi har fået VVM-screeningen af den store "
      "solcellepark ved Vindum, og den kommer til at fylde det meste af året. PFAS har jeg "
      "givet videre til vores nye kollega Ida Munk, og hun tager også min plads i "
      "PFAS-arbejdsgruppen. Støj beholder jeg.\n\nTid: nogen, men det bliver nok til meget "
      "efter sommerferien.\n\nI sender vel også skemaet til Ida? Hun er på "
      "ida.munk@example.org.\n\nKh Charlotte",
      {"interesser": "Støj; VVM", "grupper": "", "tid": "Nogen"}, S1, flagged=True,
      note="Time now is Nogen (the later 'meget' is a forecast). Sending the form to the new "
           "colleague is a question for the chair. Sekretær not mentioned: stays."),

    # --- English form ------------------------------------------------------------------------
    c("ow92-en-outlook-same-as-last-year", "outlook", "Niels Bjerre",
      "Same as last year – thanks for keeping track!\n\n" + SIG_EN,
      {}, E1, lang="en", unchanged=True),

    c("ow92-en-gmail-pfas-waste-secretary", "gmail", "Sarah Collins",
      "Hi,\n\nPlease add PFAS and waste to my areas – I took over the landfill inspections in "
      "February.\nI could also be secretary if nobody else wants to do it.\n\nCheers,\nSarah",
      {"interests": "PFAS; Waste; Air; Climate"}, E2, lang="en", ask=["functions"],
      note="Secretary only if nobody else wants it: a condition on others, asked."),

    c("ow92-en-iphone-parental-leave", "iphone", "Mads Hviid",
      "Hi, I'm on parental leave from 15 March until 1 September, so I won't be able to chair "
      "the April meeting. Could Henrik take it? Otherwise put me down for little time this "
      "year.\n\nMads",
      {"time": "Little"}, E1, lang="en", flagged=True,
      note="Leave and the April meeting are for the chair; he does not give up Chair as a "
           "function, so functions stay."),

    c("ow92-en-owa_html-typed-in-form", "owa_html", "Julie Brandt",
      "Hi – my changes are in the form below.\nJulie",
      {"experience": "11", "time": "Some",
       "other": "Moving to the Vejle office in May, same job"}, E2, lang="en",
      edits=[("set", "[x] Much", "[ ] Much"), ("set", "[ ] Some", "[x] Some"),
             ("set", "Answer: 10", "Answer: 11"),
             ("set", "Answer:", "Answer: Moving to the Vejle office in May, same job",
              "6. Other")]),

    c("ow92-en-outlook_prefix-range", "outlook_prefix", "Peter Lund",
      "Hello,\n\nExperience: somewhere between 15 and 20 years, depending on whether you count "
      "my years at the regional authority.\nTime: some, as before.\nNothing else has changed."
      "\n\nRegards\nPeter Lund",
      {"time": "Some"}, E1, lang="en", unchanged=True, ask=["experience"],
      note="A range of years: asked."),

    c("ow92-en-apple_mail-groundwater", "apple_mail", "Ingrid Solberg",
      "Hi,\n\nMy job has changed a bit: I now work mainly with groundwater protection and "
      "drinking water. Climate is still part of it, but not air any more.\nI've also left the "
      "PFAS working group.\n\nBest wishes\nIngrid",
      {"interests": "Climate", "groups": "Inspection network"}, E2, lang="en",
      ask=["interests"],
      note="Air removed, Climate kept; groundwater and drinking water are no option: passed on."),

    c("ow92-en-outlook_ios-danish", "outlook_ios", "Kirsten Møller",
      "Hej – jeg svarer lige på dansk 🙂 Alt er som før, bortset fra at jeg nu også har "
      "jordforurening.\n\nMvh Kirsten",
      {"interests": "Wastewater; Noise; Soil"}, E1, lang="en", unchanged=True,
      note="Danish on the English form: jordforurening = Soil."),

    c("ow92-en-gmail_android-after-easter", "gmail_android", "Tobias Ravn",
      "Thanks – I'll get back to you after Easter when I know my new tasks.",
      {}, E2, lang="en",
      note="A promise to answer later, nothing about the form."),
]
