"""The Goals tab's models: the goals tree (pair → owner group → goals), the assessments
that are due or done, and the pairing-fit checks.

Built in one pass over the rows the domain returns (``goals.list_goals``), with no
query per row, so a 500-pair cycle with 3,000 goals resets in a few milliseconds.
Every node lives in ``self._nodes``; an index carries its node's position there as
its internal id (plain ints: no Python object has to outlive a reset).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from rmdesk.ui.common import local_format, palette
from rmdesk.ui.common.labels import (
    FIT,
    GOAL_OWNER,
    GOAL_STATUS,
    PAIR_STATUS_WORD,
    PHASE,
    QT_TRANSLATE_NOOP,
    header,
    shown,
)
from rmdesk.ui.common.table_model import RowTableModel

if TYPE_CHECKING:
    from rmdesk.programme.assessments import AssessmentDue
    from rmdesk.programme.checkins import FitRow
    from rmdesk.programme.goals import GoalRow, GoalSummary

AnyIndex = QModelIndex | QPersistentModelIndex

COL_TITLE, COL_TOPIC, COL_PROGRESS, COL_STATUS, COL_TARGET, COL_UPDATED = range(6)
HEADERS = (
    QT_TRANSLATE_NOOP("Headers", "Goal"),
    QT_TRANSLATE_NOOP("Headers", "Topic"),
    QT_TRANSLATE_NOOP("Headers", "Progress"),
    QT_TRANSLATE_NOOP("Headers", "Status"),
    QT_TRANSLATE_NOOP("Headers", "Target date"),
    QT_TRANSLATE_NOOP("Headers", "Last update"),
)
_COLUMNS = len(HEADERS)

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the GoalRow of a goal node, else None
PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 2  # 0-100 on a goal's progress cell, else None
KIND_ROLE = Qt.ItemDataRole.UserRole + 3  # KIND_PAIR / KIND_GROUP / KIND_GOAL
PAIR_ROLE = Qt.ItemDataRole.UserRole + 4  # the pair id of any node
OWNER_ROLE = Qt.ItemDataRole.UserRole + 5  # 'mentee' / 'mentor' on groups and goals

KIND_PAIR, KIND_GROUP, KIND_GOAL = range(3)
OWNERS = ("mentee", "mentor")
# Colours by their names in ui/common/palette.py.
OVERDUE_COLOUR = palette.ERROR
DONE_COLOUR = palette.SUCCESS
WAITING_COLOUR = palette.WAITING
LATER_COLOUR = palette.MUTED
STATUS_COLOURS = {"achieved": palette.SUCCESS, "dropped": palette.MUTED}
NO_PARENT = -1
# Built once: combining flags in Python costs more than the rest of a call.
_HEADING_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_GOAL_FLAGS = _HEADING_FLAGS | Qt.ItemFlag.ItemNeverHasChildren


class PairInfo(NamedTuple):
    """What the tree says about a pair: its people and where it stands."""

    id: int
    mentor_name: str
    mentee_name: str
    status: str

    def label(self) -> str:
        return f"{self.mentor_name} – {self.mentee_name}"


class _Node:
    __slots__ = ("children", "goal", "kind", "owner", "pair_id", "parent", "row", "text")

    def __init__(
        self,
        kind: int,
        parent: int,
        row: int,
        pair_id: int,
        owner: str = "",
        goal: GoalRow | None = None,
        text: str = "",
    ) -> None:
        self.kind = kind
        self.parent = parent
        self.row = row
        self.pair_id = pair_id
        self.owner = owner
        self.goal = goal
        self.text = text
        self.children: list[int] = []


def achieved_text(achieved: int, total: int, dropped: int = 0) -> str:
    """'2/3 achieved', 'no goals yet', '2/3 achieved, 1 dropped' (dropped goals are
    never counted as set, but a group that shows them says so)."""
    if total:
        text = QCoreApplication.translate("GoalsTreeModel", "{0}/{1} achieved").format(
            achieved, total
        )
    elif dropped:
        text = ""
    else:
        text = QCoreApplication.translate("GoalsTreeModel", "no goals yet")
    if dropped:
        gone = QCoreApplication.translate("GoalsTreeModel", "{0} dropped").format(dropped)
        text = f"{text}, {gone}" if text else gone
    return text


def summary_text(summary: GoalSummary) -> str:
    """ "mentee 2/3 achieved, mentor 1/2": a pair's summary line, as the window says it."""
    if not summary.mentee_set and not summary.mentor_set:
        return QCoreApplication.translate("GoalsTreeModel", "no goals yet")
    if not summary.mentee_set:
        return QCoreApplication.translate(
            "GoalsTreeModel", "mentee no goals yet, mentor {0}/{1} achieved"
        ).format(summary.mentor_achieved, summary.mentor_set)
    if not summary.mentor_set:
        return QCoreApplication.translate(
            "GoalsTreeModel", "mentee {0}/{1} achieved, mentor no goals yet"
        ).format(summary.mentee_achieved, summary.mentee_set)
    return QCoreApplication.translate(
        "GoalsTreeModel", "mentee {0}/{1} achieved, mentor {2}/{3}"
    ).format(
        summary.mentee_achieved, summary.mentee_set, summary.mentor_achieved, summary.mentor_set
    )


class GoalsTreeModel(QAbstractItemModel):
    """Read-only tree; ``set_content`` replaces everything at once."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._nodes: list[_Node] = []
        self._top: list[int] = []
        self._goal_nodes: dict[int, int] = {}
        self._group_nodes: dict[tuple[int, str], int] = {}
        self._pair_nodes: dict[int, int] = {}
        self.goal_count = 0

    # -- filling ---------------------------------------------------------------
    def set_content(
        self,
        goals: Sequence[GoalRow],
        pairs: Sequence[PairInfo],
        summaries: dict[int, GoalSummary],
        *,
        single_pair: bool,
    ) -> None:
        """Pairs in the order given, each with both owner groups (even empty ones, so
        the coordinator sees where a goal is missing); ``single_pair`` drops the pair
        level and shows the two groups of the one pair at the top."""

        self.beginResetModel()
        dropped: dict[tuple[int, str], int] = {}
        for goal in goals:
            if goal.status == "dropped":
                key = (goal.pair_id, goal.owner)
                dropped[key] = dropped.get(key, 0) + 1
        nodes: list[_Node] = []
        top: list[int] = []
        groups: dict[tuple[int, str], int] = {}
        pair_nodes: dict[int, int] = {}
        for pair in pairs:
            summary = summaries.get(pair.id)
            if single_pair:
                parent, siblings = NO_PARENT, top
            else:
                text = pair.label()
                if pair.status not in ("active", "completed"):
                    text += f" ({shown(PAIR_STATUS_WORD, pair.status)})"
                if summary is not None and (summary.mentee_set or summary.mentor_set):
                    text += f" · {summary_text(summary)}"
                elif any(dropped.get((pair.id, owner)) for owner in OWNERS):
                    text += " · " + QCoreApplication.translate(
                        "GoalsTreeModel", "only dropped goals"
                    )
                else:
                    text += " · " + QCoreApplication.translate("GoalsTreeModel", "no goals yet")
                parent = len(nodes)
                nodes.append(_Node(KIND_PAIR, NO_PARENT, len(top), pair.id, text=text))
                top.append(parent)
                pair_nodes[pair.id] = parent
                siblings = nodes[parent].children
            for owner in OWNERS:
                name = pair.mentee_name if owner == "mentee" else pair.mentor_name
                gone = dropped.get((pair.id, owner), 0)
                if summary is None:
                    counts = achieved_text(0, 0, gone)
                elif owner == "mentee":
                    counts = achieved_text(summary.mentee_achieved, summary.mentee_set, gone)
                else:
                    counts = achieved_text(summary.mentor_achieved, summary.mentor_set, gone)
                label = shown(GOAL_OWNER, owner)
                node_id = len(nodes)
                nodes.append(
                    _Node(
                        KIND_GROUP, parent, len(siblings), pair.id, owner,
                        text=QCoreApplication.translate(
                            "GoalsTreeModel", "{0}: {1}'s goals · {2}"
                        ).format(label, name, counts),
                    )
                )  # fmt: skip
                siblings.append(node_id)
                groups[(pair.id, owner)] = node_id
        goal_nodes: dict[int, int] = {}
        for goal in goals:
            group_id = groups.get((goal.pair_id, goal.owner))
            if group_id is None:  # a pair not offered (cannot happen with the tab's lists)
                continue
            group = nodes[group_id]
            node_id = len(nodes)
            nodes.append(
                _Node(KIND_GOAL, group_id, len(group.children), goal.pair_id, goal.owner, goal)
            )
            group.children.append(node_id)
            goal_nodes[goal.id] = node_id
        self._nodes, self._top = nodes, top
        self._goal_nodes, self._group_nodes, self._pair_nodes = goal_nodes, groups, pair_nodes
        self.goal_count = len(goal_nodes)
        self.endResetModel()

    # -- lookups ---------------------------------------------------------------
    def _node(self, index: AnyIndex) -> _Node | None:
        if not index.isValid():
            return None
        return self._nodes[index.internalId()]

    def _index_of(self, node_id: int, column: int = 0) -> QModelIndex:
        return self.createIndex(self._nodes[node_id].row, column, node_id)

    def goal_index(self, goal_id: int) -> QModelIndex:
        node_id = self._goal_nodes.get(goal_id)
        return QModelIndex() if node_id is None else self._index_of(node_id)

    def group_index(self, pair_id: int, owner: str) -> QModelIndex:
        node_id = self._group_nodes.get((pair_id, owner))
        return QModelIndex() if node_id is None else self._index_of(node_id)

    def pair_index(self, pair_id: int) -> QModelIndex:
        node_id = self._pair_nodes.get(pair_id)
        return QModelIndex() if node_id is None else self._index_of(node_id)

    def goals(self) -> list[GoalRow]:
        """Every goal shown, in tree order."""
        return [node.goal for node in self._nodes if node.goal is not None]

    def node_count(self) -> int:
        """Rows in the whole tree, expanded or not."""
        return len(self._nodes)

    def heading_rows(self, parent: AnyIndex) -> list[int]:
        """Rows under ``parent`` that are pair or group headings (their one line of text
        reads across the whole width)."""
        siblings = self._nodes[parent.internalId()].children if parent.isValid() else self._top
        nodes = self._nodes
        return [row for row, node_id in enumerate(siblings) if nodes[node_id].kind != KIND_GOAL]

    # -- QAbstractItemModel ----------------------------------------------------
    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        siblings = self._nodes[parent.internalId()].children if parent.isValid() else self._top
        if 0 <= row < len(siblings) and 0 <= column < _COLUMNS:
            return self.createIndex(row, column, siblings[row])
        return QModelIndex()

    def parent(self, index: AnyIndex) -> QModelIndex:  # type: ignore[override]
        node = self._node(index)
        if node is None or node.parent == NO_PARENT:
            return QModelIndex()
        return self._index_of(node.parent)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._top)
        return len(self._nodes[parent.internalId()].children) if parent.column() == 0 else 0

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(HEADERS):
            return header(HEADERS[section])
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._nodes[index.internalId()].kind == KIND_GOAL:
            return _GOAL_FLAGS
        return _HEADING_FLAGS

    def hasChildren(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        # Answered here: Qt's default asks rowCount and flags for every row it lays out.
        if not parent.isValid():
            return bool(self._top)
        return parent.column() == 0 and bool(self._nodes[parent.internalId()].children)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self._node(index)
        if node is None:
            return None
        if role == KIND_ROLE:
            return node.kind
        if role == PAIR_ROLE:
            return node.pair_id
        if role == OWNER_ROLE:
            return node.owner or None
        goal = node.goal
        if goal is None:
            return self._heading_data(node, index.column(), role)
        return self._goal_data(goal, index.column(), role)

    def _heading_data(self, node: _Node, column: int, role: int) -> Any:
        if column != COL_TITLE:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return node.text
        if role == Qt.ItemDataRole.FontRole and node.kind == KIND_PAIR:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _goal_data(self, goal: GoalRow, column: int, role: int) -> Any:

        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_TITLE:
                return goal.title
            if column == COL_TOPIC:
                return goal.topic_name or "—"
            if column == COL_PROGRESS:
                return f"{goal.progress} %"
            if column == COL_STATUS:
                return shown(GOAL_STATUS, goal.status)
            if column == COL_TARGET:
                if goal.target_date is None:
                    return "—"
                text = local_format.day(goal.target_date)
                return self.tr("{0} · overdue").format(text) if goal.overdue else text
            if column == COL_UPDATED:
                return local_format.day(goal.last_update) if goal.last_update else "—"
            return None
        if role == ROW_ROLE:
            return goal
        if role == PROGRESS_ROLE:
            return goal.progress if column == COL_PROGRESS else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if goal.overdue and column in (COL_TARGET, COL_STATUS):
                return palette.brush(OVERDUE_COLOUR)
            if column == COL_STATUS and goal.status in STATUS_COLOURS:
                return palette.brush(STATUS_COLOURS[goal.status])
            return None
        if role == Qt.ItemDataRole.FontRole and goal.overdue and column == COL_TARGET:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._goal_tooltip(goal)
        return None

    def _goal_tooltip(self, goal: GoalRow) -> str:
        parts = [goal.title]
        if goal.success_measure:
            parts.append(self.tr("How we will know: {0}").format(goal.success_measure))
        if goal.overdue and goal.target_date is not None:
            parts.append(
                self.tr("Overdue: the target date {0} has passed and the goal is not achieved.")
                .format(local_format.day(goal.target_date))
            )  # fmt: skip
        return "\n".join(parts)


class AssessmentsModel(RowTableModel):
    """Who owes which assessment: done, due, overdue (words and colour) or later."""

    HEADERS = (
        QT_TRANSLATE_NOOP("Headers", "Person"),
        QT_TRANSLATE_NOOP("Headers", "Role"),
        QT_TRANSLATE_NOOP("Headers", "Pair"),
        QT_TRANSLATE_NOOP("Headers", "Phase"),
        QT_TRANSLATE_NOOP("Headers", "Due on"),
        QT_TRANSLATE_NOOP("Headers", "State"),
    )
    COL_STATE = 5

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.pair_labels: dict[int, str] = {}
        self.today = None

    def set_rows(
        self, rows: Sequence[AssessmentDue], pair_labels: dict[int, str], today: Any
    ) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.pair_labels = pair_labels
        self.today = today
        self.endResetModel()

    def rows(self) -> list[AssessmentDue]:
        return self._rows

    def state(self, row: AssessmentDue) -> str:
        if row.done:
            return "done" if row.answers.complete else "partial"
        if row.overdue:
            return "overdue"
        return "due" if self.today is not None and row.due_on <= self.today else "later"

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:

        if not self.row_in_range(index):
            return None
        row: AssessmentDue = self._rows[index.row()]
        column = index.column()
        state = self.state(row)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return row.participant_name
            if column == 1:
                return (
                    self.tr("Mentee (senior)")
                    if row.role == "mentee"
                    else self.tr("Mentor (junior)")
                )
            if column == 2:
                return self.pair_labels.get(row.pair_id, "")
            if column == 3:
                return shown(PHASE, row.phase)
            if column == 4:
                return local_format.day(row.due_on)
            if state == "partial":  # entered with items unanswered: how much is there
                return self.tr("{0} of {1} answered").format(
                    row.answers.answered, row.answers.asked
                )
            return {"done": self.tr("Done"), "overdue": self.tr("Overdue: missing"),
                    "due": self.tr("Due now"), "later": self.tr("Later")}[state]  # fmt: skip
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ForegroundRole and column in (4, self.COL_STATE):
            colour = {"done": DONE_COLOUR, "overdue": OVERDUE_COLOUR, "due": WAITING_COLOUR,
                      "partial": WAITING_COLOUR, "later": LATER_COLOUR}[state]  # fmt: skip
            return palette.brush(colour)
        if role == Qt.ItemDataRole.FontRole and state == "overdue" and column == self.COL_STATE:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if state == "overdue":
                return self.tr("Due on {0} and not entered yet.").format(
                    local_format.day(row.due_on)
                )
            if state == "done":
                return self.tr("Entered. Double-click to see or change it.")
            if state == "partial":
                return self.tr(
                    "Entered with {0} of {1} not answered. Double-click to complete it."
                ).format(row.answers.unanswered, row.answers.asked)
            return self.tr("Due on {0}. Double-click to enter it.").format(
                local_format.day(row.due_on)
            )
        return None


class FitModel(RowTableModel):
    """The pairing-fit check of each person whose pair has met: the answer, or still to ask."""

    HEADERS = (
        QT_TRANSLATE_NOOP("Headers", "Pair"),
        QT_TRANSLATE_NOOP("Headers", "Person"),
        QT_TRANSLATE_NOOP("Headers", "Role"),
        QT_TRANSLATE_NOOP("Headers", "Answer"),
        QT_TRANSLATE_NOOP("Headers", "Date"),
        QT_TRANSLATE_NOOP("Headers", "Note"),
    )
    COL_ANSWER = 3

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.pair_labels: dict[int, str] = {}

    def set_rows(self, rows: Sequence[FitRow], pair_labels: dict[int, str]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.pair_labels = pair_labels
        self.endResetModel()

    def rows(self) -> list[FitRow]:
        return self._rows

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:

        if not self.row_in_range(index):
            return None
        row: FitRow = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return self.pair_labels.get(row.pair_id, "")
            if column == 1:
                return row.participant_name
            if column == 2:
                return (
                    self.tr("Mentee (senior)")
                    if row.role == "mentee"
                    else self.tr("Mentor (junior)")
                )
            if column == self.COL_ANSWER:
                return shown(FIT, row.answer) if row.answer else self.tr("Not asked yet")
            if column == 4:
                return local_format.day(row.date) if row.date else "—"
            return row.note
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COL_ANSWER:
            colour = {"": WAITING_COLOUR, "not_a_good_fit": OVERDUE_COLOUR,
                      "good_fit": DONE_COLOUR}.get(row.answer)  # fmt: skip
            return palette.brush(colour) if colour else None
        if (
            role == Qt.ItemDataRole.FontRole
            and column == self.COL_ANSWER
            and row.answer in ("", "not_a_good_fit")
        ):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_ANSWER:
            if not row.answer:
                return self.tr("The pair has met: ask how the pairing feels.")
            if row.answer == "not_a_good_fit":
                return self.tr("Not a good fit: the pair is on the attention list.")
        return None
