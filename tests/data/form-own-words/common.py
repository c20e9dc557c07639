"""Shared bits of the own-words form cases (committed and unseen): sent profiles, signatures and a
compact case constructor. By hand; people invented, at example.org."""

from __future__ import annotations

import unicodedata

ALL_I = "PFAS; Spildevand; Affald; Støj; Luft; Jord; Klima; VVM; IE-direktivet; Power-to-X"
BOTH = "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS"

S1 = {"interesser": "PFAS; Støj", "grupper": "Arbejdsgruppe om PFAS", "funktioner": "Sekretær",
      "erfaring": "12", "tid": "Nogen"}
S2 = {"interesser": "Spildevand; Luft; Klima", "grupper": BOTH, "funktioner": "",
      "erfaring": "3", "tid": "Meget", "andet": "Barselsvikar til juni"}
S3 = {"interesser": "Affald; Jord; VVM", "grupper": "", "funktioner": "Formand; Høringstovholder",
      "erfaring": "20", "tid": "Lidt"}
S4 = {"interesser": "PFAS; Affald", "grupper": "Netværk for miljøtilsyn",
      "funktioner": "Høringstovholder", "erfaring": "8", "tid": "Nogen"}
E1 = {"interests": "Wastewater; Noise", "groups": "Inspection network", "functions": "Chair",
      "experience": "20", "time": "Some"}
E2 = {"interests": "Air; Climate", "groups": "Inspection network; PFAS working group",
      "functions": "", "experience": "10", "time": "Much"}

SIG_KOMMUNE = """Med venlig hilsen

{name}
Miljømedarbejder
Natur og Miljø
Eksempel Kommune
Torvet 1, 9999 Eksempelby
Tlf. 00 00 00 00
www.example.org

Denne e-mail kan indeholde fortrolige oplysninger. Hvis du ikke er den rette modtager, bedes du \
slette den og give afsender besked.
Læs om hvordan vi behandler dine personoplysninger på www.example.org/persondata"""

SIG_SHORT = """Venlig hilsen
{name}
Miljøsagsbehandler | Eksempel Kommune
Direkte 00 00 00 00"""

SIG_EN = """Kind regards

{name}
Environmental Officer
Example Municipality
+45 00 00 00 00"""


def ascii_name(name: str) -> str:
    s = name.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return ".".join(s.split())


def c(id_: str, client: str, name: str, own: str, answers: dict, sent: dict | None = None,
      **kw) -> dict:  # noqa: ANN003
    """One case. `ask`: questions the secretary passes on instead of (or besides) recording."""
    own = own.replace("{name}", name).replace("{first}", name.split()[0])
    return {"id": id_, "client": client, "name": name, "email": f"{ascii_name(name)}@example.org",
            "sent": sent if sent is not None else {}, "own": own, "answers": answers, **kw}
