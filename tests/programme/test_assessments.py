"""Self-assessments: dimensions (editable, names kept on old scores), upsert per phase,
validation, and which assessments are due or missing."""

from __future__ import annotations

import datetime as dt

import pytest

from rmdesk.programme import assessments as a
from rmdesk.programme.assessments import AssessmentData
from rmdesk.programme.cycles import CycleData, create_cycle
from rmdesk.programme.pairs import activate_pair, complete_pair, create_pair, end_pair_early
from rmdesk.programme.validation import RuleError, ValidationError
from rmdesk.store.models import Assessment, AssessmentScore
from tests.builders import person

START = dt.date(2026, 3, 2)
END = dt.date(2026, 11, 30)
MIDDLE = dt.date(2026, 7, 16)  # start + (end - start) // 2


@pytest.fixture
def cycle(db) -> int:
    return create_cycle(CycleData(name="C", start_date=START, end_date=END))


@pytest.fixture
def people(cycle) -> dict[str, int]:
    roles = (("Ana", "mentor"), ("Carla", "mentee"), ("Bruno", "mentor"), ("Dora", "mentee"))
    ids = {name: person(name, role) for name, role in roles}
    ids["pair"] = create_pair(cycle, ids["Ana"], ids["Carla"])
    activate_pair(ids["pair"], started_on=START)
    return ids


def test_seeded_dimensions_per_role(db):
    assert [d.name for d in a.dimensions("mentee")] == [
        "Digital fluency",
        "Understanding of younger colleagues",
        "Inclusive leadership",
        "Openness to challenge",
        "My junior colleague's views changed something I do",  # candour (issue 15)
    ]
    assert [d.name for d in a.dimensions("mentor")] == [
        "Confidence with senior leaders",
        "Communication",
        "Understanding of the business",
        "Voice in the organisation",
        "I felt able to speak honestly with my senior colleague",
    ]
    assert [d.position for d in a.dimensions("mentor")] == [1, 2, 3, 4, 5]
    with pytest.raises(ValidationError):
        a.dimensions("coordinator")


def test_save_and_read_back(people):
    pair, carla = people["pair"], people["Carla"]
    data = AssessmentData(
        pair, carla, "baseline", START, {"Openness to challenge": 4, "Digital fluency": 2}, None,
        "  Keen to start  ",
    )  # fmt: skip
    first = a.save_assessment(data)
    saved = a.get_assessment(pair, carla, "baseline")
    assert saved == data._replace(
        comment="Keen to start", scores={"Digital fluency": 2, "Openness to challenge": 4}
    )
    assert list(saved.scores) == ["Digital fluency", "Openness to challenge"]  # list order
    assert a.get_assessment(pair, carla, "final") is None

    # Saving the same phase again replaces it, scores included.
    again = AssessmentData(pair, carla, "baseline", START + dt.timedelta(days=2),
                           {"Inclusive leadership": 5}, 3, "")  # fmt: skip
    assert a.save_assessment(again) == first
    assert a.get_assessment(pair, carla, "baseline") == again
    assert Assessment.select().count() == 1
    assert AssessmentScore.select().count() == 1


def test_invalid_assessments_change_nothing(people):
    pair, carla, dora = people["pair"], people["Carla"], people["Dora"]
    a.save_assessment(AssessmentData(pair, carla, "baseline", START, {"Digital fluency": 3}))
    with pytest.raises(ValidationError) as caught:
        a.save_assessment(
            AssessmentData(pair, carla, "baseline", START,
                           {"Digital fluency": 6, "Inclusive leadership": 0}, 9)
        )  # fmt: skip
    assert set(caught.value.errors) == {"scores", "satisfaction"}
    assert "Digital fluency (6)" in caught.value.errors["scores"]
    with pytest.raises(ValidationError, match="Not a mentee dimension: Communication"):
        a.save_assessment(AssessmentData(pair, carla, "baseline", START, {"Communication": 3}))
    with pytest.raises(ValidationError) as caught:
        a.save_assessment(AssessmentData(pair, dora, "later", START, {}))
    assert set(caught.value.errors) == {"participant_id", "phase"}
    with pytest.raises(RuleError, match="No pair"):
        a.save_assessment(AssessmentData(999, carla, "baseline", START, {}))
    assert a.get_assessment(pair, carla, "baseline").scores == {"Digital fluency": 3}


def test_editing_dimensions_keeps_old_scores(people):
    pair, ana = people["pair"], people["Ana"]
    a.save_assessment(AssessmentData(pair, ana, "baseline", START, {"Communication": 2}))
    a.set_dimensions("mentor", ["  Voice in the organisation ", "Storytelling", "Communication"])
    assert [(d.name, d.position) for d in a.dimensions("mentor")] == [
        ("Voice in the organisation", 1), ("Storytelling", 2), ("Communication", 3),
    ]  # fmt: skip
    a.set_dimensions("mentor", ["Storytelling"])
    # The old score keeps its (now unlisted) name and is still read back.
    assert a.get_assessment(pair, ana, "baseline").scores == {"Communication": 2}
    with pytest.raises(ValidationError, match="Not a mentor dimension: Communication"):
        a.save_assessment(AssessmentData(pair, ana, "final", END, {"Communication": 4}))
    for bad in ([], ["A", "a"], ["Fine", "  "]):
        with pytest.raises(ValidationError):
            a.set_dimensions("mentor", bad)
    assert [d.name for d in a.dimensions("mentor")] == ["Storytelling"]
    assert len(a.dimensions("mentee")) == 5  # the other role is untouched


def test_assessment_status_due_done_and_overdue(cycle, people):
    carla, ana = people["Carla"], people["Ana"]
    late_start = dt.date(2026, 4, 1)
    second = create_pair(cycle, people["Bruno"], people["Dora"])
    activate_pair(second, started_on=late_start)
    proposed = create_pair(cycle, person("Eli", "mentor"), person("Fay", "mentee"))
    assert proposed  # proposed pairs owe nothing yet
    a.save_assessment(AssessmentData(people["pair"], carla, "baseline", START, {}))
    a.save_assessment(AssessmentData(people["pair"], ana, "midpoint", MIDDLE, {}))

    rows = a.assessment_status(cycle, today=dt.date(2026, 8, 1))
    assert len(rows) == 12  # two active pairs x two people x three phases
    first = [r for r in rows if r.pair_id == people["pair"]]
    # mentee first, phases in order
    assert [(r.participant_name, r.role, r.phase, r.due_on, r.done, r.overdue) for r in first] == [
        ("Carla", "mentee", "baseline", START, True, False),
        ("Carla", "mentee", "midpoint", MIDDLE, False, True),
        ("Carla", "mentee", "final", END, False, False),
        ("Ana", "mentor", "baseline", START, False, True),
        ("Ana", "mentor", "midpoint", MIDDLE, True, False),
        ("Ana", "mentor", "final", END, False, False),
    ]
    bruno_baseline = next(r for r in rows if r.pair_id == second and r.phase == "baseline")
    assert bruno_baseline.due_on == late_start  # the pair's own start
    # Pairs in mentor-name order: Ana's before Bruno's.
    assert [r.pair_id for r in rows][::6] == [people["pair"], second]

    end_pair_early(second, "Moved away", ended_on=dt.date(2026, 5, 1))
    complete_pair(people["pair"], ended_on=END)
    rows = a.assessment_status(cycle, today=dt.date(2026, 12, 15))
    assert [r.phase for r in rows if r.pair_id == second] == ["baseline", "baseline"]
    assert sum(r.overdue for r in rows if r.pair_id == people["pair"]) == 4
    assert a.assessment_status(create_cycle(CycleData(name="Empty", start_date=START))) == []
    with pytest.raises(RuleError):
        a.assessment_status(999)


def test_both_roles_dimensions_are_saved_all_or_none_naming_the_role(db):
    mentors = [d.name for d in a.dimensions("mentor")]
    with pytest.raises(ValidationError) as caught:
        a.set_all_dimensions({"mentor": ["Storytelling"], "mentee": ["Same", "same"]})
    assert list(caught.value.errors) == ["mentee"]
    assert "twice" in caught.value.errors["mentee"]
    assert [d.name for d in a.dimensions("mentor")] == mentors  # rolled back with it
    a.set_all_dimensions({"mentor": ["Storytelling"], "mentee": ["Openness"]})
    assert [d.name for d in a.dimensions("mentor")] == ["Storytelling"]
    assert [d.name for d in a.dimensions("mentee")] == ["Openness"]
