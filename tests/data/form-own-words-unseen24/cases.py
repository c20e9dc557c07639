"""Blind part 24 of the own-words form replies (issue 14): one round from members in the larger
municipalities, mostly answering from the office in Outlook desktop and Outlook on the web (formal
tone, long signatures with titles, phone numbers and GDPR notices, answers typed inline in the
quoted form or in full sentences above it), a few from their phones on the way home, some in
English. Written by hand, without reading the parser; expectations are what a careful human
secretary records. People invented, at example.org."""

from __future__ import annotations

import os
import sys
from pathlib import Path

_ROOT = os.environ.get("TOVHOLDER_ROOT") or Path(__file__).resolve().parents[3]
_OWN_WORDS = Path(_ROOT) / "tests/data/form-own-words"
sys.path.insert(0, str(_OWN_WORDS))

from common import ascii_name, c  # noqa: E402

# --- what the form showed pre-filled -----------------------------------------------------------

P1 = {"interesser": "Spildevand; Jord; Klima", "grupper": "Netværk for miljøtilsyn",
      "funktioner": "Høringstovholder", "erfaring": "9", "tid": "Nogen"}
P2 = {"interesser": "PFAS; Affald; IE-direktivet",
      "grupper": "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS", "funktioner": "Formand",
      "erfaring": "17", "tid": "Meget"}
P3 = {"interesser": "Støj; Luft; VVM", "grupper": "", "funktioner": "", "erfaring": "4",
      "tid": "Lidt"}
P4 = {"interesser": "Jord; Power-to-X", "grupper": "Arbejdsgruppe om PFAS",
      "funktioner": "Sekretær", "erfaring": "22", "tid": "Nogen",
      "andet": "Deltidsansat (30 timer)"}
EP1 = {"interests": "Noise; Air; EIA", "groups": "Inspection network", "functions": "Secretary",
       "experience": "6", "time": "Some"}
EP2 = {"interests": "PFAS; Soil", "groups": "PFAS working group", "functions": "",
       "experience": "15", "time": "Little"}

# --- signatures of the larger municipalities ---------------------------------------------------

SIG_A = """Med venlig hilsen

{name}
Civilingeniør, specialkonsulent
Miljøbeskyttelse – Virksomheder
Teknik- og Miljøforvaltningen

Eksempel Kommune
Rådhuspladsen 2
9999 Eksempelby

Direkte: +45 33 66 12 47
Mobil: +45 24 81 93 05
E-mail: {email}
www.example.org

Eksempel Kommune behandler personoplysninger i overensstemmelse med \
databeskyttelsesforordningen. Læs mere om, hvordan vi behandler dine oplysninger, på \
www.example.org/persondatapolitik.
Denne e-mail kan indeholde fortrolig information. Er du ikke den rette modtager, bedes du \
straks give afsender besked og slette e-mailen."""

SIG_B = """Venlig hilsen

{name}
Miljøsagsbehandler
Team Virksomheder Øst
By, Land og Vand
Eksempelby Kommune
Tlf.: 87 15 42 90 | Mobil: 51 27 63 08

Sikker post: Send fortrolige og følsomme oplysninger via Digital Post – ikke via almindelig \
e-mail."""

SIG_C = """Med venlig hilsen / Best regards

{name}
Miljømedarbejder, cand.scient.

Eksempel Kommune
Miljø og Ressourcer
Industrivej 40 | 9999 Eksempelby
Tlf. 44 77 18 26
www.example.org

Persondata: Når du kontakter Eksempel Kommune, behandler vi dine personoplysninger. Du kan læse \
mere på www.example.org/gdpr.

Tænk på miljøet – print kun denne e-mail, hvis det er nødvendigt."""

SIG_KLIMA = """Med venlig hilsen

{name}
Geolog, miljømedarbejder
Center for Klima og Miljø
Eksempelstad Kommune
Tlf. 46 31 70 00 (omstilling) | Direkte 46 31 72 58

Vi behandler personoplysninger efter reglerne i databeskyttelsesforordningen. Se \
www.example.org/privatliv."""

SIG_EN = """Kind regards,

{name}
Senior Environmental Officer | Environmental Protection
City of Example – Technical and Environmental Administration
Direct: +45 33 66 40 12 | Mobile: +45 28 19 55 71
{email}

CONFIDENTIALITY NOTICE: This e-mail and any attachments may contain confidential information. \
If you are not the intended recipient, please notify the sender and delete this e-mail. \
Information about how we process personal data: www.example.org/privacy"""


def k(id_: str, client: str, name: str, body: str, answers: dict, sent: dict | None = None,
      sig: str = "", **kw) -> dict:  # noqa: ANN003
    """A case whose own text is `body` followed by a signature (name and address filled in)."""
    own = body
    if sig:
        own = f"{body}\n\n{sig.format(name=name, email=ascii_name(name) + '@example.org')}"
    return c(id_, client, name, own, answers, sent, **kw)


CASES = [
    # --- Outlook desktop: answers typed inline, colours and initials lost in plain text ---
    k("ow24-da-outlook-roed-skrift-initialer", "outlook", "Maja Kjærgaard Jessen",
      "Hej\n\nJeg har skrevet mine rettelser med rødt direkte i skemaet herunder.",
      {"interesser": "PFAS; Jord; Klima", "erfaring": "10"}, P1, sig=SIG_A,
      edits=[("append", "[ ] PFAS", "   MKJ: ja – nyt i år (brandøvelsespladser)"),
             ("append", "[x] Spildevand",
              "   MKJ: nej, ikke længere – overgået til Vand og Natur"),
             ("append", "Svar: 9", "   MKJ: 10 nu")],
      note="inline after the options with initials; red lost; the old 9 stays on the line"),
    k("ow24-da-outlook-ny-i-gruppen-saetninger", "outlook", "Rasmus Thygesen Lund",
      "Hej\n\nJeg er ny i gruppen og skriver mine svar her i stedet for i skemaet:\n\n"
      "Jeg arbejder primært med støj og luft fra virksomheder samt VVM-screeninger. Jeg er med "
      "i netværket for miljøtilsyn, og jeg kan godt tage rollen som sekretær. Jeg har 7 års "
      "erfaring fra to kommuner. Tid: nogen.",
      {"interesser": "Støj; Luft; VVM", "grupper": "Netværk for miljøtilsyn",
       "funktioner": "Sekretær", "erfaring": "7", "tid": "Nogen"}, {}, sig=SIG_A,
      note="'to kommuner' is no number of years; phone numbers in the signature"),
    k("ow24-da-outlook-to-tal-spoerger", "outlook", "Torben Ask Mikkelsen",
      "Hej\n\nTil spørgsmål 4: Det er 22 år i alt, men kun de 6 af dem her i kommunen – jeg ved "
      "ikke, hvilket tal I helst vil have?\n\nOg sæt mig gerne på meget tid fra nytår, hvor jeg "
      "går op på fuld tid igen.",
      {"tid": "Meget"}, P4, sig=SIG_B, ask=["erfaring"],
      note="two numbers and the member asks which one is wanted"),
    k("ow24-da-outlook-signatur-klima-grundvand", "outlook", "Henriette Mølgaard",
      "Hej\n\nJeg er med i PFAS-arbejdsgruppen og arbejder med grundvandsbeskyttelse og PFAS. "
      "11 år.",
      {"grupper": "Arbejdsgruppe om PFAS", "interesser": "PFAS", "erfaring": "11"}, {},
      sig=SIG_KLIMA, ask=["interesser"],
      note="groundwater protection is no option; 'Klima' only in the signature's department"),
    k("ow24-da-outlook-afbud-og-krydser", "outlook", "Peter Kjeldsen Hviid",
      "Hej\n\nJeg kan desværre ikke deltage i mødet den 14. januar, da jeg er på kursus. "
      "Kommentarer til dagsordenen sender jeg separat.\n\nSkemaet har jeg rettet nedenfor.",
      {"funktioner": "Høringstovholder"}, P2, sig=SIG_A, flagged=True,
      edits=[("set", "[x] Formand", "[ ] Formand"),
             ("set", "[ ] Høringstovholder", "[x] Høringstovholder")],
      note="an absence from a meeting for the chair; 'Kommentarer' is no label"),
    k("ow24-da-outlook-under-hvert-spoergsmaal", "outlook", "Sofie Lykke Thomsen",
      "Hej\n\nJeg har svaret under hvert spørgsmål.",
      {"interesser": "PFAS; Spildevand", "grupper": "", "funktioner": "", "erfaring": "1",
       "tid": "Meget", "andet": "Jeg er ansat i et vikariat til 31. august"}, {}, sig=SIG_A,
      edits=[("add", "1. Interesser",
              "Spildevandet og det, der hører til (separatkloakering), samt PFAS i slam"),
             ("add", "2. Grupper", "Ingen endnu"),
             ("add", "3. Funktioner", "Ingen lige nu"),
             ("set", "Svar:", "Svar: 1 (nyuddannet)", "4. Erfaring"),
             ("set", "[ ] Meget", "[x] Meget"),
             ("set", "Svar:", "Svar: Jeg er ansat i et vikariat til 31. august", "6. Andet")],
      note="typed lines under the questions of an empty form"),
    k("ow24-da-outlook-bekraefter-korrekt", "outlook", "Ole Bjerregaard",
      "Hej\n\nJeg kan bekræfte, at oplysningerne i skemaet stadig er korrekte.",
      {}, P4, sig=SIG_B, unchanged=True),
    k("ow24-da-outlook-pension-udtraeder", "outlook", "Jytte Vestergaard Lind",
      "Kære alle\n\nJeg går på pension med udgangen af marts og træder derfor ud af gruppen. "
      "Indtil da kan I regne med lidt tid fra mig.\n\nTak for mange gode år!",
      {"tid": "Lidt"}, P1, sig=SIG_A, flagged=True,
      note="leaving the group is for the chair; 'gruppen' is no label"),
    k("ow24-da-outlook-html-pil-ved-meget", "outlook_html", "Niels Ebbesen Kruse",
      "Rettelser er markeret i skemaet nedenfor.",
      {"erfaring": "10", "tid": "Meget"}, P1, sig=SIG_A,
      edits=[("set", "Svar: 9", "Svar: 10 (heraf 3 som teamleder)"),
             ("set", "[x] Nogen", "[ ] Nogen"),
             ("append", "[ ] Meget", "  <== denne")],
      note="HTML only; an arrow as the mark"),
    k("ow24-da-outlook-prefix-initialer-hlp", "outlook_prefix", "Henrik Lund Petersen",
      "Hej\n\nJeg har svaret med mine initialer (HLP) i teksten nedenfor.\n\nMvh Henrik",
      {"erfaring": "5"}, P3, ask=["funktioner"],
      edits=[("add", "3. Funktioner", "HLP: høringstovholder, hvis Bente stopper"),
             ("add", "Svar: 4", "HLP: fem år pr. 1. januar")],
      note="a function on condition of someone else is asked"),

    # --- Outlook on the web ---
    k("ow24-da-owa-formand-ud-af-pfas", "owa", "Birgitte Holm Vestergaard",
      "Kære tovholder\n\nTak for skemaet. Jeg fortsætter gerne som formand for netværket, men "
      "I må meget gerne tage mig ud af PFAS-arbejdsgruppen, da jeg ikke længere kan nå begge "
      "dele. IE-direktivet ligger heller ikke længere hos mig – det er flyttet til "
      "virksomhedsteamet.\n\nEllers er alt, som det står i skemaet.",
      {"interesser": "PFAS; Affald", "grupper": "Netværk for miljøtilsyn",
       "funktioner": "Formand"}, P2, sig=SIG_C, unchanged=True),
    k("ow24-da-owa-sekretaer-og-lidt-barsel", "owa", "Jonas Brandt Poulsen",
      "Hej\n\nRettelser nedenfor.",
      {"funktioner": "Høringstovholder; Sekretær", "tid": "Lidt"}, P1, sig=SIG_C,
      edits=[("set", "[ ] Sekretær",
              "[x] Sekretær  (har prøvet det før i det regionale netværk)"),
             ("set", "[x] Nogen", "[ ] Nogen"),
             ("set", "[ ] Lidt", "[x] Lidt – barsel i foråret")]),
    k("ow24-da-owa-ingen-aendringer-bortset-fra", "owa", "Sanne Overgaard",
      "Hej\n\nIngen ændringer, bortset fra at jeg nu også har luftsagerne (virksomhedernes "
      "luftforurening).\n\nAndet: Jeg er gået op på fuld tid fra 1. januar",
      {"interesser": "Luft; Jord; Power-to-X",
       "andet": "Jeg er gået op på fuld tid fra 1. januar"}, P4, sig=SIG_C, unchanged=True),
    k("ow24-da-owa-stort-set-det-hele", "owa", "Mikkel Juul Andersen",
      "Hej\n\nHer er mine svar:\n\nFagområder: stort set det hele – PFAS, spildevand, affald, "
      "støj, luft, jord og klima. Ikke VVM.\nGrupper: ingen p.t.\nErfaring: 2½ år",
      {"interesser": "PFAS; Spildevand; Affald; Støj; Luft; Jord; Klima", "grupper": ""}, {},
      sig=SIG_C, ask=["erfaring"], note="a fraction of a year is asked, not rounded"),
    k("ow24-da-owa-kun-tilsynsnetvaerket-pil", "owa", "Karina Holst Damgaard",
      "Hej\n\nJeg deltager fremover kun i tilsynsnetværket – PFAS-gruppen må I gerne tage mig "
      "ud af. Funktion uændret. Erfaring 22 → 23 år.",
      {"grupper": "Netværk for miljøtilsyn", "funktioner": "Sekretær", "erfaring": "23"}, P4,
      sig=SIG_C, note="'Funktion uændret' is about one question, not the whole form"),
    k("ow24-da-owa-tak-vender-tilbage", "owa", "Gitte Raun",
      "Tak for skemaet – jeg har ikke tid til at udfylde det før efter nytår, men vender "
      "tilbage.",
      {}, P2, sig=SIG_C, note="nothing about the form; 'tid' is no answer"),
    k("ow24-da-owa-html-blaa-linjer", "owa_html", "Louise Skovgaard Nielsen",
      "Hej\n\nJeg har skrevet med blåt i skemaet.",
      {"grupper": "Arbejdsgruppe om PFAS", "tid": "Nogen"}, P2, sig=SIG_C,
      edits=[("add", "2. Grupper",
              "Jeg er stoppet i tilsynsnetværket – men fortsætter i PFAS-gruppen."),
             ("add", "5. Tid", "Nogen – ikke længere meget")],
      note="HTML only; typed lines under the questions, crosses left as they were"),

    # --- Outlook for Mac and phones on the way home ---
    k("ow24-da-outlook-mac-treogtyve", "outlook_mac", "Ulla Brøndum",
      "Hej\n\nErfaring: treogtyve år (inkl. tiden i amtet).\nTid: Nogen, måske lidt mindre i "
      "sommerhalvåret.",
      {"erfaring": "23", "tid": "Nogen"}, P4, sig=SIG_B),
    k("ow24-da-outlook-ios-fra-toget", "outlook_ios", "Kirsten Dalgaard",
      "Svarer lige fra toget:\ntilføj PFAS og affald, fjern luft\nerfaring nu 5 år\n"
      "resten som før\n\n/Kirsten",
      {"interesser": "PFAS; Affald; Støj; VVM", "erfaring": "5"}, P3, unchanged=True),
    k("ow24-da-outlook-android-lugt-og-lys", "outlook_android", "Jesper Kvist",
      "Jeg arbejder også med lugtgener og med lys fra stadionanlæg. Ellers samme som sidst.",
      {}, P3, ask=["interesser"], unchanged=True,
      note="neither odour nor light is an option"),
    k("ow24-da-iphone-smaa-bogstaver", "iphone", "Lene Fogh",
      "hej. tilføj mig til pfas gruppen. har også fået støjsagerne.\nmvh Lene",
      {"grupper": "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS",
       "interesser": "Spildevand; Støj; Jord; Klima"}, P1,
      note="the PFAS group, not PFAS as a subject"),
    k("ow24-da-android-byggeprojekt", "android", "Mette Bach",
      "Har kun tid til lidt i år pga. et stort byggeprojekt på havnen.\nHilsen Mette",
      {"tid": "Lidt"}, P2),

    # --- other clients of the same round ---
    k("ow24-da-gmail-privat-meget-tid", "gmail", "Camilla Winther",
      "Hej\n\nJeg svarer fra min private mail, da jeg er hjemme i dag. Sæt mig på meget tid fra "
      "nu af – jeg er blevet fritaget for vagtordningen. Blandt andet vil jeg gerne være "
      "høringstovholder på støjsagerne.\n\nKh Camilla",
      {"tid": "Meget", "funktioner": "Høringstovholder"}, P3,
      note="'Blandt andet' is no label"),
    k("ow24-da-gmail-english-reply", "gmail", "Daniel Okafor",
      "Hi,\n\nSorry for answering in English. Please add me to the PFAS working group, and I "
      "can also be secretary. Otherwise same as before.\n\nBest, Daniel",
      {"grupper": "Arbejdsgruppe om PFAS", "funktioner": "Sekretær"}, P3, unchanged=True,
      note="English on the Danish form"),
    k("ow24-da-thunderbird-krydser-og-nb", "thunderbird", "Anders Vinther Kragh",
      "Krydserne er rettet nedenfor. NB: jord er flyttet til en kollega, så den skal ud.\n\n"
      "Vh Anders",
      {"interesser": "Spildevand; Affald; Klima"}, P1,
      edits=[("set", "[ ] Affald", "[x] Affald"),
             ("append", "[x] Klima", " (klimatilpasning – fortsat)")]),

    # --- the English form ---
    k("ow24-en-outlook-arrows-in-red", "outlook", "Laura Mendes",
      "Hi,\n\nMy answers are in the form below (they were in red, marked with arrows).",
      {"interests": "Wastewater; Noise; Air", "experience": "7"}, EP1, lang="en", sig=SIG_EN,
      edits=[("append", "[ ] Wastewater", "   <-- YES, since September"),
             ("append", "[x] EIA", "   <-- no longer, moved to the planning department"),
             ("set", "Answer: 6", "Answer: seven (I miscounted last time)")]),
    k("ow24-en-outlook-new-member-lines", "outlook", "Hannah Berg",
      "Hi,\n\nI'm new, so I'll fill it in here:\n\nInterests: groundwater and soil remediation, "
      "some PFAS\nGroups: none yet\nExperience: 10-12 years depending on how you count\n"
      "Time: a bit",
      {"interests": "PFAS; Soil", "groups": "", "time": "Little"}, {}, lang="en", sig=SIG_EN,
      ask=["interests", "experience"], note="groundwater is no option; a range is asked"),
    k("ow24-en-owa-took-over-inspections", "owa", "Thomas Greve",
      "Dear coordinator,\n\nPlease find my updates below. I have taken over the wastewater and "
      "waste inspections from a colleague who retired, so please add both. I would also be "
      "happy to act as consultation coordinator for PFAS-related hearings. Time-wise I can "
      "offer some time rather than little.\n\nEverything else is unchanged.",
      {"interests": "PFAS; Wastewater; Waste; Soil", "functions": "Consultation coordinator",
       "time": "Some"}, EP2, lang="en", sig=SIG_EN, unchanged=True),
    k("ow24-en-owa-html-typed-under", "owa_html", "Rebecca Lindqvist",
      "Hello,\n\nI have typed my answers in blue in the form.",
      {"functions": "Chair", "time": "Much"}, EP2, lang="en", sig=SIG_EN,
      edits=[("add", "3. Functions",
              "Chair – but only until the new structure is in place in the spring"),
             ("add", "5. Time", "Much, now that the permit backlog is cleared")],
      note="HTML only; the pre-filled cross at Little was left, the typed line says Much"),
    k("ow24-en-outlook-ios-from-the-bus", "outlook_ios", "Sam Whitfield",
      "Quick one from the bus: drop Air, and I can't be secretary anymore - new baby in Feb. "
      "Rest as is.\n\nSam",
      {"interests": "Noise; EIA", "functions": ""}, EP1, lang="en", unchanged=True),
    k("ow24-en-outlook-android-terse-condition", "outlook_android", "Marcus Holm",
      "Noise + air, chair if nobody else wants it, 3 yrs, some time\n\nMarcus",
      {"interests": "Noise; Air", "experience": "3", "time": "Some"}, {}, lang="en",
      ask=["functions"], note="chair on condition of the others is asked"),
    k("ow24-en-iphone-miss-the-14th", "iphone", "Oliver Brandt",
      "Sorry, I'll miss the meeting on the 14th. Put me down for little time until summer.\n\n"
      "Thanks\nOliver",
      {"time": "Little"}, EP1, lang="en", flagged=True, note="an absence for the chair"),
    k("ow24-en-outlook-mac-regional-network", "outlook_mac", "Fiona Reilly",
      "Hi,\n\nI've joined the regional climate adaptation network this autumn – not sure "
      "whether that counts as one of your groups? Experience: 16.",
      {"experience": "16"}, EP2, lang="en", sig=SIG_EN, ask=["groups"],
      note="a network that is not one of the group's"),
]
