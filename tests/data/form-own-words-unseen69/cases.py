"""Unseen part 69 of the own-words form replies: answers mixed with questions, conditions and
wishes for the chair. By hand, written blind; people invented, at example.org."""

from common import E1, E2, S1, S2, S3, S4, SIG_EN, SIG_KOMMUNE, SIG_SHORT, c

CASES = [
    # --- Danish form ----------------------------------------------------------------------------
    c("ow69-da-outlook-hoeringstovholder-hvis-mette", "outlook", "Lars Kjærgaard",
      "Hej\n\nJeg har nu 9 års erfaring.\n\nJeg fortsætter gerne som høringstovholder, men kun "
      "hvis Mette Dahl kan tage høringerne i juli, når jeg holder ferie. Vil du spørge hende, "
      "eller skal jeg?\n\nEllers er alt som sidst.\n\n" + SIG_SHORT,
      {"erfaring": "9"}, S4, ask=["funktioner"], unchanged=True,
      note="Continuing as høringstovholder depends on a colleague covering July: a condition on "
           "someone else, passed on (the sent Høringstovholder stays until the chair decides)."),

    c("ow69-da-iphone-pfas-kan-jeg-komme-med", "iphone", "Birgitte Nørgaard",
      "Hej\nSæt gerne PFAS på, vi har fået to sager med slukningsskum i år.\nKan jeg også komme "
      "med i PFAS-arbejdsgruppen, eller er den fuld?\nMvh Birgitte",
      {"interesser": "PFAS; Affald; Jord; VVM"}, S3, ask=["grupper"],
      note="PFAS added to the sent fagområder. Joining the PFAS working group is asked as a "
           "question (is it full?), not stated: passed on."),

    c("ow69-da-gmail-sekretaer-men-vikariat", "gmail", "Sofie Lund",
      "Hej\n\nJeg vil egentlig gerne være sekretær, men mit vikariat stopper jo til juni, så "
      "giver det overhovedet mening at jeg tager det? Det må formanden vurdere.\n\nErfaring: 4"
      "\n\n/Sofie",
      {"erfaring": "4"}, S2, ask=["funktioner"],
      note="She would like to be secretary but leaves in June and leaves the decision to the "
           "chair: passed on, not recorded."),

    c("ow69-da-outlook_html-formand-hvis-ingen-andre", "outlook_html", "Poul Erik Thygesen",
      "Hej Tovholder\n\nJeg stiller op som formand igen, hvis ingen andre melder sig – men jeg "
      "vil helst give stafetten videre efter fem år. Høringstovholder fortsætter jeg gerne som."
      "\n\nErfaring er 21 år nu.\n\n" + SIG_KOMMUNE,
      {"erfaring": "21"}, S3, ask=["funktioner"],
      note="Formand only if nobody else volunteers (a condition on others, and he would rather "
           "stop): passed on. Høringstovholder is confirmed and already sent, so nothing in "
           "funktioner changes with confidence. 'fem år' is his time as chair, not experience."),

    c("ow69-da-thunderbird-faerre-moeder", "thunderbird", "Maja Frederiksen",
      "Hej\n\nFjern støj, det er flyttet over til Teknik hos os. Jeg har 13 års erfaring nu."
      "\n\nOg så en kommentar til gruppen: Jeg synes, vi holder for mange møder. Kunne vi ikke "
      "nøjes med fire om året og tage resten på mail? Det ville gøre det lettere for mig at "
      "blive ved som sekretær.\n\nMvh\nMaja",
      {"interesser": "PFAS", "erfaring": "13"}, S1, flagged=True,
      note="The wish for fewer meetings is for the chair and belongs to no question (flagged). "
           "She does not withdraw as secretary, fewer meetings would only make it easier: "
           "Sekretær stays as sent, funktioner not asked."),

    c("ow69-da-owa-ny-hvad-er-ie", "owa", "Amalie Rasmussen",
      "Hej\n\nJeg er ny i Miljø siden september og har fået skemaet videresendt. Jeg arbejder "
      "med spildevand og jord og lidt med IE-direktivet – eller hvad menes der egentlig med "
      "IE-direktivet her? Er det kun, når vi bruger BAT-konklusionerne? Så kan I rette det."
      "\n\nJeg er med i Netværk for miljøtilsyn.\n2 års erfaring, og tid: nogen.\n\n"
      "Venlig hilsen\nAmalie Rasmussen",
      {"interesser": "Spildevand; Jord", "grupper": "Netværk for miljøtilsyn", "erfaring": "2",
       "tid": "Nogen"}, {}, ask=["interesser"],
      note="New member, nothing sent. IE-direktivet is given with a question about what it "
           "covers and 'så kan I rette det': passed on; Spildevand and Jord recorded."),

    c("ow69-da-android-tid-afhaenger-af-chefen", "android", "Jesper Holm",
      "Hej\nTiden afhænger af om min chef vil afsætte timer til det. Jeg spørger hende på "
      "mandag og skriver igen.\nResten passer\nJesper",
      {}, S4, ask=["tid"], unchanged=True,
      note="Time depends on the manager's decision: the sent Nogen is kept and his words are "
           "passed on. 'Resten passer' confirms the rest."),

    c("ow69-da-outlook_ios-alt-ok-naeste-moede", "outlook_ios", "Nanna Skov",
      "Alt ok 👍 Hvornår er næste møde? Jeg kan ikke finde det i kalenderen",
      {}, S2, unchanged=True, flagged=True,
      note="'Alt ok' confirms the sent answers; the question about the next meeting is for the "
           "chair."),

    c("ow69-da-apple_mail-rettet-i-skemaet-dele-sekretaer", "apple_mail", "Henrik Bach",
      "Hej\nJeg har rettet direkte i skemaet herunder.\nHenrik",
      {"interesser": "PFAS; Støj; Klima", "erfaring": "13"}, S1, ask=["funktioner"],
      edits=[("set", "[ ] Klima", "[x] Klima"), ("set", "Svar: 12", "Svar: 13"),
             ("add", "3. Funktioner", "Kan jeg dele sekretærposten med en anden? Det er mange "
                                      "referater at skrive alene.")],
      note="Crosses and the number typed in the quoted form. The typed question under Funktioner "
           "asks to share the secretary post: the chair's decision, passed on; Sekretær stays "
           "as sent meanwhile."),

    c("ow69-da-gmail_android-spildevand-kollega-jonas", "gmail_android", "Mikkel Juhl",
      "fjern affald, jeg er skiftet over til spildevand i stedet 👍 og saa vil jeg høre om der "
      "er plads til en mere i netvaerket? min kollega jonas vil gerne med",
      {"interesser": "PFAS; Spildevand"}, S4, flagged=True,
      note="Affald swapped for Spildevand. The colleague who wants to join the network is for "
           "the chair; it says nothing about Mikkel's own groups."),

    c("ow69-da-outlook_prefix-orlov-hoeringer", "outlook_prefix", "Lone Vestergaard",
      "Kære tovholder\n\nJeg går på orlov fra 1. februar til 1. august. Hvis gruppen kan vente "
      "med at fordele høringerne til efteråret, fortsætter jeg gerne som høringstovholder – "
      "ellers må I finde en anden. Formand vil jeg ikke være mere.\n\n" + SIG_KOMMUNE,
      {"funktioner": "Høringstovholder"}, S3, ask=["funktioner"],
      note="Formand removed with confidence. Continuing as Høringstovholder depends on the group "
           "waiting with the consultations: passed on (kept as sent in the recorded set). The "
           "leave is also news for the chair."),

    c("ow69-da-thunderbird_bottom-ikke-sekretaer-i-aar", "thunderbird_bottom", "Karen Munk",
      "Hej igen\n\nJeg har ikke tid til at være sekretær i år, vi er gået en mand ned i "
      "afdelingen. Jeg vil gerne tage det igen fra 2028, hvis I stadig mangler én.\n\nTid: lidt"
      "\n\nGod jul!\nKaren",
      {"funktioner": "", "tid": "Lidt"}, S1, flagged=True,
      note="Bottom-posted. Sekretær removed for this year; the offer for 2028 belongs to no "
           "question of this round and is for the chair (flagged, not asked)."),

    c("ow69-da-owa_html-dele-hoering-med-rasmus", "owa_html", "Ida Kristensen",
      "Hej\n\nRasmus og jeg har talt om at dele høringstovholder-rollen mellem os. Hvis han "
      "siger ja, så sæt mig på som høringstovholder.\n\nAndet: Mit barselsvikariat er "
      "forlænget til december 2027.\n\nHilsen Ida",
      {"andet": "Mit barselsvikariat er forlænget til december 2027."}, S2, ask=["funktioner"],
      note="Høringstovholder only if a colleague says yes: a condition on someone else, passed "
           "on. Andet is labelled and replaces the sent 'Barselsvikar til juni'."),

    c("ow69-da-outlook_mac-taeller-det-med", "outlook_mac", "Pia Schou",
      "Hej\n\nJeg har sat kryds ved Power-to-X nedenfor, men vi har kun haft én screeningssag – "
      "er det nok til at tælle med?\n\nOg erfaring: 6 år her i kommunen, før det 4 år i "
      "Miljøstyrelsen. Tæller de også?\n\nVh Pia",
      {}, S4, ask=["interesser", "erfaring"],
      edits=[("set", "[ ] Power-to-X", "[x] Power-to-X")],
      note="She crosses Power-to-X but asks whether one case is enough, and gives two numbers "
           "asking whether both count (6 or 10): both passed on, nothing recorded."),

    c("ow69-da-outlook_android-ellers-uaendret-januar", "outlook_android", "Trine Kofoed",
      "Ellers uændret, men jeg kan ikke komme til mødet d. 14. januar. Kan I flytte "
      "PFAS-punktet til februar? 🙏\n\nTrine",
      {}, S1, unchanged=True, flagged=True,
      note="Nothing changes in the form; the absence and the agenda wish are for the chair."),

    c("ow69-da-outlook-nyt-job-marts", "outlook", "Hanne Bjerregaard",
      "Hej tovholder\n\nTak for skemaet. Jeg har en nyhed: Jeg skifter job pr. 1. marts til "
      "Nabokommune (stadig miljøtilsyn). Kan jeg blive i gruppen, når jeg ikke længere er i "
      "Eksempel Kommune? Det vil jeg rigtig gerne.\n\nIndtil da gælder:\n"
      "- affald og jord som før, VVM kan I fjerne\n"
      "- formand kan jeg ikke fortsætte som, når jeg skal skifte\n"
      "- høringstovholder fortsætter jeg gerne som frem til marts\n\n" + SIG_KOMMUNE,
      {"interesser": "Affald; Jord", "funktioner": "Høringstovholder"}, S3, flagged=True,
      note="VVM and Formand removed. 'frem til marts' on Høringstovholder is recorded: the end "
           "date follows from the job change, which is flagged for the chair together with her "
           "question about staying in the group."),

    c("ow69-da-gmail-english-pfas-group", "gmail", "Tomasz Nowak",
      "Hi,\n\nSorry for writing in English, my Danish is not good enough yet for this.\n\n"
      "I would like to join the PFAS working group too, if that is OK with the chair. I have 9 "
      "years of experience now (3 of them in Poland).\n\nBest regards\nTomasz",
      {"grupper": "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS", "erfaring": "9"}, S4,
      note="English on the Danish form. 'if that is OK with the chair' is politeness, not a "
           "condition on a third person: the PFAS group is added. 9 is the total (the 3 in "
           "Poland are part of it)."),

    c("ow69-da-owa-fjorten-aar-afloeser", "owa", "Camilla Winther",
      "Hej Tovholder\n\nJeg har nu fjorten års erfaring. Jeg vil gerne blive ved som sekretær, "
      "men jeg er på kursus tre onsdage i foråret (4/3, 18/3 og 1/4), så der skal nogen tage "
      "referat for mig. Kan du finde en afløser?\n\nTid sætter du bare til lidt.\n\n"
      "Hilsen Camilla",
      {"erfaring": "14", "tid": "Lidt"}, S1, flagged=True,
      note="She stays secretary without condition; the absences and the request for a "
           "substitute are for the chair (flagged, no question asked)."),

    c("ow69-da-apple_forward-privat-mail", "apple_forward", "Birthe Holm",
      "Videresender lige – fik den på min private mail af en eller anden grund.\nJeg arbejder "
      "stadig med PFAS og affald, men er også begyndt på støj.\nKan I sende til min arbejdsmail "
      "fremover? bholm@kommune.example.org\nBirthe",
      {"interesser": "PFAS; Affald; Støj"}, S4, flagged=True,
      note="Støj added. The change of address is for the chair (flagged)."),

    c("ow69-da-outlook_android-referat-paa-skift", "outlook_android", "Signe Dalgaard",
      "Klima og luft ja, spildevand nej. Referat kan jeg godt tage en gang imellem, på skift "
      "med de andre. 4 år",
      {"interesser": "Luft; Klima", "erfaring": "4"}, S2, ask=["funktioner"],
      note="Spildevand removed. Taking minutes 'now and then, in turns with the others' is no "
           "plain Sekretær: passed on."),

    c("ow69-da-thunderbird-pension-formand", "thunderbird", "Ole Bruun",
      "Hej\n\nJeg har rettet i skemaet. Kan vi tage en snak om overdragelsen af formandsposten "
      "inden jul?\n\nHilsen Ole",
      {"funktioner": "Høringstovholder", "erfaring": "21",
       "andet": "Jeg går på pension 31. maj 2027."}, S3, flagged=True,
      edits=[("set", "[x] Formand", "[ ] Formand"), ("set", "Svar: 20", "Svar: 21"),
             ("set", "Svar:", "Svar: Jeg går på pension 31. maj 2027.", "6. Andet")],
      note="Changes made in the quoted form. Retiring (leaving the group) and the wish for a "
           "talk about the handover are for the chair."),

    c("ow69-da-android-taler-med-leder", "android", "Susanne Kirk",
      "Tak for skemaet. Jeg skal lige tale med min leder om, hvor meget tid jeg må bruge på "
      "gruppen næste år, så vender jeg tilbage inden jul.\n\nSusanne",
      {}, S1,
      note="She answers nothing yet and will come back: no answers, not unchanged, not flagged "
           "(like 'jeg vender tilbage'); the mention of time is no answer to Tid."),

    c("ow69-da-outlook_prefix-alt-undtagen-klima", "outlook_prefix", "Anne-Mette Poulsen",
      "Hej Tovholder\nDu kan fjerne alt undtagen klima – jeg er rykket over i klimatilpasning "
      "på fuld tid. Og PFAS-gruppen melder jeg mig ud af, den har jeg ikke tid til mere.\n"
      "Kender du i øvrigt nogen i netværket, der har arbejdet med klimatilpasning i "
      "lokalplaner? Så vil jeg gerne have et navn.\nMvh Anne-Mette",
      {"interesser": "Klima", "grupper": "Netværk for miljøtilsyn"}, S2, flagged=True,
      note="'alt undtagen klima' is about fagområder only. The question for a contact is for "
           "the chair."),

    c("ow69-da-outlook_html-ny-introforloeb", "outlook_html", "Emil Gade",
      "Hej\n\nJeg er lige startet i Miljø og har fået skemaet af Anders. Jeg arbejder med støj "
      "og luft, mest virksomhedstilsyn, og har et års erfaring fra en anden kommune.\n\n"
      "Jeg vil rigtig gerne med i Netværk for miljøtilsyn. Funktioner vil jeg gerne vente lidt "
      "med, til jeg har set hvordan det kører. Tid: meget, tror jeg.\n\n"
      "Findes der et introforløb for nye i gruppen?\n\n" + SIG_SHORT,
      {"interesser": "Støj; Luft", "grupper": "Netværk for miljøtilsyn", "erfaring": "1",
       "tid": "Meget"}, {}, flagged=True,
      note="New member, nothing sent. 'vil rigtig gerne med i' the network is a sign-up, "
           "recorded; no functions yet (nothing to record); 'meget, tror jeg' recorded as his "
           "estimate. The question about an introduction is for the chair."),

    # --- English form ---------------------------------------------------------------------------
    c("ow69-en-owa_html-chair-one-more-year", "owa_html", "Michael Thorsen",
      "Hi,\n\nI'm happy to stay on as chair for one more year, but I'd like us to find my "
      "successor before next autumn. Could we put that on the agenda for the January meeting?"
      "\n\nExperience is 21 years now. Otherwise no changes.\n\n" + SIG_EN,
      {"experience": "21"}, E1, lang="en", unchanged=True, flagged=True,
      note="He stays chair (no condition); the agenda request is for the chair."),

    c("ow69-en-gmail-coordinator-if-position", "gmail", "Rebecca Holt",
      "Hi,\n\nI could take on consultation coordinator if our department gets the extra "
      "position we have applied for – we'll know in February.\n\nAir and climate are still "
      "right, and please add Power-to-X (a new plant is planned at the harbour).\n\nRebecca",
      {"interests": "Air; Climate; Power-to-X"}, E2, lang="en", ask=["functions"],
      note="Consultation coordinator depends on a position not yet granted: passed on. 'still "
           "right' is about interests only, so not unchanged."),

    c("ow69-en-iphone-noise-out-soil-in", "iphone", "Peter Lindqvist",
      "Noise out, soil in. Is the inspection network still meeting online or only in person "
      "now?",
      {"interests": "Wastewater; Soil"}, E1, lang="en", flagged=True,
      note="The question about the network's meetings is for the chair."),

    c("ow69-en-thunderbird_bottom-secretary-take-turns", "thunderbird_bottom", "Sarah Jensen",
      "I've marked my changes above.\nSarah",
      {"experience": "11",
       "other": "Secretary only if we take turns with the minutes, I can't do every meeting."},
      E2, lang="en", ask=["functions"],
      edits=[("set", "[ ] Secretary", "[x] Secretary"), ("set", "Answer: 10", "Answer: 11"),
             ("set", "Answer:", "Answer: Secretary only if we take turns with the minutes, I "
                                "can't do every meeting.", "6. Other")],
      note="Bottom-posted, changes in the quoted form. The Secretary cross is made conditional on "
           "the Other line (taking turns with others): functions passed on; the Other line is "
           "recorded as typed in its answer slot."),

    c("ow69-en-owa-new-observer", "owa", "Julia Becker",
      "Hello,\n\nI started in the environment department in October. I work mostly with IED "
      "installations and air emissions, and a bit with soil contamination.\n\nExperience: 5-6 "
      "years in total (three of them in consultancy).\n\nNot sure how much time I'll have yet – "
      "could I start with a little and see how it goes?\n\nCould I also join the PFAS working "
      "group as an observer at first?\n\nBest,\nJulia Becker",
      {"interests": "Air; Soil; IED", "time": "Little"}, {}, lang="en",
      ask=["experience", "groups"],
      note="New member, nothing sent. 'start with a little' is read as Little though phrased as "
           "a question; the range 5-6 is asked; joining the PFAS group as an observer is for the "
           "chair."),

    c("ow69-en-apple_mail-dansk-stopper-som-formand", "apple_mail", "Jens Overgaard",
      "Hej, jeg svarer lige på dansk.\nJeg vil gerne stoppe som formand – seks år er nok. Men "
      "jeg kan godt være høringstovholder, hvis det kan hjælpe jer.\nStøj passer ikke mere, men "
      "tilføj affald.\nMvh Jens",
      {"interests": "Wastewater; Waste", "functions": "Consultation coordinator"}, E1, lang="en",
      note="Danish on the English form, mapped to the English options. 'hvis det kan hjælpe "
           "jer' is an offer, not a condition: recorded. 'seks år' is his time as chair, not "
           "experience."),

    c("ow69-en-outlook_ios-parental-leave", "outlook_ios", "Daniel Moss",
      "Everything's the same as last year. I'll be on parental leave from March to September "
      "though, so please don't count on me for consultations in that period. Happy holidays!",
      {}, E2, lang="en", unchanged=True, flagged=True,
      note="The leave is for the chair; no answer changes."),

    c("ow69-en-outlook_mac-merge-pfas-groups", "outlook_mac", "Laura Mortensen",
      "Hello,\n\nBefore I answer, I'd like to raise something for the next meeting: the PFAS "
      "working group overlaps a lot with the national PFAS network. Should we merge the two, or "
      "at least coordinate?\n\nFor the form: I'm still in the inspection network, and I would "
      "join the PFAS working group too if it continues in its current form. Time: much, at "
      "least for now. Experience 22 years.\n\n" + SIG_EN,
      {"time": "Much", "experience": "22"}, E1, lang="en", ask=["groups"],
      note="Joining the PFAS group depends on what the group decides about it: passed on; the "
           "inspection network stays. 'much, at least for now' recorded as Much. The merge "
           "question is for the chair too."),
]
