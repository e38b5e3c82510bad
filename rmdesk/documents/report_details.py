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
from rmdesk.documents.report_groups import goal_label
from rmdesk.documents.report_tables import GRID_LOOK, Guard, figure, fit_word, signed
from rmdesk.documents.text import esc
from rmdesk.documents.typesetting import Tick, styles
from rmdesk.documents.words import counted, long_date, said, translate
from rmdesk.programme.code_words import PAIR_STATUS
from rmdesk.programme.figures import small_group
from rmdesk.programme.messages import word
from rmdesk.programme.outcomes import Outcomes


def pair_status_word(status: str) -> str:
    """A pair's status as the domain's sentences say it ("ended early"), in the
    document's language: one word list (``programme.code_words``) for both."""
    return said(word(PAIR_STATUS, status))


def goal_status_word(status: str) -> str:
    """A goal's status as the report and the session pack print it."""
    words = {
        "open": translate("Report", "open"),
        "in_progress": translate("Report", "in progress"),
        "achieved": translate("Report", "achieved"),
        "dropped": translate("Report", "dropped"),
    }
    return words.get(status, status)


def role_word(role: str) -> str:
    """ "Mentor" or "Mentee", as a row or a chart label begins."""
    return translate("Report", "Mentee") if role == "mentee" else translate("Report", "Mentor")


# -- charts ------------------------------------------------------------------------------


def goals_chart(o: Outcomes, g: Guard, width: float) -> list[Flowable]:
    """Goals set and achieved per topic, largest first; hidden topics left out."""
    s = styles()
    hidden = g.goal_rows(o)
    topics = [x for x in o.goals_by_topic if (x.set or x.achieved) and x.label not in hidden]
    story: list[Flowable] = []
    if topics:
        story.append(KeepTogether([Paragraph(translate("Report", "Goals by topic"), s.h2),
                                   grouped_bars(
            width, [goal_label(x.label) for x in topics],
            [(translate("Report", "Goals set"), [x.set for x in topics]),
             (translate("Report", "Achieved"), [x.achieved for x in topics])],
        )]))  # fmt: skip
    elif not hidden:
        story.append(Paragraph(translate(
            "Report", "No goals recorded yet, so there is nothing to chart."), s.body))  # fmt: skip
    left_out = sum(1 for x in o.goals_by_topic if x.label in hidden)
    if left_out:
        story.append(Paragraph(counted(
            left_out,
            translate("Report", "{0} topic left out of the chart: the goals of fewer than 3 "
                      "people, or enough to work them out."),
            translate("Report", "{0} topics left out of the chart: the goals of fewer than 3 "
                      "people, or enough to work them out."),
        ), s.muted))  # fmt: skip
    return story


def dimension_chart(o: Outcomes, g: Guard, width: float) -> list[Flowable]:
    s = styles()

    def shown(n: int, value: float | None) -> float | None:
        """The mean as drawn; None draws no bar (and no "0.0" label) for no answers."""
        return None if value is None or (g.on and small_group(n)) else value

    dims = [d for d in o.dimensions if shown(d.n_baseline, d.mean_baseline) is not None
            or shown(d.n_final, d.mean_final) is not None]  # fmt: skip
    if dims:
        labels = [f"{role_word(d.role)} · {d.dimension}" for d in dims]
        if g.on:
            note = translate("Report", "Means on a 1–5 scale; the people behind each mean are "
                             "in the table above. A missing bar means no answers in that "
                             "phase yet, or fewer than 3.")  # fmt: skip
        else:
            note = translate("Report", "Means on a 1–5 scale; the people behind each mean are "
                             "in the table above. A missing bar means no answers in that "
                             "phase yet.")  # fmt: skip
        return [KeepTogether([
            Paragraph(translate("Report", "Before and after, per dimension"), s.h2),
            grouped_bars(
                width, labels,
                [(translate("Report", "Before (baseline mean)"),
                  [shown(d.n_baseline, d.mean_baseline) for d in dims]),
                 (translate("Report", "After (final mean)"),
                  [shown(d.n_final, d.mean_final) for d in dims])],
                value_max=5, value_step=1, value_format=lambda v: figure(f"{v:.1f}"),
            ),
            Paragraph(note, s.muted),
        ])]  # fmt: skip
    if g.on and any(d.n_baseline or d.n_final for d in o.dimensions):
        return [Paragraph(translate("Report", "Every dimension has answers from fewer than 3 "
                                    "people, so there is nothing to compare here."),
                          s.body)]  # fmt: skip
    return [Paragraph(translate(
        "Report", "No self-assessments recorded yet (n = 0), so there is nothing to compare."
    ), s.body)]  # fmt: skip


# -- one section per pair (named report) -------------------------------------------


def pairs_left_out() -> list[Flowable]:
    """What the anonymised report says in place of the pair sections."""
    s = styles()
    return [
        Paragraph(translate("Report", "Pairs"), s.h1),
        Paragraph(translate(
            "Report",
            "The named report has a section per pair; this one has none. Whatever were taken "
            "out of it, a pair's status, meetings and goals would describe its two people.",
        ), s.body),
    ]  # fmt: skip


def pair_sections(pairs: Sequence[PairSection], width: float) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = [Paragraph(translate("Report", "Pairs"), s.h1)]
    if not pairs:
        story.append(Paragraph(translate(
            "Report",
            "No pair has started in this cycle yet: no meetings held yet, no goals to report.",
        ), s.body))  # fmt: skip
        return story
    story.append(Paragraph(translate(
        "Report",
        "Meetings held and each side's goals with their outcome. Private meeting notes are "
        "not part of this report.",
    ), s.muted))  # fmt: skip
    for pair in pairs:
        story.append(Tick())
        story.append(_pair_section(pair, width))
    return story


def _pair_facts(pair: PairSection) -> list[str]:
    """The pair's facts as plain lines of text (not yet escaped)."""
    status = pair_status_word(pair.status)
    facts = [status[:1].upper() + status[1:]]
    if pair.started_on:
        facts.append(translate("Report", "started {0}").format(long_date(pair.started_on)))
    if pair.ended_on:
        facts.append(translate("Report", "ended {0}").format(long_date(pair.ended_on)))
    text = ", ".join(facts)
    if pair.status == "ended_early":
        reason = " ".join(pair.end_reason.split()).rstrip(".")
        text += translate("Report", " (reason: {0})").format(
            reason or translate("Report", "none given")
        )
    if pair.held:
        meetings = counted(pair.held, translate("Report", "{0} meeting held"),
                           translate("Report", "{0} meetings held"))  # fmt: skip
        if pair.last_held:
            meetings += translate("Report", ", the last on {0}").format(long_date(pair.last_held))
    else:
        meetings = translate("Report", "No meetings held yet")
    extra = [text.format(n) for n, text in (
        (pair.planned, translate("Report", "{0} still planned")),
        (pair.cancelled, translate("Report", "{0} cancelled")),
        (pair.missed, translate("Report", "{0} missed")),
    ) if n]  # fmt: skip
    meetings += f" ({', '.join(extra)})" if extra else ""
    outcome = []
    for role in ("mentee", "mentor"):
        parts = []
        if pair.satisfaction.get(role) is not None:
            parts.append(translate("Report", "satisfaction {0}/5").format(
                figure(str(pair.satisfaction[role]))))  # fmt: skip
        if pair.change.get(role) is not None:
            parts.append(translate("Report", "self-assessment {0}").format(
                signed(pair.change[role])))  # fmt: skip
        if pair.fit.get(role):
            parts.append(translate("Report", "fit: {0}").format(fit_word(pair.fit[role])))
        if parts:
            side = translate("Report", "mentee") if role == "mentee" else translate(
                "Report", "mentor")  # fmt: skip
            outcome.append(translate("Report", "{0}: {1}").format(side, ", ".join(parts)))
    lines = [text + ".", meetings + "."]
    if outcome:
        between = translate("Report", "; ")  # French: a no-break space before ";"
        lines.append(translate("Report", "Outcome — {0}.").format(between.join(outcome)))
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
    heading = translate("Report", "Pair {0} · {1} (mentor) and {2} (mentee)").format(
        pair.number, " ".join(pair.mentor_name.split()), " ".join(pair.mentee_name.split())
    )
    head = [_text([heading], s.h2), _text(_pair_facts(pair), s.cell)]
    if not pair.goals:
        return KeepTogether([*head, Paragraph(translate("Report", "No goals recorded."), s.muted),
                             Spacer(1, 4)])  # fmt: skip
    widths = [width * f for f in (0.12, 0.60, 0.16, 0.12)]
    title_width = widths[1] - 5  # the cell's padding
    heads = (translate("Report", "owner"), translate("Report", "goal"),
             translate("Report", "status"), translate("Report", "progress"))  # fmt: skip
    rows: list[list[object]] = [[head.upper() for head in heads]]
    for goal in pair.goals:
        rows.append([role_word(goal.owner), _title_cell(goal.title, title_width),
                     goal_status_word(goal.status), figure(f"{goal.progress} %")])  # fmt: skip
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
