# ruff: noqa: E501  (corpus data as the blind writer wrote it: long reply lines stay whole)
"""Blind part 21 of the own-words form replies (issue 14): late replies of a reminder round in a
working group of municipal environment officers. Written by hand without reading the parser;
the answers are what a careful human secretary records. People invented, at example.org."""

from __future__ import annotations

from common import BOTH, E1, E2, S1, S2, S3, S4, SIG_EN, SIG_KOMMUNE, SIG_SHORT, c

LATE = "Tue, 08 Dec 2026 21:47:00 +0100"  # a week after the reminder
LATER = "Wed, 09 Dec 2026 06:52:00 +0100"

S5 = {"interesser": "Jord; Klima", "grupper": BOTH, "funktioner": "Sekretær", "erfaring": "6",
      "tid": "Nogen"}

_TABLE_DA = """<p class="MsoNormal">Hej</p>
<p class="MsoNormal">Beklager at det trak ud – jeg har lavet det som en lille tabel, så er det nemmere for mig:</p>
<p class="MsoNormal">&nbsp;</p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">
<tr><td width="160" valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal"><b>Spørgsmål</b></p></td>
<td width="420" valign="top" style="border:solid windowtext 1.0pt;border-left:none;padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal"><b>Mit svar</b></p></td></tr>
<tr><td width="160" valign="top" style="border:solid windowtext 1.0pt;border-top:none;padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal">Interesser</p></td>
<td width="420" valign="top" style="border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal">Affald, jord, VVM og nu også IE-direktivet (vi har fået tilsynet med de to store IE-virksomheder)</p></td></tr>
<tr><td width="160" valign="top" style="border:solid windowtext 1.0pt;border-top:none;padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal">Funktioner</p></td>
<td width="420" valign="top" style="border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal">Høringstovholder – ikke formand længere, det må en anden tage</p></td></tr>
<tr><td width="160" valign="top" style="border:solid windowtext 1.0pt;border-top:none;padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal">Erfaring</p></td>
<td width="420" valign="top" style="border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal">21</p></td></tr>
<tr><td width="160" valign="top" style="border:solid windowtext 1.0pt;border-top:none;padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal">Tid</p></td>
<td width="420" valign="top" style="border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal">Uændret</p></td></tr>
</table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Med venlig hilsen</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Gitte Lauridsen</p>
<p class="MsoNormal">Miljømedarbejder</p>
<p class="MsoNormal">Natur og Miljø | Eksempel Kommune</p>
<p class="MsoNormal">Tlf. 00 00 00 00</p>
"""
_TABLE_DA_TEXT = """Hej
Beklager at det trak ud – jeg har lavet det som en lille tabel, så er det nemmere for mig:
Spørgsmål | Mit svar
Interesser | Affald, jord, VVM og nu også IE-direktivet (vi har fået tilsynet med de to store IE-virksomheder)
Funktioner | Høringstovholder – ikke formand længere, det må en anden tage
Erfaring | 21
Tid | Uændret
Med venlig hilsen
Gitte Lauridsen"""

_BULLETS_DA = """<div style="font-family:Aptos,Aptos_EmbeddedFont,Aptos_MSFontService,Calibri,Helvetica,sans-serif;font-size:12pt;color:rgb(0,0,0)">Hej gruppe</div>
<div style="font-family:Aptos,Aptos_EmbeddedFont,Aptos_MSFontService,Calibri,Helvetica,sans-serif;font-size:12pt;color:rgb(0,0,0)">Her kommer mine rettelser, sent men godt:</div>
<ul style="margin-top:0;margin-bottom:0">
<li style="font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:12pt;color:rgb(0,0,0)"><div role="presentation">Interesser: affald og jord. VVM er flyttet over til planafdelingen pr. 1/11</div></li>
<li style="font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:12pt;color:rgb(0,0,0)"><div role="presentation">Funktioner: jeg stopper som høringstovholder. Formand fortsætter jeg gerne som</div></li>
<li style="font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:12pt;color:rgb(0,0,0)"><div role="presentation">Erfaring: 20 → 21</div></li>
<li style="font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:12pt;color:rgb(0,0,0)"><div role="presentation">Tid: nogen</div></li>
</ul>
<div style="font-family:Aptos,Aptos_EmbeddedFont,Aptos_MSFontService,Calibri,Helvetica,sans-serif;font-size:12pt;color:rgb(0,0,0)"><br></div>
<div style="font-family:Aptos,Aptos_EmbeddedFont,Aptos_MSFontService,Calibri,Helvetica,sans-serif;font-size:12pt;color:rgb(0,0,0)">Hilsen Torben</div>
<div id="Signature"><div style="font-family:Calibri,Arial,Helvetica,sans-serif;font-size:10pt;color:rgb(96,96,96)">Torben Kjær | Miljøingeniør | Eksempel Kommune | 00 00 00 00</div></div>
"""
_BULLETS_DA_TEXT = """Hej gruppe
Her kommer mine rettelser, sent men godt:
- Interesser: affald og jord. VVM er flyttet over til planafdelingen pr. 1/11
- Funktioner: jeg stopper som høringstovholder. Formand fortsætter jeg gerne som
- Erfaring: 20 → 21
- Tid: nogen
Hilsen Torben"""

_TABLE_EN = """<div style="font-family:Calibri,sans-serif;font-size:11pt">Hi,</div>
<div style="font-family:Calibri,sans-serif;font-size:11pt"><br></div>
<div style="font-family:Calibri,sans-serif;font-size:11pt">Apologies for the delay. My updates:</div>
<div style="font-family:Calibri,sans-serif;font-size:11pt"><br></div>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-family:Calibri,sans-serif;font-size:11pt">
<tr><th style="text-align:left">Question</th><th style="text-align:left">Answer</th></tr>
<tr><td>Interests</td><td>Wastewater, noise, and now air as well since we took over the asphalt plants</td></tr>
<tr><td>Functions</td><td>Happy to stay on as chair</td></tr>
<tr><td>Time</td><td>A bit less this year, so little</td></tr>
</table>
<div style="font-family:Calibri,sans-serif;font-size:11pt"><br></div>
<div style="font-family:Calibri,sans-serif;font-size:11pt">Best,<br>Niels Brandt<br>Environmental Officer, Example Municipality</div>
"""
_TABLE_EN_TEXT = """Hi,
Apologies for the delay. My updates:
Question | Answer
Interests | Wastewater, noise, and now air as well since we took over the asphalt plants
Functions | Happy to stay on as chair
Time | A bit less this year, so little
Best,
Niels Brandt"""

_BIRGIT_ROWS = [("Fra", "Miljønetværkets tovholder <gruppe+k3f9a-2b7dq-8c1e5f0a9b3d4e6f@example.org>"),
                ("Sendt", "tirsdag den 1. december 2026 09.14"),
                ("Til", "Birgit Holm <birgit.holm@example.org>"),
                ("Emne", "Påmindelse: kompetenceskema 2026")]

CASES = [
    # --- Danish form ------------------------------------------------------------------------
    c("ow21-da-iphone-sent-fra-kursus", "iphone", "Rasmus Vestergaard",
      "Undskyld det sene svar, jeg har været på kursus hele sidste uge.\n"
      "Jeg arbejder mest med spildevand og jord - lidt med klima også når det handler om "
      "skybrud.\n11 år i kommunen.\nTid: nogen",
      {"interesser": "Spildevand; Jord; Klima", "erfaring": "11", "tid": "Nogen"},
      reminder=True, date=LATE,
      note="'lidt med klima' qualifies Klima, it is not the time answer"),

    c("ow21-da-outlook-html-tabel", "outlook_html", "Gitte Lauridsen", _TABLE_DA_TEXT,
      {"interesser": "Affald; Jord; VVM; IE-direktivet", "funktioner": "Høringstovholder",
       "erfaring": "21"}, sent=S3, own_rich=_TABLE_DA, reminder=True,
      note="HTML-only Outlook, answers in a table; 'Tid: Uændret' keeps Lidt"),

    c("ow21-da-gmail-kun-to-spoergsmaal", "gmail", "Helle Bach",
      "Hej\n\nJeg har kun lige nået at kigge på de to sidste spørgsmål: sæt mig ned til lidt tid, "
      "jeg går på nedsat tid fra januar. Og erfaringen er nu 13 år.\n\n"
      "Resten vender jeg tilbage med.\n\n" + SIG_SHORT,
      {"tid": "Lidt", "erfaring": "13"}, sent=S1, reminder=True,
      note="partial answer; the rest is not said to be unchanged"),

    c("ow21-da-owa-dagsordenspunkt", "owa", "Lone Sørensen",
      "Hej\n\nSkemaet: ellers som sidst, men skriv 9 års erfaring og tilføj støj – vi har fået "
      "alle klagerne over vindmøllerne.\n\nOg så et ønske til næste møde: kan vi tage et punkt om "
      "de nye regler for jordflytning? Det fylder meget hos os for tiden.\n\nVh Lone",
      {"interesser": "PFAS; Affald; Støj", "erfaring": "9"}, sent=S4, unchanged=True,
      flagged=True, reminder=True,
      note="agenda wish for the chair; 'fylder meget' is not the time answer"),

    c("ow21-da-android-afbud-og-svar", "android", "Kasper Lund",
      "Hej. Kan ikke deltage i mødet d. 14. pga. vores tilsynskampagne. Mine svar: PFAS og "
      "Power-to-X (vi har fået to anlæg), Arbejdsgruppe om PFAS, 4 år.\nMvh Kasper",
      {"interesser": "PFAS; Power-to-X", "grupper": "Arbejdsgruppe om PFAS", "erfaring": "4"},
      flagged=True, reminder=True, date=LATE,
      note="absence from a meeting; 'tilsynskampagne' is no group, 'to anlæg' no experience"),

    c("ow21-da-outlook-kollegas-postkasse", "outlook", "Ole Dam",
      "Hej\n\nBirgit er på barsel til august og har bedt mig svare på skemaet for hende: hun vil "
      "gerne blive stående i netværket for miljøtilsyn, men har ikke tid til meget andet end det "
      "i år.\n\nMvh Ole (kollega til Birgit)\n\n" + SIG_KOMMUNE.replace("{name}", "Ole Dam"),
      {}, sent=S5, form_for="Birgit Holm", outer_rows=_BIRGIT_ROWS, ask=["grupper", "tid"],
      reminder=True,
      note="a colleague answers for a member on leave, from his own mailbox: passed on"),

    c("ow21-da-apple-forward-videresendt", "apple_forward", "Susanne Krogh",
      "Videresender lige til dig, fik ikke svaret i sidste uge. Jeg er stadig med i begge "
      "grupper. Interesser: luft, støj og lidt VVM.\nTid: meget, nu hvor kommuneplanen er "
      "færdig.",
      {"interesser": "Støj; Luft; VVM", "grupper": BOTH, "tid": "Meget"}, reminder=True,
      note="'lidt VVM' qualifies VVM; 'begge grupper' = both options"),

    c("ow21-da-thunderbird-toogtyve", "thunderbird", "Jørgen Mikkelsen",
      "Erfaring: toogtyve år i alt, de sidste fem her i kommunen.\nEllers er alt som det står.\n\n"
      "Jørgen", {"erfaring": "22"}, sent=S2, unchanged=True, reminder=True, date=LATER,
      note="number word above 20 and a second number"),

    c("ow21-da-gmail-android-sammensatte", "gmail_android", "Anders Holt",
      "Jeg sidder i PFAS-gruppen og tilsynsnetværket. Arbejder med spildevandstilsyn og "
      "affaldsområdet. Kan godt være sekretær.\n\nAnders",
      {"grupper": BOTH, "interesser": "Spildevand; Affald", "funktioner": "Sekretær"},
      reminder=True, date=LATE,
      note="compounds; being in the PFAS group does not say PFAS is a subject area"),

    c("ow21-da-outlook-ios-grundvand", "outlook_ios", "Camilla Friis",
      "Fjern støj, det har vi fået en ny kollega til. Tilføj grundvand og drikkevandsboringer – "
      "det er det meste af min tid nu.",
      {"interesser": "PFAS"}, sent=S1, ask=["interesser"], reminder=True, date=LATE,
      note="grundvand/drikkevandsboringer are no option; 'min tid' is no time answer"),

    c("ow21-da-owa-html-punktliste", "owa_html", "Torben Kjær", _BULLETS_DA_TEXT,
      {"interesser": "Affald; Jord", "funktioner": "Formand", "erfaring": "21", "tid": "Nogen"},
      sent=S3, own_rich=_BULLETS_DA, reminder=True,
      note="HTML-only Outlook on the web, bullet list; '20 → 21'"),

    c("ow21-da-iphone-siden-2009", "iphone", "Malene Højgaard",
      "Sorry for sent svar! Har været syg et par uger.\nJeg har været ved kommunen siden 2009, og "
      "har meget tid til gruppen nu hvor vi er blevet flere i afdelingen",
      {"tid": "Meget"}, ask=["erfaring"], reminder=True, date=LATER,
      note="a year instead of a number of years: asked"),

    c("ow21-da-outlook-mac-kryds-og-ord", "outlook_mac", "Henrik Skov",
      "Krydserne er sat nedenfor. Derudover er jeg høringstovholder på jordsagerne, og jeg har "
      "lidt tid.\n\n" + SIG_SHORT,
      {"interesser": "Jord; Klima", "funktioner": "Høringstovholder", "erfaring": "7",
       "tid": "Lidt"},
      edits=[("set", "[ ] Jord", "[x] Jord"), ("set", "[ ] Klima", "[x] Klima"),
             ("set", "Svar:", "Svar: 7", "4. Erfaring")],
      note="crosses and a typed number plus own words above"),

    c("ow21-da-thunderbird-bund-initialer", "thunderbird_bottom", "Mette Juul",
      "Ellers står det hele ved magt.\n\nMette J.", {"interesser": "Affald"}, sent=S4,
      unchanged=True, reminder=True,
      edits=[("add", "[x] PFAS", "MJ: fjern – Jonas har overtaget PFAS-sagerne")],
      note="typed line with initials under the PFAS line; bottom-posted"),

    c("ow21-da-outlook-android-kigger-paa-det", "outlook_android", "Bo Rasmussen",
      "Tak, jeg kigger på det i morgen når jeg er tilbage på kontoret.", {}, sent=S2,
      reminder=True, note="nothing about the form"),

    c("ow21-da-owa-lugt-husdyr", "owa", "Inge Thomsen",
      "Hej tovholder\n\nMit område er husdyrgodkendelser, så lugt og ammoniak fylder mest – og "
      "VVM-screeninger. 17 år. Tid: nogen, men ikke i marts-april hvor vi har ansøgningsrunden."
      "\n\n" + SIG_KOMMUNE.replace("{name}", "Inge Thomsen"),
      {"interesser": "VVM", "erfaring": "17", "tid": "Nogen"}, ask=["interesser"],
      note="lugt/ammoniak: no option to place them (Luft?) so asked; VVM-screeninger = VVM"),

    c("ow21-da-android-uaendret-ellers", "android", "Per Damgaard",
      "Uændret ellers, bortset fra at jeg nu også har luft, og at jeg har 14 års erfaring.\n"
      "Hilsen Per", {"interesser": "PFAS; Støj; Luft", "erfaring": "14"}, sent=S1,
      unchanged=True, reminder=True, date=LATE),

    c("ow21-da-outlook-prefix-fratraeder", "outlook_prefix", "Jesper Nygaard",
      "Hej\n\nJeg skal desværre meddele, at jeg fratræder min stilling pr. 1. februar, så I kan "
      "tage mig af listen til den tid. Indtil da er alt som i skemaet.\n\nMvh Jesper",
      {}, sent=S4, unchanged=True, flagged=True, reminder=True,
      note="leaving the group: for the chair"),

    c("ow21-da-gmail-pile-i-skemaet", "gmail", "Signe Bruun", "Se markeringer nedenfor 👇",
      {"interesser": "Spildevand", "erfaring": "9", "tid": "Meget"},
      edits=[("set", "[ ] Spildevand", "[ ] Spildevand   <-- ja"),
             ("set", "[ ] Meget", "[ ] Meget ←"),
             ("set", "Svar:", "Svar: 9 år (heraf 3 i Aabenraa)", "4. Erfaring")],
      reminder=True, note="arrows as marks; two numbers, the total first"),

    c("ow21-da-iphone-jordgruppe-ukendt", "iphone", "Lars Winther",
      "Jeg er med i den regionale jordgruppe og i PFAS-netværket. Erfaring ti år",
      {"erfaring": "10"}, ask=["grupper"], reminder=True, date=LATE,
      note="neither group can be placed with confidence ('PFAS-netværket': network or PFAS "
           "working group?); not guessed"),

    c("ow21-da-outlook-android-slip-sekretaer", "outlook_android", "Nina Kristoffersen",
      "Hej, jeg vil gerne slippe sekretærposten, men fortsætter gerne i PFAS-arbejdsgruppen. "
      "Dog kun lidt tid i foråret pga. et stort byggeprojekt, så sæt mig på lidt.",
      {"grupper": "Arbejdsgruppe om PFAS", "funktioner": "", "tid": "Lidt"}, sent=S1, reminder=True, date=LATE),

    c("ow21-da-apple-fastansat-andet", "apple_mail", "Julie Brink",
      "Hej\n\nJeg er blevet fastansat, så fjern det med barselsvikar under Andet. Og skriv 4 år i "
      "stedet for 3.\n\nKh Julie", {"andet": "", "erfaring": "4"}, sent=S2, reminder=True),

    c("ow21-da-gmail-android-linjer", "gmail_android", "Anja Poulsen",
      "Støj\nLuft\nIE-direktivet\n\nMeget\n\n6\n\nHilsen Anja",
      {"interesser": "Støj; Luft; IE-direktivet", "tid": "Meget", "erfaring": "6"},
      reminder=True, date=LATER, note="bare lines, no labels"),

    c("ow21-da-thunderbird-ikke-formand-igen", "thunderbird", "Erik Laursen",
      "Jeg vil ikke være formand igen, det har jeg været i fire år nu. Høringstovholder "
      "fortsætter jeg gerne som.\n\nErik",
      {"funktioner": "Høringstovholder"}, sent=S3, reminder=True,
      note="'fire år' is the time as chair, not the experience"),

    c("ow21-da-gmail-og-saa-stoejsager", "gmail", "Tina Møller",
      "Spildevand og luft, og så har jeg fået støjsagerne efter Ib, der er gået på pension.\n"
      "Tid: lidt\n\n/Tina",
      {"interesser": "Spildevand; Støj; Luft", "tid": "Lidt"}, reminder=True, date=LATE,
      note="third item after 'og så', as a compound"),

    c("ow21-da-android-engelsk-paa-dansk-skema", "android", "Tom Fischer",
      "Hi, my Danish isn't good enough yet, so in English: please add soil and remove noise. I can "
      "still be secretary. 3 years in Denmark, 9 in total.\nThanks, Tom",
      {"interesser": "PFAS; Jord", "funktioner": "Sekretær", "erfaring": "9"}, sent=S1, reminder=True,
      note="English on the Danish form; the total number of years"),

    # --- English form -----------------------------------------------------------------------
    c("ow21-en-iphone-out-on-inspections", "iphone", "Sofie Lindberg",
      "Sorry for the late reply, been out on inspections all week. Soil and wastewater mainly, a "
      "bit of climate work too. 15 years. Time: some",
      {"interests": "Wastewater; Soil; Climate", "experience": "15", "time": "Some"}, lang="en",
      reminder=True, date=LATE),

    c("ow21-en-outlook-mac-html-table", "outlook_mac_html", "Niels Brandt", _TABLE_EN_TEXT,
      {"interests": "Wastewater; Noise; Air", "functions": "Chair", "time": "Little"}, sent=E1, lang="en",
      own_rich=_TABLE_EN, reminder=True,
      note="HTML-only, a table; staying chair = unchanged function"),

    c("ow21-en-outlook-absence-agenda", "outlook", "Hannah Clarke",
      "Hi both,\n\nI can't make the meeting on the 14th (dentist, sorry). Could we put the new "
      "noise guidelines on the agenda for January?\n\nForm: no changes from me.\n\n"
      + SIG_EN.replace("{name}", "Hannah Clarke"),
      {}, sent=E2, lang="en", unchanged=True, flagged=True, reminder=True,
      note="absence and an agenda wish; form unchanged"),

    c("ow21-en-thunderbird-stormwater", "thunderbird", "Mark Jensen",
      "I've moved to the water team, so it's mostly wastewater and stormwater now, plus some "
      "microplastics. Take me off air.\n\nMark",
      {"interests": "Wastewater; Climate"}, sent=E2, lang="en", ask=["interests"],
      reminder=True, date=LATER,
      note="stormwater/microplastics are no option: asked; Climate kept (not removed)"),

    c("ow21-en-gmail-coordinator-again", "gmail", "Eva Schultz",
      "Happy to be consultation coordinator again this year, as long as it's max two "
      "consultations per quarter. Otherwise the same as last year.\n\nEva",
      {"functions": "Chair; Consultation coordinator"}, sent=E1, lang="en", unchanged=True,
      reminder=True, note="a condition on herself; 'two' is no experience"),

    c("ow21-en-owa-left-pfas-group", "owa", "Peter Holm",
      "I'm still in the inspection network but dropped out of the PFAS group in the summer. "
      "Much time this year – a new colleague took over part of my caseload.\n\n"
      + SIG_EN.replace("{name}", "Peter Holm"),
      {"groups": "Inspection network", "time": "Much"}, sent=E2, lang="en", reminder=True,
      date=LATE),

    c("ow21-en-outlook-ios-twenty-six", "outlook_ios", "Karen Ulriksen",
      "Twenty-six years in the job (yikes). Time: not much, I'm afraid.",
      {"experience": "26", "time": "Little"}, sent=E1, lang="en", reminder=True, date=LATER),

    c("ow21-en-apple-pfas-and-power-to-x", "apple_mail", "David Morgan",
      "Hello,\nPFAS and Power-to-X - we have two new PtX plants in the pipeline. Not much else. "
      "I could be secretary if needed. 5 yrs.\nDavid",
      {"interests": "PFAS; Power-to-X", "functions": "Secretary", "experience": "5"}, lang="en",
      reminder=True,
      note="'Not much else' is not the time answer; 'if needed' keeps the function"),
]
