"""How a statistic reads, the same on screen, on the command line and on paper.

A rate or mean of nothing is shown as "–", never as 0 (nobody answered is not
"scored zero"); a change that rounds to nothing is never "-0.0".  Where anonymity is
promised (the anonymised report), a figure about fewer than 3 people reads "fewer than
3": the rule is below, once.  No Peewee here, so the window can import it before the
store is open.
"""

from __future__ import annotations

NOTHING = "–"


def percent_text(rate: float | None) -> str:
    """``0.686`` -> ``69 %``."""
    return NOTHING if rate is None else f"{rate * 100:.0f} %"


def mean_text(value: float | None, digits: int = 2) -> str:
    return NOTHING if value is None else f"{value:.{digits}f}"


def change_text(value: float | None, digits: int = 2) -> str:
    """``+0.79``, ``-1.20``; a change that rounds to nothing reads ``0.00``, never ``-0.00``."""
    if value is None:
        return NOTHING
    if round(value, digits) == 0:
        return f"{0:.{digits}f}"
    return f"{value:+.{digits}f}"


def progress_text(value: float | None) -> str:
    """An average progress (0-100): ``89 %``."""
    return NOTHING if value is None else f"{value:.0f} %"


# -- small groups (the anonymised report) ----------------------------------------------
#
# A figure taken over one or two people tells who they are to anyone who knows the
# programme ("the mentors' satisfaction, n = 1").  Where anonymity is promised, such a
# figure reads "fewer than 3" instead.  Zero describes nobody and is shown.  A pair
# counts as its two people together, so a count of pairs follows the same rule.

SMALL_GROUP = 3
FEWER_THAN = f"fewer than {SMALL_GROUP}"
WITHHELD = "withheld"  # a larger figure hidden so the small one cannot be subtracted out


def small_group(n: int) -> bool:
    """1 or 2: too few people (or pairs) for a figure about them to stay anonymous."""
    return 0 < n < SMALL_GROUP


def guarded(text: str, n: int) -> str:
    """``text``, a figure taken over ``n`` people, or "fewer than 3" when they are so few."""
    return FEWER_THAN if small_group(n) else text


def count_text(n: int) -> str:
    """A count of people or pairs: ``12``, ``0``, or "fewer than 3"."""
    return guarded(str(n), n)


def hidden_parts(parts: list[int]) -> list[str | None]:
    """For the parts of a total that is shown: what replaces each part, or None to show it.

    Small parts read "fewer than 3".  Then the total minus the parts shown would give
    the small one back, so the smallest other part that is not 0 is withheld too.
    """
    texts: list[str | None] = [FEWER_THAN if small_group(n) else None for n in parts]
    if any(texts):
        others = [(n, i) for i, n in enumerate(parts) if texts[i] is None and n > 0]
        if others:
            texts[min(others)[1]] = WITHHELD
    return texts
