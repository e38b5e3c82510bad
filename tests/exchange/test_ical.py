"""iCalendar export: parse the file back with the library and check every event."""

from __future__ import annotations

import datetime as dt
import stat
import time
import zoneinfo
from pathlib import Path

import icalendar
import pytest
from peewee import SqliteDatabase

from rmdesk.exchange import ical
from rmdesk.exchange.ical import calendar_for, export_calendar, local_timezone
from rmdesk.store.models import Cycle, Meeting, Pair, Participant, Setting

BERLIN = "Europe/Berlin"
NOW = dt.datetime(2025, 5, 1, 12, 0, tzinfo=dt.UTC)


def _person(name: str, role: str, email: str | None) -> Participant:
    return Participant.create(full_name=name, role=role, level=1, email=email)


@pytest.fixture
def programme(db: SqliteDatabase) -> dict[str, int]:
    cycle = Cycle.create(
        name="Spring 2025", start_date=dt.date(2025, 1, 1), end_date=dt.date(2025, 12, 31)
    )
    other_cycle = Cycle.create(
        name="Other", start_date=dt.date(2025, 1, 1), end_date=dt.date(2025, 12, 31)
    )
    zoe = _person("Zoë Ångström <b>&", "mentor", "zoe@example.org")
    boss = _person('Renée O\'Hara; CEO, "Big"', "mentee", "renee@example.org")
    kim = _person("Kim Lee", "mentor", None)
    sam = _person("Sam Park", "mentee", "sam@example.org")
    first = Pair.create(cycle=cycle, mentor=zoe, mentee=boss)
    second = Pair.create(cycle=cycle, mentor=kim, mentee=sam)
    elsewhere = Pair.create(cycle=other_cycle, mentor=kim, mentee=boss)
    ids = {
        "cycle": cycle.id,
        "first": first.id,
        "second": second.id,
        "zoe": zoe.id,
        "kim": kim.id,
        "boss": boss.id,
    }
    # Winter time (CET, +01:00) and summer time (CEST, +02:00).
    ids["march"] = Meeting.create(
        pair=first, starts_at=dt.datetime(2025, 3, 20, 9, 30), duration_minutes=45,
        location="Room 4.12, Tower A", agenda="Intro; goals\nTikTok <b>&</b>",
        notes="SECRET NOTE", status="held",
    ).id  # fmt: skip
    ids["july"] = Meeting.create(
        pair=first, starts_at=dt.datetime(2025, 7, 3, 14, 0), duration_minutes=60,
        location="https://meet.example.org/abc", mode="video", status="planned",
        notes="SECRET NOTE",
    ).id  # fmt: skip
    ids["cancelled"] = Meeting.create(
        pair=second, starts_at=dt.datetime(2025, 4, 1, 8, 0), status="cancelled",
        agenda="Reverse mentoring: " + "long agenda text " * 20,
    ).id  # fmt: skip
    ids["missed"] = Meeting.create(
        pair=second, starts_at=dt.datetime(2025, 10, 28, 17, 0), status="missed"
    ).id
    ids["elsewhere"] = Meeting.create(pair=elsewhere, starts_at=dt.datetime(2025, 5, 5, 10)).id
    return ids


def _export(path: Path, cycle_id: int, **kwargs: object) -> icalendar.Calendar:
    count = export_calendar(path, cycle_id, **kwargs)  # type: ignore[arg-type]
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    assert len(calendar.events) == count
    return calendar


def _by_meeting(calendar: icalendar.Calendar) -> dict[int, icalendar.Event]:
    return {int(str(event["UID"]).split("-")[1]): event for event in calendar.events}


def test_whole_cycle_every_event_checked(programme: dict[str, int], tmp_path: Path) -> None:
    path = tmp_path / "cycle.ics"
    calendar = _export(path, programme["cycle"], timezone=BERLIN)
    events = _by_meeting(calendar)
    assert set(events) == {
        programme["march"], programme["july"], programme["cancelled"], programme["missed"]
    }  # fmt: skip
    assert str(calendar["PRODID"]) == "-//rmdesk//reverse mentoring//EN"
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["X-WR-CALNAME"]) == "Reverse mentoring: Spring 2025"
    db_uuid = Setting.get_by_id("database.uuid").value
    zone = zoneinfo.ZoneInfo(BERLIN)
    for meeting in Meeting.select():
        if meeting.id not in events:
            continue
        event = events[meeting.id]
        assert str(event["UID"]) == f"meeting-{meeting.id}-{db_uuid}@rmdesk"
        assert event["DTSTART"].params["TZID"] == BERLIN
        assert event.start == meeting.starts_at.replace(tzinfo=zone)
        assert event.end - event.start == dt.timedelta(minutes=meeting.duration_minutes)
        pair = meeting.pair
        assert str(event["SUMMARY"]) == (
            f"Reverse mentoring: {pair.mentor.full_name} & {pair.mentee.full_name}"
        )
        expected = "CANCELLED" if meeting.status == "cancelled" else "CONFIRMED"
        assert str(event["STATUS"]) == expected
        assert int(event["SEQUENCE"]) == meeting.revision
        assert str(event.get("DESCRIPTION", "")) == meeting.agenda
        assert str(event.get("LOCATION", "")) == meeting.location
        assert event.categories == ["rmdesk"]
        assert event["DTSTAMP"].dt.tzinfo is not None
        attendees = event.get("ATTENDEE", [])
        attendees = attendees if isinstance(attendees, list) else [attendees]
        expected_people = [p for p in (pair.mentor, pair.mentee) if p.email]
        assert [str(a) for a in attendees] == [f"mailto:{p.email}" for p in expected_people]
        assert [a.params["CN"] for a in attendees] == [p.full_name for p in expected_people]


def test_wall_times_and_offsets_across_dst(programme: dict[str, int], tmp_path: Path) -> None:
    path = tmp_path / "c.ics"
    events = _by_meeting(_export(path, programme["cycle"], timezone=BERLIN))
    march, july = events[programme["march"]].start, events[programme["july"]].start
    assert (march.hour, march.minute, march.utcoffset()) == (9, 30, dt.timedelta(hours=1))
    assert (july.hour, july.minute, july.utcoffset()) == (14, 0, dt.timedelta(hours=2))
    text = path.read_text(encoding="utf-8")
    assert "DTSTART;TZID=Europe/Berlin:20250320T093000" in text
    assert "DTSTART;TZID=Europe/Berlin:20250703T140000" in text


def test_vtimezone_present(programme: dict[str, int], tmp_path: Path) -> None:
    calendar = _export(tmp_path / "c.ics", programme["cycle"], timezone=BERLIN)
    assert [tz.tz_name for tz in calendar.timezones] == [BERLIN]
    assert calendar.get_missing_tzids() == set()
    # The zone's rules convert a summer date the same way zoneinfo does.
    tzinfo = calendar.timezones[0].to_tz()
    assert dt.datetime(2025, 7, 3, 14, tzinfo=tzinfo).utcoffset() == dt.timedelta(hours=2)
    assert dt.datetime(2025, 3, 20, 9, tzinfo=tzinfo).utcoffset() == dt.timedelta(hours=1)


def test_utc_needs_no_vtimezone(programme: dict[str, int], tmp_path: Path) -> None:
    path = tmp_path / "c.ics"
    events = _by_meeting(_export(path, programme["cycle"], timezone="UTC"))
    start = events[programme["march"]].start
    assert start == dt.datetime(2025, 3, 20, 9, 30, tzinfo=dt.UTC)


def test_uids_stable_and_file_identical_but_for_dtstamp(
    programme: dict[str, int], tmp_path: Path
) -> None:
    one, two = tmp_path / "one.ics", tmp_path / "two.ics"
    export_calendar(one, programme["cycle"], timezone=BERLIN)
    time.sleep(1.1)  # a different DTSTAMP
    export_calendar(two, programme["cycle"], timezone=BERLIN)

    def without_stamp(path: Path) -> list[str]:
        return [ln for ln in path.read_text().splitlines() if not ln.startswith("DTSTAMP")]

    assert without_stamp(one) == without_stamp(two)
    assert one.read_bytes() != two.read_bytes()
    uids = [str(e["UID"]) for e in icalendar.Calendar.from_ical(one.read_bytes()).events]
    assert len(set(uids)) == len(uids) == 4
    assert Setting.select().where(Setting.key == "database.uuid").count() == 1


def test_fast_writer_matches_the_library_byte_for_byte(programme: dict[str, int]) -> None:
    for zone in (BERLIN, "UTC", "America/New_York"):
        for filters in ({}, {"pair_id": programme["first"]}, {"participant_id": 999_999}):
            try:
                export = ical._prepare(
                    programme["cycle"], filters.get("pair_id"), filters.get("participant_id"),
                    zone, NOW,
                )  # fmt: skip
            except ValueError:
                continue
            assert ical._fast_ical(export) == ical._build_calendar(export).to_ical()


def test_fast_writer_matches_the_library_on_an_empty_calendar(db: SqliteDatabase) -> None:
    cycle = Cycle.create(name="Empty", start_date=dt.date(2025, 1, 1), end_date=dt.date(2025, 2, 1))
    export = ical._prepare(cycle.id, None, None, BERLIN, NOW)
    assert ical._fast_ical(export) == ical._build_calendar(export).to_ical()
    calendar = icalendar.Calendar.from_ical(ical._fast_ical(export))
    assert calendar.events == []
    assert [tz.tz_name for tz in calendar.timezones] == [BERLIN]


def test_calendar_for_returns_a_library_calendar(programme: dict[str, int]) -> None:
    calendar = calendar_for(programme["cycle"], timezone=BERLIN)
    assert isinstance(calendar, icalendar.Calendar)
    assert len(calendar.events) == 4
    assert calendar.timezones


def test_private_notes_never_exported(programme: dict[str, int], tmp_path: Path) -> None:
    path = tmp_path / "c.ics"
    export_calendar(path, programme["cycle"], timezone=BERLIN)
    assert b"SECRET" not in path.read_bytes()
    assert b"SECRET" not in calendar_for(programme["cycle"], timezone=BERLIN).to_ical()


def test_filter_by_pair(programme: dict[str, int], tmp_path: Path) -> None:
    calendar = _export(tmp_path / "p.ics", programme["cycle"], pair_id=programme["first"],
                       timezone=BERLIN)  # fmt: skip
    assert set(_by_meeting(calendar)) == {programme["march"], programme["july"]}
    assert str(calendar["X-WR-CALNAME"]) == (
        'Reverse mentoring: Spring 2025 – Zoë Ångström <b>& & Renée O\'Hara; CEO, "Big"'
    )


def test_filter_by_person(programme: dict[str, int], tmp_path: Path) -> None:
    path = tmp_path / "p.ics"
    calendar = _export(path, programme["cycle"], participant_id=programme["kim"], timezone=BERLIN)
    assert set(_by_meeting(calendar)) == {programme["cancelled"], programme["missed"]}
    assert str(calendar["X-WR-CALNAME"]) == "Reverse mentoring: Spring 2025 – Kim Lee"
    # The mentee's meetings in another cycle stay out.
    calendar = _export(path, programme["cycle"], participant_id=programme["boss"], timezone=BERLIN)
    assert set(_by_meeting(calendar)) == {programme["march"], programme["july"]}


def test_unknown_ids_and_zone_are_refused(programme: dict[str, int], tmp_path: Path) -> None:
    path = tmp_path / "x.ics"
    with pytest.raises(ValueError, match="cycle"):
        export_calendar(path, 999, timezone=BERLIN)
    with pytest.raises(ValueError, match="pair"):
        export_calendar(path, programme["cycle"], pair_id=999, timezone=BERLIN)
    with pytest.raises(ValueError, match="participant"):
        export_calendar(path, programme["cycle"], participant_id=999, timezone=BERLIN)
    with pytest.raises(ValueError, match="time zone"):
        export_calendar(path, programme["cycle"], timezone="Mars/Olympus")
    assert not path.exists()


def test_file_mode_count_and_atomic_replace(programme: dict[str, int], tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    path = folder / "c.ics"
    path.write_text("old")
    path.chmod(0o644)
    assert export_calendar(path, programme["cycle"], timezone=BERLIN) == 4
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert path.read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")
    assert [p.name for p in folder.iterdir()] == ["c.ics"]  # no temp file left


def test_non_ascii_and_markup_survive(programme: dict[str, int], tmp_path: Path) -> None:
    path = tmp_path / "c.ics"
    events = _by_meeting(_export(path, programme["cycle"], timezone=BERLIN))
    march = events[programme["march"]]
    assert str(march["SUMMARY"]) == (
        'Reverse mentoring: Zoë Ångström <b>& & Renée O\'Hara; CEO, "Big"'
    )
    assert str(march["DESCRIPTION"]) == "Intro; goals\nTikTok <b>&</b>"
    assert str(march["LOCATION"]) == "Room 4.12, Tower A"
    assert all(len(line) <= 75 for line in path.read_bytes().split(b"\r\n"))


def test_cancelled_by_in_description_when_recorded(
    programme: dict[str, int], tmp_path: Path
) -> None:
    if getattr(Meeting, "cancelled_by", None) is None:
        pytest.skip("Meeting.cancelled_by not in this schema")
    Meeting.update(cancelled_by="mentee", agenda="").where(
        Meeting.id == programme["cancelled"]
    ).execute()
    events = _by_meeting(_export(tmp_path / "c.ics", programme["cycle"], timezone=BERLIN))
    assert str(events[programme["cancelled"]]["DESCRIPTION"]) == "Cancelled by the mentee."


def test_local_timezone(db: SqliteDatabase, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    assert local_timezone() == "Asia/Tokyo"
    monkeypatch.setenv("TZ", ":America/Chicago")
    assert local_timezone() == "America/Chicago"
    monkeypatch.setenv("TZ", "Not/AZone")
    assert zoneinfo.ZoneInfo(local_timezone())  # falls back to /etc/localtime or UTC
    Setting.create(key="calendar.timezone", value="Europe/Lisbon")
    assert local_timezone() == "Europe/Lisbon"


def test_default_timezone_is_local(
    programme: dict[str, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    events = _by_meeting(_export(tmp_path / "c.ics", programme["cycle"]))
    assert events[programme["march"]]["DTSTART"].params["TZID"] == "Asia/Tokyo"


def test_ten_thousand_meetings_quickly(db: SqliteDatabase, tmp_path: Path) -> None:
    cycle = Cycle.create(name="Big", start_date=dt.date(2025, 1, 1), end_date=dt.date(2026, 1, 1))
    pairs = []
    with db.atomic():
        for i in range(100):
            mentor = _person(f"Mentor {i}", "mentor", f"m{i}@example.org")
            mentee = _person(f"Mentée {i}", "mentee", f"e{i}@example.org")
            pairs.append(Pair.create(cycle=cycle, mentor=mentor, mentee=mentee).id)
        base = dt.datetime(2025, 1, 1, 9)
        rows = [
            {
                "pair": pairs[i % 100],
                "starts_at": base + dt.timedelta(hours=7 * i),
                "agenda": f"Agenda {i}, part; two",
                "location": "Room 1",
                "status": ("planned", "held", "cancelled", "missed")[i % 4],
                "notes": "SECRET NOTE",
            }
            for i in range(10_000)
        ]
        for start in range(0, len(rows), 500):
            Meeting.insert_many(rows[start : start + 500]).execute()
    path = tmp_path / "big.ics"
    began = time.perf_counter()
    count = export_calendar(path, cycle.id, timezone=BERLIN)
    elapsed = time.perf_counter() - began
    assert count == 10_000
    assert elapsed < 5.0, f"{elapsed:.2f} s"
    data = path.read_bytes()
    assert b"SECRET" not in data
    # Parsing 10,000 events back takes the library seconds; the byte-for-byte test
    # above shows this writer's output is the library's own.
    assert data.count(b"BEGIN:VEVENT\r\n") == 10_000
    assert data.count(b"STATUS:CANCELLED\r\n") == 2_500


def test_every_change_raises_the_sequence(programme: dict[str, int], tmp_path: Path) -> None:
    """A calendar program keeps the event with the higher SEQUENCE: a meeting moved or
    cancelled after an earlier export must come out higher than before."""
    from rmdesk.programme import meetings

    def sequence() -> int:
        events = _by_meeting(_export(tmp_path / "c.ics", programme["cycle"]))
        return int(events[programme["july"]]["SEQUENCE"])

    seen = [sequence()]
    meetings.reschedule(programme["july"], dt.datetime(2025, 7, 4, 14, 0))
    seen.append(sequence())
    row = meetings.get_meeting(programme["july"])
    meetings.update_meeting(
        programme["july"],
        meetings.MeetingData(row.pair_id, row.starts_at, agenda="New agenda"),
    )
    seen.append(sequence())
    meetings.mark_cancelled(programme["july"], "mentee")
    seen.append(sequence())
    assert seen == [0, 1, 2, 3]


# --- reading only --------------------------------------------------------------------


def test_an_export_reads_the_identity_the_migration_made_and_writes_nothing(
    programme: dict[str, int], db: SqliteDatabase, tmp_path: Path
) -> None:
    made = Setting.get_by_id("database.uuid").value  # there before any export
    changes = db.connection().total_changes
    calendar = _export(tmp_path / "cycle.ics", programme["cycle"], timezone=BERLIN)
    assert db.connection().total_changes == changes
    assert all(str(event["UID"]).endswith(f"-{made}@rmdesk") for event in calendar.events)


def test_an_export_runs_on_a_read_only_connection(
    programme: dict[str, int], db_path: Path, tmp_path: Path
) -> None:
    from rmdesk.store import close_database, open_database_read_only

    written = export_calendar(tmp_path / "window.ics", programme["cycle"], timezone=BERLIN)
    close_database()
    open_database_read_only(db_path)
    try:
        assert export_calendar(tmp_path / "beside.ics", programme["cycle"], timezone=BERLIN) == (
            written
        )
    finally:
        close_database()
    uids = [
        sorted(str(e["UID"]) for e in icalendar.Calendar.from_ical(p.read_bytes()).events)
        for p in (tmp_path / "window.ics", tmp_path / "beside.ics")
    ]
    assert uids[0] == uids[1]


def test_a_lost_identity_is_made_again_only_where_writing_is_allowed(
    programme: dict[str, int], db_path: Path, tmp_path: Path
) -> None:
    from rmdesk.store import close_database, open_database, open_database_read_only

    Setting.delete().where(Setting.key == "database.uuid").execute()  # edited by hand
    close_database()
    open_database_read_only(db_path)
    try:
        with pytest.raises(ValueError, match=r"lost its calendar identity.*close the rmdesk"):
            export_calendar(tmp_path / "beside.ics", programme["cycle"], timezone=BERLIN)
    finally:
        close_database()
    assert not (tmp_path / "beside.ics").exists()

    open_database(db_path)  # the fixture's db closes it
    export_calendar(tmp_path / "cycle.ics", programme["cycle"], timezone=BERLIN)
    assert Setting.select().where(Setting.key == "database.uuid").count() == 1
