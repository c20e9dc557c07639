"""Unseen part 86 of the own-words form replies: a winter round (December 2028 - January 2029) at
the end of the two-year role period. By hand, blind; people invented, at example.org."""

from common import E1, E2, S1, S2, S3, S4, SIG_EN, SIG_KOMMUNE, SIG_SHORT, c

CASES = [
    # --- Danish form ---------------------------------------------------------------------------
    c("ow86-da-outlook-formand-en-periode-mere", "outlook", "Kirsten Holm",
      "Hej\n\nJeg tager gerne en periode mere som formand – det har været to gode år. "
      "Høringerne vil jeg til gengæld gerne give videre, der må gerne komme nye øjne på dem.\n\n"
      "Erfaring er nu 22 år. Ellers er alt som sidst.\n\n" + SIG_KOMMUNE,
      {"funktioner": "Formand", "erfaring": "22"}, S3, unchanged=True,
      note="Keeps Formand, gives up Høringstovholder ('høringerne ... give videre')."),

    c("ow86-da-iphone-tak", "iphone", "Jesper Lund", "Tak 👍", {}, S1,
      note="Nothing about the form: not a confirmation that all is unchanged."),

    c("ow86-da-gmail-referat-og-hoeringer-helst-ikke", "gmail", "Line Østergaard",
      "Hej Tovholder,\n\nJeg skriver gerne referat en periode mere. Hvis der ikke er andre, der "
      "melder sig til høringerne, kan jeg godt tage dem også, men helst ikke.\n\n"
      "Tiden er den samme.\n\nHilsen Line",
      {"funktioner": "Sekretær"}, S1, ask=["funktioner"],
      note="Sekretær (writes the minutes) is confident; Høringstovholder only if nobody else "
           "volunteers and 'helst ikke' - a condition on others, passed on. 'Tiden er den samme' "
           "names no value: tid keeps the sent Nogen, nothing to record."),

    c("ow86-da-owa-giver-stafetten-videre", "owa", "Hanne Bech",
      "Hej.\n\nEfter to år med referaterne vil jeg gerne give stafetten videre til en anden. "
      "Jeg bliver i PFAS-gruppen, og jeg har nok lidt mindre tid fremover end jeg havde – sæt "
      "mig bare på lidt.\n\n/Hanne",
      {"funktioner": "", "grupper": "Arbejdsgruppe om PFAS", "tid": "Lidt"}, S1,
      note="Gives up Sekretær (the minutes). 'Jeg bliver i PFAS-gruppen' states the group "
           "explicitly (same as sent)."),

    c("ow86-da-outlook-prefix-bytter-med-mikkel", "outlook_prefix", "Bo Rasmussen",
      "Hej igen\n\nMikkel Friis og jeg har aftalt at bytte fra januar: han overtager "
      "høringerne, og jeg tager referaterne i stedet. Vi nævnte det for Kirsten på sidste "
      "møde.\n\nErfaring: 10 år nu.\n\nmvh Bo",
      {"funktioner": "Sekretær", "erfaring": "10"}, S4, flagged=True,
      note="His own set is clear (Høringstovholder out, Sekretær in). Flagged: the swap says "
           "what Mikkel Friis takes over, which is for the chair, not for Bo's row."),

    c("ow86-da-thunderbird-ny-alt-undtagen-formand", "thunderbird", "Amalie Nørgaard",
      "Hej\n\nJeg er ny i gruppen siden oktober (jeg har overtaget Grethes stilling i Eksempel "
      "Kommune), så jeg har ikke udfyldt noget før. Her er mine svar:\n\nJeg arbejder mest med "
      "spildevand og jord, og en smule med luft. Jeg er med i netværket for miljøtilsyn. Af "
      "funktionerne kan jeg tage alt undtagen formand. Jeg har 4 års erfaring og nogen tid til "
      "gruppen.\n\nVenlig hilsen\nAmalie Nørgaard",
      {"interesser": "Spildevand; Luft; Jord", "grupper": "Netværk for miljøtilsyn",
       "funktioner": "Høringstovholder; Sekretær", "erfaring": "4", "tid": "Nogen"}, {},
      note="Empty form; everything in prose. 'alt undtagen formand' = the other two functions."),

    c("ow86-da-apple-mail-pension", "apple_mail", "Grethe Mikkelsen",
      "Kære alle\n\nJeg går på pension med udgangen af marts 2029, så jeg stiller ikke op som "
      "formand igen, og høringerne må også gå videre til en anden. Jeg kommer gerne til "
      "møderne frem til da.\n\nTak for mange gode år i gruppen!\n\nKh Grethe",
      {"funktioner": ""}, S3, flagged=True,
      note="Both roles given up. Flagged: retiring and leaving the group at the end of March."),

    c("ow86-da-outlook-ios-affald-i-stedet", "outlook_ios", "Sara Dahl",
      "Sekretær: ja gerne 🙂 5 års erfaring nu. Spildevand er røget ud, har fået affald i "
      "stedet",
      {"interesser": "Affald; Luft; Klima", "funktioner": "Sekretær", "erfaring": "5"}, S2,
      note="Swap in interesser: Spildevand out, Affald in; Luft and Klima stay."),

    c("ow86-da-gmail-android-smaa-bogstaver", "gmail_android", "Rasmus Krogh",
      "formand kan jeg ikke påtage mig, men jeg fortsætter gerne som høringstovholder. har "
      "desuden fået støjsagerne ind over mig, så sæt også kryds ved støj\n\nrasmus",
      {"interesser": "PFAS; Affald; Støj", "funktioner": "Høringstovholder"}, S4,
      note="funktioner stated explicitly (same as sent); Støj added."),

    c("ow86-da-android-deler-sekretaerjobbet", "android", "Camilla Winther",
      "Hej! Jeg vil gerne dele sekretærjobbet med Louise Kjær, hvis hun er med på det – vi "
      "kunne tage hvert andet møde. Ellers uændret 😊\nCamilla",
      {}, S1, ask=["funktioner"], unchanged=True,
      note="Sekretær is already sent; sharing it depends on Louise Kjær and on the chair, so "
           "the words go to the chair rather than a change to the row."),

    c("ow86-da-outlook-mac-rettet-i-skemaet", "outlook_mac", "Poul Sørensen",
      "Hej\n\nRettet i skemaet. Formandsposten må en yngre tage, jeg bliver ved høringerne."
      "\n\nHilsen\nPoul",
      {"funktioner": "Høringstovholder", "erfaring": "22"}, S3,
      edits=[("set", "[x] Formand", "[ ] Formand"), ("set", "Svar: 20", "Svar: 22")],
      note="Changes made in the quoted form: Formand unticked, experience 20 -> 22."),

    c("ow86-da-owa-html-hoeringer-fra-februar", "owa_html", "Nadia Hussain",
      "Hej Tovholder\n\nNu hvor rollerne skal fordeles igen: jeg vil gerne stå for at samle "
      "gruppens input til høringerne, fra 1. februar når jeg er tilbage fra ferie. Jeg kan "
      "desværre ikke deltage i mødet den 15. januar.\n\n" + SIG_SHORT,
      {"funktioner": "Høringstovholder"}, S2, flagged=True,
      note="The role by what one does (collects the group's input to consultations). The start "
           "date is just when she is back; recorded. Flagged: absent from the 15 January "
           "meeting."),

    c("ow86-da-thunderbird-bottom-kryds-og-ni", "thunderbird_bottom", "Søren Kjeldsen",
      "Har sat kryds ved sekretær også – hvis det kniber med at finde én, altså.\n\n/Søren",
      {"funktioner": "Høringstovholder; Sekretær", "erfaring": "9"}, S4,
      edits=[("set", "[ ] Sekretær", "[x] Sekretær"), ("set", "Svar: 8", "Svar: ni")],
      note="He ticked Sekretær; 'hvis det kniber' only says he is a fallback, the question is "
           "what he could take on, so recorded. Experience typed as a word (ni)."),

    c("ow86-da-outlook-html-nyt-job", "outlook_html", "Mads Thygesen",
      "Hej\n\nKort nyt: Jeg er startet i Naboby Kommune pr. 1. december, hvor jeg skal arbejde "
      "med jord og grundvand i stedet for støj. PFAS følger med. Jeg bliver gerne i gruppen, "
      "men sekretærposten må en anden overtage – det kan jeg ikke nå i det nye job.\n\n"
      + SIG_KOMMUNE,
      {"interesser": "PFAS; Jord", "funktioner": ""}, S1, ask=["interesser"],
      note="Støj out, Jord in, PFAS stays; 'grundvand' is no option (asked). Also news for the "
           "chair: new employer (the old signature still says Eksempel Kommune)."),

    c("ow86-da-thunderbird-stiller-op-som-formand", "thunderbird", "Anders Kofoed",
      "Hej\n\nNu hvor Grethe stopper, stiller jeg op som formand. Høringstovholder kan jeg "
      "ikke også, det bliver for meget med begge dele. Jeg skal nok finde tiden, så sæt mig "
      "på meget.\n\nMvh\nAnders Kofoed",
      {"funktioner": "Formand", "tid": "Meget"},
      {"interesser": "Støj; Luft", "grupper": "Netværk for miljøtilsyn", "funktioner": "",
       "erfaring": "15", "tid": "Nogen"},
      note="Offers Formand; explicitly not Høringstovholder."),

    c("ow86-da-outlook-android-nej-tak-til-poster", "outlook_android", "Birgitte Lauridsen",
      "Nej tak til flere tillidsposter – seks år som formand er nok 🙂 Men jeg bliver i gruppen.",
      {"funktioner": ""}, S3,
      note="'Nej tak til flere tillidsposter' gives up both Formand and Høringstovholder. "
           "'seks år' is time as chair, not experience."),

    c("ow86-da-apple-forward-svarer-herfra", "apple_forward", "Lis Jeppesen",
      "Svarer lige herfra, telefonen ville ikke lade mig svare på den rigtige mail.\n\n"
      "Mine svar: PFAS, affald og IE-direktivet. Høringstovholder igen: ja. 9 år. Nogen tid."
      "\n\nLis",
      {"interesser": "PFAS; Affald; IE-direktivet", "funktioner": "Høringstovholder",
       "erfaring": "9", "tid": "Nogen"}, S4,
      note="A forward instead of a reply; full answers in one line each. IE-direktivet added."),

    c("ow86-da-owa-english-minutes", "owa", "Tom Becker",
      "Hi,\n\nSorry for answering in English – my Danish is still not good enough for forms. "
      "I can take the minutes for the next period, and please take me off the PFAS working "
      "group, I no longer have time for it. Otherwise as before.\n\nBest regards\nTom",
      {"grupper": "Netværk for miljøtilsyn", "funktioner": "Sekretær"}, S2, unchanged=True,
      note="English on the Danish form. 'take the minutes' = Sekretær."),

    c("ow86-da-outlook-formand-til-sommer", "outlook", "Ingrid Haugen",
      "Hei\n\nJeg fortsetter som formand frem til sommerferien, men så må en anden tage over. "
      "Høringstovholder fortsætter jeg gjerne med. Erfaring 21 år.\n\n"
      "Med vennlig hilsen\nIngrid Haugen",
      {"erfaring": "21"}, S3, ask=["funktioner"],
      note="Norwegian-tinged Danish. Formand only until the summer, half the role period: the "
           "chair decides; funktioner left as sent (Høringstovholder stays either way)."),

    c("ow86-da-gmail-rettelser-god-jul", "gmail", "Mette Bundgaard",
      "Svar i skemaet.\n\nGod jul og godt nytår!\nMette",
      {"interesser": "PFAS; Støj; Klima", "funktioner": ""}, S1,
      edits=[("set", "[x] Sekretær", "[ ] Sekretær"),
             ("add", "[ ] Sekretær", "stopper efter januar-mødet, skriver det sidste referat der"),
             ("set", "[ ] Klima", "[x] Klima")],
      note="Typed in the quoted form: Sekretær unticked with a line saying she stops after the "
           "January meeting; Klima ticked."),

    c("ow86-da-iphone-det-der-mangler-folk-til", "iphone", "Kasper Juul",
      "Hej\n\nJeg har ikke en bestemt rolle, jeg brænder for, men sæt mig på det, der mangler "
      "folk til, når I har set de andres svar. Ellers er jeg den samme som sidst.\n\nKasper",
      {}, {"interesser": "Affald; Klima", "grupper": "Netværk for miljøtilsyn",
           "funktioner": "", "erfaring": "7", "tid": "Nogen"},
      ask=["funktioner"], unchanged=True,
      note="Offers whatever role is short of people: depends on the others' answers, so asked."),

    c("ow86-da-iphone-barselsorlov", "iphone", "Julie Brandt",
      "Hej. Jeg går på barselsorlov fra midten af februar til og med august, så jeg må desværre "
      "give høringerne fra mig. Sæt mig på lidt tid indtil da. Jeg er tilbage i september 👶",
      {"funktioner": "", "tid": "Lidt"}, S4, flagged=True,
      note="Høringstovholder given up; tid Lidt. Flagged: on leave February-August (absent from "
           "the meetings)."),

    c("ow86-da-outlook-prefix-slet-barsel", "outlook_prefix", "Lene Frost",
      "Alt er som sidst. Bemærkningen om barselsvikariatet kan slettes, jeg er blevet "
      "fastansat.\n\nLene",
      {"andet": ""}, S2, unchanged=True,
      note="She asks to delete the sent Andet text ('Barselsvikar til juni'); recorded as "
           "empty."),

    c("ow86-da-android-uaendret", "android", "Henrik Thomsen", "Uændret", {}, S1,
      unchanged=True),

    c("ow86-da-outlook-mac-html-krydser-i-teksten", "outlook_mac_html", "Dorte Vinther",
      "Hej\n\n[x] Formand\n[x] Sekretær\n[x] Nogen\n\nJeg vil gerne prøve kræfter med at lede "
      "møderne, og referatet kan jeg sagtens blive ved med ved siden af. Tiden bliver lidt "
      "mindre end før, derfor nogen. Resten uændret.\n\nDorte",
      {"funktioner": "Formand; Sekretær", "tid": "Nogen"},
      {"interesser": "Spildevand; Jord",
       "grupper": "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS", "funktioner": "Sekretær",
       "erfaring": "11", "tid": "Meget"}, unchanged=True,
      note="Crosses typed in her own text above the quote, confirmed in words: adds Formand "
           "(leading the meetings), keeps Sekretær, tid Meget -> Nogen."),

    c("ow86-da-android-ascii-power-to-x", "android", "Jørgen Aagaard",
      "Hej\n\nJeg er gerne hoeringstovholder igen. Har nu 10 aars erfaring. Tilfoej venligst "
      "Power to X, vi har faaet et stort anlaeg i kommunen.\n\nMvh Joergen",
      {"interesser": "PFAS; Affald; Power-to-X", "funktioner": "Høringstovholder",
       "erfaring": "10"}, S4,
      note="oe/aa spellings; 'Power to X' = Power-to-X."),

    # --- English form --------------------------------------------------------------------------
    c("ow86-en-outlook-chair-steps-down", "outlook", "Niels Brask",
      "Hi,\n\nAfter two terms as chair I'd like to step down and leave it to someone else. I'm "
      "happy to stay on as an ordinary member, and I can write the minutes if that helps. "
      "Experience is 22 years now.\n\n" + SIG_EN,
      {"functions": "Secretary", "experience": "22"}, E1, lang="en",
      note="Chair given up; offers Secretary ('write the minutes', 'if that helps' is only "
           "politeness)."),

    c("ow86-en-gmail-takes-over-consultations", "gmail", "Priya Raman",
      "Hi,\n\nSame as before, except that I'd like to take over the consultations – collecting "
      "the group's input. I've got more room for it now that our big permit project is "
      "finished.\n\nCheers,\nPriya",
      {"functions": "Consultation coordinator"}, E2, lang="en", unchanged=True),

    c("ow86-en-thunderbird-co-chairs", "thunderbird", "Erik Lindqvist",
      "Hello,\n\nPernille Aaen and I would like to stand as co-chairs for the coming period, "
      "sharing the meetings between us. If co-chairs aren't possible, I'd rather be secretary "
      "than chair alone.\n\nAlso: 12 years of experience now.\n\nErik",
      {"experience": "12"}, E2, lang="en", ask=["functions"],
      note="Co-chair with someone else, otherwise Secretary: conditional on Pernille and on "
           "the rules, so the chair decides."),

    c("ow86-en-owa-html-areas-and-january", "owa_html", "Hannah Clarke",
      "Hi there,\n\nCould you please add PFAS and soil to my areas and take EIA off? I'm "
      "keeping the consultations for another period.\n\nI'm afraid I can't make the January "
      "meeting – I'll be on a course that week.\n\nThanks,\nHannah",
      {"interests": "PFAS; Waste; Noise; Soil", "functions": "Consultation coordinator"},
      {"interests": "Waste; Noise; EIA", "groups": "Inspection network",
       "functions": "Consultation coordinator", "experience": "5", "time": "Some"},
      lang="en", flagged=True,
      note="Keeps the consultations (same as sent). Flagged: absent from the January meeting."),

    c("ow86-en-outlook-ios-svarer-paa-dansk", "outlook_ios", "Freja Holst",
      "Hej – svarer lige på dansk. Jeg stopper som sekretær og går ud af PFAS-gruppen, men "
      "fortsætter i tilsynsnetværket. Tiden bliver mindre, så little.",
      {"groups": "Inspection network", "functions": "", "time": "Little"},
      {"interests": "Waste; Soil", "groups": "Inspection network; PFAS working group",
       "functions": "Secretary", "experience": "6", "time": "Some"}, lang="en",
      note="Danish on the English form."),

    c("ow86-en-apple-mail-swapped-in-form", "apple_mail", "Oliver Grant",
      "Updated below – swapped chair for consultations. Happy new year!\n\nOliver",
      {"functions": "Consultation coordinator", "experience": "22"}, E1, lang="en",
      edits=[("set", "[x] Chair", "[ ] Chair"),
             ("set", "[ ] Consultation coordinator", "[x] Consultation coordinator"),
             ("set", "Answer: 20", "Answer: 22")]),

    c("ow86-en-gmail-android-after-holidays", "gmail_android", "Laura Moss",
      "Thanks – I'll get back to you after the holidays.", {}, E2, lang="en"),

    c("ow86-en-outlook-android-minutes-yes", "outlook_android", "Peter Hald",
      "Minutes yes, chair no. Fourteen years is now sixteen.\n\nP.",
      {"functions": "Secretary", "experience": "16"},
      {"interests": "Air; Climate; IED", "groups": "Inspection network",
       "functions": "Chair; Secretary", "experience": "14", "time": "Much"}, lang="en",
      note="Roles by what one does (minutes = Secretary); experience as words."),
]
