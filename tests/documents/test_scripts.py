"""Every script prints: names read back from the PDFs, and every character has a glyph.

A character no shipped font has would be drawn as code 0 (the empty box) and read back
as U+0000, so a name that reads back exactly had a glyph for each of its characters;
``test_each_character_is_drawn_by_a_glyph_of_its_font`` checks the fonts directly.
"""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Paragraph

from rmdesk.documents import fonts
from rmdesk.documents.agreement import render_agreements
from rmdesk.documents.agreement_data import agreements_for_cycle
from rmdesk.documents.forms import form_pdf
from rmdesk.documents.guides import render_pack
from rmdesk.documents.pack_data import pack_for_pair
from rmdesk.documents.report import render_report
from rmdesk.documents.report_data import report_data
from rmdesk.documents.settings import DocumentSettings, load_settings, save_settings
from rmdesk.documents.text import esc
from rmdesk.documents.typesetting import PageSetup, Section, render, styles
from rmdesk.programme.cycles import CycleData, create_cycle
from rmdesk.programme.goals import GoalData, create_goal
from rmdesk.programme.pairs import activate_pair, create_pair
from rmdesk.programme.participants import create_participant
from rmdesk.programme.records import ParticipantData
from rmdesk.store.models import Pair
from tests.documents.sample import TODAY, flat, pdf_text

NAMES = {
    "Chinese": "王秀英",
    "Japanese": "田中 美咲",
    "Korean": "김민준",
    "Arabic": "محمد العلي",
    "Hebrew": "שרה כהן",
    "Devanagari": "अनन्या शर्मा",
    "Thai": "สมชาย ใจดี",
    "Cyrillic": "Дмитрий Соколов",
    "Greek": "Σοφία Παπαδοπούλου",
    "Latin": "Zoë Łukasiewicz",
}
FONT_OF = {
    "Chinese": "DroidSansFallback", "Japanese": "DroidSansFallback",
    "Korean": "DroidSansFallback", "Arabic": "NotoSansArabic", "Hebrew": "NotoSansHebrew",
    "Devanagari": "NotoSansDevanagari", "Thai": "NotoSansThai", "Cyrillic": "DejaVuSans",
    "Greek": "DejaVuSans", "Latin": "DejaVuSans",
}  # fmt: skip
# Mentor, mentee: each pair mixes two scripts.
PAIRS = [("Chinese", "Arabic"), ("Korean", "Hebrew"), ("Japanese", "Devanagari"),
         ("Thai", "Cyrillic"), ("Latin", "Greek")]  # fmt: skip
DEPARTMENTS = {"Chinese": "研发部", "Arabic": "الموارد البشرية", "Devanagari": "वित्त विभाग",
               "Thai": "ฝ่ายขาย", "Korean": "영업팀", "Hebrew": "כספים"}  # fmt: skip
GOAL = "לימוד כלים דיגיטליים"  # Hebrew: "learning digital tools"
_DIRECTION_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def read_back(data: bytes) -> str:
    """The PDF's text without the direction marks a text extractor may add."""
    return flat(_DIRECTION_MARKS.sub("", pdf_text(data)))


@pytest.fixture
def world(db) -> int:
    cycle = create_cycle(CycleData(name="Cohort 2026", start_date=dt.date(2026, 1, 5),
                                   end_date=dt.date(2026, 10, 5)))  # fmt: skip
    for number, (mentor, mentee) in enumerate(PAIRS):
        ids = [
            create_participant(
                ParticipantData(
                    full_name=NAMES[script],
                    role=role,
                    level=2 if role == "mentor" else 5,
                    email=f"{role}{number}@example.org",
                    department=DEPARTMENTS.get(script, ""),
                )
            )
            for script, role in ((mentor, "mentor"), (mentee, "mentee"))
        ]
        pair = create_pair(cycle, *ids)
        activate_pair(pair, started_on=dt.date(2026, 1, 5))
        create_goal(pair, GoalData("mentee", GOAL))
    return cycle


def test_every_name_reads_back_from_the_agreements(world):
    save_settings(DocumentSettings(organisation="شركة النور 光明", coordinator="김민준"))
    data = render_agreements(agreements_for_cycle(world), load_settings(), TODAY)
    text = read_back(data)
    assert "\x00" not in text and "\ufffd" not in text
    assert [name for name in NAMES.values() if name not in text] == []
    assert [d for d in DEPARTMENTS.values() if d not in text] == []
    assert text.count(GOAL) == len(PAIRS)
    # the canvas path: the header (organisation) and the footer (the pair's names)
    reader = PdfReader(io.BytesIO(data))
    pages = [flat(_DIRECTION_MARKS.sub("", page.extract_text())) for page in reader.pages]
    # a right-to-left line holding Chinese: extractors read its two runs left to right
    assert all("شركة النور" in page and "光明" in page for page in pages)
    assert any(f"{NAMES['Chinese']} and {NAMES['Arabic']}" in page for page in pages)


def test_every_name_reads_back_from_the_report_the_forms_and_the_packs(world):
    report = read_back(render_report(report_data(world), load_settings(), TODAY))
    assert [name for name in NAMES.values() if name not in report] == []
    forms, _count = form_pdf("assessment", world, "baseline", load_settings(), TODAY)
    assert [name for name in NAMES.values() if name not in read_back(forms)] == []
    packs = " ".join(
        read_back(render_pack(pack_for_pair(pair), load_settings(), TODAY))
        for (pair,) in Pair.select(Pair.id).tuples()
    )
    assert [name for name in NAMES.values() if name not in packs] == []


def test_the_fallback_fonts_are_embedded():
    story_fonts: set[str] = set()
    for name in NAMES.values():
        story_fonts |= {font for font, _drawn in fonts.visual_runs(name)}
    assert story_fonts == set(FONT_OF.values())


@pytest.mark.parametrize("script", list(NAMES))
def test_each_character_is_drawn_by_a_glyph_of_its_font(script):
    runs = fonts.visual_runs(NAMES[script])
    fonts.register_fonts()
    for font, drawn in runs:
        face = pdfmetrics.getFont(font).face
        for char in drawn:
            code = 32 if char == "\xa0" else ord(char)  # ReportLab draws a no-break space as space
            assert face.charToGlyph.get(code, 0) != 0, (script, font, hex(ord(char)))
    letters = [c for c in NAMES[script] if c.isalpha()]
    assert {fonts.font_for(c) for c in letters} == {FONT_OF[script]}


def _glyphs(font: str, drawn: str) -> list[int]:
    face = pdfmetrics.getFont(font).face
    return [face.charToGlyph[32 if c == "\xa0" else ord(c)] for c in drawn]


def test_right_to_left_names_are_drawn_right_to_left_and_never_split():
    [(font, drawn)] = fonts.visual_runs("שרה כהן")
    source = fonts.loaded(font).source  # a kerned letter is drawn by a private code point
    assert "".join(source.get(ord(c), c) for c in drawn) == "ןהכ\xa0הרש"
    # inside an English sentence the name keeps its own order
    assert fonts.markup("שרה כהן") in esc("שרה כהן")


def test_arabic_letters_are_joined():
    [(font, drawn)] = fonts.visual_runs("محمد")
    face = pdfmetrics.getFont(font).face
    isolated = [face.charToGlyph[ord(c)] for c in reversed("محمد")]
    joined = _glyphs(font, drawn)
    assert len(joined) == 4 and joined != isolated  # contextual forms, not isolated letters
    assert joined[-1] != isolated[-1] and joined[0] != isolated[0]  # initial and final


def test_devanagari_is_shaped_into_conjuncts_and_reads_back_as_typed():
    [(font, drawn)] = fonts.visual_runs("शर्मा")
    typed = [pdfmetrics.getFont(font).face.charToGlyph[ord(c)] for c in "शर्मा"]
    assert len(_glyphs(font, drawn)) < len(typed)  # र् became a reph over म
    shaped = fonts.loaded(font)
    assert "".join(shaped.source.get(ord(c), c) for c in drawn) == "शर्मा"


def test_plain_text_is_only_escaped():
    assert esc("Zoë & Дмитрий <b>") == "Zoë &amp; Дмитрий &lt;b&gt;"
    assert fonts.visual_runs("Σοφία") == (("DejaVuSans", "Σοφία"),)


def test_a_short_right_to_left_stretch_keeps_together_inside_a_long_sentence():
    sentence = "The matter is raised with the coordinator, who follows شركة النور's policies."
    arabic = [drawn for font, drawn in fonts.visual_runs(sentence) if font == "NotoSansArabic"]
    assert len(arabic) == 1 and "\xa0" in arabic[0] and " " not in arabic[0]
    long_text = "قال محمد العلي إن البرنامج مفيد جدا للجميع في الشركة كلها"  # may wrap
    assert " " in "".join(drawn for _font, drawn in fonts.visual_runs(long_text))


_TYPED = "aé Zoë(1)<&>'.,王秀英김민준محمد١٢שרהअनन्याशर्मािสมชายใจดี่Дσ😀\u0301\u0651\n\t"
_CONTROLS = "\u200c\u200d\u200e\u200f\u202b\u202c\u2066\u2069\u0378"  # and unassigned
_ANY_SCRIPT = st.text(
    alphabet=st.sampled_from(_TYPED + _CONTROLS),
    max_size=50,
)


@settings(max_examples=80, deadline=None)
@given(text=_ANY_SCRIPT)
def test_any_mix_of_scripts_and_controls_prints(text):
    """Whatever a person typed or pasted: paragraphs and the page frame print it."""
    story = [Section(text), Paragraph(f"<b>{esc(text)}</b> · {esc(text)}", styles().body)]
    setup = PageSetup(organisation=text.replace("\n", " "), generated_on=TODAY)
    assert render(story, setup).startswith(b"%PDF")
