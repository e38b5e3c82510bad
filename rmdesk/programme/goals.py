"""Goals of both sides of a pair, their progress history, and templates to start from.

Reverse mentoring teaches both ways: the senior mentee sets learning goals and the
junior mentor development goals.  A goal's progress is always its *latest* update
(by date, then by entry order), so back-filling an older update never overwrites a
newer one, and the history stays a true record of what was said when.

Status follows progress where it is unambiguous: an open goal with some progress is
in progress, 100 % is achieved, and an achieved goal whose latest update is below
100 % is in progress again.  Dropped goals stay dropped unless they reach 100 %.
A goal is overdue when its target date has passed and it is still open or in
progress.  New goals need a proposed or active pair; goals of ended pairs remain
editable so the coordinator can record how things finished.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, NamedTuple

from peewee import JOIN, fn

from rmdesk.programme import code_words
from rmdesk.programme.messages import QT_TRANSLATE_NOOP, Message, word
from rmdesk.programme.names import name_key
from rmdesk.programme.validation import RuleError, ValidationError
from rmdesk.store.models import (
    GOAL_OWNERS,
    GOAL_STATUSES,
    Cycle,
    Goal,
    GoalTemplate,
    GoalUpdate,
    Pair,
    Participant,
    Topic,
    database_proxy,
)
from rmdesk.store.rows import raw_rows

STATUS_LABELS: dict[str, str] = {
    "open": "Open",
    "in_progress": "In progress",
    "achieved": "Achieved",
    "dropped": "Dropped",
}
OWNER_LABELS: dict[str, str] = {"mentee": "Mentee (senior)", "mentor": "Mentor (junior)"}
OPEN_GOAL_STATUSES = ("open", "in_progress")
_NEW_GOAL_PAIR_STATUSES = ("proposed", "active")
TITLE_MAX = 255


class GoalData(NamedTuple):
    """What a coordinator enters for a goal (progress is recorded separately)."""

    owner: str  # 'mentee' | 'mentor'
    title: str
    topic_id: int | None = None
    success_measure: str = ""
    target_date: dt.date | None = None
    status: str = "open"  # open | in_progress | achieved | dropped


class GoalRow(NamedTuple):
    """One goal as lists show it: names resolved, overdue decided for ``today``."""

    id: int
    pair_id: int
    owner: str
    topic_id: int | None
    topic_name: str
    title: str
    success_measure: str
    target_date: dt.date | None
    status: str
    progress: int
    last_update: dt.date | None
    overdue: bool
    mentor_name: str
    mentee_name: str


class ProgressEntry(NamedTuple):
    id: int
    date: dt.date
    progress: int
    note: str


class GoalSummary(NamedTuple):
    """Goals set (dropped ones excluded) and achieved, per side of one pair."""

    pair_id: int
    mentee_set: int
    mentee_achieved: int
    mentor_set: int
    mentor_achieved: int

    def text(self) -> str:
        """ "mentee 2/3 achieved, mentor 1/2" — the summary line of a pair."""
        if not self.mentee_set and not self.mentor_set:
            return "no goals yet"
        if not self.mentee_set:
            return f"mentee no goals yet, mentor {self.mentor_achieved}/{self.mentor_set} achieved"
        mentor = f"{self.mentor_achieved}/{self.mentor_set}" if self.mentor_set else "no goals yet"
        return f"mentee {self.mentee_achieved}/{self.mentee_set} achieved, mentor {mentor}"


class DeletedGoal(NamedTuple):
    """Everything a deleted goal was (its row and its updates), so undo restores it exactly."""

    goal: tuple[Any, ...]  # id, pair, owner, topic, title, measure, target, status, progress
    updates: tuple[tuple[Any, ...], ...]  # id, date, progress, note


class TemplateRow(NamedTuple):
    id: int
    topic_id: int | None
    topic_name: str
    owner: str
    title: str
    success_measure: str


# ---------------------------------------------------------------- helpers


def _date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def is_overdue(target_date: dt.date | None, status: str, today: dt.date) -> bool:
    """Past its target date (not on it) and still open or in progress."""
    return target_date is not None and target_date < today and status in OPEN_GOAL_STATUSES


def _select() -> Any:
    mentor, mentee = Participant.alias(), Participant.alias()
    update = GoalUpdate.alias()
    # Correlated on the goal_update index: cheaper than a second, grouped query.
    last_update = update.select(fn.MAX(update.date)).where(update.goal == Goal.id)
    return (
        Goal.select(
            Goal.id, Goal.pair, Goal.owner, Goal.topic, fn.COALESCE(Topic.name, ""), Goal.title,
            Goal.success_measure, Goal.target_date, Goal.status, Goal.progress,
            mentor.full_name, mentee.full_name, last_update,
        )
        .join(Pair)
        .join(mentor, on=(Pair.mentor == mentor.id))
        .switch(Pair)
        .join(mentee, on=(Pair.mentee == mentee.id))
        .switch(Goal)
        .join(Topic, JOIN.LEFT_OUTER)
    )  # fmt: skip


def _rows(where: Any, today: dt.date) -> list[GoalRow]:
    rows = []
    found = raw_rows(_select().where(where)).fetchall()
    for (gid, pid, owner, topic_id, topic_name, title, measure, target, status, progress,
         mentor_name, mentee_name, last) in found:  # fmt: skip
        target_date = _date(target)
        rows.append(
            GoalRow(gid, pid, owner, topic_id, topic_name, title, measure, target_date, status,
                    progress, _date(last), is_overdue(target_date, status, today),
                    mentor_name, mentee_name)
        )  # fmt: skip
    return rows


def _order(row: GoalRow) -> tuple[Any, ...]:
    return (
        name_key(row.mentor_name), name_key(row.mentee_name), row.pair_id,
        GOAL_OWNERS.index(row.owner),
        row.target_date is None, row.target_date or dt.date.min, row.title, row.id,
    )  # fmt: skip


# ---------------------------------------------------------------- reading


def list_goals(
    cycle_id: int, pair_id: int | None = None, *, today: dt.date | None = None
) -> list[GoalRow]:
    """The cycle's goals (or one pair's), by mentor, mentee, pair, owner (mentee first),
    target date (none last) and title."""
    where = Pair.cycle == cycle_id
    if pair_id is not None:
        where &= Goal.pair == pair_id
    rows = _rows(where, today or dt.date.today())
    rows.sort(key=_order)
    return rows


def get_goal(goal_id: int, *, today: dt.date | None = None) -> GoalRow:
    rows = _rows(Goal.id == goal_id, today or dt.date.today())
    if not rows:
        raise RuleError(
            Message(QT_TRANSLATE_NOOP("Domain", "No goal with id {goal_id}."), goal_id=goal_id)
        )
    return rows[0]


def progress_history(goal_id: int) -> list[ProgressEntry]:
    """Every progress update of the goal, oldest first."""
    query = (
        GoalUpdate.select(GoalUpdate.id, GoalUpdate.date, GoalUpdate.progress, GoalUpdate.note)
        .where(GoalUpdate.goal == goal_id)
        .order_by(GoalUpdate.date, GoalUpdate.id)
    )
    return [
        ProgressEntry(uid, _date(day) or dt.date.min, progress, note)
        for uid, day, progress, note in raw_rows(query).fetchall()
    ]


def goal_summaries(cycle_id: int) -> dict[int, GoalSummary]:
    """Per pair of the cycle (every status): goals set and achieved on each side.

    One grouped query; dropped goals do not count as set."""
    counts: dict[tuple[int, str, str], int] = {}
    query = (
        Goal.select(Goal.pair, Goal.owner, Goal.status, fn.COUNT(Goal.id))
        .join(Pair)
        .where(Pair.cycle == cycle_id)
        .group_by(Goal.pair, Goal.owner, Goal.status)
    )
    for pid, owner, status, n in raw_rows(query).fetchall():
        counts[(pid, owner, status)] = n
    pair_ids = [pid for (pid,) in raw_rows(Pair.select(Pair.id).where(Pair.cycle == cycle_id))]

    def side(pid: int, owner: str) -> tuple[int, int]:
        kept = sum(counts.get((pid, owner, s), 0) for s in GOAL_STATUSES if s != "dropped")
        return kept, counts.get((pid, owner, "achieved"), 0)

    return {pid: GoalSummary(pid, *side(pid, "mentee"), *side(pid, "mentor")) for pid in pair_ids}


# ---------------------------------------------------------------- writing


def _pair(pair_id: int) -> Any:
    pair = (
        Pair.select(Pair.id, Pair.status, Cycle.start_date, Cycle.end_date)
        .join(Cycle)
        .where(Pair.id == pair_id)
        .tuples()
        .first()
    )
    if pair is None:
        raise RuleError(
            Message(QT_TRANSLATE_NOOP("Domain", "No pair with id {pair_id}."), pair_id=pair_id)
        )
    return pair


def validate_goal(pair_id: int, data: GoalData) -> dict[str, str]:
    """Every problem with ``data`` for a goal of ``pair_id``, as field -> message."""
    _pid, _status, start, end = _pair(pair_id)
    start, end = _date(start), _date(end)
    errors = goal_field_errors(data)
    if data.target_date is not None and start and end and not start <= data.target_date <= end:
        errors["target_date"] = Message(
            QT_TRANSLATE_NOOP(
                "Domain", "The target date must be within the cycle ({start} to {end})."
            ),
            start=start,
            end=end,
        )
    if data.topic_id is not None and not Topic.select().where(Topic.id == data.topic_id).exists():
        errors["topic_id"] = Message(
            QT_TRANSLATE_NOOP("Domain", "No topic with id {topic_id}."), topic_id=data.topic_id
        )
    return errors


def goal_field_errors(data: GoalData) -> dict[str, str]:
    """The rules on the goal's own fields, needing no database (``rmdesk check`` runs
    them over every stored goal)."""
    errors: dict[str, str] = {}
    title = data.title.strip()
    if not title:
        errors["title"] = Message(QT_TRANSLATE_NOOP("Domain", "A goal needs a title."))
    elif len(title) > TITLE_MAX:
        errors["title"] = Message(
            QT_TRANSLATE_NOOP(
                "Domain",
                "A title has at most {TITLE_MAX} characters; put the detail in "
                "the success measure.",
            ),
            TITLE_MAX=TITLE_MAX,
        )
    if data.owner not in GOAL_OWNERS:
        errors["owner"] = Message(
            QT_TRANSLATE_NOOP("Domain", "Whose goal: mentee or mentor, not “{owner}”."),
            owner=data.owner,
        )
    if data.status not in GOAL_STATUSES:
        errors["status"] = Message(
            QT_TRANSLATE_NOOP(
                "Domain", "Unknown status “{status}”: use open, in_progress, achieved or dropped."
            ),
            status=data.status,
        )
    return errors


def progress_problem(progress: Any) -> str | None:
    """Why ``progress`` is not a whole percentage from 0 to 100, or None."""
    if isinstance(progress, int) and not isinstance(progress, bool) and 0 <= progress <= 100:
        return None
    return Message(
        QT_TRANSLATE_NOOP(
            "Domain", "Progress is a whole percentage from 0 to 100, not {progress}."
        ),
        progress=progress,
    )


def _columns(data: GoalData) -> dict[str, Any]:
    return {
        "owner": data.owner,
        "title": data.title.strip(),
        "topic": data.topic_id,
        "success_measure": data.success_measure.strip(),
        "target_date": data.target_date,
        "status": data.status,
    }


def create_goal(pair_id: int, data: GoalData) -> int:
    """Validate and insert a goal for a proposed or active pair (RuleError otherwise)."""
    with database_proxy.atomic():
        _pid, status, _start, _end = _pair(pair_id)
        if status not in _NEW_GOAL_PAIR_STATUSES:
            raise RuleError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Domain",
                        "The pair is {status}: only proposed or active pairs take new goals.",
                    ),
                    status=word(code_words.PAIR_STATUS, status),
                )
            )
        errors = validate_goal(pair_id, data)
        if errors:
            raise ValidationError(errors)
        return int(Goal.insert(pair=pair_id, progress=0, **_columns(data)).execute())


def _goal_pair(goal_id: int) -> int:
    found = Goal.select(Goal.pair).where(Goal.id == goal_id).tuples().first()
    if found is None:
        raise RuleError(
            Message(QT_TRANSLATE_NOOP("Domain", "No goal with id {goal_id}."), goal_id=goal_id)
        )
    return int(found[0])


def update_goal(goal_id: int, data: GoalData) -> None:
    """Validate and save what was entered; progress and its history are left alone
    (so a goal with progress saved as "open" stays in progress)."""
    with database_proxy.atomic():
        pair_id = _goal_pair(goal_id)
        errors = validate_goal(pair_id, data)
        if errors:
            raise ValidationError(errors)
        columns = _columns(data)
        progress = Goal.select(Goal.progress).where(Goal.id == goal_id).scalar()
        if data.status == "open" and progress:
            columns["status"] = "in_progress"  # "open" means nothing done yet
        Goal.update(**columns).where(Goal.id == goal_id).execute()


def delete_goal(goal_id: int) -> DeletedGoal:
    """Delete a goal and its updates; the snapshot lets ``restore_goal`` undo it."""
    with database_proxy.atomic():
        g = Goal
        row = (
            g.select(g.id, g.pair, g.owner, g.topic, g.title, g.success_measure, g.target_date,
                     g.status, g.progress)
            .where(g.id == goal_id)
            .tuples()
            .first()
        )  # fmt: skip
        if row is None:
            raise RuleError(
                Message(QT_TRANSLATE_NOOP("Domain", "No goal with id {goal_id}."), goal_id=goal_id)
            )
        updates = tuple(
            (entry.id, entry.date, entry.progress, entry.note)
            for entry in progress_history(goal_id)
        )
        Goal.delete().where(Goal.id == goal_id).execute()  # updates cascade
    return DeletedGoal(tuple(row), updates)


def restore_goal(snapshot: DeletedGoal) -> int:
    """Put a deleted goal back with its history (same id when still free); returns its id."""
    gid, pair_id, owner, topic_id, title, measure, target, status, progress = snapshot.goal
    with database_proxy.atomic():
        _pair(pair_id)  # the pair itself may have gone since
        if topic_id is not None and not Topic.select().where(Topic.id == topic_id).exists():
            topic_id = None
        free = not Goal.select().where(Goal.id == gid).exists()
        columns = {
            "pair": pair_id, "owner": owner, "topic": topic_id, "title": title,
            "success_measure": measure, "target_date": target, "status": status,
            "progress": progress,
        }  # fmt: skip
        if free:
            columns["id"] = gid
        new_id = int(Goal.insert(**columns).execute())
        for uid, day, value, note in snapshot.updates:
            update = {"goal": new_id, "date": day, "progress": value, "note": note}
            if not GoalUpdate.select().where(GoalUpdate.id == uid).exists():
                update["id"] = uid
            GoalUpdate.insert(**update).execute()
    return new_id


def _follow_latest(goal_id: int) -> None:
    """Set the goal's progress to its latest update and its status to match."""
    latest = (
        GoalUpdate.select(GoalUpdate.progress)
        .where(GoalUpdate.goal == goal_id)
        .order_by(GoalUpdate.date.desc(), GoalUpdate.id.desc())
        .tuples()
        .first()
    )
    progress = int(latest[0]) if latest else 0
    status = Goal.select(Goal.status).where(Goal.id == goal_id).tuples().first()[0]
    if progress == 100:
        status = "achieved"
    elif status == "achieved" or (status == "open" and progress > 0):
        status = "in_progress"
    Goal.update(progress=progress, status=status).where(Goal.id == goal_id).execute()


def record_progress(
    goal_id: int, progress: int, note: str = "", *, on: dt.date | None = None
) -> None:
    """Append a progress update (0-100 %, not dated in the future); the goal follows its
    latest update."""
    day = on or dt.date.today()
    errors: dict[str, str] = {}
    problem = progress_problem(progress)
    if problem is not None:
        errors["progress"] = problem
    if day > dt.date.today():
        errors["date"] = Message(
            QT_TRANSLATE_NOOP("Domain", "A progress update cannot be dated in the future ({day})."),
            day=day,
        )
    with database_proxy.atomic():
        _goal_pair(goal_id)
        if errors:
            raise ValidationError(errors)
        GoalUpdate.insert(goal=goal_id, date=day, progress=progress, note=note.strip()).execute()
        _follow_latest(goal_id)


def mark_achieved(goal_id: int, *, on: dt.date | None = None, note: str = "") -> None:
    """Record 100 % (so the history says when) and mark the goal achieved."""
    with database_proxy.atomic():
        record_progress(goal_id, 100, note, on=on)
        # A back-dated 100 % behind a later update still means the coordinator says done.
        Goal.update(status="achieved").where(Goal.id == goal_id).execute()


# ---------------------------------------------------------------- templates


def list_templates(owner: str | None = None, topic_id: int | None = None) -> list[TemplateRow]:
    """Templates, by position; with ``topic_id``, that topic's then the general ones."""
    t = GoalTemplate
    query = t.select(
        t.id, t.topic, fn.COALESCE(Topic.name, ""), t.owner, t.title, t.success_measure,
        t.position,
    ).join(Topic, JOIN.LEFT_OUTER)  # fmt: skip
    if owner is not None:
        query = query.where(t.owner == owner)
    if topic_id is not None:
        query = query.where((t.topic == topic_id) | t.topic.is_null())
    rows = raw_rows(query).fetchall()
    # Topic templates before general ones; then the list's own order.
    rows.sort(key=lambda r: (r[1] is None, r[6], r[0]))
    return [TemplateRow(tid, top, name, own, title, measure)
            for tid, top, name, own, title, measure, _pos in rows]  # fmt: skip


def save_template(
    template_id: int | None, owner: str, title: str, success_measure: str, topic_id: int | None
) -> int:
    """Create (``template_id`` None, added at the end) or edit a template; returns its id."""
    errors: dict[str, str] = {}
    if owner not in GOAL_OWNERS:
        errors["owner"] = Message(
            QT_TRANSLATE_NOOP("Domain", "Whose goal: mentee or mentor, not “{owner}”."), owner=owner
        )
    if not title.strip():
        errors["title"] = Message(QT_TRANSLATE_NOOP("Domain", "A template needs a title."))
    elif len(title.strip()) > TITLE_MAX:
        errors["title"] = Message(
            QT_TRANSLATE_NOOP("Domain", "A title has at most {TITLE_MAX} characters."),
            TITLE_MAX=TITLE_MAX,
        )
    with database_proxy.atomic():
        if topic_id is not None and not Topic.select().where(Topic.id == topic_id).exists():
            errors["topic_id"] = Message(
                QT_TRANSLATE_NOOP("Domain", "No topic with id {topic_id}."), topic_id=topic_id
            )
        if errors:
            raise ValidationError(errors)
        columns = {
            "owner": owner,
            "title": title.strip(),
            "success_measure": success_measure.strip(),
            "topic": topic_id,
        }
        if template_id is None:
            last = GoalTemplate.select(fn.MAX(GoalTemplate.position)).scalar()
            return int(GoalTemplate.insert(position=(last or 0) + 1, **columns).execute())
        if not GoalTemplate.update(**columns).where(GoalTemplate.id == template_id).execute():
            raise RuleError(
                Message(
                    QT_TRANSLATE_NOOP("Domain", "No goal template with id {template_id}."),
                    template_id=template_id,
                )
            )
        return template_id


def delete_template(template_id: int) -> None:
    """Remove a template; goals once made from it are separate and stay."""
    GoalTemplate.delete().where(GoalTemplate.id == template_id).execute()
