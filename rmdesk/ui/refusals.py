"""Domain refusals shown to the coordinator, the same way in every tab."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget


def attempt(parent: QWidget, call: Callable[[], object]) -> bool:
    """Run a domain call; a broken rule or an invalid value becomes a message box.

    The domain writes nothing when it refuses (``RuleError``/``ValidationError``;
    the latter's text is every field's message), so there is nothing to undo here.
    """
    from rmdesk.programme.validation import RuleError, ValidationError

    try:
        call()
    except (RuleError, ValidationError) as error:
        QMessageBox.warning(parent, parent.tr("Not possible"), str(error))
        return False
    return True
