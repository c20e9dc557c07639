"""Unseen part 3 of the own-words form replies (issue 14), by hand, written blind: the writer read
neither the parser nor the other corpora's cases. Expected answers are a careful human
secretary's. Leaning towards Outlook (desktop without marks, web, iOS, Android, Mac) and longer,
chattier replies. People invented, at example.org."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "form-own-words"))

from common import E1, E2, S1, S2, S3, S4, SIG_EN, SIG_KOMMUNE, SIG_SHORT, c  # noqa: E402

E3 = {"interests": "Waste; Soil; EIA", "groups": "", "functions": "Secretary", "experience": "9",
      "time": "Little"}

CASES = [
    # --- Danish, Outlook desktop (no > marks) -------------------------------------------------
    c("ow3-da-outlook-orlov-og-afbud", "outlook", "Birgitte Holmgaard", """Hej

Tak for skemaet. Jeg går på orlov fra februar og er væk fra gruppen resten af foråret, så sæt \
mig ned til lidt tid i år. Jeg fortsætter gerne som sekretær.
Jeg kan i øvrigt ikke komme til mødet den 14. januar – kan I sende materialet bagefter?
Resten er som det står.

""" + SIG_KOMMUNE, {"tid": "Lidt", "funktioner": "Sekretær"}, S1, unchanged=True, flagged=True,
      note="absence from a meeting and a request: flagged; 'gruppen' is no label"),

    c("ow3-da-outlook-kollega-gaar-paa-pension", "outlook", "Anders Kjærsgaard", """Hej alle

Kort svar fra mig: Affald skal ud – det er flyttet over til vores nye kollega i Teknik. Til \
gengæld er jeg begyndt at sidde med jordforureningssagerne, så sæt Jord på.

Og så en nyhed: Lone Bech fra os stopper til nytår og går på pension, så hun skal vel tages af \
listen. Hun har selv sagt, at det var fint, at jeg skrev det.

Ellers er alt som før.

Hilsen
{first}""", {"interesser": "PFAS; Jord"}, S4, unchanged=True, flagged=True,
      note="another member leaving: for the chair"),

    c("ow3-da-outlook-femogtyve-ikke-tyve", "outlook", "Poul Erik Damgaard", """Hej Mette

Erfaringen skal rettes: det er femogtyve år nu, ikke 20 – tiden går.
Formand vil jeg ikke være længere, det må en anden tage over efter mig, men høringstovholder \
fortsætter jeg gerne med.
Tid: nogen

Mvh {first}""", {"erfaring": "25", "funktioner": "Høringstovholder", "tid": "Nogen"}, S3,
      note="'tiden går' is an idiom, not the time question"),

    c("ow3-da-outlook-html-fastansat-og-spildevandet", "outlook_html", "Signe Vestergaard", """Hej

Jeg er ikke længere barselsvikar – jeg er fastansat fra 1. december, så det under Andet kan \
slettes.
Jeg sidder stadig mest med spildevandet og klimatilpasning, men luften har vi givet videre til \
en kollega, så den skal ud.
PFAS-arbejdsgruppen har jeg ikke tid til mere.

God jul til jer alle

""" + SIG_KOMMUNE, {"andet": "", "interesser": "Spildevand; Klima",
                    "grupper": "Netværk for miljøtilsyn"}, S2,
      note="the member asks for Andet to be emptied; 'tid' in the group sentence is no time answer"),

    c("ow3-da-outlook-pfas-eller-brint-og-lugt", "outlook", "Rasmus Thygesen", """Hej Mette

Jeg er blevet sat på den nye indsats om Power-to-X og brint i Østjylland, så det må gerne med. \
Vi har også fået lugtsager ind under os – jeg ved ikke, hvor det hører hjemme i skemaet.
Jeg sender i øvrigt en kollega, Sanne, i mit sted til mødet i februar, håber det er i orden.

""" + SIG_KOMMUNE, {"interesser": "Spildevand; Luft; Klima; Power-to-X"}, S2,
      ask=["interesser"], flagged=True,
      note="brint and lugt are no options (lugt is not Luft); a substitute at a meeting"),

    c("ow3-da-outlook-pile-i-skemaet", "outlook", "Susanne Krogh", """Svar nedenfor i skemaet.

/Susanne""", {"interesser": "PFAS; Luft", "tid": "Meget"}, S1,
      edits=[("add", "1. Interesser", "Fjern støj, tilføj luft - SK"),
             ("append", "[ ] Meget", "  <<< fra nytår")],
      note="typed lines and an arrow mark inside the unmarked Outlook quote"),

    # --- Danish, Outlook on the web ------------------------------------------------------------
    c("ow3-da-owa-ny-pfas-og-affaldstilsynet", "owa", "Kirstine Lauridsen", """Hej

Jeg er ny i gruppen, så her er mine svar:
Jeg arbejder primært med PFAS og grundvandsbeskyttelse – og så er jeg med i affaldstilsynet to \
dage om ugen.
Erfaring: 4 år i kommunen, før det 3 år i et rådgivningsfirma.
Jeg har kun lidt tid det første halve år, mens jeg bliver sat ind i tingene.
Netværket for miljøtilsyn er jeg allerede med i fra min tidligere stilling.

Mvh
{first}""", {"interesser": "PFAS; Affald", "tid": "Lidt", "grupper": "Netværk for miljøtilsyn"},
      ask=["interesser", "erfaring"],
      note="grundvandsbeskyttelse is no option; two spells of experience without a total: asked"),

    c("ow3-da-owa-html-som-sidst-men-afbud", "owa_html", "Jesper Mølgaard", """Hej

Alt er som sidst, der er ikke noget at rette.

Men jeg skal melde afbud til mødet i Vejle i januar, vi har tilsynskampagne den uge.

/{first}""", {}, S4, unchanged=True, flagged=True, note="absence from a meeting"),

    c("ow3-da-owa-ny-stilling-meget-tid", "owa", "Henriette Fog", """Hej Mette

Jeg har fået ny stilling pr. 1. januar, hvor miljøsagerne fylder hele tiden, så jeg har meget \
mere tid til gruppen fremover. Sæt mig gerne på meget.

Må jeg i øvrigt komme med et par kommentarer til referatet fra sidst på næste møde?

VVM laver jeg ikke mere. IE-direktivet og Power-to-X kommer til i stedet.

""" + SIG_SHORT, {"tid": "Meget", "interesser": "Affald; Jord; IE-direktivet; Power-to-X"}, S3,
      flagged=True, note="a question to the chair; 'kommentarer' is no label for Andet"),

    # --- Danish, Outlook for iOS / Android / Mac, and the prefix style -----------------------
    c("ow3-da-outlook-ios-fra-telefonen", "outlook_ios", "Mikkel Dahlgaard",
      "Svarer lige fra telefonen: Støj skal ud, klima ind. Erfaring 13 nu. Resten uændret",
      {"interesser": "PFAS; Klima", "erfaring": "13"}, S1, unchanged=True),

    c("ow3-da-outlook-ios-sekretaer-hvis-ingen-andre", "outlook_ios", "Ulla Brandt", """Hej

Kan tage sekretær hvis der ikke er andre der melder sig, men helst ikke formand. Interesser: \
støjsager og lidt luft. Tid: Nogen men ikke i marts hvor vi har travlt

Mvh {first}""", {"funktioner": "Sekretær", "interesser": "Støj; Luft", "tid": "Nogen"},
      note="'lidt luft' qualifies an interest, it is no time answer"),

    c("ow3-da-outlook-android-krydser-og-ord", "outlook_android", "Camilla Østergaard",
      "Har rettet i skemaet nedenfor. Og så er jeg flyttet til jord og PFAS fra nytår, det har "
      "jeg skrevet ved. Mvh {first}",
      {"interesser": "PFAS; Spildevand; Jord; Klima", "tid": "Nogen"}, S2,
      edits=[("set", "[x] Luft", "[ ] Luft"), ("set", "[ ] PFAS", "[x] PFAS"),
             ("set", "[ ] Jord", "[x] Jord  <- fra januar"),
             ("set", "[x] Meget", "[ ] Meget"), ("set", "[ ] Nogen", "[x] Nogen")],
      note="crosses changed in the quote, words above agree"),

    c("ow3-da-outlook-android-kollega-sygemeldt", "outlook_android", "Torben Riis", """Hej Mette

Jeg overtager min kollega Pers opgaver, mens han er sygemeldt, så jeg har desværre kun lidt tid \
i foråret. Han har bedt mig sige, at han ikke kan deltage i møderne foreløbig.
Høringstovholder kan jeg derfor ikke være i år.

Hilsen {first}""", {"tid": "Lidt", "funktioner": ""}, S4, flagged=True,
      note="news about another member's absence: for the chair"),

    c("ow3-da-outlook-mac-nummererede-svar", "outlook_mac", "Lærke Bundgaard", """Hej,

1) Jeg arbejder med spildevand, luft og støj. Og så VVM-screeninger en gang imellem.
2) Ingen grupper endnu.
3) Ingen funktioner lige nu – jeg er kun på halv tid.
4) Omkring elleve år, hvis man tæller studiejobbet med, ellers ni.
5) Lidt

Bedste hilsner
{first}""", {"interesser": "Spildevand; Støj; Luft; VVM", "grupper": "", "funktioner": "",
             "tid": "Lidt"}, ask=["erfaring"],
      note="numbered answers; two possible numbers of years: asked; 'halv tid' is under 3)"),

    c("ow3-da-outlook-prefix-rettelser-i-punkter", "outlook_prefix", "Niels Overgaard", """Hej

Her kommer mine rettelser:
- PFAS er kommet til (vi har fået tre sager med brandskum)
- Affald beholder jeg
- Erfaring: 21
- Høringstovholder må gerne gå videre til en af de yngre

Resten er uændret.

Venlig hilsen
{first}""", {"interesser": "PFAS; Affald; Jord; VVM", "erfaring": "21", "funktioner": "Formand"},
      S3, unchanged=True, note="'tre sager' is no number of years"),

    # --- Danish, iPhone / Apple Mail -------------------------------------------------------------
    c("ow3-da-iphone-i-alt-heraf", "iphone", "Morten Skov",
      "Erfaring: 15 år i alt, heraf 6 i Eksempel Kommune. Tid: lidt mere end før – måske meget, "
      "måske nogen, det afhænger af hvordan foråret bliver. Ellers som det står",
      {"erfaring": "15"}, S1, ask=["tid"], unchanged=True,
      note="total and part: the total; time undecided between two options: asked"),

    c("ow3-da-iphone-tak-vender-tilbage", "iphone", "Gitte Rosendahl",
      "Tak for påmindelsen, den havde jeg glemt alt om 🙈 Jeg kigger på det efter weekenden.",
      {}, S2, note="nothing about the form"),

    c("ow3-da-apple-mail-tilsyn-og-arbejdsgruppen", "apple_mail", "Frederik Aagaard", """Hej Mette

Jeg har svaret med egne ord:
Fagområder: industritilsyn, PFAS og lidt klima.
Jeg deltager i tilsynsnetværket og i arbejdsgruppen.
Erfaring seks år. Jeg kan bidrage med nogen tid.

Kh {first}""", {"interesser": "PFAS; Klima",
                "grupper": "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS",
                "erfaring": "6", "tid": "Nogen"}, ask=["interesser"],
      note="industritilsyn is no option (IE-direktivet? Affald?): asked; there is one working "
           "group and one network"),

    c("ow3-en-iphone-english-on-danish-form", "iphone", "Oliver Brandstrup",
      "Hi Mette - sorry, my Danish is still not great. Please remove waste, I don't do that any "
      "more. Add climate. Time: some. I can't be chair next year, consultation coordinator is "
      "fine.",
      {"interesser": "Jord; Klima; VVM", "tid": "Nogen", "funktioner": "Høringstovholder"}, S3,
      note="English words on the Danish form"),

    # --- Danish, Gmail ------------------------------------------------------------------------
    c("ow3-da-gmail-tak-for-sidst-og-spoergsmaal", "gmail", "Karina Juhl", """Hej Mette

Tak for sidst i Odense, det var et godt møde.

Til skemaet: jeg er stadig med i PFAS og affald, men spildevand er kommet til, efter at vi har \
overtaget renseanlæggene fra forsyningen. Netværket for miljøtilsyn er jeg også stadig med i.

Høringstovholder vil jeg gerne blive ved med – og hvis der er brug for det, kan jeg også tage \
sekretærjobbet en periode.

Apropos høringer: ved du, om vi skal svare på den nye bekendtgørelse om jordflytning? Den har \
vi ikke fået noget om.

Mvh {first}""", {"interesser": "PFAS; Spildevand; Affald", "grupper": "Netværk for miljøtilsyn",
                 "funktioner": "Høringstovholder; Sekretær"}, S4, flagged=True,
      note="a question to the chair; 'jordflytning' in the question is no interest"),

    c("ow3-da-gmail-android-aeoeaa", "gmail_android", "Jonas Friis",
      "Hejsa. Jeg er gået ned i tid (30 timer) så lidt tid til gruppen. Stoej har jeg faaet - "
      "luft er vaek. 4 aar erfaring nu",
      {"tid": "Lidt", "interesser": "Spildevand; Støj; Klima", "erfaring": "4"}, S2,
      note="oe/aa spellings; '30 timer' is no number of years"),

    # --- Danish, Thunderbird and Samsung ---------------------------------------------------------
    c("ow3-da-thunderbird-bund-formand-spoergsmaal", "thunderbird_bottom", "Hans Christian Lund",
      """Hej Mette

Skemaet passer stadig, bortset fra at jeg nu også har støj- og luftsager efter \
omorganiseringen.

Et spørgsmål: skal jeg fortsat stå som formand, når jeg går ned på 30 timer fra marts? Jeg \
synes, vi skal tage det op på næste møde.

Hilsen
{first}""", {"interesser": "Affald; Støj; Luft; Jord; VVM"}, S3, unchanged=True, flagged=True,
      note="bottom-posted; a question to the chair"),

    c("ow3-da-thunderbird-rettet-i-skemaet", "thunderbird", "Maja Kjeldsen",
      "Hej, jeg har rettet direkte i skemaet. /{first}",
      {"interesser": "PFAS", "erfaring": "14", "andet": "Barsel maj-oktober 2027"}, S1,
      edits=[("set", "[x] Støj", "[ ] Støj"), ("set", "Svar: 12", "Svar: 14"),
             ("set", "Svar:", "Svar: Barsel maj-oktober 2027", "6. Andet")]),

    c("ow3-da-android-samsung-stikord-plus", "android", "Ole Bisgaard",
      "Jord+PFAS+affald. Ikke netværket mere. 9 år. Nogen tid\n\nMvh {first}",
      {"interesser": "PFAS; Affald; Jord", "grupper": "", "erfaring": "9", "tid": "Nogen"}, S4),

    # --- English --------------------------------------------------------------------------------
    c("ow3-en-outlook-leaving-in-june", "outlook", "Helen Marsh", """Hi Mette,

Just a heads-up before the form: I've accepted a job in the private sector and will leave the \
municipality at the end of June, so I'll have to step down as chair by then. Until then I'm \
happy to carry on, but please put me down for little time.

Apart from that nothing has changed.

""" + SIG_EN, {"time": "Little"}, E1, lang="en", ask=["functions"], unchanged=True, flagged=True,
      note="leaving the group; chair only until June: for the chair"),

    c("ow3-en-outlook-ten-not-nine", "outlook", "Peter Lindqvist", """Hi

Quick update from me after a busy autumn:
- experience is now ten years, not nine
- I'd like to be considered for consultation coordinator as well as secretary
- EIA: still yes, but waste is gone since the restructuring
- time: about the same (a little)

Otherwise the same as last year.

Regards,
{first}""", {"experience": "10", "functions": "Consultation coordinator; Secretary",
             "interests": "Soil; EIA", "time": "Little"}, E3, lang="en", unchanged=True),

    c("ow3-en-outlook-html-soil-remediation", "outlook_html", "Claire Bennett", """Dear Mette,

Please find my updates below.

Our team took over the soil remediation cases in September, so soil should be added. I no \
longer handle noise – my colleague Jens does those now.
I'm still happy to chair, and I'm still in the network.
Experience: 21 years.

""" + SIG_EN, {"interests": "Wastewater; Soil", "functions": "Chair", "groups": "Inspection network",
               "experience": "21"}, E1, lang="en"),

    c("ow3-en-owa-reorganised-secretary-if-needed", "owa", "Thomas Hale", """Hello,

Sorry for the late reply. We've reorganised, so I now cover soil and PFAS as well as air; \
climate has moved to the planning department. I could be secretary if needed, but not chair.
I'm no longer in the inspection network - haven't had time for it in ages.
Twelve years of experience now.

Thanks,
{first}""", {"interests": "PFAS; Air; Soil", "functions": "Secretary", "groups": "PFAS working group",
             "experience": "12"}, E2, lang="en"),

    c("ow3-en-outlook-ios-add-pfas-eia", "outlook_ios", "Sarah Whitfield",
      "Add PFAS and EIA please. Still chair. Time: much more this year since my project ended. "
      "Everything else as is",
      {"interests": "PFAS; Wastewater; Noise; EIA", "functions": "Chair", "time": "Much"}, E1,
      lang="en", unchanged=True),

    c("ow3-en-outlook-android-total-and-here", "outlook_android", "David Kerr",
      "Hi, experience is 14 years in total, 5 of those here in Example. Not sure what counts as "
      "'some' or 'much' time - I can do roughly a day a month. Rest unchanged. Also I will miss "
      "the March meeting, sorry.",
      {"experience": "14"}, E2, lang="en", ask=["time"], unchanged=True, flagged=True,
      note="a day a month is neither Some nor Much for sure: asked; absence"),

    c("ow3-en-gmail-new-member-plants", "gmail", "Emma Lyngby", """Hi Mette,

Thanks for having me in the group! My answers:

I mostly do wastewater treatment plant permits and some industrial emissions (IED \
installations). Also noise complaints now and then.
I'm in the PFAS working group already (joined in October), not the network.
Chair - no thanks. Consultation coordinator I could try.
Experience: 7 years.
Time: some

Other: based in Aarhus, so meetings in Jutland suit me best

Cheers,
{first}""", {"interests": "Wastewater; Noise; IED", "groups": "PFAS working group",
             "functions": "Consultation coordinator", "experience": "7", "time": "Some",
             "other": "based in Aarhus, so meetings in Jutland suit me best"}, lang="en"),

    c("ow3-en-thunderbird-ticked-and-away", "thunderbird", "Anna Sørensen", """Hi,

I've ticked the changes below.
Other: part-time (80%) from February
And I'm out of office 12-23 January, so I won't make the January meeting.

{first}""", {"time": "Some", "other": "part-time (80%) from February"}, E2, lang="en",
      edits=[("set", "[x] Much", "[ ] Much"), ("set", "[ ] Some", "[x] Some")], flagged=True,
      note="crosses plus a labelled Other; an absence"),
]
