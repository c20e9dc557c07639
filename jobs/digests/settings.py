"""The settings of the digests feature ([digests] in the config) and their defaults. Pure."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields

from tovholder.jobs.base.context import Context
from tovholder.jobs.digests import agenda as ag

STANDARD_AGENDA = {
    "da": ("Velkomst", "Godkendelse af dagsorden", "Nyt fra medlemmerne",
           "Opfølgning på seneste møde", ag.OWN, "Bordet rundt", "Punkter til næste møde",
           "Eventuelt"),
    "en": ("Welcome", "Approval of the agenda", "News from the members",
           "Follow-up on the last meeting", ag.OWN, "Round the table", "Items for the next meeting",
           "Any other business"),
}


@dataclass(frozen=True)
class DigestSettings:
    agenda_days_before: int = 7  # the agenda digest goes this many days before the meeting
    followup_days_after: int = 3  # the follow-up goes this many days after (or at "referat klar")
    action_reminder_days_before: int = 3  # an owner is reminded this many days before the due date
    overdue_reminder_every_days: int = 7  # and every so many days while the action is overdue
    stale_after_days: int = 14  # a follow-up later than this after its day is skipped as stale
    send_from_hour: int = 7  # digests and reminders wait for this hour of the day (group's zone)
    term_warning_days: int = 60  # terms ending within this many days are listed
    standard_agenda: tuple[str, ...] | None = None  # None: the group language's default

    def standard(self, lang: str) -> tuple[str, ...]:
        return self.standard_agenda if self.standard_agenda is not None else \
            STANDARD_AGENDA.get(lang, STANDARD_AGENDA["da"])


KEYS = frozenset(f.name for f in fields(DigestSettings))
_INT_KEYS = KEYS - {"standard_agenda"}


def settings_from_table(table: dict[str, object], fail: Callable[[str, str, str], None]
                        ) -> DigestSettings:
    """The [digests] table of the config; ``fail(key, expected, fix)`` raises."""
    values: dict[str, object] = {}
    for key, value in table.items():
        if key not in KEYS:
            fail(key, "en kendt nøgle / a known key", "Gyldige nøgler: " + ", ".join(sorted(KEYS)))
        elif key == "standard_agenda":
            if not isinstance(value, list) or not all(isinstance(v, str) and v.strip()
                                                      for v in value) or \
                    sum(v.strip() == ag.OWN for v in value) > 1:
                fail(key, 'en liste af punkter med højst ét "*" (mødets egne punkter)',
                     'Skriv fx standard_agenda = ["Velkomst", "*", "Eventuelt"]')
            values[key] = tuple(v.strip() for v in value)  # type: ignore[union-attr]
        elif not isinstance(value, int) or isinstance(value, bool) or value < 0 or \
                key == "send_from_hour" and value > 23:
            fail(key, "et helt antal ≥ 0" + (" og ≤ 23" if key == "send_from_hour" else ""),
                 f"Skriv fx {key} = {getattr(DigestSettings(), key)}")
        else:
            values[key] = value
    return DigestSettings(**values)  # type: ignore[arg-type]


def settings(ctx: Context) -> DigestSettings:
    found = ctx.settings.get("digests")
    if isinstance(found, DigestSettings):
        return found
    if isinstance(found, dict):
        def fail(key: str, expected: str, fix: str) -> None:
            raise ValueError(f"digests.{key}: {expected}. {fix}")
        return settings_from_table(found, fail)
    return DigestSettings()
