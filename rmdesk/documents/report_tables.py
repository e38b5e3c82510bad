"""Tables of the end-of-cycle report, and how its figures are worded.

``Guard`` words every figure the report prints: plainly in the named report; in the
anonymised one, under the small-group rule of ``programme.figures`` (a figure about
fewer than 3 people or pairs reads "fewer than 3"; in a table whose total is known,
larger ones read "withheld" until the small ones cannot be worked out from it).
``grid`` is the compact table every part of the report uses; those words stand where a
number would, in the same type on the same line.

The rules decide on the English words of ``programme.figures``; only what is printed
is in the document's language (``hidden_word``), and so are the figures ("3,4" in
German and French: ``percent``, ``mean``, ``signed``) and the report's small words.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Table, TableStyle

from rmdesk.documents import text as plain
from rmdesk.documents.report_data import GoalPeople, MeetingPairs, ReportData
from rmdesk.documents.typesetting import MUTED, RULE, styles
from rmdesk.documents.words import counted, current, translate
from rmdesk.programme.figures import (
    FEWER_THAN,
    SMALL_GROUP,
    WITHHELD,
    count_text,
    guarded,
    hidden_parts,
    small_group,
)
from rmdesk.programme.language import local_figure
from rmdesk.programme.outcomes import MeetingStats, Outcomes

MEETING_STATUSES = ("held", "planned", "cancelled", "missed")


# -- figures and words in the document's language ----------------------------------------


def figure(text: str) -> str:
    """A figure written the English way ("3.4", "69 %") in the document's language."""
    return local_figure(text, current())


def percent(value: float | None) -> str:
    return figure(plain.percent(value))


def mean(value: float | None, digits: int = 1) -> str:
    return figure(plain.mean(value, digits))


def signed(value: float | None) -> str:
    return figure(plain.signed(value))


def fewer_than() -> str:
    return translate("Report", "fewer than {0}").format(SMALL_GROUP)


def withheld() -> str:
    return translate("Report", "withheld")


def hidden_word(word: str) -> str:
    """The small-group rule's English word (``programme.figures``) as printed."""
    if word == FEWER_THAN:
        return fewer_than()
    if word == WITHHELD:
        return withheld()
    return word


def counted_figure(text: str, one: str, many: str) -> str:
    """A count as the report prints it ("1", "12", or "fewer than 3") with its noun:
    the singular only where the language's rule says so for a number."""
    if text.isdigit():
        return counted(int(text), one, many)
    return many.format(text)


def fit_word(answer: str) -> str:
    """How a pairing fit answer reads: "good fit", "not asked yet"."""
    words = {
        "good_fit": translate("Report", "good fit"),
        "still_deciding": translate("Report", "still deciding"),
        "not_a_good_fit": translate("Report", "not a good fit"),
        "not_asked": translate("Report", "not asked yet"),
    }
    return words.get(answer, answer)


class Guard:
    """Figures as this report words them: plainly, or, anonymised, with every figure
    about fewer than 3 people (or pairs) read as "fewer than 3" (``programme.figures``)."""

    def __init__(self, data: ReportData) -> None:
        self.on = data.anonymised
        self.goal_people = data.goal_people
        self.meeting_pairs: MeetingPairs = data.meeting_pairs

    def count(self, n: int) -> str:
        return hidden_word(count_text(n)) if self.on else str(n)

    def over(self, text: str, n: int) -> str:
        """A figure (mean, rate, count of things) taken over ``n`` people or pairs."""
        return hidden_word(guarded(text, n)) if self.on else text

    def parts(self, parts: list[int]) -> list[str]:
        """Counts of people or pairs that add up to a total printed or known."""
        if not self.on:
            return [str(n) for n in parts]
        return [hidden_word(text) if text else str(n)
                for text, n in zip(hidden_parts(parts), parts, strict=True)]  # fmt: skip

    def goal_rows(self, o: Outcomes) -> dict[str, str]:
        """Goal rows (by owner, by topic, all) to hide, label -> the word shown instead.
        Owners and topics each add up to "All goals"; a person may have goals in several
        topics, so their rows are judged against the people of all goals."""
        if not self.on:
            return {}
        people: GoalPeople = self.goal_people
        hidden: dict[str, str] = {}
        for stats, counts in ((o.goals_by_owner, people.by_owner),
                              (o.goals_by_topic, people.by_topic)):  # fmt: skip
            texts = hidden_parts([counts.get(g.label, 0) for g in stats], total=people.total)
            hidden.update({g.label: hidden_word(t) for g, t in zip(stats, texts, strict=True) if t})
        if small_group(people.total):
            hidden[o.goals_total.label] = fewer_than()
        return hidden

    def meetings(self, m: MeetingStats) -> dict[str, str]:
        """The meeting figures as printed: "held", "planned", "cancelled", "missed"
        (adding up to "scheduled") and "attendance".  Anonymised, a status is taken over
        the pairs that had such meetings, and attendance (held ÷ held + missed) is
        withheld when held or missed is hidden, as it would give them back."""
        texts = {
            **{status: str(getattr(m, status)) for status in (*MEETING_STATUSES, "scheduled")},
            "attendance": percent(m.attendance_rate),
        }
        if not self.on:
            return texts
        pairs = self.meeting_pairs
        if small_group(pairs.total):
            return {key: fewer_than() for key in texts}
        words = hidden_parts([pairs.by_status.get(s, 0) for s in MEETING_STATUSES],
                             total=pairs.total)  # fmt: skip
        texts.update(
            {s: hidden_word(word) for s, word in zip(MEETING_STATUSES, words, strict=True) if word}
        )
        if guard_word(texts["held"]) or guard_word(texts["missed"]):
            texts["attendance"] = withheld()
        return texts


def guard_word(text: str) -> bool:
    """Whether a printed figure is the small-group rule's word (in any language)."""
    return text in (FEWER_THAN, WITHHELD, fewer_than(), withheld())


CELL_PADDING = (2, 3)  # points left and right of a cell's text
HEAD_GAP = 6.0  # points at least between a column's head and the next one's

# The report's tables' look: top-aligned cells, tight padding, a rule under the head and
# a hairline under each row (the goals of a pair's section share it).
GRID_LOOK: tuple[tuple[object, ...], ...] = (
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING[0]),
    ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING[1]),
    ("TOPPADDING", (0, 0), (-1, -1), 1.5),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ("LINEBELOW", (0, 0), (-1, 0), 0.7, MUTED),
    ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
)


def grid(
    rows: list[list[str]],
    widths: Sequence[float],
    numeric_from: int = 1,
    spans: Sequence[tuple[int, int, int]] = (),
) -> Table:
    """A compact table: a head row, thin rules, numbers right-aligned.  ``spans`` are
    (row, first column, last column) cells merged into one: a hidden group's word, from
    the first of its columns, so it reads as the whole group's."""
    s = styles()
    widths = _room_for_heads(rows[0], widths)
    left = {(row, first) for row, first, _last in spans}
    body = [
        [Paragraph(head.upper(), s.head) for head in rows[0]],
        *[[Paragraph(text, s.cell if i < numeric_from or (r, i) in left else s.cell_right)
           for i, text in enumerate(row)] for r, row in enumerate(rows[1:], start=1)],
    ]  # fmt: skip
    table = Table(body, colWidths=list(widths), repeatRows=1)
    table.setStyle(TableStyle([
        *GRID_LOOK, *[("SPAN", (first, row), (last, row)) for row, first, last in spans],
    ]))  # fmt: skip
    return table


def _room_for_heads(heads: Sequence[str], widths: Sequence[float]) -> list[float]:
    """``widths`` at which each head's longest word fits with a gap before the next
    head: German "ZUFRIEDENHEIT" filled its share of the page and all but touched
    "VERÄND.". What a column lacks comes from the columns with room to spare, in
    proportion to their spare room; the table keeps its width."""
    head = styles().head
    padding = sum(CELL_PADDING) + HEAD_GAP
    need = [
        padding
        + max(
            (stringWidth(word, head.fontName, head.fontSize) for word in text.upper().split()),
            default=0.0,
        )
        for text in heads
    ]
    short = sum(max(n - w, 0.0) for n, w in zip(need, widths, strict=True))
    spare = [max(w - n, 0.0) for n, w in zip(need, widths, strict=True)]
    if not short or not sum(spare):
        return list(widths)
    given = min(short, sum(spare))  # all the room there is, when not enough
    return [
        w + (n - w) * given / short if n > w else w - room * given / sum(spare)
        for n, w, room in zip(need, widths, spare, strict=True)
    ]


def hide(row: list[str], word: str, first: int) -> list[str]:
    """A row whose figures from column ``first`` on are one hidden group's word."""
    return [*row[:first], word, *[""] * (len(row) - first - 1)]
