"""GUI start-up: application object, single-instance lock, database, main window.

Refusals (a second instance, a foreign or damaged file) are shown before any
window opens, and leave the file untouched.  The window then appears at once and
the store opens behind it, so the coordinator never stares at nothing.
"""

from __future__ import annotations

import os
import sys
import time
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from rmdesk import APP_NAME, ORGANIZATION_NAME
from rmdesk.instance_lock import WINDOW, AlreadyOpen, DatabaseLock
from rmdesk.paths import resource
from rmdesk.programme import language as languages
from rmdesk.store import StoreError, close_database, inspect_file, open_database
from rmdesk.store.database import remove_database_file, unfinished_creation

TRANSLATIONS = languages.TRANSLATIONS  # in resources/: rmdesk_<language>.qm, built from .ts


def window_locale(choice: str = "", system: QLocale | None = None) -> QLocale:
    """The locale the window speaks and writes dates and numbers in.

    ``choice`` is the language setting (Edit > Language…): when set, that language with
    its usual country. Otherwise the system's locale when rmdesk speaks its language,
    or English with the system's country (an English window never names months in
    Spanish), so dates still come in the order the person is used to.
    """
    system = system if system is not None else QLocale.system()
    if choice in languages.LANGUAGES:
        if choice == languages.language_of_locale(system.name()):
            return system  # German chosen on a Swiss German system: keep de_CH
        if choice != languages.ENGLISH:
            return QLocale(choice)
    elif languages.language_of_locale(system.name()) == system.name().split("_")[0]:
        return system
    return QLocale(QLocale.Language.English, system.territory())


def install_translators(
    app: QApplication, folder: Path | None = None, locale: QLocale | None = None
) -> list[QTranslator]:
    """Load rmdesk's translation and Qt's own for ``locale`` (default: the language
    setting, else the system's; :func:`window_locale`), and make it the default locale,
    so every ``QLocale()`` in the window writes dates and numbers its way.

    ``folder`` holds ``rmdesk_<language>.qm`` (default ``resources/translations/``); Qt's
    ``qtbase_<language>.qm`` comes from Qt's translations folder, so standard dialog
    buttons follow.  A missing file is no error: that text stays English.  Returns the
    translators installed (parented to ``app``, so they live as long as it does).
    """
    if locale is None:
        from rmdesk.ui.common.settings import WINDOW_LANGUAGE, load

        locale = window_locale(str(load(WINDOW_LANGUAGE)))
    QLocale.setDefault(locale)
    folder = folder if folder is not None else resource(TRANSLATIONS)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    installed = []
    for name, where in (("qtbase", qt_folder), ("rmdesk", str(folder))):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", where) and app.installTranslator(translator):
            installed.append(translator)
        else:
            translator.deleteLater()
    return installed


def _application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANIZATION_NAME)
    app.setApplicationName(APP_NAME)
    icon = resource("icons/rmdesk.svg")
    if icon.exists():  # absent only in a non-editable install without resources/
        from PySide6.QtGui import QIcon

        app.setWindowIcon(QIcon(str(icon)))
    if not app.property("rmdesk_style"):  # accented capitals keep their marks on tabs
        from rmdesk.ui.common.style import install_style

        install_style(app)
        app.setProperty("rmdesk_style", True)
    if not app.property("rmdesk_fonts"):  # every script drawn, not boxes (ui/common/fonts.py)
        from rmdesk.ui.common.fonts import register_shipped_fonts

        register_shipped_fonts()
        app.setProperty("rmdesk_fonts", True)
    if not app.property("rmdesk_translated"):  # once per application, not per window
        install_translators(app)
        app.setProperty("rmdesk_translated", True)
    return app


def _refuse(title: str, text: str) -> int:
    print(f"rmdesk: {text}", file=sys.stderr)
    QMessageBox.critical(None, title, text)
    return 1


def _show_unexpected_error(
    kind: type[BaseException], error: BaseException, tb: TracebackType | None
) -> None:
    """Errors inside a slot would otherwise only reach stderr; tell the coordinator."""
    from peewee import PeeweeException

    from rmdesk.store.errors import WriteFailed

    traceback.print_exception(kind, error, tb)
    if isinstance(error, WriteFailed):
        text = QCoreApplication.translate(
            "Startup",
            "The database could not be written ({0}). If the disk is full or the "
            "folder is read-only, free space or fix it; the last step was not saved, "
            "everything before it is safe.",
        ).format(error.reason)
    elif isinstance(error, PeeweeException | StoreError):
        text = QCoreApplication.translate("Startup", "The last step was not saved: {0}").format(
            error
        )
    else:
        text = QCoreApplication.translate(
            "Startup", "Something went wrong and the last step may not have finished: {0}"
        ).format(repr(error))
    QMessageBox.critical(QApplication.activeWindow(), "rmdesk", text)


# A test hook, not an option (kept out of --help): the bundle's smoke test and start-up
# benchmark (packaging/smoke.py, benchmarks/bundle_startup.py) start the real window, which
# prints when it was shown and ready, its title and tabs, and closes itself.
QUIT_WHEN_READY = "RMDESK_QUIT_WHEN_READY"


def _quit_when_ready(window: QWidget) -> None:
    """From the first event-loop iteration: say the window is shown (a wall-clock time),
    then, once its programme is open, what it shows, and close it as a person would."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QTabWidget

    def ready() -> None:
        if window.isVisible() and getattr(window, "ready", False):
            tabs = window.findChild(QTabWidget)
            names = (
                [tabs.tabText(i).replace("&", "") for i in range(tabs.count())]
                if tabs is not None
                else []
            )
            print(f"READY {time.time()!r}", flush=True)
            print(f"TITLE {window.windowTitle()}", flush=True)
            print(f"TABS {' | '.join(names)}", flush=True)
            window.close()
        elif getattr(window, "open_failed", False):
            window.close()
        else:
            QTimer.singleShot(10, ready)

    def shown() -> None:
        print(f"SHOWN {time.time()!r} {window.isVisible()}", flush=True)
        ready()

    QTimer.singleShot(0, shown)


def run_gui(database: Path | None) -> int:
    """Open the main window on ``database`` (default: the programme file last worked in,
    else the default file in the user's data folder)."""
    app = _application()
    if database:
        path = Path(database).expanduser()
    else:
        from rmdesk.ui.data.programme_files import last_programme

        path = last_programme()
    lock = DatabaseLock(path, holder=WINDOW)
    window = None
    try:
        lock.acquire()
    except AlreadyOpen as error:
        return _refuse(QCoreApplication.translate("Startup", "rmdesk is already open"), str(error))
    except StoreError as error:  # a file with several names (hard links)
        return _refuse(
            QCoreApplication.translate("Startup", "Cannot open the database"), str(error)
        )
    try:
        remove_database_file(unfinished_creation(lock.real))  # a killed command's copy
        if path.exists():
            try:
                # Standard library only, before any window: a foreign, empty or newer
                # file is refused at once.  Damaged pages are found by open_database's
                # full check right after the first frame (its cost grows with the file).
                inspect_file(path, check_pages=False)
            except StoreError as error:
                return _refuse(
                    QCoreApplication.translate("Startup", "Cannot open the database"), str(error)
                )
        from rmdesk.ui.main_window import MainWindow

        sys.excepthook = _show_unexpected_error
        # The window shows first; the store (Peewee, migrations) opens right after,
        # before the first list is read.
        # The window owns the lock from now on: File > Open swaps it for the new file's.
        window = MainWindow(path, open_store=lambda: open_database(path), lock=lock)
        window.show()
        if os.environ.get(QUIT_WHEN_READY):
            _quit_when_ready(window)
        status = app.exec()
        window.wait_for_background_work()  # quit without closing the window: still wait
        return 1 if window.open_failed else status
    finally:
        close_database()
        lock.release()  # nothing if the window swapped it for another file's
        if window is not None and window.ready:
            window.files.release()
