"""Every sentence the service says to a person, in Danish (default) and English. Pure.

Codes are stable identifiers used by problems and errors; tests check that every code used in
the code base has both languages (tests/test_docs.py).
"""

from __future__ import annotations

from tovholder.core import i18n_digests, i18n_form, i18n_replies, i18n_roles

MESSAGES: dict[str, dict[str, str]] = {
    # --- problems in the workbook (sheets.parse, sheets.checks) ----
    "tab.missing": {
        "da": 'fanen "{tab}" mangler (den kan også hedde "{en}")',
        "en": 'the tab "{en}" is missing (it may also be called "{tab}")'},
    "column.missing": {
        "da": 'kolonnen "{column}" mangler i overskriftsrækken',
        "en": 'the column "{en}" is missing from the header row'},
    "cell.not_date": {"da": '"{value}" er ikke en dato', "en": '"{value}" is not a date'},
    "cell.not_time": {"da": '"{value}" er ikke et klokkeslæt', "en": '"{value}" is not a time'},
    "cell.not_email": {"da": '"{value}" er ikke en e-mailadresse',
                       "en": '"{value}" is not an email address'},
    "cell.bad_choice": {"da": '"{value}" er ikke en af de mulige værdier ({choices_da})',
                        "en": '"{value}" is not one of the allowed values ({choices_en})'},
    "member.no_email": {"da": "medlemmet mangler en e-mailadresse",
                        "en": "the member has no email address"},
    "member.duplicate": {"da": "{email} står der allerede (i {first})",
                         "en": "{email} is already listed (in {first})"},
    "member.no_name": {"da": "{email} mangler et navn", "en": "{email} has no name"},
    "role.no_name": {"da": "funktionen mangler et navn", "en": "the role has no name"},
    "role.holder_unknown": {"da": '"{holder}" ({role}) er ikke et medlem',
                            "en": '"{holder}" ({role}) is not a member'},
    "role.holder_left": {"da": "{who} er udtrådt, men står stadig som {role}",
                         "en": "{who} has left but is still listed as {role}"},
    "role.end_before_start": {"da": "perioden for {role} slutter før den starter",
                              "en": "the term for {role} ends before it starts"},
    "role.vacant": {"da": "{role} er ledig", "en": "{role} is vacant"},
    "role.term_ended": {"da": "perioden som {role} udløb {end}",
                        "en": "the term as {role} ended on {end}"},
    "role.term_ending": {"da": "perioden som {role} udløber {end} (om {days} dage)",
                         "en": "the term as {role} ends on {end} (in {days} days)"},
    "action.no_id": {"da": "opgaven mangler et nummer", "en": "the action has no id"},
    "action.duplicate": {"da": "opgave {id} findes allerede (i {first})",
                         "en": "action {id} already exists (in {first})"},
    "action.no_owner": {"da": "opgave {id} har ingen ansvarlig",
                        "en": "action {id} has no owner"},
    "action.owner_unknown": {"da": '"{who}" (opgave {id}) er ikke et medlem',
                             "en": '"{who}" (action {id}) is not a member'},
    "action.owner_left": {"da": "{who} er udtrådt, men er ansvarlig for opgave {id}",
                          "en": "{who} has left but owns action {id}"},
    "meeting.no_date": {"da": "mødet mangler en dato", "en": "the meeting has no date"},
    "meeting.duplicate": {"da": "der er allerede et møde den dag (i {first})",
                          "en": "there is already a meeting that day (in {first})"},
    "meeting.end_before_start": {"da": "mødet slutter før det begynder",
                                 "en": "the meeting ends before it starts"},
    "meeting.no_agenda": {"da": "mødet {date} har ingen dagsorden endnu",
                          "en": "the meeting on {date} has no agenda yet"},
    "agenda.no_meeting": {"da": 'punktet "{title}" mangler mødedato',
                          "en": 'the item "{title}" has no meeting date'},
    "agenda.no_title": {"da": "punktet mangler en overskrift", "en": "the item has no title"},
    "agenda.unknown_meeting": {"da": 'punktet "{title}" hører til et møde {date}, som ikke findes',
                               "en": 'the item "{title}" is for a meeting on {date} that does '
                                     "not exist"},
    "group.member_unknown": {"da": '"{who}" ({group}) er ikke et medlem',
                             "en": '"{who}" ({group}) is not a member'},
    "form.incomplete": {"da": "spørgsmålet mangler id eller tekst",
                        "en": "the question lacks an id or text"},
    "form.duplicate": {"da": 'id "{id}" er brugt to gange', "en": 'id "{id}" is used twice'},
    "form.no_options": {"da": 'spørgsmålet "{id}" har ingen valgmuligheder',
                        "en": 'the question "{id}" has no options'},
    # --- errors (tovholder.core.errors), shown once at the command line ----------------------------
    "config.invalid": {
        "da": "fejl i konfigurationen {file}: nøglen {key} skal være {expected}. {fix}",
        "en": "error in the configuration {file}: the key {key} must be {expected}. {fix}"},
    "config.not_found": {
        "da": "konfigurationen {file} findes ikke. Kopiér config.example.toml til {file} "
              "(tovholder example-config > {file}) og ret den til, "
              "eller kør uden --config for at bruge demoen.",
        "en": "the configuration {file} does not exist. Copy config.example.toml to {file} "
              "(tovholder example-config > {file}) and edit it, "
              "or run without --config to use the demo."},
    "config.no_group": {"da": 'der er ingen gruppe "{group}" i konfigurationen (der er: {groups})',
                        "en": 'there is no group "{group}" in the configuration (there are: {groups})'},
    "config.syntax": {"da": "{file} er ikke gyldig TOML: {detail}",
                      "en": "{file} is not valid TOML: {detail}"},
    "config.retired": {"da": "advarsel om {file}: nøglen {key} bruges ikke længere og ignoreres; "
                             "slet den. {hint}",
                       "en": "warning about {file}: the key {key} is no longer used and is "
                             "ignored; delete it. {hint}"},
    "config.retired.imap_poll": {
        "da": "Hvor ofte der ses efter ny post uden IDLE, står i [service] poll_seconds.",
        "en": "How often new mail is looked for without IDLE is [service] poll_seconds."},
    # the expected form and the fix of a config error (tovholder.core.schema), in words
    "config.or": {"da": "eller", "en": "or"},
    "config.expect.choice": {"da": "{choices}", "en": "{choices}"},
    "config.expect.bool": {"da": "true eller false", "en": "true or false"},
    "config.expect.whole": {"da": "et helt tal", "en": "a whole number"},
    "config.expect.whole_unit": {"da": "et helt antal {unit}", "en": "a whole number of {unit}"},
    "config.expect.number": {"da": "et tal", "en": "a number"},
    "config.expect.number_unit": {"da": "et antal {unit}", "en": "a number of {unit}"},
    "config.expect.text": {"da": "en tekst i anførselstegn", "en": "a text in quotes"},
    "config.expect.nonempty": {"da": "en tekst, der ikke er tom, fx {example}",
                               "en": "a text that is not empty, e.g. {example}"},
    "config.expect.path": {"da": "en sti i anførselstegn", "en": "a path in quotes"},
    "config.expect.list_whole": {"da": "en liste af hele tal{range}, fx {example}",
                                 "en": "a list of whole numbers{range}, e.g. {example}"},
    "config.expect.list_text": {"da": "en liste af tekster i anførselstegn, fx {example}",
                                "en": "a list of texts in quotes, e.g. {example}"},
    "config.expect.table": {"da": "en tabel [{table}]", "en": "a table [{table}]"},
    "config.expect.known_key": {"da": "en kendt nøgle", "en": "a known key"},
    "config.expect.timezone": {"da": 'et IANA-tidszonenavn, fx "Europe/Copenhagen"',
                               "en": 'an IANA time zone name, e.g. "Europe/Copenhagen"'},
    "config.expect.address": {"da": 'en ren e-mailadresse, fx "gruppe@example.org"',
                              "en": 'a bare email address, e.g. "gruppe@example.org"'},
    "config.expect.reply_form": {
        "da": 'en adresse med {{token}} præcis én gang, fx "svar-{{token}}@example.org"',
        "en": 'an address with {{token}} exactly once, e.g. "svar-{{token}}@example.org"'},
    "config.expect.env": {"da": "navnet på en miljøvariabel",
                          "en": "the name of an environment variable"},
    "config.expect.spreadsheet_id": {"da": "id'et fra regnearkets adresse (mellem /d/ og /edit)",
                                     "en": "the id in the sheet's address (between /d/ and /edit)"},
    "config.expect.key_file": {"da": "stien til servicekontoens JSON-nøgle",
                               "en": "the path of the service account's JSON key"},
    "config.expect.host": {"da": 'et værtsnavn, fx "mail.example.org"',
                           "en": 'a host name, e.g. "mail.example.org"'},
    "config.expect.agenda": {"da": 'en liste af punkter med højst ét "*" (mødets egne punkter)',
                             "en": 'a list of items with at most one "*" (the meeting\'s own '
                                   "items)"},
    "config.expect.groups": {"da": "en eller flere [[group]]-tabeller",
                             "en": "one or more [[group]] tables"},
    "config.expect.group_name": {"da": "et navn, der er forskelligt for hver gruppe",
                                 "en": "a name that differs for each group"},
    "config.range.between": {"da": " mellem {low} og {high}", "en": " from {low} to {high}"},
    "config.range.min": {"da": " ≥ {low}", "en": " ≥ {low}"},
    "config.range.positive": {"da": " over 0", "en": " above 0"},
    "config.unit.days": {"da": "dage", "en": "days"},
    "config.unit.working_days": {"da": "arbejdsdage", "en": "working days"},
    "config.unit.seconds": {"da": "sekunder", "en": "seconds"},
    "config.unit.minutes": {"da": "minutter", "en": "minutes"},
    "config.unit.years": {"da": "år", "en": "years"},
    "config.unit.per_minute": {"da": "mails i minuttet", "en": "emails a minute"},
    "config.fix.example": {"da": "Skriv fx {key} = {example}", "en": "Write e.g. {key} = {example}"},
    "config.fix.valid_keys": {"da": "Gyldige nøgler: {keys}", "en": "Valid keys: {keys}"},
    "config.fix.secret": {
        "da": "Hemmeligheder står aldrig i konfigurationen: brug {key}_env (navnet på en "
              "miljøvariabel) eller {key}_file (en fil).",
        "en": "Secrets never go in the configuration: use {key}_env (the name of an environment "
              "variable) or {key}_file (a file)."},
    "config.fix.table": {"da": "Skriv [{table}] på en linje for sig med nøglerne under",
                         "en": "Write [{table}] on a line of its own with its keys below it"},
    "config.fix.address": {"da": "Skriv kun adressen, uden navn og vinkler",
                           "en": "Write the address only, without a name or angle brackets"},
    "config.fix.reply_form": {
        "da": 'Skriv fx reply_address = "gruppe+{{token}}@example.org", eller lad den være tom',
        "en": 'Write e.g. reply_address = "gruppe+{{token}}@example.org", or leave it empty'},
    "config.fix.spreadsheet_id": {
        "da": "Kopiér det fra https://docs.google.com/spreadsheets/d/<ID>/edit",
        "en": "Copy it from https://docs.google.com/spreadsheets/d/<ID>/edit"},
    "config.fix.key_file": {"da": "Angiv service_account_file, eller sæt miljøvariablen {env}",
                            "en": "Set service_account_file, or the environment variable {env}"},
    "config.fix.host": {"da": 'Angiv host i [mail.{server}], eller brug backend = "local" i [mail]',
                        "en": 'Set host in [mail.{server}], or use backend = "local" in [mail]'},
    "config.fix.agenda": {"da": 'Skriv fx standard_agenda = ["Velkomst", "*", "Eventuelt"]',
                          "en": 'Write e.g. standard_agenda = ["Welcome", "*", "Any other business"]'},
    "config.fix.groups": {"da": 'Skriv [[group]] og name = "..." for hver gruppe',
                          "en": 'Write [[group]] and name = "..." for each group'},
    "secret.missing": {
        "da": "hemmeligheden til {key} mangler: sæt miljøvariablen {env}, eller angiv en fil "
              "i {key}_file",
        "en": "the secret for {key} is missing: set the environment variable {env}, or name a "
              "file in {key}_file"},
    "workbook.not_found": {"da": "regnearket {path} findes ikke. Opret det med: tovholder init",
                           "en": "the workbook {path} does not exist. Create it with: "
                                 "tovholder init"},
    "workbook.corrupt": {"da": "{path} kan ikke læses som et .xlsx-regneark ({detail})",
                         "en": "{path} cannot be read as an .xlsx workbook ({detail})"},
    "workbook.tab_missing": {"da": 'fanen "{tab}" findes ikke i {path}',
                             "en": 'the tab "{tab}" does not exist in {path}'},
    "workbook.permission": {"da": "ingen adgang til {path}", "en": "no access to {path}"},
    "workbook.locked": {
        "da": "{path} er åbent i {app} ({lockfile}). Tovholder skriver ikke, mens filen er "
              "åben, for {app} ville overskrive ændringen, når filen gemmes. Luk filen og prøv "
              "igen; der går intet tabt. Er filen ikke åben, er {lockfile} efterladt af et "
              "nedbrud og kan slettes.",
        "en": "{path} is open in {app} ({lockfile}). Tovholder does not write while the file "
              "is open, because {app} would overwrite the change on its next save. Close the "
              "file and try again; nothing is lost. If the file is not open, {lockfile} was left "
              "behind by a crash and can be deleted."},
    "sheets.unavailable": {
        "da": "Google Sheets svarer ikke lige nu ({detail}); der prøves igen ved næste kørsel",
        "en": "Google Sheets is not answering right now ({detail}); the next run tries again"},
    "sheets.forbidden": {
        "da": "ingen adgang til Google-regnearket {spreadsheet_id}: del det med "
              "servicekontoen {account} som redaktør (dens e-mailadresse står i nøglefilen)",
        "en": "no access to the Google Sheet {spreadsheet_id}: share it with the service "
              "account {account} as editor (its email address is in the key file)"},
    "sheets.not_found": {"da": "Google-regnearket {spreadsheet_id} findes ikke ({detail})",
                         "en": "the Google Sheet {spreadsheet_id} does not exist ({detail})"},
    "sheets.error": {"da": "fejl fra Google Sheets: {detail}",
                     "en": "error from Google Sheets: {detail}"},
    "workbook.error": {"da": "regnearket {path} kan ikke bruges: {detail}",
                       "en": "the workbook {path} cannot be used: {detail}"},
    "mail.error": {"da": "fejl ved e-mail: {detail}", "en": "mail error: {detail}"},
    "mail.smtp": {"da": "fejl ved afsendelse: {detail}", "en": "error while sending: {detail}"},
    "mail.imap": {"da": "fejl ved indbakken: {detail}", "en": "error with the inbox: {detail}"},
    "mail.header_injection": {"da": "ulovligt linjeskift i {header}",
                              "en": "illegal line break in {header}"},
    "mail.bad_address": {"da": "ugyldig e-mailadresse i {header}: {address}",
                         "en": "invalid email address in {header}: {address}"},
    "mail.bad_attachment": {"da": "vedhæftningen {filename} har en ugyldig type ({mime_type})",
                            "en": "the attachment {filename} has an invalid type ({mime_type})"},
    "mail.bad_domain": {"da": "ugyldigt domæne til Message-ID: {domain}",
                        "en": "invalid domain for Message-ID: {domain}"},
    "mail.bad_message_id": {"da": "ugyldigt Message-ID i {header}: {value}",
                            "en": "invalid Message-ID in {header}: {value}"},
    "mail.naive_date": {"da": "tidspunktet i {header} mangler tidszone",
                        "en": "the time in {header} has no time zone"},
    "mail.no_message_id": {"da": 'e-mailen "{subject}" har intet Message-ID og kan ikke sendes',
                           "en": 'the email "{subject}" has no Message-ID and cannot be sent'},
    "template.broken": {"da": "skabelonen {name} har en fejl (linje {line}): {detail}",
                        "en": "the template {name} has an error (line {line}): {detail}"},
    "error": {"da": "fejl: {detail}", "en": "error: {detail}"},
    # --- the service loop and notices to the chair -----------------------------------------
    "tick.summary": {"da": "{members} aktive medlemmer, {mails} nye mails, {sent} sendt, "
                           "{failed} afvist",
                     "en": "{members} active members, {mails} new mails, {sent} sent, "
                           "{failed} refused"},
    "service.stopping": {"da": "stopper efter det igangværende trin …",
                         "en": "stopping after the current step …"},
    "tick.lease_lost": {"da": "en anden Tovholder-proces arbejder på gruppen lige nu; prøver igen "
                              "ved næste kørsel",
                        "en": "another Tovholder process is working on this group right now; "
                              "the next tick tries again"},
    "tick.dry_run_inbox": {"da": "(prøvekørsel: indbakken røres ikke)",
                           "en": "(dry run: the inbox is not touched)"},
    "notice.no_chair": {
        "da": "ingen formand i fanen Funktioner og ingen mail.chair i konfigurationen: "
              "beskeder til formanden kan ikke sendes",
        "en": "no chair in the Roles tab and no mail.chair in the configuration: notices to "
              "the chair cannot be sent"},
    "notice.bounce": {"da": "En mail til {detail} kom retur",
                      "en": "An email to {detail} bounced"},
    "notice.bounce_body": {
        "da": "Adressen er markeret som fejlende i fanen Log. Ret den i fanen Medlemmer, hvis "
              "den er forkert.",
        "en": "The address is marked as failing in the Log tab. Correct it in the Members tab "
              "if it is wrong."},
    "notice.unreadable": {"da": "En mail fra {sender} kunne ikke læses",
                          "en": "An email from {sender} could not be read"},
    "notice.handler_crash": {"da": "Et svar fra {sender} kunne ikke behandles",
                             "en": "A reply from {sender} could not be handled"},
    "notice.crash": {"da": "En mail kunne ikke behandles", "en": "An email could not be handled"},
    "notice.bad_token": {"da": "En mail fra {sender} havde en ugyldig svaradresse",
                         "en": "An email from {sender} had an invalid reply address"},
    "notice.no_token": {
        "da": "{sender} skrev til gruppens adresse uden at svare på en af Tovholders mails",
        "en": "{sender} wrote to the group's address without answering one of Tovholder's emails"},
    "notice.unknown_sender": {"da": "En mail fra en ukendt afsender, {sender}",
                              "en": "An email from an unknown sender, {sender}"},
    "notice.other_member": {"da": "{sender} svarede på en mail, der var sendt til et andet medlem",
                            "en": "{sender} answered an email that was sent to another member"},
    "notice.failed": {"da": "Mailserveren afviste en mail til {recipient} ({kind} {key})",
                      "en": "The mail server refused an email to {recipient} ({kind} {key})"},
    "notice.failed_body": {
        "da": "Serverens svar: {detail}. Ret adressen i fanen Medlemmer, hvis den er forkert; "
              "mailen sendes ikke igen af sig selv.",
        "en": "The server answered: {detail}. Correct the address in the Members tab if it is "
              "wrong; the email is not sent again by itself."},
    "notice.loop": {"da": "Automatiske svar til {recipient} er stoppet",
                    "en": "Automatic answers to {recipient} were stopped"},
    "notice.loop_body": {
        "da": "Adressen har svaret igen og igen på Tovholders bekræftelser (mere end tre gange "
              "i timen), så det ligner to automater, der svarer hinanden. Tovholder svarer ikke "
              "flere gange i denne time. Se på indbakken, om der er en videresendelse eller et "
              "autosvar, der skal slås fra.",
        "en": "The address answered Tovholder's confirmations again and again (more than three "
              "times in an hour), which looks like two robots answering each other. Tovholder "
              "does not answer it again this hour. Check for a forwarding rule or an "
              "auto-responder to switch off."},
    "notice.quarantined": {
        "da": 'Mailen ("{subject}") er ikke registreret. Den ligger i mappen {folder}; '
              "se på den, og ret regnearket selv, hvis den skal bruges.",
        "en": 'The email ("{subject}") was not recorded. It is in the folder {folder}; look at '
              "it and update the sheet yourself if it should be used."},
    # --- the command line ---------------------------------------------------------------------
    "check.summary": {"da": "{errors} fejl, {warnings} advarsler i {label}",
                      "en": "{errors} errors, {warnings} warnings in {label}"},
    "check.clean": {"da": "Ingen problemer i {label}.", "en": "No problems in {label}."},
    "demo.seeded": {"da": "Lagde {mails} mails i demoens indbakke.",
                    "en": "Put {mails} mails in the demo inbox."},
    "demo.replies": {"da": "{count} medlemmer svarer på deres mails (opfundne svar i demoens indbakke).",
                     "en": "{count} members answer their emails (invented replies in the demo inbox)."},
    "demo.outbox": {
        "da": "Se de sendte mails i {outbox} (.eml og .html). Kør igen med: "
              "{program} --config {config} tick",
        "en": "See the sent emails in {outbox} (.eml and .html). Run again with: "
              "{program} --config {config} tick"},
    "init.created": {"da": "Oprettede fanerne {tabs} i {label}.",
                     "en": "Created the tabs {tabs} in {label}."},
    "init.nothing": {"da": "Alle faner findes allerede i {label}; intet ændret.",
                     "en": "All tabs already exist in {label}; nothing changed."},
    "show.members": {"da": "Medlemmer: {active} aktive, {pending} afventer godkendelse, {left} udtrådt",
                     "en": "Members: {active} active, {pending} awaiting approval, {left} left"},
    "show.pending": {"da": "afventer godkendelse: {name} <{email}>",
                     "en": "awaiting approval: {name} <{email}>"},
    "show.roles": {"da": "Funktioner:", "en": "Roles:"},
    "show.vacant": {"da": "LEDIG", "en": "VACANT"},
    "show.until": {"da": "til {end}", "en": "until {end}"},
    "show.actions": {"da": "Åbne opgaver pr. ansvarlig:", "en": "Open actions per owner:"},
    "show.due": {"da": "frist {date}", "en": "due {date}"},
    "show.overdue": {"da": "OVERSKREDET", "en": "OVERDUE"},
    "show.none": {"da": "(ingen)", "en": "(none)"},
    "show.no_meeting": {"da": "Intet planlagt møde.", "en": "No meeting planned."},
    "show.next_meeting": {"da": "Næste møde: {when}, {place}", "en": "Next meeting: {when}, {place}"},
    "show.carried": {"da": "(udskudt fra mødet {date})", "en": "(carried over from {date})"},
}


# Each feature keeps its sentences in its own module; one dict for lookups.
for _feature in (i18n_form, i18n_digests, i18n_roles, i18n_replies):
    MESSAGES.update(_feature.MESSAGES)


class _Default(dict[str, str]):
    """A missing parameter reads as "?" rather than as a raw {placeholder} in a sentence."""

    def __missing__(self, key: str) -> str:
        return "?"


def t(lang: str, code: str, **params: object) -> str:
    """The sentence for ``code`` in ``lang`` (falling back to Danish, then to the code itself)."""
    entry = MESSAGES.get(code)
    if entry is None:
        detail = ", ".join(f"{k}={v}" for k, v in params.items())
        return f"{code}: {detail}" if detail else code
    template = entry.get(lang) or entry["da"]
    return template.format_map(_Default({k: str(v) for k, v in params.items()}))


def problem_line(problem: object, lang: str) -> str:
    """'Opgaver!F7: "31/02" er ikke en dato' for a tovholder.sheets.model.Problem."""
    params = dict(problem.params)  # type: ignore[attr-defined]
    return f"{problem.address}: {t(lang, problem.code, **params)}"  # type: ignore[attr-defined]
