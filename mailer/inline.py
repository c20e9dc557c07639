"""CSS inlining for email HTML: Outlook desktop and several webmails ignore ``<style>`` blocks,
so the rules written there are copied into each element's ``style`` attribute. Pure (stdlib).

Supports what email templates need: ``tag``, ``.class``, ``tag.class``, ``#id``, descendant
combinations of them (``.list td``) and comma lists; ``@media`` and other at-rules and any
other selector stay in the ``<style>`` block only (for the clients that read it). Rules apply
in CSS order (specificity, then source order); a declaration already in the element's own
``style`` wins. Everything else in the document is passed through byte for byte.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from html.parser import HTMLParser

_STYLE_BLOCK = re.compile(r"<style\b[^>]*>(.*?)</style>", re.IGNORECASE | re.DOTALL)
_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
_RULE = re.compile(r"([^{}@]+)\{([^{}]*)\}")
_AT_BLOCK = re.compile(r"@[^{]+\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}", re.DOTALL)
_SIMPLE = re.compile(r"^(?P<tag>[a-z][a-z0-9]*)?(?P<rest>(?:[.#][A-Za-z0-9_-]+)*)$")
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr"}


@dataclass(frozen=True)
class Element:
    tag: str
    classes: frozenset[str]
    id: str


@dataclass(frozen=True)
class Simple:
    tag: str
    classes: frozenset[str]
    id: str

    def matches(self, el: Element) -> bool:
        return (not self.tag or self.tag == el.tag) and self.classes <= el.classes and \
            (not self.id or self.id == el.id)


@dataclass(frozen=True)
class Rule:
    chain: tuple[Simple, ...]  # ancestors first, the element itself last
    declarations: tuple[tuple[str, str], ...]
    specificity: tuple[int, int, int]
    order: int

    def matches(self, el: Element, ancestors: list[Element]) -> bool:
        *outer, last = self.chain
        if not last.matches(el):
            return False
        i = len(ancestors)
        for simple in reversed(outer):
            while i and not simple.matches(ancestors[i - 1]):
                i -= 1
            if not i:
                return False
            i -= 1
        return True


def _simple(text: str) -> Simple | None:
    match = _SIMPLE.match(text)
    if not match or not text:
        return None
    rest = re.findall(r"([.#])([A-Za-z0-9_-]+)", match.group("rest"))
    ids = [n for k, n in rest if k == "#"]
    return Simple(match.group("tag") or "", frozenset(n for k, n in rest if k == "."),
                  ids[0] if ids else "")


def parse_declarations(text: str) -> list[tuple[str, str]]:
    found = []
    for part in text.split(";"):
        name, colon, value = part.partition(":")
        if colon and name.strip() and value.strip():
            found.append((name.strip().lower(), " ".join(value.split())))
    return found


def parse_rules(css: str) -> list[Rule]:
    css = _AT_BLOCK.sub("", _COMMENT.sub("", css))
    rules: list[Rule] = []
    for selectors, body in _RULE.findall(css):
        declarations = tuple(parse_declarations(body))
        for selector in selectors.split(","):
            chain = [_simple(part) for part in selector.split()]
            if not chain or None in chain:
                continue  # a selector this inliner does not handle stays in <style> only
            simples = tuple(c for c in chain if c is not None)
            specificity = (sum(bool(c.id) for c in simples), sum(len(c.classes) for c in simples),
                           sum(bool(c.tag) for c in simples))
            rules.append(Rule(simples, declarations, specificity, len(rules)))
    return rules


def element(tag: str, attrs: dict[str, str]) -> Element:
    return Element(tag, frozenset(attrs.get("class", "").split()), attrs.get("id", ""))


def style_for(rules: list[Rule], el: Element, ancestors: list[Element], own: str) -> str:
    merged: dict[str, str] = {}
    for rule in sorted((r for r in rules if r.matches(el, ancestors)),
                       key=lambda r: (r.specificity, r.order)):
        merged.update(rule.declarations)
    merged.update(parse_declarations(own))
    return "; ".join(f"{k}: {v}" for k, v in merged.items())


class _Inliner(HTMLParser):
    def __init__(self, rules: list[Rule]) -> None:
        super().__init__(convert_charrefs=False)
        self.rules = rules
        self.out: list[str] = []
        self.open: list[Element] = []

    def _tag(self, tag: str, attrs: list[tuple[str, str | None]], closing: bool) -> None:
        raw = self.get_starttag_text() or ""
        values = {k: v or "" for k, v in attrs}
        el = element(tag, values)
        style = "" if tag in ("html", "head", "style", "title", "meta") else \
            style_for(self.rules, el, self.open, values.get("style", ""))
        if not closing and tag not in VOID:
            self.open.append(el)
        if not style or style == values.get("style", ""):
            self.out.append(raw)
            return
        kept = "".join(f' {k}="{html.escape(v or "", quote=True)}"' if v is not None else f" {k}"
                       for k, v in attrs if k != "style")
        self.out.append(f'<{tag}{kept} style="{html.escape(style, quote=True)}"'
                        f'{" /" if closing else ""}>')

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._tag(tag, attrs, False)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._tag(tag, attrs, True)

    def handle_endtag(self, tag: str) -> None:
        for i in range(len(self.open) - 1, -1, -1):
            if self.open[i].tag == tag:
                del self.open[i:]
                break
        self.out.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        self.out.append(data)

    def handle_entityref(self, name: str) -> None:
        self.out.append(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self.out.append(f"&#{name};")

    def handle_comment(self, data: str) -> None:
        self.out.append(f"<!--{data}-->")

    def handle_decl(self, decl: str) -> None:
        self.out.append(f"<!{decl}>")

    def handle_pi(self, data: str) -> None:
        self.out.append(f"<?{data}>")

    def unknown_decl(self, data: str) -> None:
        self.out.append(f"<![{data}]>")


def inline_css(document: str) -> str:
    """The document with its ``<style>`` rules copied into ``style`` attributes."""
    rules = parse_rules("\n".join(_STYLE_BLOCK.findall(document)))
    if not rules:
        return document
    inliner = _Inliner(rules)
    inliner.feed(document)
    inliner.close()
    return "".join(inliner.out)
