"""The questions of the forms people fill in away from the desk, written once.

The printed forms (``documents.forms``), the question lists pasted into an online form
(``exchange.form_questions``) and the reading of the answers back
(``exchange.responses``) all take their questions from here, so a header written by
an online form from these texts is found again by the import: a self-assessment
question *is* its dimension's name, the satisfaction question contains
"satisfaction" and the comment question "comment".
"""

from __future__ import annotations

from typing import NamedTuple

from rmdesk.programme.assessments import SCORE_MAX, SCORE_MIN, dimensions
from rmdesk.programme.checkins import FIT_LABELS
from rmdesk.store.values import FIT_ANSWERS, ROLES, WORK_MODES

SCALE = "scale"  # a whole number SCORE_MIN..SCORE_MAX
ONE_OF = "one of"
SEVERAL_OF = "several of"
TEXT = "text"

EVERYONE = ""
SATISFACTION_WORD = "satisfaction"
COMMENT_WORD = "comment"
EMAIL_QUESTION = "Work e-mail address"
SCALE_HINT = f"{SCORE_MIN} = not at all, {SCORE_MAX} = fully"

ROLE_WORDS = {"mentor": "Mentor (junior colleague)", "mentee": "Mentee (senior colleague)"}
WORK_MODE_WORDS = {"onsite": "On site", "hybrid": "Hybrid", "remote": "Remote"}


class Question(NamedTuple):
    """One question: its text, the kind of answer, for whom ('' everyone, or a role)."""

    text: str
    answer: str  # SCALE, ONE_OF, SEVERAL_OF or TEXT
    audience: str = EVERYONE
    choices: tuple[str, ...] = ()
    dimension: str = ""  # the dimension a SCALE question scores, "" for satisfaction


def satisfaction_question(audience: str = EVERYONE) -> Question:
    return Question("Overall satisfaction with the programme so far", SCALE, audience)


def comment_question(audience: str = EVERYONE) -> Question:
    return Question("Any comment for the coordinator", TEXT, audience)


def assessment_questions(role: str) -> list[Question]:
    """One person's self-assessment: their role's dimensions, satisfaction, a comment."""
    asked = [Question(row.name, SCALE, role, dimension=row.name) for row in dimensions(role)]
    return [*asked, satisfaction_question(role), comment_question(role)]


def online_assessment_questions() -> list[Question]:
    """Every question of an online self-assessment: the e-mail that finds the person,
    then each role's dimensions (a form branches on the role), satisfaction, comment."""
    questions = [Question(EMAIL_QUESTION, TEXT)]
    for role in ROLES:
        questions.extend(q for q in assessment_questions(role) if q.dimension)
    return [*questions, satisfaction_question(), comment_question()]


FIT_QUESTION = Question(
    "How is the pairing working for you?", ONE_OF, choices=tuple(FIT_LABELS[a] for a in FIT_ANSWERS)
)
FIT_NOTE_QUESTION = Question("Anything the coordinator should know (kept private)", TEXT)


def fit_questions(*, online: bool = False) -> list[Question]:
    """The pairing-fit check after the first meeting."""
    return [*([Question(EMAIL_QUESTION, TEXT)] if online else []), FIT_QUESTION, FIT_NOTE_QUESTION]


def signup_questions(topics: list[str]) -> list[Question]:
    """The blank sign-up sheet: who they are, which role, topics, availability, work mode."""
    return [
        Question("Full name", TEXT),
        Question(EMAIL_QUESTION, TEXT),
        Question("Job title", TEXT),
        Question("Department", TEXT),
        Question("I would like to take part as", ONE_OF, choices=tuple(ROLE_WORDS.values())),
        Question("Topics I can offer (mentors)", SEVERAL_OF, "mentor", tuple(topics)),
        Question("Topics I want to learn about (mentees)", SEVERAL_OF, "mentee", tuple(topics)),
        Question("When I am usually available", TEXT),
        Question("How I work", ONE_OF, choices=tuple(WORK_MODE_WORDS[mode] for mode in WORK_MODES)),
    ]
