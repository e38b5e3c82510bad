"""rmdesk needs only PySide6-Essentials: nothing it imports may come from the 175 MB
PySide6-Addons wheel (QtPdf, the web engine …), which is no longer installed with it."""

from __future__ import annotations

import ast
import importlib.metadata
import subprocess
import sys
from pathlib import Path

import rmdesk

PACKAGE = Path(rmdesk.__file__).parent


def essentials() -> set[str]:
    """The Qt modules the PySide6-Essentials wheel ships (its compiled ``PySide6/Qt*``)."""
    names = set()
    for file in importlib.metadata.files("PySide6-Essentials") or []:
        parts = file.parts
        compiled = parts[-1].startswith("Qt") and parts[-1].endswith((".so", ".pyd"))
        if len(parts) == 2 and parts[0] == "PySide6" and compiled:
            names.add(parts[1].split(".")[0])
    return names


def qt_modules_named_in_the_source() -> dict[str, str]:
    """Every ``PySide6.Qt*`` module any rmdesk file imports, even inside a function."""
    found: dict[str, str] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                modules = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            elif isinstance(node, ast.Import):
                modules = [alias.name for alias in node.names]
            else:
                continue
            for module in modules:
                parts = module.split(".")
                if parts[0] == "PySide6" and len(parts) > 1 and parts[1].startswith("Qt"):
                    found.setdefault(parts[1], str(path.relative_to(PACKAGE)))
    return found


def test_every_qt_module_rmdesk_imports_is_in_pyside6_essentials():
    shipped = essentials()
    assert {"QtCore", "QtGui", "QtWidgets", "QtPrintSupport"} <= shipped
    named = qt_modules_named_in_the_source()
    assert "QtPrintSupport" in named  # the scan does see the imports
    outside = {module: where for module, where in named.items() if module not in shipped}
    assert outside == {}


def test_importing_all_of_rmdesk_loads_no_qt_module_from_elsewhere():
    """Libraries rmdesk uses must not pull an Addons module in either."""
    modules = sorted(
        ".".join(("rmdesk", *p.relative_to(PACKAGE).with_suffix("").parts)).removesuffix(
            ".__init__"
        )
        for p in PACKAGE.rglob("*.py")
        if p.name != "__main__.py"
    )
    child = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "print(' '.join(m.split('.')[1] for m in sys.modules if m.startswith('PySide6.Qt')))\n"
    )
    done = subprocess.run([sys.executable, "-c", child], capture_output=True, text=True,
                          timeout=120, check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr
    loaded = set(done.stdout.split())
    assert {"QtCore", "QtWidgets", "QtPrintSupport"} <= loaded  # it did import the window
    assert loaded - essentials() == set()
