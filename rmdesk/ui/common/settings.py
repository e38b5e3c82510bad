"""Per-user UI state in QSettings, each key declared once with its default.

Programme data (organisation name, clauses ...) lives in the database so it
travels with backups; only what belongs to this desk and this screen lives here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from rmdesk.paths import settings_file


@dataclass(frozen=True)
class Key:
    name: str
    default: Any
    type: type


WINDOW_GEOMETRY = Key("window/geometry", QByteArray(), QByteArray)
WINDOW_STATE = Key("window/state", QByteArray(), QByteArray)
LAST_TAB = Key("window/last_tab", 0, int)
PARTICIPANTS_SPLITTER = Key("participants/splitter", QByteArray(), QByteArray)
PARTICIPANTS_HEADER = Key("participants/header", QByteArray(), QByteArray)
LAST_FOLDER = Key("files/last_folder", "", str)
RECENT_PROGRAMMES = Key("files/recent_programmes", "[]", str)  # JSON list, newest first
LAST_CYCLE = Key("programme/last_cycle", 0, int)
PAIRS_SPLITTER = Key("pairs/splitter", QByteArray(), QByteArray)
GOALS_HEADER = Key("goals/header", QByteArray(), QByteArray)
GOALS_PAGE = Key("goals/page", 0, int)
# The window's language ("" = the system's; else one of programme.language.LANGUAGES),
# read once when the application starts (app.install_translators).
WINDOW_LANGUAGE = Key("window/language", "", str)
# The import's column mappings by set of headers (JSON: key -> header -> field).
IMPORT_COLUMN_MAPPINGS = Key("import/column_mappings", "{}", str)


def ui_settings() -> QSettings:
    return QSettings(str(settings_file()), QSettings.Format.IniFormat)


def load(key: Key) -> Any:
    value = ui_settings().value(key.name, key.default)
    if value is None:
        return key.default
    try:
        return key.type(value)
    except (TypeError, ValueError):
        return key.default


def save(key: Key, value: Any) -> None:
    settings = ui_settings()
    settings.setValue(key.name, value)
    settings.sync()
