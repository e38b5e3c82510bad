"""The words the window shows for stored values, marked for translation.

Text kept outside any widget (a model's headers, a status word, the entries of a
combo box) cannot go through a widget's ``tr()``: it is marked here (or beside its
model) with ``QT_TRANSLATE_NOOP(context, "literal")`` so lupdate extracts it, and is
translated when shown with ``QCoreApplication.translate(context, text)``.

The domain keeps its own English words for the command line and the documents
(``programme.goals.STATUS_LABELS`` ...); a test checks these cover the same values.
Other modules import ``QT_TRANSLATE_NOOP`` from here, typed as returning ``str``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:  # PySide6's stub says it returns object; it returns the text

    def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
        """Marks ``text`` for lupdate in ``context``; returns it unchanged."""
        ...

else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

LABELS = "Labels"  # the context of every status word, role, mode ... below
HEADERS = "Headers"  # the context of every table model's column headers

MEETING_MODE = {
    "video": QT_TRANSLATE_NOOP("Labels", "Video call"),
    "in_person": QT_TRANSLATE_NOOP("Labels", "In person"),
    "phone": QT_TRANSLATE_NOOP("Labels", "Phone"),
}
MEETING_STATUS = {
    "planned": QT_TRANSLATE_NOOP("Labels", "Planned"),
    "held": QT_TRANSLATE_NOOP("Labels", "Held"),
    "cancelled": QT_TRANSLATE_NOOP("Labels", "Cancelled"),
    "missed": QT_TRANSLATE_NOOP("Labels", "Missed"),
}
CANCELLED_BY = {  # "Cancelled by the mentee"
    "mentor": QT_TRANSLATE_NOOP("Labels", "the mentor"),
    "mentee": QT_TRANSLATE_NOOP("Labels", "the mentee"),
    "coordinator": QT_TRANSLATE_NOOP("Labels", "the coordinator"),
}
ATTENTION = {  # most urgent first, as the list and its filter read
    "not_a_good_fit": QT_TRANSLATE_NOOP("Labels", "Not a good fit"),
    "cancellations": QT_TRANSLATE_NOOP("Labels", "Cancellations"),
    "closed_day": QT_TRANSLATE_NOOP("Labels", "On a closed day"),
    "overdue": QT_TRANSLATE_NOOP("Labels", "Overdue"),
    "quiet": QT_TRANSLATE_NOOP("Labels", "Gone quiet"),
    "no_next": QT_TRANSLATE_NOOP("Labels", "No next meeting"),
}
ATTENTION_SEVERITY = {
    "high": QT_TRANSLATE_NOOP("Labels", "High"),
    "medium": QT_TRANSLATE_NOOP("Labels", "Medium"),
    "low": QT_TRANSLATE_NOOP("Labels", "Low"),
}
PAIR_STATUS = {
    "proposed": QT_TRANSLATE_NOOP("Labels", "Proposed"),
    "active": QT_TRANSLATE_NOOP("Labels", "Active"),
    "completed": QT_TRANSLATE_NOOP("Labels", "Completed"),
    "ended_early": QT_TRANSLATE_NOOP("Labels", "Ended early"),
}
GOAL_STATUS = {
    "open": QT_TRANSLATE_NOOP("Labels", "Open"),
    "in_progress": QT_TRANSLATE_NOOP("Labels", "In progress"),
    "achieved": QT_TRANSLATE_NOOP("Labels", "Achieved"),
    "dropped": QT_TRANSLATE_NOOP("Labels", "Dropped"),
}
GOAL_OWNER = {
    "mentee": QT_TRANSLATE_NOOP("Labels", "Mentee (senior)"),
    "mentor": QT_TRANSLATE_NOOP("Labels", "Mentor (junior)"),
}
PHASE = {
    "baseline": QT_TRANSLATE_NOOP("Labels", "Baseline"),
    "midpoint": QT_TRANSLATE_NOOP("Labels", "Midpoint"),
    "final": QT_TRANSLATE_NOOP("Labels", "Final"),
}
# A phase named inside a sentence ("3 people's answers for the baseline phase"): its own
# phrase, since a language may not simply lower-case the word (German „Beginn“).
PHASE_IN_SENTENCE = {
    "baseline": QT_TRANSLATE_NOOP("Labels", "the baseline phase"),
    "midpoint": QT_TRANSLATE_NOOP("Labels", "the midpoint phase"),
    "final": QT_TRANSLATE_NOOP("Labels", "the final phase"),
}
FIT = {
    "good_fit": QT_TRANSLATE_NOOP("Labels", "Good fit"),
    "still_deciding": QT_TRANSLATE_NOOP("Labels", "Still deciding"),
    "not_a_good_fit": QT_TRANSLATE_NOOP("Labels", "Not a good fit"),
}
TAKE_PART_AGAIN = {  # the final assessment's "would take part again"
    "yes": QT_TRANSLATE_NOOP("Labels", "Yes"),
    "maybe": QT_TRANSLATE_NOOP("Labels", "Maybe"),
    "no": QT_TRANSLATE_NOOP("Labels", "No"),
}
CRITERION = {
    "topic_fit": QT_TRANSLATE_NOOP("Labels", "Topic fit"),
    "different_department": QT_TRANSLATE_NOOP("Labels", "Different department"),
    "availability": QT_TRANSLATE_NOOP("Labels", "Availability overlap"),
    "work_mode": QT_TRANSLATE_NOOP("Labels", "Work mode & location"),
    "level_gap": QT_TRANSLATE_NOOP("Labels", "Level gap"),
}
PAPER = {
    "A4": QT_TRANSLATE_NOOP("Labels", "A4 (210 × 297 mm)"),
    "Letter": QT_TRANSLATE_NOOP("Labels", "US Letter (8.5 × 11 in)"),
}
WORK_MODE = {
    "onsite": QT_TRANSLATE_NOOP("Labels", "Onsite"),
    "hybrid": QT_TRANSLATE_NOOP("Labels", "Hybrid"),
    "remote": QT_TRANSLATE_NOOP("Labels", "Remote"),
}
WEEKDAY = {
    "Mon": QT_TRANSLATE_NOOP("Labels", "Mon"),
    "Tue": QT_TRANSLATE_NOOP("Labels", "Tue"),
    "Wed": QT_TRANSLATE_NOOP("Labels", "Wed"),
    "Thu": QT_TRANSLATE_NOOP("Labels", "Thu"),
    "Fri": QT_TRANSLATE_NOOP("Labels", "Fri"),
}
# Lower case, after a name in brackets: "Spring 2026 (planning)", "Ana & Ben (ended early)".
CYCLE_STATUS_WORD = {  # "running", not "active": beside it stand counts of active pairs
    "planning": QT_TRANSLATE_NOOP("Labels", "planning"),
    "active": QT_TRANSLATE_NOOP("Labels", "running"),
    "closed": QT_TRANSLATE_NOOP("Labels", "closed"),
}
PAIR_STATUS_WORD = {
    "proposed": QT_TRANSLATE_NOOP("Labels", "proposed"),
    "active": QT_TRANSLATE_NOOP("Labels", "active"),
    "completed": QT_TRANSLATE_NOOP("Labels", "completed"),
    "ended_early": QT_TRANSLATE_NOOP("Labels", "ended early"),
}

LEVEL = {
    1: QT_TRANSLATE_NOOP("Labels", "Entry"),
    2: QT_TRANSLATE_NOOP("Labels", "Associate"),
    3: QT_TRANSLATE_NOOP("Labels", "Experienced"),
    4: QT_TRANSLATE_NOOP("Labels", "Manager"),
    5: QT_TRANSLATE_NOOP("Labels", "Senior leader"),
    6: QT_TRANSLATE_NOOP("Labels", "Executive"),
}


def level_name(level: int) -> str:
    """The translated name of a level (1 to 6); "" for any other."""
    word = LEVEL.get(level)
    return "" if word is None else QCoreApplication.translate(LABELS, word)


def as_label(text: str) -> str:
    """``text`` as a label's or a button's text: a literal ampersand doubled, or Qt takes
    it for a mnemonic and shows "Work mode & location" as "Work mode _location"."""
    return text.replace("&", "&&")


def shown(words: Mapping[str, str], value: str, context: str = LABELS) -> str:
    """The translated word for ``value``; an unknown value shows as stored."""
    word = words.get(value)
    return value if word is None else QCoreApplication.translate(context, word)


def all_shown(words: Mapping[str, str], context: str = LABELS) -> tuple[str, ...]:
    """Every word of ``words`` translated: a column sized for the longest of them fits
    the window's language, whose words may be half as long again as the English."""
    return tuple(QCoreApplication.translate(context, word) for word in words.values())


def header(text: str) -> str:
    """A column header marked with ``QT_TRANSLATE_NOOP("Headers", ...)``, translated."""
    return QCoreApplication.translate(HEADERS, text)
