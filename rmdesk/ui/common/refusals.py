"""Domain refusals shown to the coordinator, the same way in every tab."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from rmdesk.store.errors import WriteFailed
from rmdesk.ui.common.wording import spoken_error


def write_failure_text(error: WriteFailed) -> str:
    """What to say when SQLite could not write (disk full, read-only folder, I/O error).

    Every write is one transaction, so the step was rolled back whole; what the
    coordinator typed is still on screen and nothing saved earlier is touched.
    """
    return QCoreApplication.translate(
        "Refusals",
        "Not saved: the database could not be written ({0}). Nothing of this step "
        "was written and everything saved before is safe. Free some disk space or check "
        "the folder, then try again.",
    ).format(error.reason)


def refusal_types() -> tuple[type[Exception], ...]:
    """The exceptions that mean the domain refused and wrote nothing."""
    from rmdesk.programme.validation import RuleError, ValidationError

    return (RuleError, ValidationError, WriteFailed)


def attempt(parent: QWidget, call: Callable[[], object]) -> bool:
    """Run a domain call; a broken rule, an invalid value or a failed write becomes a
    message box.

    The domain writes nothing when it refuses (``RuleError``/``ValidationError``;
    the latter's text is every field's message), so there is nothing to undo here.
    """
    from rmdesk.programme.validation import RuleError, ValidationError

    try:
        call()
    except (RuleError, ValidationError) as error:
        QMessageBox.warning(
            parent, QCoreApplication.translate("Refusals", "Not possible"), spoken_error(error)
        )
        return False
    except WriteFailed as error:
        QMessageBox.critical(
            parent, QCoreApplication.translate("Refusals", "Not saved"), write_failure_text(error)
        )
        return False
    return True
