"""The tabs ``tovholder init`` creates: headers in the group's language, dropdowns for the status
columns, and a few example rows that are safe to leave (a pending example member gets no mail)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from tovholder.sheets import schema
from tovholder.sheets.batch import NewTab
from tovholder.sheets.schema import Tab

# Example rows by tab key, values by column key; Danish first, English where it differs.
EXAMPLES: dict[str, dict[str, list[dict[str, str]]]] = {
    "members": {
        "da": [{"name": "Eksempel Eksempelsen", "email": "eksempel@example.org",
                "organisation": "Eksempel Kommune", "status": "afventer",
                "notes": "Eksempel: slet rækken, når I har skrevet jeres egne medlemmer ind"}],
        "en": [{"name": "Example Person", "email": "example@example.org",
                "organisation": "Example Municipality", "status": "pending",
                "notes": "Example: delete this row once you have entered your own members"}],
    },
    "roles": {
        "da": [{"role": r, "chosen": "", "description": d} for r, d in (
            ("Formand", "Leder møderne og godkender nye medlemmer"),
            ("Høringstovholder", "Samler gruppens input til høringer"),
            ("Sekretær", "Skriver referat af møderne"))],
        "en": [{"role": r, "chosen": "", "description": d} for r, d in (
            ("Chair", "Leads the meetings and approves new members"),
            ("Consultation coordinator", "Collects the group's input to consultations"),
            ("Secretary", "Writes the minutes"))],
    },
    "form": {
        "da": [
            {"id": "interesser", "question": "Hvilke fagområder arbejder du med?", "type": "flere",
             "options": "PFAS; Spildevand; Affald; Støj; Luft; Jord; Klima; VVM; IE-direktivet; "
                        "Power-to-X"},
            {"id": "grupper", "question": "Hvilke interne arbejdsgrupper og netværk deltager du i?",
             "type": "flere", "options": "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS"},
            {"id": "funktioner", "question": "Hvilke funktioner kunne du påtage dig?",
             "type": "flere", "options": "Formand; Høringstovholder; Sekretær"},
            {"id": "erfaring", "question": "Hvor mange års erfaring har du på området?",
             "type": "tal", "options": ""},
            {"id": "tid", "question": "Hvor meget tid har du til gruppens arbejde?", "type": "én",
             "options": "Lidt; Nogen; Meget"},
            {"id": "andet", "question": "Andet, vi bør vide?", "type": "tekst", "options": ""},
        ],
        "en": [
            {"id": "interests", "question": "Which subject areas do you work with?",
             "type": "multi", "options": "PFAS; Wastewater; Waste; Noise; Air; Soil; Climate; "
                                         "EIA; IED; Power-to-X"},
            {"id": "groups", "question": "Which internal working groups and networks are you in?",
             "type": "multi", "options": "Inspection network; PFAS working group"},
            {"id": "functions", "question": "Which functions could you take on?",
             "type": "multi", "options": "Chair; Consultation coordinator; Secretary"},
            {"id": "experience", "question": "How many years of experience do you have?",
             "type": "number", "options": ""},
            {"id": "time", "question": "How much time do you have for the group?",
             "type": "single", "options": "Little; Some; Much"},
            {"id": "other", "question": "Anything else we should know?", "type": "text",
             "options": ""},
        ],
    },
}


def header(tab: Tab, lang: str) -> tuple[str, ...]:
    return tuple(column.title(lang) for column in tab.columns)


def row_for(tab: Tab, values: Mapping[str, str]) -> tuple[str, ...]:
    return tuple(values.get(column.key, "") for column in tab.columns)


def new_tabs(lang: str, rows: Mapping[str, Sequence[Mapping[str, str]]] | None = None
             ) -> list[NewTab]:
    """Every tab of the schema as a NewTab; ``rows`` overrides the example rows (the demo)."""
    chosen = rows if rows is not None else {k: v[lang] for k, v in EXAMPLES.items()}
    tabs = []
    for tab in schema.TABS:
        dropdowns = tuple(
            (i, choices[lang]) for i, column in enumerate(tab.columns, start=1)
            if (choices := schema.CHOICES.get((tab.key, column.key))))
        body = tuple(row_for(tab, r) for r in chosen.get(tab.key, ()))
        widths = tuple(max(12, len(c.title(lang)) + 2) for c in tab.columns)
        tabs.append(NewTab(tab.title(lang), (header(tab, lang), *body), dropdowns, widths))
    return tabs
