"""Outcome statistics against values worked out by hand on a small programme, and the
edge cases: no pairs, nobody assessed, only baselines, every goal dropped."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from rmdesk.programme import goals as g
from rmdesk.programme.assessments import AssessmentData, save_assessment, set_dimensions
from rmdesk.programme.checkins import record_fit
from rmdesk.programme.cycles import CycleData, create_cycle
from rmdesk.programme.goals import GoalData
from rmdesk.programme.outcomes import (
    DimensionStats,
    GoalStats,
    MeetingStats,
    PairStats,
    SatisfactionStats,
    cycle_outcomes,
    outcomes_as_dict,
)
from rmdesk.programme.pairs import activate_pair, complete_pair, create_pair, end_pair_early
from rmdesk.programme.validation import RuleError
from rmdesk.store.models import Meeting, Topic
from tests.builders import person

START = dt.date(2026, 3, 2)
END = dt.date(2026, 11, 30)
MENTEE_DIMENSIONS = (
    "Digital fluency",
    "Understanding of younger colleagues",
    "Inclusive leadership",
    "Openness to challenge",
)


def meetings(pair_id: int, **statuses: int) -> None:
    day = dt.datetime(2026, 3, 3, 10)
    for status, n in statuses.items():
        for _ in range(n):
            day += dt.timedelta(days=7)
            Meeting.create(pair=pair_id, starts_at=day, status=status,
                           cancelled_by="mentee" if status == "cancelled" else "")  # fmt: skip


@pytest.fixture
def cycle(db) -> int:
    return create_cycle(CycleData(name="Small", start_date=START, end_date=END))


@pytest.fixture
def programme(cycle) -> dict[str, int]:
    """Five pairs: P1 completed, P2 active, P3 and P4 ended early, P5 proposed; goals,
    assessments and fit answers as in the comments of the tests below."""
    ids = {name: person(name, role) for name, role in (
        ("Ana", "mentor"), ("Bruno", "mentor"), ("Cai", "mentor"), ("Dan", "mentor"),
        ("Eli", "mentor"), ("Carla", "mentee"), ("Dora", "mentee"), ("Eva", "mentee"),
        ("Fay", "mentee"), ("Gia", "mentee"),
    )}  # fmt: skip
    p1 = create_pair(cycle, ids["Ana"], ids["Carla"])
    p2 = create_pair(cycle, ids["Bruno"], ids["Dora"])
    p3 = create_pair(cycle, ids["Cai"], ids["Eva"])
    p4 = create_pair(cycle, ids["Dan"], ids["Fay"])
    p5 = create_pair(cycle, ids["Eli"], ids["Gia"])
    for pair_id in (p1, p2, p3, p4):
        activate_pair(pair_id, started_on=START)
    meetings(p1, held=3, missed=1)
    meetings(p2, held=1, cancelled=2, planned=1)
    meetings(p3, held=1)
    meetings(p5, planned=1)

    social = Topic.get(Topic.name == "Social media").id
    innovation = Topic.get(Topic.name == "Innovation").id
    april = dt.date(2026, 4, 1)
    g1 = g.create_goal(p1, GoalData("mentee", "G1", social))
    g.mark_achieved(g1, on=april)
    g2 = g.create_goal(p1, GoalData("mentee", "G2", social))
    g.record_progress(g2, 50, on=april)
    g3 = g.create_goal(p1, GoalData("mentee", "G3"))
    g.record_progress(g3, 20, on=april)
    g.update_goal(g3, GoalData("mentee", "G3", status="dropped"))
    g4 = g.create_goal(p1, GoalData("mentor", "G4", innovation))
    g.record_progress(g4, 40, on=april)
    g.create_goal(p2, GoalData("mentee", "G5", innovation))
    g6 = g.create_goal(p2, GoalData("mentor", "G6"))
    g.mark_achieved(g6, on=april)
    g.create_goal(p5, GoalData("mentee", "G7", social))

    def assess(pair_id: int, who: str, phase: str, scores: dict[str, int], sat=None) -> None:
        save_assessment(AssessmentData(pair_id, ids[who], phase, START, scores, sat))

    assess(p1, "Carla", "baseline", {"Digital fluency": 2, "Inclusive leadership": 3})
    assess(p1, "Carla", "midpoint", {}, 3)
    assess(p1, "Carla", "final", {"Digital fluency": 4, "Inclusive leadership": 3}, 5)
    assess(p2, "Dora", "baseline", {"Digital fluency": 3})
    assess(p2, "Dora", "midpoint", {}, 4)
    assess(p3, "Eva", "baseline", {"Digital fluency": 1}, 2)
    assess(p1, "Ana", "baseline", {"Communication": 2})
    assess(p1, "Ana", "final", {"Communication": 3, "Voice in the organisation": 5}, 4)
    assess(p2, "Bruno", "final", {"Communication": 4})

    record_fit(p1, ids["Carla"], "good_fit", on=dt.date(2026, 3, 20))
    record_fit(p1, ids["Ana"], "good_fit", on=dt.date(2026, 3, 20))
    record_fit(p2, ids["Dora"], "not_a_good_fit", on=dt.date(2026, 3, 20))
    record_fit(p3, ids["Eva"], "still_deciding", on=dt.date(2026, 3, 20))

    complete_pair(p1, ended_on=END)
    end_pair_early(p3, "Moved away", ended_on=dt.date(2026, 5, 1))
    end_pair_early(p4, "Workload", ended_on=dt.date(2026, 4, 1))
    return {"cycle": cycle, "p1": p1, "p2": p2, "p3": p3, "p4": p4, "p5": p5, **ids}


def test_pairs_people_and_meetings(programme):
    o = cycle_outcomes(programme["cycle"])
    assert (o.cycle_name, o.start_date, o.end_date) == ("Small", START, END)
    # Formed = P1-P4 (Eli and Gia's pair never started).
    assert (o.participants, o.mentors, o.mentees) == (8, 4, 4)
    assert o.pairs == PairStats(
        formed=4, active=1, completed=1, ended_early=2, proposed=1,
        end_reasons=(("Moved away", 1), ("Workload", 1)), retention_rate=0.5,
    )  # fmt: skip
    # 10 meetings: held 3+1+1, missed 1, cancelled 2, planned 1+1; attendance 5 / (5 + 1).
    assert o.meetings == MeetingStats(10, 5, 2, 2, 1, pytest.approx(5 / 6))


def test_goal_statistics(programme):
    o = cycle_outcomes(programme["cycle"])
    # 7 goals; G7 is the proposed pair's draft (not counted), G3 dropped: set 5, achieved
    # G1 and G6, progress 100+50+40+0+100 = 290.
    assert o.goals_total == GoalStats("All goals", 5, 2, 1, pytest.approx(290 / 5),
                                      pytest.approx(2 / 5))  # fmt: skip
    assert o.goals_by_owner == (
        # G1 100, G2 50, G5 0 (G3 dropped)
        GoalStats("Mentee (senior)", 3, 1, 1, 50.0, pytest.approx(1 / 3)),
        # G4 40, G6 100
        GoalStats("Mentor (junior)", 2, 1, 0, 70.0, 0.5),
    )
    assert o.goals_by_topic == (  # by goals set, then by name
        GoalStats("Innovation", 2, 0, 0, 20.0, 0.0),  # G4, G5
        GoalStats("Social media", 2, 1, 0, 75.0, 0.5),  # G1, G2
        GoalStats("No topic", 1, 1, 1, 100.0, 1.0),  # G6 (and G3 dropped), last
    )


def test_dimension_satisfaction_and_fit_statistics(programme):
    o = cycle_outcomes(programme["cycle"])
    dims = {(d.role, d.dimension): d for d in o.dimensions}
    assert [d.dimension for d in o.dimensions[:4]] == list(MENTEE_DIMENSIONS)
    assert [d.role for d in o.dimensions] == ["mentee"] * 4 + ["mentor"] * 4
    # Baselines 2 (Carla), 3 (Dora), 1 (Eva); one final (Carla, 4): change 4 - 2 over 1.
    assert dims[("mentee", "Digital fluency")] == DimensionStats(
        "mentee", "Digital fluency", 3, 2.0, 1, 4.0, 1, 2.0
    )
    assert dims[("mentee", "Inclusive leadership")] == DimensionStats(
        "mentee", "Inclusive leadership", 1, 3.0, 1, 3.0, 1, 0.0
    )
    assert dims[("mentee", "Openness to challenge")] == DimensionStats(
        "mentee", "Openness to challenge", 0, None, 0, None, 0, None
    )
    # Ana 2 -> 3, Bruno only a final 4: finals mean 3.5, change +1 over Ana alone.
    assert dims[("mentor", "Communication")] == DimensionStats(
        "mentor", "Communication", 1, 2.0, 2, 3.5, 1, 1.0
    )
    assert dims[("mentor", "Voice in the organisation")] == DimensionStats(
        "mentor", "Voice in the organisation", 0, None, 1, 5.0, 0, None
    )
    # Latest answer each: Carla 5 (final, not her midpoint 3), Dora 4 (midpoint), Eva 2
    # (baseline); Ana 4; Bruno never answered.
    assert o.satisfaction == (
        SatisfactionStats("mentee", 3, pytest.approx(11 / 3)),
        SatisfactionStats("mentor", 1, 4.0),
    )
    # Eva's answer counts although her pair ended; Bruno (active, held) was never asked.
    assert o.fit == (("good_fit", 2), ("still_deciding", 1), ("not_a_good_fit", 1),
                     ("not_asked", 1))  # fmt: skip


def test_a_removed_dimension_still_reports_its_scores(programme):
    set_dimensions("mentor", ["Communication", "Storytelling"])
    o = cycle_outcomes(programme["cycle"])
    mentor = [d for d in o.dimensions if d.role == "mentor"]
    assert [d.dimension for d in mentor] == [
        "Communication", "Storytelling", "Voice in the organisation",
    ]  # fmt: skip
    assert mentor[2].n_final == 1


def test_json_is_complete_and_parses_back(programme):
    o = cycle_outcomes(programme["cycle"])
    data = json.loads(json.dumps(outcomes_as_dict(o)))
    assert data["start_date"] == "2026-03-02"
    assert data["pairs"]["end_reasons"] == [
        {"reason": "Moved away", "pairs": 1}, {"reason": "Workload", "pairs": 1},
    ]  # fmt: skip
    assert data["pairs"]["retention_rate"] == 0.5
    assert data["meetings"]["held"] == 5
    assert data["goals_total"]["set"] == 5
    assert [s["label"] for s in data["goals_by_topic"]] == [
        "Innovation", "Social media", "No topic",
    ]  # fmt: skip
    assert data["dimensions"][3]["mean_baseline"] is None
    assert data["satisfaction"][1] == {"role": "mentor", "n": 1, "mean": 4.0}
    assert data["fit"][-1] == {"answer": "not_asked", "people": 1}


def test_a_cycle_with_no_pairs(cycle):
    o = cycle_outcomes(cycle)
    assert (o.participants, o.mentors, o.mentees) == (0, 0, 0)
    assert o.pairs == PairStats(0, 0, 0, 0, 0, (), None)
    assert o.meetings == MeetingStats(0, 0, 0, 0, 0, None)
    assert o.goals_total == GoalStats("All goals", 0, 0, 0, None, None)
    assert [s.set for s in o.goals_by_owner] == [0, 0]
    assert o.goals_by_topic == ()
    assert len(o.dimensions) == 8  # every dimension listed, each with n = 0
    assert all(d.n_baseline == d.n_final == d.n_both == 0 for d in o.dimensions)
    assert all(d.mean_baseline is d.mean_final is d.mean_change is None for d in o.dimensions)
    assert o.satisfaction == (SatisfactionStats("mentee", 0, None),
                              SatisfactionStats("mentor", 0, None))  # fmt: skip
    assert o.fit == (("good_fit", 0), ("still_deciding", 0), ("not_a_good_fit", 0),
                     ("not_asked", 0))  # fmt: skip
    json.dumps(outcomes_as_dict(o))  # nothing un-serialisable in the empty case either
    with pytest.raises(RuleError, match="No cycle"):
        cycle_outcomes(999)


def test_nobody_assessed_only_baselines_and_all_goals_dropped(cycle):
    ana, carla = person("Ana", "mentor"), person("Carla", "mentee")
    pair_id = create_pair(cycle, ana, carla)
    activate_pair(pair_id, started_on=START)
    for title in ("A", "B"):
        g.create_goal(pair_id, GoalData("mentee", title, status="dropped"))
    o = cycle_outcomes(cycle)
    # Every goal dropped: nothing set, so no rate and no average of nothing.
    assert o.goals_total == GoalStats("All goals", 0, 0, 2, None, None)
    assert o.goals_by_topic == (GoalStats("No topic", 0, 0, 2, None, None),)
    assert all(d.n_baseline == 0 and d.mean_baseline is None for d in o.dimensions)
    assert o.meetings.attendance_rate is None
    assert o.fit[-1] == ("not_asked", 0)  # no meeting held: nobody to ask yet

    save_assessment(AssessmentData(pair_id, carla, "baseline", START, {"Digital fluency": 2}, 3))
    o = cycle_outcomes(cycle)
    first = o.dimensions[0]
    assert first == DimensionStats("mentee", "Digital fluency", 1, 2.0, 0, None, 0, None)
    assert o.satisfaction[0] == SatisfactionStats("mentee", 1, 3.0)


def _demo_snapshot() -> list[list[tuple]]:
    from rmdesk.store.models import database_proxy

    tables = ("goal", "goal_update", "fit_check", "assessment", "assessment_score")
    return [database_proxy.execute_sql(f'SELECT * FROM "{t}" ORDER BY id').fetchall()
            for t in tables]  # fmt: skip


def test_demo_outcomes_are_plausible_and_reproducible(cycle):
    from rmdesk.programme.demo_programme import add_demo_outcomes
    from rmdesk.store.models import Assessment, FitCheck, Goal, GoalUpdate

    today = dt.date(2026, 11, 20)  # inside the closing month: finals exist
    pair_ids = []
    for i in range(8):
        pair_id = create_pair(
            cycle, person(f"Mentor {i}", "mentor"), person(f"Mentee {i}", "mentee")
        )
        activate_pair(pair_id, started_on=START)
        meetings(pair_id, held=2)
        pair_ids.append(pair_id)
    add_demo_outcomes(cycle, today=today)

    owners = {(pid, owner) for pid, owner in Goal.select(Goal.pair, Goal.owner).tuples()}
    assert owners == {(pid, owner) for pid in pair_ids for owner in ("mentee", "mentor")}
    for goal in Goal.select():
        history = g.progress_history(goal.id)
        assert all(entry.date <= today for entry in history)
        assert goal.progress == (history[-1].progress if history else 0)  # latest wins
        if goal.status == "achieved":
            assert goal.progress == 100
        assert goal.target_date is None or START <= goal.target_date <= END
    assert GoalUpdate.select().count() > Goal.select().count()
    assert Assessment.select().where(Assessment.date > today).count() == 0
    assert FitCheck.select().count() > 0
    o = cycle_outcomes(cycle)
    assert all(d.n_both > 0 for d in o.dimensions)
    assert sum(d.mean_change for d in o.dimensions) > 0  # the programme changed something

    first = _demo_snapshot()
    for model in (GoalUpdate, Goal, FitCheck, Assessment):
        model.delete().execute()
    add_demo_outcomes(cycle, today=today)
    assert _demo_snapshot() == first


def test_figures_read_the_same_everywhere():
    from rmdesk.programme.figures import change_text, mean_text, percent_text, progress_text

    assert [percent_text(None), percent_text(0.686), percent_text(0.0)] == ["–", "69 %", "0 %"]
    assert [mean_text(None), mean_text(2.214), mean_text(2.25, 1)] == ["–", "2.21", "2.2"]
    assert [change_text(0.79), change_text(-1.2), change_text(-0.001), change_text(0.0)] == [
        "+0.79", "-1.20", "0.00", "0.00",
    ]  # fmt: skip
    assert [change_text(None), change_text(0.04, 1)] == ["–", "0.0"]
    assert [progress_text(None), progress_text(88.6)] == ["–", "89 %"]
