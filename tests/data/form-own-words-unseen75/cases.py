"""Unseen part 75 of the own-words competence-form replies: members who write prose instead of
filling in the form. Written by hand, blind; people invented, at example.org.

Secretary's conventions used throughout (see the notes):
- a field the member states a value for is recorded, even when it equals the sent value;
- a field-specific "as before" ("fagligt er alt som sidst") is not recorded (it keeps the sent
  value) and does not make the whole reply `unchanged`;
- past work (a former job) is not a subject area the member works with now.
"""
# ruff: noqa: E501  (replies are data: their lines are as long as the members wrote them)

from common import E1, E2, S1, S2, S3, S4, SIG_EN, SIG_KOMMUNE, SIG_SHORT, c  # noqa: F401

BOTH = "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS"

CASES = [
    # --- Danish form --------------------------------------------------------------------------
    c("ow75-da-outlook-brandskum-og-jord", "outlook", "Mette Kjærgaard", """Hej

Tak for påmindelsen, og undskyld at jeg skriver i stedet for at sætte krydser – jeg synes, det er nemmere at forklare.

Det har været et år, hvor PFAS-sagen ved det gamle brandøvelsesterræn har fyldt næsten alt. Vi har haft borgermøder, prøvetagning i haverne og en del presse, så det område slipper jeg ikke lige foreløbig. Støjsagerne fra motorbanen er til gengæld flyttet over til Plan, så dem har jeg ikke mere.

Da Poul gik på pension i september, arvede jeg hans jordforureningssager, så dem må I gerne skrive på mig nu. Resten kan I lade stå, som det er.

""" + SIG_SHORT,
      {"interesser": "PFAS; Jord"}, sent=S1, unchanged=True,
      note="Støj removed (the noise cases moved to Plan), Jord added (inherited soil "
           "contamination cases); 'Resten kan I lade stå, som det er' = unchanged."),

    c("ow75-da-gmail-ny-kommune", "gmail", "Rasmus Holm", """Hej alle

Lidt nyt fra mig: Jeg sagde i sommer farvel til Eksempel Kommune og startede 1. august i nabokommunen, hvor jeg nu primært sidder med spildevand og IE-virksomheder. Affald er jeg helt ude af – det savner jeg ikke 😄 PFAS følger mig dog stadig, for det dukker op overalt.

Jeg bliver gerne i netværket for miljøtilsyn, nu hvor jeg har fået nye kolleger at dele det med. Høringerne må I derimod finde en anden til; jeg skal lige lande i det nye job først.

Med de ni år, jeg efterhånden har i faget, håber jeg stadig at kunne bidrage.

Rasmus""",
      {"interesser": "PFAS; Spildevand; IE-direktivet", "grupper": "Netværk for miljøtilsyn",
       "funktioner": "", "erfaring": "9"}, sent=S4, flagged=True,
      note="'IE-virksomheder' (companies under the IE directive) mapped to IE-direktivet; Affald "
           "removed; Høringstovholder dropped. Flagged: he has moved to another municipality, "
           "which the chair should know for the member list (he stays in the group)."),

    c("ow75-da-iphone-fastansat", "iphone", "Sofie Lund", """Hej!

Det er blevet et helt andet år, end jeg regnede med, da jeg udfyldte skemaet sidst. Barselsvikariatet blev lavet om til en fast stilling pr. 1. juli, så det der står under andet, kan I bare slette 🎉

Jeg sidder stadig med spildevand og klima. Luft er gået videre til vores nye kollega, og jeg har til gengæld fået støjklagerne. Begge grupper fortsætter jeg i.

Der er dog kommet flere opgaver på, så jeg kan ikke love så meget tid som sidst – skriv nogen.

Kh Sofie""",
      {"interesser": "Spildevand; Støj; Klima", "grupper": BOTH, "tid": "Nogen", "andet": ""},
      sent=S2,
      note="She asks explicitly to delete what stands under Andet ('Barselsvikar til juni', now "
           "a permanent job): recorded as an empty Andet. Luft swapped for Støj."),

    c("ow75-da-outlook-ios-pension", "outlook_ios", "Bent Vestergaard", """Kære alle

Så blev det mit sidste kompetenceskema. Jeg går på pension 1. marts efter 41 år i kommunen, heraf de 21 på miljøområdet, og jeg vil gerne sige tak for mange gode år i gruppen.

Frem til marts kan I stadig bruge mig på jord og VVM. Affaldet har Lene allerede overtaget.

Formandsposten bør I finde en afløser til ved januarmødet – jeg stiller ikke op igen. Høringerne tager jeg gerne, indtil jeg stopper, hvis det kan hjælpe.

De bedste hilsner
Bent""",
      {"interesser": "Jord; VVM", "funktioner": "Høringstovholder", "erfaring": "21"},
      sent=S3, flagged=True,
      note="Retiring 1 March and leaving the group: flagged. Experience is the 21 years on the "
           "environment area (not the 41 in the municipality). Høringstovholder until he stops "
           "is recorded; the end date is part of the flagged retirement, not a separate ask."),

    c("ow75-da-thunderbird-ny-i-gruppen", "thunderbird", "Jonas Friis", """Hej

Jeg er ny i Eksempel Kommune (startede 1. september) og har fået at vide, at jeg skal svare på det her, så her er lidt om mig i stedet for krydser.

Før jeg kom hertil, var jeg seks år hos et rådgivende ingeniørfirma, hvor jeg lavede miljøvurderinger og støjberegninger for private bygherrer. Her i kommunen er jeg landet på jordforurening og lidt klimatilpasning, og det bliver nok det, jeg kommer til at bruge mest tid på. Hvad angår erfaring, må I selv vurdere, om rådgiverårene tæller – ellers er det jo kun et par måneder.

Jeg er ikke med i nogen af arbejdsgrupperne endnu, men vil rigtig gerne ind i netværket for miljøtilsyn. Tid har jeg god af, og jeg skriver gerne referater, men formand er nok lidt tidligt 🙂

Venlig hilsen
Jonas Friis""",
      {"interesser": "Jord; Klima", "grupper": "Netværk for miljøtilsyn", "funktioner": "Sekretær",
       "tid": "Meget"}, sent={}, ask=["erfaring"],
      note="New member, blank form. Støj/VVM were his consultancy work, not what he does now. "
           "He leaves the experience to the chair (6 years as consultant or a few months): "
           "asked. 'vil rigtig gerne ind i netværket' recorded as his group answer; 'god tid' = "
           "Meget; 'skriver gerne referater' = Sekretær."),

    c("ow75-da-gmail-android-vindmoeller", "gmail_android", "Lise Mortensen",
      """Hej. Mit år har mest handlet om affald og så en del støj fra de nye vindmøller ude ved fjorden. Pfas har vi heldigvis ikke haft meget af hos os i år, men det kommer vel igen. Høringer tager jeg gerne stadig.
/Lise""",
      {"interesser": "PFAS; Affald; Støj", "funktioner": "Høringstovholder"}, sent=S4,
      note="Støj added. PFAS kept: 'not much this year, but it will come again' is no removal."),

    c("ow75-da-apple-mail-solcelleparker", "apple_mail", "Henrik Skov", """Kære tovholder

Jeg tager lige et par linjer om året, der gik, så kan I selv sætte krydserne.

Solcelleparkerne har givet VVM-screeninger som aldrig før, og Power-to-X-anlægget ved havnen har også taget sin del af tiden. Jord er næsten forsvundet fra mit bord, efter at regionen har overtaget de fleste sager, så det kan I fjerne. Affald har jeg stadig – desværre, kunne man fristes til at sige.

Formand fortsætter jeg gerne som, men høringstovholder må I finde en anden til. Jeg har kun lidt tid, og den vil jeg hellere bruge på formandsarbejdet.

Jeg runder toogtyve år i faget til januar, men skriv bare enogtyve indtil videre.

Hilsen Henrik""",
      {"interesser": "Affald; VVM; Power-to-X", "funktioner": "Formand", "erfaring": "21",
       "tid": "Lidt"}, sent=S3,
      note="Jord removed ('det kan I fjerne'), Power-to-X added; he asks for 21 years now "
           "(22 from January)."),

    c("ow75-da-outlook-prefix-grundvand", "outlook_prefix", "Peter Dahl", """Hej

Jeg har rettet erfaringen til 4 nede i skemaet, for jeg har nu været her godt fire år.

Mit arbejde er stadig spildevand, luft og klima, men ærligt talt går størstedelen af min tid efterhånden med grundvandsbeskyttelse, og det kan man ikke vælge i skemaet. Er det noget, I kunne tilføje næste gang? Indtil da må I gerne notere det et sted.

Mvh
Peter Dahl""",
      {"interesser": "Spildevand; Luft; Klima", "erfaring": "4"}, sent=S2,
      edits=[("set", "Svar: 3", "Svar: 4")], ask=["interesser"],
      note="Experience changed in the quoted form and in words. Groundwater protection is no "
           "option (and no mapping to Spildevand is safe): his wish is passed on to the chair, "
           "together with his suggestion for the form."),

    c("ow75-da-thunderbird-bottom-klimakoordinator", "thunderbird_bottom", "Ole Mikkelsen",
      """Som I kan se ovenfor, har jeg byttet støj ud med klima. Baggrunden er, at afdelingen i år fik en stilling som klimakoordinator, og den har jeg fået. Det er spændende, men det æder også kalenderen, så fremover har jeg kun lidt tid til gruppen, og sekretærposten må en anden tage over fra nytår.

PFAS-gruppen bliver jeg i.

Ole""",
      {"interesser": "PFAS; Klima", "grupper": "Arbejdsgruppe om PFAS", "funktioner": "",
       "tid": "Lidt"}, sent=S1,
      edits=[("set", "[x] Støj", "[ ] Støj"), ("set", "[ ] Klima", "[x] Klima")],
      note="Crosses moved inside the quote for interests only; the time cross was left at Nogen "
           "but his words say 'kun lidt tid': the words are recorded. Secretary role given up "
           "from New Year (weeks away): recorded as removed."),

    c("ow75-da-android-toget-hjem", "android", "Camilla Nørgaard",
      """Hej med jer. Sidder i toget hjem fra årsmødet og tænker, at jeg hellere må svare nu, inden jeg glemmer det igen.

Det meste af min tid går stadig med affald og jord, og så fandt vi pfas i to af drikkevandsboringerne i foråret, så det er kommet for at blive. Høringerne beholder jeg. Jeg har været på miljø i ni år nu.

Jeg kan i øvrigt ikke komme til mødet den 14. januar, der er jeg på skiferie ⛷️

Camilla""",
      {"interesser": "PFAS; Affald; Jord", "funktioner": "Høringstovholder", "erfaring": "9"},
      sent=S4, flagged=True,
      note="Jord added. Absence from the 14 January meeting: flagged."),

    c("ow75-da-outlook-mac-ny-pfas-kollega", "outlook_mac", "Ahmed Hussein", """Kære Miljønetværk

Jeg har været rigtig glad for året i PFAS-arbejdsgruppen, men nu har vi ansat en PFAS-specialist, Trine Møller, som tager over på det felt hos os. Derfor trækker jeg mig fra arbejdsgruppen og foreslår, at I inviterer Trine i stedet (trine.moller@example.org).

Tilsynsnetværket bliver jeg i. Alt andet i skemaet står ved magt.

Venlig hilsen
Ahmed Hussein""",
      {"grupper": "Netværk for miljøtilsyn"}, sent=S2, unchanged=True, flagged=True,
      note="Leaves the PFAS working group; suggests inviting a colleague, which is for the "
           "chair: flagged. 'Alt andet i skemaet står ved magt' = unchanged."),

    c("ow75-da-iphone-english-please", "iphone", "Julia Schmidt", """Hi,

Sorry for answering in English – my Danish is getting there, but forms are still a challenge 🙂

This year I have mostly been doing PFAS sampling around the old landfill, and in the spring I took over the air permits from a colleague who left. Noise went to someone else in the reorganisation, so you can remove that.

I'm happy to stay on as secretary for the PFAS group. With my years in Germany I now have 13 years of experience. Time is the same as before – some.

Best,
Julia""",
      {"interesser": "PFAS; Luft", "funktioner": "Sekretær", "erfaring": "13", "tid": "Nogen"},
      sent=S1,
      note="English on the Danish form; recorded in the form's Danish option spellings. Støj "
           "removed, Luft added."),

    c("ow75-da-owa-vender-tilbage", "owa", "Anders Thorsen", """Hej

Tak for mailen. Jeg sidder med et tilsyn på en stor svineproduktion hele ugen, så jeg vender tilbage med et ordentligt svar, når jeg er hjemme igen.

Mvh Anders""",
      {}, sent=S1,
      note="Nothing about the form yet (a promise to answer later): no answers, not flagged."),

    c("ow75-da-outlook-sammenlaegning", "outlook", "Maria Thomsen", """Kære alle

Tusind tak for et godt samarbejde i år. Jeg vil gerne give lidt baggrund for mine svar, for meget har ændret sig.

Vores afdeling blev i foråret lagt sammen med Teknik og Forsyning, og det betyder, at jeg nu også sidder med spildevandstilladelserne oven i affald. PFAS har jeg afgivet til grundvandsteamet, men jeg følger det stadig gennem netværket for miljøtilsyn.

Sammenlægningen har også givet færre timer til den slags arbejde, som vi laver i gruppen, så jeg må gå ned på lidt tid. Hvis ingen andre melder sig, kan jeg godt fortsætte som høringstovholder, men jeg vil helst give stafetten videre.

Jeg har i øvrigt rundet ni år på området.

""" + SIG_KOMMUNE,
      {"interesser": "Spildevand; Affald", "erfaring": "9", "tid": "Lidt"}, sent=S4,
      ask=["funktioner"],
      note="PFAS handed over to the groundwater team: removed; Spildevand added. Høringstovholder "
           "only if nobody else volunteers, and she would rather stop: passed on. Following PFAS "
           "'through the network' is not a group answer; grupper left as sent."),

    c("ow75-da-apple-forward-fandt-ikke-mailen", "apple_forward", "Lars Winther", """Hej

Jeg videresender lige skemaet fra telefonen, for svar-knappen ville ikke samarbejde i dag, og så er det nemmere bare at skrive.

Mit år i korte træk: en masse PFAS – vi har fået tre nye sager med brandskum – lidt støj som altid, og så har jeg overtaget luftområdet efter Hanne, som gik på barsel. Sekretærjobbet holder jeg fast i.

Tid: meget mindre end jeg kunne ønske mig, så skriv lidt.

Lars""",
      {"interesser": "PFAS; Støj; Luft", "funktioner": "Sekretær", "tid": "Lidt"}, sent=S1,
      note="'lidt støj som altid' keeps Støj (a little noise work, not the time answer); Luft "
           "added. 'Tid: meget mindre ..., så skriv lidt' = Lidt."),

    c("ow75-da-outlook-html-to-mand-paa-miljoe", "outlook_html", "Signe Dam", """Hej

Det har været et specielt år. Vi har været to mand på miljø det meste af tiden på grund af sygdom, så jeg har siddet med lidt af hvert – også IE-virksomhederne og støjklagerne, som normalt ligger hos andre. Det går forhåbentlig tilbage til normalen, når Poul kommer tilbage i februar.

Formand kan jeg ikke fortsætte som; det har simpelthen ikke været muligt at passe ordentligt i år. Høringerne vil jeg gerne dele med Mikkel fra Nordby, hvis han er frisk på det – ellers må I finde en anden.

Tiden er knap, så lidt igen.

Signe""",
      {"funktioner": "Høringstovholder", "tid": "Lidt"}, sent=S3, ask=["funktioner"],
      note="Formand given up (confident); Høringstovholder only if Mikkel shares it, a condition "
           "on someone else: passed on, the sent Høringstovholder kept meanwhile. The IE and "
           "noise work is a temporary cover until February: interests left as sent."),

    c("ow75-da-outlook-android-omstrukturering", "outlook_android", "Simon Berg",
      """hej fra en travl kollega i bilen (holder stille!)

kort fortalt: efter omstruktureringen har jeg fået spildevand og klima oven i pfas og støj, og så er jeg kommet med i tilsynsnetværket. sekretær kan jeg ikke nå længere, desværre. tretten år i år. tiden er sparsom

simon""",
      {"interesser": "PFAS; Spildevand; Støj; Klima", "grupper": BOTH, "funktioner": "",
       "erfaring": "13", "tid": "Lidt"}, sent=S1,
      note="Additions to interests and groups (PFAS group kept). 'tiden er sparsom' = Lidt."),

    c("ow75-da-owa-html-formand-for-netvaerket", "owa_html", "Kirsten Bjerre", """Hej

Lidt om mit år: I foråret overtog jeg formandsposten i netværket for miljøtilsyn, da Søren gik på pension, og det vil jeg gerne fortsætte med. Det tager en del tid, så høringerne må jeg give videre til en anden.

Fagligt er det stadig PFAS og affald, og jeg har stadig nogen tid til gruppen, selvom netværket fylder mere end før.

""" + SIG_SHORT,
      {"interesser": "PFAS; Affald", "funktioner": "", "tid": "Nogen"}, sent=S4,
      ask=["funktioner"],
      note="Høringstovholder given up (recorded). She chairs the inspection network, which is "
           "not clearly the Formand function of the group: passed on rather than recorded."),

    c("ow75-da-gmail-laant-pc", "gmail", "Jørgen Poulsen", """hej

sidder paa en laant pc uden ae, oe og aa, saa baer over med stavningen.

aaret har vaeret godt. spildevand fylder stadig mest, og luft og klima har jeg ogsaa stadig. jeg er til gengaeld gaaet ud af pfas-gruppen, da vi ikke har haft en eneste pfas-sag i aar. tilsynsnetvaerket fortsaetter jeg i.

fra foraaret vil jeg gerne vaere hoeringstovholder, hvis der er brug for det. jeg har 4 aars erfaring nu.

mvh joergen""",
      {"interesser": "Spildevand; Luft; Klima", "grupper": "Netværk for miljøtilsyn",
       "funktioner": "Høringstovholder", "erfaring": "4"}, sent=S2,
      note="ae/oe/aa spellings. Høringstovholder 'fra foraaret ... hvis der er brug for det' is "
           "an offer (the form asks what he could take on): recorded."),

    c("ow75-da-apple-mail-nedsat-tid", "apple_mail", "Pia Svendsen", """Hej

Her kommer mit bidrag, lidt sent. Året er gået med det sædvanlige, og jeg har ikke noget at ændre fagligt.

Andet: Jeg er på nedsat tid (30 timer) frem til sommerferien efter en længere sygemelding.

Det betyder også, at jeg må ned på lidt tid til gruppen indtil videre, men sekretær vil jeg gerne blive ved med at være, hvis I kan leve med, at referaterne kommer lidt senere.

Kh Pia""",
      {"funktioner": "Sekretær", "tid": "Lidt",
       "andet": "Jeg er på nedsat tid (30 timer) frem til sommerferien efter en længere "
                "sygemelding."}, sent=S1,
      note="Andet labelled, recorded in her words. 'ikke noget at ændre fagligt' concerns the "
           "interests only: not unchanged. 'hvis I kan leve med, at referaterne kommer lidt "
           "senere' is a courtesy, not a condition for the chair: Sekretær recorded."),

    c("ow75-da-thunderbird-tilbage-fra-groenland", "thunderbird", "Torben Lauridsen", """Hej

Jeg var ikke med i skemaet sidste år, fordi jeg var udstationeret to år i Grønland, men nu er jeg tilbage i Eksempel Kommune og vil gerne med igen.

Jeg har været ansat her siden 2011, bortset fra de to år deroppe, så regn selv efter. Herhjemme sidder jeg med spildevand og klimatilpasning og så Power-to-X-projektet på havnen, som vi lige har fået godkendt.

Jeg vil gerne med i både netværket for miljøtilsyn og PFAS-gruppen igen. Tid har jeg meget af, i hvert fald i foråret.

Torben""",
      {"interesser": "Spildevand; Klima; Power-to-X", "grupper": BOTH, "tid": "Meget"}, sent={},
      ask=["erfaring"],
      note="Blank form (not in last year's round). Experience given as a year minus two years "
           "abroad, and 'regn selv efter': asked, not computed. 'meget, i hvert fald i foråret' "
           "recorded as Meget."),

    c("ow75-da-outlook-mac-html-pfas-maaske", "outlook_mac_html", "Freja Holm", """Hej

Jeg har sat kryds ved PFAS nedenfor, men når jeg tænker over det, er det kun, indtil vores nye kollega starter i marts – så måske skal det ikke med alligevel? I må vurdere det.

Ellers har året været roligt: spildevand, luft og klima som før, og begge grupper. Barselsvikariatet er i øvrigt blevet forlænget til næste sommer.

Freja""",
      {"interesser": "Spildevand; Luft; Klima", "grupper": BOTH}, sent=S2,
      edits=[("set", "[ ] PFAS", "[x] PFAS")], ask=["interesser", "andet"],
      note="PFAS crossed but doubted in her own words and left to the chair: asked, the rest "
           "of the interests recorded. The maternity cover is extended (sent Andet says 'til "
           "juni'), but not labelled as Andet: passed on. 'Ellers har året været roligt' "
           "enumerates interests and groups only: not unchanged."),

    c("ow75-da-android-bedre-tid", "android", "Gitte Bøgh",
      """Hej 🙂 Samme som sidst, bortset fra at jeg har fået bedre tid, nu hvor byggeprojektet ved motorvejen er afsluttet – så sæt mig gerne på meget. Og så kan I skrive enogtyve år nu.

Gitte""",
      {"tid": "Meget", "erfaring": "21"}, sent=S3, unchanged=True),

    c("ow75-da-outlook-mac-samme-som-dorte", "outlook_mac", "Erik Munk", """Hej

Efter omlægningen i sommer sidder Dorte Hvid og jeg med præcis de samme sagstyper, så I kan bare skrive det samme for mig som for hende under fagområder.

Høringstovholder kan jeg til gengæld ikke være længere, da jeg er blevet tillidsrepræsentant og har møder det meste af ugen.

Mvh Erik""",
      {"funktioner": ""}, sent=S4, ask=["interesser"],
      note="'skriv det samme som for hende under fagområder': the secretary cannot take Dorte's "
           "answers as his; passed on for the interests."),

    c("ow75-da-outlook-lille-kommune", "outlook", "Lene Kjær", """Kære gruppe

I en lille kommune som vores laver man jo lidt af hvert, og det er kun blevet mere udtalt i år, efter at vores ene kollega stoppede. Reelt sidder jeg med alt på listen undtagen Power-to-X, som vi ikke har nogen af herude.

Jeg vil gerne fortsætte både som formand og høringstovholder, men med den arbejdsmængde er tiden stadig begrænset – altså lidt.

Jeg har i øvrigt ikke været med i nogen af de interne grupper i år og har heller ikke tid til det.

Med venlig hilsen
Lene Kjær""",
      {"interesser": "PFAS; Spildevand; Affald; Støj; Luft; Jord; Klima; VVM; IE-direktivet",
       "grupper": "", "funktioner": "Formand; Høringstovholder", "tid": "Lidt"}, sent=S3,
      note="'alt på listen undtagen Power-to-X' = every subject area but Power-to-X."),

    # --- English form -------------------------------------------------------------------------
    c("ow75-en-outlook-harbour-plant", "outlook", "Erik Lindqvist", """Dear all,

What a year. The new treatment plant at the harbour took most of my spring and summer, so wastewater is still very much my thing. Noise, on the other hand, has moved to the new colleague in planning, and I don't miss it.

I also ended up spending a fair amount of time on the PFAS findings near the airfield, and I joined the PFAS working group in September – so please add me there, alongside the inspection network.

I'm happy to continue as chair for another year. Time-wise it's the same as last year.

""" + SIG_EN,
      {"interests": "PFAS; Wastewater", "groups": "Inspection network; PFAS working group",
       "functions": "Chair"}, sent=E1, lang="en",
      note="Noise removed, PFAS added. 'Time-wise it's the same as last year' is a field-specific "
           "'as before': time keeps the sent value, not recorded."),

    c("ow75-en-gmail-from-the-epa", "gmail", "Priya Nair", """Hi,

I joined the environment team at Example Municipality in August, after eight years at the Danish EPA working on industrial permits under the IED. Here I mainly do air and soil, plus the odd EIA screening when planning needs a hand.

I haven't joined any of the groups yet, as I'm still finding my feet. I do have some time for the group, and I'd be glad to help as secretary, though chairing is not for me at this stage.

Looking forward to meeting you all in January!

Priya""",
      {"interests": "Air; Soil; EIA", "groups": "", "functions": "Secretary", "experience": "8",
       "time": "Some"}, sent={}, lang="en",
      note="New member, blank form. IED was her former job at the EPA, not what she does now. "
           "The eight EPA years count as experience in the field. 'haven't joined any of the "
           "groups' = no groups."),

    c("ow75-en-outlook-ios-boarding", "outlook_ios", "Nikolaj Brandt",
      """Quick one from the gate, boarding in 10.

After the reorganisation in May I lost climate and got noise instead, still doing air. Dropping out of the PFAS group – haven't been to a meeting since March, no time. Little time overall tbh. 11 yrs experience now.

N.""",
      {"interests": "Noise; Air", "groups": "Inspection network", "experience": "11",
       "time": "Little"}, sent=E2, lang="en"),

    c("ow75-en-thunderbird-lost-count", "thunderbird", "Hanne Lykke", """Hello,

Writing in English as the form came in English – hope that's fine.

This year has been mostly about wastewater again: two new treatment plant permits and a long case about overflows into the fjord. Noise has been quieter, but it is still mine.

I stepped down as chair of the local water council in the autumn and would rather not chair this group either from the new year. I am happy to be consultation coordinator instead, if that helps.

As for experience: somewhere between 20 and 25 years, I honestly lost count.

Best regards,
Hanne Lykke""",
      {"interests": "Wastewater; Noise", "functions": "Consultation coordinator"}, sent=E1,
      lang="en", ask=["experience"],
      note="Chair swapped for consultation coordinator. Experience is a range: asked (sent 20 "
           "kept)."),

    c("ow75-en-owa-svarer-paa-dansk", "owa", "Morten Eskildsen", """Hej

Jeg svarer lige på dansk, selvom skemaet kom på engelsk.

Året har været præget af klimatilpasning langs åen og luftmålinger omkring den nye omfartsvej, så fagligt er alt som sidst. Jeg er til gengæld gået ud af PFAS-arbejdsgruppen efter sommer, men netværket fortsætter jeg i. Tid: nogen.

Mvh Morten""",
      {"groups": "Inspection network", "time": "Some"}, sent=E2, lang="en",
      note="Danish on the English form; recorded in the English option spellings. 'fagligt er "
           "alt som sidst' keeps the interests (not recorded) and is not a general unchanged."),

    c("ow75-en-apple-mail-moving-on", "apple_mail", "Sarah Clausen", """Dear colleagues,

I wanted to let you know that I will be leaving Example Municipality at the end of January to join the regional water utility. It has been a pleasure to be part of this group, and chairing it these past two years has taught me a lot.

Please take me off as chair from now on, so you can find a successor at the January meeting. I'll stay in the inspection network until I leave, and my areas are unchanged until then.

Warm regards,
Sarah""",
      {"groups": "Inspection network", "functions": ""}, sent=E1, lang="en", flagged=True,
      note="Leaving the municipality (and the group) at the end of January: flagged. Chair "
           "removed now. 'my areas are unchanged' keeps the interests; not a general unchanged."),

    c("ow75-en-android-thirty-hours", "android", "Kasper Juul",
      """Hi, I've changed the time to some in the form below. From February I'm going down to 30 hours a week to have more time with the kids, so I can't promise as much as before. Otherwise everything is as before – still air, climate and both groups.

Kasper""",
      {"interests": "Air; Climate", "groups": "Inspection network; PFAS working group",
       "time": "Some"}, sent=E2, lang="en", unchanged=True,
      edits=[("set", "[x] Much", "[ ] Much"), ("set", "[ ] Some", "[x] Some")],
      note="Time moved in the (unquoted Samsung) form and in words. He restates interests and "
           "groups as before."),

    c("ow75-en-outlook-prefix-what-is-coordinator", "outlook_prefix", "Jens Overgaard", """Hi,

Before I answer the functions question: what does "consultation coordinator" actually involve? If it is mainly collecting comments for consultation responses, I could do it alongside the chair role. If it means more than that, I'll stay with chair only.

Otherwise everything is as it was last year, apart from the experience, which is 21 years now.

Regards
Jens""",
      {"functions": "Chair", "experience": "21"}, sent=E1, lang="en", unchanged=True,
      ask=["functions"],
      note="Chair stays either way (recorded); consultation coordinator depends on the chair's "
           "answer to his question: asked."),
]
