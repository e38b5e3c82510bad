"""Meetings: series, transitions, overlaps, the attention list, milestone editing."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from rmdesk.programme import meetings as m
from rmdesk.programme.cycles import (
    CycleData,
    create_cycle,
    milestone_rows,
    milestones,
    update_cycle,
    update_milestone,
)
from rmdesk.programme.meetings import MeetingData
from rmdesk.programme.pairs import activate_pair, create_pair, end_pair_early
from rmdesk.programme.validation import RuleError, ValidationError
from rmdesk.store.models import Meeting, Participant
from tests.builders import person

START = dt.date(2026, 3, 2)  # a Monday
END = dt.date(2026, 4, 27)  # 8 weeks later, also a Monday


@pytest.fixture
def cycle(db) -> int:
    return create_cycle(CycleData(name="C", start_date=START, end_date=END, cadence_days=14))


@pytest.fixture
def pairs(cycle) -> list[int]:
    """Two active pairs (Ana–Carla, Bruno–Dora) and a proposed one (Ana–Eva)."""
    ana, bruno = person("Ana", "mentor"), person("Bruno", "mentor")
    Participant.update(capacity=2).where(Participant.id == ana).execute()
    carla, dora, eva = person("Carla", "mentee"), person("Dora", "mentee"), person("Eva", "mentee")
    first = create_pair(cycle, ana, carla)
    second = create_pair(cycle, bruno, dora)
    third = create_pair(cycle, ana, eva)
    activate_pair(first, started_on=START)
    activate_pair(second, started_on=START)
    return [first, second, third]


def at(day: dt.date, hour: int = 10, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute))


def days(cycle: int, pair_id: int) -> list[dt.date]:
    return [row.starts_at.date() for row in m.list_meetings(cycle, pair_id=pair_id)]


# ---------------------------------------------------------------- series


def test_series_every_cadence_until_the_end_inclusive_for_active_pairs(cycle, pairs):
    result = m.schedule_series(cycle, first=START, at=dt.time(9, 30))
    expected = [START + dt.timedelta(days=14 * i) for i in range(5)]  # END included
    assert expected[-1] == END
    assert days(cycle, pairs[0]) == expected
    assert days(cycle, pairs[1]) == expected
    assert days(cycle, pairs[2]) == []  # proposed: not by default
    assert result == m.SeriesResult(created=10, existing=0, closed=0)
    row = m.list_meetings(cycle)[0]
    assert (row.starts_at.time(), row.duration_minutes, row.status) == (
        dt.time(9, 30),
        60,
        "planned",
    )
    assert row.ends_at == at(START, 10, 30)


def test_series_end_day_excluded_when_off_rhythm_and_every_days_overrides(cycle, pairs):
    m.schedule_series(cycle, pair_ids=[pairs[0]], first=START + dt.timedelta(days=1), every_days=10)
    got = days(cycle, pairs[0])
    assert got[0] == dt.date(2026, 3, 3)
    assert all(b - a == dt.timedelta(days=10) for a, b in itertools.pairwise(got))
    assert got[-1] <= END < got[-1] + dt.timedelta(days=10)


def test_weekday_moves_the_first_day_forward(cycle, pairs):
    m.schedule_series(cycle, pair_ids=[pairs[0]], first=START, weekday=2)
    assert days(cycle, pairs[0])[0] == dt.date(2026, 3, 4)


def test_closed_dates_are_skipped_not_moved(cycle, pairs):
    m.add_closed_date(dt.date(2026, 3, 16), "Holiday")
    m.add_closed_date(dt.date(2026, 3, 16), "Bank holiday")  # relabel, no duplicate
    assert m.closed_dates() == [(dt.date(2026, 3, 16), "Bank holiday")]
    result = m.schedule_series(cycle, first=START)
    assert dt.date(2026, 3, 16) not in days(cycle, pairs[0])
    assert result == m.SeriesResult(created=8, existing=0, closed=1)
    m.remove_closed_date(dt.date(2026, 3, 16))
    assert m.closed_dates() == []


def test_rerunning_creates_nothing_and_keeps_held_meetings(cycle, pairs, monkeypatch):
    m.schedule_series(cycle, first=START)
    m.mark_held(m.list_meetings(cycle, pair_id=pairs[0])[0].id)
    first_meeting = m.list_meetings(cycle, pair_id=pairs[0])[0]
    m.reschedule(m.list_meetings(cycle, pair_id=pairs[0])[1].id, at(dt.date(2026, 3, 17), 15))
    before = m.list_meetings(cycle)
    again = m.schedule_series(cycle, first=START, at=dt.time(16, 0))
    # The meeting moved a day still holds its slot: running again adds nothing.
    assert again.created == 0
    assert again.existing == 10
    assert m.get_meeting(first_meeting.id) == first_meeting
    assert {r.id for r in before} <= {r.id for r in m.list_meetings(cycle)}
    assert m.schedule_series(cycle, first=START).created == 0


def test_series_refusals(cycle, pairs):
    with pytest.raises(ValidationError) as error:
        m.schedule_series(cycle, first=END + dt.timedelta(days=1), every_days=0)
    assert set(error.value.errors) == {"first", "every_days"}
    end_pair_early(pairs[1], "Moved away.", ended_on=START)
    with pytest.raises(RuleError, match="ended early"):
        m.schedule_series(cycle, pair_ids=[pairs[1]], first=START)
    with pytest.raises(RuleError, match="No pair"):
        m.schedule_series(cycle, pair_ids=[9999], first=START)
    assert Meeting.select().count() == 0


def test_default_first_is_today_or_the_cycle_start(db):
    today = dt.date.today()
    future = create_cycle(CycleData(name="Next", start_date=today + dt.timedelta(days=30)))
    running = create_cycle(CycleData(name="Now", start_date=today - dt.timedelta(days=30)))
    mentor, mentee = person("Ana", "mentor"), person("Carla", "mentee")
    Participant.update(capacity=2).where(Participant.id.in_([mentor, mentee])).execute()
    for cycle_id, first in ((future, today + dt.timedelta(days=30)), (running, today)):
        pair = create_pair(cycle_id, mentor, mentee, repeat=True)  # the same two on purpose
        activate_pair(pair)
        m.schedule_series(cycle_id)
        assert days(cycle_id, pair)[0] == first


# ---------------------------------------------------------------- single meetings


def test_create_validates_every_field(cycle, pairs):
    with pytest.raises(ValidationError) as error:
        m.create_meeting(MeetingData(pair_id=9999, starts_at=at(START), duration_minutes=0,
                                     mode="fax"))  # fmt: skip
    assert set(error.value.errors) == {"pair_id", "duration_minutes", "mode"}
    meeting = m.create_meeting(MeetingData(pairs[2], at(START), 45, "phone", " Room 4 ", "Intro"))
    row = m.get_meeting(meeting)
    assert (row.mentor_name, row.mentee_name, row.location, row.mode) == (
        "Ana", "Eva", "Room 4", "phone")  # fmt: skip
    end_pair_early(pairs[2], "No time.", ended_on=START)
    with pytest.raises(ValidationError, match="ended early"):
        m.create_meeting(MeetingData(pairs[2], at(START)))
    m.update_meeting(meeting, MeetingData(pairs[2], at(START), 45, "phone", agenda="Notes kept"))
    assert m.get_meeting(meeting).agenda == "Notes kept"


def test_transitions_and_refusals(cycle, pairs):
    # The cycle runs past today, so meetings can be planned ahead.
    longer = dt.date.today() + dt.timedelta(days=30)
    update_cycle(cycle, CycleData(name="C", start_date=START, end_date=longer))
    past = m.create_meeting(MeetingData(pairs[0], at(START)))
    future = m.create_meeting(MeetingData(pairs[0], at(dt.date.today() + dt.timedelta(days=3))))
    with pytest.raises(RuleError, match="not happened yet"):
        m.mark_held(future)
    with pytest.raises(RuleError, match="not happened yet"):
        m.mark_missed(future)
    with pytest.raises(ValidationError):
        m.mark_cancelled(future, "janitor")
    m.mark_cancelled(future, "mentee")
    assert (m.get_meeting(future).status, m.get_meeting(future).cancelled_by) == (
        "cancelled", "mentee")  # fmt: skip
    later = at(dt.date.today() + dt.timedelta(days=5), 14)
    m.reschedule(future, later)
    assert m.get_meeting(future).starts_at == later
    assert (m.get_meeting(future).status, m.get_meeting(future).cancelled_by) == ("planned", "")
    m.mark_missed(past)
    m.mark_held(past)
    assert m.get_meeting(past).status == "held"
    for refused in (
        lambda: m.reschedule(past, later),
        lambda: m.mark_cancelled(past, "mentor"),
        lambda: m.mark_missed(past),
        lambda: m.delete_meeting(past),
        lambda: m.update_meeting(past, MeetingData(pairs[0], later)),
    ):
        with pytest.raises(RuleError, match="was held"):
            refused()
    m.update_meeting(past, MeetingData(pairs[0], at(START), notes="Great talk"))
    assert m.get_meeting(past).notes == "Great talk"
    m.delete_meeting(future)
    with pytest.raises(RuleError, match="No meeting"):
        m.get_meeting(future)


def test_listing_filters_and_day_counts(cycle, pairs):
    m.schedule_series(cycle, first=START)
    m.create_meeting(MeetingData(pairs[2], at(START, 15)))
    m.mark_cancelled(m.list_meetings(cycle, pair_id=pairs[1])[0].id, "coordinator")
    march = m.list_meetings(cycle, start=START, end=dt.date(2026, 4, 1))
    assert [r.starts_at for r in march] == sorted(r.starts_at for r in march)
    assert len(march) == 7
    ana = Participant.get(Participant.full_name == "Ana").id
    assert {r.pair_id for r in m.list_meetings(cycle, participant_id=ana)} == {pairs[0], pairs[2]}
    counts = m.day_counts(cycle, START, dt.date(2026, 4, 1))
    assert counts[START] == {"planned": 2, "cancelled": 1}
    assert counts[dt.date(2026, 3, 16)] == {"planned": 2}
    assert dt.date(2026, 3, 3) not in counts
    assert m.day_counts(cycle, START, START + dt.timedelta(days=1), pair_id=pairs[1]) == {
        START: {"cancelled": 1}
    }
    assert m.day_counts(cycle, START, END, participant_id=ana)[START] == {"planned": 2}


# ---------------------------------------------------------------- overlaps


def test_overlaps_per_person_ignoring_cancelled(cycle, pairs):
    a = m.create_meeting(MeetingData(pairs[0], at(START, 10), 60))
    b = m.create_meeting(MeetingData(pairs[2], at(START, 10, 30), 60))  # Ana again
    m.create_meeting(MeetingData(pairs[2], at(START, 11, 30), 30))  # touches b's end: fine
    c = m.create_meeting(MeetingData(pairs[1], at(START, 10), 60))  # other people
    found = m.overlaps(cycle)
    assert [(o.name, o.first.id, o.second.id) for o in found] == [("Ana", a, b)]
    m.mark_cancelled(b, "mentor")
    assert m.overlaps(cycle) == []
    m.create_meeting(MeetingData(pairs[1], at(START, 9), 240))  # Bruno, contains c
    assert [(o.name, o.second.id) for o in m.overlaps(cycle)] == [("Bruno", c), ("Dora", c)]
    assert m.overlaps(cycle, start=START + dt.timedelta(days=1)) == []


# ---------------------------------------------------------------- attention

TODAY = dt.date(2026, 4, 10)


def kinds(cycle: int, **kwargs) -> list[tuple[int, str, str, int | None]]:
    return [(i.pair_id, i.kind, i.detail, i.meeting_id)
            for i in m.attention(cycle, today=TODAY, **kwargs)]  # fmt: skip


def test_attention_rules(cycle, pairs):
    ana_carla, bruno_dora, _proposed = pairs
    # Ana–Carla: held early, then two cancellations, one planned ahead.
    held = m.create_meeting(MeetingData(ana_carla, at(dt.date(2026, 3, 2))))
    m.mark_held(held)
    for day, by in ((dt.date(2026, 3, 16), "mentor"), (dt.date(2026, 3, 30), "mentee")):
        m.mark_cancelled(m.create_meeting(MeetingData(ana_carla, at(day))), by)
    m.create_meeting(MeetingData(ana_carla, at(dt.date(2026, 4, 13))))
    # Bruno–Dora: held recently, one past meeting left planned, nothing ahead.
    m.mark_held(m.create_meeting(MeetingData(bruno_dora, at(dt.date(2026, 3, 30)))))
    overdue = m.create_meeting(MeetingData(bruno_dora, at(dt.date(2026, 4, 6))))
    m.create_meeting(MeetingData(_proposed, at(dt.date(2026, 3, 3))))  # proposed: ignored
    # Most severe first: cancellations (high), overdue and quiet (medium), no next (low).
    assert kinds(cycle) == [
        (ana_carla, "cancellations", "2 cancellations in a row (the last by the mentee).", None),
        (bruno_dora, "overdue", "The meeting on 2026-04-06 is still marked planned.", overdue),
        (ana_carla, "quiet", "No meeting held for 39 days.", None),
        (bruno_dora, "no_next",
         "No next meeting planned, and one is due before the cycle ends.", None),
    ]  # fmt: skip
    assert [i.severity for i in m.attention(cycle, today=TODAY)] == [
        "high", "medium", "medium", "low"]  # fmt: skip
    # The day stays a date, so the window and documents write it the reader's way.
    late = next(i for i in m.attention(cycle, today=TODAY) if i.kind == "overdue")
    assert late.detail.values["day"] == dt.date(2026, 4, 6)
    assert [k for _, k, _, _ in kinds(cycle, quiet_days=40)] == [
        "cancellations", "overdue", "no_next"]  # fmt: skip
    # A held meeting after the cancellations breaks the run.
    m.mark_held(m.create_meeting(MeetingData(ana_carla, at(dt.date(2026, 4, 8)))))
    assert [k for p, k, _, _ in kinds(cycle) if p == ana_carla] == []


def test_attention_quiet_counts_from_the_start_when_nothing_was_held(cycle, pairs):
    assert m.attention(cycle, today=START + dt.timedelta(days=30)) == [
        item for item in m.attention(cycle, today=START + dt.timedelta(days=30))
        if item.kind == "no_next"
    ]  # fmt: skip
    quiet = [
        i for i in m.attention(cycle, today=START + dt.timedelta(days=31)) if i.kind == "quiet"
    ]
    assert [i.detail for i in quiet] == ["No meeting held for 31 days."] * 2
    # After the cycle's end nobody is asked to plan a next meeting.
    assert all(i.kind != "no_next" for i in m.attention(cycle, today=END + dt.timedelta(days=1)))


def test_no_next_meeting_only_when_one_would_be_due_before_the_cycle_ends(cycle, pairs):
    ana_carla, bruno_dora, _ = pairs
    # Both held a meeting on 13 April; the cycle ends 27 April, the interval is 14 days.
    for pair in (ana_carla, bruno_dora):
        m.mark_held(m.create_meeting(MeetingData(pair, at(dt.date(2026, 4, 13)))))
    no_next = [(i.pair_id, i.kind) for i in m.attention(cycle, today=dt.date(2026, 4, 20))]
    assert no_next == [(ana_carla, "no_next"), (bruno_dora, "no_next")]  # due on the 27th
    # Two days before the end, a meeting after the 13th: the next falls after the end.
    m.mark_held(m.create_meeting(MeetingData(ana_carla, at(dt.date(2026, 4, 14)))))
    assert [i.pair_id for i in m.attention(cycle, today=dt.date(2026, 4, 25))] == [bruno_dora]
    # Due before the end but missed: still raised however close the end is.
    assert [i.pair_id for i in m.attention(cycle, today=END)] == [bruno_dora]


def test_an_acknowledged_item_leaves_the_list_until_its_day(cycle, pairs):
    ana_carla, bruno_dora, _ = pairs
    overdue = m.create_meeting(MeetingData(bruno_dora, at(dt.date(2026, 4, 6))))
    for by in ("mentor", "mentee"):
        m.mark_cancelled(m.create_meeting(MeetingData(ana_carla, at(dt.date(2026, 3, 16)))), by)
    items = m.attention(cycle, today=TODAY)
    assert m.pairs_needing_attention(items) == 2
    m.acknowledge(ana_carla, "cancellations", dt.date(2026, 4, 20), " Mentor on leave ",
                  today=TODAY)  # fmt: skip
    m.acknowledge(bruno_dora, "overdue", dt.date(2026, 4, 12), meeting_id=overdue, today=TODAY)
    assert [(i.pair_id, i.kind) for i in m.attention(cycle, today=TODAY)
            if i.severity != "low"] == [(ana_carla, "quiet"), (bruno_dora, "quiet")]  # fmt: skip
    kept = [i for i in m.attention(cycle, today=TODAY, include_acknowledged=True)
            if i.acknowledged is not None]  # fmt: skip
    assert [(i.kind, i.acknowledged.until, i.acknowledged.note) for i in kept] == [
        ("cancellations", dt.date(2026, 4, 20), "Mentor on leave"),
        ("overdue", dt.date(2026, 4, 12), ""),
    ]
    # The overdue meeting comes back the day after; the cancellations on the 21st.
    later = m.attention(cycle, today=dt.date(2026, 4, 13))
    assert ("overdue", overdue) in [(i.kind, i.meeting_id) for i in later]
    assert "cancellations" not in [i.kind for i in later]
    m.withdraw(ana_carla, "cancellations")
    assert "cancellations" in [i.kind for i in m.attention(cycle, today=TODAY)]
    # Quiet pairs are acknowledged too; then only the low items are left: nobody counted.
    for pair in (ana_carla, bruno_dora):
        m.acknowledge(pair, "quiet", TODAY, today=TODAY)
        m.acknowledge(pair, "cancellations", TODAY, today=TODAY)
    m.acknowledge(bruno_dora, "overdue", TODAY, meeting_id=overdue, today=TODAY)
    assert m.pairs_needing_attention(m.attention(cycle, today=TODAY)) == 0


def test_acknowledging_refuses_a_past_day_and_a_meeting_of_another_pair(cycle, pairs):
    ana_carla, bruno_dora, _ = pairs
    other = m.create_meeting(MeetingData(bruno_dora, at(dt.date(2026, 4, 6))))
    with pytest.raises(ValidationError) as error:
        m.acknowledge(ana_carla, "quiet", TODAY - dt.timedelta(days=1), today=TODAY)
    assert set(error.value.errors) == {"until"}
    with pytest.raises(RuleError):
        m.acknowledge(ana_carla, "overdue", TODAY, meeting_id=other, today=TODAY)
    with pytest.raises(RuleError):
        m.acknowledge(ana_carla, "sleepy", TODAY, today=TODAY)
    assert m.attention(cycle, today=TODAY, include_acknowledged=True) == m.attention(
        cycle, today=TODAY
    )


# ---------------------------------------------------------------- milestones


def test_milestones_are_editable_within_the_cycle(cycle):
    rows = milestone_rows(cycle)
    assert [r.title for r in rows] == ["Kickoff", "Midpoint review", "Closing"]
    update_milestone(rows[1].id, " Mid-cycle lunch ", dt.date(2026, 3, 20))
    assert milestones(cycle)[1] == ("Mid-cycle lunch", dt.date(2026, 3, 20))
    with pytest.raises(ValidationError) as error:
        update_milestone(rows[0].id, " ", END + dt.timedelta(days=1))
    assert set(error.value.errors) == {"title", "date"}
    with pytest.raises(RuleError):
        update_milestone(9999, "X", START)
    # A renamed milestone stays put when the cycle's dates change.
    update_cycle(cycle, CycleData(name="C", start_date=START, end_date=dt.date(2026, 6, 1)))
    assert ("Mid-cycle lunch", dt.date(2026, 3, 20)) in milestones(cycle)
    assert ("Closing", dt.date(2026, 6, 1)) in milestones(cycle)


# ---------------------------------------------------------------- a pair ends


def test_ending_a_pair_removes_its_planned_meetings_after_the_end_only(cycle, pairs):
    m.schedule_series(cycle, pair_ids=[pairs[0], pairs[1]], first=START, at=dt.time(10))
    first = m.list_meetings(cycle, pair_id=pairs[0])
    m.mark_held(first[0].id)
    m.mark_cancelled(first[1].id, "mentor")
    end_on = first[1].starts_at.date()
    end_pair_early(pairs[0], "Moved away.", ended_on=end_on)
    kept = [(r.starts_at.date(), r.status) for r in m.list_meetings(cycle, pair_id=pairs[0])]
    # Held and cancelled history stays; every later planned meeting is gone.
    assert kept == [(first[0].starts_at.date(), "held"), (end_on, "cancelled")]
    assert len(m.list_meetings(cycle, pair_id=pairs[1])) == len(
        first
    )  # the other pair keeps its series


def test_a_pair_cannot_end_before_a_meeting_it_held(cycle, pairs):
    m.schedule_series(cycle, pair_ids=[pairs[0]], first=START, at=dt.time(10))
    meetings = m.list_meetings(cycle, pair_id=pairs[0])
    m.mark_held(meetings[2].id)
    held_on = meetings[2].starts_at.date()
    with pytest.raises(ValidationError, match=f"held a meeting on {held_on}"):
        end_pair_early(pairs[0], "Moved away.", ended_on=held_on - dt.timedelta(days=1))
    assert len(m.list_meetings(cycle, pair_id=pairs[0])) == len(meetings)  # nothing removed
    end_pair_early(pairs[0], "Moved away.", ended_on=held_on)  # the day of the meeting is fine


def test_a_series_fills_only_slots_nobody_meets_near(cycle, pairs):
    m.schedule_series(cycle, pair_ids=[pairs[0]], first=START)  # every 14 days
    rows = m.list_meetings(cycle, pair_id=pairs[0])
    m.reschedule(rows[1].id, at(rows[1].starts_at.date() + dt.timedelta(days=6), 9))
    m.delete_meeting(rows[3].id)
    again = m.schedule_series(cycle, pair_ids=[pairs[0]], first=START)
    # Six days is within half the cadence: that slot stays taken; the deleted one returns.
    assert (again.created, again.existing) == (1, len(rows) - 1)
    assert rows[3].starts_at.date() in days(cycle, pairs[0])
    assert rows[1].starts_at.date() not in days(cycle, pairs[0])
