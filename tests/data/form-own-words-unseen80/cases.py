"""Unseen part 80 of the own-words form replies: interests and groups in members' own words
(subject terms, inflected and compound words, abbreviations, law and guidance names, areas that
are no option). By hand, as a careful human secretary would record them; people invented."""

from common import E1, E2, S1, S2, S3, S4, SIG_EN, SIG_KOMMUNE, SIG_SHORT, c

CASES = [
    # --- Danish form --------------------------------------------------------------------------
    c("ow80-da-outlook-ny-jordforurening-spildevandet", "outlook", "Mette Kjærgaard", """Hej

Jeg er ny i gruppen (startede i Eksempel Kommune i september), så her kommer mine svar:

Jeg sidder primært med jordforurening – V2-kortlagte grunde, jordflytning og bygge- og \
anlægssager på forurenede grunde – og så en del med spildevandet fra industrien, dvs. \
tilslutningstilladelser og udledningstilladelser.

Jeg vil rigtig gerne være med i netværket for miljøtilsyn.
Erfaring: 4 år (inkl. tiden i regionen)
Tid: nogen
Funktioner: ingen lige nu, jeg skal lige lande først

""" + SIG_KOMMUNE,
      {"interesser": "Spildevand; Jord", "grupper": "Netværk for miljøtilsyn",
       "funktioner": "", "erfaring": "4", "tid": "Nogen"},
      sent={},
      note="jordforurening/V2/jordflytning = Jord; spildevandet fra industrien and "
           "udledningstilladelser = Spildevand. 'ingen lige nu' recorded as no functions."),

    c("ow80-da-owa-luften-ud-klimatilpasning", "owa", "Lise Mørup", """Hej

Jeg er rykket over i klimatilpasningsteamet (skybrud, LAR og kystsikring), så luften kan du \
fjerne fra mine områder. Spildevand og klima beholder jeg.

Resten er uændret.

Hilsen Lise""",
      {"interesser": "Spildevand; Klima"}, sent=S2, unchanged=True,
      note="skybrud, LAR and kystsikring are named in brackets as the content of her "
           "klimatilpasning work (Klima, which she keeps), not as areas of their own; not asked."),

    c("ow80-da-iphone-ie-virksomheder-bat", "iphone", "Rasmus Holm",
      "Tilføj IE-virksomheder (BAT-konklusionerne). Ellers det samme 👍\n\nRasmus",
      {"interesser": "PFAS; Affald; IE-direktivet"}, sent=S4, unchanged=True,
      note="IE-virksomheder and their BAT conclusions are the IE-direktivet area."),

    c("ow80-da-gmail-grundvand-pfasen-stoej-ud", "gmail", "Pernille Dahl", """Hej!

Jeg arbejder efterhånden mest med grundvandsbeskyttelse og drikkevand (BNBO'er og \
boringer), men PFAS'en følger med – det er jo dér, vi finder den. Støj har jeg ikke haft \
siden sommer, så den må gerne ud.

Tid: lidt, desværre.

Hilsen
Pernille""",
      {"interesser": "PFAS", "tid": "Lidt"}, sent=S1, ask=["interesser"],
      note="PFAS kept and Støj removed are recorded; grundvandsbeskyttelse/drikkevand (BNBO) "
           "is no option and is passed on to the chair."),

    c("ow80-da-thunderbird-stoejklager-lugt-to-tal", "thunderbird", "Jonas Friis", """Hej

Mine områder: støjklager (især vindmøller og motorsportsbanen ved Eksempelby), lugtklager \
fra svinebrug og lidt luftforurening fra brændeovne.

Erfaring: 2 år her i kommunen, før det 5 år hos et rådgivningsfirma med støjberegninger.
Tid: Nogen

/Jonas""",
      {"interesser": "Støj; Luft", "tid": "Nogen"}, sent={}, ask=["interesser", "erfaring"],
      note="lugtklager is no option (not Luft) and is asked; luftforurening fra brændeovne = "
           "Luft. Two numbers for experience (2 in the municipality, 5 before in a consultancy "
           "on noise): whether that is 2 or 7 years 'på området' is for the chair."),

    c("ow80-da-outlook-prefix-miljoevurderingsloven-formand-ud", "outlook_prefix",
      "Birgitte Lauridsen", """Hej,

Der er sket lidt siden sidst. Affaldsområdet er overgået til forsyningen pr. 1. oktober, så \
det skal ud. Til gengæld har jeg fået alle screeningerne efter miljøvurderingsloven og \
MKV'erne for biogasanlæg og solcelleparker. Jord beholder jeg.

Formand vil jeg ikke være igen – det har jeg været længe nok – men høringstovholder gerne.

Erfaring: 21 år nu.

Venlig hilsen
Birgitte""",
      {"interesser": "Jord; VVM", "funktioner": "Høringstovholder", "erfaring": "21"},
      sent=S3,
      note="Screeninger efter miljøvurderingsloven and MKV (miljøkonsekvensvurdering) are VVM, "
           "already in her set; Affald removed."),

    c("ow80-da-android-p2x-brint-luft-udgaar", "android", "Thomas Vestergaard",
      "Hej. Vi har fået to P2X-anlæg og et elektrolyseanlæg til brint på havnen, så sæt mig "
      "også på Power to X. Klima og spildevand fortsat, luft kan udgå.",
      {"interesser": "Spildevand; Klima; Power-to-X"}, sent=S2,
      note="He asks for Power to X himself; the brint electrolysis plant is named as one of the "
           "PtX plants, not as a separate area, so nothing asked."),

    c("ow80-da-apple-mail-pfas-gruppen-ud-netvaerket-ind", "apple_mail", "Kirsten Bach", """Hej

Jeg træder ud af PFAS-gruppen ved nytår, når vores PFAS-projekt slutter. Til gengæld vil jeg \
gerne ind i netværket for miljøtilsyn, hvor jeg mest er til virksomhedstilsyn alligevel.

Sekretær kan jeg stadig godt være.

Ved I i øvrigt, om PFAS-gruppen fortsætter næste år? Jeg har hørt rygter om, at den lukker.

Kh Kirsten""",
      {"grupper": "Netværk for miljøtilsyn", "funktioner": "Sekretær"}, sent=S1, flagged=True,
      note="Swap of groups recorded (leaving 'ved nytår', three weeks off, taken as her answer "
           "for the coming year). Sekretær is her confirmed answer (same as sent). The question "
           "whether the PFAS group continues is for the chair: flagged. PFAS as an interest is "
           "not touched (she only leaves the group)."),

    c("ow80-da-owa-html-jurist-jordforureningsloven", "owa_html", "Ahmed Rashid", """Hej

Jeg er jurist i Teknik og Miljø og arbejder på tværs: afgørelser efter \
jordforureningsloven (§ 8-tilladelser), påbud efter miljøbeskyttelsesloven og klagesager på \
affaldsområdet. Det meste andet går også over mit bord, når det ender i Miljø- og \
Fødevareklagenævnet.

Jeg kan godt tage sekretærrollen.
Erfaring: seks år
Tid: nogen

Mvh
Ahmed Rashid""",
      {"interesser": "Affald; Jord", "funktioner": "Sekretær", "erfaring": "6",
       "tid": "Nogen"},
      sent={}, ask=["interesser"],
      note="jordforureningsloven = Jord, klagesager på affaldsområdet = Affald. 'påbud efter "
           "miljøbeskyttelsesloven' and 'det meste andet' name no area of the form; whether he "
           "wants more areas is passed on."),

    c("ow80-da-gmail-android-uden-danske-bogstaver", "gmail_android", "Søren Aagaard",
      "tilfoej spildevand og fjern affald. ellers som sidst\nsoeren",
      {"interesser": "PFAS; Spildevand"}, sent=S4, unchanged=True),

    c("ow80-da-outlook-ios-landbrugsteamet-husdyr", "outlook_ios", "Hanne Brask", """Hej
Jeg er flyttet til landbrugsteamet – husdyrgodkendelser, gylletanke og klager over fluer. \
Affald og jord har jeg ikke mere. VVM har jeg stadig lidt af (husdyr-VVM).
Jeg stopper som formand, men fortsætter som høringstovholder.
Hanne""",
      {"interesser": "VVM", "funktioner": "Høringstovholder"}, sent=S3, ask=["interesser"],
      note="Husdyrgodkendelser/landbrug is no option: passed on. 'lidt' is about how much VVM, "
           "not her time."),

    c("ow80-da-outlook-mac-klimakoordinator-dk2020", "outlook_mac", "Camilla Winther", """Hej

Jeg starter i en ny stilling som klimakoordinator 1. januar. Fremover er det klimaplanen \
(DK2020) og kommunens CO2-regnskab, så spildevandet slipper jeg. Luften beholder jeg, fordi \
luftkvaliteten hænger sammen med trafikdelen af klimaplanen.

Jeg bliver i begge grupper.

Andet: Ikke længere barselsvikar – fastansat fra januar.

Bedste hilsner
Camilla""",
      {"interesser": "Luft; Klima",
       "grupper": "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS",
       "andet": "Ikke længere barselsvikar – fastansat fra januar."},
      sent=S2,
      note="klimaplanen (DK2020) and CO2-regnskab = Klima; Spildevand removed. The new job from "
           "1 January is recorded as her answer for the round. Groups confirmed (same as sent). "
           "Andet is labelled and replaces the sent 'Barselsvikar til juni'."),

    c("ow80-da-thunderbird-bottom-kryds-jord-olietanke", "thunderbird_bottom",
      "Ole Bjerregaard", "Rettet i skemaet ovenfor.\n\nOle",
      {"interesser": "PFAS; Jord"}, sent=S1,
      edits=[("set", "[ ] Jord", "[x] Jord   <- jordflytninger og olietanke"),
             ("set", "[x] Støj", "[ ] Støj")],
      note="Crosses moved in the quoted form; the words after the Jord cross only say what his "
           "Jord work is."),

    c("ow80-da-outlook-html-pfas-gruppen-kl-netvaerk", "outlook_html", "Line Thorsen", """Hej

Jeg er kommet med i PFAS-gruppen i år, så den skal på. Jeg sidder også i KL's faglige \
netværk for jordforurening – det er ikke et af vores, men måske relevant for oversigten?

""" + SIG_SHORT,
      {"grupper": "Arbejdsgruppe om PFAS"}, sent=S3, ask=["grupper"],
      note="PFAS-gruppen = Arbejdsgruppe om PFAS. KL's network is no option of the form (she "
           "says so herself) and she asks whether it belongs in the overview: passed on."),

    c("ow80-da-iphone-tak-kigger-paa-det", "iphone", "Morten Ibsen",
      "Tak, det kigger jeg på i morgen 🙂", {}, sent=S4),

    c("ow80-da-owa-affaldstilsyn-erhvervsaffald", "owa", "Nanna Schmidt", """Hej,

Jeg laver affaldstilsyn på virksomheder og genbrugspladser, erhvervsaffaldsregulativet og \
lidt jordflytningssager ind imellem.
Ingen grupper endnu.
Syv års erfaring.
Tid: Lidt
Funktioner: ingen

Mvh Nanna""",
      {"interesser": "Affald; Jord", "grupper": "", "funktioner": "", "erfaring": "7",
       "tid": "Lidt"},
      sent={},
      note="affaldstilsyn/erhvervsaffaldsregulativet = Affald; jordflytningssager = Jord."),

    c("ow80-da-apple-forward-spildevandsplanens-projekter", "apple_forward", "Sanne Kofoed",
      """Svarer lige fra privaten, arbejdsmailen driller i dag.

Spildevandsplanens projekter og regnvandsbassinerne er stadig mine, og det samme med \
luften. Klimaet er gået til vores nye klimakoordinator.
Meget tid -> nogen tid nu.

Hilsen Sanne""",
      {"interesser": "Spildevand; Luft", "tid": "Nogen"}, sent=S2,
      note="The remark about her work mail is not for the chair. Spildevand and Luft kept, "
           "Klima removed; time changed from Meget to Nogen."),

    c("ow80-da-gmail-paragraf19-olietanke-afbud", "gmail", "Henrik Lund", """Hej

Kort fra mig: PFAS beholder jeg, affald går ud. Til gengæld er jeg begyndt på \
§ 19-tilladelser og olietanksager.

Netværket for miljøtilsyn bliver jeg i, men jeg kan ikke komme til mødet den 14. januar.

Henrik""",
      {"interesser": "PFAS", "grupper": "Netværk for miljøtilsyn"}, sent=S4,
      ask=["interesser"],
      note="§ 19-tilladelser (nedsivning etc. under miljøbeskyttelsesloven) and olietanksager "
           "touch soil and groundwater but are no clear option: passed on rather than guessed "
           "as Jord. Group confirmed (same as sent). The absence from the meeting on 14 January "
           "is for the chair too."),

    c("ow80-da-outlook-android-erfa-gruppen-lugt", "outlook_android", "Kim Nørgaard",
      """Interesser: støj, luft og lugt
Grupper: ERFA-gruppen om støj i Region Midt + tilsynsnetværket
Erfaring: 15
Tid: nogen
Mvh Kim""",
      {"interesser": "Støj; Luft", "grupper": "Netværk for miljøtilsyn", "erfaring": "15",
       "tid": "Nogen"},
      sent={}, ask=["interesser", "grupper"],
      note="lugt is no option; the regional ERFA group is no group of ours; both passed on. "
           "tilsynsnetværket = Netværk for miljøtilsyn."),

    c("ow80-da-android-ie-direktiv-vvm-smaat", "android", "Louise Krogh",
      "tilføj ie direktiv og vvm, fjern støj. tid: meget. ellers uændret\n\nLouise",
      {"interesser": "PFAS; VVM; IE-direktivet", "tid": "Meget"}, sent=S1, unchanged=True),

    c("ow80-da-thunderbird-engelsk-paa-dansk-skema", "thunderbird", "Katarzyna Nowak", """Hi,

Sorry for answering in English – my Danish is not yet good enough for the form.

I now work with wastewater discharge permits and contaminated soil, no longer with PFAS. \
Please keep waste. I'm still in the inspection network. I'm still fine as consultation \
coordinator, and I could also be secretary.

Years of experience: nine.

Best regards
Katarzyna""",
      {"interesser": "Spildevand; Affald; Jord", "grupper": "Netværk for miljøtilsyn",
       "funktioner": "Høringstovholder; Sekretær", "erfaring": "9"},
      sent=S4,
      note="English on the Danish form; recorded in the Danish option spellings. Waste and the "
           "network confirmed (same as sent); Sekretær added to Høringstovholder."),

    c("ow80-da-outlook-stoejomraadet-pfasen-luftmaalinger", "outlook", "Peter Damgaard",
      """Hej Tovholder

Støjområdet fylder stadig det meste (Miljøstyrelsens vejledning om ekstern støj, \
skydebanerne og et par vindmølleprojekter), og PFAS'en har jeg fortsat via \
grundvandssagerne.

Nyt: Jeg er blevet tovholder på kommunens luftkvalitetsmålinger, så luft skal på.

13 års erfaring nu.

""" + SIG_KOMMUNE,
      {"interesser": "PFAS; Støj; Luft", "erfaring": "13"}, sent=S1,
      note="grundvandssagerne is only where his PFAS work comes from, not a new area he asks "
           "for, so not asked. 'tovholder på luftkvalitetsmålinger' is his job, not the "
           "Høringstovholder function."),

    c("ow80-da-gmail-skrevet-i-skemaet-raastoffer-pension", "gmail", "Jytte Gram",
      "Jeg har skrevet i skemaet nedenfor.\n\nJytte",
      {"interesser": "Affald; Jord; Klima; VVM", "erfaring": "22",
       "andet": "Går på pension 1. oktober 2027, så det er sidste skema fra mig"},
      sent=S3, ask=["interesser"],
      edits=[("add", "1. Interesser", "Også klimatilpasning og råstofindvinding nu"),
             ("set", "Svar: 20", "Svar: 22"),
             ("set", "Svar:", "Svar: Går på pension 1. oktober 2027, så det er sidste skema "
              "fra mig", "6. Andet")],
      note="Typed inside the quoted form. klimatilpasning = Klima (added); råstofindvinding is "
           "no option: passed on. The retirement is typed in the Andet field and recorded "
           "there."),

    c("ow80-da-owa-planlaegger-smv-lokalplaner", "owa", "Emil Storm", """Hej

Jeg er planlægger og sidder med miljøvurdering af lokalplaner og kommuneplantillæg (SMV), og \
så laver jeg VVM-screeninger af vindmøller og solceller.

Jeg vil gerne med i en arbejdsgruppe, hvis der kommer en om planer – ellers ikke.

Tid: lidt
Erfaring: 3 år

Emil""",
      {"interesser": "VVM", "tid": "Lidt", "erfaring": "3"}, sent={},
      ask=["interesser", "grupper"],
      note="VVM-screeninger = VVM. Miljøvurdering af planer (SMV) is not the project VVM; a "
           "secretary would not decide that alone, so passed on. The wish for a planning group "
           "is no option and depends on the chair: grupper passed on."),

    c("ow80-da-iphone-ti-aar-pfos-affaldet-flyttet", "iphone", "Bo Kragh",
      "Hej, ti år nu, og det er PFOS/PFOA-sagerne der fylder mest. Affaldet er flyttet til min "
      "kollega. Sæt mig på meget tid.\nMvh Bo",
      {"interesser": "PFAS", "erfaring": "10", "tid": "Meget"}, sent=S4,
      note="PFOS/PFOA are PFAS compounds (already in his set); Affald removed."),

    # --- English form -------------------------------------------------------------------------
    c("ow80-en-outlook-stormwater-noise-off", "outlook", "Freja Lindberg", """Hi,

I've moved from noise to stormwater and climate adaptation, so please take noise off. Still \
happy to chair.

Otherwise as before.

""" + SIG_EN,
      {"interests": "Wastewater; Climate", "functions": "Chair"}, sent=E1, lang="en",
      unchanged=True,
      note="stormwater belongs to Wastewater (already hers), climate adaptation = Climate. Chair "
           "confirmed (same as sent)."),

    c("ow80-en-gmail-geologist-contaminated-land", "gmail", "Maja Poulsen", """Hello,

I'm a geologist and work on contaminated land and groundwater – mostly chlorinated solvents, \
and more and more PFAS.
Happy to join the PFAS group.
6 yrs
Not much time, I'm afraid.

Maja""",
      {"interests": "PFAS; Soil", "groups": "PFAS working group", "experience": "6",
       "time": "Little"},
      sent={}, lang="en", ask=["interests"],
      note="contaminated land = Soil; groundwater is no option: passed on."),

    c("ow80-en-gmail-android-add-eia-ied", "gmail_android", "Jakob Thygesen",
      "Add EIA + IED, drop air. thx",
      {"interests": "Climate; EIA; IED"}, sent=E2, lang="en"),

    c("ow80-en-owa-html-odour-dust-biogas", "owa_html", "Ingrid Solberg", """Dear secretary,

Odour and dust complaints from the biogas plant take most of my time at the moment, together \
with air quality monitoring along the ring road. Climate I have handed over to a colleague.

Time: some.

Best,
Ingrid""",
      {"interests": "Air", "time": "Some"}, sent=E2, lang="en", ask=["interests"],
      note="Air quality monitoring = Air (kept), Climate removed. Odour and dust complaints are "
           "no option of their own: passed on."),

    c("ow80-en-thunderbird-bottom-dansk-paa-engelsk", "thunderbird_bottom", "Niels Holst",
      """Hej – jeg svarer lige på dansk.

Spildevandet og støjen er stadig mit. Formand vil jeg ikke være mere, men jeg tager gerne \
sekretærjobbet.

21 år på området nu.

Niels""",
      {"interests": "Wastewater; Noise", "functions": "Secretary", "experience": "21"},
      sent=E1, lang="en",
      note="Danish on the English form, recorded in the English option spellings. Interests "
           "confirmed (same as sent); Chair swapped for Secretary."),

    c("ow80-en-outlook-mac-html-ptx-seveso", "outlook_mac_html", "Anders Bech", """Hi

We have a large Power-to-X plant under way at the harbour (ammonia), so please add PtX to my \
areas.
I also do the Seveso/risk side of it – not sure where that fits in your list?

Anders""",
      {"interests": "Wastewater; Noise; Power-to-X"}, sent=E1, lang="en", ask=["interests"],
      note="PtX added. Seveso/risk is no option and he asks where it fits: passed on."),

    c("ow80-en-apple-mail-leaving-for-epa", "apple_mail", "Rebecca Hansen", """Hi,

Just so you know: I'm leaving the municipality at the end of January for a job at the \
Danish EPA, so please take me off both groups from February. Could I stay on as an external \
member of the PFAS group, perhaps? Happy to discuss with the chair.

Until then everything in the form is still correct.

Rebecca""",
      {}, sent=E2, lang="en", ask=["groups"], unchanged=True,
      note="Leaving from February and the wish to stay on the PFAS group as an external member "
           "are for the chair: groups passed on rather than cleared now. 'Until then everything "
           "in the form is still correct' = the rest as before."),

    c("ow80-en-outlook-prefix-typed-soil-air", "outlook_prefix", "Anna Falk",
      "See my changes in the form below.\n/Anna",
      {"interests": "Soil; Climate", "experience": "11"}, sent=E2, lang="en",
      edits=[("set", "[ ] Soil", "[x] Soil"), ("set", "[x] Air", "[ ] Air"),
             ("set", "Answer: 10", "Answer: 11")]),
]
