"""Every path rmdesk uses comes from here, so tests (and users) can redirect them.

``RMDESK_DATA_DIR`` and ``RMDESK_CONFIG_DIR`` override Qt's standard locations;
the test suite points them at temporary folders.  Qt is imported only where a
standard location is asked for, so headless code (documents) can find
``resources/`` without loading Qt.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from rmdesk import APP_NAME, ORGANIZATION_NAME

DATABASE_FILE_NAME = "programme.rmdesk"
PROGRAMME_SUFFIX = ".rmdesk"
# The demo's own file in the data folder: made-up people never enter a real programme.
DEMO_FILE_NAME = "demo-programme.rmdesk"


def _standard_location(kind: str) -> Path:
    """Qt's folder of that kind, named after rmdesk (names set first if unset)."""
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    if not QCoreApplication.organizationName():
        QCoreApplication.setOrganizationName(ORGANIZATION_NAME)
    if not QCoreApplication.applicationName():
        QCoreApplication.setApplicationName(APP_NAME)
    location = getattr(QStandardPaths.StandardLocation, kind)
    return Path(QStandardPaths.writableLocation(location))


def data_dir() -> Path:
    override = os.environ.get("RMDESK_DATA_DIR")
    if override:
        return Path(override)
    return _standard_location("AppDataLocation")


def config_dir() -> Path:
    override = os.environ.get("RMDESK_CONFIG_DIR")
    if override:
        return Path(override)
    return _standard_location("AppConfigLocation")


def default_database_path() -> Path:
    return data_dir() / DATABASE_FILE_NAME


def demo_database_path() -> Path:
    return data_dir() / DEMO_FILE_NAME


def is_demo_database(path: Path) -> bool:
    """True for the demo's own file, however it is spelled (links and ``..`` resolved)."""
    return os.path.realpath(Path(path).expanduser()) == os.path.realpath(demo_database_path())


def settings_file() -> Path:
    """The QSettings file (window geometry, last tab, last folder): per-user UI state."""
    return config_dir() / "rmdesk.ini"


def resource(relative: str) -> Path:
    """A file shipped in ``resources/``: beside the package (source checkout, editable
    install), or in the bundle's own folder when frozen by PyInstaller (packaging/), which
    unpacks nothing and names that folder ``sys._MEIPASS``."""
    bundle = getattr(sys, "_MEIPASS", None) if getattr(sys, "frozen", False) else None
    root = Path(bundle) if bundle else Path(__file__).resolve().parent.parent
    return root / "resources" / relative


def lock_file_for(database: Path) -> Path:
    return database.with_name(database.name + ".lock")
