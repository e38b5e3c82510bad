"""The end-of-cycle report's charts (goals by topic, self-assessment per dimension) and,
in the named report with its appendix, one section per pair.

Anonymised, the charts leave out what the small-group rule hides in the summary, and
there are no pair sections: each would describe two people.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import simpleSplit
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from rmdesk.documents.charts import grouped_bars
from rmdesk.documents.fonts import is_plain
from rmdesk.documents.report_data import PairSection
from rmdesk.documents.report_tables import FIT_WORDS, GRID_LOOK, Guard
from rmdesk.documents.text import esc, long_date, signed
from rmdesk.documents.typesetting import Tick, styles
from rmdesk.programme.figures import small_group
from rmdesk.programme.outcomes import Outcomes
from rmdesk.programme.wording import counted

STATUS_WORDS = {
    "proposed": "proposed",
    "active": "active",
    "completed": "completed",
    "ended_early": "ended early",
}
GOAL_STATUS_WORDS = {
    "open": "open",
    "in_progress": "in progress",
    "achieved": "achieved",
    "dropped": "dropped",
}


# -- charts ------------------------------------------------------------------------------


def goals_chart(o: Outcomes, g: Guard, width: float) -> list[Flowable]:
    """Goals set and achieved per topic, largest first; hidden topics left out."""
    s = styles()
    hidden = g.goal_rows(o)
    topics = [x for x in o.goals_by_topic if (x.set or x.achieved) and x.label not in hidden]
    story: list[Flowable] = []
    if topics:
        story.append(KeepTogether([Paragraph("Goals by topic", s.h2), grouped_bars(
            width, [x.label for x in topics],
            [("Goals set", [x.set for x in topics]), ("Achieved", [x.achieved for x in topics])],
        )]))  # fmt: skip
    elif not hidden:
        story.append(Paragraph("No goals recorded yet, so there is nothing to chart.", s.body))
    left_out = sum(1 for x in o.goals_by_topic if x.label in hidden)
    if left_out:
        story.append(Paragraph(
            f"{counted(left_out, 'topic')} left out of the chart: the goals of fewer than 3 "
            "people, or enough to work them out.", s.muted,
        ))  # fmt: skip
    return story


def dimension_chart(o: Outcomes, g: Guard, width: float) -> list[Flowable]:
    s = styles()

    def shown(n: int, value: float | None) -> float | None:
        """The mean as drawn; None draws no bar (and no "0.0" label) for no answers."""
        return None if value is None or (g.on and small_group(n)) else value

    dims = [d for d in o.dimensions if shown(d.n_baseline, d.mean_baseline) is not None
            or shown(d.n_final, d.mean_final) is not None]  # fmt: skip
    if dims:
        labels = [f"{d.role.capitalize()} · {d.dimension}" for d in dims]
        missing = "no answers in that phase yet, or fewer than 3." if g.on else (
            "no answers in that phase yet.")  # fmt: skip
        return [KeepTogether([
            Paragraph("Before and after, per dimension", s.h2),
            grouped_bars(
                width, labels,
                [("Before (baseline mean)", [shown(d.n_baseline, d.mean_baseline) for d in dims]),
                 ("After (final mean)", [shown(d.n_final, d.mean_final) for d in dims])],
                value_max=5, value_step=1, value_format="%.1f",
            ),
            Paragraph(f"Means on a 1–5 scale; the people behind each mean are in the table "
                      f"above. A missing bar means {missing}", s.muted),
        ])]  # fmt: skip
    if g.on and any(d.n_baseline or d.n_final for d in o.dimensions):
        return [Paragraph("Every dimension has answers from fewer than 3 people, so "
                          "there is nothing to compare here.", s.body)]  # fmt: skip
    return [
        Paragraph(
            "No self-assessments recorded yet (n = 0), so there is nothing to compare.", s.body
        )
    ]


# -- one section per pair (named report) -------------------------------------------


def pairs_left_out() -> list[Flowable]:
    """What the anonymised report says in place of the pair sections."""
    s = styles()
    return [
        Paragraph("Pairs", s.h1),
        Paragraph(
            "The named report has a section per pair; this one has none. Whatever were taken "
            "out of it, a pair's status, meetings and goals would describe its two people.",
            s.body,
        ),
    ]


def pair_sections(pairs: Sequence[PairSection], width: float) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = [Paragraph("Pairs", s.h1)]
    if not pairs:
        story.append(Paragraph(
            "No pair has started in this cycle yet: no meetings held yet, no goals to report.",
            s.body,
        ))  # fmt: skip
        return story
    story.append(Paragraph(
        "Meetings held and each side's goals with their outcome. Private meeting notes are "
        "not part of this report.", s.muted,
    ))  # fmt: skip
    for pair in pairs:
        story.append(Tick())
        story.append(_pair_section(pair, width))
    return story


def _pair_facts(pair: PairSection) -> list[str]:
    """The pair's facts as plain lines of text (not yet escaped)."""
    status = STATUS_WORDS.get(pair.status, pair.status)
    facts = [status.capitalize()]
    if pair.started_on:
        facts.append(f"started {long_date(pair.started_on)}")
    if pair.ended_on:
        facts.append(f"ended {long_date(pair.ended_on)}")
    text = ", ".join(facts)
    if pair.status == "ended_early":
        text += f" (reason: {' '.join(pair.end_reason.split()).rstrip('.') or 'none given'})"
    if pair.held:
        meetings = f"{counted(pair.held, 'meeting')} held"
        if pair.last_held:
            meetings += f", the last on {long_date(pair.last_held)}"
    else:
        meetings = "No meetings held yet"
    extra = [f"{n} {word}" for n, word in ((pair.planned, "still planned"),
             (pair.cancelled, "cancelled"), (pair.missed, "missed")) if n]  # fmt: skip
    meetings += f" ({', '.join(extra)})" if extra else ""
    outcome = []
    for role in ("mentee", "mentor"):
        parts = []
        if pair.satisfaction.get(role) is not None:
            parts.append(f"satisfaction {pair.satisfaction[role]}/5")
        if pair.change.get(role) is not None:
            parts.append(f"self-assessment {signed(pair.change[role])}")
        if pair.fit.get(role):
            parts.append(f"fit: {FIT_WORDS.get(pair.fit[role], pair.fit[role])}")
        if parts:
            outcome.append(f"{role}: {', '.join(parts)}")
    lines = [text + ".", meetings + "."]
    if outcome:
        lines.append("Outcome — " + "; ".join(outcome) + ".")
    return lines


class _Once(Paragraph):  # type: ignore[misc]
    """A paragraph that breaks its lines once per width: a pair's section is measured
    whole (``KeepTogether``), then laid out, then its table cells drawn, and each would
    break the same lines again (the named report's appendix spent most of its time
    there)."""

    _wrapped_at: float | None = None

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        if self._wrapped_at != available_width:
            super().wrap(available_width, available_height)
            self._wrapped_at = available_width
        return self.width, self.height


class _Lines(Flowable):  # type: ignore[misc]
    """Plain text in one font, wrapped at the width: what a paragraph prints for text
    DejaVu Sans covers, without a paragraph's markup parse (a pair's heading and facts,
    a thousand times over in a large cycle's appendix)."""

    def __init__(self, lines: list[str], style: ParagraphStyle) -> None:
        super().__init__()
        self.lines, self.style = lines, style
        self.spaceBefore, self.spaceAfter = style.spaceBefore, style.spaceAfter
        self._wrapped_at: float | None = None
        self._broken: list[str] = []

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        if self._wrapped_at != available_width:
            st = self.style
            self._broken = [part for line in self.lines
                            for part in simpleSplit(line, st.fontName, st.fontSize,
                                                    available_width)]  # fmt: skip
            self._wrapped_at = available_width
        self.width, self.height = available_width, len(self._broken) * self.style.leading
        return self.width, self.height

    def draw(self) -> None:
        st = self.style
        text = self.canv.beginText(0, self.height - st.fontSize)
        text.setFont(st.fontName, st.fontSize, st.leading)
        text.setFillColor(st.textColor)
        for line in self._broken:
            text.textLine(line)
        self.canv.drawText(text)


def _text(lines: list[str], style: ParagraphStyle) -> Flowable:
    """Plain lines when DejaVu Sans prints them as they are, else a paragraph (for the
    fonts, shaping and order of other scripts, through ``esc``)."""
    if all(is_plain(line) for line in lines):
        return _Lines(lines, style)
    return _Once("<br/>".join(esc(line) for line in lines), style)


def _pair_section(pair: PairSection, width: float) -> Flowable:
    """One pair, kept whole on a page, so its heading never stands alone at the foot of
    one (a section longer than a page starts on a new one and then breaks)."""
    s = styles()
    heading = (f"Pair {pair.number} · {' '.join(pair.mentor_name.split())} (mentor) and "
               f"{' '.join(pair.mentee_name.split())} (mentee)")  # fmt: skip
    head = [_text([heading], s.h2), _text(_pair_facts(pair), s.cell)]
    if not pair.goals:
        return KeepTogether([*head, Paragraph("No goals recorded.", s.muted), Spacer(1, 4)])
    widths = [width * f for f in (0.12, 0.60, 0.16, 0.12)]
    title_width = widths[1] - 5  # the cell's padding
    rows: list[list[object]] = [["OWNER", "GOAL", "STATUS", "PROGRESS"]]
    for goal in pair.goals:
        status = GOAL_STATUS_WORDS.get(goal.status, goal.status)
        rows.append([goal.owner.capitalize(), _title_cell(goal.title, title_width), status,
                     f"{goal.progress} %"])  # fmt: skip
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(_goal_table_style())
    return KeepTogether([*head, Spacer(1, 2), table, Spacer(1, 6)])


def _title_cell(title: str, width: float) -> object:
    """A goal's title in its cell: text DejaVu Sans prints as it is, wrapped here as plain
    lines (no paragraph to parse); any other script a paragraph, for its font and order."""
    s = styles()
    text = " ".join(title.split())
    if is_plain(text):
        return "\n".join(simpleSplit(text, s.cell.fontName, s.cell.fontSize, width))
    return _Once(esc(title), s.cell)


@functools.cache
def _goal_table_style() -> TableStyle:
    """A pair's goals in ``grid``'s look, with plain strings for the short cells: 500
    pairs' tables would otherwise parse a paragraph per cell (most of the report's time);
    only the goal's title, which wraps and may be in any script, is a paragraph."""
    s = styles()
    return TableStyle([
        ("FONT", (0, 0), (-1, 0), s.head.fontName, s.head.fontSize, s.head.leading),
        ("TEXTCOLOR", (0, 0), (-1, 0), s.head.textColor),
        ("FONT", (0, 1), (-1, -1), s.cell.fontName, s.cell.fontSize, s.cell.leading),
        ("TEXTCOLOR", (0, 1), (-1, -1), s.cell.textColor),
        ("ALIGN", (3, 0), (3, -1), "RIGHT"),
        *GRID_LOOK,
    ])  # fmt: skip
