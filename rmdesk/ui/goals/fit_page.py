"""The Goals tab's Pairing fit page: after a pair's first held meeting, is it a good fit?"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from rmdesk.ui.common import local_format, palette
from rmdesk.ui.common.labels import FIT, GOAL_OWNER, all_shown
from rmdesk.ui.common.wording import counted
from rmdesk.ui.goals.assessments_page import action_button, list_table, open_on_enter
from rmdesk.ui.goals.model import ROW_ROLE, FitModel

if TYPE_CHECKING:
    from rmdesk.programme.checkins import FitRow


class FitPage(QWidget):
    """Each person of a pair that has met, and their answer (or none yet)."""

    def __init__(self, fit_action: QAction) -> None:
        super().__init__()
        self.model = FitModel(self)
        self.table = list_table(
            self.model,
            "fit_table",
            ("Alejandro Rodríguez – Margaret Lee", "Alejandro Rodríguez-Smith",
             all_shown(GOAL_OWNER),
             (*all_shown(FIT), QCoreApplication.translate("FitModel", "Not asked yet")),
             local_format.day(dt.date(2026, 12, 31))),
        )  # fmt: skip
        open_on_enter(self.table, fit_action)
        self.label = QLabel(objectName="fit_label", wordWrap=True)
        bar = QHBoxLayout()
        bar.addWidget(self.label, 1)
        bar.addWidget(action_button(fit_action, "record_fit_button"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

    def show_rows(self, fits: list[FitRow], pair_id: int | None, labels: dict[int, str]) -> int:
        """Show the checks of one pair (None: all); returns how many people are to ask."""
        rows = [row for row in fits if pair_id is None or row.pair_id == pair_id]
        self.model.set_rows(rows, labels)
        to_ask = sum(1 for row in rows if not row.answer)
        unfit = sum(1 for row in rows if row.answer == "not_a_good_fit")
        if not rows:
            text = self.tr(
                "The pairing-fit check comes after a pair's first held meeting; no pair "
                "here has met yet."
            )
        else:
            text = (
                counted(to_ask, self.tr("{0} person to ask"), self.tr("{0} people to ask"))
                if to_ask
                else self.tr("Everyone asked")
            )
            if unfit:
                text += " · " + palette.emphasis(self.tr("{0} not a good fit").format(unfit))
        self.label.setText(text)
        return to_ask

    def selected(self) -> FitRow | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None
