"""The pairing agreement that mentor, mentee and coordinator sign at the start.

One pair, or a batch (each agreement starts on its own page and counts its own
pages, so a printed pile separates cleanly).  Content: programme and cycle, the two
people and their roles, focus topics, each side's goals (or ruled lines to write them
in), the meeting rhythm and first meeting, the clauses from the editable template,
and signature lines.  Every value from the database is escaped.  Printed in
``settings.language``: each word through ``words.translate`` (a literal, for lupdate),
dates and times the local way, and that language's own clauses.
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

from rmdesk.documents.agreement_data import AgreementData, AgreementGoal
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
from rmdesk.documents.words import clock_time, speaking, translate, weekday


def mentor_role() -> str:
    return translate(
        "Agreement",
        "The junior colleague. Shares first-hand knowledge and perspective, leads the "
        "conversation on the focus topics and challenges assumptions.",
    )


def mentee_role() -> str:
    return translate(
        "Agreement",
        "The senior colleague. Learns from the mentor, brings questions, tries things out "
        "between meetings and offers perspective on the organisation in return.",
    )


def mode_words(mode: str) -> str:
    """How a meeting is held, after "usually" / at the first meeting ("by video call")."""
    words = {
        "in_person": translate("Agreement", "in person"),
        "video": translate("Agreement", "by video call"),
        "phone": translate("Agreement", "by phone"),
    }
    return words.get(mode, mode)


def mentor_label() -> str:
    return translate("Agreement", "Mentor (junior colleague)")


def mentee_label() -> str:
    return translate("Agreement", "Mentee (senior colleague)")


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
    first = agreements[0]
    title = (
        translate("Agreement", "Pairing agreement: {0} and {1}").format(
            first.mentor.name, first.mentee.name
        )
        if len(agreements) == 1
        else translate("Agreement", "Pairing agreements: {0}").format(first.cycle_name)
    )
    return render(story, setup_for(settings, generated_on, title), progress)


def agreement_story(
    data: AgreementData, settings: DocumentSettings, width: float
) -> list[Flowable]:
    s = styles()
    mentor, mentee = data.mentor, data.mentee
    period = translate("Agreement", "{0} to {1}").format(
        long_date(data.cycle_start), long_date(data.cycle_end)
    )
    story: list[Flowable] = [
        Section(
            translate("Agreement", "Pairing agreement · {0} and {1}").format(
                mentor.name, mentee.name
            )
        ),
        para(translate("Agreement", "Pairing agreement"), s.title),
        para(
            translate("Agreement", "Reverse mentoring · {cycle} · {period}").format(
                cycle=esc(data.cycle_name), period=period
            ),
            s.subtitle,
        ),
        para(
            translate(
                "Agreement",
                "This agreement records how <b>{mentor}</b> and <b>{mentee}</b> will work "
                "together in {cycle}, from {start} to {end}. In reverse mentoring the junior "
                "colleague is the mentor: learning goes both ways, and both of you set goals.",
            ).format(
                mentor=esc(mentor.name),
                mentee=esc(mentee.name),
                cycle=esc(data.cycle_name),
                start=long_date(data.pair_start),
                end=long_date(data.cycle_end),
            ),
            s.body,
        ),
        para(translate("Agreement", "The pair"), s.h1),
        _people_table(data, width),
        para(translate("Agreement", "Focus topics"), s.h1),
        _topics(data),
        para(translate("Agreement", "Goals"), s.h1),
        *_goals(
            translate("Agreement", "The mentee’s goals (senior colleague)"),
            data.mentee_goals,
            width,
        ),
        *_goals(
            translate("Agreement", "The mentor’s goals (junior colleague)"),
            data.mentor_goals,
            width,
        ),
        para(translate("Agreement", "Meetings"), s.h1),
        *_meetings(data, settings),
        *_clauses_and_signatures(data, settings, width),
    ]
    return story


def _people_table(data: AgreementData, width: float) -> Table:
    s = styles()

    def cell(label: str, role: str, person_name: str, job: str, department: str) -> list[Flowable]:
        facts = " · ".join(esc(v) for v in (job, department) if v) or "&nbsp;"
        return [
            para(esc(label.upper()), s.head),
            para(f"<b>{esc(person_name)}</b>", s.body),
            para(facts, s.muted),
            Spacer(1, 4),
            para(role, s.small),
        ]

    mentor, mentee = data.mentor, data.mentee
    table = Table(
        [[
            cell(mentor_label(), mentor_role(), mentor.name, mentor.job_title,
                 mentor.department),
            cell(mentee_label(), mentee_role(), mentee.name, mentee.job_title,
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
        return para(translate("Agreement", "To be agreed at the first meeting."), s.body)
    return para(" · ".join(esc(topic) for topic in data.topics), s.body)


def _goals(heading: str, goals: Sequence[AgreementGoal], width: float) -> list[Flowable]:
    s = styles()
    heads: list[object] = [
        para(esc(translate("Agreement", "Goal").upper()), s.head),
        para(esc(translate("Agreement", "How we will know it is achieved").upper()), s.head),
        para(esc(translate("Agreement", "By (date)").upper()), s.head),
    ]
    rows: list[list[object]] = [heads]
    if goals:
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
        rows.extend([["", "", ""]] * BLANK_GOAL_LINES)
        note = para(translate("Agreement", "No goals recorded yet: write them in together."),
                    s.muted)  # fmt: skip
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
    length = minutes(data.meeting_minutes)
    if data.usual_mode:
        rhythm = translate("Agreement", "We meet every {0} for about {1}, usually {2}.").format(
            every(data.cadence_days), length, mode_words(data.usual_mode)
        )
    else:
        rhythm = translate(
            "Agreement",
            "We meet every {0} for about {1}, in person, by video or by phone as we agree.",
        ).format(every(data.cadence_days), length)
    first = data.first_meeting
    if first is None:
        when = translate(
            "Agreement",
            "<b>First meeting:</b> not planned yet; agree a date and tell {0}.",
        ).format(esc(settings.coordinator_or_default()))
    else:
        place = esc(mode_words(first.mode))
        if first.location:
            place += f", {esc(first.location)}"
        when = translate(
            "Agreement", "<b>First meeting:</b> {weekday} {date} at {time}, {length}, {place}."
        ).format(
            weekday=weekday(first.starts_at.date()),
            date=long_date(first.starts_at.date()),
            time=clock_time(first.starts_at),
            length=minutes(first.duration_minutes),
            place=place,
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
    heading = translate("Agreement", "How we will work together")
    story: list[list[Flowable]] = []
    for clause in parse_clauses(settings.clause_text()):
        parts: list[Flowable] = [] if story else [para(heading, s.h1)]
        if clause.title:
            parts.append(para(esc(fill(clause.title, values)), s.h2))
        for kind, text in clause.blocks:
            body = esc(fill(text, values))
            if kind == "li":
                parts.append(para(body, s.bullet, bulletText="•"))
            else:
                parts.append(para(body, s.body))
        story.append(parts)
    return story or [[para(heading, s.h1)]]


def _signatures(data: AgreementData, settings: DocumentSettings, width: float) -> list[Flowable]:
    s = styles()
    coordinator = settings.coordinator.strip()
    rows = [
        [mentor_label(), data.mentor.name],
        [mentee_label(), data.mentee.name],
        [translate("Agreement", "Programme coordinator"), coordinator],
    ]
    who = [para(f"<font color='#616e7c' size='7.5'>{esc(role.upper())}</font><br/>"
                f"{esc(name) or '&nbsp;'}", s.cell) for role, name in rows]  # fmt: skip
    table_rows = [[cell, "", "", ""] for cell in who]
    labels = [[
        "", para(translate("Agreement", "Signature"), s.muted), "",
        para(translate("Agreement", "Date"), s.muted),
    ]]  # fmt: skip
    # a signature line and, apart from it, a date line, each with room to write above;
    # a long name that wraps makes its row taller, or it would climb into the row above
    widths = [width * 0.36, width * 0.38, width * 0.05, width * 0.21]
    heights = [max(SIGNING_ROOM, cell.wrap(widths[0] - 10, SIGNING_ROOM)[1] + 2 * mm)
               for cell in who]  # fmt: skip
    table = Table(labels + table_rows, colWidths=widths, rowHeights=[None, *heights])
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
    intro = para(
        translate("Agreement", "By signing, we agree to work together as described above."),
        s.body,
    )
    return [para(translate("Agreement", "Signatures"), s.h1), intro, table]
