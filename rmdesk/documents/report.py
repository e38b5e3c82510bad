"""The end-of-cycle report the coordinator hands to leadership.

Page 1 is a one-page summary (participants, pairs, retention, meetings, goals by
owner and topic, assessment change with n, satisfaction, pairing fit); page 2 the
charts; then one short section per pair (meetings held, goals and outcomes; never
the private meeting notes).  Every figure says what it is taken over, and a cycle
with no data yet says so in words rather than printing empty tables.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from rmdesk.documents.charts import grouped_bars
from rmdesk.documents.report_data import PairSection, ReportData
from rmdesk.documents.settings import DocumentSettings
from rmdesk.documents.text import esc, long_date, mean, percent, plural, signed
from rmdesk.documents.typesetting import (
    MUTED,
    RULE,
    SHADE,
    PageSetup,
    ProgressFn,
    Section,
    Tick,
    frame_width,
    render,
    styles,
)
from rmdesk.programme.outcomes import GoalStats, Outcomes

SUMMARY_TOPICS = 7  # rows of "goals by topic" on the one-page summary
SUMMARY_REASONS = 3
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
FIT_WORDS = {
    "good_fit": "good fit",
    "still_deciding": "still deciding",
    "not_a_good_fit": "not a good fit",
    "not_asked": "not asked yet",
}
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
    story: list[Flowable] = [Section(f"{kind} · {o.cycle_name}")]
    story += _summary(data, width)
    story += [PageBreak(), *_charts(o, width)]
    story += [PageBreak(), *_pairs(data.pairs, data.anonymised, width)]
    return render(story, setup, progress)


# -- the one-page summary --------------------------------------------------------------


def _summary(data: ReportData, width: float) -> list[Flowable]:
    """Fits one page (A4 or Letter) whatever the data: lists are capped, text clipped."""
    s = styles()
    o = data.outcomes
    subtitle = f"{esc(o.cycle_name)} · {long_date(o.start_date)} to {long_date(o.end_date)}"
    if data.anonymised:
        subtitle += " · anonymised: pairs are numbered, names left out"
    gap = 12
    column = (width - 2 * gap) / 3
    columns = Table(
        [[_pairs_block(o, column), "", _meetings_block(o, column), "",
          _people_block(o, column)]],
        colWidths=[column, gap, column, gap, column],
    )  # fmt: skip
    columns.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                 ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                 ("TOPPADDING", (0, 0), (-1, -1), 0),
                                 ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))  # fmt: skip
    return [
        Paragraph("End-of-cycle report", s.title),
        Paragraph(subtitle, s.subtitle),
        _figures(o, width),
        Spacer(1, 2),
        columns,
        *_end_reasons(o),
        *_goals_block(o, width),
        *_dimensions_table(o, width),
    ]


def _figures(o: Outcomes, width: float) -> Table:
    s = styles()
    m = o.meetings
    figures = (
        (str(o.participants), f"participants<br/>{o.mentors} mentors · {o.mentees} mentees"),
        (str(o.pairs.formed), "pairs formed"),
        (percent(o.pairs.retention_rate), "retention<br/>(not ended early)"),
        (f"{m.held}", f"meetings held<br/>of {m.scheduled} scheduled"),
        (percent(m.attendance_rate), "attendance<br/>(held ÷ held + missed)"),
        (
            percent(o.goals_total.achievement_rate),
            f"goals achieved<br/>{o.goals_total.achieved} of {o.goals_total.set}",
        ),
    )
    row = [
        [Paragraph(value, s.figure), Paragraph(label, s.figure_label)] for value, label in figures
    ]
    table = Table([row], colWidths=[width / len(figures)] * len(figures))
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), SHADE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ("LINEAFTER", (0, 0), (-2, -1), 2, "white"),
    ]))  # fmt: skip
    return table


def _grid(rows: list[list[str]], widths: Sequence[float], numeric_from: int = 1) -> Table:
    """A compact table: a head row, thin rules, numbers right-aligned."""
    s = styles()
    body = [
        [Paragraph(cell.upper(), s.head) for cell in rows[0]],
        *[
            [Paragraph(cell, s.cell_right if i >= numeric_from else s.cell)
             for i, cell in enumerate(row)]
            for row in rows[1:]
        ],
    ]  # fmt: skip
    table = Table(body, colWidths=list(widths), repeatRows=1)
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("LINEBELOW", (0, 0), (-1, 0), 0.7, MUTED),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
    ]))  # fmt: skip
    return table


@functools.cache
def _summary_heading() -> ParagraphStyle:
    return ParagraphStyle("summary_h2", parent=styles().h2, spaceBefore=5, spaceAfter=2)


def _h(text: str) -> Paragraph:
    """A summary-page heading: the page must hold everything, so less air above."""
    return Paragraph(text, _summary_heading())


def _pairs_block(o: Outcomes, width: float) -> list[Flowable]:
    p = o.pairs
    story: list[Flowable] = [
        _h("Pairs"),
        _grid([
            ["", "pairs"],
            ["Formed (started)", str(p.formed)],
            ["Still active", str(p.active)],
            ["Completed", str(p.completed)],
            ["Ended early", str(p.ended_early)],
            ["Proposed, not started", str(p.proposed)],
        ], [width * 0.75, width * 0.25]),
    ]  # fmt: skip
    return story


def _end_reasons(o: Outcomes) -> list[Flowable]:
    """Why pairs ended early, full width under the three columns (short, clipped)."""
    s = styles()
    p = o.pairs
    if p.end_reasons:
        reasons = [f"{esc(_clip(reason))} ({n})" for reason, n in p.end_reasons[:SUMMARY_REASONS]]
        rest = sum(n for _reason, n in p.end_reasons[SUMMARY_REASONS:])
        if rest:
            reasons.append(f"{plural(rest, 'other')}")
        return [Paragraph("Ended early because: " + "; ".join(reasons) + ".", s.muted)]
    if p.formed:
        return [Paragraph("No pair ended early.", s.muted)]
    return []


def _meetings_block(o: Outcomes, width: float) -> list[Flowable]:
    s = styles()
    m = o.meetings
    story: list[Flowable] = [
        _h("Meetings"),
        _grid([
            ["", "meetings"],
            ["Held", str(m.held)],
            ["Still planned", str(m.planned)],
            ["Cancelled", str(m.cancelled)],
            ["Missed", str(m.missed)],
            ["Attendance", percent(m.attendance_rate)],
        ], [width * 0.6, width * 0.4]),
    ]  # fmt: skip
    if m.held == 0:
        story.append(Paragraph("No meetings held yet.", s.muted))
    else:
        story.append(Paragraph("Attendance = held ÷ (held + missed).", s.muted))
    return story


def _people_block(o: Outcomes, width: float) -> list[Flowable]:
    return [
        _h("Satisfaction (1–5)"),
        _grid(
            [["", "n", "mean"]]
            + [[ROLE_WORDS.get(x.role, x.role), str(x.n), mean(x.mean)] for x in o.satisfaction],
            [width * 0.6, width * 0.2, width * 0.2],
        ),
        _h("Pairing fit (people)"),
        _grid(
            [["", "people"]] + [[FIT_WORDS.get(k, k).capitalize(), str(n)] for k, n in o.fit],
            [width * 0.7, width * 0.3],
        ),
    ]


def _clip(text: str, limit: int = 72) -> str:
    """One end reason on the summary page stays short; the pair sections have it whole."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _goal_rows(stats: Sequence[GoalStats]) -> list[list[str]]:
    return [
        [esc(g.label), str(g.set), str(g.achieved), percent(g.achievement_rate),
         "–" if g.average_progress is None else f"{g.average_progress:.0f} %"]
        for g in stats
    ]  # fmt: skip


def _goals_block(o: Outcomes, width: float) -> list[Flowable]:
    """Goals by owner and by topic in one table (full width: long topic names fit)."""
    s = styles()
    story: list[Flowable] = [_h("Goals: achievement by owner and by topic")]
    topics = o.goals_by_topic
    rows = [["", "set", "achieved", "rate", "average progress"]]
    rows += _goal_rows((*o.goals_by_owner, o.goals_total))
    rows += _goal_rows(topics[:SUMMARY_TOPICS])
    owners = len(o.goals_by_owner) + 1  # the "All goals" row
    rows[owners] = [f"<b>{cell}</b>" for cell in rows[owners]]
    fractions = (0.44, 0.12, 0.12, 0.12, 0.20)
    table = _grid(rows, [width * f for f in fractions])
    table.setStyle(TableStyle([("LINEBELOW", (0, owners), (-1, owners), 0.7, MUTED)]))
    story.append(table)
    notes = ["Set excludes dropped goals; rate = achieved ÷ set."]
    if not topics:
        notes.append("No goals recorded yet (n = 0).")
    elif len(topics) > SUMMARY_TOPICS:
        notes.append(
            f"{plural(len(topics) - SUMMARY_TOPICS, 'more topic')} in the chart on the next page."
        )
    story.append(Paragraph(" ".join(notes), s.muted))
    return story


def _dimensions_table(o: Outcomes, width: float) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = [_h("Self-assessment: change per dimension (1–5)")]
    if not o.dimensions:
        return [*story, Paragraph("No assessment dimensions defined.", s.muted)]
    rows = [["", "dimension", "n base", "baseline", "n final", "final", "n both", "change"]]
    previous = ""
    for d in o.dimensions:
        role = f"{d.role.capitalize()}s" if d.role != previous else ""
        previous = d.role
        rows.append([
            role, esc(d.dimension), str(d.n_baseline),
            mean(d.mean_baseline), str(d.n_final), mean(d.mean_final), str(d.n_both),
            signed(d.mean_change),
        ])  # fmt: skip
    fractions = (0.11, 0.33, 0.09, 0.10, 0.09, 0.08, 0.09, 0.11)
    story.append(_grid(rows, [width * f for f in fractions], numeric_from=2))
    story.append(Paragraph(
        "Change = mean of each person's own difference (final − baseline), over the n "
        "people with both; people who joined or left halfway do not bias it.", s.muted,
    ))  # fmt: skip
    return story


# -- charts ------------------------------------------------------------------------------


def _charts(o: Outcomes, width: float) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = [Paragraph("Goals by topic", s.h1)]
    topics = [g for g in o.goals_by_topic if g.set or g.achieved]
    if topics:
        story.append(grouped_bars(
            width, [g.label for g in topics],
            [("Goals set", [g.set for g in topics]), ("Achieved", [g.achieved for g in topics])],
        ))  # fmt: skip
    else:
        story.append(Paragraph("No goals recorded yet, so there is nothing to chart.", s.body))
    story.append(Paragraph("Self-assessment before and after, per dimension", s.h1))
    dims = [d for d in o.dimensions if d.mean_baseline is not None or d.mean_final is not None]
    if dims:
        labels = [f"{d.role.capitalize()} · {d.dimension}" for d in dims]
        story.append(grouped_bars(
            width, labels,
            [("Before (baseline mean)", [d.mean_baseline or 0 for d in dims]),
             ("After (final mean)", [d.mean_final or 0 for d in dims])],
            value_max=5, value_step=1, value_format="%.1f",
        ))  # fmt: skip
        story.append(Paragraph(
            "Means on a 1–5 scale; the number of answers behind each mean is in the table on "
            "page 1. A missing bar means no answers in that phase yet.", s.muted,
        ))  # fmt: skip
    else:
        story.append(
            Paragraph(
                "No self-assessments recorded yet (n = 0), so there is nothing to compare.", s.body
            )
        )
    return story


# -- one section per pair -------------------------------------------------------------


def _pairs(pairs: Sequence[PairSection], anonymised: bool, width: float) -> list[Flowable]:
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
        story.append(_pair_section(pair, anonymised, width))
    return story


def _pair_heading(pair: PairSection, anonymised: bool) -> str:
    if anonymised:
        return f"Pair {pair.number}"
    return (f"Pair {pair.number} · {esc(pair.mentor_name)} (mentor) and "
            f"{esc(pair.mentee_name)} (mentee)")  # fmt: skip


def _pair_facts(pair: PairSection) -> str:
    status = STATUS_WORDS.get(pair.status, pair.status)
    facts = [status.capitalize()]
    if pair.started_on:
        facts.append(f"started {long_date(pair.started_on)}")
    if pair.ended_on:
        facts.append(f"ended {long_date(pair.ended_on)}")
    text = ", ".join(facts)
    if pair.status == "ended_early":
        text += f" (reason: {esc(pair.end_reason.strip().rstrip('.')) or 'none given'})"
    if pair.held:
        meetings = f"{plural(pair.held, 'meeting')} held, the last on {long_date(pair.last_held)}"
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
    return "<br/>".join(lines)


def _pair_section(pair: PairSection, anonymised: bool, width: float) -> Flowable:
    s = styles()
    head = [Paragraph(_pair_heading(pair, anonymised), s.h2), Paragraph(_pair_facts(pair), s.cell)]
    if not pair.goals:
        return KeepTogether([*head, Paragraph("No goals recorded.", s.muted), Spacer(1, 4)])
    rows = [["owner", "goal", "status", "progress"]]
    for goal in pair.goals:
        status = GOAL_STATUS_WORDS.get(goal.status, goal.status)
        rows.append([goal.owner.capitalize(), esc(goal.title), status, f"{goal.progress} %"])
    table = _grid(rows, [width * 0.12, width * 0.60, width * 0.16, width * 0.12], numeric_from=3)
    # The heading and the first goals stay together; a long goal list may then break.
    return KeepTogether([*head, Spacer(1, 2), table, Spacer(1, 6)], maxHeight=120)
