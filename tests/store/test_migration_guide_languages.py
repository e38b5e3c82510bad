"""Guides per language reach existing databases: the English guides (edited or not)
are kept as English, and the German and French guides shipped are seeded beside them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from peewee import IntegrityError, SqliteDatabase

from rmdesk.paths import resource
from rmdesk.store import close_database, open_database
from rmdesk.store.migrations import MIGRATIONS, _guide_languages, migrate

BEFORE = MIGRATIONS.index(_guide_languages)  # the version just before it


def shipped(language: str) -> list[dict[str, str]]:
    """The entries of a language's guides.json whose text is shipped."""
    folder = resource(f"guides/{language}")
    entries = json.loads((folder / "guides.json").read_text("utf-8"))
    return [e for e in entries if (folder / e["file"]).is_file()]


def test_english_guides_are_kept_and_german_and_french_seeded(db_path: Path):
    old = SqliteDatabase(str(db_path))
    old.connect()
    migrate(old, target=BEFORE)
    old.execute_sql("UPDATE guide SET body = 'Our own text' WHERE role = 'mentor'")
    english = old.execute_sql("SELECT id, topic_id, role, title, body FROM guide").fetchall()
    old.close()
    db = open_database(db_path)
    try:
        rows = db.execute_sql(
            "SELECT id, topic_id, role, title, body, language FROM guide ORDER BY id"
        ).fetchall()
        topics = dict(db.execute_sql("SELECT name, id FROM topic").fetchall())
    finally:
        close_database()
    assert [tuple(r[:5]) for r in rows if r[5] == "en"] == [tuple(r) for r in english]
    assert ("Our own text", "en") in {(r[4], r[5]) for r in rows if r[2] == "mentor"}
    for language in ("de", "fr"):
        entries = shipped(language)
        assert entries, f"no {language} guides shipped"
        seeded = {(r[1], r[2], r[3]) for r in rows if r[5] == language}
        wanted = {(topics.get(e["topic"]) if e["topic"] else None, e["role"], e["title"])
                  for e in entries if not e["topic"] or e["topic"] in topics}  # fmt: skip
        assert seeded == wanted
        folder = resource(f"guides/{language}")
        mentor = next(e for e in entries if e["role"] == "mentor")
        body = next(r[4] for r in rows if r[5] == language and r[2] == "mentor")
        assert body == (folder / mentor["file"]).read_text("utf-8")


def test_one_guide_per_topic_and_language(db):
    topic, title = db.execute_sql(
        "SELECT topic_id, title FROM guide WHERE language = 'de' AND topic_id IS NOT NULL"
    ).fetchone()
    with pytest.raises(IntegrityError):
        db.execute_sql(
            "INSERT INTO guide (topic_id, role, title, body, language) "
            "VALUES (?, '', ?, 'x', 'de')",
            (topic, title),
        )
    with pytest.raises(IntegrityError):  # a language rmdesk does not speak
        db.execute_sql(
            "INSERT INTO guide (topic_id, role, title, body, language) "
            "VALUES (NULL, 'mentor', 't', 'x', 'es')"
        )
