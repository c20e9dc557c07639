"""CSS inlining for mail clients that ignore <style> (Outlook desktop)."""

from __future__ import annotations

from tovholder.mailer.inline import inline_css

DOC = """<!doctype html><html><head><style>
p { color: red; margin: 0 }
.note { color: gray }
td.num { width: 28px }
.list td { padding: 4px }
#top { font-weight: bold }
a:hover { color: blue }
@media (max-width: 600px) { p { color: black } }
</style></head><body>
<p id="top">A &amp; B &#8211; <br>C</p>
<p class="note" style="color: green">own style wins</p>
<table class="list"><tr><td class="num">1</td><td>x</td></tr></table>
<td>outside the list</td>
<!--[if mso]><table width="600"><![endif]-->
</body></html>"""


def test_rules_are_copied_into_style_attributes_by_specificity_and_order():
    out = inline_css(DOC)
    assert '<p id="top" style="color: red; margin: 0; font-weight: bold">' in out
    assert '<p class="note" style="color: green; margin: 0">' in out
    assert '<td class="num" style="width: 28px; padding: 4px">' in out
    assert "<td>x</td>" not in out and '<td style="padding: 4px">x</td>' in out
    assert "<td>outside the list</td>" in out


def test_everything_else_passes_through_unchanged():
    out = inline_css(DOC)
    assert "A &amp; B &#8211; <br>C" in out
    assert "<!--[if mso]><table width=\"600\"><![endif]-->" in out
    assert "@media (max-width: 600px)" in out  # kept in <style> for clients that read it
    assert "hover" not in out.split("</style>")[1]


def test_without_rules_the_document_is_returned_as_is():
    plain = "<html><body><p>Hej</p></body></html>"
    assert inline_css(plain) == plain


def test_inlining_twice_changes_nothing_more():
    once = inline_css(DOC)
    assert inline_css(once) == once
