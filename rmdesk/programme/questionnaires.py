"""The questions of the forms people fill in away from the desk, written once.

The printed forms (``documents.forms``), the question lists pasted into an online form
(``exchange.form_questions``) and the reading of the answers back
(``exchange.responses``) all take their questions from here, each in the language it
is asked in (English, German or French, from the shipped translations; a dimension's
name and a topic stay as the coordinator typed them).  So a header an online form
wrote from these texts, in any of the languages, is found again by the import: each
question says what its column is read as (``reads_as``), and :func:`answer_texts`
lists every language's wording of those questions for the import to recognise, and
:func:`choice_texts` every language's wording of the answers it reads by their words
(the final assessment's "would you take part again").
"""

from __future__ import annotations

from typing import NamedTuple

from rmdesk.programme.assessments import asks_take_part_again, dimensions
from rmdesk.programme.checkins import FIT_LABELS
from rmdesk.programme.language import ENGLISH, LANGUAGES, catalogue
from rmdesk.programme.messages import QT_TRANSLATE_NOOP
from rmdesk.store.values import FIT_ANSWERS, ROLES, TAKE_PART_AGAIN, WORK_MODES

SCALE = "scale"  # a whole number SCORE_MIN..SCORE_MAX
ONE_OF = "one of"
SEVERAL_OF = "several of"
TEXT = "text"

EVERYONE = ""
CONTEXT = "Forms"  # the translation context of the questions and their answer words

# What the import of answers reads a column as (besides a dimension's name).
EMAIL, SATISFACTION, COMMENT = "email", "satisfaction", "comment"
AGAIN = "take part again"  # the final assessment's question, read as yes, maybe or no

EMAIL_QUESTION = QT_TRANSLATE_NOOP("Forms", "Work e-mail address")
SATISFACTION_QUESTION = QT_TRANSLATE_NOOP("Forms", "Overall satisfaction with the programme so far")
COMMENT_QUESTION = QT_TRANSLATE_NOOP("Forms", "Any comment for the coordinator")
AGAIN_QUESTION = QT_TRANSLATE_NOOP("Forms", "Would you take part in the programme again?")
# Its answers, by the value stored (``store.values.TAKE_PART_AGAIN``).
AGAIN_WORDS = {
    "yes": QT_TRANSLATE_NOOP("Forms", "Yes"),
    "maybe": QT_TRANSLATE_NOOP("Forms", "Maybe"),
    "no": QT_TRANSLATE_NOOP("Forms", "No"),
}
# The word a header typed by hand is known by, in each language ("Satisfaction",
# "Zufriedenheit"); a question's own wording is recognised whole.
KEY_WORDS = {
    EMAIL: QT_TRANSLATE_NOOP("Forms", "e-mail"),
    SATISFACTION: QT_TRANSLATE_NOOP("Forms", "satisfaction"),
    COMMENT: QT_TRANSLATE_NOOP("Forms", "comment"),
    AGAIN: QT_TRANSLATE_NOOP("Forms", "take part again"),
}
SCALE_HINT = QT_TRANSLATE_NOOP("Forms", "{0} = not at all, {1} = fully")

ROLE_WORDS = {
    "mentor": QT_TRANSLATE_NOOP("Forms", "Mentor (junior colleague)"),
    "mentee": QT_TRANSLATE_NOOP("Forms", "Mentee (senior colleague)"),
}
WORK_MODE_WORDS = {
    "onsite": QT_TRANSLATE_NOOP("Forms", "On site"),
    "hybrid": QT_TRANSLATE_NOOP("Forms", "Hybrid"),
    "remote": QT_TRANSLATE_NOOP("Forms", "Remote"),
}


class Question(NamedTuple):
    """One question in the language it is asked in: its text, the kind of answer, for
    whom ('' everyone, or a role), and what the import of answers reads its column as
    (a dimension's name, EMAIL, SATISFACTION, COMMENT, AGAIN; '' not read back)."""

    text: str
    answer: str  # SCALE, ONE_OF, SEVERAL_OF or TEXT
    audience: str = EVERYONE
    choices: tuple[str, ...] = ()
    reads_as: str = ""


def _said(language: str, text: str, context: str = CONTEXT) -> str:
    """``text`` (an English source marked above) in ``language``."""
    return catalogue(language).translate(context, text)


def satisfaction_question(audience: str = EVERYONE, language: str = ENGLISH) -> Question:
    text = _said(language, SATISFACTION_QUESTION)
    return Question(text, SCALE, audience, reads_as=SATISFACTION)


def comment_question(audience: str = EVERYONE, language: str = ENGLISH) -> Question:
    return Question(_said(language, COMMENT_QUESTION), TEXT, audience, reads_as=COMMENT)


def email_question(language: str = ENGLISH) -> Question:
    return Question(_said(language, EMAIL_QUESTION), TEXT, reads_as=EMAIL)


def again_question(audience: str = EVERYONE, language: str = ENGLISH) -> Question:
    """The final assessment's "would you take part again", its answers in ``language``."""
    choices = tuple(_said(language, AGAIN_WORDS[answer]) for answer in TAKE_PART_AGAIN)
    return Question(_said(language, AGAIN_QUESTION), ONE_OF, audience, choices, AGAIN)


def _closing_questions(phase: str, audience: str, language: str) -> list[Question]:
    """What every self-assessment ends with: satisfaction, in the final phase whether
    they would take part again, a comment."""
    again = [again_question(audience, language)] if asks_take_part_again(phase) else []
    return [satisfaction_question(audience, language), *again,
            comment_question(audience, language)]  # fmt: skip


def _dimension_questions(role: str) -> list[Question]:
    """A 1-5 question per dimension of ``role``, named as the coordinator typed it."""
    return [Question(row.name, SCALE, role, reads_as=row.name) for row in dimensions(role)]


def assessment_questions(
    role: str, language: str = ENGLISH, phase: str = "baseline"
) -> list[Question]:
    """One person's self-assessment in ``phase``: their role's dimensions, then the
    closing questions (``_closing_questions``)."""
    return [*_dimension_questions(role), *_closing_questions(phase, role, language)]


def online_assessment_questions(language: str = ENGLISH, phase: str = "baseline") -> list[Question]:
    """Every question of an online self-assessment in ``phase``: the e-mail that finds
    the person, then each role's dimensions (a form branches on the role), then the
    closing questions."""
    questions = [email_question(language)]
    for role in ROLES:
        questions.extend(_dimension_questions(role))
    return [*questions, *_closing_questions(phase, EVERYONE, language)]


def answer_texts() -> list[tuple[str, str, str]]:
    """(text, what its column is read as, language): every language's wording of the
    online self-assessment's questions (the final one's, which asks the most) and the
    key words of a header typed by hand; what the import of answers recognises a column
    by (``exchange.responses``)."""
    texts: list[tuple[str, str, str]] = []
    for language in LANGUAGES:
        asked = online_assessment_questions(language, "final")
        texts += [(q.text, q.reads_as, language) for q in asked]
        texts += [(_said(language, word), target, language) for target, word in KEY_WORDS.items()]
    return texts


def choice_texts() -> list[tuple[str, str, str]]:
    """(text, value stored, language): every language's wording of the answers to
    "would you take part again", and the stored values themselves (yes, maybe, no);
    what the import of answers reads such a cell as."""
    texts = [(answer, answer, ENGLISH) for answer in TAKE_PART_AGAIN]
    for language in LANGUAGES:
        texts += [(_said(language, AGAIN_WORDS[answer]), answer, language)
                  for answer in TAKE_PART_AGAIN]  # fmt: skip
    return texts


def fit_questions(*, online: bool = False, language: str = ENGLISH) -> list[Question]:
    """The pairing-fit check after the first meeting."""
    asked = _said(language, QT_TRANSLATE_NOOP("Forms", "How is the pairing working for you?"))
    note = QT_TRANSLATE_NOOP("Forms", "Anything the coordinator should know (kept private)")
    choices = tuple(_said(language, FIT_LABELS[a], "Domain") for a in FIT_ANSWERS)
    return [
        *([email_question(language)] if online else []),
        Question(asked, ONE_OF, choices=choices),
        Question(_said(language, note), TEXT),
    ]


def signup_questions(topics: list[str], language: str = ENGLISH) -> list[Question]:
    """The blank sign-up sheet: who they are, which role, topics (named as typed),
    availability, work mode."""

    def said(text: str) -> str:
        return _said(language, text)

    roles = tuple(said(ROLE_WORDS[role]) for role in ROLES)
    modes = tuple(said(WORK_MODE_WORDS[mode]) for mode in WORK_MODES)
    role = said(QT_TRANSLATE_NOOP("Forms", "I would like to take part as"))
    offer = said(QT_TRANSLATE_NOOP("Forms", "Topics I can offer (mentors)"))
    learn = said(QT_TRANSLATE_NOOP("Forms", "Topics I want to learn about (mentees)"))
    return [
        Question(said(QT_TRANSLATE_NOOP("Forms", "Full name")), TEXT),
        email_question(language),
        Question(said(QT_TRANSLATE_NOOP("Forms", "Job title")), TEXT),
        Question(said(QT_TRANSLATE_NOOP("Forms", "Department")), TEXT),
        Question(role, ONE_OF, choices=roles),
        Question(offer, SEVERAL_OF, "mentor", tuple(topics)),
        Question(learn, SEVERAL_OF, "mentee", tuple(topics)),
        Question(said(QT_TRANSLATE_NOOP("Forms", "When I am usually available")), TEXT),
        Question(said(QT_TRANSLATE_NOOP("Forms", "How I work")), ONE_OF, choices=modes),
    ]
