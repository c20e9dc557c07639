"""Wiring: the configured backend and the parsed workbook. The one place that picks transports."""

from __future__ import annotations

from sheets.backend import Backend
from sheets.model import Workbook
from sheets.parse import parse_snapshot
from tovholder.config import Config


def open_backend(config: Config) -> Backend:
    """The workbook backend named in config; imported lazily so the xlsx demo needs no Google."""
    wb = config.workbook
    if wb.backend == "google":
        from sheets.google import GoogleBackend

        return GoogleBackend.from_service_account_file(
            wb.spreadsheet_id, wb.service_account_file, timeout=wb.timeout_seconds)
    from sheets.xlsx import XlsxBackend

    return XlsxBackend(wb.path)


def load_workbook(config: Config, backend: Backend) -> Workbook:
    return parse_snapshot(backend.read(), term_years=config.terms.years)
