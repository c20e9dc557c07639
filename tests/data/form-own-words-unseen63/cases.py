"""Unseen part 63 of the own-words form replies: long, discursive replies (reorganisations,
mergers of departments, illness, new managers, part-time) with the answers buried in paragraphs,
plus a few answers in numbered or bulleted lists that follow the question numbers.
Written blind, by hand; people invented, at example.org."""

from common import E1, E2, S1, S2, S3, S4, SIG_EN, SIG_KOMMUNE, SIG_SHORT, c

CASES = [
    # ---------------------------------------------------------------- Danish form
    c("ow63-da-outlook-sammenlaegning-affald-til-kollega", "outlook", "Hanne Thygesen",
      "Hej\n\n"
      "Tak for skemaet – og undskyld at det bliver lidt langt, men der er sket en del siden "
      "sidst.\n\n"
      "Som nogle af jer ved, blev Miljø og Teknik & Forsyning lagt sammen til ét center pr. "
      "1. september. Det betyder bl.a. at affaldsområdet er røget over til Jesper i "
      "driftsafdelingen, så det skal du fjerne fra mig. Til gengæld har jeg fået spildevand og "
      "klimatilpasning, og PFAS beholder jeg (vi har stadig de to sager ved brandøvelsespladsen "
      "kørende).\n\n"
      "Høringstovholder kan jeg desværre ikke være længere. Det er ikke fordi jeg ikke har lyst, "
      "men der er simpelthen ikke timer til det efter omlægningen, og min chef har sagt nej. Af "
      "samme grund må I nok sætte min tid til lidt det næste stykke tid.\n\n"
      "Netværket for miljøtilsyn bliver jeg i, det er det mest brugbare for mig. Og ret lige "
      "erfaringen til 9 – der er jo gået et år.\n\n"
      "Et spørgsmål til formanden: giver det mening at have affald med som fagområde i skemaet, "
      "når der efterhånden ikke er nogen af os der sidder med det? Bare en tanke.\n\n"
      + SIG_KOMMUNE,
      {"interesser": "PFAS; Spildevand; Klima", "grupper": "Netværk for miljøtilsyn",
       "funktioner": "", "erfaring": "9", "tid": "Lidt"},
      S4, flagged=True,
      note="klimatilpasning -> Klima. Flagged for the question to the chair about the form's "
           "list of subjects (belongs to no question)."),

    c("ow63-da-gmail-nummereret-ny-afdelingsleder", "gmail", "Mikkel Brandt",
      "Hej tovholder\n\n"
      "Jeg tager den lige i rækkefølge, så er det nemmest for jer:\n\n"
      "1. PFAS og støj som før, og så er luft kommet til (jeg har overtaget luftsagerne efter "
      "en kollega, der er stoppet)\n"
      "2. Stadig med i PFAS-gruppen\n"
      "3. Sekretær – det fortsætter jeg gerne med\n"
      "4. 13 år\n"
      "5. Nogen\n"
      "6. Vi får ny afdelingsleder 1. januar, så der kan komme ændringer i løbet af foråret. "
      "Jeg melder tilbage, hvis det sker.\n\n"
      "Hilsen Mikkel",
      {"interesser": "PFAS; Støj; Luft", "grupper": "Arbejdsgruppe om PFAS",
       "funktioner": "Sekretær", "erfaring": "13", "tid": "Nogen",
       "andet": "Vi får ny afdelingsleder 1. januar, så der kan komme ændringer i løbet af "
                "foråret. Jeg melder tilbage, hvis det sker."},
      S1,
      note="A numbered list following the form's numbers; item 6 is the answer to question 6 "
           "(Andet), so it is recorded as Andet in the member's words. Items 2, 3 and 5 confirm "
           "the pre-filled values."),

    c("ow63-da-iphone-sygemeldt-vikariat-forlaenget", "iphone", "Louise Dam",
      "Hej\n"
      "Undskyld det sene svar. Jeg har været sygemeldt siden midt i september og er så småt "
      "startet op igen på 20 timer om ugen, så jeg kan ikke love ret meget – skriv lidt tid, i "
      "hvert fald frem til sommer.\n\n"
      "Fagområderne er de samme. Men jeg har meldt mig ud af PFAS-gruppen indtil videre, det var "
      "for meget oveni.\n\n"
      "Mit barselsvikariat er i øvrigt blevet forlænget til december 2027, kan det rettes i det "
      "der står under andet?\n\n"
      "Jeg når nok ikke mødet i januar, men håber at være med i marts.\n\n"
      "Kh Louise",
      {"interesser": "Spildevand; Luft; Klima", "grupper": "Netværk for miljøtilsyn",
       "tid": "Lidt"},
      S2, ask=["andet"],
      note="'20 timer om ugen' is working hours, not experience. She asks for the pre-filled "
           "Andet ('Barselsvikar til juni') to be corrected but gives no labelled Andet text, so "
           "the secretary passes the wording on rather than rewriting it herself (a secretary "
           "could also just write 'Barselsvikar til december 2027'). Also flagged for the "
           "absence from the January meeting."),

    c("ow63-da-thunderbird-deltid-hjaelper-far", "thunderbird", "Birthe Kjær",
      "Kære tovholder\n\n"
      "Jeg skal fra nytår gå ned på 30 timer, fordi jeg skal hjælpe min far, der er blevet "
      "dårlig og bor alene på Fyn. Det har jeg aftalt med min leder, og det er på plads, men det "
      "betyder, at jeg må skære noget fra.\n\n"
      "Formand fortsætter jeg gerne som – det er trods alt mest et par møder om året, og det "
      "giver mig meget. Høringstovholder må en anden tage over, det kan jeg ikke nå med færre "
      "timer. Tid kan I lade stå på lidt som nu.\n\n"
      "Fagligt er det stadig affald, jord og VVM, og erfaringen er den samme (20 år).\n\n"
      "Et lille ønske: Kunne vi flytte møderne fra fredag til tirsdag? Jeg har fri om fredagen "
      "fremover.\n\n"
      "Venlig hilsen\n"
      "Birthe",
      {"interesser": "Affald; Jord; VVM", "funktioner": "Formand", "erfaring": "20",
       "tid": "Lidt"},
      S3, flagged=True,
      note="'det giver mig meget' is not the time answer; time stays Lidt as she says. Flagged "
           "for the wish to move the meetings (no question)."),

    c("ow63-da-owa-nyt-job-traeder-ud", "owa", "Rasmus Holt",
      "Hej alle\n\n"
      "Jeg skal nok lige fortælle det her, inden I bruger tid på mit skema: Jeg har fået nyt job "
      "i Miljøstyrelsen i Aarhus og stopper i kommunen 31. januar. Det betyder også, at jeg "
      "træder ud af gruppen og af PFAS-arbejdsgruppen.\n\n"
      "Det har været rigtig godt at være med – især PFAS-gruppen har lært mig meget, og jeg "
      "håber, I fortsætter med at dele sagserfaringer på den måde.\n\n"
      "Sekretærrollen må en anden tage fra februar. Jeg tager gerne referatet på januarmødet som "
      "det sidste. Min efterfølger er ikke ansat endnu, men jeg skal nok sørge for, at "
      "vedkommende får besked om gruppen.\n\n"
      "Mange hilsner\n"
      "Rasmus Holt\n"
      "Miljømedarbejder, Eksempel Kommune",
      {}, S1, flagged=True,
      note="He leaves the group on 31 January: nothing is recorded on the form (he is still "
           "secretary until then); the whole mail goes to the chair."),

    c("ow63-da-outlook-html-landbrugsholdet-lugt", "outlook_html", "Tine Vestergaard",
      "Hej\n\n"
      "Her kommer lidt baggrund, for mit skema ser noget anderledes ud end sidst.\n\n"
      "Vores tilsynsenhed er pr. 1. november delt op i et virksomhedshold og et landbrugshold, og "
      "jeg er landet på landbrugsholdet. Det betyder, at jeg nu mest arbejder med husdyrbrug, "
      "lugt og gylleudbringning. PFAS har jeg ikke mere – de sager er fulgt med "
      "virksomhedsholdet. Affald har jeg stadig lidt af, fordi vi også fører tilsyn med "
      "affaldsordningerne på gårdene.\n\n"
      "Jeg bliver i netværket for miljøtilsyn, og høringstovholder kan jeg sagtens fortsætte "
      "med. Tiden er som før, nogen.\n\n"
      "Jeg ved godt, at husdyr og lugt ikke står på listen, men måske kunne det komme med næste "
      "gang?\n\n"
      "Med venlig hilsen\n"
      "Tine Vestergaard\n"
      "Landbrugsholdet, Eksempel Kommune",
      {"interesser": "Affald", "grupper": "Netværk for miljøtilsyn",
       "funktioner": "Høringstovholder", "tid": "Nogen"},
      S4, ask=["interesser"],
      note="PFAS removed, Affald kept ('stadig lidt af' is about the subject, not time); "
           "husdyrbrug, lugt and gylleudbringning are no options and go to the chair with her "
           "suggestion to add them."),

    c("ow63-da-apple-punktliste-fast-stilling", "apple_mail", "Signe Bach",
      "Hej!\n\n"
      "Det er blevet et travlt efterår, men her er mine svar i punktform:\n\n"
      "- Interesser: spildevand, luft og klima som før + PFAS (vi har fundet PFAS i to af "
      "vores drikkevandsboringer, så det fylder en del nu)\n"
      "- Grupper: begge dele, uændret\n"
      "- Funktioner: Jeg kan godt tage sekretær, hvis der mangler nogen\n"
      "- Erfaring: 4 år\n"
      "- Tid: meget\n"
      "- Andet: Barselsvikariatet er blevet til en fast stilling fra 1. november 🎉\n\n"
      "Glæder mig til julemødet!\n"
      "Signe",
      {"interesser": "PFAS; Spildevand; Luft; Klima",
       "grupper": "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS", "funktioner": "Sekretær",
       "erfaring": "4", "tid": "Meget",
       "andet": "Barselsvikariatet er blevet til en fast stilling fra 1. november 🎉"},
      S2,
      note="'hvis der mangler nogen' is 'if needed', not a condition on a named person: "
           "Sekretær recorded. Andet is labelled and replaces the pre-filled text."),

    c("ow63-da-outlook-ios-ny-chef-skaerer-ned", "outlook_ios", "Anja Lykke",
      "Hej\n\n"
      "Min nye chef (startede i oktober) har bedt os alle skære ned på netværk og eksterne "
      "møder, så jeg melder mig ud af netværk for miljøtilsyn, men bliver i PFAS-gruppen. "
      "Ellers uændret.\n\n"
      "Personligt synes jeg, det er ærgerligt – netværket har været det bedste ved det hele – "
      "men sådan er det lige nu.\n\n"
      "/Anja",
      {"grupper": "Arbejdsgruppe om PFAS"},
      S2, unchanged=True,
      note="Her regret about leaving the network is an opinion, not a request for the chair: "
           "not flagged."),

    c("ow63-da-outlook-prefix-pension-marts", "outlook_prefix", "Poul Erik Mortensen",
      "Hej,\n\n"
      "Så blev det min tur: Jeg går på pension den 31. marts 2027, efter 38 år i faget, heraf de "
      "20 her i kommunen. Jeg vil gerne være med i gruppen frem til da, men I skal ikke regne "
      "med mig til poster – formand og høringstovholder må de yngre tage over, og jeg hjælper "
      "gerne med overdragelsen.\n\n"
      "Fagområderne er de samme som før. Tid: lidt, jeg skal også have ryddet op i mange års "
      "sager, inden jeg går.\n\n"
      "Tak for mange gode år i gruppen.\n\n"
      "Mvh\n"
      "Poul Erik",
      {"interesser": "Affald; Jord; VVM", "funktioner": "", "tid": "Lidt"},
      S3, ask=["erfaring"],
      note="Both posts given up. Two numbers for experience (38 in the field, 20 in this "
           "municipality, which is what the form shows): passed on rather than choosing. The "
           "retirement and hand-over are for the chair too."),

    c("ow63-da-gmail-android-lagt-sammen-med-byg", "gmail_android", "Kasper Lund",
      "hej, kort fra telefonen da jeg er ude paa tilsyn. vi er blevet lagt sammen med byg og jeg "
      "sidder nu mest med stoej og luft. pfas er vaek, det har miljoe-teamet. tid nogen stadig. "
      "erfaring 6 aar nu. har ikke lige tid til at krydse af i skemaet sorry\n\n"
      "mvh kasper",
      {"interesser": "Støj; Luft", "erfaring": "6", "tid": "Nogen"},
      {"interesser": "PFAS; Støj", "grupper": "", "funktioner": "", "erfaring": "5",
       "tid": "Nogen"},
      note="oe/aa spellings: stoej -> Støj."),

    c("ow63-da-thunderbird-bottom-formand-hvis-ingen", "thunderbird_bottom", "Grethe Riis",
      "Hej alle\n\n"
      "Jeg svarer lige herunder i stedet for i skemaet, for der er lidt at forklare.\n\n"
      "Ved omorganiseringen i foråret blev VVM flyttet til planafdelingen, så jeg sidder nu kun "
      "med jord og affald. Det er egentlig fint, så kan jeg fordybe mig.\n\n"
      "Med hensyn til formandsposten: Jeg kan godt fortsætte et år mere, hvis ingen andre "
      "melder sig. Men helst ser jeg, at der kommer nye kræfter til – vi har været de samme i "
      "mange år, og jeg synes, gruppen trænger til lidt fornyelse. Høringstovholder fortsætter "
      "jeg gerne med.\n\n"
      "Hvornår ligger næste møde egentlig? Jeg kan ikke finde det i kalenderen.\n\n"
      "Venlig hilsen\n"
      "Grethe",
      {"interesser": "Affald; Jord"},
      S3, ask=["funktioner"],
      note="Formand depends on whether anyone else stands (a condition on others), so "
           "funktioner is passed on and not recorded (recording only Høringstovholder would drop "
           "Formand, which is the undecided part). 'lidt fornyelse' is not the time answer. Also "
           "a question for the chair about the next meeting."),

    c("ow63-da-android-barsel-vikar", "android", "Camilla Frost",
      "Hej tovholder\n\n"
      "Kort nyt fra mig: Jeg går på barsel fra 15. februar og er væk frem til januar 2028. Min "
      "vikar bliver Sofie Holm (sofie.holm@example.org), som også overtager mine PFAS-sager, så "
      "det kunne være oplagt, at hun kom med i PFAS-gruppen i mellemtiden. Det må formanden tage "
      "stilling til.\n\n"
      "Indtil jeg går, er alt som det står i skemaet.\n\n"
      "Mange hilsner\n"
      "Camilla",
      {}, S1, unchanged=True, flagged=True,
      note="'alt som det står i skemaet' = unchanged. Leave and a proposed substitute are for "
           "the chair."),

    c("ow63-da-owa-html-fusion-rettet-i-skemaet", "owa_html", "Jonas Krogh",
      "Hej\n\n"
      "Jeg har rettet direkte i skemaet nedenfor. Kort fortalt er vi blevet fusioneret med "
      "forsyningen og har fået en ny opgavefordeling, så luft har jeg ikke længere, men til "
      "gengæld er PFAS kommet ind via drikkevandet.\n\n"
      "Jeg synes i øvrigt, det er et fint skema – langt nemmere end det gamle regneark.\n\n"
      "Venlig hilsen\n"
      "Jonas Krogh",
      {"interesser": "PFAS; Spildevand; Klima", "erfaring": "4", "tid": "Nogen",
       "andet": "Barselsvikar til juni, muligvis forlænget"},
      S2,
      edits=[("set", "[ ] PFAS", "[x] PFAS"), ("set", "[x] Luft", "[ ] Luft"),
             ("set", "Svar: 3", "Svar: 4"), ("set", "[ ] Nogen", "[x] Nogen"),
             ("set", "[x] Meget", "[ ] Meget"),
             ("set", "Svar: Barselsvikar til juni",
              "Svar: Barselsvikar til juni, muligvis forlænget")],
      note="Changes made by ticking in the quoted form (HTML only); the own text agrees. Praise "
           "for the form is not a request."),

    c("ow63-da-apple-forward-skiftet-kommune", "apple_forward", "Ahmad Rahimi",
      "Hej\n\n"
      "Jeg kunne ikke få svar-knappen til at virke ordentligt på telefonen, så jeg videresender "
      "bare med mine svar her øverst.\n\n"
      "Jeg er skiftet fra Eksempel Kommune til nabokommunen pr. 1. november. Her sidder jeg mest "
      "med spildevand og IE-virksomheder, så PFAS og støj kan I fjerne. PFAS-gruppen vil jeg "
      "gerne blive i, hvis det er ok nu, hvor jeg har skiftet kommune? Sekretær kan jeg stadig "
      "godt være.\n\n"
      "Erfaring: 13 år. Tid: nogen.\n\n"
      "Hilsen Ahmad",
      {"interesser": "Spildevand; IE-direktivet", "funktioner": "Sekretær", "erfaring": "13",
       "tid": "Nogen"},
      S1, ask=["grupper"],
      note="IE-virksomheder -> IE-direktivet. Staying in the PFAS group is his wish but he asks "
           "the chair whether it is allowed after changing municipality: passed on, grupper "
           "not recorded (it keeps the sent value anyway)."),

    c("ow63-da-outlook-mac-power-to-x-formand-hvis-henrik", "outlook_mac", "Henriette Skov",
      "Hej tovholder\n\n"
      "Efter omorganiseringen har jeg faktisk fået mere luft i kalenderen, fordi "
      "sagsbehandlingen af de små virksomheder er lagt over til et nyt team. Så sæt mig gerne "
      "på meget tid fremover.\n\n"
      "Fagligt er der kommet noget nyt til: Vi har fået et Power-to-X-anlæg på havnen, og det er "
      "blevet en stor del af min hverdag. PFAS og affald har jeg stadig.\n\n"
      "Jeg vil også gerne prøve kræfter med formandsposten, hvis Henrik stopper til foråret, som "
      "jeg har hørt rygter om. Ellers fortsætter jeg bare som høringstovholder.\n\n"
      + SIG_SHORT,
      {"interesser": "PFAS; Affald; Power-to-X", "tid": "Meget"},
      S4, ask=["funktioner"],
      note="'mere luft i kalenderen' is an idiom (more room), not the subject Luft. Formand "
           "depends on another member stepping down: passed on; Høringstovholder stays as sent."),

    c("ow63-da-outlook-android-halv-tid-master", "outlook_android", "Mads Winther",
      "Er gået ned på halv tid fra december, da jeg er startet på en master i miljøledelse ved "
      "siden af. Så kun lidt tid til gruppen det næste år. Resten som sidst.\n\n"
      "Mads",
      {"tid": "Lidt"},
      S1, unchanged=True),

    c("ow63-da-gmail-flytning-andet-midt-i", "gmail", "Lene Overgaard",
      "Hej Karen og resten af gruppen\n\n"
      "Tak for påmindelsen, jeg var helt ude af trit efter flytningen. Vi er jo flyttet fra "
      "rådhuset ud i det nye administrationscenter, og det har taget det meste af efteråret at "
      "finde hoved og hale i sagerne igen.\n\n"
      "Men til skemaet: Jeg arbejder stadig med spildevand og jord og har fået støjklagerne "
      "oveni, da vores støjmedarbejder er gået på pension. Sekretær kan jeg stadig godt være, og "
      "netværket bliver jeg i.\n\n"
      "Andet: Jeg arbejder hjemme om fredagen, så møder på fredage skal helst være online.\n\n"
      "Tiden er nok nærmere lidt end nogen lige nu, men lad den stå på nogen – det skulle gerne "
      "blive bedre efter nytår.\n\n"
      "Hilsen Lene",
      {"interesser": "Spildevand; Støj; Jord", "grupper": "Netværk for miljøtilsyn",
       "funktioner": "Sekretær", "tid": "Nogen",
       "andet": "Jeg arbejder hjemme om fredagen, så møder på fredage skal helst være online."},
      {"interesser": "Spildevand; Jord", "grupper": "Netværk for miljøtilsyn",
       "funktioner": "Sekretær", "erfaring": "15", "tid": "Nogen"},
      note="støjklagerne -> Støj. She weighs Lidt against Nogen but decides 'lad den stå på "
           "nogen'. The labelled Andet paragraph sits in the middle of the mail; the wish about "
           "online meetings is her Andet answer, so not flagged."),

    c("ow63-da-iphone-femogtyve-aar-ny-leder", "iphone", "Bent Søgaard",
      "Hej\n\n"
      "Vi har fået ny leder, Marianne, og hun er meget opsat på, at vi deltager mere i "
      "tværkommunalt arbejde. Så nu må jeg jo hellere melde mig lidt mere på banen, end jeg har "
      "gjort hidtil 😊\n\n"
      "Jeg vil gerne med i netværket for miljøtilsyn, og tiden kan I skrive som nogen i stedet "
      "for lidt. Jeg har været i faget i femogtyve år til januar, så I kan bare skrive det.\n\n"
      "Høringstovholder kunne jeg måske også godt, men det vil jeg lige snakke med Marianne om "
      "først.\n\n"
      "Bent",
      {"grupper": "Netværk for miljøtilsyn", "erfaring": "25", "tid": "Nogen"},
      {"interesser": "Luft; IE-direktivet", "grupper": "", "funktioner": "", "erfaring": "24",
       "tid": "Lidt"},
      ask=["funktioner"],
      note="'femogtyve år til januar, så I kan bare skrive det' -> 25 on his instruction. "
           "'melde mig lidt mere på banen' and 'meget opsat' are not the time answer. "
           "Høringstovholder is a maybe that depends on his manager: passed on."),

    c("ow63-da-outlook-venter-paa-ny-struktur", "outlook", "Karsten Juhl",
      "Hej Karen\n\n"
      "Jeg vil gerne vente med at udfylde skemaet, til vi ved, hvordan den nye struktur ender. "
      "Byrådet besluttede i sidste uge, at hele teknik- og miljøområdet skal omorganiseres fra "
      "1. marts, og ingen af os ved endnu, hvem der kommer til at sidde med hvad. Det giver ikke "
      "mening at skrive noget nu, som er forkert om tre måneder.\n\n"
      "Kan skemaet stå åbent til februar, eller skal jeg svare inden en bestemt dato?\n\n"
      "Venlig hilsen\n"
      "Karsten Juhl\n"
      "Eksempel Kommune",
      {}, S4, flagged=True,
      note="No answers and not 'unchanged' (he does not say it is as before); his question "
           "about the deadline is for the chair."),

    c("ow63-da-apple-parentes-numre-vej-og-park", "apple_mail", "Dorthe Møller",
      "Hej\n\n"
      "Svarer lige på numrene:\n\n"
      "1) PFAS og affald – og så jord, som jeg har fået efter sammenlægningen med Vej og Park\n"
      "2) Netværket, som før\n"
      "3) Ingen poster i år, jeg er kun på 28 timer\n"
      "4) Otte\n"
      "5) lidt\n\n"
      "Ellers intet nyt.\n\n"
      "Dorthe",
      {"interesser": "PFAS; Affald; Jord", "grupper": "Netværk for miljøtilsyn",
       "funktioner": "", "erfaring": "8", "tid": "Lidt"},
      S4, unchanged=True,
      note="'Ingen poster' removes Høringstovholder; '28 timer' is working hours; 'Otte' -> 8."),

    c("ow63-da-owa-vender-tilbage-efter-nytaar", "owa", "Ulla Kristensen",
      "Tak, jeg vender tilbage efter nytår, når vi kender den nye organisering.\n\n"
      "Ulla",
      {}, S2,
      note="A promise to answer later: nothing recorded, nothing for the chair."),

    c("ow63-da-gmail-android-bullets-siden-2015", "gmail_android", "Nikolaj Berg",
      "Hej, her er mine svar. Har været på kursus hele ugen, så undskyld forsinkelsen.\n\n"
      "• Interesser: PFAS, støj og luft\n"
      "• Grupper: PFAS-gruppen + netværket\n"
      "• Funktioner: ikke sekretær længere, det tager for lang tid ved siden af mine tilsyn. "
      "Måske høringstovholder?\n"
      "• Erfaring: har været i kommunen siden 2015\n"
      "• Tid: nogen\n\n"
      "Mvh Nikolaj",
      {"interesser": "PFAS; Støj; Luft",
       "grupper": "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS", "funktioner": "",
       "tid": "Nogen"},
      S1, ask=["funktioner", "erfaring"],
      note="Sekretær is clearly dropped (recorded); 'Måske høringstovholder?' is a tentative "
           "question, passed on. A year instead of a number of years: asked."),

    c("ow63-da-thunderbird-english-on-danish-form", "thunderbird", "Pieter de Vries",
      "Hi,\n\n"
      "Sorry for answering in English – my Danish is getting better but not good enough for "
      "this yet.\n\n"
      "Since the merger of our two environment departments in the summer I have been working on "
      "both soil contamination and PFAS, mostly the PFAS hotspots near the old fire training "
      "ground. Please add me to the PFAS working group as well. I have no time for functions "
      "like chair etc. this year, my Danish courses take two afternoons a week. Time: still "
      "little. Experience: 8 years now (4 in the Netherlands, 4 here).\n\n"
      "Best regards,\n"
      "Pieter",
      {"interesser": "PFAS; Jord", "grupper": "Arbejdsgruppe om PFAS", "funktioner": "",
       "erfaring": "8", "tid": "Lidt"},
      {"interesser": "Jord", "grupper": "", "funktioner": "", "erfaring": "7", "tid": "Lidt"},
      note="English on the Danish form: recorded in the Danish form's spellings (soil "
           "contamination -> Jord). 8 is his total; the 4+4 only explains it."),

    c("ow63-da-outlook-mac-html-jobdeling", "outlook_mac_html", "Maja Friis",
      "Hej tovholder\n\n"
      "Fra 1. januar deler jeg stilling med Anne Kold (vi er begge på 20 timer), og vi har "
      "aftalt, at vi begge gerne vil være med i gruppen, men at vi deles om én plads til "
      "møderne. Anne har ikke fået skemaet – kan I sende det til hende også "
      "(anne.kold@example.org)?\n\n"
      "For mit eget vedkommende: PFAS og støj som hidtil, PFAS-gruppen som hidtil. Sekretær må I "
      "tage fra mig, det giver ikke mening, når vi skiftes. Tid: lidt.\n\n"
      "Erfaringen står til 12, men det er 14 – den har vist ikke været rettet siden 2024.\n\n"
      "Venlig hilsen\n"
      "Maja Friis",
      {"interesser": "PFAS; Støj", "grupper": "Arbejdsgruppe om PFAS", "funktioner": "",
       "erfaring": "14", "tid": "Lidt"},
      S1, flagged=True,
      note="'20 timer' and '2024' are not the experience; she corrects 12 to 14. The job share "
           "and the request to send the form to a colleague are for the chair."),

    # ---------------------------------------------------------------- English form
    c("ow63-en-outlook-merger-steps-down-as-chair", "outlook", "Lars Nygaard",
      "Dear all,\n\n"
      "A bit of news before I answer. Our Environment and Planning departments merged on "
      "1 October, and I'm now heading the new Environment & Climate unit. It's a good move, but "
      "it leaves me with far less room for the network than before.\n\n"
      "So, regarding the form: I'll have to step down as chair at the annual meeting – I simply "
      "can't combine it with the new job. I'd be glad to act as consultation coordinator "
      "instead, since consultations are part of my day job now anyway.\n\n"
      "Subject-wise, wastewater stays with me, noise has moved to the planning team, and I've "
      "picked up climate adaptation and the EIA screenings. Time: some, though probably less in "
      "spring. Experience: twenty-one years, if I count right.\n\n"
      "Could we put the hand-over on the agenda for the January meeting?\n\n"
      + SIG_EN,
      {"interests": "Wastewater; Climate; EIA", "functions": "Consultation coordinator",
       "experience": "21", "time": "Some"},
      E1, lang="en", flagged=True,
      note="The form asks what he could take on: from the annual meeting he cannot be chair, so "
           "Chair is removed and Consultation coordinator added. 'probably less in spring' "
           "qualifies but does not change Some. Flagged for the hand-over agenda item."),

    c("ow63-en-gmail-numbered-soil-from-colleague", "gmail", "Olivia Brandt",
      "Hi,\n\n"
      "Here are my answers, numbered like the form:\n\n"
      "1. Air and climate as before. I've also taken over soil from a colleague who retired in "
      "October.\n"
      "2. Both, no change.\n"
      "3. I could be secretary from spring, once our new colleague is trained up.\n"
      "4. 11\n"
      "5. Much – well, some from now on, realistically. Let's say some.\n"
      "6. I'm moving to 32 hours a week from February.\n\n"
      "Best,\n"
      "Olivia",
      {"interests": "Air; Soil; Climate", "groups": "Inspection network; PFAS working group",
       "experience": "11", "time": "Some",
       "other": "I'm moving to 32 hours a week from February."},
      E2, lang="en", ask=["functions"],
      note="Secretary only from spring and once someone else is trained: passed on rather than "
           "recorded. She corrects herself to Some. Item 6 answers question 6 (Other)."),

    c("ow63-en-iphone-knee-surgery-little-then-some", "iphone", "Sarah Lindqvist",
      "Hi Karen, sorry for the slow reply – I had knee surgery in November and I'm only just "
      "back at work, part-time for now. I'll have little time until March and then hopefully "
      "some again. Everything else is the same. I won't make the December meeting.\n\n"
      "Sarah",
      {},
      E2, lang="en", unchanged=True, ask=["time"],
      note="Two time answers over the year (Little until March, then Some): passed on. A "
           "secretary might record Little for now; asked because the form holds one value for "
           "the year. Absence from the December meeting is for the chair too."),

    c("ow63-en-owa-new-head-of-department-four-days", "owa", "Aoife Byrne",
      "Hello,\n\n"
      "Quite a lot has changed for me this autumn, so bear with me.\n\n"
      "We got a new head of department in September, and one of the first things she did was to "
      "split our team into a permitting side and an inspection side. I'm on the inspection side "
      "now, which means I've dropped waste permits entirely and spend most of my days on noise "
      "and air complaints, plus the PFAS follow-up that nobody else wanted.\n\n"
      "At the same time I've gone down to four days a week (childcare), so I'd rather not keep "
      "the secretary job – could someone else take over the minutes from January? Time for the "
      "group: little, I'm afraid.\n\n"
      "I'd like to join the inspection network, given my new role.\n\n"
      "Experience hasn't changed – still six years.\n\n"
      "Thanks for organising all this, by the way. The group has been really useful for me.\n\n"
      "Aoife Byrne",
      {"interests": "PFAS; Noise; Air", "groups": "Inspection network; PFAS working group",
       "functions": "", "experience": "6", "time": "Little"},
      {"interests": "PFAS; Waste", "groups": "PFAS working group", "functions": "Secretary",
       "experience": "6", "time": "Some"},
      lang="en",
      note="Waste dropped; PFAS kept ('plus the PFAS follow-up'). Joining the network adds to "
           "her groups. 'could someone else take over the minutes' is how she gives up Secretary "
           "(functions), not a separate request; not flagged."),

    c("ow63-en-thunderbird-bottom-ticked-and-online-meetings", "thunderbird_bottom",
      "Rune Aalund",
      "I've marked the changes above. Short version: we've been through a reorganisation and "
      "our team is now half the size, so I have little time for the group, and climate has "
      "been added to my tasks. I've also counted my years properly this time – it's 22, not "
      "20.\n\n"
      "One more thing: I think we should consider meeting online more often. Driving two hours "
      "each way for a two-hour meeting is hard to justify to my new manager.\n\n"
      "Rune",
      {"interests": "Wastewater; Noise; Climate", "experience": "22", "time": "Little"},
      E1, lang="en", flagged=True,
      edits=[("set", "[ ] Climate", "[x] Climate"), ("set", "Answer: 20", "Answer: 22"),
             ("set", "[x] Some", "[ ] Some"), ("set", "[ ] Little", "[x] Little")],
      note="Ticked in the quoted form (bottom-posted), own text agrees. The suggestion to meet "
           "online is for the chair."),

    c("ow63-en-outlook-mac-danish-on-english-form", "outlook_mac", "Søren Kvist",
      "Hej\n\n"
      "Jeg svarer lige på dansk, håber det er ok.\n\n"
      "Vi er blevet lagt sammen med nabokommunens miljøafdeling, og jeg har i den forbindelse "
      "fået ansvaret for vores IE-virksomheder og PFAS-sagerne. Luft og klima har jeg stadig. "
      "Jeg er udtrådt af PFAS-arbejdsgruppen, fordi nabokommunen allerede har en kollega med "
      "der, men bliver i netværket.\n\n"
      "Tid: nogen. Erfaring: 11.\n\n"
      "Mvh Søren",
      {"interests": "PFAS; Air; Climate; IED", "groups": "Inspection network",
       "experience": "11", "time": "Some"},
      E2, lang="en",
      note="Danish on the English form: recorded in the English form's spellings "
           "(IE-virksomheder -> IED, nogen -> Some)."),

    c("ow63-en-android-retiring-end-of-february", "android", "Margaret Hansen",
      "Hello everyone\n\n"
      "After many years in environmental regulation I'm retiring at the end of February. I'll "
      "stay on as chair until then, but please start looking for a successor – I'm happy to "
      "brief whoever takes over.\n\n"
      "For the record until I leave: wastewater and noise as before, and I'll keep my place in "
      "the inspection network.\n\n"
      "Warm wishes\n"
      "Margaret",
      {"interests": "Wastewater; Noise", "groups": "Inspection network", "functions": "Chair"},
      E1, lang="en", flagged=True,
      note="She confirms her subjects, group and chair role until she leaves; retirement and "
           "the successor are for the chair. Not 'unchanged' (she names what stays, nothing "
           "about the rest)."),

    c("ow63-en-outlook-android-numbers-paternity-leave", "outlook_android", "Daniel Ekström",
      "Quick answers from my phone, following the numbers:\n"
      "1 – air, climate, and now also Power-to-X (new hydrogen plant at the harbour)\n"
      "2 – inspection network only, I left the PFAS group in the spring\n"
      "3 – secretary is fine\n"
      "4 – 10\n"
      "5 – some\n\n"
      "Other: I'm away on paternity leave 1 March – 31 May.\n\n"
      "Daniel",
      {"interests": "Air; Climate; Power-to-X", "groups": "Inspection network",
       "functions": "Secretary", "experience": "10", "time": "Some",
       "other": "I'm away on paternity leave 1 March – 31 May."},
      E2, lang="en",
      note="Numbered with dashes after the question numbers. The leave is given as his labelled "
           "Other answer, so it is recorded there rather than flagged."),
]
