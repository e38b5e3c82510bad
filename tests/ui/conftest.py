"""UI fixtures: a main window on a fresh database, and a way to answer modal dialogs."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from rmdesk.programme.demo import fill_demo
from rmdesk.ui.main_window import MainWindow

# Dates and numbers in the window as a British English system writes them (the locale
# app.install_translators would choose there), whatever this machine's locale is.
QLocale.setDefault(QLocale("en_GB"))


@pytest.fixture
def speaking(qapp) -> Iterator[Callable[..., list]]:
    """``speaking(locale)`` installs the shipped translators for ``locale`` (or, with no
    argument, those the language setting chooses) and makes it the default locale, as
    the application's start does; all taken away after, so no other test reads German."""
    from rmdesk import app as rmdesk_app

    before = QLocale()
    installed: list = []

    def install(locale: QLocale | None = None) -> list:
        translators = rmdesk_app.install_translators(qapp, locale=locale)
        installed.extend(translators)
        return translators

    yield install
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)


@pytest.fixture
def window(qtbot, db, db_path: Path) -> MainWindow:
    return _shown_window(qtbot, db_path)


@pytest.fixture
def demo_window(qtbot, db, db_path: Path) -> MainWindow:
    fill_demo(participants=30, seed=3)
    return _shown_window(qtbot, db_path)


def _shown_window(qtbot, db_path: Path) -> MainWindow:
    """The main window on screen and filled (tabs built, list read)."""
    main = MainWindow(db_path)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    qtbot.waitUntil(lambda: main.ready)
    return main


@pytest.fixture
def answer_next_dialog(qtbot) -> Iterator[Callable[[Callable[[QWidget], None]], None]]:
    """Schedule ``handler(dialog)`` for the next modal dialog, before the code opens it.

    A dialog the handler leaves open is rejected (so the test cannot hang) and the
    test fails: the handler was expected to finish it.
    """
    left_open: list[str] = []

    def schedule(handler: Callable[[QWidget], None]) -> None:
        def attempt() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None:
                QTimer.singleShot(10, attempt)
                return
            try:
                handler(dialog)
            finally:
                if dialog.isVisible():
                    left_open.append(dialog.windowTitle())
                    dialog.reject()

        QTimer.singleShot(0, attempt)

    yield schedule
    assert not left_open, f"dialog left open by the test: {left_open}"


@pytest.fixture
def confirm(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Answer Yes to every confirmation; records the questions asked."""
    asked: list[str] = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked
