"""Sentences of the digests feature, in Danish and English; merged into tovholder.core.i18n.MESSAGES.

The emails themselves are templates (templates/<lang>/agenda-*, followup-*, actions-*,
correction-*); these are the sentences the code says: Log details and notices to the chair.
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "digest.stale_agenda": {
        "da": "dagsordenen til mødet {date} blev ikke sendt: mødet var begyndt, før tjenesten "
              "kørte igen",
        "en": "the agenda for the meeting on {date} was not sent: the meeting had started before "
              "the service ran again"},
    "digest.stale_followup": {
        "da": "opfølgningen på mødet {date} blev ikke sendt: den var for gammel, da tjenesten "
              "kørte igen",
        "en": "the follow-up on the meeting on {date} was not sent: it was too old when the "
              "service ran again"},
    "digest.meeting_vanished": {
        "da": "mødet {date} er sendt ud med kalenderinvitation, men står ikke længere i Møder. "
              'Skriv "aflyst" i mødets status i stedet for at slette rækken, så får medlemmerne '
              "en aflysning",
        "en": "the meeting on {date} was sent out with a calendar invitation but is no longer in "
              'Meetings. Set its status to "cancelled" instead of deleting the row, and the '
              "members get a cancellation"},
    "digest.template_broken": {
        "da": "skabelonen {name} har en fejl i linje {line} ({detail}); den indbyggede skabelon "
              "bruges, indtil den er rettet",
        "en": "the template {name} has an error on line {line} ({detail}); the built-in template "
              "is used until it is fixed"},
    "digest.problems_title": {
        "da": "Regnearket har fejl, som dagsordens- og opfølgningsmails måtte gå uden om",
        "en": "The workbook has problems the agenda and follow-up emails had to work around"},
    "digest.preview_kind": {
        "da": 'der findes ingen mail af typen "{kind}"; vælg en af: {kinds}',
        "en": 'there is no email of the kind "{kind}"; choose one of: {kinds}'},
    "digest.preview_no_meeting": {
        "da": "der er intet møde {date} i Møder",
        "en": "there is no meeting {date} in Meetings"},
}
