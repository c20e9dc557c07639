"""Unseen part 9 (issue 14): one round of a 30-member working group. By hand, written blind."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "form-own-words"))
from common import E1, E2, S1, S2, S3, S4, SIG_EN, SIG_KOMMUNE, SIG_SHORT, c  # noqa: E402

EN = {"lang": "en"}
X = lambda o: ("set", f"[ ] {o}", f"[x] {o}")  # noqa: E731
U = lambda o: ("set", f"[x] {o}", f"[ ] {o}")  # noqa: E731

CASES = [
    c("ow9-da-outlook-ingen-aendringer", "outlook", "Karen Holm",
      "Hej\n\nIngen ændringer fra mig.\n\n" + SIG_KOMMUNE, {}, S1, unchanged=True),
    c("ow9-da-iphone-tak", "iphone", "Jesper Lund", "Tak!", {}, S2),
    c("ow9-da-gmail-kryds", "gmail", "Mette Skov", "Så er det udfyldt.\n\nHilsen Mette",
      {"interesser": "PFAS; Affald; Klima", "tid": "Lidt"}, S4,
      edits=[X("Klima"), U("Nogen"), X("Lidt")]),
    c("ow9-da-outlook-jord-pfas-klima", "outlook", "Rasmus Bech",
      "Hej\n\nJord, PFAS og klima. Er med i netværket for miljøtilsyn - 9 år i faget. "
      "Nogen tid, men ikke meget.\n\n" + SIG_SHORT,
      {"interesser": "PFAS; Jord; Klima", "grupper": "Netværk for miljøtilsyn",
       "erfaring": "9", "tid": "Nogen"}),
    c("ow9-da-owa-fjern-affald", "owa", "Lone Dahl",
      "Hej\nFjern affald, det har vores nye kollega overtaget. Og så har jeg kun lidt tid i "
      "foråret pga. omlægning af tilsynsplanen, ellers er alt som sidst.\n\n/Lone",
      {"interesser": "Jord; VVM", "tid": "Lidt"}, S3, unchanged=True),
    c("ow9-en-gmail-add-pfas", "gmail", "Tom Fischer",
      "Hi,\n\nPlease add PFAS. I could also be secretary if needed. Otherwise as before.\n\nBest, Tom",
      {"interests": "PFAS; Wastewater; Noise", "functions": "Chair; Secretary"}, E1,
      unchanged=True, **EN),
    c("ow9-da-android-seksogtyve", "android", "Birthe Mortensen",
      "Spildevand og affaldstilsyn. Seksogtyve år (heraf 4 i denne kommune). Meget tid",
      {"interesser": "Spildevand; Affald", "erfaring": "26", "tid": "Meget"}),
    c("ow9-da-thunderbird-grundvand", "thunderbird", "Niels Krogh",
      "Tilføj grundvand og drikkevand, det fylder det meste nu. Og støj kan fjernes.\n\n"
      "Mvh Niels",
      {"interesser": "PFAS"}, S1, ask=["interesser"]),
    c("ow9-en-outlook-mac-no-changes", "outlook_mac", "Sarah Olsen",
      "No changes on my side, thanks!\n\nSarah", {}, E2, unchanged=True, **EN),
    c("ow9-da-iphone-afbud", "iphone", "Pia Thomsen",
      "Alt er som før. Men jeg kan ikke deltage i mødet d. 14. januar, har kursus.",
      {}, S2, unchanged=True, flagged=True),
    c("ow9-da-outlook-ios-nogen", "outlook_ios", "Henrik Bay",
      "Sæt mig på nogen tid i år, vi er blevet flere i afdelingen", {"tid": "Nogen"}, S3),
    c("ow9-da-outlook-html-skiftet-gruppe", "outlook_html", "Anja Winther",
      "Hej\nJeg er gået ud af netværket for miljøtilsyn, men er kommet med i "
      "PFAS-arbejdsgruppen. Erfaring: 10 år nu.\nResten uændret.\n\n" + SIG_KOMMUNE,
      {"grupper": "Arbejdsgruppe om PFAS", "erfaring": "10"}, S4, unchanged=True),
    c("ow9-en-thunderbird-bottom-range", "thunderbird_bottom", "David Ross",
      "Experience: somewhere between 10 and 12 years, depends how you count the trainee "
      "years.\nTime: a bit less than before, so Little I suppose.\n\nDavid",
      {"time": "Little"}, E2, ask=["experience"], **EN),
    c("ow9-da-gmail-android-pil", "gmail_android", "Camilla Juhl", "Har rettet tiden",
      {"tid": "Meget"}, S1, edits=[("set", "[ ] Meget", "[ ] Meget  <-- denne")]),
    c("ow9-da-apple-mail-brint", "apple_mail", "Ole Hvid",
      "Hej\n\nJeg arbejder mest med brint og Power-to-X-anlæg, lidt med VVM. 7 år.\n\n"
      "Venlig hilsen\nOle",
      {"interesser": "VVM; Power-to-X", "erfaring": "7"}, ask=["interesser"]),
    c("ow9-da-owa-html-formand", "owa_html", "Grethe Lauridsen",
      "Jeg stopper som formand - det har jeg aftalt med Lars. Fortsætter gerne som "
      "høringstovholder.\n\nGrethe",
      {"funktioner": "Høringstovholder"}, S3),
    c("ow9-en-iphone-add-climate", "iphone", "Mark Jensen", "Add climate pls",
      {"interests": "Wastewater; Noise; Climate"}, E1, **EN),
    c("ow9-da-thunderbird-ae-oe", "thunderbird", "Soeren Aagaard",
      "Stoej, luft og jord. 15 aar. Ikke saa meget tid for tiden\n\nSoeren",
      {"interesser": "Støj; Luft; Jord", "erfaring": "15", "tid": "Lidt"}),
    c("ow9-da-outlook-prefix-andet", "outlook_prefix", "Maja Kjær",
      "Andet: barselsvikariatet er forlænget til december\nFjern luft\n\n" + SIG_SHORT,
      {"interesser": "Spildevand; Klima", "andet": "barselsvikariatet er forlænget til december"},
      S2),
    c("ow9-en-owa-some-soil", "owa", "Emma Clarke",
      "Hello,\n\nI do mostly noise and air complaints, some soil. I'm in the inspection "
      "network. 5 years. Some time.\n\n" + SIG_EN,
      {"interests": "Noise; Air; Soil", "groups": "Inspection network", "experience": "5",
       "time": "Some"}, **EN),
    c("ow9-da-android-industrimiljoe", "android", "Kim Vestergaard",
      "Har skiftet til industrimiljø, så affald kan udgå. Kan ikke være høringstovholder mere",
      {"interesser": "PFAS", "funktioner": ""}, S4, ask=["interesser"]),
    c("ow9-da-gmail-kryds-og-ord", "gmail", "Lise Brandt",
      "Har krydset af. Erfaring 18 år, og jeg kan godt tage sekretærrollen.\n\nLise",
      {"interesser": "Spildevand; Klima", "grupper": "Netværk for miljøtilsyn",
       "funktioner": "Sekretær", "erfaring": "18", "tid": "Meget"},
      edits=[X("Spildevand"), X("Klima"), X("Netværk for miljøtilsyn"), X("Meget")]),
    c("ow9-en-outlook-android-leaving", "outlook_android", "James Moller",
      "I'm leaving the municipality at the end of January, so please take me off the list. "
      "Thanks for the good cooperation.", {}, E2, flagged=True, **EN),
    c("ow9-da-apple-forward-som-kollega", "apple_forward", "Tina Svendsen",
      "Min kollega Birgitte og jeg arbejder med præcis det samme – skriv det samme for mig "
      "som for hende.", {}, S1, flagged=True),
    c("ow9-da-outlook-lang-liste", "outlook", "Bo Iversen",
      "Hej Tovholder\n\nUndskyld det sene svar. Jeg har kigget skemaet igennem:\n\n"
      "- Interesser: PFAS og affald er stadig aktuelt, og så er jeg begyndt på spildevandet "
      "igen efter omstruktureringen\n- Tid: meget i første halvår, lidt i andet halvår\n"
      "- Erfaring: 8 → 9 år\n\nEllers er det som sidst.\n\n" + SIG_KOMMUNE,
      {"interesser": "PFAS; Spildevand; Affald", "erfaring": "9"}, S4, unchanged=True,
      ask=["tid"]),
    c("ow9-en-gmail-android-danish-form", "gmail_android", "Peter Hall",
      "Sorry, answering in English: remove waste, add climate adaptation. Time: some.",
      {"interesser": "Jord; Klima; VVM", "tid": "Nogen"}, S3),
    c("ow9-da-outlook-android-rettet-linje", "outlook_android", "Jens Friis",
      "Rettet erfaring, resten passer", {"erfaring": "4"}, S2, unchanged=True,
      edits=[("set", "Svar: 3", "Svar: 4")]),
    c("ow9-en-outlook-not-chair", "outlook", "Helen Berg",
      "Hi,\n\nA few updates:\nI'd rather not be chair again - someone else should have a go. "
      "Happy to coordinate consultations instead.\nWastewater is no longer mine, but noise "
      "yes, and I've picked up EIA screening.\nTime: same as now.\n\nCheers\nHelen",
      {"functions": "Consultation coordinator", "interests": "Noise; EIA"}, E1, **EN),
    c("ow9-da-owa-meget-lidt", "owa", "Vibeke Nørgaard",
      "Jeg har desværre meget lidt tid i år.\n\nVH Vibeke", {"tid": "Lidt"}, S2),
    c("ow9-da-iphone-og-saa", "iphone", "Anders Post",
      "PFAS og spildevand og så er jeg med i affaldstilsynet nu. Har ikke tid til at være "
      "sekretær",
      {"interesser": "PFAS; Spildevand; Affald", "funktioner": ""}),
    c("ow9-da-outlook-mac-html-kommentarer", "outlook_mac_html", "Signe Riis",
      "Ingen kommentarer til skemaet herfra, men til gruppen: jeg er på ferie hele februar, så "
      "jeg misser mødet der.\n\nSigne", {}, S4, unchanged=True, flagged=True),
    c("ow9-en-apple-mail-twelve", "apple_mail", "Laura King",
      "Twelve years now, and please take me out of the inspection network, I never have time "
      "for the meetings anyway.\n\nLaura",
      {"experience": "12", "groups": "PFAS working group"}, E2, **EN),
]
