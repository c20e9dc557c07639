"""Sentences of the roles feature, in Danish and English; merged into tovholder.core.i18n.MESSAGES."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # --- who is left out of a draw (tovholder.jobs.roles.lottery) ------------------------------------------
    "lottery.pending": {"da": "afventer godkendelse", "en": "awaiting approval"},
    "lottery.left": {"da": "udtrådt", "en": "has left"},
    "lottery.on_leave": {"da": "på orlov", "en": "on leave"},
    "lottery.exclude_draw": {"da": "fritaget af formanden", "en": "exempted by the chair"},
    "lottery.holder": {"da": "har allerede funktionen", "en": "already holds the role"},
    "lottery.malformed": {"da": "rækken kan ikke læses (ukendt status)",
                          "en": "the row cannot be read (unknown status)"},
    "lottery.declined": {"da": "har sagt nej til en tidligere trækning",
                         "en": "declined an earlier draw"},
    "lottery.single": {"da": "Kun ét medlem kunne trækkes, så der var ingen lodtrækning.",
                       "en": "Only one member could be drawn, so there was no lottery."},
    "lottery.no_eligible": {"da": "ingen medlemmer kan trækkes", "en": "no member can be drawn"},
    # --- tovholder draw --verify (tovholder.jobs.roles.draw_verify) ----------------------------------------
    "lottery.verify_incomplete": {
        "da": "Teksten skal have en linje 'funktion: …', en linje 'dato: …' og mindst én linje "
              "'e-mail antal-lodder'.",
        "en": "The text needs a line 'role: …', a line 'date: …' and at least one line "
              "'email number-of-lots'."},
    "lottery.verify_bad_table": {
        "da": "Tabellen har den samme e-mail to gange eller et medlem med 0 lodder.",
        "en": "The table has the same email twice or a member with 0 lots."},
    "lottery.verify_seed": {"da": "frø: {seed}", "en": "seed: {seed}"},
    "lottery.verify_ticket": {"da": "vindende lod: {ticket} af 0–{total} (frø modulo {total})",
                              "en": "winning lot: {ticket} of 0–{total} (seed modulo {total})"},
    "lottery.verify_winner": {"da": "trukket: {winner} ({role}, {date})",
                              "en": "drawn: {winner} ({role}, {date})"},
    "lottery.verify_seed_differs": {
        "da": "ADVARSEL: meddelelsens frø ({claimed}) passer ikke med tallene.",
        "en": "WARNING: the announcement's seed ({claimed}) does not match the numbers."},
    # --- the announcement (templates draw-*) -----------------------------------------------
    "draw.pool_all": {"da": "Ingen meldte sig inden fristen, så der er trukket lod blandt alle, "
                            "der kan trækkes.",
                      "en": "Nobody volunteered by the deadline, so lots were drawn among all "
                            "members who can be drawn."},
    "draw.pool_volunteers": {"da": "Flere meldte sig, så der er trukket lod blandt dem.",
                             "en": "Several members volunteered, so lots were drawn among them."},
    "draw.redraw": {"da": "{names} sagde nej til den forrige trækning, så der er trukket igen.",
                    "en": "{names} declined the previous draw, so lots were drawn again."},
    # --- notes to the chair about calls for volunteers (template vacancy_chair-*) ----------
    "vacancy.proposed": {"da": "{name} vil gerne være {role}",
                         "en": "{name} volunteers as {role}"},
    "vacancy.proposed_body": {
        "da": "{name} ({email}) svarede ja til opfordringen. Skriv {name} som {role} i fanen "
              "Funktioner med \"frivillig\" i Valgt ved, hvis du godkender det.",
        "en": "{name} ({email}) answered yes to the call. Write {name} as {role} in the Roles "
              "tab with \"volunteer\" in How chosen if you agree."},
    "vacancy.assigned": {"da": "{name} er nu {role}", "en": "{name} is now {role}"},
    "vacancy.assigned_body": {
        "da": "{name} ({email}) svarede ja og er skrevet ind i fanen Funktioner for perioden "
              "{start} til {end}.",
        "en": "{name} ({email}) answered yes and has been written into the Roles tab for the "
              "term {start} to {end}."},
    "vacancy.choose": {"da": "Flere vil gerne være {role}: vælg én",
                       "en": "Several members volunteer as {role}: choose one"},
    "vacancy.choose_body": {
        "da": "Fristen er udløbet. Disse medlemmer sagde ja: {names}. Skriv den, du vælger, i "
              "fanen Funktioner.",
        "en": "The deadline has passed. These members said yes: {names}. Write the one you "
              "choose in the Roles tab."},
    "vacancy.unclear": {"da": "Et svar fra {name} om {role} skal læses af dig",
                        "en": "A reply from {name} about {role} needs you to read it"},
    "vacancy.unclear_body": {
        "da": "Tovholder kunne ikke se, om svaret er ja eller nej, og har ikke ændret noget. "
              "Ret selv fanen Funktioner, hvis svaret skal bruges.",
        "en": "Tovholder could not tell whether the reply is yes or no and changed nothing. "
              "Update the Roles tab yourself if the reply should be used."},
    "vacancy.late": {
        "da": "Svaret kom, efter at funktionen var besat eller trukket; intet er ændret.",
        "en": "The reply came after the role was filled or drawn; nothing was changed."},
    "vacancy.refused": {
        "da": "Et nej til lodtrækningen kan kun gives én gang pr. opfordring og inden for "
              "{days} dage; dette nej er ikke brugt. Afgør selv, om trækningen skal gå om.",
        "en": "A draw can only be declined once per call and within {days} days; this decline "
              "was not used. Decide yourself whether to draw again."},
    "vacancy.no_eligible": {"da": "Ingen kan trækkes som {role}",
                            "en": "Nobody can be drawn as {role}"},
    "vacancy.no_eligible_body": {
        "da": "Alle medlemmer er enten ikke aktive, på orlov, fritaget eller har sagt nej. "
              "Udpeg selv en i fanen Funktioner.",
        "en": "Every member is either not active, on leave, exempted or has declined. Appoint "
              "someone yourself in the Roles tab."},
    "vacancy.note_proposed": {"da": "foreslået: {name}", "en": "proposed: {name}"},
    # --- notes to the chair about terms (template renewal_chair-*) -------------------------
    "renewal.ending": {"da": "{name}s periode som {role} slutter {end}",
                       "en": "{name}'s term as {role} ends on {end}"},
    "renewal.ending_body": {
        "da": "{name} er spurgt, om {name} fortsætter {years} år mere. Svarer {name} ja, skriver "
              "Tovholder den nye periode ind; ellers bliver funktionen ledig, og der sendes en "
              "opfordring til medlemmerne.",
        "en": "{name} has been asked whether to continue for {years} more years. If {name} says "
              "yes, Tovholder writes the new term; otherwise the role becomes vacant and the "
              "members are asked to volunteer."},
    "renewal.renewed": {"da": "{name} fortsætter som {role} til {end}",
                        "en": "{name} continues as {role} until {end}"},
    "renewal.renewed_body": {"da": "Den nye periode er skrevet ind i fanen Funktioner.",
                             "en": "The new term has been written into the Roles tab."},
    "renewal.not_renewing": {"da": "{name} fortsætter ikke som {role}",
                             "en": "{name} will not continue as {role}"},
    "renewal.not_renewing_body": {
        "da": "Når perioden slutter, bliver funktionen ledig, og medlemmerne bliver spurgt.",
        "en": "When the term ends, the role becomes vacant and the members are asked."},
    "renewal.unclear": {"da": "Et svar fra {name} om perioden som {role} skal læses af dig",
                        "en": "A reply from {name} about the term as {role} needs you to read it"},
}
