"""Sentences of the form feature, in Danish and English; merged into tovholder.core.i18n.MESSAGES.

The ``form.*`` lines that appear inside the emailed form are also what tovholder.replies.form_reply
recognises as the service's own text when a reply quotes the form, in either language.
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # --- inside the form (tovholder.replies.form_text) --------------------------------------------------
    "form.instruction": {
        "da": "Sæt x ved det, der passer, og svar på denne mail. Du kan også bare skrive dine "
              "svar med dine egne ord.",
        "en": "Put an x by what applies and reply to this email. You can also just write your "
              "answers in your own words."},
    "form.prefilled": {
        "da": "Dine nuværende svar er udfyldt på forhånd; ret kun det, der har ændret sig.",
        "en": "Your current answers are filled in already; change only what has changed."},
    "form.hint_multi": {"da": "sæt x ved alle, der passer", "en": "mark all that apply"},
    "form.hint_single": {"da": "sæt ét x", "en": "mark one"},
    "form.hint_number": {"da": "skriv et tal", "en": "write a number"},
    "form.hint_text": {"da": "skriv frit", "en": "write freely"},
    "form.answer_label": {"da": "Svar", "en": "Answer"},
    "form.end": {"da": "(slut på skemaet)", "en": "(end of form)"},
    # --- the emails (templates/<lang>/form*) ------------------------------------------------
    "form.reminder_intro": {
        "da": "Vi mangler stadig dit svar på kompetenceskemaet ({round}). Det tager kun et "
              "par minutter.",
        "en": "We are still missing your answer to the competence form ({round}). It only "
              "takes a couple of minutes."},
    "form.confirm_intro": {
        "da": "Tak for dit svar. Sådan står dine svar nu i gruppens oversigt:",
        "en": "Thank you for your answer. This is how your answers now stand in the group's "
              "overview:"},
    "form.confirm_unchanged": {
        "da": "Du skrev, at intet er ændret, så dine svar står som før:",
        "en": "You wrote that nothing has changed, so your answers stand as before:"},
    "form.confirm_not_understood": {
        "da": "Dette kunne jeg ikke forstå og har ikke registreret (det er gemt som fritekst "
              "til tovholderen):",
        "en": "This I could not understand and have not recorded (it is kept as free text "
              "for the coordinator):"},
    "form.confirm_correct": {
        "da": "Er noget forkert, så svar på denne mail for at rette.",
        "en": "If anything is wrong, reply to this email to correct it."},
    # --- what the handler tells the Log (jobs.form.form) ----
    "answer.recorded": {"da": "svar registreret ({fields})",
                        "en": "answer recorded ({fields})"},
    "answer.unchanged": {"da": "svar registreret: ingen ændringer",
                         "en": "answer recorded: no changes"},
    "answer.duplicate": {"da": "svaret er allerede registreret", "en": "answer already recorded"},
    "answer.empty": {"da": "intet svar i mailen – intet registreret",
                     "en": "no answer in the mail – nothing recorded"},
    "answer.no_form": {"da": "skemaet har ingen spørgsmål – intet registreret",
                       "en": "the form has no questions – nothing recorded"},
    "answer.old_round": {"da": "svar på runde {old}, registreret i runde {round}",
                         "en": "answer to round {old}, recorded in round {round}"},
    "answer.flagged": {"da": "{count} stykke(r) tekst ikke forstået",
                       "en": "{count} piece(s) of text not understood"},
    "answer.not_understood": {"da": "Ikke forstået", "en": "Not understood"},
    # --- the competence overview (jobs.competences) --------------------------------------------
    "competence.title": {"da": "Kompetenceoversigt", "en": "Competence overview"},
    "competence.member": {"da": "Medlem", "en": "Member"},
    "competence.who_can": {"da": "Hvem kan tage hvilken funktion", "en": "Who can take which role"},
    "competence.groups_tab": {"da": "Arbejdsgrupper (fanen)", "en": "Working groups (tab)"},
    "competence.nobody": {"da": "ingen endnu", "en": "nobody yet"},
    "competence.no_answers": {"da": "Ingen har svaret på kompetenceskemaet endnu.",
                              "en": "Nobody has answered the competence form yet."},
    "form.no_round": {
        "da": "der er ingen [form] med round i {file}: skriv fx round = \"2026\"",
        "en": "there is no [form] with a round in {file}: write e.g. round = \"2026\""},
}
