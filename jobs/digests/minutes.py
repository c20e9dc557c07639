"""The minutes to every member, once (issue 13). Pure: a due function.

The minutes are ready when the chair sets the meeting to "referat klar" with a link in its note
(or, see minutes_reply.py, when the secretary or the chair replies with them). Every active
member then gets one email with the link (or the files, attached by the runner from the reply:
``Outgoing.forward_from``), and who was not there (afbud, no answer, or the chair's edit in
Deltagelse: anything but "kommer") also gets what they missed: the decisions and the actions
from the meeting that are now theirs. The follow-up is a separate email: "referat klar" set
after it went still sends the minutes. Exactly once by the Log and the deterministic
Message-IDs (kind ``minutes``, key "<the meeting's date>/<version>"), so a killed tick loses
nothing.

A corrected version (another link in the note or in a reply, or other files: a version is its
link and the hash of its files, ``Minutes.version``) goes once to every member who had an
earlier one, as "rettet referat" (kind ``minutes_corrected``), without "det gik du glip af"
again; a member who had none gets the minutes as above. Rows keyed by the date alone (before
versions were told apart) count as the version the Log showed when they went.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, replace

from tovholder.jobs.base.context import Context
from tovholder.jobs.digests import attendance_tab as tab
from tovholder.jobs.digests import outcomes, parts
from tovholder.jobs.digests.agenda import schedule
from tovholder.jobs.digests.attendance import answers
from tovholder.jobs.digests.digests import Done, active_members, make, meeting_context
from tovholder.jobs.digests.when import end_of
from tovholder.mailer.outbox import FAILED, SENT, SKIPPED, Outgoing
from tovholder.sheets.model import LogEntry, Meeting
from tovholder.sheets.schema import fold

KIND = "minutes"
CORRECTED = "minutes_corrected"  # a later version, to who had an earlier one
RECEIVED = "minutes_received"  # the Log row of minutes a reply brought (minutes_reply.py)
FILES, LINK = "files", "link"  # its state: the minutes came as files, or as a link
# Minutes of an older meeting are not sent: a workbook taken over with old "referat klar" rows
# must not flood the members, and minutes come within weeks.
WINDOW = dt.timedelta(days=60)
# i18n: data (words that name the minutes in a note or a reply)
WORDS = ("referat", "referatet", "minutes", "protokol", "beslutningsreferat")
_WORD = re.compile(r"\w+")


DIGEST = "sha256:"  # before the hash of the files in a minutes_received row's detail


@dataclass(frozen=True)
class Minutes:
    link: str = ""
    forward_from: str = ""  # the reply whose files are the minutes (its Message-ID)
    files: str = ""  # what the files are: the hash of their content (else the reply's ID)

    @property
    def version(self) -> str:
        """Which version of the minutes this is, short: the same link and files, the same."""
        return hashlib.sha256(f"{self.link} {self.files}".encode()).hexdigest()[:10]


def files_hash(contents: list[bytes]) -> str:
    """The detail that names files by their content (minutes_reply.py writes it)."""
    digest = hashlib.sha256()
    for data in contents:
        digest.update(hashlib.sha256(data).digest())
    return DIGEST + digest.hexdigest()[:16]


def names_minutes(words: str) -> bool:
    return any(fold(w) in {fold(x) for x in WORDS} for w in _WORD.findall(words))


def urls(text: str) -> list[str]:
    return [u.rstrip(".,;)") for u in parts.URL.findall(text)]


def link_in_note(meeting: Meeting) -> str:
    """The minutes' link in the meeting's note. An online meeting may keep its own link there
    (parts.where reads it): a single link is the minutes only when the meeting's link is in
    Sted, the meeting is not online, or the note says "referat"."""
    found = urls(meeting.note)
    if not found:
        return ""
    if names_minutes(meeting.note) or urls(meeting.place) or meeting.kind in ("physical", ""):
        return found[-1]
    return found[-1] if len(found) > 1 else ""


def ready(ctx: Context, meeting: Meeting) -> Minutes | None:
    """The minutes a reply brought (minutes_reply.py), else "referat klar" with a link."""
    by_reply = received(ctx.log, meeting.date)
    if by_reply is not None:
        return by_reply
    link = link_in_note(meeting) if meeting.status == "minutes" else ""
    return Minutes(link=link) if link else None


def received(log: list[LogEntry], day: dt.date, until: str = "~") -> Minutes | None:
    """The minutes a reply brought for the meeting on ``day`` (the latest, if several; the
    latest at ``until``, a Log time)."""
    rows = [e for e in log if e.kind == RECEIVED and e.key == day.isoformat() and e.time <= until]
    return _from_row(rows[-1]) if rows else None


def _from_row(row: LogEntry) -> Minutes:
    words = row.detail.split()
    link = next((w for w in words if not w.startswith(DIGEST)), "")
    if row.state != FILES:
        return Minutes(link=link)
    files = next((w for w in words if w.startswith(DIGEST)), row.message_id)
    return Minutes(link=link, forward_from=row.message_id, files=files)


def in_window(meeting: Meeting, now: dt.datetime) -> bool:
    over = end_of(meeting, now.tzinfo)
    return over <= now < over + WINDOW


def had(ctx: Context, meeting: Meeting) -> dict[str, set[str]]:
    """The versions each member was sent (or refused: they are not sent again), by email."""
    day, found = meeting.date.isoformat(), dict[str, set[str]]()
    for e in ctx.log:
        if e.kind in (KIND, CORRECTED) and e.state in (SENT, FAILED, SKIPPED) and \
                e.key.partition("/")[0] == day and e.message_id:
            version = e.key.partition("/")[2] or _then(ctx, meeting, e.time)
            found.setdefault(e.recipient.casefold(), set()).add(version)
    return found


def _then(ctx: Context, meeting: Meeting, time: str) -> str:
    """The version a row keyed by the date alone had: the reply's minutes of then, else the
    note's link (its past is not in the Log)."""
    then = received(ctx.log, meeting.date, until=time) or Minutes(link=link_in_note(meeting))
    return then.version


def emails(ctx: Context, meeting: Meeting, minutes: Minutes, done: Done) -> list[Outgoing]:
    day = meeting.date
    key = f"{day.isoformat()}/{minutes.version}"
    got = had(ctx, meeting)
    members = [m for m in active_members(ctx) if minutes.version not in got.get(m.email, ())
               and not done(KIND, key, m.email) and not done(CORRECTED, key, m.email)]
    if not members:
        return []
    came = {e for e, row in answers(ctx.wb, ctx.log, day).items() if row.status == tab.COMING}
    base = {**meeting_context(ctx, meeting), "link": minutes.link,
            "decisions": outcomes.decisions(outcomes.outcomes(ctx.wb, day))}
    new = [a for a in ctx.wb.actions if a.meeting == day and a.status == "open"]
    found: list[Outgoing] = []
    for m in members:
        if got.get(m.email):  # an earlier version went: the new one, and nothing they missed
            kind, context = CORRECTED, base
        else:
            mine = [parts.action_view(a, ctx.today) for a in new if m.email in a.owner_emails]
            kind, context = KIND, {**base, "missed": m.email not in came, "my_new_actions": mine}
        found += [replace(out, forward_from=minutes.forward_from)
                  for out in make(ctx, kind, key=key, member=m, context=context, bulk=True)]
    return found


def due_minutes(ctx: Context) -> list[Outgoing]:
    done, found = Done(ctx), []
    for meeting in schedule(ctx.wb):
        minutes = ready(ctx, meeting) if in_window(meeting, ctx.now) else None
        if minutes is not None:
            found += emails(ctx, meeting, minutes, done)
    return found
