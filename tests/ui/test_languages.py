"""The window speaks English, German or French: chosen from the system's locale or the
language setting, with its menus translated, its counts and dates the language's way,
and the shipped ``.qm`` files built from the ``.ts`` sources as the README says."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from PySide6.QtCore import QCoreApplication, QLocale

from rmdesk import app as rmdesk_app
from rmdesk.paths import resource
from rmdesk.programme import language as languages
from rmdesk.ui.common import settings
from rmdesk.ui.common.wording import counted

FOLDER = resource(languages.TRANSLATIONS)
TRANSLATED = ("de", "fr")


def _tool(name: str) -> Path:
    return Path(sys.executable).parent / name


@pytest.mark.parametrize("code", TRANSLATED)
def test_the_shipped_qm_is_built_from_the_shipped_ts(code: str, tmp_path: Path):
    """The README's lrelease command, run now, gives the committed file byte for byte."""
    built = tmp_path / f"rmdesk_{code}.qm"
    subprocess.run(
        [str(_tool("pyside6-lrelease")), str(FOLDER / f"rmdesk_{code}.ts"), "-qm", str(built)],
        capture_output=True,
        check=True,
    )
    assert built.read_bytes() == (FOLDER / f"rmdesk_{code}.qm").read_bytes(), (
        "rebuild the .qm files with the command in the README"
    )


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_string_is_translated(code: str):
    """No unfinished entry: every string the window and the documents say has its
    German and French, and the sources are the ones lupdate finds (test_translations)."""
    root = ElementTree.parse(FOLDER / f"rmdesk_{code}.ts").getroot()
    assert root.get("language", "").startswith(code)
    untranslated = [
        f"{context.findtext('name')}: {message.findtext('source')}"
        for context in root.iter("context")
        for message in context.iter("message")
        if (message.find("translation") is None)
        or message.find("translation").get("type")  # type: ignore[union-attr]
        or not (message.findtext("translation") or "").strip()
    ]
    assert untranslated == []
    source = ElementTree.parse(FOLDER / "rmdesk.ts").getroot()
    assert len(list(root.iter("message"))) == len(list(source.iter("message")))


@pytest.mark.parametrize("code", TRANSLATED)
def test_the_window_starts_in_the_language_and_shows_its_menus(code, speaking, qtbot, db, db_path):
    from rmdesk.ui.main_window import MENU_TITLES, TAB_TITLES, MainWindow

    installed = speaking(QLocale(code))
    assert any(Path(t.filePath()).name == f"rmdesk_{code}.qm" for t in installed)
    window = MainWindow(db_path)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.ready)
    catalogue = languages.catalogue(code)
    menus = [menu.title() for menu in window.menus]
    assert menus == [catalogue.translate("MainWindow", title) for title in MENU_TITLES]
    assert all(catalogue.knows("MainWindow", title) for title in MENU_TITLES + TAB_TITLES)
    assert menus != list(MENU_TITLES)
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert tabs == [catalogue.translate("MainWindow", title) for title in TAB_TITLES]
    # Every action of every menu is in the language: none shows an English source,
    # unless that source reads the same in the language ("Documents" in French).
    root = ElementTree.parse(FOLDER / f"rmdesk_{code}.ts").getroot()
    same = {
        message.findtext("source")
        for message in root.iter("message")
        if message.findtext("translation") == message.findtext("source")
    }
    english_only = {
        message.findtext("source")
        for message in ElementTree.parse(FOLDER / "rmdesk.ts").getroot().iter("message")
    } - same
    for menu in window.menus:
        for action in menu.actions():
            if not action.isSeparator():
                assert action.text() not in english_only, f"{menu.title()}: {action.text()}"


def test_without_a_setting_the_system_language_is_spoken():
    assert rmdesk_app.window_locale("", QLocale("de_CH")).name() == "de_CH"
    assert rmdesk_app.window_locale("", QLocale("fr_BE")).name() == "fr_BE"
    # A language rmdesk lacks: English, keeping the country's way with dates.
    assert rmdesk_app.window_locale("", QLocale("es_ES")).name() == "en_ES"
    assert rmdesk_app.window_locale("", QLocale("C")).language() == QLocale.Language.English


def test_the_setting_overrides_the_system_language():
    assert rmdesk_app.window_locale("fr", QLocale("de_DE")).name() == "fr_FR"
    assert rmdesk_app.window_locale("en", QLocale("de_DE")).name() == "en_DE"
    assert rmdesk_app.window_locale("de", QLocale("de_AT")).name() == "de_AT"


def test_counts_follow_the_language_s_plural_rule(speaking):
    speaking(QLocale("fr_FR"))
    assert counted(0, "{0} rencontre", "{0} rencontres") == "0 rencontre"
    assert counted(2, "{0} rencontre", "{0} rencontres") == "2 rencontres"
    QLocale.setDefault(QLocale("en_GB"))
    assert counted(0, "{0} meeting", "{0} meetings") == "0 meetings"
    assert counted(1, "{0} meeting", "{0} meetings") == "1 meeting"


def test_the_language_chosen_in_the_window_is_used_at_the_next_start(
    window, qtbot, answer_next_dialog, speaking
):
    from rmdesk.ui.common.language_dialog import LanguageDialog

    def choose_french(dialog) -> None:
        assert isinstance(dialog, LanguageDialog)
        dialog.choice.setCurrentIndex(dialog.choice.findData("fr"))
        dialog.accept()

    answer_next_dialog(choose_french)
    window.language_action.trigger()
    assert settings.load(settings.WINDOW_LANGUAGE) == "fr"
    assert "next time" in window.statusBar().currentMessage()
    # What the next start does: the setting chooses the translators and the locale.
    installed = speaking()
    assert any(Path(t.filePath()).name == "rmdesk_fr.qm" for t in installed)
    assert QLocale().language() == QLocale.Language.French
    assert QCoreApplication.translate("MainWindow", "&File") == languages.catalogue("fr").translate(
        "MainWindow", "&File"
    )


def test_the_language_dialog_offers_the_system_s_and_each_language(qtbot):
    from rmdesk.ui.common.language_dialog import LanguageDialog

    settings.save(settings.WINDOW_LANGUAGE, "de")
    dialog = LanguageDialog()
    qtbot.addWidget(dialog)
    items = [dialog.choice.itemText(i) for i in range(dialog.choice.count())]
    assert items[1:] == ["English", "Deutsch", "Français"]
    assert dialog.chosen() == "de"  # the saved choice is shown
    dialog.choice.setCurrentIndex(0)
    dialog.accept()
    assert settings.load(settings.WINDOW_LANGUAGE) == ""


def test_lrelease_is_available_for_the_build_command():
    assert shutil.which(str(_tool("pyside6-lrelease")))


def test_the_participants_filter_finds_the_window_s_words(speaking, qtbot, db, db_path):
    """A German coordinator types the words the German window shows ("archiviert",
    the level's German name); the stored English codes are still found too."""
    from rmdesk.programme import participants as domain
    from rmdesk.programme.records import LEVEL_NAMES, ParticipantData
    from rmdesk.ui.main_window import MainWindow

    speaking(QLocale("de_DE"))
    kept = domain.create_participant(ParticipantData(full_name="Anna Weber", level=2))
    gone = domain.create_participant(ParticipantData(full_name="Jonas Roth", level=5))
    domain.set_archived(gone, True)
    window = MainWindow(db_path)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.ready)
    tab = window.participants_tab
    from rmdesk.ui.participants.model import ParticipantsFilterProxy

    everyone = tab.archived_combo.findData(ParticipantsFilterProxy.ARCHIVED_ALL)
    tab.archived_combo.setCurrentIndex(everyone)
    catalogue = languages.catalogue("de")

    def found(typed: str) -> list[str]:
        tab.filter_edit.clear()
        tab.filter_edit.insert(typed)
        return sorted(tab.proxy.index(r, 0).data() for r in range(tab.proxy.rowCount()))

    archived = catalogue.translate("ParticipantsModel", "Archived")
    assert archived != "Archived"
    assert found(archived.lower()) == ["Jonas Roth"]
    assert found("archived") == ["Jonas Roth"]
    level_two = catalogue.translate("Labels", "Associate")
    assert level_two != LEVEL_NAMES[2]
    assert found(level_two) == ["Anna Weber"]
    assert kept


def test_a_domain_sentence_writes_its_dates_the_reader_s_way(speaking):
    """The English sentence (command line) keeps year-first dates; the window writes
    the same message's dates as its locale does, the document as its language does."""
    import datetime as dt

    from rmdesk.documents.words import said
    from rmdesk.documents.words import speaking as printing_in
    from rmdesk.programme.messages import QT_TRANSLATE_NOOP, Message
    from rmdesk.ui.common.wording import spoken

    message = Message(
        QT_TRANSLATE_NOOP(
            "Domain", "The meeting on {day} at {time} is planned on a closed day ({label})."
        ),
        day=dt.date(2026, 3, 2),
        time=dt.time(14, 30),
        label="Strike",
    )
    assert str(message) == "The meeting on 2026-03-02 at 14:30 is planned on a closed day (Strike)."
    speaking(QLocale("de_DE"))
    german = spoken(message)
    assert "02.03.2026" in german and "14:30" in german and "Strike" in german
    assert german != str(message)
    with printing_in("fr"):
        assert "2 mars 2026" in said(message)


def test_the_window_writes_the_first_of_a_month_1er_in_french(speaking):
    import datetime as dt

    from rmdesk.ui.common.local_format import long_day, written_day

    first, second = dt.date(2026, 12, 1), dt.date(2026, 12, 2)
    speaking(QLocale("fr_FR"))
    assert (long_day(first), written_day(first)) == ("mardi 1er décembre 2026", "1er décembre 2026")
    assert written_day(second) == "2 décembre 2026"
    speaking(QLocale("de_DE"))
    assert written_day(first) == "1. Dezember 2026"
