"""Long work off the UI thread: one helper for demo data, imports, PDFs, backups.

The work function gets a ``Progress`` to report through and must not touch any
widget; results come back to the UI thread through queued signals.  Cancelling
raises ``Cancelled`` inside the work at its next report, so work wrapped in a
transaction rolls back whole.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget


class Cancelled(Exception):
    """The coordinator pressed Cancel; the work stopped at its next progress report."""


class Progress:
    """Handed to the work function; thread-safe."""

    def __init__(self, emit: Callable[[int, int], None]) -> None:
        self._emit = emit
        self._cancelled = threading.Event()

    def __call__(self, done: int, total: int) -> None:
        if self._cancelled.is_set():
            raise Cancelled
        self._emit(done, total)

    def cancel(self) -> None:
        self._cancelled.set()


class _Worker(QThread):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[Progress], Any], parent: QObject | None) -> None:
        super().__init__(parent)
        self._work = work
        self.progress = Progress(self.progressed.emit)

    def run(self) -> None:
        try:
            result = self._work(self.progress)
        except BaseException as error:  # reported to the UI thread, never lost
            self.failed.emit(error)
        else:
            self.succeeded.emit(result)
        finally:
            from rmdesk.store.database import close_thread_connection

            close_thread_connection()  # this thread's own connection only


class _Relay(QObject):
    """Lives in the UI thread, so the worker's signals reach it queued, never direct;
    hands the result to the caller once the thread has ended."""

    def __init__(
        self,
        parent: QObject | None,
        worker: _Worker,
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._on_success, self._on_failure = on_success, on_failure
        worker.succeeded.connect(self._succeeded)
        worker.failed.connect(self._failed)

    @Slot(object)
    def _succeeded(self, result: object) -> None:
        self._finish()
        self._on_success(result)

    @Slot(object)
    def _failed(self, error: object) -> None:
        self._finish()
        assert isinstance(error, BaseException)
        self._on_failure(error)

    def _finish(self) -> None:
        self._worker.wait()
        self._worker.deleteLater()
        self.deleteLater()


class _DialogRelay(_Relay):
    """A ``_Relay`` that also drives a progress dialog (and its Cancel)."""

    def __init__(
        self,
        dialog: QProgressDialog,
        worker: _Worker,
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
    ) -> None:
        super().__init__(dialog.parent(), worker, on_success, on_failure)
        self._dialog = dialog
        worker.progressed.connect(self._show_progress)
        dialog.canceled.connect(worker.progress.cancel)

    @Slot(int, int)
    def _show_progress(self, done: int, total: int) -> None:
        self._dialog.setMaximum(max(total, 1))
        self._dialog.setValue(min(done, max(total, 1)))

    def _finish(self) -> None:
        self._dialog.close()
        self._dialog.deleteLater()
        super()._finish()


def run_in_background(
    parent: QWidget,
    label: str,
    work: Callable[[Progress], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None],
    *,
    cancellable: bool = True,
) -> _Worker:
    """Run ``work`` on a worker thread behind a window-modal progress dialog.

    Returns the worker so tests (and shutdown) can ``wait()`` for it.
    """
    dialog = QProgressDialog(
        label, QCoreApplication.translate("Background", "Cancel"), 0, 0, parent
    )
    dialog.setWindowTitle("rmdesk")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    if not cancellable:
        dialog.setCancelButton(None)
    worker = _Worker(work, parent)
    _DialogRelay(dialog, worker, on_success, on_failure)
    worker.start()
    return worker


def run_quietly(
    parent: QWidget,
    work: Callable[[], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None],
) -> _Worker:
    """Run ``work`` (reading only) on a worker thread with no dialog: the window stays
    usable meanwhile. Returns the worker, to ``wait()`` for before the store closes."""
    worker = _Worker(lambda _progress: work(), parent)
    _Relay(parent, worker, on_success, on_failure)
    worker.start()
    return worker
