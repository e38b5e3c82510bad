"""A pair's detail (Enter or double-click in the Pairs tab): the match as it was
proposed, its meetings, both sides' goals, fit answers, assessments done, the
agreement's signed date (editable) and the pair's history.

Read from ``pairs.pair_detail``; the signed date is written through ``operate()``
and the dialog reads again from the window's change signal, like every view.
"""

from __future__ import annotations

import datetime as dt
import html
from collections import Counter
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from rmdesk.programme.messages import turns
from rmdesk.ui.common import labels, local_format
from rmdesk.ui.common.dates import DateField
from rmdesk.ui.common.labels import shown
from rmdesk.ui.common.operations import Changes, change_hub, operate
from rmdesk.ui.common.wording import isolated, spoken

if TYPE_CHECKING:
    from rmdesk.programme.pairs import PairDetail, PairEvent

e = html.escape


class PairDetailDialog(QDialog):
    """Everything about one pair, on one page that scrolls; the agreement date below."""

    def __init__(self, parent: QWidget | None, pair_id: int) -> None:
        super().__init__(parent)
        self.pair_id = pair_id
        self.setObjectName("pair_detail_dialog")
        self.resize(760, 680)
        self.body = QTextBrowser(objectName="pair_detail")
        self.body.setAccessibleName(self.tr("About this pair"))
        self.body.setOpenLinks(False)
        # Paragraphs run in the window's direction, not the first name's: the names are
        # isolated (wording.isolated), and Qt guesses a paragraph's direction from the
        # first strong letter, inside an isolate too.
        option = self.body.document().defaultTextOption()
        option.setTextDirection(self.layoutDirection())
        self.body.document().setDefaultTextOption(option)
        self.signed = QCheckBox(self.tr("Agreement &signed on"), objectName="agreement_signed")
        self.signed_on = DateField("agreement_date")
        self.signed_on.setAccessibleName(self.tr("Day the agreement was signed"))
        self.signed.toggled.connect(self.signed_on.setEnabled)
        self.save_date = QPushButton(self.tr("Save &date"), objectName="save_agreement")
        self.save_date.clicked.connect(self.save_agreement)
        agreement = QHBoxLayout()
        agreement.addWidget(self.signed)
        agreement.addWidget(self.signed_on)
        agreement.addWidget(self.save_date)
        self.saved = QLabel(objectName="agreement_saved")
        agreement.addWidget(self.saved, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.body, 1)
        layout.addLayout(agreement)
        layout.addWidget(buttons)
        change_hub(self).changed.connect(self._on_changed)
        self.reload()

    @Slot(object, object)
    def _on_changed(self, changes: Changes, _origin: object) -> None:
        if changes & (Changes.PAIRS | Changes.MEETINGS | Changes.GOALS | Changes.ASSESSMENTS
                      | Changes.PARTICIPANTS):  # fmt: skip
            self.reload()

    def done(self, result: int) -> None:
        change_hub(self).changed.disconnect(self._on_changed)
        super().done(result)

    def reload(self) -> None:
        from rmdesk.programme import pairs

        detail = pairs.pair_detail(self.pair_id)
        pair = detail.pair
        self.setWindowTitle(
            self.tr("Pair: {0} & {1}").format(
                isolated(pair.mentor_name), isolated(pair.mentee_name)
            )
        )
        signed = pair.agreement_signed_on
        self.signed.setChecked(signed is not None)
        self.signed_on.setEnabled(signed is not None)
        self.signed_on.setDate(QDate(signed or dt.date.today()))
        self.body.setHtml(
            "".join(
                (
                    self._heading(detail),
                    self._match(detail),
                    self._meetings(detail),
                    self._goals(detail),
                    self._fits(detail),
                    self._assessments(detail),
                    self._history(detail),
                    self._every_meeting(detail),
                )
            )
        )

    # -- sections ----------------------------------------------------------------
    def _heading(self, detail: PairDetail) -> str:
        pair = detail.pair
        status = shown(labels.PAIR_STATUS, pair.status)
        lines = [
            f"<h2>{e(isolated(pair.mentor_name))} &amp; {e(isolated(pair.mentee_name))}</h2>",
            self.tr("<p>Mentor (junior): {0}{1}<br>Mentee (senior): {2}{3}</p>").format(
                e(isolated(pair.mentor_name)),
                f" — {e(pair.mentor_department)}" if pair.mentor_department else "",
                e(isolated(pair.mentee_name)),
                f" — {e(pair.mentee_department)}" if pair.mentee_department else "",
            ),
            self.tr("<p>{0} · {1}</p>").format(e(detail.cycle_name), e(status)),
        ]
        if pair.started_on is not None:
            lines.append(self.tr("<p>Started {0}</p>").format(local_format.day(pair.started_on)))
        if pair.ended_on is not None:
            lines.append(self.tr("<p>Ended {0}</p>").format(local_format.day(pair.ended_on)))
        if pair.end_reason:
            lines.append(self.tr("<p>Why it ended: {0}</p>").format(e(pair.end_reason)))
        return "".join(lines)

    def _match(self, detail: PairDetail) -> str:
        pair = detail.pair
        title = self.tr("<h3>The match</h3>")
        if pair.match_score is None and not pair.match_reasons:
            return title + self.tr("<p>No score was kept for this pair.</p>")
        score = (
            self.tr("<p>Score {0:.0f} of 100 when it was proposed.</p>").format(pair.match_score)
            if pair.match_score is not None
            else ""
        )
        reasons = "".join(f"<li>{e(spoken(reason))}</li>" for reason in turns(pair.match_reasons))
        return f"{title}{score}<ul>{reasons}</ul>"

    def _meetings(self, detail: PairDetail) -> str:
        """How many held, planned, cancelled (by whom) and missed; the list is last."""
        counts = Counter(meeting.status for meeting in detail.meetings)
        by = Counter(meeting.cancelled_by for meeting in detail.meetings if meeting.cancelled_by)
        who = ", ".join(
            self.tr("{0} by {1}").format(n, shown(labels.CANCELLED_BY, canceller))
            for canceller, n in sorted(by.items())
        )
        summary = self.tr("<p>{0} held · {1} planned · {2} cancelled · {3} missed</p>").format(
            counts["held"], counts["planned"], counts["cancelled"], counts["missed"]
        )
        if who:
            summary += self.tr("<p>Cancelled: {0}</p>").format(e(who))
        return self.tr("<h3>Meetings</h3>") + summary

    def _every_meeting(self, detail: PairDetail) -> str:
        title = self.tr("<h3>Every meeting</h3>")
        rows = []
        for meeting in detail.meetings:
            status = shown(labels.MEETING_STATUS, meeting.status)
            if meeting.cancelled_by:
                by = shown(labels.CANCELLED_BY, meeting.cancelled_by)
                status = self.tr("{0} by {1}").format(status, by)
            rows.append(f"<li>{local_format.moment(meeting.starts_at)} — {e(status)}</li>")
        if not rows:
            return title + self.tr("<p>None yet.</p>")
        return f"{title}<ul>{''.join(rows)}</ul>"

    def _goals(self, detail: PairDetail) -> str:
        parts = [self.tr("<h3>Goals</h3>")]
        for owner in ("mentee", "mentor"):
            goals = [goal for goal in detail.goals if goal.owner == owner]
            parts.append(f"<p><b>{e(shown(labels.GOAL_OWNER, owner))}</b></p>")
            if not goals:
                parts.append(self.tr("<p>No goals yet.</p>"))
                continue
            items = "".join(
                self.tr("<li>{0} — {1}, {2} %</li>").format(
                    e(goal.title), e(shown(labels.GOAL_STATUS, goal.status)), goal.progress
                )
                for goal in goals
            )
            parts.append(f"<ul>{items}</ul>")
        return "".join(parts)

    def _fits(self, detail: PairDetail) -> str:
        title = self.tr("<h3>Pairing fit</h3>")
        if not detail.fits:
            return title + self.tr("<p>Nobody has answered yet.</p>")
        items = "".join(
            self.tr("<li>{0}: {1} on {2}{3}</li>").format(
                e(fit.name),
                e(shown(labels.FIT, fit.answer)),
                local_format.day(fit.date),
                f" — {e(fit.note)}" if fit.note else "",
            )
            for fit in detail.fits
        )
        return f"{title}<ul>{items}</ul>"

    def _assessments(self, detail: PairDetail) -> str:
        title = self.tr("<h3>Assessments done</h3>")
        if not detail.assessments:
            return title + self.tr("<p>None yet.</p>")
        items = "".join(
            self.tr("<li>{0}: {1} on {2}{3}</li>").format(
                e(shown(labels.PHASE, done.phase)),
                e(done.name),
                local_format.day(done.date),
                self.tr(", satisfaction {0} of 5").format(done.satisfaction)
                if done.satisfaction is not None
                else "",
            )
            for done in detail.assessments
        )
        return f"{title}<ul>{items}</ul>"

    def _history(self, detail: PairDetail) -> str:
        items = "".join(
            f"<li>{local_format.day(event.happened_on)} — {e(self._event(event))}</li>"
            if event.happened_on is not None
            else self.tr("<li>{0} (before rmdesk kept a history)</li>").format(
                e(self._event(event))
            )
            for event in detail.history
        )
        return self.tr("<h3>History</h3>") + f"<ul>{items}</ul>"

    def _event(self, event: PairEvent) -> str:
        detail = event.detail
        if event.kind == "proposed":
            return (
                self.tr("Proposed, replacing {0}").format(detail) if detail else self.tr("Proposed")
            )
        if event.kind == "published":
            return self.tr("Published")
        if event.kind == "agreement_signed":
            return self.tr("Agreement signed")
        if event.kind == "completed":
            return self.tr("Completed")
        if event.kind == "ended_early":
            return self.tr("Ended early: {0}").format(detail)
        if event.kind == "replaced":
            return self.tr("Mentor replaced by {0}").format(detail)
        return event.kind

    # -- the one thing written here ------------------------------------------------
    @Slot()
    def save_agreement(self) -> None:
        from rmdesk.programme import pairs

        value = self.signed_on.date()
        day = dt.date(value.year(), value.month(), value.day()) if self.signed.isChecked() else None
        pair_id = self.pair_id
        said = (
            self.tr("Saved: signed on {0}.").format(local_format.day(day))
            if day is not None
            else self.tr("Saved: not signed.")
        )
        operate(
            self,
            lambda: pairs.set_agreement_signed(pair_id, day),
            Changes.PAIRS,
            lambda _result: self.saved.setText(said),
            origin=self.parentWidget() or self,
        )
