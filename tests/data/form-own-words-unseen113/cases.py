# ruff: noqa: E501  (the members' own lines, as they wrote them)
"""Unseen part 113 of the own-words form replies: a round answered by question number or label
('1: ...', 'Tid - lidt', 'Q3 same'), in bullet lists, in tables pasted from Word, one line per
question, out of order or skipping questions. By hand, blind; people invented, at example.org."""

from html import escape

from common import E1, E2, S1, S2, S3, S4, SIG_EN, SIG_KOMMUNE, SIG_SHORT, c


def word_table(before: list[str], rows: list[tuple[str, str]], after: list[str]) -> str:
    """The own part as Outlook's HTML sends a table pasted from Word (MsoTableGrid)."""
    def p(line: str) -> str:
        return f'<p class="MsoNormal">{escape(line, quote=False) or "&nbsp;"}</p>\n'

    cells = "".join(
        '<tr>' + "".join(
            f'<td width="227" valign="top" style="width:170.1pt;border:solid windowtext 1.0pt;'
            f'padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal">{escape(v, quote=False)}</p></td>'
            for v in row) + '</tr>\n' for row in rows)
    table = ('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" '
             'style="border-collapse:collapse;border:none">\n<tbody>\n' + cells
             + '</tbody>\n</table>\n')
    return "".join(p(x) for x in before) + table + "".join(p(x) for x in after)


AMALIE_BEFORE = ["Hej", "", "Jeg har sat mine svar ind i en tabel, håber det er ok.", ""]
AMALIE_ROWS = [
    ("Spørgsmål", "Svar"),
    ("1. Interesser", "Spildevand, Luft, Klima, IE-direktivet"),
    ("2. Grupper", "Begge"),
    ("3. Funktioner", "Sekretær"),
    ("4. Erfaring", "4"),
    ("5. Tid", "Nogen"),
    ("6. Andet", "Jeg er fastansat fra 1. januar, så barselsvikariatet kan slettes"),
]
AMALIE_AFTER = ["", *SIG_SHORT.replace("{name}", "Amalie Krogh").split("\n")]

GEORGE_BEFORE = ["Hello,", "", "Please find my answers below.", ""]
GEORGE_ROWS = [
    ("Question", "Answer"),
    ("Interests", "Wastewater, noise, odour (mostly farm complaints)"),
    ("Time", "Some"),
    ("Experience", "20"),
]
GEORGE_AFTER = ["", *SIG_EN.replace("{name}", "George Whitfield").split("\n")]


def tab_text(before: list[str], rows: list[tuple[str, str]], after: list[str]) -> str:
    """The same table as Outlook writes it in the text/plain part: cells separated by tabs."""
    return "\n".join([*before, *("\t".join(r) for r in rows), *after])


CASES = [
    # ---------------------------------------------------------------- Danish form
    c("ow113-da-outlook-nummereret-plus-jord", "outlook", "Lene Bruun", """Hej

1. PFAS og Støj som før, plus Jord
2. uændret
3. Sekretær – men gerne også høringstovholder
4. 13
5. Nogen

Mvh Lene""",
      {"interesser": "PFAS; Støj; Jord", "funktioner": "Høringstovholder; Sekretær",
       "erfaring": "13", "tid": "Nogen"}, S1,
      note="Answers by number for 1-5; '2. uændret' keeps the sent group (nothing recorded). "
           "Not 'unchanged' for the whole form: she answers every question but Andet herself."),

    c("ow113-da-gmail-labels-kolon", "gmail", "Søren Kragh", """Hej tovholder

Intresser: PFAS, Affald, spildevnd
Grupper: Netværk for miljøtilsyn
Funktioner: ingen i år, jeg har nok at se til
Erfaring: 9
Tid: Lidt

Andet: Arbejder 30 timer om ugen fra februar

Hilsen
Søren Kragh""",
      {"interesser": "PFAS; Spildevand; Affald", "grupper": "Netværk for miljøtilsyn",
       "funktioner": "", "erfaring": "9", "tid": "Lidt",
       "andet": "Arbejder 30 timer om ugen fra februar"}, S4,
      note="Typos 'Intresser' and 'spildevnd' read as Interesser/Spildevand. 'ingen i år' removes "
           "Høringstovholder."),

    c("ow113-da-iphone-nummer-meget", "iphone", "Henrik Vestergaard", """5. Meget – har fået færre sager efter omorganiseringen
4. 21
Resten som sidst""",
      {"tid": "Meget", "erfaring": "21"}, S3, unchanged=True),

    c("ow113-da-outlook-word-tabel", "outlook", "Amalie Krogh",
      tab_text(AMALIE_BEFORE, AMALIE_ROWS, AMALIE_AFTER),
      {"interesser": "Spildevand; Luft; Klima; IE-direktivet",
       "grupper": "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS", "funktioner": "Sekretær",
       "erfaring": "4", "tid": "Nogen",
       "andet": "Jeg er fastansat fra 1. januar, så barselsvikariatet kan slettes"}, S2,
      own_rich=word_table(AMALIE_BEFORE, AMALIE_ROWS, AMALIE_AFTER),
      note="A two-column table pasted from Word (HTML table; tabs in the plain part). 'Begge' "
           "under Grupper = both groups (as sent). Andet replaces 'Barselsvikar til juni' with her "
           "own words from the Andet row."),

    c("ow113-da-owa-punktliste-ret", "owa", "Birgitte Lund", """Hej,

Mine rettelser:
• Interesser: fjern Støj, tilføj Luft
• Funktioner: ikke sekretær længere
• Tid: lidt

Ellers er alt som før.

Kh Birgitte""",
      {"interesser": "PFAS; Luft", "funktioner": "", "tid": "Lidt"}, S1, unchanged=True),

    c("ow113-da-thunderbird-ude-af-orden", "thunderbird", "Mikkel Skov", """Hej

5: Meget (ny stilling med tid afsat til netværksarbejde)
1: PFAS, Affald, Power-to-X
4: 11 år

Spg. 2 og 3: ingen ændringer

/Mikkel""",
      {"tid": "Meget", "interesser": "PFAS; Affald; Power-to-X", "erfaring": "11"}, S4,
      note="Out of order. He says 2 and 3 are unchanged by number, not 'the rest', so unchanged "
           "is false (the records are the same either way)."),

    c("ow113-da-android-en-linje", "android", "Maja Thomsen",
      "Interesser: støj og luft. Grupper: ingen endnu. Funktioner: ingen. Erfaring: to år. "
      "Tid: nogen",
      {"interesser": "Støj; Luft", "grupper": "", "funktioner": "", "erfaring": "2",
       "tid": "Nogen"}, {},
      note="New member, nothing pre-filled; all on one line. 'ingen (endnu)' recorded as the empty "
           "set."),

    c("ow113-da-outlook-prefix-kun-3-og-6", "outlook_prefix", "Jesper Olesen", """Hej igen

Jeg har kun ændringer til 3 og 6:

3) Sekretær: nej tak, det har jeg været i 4 år, nu må en anden tage over. Høringstovholder vil jeg gerne prøve.
6) Andet: Jeg har fået ny titel – miljøkoordinator – hvis det skal stå nogen steder

Mvh Jesper Olesen""",
      {"funktioner": "Høringstovholder",
       "andet": "Jeg har fået ny titel – miljøkoordinator – hvis det skal stå nogen steder"}, S1,
      note="'4 år' is inside the answer to 3 (years as secretary), not Erfaring. Skipped questions "
           "keep the sent values; 'kun ændringer til 3 og 6' is not 'the rest is as before' in "
           "words, so unchanged is false."),

    c("ow113-da-gmail-android-tid-lidt", "gmail_android", "Camilla Nørgaard", """Tid - lidt
Grupper - kun netværket, har meldt mig ud af pfas gruppen
Ellers uændret 👍""",
      {"tid": "Lidt", "grupper": "Netværk for miljøtilsyn"}, S2, unchanged=True),

    c("ow113-da-apple-mail-tabel-mellemrum", "apple_mail", "Karina Holm", """Hej Tovholder,

Her er mine svar (kopieret fra vores interne oversigt):

Spørgsmål      Svar
Erfaring       8 år
Tid            Nogen
Interesser     PFAS, Affald, Jord (ny: jordforurening)
Grupper        Netværk for miljøtilsyn
Funktioner     Høringstovholder

PS: Bliver skemaet delt med de andre kommuner, eller er det kun internt i gruppen?

Venlig hilsen
Karina Holm""",
      {"erfaring": "8", "tid": "Nogen", "interesser": "PFAS; Affald; Jord",
       "grupper": "Netværk for miljøtilsyn", "funktioner": "Høringstovholder"}, S4,
      flagged=True,
      note="A table aligned with spaces, in her own order. The PS is a question about the form "
           "for the chair (flagged, no question id)."),

    c("ow113-da-outlook-ios-samme", "outlook_ios", "Kasper Dam", """1 samme
2 samme
3 samme
4 - 15 år
5 - meget

Vh Kasper""",
      {"erfaring": "15", "tid": "Meget"}, S1,
      note="'samme' per question keeps the sent values; not a general 'rest as before'."),

    c("ow113-da-owa-html-skrevet-i-skemaet-afbud", "owa_html", "Jonas Friis", """Hej

Jeg har skrevet i skemaet nedenfor.

Jeg kan i øvrigt ikke deltage i mødet den 14. januar – vi har byrådsmøde.

Venlig hilsen
Jonas Friis""",
      {"erfaring": "4", "andet": "Vikariatet er forlænget til december"}, S2, flagged=True,
      edits=[("add", "4. Erfaring", "4 år nu"),
             ("add", "6. Andet", "Vikariatet er forlænget til december")],
      note="Typed under questions 4 and 6 inside the quoted form (the old 'Svar: 3' and "
           "'Svar: Barselsvikar til juni' lines stay below). The meeting absence is for the chair."),

    c("ow113-da-iphone-grundvand-ask", "iphone", "Louise Berg", """Interesser: PFAS, affald og grundvandsbeskyttelse
Tid: nogen
resten som før""",
      {"interesser": "PFAS; Affald", "tid": "Nogen"}, S4, ask=["interesser"], unchanged=True,
      note="Grundvandsbeskyttelse is no option (not obviously Jord or PFAS): PFAS and Affald "
           "recorded, the rest passed on."),

    c("ow113-da-thunderbird-bottom-kryds", "thunderbird_bottom", "Grethe Mikkelsen",
      """Har rettet direkte i skemaet. VVM-sagerne er flyttet til planafdelingen, og jeg har fået støj i stedet

Hilsen Grethe""",
      {"interesser": "Affald; Støj; Jord", "erfaring": "22"}, S3,
      edits=[("set", "[ ] Støj", "[x] Støj"), ("set", "[x] VVM", "[ ] VVM"),
             ("set", "Svar: 20", "Svar: 22")],
      note="Bottom-posted; crosses moved in the quote (Støj in, VVM out) and 20 changed to 22."),

    c("ow113-da-outlook-mac-raekkefoelge-forklaring", "outlook_mac", "Sofie Lindberg", """Kære tovholder

Tak for skemaet. Jeg svarer bare i rækkefølge:

1. Jeg sidder primært med spildevand og klimatilpasning, og lidt VVM når der er store projekter.
2. Ingen af dem pt., men jeg vil gerne med i tilsynsnetværket.
3. Sekretær kunne jeg godt, formand nej tak.
4. Seks år i kommunen, før det tre år i et rådgivningsfirma.
5. Nok lidt til nogen – det afhænger af foråret.

""" + SIG_KOMMUNE,
      {"interesser": "Spildevand; Klima; VVM", "funktioner": "Sekretær"}, {},
      ask=["grupper", "erfaring", "tid"],
      note="Klimatilpasning -> Klima; 'lidt VVM' is VVM (the 'lidt' is not Tid). Grupper: none "
           "now but wants to join the network - for the chair. Erfaring: 6 or 9 years - asked. "
           "Tid: a range - asked."),

    c("ow113-da-gmail-nyt-job-farvel", "gmail", "Trine Mølgaard", """Hej alle sammen

Jeg skal desværre sige farvel – jeg er startet i et nyt job i Region Syddanmark pr. 1. februar og stopper derfor i gruppen. Så I kan bare slette mig af skemaet.

Tak for mange gode møder!

Kh Trine Mølgaard""",
      {}, S1, flagged=True,
      note="Leaving the group: nothing recorded on the form, passed on to the chair."),

    c("ow113-da-outlook-android-ae-oe", "outlook_android", "Bo Kjær", """Interesser: stoej og affald (ikke PFAS mere)
Tid: meget
Erfaring: 9
Ellers uaendret

Bo""",
      {"interesser": "Affald; Støj", "tid": "Meget", "erfaring": "9"}, S4, unchanged=True),

    c("ow113-da-apple-forward-lighedstegn", "apple_forward", "Dorthe Winther", """Videresender med mine svar:
Interesser = Affald, Jord, VVM, Klima
Funktioner = kun høringstovholder
Tid = lidt (som før)""",
      {"interesser": "Affald; Jord; Klima; VVM", "funktioner": "Høringstovholder", "tid": "Lidt"},
      S3, note="'kun høringstovholder' removes Formand."),

    c("ow113-da-owa-engelsk-paa-dansk-skema", "owa", "Lukas Becker", """Hi,

Sorry for answering in English.
Q1: Wastewater, Air, Climate - same as before
Q2: only the PFAS group now
Q4: 5
Q5: Some

Best,
Lukas Becker""",
      {"interesser": "Spildevand; Luft; Klima", "grupper": "Arbejdsgruppe om PFAS",
       "erfaring": "5", "tid": "Nogen"}, S2,
      note="English on the Danish form, recorded in the Danish option spellings. Q3 and Q6 "
           "skipped (keep sent)."),

    c("ow113-da-iphone-tak-efter-jul", "iphone", "Anders Holt", "Tak 🙂 kigger på det efter jul",
      {}, S1, note="Nothing about the form yet."),

    c("ow113-da-thunderbird-ad-pension", "thunderbird", "Niels Ravn", """Hej

Ad 4: seksogtyve år nu, tiden går
Ad 5: stadig lidt
Ad 1: tilføj Power-to-X, vi har fået to anlæg i kommunen

Resten står ved magt.

PS. Jeg går på pension til sommer, så I må hellere finde en ny formand til efteråret.

Hilsen
Niels Ravn""",
      {"erfaring": "26", "tid": "Lidt", "interesser": "Affald; Jord; VVM; Power-to-X"},
      {"interesser": "Affald; Jord; VVM", "grupper": "Netværk for miljøtilsyn",
       "funktioner": "Formand", "erfaring": "25", "tid": "Lidt"},
      unchanged=True, flagged=True,
      note="'to anlæg' is not Erfaring. Retiring next summer (and a new chair needed) is for the "
           "chair; Funktioner stays Formand for now."),

    c("ow113-da-android-alt-undtagen", "android", "Rasmus Iversen", """1: alt undtagen IE og power to x
2: netværket
3: -
4: 30+
5: Nogen
6: ny i gruppen, kommer fra Aarhus Kommune""",
      {"interesser": "PFAS; Spildevand; Affald; Støj; Luft; Jord; Klima; VVM",
       "grupper": "Netværk for miljøtilsyn", "tid": "Nogen",
       "andet": "ny i gruppen, kommer fra Aarhus Kommune"}, {}, ask=["erfaring"],
      note="'alt undtagen IE og power to x' = all areas but IE-direktivet and Power-to-X. "
           "'netværket' is the only network. '3: -' records nothing (nothing was sent). '30+' is "
           "no exact number - asked. Line 6 answers Andet by its number, so it is recorded."),

    c("ow113-da-outlook-orlov", "outlook", "Nanna Poulsen", """Hej Miljønetværk

Jeg går på forældreorlov fra 1. februar til 1. september, så jeg har ikke meget tid til gruppen i den periode.

Tid: lidt (i hvert fald indtil efteråret)
Funktioner: ingen
Andet: Forældreorlov feb.–aug.

Resten er som det står.

""" + SIG_KOMMUNE,
      {"tid": "Lidt", "funktioner": "", "andet": "Forældreorlov feb.–aug."}, S2, unchanged=True,
      note="The leave is what she herself puts under Andet (replacing 'Barselsvikar til juni') "
           "and Tid; nothing outside the questions, so not flagged. 'ikke meget tid' in the "
           "sentence is not the Tid answer - her 'Tid: lidt' is."),

    c("ow113-da-gmail-android-formand-hvis", "gmail_android", "Helle Brandt", """3: formand hvis Henrik ikke vil fortsætte, ellers bare høringstovholder
4: 8
resten ok""",
      {"funktioner": "Høringstovholder", "erfaring": "8"}, S4, ask=["funktioner"],
      unchanged=True,
      note="Formand only on a condition about someone else - passed on; Høringstovholder is "
           "certain (as sent)."),

    # ---------------------------------------------------------------- English form
    c("ow113-en-outlook-numbered-noise", "outlook", "Rachel Moore", """Hi,

1. Air, Climate, and Noise since I took over the noise complaints
2. Inspection network only – I left the PFAS group in the autumn
3. Secretary if needed
4. 12
5. Some

Thanks,

""" + SIG_EN,
      {"interests": "Noise; Air; Climate", "groups": "Inspection network",
       "functions": "Secretary", "experience": "12", "time": "Some"}, E2, lang="en",
      note="'Secretary if needed' is an offer to take it on: recorded."),

    c("ow113-en-gmail-q-same", "gmail", "Tom Harris", """Q1 same
Q2 same
Q3 same, but I'd like to hand over the chair after the spring meeting - can we talk about that?
Q4 21
Q5 Little

Cheers
Tom""",
      {"experience": "21", "time": "Little"}, E1, lang="en", ask=["functions"],
      note="Chair stays for now, but he wants to hand it over and asks to talk: his words on Q3 "
           "go to the chair."),

    c("ow113-en-thunderbird-bottom-tabs", "thunderbird_bottom", "Anna Kowalski", """Hello,

Pasted from my notes:

Interests\tSoil, Waste, EIA
Groups\t–
Functions\tConsultation coordinator
Experience\tfive years
Time\tSome

Regards,
Anna Kowalski""",
      {"interests": "Waste; Soil; EIA", "functions": "Consultation coordinator",
       "experience": "5", "time": "Some"}, {}, lang="en",
      note="New member, bottom-posted, tab-separated lines. 'Groups –' records nothing (nothing "
           "sent)."),

    c("ow113-en-outlook-mac-html-bullets", "outlook_mac_html", "Mark Jensen", """Hi there,

Just a couple of updates:
- Time: little this spring (we are two people short in the team)
- Interests: please add PFAS
- Experience: unchanged

Everything else as before.
Mark""",
      {"time": "Little", "interests": "PFAS; Air; Climate"}, E2, lang="en", unchanged=True,
      note="'two people' is not experience; 'Experience: unchanged' keeps 10."),

    c("ow113-en-owa-absence", "owa", "Priya Raman", """Q5: some – a new project in the spring will take most of my time
Q4: 11

I won't be able to make the meeting on 20 January, sorry.
Rest as before.

Priya""",
      {"time": "Some", "experience": "11"}, E2, lang="en", unchanged=True, flagged=True,
      note="Meeting absence for the chair."),

    c("ow113-en-android-year-and-range", "android", "Daniel Okafor", """1) noise, air
2) inspection network
4) since 2015
5) some to much depending on season""",
      {"interests": "Noise; Air", "groups": "Inspection network"}, {}, lang="en",
      ask=["experience", "time"],
      note="A year instead of a number of years, and a range for time: both passed on."),

    c("ow113-en-gmail-android-no-longer-chair", "gmail_android", "Sarah Lindqvist",
      """Functions: no longer chair - happy to be secretary though
Other: going down to 80% from March
Rest unchanged""",
      {"functions": "Secretary", "other": "going down to 80% from March"}, E1, lang="en",
      unchanged=True),

    c("ow113-en-outlook-html-word-table-odour", "outlook_html", "George Whitfield",
      tab_text(GEORGE_BEFORE, GEORGE_ROWS, GEORGE_AFTER),
      {"interests": "Wastewater; Noise", "time": "Some", "experience": "20"}, E1, lang="en",
      ask=["interests"], own_rich=word_table(GEORGE_BEFORE, GEORGE_ROWS, GEORGE_AFTER),
      note="HTML-only Outlook with a table pasted from Word. Odour is no option: Wastewater and "
           "Noise recorded, interests passed on."),

    c("ow113-en-iphone-dansk-paa-engelsk", "iphone", "Hanne Frost", """Hej, svarer lige på dansk:
Interesser: spildevand og støj, samt luft
Tid: lidt
Resten uændret
/Hanne""",
      {"interests": "Wastewater; Noise; Air", "time": "Little"}, E1, lang="en", unchanged=True,
      note="Danish on the English form, recorded in the English option spellings."),
]
