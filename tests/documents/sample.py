"""A small programme with every kind of data the documents print, built through the domain.

Shared by the document, command-line and window tests (``build_programme``)."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from pypdf import PdfReader

from rmdesk.programme.assessments import AssessmentData, dimensions, save_assessment
from rmdesk.programme.checkins import record_fit
from rmdesk.programme.cycles import CycleData, create_cycle
from rmdesk.programme.goals import GoalData, create_goal, mark_achieved, record_progress
from rmdesk.programme.pairs import activate_pair, create_pair, end_pair_early
from rmdesk.programme.participants import create_participant
from rmdesk.programme.records import ParticipantData
from rmdesk.store.models import Meeting, Topic

START = dt.date(2025, 1, 6)
END = dt.date(2025, 10, 6)
TODAY = dt.date(2026, 1, 15)  # the generation date the tests print
PRIVATE_NOTE = "PRIVATE-NOTE Sofia was upset about her manager"

PEOPLE = {
    # key: (name, role, job title, department, email, topics)
    "zoe": ("Zoë Łukasiewicz", "mentor", "Data Analyst", "Digital & Data", "zoe@example.org",
            ["Social media", "Technology & digital tools"]),
    "ngo": ("Ngô Thị Minh Hằng", "mentee", "Chief Operating Officer", "Operations",
            "hang@example.org", ["Technology & digital tools", "Social media"]),
    "dmitri": ("Дмитрий Соколов", "mentor", "Junior Developer", "Engineering",
               "dmitri@example.org", ["Innovation"]),
    "sofia": ("Σοφία Παπαδοπούλου", "mentee", "Head of Finance", "Finance",
              "sofia@example.org", ["Innovation"]),
    "aiko": ("Aiko Ito", "mentor", "Graduate Trainee", "Marketing", "aiko@example.org", []),
    "robert": ("Robert Okafor", "mentee", "Regional Director", "Sales", "robert@example.org",
               ["Career development"]),
}  # fmt: skip


def person(key: str) -> int:
    name, role, job, department, email, topics = PEOPLE[key]
    return create_participant(
        ParticipantData(full_name=name, role=role, level=2 if role == "mentor" else 5,
                        email=email, job_title=job, department=department, topics=topics)
    )  # fmt: skip


def meeting(pair_id: int, day: dt.date, status: str, **extra: object) -> None:
    Meeting.create(pair=pair_id, starts_at=dt.datetime.combine(day, dt.time(10, 0)),
                   status=status, notes=PRIVATE_NOTE, **extra)  # fmt: skip


def assess(pair_id: int, participant_id: int, role: str, phase: str, score: int,
           satisfaction: int) -> None:  # fmt: skip
    names = [d.name for d in dimensions(role)]
    save_assessment(AssessmentData(
        pair_id, participant_id, phase, START if phase == "baseline" else END,
        {name: score for name in names}, satisfaction, "PRIVATE-COMMENT",
    ))  # fmt: skip


def build_programme() -> SimpleNamespace:
    """Three pairs: Zoë–Ngô (goals, meetings, assessments, fit), Дмитрий–Σοφία (ended
    early, a reason naming her), Aiko–Robert (nothing yet)."""
    cycle = create_cycle(CycleData(name="Cohort 2025", start_date=START, end_date=END,
                                   cadence_days=14, meeting_minutes=45))  # fmt: skip
    ids = {key: person(key) for key in PEOPLE}
    first = create_pair(cycle, ids["zoe"], ids["ngo"])
    second = create_pair(cycle, ids["dmitri"], ids["sofia"])
    third = create_pair(cycle, ids["aiko"], ids["robert"])
    for pair_id in (first, second, third):
        activate_pair(pair_id, started_on=START)
    social = Topic.get(Topic.name == "Social media").id
    g1 = create_goal(
        first,
        GoalData(
            "mentee",
            "Post weekly on the intranet",
            social,
            "Twelve posts with comments",
            dt.date(2025, 6, 30),
        ),
    )
    g2 = create_goal(first, GoalData("mentor", "Present to the board with Ngô Thị Minh Hằng",
                                     None, "A slot at the June board", None))  # fmt: skip
    record_progress(g1, 60, "halfway", on=dt.date(2025, 4, 1))
    mark_achieved(g2, on=dt.date(2025, 6, 1))
    create_goal(second, GoalData("mentee", "Learn how the graduates use Slack", None, "", None))
    meeting(first, dt.date(2025, 1, 13), "held", mode="in_person", location="Room 4")
    meeting(first, dt.date(2025, 1, 27), "held")
    meeting(first, dt.date(2025, 2, 10), "cancelled", cancelled_by="mentee")
    meeting(first, dt.date(2025, 2, 24), "missed")
    meeting(first, dt.date(2025, 3, 10), "held")
    meeting(first, dt.date(2025, 9, 29), "planned")
    meeting(second, dt.date(2025, 1, 20), "held")
    for phase, score, satisfaction in (("baseline", 2, 3), ("final", 4, 5)):
        assess(first, ids["ngo"], "mentee", phase, score, satisfaction)
        assess(first, ids["zoe"], "mentor", phase, score + 1 if score < 5 else 5, satisfaction)
    record_fit(first, ids["zoe"], "good_fit", on=dt.date(2025, 1, 14))
    record_fit(first, ids["ngo"], "still_deciding", on=dt.date(2025, 1, 14))
    end_pair_early(second, "Σοφία Παπαδοπούλου moved to Athens; write to sofia@example.org",
                   ended_on=dt.date(2025, 3, 1))  # fmt: skip
    return SimpleNamespace(cycle=cycle, ids=ids, pairs=(first, second, third))


def pdf_text(data: bytes) -> str:
    """Every page's text, pages separated by form feeds."""
    import io

    return "\f".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)


def pages(data: bytes) -> list[str]:
    return pdf_text(data).split("\f")


def flat(text: str) -> str:
    """Whitespace collapsed: ReportLab wraps lines where it likes."""
    return " ".join(text.split())
