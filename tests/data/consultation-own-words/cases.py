# ruff: noqa: E501
"""Own-words replies to the consultation notice, by hand and blind. `input`: the member's input
as the coordinator's draft should show it: no greeting to the coordinator, no sign-off,
signature, title, phone, address, disclaimer or device line; one paragraph per line of `input`
("\\n"; a blank line "\\n\\n" where the member left one), bullets kept as their own paragraphs with
the member's marker; a paragraph the client hard-wrapped is one paragraph. `none`: the member
says there is no input (then the draft gets nothing; `input` is their words, as in
../consultation-replies)."""

KOMMUNE_SIG = """Med venlig hilsen

Mette Lindholt
Miljømedarbejder, cand.techn.soc.
Natur, Miljø og Klima
Eksempel Kommune
Rådhustorvet 4, 9999 Eksempelby
Direkte: 00 00 00 00 | Mobil: 00 00 00 00
mette.lindholt@example.org | www.example.org"""

GDPR = """Denne e-mail kan indeholde fortrolige oplysninger og er kun beregnet for den adresserede modtager. Hvis du har modtaget e-mailen ved en fejl, bedes du straks underrette afsenderen og slette e-mailen.
Læs om hvordan vi behandler dine personoplysninger på www.example.org/persondata"""

CASES = [
    {"id": "co-da-outlook-sig-gdpr", "client": "outlook",
     "own": "Hej Søren\n\nAfsnit 4 om prøvetagning bør præcisere, hvor mange prøver der kræves pr. 100 m².\n\n" + KOMMUNE_SIG + "\n\n" + GDPR,
     "input": "Afsnit 4 om prøvetagning bør præcisere, hvor mange prøver der kræves pr. 100 m²."},
    {"id": "co-da-gmail-bullets", "client": "gmail",
     "own": "Hej Søren\n\nTre ting fra mig:\n- Grænseværdien i afsnit 3 mangler en begrundelse\n- Overgangsordningen for igangværende sager er uklar\n- Bilag 2 henviser til en ophævet bekendtgørelse\n\nVh Mette",
     "input": "Tre ting fra mig:\n- Grænseværdien i afsnit 3 mangler en begrundelse\n- Overgangsordningen for igangværende sager er uklar\n- Bilag 2 henviser til en ophævet bekendtgørelse"},
    {"id": "co-da-iphone-ingen-bemaerkninger", "client": "iphone",
     "own": "Ingen bemærkninger herfra", "input": "Ingen bemærkninger herfra", "none": True},
    {"id": "co-da-owa-html-intet-fra-os", "client": "owa_html",
     "own": "Intet fra os.\n\nMed venlig hilsen\nMette Lindholt\nEksempel Kommune",
     "input": "Intet fra os.", "none": True},
    {"id": "co-da-thunderbird-two-paragraphs-title", "client": "thunderbird",
     "own": "Vejledningen bør sige tydeligt, at kommunen kan stille krav om oprensning, også når forureningen er historisk.\n\nDet vil også være en hjælp med et eksempel på et påbud.\n\nMette Lindholt\nMiljøsagsbehandler\nTlf. 00 00 00 00",
     "input": "Vejledningen bør sige tydeligt, at kommunen kan stille krav om oprensning, også når forureningen er historisk.\n\nDet vil også være en hjælp med et eksempel på et påbud."},
    {"id": "co-da-outlook-prefix-bullets-dots", "client": "outlook_prefix",
     "own": "Input til høringen:\n\n• Afsnit 2: definitionen af 'lettere forurenet' bør følge jordflytningsbekendtgørelsen\n• Afsnit 5: der mangler en frist for kommunens afgørelse\n\nMvh\nMette\n\n" + GDPR,
     "input": "Input til høringen:\n\n• Afsnit 2: definitionen af 'lettere forurenet' bør følge jordflytningsbekendtgørelsen\n• Afsnit 5: der mangler en frist for kommunens afgørelse"},
    {"id": "co-da-apple-numbered", "client": "apple_mail",
     "own": "1. Skemaet i bilag 1 bør også findes som regneark.\n2. Vi savner en vejledning til borgerne.\n\nHilsen Mette\n\nSendt fra min iPad",
     "input": "1. Skemaet i bilag 1 bør også findes som regneark.\n2. Vi savner en vejledning til borgerne."},
    {"id": "co-da-outlook-ios-short-with-device", "client": "outlook_ios",
     "own": "Enig i udkastet, men tidsfristen i afsnit 6 er for kort.",
     "input": "Enig i udkastet, men tidsfristen i afsnit 6 er for kort."},
    {"id": "co-da-gmail-inline-nothing-but-thanks", "client": "gmail_inline",
     "own": "Tak for info – jeg har ingen kommentarer til den her.\n\nMette",
     "input": "Tak for info – jeg har ingen kommentarer til den her.", "none": True},
    {"id": "co-da-thunderbird-bottom-after-quote", "client": "thunderbird_bottom",
     "own": "Jeg vil foreslå, at vi beder om en overgangsperiode på mindst et år.\n\n-- \nMette Lindholt | Eksempel Kommune | 00 00 00 00",
     "input": "Jeg vil foreslå, at vi beder om en overgangsperiode på mindst et år."},
    {"id": "co-da-outlook-long-with-confidential-en", "client": "outlook",
     "own": "Hej Søren\n\nVi har i Eksempel Kommune haft gode erfaringer med at kræve en screening før jordflytning fra arealer med brandøvelser. Det bør vejledningen nævne som en mulighed.\n\nBilag 3 bør desuden opdateres med de nye analysemetoder.\n\nMed venlig hilsen / Kind regards\nMette Lindholt\nSpecialkonsulent\n\nCONFIDENTIALITY NOTICE: This e-mail may contain confidential information. If you are not the intended recipient, please delete it and notify the sender.",
     "input": "Vi har i Eksempel Kommune haft gode erfaringer med at kræve en screening før jordflytning fra arealer med brandøvelser. Det bør vejledningen nævne som en mulighed.\n\nBilag 3 bør desuden opdateres med de nye analysemetoder."},
    {"id": "co-en-outlook-bullets-sig", "client": "outlook_en", "lang": "en",
     "own": "Hi Søren,\n\nMy comments:\n- Section 3 should explain the limit value\n- The transition rules need a date\n\nKind regards\nMette Lindholt\nEnvironmental Officer | Example Municipality\nPhone +45 00 00 00 00\n\nThis email may contain confidential information. Read how we process your personal data at www.example.org/privacy",
     "input": "My comments:\n- Section 3 should explain the limit value\n- The transition rules need a date"},
    {"id": "co-en-gmail-no-comments", "client": "gmail", "lang": "en",
     "own": "No comments from me on this one.\n\nBest,\nMette",
     "input": "No comments from me on this one.", "none": True},
    {"id": "co-da-gmail-html-only-paragraphs", "client": "gmail_html",
     "own": "Hej Søren\n\nKortlægningen af PFAS ved brandøvelsespladser er ikke færdig i alle regioner, så fristen i afsnit 7 er urealistisk.\n\nVi foreslår 2029 i stedet for 2027.\n\nVenlig hilsen\nMette Lindholt\nTlf. 00 00 00 00",
     "input": "Kortlægningen af PFAS ved brandøvelsespladser er ikke færdig i alle regioner, så fristen i afsnit 7 er urealistisk.\n\nVi foreslår 2029 i stedet for 2027."},
]
