"""Sentences of the answerable emails (actions, agenda proposals, consultation input), in Danish
and English; merged into tovholder.core.i18n.MESSAGES."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # --- actions by reply (tovholder.jobs.actions.replies) ----------------------------------------------
    "answer.action_done": {"da": "opgave {id} er markeret som færdig",
                           "en": "action {id} is marked as done"},
    "answer.action_already": {"da": "opgave {id} var allerede markeret som færdig",
                              "en": "action {id} was already marked as done"},
    "answer.action_due": {"da": "opgave {id} har fået ny frist {day}",
                          "en": "action {id} now has the due date {day}"},
    "answer.action_note": {"da": "din bemærkning er skrevet ved opgave {id}",
                           "en": "your note has been added to action {id}"},
    "answer.action_to_chair": {
        "da": "resten af dit svar er sendt til formanden, som ser på det",
        "en": "the rest of your reply has gone to the chair, who will look at it"},
    "answer.action_chair_title": {"da": "{name} har svaret om sine opgaver",
                                  "en": "{name} has replied about their actions"},
    "answer.action_chair_body": {
        "da": "Noget i svaret kunne Tovholder ikke forstå sikkert, så det er ikke skrevet ind. "
              "Ret selv fanen Opgaver, hvis det skal bruges.",
        "en": "Tovholder could not safely understand part of the reply, so it was not written "
              "in. Edit the Actions tab yourself if it should be used."},
    "answer.action_chair_recorded": {"da": "Skrevet ind i Opgaver: {changes}",
                                     "en": "Written into Actions: {changes}"},
    "answer.action_chair_not_mine": {
        "da": "Opgave {id} ({description}) er ikke min – find en anden ansvarlig",
        "en": "Action {id} ({description}) is not mine – please find another owner"},
    # --- agenda proposals by reply (jobs.agenda_call.proposals) ----
    "answer.agenda_added": {
        "da": "Tak – {titles} er foreslået til mødet {day}; formanden beslutter, om det kommer "
              "på dagsordenen.",
        "en": "Thank you – {titles} has been proposed for the meeting on {day}; the chair "
              "decides whether it goes on the agenda."},
    "answer.agenda_to_chair": {"da": "Dit svar er også sendt til formanden.",
                               "en": "Your reply has also gone to the chair."},
    "answer.agenda_chair_title": {"da": "{name} har svaret på \"Punkter til næste møde?\"",
                                  "en": "{name} has replied to \"Items for the next meeting?\""},
    "answer.agenda_chair_body": {
        "da": "Noget i svaret kunne Tovholder ikke læse som et punkt til mødet {day}, så det er "
              "ikke skrevet i Dagsorden. Tilføj det selv, hvis det skal med.",
        "en": "Tovholder could not read part of the reply as an item for the meeting on {day}, "
              "so it was not written into the Agenda. Add it yourself if it should be there."},
    "answer.agenda_chair_added": {
        "da": "Skrevet i Dagsorden som foreslået: {titles}",
        "en": "Written into the Agenda as proposed: {titles}"},
    # --- consultation input (jobs.consultations.consultations, jobs.consultations.draft_doc) ----
    "answer.input_thanks": {
        "da": "Tak – dit input til høringen \"{title}\" er modtaget og kommer med i det samlede "
              "udkast, som {coordinator} får {day}.",
        "en": "Thank you – your input to the consultation \"{title}\" has been received and "
              "will be in the compiled draft {coordinator} gets on {day}."},
    "answer.draft_authority": {"da": "Høringen er fra {authority}.",
                               "en": "The consultation is from {authority}."},
    "answer.draft_deadline": {"da": "Høringsfrist: {day}.", "en": "Deadline: {day}."},
    "answer.draft_intro": {
        "da": "Udkast til gruppens høringssvar, samlet af Tovholder til {coordinator}: "
              "medlemmernes input, ordret og samlet pr. medlem.",
        "en": "Draft of the group's answer, compiled by Tovholder for {coordinator}: the "
              "members' input, verbatim and grouped by member."},
    "answer.draft_no_input": {"da": "Der er ikke kommet input fra medlemmerne.",
                              "en": "No input has come from the members."},
    "answer.draft_without": {"da": "Svarede uden input: {names}.",
                             "en": "Replied without input: {names}."},
    # --- replies a person must read (jobs.base.pass_on) -----------------------------------
    "pass_on.title": {"da": "{name} har svaret på en mail fra Tovholder",
                      "en": "{name} answered an email from Tovholder"},
    "pass_on.files": {"da": "Medlemmets filer er vedhæftet: {files}. En fil, der er for stor til "
                               "at sende videre, ligger i Tovholders postkasse.",
                         "en": "The member's files are attached: {files}. A file too large to "
                               "pass on is in Tovholder's mailbox."},
    "pass_on.body": {
        "da": 'Svaret kom på mailen "{subject}". Tovholder har ikke ændret noget i regnearket; '
              "læs det og svar medlemmet selv, hvis det skal have svar.",
        "en": 'The reply came to the email "{subject}". Tovholder changed nothing in the '
              "workbook; read it and answer the member yourself if it needs an answer."},
}
