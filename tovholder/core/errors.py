"""Domain errors. Raised inside with a message code and parameters; translated into the
group's language once, at the CLI edge (tovholder.app.cli), via tovholder.core.i18n."""

from __future__ import annotations


class TovholderError(Exception):
    """Base of every error the CLI turns into a plain sentence and exit code 2."""

    code = "error"

    def __init__(self, code: str | None = None, **params: object) -> None:
        self.code = code or self.code
        self.params = params
        super().__init__(f"{self.code}: {params}")


class ConfigError(TovholderError):
    """A config key is missing or malformed: params key, expected, fix (already in ``lang``, the
    group's language when the config got that far, else Danish; the CLI says it in ``lang``)."""

    code = "config.invalid"

    def __init__(self, code: str | None = None, *, lang: str = "da", **params: object) -> None:
        super().__init__(code, **params)
        self.lang = lang


class WorkbookError(TovholderError):
    """The workbook cannot be read or written (locked, corrupt, not found, API down)."""

    code = "workbook.error"


class WorkbookLocked(WorkbookError):
    code = "workbook.locked"


class SheetsUnavailable(WorkbookError):
    """Google answered 429/5xx past the retry budget; the tick is skipped, the next one retries."""

    code = "sheets.unavailable"


class MailError(TovholderError):
    code = "mail.error"
