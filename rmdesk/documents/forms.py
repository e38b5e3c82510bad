"""Forms to print and hand out: self-assessments, the pairing-fit check, a sign-up sheet.

An assessment or fit form is one page per person of the cycle's active pairs, filled in
with their name, role and the person they are paired with, each page counting its own
pages so a pile separates cleanly; the sign-up sheet is one blank page.  The questions
come from ``programme.questionnaires`` in the document's language (the same the online
forms and the import of answers use) and are laid out by kind: a 1-5 question is a row
of five boxes, a choice a box per choice, a free answer a box to write in.  Every
database value is escaped.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer, Table

from rmdesk.documents.agreement import mentee_label, mentor_label, setup_for
from rmdesk.documents.forms_data import FormPeople, FormPerson, form_people
from rmdesk.documents.settings import DocumentSettings
from rmdesk.documents.text import esc
from rmdesk.documents.typesetting import (
    INK,
    MUTED,
    RULE,
    SHADE,
    ProgressFn,
    Section,
    frame_width,
    render,
    styles,
)
from rmdesk.documents.words import speaking, translate
from rmdesk.programme.assessments import SCORE_MAX, SCORE_MIN
from rmdesk.programme.questionnaires import (
    ONE_OF,
    SCALE,
    SEVERAL_OF,
    Question,
    assessment_questions,
    fit_questions,
    signup_questions,
)
from rmdesk.store.values import ROLES

BOX = 4.2 * mm
_SCALE = range(SCORE_MIN, SCORE_MAX + 1)
SCALE_WIDTH = 11 * mm * len(_SCALE)


class _Box(Flowable):  # type: ignore[misc]
    """An empty square to tick."""

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return BOX, BOX

    def draw(self) -> None:
        self.canv.setStrokeColor(INK)
        self.canv.setLineWidth(0.8)
        self.canv.rect(0, 0, BOX, BOX, stroke=1, fill=0)


class _ScaleBoxes(Flowable):  # type: ignore[misc]
    """A box per point of the scale in one row, or (``numbers``) the points above them.

    One flowable per row rather than a table cell per box: 500 forms lay out in half
    the time."""

    def __init__(self, *, numbers: bool = False) -> None:
        super().__init__()
        self._numbers = numbers

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return SCALE_WIDTH, BOX

    def draw(self) -> None:
        canvas = self.canv
        step = SCALE_WIDTH / len(_SCALE)
        if self._numbers:
            canvas.setFillColor(MUTED)
            head = styles().head
            canvas.setFont(head.fontName, head.fontSize)
            for index, point in enumerate(_SCALE):
                canvas.drawCentredString(step * (index + 0.5), 1, str(point))
            return
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(0.8)
        for index in range(len(_SCALE)):
            canvas.rect(step * (index + 0.5) - BOX / 2, 0, BOX, BOX, stroke=1, fill=0)


class _WritingSpace(Flowable):  # type: ignore[misc]
    """A framed space to write in, as wide as the frame."""

    def __init__(self, height: float) -> None:
        super().__init__()
        self._height = height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._width = available_width
        return available_width, self._height

    def draw(self) -> None:
        self.canv.setStrokeColor(RULE)
        self.canv.setLineWidth(0.8)
        self.canv.rect(0, 0, self._width, self._height, stroke=1, fill=0)


def _scale_table(questions: Sequence[Question], width: float) -> Table:
    s = styles()
    rows = [["", _ScaleBoxes(numbers=True)],
            *([Paragraph(esc(q.text), s.body), _ScaleBoxes()] for q in questions)]  # fmt: skip
    table = Table(rows, colWidths=[width - SCALE_WIDTH, SCALE_WIDTH])
    table.setStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
            ("TOPPADDING", (0, 1), (-1, -1), 5),
            ("BOTTOMPADDING", (0, 1), (-1, -1), 5),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ]
    )
    return table


def _choices_table(question: Question, width: float) -> Table:
    """A box per choice, two columns when there are many (topics)."""
    s = styles()
    cells = [[_Box(), Paragraph(esc(choice), s.body)] for choice in question.choices]
    columns = len(cells) if len(cells) <= 3 else 2
    rows = [[part for cell in cells[i : i + columns] for part in cell]
            for i in range(0, len(cells), columns)]  # fmt: skip
    if len(rows[-1]) < 2 * columns:
        rows[-1] += ["", ""]
    part = width / columns
    table = Table(rows, colWidths=[8 * mm, part - 8 * mm] * columns)
    table.setStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (0, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ]
    )
    return table


def _fields_table(questions: Sequence[Question], width: float, room: float) -> Table:
    """Short free answers: the question on the left, a space to write on the right."""
    s = styles()
    label = 48 * mm
    rows = [[Paragraph(f"<b>{esc(q.text)}</b>", s.body), _WritingSpace(room)] for q in questions]
    table = Table(rows, colWidths=[label, width - label])
    table.setStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (1, 0), (1, -1), 0),
        ]
    )
    return table


def questions_story(
    questions: Sequence[Question], width: float, *, answer_room: float
) -> list[Flowable]:
    """The questions in order: runs of 1-5 questions as one table of boxes; with little
    room per free answer (a sign-up sheet), runs of them as one table of fields."""
    s = styles()
    story: list[Flowable] = []
    scale_run: list[Question] = []
    field_run: list[Question] = []
    short = answer_room < 15 * mm

    def flush() -> None:
        if scale_run:
            hint = translate("Forms", "Tick one box per line: {0} = not at all, {1} = fully.")
            story.append(Paragraph(esc(hint.format(SCORE_MIN, SCORE_MAX)), s.muted))
            story.append(_scale_table(scale_run, width))
            story.append(Spacer(1, 4 * mm))
            scale_run.clear()
        if field_run:
            story.append(Spacer(1, 2 * mm) if story else Spacer(0, 0))
            story.append(_fields_table(field_run, width, answer_room))
            story.append(Spacer(1, 2 * mm))
            field_run.clear()

    for question in questions:
        if question.answer == SCALE:
            scale_run.append(question)
            continue
        if short and question.answer not in (ONE_OF, SEVERAL_OF):
            field_run.append(question)
            continue
        flush()
        heading = Paragraph(esc(question.text), s.h2)
        if question.answer in (ONE_OF, SEVERAL_OF):
            hint = (
                translate("Forms", "Tick one.")
                if question.answer == ONE_OF
                else translate("Forms", "Tick any that apply.")
            )
            story.append(KeepTogether([heading, Paragraph(hint, s.muted),
                                       _choices_table(question, width)]))  # fmt: skip
        else:
            story.append(KeepTogether([heading, _WritingSpace(answer_room)]))
    flush()
    return story


def _who(person: FormPerson, width: float) -> Table:
    """The pre-filled part: who fills this page in."""
    s = styles()
    rows = [
        [translate("Forms", "Name"), Paragraph(f"<b>{esc(person.name)}</b>", s.body)],
        [translate("Forms", "Role"), mentor_label() if person.role == "mentor" else mentee_label()],
        [translate("Forms", "Paired with"), Paragraph(esc(person.partner), s.body)],
    ]
    table = Table(rows, colWidths=[32 * mm, width - 32 * mm])
    table.setStyle(
        [
            ("BACKGROUND", (0, 0), (-1, -1), SHADE),
            ("FONT", (0, 0), (0, -1), s.head.fontName, s.head.fontSize),
            ("TEXTCOLOR", (0, 0), (0, -1), MUTED),
            ("FONT", (1, 1), (1, 1), s.body.fontName, s.body.fontSize),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
    )
    return table


def _date_line() -> Paragraph:
    return Paragraph(translate("Forms", "Date:") + " ______________________", styles().body)


def _person_page(
    title: str, intro: str, person: FormPerson, cycle_name: str, questions: Sequence[Question],
    width: float,
) -> list[Flowable]:  # fmt: skip
    s = styles()
    return [
        Section(f"{title} · {person.name}"),
        Paragraph(esc(title), s.title),
        Paragraph(
            translate("Forms", "Reverse mentoring · {0}").format(esc(cycle_name)), s.subtitle
        ),
        _who(person, width),
        Spacer(1, 4 * mm),
        Paragraph(esc(intro), s.body),
        Spacer(1, 2 * mm),
        *questions_story(questions, width, answer_room=50 * mm),
        Spacer(1, 4 * mm),
        _date_line(),
    ]


def _pile(pages: list[list[Flowable]]) -> list[Flowable]:
    story: list[Flowable] = []
    for number, page in enumerate(pages):
        if number:
            story.append(PageBreak())
        story.extend(page)
    return story


def assessment_title(phase: str) -> str:
    """ "Midpoint self-assessment", in the language being printed (English outside)."""
    titles = {
        "baseline": translate("Forms", "Baseline self-assessment"),
        "midpoint": translate("Forms", "Midpoint self-assessment"),
        "final": translate("Forms", "Final self-assessment"),
    }
    return titles[phase]


def assessment_intro() -> str:
    return translate(
        "Forms",
        "Please rate yourself on each line, give your overall satisfaction and add anything "
        "you want the coordinator to know. Your answers go to the coordinator only; reports "
        "show figures over groups, never one person's answers.",
    )


def fit_title() -> str:
    return translate("Forms", "Pairing-fit check")


def fit_intro() -> str:
    return translate(
        "Forms",
        "After your first meeting: is this pairing working for you? Each person answers "
        "separately and the coordinator alone reads the answers, so say it as it is.",
    )


def render_assessment_forms(
    people: FormPeople, phase: str, settings: DocumentSettings, generated_on: dt.date,
    progress: ProgressFn | None = None,
) -> bytes:  # fmt: skip
    """One page per person: their role's questions in ``phase`` (the dimensions as they
    are now; the final one also asks whether they would take part again)."""
    with speaking(settings.language):
        return _assessment_forms(people, phase, settings, generated_on, progress)


def _assessment_forms(
    people: FormPeople, phase: str, settings: DocumentSettings, generated_on: dt.date,
    progress: ProgressFn | None,
) -> bytes:  # fmt: skip
    title = assessment_title(phase)
    width = frame_width(setup_for(settings, generated_on, ""))
    by_role = {role: assessment_questions(role, settings.language, phase) for role in ROLES}
    pages = [
        _person_page(title, assessment_intro(), person, people.cycle_name, by_role[person.role],
                     width)
        for person in people.people
    ]  # fmt: skip
    setup = setup_for(settings, generated_on, f"{title}: {people.cycle_name}")
    return render(_pile(pages), setup, progress)


def render_fit_forms(
    people: FormPeople, settings: DocumentSettings, generated_on: dt.date,
    progress: ProgressFn | None = None,
) -> bytes:  # fmt: skip
    with speaking(settings.language):
        width = frame_width(setup_for(settings, generated_on, ""))
        questions = fit_questions(language=settings.language)
        pages = [
            _person_page(fit_title(), fit_intro(), person, people.cycle_name, questions, width)
            for person in people.people
        ]
        setup = setup_for(settings, generated_on, f"{fit_title()}: {people.cycle_name}")
        return render(_pile(pages), setup, progress)


def signup_title() -> str:
    return translate("Forms", "Sign up for reverse mentoring")


def signup_intro() -> str:
    return translate(
        "Forms",
        "In reverse mentoring a junior colleague (the mentor) shares their knowledge and "
        "perspective with a senior colleague (the mentee), and learning goes both ways. "
        "Fill in this sheet and hand it to the coordinator.",
    )


def render_signup_sheet(
    topics: list[str], settings: DocumentSettings, generated_on: dt.date
) -> bytes:
    """The blank sheet: the programme's topics to tick, lines to write on."""
    s = styles()
    with speaking(settings.language):
        width = frame_width(setup_for(settings, generated_on, ""))
        title = signup_title()
        questions = signup_questions(topics, settings.language)
        story: list[Flowable] = [
            Section(title),
            Paragraph(esc(title), s.title),
            Paragraph(esc(signup_intro()), s.body),
            Spacer(1, 2 * mm),
            *questions_story(questions, width, answer_room=9 * mm),
            Spacer(1, 4 * mm),
            _date_line(),
        ]
        return render(story, setup_for(settings, generated_on, title))


FORM_KINDS = ("assessment", "fit", "signup")


def form_pdf(
    kind: str, cycle_id: int | None, phase: str, settings: DocumentSettings,
    generated_on: dt.date, progress: ProgressFn | None = None,
) -> tuple[bytes, int]:  # fmt: skip
    """The PDF of a form of ``kind`` (FORM_KINDS) and how many pages it has for people
    (0 for the blank sign-up sheet): what the command line and the window both print."""
    if kind == "signup":
        from rmdesk.programme.participants import topic_names

        return render_signup_sheet(topic_names(), settings, generated_on), 0
    if cycle_id is None:
        raise ValueError("an assessment or fit form needs a cycle")
    people = form_people(cycle_id)
    if kind == "assessment":
        pdf = render_assessment_forms(people, phase, settings, generated_on, progress)
    else:
        pdf = render_fit_forms(people, settings, generated_on, progress)
    return pdf, len(people.people)
