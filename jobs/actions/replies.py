"""Actions by reply: a member answers an action reminder, the follow-up digest or a confirmation,
and Opgaver/Actions is updated. Pure (see jobs/base/context.py for the contract).

- ``handle_action_reply`` reads the reply (tovholder.replies.actions) and writes single cells into the
  action's row — status "færdig", a new due date, a note appended — each with the row's id
  re-checked, as text; then ONE Log row (kind ``action_reply``) says what was written and what
  goes to the chair;
- ``due_action_answers`` derives from those rows a one-line confirmation to the member in their
  thread, and a note to the chair quoting what could not be understood or an action that is
  "ikke min" (the chair reassigns it). Nothing is changed from a sentence that was not understood.
"""

from __future__ import annotations

import datetime as dt

from tovholder.core.dates import format_long_date
from tovholder.jobs.base import answer_log as al
from tovholder.jobs.base import cells
from tovholder.jobs.base.context import Context
from tovholder.mailer.decode import ParsedMail
from tovholder.mailer.inbound import Verdict
from tovholder.mailer.outbox import Outgoing
from tovholder.mailer.quotes import visible_text
from tovholder.replies.actions import (
    DONE,
    DUE,
    NOT_MINE,
    NOTE,
    ActionInfo,
    Change,
    parse_action_reply,
)
from tovholder.replies.courtesy import without_courtesy
from tovholder.replies.form_reply import reply_body
from tovholder.sheets import schema
from tovholder.sheets.batch import DateText
from tovholder.sheets.model import Action

KIND, CONFIRM, CHAIR = "action_reply", "action_confirm", "action_chair"
RECORDED, TO_CHAIR, EMPTY = "recorded", "chair", "empty"
MAX_NOTE = 500


def _mine(ctx: Context, member: str) -> list[Action]:
    return [a for a in ctx.wb.actions if member in a.owner_emails and a.id]


def handle_action_reply(ctx: Context, mail: ParsedMail, verdict: Verdict) -> str:
    member = verdict.member.casefold()
    if al.handled(ctx, KIND, mail.message_id):
        return al.said(ctx, "reply.actions_handled")
    actions = _mine(ctx, member)
    infos = [ActionInfo(a.id, a.description, a.due, a.status == "open") for a in actions]
    body = reply_body(mail.text, mail.html)
    parsed = parse_action_reply(body, infos, ctx.today)
    # The member's own words, courtesy left out: what the chair reads when anything goes to her
    # (the whole of it, not the parser's fragments, so nothing said is lost in the reading).
    words = without_courtesy(visible_text(body), [m.name for m in ctx.wb.members if m.name])
    if parsed.empty and not words:
        al.record(ctx, KIND, verdict.conversation, EMPTY, recipient=member,
                  message_id=mail.message_id)
        return al.said(ctx, "reply.actions_nothing")
    by_id = {a.id: a for a in actions}
    done: list[str] = []
    chair: list[str] = []
    for change in parsed.changes:
        action = by_id.get(change.action)
        result = _apply(ctx, action, change, member)
        if result:
            done.append(result)
        else:
            if change.op == NOT_MINE and action is not None:
                chair.append(al.said(ctx, "answer.action_chair_not_mine", id=action.id,
                                     description=action.description))
            chair.append("")
    # What the parser could not place goes to the chair, unless it was courtesy alone.
    unplaced = len(done) < len(parsed.changes) or bool(words) and (parsed.unclear or parsed.empty)
    state = TO_CHAIR if unplaced else RECORDED
    notes = [line for line in chair if line]
    detail = ", ".join(done) + (al.SEP + "\n".join([*notes, *([""] if notes else []), words])
                                if state == TO_CHAIR else "")
    al.record(ctx, KIND, verdict.conversation, state, recipient=member,
              message_id=mail.message_id, detail=detail)
    return al.said(ctx, "reply.actions_to_chair" if state == TO_CHAIR else "reply.actions",
                   changes=", ".join(done) or "-")


def _apply(ctx: Context, action: Action | None, change: Change, member: str) -> str:
    """Write one change; its code for the Log ("3=done"), or "" when it goes to the chair."""
    layout = ctx.wb.layouts.get("actions")
    if action is None or layout is None or layout.col("id") is None:
        return ""
    if change.op == NOT_MINE:
        return ""
    if change.op == DONE:
        if action.status != "open":
            return f"{action.id}=already"
        return f"{action.id}=done" if _set(ctx, action, "status", _choice(ctx, "done")) else ""
    if change.op == DUE and action.status == "open":
        day = change.value
        return f"{action.id}=due:{day}" if _set(ctx, action, "due", _dmy(day)) else ""
    if change.op == NOTE:
        before = _pending(ctx, action, "note", action.note)
        stamp = f"{ctx.today:%d-%m-%Y} {al.first_name(ctx, member)}: {change.value[:MAX_NOTE]}"
        if change.value[:MAX_NOTE] in before:
            return f"{action.id}=note"
        value = f"{before}; {stamp}" if before else stamp
        return f"{action.id}=note" if _set(ctx, action, "note", value) else ""
    return ""


def _choice(ctx: Context, value: str) -> str:
    words = schema.CHOICES[("actions", "status")]
    return words[ctx.lang if ctx.lang in words else "da"][words["en"].index(value)]


def _dmy(iso: str) -> str:
    return DateText(dt.date.fromisoformat(iso))  # a real date in the sheet: sortable


def _pending(ctx: Context, action: Action, col_key: str, default: str) -> str:
    return cells.pending(ctx, "actions", action.row, col_key, default)


def _set(ctx: Context, action: Action, col_key: str, value: str) -> bool:
    layout = ctx.wb.layouts["actions"]
    if layout.col(col_key) is None:
        return False
    return cells.set_cells(ctx, "actions", action.row, ("id", action.id), {col_key: value})


# --- the e-mails derived from the Log -------------------------------------------------------

def _line(ctx: Context, codes: str, to_chair: bool) -> str:
    parts = []
    for code in filter(None, codes.split(", ")):
        aid, _, what = code.partition("=")
        op, _, value = what.partition(":")
        params: dict[str, object] = {"id": aid}
        if op == DUE:
            y, m, d = (int(x) for x in value.split("-"))
            params["day"] = format_long_date(dt.date(y, m, d), ctx.lang)
        parts.append(al.said(ctx, f"answer.action_{op}", **params))
    if to_chair:
        parts.append(al.said(ctx, "answer.action_to_chair"))
    text = "; ".join(parts)
    return text[:1].upper() + text[1:] + "." if text else ""


def due_action_answers(ctx: Context) -> list[Outgoing]:
    out: list[Outgoing] = []
    for entry in al.recent(ctx, KIND, (RECORDED, TO_CHAIR)):
        codes, words = al.split_detail(entry.detail)
        out += al.confirmation(ctx, CONFIRM, entry, _line(ctx, codes, entry.state == TO_CHAIR))
        if entry.state == TO_CHAIR:
            name = al.name_of(ctx, entry.recipient)
            body = al.said(ctx, "answer.action_chair_body")
            if codes:
                body += "\n\n" + al.said(ctx, "answer.action_chair_recorded",
                                         changes=_line(ctx, codes, False))
            out += al.chair_note(ctx, CHAIR, entry,
                                 al.said(ctx, "answer.action_chair_title", name=name), body,
                                 words)
    return out
