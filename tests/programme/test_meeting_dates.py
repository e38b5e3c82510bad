"""Meetings keep to their cycle's dates, by the rule milestones keep (one rule), and a
series never starts after the cycle ends."""

from __future__ import annotations

import datetime as dt

import pytest

from rmdesk.programme import meetings as m
from rmdesk.programme.cycles import (
    CycleData,
    create_cycle,
    milestone_rows,
    update_cycle,
    update_milestone,
)
from rmdesk.programme.meetings import MeetingData
from rmdesk.programme.pairs import activate_pair, create_pair
from rmdesk.programme.validation import ValidationError
from tests.builders import person

START = dt.date(2026, 3, 2)  # a Monday
END = dt.date(2026, 4, 27)  # 8 weeks later, also a Monday


@pytest.fixture
def cycle(db) -> int:
    return create_cycle(CycleData(name="C", start_date=START, end_date=END, cadence_days=14))


@pytest.fixture
def pair(cycle) -> int:
    pair_id = create_pair(cycle, person("Ana", "mentor"), person("Carla", "mentee"))
    activate_pair(pair_id, started_on=START)
    return pair_id


def at(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(10, 0))


def test_a_meeting_outside_the_cycle_is_refused_like_a_milestone(cycle, pair):
    outside = at(END + dt.timedelta(days=1))
    with pytest.raises(ValidationError) as error:
        m.create_meeting(MeetingData(pair, outside))
    milestone = milestone_rows(cycle)[0]
    with pytest.raises(ValidationError) as refused_milestone:
        update_milestone(milestone.id, milestone.title, outside.date())
    # One rule, one sentence, for both.
    assert error.value.errors["starts_at"] == refused_milestone.value.errors["date"]
    assert error.value.errors["starts_at"] == (
        "The date must be within the cycle (2026-03-02 to 2026-04-27)."
    )
    assert m.list_meetings(cycle) == []
    before = at(START - dt.timedelta(days=1))
    inside = m.create_meeting(MeetingData(pair, at(END)))  # the last day counts
    with pytest.raises(ValidationError, match="within the cycle"):
        m.reschedule(inside, before)
    with pytest.raises(ValidationError, match="within the cycle"):
        m.update_meeting(inside, MeetingData(pair, before))
    assert m.get_meeting(inside).starts_at == at(END)


def test_a_meeting_left_outside_by_shorter_dates_keeps_its_notes_editable(cycle, pair):
    meeting = m.create_meeting(MeetingData(pair, at(END)))
    update_cycle(cycle, CycleData(name="C", start_date=START, end_date=END - dt.timedelta(days=7)))
    m.update_meeting(meeting, MeetingData(pair, at(END), notes="Kept"))
    assert m.get_meeting(meeting).notes == "Kept"
    with pytest.raises(ValidationError, match="within the cycle"):
        m.update_meeting(meeting, MeetingData(pair, at(END + dt.timedelta(days=1))))


def test_a_series_never_starts_after_the_cycle_ends(cycle, pair):
    # The cycle (March-April 2026) is over: the default first day, today, is after it.
    assert dt.date.today() > END
    assert m.default_first_day(cycle) == dt.date.today()
    with pytest.raises(ValidationError) as error:
        m.schedule_series(cycle)
    assert error.value.errors["first"] == (
        "The cycle ends on 2026-04-27: a series cannot start after it."
    )
    with pytest.raises(ValidationError, match="within the cycle"):
        m.schedule_series(cycle, first=END + dt.timedelta(days=1))
    # The last day is a Monday: asking for Tuesdays would start after it.
    with pytest.raises(ValidationError, match="cannot start after"):
        m.schedule_series(cycle, first=END, weekday=1)
    assert m.list_meetings(cycle) == []
    assert m.schedule_series(cycle, first=END).created == 1


def test_the_command_line_keeps_the_same_rules(db_path, capsys):
    from rmdesk.cli import main
    from rmdesk.store import close_database, open_database
    from rmdesk.store.models import Meeting

    open_database(db_path)
    try:
        cycle = create_cycle(CycleData(name="C", start_date=START, end_date=END))
        activate_pair(create_pair(cycle, person("Ana", "mentor"), person("Carla", "mentee")))
    finally:
        close_database()
    for argv, said in (
        ([], "The cycle ends on 2026-04-27: a series cannot start after it."),
        (
            ["--first", "2026-04-28"],
            "The date must be within the cycle (2026-03-02 to 2026-04-27).",
        ),
    ):
        assert main(["schedule", "C", "--db", str(db_path), *argv]) == 1
        err = capsys.readouterr().err.splitlines()
        assert len(err) == 1 and err[0].startswith("rmdesk: ") and said in err[0]
    open_database(db_path)
    try:
        assert Meeting.select().count() == 0
    finally:
        close_database()
