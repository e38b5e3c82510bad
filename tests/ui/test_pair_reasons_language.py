"""A pair's match reasons in the window's language: detail dialog and list tooltip."""

from __future__ import annotations

import datetime as dt

import pytest

from PySide6.QtCore import QLocale

from rmdesk.programme import pairs
from rmdesk.programme.cycles import CycleData, create_cycle
from rmdesk.store.models import Pair, Participant
from rmdesk.ui.pairs.detail_dialog import PairDetailDialog
from rmdesk.ui.pairs.model import pair_tooltip

OLD_ROW = "both want/offer: AI; different departments: IT and Finance"


@pytest.fixture
def german(speaking) -> None:
    """The shipped German translators installed, as a German window has them."""
    speaking(QLocale("de"))


@pytest.fixture
def proposed(db) -> tuple[int, int]:
    """A pair proposed by the matcher, and one saved before reasons kept their template."""
    cycle = create_cycle(CycleData(name="2026", start_date=dt.date(2026, 1, 31)))
    ana = Participant.create(full_name="Ana Silva", role="mentor", level=2, department="IT").id
    carla = Participant.create(
        full_name="Carla Mendes", role="mentee", level=5, department="Finance"
    ).id
    bruno = Participant.create(full_name="Bruno Costa", role="mentor", level=1).id
    new = pairs.create_pair(cycle, ana, carla)
    old = Pair.create(
        cycle=cycle, mentor=bruno, mentee=carla, status="proposed", match_reasons=OLD_ROW
    ).id
    return new, old


def test_the_reasons_are_german_in_a_german_window(proposed, german, qtbot):
    new, old = proposed
    dialog = PairDetailDialog(None, new)
    qtbot.addWidget(dialog)
    text = dialog.body.toPlainText()
    assert "verschiedene Abteilungen: IT und Finance" in text
    assert "3 Ebenen Abstand (" in text
    assert "different departments" not in text and "levels apart" not in text
    tooltip = pair_tooltip(pairs.get_pair(new))
    assert "Warum dieses Tandem:" in tooltip
    assert "<li>verschiedene Abteilungen: IT und Finance</li>" in tooltip
    # Saved before: the English it holds, one reason a line, as before.
    old_dialog = PairDetailDialog(None, old)
    qtbot.addWidget(old_dialog)
    old_text = old_dialog.body.toPlainText()
    assert "both want/offer: AI" in old_text
    assert "different departments: IT and Finance" in old_text
    assert "<li>both want/offer: AI</li>" in pair_tooltip(pairs.get_pair(old))


def test_the_reasons_are_english_in_an_english_window(proposed, qtbot):
    new, _ = proposed
    dialog = PairDetailDialog(None, new)
    qtbot.addWidget(dialog)
    text = dialog.body.toPlainText()
    assert "different departments: IT and Finance" in text
    assert "3 levels apart (Associate and Senior leader)" in text
