"""The workbook's tabs and columns: names in Danish and English, and the aliases a chair may type.

Headers are matched by name, never by position, so the chair can reorder columns, add their own
and rename within the aliases. Matching folds case, spaces, punctuation and Danish letters
(``æ``→``ae``, ``ø``→``oe``, ``å``→``aa``) so "E-mail", "email" and "E mail" are one column.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tovholder.core.text import fold as fold  # re-exported: the schema's folding

LANGUAGES = ("da", "en")


@dataclass(frozen=True)
class Column:
    key: str
    da: str
    en: str
    aliases: tuple[str, ...] = ()
    required: bool = False

    def title(self, lang: str) -> str:
        return self.da if lang == "da" else self.en

    def names(self) -> tuple[str, ...]:
        return (self.da, self.en, *self.aliases)


@dataclass(frozen=True)
class Tab:
    key: str
    da: str
    en: str
    columns: tuple[Column, ...]
    aliases: tuple[str, ...] = ()
    service_owned: bool = False  # the service appends here; the chair's tabs get single cells only
    open_ended: bool = False  # Svar/Answers: one extra column per form question
    # Deltagelse: a chair's tab the service creates with its first row (no warning when missing)
    created_when_needed: bool = False
    examples: tuple[dict[str, str], ...] = field(default=(), compare=False)

    def title(self, lang: str) -> str:
        return self.da if lang == "da" else self.en

    def names(self) -> tuple[str, ...]:
        return (self.da, self.en, *self.aliases)

    def column(self, key: str) -> Column:
        for col in self.columns:
            if col.key == key:
                return col
        raise KeyError(key)


C = Column

MEMBERS = Tab(
    "members", "Medlemmer", "Members",
    (
        C("name", "Navn", "Name", ("fulde navn", "full name"), required=True),
        C("email", "E-mail", "Email", ("mail", "e-mailadresse", "email address", "mailadresse"),
          required=True),
        C("organisation", "Kommune", "Organisation",
          ("organisation", "organization", "arbejdsplads", "municipality", "myndighed")),
        C("status", "Status", "Status", required=True),
        C("joined", "Indmeldt", "Joined", ("optaget", "medlem siden", "member since", "dato")),
        C("phone", "Telefon", "Phone", ("tlf", "mobil", "mobile")),
        # a member's own other addresses (private mail, a new job): a reply from one of them,
        # with the member's reply token, counts as the member's (mailer/inbound.py)
        C("other_addresses", "Andre adresser", "Other addresses",
          ("anden adresse", "andre e-mails", "privat e-mail", "privat mail", "other address",
           "other emails", "private email", "alternative addresses")),
        C("on_leave", "Orlov", "On leave", ("fravaer", "leave")),
        C("exclude_draw", "Ikke i lodtrækning", "Exclude from draw",
          ("fritaget", "exempt", "no draw")),
        C("notes", "Noter", "Notes", ("note", "bemaerkning", "bemaerkninger", "kommentar")),
    ),
    aliases=("medlem", "member", "medlemsliste"),
)

ROLES = Tab(
    "roles", "Funktioner", "Roles",
    (
        C("role", "Funktion", "Role", ("rolle", "post", "hverv"), required=True),
        C("holder", "Varetages af", "Holder", ("indehaver", "navn", "medlem", "person", "name",
                                                "member", "e-mail", "email")),
        C("term_start", "Periode start", "Term start", ("start", "fra", "from", "valgt",
                                                        "startdato")),
        C("term_end", "Periode slut", "Term end", ("slut", "til", "to", "udloeber", "slutdato",
                                                   "ends")),
        C("chosen", "Valgt ved", "How chosen", ("valgt hvordan", "valgform", "chosen by",
                                                "chosen")),
        C("description", "Beskrivelse", "Description", ("opgaver", "duties")),
        C("note", "Note", "Note", ("noter", "notes", "bemaerkning")),
    ),
    aliases=("funktion", "roller", "rolle", "role"),
)

ACTIONS = Tab(
    "actions", "Opgaver", "Actions",
    (
        C("id", "Nr", "Id", ("nr.", "nummer", "no", "no.", "number", "#", "id"), required=True),
        C("meeting", "Møde", "Meeting", ("moededato", "meeting date", "fra moede")),
        C("item", "Punkt", "Agenda item", ("dagsordenspunkt", "item")),
        C("description", "Opgave", "Description", ("beskrivelse", "action", "task", "hvad"),
          required=True),
        C("owners", "Ansvarlig", "Owner", ("ansvarlige", "owners", "hvem", "tovholder")),
        C("due", "Frist", "Due", ("deadline", "senest", "due date")),
        C("status", "Status", "Status", required=True),
        C("note", "Note", "Note", ("noter", "notes", "bemaerkning")),
    ),
    aliases=("opgave", "handlinger", "action", "tasks", "aktioner"),
)

MEETINGS = Tab(
    "meetings", "Møder", "Meetings",
    (
        C("date", "Dato", "Date", ("moededato", "meeting date"), required=True),
        C("start", "Start", "Start", ("fra", "from", "starttid", "kl")),
        C("end", "Slut", "End", ("til", "to", "sluttid")),
        C("place", "Sted", "Place", ("lokation", "location", "link", "sted eller link",
                                     "place or link", "adresse")),
        C("kind", "Form", "Kind", ("type", "moedeform", "fysisk online")),
        C("status", "Status", "Status"),
        C("note", "Note", "Note", ("noter", "notes")),
    ),
    aliases=("moede", "meeting", "moedekalender", "moedeplan"),
)

AGENDA = Tab(
    "agenda", "Dagsorden", "Agenda",
    (
        C("meeting", "Møde", "Meeting", ("moededato", "meeting date", "dato", "date"),
          required=True),
        C("no", "Nr", "No", ("nr.", "nummer", "punkt nr", "no.", "number", "#")),
        C("title", "Punkt", "Title", ("overskrift", "emne", "item", "subject", "titel"),
          required=True),
        C("responsible", "Ansvarlig", "Responsible", ("oplaeg", "ved", "owner", "presenter")),
        C("note", "Note", "Note", ("noter", "notes", "beskrivelse", "description")),
        C("status", "Status", "Status"),
        # What the meeting decided: the follow-up shows it, never the note (issue 13).
        C("decision", "Beslutning", "Decision", ("beslutninger", "besluttet", "decisions",
                                                 "decided", "udfald", "outcome")),
    ),
    aliases=("dagsordener", "dagsordenspunkter", "agenda items"),
)

GROUPS = Tab(
    "groups", "Arbejdsgrupper", "Working groups",
    (
        C("name", "Navn", "Name", ("gruppe", "group", "netvaerk", "network"), required=True),
        C("members", "Medlemmer", "Members", ("deltagere", "participants")),
        C("note", "Note", "Note", ("noter", "notes", "beskrivelse", "description")),
    ),
    aliases=("arbejdsgruppe", "netvaerk", "groups", "networks"),
)

CONSULTATIONS = Tab(
    "consultations", "Høringer", "Consultations",
    (
        C("title", "Titel", "Title", ("hoering", "emne", "consultation", "subject"),
          required=True),
        C("authority", "Myndighed", "Authority", ("afsender", "ministerium", "styrelse")),
        C("deadline", "Frist", "Deadline", ("hoeringsfrist", "due")),
        C("link", "Link", "Link", ("url", "hoeringsportalen")),
        C("coordinator", "Tovholder", "Coordinator", ("ansvarlig", "hoeringstovholder",
                                                      "owner")),
        C("status", "Status", "Status"),
        C("note", "Note", "Note", ("noter", "notes")),
    ),
    aliases=("hoering", "consultation"),
)

FORM = Tab(
    "form", "Skema", "Form",
    (
        C("id", "Id", "Id", ("nr", "kode", "code", "label", "felt", "field"), required=True),
        C("question", "Spørgsmål", "Question", ("tekst", "text"), required=True),
        C("type", "Type", "Type", ("svartype", "answer type"), required=True),
        C("options", "Valgmuligheder", "Options", ("muligheder", "svarmuligheder", "choices")),
    ),
    aliases=("kompetenceskema", "spoergeskema", "questions", "competence form"),
)

ANSWERS = Tab(
    "answers", "Svar", "Answers",
    (
        C("member", "Medlem", "Member", ("e-mail", "email"), required=True),
        C("round", "Runde", "Round", required=True),
        C("received", "Modtaget", "Received", required=True),
        C("message_id", "Message-ID", "Message-ID"),
        C("raw", "Rå tekst", "Raw text", ("raa tekst", "raw", "svartekst")),
    ),
    service_owned=True,
    open_ended=True,
)

LOG = Tab(
    "log", "Log", "Log",
    (
        C("time", "Tid", "Time", ("tidspunkt", "timestamp"), required=True),
        C("kind", "Art", "Kind", ("type",), required=True),
        C("key", "Nøgle", "Key", ("noegle",), required=True),
        C("recipient", "Modtager", "Recipient", ("til", "to")),
        C("message_id", "Message-ID", "Message-ID"),
        C("state", "Tilstand", "State", ("status",), required=True),
        C("detail", "Detaljer", "Detail", ("detalje", "details", "besked")),
    ),
    service_owned=True,
)

# Who comes to which meeting: one row per meeting and member. The chair may edit any cell; the
# service appends what it learns and updates only its own rows (jobs/digests/attendance_tab.py).
ATTENDANCE = Tab(
    "attendance", "Deltagelse", "Attendance",
    (
        C("meeting", "Møde", "Meeting", ("moededato", "meeting date", "dato", "date"),
          required=True),
        C("member", "Medlem", "Member", ("navn", "name", "deltager", "participant", "e-mail",
                                         "email"), required=True),
        C("status", "Status", "Status", ("svar", "answer", "attending")),
        C("comment", "Kommentar", "Comment", ("bemaerkning", "note", "noter", "notes")),
        C("source", "Kilde", "Source", ("fra", "via", "hvorfra")),
        C("time", "Tidspunkt", "Time", ("tid", "opdateret", "updated", "modtaget")),
    ),
    aliases=("deltagelse", "fremmoede", "tilmeldinger", "afbud", "attendance"),
    created_when_needed=True,
)

TABS: tuple[Tab, ...] = (
    MEMBERS, ROLES, ACTIONS, MEETINGS, AGENDA, GROUPS, CONSULTATIONS, FORM, ANSWERS, LOG,
    ATTENDANCE,
)
TAB_BY_KEY = {tab.key: tab for tab in TABS}


# "Log 2026": the rows archived out of the Log, one tab per year (jobs/runner/archive.py). Never
# read by a tick: the backends leave these tabs out of read(), so the Log's cost stays flat.
_ARCHIVE = re.compile(r"^(.+?)\s+(\d{4})$")


def archive_title(log_title: str, year: int) -> str:
    return f"{log_title} {year}"


def is_archive(title: str) -> bool:
    """True for a yearly archive of the Log ("Log 2026", also under the Log's other names)."""
    found = _ARCHIVE.match(title.strip())
    return found is not None and fold(found.group(1)) in {fold(n) for n in LOG.names()}


def find_tab(titles: list[str], tab: Tab) -> str | None:
    """The actual title in the workbook that names ``tab`` (exact names first, then aliases)."""
    by_fold = {fold(t): t for t in titles}
    for name in tab.names():
        if fold(name) in by_fold:
            return by_fold[fold(name)]
    return None


# The statuses and choices a chair types, folded, mapped to the values the code uses.
MEMBER_STATUS = {
    "aktiv": "active", "active": "active",
    "afventer": "pending", "pending": "pending", "ny": "pending", "ansoegt": "pending",
    "udtraadt": "left", "left": "left", "stoppet": "left", "udmeldt": "left",
}
ACTION_STATUS = {
    "aaben": "open", "open": "open", "igang": "open", "inprogress": "open", "": "open",
    "faerdig": "done", "done": "done", "lukket": "done", "closed": "done", "udfoert": "done",
    "droppet": "dropped", "dropped": "dropped", "annulleret": "dropped", "cancelled": "dropped",
}
MEETING_STATUS = {
    "planlagt": "planned", "planned": "planned", "": "planned",
    "afholdt": "held", "held": "held",
    "referatklar": "minutes", "minutesready": "minutes", "referat": "minutes",
    "aflyst": "cancelled", "cancelled": "cancelled", "canceled": "cancelled",
}
MEETING_KIND = {
    "fysisk": "physical", "physical": "physical", "inperson": "physical",
    "online": "online", "virtuel": "online", "teams": "online", "hybrid": "hybrid", "": "",
}
AGENDA_STATUS = {
    "planlagt": "planned", "planned": "planned", "": "planned",
    "behandlet": "done", "done": "done", "discussed": "done",
    "ikkenaaet": "not_reached", "notreached": "not_reached", "udskudt": "not_reached",
    "postponed": "not_reached",
    # deliberately put off by the meeting (not carried over by itself: the chair places it)
    "udsat": "deferred", "deferred": "deferred",
    "foreslaaet": "proposed", "proposed": "proposed",
    "afvist": "rejected", "rejected": "rejected",
}
ROLE_CHOSEN = {
    "frivillig": "volunteer", "volunteer": "volunteer", "valgt": "volunteer", "": "",
    "lodtraekning": "lottery", "lottery": "lottery", "lod": "lottery",
    "udpeget": "appointed", "appointed": "appointed",
}
ATTENDANCE_STATUS = {
    "kommer": "coming", "coming": "coming", "deltager": "coming", "ja": "coming", "yes": "coming",
    "accepted": "coming",
    "afbud": "absent", "absent": "absent", "kommerikke": "absent", "nej": "absent", "no": "absent",
    "declined": "absent", "notcoming": "absent",
    "maaske": "maybe", "maybe": "maybe", "tentative": "maybe", "foreloebig": "maybe",
    "ikkesvaret": "unanswered", "noanswer": "unanswered", "notanswered": "unanswered",
    "": "unanswered",
}
ATTENDANCE_SOURCE = {
    "svar": "reply", "reply": "reply", "mail": "reply", "email": "reply",
    "kalender": "calendar", "calendar": "calendar",
    "formand": "chair", "chair": "chair", "": "chair",
}
QUESTION_TYPE = {
    "en": "single", "single": "single", "enkelt": "single",
    "flere": "multi", "multi": "multi", "multiple": "multi",
    "tekst": "text", "text": "text", "fritekst": "text",
    "tal": "number", "number": "number",
}

# What the service writes into status cells, and what `init` offers as dropdowns.
CHOICES: dict[tuple[str, str], dict[str, tuple[str, ...]]] = {
    ("members", "status"): {"da": ("aktiv", "afventer", "udtrådt"),
                            "en": ("active", "pending", "left")},
    ("actions", "status"): {"da": ("åben", "færdig", "droppet"),
                            "en": ("open", "done", "dropped")},
    ("meetings", "status"): {"da": ("planlagt", "afholdt", "referat klar", "aflyst"),
                             "en": ("planned", "held", "minutes ready", "cancelled")},
    ("meetings", "kind"): {"da": ("fysisk", "online", "hybrid"),
                           "en": ("physical", "online", "hybrid")},
    ("agenda", "status"): {"da": ("planlagt", "behandlet", "ikke nået", "udsat", "foreslået"),
                           "en": ("planned", "done", "not reached", "deferred", "proposed")},
    ("roles", "chosen"): {"da": ("frivillig", "lodtrækning", "udpeget"),
                          "en": ("volunteer", "lottery", "appointed")},
    ("attendance", "status"): {"da": ("kommer", "afbud", "måske", "ikke svaret"),
                               "en": ("coming", "absent", "maybe", "no answer")},
    ("attendance", "source"): {"da": ("svar", "kalender", "formand"),
                               "en": ("reply", "calendar", "chair")},
    ("form", "type"): {"da": ("én", "flere", "tekst", "tal"),
                       "en": ("single", "multi", "text", "number")},
}
