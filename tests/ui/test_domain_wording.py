"""The window shows the domain's refusals in its own language (issue 12, item 8)."""

from __future__ import annotations

import datetime as dt
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


def test_a_candidates_reasons_are_shown_translated(db, qtbot, german):
    """The matcher's reasons are domain sentences too: the list of mentors in New pair
    shows them in the window's language, with the names and days as they are."""
    from rmdesk.programme.cycles import CycleData, create_cycle
    from rmdesk.programme.matching.candidates import candidates
    from rmdesk.ui.pairs.dialogs import CandidateList
    from tests.builders import person

    GERMAN["no common weekday"] = "kein gemeinsamer Wochentag"
    try:
        cycle = create_cycle(CycleData(name="Kohorte", start_date=dt.date(2026, 9, 1)))
        mentor = person("Ananya Sharma", "mentor")
        mentee = person("王秀英", "mentee")
        found = candidates(cycle, mentee)
        assert [c.id for c in found] == [mentor]
        assert "no common weekday" in found[0].reasons  # the domain's English
        shown = CandidateList("mentors")
        qtbot.addWidget(shown)
        shown.show_candidates(found)
        text = shown.item(0).text()
        assert "Ananya Sharma" in text
        assert "kein gemeinsamer Wochentag" in text
        assert "no common weekday" not in text
    finally:
        del GERMAN["no common weekday"]


def test_a_sentence_with_a_status_reads_wholly_german(db, german):
    """The status inside a refusal is a word of the sentence, translated with it: the
    German window does not say "ist ended early" (issue 17)."""
    from rmdesk.programme.cycles import CycleData, create_cycle
    from rmdesk.programme.meetings.writing import MeetingData, create_meeting
    from rmdesk.programme.pairs import create_pair, end_pair_early
    from rmdesk.programme.validation import ValidationError
    from rmdesk.ui.common.wording import spoken_error
    from tests.builders import person

    sentence = "The pair is {status}: only proposed or active pairs meet."
    GERMAN[sentence] = (
        "Das Tandem ist {status}: Nur vorgeschlagene oder aktive Tandems treffen sich."
    )
    GERMAN["ended early"] = "vorzeitig beendet"
    try:
        cycle = create_cycle(CycleData(name="Kohorte", start_date=dt.date(2026, 9, 1)))
        pair = create_pair(cycle, person("Ananya Sharma", "mentor"), person("王秀英", "mentee"))
        end_pair_early(pair, "Umzug")
        with pytest.raises(ValidationError) as refused:
            create_meeting(MeetingData(pair_id=pair, starts_at=dt.datetime(2026, 9, 8, 10)))
        assert str(refused.value.errors["pair_id"]) == sentence.format(status="ended early")
        assert spoken_error(refused.value) == (
            "Das Tandem ist vorzeitig beendet: Nur vorgeschlagene oder aktive Tandems treffen sich."
        )
    finally:
        del GERMAN[sentence], GERMAN["ended early"]
