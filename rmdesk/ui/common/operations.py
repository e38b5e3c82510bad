"""Every write the window makes, and the one signal that says what it changed.

Modelled on Anki's ``CollectionOp``: an operation is the domain call (on a worker
thread through ``background.py`` when it is long), then success or failure on the
UI thread, then one announcement of what changed on ``change_hub().changed``.
There is one hub per window (a child of it), so two windows (or the windows of
successive tests) never hear each other's changes.
Views never call each other to refresh: each listens to that signal and decides
from the ``Changes`` flags whether it must read again (a hidden tab when it is
shown). A refused call (a broken rule, an invalid value, a failed write) wrote
nothing, so it announces nothing.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from rmdesk.ui.common.background import Progress, run_in_background
from rmdesk.ui.common.refusals import attempt, refusal_types

T = TypeVar("T")


class Changes(enum.Flag):
    """What a write changed; views read again only what they show."""

    NONE = 0
    PARTICIPANTS = enum.auto()
    CYCLES = enum.auto()  # cycles and their milestones
    PAIRS = enum.auto()
    MEETINGS = enum.auto()
    GOALS = enum.auto()
    ASSESSMENTS = enum.auto()  # self-assessments and pairing-fit answers
    SETTINGS = enum.auto()  # kept in the database: dimensions, documents, closed days
    EVERYTHING = PARTICIPANTS | CYCLES | PAIRS | MEETINGS | GOALS | ASSESSMENTS | SETTINGS


class ChangeHub(QObject):
    """The one object whose ``changed`` signal every view listens to."""

    changed = Signal(object, object)  # Changes, and the view that made it (or None)


def change_hub(widget: QWidget) -> ChangeHub:
    """The hub of ``widget``'s main window (created on first use, a child of it).

    A dialog is a window of its own; its parent's window is the one it writes for.
    """
    top = widget.window()
    parent = top.parentWidget()
    while parent is not None:
        top = parent.window()
        parent = top.parentWidget()
    hub = top.findChild(ChangeHub, "change_hub", Qt.FindChildOption.FindDirectChildrenOnly)
    if hub is None:
        hub = ChangeHub(top)
        hub.setObjectName("change_hub")
    return hub


def announce(changes: Changes, origin: QWidget) -> None:
    """Tell every view of ``origin``'s window what changed (``operate`` does, and a
    restore that swapped the database); ``origin`` itself reads at once even if not
    shown. Forms do not call this: they save through ``operate``."""
    if changes:
        change_hub(origin).changed.emit(changes, origin)


def operate(
    parent: QWidget,
    call: Callable[[], T],
    changes: Changes,
    on_success: Callable[[T], object] | None = None,
    *,
    on_refused: Callable[[Exception], object] | None = None,
    origin: QWidget | None = None,
) -> bool:
    """Run a short domain call on the UI thread; a refusal becomes a message box.

    A form passes ``on_refused``: a refusal (``RuleError``, ``ValidationError``,
    ``WriteFailed``) is handed to it instead, to show under the fields while the
    dialog stays open. A refusal wrote nothing and announces nothing.
    On success the change is announced first (every view reads again), as made by
    ``origin`` (by default ``parent``; a form gives the view that opened it), then
    ``on_success`` runs with the call's result (select what was made, say it).
    """
    result: list[T] = []
    if on_refused is None:
        if not attempt(parent, lambda: result.append(call())):
            return False
    else:
        try:
            result.append(call())
        except refusal_types() as error:
            on_refused(error)
            return False
    announce(changes, parent if origin is None else origin)
    if on_success is not None:
        on_success(result[0])
    return True


def operate_in_background(
    parent: QWidget,
    label: str,
    work: Callable[[Progress], T],
    changes: Changes,
    on_success: Callable[[T], None],
    on_failure: Callable[[BaseException], None],
    *,
    cancellable: bool = True,
) -> Any:
    """Run a long domain call on a worker thread behind a progress dialog.

    Success announces ``changes`` on the UI thread, then calls ``on_success``;
    a failure or a cancel (rolled back whole) announces nothing.
    Returns the worker, so tests and shutdown can ``wait()`` for it.
    """

    def succeeded(result: T) -> None:
        announce(changes, parent)
        on_success(result)

    return run_in_background(parent, label, work, succeeded, on_failure, cancellable=cancellable)
