"""The end-of-cycle report the coordinator hands to leadership.

Page 1 is a one-page summary (participants, pairs, retention, meetings, goals by
owner and topic, assessment change with n, satisfaction, pairing fit); page 2 the
charts; then, in the named report, one short section per pair (meetings held, goals
and outcomes; never the private meeting notes), both in ``report_details``.  Every
figure says what it is taken over, and a cycle with no data yet says so in words rather
than printing empty tables.  The anonymised report is the summary and the charts only:
nothing per pair or per person, no end reasons, and every figure worded by
``report_tables.Guard`` under the small-group rule ("fewer than 3", "withheld").
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table, TableStyle

from rmdesk.documents.report_data import ReportData
from rmdesk.documents.report_details import charts_page, pair_sections, pairs_left_out
from rmdesk.documents.report_tables import FIT_WORDS, Guard, grid, guard_word, hide
from rmdesk.documents.settings import DocumentSettings
from rmdesk.documents.text import esc, long_date, mean, percent, signed
from rmdesk.documents.typesetting import (
    MUTED,
    SHADE,
    PageSetup,
    ProgressFn,
    Section,
    frame_width,
    render,
    styles,
)
from rmdesk.programme.figures import FEWER_THAN, WITHHELD, small_group
from rmdesk.programme.outcomes import GoalStats, Outcomes
from rmdesk.programme.wording import counted

SUMMARY_TOPICS = 7  # rows of "goals by topic" on the one-page summary
SUMMARY_REASONS = 3
ROLE_WORDS = {"mentee": "Mentees (senior)", "mentor": "Mentors (junior)"}


def render_report(
    data: ReportData,
    settings: DocumentSettings,
    generated_on: dt.date,
    progress: ProgressFn | None = None,
) -> bytes:
    o = data.outcomes
    kind = "End-of-cycle report (anonymised)" if data.anonymised else "End-of-cycle report"
    setup = PageSetup(
        organisation=settings.organisation,
        generated_on=generated_on,
        paper=settings.paper,
        logo_path=settings.logo_path,
        title=f"{kind}: {o.cycle_name}",
        author=settings.coordinator,
    )
    width = frame_width(setup)
    g = Guard(data)
    story: list[Flowable] = [Section(f"{kind} · {o.cycle_name}")]
    story += _summary(data, g, width)
    story += [PageBreak(), *charts_page(o, g, width)]
    if data.anonymised:
        story += pairs_left_out()
    else:
        story += [PageBreak(), *pair_sections(data.pairs, width)]
    return render(story, setup, progress)


# -- the one-page summary --------------------------------------------------------------


def _summary(data: ReportData, g: Guard, width: float) -> list[Flowable]:
    """Fits one page (A4 or Letter) whatever the data: lists are capped, text clipped."""
    s = styles()
    o = data.outcomes
    subtitle = f"{esc(o.cycle_name)} · {long_date(o.start_date)} to {long_date(o.end_date)}"
    if data.anonymised:
        subtitle += " · anonymised"
    gap = 12
    # Shares of the page that hold each block's longest label beside "fewer than 3".
    pairs, meetings, people = ((width - 2 * gap) * share for share in (0.36, 0.30, 0.34))
    columns = Table(
        [[_pairs_block(o, g, pairs), "", _meetings_block(o, g, meetings), "",
          _people_block(o, g, people)]],
        colWidths=[pairs, gap, meetings, gap, people],
    )  # fmt: skip
    columns.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                 ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                 ("TOPPADDING", (0, 0), (-1, -1), 0),
                                 ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))  # fmt: skip
    return [
        Paragraph("End-of-cycle report", s.title),
        Paragraph(subtitle, s.subtitle),
        _figures(o, g, width),
        Spacer(1, 2),
        columns,
        *_end_reasons(o, g),
        *_goals_block(o, g, width),
        *_dimensions_table(o, g, width),
    ]


def _figures(o: Outcomes, g: Guard, width: float) -> Table:
    s = styles()
    meetings = g.meetings(o.meetings)
    mentors, mentees = g.parts([o.mentors, o.mentees])
    goals = o.goals_total
    goals_small = o.goals_total.label in g.goal_rows(o)
    figures = (
        (
            g.count(o.participants),
            # A part may read "fewer than 3" or "withheld": only "1" is singular.
            f"participants<br/>{mentors} {'mentor' if mentors == '1' else 'mentors'} · "
            f"{mentees} {'mentee' if mentees == '1' else 'mentees'}",
        ),
        (g.count(o.pairs.formed), "pairs formed"),
        (_retention(o, g), "retention<br/>(not ended early)"),
        (meetings["held"], f"meetings held<br/>of {meetings['scheduled']} scheduled"),
        (meetings["attendance"], "attendance<br/>(held ÷ held + missed)"),
        (
            FEWER_THAN if goals_small else percent(goals.achievement_rate),
            "goals achieved" if goals_small else f"goals achieved<br/>{goals.achieved} of "
            f"{goals.set}",
        ),
    )  # fmt: skip
    row = [[*_figure(value), Paragraph(label, s.figure_label)] for value, label in figures]
    table = Table([row], colWidths=[width / len(figures)] * len(figures))
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), SHADE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ("LINEAFTER", (0, 0), (-2, -1), 2, "white"),
    ]))  # fmt: skip
    return table


def _retention(o: Outcomes, g: Guard) -> str:
    """Retention gives the pairs that ended early back: hidden when they are."""
    p = o.pairs
    ended_early = g.parts([p.active, p.completed, p.ended_early])[2]
    if guard_word(ended_early):
        return WITHHELD
    return g.over(percent(p.retention_rate), p.formed)


def _figure(value: str) -> list[Flowable]:
    """A headline figure; a hidden one's word smaller (it must fit the column), lowered
    onto the numbers' baseline (a paragraph's first baseline is its font size down)."""
    s = styles()
    if not guard_word(value):
        return [Paragraph(value, s.figure)]
    word = _figure_word()
    drop = s.figure.fontSize - word.fontSize
    return [Spacer(1, drop), Paragraph(value, word)]


@functools.cache
def _figure_word() -> ParagraphStyle:
    figure = styles().figure
    size = 10
    # As tall as a figure in all, so the labels below stay level across the row.
    return ParagraphStyle("figure_word", parent=figure, fontSize=size,
                          leading=figure.leading - (figure.fontSize - size))  # fmt: skip


@functools.cache
def _summary_heading() -> ParagraphStyle:
    return ParagraphStyle("summary_h2", parent=styles().h2, spaceBefore=5, spaceAfter=2)


def _h(text: str) -> Paragraph:
    """A summary-page heading: the page must hold everything, so less air above."""
    return Paragraph(text, _summary_heading())


def _pairs_block(o: Outcomes, g: Guard, width: float) -> list[Flowable]:
    p = o.pairs
    active, completed, ended_early = g.parts([p.active, p.completed, p.ended_early])
    label = 0.62 if g.on else 0.75  # room for "fewer than 3"
    story: list[Flowable] = [
        _h("Pairs"),
        grid([
            ["", "pairs"],
            ["Formed (started)", g.count(p.formed)],
            ["Still active", active],
            ["Completed", completed],
            ["Ended early", ended_early],
            ["Proposed, not started", g.count(p.proposed)],
        ], [width * label, width * (1 - label)]),
    ]  # fmt: skip
    return story


def _end_reasons(o: Outcomes, g: Guard) -> list[Flowable]:
    """Why pairs ended early, full width under the three columns (short, clipped);
    anonymised, that they are left out, and what the words for hidden figures mean."""
    s = styles()
    p = o.pairs
    if g.on:
        return [Paragraph(
            f"End reasons are left out. “{FEWER_THAN}”: 1 or 2 people or pairs (goals: who set "
            f"them; meetings: the pairs that had them). “{WITHHELD}”: hidden so that those "
            "cannot be worked out from a total.", s.muted,
        )]  # fmt: skip
    if p.end_reasons:
        reasons = [f"{esc(_clip(reason))} ({n})" for reason, n in p.end_reasons[:SUMMARY_REASONS]]
        rest = sum(n for _reason, n in p.end_reasons[SUMMARY_REASONS:])
        if rest:
            reasons.append(f"{counted(rest, 'other')}")
        return [Paragraph("Ended early because: " + "; ".join(reasons) + ".", s.muted)]
    if p.formed:
        return [Paragraph("No pair ended early.", s.muted)]
    return []


def _meetings_block(o: Outcomes, g: Guard, width: float) -> list[Flowable]:
    """Meetings of the formed pairs; anonymised, each status over the pairs that had one."""
    s = styles()
    m = g.meetings(o.meetings)
    story: list[Flowable] = [
        _h("Meetings"),
        grid([
            ["", "meetings"],
            ["Held", m["held"]],
            ["Still planned", m["planned"]],
            ["Cancelled", m["cancelled"]],
            ["Missed", m["missed"]],
            ["Attendance", m["attendance"]],
        ], [width * 0.55, width * 0.45]),
    ]  # fmt: skip
    if o.meetings.held == 0:
        story.append(Paragraph("No meetings held yet.", s.muted))
    else:
        story.append(Paragraph("Attendance = held ÷ (held + missed).", s.muted))
    return story


def _people_block(o: Outcomes, g: Guard, width: float) -> list[Flowable]:
    rows = [["", "n", "mean"]]
    spans = []
    for x in o.satisfaction:
        row = [ROLE_WORDS.get(x.role, x.role), str(x.n), mean(x.mean)]
        if g.on and small_group(x.n):
            row = hide(row, FEWER_THAN, 1)
            spans.append((len(rows), 1, 2))
        rows.append(row)
    label = 0.6 if g.on else 0.7
    fit = zip(o.fit, g.parts([n for _answer, n in o.fit]), strict=True)
    return [
        _h("Satisfaction (1–5)"),
        grid(rows, [width * 0.6, width * 0.2, width * 0.2], spans=spans),
        _h("Pairing fit (people)"),
        grid(
            [["", "people"]] + [[FIT_WORDS.get(k, k).capitalize(), text] for (k, _n), text in fit],
            [width * label, width * (1 - label)],
        ),
    ]


def _clip(text: str, limit: int = 72) -> str:
    """One end reason on the summary page stays short; the pair sections have it whole."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _goal_rows(stats: Sequence[GoalStats], hidden: dict[str, str]) -> list[list[str]]:
    rows = []
    for x in stats:
        row = [esc(x.label), str(x.set), str(x.achieved), percent(x.achievement_rate),
               "–" if x.average_progress is None else f"{x.average_progress:.0f} %"]  # fmt: skip
        rows.append(hide(row, hidden[x.label], 1) if x.label in hidden else row)
    return rows


def _goals_block(o: Outcomes, g: Guard, width: float) -> list[Flowable]:
    """Goals by owner and by topic in one table (full width: long topic names fit)."""
    s = styles()
    story: list[Flowable] = [_h("Goals: achievement by owner and by topic")]
    topics = o.goals_by_topic
    hidden = g.goal_rows(o)
    rows = [["", "set", "achieved", "rate", "average progress"]]
    rows += _goal_rows((*o.goals_by_owner, o.goals_total), hidden)
    owners = len(o.goals_by_owner) + 1  # the "All goals" row
    rows += _goal_rows(topics[:SUMMARY_TOPICS], hidden)
    spans = [(i, 1, 4) for i, row in enumerate(rows) if i and guard_word(row[1])]
    rows[owners] = [f"<b>{cell}</b>" if cell else "" for cell in rows[owners]]
    fractions = (0.44, 0.12, 0.12, 0.12, 0.20)
    table = grid(rows, [width * f for f in fractions], spans=spans)
    table.setStyle(TableStyle([("LINEBELOW", (0, owners), (-1, owners), 0.7, MUTED)]))
    story.append(table)
    notes = ["Set excludes dropped goals; rate = achieved ÷ set."]
    more = [x for x in topics[SUMMARY_TOPICS:] if x.label not in hidden]
    left_out = len(topics[SUMMARY_TOPICS:]) - len(more)
    if not topics:
        notes.append("No goals recorded yet (n = 0).")
    if more:
        notes.append(f"{counted(len(more), 'more topic')} in the chart on the next page.")
    if left_out:
        notes.append(f"{counted(left_out, 'more topic')} left out: too few people to show.")
    story.append(Paragraph(" ".join(notes), s.muted))
    return story


def _dimensions_table(o: Outcomes, g: Guard, width: float) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = [_h("Self-assessment: change per dimension (1–5)")]
    if not o.dimensions:
        return [*story, Paragraph("No assessment dimensions defined.", s.muted)]
    rows = [["", "dimension", "n base", "baseline", "n final", "final", "n both", "change"]]
    spans = []
    previous = ""
    for d in o.dimensions:
        role = f"{d.role.capitalize()}s" if d.role != previous else ""
        previous = d.role
        row = [role, esc(d.dimension)]
        for column, (n, value) in enumerate(
            ((d.n_baseline, mean(d.mean_baseline)), (d.n_final, mean(d.mean_final)),
             (d.n_both, signed(d.mean_change))), start=1,
        ):  # fmt: skip
            if g.on and small_group(n):
                row += [FEWER_THAN, ""]
                spans.append((len(rows), 2 * column, 2 * column + 1))
            else:
                row += [str(n), value]
        rows.append(row)
    fractions = (0.11, 0.33, 0.09, 0.10, 0.09, 0.08, 0.09, 0.11)
    story.append(grid(rows, [width * f for f in fractions], numeric_from=2, spans=spans))
    story.append(Paragraph(
        "Change = mean of each person's own difference (final − baseline), over the n "
        "people with both; people who joined or left halfway do not bias it.", s.muted,
    ))  # fmt: skip
    return story
