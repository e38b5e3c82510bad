"""The window's colours stay readable on a light and on a dark desktop theme: what the
calendar paints on a day and what the Goals tab shows for an overdue goal and progress
reach a WCAG contrast of at least 3 against the background they are drawn on."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from PySide6.QtCore import QDate, QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem

from rmdesk.ui.calendar.tab import MeetingCalendar
from rmdesk.ui.common import palette
from rmdesk.ui.common.palette import contrast
from rmdesk.ui.goals.model import COL_PROGRESS, COL_STATUS, COL_TARGET, PROGRESS_ROLE
from rmdesk.ui.goals.tab import GoalsTab
from tests.ui.test_goals_tab import build_programme

Role = QPalette.ColorRole
LIGHT = {
    Role.Window: "#efefef", Role.WindowText: "#000000", Role.Base: "#ffffff",
    Role.AlternateBase: "#f7f7f7", Role.Text: "#000000", Role.Button: "#efefef",
    Role.ButtonText: "#000000", Role.Highlight: "#308cc6", Role.HighlightedText: "#ffffff",
}  # fmt: skip
DARK = {
    Role.Window: "#2b2b2b", Role.WindowText: "#e6e6e6", Role.Base: "#1e1e1e",
    Role.AlternateBase: "#262626", Role.Text: "#e6e6e6", Role.Button: "#353535",
    Role.ButtonText: "#e6e6e6", Role.Highlight: "#3d6fb4", Role.HighlightedText: "#ffffff",
}  # fmt: skip


@pytest.fixture(params=["light", "dark"])
def theme(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[QPalette]:
    """The application's palette set to a light or a dark desktop theme, then put back."""
    before = QPalette(qapp.palette())
    chosen = QPalette()
    for role, name in (LIGHT if request.param == "light" else DARK).items():
        chosen.setColor(role, QColor(name))
    qapp.setPalette(chosen)
    yield chosen
    qapp.setPalette(before)


def test_contrast_is_the_wcag_ratio() -> None:
    assert contrast(QColor("black"), QColor("white")) == pytest.approx(21)
    assert contrast(QColor("#777777"), QColor("#777777")) == pytest.approx(1)
    assert contrast(QColor("#767676"), QColor("white")) == pytest.approx(4.54, abs=0.01)


def painted_day(status: str) -> tuple[QImage, QColor]:
    """A calendar day with one meeting of ``status`` and a milestone, as painted."""
    calendar = MeetingCalendar()
    day = dt.date(2026, 3, 10)
    calendar.counts = {day: {status: 1}}
    calendar.milestones = {day: "Kick-off"}
    image = QImage(60, 40, QImage.Format.Format_ARGB32)
    image.fill(palette.background())
    painter = QPainter(image)
    calendar.paintCell(painter, QRect(0, 0, 60, 40), QDate(day))
    painter.end()
    calendar.deleteLater()
    return image, QColor(image.pixel(25, 3))  # the day's background, clear of any mark


@pytest.mark.parametrize("status", ["planned", "held", "cancelled", "missed"])
def test_a_days_badge_and_its_number_are_readable(theme: QPalette, status: str) -> None:
    image, ground = painted_day(status)
    assert ground == theme.color(Role.Base)
    badge = QColor(image.pixel(42, 31))  # the badge (x 40-58, y 25-38), left of its number
    assert contrast(badge, ground) >= 3
    number = max(
        (QColor(image.pixel(x, y)) for x in range(44, 56) for y in range(26, 37)),
        key=lambda pixel: contrast(pixel, badge),
    )
    assert contrast(number, badge) >= 3
    milestone = QColor(image.pixel(3, 20))  # the bar down the day's left edge
    assert contrast(milestone, ground) >= 3


def test_overdue_and_progress_in_the_goals_tab_are_readable(qtbot, db, theme: QPalette) -> None:
    programme = build_programme()
    tab = GoalsTab()
    qtbot.addWidget(tab)
    tab.resize(1200, 600)
    tab.show()
    tab.set_cycle(programme.cycle)
    ground = tab.tree.palette().color(Role.Base)
    assert ground == theme.color(Role.Base)

    late = tab.model.goal_index(programme.late_goal)
    for column in (COL_TARGET, COL_STATUS):
        brush = late.siblingAtColumn(column).data(Qt.ItemDataRole.ForegroundRole)
        assert contrast(brush.color(), ground) >= 3

    index = tab.model.goal_index(programme.mentee_goal).siblingAtColumn(COL_PROGRESS)
    assert index.data(PROGRESS_ROLE) == 40
    option = QStyleOptionViewItem()
    option.rect = tab.tree.visualRect(index)
    option.widget = tab.tree
    option.palette = tab.tree.palette()
    bar = tab.delegate.bar_option(option, index)
    assert bar is not None
    assert bar.palette.color(Role.Base) == ground  # the bar follows the desktop's theme
    assert contrast(bar.palette.color(Role.Text), ground) >= 3
    assert contrast(bar.palette.color(Role.HighlightedText), bar.palette.color(Role.Highlight)) >= 3


def test_labels_and_error_lines_read_on_the_window_background(theme: QPalette) -> None:
    window = theme.color(Role.Window)
    red = QColor(palette.label_style().removeprefix("color: ").removesuffix(";"))
    assert contrast(red, window) >= 4.5
    emphasised = palette.emphasis("3 overdue")
    assert emphasised.startswith(f"<b style='color:{red.name()}'>")
    assert emphasised.endswith(">3 overdue</b>")


@pytest.mark.parametrize("selected", [False, True])
def test_a_goals_percentage_is_written_readably_beside_its_bar(
    qtbot, db, theme: QPalette, selected: bool
) -> None:
    """What is painted, not only the palette: the number sits beside the bar (never on
    the chunk, where styles pick their own colours) in the row's text colour."""
    from PySide6.QtWidgets import QStyle

    programme = build_programme()
    tab = GoalsTab()
    qtbot.addWidget(tab)
    tab.resize(1200, 600)
    tab.show()
    tab.set_cycle(programme.cycle)
    index = tab.model.goal_index(programme.mentee_goal).siblingAtColumn(COL_PROGRESS)
    option = QStyleOptionViewItem()
    option.rect = QRect(0, 0, 160, 28)
    option.widget = tab.tree
    option.palette = tab.tree.palette()
    option.font = tab.tree.font()
    option.fontMetrics = tab.tree.fontMetrics()
    option.state = QStyle.StateFlag.State_Enabled
    if selected:
        option.state |= QStyle.StateFlag.State_Selected
    bar = tab.delegate.bar_option(option, index)
    assert bar is not None and not bar.textVisible
    label = tab.delegate.label_rect(option)
    assert bar.rect.right() < label.left()  # the number is not drawn on the bar

    image = QImage(160, 28, QImage.Format.Format_ARGB32)
    ground = theme.color(Role.Highlight if selected else Role.Base)
    image.fill(ground)
    painter = QPainter(image)
    tab.delegate.paint(painter, option, index)
    painter.end()
    behind = QColor(image.pixel(label.right(), label.top() + 1))  # clear of the glyphs
    darkest = max(
        (
            QColor(image.pixel(x, y))
            for x in range(label.left(), label.right() + 1)
            for y in range(label.top(), label.bottom() + 1)
        ),
        key=lambda pixel: contrast(pixel, behind),
    )
    # As readable as the row's own text in this theme (a selected row: the theme's white
    # on its highlight), and at least 4.5:1 where the theme's text is.
    text = theme.color(Role.HighlightedText if selected else Role.Text)
    assert contrast(darkest, behind) >= min(4.5, contrast(text, ground)) * 0.98
