"""Schema versions: an ordered list of migrations, one transaction each.

The schema version lives in ``PRAGMA user_version``; migration *n* (1-based)
brings a database from version n-1 to n.  Each runs inside
``SqliteMigrator.migration_context()`` (foreign keys off, one transaction), and
the version is bumped inside the same transaction, so a crash leaves either the
old schema or the new one, never half of each.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from peewee import Database

# 'rmdk' in ASCII: marks a SQLite file as an rmdesk database (PRAGMA application_id).
APPLICATION_ID = 0x726D646B
# The setting that holds a database's random identity (calendar UIDs); see migration 6.
IDENTITY_SETTING = "database.uuid"

Migration = Callable[["Database"], None]


def _run_script(db: Database, name: str) -> None:
    """Run a frozen SQL file statement by statement (``executescript`` would COMMIT)."""
    from importlib import resources  # only needed while migrating: keeps start-up lean

    script = resources.files("rmdesk.store").joinpath("sql", name).read_text("utf-8")
    statement = ""
    for line in script.splitlines(keepends=True):
        if line.lstrip().startswith("--"):
            continue
        statement += line
        if sqlite3.complete_statement(statement):
            db.execute_sql(statement)
            statement = ""
    if statement.strip():
        raise ValueError(f"{name}: incomplete SQL statement at the end")


def _initial_schema(db: Database) -> None:
    _run_script(db, "0001_initial.sql")
    db.execute_sql(f"PRAGMA application_id = {APPLICATION_ID}")


def _participant_capacity(db: Database) -> None:
    """How many pairs a participant may be in at once in a cycle (matching slots)."""
    db.execute_sql(
        'ALTER TABLE "participant" ADD COLUMN "capacity" INTEGER NOT NULL DEFAULT 1 '
        "CHECK (capacity >= 1)"
    )


def _meeting_cancellations_and_closed_dates(db: Database) -> None:
    """Who cancelled a meeting, and the days meeting series skip (holidays)."""
    db.execute_sql(
        'ALTER TABLE "meeting" ADD COLUMN "cancelled_by" VARCHAR(255) NOT NULL DEFAULT \'\' '
        "CHECK (cancelled_by IN ('', 'mentor', 'mentee', 'coordinator'))"
    )
    db.execute_sql(
        'CREATE TABLE "closed_date" ('
        '"id" INTEGER NOT NULL PRIMARY KEY, '
        '"date" DATE NOT NULL, '
        '"label" VARCHAR(255) NOT NULL)'
    )
    db.execute_sql('CREATE UNIQUE INDEX "closed_date_date" ON "closed_date" ("date")')


def _goals_assessments_and_fit(db: Database) -> None:
    """Goal templates, editable assessment dimensions and pairing-fit checks (seeded),
    and uniqueness of an assessment per person and phase."""
    _run_script(db, "0004_goals_assessments_fit.sql")


def _meeting_revision(db: Database) -> None:
    """A revision per meeting, raised by every change, so calendar exports carry an
    increasing SEQUENCE and calendar programs take a moved meeting as the newer one.

    Exports made before this version sent SEQUENCE 1 for a meeting no longer
    planned: those start at 1, so a later change is still seen as newer.
    """
    db.execute_sql(
        'ALTER TABLE "meeting" ADD COLUMN "revision" INTEGER NOT NULL DEFAULT 0 '
        "CHECK (revision >= 0)"
    )
    db.execute_sql('UPDATE "meeting" SET "revision" = 1 WHERE "status" != \'planned\'')


def add_identity_if_missing(db: Database) -> None:
    """Give the database a random identity (Setting ``database.uuid``) unless it has one.

    Migration 6 (so, like a migration, never change what it does), and whatever
    replaces the settings wholesale (``import all``), and a repair of a file that lost it.
    """
    import uuid

    db.execute_sql(
        'INSERT OR IGNORE INTO "setting" ("key", "value") VALUES (?, ?)',
        (IDENTITY_SETTING, str(uuid.uuid4())),
    )


def _database_identity(db: Database) -> None:
    """The identity calendar exports put in their UIDs, made with the file (or kept, when
    an earlier export already made it), so exporting a calendar only reads."""
    add_identity_if_missing(db)


def _attention_acknowledgements(db: Database) -> None:
    """An attention item the coordinator has seen: off the list until a day, with a note.

    An item is named by its pair, its kind and (an overdue one) its meeting.
    """
    db.execute_sql(
        'CREATE TABLE "attention_acknowledgement" ('
        '"id" INTEGER NOT NULL PRIMARY KEY, '
        '"pair_id" INTEGER NOT NULL, '
        '"kind" VARCHAR(255) NOT NULL CHECK (kind IN '
        "('not_a_good_fit', 'cancellations', 'overdue', 'quiet', 'no_next')), "
        '"meeting_id" INTEGER, '
        '"until" DATE NOT NULL, '
        '"note" TEXT NOT NULL, '
        '"made_on" DATE NOT NULL, '
        'FOREIGN KEY ("pair_id") REFERENCES "pair" ("id") ON DELETE CASCADE, '
        'FOREIGN KEY ("meeting_id") REFERENCES "meeting" ("id") ON DELETE CASCADE)'
    )
    db.execute_sql(
        'CREATE INDEX "attention_acknowledgement_pair_id" '
        'ON "attention_acknowledgement" ("pair_id")'
    )
    db.execute_sql(
        'CREATE INDEX "attention_acknowledgement_meeting_id" '
        'ON "attention_acknowledgement" ("meeting_id")'
    )


def _participant_employee_id(db: Database) -> None:
    """The employee ID of the HR system, kept to match people again on the next import
    of its export; unique when given (NULL for the people who have none)."""
    db.execute_sql('ALTER TABLE "participant" ADD COLUMN "employee_id" VARCHAR(255)')
    db.execute_sql('CREATE UNIQUE INDEX "participant_employee_id" ON "participant" ("employee_id")')


def _candour_dimensions(db: Database) -> None:
    """Two candour statements, one per role, at the end of each role's editable list
    (issue 15); a list that already has one keeps it where it is.  The report shows
    their answers only over 3 people or more (``programme.candour``)."""
    for role, statement in (
        ("mentor", "I felt able to speak honestly with my senior colleague"),
        ("mentee", "My junior colleague's views changed something I do"),
    ):
        db.execute_sql(
            'INSERT OR IGNORE INTO "assessment_dimension" ("role", "name", "position") '
            'SELECT ?, ?, COALESCE(MAX("position"), 0) + 1 FROM "assessment_dimension" '
            'WHERE "role" = ?',
            (role, statement, role),
        )


def _guides(db: Database) -> None:
    """The pairs' guides: a conversation guide per seeded topic and an orientation sheet
    per role (topic NULL), editable in the window; seeded with the texts shipped in
    ``resources/guides/`` (``programme.guides``' defaults, which "Reset" brings back).
    A topic a database lacks (renamed) gets no guide here."""
    import json

    from rmdesk.paths import resource

    db.execute_sql(
        'CREATE TABLE "guide" ('
        '"id" INTEGER NOT NULL PRIMARY KEY, '
        '"topic_id" INTEGER, '
        "\"role\" VARCHAR(255) NOT NULL CHECK (role IN ('', 'mentor', 'mentee')), "
        '"title" VARCHAR(255) NOT NULL, '
        '"body" TEXT NOT NULL, '
        'FOREIGN KEY ("topic_id") REFERENCES "topic" ("id") ON DELETE CASCADE)'
    )
    db.execute_sql('CREATE UNIQUE INDEX "guide_topic_id" ON "guide" ("topic_id")')
    folder = resource("guides")
    for entry in json.loads((folder / "guides.json").read_text("utf-8")):
        body = (folder / entry["file"]).read_text("utf-8")
        if entry["topic"]:
            db.execute_sql(
                'INSERT INTO "guide" ("topic_id", "role", "title", "body") '
                'SELECT "id", \'\', ?, ? FROM "topic" WHERE "name" = ?',
                (entry["title"], body, entry["topic"]),
            )
        else:
            db.execute_sql(
                'INSERT INTO "guide" ("topic_id", "role", "title", "body") VALUES (NULL, ?, ?, ?)',
                (entry["role"], entry["title"], body),
            )


def _pair_events(db: Database) -> None:
    """A pair's history: proposed, published, agreement signed, completed, ended early or
    replaced, each with its day and reason. Pairs made before this version get what their
    columns tell (a proposal of unknown day, the start, the agreement, the end)."""
    db.execute_sql(
        'CREATE TABLE "pair_event" ('
        '"id" INTEGER NOT NULL PRIMARY KEY, '
        '"pair_id" INTEGER NOT NULL, '
        '"happened_on" DATE, '
        "\"kind\" VARCHAR(255) NOT NULL CHECK (kind IN ('proposed', 'published', "
        "'agreement_signed', 'completed', 'ended_early', 'replaced')), "
        '"detail" TEXT NOT NULL, '
        'FOREIGN KEY ("pair_id") REFERENCES "pair" ("id") ON DELETE CASCADE)'
    )
    db.execute_sql('CREATE INDEX "pair_event_pair_id" ON "pair_event" ("pair_id")')
    for kind, day, detail, where in (
        ("proposed", "NULL", "''", "1"),
        ("published", '"started_on"', "''", '"started_on" IS NOT NULL'),
        ("agreement_signed", '"agreement_signed_on"', "''", '"agreement_signed_on" IS NOT NULL'),
        ("completed", '"ended_on"', "''", "\"status\" = 'completed'"),
        ("ended_early", '"ended_on"', '"end_reason"', "\"status\" = 'ended_early'"),
    ):
        db.execute_sql(
            'INSERT INTO "pair_event" ("pair_id", "happened_on", "kind", "detail") '
            f'SELECT "id", {day}, \'{kind}\', {detail} FROM "pair" WHERE {where} ORDER BY "id"'
        )


def _take_part_again(db: Database) -> None:
    """The final assessment asks whether the person would take part again: yes, maybe
    or no (NULL: not asked, or not answered)."""
    db.execute_sql(
        'ALTER TABLE "assessment" ADD COLUMN "take_part_again" VARCHAR(255) '
        "CHECK (take_part_again IN ('yes', 'maybe', 'no'))"
    )


def _attention_closed_day(db: Database) -> None:
    """A planned meeting on a closed day is an attention item the coordinator may
    acknowledge: the kind's CHECK gains 'closed_day' (SQLite rebuilds the table)."""
    db.execute_sql(
        'CREATE TABLE "attention_acknowledgement_new" ('
        '"id" INTEGER NOT NULL PRIMARY KEY, '
        '"pair_id" INTEGER NOT NULL, '
        '"kind" VARCHAR(255) NOT NULL CHECK (kind IN '
        "('not_a_good_fit', 'cancellations', 'closed_day', 'overdue', 'quiet', 'no_next')), "
        '"meeting_id" INTEGER, '
        '"until" DATE NOT NULL, '
        '"note" TEXT NOT NULL, '
        '"made_on" DATE NOT NULL, '
        'FOREIGN KEY ("pair_id") REFERENCES "pair" ("id") ON DELETE CASCADE, '
        'FOREIGN KEY ("meeting_id") REFERENCES "meeting" ("id") ON DELETE CASCADE)'
    )
    db.execute_sql(
        'INSERT INTO "attention_acknowledgement_new" '
        'SELECT "id", "pair_id", "kind", "meeting_id", "until", "note", "made_on" '
        'FROM "attention_acknowledgement"'
    )
    db.execute_sql('DROP TABLE "attention_acknowledgement"')
    db.execute_sql(
        'ALTER TABLE "attention_acknowledgement_new" RENAME TO "attention_acknowledgement"'
    )
    db.execute_sql(
        'CREATE INDEX "attention_acknowledgement_pair_id" '
        'ON "attention_acknowledgement" ("pair_id")'
    )
    db.execute_sql(
        'CREATE INDEX "attention_acknowledgement_meeting_id" '
        'ON "attention_acknowledgement" ("meeting_id")'
    )


def _guide_languages(db: Database) -> None:
    """Each guide is in one language (English for those seeded so far), and each language
    has its own: German and French sets are seeded from ``resources/guides/<language>/``
    (same topic keys, translated titles and texts).  A topic keeps one guide per language;
    a topic a database lacks (renamed) gets none here, and prints its English guide."""
    import json

    from rmdesk.paths import resource

    db.execute_sql('DROP INDEX "guide_topic_id"')
    db.execute_sql(
        'ALTER TABLE "guide" ADD COLUMN "language" VARCHAR(255) NOT NULL DEFAULT \'en\' '
        "CHECK (language IN ('en', 'de', 'fr'))"
    )
    db.execute_sql(
        'CREATE UNIQUE INDEX "guide_topic_id_language" ON "guide" ("topic_id", "language")'
    )
    for language in ("de", "fr"):
        folder = resource(f"guides/{language}")
        listing = folder / "guides.json"
        if not listing.is_file():
            continue
        for entry in json.loads(listing.read_text("utf-8")):
            text = folder / entry["file"]
            if not text.is_file():
                continue
            body = text.read_text("utf-8")
            if entry["topic"]:
                db.execute_sql(
                    'INSERT INTO "guide" ("topic_id", "role", "title", "body", "language") '
                    'SELECT "id", \'\', ?, ?, ? FROM "topic" WHERE "name" = ?',
                    (entry["title"], body, language, entry["topic"]),
                )
            else:
                db.execute_sql(
                    'INSERT INTO "guide" ("topic_id", "role", "title", "body", "language") '
                    "VALUES (NULL, ?, ?, ?, ?)",
                    (entry["role"], entry["title"], body, language),
                )


MIGRATIONS: tuple[Migration, ...] = (
    _initial_schema,
    _participant_capacity,
    _meeting_cancellations_and_closed_dates,
    _goals_assessments_and_fit,
    _meeting_revision,
    _database_identity,
    _attention_acknowledgements,
    _participant_employee_id,
    _candour_dimensions,
    _guides,
    _pair_events,
    _take_part_again,
    _attention_closed_day,
    _guide_languages,
)
LATEST_VERSION = len(MIGRATIONS)


def schema_version(db: Database) -> int:
    return int(db.execute_sql("PRAGMA user_version").fetchone()[0])


def migrate(db: Database, target: int = LATEST_VERSION) -> list[int]:
    """Bring ``db`` up to ``target``; returns the versions applied, in order."""
    applied: list[int] = []
    if schema_version(db) >= target:
        return applied
    from playhouse.migrate import SqliteMigrator  # only needed while migrating

    migrator = SqliteMigrator(db)
    for version in range(schema_version(db) + 1, target + 1):
        with migrator.migration_context():
            MIGRATIONS[version - 1](db)
            db.execute_sql(f"PRAGMA user_version = {version}")
        applied.append(version)
    return applied
