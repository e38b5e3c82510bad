"""CSV exports: readable columns, RFC 4180 quoting, CSV injection neutralised, round trip."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest

from rmdesk.exchange import csv_export
from rmdesk.exchange.csv_format import ExchangeError, neutralise, restore
from rmdesk.exchange.csv_import import apply_import, preview_participants
from rmdesk.programme import participants as domain
from rmdesk.programme.records import ParticipantData
from rmdesk.store.models import Cycle, Goal, GoalUpdate, Meeting, Pair, Participant, Topic


def read(path: Path) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # spreadsheet programs read it as UTF-8
    assert b"\r\n" in raw
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def make(name: str, **fields: object) -> int:
    data = ParticipantData(full_name=name, role="mentor", level=2)
    for key, value in fields.items():
        setattr(data, key, value)
    return domain.create_participant(data)


@pytest.mark.parametrize(
    ("text", "safe"),
    [
        ('=HYPERLINK("x")', '\'=HYPERLINK("x")'),
        ("+1", "'+1"),
        ("-2", "'-2"),
        ("@SUM", "'@SUM"),
        ("\tTab", "'\tTab"),
        ("\rCR", "'\rCR"),
        ("'=already", "''=already"),
        ("'plain", "'plain"),
        ("plain", "plain"),
        ("", ""),
    ],
)
def test_neutralise_and_restore_are_exact_inverses(text: str, safe: str):
    assert neutralise(text) == safe
    assert restore(neutralise(text)) == text


@pytest.fixture
def org(db) -> dict[str, int]:
    boss = make("Hana Boss", email="hana@example.org", role="mentee", level=5,
                topics=["Social media", "Innovation"])  # fmt: skip
    junior = make(
        "=cmd|' /C calc'!A0", email="junior@example.org", role="mentor", level=1,
        manager_id=boss, notes='Said "hi",\nthen left', job_title="-Analyst",
        topics=["Innovation"], capacity=2,
    )  # fmt: skip
    cycle = Cycle.create(name="2026", start_date=dt.date(2026, 1, 5), end_date=dt.date(2026, 10, 5))
    pair = Pair.create(cycle=cycle, mentor=junior, mentee=boss, status="active",
                       match_score=0.87654, match_reasons="+shared topics")  # fmt: skip
    Meeting.create(pair=pair, starts_at=dt.datetime(2026, 2, 3, 10, 0), status="held",
                   agenda="Kick-off", notes="Private: worried about workload")  # fmt: skip
    topic = Topic.get(Topic.name == "Innovation")
    goal = Goal.create(pair=pair, owner="mentee", topic=topic, title="@Post weekly", progress=40)
    GoalUpdate.create(goal=goal, date=dt.date(2026, 3, 1), progress=40, note="on track")
    return {"boss": boss, "junior": junior, "pair": pair.id}


def test_participants_export_is_readable_and_neutralised(org, tmp_path: Path):
    path = tmp_path / "participants.csv"
    assert csv_export.export_participants(path) == 2
    rows = {row["email"]: row for row in read(path)}
    junior = rows["junior@example.org"]
    assert junior["full_name"] == "'=cmd|' /C calc'!A0"
    assert junior["job_title"] == "'-Analyst"
    assert junior["notes"] == 'Said "hi",\nthen left'  # quoted, embedded newline kept
    assert junior["manager"] == "hana@example.org"
    assert (junior["role"], junior["level"], junior["capacity"]) == ("mentor", "1", "2")
    assert junior["offers"] == "Innovation" and junior["wants"] == ""
    assert rows["hana@example.org"]["wants"] == "Social media; Innovation"


def test_exported_participants_import_back_unchanged(org, tmp_path: Path):
    path = tmp_path / "participants.csv"
    csv_export.export_participants(path)
    before = list(Participant.select().order_by(Participant.id).dicts())
    before_topics = {
        pid: domain.get_participant(pid).topics for pid in org.values() if pid != org["pair"]
    }
    preview = preview_participants(path)
    assert preview.problems == [] and preview.unknown_topics == {}
    assert (preview.new, preview.updated, preview.unchanged) == (0, 0, 2)
    apply_import(preview, backup=False)
    assert list(Participant.select().order_by(Participant.id).dicts()) == before
    assert {pid: domain.get_participant(pid).topics for pid in before_topics} == before_topics


def test_exported_participants_rebuild_the_same_people_elsewhere(org, tmp_path: Path):
    path = tmp_path / "participants.csv"
    csv_export.export_participants(path)
    fields = ("full_name", "email", "role", "job_title", "level", "notes", "capacity")

    def people() -> set[tuple[object, ...]]:
        return {
            (*tuple(getattr(p, f) for f in fields), p.manager.email if p.manager else None)
            for p in Participant.select()
        }

    expected = people()
    Pair.delete().execute()
    Participant.delete().execute()
    apply_import(preview_participants(path), backup=False)
    assert people() == expected


def test_pairs_meetings_and_goals(org, tmp_path: Path):
    csv_export.export_pairs(tmp_path / "pairs.csv")
    (pair,) = read(tmp_path / "pairs.csv")
    assert pair["mentor"] == "'=cmd|' /C calc'!A0"
    assert (pair["mentee"], pair["status"], pair["match_score"]) == ("Hana Boss", "active", "0.877")
    assert pair["meetings_held"] == "1" and pair["match_reasons"] == "'+shared topics"

    csv_export.export_meetings(tmp_path / "meetings.csv")
    (meeting,) = read(tmp_path / "meetings.csv")
    assert "notes" not in meeting
    assert "workload" not in (tmp_path / "meetings.csv").read_text("utf-8-sig")
    assert (meeting["starts_at"], meeting["status"], meeting["agenda"]) == (
        "2026-02-03 10:00", "held", "Kick-off",
    )  # fmt: skip
    csv_export.export_meetings(tmp_path / "private.csv", with_notes=True)
    assert read(tmp_path / "private.csv")[0]["notes"] == "Private: worried about workload"

    csv_export.export_goals(tmp_path / "goals.csv")
    (goal,) = read(tmp_path / "goals.csv")
    assert (goal["title"], goal["topic"], goal["owner"]) == (
        "'@Post weekly",
        "Innovation",
        "mentee",
    )
    assert (goal["progress"], goal["last_update"]) == ("40", "2026-03-01")


def test_empty_database_exports_headers_only(db, tmp_path: Path):
    for kind in csv_export.KINDS:
        path = tmp_path / f"{kind}.csv"
        assert csv_export.export_kind(kind, path) == 0
        assert path.read_bytes().count(b"\r\n") == 1


def test_a_failed_write_leaves_no_file_and_says_why(org, tmp_path: Path):
    target = tmp_path / "missing-folder" / "participants.csv"
    with pytest.raises(ExchangeError, match="Nothing was written"):
        csv_export.export_participants(target)
    assert not target.parent.exists()
    folder = tmp_path / "out"
    folder.mkdir()
    existing = folder / "keep.csv"
    existing.write_text("old")

    def broken(out):
        out.write("half")
        raise OSError(28, "No space left on device")

    from rmdesk.exchange.csv_format import write_atomically

    with pytest.raises(ExchangeError, match="No space left"):
        write_atomically(existing, broken)
    assert existing.read_text() == "old"
    assert sorted(p.name for p in folder.iterdir()) == ["keep.csv"]  # no temporary left


def test_people_without_email_round_trip_and_erased_shells_are_left_out(org, tmp_path: Path):
    from rmdesk.exchange.personal_data import erase_person

    make("No Email Person", role="mentee", level=4, notes="Joined late")
    erase_person(org["junior"], backup=False)  # leaves an anonymous shell for the pair
    path = tmp_path / "participants.csv"
    assert csv_export.export_participants(path) == 2
    assert "Erased participant" not in path.read_text("utf-8-sig")
    before = list(Participant.select().order_by(Participant.id).dicts())
    preview = preview_participants(path)
    assert (preview.problems, preview.new, preview.unchanged) == ([], 0, 2)
    apply_import(preview, backup=False)
    assert list(Participant.select().order_by(Participant.id).dicts()) == before
