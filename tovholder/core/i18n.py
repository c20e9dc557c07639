"""Every sentence the service says to a person, looked up by a stable code in a gettext catalog.
Pure (reads its own package data).

The catalogs are ordinary gettext source files, one per language, shipped inside the package
(the GNU ``po/<lang>.po`` layout: they are read as they are, never compiled to .mo files)::

    tovholder/core/locale/da.po    Danish, the default and the fallback
    tovholder/core/locale/en.po    English

**msgid is the stable code** (``"cell.not_date"``), msgstr the sentence with str.format
placeholders (``"\\"{value}\\" er ikke en dato"``). Why not msgid = English text: the codes are
already the identifiers of problems, errors and Log details (``Problem.code``,
``TovholderError.code``), and they must not change when someone rewords the English sentence;
Danish, not English, is the source language; and a code is the same key in every file, so a
third language is one more file, ``locale/<lang>.po`` (copy en.po, translate the msgstr lines,
set Language and Plural-Forms in the header), and no code.
The English catalog is the reference a translator reads; each entry's ``#.`` comment says where
it is used, ``#, python-brace-format`` that its ``{placeholders}`` must be kept.

**Plurals** are gettext plural entries (``msgid_plural`` and ``msgstr[0]``, ``msgstr[1]``, …,
chosen by the catalog's Plural-Forms header); the count is the parameter ``n``, which is also the
``{n}`` placeholder: ``t("da", "role.term_ending", role="kasserer", end="1. maj", n=1)`` ->
"... (om 1 dag)", ``n=2`` -> "... (om 2 dage)".

Loading: the .po files are read with Babel on first use (no compile step, so an installed wheel
works as it is) and compiled in memory to a ``gettext.GNUTranslations``, whose ``ngettext``
evaluates the Plural-Forms expression. Entries marked fuzzy or left empty count as missing.
tests/test_catalog.py checks that every code the code base uses is translated in every catalog.
"""

from __future__ import annotations

import datetime as dt
import functools
import gettext
import io
import re
from importlib import resources
from importlib.resources.abc import Traversable

from babel.messages.catalog import Catalog, Message
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from tovholder.core.text import role_in_text

DEFAULT = "da"
DOMAIN = "tovholder"


def _folder() -> Traversable:
    return resources.files("tovholder.core") / "locale"


@functools.cache
def languages() -> tuple[str, ...]:
    """The languages that have a catalog, the default first."""
    found = sorted(f.name.removesuffix(".po") for f in _folder().iterdir()
                   if f.name.endswith(".po") and f.is_file())
    return tuple(sorted(found, key=lambda lang: lang != DEFAULT))


@functools.cache
def catalog(lang: str) -> Catalog:
    """The Babel catalog of ``lang`` (KeyError when there is none)."""
    if lang not in languages():
        raise KeyError(lang)
    path = _folder() / f"{lang}.po"
    with path.open("rb") as fileobj:
        return read_po(fileobj, locale=lang, domain=DOMAIN)


@functools.cache
def _gnu(lang: str) -> gettext.GNUTranslations:
    buffer = io.BytesIO()
    write_mo(buffer, catalog(lang))  # fuzzy entries are left out, as msgfmt does
    buffer.seek(0)
    return gettext.GNUTranslations(buffer)


def message(lang: str, code: str) -> Message | None:
    """The catalog entry for ``code`` in ``lang``, or None when it is missing, empty or fuzzy."""
    if not code or lang not in languages():
        return None
    found = catalog(lang).get(code)
    if found is None or found.fuzzy:
        return None
    strings = found.string if isinstance(found.string, tuple) else (found.string,)
    return found if all(strings) else None


def _template(lang: str, code: str, n: object) -> str | None:
    found = message(lang, code)
    if found is None:
        return None
    if not found.pluralizable:
        return str(found.string)
    return _gnu(lang).ngettext(code, code, _count(n))


def _count(n: object) -> int:
    """The count that picks a plural form: an int, or the digits of one (problem parameters are
    text); without one, the form for 2 ("many": a mistake, never a crash)."""
    if isinstance(n, int) and not isinstance(n, bool):
        return n
    if isinstance(n, str) and n.strip().lstrip("-").isdigit():
        return int(n)
    return 2


class _Default(dict[str, str]):
    """A missing parameter reads as "?" rather than as a raw {placeholder} in a sentence."""

    def __missing__(self, key: str) -> str:
        return "?"


def t(lang: str, code: str, **params: object) -> str:
    """The sentence for ``code`` in ``lang`` (falling back to Danish, then to the code itself).

    A plural entry takes its form from ``n`` (an int, also the ``{n}`` placeholder)."""
    n = params.get("n")
    template = _template(lang, code, n)
    said_in = lang
    if template is None:
        template, said_in = _template(DEFAULT, code, n), DEFAULT
    if template is None:
        detail = ", ".join(f"{k}={v}" for k, v in params.items())
        return f"{code}: {detail}" if detail else code
    values = _Default({k: str(v) for k, v in params.items()})
    if "role" in values:
        template, values = _role_in_sentence(template, values, said_in)
    return template.format_map(values)


_ROLE_FIRST = re.compile(r"(^|[.!?]\s+|\n)\{role\}")
_ROLE_LABEL = re.compile(r"\{role\}(?=: \{)")  # "Sekretær: Mette Lindholt", the cell as it will read


def _role_in_sentence(template: str, values: _Default, lang: str) -> tuple[str, _Default]:
    """The role as running text writes it ("Vil du være formand?"), with a capital where it
    begins a sentence ("Sekretær er ledig"), and as the sheet has it where a line shows the
    cell ("Funktioner: Sekretær: Mette Lindholt")."""
    role = values["role"]
    values["role"] = role_in_text(role, lang)
    values["role_first"] = role[:1].upper() + role[1:]
    values["role_sheet"] = role
    template = _ROLE_LABEL.sub("{role_sheet}", template)
    return _ROLE_FIRST.sub(r"\1{role_first}", template), values


def variants(code: str) -> dict[str, str]:
    """The sentence for ``code`` in every language that has it, unformatted (the singular of a
    plural entry): for recognising the service's own words when a reply quotes them."""
    found = {lang: message(lang, code) for lang in languages()}
    return {lang: str(m.string[0] if isinstance(m.string, tuple) else m.string)
            for lang, m in found.items() if m is not None}


DATE_PARAMS = ("date", "end")  # a problem's dates, kept as ISO in the Problem
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def problem_line(problem: object, lang: str) -> str:
    """'Opgaver!F7: "31/02" er ikke en dato' for a tovholder.sheets.model.Problem; its dates
    as the language writes them ("mødet 26. november 2026", not "mødet 2026-11-26")."""
    from tovholder.core.dates import format_short_date  # dates reads the catalog: import late

    params = dict(problem.params)  # type: ignore[attr-defined]
    for key in DATE_PARAMS:
        if _ISO_DAY.match(params.get(key, "")):
            params[key] = format_short_date(dt.date.fromisoformat(params[key]), lang)
    return f"{problem.address}: {t(lang, problem.code, **params)}"  # type: ignore[attr-defined]
