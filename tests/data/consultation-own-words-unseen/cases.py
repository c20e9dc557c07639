# ruff: noqa: E501
"""UNSEEN own-words consultation replies; conventions as tests/data/consultation-own-words."""

SIG = """Med venlig hilsen

Mette Lindholt
Biolog
Team Jord og Grundvand
Eksempel Kommune
Direkte tlf.: 00 00 00 00
E-mail: mette.lindholt@example.org

Denne e-mail kan indeholde fortrolige oplysninger. Læs om hvordan vi behandler dine personoplysninger på www.example.org/databeskyttelse"""

CASES = [
    {"id": "cu-da-outlook-bullets-sig-gdpr", "client": "outlook",
     "own": "Hej Søren\n\nMine input:\n• Afsnit 3.2 bør nævne diffus forurening\n• Prøvetagningsskemaet mangler en rubrik til dybde\n• Tak for et godt udkast i øvrigt\n\n" + SIG,
     "input": "Mine input:\n• Afsnit 3.2 bør nævne diffus forurening\n• Prøvetagningsskemaet mangler en rubrik til dybde\n• Tak for et godt udkast i øvrigt"},
    {"id": "cu-da-iphone-ingen-kommentarer", "client": "iphone",
     "own": "Ingen kommentarer fra Eksempel Kommune", "input": "Ingen kommentarer fra Eksempel Kommune",
     "none": True},
    {"id": "cu-da-gmail-two-paras-phone", "client": "gmail",
     "own": "Vi mener, at kravet om analyse for 22 PFAS-forbindelser bør gælde alle sager, ikke kun de store.\n\nDerudover bør afsnit 8 henvise til den nye drikkevandsbekendtgørelse.\n\nMette Lindholt\n00 00 00 00",
     "input": "Vi mener, at kravet om analyse for 22 PFAS-forbindelser bør gælde alle sager, ikke kun de store.\n\nDerudover bør afsnit 8 henvise til den nye drikkevandsbekendtgørelse."},
    {"id": "cu-da-owa-html-nej-tak", "client": "owa_html",
     "own": "Nej tak, intet at tilføje.\n\n" + SIG, "input": "Nej tak, intet at tilføje.", "none": True},
    {"id": "cu-da-thunderbird-numbered-sigdash", "client": "thunderbird",
     "own": "1) Definitionen i afsnit 1 er for bred\n2) Der mangler et afsnit om klagevejledning\n\n-- \nMette Lindholt\nEksempel Kommune, Teknik og Miljø\nTlf. 00 00 00 00",
     "input": "1) Definitionen i afsnit 1 er for bred\n2) Der mangler et afsnit om klagevejledning"},
    {"id": "cu-en-apple-input-sig", "client": "apple_mail", "lang": "en",
     "own": "Dear Søren,\n\nSection 5 should state who pays for the extra samples.\n\nBest regards\nMette Lindholt\nSenior Advisor, Example Municipality\nT: +45 00 00 00 00\n\nSent from my iPad",
     "input": "Section 5 should state who pays for the extra samples."},
]
