"""The replies behind the answerable-email corpora, with the results expected, written by hand.

Actions: the member has actions 3 (due 7 March 2026), 5 (due 1 March, overdue) and 7 (due 6
March); today is 5 March 2026; ``actions: 1`` means only action 3. ``changes`` lists
[id, op(, new due date)] with op done / due / not_mine; ``notes`` the actions that get a note;
``chair`` whether anything goes to the chair. Proposals: ``items`` the titles added, ``chair``
whether part of the reply goes to the chair. Consultations: ``input`` the cleaned text kept,
``none`` a reply that says "no input".
"""

from __future__ import annotations


def c(lang: str, client: str, who: str, own: str, **expected: object) -> dict[str, object]:
    return {"lang": lang, "client": client, "who": who, "own": own, **expected}


ACTIONS = [
    c("da", "gmail", "mette", "3 er færdig.", changes=[["3", "done"]], chair=False),
    c("da", "outlook", "mette", "Hej Ida\n\nNr. 3 og 5 er done.", changes=[["3", "done"],
                                                                        ["5", "done"]],
      chair=False),
    c("da", "iphone", "mette", "Færdig med alle tre 👍",
      changes=[["3", "done"], ["5", "done"], ["7", "done"]], chair=False),
    c("da", "thunderbird", "mette", "5 udsættes til 1. juni",
      changes=[["5", "due", "2026-06-01"]], chair=False),
    c("en", "outlook", "tom", "Action 7 is done. Please push 5 to June 15.",
      changes=[["5", "due", "2026-06-15"], ["7", "done"]], chair=False),
    c("da", "apple", "mette", "Ny frist for 3: 20.03", changes=[["3", "due", "2026-03-20"]],
      chair=False),
    c("da", "gmail", "mette", "7 er ikke min – det er Jonas der har lokalebookingen.",
      changes=[["7", "not_mine"]], chair=True),
    c("da", "outlook_inline", "mette", "Se mine svar nedenfor.\n@3 Færdig\n@5 Udsæt en uge",
      changes=[["3", "done"], ["5", "due", "2026-03-12"]], chair=False),
    c("da", "owa_html", "mette", "Opgave 5 er klaret. Tak for påmindelsen!",
      changes=[["5", "done"]], chair=False),
    c("en", "gmail", "anna", "All done, thanks!",
      changes=[["3", "done"], ["5", "done"], ["7", "done"]], chair=False),
    c("da", "iphone", "mette", "Den er færdig. Jeg sendte udkastet til Søren i går.",
      actions=1, changes=[["3", "done"]], notes=["3"], chair=False),
    c("da", "outlook", "mette",
      "Jeg er ikke færdig med 3 endnu, men regner med at blive det i næste uge.",
      changes=[], notes=["3"], chair=False),
    c("da", "gmail", "mette", "Er nr. 7 ikke Jonas' opgave?", changes=[], chair=True),
    c("da", "thunderbird", "mette", "3: venter på tal fra Miljøstyrelsen\n5 er færdig",
      changes=[["5", "done"]], notes=["3"], chair=False),
    c("en", "outlook", "tom", "I'm almost done with 3.", changes=[], notes=["3"], chair=False),
    c("da", "apple", "mette", "Udsæt 3 og 7 til 1. april",
      changes=[["3", "due", "2026-04-01"], ["7", "due", "2026-04-01"]], chair=False),
    c("da", "gmail", "mette",
      "Hej Ida, jeg har talt med kommunen, og de vender tilbage i næste uge.", changes=[],
      chair=True),
    c("da", "outlook_original", "mette", "Tak for påmindelsen.", changes=[], chair=False),
    c("en", "iphone", "tom", "Done with 5. 7 is not mine, it belongs to Søren.",
      changes=[["5", "done"], ["7", "not_mine"]], chair=True),
    c("da", "owa_html", "mette", "Alle mine opgaver er færdige nu.",
      changes=[["3", "done"], ["5", "done"], ["7", "done"]], chair=False),
    c("da", "outlook_inline", "mette",
      "Hej\n@5 Kommunen har ikke svaret endnu, jeg rykker dem igen\n@7 Klaret",
      changes=[["7", "done"]], notes=["5"], chair=False),
    c("en", "thunderbird", "anna", "Could you move the deadline for 3 to 2 April?",
      changes=[], chair=True),
    c("da", "gmail", "mette", "Jeg bliver færdig med nr. 3 inden 13. marts.",
      changes=[["3", "due", "2026-03-13"]], chair=False),
    c("da", "outlook", "mette", "Færdig", actions=1, changes=[["3", "done"]], chair=False),
]

PROPOSALS = [
    c("da", "gmail", "mette",
      "Jeg foreslår et punkt om den nye PFAS-vejledning fra Miljøstyrelsen.",
      items=["Den nye PFAS-vejledning fra Miljøstyrelsen"], chair=False),
    c("da", "outlook", "bo", "Hej\n\nJeg har to punkter:\n- Støjklager fra varmepumper\n"
      "- Erfaringer med den nye affaldsbekendtgørelse",
      items=["Støjklager fra varmepumper", "Erfaringer med den nye affaldsbekendtgørelse"],
      chair=False),
    c("da", "iphone", "lise", "Nej tak", items=[], chair=False),
    c("da", "thunderbird", "hans", "Kan vi tage jordforurening på Vestegnen op?",
      items=["Jordforurening på Vestegnen"], chair=False),
    c("en", "outlook", "tom", "I'd like to discuss the new wastewater rules.",
      items=["The new wastewater rules"], chair=False),
    c("en", "gmail", "anna", "Nothing from me this time, thanks!", items=[], chair=False),
    c("da", "owa_html", "karen", "Forslag: Fælles skabelon for påbud om støjmålinger",
      items=["Fælles skabelon for påbud om støjmålinger"], chair=False),
    c("da", "apple", "mette", "1. PFAS i drikkevand\n2. Tilsynskampagne 2026",
      items=["PFAS i drikkevand", "Tilsynskampagne 2026"], chair=False),
    c("da", "gmail", "jonas", "Hvornår er mødet?", items=[], chair=True),
    c("da", "outlook_original", "bo",
      "Tak for påmindelsen. Kunne vi få et punkt om VVM-screeninger på næste møde?",
      items=["VVM-screeninger"], chair=False),
    c("en", "iphone", "tom", "Please add an item on noise from heat pumps.",
      items=["Noise from heat pumps"], chair=False),
    c("da", "outlook", "karen", "Affaldsplanen 2026", items=["Affaldsplanen 2026"],
      chair=False),
    c("da", "gmail", "lise", "Jeg vil gerne have et punkt om erfaringer med digitale tilsyn. "
      "Vi har prøvet det i Vejle, og det gik godt.",
      items=["Erfaringer med digitale tilsyn"], chair=False),
    c("da", "thunderbird", "hans", "Ingen punkter fra mig denne gang.", items=[], chair=False),
    c("da", "gmail", "mette", "Jeg foreslår et punkt om jordflytning.\n\nOg så vil jeg gerne "
      "høre, om andre har erfaring med de nye regler for minivådområder.",
      items=["Jordflytning"], chair=True),
    c("en", "outlook", "anna", "Two items from me:\n* Update on the PFAS survey\n"
      "* Budget for the autumn seminar",
      items=["Update on the PFAS survey", "Budget for the autumn seminar"], chair=False),
    c("da", "iphone", "bo", "Jeg har ikke nogen punkter, men god fornøjelse med mødet!",
      items=[], chair=False),
    c("da", "owa_html", "karen",
      "Hej alle\n\nJeg vil gerne foreslå:\n- Status på kortlægning af PFAS-forurenede grunde"
      "\n\nMvh Karen", items=["Status på kortlægning af PFAS-forurenede grunde"], chair=False),
    c("da", "apple", "lise", "Kunne vi drøfte samarbejdet med regionen om jordforurening?",
      items=["Samarbejdet med regionen om jordforurening"], chair=False),
]

_LONG = ("Vi bør påpege, at grænseværdien for PFAS i jord i afsnit 3 ikke er begrundet.\n\n"
         "Desuden mangler der en overgangsordning for igangværende sager.")

CONSULTATIONS = [
    c("da", "gmail", "mette", "Hej Søren\n\n" + _LONG, input=_LONG),
    c("da", "outlook", "bo", "Vi har gode erfaringer med prøvetagning efter den gamle "
      "vejledning. Afsnit 5 bør ikke ændres.", input="Vi har gode erfaringer med prøvetagning "
      "efter den gamle vejledning. Afsnit 5 bør ikke ændres."),
    c("da", "iphone", "lise", "Husk bilag 2 om analysemetoder", input="Husk bilag 2 om "
      "analysemetoder"),
    c("da", "thunderbird", "hans", "Kommunerne får svært ved at føre tilsyn uden flere "
      "ressourcer.", input="Kommunerne får svært ved at føre tilsyn uden flere ressourcer."),
    c("da", "owa_html", "karen", "Hej\n\nTo ting:\n- Definitionen af \"kraftigt forurenet\" er "
      "uklar\n- Tidsfristen på 3 måneder er for kort",
      input="To ting:\n- Definitionen af \"kraftigt forurenet\" er uklar\n- Tidsfristen på 3 "
      "måneder er for kort"),
    c("da", "gmail", "mette", "Nej tak, ingen bemærkninger fra mig.", input="Nej tak, ingen "
      "bemærkninger fra mig.", none=True),
    c("en", "outlook", "tom", "Section 4 should mention groundwater monitoring.",
      input="Section 4 should mention groundwater monitoring."),
    c("en", "gmail", "anna", "Hi Søren,\n\nNo comments from me.", input="No comments from me.",
      none=True),
    c("da", "outlook_original", "bo", "Jeg er enig i høringsudkastet, men vi bør bede om en "
      "vejledning til borgerne.", input="Jeg er enig i høringsudkastet, men vi bør bede om en "
      "vejledning til borgerne."),
    c("da", "apple", "lise", "Kære Søren\n\nEt par bemærkninger:\n\n1. Afsnit 2.3 er uklart.\n"
      "2. Eksemplerne i bilag 1 er forældede.",
      input="Et par bemærkninger:\n\n1. Afsnit 2.3 er uklart.\n2. Eksemplerne i bilag 1 er "
      "forældede."),
    c("en", "iphone", "tom", "Agree with the draft. Nothing to add.",
      input="Agree with the draft. Nothing to add."),
    c("da", "thunderbird", "karen", "Intet fra mig denne gang.",
      input="Intet fra mig denne gang.", none=True),
    c("da", "gmail", "hans", "Godmorgen\n\nVi har en sag fra 2024, hvor netop "
      "grænseværdien var til diskussion. Jeg kan sende afgørelsen, hvis det er relevant.",
      input="Vi har en sag fra 2024, hvor netop grænseværdien var til diskussion. Jeg kan "
      "sende afgørelsen, hvis det er relevant."),
    c("da", "owa_html", "bo", "Vi bør bakke op om forslaget om en fælles database.",
      input="Vi bør bakke op om forslaget om en fælles database."),
    c("en", "apple", "anna", "Two points:\n\n- the definition of 'contaminated' in section 1 is "
      "too broad\n- the deadline for remediation plans should be 12 months, not 6",
      input="Two points:\n\n- the definition of 'contaminated' in section 1 is too broad\n- the "
      "deadline for remediation plans should be 12 months, not 6"),
    c("da", "outlook", "mette", "Jeg synes, vi skal nævne, at kortlægningen tager tid.\n\n"
      "Kh Mette", input="Jeg synes, vi skal nævne, at kortlægningen tager tid."),
]
