"""The pairs' guides on paper: one guide (``rmdesk guide``), and a pair's session pack
(``rmdesk pack``): a cover with the pair's goals, both orientation sheets, then the
conversation guide of each of their topics, each starting on a new page.

A guide's text is the coordinator's (stored in the database, ``programme.guides``) in
the clauses' small format; every piece of it, and every name, goes through ``esc``, so
markup in the text prints as written and every script gets its font.  The frame
around the text ("Notes from our conversation", the cover) is printed in the document's
language (``words``); a guide printed in another language (the English one of a topic
that has none in it) says so under its title.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import NamedTuple

from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer

from rmdesk.documents.agreement import setup_for
from rmdesk.documents.clauses import parse_clauses
from rmdesk.documents.report_details import goal_status_word
from rmdesk.documents.report_tables import figure, grid
from rmdesk.documents.settings import DocumentSettings
from rmdesk.documents.text import esc
from rmdesk.documents.typesetting import RULE, ProgressFn, Section, frame_width, render, styles
from rmdesk.documents.words import current, long_date, speaking, translate
from rmdesk.programme.guides import GuideRow

LINE = 22.0  # points between ruled lines: room to write by hand
MIN_LINES = 4


class NoteLines(Flowable):  # type: ignore[misc]
    """ "Notes from our conversation" and ruled lines to write on, filling what is left of
    the page (at least ``MIN_LINES``; with less room than that they start the next page).
    One flowable, so the heading can never end a page without its lines."""

    HEAD = 24.0

    def __init__(self) -> None:
        super().__init__()
        self.title = translate("Guides", "Notes from our conversation")

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        lines = max(MIN_LINES, int((available_height - self.HEAD) // LINE))
        self.width, self.height = available_width, self.HEAD + lines * LINE
        return self.width, self.height

    def draw(self) -> None:
        s = styles()
        canvas = self.canv
        canvas.setFont(s.h2.fontName, s.h2.fontSize)
        canvas.setFillColor(s.h2.textColor)
        canvas.drawString(0, self.height - s.h2.fontSize - 4, self.title)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        y = self.height - self.HEAD - LINE
        while y >= 0:
            canvas.line(0, y, self.width, y)
            y -= LINE


class PackGoal(NamedTuple):
    owner: str
    title: str
    success_measure: str
    target_date: dt.date | None
    status: str
    progress: int


class PackData(NamedTuple):
    pair_id: int
    mentor_name: str
    mentee_name: str
    cycle_name: str
    goals: tuple[PackGoal, ...]
    orientations: tuple[GuideRow, ...]  # the mentor's, then the mentee's
    guides: tuple[GuideRow, ...]  # their topics' guides
    topics_without_guide: tuple[str, ...]


def guide_story(guide: GuideRow) -> list[Flowable]:
    """One guide from the top of a page: its title, what it is, then its sections, each
    heading kept with its first paragraph."""
    s = styles()
    if guide.is_orientation:
        kicker = translate("Guides", "Orientation sheet · {0}").format(_for_whom(guide.role))
    else:
        kicker = translate("Guides", "Conversation guide · {0}").format(esc(guide.topic))
    story: list[Flowable] = [
        Section(guide.title),
        Paragraph(esc(guide.title), s.title),
        Paragraph(kicker, s.subtitle),
    ]
    if guide.language != current():
        story.append(Paragraph(
            translate("Guides", "This guide has no translation yet: here is the English text."),
            s.muted,
        ))  # fmt: skip
    for clause in parse_clauses(guide.body):
        blocks = [
            Paragraph(esc(text), s.bullet, bulletText="•")
            if kind == "li"
            else Paragraph(esc(text), s.body)
            for kind, text in clause.blocks
        ]
        if clause.title:
            head = Paragraph(esc(clause.title), s.h2)
            story.append(KeepTogether([head, *blocks[:1]]))
            story += blocks[1:]
        else:
            story += blocks
    if not guide.is_orientation:
        story.append(NoteLines())
    return story


def _for_whom(role: str) -> str:
    if role == "mentor":
        return translate("Guides", "For the junior mentor")
    return translate("Guides", "For the senior mentee")


def render_guides(
    guides: Sequence[GuideRow],
    settings: DocumentSettings,
    generated_on: dt.date,
    progress: ProgressFn | None = None,
) -> bytes:
    """One PDF of these guides, each from a new page, framed in the settings' language."""
    if not guides:
        raise ValueError("no guides to render")
    with speaking(settings.language):
        story: list[Flowable] = []
        for number, guide in enumerate(guides):
            if number:
                story.append(PageBreak())
            story += guide_story(guide)
        setup = setup_for(settings, generated_on, guides[0].title)
        return render(story, setup, progress)


def render_pack(
    pack: PackData,
    settings: DocumentSettings,
    generated_on: dt.date,
    progress: ProgressFn | None = None,
) -> bytes:
    """The session pack: cover and goals, orientations, topic guides, in the settings'
    language (``pack_for_pair`` chose the guides of that language)."""
    with speaking(settings.language):
        title = translate("Guides", "Session pack: {0} and {1}").format(
            pack.mentor_name, pack.mentee_name
        )
        setup = setup_for(settings, generated_on, title)
        story = _cover(pack, frame_width(setup))
        for guide in (*pack.orientations, *pack.guides):
            story += [PageBreak(), *guide_story(guide)]
        return render(story, setup, progress)


def _cover(pack: PackData, width: float) -> list[Flowable]:
    s = styles()
    pack_title = translate("Guides", "Session pack")
    story: list[Flowable] = [
        Section(pack_title),
        Paragraph(pack_title, s.title),
        Paragraph(
            translate("Guides", "{0} (junior mentor) and {1} (senior mentee) · {2}").format(
                esc(pack.mentor_name), esc(pack.mentee_name), esc(pack.cycle_name)
            ),
            s.subtitle,
        ),
        Paragraph(
            translate(
                "Guides",
                "Everything for your meetings in one place: your goals, an orientation sheet "
                "for each of you, and a conversation guide for each of your topics. The "
                "guides are starting points, not scripts: use what helps.",
            ),
            s.body,
        ),
        Paragraph(translate("Guides", "In this pack"), s.h2),
    ]
    contents = [g.title for g in (*pack.orientations, *pack.guides)]
    story += [Paragraph(esc(text), s.bullet, bulletText="•") for text in contents]
    if pack.topics_without_guide:
        story.append(Paragraph(
            translate("Guides", "No guide yet for: {0}.").format(
                ", ".join(esc(t) for t in pack.topics_without_guide)
            ),
            s.muted,
        ))  # fmt: skip
    if not pack.guides and not pack.topics_without_guide:
        story.append(Paragraph(translate(
            "Guides",
            "No topic guide: you have no goals with a topic and no topic in common yet. Your "
            "coordinator can print any topic's guide for you.",
        ), s.muted))  # fmt: skip
    story.append(Paragraph(translate("Guides", "Your goals"), s.h2))
    if not pack.goals:
        story.append(Paragraph(translate(
            "Guides",
            "No goals recorded yet: set one or two each at your first meeting, and write them "
            "here.",
        ), s.body))  # fmt: skip
        return story
    rows = [[
        translate("Guides", "whose"),
        translate("Guides", "goal and how you will know"),
        translate("Guides", "target"),
        translate("Guides", "status"),
    ]]  # fmt: skip
    for goal in pack.goals:
        measure = f"<br/><i>{esc(goal.success_measure)}</i>" if goal.success_measure else ""
        status = goal_status_word(goal.status)
        if goal.status == "in_progress":
            status += f" ({figure(f'{goal.progress} %')})"
        if goal.owner == "mentee":
            whose = translate("Guides", "Mentee")
        else:
            whose = translate("Guides", "Mentor")
        rows.append([whose, esc(goal.title) + measure, long_date(goal.target_date), status])
    story += [
        grid(rows, [width * 0.13, width * 0.50, width * 0.18, width * 0.19], numeric_from=4),
        Spacer(1, 4),
    ]
    return story
