"""Whether a file's tables are exactly those its schema version says.

``PRAGMA user_version`` tells rmdesk which migrations a file has had; if the number
was altered (or the tables were), every command after opening it would fail on a
missing column or trip over an unknown one.  So a file is compared with its version
before anything reads or writes it: its tables, columns (name, type affinity, NOT
NULL, primary key position), indexes (name, uniqueness, columns in order, partial),
foreign keys, triggers and views, read with ``PRAGMA``\\s, which describe the schema
the same way whatever SQL text made it.  SQLite's own tables (``sqlite_stat1`` of
``ANALYZE``, ``sqlite_sequence``) are not part of the schema.  CHECK constraints and
column defaults are not compared: PRAGMAs do not expose CHECKs, and a default is SQL
text that can be spelt differently and mean the same.

There is one definition of what version *n* looks like: the migrations themselves,
run on an empty in-memory database (:func:`reference`).  Running them costs 10-20
ms and needs Peewee, so the fingerprint of each version's description is also
recorded below; a file whose description has the recorded fingerprint is accepted
from the standard library alone in a millisecond or two.  Anything else is compared
with the migrations' result, which alone decides (so a new migration that is not
yet recorded, or a SQLite that describes something differently, only costs time);
``tests/store/test_schema.py`` checks every recorded fingerprint against the
migrations.
"""

from __future__ import annotations

import functools
import hashlib
import json
import sqlite3
from collections.abc import Mapping

# Key: what a schema element is, e.g. ("column", "meeting", "revision");
# value: how it is defined.  Elements of a table hang below the ("table", name) key.
Description = dict[tuple[str, ...], tuple[object, ...]]

# sha256 of each version's description (see fingerprint()); only a shortcut: a
# missing or outdated entry makes the check slower, never wrong.
RECORDED_FINGERPRINTS: Mapping[int, str] = {
    0: "4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945",
    1: "d5a827fc7576ff61e82cbf0c7ebbd1d80487e7eb892c681e00f3bd70b16bb0cf",
    2: "85ddfc0d8e4b644203339c7eadead4bda5a9467c3e82cd70c603796c6da725cb",
    3: "0d24e15aeabee3156e8ea0307e1d5d7f4d7f96ee2521ce458cf682a4b40010a0",
    4: "726155ea8af1d8c6af0d2323fc33a9a4e05894ed1134752b516cbb2290d44af1",
    5: "8a44ac2d4980d9ea427b90491f8ed2f9cf19fc3b2f745491cdf167b7474f992e",
    6: "8a44ac2d4980d9ea427b90491f8ed2f9cf19fc3b2f745491cdf167b7474f992e",  # data only
    7: "51a16c7c7fb91f0623924a4bc2d24586505b59158486f1a0f3100e9c46b15c6d",
    8: "8b6f5d819636d25c7d87c58260b580bc4cef7ec42d1693829690fe688a5925bf",
    9: "8b6f5d819636d25c7d87c58260b580bc4cef7ec42d1693829690fe688a5925bf",  # data only
    10: "634d3e7c14e4a4d563b14bd3fed57e4a91783d03820891940bc2f0eb571e2d1a",
    11: "84289df43a5cc3308870aca8ebcee5c153b5561f4cc240104aa7461c3f919782",
    12: "d43ef026d6975cc9a7b79c2db284f5e80b6417c079f20e7349f947d6ab1027a6",
    13: "d43ef026d6975cc9a7b79c2db284f5e80b6417c079f20e7349f947d6ab1027a6",  # a CHECK only
    14: "8fd4c3daaddcd7ef4481bb044c3e126f1c5a9dd5bf88b12d86e192d855a1ccc0",
}


def _affinity(declared: str) -> str:
    """SQLite's type affinity of a declared column type (section 3.1 of its datatype page)."""
    upper = declared.upper()
    if "INT" in upper:
        return "INTEGER"
    if any(word in upper for word in ("CHAR", "CLOB", "TEXT")):
        return "TEXT"
    if not upper or "BLOB" in upper:
        return "BLOB"
    if any(word in upper for word in ("REAL", "FLOA", "DOUB")):
        return "REAL"
    return "NUMERIC"


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def describe(connection: sqlite3.Connection) -> Description:
    """The schema of the database behind ``connection``, element by element."""
    found: Description = {}
    objects = connection.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE type IN ('table', 'view', 'trigger') "
        "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"
    ).fetchall()
    for kind, name, sql in objects:
        if kind != "table":
            found[(kind, name)] = (" ".join(str(sql).split()),)
            continue
        table = _quoted(name)
        found[("table", name)] = ()
        for _cid, column, declared, notnull, _default, pk, hidden in connection.execute(
            f"PRAGMA table_xinfo({table})"
        ):
            found[("column", name, column)] = (_affinity(declared or ""), notnull, pk, hidden)
        for _seq, index, unique, origin, partial in connection.execute(
            f"PRAGMA index_list({table})"
        ):
            keys = tuple(
                (column, desc, collation)
                for _seqno, _cid, column, desc, collation, is_key in connection.execute(
                    f"PRAGMA index_xinfo({_quoted(index)})"
                )
                if is_key
            )
            found[("index", name, index)] = (unique, origin, partial, keys)
        # Rows: id, seq, parent table, column, parent column, on update, on delete, match.
        foreign: dict[int, list[tuple[object, ...]]] = {}
        for fk_id, _seq, *definition in connection.execute(f"PRAGMA foreign_key_list({table})"):
            foreign.setdefault(fk_id, []).append(tuple(definition))
        for parts in foreign.values():
            columns = ",".join(str(part[1]) for part in parts)
            found[("foreign key", name, columns)] = tuple(parts)
    return found


def fingerprint(description: Description) -> str:
    """A short, stable digest of a description (for RECORDED_FINGERPRINTS)."""
    items = sorted([list(key), repr(value)] for key, value in description.items())
    return hashlib.sha256(json.dumps(items).encode("utf-8")).hexdigest()


@functools.cache
def reference(version: int) -> Description:
    """What the migrations make of an empty database at ``version`` (computed once)."""
    from peewee import SqliteDatabase

    from rmdesk.store.migrations import migrate

    fresh = SqliteDatabase(":memory:")
    try:
        migrate(fresh, target=version)
        return describe(fresh.connection())
    finally:
        fresh.close()


def _name(key: tuple[str, ...]) -> str:
    kind, *names = key
    if kind in ("column", "index"):
        return f"{kind} {'.'.join(names)}"
    if kind == "foreign key":
        return f"foreign key {names[0]}({names[1]})"
    return f"{kind} {names[0]}"


def differences(connection: sqlite3.Connection, version: int) -> list[str]:
    """How the schema behind ``connection`` differs from ``version``'s, in words.

    An empty list means it is exactly that version's.  ``version`` must be one this
    rmdesk knows (0 to the latest).
    """
    found = describe(connection)
    if RECORDED_FINGERPRINTS.get(version) == fingerprint(found):
        return []
    expected = reference(version)
    # A whole table missing or extra is one difference, not one per column.
    tables_off = {key[1] for key in expected.keys() ^ found.keys() if key[0] == "table"}
    problems: list[str] = []
    for key in sorted(expected.keys() | found.keys()):
        if key[0] in ("column", "index", "foreign key") and key[1] in tables_off:
            continue
        if key not in found:
            problems.append(f"missing {_name(key)}")
        elif key not in expected:
            problems.append(f"extra {_name(key)}")
        elif found[key] != expected[key]:
            problems.append(f"different {_name(key)}")
    return problems
