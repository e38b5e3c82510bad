"""Mentor shortlists: each mentee's best allowed mentors, one page each, read back."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from rmdesk.cli import main
from rmdesk.documents.settings import load_settings
from rmdesk.documents.shortlist import render_shortlists
from rmdesk.programme import participants as domain
from rmdesk.programme.matching.shortlist import shortlists, shortlists_to_print
from rmdesk.programme.pairs import create_pair
from rmdesk.programme.records import ParticipantData
from rmdesk.programme.validation import RuleError
from rmdesk.store import close_database, open_database
from rmdesk.store.models import Cycle, Pair
from tests.documents.sample import pages

TODAY = dt.date(2027, 2, 1)


def add(name: str, role: str, level: int, **fields: object) -> int:
    data = ParticipantData(full_name=name, role=role, level=level)
    for key, value in fields.items():
        setattr(data, key, value)
    return domain.create_participant(data)


def cohort() -> dict[str, int]:
    """Two seniors; four juniors, one in Ada's line, one too senior, one paired before."""
    ids = {"ada": add("Ada Ōkubo", "mentee", 6, topics=["Innovation", "Social media"])}
    ids["bo"] = add("Bo Lindqvist", "mentee", 5, topics=["Social media"])
    ids["cy"] = add("Cy Δημητρίου", "mentor", 1, topics=["Innovation", "Social media"])
    ids["di"] = add("Di Park", "mentor", 2, topics=["Social media"])
    ids["ed"] = add("Ed Report", "mentor", 1, topics=["Innovation"], manager_id=ids["ada"])
    ids["fi"] = add("Fi Senior", "mentor", 6, topics=["Innovation", "Social media"])
    ids["gus"] = add("Gus Again", "mentor", 2, topics=["Innovation", "Social media"])
    first = Cycle.create(name="2026", start_date=dt.date(2026, 1, 5), end_date=dt.date(2026, 9, 30))
    Pair.create(cycle=first, mentor=ids["gus"], mentee=ids["ada"], status="completed")
    ids["cycle"] = int(
        Cycle.create(
            name="2027 cohort", start_date=dt.date(2027, 1, 4), end_date=dt.date(2027, 9, 30)
        ).id
    )
    return ids


def test_shortlists_hold_only_mentors_every_rule_allows_best_first(db):
    ids = cohort()
    found = {s.name: s for s in shortlists(ids["cycle"])}
    assert list(found) == ["Ada Ōkubo", "Bo Lindqvist"]
    ada = found["Ada Ōkubo"]
    # Not Ed (her report), not Fi (level 6 is not below 6), not Gus (paired in 2026).
    assert [c.name for c in ada.choices] == ["Cy Δημητρίου", "Di Park"]
    assert ada.choices[0].score >= ada.choices[1].score
    assert ada.choices[0].reasons and "Innovation" in ada.choices[0].reasons[0]
    assert ada.wants == ("Innovation", "Social media")
    bo = found["Bo Lindqvist"]
    assert len(bo.choices) == 3 and "Fi Senior" not in {c.name for c in bo.choices}
    assert len(shortlists(ids["cycle"], size=1)[1].choices) == 1
    # A mentee whose choice is recorded has no place left: no shortlist.
    create_pair(ids["cycle"], ids["di"], ids["bo"])
    assert [s.name for s in shortlists(ids["cycle"])] == ["Ada Ōkubo"]


def test_the_pdf_has_one_page_per_mentee_with_their_candidates_and_reasons(db):
    ids = cohort()
    found = shortlists(ids["cycle"])
    pdf = render_shortlists(found, "2027 cohort", load_settings(), TODAY)
    text = pages(pdf)
    assert len(text) == 2
    assert "Ada Ōkubo" in text[0] and "Bo Lindqvist" not in text[0]
    assert text[0].index("1. Cy Δημητρίου") < text[0].index("2. Di Park")
    assert "Gus Again" not in text[0] and "Ed Report" not in text[0]
    assert "both want/offer: Innovation" in text[0]
    assert "Page 1 of 1" in text[0] and "Page 1 of 1" in text[1]
    assert "Bo Lindqvist" in text[1] and "Fi Senior" not in text[1]


def test_nobody_to_ask_is_refused(db):
    ids = cohort()
    for mentee, mentor in ((ids["ada"], ids["cy"]), (ids["bo"], ids["di"])):
        create_pair(ids["cycle"], mentor, mentee)
    with pytest.raises(RuleError, match="No mentee in 2027 cohort is still looking"):
        shortlists_to_print(ids["cycle"], "2027 cohort")


def test_rmdesk_shortlist_writes_the_pdf(tmp_path: Path, db_path: Path, capsys):
    open_database(db_path)
    try:
        cohort()
    finally:
        close_database()
    target = tmp_path / "lists.pdf"
    args = ["--db", str(db_path), "shortlist", "2027 cohort", "-o", str(target)]
    assert main([*args, "--size", "1"]) == 0
    assert "Wrote the shortlists of 2 mentees in 2027 cohort" in capsys.readouterr().out
    text = pages(target.read_bytes())
    assert len(text) == 2 and "1. Cy Δημητρίου" in text[0] and "2. " not in text[0]
    assert main([*args, "--size", "11"]) == 1
    assert capsys.readouterr().err.startswith("rmdesk: ")
