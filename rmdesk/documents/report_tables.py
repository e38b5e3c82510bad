"""Tables of the end-of-cycle report, and how its figures are worded.

``Guard`` words every figure the report prints: plainly in the named report; in the
anonymised one, under the small-group rule of ``programme.figures`` (a figure about
fewer than 3 people or pairs reads "fewer than 3"; a larger one that would give it
back by subtraction reads "withheld").  ``grid`` is the compact table every part of
the report uses, with room for those words where a number would stand.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Table, TableStyle

from rmdesk.documents.report_data import GoalPeople, ReportData
from rmdesk.documents.typesetting import MUTED, RULE, styles
from rmdesk.programme.figures import (
    FEWER_THAN,
    WITHHELD,
    count_text,
    guarded,
    hidden_parts,
    small_group,
)
from rmdesk.programme.outcomes import Outcomes

FIT_WORDS = {
    "good_fit": "good fit",
    "still_deciding": "still deciding",
    "not_a_good_fit": "not a good fit",
    "not_asked": "not asked yet",
}


class Guard:
    """Figures as this report words them: plainly, or, anonymised, with every figure
    about fewer than 3 people (or pairs) read as "fewer than 3" (``programme.figures``)."""

    def __init__(self, data: ReportData) -> None:
        self.on = data.anonymised
        self.goal_people = data.goal_people

    def count(self, n: int) -> str:
        return count_text(n) if self.on else str(n)

    def over(self, text: str, n: int) -> str:
        """A figure (mean, rate, count of things) taken over ``n`` people or pairs."""
        return guarded(text, n) if self.on else text

    def parts(self, parts: list[int]) -> list[str]:
        """Counts that add up to a total printed beside them."""
        if not self.on:
            return [str(n) for n in parts]
        return [text or str(n) for text, n in zip(hidden_parts(parts), parts, strict=True)]

    def goal_rows(self, o: Outcomes) -> dict[str, str]:
        """Goal rows (by owner, by topic, all) to hide, label -> the word shown instead."""
        if not self.on:
            return {}
        people: GoalPeople = self.goal_people
        hidden: dict[str, str] = {}
        for stats, counts in ((o.goals_by_owner, people.by_owner),
                              (o.goals_by_topic, people.by_topic)):  # fmt: skip
            texts = hidden_parts([counts.get(g.label, 0) for g in stats])
            hidden.update({g.label: t for g, t in zip(stats, texts, strict=True) if t})
        if small_group(people.total):
            hidden[o.goals_total.label] = FEWER_THAN
        return hidden


def guard_word(text: str) -> bool:
    return text in (FEWER_THAN, WITHHELD)


@functools.cache
def cell_word() -> ParagraphStyle:
    """The words for hidden figures in a table cell: a little smaller than the numbers,
    so narrow columns keep them on one line."""
    return ParagraphStyle("cell_word", parent=styles().cell_right, fontSize=7.5)


def grid(
    rows: list[list[str]],
    widths: Sequence[float],
    numeric_from: int = 1,
    spans: Sequence[tuple[int, int, int]] = (),
) -> Table:
    """A compact table: a head row, thin rules, numbers right-aligned.  ``spans`` are
    (row, first column, last column) cells merged into one (a hidden group's word)."""
    s = styles()

    def cell(i: int, text: str) -> Paragraph:
        if i < numeric_from:
            return Paragraph(text, s.cell)
        return Paragraph(text, cell_word() if guard_word(text) else s.cell_right)

    body = [
        [Paragraph(head.upper(), s.head) for head in rows[0]],
        *[[cell(i, text) for i, text in enumerate(row)] for row in rows[1:]],
    ]
    table = Table(body, colWidths=list(widths), repeatRows=1)
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("LINEBELOW", (0, 0), (-1, 0), 0.7, MUTED),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
        *[("SPAN", (first, row), (last, row)) for row, first, last in spans],
    ]))  # fmt: skip
    return table


def hide(row: list[str], word: str, first: int) -> list[str]:
    """A row whose figures from column ``first`` on are one hidden group's word."""
    return [*row[:first], word, *[""] * (len(row) - first - 1)]
