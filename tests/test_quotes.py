"""mailer.quotes and mailer.htmltext: the visible text of replies, on public corpora and our cases.

The public corpora are read from ``tests/data/corpora`` (``TOVHOLDER_CORPORA`` points at another
copy, such as ``../shared/corpora``); see its README for how each set is compared. Every reply
is its own test case, right or listed in its corpus's known misses, exactly
(tests/corpus_cases.py). The rates are printed (``pytest -s``) and listed in the terminal
summary under "reply parsing rates".
"""

from __future__ import annotations

import ast
import email
import os
import sys
import time
from email import policy
from pathlib import Path

import pytest

from tests.corpus_cases import check_case, check_summary
from tovholder.mailer.htmltext import SEPARATOR, html_to_text
from tovholder.mailer.quotes import split_reply, visible_text

REPO = Path(__file__).resolve().parents[1]
CORPORA = Path(os.environ.get("TOVHOLDER_CORPORA") or REPO / "tests" / "data" / "corpora")
DATA = Path(__file__).resolve().parent / "data" / "replies"
TRIMMER = CORPORA / "discourse__email_reply_trimmer" / "test"
TALON = CORPORA / "mailgun__talon" / "tests" / "fixtures" / "standard_replies"
MAIL_PARSER_REPLY = CORPORA / "alfonsrv__mail-parser-reply" / "test" / "emails"
GITHUB = CORPORA / "github__email_reply_parser" / "test" / "emails"



class _RateReport:
    """A plugin registered by the tests to list the measured rates in the terminal summary."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def pytest_terminal_summary(self, terminalreporter) -> None:  # noqa: ANN001 (pytest's type)
        terminalreporter.write_sep("-", "reply parsing rates")
        for line in self.lines:
            terminalreporter.write_line(line)


@pytest.fixture(scope="module")
def rates(request: pytest.FixtureRequest) -> _RateReport:
    plugin = _RateReport()
    request.config.pluginmanager.register(plugin, "tovholder-reply-rates")
    return plugin


def _same(a: str, b: str) -> bool:
    """Equal after strip and whitespace collapse (the corpora's own comparison)."""
    return " ".join(a.split()) == " ".join(b.split())


def _body(path: Path) -> str:
    """Plain text of a .txt or .eml reply: text/plain if there is one, else html_to_text(html)."""
    if path.suffix != ".eml":
        return path.read_text(encoding="utf-8")
    msg = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    part = msg.get_body(preferencelist=("plain", "html"))
    assert part is not None, f"{path.name}: no text part"
    text = part.get_content()
    return html_to_text(text) if part.get_content_type() == "text/html" else text


# -- public corpora -----------------------------------------------------------------------------


TRIMMER_CASES = sorted((TRIMMER / "emails").glob("*.txt"))
TALON_CASES = sorted(TALON.glob("*.eml"))
TALON_HTML_CASES = sorted((TALON.parent / "html_replies").glob("*.html"))
GITHUB_CASES = sorted(GITHUB.glob("*.txt"))
# case: why it is read wrong; exact (see tests/corpus_cases.py)
TRIMMER_KNOWN_MISSES: dict[str, str] = {}
TALON_KNOWN_MISSES: dict[str, str] = {}


def test_the_public_corpora_are_all_there() -> None:
    """An empty folder would leave the per-case tests below with no case at all."""
    assert (len(TRIMMER_CASES), len(TALON_CASES), len(TALON_HTML_CASES), len(GITHUB_CASES)) == (
        64, 12, 9, 22), CORPORA


def _trimmer_wrong(path: Path) -> list[str]:
    """email_reply_trimmer's pairs: its trimmed text keeps the sign-off and drops quotes,
    ``--`` signatures and "Sent from" lines -- that is ``Reply.text`` (visible + closing)."""
    expected = (TRIMMER / "trimmed" / path.name).read_text(encoding="utf-8")
    got = split_reply(path.read_text(encoding="utf-8")).text
    return [] if _same(got, expected) else [f"expected {_flat(expected)!r}, got {_flat(got)!r}"]


def _talon_wrong(path: Path) -> list[str]:
    """talon expects the reply *with* its signature ("Hello\\n\\nSent from my iPhone"), so the
    comparison is visible + closing + signature; the text/plain part is used, as talon does."""
    expected_file = TALON / f"{path.stem}_reply_text"
    expected = expected_file.read_text(encoding="utf-8") if expected_file.exists() else "Hello"
    reply = split_reply(_body(path))
    got = "\n".join(p for p in (reply.visible, reply.closing, reply.signature) if p)
    return [] if _same(got, expected) else [f"expected {_flat(expected)!r}, got {_flat(got)!r}"]


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("path", TRIMMER_CASES, ids=[p.name for p in TRIMMER_CASES])
def test_trimmer_reply_keeps_the_reply_and_sign_off_and_drops_quotes_and_signature(
        path: Path) -> None:
    check_case(path.name, _trimmer_wrong(path), TRIMMER_KNOWN_MISSES)


@pytest.mark.parametrize("path", TALON_CASES, ids=[p.name for p in TALON_CASES])
def test_talon_standard_reply_keeps_reply_and_signature(path: Path) -> None:
    check_case(path.name, _talon_wrong(path), TALON_KNOWN_MISSES)


def test_public_corpora_summary_known_misses(rates: _RateReport) -> None:
    strict = sum(_same(visible_text(p.read_text(encoding="utf-8")),
                       (TRIMMER / "trimmed" / p.name).read_text(encoding="utf-8"))
                 for p in TRIMMER_CASES)
    rates.lines.append(check_summary(
        "trimmer exact match (visible + closing)",
        {p.name: _trimmer_wrong(p) for p in TRIMMER_CASES}, TRIMMER_KNOWN_MISSES,
        figures=f"visible_text alone (closing dropped): {strict / len(TRIMMER_CASES):.1%}"))
    rates.lines.append(check_summary(
        "talon standard_replies (visible + closing + signature)",
        {p.name: _talon_wrong(p) for p in TALON_CASES}, TALON_KNOWN_MISSES))


@pytest.mark.parametrize("number", [1, 2, 3, 4, 5])
def test_danish_replies_show_the_reply_not_the_history(number: int) -> None:
    """mail-parser-reply's Danish mails (Den ... skrev, Fra/Sendt/Til/Emne, Oprindelig
    meddelelse, Mvh/Kh): expected visible text and history lines in tests/data/replies/."""
    name = f"email_danish_{number}"
    body = (MAIL_PARSER_REPLY / f"{name}.txt").read_text(encoding="utf-8")
    expected = (DATA / "mail_parser_reply" / f"{name}.expected.txt").read_text(encoding="utf-8")
    visible = visible_text(body)
    assert visible == expected.strip()
    history = DATA / "mail_parser_reply" / f"{name}.history.txt"
    for line in history.read_text(encoding="utf-8").splitlines() if history.exists() else []:
        assert line not in visible
        assert line in split_reply(body).quoted


@pytest.mark.parametrize("path", GITHUB_CASES, ids=[p.name for p in GITHUB_CASES])
def test_github_reply_including_pathological_inputs_is_read_fast(path: Path) -> None:
    """email_reply_parser's set has a 750 kB line of '>' and very long DNA lines."""
    body = path.read_text(encoding="utf-8")
    start = time.perf_counter()
    visible = visible_text(body)
    assert time.perf_counter() - start < 1.0
    assert visible.strip()


# -- our own cases ----------------------------------------------------------------------------

CASES = sorted(p for p in [*DATA.glob("*.txt"), *DATA.glob("*.eml")] if not p.name.endswith(".expected.txt"))


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_visible_text_of_own_case(path: Path) -> None:
    """tests/data/replies/NAME.(txt|eml): visible_text equals NAME.expected.txt."""
    expected = path.with_name(path.stem + ".expected.txt").read_text(encoding="utf-8")
    assert visible_text(_body(path)) == expected.strip()


def test_split_reply_separates_closing_signature_and_quoted_form() -> None:
    body = (DATA / "outlook_desktop_da_header_block_without_quotes.txt").read_text(encoding="utf-8")
    reply = split_reply(body)
    assert reply.closing.startswith("Med venlig hilsen\nJens Jensen")
    assert reply.quoted.startswith("Fra: Lise Hansen")
    assert "Skriv jer på en opgave" in reply.quoted
    assert visible_text(body, keep_closing=True).endswith("Tlf. 20 30 40 50")


def test_signoff_without_text_above_is_the_reply() -> None:
    assert visible_text("Tak!\n\n> Kan du komme?") == "Tak!"
    assert visible_text("Mvh\nPeter") == "Mvh\nPeter"


def test_thanks_followed_by_an_answer_is_not_a_closing() -> None:
    body = "Hej Tovholder\n\nTak\nJeg kommer lørdag kl 10"
    assert visible_text(body) == body
    assert split_reply("Hej\n\nJeg kommer.\n\nMvh\nJens Jensen\nFormand for bestyrelsen").closing == (
        "Mvh\nJens Jensen\nFormand for bestyrelsen"
    )


def test_unknown_dashed_title_above_a_header_block_is_history() -> None:
    body = "Ja tak\n\n-----Original meddelelse-----\nFra: T\nSendt: 1. maj\nTil: A\nEmne: B\n\nKommer du?"
    assert visible_text(body) == "Ja tak"


def test_dash_dash_signature_and_device_line_go_to_signature() -> None:
    reply = split_reply("Jeg kommer.\n\n-- \nPeter Hansen\nTlf. 12345678\n")
    assert (reply.visible, reply.signature) == ("Jeg kommer.", "--\nPeter Hansen\nTlf. 12345678")
    reply = split_reply("Jeg kommer.\n\nSendt fra min iPad\n")
    assert (reply.visible, reply.signature) == ("Jeg kommer.", "Sendt fra min iPad")


def test_sent_from_in_a_sentence_is_content() -> None:
    body = "Here it is\n\nSent from my desk, which is easier than my phone."
    assert visible_text(body) == body


def test_prose_with_wrote_and_a_year_is_not_an_attribution() -> None:
    for body in (
        "Som jeg skrev i 2019:\nVi skal have nye borde.\n\nDet mener jeg stadig.",
        "Som jeg skrev den 12. maj:\nVi skal have nye borde.",
        "Hej\n\nSom jeg skrev den 12. maj:\nVi skal have nye borde.",
    ):
        assert visible_text(body) == body


def test_forwarded_message_at_the_top_keeps_the_forwarded_text() -> None:
    body = (
        "---------- Forwarded message ---------\nFra: Lise <lise@example.dk>\n"
        "Date: 11. maj 2022\nSubject: Borde\nTo: <ole@example.dk>\n\nVi mangler borde."
    )
    assert visible_text(body) == "Vi mangler borde."


def test_pathological_lines_do_not_backtrack() -> None:
    nasty = "\n".join(["On 1 " * 60 + "skrev Den 1 am 2 :"] * 2000 + ["Den 1. " + "a " * 140])
    start = time.perf_counter()
    visible_text(nasty)
    assert time.perf_counter() - start < 2.0


# -- html_to_text ------------------------------------------------------------------------------


def test_html_blockquote_becomes_angle_quoted_lines() -> None:
    html = "<div>Svar</div><blockquote>Spørgsmål<br>linje 2<blockquote>dybere</blockquote></blockquote>"
    assert html_to_text(html) == "Svar\n> Spørgsmål\n> linje 2\n> > dybere"


def test_html_drops_head_script_style_and_decodes_entities() -> None:
    html = (
        "<html><head><title>t</title><style>p{x:1}</style></head><body>"
        "<script>alert(1)</script><p>R&oslash;d &amp; bl&aring;&nbsp;&#9746;</p></body></html>"
    )
    assert html_to_text(html) == "Rød & blå [x]"


def test_html_lists_checkboxes_and_rule() -> None:
    html = (
        "<ul><li>a</li><li>b<ol><li>c</li></ol></li></ul><p><input type=checkbox> nej "
        "<input type='checkbox' checked> ja ☐ måske</p><hr><p>gammelt</p>"
    )
    assert html_to_text(html) == f"- a\n- b\n  1. c\n\n[ ] nej [x] ja [ ] måske\n\n{SEPARATOR}\n\ngammelt"


def test_html_client_quote_containers_become_quotes_or_separators() -> None:
    gmail = '<div>Ja</div><div class="gmail_quote">Den 1. maj skrev X:<blockquote>Q</blockquote></div>'
    assert html_to_text(gmail) == "Ja\n> Den 1. maj skrev X:\n> > Q"
    yahoo = '<div>Ja</div><div class="yahoo_quoted">On Monday X wrote: Q</div>'
    assert html_to_text(yahoo) == "Ja\n> On Monday X wrote: Q"
    outlook = '<div>Ja</div><div id="appendonsend"></div><div id="divRplyFwdMsg"><b>Fra:</b> X</div>'
    assert html_to_text(outlook) == f"Ja\n{SEPARATOR}\nFra: X"
    thunderbird = '<p>Ja</p><div class="moz-cite-prefix">On 1/5 X wrote:</div><blockquote>Q</blockquote>'
    assert visible_text(html_to_text(thunderbird)) == "Ja"


def test_html_whitespace_collapses_except_in_pre() -> None:
    html = "<p>  a \n   b  </p><pre>x  y\n  z</pre><div>one<br><br>two</div>"
    assert html_to_text(html) == "a b\n\nx  y\n  z\none\n\ntwo"


@pytest.mark.parametrize("path", TALON_HTML_CASES, ids=[p.name for p in TALON_HTML_CASES])
def test_talon_html_reply_gives_the_same_reply_from_each_client(path: Path) -> None:
    """talon's html_replies (Gmail, Hotmail, mail.ru, Outlook 2003-2010, Thunderbird, Windows
    Mail, Yandex) have no expected files, but each is the same reply to the same message."""
    reply = split_reply(html_to_text(path.read_text(encoding="utf-8", errors="replace")))
    assert (reply.visible, reply.closing) == ("Hi. I am fine.", "Thanks,\nAlex")


def test_html_pathological_nesting_is_linear() -> None:
    start = time.perf_counter()
    html_to_text("<b>" * 20000 + "</i>" * 20000 + "<div>" * 20000 + "x" + "</div>" * 20000)
    assert time.perf_counter() - start < 3.0


# -- purity -----------------------------------------------------------------------------------


@pytest.mark.parametrize("module", ["quotes", "htmltext"])
def test_pure_modules_import_only_the_standard_library(module: str) -> None:
    tree = ast.parse((REPO / "mailer" / f"{module}.py").read_text(encoding="utf-8"))
    imported = {
        alias.name.split(".")[0]
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
    } | {
        node.module.split(".")[0]
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module
    }
    assert imported <= set(sys.stdlib_module_names) | {"__future__"}, imported


def test_a_slash_name_on_the_last_line_is_a_signature() -> None:
    reply = split_reply("Afsnit 5 skal præciseres.\n\n/Jonas")
    assert (reply.visible.strip(), reply.closing.strip()) == ("Afsnit 5 skal præciseres.", "/Jonas")
    assert visible_text("Se bilag/vedhæftet fil.") == "Se bilag/vedhæftet fil."
    # typed on a phone, without a capital
    assert split_reply("fjern vvm og sæt mig på spildevand\n/lars").closing == "/lars"


def test_a_table_row_whose_cells_are_paragraphs_is_one_line() -> None:
    cell = '<td><p class="MsoNormal">{}</p></td>'
    row = "<tr>" + cell.format("Tid") + cell.format("Uændret") + "</tr>"
    head = "<tr>" + cell.format("<b>Spørgsmål</b>") + cell.format("<b>Mit svar</b>") + "</tr>"
    html = f"<p>Mine svar:</p><table>{head}{row}</table><p>Mvh</p>"
    lines = [line for line in html_to_text(html).splitlines() if line]
    assert lines == ["Mine svar:", "Spørgsmål | Mit svar", "Tid | Uændret", "Mvh"]


# -- issue 14: nothing read right before it may be lost ------------------------------------------

PASSED_BEFORE = [ln for ln in (REPO / "tests" / "data" / "quotes-passed-before-issue14.txt")
                 .read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]


def _still_right(case: str) -> list[str]:
    corpus, _, name = case.partition("/")
    if corpus == "trimmer":
        return _trimmer_wrong(TRIMMER / "emails" / name)
    if corpus == "talon":
        return _talon_wrong(TALON / name)
    if corpus == "mail_parser_reply":
        body = (MAIL_PARSER_REPLY / f"{name}.txt").read_text(encoding="utf-8")
        expected = (DATA / "mail_parser_reply" / f"{name}.expected.txt").read_text(encoding="utf-8")
        return [] if visible_text(body) == expected.strip() else [visible_text(body)]
    path = DATA / name
    expected = path.with_name(path.stem + ".expected.txt").read_text(encoding="utf-8")
    return [] if visible_text(_body(path)) == expected.strip() else [visible_text(_body(path))]


def test_the_list_of_cases_right_before_issue_14_is_whole() -> None:
    assert len(PASSED_BEFORE) == 64 + 12 + 5 + 16


@pytest.mark.parametrize("case", PASSED_BEFORE)
def test_a_case_read_right_before_issue_14_still_is(case: str) -> None:
    assert not _still_right(case), case
