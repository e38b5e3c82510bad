"""Layering: storage and domain code never import Qt or the GUI.

The store and the programme rules are shared by the window, the command line and
the tests; a Qt import there would drag a GUI toolkit into headless use.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

import rmdesk

PACKAGE_ROOT = Path(rmdesk.__file__).resolve().parent
HEADLESS_PACKAGES = ("store", "programme", "documents", "exchange")
FORBIDDEN = ("PySide6", "shiboken6", "rmdesk.ui", "rmdesk.app")


def _module_name(path: Path, root: Path = PACKAGE_ROOT.parent) -> str:
    parts = path.relative_to(root).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imported_modules(path: Path, root: Path = PACKAGE_ROOT.parent) -> list[tuple[int, str]]:
    """(line, absolute module name) for every import in the file, relative ones resolved."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = _module_name(path, root)
    if path.name != "__init__.py":
        package = package.rpartition(".")[0]
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                module = ".".join([*base, node.module] if node.module else base)
            else:
                module = node.module or ""
            found.append((node.lineno, module))
            # ``from rmdesk import ui`` imports rmdesk.ui too.
            found.extend((node.lineno, f"{module}.{alias.name}") for alias in node.names)
    return found


def _is_forbidden(module: str) -> bool:
    return any(module == name or module.startswith(name + ".") for name in FORBIDDEN)


def _headless_files() -> list[Path]:
    files: list[Path] = []
    for package in HEADLESS_PACKAGES:
        folder = PACKAGE_ROOT / package
        if folder.is_dir():
            files.extend(sorted(folder.rglob("*.py")))
    return files


def test_the_walk_finds_the_headless_modules():
    names = {_module_name(path) for path in _headless_files()}
    assert {"rmdesk.store.database", "rmdesk.store.models", "rmdesk.programme"} <= names


def test_forbidden_imports_are_detected():
    """The checker itself: a Qt import in a throwaway module is reported."""
    assert _is_forbidden("PySide6.QtCore")
    assert _is_forbidden("rmdesk.ui.main_window")
    assert _is_forbidden("rmdesk.app")
    assert not _is_forbidden("rmdesk.apply")
    assert not _is_forbidden("rmdesk.store")


@pytest.mark.parametrize(
    "path",
    _headless_files(),
    ids=lambda path: str(path.relative_to(PACKAGE_ROOT)),
)
def test_headless_module_imports_no_qt_and_no_gui(path: Path):
    offending = [
        f"{path.relative_to(PACKAGE_ROOT.parent)}:{line} imports {module}"
        for line, module in _imported_modules(path)
        if _is_forbidden(module)
    ]
    assert offending == [], "headless code must not import Qt or the GUI:\n" + "\n".join(offending)


def test_importing_store_and_domain_does_not_load_qt():
    code = (
        "import sys\n"
        "import rmdesk.store, rmdesk.programme.participants, rmdesk.programme.demo\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "assert 'rmdesk.store.database' in sys.modules\n"
        "print(','.join(loaded))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "", f"Qt modules were loaded: {result.stdout.strip()}"


# -- the window reaches the store only through the domain ------------------------------
UI_FORBIDDEN = ("peewee", "playhouse", "rmdesk.store.models")


def _ui_files() -> list[Path]:
    return sorted((PACKAGE_ROOT / "ui").rglob("*.py"))


def _ui_offences(path: Path, root: Path = PACKAGE_ROOT.parent) -> list[str]:
    """Imports of the ORM or the models, and transactions opened, in one UI module."""
    where = path.relative_to(root)
    first: dict[int, str] = {}  # ``from peewee import X`` is peewee and peewee.X: say peewee
    for line, module in _imported_modules(path, root):
        if any(module == name or module.startswith(name + ".") for name in UI_FORBIDDEN):
            first.setdefault(line, module)
    found = [f"{where}:{line} imports {module}" for line, module in sorted(first.items())]
    for number, text in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if ".atomic(" in text:
            found.append(f"{where}:{number} opens a transaction")
    return found


def test_the_ui_checker_finds_orm_imports_and_transactions(tmp_path: Path):
    ui = tmp_path / "rmdesk" / "ui"
    ui.mkdir(parents=True)
    module = ui / "probe.py"
    module.write_text(
        "from peewee import OperationalError\n"
        "import playhouse.migrate\n"
        "from rmdesk.store import models\n"
        "from rmdesk.store.errors import WriteFailed\n"
        "def save(db):\n"
        "    with db.atomic():\n"
        "        pass\n",
        encoding="utf-8",
    )
    assert _ui_offences(module, tmp_path) == [
        "rmdesk/ui/probe.py:1 imports peewee",
        "rmdesk/ui/probe.py:2 imports playhouse.migrate",
        "rmdesk/ui/probe.py:3 imports rmdesk.store.models",
        "rmdesk/ui/probe.py:6 opens a transaction",
    ]


def test_the_walk_finds_the_ui_modules():
    names = {_module_name(path) for path in _ui_files()}
    assert {"rmdesk.ui.main_window", "rmdesk.ui.participants.dialog"} <= names


@pytest.mark.parametrize("path", _ui_files(), ids=lambda path: str(path.relative_to(PACKAGE_ROOT)))
def test_ui_module_imports_no_orm_and_opens_no_transaction(path: Path):
    offences = _ui_offences(path)
    assert offences == [], (
        "the window calls the domain (rmdesk.programme) for every read and write, and "
        "catches rmdesk.store.errors.WriteFailed, never the ORM's errors:\n" + "\n".join(offences)
    )
