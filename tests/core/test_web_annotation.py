"""The notes' JSON export follows the W3C Web Annotation Data Model, point by point."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.context import open_notes
from desktop.core.notes.anchoring import selector_for_quote
from desktop.core.notes.web_annotation import export_json, parse_annotations

URL = "https://sceeus.se/en/publications/russian-interests-in-afghanistan/"


@pytest.fixture
def document(tmp_path: Path, store) -> dict:
    notes = open_notes(tmp_path / "user")
    selector = selector_for_quote(store.section_text("withdrawal"), "of sound mind")
    notes.add("withdrawal", "a comment", selector, tags=["foreign policy"])
    notes.add(
        "russias-interests",
        "",
        selector_for_quote(store.section_text("russias-interests"), "cordon sanitaire"),
    )
    trashed = notes.add("history", "gone")
    notes.delete(trashed.id)
    return export_json(notes.notes() + notes.notes(deleted=True), store.meta)


def _items(document: dict) -> list[dict]:
    return document["first"]["items"]


def test_one_selector_refined_by_the_quote_and_its_position(document):
    annotation = next(a for a in _items(document) if a.get("body", [{}])[0].get("value") == "a comment")
    selector = annotation["target"]["selector"]
    assert isinstance(selector, dict), "a list of selectors means alternatives for the same segment"
    assert selector["type"] == "FragmentSelector" and selector["value"] == "withdrawal"
    assert selector["conformsTo"].startswith("http")
    quote = selector["refinedBy"]
    assert quote["type"] == "TextQuoteSelector" and quote["exact"] == "of sound mind"
    position = quote["refinedBy"]
    assert position["type"] == "TextPositionSelector"
    assert position["end"] - position["start"] == len("of sound mind")


def test_collection_and_page_have_ids_and_the_generator_is_software(document):
    assert document["id"].startswith("https://")
    assert document["first"]["id"].startswith("https://") and document["first"]["id"] != document["id"]
    assert document["first"]["type"] == "AnnotationPage"
    generator = document["generator"]
    assert generator["type"] == "Software" and generator["name"] == "Dossier"
    assert generator["id"].startswith("https://") and generator["homepage"].startswith("https://")


def test_the_target_is_the_reports_public_address(document, store):
    assert store.meta["url"] == URL
    assert {a["target"]["source"] for a in _items(document)} == {URL}


def test_no_empty_bodies_and_a_highlight_has_none(document):
    for annotation in _items(document):
        for body in annotation.get("body", []):
            assert body["value"], annotation
    highlight = next(a for a in _items(document) if a["motivation"] == "highlighting")
    assert "body" not in highlight


def test_the_deleted_term_is_declared_in_the_context(document):
    deleted = [a for a in _items(document) if "dossier:deleted" in a]
    assert len(deleted) == 1
    context = document["@context"]
    assert context[0] == "http://www.w3.org/ns/anno.jsonld"
    declared = {prefix for part in context if isinstance(part, dict) for prefix in part}
    assert "dossier" in declared


def test_import_reads_the_new_shape_back_exactly(document, store, tmp_path):
    notes = parse_annotations(json.loads(json.dumps(document)), set(store.section_order))
    by_body = {note.body: note for note in notes}
    assert by_body["a comment"].quote == "of sound mind" and tuple(by_body["a comment"].tags) == (
        "foreign policy",
    )
    assert by_body["a comment"].position >= 0
    assert by_body[""].quote == "cordon sanitaire"
    assert by_body["gone"].deleted


def test_import_still_reads_the_flat_selector_list_of_earlier_exports(store):
    earlier = {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "type": "AnnotationCollection",
        "generator": "Dossier",
        "first": {"type": "AnnotationPage", "items": [{
            "id": "urn:uuid:12345678-1234-1234-1234-123456789abc", "type": "Annotation",
            "motivation": "highlighting", "created": "2026-01-01T00:00:00Z",
            "body": [{"type": "TextualBody", "value": "", "purpose": "commenting"}],
            "target": {"source": "urn:dossier:sceeus-report-1-2021:russian-interests-in-afghanistan",
                       "selector": [
                           {"type": "FragmentSelector", "value": "withdrawal"},
                           {"type": "TextQuoteSelector", "exact": "of sound mind",
                            "prefix": "a", "suffix": "b"},
                           {"type": "TextPositionSelector", "start": 7, "end": 20}]}}]},
    }  # fmt: skip
    (note,) = parse_annotations(earlier, set(store.section_order))
    assert (note.section_id, note.quote, note.position) == ("withdrawal", "of sound mind", 7)
