"""The final assessment's "would take part again": asked on the form, kept, and shown in
the participant's profile beside the pairing."""

from __future__ import annotations

import datetime as dt

import pytest

from PySide6.QtCore import Qt

from rmdesk.programme import assessments
from rmdesk.programme.assessments import AssessmentData
from rmdesk.programme.validation import ValidationError
from rmdesk.store.models import Assessment
from rmdesk.ui.participants.history import pairings_html

from .test_assessment_dialog import carla, open_form
from .test_goals_tab import Programme, build_programme


@pytest.fixture
def programme(db) -> Programme:
    return build_programme()


def test_only_the_final_assessment_asks_and_the_answer_is_kept(qtbot, programme, confirm):
    dialog = open_form(qtbot, programme, pair_id=programme.first, participant_id=carla(),
                       phase="baseline")  # fmt: skip
    assert not dialog.again_combo.isVisible()
    dialog.phase_combo.setCurrentIndex(dialog.phase_combo.findData("final"))
    assert dialog.again_combo.isVisible()
    assert [dialog.again_combo.itemText(i) for i in range(dialog.again_combo.count())] == [
        "Not answered", "Yes", "Maybe", "No",
    ]  # fmt: skip
    qtbot.mouseClick(dialog.satisfaction.group.button(4), Qt.MouseButton.LeftButton)
    dialog.again_combo.setCurrentIndex(dialog.again_combo.findData("maybe"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert confirm == ["5 of 6 not answered. Save what is filled in?"]  # no scores yet
    saved = assessments.get_assessment(programme.first, carla(), "final")
    assert saved is not None and saved.take_part_again == "maybe"
    stored = Assessment.get((Assessment.participant == carla()) & (Assessment.phase == "final"))
    assert stored.take_part_again == "maybe"
    assert assessments.take_part_again_of(carla()) == {programme.first: "maybe"}

    again = open_form(qtbot, programme, pair_id=programme.first, participant_id=carla(),
                      phase="final")  # fmt: skip
    assert again.again_combo.currentData() == "maybe"


@pytest.mark.parametrize(
    ("phase", "answer", "words"),
    [("midpoint", "yes", "Only the final assessment"), ("final", "perhaps", "yes, maybe or no")],
)
def test_an_answer_off_the_final_or_off_the_list_is_refused(programme, phase, answer, words):
    data = AssessmentData(programme.first, carla(), phase, dt.date(2026, 6, 1), {}, 3, "",
                          answer)  # fmt: skip
    with pytest.raises(ValidationError) as caught:
        assessments.save_assessment(data)
    assert words in caught.value.errors["take_part_again"]
    assert Assessment.select().count() == 0


def test_the_profile_shows_the_answer_beside_the_pairing(qtbot, programme):
    from rmdesk.programme.pairings import pairings_of
    from rmdesk.store.models import Pair

    Pair.update(status="completed", ended_on=dt.date(2026, 9, 1)).where(
        Pair.id == programme.first
    ).execute()
    assessments.save_assessment(
        AssessmentData(programme.first, carla(), "final", dt.date(2026, 9, 1), {}, 5, "", "yes")
    )
    text = pairings_html(carla(), pairings_of(carla()), assessments.take_part_again_of(carla()))
    assert "mentee of Ana Mentor" in text and "would take part again: Yes" in text


def test_the_end_of_cycle_report_counts_the_answers(programme):
    from rmdesk.documents.report_data import report_data
    from rmdesk.store.models import Pair

    day = dt.date(2026, 9, 1)
    people = [
        (pair.id, person)
        for pair in Pair.select().where(Pair.cycle == programme.cycle)
        for person in (pair.mentor_id, pair.mentee_id)
    ]
    answers = ["yes", "yes", "no", None]  # the last did not answer
    for (pair_id, person), answer in zip(people, answers, strict=False):
        assessments.save_assessment(AssessmentData(pair_id, person, "final", day, {}, 4, "",
                                                   answer))  # fmt: skip
    counted = assessments.take_part_again_counts(programme.cycle)
    assert (counted.yes, counted.maybe, counted.no, counted.answered) == (2, 0, 1, 3)
    assert report_data(programme.cycle).take_part_again == counted
    assert report_data(programme.cycle, anonymised=True).take_part_again == counted


def test_rmdesk_check_names_an_answer_on_a_baseline_assessment(programme):
    from rmdesk.programme.consistency import check_open_database

    assessments.save_assessment(
        AssessmentData(programme.first, carla(), "baseline", dt.date(2026, 2, 1), {}, 4)
    )
    assert check_open_database() == []
    Assessment.update(take_part_again="yes").execute()  # as a hand-edited file could hold
    [problem] = check_open_database()
    assert (problem.table, problem.column) == ("assessment", "take_part_again")
    assert "Only the final assessment" in problem.text
