"""Unseen part 54 (ow54): the first round of the new year. Members are back after Christmas; some
change jobs or tasks from 1 January, the two-year functions change hands, some write long careful
mails with signatures, others one line from the phone; a few ask the chair something or send
their apologies for the January meeting. By hand, written blind; people invented, at
example.org."""

from common import E1, E2, S1, S2, S3, S4, SIG_EN, SIG_KOMMUNE, SIG_SHORT, c

CASES = [
    # --- Danish form -------------------------------------------------------------------------
    c("ow54-da-outlook-stiller-op-som-formand", "outlook", "Birgitte Vestergaard",
      "Hej\n\n"
      "Godt nytår! Jeg har tænkt over det i julen, og jeg stiller gerne op som formand, når "
      "posten skal besættes på januarmødet. Høringstovholder vil jeg også gerne blive ved med, "
      "i hvert fald indtil vi finder en afløser.\n\n"
      "Erfaringen skal rettes til 9 år nu.\n\n"
      "Resten passer.\n\n" + SIG_KOMMUNE,
      {"funktioner": "Formand; Høringstovholder", "erfaring": "9"}, S4, unchanged=True,
      note="'stiller gerne op som formand' adds Formand; Høringstovholder is kept (sent). "
           "'Resten passer' = the rest as before."),

    c("ow54-da-iphone-godt-nytaar-tak", "iphone", "Jesper Kjær",
      "Godt nytår og tak for påmindelsen 🎉 Jeg kigger på det, når jeg er tilbage på kontoret "
      "mandag.",
      {}, S1,
      note="Nothing about the form yet; a promise to come back is not an answer and nothing "
           "for the chair."),

    c("ow54-da-gmail-skifter-job-februar", "gmail", "Trine Bech",
      "Hej alle\n\n"
      "Jeg har fået nyt job i Region Eksempel og stopper i kommunen den 31. januar. Jeg går "
      "derfor ud af gruppen – tak for mange gode år og for godt samarbejde!\n\n"
      "Min afløser hedder Peter Holm, og han skriver selv til jer, når han er startet.\n\n"
      "Hilsen\nTrine",
      {}, S4, flagged=True,
      note="Leaving the group at the end of January: for the chair, nothing to record on the "
           "form."),

    c("ow54-da-outlook_ios-giver-sekretaer-videre", "outlook_ios", "Anders Mølgaard",
      "Mine to år som sekretær er gået, så den giver jeg videre. Ellers uændret",
      {"funktioner": ""}, S1, unchanged=True,
      note="Sekretær was his only function; handing it over leaves none. 'to år' is the "
           "length of his term, not his experience."),

    c("ow54-da-thunderbird-nye-opgaver-fra-nytaar", "thunderbird", "Kasper Lund",
      "Hej\n\n"
      "Vi har fået ny opgavefordeling i afdelingen fra 1. januar. Jeg har afleveret "
      "affaldsområdet og fået spildevnad og jord i stedet. PFAS beholder jeg.\n\n"
      "Mvh\nKasper",
      {"interesser": "PFAS; Spildevand; Jord"}, S4,
      note="Affald removed, Spildevand (typo 'spildevnad') and Jord added, PFAS kept."),

    c("ow54-da-android-vil-vaere-hoeringstovholder", "android", "Rikke Thorsen",
      "hvornår skal vi vælge ny høringstovholder? jeg vil gerne stille op til det. resten er "
      "som før",
      {"funktioner": "Høringstovholder"}, S2, unchanged=True, flagged=True,
      note="She is willing to be Høringstovholder (recorded); the question about when the "
           "election is held is for the chair."),

    c("ow54-da-apple_mail-fastansat-lang", "apple_mail", "Sara Holm-Nielsen",
      "Kære tovholder\n\n"
      "Tak for skemaet, og godt nytår til jer alle.\n\n"
      "Der er et par ændringer fra min side efter nytår:\n\n"
      "- Andet: Fastansat fra 1. januar (ikke længere barselsvikar)\n"
      "- Erfaring: 4 år nu\n"
      "- Luft har jeg ikke længere – det er lagt over til vores nye kollega\n"
      "- Tid: nogen. Meget var lidt optimistisk med de nye opgaver\n\n"
      "Alt andet står, som det skal.\n\n" + SIG_SHORT,
      {"interesser": "Spildevand; Klima", "erfaring": "4", "tid": "Nogen",
       "andet": "Fastansat fra 1. januar (ikke længere barselsvikar)"}, S2, unchanged=True,
      note="The labelled Andet replaces the sent 'Barselsvikar til juni'. 'Meget var lidt "
           "optimistisk' explains the change; the answer is 'Tid: nogen'."),

    c("ow54-da-gmail_android-lidt-tid-jordforurening", "gmail_android", "Camilla Rask",
      "Sæt mig på lidt tid i år, jeg har fået en ekstra opgave med jordforurening efter nytår",
      {"interesser": "PFAS; Støj; Jord", "tid": "Lidt"}, S1,
      note="'opgave med jordforurening' = she now works with Jord (added to the sent set)."),

    c("ow54-da-outlook_prefix-rettet-i-skemaet", "outlook_prefix", "Bo Frandsen",
      "Rettet i skemaet herunder – jeg har haft høringerne i to år, nu må en anden tage over.\n\n"
      "Bo",
      {"funktioner": "Sekretær", "tid": "Meget"}, S4,
      edits=[("set", "[x] Høringstovholder", "[ ] Høringstovholder"),
             ("set", "[ ] Sekretær", "[x] Sekretær"),
             ("set", "[x] Nogen", "[ ] Nogen"),
             ("set", "[ ] Meget", "[x] Meget")],
      note="Crosses moved inside the quoted form: Høringstovholder off, Sekretær on, time "
           "Nogen -> Meget."),

    c("ow54-da-owa_html-overtager-hoeringer", "owa_html", "Marianne Dahl",
      "Hej\n\n"
      "Fra februar overtager jeg høringerne efter Kirsten, som går på pension, så sæt mig som "
      "høringstovholder i stedet for sekretær.\n\n" + SIG_SHORT,
      {"funktioner": "Høringstovholder"}, S1,
      note="Swap of functions: Sekretær out, Høringstovholder in. Kirsten's retirement is "
           "news about someone else, not for this member's form."),

    c("ow54-da-iphone-ny-titel-samme-omraader", "iphone", "Nikolaj Brandt",
      "Hej! Ny titel fra nytår (miljøkoordinator), men samme fagområder og samme netværk. "
      "Erfaring syv år nu. Ellers som sidst 👍",
      {"erfaring": "7"},
      {"interesser": "Støj; Luft", "grupper": "Netværk for miljøtilsyn", "funktioner": "",
       "erfaring": "6", "tid": "Nogen"}, unchanged=True,
      note="The new title is news with no consequence for the form (same areas, same network), "
           "so nothing to pass on."),

    c("ow54-da-outlook_android-engelsk-ny-i-teamet", "outlook_android", "Julia Kowalski",
      "Hi – I'm new in the team since January (I took over Lars' tasks). I work with "
      "wastewater and noise, 2 years of experience. Not much time yet, still learning the "
      "ropes.\nBest, Julia",
      {"interesser": "Spildevand; Støj", "erfaring": "2", "tid": "Lidt"}, {},
      note="English on the Danish form, new member with nothing pre-filled. 'Not much time' = "
           "Lidt."),

    c("ow54-da-outlook_mac-formand-stopper-lang", "outlook_mac", "Hanne Sørensen",
      "Kære alle\n\n"
      "Godt nytår, og tak for et godt år i gruppen.\n\n"
      "Som jeg sagde på decembermødet, stopper jeg som formand, når vi vælger på januarmødet "
      "– to år er nok, og der skal nye kræfter til. Høringstovholder fortsætter jeg gerne "
      "med.\n\n"
      "Fra nytår har jeg også fået IE-tilsynet med de store virksomheder, så sæt gerne kryds "
      "ved IE-direktivet.\n\n"
      "Erfaring: 21\n"
      "Tid: nogen, nu hvor formandsopgaven falder væk.\n\n"
      "Ellers er alt som før.\n\n" + SIG_KOMMUNE,
      {"interesser": "Affald; Jord; VVM; IE-direktivet", "funktioner": "Høringstovholder",
       "erfaring": "21", "tid": "Nogen"}, S3, unchanged=True,
      note="The chair steps down (Formand removed, Høringstovholder kept); the election on the "
           "January meeting is the group's ordinary business, already known to the chair."),

    c("ow54-da-gmail-erfaring-interval", "gmail", "Mikkel Winther",
      "Hej\n\n"
      "Erfaring: 15-16 år, alt efter om man tæller min tid som studentermedhjælper med. Det må "
      "I afgøre. Resten er uændret.\n\n"
      "Hilsen Mikkel",
      {},
      {"interesser": "Spildevand; Affald", "grupper": "Netværk for miljøtilsyn",
       "funktioner": "", "erfaring": "14", "tid": "Nogen"},
      ask=["erfaring"], unchanged=True,
      note="A range, and he leaves the choice to the group: passed on."),

    c("ow54-da-android-stoej-flyttet-til-kollega", "android", "Lone Juhl",
      "Støj er flyttet til Jonas fra nytår, så fjern den. Til gengæld er jeg kommet på luft 🌬️",
      {"interesser": "PFAS; Luft"}, S1,
      note="Støj removed, Luft added; PFAS kept. Jonas is named only as the colleague who took "
           "over."),

    c("ow54-da-outlook_html-vikariat-forlaenget-i-skemaet", "outlook_html", "Lærke Mortensen",
      "Se punkt 6. Ellers uændret.\n\nMvh\nLærke",
      {"andet": "Forlænget til december"}, S2, unchanged=True,
      edits=[("set", "Svar: Barselsvikar til juni", "Svar: Forlænget til december")],
      note="Typed over the pre-filled Andet answer inside the quoted form."),

    c("ow54-da-thunderbird_bottom-landbrugstilsyn", "thunderbird_bottom", "Signe Toft",
      "Hej\n\n"
      "Jeg er fra 1/1 gået over til landbrugstilsyn (mest husdyrbrug og gylle), så jeg ved ikke "
      "helt, hvad jeg skal sætte kryds ved under fagområder. Affald har jeg i hvert fald ikke "
      "mere. Resten er som før.\n\n"
      "Vh Signe",
      {"interesser": "PFAS"}, S4, ask=["interesser"], unchanged=True,
      note="Affald removed with confidence (PFAS stays, not mentioned); landbrug/husdyrbrug is no "
           "option and she asks herself what to tick, so interests go to the chair too."),

    c("ow54-da-owa-barsel-resten-af-aaret", "owa", "Louise Kragh",
      "Hej\n\n"
      "Jeg går på barsel 1. februar og er væk resten af året, så jeg når kun januarmødet. Sæt "
      "mig til lidt tid, og tag mig af som høringstovholder – mine høringer er overdraget til "
      "Signe fra februar.\n\n"
      "Kh Louise",
      {"funktioner": "", "tid": "Lidt"},
      {"interesser": "Spildevand; Klima", "grupper": "Arbejdsgruppe om PFAS",
       "funktioner": "Høringstovholder", "erfaring": "5", "tid": "Nogen"}, flagged=True,
      note="Away on leave from February for the rest of the year (misses the meetings): the "
           "chair should know. Høringstovholder was her only function."),

    c("ow54-da-iphone-samme-som-sidst", "iphone", "Per Vinther",
      "Samme som sidst 🙂 godt nytår",
      {}, S3, unchanged=True),

    c("ow54-da-gmail_android-tretten-aar-aa", "gmail_android", "Søren Aagaard",
      "erfaring er nu tretten aar. skriv mig ogsaa op til hoeringstovholder, det kan jeg godt "
      "klare sammen med referaterne",
      {"funktioner": "Høringstovholder; Sekretær", "erfaring": "13"}, S1,
      note="aa/oe spellings; 'sammen med referaterne' = he keeps Sekretær (sent) and adds "
           "Høringstovholder."),

    c("ow54-da-outlook_ios-afbud-og-vvm", "outlook_ios", "Pia Skov",
      "Kan ikke deltage d. 22/1, jeg er til tandlæge. Sæt x ved VVM, dem har jeg fået flere af "
      "efter nytår. /Pia",
      {"interesser": "Jord; Klima; VVM"},
      {"interesser": "Jord; Klima", "grupper": "Netværk for miljøtilsyn", "funktioner": "",
       "erfaring": "10", "tid": "Nogen"}, flagged=True,
      note="Apologies for the meeting on 22 January are for the chair; VVM added."),

    c("ow54-da-apple_mail-kryds-og-andet", "apple_mail", "Emil Kristiansen",
      "Hej\n\n"
      "Jeg har sat krydser i skemaet nedenfor. Vi har fået to Power-to-X-anlæg i kommunen, så "
      "det fylder meget nu, og affald er gået til en ny kollega.\n\n"
      "Andet: ny kontaktperson for kommunen i KL's miljønetværk\n\n"
      "Hilsen\nEmil",
      {"interesser": "Støj; Klima; Power-to-X", "erfaring": "12",
       "andet": "ny kontaktperson for kommunen i KL's miljønetværk"},
      {"interesser": "Affald; Støj; Klima", "grupper": "Netværk for miljøtilsyn",
       "funktioner": "", "erfaring": "11", "tid": "Lidt"},
      edits=[("set", "[x] Affald", "[ ] Affald"),
             ("set", "[ ] Power-to-X", "[x] Power-to-X"),
             ("set", "Svar: 11", "Svar: 12")],
      note="Crosses inside the quote agree with the text (Affald off, Power-to-X on); the "
           "experience was typed over in the form. KL's network is not one of the group's own "
           "networks, and he labels it Andet."),

    c("ow54-da-outlook-meld-ind-i-netvaerket", "outlook", "Anders Kirk",
      "Hej\n\n"
      "Med de nye opgaver fra januar vil jeg gerne meldes ind i netværket for miljøtilsyn "
      "også. PFAS-gruppen fortsætter jeg i.\n\n"
      "Vh Anders",
      {"grupper": "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS"}, S1),

    c("ow54-da-owa_html-hvad-kraever-hoeringstovholder", "owa_html", "Rikke Damgaard",
      "Hej formand\n\n"
      "Inden jeg svarer på funktioner: hvor meget arbejde er det egentlig at være "
      "høringstovholder? Hvis det er et par timer om måneden, vil jeg gerne tage det, når Poul "
      "stopper.\n\n"
      "Resten er uændret.\n\n"
      "Vh Rikke",
      {}, S2, ask=["funktioner"], unchanged=True,
      note="Willing only on a condition she asks the chair about, and only when Poul stops: "
           "passed on, not recorded."),

    c("ow54-da-outlook_android-tilbage-fra-orlov", "outlook_android", "Mette Lykke",
      "Så er jeg tilbage fra orlov! Meget tid nu, og jeg vil gerne være sekretær igen hvis der "
      "er brug for det. Linjen om orloven kan bare slettes 🙂",
      {"funktioner": "Sekretær", "tid": "Meget", "andet": ""},
      {"interesser": "PFAS; Spildevand", "grupper": "", "funktioner": "", "erfaring": "9",
       "tid": "Lidt", "andet": "Orlov til 31. december"},
      note="'hvis der er brug for det' is ordinary willingness, recorded. She asks for the "
           "pre-filled Andet ('Orlov til 31. december') to be deleted: recorded as empty."),

    # --- English form ------------------------------------------------------------------------
    c("ow54-en-outlook-chair-two-years-up", "outlook", "Henrik Ebbesen",
      "Hello,\n\n"
      "Happy new year. My two years as chair end at the February meeting and I will not stand "
      "again, but I am happy to take the minutes as secretary from then on.\n\n"
      "Experience: 21 years as of January.\n\n"
      "Otherwise as before.\n\n" + SIG_EN,
      {"functions": "Secretary", "experience": "21"}, E1, lang="en", unchanged=True,
      note="Chair removed, Secretary added."),

    c("ow54-en-gmail-add-eia", "gmail", "Tom Gallagher",
      "Hi, please add EIA – I've been given the EIA screenings from January. Everything else "
      "is fine.\nCheers, Tom",
      {"interests": "Air; Climate; EIA"}, E2, lang="en", unchanged=True),

    c("ow54-en-iphone-miss-january-meeting", "iphone", "Astrid Lindqvist",
      "Back from holiday on the 12th so I'll miss the January meeting, sorry. Nothing new on "
      "the form.",
      {}, E2, lang="en", unchanged=True, flagged=True,
      note="Absence from the January meeting: for the chair."),

    c("ow54-en-thunderbird_bottom-moved-to-soil", "thunderbird_bottom", "Ingrid Madsen",
      "Hi,\n\n"
      "Since New Year I've moved to the soil team, so please swap Air for Soil. Climate stays. "
      "I also can't keep up with the PFAS working group any more, so take me off that one. "
      "Time: some.\n\n"
      "Best,\nIngrid",
      {"interests": "Soil; Climate", "groups": "Inspection network", "time": "Some"}, E2,
      lang="en"),

    c("ow54-en-outlook_mac_html-regional-forum", "outlook_mac_html", "Oliver Brandt",
      "Question for the chair before I answer the rest: is the Inspection network the same as "
      "the new regional inspection forum that started in January? I've joined that one, and "
      "I'm not sure whether I should tick it.\n\nOliver",
      {}, E1, lang="en", ask=["groups"],
      note="He cannot tell whether his new forum is the Inspection network; the question goes "
           "to the chair. He says he will answer the rest later, so not 'unchanged'."),

    c("ow54-en-owa-retiring-march", "owa", "Henrik Lauritsen",
      "Dear all,\n\n"
      "A short note: I am retiring at the end of March, so this is my last form. Until then "
      "please put me down for little time and no functions – someone else should take over "
      "the chair now. 34 years in the trade, by the way.\n\n"
      "Kind regards\nHenrik",
      {"functions": "", "experience": "34", "time": "Little"}, E1, lang="en", flagged=True,
      note="Retiring and so leaving the group at the end of March: for the chair."),

    c("ow54-en-apple_forward-dansk-paa-engelsk", "apple_forward", "Nadia Hussain",
      "Tilbage efter juleferien. Tilføj PFAS, og tag mig ud af PFAS-arbejdsgruppen, der er for "
      "mange møder for mig. Resten passer.\n\nMvh Nadia",
      {"interests": "PFAS; Air; Climate", "groups": "Inspection network"}, E2, lang="en",
      unchanged=True,
      note="Danish on the English form (forwarded instead of replied): PFAS added to the "
           "interests, PFAS working group removed."),

    c("ow54-en-android-much-time", "android", "Lars Quist",
      "Much more time this year 💪 new boss, fewer cases",
      {"time": "Much"}, E1, lang="en"),

    c("ow54-en-gmail_android-chair-instead", "gmail_android", "Mads Ravn",
      "handing consultations over to Katrine, putting myself up for chair instead. marked "
      "below",
      {"functions": "Chair"},
      {"interests": "Waste; Soil", "groups": "", "functions": "Consultation coordinator",
       "experience": "15", "time": "Some"}, lang="en",
      edits=[("set", "[x] Consultation coordinator", "[ ] Consultation coordinator"),
             ("set", "[ ] Chair", "[x] Chair")],
      note="Crosses moved inside the quote and said in words too: Consultation coordinator "
           "off, Chair on."),
]
