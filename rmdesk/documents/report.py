"""The end-of-cycle report the coordinator hands to leadership.

Page 1 opens with the headline figures and a short written summary made from them
(``report_summary``); then the evaluation in four levels, reaction, learning,
behaviour and results (``report_levels``, with the charts of ``report_details``); the
breakdowns by department and by level band, and the previous cycle side by side
(``report_breakdowns``); and, in the named report unless left out, an appendix with
one short section per pair (never the private meeting notes).  Every n counts people.
The anonymised report has no appendix and no end reasons, and every figure is worded
by ``report_tables.Guard`` under the small-group rule ("fewer than 3", "withheld").
The whole report is built in the document settings' language (``words.speaking``).
"""

from __future__ import annotations

import datetime as dt
import functools

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

from rmdesk.documents.report_breakdowns import breakdowns, comparison
from rmdesk.documents.report_candour import candour_block
from rmdesk.documents.report_data import ReportData
from rmdesk.documents.report_details import pair_sections, pairs_left_out
from rmdesk.documents.report_levels import levels, retention_text
from rmdesk.documents.report_summary import summary_sentences
from rmdesk.documents.report_tables import (
    Guard,
    counted_figure,
    fewer_than,
    guard_word,
    percent,
    withheld,
)
from rmdesk.documents.settings import DocumentSettings
from rmdesk.documents.text import esc
from rmdesk.documents.typesetting import (
    SHADE,
    PageSetup,
    ProgressFn,
    Section,
    frame_width,
    render,
    styles,
)
from rmdesk.documents.words import long_date, speaking, translate
from rmdesk.programme.outcomes import Outcomes


def render_report(
    data: ReportData,
    settings: DocumentSettings,
    generated_on: dt.date,
    progress: ProgressFn | None = None,
) -> bytes:
    with speaking(settings.language):
        return _render(data, settings, generated_on, progress)


def _render(
    data: ReportData,
    settings: DocumentSettings,
    generated_on: dt.date,
    progress: ProgressFn | None,
) -> bytes:
    o = data.outcomes
    if data.anonymised:
        kind = translate("Report", "End-of-cycle report (anonymised)")
    else:
        kind = translate("Report", "End-of-cycle report")
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
    story += _opening(data, g, width)
    story += levels(o, data.take_part_again, g, width)
    story += candour_block(data.candour, width)
    story += breakdowns(data, width)
    story += comparison(data, width)
    if data.anonymised:
        story += pairs_left_out()
    elif data.appendix:
        story += [PageBreak(), *pair_sections(data.pairs, width)]
    else:
        story.append(Paragraph(translate(
            "Report", "The appendix with a section per pair was left out of this copy."
        ), styles().muted))  # fmt: skip
    return render(story, setup, progress)


# -- page 1: the headline figures and the written summary -------------------------------


def _opening(data: ReportData, g: Guard, width: float) -> list[Flowable]:
    s = styles()
    o = data.outcomes
    subtitle = translate("Report", "{0} · {1} to {2}").format(
        esc(o.cycle_name), long_date(o.start_date), long_date(o.end_date)
    )
    if data.anonymised:
        subtitle += " · " + translate("Report", "anonymised")
    story: list[Flowable] = [
        Paragraph(translate("Report", "End-of-cycle report"), s.title),
        Paragraph(subtitle, s.subtitle),
        _figures(o, g, width),
    ]
    if g.on:
        story.append(Paragraph(translate(
            "Report",
            "“{0}”: 1 or 2 people or pairs (goals: who set them; meetings: the pairs that had "
            "them). “{1}”: hidden so that those cannot be worked out from a total.",
        ).format(fewer_than(), withheld()), s.muted))  # fmt: skip
    brief = [Paragraph(text, s.bullet, bulletText="•") for text in summary_sentences(data)]
    story.append(KeepTogether([Paragraph(translate("Report", "In brief"), s.h1), *brief[:2]]))
    story += brief[2:]
    return story


def _figures(o: Outcomes, g: Guard, width: float) -> Table:
    s = styles()
    meetings = g.meetings(o.meetings)
    mentors, mentees = g.parts([o.mentors, o.mentees])
    goals = o.goals_total
    goals_small = o.goals_total.label in g.goal_rows(o)
    # A part may read "fewer than 3" or "withheld": only a number takes the singular.
    sides = " · ".join((
        counted_figure(mentors, translate("Report", "{0} mentor"),
                       translate("Report", "{0} mentors")),
        counted_figure(mentees, translate("Report", "{0} mentee"),
                       translate("Report", "{0} mentees")),
    ))  # fmt: skip
    held = counted_figure(
        meetings["held"], translate("Report", "meeting held"), translate("Report", "meetings held")
    )  # the number stands above
    figures = (
        (g.count(o.participants), translate("Report", "participants") + f"<br/>{sides}"),
        (g.count(o.pairs.formed), translate("Report", "pairs formed")),
        (retention_text(o, g), translate("Report", "retention<br/>(not ended early)")),
        (
            meetings["held"],
            held + "<br/>"
            + translate("Report", "of {0} scheduled").format(meetings["scheduled"]),
        ),
        (meetings["attendance"], translate("Report", "attendance<br/>(held ÷ (held + missed))")),
        (
            fewer_than() if goals_small else percent(goals.achievement_rate),
            translate("Report", "goals achieved") if goals_small
            else translate("Report", "goals achieved<br/>{0} of {1}").format(goals.achieved,
                                                                              goals.set),
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
