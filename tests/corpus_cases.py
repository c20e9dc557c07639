"""Reply corpora checked case by case, so a regression in one reply never hides in an average.

Each corpus test is parametrized by the case's file name. A case is either read right or named
in its corpus's ``KNOWN_MISSES`` ({case: why}), and that list is exact: a listed case that is
now read right fails until it is taken off the list. An invented answer (something the member
did not say, which would change the sheet) is never a known miss. One summary test per corpus
prints the figures (cases right, invented answers) and checks the same exact lists, which also
catches a known miss naming a case that no longer exists.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence


def check_case(name: str, wrong: Sequence[str], known_misses: Mapping[str, str]) -> None:
    """``wrong``: what the case got wrong (empty when it is read right)."""
    if name in known_misses:
        assert wrong, (f"{name} is read right now (known miss: {known_misses[name]}): "
                       "fixed, remove it from KNOWN_MISSES")
    else:
        assert not wrong, f"{name}: " + "; ".join(wrong)


def check_summary(label: str, wrong: Mapping[str, Sequence[str]],
                  known_misses: Mapping[str, str],
                  invented: Mapping[str, Sequence[object]] | None = None,
                  figures: str = "") -> str:
    """``wrong`` and ``invented``: per case of the corpus (every case, empty when right);
    ``invented`` is None where the corpus has no such notion. Prints one line of figures and
    the wrong cases; returns the line."""
    missed = sorted(n for n, w in wrong.items() if w)
    invented = invented or {}
    line = (f"{label}: {len(wrong) - len(missed)}/{len(wrong)} cases right, "
            f"{len(missed)} known misses"
            + (f", {sum(len(i) for i in invented.values())} invented" if invented else "")
            + (f"; {figures}" if figures else ""))
    print("\n" + line)
    for name in missed:
        print(f"  wrong: {name}: " + "; ".join(wrong[name]))
    assert set(known_misses) <= set(wrong), (
        f"KNOWN_MISSES names cases not in the corpus: {sorted(set(known_misses) - set(wrong))}")
    assert not {n: i for n, i in invented.items() if i}, invented
    assert missed == sorted(known_misses), {"wrong now": missed, "KNOWN_MISSES": sorted(known_misses)}
    return line
