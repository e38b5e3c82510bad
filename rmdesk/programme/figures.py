"""How a statistic reads, the same on screen, on the command line and on paper.

A rate or mean of nothing is shown as "–", never as 0 (nobody answered is not
"scored zero"); a change that rounds to nothing is never "-0.0".  Where anonymity is
promised (the anonymised report), a figure about fewer than 3 people reads "fewer than
3": the rule is below, once.  No Peewee here, so the window can import it before the
store is open.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

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
WITHHELD = "withheld"  # a larger figure hidden so the small ones cannot be worked out


def small_group(n: int) -> bool:
    """1 or 2: too few people (or pairs) for a figure about them to stay anonymous."""
    return 0 < n < SMALL_GROUP


def enough_to_show(n: int) -> bool:
    """At least 3 answers: below that, a figure promised never to describe one person
    (candour) is not shown at all, not even as "fewer than 3"."""
    return n >= SMALL_GROUP


def guarded(text: str, n: int) -> str:
    """``text``, a figure taken over ``n`` people, or "fewer than 3" when they are so few."""
    return FEWER_THAN if small_group(n) else text


def count_text(n: int) -> str:
    """A count of people or pairs: ``12``, ``0``, or "fewer than 3"."""
    return guarded(str(n), n)


def hidden_parts(parts: Sequence[int], total: int | None = None) -> list[str | None]:
    """The figures of one table whose total is printed or can be worked out (statuses,
    fit answers, mentors and mentees, goals by owner or topic ...): what replaces each,
    or None to show it.

    ``parts`` are the people (or pairs) each figure describes; ``total`` the people the
    whole table describes, when the parts overlap (a person with goals in two topics);
    by default their sum.

    A part of 1 or 2 reads "fewer than 3".  Taking the figures shown from the total
    gives what the hidden ones add up to, and a reader knows that each "fewer than 3" is
    1 or 2 and each "withheld" at least 3, and no more than the smallest figure still
    shown (the smallest are withheld first).  So other parts are withheld, smallest
    first and never a 0, until the "fewer than 3" could all be 1 and could all be 2:
    then none of them can be worked out, and the hidden parts together describe at least
    3 people.  ("Together at least 3" alone is not enough: 10 + 1 + 1 + 1 of a total of
    13 gives each 1 back, 10 + 2 + 2 of 14 each 2.)  A total of fewer than 3 reads
    "fewer than 3" itself, so nothing can be subtracted.  A handful of people that
    cannot be split so (3 and 1 of 4) has every part withheld, 0 included, or a 0 next
    to parts that must all be 1 would give them away.
    """
    texts: list[str | None] = [FEWER_THAN if small_group(n) else None for n in parts]
    small = [n for n in parts if small_group(n)]
    if not small or (sum(parts) if total is None else total) < SMALL_GROUP:
        return texts
    shown = sorted((n, i) for i, n in enumerate(parts) if texts[i] is None and n > 0)
    withheld: list[int] = []
    while not _small_parts_open(small, withheld, shown[0][0] if shown else None):
        if not shown:
            return [WITHHELD] * len(parts)
        n, i = shown.pop(0)
        texts[i] = WITHHELD
        withheld.append(n)
    return texts


def _small_parts_open(small: list[int], withheld: list[int], smallest_shown: int | None) -> bool:
    """Whether the hidden parts' sum leaves the small ones open: with every small part 1,
    and with every one 2, the rest is a sum the withheld parts can make."""
    if not withheld:
        return False  # the total minus the parts shown is the small ones' own sum
    hidden = sum(small) + sum(withheld)
    least = SMALL_GROUP * len(withheld)
    most = math.inf if smallest_shown is None else smallest_shown * len(withheld)
    return least <= hidden - 2 * len(small) and hidden - len(small) <= most
