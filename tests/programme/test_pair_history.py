"""A pair's history, kept as it happens, and its whole story for the detail view."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from peewee import SqliteDatabase

from rmdesk.programme import checkins, meetings, pairs
from rmdesk.programme.assessments import AssessmentData, save_assessment
from rmdesk.programme.cycles import CycleData, create_cycle
from rmdesk.programme.goals import GoalData, create_goal
from rmdesk.programme.validation import ValidationError
from rmdesk.store.migrations import migrate
from rmdesk.store.models import Participant

from .test_pairs import Org

TODAY = dt.date.today()


@pytest.fixture
def org(db) -> Org:
    return Org()


def steps(pair_id: int) -> list[tuple[dt.date | None, str, str]]:
    return [tuple(event) for event in pairs.pair_history(pair_id)]


def test_each_move_is_recorded_with_its_day_and_reason(org: Org):
    first = pairs.create_pair(org.cycle, org.ana, org.carla)
    second = pairs.create_pair(org.cycle, org.bruno, org.dora)
    pairs.publish(org.cycle, pair_ids=[first])
    pairs.activate_pair(second)
    pairs.set_agreement_signed(first, dt.date(2026, 2, 3))
    pairs.set_agreement_signed(first, dt.date(2026, 2, 3))  # the same day again: once
    start = pairs.start_day(org.cycle)
    new = pairs.replace_mentor(first, org.eva, "Ana moved to Lisbon")
    pairs.complete_pair(second, ended_on=start + dt.timedelta(days=1))
    assert start == TODAY  # the cycle began in January
    # As recorded (the agreement's day was entered after the fact).
    assert steps(first) == [
        (TODAY, "proposed", ""),
        (TODAY, "published", ""),
        (dt.date(2026, 2, 3), "agreement_signed", ""),
        (TODAY, "replaced", "Eva Novak: Ana moved to Lisbon"),
    ]
    assert steps(new) == [(TODAY, "proposed", "Ana Silva: Ana moved to Lisbon")]
    assert [kind for _, kind, _ in steps(second)] == ["proposed", "published", "completed"]
    pairs.end_pair_early(new, "Eva changed teams")
    assert steps(new)[-1] == (TODAY, "ended_early", "Eva changed teams")


def test_a_pair_entered_as_it_began_is_published_on_its_start(org: Org):
    pair_id = pairs.create_pair(org.cycle, org.ana, org.carla)
    pairs.activate_pair(pair_id, started_on=dt.date(2026, 2, 2))
    assert steps(pair_id)[-1] == (dt.date(2026, 2, 2), "published", "")


def test_a_refused_move_records_nothing(org: Org):
    pair_id = pairs.create_pair(org.cycle, org.ana, org.carla)
    before = steps(pair_id)
    with pytest.raises(ValidationError):
        pairs.end_pair_early(pair_id, "  ")
    assert steps(pair_id) == before


def test_pairs_made_before_the_history_get_what_their_columns_tell(tmp_path: Path):
    path = tmp_path / "v10.rmdesk"
    db = SqliteDatabase(str(path))
    db.connect()
    try:
        migrate(db, target=10)
        db.execute_sql(
            "INSERT INTO cycle (id, name, start_date, end_date, status, cadence_days, "
            "meeting_minutes) VALUES (1, 'C', '2026-01-05', '2026-10-05', 'active', 14, 60)"
        )
        for pid, name, role in ((1, "Ana", "mentor"), (2, "Carla", "mentee"), (3, "Bo", "mentor")):
            db.execute_sql(
                "INSERT INTO participant (id, full_name, role, level, job_title, department, "
                "location, work_mode, availability, notes, archived, created_at, updated_at, "
                "capacity) VALUES (?, ?, ?, 3, '', '', '', 'hybrid', '', '', 0, '2026-01-01', "
                "'2026-01-01', 1)",
                (pid, name, role),
            )
        db.execute_sql(
            "INSERT INTO pair (id, cycle_id, mentor_id, mentee_id, status, match_reasons, "
            "agreement_signed_on, started_on, ended_on, end_reason) VALUES "
            "(1, 1, 1, 2, 'ended_early', '', '2026-01-20', '2026-01-12', '2026-03-01', "
            "'Moved away'), (2, 1, 3, 2, 'proposed', '', NULL, NULL, NULL, '')"
        )
        migrate(db)
    finally:
        db.close()
    connection = sqlite3.connect(path)
    try:
        found = connection.execute(
            "SELECT pair_id, happened_on, kind, detail FROM pair_event ORDER BY pair_id, id"
        ).fetchall()
    finally:
        connection.close()
    assert found == [
        (1, None, "proposed", ""),
        (1, "2026-01-12", "published", ""),
        (1, "2026-01-20", "agreement_signed", ""),
        (1, "2026-03-01", "ended_early", "Moved away"),
        (2, None, "proposed", ""),
    ]


def test_the_whole_story_of_a_pair(db):
    cycle = create_cycle(CycleData(name="Now", start_date=TODAY - dt.timedelta(days=60)))
    ana = Participant.create(full_name="Ana Silva", role="mentor", level=2, department="IT").id
    carla = Participant.create(full_name="Carla Mendes", role="mentee", level=5).id
    pair_id = pairs.create_pair(cycle, ana, carla)
    pairs.activate_pair(pair_id, started_on=TODAY - dt.timedelta(days=60))
    at = [dt.datetime.combine(TODAY - dt.timedelta(days=d), dt.time(9)) for d in (50, 36, 22)]
    held, cancelled, planned = (meetings.create_meeting(meetings.MeetingData(pair_id, when))
                                for when in at)  # fmt: skip
    meetings.mark_held(held)
    meetings.mark_cancelled(cancelled, "mentee")
    create_goal(pair_id, GoalData(owner="mentor", title="Present to the board"))
    create_goal(pair_id, GoalData(owner="mentee", title="Use the team's chat daily"))
    checkins.record_fit(pair_id, carla, "good_fit", note="Easy to talk to")
    save_assessment(
        AssessmentData(pair_id=pair_id, participant_id=ana, phase="baseline",
                       date=TODAY - dt.timedelta(days=55), satisfaction=4, scores={})
    )  # fmt: skip
    story = pairs.pair_detail(pair_id)
    assert story.cycle_name == "Now"
    assert story.pair.match_score is not None and story.pair.match_reasons
    assert [(m.status, m.cancelled_by) for m in story.meetings] == [
        ("held", ""),
        ("cancelled", "mentee"),
        ("planned", ""),
    ]
    assert [(g.owner, g.title) for g in story.goals] == [
        ("mentee", "Use the team's chat daily"),
        ("mentor", "Present to the board"),
    ]
    assert [(f.name, f.answer, f.note) for f in story.fits] == [
        ("Carla Mendes", "good_fit", "Easy to talk to")
    ]
    assert [(a.name, a.phase, a.satisfaction) for a in story.assessments] == [
        ("Ana Silva", "baseline", 4)
    ]
    assert [kind for _, kind, _ in story.history] == ["proposed", "published"]
    assert planned in {m.id for m in story.meetings}
