"""A hidden tab reads nothing until it is shown: not at start, not when the cycle
changes, not when another programme file is opened; shown, it reads what is there."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from rmdesk.programme import cycles, meetings, pairs
from rmdesk.programme.demo import fill_demo
from rmdesk.store import close_database, open_database
from rmdesk.store.models import Meeting
from rmdesk.ui.main_window import TAB_CALENDAR, TAB_GOALS, TAB_PAIRS, TAB_PARTICIPANTS, MainWindow


def running_cycle(name: str, wanted: int) -> int:
    """A cycle around today with ``wanted`` active pairs of the demo's people."""
    today = dt.date.today()
    cycle_id = cycles.create_cycle(
        cycles.CycleData(name=name, start_date=today - dt.timedelta(days=60))
    )
    mentors, mentees = pairs.unpaired(cycle_id)
    made = 0
    for mentor in mentors:
        for mentee in mentees:
            try:
                pair_id = pairs.create_pair(cycle_id, mentor.id, mentee.id)
            except Exception:  # a rule forbids these two: the next mentee
                continue
            pairs.activate_pair(pair_id, started_on=today - dt.timedelta(days=60))
            made += 1
            break
        if made == wanted:
            break
    assert made == wanted
    return cycle_id


def programme_file(path: Path, cycle_name: str, wanted: int) -> tuple[Path, int]:
    open_database(path)
    fill_demo(participants=30, seed=3)
    cycle_id = running_cycle(cycle_name, wanted)
    close_database()
    return path, cycle_id


def start(qtbot, path: Path) -> MainWindow:
    """The window as rmdesk starts it: the store opened after the first frame."""
    window = MainWindow(path, open_store=lambda: open_database(path))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.ready, timeout=10_000)
    qtbot.waitUntil(lambda: not window.backups.busy, timeout=10_000)  # today's backup
    return window


@pytest.fixture
def started(qtbot, tmp_path: Path):
    path, cycle_id = programme_file(tmp_path / "first.rmdesk", "Spring", 2)
    window = start(qtbot, path)
    yield window, cycle_id
    window.wait_for_background_work()
    window.close()
    close_database()


def pair_names(window: MainWindow) -> list[str]:
    """The pairs the Pairs tab lists, as its mentor and mentee columns show them."""
    model = window.pairs_tab.model
    return sorted(
        f"{model.index(row, 0).data()} & {model.index(row, 2).data()}"
        for row in range(model.rowCount())
    )


def stored_pair_names(cycle_id: int) -> list[str]:
    return sorted(f"{row.mentor_name} & {row.mentee_name}" for row in pairs.list_pairs(cycle_id))


def test_hidden_tabs_read_their_cycle_when_first_shown(started):
    window, cycle_id = started
    assert window.tabs.currentIndex() == TAB_PARTICIPANTS
    assert window.cycle_selector.current_cycle_id() == cycle_id
    # Nothing of the cycle read yet by the three hidden tabs.
    assert window.pairs_tab.model.rowCount() == 0
    assert window.calendar_tab.filter_combo.count() == 0
    assert window.goals_tab.pair_combo.count() == 0
    # The Documents menu knows the cycle all the same.
    assert window.documents._cycle_id() == cycle_id

    window.tabs.setCurrentIndex(TAB_PAIRS)
    assert len(stored_pair_names(cycle_id)) == 2
    assert pair_names(window) == stored_pair_names(cycle_id)
    assert "Spring" in window.pairs_tab.cycle_label.text()

    window.tabs.setCurrentIndex(TAB_CALENDAR)
    filters = [window.calendar_tab.filter_combo.itemText(i) for i in range(3)]
    assert sorted(filters[1:]) == [f"Pair: {name}" for name in stored_pair_names(cycle_id)]

    window.tabs.setCurrentIndex(TAB_GOALS)
    assert window.goals_tab.pair_combo.itemText(0) == "All pairs (2)"


def test_another_cycle_is_read_by_a_hidden_tab_only_when_shown(started):
    window, spring = started
    autumn = running_cycle("Autumn", 1)
    window.tabs.setCurrentIndex(TAB_PAIRS)
    window.cycle_selector.reload(spring)
    assert pair_names(window) == stored_pair_names(spring)
    window.tabs.setCurrentIndex(TAB_PARTICIPANTS)

    window.cycle_selector.setCurrentIndex(window.cycle_selector.findData(autumn))

    assert pair_names(window) == stored_pair_names(spring)  # hidden: not read again
    assert window.documents._cycle_id() == autumn
    window.tabs.setCurrentIndex(TAB_PAIRS)
    assert pair_names(window) == stored_pair_names(autumn)
    assert "Autumn" in window.pairs_tab.cycle_label.text()


def test_opening_another_file_is_read_by_a_hidden_tab_when_shown(started, tmp_path):
    window, _spring = started
    window.tabs.setCurrentIndex(TAB_PAIRS)  # read once, then hidden
    window.tabs.setCurrentIndex(TAB_PARTICIPANTS)
    close_database()
    other, winter = programme_file(tmp_path / "other.rmdesk", "Winter", 1)
    open_database(window.database_path)

    assert window.files.switch_to(other)

    assert window.cycle_selector.current_cycle_id() == winter
    label = window.pairs_tab.cycle_label
    assert "Spring" in label.text()  # hidden: still the last file's cycle, not read again
    window.tabs.setCurrentIndex(TAB_PAIRS)
    assert "Winter" in label.text()
    assert pair_names(window) == stored_pair_names(winter)


def test_mark_held_from_the_pairs_tab_before_the_calendar_was_ever_shown(started):
    window, cycle_id = started
    pair = pairs.list_pairs(cycle_id)[0]
    past = dt.datetime.combine(dt.date.today() - dt.timedelta(days=2), dt.time(10, 0))
    meeting = meetings.create_meeting(meetings.MeetingData(pair_id=pair.id, starts_at=past))
    window.tabs.setCurrentIndex(TAB_PAIRS)
    window.pairs_tab.select_pair(pair.id)
    assert window.calendar_tab.filter_combo.count() == 0  # the Calendar read nothing yet

    action = next(a for a in window.pairs_tab.pair_actions if "last meeting" in a.text())
    action.trigger()

    assert Meeting.get_by_id(meeting).status == "held"


def test_cycle_actions_on_another_tab_act_on_the_cycle_just_chosen(started, answer_next_dialog):
    window, spring = started
    autumn = running_cycle("Autumn", 1)
    mentors, mentees = pairs.unpaired(autumn)
    pairs.create_pair(autumn, mentors[0].id, mentees[-1].id)  # a proposal, not published
    window.tabs.setCurrentIndex(TAB_PAIRS)
    window.cycle_selector.reload(spring)
    assert not window.pairs_tab.publish_action.isEnabled()  # Spring has no proposal
    window.tabs.setCurrentIndex(TAB_PARTICIPANTS)
    window.cycle_selector.setCurrentIndex(window.cycle_selector.findData(autumn))
    programme_menu = window.menus[2]
    programme_menu.aboutToShow.emit()  # opening the Programme menu
    assert window.pairs_tab.publish_action.isEnabled()  # Autumn's proposal, read

    window.tabs.setCurrentIndex(TAB_PAIRS)
    window.cycle_selector.setCurrentIndex(window.cycle_selector.findData(spring))
    window.tabs.setCurrentIndex(TAB_CALENDAR)
    window.cycle_selector.setCurrentIndex(window.cycle_selector.findData(autumn))
    names: list[str] = []

    def look(dialog):
        names.append(dialog.name_edit.text())
        dialog.reject()

    answer_next_dialog(look)
    window.pairs_tab.edit_cycle_action.trigger()  # Programme > Edit cycle…, on Calendar
    assert names == ["Autumn"]
