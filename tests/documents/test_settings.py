"""Document settings live in the database, validated all at once, defaults when unset."""

from __future__ import annotations

import pytest

from rmdesk.documents.clauses import default_clauses
from rmdesk.documents.settings import (
    DEFAULT_ORGANISATION,
    DocumentSettings,
    load_settings,
    save_settings,
)
from rmdesk.programme.validation import ValidationError
from rmdesk.store.models import Setting


def test_defaults_on_a_fresh_database(db):
    settings = load_settings()
    assert settings == DocumentSettings()
    assert settings.organisation == DEFAULT_ORGANISATION and settings.paper == "A4"
    assert settings.clause_text() == default_clauses()
    assert settings.coordinator_or_default() == "the programme coordinator"


def test_saved_settings_round_trip_and_default_clauses_are_not_copied(db, tmp_path):
    save_settings(DocumentSettings("Acme", "", "Jo", "Letter", default_clauses()))
    assert load_settings() == DocumentSettings("Acme", "", "Jo", "Letter", "")
    assert Setting.get(Setting.key == "documents.organisation").value == "Acme"
    save_settings(DocumentSettings("Acme", "", "Jo", "Letter", "## Ours\nText."))
    assert load_settings().clause_text() == "## Ours\nText."


def test_every_problem_is_reported_and_nothing_is_written(db, tmp_path):
    not_an_image = tmp_path / "logo.png"
    not_an_image.write_text("hello")
    with pytest.raises(ValidationError) as caught:
        save_settings(DocumentSettings(" ", str(not_an_image), "x" * 300, "A5", "# only a comment"))
    assert set(caught.value.errors) == {"organisation", "logo_path", "coordinator", "paper",
                                        "clauses"}  # fmt: skip
    with pytest.raises(ValidationError, match="does not exist"):
        save_settings(DocumentSettings(logo_path=str(tmp_path / "gone.png")))
    assert Setting.select().where(Setting.key.startswith("documents.")).count() == 0


def test_a_bad_stored_paper_size_falls_back_to_a4(db):
    Setting.replace(key="documents.paper", value="Tabloid").execute()
    assert load_settings().paper == "A4"


def test_rendering_documents_loads_no_qt():
    """The command line renders PDFs without the GUI toolkit (``rmdesk.paths`` loads Qt)."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "import rmdesk.documents.agreement, rmdesk.documents.report, rmdesk.documents.output\n"
        "import rmdesk.commands.documents\n"
        "rmdesk.documents.typesetting.register_fonts()\n"
        "print(','.join(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken')))))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60, check=False)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""
