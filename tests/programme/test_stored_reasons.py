"""A pair's match reasons are kept as messages, so every reader says them its own way.

Saved as JSON of template and values (``messages.to_stored``), read back as a
``Message`` (``from_stored``): English on the command line and in exports, the
document's language in documents; rows saved before (plain English) still read."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import pytest

from rmdesk.documents.words import said, speaking
from rmdesk.exchange import full_export
from rmdesk.exchange.csv_export import export_pairs
from rmdesk.exchange.personal_data import erase_person, person_data
from rmdesk.programme import pairs
from rmdesk.programme.cycles import CycleData, create_cycle
from rmdesk.programme.matching.candidates import match_of
from rmdesk.programme.messages import (
    Message,
    from_stored,
    in_turn,
    listed,
    rewritten,
    to_stored,
    turns,
)
from rmdesk.store import close_database, open_database
from rmdesk.store.models import Pair, Participant

OLD_ROW = "both want/offer: AI; different departments: IT and Finance"


def _people() -> tuple[int, int, int, int]:
    cycle = create_cycle(CycleData(name="2026", start_date=dt.date(2026, 1, 31)))
    ana = Participant.create(full_name="Ana Silva", role="mentor", level=2, department="IT").id
    carla = Participant.create(
        full_name="Carla Mendes", role="mentee", level=5, department="Finance"
    ).id
    bruno = Participant.create(full_name="Bruno Costa", role="mentor", level=1).id
    return cycle, ana, carla, bruno


def test_a_message_kept_and_read_back_is_the_same_message():
    message = in_turn([
        Message("both want/offer: {topics}", topics=listed(["AI", "Data"])),
        Message("on {day} at {time} ({when}), {n} of {x}", day=dt.date(2026, 3, 2),
                time=dt.time(14, 30), when=dt.datetime(2026, 3, 2, 9, 5), n=3, x=0.5),
        "typed; by hand",
    ])  # fmt: skip
    back = from_stored(to_stored(message))
    assert isinstance(back, Message) and back == message

    def german(template: str) -> str:
        return template.replace("on ", "am ").replace(" at ", " um ")

    shown = back.translated(german, repr)
    assert shown == message.translated(german, repr)
    assert "am datetime.date(2026, 3, 2) um datetime.time(14, 30)" in shown  # not text
    assert turns(back) == (
        "both want/offer: AI, Data",
        "on 2026-03-02 at 14:30 (2026-03-02 09:05), 3 of 0.5",
        "typed; by hand",
    )


def test_plain_text_stays_plain_and_old_rows_split_as_before():
    assert to_stored("Finance") == "Finance" and from_stored("Finance") == "Finance"
    assert not isinstance(from_stored(OLD_ROW), Message)
    assert turns(from_stored(OLD_ROW)) == (
        "both want/offer: AI",
        "different departments: IT and Finance",
    )
    # Text that merely looks stored is kept exactly, never read as a template.
    lookalike = '{"rmdesk.message": "typed by someone"}'
    assert from_stored(to_stored(lookalike)) == lookalike


@pytest.mark.parametrize(
    "stored",
    [
        '{"rmdesk.message":',  # cut short
        '{"rmdesk.message":{"template":"{a.__class__}","values":{"a":"x"}}}',
        '{"rmdesk.message":{"template":"{a:>99999999}","values":{"a":"x"}}}',
        '{"rmdesk.message":{"template":"{missing}","values":{"a":"x"}}}',
        '{"rmdesk.message":{"template":"{a}","values":{"a":[1, 2]}}}',
        '{"rmdesk.message":{"template":"{a}","values":{"a":{"date":"not a day"}}}}',
        '{"rmdesk.message":{"template":7,"values":{}}}',
        '{"rmdesk.message":{"template":"x","values":{}},"more":1}',
        '{"rmdesk.message":' + "[" * 100_000 + "]" * 100_000 + "}",
    ],
)
def test_a_stored_form_that_does_not_read_is_plain_text(stored: str):
    back = from_stored(stored)
    assert back == stored and not isinstance(back, Message)


def test_a_pair_keeps_its_reasons_as_messages_and_english_is_unchanged(db):
    cycle, ana, carla, bruno = _people()
    pair_id = pairs.create_pair(cycle, ana, carla)
    _, expected = match_of(cycle, ana, carla)
    stored = Pair.get_by_id(pair_id).match_reasons
    assert json.loads(stored)["rmdesk.message"]["template"] == "{head}; {tail}"
    row = pairs.get_pair(pair_id)
    assert isinstance(row.match_reasons, Message)
    assert str(row.match_reasons) == str(expected)  # the English, exactly as before
    assert "different departments: IT and Finance" in turns(row.match_reasons)
    # A document in French says the same reasons in French.
    with speaking("fr"):
        french = [said(reason) for reason in turns(row.match_reasons)]
    assert "services différents\xa0: IT et Finance" in french
    # A row saved before reads as the plain text it holds.
    old = Pair.create(cycle=cycle, mentor=bruno, mentee=carla, status="proposed",
                      match_reasons=OLD_ROW).id  # fmt: skip
    assert pairs.get_pair(old).match_reasons == OLD_ROW


def test_a_replacement_names_the_old_mentor_in_a_message(db):
    cycle, ana, carla, bruno = _people()
    pair_id = pairs.create_pair(cycle, ana, carla)
    pairs.activate_pair(pair_id, started_on=dt.date(2026, 3, 1))
    new_id = pairs.replace_mentor(pair_id, bruno, "Ana moved abroad")
    first = turns(pairs.get_pair(new_id).match_reasons)[0]
    assert isinstance(first, Message)
    assert (first.template, first.values) == (
        "Replaces {full_name} as mentor.",
        {"full_name": "Ana Silva"},
    )


def test_exports_write_the_english_and_erasure_scrubs_only_the_names(db, tmp_path: Path):
    cycle, ana, carla, bruno = _people()
    pair_id = pairs.create_pair(cycle, ana, carla)
    pairs.activate_pair(pair_id, started_on=dt.date(2026, 3, 1))
    new_id = pairs.replace_mentor(pair_id, bruno, "Ana moved abroad")
    english = str(pairs.get_pair(new_id).match_reasons)
    assert english.startswith("Replaces Ana Silva as mentor.; ")
    export_pairs(tmp_path / "pairs.csv", cycle)
    with (tmp_path / "pairs.csv").open(encoding="utf-8-sig", newline="") as handle:
        exported = {row["match_reasons"] for row in csv.DictReader(handle)}
    assert english in exported
    data = person_data(carla)
    assert english in {pair["match_reasons"] for pair in data["records"]["pair"]}
    # Ana is erased: her name leaves Bruno's pair's reasons, the message stays whole.
    erase_person(ana, backup=False)
    kept = pairs.get_pair(new_id).match_reasons
    assert isinstance(kept, Message)
    assert str(kept).startswith("Replaces [erased] as mentor.; ")
    assert "Ana" not in Pair.get_by_id(new_id).match_reasons


def test_rewritten_leaves_templates_alone():
    stored = to_stored(Message("Replaces {full_name} as mentor.", full_name="Mentor Full"))
    back = from_stored(rewritten(stored, lambda text: text.replace("Mentor", "[x]")))
    assert str(back) == "Replaces [x] Full as mentor."
    assert rewritten("Mentor typed", lambda text: text.upper()) == "MENTOR TYPED"


def test_full_export_round_trips_messages_and_a_broken_one_reads_as_text(db, tmp_path: Path):
    cycle, ana, carla, bruno = _people()
    pair_id = pairs.create_pair(cycle, ana, carla)
    broken = '{"rmdesk.message":{"template":"{gone}","values":{"x":1}}}'
    old = Pair.create(cycle=cycle, mentor=bruno, mentee=carla, status="proposed",
                      match_reasons=broken).id  # fmt: skip
    before = {pid: pairs.get_pair(pid).match_reasons for pid in (pair_id, old)}
    path = tmp_path / "all.json"
    full_export.export_all(path)
    close_database()
    open_database(tmp_path / "new.rmdesk")
    full_export.import_all(path)
    after = {pid: pairs.get_pair(pid).match_reasons for pid in (pair_id, old)}
    assert after == before
    assert isinstance(after[pair_id], Message) and after[pair_id].values == before[pair_id].values
    assert after[old] == broken and not isinstance(after[old], Message)
