"""A person's data on request: everything held about them (JSON), and erasure.

Both walk the models generically, so a table added later is covered: a table with
a foreign key to ``participant`` holds that person's own records (topics,
assessments, fit checks ...), and tables below those (meetings and goals of their
pairs, scores of their assessments ...) hang from them.

Erasure policy (what a data-protection request needs, while the programme's
statistics stay true):

- Pairs they were in are kept as shells (cycle, status, dates, match score, meeting
  dates and statuses) with the person replaced by an archived "Erased participant"
  (same role and level, nothing else).  Someone with no pair history is deleted.
- Deleted: their topics, their own assessments (with scores) and fit-check answers,
  any other row that points at them, and the goals they own in their pairs.
- Cleared in their pairs: match reasons, end reasons, meeting agendas, locations and
  notes.  People who had them as manager have no manager any more.
- Finally other people's free text (``FREE_TEXT``: notes, goals and their updates,
  meeting agendas and notes, end and match reasons, assessment comments, fit notes ...)
  is scrubbed of every mention of them by ``programme.redaction``: first, last and
  full name in any case, without accents or with a possessive ("Zoe's"), their address
  or any address made of their name, and their notes if copied.  Every other text
  column (names of topics, cycles and dimensions, settings) holds labels, not prose:
  there only their exact full name, address or notes are replaced.  Each mention becomes "[erased]".
- Deleted content is overwritten on disk (``secure_delete``), and the write-ahead log
  is checkpointed and truncated, so the live database file holds no copy.

Backups made before the erasure still hold the person: ``prune_backups_after_erase``
makes a fresh backup and deletes the older ones, when the coordinator asks.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from peewee import CharField, ForeignKeyField, Model, TextField

from rmdesk.exchange.csv_format import ExchangeError, write_atomically
from rmdesk.programme import participants
from rmdesk.programme.messages import from_stored, rewritten
from rmdesk.programme.redaction import ERASE_MARKS, ERASED_NAME, Scrubber
from rmdesk.programme.validation import id_from_text
from rmdesk.programme.wording import counted
from rmdesk.store.models import (
    MODELS,
    Goal,
    Meeting,
    Pair,
    Participant,
    database_proxy,
)

FORMAT = "rmdesk-personal-data"
VERSION = 1
ERASED_MARK = ERASE_MARKS.name
# Links that are not "a record of this person" but structure kept after erasure.
_KEPT_LINKS = {("participant", "manager_id"), ("pair", "mentor_id"), ("pair", "mentee_id")}
# Text people write about people, by table: scrubbed of every form of the erased
# person's names.  Every TextField but settings is here (a test checks it).
FREE_TEXT: dict[str, tuple[str, ...]] = {
    "participant": ("notes", "availability", "location"),
    "pair": ("match_reasons", "end_reason"),
    "meeting": ("agenda", "notes", "location"),
    "milestone": ("title",),
    "closed_date": ("label",),
    "goal": ("title", "success_measure"),
    "goal_update": ("note",),
    "goal_template": ("title", "success_measure"),
    "assessment": ("comment",),
    "fit_check": ("note",),
    "attention_acknowledgement": ("note",),
    "guide": ("title", "body"),  # the coordinator's guides may name someone
    "pair_event": ("detail",),
}
# Columns that keep a message (``messages.to_stored``): exported as its English,
# scrubbed in its values only.
STORED_MESSAGES = {("pair", "match_reasons")}


@dataclass
class ErasureReport:
    participant_id: int
    full_name: str
    kept_as_placeholder: bool  # pair shells keep statistics; else the row was deleted
    deleted: dict[str, int] = field(default_factory=dict)
    cleared: dict[str, int] = field(default_factory=dict)
    mentions_replaced: int = 0
    backups: list[Path] = field(default_factory=list)  # still hold the person's data

    def summary(self) -> str:
        parts = [f"{self.full_name} was erased"]
        if self.kept_as_placeholder:
            parts.append('(their pairs stay in the statistics as "Erased participant")')
        deleted = sum(self.deleted.values())
        return " ".join(parts) + f"; {counted(deleted, 'record')} deleted."


def find_person(text: str) -> int:
    """A participant by id or email; ExchangeError when there is none."""
    text = text.strip()
    participant_id = id_from_text(text)
    if participant_id is not None:
        found = Participant.get_or_none(Participant.id == participant_id)
    else:
        found = Participant.get_or_none(Participant.email == text.lower())
    if found is None:
        raise ExchangeError(f"No participant with id or email “{text}”.")
    return int(found.id)


def _foreign_keys(model: type[Model]) -> list[ForeignKeyField]:
    return [f for f in model._meta.sorted_fields if isinstance(f, ForeignKeyField)]


def _table(model: type[Model]) -> str:
    return str(model._meta.table_name)


def _rows(model: type[Model], where: Any) -> list[dict[str, Any]]:
    columns = [f.column_name for f in model._meta.sorted_fields]
    query = model.select(*model._meta.sorted_fields).where(where).order_by(model._meta.primary_key)
    return [dict(zip(columns, row, strict=True)) for row in database_proxy.execute(query)]


def _owned_rows(participant_id: int) -> dict[type[Model], list[dict[str, Any]]]:
    """Every row about the person: rows pointing at them, then rows below those."""
    found: dict[type[Model], list[dict[str, Any]]] = {}
    for model in MODELS:
        if model is Participant:
            continue
        links = [f for f in _foreign_keys(model) if f.rel_model is Participant]
        if links:
            where = links[0] == participant_id
            for link in links[1:]:
                where = where | (link == participant_id)
            found[model] = _rows(model, where)
    changed = True
    while changed:  # rows below what was found (meetings of a pair, scores of an assessment)
        changed = False
        for model in MODELS:
            if model in found or model is Participant:
                continue
            if any(f.rel_model is Participant for f in _foreign_keys(model)):
                continue  # someone's own records: only theirs, found above
            parents = [f for f in _foreign_keys(model) if f.rel_model in found]
            if not parents:
                continue
            where = None
            for link in parents:
                ids = [
                    row[link.rel_model._meta.primary_key.column_name]
                    for row in found[link.rel_model]
                ]
                clause = link.in_(ids)
                where = clause if where is None else where | clause
            found[model] = _rows(model, where)
            changed = True
    return found


def _json_value(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return value


def person_data(participant_id: int) -> dict[str, Any]:
    """Everything rmdesk holds about one participant, readable without rmdesk."""
    person = Participant.get_or_none(Participant.id == participant_id)
    if person is None:
        raise ExchangeError(f"No participant with id {participant_id}.")
    names = dict(Participant.select(Participant.id, Participant.full_name).tuples())
    owned = _owned_rows(participant_id)
    records: dict[str, list[dict[str, Any]]] = {}
    for model, rows in owned.items():
        links = _foreign_keys(model)
        for row in rows:
            for link in links:
                value = row.get(link.column_name)
                if link.rel_model is Participant and value is not None:
                    row[link.name + "_name"] = names.get(value, "")
        table = _table(model)
        records[table] = [
            {k: _json_value(str(from_stored(v)) if (table, k) in STORED_MESSAGES else v)
             for k, v in row.items()}
            for row in rows
        ]  # fmt: skip
    me = _rows(Participant, Participant.id == participant_id)[0]
    me = {k: _json_value(v) for k, v in me.items()}
    if me.get("manager_id"):
        me["manager_name"] = names.get(me["manager_id"], "")
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": dt.datetime.now().astimezone().replace(microsecond=0).isoformat(),
        "participant": me,
        "manages": sorted(
            name
            for (name,) in Participant.select(Participant.full_name)
            .where(Participant.manager == participant_id)
            .tuples()
        ),
        "records": records,
    }


def export_person(participant_id: int, path: Path) -> dict[str, Any]:
    """Write ``person_data`` as JSON (UTF-8); returns what was written."""
    document = person_data(participant_id)
    write_atomically(
        Path(path), lambda out: json.dump(document, out, ensure_ascii=False, indent=2, default=str)
    )
    return document


# -- erasure -------------------------------------------------------------------------------
def _delete_rows(model: type[Model], ids: Iterable[Any], deleted: dict[str, int]) -> None:
    """Delete rows and, first, every row below them (whatever the foreign key's action)."""
    ids = list(ids)
    if not ids:
        return
    for child in MODELS:
        if child is model:
            continue
        for link in _foreign_keys(child):
            if link.rel_model is model:
                key = child._meta.primary_key
                below = [r for (r,) in child.select(key).where(link.in_(ids)).tuples()]
                _delete_rows(child, below, deleted)
    count = model.delete().where(model._meta.primary_key.in_(ids)).execute()
    deleted[_table(model)] = deleted.get(_table(model), 0) + int(count)


def _text_columns(model: type[Model]) -> list[str]:
    return [
        f.column_name for f in model._meta.sorted_fields if isinstance(f, CharField | TextField)
    ]


def _scrub_mentions(free_text: Scrubber, labels: Scrubber) -> int:
    """Scrub ``FREE_TEXT`` columns with ``free_text``, every other text column with
    ``labels``; the number of values changed.

    Matched in Python (SQLite's ``lower`` folds ASCII only: “ZOË” would slip through).
    """
    replaced = 0
    for model in MODELS:
        table = _table(model)
        for column in _text_columns(model):
            scrubber = free_text if column in FREE_TEXT.get(table, ()) else labels
            scrub: Callable[[str], str] = scrubber
            if (table, column) in STORED_MESSAGES:
                scrub = functools.partial(rewritten, change=scrubber)
            rows = database_proxy.execute_sql(
                f'SELECT rowid, "{column}" FROM "{table}" WHERE "{column}" <> \'\''
            ).fetchall()
            changes = []
            for rowid, text in rows:
                new = scrub(text) if isinstance(text, str) else text
                if new != text:
                    changes.append((new, rowid))
            if changes:
                database_proxy.connection().executemany(
                    f'UPDATE "{table}" SET "{column}" = ? WHERE rowid = ?', changes
                )
                replaced += len(changes)
    return replaced


def erase_person(participant_id: int, *, backup: bool = True) -> ErasureReport:
    """Erase one participant by the policy above, in one transaction, after a backup."""
    from rmdesk.store.backups import list_backups, make_backup

    person = Participant.get_or_none(Participant.id == participant_id)
    if person is None:
        raise ExchangeError(f"No participant with id {participant_id}.")
    database = Path(str(database_proxy.obj.database))
    if backup:
        make_backup(database, reason="before-erase")
    name, email, notes = person.full_name, person.email or "", person.notes or ""
    pairs = list(
        Pair.select(Pair.id, Pair.mentor)
        .where((Pair.mentor == participant_id) | (Pair.mentee == participant_id))
        .tuples()
    )
    report = ErasureReport(participant_id, name, kept_as_placeholder=bool(pairs))
    database_proxy.execute_sql("PRAGMA secure_delete = ON")
    try:
        with database_proxy.atomic():
            _erase_records(participant_id, pairs, report)
            copied = [notes] if len(notes.strip()) >= 8 else []
            free_text = Scrubber(
                [name], emails=[email], every_email=False, phrases=copied, marks=ERASE_MARKS
            )
            labels = Scrubber(
                [], emails=[email], every_email=False, phrases=[name, *copied], marks=ERASE_MARKS
            )
            report.mentions_replaced = _scrub_mentions(free_text, labels)
    finally:
        database_proxy.execute_sql("PRAGMA secure_delete = OFF")
    # Old page images of the erased rows must not linger in the write-ahead log.
    database_proxy.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    report.backups = [info.path for info in list_backups(database)]
    return report


def _erase_records(
    participant_id: int, pairs: list[tuple[int, int]], report: ErasureReport
) -> None:
    for model in MODELS:
        if model is Participant:
            continue
        for link in _foreign_keys(model):
            if (
                link.rel_model is Participant
                and (_table(model), link.column_name) not in _KEPT_LINKS
            ):
                key = model._meta.primary_key
                ids = [r for (r,) in model.select(key).where(link == participant_id).tuples()]
                _delete_rows(model, ids, report.deleted)
    pair_ids = [pid for pid, _ in pairs]
    for pair_id, mentor_id in pairs:
        owner = "mentor" if mentor_id == participant_id else "mentee"
        goals = [
            g
            for (g,) in Goal.select(Goal.id)
            .where((Goal.pair == pair_id) & (Goal.owner == owner))
            .tuples()
        ]
        _delete_rows(Goal, goals, report.deleted)
    if pair_ids:
        report.cleared["pair"] = (
            Pair.update(match_reasons="", end_reason="").where(Pair.id.in_(pair_ids)).execute()
        )
        report.cleared["meeting"] = (
            Meeting.update(agenda="", notes="", location="")
            .where(Meeting.pair.in_(pair_ids))
            .execute()
        )
    participants.detach_reports(participant_id)
    if pairs:
        participants.anonymise(participant_id, ERASED_NAME)
    else:
        _delete_rows(Participant, [participant_id], report.deleted)


def prune_backups_after_erase(database: Path) -> list[Path]:
    """Make a fresh backup (without the erased person) and delete every older backup."""
    from rmdesk.store.backups import list_backups, make_backup, remove_leftovers

    fresh = make_backup(Path(database), reason="after-erase")
    remove_leftovers(Path(database))  # a killed backup's copy holds the person too
    deleted: list[Path] = []
    for info in list_backups(Path(database)):
        if info.path != fresh.path:
            try:
                info.path.unlink()
            except OSError as error:
                raise ExchangeError(
                    f"Could not delete the backup {info.path.name}: {error.strerror or error}."
                ) from error
            deleted.append(info.path)
    return deleted
