"""Settings in the database: each declared once in ``programme.settings``, and only
that module reads or writes the ``setting`` table."""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import Any

import pytest

from rmdesk.programme import settings
from rmdesk.programme.settings import Weights
from rmdesk.programme.validation import ValidationError
from rmdesk.store.models import Setting

PACKAGE = Path(settings.__file__).resolve().parents[1]
DECLARING = PACKAGE / "programme" / "settings.py"
KEY_SHAPE = re.compile(r"^([a-z_]+)\.[a-z_]+$")

ALL_ZERO = (
    '{"topic_fit": 0, "different_department": 0, "availability": 0, "work_mode": 0, "level_gap": 0}'
)
# For each declared key: values that must survive a write and a read, and stored texts
# that are unusable (read as the default).  A new setting needs its line here.
SAMPLES: dict[str, tuple[list[Any], list[str]]] = {
    "matching.weights": (
        [Weights(topic_fit=5, different_department=0, availability=1.5), Weights()],
        ["not json", "[1, 2]", '{"topic_fit": -1}', ALL_ZERO],
    ),
    "matching.minimum_level_gap": ([0, 3, 1], ["one", "-1", "6", "1.5"]),
    "matching.repeat_cycles": (
        [frozenset({2, 7}), frozenset()],
        ["not json", '{"a": 1}', "[true]"],
    ),
    "documents.organisation": (["Acme “Ünïcode” Ltd", "x" * settings.MAX_TEXT], ["", "  "]),
    "documents.logo_path": (["/home/coordinator/logo.png", ""], []),
    "documents.coordinator": (["Zoe Adams", ""], []),
    "documents.paper": (["Letter", "A4"], ["Tabloid", "a4", ""]),
    "documents.clauses": (["## Ours\n- one\n", ""], []),
    "documents.clauses_de": (["## Unsere\n- eins\n", ""], []),
    "documents.clauses_fr": (["## Les nôtres\n- un\n", ""], []),
    "documents.language": (["de", "fr", "en", ""], ["xx", "deutsch"]),
    "calendar.timezone": (["Europe/Lisbon", "America/New_York"], ["Mars/Olympus", ""]),
    "database.uuid": ([], []),  # made by migration 6; write() refuses it
}


def _python_files() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def test_every_declared_setting_has_samples_and_a_unique_key():
    assert [s.key for s in settings.SETTINGS] == list(SAMPLES)
    assert len(settings.KEYS) == len(settings.SETTINGS)


def test_every_setting_key_in_the_code_is_declared():
    """A string shaped like a setting key in a declared namespace ("documents.x") is a
    declared key, and only programme/settings.py spells keys (the identity's literal
    stays in the frozen migration)."""
    namespaces = {KEY_SHAPE.match(key).group(1) for key in settings.KEYS}  # type: ignore[union-attr]
    found: dict[str, list[str]] = {}
    for path in _python_files():
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                shape = KEY_SHAPE.match(node.value)
                if shape and shape.group(1) in namespaces:
                    found.setdefault(node.value, []).append(str(path.relative_to(PACKAGE)))
    assert set(found) <= settings.KEYS, found
    spelt = {place for places in found.values() for place in places}
    assert spelt == {"programme/settings.py", "store/migrations.py"}
    assert found["database.uuid"] == ["store/migrations.py"]


def test_only_the_settings_module_uses_the_setting_model():
    users = []
    for path in _python_files():
        if path == DECLARING or path.parent.name == "store":
            continue
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.ImportFrom) and any(a.name == "Setting" for a in node.names):
                users.append(str(path.relative_to(PACKAGE)))
    assert users == []


def test_qsettings_keys_are_declared_in_one_module():
    users = [
        str(path.relative_to(PACKAGE))
        for path in _python_files()
        if "QSettings" in _code_only(path).split()
    ]
    assert users == ["ui/common/settings.py"]


def _code_only(path: Path) -> str:
    """The names a module uses (docstrings and comments left out)."""
    tree = ast.parse(path.read_text("utf-8"))
    return " ".join(
        node.id if isinstance(node, ast.Name) else node.attr if isinstance(node, ast.Attribute)
        else " ".join(alias.name for alias in node.names)
        for node in ast.walk(tree)
        if isinstance(node, ast.Name | ast.Attribute | ast.ImportFrom)
    )  # fmt: skip


@pytest.mark.parametrize("setting", settings.SETTINGS, ids=lambda s: s.key)
def test_text_and_parse_round_trip_and_the_default_is_valid(setting):
    good, unusable = SAMPLES[setting.key]
    for value in good:
        assert setting.validate(value) == {}
        assert setting.parse(setting.text(value)) == value
        assert setting.value_of(setting.text(value)) == value
    for text in unusable:
        with pytest.raises(ValueError):
            setting.parse(text)
        assert setting.value_of(text) == setting.default
    assert setting.value_of(None) == setting.default
    if setting is not settings.DATABASE_UUID:
        assert setting.validate(setting.default) == {}


@pytest.mark.parametrize(
    "setting", [s for s in settings.SETTINGS if SAMPLES[s.key][0]], ids=lambda s: s.key
)
def test_written_values_read_back_and_unusable_ones_read_as_the_default(db, setting):
    assert settings.read(setting) == setting.default
    for value in SAMPLES[setting.key][0]:
        settings.write({setting: value})
        assert settings.read(setting) == value
        assert Setting.get_by_id(setting.key).value == setting.text(value)
    for text in SAMPLES[setting.key][1]:
        Setting.replace(key=setting.key, value=text).execute()
        assert settings.read(setting) == setting.default


@pytest.mark.parametrize(
    ("setting", "value", "field"),
    [
        (settings.MATCHING_WEIGHTS, Weights(level_gap=-1), "level_gap"),
        (settings.MATCHING_WEIGHTS, Weights(0, 0, 0, 0, 0), "weights"),
        (settings.MATCHING_MINIMUM_GAP, 6, "minimum_level_gap"),
        (settings.MATCHING_MINIMUM_GAP, -1, "minimum_level_gap"),
        (settings.DOCUMENTS_ORGANISATION, " ", "organisation"),
        (settings.DOCUMENTS_ORGANISATION, "x" * (settings.MAX_TEXT + 1), "organisation"),
        (settings.DOCUMENTS_COORDINATOR, "x" * (settings.MAX_TEXT + 1), "coordinator"),
        (settings.DOCUMENTS_PAPER, "A5", "paper"),
        (settings.CALENDAR_TIMEZONE, "Mars/Olympus", "timezone"),
        (settings.DATABASE_UUID, "another identity", "identity"),
    ],
)
def test_an_invalid_value_is_refused_with_everything_else_and_nothing_written(
    db, setting, value, field
):
    before = list(Setting.select().order_by(Setting.key).tuples())
    with pytest.raises(ValidationError) as caught:
        settings.write({settings.DOCUMENTS_COORDINATOR: "Jo", setting: value})
    assert field in caught.value.errors
    assert list(Setting.select().order_by(Setting.key).tuples()) == before


def test_read_many_reads_several_settings_at_once(db):
    settings.write({settings.DOCUMENTS_PAPER: "Letter", settings.CALENDAR_TIMEZONE: "Asia/Tokyo"})
    values = settings.read_many([settings.DOCUMENTS_PAPER, settings.CALENDAR_TIMEZONE,
                                 settings.DOCUMENTS_ORGANISATION])  # fmt: skip
    assert values == {"documents.paper": "Letter", "calendar.timezone": "Asia/Tokyo",
                      "documents.organisation": settings.DEFAULT_ORGANISATION}  # fmt: skip


def test_the_identity_is_read_as_migration_6_made_it(db):
    made = Setting.get_by_id("database.uuid").value
    assert settings.read(settings.DATABASE_UUID) == made
    Setting.delete().where(Setting.key == "database.uuid").execute()
    assert settings.read(settings.DATABASE_UUID) is None


def test_every_paper_size_has_a_page_size():
    from rmdesk.documents.typesetting import PAGE_SIZES, PAPER_LABELS

    assert set(PAGE_SIZES) == set(PAPER_LABELS) == set(settings.PAPERS)
