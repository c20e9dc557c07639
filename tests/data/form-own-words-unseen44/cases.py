"""Part 44 of the unseen own-words cases: one late-summer round (after the holidays) in a working
group of 24 municipal environment officers. Written blind, by hand; people invented, at
example.org. Ids: ow44-<language of the reply>-<client>-<slug>."""

from __future__ import annotations

from common import BOTH, E1, S1, S2, S3, S4, SIG_EN, SIG_KOMMUNE, SIG_SHORT, c

# Joost van Dijk (Dutch) joined in June and answered the form then; Katrin Hoffmann (German-born)
# has E1. Both get the English form.
E3 = {"interests": "Wastewater; Soil", "groups": "PFAS working group", "functions": "Secretary",
      "experience": "10", "time": "Some"}

CASES = [
    # --- confirmations, back from holiday -------------------------------------------------------
    c("ow44-da-iphone-alt-som-foer", "iphone", "Karen Holmgaard",
      "Hej\nLige tilbage fra ferie. Alt er som før hos mig.\nKaren",
      {}, S1, unchanged=True),
    c("ow44-da-outlook_ios-intet-nyt-ok", "outlook_ios", "Torben Lykke",
      "Ok for mig - intet nyt siden sidst.\n\nTorben",
      {}, S4, unchanged=True),
    c("ow44-da-iphone-tak-vender-tilbage", "iphone", "Signe Dahl",
      "Tak for mailen – jeg kigger på den, når jeg er tilbage på kontoret på mandag.\n\nSigne",
      {}, S2, note="nothing about the form yet"),

    # --- one question in a sentence, nothing about the rest --------------------------------------
    c("ow44-da-iphone-lidt-mindre-tid", "iphone", "Per Vestergaard",
      "Jeg har lidt mindre tid her i efteråret end før sommer, så sæt mig bare på lidt.\n\nMvh Per",
      {"tid": "Lidt"}, S4),
    c("ow44-da-gmail_android-pfas-arbejdsgruppen", "gmail_android", "Lone Kjær",
      "Meld mig gerne ind i PFAS-arbejdsgruppen, tak 👍",
      {"grupper": "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS"}, S4,
      note="compound naming the only PFAS group"),
    c("ow44-da-thunderbird-femogtyve-aar", "thunderbird", "Ole Brandt",
      "Erfaring: femogtyve år i år, tiden flyver. Ellers ingen ændringer.\n\n" + SIG_SHORT,
      {"erfaring": "25"}, S3, unchanged=True),
    c("ow44-da-iphone-glemte-tid", "iphone", "Karen Holmgaard",
      "Undskyld, glemte lige en ting: jeg har fået mere luft i kalenderen efter ferien, så "
      "tiden må gerne hedde meget nu.\nKaren",
      {"tid": "Meget"}, S1,
      note="follow-up to her first reply; 'luft i kalenderen' is an idiom, not the option Luft"),
    c("ow44-da-outlook_android-tid-meget-resten", "outlook_android", "Henrik Aagaard",
      "Tid: meget. Resten står som det skal.",
      {"tid": "Meget"}, S3, unchanged=True),

    # --- long replies with news -----------------------------------------------------------------
    c("ow44-da-outlook-ny-kollega-spildevand", "outlook", "Birgitte Nørgaard",
      "Hej alle\n\nHåber I har haft en god sommer. Lidt nyt herfra: vi har fået en ny kollega, "
      "Mette, som starter 1. september og overtager spildevandet, så fjern spildevand hos mig. "
      "Til gengæld har jeg fået jordsagerne og PFAS-sagerne. Resten er uændret.\n\n"
      + SIG_KOMMUNE,
      {"interesser": "PFAS; Luft; Jord; Klima"}, S2, unchanged=True,
      note="news about a colleague is not for the chair"),
    c("ow44-da-gmail-sammenlaegning-ie-vvm", "gmail", "Anders Skov",
      "Hej\n\nEfter sammenlægningen af Natur & Miljø og Byg pr. 1. august sidder jeg nu også med "
      "VVM-screeninger og IE-direktivet. Affald er røget over til Teknik og Forsyning – fjern "
      "det. Jeg har 14 år i faget, heraf 3 i den nye afdeling. Tiden er knap i år: lidt.\n\n"
      "Mvh Anders",
      {"interesser": "Jord; VVM; IE-direktivet", "erfaring": "14", "tid": "Lidt"}, S3,
      note="two numbers: the years in the field are the answer"),
    c("ow44-da-android-kursus-stoej", "android", "Mads Holst",
      "Hej. Har lige været på kursus i støjberegning, så sæt kryds ved støj. Sekretær vil jeg "
      "også gerne være, hvis der er brug for det",
      {"interesser": "Støj", "funktioner": "Sekretær"}, {}),

    # --- removals, swaps, conditions ------------------------------------------------------------
    c("ow44-en-outlook-german-chair-off", "outlook", "Katrin Hoffmann",
      "Dear all,\n\nBack from holiday. Please add air quality and take noise off — noise went to "
      "a colleague after the reorganisation. I'd rather not be chair any more, but I can be "
      "consultation coordinator. Otherwise as before.\n\n" + SIG_EN,
      {"interests": "Wastewater; Air", "functions": "Consultation coordinator"}, E1, lang="en",
      unchanged=True),
    c("ow44-da-thunderbird_bottom-stopper-sekretaer", "thunderbird_bottom", "Rikke Winther",
      "Jeg stopper som sekretær - har gjort det i tre år nu, og så må en anden tage over. "
      "Men høringstovholder vil jeg gerne prøve.\n\n/Rikke",
      {"funktioner": "Høringstovholder"}, S1,
      note="'tre år' is about the secretary job, not experience"),
    c("ow44-da-owa_html-affaldstilsyn-fjern-pfas", "owa_html", "Jesper Mogensen",
      "Affaldstilsyn fylder det meste af min hverdag nu, så affald skal blive stående, men PFAS "
      "kan I fjerne. Ny: støj.\n\n" + SIG_SHORT,
      {"interesser": "Affald; Støj"}, S4),
    c("ow44-da-outlook_prefix-ie-virksomheder", "outlook_prefix", "Hanne Lund",
      "Jeg sidder nu med godkendelser af IE-virksomheder efter sammenlægningen, så sæt kryds ved "
      "IE-direktivet – og fjern støj.\n\nHanne",
      {"interesser": "PFAS; IE-direktivet"}, S1),
    c("ow44-da-iphone-ikke-laengere-netvaerket", "iphone", "Nikolaj Friis",
      "Det hele passer stadig, bortset fra at jeg ikke længere er med i netværket.",
      {"grupper": "Arbejdsgruppe om PFAS"}, S2, unchanged=True),

    # --- crosses mixed with words ---------------------------------------------------------------
    c("ow44-da-owa-kryds-jord-nogen", "owa", "Signe Dahl",
      "Har krydset jord af nedenfor. Og så er jeg gået ned i tid efter ferien – nogen i stedet "
      "for meget.\n\nSigne",
      {"interesser": "Spildevand; Luft; Jord; Klima", "tid": "Nogen"}, S2,
      edits=[("set", "[ ] Jord", "[x] Jord")],
      note="'meget' names the old value"),
    c("ow44-da-outlook-flueben-luft", "outlook", "Thomas Bech",
      "Har markeret luft med et flueben, ellers ikke noget nyt.\n\n" + SIG_KOMMUNE,
      {"interesser": "PFAS; Affald; Luft"}, S4, unchanged=True,
      edits=[("set", "[ ] Luft", "[ ] Luft  ✓")]),

    # --- lines, dashes, full stops before lower case --------------------------------------------
    c("ow44-da-gmail_android-linjer", "gmail_android", "Camilla Thorsen",
      "Spildevand\nKlima\n8 år\nlidt tid\n\nCamilla",
      {"interesser": "Spildevand; Klima", "erfaring": "8", "tid": "Lidt"}, {}),
    c("ow44-da-android-lidt-begge-grupper", "android", "Jesper Mogensen",
      "tid: (lidt) pga. ombygning derhjemme. og jeg er stadig med i begge grupper",
      {"tid": "Lidt", "grupper": BOTH}, S4,
      note="follow-up from the same member; 'begge grupper' = both options"),

    # --- English: the Dutch member (E3) and the German-born member (E1) -------------------------
    c("ow44-en-iphone-dutch-groundwater-beach", "iphone", "Joost van Dijk",
      "On holiday until Monday, but quickly: I'm doing groundwater now as well, and PFAS. "
      "The rest when I'm back.\n\nJoost",
      {"interests": "PFAS; Wastewater; Soil"}, E3, lang="en", ask=["interests"],
      note="groundwater is no option: passed on"),
    c("ow44-en-gmail-dutch-merger-course-leave", "gmail", "Joost van Dijk",
      "Hi everyone,\n\nI hope you all had a good summer. Some news from our side: the "
      "environment and planning departments merged on 1 August and I am now team lead for the "
      "inspectors, so my time for the group is going down - put me on little. I also took a "
      "course in EIA screening in June, so please add EIA. I'll leave the PFAS working group "
      "and join the inspection network instead. Experience is now eleven years, of which 4 in "
      "Denmark.\nOther: I will be on parental leave from February to May\n\nBest\nJoost",
      {"interests": "Wastewater; Soil; EIA", "groups": "Inspection network", "time": "Little",
       "experience": "11", "other": "I will be on parental leave from February to May"},
      E3, lang="en", note="two numbers: the total is the answer"),
    c("ow44-en-apple_mail-dutch-miscounted", "apple_mail", "Joost van Dijk",
      "Small correction to my mail from this morning: experience is twelve years, not eleven - "
      "I miscounted.",
      {"experience": "12"}, E3, lang="en", note="'eleven' is the corrected value"),
    c("ow44-en-outlook_android-dutch-noise-too", "outlook_android", "Joost van Dijk",
      "Forgot one thing: please tick noise as well, we took over the noise complaints from "
      "planning after the merger.",
      {"interests": "Wastewater; Noise; Soil"}, E3, lang="en"),
    c("ow44-en-owa-german-forgot-time", "owa", "Katrin Hoffmann",
      "Hello,\nI forgot the time question: I can only offer little this autumn because of the "
      "merger of our departments.\n\n" + SIG_EN,
      {"time": "Little"}, E1, lang="en"),
    c("ow44-en-thunderbird-german-chair-after-all", "thunderbird", "Katrin Hoffmann",
      "Sorry for all the mails. I talked to my boss: I can stay on as chair one more year after "
      "all, together with consultation coordinator.\n\nKatrin",
      {"functions": "Chair; Consultation coordinator"}, E1, lang="en"),
    c("ow44-en-outlook_ios-german-october-meeting", "outlook_ios", "Katrin Hoffmann",
      "I can't make the October meeting, sorry - I'm on a course in Odense that week. Nothing "
      "else has changed.\n\nKatrin",
      {}, E1, lang="en", flagged=True, unchanged=True, note="absence"),

    # --- what a secretary cannot place -------------------------------------------------------------
    c("ow44-da-outlook_mac-natur-vandloeb", "outlook_mac", "Ida Rasmussen",
      "Efter omorganiseringen arbejder jeg mest med natur og vandløb, og med lidt jord. 9 år.\n\n"
      "Ida",
      {"interesser": "Jord", "erfaring": "9"}, {}, ask=["interesser"],
      note="natur, vandløb: no option; 'lidt jord' is no time answer"),
    c("ow44-da-gmail-siden-2009", "gmail", "Lars Kirk",
      "Erfaring: har været i faget siden 2009. Ellers som sidst.",
      {}, S1, ask=["erfaring"], unchanged=True, note="a year, not a number of years"),
    c("ow44-da-gmail-formand-ved-ikke", "gmail", "Mette Kragh",
      "Formand? Det ved jeg ikke helt endnu, det vil jeg gerne tale med jer om på mødet. Men "
      "PFAS-gruppen er jeg stadig med i, og jeg arbejder nu også med Power to X-sagen ved "
      "havnen.\n\nMette",
      {"grupper": "Arbejdsgruppe om PFAS", "interesser": "PFAS; Støj; Power-to-X"}, S1,
      ask=["funktioner"]),
    c("ow44-da-outlook_mac_html-luft-herunder-lugt", "outlook_mac_html", "Kasper Juul",
      "Luft, herunder lugt fra svinestalde, og så klimatilpasningsplanen.\n\nKasper",
      {"interesser": "Luft; Klima"}, {},
      note="'herunder lugt' is the member's own narrowing of Luft: nothing to pass on"),

    # --- things for the chair -------------------------------------------------------------------
    c("ow44-da-iphone-afbud-september", "iphone", "Lars Kirk",
      "Jeg kan ikke deltage i mødet d. 17. september pga. tilsynskampagnen. Skemaet er "
      "uændret.",
      {}, S1, unchanged=True, flagged=True, note="absence; second reply of this member"),
    c("ow44-da-android-pension", "android", "Henrik Aagaard",
      "Jeg går på pension til oktober, så dette bliver mit sidste skema. Tak for mange gode år!",
      {}, S3, flagged=True, note="leaving the group; follow-up of the same member"),
    c("ow44-da-outlook_html-ingen-andre-kommentarer", "outlook_html", "Trine Munk",
      "Ingen andre kommentarer fra mig end at erfaringen er steget til 17 år. Grupperne passer "
      "fint.\n\n" + SIG_KOMMUNE,
      {"erfaring": "17"}, S1, unchanged=True,
      note="'kommentarer' and 'Grupperne' inside sentences are no labels"),
    c("ow44-da-apple_mail-tilbage-fra-barsel", "apple_mail", "Nanna Eriksen",
      "Hej\nErfaring: 6 år her i kommunen og 4 år i Region Midt før, altså 10 i alt.\n"
      "Andet: Tilbage fra barsel pr. 1. august\n\nNanna",
      {"erfaring": "10", "andet": "Tilbage fra barsel pr. 1. august"}, S2,
      note="two numbers and an explicit total"),
]
