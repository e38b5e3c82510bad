"""The window shows the domain's refusals in its own language (issue 12, item 8)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QDialogButtonBox

from rmdesk.programme import participants as domain
from rmdesk.programme.participants import ParticipantData
from rmdesk.store.models import Participant
from rmdesk.ui.participants.dialog import ParticipantDialog

GERMAN = {
    "Name is required.": "Der Name fehlt.",
    "“{text}” is not a valid email address.": "„{text}“ ist keine gültige E-Mail-Adresse.",
    "{email} is already used by {full_name}.": "{email} gehört schon {full_name}.",
}


class _Domain(QTranslator):
    """A translation of a few domain sentences, as a .qm for the locale would give."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return GERMAN.get(source, "") if context == "Domain" else ""

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def german(qapp) -> Iterator[None]:
    translator = _Domain()
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_field_refusals_are_shown_translated_with_their_values(db, qtbot, german):
    domain.create_participant(ParticipantData(full_name="王秀英", email="wang@example.org"))
    dialog = ParticipantDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)

    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.said() == "Der Name fehlt."

    dialog.name_edit.setText("Zoë")
    dialog.email_edit.setText("zoë-at-example")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.said() == "„zoë-at-example“ ist keine gültige E-Mail-Adresse."

    dialog.email_edit.setText("WANG@example.org")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.said() == "wang@example.org gehört schon 王秀英."
    assert dialog.isVisible()
    assert Participant.select().count() == 1


def test_without_a_translation_the_refusal_reads_in_english(db, qtbot):
    dialog = ParticipantDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert dialog.said() == "Name is required."
