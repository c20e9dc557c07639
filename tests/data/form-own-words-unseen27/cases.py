"""Blind part 27 of the own-words form replies (issue 14): one round in a working group of about
30 municipal environment officers, most answering in prose without touching the quoted form.

Written by hand without reading the parser; the expectations are what a careful human secretary
records, never checked against the parser. People invented, at example.org.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "form-own-words"))

from common import SIG_EN, SIG_KOMMUNE, SIG_SHORT, c  # noqa: E402

BOTH = "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS"

P_MADS = {"interesser": "PFAS; Affald", "grupper": "Netværk for miljøtilsyn",
          "funktioner": "Høringstovholder", "erfaring": "8", "tid": "Nogen"}
P_OLIVER = {"interests": "Air; Climate", "groups": "Inspection network; PFAS working group",
            "functions": "", "experience": "10", "time": "Much"}
P_RIKKE = {"interesser": "Affald; Jord; VVM", "grupper": "",
           "funktioner": "Formand; Høringstovholder", "erfaring": "20", "tid": "Lidt"}
P_SANNE = {"interesser": "Spildevand; Luft; Klima", "grupper": BOTH, "funktioner": "",
           "erfaring": "3", "tid": "Meget", "andet": "Barselsvikar til juni"}
P_HENRIETTE = {"interesser": "PFAS; Støj", "grupper": "Arbejdsgruppe om PFAS",
               "funktioner": "Sekretær", "erfaring": "12", "tid": "Nogen"}
P_ERIK = {"interests": "Wastewater; Noise", "groups": "Inspection network", "functions": "Chair",
          "experience": "20", "time": "Some"}
P_LISE = {"interesser": "Affald; Jord", "grupper": "", "funktioner": "", "erfaring": "9",
          "tid": "Nogen"}
P_PRIYA = {"interests": "Noise; Air", "groups": "", "functions": "Secretary", "experience": "5",
           "time": "Much"}
P_KNUD = {"interesser": "Affald; Jord; VVM", "grupper": "",
          "funktioner": "Formand; Høringstovholder", "erfaring": "20", "tid": "Lidt"}

CASES = [
    # --- Danish, ordinary prose ---------------------------------------------------------------
    c("ow27-da-outlook-spildevand-affaldstilsyn", "outlook", "Annemette Kjærgaard",
      "Hej\n\nJeg sidder med spildevand og jordforurening, og så har jeg overtaget en del af "
      "affaldstilsynet efter sommerferien. Jeg er med i netværket for miljøtilsyn. Jeg har "
      "været i faget i fjorten år.\nTid er der ikke meget af i øjeblikket, så skriv mig på "
      "lidt.\n\n" + SIG_KOMMUNE,
      {"interesser": "Spildevand; Affald; Jord", "grupper": "Netværk for miljøtilsyn",
       "erfaring": "14", "tid": "Lidt"},
      note="'ikke meget af' is no amount; 'skriv mig på lidt' is"),
    c("ow27-da-iphone-fire-korte", "iphone", "Kirsten Holm",
      "PFAS og støj. Arbejdsgruppen om PFAS. 6 år. Nogen tid.\n\nKirsten",
      {"interesser": "PFAS; Støj", "grupper": "Arbejdsgruppe om PFAS", "erfaring": "6",
       "tid": "Nogen"}),
    c("ow27-da-gmail-skiftet-til-klima", "gmail", "Mads Thygesen",
      "Hej\n\nJeg er skiftet fra affald til klima i foråret – affaldet har en ny kollega "
      "overtaget. PFAS har jeg stadig. Så 9 år nu. Høringstovholder vil jeg gerne fortsætte "
      "som. Resten er som det står.\n\nHilsen Mads",
      {"interesser": "PFAS; Klima", "erfaring": "9", "funktioner": "Høringstovholder"},
      sent=P_MADS, unchanged=True, note="Affald swapped for Klima"),
    c("ow27-da-thunderbird-bottom-ie-og-luft", "thunderbird_bottom", "Birgitte Nørgaard",
      "Kære tovholder\n\nJeg arbejder primært med IE-virksomheder og luft, og lidt med støj fra "
      "de samme virksomheder. Har været miljømedarbejder i otteogtyve år, de sidste tolv her i "
      "kommunen. Jeg er med i både tilsynsnetværket og PFAS-gruppen. Formand har jeg været før "
      "og vil gerne igen. Tid: meget, nu hvor jeg er gået ned i sagsmængde.\n\nMvh\nBirgitte",
      {"interesser": "Støj; Luft; IE-direktivet", "grupper": BOTH, "funktioner": "Formand",
       "erfaring": "28", "tid": "Meget"},
      note="'lidt med støj' qualifies an interest; 28 in all, 12 here"),
    c("ow27-da-samsung-tak-mandag", "android", "Per Vestergaard",
      "Tak! Svarer når jeg er tilbage på kontoret på mandag.", {},
      note="nothing about the form yet"),
    c("ow27-da-outlookios-kursus-mode", "outlook_ios", "Henriette Lund",
      "Alt er som sidst, men jeg kan ikke komme til mødet den 14. januar – jeg er på kursus."
      "\n\n/Henriette",
      {}, sent=P_HENRIETTE, unchanged=True, flagged=True, note="absence from a meeting"),
    c("ow27-da-outlookmac-grundvand-drikkevand", "outlook_mac", "Søren Bach",
      "Hej\n\nMit område er grundvand og drikkevand, og så PFAS, som fylder mere og mere. Jeg er "
      "med i PFAS-arbejdsgruppen. 19 år. Nogen tid, tror jeg.\n\n" + SIG_SHORT,
      {"interesser": "PFAS", "grupper": "Arbejdsgruppe om PFAS", "erfaring": "19",
       "tid": "Nogen"},
      ask=["interesser"], note="grundvand and drikkevand are no options"),
    c("ow27-da-gmailapp-streger-og-linjer", "gmail_android", "Jakob Friis",
      "Støj – luft – lidt VVM\nNetværk for miljøtilsyn\n3 år\nmeget\n\nJakob",
      {"interesser": "Støj; Luft; VVM", "grupper": "Netværk for miljøtilsyn", "erfaring": "3",
       "tid": "Meget"},
      note="one line per question; 'lidt VVM' is an interest, the bare 'meget' is the time"),
    c("ow27-da-outlookhtml-referat-ikke-formand", "outlook_html", "Rikke Damgaard",
      "Hej\n\nJeg kan godt tage referatet på møderne i det nye år, men formand er ikke noget "
      "for mig længere. Ellers er mine oplysninger uændrede.\n\n" + SIG_KOMMUNE,
      {"funktioner": "Høringstovholder; Sekretær"}, sent=P_RIKKE, unchanged=True,
      note="taking the minutes = Sekretær; Formand removed"),
    c("ow27-da-thunderbird-enogtredive-pension", "thunderbird", "Poul Erik Mikkelsen",
      "Hej\n\nJeg har enogtredive års erfaring, mest med jord og affald. Ingen arbejdsgrupper "
      "for tiden. Tid: nogen. Jeg går på pension om to år, så formand bliver det ikke.\n\n"
      "Venlig hilsen\nPoul Erik",
      {"interesser": "Affald; Jord", "grupper": "", "funktioner": "", "erfaring": "31",
       "tid": "Nogen"},
      flagged=True, note="retirement is news for the chair"),
    c("ow27-da-owa-kryds-og-vikariat", "owa", "Sanne Bjerre",
      "Har krydset støj af, og luft er røget ud – det har vi fået en luftmedarbejder til. "
      "4 år nu.\n\nSanne",
      {"interesser": "Spildevand; Støj; Klima", "erfaring": "4",
       "andet": "Barselsvikar til december"},
      sent=P_SANNE,
      edits=[("set", "[ ] Støj", "[x] Støj"),
             ("set", "Svar: Barselsvikar til juni", "Svar: Barselsvikar til december")],
      note="a cross and an edited Andet line in the quote, a removal in words"),
    c("ow27-da-iphone-uaendret-bortset-fra", "iphone", "Henriette Lund",
      "Uændret fra sidste år, bortset fra at jeg nu også er med i tilsynsnetværket.",
      {"grupper": BOTH}, sent=P_HENRIETTE, unchanged=True),
    c("ow27-da-outlookprefix-syv-heraf-tre", "outlook_prefix", "Jonas Kristensen",
      "Hej\nJeg har 7 års erfaring i alt, heraf 3 i Eksempel Kommune. PFAS, spildevand og "
      "klimatilpasning. Sekretær eller høringstovholder – det er lige meget hvilken. Lidt tid."
      "\nMvh Jonas",
      {"erfaring": "7", "interesser": "PFAS; Spildevand; Klima",
       "funktioner": "Høringstovholder; Sekretær", "tid": "Lidt"},
      note="either function is fine, so both"),
    c("ow27-da-gmail-ny-kollega-invitation", "gmail", "Lise Bertelsen",
      "Hej alle\n\nFørst: vi har fået en ny kollega, Hanne, som gerne vil med i netværket – kan "
      "I sende hende en invitation? Hun skriver selv til jer.\n\nOm mig: jeg arbejder stadig "
      "med affald og jord, og nu også PFAS-sagerne fra vores gamle losseplads. Erfaring: 10 "
      "år. Jeg har nogenlunde samme tid som sidst.\n\nLise",
      {"interesser": "PFAS; Affald; Jord", "erfaring": "10", "tid": "Nogen"},
      sent=P_LISE, flagged=True,
      note="a request to the chair; 'nogenlunde samme tid som sidst' keeps Nogen"),
    c("ow27-da-owahtml-lidt-i-parentes", "owa_html", "Mette Sørensen",
      "Hej\nInteresser: støj, luft (lidt) og Power-to-X-projekterne ude ved havnen.\n"
      "Grupper: ingen\nJeg har 5 år.\nTid: nogen\nAndet: Jeg er på deltid (30 timer) indtil "
      "sommer.\n\nMette",
      {"interesser": "Støj; Luft; Power-to-X", "grupper": "", "erfaring": "5", "tid": "Nogen",
       "andet": "Jeg er på deltid (30 timer) indtil sommer."},
      note="'(lidt)' qualifies luft; time is given with its label"),
    c("ow27-da-samsung-hoeringstovholder-igen", "android", "Lars Holst",
      "Hej. Jeg arbejder med støj og luft fra virksomheder og er med i tilsynsnetværket. Har "
      "været her i 16 år. Jeg kan godt være høringstovholder igen. Tiden er lidt presset, så "
      "lidt.",
      {"interesser": "Støj; Luft", "grupper": "Netværk for miljøtilsyn", "erfaring": "16",
       "funktioner": "Høringstovholder", "tid": "Lidt"}),
    c("ow27-da-outlook-interval-og-betingelse", "outlook", "Camilla Juhl",
      "Hej Karin\n\nTak for mailen. Jeg er ny i Eksempel Kommune siden august og har overtaget "
      "spildevandsområdet og lidt jord. Før det var jeg rådgiver, så mellem 6 og 7 år på "
      "området alt i alt. Hvis Peter stopper som sekretær, kan jeg godt overtage. Jeg er "
      "kommet med i PFAS-arbejdsgruppen. Jeg har tid nok – meget endda, indtil videre.\n\n"
      + SIG_KOMMUNE,
      {"interesser": "Spildevand; Jord", "grupper": "Arbejdsgruppe om PFAS", "tid": "Meget"},
      ask=["erfaring", "funktioner"],
      note="a range of years; Sekretær only on a condition on someone else"),
    c("ow27-da-iphone-kryds-plus-pfas", "iphone", "Ida Mortensen",
      "Har krydset af. Skriv mig også på PFAS – det fylder mere og mere. Tiden svinger meget "
      "med sæsonen.",
      {"interesser": "PFAS; Jord; Klima", "erfaring": "2"},
      edits=[("set", "[ ] Jord", "[x] Jord"), ("set", "[ ] Klima", "[x] Klima"),
             ("set", "Svar:", "Svar: 2", "4. Erfaring")],
      ask=["tid"], note="crosses plus an addition in words; the time is no amount"),
    c("ow27-da-appleforward-jord-ud", "apple_forward", "Knud Winther",
      "Videresender, da jeg kom til at slette den første. Jord skal ud – jordsagerne er flyttet "
      "til regionen hos os. Formand har jeg været længe nok, men høringstovholder fortsætter "
      "jeg gerne som, og sekretær kan jeg også tage. 22 år i år. Ellers står det hele ved magt.",
      {"interesser": "Affald; VVM", "funktioner": "Høringstovholder; Sekretær",
       "erfaring": "22"},
      sent=P_KNUD, unchanged=True),
    c("ow27-da-outlookandroid-virksomhedstilsyn", "outlook_android", "Thomas Aagaard",
      "Jeg laver mest virksomhedstilsyn og lidt miljøgodkendelser. 13 års erfaring. Jeg kan "
      "tage en tørn som sekretær. Tid: lidt.\n\nThomas",
      {"erfaring": "13", "funktioner": "Sekretær", "tid": "Lidt"},
      ask=["interesser"], note="neither work area is an option"),
    c("ow27-da-gmail-kommentarer-og-ferie", "gmail", "Louise Brandt",
      "Hej\n\nJeg har ingen kommentarer til selve skemaet, men kan I rykke decembermødet? Jeg er "
      "på ferie i uge 50.\n\nOm mig: PFAS, jord og Power-to-X. 11 år. Nogen tid. Ikke i nogen "
      "grupper.\n\nLouise",
      {"interesser": "PFAS; Jord; Power-to-X", "erfaring": "11", "tid": "Nogen",
       "grupper": ""},
      flagged=True, note="absence and a request; 'kommentarer' and 'nogen grupper' are no labels"),

    # --- English ------------------------------------------------------------------------------
    c("ow27-en-owa-secretary-if-nobody", "owa", "Rachel Moore",
      "Hi,\n\nI mainly work with wastewater and soil contamination these days, plus a bit of "
      "noise. I'm in the inspection network but not the PFAS group. I could be secretary if "
      "nobody else wants to - otherwise I'd rather not. 11 years in the field. Some time, not "
      "loads.\n\n" + SIG_EN,
      {"interests": "Wastewater; Noise; Soil", "groups": "Inspection network",
       "experience": "11", "time": "Some"},
      lang="en", ask=["functions"], note="secretary only on a condition on others"),
    c("ow27-en-iphone-short-restructuring", "iphone", "Daniel Hughes",
      "Air, climate and Power-to-X. Inspection network. 4 years. Little time this spring due "
      "to a big restructuring at work.",
      {"interests": "Air; Climate; Power-to-X", "groups": "Inspection network",
       "experience": "4", "time": "Little"},
      lang="en"),
    c("ow27-en-gmail-add-noise-left-pfas", "gmail", "Oliver Grant",
      "Hi,\n\nA few updates: please add noise, I've taken over the noise complaints from a "
      "colleague who retired. I've left the PFAS working group as it clashed with my other "
      "meetings. Time is down to some rather than much. Everything else still holds.\n\n"
      "Best,\nOliver",
      {"interests": "Noise; Air; Climate", "groups": "Inspection network", "time": "Some"},
      sent=P_OLIVER, lang="en", unchanged=True),
    c("ow27-en-applemail-danish-form-total", "apple_mail", "Katrin Weber",
      "Hi - sorry, my Danish is not good enough yet. I work with PFAS and wastewater, and I "
      "joined the inspection network in September. 9 years altogether, the last 2 in Denmark. "
      "Some time.\n\nKatrin",
      {"interesser": "PFAS; Spildevand", "grupper": "Netværk for miljøtilsyn",
       "erfaring": "9", "tid": "Nogen"},
      note="English on the Danish form"),
    c("ow27-en-outlookandroid-agriculture-odour", "outlook_android", "Mark Jensen",
      "Hi, I do mostly agriculture and livestock permits, some odour cases. Not in any of the "
      "groups. Happy to coordinate consultation responses. 15 yrs. Time varies a lot, hard to "
      "say.",
      {"groups": "", "functions": "Consultation coordinator", "experience": "15"},
      lang="en", ask=["interests", "time"],
      note="no work area is an option; the time is no amount"),
    c("ow27-en-applemail-twenty-three", "apple_mail", "Graham Price",
      "Hi\n\nTwenty-three years in environmental regulation, believe it or not. I cover waste "
      "and soil, and the EIA screenings for the whole municipality. I'm in the PFAS working "
      "group. Chair? No thanks. Secretary is fine. Not much time this year though.\n\n"
      "Cheers\nGraham",
      {"experience": "23", "interests": "Waste; Soil; EIA", "groups": "PFAS working group",
       "functions": "Secretary", "time": "Little"},
      lang="en"),
    c("ow27-en-thunderbird-one-more-year", "thunderbird", "Erik Sand",
      "Same as last year, only one more year on the clock - so 21. I'm happy to stay on as "
      "chair.\n\nErik",
      {"experience": "21", "functions": "Chair"}, sent=P_ERIK, lang="en", unchanged=True),
    c("ow27-en-gmailapp-lowercase-sentences", "gmail_android", "Hannah Clarke",
      "soil and climate adaptation. also some PFAS. i'm in the inspection network. 8 yrs. "
      "time: some.",
      {"interests": "PFAS; Soil; Climate", "groups": "Inspection network", "experience": "8",
       "time": "Some"},
      lang="en", note="sentences start in lower case"),
    c("ow27-en-outlookmachtml-court-day", "outlook_mac_html", "Priya Shah",
      "Hi,\n\nI can't make the meeting on 20 January, I'm in court that day - please send me "
      "the comments afterwards.\n\nFor the form: still noise and air, and add IED since we now "
      "have two new IED plants in the municipality. Time: a lot less than last year, so put "
      "little. Rest unchanged.\n\nPriya",
      {"interests": "Noise; Air; IED", "time": "Little"}, sent=P_PRIYA, lang="en",
      unchanged=True, flagged=True, note="absence from a meeting"),
]

assert Path(__file__).name == "cases.py"
