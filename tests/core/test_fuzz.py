"""Fuzzing the two places hostile text enters: note rendering and the import parser.

Hypothesis keeps the failing examples it finds in tests/fuzz-corpus (checked in), and the
hand-made hostile inputs in tests/corpus run every time.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.database import DirectoryBasedExampleDatabase

from desktop.core.markdown_render import render_note
from desktop.core.notes.store import NotesError
from desktop.core.notes.web_annotation import parse_annotations, read_import_file

CORPUS = Path(__file__).parent.parent / "corpus"
FUZZ = settings(
    database=DirectoryBasedExampleDatabase(str(Path(__file__).parent.parent / "fuzz-corpus")),
    max_examples=300,
    suppress_health_check=[HealthCheck.too_slow],
    deadline=None,
)
SECTIONS = {"history", "withdrawal"}


def assert_safe(html: str) -> None:
    lowered = html.lower()
    for tag in ("<script", "<img", "<iframe"):
        assert tag not in lowered
    for attribute in ('href="javascript', 'href="file', 'href="data', 'href="vbscript', 'src="'):
        assert attribute not in lowered.replace(" ", "")


TOKENS = [*"<>[]()!*_`#&;:/\\\"' \n=ajvscriptfledhmg", "javascript:", "file:", "data:", "<script>",
          "<img src=x>", "](", "![", "\u202e", "\x00"]  # fmt: skip
markdownish = st.lists(st.sampled_from(TOKENS), max_size=120).map("".join)


@FUZZ
@given(st.one_of(markdownish, st.text(max_size=300)))
def test_rendering_any_text_is_safe(text):
    assert_safe(render_note(text))


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.md")), ids=lambda p: p.name)
def test_rendering_the_hostile_corpus_is_safe(path):
    assert_safe(render_note(path.read_text(encoding="utf-8")))


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=20,
)
SAMPLE_ID = "urn:uuid:11111111-1111-1111-1111-111111111111"
selector_like = st.fixed_dictionaries(
    {
        "type": st.sampled_from(["FragmentSelector", "TextQuoteSelector", "TextPositionSelector"]),
        "value": st.sampled_from(["history", "nowhere"]),
        "exact": json_values,
        "start": json_values,
    }
)
body_like = st.fixed_dictionaries({"type": st.just("TextualBody"), "value": json_values})
annotation_like = st.fixed_dictionaries(
    {
        "type": st.just("Annotation"),
        "id": st.one_of(st.text(max_size=40), st.just(SAMPLE_ID)),
        "created": st.one_of(st.text(max_size=30), st.just("2021-01-01T00:00:00Z")),
        "body": st.one_of(json_values, st.lists(body_like, max_size=3)),
        "target": st.one_of(
            json_values,
            st.fixed_dictionaries({"selector": st.lists(st.one_of(json_values, selector_like), max_size=3)}),
        ),
    },
    optional={"modified": json_values, "dossier:deleted": json_values},
)
collection_like = st.fixed_dictionaries(
    {
        "type": st.just("AnnotationCollection"),
        "first": st.fixed_dictionaries({"items": st.lists(annotation_like, max_size=3)}),
    }
)


@FUZZ
@given(st.one_of(json_values, collection_like))
def test_the_import_parser_accepts_or_refuses_cleanly(data):
    try:
        notes = parse_annotations(data, SECTIONS)
    except NotesError as error:
        assert str(error) and "\n" not in str(error)
        return
    for note in notes:
        assert note.section_id in SECTIONS and isinstance(note.body, str)


@pytest.mark.parametrize("path", sorted(CORPUS.glob("import-*.json")), ids=lambda p: p.name)
def test_the_hostile_import_corpus_is_refused_in_one_line(path):
    with pytest.raises(NotesError) as refused:
        parse_annotations(read_import_file(path), SECTIONS)
    assert "\n" not in str(refused.value)


def test_a_valid_import_still_parses():
    item = {
        "type": "Annotation",
        "id": SAMPLE_ID,
        "created": "2021-01-01T00:00:00Z",
        "body": [{"type": "TextualBody", "value": "<script>kept as text</script>"}],
        "target": {"selector": [{"type": "FragmentSelector", "value": "history"}]},
    }
    good = {"type": "AnnotationCollection", "first": {"items": [item]}}
    notes = parse_annotations(json.loads(json.dumps(good)), SECTIONS)
    assert notes[0].body == "<script>kept as text</script>"


@given(st.text())
def test_escape_matches_the_standard_library(text):
    import html

    from desktop.core.escape import escape

    assert escape(text) == html.escape(text)
