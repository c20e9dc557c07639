"""The test email of `tovholder doctor --send-test`: one email to the chair, through the Log like
every other (``sending`` then ``sent``), so the own copy that comes back is recognised and a reply
to it is passed on like any notice's. Keyed by the moment it was asked for: every test is a new
email, and none is sent twice. Pure."""

from __future__ import annotations

from tovholder.core.i18n import t
from tovholder.jobs.base.context import Context
from tovholder.jobs.base.messages import make_outgoing
from tovholder.mailer.outbox import TIME_FORMAT, Outgoing

KIND = "doctor_test"


def test_email(ctx: Context) -> list[Outgoing]:
    """The test email to the chair; none when the group has no chair to send it to."""
    email, name = ctx.chair
    if not email:
        return []
    context: dict[str, object] = {
        "chair_name": name, "title": t(ctx.lang, "doctor.test_title"),
        "body": t(ctx.lang, "doctor.test_body", address=ctx.sender.address), "quoted": ""}
    return [make_outgoing(ctx.sender, "notice", kind=KIND, key=ctx.now.strftime(TIME_FORMAT),
                          to_email=email, to_name=name, context=context, now=ctx.now)]
