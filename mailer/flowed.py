"""format=flowed (RFC 3676): the lines a client soft-broke, joined back into what was typed.

Thunderbird and Apple Mail send plain text as format=flowed: a line ending in a space goes on
on the next line. Read as it arrives, "... so add " + "Soil." is two lines, and the second
looks like a bare list. Pure (standard library only).
"""

from __future__ import annotations

_SIGNATURE = "-- "


def unflow(text: str, delsp: bool = False) -> str:
    """``text`` with its soft line breaks removed; quote depth and hard breaks are kept."""
    out: list[str] = []
    depth_open, pending = -1, ""  # the paragraph being joined and its quote depth
    for line in text.split("\n"):
        depth = len(line) - len(line.lstrip(">"))
        body = line[depth:]
        if body.startswith(" "):
            body = body[1:]  # space-stuffing (or the space after the quote marks)
        if depth_open >= 0 and depth != depth_open:
            out.append(_quoted(depth_open, pending))  # a flowed line never spans quote depths
            depth_open, pending = -1, ""
        soft = body.endswith(" ") and body != _SIGNATURE
        piece = body[:-1] if soft and delsp else body
        if soft:
            depth_open, pending = depth, pending + piece
            continue
        out.append(_quoted(depth, pending + piece))
        depth_open, pending = -1, ""
    if depth_open >= 0:
        out.append(_quoted(depth_open, pending))
    return "\n".join(out)


def _quoted(depth: int, body: str) -> str:
    return ">" * depth + " " + body if depth else body
