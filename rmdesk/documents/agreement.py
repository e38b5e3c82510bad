"""The pairing agreement that mentor, mentee and coordinator sign at the start.

One pair, or a batch (each agreement starts on its own page and counts its own
pages, so a printed pile separates cleanly).  Content: programme and cycle, the two
people and their roles, focus topics, each side's goals (or ruled lines to write them
in), the meeting rhythm and first meeting, the clauses from the editable template,
and signature lines.  Every value from the database is escaped.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Spacer,
    Table,
    TableStyle,
)

from rmdesk.documents.agreement_data import MODE_LABELS, AgreementData, AgreementGoal
from rmdesk.documents.clauses import fill, parse_clauses
from rmdesk.documents.settings import DocumentSettings
from rmdesk.documents.text import esc, every, long_date, minutes
from rmdesk.documents.typesetting import (
    MUTED,
    RULE,
    SHADE,
    PageSetup,
    ProgressFn,
    Section,
    frame_width,
    para,
    render,
    shared_paragraphs,
    styles,
)
from rmdesk.documents.words import speaking
from rmdesk.programme.wording import counted

MENTOR_ROLE = (
    "The junior colleague. Shares first-hand knowledge and perspective, leads the "
    "conversation on the focus topics and challenges assumptions."
)
MENTEE_ROLE = (
    "The senior colleague. Learns from the mentor, brings questions, tries things out "
    "between meetings and offers perspective on the organisation in return."
)
BLANK_GOAL_LINES = 3
SIGNING_ROOM = 15 * mm  # height above each signature and date line


def setup_for(settings: DocumentSettings, generated_on: dt.date, title: str) -> PageSetup:
    return PageSetup(
        organisation=settings.organisation,
        generated_on=generated_on,
        paper=settings.paper,
        logo_path=settings.logo_path,
        title=title,
        author=settings.coordinator,
    )


def render_agreements(
    agreements: Sequence[AgreementData],
    settings: DocumentSettings,
    generated_on: dt.date,
    progress: ProgressFn | None = None,
) -> bytes:
    """One PDF with every agreement, each from a new page with its own page numbers."""
    if not agreements:
        raise ValueError("no agreements to render")
    with speaking(settings.language):
        return _render(agreements, settings, generated_on, progress)


def _render(
    agreements: Sequence[AgreementData],
    settings: DocumentSettings,
    generated_on: dt.date,
    progress: ProgressFn | None,
) -> bytes:
    width = frame_width(setup_for(settings, generated_on, ""))
    story: list[Flowable] = []
    with shared_paragraphs():  # the clauses of 200 agreements laid out once
        for number, data in enumerate(agreements):
            if number:
                story.append(PageBreak())
            story.extend(agreement_story(data, settings, width))
    title = (
        f"Pairing agreement: {agreements[0].mentor.name} and {agreements[0].mentee.name}"
        if len(agreements) == 1
        else f"Pairing agreements: {agreements[0].cycle_name}"
    )
    return render(story, setup_for(settings, generated_on, title), progress)


def agreement_story(
    data: AgreementData, settings: DocumentSettings, width: float
) -> list[Flowable]:
    s = styles()
    mentor, mentee = data.mentor, data.mentee
    story: list[Flowable] = [
        Section(f"Pairing agreement · {mentor.name} and {mentee.name}"),
        para("Pairing agreement", s.title),
        para(
            f"Reverse mentoring · {esc(data.cycle_name)} · "
            f"{long_date(data.cycle_start)} to {long_date(data.cycle_end)}",
            s.subtitle,
        ),
        para(
            f"This agreement records how <b>{esc(mentor.name)}</b> and "
            f"<b>{esc(mentee.name)}</b> will work together in {esc(data.cycle_name)}, from "
            f"{long_date(data.pair_start)} to {long_date(data.cycle_end)}. In reverse "
            "mentoring the junior colleague is the mentor: learning goes both ways, and "
            "both of you set goals.",
            s.body,
        ),
        para("The pair", s.h1),
        _people_table(data, width),
        para("Focus topics", s.h1),
        _topics(data),
        para("Goals", s.h1),
        *_goals("The mentee’s goals (senior colleague)", data.mentee_goals, width),
        *_goals("The mentor’s goals (junior colleague)", data.mentor_goals, width),
        para("Meetings", s.h1),
        *_meetings(data, settings),
        *_clauses_and_signatures(data, settings, width),
    ]
    return story


def _people_table(data: AgreementData, width: float) -> Table:
    s = styles()

    def cell(label: str, role: str, person_name: str, job: str, department: str) -> list[Flowable]:
        facts = " · ".join(esc(v) for v in (job, department) if v) or "&nbsp;"
        return [
            para(label.upper(), s.head),
            para(f"<b>{esc(person_name)}</b>", s.body),
            para(facts, s.muted),
            Spacer(1, 4),
            para(role, s.small),
        ]

    mentor, mentee = data.mentor, data.mentee
    table = Table(
        [[
            cell("Mentor (junior colleague)", MENTOR_ROLE, mentor.name, mentor.job_title,
                 mentor.department),
            cell("Mentee (senior colleague)", MENTEE_ROLE, mentee.name, mentee.job_title,
                 mentee.department),
        ]],
        colWidths=[width / 2 - 3, width / 2 - 3],
        spaceBefore=2,
    )  # fmt: skip
    table.setStyle(
        TableStyle([
            ("BACKGROUND", (0, 0), (-1, -1), SHADE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ("TOPPADDING", (0, 0), (-1, -1), 7),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ("LINEAFTER", (0, 0), (0, 0), 3, "white"),
        ])
    )  # fmt: skip
    return table


def _topics(data: AgreementData) -> Flowable:
    s = styles()
    if not data.topics:
        return para("To be agreed at the first meeting.", s.body)
    return para(" · ".join(esc(topic) for topic in data.topics), s.body)


def _goals(heading: str, goals: Sequence[AgreementGoal], width: float) -> list[Flowable]:
    s = styles()
    if goals:
        rows: list[list[object]] = [[
            para("GOAL", s.head), para("HOW WE WILL KNOW IT IS ACHIEVED", s.head),
            para("BY", s.head),
        ]]  # fmt: skip
        for goal in goals:
            topic = (
                f"<br/><font color='#616e7c' size='7.5'>{esc(goal.topic)}</font>"
                if goal.topic
                else ""
            )
            rows.append([
                para(esc(goal.title) + topic, s.cell),
                para(esc(goal.success_measure) or "–", s.cell),
                para(long_date(goal.target_date) or "–", s.cell),
            ])  # fmt: skip
        note = None
    else:
        rows = [[para("GOAL", s.head), para("HOW WE WILL KNOW IT IS ACHIEVED", s.head),
                 para("BY", s.head)]]  # fmt: skip
        rows.extend([["", "", ""]] * BLANK_GOAL_LINES)
        note = para("No goals recorded yet: write them in together.", s.muted)
    table = Table(
        rows,
        colWidths=[width * 0.44, width * 0.40, width * 0.16],
        rowHeights=None if goals else [None] + [24] * BLANK_GOAL_LINES,
        repeatRows=1,
    )
    table.setStyle(
        TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, MUTED),
            ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
        ])
    )  # fmt: skip
    head = para(heading, s.h2)
    parts: list[Flowable] = [head] if note is None else [head, note]
    # the heading never ends a page: it goes with its note and the table's first rows
    return [KeepTogether([*parts, table]), Spacer(1, 4)]


def _meetings(data: AgreementData, settings: DocumentSettings) -> list[Flowable]:
    s = styles()
    mode = MODE_LABELS.get(data.usual_mode, "")
    rhythm = (
        f"We meet every {every(data.cadence_days)} for about "
        f"{counted(data.meeting_minutes, 'minute')}"
        + (f", usually {mode}." if mode else ", in person, by video or by phone as we agree.")
    )
    first = data.first_meeting
    if first is None:
        when = (
            "<b>First meeting:</b> not planned yet; agree a date and tell "
            f"{esc(settings.coordinator_or_default())}."
        )
    else:
        place = MODE_LABELS.get(first.mode, first.mode)
        if first.location:
            place += f", {esc(first.location)}"
        when = (
            f"<b>First meeting:</b> {first.starts_at.strftime('%A')} "
            f"{long_date(first.starts_at.date())} at {first.starts_at.strftime('%H:%M')}, "
            f"{counted(first.duration_minutes, 'minute')}, {place}."
        )
    return [para(rhythm, s.body), para(when, s.body)]


def _clauses_and_signatures(
    data: AgreementData, settings: DocumentSettings, width: float
) -> list[Flowable]:
    """The clauses, each heading kept with its text, and the signatures kept with the last
    clause: a page of signatures alone would sign nothing."""
    clauses = _clauses(data, settings)
    signatures = _signatures(data, settings, width)
    *before, last = clauses
    return [*(f for clause in before for f in clause), KeepTogether([*last, *signatures])]


def _clauses(data: AgreementData, settings: DocumentSettings) -> list[list[Flowable]]:
    """Each clause's flowables; the section's heading goes with the first clause."""
    s = styles()
    values = {
        "organisation": settings.organisation_in_text(),
        "coordinator": settings.coordinator_or_default(),
        "mentor": data.mentor.name,
        "mentee": data.mentee.name,
        "cycle": data.cycle_name,
        "cadence": every(data.cadence_days),
        "minutes": minutes(data.meeting_minutes),
    }
    story: list[list[Flowable]] = []
    for clause in parse_clauses(settings.clause_text()):
        parts: list[Flowable] = [] if story else [para("How we will work together", s.h1)]
        if clause.title:
            parts.append(para(esc(fill(clause.title, values)), s.h2))
        for kind, text in clause.blocks:
            body = esc(fill(text, values))
            if kind == "li":
                parts.append(para(body, s.bullet, bulletText="•"))
            else:
                parts.append(para(body, s.body))
        story.append(parts)
    return story or [[para("How we will work together", s.h1)]]


def _signatures(data: AgreementData, settings: DocumentSettings, width: float) -> list[Flowable]:
    s = styles()
    coordinator = settings.coordinator.strip()
    rows = [
        ["Mentor (junior colleague)", data.mentor.name],
        ["Mentee (senior colleague)", data.mentee.name],
        ["Programme coordinator", coordinator],
    ]
    table_rows = [
        [para(f"<font color='#616e7c' size='7.5'>{role.upper()}</font><br/>"
                   f"{esc(name) or '&nbsp;'}", s.cell), "", "", ""]
        for role, name in rows
    ]  # fmt: skip
    labels = [["", para("Signature", s.muted), "", para("Date", s.muted)]]
    # a signature line and, apart from it, a date line, each with room to write above
    table = Table(
        labels + table_rows,
        colWidths=[width * 0.36, width * 0.38, width * 0.05, width * 0.21],
        rowHeights=[None] + [SIGNING_ROOM] * len(rows),
    )
    table.setStyle(
        TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (0, -1), 10),
            ("LINEBELOW", (1, 1), (1, -1), 0.6, MUTED),
            ("LINEBELOW", (3, 1), (3, -1), 0.6, MUTED),
        ])
    )  # fmt: skip
    intro = para("By signing, we agree to work together as described above.", s.body)
    return [para("Signatures", s.h1), intro, table]
