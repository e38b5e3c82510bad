"""Many assessments at once (answers imported from a form): the one-record rules for all,
all or nothing, replaced only when asked."""

from __future__ import annotations

import datetime as dt

import pytest

from rmdesk.programme import assessments as a
from rmdesk.programme.assessments import AssessmentData
from rmdesk.programme.cycles import CycleData, create_cycle
from rmdesk.programme.pairs import activate_pair, create_pair
from rmdesk.programme.validation import RuleError
from rmdesk.store.models import Assessment, AssessmentScore
from tests.builders import person

DAY = dt.date(2026, 3, 2)


@pytest.fixture
def pair(db) -> tuple[int, int, int]:
    cycle = create_cycle(CycleData(name="C", start_date=DAY, end_date=dt.date(2026, 12, 2)))
    mentor, mentee = person("Ana", "mentor"), person("Carla", "mentee")
    pair_id = create_pair(cycle, mentor, mentee)
    activate_pair(pair_id, started_on=DAY)
    return pair_id, mentor, mentee


def test_a_batch_is_saved_whole_with_its_scores(pair):
    pair_id, mentor, mentee = pair
    records = [
        AssessmentData(pair_id, mentor, "baseline", DAY, {"Communication": 2}, 4, " ok "),
        AssessmentData(pair_id, mentee, "baseline", DAY, {"Digital fluency": 5}, None, ""),
    ]
    assert a.batch_problems(records) == {}
    assert a.save_assessments(records) == 2
    saved = a.get_assessment(pair_id, mentor, "baseline")
    assert saved == AssessmentData(pair_id, mentor, "baseline", DAY, {"Communication": 2}, 4,
                                   "ok")  # fmt: skip
    assert AssessmentScore.select().count() == 2


def test_one_bad_record_refuses_the_whole_batch(pair):
    pair_id, mentor, mentee = pair
    outsider = person("Zed", "mentor")
    records = [
        AssessmentData(pair_id, mentor, "midpoint", DAY, {"Communication": 3}),
        AssessmentData(pair_id, mentee, "midpoint", DAY, {"Communication": 3}),  # mentor's
        AssessmentData(pair_id, outsider, "midpoint", DAY, {}),
        AssessmentData(pair_id, mentor, "midpoint", DAY, {"Communication": 9}, 7),
    ]
    problems = a.batch_problems(records)
    assert problems == {
        1: ["Not a mentee dimension: Communication."],
        2: ["That person is not in this pair."],
        3: ["Satisfaction is 1 to 5, not 7.", "Scores are 1 to 5: Communication (9).",
            "The same answers are given twice."],
    }  # fmt: skip
    with pytest.raises(RuleError, match="Nothing was saved"):
        a.save_assessments(records)
    assert Assessment.select().count() == 0


def test_saved_answers_are_replaced_only_when_asked(pair):
    pair_id, mentor, _mentee = pair
    a.save_assessment(AssessmentData(pair_id, mentor, "final", DAY, {"Communication": 1}, 1))
    again = [AssessmentData(pair_id, mentor, "final", DAY, {"Voice in the organisation": 5}, 5)]
    assert a.batch_problems(again) == {0: ["Their final answers are saved already."]}
    with pytest.raises(RuleError):
        a.save_assessments(again)
    a.save_assessments(again, replace=True)
    saved = a.get_assessment(pair_id, mentor, "final")
    assert saved is not None
    assert (saved.scores, saved.satisfaction) == ({"Voice in the organisation": 5}, 5)
    assert Assessment.select().count() == 1 and AssessmentScore.select().count() == 1


def test_respondents_are_found_by_email_in_any_case(pair, db):
    from rmdesk.store.models import Participant

    pair_id, mentor, _mentee = pair
    Participant.update(email="Ana.Mentor@Example.org").where(Participant.id == mentor).execute()
    found = a.respondents_by_email(cycle_of(pair_id))
    assert found["ana.mentor@example.org"] == [a.Respondent(pair_id, mentor, "Ana", "mentor")]


def cycle_of(pair_id: int) -> int:
    from rmdesk.store.models import Pair

    return int(Pair.get_by_id(pair_id).cycle_id)
