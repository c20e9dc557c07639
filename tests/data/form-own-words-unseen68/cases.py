"""Unseen part 68 of the own-words form replies: members who correct themselves or change their
mind inside the same reply, partial updates of the pre-filled values, and many ways of saying
"the rest is as before". By hand; people invented, at example.org."""

from common import E1, E2, S1, S2, S3, S4, SIG_EN, SIG_KOMMUNE, SIG_SHORT, c  # noqa: F401

SAME = "The final answer equals the sent value; the member did address the question, so it is "
SAME += "recorded (leaving it out would come to the same)."

CASES = [
    # --- Danish form -----------------------------------------------------------------------
    c("ow68-da-outlook-nej-vent-tid", "outlook", "Karin Holm",
      "Hej\n\nTid: meget i år.\nNej vent – vi har fået to nye VVM-sager ind efter sommerferien, "
      "så skriv hellere nogen.\n\nResten er som før.\n\nHilsen\nKarin",
      {"tid": "Nogen"}, sent=S3, unchanged=True,
      note="'Meget' is taken back at once; the final word is 'nogen'."),

    c("ow68-da-gmail-rettelse-kun-stoej", "gmail", "Jonas Vestergaard",
      "Hej\n\nTilføj Støj og Luft til mine fagområder.\nRettelse: kun Støj – Luft var Rasmus', "
      "vi sidder og udfylder skemaet sammen 😄\n\nDet øvrige står ved magt.\n\nJonas",
      {"interesser": "PFAS; Affald; Støj"}, sent=S4, unchanged=True,
      note="Luft is withdrawn in the correction line; only Støj is added."),

    c("ow68-da-iphone-ps-formand-et-aar-mere", "iphone", "Bente Kjær",
      "Hej\nJeg stopper som formand til nytår, men fortsætter gerne som høringstovholder.\n"
      "Mvh Bente\n\nPS glem det med formand – har lige snakket med Ole, jeg tager et år mere 🙂",
      {"funktioner": "Formand; Høringstovholder"}, sent=S3,
      note="The P.S. takes back stepping down as chair. " + SAME),

    c("ow68-da-thunderbird-forkert-kryds", "thunderbird", "Lars Ebbesen",
      "Hej\n\nJeg har rettet i krydserne nedenfor. Krydset ved Støj er en fejl – det skulle "
      "have været ved Affald, vi har overtaget affaldstilsynet i efteråret. Luft er rigtigt nok "
      "røget ud.\n\nDe bedste hilsner\nLars",
      {"interesser": "Spildevand; Affald; Klima"}, sent=S2,
      edits=[("set", "[ ] Støj", "[x] Støj"), ("set", "[x] Luft", "[ ] Luft")],
      note="The cross at Støj in the quoted form is declared a mistake for Affald; the removal "
           "of Luft is confirmed."),

    c("ow68-da-outlook_prefix-bliver-alligevel", "outlook_prefix", "Helle Dam",
      "Hej\n\nJeg vil gerne slippe sekretærrollen – det er blevet for meget med referaterne.\n\n"
      "Har tænkt lidt over det, mens jeg skrev. Jeg bliver alligevel som sekretær, men så kan "
      "jeg ikke love mere end lidt tid til gruppen ved siden af.\n\nVenlig hilsen\nHelle Dam",
      {"funktioner": "Sekretær", "tid": "Lidt"}, sent=S1,
      note="The second paragraph takes back the first: she stays secretary (" + SAME + ") and "
           "time goes down to Lidt."),

    c("ow68-da-owa-tak-naeste-uge", "owa", "Søren Lund",
      "Tak – jeg kigger på det i næste uge, når jeg er tilbage fra kursus.\n\n/Søren",
      {}, sent=S1),

    c("ow68-da-android-glem-det-luft", "android", "Louise Brandt",
      "Spildevand skal ud. Glem det, spildevand skal blive, det er luft der skal ud 🙈\n"
      "Resten passer 👍\nMvh Louise",
      {"interesser": "Spildevand; Klima"}, sent=S2, unchanged=True),

    c("ow68-da-gmail_android-inde-i-skemaet", "gmail_android", "Emil Sørensen",
      "Svar inde i mailen.\nResten er som sidst",
      {"tid": "Nogen"}, sent={**S1, "tid": "Lidt"}, unchanged=True,
      edits=[("add", "5. Tid", "Meget\nnej vent, nogen. Har lige set forårets kalender")],
      note="Typed under question 5 above the unchanged cross at Lidt; the typed lines win, and "
           "the second typed line replaces the first."),

    c("ow68-da-outlook_ios-rettelse-vvm-ud", "outlook_ios", "Morten Skov",
      "Fjern Jord og tilføj Luft.\nRettelse – Jord skal blive, det er VVM der skal ud "
      "(planafdelingen har overtaget VVM). Luft skal stadig på.\nAlt andet kan blive stående.\n"
      "Morten",
      {"interesser": "Affald; Luft; Jord"}, sent=S3, unchanged=True),

    c("ow68-da-apple_mail-tid-fra-marts", "apple_mail", "Camilla Nørgaard",
      "Hej\n\nTid: meget. Eller hov – jeg går ned på 30 timer fra marts, så måske snarere nogen. "
      "Det ved jeg først helt sikkert i februar.\n\nBarselsvikariatet er i øvrigt blevet til en "
      "fast stilling.\n\nKh Camilla",
      {}, sent=S2, ask=["tid", "andet"],
      note="Time is unresolved (Meget now, perhaps Nogen from March, known in February): asked. "
           "The permanent job makes the sent Andet text ('Barselsvikar til juni') outdated, but "
           "she does not label anything as Andet, so the secretary passes it on rather than "
           "rewriting the free text."),

    c("ow68-da-outlook_mac-rettelse-pension", "outlook_mac", "Jørgen Bach",
      "Kære tovholder\n\nRettelse til det, jeg sagde på mødet i går: jeg sagde, at jeg gerne "
      "fortsætter som formand, men jeg har nu fået min pension på plads og stopper 1. maj. Så "
      "fjern mig som formand – I må hellere finde en ny i god tid.\n\nErfaring skal i øvrigt "
      "være 31.\n\n" + SIG_SHORT,
      {"funktioner": "", "erfaring": "31"},
      sent={"interesser": "Støj; VVM", "grupper": "Netværk for miljøtilsyn",
            "funktioner": "Formand", "erfaring": "30", "tid": "Nogen"},
      flagged=True,
      note="He asks to be removed as chair now (recorded); retiring on 1 May and the need for a "
           "new chair are for the chair (flagged)."),

    c("ow68-da-owa_html-meget-fra-februar", "owa_html", "Rikke Thomsen",
      "Hej\n\nJeg har sat kryds ved Meget, men det gælder først fra februar, når vores nye "
      "kollega er startet. Indtil da er det nok mere lidt. Skriv det, der giver mest mening for "
      "jer.\n\nVenlig hilsen\nRikke",
      {}, sent=S4, ask=["tid"],
      edits=[("set", "[x] Nogen", "[ ] Nogen"), ("set", "[ ] Meget", "[x] Meget")],
      note="The cross says Meget, her words say Lidt until February and Meget after, and she "
           "leaves the choice to us: asked, not recorded."),

    c("ow68-da-thunderbird_bottom-lad-den-staa", "thunderbird_bottom", "Anders Kruse",
      "Har rettet under Andet.\nTid skal være nogen i stedet for meget. Eller nej, lad den stå "
      "på meget – nu jeg er blevet forlænget, har jeg jo tiden.\n\nIntet nyt derudover.\n\n"
      "Anders",
      {"andet": "Barselsvikar, forlænget til september", "tid": "Meget"}, sent=S2,
      unchanged=True,
      edits=[("set", "Svar: Barselsvikar til juni", "Svar: Barselsvikar, forlænget til september")],
      note="Andet typed on its Svar line in the quote (bottom-posted reply). Tid: the change to "
           "Nogen is taken back; " + SAME),

    c("ow68-da-outlook_html-trukket-tilbage", "outlook_html", "Maja Friis",
      "Hej\n\nJeg vil gerne stille op som formand, når Ulla stopper.\n\nTilføjelse efter "
      "frokost: Jeg har talt med min chef, og det er der desværre ikke timer til alligevel, så "
      "det trækker jeg tilbage. Sekretær fortsætter jeg gerne med.\n\nEllers er alt som før.\n\n"
      + SIG_KOMMUNE,
      {"funktioner": "Sekretær"}, sent=S1, unchanged=True,
      note="The offer to stand as chair is withdrawn in the same mail. " + SAME),

    c("ow68-da-apple_forward-aalborg-aar", "apple_forward", "Niels Ravn",
      "Videresender lige, kunne ikke få svar-knappen til at virke.\n\nErfaring: 9 – nej, 10, "
      "jeg havde glemt mine år i Aalborg.\nHov, og så er jeg kommet med i PFAS-gruppen siden "
      "september.",
      {"erfaring": "10", "grupper": "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS"}, sent=S4,
      note="'PFAS-gruppen' is the only PFAS group on the form (Arbejdsgruppe om PFAS)."),

    c("ow68-da-gmail-hoeringer-sekretaer", "gmail", "Mikkel Jessen",
      "hej\n\nfunktioner: hoeringstovholder. nej forresten, skriv sekretaer i stedet, hoeringer "
      "har jeg ikke tid til med den nye stilling\nandet: fastansat nu, ikke barselsvikar mere\n\n"
      "mvh mikkel",
      {"funktioner": "Sekretær", "andet": "fastansat nu, ikke barselsvikar mere"}, sent=S2,
      note="oe/ae spellings. 'i stedet' replaces the høringstovholder he first wrote; the sent "
           "set was empty. Andet is labelled, recorded in his words (replacing the old text)."),

    c("ow68-da-outlook-klikket-forkert", "outlook", "Hanne Bjerre",
      "Hej\n\nHar sat kryds i skemaet herunder.\nRettelse: krydset ved Klima er forkert, jeg kom "
      "til at klikke forkert – det er IE-direktivet, jeg mente.\n\nMvh\nHanne Bjerre\n"
      "Miljøtilsyn",
      {"interesser": "Affald; Jord; IE-direktivet", "erfaring": "21"}, sent=S3,
      edits=[("set", "[ ] Klima", "[x] Klima"), ("set", "[x] VVM", "[ ] VVM"),
             ("set", "Svar: 20", "Svar: 21")],
      note="Crosses in the quote: Klima added (declared a mistake for IE-direktivet), VVM "
           "removed (not taken back), experience typed as 21."),

    c("ow68-da-outlook_mac_html-ps-mente-luft", "outlook_mac_html", "Trine Overgaard",
      "Hej\n\nRet venligst:\n- Støj skal ud og Klima ind\n- Jeg er kommet med i netværket for "
      "miljøtilsyn\n\nP.S. Jeg skrev Klima, men jeg mente Luft – det er luftemissioner fra "
      "virksomheder, jeg sidder med. Klima skal altså ikke på.\n\nTrine",
      {"interesser": "PFAS; Luft", "grupper": "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS"},
      sent=S1,
      note="The P.S. swaps Klima for Luft; Støj stays removed."),

    c("ow68-da-owa-passer-stadig-nej-forresten", "owa", "Poul Iversen",
      "Hej\n\nJeg har kigget det hele igennem, og det passer stadig. Nej forresten – jeg er "
      "trådt ud af PFAS-arbejdsgruppen i oktober, så den skal jeg ikke stå i mere.\n\n"
      "Ellers ingen ændringer.\n/Poul",
      {"grupper": ""}, sent=S1, unchanged=True,
      note="The only sent group is removed: empty set."),

    c("ow68-da-outlook_android-afbud-januar", "outlook_android", "Sofie Dahl",
      "Hej\nJeg kan ikke komme til mødet 14. januar, er på kursus.\nErfaring: fire år.\n"
      "Tid: lidt, nej skriv nogen – det er kun januar, der er presset.\nSofie",
      {"erfaring": "4", "tid": "Nogen"}, sent=S2, flagged=True,
      note="Absence from the January meeting: flagged for the chair."),

    c("ow68-da-thunderbird-ny-i-kommunen", "thunderbird", "Aisha Karimi",
      "Hej\n\nJeg er ny i Eksempel Kommune fra 1. november og har fået skemaet af Hanne.\n\n"
      "Interesser: støj og luft, måske også jord – nej, jord ligger hos geo-teamet.\n"
      "Grupper: ingen endnu\nFunktioner: sekretær kunne jeg godt, men ikke det første halve år\n"
      "Erfaring: 2 år her, 5 hvis man tæller mine år i Region Syddanmark med\nTid: nogen\n\n"
      "Venlig hilsen\nAisha Karimi",
      {"interesser": "Støj; Luft", "grupper": "", "tid": "Nogen"}, sent={},
      ask=["funktioner", "erfaring"],
      note="Nothing pre-filled. Jord is taken back. Secretary only after the first half year: "
           "asked. Two numbers of years (2 here, 5 in all): asked."),

    c("ow68-da-outlook-english-maternity", "outlook", "Tom Ridley",
      "Hi,\n\nSorry for answering in English – my Danish is still a work in progress.\n\n"
      "Please change my time to some. No, make that little – the new wastewater permits are "
      "eating my calendar.\nAndet: maternity cover extended until December 2027.\n\n"
      "Everything else stays as it is.\n\nBest,\nTom",
      {"tid": "Lidt", "andet": "maternity cover extended until December 2027"}, sent=S2,
      unchanged=True,
      note="English on the Danish form. 'some' is corrected to 'little' (Lidt). Andet is "
           "labelled with the form's Danish word."),

    c("ow68-da-iphone-eller-nej-jo", "iphone", "Kasper Møller",
      "Høringstovholder kan jeg godt tage. Eller nej. Jo. Sæt mig på, så må vi se 😅",
      {"funktioner": "Høringstovholder; Sekretær"}, sent=S1,
      note="He lands on yes ('Sæt mig på'); added to the sent Sekretær."),

    c("ow68-da-gmail-formand-hvis-ulla", "gmail", "Ida Winther",
      "Hej\n\nHøringstovholder fortsætter jeg med. Formand vil jeg gerne være, hvis Ulla ikke "
      "genopstiller – ellers tager jeg sekretær.\n\nOg så et spørgsmål: hvornår er fristen for "
      "at svare? Jeg er på ferie fra den 18.\n\nMvh\nIda",
      {"funktioner": "Høringstovholder"}, sent=S4, ask=["funktioner"],
      note="Høringstovholder is confident (equal to the sent value); Formand or Sekretær depends "
           "on someone else: asked. The question about the deadline is for the chair too."),

    c("ow68-da-android-uaendret-ps-aar", "android", "Bo Lauridsen",
      "Uændret fra sidste år.\n\nPS: nu jeg tænker over det, har jeg jo et år mere på bagen – "
      "13 år.\n\nBo",
      {"erfaring": "13"}, sent=S1, unchanged=True,
      note="The P.S. changes one value after 'uændret'; the rest stays as before."),

    # --- English form ------------------------------------------------------------------------
    c("ow68-en-outlook-scratch-that-chair", "outlook", "Peter Lindqvist",
      "Hi all,\n\nPlease take me off as chair. Actually, scratch that – I'll stay on as chair "
      "until the spring meeting, but after that you need to find someone else. Could we put "
      "that on the agenda in March?\n\nAnd please add Soil, I've picked up the contaminated "
      "sites cases.\n\nBest,\nPeter",
      {"interests": "Wastewater; Noise; Soil"}, sent=E1, lang="en", ask=["functions"],
      note="Removal as chair is taken back for now, but he stops after the spring meeting and "
           "asks for an agenda item: functions passed on to the chair, not changed."),

    c("ow68-en-gmail-correction-twelve", "gmail", "Nina Holt",
      "Hello,\n\nExperience: 11 years.\nCorrection: make that 12 – I keep forgetting that I "
      "started in the autumn of 2014.\n\nOtherwise as before.\n\nCheers\nNina",
      {"experience": "12"}, sent=E2, lang="en", unchanged=True),

    c("ow68-en-iphone-no-wait-some", "iphone", "Rasmus Bak",
      "Time: little. No wait – some 🙂 on the train, sorry",
      {"time": "Some"}, sent=E2, lang="en"),

    c("ow68-en-thunderbird-unticked-noise", "thunderbird", "Malene Storm",
      "Hi,\n\nI've ticked Air in the form below. I also seem to have unticked Noise while I was "
      "at it – that was a mistake, please keep Noise.\n\nThanks,\nMalene",
      {"interests": "Wastewater; Noise; Air"}, sent=E1, lang="en",
      edits=[("set", "[ ] Air", "[x] Air"), ("set", "[x] Noise", "[ ] Noise")],
      note="The removed cross at Noise is declared a mistake; Air is added."),

    c("ow68-en-outlook_android-check-with-henrik", "outlook_android", "Charlotte Munk",
      "Please remove me from the PFAS working group, I haven't been to a meeting since the "
      "summer. Hmm, on second thought I'm not sure whether I'm still formally on it – Henrik "
      "would know. Can you check with him?\nEverything else unchanged.",
      {}, sent=E2, lang="en", ask=["groups"], unchanged=True,
      note="She takes back her own removal and leaves it to Henrik: asked."),

    c("ow68-en-owa-mixed-up-forms", "owa", "Klaus Winther",
      "Hi,\n\nTwo changes:\n- Experience: 21 (it ticked over in October)\n- Time: some -> much. "
      "Sorry, correction: little! I mixed it up with my colleague's form, we're filling them in "
      "together.\n\nThe rest is fine.\n\nBR\nKlaus",
      {"experience": "21", "time": "Little"}, sent=E1, lang="en", unchanged=True),

    c("ow68-en-apple_mail-new-strike-soil", "apple_mail", "Sarah Whitfield",
      "Hi there,\n\nHere are my answers:\nInterests: noise and air. Soil too – no, strike soil, "
      "that's my colleague's area.\nGroups: the inspection network.\nFunctions: none for now, "
      "I'm new.\nExperience: 6 years\nTime: a bit\n\nBest wishes,\nSarah Whitfield",
      {"interests": "Noise; Air", "groups": "Inspection network", "functions": "",
       "experience": "6", "time": "Little"}, sent={}, lang="en",
      note="Nothing pre-filled. Soil is struck in the same line. 'a bit' is Little."),

    c("ow68-en-gmail_android-dansk-fra-februar", "gmail_android", "Lene Kragh",
      "hej - erfaring 10, nej 11, glemte lige det her år.\ntid: meget -> nogen fra februar\n"
      "resten som før\n/Lene",
      {"experience": "11"}, sent=E2, lang="en", ask=["time"], unchanged=True,
      note="Danish on the English form. Time changes only from February: asked."),

    c("ow68-en-outlook_mac-climate-team", "outlook_mac", "Fredrik Aaberg",
      "Hi both,\n\nAs before, except: I've moved to the climate team, so Climate instead of "
      "Wastewater. Noise stays with me for now.\nOh, and I forgot – I'm doing the IED permits "
      "now as well.\n\n" + SIG_EN,
      {"interests": "Noise; Climate; IED"}, sent=E1, lang="en", unchanged=True),

    c("ow68-en-owa_html-only-if-nobody", "owa_html", "Jens Abildgaard",
      "Hi\n\nI've ticked Secretary. Thinking about it, though – only if nobody else wants it. "
      "Happy to step aside if someone is keen.\n\nRegards\nJens",
      {}, sent=E2, lang="en", ask=["functions"],
      edits=[("set", "[ ] Secretary", "[x] Secretary")],
      note="The cross is made conditional on nobody else wanting it: asked, not recorded."),
]
