"""How a statistic reads, the same on screen, on the command line and on paper.

A rate or mean of nothing is shown as "–", never as 0 (nobody answered is not
"scored zero"); a change that rounds to nothing is never "-0.0". No Peewee here, so
the window can import it before the store is open.
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
