"""Config tables declared once. Pure, standard library only.

A table of the configuration is a frozen dataclass; each of its keys is a field declared with
:func:`setting`, which holds everything about the key: its type (the field's annotation), its
default, the allowed range or choices, the comment that documents it in config.example.toml, and
how its error message says the expected form and the fix. From those declarations this module

- reads a TOML table into the dataclass (:class:`Loader`, :func:`read`), with a ConfigError that
  names the full key (``roles.call_days``, ``group[2].mail.smtp.port``), the expected form and the
  fix, in the group's language (catalog codes ``config.*``);
- refuses unknown keys, listing the valid ones (and, for a key that looks like a secret, saying to
  use ``<key>_env`` or ``<key>_file``); a key a table lists in ``RETIRED`` warns and is ignored;
- lists the known keys (:func:`known_keys`) and renders the example file (:func:`render_example`).

A field declared with :func:`section` is a sub-table; :func:`derived` fills a field from another
table's key (``[terms] years`` into the roles settings), :func:`feature_tables` marks where the
features' own tables go (a mapping of name to dataclass, given at load time). A table whose keys
are not all defaulted (``[form] round``) may be left out: the loader then leaves it out of the
features. Cross-key rules live in a table's ``validated(self)`` method, which returns the finished
value or raises :class:`Invalid`.

Why dataclasses with field metadata rather than msgspec or pydantic: the settings already are
frozen dataclasses used throughout; core stays free of dependencies; the rules are few (type,
range, choices, one check), and every message must come from our catalog in Danish and English
with key, expected form and fix, which those libraries' own error texts would not give us anyway.
"""

from __future__ import annotations

import dataclasses
import json
import os
import textwrap
import types
import typing
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

from tovholder.core.errors import ConfigError
from tovholder.core.i18n import t

T = typing.TypeVar("T")
SCHEMA = "tovholder.schema"  # the metadata key of a declared field
SECRET_WORDS = ("password", "secret", "token")
WIDTH = 97  # the example file's lines are at most this long


@dataclasses.dataclass(frozen=True)
class Key:
    """One key: how it is read, checked, explained and exemplified. See :func:`setting`."""

    help: str
    example: Any = None  # None: the default (TOML has no null, so None is never an example)
    low: float | None = None
    high: float | None = None
    positive: bool = False
    choices: tuple[str, ...] = ()
    unit: str = ""
    check: Callable[[Any], bool] | None = None
    normalize: Callable[[Any], Any] | None = None
    accept: tuple[type, ...] = ()
    expected: str = ""
    fix: str = ""


@dataclasses.dataclass(frozen=True)
class Section:
    """A sub-table: the field's type is its dataclass."""


@dataclasses.dataclass(frozen=True)
class Derived:
    """Not a key of this table: the value of ``source`` (a full key), through ``via``."""

    source: str
    via: Callable[[Any], Any] | None = None


@dataclasses.dataclass(frozen=True)
class FeatureTables:
    """Where the features' tables go: a mapping of table name to its settings object."""


def setting(default: Any = dataclasses.MISSING, *, help: str, **spec: Any) -> Any:
    """A key of a config table, e.g. ``call_days: int = setting(21, help="...", low=1, unit="days")``.

    ``default``: the value when the key is left out (none: the key is required). ``spec``:

    - ``example``: the value shown in config.example.toml and in the fix (default: the default);
    - ``low``/``high`` (inclusive) or ``positive`` for a number or a list's items; ``choices``
      for a text; ``unit`` ("days", "seconds", ...: catalog ``config.unit.<unit>``) to say so;
    - ``check(value) -> bool`` for anything else, ``normalize(value)`` to tidy a valid value
      (run before ``check``); ``accept``: further TOML types read as the field's type
      (``round = 2026`` as ``"2026"``);
    - ``expected``/``fix``: catalog codes replacing the generic expected form ("a whole number
      of days from 1 to 90") and fix ("Write e.g. call_days = 21"); given ``key`` and ``example``.
    """
    metadata = {SCHEMA: Key(help=" ".join(help.split()), **spec)}
    if isinstance(default, list | dict | set):
        raise TypeError("use a tuple (or a frozen value) as the default")
    return dataclasses.field(default=default, metadata=metadata)


def section(cls: type) -> Any:
    """A sub-table, e.g. ``smtp: SmtpConfig = section(SmtpConfig)``."""
    return dataclasses.field(default_factory=cls, metadata={SCHEMA: Section()})


def derived(source: str, default: Any, via: Callable[[Any], Any] | None = None) -> Any:
    """A value from another table's key, e.g. ``term_years: int = derived("terms.years", 2)``;
    ``default`` when the table is read on its own."""
    return dataclasses.field(default=default, metadata={SCHEMA: Derived(source, via)})


def feature_tables() -> Any:
    return dataclasses.field(default_factory=dict, metadata={SCHEMA: FeatureTables()})


def like(cls: type, name: str, **changes: Any) -> Any:
    """The key ``name`` of ``cls`` again, with some of its declaration changed (a subclass's
    own help text or example)."""
    f = _fields(cls)[name]
    spec = dataclasses.replace(f.metadata[SCHEMA], **changes)
    if "help" in changes:
        spec = dataclasses.replace(spec, help=" ".join(spec.help.split()))
    return dataclasses.field(default=f.default, metadata={SCHEMA: spec})


class Invalid(Exception):
    """Raised by a table's ``validated()``: ``key`` (relative to the table) is wrong; the
    catalog codes ``expected`` and ``fix`` (default: the key's example) with ``params``."""

    def __init__(self, key: str, expected: str, fix: str = "", **params: Any) -> None:
        super().__init__(key)
        self.key, self.expected, self.fix, self.params = key, expected, fix, params


# --- the declarations -------------------------------------------------------------------------

def _fields(cls: type) -> dict[str, dataclasses.Field[Any]]:
    return {f.name: f for f in dataclasses.fields(cls) if SCHEMA in f.metadata}


def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _default(f: dataclasses.Field[Any]) -> Any:
    if f.default is not dataclasses.MISSING:
        return f.default
    if f.default_factory is not dataclasses.MISSING:
        return f.default_factory()
    return dataclasses.MISSING


def required(cls: type) -> bool:
    """Whether some key of ``cls`` has no default (then the table may be left out as a whole)."""
    return any(isinstance(f.metadata[SCHEMA], Key) and _default(f) is dataclasses.MISSING
               for f in _fields(cls).values())


@dataclasses.dataclass(frozen=True)
class _Shape:
    base: type  # bool, int, float, str, Path or tuple
    item: type | None = None  # a tuple's items
    optional: bool = False


def _shape(hint: Any) -> _Shape:
    optional = False
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        optional, hint = len(args) < len(typing.get_args(hint)), args[0]
    if typing.get_origin(hint) is tuple:
        return _Shape(tuple, typing.get_args(hint)[0], optional)
    return _Shape(hint, None, optional)


def _tables(cls: type, extra: Mapping[str, type]) -> list[tuple[str, type]]:
    """The sub-tables of ``cls`` in declaration order, the features' where the marker is."""
    hints, found = _hints(cls), []
    for name, f in _fields(cls).items():
        if isinstance(f.metadata[SCHEMA], Section):
            found.append((name, hints[name]))
        elif isinstance(f.metadata[SCHEMA], FeatureTables):
            found.extend(extra.items())
    return found


def _keys(cls: type) -> dict[str, dataclasses.Field[Any]]:
    return {n: f for n, f in _fields(cls).items() if isinstance(f.metadata[SCHEMA], Key)}


def known_keys(cls: type, extra: Mapping[str, type] = {}, prefix: str = "") -> dict[str, set[str]]:
    """Every table's keys: {"": {"name", ..., "workbook"}, "workbook": {"backend", ...}, ...}."""
    tables = _tables(cls, extra)
    found = {prefix: set(_keys(cls)) | {name for name, _ in tables}}
    for name, sub in tables:
        found.update(known_keys(sub, {}, f"{prefix}.{name}" if prefix else name))
    return found


def retired(cls: type) -> Mapping[str, str]:
    """Keys that are no longer used (name -> a catalog code saying what to do instead, or "")."""
    return getattr(cls, "RETIRED", {})


# --- reading ----------------------------------------------------------------------------------

class Loader:
    """Reads one configuration (a root table and the features' tables) into its dataclasses.

    ``file`` is named in errors and is the base of relative paths; ``lang`` the language of the
    messages; ``where`` prefixes every key (``group[2].``); ``extra`` the features' tables.
    Warnings (retired keys) collect in ``warnings``, already in ``lang``."""

    def __init__(self, root: type, data: Mapping[str, Any], *, file: Path | None = None,
                 lang: str = "da", where: str = "", extra: Mapping[str, type] = {}) -> None:
        self.root, self.data, self.file, self.lang = root, data, file, lang
        self.where, self.extra = where, dict(extra)
        self.warnings: list[str] = []

    def read(self, **given: Any) -> Any:
        """The root table; ``given`` fills its fields that are not keys (e.g. ``file``)."""
        return self.table(self.root, self.data, "", self.extra, given)

    def fail(self, full: str, expected: str, fix: str, **params: Any) -> typing.NoReturn:
        """Raise a ConfigError for the key ``full`` (without ``where``); ``expected`` and ``fix``
        are catalog codes, given ``params`` and ``key`` (the last part of ``full``)."""
        params.setdefault("key", full.rsplit(".", 1)[-1])
        self._raise(full, t(self.lang, expected, **params),
                    t(self.lang, fix, **params) if fix else "")

    def _raise(self, key: str, expected: str, fix: str) -> typing.NoReturn:
        raise ConfigError(file=str(self.file or ""), key=self.where + key, expected=expected,
                          fix=fix, lang=self.lang)

    def table(self, cls: type, data: Mapping[str, Any], path: str,
              extra: Mapping[str, type] = {}, given: Mapping[str, Any] = {}) -> Any:
        self._unknown(cls, data, path, extra)
        hints, values = _hints(cls), dict(given)
        for name, f in _fields(cls).items():
            decl, full = f.metadata[SCHEMA], _join(path, name)
            if isinstance(decl, Key):
                values[name] = self.key(cls, name, data, path)
            elif isinstance(decl, Section):
                values[name] = self.table(hints[name], self._sub(data, name, full), full)
            elif isinstance(decl, Derived):
                found = self.value(decl.source)
                if found is not dataclasses.MISSING:
                    values[name] = decl.via(found) if decl.via else found
            else:  # the features' tables
                values[name] = {
                    table: self.table(sub, self._sub(data, table, _join(path, table)),
                                      _join(path, table))
                    for table, sub in extra.items() if table in data or not required(sub)}
        value = cls(**values)
        check = getattr(value, "validated", None)
        if check is None:
            return value
        try:
            return check()
        except Invalid as bad:
            full = _join(path, bad.key)
            example = _fields(cls).get(bad.key)
            fix = bad.fix or ("config.fix.example" if example is not None else "")
            self.fail(full, bad.expected, fix, **{
                "example": toml_value(_example(example)) if example is not None else "",
                **bad.params})

    def key(self, cls: type, name: str, data: Mapping[str, Any], path: str) -> Any:
        """The value of the key ``name`` of table ``cls`` in ``data``, checked and converted."""
        f = _fields(cls)[name]
        spec: Key = f.metadata[SCHEMA]
        shape, full = _shape(_hints(cls)[name]), _join(path, name)
        if name not in data:
            default = _default(f)
            if default is dataclasses.MISSING:
                self._bad(full, spec, shape, _example(f))
            return self._path(default) if shape.base is Path and default is not None else default
        raw = data[name]
        value = self._convert(raw, shape, spec, f)
        if value is _BAD:
            self._bad(full, spec, shape, _example(f))
        if spec.normalize is not None:
            value = spec.normalize(value)
        if spec.check is not None and not spec.check(value):
            self._bad(full, spec, shape, _example(f))
        return value

    def value(self, source: str) -> Any:
        """The value of the full key ``source`` ("terms.years"), or MISSING if not in this
        configuration's schema (a table read on its own)."""
        *tables, name = source.split(".")
        cls, data = self.root, self.data
        for table in tables:
            sub = dict(_tables(cls, self.extra if cls is self.root else {})).get(table)
            if sub is None:
                return dataclasses.MISSING
            cls, found = sub, data.get(table, {})
            data = found if isinstance(found, Mapping) else {}
        if name not in _keys(cls):
            return dataclasses.MISSING
        return self.key(cls, name, data, ".".join(tables))

    # -- the parts --------------------------------------------------------------------------

    def _sub(self, data: Mapping[str, Any], name: str, full: str) -> Mapping[str, Any]:
        found = data.get(name, {})
        if not isinstance(found, Mapping):
            self.fail(full, "config.expect.table", "config.fix.table", table=full)
        return found

    def _unknown(self, cls: type, data: Mapping[str, Any], path: str,
                 extra: Mapping[str, type]) -> None:
        known = set(_keys(cls)) | {name for name, _ in _tables(cls, extra)}
        old = retired(cls)
        for key in data:
            if key in known:
                continue
            full = _join(path, key)
            if key in old:
                hint = t(self.lang, old[key]) if old[key] else ""
                self.warnings.append(t(self.lang, "config.retired", file=str(self.file or ""),
                                       key=self.where + full, hint=hint).rstrip())
                continue
            if any(word in key for word in SECRET_WORDS) and not key.endswith(("_env", "_file")):
                self.fail(full, "config.expect.known_key", "config.fix.secret")
            self.fail(full, "config.expect.known_key", "config.fix.valid_keys",
                      keys=", ".join(sorted(known)))

    def _convert(self, raw: Any, shape: _Shape, spec: Key, f: dataclasses.Field[Any]) -> Any:
        if shape.base is tuple:
            if not isinstance(raw, list):
                return _BAD
            items = [self._scalar(item, shape.item or str, spec) for item in raw]
            return _BAD if any(item is _BAD for item in items) else tuple(items)
        value = self._scalar(raw, shape.base, spec)
        if shape.base is Path and value == "":
            default = _default(f)
            return None if shape.optional or default is None else self._path(default)
        return self._path(value) if shape.base is Path and value is not _BAD else value

    def _scalar(self, raw: Any, base: type, spec: Key) -> Any:
        if isinstance(raw, bool) and base is not bool:
            return _BAD
        if base is float and isinstance(raw, int):
            raw = float(raw)
        elif base is str and spec.accept and isinstance(raw, spec.accept):
            raw = str(raw)
        if not isinstance(raw, str if base is Path else base):
            return _BAD
        if base in (int, float) and not _in_range(typing.cast(float, raw), spec):
            return _BAD
        if spec.choices and raw not in spec.choices:
            return _BAD
        return raw

    def _path(self, value: str | Path) -> Path:
        path = Path(os.path.expanduser(str(value)))
        if path.is_absolute() or self.file is None:
            return path
        return self.file.parent / path

    def _bad(self, full: str, spec: Key, shape: _Shape, example: Any) -> typing.NoReturn:
        shown = toml_value(example)
        fix = t(self.lang, spec.fix or "config.fix.example", key=full.rsplit(".", 1)[-1],
                example=shown)
        self._raise(full, self.expected(spec, shape, shown), fix)

    def expected(self, spec: Key, shape: _Shape, example: str) -> str:
        """The expected form of a key, in words: 'et helt antal dage mellem 1 og 90'."""
        lang = self.lang
        unit = t(lang, f"config.unit.{spec.unit}") if spec.unit else ""
        if spec.expected:
            return t(lang, spec.expected, example=example, unit=unit)
        if spec.choices:
            either = f" {t(lang, 'config.or')} ".join(f'"{c}"' for c in spec.choices)
            return t(lang, "config.expect.choice", choices=either)
        rng = _range_text(lang, spec)
        if shape.base is tuple:
            code = "config.expect.list_whole" if shape.item is int else "config.expect.list_text"
            return t(lang, code, range=rng, example=example)
        if shape.base in (int, float):
            code = "config.expect.whole" if shape.base is int else "config.expect.number"
            return t(lang, code + ("_unit" if unit else ""), unit=unit) + rng
        return t(lang, {bool: "config.expect.bool", Path: "config.expect.path"}.get(
            shape.base, "config.expect.text"))


_BAD = object()


def _in_range(value: float, spec: Key) -> bool:
    return not (spec.low is not None and value < spec.low or
                spec.high is not None and value > spec.high or spec.positive and value <= 0)


def _range_text(lang: str, spec: Key) -> str:
    low, high = (_number(spec.low), _number(spec.high))
    if spec.low is not None and spec.high is not None:
        return t(lang, "config.range.between", low=low, high=high)
    if spec.low is not None:
        return t(lang, "config.range.min", low=low)
    if spec.positive:
        return t(lang, "config.range.positive")
    return ""


def _number(value: float | None) -> str:
    return "" if value is None else toml_value(value)


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


def _example(f: dataclasses.Field[Any]) -> Any:
    spec = f.metadata[SCHEMA]
    return spec.example if spec.example is not None else _default(f)


def read(cls: type[T], data: Mapping[str, Any], *, lang: str = "da", where: str = "",
         file: Path | None = None) -> T:
    """One table on its own (e.g. a feature's settings in a test); ConfigError when invalid."""
    value: T = Loader(cls, data, file=file, lang=lang, where=where).read()
    return value


# --- the example file -------------------------------------------------------------------------

def toml_value(value: Any) -> str:
    """``value`` as TOML: strings quoted, a float that is whole without ".0", None as ""."""
    if value is None or value is dataclasses.MISSING:
        return '""'
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, tuple | list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    return json.dumps(str(value), ensure_ascii=False)


def _assignment(name: str, value: Any, width: int) -> list[str]:
    line = f"{name} = {toml_value(value)}"
    if len(line) <= width or not isinstance(value, tuple | list) or not value:
        return [line]
    indent, lines, current = " " * (len(name) + 4), [], f"{name} = ["
    items = [toml_value(v) for v in value]
    for i, item in enumerate(items):
        piece = item + ("]" if i == len(items) - 1 else ",")
        if len(current) + 1 + len(piece) > width and not current.endswith("["):
            lines.append(current)
            current = indent + piece
        else:
            current += ("" if current.endswith("[") else " ") + piece
    return [*lines, current]


def _comment(text: str, width: int) -> list[str]:
    """``text`` as comment lines; a `code span` is never broken across lines."""
    spans = text.split("`")
    kept = "`".join(s.replace(" ", "\xa0") if i % 2 else s for i, s in enumerate(spans))
    lines = textwrap.wrap(kept, width - 2, break_on_hyphens=False, break_long_words=False)
    return ["# " + line.replace("\xa0", " ") for line in lines]


def render_example(cls: type, extra: Mapping[str, type] = {}, *, header: str = "",
                   trailer: str = "", width: int = WIDTH) -> str:
    """The example configuration: every key with its help as a comment and its example value;
    the root's own keys first, then each table in declaration order (sub-tables after their
    table). ``header`` and ``trailer`` are put around it as they are."""
    blocks = [header.rstrip("\n")] if header else []
    blocks.extend(_render(cls, extra, "", width))
    if trailer:
        blocks.append(trailer.rstrip("\n"))
    return "\n\n".join(blocks) + "\n"


def _render(cls: type, extra: Mapping[str, type], path: str, width: int) -> Iterable[str]:
    lines = [f"[{path}]"] if path else []
    for name, f in _keys(cls).items():
        lines += _comment(f.metadata[SCHEMA].help, width) + _assignment(name, _example(f), width)
    if lines:
        yield "\n".join(lines)
    for name, sub in _tables(cls, extra):
        yield from _render(sub, {}, _join(path, name), width)
