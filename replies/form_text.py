"""The competence form as an email that is answered by replying, and how its lines look when
they come back. Pure.

The plain-text form, per question::

    1. Interesser: Hvilke fagområder arbejder du med? (sæt x ved alle, der passer)
    [x] PFAS
    [ ] Spildevand

    4. Erfaring: Hvor mange års erfaring har du på området? (skriv et tal)
    Svar: 12

The label (the question's id, capitalised) is short and stable, so members can write
``Erfaring: 15`` in their own reply; the number only orders. The form ends with a line of its
own ("(slut på skemaet)") so a reply parser knows where the quoted form stops. The HTML part
shows the very same lines (:func:`view` feeds the template), so a member who answers inside an
HTML mail client types into the same text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from tovholder.core.i18n import t, variants
from tovholder.replies.fuzzy import fold
from tovholder.sheets.model import Question

CHOICE = ("single", "multi")
VALUE_SEP = "; "  # between the chosen options in a Svar cell


def say(code: str, lang: str) -> str:
    return t(lang, code)


def label(q: Question) -> str:
    return q.id[:1].upper() + q.id[1:]


def hint(q: Question, lang: str) -> str:
    return say({"multi": "form.hint_multi", "single": "form.hint_single",
                "number": "form.hint_number"}.get(q.type, "form.hint_text"), lang)


def header_line(n: int, q: Question, lang: str) -> str:
    return f"{n}. {label(q)}: {q.text} ({hint(q, lang)})"


def chosen(q: Question, value: str) -> list[str]:
    """The options a stored answer names, in the form's order (unknown names are dropped)."""
    names = {fold(p.strip()) for p in re.split(r"[;\n]", value) if p.strip()}
    return [o for o in q.options if fold(o) in names]


def split_values(value: str) -> list[str]:
    return [p.strip() for p in re.split(r"[;\n]", value) if p.strip()]


def view(questions: Sequence[Question], answers: Mapping[str, str], lang: str
         ) -> list[dict[str, object]]:
    """Per question what both the text and the HTML part show: header, options with their mark,
    or the answer line."""
    items: list[dict[str, object]] = []
    for n, q in enumerate(questions, start=1):
        value = answers.get(q.id, "")
        marked = set(chosen(q, value)) if q.type in CHOICE else set()
        items.append({
            "header": header_line(n, q, lang), "label": label(q), "text": q.text,
            "hint": hint(q, lang), "number": n, "choice": q.type in CHOICE,
            "options": [(f"[{'x' if o in marked else ' '}]", o) for o in q.options],
            "answer": value if q.type not in CHOICE else "",
            "answer_label": say("form.answer_label", lang),
        })
    return items


def render_text(questions: Sequence[Question], answers: Mapping[str, str], lang: str) -> str:
    """The form as plain text, instruction first and end line last."""
    lines = [say("form.instruction", lang)]
    if any(answers.get(q.id) for q in questions):
        lines.append(say("form.prefilled", lang))
    lines.append("")
    for item in view(questions, answers, lang):
        lines.append(str(item["header"]))
        if item["choice"]:
            lines += [f"{mark} {name}" for mark, name in item["options"]]  # type: ignore[attr-defined]
        else:
            first, *more = str(item["answer"]).splitlines() or [""]
            lines.append(f"{item['answer_label']}: {first}".rstrip())
            lines += more
        lines.append("")
    lines.append(say("form.end", lang))
    return "\n".join(lines)


# --- how the lines come back ----------------------------------------------------------------

_QUOTES = re.compile(r"^[ \t]*((?:>[ \t]?)+)")
_BULLET = re.compile(r"^(?:[-•·◦▪o§*]|\d+[.)](?=\s*\[))\s+")
_INVISIBLE = str.maketrans({"\u00a0": " ", "\u200b": "", "\u200c": "", "\u200d": "",
                           "\u2060": "", "\ufeff": "", "\t": " ", "☐": "[ ]", "□": "[ ]",
                           "☑": "[x]", "☒": "[x]", "✅": "[x]", "■": "[x]"})


def clean(line: str) -> tuple[int, str]:
    """(quote depth, the line's text without quote marks, bullets, bold stars and odd spaces)."""
    match = _QUOTES.match(line)
    depth = match.group(1).count(">") if match else 0
    text = line[match.end():] if match else line
    text = " ".join(text.translate(_INVISIBLE).split())
    text = _BULLET.sub("", text)
    if len(text) > 2 and text[0] == text[-1] and text[0] in "*_":
        text = text[1:-1].strip()  # *bold* from an HTML-to-text conversion
    text = re.sub(r"\*([^*]+)\*", r"\1", text)
    return depth, text


def service_lines() -> set[str]:
    """Folded lines of the service's own text in the form, in every language."""
    codes = ("form.instruction", "form.prefilled", "form.end")
    return {_key(text) for c in codes for text in variants(c).values()}


def _key(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum())


_SERVICE = service_lines()
_END = {_key(text) for text in variants("form.end").values()}


def is_service_line(text: str) -> bool:
    key = _key(text)
    return bool(key) and (key in _SERVICE or any(len(key) > 30 and s.startswith(key)
                                                 for s in _SERVICE))


def is_end_line(text: str) -> bool:
    return _key(text) in _END


ANSWER_LABELS = {_key(text) for text in variants("form.answer_label").values()}


def answer_value(text: str) -> str | None:
    """"Svar: 12" -> "12"; None when the line is not an answer line."""
    head, sep, rest = text.partition(":")
    if sep and _key(head) in ANSWER_LABELS:
        return rest.strip()
    return None
