"""One scrubber for the anonymised report and erasure: every way a name is typed."""

from __future__ import annotations

import pytest

from rmdesk.programme.redaction import ERASE_MARKS, ERASED_NAME, Scrubber

PEOPLE = ["Burak Kaya", "Zoë Łukasiewicz", "Anne-Marie O'Neil", "Σοφία Παπαδοπούλου", "Li Wei"]


@pytest.fixture
def scrub() -> Scrubber:
    return Scrubber(PEOPLE, phrases=["Head of Data"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Burak Kaya joined", "[name] joined"),
        ("burak kaya joined", "[name] joined"),
        ("ask BURAK or kaya", "ask [name] or [name]"),
        ("Burak's slides", "[name]'s slides"),
        ("Burak’s slides", "[name]’s slides"),
        ("the Burak' team", "the [name]' team"),
        ("Burak Kaya's slides", "[name]'s slides"),
        ("Burak'ın kitabı", "[name]'ın kitabı"),  # Turkish case ending after an apostrophe
        ("Zoe Lukasiewicz", "[name]"),  # no accents
        ("ZOË ŁUKASIEWICZ", "[name]"),
        ("lukasiewicz’s notes", "[name]’s notes"),
        ("Zoe\u0308 (decomposed)", "[name] (decomposed)"),
        ("ΣΟΦΙΑ ΠΑΠΑΔΟΠΟΥΛΟΥ left", "[name] left"),
        ("Σοφια said", "[name] said"),
        ("anne-marie and O’Neil's", "[name] and [name]'s"),
        ("le rapport d'Étienne et d'Anne", "le rapport d'Étienne et d'[name]"),
        ("burakkaya on Slack", "[name] on Slack"),
        ("Li met him at Linux day", "[name] met him at Linux day"),
    ],
)
def test_every_form_of_a_name_is_scrubbed(scrub: Scrubber, text: str, expected: str):
    assert scrub(text) == expected


def test_ordinary_words_that_only_contain_a_name_stay(scrub: Scrubber):
    text = "Zoey and Burakov read Kayak reviews; the Olive tree"
    assert scrub(text) == text


def test_every_email_address_is_scrubbed_in_the_report(scrub: Scrubber):
    text = "mail burak.kaya@example.org, x@y or j.doe+cv@mail.co.uk."
    assert scrub(text) == "mail [email], [email] or [email]."


def test_phrases_are_whole_words_in_any_case(scrub: Scrubber):
    assert scrub("Shadow the head of data team") == "Shadow the [job title] team"
    assert scrub("Shadow the Head of Database") == "Shadow the Head of Database"


def test_erasure_scrubs_only_the_persons_addresses():
    erase = Scrubber(["Burak Kaya"], emails=["BK@corp.org"], every_email=False, marks=ERASE_MARKS)
    text = "bk@corp.org, burak.k@gmail.com and sam@corp.org; Burak's"
    assert erase(text) == "[erased], [erased] and sam@corp.org; [erased]'s"


def test_names_in_scripts_without_spaces_are_found_inside_words():
    scrub = Scrubber(["田中 太郎", "김민준"])
    assert scrub("田中太郎さんと김민준씨") == "[name]さんと[name]씨"


def test_the_erasure_placeholder_and_initials_are_not_names():
    scrub = Scrubber([ERASED_NAME, "J K Rowling"])
    assert scrub("Erased participant J wrote to Rowling") == (
        "Erased participant J wrote to [name]"
    )


def test_a_scrubber_without_names_changes_only_what_it_was_given():
    labels = Scrubber([], emails=["bk@corp.org"], every_email=False, phrases=["Burak Kaya"])
    assert labels("Burak Kaya, Burak, bk@corp.org, al@corp.org") == (
        "[job title], Burak, [email], al@corp.org"
    )
