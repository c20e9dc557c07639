"""Sentences of the digests feature, in Danish and English; merged into tovholder.i18n.MESSAGES."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {}
