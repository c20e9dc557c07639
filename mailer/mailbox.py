"""One interface over the two mail set-ups: the local folder (the embedded default) and a real
mailbox (IMAP in, SMTP out). jobs/ talks only to :class:`Mailbox`.

Every email the service sends also goes, as an extra envelope recipient only (no header), to
the service's own address. The server accepts both in one transaction, so the service's own
copy arriving in its mailbox is proof the email went out; after a crash between SMTP's 250 and
the Log's ``sent`` row, :meth:`Mailbox.was_sent` finds that copy by Message-ID and nothing is
sent twice.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from email.message import EmailMessage
from email.utils import getaddresses
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from tovholder.mailer.decode import known_as, made_up
from tovholder.mailer.imap import ImapInbox, PollState
from tovholder.mailer.smtp import SmtpSender, SmtpSettings

if TYPE_CHECKING:  # requests is imported only when a group sends through Graph
    from tovholder.mailer.graph import GraphSender


class Mailbox(Protocol):
    label: str

    def poll(self, state: PollState | None) -> tuple[PollState | None, Iterator[tuple[str, bytes]]]:
        """Unprocessed messages as (key, raw bytes), fetched lazily, and the state to store once
        they are all handled."""
        ...

    def mark_processed(self, keys: list[str]) -> None: ...

    def quarantine(self, keys: list[str]) -> None: ...

    def send(self, msg: EmailMessage) -> dict[str, tuple[int, bytes]]: ...

    def was_sent(self, message_id: str) -> bool: ...

    def original(self, message_id: str) -> bytes | None:
        """An incoming message by its Message-ID, wherever it was filed (its attachments go
        with the reply when it is passed on)."""
        ...

    def close(self) -> None: ...


def recipients(msg: EmailMessage) -> list[str]:
    return [addr for _, addr in getaddresses(
        [str(v) for h in ("To", "Cc", "Bcc") for v in msg.get_all(h, [])]) if addr]


# How far back a mail known only by its content is looked for: longer than any wait for it (a
# held reply waits [identity] confirm_days; a passed-on mail is forwarded in the same tick).
ORIGINALS_KEPT = dt.timedelta(days=60)


class LocalMail:
    """The embedded default: tovholder.mailer.local.LocalMailbox (Maildir inbox, outbox of .eml/.html)."""

    def __init__(self, root: Path) -> None:
        from tovholder.mailer.local import LocalMailbox

        self.box = LocalMailbox(root)
        self.label = str(root)

    def poll(self, state: PollState | None) -> tuple[PollState | None, Iterator[tuple[str, bytes]]]:
        return None, self.box.poll(None)

    def mark_processed(self, keys: list[str]) -> None:
        self.box.mark_processed(keys)

    def quarantine(self, keys: list[str]) -> None:
        self.box.quarantine(keys)

    def send(self, msg: EmailMessage) -> dict[str, tuple[int, bytes]]:
        return self.box.send(msg)

    def was_sent(self, message_id: str) -> bool:
        return self.box.was_sent(message_id)

    def original(self, message_id: str) -> bytes | None:
        return self.box.original(message_id)

    def close(self) -> None:
        pass


class ServerMail:
    """IMAP (mailer.imap.ImapInbox) for reading and proof of sending, SMTP (mailer.smtp) for
    sending over one connection per tick, opened on the first email; or, with ``graph``,
    Microsoft Graph sendMail (mailer.graph) for sending, and Sent Items as the proof."""

    def __init__(self, inbox: ImapInbox, smtp_settings: SmtpSettings | None, own_address: str,
                 sent_folder: str, *, graph: GraphSender | None = None) -> None:
        self.inbox = inbox
        self.smtp_settings = smtp_settings
        self.graph = graph
        self.own_address = own_address
        self.sent_folder = sent_folder
        self.sender: SmtpSender | None = None
        self.label = f"{inbox.settings.username}@{inbox.settings.host}"

    def poll(self, state: PollState | None) -> tuple[PollState | None, Iterator[tuple[str, bytes]]]:
        result = self.inbox.poll(state)
        return result.state, ((str(uid), raw) for uid, raw in result)

    def mark_processed(self, keys: list[str]) -> None:
        self.inbox.mark_processed([int(k) for k in keys])

    def quarantine(self, keys: list[str]) -> None:
        self.inbox.quarantine([int(k) for k in keys])

    def send(self, msg: EmailMessage) -> dict[str, tuple[int, bytes]]:
        if self.graph is not None:  # Exchange keeps the copy in Sent Items
            return self.graph.send(msg)
        if self.sender is None:
            assert self.smtp_settings is not None  # the wiring gives SMTP or Graph
            self.sender = SmtpSender(self.smtp_settings)
            self.sender.connect()
        return self.sender.send(msg, envelope_to=[*recipients(msg), self.own_address])

    def was_sent(self, message_id: str) -> bool:
        if self.graph is not None and self.graph.was_sent(message_id):
            return True
        s = self.inbox.settings
        sent = self.inbox.sent_folder(self.sent_folder)  # "" for the one marked \Sent
        folders = dict.fromkeys((s.folder, *self.inbox.processed_folders(), sent))
        return any(self.inbox.search_header(f, "Message-ID", message_id) for f in folders)

    def original(self, message_id: str) -> bytes | None:
        s = self.inbox.settings
        by_content = made_up(message_id)  # an identity no header carries (mailer/decode.py)
        since = dt.date.today() - ORIGINALS_KEPT
        for folder in dict.fromkeys((s.folder, *self.inbox.processed_folders(),
                                     s.quarantine_folder)):
            raw = self.inbox.fetch_matching(folder, since, lambda r: known_as(r, message_id)) \
                if by_content else self.inbox.fetch_by_header(folder, "Message-ID", message_id)
            if raw is not None:
                return raw
        return None

    def close(self) -> None:
        if self.sender is not None:
            self.sender.close()
            self.sender = None
        self.inbox.close()
