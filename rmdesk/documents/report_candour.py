"""The report's candour figures: each statement over everyone who answered it.

Only statements answered by 3 people or more reach the report (``programme.candour``
drops the others before the report sees them), and nothing here is per pair or per
person, named report or not: a junior mentor's "I could not speak honestly" must not
be traceable to them.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, KeepTogether, Paragraph

from rmdesk.documents.report_tables import grid, mean, percent
from rmdesk.documents.text import esc
from rmdesk.documents.typesetting import styles
from rmdesk.documents.words import translate
from rmdesk.programme.candour import AGREE_FROM, CandourFigure


def _asked(role: str) -> str:
    if role == "mentor":
        return translate("Report", "Mentors (junior)")
    return translate("Report", "Mentees (senior)")


def candour_block(figures: Sequence[CandourFigure], width: float) -> list[Flowable]:
    """The heading, a line on how it is counted, and a row per statement; nothing when
    no statement has enough answers."""
    if not figures:
        return []
    s = styles()
    rows = [[translate("Report", "Statement"), translate("Report", "asked of"),
             translate("Report", "people"), translate("Report", "mean (1–5)"),
             translate("Report", "{0} or 5").format(AGREE_FROM)]]  # fmt: skip
    rows += [
        [esc(f.statement), _asked(f.role), str(f.answers), mean(f.mean), percent(f.agree)]
        for f in figures
    ]
    numbers, asked = 58.0, 84.0
    return [
        KeepTogether([
            Paragraph(translate("Report", "Candour, over the group"), s.h1),
            Paragraph(translate(
                "Report",
                "Each person's latest answer, over everyone who gave one. Shown only when 3 "
                "people or more answered, never per pair or per person.",
            ), s.muted),
            grid(rows, [width - asked - 3 * numbers, asked, numbers, numbers, numbers],
                 numeric_from=2),
        ])
    ]  # fmt: skip
