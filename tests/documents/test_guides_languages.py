"""Guides in German and French: each language's own guides, printed with their frame
words in that language; a topic without a guide in it prints its English one, saying so."""

from __future__ import annotations

from rmdesk.documents.clauses import parse_clauses
from rmdesk.documents.guides import render_guides, render_pack
from rmdesk.documents.pack_data import pack_for_pair
from rmdesk.documents.settings import load_settings
from rmdesk.programme.goals import GoalData, create_goal
from rmdesk.programme.guides import default_for, find_guide, list_guides, save_guide
from rmdesk.store.models import Guide
from tests.documents.sample import TODAY, flat, pages


def printed(guide, language: str) -> str:
    settings = load_settings()._replace(language=language)
    return flat(" ".join(pages(render_guides([guide], settings, TODAY))))


def test_a_german_guide_prints_german_text_and_frame_words(db):
    guide = find_guide("Social media", "de")
    assert guide.language == "de" and guide.title == "Soziale Medien: ein Gesprächsleitfaden"
    text = printed(guide, "de")
    for shown in ("Soziale Medien: ein Gesprächsleitfaden", "Gesprächsleitfaden · Social media",
                  "Notizen aus unserem Gespräch"):  # fmt: skip
        assert shown in text, shown
    headings = [clause.title for clause in parse_clauses(guide.body) if clause.title]
    assert headings and all(flat(h) in text for h in headings)  # the German text itself
    assert "Notes from our conversation" not in text and "Conversation guide" not in text


def test_a_french_orientation_sheet_says_whom_it_is_for_in_french(db):
    text = printed(find_guide("mentor", "fr"), "fr")
    assert "Fiche d’accueil · Pour le mentor (jeune collaborateur)" in text
    assert "For the junior mentor" not in text


def test_each_language_is_edited_and_reset_on_its_own(db):
    german = find_guide("Social media", "de")
    english = find_guide("Social media")
    save_guide(german.id, "Unser Titel", "## Neu\nUnser Text.")
    assert find_guide("Social media", "de").title == "Unser Titel"
    assert find_guide("Social media") == english  # English untouched
    shipped = default_for(find_guide("Social media", "de"))
    assert shipped is not None and shipped.title == "Soziale Medien: ein Gesprächsleitfaden"
    assert {g.language for g in list_guides("fr")} == {"fr"}


def test_a_topic_without_a_german_guide_prints_its_english_one_and_says_so(db):
    # As for a topic renamed before the German guides were seeded: no German guide.
    english = find_guide("Innovation")
    Guide.delete().where(Guide.topic == english.topic_id, Guide.language == "de").execute()
    fallback = find_guide("Innovation", "de")
    assert fallback == english
    text = printed(fallback, "de")
    assert "Dieser Leitfaden ist noch nicht übersetzt: Hier steht der englische Text." in text
    assert "Gesprächsleitfaden · Innovation" in text and english.title in text
    assert "Notizen aus unserem Gespräch" in text


def test_a_german_session_pack(programme):
    first = programme.pairs[0]
    create_goal(first, GoalData("mentee", "A second goal"))
    pack = pack_for_pair(first, "de")
    assert {g.language for g in (*pack.orientations, *pack.guides)} == {"de"}
    settings = load_settings()._replace(language="de")
    all_pages = pages(render_pack(pack, settings, TODAY))
    cover = flat(all_pages[0])
    for shown in ("Tandem-Mappe", "Zoë Łukasiewicz (Mentor, Nachwuchskraft) und Ngô Thị Minh "
                  "Hằng (Mentee, Führungskraft) · Cohort 2025", "In dieser Mappe",
                  "Soziale Medien: ein Gesprächsleitfaden", "Ihre Ziele",
                  "Post weekly on the intranet Twelve posts with comments 30. Juni 2025 in "
                  "Arbeit (60 %)"):  # fmt: skip
        assert shown in cover, shown
    text = flat(" ".join(all_pages))
    assert "Einführungsblatt · Für die Mentorin oder den Mentor (Nachwuchskraft)" in text
    assert "Session pack" not in text and "Your goals" not in text
