"""The visible text of an e-mail reply: what the person wrote, without quoted history or signature.

Pure (standard library only). Works on the plain-text body; convert HTML-only mails first with
``tovholder.mailer.htmltext.html_to_text``, which turns blockquotes into ``>`` lines.

The rules follow how mail clients quote, in any language, rather than special cases:

* **History markers** start the quoted history:
  - *attributions* ``Den ons. 11. maj 2022 kl. 10.00 skrev Navn <a@b>:``, ``On ... wrote:``,
    ``Am ... schrieb ...:``, ``Le ... a écrit :`` ... -- a line (or up to five wrapped lines) with a
    "wrote"-like verb that ends in a colon (or in the verb) and contains a date or an address;
    also Gmail's numeric form ``2016-03-03 17:21 GMT+01:00 Name <a@b>:``, and a date + address
    + colon line right above a ``>`` block (``26.06.2014, 14:41, "Name" <a@b>:``), or one that
    ends in the address and the colon above an unquoted original (Gmail in Russian, mail.ru's
    ``... from Name <a@b>:``); a verb pushed to the next line (``<a@b>`` / ``kirjoitti:``);
  - *header blocks* without ``>`` (Outlook ``Fra:/Sendt:/Til:/Emne:``, ``From:/Sent:/To:``, ...,
    also ``*From:*`` from HTML): at least three different header names, one of them "From";
    a short dated line right above them belongs to the block (``Message du 30/09/17 18:30``);
  - *separators* ``-----Oprindelig meddelelse-----``, ``---- Forwarded message ----``,
    ``Begin forwarded message:`` and Outlook's ``________________________________`` line.
* What follows a marker decides what it means:
  - marker, then a ``>`` block, then more of the person's own text: an **inline reply**; the
    quotes stay (they give the answers their context), only the attribution line goes;
  - marker at the very **top** (nothing written above it): a bottom-posted reply or a forward;
    the marker and the ``>`` block right after it are dropped and the text below is the reply.
    An Outlook reply header or "Original message" at the top means the person wrote nothing;
  - otherwise everything from the marker on is history.
  A trailing ``>`` block is history too; a mail that is nothing but quotes keeps them.
* **Signature**: a ``-- `` line starts it; so does a trailing block that starts with a device line
  (``Sendt fra min iPhone``, ``Hent Outlook til iOS``, ``Sent from my iPad``, ``Gesendet von
  Outlook für Android``...) or a confidentiality disclaimer. A device line under the person's
  text with no quote below it ends the reply: clients put it there, and the unquoted original
  follows (below a quote the person may be answering inline, so nothing goes).
* A line right under a ``>`` line filled to the wrap column, going on in lower case, is the rest
  of that quoted line (a client wrapped it without repeating the ``>``).
* **Closing**: a sign-off line (``Med venlig hilsen``, ``Mvh``, ``Kh``, ``Best regards``,
  ``Thanks``...) only when it starts a short trailing block (name, title, phone) *after* some
  text: ``Tak for mailen. Her er mine svar:`` or a long line that begins with ``Kh`` is content.

Everything is a linear scan over the lines with precompiled, backtracking-safe regexes; lines
longer than ``_LONG`` characters are never tested against the costly patterns.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

_LONG = 300  # attribution/header lines are short; longer lines are content (or pathological)

# Python's `re` tries every alternative at every position, so word lists are sets looked up by
# a line's first words; regexes only confirm the few lines that pass those cheap checks.

# Invisible characters Gmail/Outlook leave on otherwise empty lines (U+1427 is Gmail's tracker).
_INVISIBLE = " \t\u00a0\u200b\u200c\u200d\u2060\ufeff\u1427"
# `>` quotes, and supercite initials ("JD> text"); `|` is left alone (markdown tables).
_QUOTE = re.compile(r"[ \t]*(?:>|[A-Z]{1,4}>)")
# A separator-looking line: "-----", "____", "***", or "-----Original meddelelse-----".
_RULE = re.compile(r"[ \t*]*(?:_{10,}|-{10,}|[-_=*~+#]{2,}|-{3,}[^-\n]{1,40}-{3,})[ \t*]*$")
_LOST_HINT = re.compile(r"\n[ \t]*>[^\n]{50,}\n[ \t]*[^\W\d_]")
_UNDERSCORES = re.compile(r"[ \t>]*\*?_{10,}\*?[ \t]*$")  # Outlook's reply separator
_MARKER_CHAR = re.compile(r"[\d@:]")  # every history marker has one of these, or "--" "__" "=="

# "-----Oprindelig meddelelse-----", "---------- Forwarded message ---------",
# "Begin forwarded message:": the words between the dashes, lower-cased.
_SEPARATORS = {
    "original message", "reply message", "oprindelig meddelelse", "oprindelig besked",
    "oprindelig e-mail", "original meddelelse", "opprinnelig melding", "ursprungligt meddelande",
    "alkuperäinen viesti", "ursprüngliche nachricht", "mensaje original",
    "message d'origine", "originalmeddelande", "oorspronkelijk bericht", "messaggio originale",
    "wiadomość oryginalna", "原始邮件", "forwarded message", "forwarded e-mail",
    "videresendt meddelelse", "videresendt besked", "videresendt e-mail",
    "weitergeleitete nachricht", "message transféré", "mensaje reenviado",
    "vidarebefordrat meddelande", "doorgestuurd bericht", "begin forwarded message",
    "start på videresendt besked", "start på videresendt e-mail", "début du message transféré",
    "anfang der weitergeleiteten nachricht",
}  # fmt: skip
_FORWARD = ("forward", "videresendt", "weitergeleit", "transféré", "reenviado", "vidarebef", "doorgest")

# Outlook-style header names ("Fra:", "*From:*", "De :"); the first group are senders.
_FROM_KEYS = {"from", "fra", "von", "de", "da", "från", "van", "od", "lähettäjä", "от"}
_HEADER_KEYS = _FROM_KEYS | {
    "sent", "sendt", "gesendet", "envoyé", "enviado", "skickat", "inviato", "verzonden",
    "wysłano", "lähetetty", "date", "dato", "datum", "data", "fecha", "päivämäärä", "to", "til",
    "an", "à", "a", "para", "till", "aan", "do", "vastaanottaja", "subject", "emne", "betreff",
    "objet", "asunto", "ämne", "oggetto", "onderwerp", "assunto", "temat", "aihe", "cc", "kopi",
    "reply-to", "svar til", "от", "отправлено", "кому", "тема", "дата", "копия",
    "copie à", "sujet", "cci", "bcc", "répondre à", "envoyé le", "kopie", "blindkopie",
}  # fmt: skip

# "wrote" in the languages of the corpora; `\b` does not work before "(a)" or CJK, hence the forms.
_VERBS = (
    "wrote", "writes", "skrev", "skriver", "schrieb", "geschrieben", "écrit", "ecrit", "escribió",
    "escreveu", "scritto", "scrisse", "schreef", "geschreven", "kirjoitti", "napisał", "pisze",
    "написал", "пише", "写道", "寫道",
)  # fmt: skip
_VERB = (
    r"(?:wrote|writes|skrev|skriver|schrieb|geschrieben|a écrit|a ecrit|écrit|escribió|escreveu|"
    r"ha scritto|scrisse|schreef|het volgende geschreven|kirjoitti|napisał\(a\)|napisała|napisał|"
    r"pisze|написал\w*|пише|写道|寫道|wrote on)"
)
# the alternatives of _VERB as text (all but написал\w*), and a part of each one
_VERB_FORMS = tuple(form.replace("\\", "") for form in _VERB[3:-1].split("|") if "\\w" not in form)
_VERB_STEMS = (*_VERBS, "a ecrit", "napisał", "написал", "het volgende")
_VERB_ANY = re.compile(r"(?:^|[\s>])" + _VERB, re.I)
# Verb at the end of the attribution: "... Name <a@b> wrote:", "... wrote ----".
# (what may follow the verb is stripped in Python first: the regex alone is slow on long lines)
_VERB_END = re.compile(r"(?:^|[\s>])" + _VERB + r"$", re.I)
_VERB_LONGEST = 30  # "het volgende geschreven" and the character before it
# Verb inside, colon at the end: "Den ... skrev Navn <a@b>:", "schrieb am 28. Apr. 2017 um 11:53 Uhr:".
_VERB_MID = re.compile(r"(?:^|[\s>])" + _VERB + r"[ \t](.{1,120}?)[ \t]*[:：][ \t]*$", re.I)
# Openers of "On <date> ... wrote:" in many languages; a digit must follow soon.
_OPENERS = {"on", "at", "den", "d.", "am", "op", "le", "el", "il", "em", "dnia", "w", "på", "в", "在"}
_DIGIT = re.compile(r"\d")
_DIGIT_AT = re.compile(r"[\d@]")
_TAIL_DATE = re.compile(r"(?:am|on|den|le|el|il)\b.*\d", re.I)  # "schrieb am 28. Apr. 2017 ...:"
# \d{4}, \d{1,2}[:.]\d{2} or \d{1,2}/\d{1,2}: the shared first digit outside the alternation
# lets the search skip non-digits fast
_DATE = re.compile(r"\d(?:\d{3}|\d?[:.]\d{2}|\d?/\d)")
_EMAIL = re.compile(r"@[\w-]+\.|<[^<>\s]*@")
# An address right before the final colon: "30.09.2017, 18.30, "Name" <a@b>:", Gmail in Russian
# "пн, 2 окт. 2017 г. в 12:00, Name <a@b>:", mail.ru "... from Name <a@b>:".
_ADDRESS_COLON = re.compile(
    r"(?:<[^<>\s]+@[^<>\s]+>|\([^()\s]+@[^()\s]+\)|[^\s<>()]+@[\w-]+\.\w+)[ \t]*[:：]$")
# Gmail's old numeric form: "2016-03-03 17:21 GMT+01:00 Some One", "2013/7/20 sam <a@b>".
_NUMERIC_ATTR = re.compile(r"[ \t>]*\d{4}[-/年]\d{1,2}[-/月]\d{1,2}(?!\d).*(?:@|GMT|UTC)", re.I)
_PARTICLES = {"van", "von", "de", "der", "den", "la", "le", "af", "da", "di", "og", "and", "&"}

# "Sendt fra min iPhone", "Hent Outlook til iOS", "Von meinem iPhone gesendet", ...
_DEVICE_WORDS = {
    "sent", "sendt", "skickat", "envoyé", "enviado", "inviato", "verzonden", "verstuurd",
    "lähetetty", "wysłane", "von", "diese", "get", "hent", "få", "download", "from", "gesendet",
}  # fmt: skip
_DEVICE = re.compile(
    r"[ \t(<*_]*(?:(?:sent|sendt|skickat|envoyé|enviado|inviato|verzonden|verstuurd|lähetetty|"
    r"wysłane|gesendet)[ \t]+(?:from|fra|från|via|with|med|by|depuis|desde|do|da|dal|vanaf|met|"
    r"z|using|von|vom|mit|à[ \t]+partir[ \t]+de|de)\b"
    r"|von[ \t]+meinem[ \t].{1,40}gesendet|diese nachricht wurde .{1,60}gesendet"
    r"|(?:get|hent|få|download)[ \t]+\[?(?:microsoft[ \t]+)?outlook\b"
    r"|from my \w.{0,20}$)",
    re.I,
)
_DEVICE_ANYWHERE = ("from mobile", "從我的", "发自我的", "来自我的", "iphoneから送信")
# A cheap first test for _device: its first word (the markers it looks for anywhere are tested
# as substrings of the lower-cased line: a case-insensitive regex search is many times slower).
_DEVICE_START = re.compile(r"[ \t>*/\-–—(<_]*(?:" + "|".join(sorted(_DEVICE_WORDS)) + r")(?!\w)", re.I)
_MD_LINK = re.compile(r"\[([^\]\n]{0,80})\]\([^)\n]{0,300}\)")

# Confidentiality disclaimers: a paragraph naming both secrecy and the intended recipient,
# one headed "Disclaimer", or a virus-scanner footer.
_SECRET = ("confidential", "fortrolig", "konfidentiel", "vertraulich", "riservat", "sekretess")
_RECIPIENT = ("recipient", "modtager", "empfänger", "destinat", "mottag", "addressee", "adressat")
_DISCLAIMER_HEADS = ("disclaimer", "confidentiality notice", "ansvarsfraskrivelse")
# every device line and disclaimer paragraph contains one of these (lower-cased)
_SIGNATURE_HINTS = (*["\n" + word for word in sorted(_DEVICE_WORDS)], *_DEVICE_ANYWHERE, *_SECRET,
                    *_DISCLAIMER_HEADS, "virus")
_VIRUS_FOOTER = re.compile(r"(?:scanned|checked|scannet|skannet)\b.{0,30}\bvirus", re.I)

# Sign-offs, lower-cased, matched against a line's first one to four words.
_SIGNOFFS = {
    "med venlig hilsen", "med venlige hilsner", "venlig hilsen", "venligst", "venlige hilsner",
    "de bedste hilsner", "bedste hilsner", "bedste hilsen", "mange hilsner", "kærlig hilsen",
    "kærlige hilsner", "kærligst", "hilsen", "hilsner", "vh", "mvh", "kh", "mange tak",
    "tusind tak", "på forhånd tak", "tak for nu", "tak", "vennlig hilsen", "med vennlig hilsen",
    "med vänliga hälsningar", "vänliga hälsningar", "hälsningar", "best regards", "kind regards",
    "warm regards", "warmest regards", "regards", "best wishes", "all the best", "best", "br",
    "thanks", "thanks a lot", "thanks in advance", "thank you", "many thanks", "cheers",
    "sincerely", "yours", "yours sincerely", "yours truly", "greetings",
    "mit freundlichen grüßen", "mit freundlichen grüssen", "mit lieben grüßen", "viele grüße",
    "viele grüsse", "beste grüße", "liebe grüße", "grüße", "gruß", "lg", "mfg",
    "met vriendelijke groet", "met vriendelijke groeten", "groeten", "mvg", "cordialement",
    "bien cordialement", "bien à vous", "saludos", "un saludo", "atentamente", "pozdrawiam",
    "atenciosamente", "cordiali saluti", "distinti saluti", "saluti",
}  # fmt: skip
_SIGNOFF_FIRST = {signoff.split()[0] for signoff in _SIGNOFFS}


@dataclass(frozen=True)
class Reply:
    """A reply split into its parts (each stripped; ``quoted`` keeps the ``>`` marks)."""

    visible: str  # what the person wrote, without closing and signature
    closing: str = ""  # sign-off and the short block after it ("Mvh\nPeter\nKasserer")
    signature: str = ""  # "-- " signature, "Sendt fra min iPhone", disclaimers
    quoted: str = ""  # the quoted history, as it appears in the mail

    @property
    def text(self) -> str:
        """The visible text with its closing, as email_reply_trimmer and most libraries see it."""
        return "\n\n".join(p for p in (self.visible, self.closing) if p)


def visible_text(body: str, *, lang_hint: str | None = None, keep_closing: bool = False) -> str:
    """The text the person wrote. ``lang_hint`` is accepted for callers that know the language;
    the rules cover Danish, English and the other corpus languages at once, so it is not needed.
    ``keep_closing`` keeps the sign-off block ("Mvh\nPeter"), as most reply parsers do."""
    visible, closing, _, _ = _Mail(body).parts(whole=False)  # no quoted history needed here
    return "\n\n".join(p for p in (visible, closing) if p) if keep_closing else visible


def split_reply(body: str) -> Reply:
    """Split a plain-text reply into visible text, closing, signature and quoted history."""
    return Reply(*_Mail(body).parts())


class _Mail:
    """The body's lines with per-line flags computed once, and the scans over them."""

    def __init__(self, body: str) -> None:
        text = body.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
        self.lines = text.split("\n")
        self.blank = [not line.strip(_INVISIBLE) for line in self.lines]
        self.quote = [">" in line and (line[:1] == ">" or _QUOTE.match(line) is not None)
                      for line in self.lines]  # most quoted lines start with ">": no regex
        # a "-- " signature line anywhere
        self.has_dash = _has_dash_line(text)
        quote, blank, n = self.quote, self.blank, len(self.lines)
        # Only a long quoted line with an unquoted line under it can have lost a wrapped part.
        ends_of_quotes = [j for j, (above, this) in enumerate(zip(quote, quote[1:], strict=False), 1)
                          if above and not this] if _LOST_HINT.search(text) else []
        for j in ends_of_quotes:
            ends = j + 1 == n or quote[j + 1] or blank[j + 1]
            if ends and not blank[j] and _lost_marker(self.lines[j - 1], self.lines[j]):
                quote[j] = True  # a quoted line wrapped without its ">"

    def parts(self, whole: bool = True) -> tuple[str, str, str, str]:
        """(visible, closing, signature, quoted), as in ``Reply``; ``whole=False`` leaves the last
        two empty (cheaper: most callers never need the quoted history)."""
        lines, blank, quote = self.lines, self.blank, self.quote
        history = [False] * len(lines)  # lines that belong to the quoted history
        end, i, seen_text = len(lines), 0, False
        while i < end:
            if blank[i] or quote[i]:
                i += 1
                continue
            line = lines[i]  # most lines are prose: tested here, not in a call to marker()
            kind, k = ("", i) if len(line) > _LONG or not (
                _MARKER_CHAR.search(line) or "--" in line or "__" in line or "==" in line
            ) else self.marker(i)
            if not kind:
                seen_text = True
                i += 1
                continue
            nxt = self.skip(k, quotes=False)
            quoted_next = nxt < end and quote[nxt]
            after_quote = self.skip(nxt, quotes=True) if quoted_next else nxt
            if kind == "weak" and not quoted_next:
                seen_text = True  # "Som jeg skrev den 12. maj:" followed by text is just text
                i += 1
                continue
            if not seen_text and kind in ("header", "reply"):
                end = i  # an Outlook reply with nothing written above the header
            elif not seen_text or (quoted_next and self.own_text_at(after_quote)):
                # Forward or bottom-post at the top: drop marker and its quote; inline reply:
                # drop only the attribution line, keep the quotes the answers refer to.
                stop = after_quote if not seen_text and quoted_next else k
                history[i:stop] = [True] * (stop - i)
                i = stop
                continue
            else:
                end = i
                while end and (blank[end - 1] or _RULE.match(lines[end - 1])):
                    end -= 1  # "-----", "____" or "-----Any title-----" right above the block
            break
        history[end:] = [True] * (len(lines) - end)
        # (lists of line numbers stay sorted: cut them with bisect, not by testing every line)
        kept = [j for j in range(end) if not history[j]] if True in history[:end] else list(range(end))

        # A "--" line starts the signature; a trailing quote block above it is history, and a
        # device line or disclaimer ending what is left starts the signature too.
        dash = next((j for j in kept if lines[j].strip(" \t") == "--"), len(lines)) if \
            self.has_dash else len(lines)
        own = kept[:bisect_left(kept, dash)]
        t = len(own)
        while t and (blank[own[t - 1]] or quote[own[t - 1]]):
            t -= 1
        if t:
            for j in own[t:]:
                history[j] = quote[j]
            own = own[:t]
        else:  # a mail of nothing but quotes keeps them, less attributions and empty lines
            unquoted = _Mail("\n".join(lines[j].lstrip("> \t" + _INVISIBLE) for j in own))
            own = [j for k, j in enumerate(own) if not unquoted.blank[k] and not unquoted.marker(k)[0]]
        # A device line is a short paragraph of its own (or its first line).
        device = next((j for j in own[1:] if blank[j - 1] and not blank[j] and len(lines[j]) < 80
                       and _device(lines[j])), None)
        if device is not None and any(not blank[j] for j in own if j < device) and \
                not any(quote[j] for j in own if j > device):
            # Clients put the device line under what was typed: below it is the original (with
            # a quote below, the person may be answering inline under it, so nothing goes).
            for j in own:
                history[j] = history[j] or j > device
            own = own[:bisect_right(own, device)]
        sig = min(dash, self.signature_start(own))
        own = own[:bisect_left(own, sig)]
        close = bisect_left(own, self.closing_start(own))
        visible = self.join(own[:close])
        closing = self.join(own[close:])
        if not whole:
            return visible, closing, "", ""
        signature = self.join([j for j in kept if j >= sig and not history[j]])
        return visible, closing, signature, self.join([j for j, h in enumerate(history) if h])

    def join(self, picked: list[int]) -> str:
        """The lines at ``picked`` without leading/trailing blank lines (indentation is kept)."""
        first, last = 0, len(picked)
        while first < last and self.blank[picked[first]]:
            first += 1
        while last > first and self.blank[picked[last - 1]]:
            last -= 1
        return "\n".join([self.lines[j].rstrip() for j in picked[first:last]])

    def skip(self, i: int, quotes: bool) -> int:
        """Index of the first line from ``i`` that is not blank (nor a quote, if ``quotes``)."""
        while i < len(self.lines) and (self.blank[i] or (quotes and self.quote[i])):
            i += 1
        return i

    def marker(self, i: int) -> tuple[str, int]:
        """A history marker at ``i``: (kind, end) with kind attr/weak/header/reply/fwd, or ("", i)."""
        line = self.lines[i]
        if len(line) > _LONG or not (_MARKER_CHAR.search(line) or "--" in line or "__" in line
                                     or "==" in line):
            return "", i  # most lines are prose: no digit, address, colon or rule character
        if _UNDERSCORES.match(line) or _separator(line):
            kind = "fwd" if any(word in line.lower() for word in _FORWARD) else "reply"
            j = i + 1
            while j < len(self.lines) and self.blank[j] and j - i < 3:
                j += 1
            return kind, max(i + 1, self.header_block(j, after_sep=True))
        # a header block starts with a header line ("Fra: ..."): a colon early in the line
        end = self.header_block(i, after_sep=False) if 0 < line.find(":") < 25 else i
        if end > i:
            return "header", end
        below = self.lines[i + 1] if i + 1 < len(self.lines) else ""
        if 0 < below.find(":") < 25 and _header(below)[0] in _FROM_KEYS and _DATE.search(line) \
                and _heading(line):
            end = self.header_block(i + 1, after_sep=False)  # "Message du 30/09/17 18:30"
            if end > i + 1:
                return "header", end
        end, strong = self.attribution(i)
        if end > i:
            return ("attr" if strong else "weak"), end
        return "", i

    def header_block(self, i: int, after_sep: bool) -> int:
        """End (exclusive) of an Outlook-style header block starting at ``i``, or ``i``."""
        keys: set[str] = set()
        from_ok, continued, j = False, False, i
        while j < len(self.lines) and j - i < 12 and len(self.lines[j]) < _LONG:
            key, value = _header(self.lines[j])
            if key:
                keys.add(key)
                # "Fra: 10:00 / Til: 12:00" in a form is no header: a sender is not a number.
                from_ok = from_ok or (key in _FROM_KEYS and not value[:1].isdigit())
                continued = False
            elif self.blank[j] or continued or j == i:
                break
            else:
                continued = True  # a wrapped "Subject: ..." or "Cc: ..." value
            j += 1
        return j if from_ok and len(keys) >= (2 if after_sep else 3) else i

    def attribution(self, i: int) -> tuple[int, bool]:
        """End (exclusive) of an attribution starting at ``i`` (``i`` if none), and whether it is
        strong (has an opener like "On"/"Den" or an address). Handles up to five wrapped lines."""
        first = self.lines[i]
        if not _DIGIT_AT.search(first):
            return i, False  # ordinary prose: no date, no address (an opener needs a digit too)
        opener = _opener(first)
        if _NUMERIC_ATTR.match(first):
            wrapped = not first.rstrip().endswith((":", ">")) and i + 1 < len(self.lines)
            return i + 1 + wrapped, True
        parts: list[str] = []
        for j in range(i, min(i + (5 if opener else 3), len(self.lines))):
            line = self.lines[j]
            if len(line) > _LONG or (j > i and not opener and not _wraps(parts[-1], line)):
                break
            parts.append(line.strip(_INVISIBLE))
            text = " ".join(parts)
            # The verb ends the attribution or a colon does: a cheap test before the regexes.
            low = text.lower().rstrip(" \t>")
            if not low.endswith((":", "：")) and not low.rstrip(" -").endswith(_VERBS):
                continue
            if _verb_end(text) or _verb_mid(text, opener):
                if _DATE.search(text) or _EMAIL.search(text):
                    return j + 1, opener or _EMAIL.search(text) is not None
                break
            # No verb ("26.06.2014, 14:41, "Name" <a@b>:", mail.ru's "... от Name <a@b>:"):
            # a date, an address and a colon right above a quote.
            nxt = self.skip(j + 1, quotes=False)
            quote_below = nxt < len(self.lines) and self.quote[nxt]
            if quote_below and low.endswith(":") and _DATE.search(text) and _EMAIL.search(text):
                return j + 1, True
            # Above an unquoted original, the address must end the line: prose rarely does.
            if _DATE.search(text) and _ADDRESS_COLON.search(text.rstrip(" \t>")[-160:]):
                return j + 1, True
        return i, False

    def own_text_at(self, i: int) -> bool:
        """Is line ``i`` the person's own text (not a marker, signature or rule)?"""
        if i >= len(self.lines):
            return False
        line = self.lines[i]
        if line.strip(" \t") == "--" or _RULE.match(line) or _device(line):
            return False
        return not self.marker(i)[0]

    def signature_start(self, own: list[int]) -> int:
        """Start of a trailing block among ``own`` that begins with a device line ("Sendt fra
        min iPhone") or a disclaimer paragraph (``len(lines)`` if none)."""
        lines, sig = self.lines, len(self.lines)
        # Device words start a line; the other hints may sit anywhere in a paragraph.
        low = "\n" + "\n".join([lines[j].lstrip(_LEAD) for j in own]).lower()
        if not _contains_any(low, _SIGNATURE_HINTS):
            return sig  # no device line, secrecy word or disclaimer heading: no signature
        # Walk the paragraphs from the end; short ones (name, phone) may sit in between.
        for count, para in enumerate(self.paragraphs_backwards(own)):
            if count > 8:
                break  # device lines and disclaimers sit at the very end
            if any(map(self.quote.__getitem__, para)):
                break  # a signature never sits above a quote
            text = " ".join([lines[j] for j in para]).lower()
            if (
                text.lstrip(" *").startswith(_DISCLAIMER_HEADS)
                or (_contains_any(text, _SECRET) and _contains_any(text, _RECIPIENT))
                or ("virus" in text and _VIRUS_FOOTER.search(text))
            ):
                sig = para[0]
                continue
            device = next((j for j in para if _device(lines[j])), None)
            if device is not None:
                sig = device
                if device != para[0]:
                    break
                continue
            if len(para) > 4 or max([len(lines[j]) for j in para]) > 80:
                break
        return sig

    def paragraphs_backwards(self, indices: list[int]) -> Iterator[list[int]]:
        """The runs of non-blank lines among ``indices``, last run first."""
        para: list[int] = []  # collected backwards
        for j in reversed(indices):
            if not self.blank[j]:
                para.append(j)
            elif para:
                yield para[::-1]
                para = []
        if para:
            yield para[::-1]

    def closing_start(self, own: list[int]) -> int:
        """First line of a trailing sign-off block among ``own`` (``len(lines)`` if none): the
        sign-off, then a name (same line or the next), then short lines that are no sentences."""
        start, nonblank, below = len(self.lines), 0, ""
        for pos in range(len(own) - 1, 0, -1):  # never pos 0: a closing needs text above it
            line = self.lines[own[pos]].strip()
            if not line:
                continue
            nonblank += 1
            if nonblank > 7 or len(line) > 60:
                break
            if nonblank == 1 and line[:1] == "/" and _SLASH_NAME.match(line) and \
                    (_name_like(line) or len(line.split()) == 1) and \
                    any(not self.blank[j] for j in own[:pos]):  # "/lars" typed on a phone
                start = own[pos]  # "/Jonas", "//Jef", "/lars": a signature with no sign-off word
                below = line
                continue
            rest = _signoff_rest(line)
            name = rest or below  # the name follows the sign-off on its own line or the next
            if rest is not None and (not name or _signoff_rest(rest) == "" or _name_like(name)):
                if any(not self.blank[j] for j in own[:pos]):
                    start = own[pos]
            elif line.endswith((".", "!", "?", ":", ";")):
                break  # a sentence: the person's text, not a name/title/phone line
            below = line
        return start


_SLASH_NAME = re.compile(r"^/{1,2}\s*[^\W\d_]")


def _lost_marker(quoted: str, line: str) -> bool:
    """Is ``line`` the rest of the quoted line above it, wrapped by a client that did not repeat
    the ``>``? The quoted line was filled to the wrap column and stops mid-sentence, and ``line``
    goes on in lower case (an inline answer starts its own sentence, under a question)."""
    text, first = quoted.rstrip(), line.split(maxsplit=1)[0] if line.strip() else ""
    return len(text) + 1 + len(first) > _WRAP and not text.endswith(_ENDED) and \
        line[:1].islower() and len(line) < _LONG


_WRAP = 72  # the narrowest column clients wrap at (Thunderbird); Gmail and Outlook wrap at 76-78
_ENDED = (".", "!", "?", ":", ";", ")", "]", '"', "'", "»", "”")  # a unit ended there, no wrap


def _has_dash_line(text: str) -> bool:
    """Is one line of ``text`` "--" (spaces around it allowed)? Looked for with find(): a
    multi-line regex tries its "^" at every position and is slower."""
    at = text.find("--")
    while at >= 0:
        start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
        end = len(text) if end < 0 else end
        if text[start:end].strip(" \t") == "--":
            return True
        at = text.find("--", end)
    return False


def _contains_any(text: str, parts: tuple[str, ...]) -> bool:
    """Is one of ``parts`` in ``text``? A plain loop of substring tests: measured faster than a
    regex alternation and than any() over a generator."""
    for part in parts:  # noqa: SIM110
        if part in text:
            return True
    return False


def _name_like(text: str) -> bool:
    """ "Jens Jensen", "//Jef", "Person A", "Ludwig van Beethoven": capitalised words only."""
    words = [word.strip("\"'()<>[],.") for word in text.strip(" /-–—~*").split()]
    return (
        0 < len(words) <= 5
        and len(text) < 60
        and all(
            not word or word[0].isupper() or not word[0].isalpha() or word in _PARTICLES for word in words
        )
    )


def _wraps(previous: str, line: str) -> bool:
    """Does ``line`` continue an attribution wrapped after ``previous``? Clients wrap after an
    opening "<", a comma or a quoted name, or push the end ("um 11:53 Uhr:", ">:") down."""
    if not line.strip(_INVISIBLE) or _opener(line):
        return False  # a line starting "On 3 May ..." begins its own attribution
    if previous.endswith(("<", ",", '"')) and _DIGIT_AT.search(previous):
        return True
    if len(line) >= 60 or not line.rstrip().endswith(":"):
        return False
    if _VERB_ANY.search(previous) is not None:
        return True
    # "2.10.2017 kello 12.00, Matti <matti@example.org>" / "kirjoitti:": the verb pushed down
    return previous.endswith(">") and _DIGIT_AT.search(previous) is not None and \
        _VERB_ANY.search(line) is not None


def _verb_end(text: str) -> bool:
    """The verb ends the attribution, before spaces, a colon, ">" and dashes ("... wrote:")."""
    core = text.rstrip(" \t").rstrip("-").rstrip(" \t>")
    if core.endswith((":", "：")):
        core = core[:-1]
    tail = core.rstrip(" \t")[-_VERB_LONGEST:]
    folded = tail.casefold()  # as re.IGNORECASE folds
    if folded.endswith(_VERB_FORMS):  # a verb, at the start or after a space or ">"
        for verb in _VERB_FORMS:
            before = folded[: -len(verb)][-1:] if folded.endswith(verb) else "x"
            if not before or before.isspace() or before == ">":
                return True
    return "написал" in folded and _VERB_END.search(tail) is not None


def _verb_mid(text: str, opener: bool) -> bool:
    """Verb inside the line: what follows it must be an address, a date or a name."""
    if not _contains_any(text.casefold(), _VERB_STEMS):
        return False  # no verb anywhere: the regex would try every position in vain
    m = _VERB_MID.search(text)
    if m is None:
        return False
    tail = m.group(1)
    if "@" in tail or _TAIL_DATE.match(tail):
        return True
    return opener and _name_like(tail)


_LEAD = " \t>*/-–—(<_"  # what comes before a line's first word: quote marks, bullets, rules
# the first characters an opener can start with, after _LEAD (punctuation _first_words drops)
_OPENER_INITIALS = {w[0] for w in _OPENERS} | set(",.!:;*")


def _first_words(line: str, n: int) -> list[str]:
    """The first ``n`` words, lower-cased, without surrounding punctuation."""
    words = line.strip(_LEAD).split(None, n)[:n]
    return [word.strip(",.!:;*").lower() for word in words]


def _opener(line: str) -> bool:
    """Does the line open an attribution ("On 3 May", "Den ons. 11. maj", "Am 21.04.2016")?"""
    if line.lstrip(_LEAD)[:1].lower() not in _OPENER_INITIALS:
        return False  # the first letter rules out every opener: most lines end here
    words = _first_words(line, 1)
    if not words or words[0] not in _OPENERS:
        return False
    rest = line.lstrip(" \t>*-")[len(words[0]) :]
    digit = _DIGIT.search(rest, 0, 41)  # a digit soon, on the same line
    return digit is not None and "\n" not in rest[: digit.start()]


def _header(line: str) -> tuple[str, str]:
    """("fra", value) for an Outlook header line like "Fra: Navn" or "*From:* Name"."""
    colon = line.find(":")
    if not 0 < colon < 25:
        return "", ""
    key = line[:colon].strip(" \t*>").lower()
    return (key, line[colon + 1 :].strip(" \t*")) if key in _HEADER_KEYS else ("", "")


def _heading(line: str) -> bool:
    """A short dated line that is no sentence, as clients put above forwarded headers."""
    text = line.strip(" \t>*")
    return len(text.split()) <= 6 and not text.endswith((".", "!", "?", ":"))


def _separator(line: str) -> bool:
    """ "-----Oprindelig meddelelse-----", "---- Forwarded message ----", "Begin forwarded message:"."""
    words = line.strip(" \t>*-_=:")
    return 0 < len(words) < 45 and words.lower() in _SEPARATORS


def _signoff_rest(line: str) -> str | None:
    """What follows a sign-off at the start of ``line`` ("Kh Peter" -> "Peter"), else None."""
    words = line.strip(" \t/-–—*").split()
    if not words or words[0].strip(",.!:;").lower() not in _SIGNOFF_FIRST:
        return None  # every sign-off starts with one of a few words: most lines end here
    for n in (4, 3, 2, 1):
        if len(words) >= n and " ".join(w.strip(",.!:;").lower() for w in words[:n]) in _SIGNOFFS:
            return " ".join(words[n:]).strip(" /")
    return None


def _device(line: str) -> bool:
    """A "Sent from my iPhone" line (a comma means a sentence: "Sent from my desk, is ...")."""
    if "," in line or len(line) > 120:
        return False
    words = _first_words(line, 1) if _DEVICE_START.match(line) else []
    if not words or words[0] not in _DEVICE_WORDS:
        return _contains_any(line.lower(), _DEVICE_ANYWHERE)
    return _DEVICE.match(_MD_LINK.sub(r"\1", line) if "](" in line else line) is not None
