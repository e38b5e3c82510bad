"""What an import reads and says: a problem, a row, the preview, the result.

Plain data: ``preview_participants`` returns an ``ImportPreview`` (its rows and
every ``Problem``), ``apply_import`` an ``ImportResult``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rmdesk.programme.messages import QT_TRANSLATE_NOOP, Message
from rmdesk.programme.records import ManagerRef

ProgressFn = Callable[[int, int], None]


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with the file; ``line`` is the file's line (header = 1), or its
    row in a worksheet (``unit``); ``column`` as the file names it."""

    line: int
    column: str
    message: str
    unit: str = field(default="line", compare=False)

    def __str__(self) -> str:
        where = f"{self.unit} {self.line}" + (f", column {self.column}" if self.column else "")
        return f"{where}: {self.message}"


@dataclass
class ImportRow:
    """One participant of the file, cleaned; ``values`` holds only the file's columns."""

    line: int
    values: dict[str, Any]
    email: str | None
    existing_id: int | None = None
    # The manager as the file names them (e-mail, employee ID or name); None: no column.
    manager_text: str | None = None
    # Whom that resolved to: a stored participant's id, ("line", n) a new row, None nobody.
    manager_target: int | tuple[str, int] | None = None
    manager: ManagerRef | None = None  # set when written (``apply_import``)
    topics: list[str] | None = None  # None: the file does not say, keep them
    status: str = "new"  # new, updated, unchanged


@dataclass
class ImportPreview:
    """What an import would do; ``problems`` must be empty (and topics agreed) to apply."""

    rows: list[ImportRow] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    columns: tuple[str, ...] = ()  # the fields the file fills
    ignored: tuple[str, ...] = ()  # the file's columns no field claims
    unit: str = "line"  # "row" for a worksheet
    columns_refused: bool = False  # the problems are the columns' mapping, not the rows
    # A value given for everyone -> (the value, the file's column or None, rows it filled).
    everyone: dict[str, tuple[str, str | None, int]] = field(default_factory=dict)
    # Topic names the database does not know -> where they appear (line, column).
    unknown_topics: dict[str, list[tuple[int, str]]] = field(default_factory=dict)

    def count(self, status: str) -> int:
        return sum(1 for row in self.rows if row.status == status)

    @property
    def new(self) -> int:
        return self.count("new")

    @property
    def updated(self) -> int:
        return self.count("updated")

    @property
    def unchanged(self) -> int:
        return self.count("unchanged")

    def blocking_problems(self, *, create_topics: bool) -> list[Problem]:
        """Every problem, plus the unknown topics unless the coordinator agreed to create them."""
        found = list(self.problems)
        if not create_topics:
            for name, places in self.unknown_topics.items():
                found.extend(
                    Problem(
                        line,
                        column,
                        Message(
                            QT_TRANSLATE_NOOP(
                                "Domain", "unknown topic “{name}” (create it, or fix the name)"
                            ),
                            name=name,
                        ),
                        self.unit,
                    )
                    for line, column in places
                )
        return sorted(found)

    def summary(self) -> str:
        return f"{self.new} new, {self.updated} updated, {self.unchanged} unchanged"


@dataclass(frozen=True)
class ImportResult:
    created: int
    updated: int
    unchanged: int
    topics_created: tuple[str, ...]
    backup: Path | None
