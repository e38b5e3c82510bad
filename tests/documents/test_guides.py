"""The pairs' guides: seeded for every topic and role, editable in the database, printed
alone (``rmdesk guide``) and in a pair's session pack (``rmdesk pack``)."""

from __future__ import annotations

import pytest

from rmdesk.documents.guides import render_guides, render_pack
from rmdesk.documents.pack_data import pack_for_pair
from rmdesk.documents.settings import load_settings
from rmdesk.programme.goals import GoalData, create_goal, update_goal
from rmdesk.programme.guides import (
    default_for,
    find_guide,
    list_guides,
    orientation,
    save_guide,
    shipped_guides,
)
from rmdesk.programme.validation import RuleError, ValidationError
from rmdesk.store.models import Topic
from tests.documents.sample import TODAY, flat, pages

TOPIC_SECTIONS = (
    "What the junior colleague can show",
    "Questions the senior colleague can ask",
    "One small thing to try before the next meeting",
    "Notes from our conversation",
)


def printed(*guides) -> list[str]:
    return [flat(page) for page in pages(render_guides(list(guides), load_settings(), TODAY))]


def test_every_seeded_topic_has_a_two_page_guide_and_each_role_an_orientation(db):
    guides = list_guides()
    topics = sorted(name for (name,) in Topic.select(Topic.name).tuples())
    assert [g.topic for g in guides if not g.is_orientation] == topics  # all ten, by name
    assert [g.role for g in guides if g.is_orientation] == ["mentor", "mentee"]
    for guide in guides:
        text = printed(guide)
        if guide.is_orientation:
            assert len(text) == 1, guide.title
            for section in ("What reverse mentoring is", "Confidentiality", "What to expect"):
                assert section in text[0], (guide.title, section)
            assert "feedback upward" in text[0].casefold(), guide.title
        else:
            assert len(text) == 2, guide.title  # a two-page guide
            assert text[0].startswith(f"Reverse mentoring programme {guide.title}")
            whole = " ".join(text)
            assert [s for s in TOPIC_SECTIONS if s not in whole] == [], guide.title
            assert "Page 2 of 2" in text[1]


def test_the_shipped_texts_are_distinct_and_each_guide_has_its_default(db):
    bodies = [g.body for g in shipped_guides()]
    assert len(set(bodies)) == len(bodies) == 12
    assert all(default_for(g) is not None and default_for(g).body == g.body  # type: ignore[union-attr]
               for g in list_guides())  # fmt: skip


def test_an_edited_guide_prints_as_edited_and_markup_prints_literally(db):
    guide = find_guide("Innovation")
    body = "## Our own heading\nA <b>bold</b> claim & more.\n\n- A point for Ngô Thị Minh Hằng"
    save_guide(guide.id, "Innovation, our way", body)
    saved = find_guide("innovation")  # any case
    assert (saved.title, saved.body) == ("Innovation, our way", body)
    text = " ".join(printed(saved))
    assert "Our own heading A <b>bold</b> claim & more." in text
    assert "A point for Ngô Thị Minh Hằng Notes from our conversation" in text
    # The default is still there to go back to.
    assert "What the junior colleague can show" in default_for(saved).body  # type: ignore[union-attr]


def test_a_guide_without_title_or_text_is_refused_whole(db):
    guide = orientation("mentor")
    assert guide is not None
    with pytest.raises(ValidationError) as refused:
        save_guide(guide.id, "  ", " \n")
    assert set(refused.value.errors) == {"title", "body"}
    assert orientation("mentor") == guide  # nothing changed
    with pytest.raises(RuleError, match="No guide with id 999"):
        save_guide(999, "A title", "A text")


def test_finding_a_guide_by_name_id_or_role(db):
    social = Topic.get(Topic.name == "Social media").id
    assert find_guide(str(social)).topic == "Social media"
    assert find_guide("Mentee").title == "Orientation for senior mentees"
    with pytest.raises(RuleError, match="No guide for “Knitting”: give a topic's name or id"):
        find_guide("Knitting")


def test_a_pairs_session_pack(programme):
    first = programme.pairs[0]
    create_goal(first, GoalData("mentee", "A second goal"))
    pack = pack_for_pair(first)
    # Social media from the goal, then Technology: Zoë offers it and Ngô wants it.
    assert [g.topic for g in pack.guides] == ["Social media", "Technology & digital tools"]
    assert [g.role for g in pack.orientations] == ["mentor", "mentee"]
    assert [g.title for g in pack.goals] == [
        "Post weekly on the intranet", "A second goal",  # the mentee's first
        "Present to the board with Ngô Thị Minh Hằng",
    ]  # fmt: skip
    all_pages = pages(render_pack(pack, load_settings(), TODAY))
    assert len(all_pages) == 1 + 2 * 1 + 2 * 2  # cover, two orientations, two guides
    cover = flat(all_pages[0])
    for shown in ("Session pack", "Zoë Łukasiewicz (junior mentor) and Ngô Thị Minh Hằng "
                  "(senior mentee) · Cohort 2025", "Orientation for junior mentors",
                  "Social media: a conversation guide",
                  "Technology & digital tools: a conversation guide",
                  "Post weekly on the intranet Twelve posts with comments 30 June 2025 in "
                  "progress (60 %)", "Mentor Present to the board"):  # fmt: skip
        assert shown in cover, shown
    text = flat(" ".join(all_pages))
    assert "Confidentiality" in text and "halfway" not in text  # never progress notes


def test_a_dropped_goal_is_left_out_and_a_pair_with_nothing_says_so(programme):
    from rmdesk.programme.goals import list_goals

    second, third = programme.pairs[1], programme.pairs[2]
    (goal,) = [g for g in list_goals(programme.cycle) if g.pair_id == second]
    update_goal(goal.id, GoalData("mentee", goal.title, status="dropped"))
    assert pack_for_pair(second).goals == ()
    pack = pack_for_pair(third)  # Aiko offers nothing; Robert wants Career development
    assert pack.guides == () and pack.goals == ()
    cover = flat(pages(render_pack(pack, load_settings(), TODAY))[0])
    assert "No topic guide: you have no goals with a topic and no topic in common yet." in cover
    assert "No goals recorded yet" in cover
    with pytest.raises(RuleError, match="No pair with id 99"):
        pack_for_pair(99)
