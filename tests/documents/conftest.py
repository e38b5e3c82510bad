"""The sample programme as a fixture for the document tests."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from tests.documents.sample import build_programme


@pytest.fixture
def programme(db) -> SimpleNamespace:
    return build_programme()
