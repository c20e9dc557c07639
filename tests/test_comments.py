"""Comments typed into the original below the attribution are the member's own words."""

from __future__ import annotations

from tovholder.mailer.comments import bracketed, in_red, typed_into_original


def test_lines_marked_with_the_writers_name_or_initials_are_hers() -> None:
    text = ("Se mine kommentarer nedenfor.\n\nFra: Tovholder\n 5. PFAS\n[Mette] 15 slides, tak\n"
            " 6. Høring\n[ML] Klar\n[Søren] ikke hendes\n")
    assert bracketed(text, ["Mette Lindholt"]) == ["[Mette] 15 slides, tak", "[ML] Klar"]


def test_red_text_in_outlook_html_is_read_out_whole() -> None:
    html = ('<p><span style="color:#1F2A24">5. PFAS</span></p><p><b><span style="font-size:11pt;'
            'color:red">Jeg har 15 slides &ndash; kan vi<br>afsætte 30 minutter?</span></b></p>'
            '<p><font color="#ff0000">Den er klar.</font></p>')
    assert in_red(html) == ["Jeg har 15 slides – kan vi afsætte 30 minutter?", "Den er klar."]
    assert typed_into_original("no marks", html, ["Mette"]) == in_red(html)
    assert in_red("<p>nothing red</p>") == []
