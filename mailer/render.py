"""Every email is built from templates named by message and part, per language:
``templates/<lang>/<name>-subject.txt``, ``<name>-body.txt`` and ``<name>-body.html``; layouts
shared by both languages (``_base.html``) are in ``templates/shared``.

The chair may override any of them by putting a file of the same name in a folder named in the
config; it is looked up first. HTML is autoescaped; text is not (it is never shown as HTML).
"""

from __future__ import annotations

import functools
import importlib.resources
from dataclasses import dataclass
from pathlib import Path

import jinja2

from tovholder.core.dates import format_long_date, format_short_date, format_time, format_when
from tovholder.core.errors import TovholderError
from tovholder.core.text import role_in_text
from tovholder.mailer.inline import inline_css

# Package data (the repository's templates/ folder, installed as tovholder/templates): found
# through importlib.resources, so a non-editable install renders the same emails.
TEMPLATES = Path(str(importlib.resources.files("tovholder.templates")))


@dataclass(frozen=True)
class Rendered:
    subject: str
    text: str
    html: str | None


class TemplateBroken(TovholderError):
    """A template (usually a chair's override) has a syntax error or uses a missing value."""

    code = "template.broken"


@functools.lru_cache(maxsize=32)
def environment(lang: str, override: Path | None = None) -> jinja2.Environment:
    """Cached: building one costs ~0.1 s; jinja2 still reloads a template whose file changed."""
    folders = [str(p) for p in (override, TEMPLATES / lang, TEMPLATES / "shared")
               if p is not None]
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(folders),
        autoescape=jinja2.select_autoescape(enabled_extensions=("html",), default=False),
        undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True,
        keep_trailing_newline=False)
    env.filters.update(
        long_date=lambda d: format_long_date(d, lang),
        short_date=lambda d: format_short_date(d, lang),
        clock=lambda t: format_time(t, lang),
        in_text=lambda role: role_in_text(role, lang),  # 'Vil du være formand?'
    )
    env.globals["when"] = lambda d, s=None, e=None: format_when(d, s, e, lang)
    env.globals["lang"] = lang
    return env


def render(name: str, lang: str, context: dict[str, object], *,
           override: Path | None = None) -> Rendered:
    env = environment(lang, override)
    try:
        subject = " ".join(env.get_template(f"{name}-subject.txt").render(context).split())
        text = env.get_template(f"{name}-body.txt").render(context).strip() + "\n"
        try:
            html_template = env.get_template(f"{name}-body.html")
        except jinja2.TemplateNotFound:
            html = None
        else:
            html = inline_css(html_template.render(context))  # Outlook ignores <style>
    except jinja2.TemplateSyntaxError as exc:
        raise TemplateBroken(name=exc.name or name, line=str(exc.lineno),
                             detail=exc.message or "") from None
    except (jinja2.UndefinedError, jinja2.TemplateNotFound) as exc:
        raise TemplateBroken(name=name, line="?", detail=str(exc)) from None
    return Rendered(subject, text, html)
